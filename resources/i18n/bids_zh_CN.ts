<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BidChecklistTab</name>
    <message>
        <source>Pending tenders only</source>
        <translation>只看未出结果的项目</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>招标信息</translation>
    </message>
    <message>
        <source>Deviation table</source>
        <translation>偏离表</translation>
    </message>
    <message>
        <source>After the opening</source>
        <translation>开标后</translation>
    </message>
    <message>
        <source>New tender…</source>
        <translation>新建投标项目…</translation>
    </message>
    <message>
        <source>New tender from document…</source>
        <translation>从招标文件新建投标项目…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>清单模板…</translation>
    </message>
    <message>
        <source>Bid Checklist</source>
        <translation>投标检查清单</translation>
    </message>
    <message>
        <source>New tender</source>
        <translation>新建投标项目</translation>
    </message>
    <message>
        <source>There is no open opportunity to prepare a tender for.</source>
        <translation>没有可以准备投标的未关闭机会点。</translation>
    </message>
    <message>
        <source>New tender from document</source>
        <translation>从招标文件新建投标项目</translation>
    </message>
    <message>
        <source>Tender documents (*.docx *.pdf)</source>
        <translation>招标文件 (*.docx *.pdf)</translation>
    </message>
    <message>
        <source>Reading {name}</source>
        <translation>正在读取 {name}</translation>
    </message>
    <message>
        <source>New tender from {name}</source>
        <translation>从 {name} 新建投标项目</translation>
    </message>
    <message>
        <source>Edit tender</source>
        <translation>编辑投标项目</translation>
    </message>
    <message>
        <source>Delete tender</source>
        <translation>删除投标项目</translation>
    </message>
    <message>
        <source>Move the tender {name} with its checklist, deviation table and results to the trash? You can restore it from Edit ▸ Trash for 30 days.</source>
        <translation>将投标项目 {name} 连同其检查清单、偏离表和开标结果移入回收站？30 天内可在“编辑 ▸ 回收站”中还原。</translation>
    </message>
    <message>
        <source>Mark as submitted</source>
        <translation>标记为已递交</translation>
    </message>
    <message>
        <source>Mark as not submitted</source>
        <translation>标记为未递交</translation>
    </message>
    <message>
        <source>Tenders: {count}</source>
        <translation>投标项目：{count} 个</translation>
    </message>
</context>
<context>
    <name>BidSettings</name>
    <message>
        <source>Checklist warning: from 0 to 60 days ahead.</source>
        <translation>检查清单提醒须为截止前 0 至 60 天。</translation>
    </message>
</context>
<context>
    <name>BidsSettingsPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Required checklist items still open this many days (or fewer) before the submission deadline are highlighted, and counted in the tender list.</source>
        <translation>距投标截止不超过此天数时，仍未完成的必备检查项将突出显示，并在投标项目列表中计数。</translation>
    </message>
    <message>
        <source>Warn before the deadline</source>
        <translation>截止前提醒天数</translation>
    </message>
    <message>
        <source>Bid checklist</source>
        <translation>投标检查清单</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Note: say what the problem is.</source>
        <translation>备注：请说明存在什么问题。</translation>
    </message>
    <message>
        <source>Note: an item marked as a problem needs a note; resolve the problem first.</source>
        <translation>备注：有问题的检查项必须填写备注；请先解决问题。</translation>
    </message>
    <message>
        <source>Section: choose a section.</source>
        <translation>所属部分：请选择。</translation>
    </message>
    <message>
        <source>Text: say what is to be checked.</source>
        <translation>内容：请说明要检查什么。</translation>
    </message>
