"""The reminders as a tree: kinds, then accounts, then the reminders, each level short (the
first few, then a "show all" row) so that thousands of overdue payments stay readable and
cheap to show (docs/actions.md#the-reminders-dock)."""

from __future__ import annotations

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


class ReminderTreeModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.today = date.today()
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

    def _members(self, node: Node) -> tuple[str, tuple]:
        group = node.payload
        if isinstance(group, KindGroup):
            return ACCOUNT, group.accounts
        assert isinstance(group, AccountGroup)
        return ITEM, group.items

    def _fill(self, node: Node, start: int = 0) -> None:
        """``node``'s children from ``start``: the first few, or all once asked for."""
        level, members = self._members(node)
        whole = self._key(node) in self._shown_all or len(members) <= SHORT + 1
        stop = len(members) if whole else SHORT
        for row in range(start, stop):
            child = self._node(level, members[row], node, row)
            node.children.append(child)
            if level == ACCOUNT:
                self._fill(child)
        if not whole:
            node.children.append(self._node(MORE, node, node, stop))

    def set_groups(self, groups: list[KindGroup], today: date) -> None:
        self.beginResetModel()
        self.today = today
        self._titles = kind_titles()
        self._nodes, self._top = [], []
        for row, group in enumerate(groups):
            node = self._node(KIND, group, None, row)
            self._top.append(node)
            self._fill(node)
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
        _, members = self._members(group)
        self.beginInsertRows(parent, more.row, len(members) - 1)
        self._fill(group, more.row)
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
