"""Which spans of a parsed document name people: NER's PERSON entities, repaired.

The small English model misses and mislabels names in ways news copy makes
common: a given name left out ("CEO of the Refugee Council Enver Solomon"),
a speaker read as a WORK_OF_ART ("Henrik Aalborg told Reuters"), a surname
tagged as a place ("Beaumont wrote"), a company read as a person ("Nordhavn,
the container line"), a verb and a city read as a name ("Swap Beijing’s
worries"). The rules here keep names NER found where the syntax vouches for
them, add the subjects of speech verbs it missed, and drop the misreadings.
"""

from __future__ import annotations

import bisect

from spacy.attrs import POS
from spacy.parts_of_speech import IDS
from spacy.tokens import Doc, Span

from briefings.extract.lexicon import PERSON_DESCRIPTION_HEADS, SPEECH_LEMMAS, TITLE_WORDS
from briefings.extract.name_kinds import a_clause, a_country_or_region, before_headline_link
from briefings.extract.names import hyphenated_given_name, looks_like_name, split_title
from briefings.extract.not_bodies import (
    a_common_word,
    country_then_holder,
    in_an_office,
    lower_case_words,
    names_a_disease,
    office_before_field,
    office_field_and_name,
    plural_title_before,
)
from briefings.extract.not_people import (
    bare_office,
    coordinated_with_a_thing,
    courtesy_before,
    inside_a_numbered_name,
    is_stage_direction,
    made_by_a_person,
    modifies_a_noun,
    names_a_day,
    names_a_document_or_body,
    names_a_place,
    names_a_product,
    names_a_publication,
    title_and_name,
    words_of_things,
)
from briefings.extract.office_holders import holder_after_office, untagged_holder_after_field
from briefings.extract.person_entry import name_span
from briefings.extract.places import is_country, is_demonym

Mention = tuple[Span, str, str]  # the name's span, its leading title, the bare name

_OTHER_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
_BODY_OR_PLACE = frozenset({"ORG", "GPE", "LOC"})


def sentence_starts_of(doc: Doc) -> list[int]:
    """Character offsets of the sentence starts (Doc.sents is rebuilt on every access)."""
    return [s.start_char for s in doc.sents] if len(doc) else []


def indices_where(doc: Doc, attr: int, values: set[str]) -> list[int]:
    """Indices of the tokens whose ``attr`` (POS, LOWER, ...) is one of ``values``, read from the
    doc's arrays: iterating a Doc builds a Python Token per word, which dominates on long texts."""
    if not len(doc):
        return []
    wanted = {IDS[v] for v in values} if attr == POS else {doc.vocab.strings.add(v) for v in values}
    column = doc.to_array(attr)
    return [i for i, value in enumerate(column.tolist()) if value in wanted]


def _before_possessive(span: Span) -> Span:
    """A name ends at its possessive: the tagger reads a headline's "Biden’s Meeting with
    Herzog" as one PERSON, but whatever follows "’s" is the thing possessed, not the name."""
    for i, token in enumerate(span):
        if i and (token.tag_ == "POS" or token.text in ("'s", "’s")):
            return span[:i]
    return span


def _after_nationality(span: Span) -> Span:
    """A name starts after a nationality the tagger took into it: "Kosovan" (alone, or of
    "Kosovan Arta Berisha") is an adjective, never a person; and after the country an envoy's title
    is "to": "High Commissioner to [Zambia] Nicholas Woolley", "Ambassador to [France] Jane Roe"."""
    start = 0
    while start < len(span) and is_demonym(span[start].text):
        start += 1
    doc = span.doc
    if (
        span.start + start >= 2
        and start == 0
        and doc[span.start - 1].lower_ == "to"
        and doc[span.start - 2].lower_ in TITLE_WORDS
        and len(span) >= 3
        and is_country(span[0].text)
    ):
        start = 1
    return span[start:]


