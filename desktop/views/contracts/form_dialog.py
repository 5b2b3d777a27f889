"""A dialog that edits one dataclass of plain values, one form row per field.

Each field says how to show and read one attribute; Save builds the edited dataclass
(attributes without a field keep their value) and hands it to ``save``, which runs the service
call. A :class:`UserError` keeps the dialog open with the message under the form.
"""

from __future__ import annotations

import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messages import UserError
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.widgets import EnumCombo, MoneyEdit, OptionalDateEdit, W, widget_as

from .text import render


class Field(ABC):
    """One input of a form: how to make its widget, read it and fill it."""

    def __init__(self, name: str, label: str, *, tip: str = "") -> None:
        self.name = name
        self.label = label
        self.tip = tip

    @abstractmethod
    def make(self, parent: QWidget) -> QWidget: ...

    @abstractmethod
    def get(self, widget: Any) -> Any: ...

    @abstractmethod
    def set(self, widget: Any, value: Any) -> None: ...


class TextField(Field):
    def make(self, parent: QWidget) -> QLineEdit:
        return QLineEdit(parent)

    def get(self, widget: QLineEdit) -> str:
        return widget.text().strip()

    def set(self, widget: QLineEdit, value: str) -> None:
        widget.setText(value or "")


class NoteField(Field):
    def make(self, parent: QWidget) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(84)
        return edit

    def get(self, widget: QPlainTextEdit) -> str:
        return widget.toPlainText().strip()

    def set(self, widget: QPlainTextEdit, value: str) -> None:
        widget.setPlainText(value or "")


class DateField(Field):
    def make(self, parent: QWidget) -> OptionalDateEdit:
        return OptionalDateEdit(parent)

    def get(self, widget: OptionalDateEdit):
        return widget.value()

    def set(self, widget: OptionalDateEdit, value) -> None:
        widget.set_value(value)


class MoneyField(Field):
    def __init__(self, name: str, label: str, *, currency: str = "CNY", tip: str = "") -> None:
        super().__init__(name, label, tip=tip)
        self.currency = currency

    def make(self, parent: QWidget) -> MoneyEdit:
        return MoneyEdit(parent, currency=self.currency)

    def get(self, widget: MoneyEdit) -> Decimal:
        return widget.value_decimal()

    def set(self, widget: MoneyEdit, value: Decimal | None) -> None:
        widget.set_decimal(value)


class IntField(Field):
    """A whole number; with ``optional``, the lowest value shows "—" and means None."""

    def __init__(
        self,
        name: str,
        label: str,
        *,
        minimum: int = 0,
        maximum: int = 100_000,
        suffix: str = "",
        optional: bool = False,
        tip: str = "",
    ) -> None:
        super().__init__(name, label, tip=tip)
        self.minimum, self.maximum, self.suffix, self.optional = minimum, maximum, suffix, optional

    def make(self, parent: QWidget) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(self.minimum - (1 if self.optional else 0), self.maximum)
        spin.setSuffix(self.suffix)
        if self.optional:
            spin.setSpecialValueText("—")
        return spin

    def get(self, widget: QSpinBox) -> int | None:
        if self.optional and widget.value() == widget.minimum():
            return None
        return widget.value()

    def set(self, widget: QSpinBox, value: int | None) -> None:
        widget.setValue(widget.minimum() if value is None else value)


class DecimalField(Field):
    """A decimal number (percentages, quantities); ``optional`` as for :class:`IntField`."""

    def __init__(
        self,
        name: str,
        label: str,
        *,
        decimals: int = 2,
        minimum: float = 0,
        maximum: float = 1e9,
        suffix: str = "",
        optional: bool = False,
        tip: str = "",
    ) -> None:
        super().__init__(name, label, tip=tip)
        self.decimals, self.minimum, self.maximum = decimals, minimum, maximum
        self.suffix, self.optional = suffix, optional

    def make(self, parent: QWidget) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(parent)
        spin.setDecimals(self.decimals)
        step = 10 ** (-self.decimals)
        spin.setRange(self.minimum - (step if self.optional else 0), self.maximum)
        spin.setSuffix(self.suffix)
        spin.setGroupSeparatorShown(True)
        if self.optional:
            spin.setSpecialValueText("—")
        return spin

    def get(self, widget: QDoubleSpinBox) -> Decimal | None:
        if self.optional and widget.value() <= widget.minimum():
            return None
        return Decimal(str(round(widget.value(), self.decimals)))

    def set(self, widget: QDoubleSpinBox, value: Decimal | None) -> None:
        widget.setValue(widget.minimum() if value is None else float(value))


