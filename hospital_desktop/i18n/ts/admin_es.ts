<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdminBedState</name>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>being cleaned</source>
        <translation>en limpieza</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>{state} — {reason}</source>
        <translation>{state} — {reason}</translation>
    </message>
</context>
<context>
    <name>AdminDepartmentKind</name>
    <message>
        <source>outpatient</source>
        <translation>consultas externas</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>hospitalización</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>urgencias</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>farmacia</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>administrativo</translation>
    </message>
</context>
<context>
    <name>AdminLabRange</name>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Critical low</source>
        <translation>Crítico bajo</translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation>Crítico alto</translation>
    </message>
    <message>
        <source>Age from (years)</source>
        <translation>Edad desde (años)</translation>
    </message>
    <message>
        <source>Age to (years, excl.)</source>
        <translation>Edad hasta (años, excl.)</translation>
    </message>
</context>
<context>
    <name>AdminQueries</name>
    <message>
        <source>Choose a password different from the one-time password.</source>
        <translation>Elija una contraseña distinta de la contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Una contraseña necesita al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Use letters and at least one digit or symbol.</source>
        <translation>Use letras y al menos un número o un símbolo.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>La contraseña no debe contener el nombre de usuario.</translation>
    </message>
    <message>
        <source>This is one of the {count} most common passwords: choose another.</source>
        <translation>Es una de las {count} contraseñas más comunes: elija otra.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Elija al menos un rol.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Escriba el nombre y apellidos de la persona.</translation>
    </message>
    <message>
        <source>The user name {username} already exists. Choose another user name.</source>
        <translation>El nombre de usuario {username} ya existe. Elija otro nombre de usuario.</translation>
    </message>
    <message>
        <source>A staff member needs at least one role; deactivate the account instead.</source>
        <translation>Un profesional necesita al menos un rol; en su lugar, desactive la cuenta.</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>Parámetro desconocido: {key}.</translation>
    </message>
    <message>
        <source>The setting {key} is missing in this database.</source>
        <translation>Falta el parámetro {key} en esta base de datos.</translation>
    </message>
    <message>
        <source>The logo is {size} kB; at most {limit} kB.</source>
        <translation>El logotipo ocupa {size} kB; como máximo {limit} kB.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>The price code {code} has no price valid today. Add it to the price list first.</source>
        <translation>El código de tarifa {code} no tiene precio vigente hoy. Añádalo antes a la lista de precios.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>«{value}» no es un importe.</translation>
    </message>
    <message>
        <source>An amount is positive, less than {limit}, with at most two decimals.</source>
        <translation>Un importe es positivo, menor que {limit}, con dos decimales como máximo.</translation>
    </message>
    <message>
        <source>{code} has no price valid on {date}; add it as a new item.</source>
        <translation>{code} no tiene precio vigente el {date}; añádalo como concepto nuevo.</translation>
    </message>
    <message>
        <source>A price change takes effect today or later; charges already made keep their price.</source>
        <translation>Un cambio de precio entra en vigor hoy o más tarde; los cargos ya hechos conservan su precio.</translation>
    </message>
    <message>
        <source>The price of {code} already changes on {date}.</source>
        <translation>El precio de {code} ya cambia el {date}.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>{field} must be a number (or empty for none).</source>
        <translation>«{field}» debe ser un número (o vacío si no hay).</translation>
    </message>
    <message>
        <source>Choose the test.</source>
        <translation>Elija la prueba.</translation>
    </message>
</context>
<context>
    <name>AdminReference</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AdminRoles</name>
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
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>Insurance gateway (the gateway&apos;s own login)</source>
        <translation>Pasarela de aseguradoras (usuario propio de la pasarela)</translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>hospital name</source>
        <translation>nombre del hospital</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotipo</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>bloqueo por inactividad</translation>
    </message>
    <message>
        <source>break-glass duration</source>
        <translation>duración del acceso de emergencia</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>moneda</translation>
    </message>
    <message>
        <source>tax name</source>
        <translation>nombre del impuesto</translation>
    </message>
    <message>
        <source>tax registration number</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>formats (locale)</source>
        <translation>formatos (configuración regional)</translation>
    </message>
</context>
<context>
    <name>AdminStaffState</name>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>locked (failed logins)</source>
        <translation>bloqueado (accesos fallidos)</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
