"""The reminders panel beside the tabs: what needs doing today and in the next days, across
every tab. Activating a reminder opens the record it is about."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import (
    ACCOUNTS,
    CONTACTS,
    CONTRACTS,
    SETTINGS,
    TENDERS,
    ChangeSet,
)
from desktop.services.contracts.reminders import Reminder, ReminderKind
from desktop.views.common.formatting import format_date, format_datetime, format_number
from desktop.views.context import AppContext

from .text import BAD, WARN, money

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1  # (record kind, id) of a reminder item
WATCHED = frozenset({ACCOUNTS, CONTACTS, CONTRACTS, SETTINGS, TENDERS})
ORDER = (
    ReminderKind.OVERDUE,
    ReminderKind.DUE,
    ReminderKind.LIMITATION,
    ReminderKind.DELIVERY,
    ReminderKind.EXCEPTION,
    ReminderKind.TENDER,
    ReminderKind.BIRTHDAY,
)


class RemindersDock(QDockWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = ctx.services.reminders
        self.setObjectName("RemindersDock")
        self.setWindowTitle(self.tr("Reminders"))
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self._stale = True
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        ctx.events.data_changed.connect(self._on_events_data_changed)

    def _on_events_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*WATCHED):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        found = self.service.current()
        today = found.today
        self.heading.setText(
            self.tr("Today, {date}, and the next {days} days").format(
                date=format_date(today), days=format_number(found.days)
            )
        )
        self.tree.clear()
        titles = self._titles()
        for kind in ORDER:
            items = found.of(kind)
            total = found.totals.get(kind, 0)
            if not total:
                continue
            group = QTreeWidgetItem(self.tree, [titles[kind].format(count=format_number(total))])
            group.setFirstColumnSpanned(True)
            font = QFont(group.font(0))
            font.setBold(True)
            group.setFont(0, font)
            for reminder in items:
                when, what = self._texts(reminder, today)
                item = QTreeWidgetItem(group, [when, what])
                item.setData(0, RECORD_ROLE, (reminder.record_kind, reminder.record_id))
                item.setToolTip(1, f"{what}\n{reminder.account}")
                colour = self._colour(reminder, today)
                if colour is not None:
                    item.setForeground(0, QBrush(colour))
            if total > len(items):
                more = QTreeWidgetItem(
                    group,
                    [
                        "",
                        self.tr("… and {count} more").format(
                            count=format_number(total - len(items))
                        ),
                    ],
                )
                more.setDisabled(True)
            group.setExpanded(True)
        if self.tree.topLevelItemCount() == 0:
            empty = QTreeWidgetItem(self.tree, [self.tr("Nothing due. Enjoy the quiet.")])
            empty.setFirstColumnSpanned(True)
            empty.setDisabled(True)

    def _titles(self) -> dict[ReminderKind, str]:
        return {
            ReminderKind.OVERDUE: self.tr("Overdue payments ({count})"),
            ReminderKind.DUE: self.tr("Payments falling due ({count})"),
            ReminderKind.LIMITATION: self.tr("Limitation periods running out ({count})"),
            ReminderKind.DELIVERY: self.tr("Deliveries due ({count})"),
            ReminderKind.EXCEPTION: self.tr("Shipping exceptions to close ({count})"),
            ReminderKind.TENDER: self.tr("Tender deadlines ({count})"),
            ReminderKind.BIRTHDAY: self.tr("Birthdays ({count})"),
        }

    def _relative(self, day: date, today: date) -> str:
        days = (day - today).days
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        if days > 1:
            return self.tr("In {days} days").format(days=format_number(days))
        return self.tr("{days} days ago").format(days=format_number(-days))

    def _texts(self, r: Reminder, today: date) -> tuple[str, str]:
        """(when, what); amounts come first in "what", so that a narrow panel cuts the
        milestone's name rather than the money."""
        kind = r.kind
        money_first = "" if r.amount is None else f"{money(r.amount)} · "
        what = f"{money_first}{r.reference} · {r.subject}"
        if kind is ReminderKind.OVERDUE:
            days = format_number((today - r.day).days)
            return self.tr("{days} days overdue").format(days=days), what
        if kind is ReminderKind.LIMITATION:
            when = self.tr("Expired {date}") if r.expired else self.tr("Expires {date}")
            return when.format(date=format_date(r.day)), what
        if kind is ReminderKind.EXCEPTION:
            what = self.tr("{contract}: exception approved by {approver}").format(
                contract=r.reference, approver=r.subject
            )
        elif kind is ReminderKind.TENDER:
            return format_datetime(r.moment), what
        elif kind is ReminderKind.BIRTHDAY:
            what = f"{r.subject} · {r.reference or r.account}"
        return self._relative(r.day, today), what

    @staticmethod
    def _colour(r: Reminder, today: date):
        if r.kind in (ReminderKind.OVERDUE, ReminderKind.LIMITATION):
            return BAD
        if r.day < today:
            return BAD
        if r.day == today:
            return WARN
        return None

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, RECORD_ROLE)
        if target:
            kind, record_id = target
            self.ctx.events.open_record.emit(kind, record_id)
