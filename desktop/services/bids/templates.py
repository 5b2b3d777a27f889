"""Checklist templates: the built-in default (``resources/templates/*.json``, seeded into every
database) and the user's own. A tender gets a copy of a template's items, so editing a
template never changes a tender that already has its checklist."""

from __future__ import annotations

import builtins  # the services have a list() method: list[...] in their bodies means it
import json
import uuid
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import ChecklistItem, ChecklistTemplate, TemplateItem, Tender
from desktop.models.base import Record
from desktop.resources import resource_path
from desktop.services import raw_rows, versions
from desktop.services.changes import SETTINGS, ChangeSet
from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.raw_rows import Graph

from .sections import SECTIONS, section_rank

if TYPE_CHECKING:
    from desktop.services.database import Database

BUILTIN_KEY = "default"
# Built-in rows get the same uuid in every database (uuid5 of the key and position).
_UUID_NAMESPACE = uuid.UUID("0b7f3c62-5a1e-4d8e-9c3f-7e2a4b6d8f10")


@dataclass(frozen=True)
class TemplateItemData:
    section: str
    text_en: str
    text_zh: str
    required: bool = True
    source: str = ""
    uuid: str | None = None  # None: a new item


@dataclass(frozen=True)
class TemplateRow:
    id: int
    uuid: str
    name: str
    builtin_key: str
    is_default: bool
    item_count: int


@dataclass(frozen=True)
class TemplateDetail:
    id: int
    uuid: str
    name: str
    builtin_key: str
    is_default: bool
    items: tuple[TemplateItemData, ...]


@dataclass(frozen=True)
class DeletedTemplate:
    """A deleted template as rows, and the row of the template made the default instead."""

    graph: Graph
    fallback: dict[str, Any] | None = None


@dataclass(frozen=True)
class BuiltinTemplate:
    key: str
    name_en: str
    name_zh: str
    items: tuple[TemplateItemData, ...]
    keys: tuple[str, ...]  # each item's stable key in the file (tests and demo data use it)


