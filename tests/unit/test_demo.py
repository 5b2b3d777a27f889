"""The demo dataset loads into an empty database and tells coherent stories in both languages."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import JSON, Engine, String, func, select
from sqlalchemy.orm import Session

from desktop.models import (
    Acceptance,
    Account,
    Amendment,
    Assessment,
    Base,
    CollectionAction,
    Contact,
    ContactRole,
    Contract,
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
    RelationshipOwner,
    ShippingException,
    Stage,
    StageChange,
    Tender,
    TenderLot,
)
from desktop.models.db import make_engine
from desktop.models.enums import (
    AcceptanceKind,
    AssessmentKind,
    CollectionStep,
    ContractStatus,
    CustomerClass,
    Deviation,
    ExternalKind,
    ForecastCategory,
    InteractionKind,
    InvoiceKind,
    InvoiceStatus,
    Layer,
    LeadStatus,
    MilestoneTrigger,
    Role,
    Stance,
    TenderResult,
)
from desktop.services.bids.templates import builtin_template
from desktop.services.contracts.dates import add_months
from desktop.services.demo import DemoSummary, _language_key, load_demo, sample_path
from desktop.services.settings import DEFAULT_OWNER
from desktop.services.stages import DEFAULT_STAGES

TODAY = date(2026, 11, 23)
OWNERS = {"en": "Li Ming", "zh_CN": "李明"}
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
TEN_ITEMS = {
    "application_clear",
    "business_strong",
    "approval_sound",
    "budget_exists",
    "urgency",
    "short_term_revenue",
    "future_revenue",
    "profit",
    "risk",
    "strategic_value",
}
EVALUATION = {"brand", "maturity", "competitor_share", "price"}
PAYMENT_CAPACITY = {"ownership", "financial", "payment_history", "industry_stage"}


def _fresh(language: str) -> tuple[Engine, DemoSummary]:
    engine = make_engine(None)
    Base.metadata.create_all(engine)
    with Session(engine) as session, session.begin():
        summary = load_demo(session, language=language, today=TODAY)
    return engine, summary


def _dump(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, without the wall-clock bookkeeping columns."""
    out = {}
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            rows = connection.execute(select(table).order_by(*table.primary_key.columns))
            # The default stage list is not demo data: its uuids are random.
            skip = {"created_at", "updated_at"} | (
                {"uuid"} if table.name in ("stage", "stage_criterion") else set()
            )
            out[table.name] = [
                {k: v for k, v in row.items() if k not in skip} for row in rows.mappings()
            ]
    return out


@pytest.fixture(scope="module", params=sorted(OWNERS))
def loaded(request: pytest.FixtureRequest) -> Iterator[tuple[str, Engine, DemoSummary]]:
    engine, summary = _fresh(request.param)
    yield request.param, engine, summary
    engine.dispose()


@pytest.fixture
def session(loaded: tuple[str, Engine, DemoSummary]) -> Iterator[Session]:
    with Session(loaded[1]) as session:
        yield session


@pytest.fixture
def language(loaded: tuple[str, Engine, DemoSummary]) -> str:
    return loaded[0]


def _all(session: Session, model: type) -> list[Any]:
    return list(session.scalars(select(model)))


def _within_next_days(birthday: date, days: int) -> bool:
    for offset in range(days + 1):
        day = TODAY + timedelta(days=offset)
        if (birthday.month, birthday.day) == (day.month, day.day):
            return True
    return False


# ---- loading -----------------------------------------------------------------------------


def test_sample_file_is_found() -> None:
    assert sample_path().is_file()


def test_counts(loaded: tuple[str, Engine, DemoSummary], session: Session) -> None:
    summary = loaded[2]
    assert summary.accounts >= 4
    assert summary.contacts >= 60
    assert summary.opportunities >= 10
    assert summary.tenders == 3
    assert summary.contracts == 4
    counted = DemoSummary(
        accounts=session.scalar(select(func.count()).select_from(Account)),
        contacts=session.scalar(select(func.count()).select_from(Contact)),
        opportunities=session.scalar(select(func.count()).select_from(Opportunity)),
        tenders=session.scalar(select(func.count()).select_from(Tender)),
        contracts=session.scalar(select(func.count()).select_from(Contract)),
    )
    assert counted == summary


