"""How long backups and restores of a demo-size hospital take (server_db/backup.py, what hms-admin backup / restore
run): a durable cluster (fsync on) with the demo hospital and WAL archiving; a verified base backup; two changes
around a moment T; a point-in-time restore to T into a new data directory on another port (copy, then replay and
promote); audit-verify on the restored server; and a pg_dump / pg_restore round trip with audit-verify on the copy.

    python bench/restore.py [--patients 5000] [--embedded]
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import restore_drill  # noqa: E402

from server_db import audit_chain, backup, migrate  # noqa: E402
from server_db.demo.generate import load_demo  # noqa: E402
from server_db.demo_server import DEMO_PATIENTS  # noqa: E402
from server_db.embedded import LocalCluster, temp_base  # noqa: E402


def size(path: Path) -> str:
    total = sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())
    return f"{total / 1024 / 1024:.0f} MB"


def timed(label: str, work):  # noqa: ANN001, ANN201
    t0 = time.perf_counter()
    result = work()
    print(f"  {label:<44} {time.perf_counter() - t0:7.1f} s")
    return result


def verify(url: str) -> str:
    with psycopg.connect(url) as conn:
        audit_chain.seal(conn)
        result = audit_chain.verify(conn)
    assert result.ok, result.describe()
    return result.describe()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--patients", type=int, default=DEMO_PATIENTS)
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    args = parser.parse_args()
    source = LocalCluster.in_temp_dir("hms-bench-", fast=False, prefer="embedded" if args.embedded else None)
    target: LocalCluster | None = None
    work = Path(temp_base("hms-bench-backups-"))
    work.mkdir()
    try:
        url = source.create_database()
        state = source.state
        assert state is not None
        print(f"PostgreSQL {state.major} ({state.source}), durable (fsync on), {args.patients} demo patients")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            timed("demo hospital built", lambda: load_demo(conn, args.patients, seed=1))
            db_size = conn.execute("SELECT pg_size_pretty(pg_database_size(current_database()))").fetchone()[0]
        archive = Path(restore_drill.archive_folder(source))
        with psycopg.connect(url) as conn:
            backup.configure_archiving(conn, archive)
        source.stop()
        source.start()
        print(f"  database size {db_size}")

        base = timed("base backup (pg_basebackup + pg_verifybackup)", lambda: backup.base_backup(url, work))
        print(f"  base backup size {size(base)}")
        moment = timed("two changes around T, archived", lambda: restore_drill.changes_around_a_moment(source, url))

        target = source.sibling(temp_base("hms-bench-restored-"))
        assert target.state is not None
        timed("restore: base backup copied, recovery set up", lambda: backup.prepare_restore(
            base, target.state.data_dir, wal_archive=archive, target_time=moment.isoformat(),
            port=target.state.port, os_user=state.run_user if os.geteuid() == 0 else None))
        restored = target.state.url("hospital")

        def recover() -> None:
            target.start()
            with psycopg.connect(restored) as conn:
                while conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]:
                    time.sleep(0.05)
        timed("restore: started, WAL replayed to T, promoted", recover)
        names = restore_drill.drill_patients(restored)
        assert names == {"Before-T"}, names
        print(f"  restored to T: {sorted(names)} (After-T absent)")
        chain = timed("audit-verify on the restored server", lambda: verify(restored))
        print(f"  {chain}")

        dump = timed("pg_dump -Fc", lambda: backup.dump(url, work))
        print(f"  dump size {dump.stat().st_size / 1024 / 1024:.0f} MB")
        copy = source.create_database("hospital_copy")
        timed("pg_restore (definitions, grants, data) + grants", lambda: backup.restore_dump(dump, copy))
        timed("audit-verify on the restored copy", lambda: verify(copy))
    finally:
        if target is not None:
            target.destroy()
        source.destroy()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
