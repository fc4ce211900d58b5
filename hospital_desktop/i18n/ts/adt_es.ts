<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdmitDialog</name>
    <message>
        <source>From the clinic</source>
        <translation>Desde consultas externas</translation>
    </message>
    <message>
        <source>From the emergency department</source>
        <translation>Desde urgencias</translation>
    </message>
    <message>
        <source>Elective</source>
        <translation>Programado</translation>
    </message>
    <message>
        <source>Transfer in from another hospital</source>
        <translation>Traslado desde otro hospital</translation>
    </message>
    <message>
        <source>Admit into bed {bed}</source>
        <translation>Ingresar en la cama {bed}</translation>
    </message>
    <message>
        <source>Reason for admission (clinical; not shown to reception)</source>
        <translation>Motivo de ingreso (clínico; no visible para admisión)</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>Alta prevista</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Attending doctor</source>
        <translation>Médico responsable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <source>Bed {bed} ({room})</source>
        <translation>Cama {bed} ({room})</translation>
    </message>
    <message>
        <source>— choose the attending doctor —</source>
        <translation>— elija el médico responsable —</translation>
    </message>
    <message>
        <source>{name}   MRN {mrn}   born {birth_date}</source>
        <translation>{name}   NHC {mrn}   nac. {birth_date}</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>No se ha encontrado ningún paciente.</translation>
    </message>
    <message>
        <source>Find and choose the patient first.</source>
        <translation>Busque y elija primero al paciente.</translation>
    </message>
    <message>
        <source>Say why the patient is admitted.</source>
        <translation>Indique el motivo de ingreso.</translation>
    </message>
    <message>
        <source>Choose the attending doctor.</source>
        <translation>Elija el médico responsable.</translation>
    </message>
</context>
<context>
    <name>BedBoard</name>
    <message>
        <source>Why is the bed reserved?</source>
        <translation>¿Por qué se reserva la cama?</translation>
    </message>
    <message>
        <source>Why is the bed out of service?</source>
        <translation>¿Por qué está la cama fuera de servicio?</translation>
    </message>
    <message>
        <source>Bed {bed} is free now.</source>
        <translation>La cama {bed} está ahora libre.</translation>
    </message>
    <message>
        <source>Bed {bed} is reserved now.</source>
        <translation>La cama {bed} está ahora reservada.</translation>
    </message>
    <message>
        <source>Bed {bed} is out of service now.</source>
        <translation>La cama {bed} está ahora fuera de servicio.</translation>
    </message>
    <message>
        <source>Bed {bed} is to be cleaned now.</source>
        <translation>La cama {bed} queda pendiente de limpieza.</translation>
    </message>
    <message>
        <source>MRN {mrn} · day {day}</source>
        <translation>NHC {mrn} · día {day}</translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation>NHC {mrn}</translation>
    </message>
    <message>
        <source>in {when}</source>
        <translation>ingreso {when}</translation>
    </message>
    <message>
        <source>out ~{date}</source>
        <translation>alta ~{date}</translation>
    </message>
    <message>
        <source>Admit patient…</source>
        <translation>Ingresar paciente…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Trasladar…</translation>
    </message>
    <message>
        <source>Cleaned — bed free</source>
        <translation>Limpia — cama libre</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>Reservar…</translation>
    </message>
    <message>
        <source>Release reservation</source>
        <translation>Anular reserva</translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation>Fuera de servicio…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>{beds}: {occupied}, {free}, {reserved}, {cleaning}, {out_of_service}</source>
        <translation>{beds}: {occupied}, {free}, {reserved}, {cleaning}, {out_of_service}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln beds</source>
        <translation>
            <numerusform>%Ln cama</numerusform>
            <numerusform>%Ln camas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occupied</source>
        <translation>
            <numerusform>%Ln ocupada</numerusform>
            <numerusform>%Ln ocupadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln free</source>
        <translation>
            <numerusform>%Ln libre</numerusform>
            <numerusform>%Ln libres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reserved</source>
        <translation>
            <numerusform>%Ln reservada</numerusform>
            <numerusform>%Ln reservadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cleaning</source>
        <translation>
            <numerusform>%Ln en limpieza</numerusform>
            <numerusform>%Ln en limpieza</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln out of service</source>
        <translation>
            <numerusform>%Ln fuera de servicio</numerusform>
            <numerusform>%Ln fuera de servicio</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted into bed {bed}.</source>
        <translation>Ingresado en la cama {bed}.</translation>
    </message>
    <message>
        <source>Bed {bed}</source>
        <translation>Cama {bed}</translation>
    </message>
