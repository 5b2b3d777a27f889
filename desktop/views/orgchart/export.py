"""The chart on paper or in a file (PNG, SVG, PDF, printer), with a title, the date and the
legend. Personal details (birthday, interests, family) are left off unless asked for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from desktop.services.messages import QT_TRANSLATE_NOOP, Translate
from desktop.services.orgchart.chart import OrgChart
from desktop.services.private_files import private_output
from desktop.views.common.formatting import format_date

from . import style
from .card_item import BY_STANCE
from .chart_items import keep_items, kept_items, populate
from .legend import LegendItem
from .scene import lay_out

TITLE = QT_TRANSLATE_NOOP("ChartExport", "Buying organisation of {account}")
SUBTITLE = QT_TRANSLATE_NOOP(
    "ChartExport", "As of {date} · {people} people · {lines} influence lines"
)
WITH_PERSONAL = QT_TRANSLATE_NOOP(
    "ChartExport", "Contains personal details of third parties: handle with care."
)
WITHOUT_PERSONAL = QT_TRANSLATE_NOOP("ChartExport", "Personal details are left out.")
MARGIN = 32.0
MAX_SIDE = 14000  # pixels on the longer side of an exported picture
MAX_AREA = 32_000_000  # pixels in all (about 128 MB while it is drawn)
PAGE_SHAPE = 297 / 210  # A4 landscape: a large chart is wrapped to it (docs/org-chart.md)


def export_scene(
    chart: OrgChart,
    translate: Translate,
    today: date,
    *,
    personal: bool,
    colour_by: str = BY_STANCE,
) -> QGraphicsScene:
    """A page: title and date, the chart coloured as on screen, and the legend under it."""
    scene = QGraphicsScene()
    layout, contents = lay_out(chart, translate, today, personal=personal, aspect=PAGE_SHAPE)
    for card in populate(scene, chart, layout, contents, translate).cards.values():
        card.colour_by = colour_by
    header = 86.0
    for item in kept_items(scene):
        item.moveBy(MARGIN, MARGIN + header)
    title = QGraphicsSimpleTextItem(TITLE.with_(account=chart.account_name).render(translate))
    title.setFont(style.font(26, bold=True))
    title.setBrush(style.TEXT)
    title.setPos(MARGIN, MARGIN)
    subtitle = QGraphicsSimpleTextItem(
        SUBTITLE.with_(
            date=format_date(today), people=len(chart.people), lines=len(chart.links)
        ).render(translate)
        + "   "
        + (WITH_PERSONAL if personal else WITHOUT_PERSONAL).render(translate)
    )
    subtitle.setFont(style.font(14))
    subtitle.setBrush(style.MUTED_TEXT)
    subtitle.setPos(MARGIN, MARGIN + 42)
    width = max(layout.width, 720.0)
    legend = LegendItem(translate, width - 2 * MARGIN, colour_by)
    legend.setPos(MARGIN * 2, MARGIN + header + layout.height + 16)
    for item in (title, subtitle, legend):
        scene.addItem(item)
    keep_items(scene, [title, subtitle, legend])
    bottom = legend.pos().y() + legend.boundingRect().height() + MARGIN
    right = max(MARGIN * 2 + width, title.boundingRect().width() + 2 * MARGIN)
    scene.setSceneRect(QRectF(0, 0, right, bottom))
    scene.setBackgroundBrush(QColor("#ffffff"))
    return scene


def _render(scene: QGraphicsScene, painter: QPainter, target: QRectF) -> None:
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def save_png(scene: QGraphicsScene, path: Path) -> None:
    rect = scene.sceneRect()
    scale = min(
        2.0,
        MAX_SIDE / max(rect.width(), rect.height()),
        (MAX_AREA / (rect.width() * rect.height())) ** 0.5,
    )
    image = QImage(
        QSize(int(rect.width() * scale), int(rect.height() * scale)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    _render(scene, painter, QRectF(image.rect()))
    painter.end()
    with private_output(path) as partial:
        # PySide6 takes the format as str at run time (bytes raise); its stubs say bytes.
        if not image.save(str(partial), "PNG"):  # type: ignore[call-overload]
            raise OSError(f"could not write {path}")


def save_svg(scene: QGraphicsScene, path: Path, title: str) -> None:
    rect = scene.sceneRect()
    with private_output(path) as partial:
        generator = QSvgGenerator()
        generator.setFileName(str(partial))
        generator.setSize(QSize(int(rect.width()), int(rect.height())))
        generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
        generator.setTitle(title)
        painter = QPainter(generator)
        _render(scene, painter, QRectF(0, 0, rect.width(), rect.height()))
        painter.end()
        del painter, generator  # the file is closed once its generator is gone


def _page_layout(scene: QGraphicsScene) -> QPageLayout:
    rect = scene.sceneRect()
    orientation = (
        QPageLayout.Orientation.Landscape
        if rect.width() >= rect.height()
        else QPageLayout.Orientation.Portrait
    )
    size = (
        QPageSize.PageSizeId.A3
        if max(rect.width(), rect.height()) > 2400
        else (QPageSize.PageSizeId.A4)
    )
    return QPageLayout(
        QPageSize(size), orientation, QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter
    )


def save_pdf(scene: QGraphicsScene, path: Path, title: str) -> None:
    with private_output(path) as partial:
        writer = QPdfWriter(str(partial))
        writer.setTitle(title)
        writer.setCreator("Key Account Desk")
        writer.setPageLayout(_page_layout(scene))
        painter = QPainter(writer)
        _render(scene, painter, QRectF(painter.viewport()))
        painter.end()
        del painter, writer  # the PDF is complete once its writer is gone


def print_scene(scene: QGraphicsScene, printer: QPrinter) -> None:
    printer.setPageLayout(_page_layout(scene))
    painter = QPainter(printer)
    if not painter.isActive():
        raise OSError("the printer could not be opened")
    _render(scene, painter, QRectF(painter.viewport()))
    painter.end()
