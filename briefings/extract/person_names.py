"""People the recogniser labels as places or bodies: a spaCy component right after NER.

The small English recogniser labels each mention on its own few words, so a person's
name often comes back as an organisation or a place: "Tsvangirai said" after "Morgan
Tsvangirai", "a meeting with Honcharuk", "Mr Maharey concurred", "President Thabo
Mbeki of South Africa". On the fixtures' articles about one repetition of a person's
name in nine is labelled so, and every rule that asks "is this a person?" (a meeting's
participant, a speaker, the people index) then loses or misfiles that person.

Three constructions make such a mention a PERSON, and a fourth takes a label off:

1. *A name repeated.* A name the recogniser tags PERSON in full (a given name and a
   family name, capitalised words) makes every other entity whose words are that full
   name, or that family name alone, a person too.
2. *A name after a title.* An entity of name words right after a person's title or
   honorific ("Mr", "President", "Chancellor": ``PERSON_TITLE_HEADS``) is that person.
3. *A name run into a title's field.* "US Deputy Secretary of [Energy Daniel Poneman]": an
   organisation a title leads to through "of" or "for", whose words go on past the field's
   last word with a written name, is the field and the person; the field stays an
   organisation only when a body's noun names one ("Office of Management and Budget"), and is a
   place when a state's formal name ends it ("President of [the Lao People's Democratic Republic
   Thongloun Sisoulith]").
4. *A capitalised plural office.* "[APEC Ministers] will meet", "[G20 Leaders] met": an entity
   that starts with a body's acronym and ends in a plural title names office-holders, a group, not
   a person nor a body; its label is dropped so the rules for groups of people read it.

5. *A name cut at its particles.* "[Ursula von der] [Leyen]": a person's entity that ends in a
   lowercase particle ("von der", "bin", "da": ``NAME_PARTICLES``) runs on through the capitalised
   family name right after it, which the recogniser tagged apart (often a place).

Neither relabels a country's or region's name ("Georgia", "Israel": the text's place,
whoever shares the word), a place the text lists beside another place ("Jammu and
Kashmir"), a name headed by a place or facility noun ("Lord Howe Island"), or a longer
entity that merely contains the name ("the Trump administration").

The component runs in the first pass of a selective parse too, so the units chosen for
parsing see the same people as a full parse does.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from briefings.extract.lexicon import (
    BODY_NAME_HEADS,
    FACILITY_HEADS,
    FIELD_END_WORDS,
    LAW_HEADS,
    NAME_PARTICLES,
    PERSON_TITLE_HEADS,
    PLACE_HEADS,
    PLACE_NOUNS,
    STATE_NAME_ENDS,
    TITLE_WORDS,
)
from briefings.extract.name_kinds import a_body_or_person_noun, a_country_or_region
from briefings.extract.name_phrases import written_name
from briefings.extract.titled_names import title_leading_to

COMPONENT = "briefbot_person_names"

# labels the recogniser gives a person's name it does not see as one
_MISLABELS = frozenset({"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NOT_NAME_HEADS = PLACE_HEADS | FACILITY_HEADS | LAW_HEADS | PLACE_NOUNS
# a capitalised word, an initial ("B."), or a hyphenated or apostrophised name ("Jean-Pierre", "O'Neill")
_NAME_WORD = re.compile(r"^(?:[A-Z][.]|[A-Z][\w’'-]*[^\W\d_])$")


@Language.component(COMPONENT)
def person_names(doc: Doc) -> Doc:
    """Relabel or split the entities the three constructions of the module docstring name."""
    ents = list(doc.ents)
    full: set[str] = set()
    family: set[str] = set()
    for ent in ents:
        if ent.label_ == "PERSON" and a_full_name(ent):
            full.add(ent.text)
            family.add(ent[-1].text)
    relabelled: list[Span] = []
    for ent in ents:
        if _plural_office(ent):
            continue  # construction 4: "APEC Ministers" are ministers, no person and no body
        if _a_person(ent, full, family):
            relabelled.append(Span(doc, ent.start, ent.end, label="PERSON"))
        else:
            relabelled.extend(_field_and_name(ent))
    relabelled = _through_particles(relabelled)
    if len(relabelled) != len(ents) or any(new is not old for new, old in zip(relabelled, ents, strict=True)):
        doc.ents = relabelled
    return doc


def _through_particles(ents: list[Span]) -> list[Span]:
    """Construction 5: "[Ursula von der] [Leyen]", "[Ursula von] der Leyen" and "[von der] [Leyen] said"
    are one person each: a person's entity ending in a particle runs on over any further particles
    to one capitalised family name, which may be an entity of its own (dropped into the person)."""
    out: list[Span] = []
    skip: set[int] = set()
    for k, ent in enumerate(ents):
        if k in skip:
            continue
        doc = ent.doc
        last = ent[-1]
        if ent.label_ == "PERSON" and last.lower_ in NAME_PARTICLES and last.text.islower():
            end = ent.end
            while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].text.islower():
                end += 1
            family = doc[end] if end < len(doc) else None
            inside = [j for j in range(k + 1, len(ents)) if ents[j].start < end + 1]
            whole = all(ents[j].end <= end + 1 for j in inside)
            if family is not None and whole and _NAME_WORD.match(family.text) and family.text[:1].isupper():
                skip.update(inside)
                out.append(Span(doc, ent.start, end + 1, label="PERSON"))
                continue
        out.append(ent)
    return out


def _plural_office(ent: Span) -> bool:
    """ "[APEC Ministers] will meet in Sapporo", "join [NATO Defence Ministers]", "[G20 Leaders] met":
    a capitalised plural office ending the entity names the office-holders, a group the rules for
    groups read (the recogniser tags it a person or a body). "Council of Ministers" is headed by its
    body's noun, before an "of", and stays one."""
    last = ent[-1]
    low = last.lower_
    return (
        ent.label_ in {"PERSON", "ORG"}
        and len(ent) >= 2
        and last.text[:1].isupper()
        and low.endswith("s")
        and low.removesuffix("s") in TITLE_WORDS
        and not any(t.lower_ in {"of", "for"} for t in ent)  # read before any parse: no heads yet
        and _acronym(ent[0].text)
    )


