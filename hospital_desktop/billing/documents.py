"""Printed invoices, credit notes and receipts (reportlab, A4 / receipt paper).

An invoice carries the hospital's header from configuration (core.setting: hospital_name, hospital_address,
hospital_tax_id, hospital_bank_account), the patient, the line items with their codes, tax per rate, totals, the
patient and payer shares, payments so far and the balance, the invoice number as Code 128 and a QR code with the
payment reference (number, amount due, currency) that a bank app or the cashier's scanner reads."""
from __future__ import annotations

import io
from decimal import Decimal

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

from ..core.clock import local
from ..printing.fonts import BOLD, REGULAR
from .queries import METHOD_LABEL, InvoiceDocument, ReceiptDocument

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#eef2f7")
LINE_KIND = {"discount": "Discount", "correction": "Correction"}

_S = {
    "body": ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.5),
    "small": ParagraphStyle("small", fontName=REGULAR, fontSize=7.5, leading=9.5, textColor=GREY),
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=21),
    "hospital": ParagraphStyle("hospital", fontName=BOLD, fontSize=12, leading=15),
    "right": ParagraphStyle("right", fontName=REGULAR, fontSize=9, leading=11.5, alignment=TA_RIGHT),
    "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10),
    "stamp": ParagraphStyle("stamp", fontName=BOLD, fontSize=12, leading=15, textColor=colors.HexColor("#b00020")),
}


def money(amount: Decimal | None, currency: str = "") -> str:
    value = Decimal(amount or 0)
    text = f"{value:,.2f}"
    return f"{text} {currency}".strip()


