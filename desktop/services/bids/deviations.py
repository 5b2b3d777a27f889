"""The technical and commercial deviation table (技术/商务偏离表) of a tender."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.models import DeviationItem
from desktop.models.enums import Deviation, DeviationType
from desktop.services import raw_rows, versions
from desktop.services.changes import ChangeSet
from desktop.services.database import Database
from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.raw_rows import Graph
from desktop.services.records import copy_to

from .scope import tender_changes


@dataclass(frozen=True)
class DeviationData:
    kind: DeviationType = DeviationType.TECHNICAL
    clause: str = ""
    requirement: str = ""
    response: str = ""
    deviation: Deviation = Deviation.NONE
    strategy: str = ""


@dataclass(frozen=True)
class DeviationRow:
    id: int
    position: int
    kind: DeviationType
    clause: str
    requirement: str
    response: str
    deviation: Deviation
    strategy: str

    @property
    def data(self) -> DeviationData:
        return DeviationData(
            self.kind, self.clause, self.requirement, self.response, self.deviation, self.strategy
        )

    @property
    def needs_strategy(self) -> bool:
        """A negative deviation nobody has decided how to handle yet."""
        return self.deviation is Deviation.NEGATIVE and not self.strategy.strip()


def _validate(data: DeviationData) -> DeviationData:
    clean = DeviationData(
        data.kind,
        data.clause.strip(),
        data.requirement.strip(),
        data.response.strip(),
        data.deviation,
        data.strategy.strip(),
    )
    if not (clean.clause or clean.requirement):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Deviations", "Requirement: enter the tender's clause number or its requirement."
            )
        )
    return clean


class DeviationService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list(self, tender_id: int) -> list[DeviationRow]:
        with self._db.read() as s:
            rows = s.execute(
                select(
                    DeviationItem.id,
                    DeviationItem.position,
                    DeviationItem.kind,
                    DeviationItem.clause,
                    DeviationItem.requirement,
                    DeviationItem.response,
                    DeviationItem.deviation,
                    DeviationItem.strategy,
                )
                .where(DeviationItem.tender_id == tender_id)
                .order_by(DeviationItem.position, DeviationItem.id)
            )
            return [DeviationRow(*row) for row in rows]

    def add(self, tender_id: int, data: DeviationData) -> tuple[int, ChangeSet]:
        clean = _validate(data)
        with self._db.session() as s:
            position = s.scalar(
                select(func.coalesce(func.max(DeviationItem.position) + 1, 0)).where(
                    DeviationItem.tender_id == tender_id
                )
            )
            item = DeviationItem(tender_id=tender_id, position=position)
            copy_to(clean, item, exclude=())
            s.add(item)
            s.flush()
            return item.id, tender_changes(s, tender_id)

    def read(self, deviation_id: int) -> tuple[DeviationData, int]:
        """The line's fields and the version they were read at (for :meth:`update`)."""
        with self._db.read() as s:
            return versions.read_with_version(s, DeviationItem, deviation_id, DeviationData)

    def update(
        self, deviation_id: int, data: DeviationData, read_version: int | None = None
    ) -> ChangeSet:
        """Refused (:class:`~..versions.ChangedMeanwhile`) when the line changed since it was
        read at ``read_version``."""
        clean = _validate(data)
        with self._db.session() as s:
            item = s.get_one(DeviationItem, deviation_id)
            versions.check(s, item, read_version)
            copy_to(clean, item, exclude=())
            return tender_changes(s, item.tender_id)

    def delete(self, deviation_id: int) -> tuple[Graph, ChangeSet]:
        with self._db.session() as s:
            tender_id = s.get_one(DeviationItem, deviation_id).tender_id
            graph = raw_rows.remove(s, DeviationItem.__tablename__, [deviation_id])
            return graph, tender_changes(s, tender_id)

    def restore(self, graph: Graph) -> ChangeSet:
        with self._db.session() as s:
            raw_rows.put_back(s, graph)
            return tender_changes(s, graph.root()["tender_id"])

    def move(self, deviation_id: int, step: int) -> ChangeSet:
        """Move a line up (-1) or down (+1) in its table; does nothing at either end."""
        with self._db.session() as s:
            item = s.get_one(DeviationItem, deviation_id)
            lines = list(
                s.scalars(
                    select(DeviationItem)
                    .where(DeviationItem.tender_id == item.tender_id)
                    .order_by(DeviationItem.position, DeviationItem.id)
                )
            )
            index = lines.index(item)
            target = index + step
            if 0 <= target < len(lines):
                lines[index], lines[target] = lines[target], lines[index]
                for position, line in enumerate(lines):
                    line.position = position
            return tender_changes(s, item.tender_id)
