"""File ▸ Export manager summary: whose records, in which language, with or without the
personal data of client staff."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.views.context import AppContext
from desktop.views.i18n import CHINESE, ENGLISH

from .personal_box import PersonalDataBox


class SummaryDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export manager summary"))
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("Everyone (merged)"), None)
        for name in ctx.services.accounts.owners():
            self.owner.addItem(name, name)
        self.language = QComboBox(self)
        self.language.addItem("English", ENGLISH)
        self.language.addItem("简体中文", CHINESE)
        self.language.setCurrentIndex(self.language.findData(ctx.language))
        self.personal = PersonalDataBox(self)
        note = QLabel(
            self.tr(
                "Pipeline by stage and owner, the 12-month forecast against target, commit "
                "against upside, won and lost deals, tenders due, receivables ageing with "
                "collection steps and limitation periods, with charts. Stance, personality, "
                "birthdays, families and interests of client staff stay out unless you tick "
                "the box above."
            ),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Records of"), self.owner)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.personal)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())
