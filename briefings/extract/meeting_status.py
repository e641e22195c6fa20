"""Whether a meeting a trigger reports was held, is planned, was postponed or cancelled.

Kept apart from :mod:`briefings.extract.triggers` (which finds the triggers) because
status is read up the trigger's clause chain, not from the trigger word: "will meet",
"plans to visit" and "looks forward to welcoming" are planned; "declined to meet" and
"the talks were cancelled" are cancelled; "put off her visit" is postponed; and
hypotheticals, conditionals, questions and appeals ("would meet", "if they meet",
"called for talks") are no fact at all.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from briefings.extract.lexicon import (
    AHEAD_WORDS,
    APPEAL_VERBS,
    ARRANGED_PARTICIPLES,
    BE_FORMS,
    CANCEL_VERBS,
    DECIDING_VERBS,
    DECLINING_VERBS,
    DUE_WORDS,
    EVE_WORDS,
    FUTURE_AUX,
    FUTURE_WORDS,
    HABIT_VERBS,
    HYPOTHETICAL_AUX,
    INTENT_NOUNS,
    INVITATION_NOUNS,
    INVITING_VERBS,
    MODAL_AUX,
    OFFERING_VERBS,
    ORDERING_VERBS,
    PAST_WORDS,
    PHRASAL_POSTPONE,
    PLAN_VERBS,
    POSTPONE_VERBS,
    PRESUMED_CLAUSE_MARKS,
    PROPOSING_VERBS,
    READINESS_WORDS,
    REFUSE_VERBS,
    REQUEST_VERBS,
    RESTARTING_VERBS,
    SITTING_VERBS,
    SOON_WORDS,
    TALK_VERBS,
    TOPIC_VERBS,
    UNABLE_WORDS,
    UNDER_WAY_WORDS,
    UNSURE_MARKS,
    WITHIN_PREPS,
)
from briefings.extract.trigger_cues import absent_from, cancels, phrasal
from briefings.extract.triggers import Trigger
from briefings.model.facts import MeetingStatus


def _chain(token: Token) -> list[Token]:
    """The token and the heads above it, up to the root of its clause chain (or up to a tensed relative
    clause, which states its own time and mood whatever governs its antecedent). A finite verb the
    parser coordinated with an infinitive ("Raab urged the embassy to reconsider and spoke with
    Pompeo": "spoke" is no second thing urged) is a conjunct of the verb the infinitive completes."""
    out = [token]
    while out[-1].head.i != out[-1].i and len(out) < 8:
        tok, head = out[-1], out[-1].head
        if tok.dep_ == "relcl" and tok.tag_ in {"VBD", "VBZ", "VBP"}:
            break  # "to greet Samak, who met with King Sihamoni": a tensed relative clause says its own
        if tok.dep_ == "conj" and tok.tag_ in {"VBD", "VBZ"} and head.tag_ == "VB" and head.dep_ == "xcomp":
            head = head.head
        out.append(head)
    return out


def _wished_for(chain: list[Token]) -> bool:
    """Talks that are doubted, owed or asked for, not held.

    "It is unclear whether X plans to meet Y" (a ``whether`` anywhere up the
    clause chain), "must be resolved through negotiations" (a modal on the
    verb the meeting noun hangs from), "urged both sides to negotiate",
    "called for talks" (an appeal governing the meeting).
    """
    for depth, tok in enumerate(chain[:5]):
        for child in tok.children:
            if child.dep_ == "mark" and child.lower_ in UNSURE_MARKS:
                return True
            if child.dep_ in {"aux", "auxpass"} and child.lower_ in MODAL_AUX and tok.pos_ in {"VERB", "AUX"}:
                return True
        if depth > 0 and tok.lemma_.lower() in APPEAL_VERBS - INVITING_VERBS and tok.pos_ == "VERB":
            below = chain[depth - 1]
            if below.dep_ == "prep" and below.lower_ in WITHIN_PREPS and chain[0].tag_ == "NN":
                # "In a phone call, Trump urged Zelensky to …": urged during a call held ("asking
                # questions in a range of meetings with officials" tells of no one meeting)
                continue
            if below.dep_ in {"xcomp", "ccomp", "pobj", "prep", "dobj", "advcl"}:
                return tok.lemma_.lower() != "call" or any(
                    c.dep_ == "prep" and c.lower_ in {"for", "on", "upon"} for c in tok.children
                )
    return False


def _asks_for_itself(verb: Token) -> bool:
    """ "Maliki asked to meet Sadr officials in Basra": a subject asking to meet, with no one asked
    to, seeks a meeting of its own, one to come ("urged both sides to negotiate" is an appeal)."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in REQUEST_VERBS
        and not any(c.dep_ in {"dobj", "neg"} for c in head.children)
    )


def asked_of(noun: Token) -> list[Token]:
    """ "The flight attendants have asked senior management for an emergency meeting": whom a
    meeting is asked of ("asked senior management for"), the side the askers would meet; "called for
    talks" and "asked for a meeting" ask no one in particular."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lemma_.lower() not in REQUEST_VERBS:
        return []
    # "the President asked him for a meeting": a pronoun asked is someone the sentence does not name
    return [c for c in prep.head.children if c.dep_ in {"dobj", "dative"} and c.pos_ != "PRON"]


def _to_be_done(link: Token, head: Token) -> bool:
    """ "The union is to meet management tomorrow", "was meant to discuss the bailouts at a meeting
    in Brussels": a "be to" infinitive, or one a passive "meant"/"supposed" governs, is arranged,
    still to come when told."""
    if link.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in link.children):
        return False
    if head.lemma_.lower() == "be" and head.pos_ == "AUX":
        return True
    return head.lemma_.lower() in ARRANGED_PARTICIPLES and any(c.dep_ == "auxpass" for c in head.children)


