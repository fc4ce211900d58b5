"""The hot queries of every workstation: what a user waits on, through the client's own query functions.

One catalogue for two users: `tests/test_query_plans.py` (the plan guard in CI: no sequential scan of a large
table in any plan these actions make, as each role's login) and `bench/hot_queries.py` (p50/p95 per action and
role at hospital scale). An action is a role's demo login, a name, and a call of the client's query code on a
`Session`; `Context` holds the ids the calls need, chosen once per database by `pick_context` (as the
superuser) so that every role has something real to open.

Adding a query to a workstation that a user waits on? Add it here, and both the guard and the bench cover it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import psycopg
from sqlalchemy.orm import Session

from hospital_desktop.admin import queries as admin
from hospital_desktop.adt import queries as adt
from hospital_desktop.audit import queries as audit
from hospital_desktop.billing import insurance
from hospital_desktop.billing import queries as billing
from hospital_desktop.clinical import queries as clinical
from hospital_desktop.dashboards import metrics
from hospital_desktop.lab import queries as lab
from hospital_desktop.pharmacy import queries as pharmacy
from hospital_desktop.registry import queries as registry
from hospital_desktop.scheduling import queries as scheduling


@dataclass
class Context:
    """Ids and search texts of one database (see pick_context)."""
    family_name: str          # a patient's family name (registry search)
    given_name: str
    common_family: str        # the commonest family name (keyset paging)
    phone: str
    mrn: str
    birth_date: date
    patient_id: int           # a patient with the most encounters (a long chart)
    care_patient_id: int      # a patient in doctor1's care (the clinical reads as doctor and nurse)
    provider_id: int          # doctor1's staff id
    department_id: int        # an outpatient department of doctor1 (calendar, queue)
    ward_id: int              # nurse1's ward (an inpatient department) (bed board, ward list)
    claim_id: int | None
    actor: str                # a login with audit events (audit search by user)
    today: date


def pick_context(conn: psycopg.Connection) -> Context:
    """Choose the ids as the superuser (no RLS): the patient with the longest chart, doctor1's busiest patient."""
    one = lambda sql, *a: conn.execute(sql, a).fetchone()  # noqa: E731
    given, family, born, phone, mrn = one(
        "SELECT given_name, family_name, birth_date, phone, mrn FROM registry.patient "
        "WHERE phone IS NOT NULL AND merged_into_id IS NULL ORDER BY id LIMIT 1")
    common = one("SELECT family_name FROM registry.patient GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")[0]
    long_chart = one("SELECT patient_id FROM clinical.encounter GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")[0]
    provider = one("SELECT id FROM core.staff WHERE username = 'doctor1'")[0]
    care = one("SELECT patient_id FROM clinical.encounter WHERE clinician_id = %s GROUP BY 1 "
               "ORDER BY count(*) DESC, 1 LIMIT 1", provider)[0]
    department = one("SELECT sd.department_id FROM core.staff_department sd JOIN core.department d "
                     "ON d.id = sd.department_id WHERE sd.staff_id = %s AND d.kind IN ('outpatient', 'emergency') "
                     "ORDER BY 1 LIMIT 1", provider)[0]
    ward = one("SELECT d.id FROM core.department d JOIN core.staff_department sd ON sd.department_id = d.id "
               "JOIN core.staff s ON s.id = sd.staff_id AND s.username = 'nurse1' WHERE d.kind = 'inpatient' "
               "ORDER BY 1 LIMIT 1")
    claim = one("SELECT max(id) FROM billing.claim")[0]
    today = one("SELECT scheduling.local_day(now())")[0]
    return Context(family, given, common, phone, mrn, born, long_chart, care, provider, department, ward[0], claim,
                   "reception1", today)


def _next_page(s: Session, c: Context) -> Any:
    query = registry.parse_search(c.common_family)
    rows = registry.search_patients(s, query, limit=50)
    return registry.search_patients(s, query, after=registry.row_key(rows[-1]), limit=50) if rows else []


def _calendar(s: Session, c: Context) -> Any:
    start, end = scheduling.day_bounds(s, c.today, 7)
    return scheduling.appointments(s, start, end, department_id=c.department_id)


