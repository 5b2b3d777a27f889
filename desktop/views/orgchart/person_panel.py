"""The side panel of the selected person: the record, the visit log, the influence lines,
the history of changes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messages import Message, UserError
from desktop.services.orgchart.chart import Influence, OrgChart
from desktop.services.orgchart.history import PersonChange, PersonHistory, Shown
from desktop.services.orgchart.people import PersonData
from desktop.services.orgchart.relationships import RelationshipService
from desktop.services.orgchart.visits import VisitLogService
from desktop.views.common.formatting import format_date, format_datetime
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.i18n import translate

from .owners_list import OwnersList
from .person_form import PersonForm
from .visit_log import VisitLog


@dataclass(frozen=True)
class LineRow:
    link: Influence
    direction: str
    other: str
    strength: str


class PersonPanel(QWidget):
    closed = Signal()
    add_line_requested = Signal(int)  # source person
    line_menu_requested = Signal(int, object)  # link id, global position
    remove_line_requested = Signal(int)  # link id

    def __init__(
        self,
        visits: VisitLogService,
        history: PersonHistory,
        today: Callable[[], date],
        parent: QWidget | None = None,
        *,
        relationships: RelationshipService,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self.person_id: int | None = None
        self.name = QLabel(self)
        self.name.setStyleSheet("font-size: 15px; font-weight: bold")
        self.name.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #5b6670")
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close the panel"))
        close.setAutoRaise(True)
        close.clicked.connect(self.closed)
        self.form = PersonForm(today, self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.visits = VisitLog(visits, self)
        self.lines = RowTableView(
            [
                Column(self.tr("Direction"), lambda r: r.direction),
                Column(self.tr("Person"), lambda r: r.other),
                Column(self.tr("Strength"), lambda r: r.strength),
                Column(self.tr("Note"), lambda r: r.link.note),
            ],
            self,
        )
        add_line = edits(QPushButton(self.tr("Draw a line from this person…"), self))
        add_line.clicked.connect(self._on_add_line_clicked)
        self.remove_line = edits(QPushButton(self.tr("Remove"), self))
        self.remove_line.clicked.connect(self._on_remove_line_clicked)
        self.lines.doubleClicked.connect(self._on_lines_double_clicked)
        self.lines.selectionModel().selectionChanged.connect(self._on_lines_selection_changed)
        self.lines.enable_with_selection(self.remove_line)
        self.line_note = QLabel(self)
        self.line_note.setWordWrap(True)
        self.line_note.setTextFormat(Qt.TextFormat.PlainText)
        self.line_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lines_page = QWidget(self)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(add_line)
        line_buttons.addWidget(self.remove_line)
        line_buttons.addStretch(1)
        lines_layout = QVBoxLayout(lines_page)
        lines_layout.setContentsMargins(0, 4, 0, 0)
        lines_layout.addLayout(line_buttons)
        lines_layout.addWidget(self.lines, 1)
        lines_layout.addWidget(self.line_note)
        # Our side of the relationships (docs/coverage.md), under theirs.
        self.owners_title = QLabel(self)
        self.owners_title.setStyleSheet("font-weight: bold; padding-top: 8px")
        self.owners = OwnersList(relationships, self)
        lines_layout.addWidget(self.owners_title)
        lines_layout.addWidget(self.owners, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scroll, self.tr("Record"))
        self.tabs.addTab(self.visits, self.tr("Visit log"))
        self.tabs.addTab(lines_page, self.tr("Influence"))
        self.history = RowTableView(
            [
                Column(self.tr("When"), lambda r: r.at, format_datetime),
                Column(self.tr("What"), lambda r: _text(r.what)),
                Column(self.tr("Change"), _change, tip=_full_change),
                Column(self.tr("By"), lambda r: r.by),
            ],
            self,
        )
        self.history.wrap(2, 90)  # readable in the narrow panel, without scrolling sideways
        self.tabs.addTab(self.history, self.tr("History"))
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def show_person(
        self, person_id: int, data: PersonData, chart: OrgChart, version: int | None = None
    ) -> None:
        """Show a person; the record is reloaded unless it has unsaved changes for them."""
        same = person_id == self.person_id
        self.person_id = person_id
        self.name.setText(data.name)
        self.subtitle.setText(" · ".join(p for p in (data.title, data.department) if p))
        self.form.person_id = person_id
        self.form.set_people([(p.id, p.name) for p in chart.people if p.from_account is None])
        if not (same and self.form.dirty):
            self.form.load(person_id, data, version)
        self.visits.set_person(person_id)
        self._show_lines(person_id, chart)
        owners = self.owners.set_person(person_id)
        self.owners_title.setText(
            self.tr("Known on our team by ({count})").format(count=len(owners))
        )
        # Someone of another account is edited on their own account's chart.
        person = chart.person(person_id)
        self.form.setEnabled(person is None or person.from_account is None)
        self._show_history(person_id)

    def _show_history(self, person_id: int) -> None:
        try:
            rows = self._history.of(person_id)
        except UserError:
            rows = []
        self.history.set_rows(rows)

    def _show_lines(self, person_id: int, chart: OrgChart) -> None:
        names = {p.id: p.name for p in chart.people}
        strengths = {1: self.tr("weak"), 2: self.tr("medium"), 3: self.tr("strong")}
        rows = []
        for link in chart.links:
            if link.source_id == person_id:
                direction, other = self.tr("can influence"), link.target_id
            elif link.target_id == person_id:
                direction, other = self.tr("is influenced by"), link.source_id
            else:
                continue
            rows.append(LineRow(link, direction, names.get(other, ""), strengths[link.strength]))
        self.lines.set_rows(rows)
        self._on_lines_selection_changed()
        self.tabs.setTabText(2, self.tr("Influence ({count})").format(count=len(rows)))

    def _on_lines_selection_changed(self, *_args) -> None:
        row = self._selected_line()
        text = self.tr("Double-click a line to change its strength or note.")
        if row is not None:
            text = f"{row.direction} {row.other} ({row.strength})"
            text += f": {row.link.note}" if row.link.note else ""
        self.line_note.setText(text)

    def _selected_line(self) -> LineRow | None:
        return self.lines.selected(LineRow)

    def _on_add_line_clicked(self) -> None:
        if self.person_id is not None:
            self.add_line_requested.emit(self.person_id)

    def _on_remove_line_clicked(self) -> None:
        row = self._selected_line()
        if row is not None:
            self.remove_line_requested.emit(row.link.id)

    def _on_lines_double_clicked(self, _index) -> None:
        from PySide6.QtGui import QCursor

        row = self._selected_line()
        if row is not None:
            self.line_menu_requested.emit(row.link.id, QCursor.pos())


def _text(shown: Shown) -> str:
    if isinstance(shown, date):
        return format_date(shown)
    return shown.render(translate) if isinstance(shown, Message) else shown


def _full_change(row: PersonChange) -> str:
    """old → new, for a change of a field (nothing for an added or deleted record)."""
    old, new = _text(row.old), _text(row.new)
    return f"{old} → {new}" if old or new else ""


def _change(row: PersonChange) -> str:
    """The change with long values (notes, family) shortened; the tooltip holds all of it."""
    old, new = _elided(_text(row.old)), _elided(_text(row.new))
    return f"{old} → {new}" if old or new else ""


def _elided(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
