"""Title keys: a bare surname with a title ("President Biden") joins the one full name holding it.

``mentions.title_key`` (nullable) and ``identity_names.title_key`` (``''`` when
absent, part of the primary key so the write path's upserts keep one row per
name, keys and title) hold the head word of the first role a document gives a
person. Existing rows have no title until their documents are extracted again:
their bare surnames resolve as before.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | None = None
depends_on: str | None = None

_OLD_KEY = ["identity_id", "kind", "name", "first_key", "last_key"]


def upgrade() -> None:
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_key", sa.Text(), nullable=True))
    with op.batch_alter_table("identity_names", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_key", sa.Text(), nullable=False, server_default=""))
        batch_op.drop_constraint(op.f("pk_identity_names"), type_="primary")
        batch_op.create_primary_key(op.f("pk_identity_names"), [*_OLD_KEY, "title_key"])
    with op.batch_alter_table("identity_names", schema=None) as batch_op:
        batch_op.alter_column("title_key", server_default=None)


def downgrade() -> None:
    # rows that differ only by title would collide on the old key: recount them, as 0002 does
    op.execute("DELETE FROM identity_names")
    with op.batch_alter_table("identity_names", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("pk_identity_names"), type_="primary")
        batch_op.drop_column("title_key")
        batch_op.create_primary_key(op.f("pk_identity_names"), _OLD_KEY)
    # in place: a batch copy of ``mentions`` would cascade to its aliases and roles on SQLite
    op.execute("ALTER TABLE mentions DROP COLUMN title_key")
    op.execute(
        "INSERT INTO identity_names (identity_id, kind, name, first_key, last_key, mentions) "
        "SELECT identity_id, kind, name, COALESCE(first_key, ''), COALESCE(last_key, ''), COUNT(*) "
        "FROM mentions WHERE identity_id IS NOT NULL "
        "GROUP BY identity_id, kind, name, COALESCE(first_key, ''), COALESCE(last_key, '')"
    )
