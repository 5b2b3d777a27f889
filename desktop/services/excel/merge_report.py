"""The merge report as a workbook the user can keep: every value a merge did not keep, with
the one it kept instead (docs/merging.md)."""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from desktop.models.change_log import CHANGED, DELETED
from desktop.services.messages import QT_TRANSLATE_NOOP, Translate, english
from desktop.services.xlsx_write import write_cell

from .report import ImportReport, local_time

SHEET = QT_TRANSLATE_NOOP("MergeReport", "Merge report")
HEADERS = (
    QT_TRANSLATE_NOOP("MergeReport", "Sheet"),
    QT_TRANSLATE_NOOP("MergeReport", "Row"),
    QT_TRANSLATE_NOOP("MergeReport", "Column"),
    QT_TRANSLATE_NOOP("MergeReport", "Record"),
    QT_TRANSLATE_NOOP("MergeReport", "Kept"),
    QT_TRANSLATE_NOOP("MergeReport", "Kept: changed by"),
    QT_TRANSLATE_NOOP("MergeReport", "Kept: changed at"),
    QT_TRANSLATE_NOOP("MergeReport", "Not kept"),
    QT_TRANSLATE_NOOP("MergeReport", "Not kept: changed by"),
    QT_TRANSLATE_NOOP("MergeReport", "Not kept: changed at"),
)


# What the Kept / Not kept columns say when a deletion met an edit (no value then).
WHAT = {
    CHANGED: QT_TRANSLATE_NOOP("MergeReport", "changed"),
    DELETED: QT_TRANSLATE_NOOP("MergeReport", "deleted"),
}


def write_merge_report(report: ImportReport, path: Path, translate: Translate = english) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(SHEET.render(translate)[:31])
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([write_cell(sheet, h.render(translate), font=bold) for h in HEADERS])
    for c in report.conflicts:
        kept, lost = c.kept, c.lost
        if not c.column:  # a whole record: deleted on one side, changed on the other
            kept, lost = WHAT[kept].render(translate), WHAT[lost].render(translate)
        values = (c.sheet, c.row or None, c.column, c.record, kept, c.kept_by)
        values += (local_time(c.kept_at), lost, c.lost_by, local_time(c.lost_at))
        sheet.append([write_cell(sheet, value) for value in values])
    partial = path.with_name(path.name + ".partial")
    book.save(partial)
    if sys.platform != "win32":  # it names client staff and their details: owner-only
        partial.chmod(0o600)
    partial.replace(path)
