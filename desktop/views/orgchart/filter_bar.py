"""The bar over a chart that narrows a large account down (docs/org-chart.md#large-accounts):
filters, how many people are shown, and the focus on one person's neighbourhood."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop.services.labels import label
from desktop.services.messages import QT_TRANSLATE_NOOP
from desktop.services.orgchart.chart import LAYER_ORDER, ROLE_ORDER, STANCE_ORDER
from desktop.services.orgchart.visibility import MAX_STEPS, FilterChoices
from desktop.views.i18n import translate

ANY = object()  # the first entry of each list: no filter
STEPS = {
    1: QT_TRANSLATE_NOOP("FilterBar", "1 step"),
    2: QT_TRANSLATE_NOOP("FilterBar", "2 steps"),
    3: QT_TRANSLATE_NOOP("FilterBar", "3 steps"),
}


class FilterBar(QWidget):
    changed = Signal()  # a filter was changed
    focus_steps_changed = Signal(int)
    focus_left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.opportunity = self._combo(self.tr("Any decision group"))
        self.role = self._combo(self.tr("All roles"))
        self.stance = self._combo(self.tr("All stances"))
        self.layer = self._combo(self.tr("All layers"))
        self.owner = self._combo(self.tr("Any relationship owner"))
        self.key_only = QCheckBox(self.tr("Key people only"), self)
        self.key_only.setToolTip(
            self.tr("Key decision makers, gatekeepers, coaches and people of influence 4 or 5")
        )
        self.key_only.toggled.connect(self.changed)
        for combo, values in (
            (self.role, [(r, label(r, translate)) for r in ROLE_ORDER]),
            (self.stance, [(s, label(s, translate)) for s in STANCE_ORDER]),
            (self.layer, [(x, label(x, translate)) for x in LAYER_ORDER]),
        ):
            for value, text in values:
                combo.addItem(text, value)
        self.count = QLabel(self)
        self.count.setStyleSheet("color: #5b6670")
        self.focus_button = QToolButton(self)
        self.focus_button.setStyleSheet("QToolButton { font-weight: bold; color: #1e66d0 }")
        self.focus_button.setToolTip(self.tr("Leave the focus and show everyone again"))
        self.focus_button.clicked.connect(self.focus_left)
        self.steps = QComboBox(self)
        for steps in range(1, MAX_STEPS + 1):
            self.steps.addItem(STEPS[steps].render(translate), steps)
        self.steps.setToolTip(self.tr("How many reporting or influence steps the focus reaches"))
        self.steps.activated.connect(
            lambda: self.focus_steps_changed.emit(self.steps.currentData())
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        # The lists share the room left and give it up first: the bar never widens the tab.
        for widget, stretch in (
            (self.opportunity, 3),
            (self.role, 2),
            (self.stance, 2),
            (self.layer, 2),
            (self.owner, 3),
        ):
            layout.addWidget(widget, stretch)
        layout.addWidget(self.key_only)
        layout.addWidget(self.focus_button)
        layout.addWidget(self.steps)
        layout.addWidget(self.count)
        self.show_focus(None)

    def _combo(self, everyone: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        combo.setToolTip(everyone)
        combo.addItem(everyone, ANY)
        combo.activated.connect(self.changed)
        return combo

    # -- what the account offers -------------------------------------------------------------
    def set_choices(self, choices: FilterChoices) -> None:
        """A new account: its opportunities and relationship owners; every filter off."""
        for combo, values in (
            (self.opportunity, list(choices.opportunities)),
            (self.owner, [(member, member) for member in choices.owners]),
        ):
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in values:
                combo.addItem(text, value)
        self.clear()

    def clear(self) -> None:
        for combo in (self.opportunity, self.role, self.stance, self.layer, self.owner):
            combo.setCurrentIndex(0)
        self.key_only.blockSignals(True)
        self.key_only.setChecked(False)
        self.key_only.blockSignals(False)

    def value(self, combo: QComboBox) -> Any:
        """The chosen value, or ANY."""
        return combo.currentData() if combo.currentIndex() > 0 else ANY

    def choose(self, combo: QComboBox, value: Any) -> None:
        """Select ``value`` in ``combo`` as the user would (tests, and the menus)."""
        index = next(i for i in range(1, combo.count()) if combo.itemData(i) == value)
        combo.setCurrentIndex(index)
        self.changed.emit()

    # -- what is shown -----------------------------------------------------------------------
    def show_count(self, shown: int, total: int) -> None:
        if shown == total:
            self.count.setText(self.tr("Showing all {total}").format(total=total))
        else:
            self.count.setText(
                self.tr("Showing {shown} of {total}").format(shown=shown, total=total)
            )

    def show_focus(self, name: str | None, steps: int = 1) -> None:
        self.focus_button.setVisible(name is not None)
        self.steps.setVisible(name is not None)
        if name is not None:
            self.focus_button.setText(self.tr("Focus: {name} ✕").format(name=name))
            self.steps.setCurrentIndex(steps - 1)
