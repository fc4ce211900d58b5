<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Directions</name>
    <message>
        <source>Take {dose} {unit} {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {dose} {unit} under the tongue {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhale {dose} {unit} {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply {dose} {unit} {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {dose} {unit} into the eye {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {dose} {unit} into the ear {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {dose} {unit} into the nose {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert {dose} {unit} {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject {dose} {unit} under the skin {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {dose} {unit} into a muscle {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give {dose} {unit} into a vein {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {dose} {unit} {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{sig} × %Ln d</source>
        <translation>
            <numerusform>{sig} × %Ln d</numerusform>
            <numerusform>{sig} × %Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{directions} for %Ln days</source>
        <translation>
            <numerusform>{directions} for %Ln day</numerusform>
            <numerusform>{directions} for %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispenseState</name>
    <message>
        <source>dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispensingTab</name>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rx</source>
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
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;To dispense&lt;/b&gt; — stat and urgent first, then by waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISP — Outpatient dispensary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lots (earliest expiry first — the first is proposed) at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the wristband or ID card (MRN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the pack (lot number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the return (stock goes back, the charge is voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan and dispense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensed for this prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prescriptions waiting.</source>
        <translation>
            <numerusform>%Ln prescription waiting.</numerusform>
            <numerusform>%Ln prescriptions waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a prescription in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN {mrn}   ·   born {born}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {priority} · prescribed {when} by {prescriber}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity {quantity} {unit}, dispensed {dispensed}, &lt;b&gt;to fill {remaining}&lt;/b&gt; · state: {state}, {supply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Prescriber&apos;s override reason:&lt;/b&gt; {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Screening at prescribing:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed (first to expire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable lot of {drug} at {location} (expired lots are not offered): choose another location or transfer stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned wristband ({scan}) is not the patient of this prescription: {patient} (MRN {mrn}). Nothing was dispensed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the patient&apos;s identity and scan their own wristband or ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot} of {drug} expired on {expiry}. Do not dispense it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the pack aside for write-off and take one of the lots listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pack (lot {lot}) is not a usable lot of {drug} at {location}. Nothing was dispensed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be another drug or another location&apos;s stock: take one of the lots listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card and the pack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensed {quantity} {unit} of {drug} for {patient} ({number}). Print the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dispensed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensing label {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensing receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the dispense that comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why it comes back (at least 5 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispense {number} returned: {quantity} back in lot {lot}, charge voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrugInput</name>
    <message>
        <source>Give the generic name ({shortest} to {longest} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the strength ({shortest} to {longest} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the form ({shortest} to {longest} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit ({shortest} to {longest} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drug code has 2-35 capital letters, digits or dashes, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a route from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ATC code looks like J01CA04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingredients are ATC codes separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack holds at least 1 unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reorder level is 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings have at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormularyTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATC / ingredients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AMOX500CAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. capsule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensing unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. J01CA04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ingredients (ATC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for combinations, e.g. J01CA04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prescribable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the formulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prescribable drugs, {total} in all.</source>
        <translation>
            <numerusform>%Ln prescribable drug, {total} in all.</numerusform>
            <numerusform>%Ln prescribable drugs, {total} in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a drug first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug} {strength} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug} {strength} added (price code {price_code}: an administrator adds its price before it can be dispensed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelData</name>
    <message>
        <source>Pharmacy · {hospital}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionInput</name>
    <message>
        <source>Give the dose (more than 0, less than {most}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit of the dose (at most 30 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the quantity to dispense (1 to {most}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A course lasts 1 to 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose routine, urgent or stat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions have at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for overriding the alert (at least {count} characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionState</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrescriptionsPanel</name>
    <message>
        <source>Rx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts / override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug: type a name, e.g. amoxicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> d</source>
        <comment>days, after the number</comment>
        <translation>
            <numerusform> d</numerusform>
            <numerusform> d</numerusform>
        </translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions for the patient (optional), e.g. take with food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and prescribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <comment>a duration: for 5 days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to cancel the selected prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encounter is closed: no new prescriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERRIDDEN ({reason}): {alerts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{supply} ({dispensed}/{quantity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an encounter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a drug from the formulary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking allergies and interactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not prescribed yet: give a reason to override, or do not prescribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not prescribed yet: confirm or do not prescribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{drug}: the screen found %Ln problems for this patient. Prescribe only with a reason.</source>
        <translation>
            <numerusform>{drug}: the screen found %Ln problem for this patient. Prescribe only with a reason.</numerusform>
            <numerusform>{drug}: the screen found %Ln problems for this patient. Prescribe only with a reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{drug}: the screen found %Ln problems for this patient.</source>
        <translation>
            <numerusform>{drug}: the screen found %Ln problem for this patient.</numerusform>
            <numerusform>{drug}: the screen found %Ln problems for this patient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An override needs a reason of at least %Ln characters.</source>
        <translation>
            <numerusform>An override needs a reason of at least %Ln character.</numerusform>
            <numerusform>An override needs a reason of at least %Ln characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>STOP — serious allergy or interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before prescribing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override and prescribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not prescribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not prescribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed: {number}. Override recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescribed: {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the prescription to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the prescription is cancelled (at least 5 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the prescription whose course is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} completed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Priority</name>
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
    <name>Route</name>
    <message>
        <source>oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intravenous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inhalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ophthalmic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vaginal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transdermal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>contraindicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockInput</name>
    <message>
        <source>A lot number has 1 to 30 letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos;, as printed on the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stock is expired or expires today: do not receive it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug total / reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Below reorder level&lt;/b&gt; (usable stock, all locations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lot number (scan the pack or type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date, as printed on the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lot in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason (at least 5 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust by ±</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write off all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {location}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRED — write off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln d</source>
        <translation>
            <numerusform>expires in %Ln d</numerusform>
            <numerusform>expires in %Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lots</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln expired</numerusform>
            <numerusform>%Ln expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring within {days} days</source>
        <translation>
            <numerusform>%Ln expiring within {days} days</numerusform>
            <numerusform>%Ln expiring within {days} days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drugs below reorder level</source>
        <translation>
            <numerusform>%Ln drug below reorder level</numerusform>
            <numerusform>%Ln drugs below reorder level</numerusform>
        </translation>
    </message>
    <message>
        <source>below reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug}, lot {lot} at {location}: {quantity} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the drug and the location, and give the lot number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {quantity} {unit} of {drug}, lot {lot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lot and where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred {quantity} {unit} of lot {lot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the lot that was counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot} adjusted by {delta}: now {quantity} {unit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the lot to write off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} {unit} written off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupplyState</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
