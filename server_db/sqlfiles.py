"""The SQL files of server_db/sql/ and the one place that says in which order they are loaded.

Layout (docs/database.md, docs/where-rules-live.md):

    roles.sql                    cluster roles, database privileges, extensions (needs the superuser)
    <schema>/tables.sql          types, sequences, tables with all their columns and constraints, indexes
    <schema>/functions.sql       functions, trigger functions, triggers, (materialized) views
    <schema>/policies.sql        core.protect(table) per table (RLS on + forced, audit trigger) and its policies
    <schema>/grants.sql          privileges
    seed/<schema>.sql            reference data (ICD-10, price list, lab catalog, formulary, settings …)

Load order (baseline_files): roles.sql as the superuser, then — as the owner role — every schema's tables.sql in
dependency order (SCHEMAS), then every functions.sql, the seed files, every policies.sql, every grants.sql. The
reference rows go through the tables' own triggers (normalisation, checks) but arrive before core.protect()
attaches the audit trigger: they are the starting state of the database, not a change somebody made, so a new
database's audit trail starts empty.
Function bodies are not checked while loading (check_function_bodies = off, as pg_dump does), so a function may
call one defined in a later file; every body is still parsed when first called, and tests/test_sql_files.py
compares every function in a migrated database with its file.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources

from alembic import op

OWNER_ROLE = "hms_owner"
# Schemas in dependency order: a table's foreign keys point at its own schema or an earlier one (the two
# cross-links that cannot are ALTER TABLE … ADD CONSTRAINT at the end of the later schema's tables.sql).
SCHEMAS = ["core", "audit", "registry", "clinical", "notify", "scheduling", "billing", "lab", "pharmacy", "adt",
           "insurance",
           "dashboard"]
KINDS = ["tables", "functions", "policies", "grants"]
SEEDS = ["audit", "core", "scheduling", "clinical", "billing", "lab", "pharmacy", "adt"]


def _sql_dir():
    return resources.files("server_db").joinpath("sql")


def exists(name: str) -> bool:
    return _sql_dir().joinpath(name).is_file()


def schema_files(kind: str) -> list[str]:
    """Every schema's file of one kind (tables, functions, policies, grants), in load order."""
    return [f"{schema}/{kind}.sql" for schema in SCHEMAS if exists(f"{schema}/{kind}.sql")]


def baseline_files() -> list[str]:
    """The files the baseline loads as the owner role, in order (roles.sql comes before, as the superuser)."""
    seeds = [f"seed/{schema}.sql" for schema in SEEDS]
    return schema_files("tables") + schema_files("functions") + seeds + schema_files("policies") + schema_files("grants")


def read_sql(name: str) -> str:
    return _sql_dir().joinpath(name).read_text(encoding="utf-8")


def apply_sql(name: str | None = None, *, text: str | None = None) -> None:
    """Run a whole SQL file (or text) on the migration's connection, inside its transaction.

    The raw psycopg connection is used so the file goes to the server as written: no bind-parameter
    parsing of colons or percent signs."""
    sql = read_sql(name) if name else text
    assert sql is not None
    op.get_bind().connection.driver_connection.execute(sql)


@contextmanager
def as_owner() -> Iterator[None]:
    """Create objects as the NOLOGIN owner role so no staff login (nor the installer) owns them."""
    apply_sql(text=f"SET LOCAL ROLE {OWNER_ROLE}")
    yield  # on an error the transaction is rolled back, which ends SET LOCAL as well
    apply_sql(text="RESET ROLE")


@contextmanager
def bodies_unchecked() -> Iterator[None]:
    """Create functions without resolving their bodies yet (their order inside and across files is then free)."""
    apply_sql(text="SET LOCAL check_function_bodies = off")
    yield
    apply_sql(text="SET LOCAL check_function_bodies = on")


def apply_files(names: list[str]) -> None:
    """SQL files in order, as the owner role (what a later migration calls, e.g. with schema_files('functions')
    to bring every function, trigger and view in step with the files)."""
    with as_owner(), bodies_unchecked():
        for name in names:
            apply_sql(name)


def apply_baseline() -> None:
    apply_sql("roles.sql")  # cluster roles, database privileges and extensions need the superuser
    apply_files(baseline_files())


def drop_baseline() -> None:
    # Roles are cluster-wide (staff logins are members of them) and stay; the objects go.
    for schema in reversed(SCHEMAS):
        apply_sql(text=f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    apply_sql(text="DROP SCHEMA IF EXISTS ext CASCADE")


def reapply_code() -> None:
    """Bring every function, trigger and view, and every grant, in step with the files: what a later migration
    calls after editing them (docs/database.md). The files are re-runnable (CREATE OR REPLACE, IF NOT EXISTS,
    GRANT/REVOKE); a change CREATE OR REPLACE cannot make (a function's arguments or result, a view's columns,
    a dropped object) needs its DROP in the migration first. Tables and policies change by explicit statements."""
    apply_files(schema_files("functions") + schema_files("grants"))
