"""The ward workstation (nurses): the ward's patients, and for the chosen one the banner, observations with
their trend chart, nursing notes, the fluid balance chart and the medication administration record; the bed board (transfers and
housekeeping) and the shift handover list. Opening the ward posts the bed-days due (the census is idempotent)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel,
                               QPlainTextEdit, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from ...clinical import queries as clinical
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...registry import queries as registry
from ...widgets.patient_banner import PatientBanner
from ...widgets.tables import fill_table, make_table
from .. import queries
from .bed_board import ISOLATION_MARK, BedBoard
from .fluid_panel import FluidPanel
from .vitals_chart import VitalsChart

PATIENT_COLUMNS = ["Bed", "Patient", "MRN", "Day", "Isolation", "Attending", "Expected discharge"]
HANDOVER_COLUMNS = ["Bed", "Patient", "Day", "Reason", "Isolation", "Expected discharge", "Latest observations",
                    "Latest nursing note"]
# kind, label, minimum, maximum, decimals, default
OBSERVATIONS = [("temperature", "Temperature (°C)", 30, 43, 1, 37.0), ("heart_rate", "Heart rate (/min)", 20, 250, 0, 80),
                ("systolic_bp", "Systolic BP (mmHg)", 40, 280, 0, 120), ("diastolic_bp", "Diastolic BP (mmHg)", 20, 180, 0, 75),
                ("resp_rate", "Respiratory rate (/min)", 4, 60, 0, 16), ("spo2", "SpO2 (%)", 50, 100, 0, 97),
                ("pain", "Pain score (0-10)", 0, 10, 0, 0)]


def stay_day(patient: queries.WardPatient) -> int:
    from datetime import date
    return (date.today() - local(patient.admitted_at).date()).days + 1


class PatientPanel(QWidget):
    """One admitted patient: banner, observations (nurses record them), trend chart, nursing notes, and the
    medication chart when the pharmacy schema is there."""

    def __init__(self, ops: Operations, *, nurse: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.nurse = nurse
        self.patient: queries.WardPatient | None = None
        self.banner = PatientBanner()
        self.stay = QLabel(objectName="stayLine", wordWrap=True)
        self.tabs = QTabWidget(objectName="patientTabs")
        self.chart = VitalsChart()
        self.inputs: dict[str, QDoubleSpinBox] = {}
        obs = QWidget()
        form = QFormLayout()
        for kind, label, lo, hi, decimals, default in OBSERVATIONS:
            box = QDoubleSpinBox(objectName=f"obs_{kind}")
            box.setRange(lo, hi)
            box.setDecimals(decimals)
            box.setValue(default)
            box.setSingleStep(0.1 if decimals else 1)
            self.inputs[kind] = box
            form.addRow(label, box)
        self.record_button = QPushButton("Record observations", objectName="recordObservations")
        self.obs_message = QLabel(objectName="obsMessage", wordWrap=True)
        # Every widget has a parent whatever the role (a layout left without one is freed under the widgets it
        # holds); doctors read the chart, the recording form is hidden for them.
        self.obs_form = QWidget(objectName="observationForm")
        left = QVBoxLayout(self.obs_form)
        left.addLayout(form)
        left.addWidget(self.record_button)
        left.addWidget(self.obs_message)
        left.addStretch(1)
        obs_layout = QHBoxLayout(obs)
        obs_layout.addWidget(self.obs_form)
        obs_layout.addWidget(self.chart, 1)
        self.obs_form.setVisible(nurse)
        self.tabs.addTab(obs, "Observations")
        notes = QWidget()
        self.notes = make_table(["When", "Author", "Note"], "nursingNotes", single=True)
        self.note_text = QPlainTextEdit(objectName="nursingNoteText")
        self.note_text.setPlaceholderText("Nursing note for this shift")
        self.note_text.setMaximumHeight(90)
        self.note_button = QPushButton("Save nursing note", objectName="saveNursingNote")
        nl = QVBoxLayout(notes)
        nl.addWidget(self.notes, 1)
        nl.addWidget(self.note_text)
        nl.addWidget(self.note_button)
        self.note_text.setVisible(nurse)
        self.note_button.setVisible(nurse)
        self.tabs.addTab(notes, "Nursing notes")
        self.fluids = FluidPanel(ops, can_record=nurse)
        self.tabs.addTab(self.fluids, "Fluid balance")
        self.mar = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stay)
        layout.addWidget(self.tabs, 1)
        self.record_button.clicked.connect(self.record_observations)
        self.note_button.clicked.connect(self.save_note)
        self.setEnabled(False)
        self._ticket = 0
        self._mar_checked = False

    def _maybe_mar(self, available: bool) -> None:
        if not available:
            return
        from .mar_panel import MarPanel
        self.mar = MarPanel(self.ops, can_record=self.nurse)
        self.tabs.addTab(self.mar, "Medication chart")
        if self.patient:
            self.mar.show_admission(self.patient)

    def show_patient(self, patient: queries.WardPatient) -> None:
        self.patient = patient
        self.setEnabled(True)
        if not self._mar_checked:
            self._mar_checked = True
            self.ops.run_query(None, queries.mar_available, self._maybe_mar)
        iso = ISOLATION_MARK.get(patient.isolation)
        self.stay.setText(f"Bed {patient.bed_label} · admitted {local(patient.admitted_at):%d.%m.%Y %H:%M} "
                          f"(day {stay_day(patient)}) · attending {patient.attending} · {patient.reason}"
                          + (f" · ⚠ {iso}" if iso else ""))
        self._ticket += 1
        ticket = self._ticket

        def load(session):  # noqa: ANN001, ANN202
            person = registry.open_chart(session, patient.patient_id, "ward care")
            return {"patient": person, "allergies": clinical.active_allergies(session, patient.patient_id),
                    "series": queries.vital_series(session, patient.patient_id,
                                                   patient.admitted_at - timedelta(hours=1)),
                    "notes": queries.nursing_notes(session, patient.patient_id, patient.encounter_id)}

        self.ops.run_query(None, load, lambda r: ticket == self._ticket and self._show(r), on_error=self._error)
        self.fluids.show_admission(patient)
        if self.mar is not None:
            self.mar.show_admission(patient)

    def _show(self, record: dict) -> None:
        if record["patient"] is not None:
            self.banner.show_patient(record["patient"], record["allergies"])
        self.chart.set_series(record["series"])
        fill_table(self.notes, [(f"{local(n['created_at']):%d.%m %H:%M}", n["author"],
                                 ("[" + n["kind"] + "] " if n["kind"] != "nursing" else "") + n["body"])
                                for n in record["notes"]])

    def reload(self) -> None:
        if self.patient is not None:
            self.show_patient(self.patient)

    def record_observations(self) -> None:
        patient = self.patient
        if patient is None:
            return
        values = {kind: box.value() for kind, box in self.inputs.items()}
        self.ops.run_change(self, lambda s: queries.record_observations(s, patient.encounter_id, patient.patient_id,
                                                                         values),
                            lambda n: (self.obs_message.setText(f"{n} observations recorded."), self.reload()),
                            noun="vital_sign", on_error=self._error)

    def save_note(self) -> None:
        patient, body = self.patient, self.note_text.toPlainText().strip()
        if patient is None:
            return
        if not body:
            self.obs_message.setText("Write the note first.")
            return
        self.ops.run_change(self, lambda s: queries.add_nursing_note(s, patient.encounter_id, patient.patient_id, body),
                            lambda _id: (self.note_text.clear(), self.reload()), noun="note", on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.obs_message.setText(error.message)


class WardWorkspace(QWidget):
    patient_selected = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.ward = QComboBox(objectName="wardChoice")
        self.ward.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.message = QLabel(objectName="wardMessage", wordWrap=True)
        self.patients_table = make_table(PATIENT_COLUMNS, "wardPatients", single=True)
        self.panel = PatientPanel(ops, nurse=True)
        self.board = BedBoard(ops, can_admit=False, can_transfer=True, can_housekeep=True)
        self.handover_table = make_table(HANDOVER_COLUMNS, "handover", single=True)
        self.handover_table.setWordWrap(True)
        self.handover_table.verticalHeader().setDefaultSectionSize(46)
        self.tabs = QTabWidget(objectName="wardTabs")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.patients_table)
        split.addWidget(self.panel)
        split.setSizes([430, 850])
        self.tabs.addTab(split, "Patients")
        self.tabs.addTab(self.board, "Bed board")
        handover = QWidget()
        hl = QVBoxLayout(handover)
        hl.addWidget(QLabel("Handover: one line per patient of the ward, for the next shift"))
        hl.addWidget(self.handover_table, 1)
        self.tabs.addTab(handover, "Handover")
        top = QHBoxLayout()
        top.addWidget(QLabel("Ward"))
        top.addWidget(self.ward)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.patients: list[queries.WardPatient] = []
        self._ticket = 0
        self.ward.currentIndexChanged.connect(lambda _i: self._ward_changed())
        self.patients_table.itemSelectionChanged.connect(self._selected)
        self.board.admission_chosen.connect(self.open_admission)
        ops.changed.connect(lambda noun: noun in ("admission", "bed") and self.refresh())
        self._started = False

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if not self._started:  # load on first show: a login's hidden workspaces cost nothing
            self._started = True
            self.ops.run_query(None, queries.wards, self._set_wards, on_error=self._error)

    def _set_wards(self, wards: list[queries.Ward]) -> None:
        mine = set(self.ops.db.identity.departments if self.ops.db.identity else ())
        own = [w for w in wards if w.code in mine] or wards
        self.ward.blockSignals(True)
        for w in own:
            self.ward.addItem(f"{w.name} ({w.code})", w.id)
        self.ward.blockSignals(False)
        self._ward_changed()

    def _ward_changed(self) -> None:
        code = self.ward.currentText().rsplit("(", 1)[-1].rstrip(")")
        if code:
            self.board.select_ward(code)
        self.ops.run_change(None, lambda s: queries.post_bed_days(s), lambda n: n and self.message.setText(
            f"Midnight census: {n} bed-day(s) posted."), noun="bed_day", on_error=self._error)
        self.refresh()

    def refresh(self) -> None:
        ward_id = self.ward.currentData()
        if ward_id is None:
            return
        self._ticket += 1
        ticket = self._ticket
        self.ops.run_query(None, lambda s: (queries.ward_patients(s, ward_id), queries.handover(s, ward_id)),
                           lambda r: ticket == self._ticket and self._show(*r), on_error=self._error)

    def _show(self, patients: list[queries.WardPatient], handover: list[dict]) -> None:
        current = self.panel.patient.admission_id if self.panel.patient else None
        self.patients = patients
        self.patients_table.blockSignals(True)
        fill_table(self.patients_table, [(p.bed_label, p.patient_name, p.mrn, stay_day(p),
                                          "" if p.isolation == "none" else p.isolation, p.attending,
                                          f"{p.expected_discharge:%d.%m.%Y}" if p.expected_discharge else "")
                                         for p in patients])
        self.patients_table.blockSignals(False)
        fill_table(self.handover_table, [(h["bed"], f"{h['patient']} ({h['mrn']})", h["day_of_stay"] + 1, h["reason"],
                                          "" if h["isolation"] == "none" else h["isolation"],
                                          f"{h['expected_discharge']:%d.%m.%Y}" if h["expected_discharge"] else "",
                                          queries.short_observations(h["last_obs"]), h["last_note"] or "")
                                         for h in handover])
        if current is not None:
            self.open_admission(current, quiet=True)

    def _selected(self) -> None:
        rows = self.patients_table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.patients):
            patient = self.patients[rows[0].row()]
            self.panel.show_patient(patient)
            self.patient_selected.emit(patient.admission_id)

    def open_admission(self, admission_id: int, quiet: bool = False) -> bool:
        for i, p in enumerate(self.patients):
            if p.admission_id == admission_id:
                if quiet:  # a refresh: keep the selection, reload the chart
                    self.patients_table.blockSignals(True)
                    self.patients_table.selectRow(i)
                    self.patients_table.blockSignals(False)
                    self.panel.show_patient(p)
                else:
                    self.tabs.setCurrentIndex(0)
                    self.patients_table.selectRow(i)
                return True
        return False

    def select_patient(self, mrn: str) -> bool:
        for i, p in enumerate(self.patients):
            if p.mrn == mrn:
                self.tabs.setCurrentIndex(0)
                self.patients_table.selectRow(i)
                return True
        return False

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
