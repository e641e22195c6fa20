"""Meetings named by a headline: "Readout of President Biden's Meeting with President Herzog of Israel".

Readouts and remarks announce their meeting in the title, and remarks often
never say "met" in the body at all ("... Before Their Meeting"), so the title is
read as a meeting mention of its own. Title-cased headlines mislead the
tagger ("Blinken's Meeting" as a name, "Kosovan" as a person), so names are
cut at the possessive, nationality words dropped, and a "person" whose words
the body uses in lower case ("Joint Statement") rejected.
"""

from __future__ import annotations

from spacy.tokens import Span

from briefings.extract.context import DocContext
from briefings.extract.lexicon import MORE_PEOPLE_WORDS, PEOPLE_BODIES, STATE_NAME_HEADS, TITLE_WORDS
from briefings.extract.names import strip_possessive
from briefings.extract.parties import NAME_SUFFIXES, dedupe, only_title_words
from briefings.extract.places import bilateral_parties, country_of_demonym, is_country
from briefings.extract.triggers import MEETING_NOUNS
from briefings.model.facts import Meeting, PersonRef

# "Statement by X on ...", "Interview: X on the Sudan talks": who speaks about a meeting is no party to it
_TOPIC_PREPS = frozenset({"on", "about", "regarding"})
_NOT_HELD = frozenset({"will", "to", "plans", "cancels", "cancelled", "postponed", "ahead"})
# "Remarks … During Tour of the State Farm Stadium Vaccination Site": a headline's tour is of a place
_HEADLINE_NOUNS = MEETING_NOUNS - {"tour"}


