"""Demo data: ward stock locations, stock lots (some near expiry, some below their reorder level), prescriptions
(waiting, partly and fully filled; a few allergy overrides with their reasons), dispenses with their charges and a
few returns. Everything goes through the normal database paths: stock and dispenses through the pharmacists'
functions as the demo pharmacist (SET SESSION AUTHORIZATION, so the identity checks and the charge trigger run as
for a real login), prescriptions through the screening INSERT trigger. Volumes are bounded (a few hundred rows at
any patient count)."""
from __future__ import annotations

import random
from datetime import date, timedelta

import psycopg

MAX_PRESCRIPTIONS = 600  # visits with a prescription, at most
# (drug code, dose, dose unit, frequency, days, quantity, weight)
REGIMENS = [
    ("AMOX500CAP", 1, "capsule", "TDS", 7, 21, 8), ("PARA500TAB", 2, "tablet", "QDS", 5, 40, 10),
    ("IBU400TAB", 1, "tablet", "TDS", 5, 15, 6), ("OMEP20CAP", 1, "capsule", "OD", 28, 28, 5),
    ("AMLO5TAB", 1, "tablet", "OD", 28, 28, 5), ("METF500TAB", 1, "tablet", "BD", 28, 56, 5),
    ("SIMVA20TAB", 1, "tablet", "NOCTE", 28, 28, 4), ("SALB100INH", 2, "dose", "PRN", None, 200, 4),
    ("CLARI500TAB", 1, "tablet", "BD", 7, 14, 2), ("DOXY100CAP", 1, "capsule", "OD", 8, 8, 2),
    ("TRIMETH200TAB", 1, "tablet", "BD", 7, 14, 2), ("NITRO100CAP", 1, "capsule", "BD", 7, 14, 2),
    ("LISIN10TAB", 1, "tablet", "OD", 28, 28, 3), ("BISO5TAB", 1, "tablet", "OD", 28, 28, 3),
    ("ATORVA20TAB", 1, "tablet", "OD", 28, 28, 3), ("PRED5TAB", 6, "tablet", "MANE", 5, 30, 2),
    ("CODEINE30TAB", 1, "tablet", "QDS", 3, 12, 2), ("FLUCLOX500CAP", 1, "capsule", "QDS", 7, 28, 2),
    ("CEFALEX500CAP", 1, "capsule", "TDS", 7, 21, 2), ("METRO400TAB", 1, "tablet", "TDS", 7, 21, 2),
    ("LEVO50TAB", 1, "tablet", "OD", 28, 28, 2), ("PARA120SUS", 5, "mL", "QDS", 3, 100, 2),
    ("AMOX250SUS", 5, "mL", "TDS", 5, 100, 2), ("GTN400SPR", 1, "dose", "PRN", None, 200, 1),
]
OVERRIDE_REASONS = [
    "Reaction was a non-urticarial rash in childhood; tolerated the drug since",
    "Discussed with the patient: benefit outweighs the risk, observe the first dose",
    "Microbiology advice: no suitable alternative for this organism",
]
WARDS = [("W-MEDW", "Medical Ward stock", "MEDW"), ("W-SURGW", "Surgical Ward stock", "SURGW")]


def _lot(rng: random.Random, code: str) -> str:
    return f"{code[:3]}{rng.randint(10, 99)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.randint(100, 999)}"


