"""The account editor refuses to write over a colleague's change and offers to reload with the
user's edits on top (docs/team-server.md#versions)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QMessageBox

from desktop.services.accounts import AccountData, AccountService
from desktop.views.account_dialog import AccountDialog
from desktop.views.common import changed_meanwhile


def test_reload_and_reapply_keeps_both_changes(qtbot, db, monkeypatch) -> None:
    service = AccountService(db)
    account_id, _ = service.create(AccountData(name="华东电网", region="上海"))
    dialog = AccountDialog(service, account_id, None)
    qtbot.addWidget(dialog)
    dialog.phone.setText("021-1234")  # the user types...
    colleague = service.get(account_id)
    service.update(account_id, replace(colleague, region="杭州"))  # ...a colleague saves
    asked = []

    def reload(parent, error) -> bool:
        asked.append(error.message.render())
        return True

    monkeypatch.setattr(changed_meanwhile, "offer_reload", reload)
    dialog.accept()
    assert asked and dialog.result() != AccountDialog.DialogCode.Accepted
    assert service.get(account_id).phone == ""  # nothing written over
    assert dialog.region.text() == "杭州" and dialog.phone.text() == "021-1234"
    dialog.accept()
    assert dialog.result() == AccountDialog.DialogCode.Accepted
    saved = service.get(account_id)
    assert (saved.region, saved.phone) == ("杭州", "021-1234")


def test_the_question_names_the_choice(qtbot, db, monkeypatch) -> None:
    from desktop.services.versions import ChangedMeanwhile
    from desktop.views.common.changed_meanwhile import offer_reload

    def click_reload(box: QMessageBox) -> None:
        box.buttons()[0].click()

    monkeypatch.setattr(QMessageBox, "exec", lambda box: click_reload(box))
    assert offer_reload(None, ChangedMeanwhile()) is True
