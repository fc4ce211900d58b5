"""Helpers for billing's texts on screen: translated column titles, and labels that keep the screen's direction."""
from __future__ import annotations


from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication


def headers(context: str, columns: list[str]) -> list[str]:
    """Column titles marked with QT_TRANSLATE_NOOP(context, …), in the user's language."""
    return [QCoreApplication.translate(context, title) for title in columns]


def directed(text: str) -> str:
    """A label's text in the screen's direction: in Arabic, a paragraph that begins with Latin data (a payer's or a
    patient's name, a reason the payer wrote in English) still reads right to left, led by a right-to-left mark."""
    return "\u200f" + text if text and QGuiApplication.isRightToLeft() else text


