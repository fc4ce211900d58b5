<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>db</name>
    <message>
        <source>Admission {0} already has a discharge summary: edit its draft or amend the signed one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admission comes from the clinic, emergency, elective or transfer_in, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission {0} was discharged on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admission {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admission needs a patient and a bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admission with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission {0} is not on your ward nor your patient&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment amends a summary of the same admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attending must be an active doctor (staff id {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bed becomes occupied or free of a patient only by admission, transfer or discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bed code is 2 to 32 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter (not &quot;{0}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {0} is {1}; free beds on the ward now: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {0} is no longer in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bed with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {0} is not on your ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {0} is occupied by a patient: transfer or discharge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {0} is reserved ({1}): release the reservation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {0} is {1}: it can be retired only when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {0} cannot go from {1} to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the bed is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}) is not a ward: beds belong to rooms of departments of kind inpatient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No department with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department {0} is not a ward (a department of kind inpatient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discharge is home, transfer_out, deceased or against_advice, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summary {0} is not of your patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discharge summary is signed with at least its diagnoses and its follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discharge summary starts as a draft and is then signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge summary {0} (version {1}) is signed and can never change: write a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors and admissions staff admit patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors discharge patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors hand a patient over to another attending doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dose was already recorded ({0} at {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dose is given, held or refused, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose of {0} is not due yet (at {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the dose was {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose record {0} is already marked entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband before recording the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a scheduled time of prescription {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRONG PATIENT: the wristband scanned ({0}) is not this patient&apos;s; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter {0} is the stay of an admitted patient: discharge the patient to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected discharge date is before the admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected discharge date {0} is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluid entry {0} is already marked entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fluid volume is charted within 24 hours of measuring it, and not before the admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fluid volume cannot be measured in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hospital staff post bed-days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation is none, contact, droplet, airborne or protective, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a dose record entered in error needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a fluid entry entered in error needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the attending doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose record {0} on your ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fluid entry {0} on your ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prescription {0} of a patient on your ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the bed-day cannot be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stay {0} on your ward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only nurses and doctors chart fluids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only nurses and doctors correct the chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only nurses and doctors record doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} is already admitted (admission {1}, since {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient already lies in this bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was discharged on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient was discharged: the fluid chart of the stay is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} was merged into patient {1}: admit the surviving record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ward&apos;s clinicians change the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription {0} is {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room code is 2 to 32 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter (not &quot;{0}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {0} is deactivated: reactivate the room before adding or reactivating its beds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {0} still has {1} bed(s) in use ({2}): deactivate its beds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {0} is not on that ward: a bed lies on the ward of its room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} ({1}) is not a ward: rooms and beds belong to departments of kind inpatient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which bed the patient moves to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which scheduled dose of {0} this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the patient is admitted (at least 3 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the patient moves (at least 3 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the discharge summary before discharging the patient {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} is not the latest: amend the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {0} is still a draft: edit it instead of amending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward {0} is closed: reopen it before adding or reactivating rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward {0} is closed: reopen it before adding or reactivating beds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward {0} still has {1} room(s) in use ({2}): deactivate its rooms and beds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward {0} still has {1} room(s) in use ({2}): deactivate its rooms and beds first before it becomes {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ward nurses, admissions staff and administrators change bed states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only ward staff, doctors and admissions staff transfer patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit.{0} is append-only: {1} is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emergency access grant {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot review your own actions; another auditor must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many events to seal (0 or more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff change {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment is a discount or a correction, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The adjustment would make charge {0} negative ({1} {2} left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is too large ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has more than two decimals ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer &quot;{0}&quot; cannot approve {1} of a claim of {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer names item {0} that the claim does not have, or approves more than claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a FHIR ClaimResponse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only billing staff do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a coverage needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cash close is for today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {0} is already on an issued invoice and cannot be invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {0} belongs to another patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A charge goes from open to invoiced (and back when its invoice is voided) or void, not {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {0} is invoiced by issuing an invoice for it (billing.issue_invoice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {0} is on an issued invoice: void the invoice first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {0} is on an issued invoice: void the invoice to reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charge list names a charge twice (or is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No charge with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {0} is {1} and cannot be invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {0} is {1}: only open charges are adjusted (void its invoice first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge {0} is void and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim answer is approved, partial or rejected, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {0} is {1}: the payer pays approved claims only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {0} is {1}: only a submitted claim receives an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction is a non-zero amount with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction is too large ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash is an amount of zero or more with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash ({0}) differs from the expected cash ({1}) by {2}: explain the difference in a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash is too large ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage {0} is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage {0} is cancelled and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage {0} is not the patient&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a credit note: it cannot be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial reports are for billing and administration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} already has a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} is already void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} has a claim waiting for the payer&apos;s answer: void it once the claim is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} has no payer share to claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invoice with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice note is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} has payments of {1} {2}: refund them before voiding it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} is void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {0} is void: nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items approve {0} but the answer approves {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the consultation of encounter {2} cannot be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient owes {0} {1} on invoice {2}: {3} is too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient pays by cash, card or bank transfer, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer approved {0} {1} and has paid {2}: {3} is too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {0} is a payer&apos;s payment and cannot be refunded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {0} {1} of payment {2} is left to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment {0} is a refund and cannot be refunded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report period is from a day to a later day, at most ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one charge to invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected charges are in different currencies: invoice them separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A void reason is given when voiding a charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding a charge needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voiding an invoice needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cash for {0} is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cash for {0} is closed: no more payments can be taken that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy {0} was entered in error and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing an allergy to {0} needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an amendment has an amendment reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment belongs to the encounter of the note it corrects (encounter {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment names the note it corrects (amends_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment must be for a note of the same patient (note {0} belongs to another patient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis {0} was entered in error and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagnosis is only ever marked entered_in_error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A diagnosis can only go from provisional to confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a doctor or nurse caring for patient {0} can record &quot;no known allergies&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors close encounters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter {0} already has a primary diagnosis ({1}): add this one as secondary, or mark that one entered in error first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter {0} is already {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter {0} is {1}: no new {2} can be added (amend one of its notes instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter {0} is neither yours nor your department&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter {0} has no SOAP note: write the consultation note before closing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encounter with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter {0} is {1} and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error reason goes with entered_in_error only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a diagnosis entered in error needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a problem entered in error needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking a vital sign entered in error needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new diagnosis is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new problem is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new vital sign is final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note {0} that you may amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note {0} is itself an amendment: amend the original note {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurses write nursing notes (and amend nursing notes), not {0} notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing notes are written by nurses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The onset of a problem ({0}) cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open encounter has no end time: close it with clinical.close_encounter({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} has active allergies ({1}): &quot;no known allergies&quot; cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem {0} was entered in error and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the patient is allergic to (substance or substance_code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status reason is given with a change of status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An uncoded allergy needs its category (drug, food, environment or other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown substance code &quot;{0}&quot; (see clinical.allergy_substance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown vital sign kind &quot;{0}&quot; (one of: {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital sign {0} is already marked entered in error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vital sign is only ever marked entered_in_error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} {2} is not plausible: the plausible range is {3} to {4} {5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vital sign cannot be measured in the future ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is recorded in {1}, not in {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator manages staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators and auditors see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors and nurses may open a chart in an emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the chart is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active staff open charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be a day between the years 1800 and 2999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department {0} is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown department code {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency access needs a reason of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full name must have 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granting yourself a role needs a reason of at least 10 characters; it is flagged for the auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the hospital group roles can be granted, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active staff member chooses their language here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database login named {0} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed login cannot be in the future ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed login needs the user name, the time and the server&apos;s session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the login guard records failed logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login {0} holds an owner role and is not managed from the admin workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database login {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login {0} is a privileged database role and is not managed from the admin workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role; ask another administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your own password with &quot;Change my password&quot;, not with a reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator removes your second factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active staff member changes their password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password must be sent as a SCRAM-SHA-256 verifier computed by the client, never in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason of at least {0} characters (it goes into the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {0}: choose from {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active, unlocked staff login enters a second-factor code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code does not match: scan the QR code again and type the 6 digits the app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second factor is set up for your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authenticator secret has 20 to 64 random bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The break-glass duration must be between 0.25 and 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as GBP, EUR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must be text of at most 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 256 kB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital name must have 2 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle lock time must be a whole number of minutes from 1 to 240.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is an ISO 639 code such as en, fr, es or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locale is a language and country code such as en_GB, fr_FR or ar_EG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is locked after a whole number of 3 to 100 failed logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins are counted over a whole number of 1 to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second-factor code is valid for 1 to 24 hours of a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax registration number has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax label must have 1 to 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is already deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is deactivated: reactivate the account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member {0} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no second factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member needs at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid user name {0}: 2-63 characters, lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter, not starting with pg_ or hms_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a reserved word in the database and cannot be a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_doctor, hms_nurse only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_lab only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_pharmacist only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_nurse, hms_doctor, hms_reception only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A figure looks back 0 to 3660 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff refresh dashboards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask about at most 50 items, each by its price code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the status of a claim the payer has and has not decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment &quot;{0}&quot; is not base64 content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only billing staff answer payer queries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only billing staff reconcile remittances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only billing and ward staff ask for pre-authorisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {0} is not a claim on this payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {0} is {1} and is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim response cannot answer a {0} request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to send is not a FHIR resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents together are {0} MB: at most 3.5 MB go with one answer (a payer takes at most 5 MB per message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An eligibility answer must answer an eligibility request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed request is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the clinical reason for the pre-authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a period of at most ten years whose end is not before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the insurance gateway does this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {0}: no price code {1} on the price list today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {0}: the quantity is a number from 0.01 to 365.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items are free of charge: nothing to pre-authorise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admission {0} of this patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unmatched or refused remittance line with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has no insurance coverage in force today: record the coverage first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has no insurance coverage in force today: billing records the patient&apos;s insurance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with id {0} (or it was merged into another record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} is not in your care: ask for pre-authorisations of your own patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s {0} is not an amount: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer {0} answered request {1} that was never sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payer {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payer query with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pre-authorisation answer is decided, approved, partial, rejected or pending, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pre-authorisation asks for 1 to 50 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This query has been answered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading of the answer is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception and billing staff check insurance eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception and billing staff read insurance eligibility.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {0} was already sent with a different document: a retry sends the same one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the line was reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the line was reconciled in at most 500 characters of plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take 1 to 500 requests with a lease of 1 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an answer for the payer (2 to 2000 characters of plain text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_doctor or hms_lab may cancel laboratory orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling an order needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the orders to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_lab or hms_nurse may collect specimens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong patient: the scanned wristband ({0}) is not the patient of these orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_lab may correct laboratory results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_lab may record critical-result calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encounter {0} is not one of your patients&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_lab may enter laboratory results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab order {0} has no {1} message for the LIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab order starts as ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab result is never edited: enter a new version with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit 1-500, lease &gt;= 1 s and backlog 0-87600 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_lab may record the LIS&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3), not &quot;{0}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC code {0} is already a panel in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC code {0} is already a test in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC code {0} is not valid: the check digit should be {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price for lab test {0} (nor LAB-DEFAULT) valid on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_doctor may order laboratory tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {0} has no critical result to phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab order {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {0} is {1}: results are entered for received specimens (released results are corrected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab order {0} cannot go from {1} to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only orders not yet collected can be collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lab order {0} of yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel {0} has no active tests to order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is not in your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority must be routine, urgent or stat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_lab may receive specimens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_lab may release laboratory results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a released result is corrected (before release, enter a new result).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result code {0} does not match the ordered test {1} of order {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a number ({1} is reported as a number in {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {0} already has a result: replacing it needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {0} result cannot become {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a resulted order can be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second person verifies a result: you entered this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_lab may send orders to the LIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimen {0} was already received at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No specimen with accession number {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimens are collected from one patient at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only staff may run the escalation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has {1} order(s) in the lab: its unit and value type change once they are released or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not an orderable test or panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests are ordered on an open encounter (this one is {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit &quot;{0}&quot; does not match the catalog unit &quot;{1}&quot; of {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown acknowledgment code &quot;{0}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown lab order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a verified order can be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only hms_lab may verify laboratory results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification {0} is already acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active prescription is completed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment changes the quantity (+ found, - missing or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment of {0} units is more than a lot can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling a prescription needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispense {0} was already returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispense between 1 and {0} units for prescription {1} (asked: {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dispense with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRONG DRUG: lot {0} is {1}, the prescription is for {2} {3} {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRONG PATIENT: the scanned MRN {0} is not the MRN of prescription {1} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug {0} is not in the formulary (or no longer prescribable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drug with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drug with id {0} in the formulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goods receipt is of at least 1 unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredient ATC codes look like J01CA04 (got {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active location with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {0} is already empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lot is already at that location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {0} expired on {1}: do not dispense it (write it off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {0} expired on {1}: write it off instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot&apos;s drug, location, number and expiry do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lot with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {0} of {1} {2} is not in stock here ({3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {0} is recorded with expiry {1}, not {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {0} has only {1} units: an adjustment of {2} would make it negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lot starts empty: stock arrives by a receipt movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care relationship with patient {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the dispense cannot be charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock in lot {0} for a movement of {1} units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough stock: lot {0} has {1} {2} left, {3} asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pharmacists adjust stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pharmacists dispense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pharmacists receive goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pharmacists take returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pharmacists transfer stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only pharmacists write off stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription {0} is {1} and cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription {0} is fully dispensed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prescription with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription {0} is {1}: nothing is dispensed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription stopped: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A return needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the pack (its lot number) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock adjustment needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock expired on {0} is not received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active stock location &quot;{0}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock movements are never changed or deleted: record a correcting movement instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock quantities change only by stock movements (receipt, transfer, adjustment, write-off, dispense, return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer between 1 and {0} units of lot {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown frequency &quot;{0}&quot; (one of: {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A write-off needs a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active staff search patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators decide duplicate pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators may merge patient records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators review duplicate pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators scan the registry for duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators may undo a patient merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is exact, year only or estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date {0} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is required (the year, or an estimate, if that is all that is known).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide a pair as merged or distinct, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision on a duplicate pair needs a reason of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required to change a patient&apos;s demographics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with id {0} (the duplicate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate pair {0} was already decided ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No duplicate pair {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scan {0} is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an estimated age in years, from 0 to 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name and the family name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest score to queue must be above 0 and at most 1, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0} was already undone at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge patients: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0} moved rows of {1}.{2}, which no longer references registry.patient by {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge needs a reason of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0}: not every recorded row of {1}.{2} reached patient {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient merge with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0}: {1} rows of {2}.{3} still reference patient {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {0} cannot be undone exactly: {1} of the {2} rows of {3}.{4} it moved no longer belong to patient {5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN and creation data of a patient never change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long ({0} characters, at most 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page has 1 to 500 patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} ({1}) was merged into patient {2}: open that record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is already identified: correct the demographics instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is already merged into patient {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is itself merged into patient {2}: merge into the surviving record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} is not linked to patient {1} as merge {2} left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} (the survivor of merge {1}) was merged into patient {2} afterwards: undo merge {3} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number to search for has at least 7 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception, clinicians and administrators read a patient&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception records who an unidentified patient is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception registers patients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has {0} patients: scan it with hms-admin find-duplicates (parallel, with progress), not from the screen (up to {1} patients).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the patient was identified (at least 5 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which patient survives and which is the duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which of patients {0} and {1} survives the merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not see phone numbers or national IDs, so it cannot search by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex must be female, male, other or unknown (unknown when nobody can tell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with id {0} (the survivor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing a merge needs a reason of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmerge {0}: not every recorded row of {1}.{2} went back to patient {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment is in the department of its service ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {0} is in a department you do not work in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encounter of appointment {0} is {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs a patient, a provider, a service and a start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {0} is neither yours nor in one of your departments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: no consultation can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only booked or checked-in appointments can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only a booked appointment can be checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only a booked appointment can be a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only booked or checked-in appointments can be rescheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {0} has not started yet (it starts at {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment {0} is on {1}, not today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment is in_person or telemedicine, not {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment cannot start in the past ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancellation needs a reason of at least 3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors call the next patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only doctors start a consultation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for 1 to 100 free slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free slots need a provider and a time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at most 62 days of free slots at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a service, a provider or a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient {0} was merged into patient {1}: book the surviving record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} has no session in {1} from {2} to {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not an active doctor or nurse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not work in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is on leave from {1} to {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which department&apos;s queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception checks patients in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception, clinicians and administrators look for free slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses book appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses cancel appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses record a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses reschedule appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescheduling needs a reason of at least 3 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {0} is not an active room of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {0} is not a room of department {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service {0} belongs to another department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service {0} is no longer offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service with id {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service {0} is not offered by telemedicine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions and leave are for active doctors and nurses, not staff member {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot was just taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} does not work in department {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not work in department {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against_advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount paid for a claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed_day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break_glass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked_in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispensary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distinct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered_in_error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra_session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow_up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has_allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in_consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in_person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab_test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no known allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_known_allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no_show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not_justified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nursing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preauthorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second_factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff_change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>telemedicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the as-of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payer&apos;s payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time to search from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer_in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer_out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unidentified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write_off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fluid volume is charted in millilitres, from 1 to 5000 ml per entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a route that fits the direction (intake: oral, IV, enteral, blood, other; output: urine, vomit, drain, stool, aspirate, other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This age band overlaps another reference range of the same test and sex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The low limit must not be above the high limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical limits lie outside the reference range (critical low ≤ low, critical high ≥ high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age band must start at 0 or later and end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient with this national ID is already registered. Search for them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This MRN is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is not possible (in the future or before 1880).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The given name must have 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family name must have 1 to 100 characters.</source>
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
        <source>A postal code has 2 to 12 letters, digits, spaces or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the birth date is exact, only the year, or an estimated age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When only the year of birth is known, the birth date is stored as 1 July of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient is unidentified: record who they are with &apos;Identify…&apos;, not by correcting the name (and a national ID identifies them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has 1 to 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, the address and the note cannot contain invisible control characters (often pasted from another program). Retype them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This temporary alias is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lot number has 1 to 30 letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos;, as printed on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first (at most 100,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the substance (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reaction has at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the category: drug, food, environment or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinical information has at most 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for admission (3 to 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason (3 to 300 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason has at most 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A department code is 2 to 20 capital letters, digits or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department name must have 1 to 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must have 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service lasts 5 to 480 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room name must have 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price code is 2 to 40 capital letters, digits or -, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price is more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A currency is three capital letters (e.g. GBP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group is 2 to 40 lower-case letters, digits or _, starting with a letter (e.g. consultation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the adjustment (5 to 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice already has a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cash for this day is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient already has an active coverage in this period: end or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member number has 4 to 32 capital letters, digits or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test with this LOINC code is already in the catalog: search for it and edit it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A panel with this LOINC code is already in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This test is already a member of the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test name must have 1 to 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name must have 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specimen type must have 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container must have 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has at most 40 characters, without leading or trailing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result is numeric or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test is reported with 0 to 4 decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel name must have 1 to 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LOINC code is already a panel in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This LOINC code is already a test in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended: this account was locked or deactivated, or its password was changed. Log in again, or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not allow this for your login. If you need it for your work, ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overlaps with an existing booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would create a duplicate record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refers to a record that does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the value is not accepted (too long, too short, or not in the form it must have). Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains an invisible control character that cannot be saved (often pasted from another program). Retype the text and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost. It reconnects by itself; please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input was refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
