<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>StagePanel</name>
    <message numerus="yes">
        <source>%n exit criteria not met:

{items}

Move to {stage} anyway? The override is recorded in the stage history.</source>
        <translation>
            <numerusform>%n exit criterion is not met:

{items}

Move to {stage} anyway? The override is recorded in the stage history.</numerusform>
            <numerusform>%n exit criteria are not met:

{items}

Move to {stage} anyway? The override is recorded in the stage history.</numerusform>
        </translation>
    </message>
</context>
</TS>
