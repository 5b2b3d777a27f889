"""The reminders panel beside the tabs: what needs doing today and in the next days, across
every tab, grouped by kind and account (docs/actions.md#the-reminders-dock). Activating a
reminder opens the record it is about; open actions can be closed and visits logged from them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import ChangeSet
from desktop.services.contracts.reminder_groups import (
    EVERYTHING,
    NOTHING,
    AccountGroup,
    KindGroup,
    ReminderGroups,
    Scope,
    arranged,
    scope_of,
)
from desktop.services.contracts.reminders import Reminder, ReminderKind
from desktop.services.messages import UserError
from desktop.views.actions.action_dialog import close_action, push_action_edit, short
from desktop.views.common.formatting import format_date, format_number
from desktop.views.context import AppContext
from desktop.views.i18n import current_language
from desktop.views.orgchart.visit_dialog import VisitDialog

from .reminder_model import (
    ACCOUNT,
    KIND,
    MORE,
    REMINDER_ROLE,
    GroupDelegate,
    ReminderTreeModel,
)

FEW_ACCOUNTS = 3  # a kind with this many accounts or fewer shows them all opened


class RemindersDock(QDockWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.reminders
        self.account_id: int | None = None
        self.found: ReminderGroups | None = None
        self._loaded: dict = {}  # reminders of the account groups read so far, by group
        self.setObjectName("RemindersDock")
        self.setWindowTitle(self.tr("Reminders"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.model = ReminderTreeModel(self)
        self.model.load = self._read_group
        self.model.rowsInserted.connect(self._on_model_rows_inserted)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(GroupDelegate(self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(12)  # three levels in a narrow panel
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        # Rows are cut at the panel's edge rather than scrolled: money comes first in them.
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.empty = QLabel(self.tr("Nothing due. Enjoy the quiet."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6b6b6b")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.close_button = QPushButton(self.tr("Close…"), self)
        self.close_button.setToolTip(
            self.tr("Close the action as done or dropped, with its outcome")
        )
        self.visit_button = QPushButton(self.tr("Log a visit…"), self)
        self.visit_button.setToolTip(self.tr("Log a visit with the person the action is about"))
        buttons = QHBoxLayout()
        for button in (self.open_button, self.close_button, self.visit_button):
            button.setMinimumWidth(1)  # the buttons never widen the dock beyond its tree
            buttons.addWidget(button)
        buttons.addStretch(1)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self._pending = EVERYTHING  # what to read again when next shown
        self._contact_of: dict[int, int | None] = {}  # action id -> the person it is about
        self.tree.activated.connect(self._on_tree_activated)
        self.tree.customContextMenuRequested.connect(self._on_tree_context_menu)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self.open_button.clicked.connect(self.open_selected)
        self.close_button.clicked.connect(self.close_selected)
        self.visit_button.clicked.connect(self.log_visit_for_selected)
        ctx.events.data_changed.connect(self._on_events_data_changed)
        self._update_buttons()

    def _on_events_data_changed(self, changes: ChangeSet) -> None:
        scope = scope_of(changes)
        if not scope.kinds:
            return
        if self.isVisible():
            self.refresh(scope)
        else:
            self._pending |= scope

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending.kinds:
            self.refresh(self._pending)

    def set_account(self, account_id: int | None) -> None:
        """The current account's groups come first, opened: regrouped without reading again,
        but for that account's reminders if they were not read yet."""
        if account_id != self.account_id:
            self.account_id = account_id
            if self.found is not None:
                self._show(self.found)

    def reload(self) -> None:
        """Every reminder read again."""
        self.refresh(EVERYTHING)

    def refresh(self, scope: Scope) -> None:
        """The reminders ``scope`` covers read again, as after a change; the others kept, with
        the reminders of their accounts read so far (docs/speed.md#the-reminders-dock)."""
        self._pending = NOTHING
        self._contact_of.clear()
        if self.found is None or scope == EVERYTHING:
            self.found, scope = self.service.groups(), EVERYTHING
        else:
            self.found, scope = self.service.reread(self.found, scope)
        self._loaded = {key: items for key, items in self._loaded.items() if not scope.covers(*key)}
        self._show(self.found)

    def _show(self, found: ReminderGroups) -> None:
        self.heading.setText(
            self.tr("Today, {date}, and the next {days} days").format(
                date=format_date(found.today), days=format_number(found.days)
            )
        )
        kinds = arranged(found, self.account_id)
        opened = [g for g in self._opened(kinds) if g.items is None and g.key not in self._loaded]
        if opened:  # read together: a query per kind, not one per account
            self._loaded.update(self.service.items(opened, found.today, found.days))
        self.model.set_groups(kinds, found.today, self._loaded)
        self._span_and_expand(QModelIndex())
        self.empty.setVisible(self.model.rowCount() == 0)
        self.tree.setVisible(self.model.rowCount() > 0)
        self._update_buttons()

    def _opened(self, kinds: list[KindGroup]) -> list[AccountGroup]:
        """The account groups shown opened: all of a kind with few accounts, and the current
        account's."""
        return [
            group
            for kind in kinds
            for group in kind.accounts
            if len(kind.accounts) <= FEW_ACCOUNTS or group.account_id == self.account_id
        ]

    def _read_group(self, group: AccountGroup) -> tuple[Reminder, ...]:
        """An account opened by the user: its reminders, read now."""
        found = self.found
        if found is None:
            return ()
        return self.service.items([group], found.today, found.days).get(group.key, ())

    def _on_model_rows_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        """An account's reminders read when opened: its "show all" row spans the panel."""
        for row in range(first, last + 1):
            node = self.model.node(self.model.index(row, 0, parent))
            if node is not None and node.level == MORE:
                self.tree.setFirstColumnSpanned(row, parent, True)

    def _span_and_expand(self, parent: QModelIndex) -> None:
        """Group and "show all" rows span both columns; kinds open, and their accounts too
        when there are few of them or it is the current account."""
        rows = self.model.rowCount(parent)
        for row in range(rows):
            index = self.model.index(row, 0, parent)
            node = self.model.node(index)
            if node is None or node.level not in (KIND, ACCOUNT, MORE):
                continue
            self.tree.setFirstColumnSpanned(row, parent, True)
            if node.level == KIND:
                self.tree.expand(index)
                self._span_and_expand(index)
            elif node.level == ACCOUNT:
                group = node.payload
                current = isinstance(group, AccountGroup) and group.account_id == self.account_id
                if rows <= FEW_ACCOUNTS or current:
                    self.tree.expand(index)
                self._span_and_expand(index)

    # -- what is selected -------------------------------------------------------------------
    def selected(self) -> Reminder | None:
        return self.tree.currentIndex().siblingAtColumn(0).data(REMINDER_ROLE)

    def _selected_action(self) -> Reminder | None:
        reminder = self.selected()
        return reminder if reminder and reminder.kind is ReminderKind.ACTION else None

    def _contact(self, action_id: int) -> int | None:
        if action_id not in self._contact_of:
            about = self.ctx.services.actions.get(action_id)
            subject = self.ctx.services.actions.subject(about.about_kind, about.about_key)
            self._contact_of[action_id] = subject.contact_id
        return self._contact_of[action_id]

    def _update_buttons(self, *_args) -> None:
        action = self._selected_action()
        self.open_button.setEnabled(self.selected() is not None)
        self.close_button.setEnabled(action is not None and not self.ctx.db.read_only)
        self.visit_button.setEnabled(
            action is not None
            and not self.ctx.db.read_only
            and self._contact(action.record_id) is not None
        )

    # -- doing ------------------------------------------------------------------------------
    def _on_tree_activated(self, index: QModelIndex) -> None:
        node = self.model.node(index)
        if node is not None and node.level == MORE:
            self.show_all(index)
        elif index.siblingAtColumn(0).data(REMINDER_ROLE) is not None:
            self.open_selected()

    def show_all(self, index: QModelIndex) -> None:
        parent = index.parent()
        row = index.row()
        self.model.show_all(index)
        for number in range(row, self.model.rowCount(parent)):
            node = self.model.node(self.model.index(number, 0, parent))
            if node is not None and node.level in (ACCOUNT, MORE):
                self.tree.setFirstColumnSpanned(number, parent, True)
                self._span_and_expand(self.model.index(number, 0, parent))

    def open_selected(self) -> None:
        reminder = self.selected()
        if reminder is None:
            return
        if reminder.kind is not ReminderKind.ACTION:
            self.ctx.events.open_record.emit(reminder.record_kind, reminder.record_id)
            return
        try:
            action = self.ctx.services.actions.get(reminder.record_id)
        except UserError as error:
            self.ctx.dialogs.show_user_error(error)
            return
        subject = self.ctx.services.actions.subject(
            action.about_kind, action.about_key, current_language()
        )
        if subject.record_kind is not None and subject.record_id is not None:
            self.ctx.events.open_record.emit(subject.record_kind, subject.record_id)
        else:
            self.ctx.events.open_record.emit("account", action.account_id)

    def close_selected(self) -> None:
        action = self._selected_action()
        if action is not None:
            close_action(self.ctx, action.record_id, action.subject, self)

    def log_visit_for_selected(self) -> None:
        action = self._selected_action()
        contact_id = None if action is None else self._contact(action.record_id)
        if action is None or contact_id is None:
            return
        actions = self.ctx.services.actions
        text = self.tr("Log a visit for “{title}”").format(title=short(action.subject))

        def save(data) -> None:
            push_action_edit(
                self.ctx, text, lambda: actions.log_visit_edit(action.record_id, data, contact_id)
            )

        name = self.ctx.services.people.get(contact_id).name
        VisitDialog(name, self.ctx.clock.today(), save, parent=self).exec()

    def _on_tree_context_menu(self, point: QPoint) -> None:
        self.tree.setCurrentIndex(self.tree.indexAt(point))
        if self.selected() is None:
            return
        menu = QMenu(self)
        for button in (self.open_button, self.close_button, self.visit_button):
            if button.isEnabled():
                menu.addAction(button.text(), button.click)
        menu.exec(self.tree.viewport().mapToGlobal(point))
