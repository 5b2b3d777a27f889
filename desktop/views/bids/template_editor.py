"""Checklist templates: the built-in default and the user's own; add, remove and reorder
items, in English and Chinese. Tenders keep their own copies, so editing never changes them."""

from __future__ import annotations

import uuid
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.bids.sections import SECTIONS, section_label
from desktop.services.bids.templates import (
    DeletedTemplate,
    TemplateDetail,
    TemplateItemData,
)
from desktop.services.versions import ReadRecord
from desktop.views.common import undo
from desktop.views.common.changed_meanwhile import refused
from desktop.views.common.formatting import format_number
from desktop.views.common.widgets import widget_as
from desktop.views.context import AppContext
from desktop.views.i18n import translate

from .text import template_name
from .undoable import Recreatable, push_or_report

COL_SECTION, COL_REQUIRED, COL_EN, COL_ZH, COL_SOURCE = range(5)
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class _SectionDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code in SECTIONS:
            combo.addItem(section_label(code, translate), code)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        combo = widget_as(editor, QComboBox)
        combo.setCurrentIndex(max(combo.findData(index.data(CODE_ROLE)), 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        model.setData(index, widget_as(editor, QComboBox).currentData(), CODE_ROLE)


class TemplateEditorDialog(QDialog):
    def __init__(self, ctx: AppContext, stack: QUndoStack, publish, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = stack
        self.publish = publish
        self.service = ctx.services.bid_templates
        self.setWindowTitle(self.tr("Checklist templates"))
        self.current: TemplateDetail | None = None
        self.record: ReadRecord[TemplateDetail] | None = None
        self.items: list[TemplateItemData] = []
        self._dirty = False
        self._filling = False
        self.templates = QListWidget(self)
        self.templates.setWordWrap(True)
        self.new = QPushButton(self.tr("New copy…"), self)
        self.delete = QPushButton(self.tr("Delete"), self)
        self.make_default = QPushButton(self.tr("Use for new tenders"), self)
        self.name = QLineEdit(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Section"),
                self.tr("Required"),
                self.tr("English"),
                self.tr("Chinese"),
                self.tr("Source"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(COL_SECTION, _SectionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ZH, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_SECTION, 170)
        self.table.setColumnWidth(COL_REQUIRED, 70)
        self.table.setColumnWidth(COL_SOURCE, 170)
        self.table.setWordWrap(True)
        self.add = QPushButton(self.tr("Add item"), self)
        self.remove = QPushButton(self.tr("Remove item"), self)
        self.up = QPushButton(self.tr("Move up"), self)
        self.down = QPushButton(self.tr("Move down"), self)
        self.save = QPushButton(self.tr("Save template"), self)
        self.revert = QPushButton(self.tr("Revert"), self)
        self.note = QLabel(
            self.tr(
                "Tenders keep the copy they were given: changing a template only affects "
                "tenders created afterwards."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text)")
        self._layout()
        self._connect()
        self.reload()

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.templates, 1)
        for button in (self.new, self.delete, self.make_default):
            left_layout.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Name"), self))
        name_row.addWidget(self.name, 1)
        right_layout.addLayout(name_row)
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.add, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert)
        buttons.addWidget(self.save)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([280, 820])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self.resize(1150, 640)

    def _connect(self) -> None:
        self.templates.currentItemChanged.connect(self._on_templates_current_changed)
        self.new.clicked.connect(self.new_copy)
        self.delete.clicked.connect(self.delete_template)
        self.make_default.clicked.connect(self.set_default)
        self.name.textEdited.connect(self._mark_dirty)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.add.clicked.connect(self.add_item)
        self.remove.clicked.connect(self.remove_item)
        self.up.clicked.connect(lambda: self.move_item(-1))
        self.down.clicked.connect(lambda: self.move_item(1))
        self.save.clicked.connect(self.save_template)
        self.revert.clicked.connect(self._revert)

    # ---- the list of templates ----------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        chosen = select if select is not None else (self.current.id if self.current else None)
        self.templates.blockSignals(True)
        self.templates.clear()
        rows = self.service.list()
        for row in rows:
            text = self.tr("{name} ({count} items)").format(
                name=template_name(row.name, row.builtin_key, self.ctx.language),
                count=format_number(row.item_count),
            )
            if row.is_default:
                text = self.tr("{name} — for new tenders").format(name=text)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, row.id)
            self.templates.addItem(entry)
        self.templates.blockSignals(False)
        ids = [row.id for row in rows]
        target = chosen if chosen in ids else (ids[0] if ids else None)
        if target is not None:
            self.templates.setCurrentRow(ids.index(target))
            self.open_template(target, force=True)

    def _on_templates_current_changed(self, current, previous) -> None:
        if current is None:
            return
        template_id = current.data(Qt.ItemDataRole.UserRole)
        if self.current is not None and template_id == self.current.id:
            return
        if self._dirty and not self.ctx.dialogs.confirm(
            self.tr("Unsaved changes"), self.tr("Discard the changes to this template?")
        ):
            self.templates.blockSignals(True)
            self.templates.setCurrentItem(previous)
            self.templates.blockSignals(False)
            return
        self.open_template(template_id, force=True)

    def _revert(self) -> None:
        if self.current is not None:
            self.open_template(self.current.id, force=True)

    def open_template(self, template_id: int, *, force: bool = False) -> None:
        if not force and self._dirty:
            return
        # the template shown and the version its save checks (docs/team-server.md#versions)
        self.record = ReadRecord(partial(self._read, template_id), parts={"items": "uuid"})
        self.current = self.record.data
        self._show(self.current)
        self._set_dirty(False)
        self.delete.setEnabled(not self.current.builtin_key)
        self.make_default.setEnabled(not self.current.is_default)

    def _read(self, template_id: int) -> tuple[TemplateDetail, int]:
        """The template as the editor shows it: a built-in name in the interface language."""
        detail, version = self.service.read(template_id)
        name = template_name(detail.name, detail.builtin_key, self.ctx.language)
        return replace(detail, name=name), version

    def _show(self, template: TemplateDetail) -> None:
        self.items = list(template.items)
        self.name.setText(template.name)
        self._fill()

    def _reload_with(self, merged: TemplateDetail) -> None:
        assert self.record is not None
        self.current = self.record.data  # as saved now: what an undo puts back
        self._show(merged)
        self._set_dirty(True)

    # ---- the items ----------------------------------------------------------------------
    def _fill(self, select: int | None = None) -> None:
        self._filling = True
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            section = QTableWidgetItem(section_label(item.section, translate))
            section.setData(CODE_ROLE, item.section)
            self.table.setItem(row, COL_SECTION, section)
            required = QTableWidgetItem()
            required.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            required.setCheckState(
                Qt.CheckState.Checked if item.required else Qt.CheckState.Unchecked
            )
            self.table.setItem(row, COL_REQUIRED, required)
            self.table.setItem(row, COL_EN, QTableWidgetItem(item.text_en))
            self.table.setItem(row, COL_ZH, QTableWidgetItem(item.text_zh))
            self.table.setItem(row, COL_SOURCE, QTableWidgetItem(item.source))
        self._filling = False
        if select is not None and 0 <= select < len(self.items):
            self.table.setCurrentCell(select, COL_EN)

    def _on_table_item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, column = cell.row(), cell.column()
        item = self.items[row]
        if column == COL_SECTION:
            code = cell.data(CODE_ROLE)
            if code != item.section:
                moved = replace(item, section=code)
                del self.items[row]
                self._insert_in_section(moved)
                self._fill(self.items.index(moved))
        elif column == COL_REQUIRED:
            self.items[row] = replace(item, required=cell.checkState() == Qt.CheckState.Checked)
        else:
            name = {COL_EN: "text_en", COL_ZH: "text_zh", COL_SOURCE: "source"}[column]
            texts: dict[str, Any] = {name: cell.text()}
            self.items[row] = replace(item, **texts)
        self._mark_dirty()

    def _insert_in_section(self, item: TemplateItemData) -> int:
        """Put ``item`` at the end of its section; returns its row."""
        rank = SECTIONS.index(item.section)
        position = len(self.items)
        for row, other in enumerate(self.items):
            if other.section in SECTIONS and SECTIONS.index(other.section) > rank:
                position = row
                break
        self.items.insert(position, item)
        return position

    def add_item(self) -> None:
        row = self.table.currentRow()
        section = self.items[row].section if 0 <= row < len(self.items) else SECTIONS[0]
        item = TemplateItemData(section, "", "", True, "", str(uuid.uuid4()))
        position = self._insert_in_section(item)
        self._fill(position)
        cell = self.table.item(position, COL_EN)
        if cell is not None:
            self.table.editItem(cell)
        self._mark_dirty()

    def remove_item(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._fill(min(row, len(self.items) - 1))
            self._mark_dirty()

    def move_item(self, step: int) -> None:
        """Move the item within its section (sections keep their checklist order)."""
        row = self.table.currentRow()
        target = row + step
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return
        if self.items[row].section != self.items[target].section:
            return
        self.items[row], self.items[target] = self.items[target], self.items[row]
        self._fill(target)
        self._mark_dirty()

    def _mark_dirty(self, *_args) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save.setEnabled(dirty)
        self.revert.setEnabled(dirty)

    # ---- writing ------------------------------------------------------------------------
    def _push(self, text: str, do, undo_) -> bool:
        return push_or_report(self.ctx, self.stack, self.publish, text, do, undo_)

    def save_template(self) -> None:
        if self.current is None:
            return
        before, record = self.current, self.record
        assert record is not None  # read with the template
        mine = replace(before, name=self.name.text(), items=tuple(self.items))
        if push_or_report(
            self.ctx,
            self.stack,
            self.publish,
            self.tr("Edit the template “{name}”").format(name=mine.name.strip()),
            undo.checked_once(
                lambda version: self.service.save(before.id, mine.name, list(mine.items), version),
                record.version,
            ),
            lambda: self.service.save(before.id, before.name, list(before.items)),
            lambda error: refused(self, error, record, mine, self._reload_with),
        ):
            self._set_dirty(False)
            self.reload(before.id)

    def new_copy(self) -> None:
        if self.current is None:
            return
        source = self.current
        name = self.ctx.dialogs.ask_text(
            self.tr("New template"),
            self.tr("Name of the new template (a copy of the selected one)"),
            self.tr("{name} (copy)").format(
                name=template_name(source.name, source.builtin_key, self.ctx.language)
            ),
        )
        if not name:
            return
        items = [replace(item, uuid=str(uuid.uuid4())) for item in self.items]

        def create():
            template_id, changes = self.service.create(name, items)
            return [template_id], changes

        action = Recreatable(create, lambda ids: self.service.delete(ids[0]), self.service.restore)
        if self._push(self.tr("New template “{name}”").format(name=name), action.do, action.undo):
            self._set_dirty(False)
            self.reload(action.ids[0])

    def delete_template(self) -> None:
        if self.current is None or not self.ctx.dialogs.confirm(
            self.tr("Delete template"),
            self.tr("Delete the template “{name}”? Tenders keep their checklists.").format(
                name=self.current.name
            ),
        ):
            return
        template_id = self.current.id
        kept: list[DeletedTemplate] = []

        def do():
            deleted, changes = self.service.delete(template_id)
            kept[:] = [deleted]
            return changes

        if self._push(self.tr("Delete a template"), do, lambda: self.service.restore(kept[0])):
            self.current = None
            self._set_dirty(False)
            self.reload()

    def set_default(self) -> None:
        if self.current is None:
            return
        previous = self.service.default_id()
        chosen = self.current.id
        if self._push(
            self.tr("Use another template for new tenders"),
            lambda: self.service.set_default(chosen),
            lambda: self.service.set_default(previous),
        ):
            self.reload(chosen)
