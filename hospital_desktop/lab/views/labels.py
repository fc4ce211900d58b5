"""What the laboratory's codes read as on screen, in the user's language: order statuses, priorities and result
flags. The codes stay as they are in the data (lab.lab_order, lab.result); the labels are marked for lupdate with
QT_TRANSLATE_NOOP and translated where shown. A result's value is shown with the locale's decimal sign when it is
a plain number, else as it was entered ("<0.5", "positive")."""
from __future__ import annotations

import re

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ... import i18n
from ...i18n.formats import number_text
from ..queries import OrderRow

STATUSES = {
    "ordered": QT_TRANSLATE_NOOP("LabOrder", "ordered"),
    "collected": QT_TRANSLATE_NOOP("LabOrder", "collected"),
    "received": QT_TRANSLATE_NOOP("LabOrder", "received"),
    "resulted": QT_TRANSLATE_NOOP("LabOrder", "resulted"),
    "verified": QT_TRANSLATE_NOOP("LabOrder", "verified"),
    "released": QT_TRANSLATE_NOOP("LabOrder", "released"),
    "cancelled": QT_TRANSLATE_NOOP("LabOrder", "cancelled"),
}
PRIORITIES = {
    "routine": QT_TRANSLATE_NOOP("LabOrder", "routine"),
    "urgent": QT_TRANSLATE_NOOP("LabOrder", "urgent"),
    "stat": QT_TRANSLATE_NOOP("LabOrder", "stat"),
}
# Beside the value in a result column: the short flags of a lab report.
FLAG_MARKS = {
    "low": QT_TRANSLATE_NOOP("LabFlag", "L"),
    "high": QT_TRANSLATE_NOOP("LabFlag", "H"),
    "critical_low": QT_TRANSLATE_NOOP("LabFlag", "LL critical"),
    "critical_high": QT_TRANSLATE_NOOP("LabFlag", "HH critical"),
    "abnormal": QT_TRANSLATE_NOOP("LabFlag", "A"),
}
# In a sentence ("— flagged critical high").
FLAG_NAMES = {
    "low": QT_TRANSLATE_NOOP("LabFlag", "low"),
    "high": QT_TRANSLATE_NOOP("LabFlag", "high"),
    "critical_low": QT_TRANSLATE_NOOP("LabFlag", "critical low"),
    "critical_high": QT_TRANSLATE_NOOP("LabFlag", "critical high"),
    "abnormal": QT_TRANSLATE_NOOP("LabFlag", "abnormal"),
}

_NUMBER = re.compile(r"-?\d+(\.\d+)?")


left_to_right = i18n.left_to_right  # the encounter's vital signs import it from here too


def status_label(code: str) -> str:
    return QCoreApplication.translate("LabOrder", STATUSES[code]) if code in STATUSES else code


def priority_label(code: str) -> str:
    return QCoreApplication.translate("LabOrder", PRIORITIES[code]) if code in PRIORITIES else code


def flag_mark(flag: str | None) -> str:
    return QCoreApplication.translate("LabFlag", FLAG_MARKS[flag]) if flag in FLAG_MARKS else ""


def flag_name(flag: str | None) -> str:
    return QCoreApplication.translate("LabFlag", FLAG_NAMES[flag]) if flag in FLAG_NAMES else (flag or "")


def value_text(value: str | None) -> str:
    """A result as the locale writes numbers, with the decimals it was reported with (7.10 stays 7,10 in French)."""
    if value is None:
        return ""
    text = value.strip()
    if not _NUMBER.fullmatch(text):
        return value
    decimals = len(text.split(".", 1)[1]) if "." in text else 0
    return number_text(Decimal(text), decimals)


def measurement(row: OrderRow) -> str:
    """Test, value and unit: "Potassium 7.1 mmol/L"."""
    return " ".join(part for part in (row.test, value_text(row.value), left_to_right(row.unit_shown)) if part)


def result_text(row: OrderRow) -> str:
    """Value, unit and flag for a result column: "7.1 mmol/L  HH critical"."""
    if row.value is None:
        return ""
    mark = flag_mark(row.flag)
    shown = " ".join(part for part in (value_text(row.value), left_to_right(row.unit_shown)) if part)
    return shown + (f"  {mark}" if mark else "")


def result_sample() -> str:
    """A long result as this language writes it, to size a result column by."""
    return f"{number_text(10000.0, 1)} {left_to_right('mmol/L')}  {flag_mark('critical_high')}"


def fit_to_labels(table, column: int, labels: list[str], sample: str = "") -> None:  # noqa: ANN001 - a DataTable
    """Widen a column that shows coded values to its widest label in this language (the table fits its columns
    once, to the first rows it gets: a queue of "ordered" orders would leave "received" elided)."""
    metrics = table.fontMetrics()
    widest = max(metrics.horizontalAdvance(text) for text in [*labels, sample, table.model().headerData(
        column, Qt.Orientation.Horizontal) or ""])
    table.setColumnWidth(column, max(table.columnWidth(column), widest + 24))
