<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Adjust charge</source>
        <translation>Ajustar cargo</translation>
    </message>
    <message>
        <source>{charge}: {amount} (after earlier adjustments). The charge itself is never changed: the discount or correction is added with its reason.</source>
        <translation>{charge}: {amount} (tras ajustes anteriores). El cargo nunca se modifica: el descuento o la corrección se añade con su motivo.</translation>
    </message>
    <message>
        <source>Discount (reduces the charge)</source>
        <translation>Descuento (reduce el cargo)</translation>
    </message>
    <message>
        <source>Correction (+ or −)</source>
        <translation>Corrección (+ o −)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Importe ({currency})</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>A discount is a positive amount.</source>
        <translation>Un descuento es un importe positivo.</translation>
    </message>
    <message>
        <source>The amount cannot be zero.</source>
        <translation>El importe no puede ser cero.</translation>
    </message>
    <message>
        <source>Give a reason of at least 5 characters.</source>
        <translation>Indique un motivo de al menos 5 caracteres.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer {payer}&apos;s query</source>
        <translation>Responder a la consulta de {payer}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; asks about {subject} ({patient}):</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt; pregunta sobre la {subject} ({patient}):</translation>
    </message>
    <message>
        <source>Documents asked for: {documents}</source>
        <translation>Documentos solicitados: {documents}</translation>
    </message>
    <message>
        <source>Your answer to the payer (2 to 2000 characters)</source>
        <translation>Su respuesta a la aseguradora (de 2 a 2000 caracteres)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Añadir &amp;documento…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>En&amp;viar respuesta</translation>
    </message>
    <message>
        <source>Documents (PDF, PNG, JPEG or text; at most 10, together at most 3.5 MB)</source>
        <translation>Documentos (PDF, PNG, JPEG o texto; máximo 10, en total como máximo 3,5 MB)</translation>
    </message>
    <message>
        <source>Documents for the payer</source>
        <translation>Documentos para la aseguradora</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>Documentos (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
    <message>
        <source>At most {count} documents go with one answer.</source>
        <translation>Una respuesta lleva como máximo {count} documentos.</translation>
    </message>
    <message>
        <source>{file}: the documents would come to {size} MB; at most 3.5 MB go with one answer.</source>
        <translation>{file}: los documentos sumarían {size} MB; una respuesta lleva como máximo 3,5 MB.</translation>
    </message>
    <message>
        <source>{file} ({size} KB)</source>
        <translation>{file} ({size} KB)</translation>
    </message>
    <message>
        <source>Write an answer for the payer.</source>
        <translation>Escriba una respuesta para la aseguradora.</translation>
    </message>
    <message>
        <source>The answer is {length} characters long: a payer takes at most 2000.</source>
        <translation>La respuesta tiene {length} caracteres: la aseguradora admite como máximo 2000.</translation>
    </message>
</context>
<context>
    <name>Billing</name>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Laboratory test</source>
        <translation>Prueba de laboratorio</translation>
    </message>
    <message>
        <source>Pharmacy dispense</source>
        <translation>Dispensación de farmacia</translation>
    </message>
    <message>
        <source>Bed day</source>
        <translation>Estancia (día)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>Aprobada en parte</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulada</translation>
    </message>
</context>
<context>
    <name>BillingWorkspace</name>
    <message>
        <source>Charge</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Source (clinical event)</source>
        <translation>Origen (acto clínico)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajustado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Patient share</source>
        <translation>Parte paciente</translation>
    </message>
    <message>
        <source>Insurer share</source>
        <translation>Parte aseguradora</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
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
        <source>Unbilled</source>
        <translation>Sin facturar</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Debe</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Patients with unbilled charges, oldest first (double-click to open)</source>
        <translation>Pacientes con cargos sin facturar, los más antiguos primero (doble clic para abrir)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Buscar paciente</translation>
    </message>
    <message>
        <source>Add coverage…</source>
        <translation>Añadir cobertura…</translation>
    </message>
    <message>
        <source>Cancel coverage…</source>
        <translation>Anular cobertura…</translation>
    </message>
    <message>
        <source>Pre-a&amp;uthorisation…</source>
        <translation>Autori&amp;zación previa…</translation>
    </message>
    <message>
        <source>Ask the payer to pre-authorise items for this patient</source>
        <translation>Solicitar a la aseguradora autorización previa para este paciente</translation>
    </message>
    <message>
        <source>Bill with:</source>
        <translation>Facturar a:</translation>
    </message>
    <message>
        <source>Select all unbilled</source>
        <translation>Marcar todo lo no facturado</translation>
    </message>
    <message>
        <source>Discount / correct…</source>
        <translation>Descuento / corrección…</translation>
    </message>
    <message>
        <source>note on the invoice (optional)</source>
        <translation>nota en la factura (opcional)</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <source>Charges from clinical events (tick the ones to invoice)</source>
        <translation>Cargos de actos clínicos (marque los que va a facturar)</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>Cobrar…</translation>
    </message>
    <message>
        <source>Claim insurer&apos;s share</source>
        <translation>Reclamar la parte de la aseguradora</translation>
    </message>
    <message>
        <source>Void (credit note)…</source>
        <translation>Anular (factura rectificativa)…</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>Imprimir factura…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Devolver…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Imprimir recibo…</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Facturas y facturas rectificativas</translation>
    </message>
    <message>
        <source>Payments of the selected invoice</source>
        <translation>Cobros de la factura seleccionada</translation>
    </message>
    <message>
        <source>The payer will likely refuse:</source>
        <translation>La aseguradora probablemente rechazará:</translation>
    </message>
    <message>
        <source>• {title}: {message}</source>
        <translation>• {title}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>Account balance {owed} (patient {patient}, insurers {insurers}) · %n unbilled charge(s)</source>
        <translation>
            <numerusform>Saldo de la cuenta {owed} (paciente {patient}, aseguradoras {insurers}) · %Ln cargo sin facturar</numerusform>
            <numerusform>Saldo de la cuenta {owed} (paciente {patient}, aseguradoras {insurers}) · %Ln cargos sin facturar</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-pay (no insurance)</source>
        <translation>Pago particular (sin seguro)</translation>
    </message>
    <message numerus="yes">
        <source>{visit}   —   %n unbilled, {amount}</source>
        <translation>
            <numerusform>{visit}   —   %Ln sin facturar, {amount}</numerusform>
            <numerusform>{visit}   —   %Ln sin facturar, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>{visit}   —   all billed</source>
        <translation>{visit}   —   todo facturado</translation>
    </message>
    <message>
        <source>unbilled</source>
        <translation>sin facturar</translation>
    </message>
    <message>
        <source>on {invoice}</source>
        <translation>en {invoice}</translation>
    </message>
    <message>
        <source>void: {reason}</source>
        <translation>anulado: {reason}</translation>
    </message>
    <message>
        <source>void → {credit_note}</source>
        <translation>anulada → {credit_note}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagada</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>refund of {receipt}: {reason}</source>
        <translation>devolución de {receipt}: {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Tick the charges to invoice first (or “Select all unbilled”).</source>
        <translation>Marque primero los cargos que va a facturar (o «Marcar todo lo no facturado»).</translation>
    </message>
    <message>
        <source>Invoice issued.</source>
        <translation>Factura emitida.</translation>
    </message>
    <message>
        <source>Issuing the invoice…</source>
        <translation>Emitiendo la factura…</translation>
    </message>
    <message>
        <source>Click the charge to adjust first.</source>
        <translation>Haga clic primero en el cargo que va a ajustar.</translation>
    </message>
    <message>
        <source>Only unbilled charges are adjusted: void the invoice first to correct it.</source>
        <translation>Solo se ajustan cargos sin facturar: anule primero la factura para corregirla.</translation>
    </message>
    <message>
        <source>Discount recorded.</source>
        <translation>Descuento registrado.</translation>
    </message>
    <message>
        <source>Correction recorded.</source>
        <translation>Corrección registrada.</translation>
    </message>
    <message>
        <source>Coverage added.</source>
        <translation>Cobertura añadida.</translation>
    </message>
    <message>
        <source>Pre-authorisation queued for the payer (see Pre-authorisations).</source>
        <translation>Autorización previa en cola para la aseguradora (véase Autorizaciones previas).</translation>
    </message>
    <message>
        <source>Cancel coverage</source>
        <translation>Anular cobertura</translation>
    </message>
    <message>
        <source>Cancel {coverage}: recorded by mistake (a coverage that simply ended gets an end date instead).</source>
        <translation>Anular {coverage}: registrada por error (a una cobertura que simplemente terminó se le pone fecha de fin).</translation>
    </message>
    <message>
        <source>Coverage cancelled.</source>
        <translation>Cobertura anulada.</translation>
    </message>
    <message>
        <source>Payment of {amount} recorded.</source>
        <translation>Cobro de {amount} registrado.</translation>
    </message>
    <message>
        <source>Only a patient&apos;s payment is refunded here.</source>
        <translation>Aquí solo se devuelven pagos del paciente.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Refund (part of) {receipt}, paid by {method}.</source>
        <translation>Devolver (parte de) {receipt}, pagado con {method}.</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>Devolución registrada.</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Anular factura</translation>
    </message>
    <message>
        <source>Void {invoice}: a credit note cancels it and its charges become unbilled again. Nothing is deleted.</source>
        <translation>Anular {invoice}: una factura rectificativa la anula y sus cargos vuelven a quedar sin facturar. No se borra nada.</translation>
    </message>
    <message>
        <source>{invoice} voided; the credit note is in the list.</source>
        <translation>{invoice} anulada; la factura rectificativa está en la lista.</translation>
    </message>
    <message>
        <source>Claim created: send it from the Claims workspace.</source>
        <translation>Reclamación creada: envíela desde el área Reclamaciones.</translation>
    </message>
    <message>
        <source>Preparing the invoice…</source>
        <translation>Preparando la factura…</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Preparando el recibo…</translation>
    </message>
</context>
<context>
    <name>CashCloseWorkspace</name>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero/a</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Cobros</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>explain any difference (required when the cash does not match)</source>
        <translation>explique cualquier diferencia (obligatorio si el efectivo no cuadra)</translation>
    </message>
    <message>
        <source>Close today&apos;s cash</source>
        <translation>Cerrar la caja de hoy</translation>
    </message>
    <message>
        <source>My cash drawer today</source>
        <translation>Mi caja de hoy</translation>
    </message>
    <message>
        <source>Payments taken</source>
        <translation>Cobros realizados</translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation>Efectivo esperado en caja</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Pagos con tarjeta</translation>
    </message>
    <message>
        <source>Bank transfers</source>
        <translation>Transferencias</translation>
    </message>
    <message>
        <source>My payments today</source>
        <translation>Mis cobros de hoy</translation>
    </message>
    <message>
        <source>Recent cash closes</source>
        <translation>Últimos cierres de caja</translation>
    </message>
    <message>
        <source>Today&apos;s cash is closed</source>
        <translation>La caja de hoy está cerrada</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>cuadra</translation>
    </message>
    <message>
        <source>Cash closed for today.</source>
        <translation>Caja cerrada por hoy.</translation>
    </message>
</context>
<context>
    <name>ChargeRow</name>
    <message>
        <source>Not linked to a visit</source>
        <translation>Sin episodio asociado</translation>
    </message>
    <message>
        <source>Visit {start} · {department} · #{id}</source>
        <translation>Consulta {start} · {department} · n.º {id}</translation>
    </message>
    <message>
        <source>Stay {start} – {end} · {department} · #{id}</source>
        <translation>Ingreso {start} – {end} · {department} · n.º {id}</translation>
    </message>
    <message>
        <source>Stay {start} – (in hospital) · {department} · #{id}</source>
        <translation>Ingreso {start} – (ingresado) · {department} · n.º {id}</translation>
    </message>
    <message>
        <source>Stay {start} · {department} · #{id}</source>
        <translation>Ingreso {start} · {department} · n.º {id}</translation>
    </message>
</context>
<context>
    <name>ClaimItemVerdict</name>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>reducida</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
</context>
<context>
    <name>ClaimWarning</name>
    <message>
        <source>Pre-authorisation missing</source>
        <translation>Falta autorización previa</translation>
    </message>
    <message>
        <source>Admission not pre-authorised</source>
        <translation>Ingreso sin autorización previa</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Sin cobertura</translation>
    </message>
    <message>
        <source>Eligibility out of date</source>
        <translation>Derechos sin comprobar recientemente</translation>
    </message>
</context>
<context>
    <name>ClaimsWorkspace</name>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>At the payer</source>
        <translation>En la aseguradora</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prestación</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>Documentos solicitados</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Liquidación</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>The FHIR Claim the gateway sent and the payer&apos;s ClaimResponse appear here.</source>
        <translation>Aquí aparecen la reclamación FHIR (Claim) enviada por la pasarela y la respuesta de la aseguradora (ClaimResponse).</translation>
    </message>
    <message>
        <source>Se&amp;nd to payer</source>
        <translation>&amp;Enviar a la aseguradora</translation>
    </message>
    <message>
        <source>&amp;Ask the payer for the status</source>
        <translation>Consultar el es&amp;tado a la aseguradora</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Reen&amp;viar</translation>
    </message>
    <message>
        <source>&amp;Post payer payment…</source>
        <translation>Registrar &amp;pago de la aseguradora…</translation>
    </message>
    <message>
        <source>A payment the payer announced on paper: remittances the gateway receives are posted by themselves (Remittances workspace)</source>
        <translation>Un pago que la aseguradora comunicó en papel: las liquidaciones que recibe la pasarela se imputan solas (área Liquidaciones)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Líneas</translation>
    </message>
    <message>
        <source>Requests to the payer</source>
        <translation>Envíos a la aseguradora</translation>
    </message>
    <message>
        <source>Payer queries</source>
        <translation>Consultas de la aseguradora</translation>
    </message>
    <message>
        <source>Remittance lines</source>
        <translation>Líneas de liquidación</translation>
    </message>
    <message>
        <source>FHIR documents</source>
        <translation>Documentos FHIR</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s).</source>
        <translation>
            <numerusform>%Ln reclamación.</numerusform>
            <numerusform>%Ln reclamaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a claim.</source>
        <translation>Seleccione una reclamación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; · invoice {invoice} · {patient}</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt; · factura {invoice} · {patient}</translation>
    </message>
    <message>
        <source>Status &lt;b&gt;{status}&lt;/b&gt;; claimed {claimed}, approved {approved}, paid {paid}</source>
        <translation>Estado &lt;b&gt;{status}&lt;/b&gt;; reclamado {claimed}, aprobado {approved}, pagado {paid}</translation>
    </message>
    <message>
        <source>Status &lt;b&gt;{status}&lt;/b&gt;; claimed {claimed}</source>
        <translation>Estado &lt;b&gt;{status}&lt;/b&gt;; reclamado {claimed}</translation>
    </message>
    <message>
        <source> · payer&apos;s reference {reference}</source>
        <translation> · ref. aseguradora {reference}</translation>
    </message>
    <message>
        <source>The payer has not got this claim. Correct what the reason names (the patient&apos;s coverage, the payer&apos;s item codes), then press Send again. If it names no reason, tell IT: the insurance gateway&apos;s log says more.</source>
        <translation>La aseguradora no ha recibido esta reclamación. Corrija lo que indica el motivo (la cobertura del paciente, los códigos de la aseguradora) y pulse Reenviar. Si no indica motivo, avise a Informática: el registro de la pasarela da más detalles.</translation>
    </message>
    <message>
        <source>The insurance gateway sends it within a minute; nothing to do.</source>
        <translation>La pasarela la envía en menos de un minuto; no hay que hacer nada.</translation>
    </message>
    <message>
        <source>The payer decides later; this page shows the answer when it comes.</source>
        <translation>La aseguradora decidirá más adelante; esta página mostrará la respuesta cuando llegue.</translation>
    </message>
    <message>
        <source>At the payer: {state}</source>
        <translation>En la aseguradora: {state}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message numerus="yes">
        <source>Payer queries (%n open)</source>
        <translation>
            <numerusform>Consultas de la aseguradora (%Ln abierta)</numerusform>
            <numerusform>Consultas de la aseguradora (%Ln abiertas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim sent:</source>
        <translation>Reclamación enviada:</translation>
    </message>
    <message>
        <source>ClaimResponse:</source>
        <translation>Respuesta (ClaimResponse):</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviada.</translation>
    </message>
    <message>
        <source>Before sending the claim</source>
        <translation>Antes de enviar la reclamación</translation>
    </message>
    <message>
        <source>The payer will likely refuse part of claim {claim}:</source>
        <translation>La aseguradora probablemente rechazará parte de la reclamación {claim}:</translation>
    </message>
    <message>
        <source>• {title}: {message}</source>
        <translation>• {title}: {message}</translation>
    </message>
    <message>
        <source>Send the claim anyway?</source>
        <translation>¿Enviar la reclamación de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>&amp;Enviar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Do not send</source>
        <translation>&amp;No enviar</translation>
    </message>
    <message>
        <source>Not sent: resolve the warnings first, or send anyway.</source>
        <translation>No enviada: resuelva antes los avisos o envíela de todos modos.</translation>
    </message>
    <message>
        <source>Checking the claim…</source>
        <translation>Comprobando la reclamación…</translation>
    </message>
    <message>
        <source>Claim {claim} is queued for the payer: the insurance gateway sends it and records the answer.</source>
        <translation>La reclamación {claim} está en cola para la aseguradora: la pasarela la envía y registra la respuesta.</translation>
    </message>
    <message>
        <source>Queuing the claim…</source>
        <translation>Poniendo la reclamación en cola…</translation>
    </message>
    <message>
        <source>The payer is asked where claim {claim} stands.</source>
        <translation>Se consulta a la aseguradora el estado de la reclamación {claim}.</translation>
    </message>
    <message>
        <source>Claim {claim} is queued again (the same claim: the payer registers it once).</source>
        <translation>La reclamación {claim} vuelve a estar en cola (la misma reclamación: la aseguradora la registra una sola vez).</translation>
    </message>
    <message>
        <source>Payment of {amount} from {payer} posted.</source>
        <translation>Pago de {amount} de {payer} imputado.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %Ln min</numerusform>
            <numerusform>hace %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %Ln h</numerusform>
            <numerusform>hace %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %Ln día</numerusform>
            <numerusform>hace %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s), {age}: {error}</source>
        <translation>
            <numerusform>fallida tras %Ln intento, {age}: {error}</numerusform>
            <numerusform>fallida tras %Ln intentos, {age}: {error}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Add insurance coverage</source>
        <translation>Añadir cobertura de seguro</translation>
    </message>
    <message>
        <source>The patient&apos;s insurance card: plan, member number, validity.</source>
        <translation>La tarjeta sanitaria del paciente: póliza, n.º de afiliado, validez.</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sin fecha de fin</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Póliza</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>No insurance plan is set up: an administrator adds payers and plans.</source>
        <translation>No hay pólizas configuradas: un administrador añade aseguradoras y pólizas.</translation>
    </message>
    <message>
        <source>Type the member number from the insurance card.</source>
        <translation>Escriba el n.º de afiliado de la tarjeta.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
</context>
<context>
    <name>CoverageRow</name>
    <message>
        <source>{payer} — {plan} · member {member} · {start} to open-ended</source>
        <translation>{payer} — {plan} · afiliado {member} · desde {start}, sin fin</translation>
    </message>
    <message>
        <source>{payer} — {plan} · member {member} · {start} to {end}</source>
        <translation>{payer} — {plan} · afiliado {member} · del {start} al {end}</translation>
    </message>
</context>
<context>
    <name>CoveredPatient</name>
    <message>
        <source>{name} · {mrn} · {payer} {plan}, member {member}</source>
        <translation>{name} · {mrn} · {payer} {plan}, afiliado {member}</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Check &amp;eligibility</source>
        <translation>Comprobar &amp;derechos</translation>
    </message>
    <message>
        <source>Ask the payer (through the insurance gateway) whether the patient is covered today and what benefits are left</source>
        <translation>Preguntar a la aseguradora (a través de la pasarela) si el paciente tiene cobertura hoy y qué prestaciones le quedan</translation>
    </message>
    <message>
        <source>Insurance: no patient open.</source>
        <translation>Seguro: ningún paciente abierto.</translation>
    </message>
    <message>
        <source>Insurance: loading…</source>
        <translation>Seguro: cargando…</translation>
    </message>
    <message>
        <source>Asking the payer…</source>
        <translation>Consultando a la aseguradora…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insurance:&lt;/b&gt; No insurance on file</source>
        <translation>&lt;b&gt;Seguro:&lt;/b&gt; sin seguro registrado</translation>
    </message>
    <message>
        <source>No coverage in force today: the patient pays themselves unless billing records their insurance.</source>
        <translation>Sin cobertura vigente hoy: el paciente paga por su cuenta salvo que facturación registre su seguro.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insurance:&lt;/b&gt; {payer} {plan}, member {member}</source>
        <translation>&lt;b&gt;Seguro:&lt;/b&gt; {payer} {plan}, afiliado {member}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for the payer…&lt;/i&gt; (asked {age})</source>
        <translation>&lt;i&gt;Esperando a la aseguradora…&lt;/i&gt; (consultado {age})</translation>
    </message>
    <message>
        <source>The payer could not be asked: {error}</source>
        <translation>No se pudo consultar a la aseguradora: {error}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>Press Check eligibility to ask again. If it keeps failing, the visit goes on and billing follows it up with the payer.</source>
        <translation>Pulse Comprobar derechos para volver a consultar. Si sigue fallando, la atención continúa y facturación lo resuelve con la aseguradora.</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Con cobertura</translation>
    </message>
    <message>
        <source>NOT COVERED</source>
        <translation>SIN COBERTURA</translation>
    </message>
    <message>
        <source>checked {age}</source>
        <translation>comprobado {age}</translation>
    </message>
    <message>
        <source>&lt;b&gt;out of date&lt;/b&gt; ({age}; valid {hours} h)</source>
        <translation>&lt;b&gt;caducado&lt;/b&gt; ({age}; válido {hours} h)</translation>
    </message>
    <message>
        <source>plan {plan}</source>
        <translation>póliza {plan}</translation>
    </message>
    <message>
        <source>benefit period {start} – {end}</source>
        <translation>periodo de derechos {start} – {end}</translation>
    </message>
    <message>
        <source>Left: {benefits}</source>
        <translation>Disponible: {benefits}</translation>
    </message>
    <message>
        <source>Excluded: {items}</source>
        <translation>Excluido: {items}</translation>
    </message>
    <message>
        <source>Payer: {answer}</source>
        <translation>Aseguradora: {answer}</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>Respondido el {when}</translation>
    </message>
    <message>
        <source>Not checked with the payer yet.</source>
        <translation>Aún no comprobado con la aseguradora.</translation>
    </message>
</context>
<context>
    <name>FinanceReportsWorkspace</name>
    <message>
        <source>0–30 days</source>
        <translation>0–30 días</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>más de 90 días</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Revenue per day by department</source>
        <translation>Ingresos por día y servicio</translation>
    </message>
    <message>
        <source>Revenue by department</source>
        <translation>Ingresos por servicio</translation>
    </message>
    <message>
        <source>Outstanding balances by age</source>
        <translation>Saldos pendientes por antigüedad</translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation>Reclamaciones por estado</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>&amp;Revenue and balances</source>
        <translation>&amp;Ingresos y saldos</translation>
    </message>
    <message>
        <source>&amp;Insurance claims</source>
        <translation>&amp;Reclamaciones a aseguradoras</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Invoiced (net of credit notes)</source>
        <translation>Facturado (neto de rectificativas)</translation>
    </message>
    <message>
        <source>Patients owe</source>
        <translation>Deben los pacientes</translation>
    </message>
    <message>
        <source>Insurers owe</source>
        <translation>Deben las aseguradoras</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Reclamado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Revenue {first}–{last}: &lt;b&gt;{total}&lt;/b&gt; · outstanding now: &lt;b&gt;{outstanding}&lt;/b&gt; · claims: &lt;b&gt;{claims}&lt;/b&gt;</source>
        <translation>Ingresos {first}–{last}: &lt;b&gt;{total}&lt;/b&gt; · pendiente hoy: &lt;b&gt;{outstanding}&lt;/b&gt; · reclamaciones: &lt;b&gt;{claims}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Claims approved, % of those decided</source>
        <translation>Reclamaciones aprobadas, % de las resueltas</translation>
    </message>
    <message>
        <source>Days from sending to payment (average)</source>
        <translation>Días desde el envío hasta el pago (media)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Refused by the payers, by reason</source>
        <translation>Rechazado por las aseguradoras, por motivo</translation>
    </message>
    <message>
        <source>{month} ({count})</source>
        <translation>{month} ({count})</translation>
    </message>
    <message>
        <source>Approved in full</source>
        <translation>Aprobadas en su totalidad</translation>
    </message>
    <message>
        <source>Approved in part</source>
        <translation>Aprobadas en parte</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Días de media</translation>
    </message>
    <message>
        <source>Refused amount</source>
        <translation>Importe rechazado</translation>
    </message>
    <message>
        <source>Claims decided in the period: &lt;b&gt;{decided}&lt;/b&gt; · refused by reason: &lt;b&gt;{refused}&lt;/b&gt;</source>
        <translation>Reclamaciones resueltas en el periodo: &lt;b&gt;{decided}&lt;/b&gt; · rechazado por motivo: &lt;b&gt;{refused}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Claims decided in the period: &lt;b&gt;{decided}&lt;/b&gt; · approved in full or in part: &lt;b&gt;{rate} %&lt;/b&gt; · claimed {claimed}, approved {approved} · refused by reason: &lt;b&gt;{refused}&lt;/b&gt;</source>
        <translation>Reclamaciones resueltas en el periodo: &lt;b&gt;{decided}&lt;/b&gt; · aprobadas total o parcialmente: &lt;b&gt;{rate} %&lt;/b&gt; · reclamado {claimed}, aprobado {approved} · rechazado por motivo: &lt;b&gt;{refused}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{reason} — %n item(s), {amount}</source>
        <translation>
            <numerusform>{reason} — %Ln línea, {amount}</numerusform>
            <numerusform>{reason} — %Ln líneas, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refused in the period.</source>
        <translation>Nada rechazado en el periodo.</translation>
    </message>
</context>
<context>
    <name>Insurance</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>prestación</translation>
    </message>
    <message>
        <source>{category}: {left} of {allowed} left</source>
        <translation>{category}: quedan {left} de {allowed}</translation>
    </message>
    <message>
        <source>{category}: {left} left</source>
        <translation>{category}: quedan {left}</translation>
    </message>
    <message>
        <source>{category}: {allowed} allowed, {used} used</source>
        <translation>{category}: {allowed} cubiertas, {used} usadas</translation>
    </message>
    <message>
        <source>{category}: {allowed} allowed</source>
        <translation>{category}: {allowed} cubiertas</translation>
    </message>
    <message>
        <source>{file}: only PDF, PNG, JPEG and text files can be sent to a payer.</source>
        <translation>{file}: a una aseguradora solo se pueden enviar archivos PDF, PNG, JPEG y de texto.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} está vacío.</translation>
    </message>
    <message>
        <source>{file} is {size} MB: at most 3.5 MB of documents go with one answer (scan at a lower resolution, or split it).</source>
        <translation>{file} ocupa {size} MB: una respuesta lleva como máximo 3,5 MB de documentos (escanee con menos resolución o divídalo).</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>No se puede leer {file}: {error}</translation>
    </message>
