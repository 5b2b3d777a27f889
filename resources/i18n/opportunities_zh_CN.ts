<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DecisionGroup</name>
    <message>
        <source>No decision group yet: add the people who decide this deal from the org chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coach: nobody in the decision group supports us from inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key decision maker in the decision group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key decision maker {name} is not supportive ({stance}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a blocker: firmly for a competitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision group: choose someone from this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already in the decision group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>Coverage period: 1 to 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum coverage: 0 to 1000 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit accuracy band: the low end 0 to 100 %, the high end 100 to 1000 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for {month}: cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <source>Urgent for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature solution that matches our product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear short-term benefit for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus inside the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying within six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money: the customer can pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority: we reach who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need: a real need exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has entered its buying process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is an investment plan and a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead temperature: warm needs 1 to {most} criteria, and hot at least as many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: a lead needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window: the end comes before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage list has no open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: this lead became an opportunity; undo the conversion instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open lead can be converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an opportunity yet: “{criterion}” does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead was not converted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <source>Preliminary budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: an opportunity needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount: cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability: must be 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast category: a closed opportunity stays “Won” or “Lost”; move it back to an open stage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast category: “Won” and “Lost” follow from the Won and Lost stages; move the opportunity there instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key person: choose someone from this account&apos;s org chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor: give the competitor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected share: must be 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
<context>
    <name>Scoring</name>
    <message>
        <source>Reason: say why we do not bid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it real?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can we win?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is it worth winning?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand / product recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer draws on our scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognises us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not recognise us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer maturity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past contract and cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past contract or cooperation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main competitors&apos; share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 10 % up to 40 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 40 % up to 70 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 70 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price competitiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s application or project is clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the customer need, what is the key problem, who sponsors the plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s business is strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the customer&apos;s business growing and well funded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project approval is sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the project been approved, and by whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has a budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much, from which source, and is it in place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is urgent for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What deadline drives it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our short-term revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much, and how soon?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our future revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-on phases, services, other sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected margin after discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 = low risk, 1 = high risk (delivery, payment, blockers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic value for expanding our market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference customer, a new industry or region?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer explicitly rejects our product or scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no need for our products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes against our company&apos;s sales strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low_points} points = {low_percent} %, {high_points} points = {high_percent} %, linear in between, rounded to a whole percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability formula: the low points must be below the high points, both 4 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability formula: percentages must be 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of “{criterion}”: must be 0 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one criterion of a form needs a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment capacity grades: each grade needs fewer points than the one above, all between 4 and 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten-item verdicts: each verdict needs a lower average than the one above, all between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate “{criterion}” from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stages</name>
    <message>
        <source>That stage no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity is already in that stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage list needs at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage {number}: give its name in English and in Chinese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “{name}”: the probability must be 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “{name}”: an exit criterion has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Won and Lost stages cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “{name}” still holds {count} opportunities: move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “{name}” appears in the stage history of {count} opportunities and cannot be removed; rename it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
