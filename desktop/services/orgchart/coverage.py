"""Coverage analysis: where our hold on the buying organisation is weak. Qt-free.

Our version of the Miller Heiman red flags, computed on the chart of one account. Each flag says
why in one sentence and, where it concerns one person, names them so the list can jump there:

1. no coach in the account (someone with the coach role or the coach stance);
2. a key decision maker who is neutral, opposed or a blocker;
3. a technical or business gatekeeper who is opposed or a blocker: they can reject a
   supplier (docs/domain.md#coverage-red-flags);
4. a blocker anywhere (a decision maker or gatekeeper who is a blocker is flagged once, by
   rule 2 or 3);
5. a layer (decision, management, operational, outside influencers) with nobody in it;
6. a key decision maker or gatekeeper not met for more than N days (any logged interaction
   counts as contact), or never met;
7. a coach whose trust in us is below 3, or not rated;
8. a person whose stance toward us is unknown.

People who left the client are ignored. A former coach who moved here from another client is
listed last, as a way in (services/orgchart/moves.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from desktop.models.enums import Layer, Role, Stance

from ..labels import LABELS
from ..messages import QT_TRANSLATE_NOOP, Message
from ..settings import SettingKey, within
from .chart import GATEKEEPERS, OrgChart, Person

# A key decision maker or gatekeeper not met for more than this many days is flagged.
STALE_DAYS_RANGE = (7, 365)
STALE_CONTACT_DAYS = SettingKey(
    "orgchart.stale_contact_days",
    60,
    within(
        *STALE_DAYS_RANGE,
        QT_TRANSLATE_NOOP("OrgChartSettings", "Not met for more than: from 7 to 365 days."),
    ),
)


class FlagKind(StrEnum):
    NO_COACH = "no_coach"
    DECISION_MAKER_AGAINST = "decision_maker_against"
    GATEKEEPER_AGAINST = "gatekeeper_against"
    BLOCKER = "blocker"
    EMPTY_LAYER = "empty_layer"
    NOT_MET = "not_met"
    COACH_LOW_TRUST = "coach_low_trust"
    UNKNOWN_STANCE = "unknown_stance"
    FORMER_COACH = "former_coach"  # not a risk: a way in (docs/map-over-time.md)


class Severity(IntEnum):
    HIGH = 0
    MEDIUM = 1
    LOW = 2


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    severity: Severity
    message: Message
    person_id: int | None = None  # the person concerned, if one
    layer: Layer | None = None  # the layer concerned, for an empty layer


NO_COACH = QT_TRANSLATE_NOOP(
    "Coverage", "No coach in this account: nobody passes us information or warns us in time."
)
NO_COACH_BUT = QT_TRANSLATE_NOOP(
    "Coverage",
    "No coach in this account: nobody passes us information or warns us in time; "
    "{names} could become one.",
)
DECISION_MAKER = {
    Stance.NEUTRAL: QT_TRANSLATE_NOOP(
        "Coverage",
        "{name}, a key decision maker, is only neutral: win them over before the decision, "
        "as their “no” stops the deal.",
    ),
    Stance.OPPONENT: QT_TRANSLATE_NOOP(
        "Coverage", "{name}, a key decision maker, is opposed to us: their “no” stops the deal."
    ),
    Stance.BLOCKER: QT_TRANSLATE_NOOP(
        "Coverage",
        "{name}, a key decision maker, is a blocker firmly for a competitor: their “no” stops "
        "the deal.",
    ),
}
GATEKEEPER = {
    Stance.OPPONENT: QT_TRANSLATE_NOOP(
        "Coverage",
        "{name} ({role}) is opposed to us: a gatekeeper can reject our offer even if others "
        "back it.",
    ),
    Stance.BLOCKER: QT_TRANSLATE_NOOP(
        "Coverage",
        "{name} ({role}) is a blocker, firmly for a competitor: a gatekeeper can reject our "
        "offer even if others back it.",
    ),
}
BLOCKER = QT_TRANSLATE_NOOP(
    "Coverage", "{name} is a blocker, firmly for a competitor: expect them to work against us."
)
EMPTY_LAYER = {
    Layer.DECISION: QT_TRANSLATE_NOOP(
        "Coverage", "Nobody in the decision layer yet: we do not know who will approve the deal."
    ),
    Layer.MANAGEMENT: QT_TRANSLATE_NOOP(
        "Coverage",
        "Nobody in the management layer yet: the technical, purchasing and finance managers "
        "are unknown to us.",
    ),
    Layer.OPERATIONAL: QT_TRANSLATE_NOOP(
        "Coverage",
        "Nobody in the operational layer yet: we know none of the engineers, designers and "
        "buyers who will use and specify the system.",
    ),
    Layer.EXTERNAL: QT_TRANSLATE_NOOP(
        "Coverage",
        "No outside influencers recorded: a superior unit, design institute or headquarters "
        "may shape the decision unseen.",
    ),
}
NOT_MET = QT_TRANSLATE_NOOP(
    "Coverage", "{name} ({role}) was last met {days} days ago, more than the {limit} days allowed."
)
NEVER_MET = QT_TRANSLATE_NOOP(
    "Coverage", "{name} ({role}) has never been met: no interaction is logged."
)
COACH_LOW_TRUST = QT_TRANSLATE_NOOP(
    "Coverage",
    "{name} is our coach but trusts us only {trust} out of 5: check what they tell us.",
)
COACH_TRUST_UNRATED = QT_TRANSLATE_NOOP(
    "Coverage", "{name} is our coach but their trust in us has not been rated yet."
)
UNKNOWN_STANCE = QT_TRANSLATE_NOOP(
    "Coverage", "{name}'s stance toward us is unknown: find out where they stand."
)
ALL_CLEAR = QT_TRANSLATE_NOOP(
    "Coverage", "No red flags: every layer is covered, and we have a trusted coach."
)

_KIND_ORDER = list(FlagKind)
_LAYERS_BY_WEIGHT = (Layer.DECISION, Layer.MANAGEMENT, Layer.OPERATIONAL, Layer.EXTERNAL)


def _gatekeeper_role(person: Person) -> Role | None:
    return next((role for role in person.roles if role in GATEKEEPERS), None)


def _watched_role(person: Person) -> Role | None:
    """The role that makes a person's silence dangerous, if any."""
    if Role.KEY_DECISION_MAKER in person.roles:
        return Role.KEY_DECISION_MAKER
    return _gatekeeper_role(person)