@cache
def builtin_template(key: str = BUILTIN_KEY) -> BuiltinTemplate:
    """The template shipped in ``resources/templates/checklist_<key>.json``."""
    path = resource_path("templates", f"checklist_{key}.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    items = []
    for number, item in enumerate(data["items"]):
        if item["section"] not in SECTIONS:
            raise ValueError(f"{path.name}: item {number + 1} has unknown section")
        items.append(
            TemplateItemData(
                item["section"],
                item["en"],
                item["zh"],
                bool(item["required"]),
                item.get("source", ""),
                str(uuid.uuid5(_UUID_NAMESPACE, f"{key}/item/{number}")),
            )
        )
    return BuiltinTemplate(
        key,
        data["name"]["en"],
        data["name"]["zh"],
        tuple(items),
        tuple(item["key"] for item in data["items"]),
    )


def stamp(record: Record, fixed_uuid: str) -> None:
    """A shipped record: fixed uuid, and timestamps older than any edit (see defaults)."""
    from desktop.services.defaults import BUILTIN_TIME

    record.uuid = fixed_uuid
    record.created_at = record.updated_at = BUILTIN_TIME


def ensure_default_template(session: Session) -> None:
    """Seed the built-in template unless the database has it (the user may have edited it)."""
    exists = session.scalar(
        select(func.count())
        .select_from(ChecklistTemplate)
        .where(ChecklistTemplate.builtin_key == BUILTIN_KEY)
    )
    if exists:
        return
    builtin = builtin_template()
    has_default = session.scalar(
        select(func.count()).select_from(ChecklistTemplate).where(ChecklistTemplate.is_default)
    )
    template = ChecklistTemplate(
        name=builtin.name_en,
        builtin_key=builtin.key,
        is_default=not has_default,
    )
    stamp(template, str(uuid.uuid5(_UUID_NAMESPACE, builtin.key)))
    template.items = [_template_item(position, item) for position, item in enumerate(builtin.items)]
    for item in template.items:
        stamp(item, item.uuid)
    session.add(template)
    session.flush()


def _template_item(position: int, data: TemplateItemData) -> TemplateItem:
    item = TemplateItem(
        position=position,
        section=data.section,
        text_en=data.text_en,
        text_zh=data.text_zh,
        required=data.required,
        source=data.source,
    )
    if data.uuid:
        item.uuid = data.uuid
    return item


def ordered(items: list[TemplateItemData] | tuple[TemplateItemData, ...]) -> list[TemplateItemData]:
    """Items grouped by section (in checklist order), keeping their order within a section."""
    return sorted(items, key=lambda item: section_rank(item.section))


def copy_to_tender(session: Session, template: ChecklistTemplate, tender: Tender) -> int:
    """Give ``tender`` its own copy of ``template``'s items (after any it has); returns how
    many were added."""
    start = session.execute(
        select(func.coalesce(func.max(ChecklistItem.position) + 1, 0)).where(
            ChecklistItem.tender_id == tender.id
        )
    ).scalar_one()
    items = list(template.items)
    for offset, item in enumerate(items):
        session.add(
            ChecklistItem(
                tender_id=tender.id,
                owner=tender.owner,
                position=start + offset,
                section=item.section,
                text_en=item.text_en,
                text_zh=item.text_zh,
                required=item.required,
                source=item.source,
            )
        )
    tender.template_name = template.name
    session.flush()
    return len(items)


def default_template_id(session: Session) -> int | None:
    return session.scalar(
        select(ChecklistTemplate.id)
        .order_by(ChecklistTemplate.is_default.desc(), ChecklistTemplate.id)
        .limit(1)
    )


def _validate(name: str, items: list[TemplateItemData]) -> None:
    if not name.strip():
        raise UserError(QT_TRANSLATE_NOOP("Templates", "Name: enter a name for the template."))
    for number, item in enumerate(items, start=1):
        if not (item.text_en.strip() or item.text_zh.strip()):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Templates", "Item {number}: enter its text in English or in Chinese."
                ).with_(number=number)
            )
        if item.section not in SECTIONS:
            raise UserError(
                QT_TRANSLATE_NOOP("Templates", "Item {number}: choose a section.").with_(
                    number=number
                )
            )


def _clean(item: TemplateItemData) -> TemplateItemData:
    return replace(
        item,
        text_en=item.text_en.strip(),
        text_zh=item.text_zh.strip(),
        source=item.source.strip(),
    )


