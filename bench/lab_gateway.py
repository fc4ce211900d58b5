"""Throughput of the HL7 lab gateway on a durable server (fsync on): ORU^R01 messages per second and ACK latency.

N potassium orders are placed (doctor1) and collected (lab1); the gateway runs in-process as `labgateway` and
stores one result per message, each message its own transaction (receive, enter_result, flag, charge, audit):
1. one analyzer connection sending N/2 messages one after another (each waits for its ACK);
2. 8 analyzer connections sending the other N/2 concurrently.
Prints messages/s and p50/p95 ACK latency, and checks every message got AA and every order is resulted.

    python bench/lab_gateway.py [--n 1000] [--embedded]
"""
from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, ensure_departments_and_staff  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402
from server_db.lab_gateway import Gateway, Settings  # noqa: E402


def message(control: str, mrn: str, placer: str, value: str) -> bytes:
    text = "\r".join([f"MSH|^~\\&|ANALYZER|LAB|HMS|HOSPITAL|20261126101500||ORU^R01|{control}|P|2.5.1",
                      f"PID|1||{mrn}^^^HMS^MR", f"ORC|RE|{placer}", f"OBR|1|{placer}||2823-3^Potassium^LN",
                      f"OBX|1|NM|2823-3^Potassium^LN||{value}|mmol/L|3.5-5.3|N|||F"]) + "\r"
    return b"\x0b" + text.encode() + b"\x1c\x0d"


def sender(port: int, items: list[tuple[str, str, str]], latencies: list[float], codes: list[str]) -> None:
    with socket.create_connection(("127.0.0.1", port)) as sock:
        buffer = b""
        for control, mrn, placer in items:
            t0 = time.perf_counter()
            sock.sendall(message(control, mrn, placer, "4.2"))
            while b"\x1c\x0d" not in buffer:
                buffer += sock.recv(65536)
            block, _, buffer = buffer.partition(b"\x1c\x0d")
            latencies.append(time.perf_counter() - t0)
            codes.append(block.decode().split("\rMSA|")[1][:2])


def report(label: str, n: int, elapsed: float, latencies: list[float]) -> None:
    q = statistics.quantiles(latencies, n=20)
    print(f"  {label}: {n / elapsed:7.0f} messages/s, ACK p50 {statistics.median(latencies) * 1000:.1f} ms, "
          f"p95 {q[18] * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
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
        staff = {login: state.url("hospital", user=login, password=DEMO_PASSWORD)
                 for login in ("reception1", "doctor1", "lab1", "labgateway")}
        with psycopg.connect(staff["reception1"]) as conn:
            patient, mrn = conn.execute(
                "INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                "VALUES ('Bench', 'Gateway', '1970-01-01', 'male') RETURNING id, mrn").fetchone()
        with psycopg.connect(staff["doctor1"]) as conn:
            encounter = conn.execute("INSERT INTO clinical.encounter (patient_id, department_id, clinician_id) "
                                     "VALUES (%s, (SELECT id FROM core.department WHERE code = 'GEN'), "
                                     "core.current_staff_id()) RETURNING id", (patient,)).fetchone()[0]
            ids = [conn.execute("SELECT lab.place_order(%s, '2823-3')", (encounter,)).fetchone()[0][0]
                   for _ in range(args.n)]
            numbers = dict(conn.execute("SELECT id, order_number FROM lab.lab_order WHERE id = ANY(%s)", (ids,)))
        with psycopg.connect(staff["lab1"]) as conn:
            for order_id in ids:  # one tube per order, as from separate requisitions
                conn.execute("SELECT * FROM lab.collect(%s, %s)", ([order_id], mrn))
        items = [(f"B{i}", mrn, numbers[order_id]) for i, order_id in enumerate(ids)]
        half = len(items) // 2

        gateway = Gateway(Settings(url=staff["labgateway"], host="127.0.0.1", port=0))
        loop = asyncio.new_event_loop()
        threading.Thread(target=loop.run_forever, daemon=True).start()
        port = asyncio.run_coroutine_threadsafe(gateway.start(), loop).result(30)
        codes: list[str] = []

        one: list[float] = []
        t0 = time.perf_counter()
        sender(port, items[:half], one, codes)
        report("1 connection, sequential ", half, time.perf_counter() - t0, one)

        many: list[float] = []
        chunks = [items[half:][k::8] for k in range(8)]
        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda chunk: sender(port, chunk, many, codes), chunks))
        report("8 connections, concurrent", len(items) - half, time.perf_counter() - t0, many)

        asyncio.run_coroutine_threadsafe(gateway.stop(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)
        with psycopg.connect(url) as conn:
            resulted = conn.execute("SELECT count(*) FROM lab.lab_order WHERE id = ANY(%s) AND status = 'resulted'",
                                    (ids,)).fetchone()[0]
        print(f"  AA {codes.count('AA')} of {len(codes)}; orders resulted {resulted} of {len(ids)}")
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
