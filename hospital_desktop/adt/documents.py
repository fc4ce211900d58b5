"""The printed discharge summary (reportlab): hospital, patient, stay, the five sections, and the signature
block with the version and the fingerprint of the signed text, so a printed copy can be matched to the record.
A draft prints with a DRAFT watermark."""
from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from ..core.clock import local
from ..i18n import Printed
from ..printing.fonts import BOLD, REGULAR
from ..printing.language import hospital_language
from ..printing.rtl import paragraph, table, visual

SECTIONS = (("diagnoses", QT_TRANSLATE_NOOP("DischargeSummary", "Diagnoses")), ("procedures", QT_TRANSLATE_NOOP("DischargeSummary", "Procedures")),
            ("results", QT_TRANSLATE_NOOP("DischargeSummary", "Results of note")),
            ("medications", QT_TRANSLATE_NOOP("DischargeSummary", "Medications on discharge")),
            ("follow_up", QT_TRANSLATE_NOOP("DischargeSummary", "Follow-up")))
DISPOSITION = {"home": QT_TRANSLATE_NOOP("DischargeSummary", "Home"),
               "transfer_out": QT_TRANSLATE_NOOP("DischargeSummary", "Transferred to another hospital"),
               "deceased": QT_TRANSLATE_NOOP("DischargeSummary", "Deceased"),
               "against_advice": QT_TRANSLATE_NOOP("DischargeSummary", "Left against medical advice")}
SEX = {"female": QT_TRANSLATE_NOOP("DischargeSummary", "female"), "male": QT_TRANSLATE_NOOP("DischargeSummary", "male"),
       "other": QT_TRANSLATE_NOOP("DischargeSummary", "other"), "unknown": QT_TRANSLATE_NOOP("DischargeSummary", "unknown")}

_TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=16, leading=20, spaceAfter=2)
_SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"))
_HEAD = ParagraphStyle("head", fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=3,
                       textColor=colors.HexColor("#123a6b"))
_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5)
_CELL = ParagraphStyle("cell", fontName=REGULAR, fontSize=9.5, leading=12)
_CELL_B = ParagraphStyle("cellb", fontName=BOLD, fontSize=9.5, leading=12)


def _when(value: Any, lang: Printed) -> str:
    if isinstance(value, datetime):
        return lang.datetime(local(value))
    if isinstance(value, date):
        return lang.date(value)
    return "—" if value in (None, "") else str(value)


def _para(value: str, rtl: bool, style: ParagraphStyle = _BODY) -> Any:
    return paragraph(escape(value or "").replace("\n", "<br/>") or "—", style, rtl)


def discharge_summary_pdf(doc: dict[str, Any], lang: Printed | None = None) -> bytes:
    """doc: adt.queries.summary_document(...); in the hospital's language unless another is given."""
    lang = lang or hospital_language()
    rtl = lang.right_to_left
    buf = io.BytesIO()
    signed = doc["status"] == "signed"
    name = f"{doc['family_name'].upper()}, {doc['given_name']}"
    title = lang.translate("DischargeSummary", "Discharge summary — {name} ({mrn})").format(name=name, mrn=doc["mrn"])
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author=doc.get("signed_by") or doc["author"])
    version = lang.translate("DischargeSummary", "Version {number}").format(number=lang.number(doc["version"]))
    if doc.get("amend_reason"):
        version = lang.translate("DischargeSummary", "Version {number} — amends the previous version: {reason}").format(
            number=lang.number(doc["version"]), reason=doc["amend_reason"])
    story: list[Any] = [
        _para(doc.get("hospital") or "Hospital", rtl, _SMALL),
        paragraph(lang.translate("DischargeSummary", "Discharge summary"), _TITLE, rtl),
        _para(version, rtl, _SMALL),
        Spacer(1, 4 * mm),
    ]
    born = doc["birth_date"]

    def label(text: str) -> Any:
        return paragraph(text, _CELL_B, rtl)

    sex = lang.translate("DischargeSummary", SEX[doc["sex"]]) if doc["sex"] in SEX else doc["sex"]
    outcome = lang.translate("DischargeSummary", DISPOSITION[doc["disposition"]]) if doc["disposition"] in DISPOSITION else "—"
    facts = [
        [label(lang.translate("DischargeSummary", "Patient")), _para(name, rtl, _CELL),
         label(lang.translate("DischargeSummary", "MRN")), _para(doc["mrn"], rtl, _CELL)],
        [label(lang.translate("DischargeSummary", "Born")), _para(f"{_when(born, lang)} ({sex})", rtl, _CELL),
         label(lang.translate("DischargeSummary", "Ward")), _para(doc["ward"], rtl, _CELL)],
        [label(lang.translate("DischargeSummary", "Admitted")), _para(_when(doc["admitted_at"], lang), rtl, _CELL),
         label(lang.translate("DischargeSummary", "Discharged")),
         _para(_when(doc["discharged_at"], lang) if doc["discharged_at"]
               else lang.translate("DischargeSummary", "not yet discharged"), rtl, _CELL)],
        [label(lang.translate("DischargeSummary", "Attending")), _para(doc["attending"], rtl, _CELL),
         label(lang.translate("DischargeSummary", "Outcome")), _para(outcome, rtl, _CELL)],
    ]
    story += [table(facts, [27 * mm, 60 * mm, 27 * mm, 60 * mm], [
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#9fbfe0")),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#c9dcef")),
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eaf2fb")),
        ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#eaf2fb")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ], rtl), Spacer(1, 2 * mm)]
    for key, heading in SECTIONS:
        story += [paragraph(lang.translate("DischargeSummary", heading), _HEAD, rtl), _para(doc.get(key) or "", rtl)]
    story.append(Spacer(1, 8 * mm))
    if signed:
        story += [_para(lang.translate("DischargeSummary", "Signed electronically by {name} on {when}.").format(
                      name=doc["signed_by"], when=_when(doc["signed_at"], lang)), rtl),
                  _para(lang.translate("DischargeSummary", "Fingerprint of the signed text (SHA-256): {digest}").format(
                      digest=doc["content_sha256"]), rtl, _SMALL)]
    else:
        story.append(_para(lang.translate("DischargeSummary", "DRAFT by {name} — not signed, not valid for the patient's "
                                             "records.").format(name=doc["author"]), rtl, _HEAD))
    footer = lang.translate("DischargeSummary", "{mrn} · discharge summary v{version} · page {page}")
    draft = lang.translate("DischargeSummary", "DRAFT")

    def page(canvas, document) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        text = footer.format(mrn=doc["mrn"], version=lang.number(doc["version"]), page=lang.number(document.page))
        if rtl:
            canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, visual(text))
        else:
            canvas.drawString(18 * mm, 10 * mm, text)
        if not signed:
            canvas.setFont(BOLD, 70)
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.12))
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(40)
            canvas.drawCentredString(0, 0, visual(draft) if rtl else draft)
        canvas.restoreState()

    pdf.build(story, onFirstPage=page, onLaterPages=page)
    return buf.getvalue()