def _free_slots(s: Session, c: Context) -> Any:
    start, end = scheduling.day_bounds(s, c.today, 7)
    return scheduling.free_slots(s, c.provider_id, start, end)


def _since(days: int) -> datetime:
    return datetime.now().astimezone() - timedelta(days=days)


Action = Callable[[Session, Context], Any]

# role's demo login → [(action name, the client's call)]; the names are what a failure and the bench print.
ACTIONS: dict[str, list[tuple[str, Action]]] = {
    "reception1": [
        ("search: family-name fragment", lambda s, c: registry.search_patients(
            s, registry.parse_search(c.common_family[:3]))),
        ("search: family + given name", lambda s, c: registry.search_patients(
            s, registry.parse_search(f"{c.family_name} {c.given_name}"))),
        ("search: next page (keyset)", _next_page),
        ("search: phone", lambda s, c: registry.search_patients(s, registry.parse_search(c.phone))),
        ("search: phone, last 7 digits", lambda s, c: registry.search_patients(
            s, registry.parse_search("".join(ch for ch in c.phone if ch.isdigit())[-7:]))),
        ("search: MRN", lambda s, c: registry.search_patients(s, registry.parse_search(c.mrn))),
        ("search: birth date", lambda s, c: registry.search_patients(
            s, registry.parse_search(f"{c.birth_date:%d.%m.%Y}"))),
        ("search: birth date + name", lambda s, c: registry.search_patients(
            s, registry.parse_search(f"{c.birth_date:%d.%m.%Y} {c.family_name}"))),
        ("patient: open", lambda s, c: registry.get_patient(s, c.patient_id)),
        ("appointments: department week", _calendar),
        ("appointments: patient's", lambda s, c: scheduling.appointments(
            s, *scheduling.day_bounds(s, c.today - timedelta(days=3650), 7300), patient_id=c.patient_id)),
        ("appointments: free slots", _free_slots),
        ("clinic queue", lambda s, c: scheduling.queue(s, c.department_id)),
        ("bed board", lambda s, c: adt.board(s, c.ward_id)),
        ("free beds", lambda s, c: adt.free_beds(s)),
    ],
    "doctor1": [
        ("chart: open", lambda s, c: registry.open_chart(s, c.care_patient_id, "treatment")),
        ("chart: encounters", lambda s, c: clinical.encounters(s, c.care_patient_id)),
        ("chart: notes", lambda s, c: clinical.notes(s, c.care_patient_id)),
        ("chart: vitals", lambda s, c: clinical.vitals(s, c.care_patient_id)),
        ("chart: diagnoses", lambda s, c: clinical.diagnoses(s, c.care_patient_id)),
        ("chart: allergies", lambda s, c: clinical.active_allergies(s, c.care_patient_id)),
        ("chart: lab orders", lambda s, c: lab.patient_orders(s, c.care_patient_id)),
        ("chart: prescriptions", lambda s, c: pharmacy.patient_prescriptions(s, c.care_patient_id)),
        ("my inpatients", lambda s, c: adt.my_inpatients(s, c.provider_id)),
        ("clinic queue", lambda s, c: scheduling.queue(s, c.department_id)),
    ],
    "nurse1": [
        ("ward patients", lambda s, c: adt.ward_patients(s, c.ward_id)),
        ("bed board", lambda s, c: adt.board(s, c.ward_id)),
        ("handover", lambda s, c: adt.handover(s, c.ward_id)),
    ],
    "lab1": [
        ("worklist: to collect and run", lambda s, c: lab.worklist(s, ("ordered", "collected", "received"))),
        ("worklist: to verify", lambda s, c: lab.worklist(s, ("resulted", "verified"))),
        ("worklist: search", lambda s, c: lab.worklist(s, ("ordered", "collected", "received"), c.mrn)),
        ("callback list", lambda s, c: lab.callback_list(s)),
        ("patient's orders", lambda s, c: lab.patient_orders(s, c.patient_id)),
    ],
    "pharmacist1": [
        ("dispensing queue", lambda s, c: pharmacy.queue(s)),
        ("patient's prescriptions", lambda s, c: pharmacy.patient_prescriptions(s, c.patient_id)),
        ("low stock", lambda s, c: pharmacy.low_stock(s)),
    ],
    "billing1": [
        ("worklist: unbilled", lambda s, c: billing.worklist(s)),
        ("patient's charges", lambda s, c: billing.charges(s, c.patient_id)),
        ("patient's invoices", lambda s, c: billing.invoices(s, c.patient_id)),
        ("claims", lambda s, c: billing.claims(s)),
        ("claims: submitted", lambda s, c: billing.claims(s, "submitted")),
        ("claim detail", lambda s, c: insurance.claim_detail(s, c.claim_id) if c.claim_id else None),
        ("payer queries", lambda s, c: insurance.payer_queries(s)),
        ("pre-authorisations", lambda s, c: insurance.preauthorizations(s)),
        ("remittances", lambda s, c: insurance.remittances(s)),
        ("covered patients", lambda s, c: insurance.covered_patients(s, c.family_name[:3])),
        ("cash summary", lambda s, c: billing.cash_summary(s)),
    ],
    "auditor1": [
        ("events: by patient", lambda s, c: audit.search_events(s, audit.EventFilter(patient=c.mrn), None, 100)),
        ("events: by user", lambda s, c: audit.search_events(s, audit.EventFilter(actor=c.actor), None, 100)),
        # a week two months back: the demo's own audit trail is all from the day it was loaded
        ("events: by table and time", lambda s, c: audit.search_events(
            s, audit.EventFilter(table="registry.patient", since=_since(63), until=_since(56)), None, 100)),
        ("events: next page", lambda s, c: audit.search_events(s, audit.EventFilter(actor=c.actor), (10**12,), 100)),
        ("access log: by patient", lambda s, c: audit.access_log(s, c.mrn, "", None, 100)),
        ("access log: by user", lambda s, c: audit.access_log(s, "", "doctor1", None, 100)),
        ("access report", lambda s, c: audit.access_report(s, c.mrn)),
        ("break-glass grants", lambda s, c: audit.break_glass_grants(s)),
    ],
    "admin1": [
        ("staff list", lambda s, c: admin.staff_list(s)),
    ],
}

