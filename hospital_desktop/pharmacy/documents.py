"""Dispensing prints (reportlab): the label stuck on the pack and the patient's receipt.

The label is 4 × 2 inches (101.6 × 50.8 mm), the most common thermal label of pharmacy and shipping printers:
pharmacy, patient name with birth date and the MRN as Code 128 (scanned again at the ward or the counter), drug,
strength, form and quantity, directions in plain words, warnings, prescriber, date, prescription number, lot and
expiry. The receipt is an 80 mm thermal roll slip."""
from __future__ import annotations

import io
from datetime import date

from PySide6.QtCore import QDate
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..core.clock import local
from ..i18n import Printed
from ..printing import rtl as rtl_text
from ..printing.barcodes import code128 as _barcode
from ..printing.fonts import BOLD, REGULAR
from ..printing.language import hospital_language
from ..printing.rtl import draw
from ..printing.text import born_text, wrap

DISPENSING_LABEL = (4 * inch, 2 * inch)
RECEIPT_WIDTH = 80 * mm


def _quantity(label, lang: Printed) -> str:  # noqa: ANN001 - queries.LabelData
    """'28 tablets': the unit as the formulary writes it, in English made plural; other languages print the
    formulary's unit as it is (a drug's unit is data)."""
    unit = label.unit
    if lang.language == "en" and label.quantity != 1 and unit.isalpha() and not unit.endswith("s"):
        unit += "s"
    return f"{lang.number(label.quantity)} {unit}"


def _beside(left: float, right: float, gap: float, rtl: bool) -> tuple[float, float]:
    """The room where a line starts when the other end holds something gap wide (a date, a quantity)."""
    return (left + gap, right) if rtl else (left, right - gap)


def _lines(text: str, font: str, size: float, room: float, count: int, rtl: bool) -> list[str]:
    return rtl_text.lines(text, font, size, room)[:count] if rtl else wrap(text, font, size, room, count)


def dispensing_label_pdf(label, lang: Printed | None = None) -> bytes:  # noqa: ANN001 - queries.LabelData
    lang = lang or hospital_language()
    rtl = lang.right_to_left
    buf = io.BytesIO()
    width, height = DISPENSING_LABEL
    margin = 2.5 * mm
    room = width - 2 * margin
    left, right = margin, width - margin
    c = Canvas(buf, pagesize=DISPENSING_LABEL)
    c.setTitle(lang.translate("DispensingLabel", "Dispensing label {number}").format(number=label.prescription_number))
    c.setAuthor(label.pharmacy)
    y = height - margin - 6.5
    # Header: the pharmacy where lines start, the date at the other end.
    when = lang.date(local(label.dispensed_at))
    gap = stringWidth(when, BOLD, 6.5) + 3 * mm
    draw(c, when, left, right, y, BOLD, 6.5, rtl, end=True)
    draw(c, label.pharmacy, *_beside(left, right, gap, rtl), y, BOLD, 6.5, rtl)
    c.setLineWidth(0.4)
    c.line(margin, y - 1.6 * mm, width - margin, y - 1.6 * mm)
    # Drug and quantity.
    y -= 5 * mm
    qty = _quantity(label, lang)
    gap = stringWidth(qty, BOLD, 10) + 3 * mm
    draw(c, qty, left, right, y, BOLD, 10, rtl, end=True)
    drug = f"{label.drug} {label.strength}"
    draw(c, drug, *_beside(left, right, gap, rtl), y, BOLD, 10, rtl)
    y -= 3.6 * mm
    draw(c, label.form, left, right, y, REGULAR, 7, rtl)
    # Directions in plain words.
    y -= 4.2 * mm
    for line in _lines(label.directions, BOLD, 8.5, room, 3, rtl):
        draw(c, line, left, right, y, BOLD, 8.5, rtl)
        y -= 3.6 * mm
    # Warnings.
    if label.warnings:
        for line in _lines(label.warnings, REGULAR, 6.5, room, 2, rtl):
            draw(c, line, left, right, y, REGULAR, 6.5, rtl)
            y -= 2.8 * mm
    # Bottom block: patient with the MRN barcode on the left, prescription facts on the right.
    base = margin
    c.setLineWidth(0.4)
    c.line(margin, base + 11.5 * mm, width - margin, base + 11.5 * mm)
    born = label.birth_date if isinstance(label.birth_date, date) else date.fromisoformat(str(label.birth_date))
    half = room * 0.55
    details = lang.translate("DispensingLabel", "born {born}   MRN {mrn}").format(
        born=born_text(born, label.birth_date_accuracy, lang=lang), mrn=label.mrn)
    draw(c, label.patient_name, left, left + half, base + 8.3 * mm, BOLD, 7.5, rtl)
    draw(c, details, left, left + half, base + 5.6 * mm, REGULAR, 6, rtl)
    _barcode(c, label.mrn, margin - 4 * mm, base, 5 * mm, 0.22 * mm)
    facts_left = margin + half + 2 * mm
    expiry = lang.locale.toString(QDate(label.expiry_date.year, label.expiry_date.month, 1), "MM/yyyy")
    for i, text_ in enumerate((
            lang.translate("DispensingLabel", "Rx {number}").format(number=label.prescription_number),
            lang.translate("DispensingLabel", "Prescriber: {name}").format(name=label.prescriber),
            lang.translate("DispensingLabel", "Lot {lot}   Exp {expiry}").format(lot=label.lot_number,
                                                                              expiry=expiry))):
        draw(c, text_, facts_left, right, base + 8.3 * mm - i * 2.7 * mm, REGULAR, 6, rtl)
    draw(c, lang.translate("DispensingLabel", "Keep out of the reach of children"), facts_left, right,
         base + 0.3 * mm, REGULAR, 5.5, rtl)
    c.showPage()
    c.save()
    return buf.getvalue()


