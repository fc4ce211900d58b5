<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentsWorkspace</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemedicine (video visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book selected slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to selected slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: {name}  MRN {mrn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointments shown. Green cells are free slots: select one to book or to move the selected appointment there.</source>
        <translation>
            <numerusform>%Ln appointment shown. Green cells are free slots: select one to book or to move the selected appointment there.</numerusform>
            <numerusform>%Ln appointments shown. Green cells are free slots: select one to book or to move the selected appointment there.</numerusform>
        </translation>
    </message>
    <message>
        <source>free {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient} (video) — {service} [{status}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient} — {service} [{status}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot in the next weeks for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and choose the patient first (double-click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service and a free slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked (appointment #{id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot was just taken. Here are the next free slots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient} is checked in and waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now select the free slot to move it to, then press &apos;Move to selected slot&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the appointment to move first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to {slot} (#{id}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{weekday} {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Waiting</source>
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
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start / resume consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>{service} (video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patients waiting.</source>
        <translation>
            <numerusform>%Ln patient waiting.</numerusform>
            <numerusform>%Ln patients waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a patient in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slot</name>
    <message>
        <source>{day} {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} — {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
