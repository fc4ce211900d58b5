<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>DashboardWorkspace</name>
    <message>
        <source>Reception dashboard</source>
        <translation>Tableau de bord de l&apos;accueil</translation>
    </message>
    <message>
        <source>Clinic dashboard</source>
        <translation>Tableau de bord des consultations</translation>
    </message>
    <message>
        <source>Ward dashboard</source>
        <translation>Tableau de bord du service</translation>
    </message>
    <message>
        <source>Pharmacy dashboard</source>
        <translation>Tableau de bord de la pharmacie</translation>
    </message>
    <message>
        <source>Laboratory dashboard</source>
        <translation>Tableau de bord du laboratoire</translation>
    </message>
    <message>
        <source>Billing dashboard</source>
        <translation>Tableau de bord de la facturation</translation>
    </message>
    <message>
        <source>Administration dashboard</source>
        <translation>Tableau de bord de l&apos;administration</translation>
    </message>
    <message>
        <source>Audit dashboard</source>
        <translation>Tableau de bord de l&apos;audit</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Figures not refreshed: {message}</source>
        <translation>Chiffres non actualisés : {message}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>Updated {time}; refreshes every %n s</source>
        <translation>
            <numerusform>Mis à jour à {time} ; actualisation toutes les %Ln s</numerusform>
            <numerusform>Mis à jour à {time} ; actualisation toutes les %Ln s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricPanel</name>
    <message>
        <source>figures of {time}</source>
        <translation>chiffres de {time}</translation>
    </message>
    <message>
        <source>Not available: {message}</source>
        <translation>Indisponible : {message}</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Booked</source>
        <translation>Programmés</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vus</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Stat</source>
        <translation>Très urgent</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>résultat de labo</translation>
    </message>
    <message>
        <source>critical lab result</source>
        <translation>résultat critique</translation>
    </message>
    <message>
        <source>corrected lab result</source>
        <translation>résultat corrigé</translation>
    </message>
    <message>
        <source>escalated critical result</source>
        <translation>critique escaladé</translation>
    </message>
    <message>
        <source>stat prescription</source>
        <translation>Rx très urgente</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>compte créé</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>services</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>réactivé</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>mot de passe modifié</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>déverrouillé</translation>
    </message>
    <message>
        <source>second factor enrolled</source>
        <translation>second facteur activé</translation>
    </message>
    <message>
        <source>second factor removed</source>
        <translation>second facteur retiré</translation>
    </message>
    <message>
        <source>New patients</source>
        <translation>Nouveaux patients</translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) in {days} days</source>
        <translation>
            <numerusform>%Ln nouveau patient en {days} jours</numerusform>
            <numerusform>%Ln nouveaux patients en {days} jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation>Attente moyenne (min)</translation>
    </message>
    <message>
        <source>Slowest clinic&apos;s 90th percentile (min)</source>
        <translation>90e centile de la consultation la plus lente (min)</translation>
    </message>
    <message numerus="yes">
        <source>check-in to call: {minutes} min on average over %n visit(s)</source>
        <translation>
            <numerusform>de l&apos;arrivée à l&apos;appel : {minutes} min en moyenne sur %Ln venue</numerusform>
            <numerusform>de l&apos;arrivée à l&apos;appel : {minutes} min en moyenne sur %Ln venues</numerusform>
        </translation>
    </message>
    <message>
        <source>No-show rate (%)</source>
        <translation>Taux d&apos;absence (%)</translation>
    </message>
    <message numerus="yes">
        <source>{rate} % of %n finished appointment(s) in {days} days</source>
        <translation>
            <numerusform>{rate} % de %Ln rendez-vous échu en {days} jours</numerusform>
            <numerusform>{rate} % de %Ln rendez-vous échus en {days} jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Charged ({currency})</source>
        <translation>Facturé ({currency})</translation>
    </message>
    <message>
        <source>{amount} charged in {days} days (void excluded)</source>
        <translation>{amount} facturés en {days} jours (hors annulations)</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <source>busiest day {amount}; days without clinics show 0</source>
        <translation>jour le plus chargé : {amount} ; les jours sans consultation affichent 0</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) on my list today</source>
        <translation>
            <numerusform>%Ln patient sur ma liste aujourd&apos;hui</numerusform>
            <numerusform>%Ln patients sur ma liste aujourd&apos;hui</numerusform>
        </translation>
    </message>
    <message>
        <source>appointments today in my departments</source>
        <translation>rendez-vous du jour dans mes services</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Non acquittées</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged notification(s)</source>
        <translation>
            <numerusform>%Ln notification non acquittée</numerusform>
            <numerusform>%Ln notifications non acquittées</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Examinés</translation>
    </message>
    <message>
        <source>Awaiting review</source>
        <translation>À examiner</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency access(es) awaiting review in total</source>
        <translation>
            <numerusform>%Ln accès d&apos;urgence à examiner au total</numerusform>
            <numerusform>%Ln accès d&apos;urgence à examiner au total</numerusform>
        </translation>
    </message>
    <message>
        <source>self-grants, new access to patient data, one-time passwords</source>
        <translation>auto-attributions, nouveaux accès aux données patients, mots de passe à usage unique</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupés</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservés</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>En nettoyage</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message numerus="yes">
        <source>{occupied} of %n bed(s) occupied ({rate} %)</source>
        <translation>
            <numerusform>{occupied} lit occupé sur %Ln ({rate} %)</numerusform>
            <numerusform>{occupied} lits occupés sur %Ln ({rate} %)</numerusform>
        </translation>
    </message>
    <message>
        <source>Average stay (days)</source>
        <translation>Durée moyenne de séjour (jours)</translation>
    </message>
    <message>
        <source>Longest stay (days)</source>
        <translation>Séjour le plus long (jours)</translation>
    </message>
    <message numerus="yes">
        <source>%n discharge(s) in {days} days</source>
        <translation>
            <numerusform>%Ln sortie en {days} jours</numerusform>
            <numerusform>%Ln sorties en {days} jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{priority} (median min)</source>
        <translation>{priority} (médiane, min)</translation>
    </message>
    <message numerus="yes">
        <source>order to release; the 8 busiest tests; %n result(s) released in {days} days</source>
        <translation>
            <numerusform>de la prescription à la diffusion ; les 8 examens les plus demandés ; %Ln résultat diffusé en {days} jours</numerusform>
            <numerusform>de la prescription à la diffusion ; les 8 examens les plus demandés ; %Ln résultats diffusés en {days} jours</numerusform>
        </translation>
    </message>
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
    <message numerus="yes">
        <source>%n order(s) not yet released</source>
        <translation>
            <numerusform>%Ln examen pas encore diffusé</numerusform>
            <numerusform>%Ln examens pas encore diffusés</numerusform>
        </translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Seuil de réapprovisionnement</translation>
    </message>
    <message numerus="yes">
        <source>Expiring in %n days</source>
        <translation>
            <numerusform>Périmant sous %Ln jour</numerusform>
            <numerusform>Périmant sous %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Périmés</translation>
    </message>
    <message numerus="yes">
        <source>%n drug(s) out of stock; the first 8 low or expiring drugs</source>
        <translation>
            <numerusform>%Ln médicament en rupture ; les 8 premiers en stock bas ou proches de la péremption</numerusform>
            <numerusform>%Ln médicaments en rupture ; les 8 premiers en stock bas ou proches de la péremption</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n admitted patient(s) under my care</source>
        <translation>
            <numerusform>%Ln patient hospitalisé sous ma responsabilité</numerusform>
            <numerusform>%Ln patients hospitalisés sous ma responsabilité</numerusform>
        </translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvées</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Tranchées</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>Personnes distinctes</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) waiting for review; last scan {when}</source>
        <translation>
            <numerusform>%Ln paire à examiner ; dernière recherche le {when}</numerusform>
            <numerusform>%Ln paires à examiner ; dernière recherche le {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) waiting for review; no scan yet (hms-admin find-duplicates)</source>
        <translation>
            <numerusform>%Ln paire à examiner ; aucune recherche encore (hms-admin find-duplicates)</numerusform>
            <numerusform>%Ln paires à examiner ; aucune recherche encore (hms-admin find-duplicates)</numerusform>
        </translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <source>Registrations per day</source>
        <translation>Inscriptions par jour</translation>
    </message>
    <message>
        <source>Outpatient waiting time (check-in to call)</source>
        <translation>Attente en consultation externe (de l&apos;arrivée à l&apos;appel)</translation>
    </message>
    <message numerus="yes">
        <source>No-show rate by department, last %n days</source>
        <translation>
            <numerusform>Taux d&apos;absence par service, dernier jour</numerusform>
            <numerusform>Taux d&apos;absence par service, %Ln derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revenue by department, last %n days</source>
        <translation>
            <numerusform>Recettes par service, dernier jour</numerusform>
            <numerusform>Recettes par service, %Ln derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Charges per day</source>
        <translation>Facturation par jour</translation>
    </message>
    <message>
        <source>My patients today</source>
        <translation>Mes patients du jour</translation>
    </message>
    <message>
        <source>My open notifications</source>
        <translation>Mes notifications non acquittées</translation>
    </message>
    <message>
        <source>Today in my departments</source>
        <translation>Aujourd&apos;hui dans mes services</translation>
    </message>
    <message numerus="yes">
        <source>Emergency (break-glass) accesses, last %n days</source>
        <translation>
            <numerusform>Accès d&apos;urgence (bris de glace), dernier jour</numerusform>
            <numerusform>Accès d&apos;urgence (bris de glace), %Ln derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged staff changes</source>
        <translation>Modifications du personnel signalées</translation>
    </message>
    <message>
        <source>Bed occupancy by ward, now</source>
        <translation>Occupation des lits par service, en ce moment</translation>
    </message>
    <message numerus="yes">
        <source>Length of stay by ward, discharges of the last %n days</source>
        <translation>
            <numerusform>Durée de séjour par service, sorties du dernier jour</numerusform>
            <numerusform>Durée de séjour par service, sorties des %Ln derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lab turnaround by test and priority, last %n days</source>
        <translation>
            <numerusform>Délai de rendu par examen et priorité, dernier jour</numerusform>
            <numerusform>Délai de rendu par examen et priorité, %Ln derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab work not yet released</source>
        <translation>Examens de laboratoire non encore diffusés</translation>
    </message>
    <message>
        <source>Stock-outs, low stock and near-expiry</source>
        <translation>Ruptures, stocks bas et péremptions proches</translation>
    </message>
    <message>
        <source>Duplicate records (registry scan)</source>
        <translation>Doublons de dossiers (recherche dans le registre)</translation>
    </message>
    <message>
        <source>My admitted patients</source>
        <translation>Mes patients hospitalisés</translation>
    </message>
</context>
</TS>
