"""Demo data: wards, beds, admissions, transfers, vitals, nursing notes and signed discharge summaries.

Bounded whatever the number of patients: two wards (MEDW 24 beds, SURGW 20 beds), about two thirds of the beds
occupied now by patients admitted in the last six days (some transferred between wards), and about sixty past
stays over the last two months, discharged with a signed summary. Rows go through the normal triggers: the
encounters are inpatient (no consultation charge), the bed-days and their charges are posted by
adt.post_bed_days_of, the same function the discharge and the census use. The loader has no staff login, so it
names the staff on each row (recorded_by, author_id, signed_by_id) and times the rows inside their stay."""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

import psycopg

# (ward, room code, room name, beds)
ROOMS = [("MEDW", f"MEDW-{n}", f"Medical ward room {n}", 4) for n in range(1, 7)] + \
        [("SURGW", f"SURGW-{n}", f"Surgical ward room {n}", 4) for n in range(1, 6)]
# (ward, reason, ICD-10, attending login, typical nights)
CASES = [
    ("MEDW", "Community-acquired pneumonia, hypoxic on room air", "J18.9", "doctor1", 5),
    ("MEDW", "Decompensated heart failure, breathless at rest", "I50.9", "doctor2", 6),
    ("MEDW", "Urosepsis, confused, raised lactate", "A41.9", "doctor4", 4),
    ("MEDW", "Infective exacerbation of COPD", "J44.1", "doctor1", 4),
    ("MEDW", "Hyperglycaemia, poorly controlled type 2 diabetes", "E11.65", "doctor1", 3),
    ("MEDW", "NSTEMI, for angiography", "I21.4", "doctor2", 3),
    ("MEDW", "Acute ischaemic stroke, left-sided weakness", "I63.9", "doctor4", 7),
    ("SURGW", "Acute appendicitis, for appendicectomy", "K35.80", "doctor4", 2),
    ("SURGW", "Small bowel obstruction, conservative management", "K56.609", "doctor4", 5),
    ("SURGW", "Symptomatic gallstones, for laparoscopic cholecystectomy", "K80.20", "doctor1", 2),
    ("SURGW", "Cellulitis of the right leg, IV antibiotics", "L03.115", "doctor4", 4),
]
ISOLATION = ["none"] * 8 + ["contact", "droplet"]
# Medicines charted on the wards: (drug code, dose in the drug's unit, frequency)
WARD_MEDICINES = {
    "MEDW": [("AMOX500CAP", 1, "TDS"), ("PARA500TAB", 2, "QDS"), ("ENOX40INJ", 1, "OD"), ("OMEP20CAP", 1, "OD"),
             ("FUROS40TAB", 1, "BD")],
    "SURGW": [("CEFTRI1INJ", 1, "OD"), ("PARA500TAB", 2, "QDS"), ("MORPH10INJ", 0.5, "PRN"), ("ENOX40INJ", 1, "OD")],
}
NURSING_NOTES = [
    "Settled overnight, slept well. Observations stable. Pressure areas intact.",
    "Mobilising with a frame, assistance of one. Eating and drinking well.",
    "Pain controlled with regular paracetamol. IV cannula site clean, flushed.",
    "Family visited, updated on the plan. Patient anxious about going home, reassured.",
    "Mild pyrexia 37.9 at 14:00, doctor informed, cultures taken. Encouraged fluids.",
    "Catheter removed, passed urine. Wound dressing dry and intact.",
]


@dataclass
class _Bed:
    id: int
    ward: str
    ward_id: int


def _stamp(t: datetime) -> datetime:
    return t.replace(microsecond=0)


