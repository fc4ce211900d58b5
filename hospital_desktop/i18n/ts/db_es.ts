<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>db</name>
    <message>
        <source>Admission {0} already has a discharge summary: edit its draft or amend the signed one.</source>
        <translation>La admisión {0} ya tiene un informe de alta: edite su borrador o enmiende la versión firmada.</translation>
    </message>
    <message>
        <source>An admission comes from the clinic, emergency, elective or transfer_in, not {0}.</source>
        <translation>Una admisión procede de la consulta, de urgencias, de un ingreso programado o de un traslado entrante (clinic, emergency, elective, transfer_in), no de «{0}».</translation>
    </message>
    <message>
        <source>Admission {0} was discharged on {1}.</source>
        <translation>La admisión {0} terminó con el alta el {1}.</translation>
    </message>
    <message>
        <source>No admission {0}.</source>
        <translation>No se encuentra la admisión {0}.</translation>
    </message>
    <message>
        <source>An admission needs a patient and a bed.</source>
        <translation>Una admisión necesita un paciente y una cama.</translation>
    </message>
    <message>
        <source>No admission with id {0}.</source>
        <translation>No hay ninguna admisión con el identificador {0}.</translation>
    </message>
    <message>
        <source>Admission {0} is not on your ward nor your patient&apos;s.</source>
        <translation>La admisión {0} no es de su planta ni de uno de sus pacientes.</translation>
    </message>
    <message>
        <source>An amendment amends a summary of the same admission.</source>
        <translation>Una enmienda corrige un informe de la misma admisión.</translation>
    </message>
    <message>
        <source>The attending must be an active doctor (staff id {0}).</source>
        <translation>El médico responsable debe ser un médico en activo (identificador {0}).</translation>
    </message>
    <message>
        <source>A bed becomes occupied or free of a patient only by admission, transfer or discharge.</source>
        <translation>Una cama solo pasa a ocupada o libre mediante un ingreso, un traslado o un alta.</translation>
    </message>
    <message>
        <source>A bed code is 2 to 32 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter (not &quot;{0}&quot;).</source>
        <translation>Un código de cama tiene de 2 a 32 letras, dígitos, «-» o «_» y empieza por una letra (no «{0}»).</translation>
    </message>
    <message>
        <source>Bed {0} is {1}; free beds on the ward now: {2}.</source>
        <translation>La cama {0} está en estado «{1}»; camas libres en la planta ahora: {2}.</translation>
    </message>
    <message>
        <source>Bed {0} is no longer in use.</source>
        <translation>La cama {0} ya no está en uso.</translation>
    </message>
    <message>
        <source>No bed with id {0}.</source>
        <translation>No hay ninguna cama con el identificador {0}.</translation>
    </message>
    <message>
        <source>Bed {0} is not on your ward.</source>
        <translation>La cama {0} no está en su planta.</translation>
    </message>
    <message>
        <source>Bed {0} is occupied by a patient: transfer or discharge first.</source>
        <translation>La cama {0} está ocupada por un paciente: traslade o dé de alta al paciente primero.</translation>
    </message>
    <message>
        <source>Bed {0} is reserved ({1}): release the reservation first.</source>
        <translation>La cama {0} está reservada ({1}): anule primero la reserva.</translation>
    </message>
    <message>
        <source>Bed {0} is {1}: it can be retired only when empty.</source>
        <translation>La cama {0} está en estado «{1}»: solo puede retirarse cuando está vacía.</translation>
    </message>
    <message>
        <source>Bed {0} cannot go from {1} to {2}.</source>
        <translation>La cama {0} no puede pasar del estado «{1}» al estado «{2}».</translation>
    </message>
    <message>
        <source>Say why the bed is {0}.</source>
        <translation>Indique por qué la cama pasa al estado «{0}».</translation>
    </message>
    <message>
        <source>{0} ({1}) is not a ward: beds belong to rooms of departments of kind inpatient.</source>
        <translation>{0} ({1}) no es una planta de hospitalización: las camas pertenecen a habitaciones de servicios de hospitalización.</translation>
    </message>
    <message>
        <source>No department with id {0}.</source>
        <translation>No hay ningún servicio con el identificador {0}.</translation>
    </message>
    <message>
        <source>Department {0} is not a ward (a department of kind inpatient).</source>
        <translation>El servicio {0} no es una planta (un servicio de hospitalización).</translation>
    </message>
    <message>
        <source>A discharge is home, transfer_out, deceased or against_advice, not {0}.</source>
        <translation>Un alta es a domicilio, por traslado, por defunción o voluntaria contra criterio médico (home, transfer_out, deceased, against_advice), no «{0}».</translation>
    </message>
    <message>
        <source>Discharge summary {0} is not of your patient.</source>
        <translation>El informe de alta {0} no es de uno de sus pacientes.</translation>
    </message>
    <message>
        <source>A discharge summary is signed with at least its diagnoses and its follow-up.</source>
        <translation>Un informe de alta se firma con al menos sus diagnósticos y su seguimiento.</translation>
    </message>
    <message>
        <source>A discharge summary starts as a draft and is then signed.</source>
        <translation>Un informe de alta empieza como borrador y después se firma.</translation>
    </message>
    <message>
        <source>Discharge summary {0} (version {1}) is signed and can never change: write a new version.</source>
        <translation>El informe de alta {0} (versión {1}) está firmado y ya no puede cambiar: redacte una nueva versión.</translation>
    </message>
    <message>
        <source>Only doctors and admissions staff admit patients.</source>
        <translation>Solo los médicos y el personal de admisión ingresan pacientes.</translation>
    </message>
    <message>
        <source>Only doctors discharge patients.</source>
        <translation>Solo los médicos dan el alta a los pacientes.</translation>
    </message>
    <message>
        <source>Only doctors hand a patient over to another attending doctor.</source>
        <translation>Solo los médicos traspasan un paciente a otro médico responsable.</translation>
    </message>
    <message>
        <source>This dose was already recorded ({0} at {1}).</source>
        <translation>Esta dosis ya se registró ({0} a las {1}).</translation>
    </message>
    <message>
        <source>A dose is given, held or refused, not {0}.</source>
        <translation>Una dosis se administra, se suspende o se rechaza, no «{0}».</translation>
    </message>
    <message>
        <source>The dose of {0} is not due yet (at {1}).</source>
        <translation>La dosis de {0} aún no corresponde (prevista a las {1}).</translation>
    </message>
    <message>
        <source>Say why the dose was {0}.</source>
        <translation>Indique por qué la dosis se registra como «{0}».</translation>
    </message>
    <message>
        <source>Dose record {0} is already marked entered in error.</source>
        <translation>El registro de dosis {0} ya está marcado como introducido por error.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband before recording the dose.</source>
        <translation>Escanee la pulsera del paciente antes de registrar la dosis.</translation>
    </message>
    <message>
        <source>{0} is not a scheduled time of prescription {1}.</source>
        <translation>{0} no es una hora prevista de la prescripción {1}.</translation>
    </message>
    <message>
        <source>WRONG PATIENT: the wristband scanned ({0}) is not this patient&apos;s; nothing was recorded.</source>
        <translation>PACIENTE EQUIVOCADO: la pulsera escaneada ({0}) no es la de este paciente; no se ha registrado nada.</translation>
    </message>
    <message>
        <source>Encounter {0} is the stay of an admitted patient: discharge the patient to close it.</source>
        <translation>El episodio {0} corresponde a la estancia de un paciente ingresado: dé de alta al paciente para cerrarlo.</translation>
    </message>
    <message>
        <source>The expected discharge date is before the admission.</source>
        <translation>La fecha de alta prevista es anterior a la admisión.</translation>
    </message>
    <message>
        <source>The expected discharge date {0} is in the past.</source>
        <translation>La fecha de alta prevista {0} ya ha pasado.</translation>
    </message>
    <message>
        <source>Fluid entry {0} is already marked entered in error.</source>
        <translation>La entrada de balance hídrico {0} ya está marcada como introducida por error.</translation>
    </message>
    <message>
        <source>A fluid volume is charted within 24 hours of measuring it, and not before the admission.</source>
        <translation>Un volumen de líquido se anota en las 24 horas siguientes a su medición, y no antes de la admisión.</translation>
    </message>
    <message>
        <source>A fluid volume cannot be measured in the future.</source>
        <translation>Un volumen de líquido no puede medirse en el futuro.</translation>
    </message>
    <message>
        <source>Only hospital staff post bed-days.</source>
        <translation>Solo el personal del hospital registra las estancias diarias.</translation>
    </message>
    <message>
        <source>Isolation is none, contact, droplet, airborne or protective, not {0}.</source>
        <translation>El aislamiento es ninguno, de contacto, por gotas, aéreo o protector (none, contact, droplet, airborne, protective), no «{0}».</translation>
    </message>
    <message>
        <source>Marking a dose record entered in error needs a reason of at least 5 characters.</source>
        <translation>Para marcar un registro de dosis como introducido por error, indique un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Marking a fluid entry entered in error needs a reason of at least 5 characters.</source>
        <translation>Para marcar una entrada de balance hídrico como introducida por error, indique un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Name the attending doctor.</source>
        <translation>Indique el médico responsable.</translation>
    </message>
    <message>
        <source>No dose record {0} on your ward.</source>
        <translation>No hay ningún registro de dosis {0} en su planta.</translation>
    </message>
    <message>
        <source>No fluid entry {0} on your ward.</source>
        <translation>No hay ninguna entrada de balance hídrico {0} en su planta.</translation>
    </message>
    <message>
        <source>No prescription {0} of a patient on your ward.</source>
        <translation>No hay ninguna prescripción {0} de un paciente de su planta.</translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the bed-day cannot be charged.</source>
        <translation>No hay precio para {0} válido el {1}: la estancia diaria no puede facturarse.</translation>
    </message>
    <message>
        <source>No stay {0} on your ward.</source>
        <translation>No hay ninguna estancia {0} en su planta.</translation>
    </message>
    <message>
        <source>Only nurses and doctors chart fluids.</source>
        <translation>Solo el personal de enfermería y los médicos anotan el balance hídrico.</translation>
    </message>
    <message>
        <source>Only nurses and doctors correct the chart.</source>
        <translation>Solo el personal de enfermería y los médicos corrigen la historia de cuidados.</translation>
    </message>
    <message>
        <source>Only nurses and doctors record doses.</source>
        <translation>Solo el personal de enfermería y los médicos registran dosis.</translation>
    </message>
    <message>
        <source>Patient {0} is already admitted (admission {1}, since {2}).</source>
        <translation>El paciente {0} ya está ingresado (admisión {1}, desde {2}).</translation>
    </message>
    <message>
        <source>The patient already lies in this bed.</source>
        <translation>El paciente ya ocupa esta cama.</translation>
    </message>
    <message>
        <source>The patient was discharged on {0}.</source>
        <translation>El paciente recibió el alta el {0}.</translation>
    </message>
    <message>
        <source>The patient was discharged: the fluid chart of the stay is closed.</source>
        <translation>El paciente recibió el alta: el balance hídrico de la estancia está cerrado.</translation>
    </message>
    <message>
        <source>Patient {0} was merged into patient {1}: admit the surviving record.</source>
        <translation>El paciente {0} se fusionó con el paciente {1}: ingrese el registro que se conserva.</translation>
    </message>
    <message>
        <source>Only the ward&apos;s clinicians change the plan.</source>
        <translation>Solo los clínicos de la planta cambian el plan.</translation>
    </message>
    <message>
        <source>Prescription {0} is {1}.</source>
        <translation>La prescripción {0} está en estado «{1}».</translation>
    </message>
    <message>
        <source>A room code is 2 to 32 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter (not &quot;{0}&quot;).</source>
        <translation>Un código de habitación tiene de 2 a 32 letras, dígitos, «-» o «_» y empieza por una letra (no «{0}»).</translation>
    </message>
    <message>
        <source>Room {0} is deactivated: reactivate the room before adding or reactivating its beds.</source>
        <translation>La habitación {0} está desactivada: reactívela antes de añadir o reactivar sus camas.</translation>
    </message>
    <message>
        <source>Room {0} still has {1} bed(s) in use ({2}): deactivate its beds first.</source>
        <translation>La habitación {0} aún tiene {1} cama(s) en uso ({2}): desactive primero sus camas.</translation>
    </message>
    <message>
        <source>Room {0} is not on that ward: a bed lies on the ward of its room.</source>
        <translation>La habitación {0} no está en esa planta: una cama pertenece a la planta de su habitación.</translation>
    </message>
    <message>
        <source>{0} ({1}) is not a ward: rooms and beds belong to departments of kind inpatient.</source>
        <translation>{0} ({1}) no es una planta de hospitalización: las habitaciones y las camas pertenecen a servicios de hospitalización.</translation>
    </message>
    <message>
        <source>Say which admission.</source>
        <translation>Indique la admisión.</translation>
    </message>
    <message>
        <source>Say which bed.</source>
        <translation>Indique la cama.</translation>
    </message>
    <message>
        <source>Say which bed the patient moves to.</source>
        <translation>Indique la cama a la que se traslada el paciente.</translation>
    </message>
    <message>
        <source>Say which scheduled dose of {0} this is.</source>
        <translation>Indique qué dosis prevista de {0} es esta.</translation>
    </message>
    <message>
        <source>Say why the patient is admitted (at least 3 characters).</source>
        <translation>Indique por qué ingresa el paciente (al menos 3 caracteres).</translation>
    </message>
    <message>
        <source>Say why the patient moves (at least 3 characters).</source>
        <translation>Indique por qué se traslada el paciente (al menos 3 caracteres).</translation>
    </message>
    <message>
        <source>Sign the discharge summary before discharging the patient {0}.</source>
        <translation>Firme el informe de alta antes de dar el alta al paciente ({0}).</translation>
    </message>
    <message>
        <source>Version {0} is not the latest: amend the latest version.</source>
        <translation>La versión {0} no es la última: enmiende la última versión.</translation>
    </message>
    <message>
        <source>Version {0} is still a draft: edit it instead of amending it.</source>
        <translation>La versión {0} todavía es un borrador: edítela en lugar de enmendarla.</translation>
    </message>
    <message>
        <source>Ward {0} is closed: reopen it before adding or reactivating rooms.</source>
        <translation>La planta {0} está cerrada: reábrala antes de añadir o reactivar habitaciones.</translation>
    </message>
    <message>
        <source>Ward {0} is closed: reopen it before adding or reactivating beds.</source>
        <translation>La planta {0} está cerrada: reábrala antes de añadir o reactivar camas.</translation>
    </message>
    <message>
        <source>Ward {0} still has {1} room(s) in use ({2}): deactivate its rooms and beds first.</source>
        <translation>La planta {0} aún tiene {1} habitación(es) en uso ({2}): desactive primero sus habitaciones y camas.</translation>
    </message>
    <message>
        <source>Ward {0} still has {1} room(s) in use ({2}): deactivate its rooms and beds first before it becomes {3}.</source>
        <translation>La planta {0} aún tiene {1} habitación(es) en uso ({2}): desactive primero sus habitaciones y camas antes de que pase al tipo «{3}».</translation>
    </message>
    <message>
        <source>Only ward nurses, admissions staff and administrators change bed states.</source>
        <translation>Solo el personal de enfermería de la planta, el personal de admisión y los administradores cambian el estado de las camas.</translation>
    </message>
    <message>
        <source>Only ward staff, doctors and admissions staff transfer patients.</source>
        <translation>Solo el personal de la planta, los médicos y el personal de admisión trasladan pacientes.</translation>
    </message>
    <message>
        <source>audit.{0} is append-only: {1} is not allowed.</source>
        <translation>audit.{0} solo admite añadidos: {1} no está permitido.</translation>
    </message>
    <message>
        <source>No emergency access grant {0}.</source>
        <translation>No existe el acceso de urgencia {0}.</translation>
    </message>
    <message>
        <source>You cannot review your own actions; another auditor must.</source>
        <translation>No puede revisar sus propias acciones; debe hacerlo otro auditor.</translation>
    </message>
    <message>
        <source>Say how many events to seal (0 or more).</source>
        <translation>Indique cuántos eventos sellar (0 o más).</translation>
    </message>
    <message>
        <source>No staff change {0}.</source>
        <translation>No existe el cambio de personal {0}.</translation>
    </message>
    <message>
        <source>An adjustment is a discount or a correction, not {0}.</source>
        <translation>Un ajuste es un descuento o una corrección, no «{0}».</translation>
    </message>
    <message>
        <source>An adjustment needs a reason of at least 5 characters.</source>
        <translation>Un ajuste necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>The adjustment would make charge {0} negative ({1} {2} left).</source>
        <translation>El ajuste dejaría el cargo {0} en negativo (quedarían {1} {2}).</translation>
    </message>
    <message>
        <source>{0} must be a positive amount.</source>
        <translation>{0} debe ser un importe positivo.</translation>
    </message>
    <message>
        <source>{0} is too large ({1}).</source>
        <translation>{0} es demasiado grande ({1}).</translation>
    </message>
    <message>
        <source>{0} has more than two decimals ({1}).</source>
        <translation>{0} tiene más de dos decimales ({1}).</translation>
    </message>
    <message>
        <source>An answer &quot;{0}&quot; cannot approve {1} of a claim of {2}.</source>
        <translation>Una respuesta «{0}» no puede aprobar {1} de una reclamación de {2}.</translation>
    </message>
    <message>
        <source>The answer names item {0} that the claim does not have, or approves more than claimed.</source>
        <translation>La respuesta menciona la línea {0}, que la reclamación no tiene, o aprueba más de lo reclamado.</translation>
    </message>
    <message>
        <source>The answer is not a FHIR ClaimResponse.</source>
        <translation>La respuesta no es un ClaimResponse de FHIR.</translation>
    </message>
    <message>
        <source>Only billing staff do this.</source>
        <translation>Solo el personal de facturación puede hacerlo.</translation>
    </message>
    <message>
        <source>Cancelling a coverage needs a reason of at least 5 characters.</source>
        <translation>Anular una cobertura necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>A cash close is for today or an earlier day.</source>
        <translation>Un cierre de caja es de hoy o de un día anterior.</translation>
    </message>
    <message>
        <source>Charge {0} is already on an issued invoice and cannot be invoiced.</source>
        <translation>El cargo {0} ya figura en una factura emitida y no puede facturarse.</translation>
    </message>
    <message>
        <source>Charge {0} belongs to another patient.</source>
        <translation>El cargo {0} pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>A charge goes from open to invoiced (and back when its invoice is voided) or void, not {0} to {1}.</source>
        <translation>Un cargo pasa de abierto a facturado (y vuelve a abierto cuando se anula su factura) o a anulado, no de «{0}» a «{1}».</translation>
    </message>
    <message>
        <source>Charge {0} is invoiced by issuing an invoice for it (billing.issue_invoice).</source>
        <translation>El cargo {0} se factura emitiendo una factura (billing.issue_invoice).</translation>
    </message>
    <message>
        <source>Charge {0} is on an issued invoice: void the invoice first.</source>
        <translation>El cargo {0} figura en una factura emitida: anule primero la factura.</translation>
    </message>
    <message>
        <source>Charge {0} is on an issued invoice: void the invoice to reopen it.</source>
        <translation>El cargo {0} figura en una factura emitida: anule la factura para reabrirlo.</translation>
    </message>
    <message>
        <source>The charge list names a charge twice (or is empty).</source>
        <translation>La lista nombra dos veces el mismo cargo (o está vacía).</translation>
    </message>
    <message>
        <source>No charge with id {0}.</source>
        <translation>No hay ningún cargo con el identificador {0}.</translation>
    </message>
    <message>
        <source>Charge {0} is {1} and cannot be invoiced.</source>
        <translation>El cargo {0} está en estado «{1}» y no puede facturarse.</translation>
    </message>
    <message>
        <source>Charge {0} is {1}: only open charges are adjusted (void its invoice first).</source>
        <translation>El cargo {0} está en estado «{1}»: solo se ajustan los cargos abiertos (anule primero su factura).</translation>
    </message>
    <message>
        <source>Charge {0} is void and cannot change.</source>
        <translation>El cargo {0} está anulado y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>A claim answer is approved, partial or rejected, not {0}.</source>
        <translation>Una respuesta a una reclamación es aprobada, parcial o rechazada (approved, partial, rejected), no «{0}».</translation>
    </message>
    <message>
        <source>No claim with id {0}.</source>
        <translation>No hay ninguna reclamación con el identificador {0}.</translation>
    </message>
    <message>
        <source>Claim {0} is {1}: the payer pays approved claims only.</source>
        <translation>La reclamación {0} está en estado «{1}»: la aseguradora solo paga reclamaciones aprobadas.</translation>
    </message>
    <message>
        <source>Claim {0} is {1}: only a submitted claim receives an answer.</source>
        <translation>La reclamación {0} está en estado «{1}»: solo una reclamación enviada recibe respuesta.</translation>
    </message>
    <message>
        <source>A correction is a non-zero amount with at most two decimals.</source>
        <translation>Una corrección es un importe distinto de cero con dos decimales como máximo.</translation>
    </message>
    <message>
        <source>The correction is too large ({0}).</source>
        <translation>La corrección es demasiado grande ({0}).</translation>
    </message>
    <message>
        <source>The counted cash is an amount of zero or more with at most two decimals.</source>
        <translation>El efectivo contado es un importe de cero o más con dos decimales como máximo.</translation>
    </message>
    <message>
        <source>The counted cash ({0}) differs from the expected cash ({1}) by {2}: explain the difference in a note.</source>
        <translation>El efectivo contado ({0}) difiere del esperado ({1}) en {2}: explique la diferencia en una nota.</translation>
    </message>
    <message>
        <source>The counted cash is too large ({0}).</source>
        <translation>El efectivo contado es demasiado grande ({0}).</translation>
    </message>
    <message>
        <source>Coverage {0} is cancelled.</source>
        <translation>La cobertura {0} está anulada.</translation>
    </message>
    <message>
        <source>Coverage {0} is cancelled and cannot change.</source>
        <translation>La cobertura {0} está anulada y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Coverage {0} is not the patient&apos;s.</source>
        <translation>La cobertura {0} no es de este paciente.</translation>
    </message>
    <message>
        <source>{0} is a credit note: it cannot be voided.</source>
        <translation>{0} es una nota de crédito: no puede anularse.</translation>
    </message>
    <message>
        <source>Financial reports are for billing and administration.</source>
        <translation>Los informes financieros son para facturación y administración.</translation>
    </message>
    <message>
        <source>Invoice {0} already has a claim.</source>
        <translation>La factura {0} ya tiene una reclamación.</translation>
    </message>
    <message>
        <source>Invoice {0} is already void.</source>
        <translation>La factura {0} ya está anulada.</translation>
    </message>
    <message>
        <source>Invoice {0} has a claim waiting for the payer&apos;s answer: void it once the claim is answered.</source>
        <translation>La factura {0} tiene una reclamación a la espera de la respuesta de la aseguradora: anúlela cuando se responda la reclamación.</translation>
    </message>
    <message>
        <source>Invoice {0} has no payer share to claim.</source>
        <translation>La factura {0} no tiene parte de la aseguradora que reclamar.</translation>
    </message>
    <message>
        <source>No invoice with id {0}.</source>
        <translation>No hay ninguna factura con el identificador {0}.</translation>
    </message>
    <message>
        <source>The invoice note is longer than 500 characters.</source>
        <translation>La nota de la factura supera los 500 caracteres.</translation>
    </message>
    <message>
        <source>Invoice {0} has payments of {1} {2}: refund them before voiding it.</source>
        <translation>La factura {0} tiene pagos de {1} {2}: reembólselos antes de anularla.</translation>
    </message>
    <message>
        <source>Invoice {0} is void.</source>
        <translation>La factura {0} está anulada.</translation>
    </message>
    <message>
        <source>Invoice {0} is void: nothing to pay.</source>
        <translation>La factura {0} está anulada: no hay nada que pagar.</translation>
    </message>
    <message>
        <source>The items approve {0} but the answer approves {1}.</source>
        <translation>Las líneas aprueban {0} pero la respuesta aprueba {1}.</translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the consultation of encounter {2} cannot be charged.</source>
        <translation>No hay precio para {0} válido el {1}: la consulta del episodio {2} no puede facturarse.</translation>
    </message>
    <message>
        <source>The patient owes {0} {1} on invoice {2}: {3} is too much.</source>
        <translation>El paciente debe {0} {1} en la factura {2}: {3} es demasiado.</translation>
    </message>
    <message>
        <source>A patient pays by cash, card or bank transfer, not {0}.</source>
        <translation>Un paciente paga en efectivo, con tarjeta o por transferencia, no «{0}».</translation>
    </message>
    <message>
        <source>The payer approved {0} {1} and has paid {2}: {3} is too much.</source>
        <translation>La aseguradora aprobó {0} {1} y ya ha pagado {2}: {3} es demasiado.</translation>
    </message>
    <message>
        <source>Payment {0} is a payer&apos;s payment and cannot be refunded here.</source>
        <translation>El pago {0} es de una aseguradora y no puede reembolsarse aquí.</translation>
    </message>
    <message>
        <source>Only {0} {1} of payment {2} is left to refund.</source>
        <translation>Solo quedan {0} {1} por reembolsar del pago {2}.</translation>
    </message>
    <message>
        <source>No payment with id {0}.</source>
        <translation>No hay ningún pago con el identificador {0}.</translation>
    </message>
    <message>
        <source>The payment reference is longer than 100 characters.</source>
        <translation>La referencia del pago supera los 100 caracteres.</translation>
    </message>
    <message>
        <source>A refund needs a reason of at least 5 characters.</source>
        <translation>Un reembolso necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Payment {0} is a refund and cannot be refunded here.</source>
        <translation>El pago {0} es un reembolso y no puede reembolsarse.</translation>
    </message>
    <message>
        <source>A report period is from a day to a later day, at most ten years.</source>
        <translation>Un periodo de informe va de un día a un día posterior, con un máximo de diez años.</translation>
    </message>
    <message>
        <source>Select at least one charge to invoice.</source>
        <translation>Seleccione al menos un cargo para facturar.</translation>
    </message>
    <message>
        <source>The selected charges are in different currencies: invoice them separately.</source>
        <translation>Los cargos seleccionados están en monedas distintas: factúrelos por separado.</translation>
    </message>
    <message>
        <source>A void reason is given when voiding a charge.</source>
        <translation>El motivo de anulación se indica al anular un cargo.</translation>
    </message>
    <message>
        <source>Voiding a charge needs a reason of at least 5 characters.</source>
        <translation>Anular un cargo necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Voiding an invoice needs a reason of at least 5 characters.</source>
        <translation>Anular una factura necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Your cash for {0} is already closed.</source>
        <translation>Su caja del {0} ya está cerrada.</translation>
    </message>
    <message>
        <source>Your cash for {0} is closed: no more payments can be taken that day.</source>
        <translation>Su caja del {0} está cerrada: ese día ya no se pueden cobrar más pagos.</translation>
    </message>
    <message>
        <source>Allergy {0} was entered in error and cannot change.</source>
        <translation>La alergia {0} se introdujo por error y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Changing an allergy to {0} needs a reason of at least 5 characters.</source>
        <translation>Para pasar una alergia al estado «{0}», indique un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Only an amendment has an amendment reason.</source>
        <translation>Solo una enmienda tiene motivo de enmienda.</translation>
    </message>
    <message>
        <source>An amendment belongs to the encounter of the note it corrects (encounter {0}).</source>
        <translation>Una enmienda pertenece al episodio de la nota que corrige (episodio {0}).</translation>
    </message>
    <message>
        <source>An amendment names the note it corrects (amends_id).</source>
        <translation>Una enmienda indica la nota que corrige (amends_id).</translation>
    </message>
    <message>
        <source>An amendment needs a reason of at least 5 characters.</source>
        <translation>Una enmienda necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>An amendment must be for a note of the same patient (note {0} belongs to another patient).</source>
        <translation>Una enmienda debe referirse a una nota del mismo paciente (la nota {0} pertenece a otro paciente).</translation>
    </message>
    <message>
        <source>Diagnosis {0} was entered in error and cannot change.</source>
        <translation>El diagnóstico {0} se introdujo por error y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>A diagnosis is only ever marked entered_in_error.</source>
        <translation>Un diagnóstico solo puede marcarse como introducido por error.</translation>
    </message>
    <message>
        <source>A diagnosis can only go from provisional to confirmed.</source>
        <translation>Un diagnóstico solo puede pasar de provisional a confirmado.</translation>
    </message>
    <message>
        <source>Only a doctor or nurse caring for patient {0} can record &quot;no known allergies&quot;.</source>
        <translation>Solo un médico o un enfermero que atiende al paciente {0} puede registrar «sin alergias conocidas».</translation>
    </message>
    <message>
        <source>Only doctors close encounters.</source>
        <translation>Solo los médicos cierran episodios.</translation>
    </message>
    <message>
        <source>Encounter {0} already has a primary diagnosis ({1}): add this one as secondary, or mark that one entered in error first.</source>
        <translation>El episodio {0} ya tiene un diagnóstico principal ({1}): añada este como secundario, o marque antes el otro como introducido por error.</translation>
    </message>
    <message>
        <source>Encounter {0} is already {1}.</source>
        <translation>El episodio {0} ya está en estado «{1}».</translation>
    </message>
    <message>
        <source>Encounter {0} is {1}: no new {2} can be added (amend one of its notes instead).</source>
        <translation>El episodio {0} está en estado «{1}»: no se pueden añadir más {2} (enmiende en su lugar una de sus notas).</translation>
    </message>
    <message>
        <source>Encounter {0} is neither yours nor your department&apos;s.</source>
        <translation>El episodio {0} no es suyo ni de su servicio.</translation>
    </message>
    <message>
        <source>Encounter {0} has no SOAP note: write the consultation note before closing it.</source>
        <translation>El episodio {0} no tiene nota SOAP: redacte la nota de la consulta antes de cerrarlo.</translation>
    </message>
    <message>
        <source>No encounter with id {0}.</source>
        <translation>No hay ningún episodio con el identificador {0}.</translation>
    </message>
    <message>
        <source>Encounter {0} is {1} and cannot be changed.</source>
        <translation>El episodio {0} está en estado «{1}» y ya no puede modificarse.</translation>
    </message>
    <message>
        <source>An error reason goes with entered_in_error only.</source>
        <translation>Un motivo de error solo acompaña al estado «introducido por error».</translation>
    </message>
    <message>
        <source>Marking a diagnosis entered in error needs a reason of at least 5 characters.</source>
        <translation>Para marcar un diagnóstico como introducido por error, indique un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Marking a problem entered in error needs a reason of at least 5 characters.</source>
        <translation>Para marcar un problema como introducido por error, indique un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Marking a vital sign entered in error needs a reason of at least 5 characters.</source>
        <translation>Para marcar un signo vital como introducido por error, indique un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>A new diagnosis is active.</source>
        <translation>Un diagnóstico nuevo está activo.</translation>
    </message>
    <message>
        <source>A new problem is active.</source>
        <translation>Un problema nuevo está activo.</translation>
    </message>
    <message>
        <source>A new vital sign is final.</source>
        <translation>Un signo vital nuevo es definitivo.</translation>
    </message>
    <message>
        <source>No note {0} that you may amend.</source>
        <translation>No hay ninguna nota {0} que usted pueda enmendar.</translation>
    </message>
    <message>
        <source>Note {0} is itself an amendment: amend the original note {1}.</source>
        <translation>La nota {0} ya es una enmienda: enmiende la nota original {1}.</translation>
    </message>
    <message>
        <source>Nurses write nursing notes (and amend nursing notes), not {0} notes.</source>
        <translation>El personal de enfermería redacta notas de enfermería (y enmienda notas de enfermería), no notas de tipo «{0}».</translation>
    </message>
    <message>
        <source>Nursing notes are written by nurses.</source>
        <translation>Las notas de enfermería las redacta el personal de enfermería.</translation>
    </message>
    <message>
        <source>The onset of a problem ({0}) cannot be in the future.</source>
        <translation>El inicio de un problema ({0}) no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>An open encounter has no end time: close it with clinical.close_encounter({0}).</source>
        <translation>Un episodio abierto no tiene hora de fin: ciérrelo con clinical.close_encounter({0}).</translation>
    </message>
    <message>
        <source>Patient {0} has active allergies ({1}): &quot;no known allergies&quot; cannot be recorded.</source>
        <translation>El paciente {0} tiene alergias activas ({1}): no puede registrarse «sin alergias conocidas».</translation>
    </message>
    <message>
        <source>Problem {0} was entered in error and cannot change.</source>
        <translation>El problema {0} se introdujo por error y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Say what the patient is allergic to (substance or substance_code).</source>
        <translation>Indique a qué es alérgico el paciente (sustancia o substance_code).</translation>
    </message>
    <message>
        <source>A status reason is given with a change of status.</source>
        <translation>Un motivo de estado se indica con un cambio de estado.</translation>
    </message>
    <message>
        <source>An uncoded allergy needs its category (drug, food, environment or other).</source>
        <translation>Una alergia sin codificar necesita su categoría (medicamento, alimento, ambiental u otra).</translation>
    </message>
    <message>
        <source>Unknown substance code &quot;{0}&quot; (see clinical.allergy_substance).</source>
        <translation>Código de sustancia desconocido «{0}» (véase clinical.allergy_substance).</translation>
    </message>
    <message>
        <source>Unknown vital sign kind &quot;{0}&quot; (one of: {1}).</source>
        <translation>Tipo de signo vital desconocido «{0}» (uno de: {1}).</translation>
    </message>
    <message>
        <source>Vital sign {0} is already marked entered in error.</source>
        <translation>El signo vital {0} ya está marcado como introducido por error.</translation>
    </message>
    <message>
        <source>A vital sign is only ever marked entered_in_error.</source>
        <translation>Un signo vital solo puede marcarse como introducido por error.</translation>
    </message>
    <message>
        <source>{0} of {1} {2} is not plausible: the plausible range is {3} to {4} {5}.</source>
        <translation>{0} de {1} {2} no es plausible: el intervalo plausible es de {3} a {4} {5}.</translation>
    </message>
    <message>
        <source>A vital sign cannot be measured in the future ({0}).</source>
        <translation>Un signo vital no puede medirse en el futuro ({0}).</translation>
    </message>
    <message>
        <source>{0} is recorded in {1}, not in {2}.</source>
        <translation>{0} se registra en {1}, no en {2}.</translation>
    </message>
    <message>
        <source>Only an administrator manages staff.</source>
        <translation>Solo un administrador gestiona el personal.</translation>
    </message>
    <message>
        <source>Only administrators and auditors see this.</source>
        <translation>Solo para administradores y auditores.</translation>
    </message>
    <message>
        <source>Only doctors and nurses may open a chart in an emergency.</source>
        <translation>Solo los médicos y el personal de enfermería pueden abrir una historia en una urgencia.</translation>
    </message>
    <message>
        <source>Say why the chart is opened.</source>
        <translation>Indique por qué se abre la historia.</translation>
    </message>
    <message>
        <source>Only active staff open charts.</source>
        <translation>Solo el personal en activo abre historias.</translation>
    </message>
    <message>
        <source>{0} must be a day between the years 1800 and 2999.</source>
        <translation>{0} debe ser un día entre los años 1800 y 2999.</translation>
    </message>
    <message>
        <source>Department {0} is closed.</source>
        <translation>El servicio {0} está cerrado.</translation>
    </message>
    <message>
        <source>Unknown department code {0}.</source>
        <translation>Código de servicio desconocido {0}.</translation>
    </message>
    <message>
        <source>An emergency access needs a reason of at least 10 characters.</source>
        <translation>Un acceso de urgencia necesita un motivo de al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>The full name must have 1 to 200 characters.</source>
        <translation>El nombre completo debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>Granting yourself a role needs a reason of at least 10 characters; it is flagged for the auditor.</source>
        <translation>Para asignarse a sí mismo un rol, indique un motivo de al menos 10 caracteres; se avisará al auditor.</translation>
    </message>
    <message>
        <source>Only the hospital group roles can be granted, not {0}.</source>
        <translation>Solo pueden concederse los roles de grupo del hospital, no {0}.</translation>
    </message>
    <message>
        <source>Only an active staff member chooses their language here.</source>
        <translation>Solo un miembro del personal en activo elige aquí su idioma.</translation>
    </message>
    <message>
        <source>A database login named {0} already exists.</source>
        <translation>Ya existe en la base de datos un usuario de acceso llamado {0}.</translation>
    </message>
    <message>
        <source>A failed login cannot be in the future ({0}).</source>
        <translation>Un intento de acceso fallido no puede estar en el futuro ({0}).</translation>
    </message>
    <message>
        <source>A failed login needs the user name, the time and the server&apos;s session id.</source>
        <translation>Un intento de acceso fallido necesita el nombre de usuario, la hora y el identificador de sesión del servidor.</translation>
    </message>
    <message>
        <source>Only the login guard records failed logins.</source>
        <translation>Solo el guardián de accesos registra los intentos fallidos.</translation>
    </message>
    <message>
        <source>Login {0} holds an owner role and is not managed from the admin workstation.</source>
        <translation>El usuario {0} tiene un rol propietario y no se gestiona desde el puesto de administración.</translation>
    </message>
    <message>
        <source>There is no database login {0}.</source>
        <translation>No existe el usuario de acceso {0} en la base de datos.</translation>
    </message>
    <message>
        <source>Login {0} is a privileged database role and is not managed from the admin workstation.</source>
        <translation>El usuario {0} es un rol privilegiado de la base de datos y no se gestiona desde el puesto de administración.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation>No puede desactivar su propia cuenta; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role; ask another administrator.</source>
        <translation>No puede quitarse su propio rol de administrador; pídaselo a otro administrador.</translation>
    </message>
    <message>
        <source>Change your own password with &quot;Change my password&quot;, not with a reset.</source>
        <translation>Cambie su propia contraseña con «Cambiar mi contraseña», no con un restablecimiento.</translation>
    </message>
    <message>
        <source>Another administrator removes your second factor.</source>
        <translation>Su segundo factor lo retira otro administrador.</translation>
    </message>
    <message>
        <source>Only an active staff member changes their password here.</source>
        <translation>Solo un miembro del personal en activo cambia aquí su contraseña.</translation>
    </message>
    <message>
        <source>A password must be sent as a SCRAM-SHA-256 verifier computed by the client, never in clear.</source>
        <translation>Una contraseña debe enviarse como verificador SCRAM-SHA-256 calculado por el cliente, nunca en claro.</translation>
    </message>
    <message>
        <source>No patient with id {0}.</source>
        <translation>No hay ningún paciente con el identificador {0}.</translation>
    </message>
    <message>
        <source>Give a reason of at least {0} characters (it goes into the audit trail).</source>
        <translation>Indique un motivo de al menos {0} caracteres (queda en el registro de auditoría).</translation>
    </message>
    <message>
        <source>Unknown role {0}: choose from {1}.</source>
        <translation>Rol desconocido {0}: elija entre {1}.</translation>
    </message>
    <message>
        <source>Only an active, unlocked staff login enters a second-factor code.</source>
        <translation>Solo un usuario del personal en activo y no bloqueado introduce un código de segundo factor.</translation>
    </message>
    <message>
        <source>The code does not match: scan the QR code again and type the 6 digits the app shows now.</source>
        <translation>El código no coincide: escanee de nuevo el código QR y escriba los 6 dígitos que muestra ahora la aplicación.</translation>
    </message>
    <message>
        <source>No second factor is set up for your login.</source>
        <translation>Su usuario no tiene configurado ningún segundo factor.</translation>
    </message>
    <message>
        <source>An authenticator secret has 20 to 64 random bytes.</source>
        <translation>Un secreto de autenticación tiene de 20 a 64 bytes aleatorios.</translation>
    </message>
    <message>
        <source>The break-glass duration must be between 0.25 and 72 hours.</source>
        <translation>La duración de un acceso de urgencia debe estar entre 0,25 y 72 horas.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as GBP, EUR or USD.</source>
        <translation>La moneda es un código ISO 4217 de tres letras, como GBP, EUR o USD.</translation>
    </message>
    <message>
        <source>The address must be text of at most 300 characters.</source>
        <translation>La dirección debe ser un texto de 300 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 256 kB.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG de 256 kB como máximo.</translation>
    </message>
    <message>
        <source>The hospital name must have 2 to 120 characters.</source>
        <translation>El nombre del hospital debe tener de 2 a 120 caracteres.</translation>
    </message>
    <message>
        <source>The idle lock time must be a whole number of minutes from 1 to 240.</source>
        <translation>El tiempo de bloqueo por inactividad debe ser un número entero de minutos de 1 a 240.</translation>
    </message>
    <message>
        <source>The language is an ISO 639 code such as en, fr, es or ar.</source>
        <translation>El idioma es un código ISO 639, como en, fr, es o ar.</translation>
    </message>
    <message>
        <source>The locale is a language and country code such as en_GB, fr_FR or ar_EG.</source>
        <translation>La configuración regional es un código de idioma y país, como en_GB, fr_FR o ar_EG.</translation>
    </message>
    <message>
        <source>A login is locked after a whole number of 3 to 100 failed logins.</source>
        <translation>Un usuario se bloquea tras un número entero de 3 a 100 intentos fallidos.</translation>
    </message>
    <message>
        <source>Failed logins are counted over a whole number of 1 to 1440 minutes.</source>
        <translation>Los intentos fallidos se cuentan durante un número entero de 1 a 1440 minutos.</translation>
    </message>
    <message>
        <source>A second-factor code is valid for 1 to 24 hours of a session.</source>
        <translation>Un código de segundo factor es válido de 1 a 24 horas de una sesión.</translation>
    </message>
    <message>
        <source>The tax registration number has at most 40 characters.</source>
        <translation>El número de identificación fiscal tiene 40 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The tax label must have 1 to 20 characters.</source>
        <translation>La etiqueta del impuesto debe tener de 1 a 20 caracteres.</translation>
    </message>
    <message>
        <source>{0} is already deactivated.</source>
        <translation>{0} ya está desactivado.</translation>
    </message>
    <message>
        <source>{0} is deactivated: reactivate the account instead.</source>
        <translation>{0} está desactivado: reactive la cuenta en su lugar.</translation>
    </message>
    <message>
        <source>Staff member {0} already exists.</source>
        <translation>El miembro del personal {0} ya existe.</translation>
    </message>
    <message>
        <source>{0} has no second factor.</source>
        <translation>{0} no tiene segundo factor.</translation>
    </message>
    <message>
        <source>{0} is active.</source>
        <translation>{0} está activo.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0} está desactivado.</translation>
    </message>
    <message>
        <source>A staff member needs at least one role.</source>
        <translation>Un miembro del personal necesita al menos un rol.</translation>
    </message>
    <message>
        <source>No staff member with id {0}.</source>
        <translation>No hay ningún miembro del personal con el identificador {0}.</translation>
    </message>
    <message>
        <source>{0} is not locked.</source>
        <translation>{0} no está bloqueado.</translation>
    </message>
    <message>
        <source>Invalid user name {0}: 2-63 characters, lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter, not starting with pg_ or hms_.</source>
        <translation>Nombre de usuario no válido {0}: de 2 a 63 caracteres, letras minúsculas, dígitos, «.», «_» o «-», que empiece por una letra y no por pg_ ni hms_.</translation>
    </message>
    <message>
        <source>{0} is a reserved word in the database and cannot be a user name.</source>
        <translation>{0} es una palabra reservada de la base de datos y no puede ser un nombre de usuario.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_doctor, hms_nurse only.</source>
        <translation>Este indicador es solo para hms_admin, hms_doctor y hms_nurse.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_lab only.</source>
        <translation>Este indicador es solo para hms_admin y hms_lab.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_pharmacist only.</source>
        <translation>Este indicador es solo para hms_admin y hms_pharmacist.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_nurse, hms_doctor, hms_reception only.</source>
        <translation>Este indicador es solo para hms_admin, hms_nurse, hms_doctor y hms_reception.</translation>
    </message>
    <message>
        <source>A figure looks back 0 to 3660 days.</source>
        <translation>Un indicador abarca de 0 a 3660 días hacia atrás.</translation>
    </message>
    <message>
        <source>Only staff refresh dashboards.</source>
        <translation>Solo el personal actualiza los paneles.</translation>
    </message>
    <message>
        <source>Ask about at most 50 items, each by its price code.</source>
        <translation>Consulte como máximo 50 líneas, cada una por su código de precio.</translation>
    </message>
    <message>
        <source>Ask for the status of a claim the payer has and has not decided.</source>
        <translation>Pida el estado de una reclamación que la aseguradora tiene y aún no ha resuelto.</translation>
    </message>
    <message>
        <source>Attachment &quot;{0}&quot; is not base64 content.</source>
        <translation>El adjunto «{0}» no es contenido base64.</translation>
    </message>
    <message>
        <source>Only billing staff answer payer queries.</source>
        <translation>Solo el personal de facturación responde a las consultas de las aseguradoras.</translation>
    </message>
    <message>
        <source>Only billing staff reconcile remittances.</source>
        <translation>Solo el personal de facturación concilia las remesas de pago.</translation>
    </message>
    <message>
        <source>Only billing and ward staff ask for pre-authorisations.</source>
        <translation>Solo el personal de facturación y de planta solicitan autorizaciones previas.</translation>
    </message>
    <message>
        <source>Claim {0} is not a claim on this payer.</source>
        <translation>La reclamación {0} no es una reclamación a esta aseguradora.</translation>
    </message>
    <message>
        <source>Claim {0} is {1} and is not sent again.</source>
        <translation>La reclamación {0} está en estado «{1}» y no se vuelve a enviar.</translation>
    </message>
    <message>
        <source>A claim response cannot answer a {0} request.</source>
        <translation>Una respuesta a una reclamación no puede responder a una solicitud de tipo «{0}».</translation>
    </message>
    <message>
        <source>The document to send is not a FHIR resource.</source>
        <translation>El documento que se va a enviar no es un recurso FHIR.</translation>
    </message>
    <message>
        <source>The documents together are {0} MB: at most 3.5 MB go with one answer (a payer takes at most 5 MB per message).</source>
        <translation>Los documentos suman {0} MB: como máximo 3,5 MB acompañan a una respuesta (una aseguradora acepta como máximo 5 MB por mensaje).</translation>
    </message>
    <message>
        <source>An eligibility answer must answer an eligibility request.</source>
        <translation>Una respuesta de elegibilidad debe responder a una solicitud de elegibilidad.</translation>
    </message>
    <message>
        <source>Only a failed request is sent again.</source>
        <translation>Solo se vuelve a enviar una solicitud fallida.</translation>
    </message>
    <message>
        <source>Give the clinical reason for the pre-authorisation.</source>
        <translation>Indique el motivo clínico de la autorización previa.</translation>
    </message>
    <message>
        <source>Give a period of at most ten years whose end is not before its start.</source>
        <translation>Indique un periodo de diez años como máximo cuyo fin no sea anterior a su inicio.</translation>
    </message>
    <message>
        <source>Only the insurance gateway does this.</source>
        <translation>Solo la pasarela de seguros puede hacerlo.</translation>
    </message>
    <message>
        <source>Item {0}: no price code {1} on the price list today.</source>
        <translation>Línea {0}: el código de precio {1} no figura hoy en la lista de precios.</translation>
    </message>
    <message>
        <source>Item {0}: the quantity is a number from 0.01 to 365.</source>
        <translation>Línea {0}: la cantidad es un número de 0,01 a 365.</translation>
    </message>
    <message>
        <source>The items are free of charge: nothing to pre-authorise.</source>
        <translation>Las líneas son gratuitas: no hay nada que autorizar previamente.</translation>
    </message>
    <message>
        <source>At most 10 attachments.</source>
        <translation>Como máximo 10 adjuntos.</translation>
    </message>
    <message>
        <source>No admission {0} of this patient.</source>
        <translation>No hay ninguna admisión {0} de este paciente.</translation>
    </message>
    <message>
        <source>No unmatched or refused remittance line with id {0}.</source>
        <translation>No hay ninguna línea de remesa sin conciliar o rechazada con el identificador {0}.</translation>
    </message>
    <message>
        <source>The patient has no insurance coverage in force today: record the coverage first.</source>
        <translation>El paciente no tiene hoy ninguna cobertura de seguro vigente: registre primero la cobertura.</translation>
    </message>
    <message>
        <source>The patient has no insurance coverage in force today: billing records the patient&apos;s insurance first.</source>
        <translation>El paciente no tiene hoy ninguna cobertura de seguro vigente: facturación debe registrar primero su seguro.</translation>
    </message>
    <message>
        <source>No patient with id {0} (or it was merged into another record).</source>
        <translation>No hay ningún paciente con el identificador {0} (o se fusionó con otro registro).</translation>
    </message>
    <message>
        <source>Patient {0} is not in your care: ask for pre-authorisations of your own patients.</source>
        <translation>El paciente {0} no está a su cargo: solicite autorizaciones previas para sus propios pacientes.</translation>
    </message>
    <message>
        <source>The payer&apos;s {0} is not an amount: {1}.</source>
        <translation>La aseguradora envió para {0} un valor que no es un importe: {1}.</translation>
    </message>
    <message>
        <source>Payer {0} answered request {1} that was never sent to it.</source>
        <translation>La aseguradora {0} respondió a la solicitud {1}, que nunca se le envió.</translation>
    </message>
    <message>
        <source>No payer {0}.</source>
        <translation>No existe la aseguradora {0}.</translation>
    </message>
    <message>
        <source>No payer query with id {0}.</source>
        <translation>No hay ninguna consulta de aseguradora con el identificador {0}.</translation>
    </message>
    <message>
        <source>A pre-authorisation answer is decided, approved, partial, rejected or pending, not {0}.</source>
        <translation>Una respuesta de autorización previa es decidida, aprobada, parcial, rechazada o pendiente (decided, approved, partial, rejected, pending), no «{0}».</translation>
    </message>
    <message>
        <source>A pre-authorisation asks for 1 to 50 items.</source>
        <translation>Una autorización previa solicita de 1 a 50 líneas.</translation>
    </message>
    <message>
        <source>This query has been answered already.</source>
        <translation>Esta consulta ya ha sido respondida.</translation>
    </message>
    <message>
        <source>The reading of the answer is missing.</source>
        <translation>Falta la lectura de la respuesta.</translation>
    </message>
    <message>
        <source>Only reception and billing staff check insurance eligibility.</source>
        <translation>Solo admisión y facturación comprueban la elegibilidad del seguro.</translation>
    </message>
    <message>
        <source>Only reception and billing staff read insurance eligibility.</source>
        <translation>Solo admisión y facturación consultan la elegibilidad del seguro.</translation>
    </message>
    <message>
        <source>Request {0} was already sent with a different document: a retry sends the same one.</source>
        <translation>La solicitud {0} ya se envió con otro documento: un reintento envía el mismo.</translation>
    </message>
    <message>
        <source>No request with id {0}.</source>
        <translation>No hay ninguna solicitud con el identificador {0}.</translation>
    </message>
    <message>
        <source>Say how the line was reconciled.</source>
        <translation>Indique cómo se concilió la línea.</translation>
    </message>
    <message>
        <source>Say how the line was reconciled in at most 500 characters of plain text.</source>
        <translation>Indique cómo se concilió la línea, en 500 caracteres de texto sin formato como máximo.</translation>
    </message>
    <message>
        <source>Take 1 to 500 requests with a lease of 1 to 3600 seconds.</source>
        <translation>Tome de 1 a 500 solicitudes con un plazo de reserva de 1 a 3600 segundos.</translation>
    </message>
    <message>
        <source>Write an answer for the payer (2 to 2000 characters of plain text).</source>
        <translation>Redacte una respuesta para la aseguradora (de 2 a 2000 caracteres de texto sin formato).</translation>
    </message>
    <message>
        <source>Only hms_doctor or hms_lab may cancel laboratory orders.</source>
        <translation>Solo hms_doctor o hms_lab pueden anular peticiones de laboratorio.</translation>
    </message>
    <message>
        <source>Cancelling an order needs a reason of at least 5 characters.</source>
        <translation>Anular una petición necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Choose the orders to collect.</source>
        <translation>Elija las peticiones que va a extraer.</translation>
    </message>
    <message>
        <source>Only hms_lab or hms_nurse may collect specimens.</source>
        <translation>Solo hms_lab o hms_nurse pueden extraer muestras.</translation>
    </message>
    <message>
        <source>Wrong patient: the scanned wristband ({0}) is not the patient of these orders.</source>
        <translation>Paciente equivocado: la pulsera escaneada ({0}) no es la del paciente de estas peticiones.</translation>
    </message>
    <message>
        <source>Only hms_lab may correct laboratory results.</source>
        <translation>Solo hms_lab puede corregir resultados de laboratorio.</translation>
    </message>
    <message>
        <source>A correction needs a reason of at least 5 characters.</source>
        <translation>Una corrección necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Only hms_lab may record critical-result calls.</source>
        <translation>Solo hms_lab puede registrar las llamadas de resultados críticos.</translation>
    </message>
    <message>
        <source>Encounter {0} is not one of your patients&apos;.</source>
        <translation>El episodio {0} no es de uno de sus pacientes.</translation>
    </message>
    <message>
        <source>Only hms_lab may enter laboratory results.</source>
        <translation>Solo hms_lab puede introducir resultados de laboratorio.</translation>
    </message>
    <message>
        <source>Lab order {0} has no {1} message for the LIS.</source>
        <translation>La petición de laboratorio {0} no tiene mensaje {1} para el SIL.</translation>
    </message>
    <message>
        <source>A lab order starts as ordered.</source>
        <translation>Una petición de laboratorio empieza en estado «solicitada».</translation>
    </message>
    <message>
        <source>A lab result is never edited: enter a new version with a reason.</source>
        <translation>Un resultado de laboratorio nunca se edita: introduzca una nueva versión con un motivo.</translation>
    </message>
    <message>
        <source>Limit 1-500, lease &gt;= 1 s and backlog 0-87600 h.</source>
        <translation>Límite de 1 a 500, plazo de reserva de al menos 1 s y atraso de 0 a 87 600 h.</translation>
    </message>
    <message>
        <source>Only hms_lab may record the LIS&apos;s answers.</source>
        <translation>Solo hms_lab puede registrar las respuestas del SIL.</translation>
    </message>
    <message>
        <source>A LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3), not &quot;{0}&quot;.</source>
        <translation>Un código LOINC tiene de 1 a 7 dígitos, un guion y un dígito de control (por ejemplo 2823-3), no «{0}».</translation>
    </message>
    <message>
        <source>LOINC code {0} is already a panel in the catalog.</source>
        <translation>El código LOINC {0} ya es un perfil del catálogo.</translation>
    </message>
    <message>
        <source>LOINC code {0} is already a test in the catalog.</source>
        <translation>El código LOINC {0} ya es una prueba del catálogo.</translation>
    </message>
    <message>
        <source>LOINC code {0} is not valid: the check digit should be {1}.</source>
        <translation>El código LOINC {0} no es válido: el dígito de control debería ser {1}.</translation>
    </message>
    <message>
        <source>No price for lab test {0} (nor LAB-DEFAULT) valid on {1}.</source>
        <translation>No hay precio para la prueba {0} (ni para LAB-DEFAULT) válido el {1}.</translation>
    </message>
    <message>
        <source>Only hms_doctor may order laboratory tests.</source>
        <translation>Solo hms_doctor puede solicitar pruebas de laboratorio.</translation>
    </message>
    <message>
        <source>Order {0} has no critical result to phone.</source>
        <translation>La petición {0} no tiene ningún resultado crítico que comunicar por teléfono.</translation>
    </message>
    <message>
        <source>No lab order {0}.</source>
        <translation>No se encuentra la petición de laboratorio {0}.</translation>
    </message>
    <message>
        <source>Order {0} is {1}: results are entered for received specimens (released results are corrected).</source>
        <translation>La petición {0} está en estado «{1}»: los resultados se introducen para muestras recibidas (los resultados publicados se corrigen).</translation>
    </message>
    <message>
        <source>Lab order {0} cannot go from {1} to {2}.</source>
        <translation>La petición de laboratorio {0} no puede pasar del estado «{1}» al estado «{2}».</translation>
    </message>
    <message>
        <source>Only orders not yet collected can be collected.</source>
        <translation>Solo se pueden extraer las peticiones aún no extraídas.</translation>
    </message>
    <message>
        <source>No lab order {0} of yours.</source>
        <translation>No hay ninguna petición de laboratorio {0} suya.</translation>
    </message>
    <message>
        <source>Panel {0} has no active tests to order.</source>
        <translation>El perfil {0} no tiene pruebas activas que solicitar.</translation>
    </message>
    <message>
        <source>This patient is not in your care.</source>
        <translation>Este paciente no está a su cargo.</translation>
    </message>
    <message>
        <source>Priority must be routine, urgent or stat.</source>
        <translation>La prioridad debe ser rutina, urgente o inmediata (routine, urgent, stat).</translation>
    </message>
    <message>
        <source>Only hms_lab may receive specimens.</source>
        <translation>Solo hms_lab puede recibir muestras.</translation>
    </message>
    <message>
        <source>Only hms_lab may release laboratory results.</source>
        <translation>Solo hms_lab puede publicar resultados de laboratorio.</translation>
    </message>
    <message>
        <source>Only a released result is corrected (before release, enter a new result).</source>
        <translation>Solo se corrige un resultado publicado (antes de publicarlo, introduzca un nuevo resultado).</translation>
    </message>
    <message>
        <source>Result code {0} does not match the ordered test {1} of order {2}.</source>
        <translation>El código de resultado {0} no corresponde a la prueba solicitada {1} de la petición {2}.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a number ({1} is reported as a number in {2}).</source>
        <translation>«{0}» no es un número ({1} se informa como número en {2}).</translation>
    </message>
    <message>
        <source>Order {0} already has a result: replacing it needs a reason.</source>
        <translation>La petición {0} ya tiene un resultado: para sustituirlo, indique un motivo.</translation>
    </message>
    <message>
        <source>A {0} result cannot become {1}.</source>
        <translation>Un resultado en estado «{0}» no puede pasar al estado «{1}».</translation>
    </message>
    <message>
        <source>Only a resulted order can be verified.</source>
        <translation>Solo puede validarse una petición con resultado.</translation>
    </message>
    <message>
        <source>A second person verifies a result: you entered this one.</source>
        <translation>Una segunda persona valida el resultado: usted introdujo este.</translation>
    </message>
    <message>
        <source>Only hms_lab may send orders to the LIS.</source>
        <translation>Solo hms_lab puede enviar peticiones al SIL.</translation>
    </message>
    <message>
        <source>Specimen {0} was already received at {1}.</source>
        <translation>La muestra {0} ya se recibió el {1}.</translation>
    </message>
    <message>
        <source>No specimen with accession number {0}.</source>
        <translation>No hay ninguna muestra con el número de registro {0}.</translation>
    </message>
    <message>
        <source>Specimens are collected from one patient at a time.</source>
        <translation>Las muestras se extraen de un solo paciente cada vez.</translation>
    </message>
    <message>
        <source>Only staff may run the escalation.</source>
        <translation>Solo el personal puede ejecutar el escalado.</translation>
    </message>
    <message>
        <source>{0} has {1} order(s) in the lab: its unit and value type change once they are released or cancelled.</source>
        <translation>{0} tiene {1} petición(es) en el laboratorio: su unidad y su tipo de valor cambiarán cuando se publiquen o se anulen.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not an orderable test or panel.</source>
        <translation>«{0}» no es una prueba ni un perfil que se pueda solicitar.</translation>
    </message>
    <message>
        <source>Tests are ordered on an open encounter (this one is {0}).</source>
        <translation>Las pruebas se solicitan en un episodio abierto (este está en estado «{0}»).</translation>
    </message>
    <message>
        <source>Unit &quot;{0}&quot; does not match the catalog unit &quot;{1}&quot; of {2}.</source>
        <translation>La unidad «{0}» no coincide con la unidad del catálogo «{1}» de {2}.</translation>
    </message>
    <message>
        <source>Unknown acknowledgment code &quot;{0}&quot;.</source>
        <translation>Código de acuse desconocido «{0}».</translation>
    </message>
    <message>
        <source>Unknown lab order.</source>
        <translation>Petición de laboratorio desconocida.</translation>
    </message>
    <message>
        <source>Only a verified order can be released.</source>
        <translation>Solo puede publicarse una petición validada.</translation>
    </message>
    <message>
        <source>Only hms_lab may verify laboratory results.</source>
        <translation>Solo hms_lab puede validar resultados de laboratorio.</translation>
    </message>
    <message>
        <source>Notification {0} is already acknowledged.</source>
        <translation>La notificación {0} ya se ha confirmado.</translation>
    </message>
    <message>
        <source>An active prescription is completed or cancelled.</source>
        <translation>Una prescripción activa pasa a completada o anulada.</translation>
    </message>
    <message>
        <source>An adjustment changes the quantity (+ found, - missing or damaged).</source>
        <translation>Un ajuste cambia la cantidad (+ encontrado, - faltante o dañado).</translation>
    </message>
    <message>
        <source>An adjustment of {0} units is more than a lot can hold.</source>
        <translation>Un ajuste de {0} unidades supera lo que puede contener un lote.</translation>
    </message>
    <message>
        <source>Cancelling a prescription needs a reason of at least 5 characters.</source>
        <translation>Anular una prescripción necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Dispense {0} was already returned.</source>
        <translation>La dispensación {0} ya se devolvió.</translation>
    </message>
    <message>
        <source>Dispense between 1 and {0} units for prescription {1} (asked: {2}).</source>
        <translation>Dispense entre 1 y {0} unidades para la prescripción {1} (solicitado: {2}).</translation>
    </message>
    <message>
        <source>No dispense with id {0}.</source>
        <translation>No hay ninguna dispensación con el identificador {0}.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card first.</source>
        <translation>Escanee primero la pulsera o el documento de identidad del paciente.</translation>
    </message>
    <message>
        <source>WRONG DRUG: lot {0} is {1}, the prescription is for {2} {3} {4}.</source>
        <translation>MEDICAMENTO EQUIVOCADO: el lote {0} es {1}, la prescripción es de {2} {3} {4}.</translation>
    </message>
    <message>
        <source>WRONG PATIENT: the scanned MRN {0} is not the MRN of prescription {1} ({2}).</source>
        <translation>PACIENTE EQUIVOCADO: el NHC escaneado {0} no es el NHC de la prescripción {1} ({2}).</translation>
    </message>
    <message>
        <source>Drug {0} is not in the formulary (or no longer prescribable).</source>
        <translation>El medicamento {0} no está en la guía farmacoterapéutica (o ya no se puede prescribir).</translation>
    </message>
    <message>
        <source>No drug with id {0}.</source>
        <translation>No hay ningún medicamento con el identificador {0}.</translation>
    </message>
    <message>
        <source>No drug with id {0} in the formulary.</source>
        <translation>No hay ningún medicamento con el identificador {0} en la guía farmacoterapéutica.</translation>
    </message>
    <message>
        <source>A goods receipt is of at least 1 unit.</source>
        <translation>Una recepción de mercancía es de al menos 1 unidad.</translation>
    </message>
    <message>
        <source>Ingredient ATC codes look like J01CA04 (got {0}).</source>
        <translation>Los códigos ATC de los principios activos son como J01CA04 (recibido: {0}).</translation>
    </message>
    <message>
        <source>No active location with id {0}.</source>
        <translation>No hay ninguna ubicación activa con el identificador {0}.</translation>
    </message>
    <message>
        <source>Lot {0} is already empty.</source>
        <translation>El lote {0} ya está vacío.</translation>
    </message>
    <message>
        <source>The lot is already at that location.</source>
        <translation>El lote ya está en esa ubicación.</translation>
    </message>
    <message>
        <source>Lot {0} expired on {1}: do not dispense it (write it off).</source>
        <translation>El lote {0} caducó el {1}: no lo dispense (dé de baja el lote).</translation>
    </message>
    <message>
        <source>Lot {0} expired on {1}: write it off instead.</source>
        <translation>El lote {0} caducó el {1}: dé de baja el lote en su lugar.</translation>
    </message>
    <message>
        <source>A lot&apos;s drug, location, number and expiry do not change.</source>
        <translation>El medicamento, la ubicación, el número y la caducidad de un lote no cambian.</translation>
    </message>
    <message>
        <source>No lot with id {0}.</source>
        <translation>No hay ningún lote con el identificador {0}.</translation>
    </message>
    <message>
        <source>Lot {0} of {1} {2} is not in stock here ({3}).</source>
        <translation>El lote {0} de {1} {2} no está en existencias aquí ({3}).</translation>
    </message>
    <message>
        <source>Lot {0} is recorded with expiry {1}, not {2}.</source>
        <translation>El lote {0} está registrado con caducidad {1}, no {2}.</translation>
    </message>
    <message>
        <source>Lot {0} has only {1} units: an adjustment of {2} would make it negative.</source>
        <translation>El lote {0} solo tiene {1} unidades: un ajuste de {2} lo dejaría en negativo.</translation>
    </message>
    <message>
        <source>A new lot starts empty: stock arrives by a receipt movement.</source>
        <translation>Un lote nuevo empieza vacío: las existencias llegan mediante un movimiento de recepción.</translation>
    </message>
    <message>
        <source>No care relationship with patient {0}.</source>
        <translation>No hay relación asistencial con el paciente {0}.</translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the dispense cannot be charged.</source>
        <translation>No hay precio para {0} válido el {1}: la dispensación no puede facturarse.</translation>
    </message>
    <message>
        <source>Not enough stock in lot {0} for a movement of {1} units.</source>
        <translation>No hay existencias suficientes en el lote {0} para un movimiento de {1} unidades.</translation>
    </message>
    <message>
        <source>Not enough stock: lot {0} has {1} {2} left, {3} asked.</source>
        <translation>Existencias insuficientes: en el lote {0} quedan {1} {2}, se han pedido {3}.</translation>
    </message>
    <message>
        <source>Only pharmacists adjust stock.</source>
        <translation>Solo los farmacéuticos ajustan existencias.</translation>
    </message>
    <message>
        <source>Only pharmacists dispense.</source>
        <translation>Solo los farmacéuticos dispensan.</translation>
    </message>
    <message>
        <source>Only pharmacists receive goods.</source>
        <translation>Solo los farmacéuticos reciben mercancía.</translation>
    </message>
    <message>
        <source>Only pharmacists take returns.</source>
        <translation>Solo los farmacéuticos recogen devoluciones.</translation>
    </message>
    <message>
        <source>Only pharmacists transfer stock.</source>
        <translation>Solo los farmacéuticos trasladan existencias.</translation>
    </message>
    <message>
        <source>Only pharmacists write off stock.</source>
        <translation>Solo los farmacéuticos dan de baja existencias.</translation>
    </message>
    <message>
        <source>Prescription {0} is {1} and cannot change.</source>
        <translation>La prescripción {0} está en estado «{1}» y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Prescription {0} is fully dispensed.</source>
        <translation>La prescripción {0} está completamente dispensada.</translation>
    </message>
    <message>
        <source>No prescription with id {0}.</source>
        <translation>No hay ninguna prescripción con el identificador {0}.</translation>
    </message>
    <message>
        <source>Prescription {0} is {1}: nothing is dispensed.</source>
        <translation>La prescripción {0} está en estado «{1}»: no se dispensa nada.</translation>
    </message>
    <message>
        <source>Prescription stopped: {0}.</source>
        <translation>Prescripción bloqueada: {0}.</translation>
    </message>
    <message>
        <source>A return needs a reason of at least 5 characters.</source>
        <translation>Una devolución necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Scan the pack (its lot number) first.</source>
        <translation>Escanee primero el envase (su número de lote).</translation>
    </message>
    <message>
        <source>A stock adjustment needs a reason of at least 5 characters.</source>
        <translation>Un ajuste de existencias necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Stock expired on {0} is not received.</source>
        <translation>No se reciben existencias caducadas el {0}.</translation>
    </message>
    <message>
        <source>No active stock location &quot;{0}&quot;.</source>
        <translation>No existe la ubicación de existencias activa «{0}».</translation>
    </message>
    <message>
        <source>Stock movements are never changed or deleted: record a correcting movement instead.</source>
        <translation>Los movimientos de existencias nunca se modifican ni se borran: registre en su lugar un movimiento de corrección.</translation>
    </message>
    <message>
        <source>Stock quantities change only by stock movements (receipt, transfer, adjustment, write-off, dispense, return).</source>
        <translation>Las cantidades en existencias solo cambian mediante movimientos (recepción, traslado, ajuste, baja, dispensación, devolución).</translation>
    </message>
    <message>
        <source>Transfer between 1 and {0} units of lot {1}.</source>
        <translation>Traslade entre 1 y {0} unidades del lote {1}.</translation>
    </message>
    <message>
        <source>A transfer needs a reason of at least 5 characters.</source>
        <translation>Un traslado necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Unknown frequency &quot;{0}&quot; (one of: {1}).</source>
        <translation>Frecuencia desconocida «{0}» (una de: {1}).</translation>
    </message>
    <message>
        <source>A write-off needs a reason of at least 5 characters.</source>
        <translation>Una baja necesita un motivo de al menos 5 caracteres.</translation>
    </message>
    <message>
        <source>Only active staff search patients.</source>
        <translation>Solo el personal en activo busca pacientes.</translation>
    </message>
    <message>
        <source>Only administrators decide duplicate pairs.</source>
        <translation>Solo los administradores resuelven los pares de duplicados.</translation>
    </message>
    <message>
        <source>Only administrators may merge patient records.</source>
        <translation>Solo los administradores pueden fusionar historias de pacientes.</translation>
    </message>
    <message>
        <source>Only administrators review duplicate pairs.</source>
        <translation>Solo los administradores revisan los pares de duplicados.</translation>
    </message>
    <message>
        <source>Only administrators scan the registry for duplicates.</source>
        <translation>Solo los administradores buscan duplicados en el registro.</translation>
    </message>
    <message>
        <source>Only administrators may undo a patient merge.</source>
        <translation>Solo los administradores pueden deshacer una fusión de pacientes.</translation>
    </message>
    <message>
        <source>The birth date is exact, year only or estimated.</source>
        <translation>La fecha de nacimiento es exacta, solo el año o estimada.</translation>
    </message>
    <message>
        <source>Birth date {0} is in the future.</source>
        <translation>La fecha de nacimiento {0} está en el futuro.</translation>
    </message>
    <message>
        <source>The birth date is required (the year, or an estimate, if that is all that is known).</source>
        <translation>La fecha de nacimiento es obligatoria (el año, o una estimación, si es todo lo que se sabe).</translation>
    </message>
    <message>
        <source>Decide a pair as merged or distinct, not {0}.</source>
        <translation>Resuelva un par como fusionado o distinto, no «{0}».</translation>
    </message>
    <message>
        <source>A decision on a duplicate pair needs a reason of at least 10 characters.</source>
        <translation>Una decisión sobre un par de duplicados necesita un motivo de al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>A reason is required to change a patient&apos;s demographics.</source>
        <translation>Hace falta un motivo para cambiar los datos demográficos de un paciente.</translation>
    </message>
    <message>
        <source>No patient with id {0} (the duplicate).</source>
        <translation>No hay ningún paciente con el identificador {0} (el duplicado).</translation>
    </message>
    <message>
        <source>Duplicate pair {0} was already decided ({1}).</source>
        <translation>El par de duplicados {0} ya se resolvió ({1}).</translation>
    </message>
    <message>
        <source>No duplicate pair {0}.</source>
        <translation>No existe el par de duplicados {0}.</translation>
    </message>
    <message>
        <source>Duplicate scan {0} is not open.</source>
        <translation>La búsqueda de duplicados {0} no está abierta.</translation>
    </message>
    <message>
        <source>Give an estimated age in years, from 0 to 120.</source>
        <translation>Indique una edad estimada en años, de 0 a 120.</translation>
    </message>
    <message>
        <source>The given name and the family name are required.</source>
        <translation>El nombre y los apellidos son obligatorios.</translation>
    </message>
    <message>
        <source>The lowest score to queue must be above 0 and at most 1, not {0}.</source>
        <translation>La puntuación mínima para la cola debe ser mayor que 0 y como máximo 1, no {0}.</translation>
    </message>
    <message>
        <source>Merge {0} was already undone at {1}.</source>
        <translation>La fusión {0} ya se deshizo el {1}.</translation>
    </message>
    <message>
        <source>Cannot merge patients: {0}.</source>
        <translation>No se pueden fusionar los pacientes: {0}.</translation>
    </message>
    <message>
        <source>Merge {0} moved rows of {1}.{2}, which no longer references registry.patient by {3}.</source>
        <translation>La fusión {0} movió filas de {1}.{2}, que ya no hace referencia a registry.patient mediante {3}.</translation>
    </message>
    <message>
        <source>A merge needs a reason of at least 10 characters.</source>
        <translation>Una fusión necesita un motivo de al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Merge {0}: not every recorded row of {1}.{2} reached patient {3}.</source>
        <translation>Fusión {0}: no todas las filas registradas de {1}.{2} llegaron al paciente {3}.</translation>
    </message>
    <message>
        <source>No patient merge with id {0}.</source>
        <translation>No hay ninguna fusión de pacientes con el identificador {0}.</translation>
    </message>
    <message>
        <source>Merge {0}: {1} rows of {2}.{3} still reference patient {4}.</source>
        <translation>Fusión {0}: {1} filas de {2}.{3} aún hacen referencia al paciente {4}.</translation>
    </message>
    <message>
        <source>Merge {0} cannot be undone exactly: {1} of the {2} rows of {3}.{4} it moved no longer belong to patient {5}.</source>
        <translation>La fusión {0} no puede deshacerse exactamente: {1} de las {2} filas de {3}.{4} que movió ya no pertenecen al paciente {5}.</translation>
    </message>
    <message>
        <source>MRN and creation data of a patient never change.</source>
        <translation>El NHC y los datos de creación de un paciente nunca cambian.</translation>
    </message>
    <message>
        <source>The note is too long ({0} characters, at most 500).</source>
        <translation>La nota es demasiado larga ({0} caracteres, como máximo 500).</translation>
    </message>
    <message>
        <source>A page has 1 to 500 patients.</source>
        <translation>Una página tiene de 1 a 500 pacientes.</translation>
    </message>
    <message>
        <source>Patient {0} cannot be merged into itself.</source>
        <translation>El paciente {0} no puede fusionarse consigo mismo.</translation>
    </message>
    <message>
        <source>Patient {0} ({1}) was merged into patient {2}: open that record.</source>
        <translation>El paciente {0} ({1}) se fusionó con el paciente {2}: abra ese registro.</translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is already identified: correct the demographics instead.</source>
        <translation>El paciente {0} (NHC {1}) ya está identificado: corrija en su lugar los datos demográficos.</translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is already merged into patient {2}.</source>
        <translation>El paciente {0} (NHC {1}) ya está fusionado con el paciente {2}.</translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is itself merged into patient {2}: merge into the surviving record.</source>
        <translation>El paciente {0} (NHC {1}) está a su vez fusionado con el paciente {2}: fusione con el registro que se conserva.</translation>
    </message>
    <message>
        <source>Patient {0} is not linked to patient {1} as merge {2} left it.</source>
        <translation>El paciente {0} no está vinculado al paciente {1} como lo dejó la fusión {2}.</translation>
    </message>
    <message>
        <source>Patient {0} (the survivor of merge {1}) was merged into patient {2} afterwards: undo merge {3} first.</source>
        <translation>El paciente {0} (el conservado en la fusión {1}) se fusionó después con el paciente {2}: deshaga primero la fusión {3}.</translation>
    </message>
    <message>
        <source>A phone number to search for has at least 7 digits.</source>
        <translation>Un número de teléfono para buscar tiene al menos 7 dígitos.</translation>
    </message>
    <message>
        <source>Only reception, clinicians and administrators read a patient&apos;s history.</source>
        <translation>Solo admisión, los clínicos y los administradores consultan el historial de un paciente.</translation>
    </message>
    <message>
        <source>Only reception records who an unidentified patient is.</source>
        <translation>Solo admisión registra quién es un paciente no identificado.</translation>
    </message>
    <message>
        <source>Only reception registers patients.</source>
        <translation>Solo admisión registra pacientes.</translation>
    </message>
    <message>
        <source>The registry has {0} patients: scan it with hms-admin find-duplicates (parallel, with progress), not from the screen (up to {1} patients).</source>
        <translation>El registro tiene {0} pacientes: busque duplicados con hms-admin find-duplicates (en paralelo, con progreso), no desde la pantalla (hasta {1} pacientes).</translation>
    </message>
    <message>
        <source>Say how the patient was identified (at least 5 characters).</source>
        <translation>Indique cómo se identificó al paciente (al menos 5 caracteres).</translation>
    </message>
    <message>
        <source>Say which patient survives and which is the duplicate.</source>
        <translation>Indique qué paciente se conserva y cuál es el duplicado.</translation>
    </message>
    <message>
        <source>Say which of patients {0} and {1} survives the merge.</source>
        <translation>Indique cuál de los pacientes {0} y {1} se conserva en la fusión.</translation>
    </message>
    <message>
        <source>Your role does not see phone numbers or national IDs, so it cannot search by them.</source>
        <translation>Su rol no ve los números de teléfono ni los documentos nacionales de identidad, así que no puede buscar por ellos.</translation>
    </message>
    <message>
        <source>Sex must be female, male, other or unknown (unknown when nobody can tell).</source>
        <translation>El sexo debe ser femenino, masculino, otro o desconocido (desconocido cuando nadie puede decirlo).</translation>
    </message>
    <message>
        <source>No patient with id {0} (the survivor).</source>
        <translation>No hay ningún paciente con el identificador {0} (el que se conserva).</translation>
    </message>
    <message>
        <source>Undoing a merge needs a reason of at least 10 characters.</source>
        <translation>Deshacer una fusión necesita un motivo de al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Unmerge {0}: not every recorded row of {1}.{2} went back to patient {3}.</source>
        <translation>Deshacer la fusión {0}: no todas las filas registradas de {1}.{2} volvieron al paciente {3}.</translation>
    </message>
    <message>
        <source>An appointment is in the department of its service ({0}).</source>
        <translation>Una cita pertenece al servicio de su prestación ({0}).</translation>
    </message>
    <message>
        <source>Appointment {0} is in a department you do not work in.</source>
        <translation>La cita {0} es de un servicio en el que usted no trabaja.</translation>
    </message>
    <message>
        <source>The encounter of appointment {0} is {1}.</source>
        <translation>El episodio de la cita {0} está en estado «{1}».</translation>
    </message>
    <message>
        <source>An appointment needs a patient, a provider, a service and a start time.</source>
        <translation>Una cita necesita un paciente, un profesional, una prestación y una hora de inicio.</translation>
    </message>
    <message>
        <source>Appointment {0} is neither yours nor in one of your departments.</source>
        <translation>La cita {0} no es suya ni de uno de sus servicios.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: no consultation can start.</source>
        <translation>La cita {0} está en estado «{1}»: no puede empezar ninguna consulta.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only booked or checked-in appointments can be cancelled.</source>
        <translation>La cita {0} está en estado «{1}»: solo se pueden anular citas reservadas o con llegada registrada.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only a booked appointment can be checked in.</source>
        <translation>La cita {0} está en estado «{1}»: solo se puede registrar la llegada de una cita reservada.</translation>
    </message>
    <message>
        <source>No appointment with id {0}.</source>
        <translation>No hay ninguna cita con el identificador {0}.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only a booked appointment can be a no-show.</source>
        <translation>La cita {0} está en estado «{1}»: solo una cita reservada puede marcarse como no presentada.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only booked or checked-in appointments can be rescheduled.</source>
        <translation>La cita {0} está en estado «{1}»: solo se pueden reprogramar citas reservadas o con llegada registrada.</translation>
    </message>
    <message>
        <source>Appointment {0} has not started yet (it starts at {1}).</source>
        <translation>La cita {0} aún no ha empezado (empieza a las {1}).</translation>
    </message>
    <message>
        <source>Appointment {0} is on {1}, not today.</source>
        <translation>La cita {0} es el {1}, no hoy.</translation>
    </message>
    <message>
        <source>An appointment is in_person or telemedicine, not {0}.</source>
        <translation>Una cita es presencial o por telemedicina (in_person, telemedicine), no «{0}».</translation>
    </message>
    <message>
        <source>An appointment cannot start in the past ({0}).</source>
        <translation>Una cita no puede empezar en el pasado ({0}).</translation>
    </message>
    <message>
        <source>A cancellation needs a reason of at least 3 characters.</source>
        <translation>Una anulación necesita un motivo de al menos 3 caracteres.</translation>
    </message>
    <message>
        <source>Only doctors call the next patient.</source>
        <translation>Solo los médicos llaman al siguiente paciente.</translation>
    </message>
    <message>
        <source>Only doctors start a consultation.</source>
        <translation>Solo los médicos inician una consulta.</translation>
    </message>
    <message>
        <source>Ask for 1 to 100 free slots.</source>
        <translation>Pida de 1 a 100 huecos libres.</translation>
    </message>
    <message>
        <source>Free slots need a provider and a time range.</source>
        <translation>Los huecos libres necesitan un profesional y un intervalo de tiempo.</translation>
    </message>
    <message>
        <source>Ask for at most 62 days of free slots at a time.</source>
        <translation>Pida como máximo 62 días de huecos libres cada vez.</translation>
    </message>
    <message>
        <source>Name a service, a provider or a department.</source>
        <translation>Indique una prestación, un profesional o un servicio.</translation>
    </message>
    <message>
        <source>Patient {0} was merged into patient {1}: book the surviving record.</source>
        <translation>El paciente {0} se fusionó con el paciente {1}: reserve la cita en el registro que se conserva.</translation>
    </message>
    <message>
        <source>{0} has no session in {1} from {2} to {3}.</source>
        <translation>{0} no tiene sesión en {1} de {2} a {3}.</translation>
    </message>
    <message>
        <source>{0} is not an active doctor or nurse.</source>
        <translation>{0} no es un médico ni un enfermero en activo.</translation>
    </message>
    <message>
        <source>{0} does not work in {1}.</source>
        <translation>{0} no trabaja en {1}.</translation>
    </message>
    <message>
        <source>{0} is on leave from {1} to {2}.</source>
        <translation>{0} está de permiso del {1} al {2}.</translation>
    </message>
    <message>
        <source>Say which department&apos;s queue.</source>
        <translation>Indique la cola de qué servicio.</translation>
    </message>
    <message>
        <source>Only reception checks patients in.</source>
        <translation>Solo admisión registra la llegada de los pacientes.</translation>
    </message>
    <message>
        <source>Only reception, clinicians and administrators look for free slots.</source>
        <translation>Solo admisión, los clínicos y los administradores buscan huecos libres.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses book appointments.</source>
        <translation>Solo admisión, los médicos y el personal de enfermería reservan citas.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses cancel appointments.</source>
        <translation>Solo admisión, los médicos y el personal de enfermería anulan citas.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses record a no-show.</source>
        <translation>Solo admisión, los médicos y el personal de enfermería registran una no presentación.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses reschedule appointments.</source>
        <translation>Solo admisión, los médicos y el personal de enfermería reprograman citas.</translation>
    </message>
    <message>
        <source>Rescheduling needs a reason of at least 3 characters.</source>
        <translation>Reprogramar necesita un motivo de al menos 3 caracteres.</translation>
    </message>
    <message>
        <source>Room {0} is not an active room of {1}.</source>
        <translation>La sala {0} no es una sala activa de {1}.</translation>
    </message>
    <message>
        <source>No room with id {0}.</source>
        <translation>No hay ninguna sala con el identificador {0}.</translation>
    </message>
    <message>
        <source>Room {0} is not a room of department {1}.</source>
        <translation>La sala {0} no es una sala del servicio {1}.</translation>
    </message>
    <message>
        <source>Say which appointment.</source>
        <translation>Indique la cita.</translation>
    </message>
    <message>
        <source>The service {0} belongs to another department.</source>
        <translation>La prestación {0} pertenece a otro servicio.</translation>
    </message>
    <message>
        <source>The service {0} is no longer offered.</source>
        <translation>La prestación {0} ya no se ofrece.</translation>
    </message>
    <message>
        <source>No service with id {0}.</source>
        <translation>No hay ninguna prestación con el identificador {0}.</translation>
    </message>
    <message>
        <source>The service {0} is not offered by telemedicine.</source>
        <translation>La prestación {0} no se ofrece por telemedicina.</translation>
    </message>
    <message>
        <source>Sessions and leave are for active doctors and nurses, not staff member {0}.</source>
        <translation>Las sesiones y los permisos son para médicos y personal de enfermería en activo, no para el miembro del personal {0}.</translation>
    </message>
    <message>
        <source>This slot was just taken.</source>
        <translation>Este hueco se acaba de ocupar.</translation>
    </message>
    <message>
        <source>{0} does not work in department {1}.</source>
        <translation>{0} no trabaja en el servicio {1}.</translation>
    </message>
    <message>
        <source>You do not work in department {0}.</source>
        <translation>Usted no trabaja en el servicio {0}.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>administrativo</translation>
    </message>
    <message>
        <source>against advice</source>
        <translation>alta voluntaria contra criterio médico</translation>
    </message>
    <message>
        <source>against_advice</source>
        <translation>alta voluntaria contra criterio médico</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>enmienda</translation>
    </message>
    <message>
        <source>amount paid for a claim</source>
        <translation>el importe pagado por una reclamación</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondido</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>approved amount</source>
        <translation>el importe aprobado</translation>
    </message>
    <message>
        <source>bed day</source>
        <translation>estancia diaria</translation>
    </message>
    <message>
        <source>bed_day</source>
        <translation>estancia diaria</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>break glass</source>
        <translation>acceso de urgencia</translation>
    </message>
    <message>
        <source>break_glass</source>
        <translation>acceso de urgencia</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>llegada registrada</translation>
    </message>
    <message>
        <source>checked_in</source>
        <translation>llegada registrada</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>reclamación</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>en limpieza</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>extraída</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>comunicación</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>defunción</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegado</translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation>diagnósticos</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>diagnóstico</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>descuento</translation>
    </message>
    <message>
        <source>dispensary</source>
        <translation>farmacia de dispensación</translation>
    </message>
    <message>
        <source>dispense</source>
        <translation>dispensación</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>dispensado</translation>
    </message>
    <message>
        <source>distinct</source>
        <translation>distinto</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>elegibilidad</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>urgencias</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>introducido</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>introducido por error</translation>
    </message>
    <message>
        <source>entered_in_error</source>
        <translation>introducido por error</translation>
    </message>
    <message>
        <source>extra session</source>
        <translation>sesión adicional</translation>
    </message>
    <message>
        <source>extra_session</source>
        <translation>sesión adicional</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitivo</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>follow_up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>given</source>
        <translation>administrada</translation>
    </message>
    <message>
        <source>has allergies</source>
        <translation>con alergias</translation>
    </message>
    <message>
        <source>has_allergies</source>
        <translation>con alergias</translation>
    </message>
    <message>
        <source>held</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicilio</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identificado</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>en consulta</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>in_consultation</source>
        <translation>en consulta</translation>
    </message>
    <message>
        <source>in_person</source>
        <translation>presencial</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactivo</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>hospitalización</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturado</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>emitida</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>justificado</translation>
    </message>
    <message>
        <source>lab test</source>
        <translation>prueba de laboratorio</translation>
    </message>
    <message>
        <source>lab_test</source>
        <translation>prueba de laboratorio</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>permiso</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <source>no known allergies</source>
        <translation>sin alergias conocidas</translation>
    </message>
    <message>
        <source>no show</source>
        <translation>no presentado</translation>
    </message>
    <message>
        <source>no_known_allergies</source>
        <translation>sin alergias conocidas</translation>
    </message>
    <message>
        <source>no_show</source>
        <translation>no presentado</translation>
    </message>
    <message>
        <source>not justified</source>
        <translation>no justificado</translation>
    </message>
    <message>
        <source>not_justified</source>
        <translation>no justificado</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>nursing</source>
        <translation>enfermería</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation>fuera de servicio</translation>
    </message>
    <message>
        <source>outpatient</source>
        <translation>consulta externa</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>payment total</source>
        <translation>el total del pago</translation>
    </message>
    <message>
        <source>pended</source>
        <translation>pendiente de información</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>farmacia</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>contabilizado</translation>
    </message>
    <message>
        <source>preauthorization</source>
        <translation>autorización previa</translation>
    </message>
    <message>
        <source>prescriptions</source>
        <translation>prescripciones</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>evolución</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>recepción</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>released</source>
        <translation>publicado</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>resulted</source>
        <translation>con resultado</translation>
    </message>
    <message>
        <source>return</source>
        <translation>devolución</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
    <message>
        <source>second factor</source>
        <translation>segundo factor</translation>
    </message>
    <message>
        <source>second_factor</source>
        <translation>segundo factor</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmado</translation>
    </message>
    <message>
        <source>soap</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <source>staff change</source>
        <translation>cambio de personal</translation>
    </message>
    <message>
        <source>staff_change</source>
        <translation>cambio de personal</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>store</source>
        <translation>almacén</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>sustituido</translation>
    </message>
    <message>
        <source>telemedicine</source>
        <translation>telemedicina</translation>
    </message>
    <message>
        <source>the as-of day</source>
        <translation>la fecha de referencia</translation>
    </message>
    <message>
        <source>the business day</source>
        <translation>el día hábil</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la fecha</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>el día</translation>
    </message>
    <message>
        <source>the discount</source>
        <translation>el descuento</translation>
    </message>
    <message>
        <source>the end of the approval</source>
        <translation>el fin de la autorización</translation>
    </message>
    <message>
        <source>the end of the range</source>
        <translation>el fin del intervalo</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>el primer día</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>el último día</translation>
    </message>
    <message>
        <source>the payer&apos;s payment</source>
        <translation>el pago de la aseguradora</translation>
    </message>
    <message>
        <source>the payment</source>
        <translation>el pago</translation>
    </message>
    <message>
        <source>the payment date</source>
        <translation>la fecha de pago</translation>
    </message>
    <message>
        <source>the refund</source>
        <translation>el reembolso</translation>
    </message>
    <message>
        <source>the start of the approval</source>
        <translation>el inicio de la autorización</translation>
    </message>
    <message>
        <source>the start of the range</source>
        <translation>el inicio del intervalo</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>la hora</translation>
    </message>
    <message>
        <source>the time to search from</source>
        <translation>la hora desde la que buscar</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>traslado entrante</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>traslado saliente</translation>
    </message>
    <message>
        <source>transfer_in</source>
        <translation>traslado entrante</translation>
    </message>
    <message>
        <source>transfer_out</source>
        <translation>traslado saliente</translation>
    </message>
    <message>
        <source>unidentified</source>
        <translation>no identificado</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>sin conciliar</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>validado</translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation>signos vitales</translation>
    </message>
    <message>
        <source>void</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>planta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>write off</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>write_off</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>A fluid volume is charted in millilitres, from 1 to 5000 ml per entry.</source>
        <translation>Un volumen de líquido se anota en mililitros, de 1 a 5000 ml por entrada.</translation>
    </message>
    <message>
        <source>Choose a route that fits the direction (intake: oral, IV, enteral, blood, other; output: urine, vomit, drain, stool, aspirate, other).</source>
        <translation>Elija una vía acorde con la dirección (entrada: oral, IV, enteral, sangre, otra; salida: orina, vómito, drenaje, heces, aspirado, otra).</translation>
    </message>
    <message>
        <source>This age band overlaps another reference range of the same test and sex.</source>
        <translation>Este tramo de edad se solapa con otro intervalo de referencia de la misma prueba y el mismo sexo.</translation>
    </message>
    <message>
        <source>The low limit must not be above the high limit.</source>
        <translation>El límite inferior no debe ser mayor que el límite superior.</translation>
    </message>
    <message>
        <source>Critical limits lie outside the reference range (critical low ≤ low, critical high ≥ high).</source>
        <translation>Los límites críticos quedan fuera del intervalo de referencia (crítico bajo ≤ bajo, crítico alto ≥ alto).</translation>
    </message>
    <message>
        <source>The age band must start at 0 or later and end after it starts.</source>
        <translation>El tramo de edad debe empezar en 0 o más y terminar después de empezar.</translation>
    </message>
    <message>
        <source>A patient with this national ID is already registered. Search for them instead.</source>
        <translation>Ya hay un paciente registrado con este documento nacional de identidad. Búsquelo en su lugar.</translation>
    </message>
    <message>
        <source>This MRN is already in use.</source>
        <translation>Este NHC ya está en uso.</translation>
    </message>
    <message>
        <source>The birth date is not possible (in the future or before 1880).</source>
        <translation>La fecha de nacimiento no es posible (en el futuro o antes de 1880).</translation>
    </message>
    <message>
        <source>The given name must have 1 to 100 characters.</source>
        <translation>El nombre debe tener de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>The family name must have 1 to 100 characters.</source>
        <translation>Los apellidos deben tener de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>Choose female, male, other or unknown.</source>
        <translation>Elija femenino, masculino, otro o desconocido.</translation>
    </message>
    <message>
        <source>A national ID has 4 to 32 letters, digits or dashes.</source>
        <translation>Un documento nacional de identidad tiene de 4 a 32 letras, dígitos o guiones.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, (, ), ., / or - only.</source>
        <translation>Un número de teléfono solo contiene dígitos, espacios, +, (, ), ., / o -.</translation>
    </message>
    <message>
        <source>The address is too long (300 characters at most).</source>
        <translation>La dirección es demasiado larga (300 caracteres como máximo).</translation>
    </message>
    <message>
        <source>A postal code has 2 to 12 letters, digits, spaces or dashes.</source>
        <translation>Un código postal tiene de 2 a 12 letras, dígitos, espacios o guiones.</translation>
    </message>
    <message>
        <source>Say whether the birth date is exact, only the year, or an estimated age.</source>
        <translation>Indique si la fecha de nacimiento es exacta, solo el año o una edad estimada.</translation>
    </message>
    <message>
        <source>When only the year of birth is known, the birth date is stored as 1 July of it.</source>
        <translation>Cuando solo se conoce el año de nacimiento, la fecha de nacimiento se guarda como el 1 de julio de ese año.</translation>
    </message>
    <message>
        <source>This patient is unidentified: record who they are with &apos;Identify…&apos;, not by correcting the name (and a national ID identifies them).</source>
        <translation>Este paciente no está identificado: registre quién es con «Identificar…», no corrigiendo el nombre (un documento nacional de identidad también lo identifica).</translation>
    </message>
    <message>
        <source>The note has 1 to 500 characters.</source>
        <translation>La nota tiene de 1 a 500 caracteres.</translation>
    </message>
    <message>
        <source>Names, the address and the note cannot contain invisible control characters (often pasted from another program). Retype them.</source>
        <translation>Los nombres, la dirección y la nota no pueden contener caracteres de control invisibles (a menudo pegados desde otro programa). Vuelva a escribirlos.</translation>
    </message>
    <message>
        <source>This temporary alias is already in use.</source>
        <translation>Este alias temporal ya está en uso.</translation>
    </message>
    <message>
        <source>A lot number has 1 to 30 letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos;, as printed on the pack.</source>
        <translation>Un número de lote tiene de 1 a 30 letras, dígitos, «.», «/» o «-», tal como aparece impreso en el envase.</translation>
    </message>
    <message>
        <source>Write the note first (at most 100,000 characters).</source>
        <translation>Redacte primero la nota (como máximo 100 000 caracteres).</translation>
    </message>
    <message>
        <source>Give the substance (at most 200 characters).</source>
        <translation>Indique la sustancia (como máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>The reaction has at most 500 characters.</source>
        <translation>La reacción tiene como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>Choose the category: drug, food, environment or other.</source>
        <translation>Elija la categoría: medicamento, alimento, ambiental u otra.</translation>
    </message>
    <message>
        <source>The note has at most 200 characters.</source>
        <translation>La nota tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The clinical information has at most 1,000 characters.</source>
        <translation>La información clínica tiene como máximo 1000 caracteres.</translation>
    </message>
    <message>
        <source>Give the reason for admission (3 to 500 characters).</source>
        <translation>Indique el motivo del ingreso (de 3 a 500 caracteres).</translation>
    </message>
    <message>
        <source>Give the reason (3 to 300 characters).</source>
        <translation>Indique el motivo (de 3 a 300 caracteres).</translation>
    </message>
    <message>
        <source>The reason has at most 300 characters.</source>
        <translation>El motivo tiene como máximo 300 caracteres.</translation>
    </message>
    <message>
        <source>A department code is 2 to 20 capital letters, digits or _, starting with a letter.</source>
        <translation>Un código de servicio tiene de 2 a 20 mayúsculas, dígitos o _, y empieza por una letra.</translation>
    </message>
    <message>
        <source>The department name must have 1 to 120 characters.</source>
        <translation>El nombre del servicio debe tener de 1 a 120 caracteres.</translation>
    </message>
    <message>
        <source>A code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation>Un código tiene de 2 a 32 mayúsculas, dígitos, - o _, y empieza por una letra.</translation>
    </message>
    <message>
        <source>The name must have 1 to 200 characters.</source>
        <translation>El nombre debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>A service lasts 5 to 480 minutes.</source>
        <translation>Una prestación dura de 5 a 480 minutos.</translation>
    </message>
    <message>
        <source>A price code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation>Un código de precio tiene de 2 a 32 mayúsculas, dígitos, - o _, y empieza por una letra.</translation>
    </message>
    <message>
        <source>A room code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation>Un código de sala tiene de 2 a 32 mayúsculas, dígitos, - o _, y empieza por una letra.</translation>
    </message>
    <message>
        <source>The room name must have 1 to 200 characters.</source>
        <translation>El nombre de la sala debe tener de 1 a 200 caracteres.</translation>
    </message>
    <message>
        <source>A price code is 2 to 40 capital letters, digits or -, starting with a letter.</source>
        <translation>Un código de precio tiene de 2 a 40 mayúsculas, dígitos o -, y empieza por una letra.</translation>
    </message>
    <message>
        <source>A price is more than 0.</source>
        <translation>Un precio es mayor que 0.</translation>
    </message>
    <message>
        <source>A currency is three capital letters (e.g. GBP).</source>
        <translation>Una moneda son tres letras mayúsculas (por ejemplo, GBP).</translation>
    </message>
    <message>
        <source>A group is 2 to 40 lower-case letters, digits or _, starting with a letter (e.g. consultation).</source>
        <translation>Un grupo tiene de 2 a 40 minúsculas, dígitos o _, y empieza por una letra (por ejemplo, consultation).</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment (5 to 500 characters).</source>
        <translation>Indique el motivo del ajuste (de 5 a 500 caracteres).</translation>
    </message>
    <message>
        <source>This invoice already has a claim.</source>
        <translation>Esta factura ya tiene una reclamación.</translation>
    </message>
    <message>
        <source>Your cash for this day is already closed.</source>
        <translation>Su caja de este día ya está cerrada.</translation>
    </message>
    <message>
        <source>The patient already has an active coverage in this period: end or cancel it first.</source>
        <translation>El paciente ya tiene una cobertura activa en este periodo: termínela o anúlela primero.</translation>
    </message>
    <message>
        <source>A member number has 4 to 32 capital letters, digits or dashes.</source>
        <translation>Un número de afiliado tiene de 4 a 32 mayúsculas, dígitos o guiones.</translation>
    </message>
    <message>
        <source>A test with this LOINC code is already in the catalog: search for it and edit it instead.</source>
        <translation>Ya hay en el catálogo una prueba con este código LOINC: búsquela y edítela en su lugar.</translation>
    </message>
    <message>
        <source>A panel with this LOINC code is already in the catalog.</source>
        <translation>Ya hay en el catálogo un perfil con este código LOINC.</translation>
    </message>
    <message>
        <source>This test is already a member of the panel.</source>
        <translation>Esta prueba ya forma parte del perfil.</translation>
    </message>
    <message>
        <source>The test name must have 1 to 255 characters.</source>
        <translation>El nombre de la prueba debe tener de 1 a 255 caracteres.</translation>
    </message>
    <message>
        <source>The short name must have 1 to 40 characters.</source>
        <translation>El nombre corto debe tener de 1 a 40 caracteres.</translation>
    </message>
    <message>
        <source>The specimen type must have 1 to 100 characters.</source>
        <translation>El tipo de muestra debe tener de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>The container must have 1 to 100 characters.</source>
        <translation>El contenedor debe tener de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>The unit has at most 40 characters, without leading or trailing spaces.</source>
        <translation>La unidad tiene como máximo 40 caracteres, sin espacios al principio ni al final.</translation>
    </message>
    <message>
        <source>A result is numeric or text.</source>
        <translation>Un resultado es numérico o de texto.</translation>
    </message>
    <message>
        <source>A test is reported with 0 to 4 decimals.</source>
        <translation>Una prueba se informa con 0 a 4 decimales.</translation>
    </message>
    <message>
        <source>The panel name must have 1 to 255 characters.</source>
        <translation>El nombre del perfil debe tener de 1 a 255 caracteres.</translation>
    </message>
    <message>
        <source>This LOINC code is already a panel in the catalog.</source>
        <translation>Este código LOINC ya es un perfil del catálogo.</translation>
    </message>
    <message>
        <source>This LOINC code is already a test in the catalog.</source>
        <translation>Este código LOINC ya es una prueba del catálogo.</translation>
    </message>
    <message>
        <source>Your session has ended: this account was locked or deactivated, or its password was changed. Log in again, or ask an administrator.</source>
        <translation>Su sesión ha terminado: esta cuenta se bloqueó o se desactivó, o se cambió su contraseña. Vuelva a iniciar sesión o consulte a un administrador.</translation>
    </message>
    <message>
        <source>The database did not allow this for your login. If you need it for your work, ask an administrator.</source>
        <translation>La base de datos no ha permitido esta acción a su usuario. Si la necesita para su trabajo, consulte a un administrador.</translation>
    </message>
    <message>
        <source>This overlaps with an existing booking.</source>
        <translation>Esto se solapa con una cita existente.</translation>
    </message>
    <message>
        <source>This would create a duplicate record.</source>
        <translation>Esto crearía un registro duplicado.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist (any more).</source>
        <translation>Esto hace referencia a un registro que no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>A field is required.</source>
        <translation>Hay un campo obligatorio.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} es obligatorio.</translation>
    </message>
    <message>
        <source>{field}: the value is not accepted (too long, too short, or not in the form it must have). Check it and try again.</source>
        <translation>{field}: el valor no se acepta (demasiado largo, demasiado corto o sin el formato que debe tener). Compruébelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The text contains an invisible control character that cannot be saved (often pasted from another program). Retype the text and try again.</source>
        <translation>El texto contiene un carácter de control invisible que no se puede guardar (a menudo pegado desde otro programa). Vuelva a escribir el texto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation>Otra persona ha cambiado esto en el mismo momento. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. It reconnects by itself; please try again in a moment.</source>
        <translation>Se ha perdido la conexión con la base de datos. Se restablece sola; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The input was refused.</source>
        <translation>Se ha rechazado la entrada.</translation>
    </message>
</context>
</TS>
