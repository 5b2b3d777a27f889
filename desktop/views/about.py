"""Help ▸ About and Help ▸ Where is my data."""

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.services import paths


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())


class DataLocationDialog(QDialog):
    """Shows where the database, its backups, the logs and the settings are kept."""

    def __init__(self, database: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where is my data?"))
        form = QFormLayout()
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
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row_layout.addWidget(value)
            folder = path if path.is_dir() else path.parent
            button = QPushButton(self.tr("Open folder"), row)
            button.clicked.connect(
                lambda _checked=False, f=folder: QDesktopServices.openUrl(
                    QUrl.fromLocalFile(str(f))
                )
            )
            row_layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
            form.addRow(title, row)
        note = QLabel(
            self.tr(
                "Everything stays on this computer. The database is backed up automatically "
                "into the Backups folder; File ▸ Backup now adds one there at any time."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
