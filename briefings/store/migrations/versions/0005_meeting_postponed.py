"""Meeting status ``postponed``: a meeting put off to a later day is neither held nor called off.

The check constraints on ``meetings.status`` and ``meeting_reports.status``
admit the new value; existing rows are untouched.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

_TABLES = ("meetings", "meeting_reports")
_OLD = "status IN ('held', 'planned', 'cancelled')"
_NEW = "status IN ('held', 'planned', 'postponed', 'cancelled')"


def _swap(check: str) -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_status"), type_="check")
            batch_op.create_check_constraint("status", check)


def upgrade() -> None:
    _swap(_NEW)


def downgrade() -> None:
    for table in _TABLES:
        op.execute(f"UPDATE {table} SET status = 'cancelled' WHERE status = 'postponed'")
    _swap(_OLD)