</context>
<context>
    <name>AuthenticatorDialog</name>
    <message>
        <source>Authenticator for {name}</source>
        <translation>Autenticador de {name}</translation>
    </message>
    <message>
        <source>With &lt;b&gt;{name}&lt;/b&gt; ({username}) at your desk: they open an authenticator app that supports SHA-256 codes (for example Aegis, FreeOTP, 2FAS, Google Authenticator), add an account and scan this code. Then they type the 6 digits the app shows.</source>
        <translation>Con &lt;b&gt;{name}&lt;/b&gt; ({username}) en su puesto: abre una aplicación de autenticación compatible con códigos SHA-256 (por ejemplo Aegis, FreeOTP, 2FAS, Google Authenticator), añade una cuenta y escanea este código. Después escribe los 6 dígitos que muestra la aplicación.</translation>
    </message>
    <message>
        <source>Their present authenticator stops working.</source>
        <translation>Su autenticador actual dejará de funcionar.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurar</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Código de la aplicación</translation>
    </message>
    <message>
        <source>Or type this key into the app (time-based, SHA-256, 6 digits, 30 seconds):</source>
        <translation>O escriba esta clave en la aplicación (basada en tiempo, SHA-256, 6 dígitos, 30 segundos):</translation>
    </message>
    <message>
        <source>Type the 6 digits the app shows now.</source>
        <translation>Escriba los 6 dígitos que muestra ahora la aplicación.</translation>
    </message>
</context>
<context>
    <name>BedQueries</name>
    <message>
        <source>A bed code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7-A).</source>
        <translation>Un código de cama tiene de 2 a 32 letras, dígitos, - o _, y empieza por una letra (p. ej. MEDW-7-A).</translation>
    </message>
    <message>
        <source>A room code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7).</source>
        <translation>Un código de habitación tiene de 2 a 32 letras, dígitos, - o _, y empieza por una letra (p. ej. MEDW-7).</translation>
    </message>
    <message>
        <source>The room name must have 1 to {longest} characters.</source>
        <translation>El nombre de la habitación debe tener de 1 a {longest} caracteres.</translation>
    </message>
    <message>
        <source>The bed label must have 1 to {longest} characters.</source>
        <translation>La etiqueta de la cama debe tener de 1 a {longest} caracteres.</translation>
    </message>
    <message>
        <source>This text must have 1 to {longest} characters.</source>
        <translation>Este texto debe tener de 1 a {longest} caracteres.</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>Esta habitación ya no existe.</translation>
    </message>
    <message>
        <source>This bed no longer exists.</source>
        <translation>Esta cama ya no existe.</translation>
    </message>
