<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Allergy</name>
    <message>
        <source>drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClinicWorkspace</name>
    <message>
        <source>Time</source>
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
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s appointments in my clinics (double-click or Return to start or resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} (video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) today.</source>
        <translation>
            <numerusform>%Ln appointment today.</numerusform>
            <numerusform>%Ln appointments today.</numerusform>
        </translation>
    </message>
    <message>
        <source>That order is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Encounter</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncounterView</name>
    <message>
        <source>Subjective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (SOAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
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
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose substance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaction, e.g. hives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (if known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient (or someone for them) says there are no known allergies: recorded with your name and the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked, and the patient knows of none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not yet asked — record allergies or &apos;No known allergies&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record allergies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search ICD-10 by code or words, e.g. J06 or &apos;hypertension&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to problem list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
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
        <source>Amend selected note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This encounter is not visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Encounter #{id}&lt;/b&gt; · {department} · {clinician} · started {started} · &lt;b&gt;{status}&lt;/b&gt; · video visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Encounter #{id}&lt;/b&gt; · {department} · {clinician} · started {started} · &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} of note {note}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} (remote)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{unit}  (plausible {low}–{high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sign} {value} {unit} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the substance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy to {substance} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and select a diagnosis first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} added as primary diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} added as secondary diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search and select a problem first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} added to the problem list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the note to amend in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>consultation note (SOAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nursing note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalSign</name>
    <message>
        <source>Systolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
