<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Directions</name>
    <message>
        <source>Take {dose} {unit} {frequency}</source>
        <translation>Tomar {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Use {dose} {unit} under the tongue {frequency}</source>
        <translation>Colocar {dose} {unit} debajo de la lengua {frequency}</translation>
    </message>
    <message>
        <source>Inhale {dose} {unit} {frequency}</source>
        <translation>Inhalar {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Apply {dose} {unit} {frequency}</source>
        <translation>Aplicar {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Put {dose} {unit} into the eye {frequency}</source>
        <translation>Aplicar {dose} {unit} en el ojo {frequency}</translation>
    </message>
    <message>
        <source>Put {dose} {unit} into the ear {frequency}</source>
        <translation>Aplicar {dose} {unit} en el oído {frequency}</translation>
    </message>
    <message>
        <source>Use {dose} {unit} into the nose {frequency}</source>
        <translation>Aplicar {dose} {unit} en la nariz {frequency}</translation>
    </message>
    <message>
        <source>Insert {dose} {unit} {frequency}</source>
        <translation>Introducir {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Inject {dose} {unit} under the skin {frequency}</source>
        <translation>Inyectar {dose} {unit} bajo la piel {frequency}</translation>
    </message>
    <message>
        <source>Give {dose} {unit} into a muscle {frequency}</source>
        <translation>Administrar {dose} {unit} por vía intramuscular {frequency}</translation>
    </message>
    <message>
        <source>Give {dose} {unit} into a vein {frequency}</source>
        <translation>Administrar {dose} {unit} por vía intravenosa {frequency}</translation>
    </message>
    <message>
        <source>Use {dose} {unit} {frequency}</source>
        <translation>Usar {dose} {unit} {frequency}</translation>
    </message>
    <message numerus="yes">
        <source>{sig} × %Ln d</source>
        <translation>
            <numerusform>{sig} × %Ln d</numerusform>
            <numerusform>{sig} × %Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{directions} for %Ln days</source>
        <translation>
            <numerusform>{directions} durante %Ln día</numerusform>
            <numerusform>{directions} durante %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispenseState</name>
    <message>
        <source>dispensed</source>
        <translation>dispensado</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>devuelto</translation>
    </message>
</context>
<context>
    <name>DispensingTab</name>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Rx</source>
        <translation>Receta</translation>
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
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>To fill</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Dispensado</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} h {minutes}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>&lt;b&gt;To dispense&lt;/b&gt; — stat and urgent first, then by waiting time</source>
        <translation>&lt;b&gt;Por dispensar&lt;/b&gt; — primero las inmediatas y urgentes, luego por tiempo de espera</translation>
    </message>
    <message>
        <source>DISP — Outpatient dispensary</source>
        <translation>DISP — Farmacia de pacientes externos</translation>
    </message>
    <message>
        <source>Lots (earliest expiry first — the first is proposed) at</source>
        <translation>Lotes (primero la caducidad más próxima — se propone el primero) — ubicación:</translation>
    </message>
    <message>
        <source>Scan the wristband or ID card (MRN)</source>
        <translation>Escanee la pulsera o la tarjeta (NHC)</translation>
    </message>
    <message>
        <source>Scan the pack (lot number)</source>
        <translation>Escanee el envase (número de lote)</translation>
    </message>
    <message>
        <source>Dispense</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Patient scan</source>
        <translation>Escaneo paciente</translation>
    </message>
    <message>
        <source>Pack scan</source>
        <translation>Escaneo envase</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation>Imprimir etiqueta…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Imprimir justificante…</translation>
    </message>
    <message>
        <source>Reason for the return (stock goes back, the charge is voided)</source>
        <translation>Motivo de la devolución (las existencias se reintegran, el cargo se anula)</translation>
    </message>
    <message>
        <source>Return selected</source>
        <translation>Devolver la seleccionada</translation>
    </message>
    <message>
        <source>Scan and dispense</source>
        <translation>Escanear y dispensar</translation>
    </message>
    <message>
        <source>Dispensed for this prescription</source>
        <translation>Dispensaciones de esta receta</translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation>FORZADA</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prescriptions waiting.</source>
        <translation>
            <numerusform>%Ln receta en espera.</numerusform>
            <numerusform>%Ln recetas en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation>{quantity} {unit}</translation>
    </message>
    <message>
        <source>{quantity} (partial)</source>
        <translation>{quantity} (parcial)</translation>
    </message>
    <message>
        <source>Choose a prescription in the queue.</source>
        <translation>Elija una receta de la cola.</translation>
    </message>
    <message>
        <source>MRN {mrn}   ·   born {born}</source>
        <translation>NHC {mrn}   ·   nac. {born}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {priority} · prescribed {when} by {prescriber}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {priority} · prescrita el {when} por {prescriber}</translation>
    </message>
    <message>
        <source>Quantity {quantity} {unit}, dispensed {dispensed}, &lt;b&gt;to fill {remaining}&lt;/b&gt; · state: {state}, {supply}</source>
        <translation>Cantidad {quantity} {unit}, dispensada {dispensed}, &lt;b&gt;pendiente {remaining}&lt;/b&gt; · estado: {state}, {supply}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prescriber&apos;s override reason:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Motivo del prescriptor para forzar:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Screening at prescribing:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alertas al prescribir:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>proposed (first to expire)</source>
        <translation>propuesto (caduca antes)</translation>
    </message>
    <message>
        <source>No usable lot of {drug} at {location} (expired lots are not offered): choose another location or transfer stock.</source>
        <translation>No hay ningún lote utilizable de {drug} en {location} (los lotes caducados no se ofrecen): elija otra ubicación o traslade existencias.</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}: {reason}</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card first.</source>
        <translation>Escanee primero la pulsera o la tarjeta del paciente.</translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation>Paciente equivocado</translation>
    </message>
    <message>
        <source>The scanned wristband ({scan}) is not the patient of this prescription: {patient} (MRN {mrn}). Nothing was dispensed.</source>
        <translation>La pulsera escaneada ({scan}) no es del paciente de esta receta: {patient} (NHC {mrn}). No se ha dispensado nada.</translation>
    </message>
    <message>
        <source>Check the patient&apos;s identity and scan their own wristband or ID card.</source>
        <translation>Compruebe la identidad del paciente y escanee su propia pulsera o tarjeta.</translation>
    </message>
    <message>
        <source>Expired lot</source>
        <translation>Lote caducado</translation>
    </message>
    <message>
        <source>Lot {lot} of {drug} expired on {expiry}. Do not dispense it.</source>
        <translation>El lote {lot} de {drug} caducó el {expiry}. No lo dispense.</translation>
    </message>
    <message>
        <source>Put the pack aside for write-off and take one of the lots listed.</source>
        <translation>Aparte el envase para darlo de baja y tome uno de los lotes de la lista.</translation>
    </message>
    <message>
        <source>Not a usable pack</source>
        <translation>Envase no utilizable</translation>
    </message>
    <message>
        <source>This pack (lot {lot}) is not a usable lot of {drug} at {location}. Nothing was dispensed.</source>
        <translation>Este envase (lote {lot}) no es un lote utilizable de {drug} en {location}. No se ha dispensado nada.</translation>
    </message>
    <message>
        <source>It may be another drug or another location&apos;s stock: take one of the lots listed.</source>
        <translation>Puede ser otro medicamento o existencias de otra ubicación: tome uno de los lotes de la lista.</translation>
    </message>
    <message>
        <source>Patient confirmed.</source>
        <translation>Paciente confirmado.</translation>
    </message>
    <message>
        <source>Pack confirmed.</source>
        <translation>Envase confirmado.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}: {text}</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card and the pack first.</source>
        <translation>Escanee primero la pulsera o la tarjeta del paciente y el envase.</translation>
    </message>
    <message>
        <source>Dispensed {quantity} {unit} of {drug} for {patient} ({number}). Print the label.</source>
        <translation>Dispensado: {quantity} {unit} de {drug} para {patient} ({number}). Imprima la etiqueta.</translation>
    </message>
    <message>
        <source>Not dispensed</source>
        <translation>No dispensado</translation>
    </message>
    <message>
        <source>Dispensing label {number}</source>
        <translation>Etiqueta de dispensación {number}</translation>
    </message>
    <message>
        <source>Dispensing receipt {number}</source>
        <translation>Justificante de dispensación {number}</translation>
    </message>
    <message>
        <source>Select the dispense that comes back.</source>
        <translation>Seleccione la dispensación que se devuelve.</translation>
    </message>
    <message>
        <source>Say why it comes back (at least 5 characters).</source>
        <translation>Indique el motivo de la devolución (al menos 5 caracteres).</translation>
    </message>
    <message>
        <source>Dispense {number} returned: {quantity} back in lot {lot}, charge voided.</source>
        <translation>Dispensación {number} devuelta: {quantity} reintegrado(s) al lote {lot}, cargo anulado.</translation>
    </message>
</context>
<context>
    <name>DrugInput</name>
    <message>
        <source>Give the generic name ({shortest} to {longest} characters).</source>
        <translation>Indique el principio activo (de {shortest} a {longest} caracteres).</translation>
    </message>
    <message>
        <source>Give the strength ({shortest} to {longest} characters).</source>
        <translation>Indique la dosificación (de {shortest} a {longest} caracteres).</translation>
    </message>
    <message>
        <source>Give the form ({shortest} to {longest} characters).</source>
        <translation>Indique la forma farmacéutica (de {shortest} a {longest} caracteres).</translation>
    </message>
    <message>
        <source>Give the unit ({shortest} to {longest} characters).</source>
        <translation>Indique la unidad (de {shortest} a {longest} caracteres).</translation>
    </message>
    <message>
        <source>The generic name</source>
        <translation>El principio activo</translation>
    </message>
    <message>
        <source>The strength</source>
        <translation>La dosificación</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>La forma farmacéutica</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>La unidad</translation>
    </message>
    <message>
        <source>The warnings</source>
        <translation>Las advertencias</translation>
    </message>
    <message>
        <source>A drug code has 2-35 capital letters, digits or dashes, starting with a letter.</source>
        <translation>Un código de medicamento tiene de 2 a 35 mayúsculas, dígitos o guiones, y empieza por una letra.</translation>
    </message>
    <message>
        <source>Choose a route from the list.</source>
        <translation>Elija una vía de la lista.</translation>
    </message>
    <message>
        <source>An ATC code looks like J01CA04.</source>
        <translation>Un código ATC tiene la forma J01CA04.</translation>
    </message>
    <message>
        <source>Ingredients are ATC codes separated by spaces.</source>
        <translation>Los componentes son códigos ATC separados por espacios.</translation>
    </message>
    <message>
        <source>A pack holds at least 1 unit.</source>
        <translation>Un envase contiene al menos 1 unidad.</translation>
    </message>
    <message>
        <source>The reorder level is 0 or more.</source>
        <translation>El punto de pedido es 0 o más.</translation>
    </message>
    <message>
        <source>Warnings have at most 500 characters.</source>
        <translation>Las advertencias tienen como máximo 500 caracteres.</translation>
    </message>
</context>
<context>
    <name>FormularyTab</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosificación</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Envase</translation>
    </message>
    <message>
        <source>ATC / ingredients</source>
        <translation>ATC / componentes</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Punto de pedido</translation>
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
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>e.g. AMOX500CAP</source>
        <translation>p. ej. AMOX500CAP</translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation>Principio activo</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>p. ej. 500 mg</translation>
    </message>
    <message>
        <source>e.g. capsule</source>
        <translation>p. ej. cápsula</translation>
    </message>
    <message>
        <source>Dispensing unit</source>
        <translation>Unidad de dispensación</translation>
    </message>
    <message>
        <source>ATC code</source>
        <translation>Código ATC</translation>
    </message>
    <message>
        <source>e.g. J01CA04</source>
        <translation>p. ej. J01CA04</translation>
    </message>
    <message>
        <source>Other ingredients (ATC)</source>
        <translation>Otros componentes (ATC)</translation>
    </message>
    <message>
        <source>for combinations, e.g. J01CA04</source>
        <translation>para combinaciones, p. ej. J01CA04</translation>
    </message>
    <message>
        <source>Label warnings</source>
        <translation>Advertencias de la etiqueta</translation>
    </message>
    <message>
        <source>prescribable</source>
        <translation>prescribible</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Selected drug</source>
        <translation>Medicamento seleccionado</translation>
    </message>
    <message>
        <source>Add a drug</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Tamaño del envase</translation>
    </message>
    <message>
        <source>Add to the formulary</source>
        <translation>Añadir a la guía</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prescribable drugs, {total} in all.</source>
        <translation>
            <numerusform>%Ln medicamento prescribible, {total} en total.</numerusform>
            <numerusform>%Ln medicamentos prescribibles, {total} en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a drug first.</source>
        <translation>Seleccione primero un medicamento.</translation>
    </message>
    <message>
        <source>{drug} {strength} saved.</source>
        <translation>{drug} {strength} guardado.</translation>
    </message>
    <message>
        <source>{drug} {strength} added (price code {price_code}: an administrator adds its price before it can be dispensed).</source>
        <translation>{drug} {strength} añadido (código de precio {price_code}: un administrador debe añadir su precio antes de poder dispensarlo).</translation>
    </message>
</context>
<context>
    <name>LabelData</name>
    <message>
        <source>Pharmacy · {hospital}</source>
        <translation>Farmacia · {hospital}</translation>
    </message>
</context>
<context>
    <name>PrescriptionInput</name>
    <message>
        <source>Give the dose (more than 0, less than {most}).</source>
        <translation>Indique la dosis (más de 0, menos de {most}).</translation>
    </message>
    <message>
        <source>Give the unit of the dose (at most 30 characters).</source>
        <translation>Indique la unidad de la dosis (30 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>La unidad</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>Las instrucciones</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <source>Give the quantity to dispense (1 to {most}).</source>
        <translation>Indique la cantidad a dispensar (de 1 a {most}).</translation>
    </message>
    <message>
        <source>A course lasts 1 to 365 days.</source>
        <translation>Un tratamiento dura de 1 a 365 días.</translation>
    </message>
    <message>
        <source>Choose routine, urgent or stat.</source>
        <translation>Elija normal, urgente o inmediata.</translation>
    </message>
    <message>
        <source>Instructions have at most 500 characters.</source>
        <translation>Las instrucciones tienen como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>Give the reason for overriding the alert (at least {count} characters).</source>
        <translation>Indique el motivo para forzar la alerta (al menos {count} caracteres).</translation>
    </message>
</context>
<context>
    <name>PrescriptionState</name>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>finalizada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulada</translation>
    </message>
</context>
<context>
    <name>PrescriptionsPanel</name>
    <message>
        <source>Rx</source>
        <translation>Receta</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Dispensación</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Prescrita</translation>
    </message>
    <message>
        <source>Alerts / override</source>
        <translation>Alertas / forzado</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Prescripciones</translation>
    </message>
    <message>
        <source>Drug: type a name, e.g. amoxicillin</source>
        <translation>Medicamento: escriba un nombre, p. ej. amoxicilina</translation>
    </message>
    <message numerus="yes">
        <source> d</source>
        <comment>days, after the number</comment>
        <translation>
            <numerusform> d</numerusform>
            <numerusform> d</numerusform>
        </translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Instructions for the patient (optional), e.g. take with food</source>
        <translation>Indicaciones al paciente (opcional), p. ej. con comida</translation>
    </message>
    <message>
        <source>Check and prescribe</source>
        <translation>Comprobar y prescribir</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>for</source>
        <comment>a duration: for 5 days</comment>
        <translation>durante</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Reason to cancel the selected prescription</source>
        <translation>Motivo para anular la prescripción seleccionada</translation>
    </message>
    <message>
        <source>Cancel selected</source>
        <translation>Anular la seleccionada</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Tratamiento finalizado</translation>
    </message>
    <message>
        <source>The encounter is closed: no new prescriptions.</source>
        <translation>El episodio está cerrado: no se admiten nuevas prescripciones.</translation>
    </message>
    <message>
        <source>OVERRIDDEN ({reason}): {alerts}</source>
        <translation>FORZADA ({reason}): {alerts}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}: {reason}</translation>
    </message>
    <message>
        <source>{supply} ({dispensed}/{quantity})</source>
        <translation>{supply} ({dispensed}/{quantity})</translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation>{quantity} {unit}</translation>
    </message>
    <message>
        <source>Open an encounter first.</source>
        <translation>Abra primero un episodio.</translation>
    </message>
    <message>
        <source>Choose a drug from the formulary.</source>
        <translation>Elija un medicamento de la guía.</translation>
    </message>
    <message>
        <source>Choose how often.</source>
        <translation>Elija la frecuencia.</translation>
    </message>
    <message>
        <source>Checking allergies and interactions…</source>
        <translation>Comprobando alergias e interacciones…</translation>
    </message>
    <message>
        <source>This drug</source>
        <translation>Este medicamento</translation>
    </message>
    <message>
        <source>Not prescribed yet: give a reason to override, or do not prescribe.</source>
        <translation>Aún no prescrito: indique un motivo para forzar o no lo prescriba.</translation>
    </message>
    <message>
        <source>Not prescribed yet: confirm or do not prescribe.</source>
        <translation>Aún no prescrito: confirme o no lo prescriba.</translation>
    </message>
    <message numerus="yes">
        <source>{drug}: the screen found %Ln problems for this patient. Prescribe only with a reason.</source>
        <translation>
            <numerusform>{drug}: la comprobación ha encontrado %Ln problema en este paciente. Prescriba solo con un motivo.</numerusform>
            <numerusform>{drug}: la comprobación ha encontrado %Ln problemas en este paciente. Prescriba solo con un motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{drug}: the screen found %Ln problems for this patient.</source>
        <translation>
            <numerusform>{drug}: la comprobación ha encontrado %Ln problema en este paciente.</numerusform>
            <numerusform>{drug}: la comprobación ha encontrado %Ln problemas en este paciente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An override needs a reason of at least %Ln characters.</source>
        <translation>
            <numerusform>Para forzar hace falta un motivo de al menos %Ln carácter.</numerusform>
            <numerusform>Para forzar hace falta un motivo de al menos %Ln caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>STOP — serious allergy or interaction</source>
        <translation>ALTO — alergia o interacción grave</translation>
    </message>
    <message>
        <source>Check before prescribing</source>
        <translation>Comprobar antes de prescribir</translation>
    </message>
    <message>
        <source>Override and prescribe</source>
        <translation>Forzar y prescribir</translation>
    </message>
    <message>
        <source>Prescribe</source>
        <translation>Prescribir</translation>
    </message>
    <message>
        <source>Do not prescribe</source>
        <translation>No prescribir</translation>
    </message>
    <message>
        <source>Not prescribed.</source>
        <translation>No prescrito.</translation>
    </message>
    <message>
        <source>Prescribed: {number}. Override recorded.</source>
        <translation>Prescrito: {number}. Forzado registrado.</translation>
    </message>
    <message>
        <source>Prescribed: {number}.</source>
        <translation>Prescrito: {number}.</translation>
    </message>
    <message>
        <source>Select the prescription to cancel.</source>
        <translation>Seleccione la prescripción que anular.</translation>
    </message>
    <message>
        <source>Say why the prescription is cancelled (at least 5 characters).</source>
        <translation>Indique por qué se anula la prescripción (al menos 5 caracteres).</translation>
    </message>
    <message>
        <source>{number} cancelled.</source>
        <translation>{number} anulada.</translation>
    </message>
    <message>
        <source>Select the prescription whose course is completed.</source>
        <translation>Seleccione la prescripción cuyo tratamiento ha finalizado.</translation>
    </message>
    <message>
        <source>{number} completed.</source>
        <translation>{number} finalizada.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>routine</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>inmediata</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>intravenous</source>
        <translation>intravenosa</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>intramuscular</translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation>subcutánea</translation>
    </message>
    <message>
        <source>inhalation</source>
        <translation>inhalatoria</translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation>sublingual</translation>
    </message>
    <message>
        <source>topical</source>
        <translation>tópica</translation>
    </message>
    <message>
        <source>rectal</source>
        <translation>rectal</translation>
    </message>
    <message>
        <source>ophthalmic</source>
        <translation>oftálmica</translation>
    </message>
    <message>
        <source>otic</source>
        <translation>ótica</translation>
    </message>
    <message>
        <source>nasal</source>
        <translation>nasal</translation>
    </message>
    <message>
        <source>vaginal</source>
        <translation>vaginal</translation>
    </message>
    <message>
        <source>transdermal</source>
        <translation>transdérmica</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>contraindicated</source>
        <translation>contraindicado</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
</context>
<context>
    <name>StockInput</name>
    <message>
        <source>A lot number has 1 to 30 letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos;, as printed on the pack.</source>
        <translation>Un número de lote tiene de 1 a 30 letras, dígitos, &apos;.&apos;, &apos;/&apos; o &apos;-&apos;, tal como figura en el envase.</translation>
    </message>
    <message>
        <source>This stock is expired or expires today: do not receive it.</source>
        <translation>Estas existencias están caducadas o caducan hoy: no las reciba.</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Existencias</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Drug total / reorder at</source>
        <translation>Total medicamento / punto de pedido</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Punto de pedido</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Todas las ubicaciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Below reorder level&lt;/b&gt; (usable stock, all locations)</source>
        <translation>&lt;b&gt;Por debajo del punto de pedido&lt;/b&gt; (existencias utilizables, todas las ubicaciones)</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>Recepción de mercancía</translation>
    </message>
    <message>
        <source>lot number (scan the pack or type)</source>
        <translation>n.º de lote (escanear o escribir)</translation>
    </message>
    <message>
        <source>Expiry date, as printed on the pack</source>
        <translation>Fecha de caducidad, tal como figura en el envase</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>Selected lot</source>
        <translation>Lote seleccionado</translation>
    </message>
    <message>
        <source>Select a lot in the table.</source>
        <translation>Seleccione un lote en la tabla.</translation>
    </message>
    <message>
        <source>reason (at least 5 characters)</source>
        <translation>motivo (al menos 5 caracteres)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Trasladar</translation>
    </message>
    <message>
        <source>Adjust by ±</source>
        <translation>Ajustar en ±</translation>
    </message>
    <message>
        <source>Write off all</source>
        <translation>Dar de baja todo</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>to {location}</source>
        <translation>a {location}</translation>
    </message>
    <message>
        <source>EXPIRED — write off</source>
        <translation>CADUCADO — dar de baja</translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln d</source>
        <translation>
            <numerusform>caduca en %Ln d</numerusform>
            <numerusform>caduca en %Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lots</source>
        <translation>
            <numerusform>%Ln lote</numerusform>
            <numerusform>%Ln lotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln caducado</numerusform>
            <numerusform>%Ln caducados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring within {days} days</source>
        <translation>
            <numerusform>%Ln caduca en menos de {days} días</numerusform>
            <numerusform>%Ln caducan en menos de {days} días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drugs below reorder level</source>
        <translation>
            <numerusform>%Ln medicamento bajo el punto de pedido</numerusform>
            <numerusform>%Ln medicamentos bajo el punto de pedido</numerusform>
        </translation>
    </message>
    <message>
        <source>below reorder level</source>
        <translation>bajo el punto de pedido</translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation>{quantity} {unit}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{drug}, lot {lot} at {location}: {quantity} {unit}</source>
        <translation>{drug}, lote {lot} en {location}: {quantity} {unit}</translation>
    </message>
    <message>
        <source>Choose the drug and the location, and give the lot number.</source>
        <translation>Elija el medicamento y la ubicación, e indique el número de lote.</translation>
    </message>
    <message>
        <source>Received {quantity} {unit} of {drug}, lot {lot}.</source>
        <translation>Recibido: {quantity} {unit} de {drug}, lote {lot}.</translation>
    </message>
    <message>
        <source>Select a lot and where it goes.</source>
        <translation>Seleccione un lote y su destino.</translation>
    </message>
    <message>
        <source>Transferred {quantity} {unit} of lot {lot}.</source>
        <translation>Trasladado: {quantity} {unit} del lote {lot}.</translation>
    </message>
    <message>
        <source>Select the lot that was counted.</source>
        <translation>Seleccione el lote que se ha contado.</translation>
    </message>
    <message>
        <source>Lot {lot} adjusted by {delta}: now {quantity} {unit}.</source>
        <translation>Lote {lot} ajustado en {delta}: ahora {quantity} {unit}.</translation>
    </message>
    <message>
        <source>Select the lot to write off.</source>
        <translation>Seleccione el lote que dar de baja.</translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} {unit} written off.</source>
        <translation>Lote {lot}: {quantity} {unit} dados de baja.</translation>
    </message>
</context>
<context>
    <name>SupplyState</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>dispensada</translation>
    </message>
</context>
</TS>