</context>
<context>
    <name>BedsEditor</name>
    <message>
        <source>Room / bed</source>
        <translation>Habitación / cama</translation>
    </message>
    <message>
        <source>Name / label</source>
        <translation>Nombre / etiqueta</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>Estado actual</translation>
    </message>
    <message>
        <source>e.g. {code}</source>
        <translation>p. ej. {code}</translation>
    </message>
    <message>
        <source>e.g. Medical ward room 7</source>
        <translation>p. ej. Medicina Interna, habitación 7</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Añadir habitación</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Deactivate room</source>
        <translation>Desactivar habitación</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Habitación</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>on the board, e.g. {label}</source>
        <translation>en el mapa de camas, p. ej. {label}</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Añadir cama</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Cambiar etiqueta</translation>
    </message>
    <message>
        <source>Deactivate bed</source>
        <translation>Desactivar cama</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Codes are fixed once made (stays refer to them); names and labels change. A bed is retired only when empty: transfer or discharge its patient, or release its reservation, first. New wards are departments of kind inpatient (Departments tab).</source>
        <translation>Los códigos no cambian una vez creados (los ingresos hacen referencia a ellos); los nombres y etiquetas sí. Una cama solo se retira vacía: antes traslade o dé de alta a su paciente, o anule su reserva. Las unidades de hospitalización nuevas son servicios de tipo hospitalización (pestaña Servicios).</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>{code} — {name} (closed)</source>
        <translation>{code} — {name} (cerrada)</translation>
    </message>
    <message>
        <source>No wards yet: add a department of kind inpatient in the Departments tab.</source>
        <translation>Aún no hay unidades: añada un servicio de tipo hospitalización en la pestaña Servicios.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%Ln habitación</numerusform>
            <numerusform>%Ln habitaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bed(s) in use</source>
        <translation>
            <numerusform>%Ln cama activa</numerusform>
            <numerusform>%Ln camas activas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occupied</source>
        <translation>
            <numerusform>%Ln ocupada</numerusform>
            <numerusform>%Ln ocupadas</numerusform>
        </translation>
    </message>
    <message>
        <source>{rooms}, {beds} ({occupied})</source>
        <translation>{rooms}, {beds} ({occupied})</translation>
    </message>
    <message>
        <source>{rooms}, {beds} ({occupied}) — the ward is closed</source>
        <translation>{rooms}, {beds} ({occupied}) — la unidad está cerrada</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Reactivate room</source>
        <translation>Reactivar habitación</translation>
    </message>
    <message>
        <source>Reactivate bed</source>
        <translation>Reactivar cama</translation>
    </message>
    <message>
        <source>{state} since {when}</source>
        <translation>{state} desde el {when}</translation>
    </message>
    <message>
        <source>it can be retired only after the patient is transferred or discharged</source>
        <translation>solo puede retirarse tras el traslado o el alta del paciente</translation>
    </message>
    <message>
        <source>release the reservation before retiring it</source>
        <translation>anule la reserva antes de retirarla</translation>
    </message>
    <message>
        <source>Type the new room&apos;s code and name, then Add room.</source>
        <translation>Escriba el código y el nombre de la nueva habitación y pulse «Añadir habitación».</translation>
    </message>
    <message>
        <source>Room {room} added to {ward}.</source>
        <translation>Habitación {room} añadida a {ward}.</translation>
    </message>
    <message>
        <source>Room {room} renamed.</source>
        <translation>Habitación {room} renombrada.</translation>
    </message>
    <message numerus="yes">
        <source>Room {room} still has %n bed(s) in use: deactivate its beds first.</source>
        <translation>
            <numerusform>La habitación {room} aún tiene %Ln cama activa: desactívela primero.</numerusform>
            <numerusform>La habitación {room} aún tiene %Ln camas activas: desactive primero sus camas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Room {room} reactivated.</source>
        <translation>Habitación {room} reactivada.</translation>
    </message>
    <message>
        <source>Room {room} deactivated.</source>
        <translation>Habitación {room} desactivada.</translation>
    </message>
    <message>
        <source>Type the new bed&apos;s code and label, then Add bed.</source>
        <translation>Escriba el código y la etiqueta de la nueva cama y pulse «Añadir cama».</translation>
    </message>
    <message>
        <source>Bed {label} ({code}) added.</source>
        <translation>Cama {label} ({code}) añadida.</translation>
    </message>
    <message>
        <source>Bed {bed} relabelled.</source>
        <translation>Etiqueta de la cama {bed} cambiada.</translation>
    </message>
    <message>
        <source>Bed {bed} reactivated.</source>
        <translation>Cama {bed} reactivada.</translation>
    </message>
    <message>
        <source>Bed {bed} deactivated.</source>
        <translation>Cama {bed} desactivada.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Elija su contraseña</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>At least {count} characters, letters and at least one digit or symbol, not your user name nor a common password. Only you know it: administrators can reset it but never see it.</source>
        <translation>Al menos {count} caracteres, letras y al menos un número o símbolo, ni su nombre de usuario ni una contraseña común. Solo usted la conoce: los administradores pueden restablecerla, pero nunca verla.</translation>
    </message>
    <message>
        <source>An administrator gave you a one-time password. Choose your own password now; you cannot use the system before you do.</source>
        <translation>Un administrador le ha dado una contraseña de un solo uso. Elija ahora su propia contraseña; no podrá usar el sistema hasta hacerlo.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The password was not changed. {error}</source>
        <translation>La contraseña no se ha cambiado. {error}</translation>
    </message>
</context>
<context>
    <name>DepartmentsEditor</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
