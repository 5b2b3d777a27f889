"""A date and time that may be empty (deadlines not yet announced)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget


class OptionalDateTimeEdit(QDateTimeEdit):
    """The lowest value stands for "not set" and shows "—"; Delete clears it."""

    EMPTY = QDateTime(QDate(1900, 1, 1), QTime(0, 0))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDateTime(self.EMPTY)
        self.setSpecialValueText("—")
        locale = QLocale()
        pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
        day = pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
        self.setDisplayFormat(f"{day} {locale.timeFormat(QLocale.FormatType.ShortFormat)}")
        self.set_value(None)

    def value(self) -> datetime | None:
        current = self.dateTime()
        if current == self.EMPTY:
            return None
        day, time = current.date(), current.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())

    def set_value(self, value: datetime | None) -> None:
        if value is None:
            self.setDateTime(self.EMPTY)
        else:
            self.setDateTime(
                QDateTime(
                    QDate(value.year, value.month, value.day), QTime(value.hour, value.minute)
                )
            )

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.currentSection() == QDateTimeEdit.Section.NoSection
            or event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.set_value(None)
            return
        super().keyPressEvent(event)
