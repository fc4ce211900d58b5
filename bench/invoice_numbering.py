"""Gapless invoice numbers under load, on a durable server (fsync on).

A private cluster with the demo hospital gets P patients with one open charge each (inserted as the ward trigger
would). C billing connections (each its own thread) issue one-charge invoices through billing.issue_invoice for
T seconds; a fraction R of the transactions roll back after issuing (the number is handed out again). Every issuing
transaction holds the year's counter row until it ends, so issuers queue on it: the figure of interest is how many
invoices per second one series sustains, and what a rollback costs. Prints committed invoices/s, rollbacks,
p50/p95 latency of issue + commit, and verifies the committed numbers of the year are 1..n without a gap.

    python bench/invoice_numbering.py [--seconds 20] [--connections 8] [--rollback 0.3] [--embedded]
"""
from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stats import percentile  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rollback", type=float, default=0.3)
    parser.add_argument("--charges", type=int, default=60000)
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    args = parser.parse_args()

    cluster = LocalCluster.in_temp_dir("hms-bench-", fast=False, prefer="embedded" if args.embedded else None)
    try:
        url = cluster.create_database()
        state = cluster.state
        assert state is not None
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, 200, seed=5)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("INSERT INTO billing.price_item (code, name, amount, valid_from, group_code) "
                         "VALUES ('BENCH-BED', 'Bench bed day', 100, '2020-01-01', 'bed_day')")
            conn.execute("""
                INSERT INTO billing.charge (patient_id, source_kind, source_id, price_item_id, quantity, unit_amount,
                                            amount, currency, service_date)
                SELECT p.id, 'bed_day', 1000000000 + g, (SELECT id FROM billing.price_item WHERE code = 'BENCH-BED'),
                       1, 100, 100, 'GBP', current_date
                  FROM generate_series(1, %s) g
                  JOIN LATERAL (SELECT id FROM registry.patient ORDER BY id OFFSET (g %% 150) LIMIT 1) p ON true""",
                         (args.charges,))
            work = conn.execute("SELECT id, patient_id FROM billing.charge WHERE source_kind = 'bed_day' "
                                "AND status = 'open' ORDER BY id").fetchall()
        print(f"PostgreSQL {state.major} ({state.source}), durable (fsync on); {args.connections} billing "
              f"connections, {args.seconds:.0f} s, {args.rollback:.0%} of issues rolled back")
        queue = list(work)
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds
        latencies: list[float] = []
        counts = {"committed": 0, "rolled_back": 0}
        errors: list[BaseException] = []

        def clerk(seed: int) -> None:
            rng = random.Random(seed)
            try:
                with psycopg.connect(state.url("hospital", user="billing1", password=DEMO_PASSWORD)) as conn:
                    while time.monotonic() < stop:
                        with lock:
                            if not queue:
                                return
                            charge, patient = queue.pop()
                        started = time.perf_counter()
                        conn.execute("SELECT billing.issue_invoice(%s, %s)", (patient, [charge]))
                        if rng.random() < args.rollback:
                            conn.rollback()
                            with lock:
                                counts["rolled_back"] += 1
                                queue.append((charge, patient))
                        else:
                            conn.commit()
                            with lock:
                                counts["committed"] += 1
                        latencies.append(time.perf_counter() - started)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=clerk, args=(k,)) for k in range(args.connections)]
        began = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - began
        if errors:
            raise errors[0]
        with psycopg.connect(url) as conn:
            seqs = [r[0] for r in conn.execute("SELECT seq FROM billing.invoice WHERE series = 'INV' AND year = "
                                               "extract(year FROM billing.local_day(now()))::int ORDER BY seq")]
        gapless = seqs == list(range(1, len(seqs) + 1))
        print(f"committed {counts['committed']} invoices ({counts['committed'] / elapsed:.0f}/s), rolled back "
              f"{counts['rolled_back']}; issue+commit p50 {percentile(latencies, 0.5) * 1000:.1f} ms, "
              f"p95 {percentile(latencies, 0.95) * 1000:.1f} ms")
        print(f"numbers of the year: {len(seqs)} issued, 1..{seqs[-1] if seqs else 0}, "
              f"{'no gaps, no duplicates' if gapless else 'GAPS OR DUPLICATES'}")
        if not gapless:
            sys.exit(1)
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
