"""File ▸ Export calendar…: the reminders and open actions as an iCalendar file
(docs/calendar.md)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.services.calendar import DAYS, export_calendar
from desktop.views.common.operation import run_operation
from desktop.views.context import AppContext


class CalendarExport(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent

    def export(self) -> None:
        title = self.tr("Export calendar")
        path = self.ctx.dialogs.save_file(
            title, self.tr("iCalendar file (*.ics)"), "key-account-desk.ics"
        )
        if path is None:
            return
        path = path.with_suffix(".ics")
        personal = self.ctx.dialogs.confirm(
            title,
            self.tr(
                "Add the birthdays of client staff too? They are personal data: keep the "
                "calendar private if you do."
            ),
        )
        run_operation(
            self.ctx,
            self.window,
            self.tr("Exporting…"),
            lambda _progress: export_calendar(
                self.ctx.db,
                path,
                self.ctx.clock,
                language=self.ctx.language,
                include_personal=personal,
            ),
            cancellable=False,
            on_success=lambda count: self.ctx.dialogs.info(
                title,
                self.tr(
                    "{count} events of the next {days} days were written to {path}. Import the "
                    "file again later to update them in your calendar."
                ).format(count=count, days=DAYS, path=path),
            ),
        )
