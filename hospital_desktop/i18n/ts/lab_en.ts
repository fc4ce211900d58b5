<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LabFlag</name>
    <message>
        <source>L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LL critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabOrder</name>
    <message>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabOrdersPanel</name>
    <message>
        <source>Laboratory orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical information for the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel selected order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — panel ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {specimen} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a test or panel from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ordered {name} (%n test(s)).</source>
        <translation>
            <numerusform>Ordered {name} (%Ln test).</numerusform>
            <numerusform>Ordered {name} (%Ln tests).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the order to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel lab order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {test} ({order}) cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabWorkspace</name>
    <message>
        <source>To collect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type MRN, accession, order number or family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect (scan wristband)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive (scan tube)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct released…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record call to clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical results not yet acknowledged by a clinician. Phone them, read back, record the call; unacknowledged results escalate to the department&apos;s other doctors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Critical callbacks (%n)</source>
        <translation>
            <numerusform>Critical callbacks (%Ln)</numerusform>
            <numerusform>Critical callbacks (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the orders to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive patient identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the wristband of {patient}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{refusal}. Nothing was collected: no tube is labelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders are for {patient} (MRN {mrn}). Check the patient&apos;s identity and scan their own wristband.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected: {specimens}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specimen labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive specimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the tube&apos;s accession number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received {accession}: %n test(s) to result.</source>
        <translation>
            <numerusform>Received {accession}: %Ln test to result.</numerusform>
            <numerusform>Received {accession}: %Ln tests to result.</numerusform>
        </translation>
    </message>
    <message>
        <source>{result} — flagged {flag} (reference {range})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result} (reference {range})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result} — {patient} (MRN {mrn}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered by {clinician}. Check the sample and the value; once it is verified and released, phone the clinician and record the call (Critical callbacks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} released to {clinician}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} corrected; {clinician} is alerted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is {test} ({order}) cancelled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the critical result you phoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call about {test} of {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician read the result back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to {person} about {test} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Result — {test} for {patient} ({order})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
