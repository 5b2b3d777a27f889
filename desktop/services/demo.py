"""Load the bilingual demo dataset (``data/demo/sample.json``) into a database. Qt-free.

The file mirrors the models, nested by ownership; records that others refer to carry a local
``"key"`` string (contacts and opportunities: unique in the file; milestones: in their contract)::

    {"format": 1, "owner": TEXT, "staff": {"li_ming": TEXT, ...},
     "accounts": [{"key": "grid", <Account fields>,
        "payment_capacity": [<Assessment fields>],                  # opportunity_id stays NULL
        "contacts": [{"key": "grid.wang", <Contact fields>, "reports_to": KEY | null,
                      "roles": ["key_decision_maker", ...], "interactions": [<Interaction>]}],
        "influence": [{"source": KEY, "target": KEY, "strength": 1..3, "note": TEXT}],
        "opportunities": [{"key": "grid.dc2", <Opportunity fields>, "stage": "bid",
            "stage_history": [{"to": "validate", "changed_at": DATETIME,
                               "override": true, "unmet": [1], "note": TEXT}, ...],
            "checks": [0], "key_contact": KEY, "team": {"sponsor": "@zhang_tao", ...},
            "decision_group": [{"contact": KEY, "role"?: ROLE, "stance"?: STANCE, "note"?: TEXT}],
            "competitors": [<Competitor>], "assessments": [<Assessment>],
            "tenders": [{<Tender>, "lots": [<TenderLot>], "deviations": [<DeviationItem>]}]}],
        "leads": [{<Lead fields>, "converted_opportunity"?: KEY}],
        "contracts": [{<Contract fields>, "opportunity": KEY, "amendments": [...],
            "milestones": [{"key": "advance", <PaymentMilestone fields>, "collection": [...]}],
            "deliveries": [...], "shipping_exceptions": [...], "acceptances": [...],
            "invoices": [{<Invoice fields>, "milestone": "advance"}], "payments": [...]}]}],
     "monthly_targets": [{"month": 0, "amount": 4500000}],         # months from this month
     "forecast_snapshots": [{"week": -1, "time": "08:30",           # weeks from this Monday
                             "lines": [{"opportunity": KEY, <SnapshotLine fields>}]}]}

Field names are the models' column names; values are:

* TEXT: ``{"zh": "…", "en": "…"}``, or a plain string that reads the same in both languages;
  ``"@zhang_tao"`` names one of our own people from ``staff``.
* dates: whole days from "today" (negative: past). Birthdays are ISO dates, except the few
  that must stay near: ``{"birthday_in_days": 3, "born_year": 1968}``.
* datetimes: ``{"days": 5, "time": "09:30"}`` (a bare integer means 09:00 of that day).
* money: yuan, as a number. Enums: their stored value. ``{year}`` in a tender's or contract's
  text becomes the year of its submission deadline or signing date.

Derived while loading: every record's ``owner`` is the file's owner (also stored as the
default-owner setting); ``uuid`` is derived from the record's position, so two loads with the
same ``today`` give identical data; a contact's closeness and trust are those after the latest
interaction; an opportunity's stage and ``stage_entered_on`` come from the last history entry
(which must match ``"stage"``) and its ``score`` from the latest evaluation; ``unmet`` and
``checks`` index the exit criteria of the stage being left / the current stage, and unmet ones
are stored as their text; an assessment's ``total`` is the sum of its ratings and its ``result``
is derived with the default scoring settings (``services/opportunities/scoring.py``); a milestone's
``due_on`` is ``trigger_on + due_days``; payments are allocated to milestones oldest due first.
A contract's milestones add up to its amount plus its amendments' deltas.
"""

from __future__ import annotations

import functools
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import JSON, Column, Date, DateTime, Enum, String, inspect
from sqlalchemy.orm import Session

