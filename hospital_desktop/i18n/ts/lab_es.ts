<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>LabFlag</name>
    <message>
        <source>L</source>
        <translation>B</translation>
    </message>
    <message>
        <source>H</source>
        <translation>A</translation>
    </message>
    <message>
        <source>LL critical</source>
        <translation>BB crítico</translation>
    </message>
    <message>
        <source>HH critical</source>
        <translation>AA crítico</translation>
    </message>
    <message>
        <source>A</source>
        <translation>Anormal</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>crítico bajo</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>crítico alto</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>anormal</translation>
    </message>
</context>
<context>
    <name>LabOrder</name>
    <message>
        <source>ordered</source>
        <translation>solicitada</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>extraída</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>resulted</source>
        <translation>con resultado</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>validada</translation>
    </message>
    <message>
        <source>released</source>
        <translation>informada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulada</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>rutina</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>muy urgente</translation>
    </message>
</context>
<context>
    <name>LabOrdersPanel</name>
    <message>
        <source>Laboratory orders</source>
        <translation>Peticiones de laboratorio</translation>
    </message>
    <message>
        <source>Clinical information for the lab</source>
        <translation>Datos clínicos para el laboratorio</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Solicitar</translation>
    </message>
    <message>
        <source>Cancel selected order…</source>
        <translation>Anular la petición seleccionada…</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>N.º de petición</translation>
    </message>
    <message>
        <source>{name} — panel ({code})</source>
        <translation>{name} — perfil ({code})</translation>
    </message>
    <message>
        <source>{name} — {specimen} ({code})</source>
        <translation>{name} — {specimen} ({code})</translation>
    </message>
    <message>
        <source>Choose a test or panel from the list.</source>
        <translation>Elija una prueba o un perfil de la lista.</translation>
    </message>
    <message numerus="yes">
        <source>Ordered {name} (%n test(s)).</source>
        <translation>
            <numerusform>Solicitado {name} (%Ln prueba).</numerusform>
            <numerusform>Solicitado {name} (%Ln pruebas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the order to cancel.</source>
        <translation>Seleccione la petición que desea anular.</translation>
    </message>
    <message>
        <source>Cancel lab order</source>
        <translation>Anular petición de laboratorio</translation>
    </message>
    <message>
        <source>Why is {test} ({order}) cancelled?</source>
        <translation>¿Por qué se anula {test} ({order})?</translation>
    </message>
    <message>
        <source>{test} cancelled.</source>
        <translation>{test} anulada.</translation>
    </message>
</context>
<context>
    <name>LabWorkspace</name>
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
    <message>
        <source>Open work</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Informadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anuladas</translation>
    </message>
    <message>
        <source>Scan or type MRN, accession, order number or family name</source>
        <translation>Escanee o escriba NHC, n.º de muestra, n.º de petición o apellido</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Worklist:</source>
        <translation>Lista de trabajo:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Ordered</source>
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
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N.º de muestra</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>N.º de petición</translation>
    </message>
    <message>
        <source>Collect (scan wristband)…</source>
        <translation>Extraer (escanear pulsera)…</translation>
    </message>
    <message>
        <source>Receive (scan tube)…</source>
        <translation>Recibir (escanear tubo)…</translation>
    </message>
    <message>
        <source>Enter result…</source>
        <translation>Introducir resultado…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Informar</translation>
    </message>
    <message>
        <source>Correct released…</source>
        <translation>Corregir informado…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Anular petición…</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalado</translation>
    </message>
    <message>
        <source>Record call to clinician…</source>
        <translation>Registrar llamada al médico…</translation>
    </message>
    <message>
        <source>Critical results not yet acknowledged by a clinician. Phone them, read back, record the call; unacknowledged results escalate to the department&apos;s other doctors.</source>
        <translation>Resultados críticos aún no confirmados por un médico. Llámele, pídale que repita el resultado y registre la llamada; los no confirmados se escalan a los demás médicos del servicio.</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Lista de trabajo</translation>
    </message>
    <message>
        <source>Critical callbacks</source>
        <translation>Avisos críticos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message numerus="yes">
        <source>Critical callbacks (%n)</source>
        <translation>
            <numerusform>Avisos críticos (%Ln)</numerusform>
            <numerusform>Avisos críticos (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one order.</source>
        <translation>Seleccione una sola petición.</translation>
    </message>
    <message>
        <source>Select the orders to collect.</source>
        <translation>Seleccione las peticiones que va a extraer.</translation>
    </message>
    <message>
        <source>Positive patient identification</source>
        <translation>Identificación inequívoca del paciente</translation>
    </message>
    <message>
        <source>Scan the wristband of {patient}:</source>
        <translation>Escanee la pulsera de {patient}:</translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation>Paciente equivocado</translation>
    </message>
    <message>
        <source>{refusal}. Nothing was collected: no tube is labelled.</source>
        <translation>{refusal}. No se ha registrado ninguna extracción: no se etiqueta ningún tubo.</translation>
    </message>
    <message>
        <source>The orders are for {patient} (MRN {mrn}). Check the patient&apos;s identity and scan their own wristband.</source>
        <translation>Las peticiones son de {patient} (NHC {mrn}). Compruebe la identidad del paciente y escanee su propia pulsera.</translation>
    </message>
    <message>
        <source>Collected: {specimens}</source>
        <translation>Extraído: {specimens}</translation>
    </message>
    <message>
        <source>specimen labels</source>
        <translation>etiquetas de muestras</translation>
    </message>
    <message>
        <source>Receive specimen</source>
        <translation>Recibir muestra</translation>
    </message>
    <message>
        <source>Scan the tube&apos;s accession number:</source>
        <translation>Escanee el n.º de muestra del tubo:</translation>
    </message>
    <message numerus="yes">
        <source>Received {accession}: %n test(s) to result.</source>
        <translation>
            <numerusform>Recibida {accession}: %Ln prueba por analizar.</numerusform>
            <numerusform>Recibida {accession}: %Ln pruebas por analizar.</numerusform>
        </translation>
    </message>
    <message>
        <source>{result} — flagged {flag} (reference {range})</source>
        <translation>{result} — valor {flag} (referencia {range})</translation>
    </message>
    <message>
        <source>{result} (reference {range})</source>
        <translation>{result} (referencia {range})</translation>
    </message>
    <message>
        <source>Critical result</source>
        <translation>Resultado crítico</translation>
    </message>
    <message>
        <source>{result} — {patient} (MRN {mrn}).</source>
        <translation>{result} — {patient} (NHC {mrn}).</translation>
    </message>
    <message>
        <source>Ordered by {clinician}. Check the sample and the value; once it is verified and released, phone the clinician and record the call (Critical callbacks).</source>
        <translation>Solicitado por {clinician}. Compruebe la muestra y el valor; una vez validado e informado, llame al médico y registre la llamada (Avisos críticos).</translation>
    </message>
    <message>
        <source>{test} verified.</source>
        <translation>{test} validada.</translation>
    </message>
    <message>
        <source>{test} released to {clinician}.</source>
        <translation>{test} informada a {clinician}.</translation>
    </message>
    <message>
        <source>{test} corrected; {clinician} is alerted again.</source>
        <translation>{test} corregida; se avisa de nuevo a {clinician}.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Anular petición</translation>
    </message>
    <message>
        <source>Why is {test} ({order}) cancelled?</source>
        <translation>¿Por qué se anula {test} ({order})?</translation>
    </message>
    <message>
        <source>{test} cancelled.</source>
        <translation>{test} anulada.</translation>
    </message>
    <message>
        <source>Select the critical result you phoned.</source>
        <translation>Seleccione el resultado crítico que ha comunicado por teléfono.</translation>
    </message>
    <message>
        <source>Call about {test} of {patient}</source>
        <translation>Llamada sobre {test} de {patient}</translation>
    </message>
    <message>
        <source>The clinician read the result back</source>
        <translation>El médico repitió el resultado</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>Habló con</translation>
    </message>
    <message>
        <source>Call to {person} about {test} recorded.</source>
        <translation>Registrada la llamada a {person} sobre {test}.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Result — {test} for {patient} ({order})</source>
        <translation>Resultado — {test} de {patient} ({order})</translation>
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
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Reason for the new version</source>
        <translation>Motivo de la nueva versión</translation>
    </message>
</context>
</TS>
