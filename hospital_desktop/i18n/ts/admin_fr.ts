<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminBedState</name>
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
        <source>being cleaned</source>
        <translation>en nettoyage</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>{state} — {reason}</source>
        <translation>{state} — {reason}</translation>
    </message>
</context>
<context>
    <name>AdminDepartmentKind</name>
    <message>
        <source>outpatient</source>
        <translation>consultations externes</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>hospitalisation</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>urgences</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>plateau technique</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>pharmacie</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>administratif</translation>
    </message>
</context>
<context>
    <name>AdminLabRange</name>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Critical low</source>
        <translation>Seuil critique bas</translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation>Seuil critique haut</translation>
    </message>
    <message>
        <source>Age from (years)</source>
        <translation>Âge à partir de (ans)</translation>
    </message>
    <message>
        <source>Age to (years, excl.)</source>
        <translation>Âge jusqu&apos;à (ans, exclu)</translation>
    </message>
</context>
<context>
    <name>AdminQueries</name>
    <message>
        <source>Choose a password different from the one-time password.</source>
        <translation>Choisissez un mot de passe différent du mot de passe à usage unique.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>Un mot de passe compte au moins {count} caractères.</translation>
    </message>
    <message>
        <source>Use letters and at least one digit or symbol.</source>
        <translation>Utilisez des lettres et au moins un chiffre ou un symbole.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Le mot de passe ne doit pas contenir l&apos;identifiant.</translation>
    </message>
    <message>
        <source>This is one of the {count} most common passwords: choose another.</source>
        <translation>Ce mot de passe figure parmi les {count} plus courants : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>Saisissez les nom et prénom de la personne.</translation>
    </message>
    <message>
        <source>The user name {username} already exists. Choose another user name.</source>
        <translation>L&apos;identifiant {username} existe déjà. Choisissez un autre identifiant.</translation>
    </message>
    <message>
        <source>A staff member needs at least one role; deactivate the account instead.</source>
        <translation>Un membre du personnel a au moins un rôle ; désactivez plutôt le compte.</translation>
    </message>
    <message>
        <source>Unknown setting {key}.</source>
        <translation>Paramètre inconnu : {key}.</translation>
    </message>
    <message>
        <source>The setting {key} is missing in this database.</source>
        <translation>Le paramètre {key} manque dans cette base de données.</translation>
    </message>
    <message>
        <source>The logo is {size} kB; at most {limit} kB.</source>
        <translation>Le logo fait {size} ko ; {limit} ko au maximum.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Le logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The price code {code} has no price valid today. Add it to the price list first.</source>
        <translation>Le code tarif {code} n&apos;a pas de prix en vigueur aujourd&apos;hui. Ajoutez-le d&apos;abord aux tarifs.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount.</source>
        <translation>« {value} » n&apos;est pas un montant.</translation>
    </message>
    <message>
        <source>An amount is positive, less than {limit}, with at most two decimals.</source>
        <translation>Un montant est positif, inférieur à {limit}, avec deux décimales au plus.</translation>
    </message>
    <message>
        <source>{code} has no price valid on {date}; add it as a new item.</source>
        <translation>{code} n&apos;a pas de prix en vigueur le {date} ; ajoutez-le comme nouvel article.</translation>
    </message>
    <message>
        <source>A price change takes effect today or later; charges already made keep their price.</source>
        <translation>Un changement de prix prend effet aujourd&apos;hui ou plus tard ; les actes déjà facturés gardent leur prix.</translation>
    </message>
    <message>
        <source>The price of {code} already changes on {date}.</source>
        <translation>Le prix de {code} change déjà le {date}.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>{field} must be a number (or empty for none).</source>
        <translation>« {field} » doit être un nombre (ou vide s&apos;il n&apos;y en a pas).</translation>
    </message>
    <message>
        <source>Choose the test.</source>
        <translation>Choisissez l&apos;examen.</translation>
    </message>
</context>
<context>
    <name>AdminReference</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>AdminRoles</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier(ère)</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacien(ne)</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Insurance gateway (the gateway&apos;s own login)</source>
        <translation>Passerelle assurances (compte propre de la passerelle)</translation>
    </message>
</context>
<context>
    <name>AdminSettings</name>
    <message>
        <source>hospital name</source>
        <translation>nom de l&apos;établissement</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>idle lock</source>
        <translation>verrouillage pour inactivité</translation>
    </message>
    <message>
        <source>break-glass duration</source>
        <translation>durée de l&apos;accès d&apos;urgence</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>tax name</source>
        <translation>libellé de la taxe</translation>
    </message>
    <message>
        <source>tax registration number</source>
        <translation>numéro de TVA intracommunautaire</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>formats (locale)</source>
        <translation>formats (paramètres régionaux)</translation>
    </message>
