"""Text that must fit a printed label: shorten with an ellipsis, wrap words on lines, one-letter sex codes.
Shared by every domain's documents (wristband, tube, dispensing labels)."""
from __future__ import annotations

from datetime import date

from reportlab.pdfbase.pdfmetrics import stringWidth

SEX_LETTER = {"female": "F", "male": "M", "other": "X", "unknown": "U"}


def born_text(born: date, accuracy: str = "exact", *, short: bool = False) -> str:
    """A birth date as people must read it (registry.patient.birth_date_accuracy): '31.12.1980', '1970 (year only)',
    'c. 1986 (estimated)' — a year-only or estimated date is never shown as if it were a day. `short` for the
    smallest labels: '1970 (yr only)', 'c. 1986 (est.)'."""
    if accuracy == "year":
        return f"{born.year} ({'yr only' if short else 'year only'})"
    if accuracy == "estimated":
        return f"c. {born.year} ({'est.' if short else 'estimated'})"
    return f"{born:%d.%m.%Y}"


def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis until it fits the width."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def wrap(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Words on lines no wider than width; the last line ends in an ellipsis when the text does not fit."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = fit(lines[-1] + " …", font, size, width)
    return [fit(line, font, size, width) for line in lines]
