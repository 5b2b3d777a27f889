"""Text PDFs, with PDFium (pypdfium2): lines joined into paragraphs, page numbers kept
(docs/tender-reading.md#pdf)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from desktop.services.messages import QT_TRANSLATE_NOOP

from .numbering import SectionTracker, heading_token
from .reader import MAX_PAGES, Block, TenderReadError, TenderText, _refuse

PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD
# page headers and footers: "第 3 页 共 120 页", "- 3 -", "3 / 120"
PAGE_NUMBER = re.compile(r"^(第\s*\d+\s*页.*|-?\s*\d+\s*-?|\d+\s*/\s*\d+|共\s*\d+\s*页.*)$")
ENDS = ("。", "；", ";", "：", ":", "！", "？", "|")
MIN_TEXT_PER_PAGE = 20  # fewer characters per page on average: a scan with a stray label


def read_pdf(path: Path) -> TenderText:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == PASSWORD_ERROR:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "TenderReading",
                    "{name} is protected by a password; ask for a copy without one.",
                ),
                path,
            ) from exc
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "TenderReading",
                "{name} is damaged and cannot be read as a PDF; ask for a new copy.",
            ),
            path,
        ) from exc
    try:
        if len(pdf) > MAX_PAGES:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "TenderReading",
                    "{name} has more than {limit} pages, too many for a tender document.",
                ).with_(limit=MAX_PAGES),
                path,
            )
        pages = [page_text(pdf, number) for number in range(len(pdf))]
    except pdfium.PdfiumError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "TenderReading",
                "{name} is damaged and cannot be read as a PDF; ask for a new copy.",
            ),
            path,
        ) from exc
    finally:
        pdf.close()
    if sum(len(text.strip()) for text in pages) < MIN_TEXT_PER_PAGE * max(1, len(pages)):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "TenderReading",
                "{name}: this PDF has no text layer (a scan); ask for the Word version or a "
                "text PDF.",
            ),
            path,
        )
    return TenderText(path.name, tuple(_blocks(pages)), len(pages))


def page_text(pdf: object, number: int) -> str:
    """One page's text as PDFium lays it out (also what the benchmark calls bare)."""
    page = pdf[number]  # type: ignore[index]
    try:
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range())
        finally:
            textpage.close()
    finally:
        page.close()


def _blocks(pages: list[str]) -> Iterator[Block]:
    """Lines become paragraphs: a line starts a new one after a line that ends a sentence or
    stops short of the page's width, or when it starts with a number or a ★."""
    sections = SectionTracker()
    count = 0
    for page_number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.splitlines()]
        lines = [line for line in lines if line and not PAGE_NUMBER.match(line)]
        if not lines:
            continue
        width = max(len(line) for line in lines)
        current: list[str] = []
        token = None
        for line in lines:
            line_token = heading_token(line)
            starts = (
                not current
                or line_token is not None
                or line.startswith(("★", "☆"))
                or current[-1].endswith(ENDS)
                or len(current[-1]) < 0.8 * width
            )
            if starts and current:
                count += 1
                yield Block("".join(current), page_number, count, sections.see(token))
                current = []
            if not current:
                token = line_token
            current.append(line)
        if current:
            count += 1
            yield Block("".join(current), page_number, count, sections.see(token))


__all__ = ["TenderReadError", "read_pdf"]
