"""Reading a tender document (issue 15): a generated tender of about 300 pages, as .docx and
as a text PDF, read and extracted by the app against the bare library's own text extraction
of the same file (python-docx's paragraph and cell texts; PDFium's page texts), runs
interleaved in the same process: target ≤ 1.5×.

    python -m bench.tender [--pages 300] [--runs 5] [--cpu]

``--cpu`` times each run in this process's CPU time rather than on the wall clock: on a machine
that others are using too, the wall clock measures them as well (docs/tender-reading.md#speed).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .figures import Figure


def bare_docx(path: Path) -> int:
    import docx

    document = docx.Document(str(path))
    texts = [paragraph.text for paragraph in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return len(texts)


def bare_pdf(path: Path) -> int:
    """pypdfium2's own text extraction, as its documentation shows it: each page, its text
    page, ``get_text_range()``."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len([page_text(pdf, number) for number in range(len(pdf))])
    finally:
        pdf.close()


def page_text(pdf: Any, number: int) -> str:
    page = pdf[number]
    try:
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range())
        finally:
            textpage.close()
    finally:
        page.close()


def direct_pdf(path: Path) -> int:
    """The same text by PDFium's own calls, as the reader makes them (``pdfium_calls.Pages``):
    the floor below pypdfium2's objects, printed beside the target's."""
    import pypdfium2 as pdfium

    from desktop.services.bids.tender_reading.pdfium_calls import Pages

    pdf = pdfium.PdfDocument(str(path))
    try:
        pages, texts = Pages(pdf), []
        for number in range(len(pdf)):
            with pages.opened(number) as (_page, textpage):
                texts.append(pages.text(textpage))
        return len(texts)
    finally:
        pdf.close()


def ours(path: Path) -> int:
    from desktop.services.bids.tender_reading import extract, read_document

    return len(extract(read_document(path)).items)


def _interleaved(
    actions: list[Callable[[], object]],
    runs: int,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """Each action's median time in ms, the actions run in turns: A B C A B C ..., so that
    the machine's drift hits them alike."""
    for action in actions:  # warm-up: imports, OS caches
        action()
    samples: list[list[float]] = [[] for _ in actions]
    for _ in range(runs):
        for action, taken in zip(actions, samples, strict=True):
            start = clock()
            action()
            taken.append((clock() - start) * 1000)
    return [statistics.median(taken) for taken in samples]


def figures(
    folder: Path, pages: int, runs: int, clock: Callable[[], float] = time.perf_counter
) -> list[Figure]:
    from desktop.services.bids.tender_reading import read_document
    from tests.tender_docs.generate import generate_big

    docx_path, pdf_path = generate_big(folder, pages)
    found = []
    for key, path, bares in (
        ("tender_docx", docx_path, [bare_docx]),
        ("tender_pdf", pdf_path, [bare_pdf, direct_pdf]),
    ):
        app_ms, bare_ms, *floors = _interleaved(
            [lambda p=path: ours(p), *(lambda p=path, b=b: b(p) for b in bares)], runs, clock
        )
        text = read_document(path)
        size = f"{text.pages} pages" if text.pages else f"{path.stat().st_size // 1024} KB"
        note = f"{size}, {len(text.blocks):,} paragraphs and rows"
        for floor in floors:  # printed beside the target's, nothing hidden
            note += f"; against PDFium's calls made directly {floor:.1f} ms: {app_ms / floor:.2f}×"
        found.append(Figure(key, app_ms, runs, baseline=bare_ms, note=note))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.tender", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--pages", type=int, default=300, help="pages of the tender (default 300)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument(
        "--cpu", action="store_true", help="time in this process's CPU time, not the wall clock"
    )
    args = parser.parse_args(argv)
    clock = time.process_time if args.cpu else time.perf_counter
    with tempfile.TemporaryDirectory(prefix="kad-tender-") as folder:
        for figure in figures(Path(folder), args.pages, args.runs, clock):
            print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
