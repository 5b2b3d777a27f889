<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Ageing</name>
    <message>
        <source>Over {days} days</source>
        <translation>{days} 天以上</translation>
    </message>
    <message>
        <source>{low}–{high} days</source>
        <translation>{low}–{high} 天</translation>
    </message>
    <message>
        <source>Ageing buckets: give at least one bound.</source>
        <translation>账龄区间：至少填写一个分界点。</translation>
    </message>
    <message>
        <source>Ageing buckets: each bound is a whole number of days.</source>
        <translation>账龄区间：每个分界点须为整数天。</translation>
    </message>
    <message>
        <source>Ageing buckets: each bound must be above the one before.</source>
        <translation>账龄区间：每个分界点须大于前一个。</translation>
    </message>
</context>
<context>
    <name>AllocationDialog</name>
    <message>
        <source>Split the payment by hand</source>
        <translation>手工核销回款</translation>
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
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Owed before this payment</source>
        <translation>核销前应收</translation>
    </message>
    <message>
        <source>From this payment</source>
        <translation>本笔核销</translation>
    </message>
    <message>
        <source>Payment of {amount} received on {date}. Amounts you set here are kept; what is left of the payment stays unallocated.</source>
        <translation>{date} 收到回款 {amount}。此处填写的金额将被保留；剩余部分不作核销。</translation>
    </message>
    <message>
        <source>Left unallocated: {amount}</source>
        <translation>未核销：{amount}</translation>
    </message>
</context>
<context>
    <name>BillingPanel</name>
    <message>
        <source>Invoices</source>
        <translation>发票</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>付款节点</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Customer received</source>
        <translation>客户签收</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Booked / returned</source>
        <translation>入账/退票日期</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Settles</source>
        <translation>核销到</translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation>未核销</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>核销方式</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手工</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Record payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <source>Split by hand…</source>
        <translation>手工核销…</translation>
    </message>
    <message>
        <source>Allocate automatically</source>
        <translation>自动核销</translation>
    </message>
    <message>
        <source>invoice {number}</source>
        <translation>发票 {number}</translation>
    </message>
    <message>
        <source>the payment of {amount}</source>
        <translation>金额为 {amount} 的回款</translation>
    </message>
    <message>
        <source>Ask the customer to book it</source>
        <translation>提醒客户入账</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Add invoice</source>
        <translation>添加发票</translation>
    </message>
    <message>
        <source>Edit invoice</source>
        <translation>编辑发票</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>编辑回款</translation>
    </message>
    <message>
        <source>Payment larger than the open balance</source>
        <translation>回款超过未收余额</translation>
    </message>
    <message>
        <source>Split payment by hand</source>
        <translation>手工核销回款</translation>
    </message>
    <message>
        <source>Allocate payment automatically</source>
        <translation>自动核销回款</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
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
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最近一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Limitation period</source>
        <translation>诉讼时效</translation>
    </message>
</context>
<context>
    <name>CollectionPanel</name>
    <message>
        <source>Overdue milestones</source>
        <translation>逾期付款节点</translation>
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
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最近一步</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Limitation period</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <source>Plan next step…</source>
        <translation>安排下一步催收…</translation>
    </message>
    <message>
        <source>Make the next collection step an action with an owner and a due date</source>
        <translation>将下一步催收设为行动，指定负责人和截止日期</translation>
    </message>
    <message>
        <source>Collection steps</source>
        <translation>催收记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>催收方式</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>对方确认</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Record step…</source>
        <translation>登记催收…</translation>
    </message>
    <message>
        <source>Evidence: signed letters, proof of receipt, recordings</source>
        <translation>证据：签章函件、签收回执、录音</translation>
    </message>
    <message>
        <source>the step {step}</source>
        <translation>催收记录“{step}”</translation>
    </message>
    <message>
        <source>ladder complete</source>
        <translation>已执行全部催收步骤</translation>
    </message>
    <message>
        <source>{step} (due now)</source>
        <translation>{step}（应立即启动）</translation>
    </message>
    <message>
        <source>{step}, needs approval</source>
        <translation>{step}，须审批</translation>
    </message>
    <message>
        <source>Nothing is overdue on this contract.</source>
        <translation>本合同没有逾期款项。</translation>
    </message>
    <message>
        <source>{name} is paid.</source>
        <translation>{name} 已付清。</translation>
    </message>
    <message>
        <source>Limitation period: {detail}</source>
        <translation>诉讼时效：{detail}</translation>
    </message>
    <message>
        <source>Next collection step: {step}</source>
        <translation>下一步催收：{step}</translation>
    </message>
    <message>
        <source>Yes, whole contract</source>
        <translation>是，整份合同</translation>
    </message>
    <message>
        <source>Record collection step</source>
        <translation>登记催收</translation>
    </message>
    <message>
        <source>Edit collection step</source>
        <translation>编辑催收记录</translation>
    </message>