</context>
<context>
    <name>BedState</name>
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
        <source>cleaning</source>
        <translation>en limpieza</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>fuera de servicio</translation>
    </message>
</context>
<context>
    <name>DischargePanel</name>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Transfer to another hospital</source>
        <translation>Traslado a otro hospital</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Exitus</translation>
    </message>
    <message>
        <source>Left against medical advice</source>
        <translation>Alta voluntaria</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnósticos</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedimientos</translation>
    </message>
    <message>
        <source>Results of note</source>
        <translation>Resultados relevantes</translation>
    </message>
    <message>
        <source>Medications on discharge</source>
        <translation>Tratamiento al alta</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{diagnosis} (provisional)</source>
        <translation>{diagnosis} (provisional)</translation>
    </message>
    <message>
        <source>This discharge summary is not a draft you may sign.</source>
        <translation>Este informe de alta no es un borrador que usted pueda firmar.</translation>
    </message>
    <message>
        <source>There is no discharge summary you may read.</source>
        <translation>No hay ningún informe de alta que usted pueda consultar.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Redactado por</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <source>Amendment reason</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <source>Fill from the record</source>
        <translation>Rellenar desde la historia</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Guardar borrador</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <source>Amend (new version)…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <source>Preview / print…</source>
        <translation>Vista previa / imprimir…</translation>
    </message>
    <message>
        <source>Discharge note (optional)</source>
        <translation>Nota de alta (opcional)</translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation>Dar de alta</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <source>Discharge summary versions (a signed version never changes)</source>
        <translation>Versiones del informe de alta (una versión firmada no se modifica nunca)</translation>
    </message>
    <message>
        <source>No summary yet: fill it from the record or write it, then save the draft.</source>
        <translation>Aún no hay informe: rellénelo desde la historia o redáctelo y guarde el borrador.</translation>
    </message>
    <message>
        <source>Version {version} is a draft.</source>
        <translation>La versión {version} es un borrador.</translation>
    </message>
    <message>
        <source>Version {version} is signed.</source>
        <translation>La versión {version} está firmada.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Borrador guardado.</translation>
    </message>
    <message>
        <source>Discharge summary signed.</source>
        <translation>Informe de alta firmado.</translation>
    </message>
    <message>
        <source>Amend the discharge summary</source>
        <translation>Corregir el informe de alta</translation>
    </message>
    <message>
        <source>Why does the signed summary need a new version?</source>
        <translation>¿Por qué necesita el informe firmado una nueva versión?</translation>
    </message>
    <message>
        <source>New draft version: edit it, then sign it.</source>
        <translation>Nueva versión en borrador: modifíquela y después fírmela.</translation>
    </message>
    <message>
        <source>discharge summary v{version}</source>
        <translation>informe de alta v{version}</translation>
    </message>
    <message numerus="yes">
        <source>{patient} discharged ({outcome}); bed {bed} goes to cleaning; %Ln more bed-day(s) charged.</source>
        <translation>
            <numerusform>Alta de {patient} ({outcome}); la cama {bed} pasa a limpieza; se factura %Ln estancia más.</numerusform>
            <numerusform>Alta de {patient} ({outcome}); la cama {bed} pasa a limpieza; se facturan %Ln estancias más.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FluidPanel</name>
    <message>
        <source>Oral</source>
        <translation>Oral</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>Intravenosa</translation>
    </message>
    <message>
        <source>Enteral tube</source>
        <translation>Sonda enteral</translation>
    </message>
    <message>
        <source>Blood products</source>
        <translation>Hemoderivados</translation>
    </message>
    <message>
        <source>Other intake</source>
        <translation>Otra entrada</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Diuresis</translation>
    </message>
    <message>
        <source>Vomit</source>
        <translation>Vómito</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drenaje</translation>
    </message>
    <message>
        <source>Stool</source>
        <translation>Heces</translation>
    </message>
    <message>
        <source>Gastric aspirate</source>
        <translation>Aspirado gástrico</translation>
    </message>
    <message>
        <source>Other output</source>
        <translation>Otra salida</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>In (ml)</source>
        <translation>Entradas (ml)</translation>
    </message>
    <message>
        <source>Out (ml)</source>
        <translation>Salidas (ml)</translation>
    </message>
    <message>
        <source>Balance (ml)</source>
        <translation>Balance (ml)</translation>
    </message>
    <message>
        <source>Stay (ml)</source>
        <translation>Acumulado (ml)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Entrada / salida</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Charted by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Chart volume</source>
        <translation>Registrar volumen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Hora de medida</translation>
    </message>
    <message>
        <source>In and out per day (ml)</source>
        <translation>Entradas y salidas (ml)</translation>
    </message>
    <message>
        <source>why it is wrong</source>
        <translation>por qué es errónea</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Marcar como registro erróneo</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>REGISTRO ERRÓNEO: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: in {intake} ml, out {output} ml, balance &lt;b&gt;{balance} ml&lt;/b&gt; · stay running balance &lt;b&gt;{running} ml&lt;/b&gt;</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;: entradas {intake} ml, salidas {output} ml, balance &lt;b&gt;{balance} ml&lt;/b&gt; · balance acumulado del ingreso &lt;b&gt;{running} ml&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing charted for this stay yet.</source>
        <translation>Todavía no hay nada registrado en este ingreso.</translation>
    </message>
    <message>
        <source>Give the measured volume in ml.</source>
        <translation>Indique el volumen medido en ml.</translation>
    </message>
    <message>
        <source>Charted intake: {volume} ml ({route}).</source>
        <translation>Entrada registrada: {volume} ml ({route}).</translation>
    </message>
    <message>
        <source>Charted output: {volume} ml ({route}).</source>
        <translation>Salida registrada: {volume} ml ({route}).</translation>
    </message>
    <message>
        <source>Select the entry that is wrong.</source>
        <translation>Seleccione el registro erróneo.</translation>
    </message>
    <message>
        <source>Say why the entry is wrong (at least 5 characters).</source>
        <translation>Indique por qué el registro es erróneo (al menos 5 caracteres).</translation>
    </message>
    <message>
        <source>Entry of {volume} ml marked entered in error.</source>
        <translation>Registro de {volume} ml marcado como erróneo.</translation>
    </message>
