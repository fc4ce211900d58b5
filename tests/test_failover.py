"""Failover without loss (issue 19): a synchronous streaming standby is promoted while workstations write, through
the client's own code (core/session.Database with a two-host profile, registry.queries.register). Every commit a
workstation saw acknowledged is on the new primary, every workstation writes again there by its host list
(target_session_attrs=read-write), and the audit chain verifies afterwards. The clinicians' alert listener
(core/notifications.py, in a real window) reaches the new primary by the same host list and delivers every durable
notification exactly once, and the window says it is reconnecting until it is back.

The part this project owns is tested here: the server settings (synchronous_standby_names), the client's host list
and reconnect, and the audit chain across the switch. Who decides to promote (Patroni or an operator's
`pg_ctl promote`) is docs/deployment.md's."""
from __future__ import annotations

import threading
import time
import uuid

import psycopg
import pytest
from PySide6.QtCore import Qt

from hospital_desktop.core.profiles import ServerProfile
from hospital_desktop.core.session import Database
from hospital_desktop.registry import queries
from server_db import migrate
from server_db.audit_chain import seal, verify
from server_db.embedded import SUPERUSER, LocalCluster, temp_base
from server_db.staff import create_staff

pytestmark = pytest.mark.db
WORKSTATIONS = 6
PASSWORD = "Failover-Test-1"


@pytest.fixture
def pair():
    primary = LocalCluster.in_temp_dir("hms-failover-primary-")
    standby = None
    try:
        url = primary.create_database()
        migrate.upgrade(url)
        with psycopg.connect(url, autocommit=True) as conn:
            create_staff(conn, "failclerk", PASSWORD, ["reception"], full_name="Failover Clerk")
            # Synchronous: a commit is acknowledged only once the standby has it (what makes "0 lost" possible).
            conn.execute("ALTER SYSTEM SET synchronous_standby_names = '*'")
            conn.execute("SELECT pg_reload_conf()")
        standby = primary.make_standby(temp_base("hms-failover-standby-"))
        standby.start()
        deadline = time.monotonic() + 30
        with psycopg.connect(url, autocommit=True) as conn:
            while conn.execute("SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync'").fetchone()[0] < 1:
                assert time.monotonic() < deadline, "the standby never became synchronous"
                time.sleep(0.1)
        yield primary, standby
    finally:
        for cluster in (standby, primary):
            if cluster is not None:
                cluster.destroy()


def two_hosts(primary: LocalCluster, standby: LocalCluster) -> ServerProfile:
    """A workstation profile listing both servers, the primary first."""
    return ServerProfile("failover", hosts=[f"127.0.0.1:{primary.state.port}", f"127.0.0.1:{standby.state.port}"],
                         database="hospital", sslmode="disable")


def kill(primary: LocalCluster) -> None:
    """Kill the primary (immediate: no shutdown checkpoint, what a power cut leaves)."""
    primary._run([primary._pg("pg_ctl"), "-D", str(primary.state.data_dir), "-m", "immediate", "-w", "stop"])  # noqa: SLF001


def promote(standby: LocalCluster) -> None:
    standby._run([standby._pg("pg_ctl"), "-D", str(standby.state.data_dir), "-w", "promote"])  # noqa: SLF001
    # The new primary has no standby of its own yet: with the copied synchronous_standby_names every commit would
    # wait for one for ever. The operator's promote step says so (docs/deployment.md).
    with psycopg.connect(standby.state.url("hospital"), autocommit=True) as conn:
        conn.execute("ALTER SYSTEM RESET synchronous_standby_names")
        conn.execute("SELECT pg_reload_conf()")