</context>
<context>
    <name>ContractData</name>
    <message>
        <source>{field}: please fill this in.</source>
        <translation>{field}：请填写。</translation>
    </message>
    <message>
        <source>{field}: cannot be later than today.</source>
        <translation>{field}：不能晚于今天。</translation>
    </message>
    <message>
        <source>{field}: cannot be before {other}.</source>
        <translation>{field}：不能早于{other}。</translation>
    </message>
    <message>
        <source>{field}: must be more than zero.</source>
        <translation>{field}：须大于零。</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Signing date</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>Warranty months</source>
        <translation>质保月数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>金额变动</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>Days after the trigger</source>
        <translation>触发后天数</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>承诺函</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Close by</source>
        <translation>应关闭日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Acceptance date</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Received by the customer on</source>
        <translation>客户签收日期</translation>
    </message>
    <message>
        <source>Booked or returned on</source>
        <translation>入账或退票日期</translation>
    </message>
    <message>
        <source>Why it was returned</source>
        <translation>退票原因</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>付款节点</translation>
    </message>
    <message>
        <source>{field}: cannot be negative.</source>
        <translation>{field}：不能为负数。</translation>
    </message>
    <message>
        <source>Whole open balance: only a step the customer acknowledged in writing can cover it; tick the acknowledgement too, or untick the whole balance.</source>
        <translation>全部未收余额：只有客户书面确认的催收步骤才能涵盖全部余额；请同时勾选书面确认，或取消勾选全部余额。</translation>
    </message>
    <message>
        <source>{field}: between 0 and 100.</source>
        <translation>{field}：须在 0 到 100 之间。</translation>
    </message>
</context>
<context>
    <name>ContractDetailView</name>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>付款节点</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>发货与验收</translation>
    </message>
    <message>
        <source>Invoices &amp;&amp; payments</source>
        <translation>发票与回款</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>催收</translation>
    </message>
    <message>
        <source>Choose a contract on the left, or create one.</source>
        <translation>请在左侧选择合同，或新建合同。</translation>
    </message>
    <message>
        <source>Amount {value}</source>
        <translation>合同额 {value}</translation>
    </message>
    <message>
        <source>Received {value}</source>
        <translation>已回款 {value}</translation>
    </message>
    <message>
        <source>Outstanding {value}</source>
        <translation>未回款 {value}</translation>
    </message>
    <message>
        <source>Overdue {value}</source>
        <translation>逾期 {value}</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会点</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
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
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Customer class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>质保期</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>评审人</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>评审日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>新建合同</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>编辑合同</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ContractEditor</name>
    <message>
        <source>Cannot do that</source>
        <translation>无法执行此操作</translation>
    </message>
