"""Render the inpatient screenshots offscreen from a private demo database.

    .venv/bin/python docs/screenshots/render_adt.py

Starts a throwaway PostgreSQL with a 3,000-patient demo hospital and drives the real client: the medical ward's
bed board and the nurse's workstation (observations trend, medication chart) as nurse1, the doctor's discharge
tab as doctor1, and the printed discharge summary (a signed demo summary, rendered to PNG)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))

from render import grab, wait_until, window_for  # noqa: E402

import psycopg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hospital_desktop.adt import queries  # noqa: E402
from hospital_desktop.adt.views.inpatients_tab import InpatientsWorkspace  # noqa: E402
from hospital_desktop.adt.views.ward_tab import WardWorkspace  # noqa: E402
from hospital_desktop.core.profiles import ServerProfile  # noqa: E402
from hospital_desktop.adt.documents import discharge_summary_pdf  # noqa: E402
from hospital_desktop.widgets.print_preview import render_pages  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402



def main() -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841
    cluster = LocalCluster.in_temp_dir("hms-shots-adt-", fast=True)
    try:
        url = cluster.create_database()
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, 3000, seed=11)
            # The patient with the most charted doses on the medical ward (a chart worth looking at).
            busy_mrn = conn.execute("""
                SELECT p.mrn FROM adt.admission a JOIN registry.patient p ON p.id = a.patient_id
                  JOIN core.department d ON d.id = a.ward_id
                 WHERE a.discharged_at IS NULL AND d.code = 'MEDW'
                 ORDER BY (SELECT count(*) FROM pharmacy.prescription pr WHERE pr.encounter_id = a.encounter_id) DESC,
                          a.admitted_at LIMIT 1""").fetchone()[0]
            signed = conn.execute("""
                SELECT s.id FROM adt.discharge_summary s JOIN adt.admission a ON a.id = s.admission_id
                  JOIN core.staff st ON st.id = a.attending_id
                 WHERE s.status = 'signed' AND st.username = 'doctor1' ORDER BY s.id LIMIT 1""").fetchone()[0]
            doctor_mrn = conn.execute("""
                SELECT p.mrn FROM adt.admission a JOIN registry.patient p ON p.id = a.patient_id
                  JOIN core.staff s ON s.id = a.attending_id
                 WHERE a.discharged_at IS NULL AND s.username = 'doctor1' ORDER BY a.admitted_at LIMIT 1""").fetchone()[0]
        state = cluster.state
        assert state is not None
        profile = ServerProfile(name="Demo (this computer)", hosts=["127.0.0.1"], port=state.port, sslmode="disable")

        nurse = window_for(profile, "nurse1", size=(1440, 900))
        nurse.select_workspace("ward")  # every role opens on its dashboard
        ward = nurse.workspaces["ward"].widget
        assert isinstance(ward, WardWorkspace)
        ward.tabs.setCurrentWidget(ward.board)
        wait_until(lambda: len(ward.board.beds) > 0 and "beds:" in ward.board.summary.text())
        grab(nurse, "bed_board.png")
        wait_until(lambda: ward.select_patient(busy_mrn))
        panel = ward.panel
        wait_until(lambda: panel.banner.name.text() != "No patient selected"
                   and sum(panel.chart.points.values()) > 0)
        grab(nurse, "ward_vitals_trend.png")
        wait_until(lambda: panel.mar is not None)
        panel.tabs.setCurrentWidget(panel.mar)
        wait_until(lambda: len(panel.mar.doses) > 0)
        grab(nurse, "medication_chart.png")
        fluid_mrn = None
        with nurse.ops.db.session() as session:
            from sqlalchemy import text
            fluid_mrn = session.execute(text(
                "SELECT p.mrn FROM adt.fluid_entry f JOIN registry.patient p ON p.id = f.patient_id "
                "JOIN adt.admission a ON a.id = f.admission_id JOIN core.department d ON d.id = a.ward_id "
                "WHERE d.code = 'MEDW' AND a.discharged_at IS NULL "
                "GROUP BY p.mrn ORDER BY count(*) DESC LIMIT 1")).scalar()
        if fluid_mrn:
            wait_until(lambda: ward.select_patient(fluid_mrn))
            panel.tabs.setCurrentWidget(panel.fluids)
            wait_until(lambda: panel.fluids.days.rowCount() > 0)
            grab(nurse, "fluid_balance.png")
        ward.tabs.setCurrentIndex(2)
        wait_until(lambda: ward.handover_table.rowCount() > 0)
        grab(nurse, "ward_handover.png")
        nurse.close()

        doctor = window_for(profile, "doctor1", size=(1440, 900))
        assert doctor.select_workspace("inpatients")
        ws = doctor.workspaces["inpatients"].widget
        assert isinstance(ws, InpatientsWorkspace)
        wait_until(lambda: ws.select_patient(doctor_mrn))
        ws.right.setCurrentWidget(ws.discharge)
        wait_until(lambda: ws.discharge.isEnabled() and ws.discharge.state.text() != "")
        ws.discharge.fill_from_record()
        wait_until(lambda: ws.discharge.editors["diagnoses"].toPlainText() != "")
        ws.discharge.editors["procedures"].setPlainText("Chest X-ray; IV antibiotics via peripheral cannula")
        ws.discharge.editors["follow_up"].setPlainText("GP review in 7 days; chest X-ray in 6 weeks")
        grab(doctor, "discharge_summary_tab.png")

        with doctor.ops.db.session() as session:
            doc = queries.summary_document(session, signed)
        pdf = discharge_summary_pdf(doc)
        render_pages(pdf, dpi=110)[0].save(str(HERE / "discharge_summary.png"))
        print("wrote", HERE / "discharge_summary.png")
        doctor.close()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
