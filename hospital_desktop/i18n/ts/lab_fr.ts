<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LabFlag</name>
    <message>
        <source>L</source>
        <translation>B</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>LL critical</source>
        <translation>BB critique</translation>
    </message>
    <message>
        <source>HH critical</source>
        <translation>HH critique</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>low</source>
        <translation>basse</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haute</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>critique basse</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>critique haute</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>anormale</translation>
    </message>
</context>
<context>
    <name>LabOrder</name>
    <message>
        <source>ordered</source>
        <translation>prescrit</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>prélevé</translation>
    </message>
    <message>
        <source>received</source>
        <translation>réceptionné</translation>
    </message>
    <message>
        <source>resulted</source>
        <translation>résultat saisi</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>released</source>
        <translation>diffusé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>très urgent</translation>
    </message>
</context>
<context>
    <name>LabOrdersPanel</name>
    <message>
        <source>Laboratory orders</source>
        <translation>Examens de laboratoire</translation>
    </message>
    <message>
        <source>Clinical information for the lab</source>
        <translation>Renseignements cliniques pour le laboratoire</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Prescrire</translation>
    </message>
    <message>
        <source>Cancel selected order…</source>
        <translation>Annuler l&apos;examen sélectionné…</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Prescrit le</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Valeurs de réf.</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>N° de demande</translation>
    </message>
    <message>
        <source>{name} — panel ({code})</source>
        <translation>{name} — bilan ({code})</translation>
    </message>
    <message>
        <source>{name} — {specimen} ({code})</source>
        <translation>{name} — {specimen} ({code})</translation>
    </message>
    <message>
        <source>Choose a test or panel from the list.</source>
        <translation>Choisissez un examen ou un bilan dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Ordered {name} (%n test(s)).</source>
        <translation>
            <numerusform>{name} prescrit (%Ln examen).</numerusform>
            <numerusform>{name} prescrit (%Ln examens).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the order to cancel.</source>
        <translation>Sélectionnez l&apos;examen à annuler.</translation>
    </message>
    <message>
        <source>Cancel lab order</source>
        <translation>Annuler l&apos;examen</translation>
    </message>
    <message>
        <source>Why is {test} ({order}) cancelled?</source>
        <translation>Pourquoi annuler {test} ({order}) ?</translation>
    </message>
    <message>
        <source>{test} cancelled.</source>
        <translation>{test} annulé.</translation>
    </message>
