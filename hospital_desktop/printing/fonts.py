"""Fonts for printed documents. DejaVu (shipped by most Linux systems and installed by .ci/run) covers
Latin, Greek and Cyrillic names; without it, reportlab's built-in Helvetica is used (Latin only)."""
from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_CANDIDATES = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("C:/Windows/Fonts"),
    Path("/Library/Fonts"),
]


def _register() -> tuple[str, str]:
    for folder in _CANDIDATES:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont("HD-Regular", str(regular)))
            pdfmetrics.registerFont(TTFont("HD-Bold", str(bold)))
            return "HD-Regular", "HD-Bold"
    return "Helvetica", "Helvetica-Bold"


REGULAR, BOLD = _register()
