"""What a new administrator or salesperson meets when something is wrong with the server, its
address or the login: one sentence on stderr, exit code 1, never a traceback
(docs/team-server.md#connecting, #security)."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from desktop.app import main
from tests.unit.server.team import PASSWORD, Team, team_fixture  # noqa: F401 - a fixture


def _one_sentence(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err and "unexpected error" not in err
    return err


@pytest.mark.parametrize("action", [["init"], ["add-user", "someone", "--password", "x"]])
def test_a_salesperson_s_login_cannot_administer_the_server(
    team: Team, action: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["server", *action, "--server", team.url("alice")]) == 1
    err = _one_sentence(capsys.readouterr().err)
    assert "administrator" in err and PASSWORD not in err


@pytest.mark.parametrize("command", ["sync", "server"])
def test_a_file_given_as_the_server_is_one_sentence(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "colleague.sqlite"
    args = (
        ["sync", "--db", str(tmp_path / "mine.sqlite"), "--server", str(other)]
        if command == "sync"
        else ["server", "init", "--server", str(other)]
    )
    assert main(args) == 1
    err = _one_sentence(capsys.readouterr().err)
    assert "postgresql://USER:PASSWORD@HOST:PORT/DBNAME" in err
    assert not other.exists()


def test_a_host_that_does_not_exist_is_not_a_lost_connection(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = f"postgresql://wang:pw@no-such-host-{uuid.uuid4().hex[:8]}.invalid:5432/team"
    assert main(["check", "--db", url]) == 1
    err = _one_sentence(capsys.readouterr().err)
    assert err.startswith("check: Cannot connect to the server wang@no-such-host-")
    assert "no-such-host" in err and "pw@" not in err
    assert "then try again" in err  # what to do


def test_a_file_synchronised_as_one_login_is_refused_to_another(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A colleague's login would not see the first login's records: their edits on this
    file would never reach the server (docs/team-server.md#sync)."""
    team.tree("alice", "华东电网")
    laptop = tmp_path / "alice.sqlite"
    assert main(["sync", "--db", str(laptop), "--server", team.url("alice")]) == 0
    capsys.readouterr()
    assert main(["sync", "--db", str(laptop), "--server", team.url("bob")]) == 1
    err = _one_sentence(capsys.readouterr().err)
    alice = team.names["alice"]
    assert alice in err and team.names["bob"] in err
    # the file's owner goes on synchronising it
    assert main(["sync", "--db", str(laptop), "--server", team.url("alice")]) == 0
    assert make_url(team.url("alice")).password not in capsys.readouterr().out
