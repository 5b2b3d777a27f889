"""Adding or editing a line of the deviation table."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Deviation, DeviationType
from desktop.services.bids.deviations import DeviationData
from desktop.services.messages import UserError
from desktop.services.versions import ChangedMeanwhile, ReadRecord
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.widgets import EnumCombo
from desktop.views.i18n import translate

from .forms import error_label, save_cancel


class DeviationDialog(QDialog):
    """Collects a line; ``save`` (given by the caller) writes it and may refuse it."""

    def __init__(self, data: DeviationData | None, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        # the line edited, when its version guards the save (docs/team-server.md#versions)
        self.record: ReadRecord[DeviationData] | None = None
        self.setWindowTitle(
            self.tr("New deviation line") if data is None else self.tr("Edit deviation line")
        )
        self.kind = EnumCombo(DeviationType, self, allow_none=False)
        self.clause = QLineEdit(self)
        self.requirement = QPlainTextEdit(self)
        self.response = QPlainTextEdit(self)
        self.deviation = EnumCombo(Deviation, self, allow_none=False)
        self.strategy = QPlainTextEdit(self)
        for edit in (self.requirement, self.response, self.strategy):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
        self.error = error_label(self)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Clause"), self.clause)
        form.addRow(self.tr("Tender requirement"), self.requirement)
        form.addRow(self.tr("Our response"), self.response)
        form.addRow(self.tr("Deviation"), self.deviation)
        form.addRow(self.tr("Strategy"), self.strategy)
        buttons = save_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        if data is not None:
            self._load(data)

    def _load(self, data: DeviationData) -> None:
        self.kind.set_value(data.kind)
        self.clause.setText(data.clause)
        self.requirement.setPlainText(data.requirement)
        self.response.setPlainText(data.response)
        self.deviation.set_value(data.deviation)
        self.strategy.setPlainText(data.strategy)

    def data(self) -> DeviationData:
        return DeviationData(
            self.kind.chosen(),
            self.clause.text(),
            self.requirement.toPlainText(),
            self.response.toPlainText(),
            self.deviation.chosen(),
            self.strategy.toPlainText(),
        )

    def accept(self) -> None:
        try:
            self._save(self.data())
        except ChangedMeanwhile as error:
            if self.record is None:
                self.error.setText(error.message.render(translate))
            else:
                refused(self, error, self.record, self.data(), self._load, self.error.setText)
            return
        except UserError as error:
            self.error.setText(error.message.render(translate))
            return
        super().accept()