</context>
<context>
    <name>AdminStaffState</name>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>locked (failed logins)</source>
        <translation>verrouillé (échecs de connexion)</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>doit changer son mot de passe</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
</context>
<context>
    <name>AuthenticatorDialog</name>
    <message>
        <source>Authenticator for {name}</source>
        <translation>Application d&apos;authentification de {name}</translation>
    </message>
    <message>
        <source>With &lt;b&gt;{name}&lt;/b&gt; ({username}) at your desk: they open an authenticator app that supports SHA-256 codes (for example Aegis, FreeOTP, 2FAS, Google Authenticator), add an account and scan this code. Then they type the 6 digits the app shows.</source>
        <translation>Avec &lt;b&gt;{name}&lt;/b&gt; ({username}) à votre bureau : la personne ouvre une application d&apos;authentification compatible avec les codes SHA-256 (par exemple Aegis, FreeOTP, 2FAS, Google Authenticator), ajoute un compte et scanne ce code. Elle saisit ensuite les 6 chiffres affichés par l&apos;application.</translation>
    </message>
    <message>
        <source>Their present authenticator stops working.</source>
        <translation>Son application d&apos;authentification actuelle cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code de l&apos;application</translation>
    </message>
    <message>
        <source>Or type this key into the app (time-based, SHA-256, 6 digits, 30 seconds):</source>
        <translation>Ou saisissez cette clé dans l&apos;application (basée sur le temps, SHA-256, 6 chiffres, 30 secondes) :</translation>
    </message>
    <message>
        <source>Type the 6 digits the app shows now.</source>
        <translation>Saisissez les 6 chiffres affichés maintenant par l&apos;application.</translation>
    </message>