def test_same_today_gives_the_same_data(loaded: tuple[str, Engine, DemoSummary]) -> None:
    language, engine, _ = loaded
    if language != "en":
        pytest.skip("one language is enough: the loader has no language-dependent branch")
    again, _ = _fresh(language)
    try:
        assert _dump(again) == _dump(engine)
    finally:
        again.dispose()


def test_a_birthday_on_29_february_falls_back_to_28_february() -> None:
    engine = make_engine(None)
    Base.metadata.create_all(engine)
    today = date(2028, 2, 28)  # a birthday "in 1 day" would be 29 February of a common year
    with Session(engine) as session, session.begin():
        load_demo(session, language="en", today=today)
        pei = session.scalars(select(Contact).where(Contact.name == "Pei Junjie")).one()
        assert pei.birthday == date(1985, 2, 28)
        signed = {c.number: c.signed_on for c in session.scalars(select(Contract))}
        assert signed["GW-2026-017"] == today - timedelta(days=640)
    engine.dispose()


@pytest.mark.parametrize(
    ("language", "texts"),
    [("zh_CN", "zh"), ("zh-Hans", "zh"), ("en", "en"), ("en_GB", "en"), ("de_DE", "en")],
)
def test_other_languages_get_english(language: str, texts: str) -> None:
    assert _language_key(language) == texts


def test_owner_is_set_everywhere(language: str, session: Session) -> None:
    owner = OWNERS[language]
    assert DEFAULT_OWNER.get(session) == owner
    for mapper in Base.registry.mappers:
        table = mapper.local_table
        # Defaults every database gets are nobody's: the stage list and the built-in template.
        defaults = ("stage", "stage_criterion", "checklist_template", "template_item")
        if "owner" not in table.c or table.name in defaults:
            continue
        owners = set(session.scalars(select(table.c.owner)))
        assert owners <= {owner}, table.name


# ---- language ----------------------------------------------------------------------------


def test_chinese_text_in_chinese(language: str, session: Session) -> None:
    if language != "zh_CN":
        pytest.skip("Chinese only")
    for account in _all(session, Account):
        assert CJK.search(account.name)
    for contact in _all(session, Contact):
        assert CJK.search(contact.name), contact.name
        assert CJK.search(contact.title), contact.title


def test_no_chinese_in_english(language: str, session: Session) -> None:
    if language != "en":
        pytest.skip("English only")
    for contact in _all(session, Contact):
        assert not CJK.search(contact.name), contact.name
    for account in _all(session, Account):
        assert not CJK.search(account.name), account.name
    # Nothing else either, except the stage list's own Chinese columns and checklist items'
    # sources: citations of Chinese law quote its title (《招标投标法实施条例》第五十一条).
    cited = {"checklist_item.source", "template_item.source"}
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if column.name.endswith("_zh") or not isinstance(column.type, String | JSON):
                continue
            if f"{table.name}.{column.name}" in cited:
                continue
            for value in session.scalars(select(column)):
                assert not CJK.search(str(value)), f"{table.name}.{column.name}: {value}"


def test_texts_fit_their_columns(session: Session) -> None:
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            length = getattr(column.type, "length", None)
            if not isinstance(column.type, String) or not length:
                continue
            longest = max((len(v) for v in session.scalars(select(column)) if v), default=0)
            assert longest <= length, f"{table.name}.{column.name}"


# ---- the buying organisation ---------------------------------------------------------------


def test_every_role_stance_and_layer_is_present(session: Session) -> None:
    contacts = _all(session, Contact)
    assert {link.role for link in _all(session, ContactRole)} == set(Role)
    stances = [c.stance for c in contacts]
    assert set(Stance) <= set(stances)
    assert stances.count(None) >= 3
    assert {c.layer for c in contacts} == set(Layer)
    assert any(len(c.roles) > 1 for c in contacts)
    kinds = {c.external_kind for c in contacts if c.layer is Layer.EXTERNAL}
    assert {
        ExternalKind.SUPERIOR_UNIT,
        ExternalKind.DESIGN_INSTITUTE,
        ExternalKind.HEADQUARTERS,
    } <= kinds
    assert all(c.external_kind is None for c in contacts if c.layer is not Layer.EXTERNAL)


