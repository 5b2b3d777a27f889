<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BidDecisionDialog</name>
    <message>
        <source>Bid / no-bid decision</source>
        <translation>投标决策（投/不投）</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt;: tracking a project does not oblige us to bid. If any of these holds, we do not bid:</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;：跟踪了不等于必须投标。以下任一条件成立即不投标：</translation>
    </message>
    <message>
        <source>Veto conditions</source>
        <translation>否决条件</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>投标</translation>
    </message>
    <message>
        <source>Do not bid</source>
        <translation>不投标</translation>
    </message>
    <message>
        <source>Why (required for a no-bid without a veto)</source>
        <translation>原因（无否决条件而不投标时必填）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>A veto condition holds: the opportunity is marked “no bid”.</source>
        <translation>存在否决条件：该机会点标记为“不投标”。</translation>
    </message>
    <message>
        <source>No bid, for the reason given.</source>
        <translation>不投标，原因如上。</translation>
    </message>
    <message>
        <source>We bid. The Bid Checklist tab takes it from here.</source>
        <translation>投标。后续在“投标检查清单”中跟进。</translation>
    </message>
</context>
<context>
    <name>BuyingInfluences</name>
    <message>
        <source>Buying influences</source>
        <translation>购买影响者</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Role and stance in this deal</source>
        <translation>在本项目中的立场与角色</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响程度</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Personal win</source>
        <translation>个人赢点</translation>
    </message>
    <message>
        <source>{roles} (org chart)</source>
        <translation>{roles}（组织结构图）</translation>
    </message>
    <message>
        <source>Their personal win, in a sentence</source>
        <translation>一句话写出其个人赢点</translation>
    </message>
    <message>
        <source>Change {name} as a buying influence</source>
        <translation>修改购买影响者{name}</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Expected share</source>
        <translation>预计份额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CompetitorsPanel</name>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Expected share</source>
        <translation>预计份额</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>&lt;b&gt;Competitors&lt;/b&gt;</source>
        <translation>&lt;b&gt;竞争对手&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add competitor {name}</source>
        <translation>添加竞争对手 {name}</translation>
    </message>
    <message>
        <source>Edit competitor {name}</source>
        <translation>编辑竞争对手 {name}</translation>
    </message>
    <message>
        <source>Remove competitor {name}</source>
        <translation>移除竞争对手 {name}</translation>
    </message>
</context>
<context>
    <name>DecisionGroup</name>
    <message>
        <source>No decision group yet: add the people who decide this deal from the org chart.</source>
        <translation>尚无决策小组：请从组织架构图中添加决定此项目的人员。</translation>
    </message>
    <message>
        <source>No coach: nobody in the decision group supports us from inside.</source>
        <translation>没有教练：决策小组中没有人在内部支持我方。</translation>
    </message>
    <message>
        <source>No key decision maker in the decision group.</source>
        <translation>决策小组中没有关键决策者。</translation>
    </message>
    <message>
        <source>Key decision maker {name} is not supportive ({stance}).</source>
        <translation>关键决策者{name}不支持我方（{stance}）。</translation>
    </message>
    <message>
        <source>{name} is a blocker: firmly for a competitor.</source>
        <translation>{name}是死敌：坚定支持竞争对手。</translation>
    </message>
    <message>
        <source>Decision group: choose someone from this account.</source>
        <translation>决策小组：请选择本客户的人员。</translation>
    </message>
    <message>
        <source>{name} is already in the decision group.</source>
        <translation>{name}已在决策小组中。</translation>
    </message>
</context>
<context>
    <name>DecisionGroupPanel</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Role in this deal</source>
        <translation>在本项目中的角色</translation>
    </message>
    <message>
        <source>Stance in this deal</source>
        <translation>在本项目中的立场</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Role and stance…</source>
        <translation>角色与立场…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Show in org chart</source>
        <translation>在组织架构图中查看</translation>
    </message>
    <message>
        <source>{roles} (org chart)</source>
        <translation>{roles}（组织架构图）</translation>
    </message>
    <message>
        <source>{stance} (org chart)</source>
        <translation>{stance}（组织架构图）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ A coach is in the group and the key decision maker supports us.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✓ 小组中有教练，关键决策者支持我方。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Add {name} to the decision group</source>
        <translation>将{name}加入决策小组</translation>
    </message>
    <message>
        <source>Change {name} in this deal</source>
        <translation>修改{name}在本项目中的角色与立场</translation>
    </message>
    <message>
        <source>Remove {name} from the decision group</source>
        <translation>将{name}移出决策小组</translation>
    </message>
</context>
<context>
    <name>Discipline</name>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>{low}–{high} points</source>
        <translation>{low}–{high} 分</translation>
    </message>
</context>
<context>
    <name>DisciplineCharts</name>
    <message>
        <source>Funnel conversion against the 10 → 5 → 3 → 1 rule</source>
        <translation>漏斗转化与 10 → 5 → 3 → 1 规则对比</translation>
    </message>
    <message>
        <source>Share that reached the stage</source>
        <translation>到达该阶段的占比</translation>
    </message>
    <message>
        <source>Below the rule</source>
        <translation>低于规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No opportunities yet</source>
        <translation>还没有机会点</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>本阶段天数</translation>
    </message>
    <message>
        <source>Open deals so far (average)</source>
        <translation>未关闭机会点至今（平均）</translation>
    </message>
    <message>
        <source>Deals before them (average)</source>
        <translation>以往机会点（平均）</translation>
    </message>
    <message>
        <source>No stage history yet</source>
        <translation>还没有阶段历史</translation>
    </message>
    <message>
        <source>Decision dates that slipped (days later than promised)</source>
        <translation>推迟的决策日期（比承诺晚的天数）</translation>
    </message>
    <message>
        <source>No decision date has slipped</source>
        <translation>没有推迟的决策日期</translation>
    </message>
    <message>
        <source>{days} d, {count}×</source>
        <translation>{days} 天，{count} 次</translation>
    </message>
    <message>
        <source>Win rate by score band: reality against the scorecard</source>
        <translation>按评分段的胜率：实际与评分表对比</translation>
    </message>
    <message>
        <source>Won ÷ closed</source>
        <translation>赢单 ÷ 已关闭</translation>
    </message>
    <message>
        <source>Estimated win chance</source>
        <translation>估算赢率</translation>
    </message>
    <message>
        <source>No closed deals yet</source>
        <translation>还没有已关闭的机会点</translation>
    </message>
    <message>
        <source>{won}/{closed}</source>
        <translation>{won}/{closed}</translation>
    </message>
