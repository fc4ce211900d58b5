<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdmitDialog</name>
    <message>
        <source>From the clinic</source>
        <translation>Depuis la consultation</translation>
    </message>
    <message>
        <source>From the emergency department</source>
        <translation>Depuis les urgences</translation>
    </message>
    <message>
        <source>Elective</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Transfer in from another hospital</source>
        <translation>Transfert d&apos;un autre établissement</translation>
    </message>
    <message>
        <source>Admit into bed {bed}</source>
        <translation>Admission au lit {bed}</translation>
    </message>
    <message>
        <source>Reason for admission (clinical; not shown to reception)</source>
        <translation>Motif d&apos;hospitalisation (clinique&#xa0;; non visible par l&apos;accueil)</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>Sortie prévue</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Attending doctor</source>
        <translation>Médecin référent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admettre</translation>
    </message>
    <message>
        <source>Bed {bed} ({room})</source>
        <translation>Lit {bed} ({room})</translation>
    </message>
    <message>
        <source>— choose the attending doctor —</source>
        <translation>— choisir le médecin référent —</translation>
    </message>
    <message>
        <source>{name}   MRN {mrn}   born {birth_date}</source>
        <translation>{name}   IPP {mrn}   né(e) le {birth_date}</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>Aucun patient trouvé.</translation>
    </message>
    <message>
        <source>Find and choose the patient first.</source>
        <translation>Recherchez et choisissez d&apos;abord le patient.</translation>
    </message>
    <message>
        <source>Say why the patient is admitted.</source>
        <translation>Indiquez le motif d&apos;hospitalisation.</translation>
    </message>
    <message>
        <source>Choose the attending doctor.</source>
        <translation>Choisissez le médecin référent.</translation>
    </message>
</context>
<context>
    <name>BedBoard</name>
    <message>
        <source>Why is the bed reserved?</source>
        <translation>Pourquoi le lit est-il réservé&#xa0;?</translation>
    </message>
    <message>
        <source>Why is the bed out of service?</source>
        <translation>Pourquoi le lit est-il hors service&#xa0;?</translation>
    </message>
    <message>
        <source>Bed {bed} is free now.</source>
        <translation>Le lit {bed} est maintenant libre.</translation>
    </message>
    <message>
        <source>Bed {bed} is reserved now.</source>
        <translation>Le lit {bed} est maintenant réservé.</translation>
    </message>
    <message>
        <source>Bed {bed} is out of service now.</source>
        <translation>Le lit {bed} est maintenant hors service.</translation>
    </message>
    <message>
        <source>Bed {bed} is to be cleaned now.</source>
        <translation>Le lit {bed} est maintenant à bionettoyer.</translation>
    </message>
    <message>
        <source>MRN {mrn} · day {day}</source>
        <translation>IPP {mrn} · J{day}</translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation>IPP {mrn}</translation>
    </message>
    <message>
        <source>in {when}</source>
        <translation>entrée {when}</translation>
    </message>
    <message>
        <source>out ~{date}</source>
        <translation>sortie ~{date}</translation>
    </message>
    <message>
        <source>Admit patient…</source>
        <translation>Admettre un patient…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Cleaned — bed free</source>
        <translation>Bionettoyé — lit libre</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>Réserver…</translation>
    </message>
    <message>
        <source>Release reservation</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Out of service…</source>
        <translation>Hors service…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>{beds}: {occupied}, {free}, {reserved}, {cleaning}, {out_of_service}</source>
        <translation>{beds}&#xa0;: {occupied}, {free}, {reserved}, {cleaning}, {out_of_service}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln beds</source>
        <translation>
            <numerusform>%Ln lit</numerusform>
            <numerusform>%Ln lits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occupied</source>
        <translation>
            <numerusform>%Ln occupé</numerusform>
            <numerusform>%Ln occupés</numerusform>
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
            <numerusform>%Ln réservé</numerusform>
            <numerusform>%Ln réservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cleaning</source>
        <translation>
            <numerusform>%Ln en bionettoyage</numerusform>
            <numerusform>%Ln en bionettoyage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln out of service</source>
        <translation>
            <numerusform>%Ln hors service</numerusform>
            <numerusform>%Ln hors service</numerusform>
        </translation>
    </message>
    <message>
        <source>Admitted into bed {bed}.</source>
        <translation>Patient admis au lit {bed}.</translation>
    </message>
    <message>
        <source>Bed {bed}</source>
        <translation>Lit {bed}</translation>
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
        <translation>occupé</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>bionettoyage</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>hors service</translation>
    </message>
</context>
<context>
    <name>DischargePanel</name>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <source>Transfer to another hospital</source>
        <translation>Transfert vers un autre établissement</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>Left against medical advice</source>
        <translation>Sortie contre avis médical</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Actes</translation>
    </message>
    <message>
        <source>Results of note</source>
        <translation>Résultats notables</translation>
    </message>
    <message>
        <source>Medications on discharge</source>
        <translation>Traitement de sortie</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>{diagnosis} (provisional)</source>
        <translation>{diagnosis} (provisoire)</translation>
    </message>
    <message>
        <source>This discharge summary is not a draft you may sign.</source>
        <translation>Ce compte rendu d&apos;hospitalisation n&apos;est pas un brouillon que vous pouvez signer.</translation>
    </message>
    <message>
        <source>There is no discharge summary you may read.</source>
        <translation>Aucun compte rendu d&apos;hospitalisation que vous pouvez consulter.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Amendment reason</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Fill from the record</source>
        <translation>Pré-remplir du dossier</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Amend (new version)…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>Preview / print…</source>
        <translation>Aperçu / imprimer…</translation>
    </message>
    <message>
        <source>Discharge note (optional)</source>
        <translation>Note de sortie (facultative)</translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation>Valider la sortie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Mode de sortie</translation>
    </message>
    <message>
        <source>Discharge summary versions (a signed version never changes)</source>
        <translation>Versions du compte rendu d&apos;hospitalisation (une version signée n&apos;est jamais modifiée)</translation>
    </message>
    <message>
        <source>No summary yet: fill it from the record or write it, then save the draft.</source>
        <translation>Pas encore de compte rendu&#xa0;: pré-remplissez-le depuis le dossier ou rédigez-le, puis enregistrez le brouillon.</translation>
    </message>
    <message>
        <source>Version {version} is a draft.</source>
        <translation>La version {version} est un brouillon.</translation>
    </message>
    <message>
        <source>Version {version} is signed.</source>
        <translation>La version {version} est signée.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>Discharge summary signed.</source>
        <translation>Compte rendu d&apos;hospitalisation signé.</translation>
    </message>
    <message>
        <source>Amend the discharge summary</source>
        <translation>Corriger le compte rendu d&apos;hospitalisation</translation>
    </message>
    <message>
        <source>Why does the signed summary need a new version?</source>
        <translation>Pourquoi le compte rendu signé nécessite-t-il une nouvelle version&#xa0;?</translation>
    </message>
    <message>
        <source>New draft version: edit it, then sign it.</source>
        <translation>Nouvelle version en brouillon&#xa0;: modifiez-la, puis signez-la.</translation>
    </message>
    <message>
        <source>discharge summary v{version}</source>
        <translation>compte rendu d&apos;hospitalisation v{version}</translation>
    </message>
    <message numerus="yes">
        <source>{patient} discharged ({outcome}); bed {bed} goes to cleaning; %Ln more bed-day(s) charged.</source>
        <translation>
            <numerusform>Sortie de {patient} enregistrée ({outcome})&#xa0;; le lit {bed} passe en bionettoyage&#xa0;; %Ln journée supplémentaire facturée.</numerusform>
            <numerusform>Sortie de {patient} enregistrée ({outcome})&#xa0;; le lit {bed} passe en bionettoyage&#xa0;; %Ln journées supplémentaires facturées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FluidPanel</name>
    <message>
        <source>Oral</source>
        <translation>Per os</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>Intraveineuse</translation>
    </message>
    <message>
        <source>Enteral tube</source>
        <translation>Sonde entérale</translation>
    </message>
    <message>
        <source>Blood products</source>
        <translation>Produits sanguins</translation>
    </message>
    <message>
        <source>Other intake</source>
        <translation>Autre entrée</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>Diurèse</translation>
    </message>
    <message>
        <source>Vomit</source>
        <translation>Vomissements</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drain</translation>
    </message>
    <message>
        <source>Stool</source>
        <translation>Selles</translation>
    </message>
    <message>
        <source>Gastric aspirate</source>
        <translation>Aspiration gastrique</translation>
    </message>
    <message>
        <source>Other output</source>
        <translation>Autre sortie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>In (ml)</source>
        <translation>Entrées (ml)</translation>
    </message>
    <message>
        <source>Out (ml)</source>
        <translation>Sorties (ml)</translation>
    </message>
    <message>
        <source>Balance (ml)</source>
        <translation>Bilan (ml)</translation>
    </message>
    <message>
        <source>Stay (ml)</source>
        <translation>Cumul (ml)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>In / out</source>
        <translation>Entrée / sortie</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>Charted by</source>
        <translation>Noté par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Chart volume</source>
        <translation>Noter le volume</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Measured at</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>In and out per day (ml)</source>
        <translation>Entrées/sorties (ml/j)</translation>
    </message>
    <message>
        <source>why it is wrong</source>
        <translation>pourquoi elle est erronée</translation>
    </message>
    <message>
        <source>Mark entered in error</source>
        <translation>Marquer comme saisie erronée</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>ENTERED IN ERROR: {reason}</source>
        <translation>SAISIE ERRONÉE&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{day}&lt;/b&gt;: in {intake} ml, out {output} ml, balance &lt;b&gt;{balance} ml&lt;/b&gt; · stay running balance &lt;b&gt;{running} ml&lt;/b&gt;</source>
        <translation>&lt;b&gt;{day}&lt;/b&gt;&#xa0;: entrées {intake} ml, sorties {output} ml, bilan &lt;b&gt;{balance} ml&lt;/b&gt; · bilan cumulé du séjour &lt;b&gt;{running} ml&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing charted for this stay yet.</source>
        <translation>Rien n&apos;est encore noté pour ce séjour.</translation>
    </message>
    <message>
        <source>Give the measured volume in ml.</source>
        <translation>Indiquez le volume mesuré en ml.</translation>
    </message>
    <message>
        <source>Charted intake: {volume} ml ({route}).</source>
        <translation>Entrée notée&#xa0;: {volume} ml ({route}).</translation>
    </message>
    <message>
        <source>Charted output: {volume} ml ({route}).</source>
        <translation>Sortie notée&#xa0;: {volume} ml ({route}).</translation>
    </message>
    <message>
        <source>Select the entry that is wrong.</source>
        <translation>Sélectionnez la saisie erronée.</translation>
    </message>
    <message>
        <source>Say why the entry is wrong (at least 5 characters).</source>
        <translation>Indiquez pourquoi la saisie est erronée (5 caractères au moins).</translation>
    </message>
    <message>
        <source>Entry of {volume} ml marked entered in error.</source>
        <translation>Saisie de {volume} ml marquée comme erronée.</translation>
    </message>
</context>
<context>
    <name>InpatientsWorkspace</name>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
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
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Médecin référent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>My inpatients (double-click the bed on the board to open any of your stays)</source>
        <translation>Mes patients hospitalisés (double-clic sur le lit dans le tableau pour ouvrir l&apos;un de vos séjours)</translation>
    </message>
    <message>
        <source>My inpatients</source>
        <translation>Mes patients hospitalisés</translation>
    </message>
    <message>
        <source>Bed board / admit</source>
        <translation>Tableau des lits / admission</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln inpatient(s).</source>
        <translation>
            <numerusform>%Ln patient hospitalisé.</numerusform>
            <numerusform>%Ln patients hospitalisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>That stay is not one you may open.</source>
        <translation>Vous ne pouvez pas ouvrir ce séjour.</translation>
    </message>
</context>
<context>
    <name>Isolation</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>droplet</source>
        <translation>gouttelettes</translation>
    </message>
    <message>
        <source>airborne</source>
        <translation>air</translation>
    </message>
    <message>
        <source>protective</source>
        <translation>protecteur</translation>
    </message>
    <message>
        <source>Contact isolation</source>
        <translation>Précautions contact</translation>
    </message>
    <message>
        <source>Droplet isolation</source>
        <translation>Précautions gouttelettes</translation>
    </message>
    <message>
        <source>Airborne isolation</source>
        <translation>Précautions air</translation>
    </message>
    <message>
        <source>Protective isolation</source>
        <translation>Isolement protecteur</translation>
    </message>
</context>
<context>
    <name>MarPanel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Tracé par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>EN RETARD</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>à administrer</translation>
    </message>
    <message>
        <source>given</source>
        <translation>administré</translation>
    </message>
    <message>
        <source>held</source>
        <translation>non administré</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>when required</source>
        <translation>si besoin</translation>
    </message>
    <message>
        <source>given (late)</source>
        <translation>administré (en retard)</translation>
    </message>
    <message>
        <source>held (late)</source>
        <translation>non administré (en retard)</translation>
    </message>
    <message>
        <source>refused (late)</source>
        <translation>refusé (en retard)</translation>
    </message>
    <message>
        <source>{drug}: given.</source>
        <translation>{drug}&#xa0;: administré.</translation>
    </message>
    <message>
        <source>Dose held</source>
        <translation>Dose non administrée</translation>
    </message>
    <message>
        <source>Why was the dose held?</source>
        <translation>Pourquoi la dose n&apos;a-t-elle pas été administrée&#xa0;?</translation>
    </message>
    <message>
        <source>{drug}: held.</source>
        <translation>{drug}&#xa0;: non administré.</translation>
    </message>
    <message>
        <source>Dose refused</source>
        <translation>Dose refusée</translation>
    </message>
    <message>
        <source>Why was the dose refused?</source>
        <translation>Pourquoi la dose a-t-elle été refusée&#xa0;?</translation>
    </message>
    <message>
        <source>{drug}: refused.</source>
        <translation>{drug}&#xa0;: refusé par le patient.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband (MRN)</source>
        <translation>Scanner le bracelet du patient (IPP)</translation>
    </message>
    <message>
        <source>Scan the medicine (dispensing label or pack)</source>
        <translation>Scanner le médicament (étiquette ou boîte)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administré</translation>
    </message>
    <message>
        <source>Held…</source>
        <translation>Non administré…</translation>
    </message>
    <message>
        <source>Refused…</source>
        <translation>Refusé…</translation>
    </message>
    <message>
        <source>Wristband</source>
        <translation>Bracelet</translation>
    </message>
    <message>
        <source>{late}, {due}</source>
        <translation>{late}, {due}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln late</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln due now</source>
        <translation>
            <numerusform>%Ln à administrer</numerusform>
            <numerusform>%Ln à administrer</numerusform>
        </translation>
    </message>
    <message>
        <source>wristband</source>
        <translation>bracelet</translation>
    </message>
    <message>
        <source>This dose is already recorded.</source>
        <translation>Cette dose est déjà tracée.</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>WRONG PATIENT</source>
        <translation>MAUVAIS PATIENT</translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation>Mauvais patient</translation>
    </message>
    <message>
        <source>The wristband scanned ({code}) is not the wristband of {patient} (MRN {mrn}, bed {bed}). Nothing was recorded.</source>
        <translation>Le bracelet scanné ({code}) n&apos;est pas celui de {patient} (IPP {mrn}, lit {bed}). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Check the patient&apos;s identity and scan their own wristband.</source>
        <translation>Vérifiez l&apos;identité du patient et scannez son propre bracelet.</translation>
    </message>
    <message>
        <source>Choose the dose first, then scan its medicine.</source>
        <translation>Choisissez d&apos;abord la dose, puis scannez son médicament.</translation>
    </message>
    <message>
        <source>WRONG MEDICINE</source>
        <translation>MAUVAIS MÉDICAMENT</translation>
    </message>
    <message>
        <source>Wrong medicine</source>
        <translation>Mauvais médicament</translation>
    </message>
    <message>
        <source>The scanned code ({code}) is not {drug} of this dose ({prescription}, {dose} {route}). Do not give it. Nothing was recorded.</source>
        <translation>Le code scanné ({code}) n&apos;est pas {drug} de cette dose ({prescription}, {dose} {route}). Ne l&apos;administrez pas. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Scan the dispensing label of this prescription or the pack of this medicine.</source>
        <translation>Scannez l&apos;étiquette de dispensation de cette prescription ou la boîte de ce médicament.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Choose the dose first.</source>
        <translation>Choisissez d&apos;abord la dose.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband first.</source>
        <translation>Scannez d&apos;abord le bracelet du patient.</translation>
    </message>
    <message>
        <source>Scan the medicine of this dose first ({drug}).</source>
        <translation>Scannez d&apos;abord le médicament de cette dose ({drug}).</translation>
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
        <translation>évolution</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>Temperature (°C)</source>
        <translation>Température (°C)</translation>
    </message>
    <message>
        <source>Heart rate (/min)</source>
        <translation>Fréquence cardiaque (/min)</translation>
    </message>
    <message>
        <source>Systolic BP (mmHg)</source>
        <translation>PA systolique (mmHg)</translation>
    </message>
    <message>
        <source>Diastolic BP (mmHg)</source>
        <translation>PA diastolique (mmHg)</translation>
    </message>
    <message>
        <source>Respiratory rate (/min)</source>
        <translation>Fréquence respiratoire (/min)</translation>
    </message>
    <message>
        <source>SpO2 (%)</source>
        <translation>SpO2 (%)</translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation>Douleur EN (0-10)</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Température corporelle</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pression artérielle systolique</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pression artérielle diastolique</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation>Saturation en oxygène (SpO2)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Systolic BP</source>
        <translation>PA systolique</translation>
    </message>
    <message>
        <source>Diastolic BP</source>
        <translation>PA diastolique</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>Pain score</source>
        <translation>Douleur EN</translation>
    </message>
    <message>
        <source>score</source>
        <translation>points</translation>
    </message>
    <message>
        <source>{field}: &quot;{text}&quot; is not a number.</source>
        <translation>{field}&#xa0;: «&#xa0;{text}&#xa0;» n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>{sign} {value} {unit} is outside the plausible range {low} to {high} {unit}: check the value.</source>
        <translation>{sign} {value} {unit} est hors de la plage plausible de {low} à {high} {unit}&#xa0;: vérifiez la valeur.</translation>
    </message>
    <message>
        <source>Nothing to record: type the values you measured (empty fields are not recorded).</source>
        <translation>Rien à enregistrer&#xa0;: saisissez les valeurs mesurées (les champs vides ne sont pas enregistrés).</translation>
    </message>
    <message>
        <source>The diastolic pressure ({diastolic}) must be below the systolic ({systolic}).</source>
        <translation>La pression diastolique ({diastolic}) doit être inférieure à la systolique ({systolic}).</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>Record observations</source>
        <translation>Enregistrer les constantes</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Constantes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>Nursing note for this shift</source>
        <translation>Transmission infirmière pour ce poste</translation>
    </message>
    <message>
        <source>Save nursing note</source>
        <translation>Enregistrer la transmission</translation>
    </message>
    <message>
        <source>Nursing notes</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <source>Fluid balance</source>
        <translation>Bilan hydrique</translation>
    </message>
    <message>
        <source>Request pre-a&amp;uthorisation…</source>
        <translation>Demander l&apos;&amp;accord préalable…</translation>
    </message>
    <message>
        <source>Ask the patient&apos;s insurer to pre-authorise this admission or items of it</source>
        <translation>Demander à l&apos;assureur du patient un accord préalable pour cette hospitalisation ou certains de ses actes</translation>
    </message>
    <message>
        <source>Pre-authorisation requested: the insurer&apos;s answer reaches billing.</source>
        <translation>Accord préalable demandé&#xa0;: la réponse de l&apos;assureur parviendra à la facturation.</translation>
    </message>
    <message>
        <source>Medication chart</source>
        <translation>Plan d&apos;administration</translation>
    </message>
    <message>
        <source>Bed {bed} · admitted {admitted} (day {day}) · attending {attending} · {reason}</source>
        <translation>Lit {bed} · entré le {admitted} (J{day}) · référent {attending} · {reason}</translation>
    </message>
    <message>
        <source>{sign}: {low} to {high} {unit}; leave empty if not measured</source>
        <translation>{sign}&#xa0;: {low} à {high} {unit}&#xa0;; laisser vide si non mesuré</translation>
    </message>
    <message>
        <source>{problem} Nothing was recorded.</source>
        <translation>{problem} Rien n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln observations recorded: {summary}.</source>
        <translation>
            <numerusform>%Ln constante enregistrée&#xa0;: {summary}.</numerusform>
            <numerusform>%Ln constantes enregistrées&#xa0;: {summary}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Rédigez d&apos;abord la transmission.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Transmission enregistrée.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {patient} from bed {bed}</source>
        <translation>Transférer {patient} du lit {bed}</translation>
    </message>
    <message>
        <source>Why the patient moves</source>
        <translation>Motif du transfert</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Free beds</source>
        <translation>Lits libres</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{ward} — bed {bed} (reserved)</source>
        <translation>{ward} — lit {bed} (réservé)</translation>
    </message>
    <message>
        <source>{ward} — bed {bed}</source>
        <translation>{ward} — lit {bed}</translation>
    </message>
    <message>
        <source>Choose the bed the patient moves to.</source>
        <translation>Choisissez le lit vers lequel le patient est transféré.</translation>
    </message>
    <message>
        <source>{patient} moved to {ward}, bed {bed}; bed {old_bed} to cleaning.</source>
        <translation>{patient} transféré(e) en {ward}, lit {bed}&#xa0;; le lit {old_bed} passe en bionettoyage.</translation>
    </message>
</context>
<context>
    <name>VitalsChart</name>
    <message>
        <source>No observations charted in this stay</source>
        <translation>Aucune constante relevée pendant ce séjour</translation>
    </message>
    <message>
        <source>Temp.</source>
        <translation>T°</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>FC</translation>
    </message>
    <message>
        <source>BP</source>
        <translation>PA</translation>
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
        <translation>Rien à enregistrer&#xa0;: saisissez au moins une valeur mesurée.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>T {value}</source>
        <translation>T° {value}</translation>
    </message>
    <message>
        <source>HR {value}</source>
        <translation>FC {value}</translation>
    </message>
    <message>
        <source>BP {systolic}/{diastolic}</source>
        <translation>PA {systolic}/{diastolic}</translation>
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
        <translation>Lit</translation>
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
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Médecin référent</translation>
    </message>
    <message>
        <source>Expected discharge</source>
        <translation>Sortie prévue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Latest observations</source>
        <translation>Dernières constantes</translation>
    </message>
    <message>
        <source>Latest nursing note</source>
        <translation>Dernière transmission</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Bed board</source>
        <translation>Tableau des lits</translation>
    </message>
    <message>
        <source>Handover: one line per patient of the ward, for the next shift</source>
        <translation>Transmissions&#xa0;: une ligne par patient du service, pour l&apos;équipe suivante</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message numerus="yes">
        <source>Midnight census: %Ln bed-day(s) posted.</source>
        <translation>
            <numerusform>Recensement de minuit&#xa0;: %Ln journée d&apos;hospitalisation comptabilisée.</numerusform>
            <numerusform>Recensement de minuit&#xa0;: %Ln journées d&apos;hospitalisation comptabilisées.</numerusform>
        </translation>
    </message>
</context>
</TS>
