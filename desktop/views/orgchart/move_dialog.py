""" "Left the client…" and "Moved to another client…" (docs/map-over-time.md): when, and for
a move, which of our clients they joined."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from .map_over_time import date_edit, day_of


class MoveDialog(QDialog):
    def __init__(
        self,
        name: str,
        today: date,
        accounts: list[tuple[int, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``accounts`` (id, name) to choose from: a move; None: leaving."""
        super().__init__(parent)
        moving = accounts is not None
        self.setWindowTitle(
            self.tr("Moved to another client") if moving else self.tr("Left the client")
        )
        self.day = date_edit(today, today, self)
        self.account = QComboBox(self)
        for account_id, account_name in accounts or []:
            self.account.addItem(account_name, account_id)
        explanation = QLabel(
            self.tr(
                "{name} becomes a person of the chosen client, with their visits and history; "
                "their roles and manager here are cleared, and a former coach is flagged there "
                "as a possible way in."
            ).format(name=name)
            if moving
            else self.tr(
                "{name} stays on the map, greyed, with their history; the coverage analysis "
                "no longer counts them."
            ).format(name=name),
            self,
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explanation)
        if moving:
            form.addRow(self.tr("Joined"), self.account)
        form.addRow(self.tr("On"), self.day)
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def chosen_day(self) -> date:
        return day_of(self.day)

    def chosen_account(self) -> int | None:
        return self.account.currentData()
