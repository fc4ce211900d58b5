"""The second factor and the lock from the users' side (issue 19): the administrator sets up a nurse's authenticator
with the QR dialog (the code an authenticator app — pyotp here — computes from the scanned URI), the nurse logs in
with password and code, the workstation locks asking for a new code once the verified one has ended, and an
administrator unlocks a login locked by wrong codes."""
from __future__ import annotations

import itertools
import time
from urllib.parse import parse_qs, urlparse

import pyotp
import pytest
from sqlalchemy import text

from hospital_desktop.core.profiles import ProfileStore
from hospital_desktop.shell.login_dialog import LoginDialog
from server_db.staff import create_staff

PASSWORD = "Night-Shift-4821"
_n = itertools.count(1)


def phone_of(uri: str) -> pyotp.TOTP:
    """What an authenticator app makes of the scanned otpauth:// URI."""
    parsed = pyotp.parse_uri(uri)
    assert parse_qs(urlparse(uri).query)["algorithm"] == ["SHA256"] and parsed.digits == 6 and parsed.interval == 30
    return parsed


@pytest.fixture()
def nurse(admin):
    username = f"totpnurse{next(_n)}"
    with admin.transaction():
        staff_id = create_staff(admin, username, PASSWORD, ["nurse"], full_name="Ada Authenticator",
                                departments=["MEDW"])
    return username, staff_id


def _enrol_in_the_staff_screen(qtbot, shell, username: str) -> pyotp.TOTP:
    adm = shell("admin1")
    adm.select_workspace("staff")
    staff = adm.workspaces["staff"].widget
    staff.search.setText(username)
    qtbot.waitUntil(lambda: any(r.username == username for r in staff.rows), timeout=10000)
    staff.select_staff(next(r.id for r in staff.rows if r.username == username))
    qtbot.waitUntil(lambda: staff.current is not None and staff.current.username == username, timeout=10000)
    assert staff.authenticator_button.isVisible() and not staff.remove_authenticator_button.isVisible()
    staff.authenticator_button.click()
    dialog = staff.authenticator_dialog
    qtbot.waitUntil(lambda: dialog.authenticator is not None, timeout=10000)
    assert not dialog.qr.pixmap().isNull() and len(dialog.key.text()) > 30
    phone = phone_of(dialog.authenticator.uri)
    dialog.code.setText("000000" if phone.now() != "000000" else "111111")
    dialog.submit()
    qtbot.waitUntil(lambda: "does not match" in dialog.message.text(), timeout=10000)
    dialog.code.setText(phone.now())
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: staff.current is not None and staff.current.second_factor, timeout=10000)
    assert "authenticator app set up" in staff.state.text() and staff.remove_authenticator_button.isVisible()
    return phone


def test_admin_sets_up_the_authenticator_and_the_nurse_logs_in_with_it(qtbot, shell, nurse, tmp_path,
                                                                      server_profile, admin):
    username, staff_id = nurse
    phone = _enrol_in_the_staff_screen(qtbot, shell, username)
    store = ProfileStore(path=tmp_path / "profiles.json")
    store.upsert(server_profile)
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    logged_in = []
    dialog.logged_in.connect(logged_in.append)
    dialog.username.setText(username)
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.second_factor_dialog is not None, timeout=15000)
    code_dialog = dialog.second_factor_dialog
    code_dialog.code.setText("12")
    code_dialog.submit()
    assert "6 digits" in code_dialog.message.text()
    code_dialog.code.setText(phone.now())  # the code used for the enrolment: used once, refused
    code_dialog.submit()
    qtbot.waitUntil(lambda: "wrong or was already used" in code_dialog.message.text(), timeout=10000)
    assert not logged_in
    code_dialog.code.setText(phone.at(time.time() + 30))
    code_dialog.submit()
    qtbot.waitUntil(lambda: bool(logged_in), timeout=15000)
    db = logged_in[0]
    try:
        assert db.identity.second_factor == "verified"
        with db.session() as session:  # a pooled connection presents the token: the nurse is somebody
            assert session.execute(text("SELECT count(*) FROM registry.patient")).scalar() > 0
        assert admin.execute("SELECT count(*) FROM core.login_failure WHERE username = %s",
                             (username,)).fetchone()[0] == 1
    finally:
        db.close()
    # Logging out ended the token in the database.
    assert admin.execute("SELECT count(*) FROM core.second_factor_grant WHERE staff_id = %s AND ended_at IS NULL",
                         (staff_id,)).fetchone()[0] == 0


