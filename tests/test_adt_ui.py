"""A stay on the ward in the real client against the real database: the doctor admits a patient from the clinic
on the bed board (and a stale board loses the bed politely, told which beds are free), the nurse transfers the
patient, charts observations (the trend chart shows them), writes a nursing note and gives a dose after scanning
the wristband (a wrong wristband is refused), the doctor drafts, signs and
prints the discharge summary and discharges; the bed goes to cleaning, the nurse marks it clean, and the stay's
bed-day charges exist exactly once per day."""
from __future__ import annotations

import uuid

import pytest
from builders import prescribe, register
from PySide6.QtWidgets import QDialog

from hospital_desktop.adt.views.bed_board import AdmitDialog, BedBoard, TransferDialog
from hospital_desktop.adt.views.inpatients_tab import InpatientsWorkspace
from hospital_desktop.adt.views.ward_tab import WardWorkspace

pytestmark = pytest.mark.db
WAIT = 20000


@pytest.fixture()
def beds(admin) -> dict[str, list[str]]:
    """A fresh room with two beds on each demo ward (labels unique to the test)."""
    t = uuid.uuid4().hex[:5].upper()
    made: dict[str, list[str]] = {}
    for ward in ("MEDW", "SURGW"):
        room = admin.execute("INSERT INTO adt.room (ward_id, code, name) SELECT id, %s, %s FROM core.department "
                             "WHERE code = %s RETURNING id", (f"U{ward[0]}{t}", f"UI room {t}", ward)).fetchone()[0]
        made[ward] = []
        for i in range(2):
            label = f"{ward[0]}{t}{chr(65 + i)}"
            admin.execute("INSERT INTO adt.bed (room_id, ward_id, code, label) SELECT %s, ward_id, %s, %s "
                          "FROM adt.room WHERE id = %s", (room, f"U{label}", label, room))
            made[ward].append(label)
    return made


@pytest.fixture()
def patient(admin) -> tuple[int, str]:
    return register(admin, f"Wardstay{uuid.uuid4().hex[:5]}", "Wanda", "1950-03-04")


def _board_ready(qtbot, board: BedBoard, ward: str, label: str) -> None:
    qtbot.waitUntil(lambda: board.ward.count() > 0, timeout=WAIT)
    board.select_ward(ward)
    qtbot.waitUntil(lambda: any(b.label == label for b in board.beds), timeout=WAIT)
    assert board.select_bed(label)


def _admit(qtbot, board: BedBoard, mrn: str, reason: str) -> AdmitDialog:
    dialog = board.admit_selected()
    assert isinstance(dialog, AdmitDialog)
    qtbot.waitUntil(lambda: dialog.attending.count() > 0, timeout=WAIT)
    dialog.search.setText(mrn)
    dialog.search.returnPressed.emit()
    qtbot.waitUntil(lambda: dialog.chosen_patient() is not None, timeout=WAIT)
    dialog.reason.setText(reason)
    dialog.submit()
    return dialog


