"""The corpus database schema (SQLAlchemy Core), mirrored by the Alembic migrations.

Why it is shaped this way:

* ``documents`` has an integer surrogate ``pk`` (the full-text index's rowid) and
  the content hash ``id`` that facts and evidence point to; ``key`` (URL or path)
  is unique, so one place holds one current version.
* People are stored as *mentions* (a person as one document knows them, with the
  aliases and roles that document uses) linked to corpus-wide *identities*. Facts
  point at mentions, so re-resolving identities never rewrites facts.
* ``identity_names`` counts each identity's mentions by name (and match keys and title), kept
  in step with ``mentions`` by the write path: choosing an identity's name and
  re-resolving a surname read these few rows, not every mention of a big identity,
  so a save costs the same at 1k and 100k documents. A key that is absent is
  ``''`` there (not NULL), so the primary key can take upserts on both backends.
* A meeting reported by several articles is one ``meetings`` row with several
  ``meeting_reports`` (the citations); a report belongs to exactly one document.
* Every fact carries its evidence columns (sentence, span, field); an open question
  may also carry its answer's opening (``answer_*``, always read from the body).
* Time columns are aware UTC instants (:class:`UTCDateTime`); ``sort_time`` is the
  publication time, else the ingest time, so windows need one indexed column.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from briefings.store.types import UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _evidence_columns() -> list[Column[object]]:
    """Where a fact was read: ``body[span_start:span_end] == sentence`` (or the title)."""
    return [
        Column("sentence", Text, nullable=False),
        Column("span_start", Integer, nullable=False),
        Column("span_end", Integer, nullable=False),
        Column("field", String(8), nullable=False, server_default="body"),
    ]


def _evidence_checks(table: str) -> list[CheckConstraint]:
    return [
        CheckConstraint("field IN ('body', 'title')", name="field"),
        CheckConstraint("span_start >= 0 AND span_end >= span_start", name="span"),
    ]


# an answer is stored whole or not at all, its span read like the question's own
ANSWER_CHECK = (
    "(answer_sentence IS NULL AND answer_span_start IS NULL AND answer_span_end IS NULL)"
    " OR (answer_sentence IS NOT NULL AND answer_span_start IS NOT NULL"
    " AND answer_span_end IS NOT NULL"
    " AND answer_span_start >= 0 AND answer_span_end >= answer_span_start)"
)

_KINDS = "('person', 'org', 'group', 'place', 'anonymous')"

documents = Table(
    "documents",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(64), nullable=False, unique=True),
    Column("key", Text, nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("published", UTCDateTime, nullable=True),
    Column("source", Text, nullable=True),
    Column("url", Text, nullable=True),
    Column("path", Text, nullable=True),
    Column("license", Text, nullable=True),
    Column("meta", JSON, nullable=False),
    Column("ingested_at", UTCDateTime, nullable=False),
    Column("sort_time", UTCDateTime, nullable=False),
    Index("ix_documents_published", "published"),
    Index("ix_documents_ingested_at", "ingested_at"),
    Index("ix_documents_sort_time", "sort_time"),
)

identities = Table(
    "identities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("first_key", Text, nullable=True),
    Column("last_key", Text, nullable=True),
    Column("name_key", Text, nullable=False),
    CheckConstraint(f"kind IN {_KINDS}", name="kind"),
    Index("ix_identities_name_key", "name_key", "kind"),
    Index("ix_identities_last_key", "last_key"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("identity_id", Integer, ForeignKey("identities.id", ondelete="SET NULL"), nullable=True),
    Column("name", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("first_key", Text, nullable=True),
    Column("last_key", Text, nullable=True),
    Column("name_key", Text, nullable=False),
    # the head word of the title the document gives a person ("president" of "President
    # Biden"): a bare surname joins the one full name of the corpus that holds that title
    Column("title_key", Text, nullable=True),
    CheckConstraint(f"kind IN {_KINDS}", name="kind"),
    UniqueConstraint("document_id", "kind", "name", name="uq_mentions_document_kind_name"),
    Index("ix_mentions_identity_id", "identity_id", "name"),
    Index("ix_mentions_kind_last_key", "kind", "last_key", "first_key", "identity_id"),
)

identity_names = Table(
    "identity_names",
    metadata,
    Column("identity_id", Integer, ForeignKey("identities.id", ondelete="CASCADE"), autoincrement=False),
    Column("kind", String(16)),
    Column("name", Text),
    Column("first_key", Text),
    Column("last_key", Text),
    Column("title_key", Text),
    Column("mentions", Integer, nullable=False),
    PrimaryKeyConstraint(
        "identity_id", "kind", "name", "first_key", "last_key", "title_key", name="pk_identity_names"
    ),
    Index("ix_identity_names_kind_last_key", "kind", "last_key", "first_key"),
)

mention_aliases = Table(
    "mention_aliases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("alias_key", Text, nullable=False),
    # A copy of mentions.identity_id (kept by the write path, which is the only
    # writer of both): "which identities used this alias" is then an index range,
    # not a read of every mention of the most mentioned person.
    Column("identity_id", Integer, nullable=True),
    UniqueConstraint("mention_id", "alias_key", name="uq_mention_aliases_mention_alias"),
    Index("ix_mention_aliases_alias_identity", "alias_key", "identity_id"),
)

mention_roles = Table(
    "mention_roles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
    Column("role", Text, nullable=False),
    Column("stated_at", UTCDateTime, nullable=True),
    Index("ix_mention_roles_mention_id", "mention_id"),
)


def _ref_columns(prefix: str) -> list[Column[object]]:
    """A person as the fact names them, plus the mention that ties them to an identity."""
    return [
        Column(f"{prefix}_name", Text, nullable=True),
        Column(f"{prefix}_role", Text, nullable=True),
        Column(f"{prefix}_kind", String(16), nullable=True),
        Column(
            f"{prefix}_mention_id", Integer, ForeignKey("mentions.id", ondelete="SET NULL"), nullable=True
        ),
    ]


def _person_copies(prefix: str) -> list[Column[object]]:
    """Copies of the person mention's identity and of the document's sort_time, kept
    by the write path: a person's newest facts are then the head of one index,
    not a sort of every fact of the most mentioned person."""
    return [
        Column(f"{prefix}_identity_id", Integer, nullable=True),
        Column("sort_time", UTCDateTime, nullable=True),
    ]


quotes = Table(
    "quotes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(8), nullable=False),
    *_ref_columns("speaker"),
    *_evidence_columns(),
    *_person_copies("speaker"),
    CheckConstraint("kind IN ('direct', 'partial')", name="kind"),
    *_evidence_checks("quotes"),
    Index("ix_quotes_document_id", "document_id"),
    Index("ix_quotes_speaker_mention_id", "speaker_mention_id"),
    Index("ix_quotes_speaker_identity_sort", "speaker_identity_id", "sort_time"),
)

questions = Table(
    "questions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(8), nullable=False),
    *_ref_columns("asked_by"),
    *_evidence_columns(),
    *_person_copies("asked_by"),
    # a reporter's question left open: where the answer that leaves it open begins
    Column("answer_sentence", Text, nullable=True),
    Column("answer_span_start", Integer, nullable=True),
    Column("answer_span_end", Integer, nullable=True),
    CheckConstraint("kind IN ('explicit', 'implicit')", name="kind"),
    *_evidence_checks("questions"),
    CheckConstraint(ANSWER_CHECK, name="answer"),
    Index("ix_questions_document_id", "document_id"),
    Index("ix_questions_asked_by_mention_id", "asked_by_mention_id"),
    Index("ix_questions_asked_by_identity_sort", "asked_by_identity_id", "sort_time"),
)

_STATUSES = "('held', 'planned', 'postponed', 'cancelled')"

meetings = Table(
    "meetings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("place", Text, nullable=True),
    Column("place_key", Text, nullable=True),
    Column("date", String(10), nullable=True),
    Column("status", String(10), nullable=False),
    Column("anchor_date", Date, nullable=False),
    Column("first_time", UTCDateTime, nullable=False),
    Column("last_time", UTCDateTime, nullable=False),
    Column("last_ingested_at", UTCDateTime, nullable=False),
    CheckConstraint(f"status IN {_STATUSES}", name="status"),
    Index("ix_meetings_anchor_date", "anchor_date"),
    Index("ix_meetings_last_time", "last_time"),
    Index("ix_meetings_last_ingested_at", "last_ingested_at"),
    Index("ix_meetings_place_key", "place_key"),
)

meeting_reports = Table(
    "meeting_reports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("meeting_id", Integer, ForeignKey("meetings.id", ondelete="SET NULL"), nullable=True),
    Column("document_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("place", Text, nullable=True),
    Column("date", String(10), nullable=True),
    Column("status", String(10), nullable=False),
    Column("anchor_date", Date, nullable=False),
    *_evidence_columns(),
    CheckConstraint(f"status IN {_STATUSES}", name="status"),
    *_evidence_checks("meeting_reports"),
    Index("ix_meeting_reports_meeting_id", "meeting_id"),
    Index("ix_meeting_reports_document_id", "document_id"),
    Index("ix_meeting_reports_anchor_date", "anchor_date"),
)

meeting_participants = Table(
    "meeting_participants",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", Integer, ForeignKey("meeting_reports.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("role", Text, nullable=True),
    Column("kind", String(16), nullable=False),
    Column("mention_id", Integer, ForeignKey("mentions.id", ondelete="SET NULL"), nullable=True),
    CheckConstraint(f"kind IN {_KINDS}", name="kind"),
    Index("ix_meeting_participants_report_id", "report_id"),
    Index("ix_meeting_participants_mention_id", "mention_id"),
)

# --- bot state ------------------------------------------------------------------

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(32), nullable=False),
    Column("channel", Text, nullable=False),
    Column("time", String(5), nullable=False),
    Column("tz", String(64), nullable=False),
    Column("topic", Text, nullable=True),
    Column("created_at", UTCDateTime, nullable=True),
    Column("active", Boolean, nullable=False, server_default="1"),
    Index("ix_subscriptions_platform_channel", "platform", "channel"),
)

deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("subscription_id", Integer, ForeignKey("subscriptions.id", ondelete="CASCADE"), nullable=False),
    Column("scheduled_for", UTCDateTime, nullable=False),
    Column("status", String(10), nullable=False),
    Column("claimed_at", UTCDateTime, nullable=True),
    Column("claimed_by", Text, nullable=True),
    Column("message_ref", Text, nullable=True),
    Column("posted_at", UTCDateTime, nullable=True),
    Column("error", Text, nullable=True),
    CheckConstraint("status IN ('claimed', 'posted', 'missed', 'failed')", name="status"),
    UniqueConstraint("subscription_id", "scheduled_for", name="uq_deliveries_subscription_scheduled"),
)

leases = Table(
    "leases",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("holder", Text, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
)

request_keys = Table(
    "request_keys",
    metadata,
    Column("platform", String(32), primary_key=True),
    Column("key", String(200), primary_key=True),
    Column("seen_at", UTCDateTime, nullable=False),
    Index("ix_request_keys_seen_at", "seen_at"),
)
"""Requests already answered (Slack event ids, command trigger ids), shared by every replica."""

posted_briefings = Table(
    "posted_briefings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("platform", String(32), nullable=False),
    Column("channel", Text, nullable=False),
    Column("message_id", Text, nullable=False),
    Column("posted_at", UTCDateTime, nullable=False),
    UniqueConstraint("platform", "channel", "message_id", name="uq_posted_briefings_message"),
    Index("ix_posted_briefings_channel_posted_at", "platform", "channel", "posted_at"),
)

posted_items = Table(
    "posted_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("briefing_id", Integer, ForeignKey("posted_briefings.id", ondelete="CASCADE"), nullable=False),
    Column("number", Integer, nullable=False),
    Column("section", String(10), nullable=False),
    Column("fact_id", Integer, nullable=False),
    Column("label", Text, nullable=False),
    CheckConstraint("section IN ('meetings', 'quotes', 'questions')", name="section"),
    Index("ix_posted_items_briefing_id", "briefing_id"),
)
