"""The score card: the latest result of each scoring form, how it was computed, and its trend;
buttons to fill in a new form; the history of every form with its date."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import AssessmentKind, BidDecision
from desktop.services.labels import label
from desktop.services.messages import UserError
from desktop.services.opportunities import scoring
from desktop.services.opportunities import scoring_forms as forms
from desktop.services.opportunities.assessments import AssessmentRow, ScoreCard
from desktop.services.opportunities.deals import OpportunityDetail, OpportunityFacts
from desktop.services.opportunities.scoring_forms import Question
from desktop.services.versions import ReadRecord
from desktop.views.common.changed_meanwhile import save_until_saved
from desktop.views.common.formatting import format_date
from desktop.views.common.read_only import edits
from desktop.views.common.row_table import Column
from desktop.views.common.table_view import RowTableView
from desktop.views.i18n import translate

from .bid_decision_dialog import BidDecisionDialog
from .editing import Editing
from .rating_form_dialog import RatingFormDialog
from .score_text import (
    evaluation_text,
    payment_text,
    question_text,
    trend_arrow,
)

BID_COLOURS = {BidDecision.BID: "#1b7f3b", BidDecision.NO_BID: "#b3261e"}


def _box(title: str, parent: QWidget) -> tuple[QGroupBox, QLabel, QHBoxLayout]:
    box = QGroupBox(title, parent)
    text = QLabel(box)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.RichText)
    text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    layout = QVBoxLayout(box)
    layout.addWidget(text, 1)
    layout.addLayout(buttons)
    return box, text, buttons


class ScoreCardPanel(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.service = editing.ctx.services.assessments
        self.detail: OpportunityDetail | None = None
        self.card: ScoreCard | None = None
        evaluation, self.evaluation, row = _box(
            self.tr("Can we win? · Opportunity evaluation"), self
        )
        self.evaluate_button = edits(QPushButton(self.tr("Evaluate…"), evaluation))
        self.use_button = QPushButton(evaluation)
        row.addWidget(self.use_button)
        row.addWidget(self.evaluate_button)
        ten, self.ten_item, row = _box(self.tr("Real? Winnable? Worth winning?"), self)
        self.assess_button = edits(QPushButton(self.tr("Assess…"), ten))
        row.addWidget(self.assess_button)
        payment, self.payment, row = _box(self.tr("Customer payment capacity"), self)
        self.rate_button = edits(QPushButton(self.tr("Rate…"), payment))
        row.addWidget(self.rate_button)
        bid, self.bid, row = _box(self.tr("Bid / no-bid"), self)
        self.decide_button = edits(QPushButton(self.tr("Decide…"), bid))
        row.addWidget(self.decide_button)
        grid = QGridLayout()
        grid.addWidget(evaluation, 0, 0)
        grid.addWidget(ten, 0, 1)
        grid.addWidget(payment, 1, 0)
        grid.addWidget(bid, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.history = RowTableView(
            [
                Column(self.tr("Date"), lambda a: a.assessed_on),
                Column(self.tr("Form"), lambda a: a.kind),
                Column(self.tr("Points"), lambda a: a.total),
                Column(self.tr("Result"), lambda a: a, self._result_text),
                Column(self.tr("Comment"), lambda a: a.comment),
            ],
            self,
        )
        self.delete_button = QPushButton(self.tr("Delete form"), self)
        history_row = QHBoxLayout()
        history_row.addWidget(QLabel(self.tr("<b>Every form, with its date</b>"), self))
        history_row.addStretch(1)
        history_row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 3)
        layout.addLayout(history_row)
        layout.addWidget(self.history, 2)
        self.evaluate_button.clicked.connect(lambda: self.open_form(AssessmentKind.EVALUATION))
        self.assess_button.clicked.connect(lambda: self.open_form(AssessmentKind.TEN_ITEM))
        self.rate_button.clicked.connect(lambda: self.open_form(AssessmentKind.PAYMENT_CAPACITY))
        self.decide_button.clicked.connect(self.open_bid_decision)
        self.use_button.clicked.connect(self.use_probability)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history.enable_with_selection(self.delete_button)

    # ---- showing -----------------------------------------------------------------------

    def show_opportunity(self, detail: OpportunityDetail | None) -> None:
        self.detail = detail
        self.card = None if detail is None else self.service.score_card(detail.id)
        self.setEnabled(detail is not None)
        card = self.card
        if card is None:
            for label_ in (self.evaluation, self.ten_item, self.payment, self.bid):
                label_.clear()
            self.history.set_rows([])
            self._update_use_button()
            return
        self.evaluation.setText(self._evaluation_html(card))
        self.ten_item.setText(self._ten_item_html(card))
        self.payment.setText(self._payment_html(card))
        self.bid.setText(self._bid_html(card))
        rows: list[AssessmentRow] = [
            *card.evaluations,
            *card.ten_items,
            *card.bid_decisions,
            *card.payment,
        ]
        rows.sort(key=lambda a: (a.assessed_on, a.id), reverse=True)
        self.history.set_rows(rows)
        self._update_use_button()

    def _latest_evaluation(self, card: ScoreCard) -> scoring.EvaluationResult | None:
        latest = card.latest(AssessmentKind.EVALUATION)
        if latest is None:
            return None
        try:
            return scoring.evaluate(latest.answers, card.params)
        except UserError:
            return None

    def _evaluation_html(self, card: ScoreCard) -> str:
        latest = card.latest(AssessmentKind.EVALUATION)
        result = self._latest_evaluation(card)
        if latest is None or result is None:
            return self.tr("Not evaluated yet.")
        parts = [
            self.tr("On {date}:").format(date=format_date(latest.assessed_on)),
            evaluation_text(result),
            self._breakdown(latest, forms.EVALUATION_CRITERIA),
            self.tr("<i>{formula}.</i>").format(
                formula=card.params.formula.describe().render(translate)
            ),
            self.tr("Stage probability: {percent} %.").format(percent=card.stage_probability),
            self._trend([a.total for a in card.evaluations], card.evaluations),
        ]
        return "<br>".join(p for p in parts if p)

    def _breakdown(self, row: AssessmentRow, criteria) -> str:
        bits = []
        for criterion in criteria:
            answer = row.answers.get(criterion.key) or {}
            rating = answer.get("rating")
            title = criterion.title.render(translate)
            comment = answer.get("comment") or ""
            tip = f" <span style='color:#5f6368'>({comment})</span>" if comment else ""
            bits.append(f"{title}: <b>{rating if rating is not None else '—'}</b>{tip}")
        return "<br>".join(bits)

    def _trend(self, values: list, rows) -> str:
        if len(rows) < 2:
            return ""
        shown = [
            f"{'—' if v is None else v} ({format_date(r.assessed_on)})"
            for v, r in zip(values[-4:], rows[-4:], strict=True)
        ]
        return self.tr("Trend: {steps} {arrow}").format(
            steps=" → ".join(shown), arrow=trend_arrow(values[-2], values[-1])
        )

    def _ten_item_html(self, card: ScoreCard) -> str:
        latest = card.latest(AssessmentKind.TEN_ITEM)
        win = self._latest_evaluation(card)
        can_win = self.tr("{question} {percent} % estimated (evaluation)").format(
            question=forms.QUESTION_LABELS[Question.WIN].render(translate),
            percent="—" if win is None else win.win_chance,
        )
        if latest is None:
            return self.tr("Not assessed yet.") + "<br>" + can_win
        try:
            result = scoring.assess_ten_items(latest.answers, card.params)
        except UserError:
            return self.tr("The latest form is incomplete.")
        parts = [
            self.tr("On {date}:").format(date=format_date(latest.assessed_on)),
            question_text(result, Question.REAL),
            can_win,
            question_text(result, Question.WORTH),
            self.tr("Total {total} of 50.").format(total=result.total),
            self._trend([r.total for r in card.ten_items], card.ten_items),
        ]
        return "<br>".join(p for p in parts if p)

    def _payment_html(self, card: ScoreCard) -> str:
        latest = card.latest(AssessmentKind.PAYMENT_CAPACITY)
        if latest is None:
            return self.tr("Not rated yet for this account.")
        try:
            result = scoring.rate_payment_capacity(latest.answers, card.params)
        except UserError:
            return self.tr("The latest form is incomplete.")
        parts = [
            self.tr("On {date} (the whole account):").format(date=format_date(latest.assessed_on)),
            payment_text(result),
            self._breakdown(latest, forms.PAYMENT_CRITERIA),
            self._trend([r.result for r in card.payment], card.payment),
        ]
        return "<br>".join(p for p in parts if p)

    def _bid_html(self, card: ScoreCard) -> str:
        colour = BID_COLOURS.get(card.bid_decision, "#5f6368")
        parts = [f"<b style='color:{colour}'>{label(card.bid_decision, translate)}</b>"]
        if card.bid_decision is BidDecision.NO_BID and card.no_bid_reason:
            parts.append(self.tr("Reason: {reason}").format(reason=card.no_bid_reason))
        latest = card.latest(AssessmentKind.BID_DECISION)
        if latest is not None:
            parts.append(self.tr("Decided on {date}.").format(date=format_date(latest.assessed_on)))
        return "<br>".join(parts)

    def _result_text(self, row: AssessmentRow) -> str:
        if row.kind is AssessmentKind.TEN_ITEM:
            verdicts = scoring.parse_ten_item_code(row.result)
            return " · ".join(
                f"{forms.QUESTION_LABELS[q].render(translate)} "
                f"{forms.VERDICT_LABELS[v].render(translate)}"
                for q, v in verdicts.items()
            )
        if row.kind is AssessmentKind.BID_DECISION:
            code = BidDecision.BID if row.result == "bid" else BidDecision.NO_BID
            return label(code, translate)
        return row.result

    def _update_use_button(self) -> None:
        card = self.card
        result = self._latest_evaluation(card) if card is not None else None
        self.use_button.setVisible(result is not None)
        if result is not None and self.detail is not None:
            self.use_button.setText(
                self.tr("Use the estimated {percent} % as probability").format(
                    percent=result.win_chance
                )
            )
            self.use_button.setEnabled(
                self.detail.facts.probability_override != result.win_chance
                and not self.detail.stage_closed
            )

    # ---- forms -------------------------------------------------------------------------

    def open_form(self, kind: AssessmentKind) -> None:
        if self.detail is None or self.card is None:
            return
        initial = None
        subject = self.detail.facts.name
        if kind is AssessmentKind.PAYMENT_CAPACITY:
            subject = self.detail.account
            account = self.editing.ctx.services.accounts.get(self.detail.account_id)
            initial = scoring.suggested_payment_ratings(
                account.ownership_type,
                account.financial_condition,
                account.payment_history,
                account.industry_stage,
            )
        dialog = RatingFormDialog(
            kind, self.card.params, self.editing.ctx.clock.today(), subject, initial, self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_form(kind, dialog.assessed_on(), dialog.answers(), dialog.comment())

    def open_bid_decision(self) -> None:
        if self.detail is None:
            return
        dialog = BidDecisionDialog(self.detail.facts.name, self.editing.ctx.clock.today(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_form(
                AssessmentKind.BID_DECISION,
                dialog.assessed_on(),
                dialog.answers(),
                dialog.comment(),
            )

    def save_form(
        self, kind: AssessmentKind, assessed_on, answers: dict, comment: str = ""
    ) -> None:
        if self.detail is None:
            return
        target = (
            self.detail.account_id if kind is AssessmentKind.PAYMENT_CAPACITY else self.detail.id
        )
        self.editing.stateful(
            self.tr("Fill in: {form}").format(form=label(kind, translate)),
            lambda: self.service.save(
                kind, target, assessed_on, answers, comment, translate=translate
            ),
            lambda saved: saved.changes,
            self.service.unsave,
            self.service.resave,
        )

    def use_probability(self) -> None:
        card, detail = self.card, self.detail
        result = self._latest_evaluation(card) if card is not None else None
        if result is None or detail is None:
            return
        new = replace(detail.facts, probability_override=result.win_chance)
        service = self.editing.ctx.services.opportunities

        def save(facts: OpportunityFacts, version: int | None, refused) -> None:
            self.editing.change_record(
                self.tr("Use the estimated win chance as probability"),
                "opportunity",
                detail.id,
                lambda: service.save_facts(detail.id, facts, version),
                refused,
            )

        # The shown facts, as read: a colleague's change since is not written over.
        record = ReadRecord(lambda: service.read_facts(detail.id), (detail.facts, detail.version))
        save_until_saved(self, record, new, save)

    def delete_selected(self) -> None:
        row = self.history.selected(AssessmentRow)
        if row is None:
            return
        if not self.editing.ctx.dialogs.confirm(
            self.tr("Delete form"),
            self.tr("Delete the {form} of {date}?").format(
                form=label(row.kind, translate), date=format_date(row.assessed_on)
            ),
        ):
            return
        self.editing.stateful(
            self.tr("Delete form"),
            lambda: self.service.delete(row.id, translate=translate),
            lambda deleted: deleted.saved.changes,
            lambda deleted: (self.service.undelete(deleted), deleted.graph),
            lambda deleted, _graph: self.service.redelete(deleted),
        )
