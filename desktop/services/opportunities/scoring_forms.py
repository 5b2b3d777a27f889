"""The scoring forms' content (docs/domain.md#scoring): criteria with what each rating means, the
ten items and the question each answers, and the bid / no-bid veto conditions."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.models.enums import FinancialCondition, IndustryStage, OwnershipType, PaymentHistory
from desktop.services.labels import LABELS
from desktop.services.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class Criterion:
    key: str
    title: Message
    levels: tuple[Message, ...] = ()  # what ratings 4, 3, 2, 1 mean (evaluation, payment)
    hint: Message | None = None


class Question(StrEnum):
    REAL = "real"  # 是不是虚的？
    WIN = "win"  # 能赢吗？
    WORTH = "worth"  # 值得赢吗？


class Verdict(StrEnum):
    YES = "yes"
    PROBABLY = "probably"
    DOUBTFUL = "doubtful"
    NO = "no"


QUESTION_LABELS = {
    Question.REAL: QT_TRANSLATE_NOOP("Scoring", "Is it real?"),
    Question.WIN: QT_TRANSLATE_NOOP("Scoring", "Can we win?"),
    Question.WORTH: QT_TRANSLATE_NOOP("Scoring", "Is it worth winning?"),
}
VERDICT_LABELS = {
    Verdict.YES: QT_TRANSLATE_NOOP("Scoring", "Yes"),
    Verdict.PROBABLY: QT_TRANSLATE_NOOP("Scoring", "Probably"),
    Verdict.DOUBTFUL: QT_TRANSLATE_NOOP("Scoring", "Doubtful"),
    Verdict.NO: QT_TRANSLATE_NOOP("Scoring", "No"),
}


def _enum_levels(enum_type) -> tuple[Message, ...]:
    return tuple(LABELS[member] for member in enum_type)


EVALUATION_CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        "brand",
        QT_TRANSLATE_NOOP("Scoring", "Brand / product recognition"),
        (
            QT_TRANSLATE_NOOP("Scoring", "The customer draws on our scheme"),
            QT_TRANSLATE_NOOP("Scoring", "Recognises us"),
            QT_TRANSLATE_NOOP("Scoring", "No preference"),
            QT_TRANSLATE_NOOP("Scoring", "Does not recognise us"),
        ),
    ),
    Criterion(
        "maturity",
        QT_TRANSLATE_NOOP("Scoring", "Customer maturity"),
        (
            QT_TRANSLATE_NOOP("Scoring", "Long-term partner"),
            QT_TRANSLATE_NOOP("Scoring", "Past contract and cooperation"),
            QT_TRANSLATE_NOOP("Scoring", "Past contract or cooperation"),
            QT_TRANSLATE_NOOP("Scoring", "First contact"),
        ),
    ),
    Criterion(
        "competitor_share",
        QT_TRANSLATE_NOOP("Scoring", "Main competitors' share"),
        (
            QT_TRANSLATE_NOOP("Scoring", "Up to 10 %"),
            QT_TRANSLATE_NOOP("Scoring", "Over 10 % up to 40 %"),
            QT_TRANSLATE_NOOP("Scoring", "Over 40 % up to 70 %"),
            QT_TRANSLATE_NOOP("Scoring", "Over 70 %"),
        ),
    ),
    Criterion(
        "price",
        QT_TRANSLATE_NOOP("Scoring", "Price competitiveness"),
        (
            QT_TRANSLATE_NOOP("Scoring", "Very strong"),
            QT_TRANSLATE_NOOP("Scoring", "Strong"),
            QT_TRANSLATE_NOOP("Scoring", "Average"),
            QT_TRANSLATE_NOOP("Scoring", "Poor"),
        ),
    ),
)

PAYMENT_CRITERIA: tuple[Criterion, ...] = (
    Criterion("ownership", QT_TRANSLATE_NOOP("Scoring", "Ownership"), _enum_levels(OwnershipType)),
    Criterion(
        "financial",
        QT_TRANSLATE_NOOP("Scoring", "Financial condition"),
        _enum_levels(FinancialCondition),
    ),
    Criterion(
        "payment_history",
        QT_TRANSLATE_NOOP("Scoring", "Payment history"),
        _enum_levels(PaymentHistory),
    ),
    Criterion(
        "industry_stage",
        QT_TRANSLATE_NOOP("Scoring", "Industry stage"),
        _enum_levels(IndustryStage),
    ),
)

TEN_ITEMS: tuple[Criterion, ...] = (
    Criterion(
        "application_clear",
        QT_TRANSLATE_NOOP("Scoring", "The customer's application or project is clear"),
        hint=QT_TRANSLATE_NOOP(
            "Scoring",
            "What does the customer need, what is the key problem, who sponsors the plan?",
        ),
    ),
    Criterion(
        "business_strong",
        QT_TRANSLATE_NOOP("Scoring", "The customer's business is strong"),
        hint=QT_TRANSLATE_NOOP("Scoring", "Is the customer's business growing and well funded?"),
    ),
    Criterion(
        "approval_sound",
        QT_TRANSLATE_NOOP("Scoring", "The project approval is sound"),
        hint=QT_TRANSLATE_NOOP("Scoring", "Has the project been approved, and by whom?"),
    ),
    Criterion(
        "budget_exists",
        QT_TRANSLATE_NOOP("Scoring", "The project has a budget"),
        hint=QT_TRANSLATE_NOOP("Scoring", "How much, from which source, and is it in place?"),
    ),
    Criterion(
        "urgency",
        QT_TRANSLATE_NOOP("Scoring", "The project is urgent for the customer"),
        hint=QT_TRANSLATE_NOOP("Scoring", "What deadline drives it?"),
    ),
    Criterion(
        "short_term_revenue",
        QT_TRANSLATE_NOOP("Scoring", "Our short-term revenue"),
        hint=QT_TRANSLATE_NOOP("Scoring", "How much, and how soon?"),
    ),
    Criterion(
        "future_revenue",
        QT_TRANSLATE_NOOP("Scoring", "Our future revenue"),
        hint=QT_TRANSLATE_NOOP("Scoring", "Follow-on phases, services, other sites"),
    ),
    Criterion(
        "profit",
        QT_TRANSLATE_NOOP("Scoring", "Our profit"),
        hint=QT_TRANSLATE_NOOP("Scoring", "Expected margin after discounts"),
    ),
    Criterion(
        "risk",
        QT_TRANSLATE_NOOP("Scoring", "Our risk"),
        hint=QT_TRANSLATE_NOOP(
            "Scoring", "5 = low risk, 1 = high risk (delivery, payment, blockers)"
        ),
    ),
    Criterion(
        "strategic_value",
        QT_TRANSLATE_NOOP("Scoring", "Strategic value for expanding our market"),
        hint=QT_TRANSLATE_NOOP("Scoring", "A reference customer, a new industry or region?"),
    ),
)
TEN_ITEM_QUESTIONS: dict[str, Question] = {
    item.key: Question.REAL if number < 5 else Question.WORTH
    for number, item in enumerate(TEN_ITEMS)
}
TEN_ITEM_SCALE = (1, 5)
FOUR_LEVEL_SCALE = (1, 4)

VETOES: tuple[Criterion, ...] = (
    Criterion(
        "customer_rejects",
        QT_TRANSLATE_NOOP("Scoring", "The customer explicitly rejects our product or scheme"),
    ),
    Criterion("no_product_need", QT_TRANSLATE_NOOP("Scoring", "There is no need for our products")),
    Criterion(
        "against_strategy",
        QT_TRANSLATE_NOOP("Scoring", "It goes against our company's sales strategy"),
    ),
)

BID_KEY = "bid"  # the bid decision form's own answer: {"rating": True (bid) / False, "comment"}
