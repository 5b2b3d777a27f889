"""The org chart as it was on a date, and what changed since (docs/map-over-time.md): the
toolbar's "Map as of" controls, the banner over a past map, the "What changed since" list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services.orgchart.timeline import ChangeLine
from desktop.views.common.formatting import format_date
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.i18n import translate

BANNER_STYLE = "background: #fff4d6; color: #5a4500; padding: 6px 10px; font-weight: 600"
SINCE_DAYS = 90  # "What changed since" starts a quarter back when the map shows today


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def date_edit(day: date, latest: date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setMaximumDate(qdate(latest))
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class TimeControls(QObject):
    """ "Map as of" (a date, "Today") and "What changed since…" in the chart's toolbar."""

    day_changed = Signal(object)  # date | None (today)
    changes_requested = Signal()

    def __init__(self, today: Callable[[], date], toolbar: QToolBar, parent: QWidget) -> None:
        super().__init__(parent)
        self._today = today
        caption = QLabel(self.tr("Map as of"), parent)
        caption.setStyleSheet("padding-left: 8px; padding-right: 4px")
        self.date = date_edit(today(), today(), parent)
        self.date.setToolTip(self.tr("Show the map as it was at the end of this day"))
        self.today_action = QAction(self.tr("Today"), self)
        self.today_action.setToolTip(self.tr("Back to today's map, where you can edit"))
        self.changes_action = QAction(self.tr("What changed since…"), self)
        self.changes_action.setToolTip(
            self.tr("New people, stance moves, new roles and titles, people who left or moved")
        )
        toolbar.addSeparator()
        toolbar.addWidget(caption)
        toolbar.addWidget(self.date)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.changes_action)
        self.banner = QLabel(parent)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.date.dateChanged.connect(self._on_date_changed)
        self.today_action.triggered.connect(self.show_today)
        self.changes_action.triggered.connect(self.changes_requested)

    @property
    def day(self) -> date | None:
        """The day shown, None for today."""
        chosen = day_of(self.date)
        return None if chosen >= self._today() else chosen

    def show_today(self) -> None:
        self.date.setDate(qdate(self._today()))

    def set_day(self, day: date) -> None:
        self.date.setDate(qdate(day))

    def _on_date_changed(self, _value: QDate) -> None:
        self.today_action.setEnabled(self.day is not None)
        self.day_changed.emit(self.day)

    def show_state(self, approximate: bool) -> None:
        """The banner over a past map (hidden on today's)."""
        day = self.day
        self.today_action.setEnabled(day is not None)
        if day is None:
            self.banner.hide()
            return
        text = self.tr(
            "The map as it was on {date}: read-only. Press Today to edit the current map."
        ).format(date=format_date(day))
        if approximate:
            text += " " + self.tr(
                "No change was recorded before this date: the map shows today's people and "
                "values, the best knowledge there is."
            )
        self.banner.setText(text)
        self.banner.show()


class ChangesDialog(QDialog):
    """What changed on the account's map since a date; clicking a line selects the person."""

    person_chosen = Signal(int)

    def __init__(
        self,
        load: Callable[[date], list[ChangeLine]],
        since: date,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What changed since…"))
        self._load = load
        self.since = date_edit(since, today, self)
        self.table = RowTableView(
            [
                Column(self.tr("Date"), lambda r: r.day, format_date),
                Column(self.tr("Person"), lambda r: r.name),
                Column(self.tr("Change"), lambda r: r.what.render(translate)),
            ],
            self,
        )
        self.count = QLabel(self)
        self.count.setStyleSheet("color: #5b6670")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Changes since"), self))
        top.addWidget(self.since)
        top.addStretch(1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 460)
        self.since.dateChanged.connect(lambda _value: self.reload())
        self.table.clicked.connect(self._on_table_clicked)
        self.reload()

    def reload(self) -> None:
        rows = self._load(day_of(self.since))
        self.table.set_rows(rows)
        self.count.setText(self.tr("{count} changes").format(count=len(rows)))
        if not rows:
            self.count.setText(self.tr("Nothing changed since then."))

    def _on_table_clicked(self, _index) -> None:
        row = self.table.selected(ChangeLine)
        if row is not None and row.person_id is not None:
            self.person_chosen.emit(row.person_id)


def since_default(shown: date | None, today: date) -> date:
    """The past map's day, or a quarter back."""
    return shown if shown is not None else today - timedelta(days=SINCE_DAYS)