GROUP_OF = {"reception1": "hms_reception", "doctor1": "hms_doctor", "nurse1": "hms_nurse", "lab1": "hms_lab",
            "pharmacist1": "hms_pharmacist", "billing1": "hms_billing", "auditor1": "hms_auditor",
            "admin1": "hms_admin"}


def all_actions() -> list[tuple[str, str, Action]]:
    """(login, action name, call): the catalogue plus every role's dashboard metrics."""
    out = [(login, name, fn) for login, actions in ACTIONS.items() for name, fn in actions]
    for login, group in GROUP_OF.items():
        for metric in metrics.metrics_for(group):
            out.append((login, f"dashboard: {metric.key}", lambda s, c, m=metric: m.query(s)))
    return out


# -- a hospital that looks bigger than the demo: the plan guard's database ---------------------------------------
DOMAIN_SCHEMAS = ("registry", "clinical", "scheduling", "lab", "pharmacy", "adt", "billing", "insurance", "audit",
                  "notify", "core")


# Unique values with a format the table checks, re-made for copy k (off: the table's offset).
_REMADE = {
    ("registry.patient", "national_id"): "CASE WHEN national_id IS NOT NULL THEN national_id || '-' || k END",
    ("registry.patient", "temporary_alias"): "NULL",
    ("registry.patient", "identity_status"): "'identified'",
    ("billing.invoice", "number"): "billing.format_number(series, year, seq + k * {off})",
    ("billing.payment", "receipt_number"): "billing.format_number('RCT', year, seq + k * {off})",
    # The copies are history: the work they stood for is finished (the open work of a hospital is its last days).
    ("lab.lab_order", "status"): "CASE WHEN status IN ('cancelled', 'released') THEN status "
                                 "WHEN specimen_id IS NOT NULL THEN 'released' ELSE 'cancelled' END",
    ("lab.lab_order", "cancel_reason"): "CASE WHEN status = 'cancelled' OR specimen_id IS NULL "
                                        "THEN coalesce(cancel_reason, 'not collected') END",
    ("lab.lab_order", "alert_acknowledged_at"): "coalesce(alert_acknowledged_at, status_changed_at - k * {shift})",
    ("lab.result", "status"): "CASE WHEN status IN ('entered', 'verified') THEN 'final' ELSE status END",
    ("billing.charge", "status"): "CASE WHEN status = 'open' THEN 'invoiced' ELSE status END",
    ("pharmacy.prescription", "status"): "CASE WHEN status = 'active' THEN 'completed' ELSE status END",
    ("scheduling.appointment", "status"): "CASE WHEN status IN ('booked', 'checked_in', 'in_consultation') "
                                          "THEN 'no_show' ELSE status END",
    ("billing.claim", "status"): "CASE WHEN status IN ('draft', 'submitted') THEN 'approved' ELSE status END",
    ("billing.claim", "submitted_at"): "coalesce(submitted_at, created_at) - k * {shift}",
    ("billing.claim", "answered_at"): "coalesce(answered_at, created_at) - k * {shift}",
    ("notify.notification", "acknowledged_at"): "coalesce(acknowledged_at, created_at) - k * {shift}",
}
HISTORY_STEP = 42  # days: each copy is this much older than the one before (the demo's calendar spans ~5 weeks)


