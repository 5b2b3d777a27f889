"""Display names of the domain's enumerations, for every language (translated through Qt)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from enum import Enum

from desktop.models import enums as e

from .messages import QT_TRANSLATE_NOOP, Message, Translate, english

_PAIRS: tuple[tuple[Enum, Message], ...] = (
    (e.CustomerClass.IN_SYSTEM, QT_TRANSLATE_NOOP("CustomerClass", "In-system")),
    (e.CustomerClass.A, QT_TRANSLATE_NOOP("CustomerClass", "Class A")),
    (e.CustomerClass.B, QT_TRANSLATE_NOOP("CustomerClass", "Class B")),
    (e.CustomerClass.C, QT_TRANSLATE_NOOP("CustomerClass", "Class C")),
    (
        e.OwnershipType.STATE_CENTRAL,
        QT_TRANSLATE_NOOP("OwnershipType", "State grid / large central SOE"),
    ),
    (
        e.OwnershipType.LOCAL_SOE_LISTED,
        QT_TRANSLATE_NOOP("OwnershipType", "Local SOE or listed company"),
    ),
    (e.OwnershipType.LARGE_PRIVATE, QT_TRANSLATE_NOOP("OwnershipType", "Large private company")),
    (e.OwnershipType.PRIVATE, QT_TRANSLATE_NOOP("OwnershipType", "Private company")),
    (e.FinancialCondition.VERY_GOOD, QT_TRANSLATE_NOOP("FinancialCondition", "Very good")),
    (e.FinancialCondition.GOOD, QT_TRANSLATE_NOOP("FinancialCondition", "Good")),
    (e.FinancialCondition.AVERAGE, QT_TRANSLATE_NOOP("FinancialCondition", "Average")),
    (e.FinancialCondition.POOR, QT_TRANSLATE_NOOP("FinancialCondition", "Poor")),
    (e.PaymentHistory.CLEAN, QT_TRANSLATE_NOOP("PaymentHistory", "No bad debt, no delay")),
    (e.PaymentHistory.DELAYS, QT_TRANSLATE_NOOP("PaymentHistory", "No bad debt, some delay")),
    (e.PaymentHistory.NO_CONTRACT, QT_TRANSLATE_NOOP("PaymentHistory", "No contract yet")),
    (e.PaymentHistory.BAD_DEBT, QT_TRANSLATE_NOOP("PaymentHistory", "Bad debt")),
    (e.IndustryStage.FAST_GROWTH, QT_TRANSLATE_NOOP("IndustryStage", "Fast growth")),
    (e.IndustryStage.GROWTH, QT_TRANSLATE_NOOP("IndustryStage", "Growth")),
    (e.IndustryStage.STABLE, QT_TRANSLATE_NOOP("IndustryStage", "Stable")),
    (e.IndustryStage.DECLINE, QT_TRANSLATE_NOOP("IndustryStage", "Decline")),
    (e.Layer.DECISION, QT_TRANSLATE_NOOP("Layer", "Decision layer")),
    (e.Layer.MANAGEMENT, QT_TRANSLATE_NOOP("Layer", "Management layer")),
    (e.Layer.OPERATIONAL, QT_TRANSLATE_NOOP("Layer", "Operational layer")),
    (e.Layer.EXTERNAL, QT_TRANSLATE_NOOP("Layer", "Outside influencers")),
    (e.ExternalKind.SUPERIOR_UNIT, QT_TRANSLATE_NOOP("ExternalKind", "Superior unit")),
    (e.ExternalKind.DESIGN_INSTITUTE, QT_TRANSLATE_NOOP("ExternalKind", "Design institute")),
    (e.ExternalKind.HEADQUARTERS, QT_TRANSLATE_NOOP("ExternalKind", "Headquarters")),
    (e.ExternalKind.OTHER, QT_TRANSLATE_NOOP("ExternalKind", "Other outside party")),
    (e.Role.KEY_DECISION_MAKER, QT_TRANSLATE_NOOP("Role", "Key decision maker")),
    (e.Role.TECHNICAL_GATEKEEPER, QT_TRANSLATE_NOOP("Role", "Technical gatekeeper")),
    (e.Role.BUSINESS_GATEKEEPER, QT_TRANSLATE_NOOP("Role", "Business gatekeeper")),
    (e.Role.PROJECT_LEAD, QT_TRANSLATE_NOOP("Role", "Project lead")),
    (e.Role.COACH, QT_TRANSLATE_NOOP("Role", "Coach")),
    (e.Role.INFLUENCER, QT_TRANSLATE_NOOP("Role", "Influencer")),
    (e.Role.PURCHASER, QT_TRANSLATE_NOOP("Role", "Purchaser")),
    (e.Role.USER, QT_TRANSLATE_NOOP("Role", "User")),
    (e.Stance.COACH, QT_TRANSLATE_NOOP("Stance", "Coach")),
    (e.Stance.SUPPORTER, QT_TRANSLATE_NOOP("Stance", "Supporter")),
    (e.Stance.NEUTRAL, QT_TRANSLATE_NOOP("Stance", "Neutral")),
    (e.Stance.OPPONENT, QT_TRANSLATE_NOOP("Stance", "Opponent")),
    (e.Stance.BLOCKER, QT_TRANSLATE_NOOP("Stance", "Blocker")),
    (e.Personality.TIGER, QT_TRANSLATE_NOOP("Personality", "Tiger")),
    (e.Personality.PEACOCK, QT_TRANSLATE_NOOP("Personality", "Peacock")),
    (e.Personality.OWL, QT_TRANSLATE_NOOP("Personality", "Owl")),
    (e.Personality.KOALA, QT_TRANSLATE_NOOP("Personality", "Koala")),
    (e.Gender.MALE, QT_TRANSLATE_NOOP("Gender", "Male")),
    (e.Gender.FEMALE, QT_TRANSLATE_NOOP("Gender", "Female")),
    (e.InteractionKind.VISIT, QT_TRANSLATE_NOOP("InteractionKind", "Visit")),
    (e.InteractionKind.CALL, QT_TRANSLATE_NOOP("InteractionKind", "Call")),
    (e.InteractionKind.TECH_EXCHANGE, QT_TRANSLATE_NOOP("InteractionKind", "Technical exchange")),
    (e.InteractionKind.FACTORY_VISIT, QT_TRANSLATE_NOOP("InteractionKind", "Factory visit")),
    (e.InteractionKind.MEAL, QT_TRANSLATE_NOOP("InteractionKind", "Meal")),
    (e.InteractionKind.OTHER, QT_TRANSLATE_NOOP("InteractionKind", "Other")),
    (e.LeadTemperature.COLD, QT_TRANSLATE_NOOP("LeadTemperature", "Cold")),
    (e.LeadTemperature.WARM, QT_TRANSLATE_NOOP("LeadTemperature", "Warm")),
    (e.LeadTemperature.HOT, QT_TRANSLATE_NOOP("LeadTemperature", "Hot")),
    (e.LeadStatus.OPEN, QT_TRANSLATE_NOOP("LeadStatus", "Open")),
    (e.LeadStatus.CONVERTED, QT_TRANSLATE_NOOP("LeadStatus", "Converted")),
    (e.LeadStatus.DROPPED, QT_TRANSLATE_NOOP("LeadStatus", "Dropped")),
    (e.ForecastCategory.PIPELINE, QT_TRANSLATE_NOOP("ForecastCategory", "Pipeline")),
    (e.ForecastCategory.BEST_CASE, QT_TRANSLATE_NOOP("ForecastCategory", "Best case")),
    (e.ForecastCategory.COMMIT, QT_TRANSLATE_NOOP("ForecastCategory", "Commit")),
    (e.ForecastCategory.OMITTED, QT_TRANSLATE_NOOP("ForecastCategory", "Omitted")),
    (e.ForecastCategory.WON, QT_TRANSLATE_NOOP("ForecastCategory", "Won")),
    (e.ForecastCategory.LOST, QT_TRANSLATE_NOOP("ForecastCategory", "Lost")),
    (e.FundingSource.GOVERNMENT, QT_TRANSLATE_NOOP("FundingSource", "Government funds")),
    (e.FundingSource.BANK, QT_TRANSLATE_NOOP("FundingSource", "Bank loan")),
    (e.FundingSource.SELF_RAISED, QT_TRANSLATE_NOOP("FundingSource", "Self-raised")),
    (e.FundingSource.OTHER, QT_TRANSLATE_NOOP("FundingSource", "Other")),
    (e.FundingStatus.IN_PLACE, QT_TRANSLATE_NOOP("FundingStatus", "In place")),
    (e.FundingStatus.HALF, QT_TRANSLATE_NOOP("FundingStatus", "Half in place")),
    (e.FundingStatus.NOT_IN_PLACE, QT_TRANSLATE_NOOP("FundingStatus", "Not in place")),
    (e.ProjectLevel.NORMAL, QT_TRANSLATE_NOOP("ProjectLevel", "Normal")),
    (e.ProjectLevel.IMPORTANT, QT_TRANSLATE_NOOP("ProjectLevel", "Important")),
    (e.ProjectLevel.MAJOR, QT_TRANSLATE_NOOP("ProjectLevel", "Major")),
    (e.ProjectLevel.CRITICAL, QT_TRANSLATE_NOOP("ProjectLevel", "Especially major")),
    (e.ProjectLevel.COLLECTIVE, QT_TRANSLATE_NOOP("ProjectLevel", "Collective procurement")),
    (e.ProjectLevel.STRATEGIC, QT_TRANSLATE_NOOP("ProjectLevel", "Strategic")),
    (e.BidDecision.UNDECIDED, QT_TRANSLATE_NOOP("BidDecision", "Undecided")),
    (e.BidDecision.BID, QT_TRANSLATE_NOOP("BidDecision", "Bid")),
    (e.BidDecision.NO_BID, QT_TRANSLATE_NOOP("BidDecision", "No bid")),
    (e.AssessmentKind.EVALUATION, QT_TRANSLATE_NOOP("AssessmentKind", "Opportunity evaluation")),
    (e.AssessmentKind.PAYMENT_CAPACITY, QT_TRANSLATE_NOOP("AssessmentKind", "Payment capacity")),
    (
        e.AssessmentKind.TEN_ITEM,
        QT_TRANSLATE_NOOP("AssessmentKind", "Sales opportunity assessment"),
    ),
    (e.AssessmentKind.BID_DECISION, QT_TRANSLATE_NOOP("AssessmentKind", "Bid / no-bid decision")),
    (e.TenderResult.PENDING, QT_TRANSLATE_NOOP("TenderResult", "Pending")),
    (e.TenderResult.WON, QT_TRANSLATE_NOOP("TenderResult", "Won")),
    (e.TenderResult.LOST, QT_TRANSLATE_NOOP("TenderResult", "Lost")),
    (e.TenderResult.VOID, QT_TRANSLATE_NOOP("TenderResult", "Void")),
    (e.ChecklistStatus.OPEN, QT_TRANSLATE_NOOP("ChecklistStatus", "Open")),
    (e.ChecklistStatus.DONE, QT_TRANSLATE_NOOP("ChecklistStatus", "Done")),
    (e.ChecklistStatus.NOT_APPLICABLE, QT_TRANSLATE_NOOP("ChecklistStatus", "Not applicable")),
    (e.ChecklistStatus.PROBLEM, QT_TRANSLATE_NOOP("ChecklistStatus", "Problem")),
    (e.DeviationType.TECHNICAL, QT_TRANSLATE_NOOP("DeviationType", "Technical")),
    (e.DeviationType.COMMERCIAL, QT_TRANSLATE_NOOP("DeviationType", "Commercial")),
    (e.Deviation.NONE, QT_TRANSLATE_NOOP("Deviation", "No deviation")),
    (e.Deviation.POSITIVE, QT_TRANSLATE_NOOP("Deviation", "Positive deviation")),
    (e.Deviation.NEGATIVE, QT_TRANSLATE_NOOP("Deviation", "Negative deviation")),
    (e.ContractStatus.ACTIVE, QT_TRANSLATE_NOOP("ContractStatus", "Active")),
    (e.ContractStatus.COMPLETED, QT_TRANSLATE_NOOP("ContractStatus", "Completed")),
    (e.ContractStatus.TERMINATED, QT_TRANSLATE_NOOP("ContractStatus", "Terminated")),
    (e.MilestoneTrigger.SIGNING, QT_TRANSLATE_NOOP("MilestoneTrigger", "Signing")),
    (e.MilestoneTrigger.DELIVERY, QT_TRANSLATE_NOOP("MilestoneTrigger", "Delivery")),
    (e.MilestoneTrigger.ACCEPTANCE, QT_TRANSLATE_NOOP("MilestoneTrigger", "Acceptance")),
    (
        e.MilestoneTrigger.FINAL_ACCEPTANCE,
        QT_TRANSLATE_NOOP("MilestoneTrigger", "Final acceptance"),
    ),
    (e.MilestoneTrigger.WARRANTY_END, QT_TRANSLATE_NOOP("MilestoneTrigger", "End of warranty")),
    (e.MilestoneTrigger.FIXED_DATE, QT_TRANSLATE_NOOP("MilestoneTrigger", "Fixed date")),
    (e.DueRule.FIXED_DATE, QT_TRANSLATE_NOOP("DueRule", "On a fixed date")),
    (e.DueRule.DAYS_AFTER, QT_TRANSLATE_NOOP("DueRule", "Days after the trigger")),
    (e.AcceptanceKind.ARRIVAL, QT_TRANSLATE_NOOP("AcceptanceKind", "Arrival acceptance")),
    (e.AcceptanceKind.INITIAL, QT_TRANSLATE_NOOP("AcceptanceKind", "Initial acceptance")),
    (e.AcceptanceKind.FINAL, QT_TRANSLATE_NOOP("AcceptanceKind", "Final acceptance")),
    (e.InvoiceKind.VAT_SPECIAL, QT_TRANSLATE_NOOP("InvoiceKind", "VAT special invoice")),
    (e.InvoiceKind.VAT_ORDINARY, QT_TRANSLATE_NOOP("InvoiceKind", "VAT ordinary invoice")),
    (e.InvoiceStatus.ISSUED, QT_TRANSLATE_NOOP("InvoiceStatus", "Issued")),
    (e.InvoiceStatus.BOOKED, QT_TRANSLATE_NOOP("InvoiceStatus", "Booked by the customer")),
    (e.InvoiceStatus.RETURNED, QT_TRANSLATE_NOOP("InvoiceStatus", "Returned")),
    (e.PaymentMethod.BANK_TRANSFER, QT_TRANSLATE_NOOP("PaymentMethod", "Bank transfer")),
    (e.PaymentMethod.BANK_ACCEPTANCE, QT_TRANSLATE_NOOP("PaymentMethod", "Bank acceptance bill")),
    (
        e.PaymentMethod.COMMERCIAL_ACCEPTANCE,
        QT_TRANSLATE_NOOP("PaymentMethod", "Commercial acceptance bill"),
    ),
    (e.PaymentMethod.CHEQUE, QT_TRANSLATE_NOOP("PaymentMethod", "Cheque")),
    (e.PaymentMethod.CASH, QT_TRANSLATE_NOOP("PaymentMethod", "Cash")),
    (e.PaymentMethod.OTHER, QT_TRANSLATE_NOOP("PaymentMethod", "Other")),
    (e.CollectionStep.REMINDER_CALL, QT_TRANSLATE_NOOP("CollectionStep", "Reminder call")),
    (
        e.CollectionStep.RECONCILIATION_LETTER,
        QT_TRANSLATE_NOOP("CollectionStep", "Reconciliation letter"),
    ),
    (e.CollectionStep.DUNNING_LETTER, QT_TRANSLATE_NOOP("CollectionStep", "Dunning letter")),
    (e.CollectionStep.LAWYER_LETTER, QT_TRANSLATE_NOOP("CollectionStep", "Lawyer's letter")),
    (e.CollectionStep.LITIGATION, QT_TRANSLATE_NOOP("CollectionStep", "Litigation")),
    (e.InfluenceDegree.HIGH, QT_TRANSLATE_NOOP("InfluenceDegree", "High")),
    (e.InfluenceDegree.MEDIUM, QT_TRANSLATE_NOOP("InfluenceDegree", "Medium")),
    (e.InfluenceDegree.LOW, QT_TRANSLATE_NOOP("InfluenceDegree", "Low")),
    (e.BuyingMode.GROWTH, QT_TRANSLATE_NOOP("BuyingMode", "Growth")),
    (e.BuyingMode.TROUBLE, QT_TRANSLATE_NOOP("BuyingMode", "Trouble")),
    (e.BuyingMode.EVEN_KEEL, QT_TRANSLATE_NOOP("BuyingMode", "Even keel")),
    (e.BuyingMode.OVERCONFIDENT, QT_TRANSLATE_NOOP("BuyingMode", "Overconfident")),
    (e.StrategyNoteKind.STRENGTH, QT_TRANSLATE_NOOP("StrategyNoteKind", "Strength")),
    (e.StrategyNoteKind.RED_FLAG, QT_TRANSLATE_NOOP("StrategyNoteKind", "Red flag")),
    (e.ActionStatus.POSSIBLE, QT_TRANSLATE_NOOP("ActionStatus", "Possible")),
    (e.ActionStatus.OPEN, QT_TRANSLATE_NOOP("ActionStatus", "Open")),
    (e.ActionStatus.DONE, QT_TRANSLATE_NOOP("ActionStatus", "Done")),
    (e.ActionStatus.DROPPED, QT_TRANSLATE_NOOP("ActionStatus", "Dropped")),
    (e.OrderPriority.A, QT_TRANSLATE_NOOP("OrderPriority", "A: complete and fully paid")),
    (
        e.OrderPriority.B,
        QT_TRANSLATE_NOOP("OrderPriority", "B: clear need, not yet submitted or not fully paid"),
    ),
    (e.OrderPriority.C, QT_TRANSLATE_NOOP("OrderPriority", "C: paid, delivery date unclear")),
    (e.OrderPriority.D, QT_TRANSLATE_NOOP("OrderPriority", "D: other or temporary")),
)


class _Labels(Mapping[Enum, Message]):
    """Labels looked up by enum member. Members of different enums can share a value (the
    forecast category and the tender result "won"), and StrEnum members with equal values
    are equal keys, so entries are kept under (enum type, member)."""

    def __init__(self, pairs: Iterable[tuple[Enum, Message]]) -> None:
        self._by_key = {(type(member), member): text for member, text in pairs}

    def __getitem__(self, member: Enum) -> Message:
        return self._by_key[(type(member), member)]

    def __contains__(self, member: object) -> bool:
        return (type(member), member) in self._by_key

    def __iter__(self) -> Iterator[Enum]:
        return (member for _, member in self._by_key)

    def __len__(self) -> int:
        return len(self._by_key)


LABELS: Mapping[Enum, Message] = _Labels(_PAIRS)

UNKNOWN = QT_TRANSLATE_NOOP("Labels", "Unknown")


def label(value: Enum | None, translate: Translate = english) -> str:
    """The display name of an enum member; "Unknown" for None."""
    return (UNKNOWN if value is None else LABELS[value]).render(translate)


def localized(english_text: str, chinese_text: str, language: str) -> str:
    """Pick the text of user data kept in both languages (stage names, checklist items)."""
    return chinese_text if language.startswith("zh") and chinese_text else english_text
