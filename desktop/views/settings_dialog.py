"""Settings ▸ Preferences: a page per topic; tabs contribute their own pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.messages import UserError
from desktop.services.settings import COMPANY_NAME

from .context import AppContext
from .i18n import translate


class SettingsPage(QWidget):
    """A page of the settings dialog: shows current values, saves them in one transaction."""

    def title(self) -> str:
        return self.windowTitle()

    def save(self) -> None:
        """Write the page's values; raise UserError to keep the dialog open with a message."""


# Makes a page for a context; tabs list theirs in ``BaseTab.settings_pages``.
PageFactory = Callable[[AppContext, QWidget], SettingsPage]


class GeneralPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.owner = QLineEdit(ctx.db.default_owner, self)
        self.owner.setPlaceholderText(self.tr("Your name, as it should appear on your records"))
        hint = QLabel(
            self.tr(
                "New records carry this name as their owner, so that a manager who merges "
                "several salespeople's files can tell whose they are."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.company = QLineEdit(ctx.services.settings.get(COMPANY_NAME), self)
        self.company.setPlaceholderText(self.tr("Your company, as tender results name it"))
        form = QFormLayout(self)
        form.addRow(self.tr("Default owner"), self.owner)
        form.addRow(hint)
        form.addRow(self.tr("Our company"), self.company)

    def title(self) -> str:
        return self.tr("General")

    def save(self) -> None:
        owner = self.owner.text().strip()
        if owner != self.ctx.db.default_owner:
            self.ctx.db.set_default_owner(owner)
        self.ctx.services.settings.set(COMPANY_NAME, self.company.text().strip())


class SettingsDialog(QDialog):
    def __init__(
        self, ctx: AppContext, factories: Sequence[PageFactory], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preferences"))
        self.pages: list[SettingsPage] = [GeneralPage(ctx, self)]
        self.pages += [factory(ctx, self) for factory in factories]
        self.index = QListWidget(self)
        self.stack = QStackedWidget(self)
        for page in self.pages:
            self.index.addItem(page.title())
            self.stack.addWidget(page)
        self.index.setFixedWidth(max(160, self.index.sizeHintForColumn(0) + 24))
        self.index.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.index.setCurrentRow(0)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def accept(self) -> None:
        for number, page in enumerate(self.pages):
            try:
                page.save()
            except UserError as error:
                self.index.setCurrentRow(number)
                self.error.setText(error.message.render(translate))
                return
        super().accept()
