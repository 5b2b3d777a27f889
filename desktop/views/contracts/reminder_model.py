"""The reminders as a tree: kinds, then accounts, then the reminders, each level short (the
first few, then a "show all" row) and an account's reminders read when it is opened, so that
thousands of overdue payments and actions stay readable and cheap to show
(docs/actions.md#the-reminders-dock)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from desktop.services.contracts.reminder_groups import AccountGroup, KindGroup
from desktop.services.contracts.reminders import Reminder, ReminderKind
from desktop.views.common.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
)
from desktop.views.i18n import translate

from .text import BAD, WARN, money

Index = QModelIndex | QPersistentModelIndex
REMINDER_ROLE = Qt.ItemDataRole.UserRole + 1  # the Reminder of an item row
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2  # a group's money total, drawn on the right
SHORT = 5  # rows shown of a group until "show all"

KIND = "kind"
ACCOUNT = "account"
ITEM = "item"
MORE = "more"


@dataclass(eq=False)
class Node:
    id: int
    level: str  # KIND, ACCOUNT, ITEM or MORE
    payload: object  # KindGroup, AccountGroup, Reminder, or the group MORE shows all of
    parent: Node | None
    row: int = 0
    children: list[Node] = field(default_factory=list)


def kind_titles() -> dict[ReminderKind, str]:
    return {
        ReminderKind.ACTION: translate("RemindersDock", "Actions ({count})"),
        ReminderKind.OVERDUE: translate("RemindersDock", "Overdue payments ({count})"),
        ReminderKind.DUE: translate("RemindersDock", "Payments falling due ({count})"),
        ReminderKind.LIMITATION: translate(
            "RemindersDock", "Limitation periods running out ({count})"
        ),
        ReminderKind.DELIVERY: translate("RemindersDock", "Deliveries due ({count})"),
        ReminderKind.EXCEPTION: translate(
            "RemindersDock", "Shipping exceptions to close ({count})"
        ),
        ReminderKind.TENDER: translate("RemindersDock", "Tender deadlines ({count})"),
        ReminderKind.BIRTHDAY: translate("RemindersDock", "Birthdays ({count})"),
    }


def _relative(day: date, today: date) -> str:
    days = (day - today).days
    if days == 0:
        return translate("RemindersDock", "Today")
    if days == 1:
        return translate("RemindersDock", "Tomorrow")
    if days > 1:
        return translate("RemindersDock", "In {days} days").format(days=format_number(days))
    return translate("RemindersDock", "{days} days ago").format(days=format_number(-days))


def reminder_texts(r: Reminder, today: date) -> tuple[str, str]:
    """(when, what); amounts come first in "what", so that a narrow panel cuts the
    milestone's name rather than the money."""
    kind = r.kind
    money_first = "" if r.amount is None else f"{money(r.amount)} · "
    what = f"{money_first}{r.reference} · {r.subject}"
    if kind is ReminderKind.OVERDUE:
        days = format_number((today - r.day).days)
        return translate("RemindersDock", "{days} days overdue").format(days=days), what
    if kind is ReminderKind.LIMITATION:
        when = (
            translate("RemindersDock", "Expired {date}")
            if r.expired
            else translate("RemindersDock", "Expires {date}")
        )
        return when.format(date=format_date(r.day)), what
    if kind is ReminderKind.EXCEPTION:
        what = translate("RemindersDock", "{contract}: exception approved by {approver}").format(
            contract=r.reference, approver=r.subject
        )
    elif kind is ReminderKind.TENDER:
        return format_datetime(r.moment), what
    elif kind is ReminderKind.BIRTHDAY:
        what = f"{r.subject} · {r.reference or r.account}"
    elif kind is ReminderKind.ACTION:
        what = f"{r.subject} · {r.reference}" if r.reference else r.subject
    if kind is ReminderKind.ACTION and r.day < today:
        return translate("RemindersDock", "{days} days overdue").format(
            days=format_number((today - r.day).days)
        ), what
    return _relative(r.day, today), what