def inflate(conn: psycopg.Connection, copies: int = 30, cap: int = 40_000, once_seen: int = 50_000
            ) -> dict[str, int]:
    """Copy every patient's record `copies` times, set-based, as the superuser: registry.patient and every table
    that reaches it through foreign keys (and the audit trail), each copy with its ids shifted past the originals
    and every reference to a copied table shifted the same way, so per-patient shapes (visits, orders, charges
    per patient; the ward's, the clinic's and the lab's share of all rows) stay the demo's while the tables grow.
    A table stops at `cap` rows (each copy then takes a share of the originals). Then `once_seen` more patients
    with no record: the many seen once, years ago. Each copy is older than the one before by HISTORY_STEP days (every time and date
    but birth dates; more for a table whose exclusion constraint would otherwise see a provider's, a room's or a
    bed's time overlap), and its work is finished (orders released, charges invoiced, prescriptions completed,
    appointments past, claims answered, alerts acknowledged): the open work stays the demo's few days, as in a
    hospital that has run for years. Triggers are off (session_replication_role = replica: no audit of the
    copies, no foreign-key checks); unique values are re-made (database defaults, + offset, suffix).
    Returns the row counts."""
    q = lambda sql, *a: conn.execute(sql, a).fetchall()  # noqa: E731
    tables = [r[0] for r in q(
        "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname = ANY(%s)", list(DOMAIN_SCHEMAS))]
    fks = q("""SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, fa.attname
                 FROM pg_constraint c, unnest(c.conkey, c.confkey) AS k(col, fcol)
                 JOIN pg_attribute a ON true JOIN pg_attribute fa ON true
                WHERE c.contype = 'f' AND a.attrelid = c.conrelid AND a.attnum = k.col
                  AND fa.attrelid = c.confrelid AND fa.attnum = k.fcol""")
    copied = {"registry.patient"}
    while True:  # the closure: tables that reference a copied table
        more = {t for t, _, ref, _ in fks if ref in copied and t not in copied and t != ref}
        if not more:
            break
        copied |= more
    copied |= {t for t in tables if t.startswith("audit.") and q(
        "SELECT 1 FROM pg_attribute WHERE attrelid = %s::regclass AND attname = 'patient_id'", t)}
    copied = {t for t in copied if q(
        "SELECT 1 FROM pg_attribute WHERE attrelid = %s::regclass AND attname = 'id' AND NOT attisdropped", t)}
    offset = {t: q(f"SELECT coalesce(max(id), 0) FROM {t}")[0][0] for t in copied}
    ref_of: dict[tuple[str, str], str] = {}
    for t, col, ref, refcol in fks:
        if ref in copied and refcol == "id":
            ref_of[(t, col)] = ref
        elif ref in copied and refcol == "patient_id":
            ref_of[(t, col)] = "registry.patient"
    conn.execute("SET LOCAL session_replication_role = replica")
    for t in sorted(copied):
        rows = q(f"SELECT count(*) FROM {t}")[0][0]
        if not rows or not offset[t]:
            continue
        # every copy (every step back in history) takes 1/m of the rows when all of them would pass the cap
        m = max(1, -(-rows * copies // cap))
        cols = q("""SELECT a.attname, format_type(a.atttypid, a.atttypmod), pg_get_expr(d.adbin, d.adrelid)
                      FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                     WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped
                       AND a.attgenerated = '' ORDER BY a.attnum""", t)
        remapped = {"id", "patient_id"} | {c for (tt, c) in ref_of if tt == t}
        unique = set()  # columns to re-make: a single-column key, or a key's last column when none is remapped
        for (key,) in q("""SELECT array_agg(a.attname ORDER BY a.attnum) FROM pg_index i JOIN pg_attribute a
                             ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                            WHERE i.indrelid = %s::regclass AND i.indisunique GROUP BY i.indexrelid""", t):
            if len(key) == 1 or not set(key) & remapped:
                unique.add(key[-1])
        excl = q("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass "
                 "AND contype = 'x'", t)
        step = HISTORY_STEP
        if excl:  # copies must not overlap the originals on a staff member's, a room's or a bed's time
            spans = [q(f"SELECT extract(day FROM max({c}) - min({c}))::int FROM {t}")[0][0] or 0
                     for c, typ, _ in cols if typ == "timestamp with time zone"]
            step = max([step, *(d + 1 for d in spans)])
        shift = f"interval '{step} days'"
        exprs, where = [], "true"
        for name, typ, default in cols:
            if (t, name) in _REMADE:
                e = _REMADE[t, name].format(off=offset[t], shift=shift)
            elif name == "id":
                e = f"id + k * {offset[t]}"
            elif (t, name) in ref_of:
                e = f"{name} + k * {offset[ref_of[t, name]]}"
            elif name == "patient_id" and "registry.patient" in offset:
                e = f"{name} + k * {offset['registry.patient']}"
            elif name in unique and typ in ("bigint", "integer"):
                e = f"{name} + k * {offset[t]}"
            elif name in unique and default is not None and "nextval" not in default:
                e = default
            elif name in unique and typ == "uuid":
                e = "gen_random_uuid()"
            elif name in unique and typ == "text":
                e = f"{name} || '-' || k"
            elif typ == "timestamp with time zone":
                e = f"{name} - k * {shift}"
            elif typ == "date" and name != "birth_date":
                e = f"({name} - k * {shift})::date"
            elif typ == "tstzrange":
                e = f"tstzrange(lower({name}) - k * {shift}, upper({name}) - k * {shift})"
            else:
                e = name
            exprs.append(e)
        if t == "adt.admission":
            where = "discharged_at IS NOT NULL"
        if t == "adt.bed_occupancy":
            where = "ended_at IS NOT NULL"
        conn.execute(f"INSERT INTO {t} ({', '.join(c[0] for c in cols)}) OVERRIDING SYSTEM VALUE "
                     f"SELECT {', '.join(exprs)} FROM {t}, generate_series(1, {copies}) AS k "
                     f"WHERE id <= {offset[t]} AND id % {m} = k % {m} AND {where}")
        seq = q("SELECT pg_get_serial_sequence(%s, 'id')", t)[0][0]
        if seq:
            conn.execute("SELECT setval(%s, (SELECT max(id) FROM " + t + "))", (seq,))
    if once_seen:  # patients seen once, long ago, with no record left here: most of a registry after years
        p = offset["registry.patient"]
        rows = q("SELECT max(id) FROM registry.patient")[0][0]
        conn.execute(f"""INSERT INTO registry.patient (id, given_name, family_name, birth_date, sex, phone, address,
                                                       postal_code, created_at, created_by) OVERRIDING SYSTEM VALUE
                         SELECT {rows} + (k - 1) * {p} + id, given_name, family_name, birth_date, sex, phone, address,
                                postal_code, created_at - k * interval '{HISTORY_STEP} days', created_by
                           FROM registry.patient, generate_series(1, {-(-once_seen // p)}) AS k
                          WHERE id <= {p} AND merged_into_id IS NULL AND identity_status = 'identified'""")
        conn.execute("SELECT setval(pg_get_serial_sequence('registry.patient', 'id'), "
                     "(SELECT max(id) FROM registry.patient))")
    conn.execute("SET LOCAL session_replication_role = origin")
    return {t: q(f"SELECT count(*) FROM {t}")[0][0] for t in sorted(copied)}
