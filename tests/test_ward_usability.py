"""Issue 14 on the ward, in the real client against the real database, driven by key events.

Defect 3 ("invented observations"): the observation form started filled with 37.0 / 80 / 120/75 / 16 / 97 / 0, and
changing two fields recorded seven observations. Now every field starts empty and only what was typed is
recorded. Defect 10 on the ward: Return in the forms and on focused buttons did nothing. The MAR has a
keyboard-only path (arrows to the dose, wristband and medicine scanned by a keyboard wedge, Return on Given), and a
wrong wristband stops the nurse with a red SafetyStop and records nothing.
Screens are rendered to /tmp/h1 at 1366×768 to be looked at."""
from __future__ import annotations

import re
import uuid

import pytest
from builders import register
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from hospital_desktop.adt import queries
from hospital_desktop.adt.views.ward_tab import WardWorkspace
from hospital_desktop.widgets.safety import DANGER, SafetyStop

pytestmark = pytest.mark.db
WAIT = 20000
from screens import activate, shot, shot_over  # noqa: E402

SMALL = QSize(1366, 768)


def focused():  # noqa: ANN201
    return QApplication.focusWidget()


def key(qtbot, k) -> None:  # noqa: ANN001
    qtbot.keyClick(focused(), k)


def scan(qtbot, code: str) -> None:
    """A keyboard-wedge scanner: the code typed into the focused field, then Return."""
    field = focused()
    assert isinstance(field, QLineEdit), field
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.fixture()
def stay(admin, login_db) -> dict:
    """A patient admitted by doctor1 into a fresh bed of the medical ward (nurse1's ward), nothing charted yet."""
    t = uuid.uuid4().hex[:5].upper()
    room = admin.execute("INSERT INTO adt.room (ward_id, code, name) SELECT id, %s, %s FROM core.department "
                         "WHERE code = 'MEDW' RETURNING id", (f"UW{t}", f"Usability room {t}")).fetchone()[0]
    bed = admin.execute("INSERT INTO adt.bed (room_id, ward_id, code, label) SELECT id, ward_id, %s, %s FROM adt.room "
                        "WHERE id = %s RETURNING id", (f"UW{t}A", f"W{t}A", room)).fetchone()[0]
    patient_id, mrn = register(admin, f"Obsward{uuid.uuid4().hex[:5]}", "Vera", "1951-05-06")
    with login_db("doctor1").session() as s:
        admission = queries.admit(s, patient_id, bed, None, "Urinary sepsis")
    encounter = admin.execute("SELECT encounter_id FROM adt.admission WHERE id = %s", (admission,)).fetchone()[0]
    return {"patient_id": patient_id, "mrn": mrn, "admission": admission, "encounter": encounter}


def open_ward(qtbot, shell, stay: dict):  # noqa: ANN001, ANN201
    nurse = shell("nurse1")
    nurse.resize(SMALL)
    assert nurse.select_workspace("ward")
    ward = nurse.workspaces["ward"].widget
    assert isinstance(ward, WardWorkspace)
    qtbot.waitUntil(lambda: ward.select_patient(stay["mrn"]), timeout=WAIT)
    qtbot.waitUntil(lambda: ward.panel.banner.name.text().startswith("OBSWARD"), timeout=WAIT)
    qtbot.waitUntil(lambda: bool(ward.panel.kinds), timeout=WAIT)  # the plausible ranges are loaded
    activate(qtbot, nurse)
    return nurse, ward


def vitals(admin, patient_id: int) -> list[tuple]:  # noqa: ANN001
    return [(k, float(v)) for k, v in admin.execute(
        "SELECT kind, value FROM clinical.vital_sign WHERE patient_id = %s ORDER BY kind", (patient_id,))]


