"""Render the laboratory's screens to PNG: the lab worklist, result entry with flags, the doctor's pushed alert, and
a specimen tube label (PDF rendered to PNG).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/render_lab.py
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
sys.path.insert(0, str(HERE))

import psycopg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from render import grab, wait_until, window_for  # noqa: E402

from hospital_desktop.core.clock import local  # noqa: E402
from hospital_desktop.core.profiles import ServerProfile  # noqa: E402
from hospital_desktop.lab.documents import specimen_labels_pdf  # noqa: E402
from hospital_desktop.widgets.print_preview import render_pages  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402



def main() -> None:
    app = QApplication.instance() or QApplication([])
    cluster = LocalCluster.in_temp_dir("hms-shots-lab-", fast=True)
    try:
        url = cluster.create_database()
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, 3000, seed=11)
        state = cluster.state
        assert state is not None
        profile = ServerProfile(name="Demo (this computer)", hosts=["127.0.0.1"], port=state.port, sslmode="disable")

        lab = window_for(profile, "lab1", size=(1500, 860))
        ws = lab.workspaces["lab"].widget
        ws.show_queue("Open work")
        wait_until(lambda: len(ws.rows) > 10)
        grab(lab, "lab_worklist.png")

        ws.show_queue("To result")
        wait_until(lambda: bool(ws.rows) and all(r.status == "received" for r in ws.rows))
        target = next(r for r in ws.rows if r.test_code == "2823-3") if any(
            r.test_code == "2823-3" for r in ws.rows) else ws.rows[0]
        ws.select_orders([target.id])
        value = {"2823-3": "6.8"}.get(target.test_code, "1")
        ws.enter_result(value)
        wait_until(lambda: "reference" in ws.message.text())
        ws.show_queue("To verify")
        wait_until(lambda: any(r.id == target.id for r in ws.rows) and all(r.status == "resulted" for r in ws.rows))
        ws.select_orders([target.id])
        grab(lab, "lab_result_entry.png")
        ws.tabs.setCurrentIndex(1)
        wait_until(lambda: bool(ws.callbacks))
        grab(lab, "lab_callbacks.png")

        with psycopg.connect(url) as conn:
            specimen = conn.execute("SELECT s.id FROM lab.specimen s JOIN lab.lab_order o ON o.specimen_id = s.id "
                                    "WHERE o.panel_code = '58410-2' ORDER BY s.id DESC LIMIT 1").fetchone()[0]
        from hospital_desktop.lab import queries
        with lab.db.session() as session:
            labels = queries.specimen_labels(session, [specimen])
        pdf = specimen_labels_pdf(labels, local)
        (HERE / "specimen_label.pdf").write_bytes(pdf)
        render_pages(pdf, dpi=300)[0].save(str(HERE / "specimen_label.png"))
        (HERE / "specimen_label.pdf").unlink()
        print("wrote", HERE / "specimen_label.png")

        with psycopg.connect(url) as conn:
            unread = conn.execute("SELECT count(*) FROM notify.notification n JOIN core.staff s ON "
                                  "s.id = n.recipient_id WHERE s.username = 'doctor1' "
                                  "AND n.acknowledged_at IS NULL").fetchone()[0]
        doctor = window_for(profile, "doctor1", size=(1500, 860))
        wait_until(lambda: doctor.alerts is not None and len(doctor.alerts.alerts) == unread)
        doctor.alerts.set_expanded(True)
        clinic = doctor.workspaces["clinic"].widget
        with psycopg.connect(url) as conn:
            encounter = conn.execute("SELECT o.encounter_id FROM lab.lab_order o JOIN core.staff s ON "
                                     "s.id = o.ordering_clinician_id WHERE s.username = 'doctor1' AND o.critical "
                                     "ORDER BY o.id DESC LIMIT 1").fetchone()[0]
        clinic.encounter.open_encounter(encounter)
        wait_until(lambda: clinic.encounter.lab_orders.encounter_id == encounter
                   and bool(clinic.encounter.lab_orders.orders))
        clinic.encounter.tabs.setCurrentIndex(clinic.encounter.tabs.count() - 1)
        wait_until(lambda: all(doctor.alerts.patients.get(n.patient_id) for n in doctor.alerts.alerts.values()
                               if n.patient_id))
        grab(doctor, "doctor_alert.png")
        for win in (lab, doctor):
            win.close()
        app.processEvents()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
