"""The deal team (铁三角 and sponsor) and the project charter (项目章程)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.services.opportunities.deals import (
    CHARTER_FIELDS,
    TEAM_FIELDS,
    OpportunityDetail,
    OpportunityFacts,
    charter_text,
    charter_value,
)
from desktop.views.i18n import translate

from .editing import Editing
from .facts_form import FactsForm


class TeamCharterPanel(FactsForm):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(editing, parent)
        team_box = QGroupBox(self.tr("Team"), self)
        team_form = QFormLayout(team_box)
        self.team: dict[str, QLineEdit] = {}
        for key, title in TEAM_FIELDS:
            edit = QLineEdit(team_box)
            edit.textChanged.connect(self.edited)
            team_form.addRow(title.render(translate), edit)
            self.team[key] = edit
        self.team["sponsor"].setPlaceholderText(self.tr("Who sponsors the deal on our side"))

        charter_box = QGroupBox(self.tr("Project charter"), self)
        charter_form = QFormLayout(charter_box)
        self.charter: dict[str, QPlainTextEdit] = {}
        for key, title, is_list in CHARTER_FIELDS:
            box = QPlainTextEdit(charter_box)
            box.setTabChangesFocus(True)
            lines = 3 if is_list else 2
            box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
            if is_list:
                box.setPlaceholderText(self.tr("One item per line"))
            box.textChanged.connect(self.edited)
            charter_form.addRow(title.render(translate), box)
            self.charter[key] = box

        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.addWidget(
            QLabel(
                self.tr(
                    "The project level decides who should be on the team; the charter sets "
                    "the rules of the pursuit before resources are spent."
                ),
                body,
                wordWrap=True,
            )
        )
        inner.addWidget(team_box)
        inner.addWidget(charter_box)
        inner.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(self.button_row())

    def fill(self, detail: OpportunityDetail) -> None:
        facts = detail.facts
        for key, edit in self.team.items():
            edit.setText(getattr(facts, key))
        for key, box in self.charter.items():
            box.setPlainText(charter_text(facts.charter.get(key)))

    def read(self, facts: OpportunityFacts) -> OpportunityFacts:
        charter = dict(facts.charter)
        for key, _title, is_list in CHARTER_FIELDS:
            value = charter_value(self.charter[key].toPlainText(), is_list)
            original = facts.charter.get(key)
            if charter_text(original) == charter_text(value):
                continue  # unchanged text keeps the stored value as it was
            if value in ("", []):
                charter.pop(key, None)
            else:
                charter[key] = value
        team: dict[str, Any] = {key: edit.text().strip() for key, edit in self.team.items()}
        return replace(facts, charter=charter, **team)