def load_inpatient(conn: psycopg.Connection, start_id: int, seed: int, summary) -> None:  # noqa: ANN001
    """Add this domain's demo rows for the patients after start_id (through the normal triggers)."""
    rng = random.Random(seed * 31 + 7)
    staff = dict(conn.execute("SELECT username, id FROM core.staff").fetchall())
    wards = dict(conn.execute("SELECT code, id FROM core.department WHERE code IN ('MEDW', 'SURGW')").fetchall())
    if len(wards) < 2:
        return
    for ward, code, name, n in ROOMS:
        conn.execute("INSERT INTO adt.room (ward_id, code, name) VALUES (%s, %s, %s) ON CONFLICT (code) DO NOTHING",
                     (wards[ward], code, name))
        room = conn.execute("SELECT id FROM adt.room WHERE code = %s", (code,)).fetchone()[0]
        for i in range(n):
            label = f"{code.split('-')[1]}{chr(65 + i)}"
            conn.execute("INSERT INTO adt.bed (room_id, ward_id, code, label) VALUES (%s, %s, %s, %s) "
                         "ON CONFLICT (code) DO NOTHING", (room, wards[ward], f"{code}-{chr(65 + i)}", label))
    beds = [_Bed(i, w, wards[w]) for i, w in conn.execute(
        "SELECT b.id, d.code FROM adt.bed b JOIN core.department d ON d.id = b.ward_id "
        "WHERE d.code IN ('MEDW', 'SURGW') AND b.state = 'free' AND b.active ORDER BY b.id").fetchall()]
    patients = [r[0] for r in conn.execute(
        "SELECT p.id FROM registry.patient p WHERE p.id > %s AND p.merged_into_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM adt.admission a WHERE a.patient_id = p.id AND a.discharged_at IS NULL) "
        "ORDER BY p.id", (start_id,)).fetchall()]
    if not beds or len(patients) < 10:
        return
    rng.shuffle(patients)
    now = conn.execute("SELECT now()").fetchone()[0]
    nurses = {"MEDW": staff.get("nurse1"), "SURGW": staff.get("nurse2")}
    by_ward = {w: [b for b in beds if b.ward == w] for w in wards}

    def stay(patient: int, case: tuple, admitted: datetime, discharged: datetime | None,
             moves: list[tuple[_Bed, datetime, str]]) -> int:
        ward, reason, icd, doctor, _ = case
        first_bed = moves[0][0]
        doctor_id = staff[doctor]
        disposition = ("home" if rng.random() < 0.9 else "transfer_out") if discharged else None
        enc = conn.execute(
            "INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind, status, started_at, "
            "ended_at) VALUES (%s, %s, %s, 'inpatient', %s, %s, %s) RETURNING id",
            (patient, first_bed.ward_id, doctor_id, "closed" if discharged else "open", admitted,
             discharged)).fetchone()[0]
        last = moves[-1][0]
        adm = conn.execute(
            "INSERT INTO adt.admission (patient_id, encounter_id, ward_id, bed_id, attending_id, admitting_id, "
            "admitted_by, source, reason, isolation, expected_discharge, admitted_at, discharged_at, disposition, "
            "discharged_by_id) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
            (patient, enc, last.ward_id, last.id, doctor_id, doctor_id, doctor, rng.choice(["clinic", "emergency"]),
             reason, rng.choice(ISOLATION) if not discharged else "none",
             max(admitted + timedelta(days=case[4]), now + timedelta(days=rng.randint(0, 3))).date()
             if not discharged else None, admitted, discharged,
             disposition,
             doctor_id if discharged else None)).fetchone()[0]
        for i, (bed, started, why) in enumerate(moves):
            ended = moves[i + 1][1] if i + 1 < len(moves) else discharged
            conn.execute("INSERT INTO adt.bed_occupancy (admission_id, patient_id, bed_id, ward_id, started_at, "
                         "ended_at, reason, moved_by) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                         (adm, patient, bed.id, bed.ward_id, started, ended, why, doctor))
        conn.execute("INSERT INTO clinical.diagnosis (encounter_id, patient_id, icd10_code, rank, certainty, "
                     "recorded_by, recorded_at) VALUES (%s, %s, %s, 'primary', 'confirmed', %s, %s)",
                     (enc, patient, icd, doctor_id, admitted + timedelta(minutes=40)))
        conn.execute("INSERT INTO clinical.note (encounter_id, patient_id, author_id, kind, body, created_at) "
                     "VALUES (%s, %s, %s, 'progress', %s, %s)",
                     (enc, patient, doctor_id, f"Admitted: {reason}. Plan: treat, observe, review daily.",
                      admitted + timedelta(minutes=30)))
        # Observations every six hours (the last 48 hours of a long stay), a nursing note per day.
        end = discharged or now
        t = max(admitted + timedelta(minutes=20), end - timedelta(hours=72))
        base = {"temperature": 37.0 + rng.random(), "heart_rate": 80 + rng.random() * 25,
                "systolic_bp": 118 + rng.random() * 25, "resp_rate": 16 + rng.random() * 6, "spo2": 93 + rng.random() * 3}
        rows = []
        k = 0
        while t < end - timedelta(minutes=5):
            ward_nurse = nurses[_ward_at(moves, t).ward] or doctor_id
            settle = min(k / 8, 1.0)  # getting better
            for kind, value in (
                    ("temperature", round(base["temperature"] + 0.8 * (1 - settle) - 0.6 * settle
                                          + rng.uniform(-0.2, 0.2), 1)),
                    ("heart_rate", round(base["heart_rate"] - 15 * settle + rng.uniform(-5, 5))),
                    ("systolic_bp", round(base["systolic_bp"] + rng.uniform(-8, 8))),
                    ("diastolic_bp", round(base["systolic_bp"] * 0.58 + rng.uniform(-5, 5))),
                    ("resp_rate", round(base["resp_rate"] - 3 * settle + rng.uniform(-1, 1))),
                    ("spo2", min(100, round(base["spo2"] + 3 * settle + rng.uniform(-1, 1))))):
                rows.append((enc, patient, kind, value, _stamp(t), ward_nurse, _stamp(t + timedelta(minutes=3))))
            if k % 4 == 1:
                conn.execute("INSERT INTO clinical.note (encounter_id, patient_id, author_id, kind, body, created_at) "
                             "VALUES (%s, %s, %s, 'nursing', %s, %s)",
                             (enc, patient, ward_nurse, rng.choice(NURSING_NOTES), t + timedelta(minutes=10)))
            t += timedelta(hours=6)
            k += 1
        with conn.cursor() as cur:
            cur.executemany("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, measured_at, "
                            "recorded_by, recorded_at) VALUES (%s, %s, %s, %s, %s, %s, %s)", rows)
        summary_vitals[0] += len(rows)
        if discharged:
            sid = conn.execute(
                "INSERT INTO adt.discharge_summary (admission_id, diagnoses, procedures, results, medications, "
                "follow_up, author_id, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (adm, f"{icd} {reason}", "Peripheral IV cannula; chest X-ray" if ward == "MEDW"
                 else "Laparoscopic procedure under general anaesthetic",
                 "CRP falling from 180 to 22 mg/L; cultures negative" if ward == "MEDW"
                 else "Histology awaited; wound clean and dry at discharge", "Continue usual medicines; complete the "
                 "oral antibiotic course (5 days)", "GP review in 7 days; outpatient clinic in 6 weeks",
                 doctor_id, discharged - timedelta(hours=2))).fetchone()[0]
            conn.execute("UPDATE adt.discharge_summary SET status = 'signed', signed_by_id = %s, signed_at = %s "
                         "WHERE id = %s", (doctor_id, discharged - timedelta(hours=1), sid))
            conn.execute("INSERT INTO clinical.note (encounter_id, patient_id, author_id, kind, body, created_at) "
                         "VALUES (%s, %s, %s, 'progress', %s, %s)",
                         (enc, patient, doctor_id, f"Discharged ({disposition.replace('_', ' ')}).",
                          discharged - timedelta(minutes=30)))
        return adm

    summary_vitals = [0]
    admissions = 0
    charges_before = conn.execute("SELECT count(*) FROM billing.charge WHERE source_kind = 'bed_day'").fetchone()[0]
    # Past stays: the last two months, in beds that were free then (one bed, one patient at a time).
    bed_free_from: dict[int, datetime] = {}
    past = patients[:60]
    for i, patient in enumerate(past):
        case = rng.choice(CASES)
        bed = by_ward[case[0]][i % len(by_ward[case[0]])]
        nights = max(1, case[4] + rng.randint(-1, 2))
        admitted = now - timedelta(days=60) + timedelta(days=rng.uniform(0, 45), hours=rng.uniform(0, 12))
        admitted = max(admitted, bed_free_from.get(bed.id, admitted))
        discharged = admitted + timedelta(days=nights, hours=rng.uniform(-3, 3))
        if discharged > now - timedelta(days=7):
            continue
        bed_free_from[bed.id] = discharged + timedelta(hours=2)
        stay(patient, case, _stamp(admitted), _stamp(discharged), [(bed, _stamp(admitted), "admission")])
        admissions += 1
    # Current stays: about two thirds of the beds.
    current = patients[60:]
    current_stays: list[tuple[int, int, _Bed]] = []
    free_beds = list(beds)
    rng.shuffle(free_beds)
    taken: list[_Bed] = []
    for patient, bed in zip(current, free_beds[: int(len(beds) * 0.68)], strict=False):
        case = rng.choice([c for c in CASES if c[0] == bed.ward])
        admitted = _stamp(now - timedelta(days=rng.uniform(0.3, 6)))
        moves: list[tuple[_Bed, datetime, str]] = [(bed, admitted, "admission")]
        if bed.ward == "MEDW" and rng.random() < 0.2 and (now - admitted) > timedelta(days=2):
            spare = [b for b in by_ward["SURGW"] if b not in free_beds[: int(len(beds) * 0.68)] and b not in taken]
            if spare:  # came from the surgical ward after an operation
                first = spare[0]
                taken.append(first)
                moves = [(first, admitted, "admission"),
                         (bed, _stamp(admitted + timedelta(days=1, hours=3)), "post-operative, medical care")]
        adm = stay(patient, case, admitted, None, moves)
        current_stays.append((adm, patient, moves[-1][0]))
        conn.execute("UPDATE adt.bed SET state = 'occupied', state_changed_at = %s WHERE id = %s",
                     (moves[-1][1], bed.id))
        for moved_from, _, _ in moves[:-1]:
            conn.execute("UPDATE adt.bed SET state = 'free', state_changed_at = %s WHERE id = %s",
                         (moves[-1][1], moved_from.id))
        admissions += 1
    # A few beds being cleaned, one reserved for an expected admission, one out of service.
    left = [b for b in beds if conn.execute("SELECT state FROM adt.bed WHERE id = %s", (b.id,)).fetchone()[0] == "free"]
    rng.shuffle(left)
    for b in left[:3]:
        conn.execute("UPDATE adt.bed SET state = 'cleaning', state_reason = 'after discharge' WHERE id = %s", (b.id,))
    if len(left) > 4:
        conn.execute("UPDATE adt.bed SET state = 'reserved', state_reason = 'expected from ER' WHERE id = %s",
                     (left[3].id,))
        conn.execute("UPDATE adt.bed SET state = 'out_of_service', state_reason = 'bed rail broken, repair ordered' "
                     "WHERE id = %s", (left[4].id,))
    conn.execute("SELECT adt.post_bed_days_of(a.id) FROM adt.admission a ORDER BY a.id")
    if conn.execute("SELECT to_regclass('adt.medication_administration')").fetchone()[0] is not None:
        _medication_charts(conn, rng, current_stays, nurses, now)
    if conn.execute("SELECT to_regclass('adt.fluid_entry')").fetchone()[0] is not None:
        _fluid_charts(conn, rng, current_stays, nurses, now)
    summary.vital_signs += summary_vitals[0]
    if hasattr(summary, "admissions"):
        summary.admissions += admissions
    summary.charges += conn.execute("SELECT count(*) FROM billing.charge WHERE source_kind = 'bed_day'"
                                    ).fetchone()[0] - charges_before