</context>
<context>
    <name>BedQueries</name>
    <message>
        <source>A bed code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7-A).</source>
        <translation>Un code de lit compte 2 à 32 lettres, chiffres, - ou _, et commence par une lettre (ex. MEDW-7-A).</translation>
    </message>
    <message>
        <source>A room code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7).</source>
        <translation>Un code de chambre compte 2 à 32 lettres, chiffres, - ou _, et commence par une lettre (ex. MEDW-7).</translation>
    </message>
    <message>
        <source>The room name must have 1 to {longest} characters.</source>
        <translation>Le nom de la chambre compte 1 à {longest} caractères.</translation>
    </message>
    <message>
        <source>The bed label must have 1 to {longest} characters.</source>
        <translation>Le libellé du lit compte 1 à {longest} caractères.</translation>
    </message>
    <message>
        <source>This text must have 1 to {longest} characters.</source>
        <translation>Ce texte compte 1 à {longest} caractères.</translation>
    </message>
    <message>
        <source>This room no longer exists.</source>
        <translation>Cette chambre n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This bed no longer exists.</source>
        <translation>Ce lit n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>BedsEditor</name>
    <message>
        <source>Room / bed</source>
        <translation>Chambre / lit</translation>
    </message>
    <message>
        <source>Name / label</source>
        <translation>Nom / libellé</translation>
    </message>
    <message>
        <source>State now</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>e.g. {code}</source>
        <translation>ex. {code}</translation>
    </message>
    <message>
        <source>e.g. Medical ward room 7</source>
        <translation>ex. Médecine, chambre 7</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>Ajouter la chambre</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Deactivate room</source>
        <translation>Désactiver la chambre</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Chambre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>on the board, e.g. {label}</source>
        <translation>sur le tableau des lits, ex. {label}</translation>
    </message>
    <message>
        <source>Add bed</source>
        <translation>Ajouter le lit</translation>
    </message>
    <message>
        <source>Relabel</source>
        <translation>Changer le libellé</translation>
    </message>
    <message>
        <source>Deactivate bed</source>
        <translation>Désactiver le lit</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Codes are fixed once made (stays refer to them); names and labels change. A bed is retired only when empty: transfer or discharge its patient, or release its reservation, first. New wards are departments of kind inpatient (Departments tab).</source>
        <translation>Les codes ne changent plus une fois créés (les séjours s&apos;y réfèrent) ; les noms et libellés peuvent changer. Un lit n&apos;est retiré que s&apos;il est vide : transférez ou faites sortir son patient, ou levez sa réservation, d&apos;abord. Un nouveau service d&apos;hospitalisation se crée comme service de type « hospitalisation » (onglet Services).</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>{code} — {name} (closed)</source>
        <translation>{code} — {name} (fermé)</translation>
    </message>
    <message>
        <source>No wards yet: add a department of kind inpatient in the Departments tab.</source>
        <translation>Aucun service d&apos;hospitalisation : ajoutez un service de type « hospitalisation » dans l&apos;onglet Services.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%Ln chambre</numerusform>
            <numerusform>%Ln chambres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bed(s) in use</source>
        <translation>
            <numerusform>%Ln lit actif</numerusform>
            <numerusform>%Ln lits actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n occupied</source>
        <translation>
            <numerusform>%Ln occupé</numerusform>
            <numerusform>%Ln occupés</numerusform>
        </translation>
    </message>
    <message>
        <source>{rooms}, {beds} ({occupied})</source>
        <translation>{rooms}, {beds} ({occupied})</translation>
    </message>
    <message>
        <source>{rooms}, {beds} ({occupied}) — the ward is closed</source>
        <translation>{rooms}, {beds} ({occupied}) — le service est fermé</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Reactivate room</source>
        <translation>Réactiver la chambre</translation>
    </message>
    <message>
        <source>Reactivate bed</source>
        <translation>Réactiver le lit</translation>
    </message>
    <message>
        <source>{state} since {when}</source>
        <translation>{state} depuis le {when}</translation>
    </message>
    <message>
        <source>it can be retired only after the patient is transferred or discharged</source>
        <translation>il ne peut être retiré qu&apos;après le transfert ou la sortie du patient</translation>
    </message>
    <message>
        <source>release the reservation before retiring it</source>
        <translation>levez la réservation avant de le retirer</translation>
    </message>
    <message>
        <source>Type the new room&apos;s code and name, then Add room.</source>
        <translation>Saisissez le code et le nom de la nouvelle chambre, puis « Ajouter la chambre ».</translation>
    </message>
    <message>
        <source>Room {room} added to {ward}.</source>
        <translation>Chambre {room} ajoutée au service {ward}.</translation>
    </message>
    <message>
        <source>Room {room} renamed.</source>
        <translation>Chambre {room} renommée.</translation>
    </message>
    <message numerus="yes">
        <source>Room {room} still has %n bed(s) in use: deactivate its beds first.</source>
        <translation>
            <numerusform>La chambre {room} a encore %Ln lit actif : désactivez-le d&apos;abord.</numerusform>
            <numerusform>La chambre {room} a encore %Ln lits actifs : désactivez d&apos;abord ses lits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Room {room} reactivated.</source>
        <translation>Chambre {room} réactivée.</translation>
    </message>
    <message>
        <source>Room {room} deactivated.</source>
        <translation>Chambre {room} désactivée.</translation>
    </message>
    <message>
        <source>Type the new bed&apos;s code and label, then Add bed.</source>
        <translation>Saisissez le code et le libellé du nouveau lit, puis « Ajouter le lit ».</translation>
    </message>
    <message>
        <source>Bed {label} ({code}) added.</source>
        <translation>Lit {label} ({code}) ajouté.</translation>
    </message>
    <message>
        <source>Bed {bed} relabelled.</source>
        <translation>Libellé du lit {bed} modifié.</translation>
    </message>
    <message>
        <source>Bed {bed} reactivated.</source>
        <translation>Lit {bed} réactivé.</translation>
    </message>
    <message>
        <source>Bed {bed} deactivated.</source>
        <translation>Lit {bed} désactivé.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>At least {count} characters, letters and at least one digit or symbol, not your user name nor a common password. Only you know it: administrators can reset it but never see it.</source>
        <translation>Au moins {count} caractères, des lettres et au moins un chiffre ou un symbole, ni votre identifiant ni un mot de passe courant. Vous seul le connaissez : les administrateurs peuvent le réinitialiser, jamais le voir.</translation>
    </message>
    <message>
        <source>An administrator gave you a one-time password. Choose your own password now; you cannot use the system before you do.</source>
        <translation>Un administrateur vous a remis un mot de passe à usage unique. Choisissez maintenant votre propre mot de passe ; vous ne pourrez pas utiliser le logiciel avant.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The password was not changed. {error}</source>
        <translation>Le mot de passe n&apos;a pas été changé. {error}</translation>
    </message>
</context>
<context>
    <name>DepartmentsEditor</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
