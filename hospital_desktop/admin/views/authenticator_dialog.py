"""Set up a staff member's authenticator app, with the person at the administrator's desk: a new secret shown once
as a QR code (and as text for an app that cannot scan), then the 6-digit code their phone shows, which the database
checks before it stores the secret (core.admin_enroll_second_factor). From then on every login of theirs needs a
code; the secret is never shown again and no staff role can read it."""
from __future__ import annotations

import html
import io

import segno
from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core import settings
from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from .. import queries


class AuthenticatorDialog(QDialog):
    enrolled = Signal()

    def __init__(self, ops: Operations, row: queries.StaffRow, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.row = row
        self.authenticator: queries.Authenticator | None = None
        self.setWindowTitle(self.tr("Authenticator for {name}").format(name=row.full_name))
        text = self.tr("With <b>{name}</b> ({username}) at your desk: they open an authenticator app that supports "
                       "SHA-256 codes (for example Aegis, FreeOTP, 2FAS, Google Authenticator), add an account and "
                       "scan this code. Then they type the 6 digits the app shows.").format(
            name=html.escape(row.full_name), username=row.username)
        if row.second_factor:
            text += " " + self.tr("Their present authenticator stops working.")
        intro = QLabel(text, objectName="authenticatorIntro")
        intro.setWordWrap(True)
        self.qr = QLabel(self.tr("Preparing…"), objectName="authenticatorQr", alignment=Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(260, 260)
        self.key = QLabel(objectName="authenticatorKey", alignment=Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a key read out in groups, left to right
        self.key.setProperty("data", True)  # the secret, not the program's text
        self.code = QLineEdit(objectName="authenticatorCode", placeholderText="123456")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # digits as the app shows them
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.code))
        self.code.setMaxLength(6)
        self.message = QLabel(objectName="authenticatorMessage", wordWrap=True, styleSheet="color: #a40000;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set up"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Code from the app"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.qr)
        layout.addWidget(QLabel(self.tr("Or type this key into the app (time-based, SHA-256, 6 digits, 30 seconds):"),
                                wordWrap=True))
        layout.addWidget(self.key)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.code.returnPressed.connect(self.submit)
        ops.run_query(None, settings.hospital_name, self._show_secret, on_error=self._error)

    def _show_secret(self, hospital: str) -> None:
        self.authenticator = queries.new_authenticator(self.row.username, hospital)
        png = io.BytesIO()
        segno.make(self.authenticator.uri, error="m").save(png, kind="png", scale=6, border=2)
        pixmap = QPixmap()
        pixmap.loadFromData(png.getvalue(), "PNG")
        self.qr.setPixmap(pixmap)
        self.key.setText(f"<code style='font-size:13pt'>{self.authenticator.key_text}</code>")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.code.setFocus()

    def submit(self) -> None:
        code = self.code.text().strip()
        if self.authenticator is None:
            return
        if len(code) != 6:
            self.message.setText(self.tr("Type the 6 digits the app shows now."))
            return
        authenticator = self.authenticator
        self.buttons.setEnabled(False)
        self.ops.run_change(self, lambda s: queries.enroll_second_factor(s, self.row.id, authenticator, code),
                            self._done, noun=Change.STAFF, on_error=self._error)

    def _done(self, _: object) -> None:
        self.enrolled.emit()
        self.accept()

    def _error(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error.message)
        self.code.selectAll()
