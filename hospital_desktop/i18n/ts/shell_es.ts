<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Alert</name>
    <message>
        <source>Unacknowledged critical result: {title}</source>
        <translation>Resultado crítico sin confirmar: {title}</translation>
    </message>
    <message>
        <source>Corrected: {title}</source>
        <translation>Corregido: {title}</translation>
    </message>
    <message>
        <source>STAT prescription {title}</source>
        <translation>Prescripción urgente {title}</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>crítico alto</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>crítico bajo</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>anormal</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Acknowledge selected</source>
        <translation>Confirmar lectura de la selección</translation>
    </message>
    <message>
        <source>Double-click to open the result; acknowledge once you have read it.</source>
        <translation>Doble clic para abrir el resultado; confirme la lectura una vez leído.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>alerts offline — reconnecting…</source>
        <translation>alertas sin conexión — reconectando…</translation>
    </message>
    <message>
        <source>Critical result ({count})</source>
        <translation>Resultado crítico ({count})</translation>
    </message>
    <message>
        <source>New alert ({count})</source>
        <translation>Nueva alerta ({count})</translation>
    </message>
    <message>
        <source>Critical result</source>
        <translation>Resultado crítico</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>Nueva alerta</translation>
    </message>
    <message>
        <source>Unlock the workstation to read it.</source>
        <translation>Desbloquee el puesto para leerla.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical results</source>
        <translation>
            <numerusform>%Ln resultado crítico</numerusform>
            <numerusform>%Ln resultados críticos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unacknowledged alert(s)</source>
        <translation>
            <numerusform>%Ln alerta sin confirmar</numerusform>
            <numerusform>%Ln alertas sin confirmar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>%Ln crítica</numerusform>
            <numerusform>%Ln críticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln STAT</source>
        <translation>
            <numerusform>%Ln urgente</numerusform>
            <numerusform>%Ln urgentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the result from the alert bar (double-click) and acknowledge it once you have acted on it.</source>
        <translation>Abra el resultado desde la barra de alertas (doble clic) y confirme la lectura cuando haya actuado.</translation>
    </message>
    <message>
        <source>unlock to read them</source>
        <translation>desbloquee para leerlas</translation>
    </message>
    <message>
        <source>latest: {title}</source>
        <translation>última: {title}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data for this selection</source>
        <translation>Sin datos para esta selección</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Código de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workstation locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Puesto bloqueado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your second-factor code has expired. {who}, enter your password and a new code to continue.</source>
        <translation>Su código de doble factor ha caducado. {who}, introduzca su contraseña y un código nuevo para continuar.</translation>
    </message>
    <message>
        <source>Locked after inactivity. {who}, enter your password to continue.</source>
        <translation>Bloqueado por inactividad. {who}, introduzca su contraseña para continuar.</translation>
    </message>
    <message>
        <source>That is not your password.</source>
        <translation>Esa no es su contraseña.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>This account is locked or deactivated. After repeated wrong passwords or codes an account is locked for safety: ask an administrator to unlock it.</source>
        <translation>Esta cuenta está bloqueada o desactivada. Tras varias contraseñas o códigos erróneos, la cuenta se bloquea por seguridad: pida a un administrador que la desbloquee.</translation>
    </message>
    <message>
        <source>The code is wrong or was already used. Enter the 6 digits your authenticator app shows now.</source>
        <translation>El código es incorrecto o ya se usó. Introduzca los 6 dígitos que muestra ahora su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>El usuario o la contraseña son incorrectos.</translation>
    </message>
    <message>
        <source>The server has no database named {database}. Check the profile.</source>
        <translation>El servidor no tiene ninguna base de datos llamada {database}. Revise el perfil.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted (TLS) connections: set the profile&apos;s TLS mode to verify-full with the hospital&apos;s CA certificate.</source>
        <translation>El servidor solo acepta conexiones cifradas (TLS): configure el modo TLS del perfil como verify-full con el certificado de la autoridad del hospital.</translation>
    </message>
    <message>
        <source>The server {hosts} cannot be reached. Check the network or ask IT.</source>
        <translation>No se puede contactar con el servidor {hosts}. Revise la red o avise a Informática.</translation>
    </message>
    <message>
        <source>This login may not use the hospital database from this workstation.</source>
        <translation>Este usuario no puede acceder a la base de datos del hospital desde este puesto.</translation>
    </message>
    <message>
        <source>This login is not a Hospital Desktop staff account.</source>
        <translation>Este usuario no es una cuenta de personal de Hospital Desktop.</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>otro nombre</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for {certified}, not for {asked}: the host in the profile must be the server&apos;s name on its certificate. Do not log in; ask IT.</source>
        <translation>El certificado del servidor es para {certified}, no para {asked}: el host del perfil debe ser el nombre del servidor que figura en su certificado. No inicie sesión; avise a Informática.</translation>
    </message>
    <message>
        <source>the system&apos;s CA file</source>
        <translation>el archivo de autoridades del sistema</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the hospital&apos;s certificate authority ({ca}): this may not be the hospital&apos;s server. Do not log in; ask IT.</source>
        <translation>El certificado del servidor no está firmado por la autoridad de certificación del hospital ({ca}): puede que no sea el servidor del hospital. No inicie sesión; avise a Informática.</translation>
    </message>
    <message>
        <source>The hospital&apos;s CA certificate file is missing or unreadable ({file}): fix the CA file in the server profile, or ask IT.</source>
        <translation>Falta el archivo del certificado de la autoridad del hospital o no se puede leer ({file}): corríjalo en el perfil del servidor o avise a Informática.</translation>
    </message>
    <message>
        <source>The server does not offer encrypted (TLS) connections, but the profile requires them. Ask IT.</source>
        <translation>El servidor no ofrece conexiones cifradas (TLS), pero el perfil las exige. Avise a Informática.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be made: {detail}</source>
        <translation>No se pudo establecer una conexión segura (TLS) con el servidor: {detail}</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator if you still work here.</source>
        <translation>Esta cuenta está desactivada. Consulte a un administrador si sigue trabajando aquí.</translation>
    </message>
    <message>
        <source>This account has no role in the hospital system yet. Ask an administrator.</source>
        <translation>Esta cuenta aún no tiene ningún rol en el sistema del hospital. Consulte a un administrador.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Reception</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Enfermería</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Farmacéutico</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Hospital Desktop — log in</source>
        <translation>Hospital Desktop — inicio de sesión</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hospital Desktop&lt;/h2&gt;Log in with your own hospital account.</source>
        <translation>&lt;h2&gt;Hospital Desktop&lt;/h2&gt;Inicie sesión con su cuenta personal del hospital.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Remember my password (kept in the system keyring only)</source>
        <translation>Recordar mi contraseña (solo en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Demo logins (password “{password}”)</source>
        <translation>Usuarios de demostración (contraseña «{password}»)</translation>
    </message>
    <message>
        <source>Log in as {login} ({name})</source>
        <translation>Iniciar sesión como {login} ({name})</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Perfil no guardado</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su usuario y contraseña.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Conectando con {server}…</translation>
    </message>
    <message>
        <source>The login failed unexpectedly: {error}</source>
        <translation>El inicio de sesión falló de forma inesperada: {error}</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Contraseña no recordada</translation>
    </message>
    <message>
        <source>This computer has no working system keyring, so the password was not stored. Nothing was written to disk.</source>
        <translation>Este equipo no tiene un llavero del sistema que funcione, así que la contraseña no se ha guardado. No se ha escrito nada en el disco.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app to continue.</source>
        <translation>Introduzca el código de su aplicación de autenticación para continuar.</translation>
    </message>
    <message>
        <source>No code was entered, so you are not logged in.</source>
        <translation>No se introdujo ningún código: no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password to continue.</source>
        <translation>Ha iniciado sesión con una contraseña de un solo uso. Elija su propia contraseña para continuar.</translation>
    </message>
    <message>
        <source>The password was not changed, so you are not logged in.</source>
        <translation>La contraseña no se cambió: no ha iniciado sesión.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hospital Desktop — {name}</source>
        <translation>Hospital Desktop — {name}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source> Workspace: </source>
        <translation> Área de trabajo: </translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Cambiar contraseña…</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Cambiar de usuario…</translation>
    </message>
    <message>
        <source>Log out and return to the login window (the program keeps running)</source>
        <translation>Cerrar sesión y volver a la ventana de inicio (el programa sigue abierto)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>{name} ({login}; {roles})</source>
        <translation>{name} ({login}; {roles})</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Servidor: {server}</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Conectado</translation>
    </message>
    <message>
        <source>● Connection lost — reconnecting…</source>
        <translation>● Conexión perdida — reconectando…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Se ha cambiado su contraseña.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of your screens; the window reopens in it and you stay logged in</source>
        <translation>El idioma de sus pantallas; la ventana se vuelve a abrir en ese idioma sin cerrar la sesión</translation>
    </message>
    <message>
        <source>Reopen this window in {language}? You stay logged in, but anything typed and not saved yet is lost.</source>
        <translation>¿Volver a abrir esta ventana en {language}? La sesión sigue abierta, pero se perderá lo escrito que no se haya guardado.</translation>
    </message>
    <message>
        <source>The language was not changed: {reason}</source>
        <translation>No se ha cambiado el idioma: {reason}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Espere, por favor</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. The details were written to the log; please report them.</source>
        <translation>Se ha producido un error interno del programa. Los detalles se han guardado en el registro; por favor, comuníquelos.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Informe de error</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
</context>
<context>
    <name>OverrideStop</name>
    <message>
        <source>Override</source>
        <translation>Forzar</translation>
    </message>
    <message>
        <source>Do not proceed</source>
        <translation>No continuar</translation>
    </message>
    <message>
        <source>Reason for overriding</source>
        <translation>Motivo para forzar</translation>
    </message>
    <message numerus="yes">
        <source>{label} (at least %Ln characters)</source>
        <translation>
            <numerusform>{label} (al menos %Ln carácter)</numerusform>
            <numerusform>{label} (al menos %Ln caracteres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more character(s) needed to override.</source>
        <translation>
            <numerusform>Falta %Ln carácter para poder forzar.</numerusform>
            <numerusform>Faltan %Ln caracteres para poder forzar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — stored with the record, audited and shown to the next person who acts on it:</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — se guarda con el registro, queda auditado y se muestra a la siguiente persona que intervenga:</translation>
    </message>
    <message>
        <source>Tab to the override button to use this reason.</source>
        <translation>Pulse Tab hasta el botón «Forzar» para usar este motivo.</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>F</source>
        <translation>M</translation>
    </message>
    <message>
        <source>M</source>
        <translation>H</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>U</source>
        <translation>D</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Ningún paciente seleccionado</translation>
    </message>
    <message>
        <source>{years} y {sex}</source>
        <translation>{years} a {sex}</translation>
    </message>
    <message>
        <source>c. {years} y {sex}</source>
        <translation>aprox. {years} a {sex}</translation>
    </message>
    <message>
        <source>MRN {mrn}   ·   {age}   ·   born {born}</source>
        <translation>NHC {mrn}   ·   {age}   ·   F. nac. {born}</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>Fusionado con otra historia</translation>
    </message>
    <message>
        <source>UNIDENTIFIED — temporary identity</source>
        <translation>SIN IDENTIFICAR — identidad provisional</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Allergies: {list}</source>
        <translation>Alergias: {list}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>No known allergies (recorded by {by}, {date})</source>
        <translation>Sin alergias conocidas (registrado por {by}, {date})</translation>
    </message>
    <message>
        <source>No known allergies (recorded by {by})</source>
        <translation>Sin alergias conocidas (registrado por {by})</translation>
    </message>
    <message>
        <source>Allergies not yet asked</source>
        <translation>Alergias aún no preguntadas</translation>
    </message>
    <message>
        <source>No active allergies on record (allergy status not checked here)</source>
        <translation>Sin alergias activas registradas (estado alérgico no comprobado aquí)</translation>
    </message>
</context>
<context>
    <name>PatientSearchBox</name>
    <message>
        <source>Search: name, MRN (or scan the wristband), birth date, phone, national ID</source>
        <translation>Buscar: nombre, NHC (o escanee la pulsera), fecha de nacimiento, teléfono, DNI</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Vista previa de impresión — {title}</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server profile</source>
        <translation>Perfil de servidor</translation>
    </message>
    <message>
        <source>One host, or several separated by commas for failover (host or host:port)</source>
        <translation>Un host, o varios separados por comas para la conmutación por error (host o host:puerto)</translation>
    </message>
    <message>
        <source>none: dashboards and reports read from the server</source>
        <translation>ninguna: los paneles e informes leen del servidor</translation>
    </message>
    <message>
        <source>Read-only hot standby(s) for dashboards and reports (host or host:port, comma separated); when none answers, they read from the server</source>
        <translation>Réplica(s) en espera de solo lectura para paneles e informes (host o host:puerto, separados por comas); si ninguna responde, leen del servidor</translation>
    </message>
    <message>
        <source>the system default (PGSSLROOTCERT or ~/.postgresql/root.crt)</source>
        <translation>el predeterminado del sistema (PGSSLROOTCERT o ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>The hospital CA&apos;s certificate file (PEM) that the server&apos;s certificate must be signed by; use it with TLS mode verify-full</source>
        <translation>El archivo de certificado (PEM) de la autoridad del hospital que debe firmar el certificado del servidor; úselo con el modo TLS verify-full</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server host(s)</source>
        <translation>Host(s) del servidor</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Modo TLS</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Archivo del certificado de la CA</translation>
    </message>
    <message>
        <source>Read-only replica(s)</source>
        <translation>Réplica(s) de solo lectura</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs a name</source>
        <translation>un perfil necesita un nombre</translation>
    </message>
    <message>
        <source>give at least one server host</source>
        <translation>indique al menos un host de servidor</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>el puerto debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <source>a replica host cannot be empty</source>
        <translation>un host de réplica no puede estar vacío</translation>
    </message>
    <message>
        <source>give the database name</source>
        <translation>indique el nombre de la base de datos</translation>
    </message>
    <message>
        <source>TLS mode must be one of {modes}</source>
        <translation>el modo TLS debe ser uno de: {modes}</translation>
    </message>
    <message>
        <source>cannot read server profiles from {path}: {error}</source>
        <translation>no se pueden leer los perfiles de servidor de {path}: {error}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Reception</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
</context>
<context>
    <name>SafetyStop</name>
    <message>
        <source>I have read this</source>
        <translation>He leído este aviso</translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Hospital Desktop — code from your authenticator</source>
        <translation>Hospital Desktop — código de autenticación</translation>
    </message>
    <message>
        <source>Your account {login} is protected by a second factor. Open the authenticator app on your phone and type the 6-digit code it shows for Hospital Desktop.</source>
        <translation>Su cuenta {login} está protegida con un doble factor. Abra la aplicación de autenticación de su teléfono y escriba el código de 6 dígitos que muestra para Hospital Desktop.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>El código tiene 6 dígitos.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>The code could not be checked: {error}</source>
        <translation>No se pudo comprobar el código: {error}</translation>
    </message>
</context>
<context>
    <name>TypedText</name>
    <message>
        <source>{label} contains an invisible control character (often pasted from another program): retype it.</source>
        <translation>{label} contiene un carácter de control invisible (suele venir de un texto pegado desde otro programa): vuelva a escribirlo.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Reception dashboard</source>
        <translation>Panel de admisión</translation>
    </message>
    <message>
        <source>Clinic dashboard</source>
        <translation>Panel de consultas</translation>
    </message>
    <message>
        <source>Ward dashboard</source>
        <translation>Panel de planta</translation>
    </message>
    <message>
        <source>Pharmacy dashboard</source>
        <translation>Panel de farmacia</translation>
    </message>
    <message>
        <source>Laboratory dashboard</source>
        <translation>Panel de laboratorio</translation>
    </message>
    <message>
        <source>Billing dashboard</source>
        <translation>Panel de facturación</translation>
    </message>
    <message>
        <source>Administration dashboard</source>
        <translation>Panel de administración</translation>
    </message>
    <message>
        <source>Audit dashboard</source>
        <translation>Panel de auditoría</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Admisión</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Clinic queue</source>
        <translation>Lista de espera de consultas</translation>
    </message>
    <message>
        <source>Beds and admissions</source>
        <translation>Camas e ingresos</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Inpatients</source>
        <translation>Hospitalizados</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Planta</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>Dispensación</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Formulary</source>
        <translation>Guía farmacoterapéutica</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Reclamaciones a aseguradoras</translation>
    </message>
    <message>
        <source>Payer queries</source>
        <translation>Consultas a aseguradoras</translation>
    </message>
    <message>
        <source>Pre-authorisations</source>
        <translation>Autorizaciones previas</translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation>Liquidaciones</translation>
    </message>
    <message>
        <source>Cash close</source>
        <translation>Cierre de caja</translation>
    </message>
    <message>
        <source>Financial views</source>
        <translation>Informes financieros</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Hospital settings</source>
        <translation>Configuración del hospital</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Datos maestros</translation>
    </message>
    <message>
        <source>Patient index (merge)</source>
        <translation>Índice de pacientes (fusión)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
</TS>
