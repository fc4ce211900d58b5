<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Appointment</name>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
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
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>AppointmentsWorkspace</name>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>Aucun patient choisi</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Telemedicine (video visit)</source>
        <translation>Téléconsultation (vidéo)</translation>
    </message>
    <message>
        <source>Find next free slots</source>
        <translation>Chercher les prochains créneaux libres</translation>
    </message>
    <message>
        <source>Book selected slot</source>
        <translation>Réserver le créneau sélectionné</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Prendre un rendez-vous</translation>
    </message>
    <message>
        <source>Selected appointment</source>
        <translation>Rendez-vous sélectionné</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Move to selected slot</source>
        <translation>Déplacer vers le créneau sélectionné</translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Annuler…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Patient: {name}  MRN {mrn}</source>
        <translation>Patient : {name}  IPP {mrn}</translation>
    </message>
    <message numerus="yes">
        <source>%n appointments shown. Green cells are free slots: select one to book or to move the selected appointment there.</source>
        <translation>
            <numerusform>%Ln rendez-vous affiché. Les cases vertes sont des créneaux libres : sélectionnez-en un pour réserver ou pour y déplacer le rendez-vous sélectionné.</numerusform>
            <numerusform>%Ln rendez-vous affichés. Les cases vertes sont des créneaux libres : sélectionnez-en un pour réserver ou pour y déplacer le rendez-vous sélectionné.</numerusform>
        </translation>
    </message>
    <message>
        <source>free {time}</source>
        <translation>libre {time}</translation>
    </message>
    <message>
        <source>{patient} (video) — {service} [{status}]</source>
        <translation>{patient} (vidéo) — {service} [{status}]</translation>
    </message>
    <message>
        <source>{patient} — {service} [{status}]</source>
        <translation>{patient} — {service} [{status}]</translation>
    </message>
    <message>
        <source>Choose a service first.</source>
        <translation>Choisissez d&apos;abord une prestation.</translation>
    </message>
    <message>
        <source>No free slot in the next weeks for this choice.</source>
        <translation>Aucun créneau libre dans les prochaines semaines pour ce choix.</translation>
    </message>
    <message>
        <source>Find and choose the patient first (double-click).</source>
        <translation>Recherchez et choisissez d&apos;abord le patient (double-clic).</translation>
    </message>
    <message>
        <source>Choose a service and a free slot.</source>
        <translation>Choisissez une prestation et un créneau libre.</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Réservation…</translation>
    </message>
    <message>
        <source>Booked (appointment #{id}).</source>
        <translation>Réservé (rendez-vous n° {id}).</translation>
    </message>
    <message>
        <source>This slot was just taken. Here are the next free slots:</source>
        <translation>Ce créneau vient d&apos;être pris. Voici les prochains créneaux libres :</translation>
    </message>
    <message>
        <source>{patient} is checked in and waiting.</source>
        <translation>{patient} est arrivé(e) et attend.</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Reason for cancelling:</source>
        <translation>Motif de l&apos;annulation :</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>Rendez-vous annulé.</translation>
    </message>
    <message>
        <source>Marked as no-show.</source>
        <translation>Marqué absent.</translation>
    </message>
    <message>
        <source>Now select the free slot to move it to, then press &apos;Move to selected slot&apos;.</source>
        <translation>Sélectionnez maintenant le créneau libre de destination, puis appuyez sur « Déplacer vers le créneau sélectionné ».</translation>
    </message>
    <message>
        <source>Select the appointment to move first.</source>
        <translation>Sélectionnez d&apos;abord le rendez-vous à déplacer.</translation>
    </message>
    <message>
        <source>Moved to {slot} (#{id}).</source>
        <translation>Déplacé au {slot} (n° {id}).</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
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
        <source>Doctor</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>Heure du RDV</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Call next patient</source>
        <translation>Appeler le patient suivant</translation>
    </message>
    <message>
        <source>Start / resume consultation</source>
        <translation>Commencer / reprendre la consultation</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Service</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>{service} (video)</source>
        <translation>{service} (vidéo)</translation>
    </message>
    <message numerus="yes">
        <source>%n patients waiting.</source>
        <translation>
            <numerusform>%Ln patient en attente.</numerusform>
            <numerusform>%Ln patients en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a patient in the queue.</source>
        <translation>Sélectionnez un patient dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Personne n&apos;attend.</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>{name} ({minutes} min)</source>
        <translation>{name} ({minutes} min)</translation>
    </message>
</context>
<context>
    <name>Slot</name>
    <message>
        <source>{day} {start}–{end}</source>
        <translation>{day} {start}–{end}</translation>
    </message>
    <message>
        <source>{provider} — {when}</source>
        <translation>{provider} — {when}</translation>
    </message>
</context>
</TS>
