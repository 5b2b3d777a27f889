"""A person's visit log: the interactions, newest first, and the closeness/trust trend.

The chart (matplotlib) is built the first time the log is shown, not before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.labels import label
from desktop.services.orgchart.visits import VISIT_FIELDS, VisitLogService, VisitRow
from desktop.views.common.formatting import format_date
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.i18n import translate

if TYPE_CHECKING:  # matplotlib loads with the first chart shown
    from .trend_chart import TrendChart


class VisitLog(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # VisitRow
    delete_requested = Signal(object)  # VisitRow
    action_requested = Signal(object)  # VisitRow: make an action of its next step

    def __init__(self, service: VisitLogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.person_id: int | None = None
        self.chart: TrendChart | None = None  # made when first shown
        self._stale = True
        self.table = RowTableView(
            [
                Column(self.tr("Date"), lambda r: r.data.occurred_on),
                Column(self.tr("Type"), lambda r: r.data.kind),
                Column(self.tr("Closeness"), lambda r: r.data.closeness_after),
                Column(self.tr("Trust"), lambda r: r.data.trust_after),
                Column(self.tr("Next step"), lambda r: r.data.next_step),
            ],
            self,
        )
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        details_area = QScrollArea(self)
        details_area.setWidget(self.details)
        details_area.setWidgetResizable(True)
        details_area.setFrameShape(QFrame.Shape.NoFrame)
        details_area.setMinimumHeight(120)
        self.summary = QLabel(self)
        self.add_button = QPushButton(self.tr("Log an interaction…"), self)
        self.edit_button = QPushButton(self.tr("Open…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.action_button = edits(QPushButton(self.tr("Make an action…"), self))
        self.action_button.setToolTip(
            self.tr("Make the selected interaction's next step an action with an owner and a date")
        )
        self.action_button.clicked.connect(self._on_action_clicked)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.table.enable_with_selection(self.edit_button, self.delete_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        step_row = QHBoxLayout()  # acts on the next step, read in the details below
        step_row.addWidget(self.action_button)
        step_row.addStretch(1)
        self.chart_holder = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.chart_holder)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(step_row)
        layout.addWidget(details_area, 1)
        self._update_buttons()

    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self._stale = True
        if self.isVisible():
            self.reload()

    def reload(self) -> None:
        self._stale = False
        rows = self.service.list(self.person_id) if self.person_id is not None else []
        self.table.set_rows(rows)
        if rows:
            self.table.selectRow(0)  # the newest, read below the table
        self.summary.setText(self.tr("Interactions logged: {count}").format(count=len(rows)))
        if self.chart is None:
            from .trend_chart import TrendChart

            self.chart = TrendChart(self)
            self.chart_holder.addWidget(self.chart)
        points = self.service.trend(self.person_id) if self.person_id is not None else []
        self.chart.show_trend(points)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def selected(self) -> VisitRow | None:
        return self.table.selected(VisitRow)

    def _update_buttons(self, *_args) -> None:
        row = self.selected()
        self.add_button.setEnabled(self.person_id is not None)
        self.action_button.setEnabled(bool(row and row.data.next_step))
        self.details.setText(
            self._describe(row) if row else self.tr("Select an interaction to read it here.")
        )

    @staticmethod
    def _describe(row: VisitRow) -> str:
        """The whole interaction as text: who, what, the information gathered, what next."""
        data = row.data
        head = [format_date(data.occurred_on), label(data.kind, translate), data.participants]
        lines = [" · ".join(part for part in head if part)]
        if data.notes:
            lines.append(data.notes)
        for field in ("info_policy", "info_people", "info_business", "info_activities"):
            if getattr(data, field):
                caption = VISIT_FIELDS[field].render(translate)
                lines.append(f"{caption}: {getattr(data, field)}")
        if data.next_step:
            caption = VISIT_FIELDS["next_step"].render(translate)
            when = f" ({format_date(data.next_step_on)})" if data.next_step_on else ""
            lines.append(f"{caption}{when}: {data.next_step}")
        return "\n".join(lines)

    def _on_table_double_clicked(self, _index) -> None:
        self._on_edit_clicked()

    def _on_edit_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.edit_requested.emit(row)

    def _on_action_clicked(self) -> None:
        row = self.selected()
        if row is not None and row.data.next_step:
            self.action_requested.emit(row)

    def _on_delete_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.delete_requested.emit(row)
