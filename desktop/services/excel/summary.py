"""The manager summary (docs/domain.md#the-manager-summary) as a workbook, in the reader's
language, with real numbers, frozen headers, filters and native Excel charts on the cover sheet.

Client staff's personal data (stance, personality, birthday, family, interests) stays out
unless asked for; then a "Key people" sheet carries it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from desktop.services.catalog import translator
from desktop.services.clock import Clock
from desktop.services.contracts.ageing import AgeingRow
from desktop.services.database import Database
from desktop.services.labels import localized
from desktop.services.messages import QT_TRANSLATE_NOOP
from desktop.services.private_files import private_output
from desktop.services.xlsx_write import first_sheet, set_cell

from .summary_data import SummaryData, gather, total
from .summary_funnel import funnel_sheet, priority_table
from .summary_writer import DATE, DATETIME, MONEY, PERCENT, TITLE_FONT, Col, Writer, print_setup


def _pipeline(w: Writer, data: SummaryData) -> Worksheet:
    sheet = w.sheet(QT_TRANSLATE_NOOP("Summary", "Pipeline"))
    stage_cols = [
        Col(
            QT_TRANSLATE_NOOP("Summary", "Stage"),
            lambda r: localized(r.name_en, r.name_zh, w.language),
            width=24,
        ),
        Col(QT_TRANSLATE_NOOP("Summary", "Probability"), lambda r: r.probability / 100, PERCENT),
        Col(QT_TRANSLATE_NOOP("Summary", "Opportunities"), lambda r: r.count),
        Col(QT_TRANSLATE_NOOP("Summary", "Amount"), lambda r: r.amount, MONEY, 18),
        Col(QT_TRANSLATE_NOOP("Summary", "Weighted amount"), lambda r: r.weighted, MONEY, 18),
    ]
    w.table(
        sheet, 1, QT_TRANSLATE_NOOP("Summary", "Open pipeline by stage"), stage_cols, data.by_stage
    )
    owner_cols = [
        Col(QT_TRANSLATE_NOOP("Summary", "Owner"), lambda r: r.owner, width=24),
        Col(QT_TRANSLATE_NOOP("Summary", "Opportunities"), lambda r: r.count),
        Col(QT_TRANSLATE_NOOP("Summary", "Amount"), lambda r: r.amount, MONEY, 18),
        Col(QT_TRANSLATE_NOOP("Summary", "Weighted amount"), lambda r: r.weighted, MONEY, 18),
        Col(QT_TRANSLATE_NOOP("Summary", "Commit"), lambda r: r.commit, MONEY, 18),
        Col(QT_TRANSLATE_NOOP("Summary", "Best case"), lambda r: r.best_case, MONEY, 18),
    ]
    w.table(
        sheet,
        len(data.by_stage) + 5,
        QT_TRANSLATE_NOOP("Summary", "Open pipeline by owner"),
        owner_cols,
        data.by_owner,
    )
    priority_table(w, sheet, len(data.by_stage) + len(data.by_owner) + 9, data)
    return sheet


def _forecast(w: Writer, data: SummaryData) -> Worksheet:
    sheet = w.sheet(QT_TRANSLATE_NOOP("Summary", "Forecast"))
    cols = [
        Col(QT_TRANSLATE_NOOP("Summary", "Month"), lambda r: r.month.strftime("%Y-%m")),
        Col(QT_TRANSLATE_NOOP("Summary", "Commit (weighted)"), lambda r: r.commit, MONEY, 18),
        Col(QT_TRANSLATE_NOOP("Summary", "Best case (weighted)"), lambda r: r.best_case, MONEY, 18),
        Col(QT_TRANSLATE_NOOP("Summary", "Pipeline (weighted)"), lambda r: r.pipeline, MONEY, 18),
        Col(QT_TRANSLATE_NOOP("Summary", "Won"), lambda r: r.won, MONEY, 18),
        Col(QT_TRANSLATE_NOOP("Summary", "Target"), lambda r: r.target, MONEY, 18),
        Col(
            QT_TRANSLATE_NOOP("Summary", "Forecast against target"),
            lambda r: (
                float((r.commit + r.best_case + r.pipeline + r.won) / r.target)
                if r.target
                else None
            ),
            PERCENT,
        ),
    ]
    w.table(
        sheet,
        1,
        QT_TRANSLATE_NOOP("Summary", "Weighted forecast by month, against target"),
        cols,
        data.months,
    )
    return sheet


def _commit(w: Writer, data: SummaryData) -> Worksheet:
    sheet = w.sheet(QT_TRANSLATE_NOOP("Summary", "Commit"))
    c = data.commit
    rows = [
        (QT_TRANSLATE_NOOP("Summary", "Commit, this month"), c.commit),
        (
            QT_TRANSLATE_NOOP("Summary", "Best case (upside, not in commit), this month"),
            c.best_case,
        ),
        (QT_TRANSLATE_NOOP("Summary", "Commit, all open"), c.commit_all),
        (QT_TRANSLATE_NOOP("Summary", "Best case, all open"), c.best_case_all),
        (QT_TRANSLATE_NOOP("Summary", "Won this month"), c.won),
        (QT_TRANSLATE_NOOP("Summary", "Target this month"), c.target),
        (QT_TRANSLATE_NOOP("Summary", "Pipeline in the coverage window"), data.coverage.pipeline),
        (QT_TRANSLATE_NOOP("Summary", "Target in the coverage window"), data.coverage.target),
    ]
    cols = [
        Col(QT_TRANSLATE_NOOP("Summary", "Figure"), lambda r: w.text(r[0]), width=46),
        Col(QT_TRANSLATE_NOOP("Summary", "Amount"), lambda r: r[1], MONEY, 20),
    ]
    _first, last = w.table(
        sheet, 1, QT_TRANSLATE_NOOP("Summary", "Commit against upside"), cols, rows
    )
    accuracy = data.accuracy
    top = last + 3
    set_cell(
        sheet,
        top,
        1,
        w.text(QT_TRANSLATE_NOOP("Summary", "Last week's commit against what closed")),
    ).font = Font(bold=True, size=12)
    if accuracy is None:
        set_cell(sheet, top + 1, 1, w.text(QT_TRANSLATE_NOOP("Summary", "No weekly snapshot yet.")))
        return sheet
    facts = [
        (QT_TRANSLATE_NOOP("Summary", "Snapshot of the week of"), accuracy.week_start, DATE),
        (QT_TRANSLATE_NOOP("Summary", "Committed"), accuracy.committed, MONEY),
        (QT_TRANSLATE_NOOP("Summary", "Closed"), accuracy.closed, MONEY),
        (
            QT_TRANSLATE_NOOP("Summary", "Accuracy"),
            float(accuracy.percent / 100) if accuracy.percent is not None else None,
            PERCENT,
        ),
        (
            QT_TRANSLATE_NOOP("Summary", "Within the band"),
            w.text(QT_TRANSLATE_NOOP("Summary", "nothing committed to compare"))
            if accuracy.within is None
            else w.text(
                QT_TRANSLATE_NOOP("Summary", "{low}–{high} %: yes").with_(
                    low=accuracy.low, high=accuracy.high
                )
            )
            if accuracy.within
            else w.text(
                QT_TRANSLATE_NOOP("Summary", "{low}–{high} %: NO").with_(
                    low=accuracy.low, high=accuracy.high
                )
            ),
            None,
        ),
    ]
    for offset, (title, value, number_format) in enumerate(facts, start=1):
        set_cell(sheet, top + offset, 1, w.text(title))
        cell = set_cell(sheet, top + offset, 2, value)
        if number_format:
            cell.number_format = number_format
    return sheet


def _win_loss(w: Writer, data: SummaryData) -> Worksheet:
    sheet = w.sheet(QT_TRANSLATE_NOOP("Summary", "Won and lost"))
    cols = [
        Col(QT_TRANSLATE_NOOP("Summary", "Closed on"), lambda r: r.closed_on, DATE, 12),
        Col(
            QT_TRANSLATE_NOOP("Summary", "Result"),
            lambda r: w.text(
                QT_TRANSLATE_NOOP("Summary", "Won")
                if r.won
                else QT_TRANSLATE_NOOP("Summary", "Lost")
            ),
        ),
        Col(QT_TRANSLATE_NOOP("Summary", "Opportunity"), lambda r: r.name, width=30),
        Col(QT_TRANSLATE_NOOP("Summary", "Account"), lambda r: r.account, width=28),
        Col(QT_TRANSLATE_NOOP("Summary", "Owner"), lambda r: r.owner),
        Col(QT_TRANSLATE_NOOP("Summary", "Amount"), lambda r: r.amount, MONEY, 18),
        Col(QT_TRANSLATE_NOOP("Summary", "Reason"), lambda r: r.reason, width=50),
    ]
    w.table(
        sheet,
        1,
        QT_TRANSLATE_NOOP("Summary", "Won and lost in the last twelve months"),
        cols,
        data.win_loss.deals,
    )
    return sheet


def _tenders(w: Writer, data: SummaryData) -> Worksheet:
    sheet = w.sheet(QT_TRANSLATE_NOOP("Summary", "Tenders due"))
    cols = [
        Col(
            QT_TRANSLATE_NOOP("Summary", "Submission deadline"),
            lambda r: r.facts.submission_deadline,
            DATETIME,
            17,
        ),
        Col(QT_TRANSLATE_NOOP("Summary", "Days left"), lambda r: r.days_left),
        Col(QT_TRANSLATE_NOOP("Summary", "Tender number"), lambda r: r.tender_no, width=18),
        Col(QT_TRANSLATE_NOOP("Summary", "Tender"), lambda r: r.title, width=30),
        Col(QT_TRANSLATE_NOOP("Summary", "Account"), lambda r: r.account, width=28),
        Col(
            QT_TRANSLATE_NOOP("Summary", "Checklist done"),
            lambda r: r.progress.percent / 100,
            PERCENT,
        ),
        Col(
            QT_TRANSLATE_NOOP("Summary", "Required items open"),
            lambda r: r.progress.required_outstanding,
        ),
        Col(QT_TRANSLATE_NOOP("Summary", "Problems"), lambda r: r.progress.problems),
    ]
    w.table(
        sheet,
        1,
        QT_TRANSLATE_NOOP("Summary", "Tenders still to submit, with checklist completion"),
        cols,
        data.tenders,
    )
    return sheet


def _bucket(index: int) -> Callable[[AgeingRow], Decimal]:
    return lambda row: row.buckets[index]


def _receivables(w: Writer, data: SummaryData) -> tuple[Worksheet, int]:
    sheet = w.sheet(QT_TRANSLATE_NOOP("Summary", "Receivables"))
    buckets = data.ageing.buckets
    cols = [
        Col(QT_TRANSLATE_NOOP("Summary", "Account"), lambda r: r.account, width=28),
        Col(QT_TRANSLATE_NOOP("Summary", "Not yet due"), lambda r: r.not_due, MONEY, 16),
    ]
    for index, bucket in enumerate(buckets):
        cols.append(Col(bucket.label(), _bucket(index), MONEY, 16))
    _first, last = w.table(
        sheet,
        1,
        QT_TRANSLATE_NOOP("Summary", "Receivables ageing by account (days overdue)"),
        cols,
        data.ageing.rows,
        totals=data.ageing.totals(),
    )
    last += 1  # the totals row, under the filtered rows
    set_cell(sheet, last, 1, w.text(QT_TRANSLATE_NOOP("Summary", "Total"))).font = Font(bold=True)
    claim_cols = [
        Col(QT_TRANSLATE_NOOP("Summary", "Contract"), lambda c: c.contract_number, width=18),
        Col(QT_TRANSLATE_NOOP("Summary", "Account"), lambda c: c.account, width=28),
        Col(QT_TRANSLATE_NOOP("Summary", "Milestone"), lambda c: c.milestone, width=20),
        Col(QT_TRANSLATE_NOOP("Summary", "Due on"), lambda c: c.due_on, DATE, 12),
        Col(QT_TRANSLATE_NOOP("Summary", "Days overdue"), lambda c: c.days_overdue),
        Col(QT_TRANSLATE_NOOP("Summary", "Outstanding"), lambda c: c.outstanding, MONEY, 16),
        Col(
            QT_TRANSLATE_NOOP("Summary", "Collection so far"),
            lambda c: w.enum(c.ladder.highest),
            width=18,
        ),
        Col(QT_TRANSLATE_NOOP("Summary", "Last step on"), lambda c: c.ladder.last_on, DATE, 12),
        Col(
            QT_TRANSLATE_NOOP("Summary", "Next step"),
            lambda c: w.enum(c.ladder.next_step),
            width=18,
        ),
        Col(
            QT_TRANSLATE_NOOP("Summary", "Needs approval"),
            lambda c: (
                w.text(QT_TRANSLATE_NOOP("Summary", "yes")) if c.ladder.next_needs_approval else ""
            ),
        ),
    ]
    w.table(
        sheet,
        last + 3,
        QT_TRANSLATE_NOOP("Summary", "Overdue payments and collection steps"),
        claim_cols,
        data.overdue,
    )
    return sheet, last


def _limitation(w: Writer, data: SummaryData) -> Worksheet:
    sheet = w.sheet(QT_TRANSLATE_NOOP("Summary", "Limitation"))
    cols = [
        Col(
            QT_TRANSLATE_NOOP("Summary", "Expires on"), lambda c: c.limitation.expires_on, DATE, 12
        ),
        Col(QT_TRANSLATE_NOOP("Summary", "Days left"), lambda c: c.limitation.days_left),
        Col(QT_TRANSLATE_NOOP("Summary", "Contract"), lambda c: c.contract_number, width=18),
        Col(QT_TRANSLATE_NOOP("Summary", "Account"), lambda c: c.account, width=28),
        Col(QT_TRANSLATE_NOOP("Summary", "Milestone"), lambda c: c.milestone, width=20),
        Col(QT_TRANSLATE_NOOP("Summary", "Outstanding"), lambda c: c.outstanding, MONEY, 16),
        Col(
            QT_TRANSLATE_NOOP("Summary", "Clock runs from"),
            lambda c: c.limitation.runs_from,
            DATE,
            12,
        ),
    ]
    w.table(
        sheet,
        1,
        QT_TRANSLATE_NOOP("Summary", "Limitation periods expiring within 90 days (or expired)"),
        cols,
        data.limitation,
    )
    return sheet


def _key_people(w: Writer, data: SummaryData) -> None:
    sheet = w.sheet(QT_TRANSLATE_NOOP("Summary", "Key people"))
    cols = [
        Col(QT_TRANSLATE_NOOP("Summary", "Opportunity"), lambda p: p.opportunity, width=28),
        Col(QT_TRANSLATE_NOOP("Summary", "Account"), lambda p: p.account, width=26),
        Col(QT_TRANSLATE_NOOP("Summary", "Name"), lambda p: p.contact.name),
        Col(QT_TRANSLATE_NOOP("Summary", "Title"), lambda p: p.contact.title, width=22),
        Col(QT_TRANSLATE_NOOP("Summary", "Role in the deal"), lambda p: w.enum(p.role), width=18),
        Col(QT_TRANSLATE_NOOP("Summary", "Stance"), lambda p: w.enum(p.stance)),
        Col(QT_TRANSLATE_NOOP("Summary", "Personality"), lambda p: w.enum(p.contact.personality)),
        Col(QT_TRANSLATE_NOOP("Summary", "Birthday"), lambda p: p.contact.birthday, DATE, 12),
        Col(QT_TRANSLATE_NOOP("Summary", "Interests"), lambda p: p.contact.interests, width=30),
        Col(QT_TRANSLATE_NOOP("Summary", "Family"), lambda p: p.contact.family, width=30),
    ]
    w.table(
        sheet,
        1,
        QT_TRANSLATE_NOOP(
            "Summary", "Key people of open opportunities (personal data: keep confidential)"
        ),
        cols,
        data.key_people or [],
    )


def _cover(
    w: Writer, data: SummaryData, now: datetime, sheets: dict[str, Worksheet], ageing_total_row: int
) -> None:
    sheet = first_sheet(w.book)
    sheet.title = w.text(QT_TRANSLATE_NOOP("Summary", "Summary"))[:31]
    set_cell(
        sheet, 1, 1, w.text(QT_TRANSLATE_NOOP("Summary", "Key Account Desk — manager summary"))
    ).font = TITLE_FONT
    who = data.owner or w.text(QT_TRANSLATE_NOOP("Summary", "all salespeople"))
    set_cell(
        sheet,
        2,
        1,
        w.text(
            QT_TRANSLATE_NOOP("Summary", "For {who}, made on {when}").with_(
                who=who, when=now.strftime("%Y-%m-%d %H:%M")
            )
        ),
    )
    open_amount = total(s.amount for s in data.by_stage)
    weighted = total(s.weighted for s in data.by_stage)
    coverage = (
        float(data.coverage.pipeline / data.coverage.target) if data.coverage.target else None
    )
    ageing = data.ageing.totals()
    figures = [
        (QT_TRANSLATE_NOOP("Summary", "Open pipeline"), open_amount, MONEY),
        (QT_TRANSLATE_NOOP("Summary", "Weighted pipeline"), weighted, MONEY),
        (QT_TRANSLATE_NOOP("Summary", "Commit, all open"), data.commit.commit_all, MONEY),
        (QT_TRANSLATE_NOOP("Summary", "Best case, all open"), data.commit.best_case_all, MONEY),
        (QT_TRANSLATE_NOOP("Summary", "Pipeline ÷ target (flag below 150 %)"), coverage, PERCENT),
        (
            QT_TRANSLATE_NOOP("Summary", "Receivables outstanding"),
            total(ageing.buckets) + ageing.not_due,
            MONEY,
        ),
        (QT_TRANSLATE_NOOP("Summary", "Of which overdue"), total(ageing.buckets), MONEY),
        (QT_TRANSLATE_NOOP("Summary", "Tenders still to submit"), len(data.tenders), None),
        (
            QT_TRANSLATE_NOOP("Summary", "Limitation periods expiring within 90 days"),
            len(data.limitation),
            None,
        ),
    ]
    for offset, (title, value, number_format) in enumerate(figures, start=4):
        set_cell(sheet, offset, 1, w.text(title))
        cell = set_cell(sheet, offset, 2, value)
        if number_format:
            cell.number_format = number_format
    if coverage is not None and coverage < 1.5:
        sheet.cell(row=8, column=2).font = Font(bold=True, color="B00020")
    sheet.column_dimensions["A"].width = 44
    sheet.column_dimensions["B"].width = 22
    print_setup(sheet, one_page=True)  # figures and charts: one page
    _charts(w, data, sheet, sheets, ageing_total_row)


def _charts(
    w: Writer,
    data: SummaryData,
    cover: Worksheet,
    sheets: dict[str, Worksheet],
    ageing_total_row: int,
) -> None:
    pipeline, forecast, receivables = sheets["pipeline"], sheets["forecast"], sheets["receivables"]
    stages = len(data.by_stage)
    funnel = BarChart()
    funnel.type = "bar"
    funnel.title = w.text(QT_TRANSLATE_NOOP("Summary", "Weighted pipeline by stage"))
    funnel.add_data(
        Reference(pipeline, min_col=5, min_row=2, max_row=2 + stages), titles_from_data=True
    )
    funnel.set_categories(Reference(pipeline, min_col=1, min_row=3, max_row=2 + stages))
    funnel.legend = None
    funnel.x_axis.scaling.orientation = "maxMin"  # the first stage on top, as a funnel
    funnel.height, funnel.width = 8, 14
    cover.add_chart(funnel, "D2")

    months = len(data.months)
    trend = BarChart()
    trend.grouping = "stacked"
    trend.overlap = 100
    trend.title = w.text(QT_TRANSLATE_NOOP("Summary", "12-month weighted forecast against target"))
    trend.add_data(
        Reference(forecast, min_col=2, max_col=5, min_row=2, max_row=2 + months),
        titles_from_data=True,
    )
    trend.set_categories(Reference(forecast, min_col=1, min_row=3, max_row=2 + months))
    target = LineChart()
    target.add_data(
        Reference(forecast, min_col=6, min_row=2, max_row=2 + months), titles_from_data=True
    )
    for series in target.series:
        series.smooth = False  # a target is a level per month, not a curve
    trend += target
    trend.height, trend.width = 9, 22
    cover.add_chart(trend, "D19")

    bucket_count = len(data.ageing.buckets)
    ageing = BarChart()
    ageing.title = w.text(QT_TRANSLATE_NOOP("Summary", "Receivables by days overdue"))
    ageing.add_data(
        Reference(receivables, min_col=3, max_col=2 + bucket_count, min_row=ageing_total_row),
        from_rows=True,
    )
    ageing.set_categories(Reference(receivables, min_col=3, max_col=2 + bucket_count, min_row=2))
    ageing.legend = None
    ageing.height, ageing.width = 8, 14
    cover.add_chart(ageing, "L2")


def export_summary(
    db: Database,
    path: Path,
    clock: Clock,
    *,
    language: str,
    owner: str | None = None,
    include_personal: bool = False,
) -> Path:
    """Write the manager summary of ``owner``'s records (everyone's when None)."""
    with db.read() as s:
        data = gather(s, clock.today(), owner, include_personal)
    writer = Writer(Workbook(), translator(language), language)
    sheets = {"pipeline": _pipeline(writer, data), "forecast": _forecast(writer, data)}
    _commit(writer, data)
    _win_loss(writer, data)
    funnel_sheet(writer, data)
    _tenders(writer, data)
    sheets["receivables"], ageing_total_row = _receivables(writer, data)
    _limitation(writer, data)
    if include_personal:
        _key_people(writer, data)
    _cover(writer, data, clock.now(), sheets, ageing_total_row)
    with private_output(path) as partial:
        writer.book.save(partial)
    return path
