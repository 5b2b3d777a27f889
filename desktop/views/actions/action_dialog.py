"""Making an action from what it is about (a red flag, a stage criterion, a visit's next step,
a collection step, a tender item), and closing one with its outcome (docs/actions.md)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.action_subjects import ActionDraft
from desktop.services.actions import Closing
from desktop.services.messages import UserError
from desktop.services.orgchart.snapshot import Edit
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.undo import push_state
from desktop.views.common.widgets import OptionalDateEdit, error_label, save_cancel
from desktop.views.context import AppContext
from desktop.views.i18n import current_language, translate

FIRST_DUE_IN = 7  # days: a new action's due date unless its source proposes one
__all__ = [
    "ActionDialog",
    "ActionDraft",
    "CloseActionDialog",
    "close_action",
    "make_action",
    "push_action_edit",
]


def short(text: str, limit: int = 40) -> str:
    """A title short enough for the Edit menu."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def push_action_edit(ctx: AppContext, text: str, first: Callable[[], Edit]) -> Edit:
    """Run an action's edit now and put it on Edit ▸ Undo: undo and redo write its rows
    back exactly. A refusal (UserError) propagates and nothing is pushed."""
    service = ctx.services.actions
    return push_state(
        ctx.actions_undo,
        text,
        first,
        lambda edit: service.restore(edit.before, edit.changes),
        lambda edit: service.restore(edit.after, edit.changes),
        ctx.events.publish,
    )


class _SavingDialog(QDialog):
    """Shows the service's one-sentence refusal inside the dialog, which stays open."""

    error: QLabel

    def _save(self) -> None:
        raise NotImplementedError  # each dialog saves its own record

    def accept(self) -> None:
        try:
            self._save()
        except ChangedMeanwhile as error:
            self._changed_meanwhile(error)
            return
        except UserError as error:
            self._say(error.message.render(translate))
            return
        super().accept()

    def _changed_meanwhile(self, error: ChangedMeanwhile) -> None:
        self._say(error.message.render(translate))

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class ActionDialog(_SavingDialog):
    """A new action: title, who does it (the user by default), due date and a note."""

    def __init__(self, ctx: AppContext, draft: ActionDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.draft = draft
        self.action_id: int | None = None
        service = ctx.services.actions
        self.setWindowTitle(self.tr("New action"))
        subject = service.subject(draft.about_kind, draft.about_key, current_language())
        self.about = QLabel(subject.label.render(translate), self)
        self.about.setWordWrap(True)
        self.title = QLineEdit(draft.title, self)
        self.title.setCursorPosition(0)
        self.assignee = QLineEdit(service.default_assignee(), self)
        self.assignee.setPlaceholderText(self.tr("Who on our team will do it"))
        self.due_on = OptionalDateEdit(self)
        self.due_on.set_value(draft.due_on or ctx.clock.today() + timedelta(days=FIRST_DUE_IN))
        self.note = QPlainTextEdit(draft.note, self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("About"), self.about)
        form.addRow(self.tr("What to do"), self.title)
        form.addRow(self.tr("Who"), self.assignee)
        form.addRow(self.tr("By"), self.due_on)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self))
        self.resize(520, self.sizeHint().height())

    def _save(self) -> None:
        d = self.draft
        values = {
            "account_id": d.account_id,
            "opportunity_id": d.opportunity_id,
            "title": self.title.text(),
            "assignee": self.assignee.text(),
            "due_on": self.due_on.value(),
            "about_kind": d.about_kind,
            "about_key": d.about_key,
            "note": self.note.toPlainText(),
        }
        text = self.tr("Make the action “{title}”").format(title=short(self.title.text()))
        service = self.ctx.services.actions
        self.action_id = push_action_edit(
            self.ctx, text, lambda: service.create_edit(**values)
        ).record_id


class CloseActionDialog(_SavingDialog):
    """Closing an action: done or dropped, and the outcome in a few words."""

    def __init__(self, ctx: AppContext, action_id: int, title: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action_id = action_id
        self.setWindowTitle(self.tr("Close action"))
        self.title = title
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold")
        self.as_done = QRadioButton(self.tr("Done"), self)
        self.as_dropped = QRadioButton(self.tr("Dropped: no longer worth doing"), self)
        self.as_done.setChecked(True)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setPlaceholderText(self.tr("What came of it"))
        self.outcome.setFixedHeight(80)
        self.error = error_label(self)
        # Closing checks the version read here (docs/team-server.md#versions).
        self.record = ReadRecord(lambda: ctx.services.actions.read_closing(action_id))
        self._load(self.record.data)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.as_done)
        layout.addWidget(self.as_dropped)
        layout.addWidget(QLabel(self.tr("Outcome"), self))
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self))
        self.resize(460, self.sizeHint().height())

    def _load(self, data: Closing) -> None:
        (self.as_done if data.done else self.as_dropped).setChecked(True)
        self.outcome.setPlainText(data.outcome)

    def closing(self) -> Closing:
        return Closing(self.as_done.isChecked(), self.outcome.toPlainText().strip())

    def _save(self) -> None:
        mine, version = self.closing(), self.record.version
        text = self.tr("Close the action “{title}”").format(title=short(self.title))
        service = self.ctx.services.actions
        push_action_edit(
            self.ctx,
            text,
            lambda: service.close_edit(
                self.action_id, done=mine.done, outcome=mine.outcome, read_version=version
            ),
        )

    def _changed_meanwhile(self, error: ChangedMeanwhile) -> None:
        refused(self, error, self.record, self.closing(), self._load, self._say)


def make_action(ctx: AppContext, draft: ActionDraft, parent: QWidget | None = None) -> int | None:
    """Ask for the action's details and save it in one transaction; its id, or None."""
    dialog = ActionDialog(ctx, draft, parent)
    return dialog.action_id if dialog.exec() else None


def close_action(ctx: AppContext, action_id: int, title: str, parent=None) -> bool:
    return bool(CloseActionDialog(ctx, action_id, title, parent).exec())
