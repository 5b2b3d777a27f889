"""Settings ▸ Stages: names in both languages, probabilities and exit criteria of each stage."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import versions
from desktop.services.opportunities.stage_list import CriterionEdit, StageEdit
from desktop.views.context import AppContext
from desktop.views.settings_dialog import SettingsPage

ID_ROLE = Qt.ItemDataRole.UserRole + 20
NAME_EN, NAME_ZH, PROBABILITY, IN_USE = range(4)


def _item(text: str, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class StageSettingsPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ctx.services.stage_list
        self.stages: list[StageEdit] = self.service.stage_list()
        self.shown = tuple(self.stages)  # as read: the save writes only what the user changed
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name (English)"),
                self.tr("Name (Chinese)"),
                self.tr("Stage probability %"),
                self.tr("Deals"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME_EN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME_ZH, QHeaderView.ResizeMode.Stretch)
        self.add_stage = QPushButton(self.tr("Add stage"), self)
        self.remove_stage = QPushButton(self.tr("Remove"), self)
        self.up = QPushButton(self.tr("Up"), self)
        self.down = QPushButton(self.tr("Down"), self)
        self.criteria = QTableWidget(0, 2, self)
        self.criteria.setHorizontalHeaderLabels(
            [self.tr("Exit criterion (English)"), self.tr("Exit criterion (Chinese)")]
        )
        self.criteria.verticalHeader().setVisible(False)
        self.criteria.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.add_criterion = QPushButton(self.tr("Add criterion"), self)
        self.remove_criterion = QPushButton(self.tr("Remove criterion"), self)
        stage_buttons = QHBoxLayout()
        for button in (self.add_stage, self.remove_stage, self.up, self.down):
            stage_buttons.addWidget(button)
        stage_buttons.addStretch(1)
        criterion_buttons = QHBoxLayout()
        criterion_buttons.addWidget(self.add_criterion)
        criterion_buttons.addWidget(self.remove_criterion)
        criterion_buttons.addStretch(1)
        hint = QLabel(
            self.tr(
                "Stage probabilities weight the pipeline unless an opportunity sets its own. "
                "Won and Lost close a deal and stay last; a "
                "stage can be removed only while no opportunity is or was in it."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 3)
        layout.addLayout(stage_buttons)
        self.criteria_title = QLabel(self)
        layout.addWidget(self.criteria_title)
        layout.addWidget(self.criteria, 2)
        layout.addLayout(criterion_buttons)
        self._current = -1
        self._fill_stages()
        self.table.currentCellChanged.connect(self._on_table_current_changed)
        self.add_stage.clicked.connect(self._on_add_stage_clicked)
        self.remove_stage.clicked.connect(self._on_remove_stage_clicked)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.add_criterion.clicked.connect(self._on_add_criterion_clicked)
        self.remove_criterion.clicked.connect(self._on_remove_criterion_clicked)
        self.table.selectRow(0)
        self._show_criteria(0)

    def title(self) -> str:
        return self.tr("Stages")

    # ---- table <-> list ------------------------------------------------------------------

    def _fill_stages(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.stages))
        for row, stage in enumerate(self.stages):
            self.table.setItem(row, NAME_EN, _item(stage.name_en))
            self.table.setItem(row, NAME_ZH, _item(stage.name_zh))
            self.table.setItem(row, PROBABILITY, _item(str(stage.probability)))
            self.table.setItem(row, IN_USE, _item(str(stage.opportunities), editable=False))
        self.table.blockSignals(False)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def _read_stages(self) -> None:
        self._read_criteria()
        for row, stage in enumerate(self.stages):
            text = self._text(row, PROBABILITY).strip()
            probability = int(text) if text.lstrip("-").isdigit() else -1
            self.stages[row] = replace(
                stage,
                name_en=self._text(row, NAME_EN),
                name_zh=self._text(row, NAME_ZH),
                probability=probability,
            )

    def _show_criteria(self, row: int) -> None:
        self._current = row
        self.criteria.setRowCount(0)
        if not 0 <= row < len(self.stages):
            self.criteria_title.clear()
            return
        stage = self.stages[row]
        self.criteria_title.setText(
            self.tr("<b>Exit criteria of “{stage}”</b>").format(stage=stage.name_en)
        )
        self.criteria.setRowCount(len(stage.criteria))
        for n, criterion in enumerate(stage.criteria):
            en = _item(criterion.text_en)
            en.setData(ID_ROLE, criterion.id)
            self.criteria.setItem(n, 0, en)
            self.criteria.setItem(n, 1, _item(criterion.text_zh))
        closed = stage.is_closed
        self.remove_stage.setEnabled(not closed)
        self.up.setEnabled(not closed and row > 0)
        self.down.setEnabled(
            not closed and row + 1 < len(self.stages) and not self.stages[row + 1].is_closed
        )

    def _read_criteria(self) -> None:
        row = self._current
        if not 0 <= row < len(self.stages):
            return
        items = []
        for n in range(self.criteria.rowCount()):
            en, zh = self.criteria.item(n, 0), self.criteria.item(n, 1)
            items.append(
                CriterionEdit(
                    en.data(ID_ROLE) if en is not None else None,
                    en.text() if en is not None else "",
                    zh.text() if zh is not None else "",
                )
            )
        self.stages[row] = replace(self.stages[row], criteria=tuple(items))

    def _on_table_current_changed(self, row: int, _column: int, previous: int, _pc: int) -> None:
        if row != previous:
            self._read_criteria()
            self._show_criteria(row)

    # ---- editing -------------------------------------------------------------------------

    def _on_add_stage_clicked(self) -> None:
        self._read_stages()
        position = sum(1 for s in self.stages if not s.is_closed)
        self.stages.insert(position, StageEdit(None, self.tr("New stage"), "新阶段", 50))
        self._fill_stages()
        self.table.selectRow(position)
        self._show_criteria(position)

    def _on_remove_stage_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.stages) and not self.stages[row].is_closed:
            self._read_stages()
            del self.stages[row]
            self._current = -1
            self._fill_stages()
            self.table.selectRow(max(row - 1, 0))
            self._show_criteria(max(row - 1, 0))

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if not (0 <= row < len(self.stages) and 0 <= target < len(self.stages)):
            return
        if self.stages[row].is_closed or self.stages[target].is_closed:
            return
        self._read_stages()
        self.stages[row], self.stages[target] = self.stages[target], self.stages[row]
        self._current = -1
        self._fill_stages()
        self.table.selectRow(target)
        self._show_criteria(target)

    def _on_add_criterion_clicked(self) -> None:
        row = self.criteria.rowCount()
        self.criteria.insertRow(row)
        first = _item("")
        self.criteria.setItem(row, 0, first)
        self.criteria.setItem(row, 1, _item(""))
        self.criteria.editItem(first)

    def _on_remove_criterion_clicked(self) -> None:
        row = self.criteria.currentRow()
        if row >= 0:
            self.criteria.removeRow(row)

    def take_edits(self, refused: SettingsPage) -> None:
        assert isinstance(refused, StageSettingsPage)
        refused._read_stages()
        self.stages = list(
            versions.reapply_parts(refused.shown, tuple(refused.stages), self.shown, "id")
        )
        self._current = -1
        self._fill_stages()
        self.table.selectRow(0)
        self._show_criteria(0)

    def save(self) -> None:
        self._read_stages()
        self.service.save(self.stages, self.shown)