</context>
<context>
    <name>LabCatalogQueries</name>
    <message>
        <source>numeric</source>
        <translation>numérique</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>A LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3).</source>
        <translation>Un code LOINC compte 1 à 7 chiffres, un tiret et une clé de contrôle (par exemple 2823-3).</translation>
    </message>
    <message>
        <source>LOINC code {code} is not valid: the check digit should be {digit}.</source>
        <translation>Le code LOINC {code} n&apos;est pas valide : la clé de contrôle devrait être {digit}.</translation>
    </message>
    <message>
        <source>at {code}</source>
        <translation>au tarif {code}</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The name has at most {longest} characters.</source>
        <translation>Le nom compte au plus {longest} caractères.</translation>
    </message>
    <message>
        <source>The short name is required.</source>
        <translation>Le nom court est obligatoire.</translation>
    </message>
    <message>
        <source>The short name has at most {longest} characters.</source>
        <translation>Le nom court compte au plus {longest} caractères.</translation>
    </message>
    <message>
        <source>The specimen type is required.</source>
        <translation>Le type d&apos;échantillon est obligatoire.</translation>
    </message>
    <message>
        <source>The specimen type has at most {longest} characters.</source>
        <translation>Le type d&apos;échantillon compte au plus {longest} caractères.</translation>
    </message>
    <message>
        <source>The container is required.</source>
        <translation>Le contenant est obligatoire.</translation>
    </message>
    <message>
        <source>The container has at most {longest} characters.</source>
        <translation>Le contenant compte au plus {longest} caractères.</translation>
    </message>
    <message>
        <source>A result is numeric or text.</source>
        <translation>Un résultat est numérique ou textuel.</translation>
    </message>
    <message>
        <source>Decimals must be a whole number from 0 to 4.</source>
        <translation>Les décimales sont un nombre entier de 0 à 4.</translation>
    </message>
    <message>
        <source>A numeric test needs the unit its results are reported in (e.g. mmol/L).</source>
        <translation>Un examen numérique a besoin de l&apos;unité de ses résultats (ex. mmol/L).</translation>
    </message>
    <message>
        <source>The unit has at most {longest} characters.</source>
        <translation>L&apos;unité compte au plus {longest} caractères.</translation>
    </message>
    <message>
        <source>Test {code} is not in the catalog.</source>
        <translation>L&apos;examen {code} n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>ordered with the panel</source>
        <translation>prescrit avec le bilan</translation>
    </message>
    <message>
        <source>test inactive: not ordered</source>
        <translation>examen inactif : non prescrit</translation>
    </message>
    <message>
        <source>Panel {code} is not in the catalog.</source>
        <translation>Le bilan {code} n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <source>Choose the test to add.</source>
        <translation>Choisissez l&apos;examen à ajouter.</translation>
    </message>
    <message>
        <source>Only an active test can be added to a panel.</source>
        <translation>Seul un examen actif peut être ajouté à un bilan.</translation>
    </message>
    <message>
        <source>{test} is already a member of this panel.</source>
        <translation>{test} fait déjà partie de ce bilan.</translation>
    </message>
    <message>
        <source>Only a current member of the panel can be moved.</source>
        <translation>Seul un examen faisant partie du bilan peut être déplacé.</translation>
    </message>
    <message>
        <source>This test is not a current member of the panel.</source>
        <translation>Cet examen ne fait pas partie du bilan.</translation>
    </message>
</context>
<context>
    <name>LabPanelsEditor</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Examens</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>LOINC panel code, e.g. {code}</source>
        <translation>code LOINC du bilan, ex. {code}</translation>
    </message>
    <message>
        <source>Orderable (active)</source>
        <translation>Prescriptible (actif)</translation>
    </message>
    <message>
        <source>New panel</source>
        <translation>Nouveau bilan</translation>
    </message>
    <message>
        <source>Save panel</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Add to panel</source>
        <translation>Ajouter au bilan</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove from panel</source>
        <translation>Retirer du bilan</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>Code LOINC</translation>
    </message>
    <message>
        <source>Members (report order)</source>
        <translation>Examens (ordre du compte rendu)</translation>
    </message>
    <message>
        <source>Ordering the panel orders each member that is still in it and whose test is active. A removed member stays on record; adding it again puts it last.</source>
        <translation>Prescrire le bilan prescrit chacun de ses examens actifs. Un examen retiré reste tracé ; l&apos;ajouter de nouveau le place en dernier.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Members of {panel} (report order)</source>
        <translation>Examens de {panel} (ordre du compte rendu)</translation>
    </message>
    <message>
        <source>Members (save the panel first)</source>
        <translation>Examens (enregistrez d&apos;abord le bilan)</translation>
    </message>
    <message>
        <source>Check digit correct.</source>
        <translation>Clé de contrôle correcte.</translation>
    </message>
    <message>
        <source>Saved panel {code}.</source>
        <translation>Bilan {code} enregistré.</translation>
    </message>
    <message>
        <source>Save the panel first.</source>
        <translation>Enregistrez d&apos;abord le bilan.</translation>
    </message>
    <message>
        <source>Added {test}.</source>
        <translation>{test} ajouté.</translation>
    </message>
    <message>
        <source>Moved {test} up.</source>
        <translation>{test} monté d&apos;un rang.</translation>
    </message>
    <message>
        <source>Moved {test} down.</source>
        <translation>{test} descendu d&apos;un rang.</translation>
    </message>
    <message>
        <source>Removed {test}: no longer ordered with the panel.</source>
        <translation>{test} retiré : il n&apos;est plus prescrit avec le bilan.</translation>
    </message>
