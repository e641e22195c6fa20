"""Meeting triggers and their status: which words say two parties met, and whether they did.

A trigger is a verb (meet, visit, host, receive, welcome, call, spoke by phone)
or a noun (meeting, talks, discussions, summit, conference, call, visit), the
latter counting once it carries its parties ("talks between X and Y",
"Baradar's meeting with Wang") or is held by a subject ("X and Y held a
meeting"). Status is read from the same parse: "will meet" and "plans to
visit" are planned, "declined to meet" and "the talks were cancelled" are
cancelled, and hypotheticals ("would meet", "if they meet") are no fact at all.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefings.extract.lexicon import (
    APPEAL_VERBS,
    ARRIVAL_VERBS,
    BE_FORMS,
    CANCEL_VERBS,
    FUTURE_AUX,
    FUTURE_WORDS,
    GATHERING_NOUNS,
    HABIT_VERBS,
    HOLDING_VERBS,
    HYPOTHETICAL_AUX,
    INVITATION_NOUNS,
    MEETING_VERBS,
    MODAL_AUX,
    PEOPLE_BODIES,
    PHONE_WORDS,
    PHRASAL_POSTPONE,
    PLAN_VERBS,
    POSTPONE_VERBS,
    PRESENCE_VERBS,
    PRESUMED_CLAUSE_MARKS,
    REFUSE_VERBS,
    SIT_DOWN,
    SOON_WORDS,
    TALK_VERBS,
    TITLE_WORDS,
    TOPIC_VERBS,
    TRIP_FOR_VERBS,
    TRIP_NOUNS,
    UNABLE_WORDS,
    UNSURE_MARKS,
    Direction,
)
from briefings.extract.lexicon import MEETING_NOUNS as MEETING_NOUNS  # re-exported: headlines, selection
from briefings.extract.places import COUNTRIES
from briefings.model.facts import MeetingStatus

_PHONE_WORDS = PHONE_WORDS  # read by the selective parse (selection.py) under this name


def _direction(verb: Token) -> Direction:
    """A verb's direction; "convene" hosts only when it has guests ("convened 30 legislators")."""
    if verb.lemma_.lower() == "convene" and not any(c.dep_ == "dobj" for c in verb.children):
        return "mutual"
    return MEETING_VERBS[verb.lemma_.lower()]


@dataclass(frozen=True)
class Trigger:
    """A word that says a meeting happened (or will): ``token`` is the verb that carries the parties."""

    token: Token
    noun: Token | None  # the meeting noun ("talks"), when there is one
    direction: Direction
    sentence: Span | None = None  # the sentence searched (``token.sent`` re-checks the whole doc per call)


def _has_phone(verb: Token) -> bool:
    return any(
        t.lower_ in PHONE_WORDS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"by", "on", "over", "via"}
        for t in c.subtree
    )


def _several_parties(verb: Token) -> bool:
    """ "X and Y discussed", "X discussed ... with Y", "we discussed": talk between parties."""
    if verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children):
        return False  # "Discussing his concern in a statement, ..."
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(
        s.lower_ in {"we", "they"} or any(c.dep_ == "conj" for c in s.children) for s in subjects
    ) or any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in verb.children)


def _phone_with(verb: Token) -> bool:
    return _has_phone(verb) and (
        any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or bool(marked_with(verb))
    )


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a party preposition; "met with Ruiz to discuss ...", where the parser made
    the name the subject of the purpose clause, gives that subject."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if objects:
        return objects
    nxt = prep.doc[prep.i + 1] if prep.i + 1 < len(prep.doc) else None
    if nxt is None:
        return []
    for tok in prep.doc[prep.i + 1 : min(prep.i + 12, len(prep.doc))]:
        if (
            tok.dep_ == "nsubj"
            and tok.left_edge.i == prep.i + 1
            and tok.head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.head.children)
        ):
            return [tok]
    return []


def marked_with(verb: Token) -> list[Token]:
    """ "spoke today with Crown Prince X to express ...", parsed as a clause "with X to express" under
    the verb: X is the verb's "with" object; so is X in "will engage by telephone with X", where the
    parser hangs "with X" on the phone word."""
    phoned = [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in {"by", "on", "over", "via"}
        for t in c.children
        if t.dep_ == "pobj" and t.lower_ in PHONE_WORDS
        for w in t.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for o in w.children
        if o.dep_ == "pobj"
    ]
    return phoned + [
        s
        for c in verb.children
        if c.dep_ == "advcl"
        for m in c.children
        if m.dep_ == "mark" and m.lower_ == "with"
        for s in c.children
        if s.dep_ == "nsubj" and s.left_edge.i == m.i + 1
    ]


