"""The words the pharmacy screens show for the database's codes (routes, priorities, states, alert severities).

The codes stay as they are in the data; each table maps a code to its English label, marked for translation
(QT_TRANSLATE_NOOP) and translated where it is shown, so a language switch takes effect on the next screen
built. In English the labels are the codes themselves, as the screens have always shown them."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ROUTES = {
    "oral": QT_TRANSLATE_NOOP("Route", "oral"),
    "intravenous": QT_TRANSLATE_NOOP("Route", "intravenous"),
    "intramuscular": QT_TRANSLATE_NOOP("Route", "intramuscular"),
    "subcutaneous": QT_TRANSLATE_NOOP("Route", "subcutaneous"),
    "inhalation": QT_TRANSLATE_NOOP("Route", "inhalation"),
    "sublingual": QT_TRANSLATE_NOOP("Route", "sublingual"),
    "topical": QT_TRANSLATE_NOOP("Route", "topical"),
    "rectal": QT_TRANSLATE_NOOP("Route", "rectal"),
    "ophthalmic": QT_TRANSLATE_NOOP("Route", "ophthalmic"),
    "otic": QT_TRANSLATE_NOOP("Route", "otic"),
    "nasal": QT_TRANSLATE_NOOP("Route", "nasal"),
    "vaginal": QT_TRANSLATE_NOOP("Route", "vaginal"),
    "transdermal": QT_TRANSLATE_NOOP("Route", "transdermal"),
}
PRIORITIES = {
    "routine": QT_TRANSLATE_NOOP("Priority", "routine"),
    "urgent": QT_TRANSLATE_NOOP("Priority", "urgent"),
    "stat": QT_TRANSLATE_NOOP("Priority", "stat"),
}
# pharmacy.prescription.status
PRESCRIPTION_STATES = {
    "active": QT_TRANSLATE_NOOP("PrescriptionState", "active"),
    "completed": QT_TRANSLATE_NOOP("PrescriptionState", "completed"),
    "cancelled": QT_TRANSLATE_NOOP("PrescriptionState", "cancelled"),
}
# pharmacy.prescription.dispense_status: how much of the prescription has been supplied
SUPPLY_STATES = {
    "pending": QT_TRANSLATE_NOOP("SupplyState", "pending"),
    "partial": QT_TRANSLATE_NOOP("SupplyState", "partial"),
    "dispensed": QT_TRANSLATE_NOOP("SupplyState", "dispensed"),
}
# pharmacy.dispense.status: one supply, handed out or come back
DISPENSE_STATES = {
    "dispensed": QT_TRANSLATE_NOOP("DispenseState", "dispensed"),
    "returned": QT_TRANSLATE_NOOP("DispenseState", "returned"),
}
# pharmacy.screen's severities, shown in capitals before each hit
SEVERITIES = {
    "contraindicated": QT_TRANSLATE_NOOP("Severity", "contraindicated"),
    "serious": QT_TRANSLATE_NOOP("Severity", "serious"),
    "moderate": QT_TRANSLATE_NOOP("Severity", "moderate"),
    "warning": QT_TRANSLATE_NOOP("Severity", "warning"),
}

_CONTEXTS = {id(ROUTES): "Route", id(PRIORITIES): "Priority", id(PRESCRIPTION_STATES): "PrescriptionState",
             id(SUPPLY_STATES): "SupplyState", id(DISPENSE_STATES): "DispenseState", id(SEVERITIES): "Severity"}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of a code; an unknown code (newer data than this client) is shown as it is."""
    if code is None:
        return ""
    source = table.get(code)
    return QCoreApplication.translate(_CONTEXTS[id(table)], source) if source else code


def route(code: str | None) -> str:
    return label(ROUTES, code)


def priority(code: str | None) -> str:
    return label(PRIORITIES, code)


def severity(code: str | None) -> str:
    """In capitals, as the hits are shown (Arabic has no capitals: unchanged)."""
    return label(SEVERITIES, code).upper()
