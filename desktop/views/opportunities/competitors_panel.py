"""The deal's competitors: their strengths, weaknesses and expected share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.opportunities.deals import CompetitorData, CompetitorRow
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import edit_until_saved
from desktop.views.common.formatting import format_percent
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView

from .dialog_layout import finish_dialog
from .editing import Editing

NO_SHARE = -1


class CompetitorDialog(QDialog):
    def __init__(self, data: CompetitorData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Competitor"))
        self.name = QLineEdit(self)
        self.strengths = QLineEdit(self)
        self.weaknesses = QLineEdit(self)
        self.share = QSpinBox(self)
        self.share.setRange(NO_SHARE, 100)
        self.share.setSuffix(" %")
        self.share.setSpecialValueText(self.tr("Unknown"))
        self.note = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Strengths"), self.strengths)
        form.addRow(self.tr("Weaknesses"), self.weaknesses)
        form.addRow(self.tr("Expected share"), self.share)
        form.addRow(self.tr("Note"), self.note)
        finish_dialog(self, form)
        self.resize(460, self.sizeHint().height())
        if data is not None:
            self.name.setText(data.name)
            self.strengths.setText(data.strengths)
            self.weaknesses.setText(data.weaknesses)
            self.share.setValue(NO_SHARE if data.expected_share is None else data.expected_share)
            self.note.setText(data.note)
        else:
            self.share.setValue(NO_SHARE)

    def data(self) -> CompetitorData:
        share = self.share.value()
        return CompetitorData(
            self.name.text().strip(),
            self.strengths.text().strip(),
            self.weaknesses.text().strip(),
            None if share == NO_SHARE else share,
            self.note.text().strip(),
        )


class CompetitorsPanel(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.service = editing.ctx.services.opportunities
        self.opportunity_id: int | None = None
        self.table = RowTableView(
            [
                Column(self.tr("Competitor"), lambda r: r.name),
                Column(self.tr("Expected share"), lambda r: r.expected_share, format_percent),
                Column(self.tr("Strengths"), lambda r: r.strengths),
                Column(self.tr("Weaknesses"), lambda r: r.weaknesses),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.add_button = edits(QPushButton(self.tr("Add…"), self))
        self.edit_button = edits(QPushButton(self.tr("Edit…"), self))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("<b>Competitors</b>"), self))
        buttons.addStretch(1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.table.doubleClicked.connect(self.edit)
        self.table.enable_with_selection(self.edit_button, self.remove_button)
        self.add_button.setEnabled(False)

    def show_opportunity(self, opportunity_id: int | None) -> None:
        self.opportunity_id = opportunity_id
        rows = [] if opportunity_id is None else self.service.competitors(opportunity_id)
        self.table.set_rows(rows)
        self.add_button.setEnabled(opportunity_id is not None)

    def add(self) -> None:
        if self.opportunity_id is None:
            return
        dialog = CompetitorDialog(None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_competitor(dialog.data())

    def add_competitor(self, data: CompetitorData) -> None:
        opportunity_id = self.opportunity_id
        if opportunity_id is None:
            return
        self.editing.create(
            self.tr("Add competitor {name}").format(name=data.name),
            lambda: self.service.add_competitor(opportunity_id, data),
            self.service.remove_competitor,
            self.service.restore,
        )

    def edit(self, *_args) -> None:
        row = self.table.selected(CompetitorRow)
        if row is None:
            return
        record = ReadRecord(lambda: self.service.read_competitor(row.id))
        edit_until_saved(
            self,
            record,
            self.ask,
            lambda new, version, refused: self.update_competitor(row.id, new, version, refused),
        )

    def ask(self, data: CompetitorData) -> CompetitorData | None:
        """The dialog on ``data``: what the user saved, or None."""
        dialog = CompetitorDialog(data, self)
        return dialog.data() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def update_competitor(
        self,
        competitor_id: int,
        new: CompetitorData,
        read_version: int | None = None,
        changed_meanwhile: Callable[[ChangedMeanwhile], None] | None = None,
    ) -> None:
        self.editing.change_record(
            self.tr("Edit competitor {name}").format(name=new.name),
            "competitor",
            competitor_id,
            lambda: self.service.update_competitor(competitor_id, new, read_version),
            changed_meanwhile,
        )

    def remove(self) -> None:
        row = self.table.selected(CompetitorRow)
        if row is None:
            return
        self.editing.remove(
            self.tr("Remove competitor {name}").format(name=row.name),
            lambda: self.service.remove_competitor(row.id),
            self.service.restore,
        )
