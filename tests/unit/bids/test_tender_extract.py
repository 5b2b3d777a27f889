"""Extraction from tender documents: the tender's data in its usual forms, and recall and
precision per kind of item on the generated documents (tests/tender_docs/), printed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest

from desktop.services.bids.tender_reading import Block, TenderText, extract, read_document
from desktop.services.bids.tender_reading.extract import _Text
from desktop.services.bids.tender_reading.patterns import ALL_PATTERNS
from tests.tender_docs import handwritten
from tests.tender_docs.documents import ALL
from tests.tender_docs.generate import cjk_font, generate
from tests.tender_docs.model import Table
from tests.tender_docs.scoring import normal, report, score

# the floors promised (docs/tender-reading.md#accuracy)
FLOORS = {"substantive": (0.95, 0.9), "rejection": (0.9, 0.0), "qualification": (0.9, 0.0)}


def text_of(*paragraphs: str) -> TenderText:
    return TenderText("t.docx", tuple(Block(p, None, n, "") for n, p in enumerate(paragraphs, 1)))


def test_every_pattern_matches_its_example() -> None:
    for pattern in ALL_PATTERNS:
        assert pattern.search(pattern.example), pattern.name


def test_a_pattern_with_keys_finds_on_the_lines_holding_one_what_it_finds_everywhere() -> None:
    """Keys only spare a pattern the lines that cannot hold a match (docs/tender-reading.md#speed):
    on every generated document, the same matches as the pattern alone."""
    keyed = [pattern for pattern in ALL_PATTERNS if pattern.keys is not None]
    assert keyed
    for make in (*ALL, *handwritten.ALL):
        texts = [
            " | ".join(row) if isinstance(part, Table) else part.text
            for part in make().body
            for row in (part.rows if isinstance(part, Table) else [()])
        ]
        doc = _Text(text_of(*texts).blocks)
        for pattern in keyed:
            assert pattern.keys is not None and any(k in pattern.example for k in pattern.keys)
            everywhere = [(i, f.span()) for i, f in doc.finditer(replace(pattern, keys=None))]
            assert [(i, f.span()) for i, f in doc.finditer(pattern)] == everywhere, pattern.name


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("投标截止时间：2026年12月18日9时30分（北京时间）", datetime(2026, 12, 18, 9, 30)),
        ("投标截止时间：2026-12-18 09:30", datetime(2026, 12, 18, 9, 30)),
        ("递交投标文件截止时间为2026年12月30日下午3点", datetime(2026, 12, 30, 15, 0)),
        ("投标截止时间：2026年12月22日下午2时30分", datetime(2026, 12, 22, 14, 30)),
        ("投标截止时间：2026年12月28日上午9时（北京时间）", datetime(2026, 12, 28, 9, 0)),
        ("投标截止时间：２０２６年１２月１６日９：３０", datetime(2026, 12, 16, 9, 30)),
        ("投标截止时间：二〇二六年十二月十八日上午九时三十分", datetime(2026, 12, 18, 9, 30)),
        ("投标截止时间：2027年1月8日（星期五）上午九时三十分", datetime(2027, 1, 8, 9, 30)),
        ("投标截止时间：二零二六年十一月三十日下午两点半", datetime(2026, 11, 30, 14, 30)),
        ("响应文件提交截止时间：2026年12月15日（星期二）上午10:00", datetime(2026, 12, 15, 10, 0)),
        ("投标截止时间：2026/12/17 14:00", datetime(2026, 12, 17, 14, 0)),
        (
            "4.2.2 | 递交投标文件截止时间 | 2026年12月22日下午2时30分",
            datetime(2026, 12, 22, 14, 30),
        ),
        ("投标截止时间：2026年12月18日下午14:30", datetime(2026, 12, 18, 14, 30)),
        ("开标时间：2026年12月19日上午9:00", datetime(2026, 12, 19, 9, 0)),
    ],
)
def test_deadline_forms(sentence: str, expected: datetime) -> None:
    assert extract(text_of(sentence)).deadline == expected


def test_a_question_deadline_is_not_the_bid_deadline() -> None:
    found = extract(
        text_of(
            "投标人提出问题的截止时间：2026年12月12日17时",
            "投标截止时间：2026年12月22日9时30分",
        )
    )
    assert found.deadline == datetime(2026, 12, 22, 9, 30)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("投标保证金：人民币贰万元整（¥20,000.00）", Decimal(20000)),
        ("投标保证金：¥20,000.00（大写：人民币贰万元整）", Decimal(20000)),
        ("投标保证金：5万元", Decimal(50000)),
        ("投标保证金金额：人民币壹拾万元整", Decimal(100000)),
        ("投标保证金：人民币壹万伍仟元整（￥15000元）", Decimal(15000)),
        ("谈判保证金：人民币伍仟元整。", Decimal(5000)),
        ("投标保证金：人民币３万元", Decimal(30000)),
        ("投标保证金：人民币壹佰贰拾叁万肆仟伍佰元整", Decimal(1234500)),
        ("投标保证金不得超过项目估算价的2%，本项目投标保证金为人民币8000元", Decimal(8000)),
        ("投标保证金（人民币）：20000.00", Decimal(20000)),
        ("本项目不收取投标保证金。", None),
        ("履约保证金：合同金额的5%，即人民币10万元", None),
    ],
)
def test_bond_forms(sentence: str, expected: Decimal | None) -> None:
    assert extract(text_of(sentence)).bid_bond == expected


def test_a_list_under_a_heading_without_a_number_ends_with_the_list() -> None:
    found = extract(
        text_of(
            "投标人资格要求",
            "1. 具有独立承担民事责任的能力；",
            "2. 具有良好的商业信誉；",
            "投标文件应按下列顺序装订：",
            "3. 投标函应加盖公章。",
        )
    )
    assert [item.text for item in found.items if item.kind == "qualification"] == [
        "具有独立承担民事责任的能力；",
        "具有良好的商业信誉；",
    ]


def test_an_item_ending_like_a_sentence_has_its_own_list_but_a_form_title_does_not() -> None:
    """The art. 22 conditions listed under the item citing the article are requirements
    each; the numbered body of a response form is not a document to submit
    (docs/tender-reading.md#items)."""
    found = extract(
        text_of(
            "二、申请人的资格要求",
            "1. 满足《中华人民共和国政府采购法》第二十二条规定：",
            "（1）具有独立承担民事责任的能力；",
            "（2）有依法缴纳税收和社会保障资金的良好记录；",
            "2. 具有有效的营业执照。",
            "三、响应文件格式",
            "（一）响应函",
            "1. 我方已仔细研究了磋商文件的全部内容；",
            "（二）报价一览表",
        )
    )
    assert [(item.kind, item.text) for item in found.items] == [
        ("qualification", "满足《中华人民共和国政府采购法》第二十二条规定："),
        ("qualification", "具有独立承担民事责任的能力；"),
        ("qualification", "有依法缴纳税收和社会保障资金的良好记录；"),
        ("qualification", "具有有效的营业执照。"),
        ("document", "响应函"),
        ("document", "报价一览表"),
    ]


def test_the_papers_proving_the_qualifications_are_documents() -> None:
    found = extract(
        text_of("资格审查资料应包括：", "（1）营业执照复印件；", "（2）近三年财务审计报告。")
    )
    assert [(item.kind, item.text) for item in found.items] == [
        ("document", "营业执照复印件；"),
        ("document", "近三年财务审计报告。"),
    ]


def test_a_row_marked_in_a_column_of_stars_is_the_row_without_its_serial_number() -> None:
    found = extract(
        TenderText(
            "t.pdf",
            (
                Block("序号 | 技术参数要求 | 备注", None, 1, "", True, 1),
                Block("3 | 系统须支持与统一身份认证平台对接 | ★", None, 2, "", True, 2),
            ),
        )
    )
    assert [(item.kind, item.text) for item in found.items] == [
        ("substantive", "系统须支持与统一身份认证平台对接 | ★")
    ]


def test_a_row_s_number_cell_is_not_part_of_its_item() -> None:
    found = extract(
        TenderText(
            "t.docx",
            (
                Block("条款号 | 条款名称 | 编列内容", None, 1, "", True, 1),
                Block("3.7.4 | 样机 | 投标截止前提交样机一台", None, 2, "", True, 2),
            ),
        )
    )
    assert [(item.kind, item.text) for item in found.items] == [
        ("other", "样机 | 投标截止前提交样机一台")
    ]


def test_a_named_deadline_wins_over_the_opening_time() -> None:
    found = extract(text_of("开标时间：2026年12月19日9:00", "投标截止时间：2026年12月18日17:00"))
    assert found.deadline == datetime(2026, 12, 18, 17, 0)


def test_a_row_that_points_elsewhere_is_no_item() -> None:
    found = extract(
        TenderText(
            "t.docx",
            (
                Block("条款号 | 条款名称 | 编列内容", None, 1, "", True, 1),
                Block("1.4.1 | 投标人资格要求 | 详见招标公告", None, 2, "", True, 2),
                Block(
                    "1.4.2 | 资质条件 | 具有二级及以上资质\n近三年无重大违法记录",
                    None,
                    3,
                    "",
                    True,
                    3,
                ),
            ),
        )
    )
    assert [(item.kind, item.text) for item in found.items] == [
        ("qualification", "具有二级及以上资质"),
        ("qualification", "近三年无重大违法记录"),
    ]


def test_a_legend_about_stars_is_not_a_starred_clause() -> None:
    found = extract(
        text_of(
            "技术参数中带★号的条款为实质性要求，投标人须在技术偏离表中逐条应答。",
            "凡标有★的条款，投标人不得出现负偏离。",
            "★质保期：整机原厂质保不少于3年。",
            "★2. 交货期：合同签订后30日内。",
        )
    )
    assert [item.text for item in found.items if item.kind == "substantive"] == [
        "★质保期：整机原厂质保不少于3年。",
        "★交货期：合同签订后30日内。",
    ]


def test_statutory_grounds_are_marked_as_the_template_items_they_are() -> None:
    found = extract(
        text_of(
            "有下列情形之一的，评标委员会应当否决其投标：",
            "（1）投标文件未经投标单位盖章和单位负责人签字；",
            "（2）投标人有串通投标、弄虚作假、行贿等违法行为；",
            "（3）投标有效期不足的。",
        )
    )
    grounds = [(item.text, item.matches) for item in found.items if item.kind == "rejection"]
    assert grounds == [
        ("投标文件未经投标单位盖章和单位负责人签字；", "art51_1"),
        ("投标人有串通投标、弄虚作假、行贿等违法行为；", "art51_7"),
        ("投标有效期不足的。", None),
    ]
    assert found.items[0].source == "¶ 2"


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory):
    return generate(tmp_path_factory.mktemp("tenders"))


@pytest.fixture(scope="module")
def by_hand(tmp_path_factory: pytest.TempPathFactory):
    """The hand-written tenders (tests/tender_docs/handwritten.py): layouts the generator does
    not make."""
    return generate(tmp_path_factory.mktemp("by-hand"), makers=handwritten.ALL)


def _fields(doc) -> dict[str, object]:
    return {
        "project": normal(doc.project),
        "tender_no": doc.tender_no,
        "deadline": doc.deadline,
        "bid_bond": doc.bid_bond,
        "opening_place": normal(doc.opening_place),
    }


@pytest.mark.parametrize("form", ["docx", "pdf"])
@pytest.mark.parametrize("written", ["generated", "by hand"])
def test_recall_and_precision_per_kind(documents, by_hand, written: str, form: str, capsys) -> None:
    if form == "pdf" and not cjk_font():
        pytest.skip("no CJK font to write the PDFs with")
    tenders = documents if written == "generated" else by_hand
    scores: dict = {}
    wrong_fields = []
    for doc, docx_path, pdf_path in tenders:
        found = extract(read_document(docx_path if form == "docx" else pdf_path))
        score(doc.expected, [(item.kind, item.text) for item in found.items], scores)
        got = {
            "project": normal(found.project),
            "tender_no": found.tender_no,
            "deadline": found.deadline,
            "bid_bond": found.bid_bond,
            "opening_place": normal(found.opening_place),
        }
        want = _fields(doc)
        wrong_fields += [
            (doc.name, key, got[key], want[key]) for key in want if got[key] != want[key]
        ]
    with capsys.disabled():
        print("\n" + report(f"{len(tenders)} tenders {written}, {form}", scores))
        for kind, s in scores.items():
            for text in s.missed:
                print(f"  missed {kind}: {text}")
            for text in s.extra:
                print(f"  extra  {kind}: {text[:70]}")
    assert wrong_fields == []
    for kind, (recall, precision) in FLOORS.items():
        assert scores[kind].recall >= recall, kind
        assert scores[kind].precision >= precision, kind


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_a_block_carries_the_number_extraction_would_find(documents, by_hand, form: str) -> None:
    """The reader passes on the number it found at a block's start (``Block.token``,
    docs/tender-reading.md#speed): the one extraction finds in the folded block."""
    from desktop.services.bids.tender_reading.numbering import fold, heading_token

    if form == "pdf" and not cjk_font():
        pytest.skip("no CJK font to write the PDFs with")

    def level_end(token):
        return None if token is None else (token.level, token.end)

    known = total = 0
    for _doc, docx_path, pdf_path in (*documents, *by_hand):
        for block in read_document(docx_path if form == "docx" else pdf_path).blocks:
            total += 1
            if block.token is not False:
                known += 1
                assert level_end(block.token) == level_end(heading_token(fold(block.text)))
    assert known > total / 2


@pytest.mark.parametrize(
    ("ground", "key"),
    [
        ("投标报价高于招标文件设定的最高限价的；", "art51_5"),
        ("报价超过１００万元，最高限价另行公布", None),  # a comma between: not the rule
        ("投标文件未经投标单位盖章和单位负责人签字（签名）；", "art51_1"),
        ("（３）投标文件没有对招标文件的实质性要求和条件作出响应；", "art51_6"),
    ],
)
def test_art51_grounds_are_matched_alike_folded_or_not(ground: str, key: str | None) -> None:
    """The art. 51 rules are matched on an item's text as it is (docs/tender-reading.md#speed):
    folding it changes nothing."""
    from desktop.services.bids.tender_reading.extract import _statutory
    from desktop.services.bids.tender_reading.numbering import fold

    assert _statutory(ground) == _statutory(fold(ground)) == key
