"""A dozen tender documents in the layouts buyers use (公开招标, 竞争性谈判, 竞争性磋商, 询价; a
前附表; ★ in tables, in parentheses, in a column of marks; 一、/（一）/1./1.1/①/Word numbering;
full-width digits), each with what a careful reader extracts from it."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from . import content as C
from .model import TenderDoc, numbers

Q, S, R, D, OT = "qualification", "substantive", "rejection", "document", "other"


def _filler(doc: TenderDoc, start: int, count: int = 2) -> None:
    for n in range(count):
        doc.para(C.FILLER[(start + n) % len(C.FILLER)])


def gov_goods() -> TenderDoc:
    doc = TenderDoc(
        "gov_goods", "某市第一人民医院服务器及存储设备采购项目", "SZCG-2026-0412",
        datetime(2026, 12, 18, 9, 30), Decimal(20000), "某市政府采购中心开标一室",
    )  # fmt: skip
    doc.heading("某市第一人民医院服务器及存储设备采购项目招标文件")
    doc.para("项目编号：SZCG-2026-0412")
    doc.heading("第一章 投标邀请")
    doc.para("一、项目名称：某市第一人民医院服务器及存储设备采购项目")
    doc.para("二、项目编号：SZCG-2026-0412")
    doc.para("三、采购预算：人民币380万元")
    doc.para("四、投标人资格要求：")
    quals = C.QUALIFICATION_STATUTORY + C.QUALIFICATION_SPECIFIC[:2]
    doc.items(numbers("paren_cn", len(quals)), quals, Q)
    doc.para("五、投标截止时间和开标时间：2026年12月18日9时30分（北京时间）")
    doc.para("六、开标地点：某市政府采购中心开标一室")
    doc.para(
        "七、投标保证金：人民币贰万元整（¥20,000.00），须于投标截止时间前从投标人基本账户转出。"
    )
    doc.heading("第二章 投标人须知")
    doc.para("1. 总则")
    _filler(doc, 0)
    doc.para("2. 投标文件的组成")
    doc.para("投标文件应包括下列内容：")
    docs = C.DOCUMENTS[:8]
    doc.items(numbers("paren", len(docs)), docs, D)
    doc.para("3. 投标文件的递交")
    doc.para(C.REJECTION_INLINE[0], R)
    doc.para(C.OTHER[0], OT)
    doc.para(C.OTHER_NONE[0])
    doc.para(C.REJECTION_DISTRACTORS[0])
    doc.heading("第三章 评标办法")
    _filler(doc, 6)
    doc.para("3.2 投标文件有下列情形之一的，作无效投标处理：")
    grounds = C.REJECTION_STATUTORY[:1] + C.REJECTION_STATUTORY[2:] + C.REJECTION_USUAL[:3]
    doc.items(numbers("paren", len(grounds)), grounds, R)
    doc.para(C.REJECTION_DISTRACTORS[1])
    doc.para(C.REJECTION_DISTRACTORS[2])
    doc.heading("第四章 采购需求")
    doc.para(C.STAR_LEGENDS[0], R)
    doc.table(
        [
            ("序号", "参数名称", "技术要求"),
            ("1", "处理器", "★不少于2颗，每颗核心数不少于16核，主频不低于2.4GHz"),
            ("2", "内存", "不少于256GB DDR5，可扩展至2TB"),
            ("3", "存储", "★可用容量不少于100TB，支持RAID 5/6"),
            ("4", "网络接口", "▲不少于4个万兆光口"),
            ("5", "质保", "★整机原厂质保不少于3年，自验收合格之日起计算"),
        ],
        [
            (S, "不少于2颗，每颗核心数不少于16核，主频不低于2.4GHz"),
            (S, "可用容量不少于100TB，支持RAID 5/6"),
            (S, "整机原厂质保不少于3年，自验收合格之日起计算"),
        ],
    )
    doc.para(C.STAR_TECHNICAL[3], S)
    doc.heading("第五章 投标文件格式")
    for n, name in enumerate(["投标函", "开标一览表", "法定代表人授权委托书", "技术偏离表"], 1):
        doc.items([f"{n}. "], [name], D)
        doc.para("致：某市政府采购中心")
        doc.para("（格式内容由投标人按要求填写，并加盖投标人公章。）")
    return doc


def engineering() -> TenderDoc:
    doc = TenderDoc(
        "engineering", "某区污水处理厂提标改造工程", "JSGC-2026-118",
        datetime(2026, 12, 22, 14, 30), Decimal(150000), "某区公共资源交易中心开标室（二）",
    )  # fmt: skip
    doc.heading("某区污水处理厂提标改造工程施工招标文件")
    doc.heading("第一章 招标公告")
    doc.para("1. 招标条件")
    doc.para("本招标项目某区污水处理厂提标改造工程已由某区发展和改革局批准建设，项目业主为某区水务集团有限公司，"
             "建设资金来自财政资金，招标人为某区水务集团有限公司。项目已具备招标条件，现对该项目的施工进行公开招标。")  # fmt: skip
    doc.para("2. 投标人资格要求")
    quals = [
        "本次招标要求投标人须具备市政公用工程施工总承包二级及以上资质，并在人员、设备、资金等方面具有相应的施工能力。",
        "投标人须具有有效的安全生产许可证。",
        "拟派项目经理须具备市政公用工程专业一级注册建造师执业资格，且未担任其他在建工程项目的项目经理。",
        "本次招标不接受联合体投标。",
    ]
    doc.items(numbers("dotted", len(quals), "2"), quals, Q)
    doc.heading("第二章 投标人须知")
    doc.heading("投标人须知前附表")
    doc.table(
        [
            ("条款号", "条款名称", "编列内容"),
            ("1.1.2", "招标人", "名称：某区水务集团有限公司\n地址：某区滨河路88号"),
            ("1.1.4", "项目名称", "某区污水处理厂提标改造工程"),
            ("1.1.5", "招标编号", "JSGC-2026-118"),
            ("1.4.1", "投标人资质条件、能力和信誉",
             "资质条件：市政公用工程施工总承包二级及以上\n财务要求：2023年至2025年财务状况良好，无亏损\n"
             "业绩要求：近5年完成过1个日处理能力5万吨及以上的污水处理工程\n"
             "信誉要求：未被列入“信用中国”网站失信被执行人名单"),
            ("1.9.1", "踏勘现场", "不组织"),
            ("1.10.1", "投标预备会", "不召开"),
            ("1.10.2", "投标人提出问题的截止时间", "2026年12月12日17时"),
            ("3.4.1", "投标保证金",
             "投标保证金的形式：银行转账或银行保函\n投标保证金的金额：人民币壹拾伍万元整（¥150,000.00）"),
            ("4.2.2", "递交投标文件截止时间", "2026年12月22日下午2时30分"),
            ("5.1", "开标时间和地点", "开标时间：同投标截止时间\n开标地点：某区公共资源交易中心开标室（二）"),
        ],
        [
            (Q, "资质条件：市政公用工程施工总承包二级及以上"),
            (Q, "财务要求：2023年至2025年财务状况良好，无亏损"),
            (Q, "业绩要求：近5年完成过1个日处理能力5万吨及以上的污水处理工程"),
            (Q, "信誉要求：未被列入“信用中国”网站失信被执行人名单"),
            (OT, "投标人提出问题的截止时间 | 2026年12月12日17时"),
        ],
    )  # fmt: skip
    doc.para("3. 投标文件")
    doc.para("3.1 投标文件的组成")
    doc.para("3.1.1 投标文件应包括下列内容：")
    docs = ["投标函及投标函附录", "法定代表人身份证明或授权委托书", "投标保证金", "已标价工程量清单",
            "施工组织设计", "项目管理机构", "资格审查资料"]  # fmt: skip
    doc.items(numbers("paren", len(docs)), docs, D)
    doc.para(C.REJECTION_INLINE[1], R)
    doc.para(C.REJECTION_INLINE[3], R)
    _filler(doc, 2)
    doc.heading("第三章 评标办法（经评审的最低投标价法）")
    doc.para("3.1 初步评审")
    doc.para("3.1.2 投标人有以下情形之一的，评标委员会应当否决其投标：")
    grounds = C.REJECTION_STATUTORY + C.REJECTION_USUAL[:2]
    doc.items(numbers("paren", len(grounds)), grounds, R)
    doc.para(C.REJECTION_INLINE[2], R)
    doc.heading("第五章 技术标准和要求")
    for text in C.STAR_PAREN:
        doc.para(text, S)
    _filler(doc, 3)
    return doc


def negotiation() -> TenderDoc:
    doc = TenderDoc(
        "negotiation", "某县人民医院医用耗材供应项目", "XTCG〔2026〕第037号",
        datetime(2026, 12, 15, 10, 0), Decimal(5000), "某县公共资源交易中心谈判室",
    )  # fmt: skip
    doc.heading("某县人民医院医用耗材供应项目")
    doc.heading("竞争性谈判文件")
    doc.para("谈判编号：XTCG〔2026〕第037号")
    doc.heading("第一章 谈判邀请")
    doc.para("一、项目名称：某县人民医院医用耗材供应项目")
    doc.para("二、供应商资格条件")
    doc.para("供应商应具备下列条件：")
    quals = C.QUALIFICATION_STATUTORY[:4] + C.QUALIFICATION_MEDICAL
    doc.items(numbers("arabic_cn", len(quals)), quals, Q)
    doc.para("三、响应文件提交截止时间：2026年12月15日上午10:00")
    doc.para("四、谈判地点：某县公共资源交易中心谈判室")
    doc.para("五、谈判保证金：人民币伍仟元整。")
    doc.para(C.OTHER[2], OT)
    doc.heading("第二章 供应商须知")
    doc.para("一、响应文件的组成")
    names = ["报价一览表", "分项报价表", "法定代表人授权委托书", "资格证明文件", "产品技术参数响应表", "售后服务承诺书"]  # fmt: skip
    doc.para(
        "响应文件由下列部分组成：" + "；".join(f"（{n}）{t}" for n, t in enumerate(names, 1)) + "。"
    )
    doc.body[-1] = doc.body[-1].__class__(doc.body[-1].text, tuple((D, t) for t in names))
    doc.para("二、无效响应的情形")
    doc.para("有下列情形之一的，视为无效响应：")
    grounds = ["响应文件未按谈判文件要求签署、盖章的；", "供应商不具备谈判文件中规定的资格要求的；",
               "报价超过采购预算的；", "响应文件含有采购人不能接受的附加条件的；",
               "不满足谈判文件中标注★号的实质性要求的。"]  # fmt: skip
    doc.items(numbers("circled", len(grounds)), grounds, R)
    doc.para(C.REJECTION_DISTRACTORS[3])
    doc.heading("第三章 采购需求")
    doc.para(C.STAR_LEGENDS[2])
    doc.para("★所供耗材须具有有效的医疗器械注册证，且在有效期内。", S)
    doc.para("★供货响应时间：接到采购人订单后24小时内送达。", S)
    doc.para("耗材外包装应完好，标识清楚。")
    _filler(doc, 4)
    return doc


def consultation() -> TenderDoc:
    doc = TenderDoc(
        "consultation", "某市智慧城管平台运维服务项目", "HZ-CS-2026-0098",
        datetime(2026, 12, 18, 9, 30), Decimal(8000), "某市公共资源交易中心磋商室（三）",
    )  # fmt: skip
    doc.heading("某市智慧城管平台运维服务项目竞争性磋商文件")
    doc.para("项目编号：HZ-CS-2026-0098")
    doc.heading("第一章 磋商公告")
    doc.para("1. 项目名称：某市智慧城管平台运维服务项目")
    doc.para("2. 首次响应文件提交截止时间：2026-12-18 09:30")
    doc.para("3. 磋商地点：某市公共资源交易中心磋商室（三）")
    doc.para("4. 磋商保证金：¥8,000.00")
    doc.heading("第二章 供应商资格要求")
    quals = C.QUALIFICATION_STATUTORY[:5] + C.QUALIFICATION_SPECIFIC[1:2]
    doc.table(
        [("序号", "资格条件", "证明材料")]
        + [(str(n), q.rstrip("；。"), "提供承诺函或证明材料") for n, q in enumerate(quals, 1)],
        [(Q, q.rstrip("；。")) for q in quals],
    )
    doc.heading("第三章 磋商须知")
    doc.para("1. 磋商响应文件的组成")
    docs = C.DOCUMENTS[:4] + C.DOCUMENTS[9:11]
    doc.items(numbers("circled", len(docs)), docs, D)
    doc.para("2. 响应无效的情形")
    doc.para("磋商响应文件有下列情形之一的，按无效响应处理：")
    grounds = C.REJECTION_STATUTORY[:1] + C.REJECTION_STATUTORY[5:6] + C.REJECTION_USUAL[4:6]
    doc.items(numbers("circled", len(grounds)), grounds, R)
    doc.heading("第四章 服务需求")
    doc.para("1. 服务内容")
    doc.para("对某市智慧城管平台的服务器、网络设备、应用系统进行7×24小时运行维护。")
    doc.para("2. 服务要求")
    doc.items(
        numbers("paren", 3),
        [C.STAR_TECHNICAL[5], "运维人员须持证上岗（★）", "每月提交运维报告。"],
        S,
    )
    doc.body[-1] = doc.body[-1].__class__(doc.body[-1].text)  # the third has no ★
    doc.para(C.OTHER[4], OT)
    return doc


def inquiry() -> TenderDoc:
    doc = TenderDoc(
        "inquiry", "某大学实验室家具采购项目", "XJ2026-221",
        datetime(2026, 12, 11, 14, 0), None, "某大学采购与招标管理中心会议室",
    )  # fmt: skip
    doc.heading("某大学实验室家具采购项目询价通知书")
    doc.para("询价编号：XJ2026-221")
    doc.para("一、采购内容：实验台、通风柜、试剂柜等实验室家具一批。")
    doc.para("二、供应商资格要求")
    quals = C.QUALIFICATION_STATUTORY[:3] + C.QUALIFICATION_SPECIFIC[:1]
    doc.items(numbers("arabic", len(quals)), quals, Q)
    doc.para("三、报价文件提交截止时间：2026年12月11日14:00")
    doc.para("四、开启地点：某大学采购与招标管理中心会议室")
    doc.para("五、保证金：本项目不收取投标保证金。")
    doc.para("六、报价文件须包含以下材料：")
    docs = [
        "报价一览表",
        "营业执照副本复印件（加盖公章）",
        "法定代表人授权委托书",
        "产品彩页及参数说明",
    ]
    doc.items(numbers("arabic", len(docs)), docs, D)
    doc.para("七、报价无效的情形")
    grounds = [
        "报价超过采购预算的；",
        "报价文件未加盖公章的；",
        "所报产品不满足询价通知书中标注★号的参数要求的。",
    ]
    doc.items(numbers("arabic", len(grounds)), grounds, R)
    doc.para("八、技术要求")
    doc.para("★实验台台面须采用12.7mm厚实芯理化板，耐酸碱腐蚀。", S)
    doc.para("★通风柜面风速0.3～0.5m/s，须提供第三方检测报告。", S)
    doc.para(C.OTHER[3], OT)
    return doc


def auto_numbered() -> TenderDoc:
    doc = TenderDoc(
        "auto_numbered", "某供电公司配网自动化终端采购项目", "GD-PW-2026-056",
        datetime(2026, 12, 21, 9, 0), Decimal(50000), "某供电公司物资部开标室",
    )  # fmt: skip
    doc.heading("某供电公司配网自动化终端采购项目招标文件")
    doc.para("招标编号：GD-PW-2026-056")
    doc.heading("第一章 招标公告")
    doc.para("投标人资格要求")
    quals = C.QUALIFICATION_SPECIFIC[:4]
    doc.items(None, quals, Q)
    doc.para("投标截止时间：2026年12月21日9:00")
    doc.para("开标地点：某供电公司物资部开标室")
    doc.para("投标保证金：5万元")
    doc.heading("第二章 投标人须知")
    _filler(doc, 1, 3)
    doc.para("有下列情形之一的，其投标将被否决：")
    grounds = C.REJECTION_STATUTORY[:3] + C.REJECTION_USUAL[1:2]
    doc.items(None, grounds, R)
    doc.heading("第三章 技术规范")
    doc.para(C.STAR_LEGENDS[1])
    doc.para(C.STAR_TECHNICAL[0], S)
    doc.para(C.STAR_TECHNICAL[2], S)
    doc.para("终端应支持IEC 60870-5-104规约。")
    return doc


def star_column() -> TenderDoc:
    doc = TenderDoc(
        "star_column", "某高速公路机电工程监控设备采购项目", "GS-JD-2026-015",
        datetime(2026, 12, 28, 9, 0), Decimal(100000), "某省交通运输厅开标大厅",
    )  # fmt: skip
    doc.heading("某高速公路机电工程监控设备采购项目招标文件")
    doc.para("招标编号：GS-JD-2026-015")
    doc.para("投标截止时间：2026年12月28日上午9时（北京时间）")
    doc.para("开标地点：某省交通运输厅开标大厅")
    doc.para("投标保证金金额：人民币壹拾万元整")
    doc.heading("第一章 投标人资格要求")
    quals = [*C.QUALIFICATION_SPECIFIC[:2], "投标人须具有公路机电工程专业承包资质。"]
    doc.items(numbers("cn", len(quals)), quals, Q)
    doc.heading("第二章 技术参数")
    doc.para("下表中“实质性”一栏标有★的参数为实质性要求。")
    rows = [("序号", "实质性", "参数名称", "技术要求")]
    expect = []
    params = [
        ("★", "摄像机分辨率", "不低于2560×1440，帧率25fps"),
        ("", "防护等级", "IP66"),
        ("★", "工作温度", "-40℃～+70℃"),
        ("★", "视频编码", "支持H.265、H.264编码"),
        ("", "供电", "DC12V/PoE"),
    ]
    for n, (mark, name, requirement) in enumerate(params, 1):
        rows.append((str(n), mark, name, requirement))
        if mark:
            expect.append((S, requirement))
    doc.table(rows, expect)
    doc.heading("第三章 评标办法")
    doc.para("废标条款")
    grounds = C.REJECTION_STATUTORY[4:7] + C.REJECTION_USUAL[3:4]
    doc.items(numbers("arabic", len(grounds)), grounds, R)
    return doc


def full_width() -> TenderDoc:
    doc = TenderDoc(
        "full_width", "某市图书馆自助借还设备采购项目", "JX-2026-077",
        datetime(2026, 12, 16, 9, 30), Decimal(30000), "某市公共资源交易中心３楼开标室",
    )  # fmt: skip
    doc.heading("某市图书馆自助借还设备采购项目招标文件")
    doc.para("招标编号：ＪＸ－２０２６－０７７")
    doc.para("一、投标截止时间：２０２６年１２月１６日９：３０")
    doc.para("二、开标地点：某市公共资源交易中心３楼开标室")
    doc.para("三、投标保证金：人民币３万元")
    doc.para("四、合格投标人的条件")
    quals = C.QUALIFICATION_STATUTORY[:4]
    doc.items([f"{chr(0xFF10 + n)}．" for n in range(1, 5)], quals, Q)
    doc.para("五、投标文件的构成")
    docs = C.DOCUMENTS[:5]
    doc.items([f"（{chr(0xFF10 + n)}）" for n in range(1, 6)], docs, D)
    doc.para("六、有下列情形之一的，投标无效：")
    grounds = C.REJECTION_STATUTORY[:1] + C.REJECTION_USUAL[:2]
    doc.items([f"（{chr(0xFF10 + n)}）" for n in range(1, 4)], grounds, R)
    doc.para("七、技术要求")
    doc.para("★自助借还机须支持ＲＦＩＤ及条码双模识别，识别率≥９９．５％。", S)
    doc.para("★质保期：不少于３年。", S)
    return doc


def service() -> TenderDoc:
    doc = TenderDoc(
        "service", "某区行政服务中心物业管理服务项目", "QZFW-2026-031",
        datetime(2026, 12, 30, 15, 0), Decimal(15000), "某区政务服务中心五楼开标室",
    )  # fmt: skip
    doc.heading("某区行政服务中心物业管理服务项目公开招标文件")
    doc.para("项目编号：QZFW-2026-031")
    doc.heading("第一部分 招标公告")
    doc.para("1.1 项目名称：某区行政服务中心物业管理服务项目")
    doc.para("1.2 递交投标文件截止时间为2026年12月30日下午3点，逾期送达的投标文件将被拒收。", R)
    doc.para("1.3 开标地点：某区政务服务中心五楼开标室")
    doc.para("1.4 投标保证金：人民币壹万伍仟元整（￥15000元）")
    doc.para("2 投标人资格要求")
    quals = C.QUALIFICATION_STATUTORY[3:5] + C.QUALIFICATION_SERVICE
    doc.items(numbers("dotted", len(quals), "2"), quals, Q)
    doc.heading("第二部分 投标人须知")
    _filler(doc, 5, 3)
    doc.para(C.OTHER[1], OT)
    doc.para("6.4 废标条款")
    grounds = C.REJECTION_STATUTORY[5:7] + C.REJECTION_USUAL[:1] + C.REJECTION_USUAL[4:5]
    doc.items(numbers("dotted", len(grounds), "6.4"), grounds, R)
    doc.para("6.5 投标文件格式")
    docs = ["投标函", "服务方案", "人员配置表", "报价明细表"]
    doc.items(numbers("dotted", len(docs), "6.5"), docs, D)
    doc.heading("第三部分 服务要求")
    doc.para("★保洁服务人员不少于12人，保安服务人员不少于8人。", S)
    doc.para("服务期限：一年。")
    return doc


def inline_lists() -> TenderDoc:
    doc = TenderDoc(
        "inline_lists", "某市教育局智慧校园建设项目", "JYJ-ZB-2026-009",
        datetime(2026, 12, 17, 9, 30), Decimal(40000), "某市教育局三楼会议室",
    )  # fmt: skip
    doc.heading("某市教育局智慧校园建设项目招标文件")
    doc.para("项目名称：某市教育局智慧校园建设项目")
    doc.para("招标编号：JYJ-ZB-2026-009")
    quals = [
        "具有独立承担民事责任的能力",
        "具有信息系统集成及服务资质三级及以上",
        "近三年无重大违法记录",
    ]
    doc.para("投标人资格要求：" + "；".join(f"{n}.{q}" for n, q in enumerate(quals, 1)) + "。")
    doc.body[-1] = doc.body[-1].__class__(doc.body[-1].text, tuple((Q, q) for q in quals))
    doc.para("投标截止时间：2026年12月17日 上午09:30")
    doc.para("开标地点：某市教育局三楼会议室")
    doc.para("投标保证金：人民币肆万元整")
    names = ["投标函", "开标一览表", "技术方案", "资格证明文件"]
    doc.para(
        "投标文件由下列部分组成：" + "；".join(f"（{n}）{t}" for n, t in enumerate(names, 1)) + "。"
    )
    doc.body[-1] = doc.body[-1].__class__(doc.body[-1].text, tuple((D, t) for t in names))
    doc.para(C.REJECTION_INLINE[1], R)
    doc.para(C.REJECTION_INLINE[0], R)
    doc.para("投标人在投标截止时间前未完成CA加密上传的，视为无效投标。", R)
    doc.para("★所有设备须提供原厂三年质保承诺函。", S)
    doc.para("所投交互式平板须具备防蓝光功能（★）。", S)
    _filler(doc, 0, 2)
    return doc


def medical() -> TenderDoc:
    doc = TenderDoc(
        "medical", "某市妇幼保健院彩色多普勒超声诊断仪采购项目", "0612-264105120139",
        datetime(2026, 12, 24, 9, 30), Decimal(30000), "某市公共资源交易中心开标二室",
    )  # fmt: skip
    doc.heading("某市妇幼保健院彩色多普勒超声诊断仪采购项目")
    doc.heading("公开招标文件")
    doc.para("项目编号：0612-264105120139")
    doc.heading("第一章 投标邀请函")
    doc.para("（一）投标人资格要求")
    quals = C.QUALIFICATION_STATUTORY[:2] + C.QUALIFICATION_MEDICAL[:2]
    doc.items(numbers("arabic", len(quals)), quals, Q)
    doc.para("（二）投标截止时间：2026年12月24日09时30分")
    doc.para("（三）开标地点：某市公共资源交易中心开标二室")
    doc.para("（四）投标保证金：¥30,000.00（大写：人民币叁万元整）")
    doc.heading("第二章 技术要求")
    doc.para(C.STAR_LEGENDS[1])
    doc.table(
        [
            ("序号", "技术参数"),
            ("1", "★探头：配置凸阵、线阵、腔内探头各1把"),
            ("2", "▲显示器：不小于21.5英寸高分辨率医用显示器"),
            ("3", "★彩色多普勒成像：具备高分辨率血流成像技术"),
            ("4", "图像存储：内置硬盘不小于1TB"),
        ],
        [
            (S, "探头：配置凸阵、线阵、腔内探头各1把"),
            (S, "彩色多普勒成像：具备高分辨率血流成像技术"),
        ],
    )
    doc.heading("第三章 评审办法")
    doc.para("五、投标无效的情形")
    grounds = C.REJECTION_STATUTORY[2:3] + C.REJECTION_USUAL[3:4] + C.REJECTION_USUAL[6:7]
    doc.items(numbers("paren_cn", len(grounds)), grounds, R)
    doc.para("六、投标人须提交下列证明材料：")
    docs = ["医疗器械注册证复印件", "制造商授权书", "产品技术白皮书"]
    doc.items(numbers("paren_cn", len(docs)), docs, D)
    return doc


def design() -> TenderDoc:
    doc = TenderDoc(
        "design", "某新区综合管廊工程设计项目", "XQ-SJ-2026-004",
        datetime(2026, 12, 29, 10, 0), Decimal(60000), "某新区公共资源交易中心开标室",
    )  # fmt: skip
    doc.heading("某新区综合管廊工程设计招标文件")
    doc.para("招标项目编号：XQ-SJ-2026-004")
    doc.heading("第一章 招标公告")
    doc.para("1. 项目名称：某新区综合管廊工程设计项目")
    doc.para("2. 投标人资格要求：")
    quals = ["具有工程设计市政行业甲级资质；", "拟派设计负责人具有一级注册结构工程师执业资格；",
             "近五年完成过1项综合管廊工程设计业绩；"]  # fmt: skip
    doc.items(numbers("ascii_paren", len(quals)), quals, Q)
    doc.para("3. 投标截止时间：2026年12月29日10时00分；开标地点：某新区公共资源交易中心开标室。")
    doc.para("4. 投标保证金：人民币陆万元整（¥60,000.00）。")
    doc.heading("第二章 投标人须知")
    doc.para("1. 设计文件递交与答疑")
    doc.para(C.OTHER[0], OT)
    doc.para("2. 有下列情形之一的，评标委员会应当否决其投标：")
    grounds = C.REJECTION_STATUTORY[:2] + C.REJECTION_STATUTORY[3:4] + C.REJECTION_STATUTORY[6:7]
    doc.items(numbers("ascii_paren", len(grounds)), grounds, R)
    doc.para("3. 其他")
    doc.para("★设计周期：自合同签订之日起90日历天内提交施工图设计文件。", S)
    doc.para(C.REJECTION_DISTRACTORS[0])
    _filler(doc, 3, 2)
    return doc


def framework() -> TenderDoc:
    doc = TenderDoc(
        "framework", "某市政务云平台扩容及运维服务项目", "【2026】ZFCG-112号",
        datetime(2026, 12, 31, 9, 30), Decimal(50000), "某市公共资源交易中心四楼第一开标室",
    )  # fmt: skip
    doc.heading("某市政务云平台扩容及运维服务项目")
    doc.heading("招 标 文 件")
    doc.para("招标编号：【2026】ZFCG-112号")
    doc.heading("第一章 招标公告")
    doc.para("一、项目基本情况")
    doc.para("项目名称：某市政务云平台扩容及运维服务项目")
    doc.para("二、申请人的资格要求")
    quals = [
        "满足《中华人民共和国政府采购法》第二十二条规定；",
        "落实政府采购政策需满足的资格要求：本项目专门面向中小企业采购；",
        "本项目的特定资格要求：投标人须具有有效的信息安全服务资质认证证书（安全运维服务类）。",
    ]
    doc.items(numbers("arabic", len(quals)), quals, Q)
    doc.para("三、提交投标文件截止时间、开标时间和地点")
    doc.para("投标文件递交截止时间：2026年12月31日（星期四）上午9:30（北京时间）")
    doc.para("开标地点：某市公共资源交易中心四楼第一开标室")
    doc.para("四、投标保证金：人民币伍万元（￥50000.00），以银行转账或保函形式提交。")
    doc.para("五、其他补充事宜")
    doc.para("投标人可于2026年12月20日前自行踏勘现场，联系人：王工。", OT)
    doc.para("样品：不需要提供。")
    doc.heading("第二章 投标人须知")
    doc.para("（一）投标文件的构成")
    doc.para("投标文件由商务文件、技术文件和报价文件三部分组成。")
    doc.para("商务文件包括：")
    docs = ["投标函", "法定代表人身份证明及授权委托书", "投标保证金缴纳凭证", "中小企业声明函"]
    doc.items(numbers("paren", len(docs)), docs, D)
    doc.para("（二）投标无效")
    doc.para("投标人不按招标文件要求提交投标保证金的，其投标文件作无效处理。", R)
    doc.para("投标文件出现下列情况之一的，其投标文件无效：")
    grounds = [
        "投标文件未按招标文件要求签署、盖章的；",
        "投标人的报价超过了采购预算或最高限价的；",
        "投标文件含有采购人不能接受的附加条件的；",
        "不符合法律、法规和招标文件中规定的其他实质性要求的。",
    ]
    doc.items(numbers("paren_cn", len(grounds)), grounds, R)
    doc.heading("第三章 采购需求")
    doc.para("说明：1.标“★”的条款为实质性要求，不允许负偏离；2.标“▲”的条款为重要技术参数。")
    doc.table(
        [
            ("序号", "指标项", "技术要求"),
            ("1", "计算资源", "新增vCPU不少于2000核（★）"),
            ("2", "存储资源", "新增分布式存储不少于500TB"),
            ("3", "运维响应", "7×24小时服务，故障响应时间≤30分钟（★）"),
            ("4", "安全", "▲满足等保三级要求"),
        ],
        [(S, "新增vCPU不少于2000核（★）"), (S, "7×24小时服务，故障响应时间≤30分钟（★）")],
    )
    _filler(doc, 2, 2)
    return doc


def procurement_notice() -> TenderDoc:
    """A 政府采购 consultation as the usual notice template writes it: the art. 22 conditions
    as a list under the item that cites the article; a 前附表 with a 条款号 column; response
    forms whose bodies are numbered but are no documents to submit."""
    doc = TenderDoc(
        "procurement_notice", "某市第一人民医院信息化建设项目", "XMYY-CS-2026-0417",
        datetime(2026, 12, 21, 14, 30), Decimal(38000), "某市公共资源交易中心三楼开标三室",
    )  # fmt: skip
    doc.heading("某市第一人民医院信息化建设项目")
    doc.heading("竞争性磋商文件")
    doc.para("采购项目编号：XMYY-CS-2026-0417")
    doc.heading("第一章 磋商公告")
    doc.para("一、项目名称：某市第一人民医院信息化建设项目")
    doc.para("二、申请人的资格要求")
    doc.para("1. 满足《中华人民共和国政府采购法》第二十二条规定：", Q)
    quals = C.QUALIFICATION_STATUTORY[:5]
    doc.items(numbers("paren", len(quals)), quals, Q)
    doc.para("2. 本项目的特定资格要求：" + C.QUALIFICATION_SPECIFIC[2], Q)
    doc.para("三、首次响应文件提交截止时间：2026年12月21日 下午2点30分（北京时间）")
    doc.para("四、响应文件开启地点：某市公共资源交易中心三楼开标三室")
    doc.para("五、磋商保证金：人民币叁万捌仟元整（￥38,000.00）")
    doc.heading("第二章 供应商须知")
    doc.table(
        [
            ("条款号", "条款名称", "编列内容"),
            ("2.2.1", "供应商要求澄清磋商文件的截止时间", "2026年12月10日17:00前"),
            ("3.7.4", "样机", "供应商须于响应文件提交截止时间前提交样机一台，递交地点另行通知。"),
        ],
        [
            (OT, "供应商要求澄清磋商文件的截止时间 | 2026年12月10日17:00前"),
            (OT, "样机 | 供应商须于响应文件提交截止时间前提交样机一台，递交地点另行通知。"),
        ],
    )
    doc.heading("第三章 评审办法")
    doc.para("有下列情形之一的，视为无效响应：")
    grounds = C.REJECTION_STATUTORY[:1] + C.REJECTION_USUAL[4:6]
    doc.items(numbers("paren", len(grounds)), grounds, R)
    doc.heading("第四章 响应文件格式")
    doc.para("一、响应函", D)
    doc.para("致：某市第一人民医院")
    doc.para("1. 我方已仔细研究了磋商文件的全部内容，愿意以报价一览表所列价格提供服务；")
    doc.para("2. 我方承诺在磋商有效期内不撤销响应文件。")
    doc.para("二、法定代表人授权委托书", D)
    doc.para("1. 本授权委托书自签署之日起生效；")
    doc.para("三、报价一览表", D)
    _filler(doc, 1)
    return doc


ALL = (gov_goods, engineering, negotiation, consultation, inquiry, auto_numbered, star_column,
       full_width, service, inline_lists, medical, design, framework, procurement_notice)  # fmt: skip
