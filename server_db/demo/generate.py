"""A realistic synthetic hospital for `hms-admin demo-data`: departments, one demo login per role, patients
(Faker name pools from several locales) with a few percent planted near-duplicates, encounters and notes.

Up to BULK_THRESHOLD patients they are registered the way reception registers them: when the loading login is a
superuser, as the demo clerks reception1 / reception2 (SET SESSION AUTHORIZATION, so created_by and the audit
trail's actor name a real reception login instead of "postgres"), with every row trigger and audit event. Above
it they are loaded with COPY as the loading login under session_replication_role = replica, which skips row
triggers, and one audit event describes the bulk load instead of a million."""
from __future__ import annotations

import csv
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import psycopg
from faker import Faker

from ..staff import StaffError, create_staff
from .administration import load_administration
from .corrupt import near_duplicate
from .finance import load_finance
from .inpatient import load_inpatient
from .lab import load_lab
from .pharmacy import load_pharmacy

DEMO_PASSWORD = "demo"
BULK_THRESHOLD = 20_000
DUPLICATE_RATE = 0.03

DEPARTMENTS = [
    ("GEN", "General Medicine", "outpatient"), ("CARD", "Cardiology", "outpatient"),
    ("PED", "Paediatrics", "outpatient"), ("ER", "Emergency", "emergency"),
    ("MEDW", "Medical Ward", "inpatient"), ("SURGW", "Surgical Ward", "inpatient"),
    ("LAB", "Laboratory", "diagnostic"), ("PHARM", "Pharmacy", "pharmacy"),
    ("RECEP", "Reception and Admissions", "administrative"), ("FIN", "Finance", "administrative"),
    ("ADMIN", "Administration", "administrative"),
]
# (login, full name, roles, departments). The first of each role is the documented demo login.
DEMO_STAFF = [
    ("reception1", "Rosa Martin", ["reception"], ["RECEP"]),
    ("reception2", "Owen Clarke", ["reception"], ["RECEP"]),
    ("doctor1", "Dr Amelia Grant", ["doctor"], ["GEN"]),
    ("doctor2", "Dr Rajesh Iyer", ["doctor"], ["CARD"]),
    ("doctor3", "Dr Sofia Keller", ["doctor"], ["PED"]),
    ("doctor4", "Dr Liam O'Connor", ["doctor"], ["ER"]),
    ("doctor5", "Dr Noah Fischer", ["doctor"], ["GEN"]),
    ("nurse1", "Grace Okafor", ["nurse"], ["MEDW", "GEN"]),
    ("nurse2", "Tomás Silva", ["nurse"], ["SURGW"]),
    ("pharmacist1", "Hannah Weiss", ["pharmacist"], ["PHARM"]),
    ("lab1", "Marco Bianchi", ["lab"], ["LAB"]),
    ("lab2", "Yuki Tanaka", ["lab"], ["LAB"]),
    # The HL7 gateway (hms-lab-gateway) logs in as its own lab login.
    ("labgateway", "Laboratory HL7 gateway", ["lab"], ["LAB"]),
    ("billing1", "Fatima Rahman", ["billing"], ["FIN"]),
    # The insurance gateway (hms-insurance-gateway) logs in as its own login: it alone records payers' answers.
    ("insurancegateway", "Insurance gateway", ["insurance_gateway"], ["FIN"]),
    ("admin1", "Peter Novak", ["admin"], ["ADMIN"]),
    ("auditor1", "Ingrid Larsen", ["auditor"], ["ADMIN"]),
]
LOCALES = [("en_GB", 0.55), ("en_US", 0.1), ("de_DE", 0.07), ("fr_FR", 0.06), ("es_ES", 0.06), ("it_IT", 0.05),
           ("pl_PL", 0.05), ("nl_NL", 0.03), ("pt_PT", 0.03)]
NOTE_TEXTS = [
    "S: Cough for 5 days, no fever. O: Chest clear, SpO2 98%. A: Viral URTI. P: Fluids, paracetamol, review if worse.",
    "S: Follow-up of hypertension. O: BP 138/86. A: Controlled. P: Continue amlodipine 5 mg, recheck in 3 months.",
    "S: Lower back pain after lifting. O: No red flags, SLR negative. A: Mechanical back pain. P: NSAID, physio.",
    "S: Chest pain on exertion. O: ECG sinus rhythm, no ST changes. A: Possible angina. P: Troponin, refer cardiology.",
    "S: Fever and ear pain. O: Red bulging left tympanic membrane. A: Otitis media. P: Amoxicillin 5 days.",
    "S: Diabetes review. O: HbA1c 58 mmol/mol, feet normal. A: Type 2 DM. P: Metformin, diet advice, retinal screen.",
    "S: Fall at home, wrist pain. O: Swelling, tender distal radius. A: Suspected fracture. P: X-ray, splint.",
    "S: Headache 2 days. O: Neuro exam normal, BP 124/78. A: Tension-type headache. P: Analgesia, sleep hygiene.",
]


