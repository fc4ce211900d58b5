"""Dashboard metrics (no Qt here): each metric is one query function and one chart spec, listed per role.

To add a metric, write `def my_metric(session) -> ChartData` and append a `Metric(...)` to the role's list in
DASHBOARDS. Hospital-wide aggregates read the materialized views of schema `dashboard` (daily figures per
department, refreshed concurrently by `dashboard.refresh()`); personal figures (a doctor's patients today, open
notifications) read the base tables, so row-level security decides what each person sees. Every query here is
a plain read, so the dashboards can run on a read-only replica.

The departments' figures (bed occupancy, length of stay, lab turnaround and open work, stock alerts) come from
SECURITY DEFINER functions of schema `dashboard` (sql/dashboard/) that return counts only and
check the caller's groups, since an administrator may not read admissions or lab orders row by row."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

DAYS = 30
BREAK_GLASS_DAYS = 14
STATUS_LABELS = {"booked": "Booked", "checked_in": "Waiting", "in_consultation": "In consultation",
                 "completed": "Seen", "no_show": "No-show", "cancelled": "Cancelled"}


@dataclass
class ChartData:
    x: list[Any]
    series: dict[str, list[float]]
    note: str = ""            # one line under the chart (totals, freshness)
    refreshed_at: Any = None  # when the underlying materialized view was refreshed, if any


@dataclass
class Metric:
    key: str
    title: str
    kind: str                 # "bar" | "line"
    query: Callable[[Session], ChartData]
    stacked: bool = False
    groups: tuple[str, ...] = field(default=())


def _since(session: Session, days: int = DAYS) -> date:
    return session.execute(text("SELECT scheduling.local_day(now()) - CAST(:d AS integer) + 1"),
                           {"d": days}).scalar_one()


def _days(start: date, days: int = DAYS) -> list[date]:
    return [start + timedelta(days=i) for i in range(days)]


# -- hospital-wide (materialized views) -------------------------------------------------------------------
def registrations_per_day(session: Session) -> ChartData:
    start = _since(session)
    rows = session.execute(text("SELECT day, registrations, refreshed_at FROM dashboard.registrations_daily "
                                "WHERE day >= :s ORDER BY day"), {"s": start}).all()
    by_day = {r.day: float(r.registrations) for r in rows}
    x = _days(start)
    values = [by_day.get(d, 0.0) for d in x]
    return ChartData(x, {"New patients": values}, f"{int(sum(values)):,} in {DAYS} days",
                     max((r.refreshed_at for r in rows), default=None))


def _outpatient(session: Session) -> tuple[date, list[Any]]:
    start = _since(session)
    rows = session.execute(text(
        "SELECT o.day, d.code, o.booked, o.completed, o.no_shows, o.waits, o.avg_wait_minutes, o.p90_wait_minutes, "
        "       o.refreshed_at "
        "  FROM dashboard.outpatient_daily o JOIN core.department d ON d.id = o.department_id "
        " WHERE o.day BETWEEN :s AND scheduling.local_day(now()) ORDER BY o.day, d.code"), {"s": start}).all()
    return start, rows


def waiting_time_per_day(session: Session) -> ChartData:
    start, rows = _outpatient(session)
    total: dict[date, float] = defaultdict(float)
    count: dict[date, int] = defaultdict(int)
    p90: dict[date, float] = defaultdict(float)
    for r in rows:
        if r.waits and r.avg_wait_minutes is not None:
            total[r.day] += r.avg_wait_minutes * r.waits
            count[r.day] += r.waits
            p90[r.day] = max(p90[r.day], r.p90_wait_minutes or 0.0)
    x = [d for d in _days(start) if count[d]]  # days without clinics are left out, not shown as 0 minutes
    avg = [round(total[d] / count[d], 1) for d in x]
    waits = sum(count.values())
    overall = sum(total.values()) / waits if waits else 0.0
    return ChartData(x, {"Average wait (min)": avg, "Slowest clinic's 90th percentile (min)": [p90[d] for d in x]},
                     f"check-in to call: {overall:.0f} min on average over {waits:,} visits",
                     max((r.refreshed_at for r in rows), default=None))


def no_show_rate_by_department(session: Session) -> ChartData:
    _, rows = _outpatient(session)
    seen: dict[str, int] = defaultdict(int)
    missed: dict[str, int] = defaultdict(int)
    for r in rows:
        seen[r.code] += r.completed
        missed[r.code] += r.no_shows
    codes = sorted(set(seen) | set(missed))
    rate = [round(100.0 * missed[c] / (seen[c] + missed[c]), 1) if seen[c] + missed[c] else 0.0 for c in codes]
    all_seen, all_missed = sum(seen.values()), sum(missed.values())
    overall = 100.0 * all_missed / (all_seen + all_missed) if all_seen + all_missed else 0.0
    return ChartData(codes, {"No-show rate (%)": rate}, f"{overall:.1f} % of {all_seen + all_missed:,} "
                     f"finished appointments in {DAYS} days", max((r.refreshed_at for r in rows), default=None))


def revenue_by_department(session: Session) -> ChartData:
    start = _since(session)
    rows = session.execute(text(
        "SELECT coalesce(d.code, 'OTHER') AS code, r.currency, sum(r.amount) AS amount, sum(r.charges) AS charges, "
        "       max(r.refreshed_at) AS refreshed_at "
        "  FROM dashboard.revenue_daily r LEFT JOIN core.department d ON d.id = r.department_id "
        " WHERE r.day >= :s GROUP BY 1, 2 ORDER BY 1, 2"), {"s": start}).all()
    currencies = sorted({r.currency for r in rows}) or ["GBP"]
    codes = sorted({r.code for r in rows})
    amounts = {(r.code, r.currency): float(r.amount) for r in rows}
    series = {f"Charged ({cur})": [amounts.get((c, cur), 0.0) for c in codes] for cur in currencies}
    total = sum(float(r.amount) for r in rows)
    return ChartData(codes, series, f"{total:,.2f} {'/'.join(currencies)} charged in {DAYS} days (void excluded)",
                     max((r.refreshed_at for r in rows), default=None))


def revenue_per_day(session: Session) -> ChartData:
    start = _since(session)
    rows = session.execute(text(
        "SELECT day, sum(amount) AS amount, max(refreshed_at) AS refreshed_at FROM dashboard.revenue_daily "
        " WHERE day >= :s GROUP BY day ORDER BY day"), {"s": start}).all()
    by_day = {r.day: float(r.amount) for r in rows}
    x = _days(start)
    values = [by_day.get(d, 0.0) for d in x]
    busiest = max(values, default=0.0)
    return ChartData(x, {"Charged": values}, f"busiest day {busiest:,.2f}; days without clinics show 0",
                     max((r.refreshed_at for r in rows), default=None))


# -- personal (base tables under row-level security) ------------------------------------------------------
def my_patients_today(session: Session) -> ChartData:
    rows = session.execute(text(
        "SELECT a.status, count(*) AS n FROM scheduling.appointment a "
        " WHERE a.provider_id = (SELECT core.current_staff_id()) "
        "   AND a.starts_at >= (SELECT scheduling.day_start(scheduling.local_day(now())) - interval '12 hours') "
        "   AND a.starts_at < (SELECT scheduling.day_start(scheduling.local_day(now()) + 1)) "
        "   AND a.period && (SELECT tstzrange(scheduling.day_start(scheduling.local_day(now())), "
        "                                     scheduling.day_start(scheduling.local_day(now()) + 1))) "
        "   AND a.status <> 'cancelled' GROUP BY a.status")).all()
    counts = {r.status: float(r.n) for r in rows}
    order = ["booked", "checked_in", "in_consultation", "completed", "no_show"]
    return ChartData([STATUS_LABELS[s] for s in order], {"Patients": [counts.get(s, 0.0) for s in order]},
                     f"{int(sum(counts.values()))} patient(s) on my list today")


def my_departments_today(session: Session) -> ChartData:
    rows = session.execute(text(
        "SELECT d.code, a.status, count(*) AS n FROM scheduling.appointment a "
        "  JOIN core.department d ON d.id = a.department_id "
        " WHERE a.department_id = ANY ((SELECT core.my_department_ids())::bigint[]) "
        "   AND a.starts_at >= (SELECT scheduling.day_start(scheduling.local_day(now())) - interval '12 hours') "
        "   AND a.starts_at < (SELECT scheduling.day_start(scheduling.local_day(now()) + 1)) "
        "   AND a.period && (SELECT tstzrange(scheduling.day_start(scheduling.local_day(now())), "
        "                                     scheduling.day_start(scheduling.local_day(now()) + 1))) "
        "   AND a.status <> 'cancelled' GROUP BY 1, 2")).all()
    codes = sorted({r.code for r in rows})
    order = ["booked", "checked_in", "in_consultation", "completed", "no_show"]
    counts = {(r.code, r.status): float(r.n) for r in rows}
    return ChartData(codes, {STATUS_LABELS[s]: [counts.get((c, s), 0.0) for c in codes] for s in order},
                     "appointments today in my departments")


def my_open_notifications(session: Session) -> ChartData:
    rows = session.execute(text(
        "SELECT kind, count(*) AS n FROM notify.notification "
        " WHERE recipient_id = (SELECT core.current_staff_id()) AND acknowledged_at IS NULL GROUP BY kind ORDER BY kind")).all()
    return ChartData([r.kind.replace("_", " ") for r in rows], {"Open": [float(r.n) for r in rows]},
                     f"{sum(r.n for r in rows)} unacknowledged notification(s)")


# -- auditor ----------------------------------------------------------------------------------------------
def break_glass_per_day(session: Session) -> ChartData:
    start = _since(session, BREAK_GLASS_DAYS)
    rows = session.execute(text(
        "SELECT (g.granted_at AT TIME ZONE (SELECT scheduling.clinic_timezone()))::date AS day, count(*) FILTER (WHERE r.id IS NOT NULL) AS reviewed, "
        "       count(*) FILTER (WHERE r.id IS NULL) AS open "
        "  FROM core.break_glass_grant g "
        "  LEFT JOIN audit.review r ON r.subject_kind = 'break_glass' AND r.subject_id = g.id "
        " WHERE g.granted_at >= (SELECT scheduling.day_start(:s)) GROUP BY 1"), {"s": start}).all()
    x = _days(start, BREAK_GLASS_DAYS)
    reviewed = {r.day: float(r.reviewed) for r in rows}
    pending = {r.day: float(r.open) for r in rows}
    unreviewed_all = session.execute(text(
        "SELECT count(*) FROM core.break_glass_grant g WHERE NOT EXISTS (SELECT 1 FROM audit.review r "
        " WHERE r.subject_kind = 'break_glass' AND r.subject_id = g.id)")).scalar_one()
    return ChartData([d.strftime("%d.%m") for d in x],
                     {"Reviewed": [reviewed.get(d, 0.0) for d in x], "Awaiting review": [pending.get(d, 0.0) for d in x]},
                     f"{unreviewed_all} emergency access(es) awaiting review in total")


def flagged_staff_changes(session: Session) -> ChartData:
    rows = session.execute(text(
        "SELECT c.action, count(*) FILTER (WHERE r.id IS NULL) AS open, count(r.id) AS reviewed "
        "  FROM core.staff_change c "
        "  LEFT JOIN audit.review r ON r.subject_kind = 'staff_change' AND r.subject_id = c.id "
        " WHERE c.flagged GROUP BY c.action ORDER BY c.action")).all()
    return ChartData([r.action.replace("_", " ") for r in rows],
                     {"Reviewed": [float(r.reviewed) for r in rows], "Awaiting review": [float(r.open) for r in rows]},
                     "self-grants, new access to patient data, one-time passwords")


# -- departments (aggregate functions; counts only) --------------------------------------------------------
BED_STATES = (("occupied", "Occupied"), ("reserved", "Reserved"), ("cleaning", "Cleaning"),
              ("out_of_service", "Out of service"))


def bed_occupancy_by_ward(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.bed_occupancy()")).mappings().all()
    wards = [r["ward"] for r in rows]
    series = {label: [float(r[key]) for r in rows] for key, label in BED_STATES}
    series["Free"] = [float(r["beds"] - r["occupied"] - r["reserved"] - r["cleaning"] - r["out_of_service"])
                      for r in rows]
    beds, occupied = sum(r["beds"] for r in rows), sum(r["occupied"] for r in rows)
    rate = 100.0 * occupied / beds if beds else 0.0
    return ChartData(wards, series, f"{occupied} of {beds} beds occupied ({rate:.0f} %)")


def length_of_stay_by_ward(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.length_of_stay(:d)"), {"d": DAYS}).all()
    discharges = sum(r.discharges for r in rows)
    return ChartData([r.ward for r in rows], {"Average stay (days)": [float(r.avg_days) for r in rows],
                                              "Longest stay (days)": [float(r.max_days) for r in rows]},
                     f"{discharges} discharge(s) in {DAYS} days")


def lab_turnaround_by_test(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.lab_turnaround(:d)"), {"d": DAYS}).all()
    volume: dict[str, int] = defaultdict(int)
    for r in rows:
        volume[r.test] += r.released
    tests = sorted(sorted(volume, key=lambda t: -volume[t])[:8])  # the busiest tests stay readable
    median = {(r.test, r.priority): float(r.median_minutes) for r in rows}
    released = sum(r.released for r in rows)
    return ChartData(tests, {f"{p.capitalize()} (median min)": [median.get((t, p), 0.0) for t in tests]
                             for p in ("stat", "urgent", "routine")},
                     f"order to release; the 8 busiest tests; {released:,} results released in {DAYS} days")


LAB_STEPS = (("ordered", "To collect"), ("collected", "To receive"), ("received", "To result"),
             ("resulted", "To verify"), ("verified", "To release"))


def lab_open_work(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.lab_open_work()")).all()
    counts = {(r.status, r.priority): float(r.orders) for r in rows}
    return ChartData([label for _, label in LAB_STEPS],
                     {p.capitalize(): [counts.get((s, p), 0.0) for s, _ in LAB_STEPS] for p in ("stat", "urgent",
                                                                                                 "routine")},
                     f"{int(sum(counts.values()))} order(s) not yet released")


def stock_alerts(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.stock_alerts(90) LIMIT 8")).all()
    out = sum(1 for r in rows if r.on_hand == 0)
    return ChartData([r.drug if len(r.drug) <= 16 else r.drug[:15] + "…" for r in rows], {"On hand": [float(r.on_hand) for r in rows],
                                              "Reorder level": [float(r.reorder_level) for r in rows],
                                              "Expiring in 90 days": [float(r.expiring) for r in rows],
                                              "Expired": [float(r.expired) for r in rows]},
                     f"{out} drug(s) out of stock; the first 8 low or expiring drugs")


def my_inpatients(session: Session) -> ChartData:
    rows = session.execute(text(
        "SELECT d.code, count(*) AS n FROM adt.admission a JOIN core.department d ON d.id = a.ward_id "
        " WHERE a.discharged_at IS NULL AND a.attending_id = (SELECT core.current_staff_id()) GROUP BY d.code "
        " ORDER BY d.code")).all()
    return ChartData([r.code for r in rows], {"Patients": [float(r.n) for r in rows]},
                     f"{sum(r.n for r in rows)} admitted patient(s) under my care")


def duplicate_pairs(session: Session) -> ChartData:
    """The duplicate worklist (issue 16): pairs the registry scan found and what reviewers decided."""
    from ..core.clock import local
    from ..registry.queries import duplicate_counts
    counts = duplicate_counts(session)
    last = session.execute(text("SELECT max(finished_at) FROM registry.duplicate_scan")).scalar_one()
    labels = (("found", "Found"), ("decided", "Decided"), ("merged", "Merged"), ("distinct", "Not the same"),
              ("waiting", "Waiting"))
    return ChartData([label for _, label in labels], {"Pairs": [float(counts[k]) for k, _ in labels]},
                     f"{counts['waiting']} pair(s) waiting for review; "
                     + (f"last scan {local(last):%d.%m.%Y %H:%M}" if last else "no scan yet (hms-admin find-duplicates)"))


REGISTRATIONS = Metric("registrations", "Registrations per day", "line", registrations_per_day)
WAITING = Metric("waiting", "Outpatient waiting time (check-in to call)", "line", waiting_time_per_day)
NO_SHOWS = Metric("no_shows", f"No-show rate by department, last {DAYS} days", "bar", no_show_rate_by_department)
REVENUE = Metric("revenue", f"Revenue by department, last {DAYS} days", "bar", revenue_by_department)
REVENUE_DAILY = Metric("revenue_daily", "Charges per day", "line", revenue_per_day)
MY_PATIENTS = Metric("my_patients", "My patients today", "bar", my_patients_today)
MY_NOTIFICATIONS = Metric("my_notifications", "My open notifications", "bar", my_open_notifications)
MY_DEPARTMENTS = Metric("my_departments", "Today in my departments", "bar", my_departments_today, stacked=True)
BREAK_GLASS = Metric("break_glass", f"Emergency (break-glass) accesses, last {BREAK_GLASS_DAYS} days", "bar", break_glass_per_day,
                     stacked=True)
FLAGGED = Metric("flagged", "Flagged staff changes", "bar", flagged_staff_changes, stacked=True)
BEDS = Metric("beds", "Bed occupancy by ward, now", "bar", bed_occupancy_by_ward, stacked=True)
LENGTH_OF_STAY = Metric("length_of_stay", f"Length of stay by ward, discharges of the last {DAYS} days", "bar",
                        length_of_stay_by_ward)
LAB_TURNAROUND = Metric("lab_turnaround", f"Lab turnaround by test and priority, last {DAYS} days", "bar",
                        lab_turnaround_by_test)
LAB_OPEN = Metric("lab_open", "Lab work not yet released", "bar", lab_open_work, stacked=True)
STOCK = Metric("stock", "Stock-outs, low stock and near-expiry", "bar", stock_alerts)
DUPLICATES = Metric("duplicates", "Duplicate records (registry scan)", "bar", duplicate_pairs)
MY_INPATIENTS = Metric("my_inpatients", "My admitted patients", "bar", my_inpatients)

DASHBOARDS: dict[str, list[Metric]] = {
    "hms_admin": [REGISTRATIONS, WAITING, NO_SHOWS, REVENUE, BEDS, LENGTH_OF_STAY, LAB_TURNAROUND, STOCK,
                  DUPLICATES],
    "hms_reception": [REGISTRATIONS, WAITING, NO_SHOWS, BEDS],
    "hms_doctor": [MY_PATIENTS, MY_NOTIFICATIONS, MY_INPATIENTS, MY_DEPARTMENTS],
    "hms_nurse": [BEDS, MY_DEPARTMENTS, MY_NOTIFICATIONS],
    "hms_billing": [REVENUE, REVENUE_DAILY],
    "hms_auditor": [BREAK_GLASS, FLAGGED],
    "hms_pharmacist": [STOCK, MY_NOTIFICATIONS],
    "hms_lab": [LAB_OPEN, LAB_TURNAROUND, MY_NOTIFICATIONS],
}
# Which roles' dashboards read the materialized views (and so ask for a refresh).
USES_VIEWS = {"hms_admin", "hms_reception", "hms_billing"}


def has_dashboard(group: str) -> bool:
    return bool(DASHBOARDS.get(group))


def metrics_for(group: str) -> list[Metric]:
    return list(DASHBOARDS.get(group, []))


def refresh_views(session: Session) -> int:
    """Ask the database to refresh stale views (concurrently; a no-op on a replica or when fresh)."""
    return session.execute(text("SELECT dashboard.refresh()")).scalar_one()
