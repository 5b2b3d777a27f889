"""Leads (线索): the temperature checklist, the MAN screen, and converting a lead into an
opportunity once the three opportunity criteria hold (docs/domain.md#leads)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from desktop.models import Account, Lead, Opportunity, Stage, StageChange
from desktop.models.enums import ForecastCategory, LeadStatus, LeadTemperature

from .. import field_rules, raw_rows, versions
from ..changes import LEADS, OPPORTUNITIES, WITH_AN_OPPORTUNITY, ChangeSet
from ..database import Database
from ..messages import QT_TRANSLATE_NOOP, Message, UserError
from ..records import copy_to, read_from
from ..settings import SettingKey
from ..sql_types import table_of

# The criteria of a hot lead (docs/domain.md#leads); the number ticked suggests the temperature.
TEMPERATURE_CHECKS: tuple[tuple[str, Message], ...] = (
    ("urgent", QT_TRANSLATE_NOOP("Leads", "Urgent for the customer")),
    ("solution_mature", QT_TRANSLATE_NOOP("Leads", "Mature solution that matches our product")),
    ("clear_benefit", QT_TRANSLATE_NOOP("Leads", "Clear short-term benefit for the customer")),
    ("consensus", QT_TRANSLATE_NOOP("Leads", "Consensus inside the customer")),
    ("buying_within_6_months", QT_TRANSLATE_NOOP("Leads", "Buying within six months")),
)
MAN_CHECKS: tuple[tuple[str, Message], ...] = (
    ("has_money", QT_TRANSLATE_NOOP("Leads", "Money: the customer can pay")),
    ("has_authority", QT_TRANSLATE_NOOP("Leads", "Authority: we reach who decides")),
    ("has_need", QT_TRANSLATE_NOOP("Leads", "Need: a real need exists")),
)
OPPORTUNITY_CRITERIA: tuple[tuple[str, Message], ...] = (
    (
        "in_buying_process",
        QT_TRANSLATE_NOOP("Leads", "The customer has entered its buying process"),
    ),
    ("has_budget", QT_TRANSLATE_NOOP("Leads", "There is an investment plan and a budget")),
    ("can_participate", QT_TRANSLATE_NOOP("Leads", "We can take part")),
)
ESTIMATED_AMOUNT = QT_TRANSLATE_NOOP("Leads", "Estimated amount")
FAILS_MAN = QT_TRANSLATE_NOOP(
    "Leads",
    "This lead fails the MAN screen (money, authority, need): confirm the conversion, or "
    "qualify it further first.",
)
# Ticked criteria needed for each temperature; fewer than "warm" is cold.
# (validate_thresholds is defined below; a stored dict may lack a key: the default fills it)
LEAD_TEMPERATURE: SettingKey[dict[str, int]] = SettingKey(
    "opportunities.lead_temperature",
    {"hot": 4, "warm": 2},
    check=lambda value: validate_thresholds({**LEAD_TEMPERATURE.default, **value}),
)


def suggest_temperature(
    checks: Mapping[str, Any], thresholds: Mapping[str, int]
) -> LeadTemperature:
    ticked = sum(1 for key, _ in TEMPERATURE_CHECKS if checks.get(key) is True)
    if ticked >= thresholds["hot"]:
        return LeadTemperature.HOT
    if ticked >= thresholds["warm"]:
        return LeadTemperature.WARM
    return LeadTemperature.COLD


def validate_thresholds(thresholds: Mapping[str, int]) -> None:
    if not 1 <= thresholds["warm"] <= thresholds["hot"] <= len(TEMPERATURE_CHECKS):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Leads",
                "Lead temperature: warm needs 1 to {most} criteria, and hot at least as many.",
            ).with_(most=len(TEMPERATURE_CHECKS))
        )


@dataclass(frozen=True)
class LeadData:
    """The editable fields of a lead."""

    account_id: int
    title: str
    source_channel: str = ""
    description: str = ""
    pain: str = ""
    solution_idea: str = ""
    budget_note: str = ""
    relationship_note: str = ""
    window_start: date | None = None
    window_end: date | None = None
    estimated_amount: Decimal | None = None  # the opportunity starts with it
    temperature: LeadTemperature = LeadTemperature.COLD
    temperature_checks: dict[str, bool] = field(default_factory=dict)
    has_money: bool = False
    has_authority: bool = False
    has_need: bool = False
    in_buying_process: bool = False
    has_budget: bool = False
    can_participate: bool = False
    status: LeadStatus = LeadStatus.OPEN

    def missing_criteria(self) -> list[Message]:
        return [text for key, text in OPPORTUNITY_CRITERIA if not getattr(self, key)]

    def man_screen(self) -> list[tuple[Message, bool]]:
        """Money, authority, need: each with whether it holds."""
        return [(text, bool(getattr(self, key))) for key, text in MAN_CHECKS]

    def fails_man(self) -> bool:
        return not all(holds for _, holds in self.man_screen())


@dataclass(frozen=True)
class LeadRow:
    id: int
    account_id: int
    account: str
    title: str
    source_channel: str
    window_start: date | None
    window_end: date | None
    temperature: LeadTemperature
    suggested: LeadTemperature
    man: int  # how many of money, authority, need
    qualifies: bool  # the three opportunity criteria hold
    status: LeadStatus
    opportunity_id: int | None
    opportunity: str


@dataclass(frozen=True)
class Created:
    changes: ChangeSet
    id: int


def _validate(data: LeadData) -> None:
    if not data.title.strip():
        raise UserError(QT_TRANSLATE_NOOP("Leads", "Title: a lead needs a title."))
    if data.window_start and data.window_end and data.window_end < data.window_start:
        raise UserError(QT_TRANSLATE_NOOP("Leads", "Time window: the end comes before the start."))
    # The rules every import applies too (docs/field-rules.md).
    values = {"estimated_amount": data.estimated_amount}
    for _name, message in field_rules.problems(table_of(Lead), values, date.min):
        raise UserError(message.with_(field=ESTIMATED_AMOUNT))


def first_open_stage(session: Session) -> Stage:
    stage = session.scalars(
        select(Stage).where(Stage.is_closed.is_(False)).order_by(Stage.position).limit(1)
    ).first()
    if stage is None:
        raise UserError(QT_TRANSLATE_NOOP("Leads", "The stage list has no open stage."))
    return stage


def _opportunity_description(lead: Lead) -> str:
    parts = [lead.description, lead.pain, lead.solution_idea, lead.budget_note]
    return "\n\n".join(part.strip() for part in parts if part.strip())


class LeadService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def thresholds(self) -> dict[str, int]:
        with self._db.read() as s:
            return {**LEAD_TEMPERATURE.default, **LEAD_TEMPERATURE.get(s)}

    def leads(self, account_id: int | None) -> list[LeadRow]:
        query = (
            select(Lead, Account.name, Opportunity.name)
            .join(Account, Lead.account_id == Account.id)
            .outerjoin(Opportunity, Lead.converted_opportunity_id == Opportunity.id)
            .order_by(
                case(
                    (Lead.status == LeadStatus.OPEN, 0),
                    (Lead.status == LeadStatus.CONVERTED, 1),
                    else_=2,
                ),
                Lead.window_start.is_(None),
                Lead.window_start,
                Lead.title,
            )
        )
        if account_id is not None:
            query = query.where(Lead.account_id == account_id)
        with self._db.read() as s:
            thresholds = {**LEAD_TEMPERATURE.default, **LEAD_TEMPERATURE.get(s)}
            return [
                LeadRow(
                    id=lead.id,
                    account_id=lead.account_id,
                    account=account,
                    title=lead.title,
                    source_channel=lead.source_channel,
                    window_start=lead.window_start,
                    window_end=lead.window_end,
                    temperature=lead.temperature,
                    suggested=suggest_temperature(lead.temperature_checks or {}, thresholds),
                    man=sum((lead.has_money, lead.has_authority, lead.has_need)),
                    qualifies=lead.in_buying_process and lead.has_budget and lead.can_participate,
                    status=lead.status,
                    opportunity_id=lead.converted_opportunity_id,
                    opportunity=opportunity or "",
                )
                for lead, account, opportunity in s.execute(query)
            ]

    def lead(self, lead_id: int) -> LeadData:
        return self.read(lead_id)[0]

    def read(self, lead_id: int) -> tuple[LeadData, int]:
        """The lead's fields and the version they were read at (for :meth:`update`)."""
        with self._db.read() as s:
            lead = s.get_one(Lead, lead_id)
            data = read_from(LeadData, lead)
            checks = dict(lead.temperature_checks or {})
            return replace(data, temperature_checks=checks), lead.version

    def create(self, data: LeadData) -> Created:
        _validate(data)
        with self._db.session() as s:
            lead = Lead()
            copy_to(data, lead)
            s.add(lead)
            s.flush()
            return Created(ChangeSet.of(LEADS, account_id=data.account_id), lead.id)

    def update(self, lead_id: int, data: LeadData, read_version: int | None = None) -> ChangeSet:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the lead changed since it was
        read at ``read_version``."""
        _validate(data)
        with self._db.session() as s:
            lead = s.get_one(Lead, lead_id)
            versions.check(s, lead, read_version)
            if lead.status is LeadStatus.CONVERTED and data.status is not LeadStatus.CONVERTED:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Leads",
                        "Status: this lead became an opportunity; undo the conversion instead.",
                    )
                )
            copy_to(data, lead, exclude=("account_id",))
            return ChangeSet.of(LEADS, account_id=lead.account_id)

    def remove(self, lead_id: int) -> tuple[ChangeSet, raw_rows.Graph]:
        with self._db.session() as s:
            account_id = s.get_one(Lead, lead_id).account_id
            graph = raw_rows.remove(s, "lead", [lead_id])
            return ChangeSet.of(LEADS, account_id=account_id), graph

    def restore(self, graph: raw_rows.Graph) -> ChangeSet:
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
        return ChangeSet.of(LEADS, OPPORTUNITIES, account_id=graph.root()["account_id"])

    # ---- conversion ------------------------------------------------------------------

    def convert(self, lead_id: int, now: datetime, *, despite_man: bool = False) -> Created:
        """Create the opportunity in the first stage, with the lead's estimated amount; link
        it, mark the lead converted. A lead failing the MAN screen is converted only
        ``despite_man`` (the user was asked; docs/domain.md#leads)."""
        with self._db.session() as s:
            lead = s.get_one(Lead, lead_id)
            if lead.status is not LeadStatus.OPEN:
                raise UserError(QT_TRANSLATE_NOOP("Leads", "Only an open lead can be converted."))
            data = read_from(LeadData, lead)
            missing = data.missing_criteria()
            if missing:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Leads", "Not an opportunity yet: “{criterion}” does not hold."
                    ).with_(criterion=missing[0])
                )
            if data.fails_man() and not despite_man:
                raise UserError(FAILS_MAN)
            stage = first_open_stage(s)
            opportunity = Opportunity(
                account_id=lead.account_id,
                name=lead.title,
                amount=lead.estimated_amount or Decimal(0),
                description=_opportunity_description(lead),
                information_source=lead.source_channel,
                relationships=lead.relationship_note,
                expected_decision_date=lead.window_start or lead.window_end,
                first_decision_date=lead.window_start or lead.window_end,
                purchase_date=lead.window_end or lead.window_start,
                stage_id=stage.id,
                stage_entered_on=now.date(),
                forecast_category=ForecastCategory.PIPELINE,
            )
            s.add(opportunity)
            s.flush()
            s.add(
                StageChange(
                    opportunity_id=opportunity.id,
                    from_stage_id=None,
                    to_stage_id=stage.id,
                    changed_at=now,
                    note=lead.title,
                )
            )
            lead.status = LeadStatus.CONVERTED
            lead.converted_opportunity_id = opportunity.id
            changes = ChangeSet.of(LEADS, OPPORTUNITIES, account_id=lead.account_id)
            return Created(changes, opportunity.id)

    def unconvert(self, lead_id: int) -> tuple[ChangeSet, raw_rows.Graph]:
        """Undo a conversion: delete the opportunity (kept in the graph) and reopen the lead."""
        with self._db.session() as s:
            lead = s.get_one(Lead, lead_id)
            if lead.converted_opportunity_id is None:
                raise UserError(QT_TRANSLATE_NOOP("Leads", "This lead was not converted."))
            graph = raw_rows.remove(s, "opportunity", [lead.converted_opportunity_id])
            lead = s.get_one(Lead, lead_id)
            lead.status = LeadStatus.OPEN
            return ChangeSet(WITH_AN_OPPORTUNITY, lead.account_id), graph

    def reconvert(self, lead_id: int, graph: raw_rows.Graph) -> ChangeSet:
        """Redo a conversion from the graph kept by ``unconvert`` (same ids and uuids)."""
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
            lead = s.get_one(Lead, lead_id)
            lead.status = LeadStatus.CONVERTED
            return ChangeSet(WITH_AN_OPPORTUNITY, lead.account_id)