def test_the_workstation_locks_for_a_new_code_when_the_verified_one_ended(qtbot, shell, nurse, admin,
                                                                          server_profile):
    from hospital_desktop.core.session import Database
    from hospital_desktop.shell.main_window import MainWindow

    username, staff_id = nurse
    phone = _enrol_in_the_staff_screen(qtbot, shell, username)
    db = Database(server_profile, username, PASSWORD, application_name="pytest-qt")
    assert db.login().second_factor == "needed"
    assert db.verify_second_factor(phone.at(time.time() + 30))
    window = MainWindow(db, idle_lock_seconds=0)
    window.ops.show_errors = False
    qtbot.addWidget(window)
    window.show()
    try:
        # As if the shift's hours had passed: the grant expired, and the codes used are minutes old.
        admin.execute("UPDATE core.second_factor_grant SET expires_at = issued_at + interval '1 microsecond' "
                      "WHERE staff_id = %s", (staff_id,))
        admin.execute("UPDATE core.second_factor SET last_step = last_step - 10 WHERE staff_id = %s", (staff_id,))
        window.check_connection()
        qtbot.waitUntil(lambda: window.locked, timeout=10000)
        assert window.lock_screen.code.isVisible() and "expired" in window.lock_screen.info.text()
        window.lock_screen.password.setText(PASSWORD)
        window.lock_screen.try_unlock()  # no code typed: nothing happens
        assert window.locked
        window.lock_screen.code.setText(phone.now())
        window.lock_screen.try_unlock()
        qtbot.waitUntil(lambda: not window.locked, timeout=10000)
        assert not window.lock_screen.code.isVisible()
        assert db.ping() == "verified"
    finally:
        window.close()
        window.deleteLater()


def test_a_locked_login_is_told_so_and_the_admin_unlocks_it(qtbot, shell, nurse, admin, server_profile):
    from hospital_desktop.core.session import Database, LoginError

    username, staff_id = nurse
    phone = _enrol_in_the_staff_screen(qtbot, shell, username)
    admin.execute("UPDATE core.setting SET value = '3' WHERE key = 'login_lock_after'")
    try:
        db = Database(server_profile, username, PASSWORD)
        db.login()
        assert not db.verify_second_factor("000000" if phone.now() != "000000" else "111111")
        assert not db.verify_second_factor("999999" if phone.now() != "999999" else "888888")
        assert not db.verify_second_factor("123456" if phone.now() != "123456" else "654321")
        with pytest.raises(LoginError) as err:
            Database(server_profile, username, PASSWORD).login()
        assert "locked" in err.value.message
        db.close()
    finally:
        admin.execute("UPDATE core.setting SET value = '10' WHERE key = 'login_lock_after'")
    adm = shell("admin1")
    staff = adm.workspaces["staff"].widget
    adm.select_workspace("staff")
    staff.search.setText(username)
    qtbot.waitUntil(lambda: any(r.username == username and r.locked_at for r in staff.rows), timeout=10000)
    staff.select_staff(staff_id)
    qtbot.waitUntil(lambda: staff.current is not None and staff.current.id == staff_id
                    and staff.current.locked_at is not None, timeout=10000)
    assert staff.unlock_button.isVisible() and "locked" in staff.state.text()
    staff.unlock_button.click()
    assert "reason" in staff.message.text()
    staff.reason.setText("her own mistakes, checked by phone")
    staff.unlock_button.click()
    qtbot.waitUntil(lambda: "can log in again" in staff.message.text(), timeout=10000)
    assert Database(server_profile, username, PASSWORD).login().second_factor == "needed"
    qtbot.waitUntil(lambda: staff.history.rowCount() >= 3, timeout=10000)
    rows = [staff.history.item(r, 2).text() for r in range(staff.history.rowCount())]
    assert {"unlocked", "locked after failed logins", "authenticator set up"} <= set(rows)


def test_a_workstation_whose_login_is_deactivated_goes_back_to_the_login_window(qtbot, nurse, server_profile,
                                                                                connect_as):
    from hospital_desktop.core.session import Database
    from hospital_desktop.shell.main_window import MainWindow

    username, staff_id = nurse
    db = Database(server_profile, username, PASSWORD, application_name="pytest-qt")
    db.login()
    window = MainWindow(db, idle_lock_seconds=0)
    window.ops.show_errors = False
    qtbot.addWidget(window)
    window.show()
    out = []
    window.logged_out.connect(lambda: out.append(window.end_message))
    qtbot.waitUntil(lambda: window.listener is None or window.listener._conn is not None, timeout=10000)
    connect_as("admin1", autocommit=True).execute("SELECT core.admin_deactivate_staff(%s, 'left the ward')",
                                                  (staff_id,))
    started = time.monotonic()
    window.check_connection()  # the next heartbeat, or the listener noticing its ended connection
    qtbot.waitUntil(lambda: bool(out), timeout=10000)
    assert "session has ended" in out[0] and not window.isVisible()
    print(f"workstation back at the login window {time.monotonic() - started:.2f} s after the deactivation")
