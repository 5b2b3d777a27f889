"""The default stage list and its exit criteria (docs/domain.md#stages-and-exit-criteria); users
may edit both."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.models import Opportunity, Stage, StageChange, StageCriterion

from .defaults import builtin


@dataclass(frozen=True)
class StageDefault:
    code: str
    name_en: str
    name_zh: str
    probability: int
    criteria: tuple[tuple[str, str], ...] = ()
    is_closed: bool = False
    is_won: bool = False


# LTC stages with Cisco-style stage probabilities and their exit criteria
# (docs/domain.md#stages-and-exit-criteria).
DEFAULT_STAGES: tuple[StageDefault, ...] = (
    StageDefault(
        "validate",
        "Validate opportunity",
        "验证机会点",
        25,
        (
            (
                "Met the customer; decision process and decision makers identified",
                "已接触客户，明确决策流程和决策人",
            ),
            ("Budget known", "已了解预算"),
            ("Found people who accept us", "找到认可我方的人"),
            ("Understood the customer's buying organisation", "了解客户采购组织"),
            ("Found and use an insider and a coach", "寻找并利用线人与教练"),
            ("Know the key purchasing information (KI)", "了解客户关键性采购信息"),
            ("Found the key decision maker for each stage", "找到不同阶段的关键决策人"),
        ),
    ),
    StageDefault(
        "shape",
        "Shape the customer",
        "引导客户",
        50,
        (
            ("Clear purchase intent; signing date foreseeable", "客户采购意向明确，可预见签约时间"),
            ("Demonstration done and final proposal made", "已完成演示并提交最终方案"),
            ("The tender's technical terms follow our product", "招标技术条款倾向我方产品"),
            (
                "A technical barrier screens the most dangerous competitor",
                "设置技术壁垒，屏蔽最危险的竞争对手",
            ),
            ("We are qualified to bid", "我方具备投标资格"),
        ),
    ),
    StageDefault(
        "bid",
        "Solution and bid",
        "制定并提交解决方案",
        60,
        (
            ("Proposal approved by the expert panel or the customer", "方案通过专家评审或客户认可"),
            (
                "Commitment and support from the dominant force in the tender group",
                "获得招标小组中主导力量的承诺与支持",
            ),
            ("Bid submitted with a complete checklist", "投标文件按检查清单完整提交"),
        ),
    ),
    StageDefault(
        "selected",
        "Customer chose us",
        "客户选定我方",
        70,
        (("The customer's management decided for us", "客户高层已决定选择我方"),),
    ),
    StageDefault(
        "negotiate",
        "Negotiate and sign",
        "合同谈判与签订",
        90,
        (
            ("Commercial negotiation complete", "商务谈判完成"),
            ("Contract reviewed; payment terms closed", "合同已评审，付款条件闭环"),
        ),
    ),
    StageDefault("won", "Won (order)", "赢单（签约）", 100, is_closed=True, is_won=True),
    StageDefault("lost", "Lost", "丢单", 0, is_closed=True),
)


def ensure_default_stages(session: Session) -> None:
    """Give a database the default stage list unless it already has stages."""
    if session.scalar(select(func.count()).select_from(Stage)):
        return
    for position, default in enumerate(DEFAULT_STAGES):
        stage = builtin(
            Stage(
                code=default.code,
                name_en=default.name_en,
                name_zh=default.name_zh,
                probability=default.probability,
                position=position,
                is_closed=default.is_closed,
                is_won=default.is_won,
            ),
            "stage",
            default.code,
        )
        stage.criteria = [
            builtin(StageCriterion(position=i, text_en=en, text_zh=zh), "stage", default.code, i)
            for i, (en, zh) in enumerate(default.criteria)
        ]
        session.add(stage)
    session.flush()


def stages_by_code(session: Session) -> dict[str, Stage]:
    return {stage.code: stage for stage in session.scalars(select(Stage).order_by(Stage.position))}


def move_to_stage(
    session: Session,
    opportunity: Opportunity,
    stage: Stage,
    when: datetime,
    *,
    override: bool = False,
    unmet: Sequence[str] = (),
    note: str = "",
) -> StageChange:
    """Put an opportunity into ``stage`` and record it in the stage history; ``override``
    records that the previous stage's exit criteria ``unmet`` were skipped on purpose."""
    change = StageChange(
        opportunity_id=opportunity.id,
        from_stage_id=opportunity.stage_id,
        to_stage_id=stage.id,
        changed_at=when,
        override=override,
        unmet_criteria=list(unmet),
        note=note,
    )
    session.add(change)
    opportunity.stage_id = stage.id
    opportunity.stage = stage
    opportunity.stage_entered_on = when.date()
    session.flush()
    return change
