"""Unidentified patients in the reception client end to end (issue 16), keyboard first: the emergency registration
in one step with the wristband offered at once (its PDF rendered with pdftoppm, its barcode decoded), the alias and
'UNIDENTIFIED' on the banner, the list and the wristband; identification by an administrator's merge into the
existing record and as a new person; year-only and estimated birth dates in the registration form, shown as such.
With HMS_SHOTS_DIR set the dialogs are written as PNGs (tests/screens.py)."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest
from builders import register, unique
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from screens import SHOTS, shot

from hospital_desktop.registry import queries
from hospital_desktop.registry.views.merge_tab import MergeWorkspace
from hospital_desktop.registry.views.reception_tab import ReceptionWorkspace
from hospital_desktop.registry.views.unidentified_dialog import EmergencyDialog

WAIT = 15000
ALIAS = re.compile(r"^UNKNOWN \d{4}-\d{4,8}$")


def workspace(window) -> ReceptionWorkspace:  # noqa: ANN001
    window.resize(1366, 768)
    window.select_workspace("reception")
    ws = window.workspaces["reception"].widget
    assert isinstance(ws, ReceptionWorkspace)
    return ws


def search(qtbot, panel, text: str) -> None:  # noqa: ANN001
    panel.search.setText(text)
    with qtbot.waitSignal(panel.model.page_loaded, timeout=WAIT):
        panel.search.returnPressed.emit()


def _activate(window) -> bool:  # noqa: ANN001
    """Offscreen a new window is not activated by itself (test_reception_usability.py): ask until it is."""
    if QApplication.activeWindow() is not window:
        window.activateWindow()
    return QApplication.activeWindow() is window


def emergency(qtbot, ws: ReceptionWorkspace, sex_key: str, age: str, note: str) -> tuple[EmergencyDialog, object]:
    """Open the emergency registration from the registration dialog's button and fill it by keyboard only."""
    qtbot.waitUntil(lambda: _activate(ws.window()), timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=WAIT)
    qtbot.keyClick(ws.patients.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ws.register_dialog is not None and ws.register_dialog.isVisible(), timeout=WAIT)
    dialog = ws.register_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: _activate(dialog), timeout=WAIT)
    shot(dialog, "register_dialog")
    with qtbot.waitSignal(dialog.emergency_requested, timeout=WAIT):
        qtbot.keyClick(dialog.form.inputs["given_name"], Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # mnemonic
    em = ws.emergency_dialog
    assert em is not None and not dialog.isVisible()
    qtbot.addWidget(em)
    qtbot.waitUntil(lambda: _activate(em), timeout=WAIT)
    assert em.sex.hasFocus()
    qtbot.keyClicks(em.sex, sex_key)            # type-ahead in the combo: 'm' → Male
    qtbot.keyClick(em.sex, Qt.Key.Key_Tab)
    qtbot.keyClicks(em.age, age)
    qtbot.keyClick(em.age, Qt.Key.Key_Return)   # → the note (registers nothing yet)
    assert em.note.hasFocus() and em.patient is None and em.register_button.isEnabled()
    qtbot.keyClicks(em.note, note)
    with qtbot.waitSignal(em.registered, timeout=WAIT) as blocker:
        qtbot.keyClick(em.note, Qt.Key.Key_Return)  # → register
    return em, blocker.args[0]


def pdf_to_png(pdf_path, tmp_path, name: str):  # noqa: ANN001
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) renders the printed PDF")
    out = tmp_path / name
    subprocess.run(["pdftoppm", "-png", "-r", "300", "-singlefile", str(pdf_path), str(out)], check=True)
    png = out.with_suffix(".png")
    if SHOTS:
        shutil.copy(png, f"{SHOTS}/{name}.png")
    return png