</context>
<context>
    <name>LabWorkspace</name>
    <message>
        <source>To collect</source>
        <translation>À prélever</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>À réceptionner</translation>
    </message>
    <message>
        <source>To result</source>
        <translation>À analyser</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>À valider</translation>
    </message>
    <message>
        <source>To release</source>
        <translation>À diffuser</translation>
    </message>
    <message>
        <source>Open work</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Diffusés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Scan or type MRN, accession, order number or family name</source>
        <translation>Scanner ou saisir l&apos;IPP, le n° d&apos;échantillon, le n° de demande ou le nom</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Worklist:</source>
        <translation>Liste de travail :</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Prescrit le</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>N° d&apos;échantillon</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Valeurs de réf.</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>N° de demande</translation>
    </message>
    <message>
        <source>Collect (scan wristband)…</source>
        <translation>Prélever (scanner le bracelet)…</translation>
    </message>
    <message>
        <source>Receive (scan tube)…</source>
        <translation>Réceptionner (scanner le tube)…</translation>
    </message>
    <message>
        <source>Enter result…</source>
        <translation>Saisir le résultat…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Diffuser</translation>
    </message>
    <message>
        <source>Correct released…</source>
        <translation>Corriger un résultat diffusé…</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Annuler l&apos;examen…</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Record call to clinician…</source>
        <translation>Consigner l&apos;appel au médecin…</translation>
    </message>
    <message>
        <source>Critical results not yet acknowledged by a clinician. Phone them, read back, record the call; unacknowledged results escalate to the department&apos;s other doctors.</source>
        <translation>Résultats critiques pas encore pris en compte par un médecin. Téléphonez-lui, faites-lui relire le résultat, consignez l&apos;appel ; sans prise en compte, l&apos;alerte passe aux autres médecins du service.</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>Critical callbacks</source>
        <translation>Appels critiques</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message numerus="yes">
        <source>Critical callbacks (%n)</source>
        <translation>
            <numerusform>Appels critiques (%Ln)</numerusform>
            <numerusform>Appels critiques (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one order.</source>
        <translation>Sélectionnez un seul examen.</translation>
    </message>
    <message>
        <source>Select the orders to collect.</source>
        <translation>Sélectionnez les examens à prélever.</translation>
    </message>
    <message>
        <source>Positive patient identification</source>
        <translation>Identitovigilance : identification du patient</translation>
    </message>
    <message>
        <source>Scan the wristband of {patient}:</source>
        <translation>Scannez le bracelet de {patient} :</translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation>Erreur de patient</translation>
    </message>
    <message>
        <source>{refusal}. Nothing was collected: no tube is labelled.</source>
        <translation>{refusal}. Aucun prélèvement enregistré : aucun tube n&apos;est étiqueté.</translation>
    </message>
    <message>
        <source>The orders are for {patient} (MRN {mrn}). Check the patient&apos;s identity and scan their own wristband.</source>
        <translation>Les examens sont prescrits pour {patient} (IPP {mrn}). Vérifiez l&apos;identité du patient et scannez son propre bracelet.</translation>
    </message>
    <message>
        <source>Collected: {specimens}</source>
        <translation>Prélevé : {specimens}</translation>
    </message>
    <message>
        <source>specimen labels</source>
        <translation>étiquettes d&apos;échantillons</translation>
    </message>
    <message>
        <source>Receive specimen</source>
        <translation>Réceptionner l&apos;échantillon</translation>
    </message>
    <message>
        <source>Scan the tube&apos;s accession number:</source>
        <translation>Scannez le n° d&apos;échantillon du tube :</translation>
    </message>
    <message numerus="yes">
        <source>Received {accession}: %n test(s) to result.</source>
        <translation>
            <numerusform>{accession} réceptionné : %Ln examen à analyser.</numerusform>
            <numerusform>{accession} réceptionné : %Ln examens à analyser.</numerusform>
        </translation>
    </message>
    <message>
        <source>{result} — flagged {flag} (reference {range})</source>
        <translation>{result} — valeur {flag} (référence {range})</translation>
    </message>
    <message>
        <source>{result} (reference {range})</source>
        <translation>{result} (référence {range})</translation>
    </message>
    <message>
        <source>Critical result</source>
        <translation>Résultat critique</translation>
    </message>
    <message>
        <source>{result} — {patient} (MRN {mrn}).</source>
        <translation>{result} — {patient} (IPP {mrn}).</translation>
    </message>
    <message>
        <source>Ordered by {clinician}. Check the sample and the value; once it is verified and released, phone the clinician and record the call (Critical callbacks).</source>
        <translation>Prescrit par {clinician}. Vérifiez l&apos;échantillon et la valeur ; une fois le résultat validé et diffusé, téléphonez au médecin et consignez l&apos;appel (Appels critiques).</translation>
    </message>
    <message>
        <source>{test} verified.</source>
        <translation>{test} validé.</translation>
    </message>
    <message>
        <source>{test} released to {clinician}.</source>
        <translation>{test} diffusé à {clinician}.</translation>
    </message>
    <message>
        <source>{test} corrected; {clinician} is alerted again.</source>
        <translation>{test} corrigé ; {clinician} est de nouveau alerté(e).</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Annuler l&apos;examen</translation>
    </message>
    <message>
        <source>Why is {test} ({order}) cancelled?</source>
        <translation>Pourquoi annuler {test} ({order}) ?</translation>
    </message>
    <message>
        <source>{test} cancelled.</source>
        <translation>{test} annulé.</translation>
    </message>
    <message>
        <source>Select the critical result you phoned.</source>
        <translation>Sélectionnez le résultat critique signalé par téléphone.</translation>
    </message>
    <message>
        <source>Call about {test} of {patient}</source>
        <translation>Appel au sujet de {test} de {patient}</translation>
    </message>
    <message>
        <source>The clinician read the result back</source>
        <translation>Le médecin a relu le résultat</translation>
    </message>
    <message>
        <source>Spoke to</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Call to {person} about {test} recorded.</source>
        <translation>Appel à {person} au sujet de {test} consigné.</translation>
    </message>
</context>
<context>
    <name>ResultDialog</name>
    <message>
        <source>Result — {test} for {patient} ({order})</source>
        <translation>Résultat — {test} pour {patient} ({order})</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Reason for the new version</source>
        <translation>Motif de la nouvelle version</translation>
    </message>
</context>
</TS>