</context>
<context>
    <name>DisciplinePage</name>
    <message>
        <source>Pipeline growth last month</source>
        <translation>上月管道增长</translation>
    </message>
    <message>
        <source>Booked, not delivered</source>
        <translation>已签约未交付</translation>
    </message>
    <message>
        <source>Win rate of closed deals</source>
        <translation>已关闭机会点胜率</translation>
    </message>
    <message>
        <source>Open deals whose date slipped</source>
        <translation>日期推迟的未关闭机会点</translation>
    </message>
    <message>
        <source>Deals stuck in their stage</source>
        <translation>阶段停滞的机会点</translation>
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
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>本阶段天数</translation>
    </message>
    <message>
        <source>Stuck after</source>
        <translation>停滞阈值（天）</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>到达阶段</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>胜率</translation>
    </message>
    <message>
        <source>Slipped decision dates</source>
        <translation>推迟的决策日期</translation>
    </message>
    <message>
        <source>Stuck far longer than usual</source>
        <translation>停滞远超平常</translation>
    </message>
    <message>
        <source>Win rate by competitor met</source>
        <translation>按所遇竞争对手的胜率</translation>
    </message>
    <message>
        <source>Win rate by the furthest stage reached</source>
        <translation>按到达的最远阶段的胜率</translation>
    </message>
    <message>
        <source>All accounts, as of {date}.</source>
        <translation>全部客户，截至 {date}。</translation>
    </message>
    <message>
        <source>no open pipeline a month earlier</source>
        <translation>一个月前没有未关闭管道</translation>
    </message>
    <message>
        <source>open pipeline {amount} at {date}; keep within {low}–{high} %</source>
        <translation>{date} 未关闭管道 {amount}；应保持在 {low}–{high}%</translation>
    </message>
    <message>
        <source>no contract signed in the last year</source>
        <translation>近一年没有签订合同</translation>
    </message>
    <message>
        <source>{late} of {booked} booked in the last year has a delivery due and not arrived ({count} contracts); keep below {maximum} %</source>
        <translation>近一年签约 {booked}，其中 {late} 有到期未到货的交付（{count} 份合同）；应低于 {maximum}%</translation>
    </message>
    <message>
        <source>{won} won of {closed} closed</source>
        <translation>已关闭 {closed} 个，赢单 {won} 个</translation>
    </message>
    <message>
        <source>{slips} slips in all</source>
        <translation>共推迟 {slips} 次</translation>
    </message>
    <message>
        <source>more than twice their stage&apos;s usual time</source>
        <translation>超过该阶段平常时间的两倍</translation>
    </message>
    <message>
        <source>How these figures are computed: growth compares the open pipeline (not weighted, from the stage history) at the end of the last two months; booked = contracts signed in the last 12 months, not terminated, and not delivered = those with a delivery line due by today that has not arrived. Conversion = the share of all opportunities that reached each stage; the rule&apos;s 10 → 5 → 3 → 1 is spread over the stages from the first to Won. Stuck = more than twice the stage&apos;s average time, or {days} days where it has none. A slip is a move of the expected decision date to a later date. Win rates count closed deals only.</source>
        <translation>计算方法：增长比较最近两个月末的未关闭管道（未加权，按阶段历史）；签约额 = 近12个月签订且未终止的合同，未交付 = 其中有交付行到今天已到期但未到货的合同。转化率 = 全部机会点中到达各阶段的占比；10 → 5 → 3 → 1 规则均匀分布在从第一个阶段到赢单的各阶段上。停滞 = 超过该阶段平均时间的两倍，没有历史时为 {days} 天。推迟指预计决策日期改到更晚的日期。胜率只计已关闭的机会点。</translation>
    </message>
</context>
<context>
    <name>FactSheetPanel</name>
    <message>
        <source>Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>标的金额</translation>
    </message>
    <message>
        <source>Purchase time</source>
        <translation>采购时间</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>预计决策日期</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>预测类别</translation>
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
        <source>Key person</source>
        <translation>关键人物</translation>
    </message>
    <message>
        <source>Order priority</source>
        <translation>订单优先级</translation>
    </message>
    <message>
        <source>Information source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>人脉资源</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目描述</translation>
    </message>
    <message>
        <source>Win/loss reason</source>
        <translation>赢单/丢单原因</translation>
    </message>
    <message>
        <source>Who supports us: the decision maker, supporters (人脉资源)</source>
        <translation>谁支持我方：决策者、支持者（人脉资源）</translation>
    </message>
    <message>
        <source>Stage&apos;s ({percent} %)</source>
        <translation>按阶段（{percent}%）</translation>
    </message>
    <message>
        <source>Suggested from the contract and payments: {priority}</source>
        <translation>根据合同和回款建议：{priority}</translation>
    </message>
    <message>
        <source>First promised for {date}</source>
        <translation>最初承诺于 {date}</translation>
    </message>
    <message>
        <source>First promised for {date}; slips: {count}</source>
        <translation>最初承诺于 {date}；已推迟 {count} 次</translation>
    </message>
</context>
<context>
    <name>FactsForm</name>
    <message>
        <source>Revert</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>编辑“{name}”</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Coverage period: 1 to 12 months.</source>
        <translation>覆盖期须为 1 至 12 个月。</translation>
    </message>
    <message>
        <source>Minimum coverage: 0 to 1000 %.</source>
        <translation>最低覆盖率：0 至 1000%。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>类别变动</translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation>推迟</translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation>提前</translation>
    </message>
    <message>
        <source>Amount changed</source>
        <translation>金额变动</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <source>Commit accuracy band: the low end 0 to 100 %, the high end 100 to 1000 %.</source>
        <translation>承诺准确率区间：下限 0 至 100%，上限 100 至 1000%。</translation>
    </message>
    <message>
        <source>Target for {month}: cannot be negative.</source>
        <translation>{month} 的目标不能为负数。</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <source>Open pipeline, weighted</source>
        <translation>未关闭管道（加权）</translation>
    </message>
    <message>
        <source>Pipeline ÷ target</source>
        <translation>管道 ÷ 目标</translation>
    </message>
    <message>
        <source>Commit this month</source>
        <translation>本月承诺</translation>
    </message>
    <message>
        <source>Best case this month (upside)</source>
        <translation>本月最佳情况（有希望但未承诺）</translation>
    </message>
    <message>
        <source>Won this month</source>
        <translation>本月赢单</translation>
    </message>
    <message>
        <source>Actually closed ÷ last week&apos;s commit</source>
        <translation>实际成交 ÷ 上周承诺</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
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
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Weekly commit</source>
        <translation>每周承诺</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>变化情况：</translation>
    </message>
    <message>
        <source>All accounts, as of {date}. Amounts are weighted by probability unless said otherwise.</source>
        <translation>全部客户，截至 {date}。除另有说明外，金额均按赢率加权。</translation>
    </message>
    <message>
        <source>{count} open opportunities, {amount} in total</source>
        <translation>未关闭机会点 {count} 个，合计 {amount}</translation>
    </message>
    <message>
        <source>next {months} months: {pipeline} ÷ {target}; at least {minimum} %</source>
        <translation>未来 {months} 个月：{pipeline} ÷ {target}；应不低于 {minimum}%</translation>
    </message>
    <message>
        <source>no target set for the next {months} months</source>
        <translation>未来 {months} 个月未设目标</translation>
    </message>
    <message>
        <source>{count} deals; all dates: {total}</source>
        <translation>{count} 个；全部日期：{total}</translation>
    </message>
    <message>
        <source>{count} deals, not counted in commit; all dates: {total}</source>
        <translation>{count} 个，不计入承诺；全部日期：{total}</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>目标 {target}</translation>
    </message>
    <message>
        <source>no snapshot from an earlier week yet</source>
        <translation>尚无前几周的快照</translation>
    </message>
    <message>
        <source>nothing was committed for {month} in the week of {week}</source>
        <translation>{week} 当周没有承诺在 {month} 成交的机会点</translation>
    </message>
    <message>
        <source>{closed} closed of {committed} committed for {month} (week of {week}); keep within {low}–{high} %</source>
        <translation>{month}（{week} 当周）承诺 {committed}，实际成交 {closed}；应在 {low}–{high}% 之间</translation>
    </message>
    <message>
        <source>month still running</source>
        <translation>本月尚未结束</translation>
    </message>
    <message>
        <source>Freeze again</source>
        <translation>重新冻结</translation>
    </message>
    <message>
        <source>This week&apos;s snapshot was frozen on {when}: commit {commit}, best case {best}.</source>
        <translation>本周快照已于 {when} 冻结：承诺 {commit}，最佳情况 {best}。</translation>
    </message>
    <message>
        <source>Freeze this week&apos;s commit</source>
        <translation>冻结本周承诺</translation>
    </message>
    <message>
        <source>Not frozen yet this week. Freezing keeps Commit and Best case as they are now, to compare next week.</source>
        <translation>本周尚未冻结。冻结会保存当前的承诺和最佳情况，供下周对比。</translation>
    </message>
    <message>
        <source>Now against the week of {week}</source>
        <translation>当前与 {week} 当周对比</translation>
    </message>
    <message>
        <source>Week of {later} against the week of {earlier}</source>
        <translation>{later} 当周与 {earlier} 当周对比</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>How these figures are computed: weighted = amount × probability (the opportunity&apos;s own or its stage&apos;s). The forecast counts open opportunities in Commit, Best case and Pipeline by expected decision month; overdue ones count in the current month, Omitted ones nowhere. Pipeline ÷ target uses unweighted amounts over the next {months} months. Commit accuracy compares what the previous week&apos;s snapshot committed for its month with everything won in that month.</source>
        <translation>计算方法：加权金额 = 金额 × 赢率（机会点自身的赢率，否则取其阶段赢率）。预测按预计决策月份统计承诺、最佳情况和管道中未关闭的机会点；预计决策日期已过的计入当月，类别为“不计入”的不参与统计。管道 ÷ 目标使用未来 {months} 个月的未加权金额。承诺准确率比较上周快照对其所在月份的承诺与该月实际赢单金额。</translation>
    </message>
    <message>
        <source>Replace this week&apos;s snapshot with the commit as it is now?</source>
        <translation>用当前的承诺替换本周快照？</translation>
    </message>
