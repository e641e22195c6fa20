"""Where a meeting took place: the attached in/at location, a visited city, a dateline.

"met ... in Tianjin" and "at the White House" attach a place to the meeting's
clause; "visited Moscow" names it as the object; "visited the city" points
back to the last city named. A transcript's dateline ("Washington, DC" under
the speaker's name) places remarks made there. A visited place also says who
hosted: the country the place lies in, when the document tells (“Bali,
Indonesia”, or the nationality of the people met there), else the place itself.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc, Span, Token

from briefings.extract.lexicon import (
    COUNTRY_SHORT_NAMES,
    DEMONYMS,
    FACILITY_NOUNS,
    JOURNEY_VERBS,
    MEETING_FRAME_NOUNS,
    MORE_COUNTRIES,
    PLACE_NOUNS,
    REGIONAL_WORDS,
    TOPIC_PARTICIPLES,
    TOPIC_PREPS,
)

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Regional and ethnic adjectives: no country's, but no person's name either.
# Countries by name, from the nationality words: "Finland" in "President of Finland Sauli Niinistö".
COUNTRIES = frozenset(DEMONYMS.values()) | MORE_COUNTRIES


def country_of_demonym(word: str) -> str | None:
    """ "Chinese" -> "China"; None for words that are not nationalities."""
    return DEMONYMS.get(word.lower())


# and by their short names ("the UK", "South Korea", "the DPRK"), which name no nationality
_COUNTRIES = frozenset(country.lower() for country in COUNTRIES) | COUNTRY_SHORT_NAMES


def is_country(name: str) -> bool:
    """Whether a name is a country's (of a nationality this module knows): "Moldova"."""
    return name.lower() in _COUNTRIES


def is_demonym(word: str) -> bool:
    """Whether a word is a nationality adjective ("Kosovan", "Afghan"), never a person's name.

    >>> is_demonym("Kosovan"), is_demonym("Kosovo"), is_demonym("Morgan")
    (True, False, False)
    """
    low = word.lower().strip(" .,")
    return low in DEMONYMS or low in REGIONAL_WORDS


def entity_at(token: Token) -> Span | None:
    """The entity holding ``token``, from the IOB tags (``Doc.ents`` builds every entity on each call)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    first, last = token.i, token.i + 1
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    while last < len(doc) and doc[last].ent_iob_ == "I":
        last += 1
    return Span(doc, first, last, label=token.ent_type_)


def _place_text(token: Token) -> str | None:
    doc = token.doc
    for ent in filter(None, [entity_at(token)]):
        if ent.label_ in _PLACE_LABELS:
            end = ent.end
            # "Washington, DC", "Bali, Indonesia": keep the qualifying place after a comma; a country
            # is qualified by none ("Rwanda, Ghana, and Liberia" is a list)
            if (
                end + 1 < len(doc)
                and doc[end].text == ","
                and doc[end + 1].ent_type_ == "GPE"
                and not is_country(ent.text.removeprefix("the "))
            ):
                nxt = entity_at(doc[end + 1])
                if nxt is not None:
                    end = nxt.end
            while end > ent.start + 1 and doc[end - 1].is_lower:
                end -= 1  # "the Great Hall of the People on": the tagger ran into the next phrase
            text = doc[ent.start : end].text
            return text[4:] if text.lower().startswith("the ") else text
    return None


def _lone_proper(token: Token) -> str | None:
    """ "met in Tromsø", "arrived in Kyiv": a single capitalised word after "in" is a place, whatever
    entity the tagger guessed (it calls unfamiliar cities persons or events)."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ in {"DATE", "TIME"}:
        return None
    if any(c.dep_ in {"compound", "amod", "det", "poss"} for c in token.children):
        return None
    ent = entity_at(token)
    if ent is not None and len(ent) > 1:
        return None
    return token.text


def _clause_tokens(trigger: Token) -> list[Token]:
    """Tokens of the trigger's clause, not descending into other verbs' clauses."""
    out: list[Token] = []
    stack = list(trigger.children)
    while stack:
        tok = stack.pop()
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux", "auxpass", "prep"}:
            continue  # another clause; but "including in Munich" is a preposition in verb's clothing
        out.append(tok)
        stack.extend(tok.children)
    return sorted(out, key=lambda t: t.i)


