"""The bar over a chart that narrows a large account down (docs/org-chart.md#large-accounts):
filters, how many people are shown, and the focus on one person's neighbourhood."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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
        self.opportunity = self._combo(
            self.tr("Decision group"), self.tr("Only the decision group of an opportunity")
        )
        self.role = self._combo(self.tr("Role"), self.tr("Only people with this role"))
        self.stance = self._combo(
            self.tr("Stance"), self.tr("Only people with this stance toward us")
        )
        self.layer = self._combo(self.tr("Layer"), self.tr("Only people of this layer"))
        self.owner = self._combo(
            self.tr("Known by"),
            self.tr("Only the people this colleague of ours knows (relationship owner)"),
        )
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
        # "Focus: name (2 steps) ✕": a click leaves the focus, the arrow changes the steps.
        self.focus_button = QToolButton(self)
        self.focus_button.setStyleSheet("QToolButton { font-weight: bold; color: #1e66d0 }")
        self.focus_button.setToolTip(
            self.tr("Click to leave the focus; the arrow sets how many steps it reaches")
        )
        self.focus_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.focus_button.clicked.connect(self.focus_left)
        self.steps = QMenu(self.focus_button)
        for steps in range(1, MAX_STEPS + 1):
            self.steps.addAction(STEPS[steps].render(translate), partial(self._steps, steps))
        self.focus_button.setMenu(self.steps)
        # Never wider than the chart: in a narrow window the lists at the right are cut off,
        # the count at the left stays. The focus has a line of its own while it is on.
        filters = QHBoxLayout()
        filters.addWidget(self.count)
        for widget, stretch in (
            (self.opportunity, 3),
            (self.role, 2),
            (self.stance, 2),
            (self.layer, 2),
            (self.owner, 3),
        ):
            filters.addWidget(widget, stretch)
        filters.addWidget(self.key_only)
        focus = QHBoxLayout()
        focus.addWidget(self.focus_button)
        focus.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(3)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addLayout(filters)
        layout.addLayout(focus)
        self.show_focus(None)

    def _combo(self, everyone: str, tip: str) -> QComboBox:
        """A list whose first entry, named for the filter, lets everyone through."""
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setToolTip(tip)
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

    def _steps(self, steps: int) -> None:
        self.focus_steps_changed.emit(steps)

    def show_focus(self, name: str | None, steps: int = 1) -> None:
        self.focus_button.setVisible(name is not None)
        if name is not None:
            reach = STEPS[steps].render(translate)
            text = self.tr("Focus: {name} ({steps}) ✕").format(name=name, steps=reach)
            self.focus_button.setText(text)
