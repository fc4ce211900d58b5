"""The SQL files are the one definition of the schema: a migrated database says what they say.

server_db/sql/<schema>/{tables,functions,policies,grants}.sql (docs/database.md). The checks compare the catalog
fingerprint of server_db/catalog.py: everything the files build, normalized and sorted."""
from __future__ import annotations

import re
from importlib import resources

import psycopg
import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import create_engine

from server_db import catalog, sqlfiles
from server_db.urls import sqlalchemy_url

pytestmark = pytest.mark.db
SQL = resources.files("server_db").joinpath("sql")


def _all_sql() -> dict[str, str]:
    files = ["roles.sql", *sqlfiles.baseline_files()]
    return {name: SQL.joinpath(name).read_text(encoding="utf-8") for name in files}


def _fingerprint(url: str) -> list[str]:
    with psycopg.connect(url) as conn:
        return catalog.fingerprint(conn)


def _reapply(url: str) -> None:
    """Run sqlfiles.reapply_code() as a later migration would (alembic's op bound to a connection)."""
    engine = create_engine(sqlalchemy_url(url))
    try:
        with engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
            sqlfiles.reapply_code()
    finally:
        engine.dispose()


def test_every_file_of_the_layout_is_loaded_once():
    on_disk = sorted(str(p.relative_to(SQL)) for p in _paths(SQL) if p.suffix == ".sql")
    assert sorted(["roles.sql", *sqlfiles.baseline_files()]) == on_disk
    assert {name.split("/")[1] for name in sqlfiles.baseline_files() if not name.startswith("seed/")} \
        <= {f"{kind}.sql" for kind in sqlfiles.KINDS}


def _paths(root):
    for entry in root.iterdir():
        if entry.is_dir():
            yield from _paths(entry)
        else:
            yield entry


def test_function_bodies_in_the_database_are_the_ones_in_the_files(make_database):
    """The drift test: re-running every functions.sql and grants.sql on a database at head changes nothing, so
    every function body, trigger, view and grant in the database is the one in the files."""
    url = make_database("sql_drift")
    at_head = _fingerprint(url)
    _reapply(url)
    assert _fingerprint(url) == at_head


def test_the_drift_test_sees_a_function_changed_outside_its_file(make_database):
    url = make_database("sql_drift_caught")
    at_head = _fingerprint(url)
    with psycopg.connect(url) as conn:
        conn.execute("SET ROLE hms_owner")
        conn.execute("CREATE OR REPLACE FUNCTION core.my_groups() RETURNS text[] LANGUAGE sql STABLE "
                     "SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT '{hms_admin}'::text[] $$")
    changed = _fingerprint(url)
    assert changed != at_head
    assert [line for line in changed if line not in at_head][0].startswith("function\tcore.my_groups()")
    _reapply(url)
    assert _fingerprint(url) == at_head


def test_each_function_is_defined_once_in_the_files(admin):
    defined: dict[str, list[str]] = {}
    for name, text in _all_sql().items():
        for fn in re.findall(r"CREATE (?:OR REPLACE )?FUNCTION ([a-z_]+\.[a-z_0-9]+)\(", text):
            defined.setdefault(fn, []).append(name)
    assert {fn: where for fn, where in defined.items() if len(where) > 1} == {}
    in_db = {r[0] for r in admin.execute(
        "SELECT DISTINCT n.nspname || '.' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = ANY (%s)", (list(sqlfiles.SCHEMAS),))}
    assert set(defined) == in_db


def test_every_table_is_protected_by_one_core_protect_call(admin):
    calls: list[str] = []
    for name, text in _all_sql().items():
        calls += re.findall(r"core\.protect\('([a-z_0-9]+\.[a-z_0-9]+)'", text)
        if name not in ("core/functions.sql", "audit/functions.sql"):  # core.protect and audit.enable themselves
            assert not re.search(r"ROW LEVEL SECURITY|audit\.enable\(", text), name
    tables = {r[0] for r in admin.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = ANY (%s) AND c.relkind IN ('r', 'p')", (list(sqlfiles.SCHEMAS),))}
    assert sorted(calls) == sorted(tables)
    unprotected = admin.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = ANY (%s) AND c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)",
        (list(sqlfiles.SCHEMAS),)).fetchall()
    assert unprotected == []


def test_one_helper_checks_the_callers_group():
    copies = [name for name, text in _all_sql().items()
              for _ in re.finditer(r"NOT EXISTS \(SELECT 1 FROM unnest\(p_groups\)", text)]
    assert copies == ["core/functions.sql"]


def test_one_helper_checks_a_reasons_length():
    """Reasons are measured by core.check_reason(reason, minimum, message) only (3 note, 5 correction, 10 elevated)."""
    inline = [name for name, text in _all_sql().items()
              for _ in re.finditer(r"IF [^\n]*length\((?:btrim\()?(?:coalesce\()?[a-z_.]*reason", text)]
    assert inline == ["core/functions.sql"]
    minimums = {int(n) for text in _all_sql().values() for n in re.findall(r"core\.check_reason\([^,]+, (\d+)", text)}
    assert minimums == {3, 5, 10}
