"""Printed invoices, credit notes and receipts (reportlab, A4 / receipt paper).

An invoice carries the hospital's header from configuration (core.setting: hospital_name, hospital_address,
hospital_tax_id, hospital_bank_account), the patient, the line items with their codes, tax per rate, totals, the
patient and payer shares, payments so far and the balance, the invoice number as Code 128 and a QR code with the
payment reference (number, amount due, currency) that a bank app or the cashier's scanner reads."""
from __future__ import annotations

import io

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from PySide6.QtCore import QT_TRANSLATE_NOOP
from reportlab.platypus import Flowable, KeepTogether, SimpleDocTemplate, Spacer

from ..core.clock import local
from ..i18n import Printed
from ..printing.fonts import BOLD, REGULAR
from ..printing.language import hospital_language
from ..printing.rtl import paragraph, table
from .queries import InvoiceDocument, ReceiptDocument

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#eef2f7")
METHOD = {"cash": QT_TRANSLATE_NOOP("Invoice", "Cash"), "card": QT_TRANSLATE_NOOP("Invoice", "Card"),
          "bank_transfer": QT_TRANSLATE_NOOP("Invoice", "Bank transfer"),
          "insurance": QT_TRANSLATE_NOOP("Invoice", "Insurance")}

_S = {
    "body": ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=11.5),
    "small": ParagraphStyle("small", fontName=REGULAR, fontSize=7.5, leading=9.5, textColor=GREY),
    "title": ParagraphStyle("title", fontName=BOLD, fontSize=17, leading=21),
    "hospital": ParagraphStyle("hospital", fontName=BOLD, fontSize=12, leading=15),
    "right": ParagraphStyle("right", fontName=REGULAR, fontSize=9, leading=11.5, alignment=TA_RIGHT),
    "cell": ParagraphStyle("cell", fontName=REGULAR, fontSize=8, leading=10),
    "cell_right": ParagraphStyle("cell_right", fontName=REGULAR, fontSize=8, leading=10, alignment=TA_RIGHT),
    "stamp": ParagraphStyle("stamp", fontName=BOLD, fontSize=12, leading=15, textColor=colors.HexColor("#b00020")),
}


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


def _header(lang: Printed, doc_title: str, hospital: dict[str, str], right_lines: list[str]) -> object:
    rtl = lang.right_to_left
    left = [paragraph(hospital.get("hospital_name", "Hospital"), _S["hospital"], rtl),
            paragraph(hospital.get("hospital_address", ""), _S["body"], rtl)]
    if hospital.get("hospital_tax_id"):
        left.append(paragraph(lang.translate("Invoice", "VAT registration {number}").format(
            number=hospital["hospital_tax_id"]), _S["small"], rtl))
    right = [paragraph(doc_title, ParagraphStyle("t", parent=_S["title"], alignment=TA_RIGHT), rtl)]
    right += [paragraph(line, _S["right"], rtl) for line in right_lines]
    return table([[left, right]], [100 * mm, 80 * mm],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)], rtl)


def _footer(lang: Printed):  # noqa: ANN202 - a reportlab page callback
    def draw(canvas, document) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(GREY)
        page = lang.translate("Invoice", "Page {number}").format(number=lang.number(canvas.getPageNumber()))
        if lang.right_to_left:
            from ..printing.rtl import visual
            canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, visual(document.title))
            canvas.drawString(15 * mm, 10 * mm, visual(page))
        else:
            canvas.drawString(15 * mm, 10 * mm, document.title)
            canvas.drawRightString(A4[0] - 15 * mm, 10 * mm, page)
        canvas.restoreState()
    return draw


