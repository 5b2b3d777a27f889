"""The account list beside the tabs: search, select, add, edit, delete (to the trash, undoably)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import ACCOUNTS, ChangeSet
from desktop.services.messages import UserError
from desktop.views.common.read_only import edits

from .i18n import translate

# The list shows before the database is open in full (docs/speed.md#start-up): what needs
# the models loads with ``attach``.
if TYPE_CHECKING:
    from desktop.services.accounts import AccountRow
    from desktop.services.first_look import FirstAccount

    from .context import AppContext

Index = QModelIndex | QPersistentModelIndex
ACCOUNT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class AccountListModel(QAbstractListModel):
    """Row 0 is "All accounts" (id None); then the accounts matching the search."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: Sequence[AccountRow | FirstAccount] = []

    def set_rows(self, rows: Sequence[AccountRow | FirstAccount]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows) + 1

    def row_of(self, account_id: int | None) -> int:
        if account_id is None:
            return 0
        for number, row in enumerate(self._rows, start=1):
            if row.id == account_id:
                return number
        return -1

    def first_account(self) -> int | None:
        return self._rows[0].id if self._rows else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.row() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("AccountListModel", "All accounts")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        row = self._rows[index.row() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [row.name, row.region]
            if row.customer_class:
                from desktop.services.labels import label

                parts.append(label(row.customer_class, translate))
            return " · ".join(p for p in parts if p)
        if role == ACCOUNT_ID_ROLE:
            return row.id
        return None


class AccountListPanel(QWidget):
    account_selected = Signal(object)  # int | None

    def __init__(self, ctx: AppContext | None, parent: QWidget | None = None) -> None:
        """Without ``ctx`` the list waits for ``attach``; ``show_rows`` fills it meanwhile."""
        super().__init__(parent)
        # Deleting accounts, undone in time order with the tabs' edits (Edit ▸ Undo).
        self.undo_stack = QUndoStack(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search accounts…"))
        self.search.setClearButtonEnabled(True)
        self.model = AccountListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        # Long names end in "…" (the tooltip has them whole) rather than scrolling sideways.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.add_button = self._button(self.tr("New"), self.tr("Add an account"), self.add_account)
        self.edit_button = self._button(
            self.tr("Edit"), self.tr("Edit the account"), self.edit_account
        )
        self.delete_button = self._button(
            self.tr("Delete"),
            self.tr("Delete the account and all its records"),
            self.delete_account,
        )
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.view.selectionModel().currentChanged.connect(self._on_view_current_changed)
        self.view.doubleClicked.connect(lambda _index: self.edit_account())
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Work on the open database: its full list, keeping the selection."""
        self.ctx = ctx
        self.service = ctx.services.accounts
        self.trash = ctx.services.trash
        ctx.undo.add(self.undo_stack)
        ctx.events.data_changed.connect(self._on_events_data_changed)
        self.reload()

    def show_rows(self, rows: Sequence[FirstAccount]) -> None:
        """The accounts read before the database opened in full (``services.first_look``)."""
        self.model.set_rows(rows)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = edits(QToolButton(self))  # each of them changes the database
        button.setText(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def current_account(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ACCOUNT_ID_ROLE) if index.isValid() else None

    def reload(self) -> None:
        selected = self.current_account()
        self.model.set_rows(self.service.list(self.search.text()))
        self.select(selected)

    def select(self, account_id: int | None) -> None:
        row = max(self.model.row_of(account_id), 0)
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._update_buttons()

    def _on_view_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        self.account_selected.emit(current.data(ACCOUNT_ID_ROLE) if current.isValid() else None)

    def _update_buttons(self) -> None:
        has_account = self.current_account() is not None
        self.edit_button.setEnabled(has_account)
        self.delete_button.setEnabled(has_account)

    def _on_events_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(ACCOUNTS):
            self.reload()

    def add_account(self) -> None:
        from .account_dialog import AccountDialog

        dialog = AccountDialog(self.service, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.ctx.events.publish(ChangeSet.of(ACCOUNTS, account_id=dialog.saved_id))
            self.select(dialog.saved_id)

    def edit_account(self) -> None:
        account_id = self.current_account()
        if account_id is None:
            return
        from .account_dialog import AccountDialog

        dialog = AccountDialog(self.service, account_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.events.publish(ChangeSet.of(ACCOUNTS, account_id=account_id))

    def delete_account(self) -> None:
        account_id = self.current_account()
        if account_id is None:
            return
        name = self.model.data(self.view.currentIndex())
        question = self.tr(
            "Move {name} with all its people, opportunities, tenders and contracts to the "
            "trash? Undo (Ctrl+Z) brings it back, and Edit ▸ Trash can restore it for 30 days."
        ).format(name=name)
        if not self.ctx.dialogs.confirm(self.tr("Delete account"), question):
            return
        self.select(None)  # the tabs leave the account before it goes
        from .common.undo import push_trash

        try:
            push_trash(
                self.undo_stack,
                self.tr("Delete account {name}").format(name=name),
                self.trash,
                "account",
                account_id,
                self.ctx.events.publish,
            )
        except UserError as error:
            self.select(account_id)
            self.ctx.dialogs.show_user_error(error)