</context>
<context>
    <name>ChecklistEdits</name>
    <message>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>What is to be checked (for this tender only)?</source>
        <translation>要检查什么（仅用于本项目）？</translation>
    </message>
    <message>
        <source>Add a checklist item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <source>Delete “{item}” from this tender&apos;s checklist?</source>
        <translation>从本项目的检查清单中删除“{item}”？</translation>
    </message>
    <message>
        <source>Delete a checklist item</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <source>{name} ({count} items)</source>
        <translation>{name}（{count} 项）</translation>
    </message>
    <message>
        <source>Copy a template into the checklist</source>
        <translation>将模板复制到检查清单</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>附加佐证文件</translation>
    </message>
    <message>
        <source>All files (*);;PDF (*.pdf);;Images (*.png *.jpg)</source>
        <translation>所有文件 (*);;PDF (*.pdf);;图片 (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>移除佐证文件</translation>
    </message>
    <message>
        <source>Remove this file from the item?</source>
        <translation>从该检查项移除此文件？</translation>
    </message>
</context>
<context>
    <name>ChecklistExcel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>所属部分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必备项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Item ID (do not change)</source>
        <translation>检查项编号（请勿修改）</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Choose a status from the list.</source>
        <translation>请从下拉列表中选择状态。</translation>
    </message>
    <message>
        <source>Bid checklist</source>
        <translation>投标检查清单</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>投标项目</translation>
    </message>
    <message>
        <source>Tender number</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>导出日期</translation>
    </message>
    <message>
        <source>Tick in the Status column (choose from the list) and write notes, then import the file back into Key Account Desk.</source>
        <translation>请在“状态”列中从下拉列表选择并填写备注，然后将文件导入回大客户项目销售助手。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>The sheet has more than {limit} rows; it is not one we exported.</source>
        <translation>该表格超过 {limit} 行，不是本软件导出的检查清单。</translation>
    </message>
    <message>
        <source>{name} is not a checklist exported from Key Account Desk (its hidden {sheet} sheet is missing).</source>
        <translation>{name} 不是大客户项目销售助手导出的检查清单（缺少隐藏的 {sheet} 工作表）。</translation>
    </message>
    <message>
        <source>This sheet belongs to another tender, not to {ours}; nothing was imported.</source>
        <translation>该表格属于其他投标项目，而不是 {ours}；未导入任何内容。</translation>
    </message>
    <message>
        <source>This sheet belongs to tender {other}, not to {ours}; nothing was imported. Select that tender to import it.</source>
        <translation>该表格属于投标项目 {other}，而不是 {ours}；未导入任何内容。请选中该项目后再导入。</translation>
    </message>
    <message>
        <source>Row {row}: the item is not in this tender&apos;s checklist (was the ID changed or the row copied from another sheet?).</source>
        <translation>第 {row} 行：该检查项不属于本项目的检查清单（编号是否被修改，或该行复制自其他表格？）。</translation>
    </message>
    <message>
        <source>Row {row}: the status &quot;{value}&quot; is not one of: {choices}.</source>
        <translation>第 {row} 行：状态“{value}”不是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>Row {row}: an item with a problem needs a note.</source>
        <translation>第 {row} 行：有问题的检查项必须填写备注。</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查人及日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>{section} — {done} of {applicable} done ({percent}%)</source>
        <translation>{section}：已完成 {done}/{applicable}（{percent}%）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必备项</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选项</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>依据：{source}</translation>
    </message>
    <message>
        <source>Checked by {who} on {when}</source>
        <translation>{who} 于 {when} 检查</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Required and still open close to the deadline</source>
        <translation>必备项，临近截止仍未完成</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Find an item (Ctrl+F)</source>
        <translation>查找检查项（Ctrl+F）</translation>
    </message>
    <message>
        <source>Only items still to do</source>
        <translation>只看未完成项</translation>
    </message>
    <message>
        <source>Space: done · N: not applicable · P: problem · Backspace: reopen · Enter: note · Ctrl+F: find</source>
        <translation>空格：已完成 · N：不适用 · P：有问题 · 退格：改回未完成 · 回车：备注 · Ctrl+F：查找</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Problem…</source>
        <translation>有问题…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>改回未完成</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加检查项…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <source>Copy a template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <source>No checklist yet: copy a template into this tender.</source>
        <translation>尚无检查清单：请为本项目复制一个模板。</translation>
    </message>
    <message>
        <source>{done} of {applicable} done ({percent}%)</source>
        <translation>已完成 {done}/{applicable}（{percent}%）</translation>
    </message>
    <message>
        <source>{count} not applicable</source>
        <translation>{count} 项不适用</translation>
    </message>
    <message>
        <source>{count} required still open</source>
        <translation>{count} 项必备项未完成</translation>
    </message>
    <message>
        <source>{count} with a problem</source>
        <translation>{count} 项有问题</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题说明</translation>
    </message>
    <message>
        <source>What is wrong with “{item}”?</source>
        <translation>“{item}”存在什么问题？</translation>
    </message>
    <message>
        <source>Mark “{item}” as {status}</source>
        <translation>将“{item}”标记为{status}</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note on “{item}”</source>
        <translation>“{item}”的备注</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Who is responsible for “{item}”?</source>
        <translation>谁负责“{item}”？</translation>
    </message>
    <message>
        <source>Change who is responsible</source>
        <translation>更改负责人</translation>
    </message>
</context>
<context>
    <name>ChecklistPrintout</name>
    <message>
        <source>Tender number</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>招标人</translation>
    </message>
    <message>
        <source>Tender agency</source>
        <translation>招标代理机构</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Place of submission</source>
        <translation>递交地点</translation>
    </message>
    <message>
        <source>Bid bond</source>
        <translation>投标保证金</translation>
    </message>
    <message>
        <source>{done} of {applicable} done ({percent}%) · required still open: {open}</source>
        <translation>已完成 {done}/{applicable}（{percent}%）· 必备项未完成：{open}</translation>
    </message>
    <message>
        <source>Bid checklist</source>
        <translation>投标检查清单</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必备项</translation>
    </message>
    <message>
        <source>{done} of {applicable} done</source>
        <translation>已完成 {done}/{applicable}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <source>Prepared by (bid clerk)</source>
        <translation>编制人（标书专员）</translation>
    </message>
    <message>
        <source>Final check (marketing manager)</source>
        <translation>终审（营销经理）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>Qualifications</source>
        <translation>资格条件</translation>
    </message>
    <message>
        <source>Commercial response</source>
        <translation>商务响应</translation>
    </message>
    <message>
        <source>Technical response and deviation table</source>
        <translation>技术响应及偏离表</translation>
    </message>
    <message>
        <source>Pricing</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Signatures and seals</source>
        <translation>签字盖章</translation>
    </message>
    <message>
        <source>Attachments, originals and copies</source>
        <translation>附件及正副本</translation>
    </message>
    <message>
        <source>Packaging and sealing</source>
        <translation>包装密封</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>递交</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>New deviation line</source>
        <translation>新增偏离项</translation>
    </message>
    <message>
        <source>Edit deviation line</source>
        <translation>编辑偏离项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款号</translation>
    </message>
    <message>
        <source>Tender requirement</source>
        <translation>招标要求</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>我方响应</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>偏离情况</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>应对策略</translation>
    </message>
</context>
<context>
    <name>DeviationPanel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款号</translation>
    </message>
    <message>
        <source>Tender requirement</source>
        <translation>招标要求</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>我方响应</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>偏离情况</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>应对策略</translation>
    </message>
    <message>
        <source>Add line…</source>
        <translation>添加偏离项…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>{count} lines: {negative} negative, {positive} positive.</source>
        <translation>共 {count} 项：负偏离 {negative} 项，正偏离 {positive} 项。</translation>
    </message>
    <message>
        <source>Negative deviations without a strategy: {count}.</source>
        <translation>尚无应对策略的负偏离：{count} 项。</translation>
    </message>
    <message>
        <source>Add a deviation line</source>
        <translation>添加偏离项</translation>
    </message>
    <message>
        <source>Edit a deviation line</source>
        <translation>编辑偏离项</translation>
    </message>
    <message>
        <source>Delete deviation line</source>
        <translation>删除偏离项</translation>
    </message>
    <message>
        <source>Delete the line for clause {clause}?</source>
        <translation>删除条款 {clause} 的偏离项？</translation>
    </message>
    <message>
        <source>Delete a deviation line</source>
        <translation>删除偏离项</translation>
    </message>
    <message>
        <source>Move a deviation line</source>
        <translation>移动偏离项</translation>
    </message>
</context>
<context>
    <name>DeviationPrintout</name>
    <message>
        <source>Deviation table</source>
        <translation>偏离表</translation>
    </message>
</context>
<context>
    <name>DeviationTable</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Tender clause</source>
        <translation>招标文件条目号</translation>
    </message>
    <message>
        <source>Tender requirement</source>
        <translation>招标要求</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>投标响应</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>偏离</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Technical deviation table</source>
        <translation>技术偏离表</translation>
    </message>
    <message>
        <source>Commercial deviation table</source>
        <translation>商务偏离表</translation>
    </message>
</context>
<context>
    <name>Deviations</name>
    <message>
        <source>Requirement: enter the tender&apos;s clause number or its requirement.</source>
        <translation>招标要求：请填写条款号或要求内容。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import ticks from {name}</source>
        <translation>从 {name} 导入勾选结果</translation>
    </message>
    <message>
        <source>{changed} items will change; {unchanged} stay as they are. Nothing is saved until you apply the changes, and you can undo them afterwards.</source>
        <translation>{changed} 项将被更改，{unchanged} 项保持不变。应用更改前不会保存任何内容，应用后也可以撤销。</translation>
    </message>
    <message>
        <source>Rows without an item ID were ignored: {rows}.</source>
        <translation>以下没有检查项编号的行已忽略：{rows}。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Apply changes</source>
        <translation>应用更改</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>编辑备注…</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Make an action…</source>
        <translation>制定行动…</translation>
    </message>
    <message>
        <source>Plan who on our team completes this item, and by when</source>
        <translation>安排我方由谁在何时前完成此项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证文件</translation>
    </message>
    <message>
        <source>Select an item of the checklist.</source>
        <translation>请选择一个检查项。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必备项</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选项</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>依据：{source}</translation>
    </message>
    <message>
        <source>{status}, by {who} on {when}</source>
        <translation>{who} 于 {when} 标记为“{status}”</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>Added {when}</source>
        <translation>添加于 {when}</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Print the checklist</source>
        <translation>打印检查清单</translation>
    </message>
    <message>
        <source>Print the deviation table</source>
        <translation>打印偏离表</translation>
    </message>
    <message>
        <source>Save the checklist as PDF</source>
        <translation>将检查清单另存为 PDF</translation>
    </message>
    <message>
        <source>Save the deviation table as PDF</source>
        <translation>将偏离表另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Export the checklist to Excel</source>
        <translation>将检查清单导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出到 Excel</translation>
    </message>
    <message>
        <source>{count} items written to {name}. Tick them in the Status column, then import the file back.</source>
        <translation>已将 {count} 个检查项写入 {name}。请在“状态”列中勾选，然后将文件导入回来。</translation>
    </message>
    <message>
        <source>Export the deviation table to Excel</source>
        <translation>将偏离表导出到 Excel</translation>
    </message>
    <message>
        <source>{count} deviation lines written to {name}.</source>
        <translation>已将 {count} 行偏离写入 {name}。</translation>
    </message>
    <message>
        <source>Import ticks from Excel</source>
        <translation>从 Excel 导入勾选结果</translation>
    </message>
    <message>
        <source>The sheet holds no changes to this checklist.</source>
        <translation>该表格中没有对本检查清单的更改。</translation>
    </message>
    <message>
        <source>Import ticks from {name}</source>
        <translation>从 {name} 导入勾选结果</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Lot</source>
        <translation>标包</translation>
    </message>
    <message>
        <source>Our price</source>
        <translation>我方报价</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>中标人</translation>
    </message>
    <message>
        <source>Winning price</source>
        <translation>中标价</translation>
    </message>
    <message>
        <source>Our rank</source>
        <translation>我方排名</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Opening and evaluation</source>
        <translation>开标与评标</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>项目澄清</translation>
    </message>
    <message>
        <source>Second quote</source>
        <translation>二次报价</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>After the result</source>
        <translation>结果公布后</translation>
    </message>
    <message>
        <source>Loss recovery actions</source>
        <translation>失标挽回措施</translation>
    </message>
    <message>
        <source>Customer revisit on</source>
        <translation>客户回访日期</translation>
    </message>
    <message>
        <source>Post-bid review</source>
        <translation>标后总结</translation>
    </message>
    <message>
        <source>Result per lot</source>
        <translation>各标包结果</translation>
    </message>
    <message>
        <source>Post-bid reviews of earlier tenders (same account)</source>
        <translation>该客户以往投标的标后总结</translation>
    </message>
    <message>
        <source>Follows the lots&apos; results</source>
        <translation>由各标包结果决定</translation>
    </message>
    <message>
        <source>The tender&apos;s result</source>
        <translation>投标结果</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Tender {number} won</source>
        <translation>投标项目 {number} 已中标</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>保存开标结果</translation>
    </message>
    <message>
        <source>Tender won</source>
        <translation>中标</translation>
    </message>
    <message>
        <source>The opportunity moved on to the stage “{stage}”.</source>
        <translation>该机会点已推进到“{stage}”阶段。</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>Checklist templates</source>
        <translation>检查清单模板</translation>
    </message>
    <message>
        <source>New copy…</source>
        <translation>复制为新模板…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Use for new tenders</source>
        <translation>设为新建投标项目的默认模板</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>所属部分</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必备项</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加检查项</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除检查项</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>保存模板</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Tenders keep the copy they were given: changing a template only affects tenders created afterwards.</source>
        <translation>投标项目保留建立时复制的清单：修改模板只影响之后新建的投标项目。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>{name} ({count} items)</source>
        <translation>{name}（{count} 项）</translation>
    </message>
    <message>
        <source>{name} — for new tenders</source>
        <translation>{name}（新建投标项目默认）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>放弃对此模板的修改？</translation>
    </message>
    <message>
        <source>Edit the template “{name}”</source>
        <translation>编辑模板“{name}”</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Name of the new template (a copy of the selected one)</source>
        <translation>新建模板的名称（复制所选模板）</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>New template “{name}”</source>
        <translation>新建模板“{name}”</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Delete the template “{name}”? Tenders keep their checklists.</source>
        <translation>删除模板“{name}”？已有投标项目的检查清单不受影响。</translation>
    </message>
    <message>
        <source>Delete a template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Use another template for new tenders</source>
        <translation>更换新建投标项目使用的模板</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Name: enter a name for the template.</source>
        <translation>名称：请填写模板名称。</translation>
    </message>
    <message>
        <source>Item {number}: enter its text in English or in Chinese.</source>
        <translation>第 {number} 项：请填写中文或英文内容。</translation>
    </message>
    <message>
        <source>Item {number}: choose a section.</source>
        <translation>第 {number} 项：请选择所属部分。</translation>
    </message>
    <message>
        <source>Name: there is already a template called {name}.</source>
        <translation>名称：已有名为 {name} 的模板。</translation>
    </message>
    <message>
        <source>The built-in template cannot be deleted. Make your own copy and set it as the default instead.</source>
        <translation>内置模板不能删除。请复制一份自己的模板，并将其设为新建投标项目的默认模板。</translation>
    </message>
</context>
<context>
    <name>TenderDialog</name>
    <message>
        <source>New tender</source>
        <translation>新建投标项目</translation>
    </message>
    <message>
        <source>Edit tender</source>
        <translation>编辑投标项目</translation>
    </message>
    <message>
        <source>No checklist for now</source>
        <translation>暂不建立检查清单</translation>
    </message>
    <message>
        <source>Why we bid although the decision was no-bid</source>
        <translation>已决定不投标，为何仍要投标</translation>
    </message>
    <message>
        <source>Where and how, e.g. the e-bidding platform</source>
        <translation>获取途径，例如电子招投标平台</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>标包</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Our price</source>
        <translation>我方报价</translation>
    </message>
    <message>
        <source>Add lot</source>
        <translation>添加标包</translation>
    </message>
    <message>
        <source>Remove lot</source>
        <translation>删除标包</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Bid anyway because</source>
        <translation>仍投标的理由</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>检查清单模板</translation>
    </message>
    <message>
        <source>Tender number</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>招标人</translation>
    </message>
    <message>
        <source>Tender agency</source>
        <translation>招标代理机构</translation>
    </message>
    <message>
        <source>Documents obtained</source>
        <translation>标书获取方式</translation>
    </message>
    <message>
        <source>Obtained on</source>
        <translation>获取日期</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <source>Clarification deadline</source>
        <translation>澄清截止时间</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Place of submission</source>
        <translation>递交地点</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开标时间</translation>
    </message>
    <message>
        <source>Bid bond</source>
        <translation>投标保证金</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>缴纳截止</translation>
    </message>
    <message>
        <source>How paid</source>
        <translation>缴纳方式</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴纳日期</translation>
    </message>
    <message>
        <source>Refund due on</source>
        <translation>应退还日期</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>退还日期</translation>
    </message>
    <message>
        <source>Prices and lots</source>
        <translation>报价及标包</translation>
    </message>
    <message>
        <source>Price ceiling</source>
        <translation>最高投标限价</translation>
    </message>
    <message>
        <source>There is no open opportunity to prepare a tender for.</source>
        <translation>没有可以准备投标的未关闭机会点。</translation>
    </message>
    <message>
        <source>This opportunity is marked no-bid. To prepare a tender anyway, say why below; the reason is kept with the tender.</source>
        <translation>该机会点已决定不投标。如仍要准备投标，请在下方说明理由；理由将随投标项目保存。</translation>
    </message>
    <message>
        <source>No bid/no-bid decision on this opportunity yet.</source>
        <translation>该机会点尚未作出投标决策。</translation>
    </message>
    <message>
        <source>(current opportunity)</source>
        <translation>（当前机会点）</translation>
    </message>
</context>
<context>
    <name>TenderHeader</name>
    <message>
        <source>No tender selected</source>
        <translation>未选择投标项目</translation>
    </message>
    <message>
        <source>Bid/no-bid: {decision}</source>
        <translation>投标决策：{decision}</translation>
    </message>
    <message>
        <source>bid anyway: {reason}</source>
        <translation>仍投标：{reason}</translation>
    </message>
    <message>
        <source>Opportunity: {name} ({stage})</source>
        <translation>机会点：{name}（{stage}）</translation>
    </message>
    <message>
        <source>Open the opportunity and its bid/no-bid decision</source>
        <translation>打开该机会点及其投标决策</translation>
    </message>
    <message>
        <source>No tenders for this account yet</source>
        <translation>该客户还没有投标项目</translation>
    </message>
    <message>
        <source>No tenders yet</source>
        <translation>还没有投标项目</translation>
    </message>
    <message>
        <source>New tender… prepares one for an open opportunity, with its own copy of the checklist template.</source>
        <translation>“新建投标项目…”为未关闭的机会点准备投标，并复制一份检查清单模板。</translation>
    </message>
    <message>
        <source>Submission deadline not announced yet</source>
        <translation>投标截止时间尚未公布</translation>
    </message>
    <message>
        <source>result: {result}</source>
        <translation>结果：{result}</translation>
    </message>
    <message>
        <source>submitted {when}</source>
        <translation>已于 {when} 递交</translation>
    </message>
    <message>
        <source>deadline passed</source>
        <translation>已过截止时间</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天截止</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>剩余 {days} 天</translation>
    </message>
    <message>
        <source>Submission: {when} ({status}){place}</source>
        <translation>投标截止：{when}（{status}）{place}</translation>
    </message>
</context>
<context>
    <name>TenderInfoPanel</name>
    <message>
        <source>Edit tender…</source>
        <translation>编辑投标项目…</translation>
    </message>
    <message>
        <source>Mark as submitted</source>
        <translation>标记为已递交</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>标包</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Our price</source>
        <translation>我方报价</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>招标信息</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>时间节点</translation>
    </message>
    <message>
        <source>Bid bond</source>
        <translation>投标保证金</translation>
    </message>
    <message>
        <source>Prices and lots</source>
        <translation>报价及标包</translation>
    </message>
    <message>
        <source>Tender number</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>招标人</translation>
    </message>
    <message>
        <source>Tender agency</source>
        <translation>招标代理机构</translation>
    </message>
    <message>
        <source>Documents obtained</source>
        <translation>标书获取方式</translation>
    </message>
    <message>
        <source>Obtained on</source>
        <translation>获取日期</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Checklist from</source>
        <translation>清单来源模板</translation>
    </message>
    <message>
        <source>Clarification deadline</source>
        <translation>澄清截止时间</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Place of submission</source>
        <translation>递交地点</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>开标时间</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已递交</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>缴纳截止</translation>
    </message>
    <message>
        <source>How paid</source>
        <translation>缴纳方式</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>缴纳日期</translation>
    </message>
    <message>
        <source>Refund due on</source>
        <translation>应退还日期</translation>
    </message>
    <message>
        <source>Refunded on</source>
        <translation>退还日期</translation>
    </message>
    <message>
        <source>Price ceiling</source>
        <translation>最高投标限价</translation>
    </message>
    <message>
        <source>Our price (all lots)</source>
        <translation>我方报价（全部标包）</translation>
    </message>
    <message>
        <source>Not submitted after all</source>
        <translation>改为未递交</translation>
    </message>
    <message>
        <source>{total} ({share}% of the ceiling)</source>
        <translation>{total}（为最高限价的 {share}%）</translation>
    </message>
</context>
<context>
    <name>TenderListModel</name>
    <message>
        <source>Deadline</source>
        <translation>投标截止</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>投标项目</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <source>Required open</source>
        <translation>必备项未完成</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Required checklist items not yet done (open or with a problem)</source>
        <translation>尚未完成的必备检查项（未完成或有问题）</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已递交</translation>
    </message>
    <message>
        <source>No checklist</source>
        <translation>无检查清单</translation>
    </message>
    <message>
        <source>{percent}% ({done}/{applicable})</source>
        <translation>{percent}%（{done}/{applicable}）</translation>
    </message>
</context>
<context>
    <name>TenderPrintout</name>
    <message>
        <source>Printed {date}</source>
        <translation>打印日期 {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>TenderReading</name>
    <message>
        <source>{name} has too many parts to be a Word document.</source>
        <translation>{name} 包含的部件过多，不像正常的 Word 文档。</translation>
    </message>
    <message>
        <source>{name} is a zip archive but not a Word document (.docx); open the tender document itself.</source>
        <translation>{name} 是压缩包而不是 Word 文档（.docx）；请打开招标文件本身。</translation>
    </message>
    <message>
        <source>{name} contains XML entity declarations, which Word documents do not need; it was not opened.</source>
        <translation>{name} 含有 XML 实体声明，Word 文档不需要这些内容；未打开该文件。</translation>
    </message>
    <message>
        <source>{name} contains no text.</source>
        <translation>{name} 中没有文字。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read as a Word document; ask for a new copy.</source>
        <translation>{name} 已损坏，无法作为 Word 文档读取；请索取一份新的文件。</translation>
    </message>
    <message>
        <source>{name} is protected by a password; ask for a copy without one.</source>
        <translation>{name} 设有密码保护；请索取一份没有密码的文件。</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read as a PDF; ask for a new copy.</source>
        <translation>{name} 已损坏，无法作为 PDF 读取；请索取一份新的文件。</translation>
    </message>
    <message>
        <source>{name} has more than {limit} pages, too many for a tender document.</source>
        <translation>{name} 超过 {limit} 页，作为招标文件页数过多。</translation>
    </message>
    <message>
        <source>{name}: this PDF has no text layer (a scan); ask for the Word version or a text PDF.</source>
        <translation>{name}：该 PDF 没有文字层（是扫描件）；请索取 Word 版本或文字版 PDF。</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>{name} is larger than {limit} MB, too large for a tender document; ask for a version without scanned attachments.</source>
        <translation>{name} 超过 {limit} MB，作为招标文件过大；请索取不含扫描附件的版本。</translation>
    </message>
    <message>
        <source>{name} is an old Word .doc file or a password-protected document: open it in Word or WPS, save it as .docx without a password, then try again.</source>
        <translation>{name} 是旧版 Word .doc 文件或设有密码的文档：请在 Word 或 WPS 中打开，另存为不设密码的 .docx 后再试。</translation>
    </message>
    <message>
        <source>{name} is neither a Word document (.docx) nor a PDF; save the tender document in one of these formats.</source>
        <translation>{name} 既不是 Word 文档（.docx）也不是 PDF；请将招标文件保存为这两种格式之一。</translation>
    </message>
    <message>
        <source>Qualification requirements</source>
        <translation>投标人资格要求</translation>
    </message>
    <message>
        <source>Substantive (★) clauses</source>
        <translation>实质性（★）条款</translation>
    </message>
    <message>
        <source>Grounds for rejecting a bid</source>
        <translation>否决投标情形</translation>
    </message>
    <message>
        <source>Documents the bid must contain</source>
        <translation>投标文件须包含的文件</translation>
    </message>
    <message>
        <source>Other dates and requirements</source>
        <translation>其他时间及要求</translation>
    </message>
    <message>
        <source>Project: {value}</source>
        <translation>项目名称：{value}</translation>
    </message>
    <message>
        <source>Tender number: {value}</source>
        <translation>招标编号：{value}</translation>
    </message>
    <message>
        <source>Bid deadline: {value}</source>
        <translation>投标截止时间：{value}</translation>
    </message>
    <message>
        <source>Bid opening place: {value}</source>
        <translation>开标地点：{value}</translation>
    </message>
    <message>
        <source>Bid bond: {value} yuan</source>
        <translation>投标保证金：{value} 元</translation>
    </message>
    <message>
        <source>Bid bond: none found</source>
        <translation>投标保证金：未找到</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>already in the default checklist</source>
        <translation>默认检查清单已有此项</translation>
    </message>
</context>
<context>
    <name>TenderResults</name>
    <message>
        <source>Second quote: the amount cannot be negative.</source>
        <translation>二次报价：金额不能为负数。</translation>
    </message>
    <message>
        <source>{lot}: the winning price cannot be negative.</source>
        <translation>{lot}：中标价不能为负数。</translation>
    </message>
    <message>
        <source>{lot}: our rank starts at 1.</source>
        <translation>{lot}：排名从 1 开始。</translation>
    </message>
    <message>
        <source>{lot}: a lot we won has us ranked first.</source>
        <translation>{lot}：我方中标的标包，排名应为第一。</translation>
    </message>
</context>
<context>
    <name>TenderReview</name>
    <message>
        <source>Opportunity: choose the opportunity it is for.</source>
        <translation>机会点：请选择对应的机会点。</translation>
    </message>
</context>
<context>
    <name>TenderReviewDialog</name>
    <message>
        <source>New tender from {name}</source>
        <translation>从 {name} 新建投标项目</translation>
    </message>
    <message>
        <source>Choose the opportunity it is for</source>
        <translation>请选择对应的机会点</translation>
    </message>
    <message>
        <source>Why we bid although the decision was no-bid</source>
        <translation>已决定不投标，为何仍要投标</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Bid anyway because</source>
        <translation>仍投标的理由</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Tender number</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Opening place</source>
        <translation>开标地点</translation>
    </message>
    <message>
        <source>Bid bond</source>
        <translation>投标保证金</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Click an item to see the paragraphs around it in the document.</source>
        <translation>点击条目，查看它在招标文件中的上下文段落。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Untick an item to leave it out; tick a kind to accept all of it. Items the checklist template already has are matched, not added twice. ★ clauses also start the deviation table.</source>
        <translation>取消勾选即不采用该条目；勾选类别即全部采用。点检模板中已有的条目显示为“已匹配”，不会重复添加。★号条款同时预填偏离表。</translation>
    </message>
    <message>
        <source>Create the tender</source>
        <translation>创建投标项目</translation>
    </message>
    <message>
        <source>Qualification requirements</source>
        <translation>投标人资格要求</translation>
    </message>
    <message>
        <source>★ Substantive clauses</source>
        <translation>★ 实质性条款</translation>
    </message>
    <message>
        <source>Grounds for rejecting a bid</source>
        <translation>否决投标情形</translation>
    </message>
    <message>
        <source>Documents the bid must contain</source>
        <translation>投标文件组成</translation>
    </message>
    <message>
        <source>Other deadlines and requirements</source>
        <translation>其他时间节点和要求</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <source>This opportunity is marked no-bid. To prepare a tender anyway, say why below; the reason is kept with the tender.</source>
        <translation>该机会点已决定不投标。如仍要准备投标，请在下方说明理由；理由将随投标项目保存。</translation>
    </message>
</context>
<context>
    <name>TenderWarnings</name>
    <message>
        <source>The opportunity is marked no-bid ({reason}), yet this tender is being prepared.</source>
        <translation>该机会点已决定不投标（{reason}），但仍在准备此投标项目。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>No bid/no-bid decision on the opportunity yet.</source>
        <translation>该机会点尚未作出投标决策。</translation>
    </message>
    <message>
        <source>The submission deadline has passed and the tender is not marked as submitted.</source>
        <translation>投标截止时间已过，但该项目尚未标记为已递交。</translation>
    </message>
    <message>
        <source>Required checklist items still open {days} days before the deadline: {count}.</source>
        <translation>距投标截止还有 {days} 天，仍有 {count} 项必备检查项未完成。</translation>
    </message>
    <message>
        <source>Checklist items marked as a problem: {count}.</source>
        <translation>标记为有问题的检查项：{count} 项。</translation>
    </message>
    <message>
        <source>This tender has no checklist yet: copy a template into it.</source>
        <translation>该项目尚无检查清单：请复制一个模板。</translation>
    </message>
    <message>
        <source>Negative deviations in the deviation table: {count} ({missing} without a strategy). The panel may reject a bid that misses a substantive requirement.</source>
        <translation>偏离表中有负偏离 {count} 项（其中 {missing} 项尚无应对策略）。未响应实质性要求的投标可能被评标委员会否决。</translation>
    </message>
    <message>
        <source>Our price {price} is above the price ceiling {ceiling}: the bid would be rejected (Regulations on the Implementation of the Bidding Law, art. 51).</source>
        <translation>我方报价 {price} 高于最高投标限价 {ceiling}，投标将被否决（《招标投标法实施条例》第五十一条）。</translation>
    </message>
    <message>
        <source>The bid bond of {amount} is not paid yet; it is due on {due}.</source>
        <translation>投标保证金 {amount} 尚未缴纳，缴纳截止日为 {due}。</translation>
    </message>
    <message>
        <source>The bid bond of {amount} should have been refunded by {due}.</source>
        <translation>投标保证金 {amount} 应于 {due} 前退还，尚未退还。</translation>
    </message>
</context>
<context>
    <name>Tenders</name>
    <message>
        <source>This opportunity is marked no-bid ({reason}). To prepare a tender anyway, say why we bid against that decision; the reason is kept with the tender.</source>
        <translation>该机会点已决定不投标（{reason}）。如仍要准备投标，请说明为何违背该决定投标；理由将随投标项目保存。</translation>
    </message>
    <message>
        <source>Opportunity: choose the opportunity it is for.</source>
        <translation>机会点：请选择对应的机会点。</translation>
    </message>
</context>
</TS>
