"""Allergy status (server_db/sql/clinical/): "nobody asked" is not "no known allergies".

From the attacker's side (plain SQL as staff logins): only a doctor or nurse caring for the patient records
"no known allergies", never while an allergy is active; reception and billing cannot. In the real client: a new
patient's banner says "Allergies not yet asked" (amber), the encounter asks, the allergy fields start empty, and
recording either answer changes the banner. And the encounter's keyboard path: worklist → Return → S/O/A/P with
Tab → save → diagnosis → close, with key events only."""
from __future__ import annotations


import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_clinic_ui import clinic_day  # noqa: F401 - the fixture: doctor1 has free GEN slots now
from screens import shot
from builders import open_encounter, place_order, register

from hospital_desktop.clinical import queries
from hospital_desktop.clinical.views.clinic_tab import ClinicWorkspace
from hospital_desktop.clinical.views.encounter_view import EncounterView
from hospital_desktop.widgets.patient_banner import PatientBanner
from hospital_desktop.widgets.safety import SafetyStop

pytestmark = pytest.mark.db
WAIT = 20000


def one(conn: psycopg.Connection, query: str, *params):
    return conn.execute(query, params).fetchone()[0]


def sqlstate(conn: psycopg.Connection, query: str, *params) -> str:
    try:
        conn.execute(query, params)
    except psycopg.Error as error:
        conn.rollback()
        return error.sqlstate or ""
    conn.rollback()
    return "accepted"


def status(conn: psycopg.Connection, patient: int):
    return conn.execute("SELECT status, recorded_by, recorded_at FROM clinical.allergy_status_of(%s)",
                        (patient,)).fetchone()


def add_allergy(conn: psycopg.Connection, patient: int, code: str = "J01C") -> int:
    return one(conn, "INSERT INTO clinical.allergy (patient_id, substance_code, category, reaction, severity) "
                     "VALUES (%s, %s, 'drug', 'hives', 'severe') RETURNING id", patient, code)


# -- the database -----------------------------------------------------------------------------------------------
def test_only_the_care_team_records_no_known_allergies_and_never_over_an_active_one(connect_as, admin):
    patient = register(connect_as).id
    open_encounter(connect_as, patient)  # doctor1 (GEN) now cares for the patient
    with connect_as("doctor1") as doc:
        assert status(doc, patient)[0] == "unknown"  # nobody asked: not "none"
    for login in ("reception1", "billing1"):
        with connect_as(login) as conn:
            assert sqlstate(conn, "SELECT clinical.record_no_known_allergies(%s)", patient) == "42501"
            assert sqlstate(conn, "INSERT INTO clinical.allergy_status (patient_id, status, recorded_by) VALUES "
                                  "(%s, 'no_known_allergies', 1)", patient) == "42501"
            assert conn.execute("SELECT * FROM clinical.allergy_status_of(%s)", (patient,)).fetchall() == []
    with connect_as("doctor2") as stranger:  # Cardiology: no care relationship
        assert sqlstate(stranger, "SELECT clinical.record_no_known_allergies(%s)", patient) == "42501"
    with connect_as("doctor1") as doc:
        # The table takes no direct writes, not even from the care team: the function is the only way.
        assert sqlstate(doc, "INSERT INTO clinical.allergy_status (patient_id, status, recorded_by) VALUES "
                             "(%s, 'no_known_allergies', core.current_staff_id())", patient) == "42501"
        assert sqlstate(doc, "UPDATE clinical.allergy_status SET status = 'no_known_allergies'") == "42501"
        assert sqlstate(doc, "DELETE FROM clinical.allergy_status") == "42501"
        one(doc, "SELECT clinical.record_no_known_allergies(%s)", patient)
        doc.commit()
        nka, by, at = status(doc, patient)
        assert nka == "no_known_allergies" and by == one(doc, "SELECT full_name FROM core.staff "
                                                              "WHERE username = 'doctor1'") and at is not None
        # An allergy turns up: the status is "has allergies", and "none known" is now refused.
        allergy = add_allergy(doc, patient)
        doc.commit()
        assert status(doc, patient)[0] == "has_allergies"
        assert sqlstate(doc, "SELECT clinical.record_no_known_allergies(%s)", patient) == "23514"
        # Entered in error: the old "none known" does not come back by itself — someone must ask again.
        doc.execute("UPDATE clinical.allergy SET status = 'entered_in_error', status_reason = 'wrong patient' "
                    "WHERE id = %s", (allergy,))
        doc.commit()
        assert status(doc, patient)[0] == "unknown"
    with connect_as("nurse1") as nurse:  # GEN nurse, same care team: may record it
        one(nurse, "SELECT clinical.record_no_known_allergies(%s)", patient)
        nurse.commit()
    with connect_as("pharmacist1") as ph:
        assert status(ph, patient)[0] == "no_known_allergies"
    # Audited: who wrote each statement.
    actors = [r[0] for r in admin.execute(
        "SELECT actor FROM audit.event WHERE schema_name = 'clinical' AND table_name = 'allergy_status' "
        "AND patient_id = %s AND action = 'INSERT' ORDER BY id", (patient,))]
    assert actors == ["doctor1", "doctor1", "nurse1"]


