"""The tab's Export menu and Print action: choose a file (or printer) and write the chart."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMenu

from desktop.views.i18n import translate

from .export import TITLE, export_scene, print_scene, save_pdf, save_png, save_svg

if TYPE_CHECKING:
    from .tab import OrgChartTab


class ChartExportActions(QObject):
    def __init__(self, tab: OrgChartTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.menu = QMenu(tab)
        self.png_action = self.menu.addAction(self.tr("Picture (PNG)…"), self.export_png)
        self.svg_action = self.menu.addAction(self.tr("Drawing (SVG)…"), self.export_svg)
        self.pdf_action = self.menu.addAction(self.tr("Document (PDF)…"), self.export_pdf)
        self.menu.addSeparator()
        self.personal_action = self.menu.addAction(
            self.tr("Include personal details (birthday, interests, family)")
        )
        self.personal_action.setCheckable(True)
        self.print_action = QAction(self.tr("Print…"), tab)
        self.print_action.triggered.connect(self.print_chart)

    def set_enabled(self, enabled: bool) -> None:
        for action in (self.png_action, self.svg_action, self.pdf_action, self.print_action):
            action.setEnabled(enabled)

    def _scene(self):
        tab = self.tab
        return export_scene(
            tab.chart,
            translate,
            tab.ctx.clock.today(),
            personal=self.personal_action.isChecked(),
            colour_by=tab.scene.colour_by,
        )

    def _title(self) -> str:
        return TITLE.with_(account=self.tab.shown_chart.account_name).render(translate)

    def _target(self, kind: str, file_filter: str) -> Path | None:
        if self.tab.chart is None:
            return None
        account = re.sub(r'[\\/:*?"<>|]+', "_", self.tab.chart.account_name).strip() or "chart"
        name = f"{account} {self.tab.ctx.clock.today().isoformat()}.{kind}"
        path = self.tab.ctx.dialogs.save_file(self.tr("Export the org chart"), file_filter, name)
        if path is not None and path.suffix.lower() != f".{kind}":
            path = path.with_name(path.name + f".{kind}")
        return path

    def _write(self, path: Path, write) -> None:
        try:
            write()
        except OSError as error:
            self.tab.ctx.dialogs.warn(
                self.tr("Export the org chart"),
                self.tr("Could not write {path}: {reason}").format(path=path, reason=error),
            )

    def export_png(self) -> None:
        path = self._target("png", self.tr("PNG picture (*.png)"))
        if path is not None:
            self._write(path, lambda: save_png(self._scene(), path))

    def export_svg(self) -> None:
        path = self._target("svg", self.tr("SVG drawing (*.svg)"))
        if path is not None:
            self._write(path, lambda: save_svg(self._scene(), path, self._title()))

    def export_pdf(self) -> None:
        path = self._target("pdf", self.tr("PDF document (*.pdf)"))
        if path is not None:
            self._write(path, lambda: save_pdf(self._scene(), path, self._title()))

    def choose_printer(self) -> QPrinter | None:
        """Ask which printer (tests replace this)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.tab)
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def print_chart(self) -> None:
        if self.tab.chart is None:
            return
        printer = self.choose_printer()
        if printer is not None:
            self._write(
                Path(printer.outputFileName() or "printer"),
                lambda: print_scene(self._scene(), printer),
            )
