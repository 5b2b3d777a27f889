"""The visit log: closeness and trust follow the latest interaction; undo is exact."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop.models import Attachment, Contact
from desktop.models.enums import InteractionKind
from desktop.services import attachments
from desktop.services.messages import UserError
from desktop.services.orgchart.visits import VisitData, VisitLogService
from tests.unit.orgchart.test_people import dump

TODAY = date(2026, 11, 23)


def person(db, name: str) -> Contact:
    with db.read() as s:
        return s.scalars(select(Contact).where(Contact.name == name)).one()


@pytest.fixture
def log(demo_db) -> VisitLogService:
    return VisitLogService(demo_db)


def test_the_log_lists_newest_first_and_the_trend_oldest_first(demo_db, log) -> None:
    wang = person(demo_db, "Wang Jianguo")
    rows = log.list(wang.id)
    assert [r.data.occurred_on for r in rows] == sorted(
        (r.data.occurred_on for r in rows), reverse=True
    )
    assert rows[0].data.occurred_on == date(2026, 11, 14)  # 9 days before "today"
    trend = log.trend(wang.id)
    assert [p.on for p in trend] == sorted(p.on for p in trend)
    assert (trend[-1].closeness, trend[-1].trust) == (wang.closeness, wang.trust)


def test_a_new_interaction_sets_closeness_and_trust_and_undo_restores_them(demo_db, log):
    bai = person(demo_db, "Bai Zhigang")
    before = dump(demo_db)
    visit = VisitData(
        occurred_on=TODAY,
        kind=InteractionKind.MEAL,
        participants="Li Ming; Bai Zhigang",
        closeness_after=2,
        trust_after=2,
        info_people=" The metro group merges two departments in January ",
        next_step="Invite him to the reference site",
        next_step_on=date(2026, 12, 10),
    )
    edit = log.add(bai.id, visit, TODAY)
    updated = person(demo_db, "Bai Zhigang")
    assert (updated.closeness, updated.trust) == (2, 2)
    assert log.list(bai.id)[0].data.info_people == (
        "The metro group merges two departments in January"
    )
    after = dump(demo_db)
    log.restore(edit.before, edit.changes)
    assert dump(demo_db) == before
    log.restore(edit.after, edit.changes)
    assert dump(demo_db) == after


def test_an_older_interaction_does_not_override_the_latest_ratings(demo_db, log) -> None:
    wang = person(demo_db, "Wang Jianguo")
    log.add(wang.id, VisitData(date(2026, 1, 5), closeness_after=1, trust_after=1), TODAY)
    assert (person(demo_db, "Wang Jianguo").closeness, person(demo_db, "Wang Jianguo").trust) == (
        wang.closeness,
        wang.trust,
    )


def test_editing_and_deleting_the_latest_interaction_updates_the_person(demo_db, log) -> None:
    wang = person(demo_db, "Wang Jianguo")
    latest, previous = log.list(wang.id)[:2]
    changed = VisitData(latest.data.occurred_on, closeness_after=5, trust_after=5)
    log.update(latest.id, changed, TODAY)
    assert person(demo_db, "Wang Jianguo").trust == 5
    log.delete(latest.id)
    now = person(demo_db, "Wang Jianguo")
    assert (now.closeness, now.trust) == (
        previous.data.closeness_after,
        previous.data.trust_after,
    )


@pytest.mark.parametrize(
    ("visit", "words"),
    [
        (VisitData(date(2026, 11, 24)), "Date: the date is in the future"),
        (
            VisitData(TODAY, next_step_on=date(2026, 11, 1)),
            "Next step on: the next step cannot come before",
        ),
        (VisitData(TODAY, trust_after=0), "Trust after: choose a rating from 1 to 5."),
        (VisitData(TODAY, participants="x" * 301), "Who was present: at most 300 characters"),
    ],
)
def test_invalid_interactions_are_refused_and_change_nothing(demo_db, log, visit, words):
    wang = person(demo_db, "Wang Jianguo")
    before = dump(demo_db)
    with pytest.raises(UserError) as raised:
        log.add(wang.id, visit, TODAY)
    assert raised.value.message.render().startswith(words)
    assert dump(demo_db) == before


def test_deleting_a_visit_with_a_file_and_undoing_it_is_exact(demo_db, log, tmp_path) -> None:
    wang = person(demo_db, "Wang Jianguo")
    latest = log.list(wang.id)[0]
    note = tmp_path / "minutes.txt"
    note.write_text("minutes of the visit")
    with demo_db.session() as s:
        attachments.attach(s, demo_db.path, note, interaction_id=latest.id)
    before = dump(demo_db)
    edit = log.delete(latest.id)
    with demo_db.read() as s:
        assert s.scalars(select(Attachment)).all() == []
    log.restore(edit.before, edit.changes)
    assert dump(demo_db) == before  # the visit, its file's record, the person's ratings
    log.restore(edit.after, edit.changes)
    assert log.list(wang.id)[0].id != latest.id
