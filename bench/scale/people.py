"""Accounts and their buying organisations: people in reports-to trees, their roles,
influence lines, and the visit log."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from desktop.models import Account, Contact, ContactRole, InfluenceLink, Interaction
from desktop.models.enums import (
    CustomerClass,
    ExternalKind,
    FinancialCondition,
    Gender,
    IndustryStage,
    InteractionKind,
    PaymentHistory,
    Personality,
    Role,
)

from . import text
from .writer import Writer, day

LARGEST_OTHER = 150  # no other account comes near the org-chart account
STANCES = (None, None, "coach", "supporter", "supporter", "neutral", "neutral", "opponent")
ROLE_BY_LAYER = {
    "decision": (Role.KEY_DECISION_MAKER, Role.INFLUENCER),
    "management": (Role.TECHNICAL_GATEKEEPER, Role.BUSINESS_GATEKEEPER, Role.PROJECT_LEAD),
    "operational": (Role.USER, Role.PURCHASER, Role.PROJECT_LEAD, Role.COACH),
    "external": (Role.INFLUENCER, Role.TECHNICAL_GATEKEEPER),
}


@dataclass
class Org:
    """One generated account, as later generators need it."""

    id: int
    name: str
    short_name: str
    customer_class: str
    people: list[int] = field(default_factory=list)
    senior: list[int] = field(default_factory=list)  # decision and management layers


def account_sizes(rng: random.Random, accounts: int, contacts: int, first: int) -> list[int]:
    """People per account: ``first`` for the org-chart account, a skewed spread (3 to
    ``LARGEST_OTHER``) for the others, adding up to ``contacts`` exactly."""
    others = accounts - 1
    left = contacts - first
    sizes = [min(LARGEST_OTHER, 3 + int(rng.paretovariate(1.6) * 6)) for _ in range(others)]
    step = 1 if sum(sizes) < left else -1
    index = 0
    while sum(sizes) != left:
        size = sizes[index % others] + step
        if 3 <= size <= LARGEST_OTHER:
            sizes[index % others] = size
        index += 1
        if index > 1000 * others:
            raise ValueError("cannot spread the contacts over the accounts")
    return [first, *sizes]


def make_accounts(writer: Writer, rng: random.Random, count: int) -> list[Org]:
    sink = writer.sink(
        Account,
        (
            "id", "name", "short_name", "industry", "region", "address", "phone", "tax_id",
            "customer_class", "ownership_type", "financial_condition", "payment_history",
            "industry_stage", "source_channel",
        ),
    )  # fmt: skip
    combos = [(p, o) for p in text.PLACES for o in text.ORG_TYPES]
    rng.shuffle(combos)
    classes = list(CustomerClass)
    first = writer.next_id(Account)
    orgs = []
    for n in range(count):
        (place, place_en, area), (kind, kind_en, industry, ownership) = combos[n % len(combos)]
        series = "" if n < len(combos) else f"第{n // len(combos) + 1}"
        if rng.random() < 0.08:
            name = f"{place_en} {kind_en}" + (f" {series}" if series else "")
            short = f"{place_en} {kind_en.split()[0]}"
        else:
            name = f"{place}{series}{kind}"
            short = place + kind[:2]
        account_id = first + n
        customer_class = classes[rng.randrange(4)].value
        sink.add(
            (
                account_id, name, short, industry, f"{place}市",
                f"{place}市{rng.randint(1, 300)}号",
                f"{area}-{rng.randint(80_000_000, 89_999_999)}",
                f"9132{rng.randint(10**13, 10**14 - 1)}", customer_class, ownership,
                rng.choice(list(FinancialCondition)).value, rng.choice(list(PaymentHistory)).value,
                rng.choice(list(IndustryStage)).value,
                rng.choice(("老客户", "招标网", "转介绍", "展会")),
            )
        )  # fmt: skip
        orgs.append(Org(account_id, name, short, customer_class))
    return orgs


def make_people(
    writer: Writer, rng: random.Random, orgs: list[Org], sizes: list[int], today: date
) -> None:
    contact = writer.sink(
        Contact,
        (
            "id", "account_id", "name", "organisation", "department", "title", "layer",
            "external_kind", "reports_to_id", "stance", "influence_level", "closeness", "trust",
            "could_be_coach", "personality", "gender", "birthday", "phone", "mobile", "email",
            "wechat", "interests", "owner",
        ),
    )  # fmt: skip
    role = writer.sink(ContactRole, ("id", "contact_id", "role"))
    next_contact = writer.next_id(Contact)
    next_role = writer.next_id(ContactRole)
    for org, size in zip(orgs, sizes, strict=True):
        domain = f"a{org.id}.com.cn"
        decision = max(1, size // 25)
        external = size // 10
        management = max(1, (size - decision - external) // 4)
        layers = (
            ["decision"] * decision
            + ["management"] * management
            + ["operational"] * (size - decision - management - external)
            + ["external"] * external
        )
        made: dict[str, list[int]] = {"decision": [], "management": [], "external": []}
        owner = text.STAFF[org.id % len(text.STAFF)]
        for layer in layers:
            person_id = next_contact
            next_contact += 1
            name, mailbox = text.person_name(rng)
            above = {
                "decision": made["decision"][:1],
                "management": made["decision"] or [],
                "operational": made["management"],
                "external": made["external"][:2],
            }[layer]
            boss = rng.choice(above) if above and rng.random() < 0.97 else None
            titles = text.TITLES[layer]
            title = (
                titles[0] if layer == "decision" and not made["decision"] else rng.choice(titles)
            )
            department = rng.choice(text.DEPARTMENTS)
            is_external = layer == "external"
            stance = rng.choice(STANCES)
            birthday = (
                day(date(1960 + rng.randrange(35), 1 + rng.randrange(12), 1 + rng.randrange(28)))
                if rng.random() < 0.4
                else None
            )
            contact.add(
                (
                    person_id, org.id, name,
                    rng.choice(text.EXTERNAL_ORGS) if is_external else org.name,
                    "" if is_external else department[rng.random() < 0.1],
                    title[1 if name.isascii() else 0], layer,
                    rng.choice(list(ExternalKind)).value if is_external else None,
                    boss, stance, rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5),
                    int(stance == "supporter" and rng.random() < 0.3),
                    rng.choice(list(Personality)).value if rng.random() < 0.5 else None,
                    rng.choice(list(Gender)).value, birthday,
                    f"{org.id % 900 + 100:03d}-{rng.randint(1_000_000, 9_999_999)}",
                    text.phone_number(rng), f"{mailbox}{person_id % 97}@{domain}",
                    f"wx_{mailbox}{person_id % 89}" if rng.random() < 0.3 else "",
                    rng.choice(text.INTERESTS) if rng.random() < 0.2 else "", owner,
                )
            )  # fmt: skip
            org.people.append(person_id)
            if layer in made:
                made[layer].append(person_id)
            if layer in ("decision", "management"):
                org.senior.append(person_id)
            if rng.random() < 0.7:
                choices = ROLE_BY_LAYER[layer]
                for picked in rng.sample(choices, min(len(choices), rng.randint(1, 2))):
                    role.add((next_role, person_id, picked.value))
                    next_role += 1


def make_links(writer: Writer, rng: random.Random, orgs: list[Org], count: int) -> None:
    """Influence lines inside accounts, unique per pair; the org-chart account gets one for
    every three people."""
    sink = writer.sink(InfluenceLink, ("id", "source_id", "target_id", "strength", "note"))
    pairs: set[tuple[int, int]] = set()
    first = orgs[0]
    wanted = min(count, len(first.people) // 3)
    while len(pairs) < wanted:
        pairs.add(tuple(rng.sample(first.people, 2)))
    weights = [len(org.people) for org in orgs]
    while len(pairs) < count:
        org = rng.choices(orgs, weights)[0]
        pool = org.senior if len(org.senior) > 2 and rng.random() < 0.6 else org.people
        pairs.add(tuple(rng.sample(pool, 2)))
    next_id = writer.next_id(InfluenceLink)
    notes = ("老同事", "同乡", "校友", "former colleagues", "", "", "")
    for number, (source, target) in enumerate(sorted(pairs)):
        sink.add((next_id + number, source, target, rng.randint(1, 3), rng.choice(notes)))


def make_interactions(
    writer: Writer, rng: random.Random, orgs: list[Org], count: int, today: date
) -> None:
    """Visits, calls and meals over three years, more often with senior people."""
    sink = writer.sink(
        Interaction,
        (
            "id", "account_id", "contact_id", "occurred_on", "kind", "participants", "notes",
            "closeness_after", "trust_after", "info_business", "next_step", "next_step_on",
        ),
    )  # fmt: skip
    kinds = [k.value for k in InteractionKind]
    weights = [len(org.people) for org in orgs]
    next_id = writer.next_id(Interaction)
    picked_orgs = rng.choices(orgs, weights, k=count)
    for number, org in enumerate(picked_orgs):
        pool = org.senior if org.senior and rng.random() < 0.5 else org.people
        person = rng.choice(pool)
        solution, solution_en = rng.choice(text.SOLUTIONS)
        note = rng.choice(text.KINDS_NOTES).format(
            name="对方" if rng.random() < 0.5 else "客户",
            name_en="the customer",
            solution=solution,
            solution_en=solution_en,
            concern=rng.choice(text.CONCERNS),
        )
        occurred = today - timedelta(days=int(rng.random() ** 1.5 * 1100))
        step = rng.choice(text.NEXT_STEPS)
        sink.add(
            (
                next_id + number, org.id, person, day(occurred), rng.choice(kinds),
                rng.choice(text.STAFF), note, rng.randint(1, 5), rng.randint(1, 5),
                rng.choice(text.CONCERNS) if rng.random() < 0.2 else "", step,
                day(occurred + timedelta(days=rng.randint(3, 30))) if step else None,
            )
        )  # fmt: skip
