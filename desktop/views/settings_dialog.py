"""Settings ▸ Preferences: a page per topic; tabs contribute their own pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
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

from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.settings import COMPANY_NAME
from desktop.services.settings_versions import SettingChangedMeanwhile, ShownSettings
from desktop.services.versions import ChangedMeanwhile

from .common.changed_meanwhile import refused_then
from .context import AppContext
from .i18n import CHINESE, ENGLISH, translate

NAME_NEEDED = QT_TRANSLATE_NOOP(
    "GeneralPage", "Your name: type the name your records and ticks should carry."
)


class SettingsPage(QWidget):
    """A page of the settings dialog: shows current values, saves them in one transaction."""

    def title(self) -> str:
        return self.windowTitle()

    def save(self) -> None:
        """Write the page's values; raise UserError to keep the dialog open with a message.
        Settings are written through services (``SettingKey.set``), which keep what someone
        else changed meanwhile unless the user changed it too (``ShownSettings``); records
        are checked by their version (docs/team-server.md#versions)."""

    def saved(self) -> None:
        """The dialog's transaction committed: write what is kept on this computer rather than
        in the database (QSettings), which a refused save must leave as it was."""

    def take_edits(self, refused: SettingsPage) -> None:
        """This page was built again after a refused save, reading what is stored now with
        the user's changes of settings on top: show the user's other edits made on
        ``refused`` (the page as it was), e.g. to records, on top too."""


# Makes a page for a context; tabs list theirs in ``BaseTab.settings_pages``.
PageFactory = Callable[[AppContext, QWidget], SettingsPage]


class GeneralPage(SettingsPage):
    """Your name, the language and the company: what the welcome asked (docs/first-run.md)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.shown_owner = ctx.db.default_owner
        self.owner = QLineEdit(ctx.db.default_owner, self)
        self.owner.setPlaceholderText(self.tr("Your name, as it should appear on your records"))
        hint = QLabel(
            self.tr(
                "New records carry this name as their owner, and every tick and change "
                "records it as who did it, so that a manager who merges several "
                "salespeople's files can tell whose they are."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.company = QLineEdit(ctx.services.settings.get(COMPANY_NAME), self)
        self.company.setPlaceholderText(self.tr("Your company, as tender results name it"))
        form = QFormLayout(self)
        self.language = QComboBox(self)
        for code, text in (
            ("", self.tr("System default")),
            (ENGLISH, "English"),
            (CHINESE, "简体中文"),
        ):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.prefs.language)))
        form.addRow(self.tr("Your name"), self.owner)
        form.addRow(hint)
        form.addRow(self.tr("Language"), self.language)
        restart = QLabel(self.tr("A new language is used from the next start."), self)
        restart.setWordWrap(True)
        form.addRow(restart)
        form.addRow(self.tr("Our company"), self.company)

    def title(self) -> str:
        return self.tr("General")

    def take_edits(self, refused: SettingsPage) -> None:
        assert isinstance(refused, GeneralPage)
        if refused.owner.text() != refused.shown_owner:
            self.owner.setText(refused.owner.text())
        self.language.setCurrentIndex(refused.language.currentIndex())

    def save(self) -> None:
        owner = self.owner.text().strip()
        if not owner and self.ctx.db.default_owner:  # ticks would record nobody
            raise UserError(NAME_NEEDED)
        if owner != self.ctx.db.default_owner:
            self.ctx.db.set_default_owner(owner)
        self.ctx.services.settings.set(COMPANY_NAME, self.company.text().strip())

    def saved(self) -> None:
        self.ctx.prefs.user_name = self.owner.text().strip()  # for databases opened later
        # Used from the next start, like Settings ▸ Language.
        self.ctx.prefs.language = self.language.currentData()


class SettingsDialog(QDialog):
    def __init__(
        self, ctx: AppContext, factories: Sequence[PageFactory], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preferences"))
        self.factories = [GeneralPage, *factories]
        self.shown = ShownSettings(ctx.db)  # read before the pages, see its docstring
        self.pages: list[SettingsPage] = [factory(ctx, self) for factory in self.factories]
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
        """Save every page in one transaction: all of it, or nothing when a page refuses."""
        owner = self.ctx.db.default_owner
        number, refusal = 0, None
        try:
            with self.ctx.db.together() as s, self.shown.saving(s):
                for number, page in enumerate(self.pages):
                    self.shown.page(page.title())
                    try:
                        page.save()
                    except ChangedMeanwhile as changed:  # go on: the reload keeps every edit
                        refusal = refusal or (number, changed)
                self.shown.refuse()
                if refusal:
                    number = refusal[0]
                    raise refusal[1]
        except UserError as error:
            self.ctx.db.default_owner = owner  # rolled back with the rest
            if isinstance(error, SettingChangedMeanwhile):
                number = [page.title() for page in self.pages].index(error.page)
            self.index.setCurrentRow(number)
            if isinstance(error, ChangedMeanwhile):
                refused_then(self, error, self._reload, self.error.setText)
            else:
                self.error.setText(error.message.render(translate))
            return
        for page in self.pages:
            page.saved()
        super().accept()

    def _reload(self) -> None:
        """Every page built again on what is stored now, with the user's edits on top."""
        with self.shown.reloaded():
            pages = [factory(self.ctx, self) for factory in self.factories]
        for number, (old, new) in enumerate(zip(self.pages, pages, strict=True)):
            new.take_edits(old)
            self.stack.removeWidget(old)
            self.stack.insertWidget(number, new)
            old.deleteLater()
        self.pages = pages
        self.stack.setCurrentIndex(self.index.currentRow())
