"""People as one document knows them: the rows behind corpus-wide identities.

An extraction names people in several places (its ``people`` list, quote
speakers, meeting participants, question askers), not always with the same
string: a speaker may be given by an alias of a listed person. This module folds
all of them into one mention per person per document, with every alias and role
the document uses, and answers "which mention is this PersonRef?".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, insert

from briefings.identity import entity_key, fold, person_key, title_key
from briefings.model.facts import EntityKind, Extraction, PersonRef
from briefings.store.schema import mention_aliases, mention_roles, mentions


@dataclass
class MentionDraft:
    name: str
    kind: EntityKind
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    id: int | None = None
    identity_id: int | None = None

    def add_alias(self, alias: str) -> None:
        if alias.strip() and fold(alias) not in {fold(known) for known in self.aliases}:
            self.aliases.append(alias.strip())

    def add_role(self, role: str | None) -> None:
        if role and role.strip() and role.strip() not in self.roles:
            self.roles.append(role.strip())


@dataclass(frozen=True)
class MentionKeys:
    first_key: str | None
    last_key: str | None
    name_key: str
    title_key: str | None = None  # a person's: the head word of the first role the document gives


def mention_keys(name: str, kind: str, roles: Sequence[str] = ()) -> MentionKeys:
    """Match keys of a mention: first/last name (and title) for people, the folded name otherwise."""
    if kind == "person":
        key = person_key(name)
        if key.last:
            title = next((t for t in map(title_key, roles) if t), None)
            return MentionKeys(first_key=key.first, last_key=key.last, name_key=key.key, title_key=title)
    return MentionKeys(first_key=None, last_key=None, name_key=entity_key(name) or fold(name) or name)


def a_description(name: str) -> bool:
    """ "the city", "leaked internal letter", "the joint statement": a speaker the text describes
    with no name of its own stays on its quotes, as an anonymous source does, and is no
    corpus-wide identity (every identity is a person or a body the text names).

    >>> a_description("the city"), a_description("the Municipality of Livorno"), a_description("de Klerk")
    (True, False, False)
    """
    return not any(word[:1].isupper() or word[:1].isdigit() for word in name.split())


class DocumentMentions:
    """Every person/organisation one extraction names, one draft per (kind, name)."""

    def __init__(self, extraction: Extraction) -> None:
        self._drafts: dict[tuple[str, str], MentionDraft] = {}
        self._by_alias: dict[tuple[str, str], MentionDraft] = {}
        for person in extraction.people:
            draft = self._draft(person.name, person.kind)
            for alias in person.aliases:
                draft.add_alias(alias)
                self._by_alias.setdefault((person.kind, fold(alias)), draft)
            for role in person.roles:
                draft.add_role(role)
        refs: list[PersonRef] = [q.speaker for q in extraction.quotes if q.speaker is not None]
        refs += [p for m in extraction.meetings for p in m.participants]
        refs += [q.asked_by for q in extraction.questions if q.asked_by is not None]
        for ref in refs:
            self.draft_for(ref).add_role(ref.role)

    def _draft(self, name: str, kind: EntityKind) -> MentionDraft:
        key = (kind, fold(name) or name)
        draft = self._drafts.get(key)
        if draft is None:
            own: EntityKind = "anonymous" if kind in {"person", "org"} and a_description(name) else kind
            draft = MentionDraft(name=name.strip() or name, kind=own)
            draft.add_alias(name)
            self._drafts[key] = draft
            self._by_alias.setdefault(key, draft)
        return draft

    def draft_for(self, ref: PersonRef) -> MentionDraft:
        """The mention a fact's PersonRef names: by name, else by a listed alias."""
        key = (ref.kind, fold(ref.name) or ref.name)
        return self._drafts.get(key) or self._by_alias.get(key) or self._draft(ref.name, ref.kind)

    def role_of(self, ref: PersonRef) -> str | None:
        """The first role the document gives the person ``ref`` names."""
        roles = self.draft_for(ref).roles
        return roles[0] if roles else None

    def mention_id(self, ref: PersonRef | None) -> int | None:
        return None if ref is None else self.draft_for(ref).id

    def identity_id(self, ref: PersonRef | None) -> int | None:
        return None if ref is None else self.draft_for(ref).identity_id

    @property
    def drafts(self) -> list[MentionDraft]:
        return list(self._drafts.values())

    def keys(self) -> list[MentionKeys]:
        """The match keys of each draft, in draft (and insert) order."""
        return [mention_keys(draft.name, draft.kind, draft.roles) for draft in self.drafts]

    def insert(
        self, conn: Connection, document_id: str, stated_at: datetime | None, identity_ids: Sequence[int]
    ) -> list[int]:
        """Store the drafts, each under its identity (ids are filled in), with their
        aliases and roles: one statement per table."""
        drafts = self.drafts
        if not drafts:
            return []
        rows = [
            {
                "document_id": document_id,
                "identity_id": identity_id,
                "name": draft.name,
                "kind": draft.kind,
                "first_key": keys.first_key,
                "last_key": keys.last_key,
                "name_key": keys.name_key,
                "title_key": keys.title_key,
            }
            for draft, keys, identity_id in zip(drafts, self.keys(), identity_ids, strict=True)
        ]
        # One multi-row INSERT: RETURNING order is not the rows' order on every backend,
        # so ids are matched back by (kind, name), unique within a document.
        created = conn.execute(
            insert(mentions).returning(mentions.c.id, mentions.c.kind, mentions.c.name), rows
        )
        by_key = {(row.kind, row.name): int(row.id) for row in created}
        ids = [by_key[(draft.kind, draft.name)] for draft in drafts]
        for draft, pk, identity_id in zip(drafts, ids, identity_ids, strict=True):
            draft.id = pk
            draft.identity_id = identity_id
        alias_rows = [
            {
                "mention_id": d.id,
                "alias": alias,
                "alias_key": fold(alias) or alias,
                "identity_id": d.identity_id,
            }
            for d in drafts
            for alias in d.aliases
        ]
        if alias_rows:
            conn.execute(insert(mention_aliases), alias_rows)
        role_rows = [
            {"mention_id": d.id, "role": role, "stated_at": stated_at} for d in drafts for role in d.roles
        ]
        if role_rows:
            conn.execute(insert(mention_roles), role_rows)
        return ids