</context>
<context>
    <name>ForecastSettingsPage</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Cisco&apos;s discipline: the open pipeline should cover the target of the coming months at least 1.5 times; what closes should stay within 95–110 % of last week&apos;s commit.</source>
        <translation>思科的预测纪律：未关闭管道应至少覆盖未来几个月目标的 1.5 倍；实际成交应保持在上周承诺的 95–110% 之间。</translation>
    </message>
    <message>
        <source>Coverage period</source>
        <translation>覆盖期</translation>
    </message>
    <message>
        <source>Minimum coverage</source>
        <translation>最低覆盖率</translation>
    </message>
    <message>
        <source>Commit accuracy from</source>
        <translation>承诺准确率下限</translation>
    </message>
    <message>
        <source>Commit accuracy up to</source>
        <translation>承诺准确率上限</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Weighted pipeline by stage (number of deals)</source>
        <translation>各阶段加权管道（机会点数）</translation>
    </message>
    <message>
        <source>{amount} ({count})</source>
        <translation>{amount}（{count}）</translation>
    </message>
    <message>
        <source>{stage} ({percent}% on average)</source>
        <translation>{stage}（平均 {percent}%）</translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message>
        <source>The opportunity starts with this amount</source>
        <translation>转为机会点时以此金额为初始金额</translation>
    </message>
    <message>
        <source>Use it</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Convert to opportunity</source>
        <translation>转为机会点</translation>
    </message>
    <message>
        <source>Open the opportunity</source>
        <translation>打开机会点</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>线索名称</translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>时间窗</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>预估金额</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Pain or expectation</source>
        <translation>痛点/期望</translation>
    </message>
    <message>
        <source>Solution idea</source>
        <translation>解决方案思路</translation>
    </message>
    <message>
        <source>Investment plan and budget</source>
        <translation>投资计划和预算</translation>
    </message>
    <message>
        <source>Customer relationship</source>
        <translation>客户关系</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>线索温度</translation>
    </message>
    <message>
        <source>MAN screen</source>
        <translation>MAN 筛选</translation>
    </message>
    <message>
        <source>Is it an opportunity?</source>
        <translation>是否已成为机会点？</translation>
    </message>
    <message>
        <source>Suggested: {temperature} ({count} of {total})</source>
        <translation>建议：{temperature}（满足 {count}/{total} 项）</translation>
    </message>
    <message>
        <source>{count} of 3</source>
        <translation>满足 {count}/3 项</translation>
    </message>
    <message>
        <source>Converted to an opportunity.</source>
        <translation>已转为机会点。</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b7f3b&apos;&gt;All three hold: convert it.&lt;/b&gt;</source>
        <translation>&lt;b style=&apos;color:#1b7f3b&apos;&gt;三项均满足：可以转为机会点。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not yet: all three must hold.</source>
        <translation>尚未满足：三项须全部满足。</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>Urgent for the customer</source>
        <translation>客户需求紧迫</translation>
    </message>
    <message>
        <source>Mature solution that matches our product</source>
        <translation>方案成熟且与我方产品匹配</translation>
    </message>
    <message>
        <source>Clear short-term benefit for the customer</source>
        <translation>客户短期收益明确</translation>
    </message>
    <message>
        <source>Consensus inside the customer</source>
        <translation>客户内部意见一致</translation>
    </message>
    <message>
        <source>Buying within six months</source>
        <translation>六个月内采购</translation>
    </message>
    <message>
        <source>Money: the customer can pay</source>
        <translation>Money（资金）：客户有支付能力</translation>
    </message>
    <message>
        <source>Authority: we reach who decides</source>
        <translation>Authority（权力）：我方能接触到决策者</translation>
    </message>
    <message>
        <source>Need: a real need exists</source>
        <translation>Need（需求）：确有需求</translation>
    </message>
    <message>
        <source>The customer has entered its buying process</source>
        <translation>客户已进入采购流程</translation>
    </message>
    <message>
        <source>There is an investment plan and a budget</source>
        <translation>已有明确的投资计划和预算</translation>
    </message>
    <message>
        <source>We can take part</source>
        <translation>我方可以参与</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>预估金额</translation>
    </message>
    <message>
        <source>This lead fails the MAN screen (money, authority, need): confirm the conversion, or qualify it further first.</source>
        <translation>该线索未通过 MAN 筛选（资金、权力、需求）：请确认转换，或先进一步确认线索。</translation>
    </message>
    <message>
        <source>Lead temperature: warm needs 1 to {most} criteria, and hot at least as many.</source>
        <translation>线索温度：“温”需要 1 至 {most} 项，“热”不少于“温”。</translation>
    </message>
    <message>
        <source>Title: a lead needs a title.</source>
        <translation>线索名称：必须填写。</translation>
    </message>
    <message>
        <source>Time window: the end comes before the start.</source>
        <translation>时间窗：结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <source>The stage list has no open stage.</source>
        <translation>阶段列表中没有未关闭的阶段。</translation>
    </message>
    <message>
        <source>Status: this lead became an opportunity; undo the conversion instead.</source>
        <translation>状态：此线索已转为机会点；如需恢复请撤销转化。</translation>
    </message>
    <message>
        <source>Only an open lead can be converted.</source>
        <translation>只有跟进中的线索可以转化。</translation>
    </message>
    <message>
        <source>Not an opportunity yet: “{criterion}” does not hold.</source>
        <translation>尚不是机会点：“{criterion}”不满足。</translation>
    </message>
    <message>
        <source>This lead was not converted.</source>
        <translation>此线索未转化。</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>MAN</source>
        <translation>MAN</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>时间窗</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>(checklist: {temperature})</source>
        <translation>（清单建议：{temperature}）</translation>
    </message>
    <message>
        <source>{count} leads, {open} open</source>
        <translation>线索 {count} 条，跟进中 {open} 条</translation>
    </message>
    <message>
        <source>New lead {title}</source>
        <translation>新建线索 {title}</translation>
    </message>
    <message>
        <source>Edit lead {title}</source>
        <translation>编辑线索 {title}</translation>
    </message>
    <message>
        <source>Convert lead to opportunity</source>
        <translation>线索转为机会点</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <source>“{title}” is now an opportunity in the first stage. Open it from here or from the Opportunities list.</source>
        <translation>“{title}”已成为第一阶段的机会点。可从此处或机会点列表打开。</translation>
    </message>
    <message>
        <source>MAN screen</source>
        <translation>MAN 筛选</translation>
    </message>
    <message>
        <source>“{title}” fails the MAN screen:

