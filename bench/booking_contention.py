"""Many front desks racing for the same few appointment slots, on a durable server (fsync on).

A private cluster with the demo hospital; two General Medicine clinicians (doctor1, nurse1) get an extra session in
the same room on a day 100 days ahead. C connections (half reception1, half reception2, each its own thread) book
random (clinician, start, patient) triples over S starts ten minutes apart (15-minute visits, so neighbouring starts
overlap) and P patients for T seconds: every overlap of provider, patient or room is a conflict. A desk holds its
booking for one round and then cancels it, so slots keep reopening. A deadlock (40P01) would be retried and counted; any other error fails
the run. Prints bookings/s, conflicts per constraint, deadlock retries, p50/p95 latency of scheduling.book, and
verifies that no two active appointments overlap.

    python bench/booking_contention.py [--seconds 30] [--connections 50] [--starts 6] [--patients 8] [--embedded]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stats import percentile  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402

TAKEN = "this slot was just taken"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--starts", type=int, default=6)
    parser.add_argument("--patients", type=int, default=8)
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    args = parser.parse_args()

    cluster = LocalCluster.in_temp_dir("hms-bench-", fast=False, prefer="embedded" if args.embedded else None)
    try:
        url = cluster.create_database()
        state = cluster.state
        assert state is not None
        print(f"PostgreSQL {state.major} ({state.source}), durable (fsync on); {args.connections} connections, "
              f"{args.seconds:.0f} s, {args.starts} overlapping starts x 2 clinicians sharing a room, "
              f"{args.patients} patients")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, patients=300, seed=3)
        with psycopg.connect(state.url("hospital", user="admin1", password=DEMO_PASSWORD)) as conn:
            day = conn.execute("SELECT scheduling.day_start(scheduling.local_day(now()) + 100) "
                               "+ interval '9 hours'").fetchone()[0]
            providers = [r[0] for r in conn.execute("SELECT id FROM core.staff WHERE username IN ('doctor1', 'nurse1') "
                                                    "ORDER BY id")]
            for staff in providers:
                conn.execute("""
                    INSERT INTO scheduling.schedule_exception (staff_id, period, kind, department_id, room_id,
                                                               slot_minutes, reason)
                    SELECT %s, tstzrange(%s, %s + interval '3 hours'), 'extra_session', d.id, r.id, 5, 'bench session'
                      FROM core.department d, scheduling.room r WHERE d.code = 'GEN' AND r.code = 'GEN-2'
                """, (staff, day, day))
            service = conn.execute("SELECT id FROM scheduling.service WHERE code = 'GEN-CONS'").fetchone()[0]
            patients = [r[0] for r in conn.execute("SELECT id FROM registry.patient WHERE merged_into_id IS NULL "
                                                   "ORDER BY id LIMIT %s", (args.patients,))]
        starts = [day + timedelta(minutes=10 * i) for i in range(args.starts)]

        conns = [psycopg.connect(state.url("hospital", user=f"reception{1 + i % 2}", password=DEMO_PASSWORD),
                                 autocommit=True, application_name=f"DESK-{i:02d}") for i in range(args.connections)]
        lock = threading.Lock()
        outcomes: Counter[str] = Counter()
        latency_ok: list[float] = []
        latency_all: list[float] = []
        errors: list[str] = []
        barrier = threading.Barrier(len(conns) + 1)
        stop = threading.Event()

        def desk(conn: psycopg.Connection, seed: int) -> None:
            rng = random.Random(seed)
            mine: Counter[str] = Counter()
            ok: list[float] = []
            every: list[float] = []
            held = None
            try:
                barrier.wait()
                while not stop.is_set():
                    provider, start, patient = rng.choice(providers), rng.choice(starts), rng.choice(patients)
                    appt = None
                    while True:  # a deadlock is retried, never surfaced
                        t0 = time.perf_counter()
                        try:
                            appt = conn.execute("SELECT scheduling.book(%s, %s, %s, %s)",
                                                (patient, provider, service, start)).fetchone()[0]
                        except psycopg.errors.DeadlockDetected:
                            mine["deadlock_retries"] += 1
                            continue
                        except psycopg.errors.ExclusionViolation as exc:
                            every.append(time.perf_counter() - t0)
                            if exc.diag.message_primary != TAKEN:
                                raise
                            mine[f"conflict:{exc.diag.constraint_name}"] += 1
                            # refused at once by the pre-check, or by the constraint after waiting for a winner
                            path = "after_wait" if "insert_appointment" in (exc.diag.context or "") else "at_once"
                            mine[f"path:{path}"] += 1
                            break
                        elapsed = time.perf_counter() - t0
                        every.append(elapsed)
                        ok.append(elapsed)
                        mine["booked"] += 1
                        break
                    if held:  # a desk holds its booking for one round, then cancels it: the race never runs dry
                        conn.execute("SELECT scheduling.cancel(%s, 'bench churn')", (held,))
                        mine["cancelled"] += 1
                    held = appt
            except BaseException as exc:  # noqa: BLE001 - reported below
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
            with lock:
                outcomes.update(mine)
                latency_ok.extend(ok)
                latency_all.extend(every)

        threads = [threading.Thread(target=desk, args=(c, i)) for i, c in enumerate(conns)]
        for t in threads:
            t.start()
        barrier.wait()
        t_start = time.perf_counter()
        time.sleep(args.seconds)
        stop.set()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t_start
        for c in conns:
            c.close()

        with psycopg.connect(url) as conn:
            overlaps = conn.execute("""
                SELECT count(*) FROM scheduling.appointment a JOIN scheduling.appointment b
                    ON a.id < b.id AND a.period && b.period
                   AND (a.provider_id = b.provider_id OR a.patient_id = b.patient_id OR a.room_id = b.room_id)
                 WHERE a.status NOT IN ('cancelled', 'no_show') AND b.status NOT IN ('cancelled', 'no_show')""",
                                    ).fetchone()[0]
            rows, cancelled = conn.execute("SELECT count(*), count(*) FILTER (WHERE status = 'cancelled') "
                                           "FROM scheduling.appointment WHERE provider_id = ANY (%s) "
                                           "AND lower(period) >= %s", (providers, day)).fetchone()

        conflicts = {k.split(":", 1)[1]: v for k, v in outcomes.items() if k.startswith("conflict:")}
        attempts = outcomes["booked"] + sum(conflicts.values())
        print(f"  attempts:           {attempts:8d}  ({attempts / wall:7.1f}/s)")
        print(f"  bookings:           {outcomes['booked']:8d}  ({outcomes['booked'] / wall:7.1f}/s), "
              f"{outcomes['cancelled']} cancelled again")
        print(f"  conflicts (23P01):  {sum(conflicts.values()):8d}  "
              + ", ".join(f"{k} {v}" for k, v in sorted(conflicts.items())))
        print(f"                      {outcomes['path:at_once']} refused at once (committed overlap), "
              f"{outcomes['path:after_wait']} by the exclusion constraint after waiting for the winner")
        print(f"  deadlock retries:   {outcomes['deadlock_retries']:8d}")
        print(f"  book latency:       p50 {statistics.median(latency_all) * 1000:6.1f} ms, "
              f"p95 {percentile(latency_all, 0.95) * 1000:6.1f} ms (every attempt); "
              f"successful p50 {statistics.median(latency_ok) * 1000:.1f} ms, p95 "
              f"{percentile(latency_ok, 0.95) * 1000:.1f} ms")
        print(f"  rows written:       {rows:8d} ({cancelled} cancelled); other errors: {len(errors)}")
        print(f"  overlapping active appointments: {overlaps}  ({'verified 0' if overlaps == 0 else 'BROKEN'})")
        if errors:
            print("  first errors:", *errors[:5], sep="\n    ")
        if errors or overlaps or (rows, cancelled) != (outcomes["booked"], outcomes["cancelled"]):
            sys.exit(1)
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
