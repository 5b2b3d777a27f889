"""The figures ``python -m bench`` prints: one line each, with its target and its ratio."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Every figure, in the order listed here: key, label, unit, target. A figure measured against
#: a baseline in the same run (the cold start against the bare libraries, a first visit against
#: a later one, an edit with the change log against one without) has a ratio as its target;
#: the others are absolute.
FIGURES = (
    ("cold_start", "cold start: window painted with the account list", "ms", 1.5),
    ("account_switch", "switch to the 300-person account, chart painted", "ms", 150.0),
    ("list_first_paint", "opportunities, all accounts: list first painted", "ms", 100.0),
    ("list_sort", "opportunities: sort by amount, painted", "ms", 100.0),
    ("list_filter", "opportunities: text filter, painted", "ms", 100.0),
    ("search_keystroke", "search everything (Ctrl+K): one keystroke, painted", "ms", 50.0),
    ("forecast", "forecast with its charts, painted", "ms", 300.0),
    ("contracts_ageing", "contracts: ageing of all accounts with charts", "ms", 300.0),
    ("forecast_first", "forecast: first visit against a later one", "ms", 1.2),
    ("contracts_first", "contracts: first ageing visit against a later one", "ms", 1.2),
    ("change_log_edit", "one edit with its change-log rows", "ms", 1.3),
    ("strategy_sheet", "strategy sheet of the 300-person account's deal", "ms", 150.0),
    ("coverage_matrix", "coverage matrix of the 300-person account", "ms", 150.0),
    ("reminders_dock", "reminders dock: read after an edit, painted", "ms", 100.0),
    ("peak_memory", "peak memory, every tab visited", "MB", 250.0),
    ("tender_docx", "read a tender document (.docx), extract items", "ms", 1.5),
    ("tender_pdf", "read a tender document (text PDF), extract items", "ms", 1.5),
)
LABELS = {key: label for key, label, _unit, _target in FIGURES}


@dataclass(frozen=True)
class Figure:
    key: str
    value: float  # the median
    runs: int
    baseline: float | None = None  # cold start, tenders: the bare libraries'; a later visit
    note: str = ""
    detail: str = ""  # printed on a line of its own below (the cold start's phases)
    against: str = "bare"  # what the baseline is, as printed

    @property
    def spec(self) -> tuple[str, str, str, float]:
        return next(f for f in FIGURES if f[0] == self.key)

    @property
    def ratio(self) -> float:
        """Against the target: the figure's share of its budget (≤ 1 holds). The cold start
        compares with the bare libraries instead: app / bare (≤ 1.5 holds)."""
        _key, _label, _unit, target = self.spec
        if self.baseline is not None:
            return self.value / self.baseline
        return self.value / target

    @property
    def holds(self) -> bool:
        _key, _label, _unit, target = self.spec
        return self.ratio <= (target if self.baseline is not None else 1.0)

    def line(self) -> str:
        _key, label, unit, target = self.spec
        verdict = "ok" if self.holds else "MISSED"
        if self.baseline is not None:
            measured = f"{self.value:8.1f} {unit} ({self.against} {self.baseline:.1f} {unit})"
            goal = f"target ≤ {target:.2f}× {self.against}"
            ratio = f"ratio {self.ratio:.2f}×"
        else:
            measured = f"{self.value:8.1f} {unit}"
            goal = f"target ≤ {target:.0f} {unit}"
            ratio = f"ratio {self.ratio:.2f}"
        note = f"  ({self.note})" if self.note else ""
        detail = f"\n    {self.detail}" if self.detail else ""
        return f"{label:<52} {measured:<28} {goal:<20} {ratio:<13} {verdict}{note}{detail}"


def median_ms(action: Callable[[], object], runs: int, before: Callable[[], object] | None = None):
    """The median wall time of ``action`` in ms over ``runs`` runs (``before`` each, untimed)."""
    return medians_ms(action, runs, before)[0]


def medians_ms(
    action: Callable[[], object], runs: int, before: Callable[[], object] | None = None
) -> tuple[float, float]:
    """The median wall time and the median processor time of ``action`` in ms: on a busy
    machine the first grows with the other processes, the second hardly."""
    walls, cpus = [], []
    for _ in range(runs):
        if before is not None:
            before()
        start, cpu = time.perf_counter(), time.process_time()
        action()
        walls.append((time.perf_counter() - start) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)
