"""Excel import and export speed at scale (issue 6/8), against the bare libraries measured
in the same run:

    python -m bench.excel [--rows 100000] [--repeat 3]

prints, for 100,000 contact rows: the import end to end (into an empty database made
beforehand) against openpyxl read_only merely iterating the same file (target ≤ 0.6×, peak
memory ≤ 400 MiB), with where its time goes (read, convert, insert, index, log, backup, start;
docs/speed.md), and the full export against openpyxl write_only writing the same cells as bare
values: every table's rows, the settings and the change log (target ≤ 1.2×, peak memory ≤ 250
MiB). Each figure is the median of several runs, each in a fresh process so that peak memory
is its own. CI runs it at small scale (tests/gui/speed/test_benchmark_runs.py).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Where an import's time goes (report.seconds): reading the workbook; checking and converting
# the values and matching the records (the rest of the import); inserting and updating them;
# the search index; the change log; the backup taken before it.
STAGES = ("convert", "read", "insert", "index", "log", "backup")
HEADERS = [
    "客户名称",
    "姓名",
    "职务",
    "部门",
    "直属上级",
    "手机",
    "邮箱",
    "生日",
    "立场",
    "角色",
    "备注",
]
STANCES = ["支持者", "中立者", "反对者", "教练", "死敌", ""]
ROLES = ["使用者", "技术把关者", "业务把关者", "关键决策者", ""]


def rows(count: int):
    """Deterministic contact rows: 20 people per account, each reporting to an earlier one."""
    for n in range(count):
        account, position = divmod(n, 20)
        manager = "" if position == 0 else f"员工{account}-{(position - 1) // 3}"
        yield [
            f"客户{account:05d}有限公司",
            f"员工{account}-{position}",
            "工程师" if position else "总经理",
            f"部门{position % 4}",
            manager,
            13800000000 + n,
            f"p{n}@example.cn",
            f"19{60 + n % 40}-{1 + n % 12:02d}-{1 + n % 28:02d}",
            STANCES[n % len(STANCES)],
            ROLES[n % len(ROLES)],
            "备注" * (n % 5),
        ]


def make_workbook(path: Path, count: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("联系人")
    sheet.append(HEADERS)
    for row in rows(count):
        sheet.append(row)
    book.save(path)


# -- the measured tasks, each run in its own process ----------------------------------------
def task_read_openpyxl(workbook: Path, _db: Path) -> None:
    from openpyxl import load_workbook

    book = load_workbook(workbook, read_only=True, data_only=True)
    for _row in book.active.iter_rows(values_only=True):
        pass
    book.close()


def task_create(_workbook: Path, db_path: Path) -> None:
    """The empty database the import goes into, made beforehand: a user imports into the file
    they have (creating one, its tables and search index, is not part of an import)."""
    from desktop.services.database import open_database

    open_database(db_path).db.close()


def task_import(workbook: Path, db_path: Path) -> None:
    """Prints where the time went: ``stages {"read": s, ...}`` (see STAGES)."""
    from desktop.services.clock import Clock
    from desktop.services.database import open_database
    from desktop.services.excel.import_service import ImportService, plan_sheets

    db = open_database(db_path).db
    start = time.perf_counter()
    plans = plan_sheets(workbook)
    planned = time.perf_counter()
    report, _ = ImportService(db, Clock()).run(plans, dry_run=False)
    done = time.perf_counter()
    assert report.created["contacts"] > 0 and not report.refused, report.summary()
    db.close()
    seconds = report.seconds
    seconds["read"] += planned - start  # the workbook opened, the first rows read
    seconds["convert"] = (done - start) - sum(
        seconds[stage] for stage in STAGES[1:] if stage in seconds
    )
    print("stages " + json.dumps(seconds), flush=True)


def task_write_openpyxl(_workbook: Path, db_path: Path) -> None:
    """The floor: the same rows and columns the full export writes, as bare SQLite values:
    every table's sheet, the settings and the change log (which, after an import, holds a row
    per record created). openpyxl as it comes: with lxml's writer when lxml is installed."""
    import sqlite3

    from openpyxl import Workbook

    from desktop.services.change_log import COLUMNS as LOG_COLUMNS
    from desktop.services.excel.tables import TABLES, columns_of

    conn = sqlite3.connect(db_path)
    book = Workbook(write_only=True)
    sheets = [(table.name, [c.column.name for c in columns_of(table)], "id") for table in TABLES]
    sheets += [("setting", ["key", "value"], "key")]
    sheets += [("change_log", list(LOG_COLUMNS), "changed_at, id")]
    for name, columns, order in sheets:
        sheet = book.create_sheet(name)
        sheet.append(columns)
        quoted = ", ".join(f'"{column}"' for column in columns)
        for row in conn.execute(f'SELECT {quoted} FROM "{name}" ORDER BY {order}'):
            sheet.append(row)
    book.save(db_path.with_suffix(".bare.xlsx"))


