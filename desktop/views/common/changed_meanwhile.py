"""Saving a form whose record someone changed meanwhile (docs/team-server.md#versions): say
who and when, and offer to reload the record with the user's own edits applied on top."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.services.versions import ChangedMeanwhile, ReadRecord

from ..i18n import translate

T = TypeVar("T")


def offer_reload(parent: QWidget, error: ChangedMeanwhile) -> bool:
    """True when the user wants the record reloaded with their changes reapplied; False to
    keep the form as it is (their changes stay typed in it, unsaved)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ChangedMeanwhile", "Changed meanwhile"))
    box.setText(error.message.render(translate))
    box.setInformativeText(
        QCoreApplication.translate(
            "ChangedMeanwhile",
            "Reload the record and apply your changes on top of it? You can check the result "
            "before saving again.",
        )
    )
    reload = box.addButton(
        QCoreApplication.translate("ChangedMeanwhile", "Reload and reapply my changes"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("ChangedMeanwhile", "Keep my form as it is"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(reload)
    box.exec()
    return box.clickedButton() is reload


def refused(
    parent: QWidget,
    error: ChangedMeanwhile,
    record: ReadRecord[T],
    mine: T,
    load: Callable[[T], None],
    say: Callable[[str], None] = lambda _text: None,
) -> bool:
    """A form's save was refused: ``say`` why (on the form), and when the user wants it,
    ``load`` the record as it is now with ``mine`` (what the form holds) on top, to check and
    save again (True)."""
    say(error.message.render(translate))
    if not offer_reload(parent, error):
        return False
    load(record.reload(mine))
    say(
        QCoreApplication.translate(
            "ChangedMeanwhile",
            "Reloaded with your changes applied on top: check them and save again.",
        )
    )
    return True
