"""The sections of a tender checklist, in the order a bid is put together."""

from __future__ import annotations

from desktop.services.messages import QT_TRANSLATE_NOOP, Message, Translate, english

SECTION_LABELS: dict[str, Message] = {
    "qualifications": QT_TRANSLATE_NOOP("ChecklistSection", "Qualifications"),
    "commercial": QT_TRANSLATE_NOOP("ChecklistSection", "Commercial response"),
    "technical": QT_TRANSLATE_NOOP("ChecklistSection", "Technical response and deviation table"),
    "pricing": QT_TRANSLATE_NOOP("ChecklistSection", "Pricing"),
    "signatures_seals": QT_TRANSLATE_NOOP("ChecklistSection", "Signatures and seals"),
    "attachments": QT_TRANSLATE_NOOP("ChecklistSection", "Attachments, originals and copies"),
    "packaging": QT_TRANSLATE_NOOP("ChecklistSection", "Packaging and sealing"),
    "submission": QT_TRANSLATE_NOOP("ChecklistSection", "Submission"),
}
SECTIONS: tuple[str, ...] = tuple(SECTION_LABELS)


def section_label(code: str, translate: Translate = english) -> str:
    """The section's display name; an unknown code (from an older file) shows as itself."""
    message = SECTION_LABELS.get(code)
    return message.render(translate) if message else code


def section_rank(code: str) -> int:
    """Where a section goes in a checklist; unknown sections come last."""
    return SECTIONS.index(code) if code in SECTIONS else len(SECTIONS)
