<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessLog</name>
    <message>
        <source>MRN</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Access report (PDF)…</source>
        <translation>Rapport d&apos;accès (PDF)…</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>⚠ EMERGENCY — {purpose}</source>
        <translation>⚠ URGENCE — {purpose}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chart openings shown</source>
        <translation>
            <numerusform>%Ln ouverture de dossier affichée</numerusform>
            <numerusform>%Ln ouvertures de dossier affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chart openings</source>
        <translation>
            <numerusform>%Ln ouverture de dossier</numerusform>
            <numerusform>%Ln ouvertures de dossier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln records written</source>
        <translation>
            <numerusform>%Ln enregistrement écrit</numerusform>
            <numerusform>%Ln enregistrements écrits</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the patient&apos;s MRN for the access report.</source>
        <translation>Saisissez l&apos;IPP du patient pour le rapport d&apos;accès.</translation>
    </message>
    <message>
        <source>Access report for {mrn}: {openings}, {writes}.</source>
        <translation>Rapport d&apos;accès pour {mrn}&#xa0;: {openings}, {writes}.</translation>
    </message>
    <message>
        <source>Access report {mrn}</source>
        <translation>Rapport d&apos;accès {mrn}</translation>
    </message>
</context>
<context>
    <name>AuditFlag</name>
    <message>
        <source>flagged LOW</source>
        <translation>valeur BASSE</translation>
    </message>
    <message>
        <source>flagged HIGH</source>
        <translation>valeur HAUTE</translation>
    </message>
    <message>
        <source>flagged ABNORMAL</source>
        <translation>valeur ANORMALE</translation>
    </message>
    <message>
        <source>flagged CRITICAL LOW</source>
        <translation>valeur CRITIQUE BASSE</translation>
    </message>
    <message>
        <source>flagged CRITICAL HIGH</source>
        <translation>valeur CRITIQUE HAUTE</translation>
    </message>
</context>
<context>
    <name>AuditQueries</name>
    <message>
        <source>{name} ({login})</source>
        <translation>{name} ({login})</translation>
    </message>
    <message>
        <source>{login} (database administrator)</source>
        <translation>{login} (administrateur de la base de données)</translation>
    </message>
    <message>
        <source>{login} (not a staff login)</source>
        <translation>{login} (pas un compte du personnel)</translation>
    </message>
    <message>
        <source>No patient with MRN {mrn}.</source>
        <translation>Aucun patient avec l&apos;IPP {mrn}.</translation>
    </message>
    <message>
        <source>Unknown action {action}.</source>
        <translation>Action inconnue&#xa0;: {action}.</translation>
    </message>
    <message>
        <source>Choose an outcome.</source>
        <translation>Choisissez une conclusion.</translation>
    </message>
    <message>
        <source>Write a comment of at least 5 characters: what you checked and found.</source>
        <translation>Rédigez un commentaire d&apos;au moins 5 caractères&#xa0;: ce que vous avez vérifié et constaté.</translation>
    </message>
    <message>
        <source>Enter the patient&apos;s MRN.</source>
        <translation>Saisissez l&apos;IPP du patient.</translation>
    </message>
    <message>
        <source>No patient with id {id}.</source>
        <translation>Aucun patient avec l&apos;identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>AuditWorkspace</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Chart access</source>
        <translation>Accès aux dossiers</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revues</translation>
    </message>
    <message>
        <source>Chain status</source>
        <translation>État de la chaîne</translation>
    </message>
