<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdmitDialog</name>
    <message>
        <source>From the clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the emergency department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in from another hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit into bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for admission (clinical; not shown to reception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed} ({room})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the attending doctor —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}   MRN {mrn}   born {birth_date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and choose the patient first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the patient is admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the attending doctor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedBoard</name>
    <message>
        <source>Why is the bed reserved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the bed out of service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed} is free now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed} is reserved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed} is out of service now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed} is to be cleaned now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN {mrn} · day {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out ~{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaned — bed free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{beds}: {occupied}, {free}, {reserved}, {cleaning}, {out_of_service}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln beds</source>
        <translation>
            <numerusform>%Ln bed</numerusform>
            <numerusform>%Ln beds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occupied</source>
        <translation>
            <numerusform>%Ln occupied</numerusform>
            <numerusform>%Ln occupied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free</source>
        <translation>
            <numerusform>%Ln free</numerusform>
            <numerusform>%Ln free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reserved</source>
        <translation>
            <numerusform>%Ln reserved</numerusform>
            <numerusform>%Ln reserved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cleaning</source>
        <translation>
            <numerusform>%Ln cleaning</numerusform>
            <numerusform>%Ln cleaning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln out of service</source>
        <translation>
            <numerusform>%Ln out of service</numerusform>
            <numerusform>%Ln out of service</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted into bed {bed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedState</name>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DischargePanel</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to another hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left against medical advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications on discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{diagnosis} (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This discharge summary is not a draft you may sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no discharge summary you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend (new version)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview / print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summary versions (a signed version never changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No summary yet: fill it from the record or write it, then save the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} is a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summary signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the discharge summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does the signed summary need a new version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft version: edit it, then sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discharge summary v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{patient} discharged ({outcome}); bed {bed} goes to cleaning; %Ln more bed-day(s) charged.</source>
        <translation>
            <numerusform>{patient} discharged ({outcome}); bed {bed} goes to cleaning; %Ln more bed-day charged.</numerusform>
            <numerusform>{patient} discharged ({outcome}); bed {bed} goes to cleaning; %Ln more bed-days charged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FluidPanel</name>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enteral tube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vomit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gastric aspirate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In and out per day (ml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: in {intake} ml, out {output} ml, balance &lt;b&gt;{balance} ml&lt;/b&gt; · stay running balance &lt;b&gt;{running} ml&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing charted for this stay yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the measured volume in ml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charted intake: {volume} ml ({route}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charted output: {volume} ml ({route}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the entry that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the entry is wrong (at least 5 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry of {volume} ml marked entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InpatientsWorkspace</name>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
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
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My inpatients (double-click the bed on the board to open any of your stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My inpatients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed board / admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln inpatient(s).</source>
        <translation>
            <numerusform>%Ln inpatient.</numerusform>
            <numerusform>%Ln inpatients.</numerusform>
        </translation>
    </message>
    <message>
        <source>That stay is not one you may open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Isolation</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>droplet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>airborne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droplet isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airborne isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protective isolation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarPanel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug}: given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was the dose held?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug}: held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was the dose refused?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug}: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband (MRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the medicine (dispensing label or pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{late}, {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln late</numerusform>
            <numerusform>%Ln late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due now</source>
        <translation>
            <numerusform>%Ln due now</numerusform>
            <numerusform>%Ln due now</numerusform>
        </translation>
    </message>
    <message>
        <source>wristband</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dose is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRONG PATIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wristband scanned ({code}) is not the wristband of {patient} (MRN {mrn}, bed {bed}). Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the patient&apos;s identity and scan their own wristband.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dose first, then scan its medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRONG MEDICINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned code ({code}) is not {drug} of this dose ({prescription}, {dose} {route}). Do not give it. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the dispensing label of this prescription or the pack of this medicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dose first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the medicine of this dose first ({drug}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>soap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate (/min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic BP (mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic BP (mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiratory rate (/min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systolic BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: &quot;{text}&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign} {value} {unit} is outside the plausible range {low} to {high} {unit}: check the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to record: type the values you measured (empty fields are not recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diastolic pressure ({diastolic}) must be below the systolic ({systolic}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing note for this shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save nursing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluid balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request pre-a&amp;uthorisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the patient&apos;s insurer to pre-authorise this admission or items of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorisation requested: the insurer&apos;s answer reaches billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed} · admitted {admitted} (day {day}) · attending {attending} · {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign}: {low} to {high} {unit}; leave empty if not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln observations recorded: {summary}.</source>
        <translation>
            <numerusform>%Ln observation recorded: {summary}.</numerusform>
            <numerusform>%Ln observations recorded: {summary}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {patient} from bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the patient moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ward} — bed {bed} (reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ward} — bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bed the patient moves to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient} moved to {ward}, bed {bed}; bed {old_bed} to cleaning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsChart</name>
    <message>
        <source>No observations charted in this stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resp. rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ward</name>
    <message>
        <source>Nothing to record: type at least one measured value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP {systolic}/{diastolic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RR {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 {value}%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardWorkspace</name>
    <message>
        <source>Bed</source>
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
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest nursing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover: one line per patient of the ward, for the next shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Midnight census: %Ln bed-day(s) posted.</source>
        <translation>
            <numerusform>Midnight census: %Ln bed-day posted.</numerusform>
            <numerusform>Midnight census: %Ln bed-days posted.</numerusform>
        </translation>
    </message>
</context>
</TS>
