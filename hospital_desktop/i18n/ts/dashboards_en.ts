<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>Reception dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures not refreshed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Updated {time}; refreshes every %n s</source>
        <translation>
            <numerusform>Updated {time}; refreshes every %Ln s</numerusform>
            <numerusform>Updated {time}; refreshes every %Ln s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricPanel</name>
    <message>
        <source>figures of {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected lab result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated critical result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stat prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second factor enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second factor removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) in {days} days</source>
        <translation>
            <numerusform>%Ln new patient in {days} days</numerusform>
            <numerusform>%Ln new patients in {days} days</numerusform>
        </translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest clinic&apos;s 90th percentile (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>check-in to call: {minutes} min on average over %n visit(s)</source>
        <translation>
            <numerusform>check-in to call: {minutes} min on average over %Ln visit</numerusform>
            <numerusform>check-in to call: {minutes} min on average over %Ln visits</numerusform>
        </translation>
    </message>
    <message>
        <source>No-show rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{rate} % of %n finished appointment(s) in {days} days</source>
        <translation>
            <numerusform>{rate} % of %Ln finished appointment in {days} days</numerusform>
            <numerusform>{rate} % of %Ln finished appointments in {days} days</numerusform>
        </translation>
    </message>
    <message>
        <source>Charged ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} charged in {days} days (void excluded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busiest day {amount}; days without clinics show 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) on my list today</source>
        <translation>
            <numerusform>%Ln patient on my list today</numerusform>
            <numerusform>%Ln patients on my list today</numerusform>
        </translation>
    </message>
    <message>
        <source>appointments today in my departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged notification(s)</source>
        <translation>
            <numerusform>%Ln unacknowledged notification</numerusform>
            <numerusform>%Ln unacknowledged notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n emergency access(es) awaiting review in total</source>
        <translation>
            <numerusform>%Ln emergency access awaiting review in total</numerusform>
            <numerusform>%Ln emergency accesses awaiting review in total</numerusform>
        </translation>
    </message>
    <message>
        <source>self-grants, new access to patient data, one-time passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{occupied} of %n bed(s) occupied ({rate} %)</source>
        <translation>
            <numerusform>{occupied} of %Ln bed occupied ({rate} %)</numerusform>
            <numerusform>{occupied} of %Ln beds occupied ({rate} %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Average stay (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest stay (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n discharge(s) in {days} days</source>
        <translation>
            <numerusform>%Ln discharge in {days} days</numerusform>
            <numerusform>%Ln discharges in {days} days</numerusform>
        </translation>
    </message>
    <message>
        <source>{priority} (median min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>order to release; the 8 busiest tests; %n result(s) released in {days} days</source>
        <translation>
            <numerusform>order to release; the 8 busiest tests; %Ln result released in {days} days</numerusform>
            <numerusform>order to release; the 8 busiest tests; %Ln results released in {days} days</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>%n order(s) not yet released</source>
        <translation>
            <numerusform>%Ln order not yet released</numerusform>
            <numerusform>%Ln orders not yet released</numerusform>
        </translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expiring in %n days</source>
        <translation>
            <numerusform>Expiring in %Ln day</numerusform>
            <numerusform>Expiring in %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s) out of stock; the first 8 low or expiring drugs</source>
        <translation>
            <numerusform>%Ln drug out of stock; the first 8 low or expiring drugs</numerusform>
            <numerusform>%Ln drugs out of stock; the first 8 low or expiring drugs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted patient(s) under my care</source>
        <translation>
            <numerusform>%Ln admitted patient under my care</numerusform>
            <numerusform>%Ln admitted patients under my care</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) waiting for review; last scan {when}</source>
        <translation>
            <numerusform>%Ln pair waiting for review; last scan {when}</numerusform>
            <numerusform>%Ln pairs waiting for review; last scan {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) waiting for review; no scan yet (hms-admin find-duplicates)</source>
        <translation>
            <numerusform>%Ln pair waiting for review; no scan yet (hms-admin find-duplicates)</numerusform>
            <numerusform>%Ln pairs waiting for review; no scan yet (hms-admin find-duplicates)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outpatient waiting time (check-in to call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No-show rate by department, last %n days</source>
        <translation>
            <numerusform>No-show rate by department, last %Ln day</numerusform>
            <numerusform>No-show rate by department, last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revenue by department, last %n days</source>
        <translation>
            <numerusform>Revenue by department, last %Ln day</numerusform>
            <numerusform>Revenue by department, last %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Charges per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My patients today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My open notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today in my departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Emergency (break-glass) accesses, last %n days</source>
        <translation>
            <numerusform>Emergency (break-glass) accesses, last %Ln day</numerusform>
            <numerusform>Emergency (break-glass) accesses, last %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged staff changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed occupancy by ward, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Length of stay by ward, discharges of the last %n days</source>
        <translation>
            <numerusform>Length of stay by ward, discharges of the last %Ln day</numerusform>
            <numerusform>Length of stay by ward, discharges of the last %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lab turnaround by test and priority, last %n days</source>
        <translation>
            <numerusform>Lab turnaround by test and priority, last %Ln day</numerusform>
            <numerusform>Lab turnaround by test and priority, last %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab work not yet released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-outs, low stock and near-expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate records (registry scan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My admitted patients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
