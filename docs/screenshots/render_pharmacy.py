"""Render the pharmacy screenshots offscreen from a private demo database.

    .venv/bin/python docs/screenshots/render_pharmacy.py

Starts a throwaway PostgreSQL with the 3,000-patient demo hospital; doctor1 prescribes amoxicillin for a patient
with a recorded penicillin allergy (the stop, then the override with a reason); pharmacist1 scans and dispenses it;
writes the allergy stop, the dispensing queue, the stock view and the rendered label next to this file."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from render import grab, wait_until, window_for  # noqa: E402  (sets the offscreen platform first)

import psycopg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hospital_desktop.core.profiles import ServerProfile  # noqa: E402
from hospital_desktop.pharmacy.documents import dispensing_label_pdf, receipt_pdf  # noqa: E402
from hospital_desktop.widgets.print_preview import render_pages  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402

REASON = "Rash in childhood only; tolerated amoxicillin in 2024 (GP record)"



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
        with psycopg.connect(state.url("hospital", user="doctor1", password=DEMO_PASSWORD), autocommit=True) as doc:
            patient = doc.execute("""
                SELECT a.patient_id FROM clinical.allergy a
                 WHERE a.substance_code IN ('J01C', 'J01CA04') AND a.status = 'active'
                   AND NOT EXISTS (SELECT 1 FROM pharmacy.prescription p WHERE p.patient_id = a.patient_id)
                 ORDER BY a.patient_id LIMIT 1""").fetchone()
            if patient is None:  # doctor1 sees only GEN patients: give one the allergy
                patient = doc.execute("SELECT e.patient_id FROM clinical.encounter e ORDER BY e.id DESC LIMIT 1").fetchone()
                doc.execute("INSERT INTO clinical.allergy (patient_id, substance_code, category, reaction, severity) "
                            "VALUES (%s, 'J01C', 'drug', 'urticaria', 'severe')", patient)
            encounter = doc.execute("INSERT INTO clinical.encounter (patient_id, department_id, clinician_id) "
                                    "SELECT %s, id, core.current_staff_id() FROM core.department WHERE code = 'GEN' "
                                    "RETURNING id", patient).fetchone()[0]
        mrn = psycopg.connect(url).execute("SELECT mrn FROM registry.patient WHERE id = %s", patient).fetchone()[0]

        # The doctor: the allergy stop.
        doctor = window_for(profile, "doctor1")
        view = doctor.workspaces["clinic"].widget.encounter
        view.open_encounter(encounter)
        wait_until(lambda: view.encounter is not None)
        view.tabs.setCurrentIndex(view.tabs.count() - 1)
        panel = view.prescriptions
        wait_until(lambda: bool(panel.drugs) and panel.prescribe_button.isEnabled() and panel.table.rowCount() >= 0)
        panel.choose_drug("AMOX500CAP")
        panel.frequency.setCurrentIndex(next(i for i, f in enumerate(panel.freqs) if f.code == "TDS"))
        panel.duration.setValue(7)
        panel.instructions.setText("Space the doses evenly through the day")
        panel.prescribe_button.click()
        wait_until(lambda: panel.alert_box.isVisible())
        panel.override_reason.setText(REASON)
        grab(doctor, "pharmacy_allergy_stop.png")
        panel.override_button.click()
        wait_until(lambda: "Prescribed" in panel.message.text() and panel.table.rowCount() > 0)
        doctor.close()

        # The pharmacist: this morning's delivery, the queue, the scans, the label.
        with psycopg.connect(state.url("hospital", user="pharmacist1", password=DEMO_PASSWORD),
                             autocommit=True) as ph:
            for lot, days, quantity in (("AMX24K117", 45, 18), ("AMX25B402", 540, 210)):
                ph.execute("SELECT pharmacy.receive_stock((SELECT id FROM pharmacy.drug WHERE code = 'AMOX500CAP'), "
                           "pharmacy.location_id('DISP'), %s, current_date + %s, %s)", (lot, days, quantity))
        pharmacist = window_for(profile, "pharmacist1")
        tab = pharmacist.workspaces["dispensing"].widget
        tab.refresh()
        wait_until(lambda: any(r.mrn == mrn for r in tab.queue_rows))
        tab.queue.selectRow(next(i for i, r in enumerate(tab.queue_rows) if r.mrn == mrn))
        wait_until(lambda: tab.context is not None and tab.context.prescription.mrn == mrn and tab.lots.rowCount() > 0)
        tab.patient_scan.setText(mrn)
        tab.pack_scan.setText(tab.context.lots[0].lot_number)
        tab._check_scans()
        grab(pharmacist, "pharmacy_dispensing.png")
        tab.dispense_button.click()
        wait_until(lambda: "Dispensed" in tab.message.text())
        dispense_id = tab.last_dispense
        from hospital_desktop.pharmacy import queries
        label = pharmacist.ops.db.session
        with label() as session:
            data = queries.label_data(session, dispense_id)
        render_pages(dispensing_label_pdf(data), dpi=220)[0].save(str(HERE / "pharmacy_label.png"))
        print("wrote", HERE / "pharmacy_label.png")
        render_pages(receipt_pdf(data), dpi=130)[0].save(str(HERE / "pharmacy_receipt.png"))
        print("wrote", HERE / "pharmacy_receipt.png")
        pharmacist.select_workspace("stock")
        stock = pharmacist.workspaces["stock"].widget
        wait_until(lambda: len(stock.lots) > 0 and stock.low.rowCount() > 0)
        grab(pharmacist, "pharmacy_stock.png")
        pharmacist.close()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