class _Codes(Flowable):
    """The document number as Code 128 with, to its right, a QR code of the payment reference."""

    def __init__(self, number: str, qr_text: str | None, height: float = 20 * mm):
        super().__init__()
        self.number, self.qr_text, self.height = number, qr_text, height
        self.code = Code128(number, barHeight=11 * mm, barWidth=0.3 * mm, quiet=False)
        self.width = self.code.width + (self.height + 6 * mm if qr_text else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: ARG002
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        self.code.drawOn(canvas, 0, 5 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.drawCentredString(self.code.width / 2, 1 * mm, self.number)
        if self.qr_text:
            widget = QrCodeWidget(self.qr_text, barLevel="M")
            x0, y0, x1, y1 = widget.getBounds()
            size = self.height
            drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
            drawing.add(widget)
            drawing.drawOn(canvas, self.code.width + 6 * mm, 0)


def payment_reference(doc: InvoiceDocument) -> str:
    due = doc.account.patient_balance if doc.account else doc.patient_share
    return f"HDPAY|{doc.number}|{doc.mrn}|{due:.2f}|{doc.currency}"


def _header(doc_title: str, hospital: dict[str, str], right_lines: list[str]) -> Table:
    left = [Paragraph(hospital.get("hospital_name", "Hospital"), _S["hospital"]),
            Paragraph(hospital.get("hospital_address", ""), _S["body"])]
    if hospital.get("hospital_tax_id"):
        left.append(Paragraph(f"VAT registration {hospital['hospital_tax_id']}", _S["small"]))
    right = [Paragraph(doc_title, ParagraphStyle("t", parent=_S["title"], alignment=TA_RIGHT))]
    right += [Paragraph(line, _S["right"]) for line in right_lines]
    table = Table([[left, right]], colWidths=[100 * mm, 80 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _footer(canvas, document) -> None:  # noqa: ANN001 - reportlab callback
    canvas.saveState()
    canvas.setFont(REGULAR, 7)
    canvas.setFillColor(GREY)
    canvas.drawString(15 * mm, 10 * mm, document.title)
    canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, f"Page {canvas.getPageNumber()}")
    canvas.restoreState()


def invoice_pdf(doc: InvoiceDocument) -> bytes:
    """An invoice or a credit note as an A4 PDF."""
    buf = io.BytesIO()
    credit = doc.kind == "credit_note"
    title = "Credit note" if credit else "Invoice"
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                            bottomMargin=18 * mm, title=f"{title} {doc.number}", author=doc.hospital.get(
                                "hospital_name", ""))
    cur = doc.currency
    issued = local(doc.issued_at)
    right = [f"<b>{doc.number}</b>", f"Issued {issued:%d.%m.%Y %H:%M}"]
    if not credit:
        right.append(f"Due {doc.due_date:%d.%m.%Y}")
    if doc.credit_of:
        right.append(f"Cancels invoice {doc.credit_of}")
    story: list = [_header(title, doc.hospital, right), Spacer(1, 6 * mm)]

    address = ", ".join(filter(None, [doc.address, doc.postal_code]))
    bill_to = [Paragraph("<b>Bill to</b>", _S["small"]), Paragraph(f"<b>{doc.patient_name}</b>", _S["body"]),
               Paragraph(f"MRN {doc.mrn} · born {doc.birth_date:%d.%m.%Y}", _S["body"])]
    if address:
        bill_to.append(Paragraph(address, _S["body"]))
    about = [Paragraph("<b>Regarding</b>", _S["small"]), Paragraph(doc.visit or "Charges of the patient's account",
                                                                   _S["body"])]
    if doc.coverage:
        about.append(Paragraph(f"Insurance: {doc.coverage}", _S["body"]))
    box = Table([[bill_to, about]], colWidths=[90 * mm, 90 * mm])
    box.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                             ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#c5d3e3")),
                             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    story += [box, Spacer(1, 5 * mm)]
    if doc.status == "void":
        story += [Paragraph(f"VOID — cancelled by credit note {doc.credited_by or ''}: {doc.void_reason}",
                            _S["stamp"]), Spacer(1, 3 * mm)]

    covered = any(line.payer_share for line in doc.lines)
    head = ["#", "Date", "Code", "Description", "Qty", "Unit", "Net", "Tax", "Total"] + (["Insurer"] if covered else [])
    rows = [head]
    for line in doc.lines:
        desc = line.description if line.kind == "charge" else f"{line.description}"
        rows.append([str(line.line_no), f"{line.service_date:%d.%m.%y}", Paragraph(line.code, _S["cell"]),
                     Paragraph(desc, _S["cell"]),
                     f"{line.quantity.normalize():f}", money(line.unit_amount), money(line.net_amount),
                     f"{line.tax_rate.normalize():f} %", money(line.total_amount)]
                    + ([money(line.payer_share)] if covered else []))
    widths = [7 * mm, 15 * mm, 28 * mm, None, 9 * mm, 18 * mm, 18 * mm, 12 * mm, 19 * mm] + (
        [18 * mm] if covered else [])
    fixed = sum(w for w in widths if w)
    widths = [w or (180 * mm - fixed) for w in widths]
    items = Table(rows, colWidths=widths, repeatRows=1)
    items.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), BOLD, 8), ("FONT", (0, 1), (-1, -1), REGULAR, 8),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fb")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    story += [items, Spacer(1, 4 * mm)]

    totals = [["Net", money(doc.net_amount, cur)]]
    for rate, net, tax in doc.tax_summary:
        totals.append([f"Tax {rate.normalize():f} % on {money(net)}", money(tax, cur)])
    totals.append([f"Total {'credited' if credit else 'amount'}", money(doc.total_amount, cur)])
    if doc.payer_share:
        totals.append(["of which the insurer's share", money(doc.payer_share, cur)])
        totals.append(["of which the patient's share", money(doc.patient_share, cur)])
    acc = doc.account
    if acc is not None and doc.status != "void":
        if acc.payer_denied:
            totals.append(["Insurer declined (now the patient's)", money(acc.payer_denied, cur)])
        if acc.patient_paid:
            totals.append(["Paid by the patient", money(-acc.patient_paid, cur)])
        if acc.payer_paid:
            totals.append(["Paid by the insurer", money(-acc.payer_paid, cur)])
        totals.append(["Balance due", money(acc.balance, cur)])
    summary = Table(totals, colWidths=[62 * mm, 32 * mm], hAlign="RIGHT")
    summary.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), BOLD, 10.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    story += [KeepTogether(summary), Spacer(1, 5 * mm)]

    if doc.payments:
        pay_rows = [["Receipt", "Date", "Method", "Reference", "Amount"]]
        for p in doc.payments:
            pay_rows.append([p.receipt_number, f"{local(p.received_at):%d.%m.%Y}", METHOD_LABEL.get(p.method, p.method),
                             p.reference or (f"refund of {p.refund_of}" if p.refund_of else ""),
                             money(p.amount, p.currency)])
        pays = Table(pay_rows, colWidths=[32 * mm, 22 * mm, 28 * mm, 60 * mm, 28 * mm], hAlign="LEFT")
        pays.setStyle(TableStyle([("FONT", (0, 0), (-1, 0), BOLD, 8), ("FONT", (0, 1), (-1, -1), REGULAR, 8),
                                  ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                                  ("ALIGN", (-1, 0), (-1, -1), "RIGHT")]))
        story += [Paragraph("<b>Payments</b>", _S["body"]), pays, Spacer(1, 5 * mm)]

    notes = []
    if not credit and doc.status != "void":
        notes.append(f"Please pay the balance by {doc.due_date:%d.%m.%Y}, quoting <b>{doc.number}</b>.")
        if doc.hospital.get("hospital_bank_account"):
            notes.append(f"Bank transfer: {doc.hospital['hospital_bank_account']}.")
        if doc.claim and doc.claim["status"] in ("draft", "submitted"):
            notes.append("The insurer's share has been claimed from your insurer; you will hear from us if any "
                         "part is not paid.")
    if doc.note:
        notes.append(doc.note)
    codes = _Codes(doc.number, payment_reference(doc) if not credit else None)
    foot = Table([[[Paragraph(n, _S["body"]) for n in notes] or [Spacer(1, 1)], codes]],
                 colWidths=[180 * mm - codes.width - 4 * mm, codes.width + 4 * mm])
    foot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [KeepTogether(foot), Spacer(1, 3 * mm),
              Paragraph(f"Issued by {doc.issued_by}. Medical services are exempt from VAT unless a rate is shown.",
                        _S["small"])]
    pdf.build(story, onFirstPage=_footer, onLaterPages=_footer)
    return buf.getvalue()


