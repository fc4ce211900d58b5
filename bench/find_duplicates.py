"""The registry-wide duplicate scan (hms-admin find-duplicates, issue 16): speed and quality.

1. Builds a registry of N demo patients (default 100,000) in a private durable cluster: the demo's own patients
   with their planted near-duplicates (server_db.demo.generate.make_patients, 3 %, 1–3 corruptions each), bulk
   loaded the way `hms-admin demo-data` loads a large registry (COPY with the row triggers off), then VACUUM
   ANALYZE. Only the registry: the scan reads nothing else.
2. Runs the scan exactly as `hms-admin find-duplicates --url <admin1> --workers W --min-score S` does
   (server_db.duplicate_scan.find_duplicates) and prints patients/s, total time and the pairs queued.
3. Precision and recall against the planted duplicates, at the queue's threshold and at higher ones: a queued
   pair is right when both records are the same person (a planted near-duplicate and its original, or two
   near-duplicates of one original); recall counts the planted (duplicate, original) pairs that were queued.

    python bench/find_duplicates.py [--patients 100000] [--workers 2] [--min-score 0.5] [--scan-first N]
                                    [--embedded]
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_db import migrate  # noqa: E402
from server_db.demo.generate import COLUMNS, DEMO_PASSWORD, ensure_departments_and_staff, make_patients  # noqa: E402
from server_db.duplicate_scan import find_duplicates  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.9)


def build(url: str, patients: int, seed: int) -> dict[int, int]:
    """Load the registry; returns patient id -> id of its planted original (originals map to themselves)."""
    migrate.upgrade(url)
    t0 = time.perf_counter()
    rows, truth = make_patients(patients, seed)
    t1 = time.perf_counter()
    with psycopg.connect(url) as conn:
        ensure_departments_and_staff(conn)
        conn.execute("SET LOCAL session_replication_role = replica")
        with conn.cursor().copy(f"COPY registry.patient ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in COLUMNS])
        ids = [r[0] for r in conn.execute("SELECT id FROM registry.patient ORDER BY id")]
    t2 = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE registry.patient")
    print(f"build: {patients:,} patients ({len(truth):,} planted near-duplicates): generating {t1 - t0:.0f} s, "
          f"COPY with all indexes {t2 - t1:.0f} s, VACUUM ANALYZE {time.perf_counter() - t2:.0f} s")
    group = {}
    for dup, orig, _ in truth:
        group[ids[dup]] = ids[orig]
        group[ids[orig]] = ids[orig]
    return group


def quality(url: str, group: dict[int, int], planted: set[tuple[int, int]]) -> None:
    with psycopg.connect(url) as conn:
        pairs = conn.execute("SELECT patient_a, patient_b, score FROM registry.duplicate_pair").fetchall()
    for threshold in THRESHOLDS:
        kept = [(a, b) for a, b, s in pairs if s >= threshold]
        right = sum(1 for a, b in kept if a in group and group.get(b) == group[a])
        kept_set = set(kept)
        found = sum(1 for p in planted if p in kept_set)
        precision = right / len(kept) if kept else 1.0
        recall = found / len(planted) if planted else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"  score >= {threshold:.1f}: {len(kept):,} pairs, {right:,} right -> precision {precision:.4f}; "
              f"{found:,} of {len(planted):,} planted pairs -> recall {recall:.4f}; F1 {f1:.4f}")
    by_band = defaultdict(int)
    for _, _, s in pairs:
        by_band[min(int(s * 10), 9)] += 1
    print("  pairs by score band: " + ", ".join(f"{b / 10:.1f}-{(b + 1) / 10:.1f} {n:,}"
                                                 for b, n in sorted(by_band.items())))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--min-score", type=float, default=0.5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scan-first", type=int, help="scan only the patients with the lowest N ids (each is still "
                        "matched against the whole registry): the rate at full size without the full run")
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    args = parser.parse_args()

    cluster = LocalCluster.in_temp_dir("hms-bench-", fast=False, prefer="embedded" if args.embedded else None)
    try:
        url = cluster.create_database()
        state = cluster.state
        assert state is not None
        print(f"PostgreSQL {state.major} ({state.source}), durable (fsync on)")
        group = build(url, args.patients, args.seed)
        last_id = None
        if args.scan_first:
            with psycopg.connect(url) as conn:
                last_id = conn.execute("SELECT max(id) FROM (SELECT id FROM registry.patient ORDER BY id LIMIT %s) s",
                                       (args.scan_first,)).fetchone()[0]
        # A pair is found from its lower id: with --scan-first only the pairs whose lower id was scanned count.
        planted = {(min(d, o), max(d, o)) for d, o in group.items()
                   if d != o and (last_id is None or min(d, o) <= last_id)}

        done = [0, 0.0]
        started = time.perf_counter()

        def progress(patients: int, pairs: int) -> None:
            done[0] += patients
            if time.perf_counter() - done[1] > 30:
                done[1] = time.perf_counter()
                elapsed = done[1] - started
                print(f"  ... {done[0]:,} patients in {elapsed:.0f} s ({done[0] / elapsed:,.0f}/s)", flush=True)

        result = find_duplicates(state.url(user="admin1", password=DEMO_PASSWORD), workers=args.workers,
                                 min_score=args.min_score, progress=progress, last_id=last_id)
        print(f"hms-admin find-duplicates --workers {args.workers} --min-score {args.min_score}: "
              f"{result.patients:,} patients in {result.seconds:.1f} s = {result.rate:,.0f} patients/s; "
              f"{result.pairs:,} pairs queued (scan #{result.scan_id})")
        print(f"  at this rate 1,000,000 patients take {1_000_000 / result.rate / 60:.1f} min" if result.rate else "")
        quality(url, group, planted)
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
