<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Alert</name>
    <message>
        <source>Unacknowledged critical result: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAT prescription {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Acknowledge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the result; acknowledge once you have read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts offline — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical result ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the workstation to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical results</source>
        <translation>
            <numerusform>%Ln critical result</numerusform>
            <numerusform>%Ln critical results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unacknowledged alert(s)</source>
        <translation>
            <numerusform>%Ln unacknowledged alert</numerusform>
            <numerusform>%Ln unacknowledged alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>%Ln critical</numerusform>
            <numerusform>%Ln critical</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln STAT</source>
        <translation>
            <numerusform>%Ln STAT</numerusform>
            <numerusform>%Ln STAT</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the result from the alert bar (double-click) and acknowledge it once you have acted on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock to read them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest: {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data for this selection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workstation locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your second-factor code has expired. {who}, enter your password and a new code to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after inactivity. {who}, enter your password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>This account is locked or deactivated. After repeated wrong passwords or codes an account is locked for safety: ask an administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is wrong or was already used. Enter the 6 digits your authenticator app shows now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no database named {database}. Check the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts only encrypted (TLS) connections: set the profile&apos;s TLS mode to verify-full with the hospital&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {hosts} cannot be reached. Check the network or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not use the hospital database from this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login is not a Hospital Desktop staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for {certified}, not for {asked}: the host in the profile must be the server&apos;s name on its certificate. Do not log in; ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the hospital&apos;s certificate authority ({ca}): this may not be the hospital&apos;s server. Do not log in; ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital&apos;s CA certificate file is missing or unreadable ({file}): fix the CA file in the server profile, or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer encrypted (TLS) connections, but the profile requires them. Ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be made: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator if you still work here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no role in the hospital system yet. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
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
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital Desktop — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hospital Desktop&lt;/h2&gt;Log in with your own hospital account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember my password (kept in the system keyring only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo logins (password “{password}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as {login} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed unexpectedly: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no working system keyring, so the password was not stored. Nothing was written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code was entered, so you are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed, so you are not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hospital Desktop — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Workspace: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and return to the login window (the program keeps running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({login}; {roles})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Connection lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of your screens; the window reopens in it and you stay logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen this window in {language}? You stay logged in, but anything typed and not saved yet is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language was not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside the program. The details were written to the log; please report them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideStop</name>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for overriding</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{label} (at least %Ln characters)</source>
        <translation>
            <numerusform>{label} (at least %Ln character)</numerusform>
            <numerusform>{label} (at least %Ln characters)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more character(s) needed to override.</source>
        <translation>
            <numerusform>%Ln more character needed to override.</numerusform>
            <numerusform>%Ln more characters needed to override.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — stored with the record, audited and shown to the next person who acts on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab to the override button to use this reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
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
        <source>No patient selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} y {sex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c. {years} y {sex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN {mrn}   ·   {age}   ·   born {born}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIDENTIFIED — temporary identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies (recorded by {by}, {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known allergies (recorded by {by})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies not yet asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active allergies on record (allergy status not checked here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientSearchBox</name>
    <message>
        <source>Search: name, MRN (or scan the wristband), birth date, phone, national ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One host, or several separated by commas for failover (host or host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: dashboards and reports read from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only hot standby(s) for dashboards and reports (host or host:port, comma separated); when none answers, they read from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system default (PGSSLROOTCERT or ~/.postgresql/root.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hospital CA&apos;s certificate file (PEM) that the server&apos;s certificate must be signed by; use it with TLS mode verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server host(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only replica(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at least one server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replica host cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS mode must be one of {modes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read server profiles from {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
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
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyStop</name>
    <message>
        <source>I have read this</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Hospital Desktop — code from your authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account {login} is protected by a second factor. Open the authenticator app on your phone and type the 6-digit code it shows for Hospital Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypedText</name>
    <message>
        <source>{label} contains an invisible control character (often pasted from another program): retype it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
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
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beds and admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inpatients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer queries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient index (merge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
