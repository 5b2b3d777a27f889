<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>新建行动</translation>
    </message>
    <message>
        <source>Who on our team will do it</source>
        <translation>由我方团队中的谁来做</translation>
    </message>
    <message>
        <source>About</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Make the action “{title}”</source>
        <translation>制定行动“{title}”</translation>
    </message>
</context>
<context>
    <name>CloseActionDialog</name>
    <message>
        <source>Close action</source>
        <translation>关闭行动</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped: no longer worth doing</source>
        <translation>已放弃：不再值得去做</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>结果如何</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Close the action “{title}”</source>
        <translation>关闭行动“{title}”</translation>
    </message>
</context>
</TS>
