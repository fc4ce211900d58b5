<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Adjust charge</source>
        <translation>Corriger une prestation</translation>
    </message>
    <message>
        <source>{charge}: {amount} (after earlier adjustments). The charge itself is never changed: the discount or correction is added with its reason.</source>
        <translation>{charge} : {amount} (après corrections antérieures). La prestation elle-même n&apos;est jamais modifiée : la remise ou la correction s&apos;y ajoute avec son motif.</translation>
    </message>
    <message>
        <source>Discount (reduces the charge)</source>
        <translation>Remise (diminue la prestation)</translation>
    </message>
    <message>
        <source>Correction (+ or −)</source>
        <translation>Correction (+ ou −)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Montant ({currency})</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>A discount is a positive amount.</source>
        <translation>Une remise est un montant positif.</translation>
    </message>
    <message>
        <source>The amount cannot be zero.</source>
        <translation>Le montant ne peut pas être nul.</translation>
    </message>
    <message>
        <source>Give a reason of at least 5 characters.</source>
        <translation>Indiquez un motif d&apos;au moins 5 caractères.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Answer {payer}&apos;s query</source>
        <translation>Répondre à la demande de l&apos;organisme {payer}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; asks about {subject} ({patient}):</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt; demande, au sujet de la {subject} ({patient}) :</translation>
    </message>
    <message>
        <source>Documents asked for: {documents}</source>
        <translation>Pièces demandées : {documents}</translation>
    </message>
    <message>
        <source>Your answer to the payer (2 to 2000 characters)</source>
        <translation>Votre réponse à l&apos;organisme (2 à 2000 caractères)</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>Ajouter un &amp;document…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>En&amp;voyer la réponse</translation>
    </message>
    <message>
        <source>Documents (PDF, PNG, JPEG or text; at most 10, together at most 3.5 MB)</source>
        <translation>Pièces jointes (PDF, PNG, JPEG ou texte ; 10 au plus, 3,5 Mo au total)</translation>
    </message>
    <message>
        <source>Documents for the payer</source>
        <translation>Pièces pour l&apos;organisme</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>Pièces (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
    <message>
        <source>At most {count} documents go with one answer.</source>
        <translation>Une réponse comporte au plus {count} pièces.</translation>
    </message>
    <message>
        <source>{file}: the documents would come to {size} MB; at most 3.5 MB go with one answer.</source>
        <translation>{file} : les pièces atteindraient {size} Mo ; une réponse en comporte 3,5 Mo au plus.</translation>
    </message>
    <message>
        <source>{file} ({size} KB)</source>
        <translation>{file} ({size} Ko)</translation>
    </message>
    <message>
        <source>Write an answer for the payer.</source>
        <translation>Rédigez une réponse pour l&apos;organisme.</translation>
    </message>
    <message>
        <source>The answer is {length} characters long: a payer takes at most 2000.</source>
        <translation>La réponse fait {length} caractères : l&apos;organisme en accepte 2000 au plus.</translation>
    </message>
</context>
<context>
    <name>Billing</name>
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
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Laboratory test</source>
        <translation>Analyse de laboratoire</translation>
    </message>
    <message>
        <source>Pharmacy dispense</source>
        <translation>Délivrance pharmacie</translation>
    </message>
    <message>
        <source>Bed day</source>
        <translation>Journée d&apos;hospitalisation</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Partially approved</source>
        <translation>Acceptée en partie</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>BillingWorkspace</name>
    <message>
        <source>Charge</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Source (clinical event)</source>
        <translation>Origine (acte clinique)</translation>
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
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Patient share</source>
        <translation>Part patient</translation>
    </message>
    <message>
        <source>Insurer share</source>
        <translation>Part organisme</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Demande</translation>
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
        <source>By</source>
        <translation>Par</translation>
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
        <source>Unbilled</source>
        <translation>Non facturé</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Owes</source>
        <translation>Doit</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Patients with unbilled charges, oldest first (double-click to open)</source>
        <translation>Patients ayant des prestations non facturées, les plus anciennes d&apos;abord (double-clic pour ouvrir)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>Rechercher un patient</translation>
    </message>
    <message>
        <source>Add coverage…</source>
        <translation>Ajouter une couverture…</translation>
    </message>
    <message>
        <source>Cancel coverage…</source>
        <translation>Annuler la couverture…</translation>
    </message>
    <message>
        <source>Pre-a&amp;uthorisation…</source>
        <translation>Accord &amp;préalable…</translation>
    </message>
    <message>
        <source>Ask the payer to pre-authorise items for this patient</source>
        <translation>Demander à l&apos;organisme un accord préalable pour ce patient</translation>
    </message>
    <message>
        <source>Bill with:</source>
        <translation>Facturer à :</translation>
    </message>
    <message>
        <source>Select all unbilled</source>
        <translation>Tout le non facturé</translation>
    </message>
    <message>
        <source>Discount / correct…</source>
        <translation>Remise / correction…</translation>
    </message>
    <message>
        <source>note on the invoice (optional)</source>
        <translation>mention sur la facture (facultatif)</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <source>Charges from clinical events (tick the ones to invoice)</source>
        <translation>Prestations issues des actes (cochez celles à facturer)</translation>
    </message>
    <message>
        <source>Take payment…</source>
        <translation>Encaisser…</translation>
    </message>
    <message>
        <source>Claim insurer&apos;s share</source>
        <translation>Facturer la part organisme</translation>
    </message>
    <message>
        <source>Void (credit note)…</source>
        <translation>Annuler (avoir)…</translation>
    </message>
    <message>
        <source>Print invoice…</source>
        <translation>Imprimer la facture…</translation>
    </message>
    <message>
        <source>Refund…</source>
        <translation>Rembourser…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Imprimer le reçu…</translation>
    </message>
    <message>
        <source>Invoices and credit notes</source>
        <translation>Factures et avoirs</translation>
    </message>
    <message>
        <source>Payments of the selected invoice</source>
        <translation>Règlements de la facture sélectionnée</translation>
    </message>
    <message>
        <source>The payer will likely refuse:</source>
        <translation>L&apos;organisme refusera probablement :</translation>
    </message>
    <message>
        <source>• {title}: {message}</source>
        <translation>• {title} : {message}</translation>
    </message>
    <message numerus="yes">
        <source>Account balance {owed} (patient {patient}, insurers {insurers}) · %n unbilled charge(s)</source>
        <translation>
            <numerusform>Solde du compte {owed} (patient {patient}, organismes {insurers}) · %Ln prestation non facturée</numerusform>
            <numerusform>Solde du compte {owed} (patient {patient}, organismes {insurers}) · %Ln prestations non facturées</numerusform>
        </translation>
    </message>
    <message>
        <source>Self-pay (no insurance)</source>
        <translation>Patient payant (sans couverture)</translation>
    </message>
    <message numerus="yes">
        <source>{visit}   —   %n unbilled, {amount}</source>
        <translation>
            <numerusform>{visit}   —   %Ln non facturée, {amount}</numerusform>
            <numerusform>{visit}   —   %Ln non facturées, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>{visit}   —   all billed</source>
        <translation>{visit}   —   tout facturé</translation>
    </message>
    <message>
        <source>unbilled</source>
        <translation>non facturé</translation>
    </message>
    <message>
        <source>on {invoice}</source>
        <translation>sur {invoice}</translation>
    </message>
    <message>
        <source>void: {reason}</source>
        <translation>annulée : {reason}</translation>
    </message>
    <message>
        <source>void → {credit_note}</source>
        <translation>annulée → {credit_note}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>soldée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>refund of {receipt}: {reason}</source>
        <translation>remboursement de {receipt} : {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Tick the charges to invoice first (or “Select all unbilled”).</source>
        <translation>Cochez d&apos;abord les prestations à facturer (ou « Tout le non facturé »).</translation>
    </message>
    <message>
        <source>Invoice issued.</source>
        <translation>Facture émise.</translation>
    </message>
    <message>
        <source>Issuing the invoice…</source>
        <translation>Émission de la facture…</translation>
    </message>
    <message>
        <source>Click the charge to adjust first.</source>
        <translation>Cliquez d&apos;abord sur la prestation à corriger.</translation>
    </message>
    <message>
        <source>Only unbilled charges are adjusted: void the invoice first to correct it.</source>
        <translation>Seules les prestations non facturées se corrigent : annulez d&apos;abord la facture.</translation>
    </message>
    <message>
        <source>Discount recorded.</source>
        <translation>Remise enregistrée.</translation>
    </message>
    <message>
        <source>Correction recorded.</source>
        <translation>Correction enregistrée.</translation>
    </message>
    <message>
        <source>Coverage added.</source>
        <translation>Couverture ajoutée.</translation>
    </message>
    <message>
        <source>Pre-authorisation queued for the payer (see Pre-authorisations).</source>
        <translation>Demande d&apos;accord préalable en file pour l&apos;organisme (voir Accords préalables).</translation>
    </message>
    <message>
        <source>Cancel coverage</source>
        <translation>Annuler la couverture</translation>
    </message>
    <message>
        <source>Cancel {coverage}: recorded by mistake (a coverage that simply ended gets an end date instead).</source>
        <translation>Annuler {coverage} : saisie par erreur (une couverture simplement terminée reçoit plutôt une date de fin).</translation>
    </message>
    <message>
        <source>Coverage cancelled.</source>
        <translation>Couverture annulée.</translation>
    </message>
    <message>
        <source>Payment of {amount} recorded.</source>
        <translation>Règlement de {amount} enregistré.</translation>
    </message>
    <message>
        <source>Only a patient&apos;s payment is refunded here.</source>
        <translation>Seul un règlement du patient se rembourse ici.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Refund (part of) {receipt}, paid by {method}.</source>
        <translation>Rembourser (en partie) {receipt}, réglé par {method}.</translation>
    </message>
    <message>
        <source>Refund recorded.</source>
        <translation>Remboursement enregistré.</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>Void {invoice}: a credit note cancels it and its charges become unbilled again. Nothing is deleted.</source>
        <translation>Annuler {invoice} : un avoir l&apos;annule et ses prestations redeviennent non facturées. Rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>{invoice} voided; the credit note is in the list.</source>
        <translation>{invoice} annulée ; l&apos;avoir figure dans la liste.</translation>
    </message>
    <message>
        <source>Claim created: send it from the Claims workspace.</source>
        <translation>Demande de remboursement créée : envoyez-la depuis l&apos;espace Demandes de remboursement.</translation>
    </message>
    <message>
        <source>Preparing the invoice…</source>
        <translation>Préparation de la facture…</translation>
    </message>
    <message>
        <source>Preparing the receipt…</source>
        <translation>Préparation du reçu…</translation>
    </message>
</context>
<context>
    <name>CashCloseWorkspace</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Clôturée le</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Cash expected</source>
        <translation>Espèces attendues</translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation>Espèces comptées</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>explain any difference (required when the cash does not match)</source>
        <translation>expliquez tout écart (obligatoire si la caisse ne correspond pas)</translation>
    </message>
    <message>
        <source>Close today&apos;s cash</source>
        <translation>Clôturer la caisse du jour</translation>
    </message>
    <message>
        <source>My cash drawer today</source>
        <translation>Ma caisse du jour</translation>
    </message>
    <message>
        <source>Payments taken</source>
        <translation>Règlements encaissés</translation>
    </message>
    <message>
        <source>Cash expected in the drawer</source>
        <translation>Espèces attendues en caisse</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Paiements par carte</translation>
    </message>
    <message>
        <source>Bank transfers</source>
        <translation>Virements</translation>
    </message>
    <message>
        <source>My payments today</source>
        <translation>Mes encaissements du jour</translation>
    </message>
    <message>
        <source>Recent cash closes</source>
        <translation>Dernières clôtures de caisse</translation>
    </message>
    <message>
        <source>Today&apos;s cash is closed</source>
        <translation>La caisse du jour est clôturée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>juste</translation>
    </message>
    <message>
        <source>Cash closed for today.</source>
        <translation>Caisse clôturée pour aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>ChargeRow</name>
    <message>
        <source>Not linked to a visit</source>
        <translation>Sans lien avec une venue</translation>
    </message>
    <message>
        <source>Visit {start} · {department} · #{id}</source>
        <translation>Venue du {start} · {department} · n° {id}</translation>
    </message>
    <message>
        <source>Stay {start} – {end} · {department} · #{id}</source>
        <translation>Séjour du {start} au {end} · {department} · n° {id}</translation>
    </message>
    <message>
        <source>Stay {start} – (in hospital) · {department} · #{id}</source>
        <translation>Séjour depuis le {start} (hospitalisé) · {department} · n° {id}</translation>
    </message>
    <message>
        <source>Stay {start} · {department} · #{id}</source>
        <translation>Séjour {start} · {department} · n° {id}</translation>
    </message>
</context>
<context>
    <name>ClaimItemVerdict</name>
    <message>
        <source>approved</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>reduced</source>
        <translation>réduit</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
</context>
<context>
    <name>ClaimWarning</name>
    <message>
        <source>Pre-authorisation missing</source>
        <translation>Accord préalable manquant</translation>
    </message>
    <message>
        <source>Admission not pre-authorised</source>
        <translation>Hospitalisation sans accord préalable</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <source>Eligibility out of date</source>
        <translation>Droits non vérifiés récemment</translation>
    </message>
</context>
<context>
    <name>ClaimsWorkspace</name>
    <message>
        <source>Claim</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>At the payer</source>
        <translation>Chez l&apos;organisme</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>Pièces demandées</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Remittance</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>All claims</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>The FHIR Claim the gateway sent and the payer&apos;s ClaimResponse appear here.</source>
        <translation>La demande FHIR (Claim) envoyée par la passerelle et la réponse de l&apos;organisme (ClaimResponse) s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Se&amp;nd to payer</source>
        <translation>&amp;Envoyer à l&apos;organisme</translation>
    </message>
    <message>
        <source>&amp;Ask the payer for the status</source>
        <translation>&amp;Demander l&apos;état à l&apos;organisme</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>&amp;Post payer payment…</source>
        <translation>Saisir le &amp;paiement de l&apos;organisme…</translation>
    </message>
    <message>
        <source>A payment the payer announced on paper: remittances the gateway receives are posted by themselves (Remittances workspace)</source>
        <translation>Un paiement annoncé sur papier par l&apos;organisme : les relevés reçus par la passerelle s&apos;imputent d&apos;eux-mêmes (espace Relevés de paiement)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>Requests to the payer</source>
        <translation>Envois à l&apos;organisme</translation>
    </message>
    <message>
        <source>Payer queries</source>
        <translation>Demandes de l&apos;organisme</translation>
    </message>
    <message>
        <source>Remittance lines</source>
        <translation>Lignes de relevé</translation>
    </message>
    <message>
        <source>FHIR documents</source>
        <translation>Documents FHIR</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s).</source>
        <translation>
            <numerusform>%Ln demande.</numerusform>
            <numerusform>%Ln demandes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a claim.</source>
        <translation>Sélectionnez une demande.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; · invoice {invoice} · {patient}</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt; · facture {invoice} · {patient}</translation>
    </message>
    <message>
        <source>Status &lt;b&gt;{status}&lt;/b&gt;; claimed {claimed}, approved {approved}, paid {paid}</source>
        <translation>Statut &lt;b&gt;{status}&lt;/b&gt; ; demandé {claimed}, accordé {approved}, payé {paid}</translation>
    </message>
    <message>
        <source>Status &lt;b&gt;{status}&lt;/b&gt;; claimed {claimed}</source>
        <translation>Statut &lt;b&gt;{status}&lt;/b&gt; ; demandé {claimed}</translation>
    </message>
    <message>
        <source> · payer&apos;s reference {reference}</source>
        <translation> · réf. organisme {reference}</translation>
    </message>
    <message>
        <source>The payer has not got this claim. Correct what the reason names (the patient&apos;s coverage, the payer&apos;s item codes), then press Send again. If it names no reason, tell IT: the insurance gateway&apos;s log says more.</source>
        <translation>L&apos;organisme n&apos;a pas reçu cette demande. Corrigez ce que le motif indique (la couverture du patient, les codes de l&apos;organisme), puis cliquez sur Renvoyer. Sans motif, prévenez l&apos;informatique : le journal de la passerelle en dit plus.</translation>
    </message>
    <message>
        <source>The insurance gateway sends it within a minute; nothing to do.</source>
        <translation>La passerelle l&apos;envoie dans la minute ; rien à faire.</translation>
    </message>
    <message>
        <source>The payer decides later; this page shows the answer when it comes.</source>
        <translation>L&apos;organisme statuera plus tard ; la réponse s&apos;affichera ici dès réception.</translation>
    </message>
    <message>
        <source>At the payer: {state}</source>
        <translation>Chez l&apos;organisme : {state}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message numerus="yes">
        <source>Payer queries (%n open)</source>
        <translation>
            <numerusform>Demandes de l&apos;organisme (%Ln ouverte)</numerusform>
            <numerusform>Demandes de l&apos;organisme (%Ln ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim sent:</source>
        <translation>Demande envoyée :</translation>
    </message>
    <message>
        <source>ClaimResponse:</source>
        <translation>Réponse (ClaimResponse) :</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyée.</translation>
    </message>
    <message>
        <source>Before sending the claim</source>
        <translation>Avant l&apos;envoi de la demande</translation>
    </message>
    <message>
        <source>The payer will likely refuse part of claim {claim}:</source>
        <translation>L&apos;organisme refusera probablement une partie de la demande {claim} :</translation>
    </message>
    <message>
        <source>• {title}: {message}</source>
        <translation>• {title} : {message}</translation>
    </message>
    <message>
        <source>Send the claim anyway?</source>
        <translation>Envoyer quand même la demande ?</translation>
    </message>
    <message>
        <source>&amp;Send anyway</source>
        <translation>&amp;Envoyer quand même</translation>
    </message>
    <message>
        <source>&amp;Do not send</source>
        <translation>&amp;Ne pas envoyer</translation>
    </message>
    <message>
        <source>Not sent: resolve the warnings first, or send anyway.</source>
        <translation>Non envoyée : levez d&apos;abord les alertes, ou envoyez quand même.</translation>
    </message>
    <message>
        <source>Checking the claim…</source>
        <translation>Vérification de la demande…</translation>
    </message>
    <message>
        <source>Claim {claim} is queued for the payer: the insurance gateway sends it and records the answer.</source>
        <translation>La demande {claim} est en file pour l&apos;organisme : la passerelle l&apos;envoie et enregistre la réponse.</translation>
    </message>
    <message>
        <source>Queuing the claim…</source>
        <translation>Mise en file de la demande…</translation>
    </message>
    <message>
        <source>The payer is asked where claim {claim} stands.</source>
        <translation>L&apos;organisme est interrogé sur l&apos;état de la demande {claim}.</translation>
    </message>
    <message>
        <source>Claim {claim} is queued again (the same claim: the payer registers it once).</source>
        <translation>La demande {claim} est de nouveau en file (la même demande : l&apos;organisme ne l&apos;enregistre qu&apos;une fois).</translation>
    </message>
    <message>
        <source>Payment of {amount} from {payer} posted.</source>
        <translation>Paiement de {amount} de {payer} imputé.</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s), {age}: {error}</source>
        <translation>
            <numerusform>échec après %Ln tentative, {age} : {error}</numerusform>
            <numerusform>échec après %Ln tentatives, {age} : {error}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageDialog</name>
    <message>
        <source>Add insurance coverage</source>
        <translation>Ajouter une couverture</translation>
    </message>
    <message>
        <source>The patient&apos;s insurance card: plan, member number, validity.</source>
        <translation>La carte d&apos;assurance du patient : contrat, n° d&apos;adhérent, validité.</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>N° d&apos;adhérent</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Valable au</translation>
    </message>
    <message>
        <source>No insurance plan is set up: an administrator adds payers and plans.</source>
        <translation>Aucun contrat n&apos;est paramétré : un administrateur ajoute organismes et contrats.</translation>
    </message>
    <message>
        <source>Type the member number from the insurance card.</source>
        <translation>Saisissez le n° d&apos;adhérent figurant sur la carte.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
</context>
<context>
    <name>CoverageRow</name>
    <message>
        <source>{payer} — {plan} · member {member} · {start} to open-ended</source>
        <translation>{payer} — {plan} · adhérent {member} · du {start}, sans fin</translation>
    </message>
    <message>
        <source>{payer} — {plan} · member {member} · {start} to {end}</source>
        <translation>{payer} — {plan} · adhérent {member} · du {start} au {end}</translation>
    </message>
</context>
<context>
    <name>CoveredPatient</name>
    <message>
        <source>{name} · {mrn} · {payer} {plan}, member {member}</source>
        <translation>{name} · {mrn} · {payer} {plan}, adhérent {member}</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <source>Check &amp;eligibility</source>
        <translation>&amp;Vérifier les droits</translation>
    </message>
    <message>
        <source>Ask the payer (through the insurance gateway) whether the patient is covered today and what benefits are left</source>
        <translation>Demander à l&apos;organisme (via la passerelle) si le patient est couvert aujourd&apos;hui et quels droits il lui reste</translation>
    </message>
    <message>
        <source>Insurance: no patient open.</source>
        <translation>Couverture : aucun patient ouvert.</translation>
    </message>
    <message>
        <source>Insurance: loading…</source>
        <translation>Couverture : chargement…</translation>
    </message>
    <message>
        <source>Asking the payer…</source>
        <translation>Interrogation de l&apos;organisme…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insurance:&lt;/b&gt; No insurance on file</source>
        <translation>&lt;b&gt;Couverture :&lt;/b&gt; aucune couverture enregistrée</translation>
    </message>
    <message>
        <source>No coverage in force today: the patient pays themselves unless billing records their insurance.</source>
        <translation>Aucune couverture en vigueur aujourd&apos;hui : le patient règle lui-même, sauf si la facturation enregistre sa couverture.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Insurance:&lt;/b&gt; {payer} {plan}, member {member}</source>
        <translation>&lt;b&gt;Couverture :&lt;/b&gt; {payer} {plan}, adhérent {member}</translation>
    </message>
    <message>
        <source>&lt;i&gt;Waiting for the payer…&lt;/i&gt; (asked {age})</source>
        <translation>&lt;i&gt;En attente de l&apos;organisme…&lt;/i&gt; (demandé {age})</translation>
    </message>
    <message>
        <source>The payer could not be asked: {error}</source>
        <translation>L&apos;organisme n&apos;a pas pu être interrogé : {error}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans motif précisé</translation>
    </message>
    <message>
        <source>Press Check eligibility to ask again. If it keeps failing, the visit goes on and billing follows it up with the payer.</source>
        <translation>Cliquez sur Vérifier les droits pour redemander. Si l&apos;échec persiste, la prise en charge continue et la facturation suit avec l&apos;organisme.</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Droits ouverts</translation>
    </message>
    <message>
        <source>NOT COVERED</source>
        <translation>DROITS FERMÉS</translation>
    </message>
    <message>
        <source>checked {age}</source>
        <translation>vérifié {age}</translation>
    </message>
    <message>
        <source>&lt;b&gt;out of date&lt;/b&gt; ({age}; valid {hours} h)</source>
        <translation>&lt;b&gt;à revérifier&lt;/b&gt; ({age} ; valable {hours} h)</translation>
    </message>
    <message>
        <source>plan {plan}</source>
        <translation>contrat {plan}</translation>
    </message>
    <message>
        <source>benefit period {start} – {end}</source>
        <translation>période de droits du {start} au {end}</translation>
    </message>
    <message>
        <source>Left: {benefits}</source>
        <translation>Restant : {benefits}</translation>
    </message>
    <message>
        <source>Excluded: {items}</source>
        <translation>Exclus : {items}</translation>
    </message>
    <message>
        <source>Payer: {answer}</source>
        <translation>Organisme : {answer}</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>Réponse du {when}</translation>
    </message>
    <message>
        <source>Not checked with the payer yet.</source>
        <translation>Droits pas encore vérifiés auprès de l&apos;organisme.</translation>
    </message>
</context>
<context>
    <name>FinanceReportsWorkspace</name>
    <message>
        <source>0–30 days</source>
        <translation>0–30 jours</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 jours</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 jours</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>plus de 90 jours</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Revenue per day by department</source>
        <translation>Recettes par jour et par service</translation>
    </message>
    <message>
        <source>Revenue by department</source>
        <translation>Recettes par service</translation>
    </message>
    <message>
        <source>Outstanding balances by age</source>
        <translation>Restes dus par ancienneté</translation>
    </message>
    <message>
        <source>Claims by status</source>
        <translation>Demandes de remboursement par statut</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Revenue and balances</source>
        <translation>&amp;Recettes et soldes</translation>
    </message>
    <message>
        <source>&amp;Insurance claims</source>
        <translation>&amp;Demandes de remboursement</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Invoiced (net of credit notes)</source>
        <translation>Facturé (avoirs déduits)</translation>
    </message>
    <message>
        <source>Patients owe</source>
        <translation>Dû par les patients</translation>
    </message>
    <message>
        <source>Insurers owe</source>
        <translation>Dû par les organismes</translation>
    </message>
    <message>
        <source>{status} ({count})</source>
        <translation>{status} ({count})</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Revenue {first}–{last}: &lt;b&gt;{total}&lt;/b&gt; · outstanding now: &lt;b&gt;{outstanding}&lt;/b&gt; · claims: &lt;b&gt;{claims}&lt;/b&gt;</source>
        <translation>Recettes du {first} au {last} : &lt;b&gt;{total}&lt;/b&gt; · reste dû à ce jour : &lt;b&gt;{outstanding}&lt;/b&gt; · demandes : &lt;b&gt;{claims}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Claims approved, % of those decided</source>
        <translation>Demandes acceptées, en % des demandes traitées</translation>
    </message>
    <message>
        <source>Days from sending to payment (average)</source>
        <translation>Jours entre envoi et paiement (moyenne)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Refused by the payers, by reason</source>
        <translation>Refusé par les organismes, par motif</translation>
    </message>
    <message>
        <source>{month} ({count})</source>
        <translation>{month} ({count})</translation>
    </message>
    <message>
        <source>Approved in full</source>
        <translation>Acceptées en totalité</translation>
    </message>
    <message>
        <source>Approved in part</source>
        <translation>Acceptées en partie</translation>
    </message>
    <message>
        <source>Average days</source>
        <translation>Jours en moyenne</translation>
    </message>
    <message>
        <source>Refused amount</source>
        <translation>Montant refusé</translation>
    </message>
    <message>
        <source>Claims decided in the period: &lt;b&gt;{decided}&lt;/b&gt; · refused by reason: &lt;b&gt;{refused}&lt;/b&gt;</source>
        <translation>Demandes traitées sur la période : &lt;b&gt;{decided}&lt;/b&gt; · refusé par motif : &lt;b&gt;{refused}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Claims decided in the period: &lt;b&gt;{decided}&lt;/b&gt; · approved in full or in part: &lt;b&gt;{rate} %&lt;/b&gt; · claimed {claimed}, approved {approved} · refused by reason: &lt;b&gt;{refused}&lt;/b&gt;</source>
        <translation>Demandes traitées sur la période : &lt;b&gt;{decided}&lt;/b&gt; · acceptées en totalité ou en partie : &lt;b&gt;{rate} %&lt;/b&gt; · demandé {claimed}, accordé {approved} · refusé par motif : &lt;b&gt;{refused}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>{reason} — %n item(s), {amount}</source>
        <translation>
            <numerusform>{reason} — %Ln ligne, {amount}</numerusform>
            <numerusform>{reason} — %Ln lignes, {amount}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing refused in the period.</source>
        <translation>Aucun refus sur la période.</translation>
    </message>
</context>
<context>
    <name>Insurance</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>{category}: {left} of {allowed} left</source>
        <translation>{category} : {left} sur {allowed} restants</translation>
    </message>
    <message>
        <source>{category}: {left} left</source>
        <translation>{category} : {left} restants</translation>
    </message>
    <message>
        <source>{category}: {allowed} allowed, {used} used</source>
        <translation>{category} : {allowed} accordés, {used} utilisés</translation>
    </message>
    <message>
        <source>{category}: {allowed} allowed</source>
        <translation>{category} : {allowed} accordés</translation>
    </message>
    <message>
        <source>{file}: only PDF, PNG, JPEG and text files can be sent to a payer.</source>
        <translation>{file} : seuls les fichiers PDF, PNG, JPEG et texte peuvent être envoyés à un organisme.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <source>{file} is {size} MB: at most 3.5 MB of documents go with one answer (scan at a lower resolution, or split it).</source>
        <translation>{file} fait {size} Mo : une réponse comporte au plus 3,5 Mo de pièces (numérisez en plus basse résolution, ou scindez le fichier).</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>{file} est illisible : {error}</translation>
    </message>
</context>
<context>
    <name>PayerClaim</name>
    <message>
        <source>Claim {id} · {invoice} · {patient} · {status}</source>
        <translation>Demande {id} · {invoice} · {patient} · {status}</translation>
    </message>
    <message>
        <source>Claim {id} · {invoice} · {patient} · {status} · {left} not yet paid</source>
        <translation>Demande {id} · {invoice} · {patient} · {status} · {left} restant à payer</translation>
    </message>
</context>
<context>
    <name>PayerPaymentDialog</name>
    <message>
        <source>Post the insurer&apos;s payment</source>
        <translation>Saisir le paiement de l&apos;organisme</translation>
    </message>
    <message>
        <source>{payer} approved the claim; {amount} of it is not yet paid.</source>
        <translation>{payer} a accepté la demande ; {amount} restent à payer.</translation>
    </message>
    <message>
        <source>remittance advice number</source>
        <translation>n° du relevé de paiement</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Montant ({currency})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>PayerQueriesWorkspace</name>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>Pièces demandées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open and answered</source>
        <translation>Ouvertes et répondues</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondues</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Demande de l&apos;organisme</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>answered {day}</source>
        <translation>répondue le {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n open, {answered} answered.</source>
        <translation>
            <numerusform>%Ln ouverte, {answered} répondue(s).</numerusform>
            <numerusform>%Ln ouvertes, {answered} répondue(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a query.</source>
        <translation>Sélectionnez une demande.</translation>
    </message>
    <message>
        <source>Payer&apos;s reference {reference} · received {when}</source>
        <translation>Réf. organisme {reference} · reçue le {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Question:&lt;/b&gt; {question}</source>
        <translation>&lt;b&gt;Question :&lt;/b&gt; {question}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents asked for:&lt;/b&gt; {documents}</source>
        <translation>&lt;b&gt;Pièces demandées :&lt;/b&gt; {documents}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Answered&lt;/b&gt; {when} by {who}: {answer}</source>
        <translation>&lt;b&gt;Répondu&lt;/b&gt; le {when} par {who} : {answer}</translation>
    </message>
    <message>
        <source>Sent with: {files}</source>
        <translation>Pièces jointes : {files}</translation>
    </message>
    <message>
        <source>Answer queued for the payer: the insurance gateway sends it with its documents.</source>
        <translation>Réponse en file pour l&apos;organisme : la passerelle l&apos;envoie avec ses pièces.</translation>
    </message>
    <message>
        <source>Queuing the answer…</source>
        <translation>Mise en file de la réponse…</translation>
    </message>
</context>
<context>
    <name>PayerQuery</name>
    <message>
        <source>claim {id}</source>
        <translation>demande de remboursement {id}</translation>
    </message>
    <message>
        <source>pre-authorisation {id}</source>
        <translation>demande d&apos;accord préalable {id}</translation>
    </message>
</context>
<context>
    <name>PayerRequest</name>
    <message>
        <source>queued {age}, attempt {attempt} failed: {error}</source>
        <translation>en file {age}, tentative {attempt} échouée : {error}</translation>
    </message>
    <message>
        <source>queued {age}</source>
        <translation>en file {age}</translation>
    </message>
    <message>
        <source>sent, waiting for the payer (sent {age})</source>
        <translation>envoyée, en attente de l&apos;organisme (envoi {age})</translation>
    </message>
    <message>
        <source>answered {age}</source>
        <translation>répondue {age}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sans motif précisé</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment</source>
        <translation>Encaissement</translation>
    </message>
    <message>
        <source>Invoice {invoice}: the patient owes {amount}.</source>
        <translation>Facture {invoice} : le patient doit {amount}.</translation>
    </message>
    <message>
        <source>card authorisation or transfer reference (optional)</source>
        <translation>n° d&apos;autorisation carte ou référence du virement (facultatif)</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>Imprimer le reçu</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Montant ({currency})</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>PreauthStatus</name>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>pended by the payer</source>
        <translation>en suspens chez l&apos;organisme</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>partly approved</source>
        <translation>accordé en partie</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
</context>
<context>
    <name>PreauthorizationDialog</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Request a pre-authorisation</source>
        <translation>Demande d&apos;accord préalable</translation>
    </message>
    <message>
        <source>name or MRN, then Return</source>
        <translation>nom ou IPP, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>type to find an item of today&apos;s price list</source>
        <translation>tapez pour trouver une prestation du tarif du jour</translation>
    </message>
    <message>
        <source>Add &amp;item</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>I&amp;tem</source>
        <translation>Pres&amp;tation</translation>
    </message>
    <message>
        <source>Clinical reason the payer needs (diagnosis, why these items)</source>
        <translation>Motif clinique pour l&apos;organisme (diagnostic, justification)</translation>
    </message>
    <message>
        <source>Clinical &amp;reason</source>
        <translation>Motif &amp;clinique</translation>
    </message>
    <message>
        <source>Not for an admission</source>
        <translation>Hors hospitalisation</translation>
    </message>
    <message>
        <source>This admission (#{admission})</source>
        <translation>Cette hospitalisation (n° {admission})</translation>
    </message>
    <message>
        <source>A&amp;dmission</source>
        <translation>&amp;Hospitalisation</translation>
    </message>
    <message>
        <source>Send re&amp;quest</source>
        <translation>En&amp;voyer la demande</translation>
    </message>
    <message>
        <source>No patient with insurance in force today matches.</source>
        <translation>Aucun patient couvert ce jour ne correspond.</translation>
    </message>
    <message>
        <source>Admission #{admission}: {start} – {end}</source>
        <translation>Hospitalisation n° {admission} : du {start} au {end}</translation>
    </message>
    <message>
        <source>Admission #{admission}: {start} – in hospital</source>
        <translation>Hospitalisation n° {admission} : depuis le {start}, en cours</translation>
    </message>
    <message>
        <source>Choose an item of today&apos;s price list.</source>
        <translation>Choisissez une prestation du tarif du jour.</translation>
    </message>
    <message>
        <source>A pre-authorisation asks for at most 50 items.</source>
        <translation>Une demande d&apos;accord préalable porte sur 50 prestations au plus.</translation>
    </message>
    <message>
        <source>Find the patient first (only patients with insurance in force today).</source>
        <translation>Trouvez d&apos;abord le patient (seuls les patients couverts ce jour).</translation>
    </message>
    <message>
        <source>Add the items the payer should pre-authorise.</source>
        <translation>Ajoutez les prestations soumises à accord préalable.</translation>
    </message>
    <message>
        <source>Give the clinical reason for the pre-authorisation.</source>
        <translation>Indiquez le motif clinique de la demande d&apos;accord préalable.</translation>
    </message>
    <message>
        <source>Queuing the pre-authorisation…</source>
        <translation>Mise en file de la demande d&apos;accord préalable…</translation>
    </message>
</context>
<context>
    <name>PreauthorizationsWorkspace</name>
    <message>
        <source>Requested</source>
        <translation>Demandé le</translation>
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
        <source>Payer</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <source>Requested amount</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Payer reference</source>
        <translation>Réf. organisme</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valable du</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable au</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payer&apos;s reason</source>
        <translation>Motif de l&apos;organisme</translation>
    </message>
    <message>
        <source>&amp;Request pre-authorisation…</source>
        <translation>&amp;Demander un accord préalable…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation>Accord préalable</translation>
    </message>
    <message>
        <source>{status} (request failed)</source>
        <translation>{status} (envoi en échec)</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-authorisation(s), {waiting} waiting for the payer.</source>
        <translation>
            <numerusform>%Ln accord préalable, {waiting} en attente de l&apos;organisme.</numerusform>
            <numerusform>%Ln accords préalables, {waiting} en attente de l&apos;organisme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a pre-authorisation.</source>
        <translation>Sélectionnez un accord préalable.</translation>
    </message>
    <message>
        <source> · admission #{admission}</source>
        <translation> · hospitalisation n° {admission}</translation>
    </message>
    <message>
        <source>Status {status}</source>
        <translation>Statut {status}</translation>
    </message>
    <message>
        <source> · payer&apos;s reference {reference}</source>
        <translation> · réf. organisme {reference}</translation>
    </message>
    <message>
        <source> · valid {start} – {end}</source>
        <translation> · valable du {start} au {end}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motif : {reason}</translation>
    </message>
    <message>
        <source>Payer: {answer}</source>
        <translation>Organisme : {answer}</translation>
    </message>
    <message>
        <source>The request failed: {error}</source>
        <translation>L&apos;envoi a échoué : {error}</translation>
    </message>
    <message>
        <source>The payer has not got it. Correct what the reason names, then request a new pre-authorisation.</source>
        <translation>L&apos;organisme ne l&apos;a pas reçue. Corrigez ce que le motif indique, puis faites une nouvelle demande d&apos;accord préalable.</translation>
    </message>
    <message>
        <source>Pre-authorisation queued for the payer.</source>
        <translation>Demande d&apos;accord préalable en file pour l&apos;organisme.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Give a reason of at least 5 characters.</source>
        <translation>Indiquez un motif d&apos;au moins 5 caractères.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Reconcile a remittance line</source>
        <translation>Rapprocher une ligne de relevé</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; remittance {reference}, line {line}: {amount} for “{claim}” — {status}</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt;, relevé {reference}, ligne {line} : {amount} pour « {claim} » — {status}</translation>
    </message>
    <message>
        <source>&amp;Post against claim</source>
        <translation>&amp;Imputer sur la demande</translation>
    </message>
    <message>
        <source>&amp;Close with a note (e.g. returned to the payer)</source>
        <translation>&amp;Clôturer avec une note (p. ex. reversé à l&apos;organisme)</translation>
    </message>
    <message>
        <source>how the line was reconciled (at least 5 characters)</source>
        <translation>comment la ligne a été rapprochée (5 caractères au moins)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Rapprocher</translation>
    </message>
    <message>
        <source>Choose the claim the payment is for.</source>
        <translation>Choisissez la demande que ce paiement règle.</translation>
    </message>
    <message>
        <source>Say how the line was reconciled (at least 5 characters).</source>
        <translation>Indiquez comment la ligne a été rapprochée (5 caractères au moins).</translation>
    </message>
</context>
<context>
    <name>RemittanceLineStatus</name>
    <message>
        <source>posted</source>
        <translation>imputée</translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation>non rapprochée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
</context>
<context>
    <name>RemittancesWorkspace</name>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Date de paiement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>To reconcile</source>
        <translation>À rapprocher</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Claim reference</source>
        <translation>Réf. de la demande</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Re&amp;concile…</source>
        <translation>&amp;Rapprocher…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Payments announced by the payers, newest first</source>
        <translation>Relevés de paiement des organismes, les plus récents d&apos;abord</translation>
    </message>
    <message numerus="yes">
        <source>%n remittance(s); {lines} line(s) to reconcile.</source>
        <translation>
            <numerusform>%Ln relevé ; {lines} ligne(s) à rapprocher.</numerusform>
            <numerusform>%Ln relevés ; {lines} ligne(s) à rapprocher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a remittance.</source>
        <translation>Sélectionnez un relevé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{payer}&lt;/b&gt; · {reference} · paid {day} · {amount}</source>
        <translation>&lt;b&gt;{payer}&lt;/b&gt; · {reference} · payé le {day} · {amount}</translation>
    </message>
    <message>
        <source>Line posted against the claim.</source>
        <translation>Ligne imputée sur la demande.</translation>
    </message>
    <message>
        <source>Line closed with the note.</source>
        <translation>Ligne clôturée avec la note.</translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <source>Eligibility check</source>
        <translation>Vérification des droits</translation>
    </message>
    <message>
        <source>Pre-authorisation</source>
        <translation>Accord préalable</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Demande de remboursement</translation>
    </message>
    <message>
        <source>Status enquiry</source>
        <translation>Demande d&apos;état</translation>
    </message>
    <message>
        <source>Answer to a payer query</source>
        <translation>Réponse à l&apos;organisme</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <source>sent, waiting for the payer</source>
        <translation>envoyée, en attente de l&apos;organisme</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>répondue</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
</TS>