class EnumField(Field):
    def __init__(
        self, name: str, label: str, enum_type: type[Enum], *, allow_none: bool = False
    ) -> None:
        super().__init__(name, label)
        self.enum_type, self.allow_none = enum_type, allow_none

    def make(self, parent: QWidget) -> EnumCombo:
        return EnumCombo(self.enum_type, parent, allow_none=self.allow_none)

    def get(self, widget: EnumCombo):
        return widget.value()

    def set(self, widget: EnumCombo, value) -> None:
        widget.set_value(value)


class BoolField(Field):
    def make(self, parent: QWidget) -> QCheckBox:
        box = QCheckBox(self.label, parent)
        box.setToolTip(self.tip)
        return box

    def get(self, widget: QCheckBox) -> bool:
        return widget.isChecked()

    def set(self, widget: QCheckBox, value: bool) -> None:
        widget.setChecked(bool(value))


class ChoiceField(Field):
    """One of a list of ``(text, value)`` choices."""

    def __init__(self, name: str, label: str, choices: Sequence[tuple[str, Any]]) -> None:
        super().__init__(name, label)
        self.choices = list(choices)

    def make(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        fill_choices(combo, self.choices)
        return combo

    def get(self, widget: QComboBox) -> Any:
        return widget.currentData()

    def set(self, widget: QComboBox, value: Any) -> None:
        widget.setCurrentIndex(max(0, widget.findData(value)))


def fill_choices(combo: QComboBox, choices: Sequence[tuple[str, Any]]) -> None:
    combo.clear()
    for text, value in choices:
        combo.addItem(text, value)


class FormDialog(QDialog):
    def __init__(
        self,
        title: str,
        fields: Sequence[Field],
        data: Any,
        save: Callable[[Any], Any],
        parent: QWidget | None = None,
        *,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("ContractFormDialog")
        self._fields = list(fields)
        self._data = data
        self._save = save
        # the record edited, when its version guards the save (:meth:`guard`)
        self.record: ReadRecord | None = None
        self.result_value: Any = None
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field in self._fields:
            widget = field.make(self)
            widget.setObjectName(field.name)
            if field.tip:
                widget.setToolTip(field.tip)
            field.set(widget, getattr(data, field.name))
            self.widgets[field.name] = widget
            if isinstance(field, BoolField):
                form.addRow("", widget)
            else:
                form.addRow(field.label, widget)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro, self)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def widget(self, name: str, kind: type[W]) -> W:
        """The editor of field ``name``, as the class its field makes."""
        return widget_as(self.widgets[name], kind)

    def set_field(self, name: str, value: Any) -> None:
        """Put ``value`` into the field ``name`` (as the user would)."""
        field = next(f for f in self._fields if f.name == name)
        field.set(self.widgets[name], value)

    def guard(self, record: ReadRecord) -> FormDialog:
        """The form edits ``record`` (its ``data`` is the form's): a save refused because it
        changed meanwhile offers to reload it with the user's edits on top
        (docs/team-server.md#versions)."""
        self.record = record
        return self

    def load(self, data: Any) -> None:
        self._data = data
        for field in self._fields:
            field.set(self.widgets[field.name], getattr(data, field.name))

    def value(self) -> Any:
        changes = {f.name: f.get(self.widgets[f.name]) for f in self._fields}
        return dataclasses.replace(self._data, **changes)

    def accept(self) -> None:
        try:
            self.result_value = self._save(self.value())
        except ChangedMeanwhile as error:
            if self.record is None:
                self.error.setText(render(error.message))
            else:
                refused(self, error, self.record, self.value(), self.load, self.error.setText)
            return
        except UserError as error:
            self.error.setText(render(error.message))
            return
        super().accept()
