"""Writes the generated tender documents as .docx (python-docx) and text .pdf (reportlab with
a CJK font), with their expectations as JSON:

    python -m tests.tender_docs.generate OUT_DIR [--pages 300] [--handwritten]

``--pages`` also writes ``big.docx`` and ``big.pdf``, a tender of about that many pages (the
documents repeated as chapters), for the benchmark (bench/tender.py)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

from . import handwritten
from .documents import ALL
from .model import Para, Table, TenderDoc

FONTS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
         "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
         "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")  # fmt: skip
FONT = "CJK"
SIZE = 10.5


def write_docx(doc: TenderDoc, path: Path, body: Iterable[Para | Table] | None = None) -> None:
    import docx

    document = docx.Document()
    for part in doc.body if body is None else body:
        if isinstance(part, Table):
            table = document.add_table(rows=len(part.rows), cols=len(part.rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(part.rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        elif part.auto_number:
            document.add_paragraph(part.text, style="List Number")
        elif part.bullet:
            document.add_paragraph(part.text, style="List Bullet")
        elif part.heading:
            document.add_paragraph().add_run(part.text).bold = True
        else:
            document.add_paragraph(part.text)
    document.save(str(path))


@cache
def cjk_font() -> bool:
    """Registers a CJK font with reportlab; False when the machine has none."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for font in FONTS:
        if Path(font).exists():
            pdfmetrics.registerFont(TTFont(FONT, font, subfontIndex=0))
            return True
    return False


def _wrap(text: str, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        for char in paragraph:
            wide = _width(char)
            if used + wide > width:
                lines.append(line)
                line, used = "", 0.0
            line += char
            used += wide
        lines.append(line)
    return lines


@cache
def _width(char: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(char, FONT, SIZE))


class _Pdf:
    """A4 pages of wrapped paragraphs and ruled tables, a page number at the foot."""

    def __init__(self, path: Path) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen.canvas import Canvas

        self.canvas = Canvas(str(path), pagesize=A4)
        self.width, self.height = A4
        self.margin = 56.0
        self.leading = SIZE * 1.6
        self.page = 1
        self.y = self.height - self.margin
        self.canvas.setFont(FONT, SIZE)

    def _room(self, height: float) -> None:
        if self.y - height < self.margin:
            self.canvas.drawCentredString(self.width / 2, self.margin / 2, f"- {self.page} -")
            self.canvas.showPage()
            self.canvas.setFont(FONT, SIZE)
            self.page += 1
            self.y = self.height - self.margin

    def paragraph(self, text: str, indent: float = 0) -> None:
        for line in _wrap(text, self.width - 2 * self.margin - indent):
            self._room(self.leading)
            self.canvas.drawString(self.margin + indent, self.y - SIZE, line)
            self.y -= self.leading
        self.y -= SIZE * 0.4

    def table(self, rows: tuple[tuple[str, ...], ...]) -> None:
        total = self.width - 2 * self.margin
        longest = [min(30, max(len(row[c]) for row in rows)) + 4 for c in range(len(rows[0]))]
        widths = [total * n / sum(longest) for n in longest]
        for row in rows:
            cells = [_wrap(value, width - 8) for value, width in zip(row, widths, strict=True)]
            height = max(len(lines) for lines in cells) * self.leading + 6
            self._room(height)
            x = self.margin
            for lines, width in zip(cells, widths, strict=True):
                self.canvas.rect(x, self.y - height, width, height)
                for n, line in enumerate(lines):
                    self.canvas.drawString(x + 4, self.y - 3 - SIZE - n * self.leading, line)
                x += width
            self.y -= height
        self.y -= SIZE

    def save(self) -> None:
        self.canvas.drawCentredString(self.width / 2, self.margin / 2, f"- {self.page} -")
        self.canvas.save()


def write_pdf(doc: TenderDoc, path: Path, body: Iterable[Para | Table] | None = None) -> None:
    if not cjk_font():
        raise RuntimeError("no CJK font to write the PDF with")
    pdf = _Pdf(path)
    number = 0
    for part in doc.body if body is None else body:
        if isinstance(part, Table):
            pdf.table(part.rows)
        elif part.auto_number:  # what Word would show
            number += 1
            pdf.paragraph(f"{number}. {part.text}")
        elif part.bullet:
            pdf.paragraph(f"• {part.text}")
        else:
            pdf.paragraph(part.text)
    pdf.save()


def expectation(doc: TenderDoc) -> dict[str, object]:
    return {
        "project": doc.project,
        "tender_no": doc.tender_no,
        "deadline": doc.deadline.strftime("%Y-%m-%dT%H:%M"),
        "bid_bond": float(doc.bid_bond) if doc.bid_bond is not None else None,
        "opening_place": doc.opening_place,
        "items": [{"kind": kind, "text": text} for kind, text in doc.expected],
    }


def big_body(pages: int) -> list[Para | Table]:
    """Every document's body in turn, as chapters, until about ``pages`` A4 pages."""
    body: list[Para | Table] = []
    chars = 0
    while chars < pages * 700:  # about 700 characters a page: headings, lists and tables
        for make in ALL:
            for part in make().body:
                body.append(part)
                chars += (
                    len(part.text)
                    if isinstance(part, Para)
                    else sum(map(len, part.rows[0])) * len(part.rows) * 3
                )
    return body


def generate(
    folder: Path, pdf: bool = True, makers: Iterable[Callable[[], TenderDoc]] = ALL
) -> list[tuple[TenderDoc, Path, Path | None]]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for make in makers:
        doc = make()
        docx_path = folder / f"{doc.name}.docx"
        write_docx(doc, docx_path)
        pdf_path = folder / f"{doc.name}.pdf" if pdf and cjk_font() else None
        if pdf_path is not None:
            write_pdf(doc, pdf_path)
        (folder / f"{doc.name}.json").write_text(
            json.dumps(expectation(doc), ensure_ascii=False, indent=1), encoding="utf-8"
        )
        written.append((doc, docx_path, pdf_path))
    return written


def generate_big(folder: Path, pages: int) -> tuple[Path, Path]:
    first = ALL[0]()
    body = big_body(pages)
    write_docx(first, folder / "big.docx", body)
    write_pdf(first, folder / "big.pdf", body)
    return folder / "big.docx", folder / "big.pdf"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, help="also write big.docx and big.pdf")
    parser.add_argument(
        "--handwritten", action="store_true", help="the hand-written tenders (handwritten.py)"
    )
    args = parser.parse_args()
    makers = handwritten.ALL if args.handwritten else ALL
    for doc, docx_path, _pdf in generate(args.folder, makers=makers):
        print(doc.name, docx_path)
    if args.pages:
        print(*generate_big(args.folder, args.pages))


if __name__ == "__main__":
    main()