def test_a_promoted_synchronous_standby_has_every_acknowledged_commit(pair):
    primary, standby = pair
    profile = two_hosts(primary, standby)
    acknowledged: list[str] = []
    failures: list[str] = []
    after_switch: list[str] = []
    switched = threading.Event()
    stop = threading.Event()
    lock = threading.Lock()

    def workstation(n: int) -> None:
        db = Database(profile, "failclerk", PASSWORD, application_name=f"failover-ws{n}")
        db.login()
        while not stop.is_set():
            family = f"Failover-{uuid.uuid4().hex[:10]}"
            try:
                with db.session() as session:
                    queries.register(session, queries.PatientInput("Ws", family, "01.01.1980", "female"))
            except Exception as exc:  # noqa: BLE001 - the switch: not acknowledged, try again like the client does
                with lock:
                    failures.append(type(exc).__name__)
                time.sleep(0.2)
                continue
            with lock:  # acknowledged: the commit returned
                acknowledged.append(family)
                if switched.is_set():
                    after_switch.append(family)
        db.close()

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(WORKSTATIONS)]
    for t in threads:
        t.start()
    time.sleep(2)
    before = len(acknowledged)
    t0 = time.monotonic()
    kill(primary)
    promote(standby)
    switched.set()
    deadline = time.monotonic() + 60
    while len(after_switch) < WORKSTATIONS * 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    recovered = time.monotonic() - t0
    time.sleep(1)
    stop.set()
    for t in threads:
        t.join(timeout=30)

    new_url = standby.state.url("hospital")
    with psycopg.connect(new_url) as conn:
        stored = {r[0] for r in conn.execute("SELECT family_name FROM registry.patient WHERE family_name LIKE 'Failover-%'")}
        assert not conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]
        sealed = seal(conn)  # the events of both primaries, chained on the new one
        result = verify(conn)
    lost = [f for f in acknowledged if f not in stored]
    print(f"\nfailover: {before} commits before the switch, {len(acknowledged)} acknowledged in all, {len(lost)} lost, "
          f"{len(failures)} refused attempts during the switch, writes again on the new primary after {recovered:.1f} s")
    assert before > 0 and not lost
    assert len(after_switch) >= WORKSTATIONS * 3, "the workstations did not write on the new primary"
    assert sealed > 0 and result.ok and result.unsealed == 0, result.describe()


