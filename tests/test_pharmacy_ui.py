"""A prescription from the doctor's encounter to a labelled pack at the counter, in the real client against the real
database: the doctor is stopped by an allergy and overrides it with a reason; the pharmacist sees the override,
is stopped by a wrong scan, dispenses from the proposed (first-expiring) lot, prints a label whose content is
right, the charge exists once; a return puts the stock back and voids the charge."""
from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import date, timedelta
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from builders import open_encounter, prescribe, register

from hospital_desktop.clinical.views.clinic_tab import ClinicWorkspace
from hospital_desktop.i18n.formats import date_text, money_text
from hospital_desktop.pharmacy import queries
from hospital_desktop.pharmacy.views.dispensing_tab import DispensingTab
from hospital_desktop.pharmacy.views.prescriptions_panel import PrescriptionsPanel
from hospital_desktop.pharmacy.views.stock_tab import StockTab
from hospital_desktop.widgets.safety import DANGER, OverrideStop

pytestmark = pytest.mark.db
WAIT = 20000


@pytest.fixture(autouse=True)
def english(qapp):
    """English as the client installs it at login (its plural forms: "for 1 day")."""
    from hospital_desktop import i18n
    i18n.install("en")
REASON = "Childhood rash only; amoxicillin tolerated in 2024"


def pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range() for page in doc).split())
    finally:
        doc.close()


def screened_stop(qtbot, panel: PrescriptionsPanel) -> OverrideStop:
    """The allergy / interaction stop of the panel, once it is armed (it ignores clicks before ARM_MS)."""
    qtbot.waitUntil(lambda: panel.stop is not None and panel.stop.isVisible(), timeout=WAIT)
    stop = panel.stop
    qtbot.waitUntil(stop.confirm.isEnabled, timeout=WAIT)
    return stop


def read_stop(qtbot, tab: DispensingTab, title: str) -> None:
    """The dispensing tab's scan stop: shown, titled, confirmed once armed."""
    qtbot.waitUntil(lambda: tab.stop is not None and tab.stop.isVisible(), timeout=WAIT)
    stop = tab.stop
    assert stop.windowTitle() == title and stop.severity == "danger"
    qtbot.waitUntil(stop.confirm.isEnabled, timeout=WAIT)
    stop.confirm.click()
    assert tab.stop is None


def test_suggested_quantity_and_plain_directions():
    assert queries.suggested_quantity(Decimal("1"), "capsule", "capsule", Decimal("3"), 5) == 15
    assert queries.suggested_quantity(Decimal("2"), "tablets", "tablet", Decimal("4"), 3) == 24
    assert queries.suggested_quantity(Decimal("500"), "mg", "tablet", Decimal("3"), 5) is None
    assert queries.suggested_quantity(Decimal("1"), "tablet", "tablet", None, 5) is None  # PRN
    assert queries.directions(Decimal("2"), "tablet", "oral", "four times a day", 3) == \
        "Take 2 tablets four times a day for 3 days."
    assert queries.directions(Decimal("1"), "capsule", "oral", "three times a day", 1, "with food") == \
        "Take 1 capsule three times a day for 1 day. With food."
    assert queries.directions(Decimal("0.5"), "mL", "subcutaneous", "once a day", None) == \
        "Inject 0.5 mL under the skin once a day."
    assert queries.directions(Decimal("2"), "dose", "inhalation", "when required", None) == \
        "Inhale 2 doses when required."


