"""Checks of typed text that the forms' validation functions share (no widgets: QtCore's translate() is
thread-safe, and the checks run on worker threads)."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication

_LINE_BREAKS = "\n\r\t"


def control_character(value: str, *, multiline: bool = False) -> bool:
    """Does the text hold a control character no one means to type (pasted from another program, a scanner's
    stray code)? NUL among them, which PostgreSQL cannot store at all. Line breaks and tabs count only where the
    field is a block of text."""
    return any(unicodedata.category(c) == "Cc" and not (multiline and c in _LINE_BREAKS) for c in value)


def control_message(label: str) -> str:
    """`label` is the field's name, already translated by the caller ("The address")."""
    return QCoreApplication.translate(
        "TypedText", "{label} contains an invisible control character (often pasted from another program): "
                     "retype it.").format(label=label)