</context>
<context>
    <name>LabCatalogQueries</name>
    <message>
        <source>numeric</source>
        <translation>numérico</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>A LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3).</source>
        <translation>Un código LOINC tiene de 1 a 7 dígitos, un guion y un dígito de control (por ejemplo 2823-3).</translation>
    </message>
    <message>
        <source>LOINC code {code} is not valid: the check digit should be {digit}.</source>
        <translation>El código LOINC {code} no es válido: el dígito de control debería ser {digit}.</translation>
    </message>
    <message>
        <source>at {code}</source>
        <translation>a tarifa {code}</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>El nombre es obligatorio.</translation>
    </message>
    <message>
        <source>The name has at most {longest} characters.</source>
        <translation>El nombre tiene como máximo {longest} caracteres.</translation>
    </message>
    <message>
        <source>The short name is required.</source>
        <translation>El nombre corto es obligatorio.</translation>
    </message>
    <message>
        <source>The short name has at most {longest} characters.</source>
        <translation>El nombre corto tiene como máximo {longest} caracteres.</translation>
    </message>
    <message>
        <source>The specimen type is required.</source>
        <translation>El tipo de muestra es obligatorio.</translation>
    </message>
    <message>
        <source>The specimen type has at most {longest} characters.</source>
        <translation>El tipo de muestra tiene como máximo {longest} caracteres.</translation>
    </message>
    <message>
        <source>The container is required.</source>
        <translation>El contenedor es obligatorio.</translation>
    </message>
    <message>
        <source>The container has at most {longest} characters.</source>
        <translation>El contenedor tiene como máximo {longest} caracteres.</translation>
    </message>
    <message>
        <source>A result is numeric or text.</source>
        <translation>Un resultado es numérico o de texto.</translation>
    </message>
    <message>
        <source>Decimals must be a whole number from 0 to 4.</source>
        <translation>Los decimales deben ser un número entero de 0 a 4.</translation>
    </message>
    <message>
        <source>A numeric test needs the unit its results are reported in (e.g. mmol/L).</source>
        <translation>Una prueba numérica necesita la unidad en que se informan sus resultados (p. ej. mmol/L).</translation>
    </message>
    <message>
        <source>The unit has at most {longest} characters.</source>
        <translation>La unidad tiene como máximo {longest} caracteres.</translation>
    </message>
    <message>
        <source>Test {code} is not in the catalog.</source>
        <translation>La prueba {code} no está en el catálogo.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>ordered with the panel</source>
        <translation>se solicita con el perfil</translation>
    </message>
    <message>
        <source>test inactive: not ordered</source>
        <translation>prueba inactiva: no se solicita</translation>
    </message>
    <message>
        <source>Panel {code} is not in the catalog.</source>
        <translation>El perfil {code} no está en el catálogo.</translation>
    </message>
    <message>
        <source>Choose the test to add.</source>
        <translation>Elija la prueba que añadir.</translation>
    </message>
    <message>
        <source>Only an active test can be added to a panel.</source>
        <translation>Solo se puede añadir a un perfil una prueba activa.</translation>
    </message>
    <message>
        <source>{test} is already a member of this panel.</source>
        <translation>{test} ya forma parte de este perfil.</translation>
    </message>
    <message>
        <source>Only a current member of the panel can be moved.</source>
        <translation>Solo se puede mover una prueba que forme parte del perfil.</translation>
    </message>
    <message>
        <source>This test is not a current member of the panel.</source>
        <translation>Esta prueba no forma parte del perfil.</translation>
    </message>
</context>
<context>
    <name>LabPanelsEditor</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>LOINC panel code, e.g. {code}</source>
        <translation>código LOINC del perfil, p. ej. {code}</translation>
    </message>
    <message>
        <source>Orderable (active)</source>
        <translation>Solicitable (activo)</translation>
    </message>
    <message>
        <source>New panel</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Save panel</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Add to panel</source>
        <translation>Añadir al perfil</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove from panel</source>
        <translation>Quitar del perfil</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>Código LOINC</translation>
    </message>
    <message>
        <source>Members (report order)</source>
        <translation>Pruebas (orden del informe)</translation>
    </message>
    <message>
        <source>Ordering the panel orders each member that is still in it and whose test is active. A removed member stays on record; adding it again puts it last.</source>
        <translation>Solicitar el perfil solicita cada prueba que siga en él y esté activa. Una prueba quitada queda registrada; si se vuelve a añadir, pasa al final.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Members of {panel} (report order)</source>
        <translation>Pruebas de {panel} (orden del informe)</translation>
    </message>
    <message>
        <source>Members (save the panel first)</source>
        <translation>Pruebas (guarde antes el perfil)</translation>
    </message>
    <message>
        <source>Check digit correct.</source>
        <translation>Dígito de control correcto.</translation>
    </message>
    <message>
        <source>Saved panel {code}.</source>
        <translation>Perfil {code} guardado.</translation>
    </message>
    <message>
        <source>Save the panel first.</source>
        <translation>Guarde antes el perfil.</translation>
    </message>
    <message>
        <source>Added {test}.</source>
        <translation>{test} añadida.</translation>
    </message>
    <message>
        <source>Moved {test} up.</source>
        <translation>{test} subida un puesto.</translation>
    </message>
    <message>
        <source>Moved {test} down.</source>
        <translation>{test} bajada un puesto.</translation>
    </message>
    <message>
        <source>Removed {test}: no longer ordered with the panel.</source>
        <translation>{test} quitada: ya no se solicita con el perfil.</translation>
    </message>
