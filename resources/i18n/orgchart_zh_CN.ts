<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ChangesDialog</name>
    <message>
        <source>What changed since…</source>
        <translation>此后有何变化…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>变化起始日期</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>共 {count} 项变化</translation>
    </message>
    <message>
        <source>Nothing changed since then.</source>
        <translation>此后没有变化。</translation>
    </message>
</context>
<context>
    <name>ChartBand</name>
    <message>
        <source>Outside influencers: superior unit, design institute, headquarters</source>
        <translation>外部影响力量：上级单位、设计院、总部</translation>
    </message>
    <message>
        <source>Decision layer</source>
        <translation>决策层</translation>
    </message>
    <message>
        <source>Management layer: technical, purchasing and finance managers</source>
        <translation>管理层：技术、采购、财务负责人</translation>
    </message>
    <message>
        <source>Operational layer: engineers, designers, buyers</source>
        <translation>操作层：工程师、设计人员、采购员</translation>
    </message>
    <message>
        <source>Nobody here yet. Right-click to add a person to this layer.</source>
        <translation>这一层还没有人。右击即可在这一层添加人员。</translation>
    </message>
</context>
<context>
    <name>ChartEditor</name>
    <message>
        <source>Add a person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Name of the new person (you can fill in the rest of the record next):</source>
        <translation>新人员的姓名（其余信息随后填写）：</translation>
    </message>
    <message>
        <source>Name of the person who reports to {manager}:</source>
        <translation>向{manager}汇报的人员姓名：</translation>
    </message>
    <message>
        <source>Add {name}</source>
        <translation>添加{name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>编辑{name}</translation>
    </message>
    <message>
        <source>Their {count} reports will report to {manager}.</source>
        <translation>其 {count} 名下属将改为向{manager}汇报。</translation>
    </message>
    <message>
        <source>Their {count} reports will be at the top of the chart.</source>
        <translation>其 {count} 名下属将成为架构图的顶层。</translation>
    </message>
    <message>
        <source>Move {name} to the trash? Their visit log and influence lines go with them.</source>
        <translation>将{name}移入回收站？其拜访记录和影响关系线将一并移入。</translation>
    </message>
    <message>
        <source>Undo brings everything back; Edit ▸ Trash can restore them for 30 days.</source>
        <translation>撤销可恢复全部内容；30 天内也可在“编辑 ▸ 回收站”中还原。</translation>
    </message>
    <message>
        <source>Delete a person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>删除{name}</translation>
    </message>
    <message>
        <source>Move {name} under {manager}</source>
        <translation>将{name}调到{manager}之下</translation>
    </message>
    <message>
        <source>Put {name} at the top of the chart</source>
        <translation>将{name}放到架构图顶层</translation>
    </message>
    <message>
        <source>{name}: stance {stance}</source>
        <translation>{name}：立场改为{stance}</translation>
    </message>
    <message>
        <source>{name}: {layer}</source>
        <translation>{name}：{layer}</translation>
    </message>
    <message>
        <source>{name}: roles</source>
        <translation>{name}：角色</translation>
    </message>
    <message>
        <source>{name} left the client</source>
        <translation>{name} 已离开客户</translation>
    </message>
    <message>
        <source>{name} is back at the client</source>
        <translation>{name} 回到客户</translation>
    </message>
    <message>
        <source>{name} moved to another client</source>
        <translation>{name} 调往其他客户</translation>
    </message>
    <message>
        <source>{source} can influence {target}</source>
        <translation>{source}能影响{target}</translation>
    </message>
    <message>
        <source>Influence from another account</source>
        <translation>来自其他客户的影响</translation>
    </message>
    <message>
        <source>Influence line strength</source>
        <translation>影响关系强度</translation>
    </message>
    <message>
        <source>Influence line</source>
        <translation>影响关系线</translation>
    </message>
    <message>
        <source>How and why can they influence?</source>
        <translation>通过什么方式、因何能够施加影响？</translation>
    </message>
    <message>
        <source>Influence line note</source>
        <translation>影响关系备注</translation>
    </message>
    <message>
        <source>Remove influence line</source>
        <translation>删除影响关系线</translation>
    </message>
    <message>
        <source>{member} knows {name}</source>
        <translation>{member}认识{name}</translation>
    </message>
    <message>
        <source>{member} no longer an owner of {name}</source>
        <translation>{member}不再是{name}的关系负责人</translation>
    </message>
    <message>
        <source>Log interaction with {name}</source>
        <translation>记录与{name}的接触</translation>
    </message>
    <message>
        <source>Edit interaction with {name}</source>
        <translation>编辑与{name}的接触</translation>
    </message>
    <message>
        <source>Delete an interaction</source>
        <translation>删除接触记录</translation>
    </message>
    <message>
        <source>Delete this interaction with {name} from the visit log?</source>
        <translation>从拜访记录中删除与{name}的这次接触？</translation>
    </message>
    <message>
        <source>Delete interaction with {name}</source>
        <translation>删除与{name}的接触</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Buying organisation of {account}</source>
        <translation>{account}采购组织架构图</translation>
    </message>
    <message>
        <source>As of {date} · {people} people · {lines} influence lines</source>
        <translation>截至 {date} · {people} 人 · {lines} 条影响关系</translation>
    </message>
    <message>
        <source>Contains personal details of third parties: handle with care.</source>
        <translation>含第三方个人信息，请妥善保管。</translation>
    </message>
    <message>
        <source>Personal details are left out.</source>
        <translation>未包含个人信息。</translation>
    </message>
</context>
<context>
    <name>ChartExportActions</name>
    <message>
        <source>Picture (PNG)…</source>
        <translation>图片（PNG）…</translation>
    </message>
    <message>
        <source>Drawing (SVG)…</source>
        <translation>矢量图（SVG）…</translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation>文档（PDF）…</translation>
    </message>
    <message>
        <source>Include personal details (birthday, interests, family)</source>
        <translation>包含个人信息（生日、兴趣爱好、家庭）</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export the org chart</source>
        <translation>导出组织架构图</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChartLegend</name>
    <message>
        <source>Stance toward us</source>
        <translation>对我方的立场</translation>
    </message>
    <message>
        <source>Our best relationship</source>
        <translation>我方最强关系</translation>
    </message>
    <message>
        <source>nobody knows them</source>
        <translation>无人认识</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>汇报关系</translation>
    </message>
    <message>
        <source>Can influence: weak</source>
        <translation>能施加影响：弱</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
</context>
<context>
    <name>ChartMenus</name>
    <message>
        <source>Open the record</source>
        <translation>打开人员档案</translation>
    </message>
    <message>
        <source>Add a report…</source>
        <translation>添加下属…</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Draw an influence line from here…</source>
        <translation>从此人画影响关系线…</translation>
    </message>
    <message>
        <source>Of {account}: change them on that account&apos;s chart</source>
        <translation>属于{account}：请在该客户的组织结构图中修改</translation>
    </message>
    <message>
        <source>Collapse the team</source>
        <translation>收起下属</translation>
    </message>
    <message>
        <source>Expand the team (+{count})</source>
        <translation>展开下属（+{count}）</translation>
    </message>
    <message>
        <source>Focus on this person</source>
        <translation>聚焦此人</translation>
    </message>
    <message>
        <source>Influenced by someone of another account…</source>
        <translation>受其他客户人员影响…</translation>
    </message>
    <message>
        <source>Reports to nobody (top of the chart)</source>
        <translation>不向任何人汇报（放到顶层）</translation>
    </message>
    <message>
        <source>Back at the client</source>
        <translation>已回到客户</translation>
    </message>
    <message>
        <source>Left the client…</source>
        <translation>已离开客户…</translation>
    </message>
    <message>
        <source>Moved to another client…</source>
        <translation>调往其他客户…</translation>
    </message>
    <message>
        <source>Create a lead through this former coach…</source>
        <translation>通过这位前教练创建线索…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>1 · weak</source>
        <translation>1 · 弱</translation>
    </message>
    <message>
        <source>2 · medium</source>
        <translation>2 · 中</translation>
    </message>
    <message>
        <source>3 · strong</source>
        <translation>3 · 强</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Remove the influence line</source>
        <translation>删除这条影响关系线</translation>
    </message>
    <message>
        <source>Add a person here ({layer})</source>
        <translation>在此添加人员（{layer}）</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Leave the focus</source>
        <translation>退出聚焦</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>No coach in this account: nobody passes us information or warns us in time.</source>
        <translation>该客户没有教练：没有人给我们通风报信、及时提醒。</translation>
    </message>
    <message>
        <source>No coach in this account: nobody passes us information or warns us in time; {names} could become one.</source>
        <translation>该客户没有教练：没有人给我们通风报信、及时提醒；{names}有可能发展成教练。</translation>
    </message>
    <message>
        <source>{name}, a key decision maker, is only neutral: win them over before the decision, as their “no” stops the deal.</source>
        <translation>关键决策者{name}只是中立：要在决策前争取过来，其一句“不行”就能否决项目。</translation>
    </message>
    <message>
        <source>{name}, a key decision maker, is opposed to us: their “no” stops the deal.</source>
        <translation>关键决策者{name}反对我方：其一句“不行”就能否决项目。</translation>
    </message>
    <message>
        <source>{name}, a key decision maker, is a blocker firmly for a competitor: their “no” stops the deal.</source>
        <translation>关键决策者{name}是死敌，坚定支持竞争对手：其一句“不行”就能否决项目。</translation>
    </message>
    <message>
        <source>{name} ({role}) is opposed to us: a gatekeeper can reject our offer even if others back it.</source>
        <translation>{name}（{role}）反对我方：即使其他人支持，把关者也能否决我方方案。</translation>
    </message>
    <message>
        <source>{name} ({role}) is a blocker, firmly for a competitor: a gatekeeper can reject our offer even if others back it.</source>
        <translation>{name}（{role}）是死敌，坚定支持竞争对手：即使其他人支持，把关者也能否决我方方案。</translation>
    </message>
    <message>
        <source>{name} is a blocker, firmly for a competitor: expect them to work against us.</source>
        <translation>{name}是死敌，坚定支持竞争对手：要预计到其会与我方作对。</translation>
    </message>
    <message>
        <source>Nobody in the decision layer yet: we do not know who will approve the deal.</source>
        <translation>决策层还没有人：我们不知道谁来拍板。</translation>
    </message>
    <message>
        <source>Nobody in the management layer yet: the technical, purchasing and finance managers are unknown to us.</source>
        <translation>管理层还没有人：技术、采购、财务负责人我们都不认识。</translation>
    </message>
    <message>
        <source>Nobody in the operational layer yet: we know none of the engineers, designers and buyers who will use and specify the system.</source>
        <translation>操作层还没有人：使用和制定系统要求的工程师、设计人员、采购员我们一个都不认识。</translation>
    </message>
    <message>
        <source>No outside influencers recorded: a superior unit, design institute or headquarters may shape the decision unseen.</source>
        <translation>没有记录外部影响力量：上级单位、设计院或总部可能在暗中左右决策。</translation>
    </message>
    <message>
        <source>{name} ({role}) was last met {days} days ago, more than the {limit} days allowed.</source>
        <translation>{name}（{role}）上次接触是在 {days} 天前，超过了 {limit} 天的上限。</translation>
    </message>
    <message>
        <source>{name} ({role}) has never been met: no interaction is logged.</source>
        <translation>{name}（{role}）从未接触过：没有任何接触记录。</translation>
    </message>
    <message>
        <source>{name} is our coach but trusts us only {trust} out of 5: check what they tell us.</source>
        <translation>{name}是我们的教练，但信任度只有 {trust}/5：其提供的信息要交叉验证。</translation>
    </message>
    <message>
        <source>{name} is our coach but their trust in us has not been rated yet.</source>
        <translation>{name}是我们的教练，但尚未评估其信任度。</translation>
    </message>
    <message>
        <source>{name}&apos;s stance toward us is unknown: find out where they stand.</source>
        <translation>{name}对我方的立场未知：请摸清其立场。</translation>
    </message>
    <message>
        <source>No red flags: every layer is covered, and we have a trusted coach.</source>
        <translation>没有危险信号：每一层都有覆盖，并且有可信的教练。</translation>
    </message>
    <message>
        <source>{name} was our coach at {account}: a possible way in. Create a lead from it.</source>
        <translation>{name} 曾是我们在{account}的教练：这是一个切入机会，可据此创建线索。</translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Coverage: who on our team knows whom</source>
        <translation>关系覆盖：我方谁认识谁</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Decision group of</source>
        <translation>决策小组：</translation>
    </message>
    <message>
        <source>All people of the account</source>
        <translation>本客户全部人员</translation>
    </message>
    <message>
        <source>{known} of {count} people known by someone on our team.</source>
        <translation>{count} 人中有 {known} 人有我方人员认识。</translation>
    </message>
</context>
<context>
    <name>CoverageGap</name>
    <message>
        <source>{name} ({role}): nobody on our team knows them; find someone who can.</source>
        <translation>{name}（{role}）：我方无人认识，请找能接触到他/她的人。</translation>
    </message>
    <message>
        <source>{name} ({role}): only acquainted with {members}; build a good relationship.</source>
        <translation>{name}（{role}）：仅与{members}认识，需建立良好关系。</translation>
    </message>
    <message>
        <source>{name}: nobody on our team knows them.</source>
        <translation>{name}：我方无人认识。</translation>
    </message>
    <message>
        <source>{member} alone knows {count} key people well ({names}): if they leave or fall ill, we lose them; introduce a colleague.</source>
        <translation>只有{member}与 {count} 位关键人物关系良好（{names}）：一旦其离职或生病，这些关系将中断；请引荐一位同事。</translation>
    </message>
    <message>
        <source>No gaps: someone on our team knows every key person well.</source>
        <translation>没有缺口：每位关键人物都有我方人员与其关系良好。</translation>
    </message>
</context>
<context>
    <name>CoverageList</name>
    <message>
        <source>Make an action…</source>
        <translation>制定行动…</translation>
    </message>
    <message>
        <source>Plan what our team will do about the selected red flag, and by when</source>
        <translation>安排我方团队针对所选危险信号要做什么、何时完成</translation>
    </message>
    <message>
        <source>Red flags ({count})</source>
        <translation>危险信号（{count}）</translation>
    </message>
</context>
<context>
    <name>CoverageModel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层级</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>1 step</source>
        <translation>1 步</translation>
    </message>
    <message>
        <source>2 steps</source>
        <translation>2 步</translation>
    </message>
    <message>
        <source>3 steps</source>
        <translation>3 步</translation>
    </message>
    <message>
        <source>Decision group</source>
        <translation>决策小组</translation>
    </message>
    <message>
        <source>Only the decision group of an opportunity</source>
        <translation>只看某个机会点的决策小组</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Only people with this role</source>
        <translation>只看担任此角色的人</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Only people with this stance toward us</source>
        <translation>只看对我方持此立场的人</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Only people of this layer</source>
        <translation>只看此层级的人</translation>
    </message>
    <message>
        <source>Known by</source>
        <translation>关系负责人</translation>
    </message>
    <message>
        <source>Only the people this colleague of ours knows (relationship owner)</source>
        <translation>只看我方这位同事认识的人（关系负责人）</translation>
    </message>
    <message>
        <source>Key people only</source>
        <translation>只看关键人物</translation>
    </message>
    <message>
        <source>Key decision makers, gatekeepers, coaches and people of influence 4 or 5</source>
        <translation>关键决策者、把关者、教练，以及影响力为 4 或 5 的人</translation>
    </message>
    <message>
        <source>Click to leave the focus; the arrow sets how many steps it reaches</source>
        <translation>点击退出聚焦；点箭头设置聚焦范围的步数</translation>
    </message>
    <message>
        <source>Showing all {total}</source>
        <translation>显示全部 {total} 人</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>显示 {shown} / {total} 人</translation>
    </message>
    <message>
        <source>Focus: {name} ({steps}) ✕</source>
        <translation>聚焦：{name}（{steps}）✕</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find a person by name, title or department</source>
        <translation>按姓名、职务或部门查找人员</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个（Enter）</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>聚焦</translation>
    </message>
    <message>
        <source>Show only this person and the people near them</source>
        <translation>只显示此人及其周边的人</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>没有找到</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
</context>
<context>
    <name>FlagListModel</name>
    <message>
        <source>Being worked on: {title} ({who}, by {date})</source>
        <translation>处理中：{title}（{who}，{date} 前）</translation>
    </message>
</context>
<context>
    <name>InfluenceLine</name>
    <message>
        <source>{source} can influence {target} (weak)</source>
        <translation>{source}能影响{target}（弱）</translation>
    </message>
    <message>
        <source>{source} can influence {target} (medium)</source>
        <translation>{source}能影响{target}（中）</translation>
    </message>
    <message>
        <source>{source} can influence {target} (strong)</source>
        <translation>{source}能影响{target}（强）</translation>
    </message>
</context>
<context>
    <name>MapOverTime</name>
    <message>
        <source>No change was recorded before this date: the map shows today&apos;s people and values, the best knowledge there is.</source>
        <translation>此日期之前没有变更记录：图中显示的是今天的人员和信息，这是目前掌握的最好情况。</translation>
    </message>
    <message>
        <source>Added to the map</source>
        <translation>加入组织架构图</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>已从回收站还原</translation>
    </message>
    <message>
        <source>Stance: {old} → {new}</source>
        <translation>立场：{old} → {new}</translation>
    </message>
    <message>
        <source>Title: {old} → {new}</source>
        <translation>职务：{old} → {new}</translation>
    </message>
    <message>
        <source>Department: {old} → {new}</source>
        <translation>部门：{old} → {new}</translation>
    </message>
    <message>
        <source>Layer: {old} → {new}</source>
        <translation>层级：{old} → {new}</translation>
    </message>
    <message>
        <source>New role: {role}</source>
        <translation>新角色：{role}</translation>
    </message>
    <message>
        <source>No longer: {role}</source>
        <translation>不再担任：{role}</translation>
    </message>
    <message>
        <source>Left the client</source>
        <translation>已离开客户</translation>
    </message>
    <message>
        <source>Moved to {account}</source>
        <translation>调往{account}</translation>
    </message>
    <message>
        <source>Joined from {account}</source>
        <translation>来自{account}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>another account</source>
        <translation>其他客户</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Moved to another client</source>
        <translation>调往其他客户</translation>
    </message>
    <message>
        <source>Left the client</source>
        <translation>已离开客户</translation>
    </message>
    <message>
        <source>{name} becomes a person of the chosen client, with their visits and history; their roles and manager here are cleared, and a former coach is flagged there as a possible way in.</source>
        <translation>{name} 将成为所选客户的人员，拜访记录和历史随之转移；其在本客户的角色和上级将被清除。若此人曾是教练，将在新客户标记为切入机会。</translation>
    </message>
    <message>
        <source>{name} stays on the map, greyed, with their history; the coverage analysis no longer counts them.</source>
        <translation>{name} 仍以灰色留在图中并保留历史；覆盖分析不再计入此人。</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>调入客户</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>OrgChartSettings</name>
    <message>
        <source>Not met for more than: from 7 to 365 days.</source>
        <translation>未接触天数须为 7 至 365 天。</translation>
    </message>
</context>
<context>
    <name>OrgChartSettingsPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A key decision maker or gatekeeper with no interaction logged for longer than this is a red flag of the coverage analysis.</source>
        <translation>关键决策者或把关者超过这个天数没有任何接触记录，覆盖分析就会发出危险信号。</translation>
    </message>
    <message>
        <source>Not met for more than</source>
        <translation>未接触超过</translation>
    </message>
    <message>
        <source>Org chart</source>
        <translation>组织架构图</translation>
    </message>
</context>
<context>
    <name>OrgChartTab</name>
    <message>
        <source>Select an account to see its buying organisation.</source>
        <translation>请选择一个客户，查看其采购组织。</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Add a person as a report of the selected card, or at the top (Ins)</source>
        <translation>添加人员，作为所选人员的下属，未选中时放在顶层（Ins）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected person (Del)</source>
        <translation>删除所选人员（Del）</translation>
    </message>
    <message>
        <source>Draw influence line</source>
        <translation>画影响关系线</translation>
    </message>
    <message>
        <source>Press on the person who can influence and release on the one influenced</source>
        <translation>在施加影响的人身上按下鼠标，拖到被影响的人身上松开</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>全部收起</translation>
    </message>
    <message>
        <source>Fold every team away: only the people at the top stay</source>
        <translation>收起所有下属，只留最上层的人</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <source>Unfold every team</source>
        <translation>展开所有下属</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Org Chart</source>
        <translation>组织架构图</translation>
    </message>
    <message>
        <source>this person</source>
        <translation>此人</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save your changes to {name} first?</source>
        <translation>先保存对{name}的修改吗？</translation>
    </message>
</context>
<context>
    <name>OutsideLinkDialog</name>
    <message>
        <source>Who of another account influences {name}</source>
        <translation>其他客户中谁能影响{name}</translation>
    </message>
    <message>
        <source>1 · weak</source>
        <translation>1 · 弱</translation>
    </message>
    <message>
        <source>2 · medium</source>
        <translation>2 · 中</translation>
    </message>
    <message>
        <source>3 · strong</source>
        <translation>3 · 强</translation>
    </message>
    <message>
        <source>How and why can they influence?</source>
        <translation>如何影响、为何能影响？</translation>
    </message>
    <message>
        <source>The line is drawn on both accounts&apos; charts; type to search by name.</source>
        <translation>这条线会同时显示在两个客户的组织结构图上；输入姓名可搜索。</translation>
    </message>
    <message>
        <source>Can influence them</source>
        <translation>能影响他/她的人</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>请从列表中选择一个人。</translation>
    </message>
</context>
<context>
    <name>OverviewMap</name>
    <message>
        <source>Overview: click or drag to move around the chart</source>
        <translation>全局缩略图：点击或拖动以移动到图中相应位置</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Who knows {name}</source>
        <translation>谁认识{name}</translation>
    </message>
    <message>
        <source>A colleague&apos;s name</source>
        <translation>同事姓名</translation>
    </message>
    <message>
        <source>e.g. classmates, former colleagues</source>
        <translation>例如：同学、前同事</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>OwnersList</name>
    <message>
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add an owner…</source>
        <translation>添加关系负责人…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Who on our team knows this person, and how well. Double-click to change; the coverage matrix shows the gaps.</source>
        <translation>我方谁认识此人、关系如何。双击可修改；关系覆盖矩阵会显示缺口。</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Closeness</source>
        <translation>亲近度</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <source>In the {layer} by data; shown under their manager</source>
        <translation>档案中属于{layer}；显示在其上级之下</translation>
    </message>
    <message>
        <source>Birthday: {date} ({age})</source>
        <translation>生日：{date}（{age} 岁）</translation>
    </message>
    <message>
        <source>Age: {age}</source>
        <translation>年龄：{age}</translation>
    </message>
    <message>
        <source>Interests: {text}</source>
        <translation>兴趣爱好：{text}</translation>
    </message>
    <message>
        <source>Family: {text}</source>
        <translation>家庭：{text}</translation>
    </message>
    <message>
        <source>Last met: {date}</source>
        <translation>上次接触：{date}</translation>
    </message>
    <message>
        <source>Never met</source>
        <translation>从未接触</translation>
    </message>
    <message>
        <source>Left on {date}</source>
        <translation>{date} 离开</translation>
    </message>
    <message>
        <source>From {account}</source>
        <translation>来自{account}</translation>
    </message>
    <message>
        <source>Known by: {owners}</source>
        <translation>我方认识的人：{owners}</translation>
    </message>
    <message>
        <source>Nobody on our team knows them</source>
        <translation>我方无人认识</translation>
    </message>
</context>
<context>
    <name>PersonField</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Outside party</source>
        <translation>外部单位类型</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>直属上级</translation>
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
        <source>Could become our coach</source>
        <translation>可发展为教练</translation>
    </message>
    <message>
        <source>Personality</source>
        <translation>性格</translation>
    </message>
    <message>
        <source>Temperament</source>
        <translation>气质</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>思想</translation>
    </message>
    <message>
        <source>Eloquence</source>
        <translation>口才</translation>
    </message>
    <message>
        <source>How others rate them</source>
        <translation>他人评价</translation>
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
        <source>Age</source>
        <translation>年龄</translation>
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
        <translation>家庭（配偶、子女）</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
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
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Role and stance</source>
        <translation>角色与立场</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>性格特点</translation>
    </message>
    <message>
        <source>Personal details (sensitive)</source>
        <translation>个人信息（敏感）</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>— nobody (top of the chart)</source>
        <translation>— 无（顶层）</translation>
    </message>
    <message>
        <source>Reloaded with your changes applied on top: check them and save again.</source>
        <translation>已重新载入，并在其上重新应用了您的修改：请检查后再次保存。</translation>
    </message>
    <message>
        <source>{age}, from the birthday</source>
        <translation>{age} 岁，按生日计算</translation>
    </message>
</context>
<context>
    <name>PersonHistory</name>
    <message>
        <source>Added</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
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
    <name>PersonMoves</name>
    <message>
        <source>{name} is already at {account}: choose the client they moved to.</source>
        <translation>{name} 已在{account}：请选择此人调往的客户。</translation>
    </message>
    <message>
        <source>That client no longer exists; choose another one or add it first.</source>
        <translation>该客户已不存在：请选择其他客户，或先添加该客户。</translation>
    </message>
    <message>
        <source>Way in through {name} (former coach at {account})</source>
        <translation>通过{name}切入（曾是{account}的教练）</translation>
    </message>
    <message>
        <source>{name} was our coach at {account} and joined this client on {day}.</source>
        <translation>{name} 曾是我们在{account}的教练，于 {day} 加入本客户。</translation>
    </message>
</context>
<context>
    <name>PersonPanel</name>
    <message>
        <source>Close the panel</source>
        <translation>关闭面板</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>强度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Draw a line from this person…</source>
        <translation>从此人画影响关系线…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>拜访记录</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响关系</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <source>History</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <source>Known on our team by ({count})</source>
        <translation>我方认识此人的同事（{count}）</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>can influence</source>
        <translation>能影响</translation>
    </message>
    <message>
        <source>is influenced by</source>
        <translation>受其影响</translation>
    </message>
    <message>
        <source>Influence ({count})</source>
        <translation>影响关系（{count}）</translation>
    </message>
    <message>
        <source>Double-click a line to change its strength or note.</source>
        <translation>双击一条影响关系线，可修改其强度或备注。</translation>
    </message>
</context>
<context>
    <name>PersonRules</name>
    <message>
        <source>{field}: enter the person&apos;s name.</source>
        <translation>{field}：请输入姓名。</translation>
    </message>
    <message>
        <source>{person} cannot report to themselves.</source>
        <translation>{person}不能向自己汇报。</translation>
    </message>
    <message>
        <source>{person} cannot report to {manager}: {manager} already reports to {person}, directly or through others.</source>
        <translation>{person}不能向{manager}汇报：{manager}已经直接或间接向{person}汇报。</translation>
    </message>
    <message>
        <source>{field}: choose someone of this account.</source>
        <translation>{field}：请选择本客户的人员。</translation>
    </message>
    <message>
        <source>An influence line goes from one person to another, not to the same person.</source>
        <translation>影响关系线要从一个人连到另一个人，不能连到自己。</translation>
    </message>
    <message>
        <source>{source} can already influence {target}; change that line instead.</source>
        <translation>已有{source}影响{target}的关系线，请修改那条线。</translation>
    </message>
    <message>
        <source>The strength of an influence line is 1 (weak), 2 or 3 (strong).</source>
        <translation>影响关系强度为 1（弱）、2 或 3（强）。</translation>
    </message>
    <message>
        <source>This person no longer exists; someone may have deleted them.</source>
        <translation>此人已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>RelationActions</name>
    <message>
        <source>Coverage matrix</source>
        <translation>关系覆盖矩阵</translation>
    </message>
    <message>
        <source>Who on our team knows whom in the decision group, and the gaps</source>
        <translation>决策小组中我方谁认识谁，以及缺口</translation>
    </message>
    <message>
        <source>Colour by stance</source>
        <translation>按立场着色</translation>
    </message>
    <message>
        <source>Colour by relationship owner</source>
        <translation>按关系负责人着色</translation>
    </message>
    <message>
        <source>What the colour of the cards shows</source>
        <translation>卡片颜色表示的内容</translation>
    </message>
</context>
<context>
    <name>Relationship</name>
    <message>
        <source>acquainted</source>
        <translation>认识</translation>
    </message>
    <message>
        <source>good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>密切</translation>
    </message>
    <message>
        <source>Enter the name of the colleague who knows them.</source>
        <translation>请输入认识此人的同事姓名。</translation>
    </message>
    <message>
        <source>A colleague&apos;s name has at most 80 characters; shorten it.</source>
        <translation>同事姓名最多 80 个字符，请缩短。</translation>
    </message>
    <message>
        <source>The strength of a relationship is 1 (acquainted), 2 (good) or 3 (strong).</source>
        <translation>关系强度为 1（认识）、2（良好）或 3（密切）。</translation>
    </message>
    <message>
        <source>{member} is already an owner of this person; change that entry instead.</source>
        <translation>{member}已是此人的关系负责人，请修改该条记录。</translation>
    </message>
    <message>
        <source>This person or relationship no longer exists; someone may have deleted it.</source>
        <translation>此人或这条关系已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>RoleBadge</name>
    <message>
        <source>KDM</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>TG</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>BG</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>PL</source>
        <translation>牵头</translation>
    </message>
    <message>
        <source>C</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>INF</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>PUR</source>
        <translation>采购</translation>
    </message>
    <message>
        <source>U</source>
        <translation>使用</translation>
    </message>
</context>
<context>
    <name>TimeActions</name>
    <message>
        <source>Lead created</source>
        <translation>已创建线索</translation>
    </message>
    <message>
        <source>The lead “{title}” is in the Opportunities tab, under Leads.</source>
        <translation>线索“{title}”已创建，可在“机会点”标签页的“线索”中查看。</translation>
    </message>
</context>
<context>
    <name>TimeControls</name>
    <message>
        <source>Map as of</source>
        <translation>查看日期</translation>
    </message>
    <message>
        <source>Show the map as it was at the end of this day</source>
        <translation>显示该日结束时的组织架构图</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Back to today&apos;s map, where you can edit</source>
        <translation>回到今天的组织架构图，可以编辑</translation>
    </message>
    <message>
        <source>What changed since…</source>
        <translation>此后有何变化…</translation>
    </message>
    <message>
        <source>New people, stance moves, new roles and titles, people who left or moved</source>
        <translation>新增人员、立场变化、新角色和职务、离开或调动的人员</translation>
    </message>
    <message>
        <source>The map as it was on {date}: read-only. Press Today to edit the current map.</source>
        <translation>{date} 时的组织架构图：只读。点击“今天”可编辑当前的图。</translation>
    </message>
    <message>
        <source>No change was recorded before this date: the map shows today&apos;s people and values, the best knowledge there is.</source>
        <translation>此日期之前没有变更记录：图中显示的是今天的人员和信息，这是目前掌握的最好情况。</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Closeness</source>
        <translation>亲近度</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信任度</translation>
    </message>
    <message>
        <source>No interactions logged yet</source>
        <translation>还没有接触记录</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>New interaction with {name}</source>
        <translation>新增与{name}的接触记录</translation>
    </message>
    <message>
        <source>Interaction with {name}</source>
        <translation>与{name}的接触记录</translation>
    </message>
    <message>
        <source>Our people; their people</source>
        <translation>我方人员；客户方人员</translation>
    </message>
    <message>
        <source>Information gathered</source>
        <translation>获得的信息</translation>
    </message>
</context>
<context>
    <name>VisitField</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>在场人员</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Closeness after</source>
        <translation>接触后亲近度</translation>
    </message>
    <message>
        <source>Trust after</source>
        <translation>接触后信任度</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人事（组织变动）</translation>
    </message>
    <message>
        <source>Business need</source>
        <translation>业务需求</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next step on</source>
        <translation>下一步日期</translation>
    </message>
</context>
<context>
    <name>VisitLog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
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
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>记录接触…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Make an action…</source>
        <translation>制定行动…</translation>
    </message>
    <message>
        <source>Make the selected interaction&apos;s next step an action with an owner and a date</source>
        <translation>将所选接触的下一步设为行动，指定负责人和日期</translation>
    </message>
    <message>
        <source>Interactions logged: {count}</source>
        <translation>接触记录：{count} 次</translation>
    </message>
    <message>
        <source>Select an interaction to read it here.</source>
        <translation>选中一次接触，即可在此查看详情。</translation>
    </message>
</context>
<context>
    <name>VisitRules</name>
    <message>
        <source>{field}: the date is in the future; log an interaction once it has happened and keep plans as the next step.</source>
        <translation>{field}：日期在将来。接触发生后再记录，计划请写在下一步里。</translation>
    </message>
    <message>
        <source>{field}: the next step cannot come before the interaction itself.</source>
        <translation>{field}：下一步不能早于这次接触。</translation>
    </message>
    <message>
        <source>This interaction no longer exists; someone may have deleted it.</source>
        <translation>这条接触记录已不存在，可能已被删除。</translation>
    </message>
</context>
</TS>
