"""Opportunities: leads, the opportunity list and editor, transparent scoring, pipeline and
forecast (docs/domain.md, from #stages-and-exit-criteria to #forecast). Qt-free."""