def _named_people(obj: Token) -> bool:
    """ "NATO's eastern flank Allies", "leaders of the CARICOM states": a body of people whose name
    says whose; talking with it is a meeting ("spoke with reporters" is not)."""
    return (
        obj.tag_ in {"NNS", "NNPS"}
        and obj.lower_ in PEOPLE_BODIES
        and any(
            t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "NORP", "GPE"} for t in obj.subtree if t.i != obj.i
        )
    )


def arrived_in(verb: Token) -> list[Token]:
    """The country an arrival is in: "arrived in Israel" (a city or a building is no host country)."""
    return [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for o in c.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE" and o.text in COUNTRIES
    ]


def _titled(obj: Token) -> bool:
    """ "spoke with President of Finland Sauli Niinistö": an office in capitals names its holder,
    even when the tagger took the name for an organisation."""
    if obj.pos_ != "PROPN":
        return False
    if obj.lower_ in TITLE_WORDS and obj.text[:1].isupper():
        return True
    # "with President Alejandro Giammattei", the name untagged: a capitalised title opens it
    return any(
        t.dep_ == "compound" and t.lower_ in TITLE_WORDS and t.text[:1].isupper() and t.i < obj.i
        for t in obj.subtree
    )


def _with_person(verb: Token) -> bool:
    """ "spoke with King Salman": talking with a named person is a conversation; "with reporters" is not."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(
            o.ent_type_ == "PERSON"
            or any(t.ent_type_ == "PERSON" for t in o.subtree if t.i > c.i)
            or _named_people(o)
            or _titled(o)
            for o in prep_objects(c)
        )  # "spoke with Indonesian Minister for Foreign Affairs Dewi Sari": the name ends a long title
        for c in verb.children
    ) or any(o.ent_type_ == "PERSON" for o in marked_with(verb))


def _held_noun(verb: Token) -> Token | None:
    """The meeting a holding verb holds: "held talks", "joined the leaders' meeting",
    "participated in the call", "joined Ruiz for the annual summit"."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.lower_ in MEETING_NOUNS:
            return child
        if child.dep_ == "dobj" and child.text.endswith("-"):
            # "held a secure video conf- — conference": the word said again after a cut-off one
            # takes its place; the parser hangs it on the cut-off word as an apposition
            again = [c for c in child.children if c.dep_ == "appos" and c.lower_ in MEETING_NOUNS]
            if again:
                return again[0]
    if verb.lemma_.lower() in PRESENCE_VERBS:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "at", "for"}:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.lower_ in MEETING_NOUNS:
                        return obj
    return None


def _gathering_of(verb: Token) -> Token | None:
    """The gathering a meeting verb happens at or in: "spoke with the Allies in a virtual summit"."""
    # the parser may hang the place on the party: "with the Allies in a virtual summit"
    objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in prep_objects(c)]
    return next(
        (
            o
            for c in [*verb.children, *(p for obj in objects for p in obj.children)]
            if c.dep_ == "prep" and c.lower_ in {"at", "in"}
            for o in c.children
            if o.dep_ == "pobj" and o.lower_ in GATHERING_NOUNS and o.lower_ not in {"meeting", "meetings"}
        ),
        None,
    )


def _present_at(noun: Token) -> Token | None:
    """The verb of a clause set at a gathering: "At the climate summit, the Chancellor laid out ...";
    or of a trip made for a named one: "is going to Germany for the Munich Security Conference"."""
    prep = noun.head
    if (
        noun.dep_ == "pobj"
        and prep.lower_ == "for"
        and noun.lower_ in GATHERING_NOUNS
        and prep.head.pos_ == "VERB"
        and prep.head.lemma_.lower() in TRIP_FOR_VERBS
        and any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in noun.lefts)  # a named gathering
        and any(c.dep_ == "nsubj" for c in prep.head.children)
    ):
        return prep.head
    if noun.dep_ != "pobj" or prep.lower_ != "at" or noun.lower_ not in GATHERING_NOUNS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return verb


def _phrasal(verb: Token, pairs: frozenset[tuple[str, str]]) -> bool:
    """ "put off", "pushed back" (the parser gives the particle as ``prt`` or ``advmod``)."""
    return any((verb.lemma_.lower(), c.lower_) in pairs for c in verb.children if c.dep_ in {"prt", "advmod"})


