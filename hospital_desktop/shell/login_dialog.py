"""The login window: server profile, user name, password, "remember me" (OS keyring only), and in demo mode
one button per demo login. Each way a login can fail gets its own message.

A compact language choice in its corner switches the window's language at once (and the workstation remembers
it); after the login the staff member's own language takes over (core.staff.language, see app.py)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QLocale, QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from .. import i18n
from ..core import secrets
from ..core.ops import Operations, run_in_background
from ..core.profiles import SSL_MODES, ProfileError, ProfileStore, ServerProfile
from ..core.session import Database, LoginError
from . import workstation

DatabaseFactory = Callable[[ServerProfile, str, str], Database]


class ProfileDialog(QDialog):
    """Add or edit a server profile."""

    def __init__(self, profile: ServerProfile | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Server profile"))
        self.setMinimumWidth(520)  # the placeholders name file paths
        p = self._original = profile or ServerProfile(name="")
        self.name = QLineEdit(p.name)
        self.hosts = QLineEdit(", ".join(p.hosts))
        self.hosts.setToolTip(self.tr("One host, or several separated by commas for failover (host or host:port)"))
        self.replicas = QLineEdit(", ".join(p.replica_hosts), objectName="profileReplicas")
        self.replicas.setPlaceholderText(self.tr("none: dashboards and reports read from the server"))
        self.replicas.setToolTip(self.tr("Read-only hot standby(s) for dashboards and reports (host or host:port, "
                                         "comma separated); when none answers, they read from the server"))
        self.port = QSpinBox()
        self.port.setLocale(QLocale.c())  # a port number in plain digits whatever the language (no "٥٤٣٢")
        self.port.setRange(1, 65535)
        self.port.setValue(p.port)
        self.database = QLineEdit(p.database)
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        self.sslmode.setCurrentText(p.sslmode)
        self.ca_file = QLineEdit(p.sslrootcert or "", objectName="profileCaFile")
        self.ca_file.setPlaceholderText(self.tr("the system default (PGSSLROOTCERT or ~/.postgresql/root.crt)"))
        self.ca_file.setToolTip(self.tr("The hospital CA's certificate file (PEM) that the server's certificate must "
                                        "be signed by; use it with TLS mode verify-full"))
        self.error = QLabel(styleSheet="color: #a40000;")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Server host(s)"), self.hosts)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Database"), self.database)
        form.addRow(self.tr("TLS mode"), self.sslmode)
        form.addRow(self.tr("CA certificate file"), self.ca_file)
        form.addRow(self.tr("Read-only replica(s)"), self.replicas)
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


# The demo buttons' roles (the first group of each demo login, without "hms_").
ROLE_NAMES = {
    "reception": QT_TRANSLATE_NOOP("LoginDialog", "Reception"), "doctor": QT_TRANSLATE_NOOP("LoginDialog", "Doctor"),
    "nurse": QT_TRANSLATE_NOOP("LoginDialog", "Nurse"), "pharmacist": QT_TRANSLATE_NOOP("LoginDialog", "Pharmacist"),
    "lab": QT_TRANSLATE_NOOP("LoginDialog", "Lab"), "billing": QT_TRANSLATE_NOOP("LoginDialog", "Billing"),
    "admin": QT_TRANSLATE_NOOP("LoginDialog", "Admin"), "auditor": QT_TRANSLATE_NOOP("LoginDialog", "Auditor"),
}


class LoginDialog(QDialog):
    logged_in = Signal(object)  # Database

    def __init__(self, store: ProfileStore, *, demo_logins: list[tuple[str, ...]] | None = None,
                 demo_password: str = "", preset_role: str | None = None,
                 database_factory: DatabaseFactory = Database, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.database_factory = database_factory
        self.preset_role = preset_role
        self.setMinimumWidth(460)

        self.title = QLabel(objectName="loginTitle")
        # The language of this window (and of the workstation's next login window), by each language's own name.
        self.language_box = QComboBox(objectName="loginLanguage")
        self.language_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, (name, _locale) in i18n.LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(i18n.current_language()))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language_box, 0, Qt.AlignmentFlag.AlignTop)
        self.profile_box = QComboBox()
        self.edit_profile = QPushButton()
        self.new_profile = QPushButton()
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.edit_profile)
        profile_row.addWidget(self.new_profile)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox()
        self.message = QLabel(objectName="loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a40000;")
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        self.server_label, self.user_label, self.password_label = QLabel(), QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.server_label, profile_row)
        form.addRow(self.user_label, self.username)
        form.addRow(self.password_label, self.password)
        form.addRow("", self.remember)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.login_button, alignment=Qt.AlignmentFlag.AlignTrailing)
        self.demo_buttons: dict[str, QPushButton] = {}
        self.demo_box: QGroupBox | None = None
        self._demo_logins = demo_logins or []
        self._demo_password = demo_password
        if demo_logins:
            self.demo_box = self._demo_box(demo_logins, demo_password)
            layout.addWidget(self.demo_box)
        self._message: Callable[[], str] | None = None  # what the message line says, again after a language change
        self.retranslate()

        self.language_box.currentIndexChanged.connect(self._language_chosen)
        self.login_button.clicked.connect(self.try_login)
        self.password.returnPressed.connect(self.try_login)
        self.edit_profile.clicked.connect(lambda: self._edit_profile(self.current_profile()))
        self.new_profile.clicked.connect(lambda: self._edit_profile(None))
        self.profile_box.currentIndexChanged.connect(self._profile_changed)
        self.username.editingFinished.connect(self._fill_remembered)
        self._reload_profiles()

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text of the window in the language installed now (at start, and when the language changes)."""
        self.setWindowTitle(self.tr("Hospital Desktop — log in"))
        title = self.tr("<h2>Hospital Desktop</h2>Log in with your own hospital account.")
        # Rich text takes each paragraph's direction from its first letters: the product's Latin name would stand
        # at the left of an Arabic window without this.
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the widget's follows it later
        self.title.setText(f"<div dir='rtl'>{title}</div>" if rtl else title)
        self.language_box.setToolTip(self.tr("Language"))
        self.edit_profile.setText(self.tr("Edit…"))
        self.new_profile.setText(self.tr("New…"))
        self.remember.setText(self.tr("Remember my password (kept in the system keyring only)"))
        self.login_button.setText(self.tr("Log in"))
        self.server_label.setText(self.tr("Server"))
        self.user_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        if self.demo_box is not None:
            self.demo_box.setTitle(self.tr("Demo logins (password “{password}”)").format(password=self._demo_password))
            for login, role, name, *departments in self._demo_logins:
                where = f"\n{departments[0]}" if departments and departments[0] else ""
                role_name = ROLE_NAMES.get(role)
                role_text = QCoreApplication.translate("LoginDialog", role_name) if role_name else role.capitalize()
                button = self.demo_buttons[login]
                button.setText(f"{role_text} · {login}\n{name}{where}")
                button.setToolTip(self.tr("Log in as {login} ({name})").format(login=login, name=name))
        if self._message is not None:
            self.message.setText(self._message())
        index = self.language_box.findData(i18n.current_language())
        if index >= 0 and index != self.language_box.currentIndex():
            self.language_box.blockSignals(True)
            self.language_box.setCurrentIndex(index)
            self.language_box.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        """Switch at once (installing the language also posts every window a LanguageChange: retranslate above);
        Arabic turns the layout right to left."""
        workstation.install(self.language_box.currentData(), None)
        self.retranslate()

    def say(self, text: Callable[[], str] | str | None) -> None:
        """Show a message; a callable is asked again when the language changes (a text stays as it was)."""
        self._message = (lambda: text) if isinstance(text, str) else text
        self.message.setText(self._message() if self._message is not None else "")

    # -- profiles ---------------------------------------------------------------------------------
    def _reload_profiles(self, select: str | None = None) -> None:
        try:
            profiles = self.store.load()
        except ProfileError as exc:
            profiles = []
            self.say(str(exc))
        if not profiles:
            profiles = [ServerProfile(name=self.tr("This computer"), hosts=["localhost"])]
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
                QMessageBox.warning(self, self.tr("Profile not saved"), str(exc))
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
        box = QGroupBox()
        grid = QGridLayout(box)
        for i, (login, _role, _name, *_departments) in enumerate(logins):
            button = QPushButton()  # texts: retranslate()
            button.setObjectName(f"demo_{login}")
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
            self.say(lambda: self.tr("Enter your user name and password."))
            return
        profile = self.current_profile()
        self._busy(True)
        self.say(lambda: self.tr("Connecting to {server}…").format(server=i18n.isolate(profile.describe())))
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
            self.say(exc.message)
            self.failure_kind = exc.kind
        else:
            self.say(lambda: self.tr("The login failed unexpectedly: {error}").format(error=exc))
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
                QMessageBox.information(self, self.tr("Password not remembered"),
                                        self.tr("This computer has no working system keyring, so the password was "
                                                "not stored. Nothing was written to disk."))
        else:
            secrets.forget(profile.name, user)
        if profile.name not in {p.name for p in self.store.preset()}:
            profile.last_user = user
            try:
                self.store.upsert(profile)
            except (ProfileError, OSError):
                pass  # remembering the user name is a convenience only
        self.say(None)
        self.logged_in.emit(db)
        self.accept()

    failure_kind: str | None = None
    password_dialog = None
    second_factor_dialog = None

    def _ask_second_factor(self, db: Database, profile: ServerProfile, user: str, password: str) -> None:
        """The password was right; the session is nobody until the authenticator's code is accepted."""
        from .second_factor_dialog import SecondFactorDialog

        self.say(lambda: self.tr("Enter the code from your authenticator app to continue."))
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
            if dialog.refusal:
                self.say(dialog.refusal)
            else:
                self.say(lambda: self.tr("No code was entered, so you are not logged in."))
            self.failure_kind = "deactivated" if dialog.refusal else "second_factor"
            self.password.setFocus()

        dialog.verified.connect(verified)
        dialog.rejected.connect(cancelled)
        dialog.open()

    def _force_password_change(self, db: Database, profile: ServerProfile, user: str, password: str) -> None:
        """A one-time password from an administrator: nothing else happens until the user has chosen their own
        (the database treats the login as nobody until then, too)."""
        from ..admin.views.password_dialog import ChangePasswordDialog

        self.say(lambda: self.tr("You logged in with a one-time password. Choose your own password to continue."))
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
            self.say(lambda: self.tr("The password was not changed, so you are not logged in."))

        dialog.changed.connect(changed)
        dialog.rejected.connect(cancelled)
        dialog.open()
