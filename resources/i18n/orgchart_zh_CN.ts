<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>OrgChartTab</name>
    <message>
        <source>Org Chart</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响力</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>亲近度</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Select an account to see its people.</source>
        <translation>请选择一个客户以查看其人员。</translation>
    </message>
    <message>
        <source>People in this account: {count}</source>
        <translation>该客户的人员：{count} 人</translation>
    </message>
</context>
</TS>
