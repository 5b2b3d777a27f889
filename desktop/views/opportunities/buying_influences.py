"""The buying influences of the deal strategy sheet (docs/strategy.md): who decides in what
part, how strongly, in which mode, and their personal win; the last three are edited in the
table itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import BuyingMode, InfluenceDegree
from desktop.services.labels import label
from desktop.services.opportunities.strategy import (
    BUYING_ROLE_LABELS,
    Influence,
    StrategySheet,
)
from desktop.services.opportunities.strategy_service import InfluenceData
from desktop.services.versions import ReadRecord
from desktop.views.common.changed_meanwhile import save_until_saved
from desktop.views.common.read_only import edits
from desktop.views.common.widgets import EnumCombo
from desktop.views.i18n import translate

from .decision_group_panel import roles_text
from .editing import Editing
from .rich_text import escape_html

# Influence table columns.
PART, PERSON, ROLE, DEGREE, MODE, WIN = range(6)


class BuyingInfluences(QGroupBox):
    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Buying influences"), parent)
        self.editing = editing
        self.service = editing.ctx.services.strategy
        self.sheet: StrategySheet | None = None
        self._loading = False
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Part"),
                self.tr("Person"),
                self.tr("Role and stance in this deal"),
                self.tr("Influence"),
                self.tr("Mode"),
                self.tr("Personal win"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long names, titles and role lists are elided (whole in the tooltip), so that the
        # editable columns stay on screen.
        for section, width in ((PERSON, 110), (ROLE, 200)):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(section, width)
        header.setSectionResizeMode(WIN, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        box = QVBoxLayout(self)
        box.addWidget(self.warnings)
        box.addWidget(self.table, 1)

    def show_sheet(self, sheet: StrategySheet | None) -> None:
        self.sheet = sheet
        # Filling the combos emits their change signals: those are not edits.
        self._loading = True
        self.table.setUpdatesEnabled(False)  # one layout for the whole table, not one per row
        try:
            self._fill()
        finally:
            self.table.setUpdatesEnabled(True)
            self._loading = False

    def _fill(self) -> None:
        table = self.table
        table.setRowCount(0)
        sheet = self.sheet
        self.warnings.setText(
            ""
            if sheet is None
            else "<br>".join(
                f"<span style='color:#b3261e'>⚠ {escape_html(w.render(translate))}</span>"
                for w in sheet.warnings
            )
        )
        self.warnings.setVisible(bool(sheet and sheet.warnings))
        if sheet is None:
            return
        table.setRowCount(len(sheet.influences))
        for row, influence in enumerate(sheet.influences):
            roles = roles_text(influence.roles)
            if not influence.role_overridden:
                roles = self.tr("{roles} (org chart)").format(roles=roles)
            stance = label(influence.stance, translate)
            texts = {
                PART: BUYING_ROLE_LABELS[influence.buying_role].render(translate),
                PERSON: influence.name,
                ROLE: f"{stance} · {roles}",
            }
            for column, text in texts.items():
                item = QTableWidgetItem(text)
                item.setToolTip(
                    f"{influence.name}, {influence.title}"
                    if column == PERSON and influence.title
                    else text
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                table.setItem(row, column, item)
            degree = EnumCombo(InfluenceDegree, table)
            degree.set_value(influence.degree)
            mode = EnumCombo(BuyingMode, table)
            mode.set_value(influence.mode)
            win = QLineEdit(influence.win_result, table)
            win.setPlaceholderText(self.tr("Their personal win, in a sentence"))
            win.setFrame(False)
            win.setCursorPosition(0)  # the start of a long sentence, not its end
            win.setToolTip(influence.win_result)
            for combo in (degree, mode):
                combo.currentIndexChanged.connect(
                    lambda _i, person=influence: self._influence_edited(person)
                )
            win.editingFinished.connect(lambda person=influence: self._influence_edited(person))
            table.setCellWidget(row, DEGREE, edits(degree))
            table.setCellWidget(row, MODE, edits(mode))
            table.setCellWidget(row, WIN, edits(win))

    def _influence_edited(self, influence: Influence) -> None:
        if self._loading or self.sheet is None:
            return
        row = next(
            (n for n, i in enumerate(self.sheet.influences) if i.member_id == influence.member_id),
            None,
        )
        if row is None:
            return
        degree = self.table.cellWidget(row, DEGREE)
        mode = self.table.cellWidget(row, MODE)
        win = self.table.cellWidget(row, WIN)
        assert isinstance(degree, EnumCombo) and isinstance(mode, EnumCombo)
        assert isinstance(win, QLineEdit)
        data = InfluenceData(degree.value(), mode.value(), win.text().strip())
        if data == _as_read(influence):
            return
        self.set_influence(influence, data)

    def set_influence(self, influence: Influence, data: InfluenceData) -> None:
        """Saved at once; refused when the person's influence changed since the sheet was read
        (docs/team-server.md#versions)."""
        member_id = influence.member_id

        def save(new: InfluenceData, version: int | None, refused) -> None:
            self.editing.change_record(
                self.tr("Change {name} as a buying influence").format(name=influence.name),
                "decision_group_member",
                member_id,
                lambda: self.service.set_influence(member_id, new, version),
                refused,
            )

        record = ReadRecord(
            lambda: self.service.read_influence(member_id),
            (_as_read(influence), influence.version),
        )
        save_until_saved(self, record, data, save)


def _as_read(influence: Influence) -> InfluenceData:
    return InfluenceData(influence.degree, influence.mode, influence.win_result)
