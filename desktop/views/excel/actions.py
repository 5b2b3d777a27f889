"""The File menu's Excel actions: import, full export, manager summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.excel.full_export import export_database
from desktop.services.excel.full_import import FullExport
from desktop.services.excel.import_service import read_source
from desktop.services.excel.summary import export_summary
from desktop.views.common.formatting import format_number
from desktop.views.common.operation import run_operation
from desktop.views.context import AppContext

from .full_export_dialog import FullExportDialog
from .full_import_dialog import FullImportDialog
from .import_dialog import ImportDialog
from .summary_dialog import SummaryDialog

XLSX_FILTER = "Excel (*.xlsx)"


class ExcelActions(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent

    def import_workbook(self, path: Path | None = None) -> None:
        path = path or self.ctx.dialogs.open_file(
            self.tr("Import from Excel"), self.tr("Excel workbook (*.xlsx);;All files (*)")
        )
        if path is None:
            return
        service = self.ctx.services.imports

        def read(_progress) -> tuple[object, list]:
            source = read_source(path)
            candidates = service.candidates(source) if isinstance(source, FullExport) else []
            return source, candidates

        def choose(outcome: tuple[object, list]) -> None:
            source, candidates = outcome
            if isinstance(source, FullExport):
                dialog: QDialog = FullImportDialog(self.ctx, source, candidates, self.window)
            else:
                dialog = ImportDialog(self.ctx, path.name, source, self.window)
            dialog.exec()

        run_operation(
            self.ctx,
            self.window,
            self.tr("Reading {name}…").format(name=path.name),
            read,
            cancellable=False,
            on_success=choose,
        )

    def export_everything(self) -> None:
        choice = FullExportDialog(self.window)
        if choice.exec() != QDialog.DialogCode.Accepted:
            return
        personal = choice.personal.isChecked()
        path = self.ctx.dialogs.save_file(
            self.tr("Export everything to Excel"),
            self.tr("Excel workbook (*.xlsx)"),
            "key-account-desk.xlsx",
        )
        if path is None:
            return
        path = path.with_suffix(".xlsx")

        def work(progress):
            return export_database(
                self.ctx.db, path, self.ctx.clock.now(), progress, include_personal=personal
            )

        run_operation(
            self.ctx,
            self.window,
            self.tr("Exporting…"),
            work,
            on_success=lambda counts: self._exported_everything(counts, path, personal),
        )

    def _exported_everything(self, counts: dict[str, int], path: Path, personal: bool) -> None:
        written = self.tr("{count} records written to {path}.").format(
            count=format_number(sum(counts.values())), path=path
        )
        self.ctx.dialogs.info(
            self.tr("Export everything to Excel"),
            written
            + " "
            + (
                self.tr("The file contains personal data of client staff: keep it confidential.")
                if personal
                else self.tr(
                    "Personal data of client staff was left out; stances are in: keep the file "
                    "confidential all the same."
                )
            ),
        )

    def export_summary(self) -> None:
        dialog = SummaryDialog(self.ctx, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = self.ctx.dialogs.save_file(
            self.tr("Export manager summary"), self.tr("Excel workbook (*.xlsx)"), "summary.xlsx"
        )
        if path is None:
            return
        path = path.with_suffix(".xlsx")
        owner, language = dialog.owner.currentData(), dialog.language.currentData()
        personal = dialog.personal.isChecked()
        run_operation(
            self.ctx,
            self.window,
            self.tr("Exporting…"),
            lambda _progress: export_summary(
                self.ctx.db,
                path,
                self.ctx.clock,
                language=language,
                owner=owner,
                include_personal=personal,
            ),
            cancellable=False,
            on_success=lambda _result: self.ctx.dialogs.info(
                self.tr("Export manager summary"),
                self.tr("The summary was written to {path}.").format(path=path),
            ),
        )