</context>
<context>
    <name>LabRangesEditor</name>
    <message>
        <source>either</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age (years)</source>
        <translation>Âge (ans)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Critical low</source>
        <translation>Seuil critique bas</translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation>Seuil critique haut</translation>
    </message>
    <message>
        <source>no upper limit</source>
        <translation>sans limite supérieure</translation>
    </message>
</context>
<context>
    <name>LabTestsEditor</name>
    <message>
        <source>Search LOINC code, name or short name</source>
        <translation>Rechercher par code LOINC, nom ou nom court</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>e.g. {code}</source>
        <translation>ex. {code}</translation>
    </message>
    <message>
        <source>LOINC long common name</source>
        <translation>nom long usuel LOINC</translation>
    </message>
    <message>
        <source>as printed on labels and reports</source>
        <translation>tel qu&apos;imprimé sur les étiquettes et comptes rendus</translation>
    </message>
    <message>
        <source>UCUM, e.g. {unit}</source>
        <translation>UCUM, ex. {unit}</translation>
    </message>
    <message>
        <source>LAB-&lt;LOINC&gt;</source>
        <translation>LAB-&lt;LOINC&gt;</translation>
    </message>
    <message>
        <source>Orderable (active)</source>
        <translation>Prescriptible (actif)</translation>
    </message>
    <message>
        <source>New test</source>
        <translation>Nouvel examen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Price list…</source>
        <translation>Tarifs…</translation>
    </message>
    <message>
        <source>Reference ranges…</source>
        <translation>Valeurs de référence…</translation>
    </message>
    <message>
        <source>LOINC code</source>
        <translation>Code LOINC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Contenant</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Décimales</translation>
    </message>
    <message>
        <source>Price code</source>
        <translation>Code tarif</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Voir aussi :</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>The code is fixed once saved. A deactivated test is no longer orderable; orders already placed go on. Unit and result type change only when none of its orders is in the lab.</source>
        <translation>Le code ne change plus une fois enregistré. Un examen désactivé n&apos;est plus prescriptible ; les prescriptions déjà passées suivent leur cours. L&apos;unité et le type de résultat ne changent que si aucune de ses demandes n&apos;est au laboratoire.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Fixed: orders, results and ranges refer to it.</source>
        <translation>Définitif : prescriptions, résultats et valeurs de référence s&apos;y réfèrent.</translation>
    </message>
    <message>
        <source>Check digit correct.</source>
        <translation>Clé de contrôle correcte.</translation>
    </message>
    <message>
        <source>Digits, a dash, the check digit.</source>
        <translation>Des chiffres, un tiret, la clé de contrôle.</translation>
    </message>
    <message>
        <source>Charged at {code} ({price}).</source>
        <translation>Facturé au tarif {code} ({price}).</translation>
    </message>
    <message>
        <source>Charged at {code} (no price).</source>
        <translation>Facturé au tarif {code} (sans prix).</translation>
    </message>
    <message>
        <source>Charged at {code}.</source>
        <translation>Facturé au tarif {code}.</translation>
    </message>
    <message>
        <source>Saved with price code {code}; until it has a price:</source>
        <translation>Enregistré avec le code tarif {code} ; tant qu&apos;il n&apos;a pas de prix :</translation>
    </message>
    <message>
        <source>No price code.</source>
        <translation>Pas de code tarif.</translation>
    </message>
    <message>
        <source>{code}: {price} today.</source>
        <translation>{code} : {price} aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>{code} has no current price.</source>
        <translation>{code} n&apos;a pas de prix en vigueur.</translation>
    </message>
    <message>
        <source>Saved with {code}; until it has a current price:</source>
        <translation>Enregistré avec {code} ; tant qu&apos;il n&apos;a pas de prix en vigueur :</translation>
    </message>
    <message>
        <source>Saved {code}.</source>
        <translation>{code} enregistré.</translation>
    </message>
