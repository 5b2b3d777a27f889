<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DeliveryPanel</name>
    <message numerus="yes">
        <source>%Ln delivery line(s) past the planned date and not shipped.</source>
        <translation>
            <numerusform>%Ln delivery line is past its planned date and not shipped.</numerusform>
            <numerusform>%Ln delivery lines are past their planned date and not shipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shipping exception(s) past the close-by date.</source>
        <translation>
            <numerusform>%Ln shipping exception is past its close-by date.</numerusform>
            <numerusform>%Ln shipping exceptions are past their close-by date.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MilestonesPanel</name>
    <message numerus="yes">
        <source>Replace the %n milestone(s) by the template {name}?</source>
        <translation>
            <numerusform>Replace the milestone by the template {name}?</numerusform>
            <numerusform>Replace the %n milestones by the template {name}?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivablesPage</name>
    <message numerus="yes">
        <source>overdue {value} in %Ln milestone(s)</source>
        <translation>
            <numerusform>overdue {value} in %Ln milestone</numerusform>
            <numerusform>overdue {value} in %Ln milestones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln limitation period(s) expiring soon or expired</source>
        <translation>
            <numerusform>%Ln limitation period expires soon or has expired</numerusform>
            <numerusform>%Ln limitation periods expire soon or have expired</numerusform>
        </translation>
    </message>
</context>
</TS>
