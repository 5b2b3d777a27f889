"""The weekly commit: snapshot diffs, freezing, and last week's commit against what closed."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from desktop.models import ForecastSnapshot, Opportunity
from desktop.models.enums import ForecastCategory as F
from desktop.services.opportunities import snapshots
from desktop.services.opportunities.forecast import NOW as LIVE
from desktop.services.opportunities.forecast import ForecastService
from desktop.services.opportunities.snapshots import ChangeKind, Line

from .conftest import NOW, TODAY


def line(uuid, category=F.COMMIT, amount="100", decision=date(2026, 12, 1), name=None):
    return Line(uuid, name or uuid, "Acme", Decimal(amount), category, decision, 50)


def kinds(changes):
    return [(c.kind, c.name) for c in changes]


def test_diff_finds_new_moved_slipped_pulled_in_amount_won_and_lost() -> None:
    before = [
        line("slips"),
        line("pulled", decision=date(2026, 12, 20)),
        line("grows", amount="100"),
        line("downgraded", F.COMMIT),
        line("dropped", F.BEST_CASE),
        line("wins"),
        line("loses"),
        line("deleted"),
        line("steady"),
        line("was_lost", F.LOST),
        line("rejoins", F.PIPELINE),
    ]
    after = [
        line("slips", decision=date(2027, 1, 15)),
        line("pulled", decision=date(2026, 12, 5)),
        line("grows", amount="150"),
        line("downgraded", F.BEST_CASE),
        line("dropped", F.OMITTED),
        line("wins", F.WON),
        line("loses", F.LOST),
        line("steady"),
        line("newcomer", F.BEST_CASE),
        line("rejoins", F.COMMIT),
        line("was_lost", F.LOST),
    ]
    assert kinds(snapshots.diff(before, after)) == [
        (ChangeKind.NEW, "newcomer"),
        (ChangeKind.NEW, "rejoins"),
        (ChangeKind.MOVED, "deleted"),
        (ChangeKind.MOVED, "downgraded"),
        (ChangeKind.MOVED, "dropped"),
        (ChangeKind.SLIPPED, "slips"),
        (ChangeKind.PULLED_IN, "pulled"),
        (ChangeKind.AMOUNT, "grows"),
        (ChangeKind.WON, "wins"),
        (ChangeKind.LOST, "loses"),
    ]


def test_diff_keeps_before_and_after_of_each_change() -> None:
    (change,) = snapshots.diff([line("x")], [line("x", decision=date(2027, 2, 1))])
    assert change.before.expected_decision_date == date(2026, 12, 1)
    assert change.after.expected_decision_date == date(2027, 2, 1)


def test_freeze_takes_commit_and_best_case_and_carries_last_weeks(db, make) -> None:
    acme = make.account()
    commit = make.opportunity(
        acme, "C", amount=500, stage="shape", category=F.COMMIT, decision=date(2026, 12, 1)
    )
    make.opportunity(
        acme, "B", amount=300, stage="bid", category=F.BEST_CASE, decision=date(2026, 12, 9)
    )
    make.opportunity(acme, "P", amount=900, category=F.PIPELINE)
    service = ForecastService(db)
    last_week = TODAY - timedelta(days=7)
    first = service.freeze(last_week, NOW - timedelta(days=7))
    # Since then C was lost: this week's snapshot still lists it, as lost.
    with db.session() as s:
        o = s.get_one(Opportunity, commit)
        o.forecast_category = F.LOST
        o.stage_id = make.stage_id("lost")
    second = service.freeze(TODAY, NOW)
    assert first.old is None and second.old is None
    with db.read() as s:
        infos = snapshots.snapshots(s)
    assert [(i.week_start, i.commit, i.best_case, i.lines) for i in infos] == [
        (date(2026, 11, 23), Decimal("0.00"), Decimal("300.00"), 2),
        (date(2026, 11, 16), Decimal("500.00"), Decimal("300.00"), 2),
    ]
    changes = service.changes(infos[0].id, infos[1].id, TODAY)
    assert kinds(changes) == [(ChangeKind.LOST, "C")]


def test_freezing_twice_in_a_week_replaces_and_undo_restores_exactly(db, make) -> None:
    acme = make.account()
    deal = make.opportunity(acme, "C", amount=500, category=F.COMMIT, decision=date(2026, 12, 1))
    service = ForecastService(db)
    service.freeze(TODAY, NOW)
    with db.read() as s:
        (original,) = s.scalars(select(ForecastSnapshot)).all()
        original_uuid = original.uuid
    with db.session() as s:
        s.get_one(Opportunity, deal).amount = Decimal(800)
    again = service.freeze(TODAY, NOW + timedelta(hours=1))
    assert again.old is not None
    with db.read() as s:
        assert [i.commit for i in snapshots.snapshots(s)] == [Decimal("800.00")]
    service.unfreeze(again)
    with db.read() as s:
        (restored,) = s.scalars(select(ForecastSnapshot)).all()
        assert restored.uuid == original_uuid
        assert [i.commit for i in snapshots.snapshots(s)] == [Decimal("500.00")]
    service.refreeze(again)
    with db.read() as s:
        assert [i.commit for i in snapshots.snapshots(s)] == [Decimal("800.00")]


def test_changes_since_the_latest_snapshot_compare_with_now(db, make) -> None:
    acme = make.account()
    deal = make.opportunity(acme, "C", category=F.COMMIT, decision=date(2026, 12, 1))
    service = ForecastService(db)
    service.freeze(TODAY, NOW)
    with db.session() as s:
        s.get_one(Opportunity, deal).expected_decision_date = date(2027, 3, 1)
    with db.read() as s:
        (info,) = snapshots.snapshots(s)
    assert kinds(service.changes(LIVE, info.id, TODAY)) == [(ChangeKind.SLIPPED, "C")]


def test_commit_accuracy_compares_last_weeks_commit_with_what_closed(db, make) -> None:
    acme = make.account()
    # Committed last week for November: 1000 + 3000 (overdue); 5000 is for December.
    make.opportunity(
        acme, "due", amount=1000, stage="won", category=F.COMMIT, decision=date(2026, 11, 25)
    )
    make.opportunity(
        acme, "late", amount=3000, stage="bid", category=F.COMMIT, decision=date(2026, 11, 2)
    )
    make.opportunity(
        acme, "next", amount=5000, stage="bid", category=F.COMMIT, decision=date(2026, 12, 2)
    )
    make.opportunity(
        acme, "upside", amount=7000, stage="bid", category=F.BEST_CASE, decision=date(2026, 11, 20)
    )
    service = ForecastService(db)
    with db.session() as s:
        for o in s.scalars(select(Opportunity)):
            o.stage_id = make.stage_id("bid")  # all open when frozen
    service.freeze(TODAY - timedelta(days=7), NOW - timedelta(days=7))
    with db.session() as s:
        won = s.scalars(select(Opportunity).where(Opportunity.name == "due")).one()
        won.stage_id, won.forecast_category, won.closed_on = (
            make.stage_id("won"),
            F.WON,
            date(2026, 11, 18),
        )
        also = s.scalars(select(Opportunity).where(Opportunity.name == "upside")).one()
        also.stage_id, also.forecast_category, also.closed_on = (
            make.stage_id("won"),
            F.WON,
            date(2026, 11, 19),
        )
    with db.read() as s:
        accuracy = snapshots.commit_accuracy(s, TODAY)
    assert accuracy is not None
    assert (accuracy.first, accuracy.last) == (date(2026, 11, 1), date(2026, 11, 30))
    assert accuracy.committed == Decimal("4000.00")
    assert accuracy.closed == Decimal("8000.00")  # everything won in November
    assert accuracy.percent == Decimal("200.0")
    assert accuracy.within is False
    assert not accuracy.period_over
    assert sorted(line.name for line in accuracy.lines) == ["due", "late"]


def test_commit_accuracy_band_edges(db) -> None:
    def accuracy(committed, closed):
        return snapshots.CommitAccuracy(
            1, TODAY, TODAY, TODAY, Decimal(committed), Decimal(closed), 95, 110, True, ()
        )

    assert accuracy(1000, 950).within is True
    assert accuracy(1000, 949).within is False
    assert accuracy(1000, 1100).within is True
    assert accuracy(1000, 1101).within is False
    assert accuracy(0, 10).percent is None and accuracy(0, 10).within is None


def test_no_accuracy_without_an_earlier_snapshot(db) -> None:
    with db.read() as s:
        assert snapshots.commit_accuracy(s, TODAY) is None


def test_week_start_is_monday() -> None:
    assert snapshots.week_start(date(2026, 11, 29)) == date(2026, 11, 23)
    assert snapshots.week_start(date(2026, 11, 23)) == date(2026, 11, 23)
    assert isinstance(NOW, datetime)
