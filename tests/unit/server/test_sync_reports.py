"""What a sync tells a salesperson about their own edits (docs/team-server.md#sync): an edit
that cannot go up is reported, never dropped in silence; a value is shown as the window
shows it (money in yuan). The first is not done yet (xfail, strict)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.app import main
from desktop.models import Opportunity
from desktop.services.database import open_database
from desktop.services.team_records import hand_over
from tests.unit.server.team import Team, team_fixture  # noqa: F401 - a fixture

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


@pytest.mark.xfail(
    strict=True,
    reason="sync drops a laptop edit to a record the login no longer sees (handed over, "
    "unshared) without a word, and moves the cursor past it",
)
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
