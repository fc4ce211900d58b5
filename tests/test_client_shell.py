"""The client shell from the user's side: login messages, workspaces per role, idle lock, reconnect,
the operation helper, the lazy model, and the rule that views never touch SQL."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex

from hospital_desktop.core import secrets
from hospital_desktop.core.changes import Change
from hospital_desktop.core.errors import KnownError
from hospital_desktop.core.profiles import ProfileStore, ServerProfile
from hospital_desktop.core.session import Database, LoginError
from hospital_desktop.registry import queries
from hospital_desktop.shell.login_dialog import LoginDialog
from hospital_desktop.widgets.lazy_table import KeysetTableModel
from server_db.staff import create_staff, deactivate_staff

ROOT = Path(__file__).resolve().parent.parent / "hospital_desktop"


def test_view_modules_never_import_the_database_driver():
    """Views, widgets and the shell reach the database only through core.ops and the query modules."""
    offenders = []
    for path in ROOT.rglob("*.py"):
        rel = path.relative_to(ROOT)
        if not ({"views", "widgets", "shell"} & set(rel.parts)):
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{rel}: {n}" for n in names if n.split(".")[0] in ("sqlalchemy", "psycopg")]
    assert not offenders, offenders
    assert len([p for p in ROOT.rglob("*.py") if "views" in p.parts]) >= 5  # the scan saw the views


# -- login -------------------------------------------------------------------------------------------
def _login_error(profile: ServerProfile, user: str, password: str) -> LoginError:
    with pytest.raises(LoginError) as err:
        Database(profile, user, password).login()
    return err.value


def test_each_login_failure_has_its_own_message(server_profile, admin):
    assert _login_error(server_profile, "reception1", "wrong").kind == "credentials"
    assert _login_error(server_profile, "nobody-at-all", "wrong").kind == "credentials"
    unreachable = ServerProfile(name="gone", hosts=["127.0.0.1:1"], sslmode="disable")
    assert _login_error(unreachable, "reception1", "demo").kind == "unreachable"
    wrong_db = ServerProfile(name="x", hosts=["127.0.0.1"], port=server_profile.port, database="nope",
                             sslmode="disable")
    assert _login_error(wrong_db, "reception1", "demo").kind == "database"
    admin.execute("DROP ROLE IF EXISTS outsider")
    admin.execute("CREATE ROLE outsider LOGIN PASSWORD 'outsider-pw'")
    admin.execute("GRANT CONNECT ON DATABASE hospital TO outsider")
    assert _login_error(server_profile, "outsider", "outsider-pw").kind == "not_staff"
    with admin.transaction():
        create_staff(admin, "leaver", "Gone-Home-5512", ["nurse"], full_name="Leaving Nurse")
    with admin.transaction():
        deactivate_staff(admin, "leaver")
    err = _login_error(server_profile, "leaver", "Gone-Home-5512")
    assert err.kind == "deactivated" and "deactivated" in err.message


def test_login_dialog_logs_in_and_remembers_only_in_the_keyring(qtbot, tmp_path, server_profile, monkeypatch):
    stored: dict = {}
    monkeypatch.setattr(secrets.keyring, "set_password", lambda s, u, p: stored.__setitem__((s, u), p))
    monkeypatch.setattr(secrets.keyring, "get_password", lambda s, u: stored.get((s, u)))
    store = ProfileStore(path=tmp_path / "profiles.json")
    store.upsert(server_profile)
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.username.setText("reception1")
    dialog.password.setText("wrong")
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.failure_kind == "credentials", timeout=10000)
    assert "wrong" in dialog.message.text()
    dialog.password.setText("demo")
    dialog.remember.setChecked(True)
    with qtbot.waitSignal(dialog.logged_in, timeout=10000) as blocker:
        dialog.try_login()
    db = blocker.args[0]
    assert db.identity.username == "reception1" and db.identity.groups == ("hms_reception",)
    db.close()
    assert stored == {("hospital-desktop:test cluster", "reception1"): "demo"}
    saved = (tmp_path / "profiles.json").read_text()
    assert "demo" not in saved.replace("demo_", "") and "reception1" in saved  # user name yes, password never


def test_preset_profile_file_fixes_the_server(tmp_path):
    preset = tmp_path / "preset.json"
    preset.write_text('{"profiles": [{"name": "Ward 3", "hosts": ["db1.hospital", "db2.hospital:5433"], '
                      '"database": "hospital", "sslmode": "verify-full", "role": "nurse"}]}')
    store = ProfileStore(path=tmp_path / "mine.json", preset_file=preset)
    (profile,) = store.load()
    info = profile.conninfo("nurse1", "pw", "hd:test")
    assert info["host"] == "db1.hospital,db2.hospital" and info["port"] == "5432,5433"
    assert info["target_session_attrs"] == "read-write" and info["sslmode"] == "verify-full"
    assert profile.role == "nurse"
    assert profile.replica_conninfo("nurse1", "pw", "hd:test") is None  # no replica: reports on the primary


def test_profile_dialog_keeps_the_preset_role_and_sets_replicas(qtbot):
    from hospital_desktop.shell.login_dialog import ProfileDialog

    dialog = ProfileDialog(ServerProfile(name="Ward 3", hosts=["db1"], role="nurse", last_user="nurse1"))
    qtbot.addWidget(dialog)
    dialog.replicas.setText(" report1:5433, ")
    dialog._accept()
    profile = dialog.profile
    assert profile is not None and profile.role == "nurse" and profile.last_user == "nurse1"
    assert profile.replica_hosts == ["report1:5433"]
    info = profile.replica_conninfo("nurse1", "pw", "hd:test")
    assert info["host"] == "report1,db1" and info["port"] == "5433,5432"
    assert info["target_session_attrs"] == "prefer-standby" and "default_transaction_read_only=on" in info["options"]
    assert "sslrootcert" not in profile.conninfo("nurse1", "pw", "hd:test")  # empty CA field: libpq's default


def test_profile_dialog_sets_the_ca_file(qtbot):
    from hospital_desktop.shell.login_dialog import ProfileDialog

    dialog = ProfileDialog(ServerProfile(name="Ward 3", hosts=["db1"]))
    qtbot.addWidget(dialog)
    dialog.sslmode.setCurrentText("verify-full")
    dialog.ca_file.setText(" /etc/xdg/hospital-desktop/hospital-ca.crt ")
    dialog._accept()
    info = dialog.profile.conninfo("nurse1", "pw", "hd:test")
    assert info["sslmode"] == "verify-full" and info["sslrootcert"] == "/etc/xdg/hospital-desktop/hospital-ca.crt"


# -- shell -------------------------------------------------------------------------------------------
def test_workspaces_follow_the_login_roles(shell):
    window = shell("reception1")
    assert [window.workspace_box.itemData(i) for i in range(window.workspace_box.count())] == [
        "dashboard_reception", "reception", "appointments", "queue", "beds"]
    assert window.current_workspace().key == "dashboard_reception"  # every role opens on its dashboard
    assert "Rosa Martin" in window.user_label.text() and "test cluster" in window.server_label.text()


@pytest.fixture()
def lead_clerk(admin) -> str:
    """A staff member in two roles (reception and admin); returns the login."""
    with admin.transaction():
        if not admin.execute("SELECT 1 FROM core.staff WHERE username = 'lead_clerk'").fetchone():
            create_staff(admin, "lead_clerk", "lead-password", ["reception", "admin"], full_name="Lead Clerk",
                         adopt_existing_login=True)
    return "lead_clerk"


def test_a_login_with_two_roles_switches_between_workspaces(qtbot, login_db, lead_clerk):
    from hospital_desktop.shell.main_window import MainWindow
    window = MainWindow(login_db(lead_clerk, "lead-password"), idle_lock_seconds=0, preset_role="patient_index")
    qtbot.addWidget(window)
    keys = [window.workspace_box.itemData(i) for i in range(window.workspace_box.count())]
    assert sorted(keys) == ["appointments", "beds", "dashboard_admin", "dashboard_reception", "duplicates",
                            "patient_index", "queue", "reception", "reference", "settings", "staff"]
    assert window.current_workspace().key == "patient_index"
    assert window.select_workspace("reception")
    assert window.visible_page() is window.workspaces["reception"].widget


def test_idle_workstation_locks_and_needs_the_password(qtbot, shell):
    window = shell("reception1", idle_lock_seconds=0.5)
    window.select_workspace("reception")
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    assert window.visible_page() is window.lock_screen
    window.lock_screen.password.setText("not-it")
    window.lock_screen.try_unlock()
    qtbot.waitUntil(lambda: "not your password" in window.lock_screen.message.text(), timeout=10000)
    assert window.locked
    window.idle_lock_seconds = 0  # do not lock again while the test types
    window.lock_screen.password.setText("demo")
    window.lock_screen.try_unlock()
    qtbot.waitUntil(lambda: not window.locked, timeout=10000)
    assert window.visible_page() is window.workspaces["reception"].widget


def test_reconnects_by_itself_after_the_connection_drops(qtbot, shell, admin):
    window = shell("reception1")
    ops = window.ops
    results = []
    ops.run_query(None, lambda s: s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar(), results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'reception1'")
    ops.run_query(None, lambda s: s.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar(), results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=10000)
    assert results[0] != results[1]  # a fresh connection, made without the user noticing
    window.check_connection()
    qtbot.waitUntil(lambda: "Connected" in window.connection_label.text(), timeout=10000)


def test_known_failures_become_plain_messages(qtbot, shell):
    window = shell("reception1")
    failures: list[KnownError] = []
    window.ops.failed.connect(failures.append)
    window.ops.run_query(None, lambda s: s.connection().exec_driver_sql("SELECT body FROM clinical.note").all(),
                         lambda _: None)
    qtbot.waitUntil(lambda: bool(failures), timeout=10000)
    assert failures[0].kind == "permission" and "not allow" in failures[0].message
    data = queries.PatientInput("A", "B", "01.01.2000", "female", national_id="N000000001")
    window.ops.run_change(None, lambda s: (queries.register(s, data), queries.register(s, data)), lambda _: None,
                          noun="patient")
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=10000)
    assert failures[1].kind == "conflict" and "national ID" in failures[1].message
    window.ops.run_query(None, lambda s: 1 / 0, lambda _: None)
    qtbot.waitUntil(lambda: len(failures) == 3, timeout=10000)
    assert failures[2].kind == "bug" and "ZeroDivisionError" in failures[2].detail


def test_changed_signal_after_a_change(qtbot, shell):
    window = shell("reception1")
    data = queries.PatientInput("Signal", "Changed", "02.02.2002", "male")
    with qtbot.waitSignal(window.ops.changed, timeout=10000) as blocker:
        window.ops.run_change(None, lambda s: queries.register(s, data), lambda _: None, noun="patient",
                              reason="test")
    assert blocker.args == ["patient"]


# -- lazy model --------------------------------------------------------------------------------------
def test_lazy_patient_model_loads_page_by_page(qtbot, qtmodeltester, shell):
    window = shell("reception1")
    model = KeysetTableModel(window.ops, [("MRN", lambda p: p.mrn), ("Name", lambda p: p.display_name)],
                             queries.row_key, page_size=25)
    query = queries.SearchQuery(names=["a"])
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        model.set_query(lambda s, after, limit: queries.search_patients(s, query, after=after, limit=limit))
    assert model.rowCount() == 25 and model.canFetchMore(QModelIndex())  # not everything was loaded
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 50
    keys = [queries.row_key(r) for r in model.rows]
    assert keys == sorted(keys) and len(set(keys)) == 50  # keyset pages neither overlap nor skip
    qtmodeltester.check(model)


def test_lazy_model_drops_answers_to_an_older_query(qtbot, shell):
    window = shell("reception1")
    model = KeysetTableModel(window.ops, [("MRN", lambda p: p.mrn)], queries.row_key, page_size=10)
    slow = queries.SearchQuery(names=["e"])
    fast = queries.SearchQuery(mrn="000000000")
    model.set_query(lambda s, after, limit: (s.connection().exec_driver_sql("SELECT pg_sleep(0.5)"),
                                             queries.search_patients(s, slow, after=after, limit=limit))[1])
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        model.set_query(lambda s, after, limit: queries.search_patients(s, fast, after=after, limit=limit))
    window.ops.wait_idle()
    qtbot.wait(100)
    assert model.rowCount() == 0


def test_operations_keep_the_ui_thread_free(qtbot, shell):
    """A slow query does not block the event loop: timers still fire while it runs."""
    window = shell("reception1")
    done, ticks = [], []
    from PySide6.QtCore import QTimer
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    window.ops.run_query(None, lambda s: s.connection().exec_driver_sql("SELECT pg_sleep(0.6)").all(), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    timer.stop()
    # A blocked loop fires a 20 ms timer once or twice over 0.6 s; a free one ~30 times (fewer on a loaded runner).
    assert len(ticks) >= 4, ticks


def test_what_a_job_holds_is_released_on_the_ui_thread(qtbot, shell):
    """A job's function (and whatever widget it captured) and its answer are let go on the UI thread, never on
    the worker: a widget destroyed on a worker thread deadlocked the suite (the QObject destructor waited for the
    GIL while the UI thread waited for Qt's lock)."""
    import threading
    import time
    import weakref

    window = shell("reception1")
    released: list[str] = []
    answers: list = []

    class Captured:  # stands for a widget a query's lambda refers to
        pass

    def start(fail: bool) -> None:
        captured = Captured()
        weakref.finalize(captured, lambda: released.append(threading.current_thread().name))

        def job(session, held=captured):  # noqa: ANN001, ANN202
            time.sleep(0.3)  # the caller lets go meanwhile: only the job holds it now
            # A failure's traceback holds this frame, and `held` with it, until the UI thread is done with it.
            return session.execute(text("SELECT 1 / 0" if fail else "SELECT 1")).scalar_one()

        window.ops.run_query(None, job, answers.append, on_error=answers.append)

    from sqlalchemy import text
    window.ops.show_errors = False
    start(fail=False)
    qtbot.waitUntil(lambda: len(released) == 1, timeout=10000)
    start(fail=True)
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10000)
    # The failure's traceback sits in a reference cycle (SQLAlchemy's frames hold the exception): collected by the
    # garbage collector, which runs on the UI thread only (core/gc_guard.py).
    import gc
    qtbot.waitUntil(lambda: gc.collect() >= 0 and len(released) == 2, timeout=10000)
    assert answers[0] == 1 and isinstance(answers[1], KnownError)
    assert released == [threading.main_thread().name] * 2, released



def test_workstation_preset_role_opens_that_workspace(qtbot, login_db, lead_clerk):
    from hospital_desktop.shell.main_window import MainWindow
    window = MainWindow(login_db(lead_clerk, "lead-password"), idle_lock_seconds=0, preset_role="admin")
    qtbot.addWidget(window)
    assert window.current_workspace().key == "dashboard_admin"  # the role's first workspace: its dashboard
    assert not window.select_workspace("pharmacist")  # a role this login does not have


def test_a_deadlock_is_retried_quietly(qtbot, shell):
    """The database's 'try again' (40P01) never reaches the user: the change runs again in a new transaction."""
    import psycopg
    window = shell("reception1")
    attempts, results, failures = [], [], []
    window.ops.failed.connect(failures.append)

    def change(session):  # noqa: ANN001, ANN202
        attempts.append(1)
        if len(attempts) == 1:
            session.connection().exec_driver_sql(
                "DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = 'deadlock_detected'; END $$")
        return len(attempts)

    window.ops.run_change(None, change, results.append, noun=Change.PATIENT)
    qtbot.waitUntil(lambda: bool(results) or bool(failures), timeout=10000)
    assert results == [2] and not failures
    assert psycopg.errors.DeadlockDetected.sqlstate == "40P01"
