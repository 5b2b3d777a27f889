"""A tender's checklist as a tree: sections (with their progress) holding their items."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.models.enums import ChecklistStatus
from desktop.services.bids.checklist import ChecklistRow
from desktop.services.bids.progress import OUTSTANDING, Progress, is_highlighted, progress_of
from desktop.services.bids.sections import section_label, section_rank
from desktop.views.common.formatting import display, format_date, format_datetime, format_number
from desktop.views.common.row_table import ROW_ROLE
from desktop.views.i18n import translate

from .status_icons import HIGHLIGHT, HIGHLIGHT_TEXT, status_icon
from .text import item_text

Index = QModelIndex | QPersistentModelIndex
COL_ITEM, COL_STATUS, COL_RESPONSIBLE, COL_CHECKED, COL_NOTE, COL_EVIDENCE = range(6)
COLUMNS = 6
_TOP = 0  # internal id of section rows; items carry their section's row + 1
OPTIONAL_TEXT = QColor("#6b6b6b")


@dataclass
class _Section:
    code: str
    progress: Progress  # of all its items, not just the shown ones
    items: list[ChecklistRow]


class ChecklistModel(QAbstractItemModel):
    # The user finished editing an item's note (item id, new text); the model itself does
    # not change until the checklist is read again.
    note_edited = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[ChecklistRow] = []
        self._sections: list[_Section] = []
        self._window = False
        self._language = "en"
        self._open_only = False
        self._search = ""

    # ---- filling ----------------------------------------------------------------------
    def set_rows(self, rows: list[ChecklistRow], *, window: bool, language: str) -> None:
        """Show ``rows``; when the same items stay visible in the same order the rows are
        updated in place, so the current item, selection and scroll position survive."""
        self._all = list(rows)
        self._window = window
        self._language = language
        self._rebuild()

    def set_filter(self, *, open_only: bool | None = None, search: str | None = None) -> None:
        if open_only is not None:
            self._open_only = open_only
        if search is not None:
            self._search = search.strip().casefold()
        self._rebuild()

    def _visible(self, row: ChecklistRow) -> bool:
        if self._open_only and row.status not in OUTSTANDING:
            return False
        if self._search:
            haystack = " ".join((row.text_en, row.text_zh, row.note, row.source)).casefold()
            return self._search in haystack
        return True

    def _rebuild(self) -> None:
        grouped: dict[str, list[ChecklistRow]] = {}
        for row in self._all:
            grouped.setdefault(row.section, []).append(row)
        sections = [
            _Section(code, progress_of(rows), [r for r in rows if self._visible(r)])
            for code, rows in sorted(grouped.items(), key=lambda kv: (section_rank(kv[0]), kv[0]))
        ]
        sections = [s for s in sections if s.items]
        shape = [(s.code, [r.id for r in s.items]) for s in sections]
        if shape == [(s.code, [r.id for r in s.items]) for s in self._sections]:
            self._sections = sections
            if sections:
                last = self.index(len(sections) - 1, COLUMNS - 1)
                self.dataChanged.emit(self.index(0, 0), last)
                for number, section in enumerate(sections):
                    parent = self.index(number, 0)
                    self.dataChanged.emit(
                        self.index(0, 0, parent),
                        self.index(len(section.items) - 1, COLUMNS - 1, parent),
                    )
            return
        self.beginResetModel()
        self._sections = sections
        self.endResetModel()

    # ---- finding ----------------------------------------------------------------------
    def all_rows(self) -> list[ChecklistRow]:
        return list(self._all)

    def item_at(self, index: Index) -> ChecklistRow | None:
        if not index.isValid() or index.internalId() == _TOP:
            return None
        return self._sections[index.internalId() - 1].items[index.row()]

    def index_of(self, item_id: int, column: int = 0) -> QModelIndex:
        for number, section in enumerate(self._sections):
            for row, item in enumerate(section.items):
                if item.id == item_id:
                    return self.index(row, column, self.index(number, 0))
        return QModelIndex()

    def visible_ids(self) -> list[int]:
        return [item.id for section in self._sections for item in section.items]

    def section_count(self) -> int:
        return len(self._sections)

    # ---- the tree ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._sections)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._sections[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _TOP and index.column() == COL_NOTE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("Item"),
            self.tr("Status"),
            self.tr("Responsible"),
            self.tr("Checked"),
            self.tr("Note"),
            self.tr("Files"),
        ][section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._section_data(self._sections[index.row()], index.column(), role)
        item = self._sections[index.internalId() - 1].items[index.row()]
        return self._item_data(item, index.column(), role)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        item = self.item_at(index)
        if item is None or index.column() != COL_NOTE or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if text != item.note:
            self.note_edited.emit(item.id, text)
        return True

    def _section_data(self, section: _Section, column: int, role: int):
        if column != COL_ITEM:
            return None
        progress = section.progress
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{section} — {done} of {applicable} done ({percent}%)").format(
                section=section_label(section.code, translate),
                done=format_number(progress.done),
                applicable=format_number(progress.applicable),
                percent=format_number(progress.percent),
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and self._window
            and progress.required_outstanding
        ):
            return QBrush(HIGHLIGHT_TEXT)
        return None

    def _item_data(self, item: ChecklistRow, column: int, role: int):
        if role == ROW_ROLE:
            return item
        highlighted = is_highlighted(item, self._window)
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.EditRole:
            return self._item_text(item, column, role)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_ITEM:
            return status_icon(item.status)
        if role == Qt.ItemDataRole.BackgroundRole and highlighted:
            return QBrush(HIGHLIGHT)
        if role == Qt.ItemDataRole.ForegroundRole:
            if highlighted:
                return QBrush(HIGHLIGHT_TEXT)
            if item.status is ChecklistStatus.PROBLEM and column in (COL_STATUS, COL_NOTE):
                return QBrush(QColor("#b3261e"))
            if not item.required and column == COL_ITEM:
                return QBrush(OPTIONAL_TEXT)
        if role == Qt.ItemDataRole.FontRole and not item.required and column == COL_ITEM:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_EVIDENCE:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _item_text(self, item: ChecklistRow, column: int, role: int) -> str:
        if column == COL_ITEM:
            return item_text(item.text_en, item.text_zh, self._language)
        if column == COL_STATUS:
            return display(item.status)
        if column == COL_RESPONSIBLE:
            return item.responsible
        if column == COL_CHECKED:
            if not item.checked_at:
                return item.checked_by
            return f"{item.checked_by}, {format_date(item.checked_at.date())}"
        if column == COL_NOTE:
            return item.note
        return format_number(item.evidence) if item.evidence else ""

    def _tooltip(self, item: ChecklistRow, column: int) -> str:
        lines = [item_text(item.text_en, item.text_zh, self._language)]
        lines.append(self.tr("Required") if item.required else self.tr("Optional"))
        if item.source:
            lines.append(self.tr("Source: {source}").format(source=item.source))
        if item.checked_at:
            lines.append(
                self.tr("Checked by {who} on {when}").format(
                    who=item.checked_by or "—", when=format_datetime(item.checked_at)
                )
            )
        if item.note:
            lines.append(self.tr("Note: {note}").format(note=item.note))
        if is_highlighted(item, self._window):
            lines.append(self.tr("Required and still open close to the deadline"))
        return "\n".join(lines)
