"""Pipeline and forecast for all accounts: key figures, the funnel, the 12-month forecast
against target, and the weekly commit (freeze, trend, accuracy, what changed)."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import ForecastCategory
from desktop.services.labels import label
from desktop.services.opportunities.forecast import NOW, ForecastOverview
from desktop.services.opportunities.snapshots import CHANGE_LABELS, ChangeKind, LineChange
from desktop.views.common.formatting import format_date, format_money, format_percent
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.i18n import translate

from .editing import Editing
from .funnel_chart import FunnelChart
from .kpi_tile import KpiTile
from .monthly_chart import MonthlyForecastChart
from .snapshot_chart import SnapshotChart

FITTED_ROWS = 200


class ForecastPage(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.service = editing.ctx.services.forecast
        self.overview: ForecastOverview | None = None
        self.scope_note = QLabel(self)
        self.scope_note.setStyleSheet("color: #5f6368")
        self.pipeline_tile = KpiTile(self.tr("Open pipeline, weighted"), self)
        self.coverage_tile = KpiTile(self.tr("Pipeline ÷ target"), self)
        self.commit_tile = KpiTile(self.tr("Commit this month"), self)
        self.best_tile = KpiTile(self.tr("Best case this month (upside)"), self)
        self.won_tile = KpiTile(self.tr("Won this month"), self)
        self.accuracy_tile = KpiTile(self.tr("Actually closed ÷ last week's commit"), self)
        self.funnel = FunnelChart(self)
        self.months = MonthlyForecastChart(self)
        self.freeze_button = QPushButton(self)
        self.freeze_status = QLabel(self)
        self.freeze_status.setWordWrap(True)
        self.trend = SnapshotChart(self)
        self.compare = QComboBox(self)
        self.changes = RowTableView(
            [
                Column(self.tr("Change"), lambda c: CHANGE_LABELS[c.kind]),
                Column(self.tr("Opportunity"), lambda c: c.name),
                Column(self.tr("Account"), lambda c: c.account),
                Column(self.tr("Before"), lambda c: c, lambda c: self._side(c, before=True)),
                Column(self.tr("Now"), lambda c: c, lambda c: self._side(c, before=False)),
            ],
            self,
        )
        self.changes.setMinimumHeight(180)
        self.definitions = QLabel(self)
        self.definitions.setWordWrap(True)
        self.definitions.setStyleSheet("color: #5f6368")
        self._build()
        self.freeze_button.clicked.connect(self.freeze)
        self.compare.currentIndexChanged.connect(self._on_compare_changed)

    def _build(self) -> None:
        tiles = QGridLayout()
        for n, tile in enumerate(
            (
                self.pipeline_tile,
                self.coverage_tile,
                self.commit_tile,
                self.best_tile,
                self.won_tile,
                self.accuracy_tile,
            )
        ):
            tiles.addWidget(tile, 0, n)
            tiles.setColumnStretch(n, 1)
        charts = QHBoxLayout()
        charts.addWidget(self.funnel, 2)
        charts.addWidget(self.months, 3)
        weekly = QGroupBox(self.tr("Weekly commit"), self)
        freeze_row = QHBoxLayout()
        freeze_row.addWidget(self.freeze_button)
        freeze_row.addWidget(self.freeze_status, 1)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("What changed:"), weekly))
        compare_row.addWidget(self.compare, 1)
        right = QVBoxLayout()
        right.addLayout(compare_row)
        right.addWidget(self.changes, 1)
        body = QHBoxLayout()
        body.addWidget(self.trend, 2)
        body.addLayout(right, 3)
        weekly_layout = QVBoxLayout(weekly)
        weekly_layout.addLayout(freeze_row)
        weekly_layout.addLayout(body)
        content = QWidget(self)
        inner = QVBoxLayout(content)
        inner.addWidget(self.scope_note)
        inner.addLayout(tiles)
        inner.addLayout(charts)
        inner.addWidget(weekly)
        inner.addWidget(self.definitions)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @property
    def charts(self) -> tuple[FunnelChart, MonthlyForecastChart, SnapshotChart]:
        return self.funnel, self.months, self.trend

    # ---- loading -----------------------------------------------------------------------

    def reload(self, _account_id: int | None = None) -> None:
        today = self.editing.ctx.clock.today()
        overview = self.service.overview(today)
        self.overview = overview
        self.scope_note.setText(
            self.tr(
                "All accounts, as of {date}. Amounts are weighted by probability unless "
                "said otherwise."
            ).format(date=format_date(today))
        )
        self._tiles(overview)
        self.funnel.plot(overview.by_stage)
        self.months.plot(overview.months)
        self._weekly(overview)
        self.definitions.setText(self._definitions(overview))

    def _tiles(self, o: ForecastOverview) -> None:
        weighted = sum((s.weighted for s in o.by_stage), Decimal(0))
        amount = sum((s.amount for s in o.by_stage), Decimal(0))
        count = sum(s.count for s in o.by_stage)
        self.pipeline_tile.show_value(
            format_money(weighted, decimals=0),
            self.tr("{count} open opportunities, {amount} in total").format(
                count=count, amount=format_money(amount, decimals=0)
            ),
        )
        cov = o.coverage
        self.coverage_tile.show_value(
            "—" if cov.percent is None else format_percent(cov.percent, 0),
            self.tr("next {months} months: {pipeline} ÷ {target}; at least {minimum} %").format(
                months=cov.months,
                pipeline=format_money(cov.pipeline, decimals=0),
                target=format_money(cov.target, decimals=0),
                minimum=cov.minimum,
            )
            if cov.percent is not None
            else self.tr("no target set for the next {months} months").format(months=cov.months),
            flagged=cov.below,
        )
        c = o.commit
        self.commit_tile.show_value(
            format_money(c.commit, decimals=0),
            self.tr("{count} deals; all dates: {total}").format(
                count=c.commit_count, total=format_money(c.commit_all, decimals=0)
            ),
        )
        self.best_tile.show_value(
            format_money(c.best_case, decimals=0),
            self.tr("{count} deals, not counted in commit; all dates: {total}").format(
                count=c.best_case_count, total=format_money(c.best_case_all, decimals=0)
            ),
        )
        self.won_tile.show_value(
            format_money(c.won, decimals=0),
            self.tr("target {target}").format(
                target=format_money(c.target, decimals=0) if c.target is not None else "—"
            ),
        )
        a = o.accuracy
        if a is None:
            self.accuracy_tile.show_value("—", self.tr("no snapshot from an earlier week yet"))
        elif a.percent is None:
            self.accuracy_tile.show_value(
                "—",
                self.tr("nothing was committed for {month} in the week of {week}").format(
                    month=a.first.strftime("%Y-%m"), week=format_date(a.week_start)
                ),
            )
        else:
            detail = self.tr(
                "{closed} closed of {committed} committed for {month} (week of {week}); "
                "keep within {low}–{high} %"
            ).format(
                closed=format_money(a.closed, decimals=0),
                committed=format_money(a.committed, decimals=0),
                month=a.first.strftime("%Y-%m"),
                week=format_date(a.week_start),
                low=a.low,
                high=a.high,
            )
            if not a.period_over:
                detail += " · " + self.tr("month still running")
            self.accuracy_tile.show_value(
                format_percent(a.percent, 0), detail, flagged=a.within is False
            )

    def _weekly(self, o: ForecastOverview) -> None:
        if o.this_week_frozen:
            self.freeze_button.setText(self.tr("Freeze again"))
            latest = o.snapshots[0]
            self.freeze_status.setText(
                self.tr(
                    "This week's snapshot was frozen on {when}: commit {commit}, best case {best}."
                ).format(
                    when=format_date(latest.taken_at.date()),
                    commit=format_money(latest.commit, decimals=0),
                    best=format_money(latest.best_case, decimals=0),
                )
            )
        else:
            self.freeze_button.setText(self.tr("Freeze this week's commit"))
            self.freeze_status.setText(
                self.tr(
                    "Not frozen yet this week. Freezing keeps Commit and Best case as they are "
                    "now, to compare next week."
                )
            )
        now = None if o.this_week_frozen else (o.commit.commit_all, o.commit.best_case_all)
        self.trend.plot(o.snapshots, now)
        self.compare.blockSignals(True)
        self.compare.clear()
        snapshots = o.snapshots
        if snapshots and not o.this_week_frozen:
            self.compare.addItem(
                self.tr("Now against the week of {week}").format(
                    week=format_date(snapshots[0].week_start)
                ),
                (NOW, snapshots[0].id),
            )
        for later, earlier in pairwise(snapshots):
            self.compare.addItem(
                self.tr("Week of {later} against the week of {earlier}").format(
                    later=format_date(later.week_start), earlier=format_date(earlier.week_start)
                ),
                (later.id, earlier.id),
            )
        self.compare.setEnabled(self.compare.count() > 0)
        self.compare.blockSignals(False)
        self.changes.set_rows([])
        QTimer.singleShot(0, self._on_compare_changed)  # after the figures are on screen

    def _on_compare_changed(self, *_args) -> None:
        pair = self.compare.currentData()
        if pair is None:
            self.changes.set_rows([])
            return
        later, earlier = pair
        rows = self.service.changes(later, earlier, self.editing.ctx.clock.today())
        if len(rows) <= FITTED_ROWS:
            self.changes.set_rows(rows)
        else:  # fitting the columns to thousands of rows costs more than it helps
            self.changes.source.set_rows(rows)

    def _side(self, change: LineChange, *, before: bool) -> str:
        line = change.before if before else change.after
        if line is None:
            return "—" if before else self.tr("removed")
        if change.kind in (ChangeKind.SLIPPED, ChangeKind.PULLED_IN):
            return format_date(line.expected_decision_date)
        if change.kind is ChangeKind.AMOUNT:
            return format_money(line.amount, decimals=0)
        text = label(line.category, translate)
        if change.kind is ChangeKind.NEW and before:
            return text
        if line.category in (ForecastCategory.COMMIT, ForecastCategory.BEST_CASE):
            text += f" · {format_money(line.amount, decimals=0)}"
        return text

    def _definitions(self, o: ForecastOverview) -> str:
        return self.tr(
            "How these figures are computed: weighted = amount × probability (the "
            "opportunity's own or its stage's). The forecast counts open opportunities in "
            "Commit, Best case and Pipeline by expected decision month; overdue ones count in "
            "the current month, Omitted ones nowhere. Pipeline ÷ target uses unweighted "
            "amounts over the next {months} months. Commit accuracy compares what the "
            "previous week's snapshot committed for its month with everything won in that "
            "month."
        ).format(months=o.coverage.months)

    # ---- freezing ----------------------------------------------------------------------

    def freeze(self) -> None:
        overview = self.overview
        if (
            overview is not None
            and overview.this_week_frozen
            and not self.editing.ctx.dialogs.confirm(
                self.tr("Freeze again"),
                self.tr("Replace this week's snapshot with the commit as it is now?"),
            )
        ):
            return
        ctx = self.editing.ctx
        today, now = ctx.clock.today(), ctx.clock.now()
        self.editing.stateful(
            self.tr("Freeze this week's commit"),
            lambda: self.service.freeze(today, now),
            lambda frozen: frozen.changes,
            lambda frozen: (self.service.unfreeze(frozen), frozen.new),
            lambda frozen, _graph: self.service.refreeze(frozen),
        )
