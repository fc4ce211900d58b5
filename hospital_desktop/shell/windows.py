"""The program's windows, from the login to logging out: the login window speaks the workstation's last language
(and its own choice switches it); a login opens the main window in the staff member's own language (remembered for
this workstation); "Switch user" opens the login window again; a main window rebuilt in another language by its
language menu takes over from the one that built it (the same login, no new one)."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.profiles import ProfileStore
from . import workstation
from .login_dialog import LoginDialog
from .main_window import MainWindow


class Windows(QObject):
    nothing_open = Signal()  # the login window was closed with no main window open: the program may end

    def __init__(self, store: ProfileStore, *, demo_logins: list[tuple[str, ...]] | None = None,
                 demo_password: str = "", role: str | None = None, idle_lock_seconds: float | None = None,
                 select_profile: str | None = None, maximized: bool = True):
        super().__init__()
        self.store = store
        self.demo_logins = demo_logins
        self.demo_password = demo_password
        self.role = role  # a workstation preset (--role): the workspace the main window opens on
        self.idle_lock_seconds = idle_lock_seconds
        self.select_profile = select_profile
        self.maximized = maximized
        self.windows: list[MainWindow] = []
        self.dialogs: list[LoginDialog] = []

    def show_login(self, message: str | None = None) -> LoginDialog:
        """The login window, in the language this workstation last spoke."""
        dialog = LoginDialog(self.store, demo_logins=self.demo_logins, demo_password=self.demo_password,
                             preset_role=self.role)
        if message:
            dialog.say(message)
        if self.select_profile:
            dialog._reload_profiles(select=self.select_profile)
        dialog.logged_in.connect(self.open_shell)
        dialog.rejected.connect(lambda: None if self.windows else self.nothing_open.emit())
        dialog.show()
        self.dialogs.append(dialog)
        return dialog

    def open_shell(self, db) -> MainWindow:  # noqa: ANN001 - core.session.Database
        """After a login: the staff member's own language (core.staff.language, else the hospital's) is installed
        first, so the window is built in it, and this workstation's next login window speaks it."""
        workstation.install_for(db.identity)
        # A workstation preset (--role, or the role in the installer's profile) picks the first workspace.
        window = MainWindow(db, idle_lock_seconds=self.idle_lock_seconds, preset_role=self.role or db.profile.role)
        self._adopt(window)
        if self.maximized:
            window.showMaximized()
        else:
            window.show()
        return window

    def _adopt(self, window: MainWindow) -> None:
        window.logged_out.connect(lambda: self.show_login(window.end_message))
        window.replaced.connect(lambda successor: self._replaced(window, successor))
        self.windows.append(window)

    def _replaced(self, old: MainWindow, successor: MainWindow) -> None:
        """The language menu rebuilt the window: the new one holds the login now, the old one goes."""
        self._adopt(successor)
        self.windows.remove(old)
        old.deleteLater()

    def any_visible(self) -> bool:
        return any(w.isVisible() for w in [*self.windows, *self.dialogs])