</context>
<context>
    <name>ChainCheck</name>
    <message>
        <source>Every write is linked into a SHA-256 hash chain. The check seals the events of finished transactions, then recomputes the whole chain from the first event: any edited, removed or inserted event shows up at the first place where the chain breaks.</source>
        <translation>Chaque écriture est liée à une chaîne de hachage SHA-256. Le contrôle scelle les événements des transactions terminées, puis recalcule toute la chaîne depuis le premier événement&#xa0;: tout événement modifié, supprimé ou inséré apparaît au premier endroit où la chaîne se rompt.</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Vérifier la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Sealing and verifying…</source>
        <translation>Scellement et vérification…</translation>
    </message>
    <message>
        <source>Verified {done} of {total} sealed events…</source>
        <translation>{done} événements scellés vérifiés sur {total}…</translation>
    </message>
    <message>
        <source>{result} — checked {when}</source>
        <translation>{result} — vérifié le {when}</translation>
    </message>
    <message>
        <source>audit chain intact: {sealed}, {unsealed}, head {head}</source>
        <translation>chaîne d&apos;audit intacte&#xa0;: {sealed}, {unsealed}, tête {head}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sealed events</source>
        <translation>
            <numerusform>%Ln événement scellé</numerusform>
            <numerusform>%Ln événements scellés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln awaiting seal</source>
        <translation>
            <numerusform>%Ln en attente de scellement</numerusform>
            <numerusform>%Ln en attente de scellement</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>audit chain broken at event {event}: {problem}</source>
        <translation>chaîne d&apos;audit rompue à l&apos;événement {event}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>audit chain broken at the chain head: {problem}</source>
        <translation>chaîne d&apos;audit rompue en tête de chaîne&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The check could not run: {message}</source>
        <translation>Le contrôle n&apos;a pas pu s&apos;exécuter&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>EventSearch</name>
    <message>
        <source>INSERT</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>UPDATE</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; added {table} row {row} on {when}</source>
        <translation>&lt;b&gt;{actor}&lt;/b&gt; a ajouté la ligne {row} de {table} le {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; changed {table} row {row} on {when}</source>
        <translation>&lt;b&gt;{actor}&lt;/b&gt; a modifié la ligne {row} de {table} le {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{actor}&lt;/b&gt; removed {table} row {row} on {when}</source>
        <translation>&lt;b&gt;{actor}&lt;/b&gt; a supprimé la ligne {row} de {table} le {when}</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>any user</source>
        <translation>tout utilisateur</translation>
    </message>
    <message>
        <source>any table</source>
        <translation>toute table</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Select a write to see what it changed.</source>
        <translation>Sélectionnez une écriture pour voir ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <source>Show unchanged columns</source>
        <translation>Afficher les colonnes inchangées</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message numerus="yes">
        <source>%Ln writes shown — scroll for more</source>
        <translation>
            <numerusform>%Ln écriture affichée — faites défiler pour la suite</numerusform>
            <numerusform>%Ln écritures affichées — faites défiler pour la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln writes shown</source>
        <translation>
            <numerusform>%Ln écriture affichée</numerusform>
            <numerusform>%Ln écritures affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>patient {patient}</source>
        <translation>patient {patient}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>result {flag}</source>
        <translation>résultat&#xa0;: {flag}</translation>
    </message>
    <message>
        <source>value {flag}</source>
        <translation>{flag}</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Justified</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <source>Not justified</source>
        <translation>Non justifié</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Suivi nécessaire</translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>Awaiting review only</source>
        <translation>En attente de revue uniquement</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé le</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Soignant</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motif donné</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>What you checked and what you found (recorded, cannot be changed later)</source>
        <translation>Ce que vous avez vérifié et constaté (enregistré, non modifiable ensuite)</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme revu</translation>
    </message>
    <message>
        <source>Select an emergency access or a flagged change.</source>
        <translation>Sélectionnez un accès d&apos;urgence ou une modification signalée.</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Emergency (break-glass) chart accesses&lt;/b&gt;</source>
        <translation>&lt;b&gt;Accès d&apos;urgence aux dossiers (bris de glace)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flagged staff changes&lt;/b&gt; (self-grants, new access to patient data or the audit trail, one-time passwords)</source>
        <translation>&lt;b&gt;Modifications signalées du personnel&lt;/b&gt; (auto-attributions, nouvel accès aux données patients ou au journal d&apos;audit, mots de passe à usage unique)</translation>
    </message>
    <message>
        <source>awaiting review</source>
        <translation>en attente de revue</translation>
    </message>
    <message>
        <source>{outcome} ({reviewer}): {comment}</source>
        <translation>{outcome} ({reviewer})&#xa0;: {comment}</translation>
    </message>
    <message>
        <source>Emergency access by {staff} to {patient} ({mrn}) on {when}: “{reason}”</source>
        <translation>Accès d&apos;urgence de {staff} au dossier de {patient} ({mrn}) le {when}&#xa0;: «&#xa0;{reason}&#xa0;»</translation>
    </message>
    <message>
        <source>{login}: {flag} — “{reason}”</source>
        <translation>{login}&#xa0;: {flag} — «&#xa0;{reason}&#xa0;»</translation>
    </message>
    <message>
        <source>Select what you reviewed first.</source>
        <translation>Sélectionnez d&apos;abord ce que vous avez revu.</translation>
    </message>
    <message>
        <source>Review recorded.</source>
        <translation>Revue enregistrée.</translation>
    </message>
</context>
</TS>