</context>
<context>
    <name>PayerClaim</name>
    <message>
        <source>Claim {id} · {invoice} · {patient} · {status}</source>
        <translation>Reclamación {id} · {invoice} · {patient} · {status}</translation>
    </message>
    <message>
        <source>Claim {id} · {invoice} · {patient} · {status} · {left} not yet paid</source>
        <translation>Reclamación {id} · {invoice} · {patient} · {status} · {left} pendiente de pago</translation>
    </message>
</context>
<context>
    <name>PayerPaymentDialog</name>
    <message>
        <source>Post the insurer&apos;s payment</source>
        <translation>Registrar el pago de la aseguradora</translation>
    </message>
    <message>
        <source>{payer} approved the claim; {amount} of it is not yet paid.</source>
        <translation>{payer} aprobó la reclamación; quedan {amount} pendientes de pago.</translation>
    </message>
    <message>
        <source>remittance advice number</source>
        <translation>n.º de la liquidación</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Importe ({currency})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>PayerQueriesWorkspace</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>Documentos solicitados</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open and answered</source>
        <translation>Abiertas y respondidas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondidas</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>answered {day}</source>
        <translation>respondida el {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n open, {answered} answered.</source>
        <translation>
            <numerusform>%Ln abierta, {answered} respondida(s).</numerusform>
            <numerusform>%Ln abiertas, {answered} respondida(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a query.</source>
        <translation>Seleccione una consulta.</translation>
    </message>
    <message>
        <source>Payer&apos;s reference {reference} · received {when}</source>
        <translation>Ref. aseguradora {reference} · recibida el {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question:&lt;/b&gt; {question}</source>
        <translation>&lt;b&gt;Pregunta:&lt;/b&gt; {question}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents asked for:&lt;/b&gt; {documents}</source>
        <translation>&lt;b&gt;Documentos solicitados:&lt;/b&gt; {documents}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered&lt;/b&gt; {when} by {who}: {answer}</source>
        <translation>&lt;b&gt;Respondida&lt;/b&gt; el {when} por {who}: {answer}</translation>
    </message>
    <message>
        <source>Sent with: {files}</source>
        <translation>Adjuntos: {files}</translation>
    </message>
    <message>
        <source>Answer queued for the payer: the insurance gateway sends it with its documents.</source>
        <translation>Respuesta en cola para la aseguradora: la pasarela la envía con sus documentos.</translation>
    </message>
    <message>
        <source>Queuing the answer…</source>
        <translation>Poniendo la respuesta en cola…</translation>
    </message>
</context>
<context>
    <name>PayerQuery</name>
    <message>
        <source>claim {id}</source>
        <translation>reclamación {id}</translation>
    </message>
    <message>
        <source>pre-authorisation {id}</source>
        <translation>autorización previa {id}</translation>
    </message>
</context>
<context>
    <name>PayerRequest</name>
    <message>
        <source>queued {age}, attempt {attempt} failed: {error}</source>
        <translation>en cola {age}, intento {attempt} fallido: {error}</translation>
    </message>
    <message>
        <source>queued {age}</source>
        <translation>en cola {age}</translation>
    </message>
    <message>
        <source>sent, waiting for the payer (sent {age})</source>
        <translation>enviada, esperando a la aseguradora (enviada {age})</translation>
    </message>
    <message>
        <source>answered {age}</source>
        <translation>respondida {age}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Invoice {invoice}: the patient owes {amount}.</source>
        <translation>Factura {invoice}: el paciente debe {amount}.</translation>
    </message>
    <message>
        <source>card authorisation or transfer reference (optional)</source>
        <translation>autorización de la tarjeta o referencia de la transferencia (opcional)</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimir el recibo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Importe ({currency})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>PreauthStatus</name>
    <message>
        <source>requested</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <source>pended by the payer</source>
        <translation>pendiente en la aseguradora</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>partly approved</source>
        <translation>aprobada en parte</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
</context>
<context>
    <name>PreauthorizationDialog</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prestación</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Request a pre-authorisation</source>
        <translation>Solicitar una autorización previa</translation>
    </message>
    <message>
        <source>name or MRN, then Return</source>
        <translation>nombre o NHC, y luego Intro</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Paciente</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>type to find an item of today&apos;s price list</source>
        <translation>escriba para buscar en la tarifa de hoy</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>I&amp;tem</source>
        <translation>Pres&amp;tación</translation>
    </message>
    <message>
        <source>Clinical reason the payer needs (diagnosis, why these items)</source>
        <translation>Motivo clínico para la aseguradora (diagnóstico, justificación)</translation>
    </message>
    <message>
        <source>Clinical &amp;reason</source>
        <translation>&amp;Motivo clínico</translation>
    </message>
    <message>
        <source>Not for an admission</source>
        <translation>Sin ingreso</translation>
    </message>
    <message>
        <source>This admission (#{admission})</source>
        <translation>Este ingreso (n.º {admission})</translation>
    </message>
    <message>
        <source>A&amp;dmission</source>
        <translation>&amp;Ingreso</translation>
    </message>
    <message>
        <source>Send re&amp;quest</source>
        <translation>En&amp;viar solicitud</translation>
    </message>
    <message>
        <source>No patient with insurance in force today matches.</source>
        <translation>Ningún paciente con seguro vigente hoy coincide.</translation>
    </message>
    <message>
        <source>Admission #{admission}: {start} – {end}</source>
        <translation>Ingreso n.º {admission}: {start} – {end}</translation>
    </message>
    <message>
        <source>Admission #{admission}: {start} – in hospital</source>
        <translation>Ingreso n.º {admission}: {start} – ingresado</translation>
    </message>
    <message>
        <source>Choose an item of today&apos;s price list.</source>
        <translation>Elija una prestación de la tarifa de hoy.</translation>
    </message>
    <message>
        <source>A pre-authorisation asks for at most 50 items.</source>
        <translation>Una autorización previa incluye como máximo 50 prestaciones.</translation>
    </message>
    <message>
        <source>Find the patient first (only patients with insurance in force today).</source>
        <translation>Busque primero al paciente (solo pacientes con seguro vigente hoy).</translation>
    </message>
    <message>
        <source>Add the items the payer should pre-authorise.</source>
        <translation>Añada las prestaciones que la aseguradora debe autorizar.</translation>
    </message>
    <message>
        <source>Give the clinical reason for the pre-authorisation.</source>
        <translation>Indique el motivo clínico de la autorización previa.</translation>
    </message>
    <message>
        <source>Queuing the pre-authorisation…</source>
        <translation>Poniendo la autorización previa en cola…</translation>
    </message>
</context>
<context>
    <name>PreauthorizationsWorkspace</name>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
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
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prestaciones</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Importe solicitado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Payer reference</source>
        <translation>Ref. aseguradora</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Válida desde</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prestación</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Payer&apos;s reason</source>
        <translation>Motivo de la aseguradora</translation>
    </message>
    <message>
        <source>&amp;Request pre-authorisation…</source>
        <translation>&amp;Solicitar autorización previa…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation>Autorización previa</translation>
    </message>
    <message>
        <source>{status} (request failed)</source>
        <translation>{status} (envío fallido)</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-authorisation(s), {waiting} waiting for the payer.</source>
        <translation>
            <numerusform>%Ln autorización previa, {waiting} esperando a la aseguradora.</numerusform>
            <numerusform>%Ln autorizaciones previas, {waiting} esperando a la aseguradora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pre-authorisation.</source>
        <translation>Seleccione una autorización previa.</translation>
    </message>
    <message>
        <source> · admission #{admission}</source>
        <translation> · ingreso n.º {admission}</translation>
    </message>
    <message>
        <source>Status {status}</source>
        <translation>Estado {status}</translation>
    </message>
    <message>
        <source> · payer&apos;s reference {reference}</source>
        <translation> · ref. aseguradora {reference}</translation>
    </message>
    <message>
        <source> · valid {start} – {end}</source>
        <translation> · válida {start} – {end}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Payer: {answer}</source>
        <translation>Aseguradora: {answer}</translation>
    </message>
    <message>
        <source>The request failed: {error}</source>
        <translation>El envío falló: {error}</translation>
    </message>
    <message>
        <source>The payer has not got it. Correct what the reason names, then request a new pre-authorisation.</source>
        <translation>La aseguradora no la ha recibido. Corrija lo que indica el motivo y solicite una nueva autorización previa.</translation>
    </message>
    <message>
        <source>Pre-authorisation queued for the payer.</source>
        <translation>Autorización previa en cola para la aseguradora.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Give a reason of at least 5 characters.</source>
        <translation>Indique un motivo de al menos 5 caracteres.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Reconcile a remittance line</source>
        <translation>Conciliar una línea de liquidación</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; remittance {reference}, line {line}: {amount} for “{claim}” — {status}</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt;, liquidación {reference}, línea {line}: {amount} para «{claim}» — {status}</translation>
    </message>
    <message>
        <source>&amp;Post against claim</source>
        <translation>&amp;Imputar a la reclamación</translation>
    </message>
    <message>
        <source>&amp;Close with a note (e.g. returned to the payer)</source>
        <translation>Ce&amp;rrar con una nota (p. ej., devuelto a la aseguradora)</translation>
    </message>
    <message>
        <source>how the line was reconciled (at least 5 characters)</source>
        <translation>cómo se concilió la línea (al menos 5 caracteres)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>C&amp;onciliar</translation>
    </message>
    <message>
        <source>Choose the claim the payment is for.</source>
        <translation>Elija la reclamación a la que corresponde el pago.</translation>
    </message>
    <message>
        <source>Say how the line was reconciled (at least 5 characters).</source>
        <translation>Indique cómo se concilió la línea (al menos 5 caracteres).</translation>
    </message>
</context>
<context>
    <name>RemittanceLineStatus</name>
    <message>
        <source>posted</source>
        <translation>imputada</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>sin casar</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>cerrada</translation>
    </message>
</context>
<context>
    <name>RemittancesWorkspace</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>To reconcile</source>
        <translation>Por conciliar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Claim reference</source>
        <translation>Ref. de la reclamación</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Re&amp;concile…</source>
        <translation>&amp;Conciliar…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Payments announced by the payers, newest first</source>
        <translation>Liquidaciones de las aseguradoras, las más recientes primero</translation>
    </message>
    <message numerus="yes">
        <source>%n remittance(s); {lines} line(s) to reconcile.</source>
        <translation>
            <numerusform>%Ln liquidación; {lines} línea(s) por conciliar.</numerusform>
            <numerusform>%Ln liquidaciones; {lines} línea(s) por conciliar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a remittance.</source>
        <translation>Seleccione una liquidación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; · {reference} · paid {day} · {amount}</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt; · {reference} · pagada el {day} · {amount}</translation>
    </message>
    <message>
        <source>Line posted against the claim.</source>
        <translation>Línea imputada a la reclamación.</translation>
    </message>
    <message>
        <source>Line closed with the note.</source>
        <translation>Línea cerrada con la nota.</translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <source>Eligibility check</source>
        <translation>Comprobación de derechos</translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation>Autorización previa</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <source>Status enquiry</source>
        <translation>Consulta de estado</translation>
    </message>
    <message>
        <source>Answer to a payer query</source>
        <translation>Respuesta a la aseguradora</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sent, waiting for the payer</source>
        <translation>enviada, esperando a la aseguradora</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
</context>
</TS>
