"""The patient banner shown above every chart: name, MRN, age and sex, birth date, allergies.

Allergies have three states that must never look alike: nobody has asked (amber, clearly not a fact), "no known
allergies" said by a person (with who recorded it and when), and the list of allergies (red: danger)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..core.clock import local
from ..i18n import directed, isolate
from ..i18n.formats import date_text, number_text
from ..printing.text import born_text
from .safety import DANGER, DANGER_BG, WARNING, WARNING_BG

WRAP_WIDTH = 560
# registry.patient.sex → its one-letter mark on the banner (translated where shown).
SEX_LABEL = {"female": QT_TRANSLATE_NOOP("PatientBanner", "F"), "male": QT_TRANSLATE_NOOP("PatientBanner", "M"),
             "other": QT_TRANSLATE_NOOP("PatientBanner", "X"), "unknown": QT_TRANSLATE_NOOP("PatientBanner", "U")}

# The allergy line's look per state: (text colour, background, border).
ALLERGY_STYLE = {
    "has_allergies": (DANGER, DANGER_BG, DANGER),
    "unknown": (WARNING, WARNING_BG, WARNING),
    "unchecked": (WARNING, WARNING_BG, WARNING),
    "no_known_allergies": ("#1f2d3d", "transparent", "#9fbfe0"),
}


class PatientBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("patientBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#patientBanner { background: #eaf2fb; border: 1px solid #9fbfe0; border-radius: 4px; }"
                           "#bannerName { font-size: 16pt; font-weight: 600; color: #123; }")
        self.name = QLabel(objectName="bannerName")
        self.details = QLabel(objectName="bannerDetails")
        self.allergies = QLabel(objectName="bannerAllergies")
        self.notice = QLabel(objectName="bannerNotice")
        self.notice_state: str | None = None  # "unidentified" while the notice says so
        self.allergy_state: str | None = None  # what the allergy line says: a status of ALLERGY_STYLE or None
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
        self.name.setText(self.tr("No patient selected"))
        self.details.setText("")
        self._set_allergy_line(None, "")
        self._set_notice("", None)

    def show_patient(self, patient, allergies: list[str] | None = None) -> None:  # noqa: ANN001 - PatientRow
        accuracy = getattr(patient, "birth_date_accuracy", "exact")
        sex = SEX_LABEL.get(patient.sex)
        sex = QCoreApplication.translate("PatientBanner", sex) if sex else "?"
        age = (self.tr("{years} y {sex}") if accuracy == "exact" else self.tr("c. {years} y {sex}")).format(
            years=number_text(patient.age()), sex=sex)
        self.name.setText(directed(patient.display_name))
        self.details.setText(self.tr("MRN {mrn}   ·   {age}   ·   born {born}").format(
            mrn=isolate(patient.mrn), age=age, born=isolate(born_text(patient.birth_date, accuracy))))
        self.set_allergies(allergies)
        if getattr(patient, "merged_into_id", None):
            self._set_notice(self.tr("Merged into another record"), None)
        elif getattr(patient, "identity_status", "identified") == "unidentified":
            # Plainly, next to the name: everyone caring for them must know the name is a placeholder.
            self._set_notice(self.tr("UNIDENTIFIED — temporary identity"), "unidentified")
        else:
            self._set_notice("", None)

    def _set_notice(self, text: str, state: str | None) -> None:
        self.notice_state = state
        self.notice.setText(text)
        self.notice.setStyleSheet(
            f"QLabel {{ color: {WARNING}; background: {WARNING_BG}; font-weight: 700; border: 1px solid {WARNING};"
            " border-radius: 3px; padding: 2px 6px; }" if state else "")

    def set_allergies(self, allergies: list[str] | None) -> None:
        """None: this workspace does not read allergies. A clinical.queries.AllergyList carries the status; a plain
        list does not, so an empty one says only that nothing active is recorded — never "no known allergies"."""
        status = getattr(allergies, "status", None)
        if allergies is None:
            self._set_allergy_line(None, "")
        elif allergies:
            separator = self.tr(", ", "between the items of a list")
            self._set_allergy_line("has_allergies", self.tr("Allergies: {list}").format(
                list=separator.join(isolate(allergy) for allergy in allergies)))
        elif status == "no_known_allergies":
            by, at = allergies.recorded_by, allergies.recorded_at  # type: ignore[union-attr]
            by = isolate(by) if by else self.tr("unknown")
            text = (self.tr("No known allergies (recorded by {by}, {date})").format(
                        by=by, date=isolate(date_text(local(at))))
                    if at else self.tr("No known allergies (recorded by {by})").format(by=by))
            self._set_allergy_line(status, text)
        elif status == "unknown":
            self._set_allergy_line(status, self.tr("Allergies not yet asked"))
        elif hasattr(allergies, "status"):
            self._set_allergy_line(None, "")  # the user may not know (no care relationship)
        else:
            self._set_allergy_line("unchecked", self.tr("No active allergies on record (allergy status not checked "
                                                        "here)"))

    def _set_allergy_line(self, state: str | None, text: str) -> None:
        self.allergy_state = state
        self.allergies.setText(text)
        # One line while it fits; a long list wraps in a box of up to WRAP_WIDTH instead of widening the banner
        # (a wrapping label alone would shrink to its longest word).
        long = self.allergies.fontMetrics().horizontalAdvance(text) > WRAP_WIDTH
        self.allergies.setWordWrap(long)
        if long:
            self.allergies.setFixedWidth(WRAP_WIDTH)
        else:
            self.allergies.setMinimumWidth(0)
            self.allergies.setMaximumWidth(16777215)  # QWIDGETSIZE_MAX: back to its natural width
        colour, background, border = ALLERGY_STYLE.get(state or "", ("#123", "transparent", "transparent"))
        weight = 400 if state == "no_known_allergies" else 600
        self.allergies.setStyleSheet(f"QLabel {{ color: {colour}; background: {background}; font-weight: {weight};"
                                     f" border: 1px solid {border}; border-radius: 3px; padding: 2px 6px; }}")
        self.allergies.setVisible(bool(text))