def test_emergency_registration_wristband_then_identified_by_merge(qtbot, shell, admin, tmp_path, connect_as):
    existing = register(connect_as, unique("Adeyemi"), given="Tunde", born="1979-05-02", sex="male")
    window = shell("reception1")
    ws = workspace(window)
    em, patient = emergency(qtbot, ws, "m", "45", "found at the bus station, scar on the chin")
    assert ALIAS.match(patient.temporary_alias) and patient.unidentified and patient.sex == "male"
    shot(em, "emergency_registered")
    assert patient.temporary_alias in em.result.text() and "c. " in em.result.text()
    row = admin.execute("SELECT identity_status, birth_date_accuracy, identification_note, created_by "
                        "FROM registry.patient WHERE id = %s", (patient.id,)).fetchone()
    assert row == ("unidentified", "estimated", "found at the bus station, scar on the chin", "reception1")

    # The record opens at once: the banner names the alias and says UNIDENTIFIED; the date is an estimate.
    qtbot.waitUntil(lambda: ws.detail.patient is not None and ws.detail.patient.id == patient.id, timeout=WAIT)
    banner = ws.detail.banner
    assert banner.name.text() == patient.temporary_alias
    assert banner.notice_state == "unidentified" and "UNIDENTIFIED" in banner.notice.text()
    assert f"c. {patient.birth_date.year} (estimated)" in banner.details.text() and "c. 45 y" in banner.details.text()
    assert ws.detail.identify_button.isVisible()

    # Return prints: the wristband is the default button now.
    assert em.wristband_button.hasFocus() or em.wristband_button.isDefault()
    qtbot.keyClick(em.wristband_button, Qt.Key.Key_Return)
    preview = em.preview
    assert preview is not None
    qtbot.addWidget(preview)
    saved = preview.save_pdf(str(tmp_path / "wristband.pdf"))
    png = pdf_to_png(saved, tmp_path, "unidentified_wristband")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True).stdout
        assert patient.temporary_alias in text and "UNIDENTIFIED" in text
        assert f"c. {patient.birth_date.year} (estimated)" in text and patient.mrn in text
    if shutil.which("zbarimg"):
        out = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True)
        assert out.stdout.strip() == patient.mrn
    preview.close()
    em.close()

    # The list finds the alias and shows the estimate as an estimate.
    search(qtbot, ws.patients, patient.temporary_alias)
    rows = ws.patients.model.rows
    assert [p.id for p in rows] == [patient.id]
    born_col = next(i for i in range(ws.patients.model.columnCount()) if
                    ws.patients.model.headerData(i, Qt.Orientation.Horizontal) == "Born")
    assert ws.patients.model.index(0, born_col).data() == f"c. {patient.birth_date.year} (estimated)"
    assert ws.patients.model.index(0, 1).data() == f"{patient.temporary_alias}  (unidentified)"
    shot(ws, "reception_unidentified")

    # Identified: he is already registered. Reception is told what to ask for and changes nothing...
    ident = ws.identify_patient(ws.detail.patient)
    qtbot.addWidget(ident)
    for key, value in (("given_name", "Tunde"), ("family_name", existing_family(admin, existing.id)),
                       ("birth_date", "02.05.1979")):
        qtbot.keyClicks(ident.form.inputs[key], value)
        ident.form.inputs[key].textEdited.emit(ident.form.inputs[key].text())
    qtbot.waitUntil(lambda: any(c.patient.id == existing.id for c in ident.candidates.candidates), timeout=WAIT)
    row_no = next(i for i, c in enumerate(ident.candidates.candidates) if c.patient.id == existing.id)
    ident.candidates.list.setCurrentRow(row_no)
    shot(ident, "identify_existing_candidate")
    qtbot.mouseClick(ident.candidates.use_button, Qt.MouseButton.LeftButton)
    assert "administrator" in ident.message.text() and existing.mrn in ident.message.text()
    assert admin.execute("SELECT identity_status FROM registry.patient WHERE id = %s",
                         (patient.id,)).fetchone()[0] == "unidentified"
    ident._confirmed_discard = True
    ident.reject()

    # ... and the administrator merges the unidentified record into the existing one in the Patient index.
    admin_window = shell("admin1")
    merge = admin_window.workspaces["patient_index"].widget
    assert isinstance(merge, MergeWorkspace)
    for panel, mrn in ((merge.survivor_list, existing.mrn), (merge.duplicate_list, patient.mrn)):
        panel.search.setText(mrn)
        with qtbot.waitSignal(panel.patient_chosen, timeout=WAIT):
            panel.search.returnPressed.emit()
    identity_row = [label for label in (merge.compare.verticalHeaderItem(r).text()
                                        for r in range(merge.compare.rowCount()))].index("Identity")
    assert merge.compare.item(identity_row, 1).text() == f"UNIDENTIFIED ({patient.temporary_alias})"
    qtbot.keyClicks(merge.reason, "identified by his wife: same man, our patient")
    shot(merge, "merge_unidentified")
    merge.merge(confirm=False)
    qtbot.waitUntil(lambda: "Merged" in merge.message.text(), timeout=WAIT)
    assert admin.execute("SELECT merged_into_id FROM registry.patient WHERE id = %s",
                         (patient.id,)).fetchone()[0] == existing.id

    # At reception the alias's MRN finds the surviving record, whose history shows the merge.
    search(qtbot, ws.patients, patient.mrn)
    qtbot.waitUntil(lambda: ws.detail.patient is not None and ws.detail.patient.id == existing.id, timeout=WAIT)
    qtbot.waitUntil(lambda: ws.detail.history.rowCount() >= 2, timeout=WAIT)
    cells = [ws.detail.history.item(r, 3).text() for r in range(ws.detail.history.rowCount())]
    assert f"record #{patient.id} merged into this one" in cells