{lines}

A lead without money, authority and need seldom becomes an order. Convert it to an opportunity anyway?</source>
        <translation>“{title}”未通过 MAN 筛选：

{lines}

缺少资金、权力和需求的线索很少能成单。仍要转为机会点吗？</translation>
    </message>
    <message>
        <source>Delete lead</source>
        <translation>删除线索</translation>
    </message>
    <message>
        <source>Delete the lead “{title}”?</source>
        <translation>删除线索“{title}”？</translation>
    </message>
    <message>
        <source>Delete lead {title}</source>
        <translation>删除线索 {title}</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>{name} in this deal</source>
        <translation>{name}在本项目中的角色与立场</translation>
    </message>
    <message>
        <source>As in the org chart ({roles})</source>
        <translation>同组织架构图（{roles}）</translation>
    </message>
    <message>
        <source>As in the org chart ({stance})</source>
        <translation>同组织架构图（{stance}）</translation>
    </message>
    <message>
        <source>Role in this deal</source>
        <translation>在本项目中的角色</translation>
    </message>
    <message>
        <source>Stance in this deal</source>
        <translation>在本项目中的立场</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MonthlyForecastChart</name>
    <message>
        <source>12-month forecast (weighted) against target</source>
        <translation>12 个月预测（加权）与目标</translation>
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
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>NewOpportunityDialog</name>
    <message>
        <source>New opportunity</source>
        <translation>新建机会点</translation>
    </message>
    <message>
        <source>It starts in the first stage; fill in the fact sheet afterwards.</source>
        <translation>从第一阶段开始；之后再填写信息初始表。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>标的金额</translation>
    </message>
    <message>
        <source>Expected decision</source>
        <translation>预计决策日期</translation>
    </message>
</context>
<context>
    <name>ObjectiveDialog</name>
    <message>
        <source>Single sales objective</source>
        <translation>单一销售目标</translation>
    </message>
    <message>
        <source>What we sell them, in a sentence</source>
        <translation>一句话说明我们卖给客户什么</translation>
    </message>
    <message>
        <source>The deal&apos;s amount</source>
        <translation>机会点金额</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>How much (0: the deal&apos;s amount)</source>
        <translation>金额（0：按机会点金额）</translation>
    </message>
    <message>
        <source>By when (—: the decision date)</source>
        <translation>完成时间（—：按决策日期）</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Preliminary budget</source>
        <translation>初步预算</translation>
    </message>
    <message>
        <source>Communication rhythm</source>
        <translation>沟通机制与频率</translation>
    </message>
    <message>
        <source>Milestone plan</source>
        <translation>里程碑计划</translation>
    </message>
    <message>
        <source>Bonus split</source>
        <translation>业绩及奖金分配</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>项目目标</translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation>成功标准</translation>
    </message>
    <message>
        <source>First risks</source>
        <translation>初步识别的风险</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>发起人</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation>客户代表</translation>
    </message>
    <message>
        <source>Solution representative</source>
        <translation>解决方案代表</translation>
    </message>
    <message>
        <source>Delivery representative</source>
        <translation>交付代表</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>标的金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Name: an opportunity needs a name.</source>
        <translation>项目名称：必须填写。</translation>
    </message>
    <message>
        <source>Amount: cannot be negative.</source>
        <translation>标的金额：不能为负数。</translation>
    </message>
    <message>
        <source>Forecast category: a closed opportunity stays “Won” or “Lost”; move it back to an open stage first.</source>
        <translation>预测类别：已关闭的机会点只能是“赢单”或“丢单”；请先移回未关闭的阶段。</translation>
    </message>
    <message>
        <source>Forecast category: “Won” and “Lost” follow from the Won and Lost stages; move the opportunity there instead.</source>
        <translation>预测类别：“赢单”和“丢单”由赢单、丢单阶段决定；请改为移动到该阶段。</translation>
    </message>
    <message>
        <source>Key person: choose someone from this account&apos;s org chart.</source>
        <translation>关键人物：请从本客户的组织架构图中选择。</translation>
    </message>
    <message>
        <source>Competitor: give the competitor&apos;s name.</source>
        <translation>竞争对手：请填写名称。</translation>
    </message>
    <message>
        <source>Expected share: must be 0 to 100 %.</source>
        <translation>预计份额：必须在 0 至 100% 之间。</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <source>Opportunities</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <source>Pipeline and forecast</source>
        <translation>管道与预测</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>漏斗</translation>
    </message>
</context>
<context>
    <name>OpportunityEditor</name>
    <message>
        <source>Fact sheet</source>
        <translation>信息初始表</translation>
    </message>
    <message>
        <source>Team and charter</source>
        <translation>团队与项目章程</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Decision group</source>
        <translation>决策小组</translation>
    </message>
    <message>
        <source>Score card</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Select an opportunity to see and edit it.</source>
        <translation>选择一个机会点以查看和编辑。</translation>
    </message>
    <message>
        <source>{stage} · {percent} %</source>
        <translation>{stage} · {percent}%</translation>
    </message>
    <message>
        <source>{amount} → weighted {weighted}</source>
        <translation>{amount} → 加权 {weighted}</translation>
    </message>
    <message>
        <source>decision {date}</source>
        <translation>预计决策 {date}</translation>
    </message>
    <message>
        <source>bid decision: {decision}</source>
        <translation>投标决策：{decision}</translation>
    </message>
    <message>
        <source>owner {owner}</source>
        <translation>负责人 {owner}</translation>
    </message>
</context>
<context>
    <name>OpportunityFilterBar</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>In the forecast (Commit, Best case)</source>
        <translation>计入预测（承诺、最佳情况）</translation>
    </message>
    <message>
        <source>Expected decision from</source>
        <translation>预计决策日期自</translation>
    </message>
    <message>
        <source>Expected decision until</source>
        <translation>预计决策日期至</translation>
    </message>
    <message>
        <source>Search name, account, key person, owner…</source>
        <translation>搜索名称、客户、关键人物、负责人…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决策</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Open stages</source>
        <translation>未关闭阶段</translation>
    </message>
