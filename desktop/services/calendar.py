"""The reminders and open actions as an iCalendar file for Outlook or Thunderbird. Qt-free.
The rules (which events, stable UIDs, time zone) are in docs/calendar.md."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import __version__
from desktop.models import Account, Action, Opportunity, Tender
from desktop.models.enums import ActionStatus, TenderResult

from .catalog import translator
from .clock import Clock
from .contracts.reminders import Reminder, ReminderKind, reminders
from .database import Database
from .messages import QT_TRANSLATE_NOOP, Message, Translate
from .private_files import private_output

# Tender deadlines and openings are announced in China's time: shown at that moment wherever
# the calendar is (docs/calendar.md).
ZONE = ZoneInfo("Asia/Shanghai")
DOMAIN = "keyaccount-desk"
TIMED_MINUTES = 30
DAYS = 30  # how far ahead by default: a month, so that one export a week overlaps the last

TENDER_DEADLINE = QT_TRANSLATE_NOOP("Calendar", "Tender deadline: {title}")
BID_OPENING = QT_TRANSLATE_NOOP("Calendar", "Bid opening: {title}")
# A tender's moments in the calendar: (UID kind, column, summary).
MOMENTS = (
    ("deadline", Tender.submission_deadline, TENDER_DEADLINE),
    ("opening", Tender.opening_at, BID_OPENING),
)
PAYMENT_DUE = QT_TRANSLATE_NOOP("Calendar", "Payment due: {milestone} ({contract})")
PAYMENT_OVERDUE = QT_TRANSLATE_NOOP(
    "Calendar", "Overdue payment: {milestone} ({contract}), due {due}"
)
ACTION = QT_TRANSLATE_NOOP("Calendar", "Action: {title}")
ACTION_OVERDUE = QT_TRANSLATE_NOOP("Calendar", "Overdue action: {title}, due {due}")
BIRTHDAY = QT_TRANSLATE_NOOP("Calendar", "Birthday: {name}")
ACCOUNT = QT_TRANSLATE_NOOP("Calendar", "Account: {account}")
NUMBER = QT_TRANSLATE_NOOP("Calendar", "Number: {number}")
AMOUNT = QT_TRANSLATE_NOOP("Calendar", "Outstanding: {amount}")
ASSIGNEE = QT_TRANSLATE_NOOP("Calendar", "Assignee: {name}")
CALENDAR_NAME = QT_TRANSLATE_NOOP("Calendar", "Key Account Desk reminders")


@dataclass(frozen=True)
class Entry:
    """One event: all day on ``day``, or at ``moment`` (China's time) when given."""

    uid: str
    summary: Message
    day: date
    details: tuple[Message, ...] = ()
    moment: datetime | None = None


def uid(record_uuid: str, kind: str) -> str:
    """The same record and kind give the same UID in every export: a calendar that imports
    the file again updates the event instead of adding a second one."""
    return f"{record_uuid}-{kind}@{DOMAIN}"


def _from_reminder(reminder: Reminder, today: date) -> Entry | None:
    account = ACCOUNT.with_(account=reminder.account)
    if reminder.kind is ReminderKind.DUE or reminder.kind is ReminderKind.OVERDUE:
        overdue = reminder.kind is ReminderKind.OVERDUE
        summary = (PAYMENT_OVERDUE if overdue else PAYMENT_DUE).with_(
            milestone=reminder.subject, contract=reminder.reference, due=reminder.day.isoformat()
        )
        details = [account, AMOUNT.with_(amount=f"{reminder.amount or 0:,.2f}")]
        # Overdue: today (the next export moves it on), not on a past day nobody looks at.
        day = today if overdue else reminder.day
        return Entry(uid(reminder.uuid, reminder.kind.value), summary, day, tuple(details))
    if reminder.kind is ReminderKind.BIRTHDAY:
        return Entry(
            uid(reminder.uuid, "birthday"),
            BIRTHDAY.with_(name=reminder.subject),
            reminder.day,
            (account,),
        )
    return None  # tenders are read with their opening (below); the rest stay in the app


def _tenders(session: Session, today: date, end: date) -> list[Entry]:
    """Submission deadlines and bid openings of pending tenders, from today to ``end``."""
    start = datetime.combine(today, datetime.min.time())
    stop = datetime.combine(end + timedelta(days=1), datetime.min.time())
    rows = session.execute(
        select(Tender.uuid, Tender.title, Tender.tender_no, Account.name, *(m[1] for m in MOMENTS))
        .join(Opportunity, Tender.opportunity_id == Opportunity.id)
        .join(Account, Opportunity.account_id == Account.id)
        .where(Tender.result == TenderResult.PENDING)
        .order_by(Tender.id)
    ).all()
    found = []
    for tender_uuid, title, number, account, *moments in rows:
        for (kind, _column, message), moment in zip(MOMENTS, moments, strict=True):
            if moment is not None and start <= moment < stop:
                details = (ACCOUNT.with_(account=account), NUMBER.with_(number=number or "—"))
                found.append(
                    Entry(
                        uid(tender_uuid, kind),
                        message.with_(title=title),
                        moment.date(),
                        details,
                        moment,
                    )
                )
    return found


def _actions(session: Session, today: date, end: date) -> list[Entry]:
    """Open actions due by ``end``; overdue ones on today, saying since when."""
    rows = session.execute(
        select(Action.uuid, Action.title, Action.due_on, Action.assignee, Account.name)
        .join(Account, Action.account_id == Account.id)
        .where(Action.status == ActionStatus.OPEN, Action.due_on <= end)
        .order_by(Action.due_on, Action.id)
    ).all()
    found = []
    for action_uuid, title, due, assignee, account in rows:
        if due is None:  # the query has only actions with a due date
            continue
        overdue = due < today
        summary = (ACTION_OVERDUE if overdue else ACTION).with_(title=title, due=due.isoformat())
        details = [ACCOUNT.with_(account=account)]
        if assignee:
            details.append(ASSIGNEE.with_(name=assignee))
        day = today if overdue else due
        found.append(Entry(uid(action_uuid, "action"), summary, day, tuple(details)))
    return found


def calendar_entries(
    session: Session, today: date, days: int, *, include_personal: bool = False
) -> list[Entry]:
    """Every event of the calendar: birthdays only with ``include_personal``
    (docs/personal-data.md)."""
    listed = reminders(session, today, days)
    entries = [
        entry
        for reminder in listed.items
        if include_personal or reminder.kind is not ReminderKind.BIRTHDAY
        if (entry := _from_reminder(reminder, today)) is not None
    ]
    end = today + timedelta(days=days)
    entries += _tenders(session, today, end) + _actions(session, today, end)
    entries.sort(key=lambda e: (e.day, e.uid))
    return entries


def to_ical(entries: list[Entry], now: datetime, translate: Translate) -> bytes:
    """The iCalendar text: all-day events for dates, timed ones in China's time."""
    calendar = Calendar()
    calendar.add("prodid", f"-//Key Account Desk//{__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", CALENDAR_NAME.render(translate))
    stamp = now.replace(tzinfo=ZoneInfo("UTC"))
    for entry in entries:
        event = Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", stamp)
        event.add("summary", entry.summary.render(translate))
        if entry.moment is not None:
            start = entry.moment.replace(tzinfo=ZONE)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=TIMED_MINUTES))
        else:
            event.add("dtstart", entry.day)
            event.add("dtend", entry.day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        if entry.details:
            event.add("description", "\n".join(m.render(translate) for m in entry.details))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def export_calendar(
    db: Database,
    path: Path,
    clock: Clock,
    *,
    language: str,
    days: int = DAYS,
    include_personal: bool = False,
) -> int:
    """Write the calendar file (whole and owner-only, or not at all); how many events."""
    today = clock.today()
    with db.read() as s:
        entries = calendar_entries(s, today, days, include_personal=include_personal)
    text = to_ical(entries, clock.utcnow(), translator(language))
    with private_output(path) as partial:
        partial.write_bytes(text)
    return len(entries)
