"""``calendar FILE.ics``: the reminders and open actions, read back with the icalendar library
(docs/calendar.md)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from desktop.app import main
from desktop.models import Account, Action, Opportunity, Stage, Tender
from desktop.models.enums import ActionStatus
from desktop.services.clock import FixedClock
from desktop.services.database import open_database
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command reads "today" from the clock it makes: the tests' fixed one."""
    monkeypatch.setattr("desktop.services.clock.Clock", lambda: FixedClock(TODAY))


def _events(path: Path) -> dict[str, dict]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def _add_tender_and_action(db_path: Path) -> None:
    db = open_database(db_path).db
    try:
        with db.session() as s:
            account = s.query(Account).order_by(Account.id).first()
            stage = s.query(Stage).order_by(Stage.position).first()
            deal = Opportunity(
                account=account, name="Calendar deal", stage=stage, stage_entered_on=TODAY.date()
            )
            s.add(deal)
            s.flush()
            s.add(
                Tender(
                    opportunity=deal,
                    title="Metro line 3 signalling",
                    submission_deadline=datetime(2026, 11, 30, 9, 30),
                    opening_at=datetime(2026, 11, 30, 10, 0),
                )
            )
            for title, due, status in (
                ("Meet the chief engineer", date(2026, 11, 26), ActionStatus.OPEN),
                ("Send the references", date(2026, 11, 20), ActionStatus.OPEN),
                ("Already done", date(2026, 11, 25), ActionStatus.DONE),
            ):
                s.add(
                    Action(
                        account_id=account.id,
                        title=title,
                        due_on=due,
                        status=status,
                        note="private remark",
                    )
                )
    finally:
        db.close()


def test_the_calendar_holds_tenders_payments_and_open_actions_with_stable_uids(
    tmp_path: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_tender_and_action(demo_db_path)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert main(["calendar", str(first), "--db", str(demo_db_path), "--lang", "en"]) == 0
    assert "events written" in capsys.readouterr().out
    assert main(["calendar", str(second), "--db", str(demo_db_path), "--lang", "en"]) == 0
    events = _events(first)
    assert set(events) == set(_events(second))  # a second import updates, not duplicates
    summaries = {str(e["summary"]): e for e in events.values()}
    deadline = summaries["Tender deadline: Metro line 3 signalling"]
    assert deadline["uid"].endswith("-deadline@keyaccount-desk")
    assert deadline.decoded("dtstart") == datetime(
        2026, 11, 30, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai")
    )
    assert "Bid opening: Metro line 3 signalling" in summaries
    action = summaries["Action: Meet the chief engineer"]
    assert action.decoded("dtstart") == date(2026, 11, 26)
    overdue = summaries["Overdue action: Send the references, due 2026-11-20"]
    assert overdue.decoded("dtstart") == TODAY.date()
    assert not any("Already done" in s for s in summaries)
    assert all("private remark" not in str(e.get("description", "")) for e in events.values())
    assert any(s.startswith("Payment due:") for s in summaries)
    assert any(s.startswith("Overdue payment:") for s in summaries)
    assert {e.decoded("dtstamp") for e in events.values()} == {TODAY.astimezone(ZoneInfo("UTC"))}


def test_birthdays_only_with_the_personal_option(tmp_path: Path, demo_db_path: Path) -> None:
    without, with_them = tmp_path / "a.ics", tmp_path / "b.ics"
    assert main(["calendar", str(without), "--db", str(demo_db_path), "--days", "60"]) == 0
    assert not any("birthday" in uid for uid in _events(without))
    arguments = ["calendar", str(with_them), "--db", str(demo_db_path), "--days", "60"]
    assert main([*arguments, "--include-personal"]) == 0
    birthdays = [
        e for uid, e in _events(with_them).items() if uid.endswith("-birthday@keyaccount-desk")
    ]
    assert birthdays
    assert all(str(e["summary"]).startswith("Birthday: ") for e in birthdays)
    last = TODAY.date() + timedelta(days=60)
    assert all(TODAY.date() <= e.decoded("dtstart") <= last for e in birthdays)


def test_the_summaries_follow_the_chosen_language(tmp_path: Path, demo_db_path: Path) -> None:
    target = tmp_path / "zh.ics"
    assert main(["calendar", str(target), "--db", str(demo_db_path), "--lang", "zh_CN"]) == 0
    summaries = [str(e["summary"]) for e in _events(target).values()]
    assert any(s.startswith("回款到期：") for s in summaries)


def test_an_unwritable_calendar_file_fails_in_one_sentence(
    tmp_path: Path, demo_db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "taken.ics"
    target.mkdir()  # a folder where the file should go
    assert main(["calendar", str(target), "--db", str(demo_db_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("calendar: ") and err.count("\n") == 1 and "Traceback" not in err
