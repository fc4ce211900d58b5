"""The shared patient search box: names, birth date, phone, national ID or an MRN typed or scanned.

A barcode scanner types the wristband's MRN and presses Enter; Enter searches at once, typing searches after
a short pause. The Down arrow goes to the results (`down_pressed`), so the keyboard never needs the mouse."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

DEBOUNCE_MS = 300


class PatientSearchBox(QLineEdit):
    search_requested = Signal(str)
    down_pressed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search: name, MRN (or scan the wristband), birth date, phone, national ID"))
        self.setClearButtonEnabled(True)
        self.setMaxLength(200)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._emit)

    def _emit(self) -> None:
        self._timer.stop()
        self.search_requested.emit(self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt virtual
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)
