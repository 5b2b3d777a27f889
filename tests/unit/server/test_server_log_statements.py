"""The server's change log is written by statement-level triggers, one set-based INSERT per
statement (docs/team-server.md#sync): every bulk write — a psql UPDATE of many rows, an
import, a hand-over, a cascading DELETE — must be logged field by field exactly as the
row-level trigger before it logged it, row by row. Here both run the same statements, each in
a transaction rolled back, and their entries are compared."""

from __future__ import annotations

from collections import Counter
from datetime import date

import psycopg
import pytest

from desktop.services.change_log import NOT_LOGGED
from desktop.services.demo import load_demo
from desktop.services.server_log import record_tables

# The row-level trigger the statement-level ones replace (as ``server init`` installed it).
ROW_TRIGGER = """
CREATE FUNCTION pg_temp.kad_log_row() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  old_row jsonb; new_row jsonb; field text; was text; now_is text; target text; i int;
BEGIN
  IF TG_OP = 'INSERT' OR TG_OP = 'DELETE' THEN
    PERFORM kad_log_entry(CASE WHEN TG_OP = 'INSERT' THEN NEW.uuid ELSE OLD.uuid END,
                          TG_TABLE_NAME,
                          CASE WHEN TG_OP = 'INSERT' THEN 'created' ELSE 'deleted' END,
                          '', NULL, NULL);
    RETURN NULL;
  END IF;
  old_row := to_jsonb(OLD);
  new_row := to_jsonb(NEW);
  FOR field IN SELECT key FROM jsonb_each(new_row) LOOP
    CONTINUE WHEN field = ANY (SKIPPED)
      OR (new_row -> field) IS NOT DISTINCT FROM (old_row -> field);
    was := kad_log_text(old_row -> field);
    now_is := kad_log_text(new_row -> field);
    i := array_position(TG_ARGV, field);
    IF i IS NOT NULL AND (i - array_lower(TG_ARGV, 1)) % 2 = 0 THEN
      target := TG_ARGV[i + 1];
      IF was IS NOT NULL THEN
        EXECUTE format('SELECT uuid FROM %I WHERE id = $1', target) INTO was USING was::bigint;
      END IF;
      IF now_is IS NOT NULL THEN
        EXECUTE format('SELECT uuid FROM %I WHERE id = $1', target) INTO now_is
          USING now_is::bigint;
      END IF;
    END IF;
    PERFORM kad_log_entry(NEW.uuid, TG_TABLE_NAME, 'changed', field, was, now_is);
  END LOOP;
  RETURN NULL;
END
$f$
"""

# Multi-row writes of every kind of value, as a script or psql makes them.
STATEMENTS = (
    "UPDATE contact SET could_be_coach = NOT could_be_coach, name = name || '·', "
    "birthday = coalesce(birthday, DATE '1980-01-01') + 1, "
    "reports_to_id = (SELECT min(id) FROM contact), stance = NULL "
    "WHERE id > (SELECT min(id) FROM contact)",
    "UPDATE opportunity SET amount = amount + 100, charter = json_build_object('goal', name), "
    "expected_decision_date = NULL, account_id = (SELECT max(id) FROM account)",
    "UPDATE account SET region = region || '区', updated_at = now(), version = version + 5",
    "UPDATE action SET best = true",  # rows where it was already true log nothing
    "INSERT INTO account (name, short_name, industry, region, address, phone, tax_id, "
    "source_channel, notes) SELECT '新客户' || g, '', '', '', '', '', '', '', '' "
    "FROM generate_series(1, 3) g",
    "DELETE FROM account WHERE id IN (SELECT id FROM account ORDER BY id LIMIT 2)",  # cascades
)


def _logged(url: str, *, row_level: bool) -> Counter:
    """The entries STATEMENTS write, in a transaction rolled back (a created record's uuid,
    random, is left out)."""
    with psycopg.connect(url) as conn:
        if row_level:
            skipped = "ARRAY[" + ", ".join(f"'{n}'" for n in sorted(NOT_LOGGED)) + "]"
            conn.execute(ROW_TRIGGER.replace("SKIPPED", skipped))
            for table in record_tables():
                references = [
                    part
                    for column in table.c
                    for key in column.foreign_keys
                    for part in (column.name, key.column.table.name)
                ]
                arguments = ", ".join(f"'{a}'" for a in references)
                for event in ("insert", "update", "delete"):
                    conn.execute(f'ALTER TABLE "{table.name}" DISABLE TRIGGER kad_log_{event}')
                conn.execute(
                    f'CREATE TRIGGER kad_log_row AFTER INSERT OR UPDATE OR DELETE ON "{table.name}"'
                    f" FOR EACH ROW EXECUTE FUNCTION pg_temp.kad_log_row({arguments})"
                )
        start = conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
        for statement in STATEMENTS:
            conn.execute(statement)
        rows = conn.execute(
            "SELECT record_uuid, kind, action, field, old_value, new_value, changed_by, origin "
            "FROM change_log WHERE id > %s",
            (start,),
        ).fetchall()
        conn.rollback()
    return Counter(("" if r[2] == "created" else r[0], *r[1:]) for r in rows)


@pytest.fixture
def demo_server(pg_db, pg_url: str) -> str:
    with pg_db.session() as s:
        load_demo(s, language="zh_CN", today=date(2026, 11, 23))
    return pg_url


def test_statement_triggers_log_bulk_writes_per_field_as_the_row_trigger_did(
    demo_server: str,
) -> None:
    by_statement = _logged(demo_server, row_level=False)
    by_row = _logged(demo_server, row_level=True)
    actions = Counter(entry[2] for entry in by_statement.elements())
    assert actions["created"] == 3 and actions["deleted"] > 2 and actions["changed"] > 20
    fields = {(entry[1], entry[3]) for entry in by_statement}
    assert {("contact", "reports_to_id"), ("opportunity", "charter"), ("action", "best")} <= fields
    assert ("account", "updated_at") not in fields and ("account", "version") not in fields
    assert by_statement == by_row


def test_a_sync_s_own_writes_are_not_logged_by_the_triggers(pg_url: str) -> None:
    """A sync copies the entries it applies (``kad.quiet``): the triggers stay silent."""
    with psycopg.connect(pg_url) as conn:
        conn.execute("SELECT set_config('kad.quiet', 'on', true)")
        start = conn.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
        conn.execute(STATEMENTS[4])
        conn.execute("UPDATE account SET region = 'x'")
        conn.execute("DELETE FROM account")
        count = conn.execute("SELECT count(*) FROM change_log WHERE id > %s", (start,))
        assert count.fetchone()[0] == 0
        conn.rollback()
