"""Two salespeople each try the sample data on their laptop, then synchronise: a team server
matches records by uuid, so each sample must be its own records (docs/team-server.md#sync)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.app import main
from desktop.models import Account
from desktop.services import trash
from desktop.services.database import open_database
from desktop.services.demo import create_demo_database
from desktop.services.sync import synchronise
from desktop.services.team_records import share
from tests.unit.server.team import Team, team_fixture  # noqa: F401 - a fixture

TREE_COUNTED = ("account", "contact", "opportunity", "contract", "action")


def test_two_salespeople_s_sample_files_both_reach_the_server(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for who in ("alice", "bob"):
        laptop = tmp_path / f"{who}.sqlite"
        assert main(["demo", "--db", str(laptop)]) == 0
        assert main(["sync", "--db", str(laptop), "--server", team.url(who)]) == 0
    capsys.readouterr()
    for who in ("alice", "bob"):
        with team.psql(who) as conn:
            assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 4
    with team.db("boss").read() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 8


def _two_copies_synchronised(team: Team, tmp_path: Path) -> Path:
    """Two copies of one file (the same uuids), synchronised by alice then bob: bob's."""
    for who in ("alice", "bob"):
        laptop = tmp_path / f"{who}.sqlite"
        create_demo_database(laptop, "en")
        assert main(["sync", "--db", str(laptop), "--server", team.url(who)]) == 0
    return laptop


def test_a_record_whose_uuid_a_colleague_holds_is_reported(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _two_copies_synchronised(team, tmp_path)
    out = capsys.readouterr().out
    with team.psql("bob") as conn:
        sent = conn.execute("SELECT count(*) FROM account").fetchone()[0]
    assert sent == 0 and "not sent" in out  # alice's records, named, not silently skipped


def test_a_record_a_colleague_holds_is_named_at_every_sync_and_stays_on_the_laptop(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = _two_copies_synchronised(team, tmp_path)
    with team.psql("alice") as conn:
        names = sorted(r[0] for r in conn.execute("SELECT name FROM account"))
    capsys.readouterr()
    for _again in range(2):  # the next sync does not pretend they were sent
        assert main(["sync", "--db", str(laptop), "--server", team.url("bob")]) == 0
        out = capsys.readouterr().out.splitlines()
        unsent = [line for line in out if line.startswith("not sent")]
        accounts = [line for line in unsent if " (account) " in line]
        assert sorted(line.split(": ")[1].split(" (account)")[0] for line in accounts) == names
        # what hangs under an account goes with it, without a sentence of its own
        assert not any(" (contact) " in line or " (opportunity) " in line for line in unsent)
        unsent = accounts
        assert unsent[0].endswith(
            "is already on the server among a colleague's records (the same file or workbook "
            "loaded by two people): ask its owner to share it with you, or delete your copy; "
            "until then it stays on this computer only."
        )
        assert out[-1].endswith(": 0 records changed on the server, 0 here, 0 conflicts.")
    local = open_database(laptop).db
    with local.read() as s:
        assert s.scalar(select(func.count()).select_from(Account)) == 4
        owners = set(s.scalars(select(Account.owner)))
    local.close()
    assert team.names["bob"] not in owners  # not claimed as the login's on the server
    with team.psql("bob") as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0
    share(team.db("alice"), names[0], team.names["bob"])  # what the sentence asks for
    assert main(["sync", "--db", str(laptop), "--server", team.url("bob")]) == 0
    out = capsys.readouterr().out
    assert f"not sent: {names[1]} (account)" in out and names[0] not in out
    assert main(["sync", "--db", str(laptop), "--server", team.url("bob")]) == 0
    assert names[0] not in capsys.readouterr().out


def test_the_sample_goes_on_a_server_by_a_manager_only(
    team: Team, capsys: pytest.CaptureFixture[str]
) -> None:
    """A salesperson cannot tell that the server holds no accounts (they see only theirs): the
    sample would land in the team's figures. A manager's sample is the manager's records."""
    team.tree("bob", "华东电网")
    assert main(["demo", "--db", team.url("alice")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("demo: only a manager") and err.count("\n") == 1
    assert main(["demo", "--db", team.url("boss")]) == 1  # bob's account is there
    capsys.readouterr()
    with team.psql("boss") as conn:
        conn.execute("DELETE FROM account")
    assert main(["demo", "--db", team.url("boss")]) == 0, capsys.readouterr()
    assert "Sample data written to" in capsys.readouterr().out
    with team.psql("boss") as conn:
        owners = {r[0] for r in conn.execute("SELECT DISTINCT owner FROM opportunity")}
        assert owners == {team.names["boss"]}


@pytest.mark.parametrize("synchronised_between", [False, True])
def test_deleting_one_s_copy_of_a_colleague_s_record_never_deletes_theirs(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], synchronised_between: bool
) -> None:
    """The sentence says "or delete your copy": the copy is deleted, the colleague's record
    stays, and once it is shared it comes down whole (docs/team-server.md#sync)."""
    laptop = _two_copies_synchronised(team, tmp_path)
    local = open_database(laptop).db
    try:
        with local.session() as s:
            account = s.scalars(select(Account).order_by(Account.name)).first()
            name = account.name
            trash.move_to_trash(s, "account", account.id, local.clock.now())
    finally:
        local.close()
    if synchronised_between:
        assert main(["sync", "--db", str(laptop), "--server", team.url("bob")]) == 0
    with team.psql("alice") as conn:
        before = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TREE_COUNTED]
    share(team.db("alice"), name, team.names["bob"])
    capsys.readouterr()
    assert main(["sync", "--db", str(laptop), "--server", team.url("bob")]) == 0
    with team.psql("alice") as conn:
        after = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TREE_COUNTED]
        contacts = conn.execute(
            "SELECT count(*) FROM contact JOIN account ON account.id = contact.account_id "
            "WHERE account.name = %s",
            [name],
        ).fetchone()[0]
    assert after == before  # nothing of alice's was deleted
    local = open_database(laptop).db
    try:
        with local.read() as s:  # the shared account came down with what hangs under it
            shared = s.scalars(select(Account).where(Account.name == name)).one()
            assert len(shared.contacts) == contacts > 0
    finally:
        local.close()


def test_an_account_shared_with_a_salesperson_reaches_a_laptop_synchronised_before(
    team: Team, tmp_path: Path
) -> None:
    team.tree("alice", "阿里账户")
    local = open_database(tmp_path / "bob.sqlite").db
    try:
        synchronise(local, team.db("bob"))
        share(team.db("alice"), "阿里账户", team.names["bob"])
        synchronise(local, team.db("bob"))
        with local.read() as s:
            account = s.scalars(select(Account)).one()
            assert account.name == "阿里账户" and len(account.contacts) == 1
    finally:
        local.close()
