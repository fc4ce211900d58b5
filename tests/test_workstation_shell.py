"""The shell a hospital uses all day (issue 14): a lock that hides and disables everything about patients, alerts that
stop for critical results but never flood or reopen the screen, a chart that refreshes itself when a result is
released, switching user without quitting, windows and previews that fit a 1366×768 screen, and the shared table
that never measures every cell."""
from __future__ import annotations

import subprocess
import sys

import pytest
from builders import new_visit, place_order, unique
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QHeaderView
from stall_guard import settle

from hospital_desktop.widgets.safety import SafetyStop
from hospital_desktop.widgets.tables import fill_table, make_table
from server_db.demo.generate import DEMO_PASSWORD
from tests.conftest import DEMO_LOGINS

pytestmark = pytest.mark.db
WAIT = 20000
POTASSIUM = "2823-3"
SMALL_SCREEN = QSize(1366, 768)


def stops(window) -> list[SafetyStop]:  # noqa: ANN001
    return [d for d in window.findChildren(SafetyStop) if d.isVisible()]


def confirm(qtbot, stop: SafetyStop) -> None:
    qtbot.waitUntil(stop.confirm.isEnabled, timeout=WAIT)
    stop.confirm.click()


def release(connect_as, order_ids: list[int], mrn: str, value: str) -> None:
    with connect_as("lab1") as conn:
        for (accession,) in conn.execute("SELECT accession_number FROM lab.collect(%s, %s)", (order_ids, mrn)).fetchall():
            conn.execute("SELECT lab.receive(%s)", (accession,))
        for order_id in order_ids:
            conn.execute("SELECT lab.enter_result(%s, %s)", (order_id, value))
    with connect_as("lab2") as conn:
        for order_id in order_ids:
            conn.execute("SELECT lab.verify(%s)", (order_id,))
            conn.execute("SELECT lab.release(%s)", (order_id,))


def test_the_demo_starts_each_clinician_with_a_readable_number_of_alerts(admin):
    """Defect 8: doctor1 started with 34 unacknowledged alerts and the pharmacist with 36 'critical' ones."""
    per_doctor = admin.execute("""
        SELECT s.username, count(*) FILTER (WHERE n.kind = 'lab_result'), count(*) FILTER (WHERE n.kind = 'lab_critical')
          FROM notify.notification n JOIN core.staff s ON s.id = n.recipient_id
          JOIN lab.lab_order o ON o.id = n.ref_id AND o.clinical_info = 'demo'  -- the demo's, not other tests'
         WHERE n.acknowledged_at IS NULL AND s.username LIKE 'doctor%' GROUP BY 1""").fetchall()
    assert per_doctor, "the demo has unread results"
    assert all(results <= 3 and critical <= 1 for _, results, critical in per_doctor), per_doctor


def test_stat_prescriptions_are_urgent_work_not_critical_results(qtbot, shell):
    pharmacist = shell("pharmacist1")
    qtbot.waitUntil(lambda: pharmacist.listener._conn is not None, timeout=WAIT)
    qtbot.wait(300)
    notes = list(pharmacist.alerts.alerts.values())
    assert not any(n.critical for n in notes)
    assert not stops(pharmacist)  # a STAT is not a danger: no stop
    assert "critical" not in pharmacist.alerts.summary.text()


