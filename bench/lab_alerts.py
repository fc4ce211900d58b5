"""Lab alert latency: release N results (lab2, through lab.release) while the doctor's NotificationListener (the
client's own class, on its own connection) listens; measure release-commit -> notification-received latency and
count lost alerts. Halfway through the server is restarted (pg_ctl stop -m fast / start): the listener reconnects,
reads its backlog, and nothing may be lost.

    python bench/lab_alerts.py [--results 400] [--no-restart]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402

from hospital_desktop.core.notifications import NotificationListener  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402


def prepare_orders(cluster: LocalCluster, n: int) -> list[int]:
    """n orders of doctor1, collected, received, resulted by lab1 and verified by lab2 (ready to release)."""
    state = cluster.state
    assert state is not None
    with psycopg.connect(state.url("hospital", user="reception1", password="demo")) as conn:
        patient, mrn = conn.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                                    "VALUES ('Bench', 'Alerts', '1970-01-01', 'male') RETURNING id, mrn").fetchone()
    with psycopg.connect(state.url("hospital", user="doctor1", password="demo")) as conn:
        encounter = conn.execute("INSERT INTO clinical.encounter (patient_id, department_id, clinician_id) VALUES "
                                 "(%s, (SELECT id FROM core.department WHERE code = 'GEN'), core.current_staff_id()) "
                                 "RETURNING id", (patient,)).fetchone()[0]
        ids = [conn.execute("SELECT lab.place_order(%s, '2823-3')", (encounter,)).fetchone()[0][0] for _ in range(n)]
    with psycopg.connect(state.url("hospital", user="lab1", password="demo")) as conn:
        for accession, in conn.execute("SELECT accession_number FROM lab.collect(%s, %s)", (ids, mrn)).fetchall():
            conn.execute("SELECT lab.receive(%s)", (accession,))
        for i, order_id in enumerate(ids):
            conn.execute("SELECT lab.enter_result(%s, %s)", (order_id, f"{3.0 + (i % 40) / 10:.1f}"))
    with psycopg.connect(state.url("hospital", user="lab2", password="demo")) as conn:
        for order_id in ids:
            conn.execute("SELECT lab.verify(%s)", (order_id,))
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=int, default=400)
    parser.add_argument("--no-restart", action="store_true")
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])
    cluster = LocalCluster.in_temp_dir("hms-bench-alerts-", fast=True)
    try:
        cluster.start()
        url = cluster.create_database("hospital")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, 200, seed=3)
        ids = prepare_orders(cluster, args.results)
        state = cluster.state
        assert state is not None
        doctor_url = state.url("hospital", user="doctor1", password="demo")

        received: dict[int, float] = {}          # lab order id -> monotonic time the listener saw it
        seen_lock = threading.Lock()
        online = threading.Event()

        def got(note) -> None:  # noqa: ANN001 - runs in the listener's thread (direct connection)
            with seen_lock:
                received.setdefault(note.ref_id, time.monotonic())
        listener = NotificationListener(lambda: psycopg.connect(doctor_url), poll_seconds=0.2,
                                        retry_seconds=(0.1, 1.0))
        from PySide6.QtCore import Qt
        listener.received.connect(got, Qt.ConnectionType.DirectConnection)
        listener.online.connect(lambda up: online.set() if up else online.clear(),
                                Qt.ConnectionType.DirectConnection)
        listener.start()
        online.wait(10)

        committed: dict[int, float] = {}
        restart_at = len(ids) // 2
        downtime = 0.0
        with psycopg.connect(state.url("hospital", user="lab2", password="demo"), autocommit=True) as lab:
            for i, order_id in enumerate(ids):
                if i == restart_at and not args.no_restart:
                    lab.close()
                    t0 = time.monotonic()
                    cluster.stop()
                    cluster.start()
                    downtime = time.monotonic() - t0
                    lab = psycopg.connect(state.url("hospital", user="lab2", password="demo"), autocommit=True)
                lab.execute("SELECT lab.release(%s)", (order_id,))
                committed[order_id] = time.monotonic()
                time.sleep(0.002)
            deadline = time.monotonic() + 15
            while len(received) < len(ids) and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.05)
        listener.stop()
        with seen_lock:
            latencies = sorted((received[i] - committed[i]) * 1000 for i in ids if i in received and i in committed)
        lost = len([i for i in ids if i not in received])
        # Alerts released before the restart are "live"; the first ones after it may come from the backlog read.
        live = [(received[i] - committed[i]) * 1000 for i in ids[:restart_at] if i in received]
        print(f"results released        {len(ids)}")
        print(f"alerts received         {len(ids) - lost}")
        print(f"lost                    {lost}")
        if not args.no_restart:
            print(f"server restart          {downtime * 1000:.0f} ms (after {restart_at} releases)")
        q = statistics.quantiles(latencies, n=100)
        print(f"latency all  p50 / p95 / max   {q[49]:.1f} / {q[94]:.1f} / {latencies[-1]:.1f} ms")
        if live:
            ql = statistics.quantiles(sorted(live), n=100)
            print(f"latency live p50 / p95 / max   {ql[49]:.1f} / {ql[94]:.1f} / {max(live):.1f} ms")
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
