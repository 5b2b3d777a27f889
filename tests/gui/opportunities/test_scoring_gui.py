"""Filling in the scoring forms through their dialogs and seeing the score card change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from desktop.models import Assessment, Opportunity
from desktop.models.enums import AssessmentKind, BidDecision
from desktop.views.opportunities.bid_decision_dialog import BidDecisionDialog
from desktop.views.opportunities.rating_form_dialog import RatingFormDialog
from tests.conftest import TODAY

from .conftest import opportunity_id, when_dialog_opens


def open_scores(tab, ctx, fragment: str):
    tab.show_record("opportunity", opportunity_id(ctx, fragment))
    editor = tab.list_page.editor
    editor.tabs.setCurrentWidget(editor.scores)
    return editor.scores


def click_rating(qtbot, dialog: RatingFormDialog, key: str, rating: int) -> None:
    qtbot.mouseClick(dialog.groups[key].button(rating), Qt.MouseButton.LeftButton)


def test_filling_in_an_evaluation_changes_the_score_card(qtbot, tab, ctx) -> None:
    card = open_scores(tab, ctx, "Line 3")  # evaluated once in the sample
    assert "Trend" not in card.evaluation.text()
    seen = {}

    def fill(dialog: RatingFormDialog) -> None:
        assert dialog.windowTitle() == "Opportunity evaluation"
        for key, rating in (("brand", 4), ("maturity", 4), ("competitor_share", 3)):
            click_rating(qtbot, dialog, key, rating)
        seen["partial"] = dialog.result_label.text()
        click_rating(qtbot, dialog, "price", 3)
        dialog.set_comment("price", "Special price approved")
        seen["complete"] = dialog.result_label.text()
        dialog.accept()

    when_dialog_opens(fill)
    qtbot.mouseClick(card.evaluate_button, Qt.MouseButton.LeftButton)
    assert "1 still to rate" in seen["partial"]
    assert "<b>14 points</b> of 16" in seen["complete"] and "76&nbsp;%" in seen["complete"]
    text = card.evaluation.text()
    assert "14 points" in text and "Price competitiveness: <b>3</b>" in text
    assert "Special price approved" in text
    assert "Trend:" in text and "▲" in text
    with ctx.db.read() as s:
        deal = s.get_one(Opportunity, opportunity_id(ctx, "Line 3"))
        assert deal.score == 14
    rows = card.history.source.rows()
    assert rows[0].kind is AssessmentKind.EVALUATION and rows[0].result == "76%"
    assert tab.list_page.model.row_at(tab.list_page.model.row_of(deal.id)).score == 14
    tab.undo_stack.undo()
    assert "Trend" not in card.evaluation.text()


def test_an_incomplete_form_stays_open_and_says_what_is_missing(qtbot, tab, ctx) -> None:
    card = open_scores(tab, ctx, "Line 3")
    seen = {}

    def try_saving(dialog: RatingFormDialog) -> None:
        click_rating(qtbot, dialog, "brand", 2)
        dialog.accept()
        seen["error"] = dialog.error.text()
        seen["visible"] = dialog.isVisible()
        dialog.reject()

    when_dialog_opens(try_saving)
    card.evaluate_button.click()
    assert seen == {"error": "Rate “Customer maturity” from 1 to 4.", "visible": True}
    assert tab.undo_stack.count() == 0


def test_use_the_evaluations_probability(tab, ctx) -> None:
    card = open_scores(tab, ctx, "Phase 2")
    assert card.use_button.text() == "Use the estimated 76 % as probability"
    card.use_button.click()
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, opportunity_id(ctx, "Phase 2")).probability_override == 76
    assert not card.use_button.isEnabled()


def test_the_score_card_tells_the_estimated_win_chance_from_the_stage_probability(tab, ctx) -> None:
    """docs/domain.md#stage-probability-and-estimated-win-chance: two numbers, two names."""
    card = open_scores(tab, ctx, "Phase 2")
    text = card.evaluation.text()
    assert "estimated win chance <b>76&nbsp;%</b>" in text
    assert "Stage probability: 60 %." in text
    assert "probability" not in text.replace("Stage probability", "")