def test_each_account_has_a_full_organisation(session: Session) -> None:
    for account in _all(session, Account):
        people = account.contacts
        assert 15 <= len(people) <= 18, account.name
        assert {c.layer for c in people} == set(Layer), account.name
        ids = {c.id for c in people}
        links = session.scalars(select(InfluenceLink).where(InfluenceLink.source_id.in_(ids)))
        links = [link for link in links if link.target_id in ids]
        assert len(links) >= 3
        assert all(1 <= link.strength <= 3 for link in links)
        filled = [c for c in people if c.personality and c.birthday and c.education]
        assert len(filled) >= len(people) // 2, account.name


def test_owners_by_several_colleagues_and_one_line_across_accounts(session: Session) -> None:
    """docs/coverage.md: the sample shows who knows whom and a design institute that
    influences two clients."""
    owners = _all(session, RelationshipOwner)
    assert len({owner.member for owner in owners}) >= 5
    assert {owner.strength for owner in owners} == {1, 2, 3}
    across = [
        link
        for link in _all(session, InfluenceLink)
        if session.get_one(Contact, link.source_id).account_id
        != session.get_one(Contact, link.target_id).account_id
    ]
    assert len(across) == 1
    source = session.get_one(Contact, across[0].source_id)
    assert source.external_kind is ExternalKind.DESIGN_INSTITUTE


def test_reports_to_forms_trees_within_each_account(session: Session) -> None:
    contacts = {c.id: c for c in _all(session, Contact)}
    for contact in contacts.values():
        seen = {contact.id}
        boss = contact.reports_to
        while boss is not None:
            assert boss.account_id == contact.account_id
            assert boss.id not in seen, f"cycle through {contact.name}"
            seen.add(boss.id)
            boss = boss.reports_to
    for contact in contacts.values():
        if contact.layer is Layer.EXTERNAL:
            assert contact.reports_to_id is None
    managed = {c.reports_to_id for c in contacts.values()} - {None}
    assert len(managed) >= 12  # real hierarchies, not a flat list


def test_design_institute_influences_a_technical_gatekeeper(session: Session) -> None:
    contacts = {c.id: c for c in _all(session, Contact)}
    assert any(
        contacts[link.source_id].external_kind is ExternalKind.DESIGN_INSTITUTE
        and Role.TECHNICAL_GATEKEEPER in contacts[link.target_id].roles
        for link in _all(session, InfluenceLink)
    )


def test_coverage_stories(session: Session) -> None:
    def has_coach(account: Account) -> bool:
        return any(c.stance is Stance.COACH or Role.COACH in c.roles for c in account.contacts)

    def blocked(account: Account) -> bool:
        return any(
            c.stance is Stance.BLOCKER and Role.KEY_DECISION_MAKER in c.roles
            for c in account.contacts
        )

    accounts = _all(session, Account)
    assert any(not has_coach(a) and blocked(a) for a in accounts)
    assert sum(has_coach(a) for a in accounts) >= 2


def test_closeness_and_trust_follow_the_latest_interaction(session: Session) -> None:
    for contact in _all(session, Contact):
        if not contact.interactions:
            continue
        latest = max(contact.interactions, key=lambda i: i.occurred_on)
        assert contact.closeness == latest.closeness_after, contact.name
        assert contact.trust == latest.trust_after, contact.name
        assert all(
            1 <= i.closeness_after <= 5 and 1 <= i.trust_after <= 5 for i in contact.interactions
        )


def test_visit_log(session: Session) -> None:
    for account in _all(session, Account):
        count = session.scalar(
            select(func.count())
            .select_from(Interaction)
            .where(Interaction.account_id == account.id)
        )
        assert count >= 8, account.name
    assert all(i.occurred_on <= TODAY for i in _all(session, Interaction))
    makers = [c for c in _all(session, Contact) if Role.KEY_DECISION_MAKER in c.roles]
    long_unseen = [
        c
        for c in makers
        if c.interactions
        and max(i.occurred_on for i in c.interactions) < TODAY - timedelta(days=60)
    ]
    assert len(long_unseen) == 1
    assert long_unseen[0].stance is Stance.BLOCKER
    assert any(i.next_step_on and i.next_step_on > TODAY for i in _all(session, Interaction))
    assert {i.kind for i in _all(session, Interaction)} == set(InteractionKind)


