"""identity_names: each identity's mention counts by name, kept by the write path.

Choosing an identity's name and re-resolving a surname group used to recount
every mention of the identities a document touched, so a save cost more as the
corpus grew; these counts make it cost what the document holds. Existing
databases are backfilled from ``mentions`` (absent keys are ``''``, see
:mod:`briefings.store.schema`).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "identity_names",
        sa.Column("identity_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("first_key", sa.Text(), nullable=False),
        sa.Column("last_key", sa.Text(), nullable=False),
        sa.Column("mentions", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["identity_id"],
            ["identities.id"],
            name=op.f("fk_identity_names_identity_id_identities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "identity_id", "kind", "name", "first_key", "last_key", name=op.f("pk_identity_names")
        ),
    )
    with op.batch_alter_table("identity_names", schema=None) as batch_op:
        batch_op.create_index(
            "ix_identity_names_kind_last_key", ["kind", "last_key", "first_key"], unique=False
        )
    op.execute(
        "INSERT INTO identity_names (identity_id, kind, name, first_key, last_key, mentions) "
        "SELECT identity_id, kind, name, COALESCE(first_key, ''), COALESCE(last_key, ''), COUNT(*) "
        "FROM mentions WHERE identity_id IS NOT NULL "
        "GROUP BY identity_id, kind, name, COALESCE(first_key, ''), COALESCE(last_key, '')"
    )


def downgrade() -> None:
    with op.batch_alter_table("identity_names", schema=None) as batch_op:
        batch_op.drop_index("ix_identity_names_kind_last_key")

    op.drop_table("identity_names")
