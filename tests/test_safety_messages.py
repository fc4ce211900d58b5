"""Issue 14, defects 5 and 7, and the keyboard-only dispensing path, in the real client against the real database.

Defect 5: the allergy STOP inside the encounter could not be read while the alert bar was open (overlapping text,
a reason box and buttons a few pixels high, the window growing past the screen). Defect 7: wrong patient, critical
result and expired lot were plain status text, the proposed lot pale green on white, "No usable lot" green.
Screens are rendered to /tmp/h4 (1366×768) to be looked at."""
from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from builders import open_encounter, place_order, prescribe, register

from hospital_desktop.lab.views.lab_workspace import LabWorkspace
from hospital_desktop.pharmacy.views.dispensing_tab import DispensingTab
from hospital_desktop.widgets.safety import DANGER, SAFE, OverrideStop, SafetyStop

pytestmark = pytest.mark.db
WAIT = 20000
from screens import activate, shot, shot_over  # noqa: E402

SMALL = QSize(1366, 768)
REASON = "Rash as a child only; tolerated amoxicillin in 2024"


def read_other_stops(qtbot, window, keep=None) -> None:  # noqa: ANN001
    """The shell stops a doctor with an unread critical result at login (demo data): read and confirm it."""
    qtbot.wait(300)
    for stop in [s for s in window.findChildren(SafetyStop) if s.isVisible() and s is not keep]:
        qtbot.waitUntil(stop.confirm.isEnabled, timeout=WAIT)
        stop.confirm.click()
    activate(qtbot, window)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def lum(c: QColor) -> float:
        ch = [v / 255 for v in (c.red(), c.green(), c.blue())]
        ch = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in ch]
        return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2]
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def usable(widget) -> bool:  # noqa: ANN001
    return widget.isVisible() and widget.height() >= widget.sizeHint().height() and widget.width() >= 40