</context>
<context>
    <name>ContractForms</name>
    <message>
        <source>New amendment</source>
        <translation>新增补充协议</translation>
    </message>
    <message>
        <source>Edit amendment</source>
        <translation>编辑补充协议</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>金额变动</translation>
    </message>
    <message>
        <source>Negative when the amendment lowers the amount</source>
        <translation>补充协议减少金额时填负数</translation>
    </message>
    <message>
        <source>The payment milestones must add up to the contract amount plus every amendment: add a milestone for the amendment&apos;s money.</source>
        <translation>付款节点合计须等于合同金额加全部补充协议金额：请为补充协议的款项添加一个付款节点。</translation>
    </message>
    <message>
        <source>New payment milestone</source>
        <translation>新增付款节点</translation>
    </message>
    <message>
        <source>Edit payment milestone</source>
        <translation>编辑付款节点</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Share of the contract amount</source>
        <translation>占合同金额比例</translation>
    </message>
    <message>
        <source>Leave empty to enter a fixed amount</source>
        <translation>留空则填写固定金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期方式</translation>
    </message>
    <message>
        <source>Days after the trigger</source>
        <translation>触发后天数</translation>
    </message>
    <message>
        <source>Fixed date</source>
        <translation>固定日期</translation>
    </message>
    <message>
        <source>New delivery line</source>
        <translation>新增发货计划行</translation>
    </message>
    <message>
        <source>Edit delivery line</source>
        <translation>编辑发货计划行</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Planned delivery</source>
        <translation>计划交货日期</translation>
    </message>
    <message>
        <source>Shipped on</source>
        <translation>发货日期</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>到货日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Shipping is checked against the customer class: class A, B and C customers whose agreed payment has not arrived ship only when paid in full or under an approved shipping exception.</source>
        <translation>发货按客户类别检查：A、B、C 类客户约定款项未到账时，须款项付清或经审批的发货例外方可发货。</translation>
    </message>
    <message>
        <source>New shipping exception</source>
        <translation>新增发货例外</translation>
    </message>
    <message>
        <source>Edit shipping exception</source>
        <translation>编辑发货例外</translation>
    </message>
    <message>
        <source>Why ship before payment</source>
        <translation>款未到先发货的原因</translation>
    </message>
    <message>
        <source>Customer&apos;s commitment letter</source>
        <translation>客户承诺函</translation>
    </message>
    <message>
        <source>What the customer promises in writing, and by when</source>
        <translation>客户书面承诺的内容和期限</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Close by</source>
        <translation>应关闭日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>New acceptance</source>
        <translation>新增验收记录</translation>
    </message>
    <message>
        <source>Edit acceptance</source>
        <translation>编辑验收记录</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>验收日期</translation>
    </message>
    <message>
        <source>Certificate or document</source>
        <translation>证书或单据</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>新增发票</translation>
    </message>
    <message>
        <source>Edit invoice</source>
        <translation>编辑发票</translation>
    </message>
    <message>
        <source>For milestone</source>
        <translation>对应付款节点</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>开票日期</translation>
    </message>
    <message>
        <source>Received by the customer</source>
        <translation>客户签收日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Booked or returned on</source>
        <translation>入账或退票日期</translation>
    </message>
    <message>
        <source>Note (why it was returned)</source>
        <translation>备注（退票原因）</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>编辑回款</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>The payment settles the milestones oldest due first; you can split it by hand afterwards.</source>
        <translation>回款按到期先后自动核销到付款节点；之后也可以手工核销。</translation>
    </message>
    <message>
        <source>New collection step</source>
        <translation>新增催收记录</translation>
    </message>
    <message>
        <source>Edit collection step</source>
        <translation>编辑催收记录</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>付款节点</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>催收方式</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The customer acknowledged the debt in writing (signed letter or proof of receipt)</source>
        <translation>客户已书面确认欠款（签章函件或签收回执）</translation>
    </message>
    <message>
        <source>An acknowledged step restarts the limitation period (Civil Code art. 195)</source>
        <translation>经对方确认的催收会使诉讼时效重新计算（《民法典》第一百九十五条）</translation>
    </message>
    <message>
        <source>It acknowledges the contract&apos;s whole open balance (e.g. a signed reconciliation letter), not only this milestone</source>
        <translation>确认的是整份合同的全部未收余额（如已签章的对账函），而不仅是此付款节点</translation>
    </message>
    <message>
        <source>Restarts the limitation period of every open milestone of the contract</source>
        <translation>合同所有未结付款节点的诉讼时效重新起算</translation>
    </message>
    <message>
        <source>A lawyer&apos;s letter and litigation need approval before they are sent or filed.</source>
        <translation>发律师函、提起诉讼前须经审批。</translation>
    </message>
    <message>
        <source>Terminate the contract</source>
        <translation>终止合同</translation>
    </message>
    <message>
        <source>Terminated on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Unpaid milestones stay receivable: delete or change those the customer no longer owes.</source>
        <translation>未付的付款节点仍计入应收：客户不再欠付的付款节点请删除或修改。</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Signed</source>
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
        <source>Overdue</source>
        <translation>逾期金额</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ContractListPanel</name>
    <message>
        <source>Search number, title or account</source>
        <translation>搜索编号、名称或客户</translation>
    </message>
    <message>
        <source>All contracts</source>
        <translation>全部合同</translation>
    </message>
    <message>
        <source>Open (money to collect)</source>
        <translation>执行中（有待收款）</translation>
    </message>
    <message>
        <source>With overdue payments</source>
        <translation>有逾期款项</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>新建合同…</translation>
    </message>
    <message>
        <source>Contracts: {count}</source>
        <translation>合同：{count} 份</translation>
    </message>