def person_mentions(
    doc: Doc,
    title_doc: Doc | None,
    ents: list[Span],
    starts: list[int],
    lower_words: frozenset[int] | None = None,
) -> list[Mention]:
    """Every plausible mention of a person in the title and body, in order of the parses."""
    mentions: list[Mention] = []
    things: set[str] = set()  # names one of whose mentions shows a thing: "the Javelins"
    thing_sentences: set[int] = set()  # where a thing is named: the other bare names there may be too
    thing_words = words_of_things(ents)
    body_name_words = {w for e in ents if e.label_ == "PERSON" for w in e.text.split()}
    for ent in [*(title_doc.ents if title_doc is not None else ()), *ents]:
        if ent.label_ == "PERSON":
            span = before_headline_link(_after_nationality(_before_possessive(name_span(ent))))
            if ent.doc is not doc:
                span = _before_headline_words(span, body_name_words, doc)
            if not len(span):
                continue
            title, name = split_title(span.text)
            title = title or plural_title_before(span)
            name = name.strip(" .,;:")
            # "Ban Ki-moon" as the recogniser labelled it whole (a name it cut, "Han Duck", is read on)
            korean = span.text == ent.text and hyphenated_given_name(name)
            named = name and (looks_like_name(name) or korean) and any(c.isalpha() for c in name)
            if not named or names_a_disease(name):
                continue
            if not title and _an_office_field(span):
                continue  # "Assistant Secretary for [Preparedness] and Response": the office's field
            if title and _an_office_field(span[: len(title.split())]):
                title = _office_through(span, len(title.split()))  # "… and [Response Dawn O'Connell]"
            if title and (bare_office(name) or names_a_document_or_body(name)):
                continue  # "National [Economic Advisor]", "National [Economic Council]": no name at all
            if not title and a_country_or_region(name, by_its_short_name=True):
                continue  # "Crimea was given away": a region, no person (and no product beside others)
            # "Secretary Ellis" with the title left out of the entity is a person all the same
            if not title and not _after_a_title(span) and _a_thing_not_a_person(span, name, thing_words):
                things.add(name)
                if span.doc is doc:
                    thing_sentences.add(span.sent.start)
            elif not (modifies_a_noun(span) and not title):
                mentions.append((span, title, name))
        elif ent.label_ == "ORG" and (titled := title_and_name(ent.text)) is not None:
            # "Spokesperson Ned Price" tagged an organisation: a person with an office
            title, name = titled
            mentions.append((ent[len(ent) - len(name.split()) :], title, name))
        elif ent.label_ == "ORG" and (courtesy := courtesy_before(ent)) is not None:
            mentions.append((ent, *courtesy))  # "H.E. Ms. [Retno L.P. Marsudi]": a person addressed as one
        elif ent.label_ == "ORG" and (holder := country_then_holder(ent)) is not None:
            mentions.append((holder, "", holder.text))  # "the President of [Guatemala, Alejandro Giammattei]"
        elif ent.label_ == "ORG" and (office := office_field_and_name(ent)) is not None:
            title, name = office  # "Secretary of [Defense Lloyd Austin]"
            mentions.append((ent[len(ent) - len(name.split()) :], title, name))
    # a titled mention is a person, the title inside the entity or before it ("President [Kemp]")
    mentions = [m for m in mentions if m[2] not in things or m[1] or _after_a_title(m[0])]
    mentions = _without_common_words(mentions, doc, lower_words)
    mentions = _without_listed_things(mentions, doc, thing_sentences)
    mentions += _unlabelled_speakers(doc)
    mentions += _described_as_a_person(ents)
    mentions += _holders_after_offices([d for d in (title_doc, doc) if d is not None], mentions)
    # a one-word "person" that opens an organisation's name ("Nordhavn" of "Nordhavn
    # Shipping", "Nordhavn, the container line, reported ...") is that organisation
    org_heads = {e[0].text.lower() for e in ents if e.label_ == "ORG" and len(e) > 1}
    mentions = [m for m in mentions if len(m[2].split()) > 1 or m[2].lower() not in org_heads]
    mentions = _without_organisations(mentions, ents)
    return [m for m in mentions if _plausible(m, mentions, doc, ents, starts)]


def _before_headline_words(span: Span, body_name_words: set[str], body: Doc) -> Span:
    """ "Colombia's Uribe, [Bush Discuss Trade] and Narco-Terrorism": a title-cased headline runs a name
    on into its verb and object. The headline's name ends at its last word the body's names use when
    the words after it are plain words, the first of them one the body writes in lower case ("discussed",
    "trade"): they are the headline's prose. A name the body never names, or one whose further words
    the body never writes in lower case ("Jen Psaki" where the body says only "Jen"), is kept."""
    words = [t.text for t in span]
    last = max((i for i, w in enumerate(words) if w in body_name_words), default=None)
    if last is None or last == len(words) - 1:
        return span
    dropped = words[last + 1 :]
    if not all(w.isalpha() for w in dropped):
        return span
    first = dropped[0].lower()
    if not any(t.is_lower and (t.lower_ == first or t.lemma_.lower() == first) for t in body):
        return span
    return span[: last + 1]


