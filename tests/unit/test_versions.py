"""No lost update: a save based on an older read is refused (docs/team-server.md#versions)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select, update

from desktop.models import Account
from desktop.services.accounts import AccountData, AccountService
from desktop.services.versions import ChangedMeanwhile, reapply


def _account(db) -> int:
    account_id, _ = AccountService(db).create(AccountData(name="华东电网", region="上海"))
    return account_id


def test_a_save_based_on_an_older_read_is_refused_and_says_who(db) -> None:
    service = AccountService(db)
    account_id = _account(db)
    mine, version = service.read(account_id)
    db.default_owner = "李明"
    service.update(account_id, replace(mine, region="杭州"))  # a colleague, meanwhile
    with pytest.raises(ChangedMeanwhile) as refused:
        service.update(account_id, replace(mine, phone="021-1234"), version)
    assert "李明" in refused.value.message.render()
    assert service.get(account_id).region == "杭州"
    assert service.get(account_id).phone == ""


def test_a_save_on_the_version_read_goes_through_and_raises_it(db) -> None:
    service = AccountService(db)
    account_id = _account(db)
    data, version = service.read(account_id)
    service.update(account_id, replace(data, phone="021-1234"), version)
    assert service.read(account_id) == (replace(data, phone="021-1234"), version + 1)


def test_a_write_between_the_check_and_the_flush_is_refused_by_the_database(db) -> None:
    """The ORM's own check (``WHERE version = …``) guards the last moment."""
    account_id = _account(db)
    with pytest.raises(ChangedMeanwhile), db.session() as s:
        account = s.get_one(Account, account_id)
        s.connection().execute(
            update(Account).where(Account.id == account_id).values(version=Account.version + 1)
        )
        account.phone = "lost?"
    with db.read() as s:
        assert s.scalar(select(Account.phone)) == ""


def test_reapply_puts_the_users_edits_on_top_of_the_fresh_record() -> None:
    original = AccountData(name="A", region="上海", phone="")
    mine = replace(original, phone="021")
    fresh = replace(original, region="杭州")
    assert reapply(original, mine, fresh) == AccountData(name="A", region="杭州", phone="021")


def test_reapply_by_parts_keeps_a_colleagues_lot_and_the_users_own() -> None:
    from desktop.services.bids.tenders import LotData, TenderData

    a, b, c = (LotData(n, n, None, n.lower()) for n in ("A", "B", "C"))
    original = TenderData(opportunity_id=1, title="T", lots=(a, b))
    mine = replace(original, lots=(replace(a, name="mine"), LotData("D", "D", None, None)))
    fresh = replace(original, lots=(a, replace(b, name="theirs"), c))  # changed b, added c
    merged = reapply(original, mine, fresh, {"lots": "uuid"})
    # my change to a, my removal of b (their edit of it is reported by the check), their
    # new c, my new lot last
    assert [(lot.lot_no, lot.name) for lot in merged.lots] == [
        ("A", "mine"),
        ("C", "C"),
        ("D", "D"),
    ]


def test_a_record_with_parts_changes_version_with_any_part() -> None:
    from types import SimpleNamespace as Row

    from desktop.services.versions import with_parts

    tender = Row(uuid="t", version=3)
    a, b = Row(uuid="a", version=1), Row(uuid="b", version=1)
    read = with_parts(tender, [a, b])
    assert with_parts(tender, [b, a]) == read  # the order of the lots does not matter
    assert with_parts(tender, [a, Row(uuid="b", version=2)]) != read  # one lot changed
    assert with_parts(tender, [a]) != read  # one removed
    assert with_parts(tender, [a, b, Row(uuid="c", version=1)]) != read  # one added
    assert with_parts(Row(uuid="t", version=4), [a, b]) != read
    assert with_parts(tender) == 3  # without parts: its own version
