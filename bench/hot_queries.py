"""Every workstation's hot queries at hospital scale: p50/p95 per action and role, through the client's own code.

The actions are the plan guard's (`tests/hot_queries.py`: reception's search modes and paging, chart reads,
calendar, free slots and queue, the lab, pharmacy, billing and claims worklists, bed board and ward lists, audit
searches, the access report, every dashboard), each run R times as its role's demo login through
`hospital_desktop.core.session.Database` over TCP — row-level security, column grants and all — after a warm-up,
each in a transaction that is rolled back.

    python bench/hot_queries.py --url URL [--runs 20] [--only TEXT] [--inflate]
        URL: superuser URL of a loaded database (e.g. `hms-admin demo-data --patients 200000`), demo logins present.
        --inflate first grows it as the plan guard does (every patient's record copied 30 times as history).
    python bench/hot_queries.py [--patients 200000] [--embedded]   # builds its own with load_demo
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402

from bench.stats import percentile  # noqa: E402
from hospital_desktop.core.profiles import ServerProfile  # noqa: E402
from hospital_desktop.core.session import Database  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402
from tests.hot_queries import all_actions, inflate, pick_context  # noqa: E402


def run(url: str, runs: int, only: str) -> None:
    info = psycopg.conninfo.conninfo_to_dict(url)
    profile = ServerProfile(name="bench", hosts=[info.get("host") or "127.0.0.1"], port=int(info.get("port") or 5432),
                            database=info["dbname"], sslmode="disable")
    with psycopg.connect(url) as conn:
        context = pick_context(conn)
        sizes = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in (
            "registry.patient", "clinical.encounter", "scheduling.appointment", "lab.lab_order", "billing.charge",
            "billing.invoice", "audit.event")}
        print("rows:", ", ".join(f"{k} {v:,}" for k, v in sizes.items()))
        print("PostgreSQL", conn.execute("SHOW server_version").fetchone()[0])
    print(f"\n{'login':<12} {'action':<36} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    databases: dict[str, Database] = {}
    worst = []
    try:
        for login, name, action in all_actions():
            if only and only not in f"{login} {name}":
                continue
            if login not in databases:
                databases[login] = Database(profile, login, DEMO_PASSWORD, application_name="bench-hot-queries")
                databases[login].login()
            db = databases[login]

            def once(db: Database = db, action=action) -> float:  # noqa: ANN001
                started = time.perf_counter()
                with db._sessions() as session, session.begin():
                    action(session, context)
                    session.rollback()
                return (time.perf_counter() - started) * 1000

            for _ in range(2):
                once()
            ms = [once() for _ in range(runs)]
            p95 = percentile(ms, 0.95)
            worst.append((p95, login, name))
            print(f"{login:<12} {name:<36} {statistics.median(ms):8.1f} {p95:8.1f} {max(ms):8.1f}", flush=True)
    finally:
        for db in databases.values():
            db.close()
    worst.sort(reverse=True)
    print("\nslowest p95:", "; ".join(f"{login} {name} {p95:.1f} ms" for p95, login, name in worst[:5]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, default=200_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--only", default="", help="only actions whose 'login name' contains this")
    ap.add_argument("--url", help="superuser URL of a loaded database (skips the build)")
    ap.add_argument("--inflate", action="store_true", help="grow the database as the plan guard does, first")
    ap.add_argument("--embedded", action="store_true")
    args = ap.parse_args()
    if args.url:
        migrate.upgrade(args.url)
        if args.inflate:
            with psycopg.connect(args.url) as conn:
                inflate(conn)
        with psycopg.connect(args.url, autocommit=True) as conn:
            conn.execute("ANALYZE")
        run(args.url, args.runs, args.only)
        return 0
    cluster = LocalCluster.in_temp_dir("hms-bench-hot-", prefer="embedded" if args.embedded else None)
    try:
        cluster.start()
        url = cluster.create_database("hospital")
        migrate.upgrade(url)
        started = time.perf_counter()
        with psycopg.connect(url) as conn:
            load_demo(conn, args.patients, seed=5)
            if args.inflate:
                inflate(conn)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
        print(f"built {args.patients:,} patients in {time.perf_counter() - started:.0f} s")
        run(url, args.runs, args.only)
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