</context>
<context>
    <name>LabRangesEditor</name>
    <message>
        <source>either</source>
        <translation>ambos</translation>
    </message>
    <message>
        <source>female</source>
        <translation>mujer</translation>
    </message>
    <message>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Edad (años)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Critical low</source>
        <translation>Crítico bajo</translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation>Crítico alto</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>sin límite superior</translation>
    </message>
</context>
<context>
    <name>LabTestsEditor</name>
    <message>
        <source>Search LOINC code, name or short name</source>
        <translation>Buscar por código LOINC, nombre o nombre corto</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Mostrar inactivas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nombre corto</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>e.g. {code}</source>
        <translation>p. ej. {code}</translation>
    </message>
    <message>
        <source>LOINC long common name</source>
        <translation>nombre común largo de LOINC</translation>
    </message>
    <message>
        <source>as printed on labels and reports</source>
        <translation>como se imprime en etiquetas e informes</translation>
    </message>
    <message>
        <source>UCUM, e.g. {unit}</source>
        <translation>UCUM, p. ej. {unit}</translation>
    </message>
    <message>
        <source>LAB-&lt;LOINC&gt;</source>
        <translation>LAB-&lt;LOINC&gt;</translation>
    </message>
    <message>
        <source>Orderable (active)</source>
        <translation>Solicitable (activo)</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>Nueva prueba</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation>Lista de precios…</translation>
    </message>
    <message>
        <source>Reference ranges…</source>
        <translation>Valores de referencia…</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>Código LOINC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <source>Price code</source>
        <translation>Código de tarifa</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Véase también:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>The code is fixed once saved. A deactivated test is no longer orderable; orders already placed go on. Unit and result type change only when none of its orders is in the lab.</source>
        <translation>El código no cambia una vez guardado. Una prueba desactivada ya no se puede solicitar; las solicitudes ya hechas siguen su curso. La unidad y el tipo de resultado solo cambian si ninguna de sus solicitudes está en el laboratorio.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Fixed: orders, results and ranges refer to it.</source>
        <translation>Fijo: las solicitudes, los resultados y los valores de referencia remiten a él.</translation>
    </message>
    <message>
        <source>Check digit correct.</source>
        <translation>Dígito de control correcto.</translation>
    </message>
    <message>
        <source>Digits, a dash, the check digit.</source>
        <translation>Dígitos, un guion y el dígito de control.</translation>
    </message>
    <message>
        <source>Charged at {code} ({price}).</source>
        <translation>Se factura a tarifa {code} ({price}).</translation>
    </message>
    <message>
        <source>Charged at {code} (no price).</source>
        <translation>Se factura a tarifa {code} (sin precio).</translation>
    </message>
    <message>
        <source>Charged at {code}.</source>
        <translation>Se factura a tarifa {code}.</translation>
    </message>
    <message>
        <source>Saved with price code {code}; until it has a price:</source>
        <translation>Guardada con el código de tarifa {code}; mientras no tenga precio:</translation>
    </message>
    <message>
        <source>No price code.</source>
        <translation>Sin código de tarifa.</translation>
    </message>
    <message>
        <source>{code}: {price} today.</source>
        <translation>{code}: {price} hoy.</translation>
    </message>
    <message>
        <source>{code} has no current price.</source>
        <translation>{code} no tiene precio vigente.</translation>
    </message>
    <message>
        <source>Saved with {code}; until it has a current price:</source>
        <translation>Guardada con {code}; mientras no tenga precio vigente:</translation>
    </message>
    <message>
        <source>Saved {code}.</source>
        <translation>{code} guardada.</translation>
    </message>
