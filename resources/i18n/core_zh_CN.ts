<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Key Account Desk</source>
        <translation>关于大客户项目销售助手</translation>
    </message>
    <message>
        <source>Key Account Desk</source>
        <translation>大客户项目销售助手</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <source>For key-account managers who sell large projects through tenders: the client&apos;s buying organisation, opportunity scoring and forecast, the bid checklist and contract follow-up, all offline on your computer.</source>
        <translation>为通过招投标销售大型项目的大客户经理而设计：客户采购组织、机会点评分与预测、投标检查清单和合同跟进，全部离线保存在您的电脑上。</translation>
    </message>
    <message>
        <source>Your data stays on this computer unless you export it.</source>
        <translation>除非您主动导出，数据不会离开这台电脑。</translation>
    </message>
    <message>
        <source>Your data: {path} (Help ▸ Where is my data? shows the backups too).</source>
        <translation>您的数据：{path}（“帮助 ▸ 我的数据在哪里？”还会显示备份位置）。</translation>
    </message>
    <message>
        <source>not saved to a file</source>
        <translation>未保存到文件</translation>
    </message>
    <message>
        <source>Key Account Desk is built with these components, each under its own licence. Qt and Qt for Python are used under the GNU LGPL version 3: you may replace the Qt libraries that come with the application by your own build of them; their source code is available from &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt;.</source>
        <translation>大客户项目销售助手使用了以下组件，各组件遵循其自身的许可证。Qt 和 Qt for Python 依据 GNU LGPL 第 3 版使用：您可以用自己构建的 Qt 库替换本应用附带的 Qt 库；其源代码可从 &lt;a href=&quot;{url}&quot;&gt;{url}&lt;/a&gt; 获取。</translation>
    </message>
</context>
<context>
    <name>AcceptanceKind</name>
    <message>
        <source>Arrival acceptance</source>
        <translation>到货验收</translation>
    </message>
    <message>
        <source>Initial acceptance</source>
        <translation>初验</translation>
    </message>
    <message>
        <source>Final acceptance</source>
        <translation>终验</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
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
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <source>All accounts</source>
        <translation>全部客户</translation>
    </message>
</context>
<context>
    <name>AccountListPanel</name>
    <message>
        <source>Search accounts…</source>
        <translation>搜索客户…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>新建一个客户</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the account</source>
        <translation>编辑该客户</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the account and all its records</source>
        <translation>删除该客户及其全部记录</translation>
    </message>
    <message>
        <source>Move {name} with all its people, opportunities, tenders and contracts to the trash? Undo (Ctrl+Z) brings it back, and Edit ▸ Trash can restore it for 30 days.</source>
        <translation>将“{name}”连同其全部人员、机会点、投标项目和合同移入回收站？撤销（Ctrl+Z）可恢复，30 天内也可在“编辑 ▸ 回收站”中还原。</translation>
    </message>
    <message>
        <source>Delete account {name}</source>
        <translation>删除客户{name}</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除客户</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>An account needs a name.</source>
        <translation>客户必须填写名称。</translation>
    </message>
</context>
<context>
    <name>ActionStatus</name>
    <message>
        <source>Possible</source>
        <translation>备选</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
</context>
<context>
    <name>ActionSubject</name>
    <message>
        <source>Red flag: {name}</source>
        <translation>危险信号：{name}</translation>
    </message>
    <message>
        <source>Stage criterion: {name}</source>
        <translation>阶段退出标准：{name}</translation>
    </message>
    <message>
        <source>Next step of a visit: {name}</source>
        <translation>接触的下一步：{name}</translation>
    </message>
    <message>
        <source>Collection: {name}</source>
        <translation>催收：{name}</translation>
    </message>
    <message>
        <source>Tender checklist: {name}</source>
        <translation>投标检查清单：{name}</translation>
    </message>
    <message>
        <source>Strategy sheet: {name}</source>
        <translation>策略表：{name}</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>人员：{name}</translation>
    </message>
    <message>
        <source>Opportunity: {name}</source>
        <translation>机会点：{name}</translation>
    </message>
    <message>
        <source>Tender: {name}</source>
        <translation>投标项目：{name}</translation>
    </message>
    <message>
        <source>Contract: {name}</source>
        <translation>合同：{name}</translation>
    </message>
    <message>
        <source>Account: {name}</source>
        <translation>客户：{name}</translation>
    </message>
    <message>
        <source>(no longer there)</source>
        <translation>（已不存在）</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Say what is to be done: the action needs a title.</source>
        <translation>请写明要做什么：行动需要一个标题。</translation>
    </message>
    <message>
        <source>Say who will do it: an open action needs someone on our team to do it.</source>
        <translation>请写明由谁来做：进行中的行动需要我方团队中的一名负责人。</translation>
    </message>
    <message>
        <source>Say how it ended: an action is closed with its outcome, even a short one.</source>
        <translation>请写明结果：关闭行动时必须填写结果，哪怕只有一句话。</translation>
    </message>
    <message>
        <source>Use close and reopen to finish an action or take it up again.</source>
        <translation>请用“关闭”和“重新打开”来结束或恢复一项行动。</translation>
    </message>
    <message>
        <source>This action is not closed, so it cannot be reopened.</source>
        <translation>此行动尚未关闭，无法重新打开。</translation>
    </message>
    <message>
        <source>This action is already closed; reopen it first to change how it ended.</source>
        <translation>此行动已关闭；如需修改结果，请先重新打开。</translation>
    </message>
    <message>
        <source>This action no longer exists; someone may have deleted it.</source>
        <translation>此行动已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>Choose the person you met: this action is not about one person.</source>
        <translation>请选择接触的人员：此行动并非针对某一个人。</translation>
    </message>
</context>
<context>
    <name>AssessmentKind</name>
    <message>
        <source>Opportunity evaluation</source>
        <translation>机会点评估</translation>
    </message>
    <message>
        <source>Payment capacity</source>
        <translation>客户付款能力</translation>
    </message>
    <message>
        <source>Sales opportunity assessment</source>
        <translation>销售机会评估表</translation>
    </message>
    <message>
        <source>Bid / no-bid decision</source>
        <translation>投标决策（投/不投）</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is {size} MB, more than the {limit} MB a record can keep: attach a smaller copy (a PDF of the pages that matter, a compressed scan) or note where the file is kept.</source>
        <translation>{name} 有 {size} MB，超过了一条记录可保存的 {limit} MB：请附加较小的副本（只含要紧页面的 PDF、压缩过的扫描件），或在记录中注明文件存放的位置。</translation>
    </message>
    <message>
        <source>The file {name} is missing: attach it again, or synchronise if it was attached on another computer.</source>
        <translation>找不到文件 {name}：请重新附加；如果它是在另一台电脑上附加的，请先同步。</translation>
    </message>
    <message>
        <source>This database is not kept in a file, so it cannot keep attached files: open a database file or the team server to attach one.</source>
        <translation>此数据库不保存在文件中，因此无法保存附件：请打开一个数据文件或团队服务器后再附加。</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} 不是文件。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup copy failed its integrity check: {problem}</source>
        <translation>备份副本未通过完整性检查：{problem}</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>On closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>合并前</translation>
    </message>
    <message>
        <source>Before a sync</source>
        <translation>同步前</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No backups can be written to {folder}: make it writable for you (or remove it), so that your data is backed up.</source>
        <translation>无法向 {folder} 写入备份：请让您对它有写入权限（或将其删除），以便您的数据得到备份。</translation>
    </message>