def _ward_at(moves: list[tuple[_Bed, datetime, str]], t: datetime) -> _Bed:
    current = moves[0][0]
    for bed, started, _ in moves:
        if started <= t:
            current = bed
    return current


FLUID_HOURS = (6, 10, 14, 18, 22)  # the ward's fluid charting rounds


def _fluid_charts(conn: psycopg.Connection, rng: random.Random, stays: list[tuple[int, int, _Bed]],
                  nurses: dict[str, int | None], now: datetime) -> None:
    """The last three days of about half the current stays on fluid balance: oral and IV intake, urine (and
    now and then a drain or vomit) at the ward's charting rounds, one wrong entry marked in error."""
    rows = []
    for adm, patient, bed in stays:
        if rng.random() < 0.5:
            continue
        admitted = conn.execute("SELECT admitted_at FROM adt.admission WHERE id = %s", (adm,)).fetchone()[0]
        on_drip = rng.random() < 0.6
        nurse = nurses[bed.ward]
        if nurse is None:
            continue
        for days_back in range(2, -1, -1):
            day = (now - timedelta(days=days_back)).replace(minute=0, second=0, microsecond=0)
            for hour in FLUID_HOURS:
                t = day.replace(hour=hour) + timedelta(minutes=rng.randint(0, 40))
                if t < admitted or t > now:
                    continue
                rows.append((adm, patient, "in", "oral", rng.choice((100, 150, 200, 250, 300)), t, nurse))
                if on_drip and hour in (6, 14, 22):
                    rows.append((adm, patient, "in", "iv", rng.choice((500, 1000)), t, nurse))
                rows.append((adm, patient, "out", "urine", rng.randint(3, 9) * 50, t, nurse))
                if rng.random() < 0.08:
                    rows.append((adm, patient, "out", rng.choice(("drain", "vomit")), rng.randint(1, 4) * 50, t, nurse))
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO adt.fluid_entry (admission_id, patient_id, direction, route, volume_ml, "
                        "measured_at, recorded_by, recorded_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s + interval '5 minutes')",
                        [(*r, r[5]) for r in rows])
    if rows:
        conn.execute("UPDATE adt.fluid_entry SET status = 'entered_in_error', error_reason = 'charted twice' "
                     "WHERE id = (SELECT max(id) FROM adt.fluid_entry WHERE direction = 'out')")


