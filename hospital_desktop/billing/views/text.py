"""Billing's translated column titles (labels that begin with Latin data keep the screen's direction through
i18n.directed)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def headers(context: str, columns: list[str]) -> list[str]:
    """Column titles marked with QT_TRANSLATE_NOOP(context, …), in the user's language."""
    return [QCoreApplication.translate(context, title) for title in columns]
