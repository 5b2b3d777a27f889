"""Tenders for deals that reached the bid stage: each with its own copy of the checklist
(the built-in template plus clause-by-clause technical items), lots and deviation lines."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from desktop.models import ChecklistItem, DeviationItem, Tender, TenderLot
from desktop.models.enums import ChecklistStatus, Deviation, DeviationType, TenderResult
from desktop.services.bids.templates import builtin_template

from . import text
from .deals import Deal
from .writer import Writer, day, stamp

AGENCIES = ("省公共资源交易中心", "国信招标集团", "中化建招标有限公司", "China Tendering Centre")


def make_tenders(
    writer: Writer, rng: random.Random, deals: list[Deal], count: int, items: int, today: date
) -> list[int]:
    """``count`` tenders, each with ``items`` checklist items; returns their ids."""
    template = builtin_template().items
    tender = writer.sink(
        Tender,
        (
            "id", "opportunity_id", "tender_no", "title", "buyer", "agency",
            "submission_deadline", "opening_at", "submitted_at", "bond_amount", "bond_due_on",
            "price_ceiling", "responsible", "template_name", "result", "result_reason",
        ),
    )  # fmt: skip
    checklist = writer.sink(
        ChecklistItem,
        (
            "id", "tender_id", "position", "section", "text_en", "text_zh", "required",
            "source", "status", "responsible", "checked_by", "checked_at",
        ),
    )  # fmt: skip
    lot = writer.sink(
        TenderLot,
        ("id", "tender_id", "position", "lot_no", "name", "our_price", "result", "winner"),
    )
    deviation = writer.sink(
        DeviationItem,
        ("id", "tender_id", "position", "kind", "clause", "requirement", "response", "deviation"),
    )
    bidding = [d for d in deals if d.stage.position >= 2]
    rng.shuffle(bidding)
    if len(bidding) < count:
        bidding += [d for d in deals if d.stage.position < 2][: count - len(bidding)]
    ids = {
        model: writer.next_id(model) for model in (Tender, ChecklistItem, TenderLot, DeviationItem)
    }
    tender_ids = []
    for number, deal in enumerate(bidding[:count]):
        tender_id = ids[Tender] + number
        tender_ids.append(tender_id)
        deadline = datetime.combine(
            deal.decided_on - timedelta(days=rng.randint(10, 40)), time(9, 30)
        )
        past = deadline.date() < today
        if not past:
            result = TenderResult.PENDING
        elif deal.stage.is_closed:
            result = TenderResult.WON if deal.stage.is_won else TenderResult.LOST
        else:
            result = rng.choice((TenderResult.PENDING, TenderResult.WON))
        owner = text.STAFF[deal.id % 5]
        tender.add(
            (
                tender_id, deal.id, f"ZB{deadline.year}-{tender_id:05d}", f"{deal.name}招标",
                deal.account.name, rng.choice(AGENCIES), stamp(deadline),
                stamp(deadline + timedelta(minutes=30)),
                stamp(deadline - timedelta(hours=rng.randint(2, 48))) if past else None,
                deal.amount_cents // 50, day(deadline.date() - timedelta(days=3)),
                deal.amount_cents * 11 // 10, owner, "标准投标检查清单", result.value,
                "技术评分领先" if result is TenderResult.WON else "",
            )
        )  # fmt: skip
        statuses = _statuses(rng, past)
        for position in range(items):
            if position < len(template):
                item = template[position]
                section, en, zh, required, source = (
                    item.section, item.text_en, item.text_zh, item.required, item.source,
                )  # fmt: skip
            else:
                clause = f"{3 + position // 10}.{position % 10 + 1}"
                solution, solution_en = rng.choice(text.SOLUTIONS)
                section, required, source = "technical", position % 3 != 0, f"招标文件第{clause}条"
                en = f"Technical clause {clause} ({solution_en}) answered point by point"
                zh = f"技术条款{clause}（{solution}）逐条应答"
            status = rng.choice(statuses)
            checked = status != "open" and rng.random() < 0.8
            checklist.add(
                (
                    ids[ChecklistItem], tender_id, position, section, en, zh, int(required),
                    source, status, owner if rng.random() < 0.4 else "",
                    owner if checked else "",
                    stamp(deadline - timedelta(days=rng.randint(1, 20))) if checked else None,
                )
            )  # fmt: skip
            ids[ChecklistItem] += 1
        for position in range(rng.randint(1, 3)):
            lot.add(
                (
                    ids[TenderLot], tender_id, position, f"包{position + 1}",
                    f"{deal.name}第{position + 1}包", deal.amount_cents // (position + 2),
                    result.value,
                    rng.choice(text.COMPETITORS) if result is TenderResult.LOST else "",
                )
            )  # fmt: skip
            ids[TenderLot] += 1
        for position in range(rng.randint(3, 8)):
            kind = DeviationType.TECHNICAL if position % 3 else DeviationType.COMMERCIAL
            deviation.add(
                (
                    ids[DeviationItem], tender_id, position, kind.value,
                    f"{position + 2}.{position}",
                    "设备需支持双电源冗余", "满足，提供双电源模块",
                    rng.choice(list(Deviation)).value,
                )
            )  # fmt: skip
            ids[DeviationItem] += 1
    return tender_ids


def _statuses(rng: random.Random, past: bool) -> tuple[str, ...]:
    if past:
        return (ChecklistStatus.DONE.value,) * 8 + (ChecklistStatus.NOT_APPLICABLE.value,)
    done = rng.randint(0, 6)
    return (
        (ChecklistStatus.DONE.value,) * done
        + (ChecklistStatus.OPEN.value,) * (7 - done)
        + (ChecklistStatus.PROBLEM.value,)
    )