def _neither_side(verb: Token) -> bool:
    """ "Neither the President nor Jake Sullivan met with her": subjects a "neither" opens met no one."""
    return any(
        c.dep_ == "preconj" and c.lower_ == "neither"
        for s in verb.children
        if s.dep_ in {"nsubj", "nsubjpass"}
        for c in s.children
    )


def _a_topic_told(verb: Token) -> bool:
    """ "the variants that we have been discussing over the last weeks": a relative clause of
    discussing, with no one discussed with, describes a topic, not a meeting ("the issues we
    discussed with Mexico" names its other side)."""
    return (
        verb.dep_ == "relcl"
        and verb.lemma_.lower() in TOPIC_VERBS
        and verb.head.ent_type_ != "PERSON"
        and not _with_a_side(verb)
    )


def _a_body_not_sitting(verb: Token) -> bool:
    """ "The Security Council had not met to approve the use of force": a meeting verb negated in the
    past, with no one to meet, says a body did not sit, not that a meeting was called off ("will not
    meet", "did not meet with Kim" are)."""
    return (
        verb.lemma_.lower() in SITTING_VERBS
        and not _future(verb)
        and not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
        and not _with_a_side(verb)
    )


def _with_a_side(verb: Token) -> bool:
    """Whether the verb names whom it was done with ("with Kim", "between the two", "among them")."""
    return any(c.dep_ == "prep" and c.lower_ in {"with", "between", "among"} for c in verb.children)


def _purpose(clause: Token) -> bool:
    """ "travel to Lisbon to meet Ruiz": an infinitive of purpose shares its journey's status."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _ahead(chain: list[Token]) -> bool:
    """ "looks forward to welcoming X", "an invitation for X to meet with him soon", "arrived ahead of
    talks with X", "to prepare for the summit": a meeting to come."""
    for tok in chain[1:5]:
        if tok.lower_ in AHEAD_WORDS and tok.pos_ == "ADV" and chain[1].lower_ == "of":
            return True
        if tok.lower_ == "before" and tok is chain[1] and any(c.lower_ in EVE_WORDS for c in tok.children):
            return True  # "hours before a state visit to the Queen": the visit is still to come
        if tok.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in tok.children):
            return True
        if tok.lemma_.lower() == "prepare" and chain[1].lower_ == "for" and tok is chain[2]:
            return True  # "met to prepare for the NATO Summit in Madrid": the summit is to come
        if tok.lemma_.lower() in INVITATION_NOUNS and tok.pos_ == "NOUN":
            return True
    return False


