"""Commit and best case of each weekly snapshot, and where they stand now."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import QWidget

from desktop.services.opportunities.snapshots import SnapshotInfo
from desktop.views.common.formatting import format_date
from desktop.views.i18n import translate

from .chart_format import fresh_axes, short_money
from .monthly_chart import BEST_CASE, COMMIT
from .plain_chart import PlainChart


class SnapshotChart(PlainChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("SnapshotChart", "Weekly commit snapshots"),
            [
                (COMMIT, translate("SnapshotChart", "Commit")),
                (BEST_CASE, translate("SnapshotChart", "Best case")),
            ],
            parent,
            width=5,
            height=2.6,
        )
        self.set_margins(64, 8, 12, 24)
        self.setMinimumHeight(220)

    def plot(self, snapshots: Sequence[SnapshotInfo], now: tuple[Decimal, Decimal] | None) -> None:
        axes = fresh_axes(self.figure)
        ordered = list(reversed(snapshots))[-12:]
        labels = [format_date(s.week_start) for s in ordered]
        commit = [float(s.commit) for s in ordered]
        best = [float(s.best_case) for s in ordered]
        if now is not None:
            labels.append(translate("SnapshotChart", "now"))
            commit.append(float(now[0]))
            best.append(float(now[1]))
        xs = list(range(len(labels)))
        axes.plot(xs, commit, marker="o", color=COMMIT, label="commit")
        axes.plot(xs, best, marker="s", color=BEST_CASE, label="best_case")
        if now is not None and len(xs) > 1:
            axes.axvspan(xs[-1] - 0.5, xs[-1] + 0.5, color="#f1f3f4", zorder=0)
        axes.set_xticks(xs)
        axes.set_xticklabels(labels, fontsize=8)
        axes.yaxis.set_major_formatter(lambda value, _pos: short_money(value))
        axes.tick_params(axis="y", labelsize=8)
        axes.set_ylim(bottom=0)
        axes.grid(axis="y", color="#e0e0e0")
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        self.redraw()
