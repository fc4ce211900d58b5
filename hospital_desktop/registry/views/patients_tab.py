"""Find a patient and open their record: the patient lookup every role has until its own workspace lands."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ...core.ops import Operations
from .. import queries
from .patient_detail import PatientDetail
from .patient_list import PatientListPanel


class PatientsWorkspace(QWidget):
    def __init__(self, ops: Operations, *, full: bool, purpose: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.purpose = purpose
        self.patients = PatientListPanel(ops, full=full)
        self.detail = PatientDetail(ops, can_edit=False, show_history=full)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.patients)
        splitter.addWidget(self.detail)
        QVBoxLayout(self).addWidget(splitter)
        self.patients.patient_chosen.connect(self.open_patient)

    def open_patient(self, patient: queries.PatientRow) -> None:
        if not self.patients.full:  # roles that see identifying columns only
            self.ops.run_query(self, lambda s: queries.log_access(s, patient, self.purpose), self.detail.set_patient)
            return
        pid = patient.id
        self.ops.run_query(self, lambda s: queries.open_chart(s, pid, self.purpose), self.detail.set_patient)

