<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ContractsTab</name>
    <message>
        <source>Contracts</source>
        <translation>合同跟进</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contracts: {count}</source>
        <translation>合同：{count} 份</translation>
    </message>
</context>
</TS>
