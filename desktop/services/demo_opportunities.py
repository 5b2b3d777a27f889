"""Demo opportunities: stage history and checks, decision group, competitors, assessments
and tenders."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from desktop.models import (
    Account,
    Action,
    Assessment,
    Competitor,
    Contact,
    DecisionGroupMember,
    DeviationItem,
    Opportunity,
    Stage,
    StageChange,
    StageCheck,
    StrategyNote,
    Tender,
    TenderLot,
)
from desktop.models.enums import AssessmentKind
from desktop.services.action_subjects import AboutKind
from desktop.services.opportunities.scoring import derive_result, total_of

from .demo_records import DemoDataError, DemoRecords

_OPPORTUNITY_PARTS = frozenset(
    {"stage", "stage_history", "checks", "team", "key_contact", "decision_group", "competitors"}
    | {"assessments", "tenders", "strategy_notes", "actions"}
)


class OpportunityBuilder(DemoRecords):
    # ---- opportunities -----------------------------------------------------------------

    def opportunity(self, account: Account, own: dict[str, Contact], data: dict[str, Any]) -> None:
        key = data["key"]
        if key in self.opportunities:
            raise DemoDataError(f"duplicate opportunity key {key!r}")
        history = data["stage_history"]
        if not history or history[-1]["to"] != data["stage"]:
            raise DemoDataError(f"{key}: the stage history must end in stage {data['stage']!r}")
        key_contact = data.get("key_contact")
        opportunity = self.new(
            Opportunity,
            {**data, **data.get("team", {})},
            nested=_OPPORTUNITY_PARTS,
            account_id=account.id,
            stage=self.stage(data["stage"]),
            stage_entered_on=self.moment(history[-1]["changed_at"]).date(),
            key_contact_id=self.ref(own, key_contact).id if key_contact else None,
        )
        self.opportunities[key] = (opportunity, account)
        self.later(self.deal_details, account, own, opportunity, data)

    def deal_details(
        self,
        account: Account,
        own: dict[str, Contact],
        opportunity: Opportunity,
        data: dict[str, Any],
    ) -> None:
        previous: Stage | None = None
        for change in data["stage_history"]:
            target = self.stage(change["to"])
            unmet = change.get("unmet", [])
            if unmet and previous is None:
                raise DemoDataError(f"{data['key']}: unmet criteria need a stage to leave")
            self.new(
                StageChange,
                change,
                nested={"to", "unmet"},
                opportunity_id=opportunity.id,
                from_stage_id=previous.id if previous else None,
                to_stage_id=target.id,
                unmet_criteria=[self.criterion_text(previous, i) for i in unmet if previous],
            )
            previous = target
        stage = opportunity.stage
        checked_at = datetime.combine(
            min(opportunity.stage_entered_on + timedelta(days=2), self.today), time(17, 0)
        )
        for index in data.get("checks", []):
            if index < len(stage.criteria):  # the user may have edited the stage list
                self.new(
                    StageCheck,
                    opportunity_id=opportunity.id,
                    criterion_id=stage.criteria[index].id,
                    done=True,
                    done_at=checked_at,
                    done_by=self.owner,
                )
        for item in data.get("decision_group", []):
            self.new(
                DecisionGroupMember,
                item,
                nested={"contact"},
                opportunity_id=opportunity.id,
                contact_id=self.ref(own, item["contact"]).id,
            )
        for item in data.get("competitors", []):
            self.new(Competitor, item, opportunity_id=opportunity.id)
        # The strategy sheet's own notes and possible actions (docs/strategy.md).
        for position, item in enumerate(data.get("strategy_notes", [])):
            self.new(StrategyNote, item, opportunity_id=opportunity.id, position=position)
        for item in data.get("actions", []):
            self.new(
                Action,
                item,
                account_id=account.id,
                opportunity_id=opportunity.id,
                about_kind=AboutKind.OPPORTUNITY,
                about_key=opportunity.uuid,
            )
        forms = [
            self.assessment(account, opportunity, item) for item in data.get("assessments", [])
        ]
        evaluations = [a for a in forms if a.kind is AssessmentKind.EVALUATION]
        if evaluations:
            opportunity.score = max(evaluations, key=lambda a: a.assessed_on).total
        for item in data.get("tenders", []):
            anchor = item.get("submission_deadline", item.get("documents_obtained_on", 0))
            tender = self.new(
                Tender,
                item,
                nested={"lots", "deviations"},
                year=self.moment(anchor).year,
                opportunity_id=opportunity.id,
            )
            self.tenders += 1
            self.later(self.tender_details, tender, item)

    def criterion_text(self, stage: Stage, index: int) -> str:
        criterion = stage.criteria[index]
        return criterion.text_zh if self.lang == "zh" else criterion.text_en

    def assessment(
        self, account: Account, opportunity: Opportunity | None, data: dict[str, Any]
    ) -> Assessment:
        kind = AssessmentKind(data["kind"])
        answers = data.get("answers", {})
        derived = {"total": total_of(kind, answers), "result": derive_result(kind, answers)}
        return self.new(
            Assessment,
            {**derived, **data},
            account_id=account.id,
            opportunity_id=opportunity.id if opportunity else None,
        )

    def tender_details(self, tender: Tender, data: dict[str, Any]) -> None:
        for position, item in enumerate(data.get("lots", [])):
            self.new(TenderLot, item, tender_id=tender.id, position=position)
        for position, item in enumerate(data.get("deviations", [])):
            self.new(DeviationItem, item, tender_id=tender.id, position=position)