@dataclass
class DemoSummary:
    patients: int = 0
    duplicates: int = 0
    encounters: int = 0
    notes: int = 0
    vital_signs: int = 0
    allergies: int = 0
    diagnoses: int = 0
    problems: int = 0
    lab_orders: int = 0
    lab_results: int = 0
    lab_alerts: int = 0
    charges: int = 0
    appointments: int = 0
    admissions: int = 0
    coverages: int = 0       # finance
    invoices: int = 0
    credit_notes: int = 0
    payments: int = 0
    claims: int = 0
    staff_created: list[str] = field(default_factory=list)
    truth: list[tuple[str, str, str]] = field(default_factory=list)  # (duplicate mrn, original mrn, kinds)


class _Pools:
    """Faker is slow per call; draw pools once, then sample from them."""

    def __init__(self, seed: int, size: int = 1500):
        self.female: list[str] = []
        self.male: list[str] = []
        self.family: list[str] = []
        self.weights: list[float] = []
        per_locale: list[tuple[list[str], list[str], list[str]]] = []
        for locale, weight in LOCALES:
            fake = Faker(locale)
            fake.seed_instance(seed)
            n = max(50, int(size * weight))
            per_locale.append(([fake.first_name_female() for _ in range(n)],
                               [fake.first_name_male() for _ in range(n)],
                               [fake.last_name() for _ in range(n * 2)]))
            self.weights.append(weight)
        self.locales = per_locale
        fake = Faker("en_GB")
        fake.seed_instance(seed)
        self.streets = [fake.street_address().replace("\n", ", ") for _ in range(4000)]
        self.postcodes = [fake.postcode() for _ in range(4000)]


def _clean(name: str) -> str:
    return " ".join(name.split())[:100]


def _phone(rng: random.Random) -> str:
    return f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"


def _birth_date(rng: random.Random, today: date) -> date:
    age_days = int(rng.triangular(0, 100 * 365.25, 38 * 365.25))
    return today - timedelta(days=age_days)


