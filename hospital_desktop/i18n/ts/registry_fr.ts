<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Candidate</name>
    <message>
        <source>a twin?</source>
        <translation>un jumeau ?</translation>
    </message>
    <message>
        <source>a parent or child?</source>
        <translation>un parent ou un enfant ?</translation>
    </message>
    <message>
        <source>someone of the same name?</source>
        <translation>un homonyme ?</translation>
    </message>
</context>
<context>
    <name>CandidatePanel</name>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Doublons possibles&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Start typing: likely existing records appear here.</source>
        <translation>Commencez la saisie : les dossiers existants probables s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Open the selected existing patient instead</source>
        <translation>Ouvrir plutôt le dossier existant sélectionné</translation>
    </message>
    <message>
        <source>ANOTHER PERSON? {relation} {score}%: {reasons}</source>
        <translation>AUTRE PERSONNE ? {relation} {score}&#xa0;% : {reasons}</translation>
    </message>
    <message>
        <source>STRONG MATCH {score}%: {reasons}</source>
        <translation>CORRESPONDANCE FORTE {score}&#xa0;% : {reasons}</translation>
    </message>
    <message>
        <source>possible match {score}%: {reasons}</source>
        <translation>correspondance possible {score}&#xa0;% : {reasons}</translation>
    </message>
    <message>
        <source>{name}   UNIDENTIFIED   MRN {mrn}</source>
        <translation>{name}   NON IDENTIFIÉ   IPP {mrn}</translation>
    </message>
    <message>
        <source>{name}   MRN {mrn}</source>
        <translation>{name}   IPP {mrn}</translation>
    </message>
    <message>
        <source>born {born}, {sex}, {phone}</source>
        <translation>naissance : {born}, {sex}, {phone}</translation>
    </message>
    <message>
        <source>born {born}, {sex}</source>
        <translation>naissance : {born}, {sex}</translation>
    </message>
    <message numerus="yes">
        <source>%n existing records look like this patient. Check before registering.</source>
        <translation>
            <numerusform>%Ln dossier existant ressemble à ce patient. Vérifiez avant d&apos;enregistrer.</numerusform>
            <numerusform>%Ln dossiers existants ressemblent à ce patient. Vérifiez avant d&apos;enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No likely existing record.</source>
        <translation>Aucun dossier existant probable.</translation>
    </message>
    <message>
        <source>It is the same person after all: open this record</source>
        <translation>C&apos;est bien la même personne : ouvrir ce dossier</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n y</source>
        <translation>
            <numerusform>%Ln an</numerusform>
            <numerusform>%Ln ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>c. %n y</source>
        <translation>
            <numerusform>env. %Ln an</numerusform>
            <numerusform>env. %Ln ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>same name but born %n years apart: a parent or child?</source>
        <translation>
            <numerusform>même nom mais naissances à %Ln an d&apos;écart : un parent ou un enfant ?</numerusform>
            <numerusform>même nom mais naissances à %Ln ans d&apos;écart : un parent ou un enfant ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>MRN {mrn}  {name}, born {born}</source>
        <translation>IPP {mrn}  {name}, né(e) le {born}</translation>
    </message>
    <message>
        <source>Merge the two records</source>
        <translation>Fusionner les deux dossiers</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <source>Which record is kept? Everything recorded for the other moves to it; the other&apos;s MRN will find it. A merge can be undone from the patient index.</source>
        <translation>Quel dossier conserver ? Tout ce qui est enregistré dans l&apos;autre y est transféré ; l&apos;IPP de l&apos;autre le retrouvera. Une fusion peut être annulée depuis l&apos;index des patients.</translation>
    </message>
    <message>
        <source>Keep {record}</source>
        <translation>Conserver {record}</translation>
    </message>
    <message>
        <source>These records stay separate, and the duplicate check will not propose this pair again.</source>
        <translation>Ces dossiers restent distincts et la détection des doublons ne proposera plus cette paire.</translation>
    </message>
    <message>
        <source>Why? (at least {count} characters; kept in the audit trail)</source>
        <translation>Motif ? (au moins {count} caractères ; conservé dans la piste d&apos;audit)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Keep separate</source>
        <translation>Garder distincts</translation>
    </message>