</context>
<context>
    <name>BidDecision</name>
    <message>
        <source>Undecided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>投标</translation>
    </message>
    <message>
        <source>No bid</source>
        <translation>不投标</translation>
    </message>
</context>
<context>
    <name>BuyingMode</name>
    <message>
        <source>Growth</source>
        <translation>增长</translation>
    </message>
    <message>
        <source>Trouble</source>
        <translation>困境</translation>
    </message>
    <message>
        <source>Even keel</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>Overconfident</source>
        <translation>过度自信</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Tender deadline: {title}</source>
        <translation>投标截止：{title}</translation>
    </message>
    <message>
        <source>Bid opening: {title}</source>
        <translation>开标：{title}</translation>
    </message>
    <message>
        <source>Payment due: {milestone} ({contract})</source>
        <translation>回款到期：{milestone}（{contract}）</translation>
    </message>
    <message>
        <source>Overdue payment: {milestone} ({contract}), due {due}</source>
        <translation>逾期未回款：{milestone}（{contract}），到期日 {due}</translation>
    </message>
    <message>
        <source>Action: {title}</source>
        <translation>行动：{title}</translation>
    </message>
    <message>
        <source>Overdue action: {title}, due {due}</source>
        <translation>逾期行动：{title}，到期日 {due}</translation>
    </message>
    <message>
        <source>Birthday: {name}</source>
        <translation>生日：{name}</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>客户：{account}</translation>
    </message>
    <message>
        <source>Number: {number}</source>
        <translation>编号：{number}</translation>
    </message>
    <message>
        <source>Outstanding: {amount}</source>
        <translation>未回款：{amount}</translation>
    </message>
    <message>
        <source>Assignee: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>Key Account Desk reminders</source>
        <translation>大客户项目销售助手提醒</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Add the birthdays of client staff too? They are personal data: keep the calendar private if you do.</source>
        <translation>同时加入客户人员的生日吗？生日属于个人信息：加入后请勿外传该日历。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>{count} events of the next {days} days were written to {path}. Import the file again later to update them in your calendar.</source>
        <translation>已将未来 {days} 天的 {count} 个日程写入 {path}。以后再次导入该文件，日历中的日程会随之更新。</translation>
    </message>
</context>
<context>
    <name>ChangedMeanwhile</name>
    <message>
        <source>Changed meanwhile</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Reload the record and apply your changes on top of it? You can check the result before saving again.</source>
        <translation>重新载入该记录并在其上应用您的修改吗？再次保存前您可以先检查结果。</translation>
    </message>
    <message>
        <source>Reload and reapply my changes</source>
        <translation>重新载入并应用我的修改</translation>
    </message>
    <message>
        <source>Keep my form as it is</source>
        <translation>保留我的表单不变</translation>
    </message>
    <message>
        <source>Reloaded with your changes applied on top: check them and save again.</source>
        <translation>已重新载入，并在其上重新应用了您的修改：请检查后再次保存。</translation>
    </message>
</context>
<context>
    <name>ChecklistStatus</name>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
</context>
<context>
    <name>CollectionStep</name>
    <message>
        <source>Reminder call</source>
        <translation>电话提醒</translation>
    </message>
    <message>
        <source>Reconciliation letter</source>
        <translation>对账函</translation>
    </message>
    <message>
        <source>Dunning letter</source>
        <translation>催款函</translation>
    </message>
    <message>
        <source>Lawyer&apos;s letter</source>
        <translation>律师函</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>诉讼</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>始终加密</translation>
    </message>
    <message>
        <source>Encrypted, server certificate verified</source>
        <translation>加密并验证服务器证书</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Remember the password in the system key ring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接方式：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The server asks for a password: type it, then connect.</source>
        <translation>服务器要求输入密码：请输入密码后再连接。</translation>
    </message>
</context>
<context>
    <name>ContractData</name>
    <message>
        <source>{field}: cannot be negative.</source>
        <translation>{field}：不能为负数。</translation>
    </message>
    <message>
        <source>{field}: must be more than zero.</source>
        <translation>{field}：须大于零。</translation>
    </message>
    <message>
        <source>{field}: cannot be later than today.</source>
        <translation>{field}：不能晚于今天。</translation>
    </message>
    <message>
        <source>{field}: please fill this in.</source>
        <translation>{field}：请填写。</translation>
    </message>
    <message>
        <source>{field}: three capital letters, such as CNY.</source>
        <translation>{field}：三个大写字母，例如 CNY。</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
</context>
<context>
    <name>CustomerClass</name>
    <message>
        <source>In-system</source>
        <translation>系统内</translation>
    </message>
    <message>
        <source>Class A</source>
        <translation>A类</translation>
    </message>
    <message>
        <source>Class B</source>
        <translation>B类</translation>
    </message>
    <message>
        <source>Class C</source>
        <translation>C类</translation>
    </message>
</context>
<context>
    <name>DataLocationDialog</name>
    <message>
        <source>Where is my data?</source>
        <translation>我的数据在哪里？</translation>
    </message>