</context>
<context>
    <name>ContractPanel</name>
    <message>
        <source>Delete {what}</source>
        <translation>删除{what}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete {what}?</source>
        <translation>删除{what}？</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation>添加附件 {name}</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>该附件</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>移除附件</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>This record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>This payment is {excess} more than the contract&apos;s open balance of {open}: the excess will stay unallocated, as a credit on the contract&apos;s payments, until a milestone or an amendment takes it. Record it anyway?</source>
        <translation>此笔回款比合同未收余额 {open} 多 {excess}：多出部分将作为合同回款中的未核销余额保留，直到有付款节点或补充协议使用它。仍要记录吗？</translation>
    </message>
    <message>
        <source>Not recorded: correct the amount, or save again and answer Yes.</source>
        <translation>未记录：请更正金额，或再次保存并选择“是”。</translation>
    </message>
    <message>
        <source>The payment terms are not closed, so the contract cannot be marked reviewed: {problems} Correct the milestones first, or clear the review date to save it as a draft.</source>
        <translation>付款条件未闭合，合同不能标记为已评审：{problems} 请先更正付款节点，或清空评审日期作为草稿保存。</translation>
    </message>
    <message>
        <source>Termination: give the date.</source>
        <translation>终止：请填写日期。</translation>
    </message>
    <message>
        <source>Termination: say why the contract ends.</source>
        <translation>终止：请说明终止原因。</translation>
    </message>
    <message>
        <source>Termination: the date cannot be in the future.</source>
        <translation>终止：日期不能晚于今天。</translation>
    </message>
    <message>
        <source>Account: please choose one.</source>
        <translation>客户：请选择一个客户。</translation>
    </message>
    <message>
        <source>Opportunity: it belongs to another account.</source>
        <translation>机会点：该机会点属于其他客户。</translation>
    </message>
    <message>
        <source>Contract number: {number} is already used.</source>
        <translation>合同编号：{number} 已被使用。</translation>
    </message>
    <message>
        <source>Milestone: choose one of this contract&apos;s.</source>
        <translation>付款节点：请选择本合同的付款节点。</translation>
    </message>
    <message>
        <source>A template replaces the milestones, but invoices, collection steps or hand-made allocations refer to them. Edit the milestones instead.</source>
        <translation>模板会替换现有付款节点，但已有发票、催收记录或手工核销关联到这些付款节点。请直接修改付款节点。</translation>
    </message>
    <message>
        <source>Allocation: amounts cannot be negative.</source>
        <translation>核销：金额不能为负数。</translation>
    </message>
    <message>
        <source>Allocation: more than the payment&apos;s {amount}.</source>
        <translation>核销：超过了本笔回款金额 {amount}。</translation>
    </message>
    <message>
        <source>Allocation: {name} can take at most {amount}.</source>
        <translation>核销：{name} 最多可核销 {amount}。</translation>
    </message>
</context>
<context>
    <name>ContractSettings</name>
    <message>
        <source>Limitation period: from 1 to 20 years.</source>
        <translation>诉讼时效须为 1 至 20 年。</translation>
    </message>
    <message>
        <source>Warnings: each is at least one day ahead.</source>
        <translation>提醒：至少提前一天。</translation>
    </message>
    <message>
        <source>Invoice booking: from 1 to 3650 days.</source>
        <translation>发票入账提醒须为 1 至 3650 天。</translation>
    </message>
    <message>
        <source>Reminders: from 1 to 90 days.</source>
        <translation>提醒天数须为 1 至 90 天。</translation>
    </message>
