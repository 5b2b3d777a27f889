"""Importing a full export (a colleague's file, or one's own from another computer): records
that match existing ones by name are offered for merging, one by one; values a merge did not
keep are listed, and can be saved as a workbook (docs/merging.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import ALL_CHANGED
from desktop.services.excel.full_import import Candidate, FullExport
from desktop.services.excel.merge_report import write_merge_report
from desktop.services.excel.report import ImportReport
from desktop.views.common.formatting import format_number
from desktop.views.common.operation import run_operation
from desktop.views.context import AppContext
from desktop.views.i18n import translate

from .import_dialog import show_import_report
from .report_table import ReportView


class FullImportDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        export: FullExport,
        candidates: list[Candidate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.export = export
        self.candidates = candidates
        self.service = ctx.services.imports
        self.setWindowTitle(self.tr("Import {name}").format(name=export.path.name))
        total = sum(len(rows) for _c, rows in export.sheets.values())
        intro = QLabel(
            self.tr(
                "A full export of Key Account Desk with {count} records. Records you already "
                "have take the fields changed in the file (or typed into it) since; when both "
                "sides changed a field, the later change wins and the other value is listed in "
                "the merge report. Every record keeps its owner."
            ).format(count=format_number(total)),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.table = QTableWidget(len(candidates), 5, self)
        if candidates:
            note = QLabel(
                self.tr(
                    "These arrive under new IDs but carry the name of one you already have. "
                    "Ticked: merge into the existing record (it keeps its values and gains the "
                    "ones it lacked). Unticked: keep both."
                ),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            self._fill_candidates()
            layout.addWidget(self.table)
        else:
            self.table.hide()
        self.report_view = ReportView(self)
        layout.addWidget(self.report_view, 1)
        self.check_button = QPushButton(self.tr("Check (changes nothing)"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.save_report_button = QPushButton(self.tr("Save merge report…"), self)
        self.save_report_button.hide()
        self.save_report_button.clicked.connect(self._save_report)
        self.report: ImportReport | None = None
        self.buttons = buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.save_report_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.check_button.clicked.connect(lambda: self._run(dry_run=True))
        self.import_button.clicked.connect(lambda: self._run(dry_run=False))
        layout.addWidget(buttons)
        self.resize(860, 560)

    def _fill_candidates(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Merge"),
                self.tr("Name"),
                self.tr("Account"),
                self.tr("In the file, from"),
                self.tr("Here, kept by"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        kinds = {"account": self.tr("Account"), "contact": self.tr("Person")}
        for row, candidate in enumerate(self.candidates):
            tick = QTableWidgetItem(kinds[candidate.table])
            tick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            tick.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 0, tick)
            values = [
                candidate.name,
                candidate.account,
                candidate.incoming_owner,
                candidate.existing_owner,
            ]
            for column, value in enumerate(values, start=1):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def merges(self) -> set[str]:
        return {
            candidate.incoming
            for row, candidate in enumerate(self.candidates)
            if (item := self.table.item(row, 0)) is not None
            and item.checkState() == Qt.CheckState.Checked
        }

    def _run(self, *, dry_run: bool) -> None:
        merges = self.merges()
        run_operation(
            self.ctx,
            self,
            self.tr("Checking…") if dry_run else self.tr("Importing…"),
            lambda progress: self.service.run_full(
                self.export, merges, dry_run=dry_run, progress=progress
            ),
            on_success=self._show,
            on_cancel=lambda: self.report_view.show_text(
                self.tr("Cancelled: nothing was changed.")
            ),
            # A merge can touch every kind of record; a dry run or a refused import rolls back.
            changes=lambda report: None if dry_run or report.refused else ALL_CHANGED,
        )

    def _show(self, report: ImportReport) -> None:
        self.report = report
        self.save_report_button.setVisible(bool(report.conflicts))
        if report.dry_run or report.refused or not report.conflicts:
            show_import_report(self, self.ctx, self.report_view, report)
            return
        # Imported, but some values were not kept: the list stays open to be read or saved.
        self.report_view.show_report(report)
        # Edits made before the import cannot be undone across it (docs/undo.md).
        self.ctx.undo.forget(
            self.tr(
                "The undo history was cleared: an import cannot be undone. To go back, "
                "restore the backup taken before it (File ▸ Restore from backup)."
            )
        )
        self.check_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.report_view.summary.setText(
            self.tr(
                "Imported. Values not kept because both sides changed them or a deletion met "
                "an edit: {count}. See the list below, and save it with “Save merge report…”."
            ).format(count=format_number(len(report.conflicts)))
        )

    def _save_report(self) -> None:
        if self.report is None:
            return
        path = self.ctx.dialogs.save_file(
            self.tr("Save merge report"), self.tr("Excel workbook (*.xlsx)"), "merge-report.xlsx"
        )
        if path is None:
            return
        try:
            write_merge_report(self.report, path, translate)
        except OSError as error:
            self.ctx.dialogs.error(
                self.tr("Save merge report"),
                self.tr("Could not write {path}: {reason}. Choose another folder.").format(
                    path=path, reason=error.strerror or str(error)
                ),
            )
