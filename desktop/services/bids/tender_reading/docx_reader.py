"""Word documents: paragraphs and table rows in body order, automatic list numbers rendered
as text (docs/tender-reading.md#word-documents)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.xlsx_guard import Limits, zip_members

from .numbering import SectionTracker, format_number, heading_token
from .reader import Block, TenderReadError, TenderText, _refuse

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, TBL, TR, TC, SDT, SDT_CONTENT = (W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
T, TAB, BR, CR = (W + t for t in ("t", "tab", "br", "cr"))
LIMITS = Limits(max_uncompressed=256 * 1024 * 1024)
XML_HEAD = 4096  # a DTD comes before the root element


def _check_package(path: Path) -> None:
    try:
        members = zip_members(
            path,
            LIMITS,
            QT_TRANSLATE_NOOP("TenderReading", "{name} has too many parts to be a Word document."),
        )
    except UserError as error:
        raise TenderReadError(error.message) from error
    names = {member.filename for member in members}
    if "word/document.xml" not in names:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "TenderReading",
                "{name} is a zip archive but not a Word document (.docx); open the tender "
                "document itself.",
            ),
            path,
        )
    # python-docx resolves no entities, but a document never needs a DTD: refuse one outright
    with zipfile.ZipFile(path) as archive:
        for member in members:
            if member.filename.endswith((".xml", ".rels")):
                with archive.open(member) as part:
                    head = part.read(XML_HEAD)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise _refuse(
                        QT_TRANSLATE_NOOP(
                            "TenderReading",
                            "{name} contains XML entity declarations, which Word documents do "
                            "not need; it was not opened.",
                        ),
                        path,
                    )


def read_docx(path: Path) -> TenderText:
    _check_package(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
        numbers = _Numbering(document)
        blocks = list(_blocks(document.element.body, numbers))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise _damaged(path) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and the like: a damaged part
        if type(exc).__module__.startswith(("lxml", "docx")):
            raise _damaged(path) from exc
        raise
    if not any(block.text for block in blocks):
        raise _refuse(QT_TRANSLATE_NOOP("TenderReading", "{name} contains no text."), path)
    return TenderText(path.name, tuple(blocks))


def _damaged(path: Path) -> TenderReadError:
    return _refuse(
        QT_TRANSLATE_NOOP(
            "TenderReading",
            "{name} is damaged and cannot be read as a Word document; ask for a new copy.",
        ),
        path,
    )


def _text(paragraph: Any) -> str:
    parts = []
    for node in paragraph.iter(T, TAB, BR, CR):
        if node.tag == T:
            parts.append(node.text or "")
        else:
            parts.append(" " if node.tag == TAB else "\n")
    return "".join(parts).strip()


def _children(element: Any) -> Iterator[Any]:
    """Paragraphs and tables, looking inside content controls."""
    for child in element:
        if child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _children(content)
        elif child.tag in (P, TBL):
            yield child


def _blocks(body: Any, numbers: _Numbering) -> Iterator[Block]:
    sections = SectionTracker()
    count = 0
    for element in _children(body):
        if element.tag == P:
            text = numbers.prefix(element) + _text(element)
            if not text:
                continue
            count += 1
            token = heading_token(text)
            yield Block(text, None, count, sections.see(token), False, None, token)
            continue
        for row_number, row in enumerate(element.iter(TR), start=1):
            cells: list[str] = []
            for cell in row.iter(TC):
                lines = [numbers.prefix(p) + _text(p) for p in cell.iter(P)]
                text = "\n".join(line for line in lines if line)
                if text and (not cells or cells[-1] != text):  # merged cells repeat
                    cells.append(text)
            if cells:
                count += 1
                yield Block(" | ".join(cells), None, count, sections.path(), True, row_number)


class _Numbering:
    """Word's automatic numbering (w:numPr), counted per list as Word does, approximately:
    restarts on a higher level, start values, level text like ``%1.%2``; no overrides."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[str, tuple[str, str, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.styles: dict[str, tuple[str, str]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract: dict[str, dict[str, tuple[str, str, int]]] = {}
        for node in root.iter(W + "abstractNum"):
            levels = {}
            for lvl in node.iter(W + "lvl"):
                fmt = lvl.find(W + "numFmt")
                text = lvl.find(W + "lvlText")
                start = lvl.find(W + "start")
                levels[lvl.get(W + "ilvl", "0")] = (
                    fmt.get(W + "val", "decimal") if fmt is not None else "decimal",
                    text.get(W + "val", "") if text is not None else "",
                    int(start.get(W + "val", "1")) if start is not None else 1,
                )
            abstract[node.get(W + "abstractNumId", "")] = levels
        for num in root.iter(W + "num"):
            ref = num.find(W + "abstractNumId")
            if ref is not None:
                self.levels[num.get(W + "numId", "")] = abstract.get(ref.get(W + "val", ""), {})
        for style in document.styles.element.iter(W + "style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            if num_pr is not None:
                self.styles[style.get(W + "styleId", "")] = _num_pr(num_pr)

    def prefix(self, paragraph: Any) -> str:
        if not self.levels:
            return ""
        num_pr = paragraph.find(f"{W}pPr/{W}numPr")
        if num_pr is not None:
            num_id, ilvl = _num_pr(num_pr)
        else:
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            found = self.styles.get(style.get(W + "val", "")) if style is not None else None
            if found is None:
                return ""
            num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        if levels[ilvl][0] == "bullet":  # as Word shows it: a list's items (extract.py)
            return "• "
        if levels[ilvl][0] == "none":
            return ""
        level = int(ilvl)
        counters = self.counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[ilvl][2] - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > level]:
            del counters[deeper]
        text = levels[ilvl][1]
        for n in range(level + 1):
            fmt, _text, start = levels.get(str(n), ("decimal", "", 1))
            text = text.replace(f"%{n + 1}", format_number(counters.get(n, start), fmt))
        return text + (" " if text and not text.endswith(("、", ".", "．", " ")) else "")


def _num_pr(num_pr: Any) -> tuple[str, str]:
    ilvl = num_pr.find(W + "ilvl")
    num_id = num_pr.find(W + "numId")
    return (
        num_id.get(W + "val", "") if num_id is not None else "",
        ilvl.get(W + "val", "0") if ilvl is not None else "0",
    )
