"""hms-login-guard: failed logins from the PostgreSQL server log to the database, which locks a login after too many
(core.record_login_failure; docs/deployment.md 'Logins').

PostgreSQL has no lockout and no hook that sees a failed password (the login event trigger of PostgreSQL 17 fires
only for logins that succeeded), but it logs every failure. With `log_destination = 'jsonlog'` each is one JSON
line: error_severity FATAL, state_code 28P01 (invalid_password), the user name tried and the session id. The guard
follows the log folder on the database server and reports each failure; the database counts, decides and locks, so
the rule lives in one place. A failure reported twice (the guard restarted and read a file again) is a no-op: the
server's session id is unique per connection attempt. `auth_delay` slows every failure down meanwhile."""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg

from .urls import psycopg_url, redact

log = logging.getLogger("hms.login_guard")
INVALID_PASSWORD = "28P01"


@dataclass(frozen=True)
class Failure:
    username: str
    at: str          # the server's own timestamp text ("2026-12-04 05:40:01.123 UTC"); PostgreSQL parses it
    client: str | None
    session: str     # session id and log line: unique per failed connection attempt


def failures_in(lines: Iterable[str]) -> Iterator[Failure]:
    """The failed password logins among jsonlog lines; anything else (other messages, a torn or foreign line)
    is skipped."""
    for line in lines:
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if not isinstance(entry, dict) or entry.get("state_code") != INVALID_PASSWORD \
                or entry.get("error_severity") != "FATAL":
            continue
        username, at, session = entry.get("user"), entry.get("timestamp"), entry.get("session_id")
        if not (isinstance(username, str) and username and isinstance(at, str) and isinstance(session, str)):
            continue
        client = entry.get("remote_host")
        yield Failure(username[:63], at, client if isinstance(client, str) else None,
                      f"{session}:{entry.get('line_num', 0)}")


class LogFollower:
    """New complete lines of the server's jsonlog files (log_directory/*.json), file by file in name order
    (PostgreSQL names them by time). Rotation starts a new file; a file that shrank was truncated and is read
    again from its start. Files last written more than `lookback` seconds ago are not read at start-up."""

    def __init__(self, folder: Path, *, lookback: float = 24 * 3600):
        self.folder = Path(folder)
        self.lookback = lookback
        self.offsets: dict[Path, int] = {}

    def new_lines(self) -> list[str]:
        lines: list[str] = []
        oldest = time.time() - self.lookback
        for path in sorted(self.folder.glob("*.json")):
            try:
                size = path.stat().st_size
                if path not in self.offsets and path.stat().st_mtime < oldest:
                    self.offsets[path] = size
                    continue
                offset = self.offsets.get(path, 0)
                if size < offset:
                    offset = 0
                if size == offset:
                    continue
                with path.open("rb") as f:
                    f.seek(offset)
                    chunk = f.read(size - offset)
            except OSError as exc:  # rotated away or not readable: say so, keep following the others
                log.warning("cannot read %s: %s", path, exc)
                continue
            complete = chunk[:chunk.rfind(b"\n") + 1]  # a line still being written waits for the next look
            self.offsets[path] = offset + len(complete)
            lines.extend(complete.decode("utf-8", "replace").splitlines())
        return lines


def report(conn: psycopg.Connection, failures: Iterable[Failure]) -> list[str]:
    """Report failures to the database; the user names this locked."""
    locked = []
    for failure in failures:
        row = conn.execute("SELECT core.record_login_failure(%s, %s::timestamptz, %s, %s)",
                           (failure.username, failure.at, failure.client, failure.session)).fetchone()
        if row and row[0]:
            locked.append(failure.username)
            log.warning("locked login %s after repeated failed logins (last from %s)", failure.username,
                        failure.client or "a local socket")
    return locked


def run(url: str, folder: Path, *, poll: float = 1.0, once: bool = False, password: str | None = None) -> int:
    follower = LogFollower(folder)
    conn: psycopg.Connection | None = None
    backoff = 1.0
    while True:
        try:
            if conn is None or conn.closed:
                conn = psycopg.connect(psycopg_url(url), autocommit=True, password=password,
                                       application_name="hms-login-guard", connect_timeout=10)
                log.info("reporting failed logins from %s to %s", folder, redact(url))
                backoff = 1.0
            lines = follower.new_lines()
            report(conn, failures_in(lines))
        except psycopg.Error as exc:
            # The lines read stay unread for the next try only if the connection failed before reporting them;
            # re-reading is harmless (a repeated failure is a no-op), so rewind to be safe.
            follower.offsets.clear()
            log.error("database: %s; retrying in %.0f s", str(exc).strip().splitlines()[0], backoff)
            if conn is not None:
                conn.close()
            conn = None
            if once:
                return 2
            time.sleep(backoff)
            backoff = min(backoff * 2, 60.0)
            continue
        if once:
            conn.close()
            return 0
        time.sleep(poll)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="hms-login-guard", description=__doc__.splitlines()[0])
    p.add_argument("--url", required=True, help="libpq URL of the guard's login (a member of hms_login_guard)")
    p.add_argument("--log-dir", required=True, type=Path, help="the server's log_directory (jsonlog files)")
    p.add_argument("--password-stdin", action="store_true", help="read the database password from standard input")
    p.add_argument("--poll", type=float, default=1.0, help="seconds between looks at the log")
    p.add_argument("--once", action="store_true", help="report what the log holds now, then exit")
    p.add_argument("--log-level", default="INFO")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(message)s")
    if not args.log_dir.is_dir():
        print(f"hms-login-guard: {args.log_dir} is not a folder (the server's log_directory)", file=sys.stderr)
        return 2
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    try:
        return run(args.url, args.log_dir, poll=args.poll, once=args.once, password=password)
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
