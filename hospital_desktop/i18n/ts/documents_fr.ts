<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccessReport</name>
    <message>
        <source>Access report {mrn}</source>
        <translation>Relevé des accès {mrn}</translation>
    </message>
    <message>
        <source>Record of access to a patient&apos;s health information</source>
        <translation>Relevé des accès au dossier médical d&apos;un patient</translation>
    </message>
    <message>
        <source>all recorded history</source>
        <translation>tout l&apos;historique enregistré</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>début</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Patient: {name} · MRN: {mrn} · Born: {born} · Period: {period}</source>
        <translation>Patient : {name} · IPP : {mrn} · Né(e) le : {born} · Période : {period}</translation>
    </message>
    <message>
        <source>Prepared by {name} on {when} from the hospital&apos;s tamper-evident audit trail. Every opening of the chart is listed with the purpose the staff member gave; emergency (break-glass) accesses are marked.</source>
        <translation>Établi par {name} le {when} à partir de la piste d&apos;audit infalsifiable de l&apos;hôpital. Chaque ouverture du dossier figure avec le motif donné par le professionnel ; les accès d&apos;urgence (bris de glace) sont signalés.</translation>
    </message>
    <message>
        <source>Chart openings ({count})</source>
        <translation>Ouvertures du dossier ({count})</translation>
    </message>
    <message>
        <source>EMERGENCY — {purpose}</source>
        <translation>URGENCE — {purpose}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Professionnel</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>No chart openings recorded in this period.</source>
        <translation>Aucune ouverture du dossier enregistrée sur cette période.</translation>
    </message>
    <message>
        <source>Records written about the patient ({count})</source>
        <translation>Écritures concernant le patient ({count})</translation>
    </message>
    <message>
        <source>added {record}</source>
        <translation>ajout : {record}</translation>
    </message>
    <message>
        <source>changed {record}</source>
        <translation>modification : {record}</translation>
    </message>
    <message>
        <source>removed {record}</source>
        <translation>suppression : {record}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason given</source>
        <translation>Motif indiqué</translation>
    </message>
    <message>
        <source>No records written in this period.</source>
        <translation>Aucune écriture sur cette période.</translation>
    </message>
    <message>
        <source>{hospital} · access report · MRN {mrn}</source>
        <translation>{hospital} · relevé des accès · IPP {mrn}</translation>
    </message>
    <message>
        <source>page {number}</source>
        <translation>page {number}</translation>
    </message>
</context>
<context>
    <name>BirthDate</name>
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
        <source>{year} (yr only)</source>
        <translation>{year} (année seule)</translation>
    </message>
    <message>
        <source>{year} (year only)</source>
        <translation>{year} (année seulement)</translation>
    </message>
    <message>
        <source>c. {year} (est.)</source>
        <translation>vers {year} (est.)</translation>
    </message>
    <message>
        <source>c. {year} (estimated)</source>
        <translation>vers {year} (estimée)</translation>
    </message>
</context>
<context>
    <name>DischargeSummary</name>
    <message>
        <source>Diagnoses</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Actes réalisés</translation>
    </message>
    <message>
        <source>Results of note</source>
        <translation>Résultats significatifs</translation>
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
        <source>Home</source>
        <translation>Retour à domicile</translation>
    </message>
    <message>
        <source>Transferred to another hospital</source>
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
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Discharge summary — {name} ({mrn})</source>
        <translation>Compte rendu d&apos;hospitalisation — {name} ({mrn})</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Version {number} — amends the previous version: {reason}</source>
        <translation>Version {number} — rectifie la version précédente : {reason}</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>Compte rendu d&apos;hospitalisation</translation>
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
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>not yet discharged</source>
        <translation>pas encore sorti(e)</translation>
    </message>
    <message>
        <source>Attending</source>
        <translation>Médecin responsable</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Mode de sortie</translation>
    </message>
    <message>
        <source>Signed electronically by {name} on {when}.</source>
        <translation>Signé électroniquement par {name} le {when}.</translation>
    </message>
    <message>
        <source>Fingerprint of the signed text (SHA-256): {digest}</source>
        <translation>Empreinte du texte signé (SHA-256) : {digest}</translation>
    </message>
    <message>
        <source>DRAFT by {name} — not signed, not valid for the patient&apos;s records.</source>
        <translation>BROUILLON de {name} — non signé, sans valeur pour le dossier du patient.</translation>
    </message>
    <message>
        <source>{mrn} · discharge summary v{version} · page {page}</source>
        <translation>{mrn} · compte rendu d&apos;hospitalisation v{version} · page {page}</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BROUILLON</translation>
    </message>