def analyse(chart: OrgChart, today: date, stale_days: int) -> list[Flag]:
    """Every red flag of the account, most serious first."""
    flags: list[Flag] = []
    # People who left the client no longer count (docs/map-over-time.md); people of other
    # accounts are on the chart for their lines only (docs/coverage.md).
    people = [p for p in chart.people if not p.has_left and p.from_account is None]

    if not any(person.is_coach for person in people):
        candidates = [p.name for p in people if p.could_be_coach]
        message = NO_COACH_BUT.with_(names=", ".join(candidates)) if candidates else NO_COACH
        flags.append(Flag(FlagKind.NO_COACH, Severity.HIGH, message))

    present = {person.layer for person in people}
    for layer in _LAYERS_BY_WEIGHT:
        if layer not in present:
            severity = Severity.HIGH if layer is Layer.DECISION else Severity.MEDIUM
            flags.append(Flag(FlagKind.EMPTY_LAYER, severity, EMPTY_LAYER[layer], layer=layer))

    for person in people:
        name = person.name
        deciding = Role.KEY_DECISION_MAKER in person.roles
        if deciding and person.stance in DECISION_MAKER:
            severity = Severity.MEDIUM if person.stance is Stance.NEUTRAL else Severity.HIGH
            flags.append(
                Flag(
                    FlagKind.DECISION_MAKER_AGAINST,
                    severity,
                    DECISION_MAKER[person.stance].with_(name=name),
                    person.id,
                )
            )
        elif (gatekeeper := _gatekeeper_role(person)) and person.stance in GATEKEEPER:
            message = GATEKEEPER[person.stance].with_(name=name, role=LABELS[gatekeeper])
            flags.append(Flag(FlagKind.GATEKEEPER_AGAINST, Severity.HIGH, message, person.id))
        elif person.stance is Stance.BLOCKER:
            flags.append(Flag(FlagKind.BLOCKER, Severity.HIGH, BLOCKER.with_(name=name), person.id))
        role = _watched_role(person)
        if role is not None:
            role_name = LABELS[role]
            if person.last_met is None:
                message = NEVER_MET.with_(name=name, role=role_name)
                flags.append(Flag(FlagKind.NOT_MET, Severity.MEDIUM, message, person.id))
            elif (days := (today - person.last_met).days) > stale_days:
                message = NOT_MET.with_(name=name, role=role_name, days=days, limit=stale_days)
                flags.append(Flag(FlagKind.NOT_MET, Severity.MEDIUM, message, person.id))
        if person.is_coach and (person.trust is None or person.trust < 3):
            message = (
                COACH_TRUST_UNRATED.with_(name=name)
                if person.trust is None
                else COACH_LOW_TRUST.with_(name=name, trust=person.trust)
            )
            flags.append(Flag(FlagKind.COACH_LOW_TRUST, Severity.MEDIUM, message, person.id))
        if person.stance is None:
            flags.append(
                Flag(
                    FlagKind.UNKNOWN_STANCE,
                    Severity.LOW,
                    UNKNOWN_STANCE.with_(name=name),
                    person.id,
                )
            )
    position = {person.id: number for number, person in enumerate(people)}
    flags.sort(
        key=lambda f: (
            f.severity,
            _KIND_ORDER.index(f.kind),
            -1 if f.person_id is None else position.get(f.person_id, -1),
        )
    )
    return flags
