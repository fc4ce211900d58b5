"""Patients nobody can identify yet (issue 16): the emergency registration under a temporary identity the database
makes ('UNKNOWN 2026-0042', sex if known, an estimated age), with the wristband offered at once, and the later
identification: a new person gets their identity recorded here (registry.identify_patient, with a reason); someone
already registered is merged into their record by an administrator (the Patient index), which keeps the trail."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...core import settings
from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n import formats
from ...widgets.print_preview import PrintPreviewDialog
from .. import queries
from ..documents import wristband_pdf
from ..queries import PatientInput
from .register_dialog import MIN_OVERRIDE_REASON, RegisterDialog

MIN_IDENTIFY_REASON = 5
IDENTIFY_FIELDS = ["given_name", "family_name", "birth_date", "sex"]


class EmergencyDialog(QDialog):
    """Register an unidentified patient in one step; then offer the wristband. `registered(PatientRow)`."""
    registered = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None, sex: str = ""):
        super().__init__(parent)
        self.ops = ops
        self.patient: queries.PatientRow | None = None
        self.hospital = self.tr("Hospital")
        self.setWindowTitle(self.tr("Emergency registration — unidentified patient"))
        intro = QLabel(self.tr("For a patient nobody can identify yet. The database gives a temporary identity "
                               "(<b>UNKNOWN year-number</b>) for the wristband, orders and notes until the patient "
                               "is identified; then the record is merged into their existing one or completed."),
                       wordWrap=True)
        self.sex = QComboBox(objectName="emergencySex")
        for value in ("unknown", "female", "male", "other"):
            self.sex.addItem(self.tr("Unknown (not known)") if value == "unknown" else queries.sex_label(value), value)
        self.sex.setCurrentIndex(max(0, self.sex.findData(sex or "unknown")))
        self.age = QLineEdit(objectName="emergencyAge", placeholderText=self.tr("years, e.g. 40"))
        self.age.setMaxLength(10_000)  # said too long or not an age, never cut silently
        self.note = QLineEdit(objectName="emergencyNote",
                              placeholderText=self.tr("where found, who brought them, features (optional)"))
        self.note.setMaxLength(10_000)  # the form says what is too long instead of cutting silently
        self.age_error = QLabel(objectName="emergencyAgeError", styleSheet="color: #a40000; font-size: 9pt;")
        self.age_error.hide()
        form = QFormLayout()
        form.addRow(queries.field_label("sex"), self.sex)
        age_box = QVBoxLayout()
        age_box.setSpacing(1)
        age_box.addWidget(self.age)
        age_box.addWidget(self.age_error)
        form.addRow(self.tr("Estimated age"), age_box)
        form.addRow(self.tr("Note"), self.note)
        self.message = QLabel(objectName="emergencyMessage", wordWrap=True, styleSheet="color: #a40000;")
        self.result = QLabel(objectName="emergencyResult", wordWrap=True)
        self.result.hide()
        self.register_button = QPushButton(self.tr("Register unidentified"), objectName="emergencyRegisterButton")
        self.register_button.setDefault(True)
        self.wristband_button = QPushButton(self.tr("Print &wristband…"), objectName="emergencyWristbandButton")
        self.wristband_button.hide()
        self.close_button = QPushButton(self.tr("Cancel"), objectName="emergencyCloseButton")
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.wristband_button)
        buttons.addWidget(self.register_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(560, 300)
        self.register_button.clicked.connect(self.submit)
        self.wristband_button.clicked.connect(self.print_wristband)
        self.close_button.clicked.connect(self.reject)
        ops.run_query(None, settings.hospital_name, self._set_hospital, on_error=lambda err: None)
        (self.age if sex else self.sex).setFocus()

    def _set_hospital(self, name: str) -> None:
        self.hospital = name

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt virtual
        """As in the registration form: Return moves to the next field and registers from the last one (never
        twice); on a focused button it presses it — after registering, that is the wristband."""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)
            return
        focused = self.focusWidget()
        if isinstance(focused, QAbstractButton):
            focused.click()
            return
        order = [self.sex, self.age, self.note]
        if focused in order[:-1] and self.patient is None:
            order[order.index(focused) + 1].setFocus()
        elif self.patient is not None:
            self.print_wristband()
        else:
            self.submit()

    def problems(self) -> dict[str, str]:
        typed = self.age.text().strip()
        if not typed:
            return {"age": self.tr("Type the estimated age in years (a guess is fine), e.g. 40.")}
        age = self._age()
        if age is None or age > queries.MAX_ESTIMATED_AGE:
            return {"age": self.tr("{typed} is not an age; type whole years from 0 to {most}.").format(
                typed=repr(typed), most=formats.number_text(queries.MAX_ESTIMATED_AGE))}
        if len(" ".join(self.note.text().split())) > 500:
            return {"note": self.tr("The note is too long (500 characters at most).")}
        return {}

    def _age(self) -> int | None:
        """The age typed, in ASCII or Arabic-Indic digits."""
        typed = queries.ascii_digits(self.age.text().strip())
        return int(typed) if typed.isascii() and typed.isdigit() else None

    def submit(self) -> None:
        if self.patient is not None or not self.register_button.isEnabled():
            return  # registered already, or on its way: never twice
        problems = self.problems()
        self.age_error.setText(problems.get("age", ""))
        self.age_error.setVisible("age" in problems)
        self.message.setText(problems.get("note", ""))
        if problems:
            (self.age if "age" in problems else self.note).setFocus()
            return
        sex, age, note = self.sex.currentData(), self._age(), self.note.text()
        self.register_button.setEnabled(False)
        self.ops.run_change(self, lambda s: queries.register_unidentified(s, sex, age, note), self._done,
                            noun=Change.PATIENT, reason="emergency registration of an unidentified patient",
                            on_error=self._refused)

    def _refused(self, error: KnownError) -> None:
        self.register_button.setEnabled(True)
        self.message.setText(error.message)

    def _done(self, patient: queries.PatientRow) -> None:
        self.patient = patient
        for widget in (self.sex, self.age, self.note):
            widget.setEnabled(False)
        self.message.setText("")
        self.result.setText(self.tr("Registered as <b>{alias}</b> (MRN {mrn}), unidentified, {sex}, born {born}. "
                                    "Put the wristband on now.").format(alias=patient.temporary_alias, mrn=patient.mrn,
                                                                        sex=patient.sex_text, born=patient.born_text))
        self.result.show()
        self.register_button.hide()
        self.wristband_button.show()
        self.wristband_button.setDefault(True)
        self.wristband_button.setFocus()
        self.close_button.setText(self.tr("Close"))
        self.registered.emit(patient)

    preview: PrintPreviewDialog | None = None

    def print_wristband(self) -> PrintPreviewDialog | None:
        if self.patient is None:
            return None
        self.preview = PrintPreviewDialog(wristband_pdf(self.patient, self.hospital),
                                          self.tr("Wristband {mrn}").format(mrn=self.patient.mrn),
                                          f"wristband-{self.patient.mrn}.pdf", self)
        self.preview.setObjectName("preview_wristband")
        self.preview.open()
        return self.preview


class IdentifyDialog(RegisterDialog):
    """Who an unidentified patient is. With the live duplicate panel: someone already registered is merged by an
    administrator (the dialog says how); a new person's identity is recorded here with a reason. `saved(PatientRow)`."""
    saved = Signal(object)
    _discard_title = QT_TRANSLATE_NOOP("_FormKeys", "Discard this identification?")
    _save_text = QT_TRANSLATE_NOOP("RegisterDialog", "Record identity")
    _emergency = False

    def __init__(self, ops: Operations, patient: queries.PatientRow, parent: QWidget | None = None):
        super().__init__(ops, parent, initial=PatientInput(sex=patient.sex if patient.sex != "unknown" else ""))
        self.patient = patient
        self.checked_patient_id = patient.id
        self.setWindowTitle(self.tr("Identify {alias} (MRN {mrn})").format(alias=patient.temporary_alias,
                                                                            mrn=patient.mrn))
        self.register_button.setObjectName("identifyButton")
        self.form.show_only(IDENTIFY_FIELDS)
        self.reason.setObjectName("identifyReason")
        self.reason.setPlaceholderText(self.tr("e.g. passport brought by his daughter"))
        intro = QLabel(self.tr("<b>{alias}</b> is unidentified. Type who they are. If they are already registered "
                               "(see <i>Possible duplicates</i>), do not record a new identity: an administrator "
                               "merges this record into theirs in the Patient index.").format(
                                   alias=patient.temporary_alias), wordWrap=True)
        self.left.insertWidget(0, intro)
        self.candidates.use_button.setText(self.tr("This is the existing patient…"))
        self._set_override_needed(False)
        self.resize(980, 600)

    def min_reason(self) -> int:
        return MIN_OVERRIDE_REASON if self.override_needed else MIN_IDENTIFY_REASON

    def _set_override_needed(self, needed: bool) -> None:
        self.override_needed = needed
        self.reason_label.setText(
            self.tr("A strong match exists: say how you know this is a different person (at least {count} "
                    "characters):").format(count=formats.number_text(MIN_OVERRIDE_REASON)) if needed else
            self.tr("How was the patient identified? (at least {count} characters, kept in the history)").format(
                count=formats.number_text(MIN_IDENTIFY_REASON)))
        self.reason_label.show()
        self.reason.show()
        self._update_button()

    def _use_existing(self, existing) -> None:  # noqa: ANN001
        """Reception does not merge records: say exactly what to ask for, and change nothing."""
        self.message.setText(self.tr(
            "Nothing was changed. Ask an administrator to merge {alias} (MRN {mrn}, the duplicate) into MRN "
            "{existing_mrn} ({existing_name}, the record to keep) in the Patient index: everything recorded under the "
            "alias moves to that record.").format(alias=self.patient.temporary_alias, mrn=self.patient.mrn,
                                                  existing_mrn=existing.mrn, existing_name=existing.display_name))
        self.chose_existing.emit(existing)

    def _save(self, data: PatientInput, reason: str) -> None:
        pid = self.patient.id
        self.ops.run_change(self, lambda s: queries.identify(s, pid, data, reason), self._identified,
                            noun=Change.PATIENT, reason=reason, on_error=self._refused)

    def _identified(self, patient: queries.PatientRow) -> None:
        self.saved.emit(patient)
        self.accept()
