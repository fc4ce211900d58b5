"""The second step of logging in for a login with an authenticator app: the 6-digit code. The database decides
(core.verify_second_factor); until it accepted a code the session is nobody to every policy, so this window is
what stands between the password and the patients, not a courtesy of the client."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .. import i18n
from ..core.ops import run_in_background
from ..core.session import WRONG_CODE, Database, LoginError


class SecondFactorDialog(QDialog):
    verified = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.refusal: str | None = None  # why the login cannot go on (locked), for the login window after reject
        self.setWindowTitle(self.tr("Hospital Desktop — code from your authenticator"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("Your account {login} is protected by a second factor. Open the authenticator app on "
                               "your phone and type the 6-digit code it shows for Hospital Desktop.").format(
                                   login=i18n.isolate(db.username)))
        intro.setWordWrap(True)
        self.code = QLineEdit(objectName="secondFactorCode")
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.code))
        self.code.setMaxLength(6)
        self.code.setPlaceholderText("123456")
        self.message = QLabel(objectName="secondFactorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue"))
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.code.setFocus()

    def submit(self) -> None:
        code = self.code.text().strip()
        if len(code) != 6:
            self.message.setText(self.tr("The code has 6 digits."))
            return
        self._busy(True)
        self.message.setText(self.tr("Checking the code…"))
        run_in_background(self, lambda: self.db.verify_second_factor(code), self._answered, self._failed)

    def _busy(self, busy: bool) -> None:
        self.code.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def _answered(self, accepted: bool) -> None:
        self._busy(False)
        if accepted:
            self.message.setText("")
            self.verified.emit()
            self.accept()
            return
        self.message.setText(QCoreApplication.translate("Login", WRONG_CODE))
        self.code.clear()
        self.code.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.refusal = (exc.message if isinstance(exc, LoginError) else
                        self.tr("The code could not be checked: {error}").format(error=exc))
        self.reject()
