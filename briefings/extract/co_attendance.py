"""People who attended one event together: "Amongst those attending the event were Ban Ki-moon … and
Omar al-Bashir", "The funeral was attended by A and B", "The summit, attended by A and B, ended", "A
and B attended the ceremony in Juba".

Two or more named people at one ceremony, funeral or celebration were together there: the text
reports them meeting at it, as presence at a summit is a meeting with the summit. One person at an
unnamed event meets no one ("Bush attended the funeral"), a body or a crowd named with them is not
counted towards the two, and a crowd's event (a parade, a rally, a match) is no meeting of the
politicians seen at it.

>>> attended_together(sentence, ctx, speakers)  # doctest: +SKIP
[Mention([PersonRef('Ban Ki-moon', …), PersonRef('Omar al-Bashir', …)], 'Juba', None, 'held', …)]
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from briefings.extract.attendees import listed_people
from briefings.extract.context import DocContext
from briefings.extract.lexicon import ATTENDEE_WORDS, ATTENDING_VERBS, EVENT_NOUNS
from briefings.extract.meeting_dates import clause_date
from briefings.extract.meeting_status import status_of
from briefings.extract.merging import Mention
from briefings.extract.parties import dedupe
from briefings.extract.places import attached_place
from briefings.extract.speakers import Speakers
from briefings.extract.triggers import Trigger

_LIST_DEPS = frozenset({"nsubj", "attr", "dobj", "dep"})  # "dep": a list item the parser lost


def attended_together(sent: Span, ctx: DocContext, speakers: Speakers) -> list[Mention]:
    """A mention for each event in the sentence that two or more named people attended."""
    out: list[Mention] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ATTENDING_VERBS:
            continue
        event = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if event is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
            event = verb.head  # "The summit, attended by A and B, ended on Friday"
        if event is None or event.pos_ not in {"NOUN", "PROPN"}:
            continue
        if event.lower_ not in EVENT_NOUNS:
            continue  # "politicians attended the pride": a crowd at a parade, not a meeting
        listed = _attendees(verb)
        # "Ban Ki-moon, the current Secretary-General of the United Nations and Omar al-Bashir": a
        # name the parser hung inside the description before it is listed all the same (the tagged
        # names come first: the list's own reading may run a description into a name)
        people = [
            ref
            for ent in sent.ents
            if ent.label_ == "PERSON"
            and any(t.left_edge.i <= ent.start and ent.end <= t.right_edge.i + 1 for t in listed)
            for ref in [ctx.people.resolve(ent)]
            if ref is not None and ref.kind == "person"
        ]
        people += [r for tok in listed for r in listed_people(tok, ctx, speakers) if r.kind == "person"]
        people = dedupe(people)
        if len(people) < 2:
            continue
        status = status_of(Trigger(verb, event, "mutual", sent))
        if status is None:
            continue
        place = attached_place(verb, event, topics=False)
        date = clause_date(verb, event, ctx, future=status == "planned")
        out.append(Mention(people, place, date, status, ctx.evidence_for(sent), 1))
    return out


def _attendees(verb: Token) -> list[Token]:
    """Who attended: the agent of "was attended by"; the subject of "attended"; for "those attending
    the event were / included A and B", the list the clause of "those" is the subject of."""
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if agents:
        return agents
    if verb.dep_ == "acl" and verb.head.lower_ in ATTENDEE_WORDS:
        those = verb.head
        root = those.head
        if those.dep_ == "pobj" and root.dep_ == "prep":  # "Amongst those attending … were A and B"
            root = root.head
        return [c for c in root.children if c.dep_ in _LIST_DEPS and c.i != those.i and c.i > verb.i]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    # "A and B attended", which the parser may read as two subjects of the one verb
    return subjects if len(subjects) > 1 or (subjects and _coordinated(subjects[0])) else []


def _coordinated(subject: Token) -> bool:
    """ "Ban Ki-moon and Omar al-Bashir attended": a subject listing more than one."""
    return any(c.dep_ == "conj" for c in subject.children)
