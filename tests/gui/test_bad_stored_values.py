"""A value no form can produce, already in the database (a drop-down value, a setting; typed
into the file by hand, or brought in by an older import), is shown as unknown or the default:
no tab crashes on it (docs/field-rules.md)."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Enum

from desktop.models import Base
from desktop.views.main_window import MainWindow
from tests.gui.conftest import make_context, shown


def _spoil_every_enum_column(path) -> None:
    """Every drop-down column and every setting holds something no form writes."""
    from desktop.services.settings import known_settings

    connection = sqlite3.connect(path)
    with connection:
        for key in known_settings():
            connection.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, '\"bogus\"')", (key,)
            )
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, Enum):
                    connection.execute(
                        f'UPDATE "{table.name}" SET "{column.name}" = \'bogus\' || id'
                    )
    connection.close()


def _visit_every_tab(qtbot, window: MainWindow) -> list[int]:
    counts = []
    for row in range(window.accounts.model.rowCount()):
        window.accounts.view.setCurrentIndex(window.accounts.model.index(row))
        for slot in window.slots:
            window.tabs.setCurrentWidget(slot)
            page = slot.page
            if hasattr(page, "table"):
                counts.append(page.table.model().rowCount())
                for row in range(min(5, page.table.model().rowCount())):  # each one's detail
                    page.table.selectRow(row)
                continue
            counts.append(len(page.scene.cards))
            for person in list(page.scene.cards)[:5]:  # the person panel and its form
                page.open_person(person)
    return counts


def test_unknown_values_in_every_drop_down_column_crash_no_tab(
    qtbot, demo_db_path, dialogs
) -> None:
    from desktop.services.database import open_database

    _spoil_every_enum_column(demo_db_path)
    db = open_database(demo_db_path).db
    try:
        window = shown(qtbot, MainWindow(make_context(db, dialogs)), None)
        assert sum(_visit_every_tab(qtbot, window)) > 0  # the records are still listed
        assert not [d for d in dialogs.shown if d[0] in ("error", "user_error")]
        window.close()
    finally:
        db.close()


def test_a_person_with_unknown_values_opens_in_the_form_and_saves(demo_db_path) -> None:
    from dataclasses import replace

    from sqlalchemy import select

    from desktop.models import Contact
    from desktop.models.enums import Layer
    from desktop.services.database import open_database
    from desktop.services.orgchart.people import PeopleService
    from tests.conftest import TODAY

    _spoil_every_enum_column(demo_db_path)
    db = open_database(demo_db_path).db
    try:
        with db.read() as s:
            person_id = s.scalars(select(Contact.id).order_by(Contact.id)).first()
        people = PeopleService(db)
        data = people.get(person_id)
        assert data.layer is Layer.OPERATIONAL  # shown in the default layer, as drawn
        assert data.stance is None and data.roles == ()  # unknown
        people.update(person_id, replace(data, title="总工程师"), TODAY.date())
        with db.read() as s:
            person = s.get_one(Contact, person_id)
            assert (person.title, person.layer) == ("总工程师", Layer.OPERATIONAL)
    finally:
        db.close()
