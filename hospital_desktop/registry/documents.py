"""Patient identification prints (reportlab): a wristband strip and a sticky ID label, both carrying the MRN
as Code 128 and as text, so a scanner at the ward, lab or pharmacy finds the right patient."""
from __future__ import annotations

import io
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..i18n import Printed
from ..printing.barcodes import code128 as _barcode
from ..printing.fonts import BOLD, REGULAR
from ..printing.language import hospital_language
from ..printing.rtl import draw
from ..printing.text import born_text, sex_letter

WRISTBAND = (280 * mm, 25 * mm)   # a common adult wristband strip, printed landscape
ID_LABEL = (70 * mm, 36 * mm)     # a common sticky label for forms and specimen bags


def _line(patient, lang: Printed) -> tuple[str, str]:  # noqa: ANN001 - registry.queries.PatientRow
    """(name, details). An unidentified patient is printed as their alias and says so, so nobody takes the alias
    for a name; a year-only or estimated birth date says what it is."""
    born = patient.birth_date if isinstance(patient.birth_date, date) else date.fromisoformat(str(patient.birth_date))
    accuracy = getattr(patient, "birth_date_accuracy", "exact")
    alias = getattr(patient, "temporary_alias", None)
    if getattr(patient, "identity_status", "identified") == "unidentified" and alias:
        name = lang.translate("Wristband", "{alias}   UNIDENTIFIED").format(alias=alias)
    else:
        name = f"{patient.family_name.upper()}, {patient.given_name}"
    details = lang.translate("Wristband", "born {born}   {sex}   MRN {mrn}").format(
        born=born_text(born, accuracy, lang=lang), sex=sex_letter(patient.sex, lang), mrn=patient.mrn)
    return name, details


def wristband_pdf(patient, hospital: str, lang: Printed | None = None) -> bytes:  # noqa: ANN001
    lang = lang or hospital_language()
    rtl = lang.right_to_left
    buf = io.BytesIO()
    width, height = WRISTBAND
    c = Canvas(buf, pagesize=WRISTBAND)
    c.setTitle(lang.translate("Wristband", "Wristband {mrn}").format(mrn=patient.mrn))
    name, details = _line(patient, lang)
    left = 40 * mm  # the clasp end stays blank
    bar_w = _barcode(c, patient.mrn, left, 4 * mm, height - 8 * mm, 0.42 * mm)
    text_x = left + bar_w + 4 * mm
    right = width - 8 * mm
    draw(c, name, text_x, right, height - 9 * mm, BOLD, 11, rtl)
    draw(c, details, text_x, right, height - 15 * mm, REGULAR, 9, rtl)
    draw(c, hospital, text_x, right, 4 * mm, REGULAR, 6.5, rtl)
    c.showPage()
    c.save()
    return buf.getvalue()


def id_label_pdf(patient, hospital: str, copies: int = 1, lang: Printed | None = None) -> bytes:  # noqa: ANN001
    lang = lang or hospital_language()
    rtl = lang.right_to_left
    buf = io.BytesIO()
    width, height = ID_LABEL
    c = Canvas(buf, pagesize=ID_LABEL)
    c.setTitle(lang.translate("Wristband", "Patient label {mrn}").format(mrn=patient.mrn))
    name, details = _line(patient, lang)
    for _ in range(max(1, copies)):
        draw(c, name, 3 * mm, width - 3 * mm, height - 6 * mm, BOLD, 10, rtl)
        draw(c, details, 3 * mm, width - 3 * mm, height - 10.5 * mm, REGULAR, 7.5, rtl)
        _barcode(c, patient.mrn, 0, 6 * mm, 13 * mm, 0.33 * mm)
        draw(c, hospital, 3 * mm, width - 3 * mm, 2.2 * mm, REGULAR, 6, rtl)
        c.showPage()
    c.save()
    return buf.getvalue()
