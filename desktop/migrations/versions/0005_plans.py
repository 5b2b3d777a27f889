"""From a map to a plan: actions, strategy sheets, relationship owners, people who moved,
forecast discipline (docs/strategy.md, docs/actions.md, docs/coverage.md,
docs/map-over-time.md, docs/forecast-discipline.md)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

New tables and added columns; the one new reference rebuilds ``contact`` and creates its
search triggers (migration 0003) again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
    ]


def _stamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def _keys(table: str) -> list[sa.Constraint]:
    return [
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uuid", name=op.f(f"uq_{table}_uuid")),
    ]


def _enum(length: int = 32) -> sa.String:
    return sa.String(length=length)


# Columns added to existing tables: (table, column). Plain ADD COLUMN on SQLite.
ADDED: list[tuple[str, sa.Column[object]]] = [
    ("opportunity", sa.Column("sales_objective", sa.Text(), nullable=False, server_default="")),
    ("opportunity", sa.Column("objective_amount", sa.Integer(), nullable=True)),
    ("opportunity", sa.Column("objective_by", sa.Date(), nullable=True)),
    ("opportunity", sa.Column("order_priority", _enum(), nullable=True)),
    ("opportunity", sa.Column("first_decision_date", sa.Date(), nullable=True)),
    ("opportunity", sa.Column("slip_count", sa.Integer(), nullable=False, server_default="0")),
    ("decision_group_member", sa.Column("influence_degree", _enum(), nullable=True)),
    ("decision_group_member", sa.Column("mode", _enum(), nullable=True)),
    (
        "decision_group_member",
        sa.Column("win_result", sa.Text(), nullable=False, server_default=""),
    ),
    ("contact", sa.Column("left_on", sa.Date(), nullable=True)),
    ("contact", sa.Column("moved_on", sa.Date(), nullable=True)),
    ("lead", sa.Column("estimated_amount", sa.Integer(), nullable=True)),
    ("tender", sa.Column("no_bid_override", sa.Text(), nullable=False, server_default="")),
    (
        "collection_action",
        sa.Column("covers_contract", sa.Boolean(), nullable=False, server_default=sa.false()),
    ),
]


def _triggers(table: str) -> list[str]:
    """The CREATE statements of ``table``'s triggers (SQLite only; none elsewhere)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return []
    rows = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    )
    return [sql for (sql,) in rows]


def upgrade() -> None:
    op.create_table(
        "action",
        *_record_columns(),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("opportunity_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("assignee", sa.String(length=80), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", _enum(), nullable=False),
        sa.Column("best", sa.Boolean(), nullable=False),
        sa.Column("about_kind", sa.String(length=40), nullable=False),
        sa.Column("about_key", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_action_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_action_interaction_id_interaction"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_action_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        *_keys("action"),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_action_account_id"), "action", ["account_id"])
    op.create_index(op.f("ix_action_opportunity_id"), "action", ["opportunity_id"])
    op.create_index(op.f("ix_action_interaction_id"), "action", ["interaction_id"])
    op.create_index("ix_action_status_due_on", "action", ["status", "due_on"])
    op.create_index("ix_action_about_key", "action", ["about_key"])

    op.create_table(
        "strategy_note",
        *_record_columns(),
        sa.Column("opportunity_id", sa.Integer(), nullable=False),
        sa.Column("kind", _enum(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["opportunity_id"],
            ["opportunity.id"],
            name=op.f("fk_strategy_note_opportunity_id_opportunity"),
            ondelete="CASCADE",
        ),
        *_keys("strategy_note"),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_strategy_note_opportunity_id"), "strategy_note", ["opportunity_id"])

    op.create_table(
        "relationship_owner",
        *_record_columns(),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("member", sa.String(length=80), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contact.id"],
            name=op.f("fk_relationship_owner_contact_id_contact"),
            ondelete="CASCADE",
        ),
        *_keys("relationship_owner"),
        sa.UniqueConstraint(
            "contact_id", "member", name=op.f("uq_relationship_owner_contact_id_member")
        ),
        sqlite_autoincrement=True,
    )
    op.create_index(op.f("ix_relationship_owner_contact_id"), "relationship_owner", ["contact_id"])

    for table, column in ADDED:
        op.add_column(table, column)
    # A reference added to an existing table: SQLite needs the table rebuilt (batch mode),
    # which drops its triggers; the search index's are read first and created again.
    triggers = _triggers("contact")
    with op.batch_alter_table("contact") as batch:
        batch.add_column(sa.Column("moved_from_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_contact_moved_from_id_account",
            "account",
            ["moved_from_id"],
            ["id"],
            ondelete="SET NULL",
        )
    for sql in triggers:
        op.execute(sql)
    op.create_index(op.f("ix_contact_moved_from_id"), "contact", ["moved_from_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_contact_moved_from_id"), table_name="contact")
    triggers = _triggers("contact")
    with op.batch_alter_table("contact") as batch:
        batch.drop_constraint("fk_contact_moved_from_id_account", type_="foreignkey")
        batch.drop_column("moved_from_id")
    for table, column in reversed(ADDED):
        triggers += _triggers(table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column.name)
    for sql in dict.fromkeys(triggers):  # each table's once, after its last rebuild
        op.execute(sql)
    op.drop_table("relationship_owner")
    op.drop_table("strategy_note")
    op.drop_table("action")
