"""The language printouts are in: the hospital's (settings 'language' and 'locale', read at login), whatever
language the person at the screen uses — a wristband or an invoice is read by the patient and the next ward."""
from __future__ import annotations

from ..i18n import Printed

_hospital: Printed | None = None


def set_hospital_language(language: str | None, locale: str | None = None) -> None:
    global _hospital
    _hospital = Printed.for_language(language, locale)


def hospital_language() -> Printed:
    global _hospital
    if _hospital is None:
        _hospital = Printed.for_language("en")
    return _hospital
