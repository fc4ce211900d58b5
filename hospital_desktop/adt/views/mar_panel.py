"""The medication administration record of one stay: the scheduled doses of its prescriptions from yesterday to
tomorrow morning, coloured by state (late doses in red), and, for the ward's nurses, recording a dose as given,
held or refused.

Recording needs the patient's wristband scanned into the scan box (a barcode scanner types the MRN and Return);
the database compares it with the prescription's patient and refuses a wrong patient. Giving a dose also needs
the medicine scanned: the dispensing label's prescription number or the pack's product code (checked here, before
anything is sent). A wrong wristband or medicine stops the nurse with a red SafetyStop that must be confirmed.

Keyboard-only: arrows to the dose and Return → the wristband scan → the medicine scan → the Given button
(Return presses it)."""
from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...widgets.safety import DANGER, SAFE, SafetyStop, show_stop
from ...widgets.tables import make_table
from .. import queries
from ...widgets.tables import select_row
from ...i18n.formats import day_month_time_text
from ...i18n.formats import time_text
from ...widgets.keys import return_presses, scan_field

COLUMNS = [QT_TRANSLATE_NOOP("MarPanel", "Time"), QT_TRANSLATE_NOOP("MarPanel", "Medicine"),
           QT_TRANSLATE_NOOP("MarPanel", "Dose"), QT_TRANSLATE_NOOP("MarPanel", "Route"),
           QT_TRANSLATE_NOOP("MarPanel", "Frequency"), QT_TRANSLATE_NOOP("MarPanel", "State"),
           QT_TRANSLATE_NOOP("MarPanel", "Recorded"), QT_TRANSLATE_NOOP("MarPanel", "Reason")]
STATE_COLOURS = {"late": "#f8d0cc", "due": "#fff1c2", "given": "#dff0d8", "held": "#e6e6e6", "refused": "#e6e6e6",
                 "scheduled": "#ffffff", "as_needed": "#eef3fb"}
STATE_LABELS = {"late": QT_TRANSLATE_NOOP("MarPanel", "LATE"), "due": QT_TRANSLATE_NOOP("MarPanel", "due now"),
                "given": QT_TRANSLATE_NOOP("MarPanel", "given"), "held": QT_TRANSLATE_NOOP("MarPanel", "held"),
                "refused": QT_TRANSLATE_NOOP("MarPanel", "refused"),
                "scheduled": QT_TRANSLATE_NOOP("MarPanel", "scheduled"),
                "as_needed": QT_TRANSLATE_NOOP("MarPanel", "when required")}
# A dose recorded late: its outcome with the mark (not pasted together: word order differs by language).
LATE_LABELS = {"given": QT_TRANSLATE_NOOP("MarPanel", "given (late)"),
               "held": QT_TRANSLATE_NOOP("MarPanel", "held (late)"),
               "refused": QT_TRANSLATE_NOOP("MarPanel", "refused (late)")}