def test_the_prescribing_screen_warns_when_nobody_asked(connect_as):
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    with connect_as("doctor1") as doc:
        para = one(doc, "SELECT id FROM pharmacy.drug WHERE code = 'PARA500TAB'")
        hits = doc.execute("SELECT kind, severity FROM pharmacy.screen(%s, %s)", (patient, para)).fetchall()
        assert hits == [("allergy_status", "warning")]
        # A warning, not a stop: prescribing needs no override.
        alerts = one(doc, """
            INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, dose_unit, route,
                                               frequency, duration_days, quantity)
            VALUES (%s, %s, %s, 1, '', '', 'TDS', 3, 9) RETURNING alerts""", patient, encounter, para)
        assert [a["kind"] for a in alerts] == ["allergy_status"]
        doc.rollback()
        one(doc, "SELECT clinical.record_no_known_allergies(%s)", patient)
        assert doc.execute("SELECT * FROM pharmacy.screen(%s, %s)", (patient, para)).fetchall() == []
        doc.rollback()


# -- the client -------------------------------------------------------------------------------------------------
class _Patient:
    display_name, mrn, sex, merged_into_id = "Testperson, Ada", "M0000001", "female", None

    @staticmethod
    def age() -> int:
        return 46

    @property
    def birth_date(self):  # noqa: ANN201
        from datetime import date
        return date(1980, 3, 4)


def test_the_banner_never_says_none_known_by_default(qtbot):
    from datetime import datetime, UTC
    banner = PatientBanner()
    qtbot.addWidget(banner)
    banner.resize(1300, 90)
    banner.show_patient(_Patient(), queries.AllergyList([], "unknown"))
    assert banner.allergies.text() == "Allergies not yet asked" and banner.allergy_state == "unknown"
    shot(banner, "banner_unknown")
    banner.show_patient(_Patient(), queries.AllergyList([], "no_known_allergies", "Dr Amelia Grant",
                                                        datetime(2026, 12, 1, 9, 30, tzinfo=UTC)))
    assert banner.allergies.text() == "No known allergies (recorded by Dr Amelia Grant, 01/12/2026)"  # en_GB
    shot(banner, "banner_nka")
    banner.show_patient(_Patient(), queries.AllergyList(["Amoxicillin (life-threatening): anaphylaxis",
                                                         "Peanut (severe): lip and tongue swelling",
                                                         "Latex (mild): contact dermatitis",
                                                         "Sulfonamides and trimethoprim (moderate): generalised rash"],
                                                        "has_allergies"))
    assert banner.allergies.text().startswith("Allergies: Amoxicillin") and banner.allergy_state == "has_allergies"
    shot(banner, "banner_list")
    # A workspace that passes only the (empty) list of active allergies cannot claim "no known allergies".
    banner.set_allergies([])
    assert "No known allergies" not in banner.allergies.text()


