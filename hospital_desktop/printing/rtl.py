"""Right-to-left text in reportlab documents. reportlab draws glyphs left to right as given and neither joins
Arabic letters nor reorders mixed text, so an Arabic line is prepared first: arabic-reshaper joins the letters
(contextual forms, lam-alef), python-bidi orders it for display (Unicode bidirectional algorithm). A paragraph
is broken into lines in logical order and each line is then ordered, so its first words stay on the first line.
Tables mirror: the first column on the right."""
from __future__ import annotations

import re
from xml.sax.saxutils import unescape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from .fonts import BOLD

_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>", re.I)
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Direction marks (Qt's Arabic locales put U+061C before a minus sign): the line is already in display order,
# and the fonts have no glyph for them.
_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visual(line: str) -> str:
    """One line of logical text as reportlab must draw it in a right-to-left document. A line with Arabic (or
    Hebrew) in it runs right to left; a line of Latin data only (an address, a code) keeps its own order."""
    if not line:
        return line
    base = "R" if _RTL_LETTER.search(line) else "L"
    return _MARKS.sub("", get_display(arabic_reshaper.reshape(line), base_dir=base))


def width(line: str, font: str, size: float) -> float:
    return stringWidth(visual(line), font, size)


def fit(line: str, font: str, size: float, room: float) -> str:
    """Shorten a logical line with an ellipsis at its logical end until its drawn form fits."""
    if width(line, font, size) <= room:
        return line
    while line and width(line + "…", font, size) > room:
        line = line[:-1]
    return line + "…"


def lines(text: str, font: str, size: float, room: float) -> list[str]:
    """Words on lines no wider than room, broken in logical order."""
    out: list[str] = []
    for hard in text.split("\n"):
        current = ""
        for word in hard.split():
            candidate = f"{current} {word}".strip()
            if current and width(candidate, font, size) > room:
                out.append(current)
                current = word
            else:
                current = candidate
        out.append(current)
    return out


class RtlParagraph(Flowable):
    """A paragraph of right-to-left text: plain text (markup is dropped; a wholly bold paragraph keeps bold),
    broken in logical order, each line drawn from the right edge (or centred / left, as the style says)."""

    def __init__(self, markup: str, style: ParagraphStyle):
        super().__init__()
        bold = markup.strip().startswith("<b>") and markup.strip().endswith("</b>")
        text = unescape(_TAG.sub("", _BREAK.sub("\n", markup)))
        self.text = text
        self.style = style
        self.font = BOLD if bold else style.fontName
        self._lines: list[str] = []
        self._width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: ARG002
        self._width = avail_width
        self._lines = lines(self.text, self.font, self.style.fontSize, avail_width)
        return avail_width, self.style.leading * len(self._lines) + self.style.spaceBefore * 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(self.font, self.style.fontSize)
        canvas.setFillColor(self.style.textColor)
        y = self.style.leading * len(self._lines) - self.style.fontSize
        for line in self._lines:
            shown = visual(line)
            if self.style.alignment == TA_CENTER:
                canvas.drawCentredString(self._width / 2, y, shown)
            elif self.style.alignment == TA_LEFT and getattr(self.style, "_rtl_left", False):
                canvas.drawString(0, y, shown)
            else:
                canvas.drawRightString(self._width, y, shown)
            y -= self.style.leading


def paragraph(markup: str, style: ParagraphStyle, rtl: bool) -> Flowable:
    """reportlab's Paragraph for a left-to-right document, RtlParagraph for a right-to-left one. A style
    aligned right in a left-to-right document (amounts, a title in the corner) is aligned left when mirrored."""
    if not rtl:
        return Paragraph(markup, style)
    if style.alignment == TA_RIGHT:
        style = ParagraphStyle(style.name + "_mirrored", parent=style, alignment=TA_LEFT)
        style._rtl_left = True  # noqa: SLF001 - read by RtlParagraph.draw
    return RtlParagraph(markup, style)


def _mirror_col(col: int, count: int) -> int:
    return count - 1 - (col if col >= 0 else count + col)


_FLIP = {"LEFT": "RIGHT", "RIGHT": "LEFT"}


def table(rows: list[list], col_widths: list[float] | None, commands: list[tuple], rtl: bool, *,
          kind: type[Table] = Table, **kwargs) -> Table:
    """A reportlab Table (or LongTable: kind); right to left, its columns mirrored (first column on the right), text cells ordered
    for display, left/right alignments swapped and cells right-aligned unless told otherwise."""
    if not rtl:
        made = kind(rows, colWidths=col_widths, **kwargs)
        made.setStyle(commands)
        return made
    count = max(len(r) for r in rows) if rows else 0
    mirrored_rows = [[visual(c) if isinstance(c, str) else c for c in reversed(r)] for r in rows]
    mirrored = [("ALIGN", (0, 0), (-1, -1), "RIGHT")]
    for command in commands:
        name, (c0, r0), (c1, r1), *rest = command
        a, b = _mirror_col(c0, count), _mirror_col(c1, count)
        if name == "ALIGN":
            rest = [_FLIP.get(rest[0], rest[0]), *rest[1:]]
        mirrored.append((name, (min(a, b), r0), (max(a, b), r1), *rest))
    if kwargs.get("hAlign") in _FLIP:
        kwargs["hAlign"] = _FLIP[kwargs["hAlign"]]
    made = kind(mirrored_rows, colWidths=list(reversed(col_widths)) if col_widths else None, **kwargs)
    made.setStyle(mirrored)
    return made


def draw(canvas, text: str, left: float, right: float, y: float, font: str, size: float, rtl: bool,  # noqa: ANN001
         *, end: bool = False) -> None:
    """One line on a label between left and right, shortened to fit: at the edge where lines start (the left,
    or the right in a right-to-left document), or with end=True at the other edge."""
    canvas.setFont(font, size)
    room = right - left
    if rtl:
        shown = visual(fit(text, font, size, room))
        (canvas.drawString if end else canvas.drawRightString)(left if end else right, y, shown)
    else:
        from .text import fit as fit_ltr
        shown = fit_ltr(text, font, size, room)
        (canvas.drawRightString if end else canvas.drawString)(right if end else left, y, shown)
