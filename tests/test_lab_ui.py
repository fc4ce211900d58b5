"""A lab order in the real client against the real database: the doctor orders from the encounter, the lab collects
after a wristband scan (label printed), receives, enters a critical result, a second lab user verifies and releases,
the doctor's window shows the pushed alert and acknowledges it; the listener catches up after losing its connection."""
from __future__ import annotations

import io

import pypdfium2
import pytest
from builders import new_visit, unique

from hospital_desktop.clinical.views.clinic_tab import ClinicWorkspace
from hospital_desktop.lab.views.lab_workspace import LabWorkspace
from hospital_desktop.shell.main_window import MainWindow

pytestmark = pytest.mark.db
WAIT = 20000
POTASSIUM = "2823-3"


@pytest.fixture()
def visit(admin, connect_as):
    return new_visit(connect_as, given="Kalia", family=unique("Labflow"), born="1961-02-03")


def window(qtbot, login_db, login: str) -> MainWindow:
    win = MainWindow(login_db(login), idle_lock_seconds=0)
    win.ops.show_errors = False
    qtbot.addWidget(win)
    win.show()
    return win


def read_stop(qtbot, ws: LabWorkspace, title: str, text: str = "") -> None:  # noqa: ANN001
    """The workspace's red SafetyStop: shown, saying `text`, confirmed once armed."""
    qtbot.waitUntil(lambda: ws.stop is not None and ws.stop.isVisible(), timeout=WAIT)
    stop = ws.stop
    assert stop.windowTitle() == title and stop.severity == "danger" and text in stop.message.text()
    qtbot.waitUntil(stop.confirm.isEnabled, timeout=WAIT)
    stop.confirm.click()
    assert ws.stop is None


def lab_step(qtbot, ws: LabWorkspace, queue: str, order_ids: list[int], action) -> None:  # noqa: ANN001
    ws.show_queue(queue)
    ws.refresh()
    qtbot.waitUntil(lambda: {r.id for r in ws.rows} >= set(order_ids), timeout=WAIT)
    ws.select_orders(order_ids)
    assert {r.id for r in ws.selected()} == set(order_ids)
    action()


