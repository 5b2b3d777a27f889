"""The technical and commercial deviation table (技术/商务偏离表) of a tender."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.models.enums import Deviation
from desktop.services.bids.deviations import DeviationData, DeviationRow
from desktop.services.changes import ChangeSet
from desktop.services.raw_rows import Graph
from desktop.services.versions import ReadRecord
from desktop.views.common.formatting import format_number
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column, RowTableModel
from desktop.views.common.table_view import RowTableView
from desktop.views.context import AppContext

from .deviation_dialog import DeviationDialog
from .status_icons import HIGHLIGHT, HIGHLIGHT_TEXT
from .undoable import Recreatable, UndoablePanel


class DeviationTableModel(RowTableModel):
    """Negative deviations stand out; those without a strategy most."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            row: DeviationRow = self.row_at(index.row())
            if row.deviation is Deviation.NEGATIVE:
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(HIGHLIGHT_TEXT)
                return QBrush(HIGHLIGHT if row.needs_strategy else QColor("#fff4e5"))
            if row.deviation is Deviation.POSITIVE and role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#1e6b34"))
            return None
        return super().data(index, role)


class DeviationPanel(UndoablePanel):
    def __init__(
        self,
        ctx: AppContext,
        stack: QUndoStack,
        publish: Callable[[ChangeSet], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, stack, publish, parent)
        self.service = ctx.services.deviations
        self.tender_id: int | None = None
        columns = [
            Column(self.tr("Kind"), lambda r: r.kind),
            Column(self.tr("Clause"), lambda r: r.clause),
            Column(self.tr("Tender requirement"), lambda r: r.requirement),
            Column(self.tr("Our response"), lambda r: r.response),
            Column(self.tr("Deviation"), lambda r: r.deviation),
            Column(self.tr("Strategy"), lambda r: r.strategy),
        ]
        self.table = RowTableView(columns, self)
        self.table.source = DeviationTableModel(columns, self.table)
        self.table.proxy.setSourceModel(self.table.source)
        self.table.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.add = QPushButton(self.tr("Add line…"), self)
        self.edit = edits(QPushButton(self.tr("Edit…"), self))
        self.remove = edits(QPushButton(self.tr("Delete"), self))
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        # The bid tab connects these to its paper actions (it knows the tender's details).
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), self)
        self.excel_button = QPushButton(self.tr("Export to Excel…"), self)
        buttons = QHBoxLayout()
        for button in (self.add, self.edit, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.print_button, self.pdf_button, self.excel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_line)
        self.edit.clicked.connect(self.edit_line)
        self.table.doubleClicked.connect(self.edit_line)
        self.remove.clicked.connect(self.delete_line)
        self.up.clicked.connect(lambda: self.move_line(-1))
        self.down.clicked.connect(lambda: self.move_line(1))
        self.table.enable_with_selection(self.edit, self.remove, self.up, self.down)
        self.load(None)

    def load(self, tender_id: int | None) -> None:
        selected = self.table.selected(DeviationRow)
        self.tender_id = tender_id
        rows = self.service.list(tender_id) if tender_id is not None else []
        self.table.set_rows(rows)
        for column in (2, 3, 5):
            self.table.setColumnWidth(column, 260)
        self.table.resizeRowsToContents()
        if selected is not None:
            self.select(selected.id)
        negative = [r for r in rows if r.deviation is Deviation.NEGATIVE]
        positive = sum(r.deviation is Deviation.POSITIVE for r in rows)
        missing = sum(r.needs_strategy for r in rows)
        text = self.tr("{count} lines: {negative} negative, {positive} positive.").format(
            count=format_number(len(rows)),
            negative=format_number(len(negative)),
            positive=format_number(positive),
        )
        if missing:
            text += " " + self.tr("Negative deviations without a strategy: {count}.").format(
                count=format_number(missing)
            )
        self.summary.setText(text if tender_id is not None else "")
        self.summary.setStyleSheet("color: #b3261e" if missing else "")
        for button in (self.add, self.print_button, self.pdf_button, self.excel_button):
            button.setEnabled(tender_id is not None)

    def select(self, deviation_id: int) -> None:
        for row in range(self.table.proxy.rowCount()):
            index = self.table.proxy.index(row, 0)
            if self.table.proxy.data(index, Qt.ItemDataRole.UserRole + 1).id == deviation_id:
                self.table.selectRow(row)
                return

    def add_line(self) -> None:
        if self.tender_id is None:
            return
        tender_id = self.tender_id
        created: list[Recreatable] = []

        def save(data: DeviationData) -> None:
            def create() -> tuple[list[int], ChangeSet]:
                deviation_id, changes = self.service.add(tender_id, data)
                return [deviation_id], changes

            action = Recreatable(
                create, lambda ids: self.service.delete(ids[0]), self.service.restore
            )
            self.push(self.tr("Add a deviation line"), action.do, action.undo)
            created.append(action)

        dialog = DeviationDialog(None, save, self)
        if dialog.exec() and created:
            self.select(created[0].ids[0])

    def edit_line(self, *_args) -> None:
        row = self.table.selected(DeviationRow)
        if row is None:
            return

        record = ReadRecord(lambda: self.service.read(row.id))

        def save(data: DeviationData) -> None:
            self.push_record_edit(
                self.tr("Edit a deviation line"),
                "deviation_item",
                row.id,
                lambda: self.service.update(row.id, data, record.version),
            )

        dialog = DeviationDialog(record.data, save, self)
        dialog.record = record
        dialog.exec()

    def delete_line(self) -> None:
        row = self.table.selected(DeviationRow)
        if row is None or not self.ctx.dialogs.confirm(
            self.tr("Delete deviation line"),
            self.tr("Delete the line for clause {clause}?").format(clause=row.clause or "—"),
        ):
            return
        kept: list[Graph] = []

        def do() -> ChangeSet:
            graph, changes = self.service.delete(row.id)
            kept[:] = [graph]
            return changes

        self.push(self.tr("Delete a deviation line"), do, lambda: self.service.restore(kept[0]))

    def move_line(self, step: int) -> None:
        row = self.table.selected(DeviationRow)
        if row is None:
            return
        self.push(
            self.tr("Move a deviation line"),
            lambda: self.service.move(row.id, step),
            lambda: self.service.move(row.id, -step),
        )
        self.select(row.id)