def load_pharmacy(conn: psycopg.Connection, start_id: int, seed: int, summary) -> None:  # noqa: ANN001
    """Add this domain's demo rows for the patients after start_id (through the normal triggers)."""
    rng = random.Random(seed * 7919 + start_id)
    for code, name, department in WARDS:
        conn.execute("""
            INSERT INTO pharmacy.location (code, name, kind, department_id)
            SELECT %s, %s, 'ward', d.id FROM core.department d WHERE d.code = %s
            ON CONFLICT (code) DO NOTHING""", (code, name, department))
    superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = session_user").fetchone()[0]
    pharmacist = conn.execute("SELECT username FROM core.staff WHERE username = 'pharmacist1' AND active").fetchone()
    can_act = bool(superuser and pharmacist)
    if can_act:
        _as("pharmacist1", conn, lambda: _stock(conn, rng))
    prescriptions = _prescriptions(conn, start_id, rng)
    if can_act and prescriptions:
        _as("pharmacist1", conn, lambda: _dispenses(conn, prescriptions, rng))
        # A STAT alert is read once the pharmacist has started on it: only the STAT prescriptions still waiting
        # untouched stay on the pharmacist's alert bar.
        conn.execute("""
            UPDATE notify.notification n SET acknowledged_at = now()
              FROM pharmacy.prescription p
             WHERE n.kind = 'pharmacy_stat' AND n.ref_id = p.id AND n.acknowledged_at IS NULL
               AND (p.status <> 'active' OR p.quantity_dispensed > 0)""")
    # Old prescriptions the dispensary could not fill were supplied elsewhere: their course is over.
    conn.execute("""
        UPDATE pharmacy.prescription SET status = 'completed', status_reason = 'supplied by a community pharmacy'
         WHERE id = ANY (%s) AND dispense_status = 'pending' AND created_at < now() - interval '7 days'""",
                 ([rx for rx, recent in prescriptions if not recent],))
    for name, value in (("prescriptions", len(prescriptions)),):
        if hasattr(summary, name):
            setattr(summary, name, value)


def _as(login: str, conn: psycopg.Connection, work) -> None:  # noqa: ANN001
    """Run work as the staff login (the superuser loading the demo becomes that session user for a while)."""
    conn.execute(f'SET SESSION AUTHORIZATION "{login}"')
    try:
        work()
    finally:
        conn.execute("RESET SESSION AUTHORIZATION")


def _stock(conn: psycopg.Connection, rng: random.Random) -> None:
    """Goods receipts at the main store and the dispensary, a few transfers to the wards; about one drug in eight
    is left below its reorder level and one dispensary lot in seven expires within three months."""
    drugs = conn.execute("SELECT id, code, reorder_level FROM pharmacy.drug WHERE active ORDER BY code").fetchall()
    if conn.execute("SELECT count(*) FROM pharmacy.stock_lot").fetchone()[0] > 0:
        return  # a second demo load adds patients, not another warehouse
    main, disp = (conn.execute("SELECT pharmacy.location_id(%s)", (c,)).fetchone()[0] for c in ("MAIN", "DISP"))
    wards = [r[0] for r in conn.execute("SELECT id FROM pharmacy.location WHERE kind = 'ward' ORDER BY code")]
    today = date.today()
    receive = "SELECT pharmacy.receive_stock(%s, %s, %s, %s, %s)"
    for drug_id, code, reorder in drugs:
        low = rng.random() < 0.12
        scale = rng.uniform(0.2, 0.45) if low else rng.uniform(1.0, 2.5)
        soon = rng.random() < 0.15
        disp_qty = max(5, int(reorder * scale * (0.5 if low else 1.2)))
        conn.execute(receive, (drug_id, disp, _lot(rng, code),
                               today + timedelta(days=rng.randint(20, 80) if soon else rng.randint(150, 700)),
                               disp_qty))
        if not low:
            conn.execute(receive, (drug_id, disp, _lot(rng, code), today + timedelta(days=rng.randint(300, 900)),
                                   max(5, int(reorder * 0.4))))
        main_lot = conn.execute(receive, (drug_id, main, _lot(rng, code),
                                          today + timedelta(days=rng.randint(200, 900)),
                                          max(5, int(reorder * scale * 0.5)))).fetchone()[0]
        if wards and not low and rng.random() < 0.3:
            conn.execute("SELECT pharmacy.transfer_stock(%s, %s, %s, 'ward stock top-up')",
                         (main_lot, rng.choice(wards), max(1, int(reorder * 0.1))))


