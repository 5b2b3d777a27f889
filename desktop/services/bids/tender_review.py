"""From a read tender document to a tender: the extracted items placed in checklist sections and
matched with the template, then the tender, its checklist and its deviation table written in one
transaction (docs/tender-reading.md#review)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import ChecklistItem, ChecklistTemplate, DeviationItem, Opportunity, Tender
from desktop.models.enums import DeviationType
from desktop.services.changes import TENDERS, ChangeSet
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP, UserError

from .templates import builtin_template, default_template_id
from .tender_reading import Extraction, Item, Kind, TenderText
from .tenders import TenderData, TenderService

# Where an item of each kind goes in the checklist (sections.py).
SECTION_OF_KIND: dict[str, str] = {
    "qualification": "qualifications",
    "substantive": "technical",
    "rejection": "commercial",
    "document": "attachments",
    "other": "submission",
}
# A ground for rejection goes to the section whose check rules it out, by what it is about.
REJECTION_SECTIONS = (
    (re.compile(r"报价|价格|限价|成本"), "pricing"),
    (re.compile(r"签字|签署|盖章|印章|公章|授权"), "signatures_seals"),
    (re.compile(r"密封|封装|标记|封口"), "packaging"),
    (re.compile(r"资格|资质|营业执照|联合体"), "qualifications"),
    (re.compile(r"截止|逾期|递交|保证金"), "submission"),
)
COMMERCIAL = re.compile(r"商务")  # a ★ clause under a 商务 heading is a commercial one
CONTEXT = 2  # paragraphs shown either side of an item's own


@dataclass(frozen=True)
class ReviewItem:
    """One extracted item as the review screen shows it and the tender receives it."""

    kind: Kind
    text: str
    source: str
    block_index: int
    section: str  # the checklist section it goes to
    clause: str  # the tender's clause number (the block's section path), for the deviation table
    commercial: bool = False  # a ★ clause of the commercial part
    matched: str = ""  # the template item's Chinese text it is, if the template has it


@dataclass(frozen=True)
class TenderDraft:
    opportunity_id: int | None
    title: str
    tender_no: str
    deadline: datetime | None
    place: str
    bond: Decimal | None
    no_bid_override: str = ""  # why we bid on a no-bid opportunity (docs/domain.md#bid-decision)


def draft_of(extraction: Extraction, opportunity_id: int | None = None) -> TenderDraft:
    return TenderDraft(
        opportunity_id,
        extraction.project,
        extraction.tender_no,
        extraction.deadline,
        extraction.opening_place,
        extraction.bid_bond,
    )


def _section(item: Item) -> str:
    if item.kind == "rejection":
        for pattern, section in REJECTION_SECTIONS:
            if pattern.search(item.text):
                return section
    return SECTION_OF_KIND[item.kind]


def _heading_above(text: TenderText, index: int) -> str:
    """The text of the nearest short paragraph above ``index`` that starts a section."""
    section = text.blocks[index].section
    for block in reversed(text.blocks[:index]):
        if block.section != section and len(block.text) < 40:
            return block.text
    return ""


def review_items(
    text: TenderText, extraction: Extraction, template_texts: set[str]
) -> list[ReviewItem]:
    """The extracted items with their section, each text once per kind; an art. 51 ground the
    template already has is marked matched (the template's text), so accepting does not add it
    twice."""
    statutory = dict(zip(builtin_template().keys, builtin_template().items, strict=True))
    found = []
    seen: set[tuple[str, str]] = set()
    for item in extraction.items:
        if (item.kind, item.text) in seen:  # 投标函 in the list of contents and as a form
            continue
        seen.add((item.kind, item.text))
        block = text.blocks[item.block_index]
        known = statutory.get(item.matches or "")
        matched = known.text_zh if known and known.text_zh in template_texts else ""
        commercial = item.kind == "substantive" and bool(
            COMMERCIAL.search(_heading_above(text, item.block_index))
        )
        found.append(
            ReviewItem(
                item.kind,
                item.text,
                item.source,
                item.block_index,
                known.section if matched and known else _section(item),
                block.section or item.source,
                commercial,
                matched,
            )
        )
    return found


def surrounding(text: TenderText, block_index: int) -> list[tuple[bool, str]]:
    """The paragraphs around an item's own (True marks its own), to check it in context."""
    start = max(0, block_index - CONTEXT)
    stop = min(len(text.blocks), block_index + CONTEXT + 1)
    return [(index == block_index, text.blocks[index].text) for index in range(start, stop)]


class TenderFromDocument:
    def __init__(self, db: Database) -> None:
        self._db = db

    def template_texts(self) -> set[str]:
        """The Chinese texts of the default template's items (what an item can be matched to)."""
        with self._db.read() as s:
            template_id = default_template_id(s)
            if template_id is None:
                return set()
            return {item.text_zh for item in s.get_one(ChecklistTemplate, template_id).items}

    def create(self, draft: TenderDraft, items: list[ReviewItem]) -> tuple[int, ChangeSet]:
        """The tender with the default template's checklist plus the accepted items (each with
        its source) and a deviation line per ★ clause; all or nothing."""
        with self._db.session() as s:
            opportunity = s.get(Opportunity, draft.opportunity_id) if draft.opportunity_id else None
            if opportunity is None:
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "TenderReview", "Opportunity: choose the opportunity it is for."
                    )
                )
            data = TenderData(
                opportunity.id,
                tender_no=draft.tender_no,
                title=draft.title,
                submission_deadline=draft.deadline,
                submission_place=draft.place,
                bond_amount=draft.bond,
                no_bid_override=draft.no_bid_override,
            )
            tender = TenderService(self._db).add(s, data, default_template_id(s))
            self._add_items(s, tender, items)
            return tender.id, ChangeSet.of(TENDERS, account_id=opportunity.account_id)

    @staticmethod
    def _add_items(s: Session, tender: Tender, items: list[ReviewItem]) -> None:
        checklist = list(
            s.scalars(select(ChecklistItem).where(ChecklistItem.tender_id == tender.id))
        )
        by_text = {item.text_zh: item for item in checklist}
        position = len(checklist)
        for item in items:
            known = by_text.get(item.matched) if item.matched else None
            if known is not None:
                known.source = item.source[:200]
                continue
            s.add(
                ChecklistItem(
                    tender_id=tender.id,
                    owner=tender.owner,
                    position=position,
                    section=item.section,
                    text_en=item.text,
                    text_zh=item.text,
                    required=True,
                    source=item.source[:200],
                )
            )
            position += 1
        starred = [item for item in items if item.kind == "substantive"]
        for offset, item in enumerate(starred):
            s.add(
                DeviationItem(
                    tender_id=tender.id,
                    position=offset,  # a new tender: the first lines of its table
                    kind=DeviationType.COMMERCIAL if item.commercial else DeviationType.TECHNICAL,
                    clause=item.clause[:80],
                    requirement=item.text,
                )
            )


def edited(item: ReviewItem, text: str) -> ReviewItem:
    return replace(item, text=text.strip(), matched="")
