"""The demo's past (docs/map-over-time.md): the records were entered more than a year ago, then
a few things changed, so that "Map as of" and "What changed since" show something in the
sample data: two stance moves and a new coach at the grid company, a headquarters influencer
who left, and the university's former coach who joined the metro company."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

from sqlalchemy import update
from sqlalchemy.orm import Session

from desktop.models import Account, Contact
from desktop.models.change_log import CHANGED
from desktop.models.enums import Role

from . import change_log
from .driver import raw

ENTERED_DAYS_AGO = 400
# (contact key, days ago, field, old value, new value): values as the log stores them.
CHANGES = (
    ("grid.chen", 150, "roles", None, Role.COACH.value),
    ("grid.wang", 75, "stance", "neutral", "supporter"),
    ("grid.lin", 45, "stance", "neutral", "opponent"),
)
LEFT = ("grid.zheng", 20)
MOVED = ("metro.fu", "uni.pei", 60)  # who, someone of the account they came from, days ago


def add_history(session: Session, contacts: dict[str, Contact], today: date, owner: str) -> None:
    session.flush()
    entered = datetime.combine(today - timedelta(days=ENTERED_DAYS_AGO), time(9))
    # As the log writes its times (change_log.copy_entries), not as the ORM's DateTime would.
    raw(session).execute("UPDATE change_log SET changed_at = ?", (entered.isoformat(sep=" "),))
    rows: list[tuple[Contact, int, str, str | None, str | None]] = [
        (contacts[key], days, field, old, new) for key, days, field, old, new in CHANGES
    ]
    person, days = LEFT
    gone, left_on = contacts[person], today - timedelta(days=days)
    _set(session, gone, left_on=left_on)
    rows.append((gone, days, "left_on", None, left_on.isoformat()))
    person, former, days = MOVED
    moved, old_account = contacts[person], session.get_one(Account, contacts[former].account_id)
    new_account = session.get_one(Account, moved.account_id)
    moved_on = today - timedelta(days=days)
    _set(session, moved, moved_from_id=old_account.id, moved_on=moved_on)
    manager = session.get_one(Contact, moved.reports_to_id) if moved.reports_to_id else None
    rows += [
        (moved, days, "account_id", old_account.uuid, new_account.uuid),
        (moved, days, "roles", Role.COACH.value, None),  # our coach there
        (moved, days, "moved_from_id", None, old_account.uuid),
        (moved, days, "moved_on", None, moved_on.isoformat()),
    ]
    if manager is not None:
        rows.append((moved, days - 1, "reports_to_id", None, manager.uuid))
    batch = str(uuid.uuid5(uuid.NAMESPACE_URL, "keyaccount-desk/demo-history"))
    change_log.copy_entries(
        session,
        [
            (
                # same today, same data (the uuids too)
                str(uuid.uuid5(uuid.NAMESPACE_URL, f"{batch}/{contact.uuid}/{field}")),
                contact.uuid,
                Contact.__tablename__,
                CHANGED,
                field,
                old,
                new,
                datetime.combine(today - timedelta(days=days), time(10)),
                owner,
                batch,
            )
            for contact, days, field, old, new in rows
        ],
    )


def _set(session: Session, contact: Contact, **values: object) -> None:
    """Today's values, written past the session's change log hook: the entries that say when
    they changed are the backdated ones."""
    session.execute(
        update(Contact).where(Contact.id == contact.id).values(**values),
        execution_options={"synchronize_session": False},
    )
