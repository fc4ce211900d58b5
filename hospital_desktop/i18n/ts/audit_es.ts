<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Access report (PDF)…</source>
        <translation>Informe de accesos (PDF)…</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>⚠ EMERGENCY — {purpose}</source>
        <translation>⚠ URGENCIA — {purpose}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chart openings shown</source>
        <translation>
            <numerusform>%Ln apertura de historia mostrada</numerusform>
            <numerusform>%Ln aperturas de historia mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chart openings</source>
        <translation>
            <numerusform>%Ln apertura de historia</numerusform>
            <numerusform>%Ln aperturas de historia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records written</source>
        <translation>
            <numerusform>%Ln registro escrito</numerusform>
            <numerusform>%Ln registros escritos</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the patient&apos;s MRN for the access report.</source>
        <translation>Introduzca el NHC del paciente para el informe de accesos.</translation>
    </message>
    <message>
        <source>Access report for {mrn}: {openings}, {writes}.</source>
        <translation>Informe de accesos de {mrn}: {openings}, {writes}.</translation>
    </message>
    <message>
        <source>Access report {mrn}</source>
        <translation>Informe de accesos {mrn}</translation>
    </message>
</context>
<context>
    <name>AuditFlag</name>
    <message>
        <source>flagged LOW</source>
        <translation>valor BAJO</translation>
    </message>
    <message>
        <source>flagged HIGH</source>
        <translation>valor ALTO</translation>
    </message>
    <message>
        <source>flagged ABNORMAL</source>
        <translation>valor ANORMAL</translation>
    </message>
    <message>
        <source>flagged CRITICAL LOW</source>
        <translation>valor CRÍTICO BAJO</translation>
    </message>
    <message>
        <source>flagged CRITICAL HIGH</source>
        <translation>valor CRÍTICO ALTO</translation>
    </message>
</context>
<context>
    <name>AuditQueries</name>
    <message>
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>{login} (database administrator)</source>
        <translation>{login} (administrador de la base de datos)</translation>
    </message>
    <message>
        <source>{login} (not a staff login)</source>
        <translation>{login} (no es una cuenta de personal)</translation>
    </message>
    <message>
        <source>No patient with MRN {mrn}.</source>
        <translation>No hay ningún paciente con NHC {mrn}.</translation>
    </message>
    <message>
        <source>Unknown action {action}.</source>
        <translation>Acción desconocida: {action}.</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>Elija un resultado.</translation>
    </message>
    <message>
        <source>Write a comment of at least 5 characters: what you checked and found.</source>
        <translation>Escriba un comentario de al menos 5 caracteres: qué comprobó y qué encontró.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s MRN.</source>
        <translation>Introduzca el NHC del paciente.</translation>
    </message>
    <message>
        <source>No patient with id {id}.</source>
        <translation>No hay ningún paciente con el identificador {id}.</translation>
    </message>
</context>
<context>
    <name>AuditWorkspace</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Chart access</source>
        <translation>Accesos a historias</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Chain status</source>
        <translation>Estado de la cadena</translation>
    </message>
</context>
<context>
    <name>ChainCheck</name>
    <message>
        <source>Every write is linked into a SHA-256 hash chain. The check seals the events of finished transactions, then recomputes the whole chain from the first event: any edited, removed or inserted event shows up at the first place where the chain breaks.</source>
        <translation>Cada escritura queda enlazada en una cadena de hash SHA-256. La comprobación sella los eventos de las transacciones finalizadas y después recalcula toda la cadena desde el primer evento: cualquier evento modificado, eliminado o insertado aparece en el primer punto donde se rompe la cadena.</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Verificar la cadena de auditoría</translation>
    </message>
    <message>
        <source>Sealing and verifying…</source>
        <translation>Sellando y verificando…</translation>
    </message>
    <message>
        <source>Verified {done} of {total} sealed events…</source>
        <translation>Verificados {done} de {total} eventos sellados…</translation>
    </message>
    <message>
        <source>{result} — checked {when}</source>
        <translation>{result} — comprobado el {when}</translation>
    </message>
    <message>
        <source>audit chain intact: {sealed}, {unsealed}, head {head}</source>
        <translation>cadena de auditoría íntegra: {sealed}, {unsealed}, cabeza {head}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sealed events</source>
        <translation>
            <numerusform>%Ln evento sellado</numerusform>
            <numerusform>%Ln eventos sellados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln awaiting seal</source>
        <translation>
            <numerusform>%Ln pendiente de sellar</numerusform>
            <numerusform>%Ln pendientes de sellar</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <source>audit chain broken at event {event}: {problem}</source>
        <translation>cadena de auditoría rota en el evento {event}: {problem}</translation>
    </message>
    <message>
        <source>audit chain broken at the chain head: {problem}</source>
        <translation>cadena de auditoría rota en la cabeza de la cadena: {problem}</translation>
    </message>
    <message>
        <source>The check could not run: {message}</source>
        <translation>No se pudo realizar la comprobación: {message}</translation>
    </message>