</context>
<context>
    <name>ContractsSettingsPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Treat a contract&apos;s milestones as instalments of one debt (art. 189)</source>
        <translation>将合同各付款节点视为同一债务的分期履行（第一百八十九条）</translation>
    </message>
    <message>
        <source>PRC Civil Code art. 188: three years from the day the creditor knew of the harm; art. 195: a demand, the debtor&apos;s acknowledgement or a suit restarts it. With instalments, the period of every milestone runs from the last one&apos;s due date (art. 189) — a court decides whether that applies, so it is off by default.</source>
        <translation>《民法典》第一百八十八条：诉讼时效期间为三年，自权利人知道或者应当知道权利受到损害之日起计算；第一百九十五条：权利人提出履行请求、义务人同意履行或者提起诉讼的，诉讼时效中断并重新计算。按分期履行处理时，各付款节点的时效自最后一期履行期限届满之日起计算（第一百八十九条）——是否适用由法院认定，因此默认不启用。</translation>
    </message>
    <message>
        <source>Limitation period</source>
        <translation>诉讼时效</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时效期间</translation>
    </message>
    <message>
        <source>First warning</source>
        <translation>第一次提醒</translation>
    </message>
    <message>
        <source>Last warning</source>
        <translation>最后提醒</translation>
    </message>
    <message>
        <source>Upper ends of the buckets in days, e.g. 30, 60, 90</source>
        <translation>各账龄区间的上限天数，例如 30, 60, 90</translation>
    </message>
    <message>
        <source>Receivables and reminders</source>
        <translation>应收与提醒</translation>
    </message>
    <message>
        <source>Ageing buckets (days)</source>
        <translation>账龄区间（天）</translation>
    </message>
    <message>
        <source>Ask the customer to book an invoice after</source>
        <translation>开票后提醒客户入账的间隔</translation>
    </message>
    <message>
        <source>Reminders look ahead</source>
        <translation>提醒提前天数</translation>
    </message>
    <message>
        <source>Collection ladder: suggest each step from</source>
        <translation>催收阶梯：逾期达到以下天数时建议采取各步骤</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合同跟进</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Contracts</source>
        <translation>合同跟进</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Contract list</source>
        <translation>合同列表</translation>
    </message>
    <message>
        <source>New contract {number}</source>
        <translation>新建合同 {number}</translation>
    </message>
