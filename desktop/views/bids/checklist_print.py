"""The checklist on paper: a clean A4 page with a box per item, who checked it and when, and
lines for the signatures. The same painting goes to a printer, a PDF or an image."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QMarginsF, QObject, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPen,
)
from PySide6.QtPrintSupport import QPrinter

from desktop.models.enums import ChecklistStatus
from desktop.services.bids.checklist import ChecklistRow
from desktop.services.bids.progress import progress_by_section, progress_of
from desktop.services.bids.sections import section_label
from desktop.services.bids.tenders import TenderDetail
from desktop.views.common.formatting import (
    display,
    format_date,
    format_datetime,
    format_number,
)
from desktop.views.i18n import translate

from .status_icons import paint_status
from .text import item_text

MARGIN_MM = 15
GREY = QColor("#555555")
LIGHT = QColor("#b8b8b8")
BAND = QColor("#ececec")
WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


@dataclass
class PageBlock:
    height: float
    paint: Callable[[QPainter, float], None]  # painter, top y
    keep_with_next: bool = False
    header: PageBlock | None = None  # painted again at the top of a page this block starts


class TenderPrintout(QObject):
    """One tender's document on A4 pages: a title, blocks that flow over the pages, a footer
    with the tender number and the page. Printouts that follow (``then``) go to the same
    printer, each on new pages in its own orientation."""

    ORIENTATION = QPageLayout.Orientation.Portrait

    def __init__(self, tender: TenderDetail, *, language: str, printed_on: date) -> None:
        super().__init__()
        self.tender = tender
        self.language = language
        self.printed_on = printed_on
        self.then: list[TenderPrintout] = []

    def heading(self) -> str:
        raise NotImplementedError

    def _blocks(self) -> list[PageBlock]:
        raise NotImplementedError

    # ---- devices ------------------------------------------------------------------------
    @classmethod
    def page_layout(cls) -> QPageLayout:
        return QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            cls.ORIENTATION,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page on ``printer`` (a real printer or a PDF file); returns the count."""
        printer.setPageLayout(self.page_layout())
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("cannot start printing")
        try:
            pages = 0
            for part in (self, *self.then):
                if pages:
                    if printer.outputFileName():  # a PDF file takes a new layout mid-way
                        printer.setPageLayout(part.page_layout())  # from the next page on
                    printer.newPage()
                pages += part._print_part(painter, printer)
            return pages
        finally:
            painter.end()

    def _print_part(self, painter: QPainter, printer: QPrinter) -> int:
        """Paint this printout's pages; on a page of the other orientation (a printer keeps
        the one it started with) the painting is turned a quarter."""
        rect = printer.pageLayout().paintRectPixels(printer.resolution())
        width, height = rect.width(), rect.height()
        turn = printer.pageLayout().orientation() != self.ORIENTATION

        def place() -> None:
            painter.resetTransform()
            if turn:
                painter.translate(width, 0)
                painter.rotate(90)

        def new_page() -> bool:
            done = printer.newPage()
            place()
            return done

        place()
        area = QRectF(0, 0, height, width) if turn else QRectF(0, 0, width, height)
        return self._paint(painter, printer, area, new_page)

    def render_images(self, dpi: int = 110) -> list[QImage]:
        """The pages as images (white paper, margins included): for previews and tests."""
        layout = self.page_layout()
        full = layout.fullRectPixels(dpi)
        margins = layout.marginsPixels(dpi)
        images: list[QImage] = []

        def new_image() -> QImage:
            image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
            dots = round(dpi / 0.0254)
            image.setDotsPerMeterX(dots)
            image.setDotsPerMeterY(dots)
            image.fill(QColor("white"))
            images.append(image)
            return image

        area = QRectF(0, 0, full.width() - margins.left() - margins.right(), 0)
        area.setHeight(full.height() - margins.top() - margins.bottom())
        painter = QPainter(new_image())

        def next_page() -> bool:
            painter.end()
            painter.begin(new_image())
            painter.translate(margins.left(), margins.top())
            return True

        painter.translate(margins.left(), margins.top())
        self._paint(painter, images[0], area, next_page)
        painter.end()
        return images

    # ---- layout -------------------------------------------------------------------------
    def _paint(
        self, painter: QPainter, device: QPaintDevice, area: QRectF, new_page: Callable[[], bool]
    ) -> int:
        unit = device.logicalDpiY() / 72.0  # device pixels per point
        self._unit, self._device, self._width = unit, device, area.width()
        footer = 14 * unit
        pages = self._paginate(self._blocks(), area.height() - footer)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                new_page()
            for block, top in page:
                block.paint(painter, top)
            self._paint_footer(painter, area, number, len(pages))
        return len(pages)

    @staticmethod
    def _paginate(blocks: list[PageBlock], height: float) -> list[list[tuple[PageBlock, float]]]:
        pages: list[list[tuple[PageBlock, float]]] = [[]]
        y = 0.0
        for index, block in enumerate(blocks):
            needed = block.height
            if block.keep_with_next and index + 1 < len(blocks):
                needed += blocks[index + 1].height
            if y > 0 and y + needed > height:
                pages.append([])
                y = 0.0
                if block.header is not None:
                    pages[-1].append((block.header, y))
                    y += block.header.height
            pages[-1].append((block, y))
            y += block.height
        return pages

    def _font(self, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def _text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self._device)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()

    def _text_block(
        self, text: str, font: QFont, *, colour: QColor | None = None, gap: float = 2
    ) -> PageBlock:
        width, unit = self._width, self._unit
        height = self._text_height(text, font, width) + gap * unit

        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(font)
            painter.setPen(colour or QColor("black"))
            painter.drawText(QRectF(0, top, width, height), WRAP, text)

        return PageBlock(height, paint)

    def _title_block(self) -> PageBlock:
        unit, width = self._unit, self._width
        title, small = self._font(16, bold=True), self._font(8)
        height = QFontMetricsF(title, self._device).height() + 6 * unit
        printed = self.tr("Printed {date}").format(date=format_date(self.printed_on))

        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(title)
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(0, top, width, height),
                int(Qt.AlignmentFlag.AlignLeft),
                self.heading(),
            )
            painter.setFont(small)
            painter.setPen(GREY)
            painter.drawText(
                QRectF(0, top, width, height), int(Qt.AlignmentFlag.AlignRight), printed
            )
            painter.setPen(QPen(QColor("black"), 1.2 * unit))
            painter.drawLine(
                0, int(top + height - 3 * unit), int(width), int(top + height - 3 * unit)
            )

        return PageBlock(height, paint)

    def _paint_footer(self, painter: QPainter, area: QRectF, number: int, count: int) -> None:
        unit = self._unit
        painter.setFont(self._font(7.5))
        painter.setPen(GREY)
        rect = QRectF(0, area.height() - 10 * unit, area.width(), 10 * unit)
        data = self.tender.data
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            data.tender_no or data.title,
        )
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
            self.tr("Page {page} of {pages}").format(page=number, pages=count),
        )


