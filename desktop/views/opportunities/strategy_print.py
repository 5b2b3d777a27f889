"""The deal strategy sheet on ONE A4 page, for the deal review meeting (docs/strategy.md#on-paper):
long lists are cut to their first entries with "…and N more", and whatever still does not fit
is shrunk to the page. The same painting goes to a printer, a PDF or an image."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from desktop.services.labels import label, localized
from desktop.services.messages import QT_TRANSLATE_NOOP
from desktop.services.opportunities.strategy import (
    BUYING_ROLE_LABELS,
    SOURCE_LABELS,
    SheetFlag,
    StrategySheet,
)
from desktop.services.private_files import private_output
from desktop.views.common.formatting import format_date
from desktop.views.i18n import translate

from .amounts import money

MARGIN_MM = 12
MAX_FLAGS = 12  # per column
MAX_PEOPLE = 16
MAX_ACTIONS = 10


class StrategyPrintout(QObject):
    def __init__(self, sheet: StrategySheet, *, language: str, printed_on: date) -> None:
        super().__init__()
        self.sheet = sheet
        self.language = language
        self.printed_on = printed_on

    @staticmethod
    def page_layout() -> QPageLayout:
        return QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )

    # ---- devices ------------------------------------------------------------------------
    def print_to(self, printer: QPrinter) -> int:
        """Paint the page on ``printer`` (a real printer or a PDF file); returns 1."""
        printer.setPageLayout(self.page_layout())
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("Cannot start printing: check the printer or the file."))
        try:
            rect = printer.pageLayout().paintRectPixels(printer.resolution())
            self._paint(painter, printer, QRectF(0, 0, rect.width(), rect.height()))
        finally:
            painter.end()
        return 1

    def save_pdf(self, path: Path) -> None:
        with private_output(path) as partial:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(partial))
            printer.setDocName(self.sheet.name)
            self.print_to(printer)
            del printer  # the PDF is complete once its printer is gone

    def render_image(self, dpi: int = 110) -> QImage:
        """The page as an image (white paper, margins included): for previews and tests."""
        layout = self.page_layout()
        full = layout.fullRectPixels(dpi)
        margins = layout.marginsPixels(dpi)
        image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
        dots = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.translate(margins.left(), margins.top())
        area = QRectF(
            0,
            0,
            full.width() - margins.left() - margins.right(),
            full.height() - margins.top() - margins.bottom(),
        )
        self._paint(painter, image, area)
        painter.end()
        return image

    # ---- painting -----------------------------------------------------------------------
    def _paint(self, painter: QPainter, device: QPaintDevice, area: QRectF) -> None:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        font = QFont()
        font.setPointSizeF(8.5)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setHtml(self.html())
        # Shrink what still does not fit, widening the text so that it fills the width.
        scale = 1.0
        for _ in range(4):
            document.setTextWidth(area.width() / scale)
            height = document.size().height() * scale
            if height <= area.height():
                break
            scale *= area.height() / height * 0.99
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        document.drawContents(painter, QRectF(0, 0, area.width() / scale, area.height() / scale))
        painter.restore()

    def html(self) -> str:
        sheet = self.sheet
        stage = localized(sheet.stage_en, sheet.stage_zh, self.language)
        objective = sheet.objective
        parts = [
            "<style>td, th { padding: 2px 4px; vertical-align: top; }"
            " th { background: #ececec; text-align: left; }"
            " h1 { font-size: 15pt; margin: 0; } h2 { font-size: 10.5pt; margin: 6px 0 2px 0; }"
            " .muted { color: #555555; } .red { color: #b3261e; } .green { color: #1b7f3b; }"
            "</style>",
            tag("h1", self.tr("Deal strategy sheet: {name}").format(name=sheet.name)),
            "<p class='muted'>"
            + escape(
                self.tr("{account} · {stage} · printed {date}").format(
                    account=sheet.account, stage=stage, date=format_date(self.printed_on)
                )
            )
            + "</p>",
            tag("h2", self.tr("Single sales objective")),
            "<p><b>"
            + escape(objective.text or self.tr("(not written yet)"))
            + "</b> · "
            + escape(
                self.tr("{amount} by {date}").format(
                    amount=money(objective.amount), date=format_date(objective.by) or "—"
                )
            )
            + "</p>",
            tag("h2", self.tr("Buying influences")),
            self._influences(),
            self._columns(),
            tag("h2", self.tr("Best actions")),
            self._actions(),
        ]
        return "".join(parts)

    def _influences(self) -> str:
        sheet = self.sheet
        head = [
            self.tr("Part"),
            self.tr("Person"),
            self.tr("Stance"),
            self.tr("Influence"),
            self.tr("Mode"),
            self.tr("Personal win"),
        ]
        rows = [
            "<table width='100%' cellspacing='0' border='1' style='border-collapse: collapse;"
            " border-color: #b8b8b8'><tr>"
            + "".join(f"<th>{escape(h)}</th>" for h in head)
            + "</tr>"
        ]
        shown = sheet.influences[:MAX_PEOPLE]
        for i in shown:
            cells = [
                BUYING_ROLE_LABELS[i.buying_role].render(translate),
                f"{i.name}, {i.title}" if i.title else i.name,
                label(i.stance, translate),
                "" if i.degree is None else label(i.degree, translate),
                "" if i.mode is None else label(i.mode, translate),
                i.win_result,
            ]
            rows.append("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in cells) + "</tr>")
        rows.append("</table>")
        rows.append(self._more(len(sheet.influences) - len(shown)))
        rows.extend(
            f"<div class='red'>⚠ {escape(w.render(translate))}</div>" for w in sheet.warnings
        )
        return "".join(rows)

    def _columns(self) -> str:
        strengths = tag("h2", self.tr("Strengths"), "green") + self._flags(self.sheet.strengths)
        red = tag("h2", self.tr("Red flags"), "red") + self._flags(self.sheet.red_flags)
        return (
            "<table width='100%' cellspacing='0'><tr>"
            f"<td width='50%'>{strengths}</td><td width='50%'>{red}</td>"
            "</tr></table>"
        )

    def _flags(self, flags: Sequence[SheetFlag]) -> str:
        if not flags:
            return tag("p", self.tr("None"), "muted")
        shown = flags[:MAX_FLAGS]
        items = []
        for flag in shown:
            source = SOURCE_LABELS[flag.source].render(translate)
            text = f"{escape(flag.text(translate))} <span class='muted'>({escape(source)})</span>"
            if flag.answer is not None:
                text += "<br><span class='green'>→ " + escape(answer_text(flag)) + "</span>"
            items.append(f"<li>{text}</li>")
        return f"<ul style='margin: 0'>{''.join(items)}</ul>" + self._more(len(flags) - len(shown))

    def _actions(self) -> str:
        best = self.sheet.best_actions
        if not best:
            return tag("p", self.tr("None chosen yet"), "muted")
        shown = best[:MAX_ACTIONS]
        items = [
            "<li>"
            + escape(a.title)
            + (
                " <span class='muted'>("
                + escape(
                    self.tr("{assignee}, due {date}").format(
                        assignee=a.assignee or "—", date=format_date(a.due_on) or "—"
                    )
                )
                + ")</span>"
                if a.due_on or a.assignee
                else ""
            )
            + "</li>"
            for a in shown
        ]
        return f"<ol style='margin: 0'>{''.join(items)}</ol>" + self._more(len(best) - len(shown))

    def _more(self, hidden: int) -> str:
        if hidden <= 0:
            return ""
        return tag("p", self.tr("…and {count} more").format(count=hidden), "muted")


def tag(name: str, text: str, css_class: str = "") -> str:
    """``text`` escaped in an HTML element."""
    attribute = f" class='{css_class}'" if css_class else ""
    return f"<{name}{attribute}>{escape(text)}</{name}>"


BEING_WORKED_ON = QT_TRANSLATE_NOOP(
    "StrategyPanel", "being worked on: {action}, {assignee}, due {date}"
)


def answer_text(flag: SheetFlag) -> str:
    """ "being worked on: <action>, <assignee>, due <date>" for an answered red flag."""
    answer = flag.answer
    if answer is None:
        return ""
    return BEING_WORKED_ON.with_(
        action=answer.title, assignee=answer.assignee or "—", date=format_date(answer.due_on) or "—"
    ).render(translate)
