"""Checklist templates: the built-in default as data, seeding, editing, and that a tender's
checklist is its own copy."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.models import ChecklistItem, ChecklistTemplate, TemplateItem
from desktop.services.bids.checklist import ChecklistService
from desktop.services.bids.sections import SECTIONS
from desktop.services.bids.templates import (
    BUILTIN_KEY,
    TemplateItemData,
    TemplateService,
    builtin_template,
    ensure_default_template,
)
from desktop.services.bids.tenders import TenderService
from desktop.services.messages import UserError
from tests.dump import dump

from .conftest import tender_data

ART_51 = "《招标投标法实施条例》第五十一条"
# The seven grounds of art. 51, word for word (docs/domain.md#the-tender-checklist).
ART_51_GROUNDS = (
    "投标文件未经投标单位盖章和单位负责人签字",
    "投标联合体没有提交共同投标协议",
    "投标人不符合国家或者招标文件规定的资格条件",
    "同一投标人提交两个以上不同的投标文件或者投标报价，但招标文件要求提交备选投标的除外",
    "投标报价低于成本或者高于招标文件设定的最高投标限价",
    "投标文件没有对招标文件的实质性要求和条件作出响应",
    "投标人有串通投标、弄虚作假、行贿等违法行为",
)


def test_builtin_template_covers_every_section_in_both_languages() -> None:
    builtin = builtin_template()
    assert {item.section for item in builtin.items} == set(SECTIONS)
    assert all(item.text_en and item.text_zh for item in builtin.items)
    assert len(set(builtin.keys)) == len(builtin.items)
    assert len({item.uuid for item in builtin.items}) == len(builtin.items)


@pytest.mark.parametrize("ground", ART_51_GROUNDS)
def test_each_art_51_ground_is_an_item_citing_its_source(ground: str) -> None:
    matches = [item for item in builtin_template().items if ground in item.text_zh]
    assert len(matches) == 1
    assert matches[0].source == ART_51
    assert matches[0].required


def test_builtin_template_has_the_domain_checks() -> None:
    texts = {
        key: item
        for key, item in zip(builtin_template().keys, builtin_template().items, strict=True)
    }
    assert "公章" in texts["power_of_attorney"].text_zh
    assert "投标专用章" in texts["power_of_attorney"].text_zh
    assert "company seal (not the bid seal)" in texts["power_of_attorney"].text_en
    assert "投标保证金" in texts["bid_bond"].text_zh and "回执" in texts["bid_bond"].text_zh
    assert "密封" in texts["sealed"].text_zh
    assert "信封" in texts["envelope_marking"].text_zh
    assert "截止时间" in texts["deadline_place"].text_zh
    assert "原件、复印件" in texts["attachments_complete"].text_zh
    four_checks = [item for item in builtin_template().items if "四项检查" in item.source]
    assert {item.source[-3:] for item in four_checks} == {"（一）", "（二）", "（三）", "（四）"}


def test_every_database_gets_the_default_template_once(db) -> None:
    with db.session() as s:
        ensure_default_template(s)
        ensure_default_template(s)
    with db.read() as s:
        templates = s.scalars(select(ChecklistTemplate)).all()
        assert [(t.builtin_key, t.is_default) for t in templates] == [(BUILTIN_KEY, True)]
        count = s.scalar(select(func.count()).select_from(TemplateItem))
        assert count == len(builtin_template().items)


def test_an_edited_builtin_template_is_not_reseeded(db) -> None:
    service = TemplateService(db)
    template_id = service.default_id()
    detail = service.get(template_id)
    service.save(template_id, "Our checklist", list(detail.items[:3]))
    with db.session() as s:
        ensure_default_template(s)
    assert [row.item_count for row in service.list()] == [3]


def test_a_tender_keeps_its_copy_when_the_template_changes(db, opportunity_id) -> None:
    templates = TemplateService(db)
    template_id = templates.default_id()
    tender_id, _ = TenderService(db).create(tender_data(opportunity_id), template_id)
    checklist = ChecklistService(db)
    before = checklist.items(tender_id)
    assert [(r.text_en, r.section, r.required, r.source) for r in before] == [
        (i.text_en, i.section, i.required, i.source) for i in templates.get(template_id).items
    ]
    items = list(templates.get(template_id).items)
    items[0] = replace(items[0], text_en="Changed text", required=False)
    del items[1]
    items.append(TemplateItemData("submission", "A new item", "新增检查项"))
    templates.save(template_id, "Edited", items)
    assert checklist.items(tender_id) == before
    # A new tender gets the edited template.
    second, _ = TenderService(db).create(tender_data(opportunity_id), template_id)
    texts = [row.text_en for row in checklist.items(second)]
    assert "Changed text" in texts and "A new item" in texts
    assert len(texts) == len(before)


def test_deleting_a_template_leaves_tenders_alone(db, opportunity_id) -> None:
    templates = TemplateService(db)
    own_id, _ = templates.create("Water sector", [TemplateItemData("pricing", "Price", "报价")])
    tender_id, _ = TenderService(db).create(tender_data(opportunity_id), own_id)
    templates.delete(own_id)
    assert [r.text_en for r in ChecklistService(db).items(tender_id)] == ["Price"]


def test_save_keeps_uuids_and_reorders_by_section(db) -> None:
    templates = TemplateService(db)
    template_id, _ = templates.create(
        "Own",
        [
            TemplateItemData("submission", "Submit", "递交"),
            TemplateItemData("qualifications", "Licence", "执照"),
        ],
    )
    detail = templates.get(template_id)
    assert [i.text_en for i in detail.items] == ["Licence", "Submit"]
    licence, submit = detail.items
    templates.save(template_id, "Own", [submit, licence, TemplateItemData("pricing", "P", "")])
    after = templates.get(template_id)
    assert [i.text_en for i in after.items] == ["Licence", "P", "Submit"]
    assert after.items[0].uuid == licence.uuid and after.items[2].uuid == submit.uuid


@pytest.mark.parametrize(
    ("name", "items", "expected"),
    [
        ("", [], "Name: enter a name"),
        ("X", [TemplateItemData("pricing", " ", "")], "Item 1: enter its text"),
        ("X", [TemplateItemData("nowhere", "A", "")], "Item 1: choose a section"),
        ("Default tender checklist", [], "already a template called"),
    ],
)
def test_invalid_templates_are_refused(db, name, items, expected) -> None:
    templates = TemplateService(db)
    before = templates.list()
    with pytest.raises(UserError, match=expected):
        templates.create(name, items)
    assert templates.list() == before


def test_builtin_template_cannot_be_deleted(db) -> None:
    templates = TemplateService(db)
    with pytest.raises(UserError, match="built-in template cannot be deleted"):
        templates.delete(templates.default_id())


def test_deleted_template_comes_back_exactly(db) -> None:
    templates = TemplateService(db)
    own_id, _ = templates.create("Own", [TemplateItemData("pricing", "Price", "报价")])
    templates.set_default(own_id)
    detail = templates.get(own_id)
    before = dump(db)
    deleted, _ = templates.delete(own_id)
    assert templates.get(templates.default_id()).builtin_key == BUILTIN_KEY
    templates.restore(deleted)
    assert templates.get(own_id) == detail
    assert dump(db) == before
    assert templates.default_id() == own_id
    assert sum(row.is_default for row in templates.list()) == 1


def test_copying_appends_after_existing_items(db, tender_id) -> None:
    checklist = ChecklistService(db)
    count = len(checklist.items(tender_id))
    own_id, _ = TemplateService(db).create("Own", [TemplateItemData("pricing", "Extra", "")])
    new_ids, _ = checklist.copy_template(tender_id, own_id)
    with db.read() as s:
        positions = s.scalars(
            select(ChecklistItem.position).where(ChecklistItem.tender_id == tender_id)
        ).all()
    assert len(new_ids) == 1 and len(positions) == count + 1
    assert sorted(positions) == list(range(count + 1))
