"""Opportunities: indexes for the paged list and the forecast

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(
            "ix_opportunity_forecast",
            [
                "stage_id",
                "forecast_category",
                "expected_decision_date",
                "amount",
                "probability_override",
            ],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_opportunity_stage_entered_on"), ["stage_entered_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunity_closed_on"), ["closed_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_closed_on"))
        batch_op.drop_index(batch_op.f("ix_opportunity_stage_entered_on"))
        batch_op.drop_index("ix_opportunity_forecast")
