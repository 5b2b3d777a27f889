"""Logging one interaction with a person: what happened, what it changed, what comes next."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import InteractionKind
from desktop.services.messages import UserError
from desktop.services.orgchart.visits import VISIT_FIELDS, VisitData
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.widgets import EnumCombo, OptionalDateEdit, error_label, save_cancel
from desktop.views.i18n import translate

from .person_form import RatingCombo

INFO = ("info_policy", "info_people", "info_business", "info_activities")


def _caption(field: str) -> str:
    return VISIT_FIELDS[field].render(translate)


class VisitDialog(QDialog):
    """``save`` is called with the data; it raises UserError to keep the dialog open."""

    def __init__(
        self,
        person_name: str,
        today: date,
        save: Callable[[VisitData], object],
        data: VisitData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        # the visit edited, when its version guards the save (docs/team-server.md#versions)
        self.record: ReadRecord[VisitData] | None = None
        self.setWindowTitle(
            self.tr("New interaction with {name}").format(name=person_name)
            if data is None
            else self.tr("Interaction with {name}").format(name=person_name)
        )
        self.next_step = QLineEdit(self)
        self.next_step_on = OptionalDateEdit(self)
        self.occurred_on = QDateEdit(self)
        self.occurred_on.setCalendarPopup(True)
        self.occurred_on.setDisplayFormat(self.next_step_on.displayFormat())
        self.kind = EnumCombo(InteractionKind, self, allow_none=False)
        self.participants = QLineEdit(self)
        self.participants.setPlaceholderText(self.tr("Our people; their people"))
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(70)
        self.closeness_after = RatingCombo(self)
        self.trust_after = RatingCombo(self)
        self.info = {field: QPlainTextEdit(self) for field in INFO}
        for edit in [self.notes, *self.info.values()]:
            edit.setTabChangesFocus(True)
        for edit in self.info.values():
            edit.setFixedHeight(48)
        self.error = error_label(self)

        form = QFormLayout()
        form.addRow(_caption("occurred_on"), self.occurred_on)
        form.addRow(_caption("kind"), self.kind)
        form.addRow(_caption("participants"), self.participants)
        form.addRow(_caption("notes"), self.notes)
        form.addRow(_caption("closeness_after"), self.closeness_after)
        form.addRow(_caption("trust_after"), self.trust_after)
        gathered = QGroupBox(self.tr("Information gathered"), self)
        info_form = QFormLayout(gathered)
        for field, edit in self.info.items():
            info_form.addRow(_caption(field), edit)
        after = QFormLayout()
        after.addRow(_caption("next_step"), self.next_step)
        after.addRow(_caption("next_step_on"), self.next_step_on)
        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(gathered)
        layout.addLayout(after)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        self._load(data or VisitData(occurred_on=today))

    def _load(self, data: VisitData) -> None:
        day = data.occurred_on
        self.occurred_on.setDate(QDate(day.year, day.month, day.day))
        self.kind.set_value(data.kind)
        self.participants.setText(data.participants)
        self.notes.setPlainText(data.notes)
        self.closeness_after.set_value(data.closeness_after)
        self.trust_after.set_value(data.trust_after)
        for field, edit in self.info.items():
            edit.setPlainText(getattr(data, field))
        self.next_step.setText(data.next_step)
        self.next_step.setCursorPosition(0)
        self.participants.setCursorPosition(0)
        self.next_step_on.set_value(data.next_step_on)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def data(self) -> VisitData:
        day = self.occurred_on.date()
        return VisitData(
            occurred_on=date(day.year(), day.month(), day.day()),
            kind=self.kind.value() or InteractionKind.VISIT,
            participants=self.participants.text(),
            notes=self.notes.toPlainText(),
            closeness_after=self.closeness_after.value(),
            trust_after=self.trust_after.value(),
            **{field: edit.toPlainText() for field, edit in self.info.items()},
            next_step=self.next_step.text(),
            next_step_on=self.next_step_on.value(),
        )

    def accept(self) -> None:
        try:
            self._save(self.data())
        except ChangedMeanwhile as error:
            if self.record is None:
                self._say(error.message.render(translate))
            else:
                refused(self, error, self.record, self.data(), self._load, self._say)
            return
        except UserError as error:
            self.error.setText(error.message.render(translate))
            self.error.show()
            return
        super().accept()
