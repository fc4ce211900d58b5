"""Staff logins: each staff member is a PostgreSQL LOGIN role in one or more hms_* group roles,
with a row in core.staff. Used by `hms-admin` (and, later, by the admin workstation through the same rules)."""
from __future__ import annotations

import functools
import re
from typing import Any

import psycopg
from psycopg import pq, sql

GROUPS = ("reception", "doctor", "nurse", "pharmacist", "lab", "billing", "admin", "auditor", "insurance_gateway")
USERNAME_RE = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")
MIN_PASSWORD = 10
COMMON_PASSWORDS = 10_000


class StaffError(ValueError):
    """A staff request that cannot be carried out; the message is for the person who asked."""


def group_role(name: str) -> str:
    """'doctor' or 'hms_doctor' → 'hms_doctor'; anything else is an error naming the choices."""
    short = name.removeprefix("hms_").strip().lower()
    if short not in GROUPS:
        raise StaffError(f"unknown role {name!r}: choose from {', '.join(GROUPS)}")
    return "hms_" + short


def check_username(username: str) -> str:
    if not USERNAME_RE.match(username) or username.startswith(("pg_", "hms_")):
        raise StaffError(f"invalid user name {username!r}: 2-63 characters, lower-case letters, digits, '.', '_' "
                         "or '-', starting with a letter, not starting with pg_ or hms_")
    return username


def password_problem(password: str, username: str = "") -> str | None:
    """Why a password is not acceptable for a staff login, as a sentence; None when it is. The one rule for
    every place a password is chosen (hms-admin, the admin workstation, "Change my password"): the database
    only ever sees the SCRAM verifier, so it cannot check the password itself (docs/deployment.md 'Logins')."""
    if len(password) < MIN_PASSWORD:
        return f"A password needs at least {MIN_PASSWORD} characters."
    if not any(c.isalpha() for c in password) or all(c.isalpha() for c in password):
        return "Use letters and at least one digit or symbol."
    if len(username) >= 3 and username.lower() in password.lower():
        return "The password must not contain the user name."
    if password.lower() in _common_passwords():
        return f"This is one of the {COMMON_PASSWORDS:,} most common passwords: choose another."
    return None


@functools.cache
def _common_passwords() -> frozenset[str]:
    """The most common passwords of zxcvbn's list (ranked by frequency in leaked password sets)."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS
    return frozenset(FREQUENCY_LISTS["passwords"][:COMMON_PASSWORDS])


def check_password(password: str, username: str = "") -> str:
    problem = password_problem(password, username)
    if problem:
        raise StaffError(problem)
    return password


def scram_verifier(conn: Any, password: str, username: str = "") -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores, computed on this machine by libpq
    (PQencryptPasswordConn, with SASLprep and the server's scram_iterations) so the plain password never
    reaches the server nor its logs. `conn` is the psycopg connection the verifier will be sent on, or a
    SQLAlchemy Session or Connection over psycopg; `username` is what libpq is given as the role name (SCRAM
    does not use it)."""
    verifier = _pgconn(conn).encrypt_password(password.encode(), username.encode(), b"scram-sha-256").decode()
    if not verifier.startswith("SCRAM-SHA-256$"):  # pragma: no cover - libpq either builds one or raises
        raise StaffError("libpq did not build a SCRAM-SHA-256 verifier")
    return verifier


def _pgconn(conn: Any) -> pq.abc.PGconn:
    """The libpq connection under a psycopg connection or a SQLAlchemy Session / Connection."""
    if hasattr(conn, "pgconn"):
        return conn.pgconn
    if hasattr(conn, "get_bind") and hasattr(conn, "connection"):  # a Session: the connection of its transaction
        conn = conn.connection()
    driver = getattr(getattr(conn, "connection", None), "driver_connection", None)
    if driver is None or not hasattr(driver, "pgconn"):
        raise TypeError(f"scram_verifier needs a psycopg connection, not {type(conn).__name__}")
    return driver.pgconn