</context>
<context>
    <name>PayerItemCodesEditor</name>
    <message>
        <source>Payer</source>
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <source>Price code</source>
        <translation>Code tarif</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Payer code</source>
        <translation>Code payeur</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>Libellé payeur</translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation>Accord préalable</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>The payer wants this item pre-&amp;authorised</source>
        <translation>Le payeur exige un &amp;accord préalable pour cet article</translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation>Ac&amp;tif</translation>
    </message>
    <message>
        <source>&amp;Payer</source>
        <translation>&amp;Payeur</translation>
    </message>
    <message>
        <source>P&amp;rice code</source>
        <translation>Code ta&amp;rif</translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;code</source>
        <translation>&amp;Code chez le payeur</translation>
    </message>
    <message>
        <source>Payer&apos;s &amp;name</source>
        <translation>&amp;Libellé chez le payeur</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>needed</source>
        <translation>requis</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No payer is set up.</source>
        <translation>Aucun organisme payeur n&apos;est configuré.</translation>
    </message>
    <message>
        <source>Choose the price code the payer&apos;s code stands for.</source>
        <translation>Choisissez le code tarif auquel correspond le code du payeur.</translation>
    </message>
    <message>
        <source>Type the payer&apos;s code for the item.</source>
        <translation>Saisissez le code de l&apos;article chez le payeur.</translation>
    </message>
</context>
<context>
    <name>PayerPoliciesEditor</name>
    <message>
        <source>Payer</source>
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Admissions need pre-authorisation</source>
        <translation>Admissions avec accord préalable</translation>
    </message>
    <message>
        <source>Eligibility valid (hours)</source>
        <translation>Validité des droits (heures)</translation>
    </message>
    <message>
        <source>Admissions need the payer&apos;s pre-&amp;authorisation</source>
        <translation>Les admissions exigent l&apos;&amp;accord préalable du payeur</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How long an eligibility answer is trusted before reception and billing see it as out of date (1 to 720 hours)</source>
        <translation>Durée pendant laquelle une vérification des droits reste valable avant que l&apos;accueil et la facturation la voient comme périmée (1 à 720 heures)</translation>
    </message>
    <message>
        <source>&amp;Eligibility valid for</source>
        <translation>Validité des &amp;droits</translation>
    </message>
    <message>
        <source>{hours} (default)</source>
        <translation>{hours} (par défaut)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Select a payer.</source>
        <translation>Sélectionnez un organisme payeur.</translation>
    </message>
</context>
<context>
    <name>PriceListEditor</name>
    <message>
        <source>Search code or name</source>
        <translation>Rechercher un code ou un nom</translation>
    </message>
    <message>
        <source>Show ended versions</source>
        <translation>Afficher les versions terminées</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valable jusqu&apos;au</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>e.g. {amount}</source>
        <translation>ex. {amount}</translation>
    </message>
    <message>
        <source>e.g. {codes}</source>
        <translation>ex. {codes}</translation>
    </message>
    <message>
        <source>New price from this date</source>
        <translation>Nouveau prix à cette date</translation>
    </message>
    <message>
        <source>Add as a new item</source>
        <translation>Ajouter comme nouvel article</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur le</translation>
    </message>
    <message>
        <source>A new price ends the current version the day before; charges already made keep their price.</source>
        <translation>Un nouveau prix clôt la version en cours la veille ; les actes déjà facturés gardent leur prix.</translation>
    </message>
    <message>
        <source>{code}: {amount} from {date}.</source>
        <translation>{code} : {amount} à partir du {date}.</translation>
    </message>
    <message>
        <source>Added {code}.</source>
        <translation>{code} ajouté.</translation>
    </message>
</context>
<context>
    <name>ReferenceWorkspace</name>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>Clinic rooms</source>
        <translation>Salles de consultation</translation>
    </message>
    <message>
        <source>Price list</source>
        <translation>Tarifs</translation>
    </message>
    <message>
        <source>Lab reference ranges</source>
        <translation>Valeurs de référence (labo)</translation>
    </message>
    <message>
        <source>Wards, rooms &amp;&amp; beds</source>
        <translation>Services, chambres et lits</translation>
    </message>
    <message>
        <source>Lab tests</source>
        <translation>Examens de labo</translation>
    </message>
    <message>
        <source>Lab panels</source>
        <translation>Bilans de labo</translation>
    </message>
    <message>
        <source>Payer item codes</source>
        <translation>Codes des payeurs</translation>
    </message>
    <message>
        <source>Payer policies</source>
        <translation>Règles des payeurs</translation>
    </message>
    <message>
        <source>The formulary is maintained by the pharmacists (Formulary workspace).</source>
        <translation>Le livret thérapeutique est tenu par les pharmaciens (espace Livret thérapeutique).</translation>
    </message>
