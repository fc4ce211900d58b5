"""Hostile input at every SECURITY DEFINER function (tests/definer_fuzz.py): each function read from pg_catalog
is called with Hypothesis-generated arguments by every demo login whose role may execute it, each call rolled
back; a login without EXECUTE makes one call, which must be refused.

Prints the functions covered, the calls tried per login, the outcomes by SQLSTATE, the logins refused, and every
defect (an error that would reach the user as a crash report or a SQLSTATE no function raises on purpose, shrunk
by Hypothesis to a small call) and partial write (a write that outlived its failed transaction).

    python bench/fuzz_definer_functions.py [--examples 200] [--seed N] [--patients 400] [--embedded]
    python bench/fuzz_definer_functions.py --url postgresql://postgres:…@host:port/db   # a database of your own
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import psycopg
from psycopg.conninfo import conninfo_to_dict, make_conninfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import definer_fuzz  # noqa: E402

from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402

LOGINS = ("reception1", "doctor1", "nurse1", "pharmacist1", "lab1", "billing1", "admin1", "auditor1")


def run(url: str, examples: int, seed: int | None, only: str | None) -> int:
    params = conninfo_to_dict(url)
    t0 = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as admin:
        fuzzer = definer_fuzz.Fuzzer(admin, lambda login: psycopg.connect(
            make_conninfo(**{**params, "user": login, "password": DEMO_PASSWORD})))
        shown = set()

        def progress(function: definer_fuzz.Function, login: str) -> None:
            if function.signature not in shown:
                shown.add(function.signature)
                print(f"  {function.signature}", file=sys.stderr, flush=True)

        tally, covered = definer_fuzz.fuzz_all(fuzzer, LOGINS, examples, seed, progress, only=only)
    print(definer_fuzz.report(tally, covered))
    print(f"{sum(tally.calls.values()) + sum(tally.refused.values())} calls in {time.perf_counter() - t0:.0f} s")
    return 1 if tally.defects or tally.partial else 0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=200, help="Hypothesis examples per function and login")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--patients", type=int, default=400)
    parser.add_argument("--only", help="only functions whose signature contains this")
    parser.add_argument("--url", help="superuser URL of an existing demo database (default: a private cluster)")
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    args = parser.parse_args()
    if args.url:
        sys.exit(run(args.url, args.examples, args.seed, args.only))
    cluster = LocalCluster.in_temp_dir("hms-bench-", fast=True, prefer="embedded" if args.embedded else None)
    try:
        url = cluster.create_database()
        assert cluster.state is not None
        print(f"PostgreSQL {cluster.state.major} ({cluster.state.source}), {args.patients} demo patients, "
              f"{args.examples} examples per function and login, seed {args.seed}")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, patients=args.patients, seed=7)
            definer_fuzz.add_spare_logins(conn, "fuzz-spare-password")
        code = run(url, args.examples, args.seed, args.only)
    finally:
        cluster.destroy()
    sys.exit(code)


if __name__ == "__main__":
    main()