# Recording a dose as held or refused asks why; the outcome said back after recording.
OUTCOME_TEXTS = {
    "given": (None, None, QT_TRANSLATE_NOOP("MarPanel", "{drug}: given.")),
    "held": (QT_TRANSLATE_NOOP("MarPanel", "Dose held"), QT_TRANSLATE_NOOP("MarPanel", "Why was the dose held?"),
             QT_TRANSLATE_NOOP("MarPanel", "{drug}: held.")),
    "refused": (QT_TRANSLATE_NOOP("MarPanel", "Dose refused"),
                QT_TRANSLATE_NOOP("MarPanel", "Why was the dose refused?"),
                QT_TRANSLATE_NOOP("MarPanel", "{drug}: refused.")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MarPanel", text)


def wrong_patient(error: KnownError) -> bool:
    """Is this the database's wrong-patient refusal? By its message key once the database's messages carry one
    (then the message is in the user's language), else by its English text."""
    return "wrong_patient" in (error.key or "") or any("wrong patient" in (text or "").lower()
                                         for text in (error.message, error.detail))


class MarPanel(QWidget):
    def __init__(self, ops: Operations, *, can_record: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.can_record = can_record
        self.patient: queries.WardPatient | None = None
        self.doses: list[queries.Dose] = []
        self.codes: dict[int, str] = {}  # prescription id → product code of its drug
        self.stop: SafetyStop | None = None  # the wrong-patient / wrong-medicine stop on screen, if any
        self.wristband: str | None = None  # the scan the database resolved to this patient
        self.medicine: tuple[int, datetime | None] | None = None  # the dose whose medicine was scanned
        self.scan = QLineEdit(objectName="wristbandScan")
        self.scan.setPlaceholderText(self.tr("Scan the patient's wristband (MRN)"))
        self.scan_state = QLabel(objectName="scanState")
        self.drug_scan = QLineEdit(objectName="medicineScan")
        self.drug_scan.setPlaceholderText(self.tr("Scan the medicine (dispensing label or pack)"))
        self.drug_state = QLabel(objectName="medicineState")
        self.table = make_table([_tr(c) for c in COLUMNS], "marTable", single=True)
        self.given_button = QPushButton(self.tr("Given"), objectName="doseGiven")
        self.held_button = QPushButton(self.tr("Held…"), objectName="doseHeld")
        self.refused_button = QPushButton(self.tr("Refused…"), objectName="doseRefused")
        self.message = QLabel(objectName="marMessage", wordWrap=True)
        self.summary = QLabel(objectName="marSummary")
        scans = QGridLayout()
        scan_label, drug_label = QLabel(self.tr("Wristband")), QLabel(self.tr("Medicine"))
        scans.addWidget(scan_label, 0, 0)
        scans.addWidget(self.scan, 0, 1)
        scans.addWidget(self.scan_state, 0, 2)
        scans.addWidget(drug_label, 1, 0)
        scans.addWidget(self.drug_scan, 1, 1)
        scans.addWidget(self.drug_state, 1, 2)
        scans.setColumnStretch(1, 1)
        scans.setColumnStretch(2, 1)
        top = QHBoxLayout()
        top.addLayout(scans, 1)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for b in (self.given_button, self.held_button, self.refused_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for w in (scan_label, self.scan, self.scan_state, drug_label, self.drug_scan, self.drug_state,
                  self.given_button, self.held_button, self.refused_button):
            w.setVisible(can_record)  # doctors read the chart; nurses record
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        # A scan is checked when its Return comes, not while it is being typed.
        self.scan.returnPressed.connect(self._scanned)
        self.scan.textEdited.connect(lambda _t: self._set_wristband(None))
        self.drug_scan.returnPressed.connect(self._medicine_scanned)
        self.drug_scan.textEdited.connect(lambda _t: self._set_medicine(None))
        self.table.activated.connect(lambda _i: self._dose_chosen())  # Return (or a double-click) on a dose
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.given_button.clicked.connect(lambda: self.record("given"))
        self.held_button.clicked.connect(lambda: self.record("held"))
        self.refused_button.clicked.connect(lambda: self.record("refused"))
        return_presses((self.given_button, self.held_button, self.refused_button))
        scan_field(self.scan)
        scan_field(self.drug_scan)
        QWidget.setTabOrder(self.table, self.scan)  # the order of the task: dose, wristband, medicine, Given
        QWidget.setTabOrder(self.scan, self.drug_scan)
        QWidget.setTabOrder(self.drug_scan, self.given_button)

    def show_admission(self, patient: queries.WardPatient) -> None:
        if self.patient is None or self.patient.admission_id != patient.admission_id:
            self.scan.clear()
            self.drug_scan.clear()
            self._set_wristband(None)
            self._set_medicine(None)
            self.message.setText("")
        self.patient = patient
        self.reload()

    def reload(self) -> None:
        patient = self.patient
        if patient is None:
            return

        def load(session):  # noqa: ANN001, ANN202
            now = queries.now(session)
            since = local(now).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
            return (queries.mar(session, patient.admission_id, since, now + timedelta(hours=14)),
                    queries.drug_codes(session, patient.encounter_id))

        self.ops.run_query(None, load, lambda r: self._show(*r), on_error=self._error, latest=True)

    def _show(self, doses: list[queries.Dose], codes: dict[int, str]) -> None:
        chosen = self._key(self.selected())
        self.doses, self.codes = doses, codes
        self.table.blockSignals(True)
        self.table.setRowCount(len(doses))
        for r, d in enumerate(doses):
            when = day_month_time_text(local(d.scheduled_at)) if d.scheduled_at else _tr(STATE_LABELS["as_needed"])
            recorded = f"{d.recorded_by} {time_text(local(d.recorded_at))}" if d.recorded_at else ""
            labels = LATE_LABELS if d.late and d.outcome and d.state in LATE_LABELS else STATE_LABELS
            state = _tr(labels[d.state]) if d.state in labels else d.state
            values = (when, d.drug, d.dose, d.route, d.frequency, state, recorded, d.reason or d.instructions or "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(STATE_COLOURS.get(d.state, "#ffffff"))))
                if d.state == "late":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        # A reload keeps the dose the nurse was on (and so its medicine scan).
        again = next((r for r, d in enumerate(doses) if chosen is not None and self._key(d) == chosen), None)
        if again is not None:
            select_row(self.table, again)
        else:
            self.table.clearSelection()
        self.table.blockSignals(False)
        self._selection_changed()
        late = sum(1 for d in doses if d.state == "late")
        due = sum(1 for d in doses if d.state == "due")
        self.summary.setText(self.tr("{late}, {due}").format(
            late=MarPanel.tr("%Ln late", "", late), due=MarPanel.tr("%Ln due now", "", due)))

    @staticmethod
    def _key(dose: queries.Dose | None) -> tuple[int, datetime | None] | None:
        return None if dose is None else (dose.prescription_id, dose.scheduled_at)

    # -- scans ------------------------------------------------------------------------------------
    def _set_wristband(self, mrn: str | None) -> None:
        self.wristband = mrn
        if mrn is None:
            self.scan_state.setText("")
        else:
            self.scan_state.setStyleSheet(f"color: {SAFE}; font-weight: 600;")
            self.scan_state.setText(f"✔ {self.patient.patient_name}" if self.patient
                                    else "✔ " + self.tr("wristband"))

    def _set_medicine(self, dose: queries.Dose | None) -> None:
        self.medicine = self._key(dose)
        if dose is None:
            self.drug_state.setText("")
        else:
            self.drug_state.setStyleSheet(f"color: {SAFE}; font-weight: 600;")
            self.drug_state.setText(f"✔ {dose.drug}")

    def _selection_changed(self) -> None:
        """A scanned medicine belongs to one dose: choosing another dose asks for its own scan."""
        if self.medicine is not None and self.medicine != self._key(self.selected()):
            self.drug_scan.clear()
            self._set_medicine(None)

    def _dose_chosen(self) -> None:
        """Return on a dose: on to what it still needs (the wristband, the medicine, then Given)."""
        current = self.table.currentIndex()
        if self.selected() is None and current.isValid():
            select_row(self.table, current.row())  # the row under the keyboard cursor, even if not yet selected
        dose = self.selected()
        if dose is None or not self.can_record:
            return
        if dose.outcome:
            self._refused(self.tr("This dose is already recorded."))
        elif self.wristband is None:
            self.scan.setFocus()
        elif self.medicine != self._key(dose):
            self.drug_scan.setFocus()
        else:
            self.given_button.setFocus()

    def _scanned(self) -> None:
        patient, code = self.patient, self.scan.text().strip()
        if patient is None or not code:
            return
        self.scan_state.setStyleSheet("")
        self.scan_state.setText(self.tr("checking…"))
        self.ops.run_query(None, lambda s: queries.resolve_wristband(s, code),
                           lambda pid: self._wristband_checked(patient, code, pid),
                           on_error=self._error, latest=True)

    def _wristband_checked(self, patient: queries.WardPatient, code: str, patient_id: int | None) -> None:
        if patient is not self.patient:
            return  # another patient was opened meanwhile
        if patient_id != patient.patient_id:
            self._set_wristband(None)
            self.scan_state.setStyleSheet(f"color: {DANGER}; font-weight: 700;")
            self.scan_state.setText("✖ " + self.tr("WRONG PATIENT"))
            self._stop(self.tr("Wrong patient"), self.tr(
                "The wristband scanned ({code}) is not the wristband of {patient} (MRN {mrn}, bed {bed}). Nothing "
                "was recorded.").format(code=code, patient=patient.patient_name, mrn=patient.mrn,
                                        bed=patient.bed_label),
                       self.scan, detail=self.tr("Check the patient's identity and scan their own wristband."))
            return
        self._set_wristband(code)
        self.message.setText("")  # an earlier refusal no longer applies
        dose = self.selected()
        if dose is None:
            self.table.setFocus()
        elif self.medicine == self._key(dose):
            self.given_button.setFocus()
        else:
            self.drug_scan.setFocus()

    def _medicine_scanned(self) -> None:
        code = self.drug_scan.text().strip().upper()
        if not code:
            return
        dose = self.selected()
        if dose is None:
            self.drug_scan.clear()
            self._refused(self.tr("Choose the dose first, then scan its medicine."))
            self.table.setFocus()
            return
        expected = {dose.prescription_number.upper(), self.codes.get(dose.prescription_id, "").upper()} - {""}
        if code not in expected:
            self._set_medicine(None)
            self.drug_state.setStyleSheet(f"color: {DANGER}; font-weight: 700;")
            self.drug_state.setText("✖ " + self.tr("WRONG MEDICINE"))
            self._stop(self.tr("Wrong medicine"), self.tr(
                "The scanned code ({code}) is not {drug} of this dose ({prescription}, {dose} {route}). Do not give "
                "it. Nothing was recorded.").format(code=code, drug=dose.drug, prescription=dose.prescription_number,
                                                    dose=dose.dose, route=dose.route),
                       self.drug_scan, detail=self.tr("Scan the dispensing label of this prescription or the pack of "
                                                      "this medicine."))
            return
        self._set_medicine(dose)
        self.message.setText("")
        (self.given_button if self.wristband else self.scan).setFocus()

    def _stop(self, title: str, text: str, field: QLineEdit | None = None, detail: str | None = None) -> None:
        """A red stop that must be confirmed; the refused scan is cleared and its field takes the next one."""
        self._refused(self.tr("{title}: {text}").format(title=title.upper(), text=text))
        if field is not None:
            field.clear()
        if self.stop is not None and self.stop.isVisible():
            return  # one stop at a time; the first is still being read

        def closed() -> None:
            self.stop = None
            if field is not None and field.isEnabled():
                field.setFocus()
        self.stop = show_stop(self, title, text, detail=detail, on_closed=closed)

    # -- recording ---------------------------------------------------------------------------------
    def select_dose(self, state: str, drug_part: str = "") -> bool:
        for r, d in enumerate(self.doses):
            if d.state == state and drug_part.lower() in d.drug.lower():
                select_row(self.table, r)
                return True
        return False

    def selected(self) -> queries.Dose | None:
        rows = self.table.selectionModel().selectedRows()
        return self.doses[rows[0].row()] if rows and rows[0].row() < len(self.doses) else None

    def record(self, outcome: str, reason: str | None = None) -> None:
        dose = self.selected()
        if dose is None:
            self._refused(self.tr("Choose the dose first."))
            return
        if dose.outcome:
            self._refused(self.tr("This dose is already recorded."))
            return
        scanned = self.wristband
        if not scanned:
            self._refused(self.tr("Scan the patient's wristband first."))
            self.scan.setFocus()
            return
        if outcome == "given" and self.medicine != self._key(dose):
            self._refused(self.tr("Scan the medicine of this dose first ({drug}).").format(drug=dose.drug))
            self.drug_scan.setFocus()
            return
        title, question, said = OUTCOME_TEXTS[outcome]
        if outcome != "given" and reason is None:
            reason, ok = QInputDialog.getText(self, _tr(title), _tr(question))
            if not ok:
                return

        def done(_id: int) -> None:
            self.message.setStyleSheet(f"color: {SAFE}; font-weight: 600;")
            self.message.setText(_tr(said).format(drug=dose.drug))
            self.drug_scan.clear()
            self._set_medicine(None)
            self.table.setFocus()
            self.reload()

        def refused(error: KnownError) -> None:
            if wrong_patient(error):  # the database's own check (e.g. a merged record)
                self._set_wristband(None)
                self._stop(self.tr("Wrong patient"), error.message, self.scan)
            else:
                self._error(error)
        self.ops.run_change(self, lambda s: queries.record_dose(s, dose.prescription_id, dose.scheduled_at, outcome,
                                                                reason or "", scanned),
                            done, noun=Change.DOSE, on_error=refused)

    def _refused(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {DANGER}; font-weight: 600;")  # a refusal is red, never green
        self.message.setText(text)

    def _error(self, error: KnownError) -> None:
        self._refused(error.message)
