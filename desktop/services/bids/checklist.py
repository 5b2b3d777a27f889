"""Ticking a tender's checklist: every change is one transaction, records who checked and
when, and can be put back exactly (for undo)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop.models import Attachment, ChecklistItem, ChecklistTemplate, Tender
from desktop.models.enums import ChecklistStatus
from desktop.services import attachments, raw_rows, versions
from desktop.services.changes import ChangeSet
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.raw_rows import Graph

from .scope import tender_changes
from .sections import SECTIONS, section_rank
from .templates import copy_to_tender


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    uuid: str
    position: int
    section: str
    text_en: str
    text_zh: str
    required: bool
    source: str
    status: ChecklistStatus
    responsible: str
    checked_by: str
    checked_at: datetime | None
    note: str
    evidence: int  # how many files are attached
    # as read, for saving a note (docs/team-server.md#versions); not part of what it shows
    version: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class ItemState:
    """What ticking changes on an item; restoring it undoes the tick exactly."""

    status: ChecklistStatus
    checked_by: str
    checked_at: datetime | None
    note: str
    responsible: str


_STATE_FIELDS = ("status", "checked_by", "checked_at", "note", "responsible")


def state_of(item: ChecklistItem) -> ItemState:
    return ItemState(*(getattr(item, name) for name in _STATE_FIELDS))


def apply_state(item: ChecklistItem, state: ItemState) -> None:
    for name in _STATE_FIELDS:
        setattr(item, name, getattr(state, name))


def ticked(item: ItemState, status: ChecklistStatus, by: str, at: datetime) -> ItemState:
    """The state after setting ``status``: an open item has no checker, any other records
    who set it and when."""
    if status is ChecklistStatus.OPEN:
        return ItemState(status, "", None, item.note, item.responsible)
    return ItemState(status, by, at, item.note, item.responsible)


class ChecklistService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def items(self, tender_id: int) -> list[ChecklistRow]:
        """The tender's items grouped by section (two queries)."""
        with self._db.read() as s:
            counts: dict[int, int] = {
                item_id: count
                for item_id, count in s.execute(
                    select(Attachment.checklist_item_id, func.count())
                    .join(ChecklistItem, Attachment.checklist_item_id == ChecklistItem.id)
                    .where(ChecklistItem.tender_id == tender_id)
                    .group_by(Attachment.checklist_item_id)
                )
                if item_id is not None  # the join leaves only checklist attachments
            }
            items = s.scalars(
                select(ChecklistItem)
                .where(ChecklistItem.tender_id == tender_id)
                .order_by(ChecklistItem.position, ChecklistItem.id)
            ).all()
            rows = [
                ChecklistRow(
                    i.id,
                    i.uuid,
                    i.position,
                    i.section,
                    i.text_en,
                    i.text_zh,
                    i.required,
                    i.source,
                    i.status,
                    i.responsible,
                    i.checked_by,
                    i.checked_at,
                    i.note,
                    counts.get(i.id, 0),
                    i.version,
                )
                for i in items
            ]
        return sorted(rows, key=lambda row: section_rank(row.section))

    def states(self, item_ids: list[int]) -> dict[int, ItemState]:
        with self._db.read() as s:
            items = s.scalars(select(ChecklistItem).where(ChecklistItem.id.in_(item_ids)))
            return {item.id: state_of(item) for item in items}

    def set_status(
        self,
        item_id: int,
        status: ChecklistStatus,
        *,
        by: str,
        at: datetime,
        note: str | None = None,
    ) -> ChangeSet:
        """Tick one item; a problem needs a note saying what is wrong."""
        with self._db.session() as s:
            item = s.get_one(ChecklistItem, item_id)
            if note is not None:
                item.note = note.strip()
            if status is ChecklistStatus.PROBLEM and not item.note:
                raise UserError(QT_TRANSLATE_NOOP("Checklist", "Note: say what the problem is."))
            apply_state(item, ticked(state_of(item), status, by, at))
            return tender_changes(s, item.tender_id)

    def read_state(self, item_id: int) -> tuple[ItemState, int]:
        """The item's state and the version it was read at (for :meth:`set_note`)."""
        with self._db.read() as s:
            item = s.get_one(ChecklistItem, item_id)
            return state_of(item), item.version

    def set_note(self, item_id: int, note: str, read_version: int | None = None) -> ChangeSet:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the item changed since it was
        read at ``read_version``."""
        with self._db.session() as s:
            item = s.get_one(ChecklistItem, item_id)
            versions.check(s, item, read_version)
            if item.status is ChecklistStatus.PROBLEM and not note.strip():
                raise UserError(
                    QT_TRANSLATE_NOOP(
                        "Checklist",
                        "Note: an item marked as a problem needs a note; resolve the problem "
                        "first.",
                    )
                )
            item.note = note.strip()
            return tender_changes(s, item.tender_id)

    def set_responsible(
        self, item_id: int, responsible: str, read_version: int | None = None
    ) -> ChangeSet:
        with self._db.session() as s:
            item = s.get_one(ChecklistItem, item_id)
            versions.check(s, item, read_version)
            item.responsible = responsible.strip()
            return tender_changes(s, item.tender_id)

    def restore_states(self, states: dict[int, ItemState]) -> ChangeSet:
        """Put items back as they were (undo and redo of ticks and imports)."""
        with self._db.session() as s:
            tender_id = None
            for item_id, state in states.items():
                item = s.get_one(ChecklistItem, item_id)
                apply_state(item, state)
                tender_id = item.tender_id
            return tender_changes(s, tender_id)

    # ---- the tender's own items -----------------------------------------------------
    def copy_template(self, tender_id: int, template_id: int) -> tuple[list[int], ChangeSet]:
        """Append a template's items to the tender; returns the new items' ids."""
        with self._db.session() as s:
            tender = s.get_one(Tender, tender_id)
            before = set(
                s.scalars(select(ChecklistItem.id).where(ChecklistItem.tender_id == tender_id))
            )
            copy_to_tender(s, s.get_one(ChecklistTemplate, template_id), tender)
            after = s.scalars(select(ChecklistItem.id).where(ChecklistItem.tender_id == tender_id))
            return [i for i in after if i not in before], tender_changes(s, tender_id)

    def add_item(
        self, tender_id: int, section: str, text_en: str, text_zh: str, *, required: bool = True
    ) -> tuple[int, ChangeSet]:
        """An item for this tender only (its template stays as it is)."""
        if section not in SECTIONS:
            raise UserError(QT_TRANSLATE_NOOP("Checklist", "Section: choose a section."))
        if not (text_en.strip() or text_zh.strip()):
            raise UserError(QT_TRANSLATE_NOOP("Checklist", "Text: say what is to be checked."))
        with self._db.session() as s:
            position = s.scalar(
                select(func.coalesce(func.max(ChecklistItem.position) + 1, 0)).where(
                    ChecklistItem.tender_id == tender_id
                )
            )
            item = ChecklistItem(
                tender_id=tender_id,
                position=position,
                section=section,
                text_en=text_en.strip(),
                text_zh=text_zh.strip(),
                required=required,
            )
            s.add(item)
            s.flush()
            return item.id, tender_changes(s, tender_id)

    def delete_items(self, item_ids: list[int]) -> tuple[Graph, ChangeSet]:
        """Delete items (with their evidence records); returns what undo needs."""
        with self._db.session() as s:
            graph = raw_rows.remove(s, ChecklistItem.__tablename__, item_ids)
            return graph, tender_changes(s, _tender_of(graph))

    def restore_items(self, graph: Graph) -> ChangeSet:
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
            return tender_changes(s, _tender_of(graph))

    # ---- evidence files -------------------------------------------------------------
    def evidence(self, item_id: int) -> list[attachments.AttachmentRow]:
        with self._db.read() as s:
            return attachments.list_for(s, self._db.path, checklist_item_id=item_id)

    def attach(self, item_id: int, source: Path) -> tuple[str, ChangeSet]:
        """Copy ``source`` into the data folder as evidence; returns the record's uuid."""
        with self._db.session() as s:
            item = s.get_one(ChecklistItem, item_id)
            record = attachments.attach(s, self._db.path, source, checklist_item_id=item_id)
            return record.uuid, tender_changes(s, item.tender_id)

    def detach(
        self, attachment_id: int | None = None, *, uuid: str | None = None
    ) -> tuple[Graph, ChangeSet]:
        """Forget an evidence file (by id, or by uuid); returns what :meth:`reattach` needs.
        The stored file stays for undo."""
        with self._db.session() as s:
            if uuid is not None:
                record = s.scalars(select(Attachment).where(Attachment.uuid == uuid)).one()
            else:
                record = s.get_one(Attachment, attachment_id)
            item = s.get_one(ChecklistItem, record.checklist_item_id)
            graph = raw_rows.remove(s, Attachment.__tablename__, [record.id])
            return graph, tender_changes(s, item.tender_id)

    def reattach(self, graph: Graph) -> ChangeSet:
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
            item = s.get_one(ChecklistItem, graph.root()["checklist_item_id"])
            return tender_changes(s, item.tender_id)


def _tender_of(graph: Graph) -> int | None:
    """The tender of the checklist items in ``graph`` (None: there were none)."""
    items = graph.rows.get(ChecklistItem.__tablename__)
    return items[0]["tender_id"] if items else None
