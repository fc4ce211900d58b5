"""Duplicate-candidate search at hospital scale: registry.find_duplicate_candidates vs a naive baseline.

1. Builds a fresh demo hospital of N patients (default 1,000,000) in a private durable cluster, the way
   `hms-admin demo-data` does (server_db.demo.generate.load_demo), then VACUUM ANALYZE; prints the build time.
2. Picks S random existing patients, corrupts each with the demo's own
   corruption functions (server_db.demo.corrupt.near_duplicate: typos, phonetic and OCR-like misspellings,
   swapped names, nicknames, swapped day/month, missing fields, a move), and searches for it as the
   reception1 login over TCP (row-level security and all, like a workstation). Prints p50/p95/p99 latency
   and recall@5 (the source patient among the first five), per corruption kind too.
3. Searches S truly new patients (another seed, not in the database) and counts the strong false alarms.
4. The same searches with the naive baseline (trigram + birth date + postcode, ten lines of SQL, created in
   this throwaway database only; run as the superuser so its trigram index is usable).

    python bench/dedup_search.py [--patients 1000000] [--searches 1000] [--embedded]
                                 [--url URL --truth-file planted.csv]

--url reuses an already loaded database (superuser URL; the demo logins must exist) and skips step 1;
--truth-file is the CSV `hms-admin demo-data --truth-file` wrote for it (a strong hit on a planted
near-duplicate of the source patient is the same person, not a false alarm).
"""
from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.types.json import Jsonb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_db.demo.baseline import BASELINE_SQL  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.corrupt import near_duplicate  # noqa: E402
from server_db.demo.generate import COLUMNS, DEMO_PASSWORD, load_demo, make_patients  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402



def as_candidate(rec: dict) -> dict:
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in rec.items() if k in COLUMNS}


