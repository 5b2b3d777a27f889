"""Help ▸ About (version, data location, licences) and Help ▸ Where is my data."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.services import paths
from desktop.services.licences import components


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path if path.is_dir() else path.parent)))


class DataLocations(QWidget):
    """Where the database, its backups, the logs and the settings are kept, each with a
    button opening its folder, and how backups work (the About box, Help ▸ Where is my
    data? and the welcome's last page show the same facts)."""

    def __init__(
        self, database: Path | None, parent: QWidget | None = None, *, server: str = ""
    ) -> None:
        super().__init__(parent)
        self.server = server  # a team server's label: its data is not on this computer
        self.form = QFormLayout()
        self.form.setContentsMargins(0, 0, 0, 0)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        self.show_database(database)

    def show_database(self, database: Path | None) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        locations: list[tuple[str, Path]] = []
        if database is not None:
            locations += [
                (self.tr("Database"), database),
                (self.tr("Backups"), paths.backup_dir_for(database, create=False)),
                (self.tr("Attached files"), paths.attachments_dir_for(database, create=False)),
            ]
        locations += [
            (self.tr("Log files"), paths.log_dir()),
            (self.tr("Settings"), Path(QSettings().fileName())),
        ]
        for title, path in locations:
            row = QWidget(self)
            row_layout = QVBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            value = QLabel(str(path), row)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row_layout.addWidget(value)
            button = QPushButton(self.tr("Open folder"), row)
            button.clicked.connect(lambda _checked=False, p=path: open_folder(p))
            row_layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
            self.form.addRow(title, row)
        if self.server:
            self.form.insertRow(0, self.tr("Team server"), QLabel(self.server, self))
            self.note.setText(
                self.tr(
                    "Your data is on the team server; its administrator backs it up with "
                    "PostgreSQL's own tools. Its password is never stored on this computer "
                    "outside the system key ring."
                )
            )
            return
        self.note.setText(
            self.tr(
                "Everything stays on this computer. The database is backed up automatically "
                "into the Backups folder; File ▸ Backup now adds one there at any time."
            )
        )


class LicenceList(QWidget):
    """The bundled components, each with its licence; the selected one's text below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.components = components()
        self.list = QListWidget(self)
        for component in self.components:
            self.list.addItem(f"{component.name} · {component.licence}")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.setCurrentRow(0)

    def _on_list_current_row_changed(self, row: int) -> None:
        self.text.setPlainText(self.components[row].text() if row >= 0 else "")


class AboutDialog(QDialog):
    def __init__(self, database: Path | str | None = None, parent: QWidget | None = None) -> None:
        """``database``: the file, or a team server's label."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Key Account Desk"))
        text = QLabel(self)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setText(
            "<h2>{title}</h2><p>{version}</p><p>{purpose}</p><p>{privacy}</p><p><small>{stack}</small></p>".format(
                title=self.tr("Key Account Desk"),
                version=self.tr("Version {version}").format(version=__version__),
                purpose=self.tr(
                    "For key-account managers who sell large projects through tenders: the "
                    "client's buying organisation, opportunity scoring and forecast, the bid "
                    "checklist and contract follow-up, all offline on your computer."
                ),
                privacy=self.tr("Your data stays on this computer unless you export it."),
                stack=f"Python {platform.python_version()} · Qt for Python {pyside_version}",
            )
        )
        self.location = QLabel(self)
        self.location.setWordWrap(True)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location.setText(
            self.tr("Your data: {path} (Help ▸ Where is my data? shows the backups too).").format(
                path=database if database is not None else self.tr("not saved to a file")
            )
        )
        notice = QLabel(self)
        notice.setWordWrap(True)
        notice.setTextFormat(Qt.TextFormat.RichText)
        notice.setOpenExternalLinks(True)
        notice.setText(
            self.tr(
                "Key Account Desk is built with these components, each under its own licence. "
                "Qt and Qt for Python are used under the GNU LGPL version 3: you may replace "
                "the Qt libraries that come with the application by your own build of them; "
                'their source code is available from <a href="{url}">{url}</a>.'
            ).format(url="https://download.qt.io/official_releases/QtForPython/")
        )
        self.licences = LicenceList(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.location)
        layout.addWidget(notice)
        layout.addWidget(self.licences, 1)
        layout.addWidget(buttons)
        self.resize(620, 720)


class DataLocationDialog(QDialog):
    """Shows where the database, its backups, the logs and the settings are kept."""

    def __init__(
        self, database: Path | None, parent: QWidget | None = None, *, server: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where is my data?"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(DataLocations(database, self, server=server))
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
