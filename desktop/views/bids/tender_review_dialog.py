"""Review what was read from a tender document before it becomes a tender: its data (editable),
its items by kind with where each came from (the paragraphs around it on a click), accept, edit
or reject each, then create the tender with its checklist (docs/tender-reading.md#review)."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import BidDecision
from desktop.services.bids.tender_reading import KINDS, TenderText
from desktop.services.bids.tender_review import ReviewItem, TenderDraft, edited, surrounding
from desktop.services.bids.tenders import OpportunityChoice
from desktop.services.messages import UserError
from desktop.views.common.formatting import display
from desktop.views.common.widgets import MoneyEdit
from desktop.views.context import AppContext
from desktop.views.i18n import translate

from .datetime_edit import OptionalDateTimeEdit
from .forms import error_label

INDEX_ROLE = Qt.ItemDataRole.UserRole + 1
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class TenderReviewDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        text: TenderText,
        draft: TenderDraft,
        items: list[ReviewItem],
        choices: list[OpportunityChoice],
        save: Callable[[TenderDraft, list[ReviewItem]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.text = text
        self.items = list(items)
        self._choices = choices
        self._save = save
        self.setWindowTitle(self.tr("New tender from {name}").format(name=text.name))
        self.opportunity = QComboBox(self)
        for choice in choices:
            caption = f"{choice.account} — {choice.name}"
            if choice.bid_decision is not BidDecision.BID:
                caption += f" ({display(choice.bid_decision)})"
            self.opportunity.addItem(caption, choice.id)
        self.opportunity.setCurrentIndex(-1)
        self.opportunity.setPlaceholderText(self.tr("Choose the opportunity it is for"))
        self.gate = QLabel(self)
        self.gate.setStyleSheet("color: #b3261e")
        self.gate.setVisible(False)
        self.override = QLineEdit(self)
        self.override.setPlaceholderText(self.tr("Why we bid although the decision was no-bid"))
        self.project = QLineEdit(draft.title, self)
        self.tender_no = QLineEdit(draft.tender_no, self)
        self.deadline = OptionalDateTimeEdit(self)
        self.deadline.set_value(draft.deadline)
        self.place = QLineEdit(draft.place, self)
        self.bond = MoneyEdit(self)
        self.bond.setMinimum(0)
        self.bond.setSpecialValueText("—")
        self.bond.set_decimal(draft.bond)
        form = QFormLayout()
        form.addRow(self.tr("Opportunity"), self.opportunity)
        form.addRow("", self.gate)
        form.addRow(self.tr("Bid anyway because"), self.override)
        self._form = form
        form.addRow(self.tr("Project"), self.project)
        form.addRow(self.tr("Tender number"), self.tender_no)
        form.addRow(self.tr("Submission deadline"), self.deadline)
        form.addRow(self.tr("Opening place"), self.place)
        form.addRow(self.tr("Bid bond"), self.bond)

        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Source"), self.tr("Template")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setColumnWidth(1, 190)
        self.tree.setColumnWidth(2, 150)
        self.tree.setWordWrap(True)
        self.groups: dict[str, QTreeWidgetItem] = {}
        self._fill()
        self.context = QTextBrowser(self)
        self.context.setPlaceholderText(
            self.tr("Click an item to see the paragraphs around it in the document.")
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.context)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setEnabled(False)
        hint = QLabel(
            self.tr(
                "Untick an item to leave it out; tick a kind to accept all of it. Items the "
                "checklist template already has are matched, not added twice. ★ clauses also "
                "start the deviation table."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.error = error_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create the tender"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemDoubleClicked.connect(lambda *_: self.edit_item())
        self.edit_button.clicked.connect(self.edit_item)
        self.opportunity.currentIndexChanged.connect(self._on_opportunity)
        self._on_opportunity()  # no choice yet: no override asked for
        self.resize(1100, 820)

    def _kind_caption(self, kind: str) -> str:
        return {
            "qualification": self.tr("Qualification requirements"),
            "substantive": self.tr("★ Substantive clauses"),
            "rejection": self.tr("Grounds for rejecting a bid"),
            "document": self.tr("Documents the bid must contain"),
            "other": self.tr("Other deadlines and requirements"),
        }[kind]

    def _fill(self) -> None:
        for kind in KINDS:
            indexes = [i for i, item in enumerate(self.items) if item.kind == kind]
            if not indexes:
                continue
            group = QTreeWidgetItem(self.tree)
            group.setText(0, f"{self._kind_caption(kind)} ({len(indexes)})")
            group.setFlags(
                group.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.groups[kind] = group
            for index in indexes:
                child = QTreeWidgetItem(group)
                child.setData(0, INDEX_ROLE, index)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, CHECKED)
                self._show(child)
            group.setExpanded(True)

    def _show(self, child: QTreeWidgetItem) -> None:
        item = self.items[child.data(0, INDEX_ROLE)]
        child.setText(0, item.text)
        child.setToolTip(0, item.text)
        child.setText(1, item.source)
        child.setText(2, self.tr("Matched") if item.matched else "")
        child.setToolTip(2, item.matched)

    def kind_items(self, kind: str) -> list[QTreeWidgetItem]:
        group = self.groups.get(kind)
        found = [group.child(i) for i in range(group.childCount())] if group else []
        return [child for child in found if child is not None]

    def accepted_items(self) -> list[ReviewItem]:
        return [
            self.items[child.data(0, INDEX_ROLE)]
            for kind in self.groups
            for child in self.kind_items(kind)
            if child.checkState(0) == CHECKED
        ]

    def _on_current(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        index = current.data(0, INDEX_ROLE) if current is not None else None
        item = self.items[index] if index is not None else None
        self.edit_button.setEnabled(item is not None and not item.matched)
        if item is None:
            self.context.clear()
            return
        paragraphs = []
        for own, paragraph in surrounding(self.text, item.block_index):
            escaped = html.escape(paragraph)
            paragraphs.append(
                f"<p style='background:#fff4c2'><b>{escaped}</b></p>"
                if own
                else f"<p>{escaped}</p>"
            )
        source = html.escape(item.source)
        self.context.setHtml(f"<p style='color:#555'>{source}</p>" + "".join(paragraphs))

    def edit_item(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        index = current.data(0, INDEX_ROLE)
        if index is None or self.items[index].matched:
            return
        text = self.ctx.dialogs.ask_text(
            self.tr("Edit item"), self.tr("Item"), self.items[index].text
        )
        if text and text.strip():
            self.items[index] = edited(self.items[index], text)
            self._show(current)
            current.setCheckState(0, CHECKED)

    def _choice(self) -> OpportunityChoice | None:
        index = self.opportunity.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def _on_opportunity(self, *_args) -> None:
        choice = self._choice()
        no_bid = choice is not None and choice.bid_decision is BidDecision.NO_BID
        # As in the tender dialog: the override is asked for only against a no-bid
        # (docs/domain.md#bid-decision).
        self.gate.setText(
            self.tr(
                "This opportunity is marked no-bid. To prepare a tender anyway, say why "
                "below; the reason is kept with the tender."
            )
            if no_bid
            else ""
        )
        self.gate.setVisible(no_bid)
        self.override.setVisible(no_bid)
        label = self._form.labelForField(self.override)
        if label is not None:
            label.setVisible(no_bid)

    def draft(self) -> TenderDraft:
        choice = self._choice()
        bond = self.bond.value_decimal()
        return TenderDraft(
            choice.id if choice else None,
            self.project.text().strip(),
            self.tender_no.text().strip(),
            self.deadline.value(),
            self.place.text().strip(),
            bond if bond > 0 else None,
            self.override.text().strip() if self.override.isVisibleTo(self) else "",
        )

    def accept(self) -> None:
        try:
            self._save(self.draft(), self.accepted_items())
        except UserError as error:
            self.error.setText(error.message.render(translate))
            return
        super().accept()