def test_a_few_birthdays_are_coming_up(session: Session) -> None:
    soon = [c for c in _all(session, Contact) if c.birthday and _within_next_days(c.birthday, 7)]
    assert 2 <= len(soon) <= 3
    assert all(c.birthday.year < 2000 for c in _all(session, Contact) if c.birthday)


# ---- leads and opportunities -----------------------------------------------------------------


def test_leads(session: Session) -> None:
    leads = _all(session, Lead)
    per_account = defaultdict(int)
    for lead in leads:
        per_account[lead.account_id] += 1
    assert len(per_account) == 4 and all(1 <= n <= 2 for n in per_account.values())
    converted = [lead for lead in leads if lead.status is LeadStatus.CONVERTED]
    assert len(converted) == 1
    opportunity = session.get(Opportunity, converted[0].converted_opportunity_id)
    assert opportunity is not None and opportunity.account_id == converted[0].account_id
    assert {lead.temperature.value for lead in leads} == {"cold", "warm", "hot"}
    assert all(lead.temperature_checks for lead in leads)


def test_every_stage_and_forecast_category_is_used(session: Session) -> None:
    opportunities = _all(session, Opportunity)
    assert {o.stage.code for o in opportunities} == {d.code for d in DEFAULT_STAGES}
    assert {o.forecast_category for o in opportunities} == set(ForecastCategory)
    for o in opportunities:
        assert Decimal(800_000) <= o.amount <= Decimal(30_000_000), o.name
        assert o.sponsor and o.customer_rep, o.name
        assert o.key_contact_id is not None
        if o.stage.is_closed:
            assert o.closed_on is not None and o.win_loss_reason, o.name
    assert any(o.no_bid_reason for o in opportunities)
    assert any(o.charter for o in opportunities)


def test_stage_history(session: Session) -> None:
    for o in _all(session, Opportunity):
        changes = o.stage_changes
        assert changes and changes[0].from_stage_id is None
        assert changes[-1].to_stage_id == o.stage_id
        assert changes[-1].changed_at.date() == o.stage_entered_on
        for before, after in itertools.pairwise(changes):
            assert after.from_stage_id == before.to_stage_id
            assert before.changed_at < after.changed_at
    overrides = [c for c in _all(session, StageChange) if c.override]
    assert overrides and all(c.unmet_criteria for c in overrides)


def test_decision_groups_and_competitors(session: Session) -> None:
    for o in _all(session, Opportunity):
        assert o.decision_group, o.name
        assert o.competitors, o.name
        for member in o.decision_group:
            assert session.get(Contact, member.contact_id).account_id == o.account_id
    members = [m for o in _all(session, Opportunity) for m in o.decision_group]
    assert any(m.stance is not None for m in members)
    assert any(m.role is not None for m in members)


def test_assessments(session: Session) -> None:
    assessments = _all(session, Assessment)
    by_kind = defaultdict(list)
    for a in assessments:
        by_kind[a.kind].append(a)
        ratings = [answer["rating"] for answer in a.answers.values()]
        assert a.total == sum(ratings)
    for a in by_kind[AssessmentKind.EVALUATION]:
        assert set(a.answers) == EVALUATION and all(
            1 <= r["rating"] <= 4 for r in a.answers.values()
        )
    for a in by_kind[AssessmentKind.TEN_ITEM]:
        assert set(a.answers) == TEN_ITEMS and all(
            1 <= r["rating"] <= 5 for r in a.answers.values()
        )
    capacity = by_kind[AssessmentKind.PAYMENT_CAPACITY]
    assert {a.account_id for a in capacity} == {a.id for a in _all(session, Account)}
    assert all(a.opportunity_id is None and set(a.answers) == PAYMENT_CAPACITY for a in capacity)
    trends = defaultdict(set)
    for a in by_kind[AssessmentKind.EVALUATION]:
        trends[a.opportunity_id].add(a.assessed_on)
    assert sum(len(days) >= 2 for days in trends.values()) >= 3
    for o in _all(session, Opportunity):
        evaluations = [a for a in by_kind[AssessmentKind.EVALUATION] if a.opportunity_id == o.id]
        if evaluations:
            assert o.score == max(evaluations, key=lambda a: a.assessed_on).total


