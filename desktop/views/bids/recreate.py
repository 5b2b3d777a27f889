"""Undo for "create" actions: undo deletes what was created and keeps a copy, redo puts that
copy back (same uuid, same id), rather than creating a new record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.services.changes import ChangeSet


class Recreatable:
    def __init__(
        self,
        create: Callable[[], tuple[list[int], ChangeSet]],
        delete: Callable[[list[int]], tuple[Any, ChangeSet]],
        restore: Callable[[Any], ChangeSet],
    ) -> None:
        self._create, self._delete, self._restore = create, delete, restore
        self.ids: list[int] = []
        self._copy: Any = None

    def do(self) -> ChangeSet:
        if self._copy is not None:
            copy, self._copy = self._copy, None
            return self._restore(copy)
        self.ids, changes = self._create()
        return changes

    def undo(self) -> ChangeSet:
        self._copy, changes = self._delete(self.ids)
        return changes
