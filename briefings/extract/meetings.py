"""Meetings: who met whom, where, when, and whether it happened.

Each sentence is searched for meeting triggers (:mod:`triggers`), and each
trigger is read into a mention (:mod:`meeting_mentions`): the parties are read
from the trigger's subject, its ``with``/``between`` objects and its direct
object (:mod:`participants`), the place from the attached location or
the visited city (:mod:`places`), the date from the clause's date expressions
resolved against the publication date (:mod:`dates`). A headline that names a
meeting ("Secretary Blinken's Meeting with ...") is read too, and in
transcripts "I"/"we" are the labelled speaker. One meeting mentioned twice is
reported once: mentions whose parties agree are merged.

Participants are ordered visitors first, hosts last, where the text gives a
direction (visit, host, receive, welcome).

>>> extract_meetings(ctx)  # doctest: +SKIP
[Meeting(participants=(PersonRef('Mullah Abdul Ghani Baradar', ...), ...), place='Tianjin', ...)]
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from briefings.extract.attendees import attendee_lists
from briefings.extract.clause_subjects import governing_subject, itinerary_owner
from briefings.extract.co_attendance import attended_together
from briefings.extract.context import DocContext
from briefings.extract.dates import MONTH_DAY, resolve_date
from briefings.extract.headline_groups import title_principal, titled_group_meeting
from briefings.extract.headlines import headline_meetings, title_place
from briefings.extract.lexicon import (
    COUNTED_MEETING_NOUNS,
    FIRST_PERSON_SINGULAR,
    HOLDING_VERBS,
    MANNER_PREPS,
    PRESUMED_CLAUSE_MARKS,
    SEPARATE_WORDS,
    SEQUENCE_WORDS,
    SERIES_NOUNS,
    TRIP_NOUNS,
)
from briefings.extract.meeting_mentions import met_across_a_manner, read_mention
from briefings.extract.merging import Mention, merge, restated, visits_told_by_meetings
from briefings.extract.participants import resolve_with_conjuncts
from briefings.extract.parties import dedupe, names_a_document, no_name, same_party, untitled
from briefings.extract.places import COUNTRIES, dateline
from briefings.extract.readout_principal import titled_label
from briefings.extract.remarks import author_turns, remarks_turns
from briefings.extract.rounds import one_by_one, with_each_apart
from briefings.extract.series import series_meetings, summarises
from briefings.extract.speakers import Speakers, principals, speakers_at
from briefings.extract.trigger_cues import including_with
from briefings.extract.triggers import (
    Trigger,
    find_triggers,
)
from briefings.extract.turn_speakers import addressee
from briefings.extract.turns import Turn, find_turns, turn_at
from briefings.model.facts import Meeting, PersonRef, Quote

log = logging.getLogger(__name__)

_THANK_VERBS = frozenset({"thank", "welcome", "congratulate"})


def extract_meetings(ctx: DocContext, quotes: Sequence[Quote] = ()) -> list[Meeting]:
    """Every meeting the document reports, merged within the document, in order of first mention.

    In prose, "I" (not "we") inside a key quote is its speaker ("“Chairman Zhao and I also had the
    opportunity to meet this morning,” Chris Hipkins said"), as in a transcript "I" is the turn's speaker.
    """
    body = ctx.text
    turns = find_turns(body)
    # a byline's first-person remarks, or a first-person release by its author: one long turn
    remarks = [] if turns else (remarks_turns(body) or author_turns(body, ctx.document.meta.get("author")))
    # the header (byline, dateline) ends at a transcript's first label, or where the remarks begin
    header_end = remarks[0].start if remarks else (turns[0].label_start if turns else 0)
    turns = turns or remarks
    header_place = (dateline(ctx.doc, header_end) or title_place(ctx)) if turns else None
    parties = principals(turns, ctx)
    found: list[Mention] = []
    thanked: list[PersonRef] = []  # whom the current turn's speaker has thanked or welcomed so far
    last_turn: Turn | None = None
    for sent in ctx.sentences:
        turn = turn_at(turns, sent.start_char) if turns else None
        if turn is not last_turn:
            thanked, last_turn = [], turn
        speakers = speakers_at(turn, ctx, parties)
        if speakers.speaker is not None:  # "THE PRESIDENT:" in "Remarks by President Biden"
            speakers = replace(
                speakers,
                speaker=titled_label(speakers.speaker, ctx),
                others=tuple(titled_label(o, ctx) for o in speakers.others),
            )
        if speakers.speaker is not None:
            thanked = dedupe(thanked + _thanked(sent, ctx, speakers))
            if not speakers.counterparts() and thanked:
                # "I want to thank President X for his hospitality. We just concluded a meeting."
                speakers = replace(speakers, others=tuple(thanked))
        found.extend(series_meetings(sent, ctx))
        found.extend(attendee_lists(sent, ctx, speakers))
        found.extend(attended_together(sent, ctx, speakers))
        for trigger in find_triggers(sent):
            asked = _asked_of(trigger, ctx, turns)
            if asked is None and turn is None:
                asked = _quoted_by(trigger, quotes, ctx)
            item = read_mention(
                trigger,
                ctx,
                asked or speakers,
                header_place if turn is not None else None,
                found[-1] if found else None,
            )
            if item is not None:
                found.extend(
                    m
                    for dated in one_per_date(item, trigger, ctx)
                    for sep in _separately(dated, trigger, ctx)
                    for m in one_visit_each(sep, trigger)
                )
    found.extend(
        Mention(list(h.participants), h.place, None, "held", h.evidence, 0) for h in headline_meetings(ctx)
    )
    # "Chairperson Faki", "Elect Gustavo Petro": a participant's name without the title run into it
    cleaned = [
        replace(
            m,
            participants=dedupe(
                [untitled(p) for p in m.participants if not no_name(p) and not names_a_document(p)]
            ),
        )
        for m in found
    ]  # a mention left with fewer than two parties by the cleaning names too few to be a meeting
    found = [
        c for c, m in zip(cleaned, found, strict=True) if len(c.participants) >= min(2, len(m.participants))
    ]
    merged = visits_told_by_meetings(merge(restated(found)), ctx.text)
    titled = None if merged else titled_group_meeting(ctx)  # "Readout of X's Meeting with Faith Leaders"
    if titled is not None:
        return [titled]
    host = title_principal(ctx) if any(m.closing for m in merged) else None
    if host is not None:  # a closing list of attendees that is the only account of the titled meeting
        merged = [
            replace(m, participants=dedupe([host, *m.participants])) if m.closing else m for m in merged
        ]
    log.debug("%d meeting mentions, %d meetings in %s", len(found), len(merged), ctx.document.id)
    return [m.meeting() for m in merged]


def _quoted_by(trigger: Trigger, quotes: Sequence[Quote], ctx: DocContext) -> Speakers | None:
    """Who "I" is at a meeting word inside a key quote in prose: the quote's speaker ("“Chairman Zhao
    and I also had the opportunity to meet this morning,” Chris Hipkins said"), when the quoted words
    of the sentence say "I", "me" or "my"; "we" stays unread (a spokesperson's "we" is their side)."""
    at = trigger.token.idx
    for quote in quotes:
        ev = quote.evidence
        if quote.speaker is None or ev.field != "body" or not ev.start <= at < ev.end:
            continue
        start = ctx.text.find(quote.text, ev.start, ev.end + 1)
        if start < 0 or not start <= at < start + len(quote.text):
            continue
        words = [t for t in trigger.token.sent if start <= t.idx < start + len(quote.text)]
        if any(t.lower_ in FIRST_PERSON_SINGULAR for t in words):
            return Speakers(quote.speaker, (), singular=True)
    return None


def _asked_of(trigger: Trigger, ctx: DocContext, turns: list[Turn]) -> Speakers | None:
    """ "When you meet with President Xi, will you tell him ...?": a reporter's question presumes the
    meeting of a "when" clause whose subject is "you", the one who answers the question (the next
    turn's speaker). A question that asks whether you met ("Did you speak with him?") states none."""
    verb = trigger.token
    turn = turn_at(turns, verb.idx) if turns else None  # a sentence may begin on the label ("Q When ...")
    if turn is None or not turn.is_reporter or trigger.noun is not None:
        return None
    presumed = verb.dep_ == "advcl" and any(
        c.dep_ == "advmod" and c.lower_ in PRESUMED_CLAUSE_MARKS for c in verb.children
    )
    if not presumed or not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return None
    answerer = addressee(ctx, turns, turn, verb.idx)
    return Speakers(None, (answerer,)) if answerer is not None else None


def _thanked(sent: Span, ctx: DocContext, speakers: Speakers) -> list[PersonRef]:
    """People a speaker thanks or welcomes by name: the hosts or guests of the meeting the turn is about."""
    out: list[PersonRef] = []
    for tok in sent:
        if tok.lemma_.lower() not in _THANK_VERBS or tok.pos_ != "VERB":
            continue
        for obj in tok.children:
            if obj.dep_ == "dobj":
                out += [
                    r
                    for r in resolve_with_conjuncts(obj, ctx.people, speakers)
                    if r.kind == "person" and not same_party(r, speakers.speaker or r)
                ]
    return out


# "on July 8, 2022 at the White House; on July 14, 2022 in Orlando, Florida": one dated stop of a
# run of meetings, with the place the stop names (up to the next stop or the end of the sentence)
_STOP_DATE = re.compile(rf"\bon\s+({MONTH_DAY})", re.IGNORECASE)
_STOP_PLACE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?([A-Z][^;]*?)\s*(?=,?\s+on\s+[A-Z]|[.;]?\s*$)")
# the stops of a run: parts split at a semicolon, or at ", and on" / "and in" before the next stop
_STOP_BREAK = re.compile(r";\s*(?:and\s+)?|,?\s+and\s+(?=(?:on|in|at)\s)")


def one_per_date(item: Mention, trigger: Trigger, ctx: DocContext) -> list[Mention]:
    """ "The Vice President convened state legislators on July 8, 2022 at the White House; on July 14,
    2022 in Orlando, Florida; and on July 18, 2022 in Atlantic City": one verb told of several
    dated stops is one meeting per stop, each with its date and place. The stops follow the verb,
    two or more, each opening with "on" and a month's day."""
    sentence = ctx.sentence_of(trigger.token)
    tail = ctx.text[trigger.token.idx : sentence.end_char].rstrip(" .")
    parts = [p for p in _STOP_BREAK.split(tail) if p]
    dated = [(p, _STOP_DATE.search(p)) for p in parts]
    if sum(1 for _, d in dated if d is not None) < 2 or any(d is None for _, d in dated[1:]):
        return [item]  # a run is two or more stops, every one after the first dated
    later = tail.find(parts[1]) + trigger.token.idx
    if any(t.pos_ in {"VERB", "AUX"} and t.idx >= later for t in sentence):
        return [item]  # "..., and on July 14, she convened Florida legislators": a clause of its own
    out = []
    for part, day in dated:
        if day is None:
            continue
        where = _STOP_PLACE.search(part[: day.start()] + " " + part[day.end() :])
        out.append(
            replace(
                item,
                date=resolve_date(day.group(1), ctx.published) or item.date,
                place=where.group(1).strip(" ,") if where else item.place,
                separate=True,
            )
        )
    return out


def one_visit_each(item: Mention, trigger: Trigger) -> list[Mention]:
    """ "will visit Rwanda, Ghana, and Liberia", "continue his trip in Rwanda and Ghana", "for official
    visits to Thailand and Japan": a tour is one visit to each country, in it."""
    countries = [p for p in item.participants if p.kind == "place" and p.name in COUNTRIES]
    visitors = [p for p in item.participants if p not in countries]
    toured = trigger.direction == "visit" or (trigger.noun is not None and trigger.noun.lower_ in TRIP_NOUNS)
    if not toured or len(countries) < 2 or not visitors:
        return [item]
    return [replace(item, participants=[*visitors, c], place=c.name) for c in countries]


def _counted(trigger: Trigger) -> bool:
    """ "his meetings with A, B and C", "whose trip includes meetings with A, B and C": a plural
    meeting noun of a count sense, owned by one party, is one meeting with each of the others; so is
    one a subject held or had with several ("Mr Peters held meetings with A, B and C")."""
    noun = trigger.noun
    if noun is None or noun.lower_ not in COUNTED_MEETING_NOUNS:
        return False
    if noun.i != trigger.token.i:
        held = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in SERIES_NOUNS:
            held = noun.head.head  # "held a number of meetings with A, B and C"
        return (
            held.head.i == trigger.token.i
            and held.dep_ == "dobj"
            and trigger.token.lemma_.lower() in HOLDING_VERBS
            and any(
                any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children) or including_with(t)
                for t in [noun, held, trigger.token]
            )
        )  # "We are having weekly governors' calls": no one held them with several
    return (
        any(c.dep_ == "poss" for c in noun.children)
        or itinerary_owner(noun) is not None
        or bool(governing_subject(noun))  # "In meetings with A and B, Clinton discussed ..."
    )


def _held_with_a_group(item: Mention, trigger: Trigger) -> bool:
    """ "held consultative meetings with the three principals - Mugabe, Tsvangirai and Mutambara": meetings
    held with a group, its members listed, were met as that group (gold keeps one meeting)."""
    noun = trigger.noun
    return (
        noun is not None and noun.i != trigger.token.i and any(p.kind == "group" for p in item.participants)
    )


def _one_after_another(verb: Token) -> bool:
    """ "Mitsotakis met with the IMF, then with President Trump": two "with" parties of one verb, the
    second set after the first by an adverb of sequence, are two meetings; so are two "with" parties
    each with a time of its own ("met on Thursday with Minister Sutton and today with Minister Vaile",
    "was meeting with Ukrainian officials a couple of days ago, with European leaders earlier today").
    One time for both ("the G7 meeting with President Zelenskyy last week as well with our partners")
    is one occasion."""
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    if len(withs) < 2:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in SEQUENCE_WORDS for c in verb.children):
        return True
    times = [
        c
        for c in verb.children
        if (c.dep_ in {"npadvmod", "advmod"} and c.ent_type_ in {"DATE", "TIME"})
        or (c.dep_ == "prep" and any(o.ent_type_ in {"DATE", "TIME"} for o in c.children))
    ]
    return len(times) >= 2 and any(withs[0].i < t.i < withs[1].i for t in times)