def test_a_critical_result_stops_the_doctor_once_and_the_bar_does_not_reopen_itself(qtbot, shell, admin, connect_as):
    _, mrn, encounter = new_visit(connect_as, doctor="doctor5", given="Shell", family=unique("Test"), born="1958-04-05", sex="male")
    doctor = shell("doctor5")
    qtbot.waitUntil(lambda: doctor.listener._conn is not None, timeout=WAIT)
    settle(doctor.ops, qtbot)  # the alerts already waiting are loaded and named
    for stop in stops(doctor):  # the demo's own critical result for this doctor (and other tests' escalations)
        confirm(qtbot, stop)
    order_ids = place_order(connect_as, encounter, POTASSIUM, "stat", "palpitations", doctor="doctor5")
    release(connect_as, order_ids, mrn, "7.4")
    qtbot.waitUntil(lambda: len(stops(doctor)) == 1, timeout=WAIT)
    stop = stops(doctor)[0]
    assert "Potassium 7.4" in stop.message.text() and "Test-" in stop.message.text()  # result and patient
    assert stop.isModal() and not stop.confirm.isEnabled()  # a scan's Return cannot dismiss it unread
    confirm(qtbot, stop)
    assert not doctor.alerts.list.isVisible()  # the stop demanded attention; the list stays closed
    # A second critical stops again; confirming the first never stopped for it twice.
    more = place_order(connect_as, encounter, POTASSIUM, "stat", "recheck", doctor="doctor5")
    release(connect_as, more, mrn, "7.6")
    qtbot.waitUntil(lambda: len(stops(doctor)) == 1, timeout=WAIT)
    assert "7.6" in stops(doctor)[0].message.text() and "7.4" not in stops(doctor)[0].message.text()
    assert doctor.alerts.list.maximumHeight() < 200


def test_a_locked_workstation_shows_no_patient_and_acknowledges_nothing(qtbot, shell, admin, connect_as):
    """Defect 2: under 'Workstation locked' the alert panel listed names and values and acknowledged a result."""
    doctor = shell("doctor1")
    qtbot.waitUntil(lambda: bool(doctor.alerts.patients) and doctor.alerts.list.count() > 0, timeout=WAIT)
    qtbot.waitUntil(lambda: bool(stops(doctor)), timeout=WAIT)  # doctor1's demo critical result
    for stop in stops(doctor):
        confirm(qtbot, stop)
    doctor.alerts.set_expanded(True)
    doctor.alerts.list.selectAll()
    chosen = list(doctor.alerts.alerts)
    doctor.lock()
    assert doctor.visible_page() is doctor.lock_screen
    assert doctor.alerts.list.count() == 0 and not doctor.alerts.list.isVisible()
    assert not doctor.alerts.toggle.isEnabled()
    names = [name for name in doctor.alerts.patients.values() if name]
    assert names and not any(name in doctor.alerts.summary.text() for name in names)
    assert "unlock" in doctor.alerts.summary.text()
    doctor.alerts.acknowledge_selected()       # the button's path
    doctor.alerts.acknowledge_selected(chosen)  # and a direct call
    qtbot.wait(500)
    assert admin.execute("SELECT count(*) FROM notify.notification WHERE id = ANY(%s) AND acknowledged_at IS NOT NULL",
                         (chosen,)).fetchone()[0] == 0
    doctor.lock_screen.password.setText(DEMO_PASSWORD)
    doctor.lock_screen.try_unlock()
    qtbot.waitUntil(lambda: not doctor.locked, timeout=WAIT)
    assert doctor.alerts.list.count() == len(chosen) and doctor.alerts.toggle.isEnabled()


def test_locking_hides_an_open_dialog_and_unlocking_brings_it_back(qtbot, shell):
    from hospital_desktop.widgets.safety import show_stop
    nurse = shell("nurse1")
    stop = show_stop(nurse, "Wrong patient", "The scanned wristband is not this patient's.")
    assert stop.isVisible()
    nurse.lock()
    assert not stop.isVisible()
    nurse.unlock()
    assert stop.isVisible()


def test_a_released_result_refreshes_the_open_chart_without_a_click(qtbot, shell, connect_as):
    """Defect 8: the open chart stayed on 'ordered' after the result was released until the alert was opened."""
    _, mrn, encounter = new_visit(connect_as, doctor="doctor5", given="Shell", family=unique("Test"), born="1958-04-05", sex="male")
    doctor = shell("doctor5")
    doctor.select_workspace("clinic")
    view = doctor.workspaces["clinic"].widget.encounter
    view.open_encounter(encounter)
    panel = view.lab_orders
    order_ids = place_order(connect_as, encounter, POTASSIUM, reason="check", doctor="doctor5")
    panel.refresh()
    qtbot.waitUntil(lambda: [o.status for o in panel.orders] == ["ordered"], timeout=WAIT)
    release(connect_as, order_ids, mrn, "4.2")
    qtbot.waitUntil(lambda: panel.orders and panel.orders[0].value == "4.2", timeout=WAIT)  # no refresh() called


