"""Every dashboard query at hospital scale: p50/p95 per query, as each role's own login (RLS and all).

1. Builds a demo hospital of N patients (default 1,000,000) in a private durable cluster with load_demo, then
   VACUUM ANALYZE (or reuses one with --url).
2. For every role's dashboard (hospital_desktop/dashboards/metrics.py), runs each metric's query R times as
   that role's demo login through the client's own Database/session code, and prints p50/p95/max.
3. Times `REFRESH MATERIALIZED VIEW CONCURRENTLY` of each dashboard view, and reads the view from another
   session while the refresh runs, to show readers are not blocked.

    python bench/dashboards.py [--patients 1000000] [--repeat 20] [--embedded] [--url URL]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psycopg  # noqa: E402

from hospital_desktop.core.profiles import ServerProfile  # noqa: E402
from hospital_desktop.core.session import Database  # noqa: E402
from hospital_desktop.dashboards import metrics  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402

LOGINS = {"hms_admin": "admin1", "hms_reception": "reception1", "hms_doctor": "doctor1", "hms_nurse": "nurse1",
          "hms_billing": "billing1", "hms_auditor": "auditor1", "hms_pharmacist": "pharmacist1", "hms_lab": "lab1"}
VIEWS = ["registrations_daily", "outpatient_daily", "revenue_daily"]


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--patients", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--embedded", action="store_true")
    ap.add_argument("--url", help="superuser URL of an already loaded database (skips the build)")
    args = ap.parse_args()

    cluster = None
    try:
        if args.url:
            url = args.url
            port = psycopg.conninfo.conninfo_to_dict(url).get("port") or 5432
        else:
            cluster = LocalCluster.in_temp_dir("hms-bench-dash-", prefer="embedded" if args.embedded else None)
            cluster.start()
            url = cluster.create_database()
            migrate.upgrade(url)
            t = time.monotonic()
            with psycopg.connect(url) as conn:
                load_demo(conn, args.patients, seed=3)
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("VACUUM ANALYZE")
            print(f"built {args.patients:,} patients in {time.monotonic() - t:.0f} s")
            port = cluster.state.port
        with psycopg.connect(url) as conn:
            sizes = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in
                     ("registry.patient", "scheduling.appointment", "billing.charge", "audit.event", "audit.access")}
            print("rows:", ", ".join(f"{k} {v:,}" for k, v in sizes.items()))
            print("PostgreSQL", conn.execute("SHOW server_version").fetchone()[0])

        profile = ServerProfile(name="bench", hosts=["127.0.0.1"], port=int(port), sslmode="disable")
        print(f"\n{'role':<11} {'metric':<16} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        worst = 0.0
        for group, login in LOGINS.items():
            db = Database(profile, login, DEMO_PASSWORD, application_name="bench-dashboards")
            db.login()
            try:
                for metric in metrics.metrics_for(group):
                    times = []
                    for _ in range(args.repeat):
                        t = time.perf_counter()
                        with db.session() as s:
                            metric.query(s)
                        times.append((time.perf_counter() - t) * 1000)
                    worst = max(worst, pct(times, 95))
                    print(f"{group.removeprefix('hms_'):<11} {metric.key:<16} {statistics.median(times):8.1f} "
                          f"{pct(times, 95):8.1f} {max(times):8.1f}")
            finally:
                db.close()
        print(f"worst p95 over all dashboard queries: {worst:.1f} ms")

        print("\nconcurrent refresh (readers keep reading):")
        with psycopg.connect(url, autocommit=True) as conn:
            for view in VIEWS:
                reads: list[float] = []
                done = threading.Event()

                def reader(view: str = view, reads: list[float] = reads, done: threading.Event = done) -> None:
                    with psycopg.connect(url, autocommit=True) as r:
                        while not done.is_set():
                            t = time.perf_counter()
                            r.execute(f"SELECT count(*) FROM dashboard.{view}").fetchone()
                            reads.append((time.perf_counter() - t) * 1000)
                            time.sleep(0.01)

                th = threading.Thread(target=reader)
                th.start()
                t = time.perf_counter()
                conn.execute(f"REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard.{view}")
                took = time.perf_counter() - t
                done.set()
                th.join()
                rows = conn.execute(f"SELECT count(*) FROM dashboard.{view}").fetchone()[0]
                print(f"  {view:<20} {took * 1000:8.0f} ms for {rows:,} rows; {len(reads)} reads meanwhile, "
                      f"slowest {max(reads, default=0):.1f} ms")
    finally:
        if cluster is not None:
            cluster.destroy()


if __name__ == "__main__":
    main()
