"""Login protection (issue 19), from the attacker's side and as real logins: the TOTP second factor (checked against
RFC 6238's own test vectors and against pyotp, an independent implementation), a session that knows the password
but not the code is nobody to every policy, wrong codes and wrong passwords (read by hms-login-guard from a real
server's jsonlog) lock the login, an administrator unlocks, each step in the staff change log, and the sessions of
a locked or deactivated login end at once. Also the password rules."""
from __future__ import annotations

import base64
import hashlib
import itertools
import os
import time

import psycopg
import pyotp
import pytest

from server_db import login_guard, migrate
from server_db.embedded import LocalCluster
from server_db.staff import create_guard_login, create_staff, password_problem

pytestmark = pytest.mark.db
PASSWORD = "Ward-Night-7391"
_names = itertools.count(1)


def authenticator(secret: bytes) -> pyotp.TOTP:
    """What the staff member's phone computes (the otpauth URI says SHA256; see docs/deployment.md)."""
    return pyotp.TOTP(base64.b32encode(secret).decode(), digest=hashlib.sha256)


def next_code(secret: bytes) -> str:
    """The code of the next 30-second step: accepted once the current one was used (for enrolment)."""
    return authenticator(secret).at(time.time() + 30)


@pytest.fixture()
def enrolled(admin, connect_as):
    """A nurse with a password of her own and an authenticator enrolled by admin1: (username, staff id, secret)."""
    username = f"tfanurse{next(_names)}"
    staff_id = create_staff(admin, username, PASSWORD, ["nurse"], full_name="Second Factor Nurse",
                            departments=["MEDW"])
    secret = os.urandom(20)
    adm = connect_as("admin1", autocommit=True)
    adm.execute("SELECT core.admin_enroll_second_factor(%s, %s, %s)",
                (staff_id, secret, authenticator(secret).now()))
    return username, staff_id, secret


