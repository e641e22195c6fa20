"""Who a turn's "he" or "she" is when the nearest person is the one speaking.

A speaker names themself "I"; their "he" or "she" is always someone else. In a
press briefing the nearest person before "He will meet with ..." is often the
press secretary whose label opens the turn, while the one meant is the subject
talked about a sentence or a turn before ("the President is reportedly meeting
... — Well, he's having this meeting today"). So when a third-person pronoun
resolves to the turn's speaker, the subjects of the sentences before it are read
back, nearest first, and the first that names someone else is taken (else the
publisher's own "the President" named in one of them); if none
does, the pronoun names nobody (no meeting is better than one with the speaker).

A government spokesperson's "we" is the other way round: not the press secretary in
person but the government she speaks for ("we have been engaging in intense negotiations
with Russia"), named by the text's publisher ("White House").
"""

from __future__ import annotations

from spacy.tokens import Token

from briefings.extract.context import DocContext
from briefings.extract.lexicon import PRONOUN_GENDER, SPOKESPERSON_WORDS
from briefings.extract.participants import resolve_token
from briefings.extract.parties import same_party
from briefings.extract.publishers import publisher_of
from briefings.extract.readout_principal import home_principal
from briefings.extract.speakers import Speakers
from briefings.model.facts import PersonRef

LOOK_BACK = 6  # sentences read back (a turn label "MS. PSAKI:" parses as two of them)


def speaker_is_not_he(
    tok: Token, found: list[PersonRef], ctx: DocContext, speakers: Speakers
) -> list[PersonRef]:
    """``found`` for a subject ``tok``, unless ``tok`` is "he"/"she" and ``found`` is the turn's
    own speaker: then the person a recent subject names instead, or nobody."""
    speaker = speakers.speaker
    if speaker is None or tok.lower_ not in PRONOUN_GENDER or not any(same_party(r, speaker) for r in found):
        return found
    other = _subject_before(tok, ctx, speaker)
    return [other] if other is not None else []


def _subject_before(pronoun: Token, ctx: DocContext, speaker: PersonRef) -> PersonRef | None:
    doc = pronoun.doc
    sent = pronoun.sent
    for _ in range(LOOK_BACK):
        before = [t for t in sent if t.i < pronoun.i and t.pos_ != "PRON"]
        subjects = [t for t in before if t.dep_ in {"nsubj", "nsubjpass"}]
        # "Q    The President is meeting ...": a reporter's label the parser took for the subject
        offices = [t for t in before if t.dep_ not in {"nsubj", "nsubjpass"} and home_principal(t, ctx)]
        for subject in [*reversed(subjects), *reversed(offices)]:
            home = home_principal(subject, ctx)  # "the President" of the publisher's own text
            refs = [home] if home is not None else resolve_token(subject, ctx.people, Speakers())
            person = next((r for r in refs if r.kind == "person" and not same_party(r, speaker)), None)
            if person is not None:
                return person
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
    return None


def spokesperson_we(
    tok: Token, found: list[PersonRef], ctx: DocContext, speakers: Speakers
) -> list[PersonRef]:
    """``found`` for a subject ``tok``, unless ``tok`` is "we" said by a government publisher's
    spokesperson: then the government, by the publisher's name."""
    speaker = speakers.speaker
    if speaker is None or tok.lower_ != "we" or not speaker.role:
        return found
    if not set(speaker.role.lower().split()) & SPOKESPERSON_WORDS:
        return found
    publisher = publisher_of(ctx.document.url)
    return [PersonRef(publisher[0], None, "org")] if publisher is not None else found
