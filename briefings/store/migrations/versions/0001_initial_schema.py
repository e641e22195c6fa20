"""Initial schema: corpus (documents, mentions/identities, facts, merged meetings),
full-text indexes (SQLite FTS5 / PostgreSQL GIN over tsvector) and bot state.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:

    op.create_table(
        "documents",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("published", sa.DateTime(timezone=True), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("license", sa.Text(), nullable=True),
        sa.Column("meta", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sort_time", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_documents")),
        sa.UniqueConstraint("id", name=op.f("uq_documents_id")),
        sa.UniqueConstraint("key", name=op.f("uq_documents_key")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index("ix_documents_ingested_at", ["ingested_at"], unique=False)
        batch_op.create_index("ix_documents_published", ["published"], unique=False)
        batch_op.create_index("ix_documents_sort_time", ["sort_time"], unique=False)

    op.create_table(
        "identities",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("first_key", sa.Text(), nullable=True),
        sa.Column("last_key", sa.Text(), nullable=True),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('person', 'org', 'group', 'place', 'anonymous')", name=op.f("ck_identities_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identities")),
    )
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.create_index("ix_identities_name_key", ["name_key", "kind"], unique=False)
        batch_op.create_index("ix_identities_last_key", ["last_key"], unique=False)

    op.create_table(
        "leases",
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("holder", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_leases")),
    )
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("place_key", sa.Text(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("anchor_date", sa.Date(), nullable=False),
        sa.Column("first_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("status IN ('held', 'planned', 'cancelled')", name=op.f("ck_meetings_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index("ix_meetings_anchor_date", ["anchor_date"], unique=False)
        batch_op.create_index("ix_meetings_last_ingested_at", ["last_ingested_at"], unique=False)
        batch_op.create_index("ix_meetings_last_time", ["last_time"], unique=False)
        batch_op.create_index("ix_meetings_place_key", ["place_key"], unique=False)

    op.create_table(
        "posted_briefings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("message_id", sa.Text(), nullable=False),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posted_briefings")),
        sa.UniqueConstraint("platform", "channel", "message_id", name="uq_posted_briefings_message"),
    )
    with op.batch_alter_table("posted_briefings", schema=None) as batch_op:
        batch_op.create_index(
            "ix_posted_briefings_channel_posted_at", ["platform", "channel", "posted_at"], unique=False
        )

    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("time", sa.String(length=5), nullable=False),
        sa.Column("tz", sa.String(length=64), nullable=False),
        sa.Column("topic", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriptions")),
    )
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.create_index("ix_subscriptions_platform_channel", ["platform", "channel"], unique=False)

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("scheduled_for", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.Text(), nullable=True),
        sa.Column("message_ref", sa.Text(), nullable=True),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('claimed', 'posted', 'missed', 'failed')", name=op.f("ck_deliveries_status")
        ),
        sa.ForeignKeyConstraint(
            ["subscription_id"],
            ["subscriptions.id"],
            name=op.f("fk_deliveries_subscription_id_subscriptions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("subscription_id", "scheduled_for", name="uq_deliveries_subscription_scheduled"),
    )
    op.create_table(
        "meeting_reports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("place", sa.Text(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("anchor_date", sa.Date(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=8), server_default="body", nullable=False),
        sa.CheckConstraint("field IN ('body', 'title')", name=op.f("ck_meeting_reports_field")),
        sa.CheckConstraint(
            "status IN ('held', 'planned', 'cancelled')", name=op.f("ck_meeting_reports_status")
        ),
        sa.CheckConstraint(
            "span_start >= 0 AND span_end >= span_start", name=op.f("ck_meeting_reports_span")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_meeting_reports_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_reports_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_reports")),
    )
    with op.batch_alter_table("meeting_reports", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_reports_anchor_date", ["anchor_date"], unique=False)
        batch_op.create_index("ix_meeting_reports_document_id", ["document_id"], unique=False)
        batch_op.create_index("ix_meeting_reports_meeting_id", ["meeting_id"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("identity_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("first_key", sa.Text(), nullable=True),
        sa.Column("last_key", sa.Text(), nullable=True),
        sa.Column("name_key", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('person', 'org', 'group', 'place', 'anonymous')", name=op.f("ck_mentions_kind")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_mentions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["identity_id"],
            ["identities.id"],
            name=op.f("fk_mentions_identity_id_identities"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentions")),
        sa.UniqueConstraint("document_id", "kind", "name", name="uq_mentions_document_kind_name"),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index("ix_mentions_identity_id", ["identity_id", "name"], unique=False)
        batch_op.create_index(
            "ix_mentions_kind_last_key", ["kind", "last_key", "first_key", "identity_id"], unique=False
        )

    op.create_table(
        "posted_items",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("briefing_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("section", sa.String(length=10), nullable=False),
        sa.Column("fact_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "section IN ('meetings', 'quotes', 'questions')", name=op.f("ck_posted_items_section")
        ),
        sa.ForeignKeyConstraint(
            ["briefing_id"],
            ["posted_briefings.id"],
            name=op.f("fk_posted_items_briefing_id_posted_briefings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_posted_items")),
    )
    with op.batch_alter_table("posted_items", schema=None) as batch_op:
        batch_op.create_index("ix_posted_items_briefing_id", ["briefing_id"], unique=False)

    op.create_table(
        "meeting_participants",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('person', 'org', 'group', 'place', 'anonymous')",
            name=op.f("ck_meeting_participants_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mentions.id"],
            name=op.f("fk_meeting_participants_mention_id_mentions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["meeting_reports.id"],
            name=op.f("fk_meeting_participants_report_id_meeting_reports"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participants")),
    )
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_participants_mention_id", ["mention_id"], unique=False)
        batch_op.create_index("ix_meeting_participants_report_id", ["report_id"], unique=False)

    op.create_table(
        "mention_aliases",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("alias", sa.Text(), nullable=False),
        sa.Column("alias_key", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mentions.id"],
            name=op.f("fk_mention_aliases_mention_id_mentions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention_aliases")),
        sa.UniqueConstraint("mention_id", "alias_key", name="uq_mention_aliases_mention_alias"),
    )
    with op.batch_alter_table("mention_aliases", schema=None) as batch_op:
        batch_op.create_index("ix_mention_aliases_alias_key", ["alias_key"], unique=False)

    op.create_table(
        "mention_roles",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("stated_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["mention_id"],
            ["mentions.id"],
            name=op.f("fk_mention_roles_mention_id_mentions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention_roles")),
    )
    with op.batch_alter_table("mention_roles", schema=None) as batch_op:
        batch_op.create_index("ix_mention_roles_mention_id", ["mention_id"], unique=False)

    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("asked_by_name", sa.Text(), nullable=True),
        sa.Column("asked_by_role", sa.Text(), nullable=True),
        sa.Column("asked_by_kind", sa.String(length=16), nullable=True),
        sa.Column("asked_by_mention_id", sa.Integer(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=8), server_default="body", nullable=False),
        sa.CheckConstraint("field IN ('body', 'title')", name=op.f("ck_questions_field")),
        sa.CheckConstraint("kind IN ('explicit', 'implicit')", name=op.f("ck_questions_kind")),
        sa.CheckConstraint("span_start >= 0 AND span_end >= span_start", name=op.f("ck_questions_span")),
        sa.ForeignKeyConstraint(
            ["asked_by_mention_id"],
            ["mentions.id"],
            name=op.f("fk_questions_asked_by_mention_id_mentions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_questions_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index("ix_questions_asked_by_mention_id", ["asked_by_mention_id"], unique=False)
        batch_op.create_index("ix_questions_document_id", ["document_id"], unique=False)

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("speaker_name", sa.Text(), nullable=True),
        sa.Column("speaker_role", sa.Text(), nullable=True),
        sa.Column("speaker_kind", sa.String(length=16), nullable=True),
        sa.Column("speaker_mention_id", sa.Integer(), nullable=True),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=8), server_default="body", nullable=False),
        sa.CheckConstraint("field IN ('body', 'title')", name=op.f("ck_quotes_field")),
        sa.CheckConstraint("kind IN ('direct', 'partial')", name=op.f("ck_quotes_kind")),
        sa.CheckConstraint("span_start >= 0 AND span_end >= span_start", name=op.f("ck_quotes_span")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_quotes_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_mention_id"],
            ["mentions.id"],
            name=op.f("fk_quotes_speaker_mention_id_mentions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index("ix_quotes_document_id", ["document_id"], unique=False)
        batch_op.create_index("ix_quotes_speaker_mention_id", ["speaker_mention_id"], unique=False)
    _create_fulltext()


def downgrade() -> None:
    _drop_fulltext()

    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_speaker_mention_id")
        batch_op.drop_index("ix_quotes_document_id")

    op.drop_table("quotes")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index("ix_questions_document_id")
        batch_op.drop_index("ix_questions_asked_by_mention_id")

    op.drop_table("questions")
    with op.batch_alter_table("mention_roles", schema=None) as batch_op:
        batch_op.drop_index("ix_mention_roles_mention_id")

    op.drop_table("mention_roles")
    with op.batch_alter_table("mention_aliases", schema=None) as batch_op:
        batch_op.drop_index("ix_mention_aliases_alias_key")

    op.drop_table("mention_aliases")
    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_participants_report_id")
        batch_op.drop_index("ix_meeting_participants_mention_id")

    op.drop_table("meeting_participants")
    with op.batch_alter_table("posted_items", schema=None) as batch_op:
        batch_op.drop_index("ix_posted_items_briefing_id")

    op.drop_table("posted_items")
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_index("ix_mentions_kind_last_key")
        batch_op.drop_index("ix_mentions_identity_id")

    op.drop_table("mentions")
    with op.batch_alter_table("meeting_reports", schema=None) as batch_op:
        batch_op.drop_index("ix_meeting_reports_meeting_id")
        batch_op.drop_index("ix_meeting_reports_document_id")
        batch_op.drop_index("ix_meeting_reports_anchor_date")

    op.drop_table("meeting_reports")
    op.drop_table("deliveries")
    with op.batch_alter_table("subscriptions", schema=None) as batch_op:
        batch_op.drop_index("ix_subscriptions_platform_channel")

    op.drop_table("subscriptions")
    with op.batch_alter_table("posted_briefings", schema=None) as batch_op:
        batch_op.drop_index("ix_posted_briefings_channel_posted_at")

    op.drop_table("posted_briefings")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_meetings_place_key")
        batch_op.drop_index("ix_meetings_last_time")
        batch_op.drop_index("ix_meetings_last_ingested_at")
        batch_op.drop_index("ix_meetings_anchor_date")

    op.drop_table("meetings")
    op.drop_table("leases")
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.drop_index("ix_identities_last_key")
        batch_op.drop_index("ix_identities_name_key")

    op.drop_table("identities")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index("ix_documents_sort_time")
        batch_op.drop_index("ix_documents_published")
        batch_op.drop_index("ix_documents_ingested_at")

    op.drop_table("documents")


# Full-text search. SQLite: external-content FTS5 tables whose rowids are
# documents.pk and quotes.id, maintained by the store's one write path. PostgreSQL:
# GIN indexes over the same to_tsvector expressions the queries use.
_PG_DOCUMENT_TSV = "to_tsvector('english', coalesce(title, '') || ' ' || coalesce(body, ''))"
_PG_QUOTE_TSV = "to_tsvector('english', coalesce(text, ''))"


def _create_fulltext() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "title, body, content='documents', content_rowid='pk', tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE VIRTUAL TABLE quotes_fts USING fts5("
            "text, content='quotes', content_rowid='id', tokenize='porter unicode61')"
        )
    elif dialect == "postgresql":
        op.execute(f"CREATE INDEX ix_documents_tsv ON documents USING gin ({_PG_DOCUMENT_TSV})")
        op.execute(f"CREATE INDEX ix_quotes_tsv ON quotes USING gin ({_PG_QUOTE_TSV})")


def _drop_fulltext() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS quotes_fts")
        op.execute("DROP TABLE IF EXISTS documents_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_quotes_tsv")
        op.execute("DROP INDEX IF EXISTS ix_documents_tsv")
