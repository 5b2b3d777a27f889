"""An extraction as the command line shows it: one JSON object, or a summary to read."""

from __future__ import annotations

from typing import Any

from desktop.services.messages import QT_TRANSLATE_NOOP, Message, Translate, english

from .extract import KINDS, Extraction, Kind

KIND_LABELS: dict[Kind, Message] = {
    "qualification": QT_TRANSLATE_NOOP("TenderReading", "Qualification requirements"),
    "substantive": QT_TRANSLATE_NOOP("TenderReading", "Substantive (★) clauses"),
    "rejection": QT_TRANSLATE_NOOP("TenderReading", "Grounds for rejecting a bid"),
    "document": QT_TRANSLATE_NOOP("TenderReading", "Documents the bid must contain"),
    "other": QT_TRANSLATE_NOOP("TenderReading", "Other dates and requirements"),
}
PROJECT = QT_TRANSLATE_NOOP("TenderReading", "Project: {value}")
TENDER_NO = QT_TRANSLATE_NOOP("TenderReading", "Tender number: {value}")
DEADLINE = QT_TRANSLATE_NOOP("TenderReading", "Bid deadline: {value}")
OPENING_PLACE = QT_TRANSLATE_NOOP("TenderReading", "Bid opening place: {value}")
BID_BOND = QT_TRANSLATE_NOOP("TenderReading", "Bid bond: {value} yuan")
NO_BID_BOND = QT_TRANSLATE_NOOP("TenderReading", "Bid bond: none found")
NOT_FOUND = QT_TRANSLATE_NOOP("TenderReading", "not found")
MATCHES = QT_TRANSLATE_NOOP("TenderReading", "already in the default checklist")


def as_json(extraction: Extraction) -> dict[str, Any]:
    """The object ``tender-read --json`` prints (docs/tender-reading.md#command-line)."""
    bond = extraction.bid_bond
    return {
        "project": extraction.project,
        "tender_no": extraction.tender_no,
        "deadline": extraction.deadline.strftime("%Y-%m-%dT%H:%M") if extraction.deadline else None,
        "bid_bond": (int(bond) if bond == bond.to_integral_value() else float(bond))
        if bond is not None
        else None,
        "items": [
            {"kind": item.kind, "text": item.text, "source": item.source}
            for item in extraction.items
        ],
    }


def summary_lines(extraction: Extraction, translate: Translate = english) -> list[str]:
    missing = NOT_FOUND.render(translate)
    bond = extraction.bid_bond
    lines = [
        PROJECT.with_(value=extraction.project or missing).render(translate),
        TENDER_NO.with_(value=extraction.tender_no or missing).render(translate),
        DEADLINE.with_(
            value=extraction.deadline.strftime("%Y-%m-%d %H:%M") if extraction.deadline else missing
        ).render(translate),
        OPENING_PLACE.with_(value=extraction.opening_place or missing).render(translate),
        BID_BOND.with_(value=f"{bond:,.2f}").render(translate)
        if bond is not None
        else NO_BID_BOND.render(translate),
    ]
    for kind in KINDS:
        items = [item for item in extraction.items if item.kind == kind]
        lines.append("")
        lines.append(f"{KIND_LABELS[kind].render(translate)} ({len(items)})")
        for number, item in enumerate(items, start=1):
            text = " ".join(item.text.split())
            note = f" [{MATCHES.render(translate)}]" if item.matches else ""
            lines.append(f"  {number}. {text}  — {item.source}{note}")
    return lines
