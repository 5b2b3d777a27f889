"""Indexes serve every list, filter and search the application runs: each statement the
scenario ran is explained (``EXPLAIN QUERY PLAN``) and fails when it reads a whole large table
where an index should serve:

* a view of one account never scans a large table, not even along an index;
* a view of all accounts may walk a large table along an index (a sorted page, a covering
  aggregate), but reads one row by row only where the statement is about every row of it
  (listed below, each with its reason).

The plans are those of a database without ``ANALYZE`` statistics, as users' databases are.
"""

from __future__ import annotations

import re
import sqlite3

from .test_query_counts import shape

#: Tables whose size grows with the account book.
LARGE = frozenset(
    {
        "account", "contact", "contact_role", "influence_link", "interaction", "lead",
        "opportunity", "stage_change", "stage_check", "assessment", "decision_group_member",
        "competitor", "tender", "tender_lot", "checklist_item", "deviation_item", "contract",
        "amendment", "payment_milestone", "delivery_line", "shipping_exception", "acceptance",
        "invoice", "payment", "payment_allocation", "collection_action", "attachment",
        "snapshot_line", "trash_entry",
    }
)  # fmt: skip
#: (table, a part of the statement, why reading every row is right) for all-accounts views.
WHOLE_TABLE = (
    ("lead", "FROM lead", "the leads page lists every lead"),
    ("opportunity", "LIKE", "a text filter looks into every opportunity's name and owner"),
    ("payment_milestone", "payment_milestone", "receivables add up every milestone"),
    ("contract", "FROM contract", "receivables and ageing add up every contract"),
    ("payment", "sum(payment.amount)", "the money received, summed over every payment"),
    ("account", "LIKE", "one or two letters: every account's name (5,000, one small table)"),
    ("tender", "LIKE", "one or two letters: every tender's title"),
    ("contract", "LIKE", "one or two letters: every contract's title and number"),
)
SCAN = re.compile(r"^SCAN (\w+)(?: USING (?:COVERING )?INDEX (\w+))?")
ALIAS = re.compile(r"(?:FROM|JOIN)\s+(\w+)(?:\s+AS)?\s+(\w+)", re.IGNORECASE)


def _tables(sql: str) -> dict[str, str]:
    """Alias (or name) -> table, as the plan names them."""
    found = {}
    for table, alias in ALIAS.findall(sql):
        found[alias] = table
        found[table] = table
    return found


def problems(step, statement, conn: sqlite3.Connection) -> list[str]:
    sql = statement.sql
    plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, statement.params)]
    tables = _tables(sql)
    found = []
    for detail in plan:
        if "VIRTUAL TABLE" in detail and ":M" not in detail:
            found.append(f"{detail} (the search index read whole)")
            continue
        scan = SCAN.match(detail)
        if scan is None:
            continue
        table = tables.get(scan.group(1), scan.group(1))
        if table not in LARGE:
            continue
        if not step.all_accounts:
            found.append(f"{detail} for one account")
        elif scan.group(2) is None and not any(
            table == allowed and part in sql for allowed, part, _why in WHOLE_TABLE
        ):
            found.append(f"{detail} (reads every {table} row)")
    return found


def test_large_tables_are_read_through_indexes(scenario, generated) -> None:
    conn = sqlite3.connect(generated["larger"])
    failures = []
    seen = set()
    for step in scenario["larger"]:
        for statement in step.statements:
            if not statement.sql.lstrip().upper().startswith(("SELECT", "WITH")):
                continue
            key = (shape(statement.sql), step.all_accounts)
            if key in seen:
                continue
            seen.add(key)
            for problem in problems(step, statement, conn):
                failures.append(f"[{step.name}] {problem}\n    {shape(statement.sql)[:300]}")
    conn.close()
    assert not failures, "\n".join(failures)


def test_a_missing_index_would_be_caught(scenario, generated, tmp_path) -> None:
    """The check above, on a copy of the database without the index on birth dates (the
    birthday reminders then read every person)."""
    import shutil

    start = scenario["larger"][0]
    birthdays = next(s for s in start.statements if "contact.birthday IN" in s.sql)
    conn = sqlite3.connect(generated["larger"])
    assert problems(start, birthdays, conn) == []
    conn.close()
    copy = tmp_path / "no-index.sqlite"
    shutil.copyfile(generated["larger"], copy)
    conn = sqlite3.connect(copy)
    conn.execute("DROP INDEX ix_contact_birthday")
    assert problems(start, birthdays, conn) == ["SCAN contact (reads every contact row)"]
    conn.close()