def _owns_a_thing(ent: Span) -> bool:
    """ "Shakespeare's birthplace", "Mandela's house": a name in the possessive before a common noun
    that is no meeting and no office ("Biden's Meeting with …", "Xi's Envoy" keep their person)."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].tag_ != "POS":
        return False
    owned = doc[ent.end + 1]
    return owned.ent_type_ == "" and owned.lower_ not in _HEADLINE_NOUNS | TITLE_WORDS | {"tour", "trip"}


def headline_meetings(ctx: DocContext) -> list[Meeting]:
    """The meeting a headline names, if it names one with two or more parties."""
    title = ctx.title_doc
    if title is None or not any(t.lower_ in _HEADLINE_NOUNS for t in title):
        return []
    if title.text.rstrip().endswith("?") or any(t.lower_ in _NOT_HELD for t in title):
        return []
    refs: list[PersonRef] = []
    leads: list[PersonRef] = []  # the parties named before the meeting noun ("President Biden's Calls")
    first_noun = next(t.i for t in title if t.lower_ in _HEADLINE_NOUNS)
    topic = max((t.i for t in title[:first_noun] if t.lower_ in _TOPIC_PREPS), default=-1)
    by = next((t.i for t in title[:first_noun] if t.lower_ == "by"), None)
    if by is not None and title[0].lower_ == "readout":  # "Readout by Spokesperson X of Y's Call": X wrote it
        topic = max(topic, next((t.i for t in title[by:first_noun] if t.lower_ in {"of", "from"}), topic))
    # "Video Call with European Leaders on Russia and Ukraine": what follows "on" is the subject discussed
    after = next((t.i for t in title[first_noun + 1 :] if t.lower_ in _TOPIC_PREPS), len(title))
    # "Mugabe holds cabinet meeting without Tsvangirai": who the meeting was held without was absent
    absent = next((t.i for t in title[first_noun + 1 :] if t.lower_ == "without"), len(title))
    # "Remarks by X and Y Before Bilateral Meeting | Madrid, Spain": what follows the bar is the dateline
    dateline = next((t.i for t in title if t.text == "|"), len(title))
    for ent in title.ents:
        if ent.start <= topic or ent.start > after or ent.start > absent or ent.start > dateline:
            continue  # "Statement by Spokesperson X on Y's Meeting with Z": X speaks about the meeting
        if ent[0].lower_.rstrip(".") in NAME_SUFFIXES:
            continue  # "Joseph R. Biden, Jr. Call with ...": the suffix and the noun read as a name
        if any(t.lower_ == "readout" for t in ent):
            continue  # "Joint Readout of the Meeting Between ...": the document's kind, no party
        if ent.label_ == "GPE" and (group := _officials_of(ent)) is not None:
            refs.append(group)  # "Calls with Florida Officials": the officials, not the state
            continue
        if ent.label_ == "PERSON" and _owns_a_thing(ent):
            continue  # "Wen Jiabao visits Shakespeare's birthplace": a place visited, not its namesake
        if ent.label_ == "GPE" and _runs_on_as_a_name(ent):
            # "Johannes Hahn visits Serbia", "Johannes" tagged a place: the name the body knows, or none
            named = _person(title[ent.start : _name_end(ent)], ctx)
            if named is not None and named.kind == "person":
                refs.append(named)
                leads += [named] if ent.start < first_noun else []
            continue
        if ent.label_ == "PERSON":
            ref = _person(ent, ctx)
            if ref is not None:
                refs.append(ref)
                leads += [ref] if ent.start < first_noun else []
        elif (
            ent.label_ == "GPE"
            and not _qualifies_person(ent)
            and not _is_location(ent)
            and not country_of_demonym(ent.text)
        ):
            # "United States-Ukraine Meeting": two parties in one hyphenated name
            refs.extend(
                PersonRef(part.strip(), None, "place")
                for part in _state_name(ent).removeprefix("the ").split("-")
                if part[:1].isupper()
            )
    paired = bilateral_parties(title.text, ctx.doc)
    refs.extend(PersonRef(name, None, "place") for name in paired)
    participants = dedupe(refs)
    if len(participants) < 2:
        return []
    place = next(
        (
            e.text
            for e in title.ents
            if e.label_ == "GPE" and e.start > 0 and (title[e.start - 1].lower_ == "in" or e.start > dateline)
        ),
        None,
    )
    evidence = ctx.evidence_for(title[:])
    others = [p for p in participants if p not in leads]
    if title[first_noun].tag_ in {"NNS", "NNPS"} and len(leads) == 1 and len(others) >= 2 and not paired:
        # "President X's Calls with President Y of Ukraine and Administrator Z": one call each
        return [Meeting((leads[0], other), place, None, evidence, "held") for other in others]
    if (
        title[first_noun].tag_ in {"NNS", "NNPS"}
        and not leads
        and not paired
        and any(t.tag_ == "POS" for t in title[:first_noun])
    ):
        # "Readout of the President's Calls with Senator Murray and Senator Kaine": calls of someone the
        # headline names by office alone, one with each; the parties listed never met one another
        return []
    return [Meeting(tuple(participants), place, None, evidence, "held")]


def _name_end(ent: Span) -> int:
    """Where a name that starts at ``ent`` ends: the capitalised words after it that are no meeting
    noun or title ("Johannes Hahn" in "Johannes Hahn visits Serbia")."""
    end = ent.end
    doc = ent.doc
    stops = _HEADLINE_NOUNS | TITLE_WORDS
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].lower_ not in stops:
        end += 1
    return end


def _runs_on_as_a_name(ent: Span) -> bool:
    """A place entity a capitalised word continues as one name, with no verb or preposition between:
    "Johannes Hahn visits …" ("Johannes" tagged a place). A state's own name ("South Korea", a
    country the list knows) is none."""
    return _name_end(ent) > ent.end and not is_country(ent.text.removeprefix("the "))


def _state_name(ent: Span) -> str:
    """ "the former Yugoslav Republic of Macedonia": a state's name runs past its head noun over an
    "of" and the capitalised words after it."""
    doc = ent.doc
    text = ent.text
    if ent[-1].lower_ in STATE_NAME_HEADS and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "of":
        end = ent.end + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        if end > ent.end + 1:
            text = doc[ent.start : end].text
    return text


def title_place(ctx: DocContext) -> str | None:
    """Where a transcript was spoken, from its title: "Secretary Cole at a Press Availability in Algiers"."""
    title = ctx.title_doc
    if title is None:
        return None
    return next(
        (
            e.text
            for e in title.ents
            if e.label_ in {"GPE", "LOC", "FAC"} and e.start > 0 and title[e.start - 1].lower_ in {"in", "at"}
        ),
        None,
    )


def _person(ent: Span, ctx: DocContext) -> PersonRef | None:
    words = []
    for tok in ent:
        if tok.tag_ == "POS" or tok.lower_ in MEETING_NOUNS:
            break
        words.append(tok.text)
    name = strip_possessive(" ".join(words))
    if not name or country_of_demonym(name) is not None:
        return None
    ref = ctx.people.resolve(name, 0)
    if ref is None or only_title_words(ref.name) or _common_words(ref.name, ctx):
        return None
    return ref


def _common_words(name: str, ctx: DocContext) -> bool:
    """Whether the body uses a word of ``name`` in lower case, as ordinary prose does."""
    lower = {t.text for t in ctx.doc if t.is_lower}
    return any(word.lower() in lower for word in name.split() if word.isalpha())


def _is_location(ent: Span) -> bool:
    """ "... Meeting in Geneva": the place of the meeting, not a party to it."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"in", "at"}


def _qualifies_person(ent: Span) -> bool:
    """ "President Herzog of Israel", "Kosovo President Vjosa Osmani": the place only qualifies a person."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].lower_ == "of":
        return True
    first = ent.root.head if ent.root.dep_ == "conj" and ent.root.head.ent_type_ == "GPE" else None
    if first is not None and first.left_edge.i > 0 and doc[first.left_edge.i - 1].lower_ == "of":
        return True  # "Prime Minister Johnson of the United Kingdom of Great Britain and Northern Ireland"
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if (
        nxt is not None
        and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN")
        and nxt.lower_ not in MEETING_NOUNS
    ):
        return any(t.ent_type_ == "PERSON" for t in doc[ent.end : ent.end + 5])
    return ent.root.dep_ in {"compound", "amod"} and ent.root.head.ent_type_ == "PERSON"


def _officials_of(ent: Span) -> PersonRef | None:
    """ "Florida Officials", "Massachusetts State Legislators": a place's people named as a body."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end < ent.end + 3 and doc[end].text[:1].isupper():
        if doc[end].lower_ in PEOPLE_BODIES | MORE_PEOPLE_WORDS:
            return PersonRef(doc[ent.start : end + 1].text, None, "group")
        end += 1
    return None
