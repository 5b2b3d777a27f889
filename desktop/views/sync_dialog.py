"""File ▸ Synchronise: exchange this computer's changes with the team server, with progress and
the list of values that were not kept (docs/team-server.md#sync)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.changes import ALL_CHANGED
from desktop.services.excel.field_labels import field_label
from desktop.services.excel.report import local_time
from desktop.services.messages import UserError
from desktop.services.server_login import (
    keyring_available,
    password_of,
    password_problem,
    remember_password,
    with_saved_password,
)
from desktop.services.server_schema import ServerUnreachable
from desktop.services.sync import (
    BACKED_UP,
    Conflict,
    Result,
    Unsent,
    address_of,
    synchronise,
    with_password,
)
from desktop.services.sync_files import report as files_report

from .common.operation import run_operation
from .common.row_table import Column
from .common.table_view import RowTableView
from .common.widgets import error_label
from .context import AppContext
from .i18n import translate


class SyncDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.outcome: Result | None = None
        self.setWindowTitle(self.tr("Synchronise with the team server"))
        self.server = QLineEdit(ctx.prefs.sync_server, self)
        self.server.setPlaceholderText("postgresql://USER@HOST:5432/DBNAME")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # Offered only where the system has a key ring; otherwise it is asked at each sync.
        self.remember = QCheckBox(self.tr("Remember the password in the system key ring"), self)
        self.remember.setVisible(keyring_available())
        self.password.setPlaceholderText(
            self.tr("not needed once remembered")
            if keyring_available()
            else self.tr("never stored")
        )
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.remember)
        # the login being tried: whether its password came from the key ring, and the URL to
        # remember once it succeeds (in memory only)
        self._from_keyring = False
        self._remember: str | None = None
        self.error = error_label(self)
        self.summary = QLabel(
            self.tr(
                "Sends what changed in this file to the server and brings in what changed "
                "there. Where both changed the same field, the later change is kept and the "
                "other is listed here."
            ),
            self,
        )
        self.summary.setWordWrap(True)

        def by_when(side: str):  # the log's moments are UTC: shown as wall-clock time
            return lambda c: (
                f"{getattr(c, side + '_by') or '?'}, " + local_time(getattr(c, side + "_at"))
            )

        self.conflicts = RowTableView(
            [
                Column(self.tr("Record"), lambda c: c.record),
                Column(self.tr("Field"), self._field),
                Column(self.tr("Kept"), lambda c: c.sides(translate)[0]),
                Column(self.tr("Kept: changed by"), by_when("kept")),
                Column(self.tr("Not kept"), lambda c: c.sides(translate)[1]),
                Column(self.tr("Not kept: changed by"), by_when("lost")),
            ],
            self,
        )
        self.conflicts.hide()
        # the laptop's changes the server did not take (docs/team-server.md#sync)
        self.unsent = RowTableView(
            [
                Column(self.tr("Record"), lambda u: u.record),
                Column(self.tr("Field"), self._unsent_field),
                Column(self.tr("Not sent"), lambda u: u.value or ""),
                Column(self.tr("Why"), lambda u: u.why.render(translate)),
            ],
            self,
        )
        self.unsent.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.start = QPushButton(self.tr("Synchronise"), self)
        self.start.setDefault(True)
        buttons.addButton(self.start, QDialogButtonBox.ButtonRole.ActionRole)
        self.start.clicked.connect(self._synchronise)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.conflicts, 1)
        layout.addWidget(self.unsent, 1)
        layout.addWidget(buttons)
        self.resize(760, self.sizeHint().height())

    def _field(self, conflict: Conflict) -> str:
        if not conflict.field:  # a deletion that was not applied
            return self.tr("(deleted on one side, changed on the other)")
        label = field_label(conflict.kind, conflict.field)
        return label if isinstance(label, str) else label.render(translate)

    def _unsent_field(self, unsent: Unsent) -> str:
        if not unsent.field:
            return self.tr("(the whole record)")
        label = field_label(unsent.kind, unsent.field)
        return label if isinstance(label, str) else label.render(translate)

    def _synchronise(self) -> None:
        from desktop.services.database import open_server

        address = self.server.text().strip()
        try:
            given = with_password(address, self.password.text())
        except UserError as error:
            self._refused(error)
            return
        # the URL's or the typed password, else the key ring's, else libpq's own (as on
        # connecting: docs/team-server.md#connecting)
        url = with_saved_password(given)
        self._from_keyring = password_of(given) is None and password_of(url) is not None
        self._remember = url if self.remember.isChecked() and not self._from_keyring else None
        self.ctx.prefs.sync_server = address_of(url)  # never the password
        self.error.hide()
        self.start.setEnabled(False)

        def work(progress):
            server = open_server(url, clock=self.ctx.clock).db
            try:
                return synchronise(self.ctx.db, server, lambda done, steps: progress(done, steps))
            finally:
                server.close()

        run_operation(
            self.ctx,
            self,
            self.tr("Synchronising…"),
            work,
            cancellable=False,
            on_success=self._done,
            on_user_error=self._refused,
            changes=lambda _result: ALL_CHANGED,
        )

    def _refused(self, error: UserError) -> None:
        self._remember = None
        self.start.setEnabled(True)
        problem = (
            password_problem(error, self._from_keyring)
            if isinstance(error, ServerUnreachable)
            else None
        )
        self.error.setText((problem or error.message).render(translate))
        self.error.show()
        if problem is not None:
            self.password.setFocus()

    def _done(self, result: Result) -> None:
        if self._remember is not None:  # the login worked: the key ring keeps this password
            remember_password(self._remember)
            self._remember = None
        self.outcome = result
        self.start.setEnabled(True)
        lines = [
            self.tr(
                "Synchronised: {sent} records changed on the server, {received} here, "
                "{conflicts} conflicts."
            ).format(
                sent=result.uploaded, received=result.downloaded, conflicts=len(result.conflicts)
            )
        ]
        if result.unsent:
            lines.append(
                self.tr("Not sent to the server: {count} (listed below).").format(
                    count=len(result.unsent)
                )
            )
        removals = result.removals()
        if removals is not None:
            lines.append(removals.render(translate))
        if result.backup is not None:
            lines.append(BACKED_UP.with_(backup=str(result.backup)).render(translate))
        lines += [line.render(translate) for line in files_report(result.files)]
        self.summary.setText("\n".join(lines))
        self.conflicts.set_rows(list(result.conflicts))
        self.conflicts.setVisible(bool(result.conflicts))
        self.unsent.set_rows(list(result.unsent))
        self.unsent.setVisible(bool(result.unsent))
        if result.conflicts or result.unsent:
            self.resize(max(self.width(), 900), max(self.height(), 420))
