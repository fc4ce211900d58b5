"""Demo data: lab orders in every state (ordered, collected, received, resulted, verified, released, cancelled) with
their specimens, status history, results (flags computed by the database's trigger from the reference ranges),
charges (made by the database's lab.charge_test), and alerts: acknowledged for older releases, unacknowledged (a
few critical) for the latest visits, so each demo doctor opens on a banner of results to read.

Orders hang on the demo's past encounters (bounded: at most MAX_ORDERS, whatever the number of patients). Inserted
in later states directly (the superuser's data load, hms.demo_load), with the full status path written here."""
from __future__ import annotations

import random
from datetime import timedelta

import psycopg

MAX_ORDERS = 1200
RECENT = 140  # visits (latest first) whose orders are still open work or whose results are unread
UNREAD_PER_CLINICIAN = 3  # released results each doctor has not read yet, besides the critical one
PATH = ("ordered", "collected", "received", "resulted", "verified", "released")
# Final state of an order: weights.
STATES = [("ordered", 8), ("collected", 6), ("received", 6), ("resulted", 6), ("verified", 5), ("released", 62),
          ("cancelled", 7)]
STEP_MINUTES = {"stat": (3, 15), "urgent": (8, 35), "routine": (15, 90)}  # per lifecycle step
ORDERS = ["58410-2", "24362-6", "24325-3", "2823-3", "14749-6", "1988-5", "4548-4", "3016-3", "10839-9", "6301-6",
          "14647-2", "2524-7"]


def _value(rng: random.Random, low: float | None, high: float | None, crit_low: float | None,
           crit_high: float | None, decimals: int, critical_rate: float) -> str:
    """Mostly normal, some high or low, now and then critical."""
    lo = low if low is not None else 0.0
    hi = high if high is not None else lo * 2 + 1
    roll = rng.random()
    if roll < critical_rate and crit_high is not None:
        v = crit_high * rng.uniform(1.05, 1.3)
    elif roll < critical_rate * 1.6 and crit_low is not None and crit_low > 0:
        v = crit_low * rng.uniform(0.7, 0.95)
    elif roll < 0.15:
        v = hi * rng.uniform(1.05, 1.5)
    elif roll < 0.24 and lo > 0:
        v = lo * rng.uniform(0.75, 0.97)
    else:
        v = rng.uniform(lo + (hi - lo) * 0.1, hi - (hi - lo) * 0.1)
    return f"{v:.{decimals}f}"