</context>
<context>
    <name>PayerItemCodesEditor</name>
    <message>
        <source>Payer</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Price code</source>
        <translation>Código de tarifa</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Payer code</source>
        <translation>Código del financiador</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>Nombre en el financiador</translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation>Autorización previa</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>The payer wants this item pre-&amp;authorised</source>
        <translation>El financiador exige &amp;autorización previa de este concepto</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Ac&amp;tivo</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>&amp;Financiador</translation>
    </message>
    <message>
        <source>P&amp;rice code</source>
        <translation>Código de ta&amp;rifa</translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;code</source>
        <translation>&amp;Código del financiador</translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;name</source>
        <translation>Nom&amp;bre en el financiador</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>necesaria</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No payer is set up.</source>
        <translation>No hay ningún financiador configurado.</translation>
    </message>
    <message>
        <source>Choose the price code the payer&apos;s code stands for.</source>
        <translation>Elija el código de tarifa al que corresponde el código del financiador.</translation>
    </message>
    <message>
        <source>Type the payer&apos;s code for the item.</source>
        <translation>Escriba el código del financiador para el concepto.</translation>
    </message>
</context>
<context>
    <name>PayerPoliciesEditor</name>
    <message>
        <source>Payer</source>
        <translation>Financiador</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Admissions need pre-authorisation</source>
        <translation>Ingresos con autorización previa</translation>
    </message>
    <message>
        <source>Eligibility valid (hours)</source>
        <translation>Validez de la comprobación (horas)</translation>
    </message>
    <message>
        <source>Admissions need the payer&apos;s pre-&amp;authorisation</source>
        <translation>Los ingresos requieren &amp;autorización previa del financiador</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How long an eligibility answer is trusted before reception and billing see it as out of date (1 to 720 hours)</source>
        <translation>Tiempo durante el que una comprobación de derechos se da por buena antes de que admisión y facturación la vean caducada (de 1 a 720 horas)</translation>
    </message>
    <message>
        <source>&amp;Eligibility valid for</source>
        <translation>&amp;Validez de la comprobación</translation>
    </message>
    <message>
        <source>{hours} (default)</source>
        <translation>{hours} (por defecto)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Select a payer.</source>
        <translation>Seleccione un financiador.</translation>
    </message>
</context>
<context>
    <name>PriceListEditor</name>
    <message>
        <source>Search code or name</source>
        <translation>Buscar código o nombre</translation>
    </message>
    <message>
        <source>Show ended versions</source>
        <translation>Mostrar versiones finalizadas</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>p. ej. {amount}</translation>
    </message>
    <message>
        <source>e.g. {codes}</source>
        <translation>p. ej. {codes}</translation>
    </message>
    <message>
        <source>New price from this date</source>
        <translation>Nuevo precio desde esta fecha</translation>
    </message>
    <message>
        <source>Add as a new item</source>
        <translation>Añadir como concepto nuevo</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>A new price ends the current version the day before; charges already made keep their price.</source>
        <translation>Un precio nuevo cierra la versión vigente el día anterior; los cargos ya hechos conservan su precio.</translation>
    </message>
    <message>
        <source>{code}: {amount} from {date}.</source>
        <translation>{code}: {amount} desde el {date}.</translation>
    </message>
    <message>
        <source>Added {code}.</source>
        <translation>{code} añadido.</translation>
    </message>