</context>
<context>
    <name>RoomsEditor</name>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>ServicesEditor</name>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Price code</source>
        <translation>Code tarif</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Telemedicine allowed</source>
        <translation>Téléconsultation possible</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <source>(no logo)</source>
        <translation>(pas de logo)</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Logo on printouts</source>
        <translation>Logo sur les impressions</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of screens and printouts</source>
        <translation>Langue des écrans et impressions</translation>
    </message>
    <message>
        <source>Formats (locale)</source>
        <translation>Formats (paramètres régionaux)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Lock idle workstations after</source>
        <translation>Verrouiller les postes inactifs après</translation>
    </message>
    <message>
        <source>Emergency (break-glass) access lasts</source>
        <translation>Durée de l&apos;accès d&apos;urgence (bris de glace)</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Finances</translation>
    </message>
    <message>
        <source>Currency (ISO 4217)</source>
        <translation>Devise (ISO 4217)</translation>
    </message>
    <message>
        <source>Tax name</source>
        <translation>Libellé de la taxe</translation>
    </message>
    <message>
        <source>Tax registration number</source>
        <translation>N° de TVA intracommunautaire</translation>
    </message>
    <message>
        <source>Tax rates (per item group)</source>
        <translation>Taux de taxe (par groupe d&apos;articles)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>{group}: {label} {rate} % from {date}</source>
        <translation>{group} : {label} {rate} % à partir du {date}</translation>
    </message>
    <message>
        <source>none (clinical services exempt); rates are kept with the price list</source>
        <translation>aucun (actes de soins exonérés) ; les taux sont tenus avec les tarifs</translation>
    </message>
    <message>
        <source>{code} (not shipped: screens show English)</source>
        <translation>{code} (non fourni : écrans en anglais)</translation>
    </message>
    <message>
        <source>A language and country code, e.g. en_GB, fr_FR, es_ES, ar_EG.</source>
        <translation>Un code de langue et de pays, ex. en_GB, fr_FR, es_ES, ar_EG.</translation>
    </message>
    <message>
        <source>Dates {date} · times {time} · amounts {amount}</source>
        <translation>Dates {date} · heures {time} · montants {amount}</translation>
    </message>
    <message>
        <source>({locale} is not known here: formats follow {fallback})</source>
        <translation>({locale} est inconnu ici : formats de {fallback})</translation>
    </message>
    <message>
        <source>Logo for printouts</source>
        <translation>Logo des impressions</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>The locale is a language and country code such as en_GB, fr_FR or ar_EG.</source>
        <translation>Les paramètres régionaux sont un code de langue et de pays, comme en_GB, fr_FR ou ar_EG.</translation>
    </message>
    <message>
        <source>Saved: {settings}.</source>
        <translation>Enregistré : {settings}.</translation>
    </message>
    <message>
        <source>Workstations pick up a new idle-lock time at their next login.</source>
        <translation>Les postes appliquent le nouveau délai de verrouillage à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Staff who have not chosen their own language see the new one at their next login.</source>
        <translation>Le personnel qui n&apos;a pas choisi sa propre langue verra la nouvelle à sa prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>StaffHistory</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>roles changed</source>
        <translation>rôles modifiés</translation>
    </message>
    <message>
        <source>departments changed</source>
        <translation>services modifiés</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommé</translation>
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
        <source>changed own password</source>
        <translation>a changé son mot de passe</translation>
    </message>
    <message>
        <source>locked after failed logins</source>
        <translation>verrouillé après des échecs de connexion</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>déverrouillé</translation>
    </message>
    <message>
        <source>authenticator set up</source>
        <translation>application d&apos;authentification configurée</translation>
    </message>
    <message>
        <source>authenticator removed</source>
        <translation>application d&apos;authentification retirée</translation>
    </message>
    <message>
        <source>roles {changes}</source>
        <translation>rôles {changes}</translation>
    </message>
    <message>
        <source>departments {before} → {after}</source>
        <translation>services {before} → {after}</translation>
    </message>
    <message>
        <source>created as {roles}</source>
        <translation>créé comme {roles}</translation>
    </message>
    <message>
        <source>name {before} → {after}</source>
        <translation>nom {before} → {after}</translation>
    </message>
