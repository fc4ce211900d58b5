"""hms-admin: set up and administer a Hospital Desktop database.

Every failure the operator can cause (bad URL, missing privilege, unknown role, ...) ends with one line on
stderr and exit status 2; audit-verify exits 1 when the chain is broken."""
from __future__ import annotations

import argparse
import getpass
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import psycopg
from sqlalchemy.exc import SQLAlchemyError

from .audit_chain import seal, verify
from .backup import BackupError
from .staff import StaffError, create_guard_login, create_staff, deactivate_staff, staff_id_of
from .urls import psycopg_url, redact

EXIT_BROKEN = 1
EXIT_USAGE = 2


class AdminError(Exception):
    """One line for the operator."""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def connect(url: str, *, autocommit: bool = False) -> psycopg.Connection:
    try:
        return psycopg.connect(psycopg_url(url), autocommit=autocommit, application_name="hms-admin",
                               connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise AdminError(f"cannot connect to {redact(url)}: {_first_line(exc)}") from exc
    except psycopg.ProgrammingError as exc:  # malformed conninfo
        raise AdminError(f"not a usable database URL ({redact(url)}): {_first_line(exc)}") from exc


def _require_superuser(conn: psycopg.Connection, what: str) -> None:
    row = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()
    if not row or not row[0]:
        raise AdminError(f"{what} needs a superuser login (it creates roles and extensions); "
                         f"{conn.info.user!r} is not one")


def _require_schema(conn: psycopg.Connection) -> None:
    if conn.execute("SELECT to_regclass('core.staff')").fetchone()[0] is None:
        raise AdminError("this database has no Hospital Desktop schema yet: run hms-admin init-db first")


# -- commands -----------------------------------------------------------------------------------------
def cmd_init_db(args: argparse.Namespace) -> int:
    from . import migrate

    with connect(args.url) as conn:
        _require_superuser(conn, "init-db")
    before = migrate.current_revision(args.url)
    migrate.upgrade(args.url)
    after = migrate.current_revision(args.url)
    print(f"database at revision {after}" + (" (already up to date)" if before == after else
                                               f" (was {before or 'empty'})"))
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {args.username}: ")
        if getpass.getpass("Repeat it: ") != password:
            raise AdminError("the two passwords differ")
    return password


def cmd_create_staff(args: argparse.Namespace) -> int:
    password = _read_password(args)
    with connect(args.url) as conn:
        _require_schema(conn)
        try:
            staff_id = create_staff(conn, args.username, password, args.role, full_name=args.full_name,
                                    departments=args.department)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise AdminError(f"{conn.info.user!r} may not create logins: {_first_line(exc)}") from exc
    print(f"created {args.username} (staff id {staff_id}) in {', '.join(sorted(set(args.role)))}")
    return 0


def cmd_deactivate_staff(args: argparse.Namespace) -> int:
    with connect(args.url) as conn:
        _require_schema(conn)
        deactivate_staff(conn, args.username)
    print(f"deactivated {args.username}: login disabled, history kept")
    return 0


def cmd_unlock_staff(args: argparse.Namespace) -> int:
    with connect(args.url) as conn:
        _require_schema(conn)
        conn.execute("SELECT core.unlock_login(%s, %s)", (staff_id_of(conn, args.username), args.reason))
    print(f"unlocked {args.username}: the login works again (recorded in the staff change log)")
    return 0


def cmd_remove_second_factor(args: argparse.Namespace) -> int:
    with connect(args.url) as conn:
        _require_schema(conn)
        conn.execute("SELECT core.remove_second_factor(%s, %s)", (staff_id_of(conn, args.username), args.reason))
    print(f"removed the second factor of {args.username}: enrol a new one from the admin workstation")
    return 0


def cmd_create_guard_login(args: argparse.Namespace) -> int:
    password = _read_password(args)
    with connect(args.url) as conn:
        _require_schema(conn)
        create_guard_login(conn, args.username, password)
    print(f"created {args.username} for hms-login-guard (member of hms_login_guard only)")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    try:  # the [demo] extra (Faker, tqdm): not part of a plain server install
        from tqdm import tqdm

        from .demo.generate import load_demo
    except ModuleNotFoundError as exc:
        from .demo import missing_extra

        message = missing_extra(exc, "demo-data")
        if message is None:
            raise
        raise AdminError(message) from exc

    if args.patients < 1:
        raise AdminError("--patients must be at least 1")
    with connect(args.url) as conn:
        _require_superuser(conn, "demo-data")
        _require_schema(conn)
        bars: dict[str, tqdm] = {}

        def progress(stage: str, rows: int) -> None:
            if stage not in bars:
                for bar in bars.values():
                    bar.close()
                bars[stage] = tqdm(total=args.patients, unit="patients", desc=stage, disable=args.quiet)
            bars[stage].update(rows)

        try:
            summary = load_demo(conn, args.patients, args.seed, progress=progress,
                                truth_file=Path(args.truth_file) if args.truth_file else None)
        finally:
            for bar in bars.values():
                bar.close()
    print(f"loaded {summary.patients} patients ({summary.duplicates} planted near-duplicates), "
          f"{summary.encounters} encounters, {summary.notes} notes, {summary.lab_orders} lab orders "
          f"({summary.lab_alerts} result alerts); "
          f"new demo logins: {', '.join(summary.staff_created) or 'none (already there)'}")
    if summary.admissions:
        print(f"inpatient: {summary.admissions} admissions (current and past) on the demo wards")
    if summary.invoices:
        print(f"billing: {summary.coverages} coverages, {summary.invoices} invoices ({summary.credit_notes} voided "
              f"with credit notes), {summary.payments} payments, {summary.claims} claims")
    return 0


def cmd_find_duplicates(args: argparse.Namespace) -> int:
    """Scan the whole registry for likely duplicates and queue them for a reviewer (issue 16). Runs as an
    administrator's staff login: the matcher answers only active staff, and the queue is written only by the
    definer scan functions, which check for an administrator."""
    from .duplicate_scan import find_duplicates

    try:  # tqdm comes with the [demo] extra; without it the scan runs silently and prints the summary
        from tqdm import tqdm
    except ModuleNotFoundError:
        tqdm = None
    with connect(args.url) as conn:
        _require_schema(conn)
        if conn.execute("SELECT to_regclass('registry.duplicate_pair')").fetchone()[0] is None:
            raise AdminError("this database has no duplicate worklist yet: run hms-admin init-db first")
        staff = conn.execute("SELECT core.current_staff_id() IS NOT NULL AND core.has_group('hms_admin')").fetchone()[0]
        if not staff:
            raise AdminError(f"find-duplicates runs as an administrator's staff login; {conn.info.user!r} is not one "
                             "(the duplicate search answers only active staff)")
    bar = None

    def on_start(total: int) -> None:
        nonlocal bar
        if tqdm is not None and not args.quiet:
            bar = tqdm(total=total, unit="patients", desc="find-duplicates")

    def progress(patients: int, pairs: int) -> None:
        if bar is not None:
            bar.update(patients)

    try:
        result = find_duplicates(args.url, workers=args.workers, min_score=args.min_score,
                                 progress=progress, on_start=on_start)
    finally:
        if bar is not None:
            bar.close()
    print(f"scan #{result.scan_id}: {result.patients:,} patients in {result.seconds:.1f} s "
          f"({result.rate:,.0f} patients/s, {args.workers} connection(s)); {result.pairs:,} new pair(s) queued, "
          f"{result.waiting:,} waiting for review")
    return 0


def cmd_post_bed_days(args: argparse.Namespace) -> int:
    """The midnight census (sql/adt/): post the bed-days due for every active stay. Idempotent; run it from
    cron shortly after midnight. A superuser URL posts through the internal function, a staff login through
    adt.post_bed_days (which checks its groups)."""
    with connect(args.url) as conn:
        _require_schema(conn)
        if conn.execute("SELECT to_regclass('adt.admission')").fetchone()[0] is None:
            raise AdminError("this database has no inpatient schema (adt) yet: run hms-admin init-db first")
        superuser = conn.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").fetchone()[0]
        query = ("SELECT coalesce(sum(adt.post_bed_days_of(a.id)), 0)::integer FROM adt.admission a "
                 "WHERE a.discharged_at IS NULL" if superuser else "SELECT adt.post_bed_days(NULL)")
        posted = conn.execute(query).fetchone()[0]
        active = conn.execute("SELECT count(*) FROM adt.admission WHERE discharged_at IS NULL").fetchone()[0] \
            if superuser else None
    print(f"posted {posted} new bed-day charge(s)" + (f" for {active} active stay(s)" if active is not None else ""))
    return 0


def cmd_audit_seal(args: argparse.Namespace) -> int:
    with connect(args.url) as conn:
        _require_schema(conn)
        print(f"sealed {seal(conn)} events")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with connect(args.url) as conn:
        _require_schema(conn)
        try:
            if not args.no_seal:
                seal(conn)
            result = verify(conn)
        except psycopg.errors.InsufficientPrivilege as exc:
            raise AdminError(f"{conn.info.user!r} may not read the audit trail: {_first_line(exc)}") from exc
    print(result.describe(), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else EXIT_BROKEN


def cmd_archive_setup(args: argparse.Namespace) -> int:
    from .backup import configure_archiving

    with connect(args.url) as conn:
        _require_superuser(conn, "archive-setup")
        restart = configure_archiving(conn, Path(args.wal_archive))
    print(f"WAL archiving into {Path(args.wal_archive).resolve()}"
          + ("; restart the server for archive_mode to take effect" if restart else ""))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from . import backup

    with connect(args.url) as conn:
        _require_superuser(conn, "backup")
    started = time.perf_counter()
    made = backup.dump(args.url, Path(args.dest), args.pg_bin) if args.logical \
        else backup.base_backup(args.url, Path(args.dest), args.pg_bin)
    print(f"{'logical dump' if args.logical else 'base backup (verified)'} {made} "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from . import backup

    started = time.perf_counter()
    if args.dump:
        if not args.url:
            raise AdminError("restore --dump needs --url (an empty database)")
        backup.restore_dump(Path(args.dump), args.url, args.pg_bin)
        print(f"restored {args.dump} in {time.perf_counter() - started:.1f} s; run hms-admin audit-verify")
        return 0
    if not args.from_ or not args.data_dir:
        raise AdminError("restore needs --from BASE_BACKUP and --data-dir NEW_DIR (or --dump FILE --url URL)")
    settings = backup.prepare_restore(Path(args.from_), Path(args.data_dir),
                                      wal_archive=Path(args.wal_archive) if args.wal_archive else None,
                                      target_time=args.target_time, port=args.port, os_user=args.os_user,
                                      keep_archiving=args.keep_archiving)
    print(f"data directory {Path(args.data_dir).resolve()} ready in {time.perf_counter() - started:.1f} s "
          f"({'; '.join(settings) or 'no recovery settings'}); start it with pg_ctl -D {args.data_dir} start, "
          "then run hms-admin audit-verify")
    return 0


# -- parser -------------------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hms-admin", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, fn: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.add_argument("--url", required=True, help="libpq URL of an administrative login")
        p.set_defaults(func=fn)
        return p

    add("init-db", cmd_init_db, "create or upgrade the schema (idempotent)")
    p = add("create-staff", cmd_create_staff, "create a staff login in one or more roles")
    p.add_argument("username")
    p.add_argument("--role", action="append", required=True, help="reception, doctor, nurse, pharmacist, lab, "
                                                                  "billing, admin or auditor (repeatable)")
    p.add_argument("--department", action="append", default=[], help="department code (repeatable)")
    p.add_argument("--full-name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p = add("deactivate-staff", cmd_deactivate_staff, "disable a staff login, keeping its history")
    p.add_argument("username")
    p = add("unlock-staff", cmd_unlock_staff, "let a login locked after failed logins log in again")
    p.add_argument("username")
    p.add_argument("--reason", required=True, help="why (kept in the staff change log)")
    p = add("remove-second-factor", cmd_remove_second_factor, "remove a staff member's authenticator (lost phone)")
    p.add_argument("username")
    p.add_argument("--reason", required=True, help="why (flagged for the auditor)")
    p = add("create-guard-login", cmd_create_guard_login, "create the login hms-login-guard connects with")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p = add("demo-data", cmd_demo_data, "load a synthetic demo hospital")
    p.add_argument("--patients", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--truth-file", help="write the planted duplicate pairs (MRNs) to this CSV file")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p = add("find-duplicates", cmd_find_duplicates,
            "scan the whole registry for likely duplicate patients and queue them for review (an admin login)")
    p.add_argument("--workers", type=int, default=2, help="parallel connections (default 2)")
    p.add_argument("--min-score", type=float, default=None,
                   help="lowest score to queue, above 0 and at most 1 (default: the 'possible' threshold, 0.5)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    add("post-bed-days", cmd_post_bed_days, "post the bed-day charges due (midnight census; run daily from cron)")
    add("audit-seal", cmd_audit_seal, "link finished events into the audit hash chain")
    p = add("audit-verify", cmd_audit_verify, "check the audit hash chain; exit 1 at the first broken event")
    p.add_argument("--no-seal", action="store_true", help="verify without sealing recent events first")
    p = add("archive-setup", cmd_archive_setup, "have the server archive its WAL into a folder (superuser)")
    p.add_argument("--wal-archive", required=True, help="folder the server's OS user can write")
    p = add("backup", cmd_backup, "a verified base backup of the cluster (pg_basebackup), or --logical (pg_dump)")
    p.add_argument("--dest", required=True, help="folder the backup is written into")
    p.add_argument("--logical", action="store_true", help="pg_dump -Fc of the URL's database instead")
    p.add_argument("--pg-bin", help="folder of the PostgreSQL client tools (default: the server's version)")
    p = sub.add_parser("restore", help="restore a base backup into a new data directory (point in time), or a "
                       "logical dump into an empty database", description="restore a backup")
    p.set_defaults(func=cmd_restore)
    p.add_argument("--from", dest="from_", metavar="BASE_BACKUP", help="a folder made by hms-admin backup")
    p.add_argument("--data-dir", help="the new, empty data directory")
    p.add_argument("--wal-archive", help="the WAL archive to replay after the base backup")
    p.add_argument("--target-time", help="recover up to this moment (ISO 8601 with time zone), then promote")
    p.add_argument("--port", type=int, help="port the restored server listens on")
    p.add_argument("--os-user", help="as root: the server's OS user, who will own the data directory")
    p.add_argument("--keep-archiving", action="store_true",
                   help="leave archive_mode as it was (default: off, so a restored copy never writes the archive)")
    p.add_argument("--dump", help="a file made by hms-admin backup --logical")
    p.add_argument("--url", help="with --dump: libpq URL of the empty database to restore into")
    p.add_argument("--pg-bin", help="folder of the PostgreSQL client tools")
    return parser


def fail(message: str) -> NoReturn:
    print(f"hms-admin: {message}", file=sys.stderr)
    sys.exit(EXIT_USAGE)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (AdminError, StaffError, BackupError, ValueError) as exc:
        fail(_first_line(exc))
    except psycopg.errors.InsufficientPrivilege as exc:
        fail(f"permission denied: {_first_line(exc)}")
    except psycopg.Error as exc:
        fail(f"database error: {_first_line(exc)}")
    except SQLAlchemyError as exc:  # raised from inside Alembic migrations
        fail(f"database error: {_first_line(getattr(exc, 'orig', None) or exc)}")
    except KeyboardInterrupt:
        fail("interrupted")


if __name__ == "__main__":
    sys.exit(main())
