"""Filters above the opportunity list: stage, forecast category, decision dates, free text."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.models.enums import ForecastCategory
from desktop.services.labels import label, localized
from desktop.services.opportunities.opportunity_list import OpportunityFilter
from desktop.services.opportunities.snapshots import IN_FORECAST
from desktop.services.opportunities.stage_flow import StageInfo
from desktop.views.common.widgets import OptionalDateEdit
from desktop.views.i18n import current_language, translate

ALL = "all"
OPEN = "open"
FORECAST = "forecast"
TYPING_PAUSE_MS = 250


class OpportunityFilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = QComboBox(self)
        self.stage.setToolTip(self.tr("Stage"))
        self.category = QComboBox(self)
        self.category.setToolTip(self.tr("Forecast category"))
        self.category.addItem(self.tr("All categories"), ALL)
        self.category.addItem(self.tr("In the forecast (Commit, Best case)"), FORECAST)
        for member in ForecastCategory:
            self.category.addItem(label(member, translate), member.value)
        self.decision_from = OptionalDateEdit(self)
        self.decision_from.setToolTip(self.tr("Expected decision from"))
        self.decision_to = OptionalDateEdit(self)
        self.decision_to.setToolTip(self.tr("Expected decision until"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, account, key person, owner…"))
        self.search.setClearButtonEnabled(True)
        self.clear = QToolButton(self)
        self.clear.setText(self.tr("Clear filters"))
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stage)
        layout.addWidget(self.category)
        layout.addWidget(QLabel(self.tr("Decision"), self))
        layout.addWidget(self.decision_from)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.decision_to)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.clear)

        self.set_stages([])
        self.stage.currentIndexChanged.connect(self.changed)
        self.category.currentIndexChanged.connect(self.changed)
        self.decision_from.dateChanged.connect(self.changed)
        self.decision_to.dateChanged.connect(self.changed)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self._typing.timeout.connect(self.changed)
        self.clear.clicked.connect(self.reset)

    def set_stages(self, stages: list[StageInfo]) -> None:
        current = self.stage.currentData()
        self.stage.blockSignals(True)
        self.stage.clear()
        self.stage.addItem(self.tr("All stages"), ALL)
        self.stage.addItem(self.tr("Open stages"), OPEN)
        language = current_language()
        for stage in stages:
            self.stage.addItem(localized(stage.name_en, stage.name_zh, language), stage.id)
        index = self.stage.findData(current)
        self.stage.setCurrentIndex(max(index, 0))
        self.stage.blockSignals(False)

    def _inputs(self) -> tuple[QWidget, ...]:
        return (self.stage, self.category, self.decision_from, self.decision_to, self.search)

    def reset(self) -> None:
        for widget in self._inputs():
            widget.blockSignals(True)
        self.stage.setCurrentIndex(0)
        self.category.setCurrentIndex(0)
        self.decision_from.set_value(None)
        self.decision_to.set_value(None)
        self.search.clear()
        for widget in self._inputs():
            widget.blockSignals(False)
        self._typing.stop()
        self.changed.emit()

    def filter_for(self, account_id: int | None) -> OpportunityFilter:
        stage = self.stage.currentData()
        category = self.category.currentData()
        if category == ALL:
            categories: frozenset[ForecastCategory] = frozenset()
        elif category == FORECAST:
            categories = IN_FORECAST
        else:
            categories = frozenset({ForecastCategory(category)})
        return OpportunityFilter(
            account_id=account_id,
            stage_ids=frozenset({stage}) if isinstance(stage, int) else frozenset(),
            open_only=stage == OPEN,
            categories=categories,
            decision_from=self.decision_from.value(),
            decision_to=self.decision_to.value(),
            text=self.search.text(),
        )

    def is_filtering(self) -> bool:
        return self.filter_for(None) != OpportunityFilter()

    def _on_search_return_pressed(self) -> None:
        self._typing.stop()
        self.changed.emit()