def receipt_pdf(label, lang: Printed | None = None) -> bytes:  # noqa: ANN001 - queries.LabelData
    lang = lang or hospital_language()
    rtl = lang.right_to_left
    buf = io.BytesIO()
    margin = 4 * mm
    room = RECEIPT_WIDTH - 2 * margin
    lines: list[tuple[str, str, float]] = [(line, BOLD, 9) for line in _lines(label.pharmacy, BOLD, 9, room, 2, rtl)]
    lines += [
        (lang.translate("DispensingLabel", "Dispensing receipt"), BOLD, 8), ("", REGULAR, 4),
        (lang.translate("DispensingLabel", "Date: {when}").format(when=lang.datetime(local(label.dispensed_at))), REGULAR, 7.5),
        (lang.translate("DispensingLabel", "Patient: {name}").format(name=label.patient_name), REGULAR, 7.5),
        (lang.translate("DispensingLabel", "MRN: {mrn}").format(mrn=label.mrn), REGULAR, 7.5),
        (lang.translate("DispensingLabel", "Prescription: {number}").format(number=label.prescription_number), REGULAR, 7.5),
        (lang.translate("DispensingLabel", "Prescriber: {name}").format(name=label.prescriber), REGULAR, 7.5), ("", REGULAR, 4),
        (f"{label.drug} {label.strength} {label.form}", BOLD, 8),
        (lang.translate("DispensingLabel", "Quantity: {quantity}").format(quantity=_quantity(label, lang)), REGULAR, 7.5),
        (lang.translate("DispensingLabel", "Lot {lot}, expires {date}").format(lot=label.lot_number,
                                                               date=lang.date(label.expiry_date)), REGULAR, 7.5),
    ]
    for line in _lines(label.directions, REGULAR, 7.5, room, 4, rtl):
        lines.append((line, REGULAR, 7.5))
    lines.append(("", REGULAR, 4))
    if label.amount is not None:
        lines.append((lang.translate("DispensingLabel", "Charge: {amount}").format(amount=lang.money(label.amount, label.currency)),
                      BOLD, 8.5))
        lines.append((lang.translate("DispensingLabel", "(added to your hospital account)"), REGULAR, 6.5))
    lines += [("", REGULAR, 4), (lang.translate("DispensingLabel", "Dispensed by {name}   ·   no. {number}").format(
        name=label.dispensed_by, number=label.dispense_id), REGULAR, 6.5)]
    height = 2 * margin + sum(size * 1.45 for _, _, size in lines) + 14 * mm
    c = Canvas(buf, pagesize=(RECEIPT_WIDTH, height))
    c.setTitle(lang.translate("DispensingLabel", "Dispensing receipt {number}").format(number=label.prescription_number))
    y = height - margin
    for text_, font, size in lines:
        y -= size * 1.45
        if text_:
            draw(c, text_, margin, RECEIPT_WIDTH - margin, y, font, size, rtl)
    _barcode(c, label.prescription_number, 0, margin, 10 * mm, 0.3 * mm)
    c.showPage()
    c.save()
    return buf.getvalue()
