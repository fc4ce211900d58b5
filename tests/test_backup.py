"""Backups that restore (server_db/backup.py through hms-admin): a cluster with the harness's demo hospital and WAL
archiving, a verified base backup, more changes around a moment T, a point-in-time restore to T into a new data
directory on another port, and the audit chain verified on what came back; and a pg_dump / pg_restore round trip
that keeps the data, the chain and the database's own grants."""
from __future__ import annotations

import os
import time
from pathlib import Path

import psycopg
import pytest
from restore_drill import archive_folder, changes_around_a_moment, drill_patients, register
from test_admin_cli import cli

from server_db import backup, migrate
from server_db.demo.generate import DEMO_PASSWORD, load_demo
from server_db.embedded import LocalCluster, temp_base

pytestmark = pytest.mark.db


@pytest.fixture(scope="module")
def source(cluster):
    """A cluster of its own (archiving needs a restart) with the demo hospital and WAL archiving on."""
    local = LocalCluster.in_temp_dir("hms-backup-", fast=True, prefer=cluster.prefer)
    try:
        url = local.create_database("hospital")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, patients=400, seed=7)
        archive = archive_folder(local)
        result = cli("archive-setup", "--url", url, "--wal-archive", archive)
        assert result.returncode == 0, result.stderr
        assert "restart the server" in result.stdout
        local.stop()
        local.start()
        yield local, url, archive
    finally:
        local.destroy()


def test_a_base_backup_restores_to_a_point_in_time_with_the_audit_chain_intact(source, tmp_path):
    local, url, archive = source
    register(local, "Before-Backup")
    result = cli("backup", "--url", url, "--dest", str(tmp_path / "backups"))
    assert result.returncode == 0, result.stderr
    assert "base backup (verified)" in result.stdout
    [base] = (tmp_path / "backups").iterdir()
    moment = changes_around_a_moment(local, url)

    target = local.sibling(temp_base("hms-restored-"))
    assert target.state is not None and target.state.port != local.state.port
    args = ["restore", "--from", str(base), "--data-dir", str(target.state.data_dir), "--wal-archive", archive,
            "--target-time", moment.isoformat(), "--port", str(target.state.port)]
    if os.geteuid() == 0:
        args += ["--os-user", target.state.run_user]
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    try:
        target.start()
        restored = target.state.url("hospital")
        with psycopg.connect(restored) as conn:
            for _ in range(300):  # replaying the archive up to T, then promoting
                if not conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]:
                    break
                time.sleep(0.1)
            assert conn.execute("SELECT pg_is_in_recovery()").fetchone()[0] is False
            assert conn.execute("SHOW archive_mode").fetchone()[0] == "off"  # never writes the production archive
        assert drill_patients(restored) == {"Before-Backup", "Before-T"}
        assert drill_patients(url) == {"Before-Backup", "Before-T", "After-T"}
        verified = cli("audit-verify", "--url", restored)
        assert verified.returncode == 0, verified.stderr
        assert "audit chain intact" in verified.stdout
        # A staff login works on the restored server as before.
        with psycopg.connect(target.state.url("hospital", user="doctor1", password=DEMO_PASSWORD)) as conn:
            assert conn.execute("SELECT core.current_staff_id() IS NOT NULL").fetchone()[0]
    finally:
        target.destroy()


def test_restore_refuses_what_would_go_wrong(source, tmp_path):
    local, url, archive = source
    not_a_backup = tmp_path / "nothing"
    not_a_backup.mkdir()
    result = cli("restore", "--from", str(not_a_backup), "--data-dir", str(tmp_path / "new"), "--os-user", "x")
    assert result.returncode == 2 and "is not a base backup" in result.stderr
    result = cli("restore", "--from", str(local.state.data_dir), "--data-dir", str(tmp_path / "new"),
                 "--os-user", "x")
    assert result.returncode == 2 and "is not a base backup" in result.stderr  # a live data directory
    fake = tmp_path / "fake"
    fake.mkdir()
    (fake / "PG_VERSION").write_text("15\n")
    (fake / "backup_label").write_text("")
    result = cli("restore", "--from", str(fake), "--data-dir", str(tmp_path / "new"),
                 "--target-time", "2026-01-01T00:00:00+00:00", "--os-user", "x")
    assert result.returncode == 2 and "--target-time needs --wal-archive" in result.stderr
    result = cli("restore", "--dump", str(tmp_path / "x.dump"), "--url", url)
    assert result.returncode == 2 and "already has a Hospital Desktop schema" in result.stderr
    staff_url = local.state.url("hospital", user="admin1", password=DEMO_PASSWORD)
    result = cli("backup", "--url", staff_url, "--dest", str(tmp_path))
    assert result.returncode == 2 and "superuser" in result.stderr


def test_a_logical_dump_round_trip_keeps_data_chain_and_database_grants(source, tmp_path):
    local, url, _ = source
    result = cli("backup", "--logical", "--url", url, "--dest", str(tmp_path))
    assert result.returncode == 0, result.stderr
    [dump] = list(tmp_path.glob("hospital-*.dump"))
    copy_url = local.create_database("hospital_copy")
    result = cli("restore", "--dump", str(dump), "--url", copy_url)
    assert result.returncode == 0, result.stderr

    def fingerprint(database_url: str) -> tuple:
        with psycopg.connect(database_url) as conn:
            rows = tuple(conn.execute(f"SELECT count(*), md5(string_agg(t::text, ',' ORDER BY t::text)) FROM {table} t"
                                      ).fetchone()
                         for table in ("registry.patient", "clinical.encounter", "lab.lab_order", "audit.event",
                                       "core.staff", "billing.charge"))
            sequences = conn.execute("SELECT string_agg(schemaname || '.' || sequencename || '=' "
                                     "|| coalesce(last_value, 0), ',' ORDER BY schemaname, sequencename) FROM pg_sequences").fetchone()[0]
            acl = conn.execute("SELECT datacl::text[] FROM pg_database WHERE datname = current_database()"
                               ).fetchone()[0]
            return rows, sequences, sorted(acl)

    original, copy = fingerprint(url), fingerprint(copy_url)
    assert original == copy
    assert not [entry for entry in copy[2] if entry.startswith("=")]  # PUBLIC: no CONNECT, no TEMPORARY
    verified = cli("audit-verify", "--url", copy_url)
    assert verified.returncode == 0, verified.stderr
    with psycopg.connect(local.state.url("hospital_copy", user="reception1", password=DEMO_PASSWORD)) as conn:
        assert conn.execute("SELECT count(*) FROM registry.patient").fetchone()[0] > 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("CREATE TEMPORARY TABLE t (x int)")


def test_backup_tools_match_the_server_version(source):
    local, url, _ = source
    path = backup.tool("pg_basebackup", backup.server_major(url))
    assert Path(path).exists()
    assert str(local.state.major) in os.popen(f"'{path}' --version").read()
