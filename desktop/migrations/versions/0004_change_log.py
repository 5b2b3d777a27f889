"""The per-field change log (docs/merging.md)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("record_uuid", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("changed_by", sa.String(length=80), nullable=False),
        sa.Column("batch", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_change_log_uuid")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_change_log_record_field", "change_log", ["record_uuid", "field"])
    op.create_index(op.f("ix_change_log_changed_at"), "change_log", ["changed_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_change_log_changed_at"), table_name="change_log")
    op.drop_index("ix_change_log_record_field", table_name="change_log")
    op.drop_table("change_log")
