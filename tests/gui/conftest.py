"""GUI fixtures: isolated QSettings, a fake dialog service, a context on the sample data."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from desktop import APP_NAME
from desktop.services.clock import FixedClock
from desktop.services.database import Database, open_database, open_server
from desktop.services.registry import Services
from desktop.views.context import AppContext
from desktop.views.i18n import install_translators
from desktop.views.prefs import Preferences
from tests.conftest import TODAY

W = TypeVar("W")


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> None:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@dataclass
class FakeDialogs:
    """Answers prompts without showing anything, and remembers what was asked."""

    answers: list[bool] = field(default_factory=list)
    texts: list[str | None] = field(default_factory=list)
    files: list[Path | None] = field(default_factory=list)
    shown: list[tuple[str, str, str]] = field(default_factory=list)
    prefilled: list[str] = field(default_factory=list)  # the text each ask_text started from
    parent: object = None

    def confirm(self, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return self.answers.pop(0) if self.answers else True

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def warn(self, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def error(self, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def show_user_error(self, error) -> None:
        self.shown.append(("user_error", "", str(error)))

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        self.shown.append(("ask_text", title, label))
        self.prefilled.append(text)
        return self.texts.pop(0) if self.texts else None

    def open_file(self, title: str, file_filter: str, directory: str = "") -> Path | None:
        self.shown.append(("open_file", title, file_filter))
        return self.files.pop(0) if self.files else None

    def save_file(self, title: str, file_filter: str, suggested: str = "") -> Path | None:
        self.shown.append(("save_file", title, file_filter))
        return self.files.pop(0) if self.files else None


def shown(qtbot, widget: W, size: tuple[int, int] | None = (1400, 900)) -> W:
    """``widget`` shown on screen (offscreen) at ``size``, closed after the test."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


def make_context(db: Database, dialogs: FakeDialogs, language: str = "en") -> AppContext:
    return AppContext(
        db=db,
        language=language,
        clock=FixedClock(TODAY),
        prefs=Preferences(),
        dialogs=dialogs,  # type: ignore[arg-type]
    )


@pytest.fixture
def ctx(demo_db: Database, dialogs: FakeDialogs) -> AppContext:
    return make_context(demo_db, dialogs)


@pytest.fixture
def chinese(qapp):
    """Switch the interface to Simplified Chinese for one test."""
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


@pytest.fixture
def english(qapp):
    """The English interface as the app installs it (its plural forms: "1 milestone")."""
    before = QLocale()
    install_translators(qapp, "en")
    yield
    QLocale.setDefault(before)


def wait_for_operations(qtbot) -> None:
    """Wait until the long work started from the window (``run_operation``) has finished and
    its callbacks have run."""
    from desktop.views.common import operation

    qtbot.waitUntil(lambda: not operation.running())


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The "changed meanwhile" questions put to the user, each answered "Reload and reapply my
    changes" (views/common/changed_meanwhile.py)."""
    from desktop.views.common import changed_meanwhile

    questions: list[str] = []

    def reload(parent: object, error: Any) -> bool:
        questions.append(error.message.render())
        return True

    monkeypatch.setattr(changed_meanwhile, "offer_reload", reload)
    return questions


@pytest.fixture
def colleague(ctx: AppContext) -> Iterator[Services]:
    """The services of the same database opened a second time, as a colleague's window
    would (on PostgreSQL, a second connection)."""
    other = open_server(ctx.db.server).db if ctx.db.server else open_database(ctx.db.path).db
    yield Services(other, FixedClock(TODAY))
    other.close()
