"""Specimen tube labels (reportlab), CLSI AUTO12/AUTO02 style for a 50 x 25 mm tube label: the accession number as
Code 128 across the label's length (what analyzers and the lab scan), with the patient's name, MRN, birth date and
sex, the tests, the container and the collection time in text for the eye. One page per tube."""
from __future__ import annotations

import io

from PySide6.QtCore import QT_TRANSLATE_NOOP

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..i18n import Printed
from ..printing.barcodes import code128 as _barcode
from ..printing.fonts import BOLD, REGULAR
from ..printing.language import hospital_language
from ..printing.rtl import draw
from ..printing.text import born_text, sex_letter

TUBE_LABEL = (50 * mm, 25 * mm)


PRIORITY = {"urgent": QT_TRANSLATE_NOOP("SpecimenLabel", "URGENT"), "stat": QT_TRANSLATE_NOOP("SpecimenLabel", "STAT")}


def specimen_labels_pdf(labels, clock=None, lang: Printed | None = None) -> bytes:  # noqa: ANN001
    """One label per specimen (lab.queries.SpecimenLabel); `clock(datetime) -> datetime` turns the collection
    time into local time (core.clock)."""
    lang = lang or hospital_language()
    rtl = lang.right_to_left
    buf = io.BytesIO()
    width, height = TUBE_LABEL
    c = Canvas(buf, pagesize=TUBE_LABEL)
    c.setTitle(lang.translate("SpecimenLabel", "Specimen labels {numbers}").format(
        numbers=", ".join(label.accession_number for label in labels)))
    left, right = 2 * mm, width - 2 * mm
    for label in labels:
        collected = clock(label.collected_at) if clock else label.collected_at
        draw(c, label.patient.upper(), left, right, height - 3.6 * mm, BOLD, 7.5, rtl)
        draw(c, lang.translate("SpecimenLabel", "MRN {mrn}   born {born}   {sex}").format(
            mrn=label.mrn, born=born_text(label.birth_date, label.birth_date_accuracy, short=True, lang=lang),
            sex=sex_letter(label.sex, lang)), left, right, height - 6.4 * mm, REGULAR, 6, rtl)
        # Code 128 of the accession number; quiet zones are part of the symbol's width.
        _barcode(c, label.accession_number, 0, 8.6 * mm, 8 * mm, 0.25 * mm)
        c.setFont(BOLD, 6.5)
        c.drawString(2 * mm, 5.6 * mm, label.accession_number)
        if label.priority != "routine":
            shown = lang.translate("SpecimenLabel", PRIORITY[label.priority]) if label.priority in PRIORITY \
                else label.priority.upper()
            draw(c, shown, width / 2, right, 5.6 * mm, BOLD, 6.5, rtl, end=not rtl)  # right of the number
        draw(c, label.tests, left, right, 3.2 * mm, REGULAR, 5.5, rtl)
        draw(c, f"{lang.datetime(collected)}  {label.container}", left, right, 1.0 * mm, REGULAR, 5.5, rtl)
        c.showPage()
    c.save()
    return buf.getvalue()