def _acronym(word: str) -> bool:
    """ "APEC", "G20", "EU": a body's short name, which a plural office after it serves ("Gulf Coast
    Governors", a headline's Title Case region, keeps its entity)."""
    return len(word) >= 2 and word.isupper() and word.isalnum()


def _field_and_name(ent: Span) -> list[Span]:
    """ "Secretary of [Energy Daniel Poneman]" as the field and the person (construction 3)."""
    if ent.label_ != "ORG" or len(ent) < 3 or title_leading_to(ent) is None:
        return [ent]
    ends = [t.i for t in ent if t.lower_ in FIELD_END_WORDS | STATE_NAME_ENDS]
    if not ends or ends[-1] >= ent.end - 2 or not written_name(ent.doc[ends[-1] + 1 : ent.end].text):
        return [ent]
    doc = ent.doc
    person = Span(doc, ends[-1] + 1, ent.end, label="PERSON")
    field = doc[ent.start : ends[-1] + 1]
    if doc[ends[-1]].lower_ in STATE_NAME_ENDS:
        # "President of [the Lao People's Democratic Republic] [Thongloun Sisoulith]": a state and its holder
        return [Span(doc, ent.start, ends[-1] + 1, label="GPE"), person]
    if not any(t.lower_ in BODY_NAME_HEADS for t in field):
        return [person]  # "Energy for Science and Innovation" is an office's field, no body
    return [Span(doc, ent.start, ends[-1] + 1, label="ORG"), person]  # "Office of Management and Budget"


def a_full_name(ent: Span) -> bool:
    """ "Morgan Tsvangirai", "Mohammed bin Zayed", "Ida B. Wells": two to five name words, the
    last a family name; not "Jammu Kashmir" (a region's words) nor "Energy Council" (a body noun)."""
    words = [t.text for t in ent]
    if not 2 <= len(words) <= 5 or len(words[-1]) < 2 or words[-1].endswith("."):
        return False
    return _name_words(ent)


def _name_words(ent: Span) -> bool:
    words = [t.text for t in ent]
    if not _NAME_WORD.match(words[0]) or not _NAME_WORD.match(words[-1]):
        return False
    if not all(_NAME_WORD.match(w) or w.lower() in NAME_PARTICLES or w == "-" for w in words):
        return False
    return not any(
        a_country_or_region(w) or a_body_or_person_noun(w) or w.lower() in _NOT_NAME_HEADS for w in words
    )


def _a_person(ent: Span, full: set[str], family: set[str]) -> bool:
    """Constructions 1 and 2: a repeated full or family name, or a name right after a title."""
    if ent.label_ not in _MISLABELS or a_country_or_region(ent.text) or _listed_with_a_place(ent):
        return False
    if ent.text in full or (len(ent) == 1 and ent.text in family):
        return True
    return (
        _after_a_title(ent)
        and len(ent) <= 3
        and _name_words(ent)
        and not any(t.lower_ in TITLE_WORDS for t in ent)  # "President [Emeritus]"
        and not _runs_into_a_headline(ent)
        and not _runs_on(ent)
    )


def _runs_on(ent: Span) -> bool:
    """ "President [Michigan Education] Association": a capitalised word right after the entity
    goes on with a body's name the recogniser cut short, which is no person's."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return after is not None and after.text[:1].isupper()


def _runs_into_a_headline(ent: Span) -> bool:
    """ "Remarks by President Biden Announcing Actions": a headline's capitalised gerund after the
    name, which the recogniser ran into one entity, is no name word."""
    return any(t.text.endswith("ing") for t in ent[1:])


def _after_a_title(ent: Span) -> bool:
    """ "Mr Maharey", "President Giammattei", "Dr. Fauci": a capitalised title word right before."""
    if ent.start == 0:
        return False
    title = ent.doc[ent.start - 1].text
    return title[:1].isupper() and title.lower().rstrip(".") in PERSON_TITLE_HEADS


def _listed_with_a_place(ent: Span) -> bool:
    """ "Jammu and Kashmir", "Gao, Mali": a place the text lists beside another place stays a
    place, whatever "Azad Jammu" the recogniser took for a person's name."""
    if ent.label_ not in _PLACE_LABELS:
        return False
    doc = ent.doc
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text in {"and", ","} else None
    before = doc[ent.start - 2] if ent.start >= 2 and doc[ent.start - 1].text in {"and", ","} else None
    return any(t is not None and t.ent_type_ in _PLACE_LABELS for t in (after, before))


def add_person_names(nlp: Language) -> Language:
    """Insert the component right after NER (once); pipelines without NER are left alone."""
    if COMPONENT not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="ner")
    return nlp