def attached_place(
    trigger: Token, noun: Token | None = None, *, topics: bool = True, remote: bool = False
) -> str | None:
    """The in/at location of the meeting's clause ("in Tianjin", "at the White House").

    With ``topics=False`` the direct object's phrase is skipped: what was
    discussed ("the situation in Gaza") is not where.
    """
    candidates = _clause_tokens(trigger)
    # "talked today about the latest developments in Afghanistan": what was talked about is not where
    talked_of = {
        t.i for c in trigger.children if c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for t in c.subtree
    }
    candidates = [t for t in candidates if t.i not in talked_of]
    if not topics:
        topic = {t.i for c in trigger.children if c.dep_ == "dobj" for t in c.subtree}
        candidates = [t for t in candidates if t.i not in topic]
    if noun is not None and noun.i != trigger.i:
        # "had a detailed discussion on the state of events in Gaza": the noun's topic is not where
        noun_topic = {
            t.i
            for c in noun.children
            if c.dep_ == "prep"
            and (
                c.lower_ in TOPIC_PREPS
                or (
                    c.lower_ in {"on", "over"}
                    and not any(o.lower_ in MEETING_FRAME_NOUNS or o.ent_type_ == "DATE" for o in c.children)
                )
            )
            for t in c.subtree
        }  # "on the sidelines of the summit in Rome", "on Monday" say where and when
        candidates += [t for t in noun.subtree if t.i != noun.i]
        candidates = [t for t in candidates if t.i not in noun_topic]
        if noun_topic:
            # "a discussion on the state of events in Gaza": the parser may hang the topic's own
            # place on the verb, right where the topic ends
            after = noun.doc[max(noun_topic) + 1] if max(noun_topic) + 1 < len(noun.doc) else None
            if after is not None and after.dep_ == "prep" and after.lower_ == "in":
                inside = {t.i for t in after.subtree}
                candidates = [t for t in candidates if t.i not in inside]
    if noun is not None:
        # "a meeting covering energy, security in the Sahel and the situation in Libya": what
        # follows a topic participle is the agenda, however the parser hangs the list
        about = min(
            (
                c.i
                for c in noun.children
                if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in TOPIC_PARTICIPLES
            ),
            default=None,
        )
        if about is not None:
            candidates = [t for t in candidates if t.i < about]
        # "the monthly meeting of EU foreign ministers, which will focus on … the conflict in Syria": a
        # relative clause that tells what the meeting is about, not where it is held ("which was held
        # in Cebu" does say where)
        aside = {
            t.i
            for c in noun.subtree
            if c.dep_ == "relcl" and c.lemma_.lower() not in {"hold", "take", "convene", "open", "meet"}
            for t in c.subtree
        }
        candidates = [t for t in candidates if t.i not in aside]
    # "a call with the CEOs of the largest utilities in the Gulf Coast": on a call (``remote``), a
    # place inside the "of" or "from" phrase of a party says who the party is, not where anyone was
    # ("met with representatives of the council in Brussels" may well be in Brussels)
    described: set[int] = set()
    if remote:
        described = {
            t.i
            for w in candidates
            if w.dep_ == "prep" and w.lower_ == "with"
            for o in w.children
            if o.dep_ == "pobj"
            for p in o.subtree
            if p.dep_ == "prep" and p.lower_ in {"of", "from"}
            for t in p.subtree
        }
    candidates = [t for t in candidates if t.i not in described]
    hosts = {trigger.i} | ({noun.i} if noun is not None else set())
    for tok in candidates:
        if tok.dep_ == "prep" and tok.lower_ in {"in", "at"}:
            for obj in tok.children:
                if obj.dep_ == "pobj" and obj.ent_type_ != "DATE":
                    place = (
                        _place_text(obj)
                        or (_lone_proper(obj) if tok.lower_ == "in" else None)
                        or _institution(obj, hosts)
                    )
                    if place:
                        return place
    return None


_INSTITUTION_LABELS = frozenset({"ORG", "FAC"})
_NAMED_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "PERSON", "LOC"})


