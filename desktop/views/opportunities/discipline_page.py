"""The funnel page: forecast discipline for all accounts (docs/forecast-discipline.md) —
month-on-month pipeline growth and the booked-but-not-delivered share against their bands,
funnel conversion against the 10 → 5 → 3 → 1 rule, time in stage, slipped decision dates,
and the win rate of closed deals by score band, competitor and stage reached."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.services.labels import localized
from desktop.services.opportunities.discipline import STUCK_DAYS, Discipline, WinRate
from desktop.views.common.formatting import format_date, format_money, format_percent
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.i18n import current_language

from .discipline_charts import ConversionChart, ScoreBandChart, SlipChart, StageTimeChart
from .editing import Editing
from .kpi_tile import KpiTile


class DisciplinePage(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.service = editing.ctx.services.forecast
        self.figures: Discipline | None = None
        self.scope_note = QLabel(self)
        self.scope_note.setStyleSheet("color: #5f6368")
        self.growth_tile = KpiTile(self.tr("Pipeline growth last month"), self)
        self.undelivered_tile = KpiTile(self.tr("Booked, not delivered"), self)
        self.win_tile = KpiTile(self.tr("Win rate of closed deals"), self)
        self.slip_tile = KpiTile(self.tr("Open deals whose date slipped"), self)
        self.stuck_tile = KpiTile(self.tr("Deals stuck in their stage"), self)
        self.conversion = ConversionChart(self)
        self.stage_time = StageTimeChart(self)
        self.slip_chart = SlipChart(self)
        self.score_bands = ScoreBandChart(self)
        self.slipped = RowTableView(
            [
                Column(self.tr("Opportunity"), lambda d: d.name),
                Column(self.tr("Account"), lambda d: d.account),
                Column(self.tr("First promised"), lambda d: d.first, format_date),
                Column(self.tr("Expected now"), lambda d: d.expected, format_date),
                Column(self.tr("Slips"), lambda d: d.count),
                Column(self.tr("Days later"), lambda d: d.days),
            ],
            self,
        )
        self.stuck = RowTableView(
            [
                Column(self.tr("Opportunity"), lambda d: d.name),
                Column(self.tr("Account"), lambda d: d.account),
                Column(self.tr("Stage"), lambda d: self._name(d.name_en, d.name_zh)),
                Column(self.tr("Days in stage"), lambda d: d.days),
                Column(self.tr("Stuck after"), lambda d: d.limit),
            ],
            self,
        )
        self.competitors = RowTableView(self._rate_columns(self.tr("Competitor")), self)
        self.stages_reached = RowTableView(self._rate_columns(self.tr("Stage reached")), self)
        for table in (self.slipped, self.stuck, self.competitors, self.stages_reached):
            table.setMinimumHeight(150)
        self.definitions = QLabel(self)
        self.definitions.setWordWrap(True)
        self.definitions.setStyleSheet("color: #5f6368")
        self._build()

    def _rate_columns(self, first: str) -> list[Column]:
        return [
            Column(first, lambda r: r.label),
            Column(self.tr("Closed"), lambda r: r.closed),
            Column(self.tr("Won"), lambda r: r.won),
            Column(self.tr("Win rate"), lambda r: r.rate, lambda v: format_percent(v, 0)),
        ]

    def _build(self) -> None:
        tiles = QGridLayout()
        for n, tile in enumerate(
            (
                self.growth_tile,
                self.undelivered_tile,
                self.win_tile,
                self.slip_tile,
                self.stuck_tile,
            )
        ):
            tiles.addWidget(tile, 0, n)
            tiles.setColumnStretch(n, 1)
        charts = QGridLayout()
        charts.addWidget(self.conversion, 0, 0)
        charts.addWidget(self.stage_time, 0, 1)
        charts.addWidget(self.slip_chart, 1, 0)
        charts.addWidget(self.score_bands, 1, 1)
        lists = QGridLayout()
        for n, (title, table) in enumerate(
            (
                (self.tr("Slipped decision dates"), self.slipped),
                (self.tr("Stuck far longer than usual"), self.stuck),
                (self.tr("Win rate by competitor met"), self.competitors),
                (self.tr("Win rate by the furthest stage reached"), self.stages_reached),
            )
        ):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(table)
            lists.addWidget(box, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_note)
        layout.addLayout(tiles)
        layout.addLayout(charts)
        layout.addLayout(lists)
        layout.addWidget(self.definitions)
        layout.addStretch(1)  # a tall window leaves the space below, not in the tiles

    def _name(self, english: str, chinese: str) -> str:
        return localized(english, chinese, current_language())

    # ---- loading -----------------------------------------------------------------------

    def reload(self, _account_id: int | None = None) -> None:
        today = self.editing.ctx.clock.today()
        figures = self.service.discipline(today)
        self.figures = figures
        self.scope_note.setText(
            self.tr("All accounts, as of {date}.").format(date=format_date(today))
        )
        self._tiles(figures)
        self.conversion.plot(figures.funnel)
        self.stage_time.plot(figures.stage_times)
        self.slip_chart.plot(figures.slipped)
        self.score_bands.plot(figures.win_loss.by_score)
        self.slipped.set_rows(list(figures.slipped))
        self.stuck.set_rows(list(figures.stuck))
        self.competitors.set_rows(list(figures.win_loss.by_competitor))
        self.stages_reached.set_rows(
            [
                WinRate(self._name(en, zh), r.closed, r.won)
                for en, zh, r in figures.win_loss.by_stage
            ]
        )
        self.definitions.setText(self._definitions(figures))

    def _tiles(self, d: Discipline) -> None:
        g = d.growth
        latest = g.latest
        if latest is None or g.percent is None:
            self.growth_tile.show_value("—", self.tr("no open pipeline a month earlier"))
        else:
            self.growth_tile.show_value(
                format_percent(g.percent, 1),
                self.tr("open pipeline {amount} at {date}; keep within {low}–{high} %").format(
                    amount=format_money(latest.amount, decimals=0),
                    date=format_date(latest.day),
                    low=g.low,
                    high=g.high,
                ),
                flagged=g.flagged,
            )
        u = d.undelivered
        if u.percent is None:
            self.undelivered_tile.show_value("—", self.tr("no contract signed in the last year"))
        else:
            self.undelivered_tile.show_value(
                format_percent(u.percent, 1),
                self.tr(
                    "{late} of {booked} booked in the last year has a delivery due and not "
                    "arrived ({count} contracts); keep below {maximum} %"
                ).format(
                    late=format_money(u.undelivered, decimals=0),
                    booked=format_money(u.booked, decimals=0),
                    count=u.undelivered_count,
                    maximum=u.maximum,
                ),
                flagged=u.flagged,
            )
        w = d.win_loss
        self.win_tile.show_value(
            "—" if w.rate is None else format_percent(w.rate, 0),
            self.tr("{won} won of {closed} closed").format(won=w.won, closed=w.closed),
        )
        self.slip_tile.show_value(
            str(len(d.slipped)),
            self.tr("{slips} slips in all").format(slips=sum(s.count for s in d.slipped)),
            flagged=bool(d.slipped),
        )
        self.stuck_tile.show_value(
            str(len(d.stuck)),
            self.tr("more than twice their stage's usual time"),
            flagged=bool(d.stuck),
        )

    def _definitions(self, d: Discipline) -> str:
        return self.tr(
            "How these figures are computed: growth compares the open pipeline (not weighted, "
            "from the stage history) at the end of the last two months; booked = contracts "
            "signed in the last 12 months, not terminated, and not delivered = those with a "
            "delivery line due by today that has not arrived. Conversion = the share of all "
            "opportunities that reached each stage; the rule's 10 → 5 → 3 → 1 is spread over "
            "the stages from the first to Won. Stuck = more than twice the stage's average "
            "time, or {days} days where it has none. A slip is a move of the expected "
            "decision date to a later date. Win rates count closed deals only."
        ).format(days=STUCK_DAYS)
