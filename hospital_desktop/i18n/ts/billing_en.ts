<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Adjust charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{charge}: {amount} (after earlier adjustments). The charge itself is never changed: the discount or correction is added with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (reduces the charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction (+ or −)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount is a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer {payer}&apos;s query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; asks about {subject} ({patient}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents asked for: {documents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer to the payer (2 to 2000 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (PDF, PNG, JPEG or text; at most 10, together at most 3.5 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents for the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} documents go with one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the documents would come to {size} MB; at most 3.5 MB go with one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} ({size} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an answer for the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is {length} characters long: a payer takes at most 2000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Billing</name>
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
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy dispense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingWorkspace</name>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (clinical event)</source>
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
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurer share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
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
        <source>By</source>
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
        <source>Unbilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients with unbilled charges, oldest first (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel coverage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-a&amp;uthorisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the payer to pre-authorise items for this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all unbilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount / correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note on the invoice (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges from clinical events (tick the ones to invoice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim insurer&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void (credit note)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments of the selected invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer will likely refuse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {title}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Account balance {owed} (patient {patient}, insurers {insurers}) · %n unbilled charge(s)</source>
        <translation>
            <numerusform>Account balance {owed} (patient {patient}, insurers {insurers}) · %Ln unbilled charge</numerusform>
            <numerusform>Account balance {owed} (patient {patient}, insurers {insurers}) · %Ln unbilled charges</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-pay (no insurance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{visit}   —   %n unbilled, {amount}</source>
        <translation>
            <numerusform>{visit}   —   %Ln unbilled, {amount}</numerusform>
            <numerusform>{visit}   —   %Ln unbilled, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>{visit}   —   all billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on {invoice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void → {credit_note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund of {receipt}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the charges to invoice first (or “Select all unbilled”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the charge to adjust first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only unbilled charges are adjusted: void the invoice first to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorisation queued for the payer (see Pre-authorisations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {coverage}: recorded by mistake (a coverage that simply ended gets an end date instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of {amount} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a patient&apos;s payment is refunded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (part of) {receipt}, paid by {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void {invoice}: a credit note cancels it and its charges become unbilled again. Nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{invoice} voided; the credit note is in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim created: send it from the Claims workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashCloseWorkspace</name>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explain any difference (required when the cash does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close today&apos;s cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cash drawer today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My payments today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent cash closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s cash is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash closed for today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargeRow</name>
    <message>
        <source>Not linked to a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit {start} · {department} · #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay {start} – {end} · {department} · #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay {start} – (in hospital) · {department} · #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay {start} · {department} · #{id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimItemVerdict</name>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimWarning</name>
    <message>
        <source>Pre-authorisation missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission not pre-authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility out of date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsWorkspace</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The FHIR Claim the gateway sent and the payer&apos;s ClaimResponse appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nd to payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask the payer for the status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post payer payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment the payer announced on paper: remittances the gateway receives are posted by themselves (Remittances workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests to the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittance lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s).</source>
        <translation>
            <numerusform>%Ln claim.</numerusform>
            <numerusform>%Ln claims.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; · invoice {invoice} · {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &lt;b&gt;{status}&lt;/b&gt;; claimed {claimed}, approved {approved}, paid {paid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &lt;b&gt;{status}&lt;/b&gt;; claimed {claimed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · payer&apos;s reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer has not got this claim. Correct what the reason names (the patient&apos;s coverage, the payer&apos;s item codes), then press Send again. If it names no reason, tell IT: the insurance gateway&apos;s log says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurance gateway sends it within a minute; nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer decides later; this page shows the answer when it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the payer: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Payer queries (%n open)</source>
        <translation>
            <numerusform>Payer queries (%Ln open)</numerusform>
            <numerusform>Payer queries (%Ln open)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimResponse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sending the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer will likely refuse part of claim {claim}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• {title}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the claim anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: resolve the warnings first, or send anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {claim} is queued for the payer: the insurance gateway sends it and records the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing the claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer is asked where claim {claim} stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {claim} is queued again (the same claim: the payer registers it once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of {amount} from {payer} posted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s), {age}: {error}</source>
        <translation>
            <numerusform>failed after %Ln attempt, {age}: {error}</numerusform>
            <numerusform>failed after %Ln attempts, {age}: {error}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Add insurance coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s insurance card: plan, member number, validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insurance plan is set up: an administrator adds payers and plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the member number from the insurance card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageRow</name>
    <message>
        <source>{payer} — {plan} · member {member} · {start} to open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{payer} — {plan} · member {member} · {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoveredPatient</name>
    <message>
        <source>{name} · {mrn} · {payer} {plan}, member {member}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Check &amp;eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the payer (through the insurance gateway) whether the patient is covered today and what benefits are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance: no patient open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the payer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Insurance:&lt;/b&gt; No insurance on file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coverage in force today: the patient pays themselves unless billing records their insurance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Insurance:&lt;/b&gt; {payer} {plan}, member {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for the payer…&lt;/i&gt; (asked {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer could not be asked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Check eligibility to ask again. If it keeps failing, the visit goes on and billing follows it up with the payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT COVERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;out of date&lt;/b&gt; ({age}; valid {hours} h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benefit period {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: {benefits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked with the payer yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinanceReportsWorkspace</name>
    <message>
        <source>0–30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per day by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding balances by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue and balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insurance claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced (net of credit notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurers owe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue {first}–{last}: &lt;b&gt;{total}&lt;/b&gt; · outstanding now: &lt;b&gt;{outstanding}&lt;/b&gt; · claims: &lt;b&gt;{claims}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims approved, % of those decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days from sending to payment (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the payers, by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims decided in the period: &lt;b&gt;{decided}&lt;/b&gt; · refused by reason: &lt;b&gt;{refused}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims decided in the period: &lt;b&gt;{decided}&lt;/b&gt; · approved in full or in part: &lt;b&gt;{rate} %&lt;/b&gt; · claimed {claimed}, approved {approved} · refused by reason: &lt;b&gt;{refused}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{reason} — %n item(s), {amount}</source>
        <translation>
            <numerusform>{reason} — %Ln item, {amount}</numerusform>
            <numerusform>{reason} — %Ln items, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refused in the period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insurance</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}: {left} of {allowed} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}: {left} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}: {allowed} allowed, {used} used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}: {allowed} allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: only PDF, PNG, JPEG and text files can be sent to a payer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size} MB: at most 3.5 MB of documents go with one answer (scan at a lower resolution, or split it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerClaim</name>
    <message>
        <source>Claim {id} · {invoice} · {patient} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim {id} · {invoice} · {patient} · {status} · {left} not yet paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerPaymentDialog</name>
    <message>
        <source>Post the insurer&apos;s payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{payer} approved the claim; {amount} of it is not yet paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remittance advice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerQueriesWorkspace</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open, {answered} answered.</source>
        <translation>
            <numerusform>%Ln open, {answered} answered.</numerusform>
            <numerusform>%Ln open, {answered} answered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s reference {reference} · received {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Question:&lt;/b&gt; {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents asked for:&lt;/b&gt; {documents}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered&lt;/b&gt; {when} by {who}: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer queued for the payer: the insurance gateway sends it with its documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing the answer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerQuery</name>
    <message>
        <source>claim {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-authorisation {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerRequest</name>
    <message>
        <source>queued {age}, attempt {attempt} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, waiting for the payer (sent {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice {invoice}: the patient owes {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card authorisation or transfer reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreauthStatus</name>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pended by the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreauthorizationDialog</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request a pre-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name or MRN, then Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type to find an item of today&apos;s price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;tem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical reason the payer needs (diagnosis, why these items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical &amp;reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for an admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This admission (#{admission})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient with insurance in force today matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission #{admission}: {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission #{admission}: {start} – in hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an item of today&apos;s price list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pre-authorisation asks for at most 50 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the patient first (only patients with insurance in force today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the items the payer should pre-authorise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the clinical reason for the pre-authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing the pre-authorisation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreauthorizationsWorkspace</name>
    <message>
        <source>Requested</source>
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
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request pre-authorisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} (request failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pre-authorisation(s), {waiting} waiting for the payer.</source>
        <translation>
            <numerusform>%Ln pre-authorisation, {waiting} waiting for the payer.</numerusform>
            <numerusform>%Ln pre-authorisations, {waiting} waiting for the payer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pre-authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · admission #{admission}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · payer&apos;s reference {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · valid {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer: {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer has not got it. Correct what the reason names, then request a new pre-authorisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorisation queued for the payer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason of at least 5 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Reconcile a remittance line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; remittance {reference}, line {line}: {amount} for “{claim}” — {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post against claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close with a note (e.g. returned to the payer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the line was reconciled (at least 5 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the claim the payment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the line was reconciled (at least 5 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemittanceLineStatus</name>
    <message>
        <source>posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemittancesWorkspace</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reconcile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;concile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments announced by the payers, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remittance(s); {lines} line(s) to reconcile.</source>
        <translation>
            <numerusform>%Ln remittance; {lines} line(s) to reconcile.</numerusform>
            <numerusform>%Ln remittances; {lines} line(s) to reconcile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a remittance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; · {reference} · paid {day} · {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line posted against the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line closed with the note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <source>Eligibility check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to a payer query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, waiting for the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
