"""What the clinical record's codes read as on screen, in the user's language. The codes (vital sign kinds, allergy
categories and severities, note kinds, statuses) stay as they are in the data; each table here maps a code to its
label, marked for lupdate with QT_TRANSLATE_NOOP and translated where shown (the language can switch after this
module is imported). A code the table does not know is shown as it is stored."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...i18n.formats import number_text
from ...lab.views.labels import left_to_right

# clinical.vital_kind: the catalog's label is English; the hospital's own kinds fall back to it.
VITAL_SIGNS = {
    "systolic_bp": QT_TRANSLATE_NOOP("VitalSign", "Systolic blood pressure"),
    "diastolic_bp": QT_TRANSLATE_NOOP("VitalSign", "Diastolic blood pressure"),
    "heart_rate": QT_TRANSLATE_NOOP("VitalSign", "Heart rate"),
    "resp_rate": QT_TRANSLATE_NOOP("VitalSign", "Respiratory rate"),
    "temperature": QT_TRANSLATE_NOOP("VitalSign", "Body temperature"),
    "spo2": QT_TRANSLATE_NOOP("VitalSign", "Oxygen saturation (SpO2)"),
    "weight": QT_TRANSLATE_NOOP("VitalSign", "Body weight"),
    "height": QT_TRANSLATE_NOOP("VitalSign", "Body height"),
    "pain": QT_TRANSLATE_NOOP("VitalSign", "Pain score (0-10)"),
}
VITAL_STATUSES = {
    "final": QT_TRANSLATE_NOOP("VitalSign", "final"),
    "entered_in_error": QT_TRANSLATE_NOOP("VitalSign", "entered in error"),
}
# Units stay as the catalog writes them (mmHg, /min, °C, %), except the word "score".
UNITS = {"score": QT_TRANSLATE_NOOP("VitalSign", "score")}

ALLERGY_CATEGORIES = {
    "drug": QT_TRANSLATE_NOOP("Allergy", "drug"),
    "food": QT_TRANSLATE_NOOP("Allergy", "food"),
    "environment": QT_TRANSLATE_NOOP("Allergy", "environment"),
    "other": QT_TRANSLATE_NOOP("Allergy", "other"),
}
ALLERGY_SEVERITIES = {
    "mild": QT_TRANSLATE_NOOP("Allergy", "mild"),
    "moderate": QT_TRANSLATE_NOOP("Allergy", "moderate"),
    "severe": QT_TRANSLATE_NOOP("Allergy", "severe"),
    "life_threatening": QT_TRANSLATE_NOOP("Allergy", "life-threatening"),
}
ALLERGY_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Allergy", "active"),
    "inactive": QT_TRANSLATE_NOOP("Allergy", "inactive"),
    "entered_in_error": QT_TRANSLATE_NOOP("Allergy", "entered in error"),
}

NOTE_KINDS = {
    "soap": QT_TRANSLATE_NOOP("Note", "consultation note (SOAP)"),
    "progress": QT_TRANSLATE_NOOP("Note", "progress note"),
    "amendment": QT_TRANSLATE_NOOP("Note", "amendment"),
    "nursing": QT_TRANSLATE_NOOP("Note", "nursing note"),
}

ENCOUNTER_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Encounter", "open"),
    "closed": QT_TRANSLATE_NOOP("Encounter", "closed"),
    "cancelled": QT_TRANSLATE_NOOP("Encounter", "cancelled"),
}

DIAGNOSIS_RANKS = {
    "primary": QT_TRANSLATE_NOOP("Diagnosis", "primary"),
    "secondary": QT_TRANSLATE_NOOP("Diagnosis", "secondary"),
}
DIAGNOSIS_CERTAINTIES = {
    "confirmed": QT_TRANSLATE_NOOP("Diagnosis", "confirmed"),
    "provisional": QT_TRANSLATE_NOOP("Diagnosis", "provisional"),
}
DIAGNOSIS_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Diagnosis", "active"),
    "resolved": QT_TRANSLATE_NOOP("Diagnosis", "resolved"),
    "entered_in_error": QT_TRANSLATE_NOOP("Diagnosis", "entered in error"),
}

# scheduling.appointment status, as the doctor's worklist shows it
APPOINTMENT_STATUSES = {
    "booked": QT_TRANSLATE_NOOP("Appointment", "booked"),
    "checked_in": QT_TRANSLATE_NOOP("Appointment", "checked in"),
    "in_consultation": QT_TRANSLATE_NOOP("Appointment", "in consultation"),
    "completed": QT_TRANSLATE_NOOP("Appointment", "completed"),
    "no_show": QT_TRANSLATE_NOOP("Appointment", "no-show"),
    "cancelled": QT_TRANSLATE_NOOP("Appointment", "cancelled"),
}

_CONTEXTS = {id(VITAL_SIGNS): "VitalSign", id(VITAL_STATUSES): "VitalSign", id(UNITS): "VitalSign",
             id(ALLERGY_CATEGORIES): "Allergy", id(ALLERGY_SEVERITIES): "Allergy", id(ALLERGY_STATUSES): "Allergy",
             id(NOTE_KINDS): "Note", id(ENCOUNTER_STATUSES): "Encounter", id(DIAGNOSIS_RANKS): "Diagnosis",
             id(DIAGNOSIS_CERTAINTIES): "Diagnosis", id(DIAGNOSIS_STATUSES): "Diagnosis",
             id(APPOINTMENT_STATUSES): "Appointment"}


def label(table: dict[str, str], code: str | None, fallback: str | None = None) -> str:
    """The translated label of a code from one of the tables above; else the fallback (a catalog's own label),
    else the code with its underscores as spaces; '' for None."""
    if code is None:
        return ""
    if code in table:
        return QCoreApplication.translate(_CONTEXTS[id(table)], table[code])
    return fallback if fallback is not None else str(code).replace("_", " ")


def vital_label(code: str, catalog_label: str | None = None) -> str:
    return label(VITAL_SIGNS, code, catalog_label)


def unit_label(unit: str | None) -> str:
    return left_to_right(label(UNITS, unit, unit or ""))


def measured(value: float | Decimal | int | None) -> str:
    """A measured value as the locale writes numbers, with the decimals it has (37.2, 72, 0.5; at most 2)."""
    if value is None:
        return ""
    exact = Decimal(str(value)).normalize()
    decimals = min(max(-exact.as_tuple().exponent, 0), 2)
    return number_text(exact, decimals)