def _institution(obj: Token, hosts: set[int]) -> str | None:
    """ "at the Pentagon", "at the State Department", "at the United Nations headquarters in New York":
    an organisation's name (or its building) after "at" on the meeting is where it was held.

    After "in", only a building is ("in the Foreign Ministry building"); an institution
    hung on a common noun says where someone works ("an adviser at the Finance Ministry").
    """
    prep = obj.head
    owner = prep.head
    if owner.i not in hosts and owner.pos_ not in {"VERB", "AUX", "PROPN"}:
        return None
    ent = entity_at(obj)
    if ent is not None and ent.label_ in _INSTITUTION_LABELS and ent.end - 1 == obj.i:
        text = ent.text.removeprefix("the ").removeprefix("The ")
        if prep.lower_ == "at" or obj.lower_ in FACILITY_NOUNS:
            return _with_city(text, obj)
        return None
    if ent is not None or obj.lower_ not in FACILITY_NOUNS:
        return None
    named = [
        t
        for t in obj.lefts
        if t.dep_ in {"compound", "poss", "amod", "nmod"}
        and (t.pos_ == "PROPN" or t.ent_type_ in _NAMED_LABELS)
    ]
    if not named:
        return None  # "at the office": no name says whose
    start = min(t.left_edge.i for t in named)
    while obj.doc[start].dep_ == "det" and start < obj.i:
        start += 1
    return _with_city(obj.doc[start : obj.i + 1].text, obj)


def _with_city(text: str, obj: Token) -> str:
    """The building with the city its phrase names: "United Nations headquarters, New York"."""
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for city in prep.children:
                where = _place_text(city) if city.dep_ == "pobj" else None
                if where:
                    return f"{text}, {where}"
    return text


def previous_place(doc: Doc, before: int, *, label: str = "GPE") -> Span | None:
    """The last place entity named before character ``before`` ("the city" -> Tianjin)."""
    best: Span | None = None
    for ent in doc.ents:
        if ent.end_char > before:
            break
        if ent.label_ == label:
            best = ent
    return best


def visited_place(obj: Token) -> tuple[str | None, Span | None]:
    """The place a visit's object names: itself ("Moscow") or, for "the city", the last city before."""
    place = _place_text(obj)
    if place:
        ent = entity_at(obj)
        return place, ent
    lone = (
        obj.ent_type_ == "PERSON"
        and obj.pos_ == "PROPN"
        and not any(c.dep_ == "compound" for c in obj.children)
    )
    if lone and attached_place(obj.head) is None:
        # "plans to visit Kyiv": a lone capitalised word tagged as a person, where people are visited by
        # their full names, is the tagger mistaking a city
        ent = next((e for e in obj.doc.ents if e.start == obj.i and e.end == obj.i + 1), None)
        if ent is not None:
            return ent.text, ent
    if obj.lower_ in PLACE_NOUNS:
        # "the Indian capital of Delhi", "the port city of Gwadar": the place the noun's "of" names
        for of in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"):
            named = next((o for o in of.children if o.dep_ == "pobj" and o.ent_type_ in {"GPE", "LOC"}), None)
            ent = entity_at(named) if named is not None else None
            if ent is not None:
                return ent.text, ent
    own_name = any(
        c.dep_ in {"amod", "compound"} and (c.ent_type_ or c.pos_ == "PROPN") for c in obj.children
    )
    if (
        obj.lower_ in PLACE_NOUNS
        and not own_name
        and any(c.lower_ in {"the", "that", "this"} for c in obj.children)
    ):
        # "visited the country": the place named before ("visited the Baltic region" names its own)
        ent = _place_in_clause_before(obj) or previous_place(obj.doc, obj.sent.start_char)
        if ent is not None:
            return ent.text, ent
    return None, None


def _place_in_clause_before(obj: Token) -> Span | None:
    """ "Asked about the situation in Kenya, he said Rice will visit the country": a place named
    earlier in the sentence as the object of a preposition; a name's modifier ("U.S. Deputy
    Secretary Sherman visited the city") names no place the phrase takes up."""
    sent = obj.sent
    found = [
        e
        for e in sent.ents
        if e.label_ == "GPE" and e.end <= obj.i and e.root.dep_ == "pobj" and e.root.head.pos_ == "ADP"
    ]
    return found[-1] if found else None


