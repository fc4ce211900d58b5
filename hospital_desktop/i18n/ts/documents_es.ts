<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AccessReport</name>
    <message>
        <source>Access report {mrn}</source>
        <translation>Informe de accesos {mrn}</translation>
    </message>
    <message>
        <source>Record of access to a patient&apos;s health information</source>
        <translation>Registro de accesos a la información clínica de un paciente</translation>
    </message>
    <message>
        <source>all recorded history</source>
        <translation>todo el historial registrado</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Patient: {name} · MRN: {mrn} · Born: {born} · Period: {period}</source>
        <translation>Paciente: {name} · NHC: {mrn} · Nacimiento: {born} · Periodo: {period}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {when} from the hospital&apos;s tamper-evident audit trail. Every opening of the chart is listed with the purpose the staff member gave; emergency (break-glass) accesses are marked.</source>
        <translation>Elaborado por {name} el {when} a partir del registro de auditoría inalterable del hospital. Cada apertura de la historia figura con el motivo indicado por el profesional; los accesos de urgencia («romper el cristal») están señalados.</translation>
    </message>
    <message>
        <source>Chart openings ({count})</source>
        <translation>Aperturas de la historia clínica ({count})</translation>
    </message>
    <message>
        <source>EMERGENCY — {purpose}</source>
        <translation>URGENCIA — {purpose}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>No chart openings recorded in this period.</source>
        <translation>No consta ninguna apertura de la historia en este periodo.</translation>
    </message>
    <message>
        <source>Records written about the patient ({count})</source>
        <translation>Anotaciones sobre el paciente ({count})</translation>
    </message>
    <message>
        <source>added {record}</source>
        <translation>alta: {record}</translation>
    </message>
    <message>
        <source>changed {record}</source>
        <translation>modificación: {record}</translation>
    </message>
    <message>
        <source>removed {record}</source>
        <translation>baja: {record}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motivo indicado</translation>
    </message>
    <message>
        <source>No records written in this period.</source>
        <translation>No hay anotaciones en este periodo.</translation>
    </message>
    <message>
        <source>{hospital} · access report · MRN {mrn}</source>
        <translation>{hospital} · informe de accesos · NHC {mrn}</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>página {number}</translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
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
        <source>{year} (yr only)</source>
        <translation>{year} (solo año)</translation>
    </message>
    <message>
        <source>{year} (year only)</source>
        <translation>{year} (solo el año)</translation>
    </message>
    <message>
        <source>c. {year} (est.)</source>
        <translation>h. {year} (est.)</translation>
    </message>
    <message>
        <source>c. {year} (estimated)</source>
        <translation>hacia {year} (estimado)</translation>
    </message>
</context>
<context>
    <name>DischargeSummary</name>
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
        <source>Home</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>Transferred to another hospital</source>
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
        <source>female</source>
        <translation>mujer</translation>
    </message>
    <message>
        <source>male</source>
        <translation>hombre</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Discharge summary — {name} ({mrn})</source>
        <translation>Informe de alta — {name} ({mrn})</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Version {number} — amends the previous version: {reason}</source>
        <translation>Versión {number} — corrige la versión anterior: {reason}</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>Informe de alta</translation>
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
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>not yet discharged</source>
        <translation>aún no dado de alta</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Médico responsable</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Destino al alta</translation>
    </message>
    <message>
        <source>Signed electronically by {name} on {when}.</source>
        <translation>Firmado electrónicamente por {name} el {when}.</translation>
    </message>
    <message>
        <source>Fingerprint of the signed text (SHA-256): {digest}</source>
        <translation>Huella del texto firmado (SHA-256): {digest}</translation>
    </message>
    <message>
        <source>DRAFT by {name} — not signed, not valid for the patient&apos;s records.</source>
        <translation>BORRADOR de {name} — sin firmar, no válido para la historia del paciente.</translation>
    </message>
    <message>
        <source>{mrn} · discharge summary v{version} · page {page}</source>
        <translation>{mrn} · informe de alta v{version} · página {page}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
