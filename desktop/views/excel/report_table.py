"""What an import did or would do: a summary line and every problem, row by row."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.excel.report import Conflict, ImportReport, Problem
from desktop.services.messages import Message
from desktop.views.common.formatting import format_datetime, format_number
from desktop.views.i18n import translate

from .labels import KINDS


class ReportView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        # What happened to the value has its own column, before the sentence it explains.
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Effect"),
                self.tr("Problem"),
            ]
        )
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The sentence takes the rest of the width and wraps; rows grow to hold it.
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
                    "Nothing was imported. Values that cannot be stored as they are: {count}. "
                    "Correct them in the workbook (each is listed below with its sheet, row "
                    "and column) and import again."
                ).format(count=format_number(sum(p.invalid for p in report.problems)))
            )
        else:
            self._show_counts(report, lead)
        effects: list[tuple[Problem, str]] = [
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
        lines: list[tuple[Problem | Conflict, str, Message]] = [
            (p, effect, p.message) for p, effect in effects
        ]
        lines += [(c, self.tr("not kept"), c.said(_local)) for c in report.conflicts]
        self.table.setRowCount(len(lines))
        for row, (line, effect, message) in enumerate(lines):
            text = message.render(translate)
            cells = [line.sheet, str(line.row or ""), line.column, effect, text]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)

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


def _local(utc: datetime | None) -> str:
    """A moment of the change log (UTC) in the user's time zone and locale."""
    return format_datetime(utc.replace(tzinfo=UTC).astimezone()) if utc else "?"