</context>
<context>
    <name>InpatientsWorkspace</name>
    <message>
        <source>Ward</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Médico responsable</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>My inpatients (double-click the bed on the board to open any of your stays)</source>
        <translation>Mis pacientes ingresados (doble clic en la cama del mapa para abrir cualquiera de sus ingresos)</translation>
    </message>
    <message>
        <source>My inpatients</source>
        <translation>Mis ingresados</translation>
    </message>
    <message>
        <source>Bed board / admit</source>
        <translation>Mapa de camas / ingreso</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Alta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln inpatient(s).</source>
        <translation>
            <numerusform>%Ln paciente ingresado.</numerusform>
            <numerusform>%Ln pacientes ingresados.</numerusform>
        </translation>
    </message>
    <message>
        <source>That stay is not one you may open.</source>
        <translation>No puede abrir ese ingreso.</translation>
    </message>
</context>
<context>
    <name>Isolation</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>droplet</source>
        <translation>gotas</translation>
    </message>
    <message>
        <source>airborne</source>
        <translation>aéreo</translation>
    </message>
    <message>
        <source>protective</source>
        <translation>protector</translation>
    </message>
    <message>
        <source>Contact isolation</source>
        <translation>Aislamiento de contacto</translation>
    </message>
    <message>
        <source>Droplet isolation</source>
        <translation>Aislamiento por gotas</translation>
    </message>
    <message>
        <source>Airborne isolation</source>
        <translation>Aislamiento aéreo</translation>
    </message>
    <message>
        <source>Protective isolation</source>
        <translation>Aislamiento protector</translation>
    </message>