def _medication_charts(conn: psycopg.Connection, rng: random.Random, stays: list[tuple[int, int, _Bed]],
                       nurses: dict[str, int | None], now: datetime) -> None:
    """Two or three medicines per current stay, written an hour after admission by the attending doctor, and the
    doses of the past recorded by the ward's nurse (mostly given, a few held or refused, the last ones of some
    patients left open so the chart shows late doses)."""
    for adm, patient, bed in stays:
        enc, doctor, admitted, mrn = conn.execute(
            "SELECT a.encounter_id, a.attending_id, a.admitted_at, p.mrn FROM adt.admission a "
            "JOIN registry.patient p ON p.id = a.patient_id WHERE a.id = %s", (adm,)).fetchone()
        for code, dose, frequency in rng.sample(WARD_MEDICINES[bed.ward], k=rng.randint(2, 3)):
            try:
                with conn.transaction():
                    rx = conn.execute(
                        "INSERT INTO pharmacy.prescription (patient_id, encounter_id, prescriber_id, drug_id, "
                        "dose_amount, dose_unit, route, frequency, duration_days, quantity, created_at) "
                        "SELECT %s, %s, %s, d.id, %s, d.unit, d.route, %s, 7, 28, %s FROM pharmacy.drug d "
                        "WHERE d.code = %s RETURNING id",
                        (patient, enc, doctor, dose, frequency, admitted + timedelta(hours=1), code)).fetchone()
            except psycopg.Error:
                continue  # stopped by the screen (an allergy of this demo patient): not charted
            if rx is None:
                continue
            leave_open = rng.random() < 0.35
            times = [r[0] for r in conn.execute("SELECT t FROM adt.dose_times(%s, %s, %s) AS t",
                                                (rx[0], admitted, now - timedelta(minutes=30)))]
            for i, t in enumerate(times):
                if leave_open and i == len(times) - 1:
                    break
                roll = rng.random()
                outcome, reason = ("given", None) if roll < 0.92 else (
                    ("held", "nil by mouth for procedure") if roll < 0.96 else ("refused", "patient declined"))
                late = rng.random() < 0.08
                recorded = t + timedelta(minutes=rng.randint(75, 110) if late else rng.randint(0, 25))
                if recorded >= now:
                    continue
                conn.execute(
                    "INSERT INTO adt.medication_administration (admission_id, patient_id, prescription_id, "
                    "scheduled_at, outcome, reason, scanned_mrn, late, recorded_by, recorded_at) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    (adm, patient, rx[0], t, outcome, reason, mrn, late, nurses[bed.ward] or doctor, recorded))