def test_observations_start_empty_and_only_what_was_typed_is_recorded(qtbot, shell, admin, connect_as, stay):
    nurse, ward = open_ward(qtbot, shell, stay)
    panel = ward.panel
    # Nothing measured yet, nothing shown as if it were: every field is empty.
    assert {k: box.text() for k, box in panel.inputs.items()} == {k: "" for k in panel.inputs}

    # Save with nothing typed: a red message, nothing recorded.
    panel.record_button.setFocus()
    key(qtbot, Qt.Key.Key_Return)  # Return on the focused button presses it
    assert "Nothing to record" in panel.obs_message.text() and DANGER in panel.obs_message.styleSheet()
    assert focused() is panel.inputs["temperature"]
    qtbot.wait(300)
    assert vitals(admin, stay["patient_id"]) == []

    # Out of the plausible range (clinical.vital_kind: heart rate 20 to 300): a message naming it, nothing recorded.
    qtbot.keyClicks(panel.inputs["temperature"], "38,4")
    key(qtbot, Qt.Key.Key_Return)  # Return moves on to the next field
    assert focused() is panel.inputs["heart_rate"]
    qtbot.keyClicks(panel.inputs["heart_rate"], "450")
    qtbot.keyClick(panel.inputs["heart_rate"], Qt.Key.Key_Return)
    for _ in range(5):  # through the empty fields to the record button, then press it
        key(qtbot, Qt.Key.Key_Return)
    assert focused() is panel.record_button
    key(qtbot, Qt.Key.Key_Return)
    assert "outside the plausible range 20 to 300" in panel.obs_message.text()
    assert DANGER in panel.obs_message.styleSheet() and focused() is panel.inputs["heart_rate"]
    assert DANGER in panel.inputs["heart_rate"].styleSheet()
    qtbot.keyClicks(panel.inputs["heart_rate"], "x")  # not a digit: the field does not take it
    assert panel.inputs["heart_rate"].text() == "450"
    qtbot.wait(300)
    assert vitals(admin, stay["patient_id"]) == []
    shot(nurse, "ward_observations_refused")

    # Two values typed → exactly two observations, nothing else; the form is empty again for the next set.
    panel.inputs["heart_rate"].selectAll()
    qtbot.keyClicks(panel.inputs["heart_rate"], "104")
    assert panel.inputs["heart_rate"].styleSheet() == ""  # typing again clears the red mark
    panel.record_button.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "2 observations recorded" in panel.obs_message.text(), timeout=WAIT)
    assert DANGER not in panel.obs_message.styleSheet()
    assert vitals(admin, stay["patient_id"]) == [("heart_rate", 104.0), ("temperature", 38.4)]
    assert all(box.text() == "" for box in panel.inputs.values())
    # The trend chart shows what was measured and nothing more.
    qtbot.waitUntil(lambda: panel.chart.points.get("temperature") == 1, timeout=WAIT)
    assert panel.chart.points.get("heart_rate") == 1
    assert panel.chart.points.get("systolic_bp") == 0 and panel.chart.points.get("spo2") == 0
    # The handover's latest observations name only these two: no blood pressure or SpO2 made up.
    qtbot.waitUntil(lambda: any("T 38.4 · HR 104" == (ward.handover_table.item(r, 6).text())
                                for r in range(ward.handover_table.rowCount())
                                if stay["mrn"] in ward.handover_table.item(r, 1).text()), timeout=WAIT)
    shot(nurse, "ward_observations")
    # An SpO2 from an earlier round (3 h ago) is not shown as part of this set: it carries its own time (the day and
    # month as the locale writes them: 03/12 22:00 in en_GB).
    with connect_as("nurse1", autocommit=True) as other_screen:
        other_screen.execute("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, unit, "
                             "measured_at) VALUES (%s, %s, 'spo2', 96, '', now() - interval '3 hours')",
                             (stay["encounter"], stay["patient_id"]))
    ward.refresh_handover()
    qtbot.waitUntil(lambda: any(re.fullmatch(r"T 38\.4 · HR 104 · SpO2 96% \(\d\d/\d\d \d\d:\d\d\)",
                                             ward.handover_table.item(r, 6).text())
                                for r in range(ward.handover_table.rowCount())
                                if stay["mrn"] in ward.handover_table.item(r, 1).text()), timeout=WAIT)
    ward.tabs.setCurrentIndex(2)
    shot(nurse, "ward_handover")
    ward.tabs.setCurrentIndex(0)

    # A value the client cannot check (the ranges not loaded) is refused by the database, and with it the whole
    # set: one transaction, nothing recorded, the message in red.
    panel.kinds = {}
    qtbot.keyClicks(panel.inputs["spo2"], "30")
    qtbot.keyClicks(panel.inputs["resp_rate"], "18")
    panel.record_button.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not plausible" in panel.obs_message.text(), timeout=WAIT)
    assert DANGER in panel.obs_message.styleSheet() and panel.record_button.isEnabled()
    assert vitals(admin, stay["patient_id"]) == [("heart_rate", 104.0), ("spo2", 96.0), ("temperature", 38.4)]


def test_nursing_note_and_fluid_forms_answer_return(qtbot, shell, admin, stay):
    nurse, ward = open_ward(qtbot, shell, stay)
    panel = ward.panel
    # The nursing note: Tab leaves the text (no tab typed into it), Return on the button saves.
    panel.tabs.setCurrentIndex(1)
    panel.note_text.setFocus()
    qtbot.keyClicks(panel.note_text, "Settled overnight")
    key(qtbot, Qt.Key.Key_Tab)
    assert panel.note_text.toPlainText() == "Settled overnight" and focused() is panel.note_button
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.notes.rowCount() == 1, timeout=WAIT)

    # The fluid chart: Return in the volume box charts it; a zero volume is refused in red.
    panel.tabs.setCurrentWidget(panel.fluids)
    fluids = panel.fluids
    fluids.volume.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert "measured volume" in fluids.message.text() and DANGER in fluids.message.styleSheet()
    fluids.volume.selectAll()
    qtbot.keyClicks(fluids.volume, "250")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Charted intake: 250 ml" in fluids.message.text(), timeout=WAIT)
    assert DANGER not in fluids.message.styleSheet()
    assert admin.execute("SELECT count(*), sum(volume_ml) FROM adt.fluid_entry WHERE admission_id = %s",
                         (stay["admission"],)).fetchone() == (1, 250)