</context>
<context>
    <name>MarPanel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>CON RETRASO</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>pendiente ahora</translation>
    </message>
    <message>
        <source>given</source>
        <translation>administrada</translation>
    </message>
    <message>
        <source>held</source>
        <translation>no administrada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>when required</source>
        <translation>si precisa</translation>
    </message>
    <message>
        <source>given (late)</source>
        <translation>administrada (con retraso)</translation>
    </message>
    <message>
        <source>held (late)</source>
        <translation>no administrada (con retraso)</translation>
    </message>
    <message>
        <source>refused (late)</source>
        <translation>rechazada (con retraso)</translation>
    </message>
    <message>
        <source>{drug}: given.</source>
        <translation>{drug}: administrada.</translation>
    </message>
    <message>
        <source>Dose held</source>
        <translation>Dosis no administrada</translation>
    </message>
    <message>
        <source>Why was the dose held?</source>
        <translation>¿Por qué no se administró la dosis?</translation>
    </message>
    <message>
        <source>{drug}: held.</source>
        <translation>{drug}: no administrada.</translation>
    </message>
    <message>
        <source>Dose refused</source>
        <translation>Dosis rechazada</translation>
    </message>
    <message>
        <source>Why was the dose refused?</source>
        <translation>¿Por qué se rechazó la dosis?</translation>
    </message>
    <message>
        <source>{drug}: refused.</source>
        <translation>{drug}: rechazada por el paciente.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband (MRN)</source>
        <translation>Escanee la pulsera del paciente (NHC)</translation>
    </message>
    <message>
        <source>Scan the medicine (dispensing label or pack)</source>
        <translation>Escanee el medicamento (etiqueta o envase)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administrada</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>No administrada…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Rechazada…</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>Pulsera</translation>
    </message>
    <message>
        <source>{late}, {due}</source>
        <translation>{late}, {due}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln con retraso</numerusform>
            <numerusform>%Ln con retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due now</source>
        <translation>
            <numerusform>%Ln pendiente ahora</numerusform>
            <numerusform>%Ln pendientes ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>wristband</source>
        <translation>pulsera</translation>
    </message>
    <message>
        <source>This dose is already recorded.</source>
        <translation>Esta dosis ya está registrada.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>WRONG PATIENT</source>
        <translation>PACIENTE EQUIVOCADO</translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation>Paciente equivocado</translation>
    </message>
    <message>
        <source>The wristband scanned ({code}) is not the wristband of {patient} (MRN {mrn}, bed {bed}). Nothing was recorded.</source>
        <translation>La pulsera escaneada ({code}) no es la de {patient} (NHC {mrn}, cama {bed}). No se ha registrado nada.</translation>
    </message>
    <message>
        <source>Check the patient&apos;s identity and scan their own wristband.</source>
        <translation>Compruebe la identidad del paciente y escanee su propia pulsera.</translation>
    </message>
    <message>
        <source>Choose the dose first, then scan its medicine.</source>
        <translation>Elija primero la dosis y después escanee su medicamento.</translation>
    </message>
    <message>
        <source>WRONG MEDICINE</source>
        <translation>MEDICAMENTO EQUIVOCADO</translation>
    </message>
    <message>
        <source>Wrong medicine</source>
        <translation>Medicamento equivocado</translation>
    </message>
    <message>
        <source>The scanned code ({code}) is not {drug} of this dose ({prescription}, {dose} {route}). Do not give it. Nothing was recorded.</source>
        <translation>El código escaneado ({code}) no es {drug} de esta dosis ({prescription}, {dose} {route}). No lo administre. No se ha registrado nada.</translation>
    </message>
    <message>
        <source>Scan the dispensing label of this prescription or the pack of this medicine.</source>
        <translation>Escanee la etiqueta de dispensación de esta prescripción o el envase de este medicamento.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Choose the dose first.</source>
        <translation>Elija primero la dosis.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband first.</source>
        <translation>Escanee primero la pulsera del paciente.</translation>
    </message>
    <message>
        <source>Scan the medicine of this dose first ({drug}).</source>
        <translation>Escanee primero el medicamento de esta dosis ({drug}).</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message>
        <source>soap</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>evolución</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Temperatura (°C)</translation>
    </message>
    <message>
        <source>Heart rate (/min)</source>
        <translation>Frecuencia cardiaca (/min)</translation>
    </message>
    <message>
        <source>Systolic BP (mmHg)</source>
        <translation>TA sistólica (mmHg)</translation>
    </message>
    <message>
        <source>Diastolic BP (mmHg)</source>
        <translation>TA diastólica (mmHg)</translation>
    </message>
    <message>
        <source>Respiratory rate (/min)</source>
        <translation>Frecuencia respiratoria (/min)</translation>
    </message>
    <message>
        <source>SpO2 (%)</source>
        <translation>SpO2 (%)</translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation>Dolor EVA (0-10)</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Temperatura corporal</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Tensión arterial sistólica</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Tensión arterial diastólica</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation>Saturación de oxígeno (SpO2)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Systolic BP</source>
        <translation>TA sistólica</translation>
    </message>
    <message>
        <source>Diastolic BP</source>
        <translation>TA diastólica</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Dolor EVA</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>{field}: &quot;{text}&quot; is not a number.</source>
        <translation>{field}: «{text}» no es un número.</translation>
    </message>
    <message>
        <source>{sign} {value} {unit} is outside the plausible range {low} to {high} {unit}: check the value.</source>
        <translation>{sign} {value} {unit} está fuera del intervalo plausible de {low} a {high} {unit}: compruebe el valor.</translation>
    </message>
    <message>
        <source>Nothing to record: type the values you measured (empty fields are not recorded).</source>
        <translation>Nada que registrar: introduzca los valores medidos (los campos vacíos no se registran).</translation>
    </message>
    <message>
        <source>The diastolic pressure ({diastolic}) must be below the systolic ({systolic}).</source>
        <translation>La tensión diastólica ({diastolic}) debe ser inferior a la sistólica ({systolic}).</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>Record observations</source>
        <translation>Registrar constantes</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Nursing note for this shift</source>
        <translation>Nota de enfermería de este turno</translation>
    </message>
    <message>
        <source>Save nursing note</source>
        <translation>Guardar nota de enfermería</translation>
    </message>
    <message>
        <source>Nursing notes</source>
        <translation>Notas de enfermería</translation>
    </message>
    <message>
        <source>Fluid balance</source>
        <translation>Balance hídrico</translation>
    </message>
    <message>
        <source>Request pre-a&amp;uthorisation…</source>
        <translation>Solicitar a&amp;utorización previa…</translation>
    </message>
    <message>
        <source>Ask the patient&apos;s insurer to pre-authorise this admission or items of it</source>
        <translation>Solicitar a la aseguradora del paciente la autorización previa de este ingreso o de algunas de sus prestaciones</translation>
    </message>
    <message>
        <source>Pre-authorisation requested: the insurer&apos;s answer reaches billing.</source>
        <translation>Autorización previa solicitada: la respuesta de la aseguradora llegará a facturación.</translation>
    </message>
    <message>
        <source>Medication chart</source>
        <translation>Hoja de administración</translation>
    </message>
    <message>
        <source>Bed {bed} · admitted {admitted} (day {day}) · attending {attending} · {reason}</source>
        <translation>Cama {bed} · ingreso {admitted} (día {day}) · responsable {attending} · {reason}</translation>
    </message>
    <message>
        <source>{sign}: {low} to {high} {unit}; leave empty if not measured</source>
        <translation>{sign}: de {low} a {high} {unit}; déjelo vacío si no se ha medido</translation>
    </message>
    <message>
        <source>{problem} Nothing was recorded.</source>
        <translation>{problem} No se ha registrado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observations recorded: {summary}.</source>
        <translation>
            <numerusform>%Ln constante registrada: {summary}.</numerusform>
            <numerusform>%Ln constantes registradas: {summary}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {patient} from bed {bed}</source>
        <translation>Trasladar a {patient} desde la cama {bed}</translation>
    </message>
    <message>
        <source>Why the patient moves</source>
        <translation>Motivo del traslado</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Camas libres</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{ward} — bed {bed} (reserved)</source>
        <translation>{ward} — cama {bed} (reservada)</translation>
    </message>
    <message>
        <source>{ward} — bed {bed}</source>
        <translation>{ward} — cama {bed}</translation>
    </message>
    <message>
        <source>Choose the bed the patient moves to.</source>
        <translation>Elija la cama a la que se traslada el paciente.</translation>
    </message>
    <message>
        <source>{patient} moved to {ward}, bed {bed}; bed {old_bed} to cleaning.</source>
        <translation>{patient} trasladado a {ward}, cama {bed}; la cama {old_bed} pasa a limpieza.</translation>
    </message>