</context>
<context>
    <name>DuplicateReason</name>
    <message>
        <source>another patient of the same name matches as well: check the birth date</source>
        <translation>un autre patient du même nom correspond aussi : vérifiez la date de naissance</translation>
    </message>
    <message>
        <source>same family name and birth date but another given name: a twin?</source>
        <translation>même nom et même date de naissance mais autre prénom : un jumeau ?</translation>
    </message>
    <message>
        <source>same national ID</source>
        <translation>même n° d&apos;identité</translation>
    </message>
    <message>
        <source>given and family names swapped</source>
        <translation>nom et prénom inversés</translation>
    </message>
    <message>
        <source>same given name</source>
        <translation>même prénom</translation>
    </message>
    <message>
        <source>given name spelled slightly differently</source>
        <translation>prénom orthographié un peu différemment</translation>
    </message>
    <message>
        <source>given name looks alike (misread letters)</source>
        <translation>prénom d&apos;aspect proche (lettres mal lues)</translation>
    </message>
    <message>
        <source>given name sounds alike</source>
        <translation>prénom de prononciation proche</translation>
    </message>
    <message>
        <source>given name similar</source>
        <translation>prénom similaire</translation>
    </message>
    <message>
        <source>different given name</source>
        <translation>prénom différent</translation>
    </message>
    <message>
        <source>same family name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>family name spelled slightly differently</source>
        <translation>nom orthographié un peu différemment</translation>
    </message>
    <message>
        <source>family name looks alike (misread letters)</source>
        <translation>nom d&apos;aspect proche (lettres mal lues)</translation>
    </message>
    <message>
        <source>family name sounds alike</source>
        <translation>nom de prononciation proche</translation>
    </message>
    <message>
        <source>family name similar</source>
        <translation>nom similaire</translation>
    </message>
    <message>
        <source>different family name</source>
        <translation>nom différent</translation>
    </message>
    <message>
        <source>same birth date</source>
        <translation>même date de naissance</translation>
    </message>
    <message>
        <source>day and month of birth swapped</source>
        <translation>jour et mois de naissance inversés</translation>
    </message>
    <message>
        <source>birth date one day apart</source>
        <translation>dates de naissance à un jour d&apos;écart</translation>
    </message>
    <message>
        <source>birth date differs in one digit</source>
        <translation>date de naissance différente d&apos;un chiffre</translation>
    </message>
    <message>
        <source>two digits of the birth date swapped</source>
        <translation>deux chiffres de la date de naissance inversés</translation>
    </message>
    <message>
        <source>same birth year and month</source>
        <translation>même mois et même année de naissance</translation>
    </message>
    <message>
        <source>same birth year (day and month not known)</source>
        <translation>même année de naissance (jour et mois inconnus)</translation>
    </message>
    <message>
        <source>birth year within the estimated age</source>
        <translation>année de naissance compatible avec l&apos;âge estimé</translation>
    </message>
    <message>
        <source>different birth date</source>
        <translation>date de naissance différente</translation>
    </message>
    <message>
        <source>phone matches</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>same address</source>
        <translation>même adresse</translation>
    </message>
    <message>
        <source>same postal code</source>
        <translation>même code postal</translation>
    </message>
    <message>
        <source>sex differs</source>
        <translation>sexe différent</translation>
    </message>
    <message>
        <source>national ID differs in one character (a typo?)</source>
        <translation>n° d&apos;identité différent d&apos;un caractère (faute de frappe ?)</translation>
    </message>
    <message>
        <source>national ID differs</source>
        <translation>n° d&apos;identité différent</translation>
    </message>
    <message>
        <source>given name is a nickname of {name}</source>
        <translation>le prénom est un diminutif de {name}</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
