"""File ▸ Team on a team server: share the selected account with colleagues, and (managers)
hand one salesperson's records over to another (docs/team-server.md#security)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import ALL_CHANGED
from desktop.services.messages import UserError
from desktop.services.team_records import (
    Member,
    hand_over,
    is_team_manager,
    members,
    set_shares,
    sharing,
)

from .common.widgets import error_label, save_cancel
from .context import AppContext


class ShareDialog(QDialog):
    """Tick the colleagues who see and change the account and everything under it."""

    def __init__(self, ctx: AppContext, account_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.account_id = account_id
        name, shared = sharing(ctx.db, account_id)
        self.setWindowTitle(self.tr("Share {account}").format(account=name))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Colleagues ticked here see and change this account and everything under it: "
                "its people, opportunities, tenders, contracts and payments."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.colleagues = QListWidget(self)
        for member in members(ctx.db):
            if member.name == ctx.db.default_owner:
                continue
            item = QListWidgetItem(member.name, self.colleagues)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = member.name in shared
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        layout.addWidget(self.colleagues)
        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self))

    def ticked(self) -> set[str]:
        items = (self.colleagues.item(row) for row in range(self.colleagues.count()))
        return {i.text() for i in items if i.checkState() == Qt.CheckState.Checked}

    def accept(self) -> None:
        try:
            changes = set_shares(self.ctx.db, self.account_id, self.ticked())
        except UserError as error:
            self.error.setText(error.message.render(QCoreApplication.translate))
            self.error.show()
            return
        self.ctx.events.publish(changes)
        super().accept()


class HandOverDialog(QDialog):
    """A manager gives every record of one salesperson to another, in one transaction."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Hand over records"))
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        explain = QLabel(
            self.tr(
                "Every record of the first person becomes the second's, with the accounts "
                "shared with them; the change is recorded in each record's history."
            ),
            self,
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        team: list[Member] = members(ctx.db)
        self.source = QComboBox(self)
        self.target = QComboBox(self)
        for combo in (self.source, self.target):
            combo.addItems([m.name for m in team])
        if len(team) > 1:
            self.target.setCurrentIndex(1)
        self.note = QLineEdit(self)
        form.addRow(self.tr("From:"), self.source)
        form.addRow(self.tr("To:"), self.target)
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        self.error = error_label(self)
        layout.addWidget(self.error)
        layout.addWidget(save_cancel(self))
        self.moved = 0

    def accept(self) -> None:
        try:
            self.moved = hand_over(
                self.ctx.db,
                self.source.currentText(),
                self.target.currentText(),
                note=self.note.text().strip(),
            )
        except UserError as error:
            self.error.setText(error.message.render(QCoreApplication.translate))
            self.error.show()
            return
        self.ctx.events.publish(ALL_CHANGED)
        super().accept()


class TeamMenu(QMenu):
    """Share this account…, and for a manager Hand over records…"""

    def __init__(self, window, parent: QWidget) -> None:
        super().__init__(self.tr("&Team"), parent)
        self.window_ = window
        ctx: AppContext = window.ctx
        self.addAction(self.tr("&Share this account…"), self.share_account)
        if is_team_manager(ctx.db):
            self.addAction(
                self.tr("&Hand over records…"), lambda: HandOverDialog(ctx, window).exec()
            )

    def share_account(self) -> None:
        account_id = self.window_.accounts.current_account()
        if account_id is not None:
            ShareDialog(self.window_.ctx, account_id, self.window_).exec()


def add_team_menu(window, menu: QMenu, before: QAction | None = None) -> QMenu | None:
    """File ▸ Team, on a team server only (a file has no team), above ``before``."""
    if not window.ctx.db.server:
        return None
    team = TeamMenu(window, menu)
    if before is None:
        menu.addMenu(team)
    else:
        menu.insertMenu(before, team)
    return team