</context>
<context>
    <name>DataLocations</name>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>团队服务器</translation>
    </message>
    <message>
        <source>Your data is on the team server; its administrator backs it up with PostgreSQL&apos;s own tools. Its password is never stored on this computer outside the system key ring.</source>
        <translation>您的数据保存在团队服务器上，由服务器管理员用 PostgreSQL 自带的工具备份。服务器密码除系统密钥环外，绝不会保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Everything stays on this computer. The database is backed up automatically into the Backups folder; File ▸ Backup now adds one there at any time.</source>
        <translation>所有数据都保存在这台电脑上。数据库会自动备份到“备份”文件夹；也可以随时用“文件 ▸ 立即备份”在其中添加一份备份。</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Where your data lives</source>
        <translation>您的数据保存在哪里</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in these places:</source>
        <translation>您的数据保存在这台电脑上的以下位置：</translation>
    </message>
    <message>
        <source>Help ▸ Where is my data? shows these places again at any time. Your name and the language can be changed in Settings ▸ Preferences.</source>
        <translation>随时可以用“帮助 ▸ 我的数据在哪里？”再次查看这些位置。您的姓名和界面语言可以在“设置 ▸ 首选项”中修改。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>its header is missing or overwritten</source>
        <translation>文件头缺失或已被覆盖</translation>
    </message>
    <message>
        <source>the file is cut short: {size} of {expected} bytes</source>
        <translation>文件被截断：只有 {size} 字节，应有 {expected} 字节</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is not a database file. It was left untouched.</source>
        <translation>{path} 不是数据库文件。文件未被改动。</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another application, not of Key Account Desk. It was left untouched.</source>
        <translation>{path} 是其他应用程序的 SQLite 数据库，不是大客户项目销售助手的数据库。文件未被改动。</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Key Account Desk (schema {revision}). Please update the application. The file was left untouched.</source>
        <translation>{path} 由更新版本的大客户项目销售助手创建（数据结构 {revision}）。请升级本软件。文件未被改动。</translation>
    </message>
    <message>
        <source>{path} cannot be read as a Key Account Desk database: {reason}</source>
        <translation>无法将 {path} 作为大客户项目销售助手数据库读取：{reason}</translation>
    </message>
    <message>
        <source>{path} is damaged ({problem}). Nothing was written to it.</source>
        <translation>{path} 已损坏（{problem}）。未向其写入任何内容。</translation>
    </message>
    <message>
        <source>A team server is backed up by PostgreSQL&apos;s own tools (pg_dump, base backups), not by Key Account Desk: ask the server&apos;s administrator.</source>
        <translation>团队服务器由 PostgreSQL 自带的工具备份（pg_dump、基础备份），而不是由大客户项目销售助手备份：请联系服务器管理员。</translation>
    </message>
    <message>
        <source>{path} is open read-only, so nothing can be changed: make the file and its folder writable, then open it again.</source>
        <translation>{path} 以只读方式打开，无法做任何更改：请让该文件及其所在文件夹可写，然后重新打开。</translation>
    </message>
    <message>
        <source>Cannot create {path}: its folder is read-only. Choose a folder you can write to.</source>
        <translation>无法创建 {path}：其所在文件夹是只读的。请选择一个您可以写入的文件夹。</translation>
    </message>
    <message>
        <source>{path} needs an upgrade but is read-only: make the file and its folder writable, then open it again.</source>
        <translation>{path} 需要升级，但它是只读的：请让该文件及其所在文件夹可写，然后重新打开。</translation>
    </message>
    <message>
        <source>The server database {server} has no Key Account Desk data yet: its administrator sets it up with `python main.py server init --server URL`.</source>
        <translation>服务器数据库 {server} 中还没有大客户项目销售助手的数据：请其管理员用 `python main.py server init --server URL` 进行初始化。</translation>
    </message>
    <message>
        <source>The server database {server} was set up by an older version of Key Account Desk: its administrator upgrades it with `python main.py server init --server URL`.</source>
        <translation>服务器数据库 {server} 由旧版大客户项目销售助手建立：请其管理员用 `python main.py server init --server URL` 升级。</translation>
    </message>
    <message>
        <source>This is not a team server&apos;s address: give it as postgresql://USER:PASSWORD@HOST:PORT/DBNAME.</source>
        <translation>这不是团队服务器的地址：请写成 postgresql://USER:PASSWORD@HOST:PORT/DBNAME。</translation>
    </message>
    <message>
        <source>Cannot connect to the server {server} ({reason}): check its address, the user name and the password, then try again.</source>
        <translation>无法连接服务器 {server}（{reason}）：请检查服务器地址、用户名和密码，然后重试。</translation>
    </message>
    <message>
        <source>The server database {server} holds tables of another application, not of Key Account Desk. It was left untouched.</source>
        <translation>服务器数据库 {server} 中是其他应用程序的表，不是大客户项目销售助手的数据。它未被改动。</translation>
    </message>
    <message>
        <source>The server database {server} was set up by a newer version of Key Account Desk (schema {revision}). Please update the application. It was left untouched.</source>
        <translation>服务器数据库 {server} 由更新版本的大客户项目销售助手建立（数据结构 {revision}）。请先升级本程序。它未被改动。</translation>
    </message>
</context>
<context>
    <name>Deviation</name>
    <message>
        <source>No deviation</source>
        <translation>无偏离</translation>
    </message>
    <message>
        <source>Positive deviation</source>
        <translation>正偏离</translation>
    </message>
    <message>
        <source>Negative deviation</source>
        <translation>负偏离</translation>
    </message>
</context>
<context>
    <name>DeviationType</name>
    <message>
        <source>Technical</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation>商务</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
</context>
<context>
    <name>DueRule</name>
    <message>
        <source>On a fixed date</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Days after the trigger</source>
        <translation>触发事件后若干天</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>Something went wrong. Your data is safe: the unfinished change was not saved. You can go on working; if it happens again, send the details to whoever supports you.</source>
        <translation>出现了问题。您的数据是安全的：未完成的修改没有保存。您可以继续工作；如果再次出现，请把详细信息发给为您提供支持的人员。</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>详细信息已写入 {path}。</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>详细信息无法写入日志文件。</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ErrorHook</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
</context>
<context>
    <name>ExternalKind</name>
    <message>
        <source>Superior unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Design institute</source>
        <translation>设计院</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <source>Other outside party</source>
        <translation>其他外部单位</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>{field}: “{value}” is not one of the allowed values: {allowed}.</source>
        <translation>{field}：“{value}”不是允许的取值，可选：{allowed}。</translation>
    </message>
    <message>
        <source>{field}: “{value}” could mean several values: {allowed}; write it out in full.</source>
        <translation>{field}：“{value}”可能指多个取值：{allowed}；请写全称。</translation>
    </message>
    <message>
        <source>{field}: enter a number from {low} to {high}.</source>
        <translation>{field}：请输入 {low} 到 {high} 之间的数字。</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The disk is full: free some space and try again; nothing was changed.</source>
        <translation>磁盘已满：请释放一些空间后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>The database cannot be written (the file or its folder is read-only): make both writable, then open it again; nothing was changed.</source>
        <translation>无法写入数据库（文件或其所在文件夹是只读的）：请让两者都可写，然后重新打开；没有做任何更改。</translation>
    </message>
    <message>
        <source>Cannot write {path} ({reason}): choose another folder; nothing was changed.</source>
        <translation>无法写入 {path}（{reason}）：请选择另一个文件夹；没有做任何更改。</translation>
    </message>
    <message>
        <source>The disk refused the write (it may be failing, removed, or over a size limit); nothing was changed. Check the disk, then try again.</source>
        <translation>磁盘拒绝写入（可能出现故障、已被移除或超出文件大小限制）；未做任何更改。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>The connection to the team server was lost; nothing was changed. Check the network, then try again.</source>
        <translation>与团队服务器的连接已断开，未做任何更改。请检查网络，然后重试。</translation>
    </message>
    <message>
        <source>The team server has run out of space or memory: ask its administrator; nothing was changed.</source>
        <translation>团队服务器的存储空间或内存已用尽：请联系其管理员；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>FinancialCondition</name>
    <message>
        <source>Very good</source>
        <translation>很好</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
