"""Widgets, dialogs and Qt item models. The only layer that imports PySide6 widgets."""

from .pyside_sources import stop_reading_sources

stop_reading_sources()
