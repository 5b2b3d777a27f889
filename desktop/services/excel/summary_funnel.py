"""The manager summary's "Funnel" sheet (docs/forecast-discipline.md) and the order-priority
list of its Pipeline sheet (docs/domain.md#order-priority): real numbers, and a native chart
of the funnel conversion against the 10 → 5 → 3 → 1 rule."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from desktop.services.labels import localized
from desktop.services.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.opportunities.discipline import WinRate
from desktop.services.xlsx_write import set_cell

from .summary_data import SummaryData
from .summary_writer import DATE, MONEY, PERCENT, TITLE_FONT, Col, Writer

FLAG = Font(bold=True, color="B00020")


def _fraction(value: Decimal | None) -> float | None:
    """A percent as the fraction Excel's percent format shows."""
    return None if value is None else float(value / 100)


def _figures(w: Writer, sheet: Worksheet, data: SummaryData) -> int:
    d = data.discipline
    g, u, wl = d.growth, d.undelivered, d.win_loss
    outside = w.text(QT_TRANSLATE_NOOP("Summary", "outside the band"))
    rows: list[tuple[Message, Any, str | None, str, bool]] = [
        (
            QT_TRANSLATE_NOOP("Summary", "Pipeline growth, last month"),
            _fraction(g.percent),
            PERCENT,
            w.text(QT_TRANSLATE_NOOP("Summary", "{low}–{high} %").with_(low=g.low, high=g.high)),
            g.flagged,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Open pipeline at the end of last month"),
            g.latest.amount if g.latest else None,
            MONEY,
            "",
            False,
        ),
        (QT_TRANSLATE_NOOP("Summary", "Booked in the last 12 months"), u.booked, MONEY, "", False),
        (
            QT_TRANSLATE_NOOP("Summary", "Of which a delivery is due and not arrived"),
            u.undelivered,
            MONEY,
            "",
            False,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Booked but not delivered"),
            _fraction(u.percent),
            PERCENT,
            w.text(QT_TRANSLATE_NOOP("Summary", "below {maximum} %").with_(maximum=u.maximum)),
            u.flagged,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Win rate of closed deals"),
            _fraction(wl.rate),
            PERCENT,
            "",
            False,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Open deals whose decision date slipped"),
            len(d.slipped),
            None,
            "",
            False,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Deals stuck in their stage"),
            len(d.stuck),
            None,
            "",
            False,
        ),
    ]
    set_cell(
        sheet, 1, 1, w.text(QT_TRANSLATE_NOOP("Summary", "Forecast discipline"))
    ).font = TITLE_FONT
    for offset, (title, value, number_format, band, flagged) in enumerate(rows, start=2):
        set_cell(sheet, offset, 1, w.text(title))
        cell = set_cell(sheet, offset, 2, value)
        if number_format:
            cell.number_format = number_format
        set_cell(sheet, offset, 3, band)
        # only a figure that exists can be outside its band: no data says nothing
        if flagged:
            cell.font = FLAG
            set_cell(sheet, offset, 4, outside).font = FLAG
    return len(rows) + 3


def _label(w: Writer, label: Message | str) -> str:
    return label if isinstance(label, str) else w.text(label)


def _rate_cols(first: Message) -> list[Col]:
    return [
        Col(first, lambda r: r.label, width=44),
        Col(QT_TRANSLATE_NOOP("Summary", "Closed"), lambda r: r.closed, width=16),
        Col(QT_TRANSLATE_NOOP("Summary", "Won"), lambda r: r.won, width=16),
        Col(QT_TRANSLATE_NOOP("Summary", "Win rate"), lambda r: _fraction(r.rate), PERCENT, 16),
    ]


