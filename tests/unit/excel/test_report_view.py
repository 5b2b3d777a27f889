"""The import/merge report as the user reads it: every sentence whole, moments in the locale."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QHeaderView

from desktop.services.excel.full_import import BOTH_CHANGED
from desktop.services.excel.report import Conflict, ImportReport, Problem
from desktop.services.messages import Message
from desktop.views.common.formatting import format_datetime
from desktop.views.excel.report_table import ReportView

AT = datetime(2026, 3, 4, 5, 6)


def _report() -> ImportReport:
    report = ImportReport()
    bad = Message("Import", "This value is not allowed.")
    report.problems.append(Problem("contact", 3, "stance", bad, False, invalid=True))
    message = BOTH_CHANGED.with_(record="Zhou", kept="A", lost="B", kept_by="x", lost_by="y")
    report.conflicts.append(
        Conflict("contact", 4, "title", "Zhou", "A", "x", AT, "B", "y", AT, message)
    )
    return report


def test_the_problem_column_stretches_and_wraps_and_the_effect_has_its_own(qtbot) -> None:
    view = ReportView()
    qtbot.addWidget(view)
    view.show_report(_report())
    table = view.table
    header = table.horizontalHeader()
    assert table.columnCount() == 5
    assert header.sectionResizeMode(4) == QHeaderView.ResizeMode.Stretch
    assert table.wordWrap()
    mode = table.verticalHeader().sectionResizeMode(0)
    assert mode == QHeaderView.ResizeMode.ResizeToContents
    assert table.item(0, 3).text() == "not accepted"
    assert table.item(0, 4).text() == "This value is not allowed."  # nothing appended after it


def test_merge_report_moments_are_written_for_the_locale(qtbot) -> None:
    view = ReportView()
    qtbot.addWidget(view)
    view.show_report(_report())
    shown = format_datetime(AT.replace(tzinfo=UTC).astimezone())
    text = view.table.item(1, 4).text()
    assert text.startswith("Zhou was changed on both sides") and f"x, {shown}" in text


def test_a_refused_import_counts_without_english_plural_brackets(qtbot) -> None:
    view = ReportView()
    qtbot.addWidget(view)
    report = _report()
    view.show_report(report)
    assert report.refused and "(s)" not in view.summary.text()
