"""Open questions keep their answer's opening: why a reporter's question is left open.

Three nullable columns on ``questions`` (``answer_sentence``, ``answer_span_start``,
``answer_span_end``, read like the question's own evidence) and a check that an
answer is stored whole or not at all. Existing rows have no answer until their
documents are extracted again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | None = None
depends_on: str | None = None

# the schema's check, spelled out here so this revision never changes with schema.py
_ANSWER_CHECK = (
    "(answer_sentence IS NULL AND answer_span_start IS NULL AND answer_span_end IS NULL)"
    " OR (answer_sentence IS NOT NULL AND answer_span_start IS NOT NULL"
    " AND answer_span_end IS NOT NULL"
    " AND answer_span_start >= 0 AND answer_span_end >= answer_span_start)"
)


def upgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answer_sentence", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("answer_span_start", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("answer_span_end", sa.Integer(), nullable=True))
        batch_op.create_check_constraint("answer", _ANSWER_CHECK)


def downgrade() -> None:
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_questions_answer"), type_="check")
        batch_op.drop_column("answer_span_end")
        batch_op.drop_column("answer_span_start")
        batch_op.drop_column("answer_sentence")