def with_login(url: str, user: str, password: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    netloc = f"{user}:{password}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def percentile(sorted_ms: list[float], p: float) -> float:
    return sorted_ms[min(len(sorted_ms) - 1, int(round(p / 100 * (len(sorted_ms) - 1))))]


def build(url: str, patients: int, seed: int) -> list[tuple[str, str, str]]:
    """load_demo as `hms-admin demo-data` runs it, then VACUUM ANALYZE; prints where the time went."""
    migrate.upgrade(url)
    marks: dict[str, float] = {}

    def progress(stage: str, rows: int) -> None:
        marks.setdefault(stage, time.perf_counter())
        marks[stage + " end"] = time.perf_counter()

    t0 = time.perf_counter()
    with psycopg.connect(url) as conn:
        summary = load_demo(conn, patients, seed, progress=progress)
        t_load = time.perf_counter()
        conn.commit()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE registry.patient")
    t_end = time.perf_counter()
    copy_s = marks.get("load end", t0) - marks.get("generate end", t0)
    print(f"build: {patients:,} patients in {t_end - t0:.0f} s = generating {marks.get('generate end', t0) - t0:.0f} s"
          f" + COPY into registry.patient with all its indexes {copy_s:.0f} s + the rest of the demo hospital"
          f" (encounters, notes, ...) {t_load - marks.get('load end', t0):.0f} s + commit and VACUUM ANALYZE"
          f" {t_end - t_load:.0f} s")
    return summary.truth


def same_person_groups(url: str, truth: list[tuple[str, str, str]]) -> dict[int, int]:
    """patient id -> id of its planted original (the original maps to itself)."""
    with psycopg.connect(url) as conn:
        ids = dict(conn.execute("SELECT mrn, id FROM registry.patient WHERE mrn = ANY (%s)",
                                ([m for d, o, _ in truth for m in (d, o)],)).fetchall())
    groups: dict[int, int] = {}
    for dup, orig, _ in truth:
        groups[ids[dup]] = ids[orig]
        groups[ids[orig]] = ids[orig]
    return groups


def make_queries(url: str, n: int, seed: int) -> list[tuple[dict, int, str]]:
    """n corrupted copies of random patients: (candidate, source patient id, corruption kinds)."""
    rng = random.Random(seed)
    with psycopg.connect(url) as conn:
        # Random patients (a planted near-duplicate may be picked too: it is a patient like any other).
        rows = conn.execute(f"""
            SELECT id, {', '.join(COLUMNS)} FROM registry.patient TABLESAMPLE SYSTEM (1) REPEATABLE (%s)
             WHERE merged_into_id IS NULL LIMIT %s""", (seed, n * 3)).fetchall()
        streets = conn.execute("SELECT address, postal_code FROM registry.patient TABLESAMPLE SYSTEM (0.1) "
                               "REPEATABLE (%s) WHERE address IS NOT NULL AND postal_code IS NOT NULL",
                               (seed + 1,)).fetchall()
    rng.shuffle(rows)
    queries = []
    for row in rows[:n]:
        rec = dict(zip(COLUMNS, row[1:], strict=True))
        dup, kinds = near_duplicate(rng, rec, new_address=rng.choice(streets),
                                    new_phone=f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}")
        queries.append((as_candidate(dup), row[0], "+".join(kinds)))
    return queries


def new_patients(n: int, seed: int) -> list[dict]:
    rows, truth = make_patients(int(n * 1.05) + 10, seed, start_index=50_000_000)
    planted = {d for d, _, _ in truth}
    return [as_candidate(r) for i, r in enumerate(rows) if i not in planted][:n]


def run(conn: psycopg.Connection, sql: str, candidates: list[dict]) -> tuple[list[list], list[float]]:
    results, times = [], []
    for cand in candidates:
        t0 = time.perf_counter()
        results.append(conn.execute(sql, (Jsonb(cand),)).fetchall())
        times.append((time.perf_counter() - t0) * 1000)
    return results, times


def report(name: str, queries, results, times, neg_results, strong: float | None,
           groups: dict[int, int]) -> None:
    ms = sorted(times)
    hits = [src in [r[0] for r in res[:5]] for (_, src, _), res in zip(queries, results, strict=True)]
    print(f"{name}:")
    print(f"  latency  p50 {percentile(ms, 50):7.2f} ms   p95 {percentile(ms, 95):7.2f} ms   "
          f"p99 {percentile(ms, 99):7.2f} ms   mean {statistics.mean(ms):7.2f} ms   ({len(ms)} searches)")
    print(f"  recall@5 {sum(hits) / len(hits):.4f}   ({len(hits) - sum(hits)} of {len(hits)} sources not in the top 5)")
    if strong is not None:
        tp = sum(any(r[0] == src and r[1] >= strong for r in res) for (_, src, _), res in zip(queries, results, strict=True))
        def same(a: int, b: int) -> bool:
            return a == b or (a in groups and groups.get(b) == groups[a])
        fp = sum(1 for (_, src, _), res in zip(queries, results, strict=True) for r in res
                 if not same(r[0], src) and r[1] >= strong)
        fp_new = sum(1 for res in neg_results for r in res if r[1] >= strong)
        fn = len(queries) - tp
        f1 = 2 * tp / (2 * tp + fp + fp_new + fn)
        print(f"  at strong >= {strong:.2f}: {tp} sources found, {fn} missed, {fp} other people and "
              f"{fp_new} strong hits for {len(neg_results)} new patients -> F1 {f1:.4f}")
    misses = defaultdict(lambda: [0, 0])
    for hit, (_, _, kinds) in zip(hits, queries, strict=True):
        for kind in kinds.split("+"):
            misses[kind][0] += 1
            misses[kind][1] += 0 if hit else 1
    print("  recall@5 by corruption kind: " + ", ".join(
        f"{k} {1 - m / n:.3f}" for k, (n, m) in sorted(misses.items())))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=1_000_000)
    parser.add_argument("--searches", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    parser.add_argument("--url", help="reuse this loaded database (superuser URL) instead of building one")
    parser.add_argument("--truth-file", help="with --url: the planted duplicates (hms-admin demo-data --truth-file)")
    parser.add_argument("--skip-baseline", action="store_true")
    args = parser.parse_args()

    cluster = None
    try:
        if args.url:
            url = args.url
            print(f"reusing {urlsplit(url).path.lstrip('/')}")
            truth = []
            if args.truth_file:
                with open(args.truth_file, newline="") as fh:
                    truth = [tuple(row) for row in csv.reader(fh)][1:]
        else:
            cluster = LocalCluster.in_temp_dir("hms-bench-", fast=False, prefer="embedded" if args.embedded else None)
            url = cluster.create_database()
            state = cluster.state
            assert state is not None
            print(f"PostgreSQL {state.major} ({state.source}), durable (fsync on)")
            truth = build(url, args.patients, args.seed)
        with psycopg.connect(url, autocommit=True) as conn:
            count = conn.execute("SELECT count(*) FROM registry.patient").fetchone()[0]
            sizes = conn.execute("""SELECT string_agg(c.relname || ' ' || pg_size_pretty(pg_relation_size(c.oid)), ', '
                                      ORDER BY c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                                     WHERE n.nspname = 'registry' AND c.relname LIKE 'ix_patient_%'""").fetchone()[0]
            conn.execute(BASELINE_SQL)
            strong = conn.execute("SELECT strong FROM registry.duplicate_thresholds()").fetchone()[0]
        print(f"{count:,} patients; indexes: {sizes}")
        groups = same_person_groups(url, truth)

        queries = make_queries(url, args.searches, args.seed + 100)
        negatives = new_patients(args.searches, args.seed + 4242)
        candidates = [q[0] for q in queries]

        product_sql = "SELECT patient_id, score FROM registry.find_duplicate_candidates(%s, 10)"
        with psycopg.connect(with_login(url, "reception1", DEMO_PASSWORD), autocommit=True) as conn:
            run(conn, product_sql, negatives[:50])  # warm the session's plan and the cache
            results, times = run(conn, product_sql, candidates)
            neg_results, neg_times = run(conn, product_sql, negatives)
        report("registry.find_duplicate_candidates (as reception1)", queries, results, times + neg_times,
               neg_results, strong, groups)

        if not args.skip_baseline:
            baseline_sql = "SELECT patient_id, score FROM public.naive_duplicate_candidates(%s, 10)"
            with psycopg.connect(url, autocommit=True) as conn:
                run(conn, baseline_sql, negatives[:50])
                results, times = run(conn, baseline_sql, candidates)
            report("naive baseline: trigram + birth date + postcode (as superuser)", queries, results, times,
                   [], None, groups)
    finally:
        if cluster is not None:
            cluster.destroy()


if __name__ == "__main__":
    main()