</context>
<context>
    <name>ReferenceWorkspace</name>
    <message>
        <source>Departments</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Prestaciones</translation>
    </message>
    <message>
        <source>Clinic rooms</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Lista de precios</translation>
    </message>
    <message>
        <source>Lab reference ranges</source>
        <translation>Valores de referencia</translation>
    </message>
    <message>
        <source>Wards, rooms &amp;&amp; beds</source>
        <translation>Habitaciones y camas</translation>
    </message>
    <message>
        <source>Lab tests</source>
        <translation>Pruebas de lab.</translation>
    </message>
    <message>
        <source>Lab panels</source>
        <translation>Perfiles de lab.</translation>
    </message>
    <message>
        <source>Payer item codes</source>
        <translation>Códigos financiador</translation>
    </message>
    <message>
        <source>Payer policies</source>
        <translation>Normas financiador</translation>
    </message>
    <message>
        <source>The formulary is maintained by the pharmacists (Formulary workspace).</source>
        <translation>La guía farmacoterapéutica la mantiene Farmacia (espacio Guía farmacoterapéutica).</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Department</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>Department</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Price code</source>
        <translation>Código de tarifa</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Telemedicine allowed</source>
        <translation>Permite teleconsulta</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <source>(no logo)</source>
        <translation>(sin logotipo)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Logo on printouts</source>
        <translation>Logotipo en los impresos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of screens and printouts</source>
        <translation>Idioma de pantallas e impresos</translation>
    </message>
    <message>
        <source>Formats (locale)</source>
        <translation>Formatos (configuración regional)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Lock idle workstations after</source>
        <translation>Bloquear puestos inactivos tras</translation>
    </message>
    <message>
        <source>Emergency (break-glass) access lasts</source>
        <translation>Duración del acceso de emergencia</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <source>Currency (ISO 4217)</source>
        <translation>Moneda (ISO 4217)</translation>
    </message>
    <message>
        <source>Tax name</source>
        <translation>Nombre del impuesto</translation>
    </message>
    <message>
        <source>Tax registration number</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>Tax rates (per item group)</source>
        <translation>Tipos impositivos (por grupo de conceptos)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Guardar configuración</translation>
    </message>
    <message>
        <source>{group}: {label} {rate} % from {date}</source>
        <translation>{group}: {label} {rate} % desde el {date}</translation>
    </message>
    <message>
        <source>none (clinical services exempt); rates are kept with the price list</source>
        <translation>ninguno (servicios asistenciales exentos); los tipos se mantienen con la lista de precios</translation>
    </message>
    <message>
        <source>{code} (not shipped: screens show English)</source>
        <translation>{code} (no incluido: pantallas en inglés)</translation>
    </message>
    <message>
        <source>A language and country code, e.g. en_GB, fr_FR, es_ES, ar_EG.</source>
        <translation>Un código de idioma y país, p. ej. en_GB, fr_FR, es_ES, ar_EG.</translation>
    </message>
    <message>
        <source>Dates {date} · times {time} · amounts {amount}</source>
        <translation>Fechas {date} · horas {time} · importes {amount}</translation>
    </message>
    <message>
        <source>({locale} is not known here: formats follow {fallback})</source>
        <translation>({locale} no se reconoce aquí: formatos de {fallback})</translation>
    </message>
    <message>
        <source>Logo for printouts</source>
        <translation>Logotipo de los impresos</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No hay cambios.</translation>
    </message>
    <message>
        <source>The locale is a language and country code such as en_GB, fr_FR or ar_EG.</source>
        <translation>La configuración regional es un código de idioma y país, como en_GB, fr_FR o ar_EG.</translation>
    </message>
    <message>
        <source>Saved: {settings}.</source>
        <translation>Guardado: {settings}.</translation>
    </message>
    <message>
        <source>Workstations pick up a new idle-lock time at their next login.</source>
        <translation>Los puestos aplican el nuevo tiempo de bloqueo en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Staff who have not chosen their own language see the new one at their next login.</source>
        <translation>El personal que no haya elegido su propio idioma verá el nuevo en su próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>StaffHistory</name>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>roles cambiados</translation>
    </message>
    <message>
        <source>departments changed</source>
        <translation>servicios cambiados</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renombrado</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reactivado</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>contraseña restablecida</translation>
    </message>
    <message>
        <source>changed own password</source>
        <translation>cambió su contraseña</translation>
    </message>
    <message>
        <source>locked after failed logins</source>
        <translation>bloqueado tras accesos fallidos</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueado</translation>
    </message>
    <message>
        <source>authenticator set up</source>
        <translation>autenticador configurado</translation>
    </message>
    <message>
        <source>authenticator removed</source>
        <translation>autenticador retirado</translation>
    </message>
    <message>
        <source>roles {changes}</source>
        <translation>roles {changes}</translation>
    </message>
    <message>
        <source>departments {before} → {after}</source>
        <translation>servicios {before} → {after}</translation>
    </message>
    <message>
        <source>created as {roles}</source>
        <translation>creado como {roles}</translation>
    </message>
    <message>
        <source>name {before} → {after}</source>
        <translation>nombre {before} → {after}</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation>Buscar por nombre o usuario</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>Mostrar desactivados</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Nuevo profesional…</translation>
    </message>
    <message>
        <source>Select a staff member</source>
        <translation>Seleccione un profesional</translation>
    </message>
    <message>
        <source>Each person chooses the language and formats of their own screens on their workstation; an administrator cannot change them.</source>
        <translation>Cada persona elige el idioma y los formatos de sus pantallas en su puesto; un administrador no puede cambiarlos.</translation>
    </message>
    <message>
        <source>Roles (database group roles)</source>
        <translation>Roles (grupos de la base de datos)</translation>
    </message>
    <message>
        <source>Reason for this change (recorded in the audit trail)</source>
        <translation>Motivo del cambio (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Create login</source>
        <translation>Crear usuario</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Set up authenticator…</source>
        <translation>Configurar autenticador…</translation>
    </message>
    <message>
        <source>Remove authenticator</source>
        <translation>Quitar autenticador</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>{language} — chosen by {username}</source>
        <translation>{language} — elegido por {username}</translation>
    </message>
    <message>
        <source>The hospital&apos;s: {language}</source>
        <translation>El del hospital: {language}</translation>
    </message>
    <message>
        <source>The hospital&apos;s</source>
        <translation>El del hospital</translation>
    </message>
    <message>
        <source>Replace authenticator…</source>
        <translation>Sustituir autenticador…</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nuevo profesional</translation>
    </message>
    <message>
        <source>a one-time password is made when you create the login</source>
        <translation>al crear el usuario se genera una contraseña de un solo uso</translation>
    </message>
    <message>
        <source>The hospital&apos;s, until the person chooses their own</source>
        <translation>El del hospital, hasta que la persona elija el suyo</translation>
    </message>
    <message>
        <source>{state} since {when}</source>
        <translation>{state} desde el {when}</translation>
    </message>
    <message>
        <source>{state} · authenticator app set up</source>
        <translation>{state} · aplicación de autenticación configurada</translation>
    </message>
    <message>
        <source>{state} · password only</source>
        <translation>{state} · solo contraseña</translation>
    </message>
    <message>
        <source>Created {username}.</source>
        <translation>Usuario {username} creado.</translation>
    </message>
    <message>
        <source>One-time password for &lt;b&gt;{username}&lt;/b&gt;: {password}&lt;br&gt;Give it to the person in private. It works for 72 hours and must be changed at the first login. It is not shown again.</source>
        <translation>Contraseña de un solo uso de &lt;b&gt;{username}&lt;/b&gt;: {password}&lt;br&gt;Entréguesela a la persona en privado. Sirve durante 72 horas y debe cambiarse en el primer inicio de sesión. No se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Give a reason for the change of roles (at least 5 characters).</source>
        <translation>Indique el motivo del cambio de roles (al menos 5 caracteres).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Give the reason for deactivating this account (at least 5 characters).</source>
        <translation>Indique el motivo de desactivar esta cuenta (al menos 5 caracteres).</translation>
    </message>
    <message numerus="yes">
        <source>{username} deactivated; %n open session(s) ended. The history stays.</source>
        <translation>
            <numerusform>{username} desactivado; se ha cerrado %Ln sesión abierta. El historial se conserva.</numerusform>
            <numerusform>{username} desactivado; se han cerrado %Ln sesiones abiertas. El historial se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for reactivating this account (at least 5 characters).</source>
        <translation>Indique el motivo de reactivar esta cuenta (al menos 5 caracteres).</translation>
    </message>
    <message>
        <source>Give the reason for the reset (at least 5 characters), e.g. &apos;forgotten, identity checked in person&apos;.</source>
        <translation>Indique el motivo del restablecimiento (al menos 5 caracteres), p. ej. «olvidada, identidad comprobada en persona».</translation>
    </message>
    <message>
        <source>Give the reason for unlocking (at least 5 characters), e.g. &apos;mistyped, identity checked by phone&apos;.</source>
        <translation>Indique el motivo del desbloqueo (al menos 5 caracteres), p. ej. «errores al teclear, identidad comprobada por teléfono».</translation>
    </message>
    <message>
        <source>{username} can log in again.</source>
        <translation>{username} puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>{username} now logs in with password and authenticator code.</source>
        <translation>{username} inicia sesión ahora con contraseña y código del autenticador.</translation>
    </message>
    <message>
        <source>Give the reason for removing the authenticator (at least 5 characters), e.g. &apos;phone lost&apos;. The auditor reviews it.</source>
        <translation>Indique el motivo de quitar el autenticador (al menos 5 caracteres), p. ej. «teléfono perdido». El auditor lo revisa.</translation>
    </message>
    <message>
        <source>{username} logs in with the password alone until a new authenticator is set up.</source>
        <translation>{username} inicia sesión solo con la contraseña hasta que se configure un nuevo autenticador.</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>_PayerEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
</TS>
