"""The domain's closed vocabularies (docs/domain.md). Values are stable: they are stored and
exported."""

from __future__ import annotations

from enum import StrEnum


class CustomerClass(StrEnum):
    """Decides shipping without payment (docs/domain.md#shipping-gate)."""

    IN_SYSTEM = "in_system"
    A = "a"
    B = "b"
    C = "c"


class OwnershipType(StrEnum):
    """Payment-capacity criterion, scored 4/3/2/1 in this order."""

    STATE_CENTRAL = "state_central"  # state grid / large central SOE
    LOCAL_SOE_LISTED = "local_soe_listed"
    LARGE_PRIVATE = "large_private"
    PRIVATE = "private"


class FinancialCondition(StrEnum):
    VERY_GOOD = "very_good"
    GOOD = "good"
    AVERAGE = "average"
    POOR = "poor"


class PaymentHistory(StrEnum):
    CLEAN = "clean"  # no bad debt, no delay
    DELAYS = "delays"  # no bad debt, some delay
    NO_CONTRACT = "no_contract"
    BAD_DEBT = "bad_debt"


class IndustryStage(StrEnum):
    FAST_GROWTH = "fast_growth"
    GROWTH = "growth"
    STABLE = "stable"
    DECLINE = "decline"


class Layer(StrEnum):
    """Where a person sits in the client's buying organisation
    (docs/domain.md#roles-and-stances)."""

    DECISION = "decision"
    MANAGEMENT = "management"
    OPERATIONAL = "operational"
    EXTERNAL = "external"  # outside the decision group: superior unit, design institute, HQ


class ExternalKind(StrEnum):
    SUPERIOR_UNIT = "superior_unit"
    DESIGN_INSTITUTE = "design_institute"
    HEADQUARTERS = "headquarters"
    OTHER = "other"


class Role(StrEnum):
    KEY_DECISION_MAKER = "key_decision_maker"
    TECHNICAL_GATEKEEPER = "technical_gatekeeper"
    BUSINESS_GATEKEEPER = "business_gatekeeper"
    PROJECT_LEAD = "project_lead"
    COACH = "coach"
    INFLUENCER = "influencer"
    PURCHASER = "purchaser"
    USER = "user"


class Stance(StrEnum):
    """Stance toward us: C, S, N, E, B. A missing stance means "unknown"."""

    COACH = "coach"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    OPPONENT = "opponent"
    BLOCKER = "blocker"


class Personality(StrEnum):
    TIGER = "tiger"
    PEACOCK = "peacock"
    OWL = "owl"
    KOALA = "koala"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"


class InteractionKind(StrEnum):
    VISIT = "visit"
    CALL = "call"
    TECH_EXCHANGE = "tech_exchange"
    FACTORY_VISIT = "factory_visit"
    MEAL = "meal"
    OTHER = "other"


class LeadTemperature(StrEnum):
    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class LeadStatus(StrEnum):
    OPEN = "open"
    CONVERTED = "converted"
    DROPPED = "dropped"


class ForecastCategory(StrEnum):
    PIPELINE = "pipeline"
    BEST_CASE = "best_case"  # upside: hoped for, not committed
    COMMIT = "commit"
    OMITTED = "omitted"
    WON = "won"
    LOST = "lost"


class FundingSource(StrEnum):
    GOVERNMENT = "government"
    BANK = "bank"
    SELF_RAISED = "self_raised"
    OTHER = "other"


class FundingStatus(StrEnum):
    IN_PLACE = "in_place"
    HALF = "half"
    NOT_IN_PLACE = "not_in_place"


class ProjectLevel(StrEnum):
    NORMAL = "normal"  # 一般
    IMPORTANT = "important"  # 重要
    MAJOR = "major"  # 重大
    CRITICAL = "critical"  # 特别重大
    COLLECTIVE = "collective"  # 集采
    STRATEGIC = "strategic"  # 战略


class BidDecision(StrEnum):
    UNDECIDED = "undecided"
    BID = "bid"
    NO_BID = "no_bid"


class AssessmentKind(StrEnum):
    EVALUATION = "evaluation"  # 机会点评估: four criteria -> estimated win chance
    PAYMENT_CAPACITY = "payment_capacity"  # 客户付款能力: four criteria -> grade
    TEN_ITEM = "ten_item"  # 销售机会评估表: real? winnable? worth it?
    BID_DECISION = "bid_decision"  # bid / no-bid with veto conditions


class TenderResult(StrEnum):
    PENDING = "pending"
    WON = "won"
    LOST = "lost"
    VOID = "void"


class ChecklistStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "na"
    PROBLEM = "problem"


class DeviationType(StrEnum):
    TECHNICAL = "technical"
    COMMERCIAL = "commercial"


class Deviation(StrEnum):
    NONE = "none"
    POSITIVE = "positive"
    NEGATIVE = "negative"


class ContractStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"
    TERMINATED = "terminated"


class MilestoneTrigger(StrEnum):
    SIGNING = "signing"
    DELIVERY = "delivery"
    ACCEPTANCE = "acceptance"
    FINAL_ACCEPTANCE = "final_acceptance"
    WARRANTY_END = "warranty_end"
    FIXED_DATE = "fixed_date"


class DueRule(StrEnum):
    FIXED_DATE = "fixed_date"
    DAYS_AFTER = "days_after"  # N days after the trigger event


class AcceptanceKind(StrEnum):
    ARRIVAL = "arrival"
    INITIAL = "initial"
    FINAL = "final"


class InvoiceKind(StrEnum):
    VAT_SPECIAL = "vat_special"
    VAT_ORDINARY = "vat_ordinary"


class InvoiceStatus(StrEnum):
    ISSUED = "issued"
    BOOKED = "booked"
    RETURNED = "returned"


class PaymentMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    BANK_ACCEPTANCE = "bank_acceptance"  # 银行承兑汇票
    COMMERCIAL_ACCEPTANCE = "commercial_acceptance"  # 商业承兑汇票
    CHEQUE = "cheque"
    CASH = "cash"
    OTHER = "other"


class CollectionStep(StrEnum):
    """The escalation ladder for an overdue milestone, in order."""

    REMINDER_CALL = "reminder_call"
    RECONCILIATION_LETTER = "reconciliation_letter"  # 对账函
    DUNNING_LETTER = "dunning_letter"  # 催款函
    LAWYER_LETTER = "lawyer_letter"  # 律师函
    LITIGATION = "litigation"


class InfluenceDegree(StrEnum):
    """How much a buying influence weighs in this deal (docs/strategy.md)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class BuyingMode(StrEnum):
    """How a buying influence sees their situation, which says how they receive change
    (docs/strategy.md): growth and trouble are open to it, even keel and overconfident are not."""

    GROWTH = "growth"
    TROUBLE = "trouble"
    EVEN_KEEL = "even_keel"
    OVERCONFIDENT = "overconfident"


class StrategyNoteKind(StrEnum):
    """The user's own entries on a deal strategy sheet, next to the automatic ones."""

    STRENGTH = "strength"
    RED_FLAG = "red_flag"


class ActionStatus(StrEnum):
    """``possible`` is a candidate on the strategy sheet, not yet committed to anyone;
    ``open`` has an owner and (usually) a due date; ``done`` and ``dropped`` are closed with an
    outcome (docs/actions.md)."""

    POSSIBLE = "possible"
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class OrderPriority(StrEnum):
    """Order priority of docs/domain.md#order-priority; ties go by submission time."""

    A = "a"  # complete and fully paid
    B = "b"  # clear need, not yet submitted or not fully paid
    C = "c"  # paid, delivery date unclear
    D = "d"  # other, temporary
