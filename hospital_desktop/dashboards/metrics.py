"""Dashboard metrics (no widgets here): each metric is one query function and one chart spec, listed per role.

To add a metric, write `def my_metric(session) -> ChartData` and append a `Metric(...)` to the role's list in
DASHBOARDS. The texts of a chart (legends, category labels, the line under it) are translated here, on the worker
that runs the query (QCoreApplication.translate is thread-safe), and its numbers, amounts and dates go through
i18n.formats in the user's locale; its title is translated when the chart is built.

Hospital-wide aggregates read the materialized views of schema `dashboard` (daily figures per
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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale
from sqlalchemy import text
from sqlalchemy.orm import Session

from .. import i18n
from ..i18n.formats import date_format, datetime_text, money_text, number_text

DAYS = 30
BREAK_GLASS_DAYS = 14
# Labels of the codes the charts show, marked for lupdate and translated where a chart is made.
STATUS_LABELS = {"booked": QT_TRANSLATE_NOOP("Metrics", "Booked"),
                 "checked_in": QT_TRANSLATE_NOOP("Metrics", "Waiting"),
                 "in_consultation": QT_TRANSLATE_NOOP("Metrics", "In consultation"),
                 "completed": QT_TRANSLATE_NOOP("Metrics", "Seen"),
                 "no_show": QT_TRANSLATE_NOOP("Metrics", "No-show"),
                 "cancelled": QT_TRANSLATE_NOOP("Metrics", "Cancelled")}
PRIORITY_LABELS = {"stat": QT_TRANSLATE_NOOP("Metrics", "Stat"),
                   "urgent": QT_TRANSLATE_NOOP("Metrics", "Urgent"),
                   "routine": QT_TRANSLATE_NOOP("Metrics", "Routine")}
NOTIFICATION_KINDS = {"lab_result": QT_TRANSLATE_NOOP("Metrics", "lab result"),
                      "lab_critical": QT_TRANSLATE_NOOP("Metrics", "critical lab result"),
                      "lab_correction": QT_TRANSLATE_NOOP("Metrics", "corrected lab result"),
                      "lab_critical_escalated": QT_TRANSLATE_NOOP("Metrics", "escalated critical result"),
                      "pharmacy_stat": QT_TRANSLATE_NOOP("Metrics", "stat prescription")}
STAFF_ACTIONS = {"create": QT_TRANSLATE_NOOP("Metrics", "account created"),
                 "roles": QT_TRANSLATE_NOOP("Metrics", "roles"),
                 "departments": QT_TRANSLATE_NOOP("Metrics", "departments"),
                 "name": QT_TRANSLATE_NOOP("Metrics", "name"),
                 "deactivate": QT_TRANSLATE_NOOP("Metrics", "deactivated"),
                 "reactivate": QT_TRANSLATE_NOOP("Metrics", "reactivated"),
                 "reset_password": QT_TRANSLATE_NOOP("Metrics", "password reset"),
                 "password_changed": QT_TRANSLATE_NOOP("Metrics", "password changed"),
                 "lock": QT_TRANSLATE_NOOP("Metrics", "locked"),
                 "unlock": QT_TRANSLATE_NOOP("Metrics", "unlocked"),
                 "second_factor_enrolled": QT_TRANSLATE_NOOP("Metrics", "second factor enrolled"),
                 "second_factor_removed": QT_TRANSLATE_NOOP("Metrics", "second factor removed")}


class Metrics(i18n.Context):
    """The charts' texts (context "Metrics"): Metrics.tr("Text"), and for a count Metrics.tr("%n visit(s)", None, n)."""


def _tr(source: str) -> str:
    """A label of one of the tables above (marked with QT_TRANSLATE_NOOP) in the user's language."""
    return Metrics.tr(source)


def _label(table: dict[str, str], code: str) -> str:
    return _tr(table[code]) if code in table else code.replace("_", " ")


_SEPARATORS = " ./-,\u200e\u200f"  # and the direction marks of a right-to-left locale's date format


def _day_month(day: date) -> str:
    """A short day and month in the locale's order, for a bar's label ("01/12", "1/12", "12-01")."""
    fmt = date_format()
    for year in ("yyyy", "yy"):
        if year in fmt:
            head, tail = fmt.split(year, 1)
            fmt = head.rstrip(_SEPARATORS) if head.strip(_SEPARATORS) else tail.lstrip(_SEPARATORS)
            break
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