# -- defect 5 ---------------------------------------------------------------------------------------------------
def test_the_allergy_stop_is_a_readable_dialog_at_1366x768_with_the_alert_bar_open(qtbot, shell, connect_as, admin):
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    with connect_as("doctor1", autocommit=True) as doc:
        doc.execute("INSERT INTO clinical.allergy (patient_id, substance_code, category, reaction, severity) "
                    "VALUES (%s, 'J01C', 'drug', 'anaphylaxis', 'severe')", (patient,))
    doctor = shell("doctor1")
    doctor.resize(SMALL)
    qtbot.waitUntil(doctor.alert_bar.isVisible, timeout=WAIT)  # the demo leaves doctor1 unread results
    read_other_stops(qtbot, doctor)
    doctor.select_workspace("clinic")
    view = doctor.workspaces["clinic"].widget.encounter
    view.open_encounter(encounter)
    qtbot.waitUntil(lambda: view.encounter is not None and view.encounter.id == encounter, timeout=WAIT)
    view.tabs.setCurrentIndex(view.tabs.count() - 1)  # Orders
    panel = view.prescriptions
    qtbot.waitUntil(lambda: bool(panel.drugs) and panel.prescribe_button.isEnabled(), timeout=WAIT)
    read_other_stops(qtbot, doctor)
    doctor.alerts.set_expanded(True)  # the alert bar open, as when the STOP could not be read
    qtbot.waitUntil(doctor.alerts.list.isVisible, timeout=WAIT)
    panel.choose_drug("AMOX500CAP")
    before = doctor.size()
    panel.prescribe_button.click()
    qtbot.waitUntil(lambda: panel.stop is not None and panel.stop.isVisible(), timeout=WAIT)
    stop = panel.stop
    assert isinstance(stop, OverrideStop) and stop.isWindow() and stop.isModal() and stop.severity == "danger"
    assert doctor.alert_bar.isVisible() and doctor.alerts.list.isVisible()
    qtbot.waitUntil(stop.confirm.isEnabled, timeout=WAIT)
    QApplication.processEvents()
    # Its own window: the main window does not grow, the dialog fits the screen (and a 1366×768 one).
    assert doctor.size() == before and doctor.width() <= SMALL.width() and doctor.height() <= SMALL.height()
    screen = doctor.screen().availableGeometry()
    frame = stop.frameGeometry()
    assert frame.width() <= min(screen.width(), SMALL.width()) and frame.height() <= min(screen.height(),
                                                                                       SMALL.height()), frame
    # Readable: the hit listed, the reason box and both buttons at least as large as they ask to be.
    assert "ALLERGY" in " ".join(h.text() for h in stop.hit_labels)
    assert all(usable(w) for w in (stop.reason, stop.proceed, stop.confirm)), [
        (w.objectName(), w.size(), w.sizeHint()) for w in (stop.reason, stop.proceed, stop.confirm)]
    assert stop.message.height() >= stop.message.heightForWidth(stop.message.width())  # no overlapping text
    assert stop.proceed.text() == "Override and prescribe" and stop.confirm.text() == "Do not prescribe"
    assert stop.confirm.isDefault() and not stop.proceed.isEnabled()  # the safe one is the default
    shot_over(doctor, stop, "prescribing_stop_window")
    shot(stop, "prescribing_stop")

    # By keyboard: Escape means "do not prescribe"; nothing is written.
    qtbot.keyClick(stop, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.stop is None and panel.message.text() == "Not prescribed.", timeout=WAIT)
    assert admin.execute("SELECT count(*) FROM pharmacy.prescription WHERE patient_id = %s",
                         (patient,)).fetchone()[0] == 0
    # A reason of at least 10 characters, Tab to "Override and prescribe", Return: prescribed with the reason.
    panel.prescribe_button.click()
    qtbot.waitUntil(lambda: panel.stop is not None and panel.stop.isVisible(), timeout=WAIT)
    stop = panel.stop
    qtbot.waitUntil(lambda: QApplication.focusWidget() is stop.reason, timeout=WAIT)
    qtbot.keyClicks(stop.reason, "too short")
    assert not stop.proceed.isEnabled()
    qtbot.keyClicks(stop.reason, " - " + REASON)
    qtbot.keyClick(stop.reason, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is stop.proceed and stop.proceed.isEnabled()
    qtbot.keyClick(stop.proceed, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Override recorded" in panel.message.text(), timeout=WAIT)
    assert admin.execute("SELECT override_reason FROM pharmacy.prescription WHERE patient_id = %s",
                         (patient,)).fetchone()[0] == "too short - " + REASON


# -- defect 7 and the keyboard path: dispensing -----------------------------------------------------------------
@pytest.fixture()
def stat_prescription(connect_as, admin):
    """A STAT paracetamol prescription, a good lot and an expired lot of it at the dispensary."""
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    mrn = admin.execute("SELECT mrn FROM registry.patient WHERE id = %s", (patient,)).fetchone()[0]
    with connect_as("doctor1", autocommit=True) as doc:
        doc.execute("SELECT clinical.record_no_known_allergies(%s)", (patient,))
        rx = prescribe(doc, patient, encounter, "PARA500TAB", unit="", route="", frequency="QDS", duration_days=1,
                       quantity=4, priority="stat")
    good, old = "GOOD" + uuid.uuid4().hex[:6].upper(), "OLD" + uuid.uuid4().hex[:6].upper()
    with connect_as("pharmacist1", autocommit=True) as ph:
        ph.execute("SELECT pharmacy.receive_stock((SELECT id FROM pharmacy.drug WHERE code = 'PARA500TAB'), "
                   "pharmacy.location_id('DISP'), %s, %s, 10)", (good, date.today() + timedelta(days=3)))
    # An expired pack still on the shelf (stock is never received expired, so the lot is made as it would be left).
    admin.execute("INSERT INTO pharmacy.stock_lot (drug_id, location_id, lot_number, expiry_date) VALUES "
                  "((SELECT id FROM pharmacy.drug WHERE code = 'PARA500TAB'), pharmacy.location_id('DISP'), %s, %s)",
                  (old, date.today() - timedelta(days=2)))
    admin.commit()
    return rx, mrn, good, old


def key(qtbot, k) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), k)


def scan(qtbot, code: str) -> None:
    """A keyboard-wedge scanner: the code typed into the focused field, then Return."""
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit), field
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def confirm_by_keyboard(qtbot, tab: DispensingTab, title: str) -> None:
    qtbot.waitUntil(lambda: tab.stop is not None and tab.stop.isVisible(), timeout=WAIT)
    stop = tab.stop
    assert stop.windowTitle() == title and stop.severity == "danger"
    qtbot.keyClick(stop, Qt.Key.Key_Return)  # the scan's own Return cannot dismiss it unread
    qtbot.keyClick(stop, Qt.Key.Key_Escape)
    assert stop.isVisible()
    qtbot.waitUntil(stop.confirm.isEnabled, timeout=WAIT)
    qtbot.keyClick(stop.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.stop is None, timeout=WAIT)