def test_the_alert_listener_catches_up_on_the_promoted_standby(pair, qtbot):
    """A doctor's window (the shell's own listener and alert bar) on the two-host profile while lab alerts are
    written for the doctor: before the kill, while the primary is dead, on the just-promoted standby before the
    listener is back (its reconnect is held until then, as a slow network would), and racing its reconnect. Every
    durable alert arrives exactly once. A nurse's window with no alerts reconnects by itself. Both windows say they
    are reconnecting, then that they are connected again."""
    from hospital_desktop.shell.main_window import MainWindow

    primary, standby = pair
    profile = two_hosts(primary, standby)
    with psycopg.connect(primary.state.url("hospital"), autocommit=True) as conn:
        doctor = create_staff(conn, "faildoc", PASSWORD, ["doctor"], full_name="Failover Doctor")
        create_staff(conn, "failnurse", PASSWORD, ["nurse"], full_name="Failover Nurse")
    may_reconnect = threading.Event()
    may_reconnect.set()

    def open_window(login: str, *, held: bool = False) -> MainWindow:
        db = Database(profile, login, PASSWORD, application_name=f"failover-{login}")
        db.login()
        if held:
            real_connection = db.new_connection

            def held_connection() -> psycopg.Connection:
                may_reconnect.wait(60)
                return real_connection()
            db.new_connection = held_connection
        window = MainWindow(db, idle_lock_seconds=0)
        window.ops.show_errors = False
        qtbot.addWidget(window)
        window.show()
        return window
    window = open_window("faildoc", held=True)
    nurse = open_window("failnurse")
    delivered: list[int] = []
    online: dict[str, list[tuple[float, bool]]] = {"doctor": [], "nurse": []}
    window.listener.received.connect(lambda n: delivered.append(n.id), Qt.ConnectionType.DirectConnection)
    for who, w in (("doctor", window), ("nurse", nurse)):
        w.listener.online.connect(lambda up, who=who: online[who].append((time.monotonic(), up)),
                                  Qt.ConnectionType.DirectConnection)

    def waited(condition, seconds: float) -> bool:  # noqa: ANN001
        deadline = time.monotonic() + seconds
        while not condition() and time.monotonic() < deadline:
            qtbot.wait(20)
        return condition()

    def showing_reconnect(w: MainWindow) -> bool:
        return (w.alert_bar.isVisible() and w.alerts.status.text() == "alerts offline — reconnecting…"
                and w.connection_label.text() == "● Connection lost — reconnecting…")

    def showing_connected(w: MainWindow) -> bool:
        return w.alerts.status.text() == "" and w.connection_label.text() == "● Connected"

    # The laboratory's side: alerts committed through the same host list (as the superuser: the row is the truth).
    sent: list[tuple[int, str]] = []  # (id, phase) of each acknowledged commit
    phase = ["before"]
    stop = threading.Event()
    lab_info = profile.conninfo(SUPERUSER, primary.state.password, "failover-lab")

    def send(conn: psycopg.Connection, title: str) -> int:
        return conn.execute("INSERT INTO notify.notification (recipient_id, kind, title) VALUES (%s, 'lab_result', %s) "
                            "RETURNING id", (doctor, title)).fetchone()[0]

    def laboratory() -> None:
        conn = None
        n = 0
        while not stop.is_set():
            try:
                conn = conn if conn is not None and not conn.closed else psycopg.connect(**lab_info, autocommit=True)
                n += 1
                sent.append((send(conn, f"Result {n}"), phase[0]))
            except psycopg.Error:
                conn = None  # not acknowledged: the server went away; the host list finds the new primary
                time.sleep(0.05)
            time.sleep(0.02)
    lab = threading.Thread(target=laboratory)
    lab.start()
    try:
        assert waited(lambda: len(delivered) >= 20, 15)
        assert not nurse.alert_bar.isVisible()  # nothing to read, connected: no bar
        may_reconnect.clear()
        phase[0] = "primary down"
        t0 = time.monotonic()
        kill(primary)
        assert waited(lambda: showing_reconnect(window) and showing_reconnect(nurse), 10), \
            [(w.alert_bar.isVisible(), w.alerts.status.text(), w.connection_label.text()) for w in (window, nurse)]
        promote(standby)
        phase[0] = "promoted"
        with psycopg.connect(standby.state.url("hospital"), autocommit=True) as conn:
            for i in range(10):  # committed on the new primary while the doctor's listener is away
                sent.append((send(conn, f"While away {i}"), "listener away"))
        phase[0] = "after"
        may_reconnect.set()
        assert waited(lambda: online["doctor"][-1][1] and online["nurse"][-1][1], 20), "a listener did not reconnect"
        time.sleep(1)  # more alerts after the reconnect, arriving by NOTIFY
    finally:
        stop.set()
        may_reconnect.set()
        lab.join(timeout=30)
    with psycopg.connect(standby.state.url("hospital")) as conn:
        stored = {r[0] for r in conn.execute("SELECT id FROM notify.notification WHERE recipient_id = %s", (doctor,))}
    waited(lambda: set(delivered) >= stored, 20)
    caught_up = time.monotonic() - t0
    assert waited(lambda: showing_connected(window) and showing_connected(nurse), 10), \
        [(w.alerts.status.text(), w.connection_label.text()) for w in (window, nurse)]
    assert not nurse.alert_bar.isVisible()
    counts = {p: sum(1 for _, q in sent if q == p) for p in ("before", "primary down", "promoted", "listener away",
                                                             "after")}
    duplicates = len(delivered) - len(set(delivered))
    back = {who: next(t for t, up in log if up and t > t0) - t0 for who, log in online.items()}
    print(f"\nalerts across the failover: {len(stored)} stored ({counts}), {len(set(delivered))} delivered, "
          f"{duplicates} duplicates; nurse's listener back by itself {back['nurse']:.1f} s after the kill, the "
          f"doctor's (held until the alerts were written) {back['doctor']:.1f} s, all delivered after {caught_up:.1f} s")
    assert {i for i, _ in sent} <= stored, "an acknowledged alert is missing on the promoted standby"
    assert set(delivered) == stored, ("missed", sorted(stored - set(delivered)), "not stored",
                                      sorted(set(delivered) - stored))
    assert duplicates == 0
    assert counts["before"] > 0 and counts["listener away"] == 10 and counts["after"] > 0
    assert len(window.alerts.alerts) == len(stored)
    for w in (window, nurse):
        w.close()
