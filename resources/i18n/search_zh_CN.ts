<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>SearchPopup</name>
    <message>
        <source>Find accounts, people, opportunities, tenders, contracts…</source>
        <translation>查找客户、人员、机会点、投标项目、合同…</translation>
    </message>
    <message>
        <source>↑↓ to choose, Enter to open, Esc to close</source>
        <translation>↑↓ 选择，回车打开，Esc 关闭</translation>
    </message>
    <message>
        <source>Type part of a name, a number, a phone number or an e-mail address.</source>
        <translation>输入名称、编号、电话号码或电子邮箱的一部分。</translation>
    </message>
    <message>
        <source>No name contains “{text}”. Type more to search everything.</source>
        <translation>没有名称包含“{text}”。多输入几个字可搜索全部内容。</translation>
    </message>
    <message>
        <source>Nothing contains “{text}”.</source>
        <translation>没有内容包含“{text}”。</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Tenders</source>
        <translation>投标项目</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>{kind} (first {count}: type more to narrow)</source>
        <translation>{kind}（前 {count} 条，多输入几个字可缩小范围）</translation>
    </message>
</context>
</TS>