def test_a_stay_from_admission_to_discharge(qtbot, shell, admin, connect_as, beds, patient):
    patient_id, mrn = patient
    med_a, med_b = beds["MEDW"]
    surg_a = beds["SURGW"][0]

    # The doctor admits from the clinic: bed board, free bed, patient by MRN.
    doctor = shell("doctor1")
    assert doctor.select_workspace("inpatients")
    ws = doctor.workspaces["inpatients"].widget
    assert isinstance(ws, InpatientsWorkspace)
    stale = BedBoard(doctor.ops, can_admit=True, can_transfer=False, can_housekeep=False)  # a second screen
    qtbot.addWidget(stale)
    stale.show()
    ws.left.setCurrentWidget(ws.board)
    _board_ready(qtbot, ws.board, "MEDW", med_a)
    _board_ready(qtbot, stale, "MEDW", med_a)
    dialog = _admit(qtbot, ws.board, mrn, "Community-acquired pneumonia")
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
    qtbot.waitUntil(lambda: any(b.label == med_a and b.mrn == mrn for b in ws.board.beds), timeout=WAIT)
    adm, enc = admin.execute("SELECT id, encounter_id FROM adt.admission WHERE patient_id = %s", (patient_id,)).fetchone()
    # The stale screen still shows the bed free: the database refuses and names the free beds.
    other = register(admin, "Stale", "Otto", "1948-01-01", "male").mrn
    stale.select_bed(med_a)
    lost = _admit(qtbot, stale, other, "Falls")
    qtbot.waitUntil(lambda: "free beds on the ward now" in lost.message.text(), timeout=WAIT)
    assert med_b in lost.message.text() and lost.result() != QDialog.DialogCode.Accepted
    lost.reject()
    qtbot.waitUntil(lambda: ws.select_patient(mrn), timeout=WAIT)

    # The nurse of the medical ward: the patient is on her list; she transfers them to the surgical ward and back
    # to charting.
    nurse = shell("nurse1")
    nurse.select_workspace("ward")  # every role opens on its dashboard
    ward = nurse.workspaces["ward"].widget
    assert isinstance(ward, WardWorkspace)
    qtbot.waitUntil(lambda: ward.select_patient(mrn), timeout=WAIT)
    panel = ward.panel
    qtbot.waitUntil(lambda: panel.banner.name.text().startswith("WARDSTAY"), timeout=WAIT)
    qtbot.waitUntil(lambda: bool(panel.kinds), timeout=WAIT)
    panel.inputs["temperature"].setText("38.4")  # the other fields stay empty: only what was measured is recorded
    panel.inputs["heart_rate"].setText("104")
    panel.record_button.click()
    qtbot.waitUntil(lambda: "2 observations recorded" in panel.obs_message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: panel.chart.points.get("temperature") == 1, timeout=WAIT)
    panel.note_text.setPlainText("Febrile 38.4, cultures sent, doctor informed.")
    panel.note_button.click()
    qtbot.waitUntil(lambda: panel.notes.rowCount() == 1, timeout=WAIT)
    assert admin.execute("SELECT kind, author_id = (SELECT id FROM core.staff WHERE username = 'nurse1') "
                         "FROM clinical.note WHERE encounter_id = %s AND kind = 'nursing'", (enc,)).fetchone() \
        == ("nursing", True)
    # The doctor charts a one-off dose; the nurse gives it only after scanning the right wristband.
    with connect_as("doctor1", autocommit=True) as doc:
        prescribe(doc, patient_id, enc, "PARA500TAB", dose="2", unit="", route="", frequency="STAT", quantity=2,
                  duration_days=None)
    qtbot.waitUntil(lambda: panel.mar is not None, timeout=WAIT)
    panel.tabs.setCurrentWidget(panel.mar)
    panel.mar.reload()
    qtbot.waitUntil(lambda: panel.mar.select_dose("due", "paracetamol"), timeout=WAIT)
    panel.mar.record("given")
    assert "Scan the patient's wristband first" in panel.mar.message.text()
    panel.mar.scan.setText(other)
    panel.mar.scan.returnPressed.emit()
    qtbot.waitUntil(lambda: panel.mar.stop is not None, timeout=WAIT)  # a red stop (tests/test_ward_usability.py)
    assert "WRONG PATIENT" in panel.mar.scan_state.text() and "WRONG PATIENT" in panel.mar.message.text()
    qtbot.waitUntil(panel.mar.stop.confirm.isEnabled, timeout=WAIT)
    panel.mar.stop.confirm.click()
    panel.mar.record("given")  # the refused scan was cleared: still nothing to record with
    assert "Scan the patient's wristband first" in panel.mar.message.text()
    panel.mar.scan.setText(mrn)
    panel.mar.scan.returnPressed.emit()
    qtbot.waitUntil(lambda: panel.mar.wristband == mrn, timeout=WAIT)
    panel.mar.drug_scan.setText("PARA500TAB")  # the pack's product code
    panel.mar.drug_scan.returnPressed.emit()
    panel.mar.record("given")
    qtbot.waitUntil(lambda: any(d.state == "given" for d in panel.mar.doses), timeout=WAIT)
    assert admin.execute("SELECT outcome, scanned_mrn FROM adt.medication_administration WHERE patient_id = %s",
                         (patient_id,)).fetchall() == [("given", mrn)]

    ward.tabs.setCurrentWidget(ward.board)
    _board_ready(qtbot, ward.board, "MEDW", med_a)
    move = ward.board.transfer_selected()
    assert isinstance(move, TransferDialog)
    qtbot.waitUntil(lambda: move.choose(surg_a), timeout=WAIT)
    move.reason.setText("surgical review")
    move.submit()
    qtbot.waitUntil(lambda: move.result() == QDialog.DialogCode.Accepted, timeout=WAIT)
    qtbot.waitUntil(lambda: any(b.label == med_a and b.state == "cleaning" for b in ward.board.beds), timeout=WAIT)
    assert admin.execute("SELECT count(*) FROM adt.bed_occupancy WHERE admission_id = %s", (adm,)).fetchone()[0] == 2
    ward.board.select_bed(med_a)
    ward.board.clean_button.click()
    qtbot.waitUntil(lambda: any(b.label == med_a and b.state == "free" for b in ward.board.beds), timeout=WAIT)

    # The doctor drafts, signs and prints the summary, then discharges.
    qtbot.waitUntil(lambda: ws.select_patient(mrn), timeout=WAIT)
    summary = ws.discharge
    qtbot.waitUntil(lambda: summary.isEnabled() and "No summary yet" in summary.state.text(), timeout=WAIT)
    summary.discharge()  # not yet: no signed summary
    qtbot.waitUntil(lambda: "sign the discharge summary" in summary.message.text().lower(), timeout=WAIT)
    summary.fill_from_record()  # the stay's active prescriptions are proposed
    qtbot.waitUntil(lambda: "Paracetamol 500 mg 2 tablet oral STAT" in summary.editors["medications"].toPlainText(),
                    timeout=WAIT)
    summary.editors["diagnoses"].setPlainText("J18.9 Pneumonia, unspecified organism")
    summary.editors["medications"].setPlainText("Amoxicillin 500 mg three times daily, 5 more days")
    summary.editors["follow_up"].setPlainText("GP review in one week")
    summary.save_draft()
    qtbot.waitUntil(lambda: "Version 1 is a draft" in summary.state.text(), timeout=WAIT)
    summary.sign()
    qtbot.waitUntil(lambda: "Version 1 is signed" in summary.state.text(), timeout=WAIT)
    summary.preview(show=False)
    qtbot.waitUntil(lambda: summary.preview_dialog is not None, timeout=WAIT)
    assert summary.preview_dialog.pdf.startswith(b"%PDF") and len(summary.preview_dialog.page_labels) == 1
    summary.disposition.setCurrentIndex(0)  # home
    summary.discharge()
    qtbot.waitUntil(lambda: "discharged" in summary.message.text(), timeout=WAIT)
    state = admin.execute("SELECT a.disposition, b.state, e.status FROM adt.admission a JOIN adt.bed b ON b.id = a.bed_id "
                          "JOIN clinical.encounter e ON e.id = a.encounter_id WHERE a.id = %s", (adm,)).fetchone()
    assert state == ("home", "cleaning", "closed")
    charges = admin.execute("SELECT source_kind, service_date FROM billing.charge WHERE patient_id = %s",
                            (patient_id,)).fetchall()
    assert [c[0] for c in charges] == ["bed_day"]  # a same-day stay: one day-case bed-day, no consultation
    assert len({c[1] for c in charges}) == len(charges)


def test_reception_and_another_wards_nurse_see_who_lies_where_but_not_why(login_db, admin, beds, patient):
    from hospital_desktop.adt import queries

    patient_id, mrn = patient
    bed = admin.execute("SELECT id FROM adt.bed WHERE label = %s", (beds["MEDW"][0],)).fetchone()[0]
    doctor = login_db("doctor1")
    with doctor.session() as s:
        queries.admit(s, patient_id, bed, None, "Alcohol withdrawal, seizures", "emergency", None, "droplet")
    ward = admin.execute("SELECT id FROM core.department WHERE code = 'MEDW'").fetchone()[0]
    for login, sees_details in (("reception1", True), ("nurse2", False), ("nurse1", True)):
        with login_db(login).session() as s:
            row = next(b for b in queries.board(s, ward) if b.id == bed)
            assert (row.state, row.mrn) == ("occupied", mrn), login
            assert (row.isolation == "droplet") is sees_details, login  # the stay itself: RLS decides
            stays = [p for p in queries.ward_patients(s, ward) if p.patient_id == patient_id] \
                if login != "reception1" else []
            assert bool(stays) is (login == "nurse1"), login