# ---- tenders -------------------------------------------------------------------------------


def test_tenders(session: Session) -> None:
    tenders = _all(session, Tender)
    assert len(tenders) == 3
    # Each has its own ticked copy of the default template (tests/unit/bids/test_demo.py).
    assert {len(t.items) for t in tenders} == {len(builtin_template().items)}
    upcoming = [t for t in tenders if t.submission_deadline.date() > TODAY]
    assert len(upcoming) == 1
    assert upcoming[0].submission_deadline.date() <= TODAY + timedelta(days=7)
    assert upcoming[0].result is TenderResult.PENDING
    lost = [t for t in tenders if t.result is TenderResult.LOST]
    assert len(lost) == 1
    assert lost[0].recovery_actions and lost[0].review_note and lost[0].revisit_on
    assert all(lot.winner and lot.winning_price and lot.our_rank for lot in lost[0].lots)
    opened = [t for t in tenders if t.result is TenderResult.WON]
    assert len(opened) == 1 and len({lot.result for lot in opened[0].lots}) >= 3
    assert all(t.lots and t.deviations and t.bond_amount and t.price_ceiling for t in tenders)
    deviations = _all(session, DeviationItem)
    assert any(d.deviation is Deviation.NEGATIVE for d in deviations)
    assert {d.kind.value for d in deviations} == {"technical", "commercial"}
    for t in tenders:
        assert "{year}" not in t.tender_no + t.title
        assert str(t.submission_deadline.year) in t.tender_no
    assert all(lot.our_price for lot in _all(session, TenderLot))


# ---- contracts -----------------------------------------------------------------------------


def _paid(session: Session, milestone: PaymentMilestone) -> Decimal:
    return session.scalar(
        select(func.coalesce(func.sum(PaymentAllocation.amount), 0)).where(
            PaymentAllocation.milestone_id == milestone.id
        )
    )


def test_milestones_add_up_to_the_amended_amount(session: Session) -> None:
    amendments = _all(session, Amendment)
    assert any(a.amount_delta != 0 for a in amendments)
    for contract in _all(session, Contract):
        total = sum((m.amount for m in contract.milestones), Decimal(0))
        assert total == contract.amount + sum(
            (a.amount_delta for a in contract.amendments), Decimal(0)
        )
        assert contract.terms_closed and contract.reviewed_by and contract.reviewed_on
        assert "{year}" not in contract.number
        assert contract.opportunity_id is not None


def test_milestone_dates_follow_the_events(session: Session) -> None:
    for contract in _all(session, Contract):
        accepted = {a.kind: a.accepted_on for a in contract.acceptances}
        arrivals = {d.arrived_on for d in contract.deliveries}
        for m in contract.milestones:
            if m.trigger_on is None:
                assert m.due_on is None
                continue
            assert m.due_on == m.trigger_on + timedelta(days=m.due_days)
            if m.trigger is MilestoneTrigger.SIGNING:
                assert m.trigger_on == contract.signed_on
            elif m.trigger is MilestoneTrigger.ACCEPTANCE:
                assert m.trigger_on == accepted[AcceptanceKind.INITIAL]
            elif m.trigger is MilestoneTrigger.FINAL_ACCEPTANCE:
                assert m.trigger_on == accepted[AcceptanceKind.FINAL]
            elif m.trigger is MilestoneTrigger.DELIVERY:
                assert m.trigger_on in arrivals
            elif m.trigger is MilestoneTrigger.WARRANTY_END:
                months = contract.warranty_months
                assert m.trigger_on == add_months(accepted[AcceptanceKind.FINAL], months)


def test_payments_are_allocated_oldest_due_first(session: Session) -> None:
    for payment in _all(session, Payment):
        assert sum((a.amount for a in payment.allocations), Decimal(0)) == payment.amount
    for contract in _all(session, Contract):
        order = sorted(
            contract.milestones, key=lambda m: (m.due_on is None, m.due_on or date.max, m.position)
        )
        settled = True
        for m in order:
            paid = _paid(session, m)
            assert paid <= m.amount
            if not settled:
                assert paid == 0, contract.number
            settled = settled and paid == m.amount


