"""A realistic synthetic hospital for `hms-admin demo-data`: departments, one demo login per role, patients
(Faker name pools from several locales) with a few percent planted near-duplicates, encounters and notes.

Patients are loaded with COPY. Up to BULK_THRESHOLD patients the row triggers run as usual (every row is
audited, actor = the admin login); above it the load runs with session_replication_role = replica, which
skips row triggers, and writes one audit event describing the bulk load instead of a million."""
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
from .corrupt import near_duplicate

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
    ("nurse1", "Grace Okafor", ["nurse"], ["MEDW", "GEN"]),
    ("nurse2", "Tomás Silva", ["nurse"], ["SURGW"]),
    ("pharmacist1", "Hannah Weiss", ["pharmacist"], ["PHARM"]),
    ("lab1", "Marco Bianchi", ["lab"], ["LAB"]),
    ("lab2", "Yuki Tanaka", ["lab"], ["LAB"]),
    ("billing1", "Fatima Rahman", ["billing"], ["FIN"]),
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
                         min_password=len(DEMO_PASSWORD), adopt_existing_login=True)
        except StaffError as exc:
            raise StaffError(f"demo login {login}: {exc}") from exc
        created.append(login)
    return created


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
          CROSS JOIN LATERAL (SELECT now() - (random() * 730 + 1) * interval '1 day' AS started) t
    """, {"start": start_id})
    encounters = conn.execute("SELECT count(*) FROM clinical.encounter WHERE id > %s", (before,)).fetchone()[0]
    notes = conn.execute("""
        INSERT INTO clinical.note (encounter_id, patient_id, author_id, body, created_at)
        SELECT e.id, e.patient_id, e.clinician_id, (%(texts)s::text[])[1 + (random() * (%(n)s - 1))::int],
               e.started_at + interval '15 minutes'
          FROM clinical.encounter e WHERE e.id > %(before)s
    """, {"texts": NOTE_TEXTS, "n": len(NOTE_TEXTS), "before": before}).rowcount
    return encounters, notes