def existing_family(admin, pid: int) -> str:  # noqa: ANN001
    return admin.execute("SELECT family_name FROM registry.patient WHERE id = %s", (pid,)).fetchone()[0]


def test_identify_as_a_new_person_with_year_only_birth(qtbot, shell, admin, connect_as):
    with connect_as("reception2") as conn:
        pid = conn.execute("SELECT registry.register_unidentified('female', 30, NULL)").fetchone()[0]
    alias = admin.execute("SELECT temporary_alias FROM registry.patient WHERE id = %s", (pid,)).fetchone()[0]
    window = shell("reception1")
    ws = workspace(window)
    search(qtbot, ws.patients, alias)  # typed (or read off the wristband): one match opens at once, as an MRN does
    qtbot.waitUntil(lambda: ws.detail.patient is not None and ws.detail.patient.id == pid, timeout=WAIT)
    assert ws.detail.identify_button.isVisible()
    ident = ws.identify_patient(ws.detail.patient)
    qtbot.addWidget(ident)
    qtbot.waitUntil(lambda: _activate(ident), timeout=WAIT)
    assert not ident.form.inputs["phone"].isVisibleTo(ident) and ident.form.inputs["given_name"].hasFocus()
    family = unique("Nakamura")
    # keyboard: given → Return → family → Return → birth date; Tab to the accuracy, 'y' for year only
    qtbot.keyClicks(ident.form.inputs["given_name"], "Aiko")
    qtbot.keyClick(ident.form.inputs["given_name"], Qt.Key.Key_Return)
    assert ident.form.inputs["family_name"].hasFocus()
    qtbot.keyClicks(ident.form.inputs["family_name"], family)
    qtbot.keyClick(ident.form.inputs["family_name"], Qt.Key.Key_Return)
    assert ident.form.inputs["birth_date"].hasFocus()
    qtbot.keyClicks(ident.form.inputs["birth_date"], "1994")
    qtbot.keyClick(ident.form.inputs["birth_date"], Qt.Key.Key_Tab)
    assert ident.form.accuracy.hasFocus()
    qtbot.keyClicks(ident.form.accuracy, "y")
    assert ident.form.accuracy.currentData() == "year"
    assert ident.form.inputs["sex"].currentData() == "female"  # carried over from the emergency registration
    ident.submit()  # no reason yet
    assert not ident.register_button.isEnabled() or "identified" in ident.message.text()
    qtbot.keyClicks(ident.reason, "her own residence card")
    qtbot.waitUntil(lambda: not ident._check_outstanding(), timeout=WAIT)
    shot(ident, "identify_new_person")
    with qtbot.waitSignal(ident.saved, timeout=WAIT) as blocker:
        qtbot.keyClick(ident.reason, Qt.Key.Key_Return)
    saved = blocker.args[0]
    assert (saved.given_name, saved.family_name, saved.birth_date, saved.birth_date_accuracy) == \
        ("Aiko", family, date(1994, 7, 1), "year")
    assert not saved.unidentified and saved.temporary_alias == alias
    qtbot.waitUntil(lambda: ws.detail.patient is not None and not ws.detail.patient.unidentified, timeout=WAIT)
    assert "1994 (year only)" in ws.detail.banner.details.text() and ws.detail.banner.notice_state is None
    assert not ws.detail.identify_button.isVisible()
    assert ws.detail.fields["temporary_alias"].text() == alias  # kept, and shown, for the history
    search(qtbot, ws.patients, alias.lower().replace("-0", "-"))  # the alias still finds her, typed loosely
    assert [p.id for p in ws.patients.model.rows] == [pid]
    qtbot.waitUntil(lambda: ws.detail.history.rowCount() >= 2, timeout=WAIT)
    assert ws.detail.history.item(0, 2).text() == "identified: her own residence card"
    shot(ws, "reception_identified")


