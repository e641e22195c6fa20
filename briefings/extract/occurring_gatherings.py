"""A gathering told as taking place: the gathering is the meeting, though no one at it is named.

News often tells a summit or a conference by its occurring alone: "The G20 summit was held in
Seoul", "The first world conference of Greeks living abroad will take place in Athens", "The 2005
Review Conference on the Non-Proliferation Treaty was concluded in May", "a conference about the
reconstruction of Haiti, that will take place next March 11 in New York". Such a gathering is a
meeting a briefing lists; its one party is the organisation whose gathering it is ("G20"), else the
gathering by its name with the phrase that says what or whom it is about ("world conference of
Greeks living abroad").

Not read here: a gathering with no name ("the meeting was held on Monday", "the climate conference
opened": which one the sentence does not say), a press or news conference (reporters, not a
meeting), and a gathering that does not occur in the clause ("discussed the summit", "the summit's
agenda").
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.gatherings import gathering
from briefings.extract.lexicon import (
    CANCEL_VERBS,
    GATHERING_NAME_PREPS,
    OCCURRING_AHEAD_WORDS,
    OCCURRING_GATHERING_NOUNS,
    OCCURRING_PASSIVE_VERBS,
    OCCURRING_VERBS,
    ONE_SITTING_MODIFIERS,
    SITTING_TERM_NOUNS,
)
from briefings.extract.parties import clean_name
from briefings.model.facts import PersonRef

_RELATIVE_WORDS = frozenset({"that", "which"})
_MAX_NAME_WORDS = 12


def occurring_gathering(noun: Token) -> PersonRef | None:
    """The party of a named gathering ``noun`` told as taking place, or None."""
    if noun.lower_ not in OCCURRING_GATHERING_NOUNS or noun.tag_ in {"NNS", "NNPS"}:
        return None
    if any(c.lower_ in {"press", "news", "media"} for c in noun.lefts):
        return None  # "a press conference was held": questions from reporters, no meeting
    if noun.lower_ in SITTING_TERM_NOUNS and not any(c.lower_ in ONE_SITTING_MODIFIERS for c in noun.lefts):
        return None  # "The lame duck session of Congress ends today": a term of sittings, no one sitting
    if any(c.dep_ == "poss" for c in noun.children) or not occurs(noun):
        return None  # "its annual meeting opened": someone's own, told with them
    owner = _organisation(noun)
    return owner if owner is not None else _named(noun)


def occurs(noun: Token) -> bool:
    """Whether the clause tells the gathering taking place: its passive subject ("was held"), its
    subject ("opened", "will take place"), ahead ("is scheduled to take place"), in a relative clause
    ("a conference …, that will take place in New York") or a participle ("the summit held in Lima")."""
    if noun.dep_ in {"nsubj", "nsubjpass"} and _occurring(noun.head, noun.dep_ == "nsubjpass"):
        return True
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in CANCEL_VERBS:
        # "The Philippines postponed the ASEAN summit", "the summit of the bloc was postponed until the
        # weekend": told as put off, the status says so
        return True
    # "a conference on the future of Lake Chad, which will take place in Abuja": the parser hangs the
    # relative clause on the last noun of the naming phrase, but only an event takes place or is held
    # ("a summit on the war, which began in 2022" tells the war beginning)
    about = [t for c in noun.children if c.dep_ == "prep" for t in c.subtree]
    hung = [c for t in about for c in t.children if c.dep_ == "relcl" and _only_an_event_does(c)]
    for child in [*noun.children, *hung]:
        if child.dep_ == "relcl" and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _RELATIVE_WORDS for c in child.children
        ):
            passive = any(c.dep_ == "nsubjpass" for c in child.children)
            if _occurring(child, passive) or _to_be_held(child):
                return True
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in OCCURRING_PASSIVE_VERBS:
            return True  # "the summit held in Lima last week"
    return False


def _only_an_event_does(verb: Token) -> bool:
    """ "take place", "be held", "be convened": what only a gathering or an event does."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return verb.lemma_.lower() in OCCURRING_PASSIVE_VERBS - {"open", "close", "call"}
    return _takes_place(verb)


