<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OpportunitiesTab</name>
    <message>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>机会点名称</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>预计决策日期</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Opportunities: {count}</source>
        <translation>机会点：{count} 个</translation>
    </message>
</context>
</TS>
