"""The attack matrix, read from pg_catalog and tried from the attacker's side as each staff login."""
from __future__ import annotations

import psycopg
import pytest
from access_expectations import DOMAIN_SCHEMAS, EXPECTED, GROUPS, LOGINS, expected
from conftest import DEMO_LOGINS
from psycopg import sql

pytestmark = pytest.mark.db


def _tables(conn: psycopg.Connection) -> list[str]:
    rows = conn.execute("""
        SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY (%s) ORDER BY 1""",
                        (list(DOMAIN_SCHEMAS),)).fetchall()
    return [r[0] for r in rows]


def _granted(conn: psycopg.Connection, table: str, role: str) -> str:
    s_all, s_any, ins, upd, dele = conn.execute("""
        SELECT has_table_privilege(%(r)s, %(t)s, 'SELECT')
                 OR NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = %(t)s::regclass AND a.attnum > 0
                                AND NOT a.attisdropped
                                AND NOT has_column_privilege(%(r)s, %(t)s, a.attname, 'SELECT')),
               has_any_column_privilege(%(r)s, %(t)s, 'SELECT'),
               has_any_column_privilege(%(r)s, %(t)s, 'INSERT'),
               has_any_column_privilege(%(r)s, %(t)s, 'UPDATE'),
               has_table_privilege(%(r)s, %(t)s, 'DELETE')""", {"r": role, "t": table}).fetchone()
    return ("S" if s_all else "s" if s_any else "") + ("I" if ins else "") + ("U" if upd else "") + ("D" if dele else "")


def test_every_table_has_a_declared_expectation(admin):
    missing = sorted(set(_tables(admin)) - set(EXPECTED))
    assert not missing, f"tables without an access expectation in tests/access_expectations.py: {missing}"
    stale = sorted(set(EXPECTED) - set(_tables(admin)))
    assert not stale, f"expectations for tables that do not exist: {stale}"


def test_grants_equal_the_matrix(admin):
    diffs = []
    for table in _tables(admin):
        for group in GROUPS:
            got = _granted(admin, table, f"hms_{group}")
            if got != expected(table, group):
                diffs.append(f"{table} × {group}: granted {got or '-'}, expected {expected(table, group) or '-'}")
    assert not diffs, "\n".join(diffs)


def test_no_dangerous_privileges_and_rls_forced_everywhere(admin):
    for table in _tables(admin):
        forced = admin.execute("SELECT relrowsecurity AND relforcerowsecurity FROM pg_class WHERE oid = %s::regclass",
                               (table,)).fetchone()[0]
        assert forced, f"{table}: row-level security must be enabled and forced"
        for group in GROUPS:
            for priv in ("TRUNCATE", "REFERENCES", "TRIGGER"):
                assert not admin.execute("SELECT has_table_privilege(%s, %s, %s)",
                                         (f"hms_{group}", table, priv)).fetchone()[0], (table, group, priv)
    owners = admin.execute("""
        SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = ANY (%s)""", (list(DOMAIN_SCHEMAS),)).fetchall()
    assert owners == [("hms_owner",)]


def _attempt(conn: psycopg.Connection, table: str, op: str) -> str | None:
    """Run op on table in a savepoint; return the SQLSTATE it failed with, or None."""
    schema, name = table.split(".")
    ident = sql.Identifier(schema, name)
    # by names, not ::regclass: a login without USAGE on the schema (the insurance gateway) cannot cast
    first_col = conn.execute("SELECT a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                             "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relname = %s "
                             "AND a.attnum > 0 AND NOT a.attisdropped AND a.attidentity = '' AND a.attgenerated = '' "
                             "ORDER BY a.attnum LIMIT 1", (schema, name)).fetchone()[0]
    statement = {
        "S": sql.SQL("SELECT * FROM {} LIMIT 1").format(ident),
        "I": sql.SQL("INSERT INTO {} DEFAULT VALUES").format(ident),
        "U": sql.SQL("UPDATE {} SET {} = {} WHERE false").format(ident, sql.Identifier(first_col),
                                                                  sql.Identifier(first_col)),
        "D": sql.SQL("DELETE FROM {} WHERE false").format(ident),
    }[op]
    try:
        with conn.transaction():
            conn.execute(statement)
            raise _Rollback
    except _Rollback:
        return None
    except psycopg.Error as exc:
        return exc.sqlstate


class _Rollback(Exception):
    pass


@pytest.mark.parametrize("group", GROUPS)
def test_denied_operations_fail_for_the_real_login(connect_as, admin, group):
    """Connected as the group's demo login, every operation the matrix denies raises permission denied."""
    conn = connect_as({**DEMO_LOGINS, **LOGINS}[group], autocommit=True)
    failures = []
    for table in _tables(admin):
        allowed = expected(table, group)
        for op in "SIUD":
            if op in allowed.upper():
                continue
            state = _attempt(conn, table, op)
            if state != "42501":
                failures.append(f"{table} {op} as {group}: expected permission denied, got {state or 'success'}")
    assert not failures, "\n".join(failures)