</context>
<context>
    <name>OpportunityListPage</name>
    <message>
        <source>New opportunity…</source>
        <translation>新建机会点…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>{count} opportunities · amount {amount} · weighted {weighted}</source>
        <translation>机会点 {count} 个 · 金额 {amount} · 加权 {weighted}</translation>
    </message>
    <message>
        <source>filtered</source>
        <translation>已筛选</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save your changes to “{name}”?</source>
        <translation>保存对“{name}”的修改？</translation>
    </message>
    <message>
        <source>New opportunity {name}</source>
        <translation>新建机会点 {name}</translation>
    </message>
    <message>
        <source>Delete opportunity</source>
        <translation>删除机会点</translation>
    </message>
    <message>
        <source>Move “{name}” with its stage history, decision group, competitors, scoring forms and tenders to the trash? Undo brings it all back, and Edit ▸ Trash can restore it for 30 days.</source>
        <translation>将“{name}”连同其阶段历史、决策小组、竞争对手、评分表和投标项目移入回收站？撤销可全部恢复，30 天内也可在“编辑 ▸ 回收站”中还原。</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>删除 {name}</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
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
        <source>Expected decision</source>
        <translation>预计决策</translation>
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
        <source>Weighted amount</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>本阶段天数</translation>
    </message>
    <message>
        <source>Key person</source>
        <translation>关键人物</translation>
    </message>
    <message>
        <source>Order priority</source>
        <translation>订单优先级</translation>
    </message>
    <message>
        <source>Set for this opportunity (not the stage&apos;s)</source>
        <translation>为本机会点单独设置（非阶段赢率）</translation>
    </message>
    <message>
        <source>The probability of its stage</source>
        <translation>所在阶段的阶段赢率</translation>
    </message>
    <message>
        <source>{amount} × {percent}% = {weighted}</source>
        <translation>{amount} × {percent}% = {weighted}</translation>
    </message>
    <message>
        <source>The expected decision date has passed</source>
        <translation>预计决策日期已过</translation>
    </message>
    <message>
        <source>Latest opportunity evaluation: {score} of 16 points</source>
        <translation>最近一次机会点评估：{score} 分（满分 16）</translation>
    </message>
</context>
<context>
    <name>RatingFormDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Overall comment</source>
        <translation>总体评语</translation>
    </message>
    <message>
        <source>Opportunity evaluation</source>
        <translation>机会点评估</translation>
    </message>
    <message>
        <source>Customer payment capacity</source>
        <translation>客户付款能力</translation>
    </message>
    <message>
        <source>Sales opportunity assessment</source>
        <translation>销售机会评估表</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt;: rate each criterion 4 (best) to 1. The points give the estimated win chance.</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;：每项按 4（最好）至 1 评分，总分换算为估算赢率。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt;: rate the customer&apos;s ability to pay, 4 (best) to 1. Ratings read from the account&apos;s record are filled in already.</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;：按 4（最好）至 1 评价客户付款能力。已根据客户档案预填评分。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{subject}&lt;/b&gt;: rate each item 5 (very favourable to us) to 1 (very unfavourable) and say why. “Can we win?” is answered by the opportunity evaluation.</source>
        <translation>&lt;b&gt;{subject}&lt;/b&gt;：每项按 5（对我方非常有利）至 1（非常不利）评分并写评语。“能赢吗？”由机会点评估回答。</translation>
    </message>
    <message>
        <source>Comment (evidence)</source>
        <translation>评语（依据）</translation>
    </message>
    <message>
        <source>{count} still to rate.</source>
        <translation>还有 {count} 项未评分。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Rule: {formula}.&lt;/i&gt;</source>
        <translation>&lt;i&gt;规则：{formula}。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{grade} from {points} points</source>
        <translation>{grade}：{points} 分起</translation>
    </message>
    <message>
        <source>&lt;i&gt;Rule: {bands}; {lowest} below.&lt;/i&gt;</source>
        <translation>&lt;i&gt;规则：{bands}；更低为 {lowest}。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{verdict} from an average of {value}</source>
        <translation>平均 {value} 分起为“{verdict}”</translation>
    </message>
    <message>
        <source>&lt;i&gt;Rule, per question: {bands}; otherwise no.&lt;/i&gt;</source>
        <translation>&lt;i&gt;每个问题的规则：{bands}；否则为“否”。&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule an action</source>
        <translation>安排行动</translation>
    </message>
    <message>
        <source>Who on our team will do it</source>
        <translation>由我方哪位同事负责</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>By</source>
        <translation>截止日期</translation>
    </message>
</context>
<context>
    <name>ScoreCardPanel</name>
    <message>
        <source>Can we win? · Opportunity evaluation</source>
        <translation>能赢吗？· 机会点评估</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Real? Winnable? Worth winning?</source>
        <translation>是真的吗？能赢吗？值得赢吗？</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <source>Customer payment capacity</source>
        <translation>客户付款能力</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>评级…</translation>
    </message>
    <message>
        <source>Bid / no-bid</source>
        <translation>投标决策</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>决策…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Delete form</source>
        <translation>删除表单</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every form, with its date&lt;/b&gt;</source>
        <translation>&lt;b&gt;全部表单（按日期）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not evaluated yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <source>On {date}:</source>
        <translation>{date}：</translation>
    </message>
    <message>
        <source>&lt;i&gt;{formula}.&lt;/i&gt;</source>
        <translation>&lt;i&gt;{formula}。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Stage probability: {percent} %.</source>
        <translation>阶段赢率：{percent}%。</translation>
    </message>
    <message>
        <source>Trend: {steps} {arrow}</source>
        <translation>趋势：{steps} {arrow}</translation>
    </message>
    <message>
        <source>{question} {percent} % estimated (evaluation)</source>
        <translation>{question} 估算赢率 {percent}%（机会点评估）</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <source>The latest form is incomplete.</source>
        <translation>最近的表单不完整。</translation>
    </message>
    <message>
        <source>Total {total} of 50.</source>
        <translation>总分 {total}（满分 50）。</translation>
    </message>
    <message>
        <source>Not rated yet for this account.</source>
        <translation>该客户尚未评级。</translation>
    </message>
    <message>
        <source>On {date} (the whole account):</source>
        <translation>{date}（整个客户）：</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Decided on {date}.</source>
        <translation>决策日期：{date}。</translation>
    </message>
    <message>
        <source>Use the estimated {percent} % as probability</source>
        <translation>采用估算赢率 {percent}% 作为本机会点的赢率</translation>
    </message>
    <message>
        <source>Use the estimated win chance as probability</source>
        <translation>采用估算赢率作为赢率</translation>
    </message>
    <message>
        <source>Fill in: {form}</source>
        <translation>填写：{form}</translation>
    </message>
    <message>
        <source>Delete the {form} of {date}?</source>
        <translation>删除 {date} 的{form}？</translation>
    </message>
