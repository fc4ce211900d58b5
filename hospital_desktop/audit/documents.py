"""A patient's access report (accounting of disclosures): who opened the chart, when, why, and which records
about the patient were written, by whom. A4 portrait, reportlab platypus tables that flow over pages."""
from __future__ import annotations

import base64
import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Image, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from ..core.clock import local
from ..printing.fonts import BOLD, REGULAR

_BODY = ParagraphStyle("body", fontName=REGULAR, fontSize=8.5, leading=10.5)
_SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=7.5, leading=9, textColor=colors.HexColor("#444444"))
_H1 = ParagraphStyle("h1", fontName=BOLD, fontSize=15, leading=19, spaceAfter=2 * mm)
_H2 = ParagraphStyle("h2", fontName=BOLD, fontSize=11, leading=14, spaceBefore=5 * mm, spaceAfter=2 * mm)


def _esc(value: object) -> str:
    return (str(value) if value is not None else "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(header: list[str], rows: list[list[str]], widths: list[float]) -> LongTable:
    data = [[Paragraph(f"<b>{_esc(h)}</b>", _BODY) for h in header]]
    data += [[Paragraph(_esc(c), _BODY) for c in row] for row in rows]
    table = LongTable(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef5")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#555555")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f6f6")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def access_report_pdf(report, logo: dict | None = None) -> bytes:  # noqa: ANN001 - audit.queries.AccessReport
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, title=f"Access report {report.mrn}", author=report.hospital)
    width = A4[0] - 30 * mm
    story = []
    if logo and isinstance(logo.get("data"), str):
        try:
            image = Image(io.BytesIO(base64.b64decode(logo["data"])))
            scale = min(40 * mm / image.imageWidth, 16 * mm / image.imageHeight)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            image.hAlign = "LEFT"
            story.append(image)
        except Exception:  # noqa: BLE001 - a broken logo must not stop the report
            pass
    story.append(Paragraph(_esc(report.hospital), _SMALL))
    story.append(Paragraph("Record of access to a patient's health information", _H1))
    period = "all recorded history"
    if report.since or report.until:
        period = (f"{local(report.since):%d.%m.%Y} " if report.since else "the beginning ") + "to " + \
                 (f"{local(report.until):%d.%m.%Y}" if report.until else "today")
    story.append(Paragraph(
        f"<b>Patient:</b> {_esc(report.name)} &nbsp; <b>MRN:</b> {_esc(report.mrn)} &nbsp; "
        f"<b>Born:</b> {report.birth_date:%d.%m.%Y} &nbsp; <b>Period:</b> {_esc(period)}", _BODY))
    story.append(Paragraph(
        f"Prepared by {_esc(report.made_by)} on {local(report.made_at):%d.%m.%Y %H:%M} from the hospital's "
        "tamper-evident audit trail. Every opening of the chart is listed with the purpose the staff member "
        "gave; emergency (break-glass) accesses are marked.", _SMALL))

    story.append(Paragraph(f"Chart openings ({len(report.accesses)})", _H2))
    if report.accesses:
        rows = [[f"{local(a.accessed_at):%d.%m.%Y %H:%M}", a.staff_name or a.actor, a.actor,
                 ("EMERGENCY — " if a.via_break_glass else "") + a.purpose, a.workstation or ""]
                for a in report.accesses]
        story.append(_table(["When", "Who", "Login", "Purpose", "Workstation"], rows,
                            [27 * mm, 38 * mm, 24 * mm, width - 119 * mm, 30 * mm]))
    else:
        story.append(Paragraph("No chart openings recorded in this period.", _BODY))

    story.append(Paragraph(f"Records written about the patient ({len(report.writes)})", _H2))
    if report.writes:
        verbs = {"INSERT": "added", "UPDATE": "changed", "DELETE": "removed"}
        rows = [[f"{local(e.occurred_at):%d.%m.%Y %H:%M}", e.actor,
                 f"{verbs.get(e.action, e.action)} {e.table_name.replace('_', ' ')}", e.reason or ""]
                for e in report.writes]
        story.append(_table(["When", "Login", "What", "Reason given"], rows,
                            [27 * mm, 30 * mm, 55 * mm, width - 112 * mm]))
    else:
        story.append(Paragraph("No records written in this period.", _BODY))

    def footer(canvas, doc_) -> None:  # noqa: ANN001
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.drawString(15 * mm, 8 * mm, f"{report.hospital} · access report · MRN {report.mrn}")
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"page {doc_.page}")
        canvas.restoreState()

    story.append(Spacer(1, 4 * mm))
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
