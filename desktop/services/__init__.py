"""Business rules and use cases. Qt-free: nothing here may import PySide6 (a test enforces it)."""