def test_payment_capacity_is_prefilled_from_the_account(qtbot, tab, ctx) -> None:
    card = open_scores(tab, ctx, "Phase 2")
    seen = {}

    def look(dialog: RatingFormDialog) -> None:
        seen["answers"] = dialog.answers()
        for key in ("ownership", "financial", "payment_history", "industry_stage"):
            if key not in seen["answers"]:
                click_rating(qtbot, dialog, key, 2)
        dialog.accept()

    when_dialog_opens(look)
    card.rate_button.click()
    assert seen["answers"]  # read from the account's record
    with ctx.db.read() as s:
        forms = s.scalars(
            select(Assessment).where(
                Assessment.kind == AssessmentKind.PAYMENT_CAPACITY,
                Assessment.opportunity_id.is_(None),
            )
        ).all()
    assert len(forms) >= 2
    assert "the whole account" in card.payment.text()


def test_ten_item_assessment(qtbot, tab, ctx) -> None:
    card = open_scores(tab, ctx, "Line 3")

    def fill(dialog: RatingFormDialog) -> None:
        for number, key in enumerate(dialog.groups):
            dialog.set_rating(key, 5 if number < 5 else 2)
        dialog.accept()

    when_dialog_opens(fill)
    card.assess_button.click()
    text = card.ten_item.text()
    assert "Is it real? <b style='color:#1b7f3b'>Yes</b>" in text
    assert "Is it worth winning? <b style='color:#c25e00'>Doubtful</b>" in text
    assert "Can we win?" in text


def test_a_veto_marks_no_bid_and_shows_why(qtbot, tab, ctx) -> None:
    card = open_scores(tab, ctx, "Line 3")

    def decide(dialog: BidDecisionDialog) -> None:
        assert dialog.bid.isChecked()
        dialog.vetoes["against_strategy"].setChecked(True)
        assert not dialog.bid.isEnabled() and dialog.no_bid.isChecked()
        dialog.reason.setPlainText("Passenger information is no longer our focus")
        dialog.accept()

    when_dialog_opens(decide)
    card.decide_button.click()
    with ctx.db.read() as s:
        deal = s.get_one(Opportunity, opportunity_id(ctx, "Line 3"))
        assert deal.bid_decision is BidDecision.NO_BID
        assert deal.no_bid_reason == (
            "It goes against our company's sales strategy; "
            "Passenger information is no longer our focus"
        )
    assert "No bid" in card.bid.text() and "sales strategy" in card.bid.text()
    assert "No bid" in tab.list_page.editor.summary.text()
    tab.undo_stack.undo()
    with ctx.db.read() as s:
        assert (
            s.get_one(Opportunity, opportunity_id(ctx, "Line 3")).bid_decision
            is BidDecision.UNDECIDED
        )


def test_a_no_bid_without_a_reason_keeps_the_dialog_open(qtbot) -> None:
    dialog = BidDecisionDialog("Line 3", TODAY.date())
    qtbot.addWidget(dialog)
    dialog.no_bid.setChecked(True)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Reason: say why we do not bid." in dialog.outcome.text()
    dialog.reason.setPlainText("The customer's budget went to another project")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.assessed_on() == TODAY.date()


def test_clearing_the_last_veto_brings_back_bid(qtbot) -> None:
    dialog = BidDecisionDialog("Line 3", TODAY.date())
    qtbot.addWidget(dialog)
    dialog.vetoes["against_strategy"].setChecked(True)
    dialog.vetoes["no_product_need"].setChecked(True)
    dialog.vetoes["against_strategy"].setChecked(False)
    assert dialog.no_bid.isChecked()  # one veto still holds
    dialog.vetoes["no_product_need"].setChecked(False)
    assert dialog.bid.isEnabled() and dialog.bid.isChecked()
    assert "We bid" in dialog.outcome.text()


def test_deleting_a_form_from_the_history(tab, ctx, dialogs) -> None:
    card = open_scores(tab, ctx, "Phase 2")
    before = len(card.history.source.rows())
    card.history.selectRow(0)
    dialogs.answers = [True]
    card.delete_button.click()
    assert len(card.history.source.rows()) == before - 1
    tab.undo_stack.undo()
    assert len(card.history.source.rows()) == before
