"""What an action is about: the kinds of subject, their keys, and a label and a place to go for
each (docs/actions.md#what-an-action-is-about). Qt-free."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Account,
    ChecklistItem,
    Contact,
    Contract,
    Interaction,
    Opportunity,
    PaymentMilestone,
    Record,
    StageCriterion,
    StrategyNote,
    Tender,
)

from .messages import QT_TRANSLATE_NOOP, Message
from .orgchart.coverage import Flag

R = TypeVar("R", bound=Record)


class AboutKind(StrEnum):
    """``Action.about_kind``: a record's table, or ``red_flag`` for an automatic flag."""

    RED_FLAG = "red_flag"
    STAGE_CRITERION = "stage_criterion"  # key: "<opportunity uuid>/<criterion uuid>"
    VISIT = "interaction"  # a visit's next step
    MILESTONE = "payment_milestone"  # a collection step
    CHECKLIST_ITEM = "checklist_item"
    STRATEGY_NOTE = "strategy_note"
    CONTACT = "contact"
    OPPORTUNITY = "opportunity"
    TENDER = "tender"
    CONTRACT = "contract"
    ACCOUNT = "account"


LABELS = {
    AboutKind.RED_FLAG: QT_TRANSLATE_NOOP("ActionSubject", "Red flag: {name}"),
    AboutKind.STAGE_CRITERION: QT_TRANSLATE_NOOP("ActionSubject", "Stage criterion: {name}"),
    AboutKind.VISIT: QT_TRANSLATE_NOOP("ActionSubject", "Next step of a visit: {name}"),
    AboutKind.MILESTONE: QT_TRANSLATE_NOOP("ActionSubject", "Collection: {name}"),
    AboutKind.CHECKLIST_ITEM: QT_TRANSLATE_NOOP("ActionSubject", "Tender checklist: {name}"),
    AboutKind.STRATEGY_NOTE: QT_TRANSLATE_NOOP("ActionSubject", "Strategy sheet: {name}"),
    AboutKind.CONTACT: QT_TRANSLATE_NOOP("ActionSubject", "Person: {name}"),
    AboutKind.OPPORTUNITY: QT_TRANSLATE_NOOP("ActionSubject", "Opportunity: {name}"),
    AboutKind.TENDER: QT_TRANSLATE_NOOP("ActionSubject", "Tender: {name}"),
    AboutKind.CONTRACT: QT_TRANSLATE_NOOP("ActionSubject", "Contract: {name}"),
    AboutKind.ACCOUNT: QT_TRANSLATE_NOOP("ActionSubject", "Account: {name}"),
}
GONE = QT_TRANSLATE_NOOP("ActionSubject", "(no longer there)")


@dataclass(frozen=True)
class Subject:
    """What an action is about, as the dock and the dialog show it."""

    label: Message
    record_kind: str | None = None  # for EventHub.open_record: "contact", "opportunity", …
    record_id: int | None = None
    contact_id: int | None = None  # the person it is about: a visit can be logged with them


@dataclass(frozen=True)
class ActionDraft:
    """What a source proposes for a new action; the user completes it in the dialog."""

    account_id: int
    about_kind: str
    about_key: str
    title: str = ""
    due_on: date | None = None
    opportunity_id: int | None = None
    note: str = ""


def draft_about(
    session: Session,
    about_kind: AboutKind,
    record_id: int,
    *,
    opportunity_id: int | None = None,
    title: str = "",
    due_on: date | None = None,
) -> ActionDraft:
    """A draft action about a record, found by id: its account, deal and key. A stage
    criterion is about the deal ``opportunity_id``, whose criterion it is."""
    if about_kind is AboutKind.STAGE_CRITERION:
        deal = session.get_one(Opportunity, opportunity_id)
        criterion = session.get_one(StageCriterion, record_id)
        key = criterion_key(deal.uuid, criterion.uuid)
        return ActionDraft(deal.account_id, about_kind, key, title, due_on, deal.id)
    if about_kind is AboutKind.VISIT:
        visit = session.get_one(Interaction, record_id)
        return ActionDraft(visit.account_id, about_kind, visit.uuid, title, due_on)
    if about_kind is AboutKind.MILESTONE:
        milestone = session.get_one(PaymentMilestone, record_id)
        contract = session.get_one(Contract, milestone.contract_id)
        deal_id = contract.opportunity_id
        return ActionDraft(contract.account_id, about_kind, milestone.uuid, title, due_on, deal_id)
    if about_kind is AboutKind.CHECKLIST_ITEM:
        item = session.get_one(ChecklistItem, record_id)
        tender = session.get_one(Tender, item.tender_id)
        deal = session.get_one(Opportunity, tender.opportunity_id)
        return ActionDraft(deal.account_id, about_kind, item.uuid, title, due_on, deal.id)
    raise ValueError(f"no drafts about {about_kind}")


def red_flag_key(code: str, uuid: str) -> str:
    """The stable key of an automatic red flag: its code and the uuid of the person,
    opportunity or account it concerns (docs/actions.md#what-an-action-is-about)."""
    return f"{code}:{uuid}"