def task_export(_workbook: Path, db_path: Path) -> None:
    from datetime import datetime

    from desktop.services.database import open_database
    from desktop.services.excel.full_export import export_everything

    db = open_database(db_path).db
    with db.read() as s:
        export_everything(s.connection(), db_path.with_suffix(".full.xlsx"), datetime.now())
    db.close()


TASKS = {
    "create": task_create,
    "read_openpyxl": task_read_openpyxl,
    "import": task_import,
    "write_openpyxl": task_write_openpyxl,
    "export": task_export,
}


def measure(task: str, workbook: Path, db_path: Path) -> tuple[float, dict[str, float]]:
    """(seconds, stages) of the task in a fresh process; stages: what it printed."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bench.excel", "--task", task, str(workbook), str(db_path)],
        cwd=ROOT,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    seconds = time.perf_counter() - start
    stages = next(
        (
            json.loads(line.split(" ", 1)[1])
            for line in done.stdout.splitlines()
            if line.startswith("stages ")
        ),
        {},
    )
    return seconds, stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--task", choices=TASKS)
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args()
    if args.task:
        TASKS[args.task](*args.paths)
        return
    with tempfile.TemporaryDirectory(prefix="kad-bench-") as folder:
        work = Path(folder)
        workbook = work / "contacts.xlsx"
        start = time.perf_counter()
        make_workbook(workbook, args.rows)
        print(
            f"workbook of {args.rows:,} contact rows written in {time.perf_counter() - start:.1f} s"
        )
        measured = ("read_openpyxl", "import", "write_openpyxl", "export")
        results: dict[str, list[tuple[float, dict[str, float]]]] = {t: [] for t in measured}
        for run in range(args.repeat):
            db_path = work / f"import-{run}.sqlite"
            measure("create", workbook, db_path)
            # Interleaved, so that drift of the machine's speed hits both sides alike.
            for task in measured:
                results[task].append(measure(task, workbook, db_path))
        # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: report per task the
        # first measurement's peak, taken when no larger child had run yet, separately.
        median = {task: statistics.median(s for s, _m in r) for task, r in results.items()}
        print(f"openpyxl read_only, iterate only   {median['read_openpyxl']:7.2f} s")
        print(
            f"import end to end                  {median['import']:7.2f} s   "
            f"ratio {median['import'] / median['read_openpyxl']:.2f}  (target ≤ 0.60)"
        )
        _print_stages(median["import"], [stages for _s, stages in results["import"]])
        print(f"openpyxl write_only, bare values   {median['write_openpyxl']:7.2f} s")
        print(
            f"full export                        {median['export']:7.2f} s   "
            f"ratio {median['export'] / median['write_openpyxl']:.2f}  (target ≤ 1.20)"
        )
        for task in ("import", "export"):
            peak = _peak(task, workbook, work / "import-0.sqlite")
            limit = 400 if task == "import" else 250
            print(f"peak memory, {task:<22}{peak:7.0f} MiB (target ≤ {limit} MiB)")


def _print_stages(total: float, runs: list[dict[str, float]]) -> None:
    """The import's stages, each the median of the runs; what is left is Python starting,
    the modules loading and the database opening."""
    stages = {stage: statistics.median(run.get(stage, 0.0) for run in runs) for stage in STAGES}
    stages["start"] = max(total - sum(stages.values()), 0.0)
    for stage, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        share = seconds / total if total else 0.0
        print(f"  import: {stage:<25}{seconds:7.2f} s   {share:4.0%}")


def _peak(task: str, workbook: Path, db_path: Path) -> float:
    """Peak RSS of one more run of ``task``, read from /usr/bin/time-like wait4 data."""
    import os

    if task == "import":
        db_path = db_path.with_name("peak.sqlite")
        measure("create", workbook, db_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.excel", "--task", task, str(workbook), str(db_path)], cwd=ROOT
    )
    _pid, _status, usage = os.wait4(process.pid, 0)
    return usage.ru_maxrss / 1024


if __name__ == "__main__":
    main()