RECEIPT = (80 * mm, 150 * mm)


def receipt_pdf(rec: ReceiptDocument) -> bytes:
    """A payment receipt on 80 mm receipt paper."""
    buf = io.BytesIO()
    p = rec.payment
    refund = p.amount < 0
    title = "Refund receipt" if refund else "Payment receipt"
    pdf = SimpleDocTemplate(buf, pagesize=RECEIPT, leftMargin=5 * mm, rightMargin=5 * mm, topMargin=5 * mm,
                            bottomMargin=5 * mm, title=f"{title} {p.receipt_number}")
    small = ParagraphStyle("rs", parent=_S["body"], fontSize=8, leading=10)
    rows = [["Receipt", p.receipt_number], ["Date", f"{local(p.received_at):%d.%m.%Y %H:%M}"],
            ["Invoice", rec.invoice_number], ["Patient", Paragraph(rec.patient_name, small)], ["MRN", rec.mrn],
            ["Method", METHOD_LABEL.get(p.method, p.method)]]
    if p.reference:
        rows.append(["Reference", p.reference])
    if refund:
        rows.append(["Refund of", p.refund_of or ""])
        rows.append(["Reason", Paragraph(p.refund_reason or "", small)])
    rows += [["Amount", money(p.amount, p.currency)],
             ["Balance now", money(rec.account.balance, rec.account.currency)]]
    table = Table(rows, colWidths=[22 * mm, 48 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 8), ("FONT", (0, -2), (-1, -2), BOLD, 10),
                               ("LINEABOVE", (0, -2), (-1, -2), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story = [Paragraph(rec.hospital.get("hospital_name", "Hospital"), ParagraphStyle("h", parent=_S["hospital"],
                                                                                   fontSize=10, leading=12)),
             Paragraph(rec.hospital.get("hospital_address", ""), _S["small"]), Spacer(1, 3 * mm),
             Paragraph(title, ParagraphStyle("t", parent=_S["title"], fontSize=13, leading=16)), Spacer(1, 2 * mm),
             table, Spacer(1, 4 * mm), _Codes(p.receipt_number, None, height=17 * mm), Spacer(1, 2 * mm),
             Paragraph(f"Received by {p.received_by}. Thank you.", _S["small"])]
    pdf.build(story)
    return buf.getvalue()
