"""Leads of the selected account (or all): the list, and the editor of the selected lead with
"convert to opportunity"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.models.enums import LeadStatus, LeadTemperature
from desktop.services.labels import label
from desktop.services.opportunities.leads import LeadData, LeadRow
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.formatting import format_date
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.i18n import translate

from .colour_delegate import ColourDelegate
from .editing import Editing
from .lead_editor import LeadEditor

TEMPERATURE_COLUMN, ACCOUNT_COLUMN = 1, 4
TEMPERATURE_COLOURS = {
    LeadTemperature.COLD: "#1565c0",
    LeadTemperature.WARM: "#c25e00",
    LeadTemperature.HOT: "#b3261e",
}


class LeadsPage(QWidget):
    opportunity_requested = Signal(int)

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.service = editing.ctx.services.leads
        self.account_id: int | None = None
        self.record: ReadRecord[LeadData] | None = None  # the lead in the editor, as read
        self.table = RowTableView(
            [
                Column(self.tr("Lead"), lambda r: r.title),
                Column(self.tr("Temperature"), lambda r: r, self._temperature_text),
                Column(self.tr("MAN"), lambda r: f"{r.man}/3"),
                Column(self.tr("Time window"), lambda r: r, self._window_text),
                Column(self.tr("Account"), lambda r: r.account),
                Column(self.tr("Source"), lambda r: r.source_channel),
                Column(self.tr("Status"), lambda r: r.status),
            ],
            self,
        )
        self.table.setItemDelegateForColumn(
            TEMPERATURE_COLUMN,
            ColourDelegate(lambda r: TEMPERATURE_COLOURS[r.temperature], self.table),
        )
        self.summary = QLabel(self)
        self.new_button = QPushButton(self.tr("New lead"), self)
        self.delete_button = edits(QPushButton(self.tr("Delete"), self))
        self.editor = LeadEditor(editing.ctx.services.accounts, self.service.thresholds(), self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(splitter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.enable_with_selection(self.delete_button)
        self.new_button.clicked.connect(self.new_lead)
        self.delete_button.clicked.connect(self.delete_current)
        self.editor.save_requested.connect(self.save)
        self.editor.convert_requested.connect(self.convert)
        self.editor.open_requested.connect(self.opportunity_requested)
        self.editor.setEnabled(False)

    def _temperature_text(self, row: LeadRow) -> str:
        text = label(row.temperature, translate)
        if row.suggested is not row.temperature and row.status is LeadStatus.OPEN:
            text += " " + self.tr("(checklist: {temperature})").format(
                temperature=label(row.suggested, translate)
            )
        return text

    @staticmethod
    def _window_text(row: LeadRow) -> str:
        if row.window_start is None and row.window_end is None:
            return ""
        return f"{format_date(row.window_start)} – {format_date(row.window_end)}"

    # ---- loading -----------------------------------------------------------------------

    def reload(self, account_id: int | None) -> None:
        self.account_id = account_id
        self.table.setColumnHidden(ACCOUNT_COLUMN, account_id is not None)
        current = self.editor.lead_id
        rows = self.service.leads(account_id)
        self.editor.thresholds = self.service.thresholds()
        self.table.set_rows(rows)
        open_count = sum(1 for r in rows if r.status is LeadStatus.OPEN)
        self.summary.setText(
            self.tr("{count} leads, {open} open").format(count=len(rows), open=open_count)
        )
        self.select(current)

    def select(self, lead_id: int | None) -> None:
        rows = self.table.source.rows()
        position = next((n for n, r in enumerate(rows) if r.id == lead_id), -1)
        if position < 0:
            self.table.clearSelection()
            self._show(None)
            return
        index = self.table.proxy.mapFromSource(self.table.source.index(position, 0))
        self.table.selectRow(index.row())
        self._show(rows[position])

    def _on_selection_changed(self, *_args) -> None:
        self._show(self.table.selected(LeadRow))

    def _show(self, row: LeadRow | None) -> None:
        if row is None:
            if self.editor.lead_id is not None or not self.editor.isEnabled():
                self.editor.load(None, None)
                self.editor.setEnabled(False)
            return
        if row.id == self.editor.lead_id and self.editor.is_dirty():
            return
        lead_id = row.id
        self.record = ReadRecord(lambda: self.service.read(lead_id))
        self.editor.load(row.id, self.record.data, row.opportunity_id)
        self.editor.setEnabled(True)

    # ---- actions -----------------------------------------------------------------------

    def new_lead(self) -> None:
        self.table.clearSelection()
        self.editor.load(None, None)
        if self.account_id is not None:
            self.editor.account.setCurrentIndex(
                max(self.editor.account.findData(self.account_id), 0)
            )
        self.editor.setEnabled(True)
        self.editor.title.setFocus()

    def save(self) -> None:
        data = self.editor.data()
        if self.editor.lead_id is None:
            created = self.editing.create(
                self.tr("New lead {title}").format(title=data.title),
                lambda: self.service.create(data),
                self.service.remove,
                self.service.restore,
            )
            if created is not None:
                self.select(created)
            return
        lead_id, record = self.editor.lead_id, self.record
        assert lead_id is not None and record is not None
        if self.editing.change_record(
            self.tr("Edit lead {title}").format(title=data.title),
            "lead",
            lead_id,
            lambda: self.service.update(lead_id, data, record.version),
            lambda error: self._changed_meanwhile(error, record, data),
        ):
            self.editor.loaded = data
            self.select(lead_id)

    def _changed_meanwhile(
        self, error: ChangedMeanwhile, record: ReadRecord[LeadData], mine: LeadData
    ) -> None:
        editor = self.editor
        opportunity_id = editor.opportunity_id

        def load(merged: LeadData) -> None:
            editor.load(editor.lead_id, record.data, opportunity_id, shown=merged)

        refused(self, error, record, mine, load, editor.notice.setText)

    def convert(self) -> None:
        """Convert the lead (saving pending edits first: one step to undo)."""
        lead_id = self.editor.lead_id
        if lead_id is None:
            return
        stack = self.editing.stack
        stack.beginMacro(self.tr("Convert lead to opportunity"))
        try:
            converted = self._convert(lead_id)
        finally:
            stack.endMacro()
        if converted:
            self.select(lead_id)
            self.editing.ctx.dialogs.info(
                self.tr("Converted"),
                self.tr(
                    "“{title}” is now an opportunity in the first stage. Open it from here "
                    "or from the Opportunities list."
                ).format(title=self.editor.title.text()),
            )

    def _convert(self, lead_id: int) -> bool:
        if self.editor.is_dirty():
            self.save()
            if self.editor.is_dirty():
                return False
        now = self.editing.ctx.clock.now()
        data = self.service.lead(lead_id)
        if data.fails_man() and not self.editing.ctx.dialogs.confirm(
            self.tr("MAN screen"), self._man_question(data)
        ):
            return False
        converted = self.editing.stateful(
            self.tr("Convert lead to opportunity"),
            lambda: self.service.convert(lead_id, now, despite_man=True),
            lambda created: created.changes,
            lambda _created: self.service.unconvert(lead_id),
            lambda _created, graph: self.service.reconvert(lead_id, graph),
        )
        return converted is not None

    def _man_question(self, data: LeadData) -> str:
        """The MAN screen, item by item, and whether to convert anyway (docs/domain.md#leads)."""
        lines = "\n".join(
            ("✔ " if holds else "✘ ") + text.render(translate) for text, holds in data.man_screen()
        )
        return self.tr(
            "“{title}” fails the MAN screen:\n\n{lines}\n\nA lead without money, authority "
            "and need seldom becomes an order. Convert it to an opportunity anyway?"
        ).format(title=data.title, lines=lines)

    def delete_current(self) -> None:
        row = self.table.selected(LeadRow)
        if row is None:
            return
        if not self.editing.ctx.dialogs.confirm(
            self.tr("Delete lead"), self.tr("Delete the lead “{title}”?").format(title=row.title)
        ):
            return
        self.editing.remove(
            self.tr("Delete lead {title}").format(title=row.title),
            lambda: self.service.remove(row.id),
            self.service.restore,
        )