</context>
<context>
    <name>ScoreText</name>
    <message>
        <source>&lt;b&gt;{points} points&lt;/b&gt; of 16 → estimated win chance &lt;b&gt;{percent}&amp;nbsp;%&lt;/b&gt;</source>
        <translation>&lt;b&gt;{points} 分&lt;/b&gt;（满分 16）→ 估算赢率 &lt;b&gt;{percent}%&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;{points} points&lt;/b&gt; of 16 → grade &lt;b&gt;{grade}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{points} 分&lt;/b&gt;（满分 16）→ 等级 &lt;b&gt;{grade}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{question} {verdict} (average {average} of 5)</source>
        <translation>{question} {verdict}（平均 {average} 分，满分 5）</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>Reason: say why we do not bid.</source>
        <translation>原因：请说明为何不投标。</translation>
    </message>
    <message>
        <source>Is it real?</source>
        <translation>是真的吗？</translation>
    </message>
    <message>
        <source>Can we win?</source>
        <translation>能赢吗？</translation>
    </message>
    <message>
        <source>Is it worth winning?</source>
        <translation>值得赢吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Probably</source>
        <translation>较可能</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>存疑</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Brand / product recognition</source>
        <translation>公司/产品品牌认同度</translation>
    </message>
    <message>
        <source>The customer draws on our scheme</source>
        <translation>按我方方案上图</translation>
    </message>
    <message>
        <source>Recognises us</source>
        <translation>认可</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>无倾向性</translation>
    </message>
    <message>
        <source>Does not recognise us</source>
        <translation>不认可</translation>
    </message>
    <message>
        <source>Customer maturity</source>
        <translation>客户成熟度</translation>
    </message>
    <message>
        <source>Long-term partner</source>
        <translation>长期合作客户</translation>
    </message>
    <message>
        <source>Past contract and cooperation</source>
        <translation>有过合同且有过合作关系</translation>
    </message>
    <message>
        <source>Past contract or cooperation</source>
        <translation>有过合同或有合作关系</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>Main competitors&apos; share</source>
        <translation>主要竞争对手参与比例</translation>
    </message>
    <message>
        <source>Up to 10 %</source>
        <translation>(0, 10%]</translation>
    </message>
    <message>
        <source>Over 10 % up to 40 %</source>
        <translation>(10%, 40%]</translation>
    </message>
    <message>
        <source>Over 40 % up to 70 %</source>
        <translation>(40%, 70%]</translation>
    </message>
    <message>
        <source>Over 70 %</source>
        <translation>(70%, 100%]</translation>
    </message>
    <message>
        <source>Price competitiveness</source>
        <translation>价格竞争力</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>很强</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>所有制性质</translation>
    </message>
    <message>
        <source>Financial condition</source>
        <translation>客户财务状况</translation>
    </message>
    <message>
        <source>Payment history</source>
        <translation>付款记录</translation>
    </message>
    <message>
        <source>Industry stage</source>
        <translation>行业发展阶段</translation>
    </message>
    <message>
        <source>The customer&apos;s application or project is clear</source>
        <translation>客户的应用需求或项目明确</translation>
    </message>
    <message>
        <source>What does the customer need, what is the key problem, who sponsors the plan?</source>
        <translation>客户需求是什么？关键问题与项目目的是什么？谁是计划的发起人？</translation>
    </message>
    <message>
        <source>The customer&apos;s business is strong</source>
        <translation>客户的业务状况强劲</translation>
    </message>
    <message>
        <source>Is the customer&apos;s business growing and well funded?</source>
        <translation>客户业务是否在增长、资金是否充足？</translation>
    </message>
    <message>
        <source>The project approval is sound</source>
        <translation>项目立项手续完备</translation>
    </message>
    <message>
        <source>Has the project been approved, and by whom?</source>
        <translation>项目是否已立项？由谁批准？</translation>
    </message>
    <message>
        <source>The project has a budget</source>
        <translation>项目有预算</translation>
    </message>
    <message>
        <source>How much, from which source, and is it in place?</source>
        <translation>多少？来源是什么？是否到位？</translation>
    </message>
    <message>
        <source>The project is urgent for the customer</source>
        <translation>项目对客户而言很紧迫</translation>
    </message>
    <message>
        <source>What deadline drives it?</source>
        <translation>由什么期限驱动？</translation>
    </message>
    <message>
        <source>Our short-term revenue</source>
        <translation>我们的短期销售收入</translation>
    </message>
    <message>
        <source>How much, and how soon?</source>
        <translation>多少？多快？</translation>
    </message>
    <message>
        <source>Our future revenue</source>
        <translation>我们的未来销售收入</translation>
    </message>
    <message>
        <source>Follow-on phases, services, other sites</source>
        <translation>后续期次、服务、其他地点</translation>
    </message>
    <message>
        <source>Our profit</source>
        <translation>我们的利润</translation>
    </message>
    <message>
        <source>Expected margin after discounts</source>
        <translation>折扣后的预计毛利</translation>
    </message>
    <message>
        <source>Our risk</source>
        <translation>我们的风险</translation>
    </message>
    <message>
        <source>5 = low risk, 1 = high risk (delivery, payment, blockers)</source>
        <translation>5 = 风险低，1 = 风险高（交付、回款、死敌）</translation>
    </message>
    <message>
        <source>Strategic value for expanding our market</source>
        <translation>对我们扩充市场的战略价值</translation>
    </message>
    <message>
        <source>A reference customer, a new industry or region?</source>
        <translation>样板客户、新行业或新区域？</translation>
    </message>
    <message>
        <source>The customer explicitly rejects our product or scheme</source>
        <translation>客户明确拒绝我方产品（方案）</translation>
    </message>
    <message>
        <source>There is no need for our products</source>
        <translation>明确无产品需求</translation>
    </message>
    <message>
        <source>It goes against our company&apos;s sales strategy</source>
        <translation>不符合公司产品销售策略</translation>
    </message>
    <message>
        <source>{low_points} points = {low_percent} %, {high_points} points = {high_percent} %, linear in between, rounded to a whole percent</source>
        <translation>{low_points} 分 = {low_percent}%，{high_points} 分 = {high_percent}%，中间按线性换算，四舍五入到整数百分比</translation>
    </message>
    <message>
        <source>Win-chance formula: the low points must be below the high points, both 4 to 16.</source>
        <translation>估算赢率公式：低分点必须低于高分点，且都在 4 至 16 之间。</translation>
    </message>
    <message>
        <source>Win-chance formula: percentages must be 0 to 100.</source>
        <translation>估算赢率公式：百分比必须在 0 至 100 之间。</translation>
    </message>
    <message>
        <source>Weight of “{criterion}”: must be 0 to {most}.</source>
        <translation>“{criterion}”的权重：必须在 0 至 {most} 之间。</translation>
    </message>
    <message>
        <source>At least one criterion of a form needs a weight above 0.</source>
        <translation>每张表至少要有一项的权重大于 0。</translation>
    </message>
    <message>
        <source>Payment capacity grades: each grade needs fewer points than the one above, all between 4 and 16.</source>
        <translation>付款能力等级：每一等级的分数必须低于上一等级，且都在 4 至 16 之间。</translation>
    </message>
    <message>
        <source>Ten-item verdicts: each verdict needs a lower average than the one above, all between 1 and 5.</source>
        <translation>十项评估结论：每一结论的平均分必须低于上一结论，且都在 1 至 5 之间。</translation>
    </message>
    <message>
        <source>Rate “{criterion}” from {low} to {high}.</source>
        <translation>请为“{criterion}”评分（{low} 至 {high}）。</translation>
    </message>
</context>
<context>
    <name>ScoringSettingsPage</name>
    <message>
        <source>Estimated win chance from the evaluation</source>
        <translation>由机会点评估换算估算赢率</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>points =</source>
        <translation>分 =</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Evaluation weights</source>
        <translation>机会点评估权重</translation>
    </message>
    <message>
        <source>Payment capacity weights</source>
        <translation>付款能力权重</translation>
    </message>
    <message>
        <source>Payment capacity grades (lowest points)</source>
        <translation>付款能力等级（最低分）</translation>
    </message>
    <message>
        <source>Below the last: {grade}</source>
        <translation>低于最后一级：{grade}</translation>
    </message>
    <message>
        <source>Ten-item verdicts (lowest average rating)</source>
        <translation>十项评估结论（最低平均分）</translation>
    </message>
    <message>
        <source>Lead temperature (criteria ticked, of {total})</source>
        <translation>线索温度（{total} 项中勾选的项数）</translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation>“热”起始</translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation>“温”起始</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>{formula}. For example: {examples}.</source>
        <translation>{formula}。例如：{examples}。</translation>
    </message>