@dataclass
class ChartData:
    x: list[Any]
    series: dict[str, list[float]]
    note: str = ""            # one line under the chart (totals, freshness)
    refreshed_at: Any = None  # when the underlying materialized view was refreshed, if any


@dataclass
class Metric:
    key: str
    title: Callable[[], str]  # the chart's title in the user's language
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
    return ChartData(x, {Metrics.tr("New patients"): values},
                     Metrics.tr("%n new patient(s) in {days} days", None, int(sum(values))).format(
                         days=number_text(DAYS)),
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
    return ChartData(x, {Metrics.tr("Average wait (min)"): avg,
                         Metrics.tr("Slowest clinic's 90th percentile (min)"): [p90[d] for d in x]},
                     Metrics.tr("check-in to call: {minutes} min on average over %n visit(s)", None,
                               waits).format(minutes=number_text(round(overall))),
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
    return ChartData(codes, {Metrics.tr("No-show rate (%)"): rate},
                     Metrics.tr("{rate} % of %n finished appointment(s) in {days} days", None,
                               all_seen + all_missed).format(rate=number_text(overall, 1), days=number_text(DAYS)),
                     max((r.refreshed_at for r in rows), default=None))


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
    series = {Metrics.tr("Charged ({currency})").format(currency=cur):
              [amounts.get((c, cur), 0.0) for c in codes] for cur in currencies}
    # one total per currency (amounts in different currencies are not added up)
    totals = " + ".join(money_text(sum(float(r.amount) for r in rows if r.currency == cur), cur) for cur in currencies)
    return ChartData(codes, series,
                     Metrics.tr("{amount} charged in {days} days (void excluded)").format(
                         amount=totals, days=number_text(DAYS)),
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
    return ChartData(x, {Metrics.tr("Charged"): values},
                     Metrics.tr("busiest day {amount}; days without clinics show 0").format(
                         amount=number_text(busiest, 2)),
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
    return ChartData([_tr(STATUS_LABELS[s]) for s in order],
                     {Metrics.tr("Patients"): [counts.get(s, 0.0) for s in order]},
                     Metrics.tr("%n patient(s) on my list today", None, int(sum(counts.values()))))


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
    return ChartData(codes, {_tr(STATUS_LABELS[s]): [counts.get((c, s), 0.0) for c in codes] for s in order},
                     Metrics.tr("appointments today in my departments"))


def my_open_notifications(session: Session) -> ChartData:
    rows = session.execute(text(
        "SELECT kind, count(*) AS n FROM notify.notification "
        " WHERE recipient_id = (SELECT core.current_staff_id()) AND acknowledged_at IS NULL GROUP BY kind ORDER BY kind")).all()
    return ChartData([_label(NOTIFICATION_KINDS, r.kind) for r in rows],
                     {Metrics.tr("Open"): [float(r.n) for r in rows]},
                     Metrics.tr("%n unacknowledged notification(s)", None, sum(r.n for r in rows)))


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
    return ChartData([_day_month(d) for d in x],
                     {Metrics.tr("Reviewed"): [reviewed.get(d, 0.0) for d in x],
                      Metrics.tr("Awaiting review"): [pending.get(d, 0.0) for d in x]},
                     Metrics.tr("%n emergency access(es) awaiting review in total", None, unreviewed_all))


def flagged_staff_changes(session: Session) -> ChartData:
    rows = session.execute(text(
        "SELECT c.action, count(*) FILTER (WHERE r.id IS NULL) AS open, count(r.id) AS reviewed "
        "  FROM core.staff_change c "
        "  LEFT JOIN audit.review r ON r.subject_kind = 'staff_change' AND r.subject_id = c.id "
        " WHERE c.flagged GROUP BY c.action ORDER BY c.action")).all()
    return ChartData([_label(STAFF_ACTIONS, r.action) for r in rows],
                     {Metrics.tr("Reviewed"): [float(r.reviewed) for r in rows],
                      Metrics.tr("Awaiting review"): [float(r.open) for r in rows]},
                     Metrics.tr("self-grants, new access to patient data, one-time passwords"))


# -- departments (aggregate functions; counts only) --------------------------------------------------------
BED_STATES = (("occupied", QT_TRANSLATE_NOOP("Metrics", "Occupied")),
              ("reserved", QT_TRANSLATE_NOOP("Metrics", "Reserved")),
              ("cleaning", QT_TRANSLATE_NOOP("Metrics", "Cleaning")),
              ("out_of_service", QT_TRANSLATE_NOOP("Metrics", "Out of service")))


def bed_occupancy_by_ward(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.bed_occupancy()")).mappings().all()
    wards = [r["ward"] for r in rows]
    series = {_tr(label): [float(r[key]) for r in rows] for key, label in BED_STATES}
    series[Metrics.tr("Free")] = [
        float(r["beds"] - r["occupied"] - r["reserved"] - r["cleaning"] - r["out_of_service"]) for r in rows]
    beds, occupied = sum(r["beds"] for r in rows), sum(r["occupied"] for r in rows)
    rate = 100.0 * occupied / beds if beds else 0.0
    return ChartData(wards, series, Metrics.tr("{occupied} of %n bed(s) occupied ({rate} %)", None,
                                              beds).format(occupied=number_text(occupied),
                                                           rate=number_text(round(rate))))


def length_of_stay_by_ward(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.length_of_stay(:d)"), {"d": DAYS}).all()
    discharges = sum(r.discharges for r in rows)
    return ChartData([r.ward for r in rows],
                     {Metrics.tr("Average stay (days)"): [float(r.avg_days) for r in rows],
                      Metrics.tr("Longest stay (days)"): [float(r.max_days) for r in rows]},
                     Metrics.tr("%n discharge(s) in {days} days", None, discharges).format(
                         days=number_text(DAYS)))


def lab_turnaround_by_test(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.lab_turnaround(:d)"), {"d": DAYS}).all()
    volume: dict[str, int] = defaultdict(int)
    for r in rows:
        volume[r.test] += r.released
    tests = sorted(sorted(volume, key=lambda t: -volume[t])[:8])  # the busiest tests stay readable
    median = {(r.test, r.priority): float(r.median_minutes) for r in rows}
    released = sum(r.released for r in rows)
    return ChartData(tests, {Metrics.tr("{priority} (median min)").format(priority=_tr(PRIORITY_LABELS[p])):
                             [median.get((t, p), 0.0) for t in tests] for p in ("stat", "urgent", "routine")},
                     Metrics.tr("order to release; the 8 busiest tests; %n result(s) released in {days} "
                                          "days", None, released).format(days=number_text(DAYS)))


LAB_STEPS = (("ordered", QT_TRANSLATE_NOOP("Metrics", "To collect")),
             ("collected", QT_TRANSLATE_NOOP("Metrics", "To receive")),
             ("received", QT_TRANSLATE_NOOP("Metrics", "To result")),
             ("resulted", QT_TRANSLATE_NOOP("Metrics", "To verify")),
             ("verified", QT_TRANSLATE_NOOP("Metrics", "To release")))


def lab_open_work(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.lab_open_work()")).all()
    counts = {(r.status, r.priority): float(r.orders) for r in rows}
    return ChartData([_tr(label) for _, label in LAB_STEPS],
                     {_tr(PRIORITY_LABELS[p]): [counts.get((s, p), 0.0) for s, _ in LAB_STEPS]
                      for p in ("stat", "urgent", "routine")},
                     Metrics.tr("%n order(s) not yet released", None, int(sum(counts.values()))))


def stock_alerts(session: Session) -> ChartData:
    rows = session.execute(text("SELECT * FROM dashboard.stock_alerts(90) LIMIT 8")).all()
    out = sum(1 for r in rows if r.on_hand == 0)
    return ChartData([r.drug if len(r.drug) <= 16 else r.drug[:15] + "…" for r in rows],
                     {Metrics.tr("On hand"): [float(r.on_hand) for r in rows],
                      Metrics.tr("Reorder level"): [float(r.reorder_level) for r in rows],
                      Metrics.tr("Expiring in %n days", None, 90): [float(r.expiring) for r in rows],
                      Metrics.tr("Expired"): [float(r.expired) for r in rows]},
                     Metrics.tr("%n drug(s) out of stock; the first 8 low or expiring drugs", None, out))


def my_inpatients(session: Session) -> ChartData:
    rows = session.execute(text(
        "SELECT d.code, count(*) AS n FROM adt.admission a JOIN core.department d ON d.id = a.ward_id "
        " WHERE a.discharged_at IS NULL AND a.attending_id = (SELECT core.current_staff_id()) GROUP BY d.code "
        " ORDER BY d.code")).all()
    return ChartData([r.code for r in rows], {Metrics.tr("Patients"): [float(r.n) for r in rows]},
                     Metrics.tr("%n admitted patient(s) under my care", None, sum(r.n for r in rows)))


def duplicate_pairs(session: Session) -> ChartData:
    """The duplicate worklist (issue 16): pairs the registry scan found and what reviewers decided."""
    from ..core.clock import local
    from ..registry.queries import duplicate_counts
    counts = duplicate_counts(session)
    last = session.execute(text("SELECT max(finished_at) FROM registry.duplicate_scan")).scalar_one()
    labels = (("found", QT_TRANSLATE_NOOP("Metrics", "Found")), ("decided", QT_TRANSLATE_NOOP("Metrics", "Decided")),
              ("merged", QT_TRANSLATE_NOOP("Metrics", "Merged")),
              ("distinct", QT_TRANSLATE_NOOP("Metrics", "Not the same")),
              ("waiting", QT_TRANSLATE_NOOP("Metrics", "Waiting")))
    waiting = counts["waiting"]
    note = (Metrics.tr("%n pair(s) waiting for review; last scan {when}", None, waiting).format(
                when=datetime_text(local(last))) if last else
            Metrics.tr("%n pair(s) waiting for review; no scan yet (hms-admin find-duplicates)", None,
                      waiting))
    return ChartData([_tr(label) for _, label in labels],
                     {Metrics.tr("Pairs"): [float(counts[k]) for k, _ in labels]}, note)


# Titles are functions: translated when a chart is built, in the language of the moment.
REGISTRATIONS = Metric("registrations", lambda: Metrics.tr("Registrations per day"), "line",
                       registrations_per_day)
WAITING = Metric("waiting", lambda: Metrics.tr("Outpatient waiting time (check-in to call)"), "line",
                 waiting_time_per_day)
NO_SHOWS = Metric("no_shows", lambda: Metrics.tr("No-show rate by department, last %n days", None, DAYS),
                  "bar", no_show_rate_by_department)
REVENUE = Metric("revenue", lambda: Metrics.tr("Revenue by department, last %n days", None, DAYS), "bar",
                 revenue_by_department)
REVENUE_DAILY = Metric("revenue_daily", lambda: Metrics.tr("Charges per day"), "line", revenue_per_day)
MY_PATIENTS = Metric("my_patients", lambda: Metrics.tr("My patients today"), "bar", my_patients_today)
MY_NOTIFICATIONS = Metric("my_notifications", lambda: Metrics.tr("My open notifications"), "bar",
                          my_open_notifications)
MY_DEPARTMENTS = Metric("my_departments", lambda: Metrics.tr("Today in my departments"), "bar",
                        my_departments_today, stacked=True)
BREAK_GLASS = Metric("break_glass", lambda: Metrics.tr("Emergency (break-glass) accesses, last %n days",
                                                      None, BREAK_GLASS_DAYS),
                     "bar", break_glass_per_day, stacked=True)
FLAGGED = Metric("flagged", lambda: Metrics.tr("Flagged staff changes"), "bar", flagged_staff_changes,
                 stacked=True)
BEDS = Metric("beds", lambda: Metrics.tr("Bed occupancy by ward, now"), "bar", bed_occupancy_by_ward,
              stacked=True)
LENGTH_OF_STAY = Metric("length_of_stay", lambda: Metrics.tr(
    "Length of stay by ward, discharges of the last %n days", None, DAYS), "bar", length_of_stay_by_ward)
LAB_TURNAROUND = Metric("lab_turnaround", lambda: Metrics.tr(
    "Lab turnaround by test and priority, last %n days", None, DAYS), "bar", lab_turnaround_by_test)
LAB_OPEN = Metric("lab_open", lambda: Metrics.tr("Lab work not yet released"), "bar", lab_open_work,
                  stacked=True)
STOCK = Metric("stock", lambda: Metrics.tr("Stock-outs, low stock and near-expiry"), "bar", stock_alerts)
DUPLICATES = Metric("duplicates", lambda: Metrics.tr("Duplicate records (registry scan)"), "bar",
                    duplicate_pairs)
MY_INPATIENTS = Metric("my_inpatients", lambda: Metrics.tr("My admitted patients"), "bar", my_inpatients)

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