def coverage_flag_keys(session: Session, flags: list[Flag], account_id: int) -> list[str]:
    """The keys of the org chart's coverage flags, in one query: a flag about a person is
    keyed by the person, the others by the account (and the layer, for an empty layer)."""
    people = {f.person_id for f in flags if f.person_id is not None}
    query = select(Contact.id, Contact.uuid).where(Contact.id.in_(people))
    uuids = {person_id: uuid for person_id, uuid in session.execute(query)}
    account = session.scalar(select(Account.uuid).where(Account.id == account_id)) or ""
    keys = []
    for flag in flags:
        code = f"{flag.kind}.{flag.layer}" if flag.layer is not None else str(flag.kind)
        uuid = account if flag.person_id is None else uuids.get(flag.person_id, "")
        keys.append(red_flag_key(code, uuid))
    return keys


def criterion_key(opportunity_uuid: str, criterion_uuid: str) -> str:
    return f"{opportunity_uuid}/{criterion_uuid}"


def _by_uuid(session: Session, model: type[R], uuid: str) -> R | None:
    return session.scalar(select(model).where(model.uuid == uuid))


def _red_flag(session: Session, key: str) -> Subject:
    uuid = key.partition(":")[2]
    label = LABELS[AboutKind.RED_FLAG]
    if (person := _by_uuid(session, Contact, uuid)) is not None:
        return Subject(label.with_(name=person.name), "contact", person.id, person.id)
    if (deal := _by_uuid(session, Opportunity, uuid)) is not None:
        return Subject(label.with_(name=deal.name), "opportunity", deal.id)
    if (account := _by_uuid(session, Account, uuid)) is not None:
        return Subject(label.with_(name=account.name), "account", account.id)
    return Subject(label.with_(name=GONE))


def _criterion(session: Session, key: str, language: str) -> Subject:
    deal_uuid, _, criterion_uuid = key.partition("/")
    deal = _by_uuid(session, Opportunity, deal_uuid)
    criterion = _by_uuid(session, StageCriterion, criterion_uuid)
    name = GONE if criterion is None else _text(criterion, language)
    return Subject(
        LABELS[AboutKind.STAGE_CRITERION].with_(name=name),
        "opportunity" if deal else None,
        deal.id if deal else None,
    )


def _text(record: StageCriterion | ChecklistItem, language: str) -> str:
    return (record.text_zh if language.startswith("zh") else record.text_en) or record.text_en


def describe_subject(
    session: Session, about_kind: str, about_key: str, language: str = "en"
) -> Subject:
    """A label for what an action is about and where to go to see it; a subject that was
    deleted since still gets a label."""
    try:
        kind = AboutKind(about_kind)
    except ValueError:
        return Subject(Message("", about_kind or "—"))
    if kind is AboutKind.RED_FLAG:
        return _red_flag(session, about_key)
    if kind is AboutKind.STAGE_CRITERION:
        return _criterion(session, about_key, language)
    label = LABELS[kind]
    simple: dict[AboutKind, tuple[type, str, str]] = {
        AboutKind.CONTACT: (Contact, "name", "contact"),
        AboutKind.OPPORTUNITY: (Opportunity, "name", "opportunity"),
        AboutKind.TENDER: (Tender, "title", "tender"),
        AboutKind.CONTRACT: (Contract, "number", "contract"),
        AboutKind.ACCOUNT: (Account, "name", "account"),
    }
    if kind in simple:
        model, attribute, record_kind = simple[kind]
        record = _by_uuid(session, model, about_key)
        if record is None:
            return Subject(label.with_(name=GONE))
        person = record.id if model is Contact else None
        return Subject(label.with_(name=getattr(record, attribute)), record_kind, record.id, person)
    if kind is AboutKind.VISIT:
        visit = _by_uuid(session, Interaction, about_key)
        if visit is None:
            return Subject(label.with_(name=GONE))
        name = f"{visit.contact.name} · {visit.next_step or visit.occurred_on}"
        return Subject(label.with_(name=name), "contact", visit.contact_id, visit.contact_id)
    if kind is AboutKind.MILESTONE:
        milestone = _by_uuid(session, PaymentMilestone, about_key)
        if milestone is None:
            return Subject(label.with_(name=GONE))
        number = session.scalar(select(Contract.number).where(Contract.id == milestone.contract_id))
        name = f"{number} · {milestone.name}"
        return Subject(label.with_(name=name), "contract", milestone.contract_id)
    if kind is AboutKind.CHECKLIST_ITEM:
        item = _by_uuid(session, ChecklistItem, about_key)
        if item is None:
            return Subject(label.with_(name=GONE))
        return Subject(label.with_(name=_text(item, language)), "tender", item.tender_id)
    note = _by_uuid(session, StrategyNote, about_key)
    if note is None:
        return Subject(label.with_(name=GONE))
    return Subject(label.with_(name=note.text), "opportunity", note.opportunity_id)
