"""Return in a form does something: in a field it submits the form or moves on to the next field, on a
focused button it presses the button. Plain QWidgets (not dialogs) do neither by themselves: a spin box swallows
Return, a line edit only emits returnPressed, a button ignores it unless it is auto-default."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPushButton, QWidget

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _OnReturn(QObject):
    def __init__(self, widget: QWidget, action: Callable[[], None]):
        super().__init__(widget)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in RETURN_KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.action()
            return True
        return False


def on_return(widget: QWidget, action: Callable[[], None]) -> None:
    """Return (or keypad Enter) in `widget` calls `action` instead of whatever the widget did with it. Also on the
    line edit inside a spin box or date edit, which receives the keys there."""
    filt = _OnReturn(widget, action)
    widget.installEventFilter(filt)
    for child in widget.findChildren(QWidget):
        child.installEventFilter(filt)


def next_on_return(fields: list[QWidget], last: Callable[[], None] | QWidget) -> None:
    """Return moves from each field to the next; in the last one it focuses `last` (a widget) or calls it."""
    for field, following in zip(fields, fields[1:], strict=False):
        on_return(field, lambda w=following: w.setFocus(Qt.FocusReason.TabFocusReason))
    if fields:
        on_return(fields[-1], last.setFocus if isinstance(last, QWidget) else last)


def return_presses(buttons: Iterable[QAbstractButton]) -> None:
    """Return on a focused button presses it (auto-default: outside a dialog this affects only the focused one)."""
    for button in buttons:
        if isinstance(button, QPushButton):
            button.setAutoDefault(True)


class _SelectOnFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            QTimer.singleShot(0, watched.selectAll)  # after Qt has placed the cursor for the click
        return False


def scan_field(field: QLineEdit) -> None:
    """A scan field: whatever brings the focus back (a click, a refusal, the next dose), the next scan replaces
    the code shown instead of being appended to it."""
    field.installEventFilter(_SelectOnFocus(field))
