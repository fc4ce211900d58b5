<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Allergy</name>
    <message>
        <source>drug</source>
        <translation>medicamento</translation>
    </message>
    <message>
        <source>food</source>
        <translation>alimento</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>ambiental</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otra</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation>riesgo vital</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>registrada por error</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>booked</source>
        <translation>citado</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>en consulta</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>atendido</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no presentado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulada</translation>
    </message>
</context>
<context>
    <name>ClinicWorkspace</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
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
        <source>Service</source>
        <translation>Prestación</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Today&apos;s appointments in my clinics (double-click or Return to start or resume)</source>
        <translation>Citas de hoy en mis consultas (doble clic o Intro para iniciar o reanudar)</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Sala de espera</translation>
    </message>
    <message>
        <source>{service} (video)</source>
        <translation>{service} (vídeo)</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) today.</source>
        <translation>
            <numerusform>%Ln cita hoy.</numerusform>
            <numerusform>%Ln citas hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>That order is not visible to you.</source>
        <translation>No tiene acceso a esta petición.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundario</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>de sospecha</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>registrado por error</translation>
    </message>
</context>
<context>
    <name>Encounter</name>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulada</translation>
    </message>
</context>
<context>
    <name>EncounterView</name>
    <message>
        <source>Subjective</source>
        <translation>Subjetivo</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Note (SOAP)</source>
        <translation>&amp;Nota (SOAP)</translation>
    </message>
    <message>
        <source>&amp;Vital signs</source>
        <translation>&amp;Constantes</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>&amp;Alergias</translation>
    </message>
    <message>
        <source>&amp;Diagnoses</source>
        <translation>&amp;Diagnósticos</translation>
    </message>
    <message>
        <source>&amp;Problem list</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>Pe&amp;ticiones</translation>
    </message>
    <message>
        <source>C&amp;lose encounter</source>
        <translation>&amp;Finalizar consulta</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Choose substance…</source>
        <translation>Elegir sustancia…</translation>
    </message>
    <message>
        <source>Category…</source>
        <translation>Categoría…</translation>
    </message>
    <message>
        <source>reaction, e.g. hives</source>
        <translation>reacción, p. ej. urticaria</translation>
    </message>
    <message>
        <source>Severity (if known)</source>
        <translation>Gravedad (si se conoce)</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Añadir alergia</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Sin alergias conocidas</translation>
    </message>
    <message>
        <source>The patient (or someone for them) says there are no known allergies: recorded with your name and the time</source>
        <translation>El paciente (o un acompañante) refiere no tener alergias conocidas: se registra con su nombre y la hora</translation>
    </message>
    <message>
        <source>Asked, and the patient knows of none:</source>
        <translation>Preguntado; el paciente no refiere ninguna:</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Allergies not yet asked — record allergies or &apos;No known allergies&apos;</source>
        <translation>Alergias aún no preguntadas: registre las alergias o «Sin alergias conocidas»</translation>
    </message>
    <message>
        <source>Record allergies…</source>
        <translation>Registrar alergias…</translation>
    </message>
    <message>
        <source>Search ICD-10 by code or words, e.g. J06 or &apos;hypertension&apos;</source>
        <translation>Buscar en la CIE-10 por código o palabras, p. ej. J06 o «hipertensión»</translation>
    </message>
    <message>
        <source>Add as primary</source>
        <translation>Añadir como principal</translation>
    </message>
    <message>
        <source>Add as secondary</source>
        <translation>Añadir como secundario</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Add to problem list</source>
        <translation>Añadir a la lista de problemas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
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
        <source>Amend selected note…</source>
        <translation>Corregir la nota seleccionada…</translation>
    </message>
    <message>
        <source>This encounter is not visible to you.</source>
        <translation>No tiene acceso a esta consulta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encounter #{id}&lt;/b&gt; · {department} · {clinician} · started {started} · &lt;b&gt;{status}&lt;/b&gt; · video visit</source>
        <translation>&lt;b&gt;Consulta n.º {id}&lt;/b&gt; · {department} · {clinician} · iniciada el {started} · &lt;b&gt;{status}&lt;/b&gt; · videoconsulta</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encounter #{id}&lt;/b&gt; · {department} · {clinician} · started {started} · &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consulta n.º {id}&lt;/b&gt; · {department} · {clinician} · iniciada el {started} · &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{kind} of note {note}: {reason}</source>
        <translation>{kind} de la nota {note}: {reason}</translation>
    </message>
    <message>
        <source>{kind} (remote)</source>
        <translation>{kind} (a distancia)</translation>
    </message>
    <message>
        <source>{unit}  (plausible {low}–{high})</source>
        <translation>{unit}  (rango plausible {low}–{high})</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nota guardada.</translation>
    </message>
    <message>
        <source>{sign} {value} {unit} recorded.</source>
        <translation>Registrado: {sign} {value} {unit}.</translation>
    </message>
    <message>
        <source>Choose or type the substance.</source>
        <translation>Elija o escriba la sustancia.</translation>
    </message>
    <message>
        <source>Allergy to {substance} recorded.</source>
        <translation>Alergia a {substance} registrada.</translation>
    </message>
    <message>
        <source>No known allergies recorded.</source>
        <translation>Registrado: sin alergias conocidas.</translation>
    </message>
    <message>
        <source>Search and select a diagnosis first.</source>
        <translation>Busque y seleccione primero un diagnóstico.</translation>
    </message>
    <message>
        <source>{code} added as primary diagnosis.</source>
        <translation>{code} añadido como diagnóstico principal.</translation>
    </message>
    <message>
        <source>{code} added as secondary diagnosis.</source>
        <translation>{code} añadido como diagnóstico secundario.</translation>
    </message>
    <message>
        <source>Search and select a problem first.</source>
        <translation>Busque y seleccione primero un problema.</translation>
    </message>
    <message>
        <source>{code} added to the problem list.</source>
        <translation>{code} añadido a la lista de problemas.</translation>
    </message>
    <message>
        <source>Select the note to amend in the timeline.</source>
        <translation>Seleccione en el historial la nota que desea corregir.</translation>
    </message>
    <message>
        <source>Amend note</source>
        <translation>Corregir nota</translation>
    </message>
    <message>
        <source>Corrected text:</source>
        <translation>Texto corregido:</translation>
    </message>
    <message>
        <source>Reason for the amendment:</source>
        <translation>Motivo de la corrección:</translation>
    </message>
    <message>
        <source>Amendment saved.</source>
        <translation>Corrección guardada.</translation>
    </message>
    <message>
        <source>Encounter closed.</source>
        <translation>Consulta finalizada.</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>consultation note (SOAP)</source>
        <translation>nota clínica (SOAP)</translation>
    </message>
    <message>
        <source>progress note</source>
        <translation>evolutivo</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>nursing note</source>
        <translation>nota de enfermería</translation>
    </message>
</context>
<context>
    <name>VitalSign</name>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Presión arterial sistólica</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Presión arterial diastólica</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Frecuencia respiratoria</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation>Saturación de oxígeno (SpO₂)</translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Body height</source>
        <translation>Talla</translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation>Dolor (EVN 0-10)</translation>
    </message>
    <message>
        <source>final</source>
        <translation>validada</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>registrada por error</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntos</translation>
    </message>
</context>
</TS>
