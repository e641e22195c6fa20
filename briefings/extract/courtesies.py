"""Courtesies that are meetings: a meal shared, an envoy summoned, a guest greeted, hands shaken.

News tells many meetings without a meeting word. "President Vega had dinner with
Chancellor Hahn", "dined with", "over dinner with" and "hosted a dinner for" a
named person are meetings; so is a government's summons of an envoy ("Foreign
Minister Silva summoned the German ambassador"), a greeting of a named guest
("greeted Chancellor Hahn at the airport"), a handshake ("shook hands with
Chancellor Hahn", "an exchange of handshakes between A and B") and an exchange
of views between named parties. Each counts only with someone named (or an
office-holder) on the other side: "had dinner with friends", "greeted the crowd",
"shook hands with supporters", "summoned the courage" and "was summoned by
officials to face questions" meet no one.

These are the cues :mod:`briefings.extract.triggers` asks; the parties are read
as for any trigger (:mod:`briefings.extract.meeting_mentions`).
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.lexicon import (
    DINING_FORMS,
    ENVOY_NOUNS,
    EXCHANGE_NOUNS,
    EXCHANGED_WORDS,
    EXCHANGING_VERBS,
    FUTURE_AUX,
    HANDSHAKE_NOUNS,
    MEAL_NOUNS,
    SHAKING_HANDS,
    TITLE_WORDS,
)
from briefings.extract.trigger_cues import with_named_party, with_person
from briefings.model.facts import PersonRef

_PARTY_PREPS = frozenset({"with", "between"})


def shared_meal(noun: Token) -> bool:
    """ "over dinner with Chancellor Hahn", "a working lunch with X": a meal noun with a named
    "with" party is a meeting ("dinner with friends" is not)."""
    return noun.lower_ in MEAL_NOUNS and with_named_party(noun)


def meal_given(verb: Token) -> Token | None:
    """ "hosted a dinner for Chancellor Hahn": the meal a holding verb gives for someone named, who
    is met ("a state dinner for 300 guests" names no one)."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lower_ in MEAL_NOUNS and with_named_party(c, frozenset({"for"}))
        ),
        None,
    )


def dines_with_someone(verb: Token) -> bool:
    """ "dined with Chancellor Hahn", "Vega and Hahn dined in Lima": dining with someone named."""
    return (
        verb.pos_ == "VERB"
        and verb.lower_ in DINING_FORMS
        and _told(verb)
        and (with_person(verb) or _named_pair(verb))
    )


def courtesy_held(verb: Token) -> Token | None:
    """The object of "shook hands with X" or "exchanged views with X" ("hands", "views"), when
    someone named is on the other side: a "with" party (on the verb or the object) or a named pair
    as the subject ("A and B exchanged views on trade"). "shook hands with supporters", "exchanged
    fire" and "exchanged letters" are none."""
    if verb.pos_ != "VERB" or not _told(verb):
        return None  # "might not want to be seen shaking hands with the Crown Prince": no handshake told
    lemma = verb.lemma_.lower()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        shaken = (lemma, obj.lower_) in SHAKING_HANDS
        exchanged = lemma in EXCHANGING_VERBS and obj.lower_ in EXCHANGED_WORDS
        if (shaken or exchanged) and (with_person(verb) or with_named_party(obj) or _named_pair(verb)):
            return obj
    return None


def _named_pair(verb: Token) -> bool:
    """ "Vega and Hahn shook hands before the talks": two named people as the subject shake hands
    (or exchange views) with each other, wherever they are."""
    return any(
        c.dep_ == "nsubj"
        and c.ent_type_ == "PERSON"
        and any(k.dep_ == "conj" and k.ent_type_ == "PERSON" for k in c.children)
        for c in verb.children
    )


