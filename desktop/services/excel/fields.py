"""What each kind of sheet can hold, and the many ways people head its columns.

Headers are compared after normalising (case, spaces, brackets and punctuation dropped), so
"Full Name", "full_name" and "姓名 " all match. Columns nobody knows (another CRM's
"(Do Not Modify)" keys, say) are left out of the mapping and ignored.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from desktop.models import enums as e
from desktop.services.settings import SettingKey

from . import values as v
from .kinds import KINDS

ID = "id"  # our record id (the uuid), as the full export writes it

STANCE_LETTERS = {
    "C": e.Stance.COACH,
    "S": e.Stance.SUPPORTER,
    "N": e.Stance.NEUTRAL,
    "E": e.Stance.OPPONENT,
    "B": e.Stance.BLOCKER,
}


@dataclass(frozen=True)
class Field:
    name: str
    aliases: tuple[str, ...]
    parse: Callable[[Any], Any] = v.text
    required: bool = False


E = TypeVar("E", bound=enum.Enum)


REMEMBERED = 1_000  # cells of a drop-down column read once each (a sheet repeats a few words)


def _enum(enum_type: type[E], extra: dict[str, E] | None = None) -> Callable[[Any], Any]:
    aliases: dict[str, E] | None = None
    read: dict[Any, E | None] = {}

    def parse(raw: Any) -> Any:
        nonlocal aliases
        if raw in read:
            return read[raw]
        if aliases is None:
            aliases = v.enum_aliases(enum_type, extra)
        member = v.parse_enum(raw, aliases)  # a value it refuses is refused each time
        if type(raw) is str and len(read) < REMEMBERED:
            read[raw] = member
        return member

    return parse


def _enum_list(enum_type: type[E]) -> Callable[[Any], Any]:
    aliases: dict[str, E] | None = None
    read: dict[Any, list[E]] = {}

    def parse(raw: Any) -> Any:
        nonlocal aliases
        if raw in read:
            return list(read[raw])
        if aliases is None:
            aliases = v.enum_aliases(enum_type)
        members = v.parse_enum_list(raw, aliases)
        if type(raw) is str and len(read) < REMEMBERED:
            read[raw] = list(members)
        return members

    return parse


def _rating(raw: Any) -> int | None:
    return v.parse_int(raw)  # the range is the forms' rule (services/field_rules.py)


ACCOUNT = Field(
    "account",
    (
        "客户名称",
        "客户",
        "单位名称",
        "公司名称",
        "account",
        "account name",
        "company",
        "company name",
        "customer",
        "客户单位",
    ),
    required=True,
)
OWNER = Field("owner", ("负责人", "销售", "客户经理", "owner", "salesperson", "account manager"))
NOTES = Field("notes", ("备注", "说明", "notes", "note", "description", "remarks"))

FIELDS: dict[str, tuple[Field, ...]] = {
    "accounts": (
        Field(ID, ("id", "记录id")),
        Field("name", ACCOUNT.aliases, required=True),
        Field("short_name", ("简称", "客户简称", "short name")),
        Field("industry", ("行业", "所属行业", "industry")),
        Field("region", ("地区", "区域", "省份", "城市", "region", "province", "city")),
        Field("address", ("地址", "address")),
        Field("phone", ("电话", "总机", "phone", "main phone"), v.phone),
        Field("tax_id", ("统一社会信用代码", "信用代码", "税号", "tax id", "credit code"), v.phone),
        Field("source_channel", ("来源", "来源渠道", "source", "source channel", "lead source")),
        Field(
            "customer_class",
            ("客户类别", "客户分类", "客户等级", "class", "customer class"),
            _enum(
                e.CustomerClass,
                {
                    "系统内": e.CustomerClass.IN_SYSTEM,
                    "A": e.CustomerClass.A,
                    "B": e.CustomerClass.B,
                    "C": e.CustomerClass.C,
                },
            ),
        ),
        Field("ownership_type", ("所有制", "企业性质", "ownership"), _enum(e.OwnershipType)),
        Field(
            "industry_stage", ("行业阶段", "行业发展阶段", "industry stage"), _enum(e.IndustryStage)
        ),
        Field(
            "financial_condition", ("财务状况", "financial condition"), _enum(e.FinancialCondition)
        ),
        Field(
            "payment_history", ("付款记录", "付款历史", "payment history"), _enum(e.PaymentHistory)
        ),
        NOTES,
        OWNER,
    ),
    "contacts": (
        Field(ID, ("id", "记录id")),
        ACCOUNT,
        Field(
            "name",
            ("姓名", "名字", "联系人", "name", "full name", "contact", "contact name"),
            required=True,
        ),
        # Joined into the name when the sheet has no name column (values.join_name).
        Field("first_name", ("名", "first name", "given name", "firstname")),
        Field("last_name", ("姓", "last name", "surname", "family name", "lastname")),
        Field("title", ("职务", "职位", "title", "job title", "position")),
        Field("department", ("部门", "department")),
        Field("organisation", ("所属单位", "工作单位", "organisation", "organization")),
        Field("layer", ("层级", "决策层级", "layer"), _enum(e.Layer)),
        Field("roles", ("角色", "role", "roles", "buying role"), _enum_list(e.Role)),
        Field("stance", ("立场", "态度", "stance"), _enum(e.Stance, STANCE_LETTERS)),
        Field("influence_level", ("影响力", "influence", "influence level"), _rating),
        Field("closeness", ("亲近度", "closeness"), _rating),
        Field("trust", ("信任度", "trust"), _rating),
        Field("personality", ("性格", "性格类型", "personality"), _enum(e.Personality)),
        Field(
            "reports_to",
            ("直属上级", "上级", "汇报对象", "reports to", "manager", "reports to name"),
        ),
        Field(
            "influences",
            ("可影响", "影响谁", "能影响", "can influence", "influences"),
            v.split_names,
        ),
        Field(
            "gender",
            ("性别", "gender"),
            _enum(e.Gender, {"男": e.Gender.MALE, "女": e.Gender.FEMALE}),
        ),
        Field(
            "birthday",
            ("生日", "出生日期", "birthday", "date of birth", "birth date"),
            v.parse_date,
        ),
        Field("birthplace", ("籍贯", "出生地", "birthplace")),
        Field("education", ("学历", "教育背景", "毕业院校", "education")),
        Field("interests", ("爱好", "兴趣", "兴趣爱好", "interests", "hobbies")),
        Field("introduced_by", ("介绍人", "引荐人", "introduced by")),
        Field("family", ("家庭", "家庭情况", "家庭成员", "family")),
        Field("background", ("背景", "工作经历", "background")),
        Field(
            "phone", ("电话", "座机", "办公电话", "phone", "business phone", "work phone"), v.phone
        ),
        Field("mobile", ("手机", "手机号", "移动电话", "mobile", "mobile phone", "cell"), v.phone),
        Field("email", ("邮箱", "电子邮件", "email", "e-mail", "email address"), v.text),
        Field("wechat", ("微信", "微信号", "wechat"), v.phone),
        Field("could_be_coach", ("可发展为教练", "could be coach"), v.parse_bool),
        Field("others_rating", ("他人评价", "others rating")),
        NOTES,
        OWNER,
    ),
    "opportunities": (
        Field(ID, ("id", "记录id")),
        ACCOUNT,
        Field(
            "name",
            (
                "项目名称",
                "机会点",
                "机会点名称",
                "商机",
                "商机名称",
                "opportunity",
                "opportunity name",
                "topic",
                "project",
            ),
            required=True,
        ),
        Field(
            "amount",
            ("金额", "预计金额", "标的", "项目金额", "amount", "est. revenue", "estimated revenue"),
            v.parse_money,
        ),
        Field(
            "expected_decision_date",
            (
                "预计决策日期",
                "预计成交日期",
                "预计签约日期",
                "expected close",
                "close date",
                "expected close date",
                "est. close date",
            ),
            v.parse_date,
        ),
        Field("purchase_date", ("采购时间", "预计采购时间", "purchase date"), v.parse_date),
        Field("stage", ("阶段", "销售阶段", "stage", "sales stage")),
        Field("forecast_category", ("预测类别", "forecast category"), _enum(e.ForecastCategory)),
        Field(
            "probability_override",
            ("赢率", "成功率", "probability"),
            lambda raw: None if v.is_blank(raw) else int(v.parse_percent(raw) or 0),
        ),
        Field("key_contact", ("关键人物", "关键人", "key person", "key contact")),
        Field("information_source", ("信息来源", "information source")),
        Field("funding_source", ("资金来源", "funding source"), _enum(e.FundingSource)),
        Field(
            "funding_status", ("资金状态", "资金到位情况", "funding status"), _enum(e.FundingStatus)
        ),
        Field("project_type", ("项目类型", "project type")),
        Field("project_level", ("项目级别", "project level"), _enum(e.ProjectLevel)),
        Field("description", ("描述", "项目描述", "description")),
        OWNER,
    ),
    "contracts": (
        Field(ID, ("id", "记录id")),
        ACCOUNT,
        Field(
            "number",
            ("合同编号", "合同号", "contract no", "contract number", "number"),
            v.phone,
            required=True,
        ),
        Field("title", ("合同名称", "title", "contract title")),
        Field("opportunity", ("机会点", "项目名称", "opportunity")),
        Field("signed_on", ("签订日期", "签约日期", "signed on", "signing date"), v.parse_date),
        Field("amount", ("合同金额", "金额", "amount", "contract amount"), v.parse_money),
        Field("currency", ("币种", "currency"), v.currency),
        Field(
            "customer_class",
            ("客户类别", "class", "customer class"),
            _enum(e.CustomerClass, {"系统内": e.CustomerClass.IN_SYSTEM}),
        ),
        Field(
            "warranty_months",
            ("质保期", "质保期(月)", "warranty months"),
            v.parse_int,
        ),
        Field("status", ("状态", "合同状态", "status"), _enum(e.ContractStatus)),
        NOTES,
        OWNER,
    ),
    "payments": (
        Field(ID, ("id", "记录id")),
        Field(
            "contract",
            ("合同编号", "合同号", "contract", "contract no", "contract number"),
            v.phone,
            required=True,
        ),
        Field(
            "received_on",
            ("回款日期", "到账日期", "收款日期", "payment date", "received on", "date"),
            v.parse_date,
            required=True,
        ),
        Field("amount", ("回款金额", "到账金额", "金额", "amount"), v.parse_money, required=True),
        Field(
            "method", ("付款方式", "回款方式", "method", "payment method"), _enum(e.PaymentMethod)
        ),
        Field("reference", ("凭证号", "流水号", "reference")),
        Field("note", ("备注", "note", "notes")),
    ),
}


def normal(header: str) -> str:
    return re.sub(r"[\s_\-:：.。()（）\[\]【】*#]", "", header).lower()


IGNORED = re.compile(r"do\s*not\s*modify|请勿修改", re.IGNORECASE)


def auto_map(headers: list[str], kind: str) -> dict[int, str]:
    """Column index -> field name for every header recognised in ``kind``."""
    lookup = {normal(alias): f.name for f in FIELDS[kind] for alias in (f.name, *f.aliases)}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        if not header or IGNORED.search(header):
            continue
        name = lookup.get(normal(header))
        if name is not None and name not in mapping.values():
            mapping[index] = name
    return mapping


NAME_PARTS = {"first_name", "last_name"}


def provided(names: Iterable[str]) -> set[str]:
    """The fields a mapping fills: a first or last name column fills the name."""
    found = set(names)
    return found | {"name"} if found & NAME_PARTS else found


def score(headers: list[str], kind: str) -> int:
    """How well these headers fit ``kind``: recognised columns, required ones weighing more."""
    required = {f.name for f in FIELDS[kind] if f.required}
    mapped = provided(auto_map(headers, kind).values())
    return sum(3 if name in required else 1 for name in mapped)


def best_kind(headers: list[str]) -> tuple[str, int]:
    return max(((kind, score(headers, kind)) for kind in KINDS), key=lambda pair: pair[1])


MIN_RECOGNISED = 2  # columns besides our id: a lone "Company" column could head anything


def confident(headers: list[str], kind: str) -> bool:
    """Sure enough to import a sheet as ``kind`` unasked (docs/import-detection.md): every
    key column is headed by one of its known names (a bare "Name" heads any list, so it
    does not name an account), and at least ``MIN_RECOGNISED`` columns are recognised."""
    mapping = auto_map(headers, kind)

    def headed_by_known_name(index: int) -> bool:
        known = {normal(alias) for alias in field(kind, mapping[index]).aliases}
        return normal(headers[index]) in known

    for spec in FIELDS[kind]:
        if spec.required:
            columns = [i for i, name in mapping.items() if name == spec.name]
            if not columns and spec.name == "name":
                # First and last name columns are joined into the name (values.join_name).
                columns = [i for i, name in mapping.items() if name in NAME_PARTS]
            if not columns or not all(headed_by_known_name(i) for i in columns):
                return False
    return sum(1 for name in mapping.values() if name != ID) >= MIN_RECOGNISED


def confident_kind(headers: list[str]) -> str | None:
    """The best-fitting kind among those these headers fit with confidence, if any."""
    fits = [(score(headers, kind), kind) for kind in KINDS if confident(headers, kind)]
    return max(fits)[1] if fits else None


def field(kind: str, name: str) -> Field:
    return next(f for f in FIELDS[kind] if f.name == name)


# Mappings the user saved, by name: {"name": {"kind": ..., "headers": {header: field}}}.
SAVED_MAPPINGS: SettingKey[dict[str, dict[str, Any]]] = SettingKey("excel.saved_mappings", {})
