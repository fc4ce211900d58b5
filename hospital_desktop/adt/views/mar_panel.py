"""The medication administration record of one stay: the scheduled doses of its prescriptions from yesterday to
tomorrow morning, coloured by state (late doses in red), and, for the ward's nurses, recording a dose as given,
held or refused. Recording needs the patient's wristband scanned into the scan box (a barcode scanner types the
MRN and Enter); the database compares it with the prescription's patient and refuses a wrong patient."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...widgets.tables import make_table
from .. import queries

COLUMNS = ["Time", "Medicine", "Dose", "Route", "Frequency", "State", "Recorded", "Reason"]
STATE_COLOURS = {"late": "#f8d0cc", "due": "#fff1c2", "given": "#dff0d8", "held": "#e6e6e6", "refused": "#e6e6e6",
                 "scheduled": "#ffffff", "as_needed": "#eef3fb"}
STATE_LABELS = {"late": "LATE", "due": "due now", "given": "given", "held": "held", "refused": "refused",
                "scheduled": "scheduled", "as_needed": "when required"}


class MarPanel(QWidget):
    def __init__(self, ops: Operations, *, can_record: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.can_record = can_record
        self.patient: queries.WardPatient | None = None
        self.doses: list[queries.Dose] = []
        self.scan = QLineEdit(objectName="wristbandScan")
        self.scan.setPlaceholderText("Scan the patient's wristband (MRN)")
        self.scan_state = QLabel(objectName="scanState")
        self.table = make_table(COLUMNS, "marTable", single=True)
        self.given_button = QPushButton("Given", objectName="doseGiven")
        self.held_button = QPushButton("Held…", objectName="doseHeld")
        self.refused_button = QPushButton("Refused…", objectName="doseRefused")
        self.message = QLabel(objectName="marMessage", wordWrap=True)
        self.summary = QLabel(objectName="marSummary")
        top = QHBoxLayout()
        scan_label = QLabel("Wristband")
        top.addWidget(scan_label)
        top.addWidget(self.scan, 1)
        top.addWidget(self.scan_state)
        top.addWidget(self.summary)
        buttons = QHBoxLayout()
        for b in (self.given_button, self.held_button, self.refused_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for w in (scan_label, self.scan, self.scan_state, self.given_button, self.held_button, self.refused_button):
            w.setVisible(can_record)  # doctors read the chart; nurses record
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.scan.returnPressed.connect(self._scanned)
        self.given_button.clicked.connect(lambda: self.record("given"))
        self.held_button.clicked.connect(lambda: self.record("held"))
        self.refused_button.clicked.connect(lambda: self.record("refused"))
        self._ticket = 0

    def show_admission(self, patient: queries.WardPatient) -> None:
        if self.patient is None or self.patient.admission_id != patient.admission_id:
            self.scan.clear()
            self.scan_state.setText("")
            self.message.setText("")
        self.patient = patient
        self.reload()

    def reload(self) -> None:
        patient = self.patient
        if patient is None:
            return
        self._ticket += 1
        ticket = self._ticket

        def load(session):  # noqa: ANN001, ANN202
            now = queries.now(session)
            since = local(now).replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(days=1)
            return queries.mar(session, patient.admission_id, since, now + timedelta(hours=14))

        self.ops.run_query(None, load, lambda doses: ticket == self._ticket and self._show(doses),
                           on_error=self._error)

    def _show(self, doses: list[queries.Dose]) -> None:
        self.doses = doses
        self.table.setRowCount(len(doses))
        for r, d in enumerate(doses):
            when = f"{local(d.scheduled_at):%d.%m %H:%M}" if d.scheduled_at else "when required"
            recorded = f"{d.recorded_by} {local(d.recorded_at):%H:%M}" if d.recorded_at else ""
            state = STATE_LABELS.get(d.state, d.state) + (" (late)" if d.late and d.outcome else "")
            values = (when, d.drug, d.dose, d.route, d.frequency, state, recorded, d.reason or d.instructions or "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(STATE_COLOURS.get(d.state, "#ffffff"))))
                if d.state == "late":
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        late = sum(1 for d in doses if d.state == "late")
        due = sum(1 for d in doses if d.state == "due")
        self.summary.setText(f"{late} late, {due} due now")

    def _scanned(self) -> None:
        if self.patient and self.scan.text().strip():
            same = self.scan.text().strip() == self.patient.mrn
            self.scan_state.setText("✔ wristband scanned" if same else "✖ not this patient's wristband")
            self.scan_state.setStyleSheet("color: #1e7b34;" if same else "color: #b00020; font-weight: 600;")

    def select_dose(self, state: str, drug_part: str = "") -> bool:
        for r, d in enumerate(self.doses):
            if d.state == state and drug_part.lower() in d.drug.lower():
                self.table.selectRow(r)
                return True
        return False

    def selected(self) -> queries.Dose | None:
        rows = self.table.selectionModel().selectedRows()
        return self.doses[rows[0].row()] if rows and rows[0].row() < len(self.doses) else None

    def record(self, outcome: str, reason: str | None = None) -> None:
        dose = self.selected()
        if dose is None:
            self.message.setText("Choose the dose first.")
            return
        if dose.outcome:
            self.message.setText("This dose is already recorded.")
            return
        scanned = self.scan.text().strip()
        if not scanned:
            self.message.setText("Scan the patient's wristband first.")
            return
        if outcome != "given" and reason is None:
            reason, ok = QInputDialog.getText(self, f"Dose {outcome}", f"Why was the dose {outcome}?")
            if not ok:
                return
        self.ops.run_change(self, lambda s: queries.record_dose(s, dose.prescription_id, dose.scheduled_at, outcome,
                                                                reason or "", scanned),
                            lambda _id: (self.message.setText(f"{dose.drug}: {outcome}."), self.reload()),
                            noun="dose", on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
