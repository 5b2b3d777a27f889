"""Widgets, dialogs and Qt item models. The only layer that imports PySide6 widgets."""
