"""The bare libraries' start-up, what the application's cold start is compared with:

    python -m bench.baseline DATABASE

QApplication, a QMainWindow with four tabs, an SQLAlchemy engine on the same database with one
query; shown, and once it has painted it reports like the application's start-up probe
(``desktop/startup_probe.py``) and quits.
"""

from __future__ import annotations

import sys


def main() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
    from sqlalchemy import create_engine, text

    from desktop import startup_probe
    from desktop.views.first_paint import after_first_paint

    app = QApplication(sys.argv[:1])
    engine = create_engine(f"sqlite:///{sys.argv[1]}")
    with engine.connect() as conn:
        conn.execute(text("SELECT count(*) FROM account")).scalar()
    window = QMainWindow()
    tabs = QTabWidget(window)
    for number in range(4):
        tabs.addTab(QWidget(tabs), f"Tab {number + 1}")
    window.setCentralWidget(tabs)
    window.resize(1400, 900)
    window.show()
    after_first_paint(window, lambda: (startup_probe.report(), app.quit()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
