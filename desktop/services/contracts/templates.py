"""Payment-schedule templates such as "30 / 60 / 10" (docs/domain.md#payment-milestones: advance, on
acceptance, warranty retention), kept as a setting the user can edit."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.models.enums import DueRule, MilestoneTrigger
from desktop.services.labels import localized
from desktop.services.messages import QT_TRANSLATE_NOOP, UserError
from desktop.services.settings import SettingKey

from .data import MilestoneData


def _line(en: str, zh: str, percent: int, trigger: MilestoneTrigger, days: int) -> dict[str, Any]:
    return {
        "name_en": en,
        "name_zh": zh,
        "percent": percent,
        "trigger": trigger.value,
        "due_days": days,
    }


_ADVANCE = ("Advance payment", "预付款")
_DELIVERY = ("Payment on delivery", "到货款")
_ACCEPTANCE = ("Payment on acceptance", "验收款")
_FINAL = ("Payment on final acceptance", "终验款")
_RETENTION = ("Warranty retention", "质保金")
S, D, A, FA, W = (
    MilestoneTrigger.SIGNING,
    MilestoneTrigger.DELIVERY,
    MilestoneTrigger.ACCEPTANCE,
    MilestoneTrigger.FINAL_ACCEPTANCE,
    MilestoneTrigger.WARRANTY_END,
)

MILESTONE_TEMPLATES = SettingKey(
    "contracts.milestone_templates",
    [
        {
            "name": "30 / 60 / 10",
            "lines": [
                _line(*_ADVANCE, 30, S, 30),
                _line(*_ACCEPTANCE, 60, A, 30),
                _line(*_RETENTION, 10, W, 30),
            ],
        },
        {
            "name": "30 / 30 / 30 / 10",
            "lines": [
                _line(*_ADVANCE, 30, S, 30),
                _line(*_DELIVERY, 30, D, 30),
                _line(*_ACCEPTANCE, 30, A, 30),
                _line(*_RETENTION, 10, W, 30),
            ],
        },
        {
            "name": "0 / 90 / 10",
            "lines": [_line(*_ACCEPTANCE, 90, A, 30), _line(*_RETENTION, 10, W, 30)],
        },
        {
            "name": "30 / 65 / 5",
            "lines": [
                _line(*_ADVANCE, 30, S, 15),
                _line(*_FINAL, 65, FA, 30),
                _line(*_RETENTION, 5, W, 30),
            ],
        },
    ],
)


@dataclass(frozen=True)
class TemplateLine:
    name_en: str
    name_zh: str
    percent: Decimal
    trigger: MilestoneTrigger
    due_days: int


@dataclass(frozen=True)
class Template:
    name: str
    lines: tuple[TemplateLine, ...]

    @property
    def total_percent(self) -> Decimal:
        return sum((line.percent for line in self.lines), Decimal(0))

    def milestones(self, language: str) -> list[MilestoneData]:
        return [
            MilestoneData(
                name=localized(line.name_en, line.name_zh, language),
                percent=line.percent,
                trigger=line.trigger,
                due_rule=DueRule.DAYS_AFTER,
                due_days=line.due_days,
            )
            for line in self.lines
        ]


def parse_templates(value: list[dict[str, Any]]) -> list[Template]:
    """The stored setting as templates (bad entries are skipped, never fatal)."""
    result = []
    for entry in value or []:
        try:
            lines = tuple(
                TemplateLine(
                    str(line.get("name_en", "")),
                    str(line.get("name_zh", "")),
                    Decimal(str(line["percent"])),
                    MilestoneTrigger(line["trigger"]),
                    int(line.get("due_days", 0)),
                )
                for line in entry["lines"]
            )
        except (KeyError, ValueError, TypeError, ArithmeticError):
            continue
        result.append(Template(str(entry.get("name", "")), lines))
    return result


def dump_templates(templates: list[Template]) -> list[dict[str, Any]]:
    """Validate templates and turn them into the stored form."""
    names = set()
    for template in templates:
        if not template.name.strip():
            raise UserError(QT_TRANSLATE_NOOP("Templates", "Every template needs a name."))
        if template.name in names:
            raise UserError(
                QT_TRANSLATE_NOOP("Templates", "Two templates are called {name}.").with_(
                    name=template.name
                )
            )
        names.add(template.name)
        if not template.lines:
            raise UserError(
                QT_TRANSLATE_NOOP("Templates", "Template {name} has no milestones.").with_(
                    name=template.name
                )
            )
        if template.total_percent != 100:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Templates", "Template {name} adds up to {percent}%, not 100%."
                ).with_(name=template.name, percent=f"{template.total_percent.normalize():f}")
            )
        if any(not (line.name_en or line.name_zh) for line in template.lines):
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Templates", "Template {name}: every milestone needs a name."
                ).with_(name=template.name)
            )
    return [
        {
            "name": t.name,
            "lines": [
                {
                    "name_en": line.name_en,
                    "name_zh": line.name_zh,
                    "percent": float(line.percent) if line.percent % 1 else int(line.percent),
                    "trigger": line.trigger.value,
                    "due_days": line.due_days,
                }
                for line in t.lines
            ],
        }
        for t in templates
    ]