</context>
<context>
    <name>ForecastCategory</name>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FundingSource</name>
    <message>
        <source>Government funds</source>
        <translation>政府资金</translation>
    </message>
    <message>
        <source>Bank loan</source>
        <translation>银行贷款</translation>
    </message>
    <message>
        <source>Self-raised</source>
        <translation>自筹</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>FundingStatus</name>
    <message>
        <source>In place</source>
        <translation>已到位</translation>
    </message>
    <message>
        <source>Half in place</source>
        <translation>部分到位</translation>
    </message>
    <message>
        <source>Not in place</source>
        <translation>未到位</translation>
    </message>
</context>
<context>
    <name>Gender</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Your name, as it should appear on your records</source>
        <translation>您的姓名，将显示在您创建的记录上</translation>
    </message>
    <message>
        <source>Your company, as tender results name it</source>
        <translation>本公司名称（与开标记录/中标公告中的写法一致）</translation>
    </message>
    <message>
        <source>Your name: type the name your records and ticks should carry.</source>
        <translation>您的姓名：请输入记录和勾选项上应显示的姓名。</translation>
    </message>
    <message>
        <source>New records carry this name as their owner, and every tick and change records it as who did it, so that a manager who merges several salespeople&apos;s files can tell whose they are.</source>
        <translation>新记录以此姓名作为负责人，每次勾选和修改也记录为此人所做，这样经理合并多位销售的文件时能分清各是谁的。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language is used from the next start.</source>
        <translation>新的语言在下次启动时生效。</translation>
    </message>
    <message>
        <source>Our company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Hand over records</source>
        <translation>移交记录</translation>
    </message>
    <message>
        <source>Every record of the first person becomes the second&apos;s, with the accounts shared with them; the change is recorded in each record&apos;s history.</source>
        <translation>第一个人的所有记录（连同共享给他的客户）都转给第二个人；每条记录的历史中都会记下这次变更。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>移交人：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>接手人：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>IndustryStage</name>
    <message>
        <source>Fast growth</source>
        <translation>快速发展期</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>成长期</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>稳定期</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>衰退期</translation>
    </message>
</context>
<context>
    <name>InfluenceDegree</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
</context>
<context>
    <name>InteractionKind</name>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Technical exchange</source>
        <translation>技术交流</translation>
    </message>
    <message>
        <source>Factory visit</source>
        <translation>参观考察</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>宴请</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>InvoiceKind</name>
    <message>
        <source>VAT special invoice</source>
        <translation>增值税专用发票</translation>
    </message>
    <message>
        <source>VAT ordinary invoice</source>
        <translation>增值税普通发票</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Issued</source>
        <translation>已开具</translation>
    </message>
    <message>
        <source>Booked by the customer</source>
        <translation>客户已入账</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>The language of the menus and forms; it changes at once. Your records keep the language they were written in.</source>
        <translation>菜单和表单使用的语言，立即生效。您的记录保持原来填写时的语言。</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Key Account Desk</source>
        <translation>大客户项目销售助手</translation>
    </message>
    <message>
        <source>{path} is already open in another Key Account Desk window. Switch to that window, or close it first.</source>
        <translation>{path} 已在另一个大客户项目销售助手窗口中打开。请切换到该窗口，或先将其关闭。</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only, so {name} cannot be changed: make the folder writable, or copy the file to a folder you can write to.</source>
        <translation>文件夹 {folder} 是只读的，因此无法更改 {name}：请让该文件夹可写，或将文件复制到您可以写入的文件夹。</translation>
    </message>
    <message>
        <source>Cannot create {path}: check that its folder can be written to.</source>
        <translation>无法创建 {path}：请检查其所在文件夹是否可写。</translation>
    </message>
    <message>
        <source>The database was upgraded; a copy of the old one is in {path}</source>
        <translation>数据库已升级；旧数据库的副本保存在 {path}</translation>
    </message>
    <message>
        <source>There is no sound backup to restore. Run the check command for details, or open another database.</source>
        <translation>没有可用于恢复的完好备份。请运行 check 命令查看详情，或打开其他数据库。</translation>
    </message>
    <message>
        <source>Move the damaged file aside (it is kept) and restore the backup of {when} ({why})?</source>
        <translation>将损坏的文件另行保留，并恢复 {when} 的备份（{why}）吗？</translation>
    </message>
    <message>
        <source>It is the only sound backup, and it was taken just before a restore: it holds the data that restore replaced.</source>
        <translation>这是唯一完好的备份，且是在一次恢复之前创建的：其中保存的是那次恢复所替换掉的数据。</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the damaged file was kept as {path}</source>
        <translation>已恢复 {when} 的备份；损坏的文件保留为 {path}</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
</context>
<context>
    <name>Layer</name>
    <message>
        <source>Decision layer</source>
        <translation>决策层</translation>
    </message>
    <message>
        <source>Management layer</source>
        <translation>管理层</translation>
    </message>
    <message>
        <source>Operational layer</source>
        <translation>操作层</translation>
    </message>
    <message>
        <source>Outside influencers</source>
        <translation>外部影响力量</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>Open</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
