"""What RLS + audit + the hash chain cost a writer, on a durable server (fsync on).

1. N one-row patient registrations, each its own transaction:
   a. as the superuser with row triggers off (session_replication_role = replica): the floor;
   b. as the reception login through RLS, the normalising trigger and the audit trigger.
   Prints both rates and the ratio (goal <= 1.5x).
2. Sealing the chain afterwards (audit.seal, off the writers' path): events per second.
3. 8 concurrent writers, each keeping its transaction open 50 ms after an audited write, R rounds:
   total wall time vs one writer doing the same alone (goal < 2x: the chain does not serialize writers).

    python bench/audit_write.py [--n 3000] [--rounds 10] [--embedded]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, ensure_departments_and_staff  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402

BLOCKS = 10
INSERT = "INSERT INTO registry.patient (given_name, family_name, birth_date, sex) VALUES (%s, %s, %s, %s)"


def timed_inserts(conn: psycopg.Connection, n: int, tag: str) -> float:
    start = time.perf_counter()
    for i in range(n):
        conn.execute(INSERT, (f"Given{i}", f"{tag}Family{i}", "1980-01-01", "female"))
        conn.commit()
    return time.perf_counter() - start


def writer(url: str, rounds: int, hold: float, durations: list[float]) -> None:
    with psycopg.connect(url) as conn:
        for i in range(rounds):
            t0 = time.perf_counter()
            conn.execute(INSERT, (f"Conc{i}", f"Writer{threading.get_ident()}", "1980-01-01", "male"))
            time.sleep(hold)
            conn.commit()
            durations.append(time.perf_counter() - t0)


def concurrent(url: str, writers: int, rounds: int, hold: float) -> tuple[float, list[float]]:
    durations: list[float] = []
    threads = [threading.Thread(target=writer, args=(url, rounds, hold, durations)) for _ in range(writers)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, durations


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    args = parser.parse_args()

    cluster = LocalCluster.in_temp_dir("hms-bench-", fast=False, prefer="embedded" if args.embedded else None)
    try:
        url = cluster.create_database()
        state = cluster.state
        assert state is not None
        print(f"PostgreSQL {state.major} ({state.source}), durable (fsync on), N = {args.n}")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            ensure_departments_and_staff(conn)
        staff_url = state.url("hospital", user="reception1", password=DEMO_PASSWORD)

        with psycopg.connect(url) as conn:  # warm up both paths
            timed_inserts(conn, 200, "Warm")
        with psycopg.connect(staff_url) as conn:
            timed_inserts(conn, 200, "Warm")

        # Interleave the two paths in blocks so drift of the machine (other load, WAL recycling) hits both.
        bare = audited = 0.0
        block = max(1, args.n // BLOCKS)
        with psycopg.connect(url) as su, psycopg.connect(staff_url) as staff:
            su.execute("SET session_replication_role = replica")
            su.commit()
            for b in range(BLOCKS):
                bare += timed_inserts(su, block, f"Bare{b}")
                audited += timed_inserts(staff, block, f"Audit{b}")
        args.n = block * BLOCKS
        print(f"  superuser, triggers off:      {args.n / bare:8.0f} inserts/s")
        print(f"  reception1, RLS+audit+chain:  {args.n / audited:8.0f} inserts/s")
        print(f"  ratio:                        {audited / bare:8.2f}x   (goal <= 1.5x)")

        with psycopg.connect(url) as conn:
            pending = conn.execute("SELECT count(*) FROM audit.event WHERE hash IS NULL").fetchone()[0]
            t0 = time.perf_counter()
            sealed = 0
            while True:
                n = conn.execute("SELECT audit.seal(50000)").fetchone()[0]
                conn.commit()
                sealed += n
                if n == 0:
                    break
            seal_time = time.perf_counter() - t0
        print(f"  sealing afterwards:           {sealed / seal_time:8.0f} events/s ({sealed} of {pending} pending)")

        one_total, one = concurrent(staff_url, 1, args.rounds, 0.05)
        many_total, many = concurrent(staff_url, 8, args.rounds, 0.05)
        print(f"  1 writer,  {args.rounds} x (write + hold 50 ms): {one_total:6.3f} s "
              f"(median transaction {statistics.median(one) * 1000:.1f} ms)")
        print(f"  8 writers, {args.rounds} x (write + hold 50 ms): {many_total:6.3f} s "
              f"(median transaction {statistics.median(many) * 1000:.1f} ms)")
        print(f"  concurrency ratio:            {many_total / one_total:8.2f}x   (goal < 2x)")
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