def test_switch_user_opens_the_login_before_the_window_closes(qtbot, shell):
    """Defect 9: 'Log out' closed the last window first, so the program (and the demo database) quit."""
    window = shell("reception1")
    assert window.logout_action.text().startswith("Switch user")
    seen = []
    window.logged_out.connect(lambda: seen.append(window.isVisible()))
    window.logout_action.trigger()
    assert seen == [True] and not window.isVisible()


def test_the_demo_server_stays_up_while_another_demo_client_runs(tmp_path, monkeypatch):
    from server_db import demo_server
    monkeypatch.setattr(demo_server, "demo_dir", lambda: tmp_path / "demo")
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        demo_server.register_client(other.pid)
        demo_server.register_client()
        assert demo_server.release_client() is False  # the other client still uses it
    finally:
        other.kill()
        other.wait()
    demo_server.register_client()
    assert demo_server.release_client() is True  # the dead client's file is cleared


def test_demo_buttons_name_the_login_and_the_department(qtbot, tmp_path):
    from hospital_desktop.core.profiles import ProfileStore
    from hospital_desktop.shell.login_dialog import LoginDialog
    dialog = LoginDialog(ProfileStore(path=tmp_path / "p.json"),
                         demo_logins=[("doctor1", "doctor", "Dr Amelia Grant", "General Medicine")], demo_password="x")
    qtbot.addWidget(dialog)
    text = dialog.demo_buttons["doctor1"].text()
    assert "doctor1" in text and "General Medicine" in text and "Dr Amelia Grant" in text


@pytest.mark.parametrize("login", sorted(DEMO_LOGINS.values()))
def test_every_workspace_fits_a_1366_by_768_screen(qtbot, shell, login):
    """Defect 10: the admin window was 1092 px tall on a 1000 px screen."""
    window = shell(login)
    for key in window.workspaces:
        window.select_workspace(key)
        hint = window.minimumSizeHint()
        assert hint.width() <= SMALL_SCREEN.width() and hint.height() <= SMALL_SCREEN.height(), (key, hint)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_the_shared_table_never_measures_every_cell(qtbot):
    """Defect 1: ResizeToContents re-measured every cell on each refill of the 329-row queue (minutes of UI)."""
    table = make_table(["Priority", "Waiting", "Patient", "Drug"], "queue")
    qtbot.addWidget(table)
    table.show()
    header = table.horizontalHeader()
    assert all(header.sectionResizeMode(c) != QHeaderView.ResizeMode.ResizeToContents for c in range(4))
    rows = [("routine", f"{i} min", f"Patient {i}", "x" * (i % 40)) for i in range(20000)]
    fill_table(table, rows)
    fill_table(table, rows)  # a refill keeps the widths the first fill (or the user) chose
    assert table.rowCount() == 20000 and table.item(19999, 2).text() == "Patient 19999"
    assert table.columnWidth(3) < 420


def test_print_previews_fit_the_width_of_the_window(qtbot):
    """Defect 10: a 280 mm wristband preview was cut off with no fit-to-width."""
    from datetime import date

    from hospital_desktop.registry import documents as labels
    from hospital_desktop.registry.queries import PatientRow
    from hospital_desktop.widgets.print_preview import PrintPreviewDialog
    patient = PatientRow(id=1, mrn="000123457", given_name="Wide", family_name="Label", birth_date=date(1960, 2, 1),
                         sex="female")
    dialog = PrintPreviewDialog(labels.wristband_pdf(patient, "Demo Hospital"), "Wristband", "wristband.pdf")
    qtbot.addWidget(dialog)
    dialog.resize(800, 500)
    dialog.show()
    QApplication.processEvents()
    viewport = dialog.scroll.viewport().width()
    assert all(label.pixmap().width() <= viewport for label in dialog.page_labels)
    dialog.fit_width.setChecked(False)
    assert max(label.pixmap().width() for label in dialog.page_labels) > viewport  # 280 mm at its real size
