"""The scale dataset holds what the new figures open: the 300-person account's deal with a
40-person decision group, strengths, red flags and possible actions, owners for all its
people, and the open actions of the reminders dock (docs/speed.md#the-figures)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

from bench.generate import main_deal, org_chart_account
from bench.scale.plans import DECISION_GROUP, NOTES, POSSIBLE, WINDOW
from bench.scale.sizes import SMALL, TODAY


def test_the_strategy_and_the_reminders_have_their_data(generated) -> None:
    path = generated["larger"]
    org = org_chart_account(path)
    deal = main_deal(path, org)
    conn = sqlite3.connect(path)
    one = lambda sql, *args: conn.execute(sql, args).fetchone()[0]  # noqa: E731
    try:
        assert one("SELECT account_id FROM opportunity WHERE id = ?", deal) == org
        members = "SELECT count(*) FROM decision_group_member WHERE opportunity_id = ?"
        assert one(members, deal) == DECISION_GROUP
        notes = "SELECT count(*) FROM strategy_note WHERE opportunity_id = ? AND kind = ?"
        assert one(notes, deal, "strength") == one(notes, deal, "red_flag") == NOTES
        possible = "SELECT count(*) FROM action WHERE opportunity_id = ? AND status = 'possible'"
        assert one(possible, deal) == POSSIBLE
        unowned = (
            "SELECT count(*) FROM contact WHERE account_id = ? AND id NOT IN "
            "(SELECT contact_id FROM relationship_owner)"
        )
        assert one(unowned, org) == 0
        due = "SELECT count(*) FROM action WHERE status = 'open' AND due_on <= ?"
        assert one(due, (TODAY + timedelta(days=WINDOW)).isoformat()) == SMALL.open_actions
    finally:
        conn.close()
