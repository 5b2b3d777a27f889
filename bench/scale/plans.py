"""Who on our side knows whom, the strategy of the org-chart account's main deal, and the
actions of the whole book: relationship owners (every person of the org-chart account, a
third of the senior people elsewhere), a 40-person decision group with buying influences,
strengths and red flags on that deal, and open actions due from a month ago to the end of the
reminder window (the reminders dock lists them all), with as many closed ones."""

from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.models import Action, DecisionGroupMember, RelationshipOwner, StrategyNote
from desktop.models.enums import ActionStatus, BuyingMode, InfluenceDegree, Role, Stance

from . import text
from .deals import Deal
from .people import Org
from .writer import Writer, day, record_uuid

DECISION_GROUP = 40  # people in the org-chart account's main deal
NOTES = 12  # strengths and red flags each on that deal
POSSIBLE = 15  # possible actions on it
WINDOW = 7  # the reminders' default window (days)
ACTION_TITLES = (
    "拜访{name}，确认技术方案",
    "给{name}发送报价说明",
    "Call {name} about the budget",
    "约{name}参观样板工程",
    "Send {name} the reference list",
    "请{name}引荐采购负责人",
)


def make_plans(
    writer: Writer, rng: random.Random, orgs: list[Org], deals: list[Deal], count: int, today: date
) -> None:
    writer.flush()  # the ids below follow the rows written so far
    _owners(writer, rng, orgs)
    main = next(d for d in deals if d.account.id == orgs[0].id)
    _decision_group(writer, rng, main)
    _notes(writer, rng, main)
    _actions(writer, rng, orgs, deals, main, count, today)


def _owners(writer: Writer, rng: random.Random, orgs: list[Org]) -> None:
    sink = writer.sink(RelationshipOwner, ("id", "contact_id", "member", "strength", "note"))
    next_id = writer.next_id(RelationshipOwner)
    staff = text.STAFF[:6]
    first = orgs[0]
    for org in orgs:
        people = org.people if org is first else org.senior
        for person in people:
            if org is not first and rng.random() > 0.33:
                continue
            for member in rng.sample(staff, rng.choice((1, 1, 2, 3))):
                sink.add((next_id, person, member, rng.randint(1, 3), ""))
                next_id += 1


def _decision_group(writer: Writer, rng: random.Random, deal: Deal) -> None:
    """Beyond the few senior people every deal has: 40 people with their role, stance and
    buying influence in this deal."""
    sink = writer.sink(
        DecisionGroupMember,
        ("id", "opportunity_id", "contact_id", "role", "stance", "influence_degree", "mode",
         "win_result"),
    )  # fmt: skip
    taken = {
        row[0]
        for row in writer.conn.execute(
            "SELECT contact_id FROM decision_group_member WHERE opportunity_id = ?", (deal.id,)
        )
    }
    next_id = writer.next_id(DecisionGroupMember)
    chosen = [p for p in deal.account.senior if p not in taken]
    chosen += [p for p in deal.account.people if p not in taken and p not in chosen]
    for person in chosen[: DECISION_GROUP - len(taken)]:
        sink.add(
            (
                next_id, deal.id, person, _value(rng, Role), _value(rng, Stance),
                _value(rng, InfluenceDegree), _value(rng, BuyingMode),
                rng.choice(("项目按期上线", "Promotion after go-live", "降低运维成本", "")),
            )
        )  # fmt: skip
        next_id += 1


def _value(rng: random.Random, kind) -> str | None:
    """A value of the enum ``kind``, or none (the person's own) one time in five."""
    return None if rng.random() < 0.2 else rng.choice(list(kind)).value


def _notes(writer: Writer, rng: random.Random, deal: Deal) -> None:
    sink = writer.sink(StrategyNote, ("id", "opportunity_id", "kind", "text", "position"))
    next_id = writer.next_id(StrategyNote)
    for position in range(2 * NOTES):
        kind = "strength" if position < NOTES else "red_flag"
        concern = rng.choice(text.CONCERNS)
        words = f"客户认可我方在{concern}方面的能力" if kind == "strength" else f"{concern}尚未澄清"
        sink.add((next_id, deal.id, kind, words, position))
        next_id += 1


def _actions(
    writer: Writer,
    rng: random.Random,
    orgs: list[Org],
    deals: list[Deal],
    main: Deal,
    count: int,
    today: date,
) -> None:
    sink = writer.sink(
        Action,
        ("id", "account_id", "opportunity_id", "title", "assignee", "due_on", "status", "best",
         "about_kind", "about_key", "outcome", "closed_on"),
    )  # fmt: skip
    next_id = writer.next_id(Action)
    weights = [len(org.people) for org in orgs]

    def add(org: Org, deal: Deal | None, status: ActionStatus, due: date | None, best=False):
        nonlocal next_id
        person = rng.choice(org.people)
        title = rng.choice(ACTION_TITLES).format(name=text.person_name(rng)[0])
        about = ("opportunity", record_uuid("opportunity", deal.id)) if deal else (
            "contact", record_uuid("contact", person)
        )  # fmt: skip
        closed = status in (ActionStatus.DONE, ActionStatus.DROPPED)
        sink.add(
            (
                next_id, org.id, deal.id if deal else None, title,
                "" if status is ActionStatus.POSSIBLE else rng.choice(text.STAFF), day(due),
                status.value, int(best), *about, "已完成" if closed else "",
                day(due) if closed else None,
            )
        )  # fmt: skip
        next_id += 1

    for number in range(POSSIBLE):
        add(main.account, main, ActionStatus.POSSIBLE, None, best=number % 3 == 0)
    by_account: dict[int, list[Deal]] = {}
    for deal in deals:
        by_account.setdefault(deal.account.id, []).append(deal)
    for status in (ActionStatus.OPEN, ActionStatus.DONE):
        for org in rng.choices(orgs, weights, k=count):
            mine = by_account.get(org.id)
            deal = rng.choice(mine) if mine and rng.random() < 0.6 else None
            due = today + timedelta(days=rng.randint(-30, WINDOW))
            add(org, deal, status, due)