</context>
<context>
    <name>SnapshotChart</name>
    <message>
        <source>Weekly commit snapshots</source>
        <translation>每周承诺快照</translation>
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
        <source>now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Make an action…</source>
        <translation>制定行动…</translation>
    </message>
    <message>
        <source>Plan what our team will do to meet the selected criterion, and by when</source>
        <translation>安排我方团队为满足所选退出标准要做什么、何时完成</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>强制推进</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>移动到</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exit criteria&lt;/b&gt; (tick what is done)</source>
        <translation>&lt;b&gt;阶段退出标准&lt;/b&gt;（勾选已完成项）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stage history&lt;/b&gt;</source>
        <translation>&lt;b&gt;阶段历史&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ skipped: {items}</source>
        <translation>⚠ 未满足即推进：{items}</translation>
    </message>
    <message>
        <source>Move to the next stage</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <source>&lt;b&gt;{stage}&lt;/b&gt; · stage probability {percent} % · {days} days in this stage · {done} of {total} exit criteria met</source>
        <translation>&lt;b&gt;{stage}&lt;/b&gt; · 阶段赢率 {percent}% · 本阶段已 {days} 天 · 退出标准已满足 {done}/{total}</translation>
    </message>
    <message>
        <source>Ticked {when} by {who}</source>
        <translation>{who} 于 {when} 勾选</translation>
    </message>
    <message>
        <source>This stage has no exit criteria.</source>
        <translation>此阶段没有退出标准。</translation>
    </message>
    <message>
        <source>Move to {stage} ▸</source>
        <translation>进入 {stage} ▸</translation>
    </message>
    <message>
        <source>Tick “{item}”</source>
        <translation>勾选“{item}”</translation>
    </message>
    <message>
        <source>Untick “{item}”</source>
        <translation>取消勾选“{item}”</translation>
    </message>
    <message>
        <source>Exit criteria not met</source>
        <translation>退出标准未满足</translation>
    </message>
    <message numerus="yes">
        <source>%n exit criteria not met:

{items}

Move to {stage} anyway? The override is recorded in the stage history.</source>
        <translation>
            <numerusform>%n 项退出标准未满足：

{items}

仍要推进到{stage}吗？强制推进将记录在阶段历史中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the manual probability?</source>
        <translation>保留手动设置的赢率？</translation>
    </message>
    <message>
        <source>This opportunity&apos;s probability was set by hand to {override} %. Keep it in {stage}? Yes keeps {override} %; No uses the stage probability of {percent} %.</source>
        <translation>该机会点的赢率是手动设置的 {override}%。进入{stage}后是否保留？选“是”保留 {override}%；选“否”使用阶段赢率 {percent}%。</translation>
    </message>
    <message>
        <source>Close the opportunity</source>
        <translation>关闭机会点</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>移动到 {stage}</translation>
    </message>
    <message>
        <source>Why did we win? (kept as the win/loss reason)</source>
        <translation>为什么赢单？（记为赢单/丢单原因）</translation>
    </message>
    <message>
        <source>Why did we lose? (kept as the win/loss reason)</source>
        <translation>为什么丢单？（记为赢单/丢单原因）</translation>
    </message>
</context>
<context>
    <name>StageSettingsPage</name>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Stage probability %</source>
        <translation>阶段赢率（%）</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>机会点数</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Exit criterion (English)</source>
        <translation>退出标准（英文）</translation>
    </message>
    <message>
        <source>Exit criterion (Chinese)</source>
        <translation>退出标准（中文）</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>添加标准</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>删除标准</translation>
    </message>
    <message>
        <source>Stage probabilities weight the pipeline unless an opportunity sets its own. Won and Lost close a deal and stay last; a stage can be removed only while no opportunity is or was in it.</source>
        <translation>阶段赢率用于对管道加权（机会点单独设置了赢率的除外）。“赢单”和“丢单”用于关闭机会点，始终排在最后；只有当前和历史上都没有机会点的阶段才能移除。</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exit criteria of “{stage}”&lt;/b&gt;</source>
        <translation>&lt;b&gt;“{stage}”的退出标准&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>That stage no longer exists.</source>
        <translation>该阶段已不存在。</translation>
    </message>
    <message>
        <source>The opportunity is already in that stage.</source>
        <translation>机会点已处于该阶段。</translation>
    </message>
    <message>
        <source>The stage list needs at least one open stage.</source>
        <translation>阶段列表至少需要一个未关闭的阶段。</translation>
    </message>
    <message>
        <source>Stage {number}: give its name in English and in Chinese.</source>
        <translation>第 {number} 个阶段：请填写英文和中文名称。</translation>
    </message>
    <message>
        <source>Stage “{name}”: the stage probability must be 0 to 100 %.</source>
        <translation>阶段“{name}”：阶段赢率必须在 0 至 100% 之间。</translation>
    </message>
    <message>
        <source>Stage “{name}”: an exit criterion has no text.</source>
        <translation>阶段“{name}”：有一项退出标准没有内容。</translation>
    </message>
    <message>
        <source>The Won and Lost stages cannot be removed.</source>
        <translation>“赢单”和“丢单”阶段不能移除。</translation>
    </message>
    <message>
        <source>Stage “{name}” still holds {count} opportunities: move them first.</source>
        <translation>阶段“{name}”中仍有 {count} 个机会点：请先移走。</translation>
    </message>
    <message>
        <source>Stage “{name}” appears in the stage history of {count} opportunities and cannot be removed; rename it instead.</source>
        <translation>阶段“{name}”出现在 {count} 个机会点的阶段历史中，不能移除；可改名。</translation>
    </message>
</context>
<context>
    <name>Strategy</name>
    <message>
        <source>Economic buyer</source>
        <translation>经济购买者</translation>
    </message>
    <message>
        <source>User buyers</source>
        <translation>使用购买者</translation>
    </message>
    <message>
        <source>Technical buyers</source>
        <translation>技术购买者</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>教练</translation>
    </message>
    <message>
        <source>No economic buyer: find out who gives the final yes and controls the money.</source>
        <translation>没有经济购买者：弄清由谁最终拍板、谁掌握资金。</translation>
    </message>
    <message>
        <source>No user buyer: nobody who will use the system judges our offer yet.</source>
        <translation>没有使用购买者：尚无系统的使用者评判我们的方案。</translation>
    </message>
    <message>
        <source>No technical buyer: nobody screens the offers against the specification yet.</source>
        <translation>没有技术购买者：尚无人按技术规范筛选各家方案。</translation>
    </message>
    <message>
        <source>No coach: nobody guides us through this deal from inside.</source>
        <translation>没有教练：客户内部无人指引我们推进本项目。</translation>
    </message>
    <message>
        <source>org chart</source>
        <translation>组织结构图</translation>
    </message>
    <message>
        <source>buying influences</source>
        <translation>购买影响者</translation>
    </message>
    <message>
        <source>score card</source>
        <translation>评分卡</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <source>own note</source>
        <translation>自填</translation>
    </message>
    <message>
        <source>{name} is in {mode} mode: sees no reason to change, so is unlikely to order now.</source>
        <translation>{name}处于“{mode}”模式：看不到改变的理由，近期不太可能下单。</translation>
    </message>
    <message>
        <source>{name} is in {mode} mode: open to a change we propose.</source>
        <translation>{name}处于“{mode}”模式：愿意接受我们提出的改变。</translation>
    </message>
    <message>
        <source>{name} ({part}) is against us ({stance}): plan how to answer them.</source>
        <translation>{name}（{part}）对我们不利（{stance}）：需计划如何应对。</translation>
    </message>
    <message>
        <source>Nobody has met {name}, the economic buyer of this deal.</source>
        <translation>还没有人见过本项目的经济购买者{name}。</translation>
    </message>
    <message>
        <source>{name}, the economic buyer, supports us ({stance}).</source>
        <translation>经济购买者{name}支持我们（{stance}）。</translation>
    </message>
    <message>
        <source>{name} coaches us and trusts us {trust} out of 5.</source>
        <translation>{name}是我们的教练，对我们的信任度为 {trust}/5。</translation>
    </message>
    <message>
        <source>Evaluation: “{criterion}” rated only {rating} of 4 ({level}).</source>
        <translation>机会点评估：“{criterion}”仅得 {rating}/4 分（{level}）。</translation>
    </message>
    <message>
        <source>Evaluation: “{criterion}” rated 4 of 4 ({level}).</source>
        <translation>机会点评估：“{criterion}”得满分 4/4（{level}）。</translation>
    </message>
    <message>
        <source>Ten-item check: “{question}” answered {verdict}.</source>
        <translation>十项评估：“{question}”的结论为“{verdict}”。</translation>
    </message>
    <message>
        <source>Ten-item check: “{question}” answered yes.</source>
        <translation>十项评估：“{question}”的结论为“是”。</translation>
    </message>
    <message>
        <source>The bid decision is no bid: {reason}</source>
        <translation>投标决策为不投标：{reason}</translation>
    </message>
    <message>
        <source>Exit criterion of the stage not met: {criterion}</source>
        <translation>本阶段出口标准未达成：{criterion}</translation>
    </message>
    <message>
        <source>Every exit criterion of the stage is met.</source>
        <translation>本阶段的出口标准已全部达成。</translation>
    </message>
    <message>
        <source>{name} expects {share} % of the order: {strengths}</source>
        <translation>{name}预计拿下 {share}% 的份额：{strengths}</translation>
    </message>
    <message>
        <source>Write the strength or red flag: the text is empty.</source>
        <translation>请填写优势或危险信号：内容为空。</translation>
    </message>
    <message>
        <source>The objective&apos;s amount cannot be negative: enter 0 or more, or leave it empty.</source>
        <translation>目标金额不能为负数：请输入 0 或更大的数，或留空。</translation>
    </message>
    <message>
        <source>Only a possible action can be scheduled: this one is already open or closed.</source>
        <translation>只有备选行动才能安排：此行动已在进行或已关闭。</translation>
    </message>
    <message>
        <source>Give the action a due date to schedule it.</source>
        <translation>请为行动设定截止日期后再安排。</translation>
    </message>