def _joins_people(verb: Token) -> bool:
    """ "joined the other heads of government", "joined Ruiz at the table": joining people is meeting them."""
    return verb.lemma_.lower() == "join" and any(
        c.dep_ == "dobj"
        and (c.ent_type_ == "PERSON" or (c.tag_ == "NNS" and c.lower_ not in MEETING_NOUNS))
        and c.ent_type_ not in {"ORG", "GPE", "NORP"}
        for c in verb.children
    )


def _sees_someone(verb: Token) -> bool:
    """ "is due to see envoys", "will see the President": seeing people, ahead, is meeting them."""
    if verb.tag_ != "VB":
        return False  # "saw him on television" reports no meeting
    return any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "PERSON"
            or (c.tag_ == "NNS" and c.lower_ not in MEETING_NOUNS)
            or c.text[:1].isupper()
        )
        and c.ent_type_ not in {"DATE", "TIME", "CARDINAL", "WORK_OF_ART", "EVENT"}
        for c in verb.children
    )


def find_triggers(sent: Span) -> list[Trigger]:
    """The meeting triggers of one sentence, verbs first, nouns held by a verb folded into it."""
    found: list[Trigger] = []
    taken: set[int] = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        noun = None
        if tok.pos_ in {"VERB", "AUX"} and lemma in HOLDING_VERBS:
            noun = _held_noun(tok)
            if noun is not None:
                direction: Direction = "host" if lemma in {"host", "convene"} else "mutual"
                found.append(Trigger(tok, noun, "visit" if noun.lower_ in TRIP_NOUNS else direction, sent))
                taken.add(noun.i)
        if (
            noun is None
            and tok.pos_ == "VERB"
            and (_phrasal(tok, SIT_DOWN) or (lemma == "see" and _sees_someone(tok)) or _joins_people(tok))
        ):
            found.append(Trigger(tok, None, "mutual", sent))  # "sat down with Okafor", "is due to see envoys"
            continue
        if noun is None and tok.pos_ == "VERB" and lemma in ARRIVAL_VERBS and arrived_in(tok):
            found.append(Trigger(tok, None, "visit", sent))  # "has arrived in Israel": a visit
            continue
        verb = _present_at(tok) if noun is None and tok.pos_ in {"NOUN", "PROPN"} else None
        if verb is not None and verb.lemma_.lower() not in {*MEETING_VERBS, *HOLDING_VERBS}:
            found.append(Trigger(verb, tok, "mutual", sent))
            taken.add(tok.i)
            continue
        if noun is None and tok.pos_ == "VERB" and lemma not in MEETING_VERBS and _phone_with(tok):
            found.append(Trigger(tok, None, "mutual", sent))  # "spent an hour on the phone with ..."
        elif noun is None and tok.pos_ == "VERB" and lemma in MEETING_VERBS:
            if lemma in TALK_VERBS and not (_has_phone(tok) or _with_person(tok)):
                continue
            if lemma in TOPIC_VERBS and not _several_parties(tok):
                continue
            if lemma == "call" and not _is_phone_call(tok):
                continue
            if tok.tag_ == "VBG" and any(c.dep_ in {"det", "poss"} for c in tok.children):
                found.append(
                    Trigger(tok, tok, MEETING_VERBS[lemma], sent)
                )  # "the President's meeting": a noun
                continue
            at = _gathering_of(tok)  # "spoke with the Allies in a virtual summit hosted by X and Y"
            if at is not None:
                taken.add(at.i)
            found.append(Trigger(tok, at, _direction(tok), sent))
    for tok in sent:
        if tok.i in taken or tok.pos_ not in {"NOUN", "PROPN"} or tok.lower_ not in MEETING_NOUNS:
            continue
        if tok.pos_ == "PROPN" and tok.dep_ == "compound":
            continue  # "U.S.-ASEAN Ministerial Meeting" names an event, handled as its own noun
        found.append(Trigger(tok, tok, "visit" if tok.lower_ in TRIP_NOUNS else "mutual", sent))
    return found


def _is_phone_call(verb: Token) -> bool:
    """ "Biden called Netanyahu" is a call; "called the mission a failure", "called for/on" are not."""
    deps = {c.dep_ for c in verb.children}
    if deps & {"oprd", "xcomp", "ccomp", "attr", "prt", "acomp"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"for", "on", "upon", "off"} for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or o.pos_ == "PRON" for o in objects
    )


def _chain(token: Token) -> list[Token]:
    """The token and the heads above it, up to the root of its clause chain."""
    out = [token]
    while out[-1].head.i != out[-1].i and len(out) < 8:
        out.append(out[-1].head)
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
        if depth > 0 and tok.lemma_.lower() in APPEAL_VERBS and tok.pos_ == "VERB":
            below = chain[depth - 1]
            if below.dep_ in {"xcomp", "ccomp", "pobj", "prep", "dobj", "advcl"}:
                return tok.lemma_.lower() != "call" or any(
                    c.dep_ == "prep" and c.lower_ in {"for", "on", "upon"} for c in tok.children
                )
    return False


