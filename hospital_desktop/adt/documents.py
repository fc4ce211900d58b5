"""The printed discharge summary (reportlab): hospital, patient, stay, the five sections, and the signature
block with the version and the fingerprint of the signed text, so a printed copy can be matched to the record.
A draft prints with a DRAFT watermark."""
from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from ..core.clock import local
from ..printing.fonts import BOLD, REGULAR

SECTIONS = (("diagnoses", "Diagnoses"), ("procedures", "Procedures"), ("results", "Results of note"),
            ("medications", "Medications on discharge"), ("follow_up", "Follow-up"))
DISPOSITION = {"home": "Home", "transfer_out": "Transferred to another hospital", "deceased": "Deceased",
               "against_advice": "Left against medical advice"}
SEX = {"female": "female", "male": "male", "other": "other", "unknown": "unknown"}

_TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=2)
_SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))
_HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3,
                       textColor=colors.HexColor("#123a6b"))
_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5)
_CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=9.5, leading=12)
_CELL_B = ParagraphStyle("cellb", fontName=BOLD, fontSize=9.5, leading=12)


def _when(value: Any) -> str:
    if isinstance(value, datetime):
        return f"{local(value):%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return "—" if value in (None, "") else str(value)


def _para(value: str, style: ParagraphStyle = _BODY) -> Paragraph:
    return Paragraph(escape(value or "").replace("\n", "<br/>") or "—", style)


def discharge_summary_pdf(doc: dict[str, Any]) -> bytes:
    """doc: adt.queries.summary_document(...)."""
    buf = io.BytesIO()
    signed = doc["status"] == "signed"
    title = f"Discharge summary — {doc['family_name'].upper()}, {doc['given_name']} ({doc['mrn']})"
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author=doc.get("signed_by") or doc["author"])
    story: list[Any] = [
        Paragraph(escape(doc.get("hospital") or "Hospital"), _SMALL),
        Paragraph("Discharge summary", _TITLE),
        Paragraph(f"Version {doc['version']}" + (" — amends the previous version: " + escape(doc["amend_reason"])
                                                  if doc.get("amend_reason") else ""), _SMALL),
        Spacer(1, 4 * mm),
    ]
    born = doc["birth_date"]
    facts = [
        [Paragraph("Patient", _CELL_B), _para(f"{doc['family_name'].upper()}, {doc['given_name']}", _CELL),
         Paragraph("MRN", _CELL_B), _para(doc["mrn"], _CELL)],
        [Paragraph("Born", _CELL_B), _para(f"{_when(born)} ({SEX.get(doc['sex'], doc['sex'])})", _CELL),
         Paragraph("Ward", _CELL_B), _para(doc["ward"], _CELL)],
        [Paragraph("Admitted", _CELL_B), _para(_when(doc["admitted_at"]), _CELL),
         Paragraph("Discharged", _CELL_B), _para(_when(doc["discharged_at"]) if doc["discharged_at"]
                                                 else "not yet discharged", _CELL)],
        [Paragraph("Attending", _CELL_B), _para(doc["attending"], _CELL),
         Paragraph("Outcome", _CELL_B), _para(DISPOSITION.get(doc["disposition"] or "", "—"), _CELL)],
    ]
    table = Table(facts, colWidths=[27 * mm, 60 * mm, 27 * mm, 60 * mm])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9fbfe0")),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c9dcef")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eaf2fb")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eaf2fb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    story += [table, Spacer(1, 2 * mm)]
    for key, label in SECTIONS:
        story += [Paragraph(label, _HEAD), _para(doc.get(key) or "")]
    story.append(Spacer(1, 8 * mm))
    if signed:
        story += [Paragraph(f"Signed electronically by {escape(doc['signed_by'])} on {_when(doc['signed_at'])}.",
                            _BODY),
                  Paragraph(f"Fingerprint of the signed text (SHA-256): {doc['content_sha256']}", _SMALL)]
    else:
        story.append(Paragraph(f"DRAFT by {escape(doc['author'])} — not signed, not valid for the patient's "
                               "records.", _HEAD))

    def page(canvas, document) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(18 * mm, 10 * mm, f"{doc['mrn']} · discharge summary v{doc['version']} · "
                                            f"page {document.page}")
        if not signed:
            canvas.setFont(BOLD, 70)
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.12))
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(40)
            canvas.drawCentredString(0, 0, "DRAFT")
        canvas.restoreState()

    pdf.build(story, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()
