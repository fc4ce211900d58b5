"""Specimen tube labels (reportlab), CLSI AUTO12/AUTO02 style for a 50 x 25 mm tube label: the accession number as
Code 128 across the label's length (what analyzers and the lab scan), with the patient's name, MRN, birth date and
sex, the tests, the container and the collection time in text for the eye. One page per tube."""
from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..printing.barcodes import code128 as _barcode
from ..printing.fonts import BOLD, REGULAR
from ..printing.text import SEX_LETTER as SEX
from ..printing.text import born_text
from ..printing.text import fit as _fit

TUBE_LABEL = (50 * mm, 25 * mm)


def specimen_labels_pdf(labels, clock=None) -> bytes:  # noqa: ANN001 - lab.queries.SpecimenLabel, core.clock
    """One label per specimen; `clock(datetime) -> datetime` turns the collection time into local time."""
    buf = io.BytesIO()
    width, height = TUBE_LABEL
    c = Canvas(buf, pagesize=TUBE_LABEL)
    c.setTitle("Specimen labels " + ", ".join(label.accession_number for label in labels))
    room = width - 4 * mm
    for label in labels:
        collected = clock(label.collected_at) if clock else label.collected_at
        c.setFont(BOLD, 7.5)
        c.drawString(2 * mm, height - 3.6 * mm, _fit(label.patient.upper(), BOLD, 7.5, room))
        c.setFont(REGULAR, 6)
        c.drawString(2 * mm, height - 6.4 * mm,
                     _fit(f"MRN {label.mrn}   born {born_text(label.birth_date, label.birth_date_accuracy, short=True)}   "
                          f"{SEX.get(label.sex, '?')}",
                          REGULAR, 6, room))
        # Code 128 of the accession number; quiet zones are part of the symbol's width.
        _barcode(c, label.accession_number, 0, 8.6 * mm, 8 * mm, 0.25 * mm)
        c.setFont(BOLD, 6.5)
        c.drawString(2 * mm, 5.6 * mm, label.accession_number)
        if label.priority != "routine":
            c.drawRightString(width - 2 * mm, 5.6 * mm, label.priority.upper())
        c.setFont(REGULAR, 5.5)
        c.drawString(2 * mm, 3.2 * mm, _fit(label.tests, REGULAR, 5.5, room))
        c.drawString(2 * mm, 1.0 * mm, _fit(f"{collected:%d.%m.%Y %H:%M}  {label.container}", REGULAR, 5.5, room))
        c.showPage()
    c.save()
    return buf.getvalue()