def host_country(place: Span) -> str | None:
    """The country a visited place lies in, when the document says so.

    "Bali, Indonesia" says it outright; otherwise a nationality adjective next to
    a person in the same sentence as the place ("Chinese Foreign Minister Wang
    Yi in Tianjin") tells whose place it is.
    """
    doc = place.doc
    if is_country(place.text.removeprefix("the ")):
        return place.text.removeprefix("the ")  # "visit Rwanda, Ghana and Liberia": each is its own host
    after = place.end + 1 + (place.end + 1 < len(doc) and doc[place.end + 1].lower_ == "the")
    if after < len(doc) and doc[place.end].text == "," and doc[after].ent_type_ == "GPE":
        # "Honiara, Solomon Islands", "Manila, the Philippines": the whole name
        whole = entity_at(doc[after])
        return whole.text if whole is not None else doc[after].text
    of = place.root.head
    if place.root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in PLACE_NOUNS:
        # "the Indian capital of Delhi": the adjective on the place's own noun, not the visitor's
        for adj in (c for c in of.head.children if c.ent_type_ == "NORP"):
            country = country_of_demonym(adj.text)
            if country:
                return country
    for tok in place.sent:
        if tok.ent_type_ == "NORP" and not _visitors_word(tok):
            country = country_of_demonym(tok.text)
            if country:
                return country
    return None


def _visitors_word(tok: Token) -> bool:
    """ "the visit to Washington by Israeli Prime Minister Bennett": an adjective in the visit's
    "by" phrase is the visitor's nationality, not the host's; so is one in the subject of a journey
    ("Japanese Prime Minister Shinzo Abe traveled to Moscow for talks": Moscow is no Japanese city)."""
    chain = [tok, *islice(tok.ancestors, 3)]
    if any(a.dep_ == "pobj" and a.head.lower_ == "by" for a in chain):
        return True
    return any(a.dep_ == "nsubj" and a.head.lemma_.lower() in JOURNEY_VERBS for a in chain)


def dateline(doc: Doc, first_turn: int) -> str | None:
    """The place line of a transcript's header (the short lines before its first speaker label).

    A header line is a place line when place entities cover most of it and it
    names no person ("Washington, DC" yes; "Antony J. Blinken, Secretary of State" no).
    """
    offset = 0
    for line in doc.text[:first_turn].split("\n"):
        start, offset = offset, offset + len(line) + 1
        text = line.strip()
        if not text or len(text.split()) > 5 or text.endswith("."):
            continue
        ents = [e for e in doc.ents if e.start_char >= start and e.end_char <= start + len(line)]
        if any(e.label_ == "PERSON" for e in ents):
            continue
        covered = sum(len(e.text) for e in ents if e.label_ in _PLACE_LABELS)
        if covered * 2 >= len(text.replace(",", "").replace(" ", "")) * 0.8:
            return text
    return None


_HERE = re.compile(r"\bhere (?:at|in|to) (?:the )?([A-Z][\w’'-]*(?: (?:of )?[A-Z][\w’'-]*)*)")


def here_place(text: str) -> str | None:
    """Where remarks are made, in the speakers' words: "here at the State Department", "here in Ukraine"."""
    match = _HERE.search(text)
    return match.group(1) if match else None


_PAIR = re.compile(r"\b((?:[A-Z][\w.’']*)(?: [A-Z][\w.’']*)?)[-–]((?:[A-Z][\w.’']*)(?: [A-Z][\w.’']*)?)")


def _is_country(name: str, known: set[str]) -> bool:
    short = name.replace(".", "")
    return name in known or name in DEMONYMS.values() or (short.isupper() and 2 <= len(short) <= 4)


def bilateral_parties(text: str, doc: Doc) -> list[str]:
    """The two countries a bilateral name pairs: "India-U.S. Counternarcotics Working Group" -> India, U.S.

    Meetings of standing bodies and trade talks are named after their parties
    ("U.S.-China Economic and Trade Meeting"); a side counts when the document
    names it as a place elsewhere, or it is a country abbreviation.
    """
    known = {e.text.removeprefix("the ") for e in doc.ents if e.label_ in {"GPE", "NORP", "LOC"}}
    for match in _PAIR.finditer(text):
        left, right = match.group(1), match.group(2)
        left_words, right_words = left.split(), right.split()
        # "United States-Ukraine Meeting": try the longest place-like ends on each side
        for a in (left, left_words[-1]):
            for b in (right, right_words[0]):
                if _is_country(a, known) and _is_country(b, known):
                    return [a, b]
    return []
