"""Reception's patient search at hospital scale, through the client's own code as the reception1 login.

Every search mode of the one search box (hospital_desktop.registry.queries.parse_search + search_patients, on a
hospital_desktop.core.session.Database logged in as reception1 over TCP, row-level security and all) on a demo
hospital of N patients: a 3-letter family-name fragment, family + given name, the next page (keyset) of the most
common family name, phone (full number and its last 7 digits), MRN, birth date, national ID, birth date + name.
Search texts come from random patients of the database. Prints p50/p95 per mode after a warm-up.

    python bench/reception_search.py [--patients 1000000] [--runs 20] [--embedded]
    python bench/reception_search.py --url URL     # a loaded database (superuser URL, demo logins present)
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hospital_desktop.core.profiles import ServerProfile  # noqa: E402
from hospital_desktop.core.session import Database  # noqa: E402
from hospital_desktop.registry import queries  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402


def search_texts(conn: psycopg.Connection, runs: int, rng: random.Random) -> dict[str, list[str]]:
    sample = conn.execute("SELECT given_name, family_name, birth_date, phone, mrn, national_id "
                          "FROM registry.patient TABLESAMPLE SYSTEM (1) WHERE merged_into_id IS NULL "
                          "LIMIT %s", (runs * 20,)).fetchall()
    rng.shuffle(sample)
    common = conn.execute("SELECT family_name FROM registry.patient GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
                          ).fetchone()[0]
    with_phone = [r for r in sample if r[3]]
    with_nid = [r for r in sample if r[5]]
    return {
        "family-name fragment (3 letters)": [r[1][:3] for r in sample[:runs]],
        "family + given name": [f"{r[1]} {r[0]}" for r in sample[:runs]],
        "birth date + family name": [f"{r[2]:%d.%m.%Y} {r[1]}" for r in sample[:runs]],
        "phone (whole number)": [r[3] for r in with_phone[:runs]],
        "phone (last 7 digits)": ["".join(c for c in r[3] if c.isdigit())[-7:] for r in with_phone[:runs]],
        "MRN": [r[4] for r in sample[:runs]],
        "birth date": [f"{r[2]:%d.%m.%Y}" for r in sample[:runs]],
        "national ID": [r[5] for r in with_nid[:runs]],
        f"next page of the commonest name ({common})": [common] * runs,
    }


def timed(db: Database, text: str, *, pages: int = 1) -> float:
    query = queries.parse_search(text)
    started = time.perf_counter()
    with db.session() as session:
        rows = queries.search_patients(session, query, limit=50)
    if pages > 1 and rows:  # time only the following page, as a clerk scrolling does
        started = time.perf_counter()
        with db.session() as session:
            queries.search_patients(session, query, after=queries.row_key(rows[-1]), limit=50)
    return (time.perf_counter() - started) * 1000


def run(url: str, runs: int, seed: int) -> None:
    parts = urlsplit(url)
    profile = ServerProfile("bench", hosts=[f"{parts.hostname}:{parts.port}"], database=parts.path.lstrip("/"),
                            sslmode="disable")
    db = Database(profile, "reception1", DEMO_PASSWORD, application_name="bench-reception")
    db.login()
    with psycopg.connect(url) as conn:
        patients = conn.execute("SELECT count(*) FROM registry.patient").fetchone()[0]
        texts = search_texts(conn, runs, random.Random(seed))
    print(f"{patients:,} patients; {runs} searches per mode as reception1 (client code, TCP), after a warm-up")
    print(f"{'mode':52} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for mode, items in texts.items():
        pages = 2 if mode.startswith("next page") else 1
        for text in items[:3]:
            timed(db, text, pages=pages)
        ms = sorted(timed(db, text, pages=pages) for text in items)
        p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
        print(f"{mode:52} {statistics.median(ms):8.1f} {p95:8.1f} {ms[-1]:8.1f}")
    db.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--url", help="superuser URL of a loaded database (skips the build)")
    ap.add_argument("--embedded", action="store_true", help="the embedded PostgreSQL 18 instead of the system's")
    args = ap.parse_args()
    if args.url:
        migrate.upgrade(args.url)
        with psycopg.connect(args.url, autocommit=True) as conn:
            conn.execute("ANALYZE registry.patient")
        run(args.url, args.runs, args.seed)
        return 0
    cluster = LocalCluster.in_temp_dir("hms-bench-search-", prefer="embedded" if args.embedded else None)
    try:
        url = cluster.create_database("hospital")
        migrate.upgrade(url)
        started = time.perf_counter()
        with psycopg.connect(url) as conn:
            load_demo(conn, args.patients, seed=args.seed)
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
        print(f"built {args.patients:,} patients in {time.perf_counter() - started:.0f} s")
        run(url, args.runs, args.seed)
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
