"""Every rule that finds something in a tender document, by name (docs/tender-reading.md).

Patterns run on text folded to ASCII punctuation and digits (``numbering.FOLD``: ``：`` is
``:``, ``（`` is ``(``, ``１`` is ``1``), so each is written once with ASCII. A pattern is its
alternatives joined by ``|``, and an example it must match (tests check every one): to add a
rule, add an alternative or a :class:`Pattern` to the group of its purpose, with an example
from a real document."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    example: str  # a real-looking sentence it must match (folded)
    # words one of which every match holds: the pattern then runs only on the blocks that hold
    # one, each word found by a scan for it alone (docs/tender-reading.md#speed); None: the
    # pattern runs on the whole text
    keys: tuple[str, ...] | None = None

    def search(self, text: str, start: int = 0) -> re.Match[str] | None:
        return self.regex.search(text, start)


def _p(name: str, example: str, *alternatives: str, keys: tuple[str, ...] = ()) -> Pattern:
    return Pattern(name, re.compile("|".join(alternatives), re.MULTILINE), example, keys or None)


def _any(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# --- the tender's data ----------------------------------------------------------------------

_TITLE_END = (
    # 竞争性 alone: 竞争性磋商文件 is 竞争性 + 磋商文件
    _any("公开招标", "公开", "竞争性谈判", "竞争性磋商", "竞争性", "询价", "单一来源", "邀请招标")
    + r"?(?:采购)?\s*"
    + _any(
        "招标文件",
        "谈判文件",
        "磋商文件",
        "询价文件",
        "采购文件",
        "询价通知书",
        "比选文件",
        "遴选文件",
        "竞价文件",
    )
    + r"(?:\s*\([^)]*\))?"  # 招标文件（货物类）
)
# a title's project does not start with the procedure's name ("竞争性" of 竞争性磋商文件)
_NOT_PROCEDURE = "(?!竞争性|公开|单一来源|邀请|询价)"
PROJECT = (
    _p(
        "project_label",
        "项目名称:某市第一人民医院信息化建设项目",
        _any("采购", "招标", "谈判", "磋商", "询价") + r"?(?:项目|工程)名称\s*(?:为|[:|])\s*"
        r"(?P<value>[^|\n]{2,80}?)\s*(?:[|\n;。]|$)",
    ),
    _p(
        "project_title",
        "某区污水处理厂提标改造工程施工招标文件",
        rf"^\s*{_NOT_PROCEDURE}(?P<value>\S[^|\n]{{2,60}}?)\s*(?:\([^)]*\))?\s*"
        + _any("施工", "设计", "监理", "货物", "服务", "采购", "(?:施工|EPC|工程)?总承包")
        + "?"
        + _TITLE_END
        + r"\s*$",
    ),
    # the title on two lines: the project, then the kind of document
    _p(
        "project_title_two_lines",
        "某市妇幼保健院彩色多普勒超声诊断仪采购项目\n公开招标文件",
        r"^\s*(?P<value>\S[^|\n]{2,60}?项目)\s*\n\s*" + _TITLE_END + r"\s*$",
    ),
)


TENDER_NO = (
    _p(
        "tender_no",
        "招标编号:ZB-2026-0183",
        # not the procurement plan's or its filing's number (政府采购计划编号, 备案编号)
        r"(?<!计划)(?<!备案)"
        + _any("招标", "采购", "谈判", "磋商", "询价")
        + r"?(?:项目)?编号\s*(?:为|[:|]|\s)\s*"
        r"(?P<value>[A-Za-z0-9\u4e00-\u9fff\[\]〔〕【】()\-_/.#]{3,60})",
    ),
)

_S = r"[ \t]*"  # spaces, never a line break: a date stays in its paragraph
_DATE = rf"(?P<y>\d{{4}}){_S}[年\-/.]{_S}(?P<m>\d{{1,2}}){_S}[月\-/.]{_S}(?P<d>\d{{1,2}}){_S}日?"
_WEEKDAY = rf"(?:{_S}\(?(?:星期|周)[一二三四五六日天]\)?)?"
_TIME = (
    # "（星期五）北京时间上午9:30", "9 时 30 分"
    rf"{_WEEKDAY}{_S},?{_S}(?:\(?北京时间\)?{_S})?(?P<ap>上午|下午|晚上|中午|早上)?{_S}"
    rf"(?:(?P<h>\d{{1,2}}){_S}[:时点]{_S}(?:(?P<mi>\d{{1,2}})(?![\d.]){_S}分?|(?P<half>半))?)?"
)
DATETIME = _p("datetime", "2026年12月18日上午9时30分", _DATE + _TIME)

DEADLINE = (
    # the keyword; the date follows it in the same paragraph or table row
    _p(
        "bid_deadline",
        "投标截止时间(开标时间):2026年12月18日9时30分(北京时间)",
        r"(?<!澄清)(?<!疑问)(?<!质疑)(?<!问题)(?<!答疑)(?<!报名)(?<!保证金)"
        + _any("投标", "响应", "递交", "提交", "报价", "开标")
        # not the deadline for questions, samples, the bond or registering
        + r"(?:(?!问题|澄清|疑问|质疑|答疑|样品|保证金|报名|获取)[^。;|\n]){0,10}?"
        + r"截止(?:时间|日期|期)",
        # a row or line of its own: "截止时间 | 2026年…"
        r"(?:^|\|)\s*(?:截止|递交)时间\s*(?:\(开标时间\))?\s*[:|]",
    ),
)

# without a deadline named: the date bids are submitted before ("并于2026年12月18日 09点30分
# （北京时间）前递交投标文件", "应于…前将投标文件送达")
SUBMIT_BEFORE = _p(
    "submit_before",
    "并于2026年12月18日 09点30分(北京时间)前递交投标文件",
    r"(?:于|在)\s*(?P<when>\d{4}[^。;\n]{4,40}?)\s*(?:以前|之前|前)"
    r"(?=[^。;\n]{0,16}?(?:递交|提交|送达|送交|上传))(?=[^。;\n]{0,16}?(?:投标|响应|报价|申请)文件)",
    keys=("递交", "提交", "送达", "送交", "上传"),
)
# the opening time, when no deadline is named (they are the same moment)
OPENING_TIME = (
    _p("opening_time", "开标时间:2026年12月18日9时30分", r"开标(?:时间|日期)\s*(?:为|[:|])?"),
)

OPENING_PLACE = (
    _p(
        "opening_place",
        "开标地点:某市公共资源交易中心第三开标室",
        _any("开标", "开启", "谈判", "磋商", "协商", "比选", "开标会", "响应文件开启")
        + r"地点\s*(?:为|[:|])?\s*(?P<value>[^|\n。;]{4,80})",
    ),
)
# the notice template's layout: a heading naming the opening ("四、提交投标文件截止时间、开标时间和
# 地点", "五、响应文件开启"), the date and the place each on a line of its own below it
OPENING_HEADING = _p(
    "opening_heading", "五、响应文件开启", r"^[^。;,，\n]{0,30}(?:开标|开启)[^。;,，\n]{0,12}$",
    keys=("开标", "开启"),
)  # fmt: skip
PLACE_BELOW = _p(
    "place_below",
    "地点:某市公共资源交易中心开标三室",
    r"^\s*地\s*点\s*:\s*(?P<value>[^|\n。;]{4,80})",
)
# a deadline named by a heading ("四、提交投标文件截止时间、开标时间和地点") with its date on the
# line below, alone or after "时间："
DATE_BELOW = _p("date_below", "时间:2026年12月18日9:30", r"^\s*(?:(?:截止|开标|开启)?时间\s*:\s*)?")

BOND_KEYWORD = _p(
    "bid_bond",
    "投标保证金",
    r"(?<!履约)(?<!质量)" + _any("投标", "谈判", "磋商", "响应", "报价") + "?保证金",
)
BOND_EXEMPT = _p(
    "bid_bond_exempt",
    "本项目不收取投标保证金",
    r"不(?:收取|需要?|要求|再)(?:缴纳|提交|交纳)?[^。\n]{0,6}保证金",
    r"免(?:收|交)",
)
BOND_CEILING = _p("bid_bond_ceiling", "不得超过", r"(?:不得?超过|不高于|最高|以内)\s*$")
_FIGURES = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
AMOUNT_FIGURES = _p(
    "amount_figures",
    "人民币20,000.00元",
    rf"(?:[¥￥]|人民币|RMB)?\s*(?P<num>{_FIGURES}){_S}(?P<wan>万)?{_S}元",
    rf"[¥￥]\s*(?P<num2>{_FIGURES})",
    # a column headed in yuan: "投标保证金（人民币）：20000.00"
    rf"(?:人民币|RMB)\)?\s*:\s*(?P<num3>{_FIGURES})",
)
AMOUNT_CAPITAL = _p(
    "amount_capital",
    "人民币贰万元整",
    r"(?P<cap>[零壹贰叁肆伍陆柒捌玖拾佰仟万亿〇一二三四五六七八九十百千两]+)\s*[元圆]",
)

# --- items ----------------------------------------------------------------------------------

STAR = "★"


def _legends(mark: str, name: str) -> tuple[Pattern, Pattern]:
    """A mark mentioned, not marking a clause: "标注★的条款为实质性条款", "带“★”号的参数",
    "★条款有一项不满足的" (in a scoring rule)."""
    sign = re.escape(mark)
    return (
        _p(
            f"{name}_legend_before",
            f"标注{mark}的条款为实质性条款",
            # 标 alone only before a quote: 标“★”的为实质性要求 (指标★ is a clause)
            _any("标注", "标有", "标记", "注有", "带有?", "加注?", "打", "凡是?", "含有?", "以",
                 "有", "标(?=[\"“'‘「『(])")
            + rf"\s*[\"“'‘「『(]?\s*{sign}",
        ),
        _p(
            f"{name}_legend_after",
            f"{mark}号条款为实质性要求",
            rf"{sign}\s*[\"”'’」』)]?\s*"
            + _any("号", "标记", "标识", "符号", "的?条款", "的(?:参数|指标|项)", "为实质",
                   "项为", "者为", "表示", "代表", "为(?:必须|必需|强制|不可)"),
        ),
    )  # fmt: skip


STAR_LEGEND = _legends(STAR, "star")
# where a legend says so ("带“*”号的条款为实质性条款"), * marks a substantive clause as ★ does:
# at the start of a clause or a cell, or in parentheses after it
ASTERISK = "*"
ASTERISK_LEGEND = _legends(ASTERISK, "asterisk")
ASTERISK_SUBSTANTIVE = _p("asterisk_substantive", "*号的条款为实质性条款", r"[^。;\n]*?实质")
# a * starting a note, not marking a clause: "* 注：价格含税"
ASTERISK_NOTE = _p("asterisk_note", "注:价格含税", r"\s*(?:注|备注|说明)")

# what happens to a bid on a ground for rejection
_INVALID = _any("无效投标", "投标无效", "无效标", "无效响应", "无效报价", "废标")
# Every alternative starts with a fixed character: the regex engine then skips, in C, to the
# places where one of them can start (docs/tender-reading.md#speed).
_REJECT = _any(
    r"否决(?:其|该|该投标人的?)?投标",
    *(lead + r"(?:将|应|应当|会)?(?:被|予以)否决" for lead in ("投标", "响应")),
    *(lead + r"被(?:否决|拒绝)" for lead in ("将", "应", "应当", "会")),  # 其投标将被拒绝
    r"予以(?:否决|拒绝|废标)",
    *(lead + _INVALID + r"(?:处理)?" for lead in ("按", "按照", "作", "视为", "视作", "作为")),
    r"认定为(?:无效|废标)",  # 其投标将被认定为无效投标
    r"视为(?:未|没有|不|非)[^。;,，\n]{0,12}?实质性?响应",  # 视为未对招标文件作出实质性响应
    *(lead + "重大偏差" for lead in ("属于", "为", "构成")),  # 下列情况属于重大偏差
    r"按无效处理",
    r"作无效处理",
    *(lead + r"(?:文件)?(?:将|应|均)?(?:被)?(?:视为)?无效" for lead in ("投标", "响应", "报价")),
    r"导致(?:其)?(?:废标|投标无效|无效投标)",
    r"视为无效",
    *(lead + r"(?:受理|接收|接受|开启)" for lead in ("不予", "恕不")),  # 恕不接受
    r"原封退回",  # 逾期送达的投标文件，招标人将原封退回
    r"拒绝(?:接收|其(?:投标|响应))",
    r"拒收",
)
# found first, as it is rare: the condition before it is then looked for in its paragraph
CONSEQUENCE = _p(
    "rejection_consequence",
    "其投标将被否决",
    _REJECT,
    keys=("否决", "无效", "废标", "不予", "恕不", "拒", "视为", "重大偏差", "原封退回"),
)
# a consequence denied ("不满足的将扣分，但不导致投标无效"): the words right before it
DENIED = _p(
    "rejection_denied", "但不导致", r"(?:不|不会|并不|不得|不再)(?:导致|造成|视为|作为|按|作)?\s*$"
)
# not a bid refused but a question: "有疑问的，应于…前提出，逾期不予受理"
ABOUT_QUESTIONS = _p(
    "rejection_about_questions",
    "对磋商文件有疑问的,应于12月12日前提出,逾期不予受理",
    r"(?:疑问|澄清|质疑|答疑|提问|异议)[^。\n]{0,80}?不予(?:受理|答复|接受|接收)",
)
REJECTION = (
    # a ground in one sentence: a condition, then what happens to the bid
    _p(
        "rejection_inline",
        "投标人未按规定提交投标保证金的,其投标将被否决",
        r"(?:的|者|时|否则|如|若|未[^,，。;\n]{1,30}),?[^。;\n]{0,40}?(?P<consequence>"
        + _REJECT
        + ")",
    ),
)
# what introduces a list ("下列情形之一", "以下材料"): the keys of the patterns that hold it
_LIST_WORDS = ("下列", "以下", "如下")
REJECTION_LEAD = (
    # a sentence or a heading introducing a list of grounds
    _p(
        "rejection_list",
        "投标文件有下列情形之一的,评标委员会应当否决其投标:",
        r"(?:下列|以下|如下)(?:任何|任一)?(?:情形|情况|行为|条件)(?:之一|的)?[^。\n]{0,30}?"
        + _REJECT,
        keys=_LIST_WORDS,
    ),
    _p(
        "rejection_heading",
        "废标条款",
        # "废标条款", "投标无效的情形", or the word alone: "二、无效投标" but not "十、废标" (in
        # 政府采购 the whole procurement's, 政府采购法 art. 36) nor "否决"
        r"^[^,，。\n]{0,16}"
        + _any(
            "否决投标",
            "无效投标",
            "投标无效",
            "无效响应",
            "响应无效",
            "报价无效",
            "无效报价",
            "废标",
            "否决",
        )
        + "(?:"
        + _any("条款", "的情形", "情形", "情况", "的条件")
        + r")?(?<!废标)(?<!否决)\s*:?\s*$",
        keys=("废标", "否决", "无效"),
    ),
)

QUALIFICATION_LEAD = (
    _p(
        "qualification",
        "投标人资格要求",
        # 投标人/供应商/申请人…的 before it changes neither whether nor where a match ends (only
        # its end is used): left out, every alternative starts with a fixed character, which the
        # regex engine skips to in C (docs/tender-reading.md#speed)
        _any(
            "资格(?:要求|条件|审查条件)",
            "资质(?:条件|要求)",
            "合格(?:投标人|供应商)",
            "特定资格",
            "基本资格",
        ),
        keys=("资格", "资质", "合格"),
    ),
    _p(
        "qualification_conditions",
        "投标人应具备下列条件:",
        _any("投标人", "供应商", "申请人")
        + r"[^。\n]{0,20}?"
        + _any("须", "应", "必须", "应当")
        + "(?:同时)?"
        + _any("具备", "满足", "符合")
        + _any("下列", "以下", "如下"),
        keys=_LIST_WORDS,
    ),
)

DOCUMENT_LEAD = (
    _p(
        "bid_contents",
        "投标文件应包括下列内容:",
        # 投标/响应/报价文件 (磋商响应文件 ends as 响应文件 does), each alternative starting with
        # a fixed character, as `qualification`'s; then 的组成…, or 应包括下列… or a colon right
        # after: "投标文件应包括："
        *(
            lead
            + r"文件(?:(?:的)?(?:组成|构成|格式|内容)"
            + r"|(?:应|须|应当)?(?:包括|包含|由)(?:但不限于)?(?:下列|以下|如下|(?=\s*:)))"
            for lead in ("投标", "响应", "报价", "申请", "应答")  # 比选申请文件, 应答文件
        ),
        keys=("组成", "构成", "格式", "内容", "包括", "包含", "由"),
    ),
    _p(
        "required_papers",
        "投标人须提交下列证明材料:",
        # 须/应/应当 (必须 ends as 须 does) 提供/提交/附 下列…材料, each alternative starting with a
        # fixed character (`qualification`)
        *(
            lead
            + _any("提供", "提交", "附", "附上")
            + _any("下列", "以下", "如下")
            + r"[^。:\n]{0,8}?"
            + _any("资料", "材料", "文件", "证明", "证件", "附件")
            for lead in ("须", "应(?:当)?")
        ),
        # the papers proving the qualifications: 资格审查资料应包括：（1）营业执照…
        "资格"
        + _any("审查资料", "证明文件", "证明材料", "文件")
        # or a colon ending the line: "投标人应提交的资格证明文件："
        + r"(?:应|须|应当)?(?:包括|包含|如下|(?=\s*:\s*$))",
        keys=(*_LIST_WORDS, "资格审查资料", "资格证明", "资格文件"),
    ),
)

# an item of a list written without numbers: bulleted, or ending with ；
BULLET = _p("bullet", "● 具有独立承担民事责任的能力", r"\s*[●•◆◇■□▪○·\-]\s*")
UNNUMBERED_ITEM = _p("unnumbered_item", "具有良好的商业信誉;", r"^\s*[●•◆◇■□▪○·\-]|;\s*$")

# in a list of the bid's papers, a title grouping some: "（一）资格证明文件", "（二）商务部分"
DOCUMENT_GROUP_ENDS = ("文件", "部分", "材料", "资料")
DOCUMENT_GROUP = _p(
    "document_group", "(一)资格证明文件", r"^[^。;,，:\n]{0,24}" + _any(*DOCUMENT_GROUP_ENDS) + "$"
)

OTHER = (
    _p(
        "questions_deadline",
        "投标人要求澄清招标文件的截止时间",
        _any("澄清", "疑问", "质疑", "答疑", "提问", "问题")
        + r"[^。|\n]{0,24}?"
        + _any("截止", "以前", "之前", "前"),
        keys=("澄清", "疑问", "质疑", "答疑", "提问", "问题"),
    ),
    _p("samples", "样品递交截止时间", "样品|样机"),
    _p(
        "site_visit",
        "踏勘现场时间",
        "(?:踏勘|勘察|考察|勘查)现场|现场(?:踏勘|勘察|考察|勘查)",
        keys=("现场",),
    ),
    _p(
        "pre_bid_meeting",
        "投标预备会召开时间",
        "投标预备会|答疑会|标前会|澄清会",
        keys=("预备会", "答疑会", "标前会", "澄清会"),
    ),
)
# an "other" item says when, where or how; these say there is none
OTHER_NEEDS = _p(
    "other_needs",
    "2026年12月1日",
    r"\d{1,2}\s*[时点:]|\d{1,2}日|地点|提交|递交|提供|联系|送至|送达",
)
OTHER_NONE = _p(
    "other_none",
    "不组织",
    r"不组织|不召开|不要求|无需|不需|不提供|不接受|(?:^|\|)\s*无\s*$",
    # nor the buyer's own deadline for clarifying the document (招标投标法 art. 23)
    r"(?:招标人|采购人|代理机构)(?:对|可以|可|有权)[^。\n]{0,16}?(?:澄清|修改)",
    # nor a scoring rule about samples or a site visit (样品 | 10分 | …进行评分, 不得分)
    r"评分|得分|评审|\|\s*\d{1,3}(?:\.\d)?\s*分\s*\|",
)

# a table cell that points elsewhere, no list of its own: "详见招标公告", "同投标截止时间"
REFERENCE = _p(
    "reference",
    "详见第一章投标邀请“二、申请人的资格要求”",
    r"^(?:详见|参见|见|同|按照?)\S{0,12}$",
    r"^(?:详见|参见|见)第?[^。;\n]{0,40}$",
)

# --- the statutory grounds the default checklist template already has (art. 51 of the
# Regulations on the Implementation of the Tendering and Bidding Law): its item key, and the
# words that must all be in a ground for it to be that one
_CEILING = _any("最高", "限价", "控制价", "拦标价")
STATUTORY = (
    ("art51_1", (r"盖章|公章|印章", r"签字|签名|签署")),
    ("art51_2", (r"联合体", r"(?:共同)?投标协议|联合体协议")),
    ("art51_3", (r"不(?:符合|具备|满足)", r"资格条件|资格要求")),
    ("art51_4", (r"两个以上|两份以上|二个以上|两个或两个以上|多个", r"投标文件|投标报价|报价")),
    ("art51_5", (rf"低于(?:其)?(?:个别)?成本|(?:高于|超过)[^,，。]{{0,10}}{_CEILING}",)),
    ("art51_6", (r"实质性|★", r"响应|不满足|偏离")),
    ("art51_7", (r"串通|弄虚作假|行贿|骗取",)),
)
STATUTORY_RULES = tuple((key, tuple(re.compile(w) for w in words)) for key, words in STATUTORY)
# a ground holding none of the rules' first words is none of the grounds
STATUTORY_ANY = re.compile("|".join(words[0] for _key, words in STATUTORY))

ALL_PATTERNS = (
    *PROJECT, *TENDER_NO, DATETIME, *DEADLINE, DATE_BELOW, SUBMIT_BEFORE, *OPENING_TIME,
    *OPENING_PLACE, OPENING_HEADING, PLACE_BELOW, BOND_KEYWORD, BOND_EXEMPT, BOND_CEILING,
    AMOUNT_FIGURES, AMOUNT_CAPITAL, *STAR_LEGEND, *ASTERISK_LEGEND, ASTERISK_SUBSTANTIVE,
    ASTERISK_NOTE, CONSEQUENCE, DENIED, ABOUT_QUESTIONS, *REJECTION, *REJECTION_LEAD,
    *QUALIFICATION_LEAD, *DOCUMENT_LEAD, DOCUMENT_GROUP, BULLET, UNNUMBERED_ITEM, *OTHER,
    OTHER_NEEDS, OTHER_NONE, REFERENCE,
)  # fmt: skip
