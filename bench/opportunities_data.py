"""A large synthetic database for the Opportunities benchmark: 20,000 opportunities over 2,000
accounts, with key people, stage history, monthly targets and weekly snapshots. Written with
bulk inserts, so building it takes a few seconds."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from desktop.models import (
    Account,
    Contact,
    ForecastSnapshot,
    MonthlyTarget,
    Opportunity,
    SnapshotLine,
    Stage,
    StageChange,
)
from desktop.models.enums import ForecastCategory
from desktop.services.database import Database, open_database
from desktop.services.opportunities.pipeline import month_start
from desktop.services.opportunities.snapshots import week_start

OWNERS = ("Li Ming", "Wang Fang", "Zhang Wei", "Liu Yang", "Chen Jing")
WORDS = (
    "Data Centre",
    "Network",
    "Video",
    "Security",
    "Storage",
    "Campus",
    "Dispatch",
    "IoT",
    "Cloud",
    "Terminal",
    "数据中心",
    "视频监控",
    "网络安全",
    "智慧园区",
)


def build(
    path: Path, today: date, *, accounts: int = 2000, opportunities: int = 20_000
) -> Database:
    db = open_database(path).db
    rng = random.Random(20261123)
    now = datetime.combine(today, time(9, 0))
    with db.session() as s:
        stages = list(s.scalars(select(Stage).order_by(Stage.position)))
        s.execute(
            insert(Account),
            [
                {"uuid": str(uuid.UUID(int=n + 1)), "name": f"Account {n:04d} {rng.choice(WORDS)}"}
                for n in range(accounts)
            ],
        )
        account_ids = list(s.scalars(select(Account.id)))
        s.execute(
            insert(Contact),
            [
                {
                    "uuid": str(uuid.UUID(int=10**6 + n)),
                    "account_id": account_ids[n // 5],
                    "name": f"Person {n:05d}",
                }
                for n in range(accounts * 5)
            ],
        )
        contacts = list(s.scalars(select(Contact.id).order_by(Contact.id)))
        rows = []
        for n in range(opportunities):
            account_index = n % accounts
            stage = rng.choice(stages)
            entered = today - timedelta(days=rng.randint(0, 400))
            if stage.is_closed:
                category = ForecastCategory.WON if stage.is_won else ForecastCategory.LOST
            else:
                category = rng.choice(
                    [
                        ForecastCategory.PIPELINE,
                        ForecastCategory.PIPELINE,
                        ForecastCategory.BEST_CASE,
                        ForecastCategory.COMMIT,
                        ForecastCategory.OMITTED,
                    ]
                )
            rows.append(
                {
                    "uuid": str(uuid.UUID(int=10**7 + n)),
                    "owner": OWNERS[n % len(OWNERS)],
                    "account_id": account_ids[account_index],
                    "name": f"{rng.choice(WORDS)} project {n:05d}",
                    "amount": rng.randint(50, 50_000) * 1000,
                    "expected_decision_date": today + timedelta(days=rng.randint(-60, 420)),
                    "stage_id": stage.id,
                    "stage_entered_on": entered,
                    "probability_override": rng.choice([None] * 9 + [rng.randint(5, 95)]),
                    "forecast_category": category,
                    "score": rng.randint(4, 16),
                    "key_contact_id": rng.choice([None, contacts[account_index * 5]]),
                    "closed_on": entered if stage.is_closed else None,
                }
            )
        s.execute(insert(Opportunity), rows)
        ids = list(
            s.scalars(
                select(
                    Opportunity.id,
                ).order_by(Opportunity.id)
            )
        )
        s.execute(
            insert(StageChange),
            [
                {
                    "uuid": str(uuid.UUID(int=10**8 + n)),
                    "opportunity_id": opportunity_id,
                    "to_stage_id": row["stage_id"],
                    "changed_at": datetime.combine(row["stage_entered_on"], time(10, 0)),
                }
                for n, (opportunity_id, row) in enumerate(zip(ids, rows, strict=True))
            ],
        )
        for offset in range(-3, 12):
            for owner in OWNERS:
                s.add(
                    MonthlyTarget(
                        owner=owner,
                        month=month_start(today, offset),
                        amount=rng.randint(20, 60) * 1_000_000,
                    )
                )
        for weeks in (2, 1):
            monday = week_start(today) - timedelta(weeks=weeks)
            snapshot = ForecastSnapshot(
                week_start=monday, taken_at=now - timedelta(weeks=weeks), owner=OWNERS[0]
            )
            s.add(snapshot)
            s.flush()
            picked = [r for r in rows if r["forecast_category"] in ("commit", "best_case")]
            s.execute(
                insert(SnapshotLine),
                [
                    {
                        "uuid": str(uuid.uuid4()),
                        "snapshot_id": snapshot.id,
                        "opportunity_uuid": r["uuid"],
                        "name": r["name"],
                        "account_name": "",
                        "amount": r["amount"],
                        "category": r["forecast_category"],
                        "expected_decision_date": r["expected_decision_date"],
                        "probability": 50,
                    }
                    for r in picked[:: weeks + 1]
                ],
            )
    return db
