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


def _postgresql_search() -> None:
    """PostgreSQL has no FTS5: a plain table with trigram indexes (pg_trgm) answers the same
    substring searches (docs/team-server.md#search), kept in step by PL/pgSQL triggers."""
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute("CREATE TABLE search_index (rowid bigint PRIMARY KEY, title text, detail text)")
    op.execute("CREATE INDEX ix_search_index_title ON search_index USING gin (title gin_trgm_ops)")
    op.execute(
        "CREATE INDEX ix_search_index_detail ON search_index USING gin (detail gin_trgm_ops)"
    )
    for code, table, title, detail, columns in SEARCHED:
        op.execute(
            f"INSERT INTO search_index (rowid, title, detail) SELECT id * {SLOTS} + {code}, "
            f"{title.format(r=table)}, {detail.format(r=table)} FROM {table}"
        )
        op.execute(
            f"CREATE FUNCTION search_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF TG_OP <> 'INSERT' THEN "
            f"DELETE FROM search_index WHERE rowid = OLD.id * {SLOTS} + {code}; END IF; "
            f"IF TG_OP <> 'DELETE' THEN {_insert(code, title, detail, 'NEW')}; END IF; "
            f"RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER search_{table} AFTER INSERT OR DELETE OR UPDATE OF {columns} "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION search_{table}()"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_search()
    else:
        _sqlite_search()
    for name, table, indexed in INDEXES:  # plain CREATE INDEX: the table (and triggers) stay
        op.create_index(name, table, indexed, unique=False)
    for name, table, _columns in REPLACED:
        op.drop_index(name, table_name=table)


def _sqlite_search() -> None:
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


def downgrade() -> None:
    for name, table, columns in REPLACED:
        op.create_index(name, table, columns, unique=False)
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
    postgresql = op.get_bind().dialect.name == "postgresql"
    for _code, table, *_rest in SEARCHED:
        if postgresql:
            op.execute(f"DROP FUNCTION search_{table}() CASCADE")
            continue
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER search_{table}_{event}")
    op.execute("DROP TABLE search_index")
