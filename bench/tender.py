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

from .figures import Figure


def bare_docx(path: Path) -> int:
    import docx

    document = docx.Document(str(path))
    texts = [paragraph.text for paragraph in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return len(texts)


def bare_pdf(path: Path) -> int:
    import pypdfium2 as pdfium

    from desktop.services.bids.tender_reading.pdf_reader import page_text

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len([page_text(pdf, number) for number in range(len(pdf))])
    finally:
        pdf.close()


def ours(path: Path) -> int:
    from desktop.services.bids.tender_reading import extract, read_document

    return len(extract(read_document(path)).items)


def _interleaved(
    app: Callable[[], object],
    bare: Callable[[], object],
    runs: int,
    clock: Callable[[], float] = time.perf_counter,
):
    app(), bare()  # warm-up: imports, OS caches
    apps, bares = [], []
    for _ in range(runs):  # A B A B ...: the machine's drift hits both alike
        for action, samples in ((app, apps), (bare, bares)):
            start = clock()
            action()
            samples.append((clock() - start) * 1000)
    return statistics.median(apps), statistics.median(bares)


def figures(
    folder: Path, pages: int, runs: int, clock: Callable[[], float] = time.perf_counter
) -> list[Figure]:
    from desktop.services.bids.tender_reading import read_document
    from tests.tender_docs.generate import generate_big

    docx_path, pdf_path = generate_big(folder, pages)
    found = []
    for key, path, bare in (
        ("tender_docx", docx_path, bare_docx),
        ("tender_pdf", pdf_path, bare_pdf),
    ):
        app_ms, bare_ms = _interleaved(
            lambda p=path: ours(p), lambda p=path, b=bare: b(p), runs, clock
        )
        text = read_document(path)
        size = f"{text.pages} pages" if text.pages else f"{path.stat().st_size // 1024} KB"
        note = f"{size}, {len(text.blocks):,} paragraphs and rows"
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
