"""A person's name the recogniser labels as a place or a body is a person's when the text names
that person in full elsewhere, or puts a title right before the name.

The constructions are specified on Docs whose entities are set by hand (the recogniser's
slips, written down), so each case says exactly what the component is given; the last
cases run the real pipeline on invented text.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from briefings.extract.person_names import COMPONENT, a_full_name, person_names
from briefings.model.facts import Person

Ents = list[tuple[str, str]]


def labelled(nlp: Language, text: str, ents: Ents) -> dict[str, str]:
    """Run the component over ``text`` with the recogniser's labels ``ents`` (entity text, label)
    and give each entity's label afterwards."""
    doc = nlp.make_doc(text)
    spans: list[Span] = []
    for words, label in ents:
        start = next(
            i
            for i in range(len(doc))
            if doc[i : i + len(words.split())].text == words and not _taken(spans, i)
        )
        spans.append(Span(doc, start, start + len(nlp.make_doc(words)), label=label))
    doc.ents = spans
    out: Doc = person_names(doc)
    return {f"{e.text}@{e.start}": e.label_ for e in out.ents}


def _taken(spans: list[Span], i: int) -> bool:
    return any(s.start <= i < s.end for s in spans)


def labels(result: dict[str, str]) -> list[str]:
    return list(result.values())


def test_a_family_name_repeated_after_the_full_name_is_the_persons(nlp: Language) -> None:
    result = labelled(
        nlp,
        "Morgan Tsvangirai arrived on Monday. Later Tsvangirai met Mbeki.",
        [("Morgan Tsvangirai", "PERSON"), ("Tsvangirai", "ORG"), ("Mbeki", "GPE")],
    )
    assert labels(result) == ["PERSON", "PERSON", "GPE"]  # Mbeki is named in full nowhere


def test_the_full_name_repeated_under_another_label_is_the_persons(nlp: Language) -> None:
    result = labelled(
        nlp,
        "Chelsea Manning was freed. Chelsea Manning exposed abuses, Huang said.",
        [("Chelsea Manning", "PERSON"), ("Chelsea Manning", "ORG"), ("Huang", "PERSON")],
    )
    assert labels(result) == ["PERSON", "PERSON", "PERSON"]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a title or honorific right before the name
        ("Mr Maharey said the plan works.", [("Maharey", "ORG")], ["PERSON"]),
        ("I know President Giammattei has spoken.", [("Giammattei", "ORG")], ["PERSON"]),
        (
            "It was chaired by German Chancellor Scholz.",
            [("German", "NORP"), ("Scholz", "GPE")],
            ["NORP", "PERSON"],
        ),
        ("Dr. Fauci briefed them.", [("Fauci", "ORG")], ["PERSON"]),
        # a place's head noun, a title in lower case, a body's name: not a person
        ("Queensland, Lord Howe Island and Norfolk Island were hit.", [("Howe Island", "GPE")], ["GPE"]),
        ("The general Assembly met.", [("Assembly", "ORG")], ["ORG"]),
        ("The President Council met.", [("Council", "ORG")], ["ORG"]),
        ("Remarks by President Biden Announcing Actions", [("Biden Announcing Actions", "ORG")], ["ORG"]),
        ("Ana Ruiz, Vice President Emeritus, spoke.", [("Emeritus", "ORG")], ["ORG"]),
        ("Paula Herbart, President Michigan Education Association", [("Michigan Education", "ORG")], ["ORG"]),
        ("Ask Dr. Pepper and Bartles & Jaymes.", [("Pepper and Bartles & Jaymes", "ORG")], ["ORG"]),
    ],
)
def test_a_name_right_after_a_persons_title_is_a_person(
    nlp: Language, text: str, ents: Ents, expected: list[str]
) -> None:
    assert labels(labelled(nlp, text, ents)) == expected


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        # a country shares the word: the place stays
        (
            "Georgia Hale spoke. Georgia signed the treaty.",
            [("Georgia Hale", "PERSON"), ("Georgia", "GPE")],
            ["PERSON", "GPE"],
        ),
        # a place listed beside another place stays a place
        (
            "Azad Jammu spoke. Jammu and Kashmir voted.",
            [("Azad Jammu", "PERSON"), ("Jammu", "GPE"), ("Kashmir", "GPE")],
            ["PERSON", "GPE", "GPE"],
        ),
        # a longer entity holding the name is another thing
        (
            "Donald Trump spoke. The Trump Organization denied it.",
            [("Donald Trump", "PERSON"), ("Trump Organization", "ORG")],
            ["PERSON", "ORG"],
        ),
    ],
)
def test_a_place_or_a_body_sharing_the_name_keeps_its_label(
    nlp: Language, text: str, ents: Ents, expected: list[str]
) -> None:
    assert labels(labelled(nlp, text, ents)) == expected