def _purpose(clause: Token) -> bool:
    """ "travel to Lisbon to meet Ruiz": an infinitive of purpose shares its journey's status."""
    return clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _ahead(chain: list[Token]) -> bool:
    """ "looks forward to welcoming X", "an invitation for X to meet with him soon": a meeting to come."""
    for tok in chain[1:5]:
        if tok.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in tok.children):
            return True
        if tok.lemma_.lower() in INVITATION_NOUNS and tok.pos_ == "NOUN":
            return True
    return False


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def _postpones(verb: Token) -> bool:
    """ "postponed", "delayed", "put off", "pushed back": the meeting moves to a later day."""
    return verb.lemma_.lower() in POSTPONE_VERBS or _phrasal(verb, PHRASAL_POSTPONE)


def _presumed(verb: Token) -> MeetingStatus | None:
    """ "When you meet with President Xi, will you tell him ...?": a question takes the meeting of
    its "when" clause as given, ahead unless told in the past ("When you met him, did he ...?"),
    where the clause's subject is the one asked; the question itself states no meeting."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in PRESUMED_CLAUSE_MARKS for c in verb.children):
        return None
    return "held" if verb.tag_ == "VBD" else "planned"


def status_of(trigger: Trigger) -> MeetingStatus | None:
    """held, planned, postponed or cancelled; ``None`` for hypotheticals, questions and conditionals."""
    verb = trigger.token
    sent = trigger.sentence if trigger.sentence is not None else verb.sent
    if sent.text.rstrip().endswith("?"):
        return _presumed(verb)
    words = {t.lower_ for t in sent}
    tokens = [verb] + ([trigger.noun] if trigger.noun is not None and trigger.noun.i != verb.i else [])
    for tok in tokens:
        for child in tok.children:
            if child.dep_ == "neg":
                return "cancelled"
            if child.dep_ == "mark" and child.lower_ in {"if", "unless", "whether"}:
                return None
            if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
                # reported future: "said the president would hold talks with X next week"
                return "planned" if child.lower_ in {"would", "'d", "’d"} and words & SOON_WORDS else None
    chain = _chain(verb)
    if _wished_for(chain):
        return None
    if _ahead(chain):
        return "planned"
    for link, head in itertools.pairwise(chain):
        lemma = head.lemma_.lower()
        if link.dep_ in {"xcomp", "ccomp", "dobj", "nsubjpass", "pobj", "prep", "advcl"} and _postpones(head):
            return "postponed"
        if (
            link.dep_ in {"xcomp", "ccomp", "dobj", "nsubjpass", "pobj", "prep", "advcl"}
            and lemma in CANCEL_VERBS
        ):
            return "cancelled"
        if link.dep_ == "xcomp" and (lemma in REFUSE_VERBS - {"call"} or head.lower_ in UNABLE_WORDS):
            return "cancelled"  # "declined to meet", "will be unable to host the breakfast"
        if link.dep_ == "xcomp" and lemma in HABIT_VERBS and _future(head) and trigger.noun is None:
            return None  # "will continue to meet with experts and leaders": a habit, no one meeting
        if link.dep_ == "xcomp" and lemma in PLAN_VERBS:
            return "planned"
        if link.dep_ in {"xcomp", "ccomp"} and any(c.dep_ == "neg" for c in head.children):
            return "cancelled" if lemma in {"want", "plan", "agree", "intend"} else "held"
        if link.dep_ not in {"xcomp", "conj", "prep", "pobj"} and not _purpose(link):
            break
    if trigger.noun is not None:
        head = trigger.noun.head
        if trigger.noun.dep_ in {"dobj", "nsubjpass"} and _postpones(head):
            return "postponed"  # "put off her visit", "the summit was pushed back"
        if trigger.noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in CANCEL_VERBS:
            return "cancelled"
        if any(c.lower_ in FUTURE_WORDS for c in trigger.noun.children):
            return "planned"
    for tok in [*tokens, *_chain(verb)[1:3]]:
        aux = {c.lower_ for c in tok.children if c.dep_ in {"aux", "auxpass"}}
        if aux & FUTURE_AUX:
            return "planned"
        if tok.tag_ == "VBG" and aux & BE_FORMS and (tok.lower_ == "going" or words & SOON_WORDS):
            return "planned"  # "is going to meet", "she's coming in tomorrow to meet me"
    return "held"