def test_prescribe_with_allergy_stop_then_dispense_label_charge_and_return(qtbot, shell, connect_as, admin):
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    mrn = admin.execute("SELECT mrn FROM registry.patient WHERE id = %s", (patient,)).fetchone()[0]
    with connect_as("doctor1", autocommit=True) as doc:
        doc.execute("INSERT INTO clinical.allergy (patient_id, substance_code, category, reaction, severity) "
                    "VALUES (%s, 'J01C', 'drug', 'urticaria', 'severe')", (patient,))

    # -- the doctor --------------------------------------------------------------------------------------------
    doctor = shell("doctor1")
    doctor.select_workspace("clinic")  # every role opens on its dashboard
    clinic = doctor.workspaces["clinic"].widget
    assert isinstance(clinic, ClinicWorkspace)
    view = clinic.encounter
    view.open_encounter(encounter)
    qtbot.waitUntil(lambda: view.encounter is not None and view.encounter.id == encounter, timeout=WAIT)
    view.tabs.setCurrentIndex(view.tabs.count() - 1)  # Orders
    panel = view.prescriptions
    assert isinstance(panel, PrescriptionsPanel)
    qtbot.waitUntil(lambda: bool(panel.drugs) and panel.isEnabled() and panel.prescribe_button.isEnabled(),
                    timeout=WAIT)
    panel.choose_drug("AMOX500CAP")
    assert panel.dose_unit.text() == "capsule" and panel.route.currentText() == "oral"
    panel.frequency.setCurrentIndex(next(i for i, f in enumerate(panel.freqs) if f.code == "TDS"))
    panel.duration.setValue(7)
    assert panel.quantity.value() == 21  # 1 capsule three times a day for 7 days
    panel.prescribe_button.click()
    stop = screened_stop(qtbot, panel)  # a dialog of its own, never squeezed into the encounter
    assert "STOP" in stop.windowTitle() and "ALLERGY" in " ".join(h.text() for h in stop.hit_labels)
    assert stop.reason.isVisible() and stop.severity == "danger"
    qtbot.keyClicks(stop.reason, "short")
    assert not stop.proceed.isEnabled() and "more character" in stop.reason_hint.text()
    stop.proceed.click()  # refused while the reason is too short: nothing happens
    assert stop.isVisible()
    panel.override("short")  # and the panel refuses it too
    assert "at least 10 characters" in panel.message.text()
    stop.confirm.click()  # "Do not prescribe"
    assert not stop.isVisible() and panel.stop is None and panel.message.text() == "Not prescribed."
    assert admin.execute("SELECT count(*) FROM pharmacy.prescription WHERE patient_id = %s",
                         (patient,)).fetchone()[0] == 0
    panel.prescribe_button.click()
    stop = screened_stop(qtbot, panel)
    stop.reason.setText(REASON)
    assert stop.proceed.isEnabled()
    stop.proceed.click()
    qtbot.waitUntil(lambda: "Prescribed: RX" in panel.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=WAIT)
    assert "OVERRIDDEN" in panel.table.item(0, 7).text() and REASON in panel.table.item(0, 7).text()
    rx_id, number, alerts, stored = admin.execute(
        "SELECT id, prescription_number, alerts, override_reason FROM pharmacy.prescription WHERE patient_id = %s",
        (patient,)).fetchone()
    assert stored == REASON and alerts[0]["kind"] == "allergy"

    # -- the pharmacist ----------------------------------------------------------------------------------------
    late, early = "LATE" + uuid.uuid4().hex[:6].upper(), "SOON" + uuid.uuid4().hex[:6].upper()
    with connect_as("pharmacist1", autocommit=True) as ph:
        for lot, days in ((late, 400), (early, 60)):
            ph.execute("SELECT pharmacy.receive_stock((SELECT id FROM pharmacy.drug WHERE code = 'AMOX500CAP'), "
                       "pharmacy.location_id('DISP'), %s, %s, 12)", (lot, date.today() + timedelta(days=days)))
        ward = "W-" + uuid.uuid4().hex[:6].upper()
        ph.execute("INSERT INTO pharmacy.location (code, name, kind) VALUES (%s, 'Test ward stock', 'ward')", (ward,))
    pharmacist = shell("pharmacist1")
    pharmacist.select_workspace("dispensing")  # every role opens on its dashboard
    tab = pharmacist.workspaces["dispensing"].widget
    assert isinstance(tab, DispensingTab)
    tab.refresh()
    qtbot.waitUntil(lambda: any(r.id == rx_id for r in tab.queue_rows), timeout=WAIT)
    row = next(i for i, r in enumerate(tab.queue_rows) if r.id == rx_id)
    assert tab.queue.item(row, 7).text() == "OVERRIDE"
    tab.queue.selectRow(row)
    qtbot.waitUntil(lambda: tab.context is not None and tab.context.prescription.id == rx_id, timeout=WAIT)
    assert REASON in tab.override_note.text() and tab.override_note.isVisibleTo(tab)
    assert "Penicillins" in tab.banner.allergies.text()
    assert tab.lots.item(0, 0).text() == early and "proposed" in tab.lots.item(0, 3).text()  # first to expire
    assert tab.quantity.value() == 12  # what the proposed lot holds (partial: 21 prescribed)
    # A wrong wristband stops it before anything is written.
    tab.patient_scan.setText("999999999")
    tab.pack_scan.setText(early)
    tab.dispense_button.click()
    assert "WRONG PATIENT" in tab.scan_state.text()
    read_stop(qtbot, tab, "Wrong patient")
    assert tab.patient_scan.text() == ""  # the wrong scan is gone; the field takes the next one
    # The right one, and the proposed pack.
    tab.patient_scan.setText(mrn)
    tab.dispense_button.click()
    qtbot.waitUntil(lambda: "Dispensed 12" in tab.message.text(), timeout=WAIT)
    dispense_id = tab.last_dispense
    assert dispense_id is not None
    qtbot.waitUntil(lambda: tab.history.rowCount() == 1, timeout=WAIT)
    assert admin.execute("SELECT dispense_status, quantity_dispensed FROM pharmacy.prescription WHERE id = %s",
                         (rx_id,)).fetchone() == ("partial", 12)
    charges = admin.execute("SELECT quantity, amount, status FROM billing.charge WHERE source_kind = 'dispense' "
                            "AND source_id = %s", (dispense_id,)).fetchall()
    assert charges == [(12, Decimal("1.44"), "open")]

    # The label: everything the issue lists, and the MRN as a barcode a scanner reads.
    tab.print_preview("label")
    qtbot.waitUntil(lambda: getattr(tab, "preview", None) is not None, timeout=WAIT)
    preview = tab.preview
    qtbot.addWidget(preview)
    text = pdf_text(preview.pdf)
    for expected in ("Pharmacy", "Hospital Desktop General Hospital", mrn, "Amoxicillin 500 mg", "capsule",
                     "12 capsules", "Take 1 capsule three times a day for 7 days.", "Dr Amelia Grant", number,
                     f"Lot {early}", "Take at regular intervals and complete the course.", date_text(date.today())):
        assert expected in text, (expected, text)
    if shutil.which("zbarimg"):
        from hospital_desktop.widgets.print_preview import render_pages
        png = f"/tmp/pharmacy-label-{uuid.uuid4().hex}.png"
        render_pages(preview.pdf, dpi=400)[0].save(png)
        out = subprocess.run(["zbarimg", "--quiet", "--raw", png], capture_output=True, text=True)
        assert out.stdout.strip() == mrn, out
    preview.close()
    tab.preview = None
    tab.print_preview("receipt")
    qtbot.waitUntil(lambda: getattr(tab, "preview", None) is not None, timeout=WAIT)
    qtbot.addWidget(tab.preview)
    receipt = pdf_text(tab.preview.pdf)
    charge = " ".join(money_text(Decimal("1.44"), "GBP").split())  # en_GB: GBP 1.44
    assert "Dispensing receipt" in receipt and charge in receipt and number in receipt
    tab.preview.close()

    # The return: stock back into the lot, the charge voided with the reason.
    tab.history.selectRow(0)
    tab.return_reason.setText("patient returned the unopened pack")
    tab.return_button.click()
    qtbot.waitUntil(lambda: "returned" in tab.message.text(), timeout=WAIT)
    assert admin.execute("SELECT status, void_reason FROM billing.charge WHERE source_kind = 'dispense' "
                         "AND source_id = %s", (dispense_id,)).fetchone() == \
        ("void", "dispense returned: patient returned the unopened pack")
    assert admin.execute("SELECT quantity FROM pharmacy.stock_lot WHERE lot_number = %s", (early,)).fetchone()[0] == 12
    assert admin.execute("SELECT dispense_status FROM pharmacy.prescription WHERE id = %s",
                         (rx_id,)).fetchone()[0] == "pending"
    # Dispensing from a ward stock that holds none: no lot is offered, and the pack from the dispensary is refused.
    qtbot.waitUntil(lambda: tab.location.findData(ward) >= 0, timeout=WAIT)
    tab.location.setCurrentIndex(tab.location.findData(ward))

    def no_lot_offered() -> None:  # an assertion, so a timeout says what the screen showed instead
        assert "No usable lot" in tab.scan_state.text() and tab.lots.rowCount() == 0, (
            tab.scan_state.text(), tab.lots.rowCount(), tab.message.text(), tab.location_code())
    qtbot.waitUntil(no_lot_offered, timeout=WAIT)
    tab.patient_scan.setText(mrn)
    tab.pack_scan.setText(early)
    tab.dispense_button.click()
    qtbot.waitUntil(lambda: "not in stock here" in tab.message.text(), timeout=WAIT)
    read_stop(qtbot, tab, "Not dispensed")  # the database's refusal of the pack stops too
    assert DANGER in tab.scan_state.styleSheet() and DANGER in tab.message.styleSheet()  # refusals are red