</context>
<context>
    <name>StrategyPanel</name>
    <message>
        <source>Objective…</source>
        <translation>销售目标…</translation>
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
        <source>Add…</source>
        <translation>添加…</translation>
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
        <source>Make an action…</source>
        <translation>制定行动…</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Own note:</source>
        <translation>自填条目：</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>危险信号</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add a possible action…</source>
        <translation>添加备选行动…</translation>
    </message>
    <message>
        <source>Best / not best</source>
        <translation>设为/取消最佳</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>安排…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Possible actions → best actions</source>
        <translation>备选行动 → 最佳行动</translation>
    </message>
    <message>
        <source>No sales objective yet</source>
        <translation>尚未填写销售目标</translation>
    </message>
    <message>
        <source>{amount} (the deal&apos;s amount)</source>
        <translation>{amount}（机会点金额）</translation>
    </message>
    <message>
        <source>{date} (the decision date)</source>
        <translation>{date}（决策日期）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Single sales objective:&lt;/b&gt; {what} · {amount} · by {date}</source>
        <translation>&lt;b&gt;单一销售目标：&lt;/b&gt;{what} · {amount} · {date}前</translation>
    </message>
    <message>
        <source>Change the sales objective</source>
        <translation>修改销售目标</translation>
    </message>
    <message>
        <source>Add a strength</source>
        <translation>添加优势</translation>
    </message>
    <message>
        <source>Add a red flag</source>
        <translation>添加危险信号</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add to the strategy sheet</source>
        <translation>添加到策略表</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>编辑条目</translation>
    </message>
    <message>
        <source>Edit a note of the strategy sheet</source>
        <translation>编辑策略表条目</translation>
    </message>
    <message>
        <source>Delete a note of the strategy sheet</source>
        <translation>删除策略表条目</translation>
    </message>
    <message>
        <source>Add a possible action</source>
        <translation>添加备选行动</translation>
    </message>
    <message>
        <source>Mark a best action</source>
        <translation>设为最佳行动</translation>
    </message>
    <message>
        <source>Unmark a best action</source>
        <translation>取消最佳行动</translation>
    </message>
    <message>
        <source>Schedule “{title}”</source>
        <translation>安排“{title}”</translation>
    </message>
    <message>
        <source>Remove the action “{title}”</source>
        <translation>移除行动“{title}”</translation>
    </message>
    <message>
        <source>Print the strategy sheet</source>
        <translation>打印策略表</translation>
    </message>
    <message>
        <source>Save the strategy sheet as PDF</source>
        <translation>将策略表另存为 PDF</translation>
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
        <source>The PDF could not be written ({reason}): choose another folder.</source>
        <translation>无法写入 PDF（{reason}）：请选择其他文件夹。</translation>
    </message>
    <message>
        <source>being worked on: {action}, {assignee}, due {date}</source>
        <translation>处理中：{action}，{assignee}，{date}截止</translation>
    </message>
</context>
<context>
    <name>StrategyPrintout</name>
    <message>
        <source>Cannot start printing: check the printer or the file.</source>
        <translation>无法开始打印：请检查打印机或文件。</translation>
    </message>
    <message>
        <source>Deal strategy sheet: {name}</source>
        <translation>项目策略表：{name}</translation>
    </message>
    <message>
        <source>{account} · {stage} · printed {date}</source>
        <translation>{account} · {stage} · 打印于 {date}</translation>
    </message>
    <message>
        <source>Single sales objective</source>
        <translation>单一销售目标</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>（尚未填写）</translation>
    </message>
    <message>
        <source>{amount} by {date}</source>
        <translation>{amount}，{date}前</translation>
    </message>
    <message>
        <source>Buying influences</source>
        <translation>购买影响者</translation>
    </message>
    <message>
        <source>Best actions</source>
        <translation>最佳行动</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>立场</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>影响程度</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Personal win</source>
        <translation>个人赢点</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>危险信号</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>尚未选定</translation>
    </message>
    <message>
        <source>{assignee}, due {date}</source>
        <translation>{assignee}，{date}截止</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>……另有 {count} 项</translation>
    </message>
</context>
<context>
    <name>TargetsSettingsPage</name>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ 更早</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>更晚 ▶</translation>
    </message>
    <message>
        <source>(no owner set)</source>
        <translation>（未设置负责人）</translation>
    </message>
    <message>
        <source>Targets of {owner}. The forecast compares each month&apos;s expected and won amounts with them; 0 means no target.</source>
        <translation>{owner} 的月度目标。预测将每月的预计金额和赢单金额与目标比较；0 表示无目标。</translation>
    </message>
    <message>
        <source>Monthly targets</source>
        <translation>月度目标</translation>
    </message>
    <message>
        <source>Twelve months: {total}</source>
        <translation>十二个月合计：{total}</translation>
    </message>
</context>
<context>
    <name>TeamCharterPanel</name>
    <message>
        <source>Team</source>
        <translation>项目团队</translation>
    </message>
    <message>
        <source>Who sponsors the deal on our side</source>
        <translation>我方项目发起人</translation>
    </message>
    <message>
        <source>Project charter</source>
        <translation>项目章程</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>每行一项</translation>
    </message>
    <message>
        <source>The project level decides who should be on the team; the charter sets the rules of the pursuit before resources are spent.</source>
        <translation>项目级别决定团队成员构成；项目章程在投入资源之前确定运作规则。</translation>
    </message>
</context>
</TS>