def prescribe(connect_as, stay: dict, drug: str, frequency: str) -> tuple[int, str]:  # noqa: ANN001
    with connect_as("doctor1", autocommit=True) as doc:
        doc.execute("SELECT clinical.record_no_known_allergies(%s) WHERE NOT EXISTS (SELECT 1 FROM "
                    "clinical.allergy_status WHERE patient_id = %s)", (stay["patient_id"], stay["patient_id"]))
        return doc.execute("INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, "
                           "dose_unit, route, frequency, quantity) SELECT %s, %s, id, 1, '', '', %s, 8 "
                           "FROM pharmacy.drug WHERE code = %s RETURNING id, prescription_number",
                           (stay["patient_id"], stay["encounter"], frequency, drug)).fetchone()


def confirm_stop(qtbot, mar, title: str) -> None:  # noqa: ANN001
    """The stop is red, cannot be dismissed by the scan's own Return, and is confirmed with the keyboard."""
    qtbot.waitUntil(lambda: mar.stop is not None and mar.stop.isVisible(), timeout=WAIT)
    stop = mar.stop
    assert isinstance(stop, SafetyStop) and stop.windowTitle() == title and stop.severity == "danger"
    assert QApplication.activeModalWidget() is stop
    qtbot.keyClick(stop, Qt.Key.Key_Return)  # not armed yet: a scanner's Return cannot dismiss it unread
    assert stop.isVisible()
    qtbot.waitUntil(stop.confirm.isEnabled, timeout=WAIT)
    qtbot.keyClick(stop.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: mar.stop is None, timeout=WAIT)


def test_mar_by_keyboard_with_wedge_scans_stops_on_wrong_wristband_and_medicine(qtbot, shell, admin, connect_as,
                                                                                stay):
    stat_id, stat_number = prescribe(connect_as, stay, "PARA500TAB", "STAT")
    prescribe(connect_as, stay, "AMOX500CAP", "TDS")  # more rows on the chart: the due one is found by arrows
    other = register(admin, "Otherbed", "Olga", "1949-02-03").mrn
    nurse, ward = open_ward(qtbot, shell, stay)
    panel = ward.panel
    qtbot.waitUntil(lambda: panel.mar is not None, timeout=WAIT)
    mar = panel.mar
    panel.tabs.setFocus()
    qtbot.keyClick(panel.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Tab to the chart tabs
    while panel.tabs.currentWidget() is not mar:
        qtbot.keyClick(panel.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(d.prescription_id == stat_id and d.state == "due" for d in mar.doses), timeout=WAIT)
    target = next(r for r, d in enumerate(mar.doses) if d.prescription_id == stat_id)
    assert len(mar.doses) > 1

    # Arrows to the due dose, Return → the wristband scan.
    mar.table.setFocus()
    qtbot.keyClick(mar.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(target):
        qtbot.keyClick(mar.table, Qt.Key.Key_Down)
    assert mar.table.currentRow() == target
    key(qtbot, Qt.Key.Key_Return)  # Return takes the dose under the cursor, selected or not
    assert mar.selected().prescription_id == stat_id and focused() is mar.scan

    # Return on Given before any scan: a red refusal, nothing recorded.
    mar.given_button.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert "wristband first" in mar.message.text() and DANGER in mar.message.styleSheet()
    assert focused() is mar.scan

    # Another patient's wristband: a red SafetyStop, nothing recorded, the field cleared for the right one.
    scan(qtbot, other)
    qtbot.waitUntil(lambda: mar.stop is not None and mar.stop.isVisible(), timeout=WAIT)
    shot_over(nurse, mar.stop, "mar_wrong_patient_stop")
    confirm_stop(qtbot, mar, "Wrong patient")
    assert "WRONG PATIENT" in mar.scan_state.text() and DANGER in mar.scan_state.styleSheet()
    assert mar.wristband is None and mar.scan.text() == ""
    activate(qtbot, nurse)
    qtbot.waitUntil(lambda: focused() is mar.scan, timeout=WAIT)

    # The right wristband → the medicine scan; the wrong medicine stops too.
    scan(qtbot, stay["mrn"])
    qtbot.waitUntil(lambda: focused() is mar.drug_scan, timeout=WAIT)
    assert mar.wristband == stay["mrn"] and "✔" in mar.scan_state.text()
    assert mar.message.text() == ""  # the wrong-patient refusal no longer stands under the right scan
    shot(nurse, "mar_wristband_confirmed")
    scan(qtbot, "AMOX500CAP")
    qtbot.waitUntil(lambda: mar.stop is not None and mar.stop.isVisible(), timeout=WAIT)
    shot_over(nurse, mar.stop, "mar_wrong_medicine_stop")
    confirm_stop(qtbot, mar, "Wrong medicine")
    activate(qtbot, nurse)
    qtbot.waitUntil(lambda: focused() is mar.drug_scan, timeout=WAIT)
    assert admin.execute("SELECT count(*) FROM adt.medication_administration WHERE patient_id = %s",
                         (stay["patient_id"],)).fetchone()[0] == 0

    # Back in the wristband field (a click, say), a new scan replaces the code shown instead of adding to it.
    mar.scan.setFocus()
    qtbot.waitUntil(lambda: mar.scan.selectedText() == stay["mrn"], timeout=WAIT)
    mar.drug_scan.setFocus()
    # The dispensing label's prescription number → Given has the focus; Return gives the dose.
    scan(qtbot, stat_number.lower())
    assert focused() is mar.given_button and "✔" in mar.drug_state.text()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.prescription_id == stat_id and d.state == "given" for d in mar.doses),
                    timeout=WAIT)
    assert DANGER not in mar.message.styleSheet()
    assert admin.execute("SELECT prescription_id, outcome, scanned_mrn FROM adt.medication_administration "
                         "WHERE patient_id = %s", (stay["patient_id"],)).fetchall() == [(stat_id, "given",
                                                                                          stay["mrn"])]
    shot(nurse, "mar_given")


