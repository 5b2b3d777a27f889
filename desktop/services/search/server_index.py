"""The search index on a team server, kept in step by statement-level triggers
(docs/team-server.md#search), installed by ``server init`` in place of migration 0003's
per-row ones.

Each searched table has one trigger per event (PostgreSQL gives transition tables to
single-event triggers only), and each runs one set-based statement from the statement's
rows instead of a PL/pgSQL call per row: a sync's ``UPDATE`` of 10,000 accounts spent half
its time re-indexing them row by row. An update re-indexes only the rows whose indexed text
changed (a trigger with transition tables may not name columns, so the statement compares
the old rows' text with the new): a hand-over or a change of a field that is not searched
leaves the index alone.
"""

from __future__ import annotations

from sqlalchemy import Connection

from ..driver import raw
from .index import FIELDS, KIND_CODES, SEARCH_TABLE, SLOTS

# The events, with the transition tables each trigger gets (names as the log's triggers).
_EVENTS = {
    "insert": "INSERT ON {table} REFERENCING NEW TABLE AS kad_new",
    "update": "UPDATE ON {table} REFERENCING OLD TABLE AS kad_old NEW TABLE AS kad_new",
    "delete": "DELETE ON {table} REFERENCING OLD TABLE AS kad_old",
}


def _indexed(kind: str, rows: str) -> str:
    """The id and the indexed text of each row of ``rows`` (a transition table)."""
    title, details = FIELDS[kind]
    detail = " || ' ' || ".join(f'"{c}"' for c in details)
    return f'SELECT id, "{title}" AS title, {detail} AS detail FROM {rows}'


def _function(kind: str) -> str:
    code = KIND_CODES[kind]
    old, new = _indexed(kind, "kad_old"), _indexed(kind, "kad_new")
    remove = (
        f"DELETE FROM {SEARCH_TABLE} s USING ({{rows}}) o WHERE s.rowid = o.id * {SLOTS} + {code}"
    )
    add = (
        f"INSERT INTO {SEARCH_TABLE} (rowid, title, detail) "
        f"SELECT id * {SLOTS} + {code}, title, detail FROM ({{rows}}) n"
    )
    # Run as the schema's owner: the index stays whole whoever writes (a member only reads
    # it, and a row they delete is no longer visible to them).
    return f"""
CREATE OR REPLACE FUNCTION "search_{kind}"() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path FROM CURRENT AS $f$
BEGIN
  IF TG_OP = 'INSERT' THEN
    {add.format(rows=new)};
  ELSIF TG_OP = 'DELETE' THEN
    {remove.format(rows="SELECT id FROM kad_old")};
  ELSE  -- only the rows whose indexed text (or id) changed
    {remove.format(rows=f"{old} EXCEPT {new}")};
    {add.format(rows=f"{new} EXCEPT {old}")};
  END IF;
  RETURN NULL;
END
$f$"""


def install(connection: Connection) -> None:
    """``server init``: the statement triggers of every searched table (idempotent). The
    function keeps migration 0003's name, so its downgrade still drops it with them."""
    driver = raw(connection).driver
    for kind in KIND_CODES:
        table = f'"{kind}"'
        driver.execute(f"DROP TRIGGER IF EXISTS search_{kind} ON {table}")  # 0003's, per row
        driver.execute(_function(kind))
        for event, spec in _EVENTS.items():
            trigger = f"search_{kind}_{event}"
            driver.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
            driver.execute(
                f"CREATE TRIGGER {trigger} AFTER {spec.format(table=table)} "
                f'FOR EACH STATEMENT EXECUTE FUNCTION "search_{kind}"()'
            )
