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


def offer_reload(parent: QWidget | None, error: ChangedMeanwhile) -> bool:
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
    parent: QWidget | None,
    error: ChangedMeanwhile,
    record: ReadRecord[T],
    mine: T,
    load: Callable[[T], None],
    say: Callable[[str], None] = lambda _text: None,
) -> bool:
    """A form's save was refused: ``say`` why (on the form), and when the user wants it,
    ``load`` the record as it is now with ``mine`` (what the form holds) on top, to check and
    save again (True)."""
    return refused_then(parent, error, lambda: load(record.reload(mine)), say)


def refused_then(
    parent: QWidget | None,
    error: ChangedMeanwhile,
    reload: Callable[[], None],
    say: Callable[[str], None] = lambda _text: None,
) -> bool:
    """As :func:`refused`, for a form that reloads itself (``reload``: what is stored now with
    the user's edits on top), e.g. Settings ▸ Preferences."""
    say(error.message.render(translate))
    if not offer_reload(parent, error):
        return False
    reload()
    say(
        QCoreApplication.translate(
            "ChangedMeanwhile",
            "Reloaded with your changes applied on top: check them and save again.",
        )
    )
    return True


def edit_until_saved(
    parent: QWidget | None,
    record: ReadRecord[T],
    ask: Callable[[T], T | None],
    save: Callable[[T, int | None, Callable[[ChangedMeanwhile], None]], object],
) -> None:
    """A record edited in a dialog that closes before the save: ``ask`` opens it on the data
    given and returns what the user saved (None: cancelled); ``save(data, version,
    changed_meanwhile)`` writes it, calling ``changed_meanwhile`` when refused because the
    record changed since it was read. Then the user may reload it with their edits on top,
    and the dialog opens again on that."""
    data: T | None = record.data
    while data is not None:
        mine = ask(data)
        if mine is None:
            return
        refusals: list[ChangedMeanwhile] = []
        save(mine, record.version, refusals.append)
        if not refusals:
            return
        reloaded: list[T] = []
        refused(parent, refusals[0], record, mine, reloaded.append)
        data = reloaded[0] if reloaded else None


def save_until_saved(
    parent: QWidget | None,
    record: ReadRecord[T],
    mine: T,
    save: Callable[[T, int | None, Callable[[ChangedMeanwhile], None]], object],
) -> None:
    """A change saved as the user makes it (a table's cell, a button), with no form to check
    it in: when refused because the record changed meanwhile, the user may reload it, and
    ``mine`` applied on top of it is saved again (``save`` as for :func:`edit_until_saved`)."""
    first = [mine]
    edit_until_saved(parent, record, lambda data: first.pop() if first else data, save)
