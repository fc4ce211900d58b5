"""Every write is audited with the real actor; the trail is append-only and the hash chain catches tampering."""
from __future__ import annotations

import subprocess
import sys
import time

import psycopg
import pytest
from access_expectations import DOMAIN_SCHEMAS
from conftest import DEMO_LOGINS

from server_db.audit_chain import seal, verify

pytestmark = pytest.mark.db
AUDITED_SCHEMAS = [s for s in DOMAIN_SCHEMAS if s != "audit"]


def test_every_domain_table_carries_the_audit_trigger(admin):
    missing = admin.execute("""
        SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (%s)
           AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal
                           AND t.tgfoid = 'audit.log_change()'::regprocedure AND t.tgenabled = 'O')
         ORDER BY 1""", (AUDITED_SCHEMAS,)).fetchall()
    assert not missing, f"tables without the audit trigger: {missing}"


def test_a_write_records_actor_reason_workstation_and_values(connect_as, admin):
    with connect_as("reception1", application_name="RECEP-PC-07") as conn:
        conn.execute("SET LOCAL hms.reason = 'walk-in registration'")
        conn.execute("SET LOCAL hms.actor = 'admin1'")  # recorded nowhere: identity is the login
        pid = conn.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                           "VALUES ('Mary', 'Seacole', '1955-11-23', 'female') RETURNING id").fetchone()[0]
        conn.commit()
        conn.execute("SET LOCAL hms.reason = 'patient gave new phone'")
        conn.execute("UPDATE registry.patient SET phone = '+44 7000 111222' WHERE id = %s", (pid,))
        conn.commit()
    rows = admin.execute("SELECT action, actor, reason, workstation, old_row ->> 'phone', new_row ->> 'phone', "
                         "new_row ->> 'family_name', patient_id, client_addr::text FROM audit.event "
                         "WHERE table_name = 'patient' AND row_id = %s ORDER BY id", (str(pid),)).fetchall()
    assert rows == [
        ("INSERT", "reception1", "walk-in registration", "RECEP-PC-07", None, None, "Seacole", pid, "127.0.0.1/32"),
        ("UPDATE", "reception1", "patient gave new phone", "RECEP-PC-07", None, "+44 7000 111222", "Seacole", pid,
         "127.0.0.1/32"),
    ]


def test_failed_transactions_leave_no_event(connect_as, admin):
    before = admin.execute("SELECT count(*) FROM audit.event").fetchone()[0]
    with connect_as("reception1") as conn:
        conn.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                     "VALUES ('Rolled', 'Back', '1990-01-01', 'male')")
        conn.rollback()
    assert admin.execute("SELECT count(*) FROM audit.event").fetchone()[0] == before


@pytest.mark.parametrize("group", sorted(DEMO_LOGINS))
def test_the_audit_trail_is_append_only_for_every_role(connect_as, group):
    with connect_as(DEMO_LOGINS[group], autocommit=True) as conn:
        for table in ("audit.event", "audit.access", "audit.chain_head"):
            for statement in (f"UPDATE {table} SET actor = 'nobody'" if table != "audit.chain_head"
                              else f"UPDATE {table} SET last_hash = 'x'",
                              f"DELETE FROM {table}", f"TRUNCATE {table}",
                              f"INSERT INTO {table} DEFAULT VALUES"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)


def test_not_even_the_owner_role_can_rewrite_the_trail(admin):
    """hms_owner (what SECURITY DEFINER code runs as) is stopped by the append-only triggers."""
    with admin.transaction():
        admin.execute("SET LOCAL ROLE hms_owner")
        for statement in ("UPDATE audit.event SET actor = 'nobody' WHERE id = (SELECT min(id) FROM audit.event)",
                          "DELETE FROM audit.event WHERE id = (SELECT min(id) FROM audit.event)",
                          "TRUNCATE audit.event", "TRUNCATE audit.access", "TRUNCATE audit.chain_head"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                with admin.transaction():
                    admin.execute(statement)


def test_seal_links_only_finished_transactions(connect_as, admin_url):
    # Only this test's two transactions are counted: other sessions of the suite may be writing meanwhile.
    txid = "SELECT pg_current_xact_id()::text::bigint"
    mine = "SELECT count(*) FROM audit.event WHERE hash IS NULL AND txid = ANY (%s)"
    with psycopg.connect(admin_url) as sealer, connect_as("reception1") as open_tx:
        seal(sealer)
        open_tx.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                        "VALUES ('Still', 'Open', '1990-01-01', 'male')")
        txids = [open_tx.execute(txid).fetchone()[0]]
        with connect_as("reception1") as other:  # a later transaction that commits first
            other.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                          "VALUES ('Commits', 'First', '1990-01-01', 'male')")
            txids.append(other.execute(txid).fetchone()[0])
        seal(sealer)
        assert sealer.execute(mine, (txids,)).fetchone()[0] >= 1  # the later one waits for the older, open one
        open_tx.commit()
        assert sealer.execute(mine, (txids,)).fetchone()[0] == 2  # neither was linked while one was running
        for _ in range(50):  # both are linked once nothing older runs (another session's write may delay it)
            seal(sealer)
            if sealer.execute(mine, (txids,)).fetchone()[0] == 0:
                break
            time.sleep(0.2)
        assert sealer.execute(mine, (txids,)).fetchone()[0] == 0
        assert verify(sealer).ok


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "server_db.admin", *args], capture_output=True, text=True,
                          timeout=120)