def test_receivables_tell_three_stories(session: Session) -> None:
    contracts = _all(session, Contract)
    # 1. A milestone more than 90 days overdue, with the collection ladder started.
    overdue = [
        m
        for c in contracts
        for m in c.milestones
        if m.due_on and m.due_on < TODAY and _paid(session, m) < m.amount
    ]
    assert overdue
    long_overdue = [m for m in overdue if (TODAY - m.due_on).days > 90]
    assert len(long_overdue) == 1
    steps = session.scalars(
        select(CollectionAction).where(CollectionAction.milestone_id == long_overdue[0].id)
    )
    steps = {(a.step, a.acknowledged, a.covers_contract) for a in steps}
    # the signed reconciliation letter confirms the contract's whole open balance
    assert (CollectionStep.RECONCILIATION_LETTER, True, True) in steps
    steps = {(step, acknowledged) for step, acknowledged, _ in steps}
    assert CollectionStep.REMINDER_CALL in {step for step, _ in steps}
    assert CollectionStep.DUNNING_LETTER in {step for step, _ in steps}
    # 2. A shipping exception still open, for a customer that is not in-system.
    exceptions = [e for e in _all(session, ShippingException) if e.closed_on is None]
    assert len(exceptions) == 1
    exception = exceptions[0]
    assert exception.approver and exception.commitment_letter and exception.close_by > TODAY
    assert (
        session.get(Contract, exception.contract_id).customer_class is not CustomerClass.IN_SYSTEM
    )
    # 3. A completed contract, fully paid.
    completed = [c for c in contracts if c.status is ContractStatus.COMPLETED]
    assert len(completed) == 1
    assert all(_paid(session, m) == m.amount for m in completed[0].milestones)
    assert {a.kind for a in completed[0].acceptances} == set(AcceptanceKind)


def test_invoices_deliveries_and_acceptances(session: Session) -> None:
    invoices = _all(session, Invoice)
    assert {i.kind for i in invoices} == set(InvoiceKind)
    assert {i.status for i in invoices} == set(InvoiceStatus)
    invoiced: dict[int, Decimal] = defaultdict(Decimal)
    for invoice in invoices:
        milestone = session.get(PaymentMilestone, invoice.milestone_id)
        assert milestone.contract_id == invoice.contract_id
        if invoice.status is not InvoiceStatus.RETURNED:
            invoiced[milestone.id] += invoice.amount
    for milestone_id, amount in invoiced.items():
        assert amount <= session.get(PaymentMilestone, milestone_id).amount
    lines = _all(session, DeliveryLine)
    assert any(d.shipped_on is None and d.planned_on > TODAY for d in lines)
    assert all(d.arrived_on is None or d.shipped_on <= d.arrived_on for d in lines)
    assert {a.kind for a in _all(session, Acceptance)} == set(AcceptanceKind)


# ---- forecast ------------------------------------------------------------------------------


def test_targets_and_weekly_snapshots(session: Session) -> None:
    months = sorted(t.month for t in _all(session, MonthlyTarget))
    assert len(months) == 12 and months[0] == TODAY.replace(day=1)
    assert len({(m.year, m.month) for m in months}) == 12 and all(m.day == 1 for m in months)
    snapshots = sorted(_all(session, ForecastSnapshot), key=lambda s: s.week_start)
    monday = TODAY - timedelta(days=TODAY.weekday())
    assert [s.week_start for s in snapshots] == [
        monday - timedelta(weeks=2),
        monday - timedelta(weeks=1),
    ]
    uuids = {o.uuid for o in _all(session, Opportunity)}
    older, newer = (
        {
            (line.opportunity_uuid, line.category, line.amount, line.expected_decision_date)
            for line in s.lines
        }
        for s in snapshots
    )
    assert older and newer and older != newer
    assert {u for u, *_ in older | newer} <= uuids


def test_stages_are_the_defaults(session: Session) -> None:
    assert [s.code for s in session.scalars(select(Stage).order_by(Stage.position))] == [
        d.code for d in DEFAULT_STAGES
    ]
