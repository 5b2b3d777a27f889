"""What the user types is searched for literally: ``%``, ``_`` and ``\\`` are not wildcards
(or escapes) in SQLite's LIKE, in the data or in the search text."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.models import Account
from desktop.services.accounts import AccountService
from desktop.services.like import matches, starts_with

pytestmark = pytest.mark.both_engines

NAMES = ["50% off", "500 off", "a_b", "a-b", "axb", "c\\d", "c\\\\d", "cd", "C\\D Ltd"]


@pytest.fixture
def accounts(db):
    with db.session() as s:
        s.add_all(Account(name=name) for name in NAMES)
    return AccountService(db)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("0%", ["50% off"]),
        ("%", ["50% off"]),
        ("a_b", ["a_b"]),
        ("_", ["a_b"]),
        ("c\\d", ["C\\D Ltd", "c\\d"]),  # LIKE ignores the case of Latin letters
        ("\\\\", ["c\\\\d"]),
        ("\\", ["C\\D Ltd", "c\\d", "c\\\\d"]),
        ("0 o", ["500 off"]),
    ],
)
def test_searching_accounts_takes_the_text_literally(accounts, text, found) -> None:
    assert sorted(row.name for row in accounts.list(text)) == sorted(found)


@pytest.mark.parametrize(
    ("text", "found"),
    [("50%", ["50% off"]), ("a_", ["a_b"]), ("c\\", ["C\\D Ltd", "c\\d", "c\\\\d"])],
)
def test_a_prefix_is_literal_too(db, accounts, text, found) -> None:
    with db.read() as s:
        names = s.scalars(select(Account.name).where(matches(Account.name, starts_with(text))))
        assert sorted(names) == sorted(found)