def _turned_down(chain: list[Token]) -> bool:
    """ "declined an invitation to meet Kerr", "rejected an offer of talks": an invitation turned down
    calls its meeting off."""
    return any(
        link.dep_ == "dobj"
        and link.lemma_.lower() in INVITATION_NOUNS
        and head.lemma_.lower() in DECLINING_VERBS
        for link, head in itertools.pairwise(chain[1:5])
    )


def _after_a_past_one(trigger: Trigger) -> bool:
    """ "looked forward to follow-up talks after their meeting in Washington last Tuesday": a meeting
    something comes after, dated in the past, was held, whatever plans the clause around it tells."""
    noun = trigger.noun
    if noun is None or noun.i != trigger.token.i or noun.head.lower_ not in {"after", "since", "following"}:
        return False
    return any(t.lower_ in PAST_WORDS for t in noun.subtree if t.i > noun.i)


def _dated(verb: Token, ahead: bool = False) -> bool:
    """A date or time said of the verb itself: "on Saturday", "Monday", "at noon"; with ``ahead``,
    not one that may be under way ("today", "this week")."""
    dates = [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ in {"DATE", "TIME"}]
    dates += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"on", "in", "at", "next", "this"}
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"}
    ]
    if ahead:
        dates = [d for d in dates if not (d.lower_ in UNDER_WAY_WORDS or d.head.lower_ in {"this"})]
        dates = [d for d in dates if not any(c.lower_ == "this" for c in d.children)]
    return bool(dates)


def _present_in_a_clause_of_time(verb: Token) -> bool:
    """ "was expected to raise the issue when he meets Chancellor Hahn on Friday", "after she visits
    Lima next week": English tells a future event in a clause of time in the present tense
    ("whenever he meets" is a habit, and its mark is not one of these)."""
    # only a dated one: "when we have those discussions", "when he sits down with Walsh" tell a habit
    return (
        verb.tag_ in {"VBZ", "VBP"}
        and verb.dep_ == "advcl"
        and _dated(verb)
        and any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "after", "before", "once", "until"}
            for c in verb.children
        )
    )


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def _past_of_its_own(verb: Token) -> bool:
    """A clause with its own subject told in the past or the perfect ("I will tell you, over the past
    couple of weeks, I have spoken to the CEOs"): what it tells is done, whatever the clause above
    it says of the telling."""
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBD", "VBP", "VBZ"}
        for c in verb.children
    )
    return (verb.tag_ == "VBD" or perfect) and any(c.dep_ == "nsubj" for c in verb.children)


def _postpones(verb: Token) -> bool:
    """ "postponed", "delayed", "put off", "pushed back": the meeting moves to a later day."""
    return verb.lemma_.lower() in POSTPONE_VERBS or phrasal(verb, PHRASAL_POSTPONE)