def _in_another_manner(item: Mention, trigger: Trigger) -> list[PersonRef]:
    """The parties met in a manner of their own after the "with" party ("spoke with A by phone and B
    in person": B), when someone else is left for the "with" party's occasion."""
    if len(item.participants) < 3:
        return []
    verb = trigger.token
    across = [
        t
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in MANNER_PREPS
        for t in met_across_a_manner(verb, c)
    ]
    others = item.participants[1:]
    apart = [p for p in others if any(t.text in p.name.split() for t in across)]
    return apart if len(apart) < len(others) else []


def _separately(item: Mention, trigger: Trigger, ctx: DocContext) -> list[Mention]:
    """ "I met General Hassan and General Idris separately", "held separate calls with A, B and C",
    "spoke individually with A and B": one meeting with each of them; so is a visitor's round of
    calls on a trip (:mod:`rounds`). A clause that sums up the
    meetings of a past span ("has convened A, B and C over the last three months") is one meeting
    with each too, none of them the meeting the document reports."""
    if len(item.participants) >= 2 and summarises(trigger.token, trigger.noun):
        hosting = trigger.direction == "host"  # a host's guests come first, the host last
        lead = item.participants[-1] if hosting else item.participants[0]
        others = item.participants[:-1] if hosting else item.participants[1:]
        return [
            replace(
                item,
                participants=[other, lead] if hosting else [lead, other],
                place=None,
                date=None,
                separate=True,
            )
            for other in others
        ]
    apart = _in_another_manner(item, trigger)
    if apart:
        # "spoke with Trump by phone and Pence in person": two occasions, one in each manner
        lead, *others = item.participants
        rest = [p for p in others if p not in apart]
        return [
            replace(item, participants=[lead, *rest]),
            *(replace(item, participants=[lead, p]) for p in apart),
        ]
    rounds = one_by_one(item, trigger, ctx) or with_each_apart(item, trigger, ctx)
    if rounds:
        return rounds
    marks = [*trigger.token.children, *(trigger.noun.children if trigger.noun is not None else [])]
    if len(item.participants) < 3 or not (
        any(
            c.lower_ in {"separately", "individually"} or (c.dep_ == "amod" and c.lower_ in SEPARATE_WORDS)
            for c in marks
        )
        or (_counted(trigger) and not _held_with_a_group(item, trigger))
        or _one_after_another(trigger.token)
    ):
        return [item]
    lead, *others = item.participants
    # "for official visits to Thailand and Japan": a visit to a country is in that country
    return [
        replace(item, participants=[lead, other], place=other.name if _a_country(other) else item.place)
        for other in others
    ]


def _a_country(ref: PersonRef) -> bool:
    return ref.kind == "place" and ref.name in COUNTRIES