def test_stock_workspace_flags_and_receives(qtbot, shell, admin, connect_as):
    code = "TEST" + uuid.uuid4().hex[:8].upper()
    with connect_as("pharmacist1", autocommit=True) as ph:  # pharmacists maintain the formulary
        ph.execute("INSERT INTO pharmacy.drug (code, generic_name, strength, form, route, unit, pack_size, atc_code, "
                   "reorder_level) VALUES (%s, 'Testodrine', '4 mg', 'tablet', 'oral', 'tablet', 30, 'A04AA01', 60)",
                   (code,))
    window = shell("pharmacist1")
    window.select_workspace("stock")  # every role opens on its dashboard
    tab = window.workspaces["stock"].widget
    assert isinstance(tab, StockTab)
    qtbot.waitUntil(lambda: tab.receive_drug.count() > 0 and tab.receive_location.count() >= 2, timeout=WAIT)
    lot = "REC" + uuid.uuid4().hex[:6].upper()
    tab.receive_drug.setCurrentText("Testodrine 4 mg tablet")
    tab.receive_location.setCurrentIndex(tab.receive_location.findText("MAIN — Pharmacy main store"))
    tab.receive_lot.setText(lot.lower())
    tab.receive_quantity.setValue(25)
    tab.receive_button.click()
    qtbot.waitUntil(lambda: "Received 25" in tab.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: any(x.lot_number == lot for x in tab.lots), timeout=WAIT)
    row = next(i for i, x in enumerate(tab.lots) if x.lot_number == lot)
    assert "below reorder level" in tab.stock.item(row, 5).text()  # 25 of a reorder level of 60
    tab.stock.selectRow(row)
    tab.move_quantity.setValue(-5)
    tab.move_reason.setText("no")
    tab.adjust_button.click()
    qtbot.waitUntil(lambda: "5 characters" in tab.message.text(), timeout=WAIT)
    tab.move_reason.setText("broken in transport")
    tab.adjust_button.click()
    qtbot.waitUntil(lambda: "now 20" in tab.message.text(), timeout=WAIT)
    assert admin.execute("SELECT quantity FROM pharmacy.stock_lot WHERE lot_number = %s", (lot,)).fetchone()[0] == 20


