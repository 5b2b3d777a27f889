"""Reading a tender document (招标文件): its text, then its data and the items of a checklist
(docs/tender-reading.md). Qt-free."""

from .extract import KINDS, Extraction, Item, Kind, extract
from .reader import Block, TenderReadError, TenderText, read_document

__all__ = [
    "KINDS",
    "Block",
    "Extraction",
    "Item",
    "Kind",
    "TenderReadError",
    "TenderText",
    "extract",
    "read_document",
]
