"""The import use case: read a workbook, propose a mapping per sheet, then run it as one
transaction after a backup, or as a dry run that changes nothing."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from desktop.services.changes import ALL_CHANGED, ChangeSet
from desktop.services.clock import Clock
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP, UserError

from . import bulk
from . import fields as f
from .bulk_index import index_afterwards
from .full_import import (
    Candidate,
    FullExport,
    FullImporter,
    find_candidates,
    full_export_from_sheets,
    is_full_export,
)
from .importer import Importer, Progress, SheetPlan
from .reading import Sheet, find_header, read_book
from .report import ImportReport, Problem


class _RollBack(Exception):
    pass


def read_source(path: Path) -> FullExport | list[SheetPlan]:
    """Read a workbook once: a full export of ours, or sheets to map."""
    sheets = read_book(path)
    if is_full_export(sheets):
        return full_export_from_sheets(path, sheets)
    return plan_from_sheets(path, sheets)


def plan_sheets(path: Path, kind: str | None = None) -> list[SheetPlan]:
    """Every sheet that looks importable, with its header row found and columns mapped."""
    return plan_from_sheets(path, read_book(path), kind)


KEY_COLUMNS = QT_TRANSLATE_NOOP(
    "Import",
    "Head its key columns as an import knows them (accounts: 客户名称 / Account; people: "
    "姓名 / Name and 客户名称 / Account; opportunities: 项目名称 / Opportunity and 客户名称 / "
    "Account; contracts: 合同编号 / Contract number; payments: 合同编号, 回款日期 / Payment "
    "date and 回款金额 / Amount), or choose what the sheet holds yourself.",
)
NOT_CLEAR = QT_TRANSLATE_NOOP(
    "Import", "Not imported: the columns of this sheet do not say clearly what it holds. {how}"
)


def plan_from_sheets(path: Path, sheets: list[Sheet], kind: str | None = None) -> list[SheetPlan]:
    """A plan per sheet with a table on it. Asked for a ``kind``, every sheet that has its
    key columns is planned; guessing, only sheets that fit a kind with confidence
    (docs/import-detection.md) are, and the others come back ``refused``."""
    if is_full_export(sheets):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Import",
                "{name} is a full export of Key Account Desk: import it whole, without choosing "
                "what its sheets hold.",
            ).with_(name=path.name)
        )
    plans = []
    for sheet in sheets:
        if kind is None:
            find_header(sheet, lambda cells: f.best_kind(cells)[1])
            sheet_kind = f.confident_kind(sheet.headers)
            if sheet_kind is not None:
                plans.append(SheetPlan(sheet, sheet_kind, f.auto_map(sheet.headers, sheet_kind)))
            elif sum(1 for h in sheet.headers if h) >= 2 and next(sheet.data(), None):
                refusal = NOT_CLEAR.with_(how=KEY_COLUMNS)
                plans.append(SheetPlan(sheet, f.best_kind(sheet.headers)[0], {}, refusal))
            continue
        find_header(sheet, lambda cells: f.score(cells, kind))
        mapping = f.auto_map(sheet.headers, kind)
        required = {x.name for x in f.FIELDS[kind] if x.required}
        if f.score(sheet.headers, kind) and required <= f.provided(mapping.values()):
            plans.append(SheetPlan(sheet, kind, mapping))
    if not any(plan.refused is None for plan in plans):
        refused = ", ".join(plan.sheet.name for plan in plans)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Import",
                "No sheet of {name} has the columns an import needs{refused}. {how}",
            ).with_(
                name=path.name,
                refused=f" ({refused})" if refused else "",
                how=KEY_COLUMNS,
            )
        )
    return plans


def apply_saved_mapping(plan: SheetPlan, saved: dict[str, Any]) -> None:
    """Use a mapping the user saved: it maps header texts, so it fits any sheet with them."""
    plan.kind = saved["kind"]
    by_header = saved["headers"]
    plan.mapping = {
        index: by_header[header]
        for index, header in enumerate(plan.sheet.headers)
        if header in by_header
    }


class ImportService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def saved_mappings(self) -> dict[str, dict[str, Any]]:
        with self._db.read() as s:
            return f.SAVED_MAPPINGS.get(s)

    def save_mapping(self, name: str, plan: SheetPlan) -> None:
        with self._db.session() as s:
            saved = f.SAVED_MAPPINGS.get(s)
            saved[name] = {
                "kind": plan.kind,
                "headers": {plan.sheet.headers[i]: field for i, field in plan.mapping.items()},
            }
            f.SAVED_MAPPINGS.set(s, saved)

    def run(
        self, plans: list[SheetPlan], *, dry_run: bool, progress: Progress = lambda _d, _t: True
    ) -> tuple[ImportReport, ChangeSet]:
        """Import (after a backup) or rehearse. Cancelling (``progress`` returning False)
        raises ``Cancelled`` and leaves the database as it was; so does a value the forms
        would not accept (``report.refused``)."""
        report = ImportReport(dry_run=dry_run)
        for plan in plans:
            if plan.refused is not None:
                report.problems.append(Problem(plan.sheet.name, 0, "", plan.refused, True))
        plans = [plan for plan in plans if plan.refused is None]
        now = self._clock.now()
        started = time.perf_counter()
        if not dry_run and self._db.path is not None:
            report.backup = str(self._db.backup("before-import", now))
        report.seconds["backup"] = time.perf_counter() - started
        try:
            with bulk.collector_paused(), self._db.session() as s, bulk.large_cache(s):
                s.info[bulk.STOPWATCH] = report.seconds
                with index_afterwards(s, sum(plan.sheet.size() for plan in plans)):
                    Importer(s, report, self._db.default_owner, now, progress).run(plans)
                    if dry_run or report.refused:  # a bad value: all or nothing
                        raise _RollBack
        except _RollBack:
            pass
        report.problems.sort(key=lambda p: (p.sheet, p.row))
        return report, ALL_CHANGED

    def candidates(self, export: FullExport) -> list[Candidate]:
        with self._db.read() as s:
            return find_candidates(s, export)

    def run_full(
        self,
        export: FullExport,
        merges: set[str],
        *,
        dry_run: bool,
        progress: Progress = lambda _d, _t: True,
    ) -> ImportReport:
        """Bring in a full export; ``merges`` holds the incoming ids of the candidates the
        user chose to merge (the others are kept as separate records)."""
        report = ImportReport(dry_run=dry_run)
        now = self._clock.now()
        if not dry_run and self._db.path is not None:
            # A full export brings another database's records in: a merge, whatever matches.
            report.backup = str(self._db.backup("before-merge", now))
        try:
            with bulk.collector_paused(), self._db.session() as s, bulk.large_cache(s):
                importer = FullImporter(s, export, merges, report, progress, now.date())
                importer.run(find_candidates(s, export))
                if dry_run or report.refused:  # a bad value: all or nothing
                    raise _RollBack
        except _RollBack:
            pass
        report.problems.sort(key=lambda p: (p.sheet, p.row))
        return report