</context>
<context>
    <name>ContractsText</name>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>Interrupted by litigation on {date}: restarts when the proceedings end</source>
        <translation>已于 {date} 因提起诉讼中断时效，诉讼程序终结后重新计算</translation>
    </message>
    <message>
        <source>Expired on {date}</source>
        <translation>已于 {date} 届满</translation>
    </message>
    <message>
        <source>Expires {date} ({days} left)</source>
        <translation>{date} 届满（剩余 {days}）</translation>
    </message>
    <message>
        <source>{summary}; the period {reason}.</source>
        <translation>{summary}；时效{reason}。</translation>
    </message>
    <message>
        <source>Amount (10,000 CNY)</source>
        <translation>金额（万元）</translation>
    </message>
    <message>
        <source>Amount (thousand CNY)</source>
        <translation>金额（千元）</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Delivery plan</source>
        <translation>发货计划</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>货物</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划日期</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到货</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Shipping exceptions</source>
        <translation>发货例外</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Close by</source>
        <translation>应关闭日期</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>承诺函</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Certificate or document</source>
        <translation>证书或单据</translation>
    </message>
    <message>
        <source>the line {item}</source>
        <translation>发货行 {item}</translation>
    </message>
    <message>
        <source>the shipping exception</source>
        <translation>该发货例外</translation>
    </message>
    <message>
        <source>the acceptance record</source>
        <translation>该验收记录</translation>
    </message>
    <message>
        <source>Shipping today: {mark} {reason}</source>
        <translation>今日能否发货：{mark} {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln delivery line(s) past the planned date and not shipped.</source>
        <translation>
            <numerusform>%Ln 条交货明细已过计划日期仍未发货。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipping exception(s) past the close-by date.</source>
        <translation>
            <numerusform>%Ln 个发货例外已过应关闭日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add delivery line</source>
        <translation>添加发货计划行</translation>
    </message>
    <message>
        <source>Edit delivery line</source>
        <translation>编辑发货计划行</translation>
    </message>
    <message>
        <source>Add shipping exception</source>
        <translation>添加发货例外</translation>
    </message>
    <message>
        <source>Edit shipping exception</source>
        <translation>编辑发货例外</translation>
    </message>
    <message>
        <source>Close shipping exception</source>
        <translation>关闭发货例外</translation>
    </message>
    <message>
        <source>Has the customer kept the commitment? Close the exception today?</source>
        <translation>客户是否已履行承诺？今天关闭该例外？</translation>
    </message>
    <message>
        <source>Add acceptance</source>
        <translation>添加验收记录</translation>
    </message>
    <message>
        <source>Edit acceptance</source>
        <translation>编辑验收记录</translation>
    </message>
</context>
<context>
    <name>FilesButton</name>
    <message>
        <source>Files ({count})</source>
        <translation>附件（{count}）</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>打开 {name}</translation>
    </message>
    <message>
        <source>Added {when}</source>
        <translation>添加于 {when}</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>Limitation</name>
    <message>
        <source>runs from the due date {date}</source>
        <translation>自到期日 {date} 起算</translation>
    </message>
    <message>
        <source>restarted by a payment on {date}</source>
        <translation>因 {date} 的回款重新计算</translation>
    </message>
    <message>
        <source>restarted by an acknowledged {step} on {date}</source>
        <translation>因 {date} 经对方确认的{step}重新计算</translation>
    </message>
    <message>
        <source>restarted by an acceptance certificate on {date}</source>
        <translation>因 {date} 的验收证书重新计算</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正常计算中</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>即将届满</translation>
    </message>
    <message>
        <source>Expires very soon</source>
        <translation>即将届满（紧急）</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已届满</translation>
    </message>
    <message>
        <source>Interrupted by litigation</source>
        <translation>因诉讼中断</translation>
    </message>
    <message>
        <source>Not running yet</source>
        <translation>尚未起算</translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message>
        <source>Payment milestones</source>
        <translation>付款节点</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>付款节点</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Due rule</source>
        <translation>到期规则</translation>
    </message>
    <message>
        <source>Triggered on</source>
        <translation>触发日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未回款</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>已开票</translation>
    </message>
    <message>
        <source>Apply template</source>
        <translation>套用模板</translation>
    </message>
    <message>
        <source>On {date}</source>
        <translation>{date} 到期</translation>
    </message>
    <message>
        <source>{days} days after</source>
        <translation>触发后 {days} 天</translation>
    </message>
    <message>
        <source>Contract with amendments: {total} · milestones: {scheduled} · difference: {difference}</source>
        <translation>合同额（含补充协议）：{total} · 付款节点合计：{scheduled} · 差额：{difference}</translation>
    </message>
    <message numerus="yes">
        <source>Replace the %n milestone(s) by the template {name}?</source>
        <translation>
            <numerusform>用模板 {name} 替换现有的 %n 个付款节点？</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply template {name}</source>
        <translation>套用模板 {name}</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加付款节点</translation>
    </message>
    <message>
        <source>Edit milestone</source>
        <translation>编辑付款节点</translation>
    </message>
    <message>
        <source>the milestone {name}</source>
        <translation>付款节点 {name}</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Contract number</source>
        <translation>合同编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>合同名称</translation>
    </message>
    <message>
        <source>Customer class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
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
        <source>Warranty</source>
        <translation>质保期</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>With amendments</source>
        <translation>含补充协议</translation>
    </message>
    <message>
        <source>Edit contract…</source>
        <translation>编辑合同…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>恢复执行</translation>
    </message>
    <message>
        <source>Delete contract</source>
        <translation>删除合同</translation>
    </message>
    <message>
        <source>Review before signing</source>
        <translation>签约前评审</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>补充协议</translation>
    </message>
    <message>
        <source>Amount change</source>
        <translation>金额变动</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>{months} months</source>
        <translation>{months} 个月</translation>
    </message>
    <message>
        <source>Terminated on {date}: {reason}</source>
        <translation>已于 {date} 终止：{reason}</translation>
    </message>
    <message>
        <source>Reviewed by {name} on {date}.</source>
        <translation>由 {name} 于 {date} 评审。</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>尚未评审。</translation>
    </message>
    <message>
        <source>Payment terms closed: every milestone has a trigger and a due date, and they add up to the contract total.</source>
        <translation>付款条件已闭合：每个付款节点都有触发条件和到期日，且合计等于合同总额。</translation>
    </message>
    <message>
        <source>Payment terms not closed:</source>
        <translation>付款条件未闭合：</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>编辑合同</translation>
    </message>
    <message>
        <source>Terminate contract</source>
        <translation>终止合同</translation>
    </message>
    <message>
        <source>Reopen contract</source>
        <translation>恢复执行合同</translation>
    </message>
    <message>
        <source>Move contract {number} with its milestones, deliveries, invoices, payments and collection records to the trash? You can restore it from Edit ▸ Trash for 30 days.</source>
        <translation>将合同 {number} 连同其付款节点、发货、发票、回款和催收记录移入回收站？30 天内可在“编辑 ▸ 回收站”中还原。</translation>
    </message>
    <message>
        <source>Delete contract {number}</source>
        <translation>删除合同 {number}</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translation>添加补充协议</translation>
    </message>
    <message>
        <source>Edit amendment</source>
        <translation>编辑补充协议</translation>
    </message>
    <message>
        <source>the amendment</source>
        <translation>该补充协议</translation>
    </message>
</context>
<context>
    <name>PartSection</name>
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
</context>
<context>
    <name>ReceivablesPage</name>
    <message>
        <source>Receivables ageing by account</source>
        <translation>按客户统计的应收账龄</translation>
    </message>
    <message>
        <source>Not due yet</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Other accounts</source>
        <translation>其他客户</translation>
    </message>
    <message>
        <source>Falling due</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>未来</translation>
    </message>
    <message>
        <source>Overdue milestones: {count}, oldest first</source>
        <translation>逾期付款节点：{count} 个，最早到期的在前</translation>
    </message>
    <message>
        <source>Contracts: {count}</source>
        <translation>合同：{count} 份</translation>
    </message>
    <message>
        <source>amount {value}</source>
        <translation>合同额 {value}</translation>
    </message>
    <message>
        <source>received {value}</source>
        <translation>已回款 {value}</translation>
    </message>
    <message>
        <source>outstanding {value}</source>
        <translation>未回款 {value}</translation>
    </message>
    <message>
        <source>due {value}</source>
        <translation>已到期 {value}</translation>
    </message>
    <message numerus="yes">
        <source>overdue {value} in %Ln milestone(s)</source>
        <translation>
            <numerusform>逾期 {value}，涉及 %Ln 个付款节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln limitation period(s) expiring soon or expired</source>
        <translation>
            <numerusform>%Ln 项诉讼时效即将届满或已届满</numerusform>
        </translation>
    </message>
    <message>
        <source>Account</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>已到期合计</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>RemindersDock</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <source>Close the action as done or dropped, with its outcome</source>
        <translation>将行动关闭为已完成或已放弃，并填写结果</translation>
    </message>
    <message>
        <source>Log a visit…</source>
        <translation>记录接触…</translation>
    </message>
    <message>
        <source>Log a visit with the person the action is about</source>
        <translation>记录与该行动所涉人员的接触</translation>
    </message>
    <message>
        <source>Today, {date}, and the next {days} days</source>
        <translation>今天（{date}）及之后 {days} 天</translation>
    </message>
    <message>
        <source>Log a visit for “{title}”</source>
        <translation>为行动“{title}”记录接触</translation>
    </message>
    <message>
        <source>Nothing due. Enjoy the quiet.</source>
        <translation>暂无待办事项。</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>行动（{count}）</translation>
    </message>
    <message>
        <source>Overdue payments ({count})</source>
        <translation>逾期款项（{count}）</translation>
    </message>
    <message>
        <source>Payments falling due ({count})</source>
        <translation>即将到期款项（{count}）</translation>
    </message>
    <message>
        <source>Limitation periods running out ({count})</source>
        <translation>诉讼时效将届满（{count}）</translation>
    </message>
    <message>
        <source>Deliveries due ({count})</source>
        <translation>待发货（{count}）</translation>
    </message>
    <message>
        <source>Shipping exceptions to close ({count})</source>
        <translation>待关闭的发货例外（{count}）</translation>
    </message>
    <message>
        <source>Tender deadlines ({count})</source>
        <translation>投标截止（{count}）</translation>
    </message>
    <message>
        <source>Birthdays ({count})</source>
        <translation>生日（{count}）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>In {days} days</source>
        <translation>{days} 天后</translation>
    </message>
    <message>
        <source>{days} days ago</source>
        <translation>{days} 天前</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>Expired {date}</source>
        <translation>{date} 已届满</translation>
    </message>
    <message>
        <source>Expires {date}</source>
        <translation>{date} 届满</translation>
    </message>
    <message>
        <source>{contract}: exception approved by {approver}</source>
        <translation>{contract}：{approver} 审批的发货例外</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Show all ({count})</source>
        <translation>显示全部（{count}）</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>The contract has no payment milestones.</source>
        <translation>合同没有付款节点。</translation>
    </message>
    <message>
        <source>Milestone {name} has no fixed date.</source>
        <translation>付款节点 {name} 没有填写固定日期。</translation>
    </message>
    <message>
        <source>Milestone {name} has no amount.</source>
        <translation>付款节点 {name} 没有金额。</translation>
    </message>
    <message>
        <source>The milestones add up to {difference} less than the total {total}.</source>
        <translation>付款节点合计比合同总额 {total} 少 {difference}。</translation>
    </message>
    <message>
        <source>The milestones add up to {difference} more than the total {total}.</source>
        <translation>付款节点合计比合同总额 {total} 多 {difference}。</translation>
    </message>
</context>
<context>
    <name>Shipping</name>
    <message>
        <source>The agreed payments have arrived.</source>
        <translation>约定款项已到账。</translation>
    </message>
    <message>
        <source>In-system customer: ships although {missing} has not arrived.</source>
        <translation>系统内客户：虽有 {missing} 未到账，仍可正常发货。</translation>
    </message>
    <message>
        <source>Paid in full.</source>
        <translation>已全额付款。</translation>
    </message>
    <message>
        <source>{missing} has not arrived; ships under the exception approved by {approver}.</source>
        <translation>{missing} 未到账；按 {approver} 审批的发货例外发货。</translation>
    </message>
    <message>
        <source>Shipping is blocked: {missing} of agreed payments has not arrived. A class A, B or C customer ships only when paid in full or under an approved shipping exception with the customer&apos;s commitment letter.</source>
        <translation>不能发货：约定款项中有 {missing} 未到账。A、B、C 类客户须款项付清，或经审批并取得客户承诺函的发货例外后，方可发货。</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Every template needs a name.</source>
        <translation>每个模板都需要名称。</translation>
    </message>
    <message>
        <source>Two templates are called {name}.</source>
        <translation>有两个模板都叫 {name}。</translation>
    </message>
    <message>
        <source>Template {name} has no milestones.</source>
        <translation>模板 {name} 没有付款节点。</translation>
    </message>
    <message>
        <source>Template {name} adds up to {percent}%, not 100%.</source>
        <translation>模板 {name} 合计为 {percent}%，不是 100%。</translation>
    </message>
    <message>
        <source>Template {name}: every milestone needs a name.</source>
        <translation>模板 {name}：每个付款节点都需要名称。</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>比例（%）</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Days after</source>
        <translation>触发后天数</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加付款节点</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>删除付款节点</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>模板名称</translation>
    </message>
    <message>
        <source>Payment templates</source>
        <translation>付款模板</translation>
    </message>
    <message>
        <source>Total: {percent}%</source>
        <translation>合计：{percent}%</translation>
    </message>
</context>
</TS>
