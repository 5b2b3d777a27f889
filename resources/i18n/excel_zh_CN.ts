<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ExcelActions</name>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Export everything to Excel</source>
        <translation>全部导出到 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>{count} records written to {path}.</source>
        <translation>已将 {count} 条记录写入 {path}。</translation>
    </message>
    <message>
        <source>The file contains personal data of client staff: keep it confidential.</source>
        <translation>该文件含有客户人员的个人信息，请妥善保密。</translation>
    </message>
    <message>
        <source>Personal data of client staff was left out; stances are in: keep the file confidential all the same.</source>
        <translation>未包含客户人员的个人信息；但文件含有立场信息，仍请妥善保密。</translation>
    </message>
    <message>
        <source>Export manager summary</source>
        <translation>导出经理汇总表</translation>
    </message>
    <message>
        <source>The summary was written to {path}.</source>
        <translation>汇总表已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>FullExportDialog</name>
    <message>
        <source>Export everything to Excel</source>
        <translation>全部导出到 Excel</translation>
    </message>
    <message>
        <source>Every record, one sheet per table, to keep, to edit and import again, or to merge into a colleague&apos;s database. Birthdays, families, interests, WeChat… of client staff stay out unless you tick the box above; importing the file then leaves them as they are.</source>
        <translation>导出全部记录，每张表一个工作表，可留存、编辑后再导入，或合并到同事的数据库。除非勾选上方选项，否则不包含客户人员的生日、家庭、兴趣爱好、微信等个人信息；导入该文件时这些字段保持不变。</translation>
    </message>
