"""Reading a tender document (.docx or text .pdf) into paragraphs in document order, each with
where it is: page, paragraph, section number, table row (docs/tender-reading.md).

Every file that cannot be read raises :class:`TenderReadError` with one sentence saying what to
do; nothing here shows a traceback or logs the document's text."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

from desktop.services.messages import QT_TRANSLATE_NOOP, Message, UserError
from desktop.services.xlsx_guard import OLE2_MAGIC, ZIP_MAGIC

from .numbering import Token

PDF_MAGIC = b"%PDF-"
MAX_FILE_BYTES = 200 * 1024 * 1024  # a 300-page tender with scans of certificates is ~50 MB
MAX_PAGES = 3_000


class TenderReadError(UserError):
    """A tender document that cannot be read; ``message`` is the one sentence to show."""


class Block(NamedTuple):
    """One paragraph, or one table row (its cells joined by `` | ``). A named tuple: a
    300-page tender has ten thousand, and a tuple is made three times faster than a frozen
    dataclass (docs/tender-reading.md#speed)."""

    text: str
    page: int | None  # 1-based; None for Word documents (they have no fixed pages)
    paragraph: int  # 1-based position among the document's blocks
    section: str  # the numbering path it is under, e.g. "第三章 2.1"; "" before any
    in_table: bool = False
    row: int | None = None  # 1-based row within its table
    # the numbering at its start, when the reader found it already (extraction needs it
    # too); False: not looked for (docs/tender-reading.md#speed)
    token: Token | Literal[False] | None = False

    @property
    def source(self) -> str:
        """Where the block is, e.g. ``第三章 2.1, p. 12`` or ``第二章 一, ¶ 134, row 3``."""
        place = f"p. {self.page}" if self.page is not None else f"¶ {self.paragraph}"
        if self.row is not None:
            place += f", row {self.row}"
        return f"{self.section}, {place}" if self.section else place


@dataclass(frozen=True)
class TenderText:
    name: str  # the file's name
    blocks: tuple[Block, ...]
    pages: int | None = None  # PDF only


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off: reading and extracting build tens of
    thousands of small objects that form no cycles, and the collector's passes over them
    cost about a tenth of PDFium's text extraction (docs/tender-reading.md#speed)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _refuse(text: Message, path: Path) -> TenderReadError:
    return TenderReadError(text.with_(name=path.name))


def read_document(path: Path) -> TenderText:
    """The text of the .docx or .pdf at ``path``; :class:`TenderReadError` if it cannot be read."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise TenderReadError(
            QT_TRANSLATE_NOOP("TenderReading", "Cannot read {name}: {reason}").with_(
                name=path.name, reason=exc.strerror or type(exc).__name__
            )
        ) from exc
    if not head:
        raise _refuse(QT_TRANSLATE_NOOP("TenderReading", "{name} is empty."), path)
    if size > MAX_FILE_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "TenderReading",
                "{name} is larger than {limit} MB, too large for a tender document; "
                "ask for a version without scanned attachments.",
            ).with_(limit=MAX_FILE_BYTES // (1024 * 1024)),
            path,
        )
    if head.startswith(OLE2_MAGIC):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "TenderReading",
                "{name} is an old Word .doc file or a password-protected document: open it in "
                "Word or WPS, save it as .docx without a password, then try again.",
            ),
            path,
        )
    if head.startswith(ZIP_MAGIC):
        from .docx_reader import read_docx

        with collector_paused():
            return read_docx(path)
    if head.startswith(PDF_MAGIC):
        from .pdf_reader import read_pdf

        with collector_paused():
            return read_pdf(path)
    raise _refuse(
        QT_TRANSLATE_NOOP(
            "TenderReading",
            "{name} is neither a Word document (.docx) nor a PDF; save the tender document "
            "in one of these formats.",
        ),
        path,
    )
