<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccessReport</name>
    <message>
        <source>Access report {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of access to a patient&apos;s health information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all recorded history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: {name} · MRN: {mrn} · Born: {born} · Period: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by {name} on {when} from the hospital&apos;s tamper-evident audit trail. Every opening of the chart is listed with the purpose the staff member gave; emergency (break-glass) accesses are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart openings ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMERGENCY — {purpose}</source>
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
        <source>Login</source>
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
    <message>
        <source>No chart openings recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records written about the patient ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No records written in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hospital} · access report · MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} (yr only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} (year only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. {year} (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. {year} (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DischargeSummary</name>
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
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to another hospital</source>
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
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summary — {name} ({mrn})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} — amends the previous version: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summary</source>
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
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed electronically by {name} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint of the signed text (SHA-256): {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT by {name} — not signed, not valid for the patient&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mrn} · discharge summary v{version} · page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispensingLabel</name>
    <message>
        <source>Dispensing label {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {born}   MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rx {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot}   Exp {expiry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep out of the reach of children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensing receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN: {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity: {quantity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot}, expires {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(added to your hospital account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensed by {name}   ·   no. {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensing receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT registration {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels invoice {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN {mrn} · born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges of the patient&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance: {coverage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID — cancelled by credit note {number}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax {rate} % on {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which the insurer&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which the patient&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer declined (now the patient&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the insurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund of {receipt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pay the balance by {date}, quoting &lt;b&gt;{number}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer: {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer&apos;s share has been claimed from your insurer; you will hear from us if any part is not paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by {name}. Medical services are exempt from VAT unless a rate is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment receipt</source>
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
        <source>Refund of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by {name}. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpecimenLabel</name>
    <message>
        <source>URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimen labels {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN {mrn}   born {born}   {sex}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wristband</name>
    <message>
        <source>{alias}   UNIDENTIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {born}   {sex}   MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient label {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
