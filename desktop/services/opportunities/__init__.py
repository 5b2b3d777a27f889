"""Opportunities: leads, the opportunity list and editor, transparent scoring, pipeline and
forecast (DOMAIN.md sections 2 and 4). Qt-free."""
