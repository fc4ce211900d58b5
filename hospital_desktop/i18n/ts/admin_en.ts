<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminBedState</name>
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
        <source>being cleaned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminDepartmentKind</name>
    <message>
        <source>outpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminLabRange</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age from (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age to (years, excl.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminQueries</name>
    <message>
        <source>Choose a password different from the one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters and at least one digit or symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the {count} most common passwords: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name {username} already exists. Choose another user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member needs at least one role; deactivate the account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting {key} is missing in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is {size} kB; at most {limit} kB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price code {code} has no price valid today. Add it to the price list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount is positive, less than {limit}, with at most two decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} has no price valid on {date}; add it as a new item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price change takes effect today or later; charges already made keep their price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price of {code} already changes on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a number (or empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminReference</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminRoles</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance gateway (the gateway&apos;s own login)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>hospital name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break-glass duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tax registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formats (locale)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminStaffState</name>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked (failed logins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthenticatorDialog</name>
    <message>
        <source>Authenticator for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With &lt;b&gt;{name}&lt;/b&gt; ({username}) at your desk: they open an authenticator app that supports SHA-256 codes (for example Aegis, FreeOTP, 2FAS, Google Authenticator), add an account and scan this code. Then they type the 6 digits the app shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their present authenticator stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type this key into the app (time-based, SHA-256, 6 digits, 30 seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 6 digits the app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedQueries</name>
    <message>
        <source>A bed code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7-A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A room code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room name must have 1 to {longest} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bed label must have 1 to {longest} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text must have 1 to {longest} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bed no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BedsEditor</name>
    <message>
        <source>Room / bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name / label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Medical ward room 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the board, e.g. {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes are fixed once made (stays refer to them); names and labels change. A bed is retired only when empty: transfer or discharge its patient, or release its reservation, first. New wards are departments of kind inpatient (Departments tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — {name} (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wards yet: add a department of kind inpatient in the Departments tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%Ln room</numerusform>
            <numerusform>%Ln rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bed(s) in use</source>
        <translation>
            <numerusform>%Ln bed in use</numerusform>
            <numerusform>%Ln beds in use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occupied</source>
        <translation>
            <numerusform>%Ln occupied</numerusform>
            <numerusform>%Ln occupied</numerusform>
        </translation>
    </message>
    <message>
        <source>{rooms}, {beds} ({occupied})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rooms}, {beds} ({occupied}) — the ward is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it can be retired only after the patient is transferred or discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release the reservation before retiring it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new room&apos;s code and name, then Add room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {room} added to {ward}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {room} renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Room {room} still has %n bed(s) in use: deactivate its beds first.</source>
        <translation>
            <numerusform>Room {room} still has %Ln bed in use: deactivate it first.</numerusform>
            <numerusform>Room {room} still has %Ln beds in use: deactivate its beds first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Room {room} reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room {room} deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new bed&apos;s code and label, then Add bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {label} ({code}) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed} relabelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed} reactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed {bed} deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {count} characters, letters and at least one digit or symbol, not your user name nor a common password. Only you know it: administrators can reset it but never see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator gave you a one-time password. Choose your own password now; you cannot use the system before you do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed. {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentsEditor</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabCatalogQueries</name>
    <message>
        <source>numeric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC code {code} is not valid: the check digit should be {digit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has at most {longest} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short name has at most {longest} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specimen type is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specimen type has at most {longest} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container has at most {longest} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A result is numeric or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals must be a whole number from 0 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A numeric test needs the unit its results are reported in (e.g. mmol/L).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has at most {longest} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test {code} is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered with the panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test inactive: not ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panel {code} is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the test to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active test can be added to a panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{test} is already a member of this panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a current member of the panel can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This test is not a current member of the panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabPanelsEditor</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC panel code, e.g. {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orderable (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (report order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering the panel orders each member that is still in it and whose test is active. A removed member stays on record; adding it again puts it last.</source>
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
    <message>
        <source>Members of {panel} (report order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (save the panel first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved panel {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the panel first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {test}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {test} up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved {test} down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {test}: no longer ordered with the panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabRangesEditor</name>
    <message>
        <source>either</source>
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
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabTestsEditor</name>
    <message>
        <source>Search LOINC code, name or short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
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
        <source>e.g. {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC long common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as printed on labels and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCUM, e.g. {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAB-&lt;LOINC&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orderable (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference ranges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is fixed once saved. A deactivated test is no longer orderable; orders already placed go on. Unit and result type change only when none of its orders is in the lab.</source>
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
    <message>
        <source>Fixed: orders, results and ranges refer to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits, a dash, the check digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged at {code} ({price}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged at {code} (no price).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged at {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with price code {code}; until it has a price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {price} today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} has no current price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved with {code}; until it has a current price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerItemCodesEditor</name>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer wants this item pre-&amp;authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rice code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed</source>
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
    <message>
        <source>No payer is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the price code the payer&apos;s code stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the payer&apos;s code for the item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayerPoliciesEditor</name>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions need pre-authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligibility valid (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions need the payer&apos;s pre-&amp;authorisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an eligibility answer is trusted before reception and billing see it as out of date (1 to 720 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eligibility valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} (default)</source>
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
    <message>
        <source>Select a payer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceListEditor</name>
    <message>
        <source>Search code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ended versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
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
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {codes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price from this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new price ends the current version the day before; charges already made keep their price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: {amount} from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceWorkspace</name>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab reference ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards, rooms &amp;&amp; beds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer item codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formulary is maintained by the pharmacists (Formulary workspace).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemedicine allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <source>(no logo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo on printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of screens and printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats (locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock idle workstations after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency (break-glass) access lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency (ISO 4217)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates (per item group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group}: {label} {rate} % from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (clinical services exempt); rates are kept with the price list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} (not shipped: screens show English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language and country code, e.g. en_GB, fr_FR, es_ES, ar_EG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates {date} · times {time} · amounts {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({locale} is not known here: formats follow {fallback})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locale is a language and country code such as en_GB, fr_FR or ar_EG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {settings}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstations pick up a new idle-lock time at their next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff who have not chosen their own language see the new one at their next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffHistory</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
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
        <source>changed own password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked after failed logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticator set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticator removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles {changes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created as {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name {before} → {after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
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
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person chooses the language and formats of their own screens on their workstation; an administrator cannot change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles (database group roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for this change (recorded in the audit trail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} — chosen by {username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital&apos;s: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace authenticator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a one-time password is made when you create the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital&apos;s, until the person chooses their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} since {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} · authenticator app set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} · password only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {username}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password for &lt;b&gt;{username}&lt;/b&gt;: {password}&lt;br&gt;Give it to the person in private. It works for 72 hours and must be changed at the first login. It is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for the change of roles (at least 5 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for deactivating this account (at least 5 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{username} deactivated; %n open session(s) ended. The history stays.</source>
        <translation>
            <numerusform>{username} deactivated; %Ln open session ended. The history stays.</numerusform>
            <numerusform>{username} deactivated; %Ln open sessions ended. The history stays.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for reactivating this account (at least 5 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the reset (at least 5 characters), e.g. &apos;forgotten, identity checked in person&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for unlocking (at least 5 characters), e.g. &apos;mistyped, identity checked by phone&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} can log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} now logs in with password and authenticator code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for removing the authenticator (at least 5 characters), e.g. &apos;phone lost&apos;. The auditor reviews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{username} logs in with the password alone until a new authenticator is set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PayerEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
