"""What a sync tells a salesperson about their own edits (docs/team-server.md#sync): an edit
that cannot go up is reported, never dropped in silence; a value is shown as the window
shows it (money in yuan). After a hand-over or an unsharing, the old owner's laptop lets go
of what the server no longer shows it (docs/team-server.md#handover), and every sync that
changes the laptop backs it up first."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import main
from desktop.models import Account, Contact, Opportunity
from desktop.services import paths, sync, trash
from desktop.services.backups import list_backups
from desktop.services.clock import FixedClock
from desktop.services.database import open_database
from desktop.services.restore import restore_database
from desktop.services.team_records import hand_over, share
from tests.unit.server.team import Team, team_fixture  # noqa: F401 - a fixture
from tests.unit.server.test_sync_interrupted import ROOT, SYNC_KILLED_AT

DEAL = "华东电网项目"


def _set_amount(db, amount: str) -> None:
    with db.session() as s:
        deal = s.scalars(select(Opportunity).where(Opportunity.name == DEAL)).one()
        deal.amount = Decimal(amount)


def _laptop(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    team.tree("alice", "华东电网")
    laptop = tmp_path / "alice.sqlite"
    assert main(["sync", "--db", str(laptop), "--server", team.url("alice")]) == 0
    capsys.readouterr()
    return laptop


def test_an_edit_to_a_record_handed_over_meanwhile_is_reported(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _laptop(team, tmp_path, capsys)
    local = open_database(laptop).db
    _set_amount(local, "4500000")
    local.close()
    hand_over(team.db("boss"), team.names["alice"], team.names["bob"], note="left")
    assert main(["sync", "--db", str(laptop), "--server", team.url("alice")]) == 0
    out = capsys.readouterr().out
    with team.db("boss").read() as s:
        amount = s.scalars(select(Opportunity.amount).where(Opportunity.name == DEAL)).one()
    assert amount == Decimal("4500000") or DEAL in out


def test_a_conflict_on_money_shows_yuan_not_fen(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _laptop(team, tmp_path, capsys)
    local = open_database(laptop).db
    _set_amount(local, "13000000")
    local.close()
    _set_amount(team.db("boss"), "13500000")
    assert main(["sync", "--db", str(laptop), "--server", team.url("alice")]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("conflict"))
    assert "1350000000" not in line and "1300000000" not in line
    assert "13,500,000.00" in line and "13,000,000.00" in line


def _sync(team: Team, laptop: Path, capsys: pytest.CaptureFixture[str], who: str = "alice"):
    code = main(["sync", "--db", str(laptop), "--server", team.url(who)])
    return code, capsys.readouterr().out.splitlines()


def _names(laptop: Path, model=Account) -> set[str]:
    local = open_database(laptop).db
    try:
        with local.read() as s:
            return set(s.scalars(select(model.name)))
    finally:
        local.close()


NOTHING = "0 records changed on the server, 0 here, 0 conflicts."


def test_a_hand_over_takes_the_records_off_the_old_owner_s_laptop_and_reports_the_unsent(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _laptop(team, tmp_path, capsys)
    local = open_database(laptop).db
    _set_amount(local, "4500000")
    with local.session() as s:
        account = s.scalars(select(Account)).one()
        s.add(Contact(account=account, name="王工"))
    local.close()
    hand_over(team.db("boss"), team.names["alice"], team.names["bob"], note="left")
    code, out = _sync(team, laptop, capsys)
    assert code == 0
    assert (
        f"not sent: {DEAL} (opportunity), field amount: “4,500,000.00” was changed on this "
        "computer, but the server no longer shows you this record (handed over or no longer "
        "shared); the record was removed from this computer and the backup taken before this "
        "sync holds it."
    ) in out[:2]
    assert any(x.startswith("not sent: 王工 (contact) was added on this computer") for x in out)
    assert out[2].startswith(f"8 records handed over to {team.names['bob']} or no longer shared")
    assert out[3].startswith("The file as it was before this sync is backed up in ")
    assert _names(laptop) == set() and _names(laptop, Opportunity) == set()
    with team.psql("bob") as conn:  # nothing was deleted or changed on the server
        assert conn.execute("SELECT amount FROM opportunity").fetchall() == [(0,)]
        assert conn.execute("SELECT name FROM contact").fetchall() == [("华东电网联系人",)]
    again = _sync(team, laptop, capsys)[1]  # nothing more to say
    assert len(again) == 1 and again[0].endswith(NOTHING)
    (backup,) = list_backups(laptop)
    assert backup.reason == "before-sync" and str(backup.path) in out[3]
    restore_database(laptop, backup.path, datetime.now())
    assert _names(laptop, Contact) == {"华东电网联系人", "王工"}


def test_an_account_no_longer_shared_leaves_the_laptop_and_stays_on_the_server(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    team.tree("bob", "南方电网")
    share(team.db("bob"), "南方电网", team.names["alice"])
    laptop = _laptop(team, tmp_path, capsys)
    assert _names(laptop) == {"华东电网", "南方电网"}
    share(team.db("bob"), "南方电网", team.names["alice"], stop=True)
    code, out = _sync(team, laptop, capsys)
    assert code == 0
    assert out[0] == (
        "8 records the server no longer shows you (handed over or no longer shared) were "
        "removed from this computer; the backup taken before this sync holds them."
    )
    assert not any(line.startswith("not sent") for line in out)
    assert _names(laptop) == {"华东电网"}
    assert _names(laptop, Opportunity) == {DEAL}
    with team.psql("bob") as conn:
        assert conn.execute("SELECT count(*) FROM opportunity").fetchone()[0] == 1
    with team.psql("alice") as conn:
        assert conn.execute("SELECT count(*) FROM opportunity").fetchone()[0] == 1
    again = _sync(team, laptop, capsys)[1]
    assert len(again) == 1 and again[0].endswith(NOTHING)


def test_a_deletion_of_a_record_handed_over_meanwhile_is_reported_once(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _laptop(team, tmp_path, capsys)
    local = open_database(laptop).db
    with local.session() as s:
        deal = s.scalars(select(Opportunity).where(Opportunity.name == DEAL)).one()
        trash.move_to_trash(s, "opportunity", deal.id, local.clock.now())
    local.close()
    hand_over(team.db("boss"), team.names["alice"], team.names["bob"], note="left")
    code, out = _sync(team, laptop, capsys)
    assert code == 0
    assert [line for line in out if line.startswith("not sent")] == [
        f"not sent: {DEAL} (opportunity) was deleted on this computer, but the server no "
        "longer shows you this record (handed over or no longer shared): it stays on the "
        "server with its owner; ask them if it should go."
    ]
    with team.psql("bob") as conn:  # the new owner keeps it
        assert conn.execute("SELECT name FROM opportunity").fetchall() == [(DEAL,)]
    code, out = _sync(team, laptop, capsys)
    assert code == 0 and not any(line.startswith("not sent") for line in out)


def test_a_sync_whose_backup_cannot_be_written_changes_nothing_and_says_why(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _laptop(team, tmp_path, capsys)
    _set_amount(team.db("alice"), "4600000")  # a change to bring down: the sync backs up first
    folder = paths.backup_dir_for(laptop)
    shutil.rmtree(folder, ignore_errors=True)
    folder.write_text("a file where the backups folder should be")
    assert main(["sync", "--db", str(laptop), "--server", team.url("alice")]) == 1
    err = capsys.readouterr().err
    assert f"Cannot write {folder}" in err and "nothing was changed" in err
    assert "unexpected" not in err.lower()
    local = open_database(laptop).db
    try:
        with local.read() as s:
            assert s.scalars(select(Opportunity.amount)).one() != Decimal("4600000")
    finally:
        local.close()


def test_a_sync_that_changes_the_file_backs_it_up_first_and_the_backup_undoes_it(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _laptop(team, tmp_path, capsys)
    assert list_backups(laptop) == []  # a new file: nothing to back up
    server = team.db("alice")

    def synchronise(hour: int) -> sync.Result:
        local = open_database(laptop, clock=FixedClock(datetime(2026, 3, 2, hour))).db
        try:
            return sync.synchronise(local, server)
        finally:
            local.close()

    _set_amount(server, "13500000")
    done = synchronise(9)
    (backup,) = list_backups(laptop)
    assert done.downloaded == 1 and done.backup == backup.path
    assert backup.reason == "before-sync" and backup.taken_at == datetime(2026, 3, 2, 9)
    assert backup.path.parent == laptop.parent / f"{laptop.stem}-backups"
    restore_database(laptop, backup.path, datetime(2026, 3, 2, 10))
    assert _amounts(laptop) == [Decimal(0)]
    assert synchronise(11).backup is not None  # the change comes again
    assert _amounts(laptop) == [Decimal(13500000)]
    count = len(list_backups(laptop))
    assert synchronise(12).backup is None and len(list_backups(laptop)) == count


def _amounts(laptop: Path) -> list[Decimal]:
    local = open_database(laptop).db
    try:
        with local.read() as s:
            return list(s.scalars(select(Opportunity.amount)))
    finally:
        local.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("step", [4, 5, 6])  # server written; committed; laptop written
def test_a_sync_killed_while_removing_handed_over_records_is_completed_by_the_next(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], step: int
) -> None:
    laptop = _laptop(team, tmp_path, capsys)
    local = open_database(laptop).db
    _set_amount(local, "4500000")
    local.close()
    hand_over(team.db("boss"), team.names["alice"], team.names["bob"])
    child = subprocess.run(
        [sys.executable, "-c", SYNC_KILLED_AT, str(laptop), team.url("alice"), str(step)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    assert _names(laptop) == {"华东电网"}  # the laptop's transaction never committed
    code, out = _sync(team, laptop, capsys)
    assert code == 0 and any(line.startswith(f"not sent: {DEAL}") for line in out)
    assert _names(laptop) == set()
    with team.psql("bob") as conn:
        assert conn.execute("SELECT amount FROM opportunity").fetchall() == [(0,)]