def handshake_between(noun: Token) -> bool:
    """ "an exchange of handshakes between A and B", "his handshake with Chancellor Hahn", "an
    exchange of views with X": the noun that carries the named parties."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    of = noun.head
    exchanged = noun.lower_ in EXCHANGED_WORDS and of.lower_ == "of" and of.head.lower_ in EXCHANGE_NOUNS
    exchange = noun.lower_ in EXCHANGE_NOUNS and any(
        o.lower_ in EXCHANGED_WORDS for c in noun.children if c.lower_ == "of" for o in c.children
    )
    return (noun.lower_ in HANDSHAKE_NOUNS or exchanged or exchange) and with_named_party(noun, _PARTY_PREPS)


def greets_someone(verb: Token) -> bool:
    """ "greeted Chancellor Hahn at the airport", "will greet the Prime Minister", "was greeted by
    President Vega": a greeting told (past or to come) of a named person or an office-holder.
    "greeted the crowd", "greeted the news" greet no one named, and a speaker's "I want to greet
    Governor Ames" acknowledges someone in the room."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        return bool(agents) and all(_someone(o) for o in agents)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return _told(verb) and bool(objects) and all(_someone(o) for o in objects)


def _told(verb: Token) -> bool:
    """A courtesy told as done ("greeted", "has shaken hands") or to come ("will dine"); a bare
    infinitive or a participle ("I want to greet", "be seen shaking hands") tells none."""
    return verb.tag_ in {"VBD", "VBN"} or (
        verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)
    )


def _someone(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in TITLE_WORDS


def summons_an_envoy(verb: Token) -> bool:
    """ "Silva summoned the German ambassador, Karl Weber", "summoned Karl Weber, the German
    ambassador", "the German ambassador was summoned to the Foreign Ministry": a summons of an
    envoy. "summoned the courage", "summoned witnesses" and "was summoned by officials to face
    questions" call in no envoy."""
    called = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(called) and all(an_envoy(c) for c in called)


def an_envoy(token: Token) -> bool:
    """The envoy word itself ("the German ambassador"), or a name it describes ("Ambassador Karl
    Weber", "Karl Weber, the German ambassador")."""
    return token.lower_ in ENVOY_NOUNS or any(
        c.dep_ in {"appos", "compound"} and c.lower_ in ENVOY_NOUNS for c in token.children
    )


def envoy_party(token: Token) -> PersonRef | None:
    """ "the German ambassador", "Israel's envoy": an envoy named by the state they serve, with no
    name of their own, is that state's side, kept as a group like "the Israeli side" (a person
    "named" by an office alone is dropped); "the ambassador" alone is nobody in particular."""
    if token.lower_ not in ENVOY_NOUNS:
        return None
    states = [
        t for t in token.lefts if t.dep_ in {"amod", "compound", "poss"} and t.ent_type_ in {"NORP", "GPE"}
    ]
    if not states:
        return None
    return PersonRef(token.doc[states[0].left_edge.i : token.i + 1].text, None, "group")


def envoy_as_told(token: Token, found: list[PersonRef]) -> list[PersonRef] | None:
    """Whom a summoned envoy is, given whom the text resolved the phrase to; None when the phrase
    is no envoy's.

    "the Israeli ambassador" is a person resolved only when their role gives them that state before
    the envoy word ("Israel's ambassador to Egypt"): "Yasser Said, the Egyptian ambassador in Israel"
    serves Egypt, so the Israeli ambassador stays unnamed. "Ambassador Sullivan", a surname under an
    envoy's title, is no one of that surname whose role is no envoy's ("Jake Sullivan", the
    national security adviser, named earlier)."""
    unnamed = envoy_party(token)
    if unnamed is not None and not any(t.ent_type_ == "PERSON" for t in token.subtree):
        state = unnamed.name.split()[0].lower().removesuffix("'s").removesuffix("’s")
        envoy = token.lower_.rstrip("s")
        kept = [r for r in found if r.kind == "person" and r.role and state in r.role.lower().split(envoy)[0]]
        return kept or [unnamed]
    titles = [c for c in token.lefts if c.dep_ == "compound" and c.lower_ in ENVOY_NOUNS]
    given = [c for c in token.lefts if c.dep_ == "compound" and c.ent_type_ == "PERSON"]
    if token.ent_type_ != "PERSON" or not titles or given:
        return None
    kept = [
        r
        for r in found
        if r.kind != "person" or any(w in ENVOY_NOUNS for w in (r.role or "").lower().split())
    ]
    return kept or [PersonRef(token.text, titles[0].text, "person")]
