"""One opportunity, edited: a header with its key numbers and tabs for the fact sheet, team
and charter, stage, decision group, score card and deal strategy sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.models.enums import BidDecision
from desktop.services.labels import label, localized
from desktop.services.opportunities.deals import OpportunityDetail
from desktop.views.common.formatting import format_date
from desktop.views.i18n import current_language, translate

from .amounts import money
from .decision_group_panel import DecisionGroupPanel
from .editing import Editing
from .fact_sheet_panel import FactSheetPanel
from .rich_text import escape_html
from .score_card_panel import ScoreCardPanel
from .stage_panel import StagePanel
from .strategy_panel import StrategyPanel
from .team_charter_panel import TeamCharterPanel


class OpportunityEditor(QWidget):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.service = editing.ctx.services.opportunities
        self.detail: OpportunityDetail | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.facts = FactSheetPanel(editing, self.tabs)
        self.team = TeamCharterPanel(editing, self.tabs)
        self.stage = StagePanel(editing, self.tabs)
        self.group = DecisionGroupPanel(editing, self.tabs)
        self.scores = ScoreCardPanel(editing, self.tabs)
        self.strategy = StrategyPanel(editing, self.tabs)
        self.tabs.addTab(self.facts, self.tr("Fact sheet"))
        self.tabs.addTab(self.team, self.tr("Team and charter"))
        self.tabs.addTab(self.stage, self.tr("Stage"))
        self.tabs.addTab(self.group, self.tr("Decision group"))
        self.tabs.addTab(self.scores, self.tr("Score card"))
        self.tabs.addTab(self.strategy, self.tr("Strategy"))
        self.placeholder = QLabel(self.tr("Select an opportunity to see and edit it."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #5f6368")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.placeholder, 1)
        self.show_opportunity(None)

    @property
    def opportunity_id(self) -> int | None:
        return None if self.detail is None else self.detail.id

    def is_dirty(self) -> bool:
        return self.facts.is_dirty() or self.team.is_dirty()

    def save_pending(self) -> bool:
        """Save unsaved form edits; False when one was refused."""
        return self.facts.save() and self.team.save()

    def discard_pending(self) -> None:
        self.facts.revert()
        self.team.revert()

    def show_opportunity(self, opportunity_id: int | None, *, keep_edits: bool = False) -> None:
        if opportunity_id is not None and not self.service.exists(opportunity_id):
            opportunity_id = None
        self.detail = None if opportunity_id is None else self.service.detail(opportunity_id)
        detail = self.detail
        self.tabs.setVisible(detail is not None)
        self.placeholder.setVisible(detail is None)
        self.title.setVisible(detail is not None)
        self.summary.setVisible(detail is not None)
        self.facts.load(detail, keep_edits=keep_edits)
        self.team.load(detail, keep_edits=keep_edits)
        self.stage.show_opportunity(opportunity_id)
        self.group.show_opportunity(opportunity_id)
        self.scores.show_opportunity(detail)
        self.strategy.show_opportunity(opportunity_id)
        if detail is None:
            self.title.clear()
            self.summary.clear()
            return
        self.title.setText(f"<h2 style='margin:0'>{escape_html(detail.facts.name)}</h2>")
        self.summary.setText(self._summary(detail))

    def _summary(self, detail: OpportunityDetail) -> str:
        stage = localized(detail.stage_en, detail.stage_zh, current_language())
        bid = detail.bid_decision
        bid_text = label(bid, translate)
        if bid is BidDecision.NO_BID:
            bid_text = f"<b style='color:#b3261e'>{bid_text}</b>"
        parts = [
            escape_html(detail.account),
            self.tr("{stage} · {percent} %").format(stage=stage, percent=detail.probability),
            self.tr("{amount} → weighted {weighted}").format(
                amount=money(detail.facts.amount), weighted=money(detail.weighted)
            ),
            label(detail.facts.forecast_category, translate),
            self.tr("decision {date}").format(
                date=format_date(detail.facts.expected_decision_date) or "—"
            ),
            self.tr("bid decision: {decision}").format(decision=bid_text),
        ]
        if detail.owner:
            parts.append(self.tr("owner {owner}").format(owner=escape_html(detail.owner)))
        return " · ".join(parts)
