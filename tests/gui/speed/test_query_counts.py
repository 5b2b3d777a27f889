"""No query storms: going through the same steps on a database five times the size of another,
no statement runs more often. A statement that runs once per row (an N+1) repeats more on the
larger one; one that a step may skip when there is nothing to read (no attachments, a list
that fits on one page, a reminders group of the account opened) is allowed to appear once where
the smaller database needed none; so is the transaction it runs in."""

from __future__ import annotations

import re
from collections import Counter

BUDGET = 40  # statements one step may run


def shape(sql: str) -> str:
    """The statement without its values: ``IN (?, ?, ?)`` of any length reads ``IN (?)``."""
    return re.sub(r"\(\?(?:, \?)*\)", "(?)", " ".join(sql.split()))


def test_no_statement_repeats_with_more_data(scenario) -> None:
    smaller, larger = scenario["smaller"], scenario["larger"]
    assert [s.name for s in smaller] == [s.name for s in larger]
    grew = []
    for small, large in zip(smaller, larger, strict=True):
        before = Counter(shape(s.sql) for s in small.queries())
        after = Counter(shape(s.sql) for s in large.queries())
        repeated = {sql: n for sql, n in after.items() if n > max(before[sql], 1)}
        if repeated:
            grew.append(f"{small.name}: {repeated}")
    assert not grew, "statements that repeat with the data (N+1):\n" + "\n".join(grew)


def test_steps_run_a_handful_of_statements(scenario) -> None:
    for size, steps in scenario.items():
        heavy = [f"{s.name}: {s.counted()}" for s in steps if s.counted() > BUDGET]
        assert not heavy, (size, heavy)


def test_an_n_plus_one_would_be_caught(scenario) -> None:
    """The check above, on a step doctored to read each row on its own."""
    step = scenario["larger"][1]
    assert step.statements
    per_row = [step.statements[0]] * 3
    before = Counter(shape(s.sql) for s in step.statements)
    after = before + Counter(shape(s.sql) for s in per_row)
    assert any(n > max(before[sql], 1) for sql, n in after.items())