def test_order_to_alert_end_to_end(qtbot, login_db, admin, visit):
    patient, mrn, encounter = visit
    doctor = window(qtbot, login_db, "doctor1")
    doctor.select_workspace("clinic")  # every role opens on its dashboard
    clinic = doctor.workspaces["clinic"].widget
    assert isinstance(clinic, ClinicWorkspace)
    view = clinic.encounter
    view.open_encounter(encounter)
    panel = view.lab_orders
    qtbot.waitUntil(lambda: panel.encounter_id == encounter and len(panel.choices) > 20, timeout=WAIT)
    assert panel.select_test(POTASSIUM)
    panel.priority_box.setCurrentText("stat")
    panel.place_order()
    qtbot.waitUntil(lambda: len(panel.orders) == 1 and panel.orders[0].status == "ordered", timeout=WAIT)
    order_id = panel.orders[0].id

    lab = window(qtbot, login_db, "lab1")
    lab.select_workspace("lab")  # every role opens on its dashboard
    ws = lab.workspaces["lab"].widget
    assert isinstance(ws, LabWorkspace)
    lab_step(qtbot, ws, "To collect", [order_id], lambda: ws.collect_selected("123456789"))
    qtbot.waitUntil(lambda: "wrong patient" in ws.message.text().lower(), timeout=WAIT)
    read_stop(qtbot, ws, "Wrong patient")  # a stop that must be confirmed, not a line of status text
    assert admin.execute("SELECT status FROM lab.lab_order WHERE id = %s", (order_id,)).fetchone()[0] == "ordered"
    ws.collect_selected(mrn)
    qtbot.waitUntil(lambda: ws.last_labels_pdf is not None, timeout=WAIT)
    label = pypdfium2.PdfDocument(io.BytesIO(ws.last_labels_pdf))
    page = label[0]
    width_mm, height_mm = (round(v / 72 * 25.4) for v in page.get_size())
    assert (width_mm, height_mm) == (50, 25)
    words = page.get_textpage().get_text_range()
    accession = admin.execute("SELECT s.accession_number FROM lab.specimen s JOIN lab.lab_order o "
                              "ON o.specimen_id = s.id WHERE o.id = %s", (order_id,)).fetchone()[0]
    assert accession in words and mrn in words and "Potassium" in words and "STAT" in words
    ws.preview.close()

    ws.receive(accession)
    qtbot.waitUntil(lambda: f"Received {accession}" in ws.message.text(), timeout=WAIT)
    lab_step(qtbot, ws, "To result", [order_id], lambda: ws.enter_result("7.1"))
    qtbot.waitUntil(lambda: "critical high" in ws.message.text(), timeout=WAIT)
    read_stop(qtbot, ws, "Critical result", "Potassium 7.1 mmol/L — flagged critical high")
    lab.close()

    lab2 = window(qtbot, login_db, "lab2")
    lab2.select_workspace("lab")  # every role opens on its dashboard
    ws2 = lab2.workspaces["lab"].widget
    lab_step(qtbot, ws2, "To verify", [order_id], ws2.verify_selected)
    qtbot.waitUntil(lambda: "verified" in ws2.message.text(), timeout=WAIT)
    assert doctor.alerts is not None and not any(n.ref_id == order_id for n in doctor.alerts.alerts.values())
    lab_step(qtbot, ws2, "To release", [order_id], ws2.release_selected)

    # Pushed: the doctor's window shows the alert without anyone refreshing anything.
    qtbot.waitUntil(lambda: any(n.ref_id == order_id for n in doctor.alerts.alerts.values()), timeout=WAIT)
    note = next(n for n in doctor.alerts.alerts.values() if n.ref_id == order_id)
    assert note.critical and "Potassium 7.1" in note.title
    # Redrawn once per burst of alerts, a moment after they arrive.
    qtbot.waitUntil(lambda: doctor.alerts.isVisible() and "critical" in doctor.alerts.summary.text()
                    and "Labflow" in doctor.alerts.list.item(0).text(), timeout=WAIT)
    ws2.refresh()
    qtbot.waitUntil(lambda: any(r.id == order_id for r in ws2.callbacks), timeout=WAIT)

    view.tabs.setCurrentIndex(0)  # writing the note; the alert brings the doctor to the result
    doctor.select_workspace("patients")
    doctor.open_alert(note)
    qtbot.waitUntil(lambda: view.encounter is not None and view.encounter.id == encounter
                    and view.tabs.currentIndex() == view.tabs.count() - 1
                    and doctor.current_workspace().key == "clinic", timeout=WAIT)
    doctor.alerts.acknowledge_selected([note.id])
    qtbot.waitUntil(lambda: note.id not in doctor.alerts.alerts, timeout=WAIT)
    acknowledged = admin.execute("SELECT acknowledged_at IS NOT NULL FROM notify.notification WHERE id = %s",
                                 (note.id,)).fetchone()[0]
    assert acknowledged
    ws2.refresh()
    qtbot.waitUntil(lambda: not any(r.id == order_id for r in ws2.callbacks), timeout=WAIT)
    panel.refresh()
    qtbot.waitUntil(lambda: panel.orders and panel.orders[0].value == "7.1", timeout=WAIT)
    assert panel.orders[0].flag == "critical_high"
    assert admin.execute("SELECT count(*) FROM billing.charge WHERE source_kind = 'lab_test' AND source_id = %s",
                         (order_id,)).fetchone()[0] == 1


def test_the_listener_catches_up_after_losing_its_connection(qtbot, login_db, admin):
    doctor = window(qtbot, login_db, "doctor5")
    assert doctor.listener is not None
    qtbot.waitUntil(lambda: doctor.alerts.status.text() == "" and doctor.listener._conn is not None, timeout=WAIT)
    me = admin.execute("SELECT id FROM core.staff WHERE username = 'doctor5'").fetchone()[0]
    # The server drops the listener's connection; a notification is sent while it is away.
    admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'doctor5' "
                  "AND query LIKE 'LISTEN%%' OR (usename = 'doctor5' AND state = 'idle')")
    missed = admin.execute("INSERT INTO notify.notification (recipient_id, kind, title) VALUES "
                           "(%s, 'lab_result', 'sent while offline') RETURNING id", (me,)).fetchone()[0]
    qtbot.waitUntil(lambda: missed in doctor.alerts.alerts, timeout=WAIT)
    live = admin.execute("INSERT INTO notify.notification (recipient_id, kind, title) VALUES "
                         "(%s, 'lab_result', 'sent after reconnecting') RETURNING id", (me,)).fetchone()[0]
    qtbot.waitUntil(lambda: live in doctor.alerts.alerts, timeout=WAIT)
    doctor.alerts.acknowledge_selected([missed, live])
    qtbot.waitUntil(lambda: missed not in doctor.alerts.alerts and live not in doctor.alerts.alerts, timeout=WAIT)
