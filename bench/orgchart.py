"""Org chart speed: the 300-person organisation of the scale dataset (``bench.generate``).

    python -m bench.orgchart [--scale small|large] [--db PATH] [--runs 7]

Prints the median of several runs for: the layout alone (pure function); building the scene;
painting the whole chart offscreen (fitted into 1600 x 1000, and the part a 1600 x 1000
window shows at 100 %); and switching the Org Chart tab to the account (five queries, layout,
scene, painting the window), the figure the 150 ms target is about.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import datetime

from .generate import add_arguments, database, org_chart_account
from .scale.sizes import TODAY as SCALE_TODAY

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KEYACCOUNT_DESK_HOME", tempfile.mkdtemp(prefix="kad-bench-"))

TODAY = datetime.combine(SCALE_TODAY, datetime.min.time().replace(hour=10))


def median_ms(action, runs: int) -> tuple[float, object]:
    timings = []
    result = None
    for _ in range(runs):
        start = time.perf_counter()
        result = action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser, scale="small")  # the 300-person account is the same at both scales
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication, QGraphicsScene
    from sqlalchemy import func, select

    from desktop.models import Contact
    from desktop.services.clock import FixedClock
    from desktop.services.database import open_database
    from desktop.services.orgchart.chart import OrgChartReader
    from desktop.services.orgchart.layout import LayoutNode, layout_chart
    from desktop.views.context import AppContext
    from desktop.views.i18n import translate
    from desktop.views.orgchart import style
    from desktop.views.orgchart.chart_items import clear_scene, populate
    from desktop.views.orgchart.scene import lay_out
    from desktop.views.orgchart.tab import OrgChartTab

    app = QApplication.instance() or QApplication([])
    path = database(args.db, args.scale)
    db = open_database(path).db
    account_id = org_chart_account(path)
    with db.read() as s:  # a small organisation to switch from
        other_id = s.scalar(
            select(Contact.account_id)
            .group_by(Contact.account_id)
            .order_by(func.count(), Contact.account_id)
            .limit(1)
        )
    chart = OrgChartReader(db).load(account_id)
    print(f"{len(chart.people)} people, {len(chart.links)} influence lines, median of {args.runs}")

    nodes = [
        LayoutNode(p.id, p.reports_to_id, p.layer, p.external_kind, style.CARD_WIDTH, 96.0)
        for p in chart.people
    ]
    layout_ms, layout = median_ms(lambda: layout_chart(nodes), args.runs)
    print(
        f"layout (pure function):             {layout_ms:7.1f} ms   "
        f"chart {layout.width:.0f} x {layout.height:.0f}"
    )
    load_ms, _ = median_ms(lambda: OrgChartReader(db).load(account_id), args.runs)
    print(f"load the account (5 queries):       {load_ms:7.1f} ms")
    today = TODAY.date()
    prepare_ms, (layout, contents) = median_ms(lambda: lay_out(chart, translate, today), args.runs)
    print(f"layout + card texts:                {prepare_ms:7.1f} ms")
    scene = QGraphicsScene()

    def build():
        clear_scene(scene)
        return populate(scene, chart, layout, contents, translate)

    build_ms, _ = median_ms(build, args.runs)
    print(f"build the scene (one item a card):  {build_ms:7.1f} ms")

    def paint(width: int, height: int, source: QRectF | None) -> QImage:
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        scene.render(painter, QRectF(0, 0, width, height), source or scene.sceneRect())
        painter.end()
        return image

    fitted_ms, _ = median_ms(lambda: paint(1600, 1000, None), args.runs)
    print(f"paint the whole chart, fitted:      {fitted_ms:7.1f} ms   (far view: names only)")
    # The densest 1600 x 1000 window: around the middle of the busiest row.
    rows: dict[float, list] = {}
    for rect in layout.cards.values():
        rows.setdefault(rect.y, []).append(rect)
    busiest = sorted(max(rows.values(), key=len), key=lambda r: r.x)
    middle = busiest[len(busiest) // 2]
    window = QRectF(middle.centre_x - 800, middle.y - 200, 1600, 1000)
    shown = sum(
        1 for r in layout.cards.values() if window.intersects(QRectF(r.x, r.y, r.width, r.height))
    )
    near_ms, _ = median_ms(lambda: paint(1600, 1000, window), args.runs)
    print(f"paint a 1600 x 1000 window at 100%: {near_ms:7.1f} ms   ({shown} cards in full detail)")
    total = prepare_ms + build_ms + fitted_ms
    print(f"layout + scene + paint (fitted):    {total:7.1f} ms   target < 250")

    ctx = AppContext(db=db, language="en", clock=FixedClock(TODAY))
    tab = OrgChartTab(ctx)
    tab.resize(1600, 1000)
    tab.show()
    tab.set_account(other_id)
    app.processEvents()
    timings = []
    for _ in range(args.runs):
        start = time.perf_counter()
        tab.set_account(account_id)
        tab.view.viewport().grab()  # paints what the window shows
        timings.append((time.perf_counter() - start) * 1000)
        tab.set_account(other_id)
        app.processEvents()
    switch_ms = statistics.median(timings)
    print(
        f"switch the tab to the account:      {switch_ms:7.1f} ms   target <= 150 "
        "(load, layout, scene, flags, paint)"
    )
    tab.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
