"""Hostile input at the HL7 lab gateway: N fuzzed cases (tests/hl7_fuzz.py) from real ORU^R01 messages, each
followed by a probe on the same connection, against the gateway running in-process as `labgateway`.

Prints the messages sent, the cases by kind, the answers by ACK code, crashes (a case left unanswered, a
connection the gateway dropped, an exception its catch-all had to answer), partial writes (a case answered only
AE/AR after which the database had changed, and the whole-database checks: no result without its order moved to
resulted, no result without its audit event, ...) and whether the audit chain verifies afterwards.

    python bench/fuzz_lab_gateway.py [--n 10000] [--seed 1] [--orders 200] [--embedded]
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import threading
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import hl7_fuzz  # noqa: E402

from server_db import audit_chain, migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, ensure_departments_and_staff  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402
from server_db.lab_gateway import Gateway, Settings  # noqa: E402


def collected_orders(state, count: int) -> list[hl7_fuzz.Target]:  # noqa: ANN001
    """`count` collected orders (potassium and sodium, one tube each) for count/4 patients."""
    staff = {login: state.url("hospital", user=login, password=DEMO_PASSWORD)
             for login in ("reception1", "doctor1", "lab1")}
    targets = []
    with psycopg.connect(staff["reception1"]) as rec, psycopg.connect(staff["doctor1"]) as doc, \
            psycopg.connect(staff["lab1"]) as lab:
        for p in range(max(1, count // 4)):
            patient, mrn = rec.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                                       "VALUES ('Fuzz', %s, '1970-01-01', 'female') RETURNING id, mrn",
                                       (f"Patient{p}",)).fetchone()
            rec.commit()
            encounter = doc.execute("INSERT INTO clinical.encounter (patient_id, department_id, clinician_id) "
                                    "VALUES (%s, (SELECT id FROM core.department WHERE code = 'GEN'), "
                                    "core.current_staff_id()) RETURNING id", (patient,)).fetchone()[0]
            for code in (hl7_fuzz.POTASSIUM, hl7_fuzz.SODIUM) * 2:
                [order_id] = doc.execute("SELECT lab.place_order(%s, %s)", (encounter, code)).fetchone()[0]
                number = doc.execute("SELECT order_number FROM lab.lab_order WHERE id = %s", (order_id,)).fetchone()[0]
                doc.commit()
                lab.execute("SELECT * FROM lab.collect(%s, %s)", ([order_id], mrn))
                lab.commit()
                targets.append(hl7_fuzz.Target(number, mrn, code))
    return targets


def fuzz(state, url: str, n: int, seed: int, orders: int) -> hl7_fuzz.Tally:  # noqa: ANN001
    targets = collected_orders(state, orders)
    counter = hl7_fuzz.LogWatch().__enter__()
    gateway = Gateway(Settings(url=state.url("hospital", user="labgateway", password=DEMO_PASSWORD),
                               host="127.0.0.1", port=0, frame_timeout=5, escalate_every=3600))
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    port = asyncio.run_coroutine_threadsafe(gateway.start(), loop).result(30)
    t0 = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as admin:
        tally = hl7_fuzz.run(port, admin, hl7_fuzz.Fuzzer(targets, seed), n)
        elapsed = time.perf_counter() - t0
        alive = thread.is_alive() and not loop.is_closed()
        asyncio.run_coroutine_threadsafe(gateway.stop(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        tally.internal_errors, tally.library_log_lines = len(counter.records), len(counter.foreign)
        problems = hl7_fuzz.check_database(admin)
    with psycopg.connect(url) as conn:
        audit_chain.seal(conn)
        chain = audit_chain.verify(conn).describe()
    print(hl7_fuzz.report(tally, problems, chain, elapsed))
    print(f"gateway loop alive at the end: {alive}; handled {gateway.handled} messages")
    for record in counter.records[:5]:
        print("  internal error:", record.getMessage(), record.exc_info[1] if record.exc_info else "")
    for what, cases in (("unanswered", tally.unanswered), ("dropped", tally.dropped),
                        ("partial", tally.partial), ("malformed answer", tally.bad_acks)):
        if cases:
            print(f"  {what}: {cases[:10]}")
    return tally


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    args = parser.parse_args()
    cluster = LocalCluster.in_temp_dir("hms-bench-", fast=True, prefer="embedded" if args.embedded else None)
    try:
        url = cluster.create_database()
        state = cluster.state
        assert state is not None
        print(f"PostgreSQL {state.major} ({state.source}), N = {args.n}, seed {args.seed}, {args.orders} orders")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            ensure_departments_and_staff(conn)
        tally = fuzz(state, url, args.n, args.seed, args.orders)
    finally:
        cluster.destroy()
    sys.exit(1 if tally.crashes or tally.partial or tally.bad_acks
             or hl7_fuzz.unanswered_kinds(tally) - hl7_fuzz.UNFRAMED_KINDS else 0)


if __name__ == "__main__":
    main()