def test_pharmacist_adds_a_drug_and_takes_it_off_the_formulary(qtbot, shell, admin, connect_as):
    from hospital_desktop.pharmacy.views.formulary_tab import FormularyTab
    window = shell("pharmacist1")
    window.select_workspace("formulary")  # every role opens on its dashboard
    tab = window.workspaces["formulary"].widget
    assert isinstance(tab, FormularyTab)
    qtbot.waitUntil(lambda: len(tab.rows) >= 68, timeout=WAIT)
    code = "NEW" + uuid.uuid4().hex[:6].upper()
    values = {"code": "bad code!", "generic_name": "Loratadine", "strength": "10 mg", "form": "tablet",
              "unit": "tablet", "atc_code": "R06AX13", "ingredients": "", "warnings": "May cause drowsiness."}
    for key, value in values.items():
        tab.new[key].setText(value)
    tab.add_button.click()
    assert "drug code" in tab.message.text()
    assert admin.execute("SELECT count(*) FROM pharmacy.drug WHERE generic_name = 'Loratadine'").fetchone()[0] == 0
    tab.new["code"].setText(code.lower())
    tab.add_button.click()
    qtbot.waitUntil(lambda: any(r["code"] == code for r in tab.rows), timeout=WAIT)
    row = next(i for i, r in enumerate(tab.rows) if r["code"] == code)
    assert tab.table.item(row, 9).text() == "no price"  # administrators price it
    assert admin.execute("SELECT price_code, ingredient_atc FROM pharmacy.drug WHERE code = %s",
                         (code,)).fetchone() == (f"DRUG-{code}", ["R06AX13"])
    tab.table.selectRow(row)
    tab.active.setChecked(False)
    tab.reorder.setValue(12)
    tab.save.click()
    qtbot.waitUntil(lambda: "saved" in tab.message.text(), timeout=WAIT)
    assert admin.execute("SELECT active, reorder_level FROM pharmacy.drug WHERE code = %s",
                         (code,)).fetchone() == (False, 12)
    # An inactive drug cannot be prescribed, whatever the client sends.
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    with connect_as("doctor1", autocommit=True) as doc:
        with pytest.raises(Exception, match="no longer prescribable"):
            prescribe(doc, patient, encounter, code, unit="tablet", route="oral", frequency="OD", quantity=7,
                      duration_days=None)


def test_the_pharmacist_is_alerted_to_a_stat_prescription_at_once(qtbot, shell, connect_as):
    pharmacist = shell("pharmacist1")
    assert pharmacist.alerts is not None and pharmacist.listener is not None
    qtbot.waitUntil(lambda: pharmacist.listener._conn is not None, timeout=WAIT)
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    with connect_as("doctor1") as doc:
        stat = prescribe(doc, patient, encounter, "PARA500TAB", unit="", route="", frequency="QDS", duration_days=3,
                         quantity=12, priority="stat")
    qtbot.waitUntil(lambda: any(n.ref_id == stat and n.kind == "pharmacy_stat"
                                for n in pharmacist.alerts.alerts.values()), timeout=WAIT)
    note = next(n for n in pharmacist.alerts.alerts.values() if n.ref_id == stat)
    assert note.urgent and not note.critical and "STAT prescription" in note.title  # work to do now, not a danger
    qtbot.waitUntil(pharmacist.alert_bar.isVisible, timeout=WAIT)
    pharmacist.open_alert(note)
    assert pharmacist.current_workspace().key == "dispensing"
    pharmacist.alerts.acknowledge_selected([note.id])
    qtbot.waitUntil(lambda: note.id not in pharmacist.alerts.alerts, timeout=WAIT)