def test_the_code_is_rfc_6238_totp_with_sha256(admin):
    key = b"12345678901234567890123456789012"  # RFC 6238 appendix B, the SHA-256 seed
    for at, code in [(59, "46119246"), (1111111109, "68084774"), (1111111111, "67062674"),
                     (1234567890, "91819424"), (2000000000, "90698825"), (20000000000, "77737706")]:
        assert admin.execute("SELECT core.totp_code(%s, %s, 8)", (key, at // 30)).fetchone()[0] == code
    for _ in range(20):  # and what an authenticator app (pyotp) shows for random secrets of every length
        secret = os.urandom(20 + _ * 2)
        step = admin.execute("SELECT core.second_factor_step()").fetchone()[0]
        assert admin.execute("SELECT core.totp_code(%s, %s)", (secret, step)).fetchone()[0] \
            == authenticator(secret).at(step * 30)


def test_a_password_alone_is_nobody_until_the_code(enrolled, connect_as, admin):
    username, staff_id, secret = enrolled
    me = connect_as(username, PASSWORD, autocommit=True)
    assert me.execute("SELECT core.current_staff_id(), core.second_factor_state()").fetchone() == (None, "needed")
    # Nobody to the policies: no patient, no admission, no audit, and definer functions refuse.
    assert me.execute("SELECT count(*) FROM registry.patient").fetchone()[0] == 0
    assert me.execute("SELECT count(*) FROM adt.admission").fetchone()[0] == 0
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        me.execute("SELECT core.log_chart_access(1, 'look')")
    # A token of the right shape that was never issued, and a code already used, give nothing.
    me.execute("SELECT set_config('hms.second_factor', %s, false)", ("ab" * 32,))
    assert me.execute("SELECT core.current_staff_id()").fetchone()[0] is None
    assert me.execute("SELECT core.verify_second_factor(%s)", (authenticator(secret).now(),)).fetchone()[0] is None
    # The next code opens the session ...
    token = me.execute("SELECT core.verify_second_factor(%s)", (next_code(secret),)).fetchone()[0]
    assert token and me.execute("SELECT core.current_staff_id(), core.second_factor_state()").fetchone() \
        == (staff_id, "verified")
    assert me.execute("SELECT count(*) FROM registry.patient").fetchone()[0] > 0
    # ... and the workstation's other connections with the token, not with the code again (used once).
    other = connect_as(username, PASSWORD, autocommit=True)
    assert other.execute("SELECT core.verify_second_factor(%s)", (next_code(secret),)).fetchone()[0] is None
    other.execute("SELECT set_config('hms.second_factor', %s, false)", (token,))
    assert other.execute("SELECT core.current_staff_id()").fetchone()[0] == staff_id
    # Nobody can forge a grant or read the secret.
    for attack in ["SELECT secret FROM core.second_factor",
                   "INSERT INTO core.second_factor_grant (token_hash, staff_id, expires_at) "
                   "VALUES ('\\x00', 1, now() + interval '1 hour')",
                   "UPDATE core.second_factor SET removed_at = now()",
                   "UPDATE core.staff SET locked_at = NULL"]:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            other.execute(attack)
    # Logging out ends the token for every connection that holds it.
    other.execute("SELECT core.end_my_second_factor()")
    assert me.execute("SELECT core.current_staff_id()").fetchone()[0] is None
    # Two wrong codes were counted as failed logins; only the stored hash of a token, never a token, is kept.
    assert admin.execute("SELECT count(*) FROM core.login_failure WHERE username = %s AND kind = 'second_factor'",
                         (username,)).fetchone()[0] == 2
    assert admin.execute("SELECT count(*) FROM core.second_factor_grant WHERE token_hash = sha256(%s::bytea)",
                         (token.encode(),)).fetchone()[0] == 1


def test_wrong_codes_lock_the_login_and_end_its_sessions(enrolled, connect_as, admin):
    username, staff_id, secret = enrolled
    admin.execute("UPDATE core.setting SET value = '3' WHERE key = 'login_lock_after'")
    try:
        bystander = connect_as(username, PASSWORD, autocommit=True)  # the same login at another workstation
        me = connect_as(username, PASSWORD, autocommit=True)
        for _ in range(3):
            assert me.execute("SELECT core.verify_second_factor('000000')").fetchone()[0] is None
    finally:
        admin.execute("UPDATE core.setting SET value = '10' WHERE key = 'login_lock_after'")
    locked, can_login = admin.execute("SELECT s.locked_at IS NOT NULL, r.rolcanlogin FROM core.staff s "
                                      "JOIN pg_roles r ON r.rolname = s.username WHERE s.id = %s",
                                      (staff_id,)).fetchone()
    assert (locked, can_login) == (True, False)
    with pytest.raises(psycopg.OperationalError):  # the other session was ended by the lock
        bystander.execute("SELECT 1")
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        connect_as(username, PASSWORD)
    # The right code does not help a locked login any more.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        me.execute("SELECT core.verify_second_factor(%s)", (next_code(secret),))
    change = admin.execute("SELECT flagged, detail ->> 'failures', changed_by FROM core.staff_change "
                           "WHERE staff_id = %s AND action = 'lock'", (staff_id,)).fetchone()
    assert change == (True, "3", username)
    # Only an administrator unlocks, with a reason; the unlock is in the log and the login works again.
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connect_as("doctor1", autocommit=True).execute("SELECT core.admin_unlock_staff(%s, 'please')", (staff_id,))
    adm = connect_as("admin1", autocommit=True)
    with pytest.raises(psycopg.errors.CheckViolation):
        adm.execute("SELECT core.admin_unlock_staff(%s, '')", (staff_id,))
    adm.execute("SELECT core.admin_unlock_staff(%s, 'called the ward, it was her')", (staff_id,))
    assert admin.execute("SELECT reason FROM core.staff_change WHERE staff_id = %s AND action = 'unlock'",
                         (staff_id,)).fetchone()[0] == "called the ward, it was her"
    again = connect_as(username, PASSWORD, autocommit=True)
    assert again.execute("SELECT core.verify_second_factor(%s)", (next_code(secret),)).fetchone()[0]
    # The events are in the tamper-evident trail too.
    assert admin.execute("SELECT count(*) FROM audit.event WHERE table_name = 'staff' AND row_id = %s::text",
                         (staff_id,)).fetchone()[0] >= 2


def test_the_audit_trail_keeps_the_secrets_hash_never_the_secret(enrolled, admin):
    _username, staff_id, secret = enrolled
    recorded = admin.execute("SELECT new_row ->> 'secret' FROM audit.event WHERE table_name = 'second_factor' "
                             "AND new_row ->> 'staff_id' = %s::text", (staff_id,)).fetchall()
    assert recorded and all(value.startswith("sha256:") for (value,) in recorded)
    assert not admin.execute("SELECT count(*) FROM audit.event WHERE strpos(new_row::text, %s) > 0",
                             (secret.hex(),)).fetchone()[0]


def test_removing_a_second_factor_is_flagged_and_never_ones_own(enrolled, connect_as, admin):
    username, staff_id, _secret = enrolled
    adm = connect_as("admin1", autocommit=True)
    own = adm.execute("SELECT id FROM core.staff WHERE username = 'admin1'").fetchone()[0]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        adm.execute("SELECT core.admin_remove_second_factor(%s, 'lost my phone')", (own,))
    enrolments = dict(adm.execute("SELECT staff_id, enrolled_at FROM core.second_factor_enrolments()").fetchall())
    assert staff_id in enrolments
    adm.execute("SELECT core.admin_remove_second_factor(%s, 'phone lost on the bus')", (staff_id,))
    assert admin.execute("SELECT flagged FROM core.staff_change WHERE staff_id = %s "
                         "AND action = 'second_factor_removed'", (staff_id,)).fetchone()[0] is True
    me = connect_as(username, PASSWORD, autocommit=True)  # back to password only
    assert me.execute("SELECT core.second_factor_state(), core.current_staff_id()").fetchone() == ("none", staff_id)
    with pytest.raises(psycopg.errors.InvalidParameterValue):  # an enrolment needs the phone's current code
        adm.execute("SELECT core.admin_enroll_second_factor(%s, %s, '123456')", (staff_id, os.urandom(20)))


def test_a_deactivated_login_loses_its_open_sessions_at_once(admin, connect_as):
    username = f"leaving{next(_names)}"
    staff_id = create_staff(admin, username, PASSWORD, ["reception"], full_name="Leaving Clerk")
    sessions = [connect_as(username, PASSWORD, autocommit=True) for _ in range(3)]
    for conn in sessions:
        assert conn.execute("SELECT core.current_staff_id()").fetchone()[0] == staff_id
    ended = connect_as("admin1", autocommit=True).execute(
        "SELECT core.admin_deactivate_staff(%s, 'left the hospital')", (staff_id,)).fetchone()[0]
    assert ended == 3
    for conn in sessions:  # the next statement of each fails: the server ended the session
        with pytest.raises(psycopg.OperationalError):
            conn.execute("SELECT 1")


# -- failed passwords, from a real server log -------------------------------------------------------------
@pytest.fixture(scope="module")
def logged_cluster():
    """A cluster of its own that logs in jsonlog and delays failed logins (auth_delay), as docs/deployment.md
    configures the hospital's server."""
    cluster = LocalCluster.in_temp_dir("hms-login-guard-", fast=True)
    try:
        state = cluster.init()
        with open(state.data_dir / "postgresql.conf", "a") as conf:
            conf.write("\nlogging_collector = on\nlog_destination = 'jsonlog'\nlog_directory = 'log'\n"
                       "shared_preload_libraries = 'auth_delay'\nauth_delay.milliseconds = 300\n")
        cluster.start()
        url = cluster.create_database("hospital")
        migrate.upgrade(url)
        with psycopg.connect(url, autocommit=True) as conn:
            create_staff(conn, "guardadmin", PASSWORD, ["admin"], full_name="Guard Admin")
            create_staff(conn, "guardclerk", PASSWORD, ["reception"], full_name="Guard Clerk")
            create_guard_login(conn, "loginguard", "Guard-Login-5820")
            conn.execute("UPDATE core.setting SET value = '5' WHERE key = 'login_lock_after'")
        yield cluster, url
    finally:
        cluster.destroy()


def _try_login(cluster: LocalCluster, user: str, password: str) -> bool:
    try:
        psycopg.connect(cluster.state.url("hospital", user=user, password=password), connect_timeout=5).close()
        return True
    except psycopg.OperationalError:
        return False


def test_the_guard_locks_a_login_after_failed_passwords(logged_cluster):
    cluster, url = logged_cluster
    log_dir = cluster.state.data_dir / "log"
    guard_url = cluster.state.url("hospital", user="loginguard", password="Guard-Login-5820")
    started = time.monotonic()
    for attempt in range(4):
        assert not _try_login(cluster, "guardclerk", f"guess-{attempt}")
    assert time.monotonic() - started >= 4 * 0.3  # auth_delay: each failure waits before it is answered
    _try_login(cluster, "nosuchuser", "guess")  # names that are no staff are kept, never locked
    time.sleep(0.5)  # the logging collector writes asynchronously
    assert login_guard.run(guard_url, log_dir, once=True) == 0
    assert _try_login(cluster, "guardclerk", PASSWORD)  # 4 of 5: still open
    assert not _try_login(cluster, "guardclerk", "guess-4")
    time.sleep(0.5)
    # Run twice: a second reading of the same lines changes nothing.
    assert login_guard.run(guard_url, log_dir, once=True) == 0
    assert login_guard.run(guard_url, log_dir, once=True) == 0
    with psycopg.connect(url, autocommit=True) as conn:
        counts = dict(conn.execute("SELECT username, count(*) FROM core.login_failure GROUP BY 1").fetchall())
        assert counts == {"guardclerk": 5, "nosuchuser": 1}
        assert conn.execute("SELECT locked_at IS NOT NULL FROM core.staff WHERE username = 'guardclerk'").fetchone()[0]
        assert conn.execute("SELECT flag_reason FROM core.staff_change WHERE action = 'lock'").fetchone()[0] \
            == "locked after 5 failed logins in 15 minutes"
    assert not _try_login(cluster, "guardclerk", PASSWORD)
    # The guard's login reports failures and can do nothing else.
    with psycopg.connect(guard_url, autocommit=True) as guard:
        for attack in ["SELECT count(*) FROM registry.patient", "SELECT count(*) FROM core.login_failure",
                       "SELECT core.admin_unlock_staff(1, 'let me in')",
                       "SELECT core.unlock_login(1, 'let me in')"]:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                guard.execute(attack)
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            guard.execute("SELECT core.record_login_failure('guardadmin', now() + interval '1 day', NULL, 'x')")
    # A staff login cannot report failures to lock a colleague out.
    with psycopg.connect(cluster.state.url("hospital", user="guardadmin", password=PASSWORD)) as adm:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            adm.execute("SELECT core.record_login_failure('guardclerk', now(), NULL, 'forged')")


def test_failures_in_reads_only_failed_passwords():
    lines = ['{"timestamp":"2026-12-04 05:40:01.123 UTC","user":"nurse1","session_id":"6a1.2b","line_num":1,'
             '"error_severity":"FATAL","state_code":"28P01","remote_host":"10.0.0.7"}',
             '{"timestamp":"2026-12-04 05:40:02 UTC","user":"nurse1","session_id":"6a1.2c","error_severity":"LOG",'
             '"state_code":"00000"}',
             '{"timestamp":"x","user":"nurse1","error_severity":"FATAL","state_code":"28000","session_id":"s"}',
             "not json", "[1, 2]", '{"state_code":"28P01","error_severity":"FATAL","user":null}']
    assert list(login_guard.failures_in(lines)) == [
        login_guard.Failure("nurse1", "2026-12-04 05:40:01.123 UTC", "10.0.0.7", "6a1.2b:1")]


@pytest.mark.parametrize(("password", "username", "problem"), [
    ("short-1", "", "at least 10 characters"),
    ("onlyletterswithoutdigits", "", "digit or symbol"),
    ("1234567890", "", "digit or symbol"),
    ("nurse.jones-2026", "nurse.jones", "user name"),
    ("Password123", "", "most common"),   # the list is compared without case
    ("1qaz2wsx3edc", "", "most common"),
    ("Ward-Night-7391", "nurse1", None),
])
def test_password_rules(password, username, problem):
    found = password_problem(password, username)
    assert (found is None) if problem is None else (problem in found)
