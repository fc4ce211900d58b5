"""Fifty pharmacy counters dispensing from the same lot at once, on a durable server (fsync on).

A private cluster with the demo hospital; doctor1 prescribes paracetamol for C patients (one prescription each,
large enough for every round). Each round the pharmacist receives one new lot holding about 60 % of what the C
connections (pharmacist1, each its own thread) will ask for; on a barrier they all call
pharmacy.dispense_prescription (patient and pack scans, stock movement, charge, prescription progress, all in one
transaction) for 5-15 units from that lot. Refusals must be the clear "not enough stock" answer; anything else fails
the run. After each round the lot must be >= 0 and equal the sum of its movements, and every dispense must have
exactly one charge. Prints dispenses/s, attempts/s and p50/p95 latency of successful and refused attempts.

    python bench/dispense_contention.py [--connections 50] [--rounds 20] [--embedded]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stats import percentile  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402

REFUSED = "not enough stock: lot "


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    args = parser.parse_args()
    n = args.connections

    cluster = LocalCluster.in_temp_dir("hms-bench-", fast=False, prefer="embedded" if args.embedded else None)
    try:
        url = cluster.create_database()
        state = cluster.state
        assert state is not None
        print(f"PostgreSQL {state.major} ({state.source}), durable (fsync on); {n} connections x {args.rounds} rounds, "
              f"each round one new lot holding ~60 % of the units asked for")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, patients=300, seed=3)
        as_user = lambda login: state.url("hospital", user=login, password=DEMO_PASSWORD)  # noqa: E731
        with psycopg.connect(as_user("reception1"), autocommit=True) as conn:
            patients = [conn.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                                     "VALUES ('Bench', %s, '1960-01-01', 'unknown') RETURNING id, mrn",
                                     (f"Counter{i:03d}",)).fetchone() for i in range(n)]
        prescriptions = []
        with psycopg.connect(as_user("doctor1"), autocommit=True) as conn:
            for patient, mrn in patients:
                enc = conn.execute("INSERT INTO clinical.encounter (patient_id, department_id, clinician_id) "
                                   "SELECT %s, id, core.current_staff_id() FROM core.department WHERE code = 'GEN' "
                                   "RETURNING id", (patient,)).fetchone()[0]
                rx = conn.execute("""
                    INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, dose_unit,
                                                       route, frequency, duration_days, quantity)
                    SELECT %s, %s, id, 1, 'tablet', 'oral', 'QDS', 365, %s FROM pharmacy.drug WHERE code = 'PARA500TAB'
                    RETURNING id""", (patient, enc, 15 * args.rounds)).fetchone()[0]
                prescriptions.append((rx, mrn))
        pharmacist = psycopg.connect(as_user("pharmacist1"), autocommit=True)
        admin = psycopg.connect(url, autocommit=True)
        conns = [psycopg.connect(as_user("pharmacist1"), autocommit=True, application_name=f"COUNTER-{i:02d}")
                 for i in range(n)]
        ok: list[float] = []
        refused: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        racing = 0.0
        broken = 0
        for round_no in range(args.rounds):
            rng = random.Random(round_no)
            sizes = [rng.randint(5, 15) for _ in range(n)]
            stock = int(sum(sizes) * 0.6)
            lot = f"BENCH{round_no:04d}"
            lot_id = pharmacist.execute(
                "SELECT pharmacy.receive_stock((SELECT id FROM pharmacy.drug WHERE code = 'PARA500TAB'), "
                "pharmacy.location_id('DISP'), %s, %s, %s)", (lot, date.today() + timedelta(days=365), stock)
            ).fetchone()[0]
            barrier = threading.Barrier(n + 1)

            def counter(i: int, barrier: threading.Barrier = barrier, lot: str = lot,
                        sizes: list[int] = sizes) -> None:
                rx, mrn = prescriptions[i]
                barrier.wait()
                t0 = time.perf_counter()
                try:
                    conns[i].execute("SELECT pharmacy.dispense_prescription(%s, %s, %s, %s)", (rx, mrn, lot, sizes[i]))
                    elapsed, bucket = time.perf_counter() - t0, ok
                except psycopg.errors.CheckViolation as exc:
                    elapsed, bucket = time.perf_counter() - t0, refused
                    if not (exc.diag.message_primary or "").startswith(REFUSED):
                        with lock:
                            errors.append(str(exc))
                except Exception as exc:  # noqa: BLE001 - reported below
                    with lock:
                        errors.append(f"{type(exc).__name__}: {exc}")
                    return
                with lock:
                    bucket.append(elapsed)

            threads = [threading.Thread(target=counter, args=(i,)) for i in range(n)]
            for t in threads:
                t.start()
            barrier.wait()
            t0 = time.perf_counter()
            for t in threads:
                t.join()
            racing += time.perf_counter() - t0
            left, moved, dispensed, charged = admin.execute("""
                SELECT l.quantity, (SELECT sum(m.quantity) FROM pharmacy.stock_movement m WHERE m.lot_id = l.id),
                       (SELECT count(*) FROM pharmacy.dispense d WHERE d.lot_id = l.id),
                       (SELECT count(*) FROM billing.charge c JOIN pharmacy.dispense d ON d.id = c.source_id
                         WHERE c.source_kind = 'dispense' AND d.lot_id = l.id)
                  FROM pharmacy.stock_lot l WHERE l.id = %s""", (lot_id,)).fetchone()
            if left < 0 or left != moved or dispensed != charged:
                broken += 1
        for c in conns + [pharmacist, admin]:
            c.close()
        attempts = len(ok) + len(refused)
        print(f"  attempts:            {attempts:7d}  ({attempts / racing:7.1f}/s while racing)")
        print(f"  dispenses:           {len(ok):7d}  ({len(ok) / racing:7.1f}/s while racing)")
        print(f"  refused (no stock):  {len(refused):7d}  (clear 23514 answer each); other errors: {len(errors)}")
        print(f"  dispense latency:    p50 {statistics.median(ok) * 1000:6.1f} ms, p95 {percentile(ok, 0.95) * 1000:6.1f} ms"
              f"  (successful);  refused p50 {statistics.median(refused) * 1000:.1f} ms, "
              f"p95 {percentile(refused, 0.95) * 1000:.1f} ms")
        print(f"  invariants per lot:  stock >= 0, stock = sum(movements), one charge per dispense: "
              f"{'verified' if broken == 0 else f'BROKEN in {broken} rounds'}")
        if errors:
            print("  first errors:", *errors[:5], sep="\n    ")
        if errors or broken:
            sys.exit(1)
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
