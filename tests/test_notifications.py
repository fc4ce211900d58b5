"""The notification listener across a real server restart: a throwaway cluster of its own is stopped and started
while the doctor's listener runs; an alert sent while the server was down for the listener (after the restart,
before it reconnected) and one sent after it reconnected both arrive."""
from __future__ import annotations

import os
import socket
import time

import psycopg
import pytest
from PySide6.QtCore import Qt

from hospital_desktop.core.notifications import NotificationListener
from hospital_desktop.core.profiles import KEEPALIVE_IDLE
from server_db import migrate
from server_db.demo.generate import load_demo
from server_db.embedded import LocalCluster

pytestmark = pytest.mark.db


def wait_for(condition, timeout: float = 20.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_the_listener_gets_alerts_after_a_server_restart(qapp):
    cluster = LocalCluster.in_temp_dir("hms-restart-", fast=True)
    try:
        cluster.start()
        url = cluster.create_database("hospital")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, 20, seed=5)
        state = cluster.state
        doctor_url = state.url("hospital", user="doctor1", password="demo")
        received: list[int] = []
        online: list[bool] = []
        listener = NotificationListener(lambda: psycopg.connect(doctor_url, connect_timeout=2), poll_seconds=0.2,
                                        retry_seconds=(0.2, 0.5))
        listener.received.connect(lambda n: received.append(n.id), Qt.ConnectionType.DirectConnection)
        listener.online.connect(online.append, Qt.ConnectionType.DirectConnection)
        listener.start()
        try:
            wait_for(lambda: online == [True])

            def send(title: str) -> int:
                with psycopg.connect(url, autocommit=True) as conn:
                    return conn.execute("INSERT INTO notify.notification (recipient_id, kind, title) SELECT id, "
                                        "'lab_result', %s FROM core.staff WHERE username = 'doctor1' RETURNING id",
                                        (title,)).fetchone()[0]
            before = send("before the restart")
            wait_for(lambda: before in received)
            cluster.stop()
            wait_for(lambda: online[-1] is False)
            cluster.start()
            during = send("sent before the listener reconnected")
            wait_for(lambda: during in received)
            assert online[-1] is True and online.count(True) == 2
            after = send("after reconnecting")
            wait_for(lambda: after in received)
            # The backlog read on reconnect repeats what is still unacknowledged (the banner drops repeats by id).
            assert {before, during, after} <= set(received)  # (and the demo's unread results)
        finally:
            listener.stop()
    finally:
        cluster.destroy()


def test_the_listener_connection_notices_a_vanished_server(login_db):
    """A server that vanishes without a reset (a power cut, not a stopped process) leaves an idle connection waiting
    for ever unless TCP keepalives probe it: the listener's connections have them (libpq keepalives_*), so it goes
    offline and reconnects by the host list within about 25 s."""
    db = login_db("doctor1")
    with db.new_connection() as conn:
        sock = socket.socket(fileno=os.dup(conn.fileno()))
        try:
            assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) == 1
            if hasattr(socket, "TCP_KEEPIDLE"):  # Linux
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE) == KEEPALIVE_IDLE
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL) == 5
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT) == 3
                assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT) == 30_000
        finally:
            sock.close()
