"""Barcodes drawn on a reportlab canvas (Code 128: MRN, accession and prescription numbers)."""
from __future__ import annotations

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas


def code128(canvas: Canvas, value: str, x: float, y: float, height: float, bar_width: float) -> float:
    """Draw `value` as Code 128 at (x, y) with a 4 mm quiet zone each side; returns the drawn width."""
    code = Code128(value, barHeight=height, barWidth=bar_width, quiet=True, lquiet=4 * mm, rquiet=4 * mm)
    code.drawOn(canvas, x, y)
    return code.width
