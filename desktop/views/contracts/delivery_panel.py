"""Delivery and acceptance: the plan lines, the shipping gate and its exceptions, and the
arrival, initial and final acceptances with their documents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.services.contracts.data import (
    AcceptanceData,
    DeliveryData,
    ShippingExceptionData,
)
from desktop.services.contracts.detail_rows import AcceptanceRow, DeliveryRow, ExceptionRow
from desktop.services.contracts.parts import Part
from desktop.services.records import read_from
from desktop.views.common.formatting import format_number
from desktop.views.common.row_table import Column
from desktop.views.context import AppContext

from .editor import ContractEditor
from .files_button import FilesButton
from .forms import acceptance_dialog, delivery_dialog, exception_dialog
from .panel import ContractPanel
from .section import PartSection
from .text import render


def _banner_style(colour: str, background: str) -> str:
    return (
        f"QLabel {{ color: {colour}; background: {background}; padding: 6px; border-radius: 3px; }}"
    )


ALLOWED = _banner_style("#1b5e20", "#e8f5e9")
CAUTION = _banner_style("#6d4c00", "#fff4d6")
BLOCKED = _banner_style("#8e0016", "#fde7ea")


class DeliveryPanel(ContractPanel):
    def __init__(self, ctx: AppContext, editor: ContractEditor, parent: QWidget | None = None):
        super().__init__(ctx, editor, parent)
        self.gate = QLabel(self)
        self.gate.setWordWrap(True)
        self.lines = PartSection(
            self.tr("Delivery plan"),
            [
                Column(self.tr("Item"), lambda r: r.item),
                Column(self.tr("Quantity"), lambda r: r, self._quantity),
                Column(self.tr("Planned"), lambda r: r.planned_on),
                Column(self.tr("Shipped"), lambda r: r.shipped_on),
                Column(self.tr("Arrived"), lambda r: r.arrived_on),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.exceptions = PartSection(
            self.tr("Shipping exceptions"),
            [
                Column(self.tr("Approved on"), lambda r: r.approved_on),
                Column(self.tr("Approved by"), lambda r: r.approver),
                Column(self.tr("Close by"), lambda r: r.close_by),
                Column(self.tr("Closed on"), lambda r: r.closed_on),
                Column(self.tr("Commitment letter"), lambda r: r.commitment_letter),
                Column(self.tr("Files"), lambda r: len(r.files), lambda v: str(v) if v else ""),
                Column(self.tr("Reason"), lambda r: r.reason),
            ],
            self,
        )
        self.close_button = self.exceptions.add_button_for(self.tr("Close…"))
        self.exception_files = FilesButton(self)
        self.exceptions.buttons.insertWidget(
            self.exceptions.buttons.count() - 1, self.exception_files
        )
        self.acceptances = PartSection(
            self.tr("Acceptance"),
            [
                Column(self.tr("Kind"), lambda r: r.kind),
                Column(self.tr("Date"), lambda r: r.accepted_on),
                Column(self.tr("Certificate or document"), lambda r: r.document),
                Column(self.tr("Files"), lambda r: len(r.files), lambda v: str(v) if v else ""),
                Column(self.tr("Note"), lambda r: r.note),
            ],
            self,
        )
        self.acceptance_files = FilesButton(self)
        self.acceptances.buttons.insertWidget(
            self.acceptances.buttons.count() - 1, self.acceptance_files
        )

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.lines)
        splitter.addWidget(self.exceptions)
        splitter.addWidget(self.acceptances)
        layout = QVBoxLayout(self)
        layout.addWidget(self.gate)
        layout.addWidget(splitter, 1)

        self.lines.add_requested.connect(lambda: self.edit_line(None))
        self.lines.edit_requested.connect(self.edit_line)
        self.lines.delete_requested.connect(
            lambda row: self.delete_part(
                Part.DELIVERY, row.id, self.tr("the line {item}").format(item=row.item)
            )
        )
        self.exceptions.add_requested.connect(lambda: self.edit_exception(None))
        self.exceptions.edit_requested.connect(self.edit_exception)
        self.exceptions.delete_requested.connect(
            lambda row: self.delete_part(
                Part.SHIPPING_EXCEPTION, row.id, self.tr("the shipping exception")
            )
        )
        self.exceptions.selection_changed.connect(
            lambda row: self.exception_files.set_files(None if row is None else row.files)
        )
        self.close_button.clicked.connect(self.close_exception)
        self.acceptances.add_requested.connect(lambda: self.edit_acceptance(None))
        self.acceptances.edit_requested.connect(self.edit_acceptance)
        self.acceptances.delete_requested.connect(
            lambda row: self.delete_part(Part.ACCEPTANCE, row.id, self.tr("the acceptance record"))
        )
        self.acceptances.selection_changed.connect(
            lambda row: self.acceptance_files.set_files(None if row is None else row.files)
        )
        for box, section, part in (
            (self.exception_files, self.exceptions, Part.SHIPPING_EXCEPTION),
            (self.acceptance_files, self.acceptances, Part.ACCEPTANCE),
        ):
            box.attach_requested.connect(
                lambda s=section, p=part: self.attach_to(p, getattr(s.selected(), "id", None))
            )
            box.remove_requested.connect(self.detach)
            box.open_requested.connect(self.open_file)

    @staticmethod
    def _quantity(row: DeliveryRow) -> str:
        decimals = 0 if row.quantity % 1 == 0 else 2
        return f"{format_number(row.quantity, decimals)} {row.unit}".strip()

    def refresh(self) -> None:
        detail = self.detail
        if detail is None:
            self.gate.clear()
            for section in (self.lines, self.exceptions, self.acceptances):
                section.set_rows([])
            return
        gate = detail.gate
        notes = self._late_notes()
        if not gate.allowed:
            style = BLOCKED
        elif gate.missing > 0 or notes:
            style = CAUTION
        else:
            style = ALLOWED
        mark = "✔" if gate.allowed else "✘"
        text = self.tr("Shipping today: {mark} {reason}").format(
            mark=mark, reason=render(gate.reason)
        )
        self.gate.setStyleSheet(style)
        self.gate.setText("\n".join([text, *notes]))
        for section, rows in (
            (self.lines, detail.deliveries),
            (self.exceptions, detail.exceptions),
            (self.acceptances, detail.acceptances),
        ):
            keep = section.selected()
            section.set_rows(rows, getattr(keep, "id", None))
        for section, box in (
            (self.exceptions, self.exception_files),
            (self.acceptances, self.acceptance_files),
        ):
            row = section.selected()
            box.set_files(None if row is None else row.files)

    def _late_notes(self) -> list[str]:
        today = self.ctx.clock.today()
        late = sum(
            1
            for row in self.shown.deliveries
            if row.shipped_on is None and row.planned_on is not None and row.planned_on < today
        )
        overdue = sum(
            1
            for e in self.shown.exceptions
            if e.closed_on is None and e.close_by is not None and e.close_by < today
        )
        notes = []
        if late:
            notes.append(
                self.tr("%Ln delivery line(s) past the planned date and not shipped.", "", late)
            )
        if overdue:
            notes.append(self.tr("%Ln shipping exception(s) past the close-by date.", "", overdue))
        return notes

    # ---- actions -------------------------------------------------------------------------

    def edit_line(self, row: DeliveryRow | None) -> None:
        if self.detail is None:
            return
        data = DeliveryData() if row is None else read_from(DeliveryData, row)
        self.open_part_dialog(
            delivery_dialog, row, data, self.tr("Add delivery line"), self.tr("Edit delivery line")
        )

    def edit_exception(self, row: ExceptionRow | None) -> None:
        if self.detail is None:
            return
        if row is None:
            data = ShippingExceptionData(approved_on=self.ctx.clock.today())
        else:
            data = read_from(ShippingExceptionData, row)
        self.open_part_dialog(
            exception_dialog,
            row,
            data,
            self.tr("Add shipping exception"),
            self.tr("Edit shipping exception"),
        )

    def close_exception(self) -> None:
        row = self.exceptions.selected()
        if row is None:
            return
        today = self.ctx.clock.today()
        if self.ctx.dialogs.confirm(
            self.tr("Close shipping exception"),
            self.tr("Has the customer kept the commitment? Close the exception today?"),
        ):
            self.editor.attempt(
                self.tr("Close shipping exception"),
                lambda: self.service.close_exception(row.id, today),
            )

    def edit_acceptance(self, row: AcceptanceRow | None) -> None:
        if self.detail is None:
            return
        if row is None:
            data = AcceptanceData(accepted_on=self.ctx.clock.today())
        else:
            data = read_from(AcceptanceData, row)
        self.open_part_dialog(
            acceptance_dialog, row, data, self.tr("Add acceptance"), self.tr("Edit acceptance")
        )
