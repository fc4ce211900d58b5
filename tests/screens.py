"""Screens for a look while testing: tests grab what they drive with `shot` / `shot_over`; the PNGs are written only
when HMS_SHOTS_DIR names a folder (the suite itself writes nothing). `activate` gives a window the keyboard back,
which offscreen Qt does not do by itself after a dialog closes."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication

SHOTS = os.environ.get("HMS_SHOTS_DIR")


def _target(name: str) -> Path | None:
    if not SHOTS:
        return None
    Path(SHOTS).mkdir(parents=True, exist_ok=True)
    return Path(SHOTS) / f"{name}.png"


def shot(widget, name: str) -> None:  # noqa: ANN001
    target = _target(name)
    if target is not None:
        widget.grab().save(str(target))


def shot_over(window, dialog, name: str) -> None:  # noqa: ANN001
    """The window with the dialog painted where it stands (a grab of the window alone leaves top-levels out)."""
    target = _target(name)
    if target is None:
        return
    from PySide6.QtGui import QPainter
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(dialog.frameGeometry().topLeft() - window.frameGeometry().topLeft(), dialog.grab())
    painter.end()
    picture.save(str(target))


def activate(qtbot, window, timeout: int = 20000) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=timeout)
