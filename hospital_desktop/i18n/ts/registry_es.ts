<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Candidate</name>
    <message>
        <source>a twin?</source>
        <translation>¿un gemelo?</translation>
    </message>
    <message>
        <source>a parent or child?</source>
        <translation>¿un progenitor o un hijo?</translation>
    </message>
    <message>
        <source>someone of the same name?</source>
        <translation>¿alguien con el mismo nombre?</translation>
    </message>
</context>
<context>
    <name>CandidatePanel</name>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Posibles duplicados&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start typing: likely existing records appear here.</source>
        <translation>Empiece a escribir: aquí aparecerán los registros existentes probables.</translation>
    </message>
    <message>
        <source>Open the selected existing patient instead</source>
        <translation>Abrir en su lugar el paciente existente seleccionado</translation>
    </message>
    <message>
        <source>ANOTHER PERSON? {relation} {score}%: {reasons}</source>
        <translation>¿OTRA PERSONA? {relation} {score}&#xa0;%: {reasons}</translation>
    </message>
    <message>
        <source>STRONG MATCH {score}%: {reasons}</source>
        <translation>COINCIDENCIA ALTA {score}&#xa0;%: {reasons}</translation>
    </message>
    <message>
        <source>possible match {score}%: {reasons}</source>
        <translation>posible coincidencia {score}&#xa0;%: {reasons}</translation>
    </message>
    <message>
        <source>{name}   UNIDENTIFIED   MRN {mrn}</source>
        <translation>{name}   NO IDENTIFICADO   NHC {mrn}</translation>
    </message>
    <message>
        <source>{name}   MRN {mrn}</source>
        <translation>{name}   NHC {mrn}</translation>
    </message>
    <message>
        <source>born {born}, {sex}, {phone}</source>
        <translation>nacimiento: {born}, {sex}, {phone}</translation>
    </message>
    <message>
        <source>born {born}, {sex}</source>
        <translation>nacimiento: {born}, {sex}</translation>
    </message>
    <message numerus="yes">
        <source>%n existing records look like this patient. Check before registering.</source>
        <translation>
            <numerusform>%Ln registro existente se parece a este paciente. Compruébelo antes de registrar.</numerusform>
            <numerusform>%Ln registros existentes se parecen a este paciente. Compruébelos antes de registrar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely existing record.</source>
        <translation>Ningún registro existente probable.</translation>
    </message>
    <message>
        <source>It is the same person after all: open this record</source>
        <translation>Sí es la misma persona: abrir este registro</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%Ln año</numerusform>
            <numerusform>%Ln años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>c. %n y</source>
        <translation>
            <numerusform>aprox. %Ln año</numerusform>
            <numerusform>aprox. %Ln años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>same name but born %n years apart: a parent or child?</source>
        <translation>
            <numerusform>mismo nombre pero nacidos con %Ln año de diferencia: ¿un progenitor o un hijo?</numerusform>
            <numerusform>mismo nombre pero nacidos con %Ln años de diferencia: ¿un progenitor o un hijo?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>MRN {mrn}  {name}, born {born}</source>
        <translation>NHC {mrn}  {name}, nacimiento: {born}</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Fusionar los dos registros</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <source>Which record is kept? Everything recorded for the other moves to it; the other&apos;s MRN will find it. A merge can be undone from the patient index.</source>
        <translation>¿Qué registro se conserva? Todo lo registrado en el otro pasa a este; el NHC del otro lo encontrará. La fusión puede deshacerse desde el índice de pacientes.</translation>
    </message>
    <message>
        <source>Keep {record}</source>
        <translation>Conservar {record}</translation>
    </message>
    <message>
        <source>These records stay separate, and the duplicate check will not propose this pair again.</source>
        <translation>Estos registros seguirán separados y la detección de duplicados no volverá a proponer esta pareja.</translation>
    </message>
    <message>
        <source>Why? (at least {count} characters; kept in the audit trail)</source>
        <translation>¿Motivo? (al menos {count} caracteres; queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Keep separate</source>
        <translation>Mantener separados</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>another patient of the same name matches as well: check the birth date</source>
        <translation>otro paciente con el mismo nombre también coincide: compruebe la fecha de nacimiento</translation>
    </message>
    <message>
        <source>same family name and birth date but another given name: a twin?</source>
        <translation>mismos apellidos y fecha de nacimiento pero otro nombre: ¿un gemelo?</translation>
    </message>
    <message>
        <source>same national ID</source>
        <translation>mismo documento de identidad</translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation>nombre y apellidos intercambiados</translation>
    </message>
    <message>
        <source>same given name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>given name spelled slightly differently</source>
        <translation>nombre escrito de forma algo distinta</translation>
    </message>
    <message>
        <source>given name looks alike (misread letters)</source>
        <translation>nombre de aspecto parecido (letras mal leídas)</translation>
    </message>
    <message>
        <source>given name sounds alike</source>
        <translation>nombre que suena parecido</translation>
    </message>
    <message>
        <source>given name similar</source>
        <translation>nombre similar</translation>
    </message>
    <message>
        <source>different given name</source>
        <translation>nombre distinto</translation>
    </message>
    <message>
        <source>same family name</source>
        <translation>mismos apellidos</translation>
    </message>
    <message>
        <source>family name spelled slightly differently</source>
        <translation>apellidos escritos de forma algo distinta</translation>
    </message>
    <message>
        <source>family name looks alike (misread letters)</source>
        <translation>apellidos de aspecto parecido (letras mal leídas)</translation>
    </message>
    <message>
        <source>family name sounds alike</source>
        <translation>apellidos que suenan parecido</translation>
    </message>
    <message>
        <source>family name similar</source>
        <translation>apellidos similares</translation>
    </message>
    <message>
        <source>different family name</source>
        <translation>apellidos distintos</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>misma fecha de nacimiento</translation>
    </message>
    <message>
        <source>day and month of birth swapped</source>
        <translation>día y mes de nacimiento intercambiados</translation>
    </message>
    <message>
        <source>birth date one day apart</source>
        <translation>fechas de nacimiento con un día de diferencia</translation>
    </message>
    <message>
        <source>birth date differs in one digit</source>
        <translation>la fecha de nacimiento difiere en una cifra</translation>
    </message>
    <message>
        <source>two digits of the birth date swapped</source>
        <translation>dos cifras de la fecha de nacimiento intercambiadas</translation>
    </message>
    <message>
        <source>same birth year and month</source>
        <translation>mismo mes y año de nacimiento</translation>
    </message>
    <message>
        <source>same birth year (day and month not known)</source>
        <translation>mismo año de nacimiento (día y mes desconocidos)</translation>
    </message>
    <message>
        <source>birth year within the estimated age</source>
        <translation>año de nacimiento compatible con la edad estimada</translation>
    </message>
    <message>
        <source>different birth date</source>
        <translation>fecha de nacimiento distinta</translation>
    </message>
    <message>
        <source>phone matches</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>misma dirección</translation>
    </message>
    <message>
        <source>same postal code</source>
        <translation>mismo código postal</translation>
    </message>
    <message>
        <source>sex differs</source>
        <translation>sexo distinto</translation>
    </message>
    <message>
        <source>national ID differs in one character (a typo?)</source>
        <translation>el documento de identidad difiere en un carácter (¿errata?)</translation>
    </message>
    <message>
        <source>national ID differs</source>
        <translation>documento de identidad distinto</translation>
    </message>
    <message>
        <source>given name is a nickname of {name}</source>
        <translation>el nombre es un hipocorístico de {name}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>DuplicatesWorkspace</name>
    <message>
        <source>Encounters</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Lab orders</source>
        <translation>Peticiones de laboratorio</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Prescripciones</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Scan the registry now</source>
        <translation>Buscar duplicados ahora</translation>
    </message>
    <message>
        <source>For a small registry (up to {count} patients); a large one: hms-admin find-duplicates</source>
        <translation>Para un fichero pequeño (hasta {count} pacientes); para uno grande: hms-admin find-duplicates</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Registro A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Registro B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Waiting for a decision (best first)</source>
        <translation>Pendientes de decisión (los más probables primero)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <source>Keep one record and move everything from the other to it</source>
        <translation>Conservar un registro y pasarle todo el contenido del otro</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>&amp;No es la misma persona…</translation>
    </message>
    <message>
        <source>Keep both; never propose this pair again</source>
        <translation>Conservar ambos; no volver a proponer esta pareja</translation>
    </message>
    <message>
        <source>The two records, and how much is recorded for each</source>
        <translation>Los dos registros y cuánto contiene cada uno</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; pairs waiting</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; pareja pendiente</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; parejas pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>{found} found, {decided} decided ({merged} merged, {distinct} not the same person)</source>
        <translation>{found} encontradas, {decided} resueltas ({merged} fusionadas, {distinct} personas distintas)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score {score}&lt;/b&gt;: {reasons} (found {found})</source>
        <translation>&lt;b&gt;Puntuación {score}&lt;/b&gt;: {reasons} (encontrada el {found})</translation>
    </message>
    <message>
        <source>No pair selected.</source>
        <translation>No hay ninguna pareja seleccionada.</translation>
    </message>
    <message>
        <source>Record A — MRN {mrn}</source>
        <translation>Registro A — NHC {mrn}</translation>
    </message>
    <message>
        <source>Record B — MRN {mrn}</source>
        <translation>Registro B — NHC {mrn}</translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation>Seleccione primero una pareja.</translation>
    </message>
    <message>
        <source>Give a reason of at least {count} characters.</source>
        <translation>Indique un motivo de al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Say which record is kept.</source>
        <translation>Indique qué registro se conserva.</translation>
    </message>
    <message>
        <source>Merged (merge #{id}): MRN {gone} now finds MRN {kept}.</source>
        <translation>Fusionados (fusión n.º {id}): el NHC {gone} ahora remite al NHC {kept}.</translation>
    </message>
    <message>
        <source>Kept separate: MRN {a} and MRN {b} will not be proposed again.</source>
        <translation>Mantenidos separados: los NHC {a} y {b} no se volverán a proponer.</translation>
    </message>
    <message>
        <source>Scanning the registry…</source>
        <translation>Buscando duplicados…</translation>
    </message>
    <message numerus="yes">
        <source>Scan #{id}: {patients} patients, %n new pairs queued in {seconds} s.</source>
        <translation>
            <numerusform>Búsqueda n.º {id}: {patients} pacientes, %Ln pareja nueva pendiente, en {seconds} s.</numerusform>
            <numerusform>Búsqueda n.º {id}: {patients} pacientes, %Ln parejas nuevas pendientes, en {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Buscando…</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct demographics — MRN {mrn}</source>
        <translation>Corregir datos de filiación — NHC {mrn}</translation>
    </message>
    <message>
        <source>e.g. name misspelt at registration; patient moved</source>
        <translation>p. ej. nombre mal escrito al registrar; cambio de domicilio</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Guardar corrección</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Reason for the change (kept in the record&apos;s history):</source>
        <translation>Motivo del cambio (queda en el historial del registro):</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Give a reason for the change.</source>
        <translation>Indique el motivo del cambio.</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Emergency registration — unidentified patient</source>
        <translation>Registro urgente — paciente no identificado</translation>
    </message>
    <message>
        <source>For a patient nobody can identify yet. The database gives a temporary identity (&lt;b&gt;UNKNOWN year-number&lt;/b&gt;) for the wristband, orders and notes until the patient is identified; then the record is merged into their existing one or completed.</source>
        <translation>Para un paciente que nadie puede identificar todavía. La base de datos asigna una identidad provisional (&lt;b&gt;UNKNOWN año-número&lt;/b&gt;) para la pulsera, las peticiones y las notas hasta su identificación; después el registro se fusiona con el ya existente o se completa.</translation>
    </message>
    <message>
        <source>Unknown (not known)</source>
        <translation>Desconocido (no se sabe)</translation>
    </message>
    <message>
        <source>years, e.g. 40</source>
        <translation>años, p. ej. 40</translation>
    </message>
    <message>
        <source>where found, who brought them, features (optional)</source>
        <translation>dónde se encontró, quién lo trajo, rasgos (opcional)</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Edad estimada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Register unidentified</source>
        <translation>Registrar no identificado</translation>
    </message>
    <message>
        <source>Print &amp;wristband…</source>
        <translation>Imprimir &amp;pulsera…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type the estimated age in years (a guess is fine), e.g. 40.</source>
        <translation>Escriba la edad estimada en años (basta una estimación), p. ej. 40.</translation>
    </message>
    <message>
        <source>{typed} is not an age; type whole years from 0 to {most}.</source>
        <translation>{typed} no es una edad; escriba años enteros de 0 a {most}.</translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation>La nota es demasiado larga (500 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Registered as &lt;b&gt;{alias}&lt;/b&gt; (MRN {mrn}), unidentified, {sex}, born {born}. Put the wristband on now.</source>
        <translation>Registrado como &lt;b&gt;{alias}&lt;/b&gt; (NHC {mrn}), no identificado, {sex}, nacimiento: {born}. Coloque ahora la pulsera.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation>Pulsera {mrn}</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Identify {alias} (MRN {mrn})</source>
        <translation>Identificar a {alias} (NHC {mrn})</translation>
    </message>
    <message>
        <source>e.g. passport brought by his daughter</source>
        <translation>p. ej. pasaporte aportado por su hija</translation>
    </message>
    <message>
        <source>&lt;b&gt;{alias}&lt;/b&gt; is unidentified. Type who they are. If they are already registered (see &lt;i&gt;Possible duplicates&lt;/i&gt;), do not record a new identity: an administrator merges this record into theirs in the Patient index.</source>
        <translation>&lt;b&gt;{alias}&lt;/b&gt; no está identificado. Escriba quién es. Si ya está registrado (vea &lt;i&gt;Posibles duplicados&lt;/i&gt;), no registre una identidad nueva: un administrador fusiona este registro con el suyo en el índice de pacientes.</translation>
    </message>
    <message>
        <source>This is the existing patient…</source>
        <translation>Es este paciente existente…</translation>
    </message>
    <message>
        <source>A strong match exists: say how you know this is a different person (at least {count} characters):</source>
        <translation>Existe una coincidencia alta: indique cómo sabe que es otra persona (al menos {count} caracteres):</translation>
    </message>
    <message>
        <source>How was the patient identified? (at least {count} characters, kept in the history)</source>
        <translation>¿Cómo se identificó al paciente? (al menos {count} caracteres; queda en el historial)</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask an administrator to merge {alias} (MRN {mrn}, the duplicate) into MRN {existing_mrn} ({existing_name}, the record to keep) in the Patient index: everything recorded under the alias moves to that record.</source>
        <translation>No se ha cambiado nada. Pida a un administrador que fusione {alias} (NHC {mrn}, el duplicado) con el NHC {existing_mrn} ({existing_name}, el registro que se conserva) en el índice de pacientes: todo lo registrado con la identidad provisional pasará a ese registro.</translation>
    </message>
</context>
<context>
    <name>MergeWorkspace</name>
    <message>
        <source>UNIDENTIFIED ({alias})</source>
        <translation>NO IDENTIFICADO ({alias})</translation>
    </message>
    <message>
        <source>identified (was {alias})</source>
        <translation>identificado (antes {alias})</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificado</translation>
    </message>
    <message>
        <source>1. Record to keep (survivor)</source>
        <translation>1. Registro que se conserva (principal)</translation>
    </message>
    <message>
        <source>2. Duplicate to merge into it</source>
        <translation>2. Duplicado que se fusiona con él</translation>
    </message>
    <message>
        <source>Survivor (kept)</source>
        <translation>Principal (se conserva)</translation>
    </message>
    <message>
        <source>Duplicate (merged into survivor)</source>
        <translation>Duplicado (se fusiona con el principal)</translation>
    </message>
    <message>
        <source>Why are these the same person? (at least {count} characters)</source>
        <translation>¿Por qué son la misma persona? (al menos {count} caracteres)</translation>
    </message>
    <message>
        <source>Merge duplicate into survivor</source>
        <translation>Fusionar el duplicado con el principal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Merged duplicate</source>
        <translation>Duplicado fusionado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Undo the selected merge…</source>
        <translation>Deshacer la fusión seleccionada…</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Fusiones recientes</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Elija dos registros distintos.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionar registros</translation>
    </message>
    <message>
        <source>Move everything recorded for MRN {duplicate_mrn} ({duplicate_name}) to MRN {survivor_mrn} ({survivor_name})? MRN {duplicate_mrn} will then find the survivor. This can be undone.</source>
        <translation>¿Pasar todo lo registrado con el NHC {duplicate_mrn} ({duplicate_name}) al NHC {survivor_mrn} ({survivor_name})? Después, el NHC {duplicate_mrn} remitirá al principal. Se puede deshacer.</translation>
    </message>
    <message>
        <source>Merged (merge #{id}). The duplicate&apos;s MRN now finds the survivor.</source>
        <translation>Fusionados (fusión n.º {id}). El NHC del duplicado ahora remite al principal.</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>deshecha el {when}</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionados</translation>
    </message>
    <message>
        <source>Select a merge to undo.</source>
        <translation>Seleccione la fusión que desea deshacer.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Deshacer fusión</translation>
    </message>
    <message>
        <source>Why undo merge #{id}? (at least {count} characters)</source>
        <translation>¿Por qué deshacer la fusión n.º {id}? (al menos {count} caracteres)</translation>
    </message>
    <message>
        <source>Give a reason of at least {count} characters.</source>
        <translation>Indique un motivo de al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>Merge #{id} undone: both records are separate again, exactly as before.</source>
        <translation>Fusión n.º {id} deshecha: los dos registros vuelven a estar separados, exactamente como antes.</translation>
    </message>
</context>
<context>
    <name>PatientDetail</name>
    <message>
        <source>Demographics</source>
        <translation>Datos de filiación</translation>
    </message>
    <message>
        <source>Correct demographics…</source>
        <translation>Corregir datos de filiación…</translation>
    </message>
    <message>
        <source>&amp;Identify…</source>
        <translation>&amp;Identificar…</translation>
    </message>
    <message>
        <source>Record who this unidentified patient is, or see how to merge the record into theirs</source>
        <translation>Registrar quién es este paciente no identificado, o ver cómo fusionar el registro con el suyo</translation>
    </message>
    <message>
        <source>Print wristband…</source>
        <translation>Imprimir pulsera…</translation>
    </message>
    <message>
        <source>Print ID label…</source>
        <translation>Imprimir etiqueta…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation>Pulsera {mrn}</translation>
    </message>
    <message>
        <source>ID label {mrn}</source>
        <translation>Etiqueta {mrn}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>record #{id} merged into this one</source>
        <translation>registro n.º {id} fusionado con este</translation>
    </message>
    <message>
        <source>merge of record #{id} undone</source>
        <translation>fusión del registro n.º {id} deshecha</translation>
    </message>
    <message>
        <source>registered unidentified as {alias}</source>
        <translation>registrado sin identificar como {alias}</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registrado</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>exact date</source>
        <translation>fecha exacta</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>solo el año</translation>
    </message>
    <message>
        <source>estimated age</source>
        <translation>edad estimada</translation>
    </message>
    <message>
        <source>year of birth, e.g. 1970</source>
        <translation>año de nacimiento, p. ej. 1970</translation>
    </message>
    <message>
        <source>estimated age in years, e.g. 40</source>
        <translation>edad estimada en años, p. ej. 40</translation>
    </message>
    <message>
        <source>{pattern}, e.g. {example}</source>
        <translation>{pattern}, p. ej. {example}</translation>
    </message>
    <message>
        <source>How well the birth date is known: the exact date, only the year, or an age estimated by staff (shown as such everywhere)</source>
        <translation>Precisión de la fecha de nacimiento: fecha exacta, solo el año o edad estimada por el personal (se muestra así en todas partes)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elegir —</translation>
    </message>
</context>
<context>
    <name>PatientInput</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field}: campo obligatorio.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {most}).</source>
        <translation>{field}: demasiado largo ({length} caracteres; máximo {most}).</translation>
    </message>
    <message>
        <source>Say whether the birth date is exact, only the year, or an estimated age.</source>
        <translation>Indique si la fecha de nacimiento es exacta, solo el año o una edad estimada.</translation>
    </message>
    <message>
        <source>Type the year of birth, e.g. 1970.</source>
        <translation>Escriba el año de nacimiento, p. ej. 1970.</translation>
    </message>
    <message>
        <source>{typed} is not a year; type four digits, e.g. 1970.</source>
        <translation>{typed} no es un año; escriba cuatro cifras, p. ej. 1970.</translation>
    </message>
    <message>
        <source>The year of birth is in the future.</source>
        <translation>El año de nacimiento es posterior a hoy.</translation>
    </message>
    <message>
        <source>Born this year and only the year known: type the exact date, or an estimated age of 0.</source>
        <translation>Nacido este año y solo se conoce el año: escriba la fecha exacta o una edad estimada de 0.</translation>
    </message>
    <message>
        <source>The year of birth is before 1880.</source>
        <translation>El año de nacimiento es anterior a 1880.</translation>
    </message>
    <message>
        <source>Type the estimated age in years, e.g. 40.</source>
        <translation>Escriba la edad estimada en años, p. ej. 40.</translation>
    </message>
    <message>
        <source>{typed} is not an age; type whole years from 0 to {most}, e.g. 40.</source>
        <translation>{typed} no es una edad; escriba años enteros de 0 a {most}, p. ej. 40.</translation>
    </message>
    <message>
        <source>Birth date is required ({pattern}).</source>
        <translation>La fecha de nacimiento es obligatoria ({pattern}).</translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}. If only the year is known, choose &apos;year only&apos;.</source>
        <translation>{typed} no es una fecha; escriba {pattern}, p. ej. {example}. Si solo se conoce el año, elija «solo el año».</translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}. If the age is estimated, choose &apos;estimated age&apos;.</source>
        <translation>{typed} no es una fecha; escriba {pattern}, p. ej. {example}. Si la edad es estimada, elija «edad estimada».</translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}.</source>
        <translation>{typed} no es una fecha; escriba {pattern}, p. ej. {example}.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento es posterior a hoy.</translation>
    </message>
    <message>
        <source>The birth date is before 1880.</source>
        <translation>La fecha de nacimiento es anterior a 1880.</translation>
    </message>
    <message>
        <source>Choose female, male, other or unknown.</source>
        <translation>Elija mujer, hombre, otro o desconocido.</translation>
    </message>
    <message>
        <source>A national ID has 4 to 32 letters, digits or dashes.</source>
        <translation>Un documento de identidad tiene de 4 a 32 letras, cifras o guiones.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, (, ), ., / or - only.</source>
        <translation>Un teléfono solo contiene cifras, espacios, +, (, ), ., / o -.</translation>
    </message>
    <message>
        <source>The address is too long (300 characters at most).</source>
        <translation>La dirección es demasiado larga (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>La dirección</translation>
    </message>
    <message>
        <source>A postal code has 2 to 12 letters, digits, spaces or dashes.</source>
        <translation>Un código postal tiene de 2 a 12 letras, cifras, espacios o guiones.</translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>{name}  (unidentified)</source>
        <translation>{name}  (no identificado)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Doc. identidad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Type a name, MRN, birth date, phone or national ID.</source>
        <translation>Escriba un nombre, NHC, fecha de nacimiento, teléfono o documento de identidad.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No patient found. Check the spelling, or register a new patient.</source>
        <translation>No se ha encontrado ningún paciente. Compruebe la ortografía o registre un paciente nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n patients found — scroll for more</source>
        <translation>
            <numerusform>%Ln paciente encontrado — desplácese para ver más</numerusform>
            <numerusform>%Ln pacientes encontrados — desplácese para ver más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients found</source>
        <translation>
            <numerusform>%Ln paciente encontrado</numerusform>
            <numerusform>%Ln pacientes encontrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientRow</name>
    <message>
        <source>{year} (year only)</source>
        <translation>{year} (solo el año)</translation>
    </message>
    <message>
        <source>c. {year} (estimated)</source>
        <translation>aprox. {year} (estimada)</translation>
    </message>
</context>
<context>
    <name>ReceptionWorkspace</name>
    <message>
        <source>&amp;Register new patient… (Ctrl+N)</source>
        <translation>&amp;Registrar paciente nuevo… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Emergency — unidentified…</source>
        <translation>Urgencia — no identificado…</translation>
    </message>
    <message>
        <source>Register a patient nobody can identify yet under a temporary identity</source>
        <translation>Registrar con una identidad provisional a un paciente que nadie puede identificar todavía</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a new patient</source>
        <translation>Registrar un paciente nuevo</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>This patient may already be registered. To register anyway, say why (at least {count} characters):</source>
        <translation>Puede que este paciente ya esté registrado. Para registrarlo de todos modos, indique por qué (al menos {count} caracteres):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Emergency — unidentified…</source>
        <translation>&amp;Urgencia — no identificado…</translation>
    </message>
    <message>
        <source>Register a patient nobody can identify yet under a temporary identity (UNKNOWN year-number), with sex if known and an estimated age</source>
        <translation>Registrar con una identidad provisional (UNKNOWN año-número) a un paciente que nadie puede identificar todavía, con el sexo si se conoce y una edad estimada</translation>
    </message>
    <message>
        <source>Existing records could not be checked. Press Register again to register anyway.</source>
        <translation>No se han podido comprobar los registros existentes. Pulse Registrar de nuevo para registrar de todos modos.</translation>
    </message>
    <message>
        <source>Register as unidentified?</source>
        <translation>¿Registrar como no identificado?</translation>
    </message>
    <message>
        <source>The names typed here will not be used: the patient gets a temporary identity until identified. Continue?</source>
        <translation>No se usarán los nombres escritos aquí: el paciente recibe una identidad provisional hasta su identificación. ¿Continuar?</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Corrija los campos marcados.</translation>
    </message>
    <message>
        <source>Checking for existing records…</source>
        <translation>Buscando registros existentes…</translation>
    </message>
    <message>
        <source>Say why you register despite the strong match.</source>
        <translation>Indique por qué registra pese a la coincidencia alta.</translation>
    </message>
    <message>
        <source>{name}, MRN {mrn}, born {born} ({score}%: {reasons})</source>
        <translation>{name}, NHC {mrn}, nacimiento: {born} ({score}&#xa0;%: {reasons})</translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation>Puede que este paciente ya esté registrado</translation>
    </message>
    <message>
        <source>A strong match exists. Open the existing record instead, or say why this is a different person (at least {count} characters) and register again.</source>
        <translation>Existe una coincidencia alta. Abra el registro existente o indique por qué es otra persona (al menos {count} caracteres) y vuelva a registrar.</translation>
    </message>
    <message>
        <source>Record identity</source>
        <translation>Registrar identidad</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Birth date accuracy</source>
        <translation>Precisión de la fecha de nacimiento</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado el</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Temporary alias</source>
        <translation>Identidad provisional</translation>
    </message>
    <message>
        <source>Identification note</source>
        <translation>Nota de identificación</translation>
    </message>
    <message>
        <source>dd</source>
        <translation>dd</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>{mrn} is not a valid MRN (its check digit is wrong): mistyped?</source>
        <translation>{mrn} no es un NHC válido (dígito de control erróneo): ¿mal escrito?</translation>
    </message>
</context>
<context>
    <name>_FormKeys</name>
    <message>
        <source>Discard?</source>
        <translation>¿Descartar?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Lo escrito no se ha guardado. ¿Descartarlo?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Discard this registration?</source>
        <translation>¿Descartar este registro?</translation>
    </message>
    <message>
        <source>Discard this correction?</source>
        <translation>¿Descartar esta corrección?</translation>
    </message>
    <message>
        <source>Discard this identification?</source>
        <translation>¿Descartar esta identificación?</translation>
    </message>
</context>
</TS>
