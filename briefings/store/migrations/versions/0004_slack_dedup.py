"""Requests already answered, shared by replicas: Slack redelivers events and commands.

Slack retries an event it thinks was not acknowledged in time (to any replica,
or to a restarted process), and a replayed slash command carries the same
trigger id; a per-process memory answered each twice. The key (the event id, or
the command's trigger id) is remembered here for a TTL past Slack's retry window.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "request_keys",
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("platform", "key", name=op.f("pk_request_keys")),
    )
    op.create_index("ix_request_keys_seen_at", "request_keys", ["seen_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_request_keys_seen_at", table_name="request_keys")
    op.drop_table("request_keys")
