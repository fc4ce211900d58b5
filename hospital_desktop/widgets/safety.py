"""The one way a workstation says "stop": wrong patient, critical result, allergy or interaction stop, expired or
missing stock. A window-modal panel with a red (danger) or amber (warning) header that stays until the user confirms
it; nothing behind it can be clicked or typed into meanwhile.

A barcode scanner types its code and then Return: so that the Return of a scan that caused the stop cannot also
dismiss it unread, the confirm button only accepts after ARM_MS."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

ARM_MS = 600

# Colours of the whole client for safety states: red is danger (a refusal, a critical value), amber a warning;
# green only ever means "done / safe".
DANGER = "#a40000"
DANGER_BG = "#fde2e1"
WARNING = "#7a4d00"
WARNING_BG = "#fff3c4"
SAFE = "#1a7f37"
# The row a workstation proposes (e.g. the first-expiring lot): white on dark blue, readable and not a safety state.
HIGHLIGHT = "#ffffff"
HIGHLIGHT_BG = "#00695c"  # teal: unlike the blue of a selected row, so "proposed" is not mistaken for "selected"


def colours(severity: str) -> tuple[str, str]:
    """(text / border colour, background) of a severity: "danger" red, anything else amber."""
    return (DANGER, DANGER_BG) if severity == "danger" else (WARNING, WARNING_BG)


class SafetyStop(QDialog):
    """`severity` is "danger" or "warning". Extra widgets (a reason box, a second button) go in `body` / `buttons`
    before `open()`; the confirm button is `self.confirm`."""

    def __init__(self, parent: QWidget | None, title: str, message: str, *, severity: str = "danger",
                 detail: str | None = None, confirm_text: str | None = None):
        super().__init__(parent, objectName="safetyStop")
        # QCoreApplication.translate with this class's name, not self.tr: in an OverrideStop self.tr would look the
        # text up under "OverrideStop" (PySide6 uses the instance's class), where it is not.
        confirm_text = confirm_text or QCoreApplication.translate("SafetyStop", "I have read this")
        self.severity = severity
        colour, background = (DANGER, DANGER_BG) if severity == "danger" else (WARNING, WARNING_BG)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(520)
        # ✖ and ⚠ are in DejaVu Sans (every Debian desktop); ⛔ needs an emoji font and showed as a box without one.
        header = QLabel(("✖ " if severity == "danger" else "⚠ ") + title, objectName="safetyTitle")
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
        self.confirm.clicked.connect(self._confirmed)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addLayout(self.body)
        layout.addStretch(1)  # spare height goes under the text, never into the header or between the lines
        inner = QHBoxLayout()
        inner.setContentsMargins(12, 0, 12, 0)
        inner.addLayout(self.buttons)
        layout.addLayout(inner)
        self.setStyleSheet(f"#safetyStop {{ background: {background}; border: 3px solid {colour}; }}")
        # A child timer, not QTimer.singleShot(callable): it dies with the stop, so a stop closed (and deleted)
        # within ARM_MS is never called back.
        self._arming = QTimer(self, singleShot=True, interval=ARM_MS)
        self._arming.timeout.connect(self._arm)
        self._arming.start()

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt virtual
        """Never taller or wider than the screen it opens on (a long list scrolls inside, see OverrideStop), and
        as tall as its wrapped text needs at the width it opens with (no overlap, no empty band)."""
        screen = (self.parentWidget().screen() if self.parentWidget() else self.screen()).availableGeometry()
        self.setMaximumSize(screen.size())
        width = min(max(self.width(), self.minimumWidth()), screen.width())
        self._fit(width)
        layout = self.layout()
        wanted = max(layout.totalMinimumSize().height(), layout.totalHeightForWidth(width))
        self.resize(width, min(wanted, screen.height()))
        super().showEvent(event)

    def _fit(self, width: int) -> None:
        """Subclasses size their own parts for `width` before the dialog takes its height."""

    def _confirmed(self) -> None:
        self.accept()

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


class OverrideStop(SafetyStop):
    """A stop the user may override, but only with a reason: the hits listed (scrolling inside the dialog when
    long, so it always fits the screen), a reason box of at least `min_reason` characters (0: no box), the safe
    button (`self.confirm`, e.g. "Do not prescribe": the default, also Escape and the close button) and the
    override button (`self.proceed`), enabled only once armed and with a long enough reason.

    finished(result): QDialog.Accepted = overridden (`self.reason_text()` holds the reason), Rejected = refused."""

    def __init__(self, parent: QWidget | None, title: str, message: str, hits: list[str], *,
                 severity: str = "danger", min_reason: int = 10, proceed_text: str | None = None,
                 refuse_text: str | None = None, reason_label: str | None = None):
        proceed_text = proceed_text or QCoreApplication.translate("OverrideStop", "Override")
        refuse_text = refuse_text or QCoreApplication.translate("OverrideStop", "Do not proceed")
        reason_label = reason_label or QCoreApplication.translate("OverrideStop", "Reason for overriding")
        super().__init__(parent, title, message, severity=severity, confirm_text=refuse_text)
        colour, _background = colours(severity)
        self.min_reason = min_reason
        self._armed = False
        items = QWidget(objectName="safetyHits")
        listing = QVBoxLayout(items)
        listing.setContentsMargins(8, 0, 8, 0)
        self.hit_labels = []
        for hit in hits:
            label = QLabel(hit, objectName="safetyHit", wordWrap=True, textFormat=Qt.TextFormat.RichText)
            # The severity stripe on the side where the line starts (the right, right to left).
            side = "right" if self.isRightToLeft() else "left"
            label.setStyleSheet(f"border-{side}: 4px solid {colour}; padding: 6px 8px; background: white;")
            listing.addWidget(label)
            self.hit_labels.append(label)
        listing.addStretch(1)
        # A long list scrolls inside the dialog, which stays within the screen (see showEvent).
        self.hits = QScrollArea(objectName="safetyHitList", widgetResizable=True)
        self.hits.setWidget(items)
        self.hits.setFrameShape(QScrollArea.Shape.NoFrame)
        self.hits.setStyleSheet("#safetyHitList, #safetyHits { background: transparent; }")
        self.hits.setMinimumHeight(min(160, 48 * max(1, len(hits))))
        self.body.addWidget(self.hits, 1)
        self.reason = QLineEdit(objectName="safetyReason")
        self.reason.setPlaceholderText(OverrideStop.tr("{label} (at least %Ln characters)", "", min_reason).format(
            label=reason_label))
        self.reason_hint = QLabel(objectName="safetyReasonHint", wordWrap=True)
        reason_row = QVBoxLayout()
        reason_row.setContentsMargins(12, 4, 12, 4)
        reason_row.addWidget(QLabel(QCoreApplication.translate(
            "OverrideStop", "<b>{label}</b> — stored with the record, audited and shown to the next person who acts "
                            "on it:").format(label=reason_label), wordWrap=True))
        reason_row.addWidget(self.reason)
        reason_row.addWidget(self.reason_hint)
        if min_reason > 0:
            self.body.addLayout(reason_row)
        else:
            self.reason.hide()
        self.proceed = QPushButton(proceed_text, objectName="safetyProceed")
        self.proceed.setEnabled(False)
        self.proceed.setAutoDefault(True)  # Return on the focused override button overrides; nowhere else
        self.proceed.clicked.connect(self._proceed)
        self.buttons.insertWidget(1, self.proceed)  # [stretch] [override] [safe default]
        self.reason.textChanged.connect(self._update)
        # Tab order follows the screen: reason → override → the safe button.
        QWidget.setTabOrder(self.reason, self.proceed)
        QWidget.setTabOrder(self.proceed, self.confirm)
        self._update()
        self.setMinimumWidth(600)

    def _fit(self, width: int) -> None:
        # The list takes the room its hits need at this width and no more; beyond the screen it scrolls.
        margins = self.hits.widget().layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        spacing = self.hits.widget().layout().spacing()
        needed = sum(label.heightForWidth(inner) for label in self.hit_labels) + spacing * len(self.hit_labels)
        self.hits.setMaximumHeight(max(self.hits.minimumHeight(), needed + margins.top() + margins.bottom()))

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _reason_ok(self) -> bool:
        return len(self.reason_text()) >= self.min_reason

    def _update(self) -> None:
        self.proceed.setEnabled(self._armed and self._reason_ok())
        if self.min_reason > 0:
            missing = self.min_reason - len(self.reason_text())
            self.reason_hint.setText(
                OverrideStop.tr("%Ln more character(s) needed to override.", "", missing) if missing > 0
                else self.tr("Tab to the override button to use this reason."))

    def _arm(self) -> None:
        self._armed = True
        super()._arm()  # the safe button is the default and has the focus
        self._update()
        if self.min_reason > 0:
            self.reason.setFocus()  # to type a reason at once; Return there still means the safe default

    def _confirmed(self) -> None:
        self.done(QDialog.DialogCode.Rejected)

    def _proceed(self) -> None:
        if self._armed and self._reason_ok():
            self.done(QDialog.DialogCode.Accepted)


def ask_override(parent: QWidget | None, title: str, message: str, hits: list[str], *,
                 on_decided: Callable[[str | None], None], severity: str = "danger", min_reason: int = 10,
                 proceed_text: str | None = None, refuse_text: str | None = None) -> OverrideStop:
    """Open an OverrideStop over `parent`'s window; on_decided(reason) when overridden ("" without a reason box),
    on_decided(None) when refused."""
    stop = OverrideStop(parent, title, message, hits, severity=severity, min_reason=min_reason,
                        proceed_text=proceed_text, refuse_text=refuse_text)
    stop.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    stop.finished.connect(lambda result: on_decided(stop.reason_text() if result == QDialog.DialogCode.Accepted
                                                    else None))
    stop.open()
    return stop
