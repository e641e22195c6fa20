"""Titled names listed on either side of a meeting verb, when the parser loses some of them.

A readout opens with a list of officials, each a long title run into a name ("Senior Advisor and
American Rescue Plan Coordinator Gene Sperling", "Head of the Office of the President of Ukraine
Andriy Yermak"), and the meeting's other side is often another such list. The small parser hangs
these names anywhere: inside the title before them, under the field of the title ("for the
Western Hemisphere"), or off the list altogether. The list itself is plain to read: items
separated by commas and a final "and", each ending in a person's name. Every such item on the
subject side (before the verb) is a party; so is every item of the "with" list after it, or of the
list of direct objects of a verb whose objects are the people met ("met Senate President Ahmed Lawan,
Foreign Minister Geoffrey Onyeama, ...").

What is not an item: a name inside a relative or other subordinate clause ("Rice, who met Ruiz
last week, ..."), a name followed by anything but the end of its item, a name an item only
mentions ("a letter from Ruiz").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from briefings.extract.cohosts import title_before
from briefings.extract.groups import people_noun
from briefings.extract.lexicon import LISTED_OBJECT_VERBS, TITLE_WORDS
from briefings.extract.participants import resolve_token
from briefings.extract.people import PeopleIndex
from briefings.extract.speakers import Speakers
from briefings.model.facts import PersonRef

_ITEM_ENDS = frozenset({",", ";", "and"})
# What closes a list set off by dashes or brackets, or the sentence: "Today the Quad Leaders – …, and
# President Joe Biden of the United States – convened".
_LIST_CLOSERS = frozenset({".", "–", "—", "-", ")", "to"})
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"})


def listed_people(
    verb: Token, sentence: Span, people: PeopleIndex, speakers: Speakers
) -> tuple[list[PersonRef], list[PersonRef]]:
    """(subject side, "with" side): the titled names that end an item of a list before the verb or
    after its "with", each with the title written before it as its role."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "held a joint call with ..."
    withs = sorted(
        (c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "with"), key=lambda t: t.i
    )
    after_with = withs[0].i if withs else None
    objects_met = (
        after_with is None
        and verb.lemma_.lower() in LISTED_OBJECT_VERBS
        and any(c.dep_ == "dobj" and _a_person_word(c) for c in verb.children)
    )
    if objects_met:
        after_with = verb.i  # "met Chief of Staff …, Professor Ibrahim Gambari, Senate President Ahmed Lawan"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # the subject list runs from its first word to the verb (a participle's "hosted by X" has none)
    opens = min((s.left_edge.i for s in subjects), default=verb.i)
    before: list[PersonRef] = []
    after: list[PersonRef] = []
    for ent in sentence.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        subject_side = opens <= ent.start and ent.end <= verb.i
        with_side = after_with is not None and ent.start > after_with
        if not (subject_side or with_side) or _in_a_clause(ent.root, verb):
            continue
        prep = ent.root.head
        if (
            ent.root.dep_ == "pobj"
            and prep.lower_ == "to"
            and prep.i > 0
            and (ent.doc[prep.i - 1].text == "," or (objects_met and ent.doc[prep.i - 1].text[:1].isupper()))
        ):
            # "Budrys, Chief National Security Advisor, to President Gitanas Nauseda", "Chief of Staff to
            # President Buhari": whose adviser, not one more item
            continue
        if not _ends_an_item(ent, verb, sentence) or not _titled(ent):
            continue
        ref = next(iter(resolve_token(ent.root, people, speakers)), None)
        if ref is None or ref.kind != "person":
            continue
        title = title_before(ent.doc, ent.start)
        (before if subject_side else after).append(replace(ref, role=title) if title else ref)
    return before, after


def _a_person_word(token: Token) -> bool:
    """An object that is someone: a name, a title ("met Chief of Staff …") or a plural people noun
    ("hosting their Indian counterparts — …"); not a thing ("received an overview … from X")."""
    return token.ent_type_ == "PERSON" or token.lower_ in TITLE_WORDS or people_noun(token)


def _in_a_clause(token: Token, verb: Token) -> bool:
    """Whether a subordinate clause holds the token, between it and the verb."""
    node = token
    for _ in range(12):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if node.dep_ in _CLAUSE_DEPS and node.pos_ in {"VERB", "AUX"}:
            return True
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.i == verb.i:
            return True  # "visited with A, and met today with B": B is the second verb's party
        node = node.head
    return False


def _ends_an_item(ent: Span, verb: Token, sentence: Span) -> bool:
    """The name ends its item: a comma, an "and", the verb or the sentence's end comes next (a
    purpose clause, "to discuss", may follow the last item)."""
    nxt = ent.end
    if nxt >= sentence.end or nxt == verb.i:
        return True
    word = sentence.doc[nxt]
    between: list[Token] = list(sentence.doc[nxt : verb.i]) if nxt < verb.i else []
    prefix = 0 < len(between) <= 2 and all(t.lower_ in {"co", "-"} for t in between)  # "co-chaired"
    if word.lower_ == "of":  # "Prime Minister Kaja Kallas of Estonia;": the holder's country closes the item
        rest = sentence.doc[nxt + 1 : min(nxt + 5, sentence.end)]
        place = [t for t in rest if t.ent_type_ in {"GPE", "ORG"} or t.dep_ == "det"]
        after = rest[len(place)] if len(place) < len(rest) else None
        return bool(place) and (after is None or after.lower_ in _ITEM_ENDS or after.text in _LIST_CLOSERS)
    return prefix or word.lower_ in _ITEM_ENDS or word.text in {".", "to"}


def _titled(ent: Span) -> bool:
    """A title comes right before the name, in capitals ("Secretary of Labor Marty Walsh"), so the
    name is an item of a list of officials, not a name in passing."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.text[:1].isupper() and (before.lower_.rstrip(".") in TITLE_WORDS or before.pos_ == "PROPN")
