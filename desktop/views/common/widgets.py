"""Small input widgets used across tabs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QWidget,
)

from desktop.services.labels import label
from desktop.views.i18n import translate

W = TypeVar("W", bound=QWidget)
E = TypeVar("E", bound=Enum)


def error_label(parent: QWidget) -> QLabel:
    """The red line a form shows its refusal in, hidden until there is one."""
    label = QLabel(parent)
    label.setStyleSheet("color: #b00020")
    label.setWordWrap(True)
    label.hide()
    return label


def save_cancel(dialog: QDialog) -> QDialogButtonBox:
    """Save and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def widget_as(widget: QWidget | None, kind: type[W]) -> W:
    """``widget`` as the class the code put there (cellWidget() and the like return QWidget)."""
    if not isinstance(widget, kind):
        raise TypeError(f"expected a {kind.__name__}, found {type(widget).__name__}")
    return widget


class EnumCombo(QComboBox, Generic[E]):
    """Choose a member of an enum by its translated name; optionally "not set"."""

    def __init__(
        self, enum_type: type[E], parent: QWidget | None = None, *, allow_none: bool = True
    ) -> None:
        super().__init__(parent)
        self._enum_type = enum_type
        if allow_none:
            self.addItem("—", None)
        for member in enum_type:
            self.addItem(label(member, translate), member.value)

    def value(self) -> E | None:
        data = self.currentData()
        return None if data is None else self._enum_type(data)

    def chosen(self) -> E:
        """The member of a combo without "not set" (``allow_none=False``)."""
        value = self.value()
        assert value is not None
        return value

    def set_value(self, value: E | None) -> None:
        index = 0 if value is None else self.findData(value.value)
        self.setCurrentIndex(max(index, 0))


class OptionalDateEdit(QDateEdit):
    """A date that may be empty: the lowest date stands for "not set" and shows "—"."""

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText("—")
        locale = QLocale()
        pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
        self.setDisplayFormat(pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy"))
        self.set_value(None)

    def value(self) -> date | None:
        current = self.date()
        if current == self.EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(self.EMPTY)
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentSection() == (
            QDateEdit.Section.NoSection
        ):
            self.set_value(None)
            return
        super().keyPressEvent(event)


class MoneyEdit(QDoubleSpinBox):
    """An amount of money in the locale's notation, exact to the cent."""

    def __init__(self, parent: QWidget | None = None, *, currency: str = "CNY") -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(-999_999_999_999.99, 999_999_999_999.99)
        self.setGroupSeparatorShown(True)
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        symbol = "¥" if currency == "CNY" else currency
        self.setPrefix(symbol + " ")

    def value_decimal(self) -> Decimal:
        return Decimal(str(round(self.value(), 2))).quantize(Decimal("0.01"))

    def set_decimal(self, value: Decimal | None) -> None:
        self.setValue(float(value or 0))
