"""Checklists for the sample data's tenders: each gets a copy of the default template, ticked
the way a real bid clerk would have ticked it by "today"."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import ChecklistItem, ChecklistTemplate, Tender
from desktop.models.enums import ChecklistStatus as S

from .templates import BUILTIN_KEY, builtin_template, copy_to_tender, ensure_default_template

_NAMESPACE = uuid.UUID("5d1c8e44-2f7b-4a39-8e61-3b9f0c7a2d55")


@dataclass(frozen=True)
class Plan:
    """How far one tender's checklist got: statuses by item key (the rest are done), notes,
    who does the technical part, and when it was handed in (hours before the deadline)."""

    statuses: dict[str, S]
    notes: dict[str, tuple[str, str]]  # key -> (English, Chinese)
    technical: str  # staff key
    submitted_hours_before: float | None


_PAPER_ONLY = ("sealed", "envelope_marking", "separate_envelopes", "originals_on_site")
_PLANS = {
    # Due in five days: half done, and the power of attorney carries the wrong seal.
    "HHDL-ZB": Plan(
        statuses={
            "art51_2": S.NOT_APPLICABLE,
            "commercial_deviations": S.OPEN,
            "implementation_plan": S.OPEN,
            "price_consistency": S.OPEN,
            "price_approval": S.OPEN,
            "electronic_price": S.NOT_APPLICABLE,
            "art51_1": S.OPEN,
            "commitments_signed": S.OPEN,
            "power_of_attorney": S.PROBLEM,
            "seam_seal": S.OPEN,
            "attachments_complete": S.OPEN,
            "original_copies": S.OPEN,
            "originals_on_site": S.OPEN,
            "electronic_copy": S.OPEN,
            "sealed": S.OPEN,
            "envelope_marking": S.OPEN,
            "separate_envelopes": S.OPEN,
            "representative": S.OPEN,
            "electronic_upload": S.NOT_APPLICABLE,
            "final_review": S.OPEN,
            "receipt": S.OPEN,
        },
        notes={
            "power_of_attorney": (
                "Stamped with the bid seal by mistake; the tender demands the company seal. "
                "Re-sign and re-stamp before binding.",
                "误盖投标专用章，招标文件要求加盖公章；装订前重新签字盖章",
            ),
            "bid_bond": (
                "Wired from the basic account; bank receipt scanned and attached.",
                "已从基本账户电汇，银行回单已扫描附后",
            ),
            "technical_deviations": (
                "Clause 3.6.1 is a negative deviation: the design institute is confirming it is "
                "not substantive.",
                "3.6.1条为负偏离，正请设计院确认该条款非实质性条款",
            ),
        },
        technical="chen_jing",
        submitted_hours_before=None,
    ),
    # Electronic collective tender, lost on price.
    "SGHH-JC": Plan(
        statuses={
            "art51_2": S.NOT_APPLICABLE,
            "maker_authorisation": S.NOT_APPLICABLE,
            "electronic_price": S.NOT_APPLICABLE,
            "electronic_copy": S.NOT_APPLICABLE,
            "seam_seal": S.NOT_APPLICABLE,
            "representative": S.NOT_APPLICABLE,
            **dict.fromkeys(_PAPER_ONLY, S.NOT_APPLICABLE),
        },
        notes={
            "electronic_upload": (
                "Uploaded and decrypted on the ECP platform the day before the deadline.",
                "截止前一天已在ECP平台上传并解密成功",
            ),
        },
        technical="zhou_qian",
        submitted_hours_before=17.5,
    ),
    # Paper tender, lot 1 won.
    "PCGC": Plan(
        statuses={
            "art51_2": S.NOT_APPLICABLE,
            "electronic_upload": S.NOT_APPLICABLE,
        },
        notes={
            "test_reports": (
                "UPS type-test report had expired; the renewed report arrived 3 days before the "
                "deadline.",
                "UPS型式试验报告曾过期，新报告于截止前3天到位",
            ),
        },
        technical="sun_yue",
        submitted_hours_before=0.7,
    ),
}
# Days before the deadline each section was checked (a bid is assembled front to back).
_DAYS_BEFORE = {
    "qualifications": 7,
    "commercial": 6,
    "technical": 6,
    "pricing": 4,
    "signatures_seals": 3,
    "attachments": 2,
    "packaging": 1,
    "submission": 1,
}


def add_demo_checklists(
    session: Session, today_at: datetime, staff: Callable[[str], str], *, chinese: bool
) -> None:
    """Give every tender of the sample data a ticked copy of the default template."""
    ensure_default_template(session)
    template = session.scalars(
        select(ChecklistTemplate).where(ChecklistTemplate.builtin_key == BUILTIN_KEY)
    ).one()
    keys = builtin_template().keys
    for tender in session.scalars(select(Tender).order_by(Tender.id)):
        plan = next(
            (p for prefix, p in _PLANS.items() if tender.tender_no.startswith(prefix)), None
        )
        copy_to_tender(session, template, tender)
        if chinese:
            tender.template_name = builtin_template().name_zh
        items = session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.tender_id == tender.id)
            .order_by(ChecklistItem.position)
        ).all()
        for position, (key, item) in enumerate(zip(keys, items, strict=True)):
            item.uuid = str(uuid.uuid5(_NAMESPACE, f"{tender.uuid}/{position}"))
            if plan is not None:
                _tick(item, key, plan, tender, today_at, staff, chinese)
        if plan is not None and plan.submitted_hours_before is not None:
            deadline = tender.submission_deadline
            assert deadline is not None  # every demo tender has one
            tender.submitted_at = deadline - timedelta(hours=plan.submitted_hours_before)
    session.flush()


def _tick(
    item: ChecklistItem,
    key: str,
    plan: Plan,
    tender: Tender,
    today_at: datetime,
    staff: Callable[[str], str],
    chinese: bool,
) -> None:
    technical = item.section == "technical"
    item.responsible = staff(plan.technical if technical else "zhou_qian")
    if key == "final_review":
        item.responsible = staff("li_ming")
    if key in plan.notes:
        item.note = plan.notes[key][1 if chinese else 0]
    status = plan.statuses.get(key, S.DONE)
    item.status = status
    if status is S.OPEN:
        return
    deadline = tender.submission_deadline
    assert deadline is not None  # every demo tender has one
    day = deadline.date() - timedelta(days=_DAYS_BEFORE[item.section])
    moment = datetime.combine(day, time(10, 0)) + timedelta(minutes=7 * item.position)
    # Nothing is checked in the future: an upcoming tender's ticks are from the past days.
    latest = today_at - timedelta(hours=1)
    if moment > latest:
        moment = latest - timedelta(minutes=11 * (50 - item.position % 50))
    item.checked_at = moment.replace(second=0, microsecond=0)
    item.checked_by = item.responsible
