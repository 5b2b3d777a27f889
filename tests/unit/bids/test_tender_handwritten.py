"""What the hand-written tenders (tests/tender_docs/handwritten.py) showed the rules missing,
one rule at a time (docs/tender-reading.md#what-is-extracted)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from desktop.app import main
from desktop.services.bids.tender_reading import Block, TenderText, extract
from tests.tender_docs import handwritten
from tests.tender_docs.generate import cjk_font, generate
from tests.tender_docs.scoring import normal, score
from tests.unit.bids.test_tender_extract import FLOORS, text_of


@pytest.fixture(scope="module")
def by_hand(tmp_path_factory: pytest.TempPathFactory):
    return generate(tmp_path_factory.mktemp("by-hand"), makers=handwritten.ALL)


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_the_hand_written_tenders_read_through_the_command_line(
    by_hand, form: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """As a set of real tenders is read: ``tender-read FILE --json``, its fields compared and its
    items scored per kind (the printed report: test_tender_extract.py)."""
    if form == "pdf" and not cjk_font():
        pytest.skip("no CJK font to write the PDFs with")
    scores: dict = {}
    for doc, docx_path, pdf_path in by_hand:
        assert main(["tender-read", str(docx_path if form == "docx" else pdf_path), "--json"]) == 0
        found = json.loads(capsys.readouterr().out)
        bond = None if doc.bid_bond is None else float(doc.bid_bond)
        assert (
            normal(found["project"]),
            found["tender_no"],
            found["deadline"],
            found["bid_bond"],
        ) == (normal(doc.project), doc.tender_no, doc.deadline.strftime("%Y-%m-%dT%H:%M"), bond)
        score(doc.expected, [(item["kind"], item["text"]) for item in found["items"]], scores)
    for kind, (recall, precision) in FLOORS.items():
        assert scores[kind].recall >= recall, (kind, scores[kind].missed)
        assert scores[kind].precision >= precision, (kind, scores[kind].extra)


@pytest.mark.parametrize(
    ("heading", "line", "expected"),
    [
        (
            "四、提交投标文件截止时间、开标时间和地点",
            "2026年12月18日 09点30分（北京时间）",
            datetime(2026, 12, 18, 9, 30),
        ),
        (
            "三、提交投标文件截止时间、开标时间和地点",
            "二〇二六年十二月二十一日下午两点三十分（北京时间）",
            datetime(2026, 12, 21, 14, 30),
        ),
        ("四、响应文件提交截止时间", "时间：2026年12月18日9:30", datetime(2026, 12, 18, 9, 30)),
    ],
)
def test_a_deadline_on_the_line_below_the_heading_naming_it(
    heading: str, line: str, expected: datetime
) -> None:
    found = extract(text_of(heading, line, "地点：某市公共资源交易中心开标三室"))
    assert found.deadline == expected


def test_a_date_further_below_a_heading_is_not_its_deadline() -> None:
    found = extract(
        text_of("四、提交投标文件截止时间", "投标人应按时提交。", "2026年12月18日 09点30分")
    )
    assert found.deadline is None


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("四、提交投标文件截止时间、开标时间和地点", "2026年12月18日 09点30分",
         "地点：某市公共资源交易中心开标三室"),
        ("五、响应文件开启", "时间：2026年12月18日09时30分", "地点：某市公共资源交易中心开标三室"),
        ("协商地点：某市公共资源交易中心开标三室",),
    ],
)  # fmt: skip
def test_the_opening_place_on_a_line_of_its_own_below_its_heading(paragraphs) -> None:
    assert extract(text_of(*paragraphs)).opening_place == "某市公共资源交易中心开标三室"


def test_the_place_of_getting_the_document_is_not_the_opening_place() -> None:
    found = extract(
        text_of("三、获取招标文件", "时间：2026年12月1日至5日", "地点：某市公共资源交易网")
    )
    assert found.opening_place == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "投标人不按本章第3.4.1项要求提交投标保证金的，其投标将被拒绝。",
        "投标文件未按规定密封或标记的，其投标将被拒绝。",
        "逾期递交的报价文件，采购人不予接收。",
        "报价超过采购预算的，采购人不予接受。",
    ],
)
def test_grounds_worded_as_refusals(sentence: str) -> None:
    assert [(i.kind, i.text) for i in extract(text_of(sentence)).items] == [("rejection", sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "标注“▲”的条款为重要技术参数，不满足的将在评审时扣分，但不导致投标无效。",
        "供应商对磋商文件有疑问的，应于2026年12月12日17:00前以书面形式提出，逾期不予受理。",
    ],
)
def test_a_consequence_denied_or_for_a_question_is_no_ground(sentence: str) -> None:
    assert [i for i in extract(text_of(sentence)).items if i.kind == "rejection"] == []


def test_a_heading_naming_invalid_bids_alone_introduces_the_grounds() -> None:
    found = extract(
        text_of(
            "二、无效投标",
            "1.投标文件未按照招标文件要求签署、盖章的；",
            "2.投标报价超过预算金额的。",
        )
    )
    assert [(i.kind, i.text) for i in found.items] == [
        ("rejection", "投标文件未按照招标文件要求签署、盖章的；"),
        ("rejection", "投标报价超过预算金额的。"),
    ]


def test_a_cell_pointing_to_another_chapter_is_no_item() -> None:
    found = extract(
        TenderText(
            "t.docx",
            (
                Block("序号 | 条款名称 | 说明和要求", None, 1, "", True, 1),
                Block("4 | 投标人资格要求 | 详见第一章投标邀请“二、申请人的资格要求”",
                      None, 2, "", True, 2),
            ),
        )
    )  # fmt: skip
    assert found.items == []


def test_an_asterisk_marks_a_substantive_clause_where_the_legend_says_so() -> None:
    found = extract(
        text_of(
            "注：带“*”号的条款为实质性条款，投标人必须满足；带“▲”号的条款为重要参数。",
            "1.1 *通量：单次可处理样本数不少于96个。",
            "1.2 ▲提取时间：单次提取时间不超过30分钟。",
            "1.3 具备紫外消毒功能（*）",
            "提供7*24小时技术支持。",
        )
    )
    assert [i.text for i in found.items if i.kind == "substantive"] == [
        "*通量：单次可处理样本数不少于96个。",
        "具备紫外消毒功能（*）",
    ]


def test_a_scoring_row_naming_marked_clauses_is_not_one() -> None:
    found = extract(
        text_of(
            "注：带“*”号的条款为实质性条款。",
            "技术参数 | 40分 | 完全满足的得40分；*号条款有一项不满足的，按无效标处理；"
            "★条款不满足的，投标无效。",
        )
    )
    assert [i for i in found.items if i.kind == "substantive"] == []


def test_the_procurement_plan_s_number_is_not_the_tender_number() -> None:
    found = extract(
        text_of("政府采购计划编号：某财采计〔2026〕00123号", "项目编号：JXZC2026-G1-0123")
    )
    assert found.tender_no == "JXZC2026-G1-0123"


@pytest.mark.parametrize(
    "sentence",
    [
        "投标截止时间后送达的投标文件，恕不接受。",
        "如投标文件实质上没有响应招标文件要求，评标委员会将拒绝其投标。",
    ],
)
def test_grounds_worded_as_polite_or_direct_refusals(sentence: str) -> None:
    assert [(i.kind, i.text) for i in extract(text_of(sentence)).items] == [("rejection", sentence)]


def test_a_deadline_named_as_a_period() -> None:
    assert extract(text_of("投标截止期：2026年12月18日9时30分")).deadline == datetime(
        2026, 12, 18, 9, 30
    )


@pytest.mark.parametrize(
    "lead", ["投标文件应包括：", "投标人应提交的资格证明文件：", "资格证明文件："]
)
def test_a_list_of_papers_after_a_colon_without_a_list_word(lead: str) -> None:
    found = extract(text_of(lead, "（1）营业执照副本复印件；", "（2）财务审计报告。"))
    assert [(i.kind, i.text) for i in found.items] == [
        ("document", "营业执照副本复印件；"),
        ("document", "财务审计报告。"),
    ]


def test_a_procurement_cancelled_is_no_ground_for_rejecting_a_bid() -> None:
    """政府采购法 art. 36: the whole procurement is cancelled (废标), no bid is rejected."""
    found = extract(
        text_of(
            "十、废标",
            "在招标采购中，出现下列情形之一的，应予废标：",
            "（一）符合专业条件的供应商或者对招标文件作实质响应的供应商不足三家的；",
            "（二）出现影响采购公正的违法、违规行为的；",
        )
    )
    assert found.items == []


def test_qualifications_after_a_colon_separated_by_semicolons() -> None:
    found = extract(
        text_of(
            "投标人资格要求：具有独立承担民事责任的能力；具有良好的商业信誉；近三年无重大违法记录。"
        )
    )
    assert [(i.kind, i.text) for i in found.items] == [
        ("qualification", "具有独立承担民事责任的能力"),
        ("qualification", "具有良好的商业信誉"),
        ("qualification", "近三年无重大违法记录"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "投标截止时间：2026年12月18日（星期五）北京时间上午9:30",
        "投标截止时间：2026年12月18日北京时间9:30",
        "递交投标文件的截止时间为：2026 年 12 月 18 日 9 时 30 分",
    ],
)
def test_a_deadline_with_beijing_time_or_spaces_inside(sentence: str) -> None:
    assert extract(text_of(sentence)).deadline == datetime(2026, 12, 18, 9, 30)


@pytest.mark.parametrize(
    "lead",
    [
        "投标人存在下列情形之一的，其投标将被认定为无效投标：",
        "投标文件有下列情形之一的，视为未对招标文件作出实质性响应：",
        "下列情况属于重大偏差：",
    ],
)
def test_grounds_introduced_as_invalid_unresponsive_or_a_major_deviation(lead: str) -> None:
    found = extract(text_of(lead, "（1）未按要求提交投标保证金的；", "（2）投标有效期不足的。"))
    assert [(i.kind, i.text) for i in found.items] == [
        ("rejection", "未按要求提交投标保证金的；"),
        ("rejection", "投标有效期不足的。"),
    ]


def _rows(*rows: str) -> TenderText:
    return TenderText(
        "t.docx", tuple(Block(r, None, n, "", True, n) for n, r in enumerate(rows, 1))
    )


def test_a_front_table_of_four_columns_gives_its_value_cells() -> None:
    """序号 | 条款号 | 条款名称 | 编列内容: the list is in the cell after the one naming it, and the
    numbers before that say nothing."""
    found = extract(
        _rows(
            "序号 | 条款号 | 条款名称 | 编列内容",
            "2 | 1.4.1 | 投标人资格要求 | 1.具有独立承担民事责任的能力；\n2.具有良好的商业信誉。",
            "4 | 1.10.2 | 投标人提出问题的截止时间 | 2026年12月12日17时",
            "6 | 3.1.1 | 投标文件组成 | （1）投标函；（2）报价表",
        )
    )
    assert [(i.kind, i.text) for i in found.items] == [
        ("qualification", "具有独立承担民事责任的能力"),
        ("qualification", "具有良好的商业信誉"),
        ("other", "投标人提出问题的截止时间 | 2026年12月12日17时"),
        ("document", "投标函"),
        ("document", "报价表"),
    ]


def test_an_asterisk_marks_substantive_clauses_in_a_tender_without_any_star() -> None:
    """A tender that marks its substantive clauses with * alone, without a legend."""
    found = extract(
        text_of(
            "1. *通量：单次可处理样本数不少于96个。",
            "2. 提供7*24小时技术支持。",
            "* 注：价格含税。",
        )
    )
    assert [i.text for i in found.items if i.kind == "substantive"] == [
        "*通量：单次可处理样本数不少于96个。"
    ]


def test_in_a_tender_marking_with_stars_an_asterisk_marks_nothing() -> None:
    found = extract(text_of("★1. 交货期：30日内。", "2. *通量不少于96个。"))
    assert [i.text for i in found.items if i.kind == "substantive"] == ["★交货期：30日内。"]


def test_a_late_bid_returned_unopened_is_a_ground() -> None:
    for sentence in (
        "在投标截止时间以后送达的投标文件，招标人将原封退回。",
        "逾期送达的响应文件，采购人不予开启。",
    ):
        assert [(i.kind, i.text) for i in extract(text_of(sentence)).items] == [
            ("rejection", sentence)
        ]


def test_the_papers_grouped_under_titles_are_items() -> None:
    """投标文件应包括：（一）资格证明文件 1.… （二）商务文件 1.…: a group's title ends with 文件,
    部分, 材料 or 资料; a form's title (二、法定代表人授权委托书) does not, and its body is no
    item."""
    found = extract(
        text_of(
            "投标文件应包括下列内容：",
            "（一）资格证明文件",
            "1.营业执照副本复印件；",
            "（二）商务部分",
            "1.投标函；",
            "（三）法定代表人授权委托书",
            "1.本授权委托书自签署之日起生效；",
        )
    )
    assert [i.text for i in found.items] == [
        "资格证明文件",
        "营业执照副本复印件；",
        "商务部分",
        "投标函；",
        "法定代表人授权委托书",
    ]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "二、投标人资格要求",
            "具有独立承担民事责任的能力；",
            "具有良好的商业信誉。",
            "三、投标截止时间",
        ),
        (
            "投标人资格要求：",
            "● 具有独立承担民事责任的能力",
            "● 具有良好的商业信誉",
            "投标保证金：无",
        ),
    ],
)
def test_items_without_numbers_ending_with_semicolons_or_bulleted(paragraphs) -> None:
    found = extract(text_of(*paragraphs))
    assert [(i.kind, i.text.rstrip("；。")) for i in found.items] == [
        ("qualification", "具有独立承担民事责任的能力"),
        ("qualification", "具有良好的商业信誉"),
    ]


def test_a_paragraph_below_a_lead_is_no_item_when_no_item_ends_with_a_semicolon() -> None:
    found = extract(text_of("二、投标人资格要求", "投标人应符合招标公告的要求。", "三、其他"))
    assert found.items == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("某市智慧城管平台运维服务项目竞争性磋商文件", "某市智慧城管平台运维服务项目"),
        ("某县医院耗材项目竞争性谈判文件", "某县医院耗材项目"),
        ("某医院设备采购项目招标文件（货物类）", "某医院设备采购项目"),
        ("某区道路改造工程EPC总承包招标文件", "某区道路改造工程"),
        ("某市医院设备采购项目\n竞争性磋商文件", "某市医院设备采购项目"),
    ],
)
def test_the_project_from_a_title_naming_the_procedure(title: str, expected: str) -> None:
    assert extract(text_of(*title.split("\n"), "第一章 投标邀请")).project == expected


@pytest.mark.parametrize(
    "legend",
    [
        "技术参数（★为必须满足项）",
        "注：“★”表示实质性要求。",
        "★代表实质性条款，▲代表重要条款。",
        "其中标“★”的为实质性要求",
    ],
)
def test_more_legends_about_stars(legend: str) -> None:
    assert extract(text_of(legend)).items == []


def test_samples_to_be_sent_are_an_other_item() -> None:
    sentence = "样品：投标人须在投标截止时间前将样品送至采购人处。"
    assert [(i.kind, i.text) for i in extract(text_of(sentence)).items] == [("other", sentence)]


def test_a_selection_by_comparison_reads_as_a_tender() -> None:
    """比选 (state-owned companies' comparison selection): 比选文件, 比选地点, 比选申请文件, and the
    应答文件 of some buyers."""
    found = extract(
        text_of(
            "某集团办公楼物业服务项目比选文件",
            "三、比选地点：某集团总部五楼会议室",
            "五、比选申请文件的组成",
            "1.比选申请函；",
            "六、应答文件应包括下列内容：",
            "1.应答函；",
        )
    )
    assert (found.project, found.opening_place) == (
        "某集团办公楼物业服务项目",
        "某集团总部五楼会议室",
    )
    assert [(i.kind, i.text) for i in found.items] == [
        ("document", "比选申请函；"),
        ("document", "应答函；"),
    ]


def test_word_bullets_are_read_as_a_list(tmp_path) -> None:
    """Word's bullets (a List Bullet paragraph) render as • , so that a list of them is read as
    a list, though its items end with no ；."""
    import docx

    from desktop.services.bids.tender_reading import read_document

    document = docx.Document()
    document.add_paragraph("投标人资格要求：")
    document.add_paragraph("具有独立承担民事责任的能力", style="List Bullet")
    document.add_paragraph("具有良好的商业信誉和健全的财务会计制度", style="List Bullet")
    document.add_paragraph("投标截止时间：2026年12月18日9:30")
    document.save(str(tmp_path / "b.docx"))
    found = extract(read_document(tmp_path / "b.docx"))
    assert [(i.kind, i.text) for i in found.items] == [
        ("qualification", "具有独立承担民事责任的能力"),
        ("qualification", "具有良好的商业信誉和健全的财务会计制度"),
    ]


def test_a_table_whose_header_names_the_list() -> None:
    found = extract(
        _rows(
            "序号 | 无效投标的情形",
            "1 | 投标文件未按要求签署、盖章的",
            "2 | 投标报价超过最高限价的",
        )
    )
    assert [(i.kind, i.text) for i in found.items] == [
        ("rejection", "投标文件未按要求签署、盖章的"),
        ("rejection", "投标报价超过最高限价的"),
    ]


def test_the_buyer_s_own_clarification_deadline_is_no_item() -> None:
    found = extract(
        text_of(
            "3.2 采购人对已发出的招标文件进行必要澄清或者修改的，应当在投标截止时间至少15日前，"
            "以书面形式通知所有获取招标文件的潜在投标人。"
        )
    )
    assert found.items == []


@pytest.mark.parametrize(
    "sentence",
    [
        "项目概况：潜在投标人应在某市公共资源交易网获取招标文件，"
        "并于2026年12月18日 09点30分（北京时间）前递交投标文件。",
        "投标人应于2026年12月18日上午9:30前将投标文件送达某市公共资源交易中心，逾期送达的不予受理。",
    ],
)
def test_a_deadline_named_only_by_the_date_before_which_bids_are_submitted(sentence: str) -> None:
    assert extract(text_of(sentence)).deadline == datetime(2026, 12, 18, 9, 30)


def test_a_date_before_which_other_papers_are_submitted_is_no_deadline() -> None:
    found = extract(
        text_of("请于2026年12月1日前提交报名材料。", "投标人应于2026年12月10日17:00前提交样品。")
    )
    assert found.deadline is None


def test_a_scoring_rule_about_samples_is_no_other_item() -> None:
    found = extract(
        _rows(
            "评分因素 | 分值 | 评分标准",
            "样品 | 10分 | 根据投标人提供的样品的外观、质量进行评分，优得10分，良得6分",
        )
    )
    assert found.items == []
    sentence = "样品评审：评标委员会对投标人提供的样品进行评审，样品不合格的不得分。"
    assert extract(text_of(sentence)).items == []
