"""Meeting triggers and their status: which words say two parties met, and whether they did.

A trigger is a verb (meet, visit, host, receive, welcome, call, spoke by phone)
or a noun (meeting, talks, discussions, summit, conference, call, visit), the
latter counting once it carries its parties ("talks between X and Y",
"Baradar's meeting with Wang") or is held by a subject ("X and Y held a
meeting"). Status is read from the same parse: "will meet" and "plans to
visit" are planned, "declined to meet" and "the talks were cancelled" are
cancelled, and hypotheticals ("would meet", "if they meet") are no fact at all.

This module is the pass over a sentence; why one word counts is in
:mod:`briefings.extract.trigger_cues`, and status in :mod:`briefings.extract.meeting_status`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefings.extract.courtesies import (
    courtesy_held,
    dines_with_someone,
    greets_someone,
    handshake_between,
    meal_given,
    shared_meal,
    summons_an_envoy,
)
from briefings.extract.groups import people_noun
from briefings.extract.lexicon import (
    ARRIVAL_NOUNS,
    ARRIVAL_VERBS,
    BRIEFING_VERBS,
    CALLING_IN_VERBS,
    COMMENT_VERBS,
    CONVERSATION_NOUNS,
    GATHERING_VERBS,
    GENERIC_DETERMINERS,
    GREETING_GUEST_VERBS,
    HABIT_ADVERBS,
    HABIT_MODIFIERS,
    HOLDING_VERBS,
    HOSTING_HOLDERS,
    MEETING_VERBS,
    PERSON_NOUNS,
    PHONE_WORDS,
    RECEIVED_THINGS,
    SIT_DOWN,
    SUMMONING_VERBS,
    TALK_VERBS,
    TITLE_WORDS,
    TOPIC_VERBS,
    TRIP_NOUNS,
    WITH_MEETING_NOUNS,
    WITHIN_PREPS,
    Direction,
)
from briefings.extract.lexicon import MEETING_NOUNS as MEETING_NOUNS  # re-exported: headlines, selection
from briefings.extract.trigger_cues import (
    absent_from,
    arrival_in_a_country,
    arrived_in,
    briefs_someone,
    brings_together,
    calls_in_someone,
    calls_on_someone,
    contacts_someone,
    direction_of,
    gathering_of,
    gathers_named_parties,
    has_phone,
    held_noun,
    in_town_for,
    invited_to_a_meeting,
    is_phone_call,
    joins_people,
    journey_visits,
    meets_the_press,
    named_pair,
    on_a_regular_basis,
    phone_with,
    phrasal,
    present_at,
    put_through_to,
    sees_someone,
    several_parties,
    signs_together,
    speaks_to_a_body,
    takes_part,
    with_person,
)

_PHONE_WORDS = PHONE_WORDS  # read by the selective parse (selection.py) under this name


@dataclass(frozen=True)
class Trigger:
    """A word that says a meeting happened (or will): ``token`` is the verb that carries the parties."""

    token: Token
    noun: Token | None  # the meeting noun ("talks"), when there is one
    direction: Direction
    sentence: Span | None = None  # the sentence searched (``token.sent`` re-checks the whole doc per call)


def find_triggers(sent: Span) -> list[Trigger]:
    """The meeting triggers of one sentence, verbs first, nouns held by a verb folded into it."""
    found: list[Trigger] = []
    taken: set[int] = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        noun = None
        if tok.pos_ in {"VERB", "AUX"} and (lemma in HOLDING_VERBS or takes_part(tok)):
            noun = held_noun(tok) or meal_given(tok)  # "hosted a dinner for Chancellor Hahn"
            if noun is not None and _habitual(noun):
                continue  # "Governor Ames is having weekly calls with Mayor Kerr": a habit
            if noun is not None:
                # "will lead the delegation to the talks": who leads envoys to a meeting hosts none of it
                hosts = lemma in HOSTING_HOLDERS and noun.head.i == tok.i
                direction: Direction = "host" if hosts else "mutual"
                found.append(Trigger(tok, noun, "visit" if noun.lower_ in TRIP_NOUNS else direction, sent))
                taken.add(noun.i)
        if (
            noun is None
            and tok.pos_ == "VERB"
            and (
                phrasal(tok, SIT_DOWN)
                or brings_together(tok)
                or signs_together(tok)
                or (lemma == "see" and sees_someone(tok))
                or joins_people(tok)
                or put_through_to(tok) is not None  # "was put through to the attorney"
            )
        ):
            # "sat down with Okafor", "is due to see envoys", "the summit brought together Putin and Bush"
            found.append(Trigger(tok, None, "mutual", sent))
            continue
        if (
            noun is None
            and tok.pos_ == "VERB"
            and ((lemma in ARRIVAL_VERBS and arrived_in(tok)) or journey_visits(tok))
        ) or (noun is None and tok.pos_ in {"VERB", "AUX"} and in_town_for(tok)):
            # "has arrived in Israel", "flew to Tanzania", "is in Lima for talks on trade"
            found.append(Trigger(tok, None, "visit", sent))
            continue
        invited_to = invited_to_a_meeting(tok) if noun is None and tok.pos_ == "VERB" else None
        if invited_to is not None:
            # "von der Leyen invited Sassoli, Merkel and Michel to a meeting on 8 July": who invites
            # hosts the guests at it
            found.append(Trigger(tok, invited_to, "host", sent))
            taken.add(invited_to.i)
            continue
        away = absent_from(tok) if noun is None and tok.pos_ == "VERB" else None
        if away is not None:
            found.append(Trigger(tok, away, "mutual", sent))  # "pulled out of the summit in Lima"
            taken.add(away.i)
            continue
        if noun is None and dines_with_someone(tok):
            found.append(Trigger(tok, None, "mutual", sent))  # "dined with Chancellor Hahn"
            continue
        courtesy = courtesy_held(tok) if noun is None else None
        if courtesy is not None:  # "shook hands with Chancellor Hahn", "A and B exchanged views"
            found.append(Trigger(tok, courtesy, "mutual", sent))
            taken.add(courtesy.i)
            continue
        verb = present_at(tok) if noun is None and tok.pos_ in {"NOUN", "PROPN"} else None
        # "spoke at the World Food Summit": talking at a gathering is being there
        if verb is not None and verb.lemma_.lower() not in {*MEETING_VERBS, *HOLDING_VERBS} - TALK_VERBS:
            found.append(Trigger(verb, tok, "mutual", sent))
            taken.add(tok.i)
            continue
        if noun is None and tok.pos_ == "VERB" and lemma not in MEETING_VERBS and phone_with(tok):
            found.append(Trigger(tok, None, "mutual", sent))  # "spent an hour on the phone with ..."
        elif noun is None and tok.pos_ == "VERB" and lemma in MEETING_VERBS:
            if lemma in {"receive", "welcome"} and _receives_a_thing(tok):
                continue
            if lemma in TALK_VERBS and not (
                has_phone(tok) or with_person(tok) or named_pair(tok) or speaks_to_a_body(tok)
            ):
                continue
            if lemma in TOPIC_VERBS and not several_parties(tok):
                continue
            if lemma in {"call", "ring"} and not is_phone_call(tok):
                if calls_on_someone(tok):  # "called on Prime Minister Hun Sen at his residence"
                    found.append(Trigger(tok, None, "visit", sent))
                continue
            if lemma == "contact" and not contacts_someone(tok):
                continue
            if lemma in CALLING_IN_VERBS and not calls_in_someone(tok):
                continue
            if lemma in BRIEFING_VERBS and not briefs_someone(tok):
                continue
            if lemma in SUMMONING_VERBS and not summons_an_envoy(tok):
                continue
            if lemma in GREETING_GUEST_VERBS and not greets_someone(tok):
                continue
            if lemma in GATHERING_VERBS and not gathers_named_parties(tok):
                continue
            if tok.tag_ in {"VBP", "VBZ"} and (
                any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in HABIT_ADVERBS for c in tok.children)
                or on_a_regular_basis(tok)
            ):
                # "150,000 Chinese visit the UK yearly": a habit, no one meeting ("I've regularly met
                # with my Saudi counterpart, including in Munich" tells of meetings held)
                continue
            if meets_the_press(tok):
                continue
            if tok.tag_ == "VBG" and any(c.dep_ in {"det", "poss"} for c in tok.children):
                found.append(
                    Trigger(tok, tok, MEETING_VERBS[lemma], sent)
                )  # "the President's meeting": a noun
                continue
            at = gathering_of(tok)  # "spoke with the Allies in a virtual summit hosted by X and Y"
            if at is not None:
                taken.add(at.i)
            found.append(Trigger(tok, at, direction_of(tok), sent))
    for tok in sent:
        if tok.i in taken or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if (
            tok.lower_ not in MEETING_NOUNS
            and not (tok.lower_ in WITH_MEETING_NOUNS and _with_someone(tok))
            and not _one_conversation(tok)
            and not shared_meal(tok)  # "over dinner with Chancellor Hahn"
            and not handshake_between(tok)  # "an exchange of handshakes between A and B"
        ):
            continue
        if tok.pos_ == "PROPN" and tok.dep_ == "compound":
            continue  # "U.S.-ASEAN Ministerial Meeting" names an event, handled as its own noun
        if _commented_on(tok) or _habitual(tok) or _any_such(tok):
            continue
        if tok.lower_ in ARRIVAL_NOUNS and not arrival_in_a_country(tok):
            continue  # "upon arrival at the airport": where someone is, no one visited
        found.append(Trigger(tok, tok, "visit" if tok.lower_ in TRIP_NOUNS else "mutual", sent))
    return found


def _receives_a_thing(verb: Token) -> bool:
    """ "he received the nickname “Chemical Ali”", "welcomed the invitation", "welcomed the news",
    "are expected to receive waves": a thing received is no guest received (a common noun for no
    people and with no one named in it)."""
    return any(
        c.dep_ == "dobj"
        and (
            c.lemma_.lower() in RECEIVED_THINGS
            or (
                c.pos_ == "NOUN"
                and not people_noun(c)
                and c.lemma_.lower() not in PERSON_NOUNS
                and not any(
                    t.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or t.lower_ in TITLE_WORDS
                    for t in c.subtree
                )  # "will welcome Prime Min- — the Prime Minister of Iraq": a title stammered is someone
            )
        )
        for c in verb.children
    )


def _habitual(noun: Token) -> bool:
    """ "We are having weekly governors' calls": a plural meeting noun a frequency modifies is a
    habit ("we've just completed our weekly call with governors" is one of them, held)."""
    plural = noun.tag_ in {"NNS", "NNPS"}
    return plural and any(c.dep_ == "amod" and c.lower_ in HABIT_MODIFIERS for c in noun.children)


def _one_conversation(noun: Token) -> bool:
    """ "In a telephone conversation with Sarkozy, Medvedev declared", "during his conversation with
    President Xi": a conversation with someone, phoned or owned, is one occasion of talks; so is a
    phoned one a clause is set in ("During the telephone conversation, Putin conveyed …"), whose
    parties the clause's teller and told are."""
    if noun.lower_ not in CONVERSATION_NOUNS:
        return False
    phoned = any(c.dep_ == "compound" and c.lower_ in PHONE_WORDS for c in noun.children)
    if phoned and noun.dep_ == "pobj" and noun.head.lower_ in WITHIN_PREPS:
        return True  # "During the telephone conversation, Putin conveyed his greetings to Merkel": a call
    owned = any(c.dep_ == "poss" and c.lower_ not in {"our", "my"} for c in noun.children)
    return _with_someone(noun) and (phoned or owned)


def _any_such(noun: Token) -> bool:
    """ "any conversations he has with Senator Manchin", "no meeting with Putin": a meeting noun
    under a determiner of any or none names no meeting held."""
    return any(c.dep_ == "det" and c.lower_ in GENERIC_DETERMINERS for c in noun.children)


def _commented_on(noun: Token) -> bool:
    """ "I'm not going to comment on any potential negotiations with Congress", "get into the talks
    with Iran": a meeting noun a verb of commenting takes as its topic is talked about, not held."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in {"on", "about", "into"}
        and prep.head.lemma_.lower() in COMMENT_VERBS
    )


def _with_someone(noun: Token) -> bool:
    """ "his audience with Pope Francis": the noun is a meeting once it has a "with" party."""
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children)
