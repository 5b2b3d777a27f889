"""SQLAlchemy models: the whole of docs/domain.md as tables. No Qt and no business rules here."""

from .account import Account
from .action import Action, StrategyNote
from .assessment import Assessment
from .attachment import Attachment
from .base import Base, Record
from .change_log import ChangeEntry
from .contact import Contact, ContactRole, InfluenceLink, RelationshipOwner
from .contract import (
    Acceptance,
    Amendment,
    CollectionAction,
    Contract,
    DeliveryLine,
    Invoice,
    Payment,
    PaymentAllocation,
    PaymentMilestone,
    ShippingException,
)
from .forecast import ForecastSnapshot, MonthlyTarget, SnapshotLine
from .interaction import Interaction
from .lead import Lead
from .opportunity import Competitor, DecisionGroupMember, Opportunity, StageChange, StageCheck
from .setting import Setting
from .stage import Stage, StageCriterion
from .team import AccountShare, Handover, SyncState
from .tender import (
    ChecklistItem,
    ChecklistTemplate,
    DeviationItem,
    TemplateItem,
    Tender,
    TenderLot,
)
from .trash import TrashEntry

# Ids are never reused (AUTOINCREMENT): a record restored from the trash, or brought back by
# undo, gets its old id back, and nothing else can have taken it meanwhile.
for _table in Base.metadata.tables.values():
    if "id" in _table.c and _table.c.id.primary_key:
        _table.dialect_options["sqlite"]["autoincrement"] = True

__all__ = [
    "Acceptance",
    "Account",
    "AccountShare",
    "Action",
    "Amendment",
    "Assessment",
    "Attachment",
    "Base",
    "ChangeEntry",
    "ChecklistItem",
    "ChecklistTemplate",
    "CollectionAction",
    "Competitor",
    "Contact",
    "ContactRole",
    "Contract",
    "DecisionGroupMember",
    "DeliveryLine",
    "DeviationItem",
    "ForecastSnapshot",
    "Handover",
    "InfluenceLink",
    "Interaction",
    "Invoice",
    "Lead",
    "MonthlyTarget",
    "Opportunity",
    "Payment",
    "PaymentAllocation",
    "PaymentMilestone",
    "Record",
    "RelationshipOwner",
    "Setting",
    "ShippingException",
    "SnapshotLine",
    "Stage",
    "StageChange",
    "StageCheck",
    "StageCriterion",
    "StrategyNote",
    "SyncState",
    "TemplateItem",
    "Tender",
    "TenderLot",
    "TrashEntry",
]
