<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Appointment</name>
    <message>
        <source>booked</source>
        <translation>citada</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>llegada registrada</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>en consulta</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>atendida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no presentado</translation>
    </message>
</context>
<context>
    <name>AppointmentsWorkspace</name>
    <message>
        <source>Provider</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>Ningún paciente elegido</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Telemedicine (video visit)</source>
        <translation>Telemedicina (videoconsulta)</translation>
    </message>
    <message>
        <source>Find next free slots</source>
        <translation>Buscar próximos huecos libres</translation>
    </message>
    <message>
        <source>Book selected slot</source>
        <translation>Citar en el hueco seleccionado</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Dar cita</translation>
    </message>
    <message>
        <source>Selected appointment</source>
        <translation>Cita seleccionada</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registrar llegada</translation>
    </message>
    <message>
        <source>Move to selected slot</source>
        <translation>Mover al hueco seleccionado</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Anular…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentado</translation>
    </message>
    <message>
        <source>Patient: {name}  MRN {mrn}</source>
        <translation>Paciente: {name}  NHC {mrn}</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments shown. Green cells are free slots: select one to book or to move the selected appointment there.</source>
        <translation>
            <numerusform>%Ln cita mostrada. Las celdas verdes son huecos libres: seleccione uno para citar o para mover allí la cita seleccionada.</numerusform>
            <numerusform>%Ln citas mostradas. Las celdas verdes son huecos libres: seleccione uno para citar o para mover allí la cita seleccionada.</numerusform>
        </translation>
    </message>
    <message>
        <source>free {time}</source>
        <translation>libre {time}</translation>
    </message>
    <message>
        <source>{patient} (video) — {service} [{status}]</source>
        <translation>{patient} (vídeo) — {service} [{status}]</translation>
    </message>
    <message>
        <source>{patient} — {service} [{status}]</source>
        <translation>{patient} — {service} [{status}]</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Elija primero una prestación.</translation>
    </message>
    <message>
        <source>No free slot in the next weeks for this choice.</source>
        <translation>No hay huecos libres en las próximas semanas para esta selección.</translation>
    </message>
    <message>
        <source>Find and choose the patient first (double-click).</source>
        <translation>Busque y elija primero al paciente (doble clic).</translation>
    </message>
    <message>
        <source>Choose a service and a free slot.</source>
        <translation>Elija una prestación y un hueco libre.</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Citando…</translation>
    </message>
    <message>
        <source>Booked (appointment #{id}).</source>
        <translation>Citado (cita n.º {id}).</translation>
    </message>
    <message>
        <source>This slot was just taken. Here are the next free slots:</source>
        <translation>Este hueco se acaba de ocupar. Estos son los próximos huecos libres:</translation>
    </message>
    <message>
        <source>{patient} is checked in and waiting.</source>
        <translation>Llegada de {patient} registrada; en espera.</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Anular cita</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Motivo de la anulación:</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>Cita anulada.</translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation>Marcado como no presentado.</translation>
    </message>
    <message>
        <source>Now select the free slot to move it to, then press &apos;Move to selected slot&apos;.</source>
        <translation>Seleccione ahora el hueco libre de destino y pulse «Mover al hueco seleccionado».</translation>
    </message>
    <message>
        <source>Select the appointment to move first.</source>
        <translation>Seleccione primero la cita que desea mover.</translation>
    </message>
    <message>
        <source>Moved to {slot} (#{id}).</source>
        <translation>Movida a {slot} (n.º {id}).</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
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
        <source>Doctor</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestación</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>Hora de la cita</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Call next patient</source>
        <translation>Llamar al siguiente paciente</translation>
    </message>
    <message>
        <source>Start / resume consultation</source>
        <translation>Iniciar / reanudar consulta</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Servicio</translation>
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
        <translation>{service} (vídeo)</translation>
    </message>
    <message numerus="yes">
        <source>%n patients waiting.</source>
        <translation>
            <numerusform>%Ln paciente en espera.</numerusform>
            <numerusform>%Ln pacientes en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a patient in the queue.</source>
        <translation>Seleccione un paciente de la cola.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>No hay nadie esperando.</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
</context>
<context>
    <name>Slot</name>
    <message>
        <source>{day} {start}–{end}</source>
        <translation>{day} {start}–{end}</translation>
    </message>
    <message>
        <source>{provider} — {when}</source>
        <translation>{provider} — {when}</translation>
    </message>
</context>
</TS>
