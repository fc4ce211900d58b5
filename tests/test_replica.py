"""Dashboards and reports on a read-only replica (issue 9): a real hot standby of the test cluster
(pg_basebackup -R, streaming), a server profile that names it, and the client reading every dashboard figure
there, read-only, while everything else stays on the primary; when the standby is gone the same reads fall back
to the primary, still read-only."""
from __future__ import annotations

import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from hospital_desktop.core.session import Database
from hospital_desktop.dashboards import metrics
from server_db.demo.generate import DEMO_PASSWORD

pytestmark = pytest.mark.db

WAIT = 20000


@pytest.fixture(scope="module")
def standby(cluster, admin_url):
    base = Path(tempfile.mkdtemp(prefix="hms-test-standby-"))
    base.rmdir()
    replica = cluster.make_standby(base)
    try:
        replica.start()
        yield replica
    finally:
        replica.destroy()


def in_recovery(session) -> bool:  # noqa: ANN001
    return session.execute(text("SELECT pg_is_in_recovery()")).scalar_one()


def test_every_dashboard_figure_reads_from_the_standby_and_nothing_else_does(standby, server_profile, admin):
    profile = replace(server_profile, replica_hosts=[f"127.0.0.1:{standby.state.port}"]).validate()
    # The standby follows the primary: a registration made now is visible there a moment later.
    family = "REPLICA" + uuid.uuid4().hex[:6].upper()
    admin.execute("INSERT INTO registry.patient (family_name, given_name, sex, birth_date) "
                  "VALUES (%s, 'Follower', 'female', '1980-01-01')", (family,))
    with psycopg.connect(standby.state.url("hospital"), autocommit=True) as direct:
        deadline = time.monotonic() + 20
        while not direct.execute("SELECT count(*) FROM registry.patient WHERE family_name = %s",
                                 (family,)).fetchone()[0]:
            assert time.monotonic() < deadline, "the standby did not replay the primary's registration"
            time.sleep(0.1)

    for login, group in (("admin1", "hms_admin"), ("doctor1", "hms_doctor"), ("billing1", "hms_billing"),
                         ("pharmacist1", "hms_pharmacist"), ("lab1", "hms_lab"), ("nurse1", "hms_nurse"),
                         ("auditor1", "hms_auditor"), ("reception1", "hms_reception")):
        db = Database(profile, login, DEMO_PASSWORD, application_name="pytest-replica")
        try:
            db.login()
            with db.read_session() as session:
                assert in_recovery(session), login
                for metric in metrics.metrics_for(group):
                    data = metric.query(session)
                    assert data is not None, (login, metric.key)
            with db.session() as session:  # the workstation's own work stays on the primary
                assert not in_recovery(session)
                assert metrics.refresh_views(session) >= 0  # the views are refreshed there, not on the standby
        finally:
            db.close()

    # A modified client cannot write through the report connection (a standby refuses writes anyway).
    db = Database(profile, "admin1", DEMO_PASSWORD, application_name="pytest-replica")
    try:
        db.login()
        with pytest.raises(DBAPIError, match="read-only"), db.read_session() as session:
            session.execute(text("UPDATE core.setting SET value = value WHERE false"))
    finally:
        db.close()


def test_reports_fall_back_to_the_primary_read_only_when_no_standby_answers(server_profile, login_db):
    unreachable = f"127.0.0.1:{_closed_port()}"
    profile = replace(server_profile, replica_hosts=[unreachable]).validate()
    db = Database(profile, "billing1", DEMO_PASSWORD, application_name="pytest-replica")
    try:
        db.login()
        with db.read_session() as session:
            assert not in_recovery(session)
            assert session.execute(text("SHOW transaction_read_only")).scalar_one() == "on"
            assert metrics.REVENUE.query(session) is not None
        # And without any replica configured the reports run on the primary, read-only too.
        plain = login_db("billing1")
        with plain.read_session() as session:
            assert session.execute(text("SHOW transaction_read_only")).scalar_one() == "on"
    finally:
        db.close()


def test_the_admin_dashboard_window_uses_the_replica(qtbot, standby, server_profile):
    from hospital_desktop.shell.main_window import MainWindow

    profile = replace(server_profile, replica_hosts=[f"127.0.0.1:{standby.state.port}"]).validate()
    db = Database(profile, "admin1", DEMO_PASSWORD, application_name="pytest-replica")
    db.login()
    window = MainWindow(db, idle_lock_seconds=0)
    window.ops.show_errors = False
    qtbot.addWidget(window)
    window.show()
    board = window.current_workspace().widget
    qtbot.waitUntil(lambda: board.idle and board.loaded_at is not None, timeout=WAIT)
    failed = {key: panel.error for key, panel in board.panels.items() if panel.error}
    assert not failed, failed
    assert db._read_engine is not None and db._read_engine.pool.checkedin() > 0  # the figures came from there
    window.close()


def _closed_port() -> int:
    from server_db.embedded import free_port
    return free_port()  # bound then released: nothing listens there
