"""The org chart's visual vocabulary: stance colours, role badges, line styles, fonts.

Cards, the legend and the exports all draw from here, so the legend always tells the truth.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPen

from desktop.models.enums import Layer, Role, Stance
from desktop.services.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class StanceStyle:
    colour: QColor  # the stripe, the chip, the far-zoom fill
    tint: QColor  # the card's background
    text: QColor  # text drawn on ``colour``


def _stance(colour: str, tint: str, text: str = "#ffffff") -> StanceStyle:
    return StanceStyle(QColor(colour), QColor(tint), QColor(text))


# Traffic-light colours from firmly for us to firmly against; grey for "unknown".
STANCE_STYLES: dict[Stance | None, StanceStyle] = {
    Stance.COACH: _stance("#1b7a3d", "#e6f4ea"),
    Stance.SUPPORTER: _stance("#5aa83a", "#f0f8e8"),
    Stance.NEUTRAL: _stance("#d9a400", "#fdf6dc", "#2b2b2b"),
    Stance.OPPONENT: _stance("#e0701b", "#fdeede"),
    Stance.BLOCKER: _stance("#c62828", "#fbe4e4"),
    None: _stance("#8d949c", "#f3f4f5"),
}


# Colour by relationship owner (docs/coverage.md): the strongest relationship anyone on our
# team has with the person; grey when nobody knows them.
COVERAGE_STYLES: dict[int | None, StanceStyle] = {
    3: _stance("#1565c0", "#e3eefb"),
    2: _stance("#4f8fd6", "#edf3fb"),
    1: _stance("#9bbce3", "#f3f7fc", "#1f2328"),
    None: _stance("#8d949c", "#f3f4f5"),
}
OWNER_CHIP = QColor("#1f4e8c")
OUTSIDE_BORDER = QColor("#7e57c2")  # a person of another account, shown for their influence


@dataclass(frozen=True)
class BadgeStyle:
    short: Message  # a few letters on the card
    fill: QColor
    text: QColor


def _badge(short: Message, fill: str, text: str = "#ffffff") -> BadgeStyle:
    return BadgeStyle(short, QColor(fill), QColor(text))


ROLE_BADGES: dict[Role, BadgeStyle] = {
    Role.KEY_DECISION_MAKER: _badge(QT_TRANSLATE_NOOP("RoleBadge", "KDM"), "#f2b705", "#1f1f1f"),
    Role.TECHNICAL_GATEKEEPER: _badge(QT_TRANSLATE_NOOP("RoleBadge", "TG"), "#37474f"),
    Role.BUSINESS_GATEKEEPER: _badge(QT_TRANSLATE_NOOP("RoleBadge", "BG"), "#5d4037"),
    Role.PROJECT_LEAD: _badge(QT_TRANSLATE_NOOP("RoleBadge", "PL"), "#1565c0"),
    Role.COACH: _badge(QT_TRANSLATE_NOOP("RoleBadge", "C"), "#1b7a3d"),
    Role.INFLUENCER: _badge(QT_TRANSLATE_NOOP("RoleBadge", "INF"), "#6a4fb3"),
    Role.PURCHASER: _badge(QT_TRANSLATE_NOOP("RoleBadge", "PUR"), "#00838f"),
    Role.USER: _badge(QT_TRANSLATE_NOOP("RoleBadge", "U"), "#cfd8dc", "#263238"),
}

# Influence lines: purple, dashed and curved, heavier and darker as they get stronger.
INFLUENCE_COLOURS = {1: QColor("#b9a6e0"), 2: QColor("#7e57c2"), 3: QColor("#4527a0")}
INFLUENCE_WIDTHS = {1: 1.5, 2: 2.3, 3: 3.2}
REPORTING_COLOUR = QColor("#7b8a96")
SELECTION_COLOUR = QColor("#1e66d0")
HIGHLIGHT_COLOUR = QColor(255, 214, 0, 170)
DROP_OK_COLOUR = QColor("#2e9d4f")
DROP_REFUSED_COLOUR = QColor("#c62828")
CARD_BORDER = QColor("#c3cad1")
TEXT = QColor("#1f2328")
MUTED_TEXT = QColor("#5b6670")
METER_ON = QColor("#3a6fb0")
METER_OFF = QColor("#d5dbe1")

BAND_TINTS: dict[Layer, QColor] = {
    Layer.EXTERNAL: QColor("#f6f1e7"),
    Layer.DECISION: QColor("#edf2fa"),
    Layer.MANAGEMENT: QColor("#eef6ee"),
    Layer.OPERATIONAL: QColor("#f4f0f7"),
}
BAND_CAPTIONS: dict[Layer, Message] = {
    Layer.EXTERNAL: QT_TRANSLATE_NOOP(
        "ChartBand", "Outside influencers: superior unit, design institute, headquarters"
    ),
    Layer.DECISION: QT_TRANSLATE_NOOP("ChartBand", "Decision layer"),
    Layer.MANAGEMENT: QT_TRANSLATE_NOOP(
        "ChartBand", "Management layer: technical, purchasing and finance managers"
    ),
    Layer.OPERATIONAL: QT_TRANSLATE_NOOP(
        "ChartBand", "Operational layer: engineers, designers, buyers"
    ),
}
EMPTY_BAND_HINT = QT_TRANSLATE_NOOP(
    "ChartBand", "Nobody here yet. Right-click to add a person to this layer."
)

CARD_WIDTH = 228.0
CARD_HEIGHT = 96.0
PERSONAL_HEIGHT = 50.0  # the extra lines of personal details on exported cards
# Below this zoom a card shows only its name and stance colour, in large type.
FAR_ZOOM = 0.55


def font(pixels: int, *, bold: bool = False) -> QFont:
    """A font sized in scene units (pixels at 100 %), so screen and exports agree."""
    result = QFont()
    result.setPixelSize(pixels)
    result.setBold(bold)
    return result


def influence_pen(strength: int, *, emphasised: bool = False) -> QPen:
    colour = QColor(INFLUENCE_COLOURS.get(strength, INFLUENCE_COLOURS[2]))
    pen = QPen(colour, INFLUENCE_WIDTHS.get(strength, 2.3) + (1.2 if emphasised else 0.0))
    pen.setStyle(Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def reporting_pen() -> QPen:
    pen = QPen(REPORTING_COLOUR, 1.6)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    return pen