def _holders_after_offices(docs: list[Doc], mentions: list[Mention]) -> list[Mention]:
    """ "the Prime Minister of Sweden, Ulf Kristersson" with the name tagged a place, "Minister for
    International Development, Anneliese Dodds" with the given name tagged a nationality: the holder
    the office names after its comma (:func:`office_holders.holder_after_office`), and an untagged name
    right after an office and its field (:func:`office_holders.untagged_holder_after_field`), with the
    office as the title (a mention that reads that name already, untitled, takes the office as its
    title)."""
    taken = {(id(m[0].doc), t) for m in mentions for t in range(m[0].start, m[0].end)}
    untitled: dict[int, list[Mention]] = {}
    for m in mentions:
        if not m[1]:
            untitled.setdefault(id(m[0].doc), []).append(m)
    found: list[Mention] = []
    for doc in docs:
        for tok in doc:
            if tok.lower_ in TITLE_WORDS:
                name, start = holder_after_office(tok), tok.i
            else:  # "Minister of Defence Peeni Henare", the name untagged: the title hangs on the name
                name = untagged_holder_after_field(tok)
                start = min([tok.i, *(c.i for c in tok.children if c.dep_ in {"nmod", "compound"})])
            if name is None:
                continue
            while (
                start > 0
                # "Prime [Minister]"; "the secretary [general] of CEI" written in lower case
                and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in TITLE_WORDS)
                and doc[start - 1].dep_ in {"compound", "amod", "nmod"}
            ):
                start -= 1
            office = doc[start : name.start].text.strip(" ,")
            if any((id(doc), t) in taken for t in range(name.start, name.end)):
                # "The UK's Minister for Africa, James Duddridge MP,": the name read already, untitled;
                # the office is its title all the same
                found += [
                    (m[0], office, m[2])
                    for m in untitled.get(id(doc), [])
                    if name.start <= m[0].start and m[0].end <= name.end
                ]
                continue
            found.append((name, office, name.text))
            taken |= {(id(doc), t) for t in range(name.start, name.end)}
    return found


def _an_office_field(span: Span) -> bool:
    """A name right after an office's "for"/"of" or an "and" inside its list of fields ("Assistant
    Secretary for [Preparedness] and Response") is the field, not a person; a name after the field's
    last word ("Secretary of State [Antony Blinken]") or set off by a comma is the holder's."""
    doc = span.doc
    # "our Secretary of Education, Miguel Cardona": a name set off by a bare comma is the holder
    after_link = span.start > 0 and doc[span.start - 1].lower_ in {"of", "for", "and", "&"}
    return after_link and in_an_office(span)


def _office_through(span: Span, field_words: int) -> str:
    """The whole office a field's last words end inside a name's entity: "HHS Assistant Secretary for
    Preparedness and Response" for "[Response] Dawn O'Connell" (the title split off is only the
    field's last word)."""
    doc = span.doc
    at = office_before_field(span[:field_words])
    lo = span.start if at is None else at
    while lo > 0 and doc[lo - 1].is_alpha and doc[lo - 1].text[:1].isupper() and not doc[lo].is_sent_start:
        lo -= 1
    return doc[lo : span.start + field_words].text


def _without_organisations(mentions: list[Mention], ents: list[Span]) -> list[Mention]:
    """ "Pfizer said ... Pfizer and Moderna ...", "Kyiv said ... in Kyiv": a one-word untitled
    name the same text tags an organisation or a place at least as often as a person, and that
    is no word of a person's fuller name there, is that organisation (a company, a union, a
    league) or place (a capital speaking for its government)."""
    as_org: dict[str, int] = {}
    for ent in ents:
        if ent.label_ in _BODY_OR_PLACE and len(ent) == 1:
            as_org[ent.text.lower()] = as_org.get(ent.text.lower(), 0) + 1
    if not as_org:
        return mentions
    as_person: dict[str, int] = {}
    for span, title, name in mentions:
        key = name.lower()
        titled = bool(title) or _after_a_title(span)  # "Under Secretary [Nuland]": a title vouches
        as_person[key] = as_person.get(key, 0) + (len(mentions) if titled else 1)
    in_full = {w.lower() for m in mentions if " " in m[2] for w in m[2].split()}
    return [
        m
        for m in mentions
        if " " in m[2] or m[2].lower() in in_full or as_org.get(m[2].lower(), 0) < as_person[m[2].lower()]
    ]


def _without_common_words(mentions: list[Mention], doc: Doc, lower: frozenset[int] | None) -> list[Mention]:
    """ "Fentanyl is killing people. ... the fentanyl": a one-word untitled name the text also
    writes in lower case is a common noun, unless it is a word of a person's fuller name there
    ("Ned Price" makes "Price" a surname)."""
    if not any(" " not in m[2] and not m[1] for m in mentions):
        return mentions
    lower = lower_case_words(doc) if lower is None else lower
    in_full = {w.lower() for m in mentions if " " in m[2] for w in m[2].split()}
    return [
        m
        for m in mentions
        if m[1] or " " in m[2] or m[2].lower() in in_full or not a_common_word(m[2], doc, lower)
    ]


