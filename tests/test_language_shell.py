"""Per-user language (issue 18): the login reads the staff member's language, the main window's language menu
stores it (core.set_my_language) and reopens the window in it with the same database session, the next login
opens in it, Arabic turns the layout right to left, and the login window's own choice switches its texts."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from hospital_desktop import i18n
from hospital_desktop.core import settings
from hospital_desktop.core.profiles import ProfileStore
from hospital_desktop.core.session import effective_language
from hospital_desktop.shell import workstation
from hospital_desktop.shell.login_dialog import LoginDialog
from hospital_desktop.shell.main_window import MainWindow
from hospital_desktop.shell.windows import Windows
from hospital_desktop.widgets.charts import BarChart
from server_db.staff import create_staff

WAIT = 20000
PASSWORD = "Many-Tongues-2026"


@pytest.fixture(autouse=True)
def english_afterwards(qapp, tmp_path, monkeypatch):
    """Each test has a workstation of its own (its remembered language) and leaves the program in English."""
    monkeypatch.setenv("HMS_CONFIG_DIR", str(tmp_path / "config"))
    yield
    i18n.install("en")


@pytest.fixture()
def polyglot(admin) -> str:
    """A nurse of her own (the alert bar and its listener come with the role), back to the hospital's language
    before each test; returns the login."""
    with admin.transaction():
        if not admin.execute("SELECT 1 FROM core.staff WHERE username = 'polyglot'").fetchone():
            create_staff(admin, "polyglot", PASSWORD, ["nurse"], full_name="Inès Polyglot", departments=["MEDW"],
                         adopt_existing_login=True)
        admin.execute("UPDATE core.staff SET language = NULL, locale = NULL WHERE username = 'polyglot'")
    return "polyglot"


def _stored(admin, login: str) -> tuple[str | None, str | None]:
    return admin.execute("SELECT language, locale FROM core.staff WHERE username = %s", (login,)).fetchone()


def _window(qtbot, db) -> MainWindow:
    window = MainWindow(db, idle_lock_seconds=0)
    window.ops.show_errors = False
    qtbot.addWidget(window)
    window.show()
    return window


def _close(window: MainWindow) -> None:
    window.close()  # logs out (qtbot deletes it)


def test_the_staff_members_language_or_the_hospitals():
    assert effective_language(None, None, "en", "en_GB") == ("en", "en_GB")
    assert effective_language("fr", None, "en", "en_GB") == ("fr", None)  # French screens, French formats
    assert effective_language("fr", None, "fr", "fr_BE") == ("fr", "fr_BE")  # the hospital's, of that language
    assert effective_language("es", "es_MX", "en", "en_GB") == ("es", "es_MX")
    assert effective_language(None, None, None, None) == ("en", None)


def test_the_language_menu_stores_the_choice_and_reopens_the_window_in_it(qtbot, login_db, polyglot, admin,
                                                                          server_profile, tmp_path):
    db = login_db(polyglot, PASSWORD)
    assert (db.identity.language, db.identity.locale) == ("en", "en_GB")  # the hospital's
    window = _window(qtbot, db)
    window.select_workspace("patients")
    assert [a.text() for a in window.language_actions.actions()] == ["English", "Français", "Español", "العربية"]
    assert window.listener is not None and window.listener._thread is not None

    french = next(a for a in window.language_actions.actions() if a.data() == "fr")
    french.trigger()
    box = window.language_box
    assert box is not None and box.isVisible() and "Français" in box.text()
    with qtbot.waitSignal(window.replaced, timeout=WAIT) as replaced:
        box.button(QMessageBox.StandardButton.Ok).click()
    successor: MainWindow = replaced.args[0]
    qtbot.addWidget(successor)

    # Stored for the staff member, installed, remembered for this workstation.
    assert _stored(admin, polyglot) == ("fr", None)
    assert i18n.current_language() == "fr" and QLocale().name() == "fr_FR"
    assert workstation.last_language() == ("fr", None)
    # The window was rebuilt in French on the same workspace, with the same login: no new one, still working.
    assert not window.isVisible() and successor.isVisible()
    assert successor.db is db and successor.identity.language == "fr"
    assert successor.current_workspace().key == "patients"
    assert successor.logout_action.text() == "Changer d’utilisateur…"
    assert successor.workspace_box.currentText() == "Patients"
    assert "Connecté" in successor.connection_label.text()
    answers = []
    successor.ops.run_query(None, settings.my_language, answers.append)
    qtbot.waitUntil(lambda: answers == [("fr", None)], timeout=WAIT)
    # The old window's workers and alert listener stopped; the new window has its own.
    assert window.ops.closed and window.listener._thread is None and not window.heartbeat.isActive()
    assert successor.listener is not None and successor.listener._thread is not None
    qtbot.waitUntil(lambda: successor.alerts.status.text() == "", timeout=WAIT)  # the new listener is online
    _close(successor)

    # The next login as this user, on this workstation, opens in French: the login window already speaks it.
    i18n.install("en")
    workstation.install_last_language()
    store = ProfileStore(path=tmp_path / "profiles.json")
    store.upsert(server_profile)
    windows = Windows(store, maximized=False, idle_lock_seconds=0)
    dialog = windows.show_login()
    qtbot.addWidget(dialog)
    assert dialog.login_button.text() == "Se connecter"
    dialog._reload_profiles(select=server_profile.name)
    dialog.username.setText(polyglot)
    dialog.password.setText(PASSWORD)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: bool(windows.windows), timeout=WAIT)
    reopened = windows.windows[0]  # the program's windows own it (and delete it once it is rebuilt)
    reopened.ops.show_errors = False
    assert reopened.identity.language == "fr" and i18n.current_language() == "fr"
    assert reopened.lock_action.text() == "Verrouiller"

    # The program's windows follow a rebuild: the new window is the one kept, and switching user from it opens
    # the login window in the language just chosen.
    with qtbot.waitSignal(reopened.replaced, timeout=WAIT) as replaced:
        reopened.set_language("es")
    spanish: MainWindow = replaced.args[0]
    qtbot.addWidget(spanish)
    spanish.ops.show_errors = False
    assert windows.windows == [spanish] and spanish.lock_action.text() == "Bloquear"
    spanish.logout()
    assert len(windows.dialogs) == 2 and windows.dialogs[-1].login_button.text() == "Iniciar sesión"
    qtbot.addWidget(windows.dialogs[-1])


def test_arabic_turns_the_layout_right_to_left(qtbot, login_db, polyglot, admin):
    window = _window(qtbot, login_db(polyglot, PASSWORD))
    assert not window.isRightToLeft()
    with qtbot.waitSignal(window.replaced, timeout=WAIT) as replaced:
        window.set_language("ar")
    successor: MainWindow = replaced.args[0]
    qtbot.addWidget(successor)
    assert _stored(admin, polyglot) == ("ar", None)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert successor.isRightToLeft() and successor.identity.language == "ar"
    assert successor.lock_action.text() == "قفل"
    # The toolbar reads from the right: the workspace choice stands right of the language button.
    assert successor.workspace_box.mapTo(successor, successor.workspace_box.rect().topLeft()).x() > \
        successor.language_button.mapTo(successor, successor.language_button.rect().topLeft()).x()
    # Charts are mirrored too: values on the right, the first category at the right.
    chart = BarChart("x")
    qtbot.addWidget(chart)
    chart.set_data(["A", "B"], {"n": [1.0, 2.0]})
    assert chart.value_side == "right" and chart.plot.getAxis("right").isVisible()
    assert not chart.plot.getAxis("left").isVisible() and chart.plot.getViewBox().xInverted()
    # Back to English the same way: left to right again.
    with qtbot.waitSignal(successor.replaced, timeout=WAIT) as replaced:
        successor.set_language("en")
    third: MainWindow = replaced.args[0]
    qtbot.addWidget(third)
    assert not third.isRightToLeft() and third.lock_action.text() == "Lock"
    assert _stored(admin, polyglot) == ("en", None)
    _close(third)


def test_the_login_windows_choice_switches_its_own_texts(qtbot, tmp_path):
    dialog = LoginDialog(ProfileStore(path=tmp_path / "p.json"),
                         demo_logins=[("doctor1", "doctor", "Dr Amelia Grant", "General Medicine")],
                         demo_password="demo")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.login_button.text() == "Log in" and dialog.language_box.currentData() == "en"
    dialog.try_login()  # nothing typed: the message is the dialog's own, and follows the language
    assert dialog.message.text() == "Enter your user name and password."

    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
    assert i18n.current_language() == "fr"
    assert dialog.login_button.text() == "Se connecter"
    assert dialog.windowTitle() == "Hospital Desktop — connexion"
    assert dialog.message.text() == "Saisissez votre identifiant et votre mot de passe."
    assert dialog.demo_buttons["doctor1"].text().startswith("Médecin · doctor1")
    assert workstation.last_language() == ("fr", None)  # the workstation's next login window speaks it

    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ar"))
    assert dialog.login_button.text() == "تسجيل الدخول"
    qtbot.waitUntil(dialog.isRightToLeft, timeout=WAIT)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert dialog.login_button.text() == "Log in"
    qtbot.waitUntil(lambda: not dialog.isRightToLeft(), timeout=WAIT)


def test_the_shells_own_windows_leave_nothing_untranslated(qtbot, login_db, polyglot, tmp_path):
    """Under the pseudo-locale every text of the shell's own windows is marked ⟦…⟧ (the workspaces are their
    areas' own: tests/test_translations.py walks them)."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas
    from untranslated import untranslated_texts

    from hospital_desktop.core.profiles import ServerProfile
    from hospital_desktop.shell.login_dialog import ProfileDialog
    from hospital_desktop.shell.second_factor_dialog import SecondFactorDialog
    from hospital_desktop.widgets.charts import LineChart
    from hospital_desktop.widgets.patient_banner import PatientBanner
    from hospital_desktop.widgets.patient_search import PatientSearchBox
    from hospital_desktop.widgets.print_preview import PrintPreviewDialog
    from hospital_desktop.widgets.safety import OverrideStop

    i18n.install(i18n.PSEUDO)
    shown = []
    # Standard buttons (QDialogButtonBox) are Qt's own, translated by Qt's qtbase_*.qm, which has no pseudo-locale.
    qt_own = frozenset({"OK", "Cancel", "Save", "Close"})

    def check(widget, data: frozenset[str] = frozenset()) -> None:  # noqa: ANN001
        qtbot.addWidget(widget)
        widget.show()
        shown.extend(untranslated_texts(widget, data=data | qt_own))

    login = LoginDialog(ProfileStore(path=tmp_path / "p.json"), demo_password="demo",
                        demo_logins=[("doctor1", "doctor", "Dr Amelia Grant", "General Medicine")])
    login.try_login()
    check(login, data=frozenset({"This computer (localhost/hospital)", "Dr Amelia Grant"}))
    check(ProfileDialog(ServerProfile(name="x")))

    class Db:
        username = "doctor1"
    check(SecondFactorDialog(Db()))
    check(OverrideStop(None, "⟦Title⟧", "⟦Message⟧", ["⟦hit⟧"]))
    check(PatientSearchBox())
    chart = LineChart("⟦Chart⟧")
    check(chart)
    banner = PatientBanner()
    check(banner)
    pdf = BytesIO()
    canvas = Canvas(pdf)
    canvas.drawString(72, 720, "page")
    canvas.save()
    check(PrintPreviewDialog(pdf.getvalue(), "⟦Invoice⟧", "x.pdf"))

    window = MainWindow(login_db(polyglot, PASSWORD), idle_lock_seconds=0,
                        workspace_factory=lambda group: [])  # the shell alone: toolbar, alert bar, status bar
    window.ops.show_errors = False
    window.alerts.set_online(False)  # the alert bar shows its offline state
    check(window, data=frozenset({"Inès Polyglot"}))
    window.lock()
    shown.extend(untranslated_texts(window, data=qt_own))
    assert not sorted(set(shown)), "\n".join(sorted(set(shown)))
    window.close()
