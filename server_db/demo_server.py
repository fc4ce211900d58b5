"""The demo database: an embedded PostgreSQL in the user's data folder, set up once with demo data.

    python -m server_db.demo_server start   # start (and on first use create + fill) it, print how to connect
    python -m server_db.demo_server stop
    python -m server_db.demo_server reset   # stop and delete it

As root the cluster lives in /var/lib/hospital-desktop/demo instead: postgres runs as an unprivileged
user, which cannot reach root's home folder."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import platformdirs
import psycopg

from . import migrate
from .demo.generate import DEMO_PASSWORD, DEMO_STAFF, ensure_departments_and_staff, load_demo
from .embedded import ClusterError, LocalCluster

APP = "hospital-desktop"
DEMO_PATIENTS = int(os.environ.get("HMS_DEMO_PATIENTS", "5000"))


def demo_dir() -> Path:
    if os.geteuid() == 0:
        return Path("/var/lib") / APP / "demo"
    return Path(platformdirs.user_data_dir(APP)) / "demo"


def demo_cluster() -> LocalCluster:
    return LocalCluster(demo_dir(), prefer=os.environ.get("HMS_PG", "embedded"))


def start(patients: int = DEMO_PATIENTS, quiet: bool = False) -> str:
    """Start the demo server, creating and filling it on first use; returns the superuser URL."""
    cluster = demo_cluster()
    url = cluster.create_database()
    migrate.upgrade(url)
    with psycopg.connect(url) as conn:
        filled = conn.execute("SELECT count(*) FROM registry.patient").fetchone()[0] > 0
        if not filled:
            if not quiet:
                print(f"Creating the demo hospital ({patients} patients) ...", flush=True)
            load_demo(conn, patients, seed=1)
        else:  # a demo made by an older version: the logins added since (e.g. the insurance gateway's)
            ensure_departments_and_staff(conn)
    return url


def _clients_dir() -> Path:
    return demo_dir().parent / "demo-clients"


def register_client(pid: int | None = None) -> None:
    """A demo client says it uses the server (one file per process id; see release_client)."""
    folder = _clients_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / str(pid or os.getpid())).touch()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def release_client(pid: int | None = None) -> bool:
    """This client is done; True when no other demo client still runs (then the caller stops the server).
    Files of clients that died without releasing are cleared here."""
    folder = _clients_dir()
    (folder / str(pid or os.getpid())).unlink(missing_ok=True)
    others = []
    for entry in folder.glob("*") if folder.is_dir() else []:
        if entry.name.isdigit() and _alive(int(entry.name)):
            others.append(entry)
        else:
            entry.unlink(missing_ok=True)
    return not others


def describe(url: str) -> str:
    cluster = demo_cluster()
    assert cluster.state is not None
    logins = "\n".join(f"  {login:<12} {', '.join(roles):<11} {name}" for login, name, roles, _ in DEMO_STAFF)
    return (f"Demo database running (PostgreSQL {cluster.state.major}, {cluster.state.source} binaries)\n"
            f"  data:   {cluster.state.data_dir}\n"
            f"  admin:  {url}\n"
            f"  staff:  psql 'postgresql://doctor1:{DEMO_PASSWORD}@127.0.0.1:{cluster.state.port}/hospital'\n"
            f"Demo logins (password '{DEMO_PASSWORD}'):\n{logins}\n"
            f"Stop it with: make demo-stop")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m server_db.demo_server")
    parser.add_argument("action", choices=["start", "stop", "reset", "url"])
    args = parser.parse_args(argv)
    try:
        if args.action == "start":
            print(describe(start()))
        elif args.action == "url":
            print(start(quiet=True))
        elif args.action == "stop":
            demo_cluster().stop()
            print("demo database stopped")
        else:
            demo_cluster().destroy()
            print(f"demo database deleted ({demo_dir()})")
    except ClusterError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
