<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <source> · %n values off scale, not drawn</source>
            <translation>
                <numerusform> · %n value off scale, not drawn</numerusform>
                <numerusform> · %n values off scale, not drawn</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurements</source>
            <translation>
                <numerusform>%n measurement</numerusform>
                <numerusform>%n measurements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n metrics drifted beyond threshold (●)</source>
            <translation>
                <numerusform>%n metric drifted beyond threshold (●)</numerusform>
                <numerusform>%n metrics drifted beyond threshold (●)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phases overran</source>
            <translation>
                <numerusform>%n phase overran</numerusform>
                <numerusform>%n phases overran</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n more in grey</source>
            <translation>
                <numerusform>+ %n more in grey</numerusform>
                <numerusform>+ %n more in grey</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>▲▼ %n points off scale (up to {value})</source>
            <translation>
                <numerusform>▲▼ %n point off scale (up to {value})</numerusform>
                <numerusform>▲▼ %n points off scale (up to {value})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>✗ %n points worse than the threshold</source>
            <translation>
                <numerusform>✗ %n point worse than the threshold</numerusform>
                <numerusform>✗ %n points worse than the threshold</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message numerus="yes">
            <source>%n change(s) (old → now):</source>
            <translation>
                <numerusform>%n change (old → now):</numerusform>
                <numerusform>%n changes (old → now):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message numerus="yes">
            <source>All %n conflict(s) resolved. Saving leaves them out of the file.</source>
            <translation>
                <numerusform>The conflict is resolved. Saving leaves it out of the file.</numerusform>
                <numerusform>All %n conflicts resolved. Saving leaves them out of the file.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n merge conflict(s) to resolve. The file holds our side's value until you choose; check fails until every conflict is resolved.</source>
            <translation>
                <numerusform>{left} of %n merge conflict to resolve. The file holds our side's value until you choose; check fails until every conflict is resolved.</numerusform>
                <numerusform>{left} of %n merge conflicts to resolve. The file holds our side's value until you choose; check fails until every conflict is resolved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Diagram</name>
        <message numerus="yes">
            <source>%n days past its planned end</source>
            <translation>
                <numerusform>%n day past its planned end</numerusform>
                <numerusform>%n days past its planned end</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days past its planned end, still open</source>
            <translation>
                <numerusform>%n day past its planned end, still open</numerusform>
                <numerusform>%n days past its planned end, still open</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback loops</source>
            <translation>
                <numerusform>%n feedback loop</numerusform>
                <numerusform>%n feedback loops</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gates</source>
            <translation>
                <numerusform>%n gate</numerusform>
                <numerusform>%n gates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n nodes selected. Select one to edit it.</source>
            <translation>
                <numerusform>%n node selected. Select one to edit it.</numerusform>
                <numerusform>%n nodes selected. Select one to edit it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phases</source>
            <translation>
                <numerusform>%n phase</numerusform>
                <numerusform>%n phases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Ran %n days past its planned end</source>
            <translation>
                <numerusform>Ran %n day past its planned end</numerusform>
                <numerusform>Ran %n days past its planned end</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>What should happen to the %n activities of “{phase}”?</source>
            <translation>
                <numerusform>What should happen to the %n activity of “{phase}”?</numerusform>
                <numerusform>What should happen to the %n activities of “{phase}”?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}, phase, {status}, {days} days past its planned end; %n activities; Accountable: {accountable}; Responsible: {responsible}</source>
            <translation>
                <numerusform>{name}, phase, {status}, {days} days past its planned end; %n activity; Accountable: {accountable}; Responsible: {responsible}</numerusform>
                <numerusform>{name}, phase, {status}, {days} days past its planned end; %n activities; Accountable: {accountable}; Responsible: {responsible}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}, phase, {status}; %n activities; Accountable: {accountable}; Responsible: {responsible}</source>
            <translation>
                <numerusform>{name}, phase, {status}; %n activity; Accountable: {accountable}; Responsible: {responsible}</numerusform>
                <numerusform>{name}, phase, {status}; %n activities; Accountable: {accountable}; Responsible: {responsible}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}, {kind} gate, {state}; criteria: %n</source>
            <translation>
                <numerusform>{name}, {kind} gate, {state}; criteria: %n</numerusform>
                <numerusform>{name}, {kind} gate, {state}; criteria: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{status} · %n activities</source>
            <translation>
                <numerusform>{status} · %n activity</numerusform>
                <numerusform>{status} · %n activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{status} · %n activities · +{days} d late</source>
            <translation>
                <numerusform>{status} · %n activity · +{days} d late</numerusform>
                <numerusform>{status} · %n activities · +{days} d late</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{status}, %n activities</source>
            <translation>
                <numerusform>{status}, %n activity</numerusform>
                <numerusform>{status}, %n activities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Grid</name>
        <message numerus="yes">
            <source>%n lines went past the last activity</source>
            <translation>
                <numerusform>%n line went past the last activity</numerusform>
                <numerusform>%n lines went past the last activity</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Overdue by %n days</source>
            <translation>
                <numerusform>Overdue by %n day</numerusform>
                <numerusform>Overdue by %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n cells</source>
            <translation>
                <numerusform>Paste %n cell</numerusform>
                <numerusform>Paste %n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n cells.</source>
            <translation>
                <numerusform>Pasted %n cell.</numerusform>
                <numerusform>Pasted %n cells.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n cells; {left} left out.</source>
            <translation>
                <numerusform>Pasted %n cell; {left} left out.</numerusform>
                <numerusform>Pasted %n cells; {left} left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n activities</source>
            <translation>
                <numerusform>{shown} of %n activity</numerusform>
                <numerusform>{shown} of %n activities</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message numerus="yes">
            <source>%n activity(ies)</source>
            <translation>
                <numerusform>%n activity</numerusform>
                <numerusform>%n activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s)</source>
            <translation>
                <numerusform>%n cell</numerusform>
                <numerusform>%n cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n filled cell(s)</source>
            <translation>
                <numerusform>%n filled cell</numerusform>
                <numerusform>%n filled cells</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phase(s)</source>
            <translation>
                <numerusform>%n phase</numerusform>
                <numerusform>%n phases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n role(s)</source>
            <translation>
                <numerusform>%n role</numerusform>
                <numerusform>%n roles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n activities</source>
            <translation>
                <numerusform>%n activity</numerusform>
                <numerusform>%n activities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n roles</source>
            <translation>
                <numerusform>%n role</numerusform>
                <numerusform>%n roles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeasurementImport</name>
        <message numerus="yes">
            <source>Import %n</source>
            <translation>
                <numerusform>Import %n</numerusform>
                <numerusform>Import %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{path}  ({kind}, %n runs)</source>
            <translation>
                <numerusform>{path}  ({kind}, %n run)</numerusform>
                <numerusform>{path}  ({kind}, %n runs)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message numerus="yes">
            <source>%n measurements of {name}</source>
            <translation>
                <numerusform>%n measurement of {name}</numerusform>
                <numerusform>%n measurements of {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurements of {name} ({unit})</source>
            <translation>
                <numerusform>%n measurement of {name} ({unit})</numerusform>
                <numerusform>%n measurements of {name} ({unit})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PortfolioDialog</name>
        <message numerus="yes">
            <source>%n file(s) left out: {files}</source>
            <translation>
                <numerusform>%n file left out: {files}</numerusform>
                <numerusform>%n files left out: {files}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectCommands</name>
        <message numerus="yes">
            <source>“{name}” has %n activities. What should happen to them?</source>
            <translation>
                <numerusform>“{name}” has %n activity. What should happen to it?</numerusform>
                <numerusform>“{name}” has %n activities. What should happen to them?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” holds letters in %n activities. Delete the role and its letters?</source>
            <translation>
                <numerusform>“{name}” holds letters in %n activity. Delete the role and its letters?</numerusform>
                <numerusform>“{name}” holds letters in %n activities. Delete the role and its letters?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Retrospective</name>
        <message numerus="yes">
            <source>%n commits read</source>
            <translation>
                <numerusform>%n commit read</numerusform>
                <numerusform>%n commits read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n handoffs found</source>
            <translation>
                <numerusform>%n handoff found</numerusform>
                <numerusform>%n handoffs found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n versions skipped: not readable as a plan.</source>
            <translation>
                <numerusform>%n version skipped: not readable as a plan.</numerusform>
                <numerusform>%n versions skipped: not readable as a plan.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the newest %n commits were read.</source>
            <translation>
                <numerusform>Only the newest %n commit was read.</numerusform>
                <numerusform>Only the newest %n commits were read.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Reading the git history: %n commits…</source>
            <translation>
                <numerusform>Reading the git history: %n commit…</numerusform>
                <numerusform>Reading the git history: %n commits…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message numerus="yes">
            <source>+%n days</source>
            <translation>
                <numerusform>+%n day</numerusform>
                <numerusform>+%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Scoping</name>
        <message numerus="yes">
            <source>&lt;b&gt;Overall:&lt;/b&gt; {verdict} — {passing} of %n criteria pass</source>
            <translation>
                <numerusform>&lt;b&gt;Overall:&lt;/b&gt; {verdict} — {passing} of %n criterion passes</numerusform>
                <numerusform>&lt;b&gt;Overall:&lt;/b&gt; {verdict} — {passing} of %n criteria pass</numerusform>
            </translation>
        </message>
    </context>
</TS>
