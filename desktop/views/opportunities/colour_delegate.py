"""Writes a cell in a colour chosen from its row (stance, temperature, verdict...)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.views.common.row_table import ROW_ROLE


class ColourDelegate(QStyledItemDelegate):
    def __init__(self, colour_of: Callable[[Any], str | None], parent: QWidget | None = None):
        super().__init__(parent)
        self._colour_of = colour_of

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        row = index.data(ROW_ROLE)
        colour = self._colour_of(row) if row is not None else None
        if colour:
            option.palette.setColor(QPalette.ColorRole.Text, QColor(colour))