def test_a_new_patient_is_asked_at_the_first_encounter(qtbot, shell, connect_as, admin):
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    doctor = shell("doctor1")
    doctor.resize(1366, 768)
    doctor.select_workspace("clinic")
    view = doctor.workspaces["clinic"].widget.encounter
    assert isinstance(view, EncounterView)
    view.open_encounter(encounter)
    qtbot.waitUntil(lambda: view.encounter is not None and view.encounter.id == encounter, timeout=WAIT)
    qtbot.waitUntil(lambda: view.allergy_substance.count() > 0, timeout=WAIT)
    banner = view.banner
    assert banner.allergies.text() == "Allergies not yet asked" and banner.allergy_state == "unknown"
    assert view.allergy_prompt.isVisible() and "not yet asked" in view.allergy_prompt.findChild(
        type(banner.allergies)).text()
    # Nothing is chosen for the clinician: no substance, no category, no severity.
    assert view.allergy_substance.currentIndex() == -1 and view.allergy_substance.currentText() == ""
    assert view.allergy_severity.currentIndex() == -1 and view.allergy_category.currentIndex() == -1
    shot(doctor, "encounter_unknown_1366")

    qtbot.mouseClick(view.prompt_nka, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.allergy_state == "no_known_allergies", timeout=WAIT)
    assert banner.allergies.text().startswith("No known allergies (recorded by ")
    assert not view.allergy_prompt.isVisible()
    assert one(admin, "SELECT count(*) FROM clinical.allergy_status a JOIN core.staff s ON s.id = a.recorded_by "
                      "WHERE a.patient_id = %s AND a.status = 'no_known_allergies' AND s.username = 'doctor1'",
               patient) == 1
    shot(doctor, "encounter_nka_1366")

    # Then the patient remembers an allergy: the list, in red, and "none known" can no longer be pressed.
    view.tabs.setCurrentIndex(2)
    view.allergy_substance.setCurrentIndex(view.allergy_substance.findText("Amoxicillin"))
    assert view.allergy_category.currentText() == "drug"  # the coded substance's own category
    view.allergy_severity.setCurrentIndex(view.allergy_severity.findText("severe"))
    qtbot.mouseClick(view.allergy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.allergy_state == "has_allergies", timeout=WAIT)
    assert banner.allergies.text().startswith("Allergies: Amoxicillin (severe)")
    assert not view.nka_button.isEnabled()
    assert view.allergy_substance.currentIndex() == -1  # the entry is empty again
    shot(doctor, "encounter_allergies_1366")


# -- the keyboard path ------------------------------------------------------------------------------------------
def _book_and_check_in(connect_as, patient: int) -> int:
    with connect_as("reception1") as rec:
        provider = one(rec, "SELECT id FROM core.staff WHERE username = 'doctor1'")
        service = one(rec, "SELECT s.id FROM scheduling.service s JOIN core.department d ON d.id = s.department_id "
                           "WHERE d.code = 'GEN' AND s.active AND NOT s.telemedicine_allowed "
                           "ORDER BY s.duration_minutes, s.id LIMIT 1")
        start = one(rec, "SELECT min(starts_at) FROM scheduling.free_slots(%s, now(), now() + interval '3 hours')",
                    provider)
        appointment = one(rec, "SELECT scheduling.book(%s, %s, %s, %s, 'in_person', NULL)",
                          patient, provider, service, start)
        rec.execute("SELECT scheduling.check_in(%s)", (appointment,))
        return appointment


def _key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _read_any_stop(qtbot, window) -> None:
    """The shell stops a doctor with unread critical results at login (demo data): read it, confirm with Return."""
    try:
        qtbot.waitUntil(lambda: window.findChild(SafetyStop) is not None, timeout=4000)
    except qtbot.TimeoutError:
        return
    stop = window.findChild(SafetyStop)
    qtbot.waitUntil(lambda: stop.confirm.isEnabled(), timeout=WAIT)
    qtbot.keyClick(stop.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not stop.isVisible(), timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT)