</context>
<context>
    <name>DuplicatesWorkspace</name>
    <message>
        <source>Encounters</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Hospitalisations</translation>
    </message>
    <message>
        <source>Lab orders</source>
        <translation>Demandes d&apos;analyses</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Scan the registry now</source>
        <translation>Rechercher les doublons maintenant</translation>
    </message>
    <message>
        <source>For a small registry (up to {count} patients); a large one: hms-admin find-duplicates</source>
        <translation>Pour un petit fichier (jusqu&apos;à {count} patients) ; pour un grand : hms-admin find-duplicates</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Dossier A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Dossier B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Waiting for a decision (best first)</source>
        <translation>En attente de décision (les plus probables d&apos;abord)</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>Keep one record and move everything from the other to it</source>
        <translation>Conserver un dossier et y transférer tout le contenu de l&apos;autre</translation>
    </message>
    <message>
        <source>&amp;Not the same person…</source>
        <translation>&amp;Pas la même personne…</translation>
    </message>
    <message>
        <source>Keep both; never propose this pair again</source>
        <translation>Conserver les deux ; ne plus jamais proposer cette paire</translation>
    </message>
    <message>
        <source>The two records, and how much is recorded for each</source>
        <translation>Les deux dossiers et leur contenu</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; pairs waiting</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; paire en attente</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; paires en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>{found} found, {decided} decided ({merged} merged, {distinct} not the same person)</source>
        <translation>{found} trouvées, {decided} traitées ({merged} fusionnées, {distinct} personnes distinctes)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Score {score}&lt;/b&gt;: {reasons} (found {found})</source>
        <translation>&lt;b&gt;Score {score}&lt;/b&gt; : {reasons} (trouvée le {found})</translation>
    </message>
    <message>
        <source>No pair selected.</source>
        <translation>Aucune paire sélectionnée.</translation>
    </message>
    <message>
        <source>Record A — MRN {mrn}</source>
        <translation>Dossier A — IPP {mrn}</translation>
    </message>
    <message>
        <source>Record B — MRN {mrn}</source>
        <translation>Dossier B — IPP {mrn}</translation>
    </message>
    <message>
        <source>Select a pair first.</source>
        <translation>Sélectionnez d&apos;abord une paire.</translation>
    </message>
    <message>
        <source>Give a reason of at least {count} characters.</source>
        <translation>Indiquez un motif d&apos;au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Say which record is kept.</source>
        <translation>Indiquez le dossier à conserver.</translation>
    </message>
    <message>
        <source>Merged (merge #{id}): MRN {gone} now finds MRN {kept}.</source>
        <translation>Fusionnés (fusion n° {id}) : l&apos;IPP {gone} renvoie désormais à l&apos;IPP {kept}.</translation>
    </message>
    <message>
        <source>Kept separate: MRN {a} and MRN {b} will not be proposed again.</source>
        <translation>Gardés distincts : les IPP {a} et {b} ne seront plus proposés.</translation>
    </message>
    <message>
        <source>Scanning the registry…</source>
        <translation>Recherche des doublons…</translation>
    </message>
    <message numerus="yes">
        <source>Scan #{id}: {patients} patients, %n new pairs queued in {seconds} s.</source>
        <translation>
            <numerusform>Recherche n° {id} : {patients} patients, %Ln nouvelle paire en attente, en {seconds} s.</numerusform>
            <numerusform>Recherche n° {id} : {patients} patients, %Ln nouvelles paires en attente, en {seconds} s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Recherche…</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <source>Correct demographics — MRN {mrn}</source>
        <translation>Corriger l&apos;identité — IPP {mrn}</translation>
    </message>
    <message>
        <source>e.g. name misspelt at registration; patient moved</source>
        <translation>p. ex. nom mal orthographié à l&apos;admission ; patient ayant déménagé</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>Enregistrer la correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reason for the change (kept in the record&apos;s history):</source>
        <translation>Motif de la modification (conservé dans l&apos;historique du dossier) :</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>Give a reason for the change.</source>
        <translation>Indiquez le motif de la modification.</translation>
    </message>
</context>
<context>
    <name>EmergencyDialog</name>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Emergency registration — unidentified patient</source>
        <translation>Enregistrement en urgence — patient non identifié</translation>
    </message>
    <message>
        <source>For a patient nobody can identify yet. The database gives a temporary identity (&lt;b&gt;UNKNOWN year-number&lt;/b&gt;) for the wristband, orders and notes until the patient is identified; then the record is merged into their existing one or completed.</source>
        <translation>Pour un patient que personne ne peut encore identifier. La base attribue une identité provisoire (&lt;b&gt;UNKNOWN année-numéro&lt;/b&gt;) pour le bracelet, les prescriptions et les notes jusqu&apos;à l&apos;identification ; le dossier est alors fusionné avec son dossier existant ou complété.</translation>
    </message>
    <message>
        <source>Unknown (not known)</source>
        <translation>Inconnu (non déterminé)</translation>
    </message>
    <message>
        <source>years, e.g. 40</source>
        <translation>ans, p. ex. 40</translation>
    </message>
    <message>
        <source>where found, who brought them, features (optional)</source>
        <translation>lieu de découverte, accompagnant, signes particuliers (facultatif)</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Âge estimé</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Register unidentified</source>
        <translation>Enregistrer non identifié</translation>
    </message>
    <message>
        <source>Print &amp;wristband…</source>
        <translation>Imprimer le &amp;bracelet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the estimated age in years (a guess is fine), e.g. 40.</source>
        <translation>Saisissez l&apos;âge estimé en années (une estimation suffit), p. ex. 40.</translation>
    </message>
    <message>
        <source>{typed} is not an age; type whole years from 0 to {most}.</source>
        <translation>{typed} n&apos;est pas un âge ; saisissez un nombre entier d&apos;années de 0 à {most}.</translation>
    </message>
    <message>
        <source>The note is too long (500 characters at most).</source>
        <translation>La note est trop longue (500 caractères au maximum).</translation>
    </message>
    <message>
        <source>Registered as &lt;b&gt;{alias}&lt;/b&gt; (MRN {mrn}), unidentified, {sex}, born {born}. Put the wristband on now.</source>
        <translation>Enregistré sous &lt;b&gt;{alias}&lt;/b&gt; (IPP {mrn}), non identifié, {sex}, naissance : {born}. Posez le bracelet maintenant.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation>Bracelet {mrn}</translation>
    </message>
</context>
<context>
    <name>IdentifyDialog</name>
    <message>
        <source>Identify {alias} (MRN {mrn})</source>
        <translation>Identifier {alias} (IPP {mrn})</translation>
    </message>
    <message>
        <source>e.g. passport brought by his daughter</source>
        <translation>p. ex. passeport apporté par sa fille</translation>
    </message>
    <message>
        <source>&lt;b&gt;{alias}&lt;/b&gt; is unidentified. Type who they are. If they are already registered (see &lt;i&gt;Possible duplicates&lt;/i&gt;), do not record a new identity: an administrator merges this record into theirs in the Patient index.</source>
        <translation>&lt;b&gt;{alias}&lt;/b&gt; n&apos;est pas identifié. Saisissez son identité. S&apos;il est déjà enregistré (voir &lt;i&gt;Doublons possibles&lt;/i&gt;), n&apos;enregistrez pas de nouvelle identité : un administrateur fusionne ce dossier avec le sien dans l&apos;index des patients.</translation>
    </message>
    <message>
        <source>This is the existing patient…</source>
        <translation>C&apos;est ce patient existant…</translation>
    </message>
    <message>
        <source>A strong match exists: say how you know this is a different person (at least {count} characters):</source>
        <translation>Une correspondance forte existe : indiquez comment vous savez qu&apos;il s&apos;agit d&apos;une autre personne (au moins {count} caractères) :</translation>
    </message>
    <message>
        <source>How was the patient identified? (at least {count} characters, kept in the history)</source>
        <translation>Comment le patient a-t-il été identifié ? (au moins {count} caractères, conservé dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Nothing was changed. Ask an administrator to merge {alias} (MRN {mrn}, the duplicate) into MRN {existing_mrn} ({existing_name}, the record to keep) in the Patient index: everything recorded under the alias moves to that record.</source>
        <translation>Rien n&apos;a été modifié. Demandez à un administrateur de fusionner {alias} (IPP {mrn}, le doublon) avec l&apos;IPP {existing_mrn} ({existing_name}, le dossier à conserver) dans l&apos;index des patients : tout ce qui a été enregistré sous l&apos;identité provisoire sera transféré dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>MergeWorkspace</name>
    <message>
        <source>UNIDENTIFIED ({alias})</source>
        <translation>NON IDENTIFIÉ ({alias})</translation>
    </message>
    <message>
        <source>identified (was {alias})</source>
        <translation>identifié (anciennement {alias})</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identifié</translation>
    </message>
    <message>
        <source>1. Record to keep (survivor)</source>
        <translation>1. Dossier à conserver (dossier principal)</translation>
    </message>
    <message>
        <source>2. Duplicate to merge into it</source>
        <translation>2. Doublon à y fusionner</translation>
    </message>
    <message>
        <source>Survivor (kept)</source>
        <translation>Dossier principal (conservé)</translation>
    </message>
    <message>
        <source>Duplicate (merged into survivor)</source>
        <translation>Doublon (fusionné dans le principal)</translation>
    </message>
    <message>
        <source>Why are these the same person? (at least {count} characters)</source>
        <translation>Pourquoi s&apos;agit-il de la même personne ? (au moins {count} caractères)</translation>
    </message>
    <message>
        <source>Merge duplicate into survivor</source>
        <translation>Fusionner le doublon dans le dossier principal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>Dossier principal</translation>
    </message>
    <message>
        <source>Merged duplicate</source>
        <translation>Doublon fusionné</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo the selected merge…</source>
        <translation>Annuler la fusion sélectionnée…</translation>
    </message>
    <message>
        <source>Recent merges</source>
        <translation>Fusions récentes</translation>
    </message>
    <message>
        <source>Choose two different records.</source>
        <translation>Choisissez deux dossiers différents.</translation>
    </message>
    <message>
        <source>Merge records</source>
        <translation>Fusionner les dossiers</translation>
    </message>
    <message>
        <source>Move everything recorded for MRN {duplicate_mrn} ({duplicate_name}) to MRN {survivor_mrn} ({survivor_name})? MRN {duplicate_mrn} will then find the survivor. This can be undone.</source>
        <translation>Transférer tout ce qui est enregistré sous l&apos;IPP {duplicate_mrn} ({duplicate_name}) vers l&apos;IPP {survivor_mrn} ({survivor_name}) ? L&apos;IPP {duplicate_mrn} renverra ensuite au dossier principal. Cette opération peut être annulée.</translation>
    </message>
    <message>
        <source>Merged (merge #{id}). The duplicate&apos;s MRN now finds the survivor.</source>
        <translation>Fusionnés (fusion n° {id}). L&apos;IPP du doublon renvoie désormais au dossier principal.</translation>
    </message>
    <message>
        <source>undone {when}</source>
        <translation>annulée le {when}</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnés</translation>
    </message>
    <message>
        <source>Select a merge to undo.</source>
        <translation>Sélectionnez la fusion à annuler.</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Why undo merge #{id}? (at least {count} characters)</source>
        <translation>Pourquoi annuler la fusion n° {id} ? (au moins {count} caractères)</translation>
    </message>
    <message>
        <source>Give a reason of at least {count} characters.</source>
        <translation>Indiquez un motif d&apos;au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Merge #{id} undone: both records are separate again, exactly as before.</source>
        <translation>Fusion n° {id} annulée : les deux dossiers sont de nouveau distincts, exactement comme avant.</translation>
    </message>
</context>
<context>
    <name>PatientDetail</name>
    <message>
        <source>Demographics</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Correct demographics…</source>
        <translation>Corriger l&apos;identité…</translation>
    </message>
    <message>
        <source>&amp;Identify…</source>
        <translation>&amp;Identifier…</translation>
    </message>
    <message>
        <source>Record who this unidentified patient is, or see how to merge the record into theirs</source>
        <translation>Enregistrer l&apos;identité de ce patient non identifié, ou voir comment fusionner ce dossier avec le sien</translation>
    </message>
    <message>
        <source>Print wristband…</source>
        <translation>Imprimer le bracelet…</translation>
    </message>
    <message>
        <source>Print ID label…</source>
        <translation>Imprimer l&apos;étiquette…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation>Bracelet {mrn}</translation>
    </message>
    <message>
        <source>ID label {mrn}</source>
        <translation>Étiquette {mrn}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>record #{id} merged into this one</source>
        <translation>dossier n° {id} fusionné dans celui-ci</translation>
    </message>
    <message>
        <source>merge of record #{id} undone</source>
        <translation>fusion du dossier n° {id} annulée</translation>
    </message>
    <message>
        <source>registered unidentified as {alias}</source>
        <translation>enregistré non identifié sous {alias}</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>enregistré</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>exact date</source>
        <translation>date exacte</translation>
    </message>
    <message>
        <source>year only</source>
        <translation>année seule</translation>
    </message>
    <message>
        <source>estimated age</source>
        <translation>âge estimé</translation>
    </message>
    <message>
        <source>year of birth, e.g. 1970</source>
        <translation>année de naissance, p. ex. 1970</translation>
    </message>
    <message>
        <source>estimated age in years, e.g. 40</source>
        <translation>âge estimé en années, p. ex. 40</translation>
    </message>
    <message>
        <source>{pattern}, e.g. {example}</source>
        <translation>{pattern}, p. ex. {example}</translation>
    </message>
    <message>
        <source>How well the birth date is known: the exact date, only the year, or an age estimated by staff (shown as such everywhere)</source>
        <translation>Précision de la date de naissance : date exacte, année seule ou âge estimé par le personnel (affiché comme tel partout)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>PatientInput</name>
    <message>
        <source>{field} is required.</source>
        <translation>{field} : champ obligatoire.</translation>
    </message>
    <message>
        <source>{field} is too long ({length} characters, at most {most}).</source>
        <translation>{field} : trop long ({length} caractères, {most} au maximum).</translation>
    </message>
    <message>
        <source>Say whether the birth date is exact, only the year, or an estimated age.</source>
        <translation>Indiquez si la date de naissance est exacte, limitée à l&apos;année ou un âge estimé.</translation>
    </message>
    <message>
        <source>Type the year of birth, e.g. 1970.</source>
        <translation>Saisissez l&apos;année de naissance, p. ex. 1970.</translation>
    </message>
    <message>
        <source>{typed} is not a year; type four digits, e.g. 1970.</source>
        <translation>{typed} n&apos;est pas une année ; saisissez quatre chiffres, p. ex. 1970.</translation>
    </message>
    <message>
        <source>The year of birth is in the future.</source>
        <translation>L&apos;année de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>Born this year and only the year known: type the exact date, or an estimated age of 0.</source>
        <translation>Né(e) cette année avec seulement l&apos;année connue : saisissez la date exacte, ou un âge estimé de 0.</translation>
    </message>
    <message>
        <source>The year of birth is before 1880.</source>
        <translation>L&apos;année de naissance est antérieure à 1880.</translation>
    </message>
    <message>
        <source>Type the estimated age in years, e.g. 40.</source>
        <translation>Saisissez l&apos;âge estimé en années, p. ex. 40.</translation>
    </message>
    <message>
        <source>{typed} is not an age; type whole years from 0 to {most}, e.g. 40.</source>
        <translation>{typed} n&apos;est pas un âge ; saisissez un nombre entier d&apos;années de 0 à {most}, p. ex. 40.</translation>
    </message>
    <message>
        <source>Birth date is required ({pattern}).</source>
        <translation>La date de naissance est obligatoire ({pattern}).</translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}. If only the year is known, choose &apos;year only&apos;.</source>
        <translation>{typed} n&apos;est pas une date ; saisissez {pattern}, p. ex. {example}. Si seule l&apos;année est connue, choisissez « année seule ».</translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}. If the age is estimated, choose &apos;estimated age&apos;.</source>
        <translation>{typed} n&apos;est pas une date ; saisissez {pattern}, p. ex. {example}. Si l&apos;âge est estimé, choisissez « âge estimé ».</translation>
    </message>
    <message>
        <source>{typed} is not a date; type {pattern}, e.g. {example}.</source>
        <translation>{typed} n&apos;est pas une date ; saisissez {pattern}, p. ex. {example}.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The birth date is before 1880.</source>
        <translation>La date de naissance est antérieure à 1880.</translation>
    </message>
    <message>
        <source>Choose female, male, other or unknown.</source>
        <translation>Choisissez féminin, masculin, autre ou inconnu.</translation>
    </message>
    <message>
        <source>A national ID has 4 to 32 letters, digits or dashes.</source>
        <translation>Un n° d&apos;identité compte 4 à 32 lettres, chiffres ou tirets.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, (, ), ., / or - only.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, espaces, +, (, ), ., / ou -.</translation>
    </message>
    <message>
        <source>The address is too long (300 characters at most).</source>
        <translation>L&apos;adresse est trop longue (300 caractères au maximum).</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L&apos;adresse</translation>
    </message>
    <message>
        <source>A postal code has 2 to 12 letters, digits, spaces or dashes.</source>
        <translation>Un code postal compte 2 à 12 lettres, chiffres, espaces ou tirets.</translation>
    </message>
</context>
<context>
    <name>PatientListPanel</name>
    <message>
        <source>{name}  (unidentified)</source>
        <translation>{name}  (non identifié)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>N° d&apos;identité</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Type a name, MRN, birth date, phone or national ID.</source>
        <translation>Saisissez un nom, un IPP, une date de naissance, un téléphone ou un n° d&apos;identité.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No patient found. Check the spelling, or register a new patient.</source>
        <translation>Aucun patient trouvé. Vérifiez l&apos;orthographe ou enregistrez un nouveau patient.</translation>
    </message>
    <message numerus="yes">
        <source>%n patients found — scroll for more</source>
        <translation>
            <numerusform>%Ln patient trouvé — faites défiler pour la suite</numerusform>
            <numerusform>%Ln patients trouvés — faites défiler pour la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patients found</source>
        <translation>
            <numerusform>%Ln patient trouvé</numerusform>
            <numerusform>%Ln patients trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatientRow</name>
    <message>
        <source>{year} (year only)</source>
        <translation>{year} (année seule)</translation>
    </message>
    <message>
        <source>c. {year} (estimated)</source>
        <translation>env. {year} (estimée)</translation>
    </message>
</context>
<context>
    <name>ReceptionWorkspace</name>
    <message>
        <source>&amp;Register new patient… (Ctrl+N)</source>
        <translation>&amp;Nouveau patient… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Emergency — unidentified…</source>
        <translation>Urgence — patient non identifié…</translation>
    </message>
    <message>
        <source>Register a patient nobody can identify yet under a temporary identity</source>
        <translation>Enregistrer sous une identité provisoire un patient que personne ne peut encore identifier</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a new patient</source>
        <translation>Enregistrer un nouveau patient</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>This patient may already be registered. To register anyway, say why (at least {count} characters):</source>
        <translation>Ce patient est peut-être déjà enregistré. Pour l&apos;enregistrer quand même, indiquez pourquoi (au moins {count} caractères) :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Emergency — unidentified…</source>
        <translation>&amp;Urgence — patient non identifié…</translation>
    </message>
    <message>
        <source>Register a patient nobody can identify yet under a temporary identity (UNKNOWN year-number), with sex if known and an estimated age</source>
        <translation>Enregistrer sous une identité provisoire (UNKNOWN année-numéro) un patient que personne ne peut encore identifier, avec son sexe s&apos;il est connu et un âge estimé</translation>
    </message>
    <message>
        <source>Existing records could not be checked. Press Register again to register anyway.</source>
        <translation>Impossible de vérifier les dossiers existants. Appuyez de nouveau sur Enregistrer pour enregistrer quand même.</translation>
    </message>
    <message>
        <source>Register as unidentified?</source>
        <translation>Enregistrer comme non identifié ?</translation>
    </message>
    <message>
        <source>The names typed here will not be used: the patient gets a temporary identity until identified. Continue?</source>
        <translation>Les noms saisis ici ne seront pas utilisés : le patient reçoit une identité provisoire jusqu&apos;à son identification. Continuer ?</translation>
    </message>
    <message>
        <source>Please correct the marked fields.</source>
        <translation>Veuillez corriger les champs signalés.</translation>
    </message>
    <message>
        <source>Checking for existing records…</source>
        <translation>Recherche de dossiers existants…</translation>
    </message>
    <message>
        <source>Say why you register despite the strong match.</source>
        <translation>Indiquez pourquoi vous enregistrez malgré la correspondance forte.</translation>
    </message>
    <message>
        <source>{name}, MRN {mrn}, born {born} ({score}%: {reasons})</source>
        <translation>{name}, IPP {mrn}, naissance : {born} ({score}&#xa0;% : {reasons})</translation>
    </message>
    <message>
        <source>This patient may already be registered</source>
        <translation>Ce patient est peut-être déjà enregistré</translation>
    </message>
    <message>
        <source>A strong match exists. Open the existing record instead, or say why this is a different person (at least {count} characters) and register again.</source>
        <translation>Une correspondance forte existe. Ouvrez plutôt le dossier existant, ou indiquez pourquoi il s&apos;agit d&apos;une autre personne (au moins {count} caractères) puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>Record identity</source>
        <translation>Enregistrer l&apos;identité</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date accuracy</source>
        <translation>Précision de la date de naissance</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>N° d&apos;identité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Temporary alias</source>
        <translation>Identité provisoire</translation>
    </message>
    <message>
        <source>Identification note</source>
        <translation>Note d&apos;identification</translation>
    </message>
    <message>
        <source>dd</source>
        <translation>jj</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
    <message>
        <source>yyyy</source>
        <translation>aaaa</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>{mrn} is not a valid MRN (its check digit is wrong): mistyped?</source>
        <translation>{mrn} n&apos;est pas un IPP valide (clé de contrôle erronée) : faute de frappe ?</translation>
    </message>
</context>
<context>
    <name>_FormKeys</name>
    <message>
        <source>Discard?</source>
        <translation>Abandonner ?</translation>
    </message>
    <message>
        <source>What you typed has not been saved. Discard it?</source>
        <translation>Votre saisie n&apos;a pas été enregistrée. L&apos;abandonner ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Poursuivre la saisie</translation>
    </message>
    <message>
        <source>Discard this registration?</source>
        <translation>Abandonner cet enregistrement ?</translation>
    </message>
    <message>
        <source>Discard this correction?</source>
        <translation>Abandonner cette correction ?</translation>
    </message>
    <message>
        <source>Discard this identification?</source>
        <translation>Abandonner cette identification ?</translation>
    </message>
</context>
</TS>
