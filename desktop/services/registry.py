"""The services the views use, each made on first use and shared by every view of a window
(docs/architecture.md#layers): a widget asks ``ctx.services.contracts`` and never builds a
service or opens a session itself (a test in tests/unit/test_layering.py keeps it so).

Each service's module is imported when the service is first asked for, so that start-up loads
only what the first screen shows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .clock import Clock
from .database import Database

if TYPE_CHECKING:
    from .accounts import AccountService
    from .actions import ActionService
    from .bids.checklist import ChecklistService
    from .bids.deviations import DeviationService
    from .bids.results import ResultsService
    from .bids.templates import TemplateService
    from .bids.tenders import TenderService
    from .contracts.contract_list import ContractListService
    from .contracts.preferences import ContractSettingsService
    from .contracts.receivables import ReceivablesService
    from .contracts.reminder_groups import ReminderService
    from .contracts.service import ContractService
    from .excel.import_service import ImportService
    from .opportunities.assessments import AssessmentService
    from .opportunities.deals import OpportunityService
    from .opportunities.decision_group import DecisionGroupService
    from .opportunities.forecast import ForecastService
    from .opportunities.leads import LeadService
    from .opportunities.stage_flow import StageFlowService
    from .opportunities.stage_list import StageListService
    from .opportunities.strategy_service import StrategyService
    from .opportunities.targets import TargetService
    from .orgchart.moves import MovesService
    from .orgchart.people import PeopleService
    from .orgchart.relationships import RelationshipService
    from .orgchart.timeline import MapHistoryService
    from .orgchart.visits import VisitLogService
    from .search.service import SearchService
    from .settings import SettingsService
    from .trash import TrashService

S = TypeVar("S")


class _Made(Generic[S]):
    """A service made from its module's class on first use, then kept on the instance."""

    def __init__(self, module: str, name: str, *, clock: bool = False) -> None:
        self.module, self.name, self.clock = module, name, clock

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, services: Any, owner: type | None = None) -> S:
        made = getattr(importlib.import_module(self.module, __package__), self.name)
        args = (services.db, services.clock) if self.clock else (services.db,)
        service: S = made(*args)
        services.__dict__[self.attribute] = service  # found there next time
        return service


class Services:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    accounts: _Made[AccountService] = _Made(".accounts", "AccountService")
    trash: _Made[TrashService] = _Made(".trash", "TrashService", clock=True)
    settings: _Made[SettingsService] = _Made(".settings", "SettingsService")
    search: _Made[SearchService] = _Made(".search.service", "SearchService")
    people: _Made[PeopleService] = _Made(".orgchart.people", "PeopleService")
    visits: _Made[VisitLogService] = _Made(".orgchart.visits", "VisitLogService")
    moves: _Made[MovesService] = _Made(".orgchart.moves", "MovesService")
    map_history: _Made[MapHistoryService] = _Made(".orgchart.timeline", "MapHistoryService")
    relationships: _Made[RelationshipService] = _Made(
        ".orgchart.relationships", "RelationshipService"
    )
    opportunities: _Made[OpportunityService] = _Made(".opportunities.deals", "OpportunityService")
    assessments: _Made[AssessmentService] = _Made(".opportunities.assessments", "AssessmentService")
    decision_group: _Made[DecisionGroupService] = _Made(
        ".opportunities.decision_group", "DecisionGroupService"
    )
    forecast: _Made[ForecastService] = _Made(".opportunities.forecast", "ForecastService")
    leads: _Made[LeadService] = _Made(".opportunities.leads", "LeadService")
    stage_flow: _Made[StageFlowService] = _Made(".opportunities.stage_flow", "StageFlowService")
    stage_list: _Made[StageListService] = _Made(".opportunities.stage_list", "StageListService")
    strategy: _Made[StrategyService] = _Made(
        ".opportunities.strategy_service", "StrategyService", clock=True
    )
    targets: _Made[TargetService] = _Made(".opportunities.targets", "TargetService")
    tenders: _Made[TenderService] = _Made(".bids.tenders", "TenderService")
    checklist: _Made[ChecklistService] = _Made(".bids.checklist", "ChecklistService")
    deviations: _Made[DeviationService] = _Made(".bids.deviations", "DeviationService")
    bid_templates: _Made[TemplateService] = _Made(".bids.templates", "TemplateService")
    results: _Made[ResultsService] = _Made(".bids.results", "ResultsService")
    contracts: _Made[ContractService] = _Made(".contracts.service", "ContractService", clock=True)
    contract_list: _Made[ContractListService] = _Made(
        ".contracts.contract_list", "ContractListService", clock=True
    )
    contract_settings: _Made[ContractSettingsService] = _Made(
        ".contracts.preferences", "ContractSettingsService"
    )
    receivables: _Made[ReceivablesService] = _Made(
        ".contracts.receivables", "ReceivablesService", clock=True
    )
    actions: _Made[ActionService] = _Made(".actions", "ActionService", clock=True)
    reminders: _Made[ReminderService] = _Made(
        ".contracts.reminder_groups", "ReminderService", clock=True
    )
    imports: _Made[ImportService] = _Made(".excel.import_service", "ImportService", clock=True)