</context>
<context>
    <name>StaffWorkspace</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separates the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Search by name or user name</source>
        <translation>Rechercher par nom ou identifiant</translation>
    </message>
    <message>
        <source>Show deactivated</source>
        <translation>Afficher les désactivés</translation>
    </message>
    <message>
        <source>New staff member…</source>
        <translation>Nouveau membre du personnel…</translation>
    </message>
    <message>
        <source>Select a staff member</source>
        <translation>Sélectionnez un membre du personnel</translation>
    </message>
    <message>
        <source>Each person chooses the language and formats of their own screens on their workstation; an administrator cannot change them.</source>
        <translation>Chacun choisit la langue et les formats de ses écrans sur son poste ; un administrateur ne peut pas les modifier.</translation>
    </message>
    <message>
        <source>Roles (database group roles)</source>
        <translation>Rôles (groupes de la base de données)</translation>
    </message>
    <message>
        <source>Reason for this change (recorded in the audit trail)</source>
        <translation>Motif de la modification (inscrit au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom et prénom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Create login</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Set up authenticator…</source>
        <translation>Configurer l&apos;authentification…</translation>
    </message>
    <message>
        <source>Remove authenticator</source>
        <translation>Retirer l&apos;authentification</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>{language} — chosen by {username}</source>
        <translation>{language} — choisi par {username}</translation>
    </message>
    <message>
        <source>The hospital&apos;s: {language}</source>
        <translation>Celle de l&apos;établissement : {language}</translation>
    </message>
    <message>
        <source>The hospital&apos;s</source>
        <translation>Celle de l&apos;établissement</translation>
    </message>
    <message>
        <source>Replace authenticator…</source>
        <translation>Remplacer l&apos;authentification…</translation>
    </message>
    <message>
        <source>New staff member</source>
        <translation>Nouveau membre du personnel</translation>
    </message>
    <message>
        <source>a one-time password is made when you create the login</source>
        <translation>un mot de passe à usage unique est généré à la création du compte</translation>
    </message>
    <message>
        <source>The hospital&apos;s, until the person chooses their own</source>
        <translation>Celle de l&apos;établissement, jusqu&apos;à ce que la personne choisisse la sienne</translation>
    </message>
    <message>
        <source>{state} since {when}</source>
        <translation>{state} depuis le {when}</translation>
    </message>
    <message>
        <source>{state} · authenticator app set up</source>
        <translation>{state} · application d&apos;authentification configurée</translation>
    </message>
    <message>
        <source>{state} · password only</source>
        <translation>{state} · mot de passe seul</translation>
    </message>
    <message>
        <source>Created {username}.</source>
        <translation>Compte {username} créé.</translation>
    </message>
    <message>
        <source>One-time password for &lt;b&gt;{username}&lt;/b&gt;: {password}&lt;br&gt;Give it to the person in private. It works for 72 hours and must be changed at the first login. It is not shown again.</source>
        <translation>Mot de passe à usage unique de &lt;b&gt;{username}&lt;/b&gt; : {password}&lt;br&gt;Remettez-le à la personne en privé. Il est valable 72 heures et doit être changé à la première connexion. Il ne sera plus affiché.</translation>
    </message>
    <message>
        <source>Give a reason for the change of roles (at least 5 characters).</source>
        <translation>Indiquez le motif du changement de rôles (au moins 5 caractères).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Give the reason for deactivating this account (at least 5 characters).</source>
        <translation>Indiquez le motif de la désactivation de ce compte (au moins 5 caractères).</translation>
    </message>
    <message numerus="yes">
        <source>{username} deactivated; %n open session(s) ended. The history stays.</source>
        <translation>
            <numerusform>{username} désactivé ; %Ln session ouverte fermée. L&apos;historique est conservé.</numerusform>
            <numerusform>{username} désactivé ; %Ln sessions ouvertes fermées. L&apos;historique est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for reactivating this account (at least 5 characters).</source>
        <translation>Indiquez le motif de la réactivation de ce compte (au moins 5 caractères).</translation>
    </message>
    <message>
        <source>Give the reason for the reset (at least 5 characters), e.g. &apos;forgotten, identity checked in person&apos;.</source>
        <translation>Indiquez le motif de la réinitialisation (au moins 5 caractères), ex. « oublié, identité vérifiée en personne ».</translation>
    </message>
    <message>
        <source>Give the reason for unlocking (at least 5 characters), e.g. &apos;mistyped, identity checked by phone&apos;.</source>
        <translation>Indiquez le motif du déverrouillage (au moins 5 caractères), ex. « erreurs de saisie, identité vérifiée par téléphone ».</translation>
    </message>
    <message>
        <source>{username} can log in again.</source>
        <translation>{username} peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>{username} now logs in with password and authenticator code.</source>
        <translation>{username} se connecte désormais avec mot de passe et code d&apos;authentification.</translation>
    </message>
    <message>
        <source>Give the reason for removing the authenticator (at least 5 characters), e.g. &apos;phone lost&apos;. The auditor reviews it.</source>
        <translation>Indiquez le motif du retrait de l&apos;authentification (au moins 5 caractères), ex. « téléphone perdu ». L&apos;auditeur le contrôle.</translation>
    </message>
    <message>
        <source>{username} logs in with the password alone until a new authenticator is set up.</source>
        <translation>{username} se connecte avec le seul mot de passe jusqu&apos;à la configuration d&apos;une nouvelle application d&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>_Editor</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>_PayerEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
</TS>