def test_the_encounter_by_keyboard_only(qtbot, shell, connect_as, admin, clinic_day):  # noqa: F811
    patient, mrn = clinic_day
    appointment = _book_and_check_in(connect_as, patient)
    doctor = shell("doctor1")
    doctor.resize(1366, 768)
    doctor.select_workspace("clinic")
    doctor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is not None, timeout=WAIT)
    _read_any_stop(qtbot, doctor)
    clinic = doctor.workspaces["clinic"].widget
    assert isinstance(clinic, ClinicWorkspace)
    view = clinic.encounter
    qtbot.waitUntil(lambda: any(a.id == appointment for a in clinic.appointments), timeout=WAIT)
    target = next(i for i, a in enumerate(clinic.appointments) if a.id == appointment)

    # The worklist: arrow keys to the patient's row, Return opens it.
    clinic.worklist.setFocus()
    qtbot.keyClick(clinic.worklist, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(clinic.worklist, Qt.Key.Key_Down)
    assert clinic.worklist.currentRow() == target
    qtbot.keyClick(clinic.worklist, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.patient is not None and view.patient.id == patient, timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.soap["S"], timeout=WAIT)

    # S, O, A, P with Tab between them (a Tab character would stay in S and end up in the note).
    for i, text in enumerate(("Cough for a week", "Chest clear", "Viral bronchitis", "Fluids and rest")):
        _type(qtbot, text)
        _key(qtbot, Qt.Key.Key_Tab)
        if i < 3:
            assert QApplication.focusWidget() is view.soap["SOAP"[i + 1]]
    _key(qtbot, Qt.Key.Key_Backtab)  # Shift+Tab goes back to P
    assert QApplication.focusWidget() is view.soap["P"]
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.save_note_button
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.message.text() == "Note saved.", timeout=WAIT)
    body = one(admin, "SELECT body FROM clinical.note WHERE encounter_id = %s", view.encounter.id)
    assert body == "S: Cough for a week\nO: Chest clear\nA: Viral bronchitis\nP: Fluids and rest"

    # A diagnosis: Alt+D to its tab (the search field takes the focus), search, Tab to the result, Tab, Return.
    _key(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.dx_search, timeout=WAIT)
    _type(qtbot, "J20")
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.dx_results.count() > 0, timeout=WAIT)
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.dx_results
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.dx_primary
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "primary diagnosis" in view.message.text(), timeout=WAIT)

    # Sign off: Alt+L closes the encounter.
    _key(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.message.text() == "Encounter closed.", timeout=WAIT)
    encounter = view.encounter.id
    assert one(admin, "SELECT status FROM clinical.encounter WHERE id = %s", encounter) == "closed"
    assert one(admin, "SELECT count(*) FROM clinical.diagnosis WHERE encounter_id = %s AND rank = 'primary' "
                      "AND icd10_code LIKE 'J20%%'", encounter) == 1


# -- live results in the open encounter -------------------------------------------------------------------------
def test_the_open_encounter_shows_a_released_result_without_a_click(qtbot, shell, connect_as, admin):
    """The shell turns a lab notification into changed("lab_order"); the encounter's Orders tab listens."""
    patient = register(connect_as).id
    mrn = one(admin, "SELECT mrn FROM registry.patient WHERE id = %s", patient)
    encounter = open_encounter(connect_as, patient)
    [order_id] = place_order(connect_as, encounter, "2823-3", reason="check potassium")
    doctor = shell("doctor1")
    doctor.select_workspace("clinic")
    view = doctor.workspaces["clinic"].widget.encounter
    view.open_encounter(encounter)
    panel = view.lab_orders
    qtbot.waitUntil(lambda: [o.status for o in panel.orders] == ["ordered"], timeout=WAIT)
    qtbot.waitUntil(lambda: doctor.listener is not None and doctor.listener._conn is not None, timeout=WAIT)
    with connect_as("lab1") as lab:
        [accession] = lab.execute("SELECT accession_number FROM lab.collect(%s, %s)", ([order_id], mrn)).fetchone()
        lab.execute("SELECT lab.receive(%s)", (accession,))
        lab.execute("SELECT lab.enter_result(%s, '4.2')", (order_id,))
    with connect_as("lab2") as lab:
        lab.execute("SELECT lab.verify(%s)", (order_id,))
        lab.execute("SELECT lab.release(%s)", (order_id,))
    qtbot.waitUntil(lambda: bool(panel.orders) and panel.orders[0].value == "4.2", timeout=WAIT)
    assert panel.orders[0].status == "released"