def _prescriptions(conn: psycopg.Connection, start_id: int, rng: random.Random) -> list[tuple[int, bool]]:
    """Prescriptions written inside the new patients' past encounters (as their clinicians); the database screens
    each one. Returns (prescription id, recent?) pairs."""
    encounters = conn.execute("""
        SELECT e.id, e.patient_id, e.started_at, e.ended_at, e.clinician_id, e.started_at > now() - interval '7 days',
               (SELECT string_agg(a.substance_code, ',') FROM clinical.allergy a
                 WHERE a.patient_id = e.patient_id AND a.status = 'active') AS allergies
          FROM clinical.encounter e
         WHERE e.patient_id > %s AND e.status IN ('closed', 'open') AND e.kind <> 'telemedicine'
         ORDER BY e.id""", (start_id,)).fetchall()
    if not encounters:
        return []
    recent = [e for e in encounters if e[5]]
    older = [e for e in encounters if not e[5]]
    budget = min(MAX_PRESCRIPTIONS, max(40, len(encounters) // 4))  # bounded at any size
    chosen = rng.sample(recent, min(len(recent), budget // 3))
    chosen += rng.sample(older, min(len(older), budget - len(chosen)))
    weights = [r[6] for r in REGIMENS]
    made: list[tuple[int, bool]] = []
    overrides = 0
    for enc_id, patient_id, started, ended, clinician, is_recent, allergies in sorted(chosen, key=lambda e: e[2]):
        # Written during the visit (a closed encounter takes no rows written after its end).
        room = (ended - started) / 2 if ended is not None else timedelta(minutes=30)
        regimens = rng.choices(REGIMENS, weights, k=1 if rng.random() < 0.7 else 2)
        if allergies and "J01C" in allergies and overrides < 6 and (is_recent or overrides < 2):
            regimens = [next(r for r in REGIMENS if r[0] == "AMOX500CAP")]  # the allergy stop, overridden
            overrides += 1
        for offset, (code, dose, unit, freq, days, quantity, _w) in enumerate(dict.fromkeys(regimens)):
            priority = "stat" if rng.random() < 0.03 else "urgent" if rng.random() < 0.12 else "routine"
            row = conn.execute("""
                INSERT INTO pharmacy.prescription (patient_id, encounter_id, prescriber_id, drug_id, dose_amount,
                                                   dose_unit, route, frequency, duration_days, quantity, priority,
                                                   override_reason, created_at)
                SELECT %(p)s, %(e)s, %(c)s, d.id, %(dose)s, %(unit)s, d.route, %(freq)s, %(days)s, %(q)s, %(prio)s,
                       CASE WHEN EXISTS (SELECT 1 FROM pharmacy.screen(%(p)s, d.id) s WHERE pharmacy.is_stop(s.severity))
                            THEN %(reason)s END,
                       %(at)s
                  FROM pharmacy.drug d WHERE d.code = %(code)s
                RETURNING id""", {"p": patient_id, "e": enc_id, "c": clinician, "dose": dose, "unit": unit,
                                  "freq": freq, "days": days, "q": quantity, "prio": priority,
                                  "reason": rng.choice(OVERRIDE_REASONS), "code": code,
                                  "at": started + min(timedelta(minutes=12 + offset), room)}).fetchone()
            made.append((row[0], bool(is_recent)))
    return made


def _dispenses(conn: psycopg.Connection, prescriptions: list[tuple[int, bool]], rng: random.Random) -> None:
    """Older prescriptions are filled (in full when the dispensary has it), recent ones wait or are partly filled;
    a few dispenses come back. Each dispense scans the patient's real MRN and the first-expiring lot."""
    returned = 0
    for rx_id, is_recent in prescriptions:
        if is_recent and rng.random() < 0.75:
            continue  # waiting in the queue
        rx = conn.execute("""
            SELECT p.quantity - p.quantity_dispensed, pt.mrn, p.drug_id
              FROM pharmacy.prescription p JOIN registry.patient pt ON pt.id = p.patient_id
             WHERE p.id = %s AND p.status = 'active'""", (rx_id,)).fetchone()
        if rx is None or rx[0] == 0:
            continue
        left, mrn, drug_id = rx
        lot = conn.execute("""
            SELECT l.lot_number, l.quantity FROM pharmacy.stock_lot l
             WHERE l.drug_id = %s AND l.location_id = pharmacy.location_id('DISP') AND l.quantity > 0
               AND l.expiry_date >= current_date ORDER BY l.expiry_date, l.id LIMIT 1""", (drug_id,)).fetchone()
        if lot is None:
            continue  # out of stock at the dispensary: stays in the queue
        quantity = min(left, lot[1]) if not is_recent else max(1, min(left // 2, lot[1]))
        dispense_id = conn.execute("SELECT pharmacy.dispense_prescription(%s, %s, %s, %s)",
                                   (rx_id, mrn, lot[0], quantity)).fetchone()[0]
        if returned < 4 and rng.random() < 0.03:
            conn.execute("SELECT pharmacy.return_dispense(%s, 'patient returned the unopened pack')", (dispense_id,))
            returned += 1
