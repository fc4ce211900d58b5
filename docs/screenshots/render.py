"""Render the README screenshots offscreen from a private demo database.

    .venv/bin/python docs/screenshots/render.py

Starts a throwaway PostgreSQL with a 3,000-patient demo hospital, drives the real client as reception1 and
admin1, and writes PNGs next to this file."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

import psycopg  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from hospital_desktop.core.profiles import ProfileStore, ServerProfile  # noqa: E402
from hospital_desktop.core.session import Database  # noqa: E402
from hospital_desktop.registry.documents import id_label_pdf, wristband_pdf  # noqa: E402
from hospital_desktop.registry import queries  # noqa: E402
from hospital_desktop.shell.login_dialog import LoginDialog  # noqa: E402
from hospital_desktop.shell.main_window import MainWindow  # noqa: E402
from hospital_desktop.widgets.print_preview import render_pages  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, DEMO_STAFF, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402


def wait_until(condition, timeout: float = 20.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while not condition():
        QApplication.processEvents()
        if time.monotonic() > end:
            raise TimeoutError("the screen did not reach the expected state")
        time.sleep(0.02)
    for _ in range(20):
        QApplication.processEvents()


def window_for(profile: ServerProfile, login: str, password: str = DEMO_PASSWORD,
               size: tuple[int, int] = (1500, 900)) -> MainWindow:
    """A shown main window logged in as a demo login (the department render_*.py scripts use it too)."""
    db = Database(profile, login, password)
    db.login()
    window = MainWindow(db, idle_lock_seconds=0)
    window.ops.show_errors = False
    window.resize(*size)
    window.show()
    return window


def grab(widget: QWidget, name: str) -> None:
    for _ in range(20):
        QApplication.processEvents()
    widget.grab().save(str(HERE / name))
    print("wrote", HERE / name)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    cluster = LocalCluster.in_temp_dir("hms-shots-", fast=True)
    try:
        url = cluster.create_database()
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            summary = load_demo(conn, 3000, seed=11)
        state = cluster.state
        assert state is not None
        profile = ServerProfile(name="Demo (this computer)", hosts=["127.0.0.1"], port=state.port, sslmode="disable")
        store = ProfileStore(path=cluster.base / "profiles.json")
        store.upsert(profile)

        login = LoginDialog(store, demo_logins=[(u, r[0], n) for u, n, r, _ in DEMO_STAFF], demo_password=DEMO_PASSWORD)
        login.username.setText("reception1")
        login.password.setText(DEMO_PASSWORD)
        login.resize(640, 560)
        login.show()
        grab(login, "login.png")
        login.close()

        dup_mrn, orig_mrn, _kinds = summary.truth[0]
        db = Database(profile, "reception1", DEMO_PASSWORD)
        db.login()
        window = MainWindow(db, idle_lock_seconds=0)
        window.resize(1400, 820)
        window.show()
        ws = window.workspaces["reception"].widget
        with psycopg.connect(url) as conn:
            family, given, born = conn.execute("SELECT family_name, given_name, birth_date FROM registry.patient "
                                               "WHERE mrn = %s", (orig_mrn,)).fetchone()
        ws.patients.search.setText(family)
        ws.patients.search.returnPressed.emit()
        wait_until(lambda: ws.patients.model.rowCount() > 0)
        ws.patients.table.selectRow(0)
        ws.open_patient(ws.patients.model.row_at(0))
        wait_until(lambda: ws.detail.patient is not None)
        grab(window, "reception_search.png")

        dialog = ws.new_patient()
        typo = family[:-2] + family[-1] + family[-2] if len(family) > 3 else family + "e"
        for key, value in (("given_name", given), ("family_name", typo), ("birth_date", f"{born:%d.%m.%Y}")):
            dialog.form.inputs[key].setText(value)
        dialog.form.inputs["sex"].setCurrentIndex(1)
        dialog.check_duplicates()
        wait_until(lambda: bool(dialog.candidates.candidates))
        dialog.reason.setText("patient says this is her first visit")
        dialog._update_button()
        grab(dialog, "registration_duplicates.png")
        dialog.close()

        admin_db = Database(profile, "admin1", DEMO_PASSWORD)
        admin_db.login()
        admin = MainWindow(admin_db, idle_lock_seconds=0)
        admin.resize(1400, 900)
        admin.show()
        mws = admin.workspaces["patient_index"].widget
        for panel, mrn in ((mws.survivor_list, orig_mrn), (mws.duplicate_list, dup_mrn)):
            panel.search.setText(mrn)
            panel.search.returnPressed.emit()
            wait_until(lambda p=panel: p.model.rowCount() > 0)
        wait_until(lambda: mws.survivor is not None and mws.duplicate is not None)
        mws.reason.setText("same person: same birth date and address, name misspelt")
        mws._update()
        grab(admin, "merge.png")

        # Appointments: doctor1's week, as reception sees it.
        aws = window.workspaces["appointments"].widget
        window.select_workspace("appointments")
        wait_until(lambda: aws.department.count() > 0)
        aws.department.setCurrentIndex(next(i for i in range(aws.department.count())
                                            if "(GEN)" in aws.department.itemText(i)))
        wait_until(lambda: any("Grant" in aws.subject.itemText(i) for i in range(aws.subject.count())))
        aws.subject.setCurrentIndex(next(i for i in range(aws.subject.count()) if "Grant" in aws.subject.itemText(i)))
        aws.week.setChecked(True)
        aws.patients.search.setText(orig_mrn)
        aws.patients.search.returnPressed.emit()
        wait_until(lambda: aws.patient is not None)
        aws.find_slots()
        wait_until(lambda: bool(aws.alternatives))
        wait_until(lambda: bool(aws.grid.cells))
        grab(window, "appointments_calendar.png")

        # The doctor's clinic: queue, then an encounter with the ICD-10 search.
        doc_db = Database(profile, "doctor1", DEMO_PASSWORD)
        doc_db.login()
        doctor = MainWindow(doc_db, idle_lock_seconds=0)
        doctor.resize(1500, 900)
        doctor.show()
        clinic = doctor.workspaces["clinic"].widget
        queue = clinic.queue
        wait_until(lambda: queue.department.count() > 0)
        queue.department.setCurrentIndex(next(i for i in range(queue.department.count())
                                              if "(GEN)" in queue.department.itemText(i)))
        wait_until(lambda: bool(queue.entries))
        queue.parent().parent().setCurrentWidget(queue)
        grab(doctor, "clinic_queue.png")
        queue.call_next()
        wait_until(lambda: clinic.encounter.encounter is not None)
        view = clinic.encounter
        view.soap["S"].setPlainText("Cough and sore throat for 4 days, no fever.")
        view.soap["O"].setPlainText("Pharynx red, chest clear, SpO2 98 %.")
        view.soap["A"].setPlainText("Acute upper respiratory infection.")
        view.soap["P"].setPlainText("Fluids, paracetamol; review in one week if not better.")
        view.tabs.setCurrentIndex(3)
        view.dx_search.setText("upper respiratory")
        view.dx_search.returnPressed.emit()
        wait_until(lambda: view.dx_results.count() > 0)
        grab(doctor, "encounter_icd10.png")
        view.tabs.setCurrentIndex(0)
        grab(doctor, "encounter_soap.png")
        doctor.close()

        with db.session() as session:
            patient = queries.get_patient(session, ws.detail.patient.id)
        for name, pdf in (("wristband.png", wristband_pdf(patient, "Hospital Desktop General Hospital")),
                          ("id_label.png", id_label_pdf(patient, "Hospital Desktop General Hospital"))):
            render_pages(pdf, dpi=150)[0].save(str(HERE / name))
            print("wrote", HERE / name)
        window.close()
        admin.close()
    finally:
        cluster.destroy()
    app.quit()


if __name__ == "__main__":
    main()
