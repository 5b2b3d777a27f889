"""A person's history from the change log: who changed which field, when, from what to what
("who changed 周振华's stance, and when"). Qt-free: labels are messages the view renders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import Enum

from sqlalchemy import Date, select
from sqlalchemy import Enum as EnumType

from desktop.models import Account, Contact, ContactRole
from desktop.models.change_log import CHANGED, CREATED, DELETED, RESTORED

from .. import change_log
from ..database import Database
from ..labels import LABELS
from ..messages import QT_TRANSLATE_NOOP, Message, UserError
from ..sql_types import table_of
from .people import FIELD_LABELS, GONE

ACTIONS = {
    CREATED: QT_TRANSLATE_NOOP("PersonHistory", "Added"),
    DELETED: QT_TRANSLATE_NOOP("PersonHistory", "Deleted"),
    RESTORED: QT_TRANSLATE_NOOP("PersonHistory", "Restored"),
}
OTHER_FIELDS = {
    "owner": QT_TRANSLATE_NOOP("PersonHistory", "Salesperson"),
    "account_id": QT_TRANSLATE_NOOP("PersonHistory", "Account"),
}
YES = QT_TRANSLATE_NOOP("PersonHistory", "Yes")
NO = QT_TRANSLATE_NOOP("PersonHistory", "No")
REFERENCES: dict[str, type[Contact] | type[Account]] = {
    "reports_to_id": Contact,
    "account_id": Account,
}

Shown = Message | date | str  # a label to translate, a date to write for the locale, or text


@dataclass(frozen=True)
class PersonChange:
    what: Shown  # the field, or what happened to the whole record
    old: Shown
    new: Shown
    at: datetime  # local time
    by: str


def _local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class PersonHistory:
    def __init__(self, db: Database) -> None:
        self._db = db

    def of(self, person_id: int) -> list[PersonChange]:
        """The person's changes, newest first."""
        with self._db.read() as s:
            person = s.get(Contact, person_id)
            if person is None:
                raise UserError(GONE)
            lines = change_log.history(s, person.uuid)
            names = {}
            for field, model in REFERENCES.items():  # only the records the history names
                wanted = {v for x in lines if x.field == field for v in (x.old_value, x.new_value)}
                query = select(model.uuid, model.name).where(model.uuid.in_(wanted - {None}))
                names[field] = dict(s.execute(query).all()) if wanted - {None} else {}
        changes = []
        for line in lines:
            what: Shown
            old: Shown = ""
            new: Shown = ""
            if line.action != CHANGED:
                what = ACTIONS.get(line.action, line.action)
            else:
                label = FIELD_LABELS.get(line.field)
                what = label if label is not None else OTHER_FIELDS.get(line.field, line.field)
                old = _shown(line.field, line.old_value, names)
                new = _shown(line.field, line.new_value, names)
            changes.append(PersonChange(what, old, new, _local(line.changed_at), line.changed_by))
        return changes


def _shown(field: str, value: str | None, names: dict[str, dict[str, str]]) -> Shown:
    """A logged value as the form shows it (labels for choices, names for people)."""
    if value is None or value == "":
        return "—"
    if field in names:
        return names[field].get(value, value)
    column = table_of(ContactRole).c.role if field == "roles" else table_of(Contact).c.get(field)
    if column is None:
        return value
    kind = column.type
    if isinstance(kind, Date):  # the view writes it as the locale does
        try:
            return date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(kind, EnumType) and kind.enum_class is not None:
        member: Enum | None = next((m for m in kind.enum_class if m.value == value), None)
        # (LABELS is keyed by enum type and member: its get() would not find it)
        if member is not None and member in LABELS:
            return LABELS[member]
        return value
    if field == "could_be_coach":
        return YES if value == "1" else NO
    return value
