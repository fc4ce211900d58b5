"""The login window: server profile, user name, password, "remember me" (OS keyring only), and in demo mode
one button per demo login. Each way a login can fail gets its own message."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ..core import secrets
from ..core.ops import Operations, run_in_background
from ..core.profiles import SSL_MODES, ProfileError, ProfileStore, ServerProfile
from ..core.session import Database, LoginError

DatabaseFactory = Callable[[ServerProfile, str, str], Database]


class ProfileDialog(QDialog):
    """Add or edit a server profile."""

    def __init__(self, profile: ServerProfile | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Server profile")
        p = self._original = profile or ServerProfile(name="")
        self.name = QLineEdit(p.name)
        self.hosts = QLineEdit(", ".join(p.hosts))
        self.hosts.setToolTip("One host, or several separated by commas for failover (host or host:port)")
        self.replicas = QLineEdit(", ".join(p.replica_hosts), objectName="profileReplicas")
        self.replicas.setPlaceholderText("none: dashboards and reports read from the server")
        self.replicas.setToolTip("Read-only hot standby(s) for dashboards and reports (host or host:port, comma "
                                 "separated); when none answers, they read from the server")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(p.port)
        self.database = QLineEdit(p.database)
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.sslmode.setCurrentText(p.sslmode)
        self.ca_file = QLineEdit(p.sslrootcert or "", objectName="profileCaFile")
        self.ca_file.setPlaceholderText("the system default (PGSSLROOTCERT or ~/.postgresql/root.crt)")
        self.ca_file.setToolTip("The hospital CA's certificate file (PEM) that the server's certificate must be "
                                "signed by; use it with TLS mode verify-full")
        self.error = QLabel(styleSheet="color: #a40000;")
        form = QFormLayout()
        form.addRow("Name", self.name)
        form.addRow("Server host(s)", self.hosts)
        form.addRow("Port", self.port)
        form.addRow("Database", self.database)
        form.addRow("TLS mode", self.sslmode)
        form.addRow("CA certificate file", self.ca_file)
        form.addRow("Read-only replica(s)", self.replicas)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.profile: ServerProfile | None = None

    def _accept(self) -> None:
        try:
            self.profile = replace(self._original, name=self.name.text().strip(),  # keeps role and last user
                                   hosts=[h.strip() for h in self.hosts.text().split(",") if h.strip()],
                                   port=self.port.value(), database=self.database.text().strip(),
                                   sslmode=self.sslmode.currentText(),
                                   sslrootcert=self.ca_file.text().strip() or None,
                                   replica_hosts=[h.strip() for h in self.replicas.text().split(",") if h.strip()],
                                   ).validate()
        except ProfileError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class LoginDialog(QDialog):
    logged_in = Signal(object)  # Database

    def __init__(self, store: ProfileStore, *, demo_logins: list[tuple[str, ...]] | None = None,
                 demo_password: str = "", preset_role: str | None = None,
                 database_factory: DatabaseFactory = Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.database_factory = database_factory
        self.preset_role = preset_role
        self.setWindowTitle("Hospital Desktop — log in")
        self.setMinimumWidth(460)

        title = QLabel("<h2>Hospital Desktop</h2>Log in with your own hospital account.")
        self.profile_box = QComboBox()
        self.edit_profile = QPushButton("Edit…")
        self.new_profile = QPushButton("New…")
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.edit_profile)
        profile_row.addWidget(self.new_profile)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox("Remember my password (kept in the system keyring only)")
        self.message = QLabel(objectName="loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.login_button = QPushButton("Log in")
        self.login_button.setDefault(True)
        form = QFormLayout()
        form.addRow("Server", profile_row)
        form.addRow("User name", self.username)
        form.addRow("Password", self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.login_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.demo_buttons: dict[str, QPushButton] = {}
        if demo_logins:
            layout.addWidget(self._demo_box(demo_logins, demo_password))

        self.login_button.clicked.connect(self.try_login)
        self.password.returnPressed.connect(self.try_login)
        self.edit_profile.clicked.connect(lambda: self._edit_profile(self.current_profile()))
        self.new_profile.clicked.connect(lambda: self._edit_profile(None))
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        self.username.editingFinished.connect(self._fill_remembered)
        self._reload_profiles()

    # -- profiles ---------------------------------------------------------------------------------
    def _reload_profiles(self, select: str | None = None) -> None:
        try:
            profiles = self.store.load()
        except ProfileError as exc:
            profiles = []
            self.message.setText(str(exc))
        if not profiles:
            profiles = [ServerProfile(name="This computer", hosts=["localhost"])]
        self.profiles = profiles
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for p in profiles:
            self.profile_box.addItem(p.describe(), p.name)
        self.profile_box.blockSignals(False)
        names = [p.name for p in profiles]
        self.profile_box.setCurrentIndex(names.index(select) if select in names else 0)
        self._profile_changed()
        preset_names = {p.name for p in self.store.preset()}
        locked = bool(preset_names)
        self.edit_profile.setEnabled(not locked)
        self.new_profile.setEnabled(not locked)

    def current_profile(self) -> ServerProfile:
        return self.profiles[max(0, self.profile_box.currentIndex())]

    def _profile_changed(self) -> None:
        profile = self.current_profile()
        if profile.last_user and not self.username.text():
            self.username.setText(profile.last_user)
            self._fill_remembered()

    def _edit_profile(self, profile: ServerProfile | None) -> None:
        dialog = ProfileDialog(profile, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.profile:
            try:
                self.store.upsert(dialog.profile)
            except (ProfileError, OSError) as exc:
                QMessageBox.warning(self, "Profile not saved", str(exc))
                return
            self._reload_profiles(select=dialog.profile.name)

    def _fill_remembered(self) -> None:
        user = self.username.text().strip()
        if user and not self.password.text():
            secret = secrets.recall(self.current_profile().name, user)
            if secret:
                self.password.setText(secret)
                self.remember.setChecked(True)

    # -- demo -------------------------------------------------------------------------------------
    def _demo_box(self, logins: list[tuple[str, ...]], password: str) -> QGroupBox:
        """One button per (login, role, name[, departments]): the login name and department on the button,
        so two doctors of different clinics are told apart."""
        box = QGroupBox(f"Demo logins (password “{password}”)")
        grid = QGridLayout(box)
        for i, (login, role, name, *departments) in enumerate(logins):
            where = f"\n{departments[0]}" if departments and departments[0] else ""
            button = QPushButton(f"{role.capitalize()} · {login}\n{name}{where}")
            button.setObjectName(f"demo_{login}")
            button.setToolTip(f"Log in as {login} ({name})")
            button.clicked.connect(lambda _=False, u=login: self._demo_login(u, password))
            grid.addWidget(button, i // 4, i % 4)
            self.demo_buttons[login] = button
        return box

    def _demo_login(self, login: str, password: str) -> None:
        self.username.setText(login)
        self.password.setText(password)
        self.try_login()

    # -- logging in -------------------------------------------------------------------------------
    def try_login(self) -> None:
        user, password = self.username.text().strip(), self.password.text()
        if not user or not password:
            self.message.setText("Enter your user name and password.")
            return
        profile = self.current_profile()
        self._busy(True)
        self.message.setText(f"Connecting to {profile.describe()}…")
        db = self.database_factory(profile, user, password)
        run_in_background(self, db.login, lambda identity: self._succeeded(db, profile, user, password),
                          lambda exc: self._failed(db, exc))

    def _busy(self, busy: bool) -> None:
        for widget in (self.login_button, self.username, self.password, *self.demo_buttons.values()):
            widget.setEnabled(not busy)

    def _failed(self, db: Database, exc: BaseException) -> None:
        db.close()
        self._busy(False)
        if isinstance(exc, LoginError):
            self.message.setText(exc.message)
            self.failure_kind = exc.kind
        else:
            self.message.setText(f"The login failed unexpectedly: {exc}")
            self.failure_kind = "bug"
        self.password.selectAll()
        self.password.setFocus()

    def _succeeded(self, db: Database, profile: ServerProfile, user: str, password: str) -> None:
        if db.identity is not None and db.identity.second_factor == "needed":
            self._ask_second_factor(db, profile, user, password)
            return
        if db.identity is not None and db.identity.must_change_password:
            self._force_password_change(db, profile, user, password)
            return
        self._busy(False)
        self.failure_kind = None
        if self.remember.isChecked():
            if not secrets.remember(profile.name, user, password):
                QMessageBox.information(self, "Password not remembered",
                                        "This computer has no working system keyring, so the password was not "
                                        "stored. Nothing was written to disk.")
        else:
            secrets.forget(profile.name, user)
        if profile.name not in {p.name for p in self.store.preset()}:
            profile.last_user = user
            try:
                self.store.upsert(profile)
            except (ProfileError, OSError):
                pass  # remembering the user name is a convenience only
        self.message.setText("")
        self.logged_in.emit(db)
        self.accept()

    failure_kind: str | None = None
    password_dialog = None
    second_factor_dialog = None

    def _ask_second_factor(self, db: Database, profile: ServerProfile, user: str, password: str) -> None:
        """The password was right; the session is nobody until the authenticator's code is accepted."""
        from .second_factor_dialog import SecondFactorDialog

        self.message.setText("Enter the code from your authenticator app to continue.")
        dialog = SecondFactorDialog(db, parent=self)
        self.second_factor_dialog = dialog

        def verified() -> None:
            self.second_factor_dialog = None
            self._succeeded(db, profile, user, password)

        def cancelled() -> None:
            self.second_factor_dialog = None
            db.close()
            self._busy(False)
            self.password.clear()
            self.message.setText(dialog.refusal or "No code was entered, so you are not logged in.")
            self.failure_kind = "deactivated" if dialog.refusal else "second_factor"
            self.password.setFocus()

        dialog.verified.connect(verified)
        dialog.rejected.connect(cancelled)
        dialog.open()

    def _force_password_change(self, db: Database, profile: ServerProfile, user: str, password: str) -> None:
        """A one-time password from an administrator: nothing else happens until the user has chosen their own
        (the database treats the login as nobody until then, too)."""
        from ..admin.views.password_dialog import ChangePasswordDialog

        self.message.setText("You logged in with a one-time password. Choose your own password to continue.")
        ops = Operations(db, self, max_threads=1)  # the main window, which has its own, does not exist yet
        dialog = ChangePasswordDialog(ops, old_password=password, forced=True, parent=self)
        self.password_dialog = dialog

        def changed(new_password: str) -> None:
            ops.shutdown(0)
            self.password_dialog = None
            self.remember.setChecked(False)
            self._succeeded(db, profile, user, new_password)

        def cancelled() -> None:
            ops.shutdown(0)
            self.password_dialog = None
            db.close()
            self._busy(False)
            self.password.clear()
            self.message.setText("The password was not changed, so you are not logged in.")

        dialog.changed.connect(changed)
        dialog.rejected.connect(cancelled)
        dialog.open()
