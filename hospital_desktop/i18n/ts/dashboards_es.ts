<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>DashboardWorkspace</name>
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
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Figures not refreshed: {message}</source>
        <translation>Cifras no actualizadas: {message}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>Updated {time}; refreshes every %n s</source>
        <translation>
            <numerusform>Actualizado a las {time}; se actualiza cada %Ln s</numerusform>
            <numerusform>Actualizado a las {time}; se actualiza cada %Ln s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricPanel</name>
    <message>
        <source>figures of {time}</source>
        <translation>cifras de las {time}</translation>
    </message>
    <message>
        <source>Not available: {message}</source>
        <translation>No disponible: {message}</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Booked</source>
        <translation>Citados</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consulta</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Atendidos</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No presentados</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Muy urgente</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>resultado de lab.</translation>
    </message>
    <message>
        <source>critical lab result</source>
        <translation>resultado crítico</translation>
    </message>
    <message>
        <source>corrected lab result</source>
        <translation>corrección de lab.</translation>
    </message>
    <message>
        <source>escalated critical result</source>
        <translation>crítico escalado</translation>
    </message>
    <message>
        <source>stat prescription</source>
        <translation>receta muy urgente</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>cuenta creada</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>servicios</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>reactivada</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>contraseña restablecida</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>contraseña cambiada</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>desbloqueada</translation>
    </message>
    <message>
        <source>second factor enrolled</source>
        <translation>segundo factor activado</translation>
    </message>
    <message>
        <source>second factor removed</source>
        <translation>segundo factor retirado</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Pacientes nuevos</translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) in {days} days</source>
        <translation>
            <numerusform>%Ln paciente nuevo en {days} días</numerusform>
            <numerusform>%Ln pacientes nuevos en {days} días</numerusform>
        </translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation>Espera media (min)</translation>
    </message>
    <message>
        <source>Slowest clinic&apos;s 90th percentile (min)</source>
        <translation>Percentil 90 de la consulta más lenta (min)</translation>
    </message>
    <message numerus="yes">
        <source>check-in to call: {minutes} min on average over %n visit(s)</source>
        <translation>
            <numerusform>de la llegada a la llamada: {minutes} min de media en %Ln visita</numerusform>
            <numerusform>de la llegada a la llamada: {minutes} min de media en %Ln visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>No-show rate (%)</source>
        <translation>Tasa de no presentados (%)</translation>
    </message>
    <message numerus="yes">
        <source>{rate} % of %n finished appointment(s) in {days} days</source>
        <translation>
            <numerusform>{rate} % de %Ln cita concluida en {days} días</numerusform>
            <numerusform>{rate} % de %Ln citas concluidas en {days} días</numerusform>
        </translation>
    </message>
    <message>
        <source>Charged ({currency})</source>
        <translation>Facturado ({currency})</translation>
    </message>
    <message>
        <source>{amount} charged in {days} days (void excluded)</source>
        <translation>{amount} facturados en {days} días (sin anulaciones)</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <source>busiest day {amount}; days without clinics show 0</source>
        <translation>día de más actividad: {amount}; los días sin consultas muestran 0</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) on my list today</source>
        <translation>
            <numerusform>%Ln paciente en mi agenda hoy</numerusform>
            <numerusform>%Ln pacientes en mi agenda hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>appointments today in my departments</source>
        <translation>citas de hoy en mis servicios</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Sin confirmar</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged notification(s)</source>
        <translation>
            <numerusform>%Ln aviso sin confirmar</numerusform>
            <numerusform>%Ln avisos sin confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisados</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>Pendientes de revisión</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency access(es) awaiting review in total</source>
        <translation>
            <numerusform>%Ln acceso de emergencia pendiente de revisión en total</numerusform>
            <numerusform>%Ln accesos de emergencia pendientes de revisión en total</numerusform>
        </translation>
    </message>
    <message>
        <source>self-grants, new access to patient data, one-time passwords</source>
        <translation>autoasignaciones, nuevos accesos a datos de pacientes, contraseñas de un solo uso</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupadas</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>En limpieza</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message numerus="yes">
        <source>{occupied} of %n bed(s) occupied ({rate} %)</source>
        <translation>
            <numerusform>{occupied} de %Ln cama ocupada ({rate} %)</numerusform>
            <numerusform>{occupied} de %Ln camas ocupadas ({rate} %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Average stay (days)</source>
        <translation>Estancia media (días)</translation>
    </message>
    <message>
        <source>Longest stay (days)</source>
        <translation>Estancia más larga (días)</translation>
    </message>
    <message numerus="yes">
        <source>%n discharge(s) in {days} days</source>
        <translation>
            <numerusform>%Ln alta en {days} días</numerusform>
            <numerusform>%Ln altas en {days} días</numerusform>
        </translation>
    </message>
    <message>
        <source>{priority} (median min)</source>
        <translation>{priority} (mediana, min)</translation>
    </message>
    <message numerus="yes">
        <source>order to release; the 8 busiest tests; %n result(s) released in {days} days</source>
        <translation>
            <numerusform>de la petición al informe; las 8 pruebas más solicitadas; %Ln resultado informado en {days} días</numerusform>
            <numerusform>de la petición al informe; las 8 pruebas más solicitadas; %Ln resultados informados en {days} días</numerusform>
        </translation>
    </message>
    <message>
        <source>To collect</source>
        <translation>Por extraer</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>Por recibir</translation>
    </message>
    <message>
        <source>To result</source>
        <translation>Por analizar</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>Por validar</translation>
    </message>
    <message>
        <source>To release</source>
        <translation>Por informar</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) not yet released</source>
        <translation>
            <numerusform>%Ln petición aún sin informar</numerusform>
            <numerusform>%Ln peticiones aún sin informar</numerusform>
        </translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En existencia</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Punto de pedido</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in %n days</source>
        <translation>
            <numerusform>Caducan en %Ln día</numerusform>
            <numerusform>Caducan en %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s) out of stock; the first 8 low or expiring drugs</source>
        <translation>
            <numerusform>%Ln medicamento agotado; los 8 primeros con existencias bajas o próximos a caducar</numerusform>
            <numerusform>%Ln medicamentos agotados; los 8 primeros con existencias bajas o próximos a caducar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted patient(s) under my care</source>
        <translation>
            <numerusform>%Ln paciente ingresado a mi cargo</numerusform>
            <numerusform>%Ln pacientes ingresados a mi cargo</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrados</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionados</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Personas distintas</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) waiting for review; last scan {when}</source>
        <translation>
            <numerusform>%Ln par pendiente de revisión; última búsqueda el {when}</numerusform>
            <numerusform>%Ln pares pendientes de revisión; última búsqueda el {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) waiting for review; no scan yet (hms-admin find-duplicates)</source>
        <translation>
            <numerusform>%Ln par pendiente de revisión; aún sin búsqueda (hms-admin find-duplicates)</numerusform>
            <numerusform>%Ln pares pendientes de revisión; aún sin búsqueda (hms-admin find-duplicates)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Registrations per day</source>
        <translation>Altas de pacientes por día</translation>
    </message>
    <message>
        <source>Outpatient waiting time (check-in to call)</source>
        <translation>Espera en consultas externas (de la llegada a la llamada)</translation>
    </message>
    <message numerus="yes">
        <source>No-show rate by department, last %n days</source>
        <translation>
            <numerusform>No presentados por servicio, último día</numerusform>
            <numerusform>No presentados por servicio, últimos %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revenue by department, last %n days</source>
        <translation>
            <numerusform>Ingresos por servicio, último día</numerusform>
            <numerusform>Ingresos por servicio, últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Charges per day</source>
        <translation>Cargos por día</translation>
    </message>
    <message>
        <source>My patients today</source>
        <translation>Mis pacientes de hoy</translation>
    </message>
    <message>
        <source>My open notifications</source>
        <translation>Mis avisos sin confirmar</translation>
    </message>
    <message>
        <source>Today in my departments</source>
        <translation>Hoy en mis servicios</translation>
    </message>
    <message numerus="yes">
        <source>Emergency (break-glass) accesses, last %n days</source>
        <translation>
            <numerusform>Accesos de emergencia (romper el cristal), último día</numerusform>
            <numerusform>Accesos de emergencia (romper el cristal), últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged staff changes</source>
        <translation>Cambios de personal señalados</translation>
    </message>
    <message>
        <source>Bed occupancy by ward, now</source>
        <translation>Ocupación de camas por planta, ahora</translation>
    </message>
    <message numerus="yes">
        <source>Length of stay by ward, discharges of the last %n days</source>
        <translation>
            <numerusform>Estancia por planta, altas del último día</numerusform>
            <numerusform>Estancia por planta, altas de los últimos %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lab turnaround by test and priority, last %n days</source>
        <translation>
            <numerusform>Tiempo de respuesta por prueba y prioridad, último día</numerusform>
            <numerusform>Tiempo de respuesta por prueba y prioridad, últimos %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab work not yet released</source>
        <translation>Peticiones de laboratorio aún sin informar</translation>
    </message>
    <message>
        <source>Stock-outs, low stock and near-expiry</source>
        <translation>Roturas de stock, existencias bajas y próximas caducidades</translation>
    </message>
    <message>
        <source>Duplicate records (registry scan)</source>
        <translation>Historias duplicadas (búsqueda en el registro)</translation>
    </message>
    <message>
        <source>My admitted patients</source>
        <translation>Mis pacientes ingresados</translation>
    </message>
</context>
</TS>
