"""What every tab and dialog is given: the database, the clock, the event hub and friends."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from desktop.services.changes import ChangeSet
from desktop.services.clock import Clock
from desktop.services.database import Database
from desktop.services.registry import Services

from .common.dialogs import DialogService
from .common.undo_history import UndoHistory
from .prefs import Preferences


class EventHub(QObject):
    """Broadcasts what changed; tabs refresh only when a change concerns them."""

    data_changed = Signal(object)  # ChangeSet
    open_record = Signal(str, int)  # kind ("contact", "opportunity", ...), id: show it

    def publish(self, changes: ChangeSet) -> None:
        self.data_changed.emit(changes)


@dataclass
class AppContext:
    db: Database
    language: str
    clock: Clock = field(default_factory=Clock)
    events: EventHub = field(default_factory=EventHub)
    prefs: Preferences = field(default_factory=Preferences)
    dialogs: DialogService = field(default_factory=DialogService)
    undo_group: QUndoGroup = field(default_factory=QUndoGroup)
    #: Edit ▸ Undo and Redo in time order across the stacks of the group.
    undo: UndoHistory = field(init=False)
    #: The services, made on first use: ``ctx.services.contracts.save_part(...)``.
    services: Services = field(init=False)
    #: The undo stack of actions, made and closed wherever they are (docs/actions.md).
    actions_undo: QUndoStack = field(init=False)

    def __post_init__(self) -> None:
        self.undo = UndoHistory(self.undo_group)
        self.services = Services(self.db, self.clock)
        self.actions_undo = QUndoStack()
        self.undo.add(self.actions_undo)
