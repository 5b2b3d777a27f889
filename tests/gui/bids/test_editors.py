"""The template editor, the deviation table and the results after the opening, as a user
works them; every change undoable."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from desktop.models import Opportunity, StageChange
from desktop.models.enums import Deviation, TenderResult
from desktop.services.bids.deviations import DeviationService
from desktop.services.bids.templates import TemplateService, builtin_template
from desktop.services.settings import COMPANY_NAME
from desktop.views.bids.deviation_dialog import DeviationDialog
from desktop.views.bids.results_panel import LOT_RANK, LOT_RESULT, LOT_WINNER
from desktop.views.bids.template_editor import COL_EN, COL_ZH, TemplateEditorDialog


def test_template_editor_adds_reorders_and_keeps_own_templates(tab, ctx, qtbot, dialogs) -> None:
    editor = TemplateEditorDialog(ctx, tab.undo_stack, tab.publish, tab)
    qtbot.addWidget(editor)
    service = TemplateService(ctx.db)
    count = len(builtin_template().items)
    assert editor.table.rowCount() == count
    dialogs.texts = ["Water sector"]
    editor.new.click()
    assert editor.current.name == "Water sector"
    assert len(service.list()) == 2
    editor.table.setCurrentCell(0, COL_EN)
    editor.add.click()
    row = editor.table.currentRow()
    editor.table.item(row, COL_EN).setText("Water permit copy attached")
    editor.table.item(row, COL_ZH).setText("附取水许可证复印件")
    editor.up.click()
    assert editor.table.currentRow() == row - 1
    editor.table.setCurrentCell(count, COL_EN)
    editor.remove.click()
    editor.save.click()
    detail = service.get(editor.current.id)
    assert len(detail.items) == count
    assert detail.items[row - 1].text_zh == "附取水许可证复印件"
    assert detail.items[row - 1].section == "qualifications"
    # The built-in template did not change, and new tenders can use the own one.
    assert len(service.get(service.default_id()).items) == count
    editor.make_default.click()
    assert service.default_id() == detail.id
    tab.undo_stack.undo()  # default
    tab.undo_stack.undo()  # save
    assert len(service.get(detail.id).items) == count
    assert all(i.text_en != "Water permit copy attached" for i in service.get(detail.id).items)


def test_builtin_template_cannot_be_deleted_in_the_editor(tab, ctx, qtbot, dialogs) -> None:
    editor = TemplateEditorDialog(ctx, tab.undo_stack, tab.publish, tab)
    qtbot.addWidget(editor)
    assert not editor.delete.isEnabled()
    dialogs.texts = ["Mine"]
    editor.new.click()
    dialogs.answers = [True]
    editor.delete.click()
    assert [row.name for row in TemplateService(ctx.db).list()] == ["Default tender checklist"]
    tab.undo_stack.undo()
    assert len(TemplateService(ctx.db).list()) == 2


def test_deviation_lines_feed_the_warning(tab, ctx, monkeypatch) -> None:
    panel = tab.deviations
    tab.pages.setCurrentWidget(panel)
    assert panel.table.model().rowCount() == 5

    def exec_(dialog: DeviationDialog) -> int:
        dialog.clause.setText("6.1")
        dialog.requirement.setPlainText("Warranty 5 years")
        dialog.response.setPlainText("Warranty 3 years")
        dialog.deviation.set_value(Deviation.NEGATIVE)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DeviationDialog, "exec", exec_)
    panel.add.click()
    rows = DeviationService(ctx.db).list(tab.tender.id)
    assert rows[-1].clause == "6.1" and rows[-1].needs_strategy
    assert "3 (1 without a strategy)" in tab.header.warnings.text()
    assert "without a strategy: 1" in panel.summary.text()
    tab.undo_stack.undo()
    assert len(DeviationService(ctx.db).list(tab.tender.id)) == 5


def test_winning_a_lot_moves_the_opportunity_to_negotiation(tab, ctx, dialogs) -> None:
    with ctx.db.session() as s:
        COMPANY_NAME.set(s, "Hengyuan Information Technology Co., Ltd.")
    panel = tab.results
    tab.pages.setCurrentWidget(panel)
    assert panel.lots.rowCount() == 2
    combo = panel.lots.cellWidget(0, LOT_RESULT)
    combo.set_value(TenderResult.WON)
    assert panel.lots.cellWidget(0, LOT_WINNER).text().startswith("Hengyuan")
    assert panel.lots.cellWidget(0, LOT_RANK).value() == 1
    assert panel.result.value() is TenderResult.WON
    panel.second_quote.setValue(12_500_000)
    assert panel.save.isEnabled()
    panel.save.click()
    opportunity_id = tab.tender.data.opportunity_id
    with ctx.db.read() as s:
        opportunity = s.get_one(Opportunity, opportunity_id)
        assert opportunity.stage.code == "negotiate"
    assert tab.tender.result is TenderResult.WON
    assert tab.tender.second_quote == Decimal("12500000.00")
    assert dialogs.shown[-1][0] == "info" and "Negotiate and sign" in dialogs.shown[-1][2]
    tab.undo_stack.undo()
    with ctx.db.read() as s:
        assert s.get_one(Opportunity, opportunity_id).stage.code == "bid"
        assert not s.scalars(select(StageChange).where(StageChange.note.like("Tender%won"))).all()
    assert tab.results.lots.cellWidget(0, LOT_RESULT).value() is TenderResult.PENDING


def test_unsaved_results_survive_a_reload(tab, qtbot) -> None:
    panel = tab.results
    panel.review.setPlainText("Price benchmark was too low")
    tab.reload()
    assert panel.review.toPlainText() == "Price benchmark was too low"
    panel.revert.click()
    assert panel.review.toPlainText() == ""
    assert not panel.save.isEnabled()
