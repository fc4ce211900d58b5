"""Patient identification prints (reportlab): a wristband strip and a sticky ID label, both carrying the MRN
as Code 128 and as text, so a scanner at the ward, lab or pharmacy finds the right patient."""
from __future__ import annotations

import io
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..printing.barcodes import code128 as _barcode
from ..printing.fonts import BOLD, REGULAR
from ..printing.text import SEX_LETTER as SEX
from ..printing.text import born_text
from ..printing.text import fit as _fit

WRISTBAND = (280 * mm, 25 * mm)   # a common adult wristband strip, printed landscape
ID_LABEL = (70 * mm, 36 * mm)     # a common sticky label for forms and specimen bags


def _line(patient) -> tuple[str, str]:  # noqa: ANN001 - registry.queries.PatientRow
    """(name, details). An unidentified patient is printed as their alias and says so, so nobody takes the alias
    for a name; a year-only or estimated birth date says what it is."""
    born = patient.birth_date if isinstance(patient.birth_date, date) else date.fromisoformat(str(patient.birth_date))
    accuracy = getattr(patient, "birth_date_accuracy", "exact")
    alias = getattr(patient, "temporary_alias", None)
    if getattr(patient, "identity_status", "identified") == "unidentified" and alias:
        name = f"{alias}   UNIDENTIFIED"
    else:
        name = f"{patient.family_name.upper()}, {patient.given_name}"
    return name, f"born {born_text(born, accuracy)}   {SEX.get(patient.sex, '?')}   MRN {patient.mrn}"


def wristband_pdf(patient, hospital: str) -> bytes:  # noqa: ANN001
    buf = io.BytesIO()
    width, height = WRISTBAND
    c = Canvas(buf, pagesize=WRISTBAND)
    c.setTitle(f"Wristband {patient.mrn}")
    name, details = _line(patient)
    left = 40 * mm  # the clasp end stays blank
    bar_w = _barcode(c, patient.mrn, left, 4 * mm, height - 8 * mm, 0.42 * mm)
    text_x = left + bar_w + 4 * mm
    room = width - text_x - 8 * mm
    c.setFont(BOLD, 11)
    c.drawString(text_x, height - 9 * mm, _fit(name, BOLD, 11, room))
    c.setFont(REGULAR, 9)
    c.drawString(text_x, height - 15 * mm, _fit(details, REGULAR, 9, room))
    c.setFont(REGULAR, 6.5)
    c.drawString(text_x, 4 * mm, _fit(hospital, REGULAR, 6.5, room))
    c.showPage()
    c.save()
    return buf.getvalue()


def id_label_pdf(patient, hospital: str, copies: int = 1) -> bytes:  # noqa: ANN001
    buf = io.BytesIO()
    width, height = ID_LABEL
    c = Canvas(buf, pagesize=ID_LABEL)
    c.setTitle(f"Patient label {patient.mrn}")
    name, details = _line(patient)
    for _ in range(max(1, copies)):
        c.setFont(BOLD, 10)
        c.drawString(3 * mm, height - 6 * mm, _fit(name, BOLD, 10, width - 6 * mm))
        c.setFont(REGULAR, 7.5)
        c.drawString(3 * mm, height - 10.5 * mm, _fit(details, REGULAR, 7.5, width - 6 * mm))
        _barcode(c, patient.mrn, 0, 6 * mm, 13 * mm, 0.33 * mm)
        c.setFont(REGULAR, 6)
        c.drawString(3 * mm, 2.2 * mm, _fit(hospital, REGULAR, 6, width - 6 * mm))
        c.showPage()
    c.save()
    return buf.getvalue()
