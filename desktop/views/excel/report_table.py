"""What an import did or would do: a summary line and every problem, row by row."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop.services.excel.report import ImportReport
from desktop.views.common.formatting import format_number
from desktop.views.i18n import translate

from .labels import KINDS


class ReportView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

    def show_text(self, text: str) -> None:
        self.summary.setText(text)
        self.table.setRowCount(0)

    def _counts(self, counter) -> str:
        parts = []
        for kind, number in sorted(counter.items()):
            name = KINDS[kind].render(translate) if kind in KINDS else kind
            parts.append(f"{name} {format_number(number)}")
        return ", ".join(parts) or "0"

    def show_report(self, report: ImportReport) -> None:
        lead = self.tr("Would change:") if report.dry_run else self.tr("Done:")
        if report.refused:
            self.summary.setText(
                self.tr(
                    "Nothing was imported: {count} value(s) cannot be stored as they are. "
                    "Correct them in the workbook (each is listed below with its sheet, row "
                    "and column) and import again."
                ).format(count=format_number(sum(p.invalid for p in report.problems)))
            )
        else:
            self._show_counts(report, lead)
        lines = [
            (
                p,
                self.tr("not accepted")
                if p.invalid
                else self.tr("row left out")
                if p.skipped
                else self.tr("value left empty"),
            )
            for p in report.problems
        ]
        lines += [(c, self.tr("not kept")) for c in report.conflicts]  # the merge report
        self.table.setRowCount(len(lines))
        for row, (line, effect) in enumerate(lines):
            cells = [
                line.sheet,
                str(line.row or ""),
                line.column,
                f"{line.message.render(translate)} ({effect})",
            ]
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _show_counts(self, report: ImportReport, lead: str) -> None:
        self.summary.setText(
            self.tr(
                "{lead} created {created}; updated {updated}; unchanged {unchanged}; "
                "rows left out {skipped}; warnings {warnings}."
            ).format(
                lead=lead,
                created=self._counts(report.created),
                updated=self._counts(report.updated),
                unchanged=self._counts(report.unchanged),
                skipped=format_number(report.skipped),
                warnings=format_number(report.warnings),
            )
        )
