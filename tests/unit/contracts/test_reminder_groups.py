"""The dock's reminders on a generated book: the many (actions, payments, birthdays) are
counted per account in a fixed number of queries and read per account when opened; counts,
totals and reminders are those of the full list (docs/actions.md#the-reminders-dock)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.generate import generate
from bench.scale.sizes import SMALL, TODAY
from desktop.services.contracts.reminder_groups import (
    COUNTED,
    Scope,
    arranged,
    group_items,
    reminder_groups,
    summarised,
)
from desktop.services.contracts.reminders import ReminderKind, reminders
from desktop.services.database import open_database

from .conftest import QueryCounter


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory):
    path: Path = tmp_path_factory.mktemp("book") / "book.sqlite"
    db = open_database(generate(path, SMALL.times(0.3)).path).db
    yield db
    db.close()


def test_counted_groups_match_the_full_list(book) -> None:
    with book.read() as s:
        whole = arranged(summarised(reminders(s, TODAY)))
        with QueryCounter(book) as counted:
            found = reminder_groups(s, TODAY)
        lazy = arranged(found)
        items = group_items(s, found.groups, TODAY, found.days)
    assert counted.count <= 12  # whatever the size of the book
    assert {kind.kind for kind in whole} >= COUNTED  # the book has some of each
    assert [(k.kind, k.count, k.total) for k in lazy] == [(k.kind, k.count, k.total) for k in whole]
    for mine, theirs in zip(lazy, whole, strict=True):
        expected = {g.key: (g.account, g.count, g.total, g.items) for g in theirs.accounts}
        for group in mine.accounts:
            assert (group.items is None) == (group.kind in COUNTED)
            listed = group.items if group.items is not None else items[group.key]
            assert (group.account, group.count, group.total, listed) == expected[group.key]


def test_opened_groups_are_read_in_a_query_per_kind(book) -> None:
    with book.read() as s:
        found = reminder_groups(s, TODAY)
        opened = [g for g in found.groups if g.items is None]
        assert len(opened) > 30
        with QueryCounter(book) as counter:
            items = group_items(s, opened, TODAY, found.days)
    assert counter.count == 4  # actions, payments overdue and due, birth years, birthdays
    assert set(items) == {g.key for g in opened}


def test_an_account_s_groups_of_a_kind_read_alone_are_those_of_the_full_read(book) -> None:
    """What the dock reads again after an edit (docs/speed.md#the-reminders-dock)."""
    with book.read() as s:
        found = reminder_groups(s, TODAY)
        accounts = {g.kind: g.account_id for g in found.groups}  # an account of each kind
        assert set(accounts) >= COUNTED | {ReminderKind.LIMITATION}
        for account_id in sorted(set(accounts.values())):
            for kind in ReminderKind:
                alone = reminder_groups(s, TODAY, scope=Scope(frozenset({kind}), account_id))
                expected = [g for g in found.groups if g.key == (kind, account_id)]
                assert list(alone.groups) == expected, (kind, account_id)
