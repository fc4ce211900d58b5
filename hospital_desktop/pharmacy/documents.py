"""Dispensing prints (reportlab): the label stuck on the pack and the patient's receipt.

The label is 4 × 2 inches (101.6 × 50.8 mm), the most common thermal label of pharmacy and shipping printers:
pharmacy, patient name with birth date and the MRN as Code 128 (scanned again at the ward or the counter), drug,
strength, form and quantity, directions in plain words, warnings, prescriber, date, prescription number, lot and
expiry. The receipt is an 80 mm thermal roll slip."""
from __future__ import annotations

import io
from datetime import date

from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..core.clock import local
from ..printing.barcodes import code128 as _barcode
from ..printing.fonts import BOLD, REGULAR
from ..printing.text import born_text
from ..printing.text import fit as _fit
from ..printing.text import wrap

DISPENSING_LABEL = (4 * inch, 2 * inch)
RECEIPT_WIDTH = 80 * mm


def _quantity(label) -> str:  # noqa: ANN001 - queries.LabelData
    unit = label.unit if label.quantity == 1 or not label.unit.isalpha() or label.unit.endswith("s") else label.unit + "s"
    return f"{label.quantity} {unit}"


def dispensing_label_pdf(label) -> bytes:  # noqa: ANN001 - queries.LabelData
    buf = io.BytesIO()
    width, height = DISPENSING_LABEL
    margin = 2.5 * mm
    room = width - 2 * margin
    c = Canvas(buf, pagesize=DISPENSING_LABEL)
    c.setTitle(f"Dispensing label {label.prescription_number}")
    c.setAuthor(label.pharmacy)
    y = height - margin - 6.5
    # Header: pharmacy on the left, date on the right.
    c.setFont(BOLD, 6.5)
    when = f"{local(label.dispensed_at):%d.%m.%Y}"
    c.drawRightString(width - margin, y, when)
    c.drawString(margin, y, _fit(label.pharmacy, BOLD, 6.5, room - stringWidth(when, BOLD, 6.5) - 3 * mm))
    c.setLineWidth(0.4)
    c.line(margin, y - 1.6 * mm, width - margin, y - 1.6 * mm)
    # Drug and quantity.
    y -= 5 * mm
    qty = _quantity(label)
    c.setFont(BOLD, 10)
    c.drawRightString(width - margin, y, qty)
    c.drawString(margin, y, _fit(f"{label.drug} {label.strength}", BOLD, 10,
                                 room - stringWidth(qty, BOLD, 10) - 3 * mm))
    y -= 3.6 * mm
    c.setFont(REGULAR, 7)
    c.drawString(margin, y, _fit(label.form, REGULAR, 7, room))
    # Directions in plain words.
    y -= 4.2 * mm
    for line in wrap(label.directions, BOLD, 8.5, room, 3):
        c.setFont(BOLD, 8.5)
        c.drawString(margin, y, line)
        y -= 3.6 * mm
    # Warnings.
    if label.warnings:
        for line in wrap(label.warnings, REGULAR, 6.5, room, 2):
            c.setFont(REGULAR, 6.5)
            c.drawString(margin, y, line)
            y -= 2.8 * mm
    # Bottom block: patient with the MRN barcode on the left, prescription facts on the right.
    base = margin
    c.setLineWidth(0.4)
    c.line(margin, base + 11.5 * mm, width - margin, base + 11.5 * mm)
    c.setFont(BOLD, 7.5)
    born = label.birth_date if isinstance(label.birth_date, date) else date.fromisoformat(str(label.birth_date))
    half = room * 0.55
    c.drawString(margin, base + 8.3 * mm, _fit(label.patient_name, BOLD, 7.5, half))
    c.setFont(REGULAR, 6)
    details = f"born {born_text(born, label.birth_date_accuracy)}   MRN {label.mrn}"
    c.drawString(margin, base + 5.6 * mm, _fit(details, REGULAR, 6, half))
    _barcode(c, label.mrn, margin - 4 * mm, base, 5 * mm, 0.22 * mm)
    right = margin + half + 2 * mm
    c.setFont(REGULAR, 6)
    for i, text_ in enumerate((f"Rx {label.prescription_number}", f"Prescriber: {label.prescriber}",
                               f"Lot {label.lot_number}   Exp {label.expiry_date:%m/%Y}")):
        c.drawString(right, base + 8.3 * mm - i * 2.7 * mm, _fit(text_, REGULAR, 6, width - margin - right))
    c.setFont(REGULAR, 5.5)
    c.drawString(right, base + 0.3 * mm, _fit("Keep out of the reach of children", REGULAR, 5.5,
                                              width - margin - right))
    c.showPage()
    c.save()
    return buf.getvalue()


def receipt_pdf(label) -> bytes:  # noqa: ANN001 - queries.LabelData
    buf = io.BytesIO()
    margin = 4 * mm
    room = RECEIPT_WIDTH - 2 * margin
    lines: list[tuple[str, str, float]] = [(line, BOLD, 9) for line in wrap(label.pharmacy, BOLD, 9, room, 2)]
    lines += [
        ("Dispensing receipt", BOLD, 8), ("", REGULAR, 4),
        (f"Date: {local(label.dispensed_at):%d.%m.%Y %H:%M}", REGULAR, 7.5),
        (f"Patient: {label.patient_name}", REGULAR, 7.5), (f"MRN: {label.mrn}", REGULAR, 7.5),
        (f"Prescription: {label.prescription_number}", REGULAR, 7.5),
        (f"Prescriber: {label.prescriber}", REGULAR, 7.5), ("", REGULAR, 4),
        (f"{label.drug} {label.strength} {label.form}", BOLD, 8), (f"Quantity: {_quantity(label)}", REGULAR, 7.5),
        (f"Lot {label.lot_number}, expires {label.expiry_date:%d.%m.%Y}", REGULAR, 7.5),
    ]
    for line in wrap(label.directions, REGULAR, 7.5, room, 4):
        lines.append((line, REGULAR, 7.5))
    lines.append(("", REGULAR, 4))
    if label.amount is not None:
        lines.append((f"Charge: {label.amount:.2f} {label.currency}", BOLD, 8.5))
        lines.append(("(added to your hospital account)", REGULAR, 6.5))
    lines += [("", REGULAR, 4), (f"Dispensed by {label.dispensed_by}   ·   no. {label.dispense_id}", REGULAR, 6.5)]
    height = 2 * margin + sum(size * 1.45 for _, _, size in lines) + 14 * mm
    c = Canvas(buf, pagesize=(RECEIPT_WIDTH, height))
    c.setTitle(f"Dispensing receipt {label.prescription_number}")
    y = height - margin
    for text_, font, size in lines:
        y -= size * 1.45
        if text_:
            c.setFont(font, size)
            c.drawString(margin, y, _fit(text_, font, size, room))
    _barcode(c, label.prescription_number, 0, margin, 10 * mm, 0.3 * mm)
    c.showPage()
    c.save()
    return buf.getvalue()
