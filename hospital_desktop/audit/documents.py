"""A patient's access report (accounting of disclosures): who opened the chart, when, why, and which records
about the patient were written, by whom. A4 portrait, reportlab platypus tables that flow over pages."""
from __future__ import annotations

import base64
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, LongTable, SimpleDocTemplate, Spacer

from ..core.clock import local
from ..i18n import Printed
from ..printing.fonts import BOLD, REGULAR
from ..printing.language import hospital_language
from ..printing.rtl import paragraph, table, visual

_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=10.5)
_SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=7.5, leading=9, textColor=colors.HexColor("#444444"))
_H1 = ParagraphStyle("h1", fontName=BOLD, fontSize=15, leading=19, spaceAfter=2 * mm)
_H2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=5 * mm, spaceAfter=2 * mm)


def _esc(value: object) -> str:
    return (str(value) if value is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(header: list[str], rows: list[list[str]], widths: list[float], rtl: bool) -> LongTable:
    data = [[paragraph(f"<b>{_esc(h)}</b>", _BODY, rtl) for h in header]]
    data += [[paragraph(_esc(c), _BODY, rtl) for c in row] for row in rows]
    return table(data, widths, [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#555555")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ], rtl, repeatRows=1, kind=LongTable)


def access_report_pdf(report, logo: dict | None = None,  # noqa: ANN001 - audit.queries.AccessReport
                      lang: Printed | None = None) -> bytes:
    lang = lang or hospital_language()
    rtl = lang.right_to_left
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, author=report.hospital,
                            title=lang.translate("AccessReport", "Access report {mrn}").format(mrn=report.mrn))
    width = A4[0] - 30 * mm
    story = []
    if logo and isinstance(logo.get("data"), str):
        try:
            image = Image(io.BytesIO(base64.b64decode(logo["data"])))
            scale = min(40 * mm / image.imageWidth, 16 * mm / image.imageHeight)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            image.hAlign = "RIGHT" if rtl else "LEFT"
            story.append(image)
        except Exception:  # noqa: BLE001 - a broken logo must not stop the report
            pass
    story.append(paragraph(_esc(report.hospital), _SMALL, rtl))
    story.append(paragraph(lang.translate("AccessReport", "Record of access to a patient's health information"), _H1, rtl))
    period = lang.translate("AccessReport", "all recorded history")
    if report.since or report.until:
        period = lang.translate("AccessReport", "{start} to {end}").format(
            start=lang.date(local(report.since)) if report.since else lang.translate("AccessReport", "the beginning"),
            end=lang.date(local(report.until)) if report.until else lang.translate("AccessReport", "today"))
    story.append(paragraph(lang.translate("AccessReport", "Patient: {name} · MRN: {mrn} · Born: {born} · Period: {period}").format(
        name=_esc(report.name), mrn=_esc(report.mrn), born=lang.date(report.birth_date), period=_esc(period)),
        _BODY, rtl))
    story.append(paragraph(lang.translate(
        "AccessReport", "Prepared by {name} on {when} from the hospital's tamper-evident audit trail. Every opening of the chart "
           "is listed with the purpose the staff member gave; emergency (break-glass) accesses are marked.").format(
        name=_esc(report.made_by), when=lang.datetime(local(report.made_at))), _SMALL, rtl))

    story.append(paragraph(lang.translate("AccessReport", "Chart openings ({count})").format(
        count=lang.number(len(report.accesses))), _H2, rtl))
    if report.accesses:
        emergency = lang.translate("AccessReport", "EMERGENCY — {purpose}")
        rows = [[lang.datetime(local(a.accessed_at)), a.staff_name or a.actor, a.actor,
                 emergency.format(purpose=a.purpose) if a.via_break_glass else a.purpose, a.workstation or ""]
                for a in report.accesses]
        story.append(_table([lang.translate("AccessReport", "When"), lang.translate("AccessReport", "Who"), lang.translate("AccessReport", "Login"),
                             lang.translate("AccessReport", "Purpose"), lang.translate("AccessReport", "Workstation")], rows,
                            [27 * mm, 38 * mm, 24 * mm, width - 119 * mm, 30 * mm], rtl))
    else:
        story.append(paragraph(lang.translate("AccessReport", "No chart openings recorded in this period."), _BODY, rtl))

    story.append(paragraph(lang.translate("AccessReport", "Records written about the patient ({count})").format(
        count=lang.number(len(report.writes))), _H2, rtl))
    if report.writes:
        verbs = {"INSERT": lang.translate("AccessReport", "added {record}"), "UPDATE": lang.translate("AccessReport", "changed {record}"),
                 "DELETE": lang.translate("AccessReport", "removed {record}")}
        rows = [[lang.datetime(local(e.occurred_at)), e.actor,
                 verbs.get(e.action, e.action + " {record}").format(record=e.table_name.replace("_", " ")),
                 e.reason or ""]
                for e in report.writes]
        story.append(_table([lang.translate("AccessReport", "When"), lang.translate("AccessReport", "Login"), lang.translate("AccessReport", "What"),
                             lang.translate("AccessReport", "Reason given")], rows,
                            [27 * mm, 30 * mm, 55 * mm, width - 112 * mm], rtl))
    else:
        story.append(paragraph(lang.translate("AccessReport", "No records written in this period."), _BODY, rtl))
    footer_left = lang.translate("AccessReport", "{hospital} · access report · MRN {mrn}").format(hospital=report.hospital,
                                                                                    mrn=report.mrn)
    page_text = lang.translate("AccessReport", "page {number}")

    def footer(canvas, doc_) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        page = page_text.format(number=lang.number(doc_.page))
        if rtl:
            canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, visual(footer_left))
            canvas.drawString(15 * mm, 8 * mm, visual(page))
        else:
            canvas.drawString(15 * mm, 8 * mm, footer_left)
            canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, page)
        canvas.restoreState()

    story.append(Spacer(1, 4 * mm))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