def _takes_place(verb: Token) -> bool:
    """ "will take place", "took place": the idiom of an event occurring."""
    return verb.lemma_.lower() == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children
    )


def _occurring(verb: Token, passive: bool) -> bool:
    """Whether ``verb``, of which the gathering is the (passive) subject, tells it taking place."""
    lemma = verb.lemma_.lower()
    if passive:
        return lemma in OCCURRING_PASSIVE_VERBS or _ahead(verb)
    if any(c.dep_ == "dobj" for c in verb.children):
        # "will take place"; "the summit opened a new chapter" does something else
        return _takes_place(verb)
    return lemma in OCCURRING_VERBS or _ahead(verb)


def _to_be_held(verb: Token) -> bool:
    """ "which was to be held in Cebu", "that is to take place in May": a relative clause's "be" whose
    infinitive tells the gathering occurring, as arranged."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "xcomp" and _occurring(c, any(a.dep_ == "auxpass" for a in c.children))
        for c in verb.children
    )


def _ahead(verb: Token) -> bool:
    """ "is scheduled to take place", "is set to open", "is due to be held": the occurring set ahead."""
    heads = [verb] if verb.lemma_.lower() in OCCURRING_AHEAD_WORDS else []
    heads += [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in OCCURRING_AHEAD_WORDS]
    return any(
        c.dep_ == "xcomp" and _occurring(c, any(a.dep_ == "auxpass" for a in c.children))
        for head in heads
        for c in head.children
    )


def _organisation(noun: Token) -> PersonRef | None:
    """ "The G20 summit", "the NATO summit": an organisation's name before the noun is the party."""
    names = [c for c in noun.lefts if c.dep_ == "compound" and c.ent_type_ == "ORG"]
    if not names:
        return None
    first = min(t.left_edge.i for t in names)
    words = [t.text_with_ws for t in noun.doc[first : names[-1].i + 1] if t.dep_ != "det"]
    name = clean_name("".join(words).strip())
    return PersonRef(name, None, "org") if name else None


def _named(noun: Token) -> PersonRef | None:
    """The gathering by its name: a capitalised name ("the Review Conference"), lengthened by the
    phrase that says what or whom it is about when that phrase names someone or something ("on the
    Nuclear Non-Proliferation Treaty", "of Greeks living abroad"); none when nothing is named."""
    about = _naming_phrase(noun)
    left = gathering(noun)
    capitalised = left is not None and any(w[:1].isupper() for w in left.name.split())
    if not capitalised and about is None:
        return None
    if not capitalised and about is not None and about.startswith("of ") and _names_a_body(noun):
        # "a meeting of heads of state of the Intergovernmental Authority on Development", "the summit
        # of the African Union": an unnamed gathering of a named body is that body (or its members) met
        name = clean_name(about.removeprefix("of ").removeprefix("the ").removeprefix("The "))
        return PersonRef(name, None, "group") if name and len(name.split()) <= _MAX_NAME_WORDS else None
    if about is None:
        return left  # capitalised: "the Review Conference"
    head = left.name if left is not None and left.kind == "group" and " of " not in left.name else noun.text
    name = clean_name(f"{head} {about}")
    return PersonRef(name, None, "group") if name and len(name.split()) <= _MAX_NAME_WORDS else None


def _names_a_body(noun: Token) -> bool:
    """Whether the gathering's "of" phrase names an organisation ("of the African Union")."""
    return any(
        t.ent_type_ == "ORG"
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for t in c.subtree
    )


def _naming_phrase(noun: Token) -> str | None:
    """ "of Greeks living abroad", "about the reconstruction of Haiti": the first topic or member
    phrase after the noun that holds a proper name, without its asides in brackets."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in GATHERING_NAME_PREPS):
        words = [t for t in prep.subtree]
        if not any(t.pos_ == "PROPN" or t.ent_type_ in {"NORP", "GPE", "ORG"} for t in words):
            continue
        cut: list[Token] = []
        for t in words:
            if t.text in {"(", ",", ";", "—", "–"} or t.dep_ == "relcl":
                break
            cut.append(t)
        return "".join(t.text_with_ws for t in cut).strip()
    return None
