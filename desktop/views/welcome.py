"""The welcome on the first start: your name, the language, how to begin, and where the data
lives (docs/first-run.md)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.services import paths

from .about import DataLocations
from .i18n import CHINESE, ENGLISH, switch_translators


class Start(StrEnum):
    SAMPLE = "sample"  # explore the sample data
    EMPTY = "empty"  # my own book, empty the first time
    IMPORT = "import"  # my own book, importing a workbook straight away


@dataclass(frozen=True)
class WelcomeChoice:
    name: str
    language: str
    start: Start


def _label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    return label


class NamePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _label(self)
        self.name = QLineEdit(self)
        self.name.textChanged.connect(self.completeChanged)
        self.cancel_note = _label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.name)
        layout.addStretch(1)
        layout.addWidget(self.cancel_note)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Key Account Desk"))
        self.intro.setText(
            self.tr(
                "Your name, as colleagues know you. It is the owner of the records you create "
                "and the “checked by” of every tick, in every database you open."
            )
        )
        self.name.setPlaceholderText(self.tr("Your name"))
        self.cancel_note.setText(
            self.tr(
                "If you cancel, the app opens anyway and asks again at the next start. "
                "Everything you choose here can be changed later in Settings ▸ Preferences."
            )
        )

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class LanguagePage(QWizardPage):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _label(self)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.buttons: dict[str, QRadioButton] = {}
        # Each language in its own script, whatever the interface shows now.
        for code, text in ((ENGLISH, "English"), (CHINESE, "简体中文")):
            button = QRadioButton(text, self)
            button.setChecked(code == language)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Interface language"))
        self.intro.setText(
            self.tr(
                "The language of the menus and forms; it changes at once. Your records keep "
                "the language they were written in."
            )
        )

    def language(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())


class StartPage(QWizardPage):
    def __init__(self, book_exists: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book_exists = book_exists  # someone who used the app before keeps their book
        self.intro = _label(self)
        self.group = QButtonGroup(self)
        self.buttons = {start: QRadioButton(self) for start in Start}
        self.buttons[Start.EMPTY].setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for button in self.buttons.values():
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("How would you like to begin?"))
        self.intro.setText(
            self.tr("You can switch at any time with File ▸ Open database and File ▸ Import.")
        )
        self.buttons[Start.SAMPLE].setText(
            self.tr(
                "Explore the sample data (a fresh copy each time; nothing you do there is kept)"
            )
        )
        self.buttons[Start.EMPTY].setText(
            self.tr("Continue with my database")
            if self.book_exists
            else self.tr("Start my own book, empty")
        )
        self.buttons[Start.IMPORT].setText(
            self.tr("Start my own book by importing an Excel workbook now")
        )

    def start(self) -> Start:
        return next(start for start, button in self.buttons.items() if button.isChecked())


class DataPage(QWizardPage):
    def __init__(self, book: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.intro = _label(self)
        self.locations = DataLocations(book, self)
        self.outro = _label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.locations)
        layout.addStretch(1)
        layout.addWidget(self.outro)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where your data lives"))
        self.intro.setText(self.tr("Your data stays on this computer, in these places:"))
        self.outro.setText(
            self.tr(
                "Help ▸ Where is my data? shows these places again at any time. Your name and "
                "the language can be changed in Settings ▸ Preferences."
            )
        )

    def initializePage(self) -> None:
        wizard = self.wizard()
        sample = isinstance(wizard, WelcomeWizard) and wizard.start_page.start() is Start.SAMPLE
        self.locations.show_database(paths.demo_database() if sample else self.book)


class WelcomeWizard(QWizard):
    """Asks once; the language chosen is applied to the whole app at once (the translators
    are swapped, :attr:`translators` holds those in use)."""

    def __init__(
        self,
        language: str,
        translators: list[QTranslator],
        book: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.translators = translators
        self.language = language
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.name_page = NamePage(self)
        self.language_page = LanguagePage(language, self)
        self.start_page = StartPage(book.is_file(), self)
        self.data_page = DataPage(book, self)
        self.pages: list[NamePage | LanguagePage | StartPage | DataPage] = [
            self.name_page,
            self.language_page,
            self.start_page,
            self.data_page,
        ]
        for page in self.pages:
            self.addPage(page)
        self.language_page.group.buttonToggled.connect(self._on_language_toggled)
        self.retranslate()
        self.resize(640, 520)

    def _on_language_toggled(self, _button: QRadioButton, checked: bool) -> None:
        language = self.language_page.language()
        if not checked or language == self.language:
            return
        self.language = language
        app = QCoreApplication.instance()
        assert isinstance(app, QApplication)
        self.translators = switch_translators(app, self.translators, language)
        self.retranslate()  # now, not when the posted LanguageChange arrives

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome"))
        for which, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("Start")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(which, text)
        for page in self.pages:
            page.retranslate()

    def choice(self) -> WelcomeChoice:
        return WelcomeChoice(
            self.name_page.name.text().strip(), self.language, self.start_page.start()
        )
