"""Render the administration, audit and dashboard screenshots offscreen from a private demo database.

    .venv/bin/python docs/screenshots/render_administration.py

Starts a throwaway PostgreSQL with a 3,000-patient demo hospital, drives the real client as admin1, auditor1,
doctor1 and billing1 (and a nurse the administrator creates), and writes PNGs next to this file."""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from render import grab, wait_until, window_for  # noqa: E402  (also sets the offscreen platform)

import psycopg  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hospital_desktop.core.profiles import ServerProfile  # noqa: E402
from hospital_desktop.shell.main_window import MainWindow  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402
from server_db.staff import scram_verifier  # noqa: E402



def idle(window: MainWindow) -> None:
    wait_until(lambda: window.ops.wait_idle(10), timeout=60)


def main() -> None:
    QApplication.instance() or QApplication([])
    cluster = LocalCluster.in_temp_dir("hms-shots-", fast=True)
    try:
        url = cluster.create_database()
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, 3000, seed=11)
        state = cluster.state
        assert state is not None
        profile = ServerProfile(name="Demo (this computer)", hosts=["127.0.0.1"], port=state.port, sslmode="disable")

        # -- administrator: dashboard, then creates a nurse and grants himself clinical access (flagged)
        adm = window_for(profile, "admin1", size=(1400, 860))
        dash = adm.workspaces["dashboard_admin"].widget
        wait_until(lambda: dash.loaded_at is not None, timeout=60)
        idle(adm)
        grab(adm, "dashboard_admin.png")
        adm.select_workspace("staff")
        staff = adm.workspaces["staff"].widget
        staff.start_new()
        staff.username.setText("nurse3")
        staff.full_name.setText("Amelia Clarke")
        staff.role_boxes["nurse"].setChecked(True)
        wait_until(lambda: "SURGW" in staff.dept_codes)
        staff.departments.item(staff.dept_codes.index("SURGW")).setCheckState(Qt.CheckState.Checked)
        staff.reason.setText("new starter, surgical ward")
        staff.create_button.click()
        wait_until(lambda: staff.last_one_time_password is not None and staff.current is not None, timeout=30)
        idle(adm)
        grab(adm, "admin_staff.png")
        adm.select_workspace("settings")
        idle(adm)
        grab(adm, "admin_settings.png")
        adm.select_workspace("reference")
        ref = adm.workspaces["reference"].widget
        ref.tabs.setCurrentWidget(ref.prices)
        ref.prices.history.setChecked(True)
        idle(adm)
        grab(adm, "admin_prices.png")
        with psycopg.connect(state.url("hospital", user="admin1", password=DEMO_PASSWORD), autocommit=True) as a1:
            me = a1.execute("SELECT core.current_staff_id()").fetchone()[0]
            a1.execute("SELECT core.admin_set_roles(%s, ARRAY['admin', 'doctor'], 'covering the ER doctor shortage "
                       "tonight')", (me,))
        # the new nurse chooses her password, then records a vital sign after a break-glass access
        with psycopg.connect(url, autocommit=True) as su:
            pid = su.execute("SELECT id FROM registry.patient ORDER BY id DESC LIMIT 1").fetchone()[0]
            enc = su.execute("INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind) "
                             "SELECT %s, d.id, s.id, 'emergency' FROM core.department d, core.staff s "
                             "WHERE d.code = 'ER' AND s.username = 'doctor4' RETURNING id", (pid,)).fetchone()[0]
        with psycopg.connect(state.url("hospital", user="nurse3", password=staff.last_one_time_password),
                             autocommit=True, application_name="hd:ward-pc-3") as n3:
            n3.execute("SELECT core.change_my_password(%s)", (scram_verifier(n3, "Surgical-Ward-7"),))
        with psycopg.connect(state.url("hospital", user="nurse3", password="Surgical-Ward-7"), autocommit=True,
                             application_name="hd:ward-pc-3") as n3:
            n3.execute("SELECT core.break_glass(%s, 'patient collapsed in the corridor of the surgical ward')", (pid,))
            n3.execute("SET hms.reason = 'observations after the collapse'")
            n3.execute("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, unit) "
                       "VALUES (%s, %s, 'heart_rate', 128, '/min')", (enc, pid))
            n3.execute("UPDATE clinical.vital_sign SET status = 'entered_in_error', error_reason = 'recorded on the wrong "
                       "patient' WHERE id = (SELECT max(id) FROM clinical.vital_sign)")

        # -- auditor: dashboard, the nurse's writes with a diff, reviews, chain, access report
        aud = window_for(profile, "auditor1", size=(1400, 860))
        adash = aud.workspaces["dashboard_auditor"].widget
        wait_until(lambda: adash.loaded_at is not None, timeout=60)
        idle(aud)
        grab(aud, "dashboard_auditor.png")
        aud.select_workspace("audit")
        audit = aud.workspaces["audit"].widget
        search = audit.events
        wait_until(lambda: search.actor.count() > 1)
        search.actor.setCurrentText("nurse3")
        search.search()
        wait_until(lambda: search.model.rowCount() > 0 and not search.model.loading, timeout=30)
        index = next(i for i, r in enumerate(search.model.rows) if r.table == "clinical.vital_sign"
                     and r.action == "UPDATE")
        search.results.selectRow(index)
        search.show_all.setChecked(True)
        idle(aud)
        grab(aud, "audit_search_diff.png")
        audit.tabs.setCurrentWidget(audit.reviews)
        reviews = audit.reviews
        wait_until(lambda: bool(reviews.grants), timeout=30)
        reviews.select_grant(reviews.grants[0].id)
        reviews.comment.setPlainText("Incident report IR-2211 confirms the collapse; access ended with the episode.")
        idle(aud)
        grab(aud, "audit_break_glass_review.png")
        audit.tabs.setCurrentWidget(audit.chain)
        audit.chain.verify()
        wait_until(lambda: audit.chain.last is not None, timeout=120)
        grab(aud, "audit_chain.png")
        audit.tabs.setCurrentWidget(audit.access)
        mrn = psycopg.connect(url).execute("SELECT mrn FROM registry.patient WHERE id = %s", (pid,)).fetchone()[0]
        audit.access.patient.setText(mrn)
        audit.access.search()
        wait_until(lambda: audit.access.model.rowCount() > 0, timeout=30)
        audit.access.report()
        wait_until(lambda: audit.access.preview is not None, timeout=30)
        pdf = Path(tempfile.mkdtemp()) / "access.pdf"
        pdf.write_bytes(audit.access.last_pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(pdf), str(HERE / "access_report")],
                       check=True)
        print("wrote", HERE / "access_report.png")
        audit.access.preview.close()

        # -- doctor and billing dashboards
        for login, key in (("doctor1", "dashboard_doctor"), ("billing1", "dashboard_billing")):
            w = window_for(profile, login, size=(1400, 860))
            d = w.workspaces[key].widget
            wait_until(lambda d=d: d.loaded_at is not None, timeout=60)
            idle(w)
            grab(w, f"{key}.png")
            w.close()
        for w in (adm, aud):
            w.close()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