def _after_a_title(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_.strip(".") in TITLE_WORDS


def _without_listed_things(mentions: list[Mention], doc: Doc, thing_sentences: set[int]) -> list[Mention]:
    """ "behind Safari - and nearly tied with Chrome": a bare one-word name named only in
    sentences that list products is one more product, not a person."""
    if not thing_sentences:
        return mentions
    bare: dict[str, bool] = {}  # one-word untitled name -> every mention sits among things
    for span, title, name in mentions:
        if " " in name:
            continue
        among = (
            not title and not _after_a_title(span) and span.doc is doc and span.sent.start in thing_sentences
        )
        bare[name] = bare.get(name, True) and among
    return [m for m in mentions if not bare.get(m[2], False)]


def _a_thing_not_a_person(span: Span, name: str, thing_words: frozenset[str]) -> bool:
    """A stage direction, a thing someone made ("Remarks by …"), a product, a place or an office the
    tagger read as a person."""
    return (
        is_stage_direction(span)
        or made_by_a_person(span)
        or a_clause(span)
        or names_a_product(span)
        or names_a_publication(span)
        or inside_a_numbered_name(span)
        or names_a_day(span)
        or names_a_place(span)
        or (" " not in name and name.lower() in thing_words)
        or coordinated_with_a_thing(span)
        or bare_office(name)
        or names_a_document_or_body(name)
    )


def _plausible(
    mention: Mention, mentions: list[Mention], doc: Doc, ents: list[Span], starts: list[int]
) -> bool:
    """ "Swap Beijing" (a verb and a city read as a name, opening a sentence): a word the
    parser mostly calls a place is not a surname, unless it is more often part of a person's
    name, or the name comes with a title ("Minister Claire Beaumont") or stands mid-sentence,
    where the tagger's PERSON is reliable ("By the time Ngozi Okonkwo arrives ...")."""
    name = mention[2]
    if len(name.split()) == 1:
        return True
    last = name.split()[-1].lower()
    for span, title, other in mentions:
        if other == name and span.doc is doc and (title or not _opens_sentence(span, starts)):
            return True
        if other == name and span.doc is not doc and (title or span.start != span.sent.start):
            return True
    as_person = sum(1 for m in mentions if m[2].split()[-1].lower() == last)
    places = 0
    for e in ents:
        titled = e.start > 0 and doc[e.start - 1].lower_.strip(".") in TITLE_WORDS  # "Minister Rao"
        if e.label_ in {"GPE", "LOC"} and not titled and e.text.lower() == last:
            places += 1
    return places < as_person


def _opens_sentence(span: Span, starts: list[int]) -> bool:
    at = bisect.bisect_left(starts, span.start_char)
    return at < len(starts) and starts[at] == span.start_char


def _unlabelled_speakers(doc: Doc) -> list[Mention]:
    """ "“…,” Henrik Aalborg told Reuters" with the name read as a WORK_OF_ART or as nothing:
    a run of two or three capitalised proper nouns that is the subject of a speech verb and no
    kind of name NER knows (an organisation "Goldman Sachs said" stays an organisation)."""
    found: list[Mention] = []
    for i in indices_where(doc, POS, {"PROPN"}):
        tok = doc[i]
        if tok.dep_ != "nsubj" or tok.head.lemma_ not in SPEECH_LEMMAS:
            continue
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start : tok.i + 1]
        if not 2 <= len(span) <= 3 or any(t.ent_type_ in _OTHER_NAMES for t in span):
            continue
        title, name = split_title(span.text)
        if all(t.text[:1].isupper() and not t.text.isupper() for t in span) and looks_like_name(name):
            found.append((span, title, name))
    return found


def _described_as_a_person(ents: list[Span]) -> list[Mention]:
    """ "Gáspár Maróth, the Hungarian Government commissioner responsible for defence", "the foreign
    minister of Pakistan, Shah Mahmood Qureshi,": a name the recogniser labelled a body or a place is
    a person's when a description of a person is set off in apposition to it, after or before it (an
    office, a person's noun: "the commissioner", "a spokeswoman"); a body's own description
    ("Reuters, the news agency") names no person."""
    found: list[Mention] = []
    for ent in ents:
        if ent.label_ not in _OTHER_NAMES - {"PERSON"} or not 1 <= len(ent) <= 4:
            continue
        doc = ent.doc
        if not all(t.pos_ == "PROPN" for t in ent):
            continue
        described = [
            c
            for c in ent.root.children
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_DESCRIPTION_HEADS
        ]
        after = bool(described) and ent.end < len(doc) and doc[ent.end].text == ","
        after = after and described[0].left_edge.i == ent.end + 1
        # "The foreign minister of Pakistan, Shah Mahmood Qureshi, denounced …": the description first
        head = ent.root.head
        before = (
            ent.root.dep_ == "appos"
            and head.i < ent.start
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in PERSON_DESCRIPTION_HEADS
            and doc[ent.start - 1].text == ","
        )
        if not (after or before):
            continue
        title, name = split_title(ent.text)
        if looks_like_name(name) and not a_country_or_region(name, by_its_short_name=True):
            found.append((ent, title, name))
    return found
