"""The tender editor and a checklist item's note refuse to write over a colleague's change
and offer to reload with the user's edits on top (docs/team-server.md#versions)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QDialog

from desktop.services.bids.tenders import TenderService
from desktop.views.bids.results_panel import LOT_WINNER
from desktop.views.bids.tender_dialog import TenderDialog


def test_the_tender_editor(tab, ctx, monkeypatch, asked) -> None:
    tender_id = tab.tender.id
    colleague = TenderService(ctx.db)
    seen: list[TenderDialog] = []

    def exec_(dialog: TenderDialog) -> int:
        seen.append(dialog)
        dialog.title.setText("Renamed by me")
        theirs, _ = colleague.read(tender_id)
        colleague.update(tender_id, replace(theirs, responsible="Colleague"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TenderDialog, "exec", exec_)
    lots = len(tab.tender.data.lots)
    tab.edit_tender()
    (dialog,) = seen
    assert asked and "changed this record at" in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert colleague.read(tender_id)[0].title != "Renamed by me"  # nothing written over
    assert dialog.responsible.text() == "Colleague" and dialog.title.text() == "Renamed by me"
    assert dialog.lots.rowCount() == lots  # reloaded, not appended
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved, _ = colleague.read(tender_id)
    assert (saved.title, saved.responsible) == ("Renamed by me", "Colleague")
    assert len(saved.lots) == lots


def _stored(ctx, item_id: int):
    from desktop.services.bids.checklist import ChecklistService

    return ChecklistService(ctx.db).read_state(item_id)[0]


def test_a_checklist_items_note(tab, ctx, dialogs, asked) -> None:
    from desktop.services.bids.checklist import ChecklistService

    panel = tab.checklist
    item = panel.current_item()
    colleague = ChecklistService(ctx.db)
    answers = iter(["Seal on every page", "Seal on every page"])

    def ask_text(title: str, label: str, text: str = "") -> str | None:
        dialogs.prefilled.append(text)
        if len(dialogs.prefilled) == 1:  # while the user types, a colleague saves
            colleague.set_responsible(item.id, "Colleague")
        return next(answers)

    dialogs.ask_text = ask_text
    panel.ask_note()
    assert asked and "changed this record at" in asked[0]
    assert dialogs.prefilled == [item.note, "Seal on every page"]  # asked again with my text
    stored = _stored(ctx, item.id)
    assert (stored.note, stored.responsible) == ("Seal on every page", "Colleague")
    tab.undo_stack.undo()
    assert _stored(ctx, item.id).note == item.note
    tab.undo_stack.redo()  # the redo writes again, not refused by its own earlier save
    assert _stored(ctx, item.id).note == "Seal on every page"


def test_a_note_typed_in_place_over_a_colleagues_change(tab, ctx, dialogs, asked) -> None:
    from desktop.services.bids.checklist import ChecklistService

    panel = tab.checklist
    item = panel.current_item()
    ChecklistService(ctx.db).set_responsible(item.id, "Colleague")  # after the table was read
    dialogs.texts = ["typed in place"]
    panel.set_note(item.id, "typed in place")
    assert asked and dialogs.prefilled == ["typed in place"]
    stored = _stored(ctx, item.id)
    assert (stored.note, stored.responsible) == ("typed in place", "Colleague")


def test_a_deviation_line(tab, ctx, monkeypatch, asked) -> None:
    from desktop.services.bids.deviations import DeviationService
    from desktop.views.bids.deviation_dialog import DeviationDialog

    panel = tab.deviations
    tab.pages.setCurrentWidget(panel)
    panel.table.selectRow(0)
    row = panel.table.selected_row()
    colleague = DeviationService(ctx.db)
    seen: list[DeviationDialog] = []

    def exec_(dialog: DeviationDialog) -> int:
        seen.append(dialog)
        dialog.response.setPlainText("Warranty 3 years")
        theirs, _ = colleague.read(row.id)
        colleague.update(row.id, replace(theirs, strategy="Offer a longer service contract"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(DeviationDialog, "exec", exec_)
    panel.edit_line()
    (dialog,) = seen
    assert asked and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.strategy.toPlainText() == "Offer a longer service contract"
    dialog.accept()
    saved, _ = colleague.read(row.id)
    assert (saved.response, saved.strategy) == (
        "Warranty 3 years",
        "Offer a longer service contract",
    )


def test_the_tender_editor_notices_a_lot_changed_alone(tab, ctx, monkeypatch, asked) -> None:
    tender_id = tab.tender.id
    colleague = TenderService(ctx.db)
    seen: list[TenderDialog] = []

    def exec_(dialog: TenderDialog) -> int:
        seen.append(dialog)
        dialog.lots.item(1, 1).setText("Storage, renamed by me")
        theirs, _ = colleague.read(tender_id)  # a colleague changes the first lot alone
        first = replace(theirs.lots[0], our_price=Decimal("1234567.00"))
        colleague.update(tender_id, replace(theirs, lots=(first, *theirs.lots[1:])))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TenderDialog, "exec", exec_)
    tab.edit_tender()
    (dialog,) = seen
    assert asked and "changed this record at" in asked[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved, _ = colleague.read(tender_id)
    assert saved.lots[0].our_price == Decimal("1234567.00")
    assert saved.lots[1].name == "Storage, renamed by me"


def test_the_results_of_one_lot_keep_a_colleagues_result_of_another(tab, ctx, asked) -> None:
    from desktop.services.bids.results import ResultsService

    tender_id = tab.tender.id
    panel = tab.results
    winner = panel.lots.cellWidget(0, LOT_WINNER)
    winner.setText("Hengyuan Systems")
    colleague = ResultsService(ctx.db)
    theirs, _ = colleague.read(tender_id)
    second = replace(theirs.lots[1], winner="Huawei", reason="Lower price")
    colleague.record(tender_id, replace(theirs, lots=(theirs.lots[0], second)), ctx.clock.now())

    panel.save.click()
    assert asked and "changed this record at" in asked[0]
    assert colleague.read(tender_id)[0].lots[0].winner == ""  # nothing written over
    assert panel.lots.cellWidget(0, LOT_WINNER).text() == "Hengyuan Systems"
    assert panel.lots.cellWidget(1, LOT_WINNER).text() == "Huawei"
    assert "save again" in panel.state.text()
    panel.save.click()
    saved, _ = colleague.read(tender_id)
    assert [(lot.winner, lot.reason) for lot in saved.lots] == [
        ("Hengyuan Systems", ""),
        ("Huawei", "Lower price"),
    ]


def test_a_checklist_template(tab, ctx, qtbot, asked) -> None:
    from desktop.services.bids.templates import TemplateService
    from desktop.views.bids.template_editor import COL_EN, TemplateEditorDialog

    editor = TemplateEditorDialog(ctx, tab.undo_stack, tab.publish, tab)
    qtbot.addWidget(editor)
    template_id = editor.current.id
    editor.table.item(0, COL_EN).setText("Business licence, certified copy")
    colleague = TemplateService(ctx.db)
    theirs = colleague.get(template_id)
    second = replace(theirs.items[1], text_en="Their wording")
    colleague.save(template_id, theirs.name, [theirs.items[0], second, *theirs.items[2:]])

    editor.save.click()
    assert asked and "changed this record at" in asked[0]
    assert colleague.get(template_id).items[0].text_en != "Business licence, certified copy"
    assert editor.table.item(0, COL_EN).text() == "Business licence, certified copy"
    assert editor.table.item(1, COL_EN).text() == "Their wording"
    editor.save.click()
    saved = colleague.get(template_id)
    assert [item.text_en for item in saved.items[:2]] == [
        "Business licence, certified copy",
        "Their wording",
    ]
    tab.undo_stack.undo()  # puts back what the save changed: the colleague's wording stays
    assert colleague.get(template_id).items[1].text_en == "Their wording"
    tab.undo_stack.redo()  # writes again, not refused by its own earlier save
    assert colleague.get(template_id).items[0].text_en == "Business licence, certified copy"
