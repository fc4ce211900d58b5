"""Hostile input at every SECURITY DEFINER function (issue 19): read from pg_catalog, called by each demo login
whose role may execute it with Hypothesis-generated arguments (tests/definer_fuzz.py), on a database of its own.
No error may reach the user as a crash report or as a SQLSTATE no function raises on purpose, and no failed call
may leave a write behind. bench/fuzz_definer_functions.py runs the same with many more examples."""
from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest
from conftest import DEMO_LOGINS

import definer_fuzz
from server_db import migrate
from server_db.demo.generate import DEMO_PASSWORD, load_demo
from server_db.embedded import LocalCluster

EXAMPLES = 15  # per function and login: about 4,000 calls in 20 s; the bench runs 200


pytestmark = pytest.mark.db  # its own cluster, not the session's: mark it for the database passes by hand


@pytest.fixture(scope="module")
def fuzz_cluster() -> Iterator[LocalCluster]:
    """A cluster of its own: logins are cluster-wide, and what a staff-administration call does to a login's
    sessions (core.role_set_login ends them) cannot be rolled back; on the session's cluster it cut other tests'
    connections of the same demo login."""
    cluster = LocalCluster.in_temp_dir("hms-fuzz-pg-", fast=True)
    try:
        cluster.start()
        url = cluster.create_database()
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, patients=60, seed=11)
            definer_fuzz.add_spare_logins(conn, "fuzz-spare-password")
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture(scope="module")
def fuzzer(fuzz_cluster):
    assert fuzz_cluster.state is not None
    opened: list[psycopg.Connection] = []

    def connect(login: str) -> psycopg.Connection:
        opened.append(psycopg.connect(fuzz_cluster.state.url(user=login, password=DEMO_PASSWORD)))
        return opened[-1]

    with psycopg.connect(fuzz_cluster.state.url(), autocommit=True) as admin:
        yield definer_fuzz.Fuzzer(admin, connect)
    for conn in opened:
        conn.close()


def test_every_definer_function_has_arguments_to_fuzz(fuzzer):
    """Enumerated from the catalog, so a new function is fuzzed unasked; one whose argument type has no strategy
    fails here rather than going unfuzzed."""
    functions = definer_fuzz.definer_functions(fuzzer.admin)
    assert len(functions) > 100
    missing = []
    for function in functions:
        if function.trigger:
            continue
        try:
            definer_fuzz.arguments_strategy(function, fuzzer.pools)
        except definer_fuzz.MissingStrategy as exc:
            missing.append(f"{function.signature}: {exc}")
    assert not missing, "\n".join(missing)


def test_definer_functions_refuse_hostile_input_with_sentences(fuzzer):
    tally, covered = definer_fuzz.fuzz_all(fuzzer, DEMO_LOGINS.values(), EXAMPLES)
    print(definer_fuzz.report(tally, covered))
    assert len(covered["fuzzed"]) > 90
    assert set(tally.calls) == set(DEMO_LOGINS.values())  # every role executes something
    assert set(tally.refused) == {"42501"}  # a login without EXECUTE never gets into a function
    assert not tally.defects, "\n".join(map(str, tally.defects))
    assert not tally.partial, "\n".join(map(str, tally.partial))


def test_a_raw_data_error_is_a_defect_and_a_raised_sentence_is_not(fuzzer):
    conn, _ = fuzzer.session("billing1")

    def error(query: str, *params) -> BaseException:
        try:
            conn.execute(query, params).fetchall()
        except Exception as exc:  # noqa: BLE001
            return exc
        finally:
            conn.rollback()
        raise AssertionError(f"{query} did not fail")

    assert definer_fuzz.verdict(error("SELECT 'not-a-uuid'::uuid")) == "SQLSTATE 22P02 is not raised on purpose"
    # no EXECUTE for billing1 (42501): refused, not a defect
    assert definer_fuzz.verdict(error("SELECT billing.close_cash_as(1, now(), current_date, 1, '')")) is None
    assert definer_fuzz.verdict(error("SELECT * FROM audit.seal(-1)")) is None  # our RAISE, 22023
    assert definer_fuzz.verdict(error("SELECT * FROM billing.cash_summary('infinity')")) is None
    assert definer_fuzz.verdict(error("SELECT no_such_function()")) == "crash report (42883)"
    assert definer_fuzz.verdict(error("SELECT 'infinity'::date")).startswith("crash report")  # client cannot load it


def test_the_partial_write_check_sees_a_write_that_stayed(fuzzer):
    conn, pid = fuzzer.session("reception1")
    before = definer_fuzz.write_marks(fuzzer.admin, pid)
    conn.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                 "VALUES ('Partial', 'Write', '1970-01-01', 'unknown')")
    conn.commit()
    assert definer_fuzz.write_marks(fuzzer.admin, pid) != before
    before = definer_fuzz.write_marks(fuzzer.admin, pid)
    conn.execute("SELECT pg_advisory_lock(42)")  # a session lock outlives the transaction
    conn.rollback()
    try:
        assert definer_fuzz.write_marks(fuzzer.admin, pid) != before
    finally:
        conn.execute("SELECT pg_advisory_unlock(42)")
        conn.rollback()
