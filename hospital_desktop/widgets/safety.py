"""The one way a workstation says "stop": wrong patient, critical result, allergy or interaction stop, expired or
missing stock. A window-modal panel with a red (danger) or amber (warning) header that stays until the user confirms
it; nothing behind it can be clicked or typed into meanwhile.

A barcode scanner types its code and then Return: so that the Return of a scan that caused the stop cannot also
dismiss it unread, the confirm button only accepts after ARM_MS."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

ARM_MS = 600

# Colours of the whole client for safety states: red is danger (a refusal, a critical value), amber a warning;
# green only ever means "done / safe".
DANGER = "#a40000"
DANGER_BG = "#fde2e1"
WARNING = "#7a4d00"
WARNING_BG = "#fff3c4"
SAFE = "#1a7f37"


class SafetyStop(QDialog):
    """`severity` is "danger" or "warning". Extra widgets (a reason box, a second button) go in `body` / `buttons`
    before `open()`; the confirm button is `self.confirm`."""

    def __init__(self, parent: QWidget | None, title: str, message: str, *, severity: str = "danger",
                 detail: str | None = None, confirm_text: str = "I have read this"):
        super().__init__(parent, objectName="safetyStop")
        self.severity = severity
        colour, background = (DANGER, DANGER_BG) if severity == "danger" else (WARNING, WARNING_BG)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        header = QLabel(("⛔ " if severity == "danger" else "⚠ ") + title, objectName="safetyTitle")
        header.setWordWrap(True)
        header.setStyleSheet(f"background: {colour}; color: white; font-size: 16pt; font-weight: 700; padding: 12px;")
        self.message = QLabel(message, objectName="safetyMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setStyleSheet(f"color: {colour}; font-size: 12pt; font-weight: 600; padding: 8px;")
        self.body = QVBoxLayout()
        self.body.addWidget(header)
        self.body.addWidget(self.message)
        if detail:
            extra = QLabel(detail, objectName="safetyDetail", wordWrap=True)
            extra.setStyleSheet("padding: 0 8px 8px 8px;")
            self.body.addWidget(extra)
        self.confirm = QPushButton(confirm_text, objectName="safetyConfirm")
        self.confirm.setEnabled(False)  # armed after ARM_MS (see the module's docstring)
        self.confirm.clicked.connect(self.accept)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addLayout(self.body)
        inner = QHBoxLayout()
        inner.setContentsMargins(12, 0, 12, 0)
        inner.addLayout(self.buttons)
        layout.addLayout(inner)
        self.setStyleSheet(f"#safetyStop {{ background: {background}; border: 3px solid {colour}; }}")
        QTimer.singleShot(ARM_MS, self._arm)

    def _arm(self) -> None:
        self.confirm.setEnabled(True)
        self.confirm.setDefault(True)
        self.confirm.setFocus()

    def reject(self) -> None:
        """Escape and the window's close button do nothing until the stop is armed (a scan's Return, a key held
        down); a dialog that adds its own buttons decides with `done`."""
        if self.confirm.isEnabled():
            super().reject()


def show_stop(parent: QWidget | None, title: str, message: str, *, severity: str = "danger",
              detail: str | None = None, on_closed: Callable[[], None] | None = None) -> SafetyStop:
    """Open a stop over `parent`'s window (window-modal, does not block the event loop) and return it."""
    stop = SafetyStop(parent, title, message, severity=severity, detail=detail)
    stop.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_closed is not None:
        stop.finished.connect(lambda _: on_closed())
    stop.open()
    return stop
