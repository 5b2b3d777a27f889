"""The Strategy tab's small dialogs: the sales objective, a note or action title, and
scheduling a possible action (docs/strategy.md)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services.opportunities.strategy_service import ObjectiveData, ScheduleData
from desktop.views.common.widgets import MoneyEdit, OptionalDateEdit

from .dialog_layout import finish_dialog


class ObjectiveDialog(QDialog):
    """What, how much, by when; an empty amount or date stands for the deal's own."""

    def __init__(self, data: ObjectiveData, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Single sales objective"))
        self.text = QLineEdit(data.text, self)
        self.text.setPlaceholderText(self.tr("What we sell them, in a sentence"))
        self.text.setMinimumWidth(420)
        self.amount = MoneyEdit(self, currency=currency)
        self.amount.setMinimum(0)
        self.amount.setSpecialValueText(self.tr("The deal's amount"))
        self.amount.set_decimal(data.amount)
        self.by = OptionalDateEdit(self)
        self.by.set_value(data.by)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.text)
        form.addRow(self.tr("How much (0: the deal's amount)"), self.amount)
        form.addRow(self.tr("By when (—: the decision date)"), self.by)
        finish_dialog(self, form)

    def data(self) -> ObjectiveData:
        amount = self.amount.value_decimal()
        return ObjectiveData(self.text.text().strip(), amount or None, self.by.value())


class TitleDialog(QDialog):
    """The text of an own strength or red flag, or the title of a possible action."""

    def __init__(self, title: str, caption: str, text: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QLineEdit(text, self)
        self.text.setMinimumWidth(420)
        form = QFormLayout()
        form.addRow(caption, self.text)
        finish_dialog(self, form)


class ScheduleDialog(QDialog):
    """A possible action given an owner and a due date: it becomes an open action."""

    def __init__(
        self, title: str, data: ScheduleData, assignee: str, parent: QWidget | None
    ) -> None:
        """``assignee``: who does it when the action names nobody yet."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Schedule an action"))
        heading = QLabel(title, self)
        heading.setWordWrap(True)
        self.assignee = QLineEdit(data.assignee or assignee, self)
        self.assignee.setPlaceholderText(self.tr("Who on our team will do it"))
        self.due_on = OptionalDateEdit(self)
        self.due_on.set_value(data.due_on)
        form = QFormLayout()
        form.addRow(heading)
        form.addRow(self.tr("Who"), self.assignee)
        form.addRow(self.tr("By"), self.due_on)
        finish_dialog(self, form)

    def data(self) -> ScheduleData:
        return ScheduleData(self.assignee.text().strip(), self.due_on.value())