class ChecklistPrintout(TenderPrintout):
    """Lays out one tender's checklist on A4 pages."""

    def __init__(
        self,
        tender: TenderDetail,
        items: list[ChecklistRow],
        *,
        language: str,
        printed_on: date,
    ) -> None:
        super().__init__(tender, language=language, printed_on=printed_on)
        self.items = items

    def heading(self) -> str:
        return self.tr("Bid checklist")

    def _blocks(self) -> list[PageBlock]:
        data, unit = self.tender.data, self._unit
        blocks = [self._title_block()]
        blocks.append(self._text_block(data.title or data.tender_no, self._font(11, bold=True)))
        facts = [
            (self.tr("Tender number"), data.tender_no),
            (self.tr("Buyer"), data.buyer),
            (self.tr("Tender agency"), data.agency),
            (self.tr("Submission deadline"), format_datetime(data.submission_deadline)),
            (self.tr("Place of submission"), data.submission_place),
            (self.tr("Bid bond"), display(data.bond_amount) if data.bond_amount else ""),
        ]
        line = "    ".join(f"{caption}: {value}" for caption, value in facts if value)
        blocks.append(self._text_block(line, self._font(8.5), colour=GREY))
        progress = progress_of(self.items)
        summary = self.tr("{done} of {applicable} done ({percent}%) · required still open: {open}")
        blocks.append(
            self._text_block(
                summary.format(
                    done=format_number(progress.done),
                    applicable=format_number(progress.applicable),
                    percent=format_number(progress.percent),
                    open=format_number(progress.required_outstanding),
                ),
                self._font(8.5, bold=True),
                gap=4,
            )
        )
        blocks.append(self._legend_block())
        sections = dict(progress_by_section(self.items))
        for code in dict.fromkeys(item.section for item in self.items):
            blocks.append(self._section_block(code, sections[code]))
            blocks.extend(self._item_block(item) for item in self.items if item.section == code)
        blocks.append(PageBlock(10 * unit, lambda painter, top: None))
        blocks.append(self._signature_block())
        return blocks

    def _legend_block(self) -> PageBlock:
        unit = self._unit
        font = self._font(7.5)
        metrics = QFontMetricsF(font, self._device)
        box = 8 * unit
        height = max(box, metrics.height()) + 8 * unit
        entries = [(status, display(status)) for status in ChecklistStatus]

        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(font)
            painter.setPen(GREY)
            x = 0.0
            for status, name in entries:
                paint_status(painter, QRectF(x, top, box, box), status, ink="#333333")
                painter.setPen(GREY)
                painter.drawText(
                    QRectF(x + box + 3 * unit, top - unit, 200 * unit, box + 2 * unit),
                    int(Qt.AlignmentFlag.AlignVCenter),
                    name,
                )
                x += box + 3 * unit + metrics.horizontalAdvance(name) + 12 * unit
            painter.drawText(
                QRectF(x, top - unit, 300 * unit, box + 2 * unit),
                int(Qt.AlignmentFlag.AlignVCenter),
                self.tr("* required"),
            )

        return PageBlock(height, paint)

    def _section_block(self, code: str, progress) -> PageBlock:
        unit, width = self._unit, self._width
        font = self._font(9.5, bold=True)
        height = QFontMetricsF(font, self._device).height() + 6 * unit
        caption = section_label(code, translate)
        count = self.tr("{done} of {applicable} done").format(
            done=format_number(progress.done), applicable=format_number(progress.applicable)
        )

        def paint(painter: QPainter, top: float) -> None:
            band = QRectF(0, top + 2 * unit, width, height - 3 * unit)
            painter.fillRect(band, BAND)
            painter.setFont(font)
            painter.setPen(QColor("black"))
            inner = band.adjusted(4 * unit, 0, -4 * unit, 0)
            painter.drawText(
                inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), caption
            )
            painter.setFont(self._font(8))
            painter.drawText(
                inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), count
            )

        return PageBlock(height, paint, keep_with_next=True)

    def _item_block(self, item: ChecklistRow) -> PageBlock:
        unit, width = self._unit, self._width
        box = 9 * unit
        check_width = 130 * unit
        text_x = box + 8 * unit
        text_width = width - text_x - check_width - 6 * unit
        body, small = self._font(9), self._font(7.5)
        note_font = self._font(7.5, italic=True)
        text = item_text(item.text_en, item.text_zh, self.language)
        if item.required:
            text = f"* {text}"
        extra = []
        if item.source:
            extra.append((item.source, small, GREY))
        if item.note:
            extra.append(
                (
                    self.tr("Note: {note}").format(note=item.note),
                    note_font,
                    QColor("#8e1b10" if item.status is ChecklistStatus.PROBLEM else "#333333"),
                )
            )
        heights = [self._text_height(text, body, text_width)]
        heights += [self._text_height(t, f, text_width) for t, f, _ in extra]
        checked = ""
        if item.status is not ChecklistStatus.OPEN:
            who = f"{display(item.status)} · {item.checked_by}"
            checked = f"{who}\n{format_datetime(item.checked_at)}"
        check_height = self._text_height(checked, small, check_width) if checked else 0
        height = max(sum(heights), check_height, box) + 7 * unit

        def paint(painter: QPainter, top: float) -> None:
            paint_status(painter, QRectF(0, top + 3 * unit, box, box), item.status, ink="#222222")
            y = top + 2.5 * unit
            painter.setFont(body)
            painter.setPen(QColor("black"))
            painter.drawText(QRectF(text_x, y, text_width, heights[0]), WRAP, text)
            y += heights[0]
            for (line, font, colour), line_height in zip(extra, heights[1:], strict=True):
                painter.setFont(font)
                painter.setPen(colour)
                painter.drawText(QRectF(text_x, y, text_width, line_height), WRAP, line)
                y += line_height
            if checked:
                painter.setFont(small)
                painter.setPen(GREY)
                painter.drawText(
                    QRectF(width - check_width, top + 2.5 * unit, check_width, height),
                    WRAP,
                    checked,
                )
            painter.setPen(QPen(LIGHT, 0.5 * unit))
            painter.drawLine(int(text_x), int(top + height - 1), int(width), int(top + height - 1))

        return PageBlock(height, paint)

    def _signature_block(self) -> PageBlock:
        unit, width = self._unit, self._width
        font = self._font(9)
        metrics = QFontMetricsF(font, self._device)
        row = metrics.height() + 20 * unit
        lines = [self.tr("Prepared by (bid clerk)"), self.tr("Final check (marketing manager)")]
        date = self.tr("Date")

        def paint(painter: QPainter, top: float) -> None:
            painter.setFont(font)
            caption_width = max(metrics.horizontalAdvance(c) for c in lines) + 8 * unit
            date_width = metrics.horizontalAdvance(date) + 8 * unit
            line_end = width * 0.68
            for number, caption in enumerate(lines):
                base = top + (number + 1) * row
                box = QRectF(0, base - metrics.height() - 2 * unit, caption_width, metrics.height())
                painter.setPen(QColor("black"))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), caption)
                box.moveLeft(line_end + 10 * unit)
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft), date)
                painter.setPen(QPen(QColor("black"), 0.7 * unit))
                painter.drawLine(int(caption_width), int(base), int(line_end), int(base))
                start = line_end + 10 * unit + date_width
                painter.drawLine(int(start), int(base), int(width), int(base))

        return PageBlock(row * len(lines) + 6 * unit, paint)
