"""The one shell window every role uses: workspaces follow the login's group roles, the status bar shows
who is logged in where and whether the database answers, and an idle workstation locks itself.

Locking hides everything about patients — the workspaces, the alert bar, any open dialog — until the same user's
password is entered; "Switch user" ends this login and goes back to the login window without quitting.

The language menu stores the staff member's choice (core.set_my_language), installs it and rebuilds the window in
it: the new window takes over this login's database session (no new login), this one stops its workers and its
alert listener and closes without logging out."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QLabel, QLineEdit, QMainWindow, QMenu, QMessageBox,
                               QPushButton, QScrollArea, QStackedWidget, QToolBar, QToolButton, QVBoxLayout, QWidget)

from .. import i18n
from ..core import gc_guard, idle, settings
from ..core.changes import Change
from ..core.errors import KnownError
from ..core.notifications import NotificationListener
from ..core.ops import Operations
from ..core.session import WRONG_CODE, Database, LoginError, group_label
from . import workstation
from .alerts import AlertBanner
from .workspaces import Workspace, workspace_title, workspaces_for

HEARTBEAT_MS = 15_000
ACTIVITY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel}


class ActivityWatcher(QObject):
    """Application-wide event filter: remembers when the user last touched keyboard or mouse."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.last = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Called for every event of the application: it must never raise (PySide6 cannot report an exception
        # from an event filter safely), so compare plain integers.
        try:
            if int(event.type().value) in _ACTIVITY_VALUES:
                self.last = time.monotonic()
        except Exception:  # noqa: BLE001
            pass
        return False


_ACTIVITY_VALUES = {int(t.value) for t in ACTIVITY_EVENTS}