def make_patients(n: int, seed: int, start_index: int = 0,
                  progress: Callable[[int], None] | None = None) -> tuple[list[dict], list[tuple[int, int, str]]]:
    """n patient records (originals and planted near-duplicates, shuffled) and the truth as
    (duplicate row, original row, corruption kinds) row indexes into the list."""
    rng = random.Random(seed)
    pools = _Pools(seed)
    today = date.today()
    n_dup = int(n * DUPLICATE_RATE)
    originals: list[dict] = []
    for i in range(n - n_dup):
        female, male, family = rng.choices(pools.locales, weights=pools.weights)[0]
        sex = rng.choices(("female", "male", "other", "unknown"), weights=(49, 49, 1, 1))[0]
        given = rng.choice(female if sex == "female" else male if sex == "male" else female + male)
        k = rng.randrange(len(pools.streets))
        serial = start_index + i
        originals.append({
            "given_name": _clean(given), "family_name": _clean(rng.choice(family)),
            "birth_date": _birth_date(rng, today), "sex": sex,
            # A bijection of the serial number keeps national IDs unique across runs.
            "national_id": f"N{(serial * 7919 + 104729) % 10**9:09d}" if rng.random() < 0.7 else None,
            "phone": _phone(rng) if rng.random() < 0.9 else None,
            "address": pools.streets[k] if rng.random() < 0.95 else None,
            "postal_code": pools.postcodes[k] if rng.random() < 0.95 else None,
        })
        if progress and (i + 1) % 10_000 == 0:
            progress(10_000)
    rows: list[dict] = list(originals)
    pairs: list[tuple[int, int, str]] = []
    for _ in range(n_dup):
        src = rng.randrange(len(originals))
        k = rng.randrange(len(pools.streets))
        dup, kinds = near_duplicate(rng, originals[src], new_address=(pools.streets[k], pools.postcodes[k]),
                                    new_phone=_phone(rng))
        dup["given_name"] = _clean(str(dup["given_name"])) or "X"
        dup["family_name"] = _clean(str(dup["family_name"])) or "X"
        pairs.append((len(rows), src, "+".join(kinds)))
        rows.append(dup)
    if progress:
        progress(n - (len(originals) // 10_000) * 10_000)
    order = list(range(len(rows)))
    rng.shuffle(order)
    position = {old: new for new, old in enumerate(order)}
    shuffled = [rows[i] for i in order]
    truth = [(position[d], position[o], kinds) for d, o, kinds in pairs]
    return shuffled, truth


COLUMNS = ("given_name", "family_name", "birth_date", "sex", "national_id", "phone", "address", "postal_code")


def ensure_departments_and_staff(conn: psycopg.Connection) -> list[str]:
    for code, name, kind in DEPARTMENTS:
        conn.execute("INSERT INTO core.department (code, name, kind) VALUES (%s, %s, %s) "
                     "ON CONFLICT (code) DO NOTHING", (code, name, kind))
    created = []
    for login, full_name, roles, departments in DEMO_STAFF:
        if conn.execute("SELECT 1 FROM core.staff WHERE username = %s", (login,)).fetchone():
            continue
        try:
            create_staff(conn, login, DEMO_PASSWORD, roles, full_name=full_name, departments=departments,
                         password_rules=False, adopt_existing_login=True)
        except StaffError as exc:
            raise StaffError(f"demo login {login}: {exc}") from exc
        created.append(login)
    return created


RECEPTION_CLERKS = ("reception1", "reception2")


def _is_superuser(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = session_user").fetchone()[0]


def _register_as_reception(conn: psycopg.Connection, rows: list[dict]) -> None:
    """Insert the patients as the demo clerks, through their own grants and the row policy "Reception registers
    patients" (INSERT, not COPY: COPY FROM refuses a table with row-level security), two thirds by reception1.
    Row order is kept: the caller maps the planted duplicates by id order."""
    cut = len(rows) * 2 // 3
    casts = {"birth_date": "date"}
    select = ", ".join(f"unnest(%s::{casts.get(c, 'text')}[])" for c in COLUMNS)
    try:
        for clerk, part in ((RECEPTION_CLERKS[0], rows[:cut]), (RECEPTION_CLERKS[1], rows[cut:])):
            conn.execute(f"SET SESSION AUTHORIZATION {clerk}")  # demo login names: fixed identifiers
            for start in range(0, len(part), 5000):
                chunk = part[start:start + 5000]
                conn.execute(f"INSERT INTO registry.patient ({', '.join(COLUMNS)}) SELECT {select}",
                             [[r[c] for r in chunk] for c in COLUMNS])
    finally:
        conn.execute("RESET SESSION AUTHORIZATION")


def load_demo(conn: psycopg.Connection, patients: int, seed: int = 1,
              progress: Callable[[str, int], None] | None = None, truth_file: Path | None = None) -> DemoSummary:
    """Load the demo hospital in one transaction (the caller commits). progress(stage, rows) is called as
    rows are generated ("generate") and loaded ("load")."""
    step = (lambda stage: (lambda k: progress(stage, k))) if progress else (lambda stage: None)
    summary = DemoSummary()
    summary.staff_created = ensure_departments_and_staff(conn)
    start_id = conn.execute("SELECT coalesce(max(id), 0) FROM registry.patient").fetchone()[0]
    rows, truth = make_patients(patients, seed, start_index=start_id, progress=step("generate"))
    loaded = step("load")
    bulk = patients > BULK_THRESHOLD
    if bulk:
        conn.execute("SET LOCAL session_replication_role = replica")
    if not bulk and _is_superuser(conn):
        _register_as_reception(conn, rows)
        if loaded:
            loaded(len(rows))
    else:
        with conn.cursor().copy(f"COPY registry.patient ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for i, row in enumerate(rows, 1):
                copy.write_row([row[c] for c in COLUMNS])
                if loaded and i % 10_000 == 0:
                    loaded(10_000)
        if loaded:
            loaded(len(rows) % 10_000)
    mrns = [r[0] for r in conn.execute("SELECT mrn FROM registry.patient WHERE id > %s ORDER BY id", (start_id,))]
    summary.patients = len(rows)
    summary.duplicates = len(truth)
    summary.truth = [(mrns[d], mrns[o], kinds) for d, o, kinds in truth]
    summary.encounters, summary.notes = _encounters_and_notes(conn, start_id, seed)
    _clinical_record(conn, start_id, summary)
    if bulk:
        conn.execute("SET LOCAL session_replication_role = origin")
        conn.execute(
            "INSERT INTO audit.event (actor, action, schema_name, table_name, new_row, reason, workstation, txid) "
            "VALUES (session_user, 'INSERT', 'registry', 'patient', %s, %s, 'hms-admin demo-data', "
            "pg_current_xact_id()::text::bigint)",
            (psycopg.types.json.Jsonb({"bulk_load": {"patients": summary.patients, "encounters": summary.encounters,
                                                     "notes": summary.notes, "seed": seed,
                                                     "first_patient_id": start_id + 1}}),
             "demo-data bulk load: row triggers skipped, this event stands for the whole load"))
    summary.appointments = _scheduling(conn, start_id, seed)
    # Department data, in dependency order (charges and alerts come from the clinical events).
    load_lab(conn, start_id, seed, summary)
    load_pharmacy(conn, start_id, seed, summary)
    load_inpatient(conn, start_id, seed, summary)
    load_finance(conn, start_id, seed, summary)
    load_administration(conn, start_id, seed, summary)
    if truth_file:
        with open(truth_file, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["duplicate_mrn", "original_mrn", "corruptions"])
            writer.writerows(summary.truth)
    return summary


def _encounters_and_notes(conn: psycopg.Connection, start_id: int, seed: int) -> tuple[int, int]:
    """About 40 % of the new patients get one to three past encounters with a demo doctor of an outpatient
    clinic or the emergency department, each with a SOAP note. Generated in the server for speed."""
    conn.execute("SELECT setseed(%s)", (((seed * 7919) % 1000) / 1000.0,))
    before = conn.execute("SELECT coalesce(max(id), 0) FROM clinical.encounter").fetchone()[0]
    conn.execute("""
        WITH doctors AS (
            SELECT s.id AS clinician_id, sd.department_id, row_number() OVER (ORDER BY s.id) AS n
              FROM core.staff s
              JOIN core.staff_department sd ON sd.staff_id = s.id AND sd.active
              JOIN core.department d ON d.id = sd.department_id AND d.kind IN ('outpatient', 'emergency')
             WHERE s.active AND pg_has_role(s.username, 'hms_doctor', 'MEMBER')),
        chosen AS (
            SELECT p.id AS patient_id, g AS k, random() AS r
              FROM registry.patient p, generate_series(1, 1 + (random() * 2)::int) AS g
             WHERE p.id > %(start)s AND random() < 0.4)
        INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind, status, started_at, ended_at)
        SELECT c.patient_id, d.department_id, d.clinician_id,
               CASE WHEN dep.kind = 'emergency' THEN 'emergency' ELSE 'outpatient' END, 'closed',
               t.started, t.started + interval '20 minutes'
          FROM chosen c
          JOIN doctors d ON d.n = 1 + (c.r * (SELECT count(*) FROM doctors))::int %% (SELECT count(*) FROM doctors)
          JOIN core.department dep ON dep.id = d.department_id
          CROSS JOIN LATERAL (SELECT now() - (random() * 730 + 1 + 0 * c.r) * interval '1 day' AS started) t  -- per row
    """, {"start": start_id})
    encounters = conn.execute("SELECT count(*) FROM clinical.encounter WHERE id > %s", (before,)).fetchone()[0]
    notes = conn.execute("""
        INSERT INTO clinical.note (encounter_id, patient_id, author_id, body, created_at)
        SELECT e.id, e.patient_id, e.clinician_id, (%(texts)s::text[])[1 + (random() * (%(n)s - 1))::int],
               e.started_at + interval '15 minutes'
          FROM clinical.encounter e WHERE e.id > %(before)s
    """, {"texts": NOTE_TEXTS, "n": len(NOTE_TEXTS), "before": before}).rowcount
    return encounters, notes


# Scheduling (server_db/sql/scheduling/): a bookable service per clinic, rooms, weekly sessions of the four
# demo doctors, some leave, a walk-in session around now, and appointments from three weeks ago to two weeks ahead.
SERVICES = [  # (code, department, name, minutes, price code, telemedicine)
    ("GEN-CONS", "GEN", "General medicine consultation", 15, "CONS-GEN", False),
    ("GEN-TELE", "GEN", "General medicine video consultation", 15, "TELE-GEN", True),
    ("CARD-CONS", "CARD", "Cardiology consultation", 20, "CONS-CARD", False),
    ("PED-CONS", "PED", "Paediatric consultation", 20, "CONS-PED", False),
    ("ER-CONS", "ER", "Emergency assessment", 15, "CONS-ER", False),
]
ROOMS = [("GEN-1", "GEN", "General Medicine room 1"), ("GEN-2", "GEN", "General Medicine room 2"),
         ("CARD-1", "CARD", "Cardiology room 1"), ("CARD-2", "CARD", "Cardiology echo room"),
         ("PED-1", "PED", "Paediatrics room 1"), ("ER-1", "ER", "Emergency assessment bay 1")]
# (login, department, slot minutes, room): Monday to Friday 08:00-12:00 and 13:00-16:00.
SESSION_DOCTORS = [("doctor1", "GEN", 15, "GEN-1"), ("doctor2", "CARD", 20, "CARD-1"),
                   ("doctor3", "PED", 20, "PED-1"), ("doctor4", "ER", 15, "ER-1")]
SESSION_TIMES = [("08:00", "12:00"), ("13:00", "16:00")]
CANCEL_REASONS = ["patient asked to cancel", "patient unwell, will call back", "clinic rescheduled the visit"]


def _scheduling(conn: psycopg.Connection, start_id: int, seed: int) -> int:
    """Services, rooms, templates, leave and appointments for the new patients (generated in the server).
    Idempotent for the reference rows; appointments only take slots that are still free. Returns how many
    appointments were made."""
    for code, dept, name, minutes, price, tele in SERVICES:
        conn.execute("INSERT INTO scheduling.service (department_id, code, name, duration_minutes, price_code, "
                     "telemedicine_allowed) SELECT id, %s, %s, %s, %s, %s FROM core.department WHERE code = %s "
                     "ON CONFLICT (code) DO NOTHING", (code, name, minutes, price, tele, dept))
    for code, dept, name in ROOMS:
        conn.execute("INSERT INTO scheduling.room (department_id, code, name) SELECT id, %s, %s "
                     "FROM core.department WHERE code = %s ON CONFLICT (code) DO NOTHING", (code, name, dept))
    for login, dept, slot, room in SESSION_DOCTORS:
        for start, end in SESSION_TIMES:
            conn.execute("""
                INSERT INTO scheduling.provider_template (staff_id, department_id, weekday, start_time, end_time,
                                                          slot_minutes, room_id, valid_from)
                SELECT s.id, d.id, w, %(start)s, %(end)s, %(slot)s, r.id,
                       scheduling.local_day(now()) - 60
                  FROM core.staff s, core.department d, scheduling.room r, generate_series(1, 5) AS w
                 WHERE s.username = %(login)s AND d.code = %(dept)s AND r.code = %(room)s
                   AND NOT EXISTS (SELECT 1 FROM scheduling.provider_template t
                                    WHERE t.staff_id = s.id AND t.weekday = w AND t.start_time = %(start)s::time)
            """, {"login": login, "dept": dept, "slot": slot, "room": room, "start": start, "end": end})
    # Leave: doctor2 away three whole days next week, doctor3 in training tomorrow afternoon; a walk-in session
    # of doctor1 around now (so today's queue has patients whenever the demo is loaded).
    conn.execute("""
        INSERT INTO scheduling.schedule_exception (staff_id, period, kind, department_id, room_id, slot_minutes, reason)
        SELECT s.id, x.period, x.kind, d.id, r.id, x.slot, x.reason
          FROM (VALUES
                ('doctor2', tstzrange(scheduling.day_start(scheduling.local_day(now()) + 7),
                                      scheduling.day_start(scheduling.local_day(now()) + 10)),
                 'leave', NULL, NULL, NULL::integer, 'annual leave'),
                ('doctor3', tstzrange(scheduling.day_start(scheduling.local_day(now()) + 1) + interval '13 hours',
                                      scheduling.day_start(scheduling.local_day(now()) + 1) + interval '16 hours'),
                 'leave', NULL, NULL, NULL, 'training course'),
                ('doctor1', tstzrange(date_trunc('hour', now()) - interval '1 hour',
                                      date_trunc('hour', now()) + interval '4 hours'),
                 'extra_session', 'GEN', 'GEN-2', 15, 'walk-in clinic')) AS x (login, period, kind, dept, room, slot,
                                                                               reason)
          JOIN core.staff s ON s.username = x.login
          LEFT JOIN core.department d ON d.code = x.dept
          LEFT JOIN scheduling.room r ON r.code = x.room
         WHERE NOT EXISTS (SELECT 1 FROM scheduling.schedule_exception e
                            WHERE e.staff_id = s.id AND e.kind = x.kind AND e.active AND e.period && x.period)
    """)
    conn.execute("SELECT setseed(%s)", (((seed * 104729) % 1000) / 1000.0,))
    return conn.execute("""
        WITH tz AS (SELECT scheduling.clinic_timezone() AS name, scheduling.local_day(now()) AS today),
        sessions AS (
            SELECT t.staff_id, t.department_id, t.room_id, t.slot_minutes,
                   (c.day + t.start_time) AT TIME ZONE tz.name AS s_start,
                   (c.day + t.end_time) AT TIME ZONE tz.name AS s_end
              FROM tz
             CROSS JOIN LATERAL (SELECT d::date AS day
                                   FROM generate_series(tz.today - 21, tz.today + 14, interval '1 day') AS d) AS c
              JOIN scheduling.provider_template t
                ON t.weekday = extract(isodow FROM c.day)::integer
               AND t.valid_from <= c.day AND (t.valid_to IS NULL OR c.day <= t.valid_to)
              JOIN core.staff st ON st.id = t.staff_id AND st.username = ANY (%(doctors)s)
            UNION ALL
            SELECT e.staff_id, e.department_id, e.room_id, e.slot_minutes, lower(e.period), upper(e.period)
              FROM scheduling.schedule_exception e
              JOIN core.staff st ON st.id = e.staff_id AND st.username = ANY (%(doctors)s)
             WHERE e.kind = 'extra_session' AND e.active
               AND e.period && tstzrange(now() - interval '22 days', now() + interval '15 days')
        ),
        slots AS (
            SELECT DISTINCT ON (s.staff_id, g.slot) s.staff_id, s.department_id, s.room_id, g.slot AS starts_at,
                   make_interval(mins => s.slot_minutes) AS length
              FROM sessions s
             CROSS JOIN LATERAL generate_series(s.s_start, s.s_end - make_interval(mins => s.slot_minutes),
                                                make_interval(mins => s.slot_minutes)) AS g (slot)
             ORDER BY s.staff_id, g.slot, s.room_id
        ),
        free AS MATERIALIZED (
            SELECT sl.*, random() AS r_pick, random() AS r_kind, random() AS r_status FROM slots sl
             WHERE NOT EXISTS (SELECT 1 FROM scheduling.schedule_exception e
                                WHERE e.staff_id = sl.staff_id AND e.kind = 'leave' AND e.active
                                  AND e.period && tstzrange(sl.starts_at, sl.starts_at + sl.length))
               AND NOT EXISTS (SELECT 1 FROM scheduling.appointment a
                                WHERE a.status NOT IN ('cancelled', 'no_show')
                                  AND (a.provider_id = sl.staff_id OR a.room_id = sl.room_id)
                                  AND a.period && tstzrange(sl.starts_at, sl.starts_at + sl.length))
        ),
        picked AS MATERIALIZED (
            SELECT f.*, row_number() OVER (ORDER BY f.r_pick) AS n FROM free f
             WHERE f.r_pick < 0.4 OR (f.r_pick < 0.8 AND scheduling.local_day(f.starts_at) = scheduling.local_day(now()))
        ),
        patients AS MATERIALIZED (  -- one appointment per new patient: patients never overlap
            SELECT p.id, row_number() OVER (ORDER BY random()) AS n
              FROM registry.patient p WHERE p.id > %(start)s AND p.merged_into_id IS NULL
        ),
        plan AS MATERIALIZED (
            SELECT pk.staff_id, pk.department_id, pk.starts_at, pk.length, pk.r_status, pt.id AS patient_id,
                   CASE WHEN tele.id IS NOT NULL AND pk.r_kind < 0.15 THEN 'telemedicine' ELSE 'in_person' END AS kind,
                   CASE WHEN tele.id IS NOT NULL AND pk.r_kind < 0.15 THEN tele.id ELSE cons.id END AS service_id,
                   CASE WHEN tele.id IS NOT NULL AND pk.r_kind < 0.15 THEN NULL ELSE pk.room_id END AS room_id,
                   dep.kind AS department_kind,
                   least(pk.starts_at - make_interval(days => 1 + (pk.r_kind * 20)::integer), now()) AS booked_at,
                   CASE WHEN pk.starts_at BETWEEN now() - interval '30 minutes' AND now() + interval '1 hour'
                             AND scheduling.local_day(pk.starts_at) = scheduling.local_day(now())
                             AND NOT (tele.id IS NOT NULL AND pk.r_kind < 0.15) THEN  -- waiting now
                            CASE WHEN pk.r_status < 0.8 THEN 'checked_in' ELSE 'booked' END
                        WHEN pk.starts_at + pk.length <= now() THEN
                            CASE WHEN pk.r_status < 0.75 THEN 'completed'
                                 WHEN pk.r_status < 0.87 THEN 'no_show' ELSE 'cancelled' END
                        ELSE CASE WHEN pk.r_status < 0.08 THEN 'cancelled' ELSE 'booked' END
                   END AS status
              FROM picked pk
              JOIN patients pt ON pt.n = pk.n
              JOIN core.department dep ON dep.id = pk.department_id
              JOIN scheduling.service cons ON cons.department_id = pk.department_id AND cons.code LIKE '%%-CONS'
              LEFT JOIN scheduling.service tele ON tele.department_id = pk.department_id AND tele.code LIKE '%%-TELE'
        ),
        encounters AS (
            INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind, status, started_at, ended_at)
            SELECT pl.patient_id, pl.department_id, pl.staff_id,
                   CASE WHEN pl.kind = 'telemedicine' THEN 'telemedicine'
                        WHEN pl.department_kind = 'emergency' THEN 'emergency' ELSE 'outpatient' END,
                   'closed', pl.starts_at, pl.starts_at + pl.length
              FROM plan pl WHERE pl.status = 'completed'
            RETURNING id, patient_id, started_at
        ),
        notes AS (
            INSERT INTO clinical.note (encounter_id, patient_id, author_id, body, created_at)
            SELECT e.id, e.patient_id, pl.staff_id, (%(texts)s::text[])[1 + (random() * (%(n_texts)s - 1))::integer],
                   e.started_at + interval '10 minutes'
              FROM encounters e JOIN plan pl ON pl.patient_id = e.patient_id
            RETURNING id
        ),
        made AS (
            INSERT INTO scheduling.appointment (patient_id, provider_id, department_id, service_id, room_id, period,
                                                kind, status, cancel_reason, booked_by, booked_at, checked_in_at,
                                                called_at, called_by_id, cancelled_at, cancelled_by, completed_at,
                                                encounter_id)
            SELECT pl.patient_id, pl.staff_id, pl.department_id, pl.service_id, pl.room_id,
                   tstzrange(pl.starts_at, pl.starts_at + pl.length), pl.kind, pl.status,
                   CASE WHEN pl.status = 'cancelled'
                        THEN (%(reasons)s::text[])[1 + (pl.r_status * 1000)::integer %% %(n_reasons)s] END,
                   CASE WHEN pl.r_status * 10 - floor(pl.r_status * 10) < 0.3 THEN 'reception2' ELSE 'reception1' END,
                   pl.booked_at,
                   CASE WHEN pl.status IN ('completed', 'checked_in') AND pl.kind = 'in_person'
                        THEN least(pl.starts_at - make_interval(mins => 5 + (pl.r_status * 15)::integer), now()) END,
                   CASE WHEN pl.status = 'completed' THEN pl.starts_at END,
                   CASE WHEN pl.status = 'completed' THEN pl.staff_id END,
                   CASE WHEN pl.status = 'cancelled'
                        THEN pl.booked_at + (least(pl.starts_at, now()) - pl.booked_at) / 2 END,
                   CASE WHEN pl.status = 'cancelled' THEN 'reception1' END,
                   CASE WHEN pl.status = 'completed' THEN pl.starts_at + pl.length END,
                   e.id
              FROM plan pl LEFT JOIN encounters e ON e.patient_id = pl.patient_id
            RETURNING id
        )
        SELECT (SELECT count(*) FROM made) + 0 * (SELECT count(*) FROM notes)
    """, {"doctors": [d[0] for d in SESSION_DOCTORS], "start": start_id, "texts": NOTE_TEXTS,
          "n_texts": len(NOTE_TEXTS), "reasons": CANCEL_REASONS, "n_reasons": len(CANCEL_REASONS)}).fetchone()[0]


# A diagnosis (ICD-10) for each of NOTE_TEXTS, in the same order; the chronic ones also go on the problem list.
NOTE_DIAGNOSES = ["J06.9", "I10", "M54.50", "I20.9", "H66.90", "E11.9", "S52.501A", "G44.209"]
CHRONIC = ["I10", "E11.9"]
# (substance code, reaction, severity) of the demo allergies.
DEMO_ALLERGIES = [("J01C", "urticarial rash", "moderate"), ("J01CA04", "anaphylaxis", "life_threatening"),
                  ("M01A", "bronchospasm", "severe"), ("R05DA04", "nausea and vomiting", "mild"),
                  ("V08A", "urticaria", "moderate"), ("PEANUT", "lip and tongue swelling", "severe"),
                  ("LATEX", "contact dermatitis", "mild"), ("J01E", "generalised rash", "moderate")]


def _clinical_record(conn: psycopg.Connection, start_id: int, summary: DemoSummary) -> None:
    """The clinical record of the new patients' past encounters, generated in the server: vital signs at the
    start of each visit, a primary diagnosis matching its note, chronic diagnoses on the problem list, a few
    allergies, and the consultation charges.

    The encounters were inserted already closed, so the charge trigger of server_db/sql/billing/
    (AFTER INSERT OR UPDATE OF status, NEW.status = 'closed') has charged them as they arrived; a bulk load runs
    with row triggers off, so the charges are made here too, through the same exactly-once pricing function
    (billing.charge_consultation, a no-op for an encounter that already has its charge). Rows are timed inside
    their encounter (before it ended), which is what the closed-encounter rule of 090 allows."""
    params = {"start": start_id}
    summary.vital_signs = conn.execute("""
        INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, unit, measured_at, recorded_by,
                                         recorded_at)
        SELECT e.id, e.patient_id, k.code,
               CASE k.code WHEN 'systolic_bp' THEN round((110 + random() * 50)::numeric)
                           WHEN 'diastolic_bp' THEN round((65 + random() * 30)::numeric)
                           WHEN 'heart_rate' THEN round((58 + random() * 40)::numeric)
                           WHEN 'temperature' THEN round((36.2 + random() * 1.8)::numeric, 1)
                           ELSE round((94 + random() * 6)::numeric) END,
               k.unit, e.started_at + interval '5 minutes', e.clinician_id, e.started_at + interval '6 minutes'
          FROM clinical.encounter e
          JOIN clinical.vital_kind k ON k.code IN ('systolic_bp', 'diastolic_bp', 'heart_rate', 'temperature', 'spo2')
         WHERE e.patient_id > %(start)s
    """, params).rowcount
    summary.diagnoses = conn.execute("""
        INSERT INTO clinical.diagnosis (encounter_id, patient_id, icd10_code, rank, certainty, recorded_by, recorded_at)
        SELECT DISTINCT ON (n.encounter_id) n.encounter_id, n.patient_id,
               (%(codes)s::text[])[array_position(%(texts)s::text[], n.body)], 'primary', 'confirmed', n.author_id,
               n.created_at
          FROM clinical.note n JOIN clinical.encounter e ON e.id = n.encounter_id
         WHERE e.patient_id > %(start)s AND array_position(%(texts)s::text[], n.body) IS NOT NULL
         ORDER BY n.encounter_id, n.id
    """, {**params, "codes": NOTE_DIAGNOSES, "texts": NOTE_TEXTS}).rowcount
    summary.problems = conn.execute("""
        INSERT INTO clinical.problem (patient_id, icd10_code, onset, noted_by, noted_at)
        SELECT DISTINCT ON (d.patient_id, d.icd10_code) d.patient_id, d.icd10_code,
               (d.recorded_at - interval '1 year')::date, d.recorded_by, d.recorded_at
          FROM clinical.diagnosis d
         WHERE d.patient_id > %(start)s AND d.icd10_code = ANY (%(chronic)s)
         ORDER BY d.patient_id, d.icd10_code, d.recorded_at
    """, {**params, "chronic": CHRONIC}).rowcount
    summary.allergies = conn.execute("""
        INSERT INTO clinical.allergy (patient_id, substance, substance_code, category, reaction, severity,
                                      recorded_by, recorded_at)
        SELECT e.patient_id, s.name, s.code, s.category, a.reaction, a.severity, e.clinician_id,
               e.started_at + interval '10 minutes'
          FROM (SELECT DISTINCT ON (e.patient_id) e.patient_id, e.clinician_id, e.started_at, random() AS r,
                       1 + floor(random() * %(n)s)::int AS pick
                  FROM clinical.encounter e
                 WHERE e.patient_id > %(start)s ORDER BY e.patient_id, e.started_at) e
          JOIN unnest(%(codes)s::text[], %(reactions)s::text[], %(severities)s::text[]) WITH ORDINALITY
               AS a (code, reaction, severity, n) ON a.n = e.pick
          JOIN clinical.allergy_substance s ON s.code = a.code
         WHERE e.r < 0.12
    """, {**params, "codes": [a[0] for a in DEMO_ALLERGIES], "reactions": [a[1] for a in DEMO_ALLERGIES],
          "severities": [a[2] for a in DEMO_ALLERGIES], "n": len(DEMO_ALLERGIES)}).rowcount
    # Most patients without an allergy were asked at their first visit and said "none known" (recorded by that
    # visit's clinician); the others stay unknown — nobody asked — as a new patient would (sql/clinical/).
    conn.execute("""
        INSERT INTO clinical.allergy_status (patient_id, status, recorded_by, recorded_at)
        SELECT e.patient_id, 'no_known_allergies', e.clinician_id, e.started_at + interval '10 minutes'
          FROM (SELECT DISTINCT ON (e.patient_id) e.patient_id, e.clinician_id, e.started_at
                  FROM clinical.encounter e
                 WHERE e.patient_id > %(start)s ORDER BY e.patient_id, e.started_at) e
         WHERE NOT EXISTS (SELECT 1 FROM clinical.allergy a WHERE a.patient_id = e.patient_id) AND random() < 0.7
    """, params)
    conn.execute("""
        SELECT billing.charge_consultation(e.id) FROM clinical.encounter e
         WHERE e.patient_id > %(start)s AND e.status = 'closed'
           AND NOT EXISTS (SELECT 1 FROM billing.charge c WHERE c.source_kind = 'consultation' AND c.source_id = e.id)
    """, params)
    summary.charges = conn.execute("""
        SELECT count(*) FROM billing.charge c JOIN clinical.encounter e ON e.id = c.encounter_id
         WHERE e.patient_id > %(start)s
    """, params).fetchone()[0]
