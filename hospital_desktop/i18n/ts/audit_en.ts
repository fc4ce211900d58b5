<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ EMERGENCY — {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln chart openings shown</source>
        <translation>
            <numerusform>%Ln chart opening shown</numerusform>
            <numerusform>%Ln chart openings shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chart openings</source>
        <translation>
            <numerusform>%Ln chart opening</numerusform>
            <numerusform>%Ln chart openings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records written</source>
        <translation>
            <numerusform>%Ln record written</numerusform>
            <numerusform>%Ln records written</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the patient&apos;s MRN for the access report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access report for {mrn}: {openings}, {writes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access report {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFlag</name>
    <message>
        <source>flagged LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged ABNORMAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged CRITICAL LOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged CRITICAL HIGH</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditQueries</name>
    <message>
        <source>{name} ({login})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} (database administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} (not a staff login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with MRN {mrn}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a comment of at least 5 characters: what you checked and found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s MRN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWorkspace</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainCheck</name>
    <message>
        <source>Every write is linked into a SHA-256 hash chain. The check seals the events of finished transactions, then recomputes the whole chain from the first event: any edited, removed or inserted event shows up at the first place where the chain breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing and verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified {done} of {total} sealed events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{result} — checked {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain intact: {sealed}, {unsealed}, head {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sealed events</source>
        <translation>
            <numerusform>%Ln sealed event</numerusform>
            <numerusform>%Ln sealed events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln awaiting seal</source>
        <translation>
            <numerusform>%Ln awaiting seal</numerusform>
            <numerusform>%Ln awaiting seal</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain broken at event {event}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain broken at the chain head: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSearch</name>
    <message>
        <source>INSERT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; added {table} row {row} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; changed {table} row {row} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; removed {table} row {row} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a write to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show unchanged columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln writes shown — scroll for more</source>
        <translation>
            <numerusform>%Ln write shown — scroll for more</numerusform>
            <numerusform>%Ln writes shown — scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln writes shown</source>
        <translation>
            <numerusform>%Ln write shown</numerusform>
            <numerusform>%Ln writes shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result {flag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value {flag}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Awaiting review only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you checked and what you found (recorded, cannot be changed later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an emergency access or a flagged change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency (break-glass) chart accesses&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Flagged staff changes&lt;/b&gt; (self-grants, new access to patient data or the audit trail, one-time passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outcome} ({reviewer}): {comment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency access by {staff} to {patient} ({mrn}) on {when}: “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login}: {flag} — “{reason}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select what you reviewed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