def _presumed(verb: Token) -> MeetingStatus | None:
    """ "When you meet with President Xi, will you tell him ...?": a question takes the meeting of
    its "when" clause as given, ahead unless told in the past ("When you met him, did he ...?"),
    where the clause's subject is the one asked; the question itself states no meeting."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in PRESUMED_CLAUSE_MARKS for c in verb.children):
        return None
    return "held" if verb.tag_ == "VBD" else "planned"


def _none_had(verb: Token, noun: Token | None) -> bool:
    """A negated "have" of a meeting noun, or "any"/"no" meeting: nothing was held or called off
    ("He has not had another conversation with her since", "I don't have any calls to preview")."""
    if noun is None or noun.i == verb.i:
        return False
    return verb.lemma_.lower() == "have" or any(c.lower_ in {"any", "no"} for c in noun.children)


def _stayed_away(verb: Token) -> MeetingStatus | None:
    """ "pulled out of the summit", "will skip the G20 summit", "decided to boycott the talks": the
    subject's part in the gathering is called off. Not skipping it ("did not skip the summit"), a
    hypothetical, or a threat ("threatened to pull out of the talks") calls nothing off."""
    if any(
        (c.dep_ == "neg")
        or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX)
        or (c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"})
        for c in verb.children
    ):
        return None
    if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() not in DECIDING_VERBS:
        return None
    return "cancelled"


def status_of(trigger: Trigger) -> MeetingStatus | None:
    """held, planned, postponed or cancelled; ``None`` for hypotheticals, questions and conditionals."""
    verb = trigger.token
    sent = trigger.sentence if trigger.sentence is not None else verb.sent
    if sent.text.rstrip().endswith("?"):
        return _presumed(verb)
    away = absent_from(verb)
    if trigger.noun is not None and away is not None and away.i == trigger.noun.i:
        return _stayed_away(verb)
    words = {t.lower_ for t in sent}
    tokens = [verb] + ([trigger.noun] if trigger.noun is not None and trigger.noun.i != verb.i else [])
    for tok in tokens:
        for child in tok.children:
            if child.dep_ == "neg" and child.lower_ == "never":
                return None  # "I never met him": no meeting at all, not one called off
            if child.dep_ == "neg" and _none_had(verb, trigger.noun):
                return None  # "I don't have any calls with him to predict", "have not had a conversation"
            talk = tok is verb and verb.lemma_.lower() in TALK_VERBS and not _future(verb)
            if child.dep_ == "neg" and talk:
                return None  # "The President did not speak with Modi about this": no talk, none called off
            if child.dep_ == "neg" and tok is verb and _a_body_not_sitting(verb):
                return None  # "since the Security Council had not met to approve it": no sitting at all
            if child.dep_ == "neg":
                return "cancelled"
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                return None
            if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
                # reported future: "said the president would hold talks with X next week"
                return "planned" if child.lower_ in {"would", "'d", "’d"} and words & SOON_WORDS else None
    if _neither_side(verb) or _a_topic_told(verb):
        return None
    noun = trigger.noun
    if verb.lemma_.lower() in INVITING_VERBS and noun is not None and noun.head.head.i == verb.i:
        return "planned"  # "invited Merkel to a meeting on 8 July": the meeting is still to come
    if _after_a_past_one(trigger):
        return "held"
    chain = _chain(verb)
    if _asks_for_itself(verb) or (trigger.noun is not None and asked_of(trigger.noun)):
        return "planned"
    if _wished_for(chain):
        return None
    if _turned_down(chain):
        return "cancelled"
    if _ahead(chain):
        return "planned"
    for link, head in itertools.pairwise(chain):
        lemma = head.lemma_.lower()
        if lemma in INTENT_NOUNS and head.pos_ == "NOUN" and any(c.lower_ == "no" for c in head.children):
            return "cancelled"  # "He has no intention of meeting with President Putin", "no plans to meet"
        if link.dep_ in {"xcomp", "ccomp", "dobj", "nsubjpass", "pobj", "prep", "advcl"} and _postpones(head):
            return "postponed"
        if link.dep_ in {"xcomp", "ccomp", "dobj", "nsubjpass", "pobj", "prep", "advcl"} and cancels(head):
            return "cancelled"  # "cancelled a meeting with X", "the talks were called off"
        if link.dep_ == "xcomp" and (lemma in REFUSE_VERBS - {"call"} or head.lower_ in UNABLE_WORDS):
            return "cancelled"  # "declined to meet", "will be unable to host the breakfast"
        if link.dep_ == "xcomp" and lemma in HABIT_VERBS and _future(head) and trigger.noun is None:
            return None  # "will continue to meet with experts and leaders": a habit, no one meeting
        if link.dep_ == "xcomp" and head.pos_ == "ADJ" and head.lower_ in READINESS_WORDS:
            return None  # "remains ready to meet with the DPRK", "is willing to meet Moon": an offer
        if link.dep_ == "xcomp" and head.pos_ == "VERB" and lemma in OFFERING_VERBS:
            return None  # "Canada has offered to host APEC in 2029": an offer, nothing settled
        if _to_be_done(link, head):
            return "planned"
        if link.dep_ == "xcomp" and lemma in PLAN_VERBS | INVITING_VERBS | ORDERING_VERBS:
            # "plans to visit", "has been invited to visit Canada", "ordered Amr to summon the ambassador"
            return "planned"
        if link.dep_ == "dobj" and lemma in PROPOSING_VERBS and head.pos_ == "VERB":
            # "proposed regular engagement, including a meeting between the President and ...": a
            # meeting proposed, offered or arranged is one to come ("proposed this call during his
            # meeting with X": the meeting the proposal was made in was held)
            return "planned"
        if link.dep_ in {"xcomp", "ccomp"} and any(c.dep_ == "neg" for c in head.children):
            return "cancelled" if lemma in {"want", "plan", "agree", "intend"} else "held"
        if link.dep_ not in {"xcomp", "conj", "prep", "pobj"} and not _purpose(link):
            break
    if trigger.noun is not None:
        head = trigger.noun.head
        if trigger.noun.dep_ in {"dobj", "nsubjpass"} and _postpones(head):
            return "postponed"  # "put off her visit", "the summit was pushed back"
        if trigger.noun.dep_ in {"dobj", "nsubjpass"} and cancels(head):
            return "cancelled"
        held_by = [trigger.noun, *(o for p in trigger.noun.children if p.dep_ == "prep" for o in p.children)]
        for clause in (c for t in held_by for c in t.children if c.dep_ == "relcl"):
            # "President Trump's planned trip to Warsaw, which was cancelled": the clause on the noun
            # (the parser may hang it on the place: a city is not cancelled) tells what became of it
            if any(c.dep_ == "nsubjpass" and c.lower_ in {"which", "that"} for c in clause.children):
                if _postpones(clause):
                    return "postponed"
                if clause.lemma_.lower() in CANCEL_VERBS:
                    return "cancelled"
        if any(c.lower_ in FUTURE_WORDS for c in trigger.noun.children):
            return "planned"
        if (
            trigger.noun.dep_ == "nsubjpass"
            and head.lower_ in DUE_WORDS | {"planned", "arranged"}
            and any(c.dep_ == "auxpass" and c.lower_ in {"is", "are", "'s", "’s"} for c in head.children)
        ):
            # "A meeting between A and B is scheduled for Monday", "A summit is planned for May"
            # ("was scheduled" is told as past)
            return "planned"
        if trigger.noun.dep_ == "nsubj" and any(
            c.dep_ in {"acomp", "attr"} and c.lower_ in DUE_WORDS for c in head.children
        ):
            return "planned"  # "A Turkish cabinet meeting is due today", "the summit is slated for May"
        if (
            trigger.noun.dep_ == "nsubj"
            and head.lemma_.lower() in RESTARTING_VERBS
            and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in head.children)
        ):
            return "planned"  # "The negotiations could restart as early as November": still to come
    if _present_in_a_clause_of_time(verb):
        return "planned"
    for tok in [*tokens, *([] if _past_of_its_own(verb) else _chain(verb)[1:3])]:
        aux = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
        if aux & FUTURE_AUX:
            return "planned"
        if tok.tag_ == "VBG" and aux & BE_FORMS and (tok.lower_ == "going" or words & SOON_WORDS):
            return "planned"  # "is going to meet", "she's coming in tomorrow to meet me"
        if tok.tag_ == "VBG" and aux & {"is", "are", "'s", "’s", "'re", "’re"} and _dated(tok, ahead=True):
            # "The inquiry is holding a conference on Saturday": arranged ahead ("is meeting with
            # business leaders today", "is visiting Idaho this week" may be under way: as before)
            return "planned"
    return "held"
