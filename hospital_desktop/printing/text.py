"""Text that must fit a printed label: shorten with an ellipsis, wrap words on lines, one-letter sex codes.
Shared by every domain's documents (wristband, tube, dispensing labels)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QT_TRANSLATE_NOOP
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..i18n import Printed, formats

# One letter for the sex on the smallest labels, in the document's language (F/M in English and French).
SEX_LETTER = {"female": QT_TRANSLATE_NOOP("BirthDate", "F"), "male": QT_TRANSLATE_NOOP("BirthDate", "M"),
              "other": QT_TRANSLATE_NOOP("BirthDate", "X"), "unknown": QT_TRANSLATE_NOOP("BirthDate", "U")}


def sex_letter(sex: str, lang: Printed | None = None) -> str:
    translate = lang.translate if lang else QCoreApplication.translate
    return translate("BirthDate", SEX_LETTER[sex]) if sex in SEX_LETTER else "?"


def born_text(born: date, accuracy: str = "exact", *, short: bool = False, lang: Printed | None = None) -> str:
    """A birth date as people must read it (registry.patient.birth_date_accuracy): '31/12/1980', '1970 (year only)',
    'c. 1986 (estimated)' — a year-only or estimated date is never shown as if it were a day. `short` for the
    smallest labels: '1970 (yr only)', 'c. 1986 (est.)'. In the screen's language, or a printout's (lang)."""
    translate = lang.translate if lang else QCoreApplication.translate
    locale = lang.locale if lang else QLocale()
    year = locale.toString(QDate(born.year, 1, 1), "yyyy")
    if accuracy == "year":
        text = (translate("BirthDate", "{year} (yr only)") if short
                else translate("BirthDate", "{year} (year only)"))
        return text.format(year=year)
    if accuracy == "estimated":
        text = (translate("BirthDate", "c. {year} (est.)") if short
                else translate("BirthDate", "c. {year} (estimated)"))
        return text.format(year=year)
    return formats.date_text(born, locale)


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis until it fits the width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Words on lines no wider than width; the last line ends in an ellipsis when the text does not fit."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit(lines[-1] + " …", font, size, width)
    return [fit(line, font, size, width) for line in lines]
