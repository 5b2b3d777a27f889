"""Reading tender documents: Word paragraphs and tables in order with their numbering, PDF
text with page numbers and table rows, and one clear sentence for each file that cannot be
read (docs/tender-reading.md)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest

from desktop.app import main
from desktop.services.bids.tender_reading import TenderReadError, read_document
from desktop.services.xlsx_guard import OLE2_MAGIC
from tests.tender_docs.documents import auto_numbered, engineering
from tests.tender_docs.generate import cjk_font, write_docx, write_pdf

needs_font = pytest.mark.skipif(not cjk_font(), reason="no CJK font to write PDFs with")


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("第一章 招标公告")
    document.add_paragraph("1. 投标人资格要求")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("条款名称", "编列内容"), ("投标保证金", "人民币贰万元整")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("2. 投标文件")
    document.save(str(path))
    return path


def test_word_paragraphs_and_table_rows_come_in_document_order(tmp_path: Path) -> None:
    blocks = read_document(_docx(tmp_path / "t.docx")).blocks
    assert [(b.text, b.in_table, b.row, b.section) for b in blocks] == [
        ("第一章 招标公告", False, None, "第一章"),
        ("1. 投标人资格要求", False, None, "第一章 1"),
        ("条款名称 | 编列内容", True, 1, "第一章 1"),
        ("投标保证金 | 人民币贰万元整", True, 2, "第一章 1"),
        ("2. 投标文件", False, None, "第一章 2"),
    ]
    assert [b.paragraph for b in blocks] == [1, 2, 3, 4, 5]
    assert blocks[3].source == "第一章 1, ¶ 4, row 2"


def test_word_automatic_numbering_is_rendered_as_text(tmp_path: Path) -> None:
    doc = auto_numbered()
    write_docx(doc, tmp_path / "auto.docx")
    texts = [b.text for b in read_document(tmp_path / "auto.docx").blocks]
    first = doc.expected[0][1]
    assert f"1.{first}" in texts or f"1. {first}" in texts
    second = doc.expected[1][1]
    assert any(text.startswith("2.") and text.endswith(second) for text in texts)


@needs_font
def test_pdf_text_keeps_its_pages_and_table_rows(tmp_path: Path) -> None:
    write_pdf(engineering(), tmp_path / "e.pdf")
    text = read_document(tmp_path / "e.pdf")
    assert text.pages == 2
    assert text.blocks[0].page == 1 and text.blocks[-1].page == 2
    row = next(b for b in text.blocks if b.text.startswith("1.1.5"))
    assert (row.text, row.in_table) == ("1.1.5 | 招标编号 | JSGC-2026-118", True)
    deadline = next(b for b in text.blocks if "递交投标文件截止时间" in b.text)
    assert deadline.text == "4.2.2 | 递交投标文件截止时间 | 2026年12月22日下午2时30分"
    assert "第二章" in deadline.source and "p. 1" in deadline.source


def _scanned_pdf(path: Path) -> Path:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    picture = io.BytesIO()
    Image.new("RGB", (200, 280), "white").save(picture, "PNG")
    canvas = Canvas(str(path))
    for _page in range(2):
        canvas.drawImage(ImageReader(io.BytesIO(picture.getvalue())), 50, 50, 500, 700)
        canvas.showPage()
    canvas.save()
    return path


def _encrypted_pdf(path: Path) -> Path:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), encrypt=StandardEncryption("secret", ownerPassword="owner"))
    canvas.drawString(100, 700, "Tender document")
    canvas.save()
    return path


def _damaged_docx(path: Path) -> Path:
    whole = _docx(path).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<" + b" " * (40 * 1024 * 1024) + b"/>")
    return path


def _entity_docx(path: Path) -> Path:
    source = _docx(path.with_name("plain.docx"))
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as archive:
        for member in original.infolist():
            data = original.read(member)
            if member.filename == "word/document.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>', 1)
            archive.writestr(member, data)
    return path


def _zip_not_word(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return path


CASES = {
    "scanned.pdf": (
        _scanned_pdf,
        "scanned.pdf: this PDF has no text layer (a scan); ask for the Word version or a text PDF.",
    ),
    "old.doc": (
        lambda p: p.write_bytes(OLE2_MAGIC + b"\0" * 504) and p,
        "old.doc is an old Word .doc file or a password-protected document: open it in Word or "
        "WPS, save it as .docx without a password, then try again.",
    ),
    "locked.pdf": (
        _encrypted_pdf,
        "locked.pdf is protected by a password; ask for a copy without one.",
    ),
    "broken.pdf": (
        lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj garbage") and p,
        "broken.pdf is damaged and cannot be read as a PDF; ask for a new copy.",
    ),
    "half.docx": (
        _damaged_docx,
        "half.docx is damaged or incomplete (the file ends too early).",
    ),
    "bomb.docx": (
        _zip_bomb,
        "bomb.docx is packed suspiciously tightly (a zip bomb?); not opened.",
    ),
    "entities.docx": (
        _entity_docx,
        "entities.docx contains XML entity declarations, which Word documents do not need; "
        "it was not opened.",
    ),
    "archive.docx": (
        _zip_not_word,
        "archive.docx is a zip archive but not a Word document (.docx); open the tender "
        "document itself.",
    ),
    "empty.docx": (lambda p: p.write_bytes(b"") or p, "empty.docx is empty."),
    "notes.txt": (
        lambda p: p.write_text("招标文件") and p,
        "notes.txt is neither a Word document (.docx) nor a PDF; save the tender document in "
        "one of these formats.",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_unreadable_file_gets_one_sentence(tmp_path: Path, name: str) -> None:
    make, sentence = CASES[name]
    if name.endswith(".pdf") and name != "broken.pdf":
        pytest.importorskip("reportlab")
    path = tmp_path / name
    make(path)
    with pytest.raises(TenderReadError) as caught:
        read_document(path)
    assert caught.value.message.render() == sentence


def test_the_command_line_says_it_in_one_line_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _scanned_pdf(tmp_path / "scan.pdf")
    assert main(["tender-read", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "tender-read: scan.pdf: this PDF has no text layer (a scan); ask for the Word version "
        "or a text PDF."
    ]


def test_the_command_line_prints_one_json_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = engineering()
    write_docx(doc, tmp_path / "e.docx")
    assert main(["tender-read", str(tmp_path / "e.docx"), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert set(found) == {"project", "tender_no", "deadline", "bid_bond", "items"}
    assert found["project"] == "某区污水处理厂提标改造工程"
    assert found["tender_no"] == "JSGC-2026-118"
    assert found["deadline"] == "2026-12-22T14:30"
    assert found["bid_bond"] == 150000
    kinds = {item["kind"] for item in found["items"]}
    assert kinds == {"qualification", "substantive", "rejection", "document", "other"}
    assert all(set(item) == {"kind", "text", "source"} for item in found["items"])
    ground = next(i for i in found["items"] if i["text"].endswith("没有提交共同投标协议；"))
    assert ground["source"].startswith("第三章 3.1.2")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Bid deadline: 2026-12-22 14:30", "Bid bond: 150,000.00 yuan"]),
        ("zh_CN", ["投标截止时间：2026-12-22 14:30", "投标保证金：150,000.00 元"]),
    ],
)
def test_the_command_line_summary_is_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, expected: list[str]
) -> None:
    write_docx(engineering(), tmp_path / "e.docx")
    assert main(["tender-read", str(tmp_path / "e.docx"), "--lang", language]) == 0
    lines = capsys.readouterr().out.splitlines()
    for line in expected:
        assert line in lines


def test_workbooks_keep_defusedxml_though_python_docx_brings_lxml() -> None:
    import openpyxl.xml

    assert openpyxl.xml.DEFUSEDXML and not openpyxl.xml.LXML


@needs_font
def test_pdf_direct_calls_give_what_pypdfium2_gives(tmp_path: Path) -> None:
    """The reader calls PDFium directly where pypdfium2's wrappers cost too much
    (docs/tender-reading.md#speed): the same text of every page, the same boxes for every
    character and every path."""
    import ctypes

    import pypdfium2 as pdfium

    from desktop.services.bids.tender_reading.pdf_tables import path_bounds
    from desktop.services.bids.tender_reading.pdfium_calls import Pages, charboxes

    write_pdf(engineering(), tmp_path / "e.pdf")
    pdf = pdfium.PdfDocument(str(tmp_path / "e.pdf"))
    try:
        pages = Pages(pdf)
        pages._buffer = (ctypes.c_ushort * 8)()  # too small for a page: it grows
        for number in range(len(pdf)):
            page = pdf[number]
            textpage = page.get_textpage()
            with pages.opened(number) as (page_handle, textpage_handle):
                assert pages.text(textpage_handle) == textpage.get_text_range()
                charbox = charboxes(textpage_handle)
                chars = range(textpage.count_chars())
                assert [charbox(i) for i in chars] == [textpage.get_charbox(i) for i in chars]
                paths = [
                    o.get_bounds() for o in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH])
                ]
                assert path_bounds(page_handle) == paths
                assert number > 0 or len(paths) > 10  # the first page's table's cells
            textpage.close()
            page.close()
        assert len(pages._buffer) > 8
    finally:
        pdf.close()


def test_folding_gives_what_the_translation_table_gives() -> None:
    from desktop.services.bids.tender_reading.numbering import FOLD, fold

    text = "第三章　投标人须知（１）：投标保证金１２，０００元；ａｂ\xa0ＡＢ！～ plain 中文"
    folded = "第三章 投标人须知(1):投标保证金12,000元;ab AB!~ plain 中文"
    assert fold(text) == text.translate(FOLD) == folded
    assert fold("no full-width") == "no full-width"


def test_a_page_is_searched_for_ruling_lines_when_its_text_has_a_cell_gap() -> None:
    """Only a page whose text looks tabular has its objects walked (docs/tender-reading.md#speed):
    a space after a Chinese character, but not in a spaced-out title or a date's time of day."""
    from desktop.services.bids.tender_reading.pdf_reader import CELL_GAP

    tabular = ("序号 内容 要求", "投标人 | 资质", "1 营业执照 是 否", "开标时间 2026年12月17日",
               "日期 上午", "（一） 项目", "招标 文 件", "17日 9:30")  # fmt: skip
    running = ("投标人须知前附表", "第一章 招标公告", "招 标 文 件\r\n第一章", "招 标",
               "2026年12月17日 上午09:30", "17日 下午2:30（北京时间）", "Word 2016")  # fmt: skip
    assert [text for text in tabular if not CELL_GAP.search(text)] == []
    assert [text for text in running if CELL_GAP.search(text)] == []


def test_a_point_falls_in_the_cell_its_boundaries_say() -> None:
    """Cells are found by bisecting the boundaries (docs/tender-reading.md#speed): a point on
    an inner boundary belongs to the cell below or to its right, as scanning them gave."""
    from desktop.services.bids.tender_reading.pdf_tables import Grid

    grid = Grid([700.0, 650.0, 600.0], [50.0, 150.0, 400.0])  # rows top down, columns
    assert grid.cell_of(100, 680) == (0, 0)
    assert grid.cell_of(300, 620) == (1, 1)
    assert grid.cell_of(150, 650) == (1, 1)  # on both inner boundaries
    assert grid.cell_of(149.9, 650.1) == (0, 0)
    assert grid.cell_of(50, 680) is None and grid.cell_of(100, 700) is None
    assert grid.cell_of(500, 680) is None and grid.cell_of(100, 590) is None


def test_section_paths_come_back_the_same_when_levels_repeat() -> None:
    from desktop.services.bids.tender_reading.numbering import SectionTracker, heading_token

    tracker = SectionTracker()
    texts = ("第三章 评标", "1.1 总则", "（1）甲", "1.2 否决", "（1）乙", "第四章 合同",
             "1.1 范围", "第三章 评标", "1.1 总则", "正文")  # fmt: skip
    seen = [tracker.see(heading_token(text)) for text in texts]
    assert seen == [
        "第三章", "第三章 1.1", "第三章 1.1（1）", "第三章 1.2", "第三章 1.2（1）", "第四章",
        "第四章 1.1", "第三章", "第三章 1.1", "第三章 1.1",
    ]  # fmt: skip


def test_reading_gives_the_garbage_collector_back(tmp_path: Path) -> None:
    """Reading holds the collector off (docs/tender-reading.md#speed) and turns it back on,
    also when the file cannot be read."""
    import gc

    from desktop.services.bids.tender_reading import extract

    assert gc.isenabled()
    extract(read_document(_docx(tmp_path / "t.docx")))
    assert gc.isenabled()
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.7 damaged")
    with pytest.raises(TenderReadError):
        read_document(tmp_path / "bad.pdf")
    assert gc.isenabled()
    gc.disable()
    try:
        read_document(_docx(tmp_path / "t.docx"))
        assert not gc.isenabled()  # left as it was
    finally:
        gc.enable()


def test_numbers_are_found_in_full_width_forms_as_in_folded_text() -> None:
    """``heading_token`` matches full-width numbering without folding the line first
    (docs/tender-reading.md#speed): the same level and end as on the folded line, the label
    as written."""
    from desktop.services.bids.tender_reading.numbering import fold, heading_token

    cases = {
        "１．２．３　技术要求": (6, "１．２．３"),
        "（一）资格要求": (3, "（一）"),
        "一．总则": (2, "一"),
        "１２、投标文件": (4, "１２"),
        "（１２）营业执照": (10, "（１２）"),
        "１）营业执照": (10, "１）"),
        "A．技术部分": (12, "A"),
        "★（１）质保期": (10, "（１）"),
        "★＊1.2 交货期": (5, "1.2"),
        "第　三　章　投标人须知": (0, "第　三　章"),
        "１．５％的保证金": None,
        "２０２６年１２月": None,
        "Ａｂ．不是编号": None,
    }
    for text, expected in cases.items():
        token, folded = heading_token(text), heading_token(fold(text))
        assert (token and (token.level, token.label)) == expected, text
        assert (token and (token.level, token.end)) == (folded and (folded.level, folded.end))


@needs_font
def test_pdf_table_ruled_with_line_segments_is_read_by_cell(tmp_path: Path) -> None:
    """Ruling lines drawn as segments make a table as cell rectangles do (pdf_reader._grids)."""
    from reportlab.pdfgen.canvas import Canvas

    from tests.tender_docs.generate import FONT

    canvas = Canvas(str(tmp_path / "lines.pdf"))
    canvas.setFont(FONT, 10.5)
    canvas.drawString(60, 760, "第一章 投标人须知前附表")
    left, middle, right, top = 56.0, 200.0, 540.0, 740.0
    rows = [("条款名称", "编列内容"), ("投标保证金", "人民币贰万元整"), ("开标地点", "第三开标室")]
    for n, (name, value) in enumerate(rows):
        y = top - n * 24
        canvas.drawString(left + 4, y - 16, name)
        canvas.drawString(middle + 4, y - 16, value)
    for n in range(len(rows) + 1):
        canvas.line(left, top - n * 24, right, top - n * 24)
    for x in (left, middle, right):
        canvas.line(x, top, x, top - len(rows) * 24)
    canvas.drawString(60, 640, "第二章 投标文件格式" + "，说明" * 30)
    canvas.save()
    blocks = read_document(tmp_path / "lines.pdf").blocks
    assert [(b.text, b.row) for b in blocks if b.in_table] == [
        ("条款名称 | 编列内容", 1),
        ("投标保证金 | 人民币贰万元整", 2),
        ("开标地点 | 第三开标室", 3),
    ]
    assert blocks[0].text == "第一章 投标人须知前附表" and not blocks[0].in_table
