"""A readout titled after its meeting with a body of people: "Readout of X's Meeting with Faith Leaders".

A readout's title names the meeting it reports: its principal (a person) and,
after "with", whom the principal met. When those are a body of people ("Faith
Leaders", "Retailers and Infant Formula Manufacturers", "State Attorneys
General") the title's entities name only one party, so the headline gives no
meeting; and a body that writes the meeting as a discussion or a convening may
give none either. The title then is the meeting: the principal and the body.
Used only for a document in which nothing else was found to be a meeting.

>>> titled_group_meeting(ctx)  # doctest: +SKIP
Meeting((PersonRef('Kamala Harris', ...), PersonRef('Faith Leaders', None, 'group')), ...)
"""

from __future__ import annotations

from briefings.extract.context import DocContext
from briefings.extract.lexicon import (
    BODY_NAME_LINKS,
    HEADLINE_BODY_ENDS,
    HEADLINE_TIME_LINKS,
    MEETING_NOUNS,
    TITLED_BODY_HEADS,
)
from briefings.extract.parties import untitled
from briefings.model.facts import Meeting, PersonRef


def title_principal(ctx: DocContext) -> PersonRef | None:
    """Whose meeting a "Readout of" title reports: the person ("President Ito’s Meeting"), or the
    house ("White House Meetings"), just before the title's first meeting noun."""
    title = ctx.title_doc
    if title is None:
        return None
    speaker = _remarks_speaker(ctx)
    if speaker is not None:
        return speaker
    if not title.text.lower().startswith("readout of"):
        return None
    noun = next((t for t in title if t.lower_ in MEETING_NOUNS), None)
    principal = next(
        (
            e
            for e in title.ents
            if noun is not None and e.label_ in {"PERSON", "ORG"} and e.end in {noun.i, noun.i + 1}
        ),
        None,
    )
    if principal is None:
        return None
    possessive = next((t.i for t in principal if t.tag_ == "POS" or t.text in {"’s", "'s"}), None)
    if possessive is not None:  # "President Ito’s Virtual Meetings": the owner of the meetings is a person
        ref = ctx.people.resolve(title[principal.start : possessive].text, 0)
    else:  # "Readout of Council of Governors Meeting" tagged one body: the body begins after "Readout of"
        start = principal.start + 2 if principal[0].lower_ == "readout" else principal.start
        name = " ".join(t.text for t in title[start : principal.end] if t.lower_ not in MEETING_NOUNS)
        ref = PersonRef(name, None, "org") if principal.label_ == "ORG" and name else None
    return untitled(ref) if ref is not None and ref.kind in {"person", "org"} else None


def titled_group_meeting(ctx: DocContext) -> Meeting | None:
    """The principal a "Readout of" or "Remarks by X After Meeting" title names (:func:`title_principal`)
    and the body after its meeting noun's "with", or None."""
    title = ctx.title_doc
    if title is None:
        return None
    noun = next((t for t in title if t.lower_ in MEETING_NOUNS), None)
    if noun is None or noun.i + 1 >= len(title) or title[noun.i + 1].lower_ != "with":
        return None
    ref = title_principal(ctx)
    if ref is None:
        return None
    body = []
    for tok in title[noun.i + 2 :]:
        if tok.lower_ in HEADLINE_BODY_ENDS or tok.ent_type_ == "PERSON" or tok.is_punct:
            break
        body.append(tok)
    if body and body[0].lower_ in {"the", "his", "her", "their"}:
        body = body[1:]
    if (
        not body
        or body[-1].lower_ in BODY_NAME_LINKS
        or not all(t.text[:1].isupper() or t.lower_ in BODY_NAME_LINKS for t in body)
    ):
        return None
    head = body[-1].lower_
    plural = body[-1].tag_ in {"NNS", "NNPS"} or (head.endswith("s") and not head.endswith("ss"))
    if not (plural or head in TITLED_BODY_HEADS) or len(body) > 8:
        return None  # "Call with Ray Cole of the Partnership": a body of people ends on a plural
    group = PersonRef(" ".join(t.text for t in body), None, "group")
    return Meeting((ref, group), None, None, ctx.evidence_for(title[:]), "held")


def _remarks_speaker(ctx: DocContext) -> PersonRef | None:
    """ "Remarks by President Biden After Meeting with the Senate Democratic Caucus": remarks told
    before or after a meeting are their speaker's, who is its principal."""
    title = ctx.title_doc
    if title is None or not title.text.lower().startswith("remarks by"):
        return None
    link = next((t for t in title if t.lower_ in HEADLINE_TIME_LINKS), None)
    if link is None or link.i + 1 >= len(title) or title[link.i + 1].lower_ not in MEETING_NOUNS:
        return None
    # "President Biden Before Meeting" may be tagged one name: the name ends at the link word
    person = next((e for e in title.ents if e.label_ == "PERSON" and e.start < link.i), None)
    if person is None:
        return None
    ref = ctx.people.resolve(title[person.start : min(person.end, link.i)].text, 0)
    return untitled(ref) if ref is not None and ref.kind == "person" else None
