"""The bid / no-bid decision: "tracked ≠ must bid". Any of the three veto conditions means no
bid; without a veto the salesperson decides, and a no-bid needs a reason, asked for before the
dialog closes; clearing the last veto brings back "Bid" (docs/domain.md#bid-decision)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.opportunities import scoring
from desktop.services.opportunities import scoring_forms as forms
from desktop.services.opportunities.assessments import NO_BID_REASON, no_bid_reason
from desktop.views.common.widgets import OptionalDateEdit
from desktop.views.i18n import translate

from .dialog_layout import finish_dialog


class BidDecisionDialog(QDialog):
    def __init__(self, subject: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._vetoed = False  # whether "Do not bid" was set by a veto (undone with the last)
        self.setWindowTitle(self.tr("Bid / no-bid decision"))
        intro = QLabel(
            self.tr(
                "<b>{subject}</b>: tracking a project does not oblige us to bid. "
                "If any of these holds, we do not bid:"
            ).format(subject=subject),
            self,
        )
        intro.setWordWrap(True)
        vetoes = QGroupBox(self.tr("Veto conditions"), self)
        veto_layout = QVBoxLayout(vetoes)
        self.vetoes: dict[str, QCheckBox] = {}
        for veto in forms.VETOES:
            box = QCheckBox(veto.title.render(translate), vetoes)
            box.toggled.connect(self._update)
            veto_layout.addWidget(box)
            self.vetoes[veto.key] = box
        self.bid = QRadioButton(self.tr("Bid"), self)
        self.no_bid = QRadioButton(self.tr("Do not bid"), self)
        self.bid.setChecked(True)
        self.no_bid.toggled.connect(self._update)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why (required for a no-bid without a veto)"))
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 3 + 12)
        self.assessed_on_edit = OptionalDateEdit(self)
        self.assessed_on_edit.set_value(today)
        self.comment_edit = QLineEdit(self)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.bid)
        form.addRow("", self.no_bid)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Date"), self.assessed_on_edit)
        form.addRow(self.tr("Comment"), self.comment_edit)
        finish_dialog(self, intro, vetoes, form, self.outcome, save=True)
        self.resize(620, self.sizeHint().height())
        self._update()

    def answers(self) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {
            key: {"rating": box.isChecked(), "comment": ""} for key, box in self.vetoes.items()
        }
        found[forms.BID_KEY] = {
            "rating": self.bid.isChecked(),
            "comment": self.reason.toPlainText().strip(),
        }
        return found

    def assessed_on(self) -> date:
        return self.assessed_on_edit.value() or self._today

    def comment(self) -> str:
        return self.comment_edit.text().strip()

    def accept(self) -> None:
        """Close only with a reason for a no-bid (the same rule the save applies)."""
        if not scoring.decide_bid(self.answers()).bid and not no_bid_reason(self.answers()):
            self.outcome.setText(f"<b style='color:#b00020'>{NO_BID_REASON.render(translate)}</b>")
            self.reason.setFocus()
            return
        super().accept()

    def _update(self, *_args) -> None:
        vetoed = any(box.isChecked() for box in self.vetoes.values())
        self.bid.setEnabled(not vetoed)
        if vetoed != self._vetoed:
            self._vetoed = vetoed
            (self.no_bid if vetoed else self.bid).setChecked(True)
        if vetoed:
            text = self.tr("A veto condition holds: the opportunity is marked “no bid”.")
        elif self.no_bid.isChecked():
            text = self.tr("No bid, for the reason given.")
        else:
            text = self.tr("We bid. The Bid Checklist tab takes it from here.")
        self.outcome.setText(f"<b>{text}</b>")