def test_dispensing_by_keyboard_with_wedge_scans_stops_on_wrong_patient_and_expired_lot(
        qtbot, shell, admin, connect_as, stat_prescription):
    rx_id, mrn, good, old = stat_prescription
    pharmacist = shell("pharmacist1")
    pharmacist.resize(SMALL)
    pharmacist.select_workspace("dispensing")
    tab = pharmacist.workspaces["dispensing"].widget
    assert isinstance(tab, DispensingTab)
    read_other_stops(qtbot, pharmacist)
    tab.refresh()
    qtbot.waitUntil(lambda: any(r.id == rx_id for r in tab.queue_rows), timeout=WAIT)
    target = next(i for i, r in enumerate(tab.queue_rows) if r.id == rx_id)

    # The queue: arrows to the row, Return goes on to the patient scan once the prescription is on screen.
    tab.queue.setFocus()
    qtbot.keyClick(tab.queue, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(target):
        qtbot.keyClick(tab.queue, Qt.Key.Key_Down)
    assert tab.queue.currentRow() == target
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.context is not None and tab.context.prescription.id == rx_id
                    and QApplication.focusWidget() is tab.patient_scan, timeout=WAIT)

    # The proposed lot is readable (the pale green on white was not) and stands out from the white rows.
    assert tab.lots.item(0, 0).text() == good
    fg = tab.lots.item(0, 0).data(Qt.ItemDataRole.ForegroundRole).color()
    bg = tab.lots.item(0, 0).data(Qt.ItemDataRole.BackgroundRole).color()
    assert contrast(fg, bg) >= 4.5 and contrast(bg, QColor("white")) >= 3, (fg.name(), bg.name())

    # A wrong wristband: a red stop, nothing checked while typing, the field cleared for the right one.
    qtbot.keyClicks(tab.patient_scan, mrn[:4])
    assert tab.stop is None  # a half-typed scan is not "wrong patient"
    tab.patient_scan.clear()
    scan(qtbot, "999999999")
    confirm_by_keyboard(qtbot, tab, "Wrong patient")
    assert "WRONG PATIENT" in tab.scan_state.text() and DANGER in tab.scan_state.styleSheet()
    activate(qtbot, pharmacist)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.patient_scan, timeout=WAIT)
    assert tab.patient_scan.text() == ""
    scan(qtbot, mrn)
    assert QApplication.focusWidget() is tab.pack_scan and "Patient confirmed" in tab.scan_state.text()

    # An expired pack: a red stop at the scan, before anything is sent.
    shot(pharmacist, "dispensing_tab")
    scan(qtbot, old.lower())
    qtbot.waitUntil(lambda: tab.stop is not None and tab.stop.isVisible(), timeout=WAIT)
    assert "expired" in tab.stop.message.text()
    shot_over(pharmacist, tab.stop, "dispensing_expired_stop")
    confirm_by_keyboard(qtbot, tab, "Expired lot")
    activate(qtbot, pharmacist)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.pack_scan, timeout=WAIT)

    # The right pack, then Return on the Dispense button.
    assert tab.quantity.value() == 4
    scan(qtbot, good)
    assert QApplication.focusWidget() is tab.dispense_button
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Dispensed 4" in tab.message.text(), timeout=WAIT)
    assert SAFE in tab.message.styleSheet()
    rows = admin.execute("SELECT l.lot_number, x.quantity FROM pharmacy.dispense x JOIN pharmacy.stock_lot l "
                         "ON l.id = x.lot_id WHERE x.prescription_id = %s", (rx_id,)).fetchall()
    assert rows == [(good, 4)]  # one dispense, from the right lot; the expired one untouched


def test_no_usable_lot_is_red_even_after_a_confirmed_scan(qtbot, shell, connect_as, stat_prescription):
    rx_id, mrn, _good, _old = stat_prescription
    ward = "W-" + uuid.uuid4().hex[:6].upper()
    with connect_as("pharmacist1", autocommit=True) as ph:
        ph.execute("INSERT INTO pharmacy.location (code, name, kind) VALUES (%s, 'Empty ward stock', 'ward')", (ward,))
    pharmacist = shell("pharmacist1")
    pharmacist.select_workspace("dispensing")
    tab = pharmacist.workspaces["dispensing"].widget
    tab.refresh()
    qtbot.waitUntil(lambda: any(r.id == rx_id for r in tab.queue_rows), timeout=WAIT)
    tab.queue.selectRow(next(i for i, r in enumerate(tab.queue_rows) if r.id == rx_id))
    qtbot.waitUntil(lambda: tab.context is not None and tab.context.prescription.id == rx_id
                    and tab.patient_scan.isEnabled(), timeout=WAIT)
    tab.patient_scan.setText(mrn)
    tab.patient_scan.returnPressed.emit()
    assert "Patient confirmed" in tab.scan_state.text() and SAFE in tab.scan_state.styleSheet()
    qtbot.waitUntil(lambda: tab.location.findData(ward) >= 0, timeout=WAIT)
    tab.location.setCurrentIndex(tab.location.findData(ward))
    qtbot.waitUntil(lambda: "No usable lot" in tab.scan_state.text(), timeout=WAIT)
    assert DANGER in tab.scan_state.styleSheet() and SAFE not in tab.scan_state.styleSheet()


