"""Where reviewed items go (tender_review.py, docs/tender-reading.md#review), on a real
database: sections by kind and by what a ground for rejection is about, a ★ clause under a
商务 heading in the commercial deviation table, a no-bid opportunity refused, all or nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.models import ChecklistItem, DeviationItem, Opportunity, Tender
from desktop.models.enums import BidDecision, DeviationType
from desktop.services.bids.tender_reading import Block, Extraction, Item, TenderText
from desktop.services.bids.tender_review import (
    TenderDraft,
    TenderFromDocument,
    review_items,
)
from desktop.services.messages import UserError

BLOCKS = (
    Block("第三章 商务要求", None, 1, "第三章"),
    Block("★付款方式：验收合格后30日内支付", None, 2, "第三章 1"),
    Block("第四章 技术要求", None, 3, "第四章"),
    Block("★CPU不少于16核", None, 4, "第四章 1"),
    Block("投标报价超过最高投标限价的", None, 5, "第五章 2"),
    Block("投标文件未按要求密封的", None, 6, "第五章 3"),
    Block("投标函", None, 7, "第六章 1"),
    Block("投标函", None, 8, "第七章 1"),
)
TEXT = TenderText("t.docx", BLOCKS)


def _item(kind: str, index: int) -> Item:
    return Item(kind, BLOCKS[index].text, BLOCKS[index].source, index)  # type: ignore[arg-type]


EXTRACTION = Extraction(
    "某项目",
    "ZB-1",
    None,
    "",
    None,
    [
        _item("substantive", 1),
        _item("substantive", 3),
        _item("rejection", 4),
        _item("rejection", 5),
        _item("document", 6),
        _item("document", 7),
    ],
)


def test_items_go_to_their_sections_once() -> None:
    items = review_items(TEXT, EXTRACTION, set())
    assert [(i.text, i.section, i.commercial) for i in items] == [
        ("★付款方式：验收合格后30日内支付", "technical", True),
        ("★CPU不少于16核", "technical", False),
        ("投标报价超过最高投标限价的", "pricing", False),
        ("投标文件未按要求密封的", "packaging", False),
        ("投标函", "attachments", False),
    ]
    assert items[1].clause == "第四章 1"


def _opportunity(db, decision: BidDecision) -> int:
    with db.session() as s:
        opportunity = s.scalars(select(Opportunity).order_by(Opportunity.id)).first()
        opportunity.bid_decision = decision
        opportunity.no_bid_reason = "Not our scope" if decision is BidDecision.NO_BID else ""
        return opportunity.id


def test_create_writes_the_deviation_table_by_kind(demo_db) -> None:
    opportunity_id = _opportunity(demo_db, BidDecision.BID)
    items = review_items(TEXT, EXTRACTION, set())
    draft = TenderDraft(opportunity_id, "某项目", "ZB-1", None, "", None)
    tender_id, _ = TenderFromDocument(demo_db).create(draft, items)
    with demo_db.read() as s:
        lines = s.scalars(
            select(DeviationItem)
            .where(DeviationItem.tender_id == tender_id)
            .order_by(DeviationItem.position)
        ).all()
        assert [(d.kind, d.clause) for d in lines] == [
            (DeviationType.COMMERCIAL, "第三章 1"),
            (DeviationType.TECHNICAL, "第四章 1"),
        ]
        sources = s.scalars(
            select(ChecklistItem.source).where(
                ChecklistItem.tender_id == tender_id, ChecklistItem.text_zh == "投标函"
            )
        ).all()
        assert sources == ["第六章 1, ¶ 7"]


def test_a_no_bid_opportunity_is_refused_and_nothing_is_written(demo_db) -> None:
    opportunity_id = _opportunity(demo_db, BidDecision.NO_BID)
    with demo_db.read() as s:
        before = s.scalar(select(func.count(Tender.id)))
    draft = TenderDraft(opportunity_id, "某项目", "ZB-1", None, "", None)
    with pytest.raises(UserError, match="no-bid"):
        TenderFromDocument(demo_db).create(draft, review_items(TEXT, EXTRACTION, set()))
    with demo_db.read() as s:
        assert s.scalar(select(func.count(Tender.id))) == before
