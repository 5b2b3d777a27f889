"""Search hits grouped by kind: a two-level tree (kind, then its hits) of two columns (the
name, and what tells two hits apart)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.services.search.service import Group, Hit, SearchResult
from desktop.views.common.formatting import format_number

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP = 0  # internalId of a kind's row; a hit's row carries its group's number + 1


class SearchResultModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: tuple[Group, ...] = ()

    def set_result(self, result: SearchResult) -> None:
        self.beginResetModel()
        self._groups = result.groups
        self.endResetModel()

    def kind_title(self, kind: str) -> str:
        return {
            "account": self.tr("Accounts"),
            "contact": self.tr("People"),
            "opportunity": self.tr("Opportunities"),
            "tender": self.tr("Tenders"),
            "contract": self.tr("Contracts"),
        }[kind]

    def hit_indexes(self) -> list[QModelIndex]:
        """Every hit's index (column 0), top to bottom."""
        return [
            self.index(row, 0, self.index(number, 0))
            for number, group in enumerate(self._groups)
            for row in range(len(group.hits))
        ]

    def hit(self, index: Index) -> Hit | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self._groups[index.internalId() - 1].hits[index.row()]

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    # The tree-model overload of parent(); the stubs type both of Qt's overloads at once.
    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, _parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        hit = self._groups[index.internalId() - 1].hits[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return hit.title if index.column() == 0 else hit.detail
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == HIT_ROLE:
            return hit
        return None

    def _group_data(self, group: Group, column: int, role: int):
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = self.kind_title(group.kind)
            if group.more:
                return self.tr("{kind} (first {count}: type more to narrow)").format(
                    kind=title, count=format_number(len(group.hits))
                )
            return title
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None