# -- defect 7: the lab ------------------------------------------------------------------------------------------
def type_into_dialog(qtbot, text: str) -> None:
    """When the next modal input dialog opens, scan `text` into it like a wedge scanner (text + Return)."""
    def later() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(50, later)
            return
        field = dialog.findChild(QLineEdit)
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    QTimer.singleShot(50, later)


def test_lab_wedge_scans_and_a_wrong_wristband_stops_the_collection(qtbot, shell, connect_as, admin):
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    mrn = admin.execute("SELECT mrn FROM registry.patient WHERE id = %s", (patient,)).fetchone()[0]
    order_ids = place_order(connect_as, encounter, "2823-3", reason="check potassium")
    lab = shell("lab1")
    lab.resize(SMALL)
    lab.select_workspace("lab")
    ws = lab.workspaces["lab"].widget
    assert isinstance(ws, LabWorkspace)
    ws.show_queue("To collect")
    activate(qtbot, lab)
    ws.search.setFocus()
    scan(qtbot, mrn)  # the worklist search takes a wristband scan
    qtbot.waitUntil(lambda: [r.id for r in ws.rows] == order_ids, timeout=WAIT)
    ws.select_orders(order_ids)

    type_into_dialog(qtbot, "123456789")
    ws.buttons["collect"].click()  # the wristband dialog, scanned with a wrong wristband
    qtbot.waitUntil(lambda: ws.stop is not None and ws.stop.isVisible(), timeout=WAIT)
    stop = ws.stop
    assert stop.windowTitle() == "Wrong patient" and stop.severity == "danger"
    assert "not the patient of these orders" in stop.message.text() and mrn in stop.findChild(
        type(stop.message), "safetyDetail").text()
    assert DANGER in ws.message.styleSheet()
    shot_over(lab, stop, "lab_collection_stop_window")
    shot(stop, "lab_collection_stop")
    qtbot.keyClick(stop, Qt.Key.Key_Return)  # not armed yet: a scanner's Return cannot dismiss it
    assert stop.isVisible()
    qtbot.waitUntil(stop.confirm.isEnabled, timeout=WAIT)
    qtbot.keyClick(stop.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.stop is None, timeout=WAIT)
    assert admin.execute("SELECT status FROM lab.lab_order WHERE id = %s", (order_ids[0],)).fetchone()[0] == "ordered"

    # The right wristband, then the tube's accession scanned into the receive dialog.
    activate(qtbot, lab)
    type_into_dialog(qtbot, mrn)
    ws.buttons["collect"].click()
    qtbot.waitUntil(lambda: ws.last_labels_pdf is not None, timeout=WAIT)
    ws.preview.close()
    accession = admin.execute("SELECT s.accession_number FROM lab.specimen s JOIN lab.lab_order o "
                              "ON o.specimen_id = s.id WHERE o.id = %s", (order_ids[0],)).fetchone()[0]
    activate(qtbot, lab)
    type_into_dialog(qtbot, accession)
    ws.buttons["receive"].click()
    qtbot.waitUntil(lambda: f"Received {accession}" in ws.message.text(), timeout=WAIT)
    assert admin.execute("SELECT status FROM lab.lab_order WHERE id = %s", (order_ids[0],)).fetchone()[0] \
        == "received"


def test_a_goods_receipt_takes_a_wedge_scan_and_refuses_expired_stock_in_red(qtbot, shell):
    from PySide6.QtCore import QDate

    from hospital_desktop.pharmacy.views.stock_tab import StockTab
    window = shell("pharmacist1")
    window.select_workspace("stock")
    tab = window.workspaces["stock"].widget
    assert isinstance(tab, StockTab)
    qtbot.waitUntil(lambda: tab.receive_drug.count() > 0 and tab.receive_location.count() > 0, timeout=WAIT)
    activate(qtbot, window)
    tab.receive_drug.setCurrentText(tab.receive_drug.itemText(0))
    tab.receive_lot.setFocus()
    scan(qtbot, "EXP123")  # the pack's lot: the scanner's Return moves on to the expiry date
    assert tab.receive_lot.text() == "EXP123" and QApplication.focusWidget() is tab.receive_expiry
    tab.receive_expiry.setDate(QDate.currentDate().addDays(-1))
    tab.receive_button.click()
    assert "expired" in tab.message.text() and DANGER in tab.message.styleSheet()