</context>
<context>
    <name>DispensingLabel</name>
    <message>
        <source>Dispensing label {number}</source>
        <translation>Étiquette de délivrance {number}</translation>
    </message>
    <message>
        <source>born {born}   MRN {mrn}</source>
        <translation>né(e) le {born}   IPP {mrn}</translation>
    </message>
    <message>
        <source>Rx {number}</source>
        <translation>Ordonnance {number}</translation>
    </message>
    <message>
        <source>Prescriber: {name}</source>
        <translation>Prescripteur : {name}</translation>
    </message>
    <message>
        <source>Lot {lot}   Exp {expiry}</source>
        <translation>Lot {lot}   Pér. {expiry}</translation>
    </message>
    <message>
        <source>Keep out of the reach of children</source>
        <translation>Tenir hors de portée des enfants</translation>
    </message>
    <message>
        <source>Dispensing receipt</source>
        <translation>Reçu de délivrance</translation>
    </message>
    <message>
        <source>Date: {when}</source>
        <translation>Date : {when}</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient : {name}</translation>
    </message>
    <message>
        <source>MRN: {mrn}</source>
        <translation>IPP : {mrn}</translation>
    </message>
    <message>
        <source>Prescription: {number}</source>
        <translation>Ordonnance : {number}</translation>
    </message>
    <message>
        <source>Quantity: {quantity}</source>
        <translation>Quantité : {quantity}</translation>
    </message>
    <message>
        <source>Lot {lot}, expires {date}</source>
        <translation>Lot {lot}, péremption le {date}</translation>
    </message>
    <message>
        <source>Charge: {amount}</source>
        <translation>Montant : {amount}</translation>
    </message>
    <message>
        <source>(added to your hospital account)</source>
        <translation>(ajouté à votre compte hospitalier)</translation>
    </message>
    <message>
        <source>Dispensed by {name}   ·   no. {number}</source>
        <translation>Délivré par {name}   ·   n° {number}</translation>
    </message>
    <message>
        <source>Dispensing receipt {number}</source>
        <translation>Reçu de délivrance {number}</translation>
    </message>
</context>
<context>
    <name>Invoice</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>VAT registration {number}</source>
        <translation>N° de TVA intracommunautaire {number}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page {number}</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Issued {when}</source>
        <translation>Émise le {when}</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Échéance le {date}</translation>
    </message>
    <message>
        <source>Cancels invoice {number}</source>
        <translation>Annule la facture {number}</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturé à</translation>
    </message>
    <message>
        <source>MRN {mrn} · born {date}</source>
        <translation>IPP {mrn} · né(e) le {date}</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Charges of the patient&apos;s account</source>
        <translation>Prestations du compte patient</translation>
    </message>
    <message>
        <source>Insurance: {coverage}</source>
        <translation>Assurance : {coverage}</translation>
    </message>
    <message>
        <source>VOID — cancelled by credit note {number}: {reason}</source>
        <translation>ANNULÉE — par l&apos;avoir {number} : {reason}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>P.U.</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Tax {rate} % on {amount}</source>
        <translation>TVA {rate} % sur {amount}</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Total crédité</translation>
    </message>
    <message>
        <source>Total amount</source>
        <translation>Montant total</translation>
    </message>
    <message>
        <source>of which the insurer&apos;s share</source>
        <translation>dont part de l&apos;assureur</translation>
    </message>
    <message>
        <source>of which the patient&apos;s share</source>
        <translation>dont part du patient</translation>
    </message>
    <message>
        <source>Insurer declined (now the patient&apos;s)</source>
        <translation>Refusé par l&apos;assureur (à la charge du patient)</translation>
    </message>
    <message>
        <source>Paid by the patient</source>
        <translation>Réglé par le patient</translation>
    </message>
    <message>
        <source>Paid by the insurer</source>
        <translation>Réglé par l&apos;assureur</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Reste à payer</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>refund of {receipt}</source>
        <translation>remboursement de {receipt}</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Please pay the balance by {date}, quoting &lt;b&gt;{number}&lt;/b&gt;.</source>
        <translation>Merci de régler le solde avant le {date} en rappelant la référence &lt;b&gt;{number}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Bank transfer: {account}.</source>
        <translation>Virement bancaire : {account}.</translation>
    </message>
    <message>
        <source>The insurer&apos;s share has been claimed from your insurer; you will hear from us if any part is not paid.</source>
        <translation>La part de l&apos;assureur lui a été facturée ; nous vous informerons si une partie n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>Issued by {name}. Medical services are exempt from VAT unless a rate is shown.</source>
        <translation>Émise par {name}. Les soins médicaux sont exonérés de TVA sauf taux indiqué.</translation>
    </message>
    <message>
        <source>Refund receipt</source>
        <translation>Reçu de remboursement</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Reçu de paiement</translation>
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
        <source>Refund of</source>
        <translation>Remboursement de</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Balance now</source>
        <translation>Solde actuel</translation>
    </message>
    <message>
        <source>Received by {name}. Thank you.</source>
        <translation>Encaissé par {name}. Merci.</translation>
    </message>
</context>
<context>
    <name>SpecimenLabel</name>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>STAT</source>
        <translation>TRÈS URGENT</translation>
    </message>
    <message>
        <source>Specimen labels {numbers}</source>
        <translation>Étiquettes d&apos;échantillons {numbers}</translation>
    </message>
    <message>
        <source>MRN {mrn}   born {born}   {sex}</source>
        <translation>IPP {mrn}   né(e) {born}   {sex}</translation>
    </message>
</context>
<context>
    <name>Wristband</name>
    <message>
        <source>{alias}   UNIDENTIFIED</source>
        <translation>{alias}   NON IDENTIFIÉ</translation>
    </message>
    <message>
        <source>born {born}   {sex}   MRN {mrn}</source>
        <translation>né(e) le {born}   {sex}   IPP {mrn}</translation>
    </message>
    <message>
        <source>Wristband {mrn}</source>
        <translation>Bracelet {mrn}</translation>
    </message>
    <message>
        <source>Patient label {mrn}</source>
        <translation>Étiquette patient {mrn}</translation>
    </message>
</context>
</TS>
