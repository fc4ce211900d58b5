"""The patient banner shown above every chart: name, MRN, age and sex, birth date, allergies."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

SEX_LABEL = {"female": "F", "male": "M", "other": "X", "unknown": "U"}


class PatientBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("patientBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#patientBanner { background: #eaf2fb; border: 1px solid #9fbfe0; border-radius: 4px; }"
                           "#bannerName { font-size: 16pt; font-weight: 600; color: #123; }"
                           "#bannerAllergies { color: #a40000; font-weight: 600; }")
        self.name = QLabel(objectName="bannerName")
        self.details = QLabel(objectName="bannerDetails")
        self.allergies = QLabel(objectName="bannerAllergies")
        self.notice = QLabel(objectName="bannerNotice")
        left = QVBoxLayout()
        left.addWidget(self.name)
        left.addWidget(self.details)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(self.allergies)
        right.addWidget(self.notice)
        layout.addLayout(right)
        self.clear()

    def clear(self) -> None:
        self.name.setText("No patient selected")
        self.details.setText("")
        self.allergies.setText("")
        self.notice.setText("")

    def show_patient(self, patient, allergies: list[str] | None = None) -> None:  # noqa: ANN001 - PatientRow
        self.name.setText(patient.display_name)
        self.details.setText(f"MRN {patient.mrn}   ·   {patient.age()} y {SEX_LABEL.get(patient.sex, '?')}"
                             f"   ·   born {patient.birth_date:%d.%m.%Y}")
        self.set_allergies(allergies)
        self.notice.setText("Merged into another record" if getattr(patient, "merged_into_id", None) else "")

    def set_allergies(self, allergies: list[str] | None) -> None:
        """None: this workspace does not read allergies; []: none recorded."""
        if allergies is None:
            self.allergies.setText("")
        elif allergies:
            self.allergies.setText("Allergies: " + ", ".join(allergies))
        else:
            self.allergies.setText("No known allergies")
