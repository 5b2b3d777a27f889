"""File ▸ Import from Excel: check how each sheet's columns were understood, correct the
mapping, rehearse (dry run), then import — all in one transaction, after a backup."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.excel import fields as f
from desktop.services.excel.import_service import apply_saved_mapping
from desktop.services.excel.importer import SheetPlan
from desktop.services.excel.kinds import KINDS
from desktop.services.excel.report import ImportReport
from desktop.services.excel.values import text
from desktop.views.common.operation import run_operation
from desktop.views.common.widgets import widget_as
from desktop.views.context import AppContext
from desktop.views.i18n import translate

from .labels import field_label, kind_label
from .report_table import ReportView

PREVIEW_ROWS = 8


class ImportDialog(QDialog):
    def __init__(
        self, ctx: AppContext, name: str, plans: list[SheetPlan], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plans = plans
        self.service = ctx.services.imports
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import {name}").format(name=name))
        self.sheet = QComboBox(self)
        for plan in plans:
            self.sheet.addItem(plan.sheet.name)
        self.include = QCheckBox(self.tr("Import this sheet"), self)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.saved = QComboBox(self)
        self.saved.addItem(self.tr("— apply a saved mapping —"), None)
        for saved_name in sorted(self.service.saved_mappings()):
            self.saved.addItem(saved_name, saved_name)
        self.save_button = QPushButton(self.tr("Save mapping…"), self)
        self.header_note = QLabel(self)
        self.header_note.setWordWrap(True)
        self.mapping = QTableWidget(0, 3, self)
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the sheet"), self.tr("Goes into"), self.tr("First values")]
        )
        self.mapping.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping.verticalHeader().setVisible(False)
        self.preview = QTableWidget(0, 0, self)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.report_view = ReportView(self)
        self.check_button = QPushButton(self.tr("Check (changes nothing)"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.tr("Sheet"), self.sheet)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind, 1)
        kind_row.addWidget(self.include)
        top.addRow(self.tr("It holds"), kind_row)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.save_button)
        top.addRow(self.tr("Mapping"), saved_row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for widget in (self.mapping, self.preview, self.report_view):
            split.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.header_note)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(980, 720)

        # A sheet the guesser could not place starts left out; ticking it takes it over.
        self.excluded: set[int] = {i for i, plan in enumerate(plans) if plan.refused}
        self.sheet.currentIndexChanged.connect(self._show_sheet)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.include.toggled.connect(self._on_include_toggled)
        self.saved.activated.connect(self._apply_saved)
        self.save_button.clicked.connect(self._save_mapping)
        self.check_button.clicked.connect(lambda: self._run(dry_run=True))
        self.import_button.clicked.connect(lambda: self._run(dry_run=False))
        self._show_sheet(0)

    # -- showing a sheet -------------------------------------------------------------------
    def current(self) -> SheetPlan:
        return self.plans[self.sheet.currentIndex()]

    def _show_sheet(self, index: int) -> None:
        plan = self.plans[index]
        self.include.blockSignals(True)
        self.include.setChecked(index not in self.excluded)
        self.include.blockSignals(False)
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(KINDS.index(plan.kind))
        self.kind.blockSignals(False)
        note = self.tr(
            "Column names found on row {row}; {mapped} of {total} columns are used."
        ).format(
            row=plan.sheet.header_row + 1,
            mapped=len(plan.mapping),
            total=sum(1 for h in plan.sheet.headers if h),
        )
        if plan.refused is not None:
            note = plan.refused.render(QCoreApplication.translate) + "\n" + note
        self.header_note.setText(note)
        self._fill_mapping(plan)
        self._fill_preview(plan)

    def _fill_mapping(self, plan: SheetPlan) -> None:
        rows = plan.sheet.preview(3)
        headers = plan.sheet.headers
        self.mapping.setRowCount(len(headers))
        for index, header in enumerate(headers):
            name = QTableWidgetItem(header)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(index, 0, name)
            combo = QComboBox(self.mapping)
            combo.addItem(self.tr("— not imported —"), None)
            for spec in f.FIELDS[plan.kind]:
                combo.addItem(field_label(plan.kind, spec.name), spec.name)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(index)), 0))
            combo.currentIndexChanged.connect(
                lambda _i, column=index, box=combo: self._on_field_chosen(column, box.currentData())
            )
            self.mapping.setCellWidget(index, 1, combo)
            samples = " · ".join(text(cells[index]) for _n, cells in rows if text(cells[index]))
            sample = QTableWidgetItem(samples)
            sample.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.mapping.setItem(index, 2, sample)
        self.mapping.resizeColumnToContents(0)
        self.mapping.setColumnWidth(1, 220)

    def _fill_preview(self, plan: SheetPlan) -> None:
        rows = plan.sheet.preview(PREVIEW_ROWS)
        headers = plan.sheet.headers
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(headers)
        self.preview.setVerticalHeaderLabels([str(number) for number, _c in rows])
        for r, (_number, cells) in enumerate(rows):
            for c, cell in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(text(cell)))
        self.preview.resizeColumnsToContents()

    # -- changing the mapping --------------------------------------------------------------
    def _on_field_chosen(self, column: int, name: str | None) -> None:
        mapping = self.current().mapping
        for other, field_name in list(mapping.items()):
            if field_name == name and other != column:
                del mapping[other]  # one column per field
                box = widget_as(self.mapping.cellWidget(other, 1), QComboBox)
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
        if name is None:
            mapping.pop(column, None)
        else:
            mapping[column] = name

    def _on_kind_changed(self, _index: int) -> None:
        plan = self.current()
        plan.kind = self.kind.currentData()
        plan.mapping = f.auto_map(plan.sheet.headers, plan.kind)
        self._show_sheet(self.sheet.currentIndex())

    def _on_include_toggled(self, checked: bool) -> None:
        index = self.sheet.currentIndex()
        if checked:
            self.excluded.discard(index)
            self.plans[index].refused = None  # the user says what the sheet holds
        else:
            self.excluded.add(index)

    def _apply_saved(self, _index: int) -> None:
        name = self.saved.currentData()
        if name is None:
            return
        apply_saved_mapping(self.current(), self.service.saved_mappings()[name])
        self._show_sheet(self.sheet.currentIndex())

    def _save_mapping(self) -> None:
        name = self.ctx.dialogs.ask_text(self.tr("Save mapping"), self.tr("Name of the mapping:"))
        if name:
            self.service.save_mapping(name.strip(), self.current())
            if self.saved.findData(name.strip()) < 0:
                self.saved.addItem(name.strip(), name.strip())

    # -- running ---------------------------------------------------------------------------
    def chosen_plans(self) -> list[SheetPlan]:
        return [plan for index, plan in enumerate(self.plans) if index not in self.excluded]

    def missing_required(self) -> list[str]:
        missing = []
        for plan in self.chosen_plans():
            used = set(plan.mapping.values())
            for spec in f.FIELDS[plan.kind]:
                if spec.required and spec.name not in used:
                    missing.append(f"{plan.sheet.name}: {field_label(plan.kind, spec.name)}")
        return missing

    def _run(self, *, dry_run: bool) -> None:
        missing = self.missing_required()
        if missing:
            self.ctx.dialogs.warn(
                self.tr("Import"),
                self.tr("Choose a column for: {fields}").format(fields=", ".join(missing)),
            )
            return
        plans = self.chosen_plans()
        run_operation(
            self.ctx,
            self,
            self.tr("Checking…") if dry_run else self.tr("Importing…"),
            lambda progress: self.service.run(plans, dry_run=dry_run, progress=progress),
            on_success=lambda outcome: self._show(outcome[0]),
            on_cancel=lambda: self.report_view.show_text(
                self.tr("Cancelled: nothing was changed.")
            ),
            # A dry run or a refused import rolls back: nothing to refresh.
            changes=lambda outcome: None if dry_run or outcome[0].refused else outcome[1],
        )

    def _show(self, report: ImportReport) -> None:
        self.report = report
        show_import_report(self, self.ctx, self.report_view, report)


def show_import_report(
    dialog: QDialog, ctx: AppContext, report_view: ReportView, report: ImportReport
) -> None:
    """Show what an import did or would do; after a real import, say that the undo history
    is gone and close the dialog."""
    report_view.show_report(report)
    if report.dry_run:
        return
    if report.refused:  # one bad value refuses the whole import (docs/field-rules.md)
        ctx.dialogs.warn(translate("ImportDialog", "Import"), report_view.summary.text())
        return
    # Edits made before the import cannot be undone across it (docs/undo.md).
    ctx.undo.forget(
        translate(
            "ImportDialog",
            "The undo history was cleared: an import cannot be undone. To go back, "
            "restore the backup taken before it (File ▸ Restore from backup).",
        )
    )
    ctx.dialogs.info(translate("ImportDialog", "Import"), report_view.summary.text())
    dialog.accept()
