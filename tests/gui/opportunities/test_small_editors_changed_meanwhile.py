"""A deal's competitor and decision-group member dialogs refuse to write over a colleague's
change and open again with the user's edits on the record as it is now
(docs/team-server.md#versions)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog

from desktop.models.enums import Stance
from desktop.services.opportunities.deals import CompetitorData
from desktop.views.common import changed_meanwhile
from desktop.views.opportunities.competitors_panel import CompetitorDialog
from desktop.views.opportunities.decision_group_panel import MemberDialog
from tests.gui.opportunities.test_editor import open_deal


def _select_first(table) -> None:
    table.selectRow(0)


def test_a_competitor(tab, ctx, monkeypatch, asked) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    panel = editor.facts.competitors
    service = ctx.services.opportunities
    if not panel.table.source.rows():
        panel.add_competitor(CompetitorData("Huawei"))
    _select_first(panel.table)
    row = panel.table.selected_row()
    opened: list[CompetitorDialog] = []

    def exec_(dialog: CompetitorDialog) -> int:
        opened.append(dialog)
        if len(opened) == 1:
            dialog.strengths.setText("Local service team")
            theirs, _ = service.read_competitor(row.id)  # a colleague saves meanwhile
            service.update_competitor(row.id, replace(theirs, note="Met their CTO"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CompetitorDialog, "exec", exec_)
    panel.edit()
    assert asked and len(opened) == 2  # opened again on the reloaded record
    assert opened[1].strengths.text() == "Local service team"
    assert opened[1].note.text() == "Met their CTO"
    saved, _ = service.read_competitor(row.id)
    assert (saved.strengths, saved.note) == ("Local service team", "Met their CTO")


def test_a_decision_group_member(tab, ctx, monkeypatch, asked) -> None:
    editor = open_deal(tab, ctx, "Phase 2")
    group = editor.group
    service = group.service
    _select_first(group.table)
    row = group.table.selected_row()
    opened: list[MemberDialog] = []

    def exec_(dialog: MemberDialog) -> int:
        opened.append(dialog)
        if len(opened) == 1:
            dialog.stance.set_value(Stance.NEUTRAL)
            theirs, _ = service.read(row.id)
            service.update(row.id, replace(theirs, note="Cooled after the audit"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", exec_)
    group.edit()
    assert asked and len(opened) == 2
    saved, _ = service.read(row.id)
    assert (saved.stance, saved.note) == (Stance.NEUTRAL, "Cooled after the audit")


def test_keeping_the_form_saves_nothing(tab, ctx, monkeypatch) -> None:
    monkeypatch.setattr(changed_meanwhile, "offer_reload", lambda parent, error: False)
    editor = open_deal(tab, ctx, "Phase 2")
    group = editor.group
    service = group.service
    _select_first(group.table)
    row = group.table.selected_row()
    opened: list[MemberDialog] = []

    def exec_(dialog: MemberDialog) -> int:
        opened.append(dialog)
        dialog.stance.set_value(Stance.NEUTRAL)
        theirs, _ = service.read(row.id)
        service.update(row.id, replace(theirs, note="theirs"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", exec_)
    before = service.read(row.id)[0].stance
    assert before is not Stance.NEUTRAL
    group.edit()
    assert len(opened) == 1
    saved, _ = service.read(row.id)
    assert saved.note == "theirs" and saved.stance == before


def test_a_strategy_note(tab, ctx, monkeypatch, asked) -> None:
    from desktop.models.enums import StrategyNoteKind
    from desktop.views.opportunities.strategy_dialogs import TitleDialog

    from .test_strategy_tab import open_strategy

    panel = open_strategy(tab, ctx)
    panel.create_note(StrategyNoteKind.RED_FLAG, "Budget review in January")
    flags = panel.red_flags
    row = next(n for n in range(flags.count()) if "Budget review" in flags.item(n).text())
    flags.setCurrentRow(row)
    note_id = panel.selected_flag().note_id
    opened: list[str] = []

    def exec_(dialog: TitleDialog) -> int:
        opened.append(dialog.text.text())
        if len(opened) == 1:
            dialog.text.setText("Budget review moved to February")
            panel.service.edit_note(note_id, "Budget review in January (confirmed)")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TitleDialog, "exec", exec_)
    panel.edit_note()
    assert asked  # told, and asked again with what the user typed
    assert opened == ["Budget review in January", "Budget review moved to February"]
    assert panel.service.read_note(note_id)[0].text == "Budget review moved to February"
