<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>db</name>
    <message>
        <source>Admission {0} already has a discharge summary: edit its draft or amend the signed one.</source>
        <translation>L&apos;admission {0} a déjà un compte rendu de sortie : modifiez son brouillon ou amendez la version signée.</translation>
    </message>
    <message>
        <source>An admission comes from the clinic, emergency, elective or transfer_in, not {0}.</source>
        <translation>Une admission provient de la consultation, des urgences, d&apos;une entrée programmée ou d&apos;un transfert entrant (clinic, emergency, elective, transfer_in), pas de « {0} ».</translation>
    </message>
    <message>
        <source>Admission {0} was discharged on {1}.</source>
        <translation>L&apos;admission {0} a pris fin par une sortie le {1}.</translation>
    </message>
    <message>
        <source>No admission {0}.</source>
        <translation>Admission {0} introuvable.</translation>
    </message>
    <message>
        <source>An admission needs a patient and a bed.</source>
        <translation>Une admission nécessite un patient et un lit.</translation>
    </message>
    <message>
        <source>No admission with id {0}.</source>
        <translation>Aucune admission avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Admission {0} is not on your ward nor your patient&apos;s.</source>
        <translation>L&apos;admission {0} ne concerne ni votre service ni l&apos;un de vos patients.</translation>
    </message>
    <message>
        <source>An amendment amends a summary of the same admission.</source>
        <translation>Un amendement porte sur un compte rendu de la même admission.</translation>
    </message>
    <message>
        <source>The attending must be an active doctor (staff id {0}).</source>
        <translation>Le médecin responsable doit être un médecin en activité (identifiant {0}).</translation>
    </message>
    <message>
        <source>A bed becomes occupied or free of a patient only by admission, transfer or discharge.</source>
        <translation>Un lit ne devient occupé ou libre que par une admission, un transfert ou une sortie.</translation>
    </message>
    <message>
        <source>A bed code is 2 to 32 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter (not &quot;{0}&quot;).</source>
        <translation>Un code de lit comporte 2 à 32 lettres, chiffres, « - » ou « _ » et commence par une lettre (pas « {0} »).</translation>
    </message>
    <message>
        <source>Bed {0} is {1}; free beds on the ward now: {2}.</source>
        <translation>Le lit {0} est à l&apos;état « {1} » ; lits libres dans le service actuellement : {2}.</translation>
    </message>
    <message>
        <source>Bed {0} is no longer in use.</source>
        <translation>Le lit {0} n&apos;est plus utilisé.</translation>
    </message>
    <message>
        <source>No bed with id {0}.</source>
        <translation>Aucun lit avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Bed {0} is not on your ward.</source>
        <translation>Le lit {0} n&apos;est pas dans votre service.</translation>
    </message>
    <message>
        <source>Bed {0} is occupied by a patient: transfer or discharge first.</source>
        <translation>Le lit {0} est occupé par un patient : transférez le patient ou faites sa sortie d&apos;abord.</translation>
    </message>
    <message>
        <source>Bed {0} is reserved ({1}): release the reservation first.</source>
        <translation>Le lit {0} est réservé ({1}) : levez d&apos;abord la réservation.</translation>
    </message>
    <message>
        <source>Bed {0} is {1}: it can be retired only when empty.</source>
        <translation>Le lit {0} est à l&apos;état « {1} » : il ne peut être retiré que s&apos;il est vide.</translation>
    </message>
    <message>
        <source>Bed {0} cannot go from {1} to {2}.</source>
        <translation>Le lit {0} ne peut pas passer de l&apos;état « {1} » à l&apos;état « {2} ».</translation>
    </message>
    <message>
        <source>Say why the bed is {0}.</source>
        <translation>Indiquez pourquoi le lit passe à l&apos;état « {0} ».</translation>
    </message>
    <message>
        <source>{0} ({1}) is not a ward: beds belong to rooms of departments of kind inpatient.</source>
        <translation>{0} ({1}) n&apos;est pas un service d&apos;hospitalisation : les lits appartiennent aux chambres des services de type hospitalisation.</translation>
    </message>
    <message>
        <source>No department with id {0}.</source>
        <translation>Aucun service avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Department {0} is not a ward (a department of kind inpatient).</source>
        <translation>Le service {0} n&apos;est pas un service d&apos;hospitalisation (service de type hospitalisation).</translation>
    </message>
    <message>
        <source>A discharge is home, transfer_out, deceased or against_advice, not {0}.</source>
        <translation>Une sortie est un retour à domicile, un transfert, un décès ou une sortie contre avis médical (home, transfer_out, deceased, against_advice), pas « {0} ».</translation>
    </message>
    <message>
        <source>Discharge summary {0} is not of your patient.</source>
        <translation>Le compte rendu de sortie {0} ne concerne pas l&apos;un de vos patients.</translation>
    </message>
    <message>
        <source>A discharge summary is signed with at least its diagnoses and its follow-up.</source>
        <translation>Un compte rendu de sortie se signe avec au moins ses diagnostics et son suivi.</translation>
    </message>
    <message>
        <source>A discharge summary starts as a draft and is then signed.</source>
        <translation>Un compte rendu de sortie commence comme brouillon, puis il est signé.</translation>
    </message>
    <message>
        <source>Discharge summary {0} (version {1}) is signed and can never change: write a new version.</source>
        <translation>Le compte rendu de sortie {0} (version {1}) est signé et ne peut plus être modifié : rédigez une nouvelle version.</translation>
    </message>
    <message>
        <source>Only doctors and admissions staff admit patients.</source>
        <translation>Seuls les médecins et le personnel des admissions admettent des patients.</translation>
    </message>
    <message>
        <source>Only doctors discharge patients.</source>
        <translation>Seuls les médecins font sortir des patients.</translation>
    </message>
    <message>
        <source>Only doctors hand a patient over to another attending doctor.</source>
        <translation>Seuls les médecins confient un patient à un autre médecin responsable.</translation>
    </message>
    <message>
        <source>This dose was already recorded ({0} at {1}).</source>
        <translation>Cette dose a déjà été enregistrée ({0} à {1}).</translation>
    </message>
    <message>
        <source>A dose is given, held or refused, not {0}.</source>
        <translation>Une dose est administrée, suspendue ou refusée, pas « {0} ».</translation>
    </message>
    <message>
        <source>The dose of {0} is not due yet (at {1}).</source>
        <translation>La dose de {0} n&apos;est pas encore due (prévue à {1}).</translation>
    </message>
    <message>
        <source>Say why the dose was {0}.</source>
        <translation>Indiquez pourquoi la dose est notée « {0} ».</translation>
    </message>
    <message>
        <source>Dose record {0} is already marked entered in error.</source>
        <translation>L&apos;enregistrement de dose {0} est déjà marqué comme saisi par erreur.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband before recording the dose.</source>
        <translation>Scannez le bracelet du patient avant d&apos;enregistrer la dose.</translation>
    </message>
    <message>
        <source>{0} is not a scheduled time of prescription {1}.</source>
        <translation>{0} n&apos;est pas une heure prévue de la prescription {1}.</translation>
    </message>
    <message>
        <source>WRONG PATIENT: the wristband scanned ({0}) is not this patient&apos;s; nothing was recorded.</source>
        <translation>MAUVAIS PATIENT : le bracelet scanné ({0}) n&apos;est pas celui de ce patient ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Encounter {0} is the stay of an admitted patient: discharge the patient to close it.</source>
        <translation>La consultation {0} correspond au séjour d&apos;un patient hospitalisé : faites la sortie du patient pour la clôturer.</translation>
    </message>
    <message>
        <source>The expected discharge date is before the admission.</source>
        <translation>La date de sortie prévue est antérieure à l&apos;admission.</translation>
    </message>
    <message>
        <source>The expected discharge date {0} is in the past.</source>
        <translation>La date de sortie prévue {0} est déjà passée.</translation>
    </message>
    <message>
        <source>Fluid entry {0} is already marked entered in error.</source>
        <translation>L&apos;entrée de bilan hydrique {0} est déjà marquée comme saisie par erreur.</translation>
    </message>
    <message>
        <source>A fluid volume is charted within 24 hours of measuring it, and not before the admission.</source>
        <translation>Un volume de liquide se note dans les 24 heures suivant sa mesure, et pas avant l&apos;admission.</translation>
    </message>
    <message>
        <source>A fluid volume cannot be measured in the future.</source>
        <translation>Un volume de liquide ne peut pas être mesuré dans le futur.</translation>
    </message>
    <message>
        <source>Only hospital staff post bed-days.</source>
        <translation>Seul le personnel de l&apos;hôpital enregistre les journées d&apos;hospitalisation.</translation>
    </message>
    <message>
        <source>Isolation is none, contact, droplet, airborne or protective, not {0}.</source>
        <translation>L&apos;isolement est : aucun, contact, gouttelettes, air ou protecteur (none, contact, droplet, airborne, protective), pas « {0} ».</translation>
    </message>
    <message>
        <source>Marking a dose record entered in error needs a reason of at least 5 characters.</source>
        <translation>Pour marquer un enregistrement de dose comme saisi par erreur, donnez un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Marking a fluid entry entered in error needs a reason of at least 5 characters.</source>
        <translation>Pour marquer une entrée de bilan hydrique comme saisie par erreur, donnez un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Name the attending doctor.</source>
        <translation>Indiquez le médecin responsable.</translation>
    </message>
    <message>
        <source>No dose record {0} on your ward.</source>
        <translation>Aucun enregistrement de dose {0} dans votre service.</translation>
    </message>
    <message>
        <source>No fluid entry {0} on your ward.</source>
        <translation>Aucune entrée de bilan hydrique {0} dans votre service.</translation>
    </message>
    <message>
        <source>No prescription {0} of a patient on your ward.</source>
        <translation>Aucune prescription {0} pour un patient de votre service.</translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the bed-day cannot be charged.</source>
        <translation>Aucun prix pour {0} valable le {1} : la journée d&apos;hospitalisation ne peut pas être facturée.</translation>
    </message>
    <message>
        <source>No stay {0} on your ward.</source>
        <translation>Aucun séjour {0} dans votre service.</translation>
    </message>
    <message>
        <source>Only nurses and doctors chart fluids.</source>
        <translation>Seuls les infirmiers et les médecins notent le bilan hydrique.</translation>
    </message>
    <message>
        <source>Only nurses and doctors correct the chart.</source>
        <translation>Seuls les infirmiers et les médecins corrigent le dossier de soins.</translation>
    </message>
    <message>
        <source>Only nurses and doctors record doses.</source>
        <translation>Seuls les infirmiers et les médecins enregistrent les doses.</translation>
    </message>
    <message>
        <source>Patient {0} is already admitted (admission {1}, since {2}).</source>
        <translation>Le patient {0} est déjà hospitalisé (admission {1}, depuis le {2}).</translation>
    </message>
    <message>
        <source>The patient already lies in this bed.</source>
        <translation>Le patient occupe déjà ce lit.</translation>
    </message>
    <message>
        <source>The patient was discharged on {0}.</source>
        <translation>Le patient est sorti le {0}.</translation>
    </message>
    <message>
        <source>The patient was discharged: the fluid chart of the stay is closed.</source>
        <translation>Le patient est sorti : le bilan hydrique du séjour est clos.</translation>
    </message>
    <message>
        <source>Patient {0} was merged into patient {1}: admit the surviving record.</source>
        <translation>Le patient {0} a été fusionné avec le patient {1} : admettez le dossier conservé.</translation>
    </message>
    <message>
        <source>Only the ward&apos;s clinicians change the plan.</source>
        <translation>Seuls les soignants du service modifient le plan.</translation>
    </message>
    <message>
        <source>Prescription {0} is {1}.</source>
        <translation>La prescription {0} est à l&apos;état « {1} ».</translation>
    </message>
    <message>
        <source>A room code is 2 to 32 letters, digits, &quot;-&quot; or &quot;_&quot;, starting with a letter (not &quot;{0}&quot;).</source>
        <translation>Un code de chambre comporte 2 à 32 lettres, chiffres, « - » ou « _ » et commence par une lettre (pas « {0} »).</translation>
    </message>
    <message>
        <source>Room {0} is deactivated: reactivate the room before adding or reactivating its beds.</source>
        <translation>La chambre {0} est désactivée : réactivez-la avant d&apos;ajouter ou de réactiver ses lits.</translation>
    </message>
    <message>
        <source>Room {0} still has {1} bed(s) in use ({2}): deactivate its beds first.</source>
        <translation>La chambre {0} a encore {1} lit(s) en service ({2}) : désactivez d&apos;abord ses lits.</translation>
    </message>
    <message>
        <source>Room {0} is not on that ward: a bed lies on the ward of its room.</source>
        <translation>La chambre {0} n&apos;est pas dans ce service : un lit appartient au service de sa chambre.</translation>
    </message>
    <message>
        <source>{0} ({1}) is not a ward: rooms and beds belong to departments of kind inpatient.</source>
        <translation>{0} ({1}) n&apos;est pas un service d&apos;hospitalisation : les chambres et les lits appartiennent aux services de type hospitalisation.</translation>
    </message>
    <message>
        <source>Say which admission.</source>
        <translation>Indiquez l&apos;admission concernée.</translation>
    </message>
    <message>
        <source>Say which bed.</source>
        <translation>Indiquez le lit concerné.</translation>
    </message>
    <message>
        <source>Say which bed the patient moves to.</source>
        <translation>Indiquez le lit vers lequel le patient est transféré.</translation>
    </message>
    <message>
        <source>Say which scheduled dose of {0} this is.</source>
        <translation>Indiquez de quelle dose prévue de {0} il s&apos;agit.</translation>
    </message>
    <message>
        <source>Say why the patient is admitted (at least 3 characters).</source>
        <translation>Indiquez pourquoi le patient est admis (au moins 3 caractères).</translation>
    </message>
    <message>
        <source>Say why the patient moves (at least 3 characters).</source>
        <translation>Indiquez pourquoi le patient change de lit (au moins 3 caractères).</translation>
    </message>
    <message>
        <source>Sign the discharge summary before discharging the patient {0}.</source>
        <translation>Signez le compte rendu de sortie avant la sortie du patient ({0}).</translation>
    </message>
    <message>
        <source>Version {0} is not the latest: amend the latest version.</source>
        <translation>La version {0} n&apos;est pas la dernière : amendez la dernière version.</translation>
    </message>
    <message>
        <source>Version {0} is still a draft: edit it instead of amending it.</source>
        <translation>La version {0} est encore un brouillon : modifiez-la au lieu de l&apos;amender.</translation>
    </message>
    <message>
        <source>Ward {0} is closed: reopen it before adding or reactivating rooms.</source>
        <translation>Le service {0} est fermé : rouvrez-le avant d&apos;ajouter ou de réactiver des chambres.</translation>
    </message>
    <message>
        <source>Ward {0} is closed: reopen it before adding or reactivating beds.</source>
        <translation>Le service {0} est fermé : rouvrez-le avant d&apos;ajouter ou de réactiver des lits.</translation>
    </message>
    <message>
        <source>Ward {0} still has {1} room(s) in use ({2}): deactivate its rooms and beds first.</source>
        <translation>Le service {0} a encore {1} chambre(s) en service ({2}) : désactivez d&apos;abord ses chambres et ses lits.</translation>
    </message>
    <message>
        <source>Ward {0} still has {1} room(s) in use ({2}): deactivate its rooms and beds first before it becomes {3}.</source>
        <translation>Le service {0} a encore {1} chambre(s) en service ({2}) : désactivez d&apos;abord ses chambres et ses lits avant qu&apos;il passe au type « {3} ».</translation>
    </message>
    <message>
        <source>Only ward nurses, admissions staff and administrators change bed states.</source>
        <translation>Seuls les infirmiers du service, le personnel des admissions et les administrateurs changent l&apos;état des lits.</translation>
    </message>
    <message>
        <source>Only ward staff, doctors and admissions staff transfer patients.</source>
        <translation>Seuls le personnel du service, les médecins et le personnel des admissions transfèrent des patients.</translation>
    </message>
    <message>
        <source>audit.{0} is append-only: {1} is not allowed.</source>
        <translation>audit.{0} n&apos;accepte que des ajouts : {1} n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>No emergency access grant {0}.</source>
        <translation>Aucun accès d&apos;urgence {0}.</translation>
    </message>
    <message>
        <source>You cannot review your own actions; another auditor must.</source>
        <translation>Vous ne pouvez pas examiner vos propres actions ; un autre auditeur doit le faire.</translation>
    </message>
    <message>
        <source>Say how many events to seal (0 or more).</source>
        <translation>Indiquez combien d&apos;événements sceller (0 ou plus).</translation>
    </message>
    <message>
        <source>No staff change {0}.</source>
        <translation>Aucune modification de personnel {0}.</translation>
    </message>
    <message>
        <source>An adjustment is a discount or a correction, not {0}.</source>
        <translation>Un ajustement est une remise ou une correction, pas « {0} ».</translation>
    </message>
    <message>
        <source>An adjustment needs a reason of at least 5 characters.</source>
        <translation>Un ajustement nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>The adjustment would make charge {0} negative ({1} {2} left).</source>
        <translation>L&apos;ajustement rendrait l&apos;acte {0} négatif (il resterait {1} {2}).</translation>
    </message>
    <message>
        <source>{0} must be a positive amount.</source>
        <translation>{0} doit être un montant positif.</translation>
    </message>
    <message>
        <source>{0} is too large ({1}).</source>
        <translation>{0} est trop élevé ({1}).</translation>
    </message>
    <message>
        <source>{0} has more than two decimals ({1}).</source>
        <translation>{0} a plus de deux décimales ({1}).</translation>
    </message>
    <message>
        <source>An answer &quot;{0}&quot; cannot approve {1} of a claim of {2}.</source>
        <translation>Une réponse « {0} » ne peut pas accorder {1} sur une demande de remboursement de {2}.</translation>
    </message>
    <message>
        <source>The answer names item {0} that the claim does not have, or approves more than claimed.</source>
        <translation>La réponse cite la ligne {0}, absente de la demande de remboursement, ou accorde plus que le montant demandé.</translation>
    </message>
    <message>
        <source>The answer is not a FHIR ClaimResponse.</source>
        <translation>La réponse n&apos;est pas une ClaimResponse FHIR.</translation>
    </message>
    <message>
        <source>Only billing staff do this.</source>
        <translation>Seul le personnel de facturation peut le faire.</translation>
    </message>
    <message>
        <source>Cancelling a coverage needs a reason of at least 5 characters.</source>
        <translation>L&apos;annulation d&apos;une couverture nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>A cash close is for today or an earlier day.</source>
        <translation>Une clôture de caisse concerne aujourd&apos;hui ou un jour antérieur.</translation>
    </message>
    <message>
        <source>Charge {0} is already on an issued invoice and cannot be invoiced.</source>
        <translation>L&apos;acte {0} figure déjà sur une facture émise et ne peut pas être facturé.</translation>
    </message>
    <message>
        <source>Charge {0} belongs to another patient.</source>
        <translation>L&apos;acte {0} appartient à un autre patient.</translation>
    </message>
    <message>
        <source>A charge goes from open to invoiced (and back when its invoice is voided) or void, not {0} to {1}.</source>
        <translation>Un acte passe d&apos;ouvert à facturé (et revient à ouvert quand sa facture est annulée) ou à annulé, pas de « {0} » à « {1} ».</translation>
    </message>
    <message>
        <source>Charge {0} is invoiced by issuing an invoice for it (billing.issue_invoice).</source>
        <translation>L&apos;acte {0} se facture en émettant une facture (billing.issue_invoice).</translation>
    </message>
    <message>
        <source>Charge {0} is on an issued invoice: void the invoice first.</source>
        <translation>L&apos;acte {0} figure sur une facture émise : annulez d&apos;abord la facture.</translation>
    </message>
    <message>
        <source>Charge {0} is on an issued invoice: void the invoice to reopen it.</source>
        <translation>L&apos;acte {0} figure sur une facture émise : annulez la facture pour le rouvrir.</translation>
    </message>
    <message>
        <source>The charge list names a charge twice (or is empty).</source>
        <translation>La liste cite deux fois le même acte (ou elle est vide).</translation>
    </message>
    <message>
        <source>No charge with id {0}.</source>
        <translation>Aucun acte avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Charge {0} is {1} and cannot be invoiced.</source>
        <translation>L&apos;acte {0} est à l&apos;état « {1} » et ne peut pas être facturé.</translation>
    </message>
    <message>
        <source>Charge {0} is {1}: only open charges are adjusted (void its invoice first).</source>
        <translation>L&apos;acte {0} est à l&apos;état « {1} » : seuls les actes ouverts peuvent être ajustés (annulez d&apos;abord sa facture).</translation>
    </message>
    <message>
        <source>Charge {0} is void and cannot change.</source>
        <translation>L&apos;acte {0} est annulé et ne peut plus changer.</translation>
    </message>
    <message>
        <source>A claim answer is approved, partial or rejected, not {0}.</source>
        <translation>Une réponse à une demande de remboursement est accordée, partielle ou refusée (approved, partial, rejected), pas « {0} ».</translation>
    </message>
    <message>
        <source>No claim with id {0}.</source>
        <translation>Aucune demande de remboursement avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Claim {0} is {1}: the payer pays approved claims only.</source>
        <translation>La demande de remboursement {0} est à l&apos;état « {1} » : l&apos;organisme payeur ne règle que les demandes accordées.</translation>
    </message>
    <message>
        <source>Claim {0} is {1}: only a submitted claim receives an answer.</source>
        <translation>La demande de remboursement {0} est à l&apos;état « {1} » : seule une demande envoyée reçoit une réponse.</translation>
    </message>
    <message>
        <source>A correction is a non-zero amount with at most two decimals.</source>
        <translation>Une correction est un montant non nul avec au plus deux décimales.</translation>
    </message>
    <message>
        <source>The correction is too large ({0}).</source>
        <translation>La correction est trop élevée ({0}).</translation>
    </message>
    <message>
        <source>The counted cash is an amount of zero or more with at most two decimals.</source>
        <translation>Le montant compté en caisse est un montant positif ou nul avec au plus deux décimales.</translation>
    </message>
    <message>
        <source>The counted cash ({0}) differs from the expected cash ({1}) by {2}: explain the difference in a note.</source>
        <translation>Le montant compté ({0}) diffère du montant attendu ({1}) de {2} : expliquez l&apos;écart dans une note.</translation>
    </message>
    <message>
        <source>The counted cash is too large ({0}).</source>
        <translation>Le montant compté est trop élevé ({0}).</translation>
    </message>
    <message>
        <source>Coverage {0} is cancelled.</source>
        <translation>La couverture {0} est annulée.</translation>
    </message>
    <message>
        <source>Coverage {0} is cancelled and cannot change.</source>
        <translation>La couverture {0} est annulée et ne peut plus changer.</translation>
    </message>
    <message>
        <source>Coverage {0} is not the patient&apos;s.</source>
        <translation>La couverture {0} n&apos;est pas celle de ce patient.</translation>
    </message>
    <message>
        <source>{0} is a credit note: it cannot be voided.</source>
        <translation>{0} est un avoir : il ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Financial reports are for billing and administration.</source>
        <translation>Les rapports financiers sont réservés à la facturation et à l&apos;administration.</translation>
    </message>
    <message>
        <source>Invoice {0} already has a claim.</source>
        <translation>La facture {0} a déjà une demande de remboursement.</translation>
    </message>
    <message>
        <source>Invoice {0} is already void.</source>
        <translation>La facture {0} est déjà annulée.</translation>
    </message>
    <message>
        <source>Invoice {0} has a claim waiting for the payer&apos;s answer: void it once the claim is answered.</source>
        <translation>La facture {0} a une demande de remboursement en attente de la réponse de l&apos;organisme payeur : annulez-la une fois la demande traitée.</translation>
    </message>
    <message>
        <source>Invoice {0} has no payer share to claim.</source>
        <translation>La facture {0} n&apos;a pas de part à la charge d&apos;un organisme payeur à réclamer.</translation>
    </message>
    <message>
        <source>No invoice with id {0}.</source>
        <translation>Aucune facture avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>The invoice note is longer than 500 characters.</source>
        <translation>La note de la facture dépasse 500 caractères.</translation>
    </message>
    <message>
        <source>Invoice {0} has payments of {1} {2}: refund them before voiding it.</source>
        <translation>La facture {0} a des paiements de {1} {2} : remboursez-les avant de l&apos;annuler.</translation>
    </message>
    <message>
        <source>Invoice {0} is void.</source>
        <translation>La facture {0} est annulée.</translation>
    </message>
    <message>
        <source>Invoice {0} is void: nothing to pay.</source>
        <translation>La facture {0} est annulée : il n&apos;y a rien à payer.</translation>
    </message>
    <message>
        <source>The items approve {0} but the answer approves {1}.</source>
        <translation>Les lignes accordent {0} mais la réponse accorde {1}.</translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the consultation of encounter {2} cannot be charged.</source>
        <translation>Aucun prix pour {0} valable le {1} : la consultation {2} ne peut pas être facturée.</translation>
    </message>
    <message>
        <source>The patient owes {0} {1} on invoice {2}: {3} is too much.</source>
        <translation>Le patient doit {0} {1} sur la facture {2} : {3} est trop élevé.</translation>
    </message>
    <message>
        <source>A patient pays by cash, card or bank transfer, not {0}.</source>
        <translation>Un patient paie en espèces, par carte ou par virement, pas « {0} ».</translation>
    </message>
    <message>
        <source>The payer approved {0} {1} and has paid {2}: {3} is too much.</source>
        <translation>L&apos;organisme payeur a accordé {0} {1} et a déjà payé {2} : {3} est trop élevé.</translation>
    </message>
    <message>
        <source>Payment {0} is a payer&apos;s payment and cannot be refunded here.</source>
        <translation>Le paiement {0} provient d&apos;un organisme payeur et ne peut pas être remboursé ici.</translation>
    </message>
    <message>
        <source>Only {0} {1} of payment {2} is left to refund.</source>
        <translation>Il ne reste que {0} {1} à rembourser sur le paiement {2}.</translation>
    </message>
    <message>
        <source>No payment with id {0}.</source>
        <translation>Aucun paiement avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>The payment reference is longer than 100 characters.</source>
        <translation>La référence du paiement dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>A refund needs a reason of at least 5 characters.</source>
        <translation>Un remboursement nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Payment {0} is a refund and cannot be refunded here.</source>
        <translation>Le paiement {0} est un remboursement et ne peut pas être remboursé.</translation>
    </message>
    <message>
        <source>A report period is from a day to a later day, at most ten years.</source>
        <translation>Une période de rapport va d&apos;un jour à un jour ultérieur, sur dix ans au plus.</translation>
    </message>
    <message>
        <source>Select at least one charge to invoice.</source>
        <translation>Sélectionnez au moins un acte à facturer.</translation>
    </message>
    <message>
        <source>The selected charges are in different currencies: invoice them separately.</source>
        <translation>Les actes sélectionnés sont dans des devises différentes : facturez-les séparément.</translation>
    </message>
    <message>
        <source>A void reason is given when voiding a charge.</source>
        <translation>Un motif d&apos;annulation se donne en annulant un acte.</translation>
    </message>
    <message>
        <source>Voiding a charge needs a reason of at least 5 characters.</source>
        <translation>L&apos;annulation d&apos;un acte nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Voiding an invoice needs a reason of at least 5 characters.</source>
        <translation>L&apos;annulation d&apos;une facture nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Your cash for {0} is already closed.</source>
        <translation>Votre caisse du {0} est déjà clôturée.</translation>
    </message>
    <message>
        <source>Your cash for {0} is closed: no more payments can be taken that day.</source>
        <translation>Votre caisse du {0} est clôturée : plus aucun paiement ne peut être encaissé ce jour-là.</translation>
    </message>
    <message>
        <source>Allergy {0} was entered in error and cannot change.</source>
        <translation>L&apos;allergie {0} a été saisie par erreur et ne peut plus changer.</translation>
    </message>
    <message>
        <source>Changing an allergy to {0} needs a reason of at least 5 characters.</source>
        <translation>Pour passer une allergie à l&apos;état « {0} », donnez un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Only an amendment has an amendment reason.</source>
        <translation>Seul un amendement a un motif d&apos;amendement.</translation>
    </message>
    <message>
        <source>An amendment belongs to the encounter of the note it corrects (encounter {0}).</source>
        <translation>Un amendement appartient à la consultation de la note qu&apos;il corrige (consultation {0}).</translation>
    </message>
    <message>
        <source>An amendment names the note it corrects (amends_id).</source>
        <translation>Un amendement indique la note qu&apos;il corrige (amends_id).</translation>
    </message>
    <message>
        <source>An amendment needs a reason of at least 5 characters.</source>
        <translation>Un amendement nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>An amendment must be for a note of the same patient (note {0} belongs to another patient).</source>
        <translation>Un amendement doit porter sur une note du même patient (la note {0} appartient à un autre patient).</translation>
    </message>
    <message>
        <source>Diagnosis {0} was entered in error and cannot change.</source>
        <translation>Le diagnostic {0} a été saisi par erreur et ne peut plus changer.</translation>
    </message>
    <message>
        <source>A diagnosis is only ever marked entered_in_error.</source>
        <translation>Un diagnostic ne peut être que marqué comme saisi par erreur.</translation>
    </message>
    <message>
        <source>A diagnosis can only go from provisional to confirmed.</source>
        <translation>Un diagnostic ne peut passer que de provisoire à confirmé.</translation>
    </message>
    <message>
        <source>Only a doctor or nurse caring for patient {0} can record &quot;no known allergies&quot;.</source>
        <translation>Seul un médecin ou un infirmier qui prend en charge le patient {0} peut enregistrer « aucune allergie connue ».</translation>
    </message>
    <message>
        <source>Only doctors close encounters.</source>
        <translation>Seuls les médecins clôturent les consultations.</translation>
    </message>
    <message>
        <source>Encounter {0} already has a primary diagnosis ({1}): add this one as secondary, or mark that one entered in error first.</source>
        <translation>La consultation {0} a déjà un diagnostic principal ({1}) : ajoutez celui-ci comme secondaire, ou marquez d&apos;abord l&apos;autre comme saisi par erreur.</translation>
    </message>
    <message>
        <source>Encounter {0} is already {1}.</source>
        <translation>La consultation {0} est déjà à l&apos;état « {1} ».</translation>
    </message>
    <message>
        <source>Encounter {0} is {1}: no new {2} can be added (amend one of its notes instead).</source>
        <translation>La consultation {0} est à l&apos;état « {1} » : on ne peut plus y ajouter de {2} (amendez plutôt l&apos;une de ses notes).</translation>
    </message>
    <message>
        <source>Encounter {0} is neither yours nor your department&apos;s.</source>
        <translation>La consultation {0} n&apos;est ni la vôtre ni celle de votre service.</translation>
    </message>
    <message>
        <source>Encounter {0} has no SOAP note: write the consultation note before closing it.</source>
        <translation>La consultation {0} n&apos;a pas de note SOAP : rédigez la note de consultation avant de la clôturer.</translation>
    </message>
    <message>
        <source>No encounter with id {0}.</source>
        <translation>Aucune consultation avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Encounter {0} is {1} and cannot be changed.</source>
        <translation>La consultation {0} est à l&apos;état « {1} » et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <source>An error reason goes with entered_in_error only.</source>
        <translation>Un motif d&apos;erreur ne va qu&apos;avec l&apos;état « saisi par erreur ».</translation>
    </message>
    <message>
        <source>Marking a diagnosis entered in error needs a reason of at least 5 characters.</source>
        <translation>Pour marquer un diagnostic comme saisi par erreur, donnez un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Marking a problem entered in error needs a reason of at least 5 characters.</source>
        <translation>Pour marquer un problème comme saisi par erreur, donnez un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Marking a vital sign entered in error needs a reason of at least 5 characters.</source>
        <translation>Pour marquer un signe vital comme saisi par erreur, donnez un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>A new diagnosis is active.</source>
        <translation>Un nouveau diagnostic est actif.</translation>
    </message>
    <message>
        <source>A new problem is active.</source>
        <translation>Un nouveau problème est actif.</translation>
    </message>
    <message>
        <source>A new vital sign is final.</source>
        <translation>Un nouveau signe vital est définitif.</translation>
    </message>
    <message>
        <source>No note {0} that you may amend.</source>
        <translation>Aucune note {0} que vous puissiez amender.</translation>
    </message>
    <message>
        <source>Note {0} is itself an amendment: amend the original note {1}.</source>
        <translation>La note {0} est elle-même un amendement : amendez la note d&apos;origine {1}.</translation>
    </message>
    <message>
        <source>Nurses write nursing notes (and amend nursing notes), not {0} notes.</source>
        <translation>Les infirmiers rédigent des notes infirmières (et amendent des notes infirmières), pas des notes de type « {0} ».</translation>
    </message>
    <message>
        <source>Nursing notes are written by nurses.</source>
        <translation>Les notes infirmières sont rédigées par les infirmiers.</translation>
    </message>
    <message>
        <source>The onset of a problem ({0}) cannot be in the future.</source>
        <translation>Le début d&apos;un problème ({0}) ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>An open encounter has no end time: close it with clinical.close_encounter({0}).</source>
        <translation>Une consultation ouverte n&apos;a pas d&apos;heure de fin : clôturez-la avec clinical.close_encounter({0}).</translation>
    </message>
    <message>
        <source>Patient {0} has active allergies ({1}): &quot;no known allergies&quot; cannot be recorded.</source>
        <translation>Le patient {0} a des allergies actives ({1}) : « aucune allergie connue » ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Problem {0} was entered in error and cannot change.</source>
        <translation>Le problème {0} a été saisi par erreur et ne peut plus changer.</translation>
    </message>
    <message>
        <source>Say what the patient is allergic to (substance or substance_code).</source>
        <translation>Indiquez à quoi le patient est allergique (substance ou substance_code).</translation>
    </message>
    <message>
        <source>A status reason is given with a change of status.</source>
        <translation>Un motif d&apos;état se donne avec un changement d&apos;état.</translation>
    </message>
    <message>
        <source>An uncoded allergy needs its category (drug, food, environment or other).</source>
        <translation>Une allergie non codée a besoin de sa catégorie (médicament, aliment, environnement ou autre).</translation>
    </message>
    <message>
        <source>Unknown substance code &quot;{0}&quot; (see clinical.allergy_substance).</source>
        <translation>Code de substance inconnu « {0} » (voir clinical.allergy_substance).</translation>
    </message>
    <message>
        <source>Unknown vital sign kind &quot;{0}&quot; (one of: {1}).</source>
        <translation>Type de signe vital inconnu « {0} » (parmi : {1}).</translation>
    </message>
    <message>
        <source>Vital sign {0} is already marked entered in error.</source>
        <translation>Le signe vital {0} est déjà marqué comme saisi par erreur.</translation>
    </message>
    <message>
        <source>A vital sign is only ever marked entered_in_error.</source>
        <translation>Un signe vital ne peut être que marqué comme saisi par erreur.</translation>
    </message>
    <message>
        <source>{0} of {1} {2} is not plausible: the plausible range is {3} to {4} {5}.</source>
        <translation>{0} de {1} {2} n&apos;est pas plausible : la plage plausible va de {3} à {4} {5}.</translation>
    </message>
    <message>
        <source>A vital sign cannot be measured in the future ({0}).</source>
        <translation>Un signe vital ne peut pas être mesuré dans le futur ({0}).</translation>
    </message>
    <message>
        <source>{0} is recorded in {1}, not in {2}.</source>
        <translation>{0} se note en {1}, pas en {2}.</translation>
    </message>
    <message>
        <source>Only an administrator manages staff.</source>
        <translation>Seul un administrateur gère le personnel.</translation>
    </message>
    <message>
        <source>Only administrators and auditors see this.</source>
        <translation>Réservé aux administrateurs et aux auditeurs.</translation>
    </message>
    <message>
        <source>Only doctors and nurses may open a chart in an emergency.</source>
        <translation>Seuls les médecins et les infirmiers peuvent ouvrir un dossier en urgence.</translation>
    </message>
    <message>
        <source>Say why the chart is opened.</source>
        <translation>Indiquez pourquoi le dossier est ouvert.</translation>
    </message>
    <message>
        <source>Only active staff open charts.</source>
        <translation>Seul le personnel actif ouvre des dossiers.</translation>
    </message>
    <message>
        <source>{0} must be a day between the years 1800 and 2999.</source>
        <translation>{0} doit être un jour entre les années 1800 et 2999.</translation>
    </message>
    <message>
        <source>Department {0} is closed.</source>
        <translation>Le service {0} est fermé.</translation>
    </message>
    <message>
        <source>Unknown department code {0}.</source>
        <translation>Code de service inconnu {0}.</translation>
    </message>
    <message>
        <source>An emergency access needs a reason of at least 10 characters.</source>
        <translation>Un accès d&apos;urgence nécessite un motif d&apos;au moins 10 caractères.</translation>
    </message>
    <message>
        <source>The full name must have 1 to 200 characters.</source>
        <translation>Le nom complet doit comporter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>Granting yourself a role needs a reason of at least 10 characters; it is flagged for the auditor.</source>
        <translation>Pour vous attribuer vous-même un rôle, donnez un motif d&apos;au moins 10 caractères ; l&apos;auditeur en sera averti.</translation>
    </message>
    <message>
        <source>Only the hospital group roles can be granted, not {0}.</source>
        <translation>Seuls les rôles de groupe de l&apos;hôpital peuvent être attribués, pas {0}.</translation>
    </message>
    <message>
        <source>Only an active staff member chooses their language here.</source>
        <translation>Seul un membre du personnel actif choisit sa langue ici.</translation>
    </message>
    <message>
        <source>A database login named {0} already exists.</source>
        <translation>Un compte de connexion nommé {0} existe déjà dans la base.</translation>
    </message>
    <message>
        <source>A failed login cannot be in the future ({0}).</source>
        <translation>Un échec de connexion ne peut pas être dans le futur ({0}).</translation>
    </message>
    <message>
        <source>A failed login needs the user name, the time and the server&apos;s session id.</source>
        <translation>Un échec de connexion nécessite le nom d&apos;utilisateur, l&apos;heure et l&apos;identifiant de session du serveur.</translation>
    </message>
    <message>
        <source>Only the login guard records failed logins.</source>
        <translation>Seul le gardien des connexions enregistre les échecs de connexion.</translation>
    </message>
    <message>
        <source>Login {0} holds an owner role and is not managed from the admin workstation.</source>
        <translation>Le compte {0} détient un rôle propriétaire et ne se gère pas depuis le poste d&apos;administration.</translation>
    </message>
    <message>
        <source>There is no database login {0}.</source>
        <translation>Il n&apos;existe pas de compte de connexion {0} dans la base.</translation>
    </message>
    <message>
        <source>Login {0} is a privileged database role and is not managed from the admin workstation.</source>
        <translation>Le compte {0} est un rôle privilégié de la base et ne se gère pas depuis le poste d&apos;administration.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; ask another administrator.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>You cannot remove your own administrator role; ask another administrator.</source>
        <translation>Vous ne pouvez pas retirer votre propre rôle d&apos;administrateur ; demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>Change your own password with &quot;Change my password&quot;, not with a reset.</source>
        <translation>Changez votre propre mot de passe avec « Changer mon mot de passe », pas par une réinitialisation.</translation>
    </message>
    <message>
        <source>Another administrator removes your second factor.</source>
        <translation>C&apos;est un autre administrateur qui retire votre second facteur.</translation>
    </message>
    <message>
        <source>Only an active staff member changes their password here.</source>
        <translation>Seul un membre du personnel actif change son mot de passe ici.</translation>
    </message>
    <message>
        <source>A password must be sent as a SCRAM-SHA-256 verifier computed by the client, never in clear.</source>
        <translation>Un mot de passe doit être envoyé sous forme de vérificateur SCRAM-SHA-256 calculé par le client, jamais en clair.</translation>
    </message>
    <message>
        <source>No patient with id {0}.</source>
        <translation>Aucun patient avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Give a reason of at least {0} characters (it goes into the audit trail).</source>
        <translation>Donnez un motif d&apos;au moins {0} caractères (il est inscrit dans la piste d&apos;audit).</translation>
    </message>
    <message>
        <source>Unknown role {0}: choose from {1}.</source>
        <translation>Rôle inconnu {0} : choisissez parmi {1}.</translation>
    </message>
    <message>
        <source>Only an active, unlocked staff login enters a second-factor code.</source>
        <translation>Seul un compte du personnel actif et non verrouillé saisit un code de second facteur.</translation>
    </message>
    <message>
        <source>The code does not match: scan the QR code again and type the 6 digits the app shows now.</source>
        <translation>Le code ne correspond pas : scannez de nouveau le QR code et saisissez les 6 chiffres affichés maintenant par l&apos;application.</translation>
    </message>
    <message>
        <source>No second factor is set up for your login.</source>
        <translation>Aucun second facteur n&apos;est configuré pour votre compte.</translation>
    </message>
    <message>
        <source>An authenticator secret has 20 to 64 random bytes.</source>
        <translation>Un secret d&apos;authentification comporte de 20 à 64 octets aléatoires.</translation>
    </message>
    <message>
        <source>The break-glass duration must be between 0.25 and 72 hours.</source>
        <translation>La durée d&apos;un accès d&apos;urgence doit être comprise entre 0,25 et 72 heures.</translation>
    </message>
    <message>
        <source>The currency is a three-letter ISO 4217 code such as GBP, EUR or USD.</source>
        <translation>La devise est un code ISO 4217 à trois lettres, par exemple GBP, EUR ou USD.</translation>
    </message>
    <message>
        <source>The address must be text of at most 300 characters.</source>
        <translation>L&apos;adresse doit être un texte de 300 caractères au plus.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most 256 kB.</source>
        <translation>Le logo doit être une image PNG ou JPEG de 256 Ko au plus.</translation>
    </message>
    <message>
        <source>The hospital name must have 2 to 120 characters.</source>
        <translation>Le nom de l&apos;hôpital doit comporter de 2 à 120 caractères.</translation>
    </message>
    <message>
        <source>The idle lock time must be a whole number of minutes from 1 to 240.</source>
        <translation>Le délai de verrouillage pour inactivité doit être un nombre entier de minutes entre 1 et 240.</translation>
    </message>
    <message>
        <source>The language is an ISO 639 code such as en, fr, es or ar.</source>
        <translation>La langue est un code ISO 639, par exemple en, fr, es ou ar.</translation>
    </message>
    <message>
        <source>The locale is a language and country code such as en_GB, fr_FR or ar_EG.</source>
        <translation>Les paramètres régionaux sont un code de langue et de pays, par exemple en_GB, fr_FR ou ar_EG.</translation>
    </message>
    <message>
        <source>A login is locked after a whole number of 3 to 100 failed logins.</source>
        <translation>Un compte est verrouillé après un nombre entier de 3 à 100 échecs de connexion.</translation>
    </message>
    <message>
        <source>Failed logins are counted over a whole number of 1 to 1440 minutes.</source>
        <translation>Les échecs de connexion se comptent sur un nombre entier de 1 à 1440 minutes.</translation>
    </message>
    <message>
        <source>A second-factor code is valid for 1 to 24 hours of a session.</source>
        <translation>Un code de second facteur est valable de 1 à 24 heures d&apos;une session.</translation>
    </message>
    <message>
        <source>The tax registration number has at most 40 characters.</source>
        <translation>Le numéro d&apos;identification fiscale comporte 40 caractères au plus.</translation>
    </message>
    <message>
        <source>The tax label must have 1 to 20 characters.</source>
        <translation>Le libellé de la taxe doit comporter de 1 à 20 caractères.</translation>
    </message>
    <message>
        <source>{0} is already deactivated.</source>
        <translation>{0} est déjà désactivé.</translation>
    </message>
    <message>
        <source>{0} is deactivated: reactivate the account instead.</source>
        <translation>{0} est désactivé : réactivez plutôt le compte.</translation>
    </message>
    <message>
        <source>Staff member {0} already exists.</source>
        <translation>Le membre du personnel {0} existe déjà.</translation>
    </message>
    <message>
        <source>{0} has no second factor.</source>
        <translation>{0} n&apos;a pas de second facteur.</translation>
    </message>
    <message>
        <source>{0} is active.</source>
        <translation>{0} est actif.</translation>
    </message>
    <message>
        <source>{0} is deactivated.</source>
        <translation>{0} est désactivé.</translation>
    </message>
    <message>
        <source>A staff member needs at least one role.</source>
        <translation>Un membre du personnel a besoin d&apos;au moins un rôle.</translation>
    </message>
    <message>
        <source>No staff member with id {0}.</source>
        <translation>Aucun membre du personnel avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>{0} is not locked.</source>
        <translation>{0} n&apos;est pas verrouillé.</translation>
    </message>
    <message>
        <source>Invalid user name {0}: 2-63 characters, lower-case letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter, not starting with pg_ or hms_.</source>
        <translation>Nom d&apos;utilisateur non valide {0} : 2 à 63 caractères, lettres minuscules, chiffres, « . », « _ » ou « - », commençant par une lettre, et pas par pg_ ni hms_.</translation>
    </message>
    <message>
        <source>{0} is a reserved word in the database and cannot be a user name.</source>
        <translation>{0} est un mot réservé de la base de données et ne peut pas être un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_doctor, hms_nurse only.</source>
        <translation>Cet indicateur est réservé à hms_admin, hms_doctor et hms_nurse.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_lab only.</source>
        <translation>Cet indicateur est réservé à hms_admin et hms_lab.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_pharmacist only.</source>
        <translation>Cet indicateur est réservé à hms_admin et hms_pharmacist.</translation>
    </message>
    <message>
        <source>This figure is for hms_admin, hms_nurse, hms_doctor, hms_reception only.</source>
        <translation>Cet indicateur est réservé à hms_admin, hms_nurse, hms_doctor et hms_reception.</translation>
    </message>
    <message>
        <source>A figure looks back 0 to 3660 days.</source>
        <translation>Un indicateur remonte de 0 à 3660 jours.</translation>
    </message>
    <message>
        <source>Only staff refresh dashboards.</source>
        <translation>Seul le personnel actualise les tableaux de bord.</translation>
    </message>
    <message>
        <source>Ask about at most 50 items, each by its price code.</source>
        <translation>Interrogez sur 50 lignes au plus, chacune par son code tarifaire.</translation>
    </message>
    <message>
        <source>Ask for the status of a claim the payer has and has not decided.</source>
        <translation>Demandez le statut d&apos;une demande de remboursement que l&apos;organisme payeur a reçue et n&apos;a pas encore tranchée.</translation>
    </message>
    <message>
        <source>Attachment &quot;{0}&quot; is not base64 content.</source>
        <translation>La pièce jointe « {0} » n&apos;est pas un contenu base64.</translation>
    </message>
    <message>
        <source>Only billing staff answer payer queries.</source>
        <translation>Seul le personnel de facturation répond aux questions des organismes payeurs.</translation>
    </message>
    <message>
        <source>Only billing staff reconcile remittances.</source>
        <translation>Seul le personnel de facturation rapproche les relevés de paiement.</translation>
    </message>
    <message>
        <source>Only billing and ward staff ask for pre-authorisations.</source>
        <translation>Seuls le personnel de facturation et les soignants du service demandent des accords préalables.</translation>
    </message>
    <message>
        <source>Claim {0} is not a claim on this payer.</source>
        <translation>La demande de remboursement {0} n&apos;est pas adressée à cet organisme payeur.</translation>
    </message>
    <message>
        <source>Claim {0} is {1} and is not sent again.</source>
        <translation>La demande de remboursement {0} est à l&apos;état « {1} » et n&apos;est pas renvoyée.</translation>
    </message>
    <message>
        <source>A claim response cannot answer a {0} request.</source>
        <translation>Une réponse à une demande de remboursement ne peut pas répondre à une demande de type « {0} ».</translation>
    </message>
    <message>
        <source>The document to send is not a FHIR resource.</source>
        <translation>Le document à envoyer n&apos;est pas une ressource FHIR.</translation>
    </message>
    <message>
        <source>The documents together are {0} MB: at most 3.5 MB go with one answer (a payer takes at most 5 MB per message).</source>
        <translation>Les documents font {0} Mo au total : 3,5 Mo au plus accompagnent une réponse (un organisme payeur accepte au plus 5 Mo par message).</translation>
    </message>
    <message>
        <source>An eligibility answer must answer an eligibility request.</source>
        <translation>Une réponse d&apos;éligibilité doit répondre à une demande d&apos;éligibilité.</translation>
    </message>
    <message>
        <source>Only a failed request is sent again.</source>
        <translation>Seule une demande en échec est renvoyée.</translation>
    </message>
    <message>
        <source>Give the clinical reason for the pre-authorisation.</source>
        <translation>Indiquez le motif clinique de la demande d&apos;accord préalable.</translation>
    </message>
    <message>
        <source>Give a period of at most ten years whose end is not before its start.</source>
        <translation>Indiquez une période de dix ans au plus dont la fin n&apos;est pas antérieure au début.</translation>
    </message>
    <message>
        <source>Only the insurance gateway does this.</source>
        <translation>Seule la passerelle d&apos;assurance peut le faire.</translation>
    </message>
    <message>
        <source>Item {0}: no price code {1} on the price list today.</source>
        <translation>Ligne {0} : le code tarifaire {1} ne figure pas dans la liste de prix actuelle.</translation>
    </message>
    <message>
        <source>Item {0}: the quantity is a number from 0.01 to 365.</source>
        <translation>Ligne {0} : la quantité est un nombre de 0,01 à 365.</translation>
    </message>
    <message>
        <source>The items are free of charge: nothing to pre-authorise.</source>
        <translation>Les lignes sont gratuites : il n&apos;y a rien à soumettre à accord préalable.</translation>
    </message>
    <message>
        <source>At most 10 attachments.</source>
        <translation>10 pièces jointes au plus.</translation>
    </message>
    <message>
        <source>No admission {0} of this patient.</source>
        <translation>Aucune admission {0} pour ce patient.</translation>
    </message>
    <message>
        <source>No unmatched or refused remittance line with id {0}.</source>
        <translation>Aucune ligne de relevé de paiement non rapprochée ou refusée avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>The patient has no insurance coverage in force today: record the coverage first.</source>
        <translation>Le patient n&apos;a aucune couverture d&apos;assurance en vigueur aujourd&apos;hui : enregistrez d&apos;abord la couverture.</translation>
    </message>
    <message>
        <source>The patient has no insurance coverage in force today: billing records the patient&apos;s insurance first.</source>
        <translation>Le patient n&apos;a aucune couverture d&apos;assurance en vigueur aujourd&apos;hui : la facturation doit d&apos;abord enregistrer son assurance.</translation>
    </message>
    <message>
        <source>No patient with id {0} (or it was merged into another record).</source>
        <translation>Aucun patient avec l&apos;identifiant {0} (ou il a été fusionné avec un autre dossier).</translation>
    </message>
    <message>
        <source>Patient {0} is not in your care: ask for pre-authorisations of your own patients.</source>
        <translation>Le patient {0} n&apos;est pas pris en charge par vous : demandez des accords préalables pour vos propres patients.</translation>
    </message>
    <message>
        <source>The payer&apos;s {0} is not an amount: {1}.</source>
        <translation>L&apos;organisme payeur a envoyé pour {0} une valeur qui n&apos;est pas un montant : {1}.</translation>
    </message>
    <message>
        <source>Payer {0} answered request {1} that was never sent to it.</source>
        <translation>L&apos;organisme payeur {0} a répondu à la demande {1}, qui ne lui a jamais été envoyée.</translation>
    </message>
    <message>
        <source>No payer {0}.</source>
        <translation>Aucun organisme payeur {0}.</translation>
    </message>
    <message>
        <source>No payer query with id {0}.</source>
        <translation>Aucune question d&apos;organisme payeur avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>A pre-authorisation answer is decided, approved, partial, rejected or pending, not {0}.</source>
        <translation>Une réponse d&apos;accord préalable est décidée, accordée, partielle, refusée ou en attente (decided, approved, partial, rejected, pending), pas « {0} ».</translation>
    </message>
    <message>
        <source>A pre-authorisation asks for 1 to 50 items.</source>
        <translation>Une demande d&apos;accord préalable porte sur 1 à 50 lignes.</translation>
    </message>
    <message>
        <source>This query has been answered already.</source>
        <translation>Cette question a déjà reçu une réponse.</translation>
    </message>
    <message>
        <source>The reading of the answer is missing.</source>
        <translation>La lecture de la réponse est manquante.</translation>
    </message>
    <message>
        <source>Only reception and billing staff check insurance eligibility.</source>
        <translation>Seuls l&apos;accueil et la facturation vérifient l&apos;éligibilité à l&apos;assurance.</translation>
    </message>
    <message>
        <source>Only reception and billing staff read insurance eligibility.</source>
        <translation>Seuls l&apos;accueil et la facturation consultent l&apos;éligibilité à l&apos;assurance.</translation>
    </message>
    <message>
        <source>Request {0} was already sent with a different document: a retry sends the same one.</source>
        <translation>La demande {0} a déjà été envoyée avec un autre document : une nouvelle tentative renvoie le même.</translation>
    </message>
    <message>
        <source>No request with id {0}.</source>
        <translation>Aucune demande avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Say how the line was reconciled.</source>
        <translation>Indiquez comment la ligne a été rapprochée.</translation>
    </message>
    <message>
        <source>Say how the line was reconciled in at most 500 characters of plain text.</source>
        <translation>Indiquez comment la ligne a été rapprochée, en 500 caractères de texte simple au plus.</translation>
    </message>
    <message>
        <source>Take 1 to 500 requests with a lease of 1 to 3600 seconds.</source>
        <translation>Prenez de 1 à 500 demandes avec un bail de 1 à 3600 secondes.</translation>
    </message>
    <message>
        <source>Write an answer for the payer (2 to 2000 characters of plain text).</source>
        <translation>Rédigez une réponse pour l&apos;organisme payeur (2 à 2000 caractères de texte simple).</translation>
    </message>
    <message>
        <source>Only hms_doctor or hms_lab may cancel laboratory orders.</source>
        <translation>Seuls hms_doctor et hms_lab peuvent annuler des demandes d&apos;analyses.</translation>
    </message>
    <message>
        <source>Cancelling an order needs a reason of at least 5 characters.</source>
        <translation>L&apos;annulation d&apos;une demande d&apos;analyse nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Choose the orders to collect.</source>
        <translation>Choisissez les demandes à prélever.</translation>
    </message>
    <message>
        <source>Only hms_lab or hms_nurse may collect specimens.</source>
        <translation>Seuls hms_lab et hms_nurse peuvent prélever des échantillons.</translation>
    </message>
    <message>
        <source>Wrong patient: the scanned wristband ({0}) is not the patient of these orders.</source>
        <translation>Mauvais patient : le bracelet scanné ({0}) n&apos;est pas celui du patient de ces demandes.</translation>
    </message>
    <message>
        <source>Only hms_lab may correct laboratory results.</source>
        <translation>Seul hms_lab peut corriger des résultats d&apos;analyses.</translation>
    </message>
    <message>
        <source>A correction needs a reason of at least 5 characters.</source>
        <translation>Une correction nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Only hms_lab may record critical-result calls.</source>
        <translation>Seul hms_lab peut enregistrer les appels de résultats critiques.</translation>
    </message>
    <message>
        <source>Encounter {0} is not one of your patients&apos;.</source>
        <translation>La consultation {0} ne concerne pas l&apos;un de vos patients.</translation>
    </message>
    <message>
        <source>Only hms_lab may enter laboratory results.</source>
        <translation>Seul hms_lab peut saisir des résultats d&apos;analyses.</translation>
    </message>
    <message>
        <source>Lab order {0} has no {1} message for the LIS.</source>
        <translation>La demande d&apos;analyse {0} n&apos;a pas de message {1} pour le SIL.</translation>
    </message>
    <message>
        <source>A lab order starts as ordered.</source>
        <translation>Une demande d&apos;analyse commence à l&apos;état « demandée ».</translation>
    </message>
    <message>
        <source>A lab result is never edited: enter a new version with a reason.</source>
        <translation>Un résultat d&apos;analyse n&apos;est jamais modifié : saisissez une nouvelle version avec un motif.</translation>
    </message>
    <message>
        <source>Limit 1-500, lease &gt;= 1 s and backlog 0-87600 h.</source>
        <translation>Limite de 1 à 500, bail d&apos;au moins 1 s et arriéré de 0 à 87 600 h.</translation>
    </message>
    <message>
        <source>Only hms_lab may record the LIS&apos;s answers.</source>
        <translation>Seul hms_lab peut enregistrer les réponses du SIL.</translation>
    </message>
    <message>
        <source>A LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3), not &quot;{0}&quot;.</source>
        <translation>Un code LOINC comporte 1 à 7 chiffres, un tiret et un chiffre de contrôle (par exemple 2823-3), pas « {0} ».</translation>
    </message>
    <message>
        <source>LOINC code {0} is already a panel in the catalog.</source>
        <translation>Le code LOINC {0} est déjà un panel du catalogue.</translation>
    </message>
    <message>
        <source>LOINC code {0} is already a test in the catalog.</source>
        <translation>Le code LOINC {0} est déjà une analyse du catalogue.</translation>
    </message>
    <message>
        <source>LOINC code {0} is not valid: the check digit should be {1}.</source>
        <translation>Le code LOINC {0} n&apos;est pas valide : le chiffre de contrôle devrait être {1}.</translation>
    </message>
    <message>
        <source>No price for lab test {0} (nor LAB-DEFAULT) valid on {1}.</source>
        <translation>Aucun prix pour l&apos;analyse {0} (ni pour LAB-DEFAULT) valable le {1}.</translation>
    </message>
    <message>
        <source>Only hms_doctor may order laboratory tests.</source>
        <translation>Seul hms_doctor peut prescrire des analyses.</translation>
    </message>
    <message>
        <source>Order {0} has no critical result to phone.</source>
        <translation>La demande {0} n&apos;a pas de résultat critique à téléphoner.</translation>
    </message>
    <message>
        <source>No lab order {0}.</source>
        <translation>Demande d&apos;analyse {0} introuvable.</translation>
    </message>
    <message>
        <source>Order {0} is {1}: results are entered for received specimens (released results are corrected).</source>
        <translation>La demande {0} est à l&apos;état « {1} » : les résultats se saisissent pour des échantillons reçus (les résultats publiés se corrigent).</translation>
    </message>
    <message>
        <source>Lab order {0} cannot go from {1} to {2}.</source>
        <translation>La demande d&apos;analyse {0} ne peut pas passer de l&apos;état « {1} » à l&apos;état « {2} ».</translation>
    </message>
    <message>
        <source>Only orders not yet collected can be collected.</source>
        <translation>Seules les demandes pas encore prélevées peuvent être prélevées.</translation>
    </message>
    <message>
        <source>No lab order {0} of yours.</source>
        <translation>Aucune demande d&apos;analyse {0} parmi les vôtres.</translation>
    </message>
    <message>
        <source>Panel {0} has no active tests to order.</source>
        <translation>Le panel {0} n&apos;a aucune analyse active à demander.</translation>
    </message>
    <message>
        <source>This patient is not in your care.</source>
        <translation>Ce patient n&apos;est pas pris en charge par vous.</translation>
    </message>
    <message>
        <source>Priority must be routine, urgent or stat.</source>
        <translation>La priorité doit être routine, urgente ou immédiate (routine, urgent, stat).</translation>
    </message>
    <message>
        <source>Only hms_lab may receive specimens.</source>
        <translation>Seul hms_lab peut réceptionner des échantillons.</translation>
    </message>
    <message>
        <source>Only hms_lab may release laboratory results.</source>
        <translation>Seul hms_lab peut publier des résultats d&apos;analyses.</translation>
    </message>
    <message>
        <source>Only a released result is corrected (before release, enter a new result).</source>
        <translation>Seul un résultat publié se corrige (avant publication, saisissez un nouveau résultat).</translation>
    </message>
    <message>
        <source>Result code {0} does not match the ordered test {1} of order {2}.</source>
        <translation>Le code de résultat {0} ne correspond pas à l&apos;analyse demandée {1} de la demande {2}.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not a number ({1} is reported as a number in {2}).</source>
        <translation>« {0} » n&apos;est pas un nombre ({1} est rendu sous forme de nombre en {2}).</translation>
    </message>
    <message>
        <source>Order {0} already has a result: replacing it needs a reason.</source>
        <translation>La demande {0} a déjà un résultat : pour le remplacer, donnez un motif.</translation>
    </message>
    <message>
        <source>A {0} result cannot become {1}.</source>
        <translation>Un résultat à l&apos;état « {0} » ne peut pas passer à l&apos;état « {1} ».</translation>
    </message>
    <message>
        <source>Only a resulted order can be verified.</source>
        <translation>Seule une demande avec résultat peut être validée.</translation>
    </message>
    <message>
        <source>A second person verifies a result: you entered this one.</source>
        <translation>Une deuxième personne valide un résultat : c&apos;est vous qui avez saisi celui-ci.</translation>
    </message>
    <message>
        <source>Only hms_lab may send orders to the LIS.</source>
        <translation>Seul hms_lab peut envoyer des demandes au SIL.</translation>
    </message>
    <message>
        <source>Specimen {0} was already received at {1}.</source>
        <translation>L&apos;échantillon {0} a déjà été réceptionné le {1}.</translation>
    </message>
    <message>
        <source>No specimen with accession number {0}.</source>
        <translation>Aucun échantillon avec le numéro d&apos;enregistrement {0}.</translation>
    </message>
    <message>
        <source>Specimens are collected from one patient at a time.</source>
        <translation>Les échantillons se prélèvent sur un seul patient à la fois.</translation>
    </message>
    <message>
        <source>Only staff may run the escalation.</source>
        <translation>Seul le personnel peut lancer l&apos;escalade.</translation>
    </message>
    <message>
        <source>{0} has {1} order(s) in the lab: its unit and value type change once they are released or cancelled.</source>
        <translation>{0} a {1} demande(s) en cours au laboratoire : son unité et son type de valeur changeront une fois celles-ci publiées ou annulées.</translation>
    </message>
    <message>
        <source>&quot;{0}&quot; is not an orderable test or panel.</source>
        <translation>« {0} » n&apos;est pas une analyse ni un panel que l&apos;on peut demander.</translation>
    </message>
    <message>
        <source>Tests are ordered on an open encounter (this one is {0}).</source>
        <translation>Les analyses se demandent sur une consultation ouverte (celle-ci est à l&apos;état « {0} »).</translation>
    </message>
    <message>
        <source>Unit &quot;{0}&quot; does not match the catalog unit &quot;{1}&quot; of {2}.</source>
        <translation>L&apos;unité « {0} » ne correspond pas à l&apos;unité du catalogue « {1} » pour {2}.</translation>
    </message>
    <message>
        <source>Unknown acknowledgment code &quot;{0}&quot;.</source>
        <translation>Code d&apos;acquittement inconnu « {0} ».</translation>
    </message>
    <message>
        <source>Unknown lab order.</source>
        <translation>Demande d&apos;analyse inconnue.</translation>
    </message>
    <message>
        <source>Only a verified order can be released.</source>
        <translation>Seule une demande validée peut être publiée.</translation>
    </message>
    <message>
        <source>Only hms_lab may verify laboratory results.</source>
        <translation>Seul hms_lab peut valider des résultats d&apos;analyses.</translation>
    </message>
    <message>
        <source>Notification {0} is already acknowledged.</source>
        <translation>La notification {0} a déjà été prise en compte.</translation>
    </message>
    <message>
        <source>An active prescription is completed or cancelled.</source>
        <translation>Une prescription active devient terminée ou annulée.</translation>
    </message>
    <message>
        <source>An adjustment changes the quantity (+ found, - missing or damaged).</source>
        <translation>Un ajustement modifie la quantité (+ trouvé, - manquant ou abîmé).</translation>
    </message>
    <message>
        <source>An adjustment of {0} units is more than a lot can hold.</source>
        <translation>Un ajustement de {0} unités dépasse ce qu&apos;un lot peut contenir.</translation>
    </message>
    <message>
        <source>Cancelling a prescription needs a reason of at least 5 characters.</source>
        <translation>L&apos;annulation d&apos;une prescription nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Dispense {0} was already returned.</source>
        <translation>La dispensation {0} a déjà été retournée.</translation>
    </message>
    <message>
        <source>Dispense between 1 and {0} units for prescription {1} (asked: {2}).</source>
        <translation>Dispensez entre 1 et {0} unités pour la prescription {1} (demandé : {2}).</translation>
    </message>
    <message>
        <source>No dispense with id {0}.</source>
        <translation>Aucune dispensation avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card first.</source>
        <translation>Scannez d&apos;abord le bracelet ou la carte d&apos;identité du patient.</translation>
    </message>
    <message>
        <source>WRONG DRUG: lot {0} is {1}, the prescription is for {2} {3} {4}.</source>
        <translation>MAUVAIS MÉDICAMENT : le lot {0} est {1}, la prescription est pour {2} {3} {4}.</translation>
    </message>
    <message>
        <source>WRONG PATIENT: the scanned MRN {0} is not the MRN of prescription {1} ({2}).</source>
        <translation>MAUVAIS PATIENT : le NIP scanné {0} n&apos;est pas celui de la prescription {1} ({2}).</translation>
    </message>
    <message>
        <source>Drug {0} is not in the formulary (or no longer prescribable).</source>
        <translation>Le médicament {0} ne figure pas au livret thérapeutique (ou n&apos;est plus prescriptible).</translation>
    </message>
    <message>
        <source>No drug with id {0}.</source>
        <translation>Aucun médicament avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>No drug with id {0} in the formulary.</source>
        <translation>Aucun médicament avec l&apos;identifiant {0} au livret thérapeutique.</translation>
    </message>
    <message>
        <source>A goods receipt is of at least 1 unit.</source>
        <translation>Une réception de marchandises porte sur au moins 1 unité.</translation>
    </message>
    <message>
        <source>Ingredient ATC codes look like J01CA04 (got {0}).</source>
        <translation>Les codes ATC des principes actifs ressemblent à J01CA04 (reçu : {0}).</translation>
    </message>
    <message>
        <source>No active location with id {0}.</source>
        <translation>Aucun emplacement actif avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Lot {0} is already empty.</source>
        <translation>Le lot {0} est déjà vide.</translation>
    </message>
    <message>
        <source>The lot is already at that location.</source>
        <translation>Le lot est déjà à cet emplacement.</translation>
    </message>
    <message>
        <source>Lot {0} expired on {1}: do not dispense it (write it off).</source>
        <translation>Le lot {0} est périmé depuis le {1} : ne le dispensez pas (mettez-le au rebut).</translation>
    </message>
    <message>
        <source>Lot {0} expired on {1}: write it off instead.</source>
        <translation>Le lot {0} est périmé depuis le {1} : mettez-le plutôt au rebut.</translation>
    </message>
    <message>
        <source>A lot&apos;s drug, location, number and expiry do not change.</source>
        <translation>Le médicament, l&apos;emplacement, le numéro et la péremption d&apos;un lot ne changent pas.</translation>
    </message>
    <message>
        <source>No lot with id {0}.</source>
        <translation>Aucun lot avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Lot {0} of {1} {2} is not in stock here ({3}).</source>
        <translation>Le lot {0} de {1} {2} n&apos;est pas en stock ici ({3}).</translation>
    </message>
    <message>
        <source>Lot {0} is recorded with expiry {1}, not {2}.</source>
        <translation>Le lot {0} est enregistré avec la péremption {1}, pas {2}.</translation>
    </message>
    <message>
        <source>Lot {0} has only {1} units: an adjustment of {2} would make it negative.</source>
        <translation>Le lot {0} n&apos;a que {1} unités : un ajustement de {2} le rendrait négatif.</translation>
    </message>
    <message>
        <source>A new lot starts empty: stock arrives by a receipt movement.</source>
        <translation>Un nouveau lot commence vide : le stock arrive par un mouvement de réception.</translation>
    </message>
    <message>
        <source>No care relationship with patient {0}.</source>
        <translation>Aucune relation de soins avec le patient {0}.</translation>
    </message>
    <message>
        <source>No price for {0} valid on {1}: the dispense cannot be charged.</source>
        <translation>Aucun prix pour {0} valable le {1} : la dispensation ne peut pas être facturée.</translation>
    </message>
    <message>
        <source>Not enough stock in lot {0} for a movement of {1} units.</source>
        <translation>Stock insuffisant dans le lot {0} pour un mouvement de {1} unités.</translation>
    </message>
    <message>
        <source>Not enough stock: lot {0} has {1} {2} left, {3} asked.</source>
        <translation>Stock insuffisant : il reste {1} {2} dans le lot {0}, {3} demandé(s).</translation>
    </message>
    <message>
        <source>Only pharmacists adjust stock.</source>
        <translation>Seuls les pharmaciens ajustent le stock.</translation>
    </message>
    <message>
        <source>Only pharmacists dispense.</source>
        <translation>Seuls les pharmaciens dispensent.</translation>
    </message>
    <message>
        <source>Only pharmacists receive goods.</source>
        <translation>Seuls les pharmaciens réceptionnent les marchandises.</translation>
    </message>
    <message>
        <source>Only pharmacists take returns.</source>
        <translation>Seuls les pharmaciens reprennent les retours.</translation>
    </message>
    <message>
        <source>Only pharmacists transfer stock.</source>
        <translation>Seuls les pharmaciens transfèrent du stock.</translation>
    </message>
    <message>
        <source>Only pharmacists write off stock.</source>
        <translation>Seuls les pharmaciens mettent du stock au rebut.</translation>
    </message>
    <message>
        <source>Prescription {0} is {1} and cannot change.</source>
        <translation>La prescription {0} est à l&apos;état « {1} » et ne peut plus changer.</translation>
    </message>
    <message>
        <source>Prescription {0} is fully dispensed.</source>
        <translation>La prescription {0} est entièrement dispensée.</translation>
    </message>
    <message>
        <source>No prescription with id {0}.</source>
        <translation>Aucune prescription avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Prescription {0} is {1}: nothing is dispensed.</source>
        <translation>La prescription {0} est à l&apos;état « {1} » : rien n&apos;est dispensé.</translation>
    </message>
    <message>
        <source>Prescription stopped: {0}.</source>
        <translation>Prescription bloquée : {0}.</translation>
    </message>
    <message>
        <source>A return needs a reason of at least 5 characters.</source>
        <translation>Un retour nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Scan the pack (its lot number) first.</source>
        <translation>Scannez d&apos;abord la boîte (son numéro de lot).</translation>
    </message>
    <message>
        <source>A stock adjustment needs a reason of at least 5 characters.</source>
        <translation>Un ajustement de stock nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Stock expired on {0} is not received.</source>
        <translation>Un stock périmé depuis le {0} n&apos;est pas réceptionné.</translation>
    </message>
    <message>
        <source>No active stock location &quot;{0}&quot;.</source>
        <translation>Aucun emplacement de stock actif « {0} ».</translation>
    </message>
    <message>
        <source>Stock movements are never changed or deleted: record a correcting movement instead.</source>
        <translation>Les mouvements de stock ne sont jamais modifiés ni supprimés : enregistrez plutôt un mouvement correctif.</translation>
    </message>
    <message>
        <source>Stock quantities change only by stock movements (receipt, transfer, adjustment, write-off, dispense, return).</source>
        <translation>Les quantités en stock ne changent que par des mouvements de stock (réception, transfert, ajustement, mise au rebut, dispensation, retour).</translation>
    </message>
    <message>
        <source>Transfer between 1 and {0} units of lot {1}.</source>
        <translation>Transférez entre 1 et {0} unités du lot {1}.</translation>
    </message>
    <message>
        <source>A transfer needs a reason of at least 5 characters.</source>
        <translation>Un transfert nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Unknown frequency &quot;{0}&quot; (one of: {1}).</source>
        <translation>Fréquence inconnue « {0} » (parmi : {1}).</translation>
    </message>
    <message>
        <source>A write-off needs a reason of at least 5 characters.</source>
        <translation>Une mise au rebut nécessite un motif d&apos;au moins 5 caractères.</translation>
    </message>
    <message>
        <source>Only active staff search patients.</source>
        <translation>Seul le personnel actif recherche des patients.</translation>
    </message>
    <message>
        <source>Only administrators decide duplicate pairs.</source>
        <translation>Seuls les administrateurs tranchent les paires de doublons.</translation>
    </message>
    <message>
        <source>Only administrators may merge patient records.</source>
        <translation>Seuls les administrateurs peuvent fusionner des dossiers patients.</translation>
    </message>
    <message>
        <source>Only administrators review duplicate pairs.</source>
        <translation>Seuls les administrateurs examinent les paires de doublons.</translation>
    </message>
    <message>
        <source>Only administrators scan the registry for duplicates.</source>
        <translation>Seuls les administrateurs recherchent les doublons dans le registre.</translation>
    </message>
    <message>
        <source>Only administrators may undo a patient merge.</source>
        <translation>Seuls les administrateurs peuvent annuler une fusion de patients.</translation>
    </message>
    <message>
        <source>The birth date is exact, year only or estimated.</source>
        <translation>La date de naissance est exacte, limitée à l&apos;année ou estimée.</translation>
    </message>
    <message>
        <source>Birth date {0} is in the future.</source>
        <translation>La date de naissance {0} est dans le futur.</translation>
    </message>
    <message>
        <source>The birth date is required (the year, or an estimate, if that is all that is known).</source>
        <translation>La date de naissance est obligatoire (l&apos;année, ou une estimation, si c&apos;est tout ce que l&apos;on sait).</translation>
    </message>
    <message>
        <source>Decide a pair as merged or distinct, not {0}.</source>
        <translation>Tranchez une paire comme fusionnée ou distincte, pas « {0} ».</translation>
    </message>
    <message>
        <source>A decision on a duplicate pair needs a reason of at least 10 characters.</source>
        <translation>Une décision sur une paire de doublons nécessite un motif d&apos;au moins 10 caractères.</translation>
    </message>
    <message>
        <source>A reason is required to change a patient&apos;s demographics.</source>
        <translation>Un motif est obligatoire pour modifier l&apos;identité d&apos;un patient.</translation>
    </message>
    <message>
        <source>No patient with id {0} (the duplicate).</source>
        <translation>Aucun patient avec l&apos;identifiant {0} (le doublon).</translation>
    </message>
    <message>
        <source>Duplicate pair {0} was already decided ({1}).</source>
        <translation>La paire de doublons {0} a déjà été tranchée ({1}).</translation>
    </message>
    <message>
        <source>No duplicate pair {0}.</source>
        <translation>Aucune paire de doublons {0}.</translation>
    </message>
    <message>
        <source>Duplicate scan {0} is not open.</source>
        <translation>La recherche de doublons {0} n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>Give an estimated age in years, from 0 to 120.</source>
        <translation>Indiquez un âge estimé en années, de 0 à 120.</translation>
    </message>
    <message>
        <source>The given name and the family name are required.</source>
        <translation>Le prénom et le nom de famille sont obligatoires.</translation>
    </message>
    <message>
        <source>The lowest score to queue must be above 0 and at most 1, not {0}.</source>
        <translation>Le score minimal pour la file doit être supérieur à 0 et au plus égal à 1, pas {0}.</translation>
    </message>
    <message>
        <source>Merge {0} was already undone at {1}.</source>
        <translation>La fusion {0} a déjà été annulée le {1}.</translation>
    </message>
    <message>
        <source>Cannot merge patients: {0}.</source>
        <translation>Impossible de fusionner les patients : {0}.</translation>
    </message>
    <message>
        <source>Merge {0} moved rows of {1}.{2}, which no longer references registry.patient by {3}.</source>
        <translation>La fusion {0} a déplacé des lignes de {1}.{2}, qui ne référence plus registry.patient par {3}.</translation>
    </message>
    <message>
        <source>A merge needs a reason of at least 10 characters.</source>
        <translation>Une fusion nécessite un motif d&apos;au moins 10 caractères.</translation>
    </message>
    <message>
        <source>Merge {0}: not every recorded row of {1}.{2} reached patient {3}.</source>
        <translation>Fusion {0} : toutes les lignes enregistrées de {1}.{2} n&apos;ont pas rejoint le patient {3}.</translation>
    </message>
    <message>
        <source>No patient merge with id {0}.</source>
        <translation>Aucune fusion de patients avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Merge {0}: {1} rows of {2}.{3} still reference patient {4}.</source>
        <translation>Fusion {0} : {1} lignes de {2}.{3} référencent encore le patient {4}.</translation>
    </message>
    <message>
        <source>Merge {0} cannot be undone exactly: {1} of the {2} rows of {3}.{4} it moved no longer belong to patient {5}.</source>
        <translation>La fusion {0} ne peut pas être annulée à l&apos;identique : {1} des {2} lignes de {3}.{4} qu&apos;elle a déplacées n&apos;appartiennent plus au patient {5}.</translation>
    </message>
    <message>
        <source>MRN and creation data of a patient never change.</source>
        <translation>Le NIP et les données de création d&apos;un patient ne changent jamais.</translation>
    </message>
    <message>
        <source>The note is too long ({0} characters, at most 500).</source>
        <translation>La note est trop longue ({0} caractères, 500 au plus).</translation>
    </message>
    <message>
        <source>A page has 1 to 500 patients.</source>
        <translation>Une page compte de 1 à 500 patients.</translation>
    </message>
    <message>
        <source>Patient {0} cannot be merged into itself.</source>
        <translation>Le patient {0} ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>Patient {0} ({1}) was merged into patient {2}: open that record.</source>
        <translation>Le patient {0} ({1}) a été fusionné avec le patient {2} : ouvrez ce dossier.</translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is already identified: correct the demographics instead.</source>
        <translation>Le patient {0} (NIP {1}) est déjà identifié : corrigez plutôt son identité.</translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is already merged into patient {2}.</source>
        <translation>Le patient {0} (NIP {1}) est déjà fusionné avec le patient {2}.</translation>
    </message>
    <message>
        <source>Patient {0} (MRN {1}) is itself merged into patient {2}: merge into the surviving record.</source>
        <translation>Le patient {0} (NIP {1}) est lui-même fusionné avec le patient {2} : fusionnez avec le dossier conservé.</translation>
    </message>
    <message>
        <source>Patient {0} is not linked to patient {1} as merge {2} left it.</source>
        <translation>Le patient {0} n&apos;est pas lié au patient {1} comme la fusion {2} l&apos;avait laissé.</translation>
    </message>
    <message>
        <source>Patient {0} (the survivor of merge {1}) was merged into patient {2} afterwards: undo merge {3} first.</source>
        <translation>Le patient {0} (conservé lors de la fusion {1}) a ensuite été fusionné avec le patient {2} : annulez d&apos;abord la fusion {3}.</translation>
    </message>
    <message>
        <source>A phone number to search for has at least 7 digits.</source>
        <translation>Un numéro de téléphone à rechercher comporte au moins 7 chiffres.</translation>
    </message>
    <message>
        <source>Only reception, clinicians and administrators read a patient&apos;s history.</source>
        <translation>Seuls l&apos;accueil, les soignants et les administrateurs consultent l&apos;historique d&apos;un patient.</translation>
    </message>
    <message>
        <source>Only reception records who an unidentified patient is.</source>
        <translation>Seul l&apos;accueil enregistre l&apos;identité d&apos;un patient non identifié.</translation>
    </message>
    <message>
        <source>Only reception registers patients.</source>
        <translation>Seul l&apos;accueil enregistre les patients.</translation>
    </message>
    <message>
        <source>The registry has {0} patients: scan it with hms-admin find-duplicates (parallel, with progress), not from the screen (up to {1} patients).</source>
        <translation>Le registre compte {0} patients : recherchez les doublons avec hms-admin find-duplicates (en parallèle, avec progression), pas depuis l&apos;écran (jusqu&apos;à {1} patients).</translation>
    </message>
    <message>
        <source>Say how the patient was identified (at least 5 characters).</source>
        <translation>Indiquez comment le patient a été identifié (au moins 5 caractères).</translation>
    </message>
    <message>
        <source>Say which patient survives and which is the duplicate.</source>
        <translation>Indiquez quel patient est conservé et lequel est le doublon.</translation>
    </message>
    <message>
        <source>Say which of patients {0} and {1} survives the merge.</source>
        <translation>Indiquez lequel des patients {0} et {1} est conservé lors de la fusion.</translation>
    </message>
    <message>
        <source>Your role does not see phone numbers or national IDs, so it cannot search by them.</source>
        <translation>Votre rôle ne voit pas les numéros de téléphone ni les numéros d&apos;identité nationaux : il ne peut donc pas rechercher par ceux-ci.</translation>
    </message>
    <message>
        <source>Sex must be female, male, other or unknown (unknown when nobody can tell).</source>
        <translation>Le sexe doit être féminin, masculin, autre ou inconnu (inconnu quand personne ne peut le dire).</translation>
    </message>
    <message>
        <source>No patient with id {0} (the survivor).</source>
        <translation>Aucun patient avec l&apos;identifiant {0} (le dossier conservé).</translation>
    </message>
    <message>
        <source>Undoing a merge needs a reason of at least 10 characters.</source>
        <translation>L&apos;annulation d&apos;une fusion nécessite un motif d&apos;au moins 10 caractères.</translation>
    </message>
    <message>
        <source>Unmerge {0}: not every recorded row of {1}.{2} went back to patient {3}.</source>
        <translation>Annulation de la fusion {0} : toutes les lignes enregistrées de {1}.{2} ne sont pas revenues au patient {3}.</translation>
    </message>
    <message>
        <source>An appointment is in the department of its service ({0}).</source>
        <translation>Un rendez-vous relève du service de sa prestation ({0}).</translation>
    </message>
    <message>
        <source>Appointment {0} is in a department you do not work in.</source>
        <translation>Le rendez-vous {0} relève d&apos;un service où vous ne travaillez pas.</translation>
    </message>
    <message>
        <source>The encounter of appointment {0} is {1}.</source>
        <translation>La consultation du rendez-vous {0} est à l&apos;état « {1} ».</translation>
    </message>
    <message>
        <source>An appointment needs a patient, a provider, a service and a start time.</source>
        <translation>Un rendez-vous nécessite un patient, un praticien, une prestation et une heure de début.</translation>
    </message>
    <message>
        <source>Appointment {0} is neither yours nor in one of your departments.</source>
        <translation>Le rendez-vous {0} n&apos;est ni le vôtre ni dans l&apos;un de vos services.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: no consultation can start.</source>
        <translation>Le rendez-vous {0} est à l&apos;état « {1} » : aucune consultation ne peut commencer.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only booked or checked-in appointments can be cancelled.</source>
        <translation>Le rendez-vous {0} est à l&apos;état « {1} » : seuls les rendez-vous réservés ou enregistrés à l&apos;accueil peuvent être annulés.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only a booked appointment can be checked in.</source>
        <translation>Le rendez-vous {0} est à l&apos;état « {1} » : seul un rendez-vous réservé peut être enregistré à l&apos;accueil.</translation>
    </message>
    <message>
        <source>No appointment with id {0}.</source>
        <translation>Aucun rendez-vous avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only a booked appointment can be a no-show.</source>
        <translation>Le rendez-vous {0} est à l&apos;état « {1} » : seul un rendez-vous réservé peut être noté absent.</translation>
    </message>
    <message>
        <source>Appointment {0} is {1}: only booked or checked-in appointments can be rescheduled.</source>
        <translation>Le rendez-vous {0} est à l&apos;état « {1} » : seuls les rendez-vous réservés ou enregistrés à l&apos;accueil peuvent être déplacés.</translation>
    </message>
    <message>
        <source>Appointment {0} has not started yet (it starts at {1}).</source>
        <translation>Le rendez-vous {0} n&apos;a pas encore commencé (il commence à {1}).</translation>
    </message>
    <message>
        <source>Appointment {0} is on {1}, not today.</source>
        <translation>Le rendez-vous {0} est le {1}, pas aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>An appointment is in_person or telemedicine, not {0}.</source>
        <translation>Un rendez-vous est en présentiel ou en téléconsultation (in_person, telemedicine), pas « {0} ».</translation>
    </message>
    <message>
        <source>An appointment cannot start in the past ({0}).</source>
        <translation>Un rendez-vous ne peut pas commencer dans le passé ({0}).</translation>
    </message>
    <message>
        <source>A cancellation needs a reason of at least 3 characters.</source>
        <translation>Une annulation nécessite un motif d&apos;au moins 3 caractères.</translation>
    </message>
    <message>
        <source>Only doctors call the next patient.</source>
        <translation>Seuls les médecins appellent le patient suivant.</translation>
    </message>
    <message>
        <source>Only doctors start a consultation.</source>
        <translation>Seuls les médecins commencent une consultation.</translation>
    </message>
    <message>
        <source>Ask for 1 to 100 free slots.</source>
        <translation>Demandez de 1 à 100 créneaux libres.</translation>
    </message>
    <message>
        <source>Free slots need a provider and a time range.</source>
        <translation>Les créneaux libres nécessitent un praticien et une plage horaire.</translation>
    </message>
    <message>
        <source>Ask for at most 62 days of free slots at a time.</source>
        <translation>Demandez 62 jours de créneaux libres au plus à la fois.</translation>
    </message>
    <message>
        <source>Name a service, a provider or a department.</source>
        <translation>Indiquez une prestation, un praticien ou un service.</translation>
    </message>
    <message>
        <source>Patient {0} was merged into patient {1}: book the surviving record.</source>
        <translation>Le patient {0} a été fusionné avec le patient {1} : prenez le rendez-vous sur le dossier conservé.</translation>
    </message>
    <message>
        <source>{0} has no session in {1} from {2} to {3}.</source>
        <translation>{0} n&apos;a pas de plage de consultation dans {1} de {2} à {3}.</translation>
    </message>
    <message>
        <source>{0} is not an active doctor or nurse.</source>
        <translation>{0} n&apos;est pas un médecin ni un infirmier en activité.</translation>
    </message>
    <message>
        <source>{0} does not work in {1}.</source>
        <translation>{0} ne travaille pas dans {1}.</translation>
    </message>
    <message>
        <source>{0} is on leave from {1} to {2}.</source>
        <translation>{0} est en congé du {1} au {2}.</translation>
    </message>
    <message>
        <source>Say which department&apos;s queue.</source>
        <translation>Indiquez la file d&apos;attente de quel service.</translation>
    </message>
    <message>
        <source>Only reception checks patients in.</source>
        <translation>Seul l&apos;accueil enregistre l&apos;arrivée des patients.</translation>
    </message>
    <message>
        <source>Only reception, clinicians and administrators look for free slots.</source>
        <translation>Seuls l&apos;accueil, les soignants et les administrateurs cherchent des créneaux libres.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses book appointments.</source>
        <translation>Seuls l&apos;accueil, les médecins et les infirmiers prennent des rendez-vous.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses cancel appointments.</source>
        <translation>Seuls l&apos;accueil, les médecins et les infirmiers annulent des rendez-vous.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses record a no-show.</source>
        <translation>Seuls l&apos;accueil, les médecins et les infirmiers notent une absence.</translation>
    </message>
    <message>
        <source>Only reception, doctors and nurses reschedule appointments.</source>
        <translation>Seuls l&apos;accueil, les médecins et les infirmiers déplacent des rendez-vous.</translation>
    </message>
    <message>
        <source>Rescheduling needs a reason of at least 3 characters.</source>
        <translation>Un déplacement de rendez-vous nécessite un motif d&apos;au moins 3 caractères.</translation>
    </message>
    <message>
        <source>Room {0} is not an active room of {1}.</source>
        <translation>La salle {0} n&apos;est pas une salle active de {1}.</translation>
    </message>
    <message>
        <source>No room with id {0}.</source>
        <translation>Aucune salle avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>Room {0} is not a room of department {1}.</source>
        <translation>La salle {0} n&apos;est pas une salle du service {1}.</translation>
    </message>
    <message>
        <source>Say which appointment.</source>
        <translation>Indiquez le rendez-vous concerné.</translation>
    </message>
    <message>
        <source>The service {0} belongs to another department.</source>
        <translation>La prestation {0} appartient à un autre service.</translation>
    </message>
    <message>
        <source>The service {0} is no longer offered.</source>
        <translation>La prestation {0} n&apos;est plus proposée.</translation>
    </message>
    <message>
        <source>No service with id {0}.</source>
        <translation>Aucune prestation avec l&apos;identifiant {0}.</translation>
    </message>
    <message>
        <source>The service {0} is not offered by telemedicine.</source>
        <translation>La prestation {0} n&apos;est pas proposée en téléconsultation.</translation>
    </message>
    <message>
        <source>Sessions and leave are for active doctors and nurses, not staff member {0}.</source>
        <translation>Les plages de consultation et les congés concernent les médecins et infirmiers en activité, pas le membre du personnel {0}.</translation>
    </message>
    <message>
        <source>This slot was just taken.</source>
        <translation>Ce créneau vient d&apos;être pris.</translation>
    </message>
    <message>
        <source>{0} does not work in department {1}.</source>
        <translation>{0} ne travaille pas dans le service {1}.</translation>
    </message>
    <message>
        <source>You do not work in department {0}.</source>
        <translation>Vous ne travaillez pas dans le service {0}.</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>pris en compte</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>adjustment</source>
        <translation>ajustement</translation>
    </message>
    <message>
        <source>administrative</source>
        <translation>administratif</translation>
    </message>
    <message>
        <source>against advice</source>
        <translation>sortie contre avis médical</translation>
    </message>
    <message>
        <source>against_advice</source>
        <translation>sortie contre avis médical</translation>
    </message>
    <message>
        <source>amendment</source>
        <translation>amendement</translation>
    </message>
    <message>
        <source>amount paid for a claim</source>
        <translation>le montant payé pour une demande de remboursement</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondu</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>approved amount</source>
        <translation>le montant accordé</translation>
    </message>
    <message>
        <source>bed day</source>
        <translation>journée d&apos;hospitalisation</translation>
    </message>
    <message>
        <source>bed_day</source>
        <translation>journée d&apos;hospitalisation</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>break glass</source>
        <translation>accès d&apos;urgence</translation>
    </message>
    <message>
        <source>break_glass</source>
        <translation>accès d&apos;urgence</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>acte</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>checked_in</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>demande de remboursement</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>en nettoyage</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturé</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>prélevé</translation>
    </message>
    <message>
        <source>communication</source>
        <translation>communication</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>décès</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>diagnoses</source>
        <translation>diagnostics</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>diagnostic</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>dispensary</source>
        <translation>pharmacie de dispensation</translation>
    </message>
    <message>
        <source>dispense</source>
        <translation>dispensation</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>dispensé</translation>
    </message>
    <message>
        <source>distinct</source>
        <translation>distinct</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>eligibility</source>
        <translation>éligibilité</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>urgences</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>saisi par erreur</translation>
    </message>
    <message>
        <source>entered_in_error</source>
        <translation>saisi par erreur</translation>
    </message>
    <message>
        <source>extra session</source>
        <translation>plage supplémentaire</translation>
    </message>
    <message>
        <source>extra_session</source>
        <translation>plage supplémentaire</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>final</source>
        <translation>définitif</translation>
    </message>
    <message>
        <source>follow up</source>
        <translation>à suivre</translation>
    </message>
    <message>
        <source>follow_up</source>
        <translation>à suivre</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>given</source>
        <translation>administrée</translation>
    </message>
    <message>
        <source>has allergies</source>
        <translation>allergies connues</translation>
    </message>
    <message>
        <source>has_allergies</source>
        <translation>allergies connues</translation>
    </message>
    <message>
        <source>held</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>home</source>
        <translation>retour à domicile</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>identifié</translation>
    </message>
    <message>
        <source>in consultation</source>
        <translation>en consultation</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en présentiel</translation>
    </message>
    <message>
        <source>in_consultation</source>
        <translation>en consultation</translation>
    </message>
    <message>
        <source>in_person</source>
        <translation>en présentiel</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>inpatient</source>
        <translation>hospitalisation</translation>
    </message>
    <message>
        <source>invoiced</source>
        <translation>facturé</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émis</translation>
    </message>
    <message>
        <source>justified</source>
        <translation>justifié</translation>
    </message>
    <message>
        <source>lab test</source>
        <translation>analyse de laboratoire</translation>
    </message>
    <message>
        <source>lab_test</source>
        <translation>analyse de laboratoire</translation>
    </message>
    <message>
        <source>leave</source>
        <translation>congé</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>no known allergies</source>
        <translation>aucune allergie connue</translation>
    </message>
    <message>
        <source>no show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>no_known_allergies</source>
        <translation>aucune allergie connue</translation>
    </message>
    <message>
        <source>no_show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>not justified</source>
        <translation>non justifié</translation>
    </message>
    <message>
        <source>not_justified</source>
        <translation>non justifié</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>nursing</source>
        <translation>soins infirmiers</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>outpatient</source>
        <translation>consultation externe</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>payment total</source>
        <translation>le total du paiement</translation>
    </message>
    <message>
        <source>pended</source>
        <translation>en attente d&apos;information</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>pharmacy</source>
        <translation>pharmacie</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>comptabilisé</translation>
    </message>
    <message>
        <source>preauthorization</source>
        <translation>accord préalable</translation>
    </message>
    <message>
        <source>prescriptions</source>
        <translation>prescriptions</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>évolution</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>received</source>
        <translation>réceptionné</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>released</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>resulted</source>
        <translation>résultat saisi</translation>
    </message>
    <message>
        <source>return</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>retourné</translation>
    </message>
    <message>
        <source>second factor</source>
        <translation>second facteur</translation>
    </message>
    <message>
        <source>second_factor</source>
        <translation>second facteur</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>soap</source>
        <translation>SOAP</translation>
    </message>
    <message>
        <source>staff change</source>
        <translation>modification de personnel</translation>
    </message>
    <message>
        <source>staff_change</source>
        <translation>modification de personnel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>store</source>
        <translation>réserve</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>telemedicine</source>
        <translation>téléconsultation</translation>
    </message>
    <message>
        <source>the as-of day</source>
        <translation>la date de référence</translation>
    </message>
    <message>
        <source>the business day</source>
        <translation>le jour ouvré</translation>
    </message>
    <message>
        <source>the date</source>
        <translation>la date</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>le jour</translation>
    </message>
    <message>
        <source>the discount</source>
        <translation>la remise</translation>
    </message>
    <message>
        <source>the end of the approval</source>
        <translation>la fin de l&apos;accord</translation>
    </message>
    <message>
        <source>the end of the range</source>
        <translation>la fin de la période</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>le premier jour</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>le dernier jour</translation>
    </message>
    <message>
        <source>the payer&apos;s payment</source>
        <translation>le paiement de l&apos;organisme payeur</translation>
    </message>
    <message>
        <source>the payment</source>
        <translation>le paiement</translation>
    </message>
    <message>
        <source>the payment date</source>
        <translation>la date de paiement</translation>
    </message>
    <message>
        <source>the refund</source>
        <translation>le remboursement</translation>
    </message>
    <message>
        <source>the start of the approval</source>
        <translation>le début de l&apos;accord</translation>
    </message>
    <message>
        <source>the start of the range</source>
        <translation>le début de la période</translation>
    </message>
    <message>
        <source>the time</source>
        <translation>l&apos;heure</translation>
    </message>
    <message>
        <source>the time to search from</source>
        <translation>l&apos;heure de début de la recherche</translation>
    </message>
    <message>
        <source>transfer in</source>
        <translation>transfert entrant</translation>
    </message>
    <message>
        <source>transfer out</source>
        <translation>transfert sortant</translation>
    </message>
    <message>
        <source>transfer_in</source>
        <translation>transfert entrant</translation>
    </message>
    <message>
        <source>transfer_out</source>
        <translation>transfert sortant</translation>
    </message>
    <message>
        <source>unidentified</source>
        <translation>non identifié</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>non rapproché</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>validé</translation>
    </message>
    <message>
        <source>vital signs</source>
        <translation>signes vitaux</translation>
    </message>
    <message>
        <source>void</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>service d&apos;hospitalisation</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>write off</source>
        <translation>mise au rebut</translation>
    </message>
    <message>
        <source>write_off</source>
        <translation>mise au rebut</translation>
    </message>
    <message>
        <source>A fluid volume is charted in millilitres, from 1 to 5000 ml per entry.</source>
        <translation>Un volume de liquide se note en millilitres, de 1 à 5000 ml par entrée.</translation>
    </message>
    <message>
        <source>Choose a route that fits the direction (intake: oral, IV, enteral, blood, other; output: urine, vomit, drain, stool, aspirate, other).</source>
        <translation>Choisissez une voie adaptée au sens (entrée : orale, IV, entérale, sang, autre ; sortie : urine, vomissements, drain, selles, aspiration, autre).</translation>
    </message>
    <message>
        <source>This age band overlaps another reference range of the same test and sex.</source>
        <translation>Cette tranche d&apos;âge chevauche une autre plage de référence de la même analyse et du même sexe.</translation>
    </message>
    <message>
        <source>The low limit must not be above the high limit.</source>
        <translation>La limite basse ne doit pas dépasser la limite haute.</translation>
    </message>
    <message>
        <source>Critical limits lie outside the reference range (critical low ≤ low, critical high ≥ high).</source>
        <translation>Les limites critiques se situent hors de la plage de référence (critique basse ≤ basse, critique haute ≥ haute).</translation>
    </message>
    <message>
        <source>The age band must start at 0 or later and end after it starts.</source>
        <translation>La tranche d&apos;âge doit commencer à 0 ou plus et se terminer après son début.</translation>
    </message>
    <message>
        <source>A patient with this national ID is already registered. Search for them instead.</source>
        <translation>Un patient avec ce numéro d&apos;identité national est déjà enregistré. Recherchez-le plutôt.</translation>
    </message>
    <message>
        <source>This MRN is already in use.</source>
        <translation>Ce NIP est déjà utilisé.</translation>
    </message>
    <message>
        <source>The birth date is not possible (in the future or before 1880).</source>
        <translation>La date de naissance n&apos;est pas possible (dans le futur ou avant 1880).</translation>
    </message>
    <message>
        <source>The given name must have 1 to 100 characters.</source>
        <translation>Le prénom doit comporter de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>The family name must have 1 to 100 characters.</source>
        <translation>Le nom de famille doit comporter de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>Choose female, male, other or unknown.</source>
        <translation>Choisissez féminin, masculin, autre ou inconnu.</translation>
    </message>
    <message>
        <source>A national ID has 4 to 32 letters, digits or dashes.</source>
        <translation>Un numéro d&apos;identité national comporte de 4 à 32 lettres, chiffres ou tirets.</translation>
    </message>
    <message>
        <source>A phone number has digits, spaces, +, (, ), ., / or - only.</source>
        <translation>Un numéro de téléphone ne contient que des chiffres, des espaces, +, (, ), ., / ou -.</translation>
    </message>
    <message>
        <source>The address is too long (300 characters at most).</source>
        <translation>L&apos;adresse est trop longue (300 caractères au plus).</translation>
    </message>
    <message>
        <source>A postal code has 2 to 12 letters, digits, spaces or dashes.</source>
        <translation>Un code postal comporte de 2 à 12 lettres, chiffres, espaces ou tirets.</translation>
    </message>
    <message>
        <source>Say whether the birth date is exact, only the year, or an estimated age.</source>
        <translation>Indiquez si la date de naissance est exacte, limitée à l&apos;année ou un âge estimé.</translation>
    </message>
    <message>
        <source>When only the year of birth is known, the birth date is stored as 1 July of it.</source>
        <translation>Quand seule l&apos;année de naissance est connue, la date de naissance est enregistrée au 1er juillet de cette année.</translation>
    </message>
    <message>
        <source>This patient is unidentified: record who they are with &apos;Identify…&apos;, not by correcting the name (and a national ID identifies them).</source>
        <translation>Ce patient n&apos;est pas identifié : enregistrez son identité avec « Identifier… », pas en corrigeant le nom (un numéro d&apos;identité national l&apos;identifie aussi).</translation>
    </message>
    <message>
        <source>The note has 1 to 500 characters.</source>
        <translation>La note comporte de 1 à 500 caractères.</translation>
    </message>
    <message>
        <source>Names, the address and the note cannot contain invisible control characters (often pasted from another program). Retype them.</source>
        <translation>Les noms, l&apos;adresse et la note ne peuvent pas contenir de caractères de contrôle invisibles (souvent collés depuis un autre programme). Saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>This temporary alias is already in use.</source>
        <translation>Cet alias temporaire est déjà utilisé.</translation>
    </message>
    <message>
        <source>A lot number has 1 to 30 letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos;, as printed on the pack.</source>
        <translation>Un numéro de lot comporte de 1 à 30 lettres, chiffres, « . », « / » ou « - », tel qu&apos;imprimé sur la boîte.</translation>
    </message>
    <message>
        <source>Write the note first (at most 100,000 characters).</source>
        <translation>Rédigez d&apos;abord la note (100 000 caractères au plus).</translation>
    </message>
    <message>
        <source>Give the substance (at most 200 characters).</source>
        <translation>Indiquez la substance (200 caractères au plus).</translation>
    </message>
    <message>
        <source>The reaction has at most 500 characters.</source>
        <translation>La réaction comporte 500 caractères au plus.</translation>
    </message>
    <message>
        <source>Choose the category: drug, food, environment or other.</source>
        <translation>Choisissez la catégorie : médicament, aliment, environnement ou autre.</translation>
    </message>
    <message>
        <source>The note has at most 200 characters.</source>
        <translation>La note comporte 200 caractères au plus.</translation>
    </message>
    <message>
        <source>The clinical information has at most 1,000 characters.</source>
        <translation>Les renseignements cliniques comportent 1 000 caractères au plus.</translation>
    </message>
    <message>
        <source>Give the reason for admission (3 to 500 characters).</source>
        <translation>Indiquez le motif de l&apos;admission (3 à 500 caractères).</translation>
    </message>
    <message>
        <source>Give the reason (3 to 300 characters).</source>
        <translation>Indiquez le motif (3 à 300 caractères).</translation>
    </message>
    <message>
        <source>The reason has at most 300 characters.</source>
        <translation>Le motif comporte 300 caractères au plus.</translation>
    </message>
    <message>
        <source>A department code is 2 to 20 capital letters, digits or _, starting with a letter.</source>
        <translation>Un code de service comporte de 2 à 20 majuscules, chiffres ou _, et commence par une lettre.</translation>
    </message>
    <message>
        <source>The department name must have 1 to 120 characters.</source>
        <translation>Le nom du service doit comporter de 1 à 120 caractères.</translation>
    </message>
    <message>
        <source>A code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation>Un code comporte de 2 à 32 majuscules, chiffres, - ou _, et commence par une lettre.</translation>
    </message>
    <message>
        <source>The name must have 1 to 200 characters.</source>
        <translation>Le nom doit comporter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>A service lasts 5 to 480 minutes.</source>
        <translation>Une prestation dure de 5 à 480 minutes.</translation>
    </message>
    <message>
        <source>A price code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation>Un code tarifaire comporte de 2 à 32 majuscules, chiffres, - ou _, et commence par une lettre.</translation>
    </message>
    <message>
        <source>A room code is 2 to 32 capital letters, digits, - or _, starting with a letter.</source>
        <translation>Un code de salle comporte de 2 à 32 majuscules, chiffres, - ou _, et commence par une lettre.</translation>
    </message>
    <message>
        <source>The room name must have 1 to 200 characters.</source>
        <translation>Le nom de la salle doit comporter de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>A price code is 2 to 40 capital letters, digits or -, starting with a letter.</source>
        <translation>Un code tarifaire comporte de 2 à 40 majuscules, chiffres ou -, et commence par une lettre.</translation>
    </message>
    <message>
        <source>A price is more than 0.</source>
        <translation>Un prix est supérieur à 0.</translation>
    </message>
    <message>
        <source>A currency is three capital letters (e.g. GBP).</source>
        <translation>Une devise s&apos;écrit en trois majuscules (par exemple GBP).</translation>
    </message>
    <message>
        <source>A group is 2 to 40 lower-case letters, digits or _, starting with a letter (e.g. consultation).</source>
        <translation>Un groupe comporte de 2 à 40 minuscules, chiffres ou _, et commence par une lettre (par exemple consultation).</translation>
    </message>
    <message>
        <source>Give the reason for the adjustment (5 to 500 characters).</source>
        <translation>Indiquez le motif de l&apos;ajustement (5 à 500 caractères).</translation>
    </message>
    <message>
        <source>This invoice already has a claim.</source>
        <translation>Cette facture a déjà une demande de remboursement.</translation>
    </message>
    <message>
        <source>Your cash for this day is already closed.</source>
        <translation>Votre caisse de ce jour est déjà clôturée.</translation>
    </message>
    <message>
        <source>The patient already has an active coverage in this period: end or cancel it first.</source>
        <translation>Le patient a déjà une couverture active sur cette période : terminez-la ou annulez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>A member number has 4 to 32 capital letters, digits or dashes.</source>
        <translation>Un numéro d&apos;adhérent comporte de 4 à 32 majuscules, chiffres ou tirets.</translation>
    </message>
    <message>
        <source>A test with this LOINC code is already in the catalog: search for it and edit it instead.</source>
        <translation>Une analyse avec ce code LOINC figure déjà au catalogue : recherchez-la et modifiez-la plutôt.</translation>
    </message>
    <message>
        <source>A panel with this LOINC code is already in the catalog.</source>
        <translation>Un panel avec ce code LOINC figure déjà au catalogue.</translation>
    </message>
    <message>
        <source>This test is already a member of the panel.</source>
        <translation>Cette analyse fait déjà partie du panel.</translation>
    </message>
    <message>
        <source>The test name must have 1 to 255 characters.</source>
        <translation>Le nom de l&apos;analyse doit comporter de 1 à 255 caractères.</translation>
    </message>
    <message>
        <source>The short name must have 1 to 40 characters.</source>
        <translation>Le nom court doit comporter de 1 à 40 caractères.</translation>
    </message>
    <message>
        <source>The specimen type must have 1 to 100 characters.</source>
        <translation>Le type d&apos;échantillon doit comporter de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>The container must have 1 to 100 characters.</source>
        <translation>Le contenant doit comporter de 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>The unit has at most 40 characters, without leading or trailing spaces.</source>
        <translation>L&apos;unité comporte 40 caractères au plus, sans espace au début ni à la fin.</translation>
    </message>
    <message>
        <source>A result is numeric or text.</source>
        <translation>Un résultat est numérique ou textuel.</translation>
    </message>
    <message>
        <source>A test is reported with 0 to 4 decimals.</source>
        <translation>Une analyse est rendue avec 0 à 4 décimales.</translation>
    </message>
    <message>
        <source>The panel name must have 1 to 255 characters.</source>
        <translation>Le nom du panel doit comporter de 1 à 255 caractères.</translation>
    </message>
    <message>
        <source>This LOINC code is already a panel in the catalog.</source>
        <translation>Ce code LOINC est déjà un panel du catalogue.</translation>
    </message>
    <message>
        <source>This LOINC code is already a test in the catalog.</source>
        <translation>Ce code LOINC est déjà une analyse du catalogue.</translation>
    </message>
    <message>
        <source>Your session has ended: this account was locked or deactivated, or its password was changed. Log in again, or ask an administrator.</source>
        <translation>Votre session a pris fin : ce compte a été verrouillé ou désactivé, ou son mot de passe a changé. Reconnectez-vous ou adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>The database did not allow this for your login. If you need it for your work, ask an administrator.</source>
        <translation>La base de données n&apos;a pas autorisé cette action pour votre compte. Si vous en avez besoin pour votre travail, adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>This overlaps with an existing booking.</source>
        <translation>Cela chevauche un rendez-vous existant.</translation>
    </message>
    <message>
        <source>This would create a duplicate record.</source>
        <translation>Cela créerait un doublon.</translation>
    </message>
    <message>
        <source>This refers to a record that does not exist (any more).</source>
        <translation>Cela fait référence à un enregistrement qui n&apos;existe pas (ou plus).</translation>
    </message>
    <message>
        <source>A field is required.</source>
        <translation>Un champ est obligatoire.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} est obligatoire.</translation>
    </message>
    <message>
        <source>{field}: the value is not accepted (too long, too short, or not in the form it must have). Check it and try again.</source>
        <translation>{field} : la valeur n&apos;est pas acceptée (trop longue, trop courte ou pas dans la forme attendue). Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>The text contains an invisible control character that cannot be saved (often pasted from another program). Retype the text and try again.</source>
        <translation>Le texte contient un caractère de contrôle invisible qui ne peut pas être enregistré (souvent collé depuis un autre programme). Saisissez le texte de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>Someone else changed this at the same moment. Please try again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément au même moment. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. It reconnects by itself; please try again in a moment.</source>
        <translation>La connexion à la base de données a été perdue. Elle se rétablit d&apos;elle-même ; veuillez réessayer dans un instant.</translation>
    </message>
    <message>
        <source>The input was refused.</source>
        <translation>La saisie a été refusée.</translation>
    </message>
</context>
</TS>