def create_staff(conn: psycopg.Connection, username: str, password: str, roles: list[str], *,
                 full_name: str | None = None, departments: list[str] | None = None,
                 password_rules: bool = True, adopt_existing_login: bool = False) -> int:
    """Create the login role, grant its groups, link core.staff and departments; returns core.staff.id.
    Runs in the caller's transaction: all or nothing. Logins are cluster-wide: with adopt_existing_login a
    login that exists (from another database of the cluster) is linked and its password reset. Only the demo
    hospital turns the password rules off (its logins share the password "demo")."""
    check_username(username)
    if password_rules:
        check_password(password, username)
    groups = sorted({group_role(r) for r in roles})
    if not groups:
        raise StaffError("give at least one --role")
    if conn.execute("SELECT 1 FROM core.staff WHERE username = %s", (username,)).fetchone():
        raise StaffError(f"staff member {username!r} already exists")
    login_exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (username,)).fetchone()
    if login_exists and not adopt_existing_login:
        raise StaffError(f"a database login named {username!r} already exists")
    dept_ids = []
    for code in departments or []:
        row = conn.execute("SELECT id FROM core.department WHERE code = %s", (code.upper(),)).fetchone()
        if row is None:
            raise StaffError(f"unknown department code {code!r}")
        dept_ids.append(row[0])
    conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}" if login_exists else "CREATE ROLE {} LOGIN PASSWORD {}")
                 .format(sql.Identifier(username), sql.Literal(scram_verifier(conn, password, username))))
    for group in groups:
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(username)))
    allow_staff_admin(conn, username)
    staff_id = conn.execute("INSERT INTO core.staff (username, full_name) VALUES (%s, %s) RETURNING id",
                            (username, (full_name or username).strip())).fetchone()[0]
    for dept_id in dept_ids:
        conn.execute("INSERT INTO core.staff_department (staff_id, department_id) VALUES (%s, %s)",
                     (staff_id, dept_id))
    return staff_id


def allow_staff_admin(conn: psycopg.Connection, username: str) -> None:
    """Let the admin workstation manage this login too (migration 0008): on PostgreSQL >= 16 a CREATEROLE role
    needs ADMIN OPTION on a role to change it; hms_staff_admin gets it without inheriting anything."""
    if conn.info.server_version < 160000:
        return
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = 'hms_staff_admin'").fetchone() is None:
        return
    conn.execute(sql.SQL("GRANT {} TO hms_staff_admin WITH ADMIN TRUE, INHERIT FALSE, SET FALSE")
                 .format(sql.Identifier(username)))


def deactivate_staff(conn: psycopg.Connection, username: str) -> None:
    """Disable the login and mark the staff row inactive; history (audit, notes, ...) stays."""
    row = conn.execute("SELECT id, active FROM core.staff WHERE username = %s", (username,)).fetchone()
    if row is None:
        raise StaffError(f"no staff member with user name {username!r}")
    conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(username)))
    if row[1]:
        conn.execute("UPDATE core.staff SET active = false, deactivated_at = now() WHERE id = %s", (row[0],))
    conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (username,))


def create_guard_login(conn: psycopg.Connection, username: str, password: str) -> None:
    """The login hms-login-guard connects with: a member of hms_login_guard and nothing else (no staff row, no
    hospital role), so it can report failed logins and do nothing more."""
    check_username(username)
    check_password(password, username)
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (username,)).fetchone():
        raise StaffError(f"a database login named {username!r} already exists")
    conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE hms_login_guard")
                 .format(sql.Identifier(username), sql.Literal(scram_verifier(conn, password, username))))


def staff_id_of(conn: psycopg.Connection, username: str) -> int:
    row = conn.execute("SELECT id FROM core.staff WHERE username = %s", (username,)).fetchone()
    if row is None:
        raise StaffError(f"no staff member with user name {username!r}")
    return row[0]
