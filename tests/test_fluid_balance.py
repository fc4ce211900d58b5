"""Fluid balance chart of a stay (issue 7, "fluid balance"): charted only by the patient's ward and the stay's
doctors through adt.record_fluid, checked by the database (direction/route, volume, time window, active stay),
corrected by marking entered in error, summed per day with a running balance; the ward nurse charts it in the
ward workstation."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from hospital_desktop.adt.views.ward_tab import WardWorkspace
from tests.test_adt import admit, make_beds, new_patient, sign_summary, staff_id

pytestmark = pytest.mark.db
WAIT = 20000


@pytest.fixture()
def stay(connect_as, admin) -> tuple[int, int, str]:
    ward = make_beds(connect_as, "MEDW", 1)
    patient = new_patient(connect_as, "Fluids")
    with connect_as("reception1", autocommit=True) as desk:
        admission = admit(desk, patient, ward.beds[0], attending=staff_id(admin, "doctor1"), reason="dehydration")
    mrn = admin.execute("SELECT mrn FROM registry.patient WHERE id = %s", (patient,)).fetchone()[0]
    return admission, patient, mrn


def test_the_ward_charts_fluids_and_the_database_keeps_the_balance(connect_as, admin, stay):
    admission, patient, _ = stay
    with connect_as("nurse1", autocommit=True) as nurse:  # MEDW
        chart = lambda *a: nurse.execute("SELECT adt.record_fluid(%s, %s, %s, %s, %s, %s)",  # noqa: E731
                                         (admission, *a)).fetchone()[0]
        chart("in", "iv", 1000, None, "0.9% saline")
        chart("in", "oral", 350, None, None)
        urine = chart("out", "urine", 400, None, None)
        wrong = chart("out", "vomit", 900, None, "typed 900 for 90")
        for args, error in ((("in", "urine", 100, None, None), psycopg.errors.CheckViolation),   # route of output
                            (("out", "urine", 0, None, None), psycopg.errors.CheckViolation),    # no volume
                            (("out", "urine", 6000, None, None), psycopg.errors.CheckViolation),
                            (("sideways", "urine", 100, None, None), psycopg.errors.CheckViolation),
                            (("out", "urine", 100, datetime.now(UTC) + timedelta(hours=1), None),
                             psycopg.errors.CheckViolation),                                     # in the future
                            (("out", "urine", 100, datetime.now(UTC) - timedelta(hours=30), None),
                             psycopg.errors.CheckViolation)):                                    # too late to chart
            with pytest.raises(error):
                chart(*args)
        with pytest.raises(psycopg.errors.CheckViolation, match="at least 5 characters"):
            nurse.execute("SELECT adt.void_fluid(%s, 'no')", (wrong,))
        nurse.execute("SELECT adt.void_fluid(%s, 'typed 900 instead of 90')", (wrong,))
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            nurse.execute("SELECT adt.void_fluid(%s, 'typed 900 instead of 90')", (wrong,))
        [(day, intake, output, balance, running)] = nurse.execute(
            "SELECT * FROM adt.fluid_balance(%s)", (admission,)).fetchall()
        assert (intake, output, balance, running) == (1350, 400, 950, 950)  # the entry in error does not count
        # Nothing is deleted or edited by hand, even by the ward.
        for sql in ("UPDATE adt.fluid_entry SET volume_ml = 1 WHERE id = %s", "DELETE FROM adt.fluid_entry WHERE id = %s",
                    "INSERT INTO adt.fluid_entry (admission_id, patient_id, direction, route, volume_ml, measured_at) "
                    "SELECT admission_id, patient_id, 'in', 'oral', 5, now() FROM adt.fluid_entry WHERE id = %s"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                nurse.execute(sql, (urine,))
    with connect_as("doctor1", autocommit=True) as attending:  # the stay's attending doctor charts too
        attending.execute("SELECT adt.record_fluid(%s, 'out', 'drain', 50)", (admission,))
        assert attending.execute("SELECT count(*) FROM adt.fluid_entry WHERE admission_id = %s",
                                 (admission,)).fetchone()[0] == 5
    # Every write is in the audit trail under the nurse's login.
    assert admin.execute("SELECT count(*) FROM audit.event WHERE table_name = 'fluid_entry' AND actor = 'nurse1' "
                         "AND patient_id = %s", (patient,)).fetchone()[0] >= 5


def test_only_the_care_team_sees_or_charts_fluids(connect_as, admin, stay):
    admission, patient, _ = stay
    with connect_as("nurse1", autocommit=True) as nurse:
        nurse.execute("SELECT adt.record_fluid(%s, 'in', 'oral', 200)", (admission,))
    for login in ("nurse2", "doctor2"):  # another ward's nurse, a cardiologist without a link
        with connect_as(login, autocommit=True) as conn:
            assert conn.execute("SELECT count(*) FROM adt.fluid_entry WHERE patient_id = %s",
                                (patient,)).fetchone()[0] == 0
            assert conn.execute("SELECT count(*) FROM adt.fluid_balance(%s)", (admission,)).fetchone()[0] == 0
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="no stay"):
                conn.execute("SELECT adt.record_fluid(%s, 'in', 'oral', 100)", (admission,))
    for login in ("reception1", "pharmacist1", "lab1", "billing1", "admin1", "auditor1"):
        with connect_as(login, autocommit=True) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT count(*) FROM adt.fluid_entry")
        with connect_as(login, autocommit=True) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT adt.record_fluid(%s, 'in', 'oral', 100)", (admission,))


def test_the_chart_closes_at_discharge(connect_as, admin, stay):
    admission, _, _ = stay
    with connect_as("doctor1", autocommit=True) as doc:
        sign_summary(doc, admission)
        doc.execute("SELECT adt.discharge(%s, 'home')", (admission,))
    with connect_as("nurse1", autocommit=True) as nurse:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="discharged"):
            nurse.execute("SELECT adt.record_fluid(%s, 'in', 'oral', 100)", (admission,))


def test_the_ward_nurse_charts_intake_and_output_on_screen(qtbot, shell, admin, stay):
    admission, _, mrn = stay
    nurse = shell("nurse1")
    nurse.select_workspace("ward")  # every role opens on its dashboard
    ward = nurse.workspaces["ward"].widget
    assert isinstance(ward, WardWorkspace)
    qtbot.waitUntil(lambda: ward.select_patient(mrn), timeout=WAIT)
    panel = ward.panel.fluids
    ward.panel.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.patient is not None and "Nothing charted" in panel.summary.text(), timeout=WAIT)
    panel.record()  # no volume yet
    assert panel.message.text() == "Give the measured volume in ml."
    panel.volume.setValue(750)
    panel.record_button.click()
    qtbot.waitUntil(lambda: "Charted intake: 750 ml" in panel.message.text(), timeout=WAIT)
    panel.direction.setCurrentIndex(panel.direction.findData("out"))
    assert panel.route.currentData() == "urine"
    panel.volume.setValue(300)
    panel.record_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: "balance <b>+450 ml</b>" in panel.summary.text(), timeout=WAIT)
    assert panel.days.item(0, 1).text() == "750" and panel.days.item(0, 2).text() == "300"
    # The urine entry was wrong: marked in error with a reason, it leaves the balance.
    panel.table.selectRow(0)
    panel.error_reason.setText("charted on the wrong patient")
    panel.error_button.click()
    qtbot.waitUntil(lambda: "balance <b>+750 ml</b>" in panel.summary.text(), timeout=WAIT)
    assert "ENTERED IN ERROR" in panel.table.item(0, 5).text()
    assert admin.execute("SELECT count(*) FROM adt.fluid_entry WHERE admission_id = %s AND status = 'final'",
                         (admission,)).fetchone()[0] == 1
