"""Speed at scale: the search index (FTS5 trigram, kept in step by triggers) and indexes for
the lists, filters and reminders

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

The search index is described in ``desktop/services/search/index.py``. Its triggers live on
the searched tables: a later migration that rebuilds one of those tables (Alembic's batch
mode copies and drops it) must create that table's triggers again; ``tests/unit/search``
fails when one is missing.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SLOTS = 8
# kind code, table, title expression, detail expression, columns whose change re-indexes.
SEARCHED = (
    (1, "account", "{r}.name", "{r}.short_name || ' ' || {r}.region", "name, short_name, region"),
    (
        2,
        "contact",
        "{r}.name",
        "{r}.title || ' ' || {r}.department || ' ' || {r}.mobile || ' ' || {r}.phone || ' ' "
        "|| {r}.email || ' ' || {r}.wechat",
        "name, title, department, mobile, phone, email, wechat",
    ),
    (3, "opportunity", "{r}.name", "{r}.project_type", "name, project_type"),
    (
        4,
        "tender",
        "{r}.title",
        "{r}.tender_no || ' ' || {r}.buyer || ' ' || {r}.agency",
        "title, tender_no, buyer, agency",
    ),
    (5, "contract", "{r}.title", "{r}.number", "title, number"),
)
# (name, table, columns): indexes the hot queries need (tests/gui/speed checks the plans).
INDEXES = (
    ("ix_contact_birthday", "contact", ["birthday"]),
    (
        "ix_opportunity_stage_id_decision_date",
        "opportunity",
        ["stage_id", "expected_decision_date"],
    ),
    ("ix_payment_milestone_due_on_amount", "payment_milestone", ["due_on", "amount"]),
    ("ix_payment_received_on_amount", "payment", ["received_on", "amount"]),
    ("ix_payment_allocation_milestone_id_amount", "payment_allocation", ["milestone_id", "amount"]),
)
# Single-column indexes the covering ones above replace (same first column).
REPLACED = (
    ("ix_payment_milestone_due_on", "payment_milestone", ["due_on"]),
    ("ix_payment_received_on", "payment", ["received_on"]),
    ("ix_payment_allocation_milestone_id", "payment_allocation", ["milestone_id"]),
)


def _insert(code: int, title: str, detail: str, row: str) -> str:
    return (
        f"INSERT INTO search_index (rowid, title, detail) VALUES ({row}.id * {SLOTS} + {code}, "
        f"{title.format(r=row)}, {detail.format(r=row)})"
    )


def upgrade() -> None:
    op.execute("CREATE VIRTUAL TABLE search_index USING fts5(title, detail, tokenize = 'trigram')")
    for code, table, title, detail, columns in SEARCHED:
        op.execute(
            f"INSERT INTO search_index (rowid, title, detail) SELECT id * {SLOTS} + {code}, "
            f"{title.format(r=table)}, {detail.format(r=table)} FROM {table}"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {_insert(code, title, detail, 'new')}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE OF {columns} ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = old.id * {SLOTS} + {code}; "
            f"{_insert(code, title, detail, 'new')}; END"
        )
        op.execute(
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN "
            f"DELETE FROM search_index WHERE rowid = old.id * {SLOTS} + {code}; END"
        )
    for name, table, indexed in INDEXES:  # plain CREATE INDEX: the table (and triggers) stay
        op.create_index(name, table, indexed, unique=False)
    for name, table, _columns in REPLACED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, columns in REPLACED:
        op.create_index(name, table, columns, unique=False)
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    for _code, table, *_rest in SEARCHED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER search_{table}_{event}")
    op.execute("DROP TABLE search_index")
