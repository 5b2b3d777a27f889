"""Small input widgets used across tabs."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services.labels import label
from desktop.views.i18n import translate


class EnumCombo(QComboBox):
    """Choose a member of an enum by its translated name; optionally "not set"."""

    def __init__(
        self, enum_type: type[Enum], parent: QWidget | None = None, *, allow_none: bool = True
    ) -> None:
        super().__init__(parent)
        self._enum_type = enum_type
        if allow_none:
            self.addItem("—", None)
        for member in enum_type:
            self.addItem(label(member, translate), member.value)

    def value(self) -> Enum | None:
        data = self.currentData()
        return None if data is None else self._enum_type(data)

    def set_value(self, value: Enum | None) -> None:
        index = 0 if value is None else self.findData(value.value)
        self.setCurrentIndex(max(index, 0))
