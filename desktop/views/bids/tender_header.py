"""The top of a tender: what it is, how long until the deadline, the bid/no-bid gate of its
opportunity, and what to worry about."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.models.enums import BidDecision, TenderResult
from desktop.services.bids.tenders import TenderDetail
from desktop.services.bids.warnings import Severity
from desktop.services.labels import localized
from desktop.views.common.formatting import display, format_datetime, format_number

from .text import render

GATE_STYLE = {
    BidDecision.BID: ("#e6f4ea", "#1e6b34"),
    BidDecision.NO_BID: ("#fde4e1", "#8e1b10"),
    BidDecision.UNDECIDED: ("#fff4d6", "#7a5200"),
}
SEVERITY_COLOUR = {
    Severity.DANGER: "#b3261e",
    Severity.WARNING: "#8a5a00",
    Severity.NOTICE: "#455a64",
}


def _warning_html(severity: Severity, text: str) -> str:
    return f'<span style="color:{SEVERITY_COLOUR[severity]}">■ {escape(text)}</span>'


class TenderHeader(QWidget):
    open_opportunity = Signal(int)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._opportunity_id: int | None = None
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.deadline = QLabel(self)
        self.deadline.setWordWrap(True)
        self.gate = QLabel(self)
        self.gate.setWordWrap(True)
        self.opportunity = QLabel(self)
        self.opportunity.setWordWrap(True)
        self.opportunity.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        gate_row = QHBoxLayout()
        gate_row.addWidget(self.gate)
        gate_row.addWidget(self.opportunity, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.deadline)
        layout.addLayout(gate_row)
        layout.addWidget(self.warnings)
        self.opportunity.linkActivated.connect(self._on_opportunity_clicked)
        self.show_tender(None)

    def show_tender(self, tender: TenderDetail | None) -> None:
        visible = tender is not None
        for widget in (self.subtitle, self.deadline, self.gate, self.opportunity, self.warnings):
            widget.setVisible(visible)
        if tender is None:
            self._opportunity_id = None
            self.title.setText(self.tr("No tender selected"))
            return
        data = tender.data
        self._opportunity_id = data.opportunity_id
        self.title.setText(data.title or data.tender_no)
        parts = [data.tender_no, data.buyer, data.agency, tender.account]
        self.subtitle.setText(" · ".join(p for p in dict.fromkeys(parts) if p))
        self.deadline.setText(self._deadline_text(tender))
        self.deadline.setStyleSheet("color: #b3261e; font-weight: bold" if tender.window else "")
        # None: a value no form writes (docs/field-rules.md), styled as not decided yet
        background, colour = GATE_STYLE.get(tender.bid_decision, GATE_STYLE[BidDecision.UNDECIDED])
        gate = self.tr("Bid/no-bid: {decision}").format(decision=display(tender.bid_decision))
        if tender.bid_decision is BidDecision.NO_BID and tender.no_bid_reason:
            gate += f" — {tender.no_bid_reason}"
        if data.no_bid_override:
            gate += " · " + self.tr("bid anyway: {reason}").format(reason=data.no_bid_override)
        self.gate.setText(gate)
        self.gate.setStyleSheet(
            f"background: {background}; color: {colour}; border-radius: 4px; padding: 2px 8px"
        )
        stage = localized(tender.stage_en, tender.stage_zh, self._language)
        link = self.tr("Opportunity: {name} ({stage})").format(name=tender.opportunity, stage=stage)
        self.opportunity.setText(f'<a href="opportunity">{escape(link)} ›</a>')
        self.opportunity.setToolTip(self.tr("Open the opportunity and its bid/no-bid decision"))
        lines = [_warning_html(w.severity, render(w.message)) for w in tender.warnings]
        self.warnings.setText("<br>".join(lines))
        self.warnings.setVisible(bool(lines))

    def show_empty(self, one_account: bool) -> None:
        """Say what to do when there is no tender to show at all."""
        self.title.setText(
            self.tr("No tenders for this account yet") if one_account else self.tr("No tenders yet")
        )
        self.subtitle.setText(
            self.tr(
                "New tender… prepares one for an open opportunity, with its own copy of the "
                "checklist template."
            )
        )
        self.subtitle.setVisible(True)

    def _deadline_text(self, tender: TenderDetail) -> str:
        data = tender.data
        if data.submission_deadline is None:
            return self.tr("Submission deadline not announced yet")
        when = format_datetime(data.submission_deadline)
        place = f" · {data.submission_place}" if data.submission_place else ""
        if tender.result is not TenderResult.PENDING:
            status = self.tr("result: {result}").format(result=display(tender.result))
        elif tender.submitted_at is not None:
            status = self.tr("submitted {when}").format(when=format_datetime(tender.submitted_at))
        elif tender.days_left is None or tender.days_left < 0:
            status = self.tr("deadline passed")
        elif tender.days_left == 0:
            status = self.tr("due today")
        else:
            status = self.tr("{days} days left").format(days=format_number(tender.days_left))
        return self.tr("Submission: {when} ({status}){place}").format(
            when=when, status=status, place=place
        )

    def _on_opportunity_clicked(self, _link: str = "") -> None:
        if self._opportunity_id is not None:
            self.open_opportunity.emit(self._opportunity_id)
