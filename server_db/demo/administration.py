"""Demo data: what the administrator and the auditor look at.

- Registration dates: the demo loads every patient at once, so their created_at would all be "now" and the
  registrations chart one spike. The new patients' registration instants are spread over the last 90 days
  in one UPDATE with row triggers off (a demo time shift, not a correction); only up to BACKDATE_LIMIT patients.
- Chart openings (audit.access) by the demo clinicians for their own encounters' patients, with purposes.
- A few break-glass grants (a demo doctor opening a random patient's chart, with a reason), each with
  its access-log row; the older ones reviewed by auditor1 (audit.review), the recent ones awaiting review.
- The dashboard views are refreshed at the end so the dashboards show the demo at once.
Volumes are bounded (hundreds of rows whatever the number of patients)."""
from __future__ import annotations

import random

import psycopg

BREAK_GLASS_REASONS = [
    "unconscious patient brought to ER, need allergies and medication",
    "covering the ward at night, patient deteriorating",
    "cardiac arrest call, need history and recent ECG results",
    "patient transferred from another hospital, urgent review",
    "phone call from GP about an abnormal result, patient not on my list",
]
# Rewriting every row is not cheap at scale (a million patients: minutes, every index touched): bigger loads keep
# their load date, which the registrations chart then shows as one bulk day.
BACKDATE_LIMIT = 50_000
PURPOSES = ["consultation", "clinic: review before the appointment", "ward round", "results review",
            "discharge letter", "medication review"]
REVIEW_COMMENTS = {
    "justified": "Emergency confirmed in the ER log; access limited to the episode.",
    "follow_up": "Access lasted beyond the emergency; asked the clinician's head of department for a statement.",
}


def load_administration(conn: psycopg.Connection, start_id: int, seed: int, summary) -> None:  # noqa: ANN001
    """Add this domain's demo rows for the patients after start_id (through the normal triggers)."""
    rng = random.Random(seed * 7919 + 9)
    if summary.patients <= BACKDATE_LIMIT:
        conn.execute("SET LOCAL session_replication_role = replica")
        conn.execute(
            "UPDATE registry.patient SET created_at = now() - make_interval(days => (90 * power(random(), 1.3))::int, "
            "       hours => (random() * 9)::int, mins => (random() * 60)::int) WHERE id > %s", (start_id,))
        conn.execute("SET LOCAL session_replication_role = origin")
    staff = dict(conn.execute("SELECT username, id FROM core.staff").fetchall())
    doctors = [u for u in ("doctor1", "doctor2", "doctor3", "doctor4") if u in staff]
    auditor = staff.get("auditor1")
    if not doctors:
        return
    # Chart openings of the clinicians' own encounters.
    n_access = max(20, min(1500, summary.patients // 3))
    rows = conn.execute(
        "SELECT e.patient_id, s.username, s.id, e.started_at FROM clinical.encounter e "
        "  JOIN core.staff s ON s.id = e.clinician_id WHERE e.patient_id > %s ORDER BY e.id LIMIT %s",
        (start_id, n_access)).fetchall()
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO audit.access (accessed_at, actor, staff_id, patient_id, purpose, workstation) "
            "VALUES (%s + make_interval(mins => %s), %s, %s, %s, %s, %s)",
            [(started, rng.randint(0, 30), username, sid, pid, rng.choice(PURPOSES), f"hd:clinic-pc-{rng.randint(1, 9)}")
             for pid, username, sid, started in rows])
    # Break-glass grants to patients outside the doctor's departments.
    n_grants = max(4, min(40, summary.patients // 150))
    patients = [r[0] for r in conn.execute(
        "SELECT id FROM registry.patient WHERE id > %s AND merged_into_id IS NULL ORDER BY random() LIMIT %s",
        (start_id, n_grants)).fetchall()]
    hours = conn.execute("SELECT coalesce((SELECT (value #>> '{}')::numeric FROM core.setting "
                         "WHERE key = 'break_glass_hours'), 4)").fetchone()[0]
    for i, pid in enumerate(patients):
        doctor = rng.choice(doctors)
        days_ago = rng.randint(0, 29) if i % 3 else rng.randint(0, 3)
        reason = rng.choice(BREAK_GLASS_REASONS)
        grant_id, granted = conn.execute(
            "INSERT INTO core.break_glass_grant (staff_id, patient_id, reason, granted_at, expires_at) "
            "VALUES (%s, %s, %s, now() - make_interval(days => %s, hours => %s), "
            "        now() - make_interval(days => %s, hours => %s) + make_interval(secs => %s * 3600)) "
            "RETURNING id, granted_at",
            (staff[doctor], pid, reason, days_ago, rng.randint(0, 12), days_ago, 0, hours)).fetchone()
        conn.execute("INSERT INTO audit.access (accessed_at, actor, staff_id, patient_id, purpose, via_break_glass, "
                     "workstation) VALUES (%s, %s, %s, %s, %s, true, 'hd:er-pc-2')",
                     (granted, doctor, staff[doctor], pid, "break-glass: " + reason))
        if auditor and days_ago > 7:
            outcome = "justified" if rng.random() < 0.8 else "follow_up"
            conn.execute("INSERT INTO audit.review (subject_kind, subject_id, outcome, comment, reviewer, reviewer_id, "
                         "reviewed_at) VALUES ('break_glass', %s, %s, %s, 'auditor1', %s, %s + interval '2 days')",
                         (grant_id, outcome, REVIEW_COMMENTS[outcome], auditor, granted))
    conn.execute("REFRESH MATERIALIZED VIEW dashboard.registrations_daily")
    conn.execute("REFRESH MATERIALIZED VIEW dashboard.outpatient_daily")
    conn.execute("REFRESH MATERIALIZED VIEW dashboard.revenue_daily")
