"""The deviation table (偏离表) on paper: A4 landscape, one ruled table per kind in the columns bid
documents use (docs/tender-reading.md#the-deviation-table-on-paper-and-in-excel)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPainter, QPen

from desktop.models.enums import Deviation
from desktop.services.bids.deviation_excel import COLUMNS, TITLES, row_values, tables
from desktop.services.bids.deviations import DeviationRow
from desktop.services.bids.tenders import TenderDetail
from desktop.views.i18n import translate

from .checklist_print import BAND, GREY, WRAP, PageBlock, TenderPrintout

# Shares of the width: 序号, 招标文件条目号, 招标要求, 投标响应, 偏离, 说明
WIDTHS = (0.05, 0.12, 0.31, 0.27, 0.11, 0.14)
NEGATIVE = QColor("#8e1b10")


class DeviationPrintout(TenderPrintout):
    ORIENTATION = QPageLayout.Orientation.Landscape

    def __init__(
        self, tender: TenderDetail, rows: list[DeviationRow], *, language: str, printed_on: date
    ) -> None:
        super().__init__(tender, language=language, printed_on=printed_on)
        self.rows = rows

    def heading(self) -> str:
        return self.tr("Deviation table")

    def _blocks(self) -> list[PageBlock]:
        data = self.tender.data
        blocks = [self._title_block()]
        blocks.append(
            self._text_block(data.title or data.tender_no, self._font(11, bold=True), gap=6)
        )
        for kind, lines in tables(self.rows):
            caption = self._text_block(TITLES[kind].render(translate), self._font(10, bold=True))
            caption.keep_with_next = True
            header = self._row_block([title.render(translate) for title, _ in COLUMNS], head=True)
            header.keep_with_next = True
            blocks += [caption, header]
            for number, line in enumerate(lines, start=1):
                row = self._row_block(
                    [str(value) for value in row_values(number, line, translate)],
                    negative=line.deviation is Deviation.NEGATIVE,
                )
                row.header = header
                blocks.append(row)
            blocks.append(PageBlock(8 * self._unit, lambda painter, top: None))
        return blocks

    def _row_block(
        self, cells: list[str], *, head: bool = False, negative: bool = False
    ) -> PageBlock:
        unit, width = self._unit, self._width
        font = self._font(8.5, bold=head)
        pad = 3 * unit
        widths = [share * width for share in WIDTHS]
        height = max(
            self._text_height(text, font, cell - 2 * pad)
            for text, cell in zip(cells, widths, strict=True)
        )
        height += 2 * pad
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap) if head else WRAP

        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(font)
            x = 0.0
            for index, (text, cell) in enumerate(zip(cells, widths, strict=True)):
                rect = QRectF(x, top, cell, height)
                if head:
                    painter.fillRect(rect, BAND)
                painter.setPen(QPen(GREY, 0.6 * unit))
                painter.drawRect(rect)
                painter.setPen(NEGATIVE if negative and index == 4 else QColor("black"))
                painter.drawText(rect.adjusted(pad, pad, -pad, -pad), flags, text)
                x += cell

        return PageBlock(height, paint)
