<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Directions</name>
    <message>
        <source>Take {dose} {unit} {frequency}</source>
        <translation>Prendre {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Use {dose} {unit} under the tongue {frequency}</source>
        <translation>Laisser fondre {dose} {unit} sous la langue {frequency}</translation>
    </message>
    <message>
        <source>Inhale {dose} {unit} {frequency}</source>
        <translation>Inhaler {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Apply {dose} {unit} {frequency}</source>
        <translation>Appliquer {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Put {dose} {unit} into the eye {frequency}</source>
        <translation>Instiller {dose} {unit} dans l&apos;œil {frequency}</translation>
    </message>
    <message>
        <source>Put {dose} {unit} into the ear {frequency}</source>
        <translation>Instiller {dose} {unit} dans l&apos;oreille {frequency}</translation>
    </message>
    <message>
        <source>Use {dose} {unit} into the nose {frequency}</source>
        <translation>Administrer {dose} {unit} dans le nez {frequency}</translation>
    </message>
    <message>
        <source>Insert {dose} {unit} {frequency}</source>
        <translation>Introduire {dose} {unit} {frequency}</translation>
    </message>
    <message>
        <source>Inject {dose} {unit} under the skin {frequency}</source>
        <translation>Injecter {dose} {unit} sous la peau {frequency}</translation>
    </message>
    <message>
        <source>Give {dose} {unit} into a muscle {frequency}</source>
        <translation>Administrer {dose} {unit} en intramusculaire {frequency}</translation>
    </message>
    <message>
        <source>Give {dose} {unit} into a vein {frequency}</source>
        <translation>Administrer {dose} {unit} en intraveineuse {frequency}</translation>
    </message>
    <message>
        <source>Use {dose} {unit} {frequency}</source>
        <translation>Utiliser {dose} {unit} {frequency}</translation>
    </message>
    <message numerus="yes">
        <source>{sig} × %Ln d</source>
        <translation>
            <numerusform>{sig} × %Ln j</numerusform>
            <numerusform>{sig} × %Ln j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{directions} for %Ln days</source>
        <translation>
            <numerusform>{directions} pendant %Ln jour</numerusform>
            <numerusform>{directions} pendant %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispenseState</name>
    <message>
        <source>dispensed</source>
        <translation>délivré</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>retourné</translation>
    </message>
</context>
<context>
    <name>DispensingTab</name>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Rx</source>
        <translation>Ordo.</translation>
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
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>To fill</source>
        <translation>Reste à délivrer</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Dispensed</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} h {minutes}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>&lt;b&gt;To dispense&lt;/b&gt; — stat and urgent first, then by waiting time</source>
        <translation>&lt;b&gt;À délivrer&lt;/b&gt; — immédiates et urgentes d&apos;abord, puis par temps d&apos;attente</translation>
    </message>
    <message>
        <source>DISP — Outpatient dispensary</source>
        <translation>DISP — Dispensation externe</translation>
    </message>
    <message>
        <source>Lots (earliest expiry first — the first is proposed) at</source>
        <translation>Lots (péremption la plus proche d&apos;abord — le premier est proposé) — emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Scan the wristband or ID card (MRN)</source>
        <translation>Scanner le bracelet ou la carte patient (IPP)</translation>
    </message>
    <message>
        <source>Scan the pack (lot number)</source>
        <translation>Scanner la boîte (numéro de lot)</translation>
    </message>
    <message>
        <source>Dispense</source>
        <translation>Délivrer</translation>
    </message>
    <message>
        <source>Patient scan</source>
        <translation>Scan patient</translation>
    </message>
    <message>
        <source>Pack scan</source>
        <translation>Scan boîte</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Print label…</source>
        <translation>Imprimer l&apos;étiquette…</translation>
    </message>
    <message>
        <source>Print receipt…</source>
        <translation>Imprimer le reçu…</translation>
    </message>
    <message>
        <source>Reason for the return (stock goes back, the charge is voided)</source>
        <translation>Motif du retour (le stock est réintégré, la facturation annulée)</translation>
    </message>
    <message>
        <source>Return selected</source>
        <translation>Retourner la sélection</translation>
    </message>
    <message>
        <source>Scan and dispense</source>
        <translation>Scanner et délivrer</translation>
    </message>
    <message>
        <source>Dispensed for this prescription</source>
        <translation>Délivrances pour cette ordonnance</translation>
    </message>
    <message>
        <source>OVERRIDE</source>
        <translation>DÉROGATION</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln d</source>
        <translation>
            <numerusform>%Ln j</numerusform>
            <numerusform>%Ln j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prescriptions waiting.</source>
        <translation>
            <numerusform>%Ln ordonnance en attente.</numerusform>
            <numerusform>%Ln ordonnances en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation>{quantity} {unit}</translation>
    </message>
    <message>
        <source>{quantity} (partial)</source>
        <translation>{quantity} (partiel)</translation>
    </message>
    <message>
        <source>Choose a prescription in the queue.</source>
        <translation>Choisissez une ordonnance dans la file.</translation>
    </message>
    <message>
        <source>MRN {mrn}   ·   born {born}</source>
        <translation>IPP {mrn}   ·   né(e) le {born}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {priority} · prescribed {when} by {prescriber}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {priority} · prescrite le {when} par {prescriber}</translation>
    </message>
    <message>
        <source>Quantity {quantity} {unit}, dispensed {dispensed}, &lt;b&gt;to fill {remaining}&lt;/b&gt; · state: {state}, {supply}</source>
        <translation>Quantité {quantity} {unit}, délivrée {dispensed}, &lt;b&gt;reste à délivrer {remaining}&lt;/b&gt; · état&#xa0;: {state}, {supply}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prescriber&apos;s override reason:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;Motif de dérogation du prescripteur&#xa0;:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Screening at prescribing:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contrôle à la prescription&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>proposed (first to expire)</source>
        <translation>proposé (périme en premier)</translation>
    </message>
    <message>
        <source>No usable lot of {drug} at {location} (expired lots are not offered): choose another location or transfer stock.</source>
        <translation>Aucun lot utilisable de {drug} à {location} (les lots périmés ne sont pas proposés)&#xa0;: choisissez un autre emplacement ou transférez du stock.</translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation>{state}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card first.</source>
        <translation>Scannez d&apos;abord le bracelet ou la carte du patient.</translation>
    </message>
    <message>
        <source>Wrong patient</source>
        <translation>Erreur de patient</translation>
    </message>
    <message>
        <source>The scanned wristband ({scan}) is not the patient of this prescription: {patient} (MRN {mrn}). Nothing was dispensed.</source>
        <translation>Le bracelet scanné ({scan}) n&apos;est pas celui du patient de cette ordonnance&#xa0;: {patient} (IPP {mrn}). Rien n&apos;a été délivré.</translation>
    </message>
    <message>
        <source>Check the patient&apos;s identity and scan their own wristband or ID card.</source>
        <translation>Vérifiez l&apos;identité du patient et scannez son propre bracelet ou sa carte.</translation>
    </message>
    <message>
        <source>Expired lot</source>
        <translation>Lot périmé</translation>
    </message>
    <message>
        <source>Lot {lot} of {drug} expired on {expiry}. Do not dispense it.</source>
        <translation>Le lot {lot} de {drug} est périmé depuis le {expiry}. Ne le délivrez pas.</translation>
    </message>
    <message>
        <source>Put the pack aside for write-off and take one of the lots listed.</source>
        <translation>Mettez la boîte de côté pour destruction et prenez l&apos;un des lots listés.</translation>
    </message>
    <message>
        <source>Not a usable pack</source>
        <translation>Boîte non utilisable</translation>
    </message>
    <message>
        <source>This pack (lot {lot}) is not a usable lot of {drug} at {location}. Nothing was dispensed.</source>
        <translation>Cette boîte (lot {lot}) n&apos;est pas un lot utilisable de {drug} à {location}. Rien n&apos;a été délivré.</translation>
    </message>
    <message>
        <source>It may be another drug or another location&apos;s stock: take one of the lots listed.</source>
        <translation>Il peut s&apos;agir d&apos;un autre médicament ou du stock d&apos;un autre emplacement&#xa0;: prenez l&apos;un des lots listés.</translation>
    </message>
    <message>
        <source>Patient confirmed.</source>
        <translation>Patient confirmé.</translation>
    </message>
    <message>
        <source>Pack confirmed.</source>
        <translation>Boîte confirmée.</translation>
    </message>
    <message>
        <source>{title}: {text}</source>
        <translation>{title}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Scan the patient&apos;s wristband or ID card and the pack first.</source>
        <translation>Scannez d&apos;abord le bracelet ou la carte du patient, puis la boîte.</translation>
    </message>
    <message>
        <source>Dispensed {quantity} {unit} of {drug} for {patient} ({number}). Print the label.</source>
        <translation>Délivré&#xa0;: {quantity} {unit} de {drug} pour {patient} ({number}). Imprimez l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Not dispensed</source>
        <translation>Non délivré</translation>
    </message>
    <message>
        <source>Dispensing label {number}</source>
        <translation>Étiquette de délivrance {number}</translation>
    </message>
    <message>
        <source>Dispensing receipt {number}</source>
        <translation>Reçu de délivrance {number}</translation>
    </message>
    <message>
        <source>Select the dispense that comes back.</source>
        <translation>Sélectionnez la délivrance retournée.</translation>
    </message>
    <message>
        <source>Say why it comes back (at least 5 characters).</source>
        <translation>Indiquez le motif du retour (5 caractères au moins).</translation>
    </message>
    <message>
        <source>Dispense {number} returned: {quantity} back in lot {lot}, charge voided.</source>
        <translation>Délivrance {number} retournée&#xa0;: {quantity} réintégré(s) dans le lot {lot}, facturation annulée.</translation>
    </message>
</context>
<context>
    <name>DrugInput</name>
    <message>
        <source>Give the generic name ({shortest} to {longest} characters).</source>
        <translation>Indiquez la DCI (de {shortest} à {longest} caractères).</translation>
    </message>
    <message>
        <source>Give the strength ({shortest} to {longest} characters).</source>
        <translation>Indiquez le dosage (de {shortest} à {longest} caractères).</translation>
    </message>
    <message>
        <source>Give the form ({shortest} to {longest} characters).</source>
        <translation>Indiquez la forme (de {shortest} à {longest} caractères).</translation>
    </message>
    <message>
        <source>Give the unit ({shortest} to {longest} characters).</source>
        <translation>Indiquez l&apos;unité (de {shortest} à {longest} caractères).</translation>
    </message>
    <message>
        <source>The generic name</source>
        <translation>La DCI</translation>
    </message>
    <message>
        <source>The strength</source>
        <translation>Le dosage</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>La forme</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>L&apos;unité</translation>
    </message>
    <message>
        <source>The warnings</source>
        <translation>Les mises en garde</translation>
    </message>
    <message>
        <source>A drug code has 2-35 capital letters, digits or dashes, starting with a letter.</source>
        <translation>Un code médicament comporte de 2 à 35 majuscules, chiffres ou tirets, et commence par une lettre.</translation>
    </message>
    <message>
        <source>Choose a route from the list.</source>
        <translation>Choisissez une voie dans la liste.</translation>
    </message>
    <message>
        <source>An ATC code looks like J01CA04.</source>
        <translation>Un code ATC a la forme J01CA04.</translation>
    </message>
    <message>
        <source>Ingredients are ATC codes separated by spaces.</source>
        <translation>Les composants sont des codes ATC séparés par des espaces.</translation>
    </message>
    <message>
        <source>A pack holds at least 1 unit.</source>
        <translation>Un conditionnement contient au moins 1 unité.</translation>
    </message>
    <message>
        <source>The reorder level is 0 or more.</source>
        <translation>Le seuil de réapprovisionnement est de 0 ou plus.</translation>
    </message>
    <message>
        <source>Warnings have at most 500 characters.</source>
        <translation>Les mises en garde comptent 500 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>FormularyTab</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Condit.</translation>
    </message>
    <message>
        <source>ATC / ingredients</source>
        <translation>ATC / composants</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Seuil réappro.</translation>
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
        <source>Warnings</source>
        <translation>Mises en garde</translation>
    </message>
    <message>
        <source>e.g. AMOX500CAP</source>
        <translation>ex. AMOX500CAP</translation>
    </message>
    <message>
        <source>Generic name</source>
        <translation>DCI</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>ex. 500 mg</translation>
    </message>
    <message>
        <source>e.g. capsule</source>
        <translation>ex. gélule</translation>
    </message>
    <message>
        <source>Dispensing unit</source>
        <translation>Unité de dispensation</translation>
    </message>
    <message>
        <source>ATC code</source>
        <translation>Code ATC</translation>
    </message>
    <message>
        <source>e.g. J01CA04</source>
        <translation>ex. J01CA04</translation>
    </message>
    <message>
        <source>Other ingredients (ATC)</source>
        <translation>Autres composants (ATC)</translation>
    </message>
    <message>
        <source>for combinations, e.g. J01CA04</source>
        <translation>pour les associations, ex. J01CA04</translation>
    </message>
    <message>
        <source>Label warnings</source>
        <translation>Mises en garde (étiquette)</translation>
    </message>
    <message>
        <source>prescribable</source>
        <translation>prescriptible</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Selected drug</source>
        <translation>Médicament sélectionné</translation>
    </message>
    <message>
        <source>Add a drug</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>Pack size</source>
        <translation>Conditionnement</translation>
    </message>
    <message>
        <source>Add to the formulary</source>
        <translation>Ajouter au livret</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sans prix</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prescribable drugs, {total} in all.</source>
        <translation>
            <numerusform>%Ln médicament prescriptible, {total} au total.</numerusform>
            <numerusform>%Ln médicaments prescriptibles, {total} au total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a drug first.</source>
        <translation>Sélectionnez d&apos;abord un médicament.</translation>
    </message>
    <message>
        <source>{drug} {strength} saved.</source>
        <translation>{drug} {strength} enregistré.</translation>
    </message>
    <message>
        <source>{drug} {strength} added (price code {price_code}: an administrator adds its price before it can be dispensed).</source>
        <translation>{drug} {strength} ajouté (code tarif {price_code}&#xa0;: un administrateur doit saisir son prix avant toute délivrance).</translation>
    </message>
</context>
<context>
    <name>LabelData</name>
    <message>
        <source>Pharmacy · {hospital}</source>
        <translation>Pharmacie · {hospital}</translation>
    </message>
</context>
<context>
    <name>PrescriptionInput</name>
    <message>
        <source>Give the dose (more than 0, less than {most}).</source>
        <translation>Indiquez la dose (plus de 0, moins de {most}).</translation>
    </message>
    <message>
        <source>Give the unit of the dose (at most 30 characters).</source>
        <translation>Indiquez l&apos;unité de la dose (30 caractères au plus).</translation>
    </message>
    <message>
        <source>The unit</source>
        <translation>L&apos;unité</translation>
    </message>
    <message>
        <source>The instructions</source>
        <translation>Les consignes</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>Give the quantity to dispense (1 to {most}).</source>
        <translation>Indiquez la quantité à délivrer (de 1 à {most}).</translation>
    </message>
    <message>
        <source>A course lasts 1 to 365 days.</source>
        <translation>Un traitement dure de 1 à 365 jours.</translation>
    </message>
    <message>
        <source>Choose routine, urgent or stat.</source>
        <translation>Choisissez normale, urgente ou immédiate.</translation>
    </message>
    <message>
        <source>Instructions have at most 500 characters.</source>
        <translation>Les consignes comptent 500 caractères au plus.</translation>
    </message>
    <message>
        <source>Give the reason for overriding the alert (at least {count} characters).</source>
        <translation>Indiquez le motif de la dérogation à l&apos;alerte ({count} caractères au moins).</translation>
    </message>
</context>
<context>
    <name>PrescriptionState</name>
    <message>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>PrescriptionsPanel</name>
    <message>
        <source>Rx</source>
        <translation>Ordo.</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Supply</source>
        <translation>Délivrance</translation>
    </message>
    <message>
        <source>Prescribed</source>
        <translation>Prescrite</translation>
    </message>
    <message>
        <source>Alerts / override</source>
        <translation>Alertes / dérogation</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>Prescriptions</translation>
    </message>
    <message>
        <source>Drug: type a name, e.g. amoxicillin</source>
        <translation>Médicament&#xa0;: saisissez un nom, ex. amoxicilline</translation>
    </message>
    <message numerus="yes">
        <source> d</source>
        <comment>days, after the number</comment>
        <translation>
            <numerusform> j</numerusform>
            <numerusform> j</numerusform>
        </translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Instructions for the patient (optional), e.g. take with food</source>
        <translation>Consignes au patient (facultatif), ex. pendant le repas</translation>
    </message>
    <message>
        <source>Check and prescribe</source>
        <translation>Vérifier et prescrire</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>for</source>
        <comment>a duration: for 5 days</comment>
        <translation>pendant</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Reason to cancel the selected prescription</source>
        <translation>Motif d&apos;annulation de la prescription sélectionnée</translation>
    </message>
    <message>
        <source>Cancel selected</source>
        <translation>Annuler la sélection</translation>
    </message>
    <message>
        <source>Course completed</source>
        <translation>Traitement terminé</translation>
    </message>
    <message>
        <source>The encounter is closed: no new prescriptions.</source>
        <translation>La consultation est clôturée&#xa0;: plus de nouvelle prescription.</translation>
    </message>
    <message>
        <source>OVERRIDDEN ({reason}): {alerts}</source>
        <translation>DÉROGATION ({reason})&#xa0;: {alerts}</translation>
    </message>
    <message>
        <source>{status}: {reason}</source>
        <translation>{status}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{supply} ({dispensed}/{quantity})</source>
        <translation>{supply} ({dispensed}/{quantity})</translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation>{quantity} {unit}</translation>
    </message>
    <message>
        <source>Open an encounter first.</source>
        <translation>Ouvrez d&apos;abord une consultation.</translation>
    </message>
    <message>
        <source>Choose a drug from the formulary.</source>
        <translation>Choisissez un médicament du livret.</translation>
    </message>
    <message>
        <source>Choose how often.</source>
        <translation>Choisissez la fréquence.</translation>
    </message>
    <message>
        <source>Checking allergies and interactions…</source>
        <translation>Vérification des allergies et des interactions…</translation>
    </message>
    <message>
        <source>This drug</source>
        <translation>Ce médicament</translation>
    </message>
    <message>
        <source>Not prescribed yet: give a reason to override, or do not prescribe.</source>
        <translation>Pas encore prescrit&#xa0;: indiquez un motif de dérogation, ou ne prescrivez pas.</translation>
    </message>
    <message>
        <source>Not prescribed yet: confirm or do not prescribe.</source>
        <translation>Pas encore prescrit&#xa0;: confirmez, ou ne prescrivez pas.</translation>
    </message>
    <message numerus="yes">
        <source>{drug}: the screen found %Ln problems for this patient. Prescribe only with a reason.</source>
        <translation>
            <numerusform>{drug}&#xa0;: le contrôle a trouvé %Ln problème pour ce patient. Ne prescrivez qu&apos;avec un motif.</numerusform>
            <numerusform>{drug}&#xa0;: le contrôle a trouvé %Ln problèmes pour ce patient. Ne prescrivez qu&apos;avec un motif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{drug}: the screen found %Ln problems for this patient.</source>
        <translation>
            <numerusform>{drug}&#xa0;: le contrôle a trouvé %Ln problème pour ce patient.</numerusform>
            <numerusform>{drug}&#xa0;: le contrôle a trouvé %Ln problèmes pour ce patient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An override needs a reason of at least %Ln characters.</source>
        <translation>
            <numerusform>Une dérogation exige un motif d&apos;au moins %Ln caractère.</numerusform>
            <numerusform>Une dérogation exige un motif d&apos;au moins %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>STOP — serious allergy or interaction</source>
        <translation>STOP — allergie ou interaction grave</translation>
    </message>
    <message>
        <source>Check before prescribing</source>
        <translation>À vérifier avant de prescrire</translation>
    </message>
    <message>
        <source>Override and prescribe</source>
        <translation>Passer outre et prescrire</translation>
    </message>
    <message>
        <source>Prescribe</source>
        <translation>Prescrire</translation>
    </message>
    <message>
        <source>Do not prescribe</source>
        <translation>Ne pas prescrire</translation>
    </message>
    <message>
        <source>Not prescribed.</source>
        <translation>Non prescrit.</translation>
    </message>
    <message>
        <source>Prescribed: {number}. Override recorded.</source>
        <translation>Prescrit&#xa0;: {number}. Dérogation enregistrée.</translation>
    </message>
    <message>
        <source>Prescribed: {number}.</source>
        <translation>Prescrit&#xa0;: {number}.</translation>
    </message>
    <message>
        <source>Select the prescription to cancel.</source>
        <translation>Sélectionnez la prescription à annuler.</translation>
    </message>
    <message>
        <source>Say why the prescription is cancelled (at least 5 characters).</source>
        <translation>Indiquez le motif de l&apos;annulation (5 caractères au moins).</translation>
    </message>
    <message>
        <source>{number} cancelled.</source>
        <translation>{number} annulée.</translation>
    </message>
    <message>
        <source>Select the prescription whose course is completed.</source>
        <translation>Sélectionnez la prescription dont le traitement est terminé.</translation>
    </message>
    <message>
        <source>{number} completed.</source>
        <translation>{number} terminée.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>routine</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>immédiate</translation>
    </message>
</context>
<context>
    <name>Route</name>
    <message>
        <source>oral</source>
        <translation>orale</translation>
    </message>
    <message>
        <source>intravenous</source>
        <translation>intraveineuse</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>intramusculaire</translation>
    </message>
    <message>
        <source>subcutaneous</source>
        <translation>sous-cutanée</translation>
    </message>
    <message>
        <source>inhalation</source>
        <translation>inhalée</translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation>sublinguale</translation>
    </message>
    <message>
        <source>topical</source>
        <translation>cutanée</translation>
    </message>
    <message>
        <source>rectal</source>
        <translation>rectale</translation>
    </message>
    <message>
        <source>ophthalmic</source>
        <translation>ophtalmique</translation>
    </message>
    <message>
        <source>otic</source>
        <translation>auriculaire</translation>
    </message>
    <message>
        <source>nasal</source>
        <translation>nasale</translation>
    </message>
    <message>
        <source>vaginal</source>
        <translation>vaginale</translation>
    </message>
    <message>
        <source>transdermal</source>
        <translation>transdermique</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>contraindicated</source>
        <translation>contre-indiqué</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>StockInput</name>
    <message>
        <source>A lot number has 1 to 30 letters, digits, &apos;.&apos;, &apos;/&apos; or &apos;-&apos;, as printed on the pack.</source>
        <translation>Un numéro de lot comporte de 1 à 30 lettres, chiffres, &apos;.&apos;, &apos;/&apos; ou &apos;-&apos;, tel qu&apos;imprimé sur la boîte.</translation>
    </message>
    <message>
        <source>This stock is expired or expires today: do not receive it.</source>
        <translation>Ce stock est périmé ou périme aujourd&apos;hui&#xa0;: ne le réceptionnez pas.</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Drug total / reorder at</source>
        <translation>Total médicament / seuil</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Seuil réappro.</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Tous les emplacements</translation>
    </message>
    <message>
        <source>&lt;b&gt;Below reorder level&lt;/b&gt; (usable stock, all locations)</source>
        <translation>&lt;b&gt;Sous le seuil de réapprovisionnement&lt;/b&gt; (stock utilisable, tous emplacements)</translation>
    </message>
    <message>
        <source>Goods receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>lot number (scan the pack or type)</source>
        <translation>n° de lot (scan ou saisie)</translation>
    </message>
    <message>
        <source>Expiry date, as printed on the pack</source>
        <translation>Date de péremption, telle qu&apos;imprimée sur la boîte</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Réceptionner</translation>
    </message>
    <message>
        <source>Selected lot</source>
        <translation>Lot sélectionné</translation>
    </message>
    <message>
        <source>Select a lot in the table.</source>
        <translation>Sélectionnez un lot dans le tableau.</translation>
    </message>
    <message>
        <source>reason (at least 5 characters)</source>
        <translation>motif (5 caractères au moins)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Adjust by ±</source>
        <translation>Ajuster de ±</translation>
    </message>
    <message>
        <source>Write off all</source>
        <translation>Tout mettre au rebut</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>to {location}</source>
        <translation>vers {location}</translation>
    </message>
    <message>
        <source>EXPIRED — write off</source>
        <translation>PÉRIMÉ — à détruire</translation>
    </message>
    <message numerus="yes">
        <source>expires in %Ln d</source>
        <translation>
            <numerusform>périme dans %Ln j</numerusform>
            <numerusform>périme dans %Ln j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lots</source>
        <translation>
            <numerusform>%Ln lot</numerusform>
            <numerusform>%Ln lots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expired</source>
        <translation>
            <numerusform>%Ln périmé</numerusform>
            <numerusform>%Ln périmés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expiring within {days} days</source>
        <translation>
            <numerusform>%Ln périmant sous {days} jours</numerusform>
            <numerusform>%Ln périmant sous {days} jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln drugs below reorder level</source>
        <translation>
            <numerusform>%Ln médicament sous le seuil</numerusform>
            <numerusform>%Ln médicaments sous le seuil</numerusform>
        </translation>
    </message>
    <message>
        <source>below reorder level</source>
        <translation>sous le seuil de réapprovisionnement</translation>
    </message>
    <message>
        <source>{quantity} {unit}</source>
        <translation>{quantity} {unit}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{drug}, lot {lot} at {location}: {quantity} {unit}</source>
        <translation>{drug}, lot {lot} à {location}&#xa0;: {quantity} {unit}</translation>
    </message>
    <message>
        <source>Choose the drug and the location, and give the lot number.</source>
        <translation>Choisissez le médicament et l&apos;emplacement, et indiquez le numéro de lot.</translation>
    </message>
    <message>
        <source>Received {quantity} {unit} of {drug}, lot {lot}.</source>
        <translation>Réceptionné&#xa0;: {quantity} {unit} de {drug}, lot {lot}.</translation>
    </message>
    <message>
        <source>Select a lot and where it goes.</source>
        <translation>Sélectionnez un lot et sa destination.</translation>
    </message>
    <message>
        <source>Transferred {quantity} {unit} of lot {lot}.</source>
        <translation>Transféré&#xa0;: {quantity} {unit} du lot {lot}.</translation>
    </message>
    <message>
        <source>Select the lot that was counted.</source>
        <translation>Sélectionnez le lot inventorié.</translation>
    </message>
    <message>
        <source>Lot {lot} adjusted by {delta}: now {quantity} {unit}.</source>
        <translation>Lot {lot} ajusté de {delta}&#xa0;: désormais {quantity} {unit}.</translation>
    </message>
    <message>
        <source>Select the lot to write off.</source>
        <translation>Sélectionnez le lot à mettre au rebut.</translation>
    </message>
    <message>
        <source>Lot {lot}: {quantity} {unit} written off.</source>
        <translation>Lot {lot}&#xa0;: {quantity} {unit} mis au rebut.</translation>
    </message>
</context>
<context>
    <name>SupplyState</name>
    <message>
        <source>pending</source>
        <translation>à délivrer</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partielle</translation>
    </message>
    <message>
        <source>dispensed</source>
        <translation>délivrée</translation>
    </message>
</context>
</TS>