def test_admitting_by_keyboard_a_scan_searches_and_refusals_are_red(qtbot, shell, admin):
    """Return of a wristband scan in the admit dialog's search searched *and* pressed "Admit" (the refusal "Find and
    choose the patient first" before the patient was found); the bed board's messages were all one brown."""
    from hospital_desktop.adt.views.bed_board import AdmitDialog
    from hospital_desktop.adt.views.inpatients_tab import InpatientsWorkspace

    t = uuid.uuid4().hex[:5].upper()
    room = admin.execute("INSERT INTO adt.room (ward_id, code, name) SELECT id, %s, %s FROM core.department "
                         "WHERE code = 'MEDW' RETURNING id", (f"UK{t}", f"Keyboard room {t}")).fetchone()[0]
    label = f"K{t}A"
    admin.execute("INSERT INTO adt.bed (room_id, ward_id, code, label) SELECT id, ward_id, %s, %s FROM adt.room "
                  "WHERE id = %s", (f"UK{t}A", label, room))
    patient_id, mrn = register(admin, f"Keyadmit{uuid.uuid4().hex[:5]}", "Kai", "1960-01-02", "male")
    doctor = shell("doctor1")
    doctor.resize(SMALL)
    assert doctor.select_workspace("inpatients")
    ws = doctor.workspaces["inpatients"].widget
    assert isinstance(ws, InpatientsWorkspace)
    ws.left.setCurrentWidget(ws.board)
    board = ws.board
    qtbot.waitUntil(lambda: board.ward.count() > 0, timeout=WAIT)
    board.select_ward("MEDW")
    qtbot.waitUntil(lambda: any(b.label == label for b in board.beds), timeout=WAIT)
    assert board.select_bed(label)
    board.admit_button.setFocus()
    activate(qtbot, doctor)
    key(qtbot, Qt.Key.Key_Return)  # Return on the focused button opens the dialog
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AdmitDialog), timeout=WAIT)
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: dialog.attending.count() > 0, timeout=WAIT)
    dialog.search.setFocus()
    scan(qtbot, mrn)
    assert dialog.isVisible() and dialog.message.text() == ""  # the scan's Return did not press "Admit"
    qtbot.waitUntil(lambda: dialog.chosen_patient() is not None and focused() is dialog.reason, timeout=WAIT)
    key(qtbot, Qt.Key.Key_Return)  # Return in the reason: "Admit", refused (no reason yet) in red
    assert "Say why" in dialog.message.text() and DANGER in dialog.message.styleSheet()
    qtbot.keyClicks(dialog.reason, "Community-acquired pneumonia")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: f"Admitted into bed {label}" in board.message.text(), timeout=WAIT)
    assert DANGER not in board.message.styleSheet()
    assert admin.execute("SELECT count(*) FROM adt.admission WHERE patient_id = %s", (patient_id,)).fetchone()[0] == 1
    # A refusal of the database on the board is red.
    board.set_state("reserved", "would reserve an occupied bed")
    qtbot.waitUntil(lambda: DANGER in board.message.styleSheet(), timeout=WAIT)