class TemplateService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self) -> list[TemplateRow]:
        counts = (
            select(TemplateItem.template_id, func.count().label("n"))
            .group_by(TemplateItem.template_id)
            .subquery()
        )
        query = (
            select(
                ChecklistTemplate.id,
                ChecklistTemplate.uuid,
                ChecklistTemplate.name,
                ChecklistTemplate.builtin_key,
                ChecklistTemplate.is_default,
                func.coalesce(counts.c.n, 0),
            )
            .outerjoin(counts, counts.c.template_id == ChecklistTemplate.id)
            .order_by(ChecklistTemplate.is_default.desc(), ChecklistTemplate.name)
        )
        with self._db.read() as s:
            return [TemplateRow(*row) for row in s.execute(query)]

    def get(self, template_id: int) -> TemplateDetail:
        return self.read(template_id)[0]

    def read(self, template_id: int) -> tuple[TemplateDetail, int]:
        """The template, and the version of it and its items it was read at (for :meth:`save`)."""
        with self._db.read() as s:
            template = s.get_one(ChecklistTemplate, template_id)
            detail = TemplateDetail(
                template.id,
                template.uuid,
                template.name,
                template.builtin_key,
                template.is_default,
                tuple(
                    TemplateItemData(i.section, i.text_en, i.text_zh, i.required, i.source, i.uuid)
                    for i in template.items
                ),
            )
            return detail, versions.with_parts(template, template.items)

    def _check_name_free(self, s: Session, name: str, template_id: int | None) -> None:
        clash = s.scalar(
            select(ChecklistTemplate.id).where(
                func.lower(ChecklistTemplate.name) == name.strip().lower(),
                ChecklistTemplate.id != (template_id or -1),
            )
        )
        if clash is not None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Templates", "Name: there is already a template called {name}."
                ).with_(name=name.strip())
            )

    def create(self, name: str, items: builtins.list[TemplateItemData]) -> tuple[int, ChangeSet]:
        """A new template."""
        items = ordered([_clean(item) for item in items])
        _validate(name, items)
        with self._db.session() as s:
            self._check_name_free(s, name, None)
            template = ChecklistTemplate(name=name.strip())
            template.items = [_template_item(n, item) for n, item in enumerate(items)]
            s.add(template)
            s.flush()
            return template.id, ChangeSet.of(SETTINGS)

    def save(
        self,
        template_id: int,
        name: str,
        items: builtins.list[TemplateItemData],
        read_version: int | None = None,
    ) -> ChangeSet:
        """Replace the template's name and items; items keep their uuid (and row) when given.
        Refused (:class:`~..versions.ChangedMeanwhile`) when the template or an item changed
        since it was read at ``read_version``."""
        items = ordered([_clean(item) for item in items])
        _validate(name, items)
        with self._db.session() as s:
            self._check_name_free(s, name, template_id)
            template = s.get_one(ChecklistTemplate, template_id)
            versions.check(s, template, read_version, template.items)
            template.name = name.strip()
            existing = {item.uuid: item for item in template.items}
            kept = []
            for position, data in enumerate(items):
                row = existing.pop(data.uuid, None) if data.uuid else None
                if row is None:
                    row = _template_item(position, data)
                else:
                    row.position = position
                    row.section = data.section
                    row.text_en = data.text_en
                    row.text_zh = data.text_zh
                    row.required = data.required
                    row.source = data.source
                kept.append(row)
            for gone in existing.values():
                s.delete(gone)
            s.flush()
            template.items = kept
            s.flush()
            return ChangeSet.of(SETTINGS)

    def delete(self, template_id: int) -> tuple[DeletedTemplate, ChangeSet]:
        """Delete one of the user's templates; returns what :meth:`restore` needs to undo it."""
        detail = self.get(template_id)
        if detail.builtin_key:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Templates",
                    "The built-in template cannot be deleted. Make your own copy and set it "
                    "as the default instead.",
                )
            )
        table = ChecklistTemplate.__tablename__
        with self._db.session() as s:
            graph = raw_rows.remove(s, table, [template_id])
            fallback = None
            if graph.root()["is_default"]:
                fallback_id = s.scalar(
                    select(ChecklistTemplate.id)
                    .order_by(ChecklistTemplate.builtin_key.desc(), ChecklistTemplate.id)
                    .limit(1)
                )
                if fallback_id is not None:
                    (fallback,) = raw_rows.select_rows(
                        s, table, "id", [fallback_id], ["id", "is_default", "updated_at"]
                    )
                    s.get_one(ChecklistTemplate, fallback_id).is_default = True
        return DeletedTemplate(graph, fallback), ChangeSet.of(SETTINGS)

    def restore(self, deleted: DeletedTemplate) -> ChangeSet:
        """Put a deleted template back exactly (ids and uuids of its items included), the
        default again if it was."""
        with self._db.session() as s:
            raw_rows.put_back(s, deleted.graph)
            if deleted.fallback is not None:
                raw_rows.write_rows(s, ChecklistTemplate.__tablename__, [deleted.fallback])
        return ChangeSet.of(SETTINGS)

    def default_id(self) -> int | None:
        with self._db.read() as s:
            return default_template_id(s)

    def set_default(self, template_id: int | None) -> ChangeSet:
        """Make ``template_id`` the template of new tenders (None: none is; undo needs it)."""
        with self._db.session() as s:
            for template in s.scalars(select(ChecklistTemplate)):
                template.is_default = template.id == template_id
        return ChangeSet.of(SETTINGS)
