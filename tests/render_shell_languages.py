"""Render the shell's windows (login, main window, lock screen, a critical-result stop, an override stop, the
second-factor and server-profile dialogs, charts, the patient banner) in French and Arabic to look at them.
Not part of the suite (its name does not start with test_); run it explicitly:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/render_shell_languages.py -q

Pictures go to $HMS_SHOTS_DIR (default /tmp/i18n-shots) as shell-<screen>-<language>.png."""
from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from stall_guard import settle

from hospital_desktop import i18n

pytestmark = pytest.mark.db
OUT = Path(os.environ.get("HMS_SHOTS_DIR") or "/tmp/i18n-shots")


@pytest.fixture(autouse=True)
def english_afterwards(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("HMS_CONFIG_DIR", str(tmp_path / "config"))
    yield
    i18n.install("en")


def _save(widget, name: str, language: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(OUT / f"shell-{name}-{language}.png"))


@pytest.mark.parametrize("language", ["fr", "ar", "es"])
def test_render(qtbot, shell, language, tmp_path):
    from hospital_desktop.core.profiles import ProfileStore, ServerProfile
    from hospital_desktop.shell.login_dialog import LoginDialog, ProfileDialog
    from hospital_desktop.shell.second_factor_dialog import SecondFactorDialog
    from hospital_desktop.widgets.charts import BarChart, LineChart
    from hospital_desktop.widgets.patient_banner import PatientBanner
    from hospital_desktop.widgets.safety import OverrideStop, SafetyStop

    i18n.install(language)
    login = LoginDialog(ProfileStore(path=tmp_path / "p.json"), demo_password="demo", demo_logins=[
        ("reception1", "reception", "Rosa Martin", "Reception and Admissions"),
        ("doctor1", "doctor", "Dr Amelia Grant", "General Medicine"),
        ("nurse1", "nurse", "Sam Okafor", "Medical Ward"), ("admin1", "admin", "Alex Admin", "Administration")])
    qtbot.addWidget(login)
    login.resize(640, 420)
    login.show()
    login.try_login()  # nothing typed: its message shows too
    qtbot.wait(100)
    _save(login, "login", language)

    profile = ProfileDialog(ServerProfile(name="Hôpital", hosts=["db1", "db2"]))
    qtbot.addWidget(profile)
    profile.show()
    _save(profile, "profile", language)

    window = shell("doctor1")
    window.resize(1366, 768)
    settle(window.ops, qtbot)
    for stop in window.findChildren(SafetyStop):  # the demo doctor's critical result at login
        if stop.isVisible():
            qtbot.waitUntil(stop.confirm.isEnabled, timeout=5000)
            _save(stop, "critical-stop", language)
            stop.confirm.click()
    window.alerts.set_expanded(True)
    qtbot.wait(200)
    _save(window, "main-doctor", language)
    window.language_button.showMenu = lambda: None  # noqa: E731 - the menu is shown by the picture below
    menu = window.language_button.menu()
    menu.popup(window.language_button.mapToGlobal(window.language_button.rect().bottomLeft()))
    qtbot.wait(100)
    _save(menu, "language-menu", language)
    menu.hide()
    window.choose_language("en" if language != "en" else "fr")
    qtbot.wait(100)
    _save(window.language_box, "language-question", language)
    window.language_box.reject()
    window.lock()
    qtbot.wait(100)
    _save(window, "locked", language)

    reception = shell("reception1")
    reception.resize(1366, 768)
    settle(reception.ops, qtbot)
    _save(reception, "main-reception", language)

    banner = PatientBanner()
    qtbot.addWidget(banner)

    class Patient:  # what the banner reads of a registry PatientRow
        display_name, mrn, sex, birth_date = "MARTIN, Claire", "H000123", "female", date(1980, 12, 31)
        birth_date_accuracy, identity_status = "estimated", "unidentified"

        @staticmethod
        def age() -> int:
            return 45

    banner.show_patient(Patient(), ["Penicillin (severe)", "Latex"])
    banner.resize(1100, 90)
    banner.show()
    _save(banner, "banner", language)

    bars = BarChart("Revenue by department")
    bars.resize(640, 360)
    bars.set_data(["GEN", "CARD", "ER"], {"Invoiced": [12500, 8000, 15000], "Paid": [9000.0, 5000.0, 7000.0]})
    qtbot.addWidget(bars)
    bars.show()
    days = [date(2026, 11, 1) + timedelta(days=i) for i in range(10)]
    line = LineChart("Revenue per day")
    line.resize(640, 360)
    line.set_data(days, {"Revenue": [float(100 + 20 * i) for i in range(10)]})
    qtbot.addWidget(line)
    line.show()
    qtbot.wait(200)
    _save(bars, "bar-chart", language)
    _save(line, "line-chart", language)

    override = OverrideStop(None, "Allergy", "The patient is allergic to this drug.",
                            ["<b>Amoxicillin</b> — penicillin allergy (severe)"])
    qtbot.addWidget(override)
    override.show()
    qtbot.waitUntil(override.confirm.isEnabled, timeout=5000)
    _save(override, "override-stop", language)

    class Db:  # what the dialog reads of a Database
        username = "doctor1"

    code = SecondFactorDialog(Db())
    qtbot.addWidget(code)
    code.show()
    _save(code, "second-factor", language)
