<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Alert</name>
    <message>
        <source>Unacknowledged critical result: {title}</source>
        <translation>Résultat critique non acquitté : {title}</translation>
    </message>
    <message>
        <source>Corrected: {title}</source>
        <translation>Corrigé : {title}</translation>
    </message>
    <message>
        <source>STAT prescription {title}</source>
        <translation>Prescription urgente {title}</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>critique haut</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>critique bas</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>anormal</translation>
    </message>
</context>
<context>
    <name>AlertBanner</name>
    <message>
        <source>Acknowledge selected</source>
        <translation>Acquitter la sélection</translation>
    </message>
    <message>
        <source>Double-click to open the result; acknowledge once you have read it.</source>
        <translation>Double-cliquez pour ouvrir le résultat&#x202f;; acquittez-le une fois lu.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>alerts offline — reconnecting…</source>
        <translation>alertes hors ligne — reconnexion…</translation>
    </message>
    <message>
        <source>Critical result ({count})</source>
        <translation>Résultat critique ({count})</translation>
    </message>
    <message>
        <source>New alert ({count})</source>
        <translation>Nouvelle alerte ({count})</translation>
    </message>
    <message>
        <source>Critical result</source>
        <translation>Résultat critique</translation>
    </message>
    <message>
        <source>New alert</source>
        <translation>Nouvelle alerte</translation>
    </message>
    <message>
        <source>Unlock the workstation to read it.</source>
        <translation>Déverrouillez le poste pour la lire.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical results</source>
        <translation>
            <numerusform>%Ln résultat critique</numerusform>
            <numerusform>%Ln résultats critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unacknowledged alert(s)</source>
        <translation>
            <numerusform>%Ln alerte non acquittée</numerusform>
            <numerusform>%Ln alertes non acquittées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>%Ln critique</numerusform>
            <numerusform>%Ln critiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln STAT</source>
        <translation>
            <numerusform>%Ln urgente</numerusform>
            <numerusform>%Ln urgentes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the result from the alert bar (double-click) and acknowledge it once you have acted on it.</source>
        <translation>Ouvrez le résultat depuis la barre d’alertes (double-clic) et acquittez-le une fois la conduite à tenir engagée.</translation>
    </message>
    <message>
        <source>unlock to read them</source>
        <translation>déverrouillez pour les lire</translation>
    </message>
    <message>
        <source>latest: {title}</source>
        <translation>dernière&#xa0;: {title}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>No data for this selection</source>
        <translation>Aucune donnée pour cette sélection</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d’authentification</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workstation locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Poste verrouillé&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your second-factor code has expired. {who}, enter your password and a new code to continue.</source>
        <translation>Votre code de double authentification a expiré. {who}, saisissez votre mot de passe et un nouveau code pour continuer.</translation>
    </message>
    <message>
        <source>Locked after inactivity. {who}, enter your password to continue.</source>
        <translation>Verrouillé après inactivité. {who}, saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>That is not your password.</source>
        <translation>Ce n’est pas votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>This account is locked or deactivated. After repeated wrong passwords or codes an account is locked for safety: ask an administrator to unlock it.</source>
        <translation>Ce compte est verrouillé ou désactivé. Après plusieurs mots de passe ou codes erronés, un compte est verrouillé par sécurité&#xa0;: demandez à un administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <source>The code is wrong or was already used. Enter the 6 digits your authenticator app shows now.</source>
        <translation>Le code est erroné ou a déjà servi. Saisissez les 6 chiffres qu’affiche maintenant votre application d’authentification.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>L’identifiant ou le mot de passe est erroné.</translation>
    </message>
    <message>
        <source>The server has no database named {database}. Check the profile.</source>
        <translation>Le serveur n’a pas de base de données nommée {database}. Vérifiez le profil.</translation>
    </message>
    <message>
        <source>The server accepts only encrypted (TLS) connections: set the profile&apos;s TLS mode to verify-full with the hospital&apos;s CA certificate.</source>
        <translation>Le serveur n’accepte que les connexions chiffrées (TLS)&#xa0;: réglez le mode TLS du profil sur verify-full avec le certificat de l’autorité de l’établissement.</translation>
    </message>
    <message>
        <source>The server {hosts} cannot be reached. Check the network or ask IT.</source>
        <translation>Le serveur {hosts} est injoignable. Vérifiez le réseau ou contactez le service informatique.</translation>
    </message>
    <message>
        <source>This login may not use the hospital database from this workstation.</source>
        <translation>Cet identifiant n’est pas autorisé à accéder à la base de l’établissement depuis ce poste.</translation>
    </message>
    <message>
        <source>This login is not a Hospital Desktop staff account.</source>
        <translation>Cet identifiant n’est pas un compte du personnel Hospital Desktop.</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>un autre nom</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for {certified}, not for {asked}: the host in the profile must be the server&apos;s name on its certificate. Do not log in; ask IT.</source>
        <translation>Le certificat du serveur est établi pour {certified} et non pour {asked}&#xa0;: l’hôte du profil doit être le nom du serveur inscrit sur son certificat. Ne vous connectez pas&#x202f;; contactez le service informatique.</translation>
    </message>
    <message>
        <source>the system&apos;s CA file</source>
        <translation>le fichier d’autorités du système</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the hospital&apos;s certificate authority ({ca}): this may not be the hospital&apos;s server. Do not log in; ask IT.</source>
        <translation>Le certificat du serveur n’est pas signé par l’autorité de certification de l’établissement ({ca})&#xa0;: ce n’est peut-être pas le serveur de l’établissement. Ne vous connectez pas&#x202f;; contactez le service informatique.</translation>
    </message>
    <message>
        <source>The hospital&apos;s CA certificate file is missing or unreadable ({file}): fix the CA file in the server profile, or ask IT.</source>
        <translation>Le fichier du certificat d’autorité de l’établissement est absent ou illisible ({file})&#xa0;: corrigez-le dans le profil serveur ou contactez le service informatique.</translation>
    </message>
    <message>
        <source>The server does not offer encrypted (TLS) connections, but the profile requires them. Ask IT.</source>
        <translation>Le serveur ne propose pas de connexion chiffrée (TLS), mais le profil l’exige. Contactez le service informatique.</translation>
    </message>
    <message>
        <source>A secure (TLS) connection to the server could not be made: {detail}</source>
        <translation>Impossible d’établir une connexion sécurisée (TLS) avec le serveur&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator if you still work here.</source>
        <translation>Ce compte est désactivé. Adressez-vous à un administrateur si vous travaillez toujours dans l’établissement.</translation>
    </message>
    <message>
        <source>This account has no role in the hospital system yet. Ask an administrator.</source>
        <translation>Ce compte n’a encore aucun rôle dans le système de l’établissement. Adressez-vous à un administrateur.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
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
        <translation>Infirmier</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacien</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>Hospital Desktop — log in</source>
        <translation>Hospital Desktop — connexion</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Hospital Desktop&lt;/h2&gt;Log in with your own hospital account.</source>
        <translation>&lt;h2&gt;Hospital Desktop&lt;/h2&gt;Connectez-vous avec votre compte personnel de l’établissement.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Remember my password (kept in the system keyring only)</source>
        <translation>Mémoriser mon mot de passe (dans le trousseau du système uniquement)</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Demo logins (password “{password}”)</source>
        <translation>Comptes de démonstration (mot de passe «&#xa0;{password}&#xa0;»)</translation>
    </message>
    <message>
        <source>Log in as {login} ({name})</source>
        <translation>Se connecter en tant que {login} ({name})</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil non enregistré</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Connecting to {server}…</source>
        <translation>Connexion à {server}…</translation>
    </message>
    <message>
        <source>The login failed unexpectedly: {error}</source>
        <translation>La connexion a échoué de façon inattendue&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>Mot de passe non mémorisé</translation>
    </message>
    <message>
        <source>This computer has no working system keyring, so the password was not stored. Nothing was written to disk.</source>
        <translation>Cet ordinateur n’a pas de trousseau système fonctionnel&#xa0;: le mot de passe n’a pas été mémorisé. Rien n’a été écrit sur le disque.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app to continue.</source>
        <translation>Saisissez le code de votre application d’authentification pour continuer.</translation>
    </message>
    <message>
        <source>No code was entered, so you are not logged in.</source>
        <translation>Aucun code saisi&#xa0;: vous n’êtes pas connecté.</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password to continue.</source>
        <translation>Vous vous êtes connecté avec un mot de passe à usage unique. Choisissez votre propre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>The password was not changed, so you are not logged in.</source>
        <translation>Le mot de passe n’a pas été changé&#xa0;: vous n’êtes pas connecté.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hospital Desktop — {name}</source>
        <translation>Hospital Desktop — {name}</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source> Workspace: </source>
        <translation> Espace de travail&#xa0;: </translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer de mot de passe…</translation>
    </message>
    <message>
        <source>Switch user…</source>
        <translation>Changer d’utilisateur…</translation>
    </message>
    <message>
        <source>Log out and return to the login window (the program keeps running)</source>
        <translation>Se déconnecter et revenir à la fenêtre de connexion (le programme reste ouvert)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>{name} ({login}; {roles})</source>
        <translation>{name} ({login}&#x202f;; {roles})</translation>
    </message>
    <message>
        <source>Server: {server}</source>
        <translation>Serveur&#xa0;: {server}</translation>
    </message>
    <message>
        <source>● Connected</source>
        <translation>● Connecté</translation>
    </message>
    <message>
        <source>● Connection lost — reconnecting…</source>
        <translation>● Connexion perdue — reconnexion…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of your screens; the window reopens in it and you stay logged in</source>
        <translation>La langue de vos écrans&#x202f;; la fenêtre se rouvre dans cette langue et vous restez connecté</translation>
    </message>
    <message>
        <source>Reopen this window in {language}? You stay logged in, but anything typed and not saved yet is lost.</source>
        <translation>Rouvrir cette fenêtre en {language}&#x202f;? Vous restez connecté, mais toute saisie non enregistrée sera perdue.</translation>
    </message>
    <message>
        <source>The language was not changed: {reason}</source>
        <translation>La langue n’a pas été changée&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. The details were written to the log; please report them.</source>
        <translation>Une erreur interne est survenue dans le programme. Les détails ont été consignés dans le journal&#x202f;; merci de les signaler.</translation>
    </message>
    <message>
        <source>Crash report</source>
        <translation>Rapport d’erreur</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>OverrideStop</name>
    <message>
        <source>Override</source>
        <translation>Passer outre</translation>
    </message>
    <message>
        <source>Do not proceed</source>
        <translation>Ne pas poursuivre</translation>
    </message>
    <message>
        <source>Reason for overriding</source>
        <translation>Motif du passage outre</translation>
    </message>
    <message numerus="yes">
        <source>{label} (at least %Ln characters)</source>
        <translation>
            <numerusform>{label} (au moins %Ln caractère)</numerusform>
            <numerusform>{label} (au moins %Ln caractères)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more character(s) needed to override.</source>
        <translation>
            <numerusform>Encore %Ln caractère pour pouvoir passer outre.</numerusform>
            <numerusform>Encore %Ln caractères pour pouvoir passer outre.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt; — stored with the record, audited and shown to the next person who acts on it:</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; — enregistré avec le dossier, tracé et montré à la prochaine personne qui interviendra&#xa0;:</translation>
    </message>
    <message>
        <source>Tab to the override button to use this reason.</source>
        <translation>Tabulation vers le bouton «&#xa0;Passer outre&#xa0;» pour utiliser ce motif.</translation>
    </message>
</context>
<context>
    <name>PatientBanner</name>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>U</source>
        <translation>I</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Aucun patient sélectionné</translation>
    </message>
    <message>
        <source>{years} y {sex}</source>
        <translation>{years} ans {sex}</translation>
    </message>
    <message>
        <source>c. {years} y {sex}</source>
        <translation>env. {years} ans {sex}</translation>
    </message>
    <message>
        <source>MRN {mrn}   ·   {age}   ·   born {born}</source>
        <translation>IPP {mrn}   ·   {age}   ·   DDN {born}</translation>
    </message>
    <message>
        <source>Merged into another record</source>
        <translation>Fusionné dans un autre dossier</translation>
    </message>
    <message>
        <source>UNIDENTIFIED — temporary identity</source>
        <translation>NON IDENTIFIÉ — identité provisoire</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Allergies: {list}</source>
        <translation>Allergies&#xa0;: {list}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No known allergies (recorded by {by}, {date})</source>
        <translation>Aucune allergie connue (saisi par {by}, le {date})</translation>
    </message>
    <message>
        <source>No known allergies (recorded by {by})</source>
        <translation>Aucune allergie connue (saisi par {by})</translation>
    </message>
    <message>
        <source>Allergies not yet asked</source>
        <translation>Allergies non encore recherchées</translation>
    </message>
    <message>
        <source>No active allergies on record (allergy status not checked here)</source>
        <translation>Aucune allergie active au dossier (statut allergique non vérifié ici)</translation>
    </message>
</context>
<context>
    <name>PatientSearchBox</name>
    <message>
        <source>Search: name, MRN (or scan the wristband), birth date, phone, national ID</source>
        <translation>Rechercher&#xa0;: nom, IPP (ou scanner le bracelet), date de naissance, téléphone, n° d’identité</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Aperçu avant impression — {title}</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Server profile</source>
        <translation>Profil serveur</translation>
    </message>
    <message>
        <source>One host, or several separated by commas for failover (host or host:port)</source>
        <translation>Un hôte, ou plusieurs séparés par des virgules pour la bascule (hôte ou hôte:port)</translation>
    </message>
    <message>
        <source>none: dashboards and reports read from the server</source>
        <translation>aucun&#xa0;: tableaux de bord et rapports lus sur le serveur</translation>
    </message>
    <message>
        <source>Read-only hot standby(s) for dashboards and reports (host or host:port, comma separated); when none answers, they read from the server</source>
        <translation>Serveur(s) de secours en lecture seule pour les tableaux de bord et rapports (hôte ou hôte:port, séparés par des virgules)&#x202f;; si aucun ne répond, lecture sur le serveur</translation>
    </message>
    <message>
        <source>the system default (PGSSLROOTCERT or ~/.postgresql/root.crt)</source>
        <translation>celui du système (PGSSLROOTCERT ou ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>The hospital CA&apos;s certificate file (PEM) that the server&apos;s certificate must be signed by; use it with TLS mode verify-full</source>
        <translation>Le fichier du certificat (PEM) de l’autorité de l’établissement qui doit avoir signé le certificat du serveur&#x202f;; à utiliser avec le mode TLS verify-full</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server host(s)</source>
        <translation>Hôte(s) du serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>Mode TLS</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Certificat de l’autorité (fichier)</translation>
    </message>
    <message>
        <source>Read-only replica(s)</source>
        <translation>Réplique(s) en lecture seule</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>a profile needs a name</source>
        <translation>un profil doit avoir un nom</translation>
    </message>
    <message>
        <source>give at least one server host</source>
        <translation>indiquez au moins un hôte serveur</translation>
    </message>
    <message>
        <source>the port must be between 1 and 65535</source>
        <translation>le port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>a replica host cannot be empty</source>
        <translation>un hôte de réplique ne peut pas être vide</translation>
    </message>
    <message>
        <source>give the database name</source>
        <translation>indiquez le nom de la base de données</translation>
    </message>
    <message>
        <source>TLS mode must be one of {modes}</source>
        <translation>le mode TLS doit être l’un de&#xa0;: {modes}</translation>
    </message>
    <message>
        <source>cannot read server profiles from {path}: {error}</source>
        <translation>impossible de lire les profils serveur de {path}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
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
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>SafetyStop</name>
    <message>
        <source>I have read this</source>
        <translation>J’ai pris connaissance</translation>
    </message>
</context>
<context>
    <name>SecondFactorDialog</name>
    <message>
        <source>Hospital Desktop — code from your authenticator</source>
        <translation>Hospital Desktop — code d’authentification</translation>
    </message>
    <message>
        <source>Your account {login} is protected by a second factor. Open the authenticator app on your phone and type the 6-digit code it shows for Hospital Desktop.</source>
        <translation>Votre compte {login} est protégé par une double authentification. Ouvrez l’application d’authentification de votre téléphone et saisissez le code à 6 chiffres affiché pour Hospital Desktop.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>Le code comporte 6 chiffres.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>The code could not be checked: {error}</source>
        <translation>Le code n’a pas pu être vérifié&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>TypedText</name>
    <message>
        <source>{label} contains an invisible control character (often pasted from another program): retype it.</source>
        <translation>{label} contient un caractère de contrôle invisible (souvent collé depuis un autre programme)&#xa0;: ressaisissez-le.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Reception dashboard</source>
        <translation>Tableau de bord de l’accueil</translation>
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
        <translation>Tableau de bord de l’administration</translation>
    </message>
    <message>
        <source>Audit dashboard</source>
        <translation>Tableau de bord de l’audit</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Clinic queue</source>
        <translation>File d’attente des consultations</translation>
    </message>
    <message>
        <source>Beds and admissions</source>
        <translation>Lits et admissions</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Inpatients</source>
        <translation>Patients hospitalisés</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>Dispensation</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Formulary</source>
        <translation>Livret thérapeutique</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Demandes de remboursement</translation>
    </message>
    <message>
        <source>Payer queries</source>
        <translation>Échanges avec les organismes</translation>
    </message>
    <message>
        <source>Pre-authorisations</source>
        <translation>Accords préalables</translation>
    </message>
    <message>
        <source>Remittances</source>
        <translation>Avis de paiement</translation>
    </message>
    <message>
        <source>Cash close</source>
        <translation>Clôture de caisse</translation>
    </message>
    <message>
        <source>Financial views</source>
        <translation>Tableaux financiers</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Hospital settings</source>
        <translation>Paramètres de l’établissement</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <source>Patient index (merge)</source>
        <translation>Index patients (fusion)</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
</context>
</TS>
