"""After the opening: clarification and second quote, the result of each lot, why, what we
do to recover a loss, the customer revisit, and the post-bid review kept for later tenders."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import partial
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import TenderResult
from desktop.services.bids.results import LotResultData, ResultsData, overall_result
from desktop.services.bids.tenders import EarlierReview, TenderDetail
from desktop.services.changes import ChangeSet
from desktop.services.labels import localized
from desktop.services.messages import UserError
from desktop.services.settings import COMPANY_NAME
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common import undo
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.formatting import display, format_date, format_money
from desktop.views.common.widgets import EnumCombo, MoneyEdit, OptionalDateEdit, W, widget_as
from desktop.views.context import AppContext

from .forms import form_group, scrolling
from .undoable import UndoablePanel

LOT_NAME, LOT_PRICE, LOT_RESULT, LOT_WINNER, LOT_WINNING, LOT_RANK, LOT_REASON = range(7)


def _text_edit(parent: QWidget, height: int = 64) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(height)
    return edit


class ResultsPanel(UndoablePanel):
    def __init__(
        self,
        ctx: AppContext,
        stack: QUndoStack,
        publish: Callable[[ChangeSet], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, stack, publish, parent)
        self.service = ctx.services.results
        self.tender: TenderDetail | None = None
        self.record: ReadRecord[ResultsData] | None = None
        self._dirty = False
        self._loading = False
        self._reviews: list[EarlierReview] = []
        self.clarification = _text_edit(self)
        self.second_quote = MoneyEdit(self)
        self.second_quote.setSpecialValueText("—")
        self.second_quote.setMinimum(0)
        self.result = EnumCombo(TenderResult, self, allow_none=False)
        self.reason = _text_edit(self)
        self.lots = QTableWidget(0, 7, self)
        self.lots.setHorizontalHeaderLabels(
            [
                self.tr("Lot"),
                self.tr("Our price"),
                self.tr("Result"),
                self.tr("Winner"),
                self.tr("Winning price"),
                self.tr("Our rank"),
                self.tr("Reason"),
            ]
        )
        self.lots.verticalHeader().setVisible(False)
        header = self.lots.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.lots.setWordWrap(True)
        self.recovery = _text_edit(self, 90)
        self.revisit = OptionalDateEdit(self)
        self.review = _text_edit(self, 110)
        self.reviews = QLabel(self)
        self.reviews.setWordWrap(True)
        self.reviews.setTextFormat(Qt.TextFormat.RichText)
        self.reviews.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.save = QPushButton(self.tr("Save results"), self)
        self.revert = QPushButton(self.tr("Revert"), self)
        self.state = QLabel(self)
        self._layout()
        for edit in (self.clarification, self.reason, self.recovery, self.review):
            edit.textChanged.connect(self._changed)
        self.second_quote.valueChanged.connect(self._changed)
        self.result.currentIndexChanged.connect(self._changed)
        self.revisit.dateChanged.connect(self._changed)
        self.save.clicked.connect(self.save_results)
        self.revert.clicked.connect(self._revert)
        self.load(None, [])

    def _layout(self) -> None:
        opening = form_group(
            self.tr("Opening and evaluation"),
            [
                (self.tr("Clarification"), self.clarification),
                (self.tr("Second quote"), self.second_quote),
                (self.tr("Result"), self.result),
                (self.tr("Why"), self.reason),
            ],
            self,
        )
        after = form_group(
            self.tr("After the result"),
            [
                (self.tr("Loss recovery actions"), self.recovery),
                (self.tr("Customer revisit on"), self.revisit),
                (self.tr("Post-bid review"), self.review),
            ],
            self,
        )
        self.lots_box = QGroupBox(self.tr("Result per lot"), self)
        QVBoxLayout(self.lots_box).addWidget(self.lots)
        earlier = QGroupBox(self.tr("Post-bid reviews of earlier tenders (same account)"), self)
        QVBoxLayout(earlier).addWidget(self.reviews)
        body = QWidget(self)
        grid = QVBoxLayout(body)
        columns = QHBoxLayout()
        columns.addWidget(opening, 1)
        columns.addWidget(after, 1)
        grid.addLayout(columns)
        grid.addWidget(self.lots_box)
        grid.addWidget(earlier)
        grid.addStretch(1)
        scroll = scrolling(body, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)

    # ---- showing ------------------------------------------------------------------------
    def load(self, tender: TenderDetail | None, reviews: list[EarlierReview]) -> None:
        """Show the tender's results, unless the user is editing this tender's results."""
        same = tender is not None and self.tender is not None and tender.id == self.tender.id
        self._reviews = reviews
        self._show_reviews(reviews)
        if same and self._dirty:
            self.tender = tender
            return
        self.tender = tender
        # the results shown and the version their save checks (docs/team-server.md#versions);
        # a colleague's change to one lot is kept when the user's edits are reapplied
        self.record = (
            None
            if tender is None
            else ReadRecord(partial(self.service.read, tender.id), parts={"lots": "lot_uuid"})
        )
        self._show(None if self.record is None else self.record.data)
        self._set_dirty(False)

    def _show(self, results: ResultsData | None) -> None:
        """The tender's lots, with ``results`` in the form."""
        self._loading = True
        try:
            self._fill(self.tender)
            if results is not None:
                self._fill_results(results)
        finally:
            self._loading = False

    def _fill_results(self, data: ResultsData) -> None:
        self.clarification.setPlainText(data.clarification)
        self.second_quote.set_decimal(data.second_quote)
        self.result.set_value(data.result)
        self.reason.setPlainText(data.result_reason)
        self.recovery.setPlainText(data.recovery_actions)
        self.revisit.set_value(data.revisit_on)
        self.review.setPlainText(data.review_note)
        lots = {lot.lot_uuid: lot for lot in data.lots}
        for row in range(self.lots.rowCount()):
            name = self.lots.item(row, LOT_NAME)
            lot = lots.get(name.data(Qt.ItemDataRole.UserRole)) if name else None
            if lot is None:
                continue
            self._cell(row, LOT_RESULT, EnumCombo).set_value(lot.result)
            self._cell(row, LOT_WINNER, QLineEdit).setText(lot.winner)
            self._cell(row, LOT_WINNING, MoneyEdit).set_decimal(lot.winning_price)
            self._cell(row, LOT_RANK, QSpinBox).setValue(lot.our_rank or 0)
            self._cell(row, LOT_REASON, QLineEdit).setText(lot.reason)

    def _reload_with(self, merged: ResultsData) -> None:
        self._show(merged)
        self._set_dirty(True)

    def _fill(self, tender: TenderDetail | None) -> None:
        self.setEnabled(tender is not None)
        self.clarification.setPlainText(tender.clarification if tender else "")
        self.second_quote.set_decimal(tender.second_quote if tender else None)
        self.result.set_value(tender.result if tender else TenderResult.PENDING)
        self.reason.setPlainText(tender.result_reason if tender else "")
        self.recovery.setPlainText(tender.recovery_actions if tender else "")
        self.revisit.set_value(tender.revisit_on if tender else None)
        self.review.setPlainText(tender.review_note if tender else "")
        lots = tender.lots if tender else ()
        self.result.setEnabled(not lots)
        self.result.setToolTip(
            self.tr("Follows the lots' results") if lots else self.tr("The tender's result")
        )
        self.lots_box.setVisible(bool(lots))
        self.lots.setRowCount(len(lots))
        for row, lot in enumerate(lots):
            name = QTableWidgetItem(" · ".join(p for p in (lot.lot_no, lot.name) if p))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setData(Qt.ItemDataRole.UserRole, lot.uuid)
            self.lots.setItem(row, LOT_NAME, name)
            price = QTableWidgetItem(format_money(lot.our_price))
            price.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.lots.setItem(row, LOT_PRICE, price)
            result = EnumCombo(TenderResult, self.lots, allow_none=False)
            result.set_value(lot.result)
            result.currentIndexChanged.connect(lambda _i, r=row: self._on_lot_result_changed(r))
            self.lots.setCellWidget(row, LOT_RESULT, result)
            winner = QLineEdit(lot.winner, self.lots)
            winner.setCursorPosition(0)
            winner.textChanged.connect(self._changed)
            self.lots.setCellWidget(row, LOT_WINNER, winner)
            winning = MoneyEdit(self.lots)
            winning.setMinimum(0)
            winning.setSpecialValueText("—")
            winning.set_decimal(lot.winning_price)
            winning.valueChanged.connect(self._changed)
            self.lots.setCellWidget(row, LOT_WINNING, winning)
            rank = QSpinBox(self.lots)
            rank.setRange(0, 99)
            rank.setSpecialValueText("—")
            rank.setValue(lot.our_rank or 0)
            rank.valueChanged.connect(self._changed)
            self.lots.setCellWidget(row, LOT_RANK, rank)
            reason = QLineEdit(lot.reason, self.lots)
            reason.setCursorPosition(0)
            reason.textChanged.connect(self._changed)
            self.lots.setCellWidget(row, LOT_REASON, reason)
        for column, width in (
            (LOT_NAME, 300),
            (LOT_PRICE, 140),
            (LOT_RESULT, 110),
            (LOT_WINNER, 240),
            (LOT_WINNING, 140),
            (LOT_RANK, 80),
        ):
            self.lots.setColumnWidth(column, width)
        self.lots.resizeRowsToContents()
        for row in range(self.lots.rowCount()):
            needed = self.lots.cellWidget(row, LOT_RESULT).sizeHint().height() + 6
            self.lots.setRowHeight(row, max(self.lots.rowHeight(row), needed))
        header_height = self.lots.horizontalHeader().height()
        rows_height = sum(self.lots.rowHeight(r) for r in range(self.lots.rowCount()))
        self.lots.setFixedHeight(header_height + rows_height + 2 * self.lots.frameWidth() + 4)

    def _show_reviews(self, reviews: list[EarlierReview]) -> None:
        if not reviews:
            self.reviews.setText(self.tr("None yet."))
            return
        parts = []
        for review in reviews:
            heading = " · ".join(
                p
                for p in (
                    format_date(review.submission_deadline.date())
                    if review.submission_deadline
                    else "",
                    review.tender_no,
                    display(review.result),
                )
                if p
            )
            parts.append(f"<p><b>{escape(heading)}</b><br>{escape(review.review_note)}</p>")
        self.reviews.setText("".join(parts))

    # ---- editing ------------------------------------------------------------------------
    def _changed(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save.setEnabled(dirty and self.tender is not None)
        self.revert.setEnabled(dirty)
        self.state.setText(self.tr("Unsaved changes") if dirty else "")

    def _revert(self) -> None:
        self._set_dirty(False)
        self.load(self.tender, self._reviews)

    def _on_lot_result_changed(self, row: int) -> None:
        if self._loading:
            return
        combo = self._cell(row, LOT_RESULT, EnumCombo)
        winner = self._cell(row, LOT_WINNER, QLineEdit)
        if combo.value() is TenderResult.WON and not winner.text().strip():
            winner.setText(self.ctx.services.settings.get(COMPANY_NAME))
            self._cell(row, LOT_RANK, QSpinBox).setValue(1)
        derived = overall_result(self._lot_results())
        if derived is not None:
            self.result.set_value(derived)
        self._changed()

    def _cell(self, row: int, column: int, kind: type[W]) -> W:
        return widget_as(self.lots.cellWidget(row, column), kind)

    def _lot_results(self) -> list[TenderResult]:
        return [self._cell(r, LOT_RESULT, EnumCombo).chosen() for r in range(self.lots.rowCount())]

    def data(self) -> ResultsData:
        lots = []
        for row in range(self.lots.rowCount()):
            winning = self._cell(row, LOT_WINNING, MoneyEdit).value_decimal()
            rank = self._cell(row, LOT_RANK, QSpinBox).value()
            name = self.lots.item(row, LOT_NAME)
            assert name is not None  # load() fills every row
            lots.append(
                LotResultData(
                    name.data(Qt.ItemDataRole.UserRole),
                    self._cell(row, LOT_RESULT, EnumCombo).chosen(),
                    self._cell(row, LOT_WINNER, QLineEdit).text(),
                    winning if winning > 0 else None,
                    rank or None,
                    self._cell(row, LOT_REASON, QLineEdit).text(),
                )
            )
        quote = self.second_quote.value_decimal()
        return ResultsData(
            clarification=self.clarification.toPlainText(),
            second_quote=quote if quote > Decimal(0) else None,
            result=self.result.chosen(),
            result_reason=self.reason.toPlainText(),
            recovery_actions=self.recovery.toPlainText(),
            revisit_on=self.revisit.value(),
            review_note=self.review.toPlainText(),
            lots=tuple(lots),
        )

    def save_results(self) -> None:
        if self.tender is None:
            return
        tender_id, data = self.tender.id, self.data()
        when = self.ctx.clock.now()
        note = self.tr("Tender {number} won").format(
            number=self.tender.data.tender_no or self.tender.data.title
        )
        first: list = []
        record = self.record
        assert record is not None  # set with the tender

        def save(version: int | None) -> ChangeSet:
            uuid = first[0].before.stage_change_uuid if first else None
            recorded = self.service.record(
                tender_id,
                data,
                when,
                stage_note=note,
                stage_change_uuid=uuid,
                read_version=version,
            )
            if not first:
                first.append(recorded)
            return recorded.changes

        self._dirty = False
        try:
            undo.push(
                self.stack,
                self.tr("Save the results"),
                undo.checked_once(save, record.version),
                lambda: self.service.undo(tender_id, first[0].before),
                self.publish,
            )
        except ChangedMeanwhile as error:
            self._set_dirty(True)
            refused(self, error, record, data, self._reload_with, self.state.setText)
            return
        except UserError as error:
            self._set_dirty(True)
            self.ctx.dialogs.show_user_error(error)
            return
        self._set_dirty(False)
        if first[0].moved_to_stage and self.tender is not None:
            self.ctx.dialogs.info(
                self.tr("Tender won"),
                self.tr("The opportunity moved on to the stage “{stage}”.").format(
                    stage=localized(self.tender.stage_en, self.tender.stage_zh, self.ctx.language)
                ),
            )
