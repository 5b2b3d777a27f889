"""A form over part of an opportunity's facts, with Save and Revert; saving is one undoable
edit of the whole fact sheet (the other form's fields are kept as they are)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QWidget

from desktop.services.opportunities.deals import (
    OpportunityDetail,
    OpportunityFacts,
)
from desktop.services.versions import ChangedMeanwhile, reapply
from desktop.views.common.changed_meanwhile import offer_reload
from desktop.views.i18n import translate
from desktop.views.opportunities.editing import Editing


class FactsForm(QWidget):
    saved = Signal()

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.detail: OpportunityDetail | None = None
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #8a5a00")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.revert_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Reset)
        self.revert_button.setText(self.tr("Revert"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self._loading = False

    def button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.buttons)
        return row

    # ---- subclasses ----------------------------------------------------------------------

    def fill(self, detail: OpportunityDetail) -> None:
        """Show the detail's values in the widgets."""

    def read(self, facts: OpportunityFacts) -> OpportunityFacts:
        """``facts`` with this form's fields replaced by what the widgets hold."""
        return facts

    # ---- behaviour -------------------------------------------------------------------

    def load(self, detail: OpportunityDetail | None, *, keep_edits: bool = False) -> None:
        if keep_edits and self.is_dirty() and detail is not None:
            self.detail = detail
            self._update_state()
            return
        self.detail = detail
        self.setEnabled(detail is not None)
        if detail is not None:
            self._loading = True
            try:
                self.fill(detail)
            finally:
                self._loading = False
        self._update_state()

    def edited(self) -> None:
        """Connect every widget's change signal here."""
        if not self._loading:
            self._update_state()

    def is_dirty(self) -> bool:
        if self.detail is None:
            return False
        return self.read(self.detail.facts) != self.detail.facts

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.hint.setText(self.tr("Unsaved changes") if dirty else "")

    def revert(self) -> None:
        self.load(self.detail)

    def _changed_meanwhile(
        self, error: ChangedMeanwhile, read: OpportunityDetail, mine: OpportunityFacts
    ) -> None:
        """Offer the record as saved meanwhile with this form's edits on top, unsaved
        (docs/team-server.md#versions)."""
        self.hint.setText(error.message.render(translate))
        if not offer_reload(self, error):
            return
        fresh = self.editing.ctx.services.opportunities.detail(read.id)
        self.load(fresh)
        self._loading = True
        try:
            self.fill(replace(fresh, facts=reapply(read.facts, mine, fresh.facts)))
        finally:
            self._loading = False
        self._update_state()

    def save(self) -> bool:
        if self.detail is None or not self.is_dirty():
            return True
        detail = self.detail
        old = detail.facts
        new = self.read(old)
        service = self.editing.ctx.services.opportunities
        done = self.editing.change_record(
            self.tr("Edit “{name}”").format(name=new.name or old.name),
            "opportunity",
            detail.id,
            lambda: service.save_facts(detail.id, new, detail.version),
            lambda error: self._changed_meanwhile(error, detail, new),
        )
        if done:
            if self.detail is detail:  # not read again meanwhile: the save raised the version
                version = None if detail.version is None else detail.version + 1
                self.detail = replace(detail, facts=new, version=version)
            self._update_state()
            self.saved.emit()
        return done