def _colour(r: Reminder, today: date):
    if r.kind in (ReminderKind.OVERDUE, ReminderKind.LIMITATION) or r.day < today:
        return BAD
    if r.day == today:
        return WARN
    return None


def _total_text(total) -> str:
    """A group's total in whole yuan: the cents of millions are noise in a list."""
    return "" if total is None else format_money(total, decimals=0)


Loader = Callable[[AccountGroup], tuple[Reminder, ...]]
Key = tuple[ReminderKind, int]


class ReminderTreeModel(QAbstractItemModel):
    """Kinds and their accounts are counted; an account's reminders are read when it is first
    opened (``fetchMore``), unless the groups came with them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.load: Loader | None = None  # reads an account group's reminders
        self._loaded: dict[Key, tuple[Reminder, ...]] = {}
        self._nodes: list[Node] = []
        self._top: list[Node] = []
        self._shown_all: set[tuple[str, str, int]] = set()  # groups the user asked to see whole
        self._titles = kind_titles()

    # -- building ---------------------------------------------------------------------------
    def _node(self, level: str, payload: object, parent: Node | None, row: int) -> Node:
        node = Node(len(self._nodes), level, payload, parent, row)
        self._nodes.append(node)
        return node

    @staticmethod
    def _key(node: Node) -> tuple[str, str, int]:
        group = node.payload
        if isinstance(group, AccountGroup):
            return (ACCOUNT, group.kind, group.account_id)
        assert isinstance(group, KindGroup)
        return (KIND, group.kind, 0)

    def items(self, group: AccountGroup) -> tuple[Reminder, ...] | None:
        """The group's reminders, None while not read."""
        return group.items if group.items is not None else self._loaded.get(group.key)

    def _members(self, node: Node) -> tuple[str, tuple]:
        group = node.payload
        if isinstance(group, KindGroup):
            return ACCOUNT, group.accounts
        assert isinstance(group, AccountGroup)
        return ITEM, self.items(group) or ()

    def _children(self, node: Node, start: int = 0) -> list[Node]:
        """``node``'s children from ``start``: the first few, or all once asked for (an
        account's only once its reminders are read)."""
        level, members = self._members(node)
        whole = self._key(node) in self._shown_all or len(members) <= SHORT + 1
        stop = len(members) if whole else SHORT
        found = []
        for row in range(start, stop):
            child = self._node(level, members[row], node, row)
            found.append(child)
            if level == ACCOUNT:
                child.children = self._children(child)
        if not whole:
            found.append(self._node(MORE, node, node, stop))
        return found

    def set_groups(
        self,
        groups: list[KindGroup],
        today: date,
        loaded: dict[Key, tuple[Reminder, ...]] | None = None,
    ) -> None:
        """Show ``groups``; ``loaded``: reminders of groups read already (kept, and added to
        as accounts are opened)."""
        self.beginResetModel()
        self.today = today
        self._titles = kind_titles()
        self._loaded = {} if loaded is None else loaded
        self._nodes, self._top = [], []
        for row, group in enumerate(groups):
            node = self._node(KIND, group, None, row)
            self._top.append(node)
            node.children = self._children(node)
        self.endResetModel()

    def show_all(self, index: Index) -> None:
        """Replace a "show all" row by the rest of its group."""
        more = self.node(index)
        if more is None or more.level != MORE:
            return
        group = more.payload
        assert isinstance(group, Node)
        parent = self.parent(index)
        self._shown_all.add(self._key(group))
        self.beginRemoveRows(parent, more.row, more.row)
        group.children.pop()
        self.endRemoveRows()
        rest = self._children(group, more.row)
        self.beginInsertRows(parent, more.row, more.row + len(rest) - 1)
        group.children += rest
        self.endInsertRows()

    # -- reading an account when opened -----------------------------------------------------
    def _unread(self, parent: Index) -> AccountGroup | None:
        node = self.node(parent)
        if node is None or node.level != ACCOUNT or parent.column() != 0:
            return None
        group = node.payload
        assert isinstance(group, AccountGroup)
        return group if self.items(group) is None else None

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if self._unread(parent) is not None:
            return True
        return self.rowCount(parent) > 0

    def canFetchMore(self, parent: Index) -> bool:
        return self.load is not None and self._unread(parent) is not None

    def fetchMore(self, parent: Index) -> None:
        group = self._unread(parent)
        if group is None or self.load is None:
            return
        self._loaded[group.key] = self.load(group)
        node = self._nodes[parent.internalId()]
        children = self._children(node)
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            node.children = children
            self.endInsertRows()

    # -- reading ----------------------------------------------------------------------------
    def node(self, index: Index) -> Node | None:
        return self._nodes[index.internalId()] if index.isValid() else None

    def index_of(self, node: Node) -> QModelIndex:
        return self.createIndex(node.row, 0, node.id)

    def top_nodes(self) -> list[Node]:
        return list(self._top)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        siblings = self._top if not parent.isValid() else self._nodes[parent.internalId()].children
        if not (0 <= row < len(siblings) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row].id)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._top)
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("RemindersDock", "When"), translate("RemindersDock", "What"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        if node.level == ITEM:
            return self._item_data(node.payload, index.column(), role)  # type: ignore[arg-type]
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._group_text(node)
        if role == TOTAL_ROLE:
            return _total_text(getattr(node.payload, "total", None))
        if role == Qt.ItemDataRole.ToolTipRole:
            total = getattr(node.payload, "total", None)
            text = self._group_text(node)
            return text if total is None else f"{text} · {money(total)}"
        if role == Qt.ItemDataRole.FontRole and node.level == KIND:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _group_text(self, node: Node) -> str:
        group = node.payload
        if isinstance(group, KindGroup):
            return self._titles[group.kind].format(count=format_number(group.count))
        if isinstance(group, AccountGroup):
            return f"{group.account} ({format_number(group.count)})"
        assert isinstance(group, Node)
        _, members = self._members(group)
        return translate("RemindersDock", "Show all ({count})").format(
            count=format_number(len(members))
        )

    def _item_data(self, r: Reminder, column: int, role: int):
        if role == REMINDER_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return reminder_texts(r, self.today)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{reminder_texts(r, self.today)[1]}\n{r.account}"
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            colour = _colour(r, self.today)
            return None if colour is None else QBrush(colour)
        return None


class GroupDelegate(QStyledItemDelegate):
    """A group row: its title on the left, cut if need be, and its total whole on the right."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        total = index.data(TOTAL_ROLE)
        if not total:
            super().paint(painter, option, index)
            return
        metrics = option.fontMetrics
        if index.data(Qt.ItemDataRole.FontRole) is not None:
            option.font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(option.font)
        width = metrics.horizontalAdvance(total) + 8
        title = QStyleOptionViewItem(option)
        self.initStyleOption(title, index)
        visible = QRect(option.rect)
        if isinstance(option.widget, QAbstractScrollArea):
            visible.setRight(min(visible.right(), option.widget.viewport().width() - 1))
        title.rect = visible.adjusted(0, 0, -width, 0)
        style = option.widget.style() if option.widget else None
        if style is not None:  # the row's background and selection across the whole width
            background = QStyleOptionViewItem(title)
            background.rect, background.text = option.rect, ""
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget
            )
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, title, painter, option.widget)
        painter.save()
        painter.setFont(option.font)
        selected = option.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        rect = QRect(option.rect)
        if isinstance(option.widget, QAbstractScrollArea):  # a spanned row may outrun the view
            rect.setRight(min(rect.right(), option.widget.viewport().width() - 1))
        painter.drawText(rect.adjusted(0, 0, -4, 0), align, total)
        painter.restore()
