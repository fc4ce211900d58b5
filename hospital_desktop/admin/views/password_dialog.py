"""Change my password: forced after logging in with a one-time password, or chosen by the user. The client
computes the SCRAM verifier, so the new password never reaches the server in clear."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.errors import classify
from ...core.ops import run_in_background
from ...core.session import Database
from .. import queries


class ChangePasswordDialog(QDialog):
    changed = Signal(str)  # the new password, for the caller's login

    def __init__(self, db: Database, *, old_password: str | None = None, forced: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.old_password = old_password
        self.setWindowTitle("Choose your password" if forced else "Change my password")
        intro = QLabel(("An administrator gave you a one-time password. Choose your own password now; "
                        "you cannot use the system before you do. " if forced else "")
                       + f"At least {queries.MIN_PASSWORD} characters, letters and at least one digit or symbol. "
                         "Only you know it: administrators can reset it but never see it.")
        intro.setWordWrap(True)
        self.new_password = QLineEdit(objectName="newPassword")
        self.repeat = QLineEdit(objectName="repeatPassword")
        for edit in (self.new_password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="passwordMessage", wordWrap=True, styleSheet="color: #a40000;")
        form = QFormLayout()
        form.addRow("New password", self.new_password)
        form.addRow("Repeat it", self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        new, repeat = self.new_password.text(), self.repeat.text()
        user = self.db.identity.username if self.db.identity else self.db.username
        problem = queries.password_problem(new, repeat, old=self.old_password, username=user)
        if problem:
            self.message.setText(problem)
            return
        self.buttons.setEnabled(False)
        self.message.setText("Saving…")
        db = self.db

        def work() -> None:
            with db.session() as session:
                queries.change_my_password(session, new)
            db.replace_password(new)
            db.login()  # the identity again, now without the one-time flag

        run_in_background(self, work, lambda _: self._done(new), self._failed)

    def _done(self, new: str) -> None:
        self.message.setText("")
        self.changed.emit(new)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        known = classify(exc)
        self.message.setText(known.message if known else f"The password was not changed: {exc}")