@pytest.fixture()
def tamper_db(make_database, connect_as, request):
    """A fresh database with a little audited activity, sealed and verified intact."""
    name = "tamper_" + request.node.name.split("[")[0].removeprefix("test_")[:40]
    url = make_database(name)
    with psycopg.connect(url) as conn:
        from server_db.demo.generate import ensure_departments_and_staff
        ensure_departments_and_staff(conn)
    for i in range(5):
        with connect_as("reception1", database=name) as conn:
            conn.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                         "VALUES (%s, 'Tamper', '1970-01-01', 'female')", (f"Pat{i}",))
    result = _cli("audit-verify", "--url", url)
    assert result.returncode == 0, result.stderr
    assert "audit chain intact" in result.stdout
    return url


def _superuser_edit(url: str, statement: str) -> None:
    with psycopg.connect(url) as conn:
        conn.execute("SET session_replication_role = replica")  # disables the append-only triggers
        conn.execute(statement)


def _victim(url: str, offset: int = 2) -> int:
    """The offset-th of the sealed patient registrations (each its own transaction)."""
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT id FROM audit.event WHERE hash IS NOT NULL AND table_name = 'patient' "
                            "ORDER BY txid, id OFFSET %s LIMIT 1", (offset,)).fetchone()[0]


def test_verify_catches_an_edited_event(tamper_db):
    victim = _victim(tamper_db)
    _superuser_edit(tamper_db, f"UPDATE audit.event SET actor = 'someone_else' WHERE id = {victim}")
    result = _cli("audit-verify", "--url", tamper_db)
    assert result.returncode == 1
    assert f"event {victim}" in result.stderr and "edited" in result.stderr


def test_verify_catches_a_deleted_event(tamper_db):
    victim = _victim(tamper_db)
    _superuser_edit(tamper_db, f"DELETE FROM audit.event WHERE id = {victim}")
    result = _cli("audit-verify", "--url", tamper_db)
    assert result.returncode == 1 and "removed" in result.stderr


def test_verify_catches_a_deleted_last_event(tamper_db):
    _superuser_edit(tamper_db, "DELETE FROM audit.event WHERE id = (SELECT max(id) FROM audit.event)")
    result = _cli("audit-verify", "--url", tamper_db)
    assert result.returncode == 1 and "removed" in result.stderr


def test_verify_catches_reordered_events(tamper_db):
    a, b = _victim(tamper_db, 1), _victim(tamper_db, 3)
    _superuser_edit(tamper_db, f"UPDATE audit.event SET occurred_at = CASE id WHEN {a} THEN "
                               f"(SELECT occurred_at FROM audit.event WHERE id = {b}) ELSE "
                               f"(SELECT occurred_at FROM audit.event WHERE id = {a}) END WHERE id IN ({a}, {b})")
    result = _cli("audit-verify", "--url", tamper_db)
    assert result.returncode == 1 and f"event {a}" in result.stderr


def test_verify_catches_swapped_positions(tamper_db):
    """Swap two events' places in the chain (their transaction ids) while keeping contents and hashes."""
    a, b = _victim(tamper_db, 1), _victim(tamper_db, 3)
    _superuser_edit(tamper_db, f"UPDATE audit.event SET txid = CASE id WHEN {a} THEN "
                               f"(SELECT txid FROM audit.event WHERE id = {b}) ELSE "
                               f"(SELECT txid FROM audit.event WHERE id = {a}) END WHERE id IN ({a}, {b})")
    result = _cli("audit-verify", "--url", tamper_db)
    assert result.returncode == 1 and "broken" in result.stderr


def test_verify_catches_an_event_slipped_into_the_past(tamper_db):
    _superuser_edit(tamper_db, "INSERT INTO audit.event (actor, action, schema_name, table_name, txid) "
                               "VALUES ('ghost', 'INSERT', 'registry', 'patient', 1)")
    result = _cli("audit-verify", "--url", tamper_db)
    assert result.returncode == 1 and "past" in result.stderr
