<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
    <context>
        <name>Accessibility</name>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More Commands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More Menus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message numerus="yes">
            <source> · %n values off scale, not drawn</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurements</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n metrics drifted beyond threshold (●)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phases overran</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n more in grey</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>+{days} d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business KPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business KPI: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business KPIs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Degradation against baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do they move together? Each proxy is compared with the KPI over the KPI's own periods.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gates and decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPI target {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model metrics standing in for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No dates yet: give phases planned and actual dates, and date the gate decisions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No measurements and no target yet: add them in the table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No measurements yet: add them in the table or import them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No metric has measurements yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No metrics yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model metric stands in for this KPI yet: set “Proxies” on a model metric.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operational</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operational metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible-AI metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rolling mean of the last {window} measurements, % of baseline — up is better, down is worse · {verdict}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>change against baseline (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dashed lines: decisions, numbered as in the decision log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drifted {start} – {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>drifting since {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gate passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>handoff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>handoff in git history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>higher is better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lower is better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moves against the KPI (r = {r} on {dates} dates)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moves with the KPI (r = {r} on {dates} dates)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no clear link (r = {r} on {dates} dates)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no metric drifted beyond its threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no target or threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one of them did not move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>overran</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>proxy value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right axis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>right axis {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>target {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>threshold {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too few shared dates to compare ({dates})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>worse than threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} (off scale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — business KPI, left axis ({better})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — {axis}: {verdict}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: the KPI and its proxies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{share} of the way from baseline to target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{summary} · bar: latest value · ┃ target · ╎ threshold · ▲ baseline · right is better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} on {date} · {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} · off scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▲ far off scale (up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▲ off scale, up to {value}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>▲▼ %n points off scale (up to {value})</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>▼ far off scale (down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▼ off scale, down to {value}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>✗ %n points worse than the threshold</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message numerus="yes">
            <source>%n change(s) (old → now):</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Copy as Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Last Commit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another &amp;File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes since the last commit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes since {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare With</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare With Last Commit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last Commit ({reason})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No differences: the projects are the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not available: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI Studio projects (*.raci.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show what changed since the last commit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>git is not installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>save the project first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the project is not in a git repository</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} (last commit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be compared.

{error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>&amp;Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not there)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>All %n conflict(s) resolved. Saving leaves them out of the file.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both sides added this, with different content.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both sides changed this differently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the value both sides started from ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep &amp;Ours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the value the file holds now ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No merge conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One side deleted this while the other changed or used it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ours (in the file now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take &amp;Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the other branch's value ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the value yourself ({keys})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use &amp;Base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>base</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>theirs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this value cannot be typed; pick a side instead</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{left} of %n merge conflict(s) to resolve. The file holds our side's value until you choose; check fails until every conflict is resolved.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{place}:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeckOptions</name>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Company template (its slide master, fonts, colours, logo):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;RACI Studio's own look (16:9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the template file, or RACI Studio's own look.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Company Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kickoff Deck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PowerPoint presentations (*.pptx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file “{file}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the slides on which look?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>company.pptx</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Diagram</name>
        <message numerus="yes">
            <source>%n days past its planned end</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days past its planned end, still open</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n feedback loops</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n gates</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n nodes selected. Select one to edit it.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phases</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt; ({kind}): {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;uto-layout Diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accountable: {roles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Gate After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Gate Here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Phase Here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Align</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Align {side}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Auto-layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B&amp;y:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bottom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost-benefit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not export {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete them with the phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distribute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distribute Horizontally</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Distribute Vertically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to add a phase, or use Add Phase above.</source>
            <extracomment>Width over height of the area the auto-layout is laid out for. The colour scheme the items draw in (exports keep the default, light).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag from one node to another to connect them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Label…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ethical review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback Loop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit to Window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flow Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forward Flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go / no-go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Horizontally</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Launch readiness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle Properties Pane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle diagram</source>
            <extracomment>The key that connects the focused node to the next one in reading order. Ctrl+arrow: how far the selected nodes move (one grid step).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle diagram, PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle diagram, PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle diagram, SVG image (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ML lifecycle · {counts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Middle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Focus to Diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move them to {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New phase</source>
            <extracomment>Whether the properties pane is shown, kept between sessions.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No phases yet.</source>
            <extracomment>Largest PNG side, in pixels, so that a huge diagram at a high scale cannot exhaust memory.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No planned end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <extracomment>The accent on a dark canvas (a selection or focus ring must stand out from dark cards).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out&amp;come:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overrun:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P&amp;lanned for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper size:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase {number} of {count}  ·  {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick a date from the calendar or type it; Delete clears it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned decision date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present Lifec&amp;ycle</source>
            <extracomment>View ▸ Move Focus to Diagram: the canvas, or from the canvas the properties pane (F6 moves between the panes of a window in most desktop apps). Show or hide the properties pane (Alt+Enter opens properties in many desktop apps).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put the keyboard focus on the diagram, or from it on the pane</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Ran %n days past its planned end</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible: {roles}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SVG image (*.svg);;PNG image (*.png);;PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scale:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a phase or a gate to edit its name, status and dates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the properties of the selected phase or gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the whole diagram</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab or arrow keys: next or previous phase or gate. Enter or F2: rename. Ctrl+arrow keys: move. C: connect to the next node. Insert: add a phase. Delete: delete. F6: to the properties of the selected node and back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text along the flow:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole lifecycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vertically</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>What should happen to the %n activities of “{phase}”?</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Zoom In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>feedback loop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gate passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not yet decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{diagram}, node {number} of {count}. {keys}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name}, phase, {status}, {days} days past its planned end; %n activities; Accountable: {accountable}; Responsible: {responsible}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}, phase, {status}; %n activities; Accountable: {accountable}; Responsible: {responsible}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}, {kind} gate, {state}; criteria: %n</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{paper} landscape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{project} — Presentation</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{status} · %n activities</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{status} · %n activities · +{days} d late</source>
            <extracomment>Where a card's status line starts, after its status dot. Top of the Accountable and Responsible chip rows inside a phase card. The font each text layer is written in; whoever draws a layer sets its font first, once for all the items it draws (setting a font always starts a new group in SVG and PDF). First item type free for applications. The PySide6 stubs omit QGraphicsItem.UserType, which exists at run time; reading it here keeps the value Qt's own. The layers drawn when zoomed far out (outlines only) and half out (no small type).</extracomment>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{status} · +{days} d late</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{status}, %n activities</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{subtitle}  ·  page {number} of {count}</source>
            <extracomment>Paper sizes the PDF export offers, always landscape. Margin of a PDF page, its header (title) and footer (legend), in points. The smallest scale a PDF page draws the diagram at (scene unit to point): card names stay about 7 pt. A diagram that would need less is spread over several pages.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>→ / Space: next     ←: back     Esc: leave</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Phase 1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>&amp;Date of the evidence:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {file} ({card}). The reported results become measurements on the date below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From {folder}: {files}. Each tracked data set becomes or updates a data requirement; a changed content hash is dated below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hugging Face card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hugging Face model card (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import DVC Lineage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Model Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model Card Toolkit JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model Card Toolkit card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model cards (*.md *.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The DVC files cannot be read.

{error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The model card cannot be read.

{error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the import adds or changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} of {model}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem}

The plan has not changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Files</name>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the project</source>
            <extracomment>Files that File &gt; Open hands to the import dialog.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened a copy of the sample {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI Studio projects (*.raci.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reloaded {name}: it was changed on disk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored unsaved work: save it to keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Project As</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets to import (*.xlsx *.xlsm *.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file on disk changed and cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}

Your project is still open here. Save it to write the file again, or use Save As to put it somewhere else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {reason}

Your changes are still open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reason}
Your version stays open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has unsaved changes. Save them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was changed by another program, and you have unsaved changes.

Reload the file from disk (your changes here are lost), or keep your version (saving will replace theirs)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was deleted or moved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>"{activity}" belongs to a phase that does not exist ("{phase}"); move it to one of the project's phases.</source>
            <comment>unknown-phase</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{activity}" consults {count:w} roles ({roles}); too many cooks: keep Consulted to the few whose input changes the outcome (at most {limit}) and Inform the rest.</source>
            <comment>too-many-consulted</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{activity}" gives letters to a role that does not exist ("{role}"); add the role or clear the cell.</source>
            <comment>unknown-role</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{activity}" has no Accountable role; there must be exactly one.</source>
            <comment>missing-accountable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{activity}" has no Responsible role; at least one role must do the work.</source>
            <comment>missing-responsible</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{activity}" has {count:w} Accountable roles ({roles}); there must be exactly one.</source>
            <comment>multiple-accountable</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{activity}": {role} holds {letters}, which are not {scheme} letters (use {allowed}).</source>
            <comment>letter-not-in-scheme.many</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{activity}": {role} holds {letters}, which is not a {scheme} letter (use {allowed}).</source>
            <comment>letter-not-in-scheme</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{metric}" has no target; set one so everyone knows what success looks like.</source>
            <comment>metric-without-target</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{metric}" is drifting: the average of its last {window} measurements has been above the threshold of {threshold} since {since} (by up to {amount}).</source>
            <comment>metric-drift.above</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{metric}" is drifting: the average of its last {window} measurements has been below the threshold of {threshold} since {since} (by up to {amount}).</source>
            <comment>metric-drift.below</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{metric}" is {value} on {date}, worse than its threshold of {threshold} (higher is better).</source>
            <comment>metric-breached.higher</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{metric}" is {value} on {date}, worse than its threshold of {threshold} (lower is better).</source>
            <comment>metric-breached.lower</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{role}" holds no letter on any activity; give it work or remove it.</source>
            <comment>idle-role</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"{role}" is Accountable for {count} of {total} activities ({share:.0%}); one owner for so much becomes a bottleneck: share ownership with the roles doing the work.</source>
            <comment>accountable-overload</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business KPI "{metric}" has no model metric linked to it; link the model metric that stands in for it, so model progress can be read as business progress.</source>
            <comment>kpi-without-proxy</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data set "{dataset}" ({path}) has new content since {changed}.</source>
            <comment>data-changed</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Errors: {errors} · Warnings: {warnings} · Notes: {notes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every metric measures model quality or a business result ({metrics}); nothing tracks latency, cost or fairness. Tracking accuracy alone is a classic mistake: add an operational metric (latency, cost) and a responsible-AI metric (fairness).</source>
            <comment>accuracy-only</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate "{gate}" fails: {failing}.</source>
            <comment>gate-failing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate "{gate}": criterion "{criterion}" is bound to a metric that does not exist ("{metric}"); bind it to an existing metric or remove the binding.</source>
            <comment>criterion-unknown-metric</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go/no-go criterion "{criterion}" is bound to a metric that does not exist ("{metric}"); bind it to an existing metric or make it a manual check.</source>
            <comment>scoping-criterion-unknown-metric</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandatory criterion "{criterion}" of gate "{gate}" is not met yet; the template requires it before the project goes on.</source>
            <comment>mandatory-criterion-open.gate</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandatory criterion "{criterion}" of the MRD is not met yet; the template requires it before the project goes on.</source>
            <comment>mandatory-criterion-open.mrd</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge conflict at {place}: both sides added it with different content; open the project in RACI Studio and pick ours, theirs or the base value in the Conflicts panel.</source>
            <comment>merge-conflict.added</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge conflict at {place}: both sides changed it differently; open the project in RACI Studio and pick ours, theirs or the base value in the Conflicts panel.</source>
            <comment>merge-conflict.edited</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge conflict at {place}: one side deleted it while the other changed or used it; open the project in RACI Studio and pick ours, theirs or the base value in the Conflicts panel.</source>
            <comment>merge-conflict.deleted</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No findings: every rule passes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase "{phase}" has no activities; add the work it holds or remove it.</source>
            <comment>empty-phase</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping: assumptions and constraints missing ({missing}); write down what the plan takes for granted and its limits.</source>
            <comment>scoping-missing-assumptions-and-constraints</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping: business kpi and model metric missing ({missing}); add the business KPI that says the project worked and link the model metric that stands in for it.</source>
            <comment>scoping-missing-success-metrics</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping: business objective missing ({missing}); say what the business gains, in numbers, and by when.</source>
            <comment>scoping-missing-business-objective</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping: data requirements and risks missing ({missing}); list the data sets the model needs and what could go wrong.</source>
            <comment>scoping-missing-data-and-risks</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping: decision log missing ({missing}); record the decisions taken so far, with who took them and why.</source>
            <comment>scoping-missing-decision-log</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping: go/no-go criteria missing ({missing}); write the criteria that decide whether model development goes ahead.</source>
            <comment>scoping-missing-go-no-go</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping: model card missing ({missing}); describe the model, its intended use and its limits.</source>
            <comment>scoping-missing-model-card</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping: problem statement missing ({missing}); describe the problem in business terms, for whom and why now.</source>
            <comment>scoping-missing-problem-statement</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping: team raci missing ({missing}); give every activity of the RACI grid one Accountable and at least one Responsible role.</source>
            <comment>scoping-missing-team</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The MRD's go/no-go criteria fail: {failing}.</source>
            <comment>scoping-go-no-go-failing</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training data changed since the model card was written: data set "{dataset}" ({path}) has new content since {changed}, the card is of {card_date}; check that the card still describes the data the model is trained on.</source>
            <comment>data-changed-since-card</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity} × {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message}

Rule: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{severity} ({code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{subject}: {name}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Grid</name>
        <message>
            <source>"{letter}" is not a {scheme} letter.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n lines went past the last activity</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Due Date Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Status Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A due date must be a date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities whose name or deliverable holds this text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a phase first: every activity belongs to a phase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blocked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear Filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to sort; right-click to show or hide columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De&amp;liverable Column</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deliverable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due before this date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due before…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due within a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter activities by text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter activities…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letters the role holds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Overdue by %n days</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Paste %n cells</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n cells.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Pasted %n cells; {left} left out.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan Order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the due date (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role {name} ({people})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the cell where the pasted block should start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show every activity again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide this column of the RACI grid</source>
            <extracomment>The settings key of the tracking columns the user shows. A role's column header was double-clicked: edit that role (the current column).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort Ascending</source>
            <extracomment>Actions the header menu lists after the sort entries (the column switches).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sort Descending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status is or is not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That activity is hidden by the filter.</source>
            <extracomment>The name column grows into spare width up to this (names rarely need more). Widths of the tracking columns: a date, a status with its badge, a short deliverable. Actions of the right-click menu (None = separator); the window fills this in. Sorting by a click on a column header, and the headers' menu.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rows are sorted: choose Plan Order to move activities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workload</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>holds any letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is R</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is R or A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is not</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line {line}, column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity}: deliverable {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity}: due {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity}: due {date}, overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity}: no deliverable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity}: no due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity}: status {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity}; breaks: {problems}</source>
            <extracomment>How activities are ordered within their phase (None: the plan's order). Findings about an activity (role None) or a cell, for what screen readers say.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({letter})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{shown} of %n activities</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>{where}: no role column here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{where}: {why}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>&lt;b&gt;A — Accountable&lt;/b&gt;: the one role that owns the outcome and signs it off. Exactly one per activity, so that a decision never has two owners or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;C — Consulted&lt;/b&gt;: roles whose input is sought before or during the work, in a two-way conversation. Keep them few: too many cooks slow everything down.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;I — Informed&lt;/b&gt;: roles kept up to date on progress or decisions, one way. They need to know, not to approve.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;R — Responsible&lt;/b&gt;: the role that does the work. Every activity needs at least one, and several roles may share the work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;S — Support&lt;/b&gt; (RASCI projects only): roles that help the Responsible role do the work. Turn it on in Project ▸ Project Properties.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cell may hold several letters; &lt;b&gt;A/R&lt;/b&gt; (the owner also does the work) is the most common.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About RACI Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan machine-learning projects in one file: scope, lifecycle, who does what, and the metrics that decide.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI Primer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI Studio {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI in two sentences per letter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>&amp;Activity column:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;First row:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Layout:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Merge into the open project (one undo step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Phase column:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A RACI Studio workbook: the whole project comes back as it was exported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As a name prefix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected: RASCI when some cell holds S (Support), else RACI. Letters of no scheme are listed cell by cell.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected: {scheme}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Header over two rows (role &amp;groups)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Header ro&amp;w:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I&amp;D column:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inner gro&amp;ups:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las&amp;t row:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Le&amp;tters:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letter &amp;column (long):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letters as columns, role names in the cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letters: {scheme}. Check the coloured parts and the notes under the table; correct anything on the left before importing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No RACI grid found here: {problem} Set the layout by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One row per activity, role and letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open as a &amp;new project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R&amp;ole column (long):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RASCI (S = Support)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role columns (grid) or letter columns:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roles as columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows with a name and no letters are g&amp;roups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S&amp;heet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The outer group rows become phases; inner ones (an area under a milestone) are kept in each activity's description or put before its name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This layout does not fit: {problem}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message numerus="yes">
            <source>%n activity(ies)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cell(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n filled cell(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n phase(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n role(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Header</source>
            <extracomment>List entries: what kind of line, and its marker.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes on the import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phases and groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read with care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import will make {activities}, {roles} and {phases}, with {cells}; {rows_skipped} and {cells_skipped} not imported (of the rows shown).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>row {cell}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cell}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>%n activities</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n errors</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n roles</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warnings</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Not done: {reason}</source>
            <extracomment>The views beside the grid: (key, "module:Class"). A key is the English tab title (the tab shows ``view_tabs.view_title(key)``). Each class is built as ``Class(adapter, selection, findings, parent)``; see :meth:`MainWindow.add_view`. Which tab (by key) shows what a finding or a link names.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These cells were not understood and were left as they were:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}[*] — RACI Studio</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MeasurementImport</name>
        <message>
            <source>&amp;Date for values the export does not date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(do not import)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv);;All (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a W&amp;B CSV Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a wandb Folder or an Offline Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an MLflow Database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an mlruns Folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Experiment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Import %n</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Import from MLflow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from Weights &amp; Biases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import measurements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import them as one step you can undo?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MLflow databases (*.db *.sqlite);;All (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MLflow metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map MLflow metrics to project metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map W&amp;B metrics to project metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map at least one MLflow metric to a project metric.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Map at least one W&amp;B metric to a project metric.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing chosen yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One value per day (the last one logged that day)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the latest value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parent run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project metric for {key}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read a run's metric history from a local &lt;b&gt;mlruns&lt;/b&gt; folder or an &lt;b&gt;mlflow.db&lt;/b&gt; tracking store (no MLflow installation needed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read a run's metrics from a &lt;b&gt;CSV export&lt;/b&gt; of a W&amp;amp;B chart or run table, or from &lt;b&gt;offline run folders&lt;/b&gt; (wandb/offline-run-…), with no W&amp;amp;B account or installation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected rows are left out. Import the others, as one step you can undo?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run Folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Runs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started (local time)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Store read from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The store is being written (a run may be logging to it right now).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This store has no runs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Try Again</source>
            <extracomment>Widgets a tracker adds after the choosers, in reading order (see _order_tabs).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>W&amp;B metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will be imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>While listing runs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mlflow.db File…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mlruns Folder…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{path}  ({kind}, %n runs)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;About RACI Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Clear Recent Files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;DVC Lineage…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit Role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Model Card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Move Phase Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New from Template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;RACI Grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;System</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A&amp;ppearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add &amp;Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Pha&amp;se…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add R&amp;ole…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a phase after the current one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a role (a column of the grid) after the current one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an activity below the current one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always draw in dark colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Always draw in light colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close RACI Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the project and go back to the welcome page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare &amp;With</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare several projects: owners, gates and shared people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the selection to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Activit&amp;y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete P&amp;hase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Ro&amp;le</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the current column's role and its letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the current phase; you choose where its activities go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected activities and their letters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the current column's role: name, short name, people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the project's name, description and letter scheme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export &amp;Kickoff Deck…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow the desktop's light or dark colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this project's roles and lifecycle as a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lif&amp;ecycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List every command's keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main Toolbar</source>
            <extracomment>The toolbar's commands, in order (None: a separator).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the change taken back again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Activity &amp;Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Activity Do&amp;wn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Activity to &amp;Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Phase Earl&amp;ier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Role Le&amp;ft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move Role Ri&amp;ght</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the current activity one row down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the current activity one row up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the current phase after the one below it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the current phase before the one above it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the current role one column to the left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the current role one column to the right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selection to the clipboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Portfolio…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a project file, or a spreadsheet to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase and Gate Da&amp;tes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan and record the dates of phases and gates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pro&amp;ject Properties…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put what the clipboard holds at the selection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI &amp;Primer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI &amp;Sheet…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read activities, roles and letters from a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read evidence for the metrics from a DVC pipeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read evidence for the metrics from a model card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename what is selected in the current view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retrospec&amp;tive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as &amp;Template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the project to a new file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the project to its file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scopi&amp;ng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the current view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select everything in the current view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the merge conflicts to resolve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide what the checks found in the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the commands' names under the toolbar's icons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the current view at its actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the current view larger</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the current view smaller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the {view} tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a project from a template or from scratch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take back the last change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The version and licence of RACI Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toolbar La&amp;bels</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What Responsible, Accountable, Consulted and Informed mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a PowerPoint deck for the project's kickoff meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the project as a workbook, a report or a picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{command} ({keys})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message numerus="yes">
            <source>%n measurements of {name}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurements of {name} ({unit})</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Chart:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>? no threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>? unknown metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a metric first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add this measurement to the selected metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Breached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business KPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart tools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not export {path}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of the new measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Degradation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected measurements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a rectangle to zoom into it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag to move the chart; drag with the right button to zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drifting since {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>E&amp;xport Metrics Chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Chart…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back to the previous zoom or pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go forward to the next zoom or pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Higher is better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Measurements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Measurements from CS&amp;V…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Measurements from CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Measurements from CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Measurements from MLflo&amp;w…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import Measurements from W&amp;&amp;B…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from MLflow…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from W&amp;&amp;B…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import from Weights &amp; Biases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported from {source}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KPI and its proxies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest: {value} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading charts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lower is better</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measurements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Measurements (add a metric first)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric over time</source>
            <extracomment>Height of one scorecard row when the pane is short: rows closer than in an export. The charts, in the order the picker offers them.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No gate criterion is bound to this metric.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No target set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note on the new measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new to import: every value is already recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing new to paste: those values are already recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to paste: copy rows of date and value from a spreadsheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operational</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paste rows (date, value, note) from a spreadsheet with Ctrl+V.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pasted into {name}: {summary}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible AI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this chart as PNG, SVG or PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scorecard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a metric in the table to see it over time.</source>
            <extracomment>matplotlib's tools that open its own dialogs, which speak English only (and whose margins and styles the next redraw would undo); Export Chart… saves the chart.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a metric to paste measurements into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the whole chart again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stands in for KPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <extracomment>The columns' keys (a field or a computed value); computed columns are read-only.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The business KPI this model metric stands in for.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These rows were not understood and were left out:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This project has no business KPI yet: set a metric's category to Business KPI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold: {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trend: {trend}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value of the new measurement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>improving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>worsening</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{gate} — {criterion}: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{gate}: {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} (higher is better)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{status} (lower is better)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>☐ not checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>☑ checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✗ fail</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewProjectDialog</name>
        <message>
            <source>&amp;Start from:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New ML project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New Project from Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No phases, roles or activities yet: build the lifecycle and the grid yourself.</source>
            <extracomment>The choice of no template at all, in the New Project dialog. Prefix of an own template's choice: the rest is the template file's path.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (own template)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PortfolioDialog</name>
        <message numerus="yes">
            <source>%n file(s) left out: {files}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>&amp;Save Audit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No project file could be read in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Portfolio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portfolio Audit — {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portfolio audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save Audit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be written: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectCommands</name>
        <message>
            <source>Add Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete them with the phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move them to {phase}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a cell in the role's column first.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“{name}” has %n activities. What should happen to them?</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>“{name}” holds letters in %n activities. Delete the role and its letters?</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Letters:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project Properties</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>&amp;Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recovery copy was saved on {when}, for a project never saved. Restore it now? “Later” keeps the copy until you restore or discard it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recovery copy was saved on {when}, for {file}. Restore it now? “Later” keeps the copy until you restore or discard it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write the recovery copy: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI Studio closed before “{name}” was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI Studio hit an unexpected error. Your work is safe: a recovery copy was saved, and you can keep working. Please save your project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore unsaved work?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Retrospective</name>
        <message numerus="yes">
            <source>%n commits read</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n handoffs found</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n versions skipped: not readable as a plan.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <extracomment>The fields shown, one per column.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity tracking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Contributing Factor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Finding</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Lesson</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contributing factors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criterion:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deliverable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each lesson may carry the go/no-go criterion it becomes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Retrospective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Retrospective…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Timeline…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter activities…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find the handoffs in the file's git history: activities whose Accountable or Responsible role a commit changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Findings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Git history read so far</source>
            <extracomment>Readers still running. They have no parent, so that closing the tab never destroys a running thread: a cancelled reader ends at the next version and removes itself.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Git history: {commits}, {handoffs}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go/No-Go Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handoffs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lessons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading the timeline…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown (*.md);;Web page (*.html)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No computed finding yet: add dates, gate decisions and measurements.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No git history: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in a git work tree: no history to read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <extracomment>The status filter's choice that keeps every row (a marker, never shown).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes and lessons</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Only the newest %n commits were read.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned against actual, with every decision on the same time axis.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read History from &amp;Git</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read History from Git</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the git history was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Reading the git history: %n commits…</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Reading the git history…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revised checklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Root-cause analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the plan in a git work tree to see its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show activities by status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop reading the git history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contributing factor:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The criterion that would catch it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The finding:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The git history could not be read: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The lesson:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The root-cause analysis with its timeline, as Markdown or a web page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The timeline chart as a PNG image or an SVG drawing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened, in a few sentences: the outcome against the target and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} cannot be written: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>→ go/no-go: {criterion}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoleDialog</name>
        <message>
            <source>&amp;Group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;People:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Short label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One person per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. DS (column header)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Schedule</name>
        <message numerus="yes">
            <source>+%n days</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Actual end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actual start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click a date to pick it from a calendar; Delete clears it. Edit ▸ Undo takes a change back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not decided</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overrun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase</source>
            <extracomment>What a cell holds, for the delegate: a date, an outcome or a role. The widest date a cell shows, for sizing its column. Room around a cell's text: the item's margins and a little air. The phases table's fields, in column order. The gates table's fields, in column order.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase and Gate Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned end</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>deferred</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>skipped</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Scoping</name>
        <message>
            <source>(default)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Overall:&lt;/b&gt; {verdict} — {passing} of %n criteria pass</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Accountable (A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a row (Insert)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add assumption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add constraint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add data set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assumption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assumptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assumptions and constraints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Availability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Baseline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business KPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business KPI and model metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Business objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caveats and recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Constraint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Constraints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write {path}:
{error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criterion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data requirements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data requirements and risks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decision log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to open this metric in the Metrics view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click to show this phase's activities in the RACI grid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each business KPI with the model metrics that stand in for it, then latency, cost and fairness. Edit baseline, target and threshold here; double-click a metric to open it in the Metrics view.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter saves; Shift+Enter starts a new line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ethical considerations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluated from its metric: no check mark needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluation data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every mandatory section is filled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export MRD</source>
            <extracomment>File suffix -&gt; the key of the format that writes it (the first is the default).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export MRD…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Model Card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export Model Card Summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export model card…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fairness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For when the model exists. Its metrics are taken from the project's metrics.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From the RACI grid: per phase, who is Accountable and who is Responsible. Double-click a phase to see its activities in the grid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gate decisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go/No-Go criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go/no-go criteria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hugging Face model card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Intended use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind / proxies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Latest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likelihood</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Likelihood × impact (1 to 9): 1–2 low, 3–4 medium, 6–9 high.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limits the solution must respect: latency, cost, fairness, legal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mandatory sections</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Manual check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Markdown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric: {id} (missing)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metric: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mitigation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model Card Toolkit JSON</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model Requirements Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model card: {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Model metric, not linked to a KPI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected row down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected row up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No gates yet: add them in the Lifecycle tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No model, operational or fairness metrics yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No phases yet: add them in the Lifecycle tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No target set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not measured yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Op</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in Metrics view</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operational (latency, cost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out-of-scope uses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <extracomment>How a cell shows and which editor the delegate opens for it.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proxy for {kpi}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quality concerns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI Studio cannot write “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected rows (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible (R)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible AI (fairness)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Risks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the MRD as Markdown (for Confluence, Notion, GitHub) or HTML</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schedule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping {percent}% complete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sensitivity / PII</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in Lifecycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in RACI grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Success metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary for a PM…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team RACI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The data sets the model needs: where they come from, who owns them, when they are available, how sensitive they are and what is wrong with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The problem in business terms: who has it, what it costs, why now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The result the business wants, measurable and dated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Threshold breached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when a person has checked this criterion (dated today).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Training data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Web page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What could go wrong. Score = likelihood × impact; mitigate the red ones first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What must hold before model development goes ahead. A manual criterion is ticked by a person (dated); one bound to a metric is evaluated from its latest value.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the plan takes for granted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What was decided, when, by whom and why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When each phase is planned to run and did run, and what was decided at each gate. Double-click a date to pick it from a calendar (Delete clears it), or a name to see it in the Lifecycle tab.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{metric}: {latest}, {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent}% · {filled} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{score} · {level}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— nobody —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Add an activity below the current one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+O, Alt+T, Alt+B, Alt+E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alt+Up / Alt+Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the selected cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy / paste a block (spreadsheet compatible)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl++ / Ctrl+- / Ctrl+0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+1 … Ctrl+4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+C / Ctrl+V</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Enter or Insert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ctrl+arrow keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete or Backspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram: add a phase after the focused one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram: connect the focused node to the next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram: go to the next / previous phase or gate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram: move the selected nodes a grid step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram: rename the focused node</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram: show or hide the properties pane</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diagram: the canvas, then the properties pane, and back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter or F2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F2 on the name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F2 or double-click</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F5 (Esc leaves)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>F8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find (filter activities)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Insert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the activity up / down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick letters for a cell</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Present the lifecycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>R, A, C, I (S in RASCI)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the activity or phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve a conflict: keep ours, take theirs, use base, edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shift+F8</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the findings panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the merge conflicts panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Switch views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tab / Shift+Tab or arrow keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toggle a letter in the selected cells</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo / redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom the grid</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <source>&amp;Description:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Criteria every new project must meet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MRD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MRD sections every new project must fill</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One line: what kind of project this template is for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as Template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved in {folder}. Measurements, dates, decisions, people and the retrospective are left out. To share it, put the file in a shared folder or repository.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the template {name}; File ▸ New from Template lists it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template &amp;name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template cannot be saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This project has no go/no-go or gate criteria yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} template</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export cancelled: nothing was written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported with warnings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import RACI Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kickoff Deck</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI Studio cannot write “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing slide {number}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the kickoff deck…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>Lifecycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <extracomment>What builds a listed view: ``make(module, class name)`` returns the panel.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RACI Grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retrospective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoping</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Welcome</name>
        <message>
            <source>&amp;New from Template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Recent projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent projects yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No samples found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan a machine-learning project in one file: the problem and its success metrics, the lifecycle, who does what, and the numbers that decide go or no-go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sa&amp;mples</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