from desktop.models import (
    Acceptance,
    Account,
    Amendment,
    Assessment,
    CollectionAction,
    Competitor,
    Contact,
    ContactRole,
    Contract,
    DecisionGroupMember,
    DeliveryLine,
    DeviationItem,
    ForecastSnapshot,
    InfluenceLink,
    Interaction,
    Invoice,
    Lead,
    MonthlyTarget,
    Opportunity,
    Payment,
    PaymentAllocation,
    PaymentMilestone,
    ShippingException,
    SnapshotLine,
    Stage,
    StageChange,
    StageCheck,
    Tender,
    TenderLot,
)
from desktop.models.enums import AssessmentKind, DueRule, Role
from desktop.models.types import Money
from desktop.resources import data_path
from desktop.services.bids.demo import add_demo_checklists
from desktop.services.clock import Clock
from desktop.services.contracts.schedule import settle
from desktop.services.opportunities.scoring import derive_result, total_of
from desktop.services.settings import DEFAULT_OWNER
from desktop.services.stages import ensure_default_stages, stages_by_code

SAMPLE = "demo/sample.json"
# Fixed namespace: demo records get the same uuid on every load (uuid5 of table and sequence).
_UUID_NAMESPACE = uuid.UUID("6f0c2d8e-3b1a-4f57-9a43-1d2c5e7b9a10")
_NOT_FIELDS = {"id", "uuid", "owner", "created_at", "updated_at"}
_DEFAULT_TIME = time(9, 0)
# Keys of the file's records that hold nested records or references, not columns.
_ACCOUNT_PARTS = frozenset(
    {"payment_capacity", "contacts", "influence", "leads", "opportunities", "contracts"}
)
_OPPORTUNITY_PARTS = frozenset(
    {"stage", "stage_history", "checks", "team", "key_contact", "decision_group", "competitors"}
    | {"assessments", "tenders"}
)
_CONTRACT_PARTS = frozenset(
    {"opportunity", "amendments", "milestones", "deliveries", "shipping_exceptions"}
    | {"acceptances", "invoices", "payments"}
)

R = TypeVar("R")


class DemoDataError(ValueError):
    """The demo file does not fit the models (a bug in the data, not in the user's database)."""


@dataclass(frozen=True)
class DemoSummary:
    accounts: int
    contacts: int
    opportunities: int
    tenders: int
    contracts: int


def sample_path() -> Path:
    return data_path(SAMPLE)


def load_demo(session: Session, *, language: str, today: date) -> DemoSummary:
    """Write the demo dataset into ``session`` (flushes, never commits).

    ``language`` is "en" or "zh_CN" (other languages get English); ``today`` anchors every
    date of the dataset.
    Meant for an empty database: the caller owns the transaction.
    """
    data = json.loads(sample_path().read_text(encoding="utf-8"))
    ensure_default_stages(session)
    return _Loader(session, _language_key(language), today, data).load()


def _language_key(language: str) -> str:
    """Any Chinese ("zh_CN", "zh-Hans"...) picks the Chinese texts, other languages English."""
    return "zh" if language.strip().lower().startswith("zh") else "en"


@functools.cache
def _fields(cls: type) -> dict[str, Column[Any]]:
    """The columns the file may set directly (no keys, bookkeeping or foreign keys)."""
    return {
        key: column
        for key, column in inspect(cls).columns.items()
        if key not in _NOT_FIELDS and not column.foreign_keys
    }


def _month_start(today: date, offset: int) -> date:
    years, month = divmod(today.month - 1 + offset, 12)
    return date(today.year + years, month + 1, 1)


