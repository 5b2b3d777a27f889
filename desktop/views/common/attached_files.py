"""Opening an attached file in the system's viewer, in every tab that keeps files."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.services.attachments import AttachmentRow, open_path
from desktop.services.messages import UserError
from desktop.views.context import AppContext


def open_attachment(ctx: AppContext, row: AttachmentRow) -> None:
    """The stored file beside a database file; from a team server, a private copy of it
    (docs/team-server.md#attached-files). A file that is not there is said in one sentence."""
    try:
        path = open_path(ctx.db, row)
    except UserError as error:
        ctx.dialogs.show_user_error(error)
        return
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
