"""Keyboard-only walks through the insurance forms (a new user's view): the ward's pre-authorisation request
and the reconciliation of a remittance line, with Return, Tab and Escape only."""
from __future__ import annotations

import uuid

import pytest
from builders import register
from finance_helpers import cover, payer_plan
from insurance_screens import WAIT
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from screens import activate, shot_over

from hospital_desktop.adt import queries as adt
from hospital_desktop.billing.views.preauth_dialog import PreauthorizationDialog

pytestmark = pytest.mark.db


def mnemonics(widget) -> list[str]:  # noqa: ANN001
    """The Alt+letter shortcuts of the widget's visible labels and buttons, one entry per use."""
    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton) and child.isVisibleTo(widget):
            text = child.text().replace("&&", "")
            if "&" in text[:-1]:
                found.append(text[text.index("&") + 1].lower())
    return found


def ward_patient(admin, connect_as, login_db) -> tuple[object, int]:  # noqa: ANN001
    t = uuid.uuid4().hex[:5].upper()
    room = admin.execute("INSERT INTO adt.room (ward_id, code, name) SELECT id, %s, %s FROM core.department "
                         "WHERE code = 'MEDW' RETURNING id", (f"KB{t}", f"Keyboard room {t}")).fetchone()[0]
    bed = admin.execute("INSERT INTO adt.bed (room_id, ward_id, code, label) SELECT id, ward_id, %s, %s FROM adt.room "
                        "WHERE id = %s RETURNING id", (f"KB{t}A", f"K{t}A", room)).fetchone()[0]
    patient = register(connect_as, f"Keyboard{t.lower()}")
    _, plan = payer_plan(admin)
    cover(connect_as, patient.id, plan)
    with login_db("doctor1").session() as s:
        admission = adt.admit(s, patient.id, bed, None, "Pneumonia needing oxygen")
    return patient, admission


def test_the_ward_requests_a_preauthorisation_with_the_keyboard_only(qtbot, shell, admin, connect_as, login_db):
    patient, admission = ward_patient(admin, connect_as, login_db)
    nurse = shell("nurse1")
    nurse.resize(1366, 768)
    assert nurse.select_workspace("ward")
    ward = nurse.workspaces["ward"].widget
    qtbot.waitUntil(lambda: ward.select_patient(patient.mrn), timeout=WAIT)
    qtbot.waitUntil(lambda: ward.panel.patient is not None and ward.panel.patient.admission_id == admission,
                    timeout=WAIT)
    dialog = ward.panel.request_preauthorization()
    assert isinstance(dialog, PreauthorizationDialog)
    qtbot.waitUntil(lambda: bool(dialog.prices) and dialog.isEnabled(), timeout=WAIT)
    activate(qtbot, dialog)
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys  # Alt+letter reaches one field or button each
    # the patient is given: the form starts at the item
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (dialog.price, dialog.price.lineEdit()), timeout=WAIT)
    bed_day = next(p for p in dialog.prices if p.code.startswith("BED") or "bed" in p.name.lower())
    # type the item, Return: the item is added (the dialog is not sent without its items)
    qtbot.keyClicks(dialog.price.lineEdit(), bed_day.label)
    qtbot.keyClick(dialog.price.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert [(p.code, q) for p, q in dialog.items] == [(bed_day.code, 1)], dialog.error.text()
    assert dialog.error.text() == ""
    assert QApplication.focusWidget() in (dialog.price, dialog.price.lineEdit())  # ready for the next item
    # Return with no item typed: the form is not complete, and says what is missing
    qtbot.keyClick(dialog.price.lineEdit(), Qt.Key.Key_Return)
    assert dialog.isVisible() and "clinical reason" in dialog.error.text()
    # Alt+R: the reason; Tab leaves it (no tab typed into it) for the admission; Return there sends the form
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.reason
    qtbot.keyClicks(dialog.reason, "Community-acquired pneumonia, oxygen")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.admission and dialog.admission.currentData() == admission
    shot_over(nurse, dialog, "insurance_ward_preauth_keyboard")
    with qtbot.waitSignal(dialog.requested, timeout=WAIT):
        qtbot.keyClick(dialog.admission, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "billing" in ward.panel.preauth_message.text(), timeout=WAIT)


def test_escape_closes_the_preauthorisation_form_and_sends_nothing(qtbot, shell, admin, connect_as, login_db):
    patient, admission = ward_patient(admin, connect_as, login_db)
    nurse = shell("nurse1")
    assert nurse.select_workspace("ward")
    ward = nurse.workspaces["ward"].widget
    qtbot.waitUntil(lambda: ward.select_patient(patient.mrn), timeout=WAIT)
    qtbot.waitUntil(lambda: ward.panel.patient is not None and ward.panel.patient.admission_id == admission,
                    timeout=WAIT)
    dialog = ward.panel.request_preauthorization()
    qtbot.waitUntil(lambda: dialog.isEnabled(), timeout=WAIT)
    activate(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT count(*) FROM insurance.preauthorization WHERE admission_id = %s",
                            (admission,)).fetchone()[0] == 0


def test_the_payer_settings_have_one_alt_letter_per_field(qtbot, shell):
    window = shell("admin1")
    assert window.select_workspace("reference")
    reference = window.workspaces["reference"].widget
    for editor in (reference.payer_item_codes, reference.payer_policies):
        reference.tabs.setCurrentWidget(editor.parentWidget())
        keys = mnemonics(editor)
        assert len(keys) == len(set(keys)), (type(editor).__name__, keys)
    reference.tabs.setCurrentWidget(reference.payer_item_codes.parentWidget())
    editor = reference.payer_item_codes
    editor.edit(None)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.payer_display  # Payer's name, not the New button