@pytest.mark.parametrize(
    ("words", "full"),
    [
        ("Morgan Tsvangirai", True),
        ("Mohammed bin Zayed", True),
        ("Ida B. Wells", True),
        ("Jean-Pierre Raffarin", True),
        ("Tsvangirai", False),  # one word: no given name
        ("Jammu Kashmir", False),  # a region's word
        ("Energy Council", False),  # a body's noun
        ("COVID-19 Response", False),  # a number is no name word
        ("Lord Howe Island", False),  # a place's head noun
    ],
)
def test_a_full_name_is_a_given_name_and_a_family_name(nlp: Language, words: str, full: bool) -> None:
    doc = nlp.make_doc(words)
    assert a_full_name(doc[:]) is full


def test_the_component_runs_right_after_the_recogniser(nlp: Language) -> None:
    assert nlp.pipe_names.index(COMPONENT) == nlp.pipe_names.index("ner") + 1


@pytest.mark.slow
def test_a_repeated_family_name_is_listed_as_one_person(people_of: Callable[..., dict[str, Person]]) -> None:
    people = people_of(
        "Former Bosnian president Ejup Ganić was arrested at Heathrow on Monday. Ganić was arrested on "
        "an extradition warrant. Ganić's daughter Emina accused Serbia of lying."
    )
    assert people["Ejup Ganić"].kind == "person"
    assert not any(p.kind == "org" and "Ganić" in name for name, p in people.items())


def spans(nlp: Language, text: str, ents: Ents) -> list[tuple[str, str]]:
    return [(key.split("@")[0], label) for key, label in labelled(nlp, text, ents).items()]


@pytest.mark.parametrize(
    ("text", "ents", "expected"),
    [
        (
            "US Deputy Secretary of Energy Daniel Poneman arrived.",
            [("US", "GPE"), ("Energy Daniel Poneman", "ORG")],
            [("US", "GPE"), ("Daniel Poneman", "PERSON")],
        ),
        (
            "Secretary of Homeland Security Alejandro Mayorkas spoke.",
            [("Homeland Security Alejandro Mayorkas", "ORG")],
            [("Alejandro Mayorkas", "PERSON")],
        ),
        # a body's noun keeps the field an organisation
        (
            "Director of the Office of Management and Budget Shalanda Young spoke.",
            [("the Office of Management and Budget Shalanda Young", "ORG")],
            [("the Office of Management and Budget", "ORG"), ("Shalanda Young", "PERSON")],
        ),
        # a field and no name after it, or no title leading to the body: one organisation
        (
            "The Secretary of Health and Human Services said no.",
            [("Health and Human Services", "ORG")],
            [("Health and Human Services", "ORG")],
        ),
        (
            "The Department of Energy Daniel Poneman Fund paid.",
            [("Energy Daniel Poneman Fund", "ORG")],
            [("Energy Daniel Poneman Fund", "ORG")],
        ),
    ],
)
def test_a_name_run_into_a_titles_field_is_the_field_and_the_person(
    nlp: Language, text: str, ents: Ents, expected: list[tuple[str, str]]
) -> None:
    assert spans(nlp, text, ents) == expected


def test_a_secretariat_ends_the_body_before_the_name(nlp: Language) -> None:
    text = "Sullivan met the Secretary General of the National Security Secretariat Akiba Takeo."
    result = spans(nlp, text, [("Sullivan", "PERSON"), ("National Security Secretariat Akiba Takeo", "ORG")])
    assert result[1:] == [("Akiba Takeo", "PERSON")]