</context>
<context>
    <name>VitalsChart</name>
    <message>
        <source>No observations charted in this stay</source>
        <translation>No hay constantes registradas en este ingreso</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>Temp.</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>FC</translation>
    </message>
    <message>
        <source>BP</source>
        <translation>TA</translation>
    </message>
    <message>
        <source>Resp. rate</source>
        <translation>FR</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
</context>
<context>
    <name>Ward</name>
    <message>
        <source>Nothing to record: type at least one measured value.</source>
        <translation>Nada que registrar: introduzca al menos un valor medido.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>T {value}</source>
        <translation>T {value}</translation>
    </message>
    <message>
        <source>HR {value}</source>
        <translation>FC {value}</translation>
    </message>
    <message>
        <source>BP {systolic}/{diastolic}</source>
        <translation>TA {systolic}/{diastolic}</translation>
    </message>
    <message>
        <source>RR {value}</source>
        <translation>FR {value}</translation>
    </message>
    <message>
        <source>SpO2 {value}%</source>
        <translation>SpO2 {value} %</translation>
    </message>
</context>
<context>
    <name>WardWorkspace</name>
    <message>
        <source>Bed</source>
        <translation>Cama</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>NHC</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Aislamiento</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Médico responsable</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>Alta prevista</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Latest observations</source>
        <translation>Últimas constantes</translation>
    </message>
    <message>
        <source>Latest nursing note</source>
        <translation>Última nota de enfermería</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Bed board</source>
        <translation>Mapa de camas</translation>
    </message>
    <message>
        <source>Handover: one line per patient of the ward, for the next shift</source>
        <translation>Relevo: una línea por paciente de la unidad, para el turno siguiente</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Relevo de turno</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Unidad</translation>
    </message>
    <message numerus="yes">
        <source>Midnight census: %Ln bed-day(s) posted.</source>
        <translation>
            <numerusform>Censo de medianoche: %Ln estancia registrada.</numerusform>
            <numerusform>Censo de medianoche: %Ln estancias registradas.</numerusform>
        </translation>
    </message>
</context>
</TS>
