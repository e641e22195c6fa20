"""One person or organisation as a document's people index holds it, and the name-span rules
that build it; kept apart so :mod:`briefings.extract.people` reads as the lookups."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from briefings.extract.lexicon import FIELD_END_WORDS, TITLE_WORDS
from briefings.extract.names import split_title
from briefings.extract.parties import unsuffixed_words
from briefings.model.facts import EntityKind, PersonRef

PATRONYMICS = frozenset({"bin", "ibn", "bint"})
ORG_LABELS: dict[str, EntityKind] = {"ORG": "org", "GPE": "place", "NORP": "group", "LOC": "place"}


@dataclass
class Entry:
    """A cluster of mentions: fullest name, aliases seen, roles stated, where it is named,
    and pronoun votes for its gender (used only to pick "he" or "she")."""

    name: str
    kind: EntityKind = "person"
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # char offsets in the body, sorted at the end
    full_mentions: list[int] = field(default_factory=list)  # offsets where the full name is written
    gender_votes: dict[str, int] = field(default_factory=dict)

    @property
    def surname(self) -> str:
        """The family name a bare mention may use; a patronymic's father ("Salman" of "Mohammed
        bin Salman") is none, so "King Salman" stays another person. A generational suffix is
        none either: "Austin said" names "Lloyd J. Austin III"."""
        words = unsuffixed_words(self.name.lower())
        if len(words) > 2 and words[-2] in PATRONYMICS:
            return " ".join(words[-2:])
        return words[-1]

    @property
    def gender(self) -> str | None:
        if not self.gender_votes:
            return None
        best = max(self.gender_votes, key=lambda g: self.gender_votes[g])
        return best if self.gender_votes[best] > sum(self.gender_votes.values()) / 2 else None

    def ref(self) -> PersonRef:
        return PersonRef(self.name, self.roles[0] if self.roles else None, self.kind)


def name_span(ent: Span) -> Span:
    """Grow a PERSON entity left over untagged given names ("Antony" of "Antony J. Blinken",
    "Enver" of "the Refugee Council Enver Solomon")."""
    doc = ent.doc
    start = ent.start
    while start > 0:
        tok = doc[start - 1]
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ in ORG_LABELS:
            break
        if tok.lower_ in FIELD_END_WORDS:
            break  # "the Consumer Financial Protection Bureau Dave Uejio": a body's last word, no given name
        # the parser may hang the given name elsewhere when an organisation's name runs straight
        # into it ("CEO of the Refugee Council Enver Solomon")
        after_org = start >= 2 and doc[start - 2].ent_type_ in ORG_LABELS
        if split_title(tok.text)[1] == "" or (
            tok.head.i not in range(start - 1, ent.end + 1) and not after_org
        ):
            break
        start -= 1
    return doc[start : _name_end(ent)]


def _name_end(ent: Span) -> int:
    """Where a PERSON entity's name ends, grown right over what the tagger cut off a long name:
    a second PERSON entity written straight after it ("[Ferdinand Romualdez] [Marcos Jr.]" is
    one name, not two people; a first one holding a title, "[Amir Sheikh] [Tamim ...]", is that
    title, not part of the name), or one untagged capitalised name word the name hangs on ("[Yoon
    Suk] Yeol of Korea"). A title word, a body's word or a run of further capitalised words
    (a title-cased headline's next words) ends it."""
    doc = ent.doc
    end = ent.end
    if end >= len(doc):
        return end
    titled = any(t.lower_.strip(".") in TITLE_WORDS for t in ent)  # "[Amir Sheikh] [Tamim ...]"
    if doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B" and not titled:
        end += 1
        while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "I":
            end += 1
        return end
    tok = doc[end]
    after = doc[end + 1] if end + 1 < len(doc) else None
    if tok.text == "He" and tok.i > tok.sent.start and not doc[end - 1].is_punct:
        return end + 1  # "Vice Premier Liu He described …": a capital "He" inside a sentence ends a name
    grows = (
        tok.pos_ == "PROPN"
        and tok.is_alpha
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and not tok.ent_type_
        and split_title(tok.text)[1] != ""
        and tok.lower_ not in FIELD_END_WORDS
        and ent.root.head.i == tok.i
        and (after is None or after.pos_ != "PROPN")
    )
    return end + 1 if grows else end


def contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether ``shorter`` is a contiguous run of ``longer`` ending at its last word."""
    n = len(shorter)
    return n <= len(longer) and longer[-n:] == shorter
