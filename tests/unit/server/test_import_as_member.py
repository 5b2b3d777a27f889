"""A salesperson's (and a manager's) import straight into the team server: their login is
subject to row-level security, under which PostgreSQL refuses ``COPY FROM``
(docs/team-server.md#imports)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.app import main
from tests.unit.server.team import Team, owners, team_fixture  # noqa: F401 - a fixture

FIXTURES = Path(__file__).parents[2] / "fixtures" / "excel"


@pytest.mark.parametrize("who", ["alice", "boss"])
def test_a_member_imports_new_records_into_the_server(
    team: Team, who: str, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = FIXTURES / "deals_and_money.xlsx"
    assert main(["import", str(workbook), "--db", team.url(who)]) == 0, capsys.readouterr()
    assert "created: 1 accounts, 1 contracts, 2 opportunities" in capsys.readouterr().out
    with team.psql(who) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM account")]
        assert names == ["华东某市水务集团"]
        assert owners(conn, "opportunity") == {team.names[who]}
        assert conn.execute("SELECT count(*) FROM payment").fetchone()[0] == 1
    with team.psql("bob") as conn:  # a colleague still sees none of it
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0


def test_a_salesperson_s_full_import_of_a_colleague_s_records_is_one_sentence(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The rows carry their owner (the sample's salesperson): policies refuse them to alice."""
    sample, workbook = tmp_path / "sample.sqlite", tmp_path / "all.xlsx"
    assert main(["demo", "--db", str(sample)]) == 0
    assert main(["export", str(workbook), "--db", str(sample)]) == 0
    capsys.readouterr()
    assert main(["import", str(workbook), "--keep-both", "--db", team.url("alice")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("import: The server refused the change") and err.count("\n") == 1
    with team.psql("boss") as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == 0