def test_register_with_year_only_and_estimated_age(qtbot, shell, admin):
    window = shell("reception1")
    ws = workspace(window)
    for typed, choice, stored, shown in (("1962", "year", date(1962, 7, 1), "1962 (year only)"),
                                         ("70", "estimated", None, "(estimated)")):
        dialog = ws.new_patient()
        qtbot.addWidget(dialog)
        family = unique("Estimate")
        for key, value in (("given_name", "Olu"), ("family_name", family), ("birth_date", typed)):
            qtbot.keyClicks(dialog.form.inputs[key], value)
        dialog.form.inputs["sex"].setCurrentIndex(dialog.form.inputs["sex"].findData("male"))
        dialog.submit()  # exact date by default: a year alone is not a date, and the message says what to choose
        assert "not a date" in dialog.form.errors["birth_date"].text()
        assert ("year only" if choice == "year" else "estimated age") in dialog.form.errors["birth_date"].text()
        dialog.form.accuracy.setCurrentIndex(dialog.form.accuracy.findData(choice))
        assert "e.g." in dialog.form.inputs["birth_date"].placeholderText()
        if choice == "year":
            shot(dialog, "register_year_only")
        with qtbot.waitSignal(dialog.registered, timeout=WAIT) as blocker:
            dialog.submit()
        new = blocker.args[0]
        born, accuracy = admin.execute("SELECT birth_date, birth_date_accuracy FROM registry.patient WHERE id = %s",
                                       (new.id,)).fetchone()
        assert accuracy == choice
        if stored:
            assert born == stored
        else:
            assert born == queries.years_before(date.today(), 70)
        assert shown in new.born_text
        qtbot.waitUntil(lambda new=new: ws.detail.patient is not None and ws.detail.patient.id == new.id,
                        timeout=WAIT)
        assert shown in ws.detail.banner.details.text() and "c. " in ws.detail.banner.details.text()


def test_emergency_registration_refuses_a_missing_age_and_writes_nothing(qtbot, shell, admin):
    window = shell("reception1")
    ws = workspace(window)
    count = admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0]
    em = ws.emergency_patient()
    qtbot.addWidget(em)
    qtbot.waitUntil(lambda: _activate(em), timeout=WAIT)
    qtbot.keyClick(em.sex, Qt.Key.Key_Return)  # → the age
    qtbot.keyClick(em.age, Qt.Key.Key_Return)  # → the note, nothing registered
    qtbot.keyClick(em.note, Qt.Key.Key_Return)  # register: refused, the keyboard goes to the age
    assert em.age_error.isVisibleTo(em) and "estimated age" in em.age_error.text() and em.age.hasFocus()
    qtbot.keyClicks(em.age, "about forty")
    em.submit()
    assert "not an age" in em.age_error.text()
    shot(em, "emergency_bad_age")
    ws.ops.wait_idle()
    assert admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0] == count


def test_a_correction_keeps_an_estimated_birth_date_nobody_changed():
    """Correcting the phone of a patient registered at 'about 40' two seasons ago must not move the stored date to
    today minus the age shown now; changing the estimate does."""
    stored = date(1985, 3, 1)
    row = queries.PatientRow(1, "100000009", "2026-0001", "UNKNOWN", stored, "male", birth_date_accuracy="estimated",
                             identity_status="unidentified", temporary_alias="UNKNOWN 2026-0001")
    data = row.as_input()
    assert data.birth_date == str(row.age()) and data.born() == stored
    data.phone = "+44 7700 900999"
    assert data.values()["birth_date"] == stored
    data.birth_date = "50"
    assert data.born() == queries.years_before(date.today(), 50)
    assert row.display_name == "UNKNOWN 2026-0001" and row.born_text == "c. 1985 (estimated)"
    assert row.age_text.startswith("c. ")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) reads the printed text")
def test_specimen_and_dispensing_labels_print_an_estimated_birth_date_as_such(tmp_path):
    """The birth date is the second identifier on every printed label: an estimate must never look like a day."""
    from datetime import UTC, datetime
    from decimal import Decimal

    from hospital_desktop.lab.documents import specimen_labels_pdf
    from hospital_desktop.lab.queries import SpecimenLabel
    from hospital_desktop.pharmacy.documents import dispensing_label_pdf
    from hospital_desktop.pharmacy.queries import LabelData

    now = datetime.now(UTC)
    specimen = SpecimenLabel("L26000001", "UNKNOWN, 2026-0001", "100000009", date(1985, 12, 7), "male", "Na, K",
                             "SST", "serum", now, "stat", "estimated")
    dispense = LabelData("Pharmacy", "UNKNOWN, 2026-0001", "100000009", date(1970, 7, 1), "Paracetamol", "500 mg",
                         "tablet", 10, "tablet", "1 tablet 4 times a day", "Dr Who", now, "RX-1", "LOT1",
                         date(2030, 1, 1), None, "Pharm", 1, Decimal("1.00"), "GBP", "year")
    for name, pdf, shown in (("specimen", specimen_labels_pdf([specimen]), "c. 1985 (est.)"),
                             ("dispense", dispensing_label_pdf(dispense), "1970 (year only)")):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout.split())
        assert shown in text and "…" not in text, (name, text)
        assert "07.12.1985" not in text and "01.07.1970" not in text
