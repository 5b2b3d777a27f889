"""Bid Checklist ▸ New tender from document…: a generated 招标文件 is read in the background,
reviewed (one item rejected, one edited, the paragraphs around an item shown) and accepted into a
tender with the template's checklist, the accepted items and a deviation line per ★ clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.models import ChecklistItem, DeviationItem, Tender
from desktop.models.enums import BidDecision, DeviationType
from desktop.services.bids.templates import builtin_template
from desktop.views.bids.tender_review_dialog import TenderReviewDialog
from tests.gui.conftest import wait_for_operations
from tests.tender_docs.documents import gov_goods
from tests.tender_docs.generate import write_docx


@pytest.fixture
def tender_docx(tmp_path) -> Path:
    path = tmp_path / "招标文件.docx"
    write_docx(gov_goods(), path)
    return path


def _drive(monkeypatch, steps) -> list[TenderReviewDialog]:
    """Replaces the modal run of the review dialog by ``steps(dialog)``."""
    seen: list[TenderReviewDialog] = []

    def exec_(dialog: TenderReviewDialog) -> int:
        seen.append(dialog)
        steps(dialog)
        return dialog.result()

    monkeypatch.setattr(TenderReviewDialog, "exec", exec_)
    return seen


def _choose(dialog: TenderReviewDialog, decision: BidDecision) -> None:
    index = next(i for i, c in enumerate(dialog._choices) if c.bid_decision is decision)
    dialog.opportunity.setCurrentIndex(index)


def _child(dialog: TenderReviewDialog, kind: str, words: str):
    return next(c for c in dialog.kind_items(kind) if words in c.text(0))


def test_review_and_create_the_tender(qtbot, tab, ctx, dialogs, tender_docx, monkeypatch):
    def steps(dialog: TenderReviewDialog) -> None:
        assert dialog.project.text() == "某市第一人民医院服务器及存储设备采购项目"
        assert dialog.tender_no.text() == "SZCG-2026-0412"
        assert dialog.bond.value_decimal() == 20000
        # A click shows the item in its paragraphs.
        rejected = _child(dialog, "qualification", "法律、行政法规规定的其他条件")
        dialog.tree.setCurrentItem(rejected)
        assert "法律、行政法规规定的其他条件" in dialog.context.toPlainText()
        assert "有依法缴纳税收和社会保障资金" in dialog.context.toPlainText()  # the one above
        rejected.setCheckState(0, Qt.CheckState.Unchecked)
        dialog.tree.setCurrentItem(_child(dialog, "document", "开标一览表"))
        dialogs.texts = ["开标一览表（加盖公章）"]
        dialog.edit_button.click()
        # The art. 51 grounds are matched with the template, not added again.
        assert _child(dialog, "rejection", "未经投标单位盖章").text(2) == "Matched"
        _choose(dialog, BidDecision.BID)
        dialog.create_button.click()

    seen = _drive(monkeypatch, steps)
    dialogs.files = [tender_docx]
    tab.from_document_action.trigger()
    wait_for_operations(qtbot)
    assert seen and seen[0].result() == 1
    with ctx.db.read() as s:
        tender = s.scalars(select(Tender).where(Tender.tender_no == "SZCG-2026-0412")).one()
        assert tender.title == "某市第一人民医院服务器及存储设备采购项目"
        assert tender.bond_amount == 20000
        assert tender.submission_deadline.isoformat() == "2026-12-18T09:30:00"
        items = list(s.scalars(select(ChecklistItem).where(ChecklistItem.tender_id == tender.id)))
        deviations = list(
            s.scalars(select(DeviationItem).where(DeviationItem.tender_id == tender.id))
        )
        texts = [item.text_zh for item in items]
        template = builtin_template()
        assert len(items) >= len(template.items)
        for known in template.items:  # every template item once, art. 51 ones included
            assert texts.count(known.text_zh) == 1
        seal = next(
            i for i in items if i.text_zh == template.items[template.keys.index("art51_1")].text_zh
        )
        assert seal.source.startswith("第三章")
        assert not any("法律、行政法规规定的其他条件" in t for t in texts)
        assert "开标一览表（加盖公章）" in texts and "开标一览表" not in texts
        assert texts.count("投标函") == 1  # listed in 第二章 and again as a form in 第五章
        added = next(i for i in items if i.text_zh == "具有独立承担民事责任的能力；")
        assert added.section == "qualifications" and added.source == "第一章 四（一）, ¶ 8"
        assert len(deviations) == 4
        assert all(d.kind is DeviationType.TECHNICAL and d.response == "" for d in deviations)
        assert deviations[0].clause == "第四章"
        assert deviations[0].requirement.startswith("★不少于2颗")
    assert tab.tender is not None and tab.tender.data.tender_no == "SZCG-2026-0412"
    tab.undo_stack.undo()
    with ctx.db.read() as s:
        assert s.scalars(select(Tender).where(Tender.tender_no == "SZCG-2026-0412")).first() is None


def test_a_no_bid_opportunity_needs_the_override_which_is_recorded(
    qtbot, tab, ctx, dialogs, tender_docx, monkeypatch
):
    with ctx.db.session() as s:
        from desktop.models import Opportunity

        opportunity = s.scalars(select(Opportunity)).first()
        opportunity.bid_decision = BidDecision.NO_BID
        opportunity.no_bid_reason = "Out of our scope"

    def steps(dialog: TenderReviewDialog) -> None:
        assert not dialog.override.isVisibleTo(dialog)
        _choose(dialog, BidDecision.NO_BID)
        assert dialog.gate.isVisibleTo(dialog) and dialog.override.isVisibleTo(dialog)
        dialog.create_button.click()
        assert "is marked no-bid (" in dialog.error.text()
        dialog.override.setText("The customer asked us in writing to take part")
        dialog.create_button.click()

    seen = _drive(monkeypatch, steps)
    dialogs.files = [tender_docx]
    tab.from_document_action.trigger()
    wait_for_operations(qtbot)
    assert seen
    with ctx.db.read() as s:
        tender = s.scalars(select(Tender).where(Tender.tender_no == "SZCG-2026-0412")).one()
        assert tender.no_bid_override == "The customer asked us in writing to take part"


def test_an_unreadable_file_says_why(qtbot, tab, dialogs, tmp_path, monkeypatch):
    seen = _drive(monkeypatch, lambda dialog: None)
    old = tmp_path / "tender.doc"
    old.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 600)
    dialogs.files = [old]
    tab.from_document_action.trigger()
    wait_for_operations(qtbot)
    assert not seen
    kind, _, text = dialogs.shown[-1]
    assert kind == "user_error" and "tender.doc" in text and "Traceback" not in text