def invoice_pdf(doc: InvoiceDocument, lang: Printed | None = None) -> bytes:
    """An invoice or a credit note as an A4 PDF, in the hospital's language unless another is given."""
    lang = lang or hospital_language()
    rtl = lang.right_to_left
    buf = io.BytesIO()
    credit = doc.kind == "credit_note"
    title = lang.translate("Invoice", "Credit note") if credit else lang.translate("Invoice", "Invoice")
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                            bottomMargin=18 * mm, title=f"{title} {doc.number}", author=doc.hospital.get(
                                "hospital_name", ""))
    cur = doc.currency
    right = [f"<b>{doc.number}</b>",
             lang.translate("Invoice", "Issued {when}").format(when=lang.datetime(local(doc.issued_at)))]
    if not credit:
        right.append(lang.translate("Invoice", "Due {date}").format(date=lang.date(doc.due_date)))
    if doc.credit_of:
        right.append(lang.translate("Invoice", "Cancels invoice {number}").format(number=doc.credit_of))
    story: list = [_header(lang, title, doc.hospital, right), Spacer(1, 6 * mm)]

    address = ", ".join(filter(None, [doc.address, doc.postal_code]))
    bill_to = [paragraph("<b>" + lang.translate("Invoice", "Bill to") + "</b>", _S["small"], rtl),
               paragraph(f"<b>{doc.patient_name}</b>", _S["body"], rtl),
               paragraph(lang.translate("Invoice", "MRN {mrn} · born {date}").format(
                   mrn=doc.mrn, date=lang.date(doc.birth_date)), _S["body"], rtl)]
    if address:
        bill_to.append(paragraph(address, _S["body"], rtl))
    about = [paragraph("<b>" + lang.translate("Invoice", "Regarding") + "</b>", _S["small"], rtl),
             paragraph(doc.visit or lang.translate("Invoice", "Charges of the patient's account"), _S["body"], rtl)]
    if doc.coverage:
        about.append(paragraph(lang.translate("Invoice", "Insurance: {coverage}").format(coverage=doc.coverage),
                               _S["body"], rtl))
    box = table([[bill_to, about]], [90 * mm, 90 * mm],
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                 ("BOX", (0, 0), (-1, -1), 0.4, colors.HexColor("#c5d3e3")),
                 ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)], rtl)
    story += [box, Spacer(1, 5 * mm)]
    if doc.status == "void":
        story += [paragraph(lang.translate("Invoice", "VOID — cancelled by credit note {number}: {reason}").format(
            number=doc.credited_by or "", reason=doc.void_reason), _S["stamp"], rtl), Spacer(1, 3 * mm)]

    covered = any(line.payer_share for line in doc.lines)
    head = ["#", lang.translate("Invoice", "Date"), lang.translate("Invoice", "Code"),
            lang.translate("Invoice", "Description"), lang.translate("Invoice", "Qty"),
            lang.translate("Invoice", "Unit"), lang.translate("Invoice", "Net"), lang.translate("Invoice", "Tax"),
            lang.translate("Invoice", "Total")] + ([lang.translate("Invoice", "Insurer")] if covered else [])
    # header cells wrap (a translated heading is often longer than the English); amounts' headings on the right
    rows = [[paragraph(f"<b>{h}</b>", _S["cell"] if i < 4 else _S["cell_right"], rtl) for i, h in enumerate(head)]]
    for line in doc.lines:
        rows.append([lang.number(line.line_no), lang.date(line.service_date), paragraph(line.code, _S["cell"], rtl),
                     paragraph(line.description, _S["cell"], rtl),
                     lang.number(line.quantity, max(0, -line.quantity.normalize().as_tuple().exponent)),
                     lang.money(line.unit_amount), lang.money(line.net_amount),
                     lang.number(line.tax_rate, max(0, -line.tax_rate.normalize().as_tuple().exponent)) + " %",
                     lang.money(line.total_amount)]
                    + ([lang.money(line.payer_share)] if covered else []))
    widths = [6 * mm, 19 * mm, 24 * mm, None, 10 * mm, 17 * mm, 17 * mm, 11 * mm, 18 * mm] + (
        [18 * mm] if covered else [])
    fixed = sum(w for w in widths if w)
    widths = [w or (180 * mm - fixed) for w in widths]
    items = table(rows, widths, [
        ("FONT", (0, 0), (-1, 0), BOLD, 8), ("FONT", (0, 1), (-1, -1), REGULAR, 8),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black), ("ALIGN", (4, 0), (-1, -1), "RIGHT"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fb")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ], rtl, repeatRows=1)
    story += [items, Spacer(1, 4 * mm)]

    totals = [[lang.translate("Invoice", "Net"), lang.money(doc.net_amount, cur)]]
    for rate, net, tax in doc.tax_summary:
        totals.append([lang.translate("Invoice", "Tax {rate} % on {amount}").format(
            rate=lang.number(rate, max(0, -rate.normalize().as_tuple().exponent)), amount=lang.money(net)),
            lang.money(tax, cur)])
    totals.append([lang.translate("Invoice", "Total credited") if credit else lang.translate("Invoice", "Total amount"),
                   lang.money(doc.total_amount, cur)])
    if doc.payer_share:
        totals.append([lang.translate("Invoice", "of which the insurer's share"), lang.money(doc.payer_share, cur)])
        totals.append([lang.translate("Invoice", "of which the patient's share"), lang.money(doc.patient_share, cur)])
    acc = doc.account
    if acc is not None and doc.status != "void":
        if acc.payer_denied:
            totals.append([lang.translate("Invoice", "Insurer declined (now the patient's)"),
                           lang.money(acc.payer_denied, cur)])
        if acc.patient_paid:
            totals.append([lang.translate("Invoice", "Paid by the patient"), lang.money(-acc.patient_paid, cur)])
        if acc.payer_paid:
            totals.append([lang.translate("Invoice", "Paid by the insurer"), lang.money(-acc.payer_paid, cur)])
        totals.append([lang.translate("Invoice", "Balance due"), lang.money(acc.balance, cur)])
    summary = table(totals, [62 * mm, 32 * mm], [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), BOLD, 10.5), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ], rtl, hAlign="RIGHT")
    story += [KeepTogether(summary), Spacer(1, 5 * mm)]

    if doc.payments:
        pay_rows = [[lang.translate("Invoice", "Receipt"), lang.translate("Invoice", "Date"),
                     lang.translate("Invoice", "Method"), lang.translate("Invoice", "Reference"),
                     lang.translate("Invoice", "Amount")]]
        for p in doc.payments:
            refund = lang.translate("Invoice", "refund of {receipt}").format(receipt=p.refund_of) if p.refund_of else ""
            pay_rows.append([p.receipt_number, lang.date(local(p.received_at)),
                             lang.translate("Invoice", METHOD[p.method]) if p.method in METHOD else p.method,
                             p.reference or refund, lang.money(p.amount, p.currency)])
        pays = table(pay_rows, [32 * mm, 22 * mm, 28 * mm, 60 * mm, 28 * mm],
                     [("FONT", (0, 0), (-1, 0), BOLD, 8), ("FONT", (0, 1), (-1, -1), REGULAR, 8),
                      ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black), ("ALIGN", (-1, 0), (-1, -1), "RIGHT")],
                     rtl, hAlign="LEFT")
        story += [paragraph("<b>" + lang.translate("Invoice", "Payments") + "</b>", _S["body"], rtl), pays,
                  Spacer(1, 5 * mm)]

    notes = []
    if not credit and doc.status != "void":
        notes.append(lang.translate("Invoice", "Please pay the balance by {date}, quoting <b>{number}</b>.").format(
            date=lang.date(doc.due_date), number=doc.number))
        if doc.hospital.get("hospital_bank_account"):
            notes.append(lang.translate("Invoice", "Bank transfer: {account}.").format(
                account=doc.hospital["hospital_bank_account"]))
        if doc.claim and doc.claim["status"] in ("draft", "submitted"):
            notes.append(lang.translate("Invoice", "The insurer's share has been claimed from your insurer; you "
                                                   "will hear from us if any part is not paid."))
    if doc.note:
        notes.append(doc.note)
    codes = _Codes(doc.number, payment_reference(doc) if not credit else None)
    foot = table([[[paragraph(n, _S["body"], rtl) for n in notes] or [Spacer(1, 1)], codes]],
                 [180 * mm - codes.width - 4 * mm, codes.width + 4 * mm],
                 [("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0)], rtl)
    story += [KeepTogether(foot), Spacer(1, 3 * mm),
              paragraph(lang.translate("Invoice", "Issued by {name}. Medical services are exempt from VAT unless a "
                                                  "rate is shown.").format(name=doc.issued_by), _S["small"], rtl)]
    pdf.build(story, onFirstPage=_footer(lang), onLaterPages=_footer(lang))
    return buf.getvalue()


RECEIPT = (80 * mm, 150 * mm)


def receipt_pdf(rec: ReceiptDocument, lang: Printed | None = None) -> bytes:
    """A payment receipt on 80 mm receipt paper, in the hospital's language unless another is given."""
    lang = lang or hospital_language()
    rtl = lang.right_to_left
    buf = io.BytesIO()
    p = rec.payment
    refund = p.amount < 0
    title = lang.translate("Invoice", "Refund receipt") if refund else lang.translate("Invoice", "Payment receipt")
    pdf = SimpleDocTemplate(buf, pagesize=RECEIPT, leftMargin=5 * mm, rightMargin=5 * mm, topMargin=5 * mm,
                            bottomMargin=5 * mm, title=f"{title} {p.receipt_number}")
    small = ParagraphStyle("rs", parent=_S["body"], fontSize=8, leading=10)
    method = lang.translate("Invoice", METHOD[p.method]) if p.method in METHOD else p.method
    rows = [[lang.translate("Invoice", "Receipt"), p.receipt_number],
            [lang.translate("Invoice", "Date"), lang.datetime(local(p.received_at))],
            [lang.translate("Invoice", "Invoice"), rec.invoice_number],
            [lang.translate("Invoice", "Patient"), paragraph(rec.patient_name, small, rtl)],
            [lang.translate("Invoice", "MRN"), rec.mrn], [lang.translate("Invoice", "Method"), method]]
    if p.reference:
        rows.append([lang.translate("Invoice", "Reference"), p.reference])
    if refund:
        rows.append([lang.translate("Invoice", "Refund of"), p.refund_of or ""])
        rows.append([lang.translate("Invoice", "Reason"), paragraph(p.refund_reason or "", small, rtl)])
    rows += [[lang.translate("Invoice", "Amount"), lang.money(p.amount, p.currency)],
             [lang.translate("Invoice", "Balance now"), lang.money(rec.account.balance, rec.account.currency)]]
    details = table(rows, [22 * mm, 48 * mm],
                    [("FONT", (0, 0), (-1, -1), REGULAR, 8), ("FONT", (0, -2), (-1, -2), BOLD, 10),
                     ("LINEABOVE", (0, -2), (-1, -2), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0)], rtl, hAlign="LEFT")
    story = [paragraph(rec.hospital.get("hospital_name", "Hospital"),
                       ParagraphStyle("h", parent=_S["hospital"], fontSize=10, leading=12), rtl),
             paragraph(rec.hospital.get("hospital_address", ""), _S["small"], rtl), Spacer(1, 3 * mm),
             paragraph(title, ParagraphStyle("t", parent=_S["title"], fontSize=13, leading=16), rtl),
             Spacer(1, 2 * mm), details, Spacer(1, 4 * mm), _Codes(p.receipt_number, None, height=17 * mm),
             Spacer(1, 2 * mm),
             paragraph(lang.translate("Invoice", "Received by {name}. Thank you.").format(name=p.received_by),
                       _S["small"], rtl)]
    pdf.build(story)
    return buf.getvalue()