class _Loader:
    def __init__(self, session: Session, lang: str, today: date, data: dict[str, Any]) -> None:
        self.session = session
        self.lang = lang
        self.today = today
        self.data = data
        self.staff: dict[str, Any] = data.get("staff", {})
        self.owner = self.text(data["owner"])
        self.sequence: dict[str, int] = {}
        self.stages: dict[str, Stage] = {}
        self.contacts: dict[str, Contact] = {}
        self.opportunities: dict[str, tuple[Opportunity, Account]] = {}
        self.tenders = 0
        self.contracts = 0
        # Work that needs the ids of records not flushed yet: run level by level, one flush
        # per level of the tree instead of one per record.
        self.queue: list[tuple[Callable[..., None], tuple[Any, ...]]] = []

    # ---- values ------------------------------------------------------------------------

    def text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, dict):
            return str(value[self.lang])
        if isinstance(value, str) and value.startswith("@"):
            if value[1:] not in self.staff:
                raise DemoDataError(f"unknown staff member {value!r}")
            return self.text(self.staff[value[1:]])
        return str(value)

    def localize(self, value: Any) -> Any:
        """A JSON value with every bilingual text replaced by the chosen language."""
        if isinstance(value, dict):
            if set(value) == {"zh", "en"}:
                return self.text(value)
            return {key: self.localize(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.localize(item) for item in value]
        if isinstance(value, str):
            return self.text(value)
        return value

    def day(self, value: Any) -> date:
        if isinstance(value, bool):
            raise DemoDataError(f"not a date: {value!r}")
        if isinstance(value, int):
            return self.today + timedelta(days=value)
        if isinstance(value, str):
            return date.fromisoformat(value)
        if isinstance(value, dict) and "birthday_in_days" in value:
            near = self.today + timedelta(days=value["birthday_in_days"])
            try:
                return near.replace(year=value["born_year"])
            except ValueError:  # 29 February, born in a common year
                return date(value["born_year"], 2, 28)
        raise DemoDataError(f"not a date: {value!r}")

    def moment(self, value: Any) -> datetime:
        if isinstance(value, dict) and "days" in value:
            at = time.fromisoformat(value.get("time", "09:00"))
            return datetime.combine(self.today + timedelta(days=value["days"]), at)
        return datetime.combine(self.day(value), _DEFAULT_TIME)

    def convert(self, column: Column[Any], value: Any) -> Any:
        if value is None:
            return None
        kind = column.type
        if isinstance(kind, Money):
            return Decimal(str(value))
        if isinstance(kind, Enum) and kind.enum_class is not None:
            return kind.enum_class(value)
        if isinstance(kind, DateTime):
            return self.moment(value)
        if isinstance(kind, Date):
            return self.day(value)
        if isinstance(kind, JSON):
            return self.localize(value)
        if isinstance(kind, String):  # Text too
            return self.text(value)
        return value

    # ---- records -----------------------------------------------------------------------

    def new(
        self,
        cls: type[R],
        data: dict[str, Any] | None = None,
        *,
        nested: frozenset[str] | set[str] = frozenset(),
        year: int | None = None,
        **fixed: Any,
    ) -> R:
        """Add one record: fields from ``data`` (converted), then ``fixed`` values on top."""
        fields = _fields(cls)
        values: dict[str, Any] = {}
        for key, raw in (data or {}).items():
            if key == "key" or key in nested:
                continue
            column = fields.get(key)
            if column is None:
                raise DemoDataError(f"{cls.__name__} has no field {key!r}")
            value = self.convert(column, raw)
            if year is not None and isinstance(value, str):
                value = value.replace("{year}", str(year))
            values[key] = value
        values.update(fixed)
        table = cls.__tablename__  # type: ignore[attr-defined]
        self.sequence[table] = number = self.sequence.get(table, 0) + 1
        record = cls(
            owner=self.owner, uuid=str(uuid.uuid5(_UUID_NAMESPACE, f"{table}/{number}")), **values
        )
        self.session.add(record)
        return record

    def later(self, step: Callable[..., None], *args: Any) -> None:
        self.queue.append((step, args))

    def run(self) -> None:
        while self.queue:
            batch, self.queue = self.queue, []
            self.session.flush()
            for step, args in batch:
                step(*args)
        self.session.flush()

    def load(self) -> DemoSummary:
        self.stages = stages_by_code(self.session)
        accounts = []
        for item in self.data["accounts"]:
            account = self.new(Account, item, nested=_ACCOUNT_PARTS)
            self.later(self.organisation, account, item)
            accounts.append(account)
        self.run()
        for item in self.data.get("monthly_targets", []):
            month = _month_start(self.today, item["month"])
            self.new(MonthlyTarget, item, nested={"month"}, month=month)
        monday = self.today - timedelta(days=self.today.weekday())
        for item in self.data.get("forecast_snapshots", []):
            week_start = monday + timedelta(weeks=item["week"])
            taken_at = datetime.combine(week_start, time.fromisoformat(item.get("time", "08:30")))
            snapshot = self.new(ForecastSnapshot, week_start=week_start, taken_at=taken_at)
            self.later(self.snapshot_lines, snapshot, item)
        self.run()
        add_demo_checklists(
            self.session,
            datetime.combine(self.today, time()),
            lambda key: self.text(f"@{key}"),
            chinese=self.lang == "zh",
        )
        DEFAULT_OWNER.set(self.session, self.owner)
        self.session.flush()
        return DemoSummary(
            accounts=len(accounts),
            contacts=len(self.contacts),
            opportunities=len(self.opportunities),
            tenders=self.tenders,
            contracts=self.contracts,
        )

    # ---- accounts and people -----------------------------------------------------------

    def organisation(self, account: Account, data: dict[str, Any]) -> None:
        own: dict[str, Contact] = {}
        for item in data.get("contacts", []):
            if item["key"] in self.contacts:
                raise DemoDataError(f"duplicate contact key {item['key']!r}")
            own[item["key"]] = self.contacts[item["key"]] = self.new(
                Contact, item, nested={"reports_to", "roles", "interactions"}, account_id=account.id
            )
        self.later(self.relations, account, own, data)

    def relations(self, account: Account, own: dict[str, Contact], data: dict[str, Any]) -> None:
        for item in data.get("contacts", []):
            self.person(account, own, item)
        for item in data.get("influence", []):
            self.new(
                InfluenceLink,
                item,
                nested={"source", "target"},
                source_id=self.ref(own, item["source"]).id,
                target_id=self.ref(own, item["target"]).id,
            )
        for item in data.get("payment_capacity", []):
            kind = AssessmentKind.PAYMENT_CAPACITY.value
            self.assessment(account, None, {**item, "kind": kind})
        for item in data.get("opportunities", []):
            self.opportunity(account, own, item)
        self.later(self.business, account, data)

    @staticmethod
    def ref(own: dict[str, Contact], key: str) -> Contact:
        if key not in own:
            raise DemoDataError(f"no contact {key!r} in this account")
        return own[key]

    def person(self, account: Account, own: dict[str, Contact], data: dict[str, Any]) -> None:
        contact = own[data["key"]]
        if data.get("reports_to"):
            contact.reports_to_id = self.ref(own, data["reports_to"]).id
        for role in data.get("roles", []):
            self.new(ContactRole, contact_id=contact.id, role=Role(role))
        latest: Interaction | None = None
        for item in data.get("interactions", []):
            visit = self.new(Interaction, item, account_id=account.id, contact_id=contact.id)
            if latest is None or visit.occurred_on >= latest.occurred_on:
                latest = visit
        if latest is not None:
            if latest.closeness_after is not None:
                contact.closeness = latest.closeness_after
            if latest.trust_after is not None:
                contact.trust = latest.trust_after

    # ---- opportunities -----------------------------------------------------------------

    def opportunity(self, account: Account, own: dict[str, Contact], data: dict[str, Any]) -> None:
        key = data["key"]
        if key in self.opportunities:
            raise DemoDataError(f"duplicate opportunity key {key!r}")
        history = data["stage_history"]
        if not history or history[-1]["to"] != data["stage"]:
            raise DemoDataError(f"{key}: the stage history must end in stage {data['stage']!r}")
        key_contact = data.get("key_contact")
        opportunity = self.new(
            Opportunity,
            {**data, **data.get("team", {})},
            nested=_OPPORTUNITY_PARTS,
            account_id=account.id,
            stage=self.stage(data["stage"]),
            stage_entered_on=self.moment(history[-1]["changed_at"]).date(),
            key_contact_id=self.ref(own, key_contact).id if key_contact else None,
        )
        self.opportunities[key] = (opportunity, account)
        self.later(self.deal_details, account, own, opportunity, data)

    def deal_details(
        self,
        account: Account,
        own: dict[str, Contact],
        opportunity: Opportunity,
        data: dict[str, Any],
    ) -> None:
        previous: Stage | None = None
        for change in data["stage_history"]:
            target = self.stage(change["to"])
            unmet = change.get("unmet", [])
            if unmet and previous is None:
                raise DemoDataError(f"{data['key']}: unmet criteria need a stage to leave")
            self.new(
                StageChange,
                change,
                nested={"to", "unmet"},
                opportunity_id=opportunity.id,
                from_stage_id=previous.id if previous else None,
                to_stage_id=target.id,
                unmet_criteria=[self.criterion_text(previous, i) for i in unmet if previous],
            )
            previous = target
        stage = opportunity.stage
        checked_at = datetime.combine(
            min(opportunity.stage_entered_on + timedelta(days=2), self.today), time(17, 0)
        )
        for index in data.get("checks", []):
            if index < len(stage.criteria):  # the user may have edited the stage list
                self.new(
                    StageCheck,
                    opportunity_id=opportunity.id,
                    criterion_id=stage.criteria[index].id,
                    done=True,
                    done_at=checked_at,
                    done_by=self.owner,
                )
        for item in data.get("decision_group", []):
            self.new(
                DecisionGroupMember,
                item,
                nested={"contact"},
                opportunity_id=opportunity.id,
                contact_id=self.ref(own, item["contact"]).id,
            )
        for item in data.get("competitors", []):
            self.new(Competitor, item, opportunity_id=opportunity.id)
        forms = [
            self.assessment(account, opportunity, item) for item in data.get("assessments", [])
        ]
        evaluations = [a for a in forms if a.kind is AssessmentKind.EVALUATION]
        if evaluations:
            opportunity.score = max(evaluations, key=lambda a: a.assessed_on).total
        for item in data.get("tenders", []):
            anchor = item.get("submission_deadline", item.get("documents_obtained_on", 0))
            tender = self.new(
                Tender,
                item,
                nested={"lots", "deviations"},
                year=self.moment(anchor).year,
                opportunity_id=opportunity.id,
            )
            self.tenders += 1
            self.later(self.tender_details, tender, item)

    def stage(self, code: str) -> Stage:
        if code not in self.stages:
            raise DemoDataError(f"the database has no stage {code!r}")
        return self.stages[code]

    def criterion_text(self, stage: Stage, index: int) -> str:
        criterion = stage.criteria[index]
        return criterion.text_zh if self.lang == "zh" else criterion.text_en

    def assessment(
        self, account: Account, opportunity: Opportunity | None, data: dict[str, Any]
    ) -> Assessment:
        kind = AssessmentKind(data["kind"])
        answers = data.get("answers", {})
        derived = {"total": total_of(kind, answers), "result": derive_result(kind, answers)}
        return self.new(
            Assessment,
            {**derived, **data},
            account_id=account.id,
            opportunity_id=opportunity.id if opportunity else None,
        )

    def tender_details(self, tender: Tender, data: dict[str, Any]) -> None:
        for position, item in enumerate(data.get("lots", [])):
            self.new(TenderLot, item, tender_id=tender.id, position=position)
        for position, item in enumerate(data.get("deviations", [])):
            self.new(DeviationItem, item, tender_id=tender.id, position=position)

    def deal(self, account: Account, key: str) -> Opportunity:
        opportunity, owner_account = self.opportunities.get(key, (None, None))
        if opportunity is None or owner_account is not account:
            raise DemoDataError(f"no opportunity {key!r} in account {account.name!r}")
        return opportunity

    # ---- leads and contracts -----------------------------------------------------------

    def business(self, account: Account, data: dict[str, Any]) -> None:
        for item in data.get("leads", []):
            converted = item.get("converted_opportunity")
            self.new(
                Lead,
                item,
                nested={"converted_opportunity"},
                account_id=account.id,
                converted_opportunity_id=self.deal(account, converted).id if converted else None,
            )
        for item in data.get("contracts", []):
            opportunity = (
                self.deal(account, item["opportunity"]) if item.get("opportunity") else None
            )
            contract = self.new(
                Contract,
                item,
                nested=_CONTRACT_PARTS,
                year=self.day(item.get("signed_on", 0)).year,
                account_id=account.id,
                opportunity_id=opportunity.id if opportunity else None,
            )
            self.contracts += 1
            self.later(self.contract_details, contract, item)

    def contract_details(self, contract: Contract, data: dict[str, Any]) -> None:
        amendments = [
            self.new(Amendment, item, contract_id=contract.id)
            for item in data.get("amendments", [])
        ]
        milestones: dict[str, PaymentMilestone] = {}
        for position, item in enumerate(data.get("milestones", [])):
            milestone = self.new(
                PaymentMilestone,
                item,
                nested={"collection"},
                contract_id=contract.id,
                position=position,
            )
            if "due_on" not in item:
                milestone.due_on = self.due_on(milestone)
            milestones[item["key"]] = milestone
        expected = contract.amount + sum((a.amount_delta for a in amendments), Decimal(0))
        if sum((m.amount for m in milestones.values()), Decimal(0)) != expected:
            raise DemoDataError(f"{contract.number}: milestones do not add up to {expected}")
        for position, item in enumerate(data.get("deliveries", [])):
            self.new(DeliveryLine, item, contract_id=contract.id, position=position)
        for item in data.get("shipping_exceptions", []):
            self.new(ShippingException, item, contract_id=contract.id)
        for item in data.get("acceptances", []):
            self.new(Acceptance, item, contract_id=contract.id)
        payments = [
            self.new(Payment, item, contract_id=contract.id) for item in data.get("payments", [])
        ]
        self.later(self.receivables, contract, milestones, payments, data)

    @staticmethod
    def due_on(milestone: PaymentMilestone) -> date | None:
        if milestone.due_rule is DueRule.FIXED_DATE:
            return milestone.fixed_due_on
        if milestone.trigger_on is None:
            return None
        return milestone.trigger_on + timedelta(days=milestone.due_days or 0)

    def receivables(
        self,
        contract: Contract,
        milestones: dict[str, PaymentMilestone],
        payments: list[Payment],
        data: dict[str, Any],
    ) -> None:
        for item in data.get("milestones", []):
            for action in item.get("collection", []):
                milestone_id = milestones[item["key"]].id
                self.new(
                    CollectionAction, {"done_by": self.owner, **action}, milestone_id=milestone_id
                )
        for item in data.get("invoices", []):
            key = item.get("milestone")
            if key is not None and key not in milestones:
                raise DemoDataError(f"{contract.number}: no milestone {key!r}")
            self.new(
                Invoice,
                item,
                nested={"milestone"},
                contract_id=contract.id,
                milestone_id=milestones[key].id if key else None,
            )
        self.allocate(contract, list(milestones.values()), payments)
        # Due dates the file leaves open but the events already fix (a warranty's end).
        settle(self.session, contract)

    def allocate(
        self, contract: Contract, milestones: list[PaymentMilestone], payments: list[Payment]
    ) -> None:
        """Settle milestones oldest due first (those not yet due last, in contract order)."""
        order = sorted(
            milestones, key=lambda m: (m.due_on is None, m.due_on or date.max, m.position)
        )
        open_amount = {m.id: m.amount for m in milestones}
        for payment in sorted(payments, key=lambda p: p.received_on):
            left = payment.amount
            for milestone in order:
                take = min(left, open_amount[milestone.id])
                if take > 0:
                    self.new(
                        PaymentAllocation,
                        payment_id=payment.id,
                        milestone_id=milestone.id,
                        amount=take,
                        manual=False,
                    )
                    open_amount[milestone.id] -= take
                    left -= take
            if left > 0:
                raise DemoDataError(f"{contract.number}: a payment exceeds the milestones")

    # ---- forecast ----------------------------------------------------------------------

    def snapshot_lines(self, snapshot: ForecastSnapshot, data: dict[str, Any]) -> None:
        for item in data.get("lines", []):
            if item["opportunity"] not in self.opportunities:
                raise DemoDataError(
                    f"snapshot line for unknown opportunity {item['opportunity']!r}"
                )
            opportunity, account = self.opportunities[item["opportunity"]]
            probability = opportunity.probability_override
            if probability is None:
                probability = opportunity.stage.probability
            defaults = {
                "amount": opportunity.amount,
                "category": opportunity.forecast_category,
                "expected_decision_date": opportunity.expected_decision_date,
                "probability": probability,
            }
            line = self.new(
                SnapshotLine,
                item,
                nested={"opportunity"},
                snapshot_id=snapshot.id,
                opportunity_uuid=opportunity.uuid,
                name=opportunity.name,
                account_name=account.name,
            )
            for field, value in defaults.items():
                if field not in item:
                    setattr(line, field, value)


def create_demo_database(path: Path, language: str, clock: Clock | None = None) -> DemoSummary:
    """Create the database ``path`` (which must not hold data yet) filled with the sample
    dataset, in one transaction."""
    from .database import discard_database_files, open_database

    clock = clock or Clock()
    opened = open_database(path, clock=clock)
    try:
        with opened.db.session() as s:
            summary = load_demo(s, language=language, today=clock.today())
    except BaseException:
        opened.db.engine.dispose()
        if opened.created:  # nothing half-made stays behind (a full disk, say)
            discard_database_files(path)
        raise
    opened.db.close()
    return summary