</context>
<context>
    <name>FullImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>A full export of Key Account Desk with {count} records. Records you already have take the fields changed in the file (or typed into it) since; when both sides changed a field, the later change wins and the other value is listed in the merge report. Every record keeps its owner.</source>
        <translation>大客户项目销售助手的完整导出，共 {count} 条记录。已有的记录会接收文件中此后修改过（或直接在表格里改过）的字段；双方都改过同一字段时，以较晚的修改为准，另一方的值列入合并报告。每条记录保留其负责人。</translation>
    </message>
    <message>
        <source>These arrive under new IDs but carry the name of one you already have. Ticked: merge into the existing record (it keeps its values and gains the ones it lacked). Unticked: keep both.</source>
        <translation>以下记录的 ID 是新的，但名称与已有记录相同。勾选：合并到已有记录（保留已有内容，并补充其缺少的内容）。不勾选：两条都保留。</translation>
    </message>
    <message>
        <source>Check (changes nothing)</source>
        <translation>检查（不做任何修改）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Save merge report…</source>
        <translation>保存合并报告…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>In the file, from</source>
        <translation>文件中的负责人</translation>
    </message>
    <message>
        <source>Here, kept by</source>
        <translation>本地负责人</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何修改。</translation>
    </message>
    <message>
        <source>The undo history was cleared: an import cannot be undone. To go back, restore the backup taken before it (File ▸ Restore from backup).</source>
        <translation>撤销记录已清空：导入无法撤销。如需回到导入之前，请恢复导入前自动创建的备份（文件 ▸ 从备份恢复）。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Imported. Values not kept because both sides changed them or a deletion met an edit: {count}. See the list below, and save it with “Save merge report…”.</source>
        <translation>已导入。未保留的值（双方都修改过，或删除与修改冲突）：{count} 个。请查看下方列表，并可用“保存合并报告…”保存。</translation>
    </message>
    <message>
        <source>Save merge report</source>
        <translation>保存合并报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>无法写入 {path}：{reason}。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{count} rows of this sheet could not be read and were left out: the changes they describe count as unknown (the workbook&apos;s values are compared as they are).</source>
        <translation>此工作表有 {count} 行无法读取，已略过：它们记录的修改视为未知（按工作簿中的值直接比较）。</translation>
    </message>
    <message>
        <source>{record} was changed on both sides: kept “{kept}” ({kept_by}, {kept_at}); the other change, “{lost}” ({lost_by}, {lost_at}), was not kept.</source>
        <translation>双方都修改过{record}：保留“{kept}”（{kept_by}，{kept_at}）；另一方的修改“{lost}”（{lost_by}，{lost_at}）未保留。</translation>
    </message>
    <message>
        <source>{lost_by} deleted {record} ({lost_at}), but it was changed here since ({kept_by}, {kept_at}): it was kept. Delete it here if it should go.</source>
        <translation>{lost_by} 删除了 {record}（{lost_at}），但此后它在这里被修改过（{kept_by}，{kept_at}）：已保留。如确需删除，请在这里删除。</translation>
    </message>
    <message>
        <source>{record} was deleted here ({kept_by}, {kept_at}) but changed in the file since ({lost_by}, {lost_at}): it stays deleted. Restore it from the trash and import the file again to bring those changes in.</source>
        <translation>{record} 已在这里删除（{kept_by}，{kept_at}），但文件中此后修改过它（{lost_by}，{lost_at}）：仍保持删除。如需这些修改，请从回收站还原后再次导入该文件。</translation>
    </message>
    <message>
        <source>{name} is not a full export of Key Account Desk; import it as accounts, people, opportunities, contracts or payments instead.</source>
        <translation>{name} 不是大客户项目销售助手的完整导出文件；请按客户、人员、机会点、合同或回款导入。</translation>
    </message>
    <message>
        <source>This row has no id.</source>
        <translation>此行没有 ID。</translation>
    </message>
    <message>
        <source>It belongs to a record that is neither in the file nor in the database.</source>
        <translation>它所属的记录既不在文件中，也不在数据库中。</translation>
    </message>
    <message>
        <source>Cannot read this value: {reason}</source>
        <translation>无法读取此值：{reason}</translation>
    </message>
    <message>
        <source>This column must not be empty.</source>
        <translation>此列不能为空。</translation>
    </message>
    <message>
        <source>{name} was taken as the existing {existing}: the names differ only in width, case or spaces.</source>
        <translation>{name} 已按已有的 {existing} 导入：两者只在全角/半角、大小写或空格上不同。</translation>
    </message>
    <message>
        <source>{name} was added next to {existing}, whose name differs only in brackets or punctuation; if they are the same, give them the same name and merge them.</source>
        <translation>已添加 {name}，它与已有的 {existing} 只在括号或标点上不同；如果是同一个，请把两者改成相同的名称后合并。</translation>
    </message>
    <message>
        <source>The same record appears on an earlier row; this row wins.</source>
        <translation>前面的行已有同一条记录；以本行为准。</translation>
    </message>
    <message>
        <source>Several people of this name work for this account; the row was added as a new person. Use the ID column to update one of them.</source>
        <translation>该客户有多人同名；此行已作为新人员添加。如需更新其中某人，请使用 ID 列。</translation>
    </message>
    <message>
        <source>A second person called {name} in this account (the details differ from an earlier row): lines to this name are ambiguous.</source>
        <translation>该客户中还有一位名叫 {name} 的人（信息与前面的行不同）：指向此姓名的上级关系将无法确定。</translation>
    </message>
    <message>
        <source>Nobody called {name} works for this account; left empty.</source>
        <translation>该客户中没有名叫 {name} 的人；已留空。</translation>
    </message>
    <message>
        <source>Several people are called {name} in this account; left empty.</source>
        <translation>该客户中有多人名叫 {name}；已留空。</translation>
    </message>
    <message>
        <source>{name} already reports, directly or not, to this person: the line would make a circle, so it was left out.</source>
        <translation>{name} 已经直接或间接向此人汇报：这条上级关系会形成循环，因此未导入。</translation>
    </message>
    <message>
        <source>{value} was not found; left empty.</source>
        <translation>未找到 {value}；已留空。</translation>
    </message>
    <message>
        <source>There is no contract {value}; import the contracts first.</source>
        <translation>没有合同 {value}；请先导入合同。</translation>
    </message>
    <message>
        <source>Head its key columns as an import knows them (accounts: 客户名称 / Account; people: 姓名 / Name and 客户名称 / Account; opportunities: 项目名称 / Opportunity and 客户名称 / Account; contracts: 合同编号 / Contract number; payments: 合同编号, 回款日期 / Payment date and 回款金额 / Amount), or choose what the sheet holds yourself.</source>
        <translation>请用导入能识别的列名作为关键列的表头（客户：客户名称 / Account；人员：姓名 / Name 和 客户名称 / Account；机会点：项目名称 / Opportunity 和 客户名称 / Account；合同：合同编号 / Contract number；回款：合同编号、回款日期 / Payment date 和 回款金额 / Amount），或自行指定该工作表的内容类型。</translation>
    </message>
    <message>
        <source>Not imported: the columns of this sheet do not say clearly what it holds. {how}</source>
        <translation>未导入：此工作表的列无法明确表明其内容。{how}</translation>
    </message>
    <message>
        <source>{name} is a full export of Key Account Desk: import it whole, without choosing what its sheets hold.</source>
        <translation>{name} 是大客户项目销售助手的完整导出：请整体导入，不要为其工作表指定内容类型。</translation>
    </message>
    <message>
        <source>No sheet of {name} has the columns an import needs{refused}. {how}</source>
        <translation>{name} 中没有任何工作表具备导入所需的列{refused}。{how}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Import this sheet</source>
        <translation>导入此工作表</translation>
    </message>
    <message>
        <source>— apply a saved mapping —</source>
        <translation>— 套用已保存的对应关系 —</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>保存对应关系…</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>表格中的列</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <source>Check (changes nothing)</source>
        <translation>检查（不做任何修改）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>It holds</source>
        <translation>内容类型</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>对应关系</translation>
    </message>
    <message>
        <source>Column names found on row {row}; {mapped} of {total} columns are used.</source>
        <translation>列名位于第 {row} 行；共 {total} 列，使用其中 {mapped} 列。</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存对应关系</translation>
    </message>
    <message>
        <source>Name of the mapping:</source>
        <translation>对应关系名称：</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>请为以下字段选择一列：{fields}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何修改。</translation>
    </message>
    <message>
        <source>The undo history was cleared: an import cannot be undone. To go back, restore the backup taken before it (File ▸ Restore from backup).</source>
        <translation>撤销记录已清空：导入无法撤销。如需回到导入之前，请恢复导入前自动创建的备份（文件 ▸ 从备份恢复）。</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Our ID</source>
        <translation>本系统 ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Customer class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>所有制性质</translation>
    </message>
    <message>
        <source>Industry stage</source>
        <translation>行业发展阶段</translation>
    </message>
    <message>
        <source>Financial condition</source>
        <translation>财务状况</translation>
    </message>
    <message>
        <source>Payment history</source>
        <translation>付款记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>First name (joined into the name)</source>
        <translation>名（与姓合并为姓名）</translation>
    </message>
    <message>
        <source>Last name (joined into the name)</source>
        <translation>姓（与名合并为姓名）</translation>
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
        <source>Organisation</source>
        <translation>所属单位</translation>
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
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Can influence</source>
        <translation>可影响</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Birthplace</source>
        <translation>籍贯</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Could become our coach</source>
        <translation>可发展为教练</translation>
    </message>
    <message>
        <source>How others rate them</source>
        <translation>他人评价</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected decision date</source>
        <translation>预计决策日期</translation>
    </message>
    <message>
        <source>Purchase time</source>
        <translation>采购时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>关键人物</translation>
    </message>
    <message>
        <source>Information source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Funding status</source>
        <translation>资金到位情况</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>项目类型</translation>
    </message>
    <message>
        <source>Project level</source>
        <translation>项目级别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Warranty (months)</source>
        <translation>质保期（月）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>回款方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ImportKind</name>
    <message>
        <source>Accounts</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>People (contacts)</source>
        <translation>人员（联系人）</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