class LockScreen(QWidget):
    unlocked = Signal()

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.info = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.password = QLineEdit(objectName="unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setMaximumWidth(280)
        self.password.setMinimumWidth(240)
        self.code = QLineEdit(objectName="unlockCode")
        self.code.setPlaceholderText(self.tr("Code from your authenticator app"))
        self.code.setMaxLength(6)
        self.code.setMaximumWidth(280)
        self.code.setMinimumWidth(240)
        self.code.hide()
        self.code_needed = False
        self.button = QPushButton(self.tr("Unlock"))
        self.message = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, styleSheet="color: #a40000;")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(QLabel(self.tr("<h2>Workstation locked</h2>"), alignment=Qt.AlignmentFlag.AlignCenter))
        layout.addWidget(self.info)
        layout.addWidget(self.password, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.code, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.code.returnPressed.connect(self.try_unlock)

    def need_code(self) -> None:
        self.code_needed = True
        self.code.show()

    def prepare(self, who: str, *, code_needed: bool = False) -> None:
        self.info.setText((self.tr("Your second-factor code has expired. {who}, enter your password and a new code "
                                   "to continue.") if code_needed else
                           self.tr("Locked after inactivity. {who}, enter your password to continue.")).format(
                              who=i18n.isolate(who)))
        self.password.clear()
        self.code.clear()
        self.message.clear()
        self.password.setFocus()

    def try_unlock(self) -> None:
        secret, code = self.password.text(), self.code.text().strip()
        if secret and self.code_needed and not code:
            self.code.setFocus()  # Return in the password field moves on to the code
            return
        if not secret:
            return
        self.button.setEnabled(False)
        ops = self.window_.ops
        db = self.window_.db
        not_yours = self.tr("That is not your password.")  # translated here, on the UI thread, for the worker
        wrong_code = QCoreApplication.translate("Login", WRONG_CODE)

        def check() -> str | None:
            """Why the unlock is refused, or None."""
            if not db.check_password(secret):
                return not_yours
            try:
                if self.code_needed and not db.verify_second_factor(code):
                    return wrong_code
            except LoginError as exc:  # locked after too many wrong codes
                return exc.message
            return None

        def done(problem: str | None) -> None:
            self.button.setEnabled(True)
            if problem is None:
                self.code_needed = False
                self.code.hide()
                self.unlocked.emit()
            else:
                self.message.setText(problem)
                self.password.selectAll()

        def failed(err) -> None:  # noqa: ANN001
            self.button.setEnabled(True)
            self.message.setText(err.message)

        ops.run_plain(None, check, done, on_error=failed)


class MainWindow(QMainWindow):
    logged_out = Signal()
    replaced = Signal(object)  # the MainWindow rebuilt in another language, which now holds this login
    end_message: str | None = None  # why the session ended by itself, for the login window
    successor: MainWindow | None = None
    handed_over = False  # the login's database session belongs to the successor: closing does not log out

    def __init__(self, db: Database, *, idle_lock_seconds: float | None = None, preset_role: str | None = None,
                 workspace_factory: Callable[[str], list[Workspace]] | None = None):
        super().__init__()
        gc_guard.install()  # before any worker thread runs: collect garbage on this (the UI) thread only
        assert db.identity is not None
        self.db = db
        self.identity = db.identity
        self.ops = Operations(db, self)
        self._options = {"idle_lock_seconds": idle_lock_seconds, "workspace_factory": workspace_factory}
        self.setWindowTitle(self.tr("Hospital Desktop — {name}").format(name=self.identity.full_name))
        self._fit_to_screen()

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.workspaces: dict[str, Workspace] = {}
        self._pages: dict[str, QScrollArea] = {}  # workspace key → the scroll area holding it
        self.workspace_box = QComboBox(objectName="workspaceBox")
        for group in self.identity.groups:
            for ws in (workspace_factory or workspaces_for)(group):
                if ws.key in self.workspaces:
                    continue
                ws.attach(self)
                self.workspaces[ws.key] = ws
                self._pages[ws.key] = QScrollArea(frameShape=QScrollArea.Shape.NoFrame, widgetResizable=True)
                self.stack.addWidget(self._pages[ws.key])
                self.workspace_box.addItem(workspace_title(ws.title), ws.key)
        # The rest are built one per event-loop turn after the window shows (see Workspace.widget).
        self._building = False  # a build of the next unbuilt workspace is queued (core/idle.py)
        self.lock_screen = LockScreen(self)
        self.stack.addWidget(self.lock_screen)
        self.lock_screen.unlocked.connect(self.unlock)

        toolbar = QToolBar(self.tr("Main"), movable=False)
        self.addToolBar(toolbar)
        toolbar.addWidget(QLabel(self.tr(" Workspace: ")))
        toolbar.addWidget(self.workspace_box)
        self.workspace_box.currentIndexChanged.connect(self._show_workspace)
        toolbar.addSeparator()
        self.lock_action = QAction(self.tr("Lock"), self)
        self.lock_action.setShortcut("Ctrl+L")
        self.lock_action.triggered.connect(self.lock)
        toolbar.addAction(self.lock_action)
        self.password_action = QAction(self.tr("Change password…"), self)
        self.password_action.triggered.connect(self.change_password)
        toolbar.addAction(self.password_action)
        self.language_button = self._language_menu()
        toolbar.addWidget(self.language_button)
        self.logout_action = QAction(self.tr("Switch user…"), self)
        self.logout_action.setToolTip(self.tr("Log out and return to the login window (the program keeps running)"))
        self.logout_action.triggered.connect(self.logout)
        toolbar.addAction(self.logout_action)

        self.alerts: AlertBanner | None = None
        self.listener: NotificationListener | None = None
        if {"hms_doctor", "hms_nurse", "hms_pharmacist"} & set(self.identity.groups):
            # Clinicians (lab results) and pharmacists (STAT prescriptions) get pushed alerts on a listener
            # connection of their own, shown on a bar
            # under the toolbar. (A toolbar, not a wrapper widget around the workspaces: a layout around the
            # central widget made the window crash when the garbage collector freed it.)
            self.alerts = AlertBanner(self.ops)
            self.alert_bar = QToolBar(self.tr("Alerts"), movable=False, objectName="alertBar")
            self.alert_bar.addWidget(self.alerts)
            self.alert_bar.setVisible(False)
            self.addToolBarBreak()
            self.addToolBar(self.alert_bar)
            self.alerts.count_changed.connect(self._alert_count)
            self.listener = NotificationListener(db.new_connection, self)
            self.listener.received.connect(self.alerts.add)
            # A released result, a STAT prescription: every open view of it refreshes without a click.
            self.alerts.refresh.connect(self.ops.changed.emit)
            self.listener.online.connect(self.alerts.set_online)
            # The listener's connection is the first to die when the database ends this login's sessions.
            self.listener.online.connect(lambda up: up or QTimer.singleShot(500, self.check_connection))
            self.listener.start()

        roles = ", ".join(group_label(g) for g in self.identity.groups)
        self.user_label = QLabel(self.tr("{name} ({login}; {roles})").format(
            name=i18n.isolate(self.identity.full_name), login=i18n.isolate(self.identity.username), roles=roles))
        self.server_label = QLabel(self.tr("Server: {server}").format(server=i18n.isolate(db.profile.describe())))
        self.connection_label = QLabel(objectName="connectionState")
        status = self.statusBar()
        status.addWidget(self.user_label)
        status.addWidget(self.server_label)
        status.addPermanentWidget(self.connection_label)
        self.ops.connection_state.connect(self._connection_changed)
        self.ops.failed.connect(self._operation_failed)
        self._connection_changed(True)

        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(HEARTBEAT_MS)
        self.heartbeat.timeout.connect(self.check_connection)
        self.heartbeat.start()

        self.activity = ActivityWatcher(self)
        QApplication.instance().installEventFilter(self.activity)
        self.idle_lock_seconds = idle_lock_seconds
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(1000)
        self.idle_timer.timeout.connect(self._check_idle)
        self.idle_timer.start()
        if idle_lock_seconds is None:  # the hospital's setting, read once
            self.ops.run_query(None, settings.idle_lock_minutes, self._set_idle_minutes,
                               on_error=lambda err: None)

        if self.alerts is not None:
            self.alerts.open_requested.connect(self.open_alert)

        if preset_role:
            self.select_workspace(preset_role)
        self._show_workspace()

    # -- workspaces ----------------------------------------------------------------------------------
    def select_workspace(self, key: str) -> bool:
        """Show a workspace by its key ("reception") or by role ("doctor" → that role's first workspace)."""
        index = self.workspace_box.findData(key)
        if index < 0:
            for ws in workspaces_for("hms_" + key.removeprefix("hms_")):
                index = self.workspace_box.findData(ws.key)
                if index >= 0:
                    break
        if index >= 0:
            self.workspace_box.setCurrentIndex(index)
            return True
        return False

    def build_workspace(self, ws: Workspace) -> None:
        """Build a workspace into its page: a scroll area, so a workspace taller or wider than a small screen
        scrolls inside the window instead of growing the window past the screen."""
        if ws.built is None:
            ws.built = ws.build(self)
            self._pages[ws.key].setWidget(ws.built)

    def _build_later(self) -> None:
        if not self._building:
            self._building = True
            idle.later(self, self._build_next)

    def _build_next(self) -> None:
        self._building = False
        if self.closing:
            return  # logged out, or handed over to the window rebuilt in another language
        waiting = [ws for ws in self.workspaces.values() if ws.built is None]
        if waiting:
            self.build_workspace(waiting[0])
            self._build_later()

    def visible_page(self) -> QWidget:
        """The workspace (or the lock screen) on screen."""
        page = self.stack.currentWidget()
        return page.widget() if isinstance(page, QScrollArea) else page

    def current_workspace(self) -> Workspace | None:
        return self.workspaces.get(self.workspace_box.currentData())

    def _show_workspace(self) -> None:
        if self.locked:
            return
        ws = self.current_workspace()
        if ws is not None and ws.widget is not None:
            self.stack.setCurrentWidget(self._pages[ws.key])
        self._build_later()

    def _alert_count(self, count: int) -> None:
        # Also while the listener is offline: a clinician with nothing to read must still learn that critical
        # results are not being pushed (during a failover, until the listener reaches the new primary).
        self.alert_bar.setVisible(count > 0 or self.alerts.offline)

    def open_alert(self, note) -> None:  # noqa: ANN001 - core.notifications.Notification
        """A lab alert opens the ordering encounter's results in the clinic workspace (when this login has one)."""
        if note is not None and note.kind == "pharmacy_stat" and "dispensing" in self.workspaces:
            self.select_workspace("dispensing")  # the queue shows STAT prescriptions first
            return
        clinic = self.workspaces.get("clinic")
        if note is None or not note.kind.startswith("lab_") or note.ref_id is None or clinic is None:
            return
        self.select_workspace("clinic")
        clinic.widget.open_lab_order(note.ref_id)

    # -- connection ----------------------------------------------------------------------------------
    def check_connection(self) -> None:
        self.ops.run_plain(None, self.db.ping, self._heartbeat_answered, on_error=self._heartbeat_failed)

    def _heartbeat_failed(self, error: KnownError) -> None:
        if error.kind != "ended":
            self.ops.connection_state.emit(False)

    # The login was locked or deactivated (its sessions were ended by the database), or its password changed:
    # nothing more may be shown or typed here; back to the login window, which says why.
    session_ended = False

    def _operation_failed(self, error: KnownError) -> None:
        if error.kind == "ended" and not self.session_ended:
            self.session_ended = True
            self.end_message = error.message
            self.logout()

    def _heartbeat_answered(self, second_factor: str | None) -> None:
        self.ops.connection_state.emit(True)
        if second_factor == "needed" and self.identity.second_factor != "none":
            # The verified code expired (second_factor_hours) or was ended: the database treats this session as
            # nobody now, so the screen must not go on showing (or pretending to save) anything.
            self.lock(code_needed=True)

    def _connection_changed(self, ok: bool) -> None:
        self.connected = ok
        self.connection_label.setText(self.tr("● Connected") if ok else self.tr("● Connection lost — reconnecting…"))
        self.connection_label.setStyleSheet("color: #1a7f37;" if ok else "color: #a40000; font-weight: 600;")
        if not ok:
            QTimer.singleShot(3000, self.check_connection)

    # -- idle lock -----------------------------------------------------------------------------------
    locked = False

    def _set_idle_minutes(self, minutes) -> None:  # noqa: ANN001
        if self.idle_lock_seconds is None and minutes:
            self.idle_lock_seconds = float(minutes) * 60

    def _check_idle(self) -> None:
        if self.locked or not self.idle_lock_seconds:
            return
        if time.monotonic() - self.activity.last >= self.idle_lock_seconds:
            self.lock()

    def lock(self, *, code_needed: bool = False) -> None:
        if code_needed:
            self.lock_screen.need_code()
        if self.locked:
            return
        self.locked = True
        self.workspace_box.setEnabled(False)
        self.lock_action.setEnabled(False)
        self.password_action.setEnabled(False)
        self.language_button.setEnabled(False)
        # Open dialogs (a registration, a print preview, a safety stop) would stay on top of the lock screen.
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()
        if self.alerts is not None:
            self.alerts.set_locked(True)
        self.lock_screen.prepare(self.identity.full_name, code_needed=self.lock_screen.code_needed)
        self.stack.setCurrentWidget(self.lock_screen)

    def unlock(self) -> None:
        self.locked = False
        self.activity.last = time.monotonic()
        self.workspace_box.setEnabled(True)
        self.lock_action.setEnabled(True)
        self.password_action.setEnabled(True)
        self.language_button.setEnabled(True)
        self._show_workspace()
        for dialog in getattr(self, "_hidden_dialogs", []):
            dialog.show()
        self._hidden_dialogs = []
        if self.alerts is not None:
            self.alerts.set_locked(False)

    def change_password(self) -> None:
        from ..admin.views.password_dialog import ChangePasswordDialog
        self.password_dialog = ChangePasswordDialog(self.ops, parent=self)
        changed = self.tr("Your password was changed.")
        self.password_dialog.changed.connect(lambda _: self.statusBar().showMessage(changed, 8000))
        self.password_dialog.open()

    # -- language ------------------------------------------------------------------------------------
    def _language_menu(self) -> QToolButton:
        """A toolbar button whose menu lists the languages by their own names ("Français", "العربية"), so that
        someone can find their own whatever the screen speaks now; the button says "Language" in English too."""
        button = QToolButton(objectName="languageButton")
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        name = self.tr("Language")
        button.setText(name if name == "Language" else f"{name} (Language)")
        button.setToolTip(self.tr("The language of your screens; the window reopens in it and you stay logged in"))
        menu = QMenu(button)
        self.language_actions = QActionGroup(self)
        for code, (own_name, _locale) in i18n.LANGUAGES.items():
            action = menu.addAction(own_name)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == i18n.current_language())
            self.language_actions.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
        button.setMenu(menu)
        return button

    language_box: QMessageBox | None = None  # the question before the window reopens (tests answer it)

    def choose_language(self, language: str) -> None:
        """The menu's choice: after a question (what is typed and not saved is lost as the window reopens)."""
        self._check_language(i18n.current_language())
        if language == i18n.current_language() or self.locked:
            return
        name = i18n.LANGUAGES[language][0]
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Language"),
                          self.tr("Reopen this window in {language}? You stay logged in, but anything typed and "
                                  "not saved yet is lost.").format(language=name),
                          QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Ok).setText(name)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.buttonClicked.connect(lambda clicked: self.set_language(language) if box.standardButton(clicked)
                                  == QMessageBox.StandardButton.Ok else None)
        self.language_box = box
        box.open()

    def _check_language(self, language: str) -> None:
        for action in self.language_actions.actions():
            action.setChecked(action.data() == language)

    def set_language(self, language: str) -> None:
        """Store the staff member's language (core.set_my_language: it follows them to every workstation), then
        install it and reopen this window in it."""
        language = i18n.supported(language)
        self.language_button.setEnabled(False)

        def store(session):  # noqa: ANN001, ANN202
            settings.set_my_language(session, language)
            return settings.my_language(session)

        def failed(error: KnownError) -> None:
            self.language_button.setEnabled(not self.locked)
            self.statusBar().showMessage(self.tr("The language was not changed: {reason}").format(
                reason=error.message), 10000)

        self.ops.run_change(self, store, self._language_stored, noun=Change.STAFF, on_error=failed)

    def _language_stored(self, chosen: tuple[str, str | None]) -> None:
        language, locale = chosen
        self.db.identity = replace(self.db.identity, language=language, locale=locale)
        workstation.install(language, locale)
        # After this answer's own bookkeeping (the "changed" broadcast): this window's views may still be called.
        QTimer.singleShot(0, self, self.rebuild)

    def rebuild(self) -> MainWindow:
        """This login's window again, built in the language installed now: the same workspace on screen, the same
        database session (no new login); this window stops its workers and closes without logging out."""
        key = self.workspace_box.currentData()
        successor = MainWindow(self.db, preset_role=key, **self._options)
        successor.ops.show_errors = self.ops.show_errors
        if self.alerts is not None and successor.alerts is not None:
            successor.alerts.take_over(self.alerts)
        self.successor = successor
        self.handed_over = True
        self.replaced.emit(successor)
        if self.isMaximized():
            successor.showMaximized()
        else:
            successor.setGeometry(self.geometry())
            successor.show()
        self.close()
        return successor

    # -- leaving -------------------------------------------------------------------------------------
    def logout(self) -> None:
        """Switch user: the login window opens first, so closing this one never leaves the program windowless."""
        self.logged_out.emit()
        self.close()

    def _fit_to_screen(self) -> None:
        """Normal size: most of the screen (the app shows the window maximised); never larger than the screen."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(1280, 800)
            return
        area = screen.availableGeometry()
        self.resize(min(1600, int(area.width() * 0.9)), min(1000, int(area.height() * 0.9)))

    closing = False

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        self.closing = True
        self.heartbeat.stop()
        self.idle_timer.stop()
        if self.listener is not None:
            self.listener.stop()
        QApplication.instance().removeEventFilter(self.activity)
        self.ops.shutdown()
        if not self.handed_over:
            self.db.close()
        super().closeEvent(event)

