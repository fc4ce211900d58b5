"""The departments' dashboard figures (sql/dashboard/) from the attacker's side: each aggregate
function answers the roles it is for with the same counts the base tables give (read here as the superuser), and
refuses everyone else — an administrator sees how full the wards are, never who lies in them."""
from __future__ import annotations

import psycopg
import pytest

pytestmark = pytest.mark.db

ALLOWED = {
    "dashboard.bed_occupancy()": {"admin1", "nurse1", "doctor1", "reception1"},
    "dashboard.length_of_stay(30)": {"admin1", "doctor1", "nurse1"},
    "dashboard.lab_turnaround(30)": {"admin1", "lab1"},
    "dashboard.lab_open_work()": {"admin1", "lab1"},
    "dashboard.stock_alerts(90)": {"admin1", "pharmacist1"},
}
LOGINS = ("reception1", "doctor1", "nurse1", "pharmacist1", "lab1", "billing1", "admin1", "auditor1")


@pytest.mark.parametrize("call", sorted(ALLOWED))
def test_each_figure_is_for_its_roles_only(connect_as, call):
    for login in LOGINS:
        with connect_as(login, autocommit=True) as conn:
            if login in ALLOWED[call]:
                conn.execute(f"SELECT * FROM {call}").fetchall()
            else:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(f"SELECT * FROM {call}")


def test_the_figures_agree_with_the_base_tables(connect_as, admin):
    with connect_as("admin1", autocommit=True) as conn:
        beds = {r[0]: r[1:] for r in conn.execute("SELECT ward, beds, occupied FROM dashboard.bed_occupancy()")}
        open_work = sum(r[0] for r in conn.execute("SELECT orders FROM dashboard.lab_open_work()"))
        released = sum(r[0] for r in conn.execute("SELECT released FROM dashboard.lab_turnaround(30)"))
        tat = conn.execute("SELECT median_minutes, p90_minutes FROM dashboard.lab_turnaround(30)").fetchall()
        out_of_stock = [r[0] for r in conn.execute("SELECT drug FROM dashboard.stock_alerts(90) WHERE on_hand = 0")]
        # ... and nothing identifies a patient: no admissions, no lab orders for the administrator
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM adt.admission")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM lab.lab_order")
    truth = {r[0]: r[1:] for r in admin.execute(
        "SELECT d.code, count(*), count(*) FILTER (WHERE b.state = 'occupied') FROM adt.bed b "
        "JOIN core.department d ON d.id = b.ward_id WHERE b.active GROUP BY d.code")}
    assert beds == truth and sum(b for b, _ in beds.values()) > 0
    occupied_now = admin.execute("SELECT count(*) FROM adt.admission WHERE discharged_at IS NULL").fetchone()[0]
    assert sum(o for _, o in beds.values()) == occupied_now
    assert open_work == admin.execute("SELECT count(*) FROM lab.lab_order WHERE status IN "
                                      "('ordered', 'collected', 'received', 'resulted', 'verified')").fetchone()[0]
    assert released == admin.execute("SELECT count(*) FROM lab.lab_order WHERE status = 'released' AND "
                                     "status_changed_at >= now() - interval '30 days'").fetchone()[0]
    assert all(median <= p90 for median, p90 in tat)
    truth_out = admin.execute(
        "SELECT count(*) FROM pharmacy.drug g WHERE g.active AND NOT EXISTS (SELECT 1 FROM pharmacy.stock_lot l "
        "WHERE l.drug_id = g.id AND l.quantity > 0)").fetchone()[0]
    assert len(out_of_stock) == truth_out


def test_the_dashboards_of_every_role_load_their_metrics(login_db):
    from hospital_desktop.dashboards.metrics import DASHBOARDS
    for group, metrics in DASHBOARDS.items():
        login = {"hms_admin": "admin1", "hms_reception": "reception1", "hms_doctor": "doctor1",
                 "hms_nurse": "nurse1", "hms_billing": "billing1", "hms_auditor": "auditor1",
                 "hms_pharmacist": "pharmacist1", "hms_lab": "lab1"}[group]
        db = login_db(login)
        for metric in metrics:
            with db.session() as session:
                data = metric.query(session)
            assert all(len(values) == len(data.x) for values in data.series.values()), (group, metric.key)
