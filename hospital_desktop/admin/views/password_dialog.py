"""Change my password: forced after logging in with a one-time password, or chosen by the user. The client
computes the SCRAM verifier, so the new password never reaches the server in clear."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from server_db.staff import MIN_PASSWORD

from ...core.errors import KnownError
from ...core.ops import Operations, Steps
from ...i18n import formats
from .. import queries


class ChangePasswordDialog(QDialog):
    changed = Signal(str)  # the new password, for the caller's login

    def __init__(self, ops: Operations, *, old_password: str | None = None, forced: bool = False,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.old_password = old_password
        self.setWindowTitle(self.tr("Choose your password") if forced else self.tr("Change my password"))
        rules = self.tr("At least {count} characters, letters and at least one digit or symbol, not your user name "
                        "nor a common password. Only you know it: administrators can reset it but never see it."
                        ).format(count=formats.number_text(MIN_PASSWORD))
        if forced:
            rules = self.tr("An administrator gave you a one-time password. Choose your own password now; you "
                            "cannot use the system before you do.") + " " + rules
        intro = QLabel(rules)
        intro.setWordWrap(True)
        self.new_password = QLineEdit(objectName="newPassword")
        self.repeat = QLineEdit(objectName="repeatPassword")
        for edit in (self.new_password, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(objectName="passwordMessage", wordWrap=True, styleSheet="color: #a40000;")
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.new_password)
        form.addRow(self.tr("Repeat it"), self.repeat)
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
        identity = self.ops.db.identity
        user = identity.username if identity else self.ops.db.username
        problem = queries.password_problem(new, repeat, old=self.old_password, username=user)
        if problem:
            self.message.setText(problem)
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Saving…"))

        def work(steps: Steps) -> None:
            with steps.session() as session:
                queries.change_my_password(session, new)
            steps.use_password(new)  # and the identity again, now without the one-time flag

        # no progress window over this dialog: its own message says "Saving…"
        self.ops.run_steps(None, work, lambda _: self._done(new), on_error=self._failed)

    def _done(self, new: str) -> None:
        self.message.setText("")
        self.changed.emit(new)
        self.accept()

    def _failed(self, error: KnownError) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error.message if error.kind != "bug" else
                             self.tr("The password was not changed. {error}").format(error=error.message))
