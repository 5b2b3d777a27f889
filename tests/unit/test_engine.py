"""Every connection gets the safety settings; writes are atomic; reads never block."""

from __future__ import annotations

import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from desktop.models import Account, Contact, Stage
from desktop.services.database import Database


def test_pragmas_read_back_as_set(db: Database) -> None:
    with db.read() as s:
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_orphan_row_violates_the_foreign_key(db: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.session() as s:
        s.add(Contact(account_id=4242, name="Nobody"))


def test_a_failed_action_leaves_nothing_behind(db: Database) -> None:
    with pytest.raises(RuntimeError), db.session() as s:
        s.add(Account(name="半途而废"))
        s.flush()
        raise RuntimeError("the user's action failed half-way")
    with db.read() as s:
        assert s.scalar(select(Account).where(Account.name == "半途而废")) is None


def test_write_transactions_take_the_lock_up_front(db: Database, db_path: Path) -> None:
    other = sqlite3.connect(db_path, timeout=0.05)
    with db.session() as s:
        s.add(Account(name="A"))
        s.flush()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
    other.close()


def test_reads_go_on_while_another_connection_writes(db: Database, db_path: Path) -> None:
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO setting(key, value) VALUES ('x', '1')")
    with db.read() as s:  # would time out if reads started with BEGIN IMMEDIATE
        assert s.scalar(select(Stage.code).where(Stage.position == 0)) == "validate"
    writer.execute("ROLLBACK")
    writer.close()


def test_money_is_exact(db: Database) -> None:
    with db.session() as s:
        account = Account(name="Exact")
        s.add(account)
    with db.session() as s:
        from desktop.models import Contract

        s.add(Contract(account_id=account.id, number="C-1", amount=Decimal("12345678.91")))
        s.add(Contract(account_id=account.id, number="C-2", amount=Decimal("0.09")))
    with db.read() as s:
        total = s.execute(text("SELECT sum(amount) FROM contract")).scalar()
        assert total == 1234567900  # cents
        from desktop.models import Contract

        assert s.scalar(select(Contract.amount).where(Contract.number == "C-1")) == Decimal(
            "12345678.91"
        )


def test_records_get_the_default_owner_and_a_uuid(db: Database) -> None:
    db.set_default_owner("李明")
    with db.session() as s:
        account = Account(name="Owned")
        s.add(account)
    assert account.owner == "李明"
    assert len(account.uuid) == 36


def test_sessions_in_threads_do_not_share_connections(db: Database) -> None:
    errors: list[BaseException] = []

    def work(number: int) -> None:
        try:
            with db.session() as s:
                s.add(Account(name=f"T{number}"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.read() as s:
        assert s.query(Account).count() == 4