</context>
<context>
    <name>DispensingLabel</name>
    <message>
        <source>Dispensing label {number}</source>
        <translation>Etiqueta de dispensación {number}</translation>
    </message>
    <message>
        <source>born {born}   MRN {mrn}</source>
        <translation>nac. {born}   NHC {mrn}</translation>
    </message>
    <message>
        <source>Rx {number}</source>
        <translation>Receta {number}</translation>
    </message>
    <message>
        <source>Prescriber: {name}</source>
        <translation>Prescriptor: {name}</translation>
    </message>
    <message>
        <source>Lot {lot}   Exp {expiry}</source>
        <translation>Lote {lot}   Cad. {expiry}</translation>
    </message>
    <message>
        <source>Keep out of the reach of children</source>
        <translation>Mantener fuera del alcance de los niños</translation>
    </message>
    <message>
        <source>Dispensing receipt</source>
        <translation>Justificante de dispensación</translation>
    </message>
    <message>
        <source>Date: {when}</source>
        <translation>Fecha: {when}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paciente: {name}</translation>
    </message>
    <message>
        <source>MRN: {mrn}</source>
        <translation>NHC: {mrn}</translation>
    </message>
    <message>
        <source>Prescription: {number}</source>
        <translation>Receta: {number}</translation>
    </message>
    <message>
        <source>Quantity: {quantity}</source>
        <translation>Cantidad: {quantity}</translation>
    </message>
    <message>
        <source>Lot {lot}, expires {date}</source>
        <translation>Lote {lot}, caduca el {date}</translation>
    </message>
    <message>
        <source>Charge: {amount}</source>
        <translation>Importe: {amount}</translation>
    </message>
    <message>
        <source>(added to your hospital account)</source>
        <translation>(cargado en su cuenta del hospital)</translation>
    </message>
    <message>
        <source>Dispensed by {name}   ·   no. {number}</source>
        <translation>Dispensado por {name}   ·   n.º {number}</translation>
    </message>
    <message>
        <source>Dispensing receipt {number}</source>
        <translation>Justificante de dispensación {number}</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
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
        <source>VAT registration {number}</source>
        <translation>NIF/IVA {number}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Página {number}</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Factura rectificativa</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <source>Issued {when}</source>
        <translation>Emitida el {when}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Vencimiento {date}</translation>
    </message>
    <message>
        <source>Cancels invoice {number}</source>
        <translation>Anula la factura {number}</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturar a</translation>
    </message>
    <message>
        <source>MRN {mrn} · born {date}</source>
        <translation>NHC {mrn} · nacido/a el {date}</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Charges of the patient&apos;s account</source>
        <translation>Cargos de la cuenta del paciente</translation>
    </message>
    <message>
        <source>Insurance: {coverage}</source>
        <translation>Aseguradora: {coverage}</translation>
    </message>
    <message>
        <source>VOID — cancelled by credit note {number}: {reason}</source>
        <translation>ANULADA — por la factura rectificativa {number}: {reason}</translation>
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
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Precio u.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>IVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Tax {rate} % on {amount}</source>
        <translation>IVA {rate} % sobre {amount}</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Total abonado</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Importe total</translation>
    </message>
    <message>
        <source>of which the insurer&apos;s share</source>
        <translation>del cual a cargo de la aseguradora</translation>
    </message>
    <message>
        <source>of which the patient&apos;s share</source>
        <translation>del cual a cargo del paciente</translation>
    </message>
    <message>
        <source>Insurer declined (now the patient&apos;s)</source>
        <translation>Denegado por la aseguradora (a cargo del paciente)</translation>
    </message>
    <message>
        <source>Paid by the patient</source>
        <translation>Pagado por el paciente</translation>
    </message>
    <message>
        <source>Paid by the insurer</source>
        <translation>Pagado por la aseguradora</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Saldo pendiente</translation>
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
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>refund of {receipt}</source>
        <translation>devolución de {receipt}</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Please pay the balance by {date}, quoting &lt;b&gt;{number}&lt;/b&gt;.</source>
        <translation>Le rogamos abone el saldo antes del {date} indicando la referencia &lt;b&gt;{number}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Bank transfer: {account}.</source>
        <translation>Transferencia bancaria: {account}.</translation>
    </message>
    <message>
        <source>The insurer&apos;s share has been claimed from your insurer; you will hear from us if any part is not paid.</source>
        <translation>La parte de la aseguradora se le ha reclamado; le avisaremos si alguna parte no se paga.</translation>
    </message>
    <message>
        <source>Issued by {name}. Medical services are exempt from VAT unless a rate is shown.</source>
        <translation>Emitida por {name}. La asistencia sanitaria está exenta de IVA salvo que se indique un tipo.</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Recibo de devolución</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Recibo de pago</translation>
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
        <source>Refund of</source>
        <translation>Devolución de</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Saldo actual</translation>
    </message>
    <message>
        <source>Received by {name}. Thank you.</source>
        <translation>Cobrado por {name}. Gracias.</translation>
    </message>
</context>
<context>
    <name>SpecimenLabel</name>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>STAT</source>
        <translation>EMERGENCIA</translation>
    </message>
    <message>
        <source>Specimen labels {numbers}</source>
        <translation>Etiquetas de muestras {numbers}</translation>
    </message>
    <message>
        <source>MRN {mrn}   born {born}   {sex}</source>
        <translation>NHC {mrn}   nac. {born}   {sex}</translation>
    </message>
</context>
<context>
    <name>Wristband</name>
    <message>
        <source>{alias}   UNIDENTIFIED</source>
        <translation>{alias}   NO IDENTIFICADO</translation>
    </message>
    <message>
        <source>born {born}   {sex}   MRN {mrn}</source>
        <translation>nac. {born}   {sex}   NHC {mrn}</translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation>Pulsera {mrn}</translation>
    </message>
    <message>
        <source>Patient label {mrn}</source>
        <translation>Etiqueta del paciente {mrn}</translation>
    </message>
</context>
</TS>