</context>
<context>
    <name>ImportValue</name>
    <message>
        <source>{value} is not a real date.</source>
        <translation>{value} 不是有效的日期。</translation>
    </message>
    <message>
        <source>{value} is not a date (write 2026-03-08, 2026/3/8 or 2026年3月8日).</source>
        <translation>{value} 不是日期（请写作 2026-03-08、2026/3/8 或 2026年3月8日）。</translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation>{value} 不是金额。</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整数。</translation>
    </message>
    <message>
        <source>{value} is outside {low}–{high}.</source>
        <translation>{value} 超出 {low}–{high} 的范围。</translation>
    </message>
    <message>
        <source>{value} is neither yes nor no.</source>
        <translation>{value} 既不是“是”也不是“否”。</translation>
    </message>
</context>
<context>
    <name>MergeReport</name>
    <message>
        <source>Merge report</source>
        <translation>合并报告</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留的值</translation>
    </message>
    <message>
        <source>Kept: changed by</source>
        <translation>保留的值：修改人</translation>
    </message>
    <message>
        <source>Kept: changed at</source>
        <translation>保留的值：修改时间</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>未保留的值</translation>
    </message>
    <message>
        <source>Not kept: changed by</source>
        <translation>未保留的值：修改人</translation>
    </message>
    <message>
        <source>Not kept: changed at</source>
        <translation>未保留的值：修改时间</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>PersonalDataBox</name>
    <message>
        <source>Include client staff&apos;s personal data</source>
        <translation>包含客户人员的个人信息</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Would change:</source>
        <translation>将会修改：</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>已完成：</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>不接受</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>未保留</translation>
    </message>
    <message>
        <source>{lead} created {created}; updated {updated}; unchanged {unchanged}; rows left out {skipped}; warnings {warnings}.</source>
        <translation>{lead}新建 {created}；更新 {updated}；未变 {unchanged}；未导入的行 {skipped}；警告 {warnings}。</translation>
    </message>
    <message>
        <source>row left out</source>
        <translation>该行未导入</translation>
    </message>
    <message>
        <source>Nothing was imported. Values that cannot be stored as they are: {count}. Correct them in the workbook (each is listed below with its sheet, row and column) and import again.</source>
        <translation>未导入任何内容。无法按原样保存的值：{count} 个。请在工作簿中改正（下表列出了每个值所在的工作表、行和列）后重新导入。</translation>
    </message>
    <message>
        <source>value left empty</source>
        <translation>该值留空</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
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
        <source>Opportunities</source>
        <translation>机会点数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Open pipeline by stage</source>
        <translation>按阶段统计的未关闭管道</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Open pipeline by owner</source>
        <translation>按负责人统计的未关闭管道</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Commit (weighted)</source>
        <translation>承诺（加权）</translation>
    </message>
    <message>
        <source>Best case (weighted)</source>
        <translation>最佳情况（加权）</translation>
    </message>
    <message>
        <source>Pipeline (weighted)</source>
        <translation>管道（加权）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Forecast against target</source>
        <translation>预测完成目标比例</translation>
    </message>
    <message>
        <source>Weighted forecast by month, against target</source>
        <translation>按月加权预测与目标对比</translation>
    </message>
    <message>
        <source>Commit, this month</source>
        <translation>本月承诺</translation>
    </message>
    <message>
        <source>Best case (upside, not in commit), this month</source>
        <translation>本月最佳情况（有希望但未承诺）</translation>
    </message>
    <message>
        <source>Commit, all open</source>
        <translation>承诺（全部未关闭机会点）</translation>
    </message>
    <message>
        <source>Best case, all open</source>
        <translation>最佳情况（全部未关闭机会点）</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>本月赢单</translation>
    </message>
    <message>
        <source>Target this month</source>
        <translation>本月目标</translation>
    </message>
    <message>
        <source>Pipeline in the coverage window</source>
        <translation>覆盖期内的管道金额</translation>
    </message>
    <message>
        <source>Target in the coverage window</source>
        <translation>覆盖期内的目标</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Commit against upside</source>
        <translation>承诺与最佳情况对比</translation>
    </message>
    <message>
        <source>Last week&apos;s commit against what closed</source>
        <translation>上周承诺与实际成交对比</translation>
    </message>
    <message>
        <source>No weekly snapshot yet.</source>
        <translation>尚无周快照。</translation>
    </message>
    <message>
        <source>Snapshot of the week of</source>
        <translation>快照所在周</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Within the band</source>
        <translation>是否在合理区间</translation>
    </message>
    <message>
        <source>nothing committed to compare</source>
        <translation>没有可比较的承诺</translation>
    </message>
    <message>
        <source>{low}–{high} %: yes</source>
        <translation>{low}–{high}%：是</translation>
    </message>
    <message>
        <source>{low}–{high} %: NO</source>
        <translation>{low}–{high}%：否</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>赢单与丢单</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Won and lost in the last twelve months</source>
        <translation>最近十二个月的赢单与丢单</translation>
    </message>
    <message>
        <source>Tenders due</source>
        <translation>待投标项目</translation>
    </message>
    <message>
        <source>Submission deadline</source>
        <translation>投标截止时间</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Tender number</source>
        <translation>招标编号</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>投标项目</translation>
    </message>
    <message>
        <source>Checklist done</source>
        <translation>检查清单完成率</translation>
    </message>
    <message>
        <source>Required items open</source>
        <translation>未完成的必备项</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>有问题项</translation>
    </message>
    <message>
        <source>Tenders still to submit, with checklist completion</source>
        <translation>尚未递交的投标项目及检查清单完成情况</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Receivables ageing by account (days overdue)</source>
        <translation>按客户统计的应收账款账龄（逾期天数）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>付款节点</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Collection so far</source>
        <translation>已采取的催收措施</translation>
    </message>
    <message>
        <source>Last step on</source>
        <translation>最近一步日期</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Needs approval</source>
        <translation>需要审批</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Overdue payments and collection steps</source>
        <translation>逾期款项及催收进展</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>时效届满日</translation>
    </message>
    <message>
        <source>Clock runs from</source>
        <translation>时效起算日</translation>
    </message>
    <message>
        <source>Limitation periods expiring within 90 days (or expired)</source>
        <translation>90 天内届满（或已届满）的诉讼时效</translation>
    </message>
    <message>
        <source>Key people</source>
        <translation>关键人物</translation>
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
        <source>Role in the deal</source>
        <translation>在本项目中的角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>兴趣爱好</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Key people of open opportunities (personal data: keep confidential)</source>
        <translation>未关闭机会点的关键人物（个人信息，请保密）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Key Account Desk — manager summary</source>
        <translation>大客户项目销售助手——经理汇总表</translation>
    </message>
    <message>
        <source>all salespeople</source>
        <translation>全部销售人员</translation>
    </message>
    <message>
        <source>For {who}, made on {when}</source>
        <translation>范围：{who}；生成于 {when}</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>未关闭管道金额</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权管道金额</translation>
    </message>
    <message>
        <source>Pipeline ÷ target (flag below 150 %)</source>
        <translation>管道 ÷ 目标（低于 150% 需警惕）</translation>
    </message>
    <message>
        <source>Receivables outstanding</source>
        <translation>应收账款余额</translation>
    </message>
    <message>
        <source>Of which overdue</source>
        <translation>其中逾期</translation>
    </message>
    <message>
        <source>Tenders still to submit</source>
        <translation>尚未递交的投标项目</translation>
    </message>
    <message>
        <source>Limitation periods expiring within 90 days</source>
        <translation>90 天内届满的诉讼时效</translation>
    </message>
    <message>
        <source>Weighted pipeline by stage</source>
        <translation>按阶段的加权管道</translation>
    </message>
    <message>
        <source>12-month weighted forecast against target</source>
        <translation>未来 12 个月加权预测与目标对比</translation>
    </message>
    <message>
        <source>Receivables by days overdue</source>
        <translation>按逾期天数统计的应收账款</translation>
    </message>
    <message>
        <source>outside the band</source>
        <translation>超出区间</translation>
    </message>
    <message>
        <source>Pipeline growth, last month</source>
        <translation>上月管道增长</translation>
    </message>
    <message>
        <source>{low}–{high} %</source>
        <translation>{low}–{high}%</translation>
    </message>
    <message>
        <source>Open pipeline at the end of last month</source>
        <translation>上月末未关闭管道</translation>
    </message>
    <message>
        <source>Booked in the last 12 months</source>
        <translation>近12个月签约额</translation>
    </message>
    <message>
        <source>Of which a delivery is due and not arrived</source>
        <translation>其中到期未交付</translation>
    </message>
    <message>
        <source>Booked but not delivered</source>
        <translation>已签约未交付占比</translation>
    </message>
    <message>
        <source>below {maximum} %</source>
        <translation>低于{maximum}%</translation>
    </message>
    <message>
        <source>Win rate of closed deals</source>
        <translation>已关闭机会点胜率</translation>
    </message>
    <message>
        <source>Open deals whose decision date slipped</source>
        <translation>决策日期推迟的未关闭机会点</translation>
    </message>
    <message>
        <source>Deals stuck in their stage</source>
        <translation>阶段停滞的机会点</translation>
    </message>
    <message>
        <source>Forecast discipline</source>
        <translation>预测纪律</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>胜率</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
    <message>
        <source>Funnel conversion against the 10 → 5 → 3 → 1 rule</source>
        <translation>漏斗转化与 10 → 5 → 3 → 1 规则对比</translation>
    </message>
    <message>
        <source>Deals that reached it</source>
        <translation>到达该阶段的机会点</translation>
    </message>
    <message>
        <source>Share of all deals</source>
        <translation>占全部机会点</translation>
    </message>
    <message>
        <source>The rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Below the rule</source>
        <translation>低于规则</translation>
    </message>
    <message>
        <source>Open pipeline at each month end (not weighted)</source>
        <translation>各月末未关闭管道（未加权）</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>月末</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Time in stage (days)</source>
        <translation>阶段停留时间（天）</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>未关闭机会点</translation>
    </message>
    <message>
        <source>Average so far</source>
        <translation>目前平均</translation>
    </message>
    <message>
        <source>Average of earlier deals</source>
        <translation>以往机会点平均</translation>
    </message>
    <message>
        <source>Stuck after</source>
        <translation>停滞阈值（天）</translation>
    </message>
    <message>
        <source>Win rate by score band, against the scorecard</source>
        <translation>按评分段的胜率，与评分表对比</translation>
    </message>
    <message>
        <source>Score band</source>
        <translation>评分段</translation>
    </message>
    <message>
        <source>Estimated win chance</source>
        <translation>估算赢率</translation>
    </message>
    <message>
        <source>Win rate by competitor met</source>
        <translation>按所遇竞争对手的胜率</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Win rate by the furthest stage reached</source>
        <translation>按到达的最远阶段的胜率</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>到达阶段</translation>
    </message>
    <message>
        <source>Slipped decision dates</source>
        <translation>推迟的决策日期</translation>
    </message>
    <message>
        <source>First promised</source>
        <translation>最初承诺日期</translation>
    </message>
    <message>
        <source>Expected now</source>
        <translation>目前预计</translation>
    </message>
    <message>
        <source>Slips</source>
        <translation>推迟次数</translation>
    </message>
    <message>
        <source>Days later</source>
        <translation>推迟天数</translation>
    </message>
    <message>
        <source>Stuck far longer than usual</source>
        <translation>停滞远超平常</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>本阶段天数</translation>
    </message>
    <message>
        <source>Share of deals that reached each stage</source>
        <translation>到达各阶段的机会点占比</translation>
    </message>
    <message>
        <source>Orders by priority (A first)</source>
        <translation>按优先级排序的订单（A 类在前）</translation>
    </message>
    <message>
        <source>Order priority</source>
        <translation>订单优先级</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>预计决策</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <source>Export manager summary</source>
        <translation>导出经理汇总表</translation>
    </message>
    <message>
        <source>Everyone (merged)</source>
        <translation>全部销售人员（合并）</translation>
    </message>
    <message>
        <source>Pipeline by stage and owner, the 12-month forecast against target, commit against upside, won and lost deals, tenders due, receivables ageing with collection steps and limitation periods, with charts. Stance, personality, birthdays, families and interests of client staff stay out unless you tick the box above.</source>
        <translation>内容包括：按阶段和负责人的管道、未来 12 个月预测与目标对比、承诺与最佳情况对比、赢单与丢单、待投标项目、应收账款账龄及催收进展、诉讼时效，并附图表。除非勾选上方选项，否则不会包含客户人员的立场、性格、生日、家庭和兴趣爱好。</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>统计范围</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>XlsxGuard</name>
    <message>
        <source>{name} contains XML entity declarations, which workbooks do not need; it was not opened.</source>
        <translation>{name} 含有 XML 实体声明，正常工作簿不需要这些内容；文件未被打开。</translation>
    </message>
    <message>
        <source>{name} cannot be read as a workbook: {reason}</source>
        <translation>{name} 无法作为工作簿读取：{reason}</translation>
    </message>
</context>
</TS>