def funnel_sheet(w: Writer, data: SummaryData) -> Worksheet:
    sheet = w.sheet(QT_TRANSLATE_NOOP("Summary", "Funnel"))
    d = data.discipline

    def name(row: Any) -> str:
        return localized(row.name_en, row.name_zh, w.language)

    top = _figures(w, sheet, data)
    conversion = top + 2  # first data row of the conversion table, for the chart
    _first, last = w.table(
        sheet,
        top,
        QT_TRANSLATE_NOOP("Summary", "Funnel conversion against the 10 → 5 → 3 → 1 rule"),
        [
            Col(QT_TRANSLATE_NOOP("Summary", "Stage"), name, width=44),
            Col(QT_TRANSLATE_NOOP("Summary", "Deals that reached it"), lambda r: r.reached),
            Col(
                QT_TRANSLATE_NOOP("Summary", "Share of all deals"),
                lambda r: _fraction(r.share),
                PERCENT,
                16,
            ),
            Col(
                QT_TRANSLATE_NOOP("Summary", "The rule"),
                lambda r: _fraction(r.rule),
                PERCENT,
                16,
            ),
            Col(
                QT_TRANSLATE_NOOP("Summary", "Below the rule"),
                lambda r: w.text(QT_TRANSLATE_NOOP("Summary", "yes")) if r.below else "",
                width=16,
            ),
        ],
        d.funnel,
    )
    _chart(w, sheet, conversion, last)
    tables: Sequence[tuple[Message, list[Col], Sequence[Any]]] = (
        (
            QT_TRANSLATE_NOOP("Summary", "Open pipeline at each month end (not weighted)"),
            [
                Col(QT_TRANSLATE_NOOP("Summary", "Month end"), lambda p: p.day, DATE, 44),
                Col(QT_TRANSLATE_NOOP("Summary", "Open pipeline"), lambda p: p.amount, MONEY, 18),
                Col(
                    QT_TRANSLATE_NOOP("Summary", "Growth"),
                    lambda p: _fraction(p.growth),
                    PERCENT,
                    16,
                ),
            ],
            d.growth.points,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Time in stage (days)"),
            [
                Col(QT_TRANSLATE_NOOP("Summary", "Stage"), name, width=44),
                Col(QT_TRANSLATE_NOOP("Summary", "Open deals"), lambda t: t.open_count),
                Col(
                    QT_TRANSLATE_NOOP("Summary", "Average so far"),
                    lambda t: t.current_days,
                    "0.0",
                    16,
                ),
                Col(
                    QT_TRANSLATE_NOOP("Summary", "Average of earlier deals"),
                    lambda t: t.past_days,
                    "0.0",
                    16,
                ),
                Col(QT_TRANSLATE_NOOP("Summary", "Stuck after"), lambda t: t.limit, width=16),
            ],
            d.stage_times,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Win rate by score band, against the scorecard"),
            [
                *_rate_cols(QT_TRANSLATE_NOOP("Summary", "Score band")),
                Col(
                    QT_TRANSLATE_NOOP("Summary", "Estimated win chance"),
                    lambda r: None if r.predicted is None else r.predicted / 100,
                    PERCENT,
                    16,
                ),
            ],
            [
                WinRate(_label(w, r.label), r.closed, r.won, r.predicted)
                for r in d.win_loss.by_score
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Win rate by competitor met"),
            _rate_cols(QT_TRANSLATE_NOOP("Summary", "Competitor")),
            d.win_loss.by_competitor,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Win rate by the furthest stage reached"),
            _rate_cols(QT_TRANSLATE_NOOP("Summary", "Stage reached")),
            [
                WinRate(localized(en, zh, w.language), r.closed, r.won)
                for en, zh, r in d.win_loss.by_stage
            ],
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Slipped decision dates"),
            [
                Col(QT_TRANSLATE_NOOP("Summary", "Opportunity"), lambda s: s.name, width=44),
                Col(QT_TRANSLATE_NOOP("Summary", "Account"), lambda s: s.account, width=28),
                Col(QT_TRANSLATE_NOOP("Summary", "First promised"), lambda s: s.first, DATE, 16),
                Col(QT_TRANSLATE_NOOP("Summary", "Expected now"), lambda s: s.expected, DATE, 16),
                Col(QT_TRANSLATE_NOOP("Summary", "Slips"), lambda s: s.count, width=16),
                Col(QT_TRANSLATE_NOOP("Summary", "Days later"), lambda s: s.days, width=16),
            ],
            d.slipped,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Stuck far longer than usual"),
            [
                Col(QT_TRANSLATE_NOOP("Summary", "Opportunity"), lambda s: s.name, width=44),
                Col(QT_TRANSLATE_NOOP("Summary", "Account"), lambda s: s.account, width=28),
                Col(QT_TRANSLATE_NOOP("Summary", "Stage"), name, width=16),
                Col(QT_TRANSLATE_NOOP("Summary", "Days in stage"), lambda s: s.days, width=16),
                Col(QT_TRANSLATE_NOOP("Summary", "Stuck after"), lambda s: s.limit, width=16),
            ],
            d.stuck,
        ),
    )
    for title, columns, rows in tables:
        _first, last = w.table(sheet, last + 3, title, columns, rows)
        last = max(last, _first)  # an empty table still has its header and one blank row
    return sheet


def _chart(w: Writer, sheet: Worksheet, first: int, last: int) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.title = w.text(QT_TRANSLATE_NOOP("Summary", "Share of deals that reached each stage"))
    chart.add_data(
        Reference(sheet, min_col=3, max_col=4, min_row=first - 1, max_row=last),
        titles_from_data=True,
    )
    chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=last))
    chart.x_axis.scaling.orientation = "maxMin"  # the first stage on top, as a funnel
    chart.y_axis.number_format = "0%"
    chart.height, chart.width = 8, 15
    sheet.add_chart(chart, "F1")


def priority_table(w: Writer, sheet: Worksheet, top: int, data: SummaryData) -> None:
    """Deals ranked by order priority, as set or (marked) as the deal's state suggests."""
    w.table(
        sheet,
        top,
        QT_TRANSLATE_NOOP("Summary", "Orders by priority (A first)"),
        [
            Col(
                QT_TRANSLATE_NOOP("Summary", "Order priority"),
                lambda r: w.enum(r.priority),
                width=24,
            ),
            Col(
                QT_TRANSLATE_NOOP("Summary", "Suggested"),
                lambda r: w.text(QT_TRANSLATE_NOOP("Summary", "yes")) if r.suggested else "",
            ),
            Col(QT_TRANSLATE_NOOP("Summary", "Opportunity"), lambda r: r.name, width=30),
            Col(QT_TRANSLATE_NOOP("Summary", "Account"), lambda r: r.account, width=28),
            Col(
                QT_TRANSLATE_NOOP("Summary", "Stage"),
                lambda r: localized(r.stage_en, r.stage_zh, w.language),
                width=18,
            ),
            Col(QT_TRANSLATE_NOOP("Summary", "Amount"), lambda r: r.amount, MONEY, 18),
            Col(QT_TRANSLATE_NOOP("Summary", "Expected decision"), lambda r: r.decision, DATE, 14),
        ],
        data.priorities,
    )
