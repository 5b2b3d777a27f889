"""Importing full exports: into an empty database (the round trip), or several salespeople's
files into one (merging).

A record is recognised by its id (uuid), or by what the database holds unique anyway (a
stage's code, a person's role...). Records both sides have are merged field by field, and
deletions travel, by the rules of docs/merging.md (field_merge.py). An account or a person
that arrives under a new id but carries the name of one already there is a merge candidate:
the caller decides, record by record, to merge it into the existing one (which keeps its
values and gains the ones it lacked) or to keep both. Decisions are remembered, so next
week's file from the same colleague merges the same way.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from desktop.models.change_log import CHANGED, DELETED
from desktop.services import change_log, field_rules, raw_rows, trash
from desktop.services.clock import Clock
from desktop.services.messages import QT_TRANSLATE_NOOP, Message
from desktop.services.settings import UNKNOWN_SETTING, SettingKey, known_settings

from . import bulk
from .bulk import Record
from .field_labels import field_label
from .field_merge import FieldMerge, Side, read_local, read_sheet
from .full_reading import (
    ROW,
    TABLES_BY_NAME,
    Candidate,
    FullExport,
    _name,
    _owner,
    full_export_from_sheets,
    is_full_export,
    read_full_export,
)
from .importer import Cancelled, Progress, key
from .report import Conflict, ImportReport, Problem
from .tables import CHANGE_LOG_SHEET, SETTINGS_SHEET, TABLES, ExportColumn, columns_of

MERGED: SettingKey[dict[str, str]] = SettingKey(
    "excel.merged_ids", {}
)  # incoming uuid -> the uuid it was merged into
ACCOUNT = TABLES_BY_NAME["account"]
CONTACT = TABLES_BY_NAME["contact"]
TITLES = ("name", "title", "number", "tender_no", "role", "key")
UNREADABLE_LOG = QT_TRANSLATE_NOOP(
    "Import",
    "{count} rows of this sheet could not be read and were left out: the changes they "
    "describe count as unknown (the workbook's values are compared as they are).",
)
BOTH_CHANGED = QT_TRANSLATE_NOOP(
    "Import",
    "{record} was changed on both sides: kept “{kept}” ({kept_by}, {kept_at}); the other "
    "change, “{lost}” ({lost_by}, {lost_at}), was not kept.",
)
DELETED_THERE = QT_TRANSLATE_NOOP(
    "Import",
    "{lost_by} deleted {record} ({lost_at}), but it was changed here since ({kept_by}, "
    "{kept_at}): it was kept. Delete it here if it should go.",
)
DELETED_HERE = QT_TRANSLATE_NOOP(
    "Import",
    "{record} was deleted here ({kept_by}, {kept_at}) but changed in the file since ({lost_by}, "
    "{lost_at}): it stays deleted. Restore it from the trash and import the file again to "
    "bring those changes in.",
)


def find_candidates(session: Session, export: FullExport) -> list[Candidate]:
    """Incoming accounts and people that are new by id but match one by name."""
    merged = MERGED.get(session)
    accounts = {
        r.uuid: r for r in session.execute(select(ACCOUNT.c.uuid, ACCOUNT.c.name, ACCOUNT.c.owner))
    }
    account_by_name = {key(r.name): r for r in accounts.values()}
    incoming_names = {row["id"]: _name(row) for row in export.rows("account")}
    found: list[Candidate] = []
    lands_in: dict[str, str] = {}  # incoming account uuid -> the account it will be
    for row in export.rows("account"):
        uuid = row["id"]
        match = account_by_name.get(key(_name(row)))
        if uuid in accounts or uuid in merged or match is None:
            lands_in[uuid] = merged.get(uuid, uuid)
            continue
        lands_in[uuid] = match.uuid
        found.append(
            Candidate("account", uuid, match.uuid, _name(row), "", _owner(row), match.owner)
        )
    people = {}
    query = select(
        CONTACT.c.uuid, CONTACT.c.name, CONTACT.c.owner, ACCOUNT.c.uuid.label("account_uuid")
    ).join(ACCOUNT, ACCOUNT.c.id == CONTACT.c.account_id)
    for r in session.execute(query):
        people[(r.account_uuid, key(r.name))] = r
    known_people = {r.uuid for r in people.values()}
    for row in export.rows("contact"):
        uuid = row["id"]
        if uuid in known_people or uuid in merged:
            continue
        account = str(row.get("account") or "")
        person = people.get((lands_in.get(account, account), key(_name(row))))
        if person is not None:
            found.append(
                Candidate(
                    "contact",
                    uuid,
                    person.uuid,
                    _name(row),
                    incoming_names.get(account, ""),
                    _owner(row),
                    person.owner,
                )
            )
    return found


def _natural_keys(table: Table) -> list[tuple[str, ...]]:
    """Column sets the table holds unique besides the ids."""
    keys = []
    for constraint in table.constraints:
        names = tuple(c.name for c in getattr(constraint, "columns", []))
        if (
            names
            and names not in (("id",), ("uuid",))
            and constraint.__class__.__name__ == "UniqueConstraint"
        ):
            keys.append(names)
    keys += [(c.name,) for c in table.columns if c.unique and c.name not in ("id", "uuid")]
    return keys


__all__ = [
    "Candidate",
    "FullExport",
    "FullImporter",
    "find_candidates",
    "full_export_from_sheets",
    "is_full_export",
    "read_full_export",
]


class FullImporter:
    def __init__(
        self,
        session: Session,
        export: FullExport,
        merges: set[str],
        report: ImportReport,
        progress: Progress,
        today: date | None = None,
    ) -> None:
        self.s = session
        self.today = today or date.today()
        self.export = export
        self.merges = merges  # incoming uuids the user chose to merge
        self.report = report
        self.progress = progress
        self.ids: dict[str, dict[str, int]] = {}  # table -> uuid -> local id
        self.done = 0
        self.total = sum(len(rows) for _c, rows in export.sheets.values())
        self.merged = MERGED.get(session)
        incoming, unreadable = read_sheet(export.log)
        # An edit typed into the workbook is named after the file: who typed it is unknown.
        self.fields = FieldMerge(
            read_local(session), incoming, export.exported_at, export.path.name
        )
        if unreadable:
            message = UNREADABLE_LOG.with_(count=unreadable)
            report.problems.append(Problem(CHANGE_LOG_SHEET, 0, "", message, False))
        self.gone: set[str] = set()  # incoming ids left out: deleted here
        self.keep_refs: set[tuple[str, str]] = set()  # (uuid, column) whose value stays
        self.unapplied: set[str] = set()  # the file's deletions not applied here
        self.inserted: set[str] = set()  # ids of the records this import created
        self.uuids: dict[str, dict[int, str]] = {}  # table -> local id -> uuid

    def run(self, candidates: list[Candidate]) -> None:
        if not self.valid():
            return
        chosen = {c.incoming: c.existing for c in candidates if c.incoming in self.merges}
        self.merged.update(chosen)
        for table in TABLES:
            if table.name in self.export.sheets:
                self._table(table)
        self._settings()
        self._deletions()
        # Both logs, united: each side now knows what the other changed (docs/merging.md).
        change_log.copy_entries(
            self.s, [e.row for e in self.fields.incoming.entries if e.uuid not in self.unapplied]
        )
        if chosen:
            MERGED.set(self.s, self.merged)

    def _known(self, table: Table) -> dict[str, int]:
        if table.name not in self.ids:
            self.ids[table.name] = dict(self.s.execute(select(table.c.uuid, table.c.id)).all())
        return self.ids[table.name]

    def _resolve(self, table_name: str, uuid: Any) -> int | None:
        if uuid in (None, ""):
            return None
        known = self._known(TABLES_BY_NAME[table_name])
        return known.get(uuid, known.get(self.merged.get(uuid, ""), None))

    def _table(self, table: Table) -> None:
        columns, rows = self.export.sheets[table.name]
        known = self._known(table)
        natural = {
            names: {
                tuple(r): i
                for i, *r in self.s.execute(select(table.c.id, *(table.c[n] for n in names))).all()
            }
            for names in _natural_keys(table)
        }
        inserts: list[Record] = []
        updates: list[tuple[int, Record, Record, int]] = []  # (row number, row, values, local id)
        fill_gaps: list[tuple[int, Record, int, Record]] = []  # (local id, values, number, row)
        self_refs: list[tuple[str, str, Any]] = []  # (uuid, column, referenced uuid)
        for row in rows:
            number = row.get(ROW, 0)
            self.done += 1
            if self.done % 1000 == 0 and not self.progress(self.done, self.total):
                raise Cancelled
            if str(row.get("id") or "") not in known and self._deleted_here(table, number, row):
                continue
            values = self._values(table, columns, row, number, self_refs)
            if values is None:
                continue
            uuid = values["uuid"]
            target = known.get(uuid)
            if target is None and uuid in self.merged:
                target = known.get(self.merged[uuid])
                if target is not None:
                    fill_gaps.append((target, values, number, row))
                    continue
            if target is None:
                for names, index in natural.items():
                    target = index.get(tuple(values.get(n) for n in names))
                    if target is not None:
                        break
            if target is None:
                inserts.append(values)
            else:
                updates.append((number, row, values, target))
        self._insert(table, inserts, known)
        self._merge_fields(table, columns, updates)
        self._fill_gaps(table, fill_gaps)
        self._link_self_references(table, self_refs)

    def _values(
        self,
        table: Table,
        columns: list[ExportColumn],
        row: Record,
        number: int,
        self_refs: list[tuple[str, str, Any]],
    ) -> Record | None:
        values: dict[str, Any] = {"uuid": str(row.get("id") or "")}
        if not values["uuid"]:
            self._skip(table.name, number, "id", QT_TRANSLATE_NOOP("Import", "This row has no id."))
            return None
        for column in columns[1:]:
            raw = row.get(column.header)
            name = column.column.name
            try:
                if column.target is None:
                    values[name] = column.from_cell(raw)
                    continue
                if raw in self.gone:  # it belongs to a record deleted here: so is it
                    self.gone.add(values["uuid"])
                    return None
                if column.target == table.name:
                    values[name] = None
                    if raw not in (None, ""):
                        self_refs.append((values["uuid"], name, raw))
                    continue
                values[name] = self._resolve(column.target, raw)
                dangling = values[name] is None and raw not in (None, "")
                if dangling and not column.column.nullable:
                    self._skip(
                        table.name,
                        number,
                        column.header,
                        QT_TRANSLATE_NOOP(
                            "Import",
                            "It belongs to a record that is neither in the file nor in the "
                            "database.",
                        ),
                    )
                    return None
            except (ValueError, TypeError, ArithmeticError) as exc:
                self._skip(table.name, number, column.header, _unreadable(exc))
                return None
        return values

    def _skip(self, sheet: str, row: int, column: str, message: Message) -> None:
        self.report.problems.append(Problem(sheet, row, column, message, True))
        self.report.skipped += 1

    def valid(self) -> bool:
        """Check every value with the forms' rules before anything is written
        (docs/field-rules.md): one bad value refuses the whole import, reported with its
        sheet, row and column."""
        for table in TABLES:
            columns, rows = self.export.sheets.get(table.name, ([], []))
            plain = [c for c in columns[1:] if c.target is None]
            for row in rows:
                number = row.get(ROW, 0)
                for column in plain:
                    try:
                        value = column.from_cell(row.get(column.header))
                    except (ValueError, TypeError, ArithmeticError) as exc:
                        self._invalid(table.name, number, column.header, _unreadable(exc))
                        continue
                    message = field_rules.problem(column.column, value, self.today)
                    if message is not None:
                        label = field_label(table.name, column.column.name)
                        self._invalid(table.name, number, column.header, message, label)
        known = known_settings()
        for number, (name, text) in enumerate(self.export.settings, start=2):
            if name not in known:  # a newer version's, say: harmless, left out with a word
                message = UNKNOWN_SETTING.with_(key=name)
                self.report.problems.append(Problem(SETTINGS_SHEET, number, "key", message, True))
                self.report.skipped += 1
                continue
            message = known[name].problem(_setting_value(text))
            if message is not None and name != MERGED.key:
                self._invalid(SETTINGS_SHEET, number, "value", message)
        return not self.report.refused

    def _invalid(
        self, sheet: str, row: int, column: str, message: Message, label: Message | str = ""
    ) -> None:
        """`label` names the field as the forms do (the column's header when none does)."""
        message = message.with_(field=label or column)
        self.report.problems.append(Problem(sheet, row, column, message, False, invalid=True))

    def _insert(self, table: Table, rows: list[Record], known: dict[str, int]) -> None:
        if not rows:
            return
        bulk.insert_rows(self.s, table, rows, logged=False)
        self.inserted.update(row["uuid"] for row in rows)
        logged = self.fields.incoming.by_record  # their creation comes with the file's log
        change_log.log_created(
            self.s, table.name, [r["uuid"] for r in rows if r["uuid"] not in logged]
        )
        known.update(bulk.ids_of(self.s, table, [row["uuid"] for row in rows]))
        self.report.created[table.name] += len(rows)

    def _current(self, table: Table, ids: list[int], names: list[str]) -> dict[int, dict[str, Any]]:
        current: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            query = select(table.c.id, *(table.c[n] for n in names)).where(
                table.c.id.in_(ids[start : start + 500])
            )
            current.update(
                {r[0]: dict(zip(names, r[1:], strict=True)) for r in self.s.execute(query)}
            )
        return current

    def _merge_fields(
        self, table: Table, columns: list[ExportColumn], rows: list[tuple[int, Record, Record, int]]
    ) -> None:
        """Bring in what the file changed, field by field (docs/merging.md)."""
        if not rows:
            return
        names = [c.column.name for c in columns[1:]]
        current = self._current(table, [target for *_r, target in rows], ["uuid", *names])
        changed: list[dict[str, Any]] = []
        logged: list[change_log.Change] = []
        for number, row, values, target in rows:
            mine = current[target]
            record = values["uuid"]
            updated = (values["updated_at"], mine["updated_at"])
            applied: dict[str, Any] = {}
            for column in columns[1:]:
                name = column.column.name
                if name in ("created_at", "updated_at") or column.header not in row:
                    continue  # a column the file leaves out (personal data, say) is no edit
                if column.target != table.name and values[name] == mine[name]:
                    continue  # the same value (most are): no need to compare logged text
                cell, own = self._text(column, row, values), self._text(column, None, mine)
                verdict = self.fields.decide(
                    record, name, cell, own, updated, shared=mine["uuid"] == record
                )
                if verdict.lost is not None and verdict.kept is not None:
                    self._conflict(
                        table.name, number, column.header, row, verdict.kept, verdict.lost
                    )
                if column.target == table.name:  # linked once every row is in
                    if not verdict.apply:
                        self.keep_refs.add((record, name))
                    continue
                if not verdict.apply:
                    continue
                applied[name] = values[name]
                if verdict.source is None:
                    logged.append(
                        change_log.Change(table.name, mine["uuid"], CHANGED, name, own, cell)
                    )
            if applied:
                changed.append({"id": target, **applied, "updated_at": max(updated)})
        self._bulk_update(table, changed)
        change_log.write(self.s, logged)
        self.report.count(self.report.updated, table.name, len(changed))
        self.report.count(self.report.unchanged, table.name, len(rows) - len(changed))

    def _text(self, column: ExportColumn, row: Record | None, values: Record) -> str | None:
        """A value as the change log writes it: references as the uuid of the local record
        (``row``: the file's row, for references to its own table)."""
        name = column.column.name
        if column.target is None:
            return change_log.stored_text(column.column, values[name])
        if row is not None and column.target == column.column.table.name:
            raw = row.get(column.header)
            return None if raw in (None, "") else self.merged.get(str(raw), str(raw))
        if values[name] is None:
            return None
        return self._uuid_of(column.target, values[name])

    def _uuid_of(self, table_name: str, row_id: int) -> str | None:
        known = self._known(TABLES_BY_NAME[table_name])
        by_id = self.uuids.get(table_name)
        if by_id is None or len(by_id) != len(known):  # built again once rows were added
            by_id = self.uuids[table_name] = {i: u for u, i in known.items()}
        return by_id.get(row_id)

    def _conflict(
        self, sheet: str, number: int, column: str, row: Record, kept: Side, lost: Side
    ) -> None:
        """A line of the merge report."""
        title = next((str(row[n]) for n in TITLES if row.get(n)), str(row.get("id") or ""))
        if column:
            message = BOTH_CHANGED.with_(kept=kept.value or "", lost=lost.value or "")
        else:
            message = DELETED_HERE if kept.value == DELETED else DELETED_THERE
        message = message.with_(
            record=title,
            kept_by=kept.by or "?",
            lost_by=lost.by or "?",
        )  # the moments are written by whoever shows it (Conflict.said)
        self.report.conflicts.append(
            Conflict(
                sheet,
                number,
                column,
                title,
                *(kept.value or "", kept.by, kept.at),
                *(lost.value or "", lost.by, lost.at),
                message,
            )
        )

    def _deleted_here(self, table: Table, number: int, row: Record) -> bool:
        """A record of the file this database deleted: it stays deleted (reported when the
        file changed it since)."""
        gone, theirs = self.fields.deleted_here(str(row.get("id") or ""))
        if gone is None:
            return False
        self.gone.add(str(row["id"]))
        self.report.count(self.report.unchanged, table.name, 1)
        if theirs is not None:
            kept, lost = Side(DELETED, gone.at, gone.by), Side(CHANGED, theirs.at, theirs.by)
            self._conflict(table.name, number, "", row, kept, lost)
        return True

    def _deletions(self) -> None:
        """The file's deletions: applied (to the trash where it has a place) unless the
        record was changed here since."""
        present = {str(r.get("id")) for _c, rows in self.export.sheets.values() for r in rows}
        now = (self.s.info.get(change_log.CLOCK) or Clock()).now()
        for entry in self.fields.incoming.entries:
            if entry.action != DELETED or entry.record in present:
                continue
            table = TABLES_BY_NAME.get(entry.row[2])
            gone, ours = self.fields.deletion(entry.record)
            if table is None or gone is None or gone.uuid != entry.uuid:
                continue
            found = raw_rows.select_rows(self.s, table.name, "uuid", [entry.record])
            if not found:
                continue
            if ours is not None:
                self.unapplied.add(entry.uuid)
                kept, lost = Side(CHANGED, ours.at, ours.by), Side(DELETED, entry.at, entry.by)
                self._conflict(table.name, 0, "", found[0], kept, lost)
                continue
            if table.name in trash.KINDS:
                trash.move_to_trash(self.s, table.name, found[0]["id"], now)
            else:
                raw_rows.remove(self.s, table.name, [found[0]["id"]])
            self.report.count(self.report.deleted, table.name, 1)

    def _fill_gaps(self, table: Table, merged: list[tuple[int, Record, int, Record]]) -> None:
        """A merged record keeps its values and gains the ones it lacked; the file's values
        that differ from its own are listed in the merge report (not dropped unsaid)."""
        if not merged:
            return
        names = [n for n in merged[0][1] if n not in ("uuid", "owner", "created_at", "updated_at")]
        plain = {c.column.name: c for c in columns_of(table) if c.target is None}
        current = self._current(
            table, [target for target, *_r in merged], ["uuid", "owner", "updated_at", *names]
        )
        for target, values, number, row in merged:
            mine = current[target]
            gaps = {
                n: values[n]
                for n in names
                if mine[n] in (None, "") and values.get(n) not in (None, "")
            }
            if gaps:
                self._bulk_update(table, [{"id": target, **gaps}])
                change_log.log_updates(self.s, table, [{"id": target, **gaps}], current)
            for name in names:
                if name in gaps or name not in plain or values.get(name) in (None, ""):
                    continue
                ours = change_log.stored_text(plain[name].column, mine[name])
                theirs = change_log.stored_text(plain[name].column, values[name])
                if ours != theirs:
                    kept = Side(ours, mine["updated_at"], mine["owner"])
                    lost = Side(theirs, values["updated_at"], _owner(row))
                    self._conflict(table.name, number, plain[name].header, row, kept, lost)
            self.report.updated[f"{table.name} (merged)"] += 1

    def _link_self_references(self, table: Table, refs: list[tuple[str, str, Any]]) -> None:
        changes: dict[int, dict[str, int]] = defaultdict(dict)
        for uuid, column, target in refs:
            if (uuid, column) in self.keep_refs:
                continue
            source, destination = self._resolve(table.name, uuid), self._resolve(table.name, target)
            if source is not None and destination is not None and source != destination:
                changes[source][column] = destination
        rows = [{"id": i, **c} for i, c in changes.items()]
        if not rows:
            return
        names = sorted({name for c in changes.values() for name in c})
        before = self._current(table, list(changes), ["uuid", *names])
        self._bulk_update(table, rows)
        # A new record's links are part of its creation, not changes.
        edits = [row for row in rows if before[row["id"]]["uuid"] not in self.inserted]
        change_log.log_updates(self.s, table, edits, before)

    def _bulk_update(self, table: Table, rows: list[dict[str, Any]]) -> None:
        bulk.update_by_id(self.s, table, rows)

    def _settings(self) -> None:
        from desktop.models import Setting

        present = set(self.s.scalars(select(Setting.key)))
        known = known_settings()
        for name, text in self.export.settings:
            if name in known and name not in present and name != MERGED.key:
                self.s.add(Setting(key=name, value=_setting_value(text)))


def _unreadable(exc: Exception) -> Message:
    return QT_TRANSLATE_NOOP("Import", "Cannot read this value: {reason}").with_(reason=str(exc))


def _setting_value(text: Any) -> Any:
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return text  # not JSON: as text, which the setting's rule then judges
