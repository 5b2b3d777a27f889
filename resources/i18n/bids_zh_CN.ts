<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BidChecklistTab</name>
    <message>
        <source>Bid Checklist</source>
        <translation>投标检查清单</translation>
    </message>
    <message>
        <source>Tender number</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Tenders: {count}</source>
        <translation>投标：{count} 个</translation>
    </message>
</context>
</TS>
