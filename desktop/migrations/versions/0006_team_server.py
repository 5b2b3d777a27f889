"""A team on one server: record versions, shared accounts, hand-overs, synchronisation state
(docs/team-server.md)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

Plain ADD COLUMN on every record table (no rebuild, so the search triggers stay).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.schema import SchemaItem

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Every table whose rows are records (they carry uuid and owner), in 0005's schema.
RECORD_TABLES = (
    "account", "checklist_template", "forecast_snapshot", "monthly_target", "stage",
    "trash_entry", "contact", "snapshot_line", "stage_criterion", "template_item",
    "contact_role", "influence_link", "interaction", "opportunity", "relationship_owner",
    "action", "assessment", "competitor", "contract", "decision_group_member", "lead",
    "stage_change", "stage_check", "strategy_note", "tender", "acceptance", "amendment",
    "checklist_item", "delivery_line", "deviation_item", "payment", "payment_milestone",
    "shipping_exception", "tender_lot", "collection_action", "invoice", "payment_allocation",
    "attachment",
)  # fmt: skip


# Money (integer fen) columns: PostgreSQL's integer is 32 bits, under 22 million yuan, so a
# server keeps them as bigint, as the model's type does (docs/team-server.md).
MONEY = (
    ("monthly_target", "amount"), ("snapshot_line", "amount"), ("opportunity", "amount"),
    ("opportunity", "objective_amount"), ("contract", "amount"), ("lead", "estimated_amount"),
    ("tender", "bond_amount"), ("tender", "price_ceiling"), ("tender", "second_quote"),
    ("amendment", "amount_delta"), ("delivery_line", "quantity"), ("payment", "amount"),
    ("payment_milestone", "percent"), ("payment_milestone", "amount"),
    ("tender_lot", "our_price"), ("tender_lot", "winning_price"), ("invoice", "amount"),
    ("payment_allocation", "amount"),
)  # fmt: skip


def _record_table(name: str, *columns: SchemaItem) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        *columns,
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{name}_uuid")),
        sqlite_autoincrement=True,
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column in MONEY:
            op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column(
        "change_log",
        sa.Column("origin", sa.String(length=36), nullable=False, server_default=""),
    )
    _record_table(
        "account_share",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("member", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_account_share_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "account_id", "member", name=op.f("uq_account_share_account_id_member")
        ),
    )
    op.create_index(op.f("ix_account_share_account_id"), "account_share", ["account_id"])
    _record_table(
        "handover",
        sa.Column("from_owner", sa.String(length=80), nullable=False),
        sa.Column("to_owner", sa.String(length=80), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("handed_by", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("server_id", sa.String(length=36), nullable=False),
        sa.Column("server_label", sa.String(length=300), nullable=False),
        sa.Column("server_cursor", sa.BigInteger(), nullable=False),
        sa.Column("local_cursor", sa.BigInteger(), nullable=False),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_state")),
        sa.UniqueConstraint("server_id", name=op.f("uq_sync_state_server_id")),
        sqlite_autoincrement=True,
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    op.drop_table("handover")
    op.drop_index(op.f("ix_account_share_account_id"), table_name="account_share")
    op.drop_table("account_share")
    # SQLite drops a column only by rebuilding the table (batch mode), which drops its
    # triggers: read them first and create them again, as migration 0005 does.
    bind = op.get_bind()
    triggers: list[str] = []
    for table in ("change_log", *RECORD_TABLES):
        if bind.dialect.name == "sqlite":
            triggers += [
                sql
                for (sql,) in bind.exec_driver_sql(
                    "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                    (table,),
                )
            ]
        with op.batch_alter_table(table) as batch:
            batch.drop_column("origin" if table == "change_log" else "version")
    for sql in dict.fromkeys(triggers):
        op.execute(sql)
