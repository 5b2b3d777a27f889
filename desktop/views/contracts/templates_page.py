"""Settings ▸ Preferences ▸ Payment templates: schedules such as "30 / 60 / 10"."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import MilestoneTrigger
from desktop.services.contracts.templates import Template, TemplateLine
from desktop.views.common.widgets import EnumCombo
from desktop.views.context import AppContext
from desktop.views.settings_dialog import SettingsPage

NAME_EN, NAME_ZH, PERCENT, TRIGGER, DAYS = range(5)


class TemplatesPage(SettingsPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = ctx.services.contract_settings
        self.templates: list[Template] = self.service.templates()
        self._current = -1
        self.names = QListWidget(self)
        self.name = QLineEdit(self)
        self.add_template = QPushButton(self.tr("New template"), self)
        self.remove_template = QPushButton(self.tr("Remove template"), self)
        self.lines = QTableWidget(0, 5, self)
        self.lines.setHorizontalHeaderLabels(
            [
                self.tr("Name (English)"),
                self.tr("Name (Chinese)"),
                self.tr("Share %"),
                self.tr("Trigger"),
                self.tr("Days after"),
            ]
        )
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setVisible(False)
        self.add_line = QPushButton(self.tr("Add milestone"), self)
        self.remove_line = QPushButton(self.tr("Remove milestone"), self)
        self.total = QLabel(self)

        left = QVBoxLayout()
        left.addWidget(self.names, 1)
        left.addWidget(self.add_template)
        left.addWidget(self.remove_template)
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.add_line)
        line_buttons.addWidget(self.remove_line)
        line_buttons.addStretch(1)
        line_buttons.addWidget(self.total)
        right = QVBoxLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(QLabel(self.tr("Template name"), self))
        name_row.addWidget(self.name, 1)
        right.addLayout(name_row)
        right.addWidget(self.lines, 1)
        right.addLayout(line_buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)

        for template in self.templates:
            self.names.addItem(template.name)
        self.names.currentRowChanged.connect(self._on_names_current_row_changed)
        self.name.textEdited.connect(self._on_name_text_edited)
        self.add_template.clicked.connect(self._on_add_template_clicked)
        self.remove_template.clicked.connect(self._on_remove_template_clicked)
        self.add_line.clicked.connect(lambda: self._append_line(None))
        self.remove_line.clicked.connect(self._on_remove_line_clicked)
        self.lines.itemChanged.connect(self._show_total)
        if self.templates:
            self.names.setCurrentRow(0)
        self._sync()

    def title(self) -> str:
        return self.tr("Payment templates")

    # ---- editing -------------------------------------------------------------------------

    def _append_line(self, line: TemplateLine | None) -> None:
        blocked = self.lines.blockSignals(True)
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        values = (
            ("", "", "", None, 30)
            if line is None
            else (
                line.name_en,
                line.name_zh,
                f"{line.percent.normalize():f}",
                line.trigger,
                line.due_days,
            )
        )
        for column in (NAME_EN, NAME_ZH, PERCENT, DAYS):
            item = QTableWidgetItem(str(values[column]))
            if column in (PERCENT, DAYS):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.lines.setItem(row, column, item)
        combo = EnumCombo(MilestoneTrigger, self.lines, allow_none=False)
        combo.set_value(values[TRIGGER] or MilestoneTrigger.SIGNING)
        self.lines.setCellWidget(row, TRIGGER, combo)
        self.lines.blockSignals(blocked)
        self._show_total()

    def _read_lines(self) -> tuple[TemplateLine, ...]:
        lines = []
        for row in range(self.lines.rowCount()):

            def text(column: int, r: int = row) -> str:
                item = self.lines.item(r, column)
                return "" if item is None else item.text().strip()

            try:
                percent = Decimal(text(PERCENT).rstrip("%") or "0")
            except InvalidOperation:
                percent = Decimal(0)
            try:
                days = int(text(DAYS) or "0")
            except ValueError:
                days = 0
            trigger = self.lines.cellWidget(row, TRIGGER).value()
            lines.append(TemplateLine(text(NAME_EN), text(NAME_ZH), percent, trigger, days))
        return tuple(lines)

    def _store_current(self) -> None:
        if 0 <= self._current < len(self.templates):
            self.templates[self._current] = Template(self.name.text().strip(), self._read_lines())

    def _on_names_current_row_changed(self, row: int) -> None:
        self._store_current()
        self._current = row
        self.lines.blockSignals(True)
        self.lines.setRowCount(0)
        if 0 <= row < len(self.templates):
            template = self.templates[row]
            self.name.setText(template.name)
            for line in template.lines:
                self._append_line(line)
        else:
            self.name.clear()
        self.lines.blockSignals(False)
        self._show_total()
        self._sync()

    def _on_name_text_edited(self, text: str) -> None:
        item = self.names.currentItem()
        if item is not None:
            item.setText(text)
            self.templates[self._current] = replace(self.templates[self._current], name=text)

    def _on_add_template_clicked(self) -> None:
        self._store_current()
        self.templates.append(Template(self.tr("New template"), ()))
        self.names.addItem(self.templates[-1].name)
        self.names.setCurrentRow(len(self.templates) - 1)
        self._append_line(None)

    def _on_remove_template_clicked(self) -> None:
        row = self.names.currentRow()
        if row < 0:
            return
        self._current = -1
        del self.templates[row]
        self.names.takeItem(row)

    def _on_remove_line_clicked(self) -> None:
        row = self.lines.currentRow()
        if row >= 0:
            self.lines.removeRow(row)
            self._show_total()

    def _show_total(self, *_args) -> None:
        total = sum((line.percent for line in self._read_lines()), Decimal(0))
        self.total.setText(self.tr("Total: {percent}%").format(percent=f"{total.normalize():f}"))
        self.total.setStyleSheet("" if total == 100 else "color: #b00020")

    def _sync(self) -> None:
        has = 0 <= self._current < len(self.templates)
        for widget in (
            self.name,
            self.lines,
            self.add_line,
            self.remove_line,
            self.remove_template,
        ):
            widget.setEnabled(has)

    def save(self) -> None:
        self._store_current()
        self.service.save_templates(self.templates)
