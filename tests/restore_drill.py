"""The steps of a restore drill shared by tests/test_backup.py and bench/restore.py: a WAL archive folder the
server can write, and two registrations on either side of a moment T, archived so a restore can reach them."""
from __future__ import annotations

import shutil
import time
from datetime import datetime

import psycopg

from server_db import backup
from server_db.demo.generate import DEMO_PASSWORD
from server_db.embedded import LocalCluster


def archive_folder(local: LocalCluster) -> str:
    """A WAL archive folder inside the cluster's base, owned by the server's OS user."""
    assert local.state is not None
    folder = local.base / "wal-archive"
    folder.mkdir()
    if local.state.run_user:
        shutil.chown(folder, local.state.run_user, local.state.run_user)
    return str(folder)


def register(local: LocalCluster, family: str) -> None:
    """A patient registered by reception1 (given name 'Drill'), committed."""
    assert local.state is not None
    with psycopg.connect(local.state.url("hospital", user="reception1", password=DEMO_PASSWORD)) as conn:
        conn.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                     "VALUES ('Drill', %s, '1980-02-03', 'male')", (family,))


def drill_patients(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        return {r[0] for r in conn.execute("SELECT family_name FROM registry.patient WHERE given_name = 'Drill'")}


def changes_around_a_moment(local: LocalCluster, url: str) -> datetime:
    """Register 'Before-T', note the server's clock T, register 'After-T' a second later, and wait until the WAL
    holding both is archived; returns T."""
    register(local, "Before-T")
    with psycopg.connect(url) as conn:
        moment = conn.execute("SELECT clock_timestamp()").fetchone()[0]
    time.sleep(1.1)
    register(local, "After-T")
    with psycopg.connect(url, autocommit=True) as conn:
        backup.wait_archived(conn)
    return moment
