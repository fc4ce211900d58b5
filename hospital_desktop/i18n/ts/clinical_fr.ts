<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Allergy</name>
    <message>
        <source>drug</source>
        <translation>médicament</translation>
    </message>
    <message>
        <source>food</source>
        <translation>aliment</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>légère</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modérée</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sévère</translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation>risque vital</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>saisie par erreur</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>booked</source>
        <translation>programmé</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>en consultation</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>vu</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>ClinicWorkspace</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
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
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Today&apos;s appointments in my clinics (double-click or Return to start or resume)</source>
        <translation>Rendez-vous du jour dans mes consultations (double-clic ou Entrée pour commencer ou reprendre)</translation>
    </message>
    <message>
        <source>Worklist</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>{service} (video)</source>
        <translation>{service} (vidéo)</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) today.</source>
        <translation>
            <numerusform>%Ln rendez-vous aujourd&apos;hui.</numerusform>
            <numerusform>%Ln rendez-vous aujourd&apos;hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>That order is not visible to you.</source>
        <translation>Cette prescription ne vous est pas accessible.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>associé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>saisi par erreur</translation>
    </message>
</context>
<context>
    <name>Encounter</name>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>EncounterView</name>
    <message>
        <source>Subjective</source>
        <translation>Subjectif</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Conduite à tenir</translation>
    </message>
    <message>
        <source>&amp;Note (SOAP)</source>
        <translation>&amp;Observation</translation>
    </message>
    <message>
        <source>&amp;Vital signs</source>
        <translation>&amp;Constantes</translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation>&amp;Allergies</translation>
    </message>
    <message>
        <source>&amp;Diagnoses</source>
        <translation>&amp;Diagnostics</translation>
    </message>
    <message>
        <source>&amp;Problem list</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>P&amp;rescriptions</translation>
    </message>
    <message>
        <source>C&amp;lose encounter</source>
        <translation>&amp;Terminer la consultation</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer l&apos;observation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Constante</translation>
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
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Choose substance…</source>
        <translation>Choisir la substance…</translation>
    </message>
    <message>
        <source>Category…</source>
        <translation>Catégorie…</translation>
    </message>
    <message>
        <source>reaction, e.g. hives</source>
        <translation>réaction, p. ex. urticaire</translation>
    </message>
    <message>
        <source>Severity (if known)</source>
        <translation>Gravité (si connue)</translation>
    </message>
    <message>
        <source>Add allergy</source>
        <translation>Ajouter l&apos;allergie</translation>
    </message>
    <message>
        <source>No known allergies</source>
        <translation>Pas d&apos;allergie connue</translation>
    </message>
    <message>
        <source>The patient (or someone for them) says there are no known allergies: recorded with your name and the time</source>
        <translation>Le patient (ou un proche) déclare n&apos;avoir aucune allergie connue : enregistré avec votre nom et l&apos;heure</translation>
    </message>
    <message>
        <source>Asked, and the patient knows of none:</source>
        <translation>Question posée, aucune allergie connue du patient :</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Allergies not yet asked — record allergies or &apos;No known allergies&apos;</source>
        <translation>Allergies non encore recherchées — saisir les allergies ou « Pas d&apos;allergie connue »</translation>
    </message>
    <message>
        <source>Record allergies…</source>
        <translation>Saisir les allergies…</translation>
    </message>
    <message>
        <source>Search ICD-10 by code or words, e.g. J06 or &apos;hypertension&apos;</source>
        <translation>Rechercher dans la CIM-10 par code ou par mots, p. ex. J06 ou « hypertension »</translation>
    </message>
    <message>
        <source>Add as primary</source>
        <translation>Ajouter en diagnostic principal</translation>
    </message>
    <message>
        <source>Add as secondary</source>
        <translation>Ajouter en diagnostic associé</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certitude</translation>
    </message>
    <message>
        <source>Encounter</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Add to problem list</source>
        <translation>Ajouter à la liste des problèmes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Noté le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Amend selected note…</source>
        <translation>Rectifier la note sélectionnée…</translation>
    </message>
    <message>
        <source>This encounter is not visible to you.</source>
        <translation>Cette consultation ne vous est pas accessible.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encounter #{id}&lt;/b&gt; · {department} · {clinician} · started {started} · &lt;b&gt;{status}&lt;/b&gt; · video visit</source>
        <translation>&lt;b&gt;Consultation n° {id}&lt;/b&gt; · {department} · {clinician} · débutée le {started} · &lt;b&gt;{status}&lt;/b&gt; · téléconsultation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encounter #{id}&lt;/b&gt; · {department} · {clinician} · started {started} · &lt;b&gt;{status}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consultation n° {id}&lt;/b&gt; · {department} · {clinician} · débutée le {started} · &lt;b&gt;{status}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{kind} of note {note}: {reason}</source>
        <translation>{kind} de la note {note} : {reason}</translation>
    </message>
    <message>
        <source>{kind} (remote)</source>
        <translation>{kind} (à distance)</translation>
    </message>
    <message>
        <source>{unit}  (plausible {low}–{high})</source>
        <translation>{unit}  (plage plausible {low}–{high})</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Rédigez d&apos;abord l&apos;observation.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Observation enregistrée.</translation>
    </message>
    <message>
        <source>{sign} {value} {unit} recorded.</source>
        <translation>Enregistré : {sign} {value} {unit}.</translation>
    </message>
    <message>
        <source>Choose or type the substance.</source>
        <translation>Choisissez ou saisissez la substance.</translation>
    </message>
    <message>
        <source>Allergy to {substance} recorded.</source>
        <translation>Allergie à {substance} enregistrée.</translation>
    </message>
    <message>
        <source>No known allergies recorded.</source>
        <translation>« Pas d&apos;allergie connue » enregistré.</translation>
    </message>
    <message>
        <source>Search and select a diagnosis first.</source>
        <translation>Recherchez et sélectionnez d&apos;abord un diagnostic.</translation>
    </message>
    <message>
        <source>{code} added as primary diagnosis.</source>
        <translation>{code} ajouté en diagnostic principal.</translation>
    </message>
    <message>
        <source>{code} added as secondary diagnosis.</source>
        <translation>{code} ajouté en diagnostic associé.</translation>
    </message>
    <message>
        <source>Search and select a problem first.</source>
        <translation>Recherchez et sélectionnez d&apos;abord un problème.</translation>
    </message>
    <message>
        <source>{code} added to the problem list.</source>
        <translation>{code} ajouté à la liste des problèmes.</translation>
    </message>
    <message>
        <source>Select the note to amend in the timeline.</source>
        <translation>Sélectionnez dans l&apos;historique la note à rectifier.</translation>
    </message>
    <message>
        <source>Amend note</source>
        <translation>Rectifier la note</translation>
    </message>
    <message>
        <source>Corrected text:</source>
        <translation>Texte corrigé :</translation>
    </message>
    <message>
        <source>Reason for the amendment:</source>
        <translation>Motif de la rectification :</translation>
    </message>
    <message>
        <source>Amendment saved.</source>
        <translation>Rectification enregistrée.</translation>
    </message>
    <message>
        <source>Encounter closed.</source>
        <translation>Consultation terminée.</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <source>consultation note (SOAP)</source>
        <translation>observation médicale (SOAP)</translation>
    </message>
    <message>
        <source>progress note</source>
        <translation>note d&apos;évolution</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>rectification</translation>
    </message>
    <message>
        <source>nursing note</source>
        <translation>transmission infirmière</translation>
    </message>
</context>
<context>
    <name>VitalSign</name>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Tension artérielle systolique</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Tension artérielle diastolique</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>Respiratory rate</source>
        <translation>Fréquence respiratoire</translation>
    </message>
    <message>
        <source>Body temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2)</source>
        <translation>Saturation en oxygène (SpO₂)</translation>
    </message>
    <message>
        <source>Body weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Body height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Pain score (0-10)</source>
        <translation>Douleur (EN 0-10)</translation>
    </message>
    <message>
        <source>final</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>saisie par erreur</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
</context>
</TS>
