"""The checklist on paper and in Excel: print (with a preview), save as PDF, export a sheet
to tick in Excel, and import the ticked sheet back after showing what it changes."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from desktop.services.bids.deviation_excel import export_deviations
from desktop.services.bids.excel import ChecklistWorkbook, ImportPreview
from desktop.services.bids.tenders import TenderDetail
from desktop.services.changes import ChangeSet
from desktop.services.messages import UserError
from desktop.services.private_files import private_output
from desktop.views.common import undo
from desktop.views.common.formatting import format_number
from desktop.views.common.operation import run_operation
from desktop.views.context import AppContext
from desktop.views.i18n import translate

from .checklist_print import ChecklistPrintout, TenderPrintout
from .deviation_print import DeviationPrintout
from .import_preview_dialog import ImportPreviewDialog


def suggested_name(tender: TenderDetail, suffix: str) -> str:
    base = tender.data.tender_no or tender.data.title or "tender"
    return re.sub(r'[\\/:*?"<>|\s]+', "_", base).strip("_") + suffix


class PaperActions(QObject):
    def __init__(
        self,
        ctx: AppContext,
        stack: QUndoStack,
        publish: Callable[[ChangeSet], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = stack
        self.publish = publish
        self.window = parent
        self.checklist = ctx.services.checklist
        self.workbook = ChecklistWorkbook(ctx.db)

    def printout(self, tender: TenderDetail) -> ChecklistPrintout:
        """The checklist, then the deviation table (landscape) when the tender has one."""
        printout = ChecklistPrintout(
            tender,
            self.checklist.items(tender.id),
            language=self.ctx.language,
            printed_on=self.ctx.clock.today(),
        )
        deviations = self.deviation_printout(tender)
        if deviations.rows:
            printout.then.append(deviations)
        return printout

    def deviation_printout(self, tender: TenderDetail) -> DeviationPrintout:
        return DeviationPrintout(
            tender,
            self.ctx.services.deviations.list(tender.id),
            language=self.ctx.language,
            printed_on=self.ctx.clock.today(),
        )

    # ---- paper --------------------------------------------------------------------------
    def print_checklist(self, tender: TenderDetail) -> None:
        self._print(tender, self.printout(tender), self.tr("Print the checklist"))

    def print_deviations(self, tender: TenderDetail) -> None:
        self._print(tender, self.deviation_printout(tender), self.tr("Print the deviation table"))

    def _print(self, tender: TenderDetail, printout: TenderPrintout, title: str) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(printout.page_layout())
        printer.setDocName(suggested_name(tender, ""))
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(printout.print_to)
        dialog.resize(1000, 900)
        dialog.exec()

    def save_pdf(self, tender: TenderDetail) -> Path | None:
        return self._save_pdf(
            tender,
            self.printout(tender),
            self.tr("Save the checklist as PDF"),
            suggested_name(tender, "-checklist.pdf"),
        )

    def save_deviations_pdf(self, tender: TenderDetail) -> Path | None:
        return self._save_pdf(
            tender,
            self.deviation_printout(tender),
            self.tr("Save the deviation table as PDF"),
            suggested_name(tender, "-deviations.pdf"),
        )

    def _save_pdf(
        self, tender: TenderDetail, printout: TenderPrintout, title: str, name: str
    ) -> Path | None:
        path = self.ctx.dialogs.save_file(title, self.tr("PDF (*.pdf)"), name)
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            with private_output(path) as partial:
                printer = QPrinter(QPrinter.PrinterMode.HighResolution)
                printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
                printer.setOutputFileName(str(partial))
                printer.setDocName(suggested_name(tender, ""))
                printout.print_to(printer)
                del printer  # the PDF is complete once its printer is gone
        except OSError as error:
            self.ctx.dialogs.error(self.tr("Save as PDF"), str(error))
            return None
        return path

    # ---- Excel --------------------------------------------------------------------------
    def export_excel(self, tender: TenderDetail) -> None:
        path = self.ctx.dialogs.save_file(
            self.tr("Export the checklist to Excel"),
            self.tr("Excel workbook (*.xlsx)"),
            suggested_name(tender, "-checklist.xlsx"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        language, today = self.ctx.language, self.ctx.clock.today()
        run_operation(
            self.ctx,
            self.window,
            self.tr("Export to Excel"),
            lambda _progress: self.workbook.export(
                tender.id, path, translate=translate, language=language, today=today
            ),
            cancellable=False,
            on_success=lambda count: self.ctx.dialogs.info(
                self.tr("Export to Excel"),
                self.tr(
                    "{count} items written to {name}. Tick them in the Status column, then "
                    "import the file back."
                ).format(count=format_number(count), name=path.name),
            ),
        )

    def export_deviations(self, tender: TenderDetail) -> None:
        path = self.ctx.dialogs.save_file(
            self.tr("Export the deviation table to Excel"),
            self.tr("Excel workbook (*.xlsx)"),
            suggested_name(tender, "-deviations.xlsx"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        rows = self.ctx.services.deviations.list(tender.id)
        name = tender.data.tender_no or tender.data.title
        run_operation(
            self.ctx,
            self.window,
            self.tr("Export to Excel"),
            lambda _progress: export_deviations(rows, name, path, translate=translate),
            cancellable=False,
            on_success=lambda count: self.ctx.dialogs.info(
                self.tr("Export to Excel"),
                self.tr("{count} deviation lines written to {name}.").format(
                    count=format_number(count), name=path.name
                ),
            ),
        )

    def import_excel(self, tender: TenderDetail) -> bool:
        path = self.ctx.dialogs.open_file(
            self.tr("Import ticks from Excel"), self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return False
        by = self.ctx.db.default_owner
        try:
            preview = self.workbook.read(
                tender.id, path, translate=translate, by=by, at=self.ctx.clock.now()
            )
        except UserError as error:
            self.ctx.dialogs.show_user_error(error)
            return False
        if not preview.changes:
            self.ctx.dialogs.info(
                self.tr("Import ticks from Excel"),
                self.tr("The sheet holds no changes to this checklist."),
            )
            return False
        if not self.confirm_import(preview, path.name):
            return False
        before, after = preview.before, preview.after
        undo.push(
            self.stack,
            self.tr("Import ticks from {name}").format(name=path.name),
            lambda: self.checklist.restore_states(after),
            lambda: self.checklist.restore_states(before),
            self.publish,
        )
        return True

    def confirm_import(self, preview: ImportPreview, file_name: str) -> bool:
        dialog = ImportPreviewDialog(preview, file_name, self.ctx.language, self.window)
        return dialog.exec() == QDialog.DialogCode.Accepted