def load_lab(conn: psycopg.Connection, start_id: int, seed: int, summary) -> None:  # noqa: ANN001
    rng = random.Random(seed * 31 + 5)
    encounters = conn.execute("""
        SELECT e.id, e.patient_id, e.department_id, e.clinician_id, e.started_at, p.sex, p.birth_date
          FROM clinical.encounter e JOIN registry.patient p ON p.id = e.patient_id
         WHERE e.patient_id > %s AND e.kind IN ('outpatient', 'emergency')
         ORDER BY e.started_at DESC LIMIT %s""", (start_id, MAX_ORDERS // 2)).fetchall()
    if not encounters:
        return
    staff = dict(conn.execute("SELECT username, id FROM core.staff WHERE username IN ('lab1', 'lab2', 'nurse1')"))
    tests = {r[0]: r[1:] for r in conn.execute("SELECT code, value_type, decimals, specimen_type, container "
                                               "FROM lab.test")}
    panels: dict[str, list[str]] = {}
    for panel, code in conn.execute("SELECT panel_code, test_code FROM lab.panel_test WHERE active "
                                    "ORDER BY panel_code, position"):
        panels.setdefault(panel, []).append(code)
    conn.execute("SET LOCAL hms.demo_load = 'on'")
    conn.execute("SET LOCAL hms.reason = 'hms-admin demo-data'")
    now = conn.execute("SELECT now()").fetchone()[0]
    states, weights = zip(*STATES, strict=True)
    orders = results = alerts = 0
    alarmed: set[int] = set()
    unread: dict[tuple[int, bool], int] = {}  # (clinician, critical) → results left unread (a doctor starts the day with a few, not dozens)
    for index, (enc_id, patient, dept, clinician, started, _sex, _birth) in enumerate(encounters):
        code = rng.choice(ORDERS)
        members = panels.get(code, [code])
        state = rng.choices(states, weights)[0]
        recent = index < RECENT  # the latest visits: open work for the lab, unread results for the doctors
        if not recent and state not in ("released", "cancelled"):
            state = "released"
        ordered_at = min(started + timedelta(minutes=10), now - timedelta(hours=4))
        requisition = conn.execute("SELECT 'RQ' || lpad(nextval('lab.requisition_seq')::text, 8, '0')").fetchone()[0]
        specimen = None
        steps = PATH[:PATH.index(state) + 1] if state != "cancelled" else ("ordered", "cancelled")
        priority = rng.choices(("routine", "urgent", "stat"), (80, 14, 6))[0]
        step_minutes = STEP_MINUTES[priority]
        elapsed, times = 0, {}
        for step in steps:  # each step takes its own while, shorter for urgent and stat work
            times[step] = ordered_at + timedelta(minutes=elapsed)
            elapsed += rng.randint(*step_minutes)
        if "collected" in steps:
            t = tests[members[0]]
            received = times.get("received")
            specimen = conn.execute("""
                INSERT INTO lab.specimen (accession_number, patient_id, specimen_type, container, collected_at,
                                          collected_by, scanned_mrn, received_at, received_by)
                SELECT 'S' || to_char(%s::timestamptz, 'YY') || lpad(nextval('lab.accession_seq')::text, 7, '0'),
                       p.id, %s, %s, %s, %s, p.mrn, %s, %s FROM registry.patient p WHERE p.id = %s RETURNING id""",
                (times["collected"], t[2], t[3], times["collected"], staff["nurse1"], received,
                 staff["lab1"] if received else None, patient)).fetchone()[0]
        for test_code in members:
            value_type, decimals = tests[test_code][0], tests[test_code][1]
            order_id = conn.execute("""
                INSERT INTO lab.lab_order (order_number, requisition_number, patient_id, encounter_id, department_id,
                                           ordering_clinician_id, test_code, panel_code, priority, clinical_info,
                                           status, specimen_id, ordered_at, status_changed_at, cancel_reason)
                VALUES ('LO' || lpad(nextval('lab.order_number_seq')::text, 8, '0'), %s, %s, %s, %s, %s, %s, %s, %s,
                        %s, %s, %s, %s, %s, %s) RETURNING id""",
                (requisition, patient, enc_id, dept, clinician, test_code, code if code in panels else None,
                 priority, "demo", state, specimen, ordered_at,
                 times[steps[-1]], "ordered twice by mistake" if state == "cancelled" else None)).fetchone()[0]
            orders += 1
            if state == "ordered":
                continue  # the insert trigger wrote its one history row
            for prev, step in zip((None,) + steps[:-1], steps, strict=True):
                conn.execute("INSERT INTO lab.order_status_history (lab_order_id, from_status, to_status, changed_by, "
                             "changed_at, note) VALUES (%s, %s, %s, %s, %s, %s)",
                             (order_id, prev, step, clinician if step == "ordered" else staff["lab1"], times[step],
                              "ordered twice by mistake" if step == "cancelled" else None))
            if "resulted" not in steps:
                continue
            if value_type == "numeric":
                rng_row = conn.execute("SELECT low, high, critical_low, critical_high FROM lab.range_for(%s, %s, %s)",
                                       (test_code, patient, started.date())).fetchone()
                low, high, crit_low, crit_high = (float(x) if x is not None else None for x in rng_row)
                if recent and state == "released" and crit_high is not None and clinician not in alarmed:
                    value = f"{crit_high * 1.1:.{decimals}f}"  # every demo doctor has a critical result to read
                    alarmed.add(clinician)
                else:
                    value = _value(rng, low, high, crit_low, crit_high, decimals, 0.08 if recent else 0.015)
            else:
                value = rng.choice(["No growth after 5 days", "Not detected", "Not detected", "Detected"])
            status = {"resulted": "entered", "verified": "verified", "released": "final"}[state]
            flag = conn.execute("""
                INSERT INTO lab.result (lab_order_id, loinc_code, value, status, entered_by, entered_at, verified_by,
                                        verified_at, released_at)
                VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING flag""",
                (order_id, test_code, value, status, staff["lab1"], times["resulted"],
                 staff["lab2"] if state in ("verified", "released") else None, times.get("verified"),
                 times.get("released"))).fetchone()[0]
            results += 1
            conn.execute("SELECT lab.charge_test(%s)", (order_id,))
            if state != "released":
                continue
            critical = bool(flag and flag.startswith("critical"))
            kind_key = (clinician, critical)  # at most one unread critical result and a few others each
            unread_now = recent and unread.get(kind_key, 0) < (1 if critical else UNREAD_PER_CLINICIAN)
            if unread_now:
                unread[kind_key] = unread.get(kind_key, 0) + 1
            acknowledged = None if unread_now else times["released"] + timedelta(minutes=rng.randint(3, 120))
            conn.execute("UPDATE lab.lab_order SET critical = %s, alert_acknowledged_at = %s WHERE id = %s",
                         (critical, acknowledged, order_id))
            conn.execute("""
                INSERT INTO notify.notification (recipient_id, kind, ref_id, patient_id, title, created_at,
                                                 acknowledged_at)
                SELECT %s, %s, o.id, o.patient_id, t.short_name || ' ' || r.value
                       || coalesce(' ' || nullif(r.unit, ''), '') || coalesce(' (' || replace(r.flag, '_', ' ') || ')',
                       ''), %s, %s
                  FROM lab.lab_order o JOIN lab.test t ON t.code = o.test_code
                  JOIN lab.result r ON r.lab_order_id = o.id AND r.status = 'final' WHERE o.id = %s""",
                (clinician, "lab_critical" if critical else "lab_result", times["released"], acknowledged, order_id))
            alerts += 1
    conn.execute("SET LOCAL hms.demo_load = 'off'")
    summary.lab_orders = orders
    summary.lab_results = results
    summary.lab_alerts = alerts