</context>
<context>
    <name>EventSearch</name>
    <message>
        <source>INSERT</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>UPDATE</source>
        <translation>Modificación</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; added {table} row {row} on {when}</source>
        <translation>&lt;b&gt;{actor}&lt;/b&gt; añadió la fila {row} de {table} el {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; changed {table} row {row} on {when}</source>
        <translation>&lt;b&gt;{actor}&lt;/b&gt; modificó la fila {row} de {table} el {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; removed {table} row {row} on {when}</source>
        <translation>&lt;b&gt;{actor}&lt;/b&gt; eliminó la fila {row} de {table} el {when}</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>cualquier usuario</translation>
    </message>
    <message>
        <source>any table</source>
        <translation>cualquier tabla</translation>
    </message>
    <message>
        <source>any</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Select a write to see what it changed.</source>
        <translation>Seleccione una escritura para ver qué cambió.</translation>
    </message>
    <message>
        <source>Show unchanged columns</source>
        <translation>Mostrar columnas sin cambios</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message numerus="yes">
        <source>%Ln writes shown — scroll for more</source>
        <translation>
            <numerusform>%Ln escritura mostrada — desplácese para ver más</numerusform>
            <numerusform>%Ln escrituras mostradas — desplácese para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln writes shown</source>
        <translation>
            <numerusform>%Ln escritura mostrada</numerusform>
            <numerusform>%Ln escrituras mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>patient {patient}</source>
        <translation>paciente {patient}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <source>result {flag}</source>
        <translation>resultado: {flag}</translation>
    </message>
    <message>
        <source>value {flag}</source>
        <translation>{flag}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Justified</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation>No justificado</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Requiere seguimiento</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Awaiting review only</source>
        <translation>Solo pendientes de revisión</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo indicado</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
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
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>What you checked and what you found (recorded, cannot be changed later)</source>
        <translation>Qué comprobó y qué encontró (queda registrado, no se puede cambiar después)</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>Select an emergency access or a flagged change.</source>
        <translation>Seleccione un acceso de urgencia o un cambio señalado.</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency (break-glass) chart accesses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Accesos de urgencia a historias (romper el cristal)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flagged staff changes&lt;/b&gt; (self-grants, new access to patient data or the audit trail, one-time passwords)</source>
        <translation>&lt;b&gt;Cambios de personal señalados&lt;/b&gt; (autoasignaciones, nuevo acceso a datos de pacientes o al registro de auditoría, contraseñas de un solo uso)</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>pendiente de revisión</translation>
    </message>
    <message>
        <source>{outcome} ({reviewer}): {comment}</source>
        <translation>{outcome} ({reviewer}): {comment}</translation>
    </message>
    <message>
        <source>Emergency access by {staff} to {patient} ({mrn}) on {when}: “{reason}”</source>
        <translation>Acceso de urgencia de {staff} a {patient} ({mrn}) el {when}: «{reason}»</translation>
    </message>
    <message>
        <source>{login}: {flag} — “{reason}”</source>
        <translation>{login}: {flag} — «{reason}»</translation>
    </message>
    <message>
        <source>Select what you reviewed first.</source>
        <translation>Seleccione primero lo que ha revisado.</translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation>Revisión registrada.</translation>
    </message>
</context>
</TS>
