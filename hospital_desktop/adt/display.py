"""How the ward's screens write what they show in the user's locale (hospital_desktop.i18n.formats underneath): the
short day-and-month of the bed board and the handover (the year is plain on a ward), measured values as typed
(37.5, never 37.50), signed fluid volumes, and the translated labels of the database's codes (bed states,
isolation, discharge outcomes, where an admission comes from, fluid routes, summary status).

QtCore and QtGui only (QLocale, QCoreApplication.translate, the layout direction), no widgets: the queries module
uses it in worker threads."""
from __future__ import annotations


from PySide6.QtCore import QLocale, QT_TRANSLATE_NOOP, QCoreApplication

from .. import i18n
from ..i18n.formats import number_text

# -- database codes → labels (translated where shown; the codes stay as they are in data) ----------------------
BED_STATE_LABELS = {
    "free": QT_TRANSLATE_NOOP("BedState", "free"),
    "occupied": QT_TRANSLATE_NOOP("BedState", "occupied"),
    "reserved": QT_TRANSLATE_NOOP("BedState", "reserved"),
    "cleaning": QT_TRANSLATE_NOOP("BedState", "cleaning"),
    "out_of_service": QT_TRANSLATE_NOOP("BedState", "out of service"),
}
ISOLATION_LABELS = {
    "none": QT_TRANSLATE_NOOP("Isolation", "none"),
    "contact": QT_TRANSLATE_NOOP("Isolation", "contact"),
    "droplet": QT_TRANSLATE_NOOP("Isolation", "droplet"),
    "airborne": QT_TRANSLATE_NOOP("Isolation", "airborne"),
    "protective": QT_TRANSLATE_NOOP("Isolation", "protective"),
}
# the warning on a bed tile and the stay line
ISOLATION_MARK = {
    "contact": QT_TRANSLATE_NOOP("Isolation", "Contact isolation"),
    "droplet": QT_TRANSLATE_NOOP("Isolation", "Droplet isolation"),
    "airborne": QT_TRANSLATE_NOOP("Isolation", "Airborne isolation"),
    "protective": QT_TRANSLATE_NOOP("Isolation", "Protective isolation"),
}
SUMMARY_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("DischargePanel", "draft"),
    "signed": QT_TRANSLATE_NOOP("DischargePanel", "signed"),
}

# the kinds of clinical.note other than the nurses' own, marked in the nursing notes' list
NOTE_KIND_LABELS = {
    "soap": QT_TRANSLATE_NOOP("PatientPanel", "soap"),
    "progress": QT_TRANSLATE_NOOP("PatientPanel", "progress"),
    "amendment": QT_TRANSLATE_NOOP("PatientPanel", "amendment"),
}


def bed_state_label(state: str | None) -> str:
    label = BED_STATE_LABELS.get(state or "")
    return QCoreApplication.translate("BedState", label) if label else (state or "").replace("_", " ")


def isolation_label(code: str | None) -> str:
    label = ISOLATION_LABELS.get(code or "")
    return QCoreApplication.translate("Isolation", label) if label else (code or "")


def isolation_mark(code: str | None) -> str | None:
    """'Contact isolation' for a stay in isolation; None for none."""
    label = ISOLATION_MARK.get(code or "")
    return QCoreApplication.translate("Isolation", label) if label else None


def note_kind_label(kind: str) -> str:
    label = NOTE_KIND_LABELS.get(kind)
    return QCoreApplication.translate("PatientPanel", label) if label else kind


def summary_status_label(status: str) -> str:
    label = SUMMARY_STATUS_LABELS.get(status)
    return QCoreApplication.translate("DischargePanel", label) if label else status


def label_of(context: str, table: tuple[tuple[str, str], ...] | list[tuple[str, str]], code: str | None) -> str:
    """The translated label of a code in a (code, label) table of QT_TRANSLATE_NOOP labels; the code if unknown."""
    for key, label in table:
        if key == code:
            return QCoreApplication.translate(context, label)
    return code or ""


# -- dates and numbers: formats.day_month_text / day_month_time_text; units: i18n.left_to_right --------------
isolated = i18n.left_to_right


def value_text(value: float | int, locale: QLocale | None = None) -> str:
    """A measured value with the decimals it has (37.5, 104, 0.3), in the locale's digits and decimal sign."""
    text = f"{float(value):g}"
    decimals = len(text.split(".")[1]) if "." in text and "e" not in text else 0
    return number_text(float(value), decimals, locale)


def signed_ml(ml: int, locale: QLocale | None = None) -> str:
    """A balance with its sign: +450, −300 (the locale's signs and digit grouping), 0."""
    if not ml:
        return number_text(0, locale=locale)
    loc = locale if locale is not None else QLocale()
    return (loc.positiveSign() if ml > 0 else "") + number_text(int(ml), locale=locale)
