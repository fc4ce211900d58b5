<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Candidate</name>
    <message>
        <source>a twin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parent or child?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone of the same name?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatePanel</name>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing: likely existing records appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected existing patient instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANOTHER PERSON? {relation} {score}%: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STRONG MATCH {score}%: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible match {score}%: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}   UNIDENTIFIED   MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}   MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {born}, {sex}, {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {born}, {sex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n existing records look like this patient. Check before registering.</source>
        <translation>
            <numerusform>%Ln existing record looks like this patient. Check before registering.</numerusform>
            <numerusform>%Ln existing records look like this patient. Check before registering.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely existing record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the same person after all: open this record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%Ln y</numerusform>
            <numerusform>%Ln y</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>c. %n y</source>
        <translation>
            <numerusform>c. %Ln y</numerusform>
            <numerusform>c. %Ln y</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>same name but born %n years apart: a parent or child?</source>
        <translation>
            <numerusform>same name but born %Ln year apart: a parent or child?</numerusform>
            <numerusform>same name but born %Ln years apart: a parent or child?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>MRN {mrn}  {name}, born {born}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which record is kept? Everything recorded for the other moves to it; the other&apos;s MRN will find it. A merge can be undone from the patient index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These records stay separate, and the duplicate check will not propose this pair again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (at least {count} characters; kept in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep separate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>another patient of the same name matches as well: check the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same family name and birth date but another given name: a twin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same national ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name spelled slightly differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name looks alike (misread letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name sounds alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name spelled slightly differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name looks alike (misread letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name sounds alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family name similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day and month of birth swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date one day apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date differs in one digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two digits of the birth date swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth year and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same birth year (day and month not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year within the estimated age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national ID differs in one character (a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national ID differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name is a nickname of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesWorkspace</name>
    <message>
        <source>Encounters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the registry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a small registry (up to {count} patients); a large one: hms-admin find-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision (best first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one record and move everything from the other to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both; never propose this pair again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two records, and how much is recorded for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; pairs waiting</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; pair waiting</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; pairs waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>{found} found, {decided} decided ({merged} merged, {distinct} not the same person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Score {score}&lt;/b&gt;: {reasons} (found {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pair selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record A — MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record B — MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason of at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged (merge #{id}): MRN {gone} now finds MRN {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept separate: MRN {a} and MRN {b} will not be proposed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scan #{id}: {patients} patients, %n new pairs queued in {seconds} s.</source>
        <translation>
            <numerusform>Scan #{id}: {patients} patients, %Ln new pair queued in {seconds} s.</numerusform>
            <numerusform>Scan #{id}: {patients} patients, %Ln new pairs queued in {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct demographics — MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name misspelt at registration; patient moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change (kept in the record&apos;s history):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency registration — unidentified patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a patient nobody can identify yet. The database gives a temporary identity (&lt;b&gt;UNKNOWN year-number&lt;/b&gt;) for the wristband, orders and notes until the patient is identified; then the record is merged into their existing one or completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>years, e.g. 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where found, who brought them, features (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register unidentified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;wristband…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the estimated age in years (a guess is fine), e.g. 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not an age; type whole years from 0 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered as &lt;b&gt;{alias}&lt;/b&gt; (MRN {mrn}), unidentified, {sex}, born {born}. Put the wristband on now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Identify {alias} (MRN {mrn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. passport brought by his daughter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{alias}&lt;/b&gt; is unidentified. Type who they are. If they are already registered (see &lt;i&gt;Possible duplicates&lt;/i&gt;), do not record a new identity: an administrator merges this record into theirs in the Patient index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the existing patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong match exists: say how you know this is a different person (at least {count} characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was the patient identified? (at least {count} characters, kept in the history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Ask an administrator to merge {alias} (MRN {mrn}, the duplicate) into MRN {existing_mrn} ({existing_name}, the record to keep) in the Patient index: everything recorded under the alias moves to that record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeWorkspace</name>
    <message>
        <source>UNIDENTIFIED ({alias})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified (was {alias})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Record to keep (survivor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Duplicate to merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate (merged into survivor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are these the same person? (at least {count} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicate into survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the selected merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move everything recorded for MRN {duplicate_mrn} ({duplicate_name}) to MRN {survivor_mrn} ({survivor_name})? MRN {duplicate_mrn} will then find the survivor. This can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged (merge #{id}). The duplicate&apos;s MRN now finds the survivor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a merge to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why undo merge #{id}? (at least {count} characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason of at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge #{id} undone: both records are separate again, exactly as before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDetail</name>
    <message>
        <source>Demographics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct demographics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record who this unidentified patient is, or see how to merge the record into theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print wristband…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print ID label…</source>
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
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID label {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record #{id} merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge of record #{id} undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered unidentified as {alias}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>exact date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year of birth, e.g. 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated age in years, e.g. 40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pattern}, e.g. {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the birth date is known: the exact date, only the year, or an age estimated by staff (shown as such everywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientInput</name>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {most}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the birth date is exact, only the year, or an estimated age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the year of birth, e.g. 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not a year; type four digits, e.g. 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born this year and only the year known: type the exact date, or an estimated age of 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year of birth is before 1880.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the estimated age in years, e.g. 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not an age; type whole years from 0 to {most}, e.g. 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date is required ({pattern}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}. If only the year is known, choose &apos;year only&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}. If the age is estimated, choose &apos;estimated age&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is before 1880.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose female, male, other or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A national ID has 4 to 32 letters, digits or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, (, ), ., / or - only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long (300 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code has 2 to 12 letters, digits, spaces or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>{name}  (unidentified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, MRN, birth date, phone or national ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient found. Check the spelling, or register a new patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patients found — scroll for more</source>
        <translation>
            <numerusform>%Ln patient found — scroll for more</numerusform>
            <numerusform>%Ln patients found — scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients found</source>
        <translation>
            <numerusform>%Ln patient found</numerusform>
            <numerusform>%Ln patients found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientRow</name>
    <message>
        <source>{year} (year only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. {year} (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceptionWorkspace</name>
    <message>
        <source>&amp;Register new patient… (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency — unidentified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a patient nobody can identify yet under a temporary identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a new patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient may already be registered. To register anyway, say why (at least {count} characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency — unidentified…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a patient nobody can identify yet under a temporary identity (UNKNOWN year-number), with sex if known and an estimated age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing records could not be checked. Press Register again to register anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register as unidentified?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names typed here will not be used: the patient gets a temporary identity until identified. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for existing records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why you register despite the strong match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, MRN {mrn}, born {born} ({score}%: {reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong match exists. Open the existing record instead, or say why this is a different person (at least {count} characters) and register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>{mrn} is not a valid MRN (its check digit is wrong): mistyped?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FormKeys</name>
    <message>
        <source>Discard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this registration?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this correction?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this identification?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