</context>
<context>
    <name>LeadTemperature</name>
    <message>
        <source>Cold</source>
        <translation>冷</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>温</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>热</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Key Account Desk</source>
        <translation>大客户项目销售助手</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Connect to &amp;team server…</source>
        <translation>连接团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>S&amp;ynchronise…</source>
        <translation>同步(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>从 Excel 导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export everything to Excel…</source>
        <translation>全部导出到 Excel(&amp;E)…</translation>
    </message>
    <message>
        <source>Export manager &amp;summary…</source>
        <translation>导出经理汇总表(&amp;S)…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Account &amp;list</source>
        <translation>客户列表(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Find account</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>搜索全部(&amp;S)…</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>我的数据在哪里(&amp;D)？</translation>
    </message>
    <message>
        <source>&amp;About Key Account Desk</source>
        <translation>关于大客户项目销售助手(&amp;A)</translation>
    </message>
    <message>
        <source>In-memory database</source>
        <translation>内存数据库</translation>
    </message>
    <message>
        <source>Key Account Desk — {server}</source>
        <translation>大客户项目销售助手 — {server}</translation>
    </message>
    <message>
        <source>Team server {server}</source>
        <translation>团队服务器 {server}</translation>
    </message>
    <message>
        <source>Key Account Desk (read-only)</source>
        <translation>大客户项目销售助手（只读）</translation>
    </message>
    <message>
        <source>{path} (read-only)</source>
        <translation>{path}（只读）</translation>
    </message>
    <message>
        <source>This database is read-only: you can look and export, not change anything.</source>
        <translation>此数据库是只读的：您可以查看和导出，但不能做任何更改。</translation>
    </message>
    <message>
        <source>The database this window works on</source>
        <translation>本窗口正在使用的数据库</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>撤销{action}(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>重做{action}(&amp;R)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Key Account Desk database (*.sqlite)</source>
        <translation>大客户项目销售助手数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new file name, or open it instead.</source>
        <translation>{path} 已存在。请换一个文件名，或直接打开它。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Key Account Desk database (*.sqlite);;All files (*)</source>
        <translation>大客户项目销售助手数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>备份已写入 {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the data you have now with {name}? The current data is backed up first.</source>
        <translation>用 {name} 替换当前数据吗？当前数据会先备份。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used after a restart. Restart now?</source>
        <translation>新的语言将在重新启动后生效。现在重新启动吗？</translation>
    </message>
</context>
<context>
    <name>MilestoneTrigger</name>
    <message>
        <source>Signing</source>
        <translation>合同签订</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>到货</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Final acceptance</source>
        <translation>终验</translation>
    </message>
    <message>
        <source>End of warranty</source>
        <translation>质保期满</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>固定日期</translation>
    </message>
</context>
<context>
    <name>NamePage</name>
    <message>
        <source>Welcome to Key Account Desk</source>
        <translation>欢迎使用大客户项目销售助手</translation>
    </message>
    <message>
        <source>Your name, as colleagues know you. It is the owner of the records you create and the “checked by” of every tick, in every database you open.</source>
        <translation>请输入同事们熟悉的您的姓名。在您打开的每个数据库中，它都是您所建记录的负责人，也是每个勾选项的“检查人”。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>If you cancel, the app opens anyway and asks again at the next start. Everything you choose here can be changed later in Settings ▸ Preferences.</source>
        <translation>如果取消，应用照常打开，下次启动时会再次询问。这里的每项选择以后都可以在“设置 ▸ 首选项”中修改。</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>The file could not be written or read ({reason}). Close it in other programs, or choose another place, then try again.</source>
        <translation>无法写入或读取该文件（{reason}）。请在其他程序中关闭它，或换一个位置，然后重试。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>OrderPriority</name>
    <message>
        <source>A: complete and fully paid</source>
        <translation>A：需求明确、款项足额</translation>
    </message>
    <message>
        <source>B: clear need, not yet submitted or not fully paid</source>
        <translation>B：需求明确，订单未提报或款未足额</translation>
    </message>
    <message>
        <source>C: paid, delivery date unclear</source>
        <translation>C：款已足额，发货时间不明确</translation>
    </message>
    <message>
        <source>D: other or temporary</source>
        <translation>D：其他临时或特殊订单</translation>
    </message>
</context>
<context>
    <name>OwnershipType</name>
    <message>
        <source>State grid / large central SOE</source>
        <translation>国网 / 大型央企</translation>
    </message>
    <message>
        <source>Local SOE or listed company</source>
        <translation>地方国企或上市公司</translation>
    </message>
    <message>
        <source>Large private company</source>
        <translation>大型民企</translation>
    </message>
    <message>
        <source>Private company</source>
        <translation>民营企业</translation>
    </message>
</context>
<context>
    <name>PaymentHistory</name>
    <message>
        <source>No bad debt, no delay</source>
        <translation>无坏账、无拖欠</translation>
    </message>
    <message>
        <source>No bad debt, some delay</source>
        <translation>无坏账、有拖欠</translation>
    </message>
    <message>
        <source>No contract yet</source>
        <translation>尚无合同往来</translation>
    </message>
    <message>
        <source>Bad debt</source>
        <translation>有坏账</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <source>Bank acceptance bill</source>
        <translation>银行承兑汇票</translation>
    </message>
    <message>
        <source>Commercial acceptance bill</source>
        <translation>商业承兑汇票</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>PersonRules</name>
    <message>
        <source>{field}: at most {limit} characters, please.</source>
        <translation>{field}：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>{field}: the date is in the future; a birthday cannot be after today.</source>
        <translation>{field}：日期在将来，生日不能晚于今天。</translation>
    </message>
    <message>
        <source>{field}: “{value}” does not look like an e-mail address (name@example.com).</source>
        <translation>{field}：“{value}”不像电子邮件地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <source>{field}: choose a rating from 1 to 5.</source>
        <translation>{field}：请选择 1 到 5 的评分。</translation>
    </message>
    <message>
        <source>{field}: enter an age from {low} to {high}.</source>
        <translation>{field}：请输入 {low} 到 {high} 之间的年龄。</translation>
    </message>
</context>
<context>
    <name>Personality</name>
    <message>
        <source>Tiger</source>
        <translation>老虎</translation>
    </message>
    <message>
        <source>Peacock</source>
        <translation>孔雀</translation>
    </message>
    <message>
        <source>Owl</source>
        <translation>猫头鹰</translation>
    </message>
    <message>
        <source>Koala</source>
        <translation>无尾熊</translation>
    </message>
</context>
<context>
    <name>ProjectLevel</name>
    <message>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Especially major</source>
        <translation>特别重大</translation>
    </message>
    <message>
        <source>Collective procurement</source>
        <translation>集中采购</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>战略</translation>
    </message>
</context>
<context>
    <name>RemindersDock</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>{name} is empty: nothing to restore.</source>
        <translation>{name} 是空文件，没有可恢复的内容。</translation>
    </message>
    <message>
        <source>{name} is damaged ({problem}); choose another backup.</source>
        <translation>{name} 已损坏（{problem}），请选择其他备份。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
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
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>The database you have now is backed up before it is replaced, so a restore can itself be undone: a backup marked “Before a restore” holds the data a restore replaced.</source>
        <translation>当前数据库在被替换前会先备份，因此恢复操作本身也可以撤回：标为“恢复前”的备份保存的是被某次恢复替换掉的数据。</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>恢复所选备份</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Backup (*.sqlite);;All files (*)</source>
        <translation>备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Key decision maker</source>
        <translation>关键决策者</translation>
    </message>
    <message>
        <source>Technical gatekeeper</source>
        <translation>技术把关者</translation>
    </message>
    <message>
        <source>Business gatekeeper</source>
        <translation>业务把关者</translation>
    </message>
    <message>
        <source>Project lead</source>
        <translation>项目牵头人</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>影响者</translation>
    </message>
    <message>
        <source>Purchaser</source>
        <translation>采购者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>使用者</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>{title} belonged to a record that was deleted too: restore that one first.</source>
        <translation>{title} 所属的记录也已被删除，请先还原那条记录。</translation>
    </message>
    <message>
        <source>This cannot come back: it belonged to a record that was deleted since. Restore that one first (Edit ▸ Trash).</source>
        <translation>无法恢复：它所属的记录此后已被删除。请先还原那条记录（编辑 ▸ 回收站）。</translation>
    </message>
    <message>
        <source>A later change to the same records would be lost, so nothing was changed; edit the record by hand instead.</source>
        <translation>这样会丢失之后对同一记录所做的修改，因此未做任何更改；请手动修改该记录。</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>The server asks for a password: type it, then try again.</source>
        <translation>服务器要求输入密码：请输入密码后再试一次。</translation>
    </message>
    <message>
        <source>The server refused the password remembered in the system key ring: type the current one, then try again.</source>
        <translation>服务器拒绝了系统密钥环中记住的密码：请输入当前密码后再试一次。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>There is no setting named {key}; nothing was saved.</source>
        <translation>没有名为 {key} 的设置，未保存任何内容。</translation>
    </message>
    <message>
        <source>The setting {key} takes {type}; the value given is not one, nothing was saved.</source>
        <translation>设置 {key} 的值须为{type}，所给的值不符，未保存任何内容。</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>是或否</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a table of values</source>
        <translation>一组取值</translation>
    </message>
    <message>
        <source>{key} is not a setting of this version of Key Account Desk.</source>
        <translation>{key} 不是本版本大客户项目销售助手的设置项。</translation>
    </message>
    <message>
        <source>{key}: {value} is not a value this setting can hold (its default: {default}).</source>
        <translation>{key}：{value} 不是该设置项可以接受的值（默认值：{default}）。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share {account}</source>
        <translation>共享 {account}</translation>
    </message>
    <message>
        <source>Colleagues ticked here see and change this account and everything under it: its people, opportunities, tenders, contracts and payments.</source>
        <translation>在此勾选的同事可以查看和修改此客户及其下的所有记录：人员、机会点、投标项目、合同和回款。</translation>
    </message>
</context>
<context>
    <name>Stance</name>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>中立者</translation>
    </message>
    <message>
        <source>Opponent</source>
        <translation>反对者</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>死敌</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>How would you like to begin?</source>
        <translation>您想怎样开始？</translation>
    </message>
    <message>
        <source>You can switch at any time with File ▸ Open database and File ▸ Import.</source>
        <translation>随时可以用“文件 ▸ 打开数据库”和“文件 ▸ 从 Excel 导入”切换。</translation>
    </message>
    <message>
        <source>Explore the sample data (a fresh copy each time; nothing you do there is kept)</source>
        <translation>浏览示例数据（每次都是新的副本；在其中的操作不会保留）</translation>
    </message>
    <message>
        <source>Continue with my database</source>
        <translation>继续使用我的数据库</translation>
    </message>
    <message>
        <source>Start my own book, empty</source>
        <translation>从空白账本开始</translation>
    </message>
    <message>
        <source>Start my own book by importing an Excel workbook now</source>
        <translation>现在导入 Excel 工作簿，建立我自己的账本</translation>
    </message>
</context>
<context>
    <name>StrategyNoteKind</name>
    <message>
        <source>Strength</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>危险信号</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Synchronised {file} with {server}: {sent} records changed on the server, {received} here, {conflicts} conflicts.</source>
        <translation>已将 {file} 与 {server} 同步：服务器上更改了 {sent} 条记录，本机更改了 {received} 条，冲突 {conflicts} 处。</translation>
    </message>
    <message>
        <source>The records being synchronised kept changing on the server: synchronise again in a moment.</source>
        <translation>正在同步的记录在服务器上不断被修改：请稍后再同步一次。</translation>
    </message>
    <message>
        <source>The file as it was before this sync is backed up in {backup} (File ▸ Restore from backup).</source>
        <translation>本次同步前的文件已备份到 {backup}（可用“文件 ▸ 从备份恢复”还原）。</translation>
    </message>
    <message>
        <source>The server refused a change this login may not make ({reason}); nothing was synchronised. Ask a manager to share or hand over that record.</source>
        <translation>服务器拒绝了此登录用户无权进行的更改（{reason}）；本次未同步任何内容。请让经理共享或移交该记录。</translation>
    </message>
    <message>
        <source>“{address}” is not a team server address: write it as postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>“{address}”不是团队服务器地址：请写成 postgresql://用户@主机:端口/数据库名。</translation>
    </message>
    <message>
        <source>This window works on the server itself, so there is nothing to synchronise: open the file on this computer to synchronise it.</source>
        <translation>此窗口直接在服务器上工作，无需同步：请打开本机上的数据文件再同步。</translation>
    </message>
    <message>
        <source>conflict: {record} ({kind}), field {field}: both sides changed it; kept “{kept}” ({kept_by}, {kept_at}), not kept “{lost}” ({lost_by}, {lost_at}).</source>
        <translation>冲突：{record}（{kind}）的字段 {field} 双方都修改过；保留“{kept}”（{kept_by}，{kept_at}），未保留“{lost}”（{lost_by}，{lost_at}）。</translation>
    </message>
    <message>
        <source>conflict: {record} ({kind}) was deleted {where} ({lost_by}, {lost_at}) but changed on the other side since ({kept_by}, {kept_at}): it was kept. Delete it again if it should go.</source>
        <translation>冲突：{record}（{kind}）已{where}删除（{lost_by}，{lost_at}），但另一方此后修改过它（{kept_by}，{kept_at}）：已保留。如确需删除，请再删除一次。</translation>
    </message>
    <message>
        <source>on the server</source>
        <translation>在服务器上</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>在本机上</translation>
    </message>
    <message>
        <source>This file is synchronised with the server as {before}, not as {now}: synchronise it as {before}, or give {now} a file of their own (a new file name downloads what they may see); nothing was changed.</source>
        <translation>此文件是以 {before} 的身份与服务器同步的，不是 {now}：请以 {before} 的身份同步，或为 {now} 另用一个文件（新的文件名会下载其可见的数据）；未做任何更改。</translation>
    </message>
    <message>
        <source>Attached files: {sent} sent to the server, {received} received.</source>
        <translation>附件：向服务器发送 {sent} 个，接收 {received} 个。</translation>
    </message>
    <message>
        <source>The attached file {name} is on neither side: synchronise the computer it was attached on, or attach it again.</source>
        <translation>附件 {name} 在本机和服务器上都没有：请同步附加它的那台电脑，或重新附加。</translation>
    </message>
    <message>
        <source>not sent: {record} ({kind}), field {field}: “{value}” was changed on this computer, but the server no longer shows you this record (handed over or no longer shared); the record was removed from this computer and the backup taken before this sync holds it.</source>
        <translation>未发送：{record}（{kind}）的字段 {field} 在本机改为“{value}”，但服务器已不再向您显示这条记录（已移交或已取消共享）；该记录已从本机移除，本次同步前的备份中保留着它。</translation>
    </message>
    <message>
        <source>not sent: {record} ({kind}) was added on this computer under a record the server no longer shows you (handed over or no longer shared); it was removed from this computer and the backup taken before this sync holds it.</source>
        <translation>未发送：{record}（{kind}）是在本机添加的，但它所属的记录服务器已不再向您显示（已移交或已取消共享）；它已从本机移除，本次同步前的备份中保留着它。</translation>
    </message>
    <message>
        <source>not sent: {record} ({kind}) was deleted on this computer, but the server no longer shows you this record (handed over or no longer shared): it stays on the server with its owner; ask them if it should go.</source>
        <translation>未发送：{record}（{kind}）已在本机删除，但服务器已不再向您显示这条记录（已移交或已取消共享）：它仍以其负责人的名义保留在服务器上；如需删除，请与负责人联系。</translation>
    </message>
    <message>
        <source>not sent: {record} ({kind}) is already on the server among a colleague&apos;s records (the same file or workbook loaded by two people): ask its owner to share it with you, or delete your copy; until then it stays on this computer only.</source>
        <translation>未发送：{record}（{kind}）已作为同事的记录存在于服务器上（两人载入了同一个文件或工作簿）：请让它的所有者共享给您，或删除您的副本；在此之前它只保留在本机上。</translation>
    </message>
    <message>
        <source>{count} records the server no longer shows you (handed over or no longer shared) were removed from this computer; the backup taken before this sync holds them.</source>
        <translation>服务器已不再向您显示的 {count} 条记录（已移交或已取消共享）已从本机移除；本次同步前的备份中保留着它们。</translation>
    </message>
    <message>
        <source>{count} records handed over to {owner} or no longer shared with you were removed from this computer; the backup taken before this sync holds them.</source>
        <translation>已移交给 {owner} 或已不再共享给您的 {count} 条记录已从本机移除；本次同步前的备份中保留着它们。</translation>
    </message>
    <message>
        <source>No longer shown to you: removed here, kept in the backup</source>
        <translation>服务器已不再向您显示：已从本机移除，保留在备份中</translation>
    </message>
    <message>
        <source>A colleague&apos;s record on the server: kept here only</source>
        <translation>服务器上是同事的记录：只保留在本机</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Synchronise with the team server</source>
        <translation>与团队服务器同步</translation>
    </message>
    <message>
        <source>Remember the password in the system key ring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <source>not needed once remembered</source>
        <translation>记住后无需再输入</translation>
    </message>
    <message>
        <source>never stored</source>
        <translation>不会保存</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sends what changed in this file to the server and brings in what changed there. Where both changed the same field, the later change is kept and the other is listed here.</source>
        <translation>把本文件中的更改发送到服务器，并取回服务器上的更改。双方修改了同一字段时，保留较晚的修改，另一方的值列在这里。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
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
        <source>Not kept</source>
        <translation>未保留的值</translation>
    </message>
    <message>
        <source>Not kept: changed by</source>
        <translation>未保留的值：修改人</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送的值</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Synchronise</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>(deleted on one side, changed on the other)</source>
        <translation>（一方删除，另一方修改）</translation>
    </message>
    <message>
        <source>(the whole record)</source>
        <translation>（整条记录）</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Synchronised: {sent} records changed on the server, {received} here, {conflicts} conflicts.</source>
        <translation>同步完成：服务器上更改了 {sent} 条记录，本机更改了 {received} 条，冲突 {conflicts} 处。</translation>
    </message>
    <message>
        <source>Not sent to the server: {count} (listed below).</source>
        <translation>未发送到服务器：{count} 项（见下方列表）。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The login {user} may not do this on the server: run it with the administrator&apos;s URL (a superuser, or the database&apos;s owner who may create roles); nothing was changed.</source>
        <translation>登录名 {user} 无权在服务器上执行此操作：请使用管理员的 URL（超级用户，或可创建角色的数据库所有者）运行；未做任何更改。</translation>
    </message>
    <message>
        <source>Created the Key Account Desk schema on {server}</source>
        <translation>已在 {server} 上创建大客户项目销售助手的数据库结构</translation>
    </message>
    <message>
        <source>Upgraded the Key Account Desk schema on {server} from {revision}</source>
        <translation>已将 {server} 上的大客户项目销售助手数据库结构从 {revision} 升级</translation>
    </message>
    <message>
        <source>The Key Account Desk schema on {server} is up to date</source>
        <translation>{server} 上的大客户项目销售助手数据库结构已是最新</translation>
    </message>
    <message>
        <source>{done}; row-level security installed, {members} member(s) granted access.</source>
        <translation>{done}；已安装行级安全策略，已为 {members} 名成员授予访问权限。</translation>
    </message>
    <message>
        <source>{name} is a manager: they see every record.</source>
        <translation>{name} 是经理：可以看到所有记录。</translation>
    </message>
    <message>
        <source>{name} is a salesperson: they see their own records and the accounts shared with them.</source>
        <translation>{name} 是销售：可以看到自己的记录以及共享给他的客户。</translation>
    </message>
    <message>
        <source>Created the login {name}.</source>
        <translation>已创建登录用户 {name}。</translation>
    </message>
    <message>
        <source>The login {name} has a new password.</source>
        <translation>登录用户 {name} 已设置新密码。</translation>
    </message>
    <message>
        <source>{login} {role} They connect with --db {url}</source>
        <translation>{login}{role}连接方式：--db {url}</translation>
    </message>
    <message>
        <source>{account} is no longer shared with {name}.</source>
        <translation>{account} 已不再共享给 {name}。</translation>
    </message>
    <message>
        <source>{account} was not shared with {name}.</source>
        <translation>{account} 本来就没有共享给 {name}。</translation>
    </message>
    <message>
        <source>{account} and everything under it is shared with {name}.</source>
        <translation>{account} 及其下的所有记录已共享给 {name}。</translation>
    </message>
    <message>
        <source>{account} was already shared with {name}.</source>
        <translation>{account} 已经共享给 {name}。</translation>
    </message>
    <message>
        <source>Handed {records} record(s) of {source} over to {target} in one transaction.</source>
        <translation>已在一个事务中将 {source} 的 {records} 条记录移交给 {target}。</translation>
    </message>
    <message>
        <source>The server refused the change: you may change only your own records and those of accounts shared with you. Ask the owner to share the account, or your manager.</source>
        <translation>服务器拒绝了此修改：您只能修改自己的记录以及共享给您的客户的记录。请让负责人共享该客户，或联系您的经理。</translation>
    </message>
    <message>
        <source>“{name}” cannot be a user name on the server: use 1 to 21 Chinese characters or 1 to 63 letters and digits, without spaces at either end, not starting with pg_.</source>
        <translation>“{name}”不能作为服务器上的用户名：请使用 1 至 21 个汉字或 1 至 63 个字母和数字，首尾不能有空格，也不能以 pg_ 开头。</translation>
    </message>
    <message>
        <source>Give the new user a password.</source>
        <translation>请为新用户设置密码。</translation>
    </message>
    <message>
        <source>{name} is an administrator&apos;s role on this server; it was left unchanged. Give the salesperson a name of their own.</source>
        <translation>{name} 是此服务器上的管理员角色，未做改动。请为该销售另取一个用户名。</translation>
    </message>
    <message>
        <source>Only a manager hands one salesperson&apos;s records over.</source>
        <translation>只有经理才能移交销售的记录。</translation>
    </message>
    <message>
        <source>There is no account “{name}” that you can see.</source>
        <translation>没有您可以看到的客户“{name}”。</translation>
    </message>
    <message>
        <source>Several accounts are named “{name}”: give the account&apos;s uuid instead.</source>
        <translation>有多个客户名为“{name}”：请改用该客户的 uuid。</translation>
    </message>
    <message>
        <source>{name} is not a member of this team: the administrator adds them with `python main.py server add-user`.</source>
        <translation>{name} 不是本团队的成员：请管理员用 `python main.py server add-user` 添加。</translation>
    </message>
    <message>
        <source>Choose someone other than {name} to take the records over.</source>
        <translation>请选择 {name} 以外的人接手这些记录。</translation>
    </message>
    <message>
        <source>{name} owns no records: nothing was handed over.</source>
        <translation>{name} 名下没有记录：未移交任何内容。</translation>
    </message>
</context>
<context>
    <name>TeamMenu</name>
    <message>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Share this account…</source>
        <translation>共享此客户(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Hand over records…</source>
        <translation>移交记录(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>TenderResult</name>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>中标</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>未中标</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>废标</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <source>This record no longer exists; it may have been deleted already.</source>
        <translation>此记录已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>{title} was erased from the trash for good and cannot come back.</source>
        <translation>{title} 已从回收站彻底清除，无法恢复。</translation>
    </message>
    <message>
        <source>{title} is already back.</source>
        <translation>{title} 已还原。</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Tender</source>
        <translation>投标项目</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>With it</source>
        <translation>一并删除</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>Deleted records stay here for 30 days, with everything that was deleted with them, then they are erased for good. Deleting permanently erases them now, personal data included.</source>
        <translation>已删除的记录连同随之删除的全部内容会在这里保留 30 天，之后将被彻底清除。“永久删除”会立即清除它们，包括其中的个人信息。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>永久删除</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>清空回收站</translation>
    </message>
    <message>
        <source>People: {count}</source>
        <translation>人员：{count}</translation>
    </message>
    <message>
        <source>Opportunities: {count}</source>
        <translation>机会点：{count}</translation>
    </message>
    <message>
        <source>Tenders: {count}</source>
        <translation>投标项目：{count}</translation>
    </message>
    <message>
        <source>Contracts: {count}</source>
        <translation>合同：{count}</translation>
    </message>
    <message>
        <source>Erase {name} for good? This cannot be undone, and the undo history of every tab is cleared.</source>
        <translation>彻底清除 {name} 吗？此操作无法撤销，且所有标签页的撤销记录都将清空。</translation>
    </message>
    <message>
        <source>Erase everything in the trash for good? This cannot be undone, and the undo history of every tab is cleared.</source>
        <translation>彻底清除回收站中的全部内容吗？此操作无法撤销，且所有标签页的撤销记录都将清空。</translation>
    </message>
    <message>
        <source>Deleted. Another program is still reading this database: the deleted data is wiped from its write-ahead log once that program stops (at your next change, or when you close Key Account Desk).</source>
        <translation>已删除。另一个程序仍在读取此数据库：该程序停止后（在您下次更改时，或关闭大客户项目销售助手时），已删除的数据会从其预写日志中彻底清除。</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>{who} changed this record at {when}, after you opened it, so your changes were not saved.</source>
        <translation>{who} 在您打开后于 {when} 修改了这条记录，因此您的修改未被保存。</translation>
    </message>
    <message>
        <source>Someone changed this record after you opened it, so your changes were not saved.</source>
        <translation>有人在您打开后修改了这条记录，因此您的修改未被保存。</translation>
    </message>
    <message>
        <source>Someone changed the “{page}” preferences after you opened them, so your changes were not saved.</source>
        <translation>您打开后，有人修改了“{page}”首选项，因此您的修改未保存。</translation>
    </message>
</context>
<context>
    <name>WelcomeWizard</name>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; 上一步</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>下一步 &gt;</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>XlsxGuard</name>
    <message>
        <source>Cannot read {name}: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空文件。</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old .xls workbook: remove the password, or save it as .xlsx in Excel, then try again.</source>
        <translation>{name} 设有密码保护，或是旧版 .xls 工作簿：请先取消密码，或在 Excel 中另存为 .xlsx 后再试。</translation>
    </message>
    <message>
        <source>{name} is a text (CSV) file: open it in Excel and save it as .xlsx.</source>
        <translation>{name} 是文本（CSV）文件：请在 Excel 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>{name} is not an Excel workbook (.xlsx).</source>
        <translation>{name} 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>{name} is damaged or incomplete (the file ends too early).</source>
        <translation>{name} 已损坏或不完整（文件提前结束）。</translation>
    </message>
    <message>
        <source>{name} has too many parts to be a normal workbook.</source>
        <translation>{name} 包含的部件过多，不像正常的工作簿。</translation>
    </message>
    <message>
        <source>{name} is too large to import (it unpacks to more than {limit} MB).</source>
        <translation>{name} 太大，无法导入（解压后超过 {limit} MB）。</translation>
    </message>
    <message>
        <source>{name} is packed suspiciously tightly (a zip bomb?); not opened.</source>
        <translation>{name} 的压缩比异常（可能是压缩炸弹），未打开。</translation>
    </message>
    <message>
        <source>{name} is a zip archive, not an Excel workbook (.xlsx).</source>
        <translation>{name} 是 zip 压缩包，不是 Excel 工作簿（.xlsx）。</translation>
    </message>
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
