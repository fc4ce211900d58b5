"""Staff administration from plain SQL, as the admin workstation's login and as attackers: creating logins with
one-time passwords, roles, departments, deactivation, resets; what nobody but an administrator may do, and what
even an administrator may not do. Also the hospital settings' validation, the auditor's reviews and the
dashboard views' grants."""
from __future__ import annotations

import itertools

import psycopg
import pytest

from server_db.staff import scram_verifier

pytestmark = pytest.mark.db
_counter = itertools.count(1)


def _name(prefix: str = "t") -> str:
    return f"{prefix}staff{next(_counter)}"


def _create(conn: psycopg.Connection, username: str, password: str = "OneTime-123", roles=("nurse",),
            departments=("MEDW",), full_name: str = "Test Person") -> int:
    return conn.execute("SELECT core.admin_create_staff(%s, %s, %s, %s, %s, %s)",
                        (username, full_name, list(roles), list(departments), scram_verifier(conn, password),
                         "new starter")).fetchone()[0]


def _state(exc_info) -> str:
    return exc_info.value.sqlstate


def test_admin_creates_a_login_with_a_one_time_password(connect_as, admin):
    adm = connect_as("admin1", autocommit=True)
    user = _name("n")
    staff_id = _create(adm, user)
    row = admin.execute("SELECT active, password_change_required, full_name FROM core.staff WHERE id = %s",
                        (staff_id,)).fetchone()
    assert row == (True, True, "Test Person")
    role = admin.execute("SELECT rolcanlogin, rolsuper, rolcreaterole, rolbypassrls, rolvaliduntil > now(), "
                         "rolvaliduntil < now() + interval '73 hours', rolpassword LIKE 'SCRAM-SHA-256$%%' "
                         "FROM pg_authid WHERE rolname = %s", (user,)).fetchone()
    assert role == (True, False, False, False, True, True, True)
    assert admin.execute("SELECT core.staff_groups(%s)", (user,)).fetchone()[0] == ["hms_nurse"]
    # The person logs in with the one-time password but is nobody to the policies until they change it.
    me = connect_as(user, "OneTime-123", autocommit=True)
    assert me.execute("SELECT core.current_staff_id(), core.has_group('hms_nurse')").fetchone() == (None, False)
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        me.execute("SELECT core.change_my_password('NewSecret-456')")  # a clear password is refused
    me.execute("SELECT core.change_my_password(%s)", (scram_verifier(me, "NewSecret-456"),))
    assert me.execute("SELECT core.current_staff_id()").fetchone()[0] == staff_id
    assert admin.execute("SELECT password_change_required FROM core.staff WHERE id = %s", (staff_id,)).fetchone()[0] \
        is False
    assert admin.execute("SELECT coalesce(rolvaliduntil = 'infinity', true) FROM pg_authid WHERE rolname = %s",
                         (user,)).fetchone()[0]
    with pytest.raises(psycopg.OperationalError):
        connect_as(user, "OneTime-123")
    connect_as(user, "NewSecret-456").close()
    # Every step is in the change log and in the audit trail, by the right actor.
    actions = admin.execute("SELECT action, changed_by FROM core.staff_change WHERE staff_id = %s ORDER BY id",
                            (staff_id,)).fetchall()
    assert actions == [("create", "admin1"), ("password_changed", user)]
    assert admin.execute("SELECT count(*) FROM audit.event WHERE table_name = 'staff' AND row_id = %s "
                         "AND actor = 'admin1' AND action = 'INSERT'", (str(staff_id),)).fetchone()[0] == 1


@pytest.mark.parametrize("login", ["reception1", "doctor1", "nurse1", "billing1", "auditor1"])
def test_only_administrators_manage_staff(connect_as, admin, login):
    conn = connect_as(login, autocommit=True)
    target = admin.execute("SELECT id FROM core.staff WHERE username = 'lab2'").fetchone()[0]
    verifier = scram_verifier(conn, "Whatever-123")
    attempts = [
        ("SELECT core.admin_create_staff(%s, 'X', ARRAY['doctor'], ARRAY[]::text[], %s, 'r')", (_name("x"), verifier)),
        ("SELECT core.admin_set_roles(%s, ARRAY['admin'], 'promote me')", (target,)),
        ("SELECT core.admin_deactivate_staff(%s, 'leaving')", (target,)),
        ("SELECT core.admin_reset_password(%s, %s, 'forgotten')", (target, verifier)),
        ("SELECT core.admin_set_departments(%s, ARRAY['ER'], 'move')", (target,)),
        ("SELECT core.role_create_login(%s, %s, NULL)", (_name("x"), verifier)),
        ("SELECT core.role_set_group(%s, 'hms_admin', true)", (login,)),
        ("SELECT core.role_set_login('lab2', false)", ()),
        ("CREATE ROLE evil LOGIN", ()),
        ("GRANT hms_admin TO " + login, ()),
        ("INSERT INTO core.staff (username, full_name) VALUES ('ghost', 'Ghost')", ()),
        ("INSERT INTO core.staff_change (staff_id, action) VALUES (%s, 'create')", (target,)),
    ]
    for statement, params in attempts:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement, params)


def test_administrators_cannot_escalate(connect_as, admin):
    adm = connect_as("admin1", autocommit=True)
    verifier = scram_verifier(adm, "Whatever-123")
    me = admin.execute("SELECT id FROM core.staff WHERE username = 'admin1'").fetchone()[0]
    lab2 = admin.execute("SELECT id FROM core.staff WHERE username = 'lab2'").fetchone()[0]
    # Only the eight hospital groups, no owner, superuser or built-in role.
    for group in ("hms_owner", "hms_staff_admin", "hms_staff", "pg_read_all_data", "pg_signal_backend", "postgres"):
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            adm.execute("SELECT core.admin_set_roles(%s, ARRAY[%s], 'attempt')", (lab2, group))
    # User names: the staff pattern, no injection, no existing role (a superuser, an owner role, a group).
    for bad in ('x"; ALTER ROLE admin1 SUPERUSER; --', "Upper", "hms_evil", "pg_evil", "a", "public", "none"):
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            _create(adm, bad)
    superuser = admin.execute("SELECT current_user").fetchone()[0]
    with pytest.raises(psycopg.errors.DuplicateObject):
        _create(adm, superuser)
    with pytest.raises(psycopg.errors.UniqueViolation):
        _create(adm, "doctor1")
    # The password is never accepted in clear.
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        adm.execute("SELECT core.admin_create_staff(%s, 'X', ARRAY['nurse'], ARRAY[]::text[], 'plaintext', 'r')",
                    (_name("x"),))
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        adm.execute("SELECT core.admin_reset_password(%s, 'md5abcdef', 'forgot')", (lab2,))
    # Himself: no deactivation, no dropping his admin role, no reset (he changes his own password).
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        adm.execute("SELECT core.admin_deactivate_staff(%s, 'leaving')", (me,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        adm.execute("SELECT core.admin_set_roles(%s, ARRAY['auditor'], 'change of job')", (me,))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        adm.execute("SELECT core.admin_reset_password(%s, %s, 'forgot')", (me, verifier))
    # Nothing above changed anything.
    assert admin.execute("SELECT core.staff_groups('admin1'), core.staff_groups('lab2')").fetchone() == \
        (["hms_admin"], ["hms_lab"])
    role = admin.execute("SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = 'admin1'").fetchone()
    assert role == (False, False)


def test_a_self_grant_of_clinical_access_is_flagged_for_the_auditor(connect_as, admin):
    adm = connect_as("admin1", autocommit=True)
    me = admin.execute("SELECT id FROM core.staff WHERE username = 'admin1'").fetchone()[0]
    with pytest.raises(psycopg.errors.CheckViolation):
        adm.execute("SELECT core.admin_set_roles(%s, ARRAY['admin', 'doctor'], 'short')", (me,))
    try:
        adm.execute("SELECT core.admin_set_roles(%s, ARRAY['admin', 'doctor'], 'night cover in the ER tonight')",
                    (me,))
        assert admin.execute("SELECT core.staff_groups('admin1')").fetchone()[0] == ["hms_admin", "hms_doctor"]
        aud = connect_as("auditor1", autocommit=True)
        flagged = aud.execute("SELECT flagged, flag_reason, detail -> 'added' FROM core.staff_change "
                              "WHERE staff_id = %s AND action = 'roles' ORDER BY id DESC LIMIT 1", (me,)).fetchone()
        assert flagged == (True, "administrator granted himself clinical access: hms_doctor", ["hms_doctor"])
    finally:
        adm.execute("SELECT core.admin_set_roles(%s, ARRAY['admin'], 'night cover finished')", (me,))
    assert admin.execute("SELECT core.staff_groups('admin1')").fetchone()[0] == ["hms_admin"]


def test_roles_departments_deactivation_and_reset(connect_as, admin):
    adm = connect_as("admin1", autocommit=True)
    user = _name("d")
    staff_id = _create(adm, user, roles=("nurse",), departments=("MEDW",))
    me = connect_as(user, "OneTime-123", autocommit=True)
    me.execute("SELECT core.change_my_password(%s)", (scram_verifier(me, "Mine-12345"),))
    # Roles and departments: with a reason, in the log.
    with pytest.raises(psycopg.errors.CheckViolation):
        adm.execute("SELECT core.admin_set_roles(%s, ARRAY['nurse', 'doctor'], '')", (staff_id,))
    adm.execute("SELECT core.admin_set_roles(%s, ARRAY['doctor'], 'qualified as a doctor')", (staff_id,))
    assert admin.execute("SELECT core.staff_groups(%s)", (user,)).fetchone()[0] == ["hms_doctor"]
    assert adm.execute("SELECT core.admin_set_departments(%s, ARRAY['GEN', 'ER'], 'rota')",
                       (staff_id,)).fetchone()[0] == ["ER", "GEN"]
    ended = admin.execute("SELECT sd.active FROM core.staff_department sd JOIN core.department d ON d.id = sd.department_id "
                          "WHERE sd.staff_id = %s AND d.code = 'MEDW'", (staff_id,)).fetchone()
    assert ended == (False,)  # the old assignment stays, ended
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        adm.execute("SELECT core.admin_set_departments(%s, ARRAY['NOPE'], 'rota')", (staff_id,))
    # Deactivation ends the open session and refuses new logins; the history stays.
    open_session = connect_as(user, "Mine-12345", autocommit=True)
    assert open_session.execute("SELECT 1").fetchone() == (1,)
    assert adm.execute("SELECT core.admin_deactivate_staff(%s, 'left the hospital')", (staff_id,)).fetchone()[0] >= 1
    with pytest.raises(psycopg.OperationalError):
        open_session.execute("SELECT 1")
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        connect_as(user, "Mine-12345")
    assert admin.execute("SELECT active, deactivated_at IS NOT NULL FROM core.staff WHERE id = %s",
                         (staff_id,)).fetchone() == (False, True)
    with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
        adm.execute("SELECT core.admin_reset_password(%s, %s, 'forgot it')", (staff_id, scram_verifier(adm, "x" * 10)))
    # Reactivation and a reset both give a one-time password again.
    adm.execute("SELECT core.admin_reactivate_staff(%s, %s, 'came back')", (staff_id, scram_verifier(adm, "Back-12345")))
    back = connect_as(user, "Back-12345", autocommit=True)
    assert back.execute("SELECT core.current_staff_id()").fetchone()[0] is None
    back.execute("SELECT core.change_my_password(%s)", (scram_verifier(back, "Mine-67890"),))
    adm.execute("SELECT core.admin_reset_password(%s, %s, 'forgot it')", (staff_id, scram_verifier(adm, "Reset-12345")))
    reset = connect_as(user, "Reset-12345", autocommit=True)
    assert reset.execute("SELECT core.current_staff_id()").fetchone()[0] is None
    actions = admin.execute("SELECT action, flagged FROM core.staff_change WHERE staff_id = %s ORDER BY id",
                            (staff_id,)).fetchall()
    # Flagged for the auditor: new clinical access, a new clinical role, and each one-time password.
    assert actions == [("create", True), ("password_changed", False), ("roles", True), ("departments", False),
                       ("deactivate", False), ("reactivate", True), ("password_changed", False),
                       ("reset_password", True)]


def test_a_login_cannot_change_its_flag_or_someone_elses_password(connect_as, admin):
    adm = connect_as("admin1", autocommit=True)
    user = _name("f")
    _create(adm, user)
    me = connect_as(user, "OneTime-123", autocommit=True)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        me.execute("UPDATE core.staff SET password_change_required = false WHERE username = session_user")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        me.execute("ALTER ROLE doctor1 PASSWORD 'hijack'")
    # Changing the own password directly (PostgreSQL allows it) does not clear the one-time flag.
    me.execute(psycopg.sql.SQL("ALTER ROLE CURRENT_USER PASSWORD {}").format(scram_verifier(me, "Direct-12345")))
    assert me.execute("SELECT core.current_staff_id()").fetchone()[0] is None


def test_settings_are_validated(connect_as, admin):
    adm = connect_as("admin1", autocommit=True)
    for key, value in [("idle_lock_minutes", "0"), ("idle_lock_minutes", '"ten"'), ("break_glass_hours", "100"),
                       ("currency", '"pounds"'), ("hospital_name", '" "'), ("tax_label", '""'),
                       ("hospital_logo", '{"mime": "image/gif", "data": "AAAA"}'), ("hospital_address", "12")]:
        with pytest.raises(psycopg.errors.CheckViolation):
            adm.execute("UPDATE core.setting SET value = %s::jsonb WHERE key = %s", (value, key))
    before = admin.execute("SELECT value FROM core.setting WHERE key = 'currency'").fetchone()[0]
    adm.execute("UPDATE core.setting SET value = '\"EUR\"' WHERE key = 'currency'")
    assert admin.execute("SELECT value FROM core.setting WHERE key = 'currency'").fetchone()[0] == "EUR"
    adm.execute("UPDATE core.setting SET value = %s::jsonb WHERE key = 'currency'", (f'"{before}"',))
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        connect_as("doctor1", autocommit=True).execute(
            "UPDATE core.setting SET value = '1' WHERE key = 'idle_lock_minutes'")


def test_the_auditor_reviews_break_glass_once_and_never_his_own(connect_as, admin):
    doc = connect_as("doctor2", autocommit=True)
    patient = admin.execute("SELECT id FROM registry.patient ORDER BY id LIMIT 1").fetchone()[0]
    doc.execute("SELECT core.break_glass(%s, 'unconscious in ER, need history')", (patient,))
    grant = admin.execute("SELECT max(id) FROM core.break_glass_grant").fetchone()[0]
    for login in ("doctor2", "admin1", "reception1"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            connect_as(login, autocommit=True).execute(
                "INSERT INTO audit.review (subject_kind, subject_id, outcome, comment) "
                "VALUES ('break_glass', %s, 'justified', 'looks fine')", (grant,))
    aud = connect_as("auditor1", autocommit=True)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # reviewer identity is not client-settable
        aud.execute("INSERT INTO audit.review (subject_kind, subject_id, outcome, comment, reviewer) "
                    "VALUES ('break_glass', %s, 'justified', 'looks fine', 'someone')", (grant,))
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        aud.execute("INSERT INTO audit.review (subject_kind, subject_id, outcome, comment) "
                    "VALUES ('break_glass', -1, 'justified', 'looks fine')")
    aud.execute("INSERT INTO audit.review (subject_kind, subject_id, outcome, comment) "
                "VALUES ('break_glass', %s, 'justified', 'ER admission confirmed in the notes')", (grant,))
    with pytest.raises(psycopg.errors.UniqueViolation):
        aud.execute("INSERT INTO audit.review (subject_kind, subject_id, outcome, comment) "
                    "VALUES ('break_glass', %s, 'not_justified', 'second opinion')", (grant,))
    for statement in ("UPDATE audit.review SET comment = 'changed' WHERE true", "DELETE FROM audit.review"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            aud.execute(statement)
    assert admin.execute("SELECT count(*) FROM audit.event WHERE schema_name = 'audit' AND table_name = 'review' "
                         "AND actor = 'auditor1'").fetchone()[0] >= 1


def test_dashboard_views_follow_the_roles(connect_as, admin):
    for login, view, allowed in [("admin1", "registrations_daily", True), ("admin1", "revenue_daily", True),
                                 ("billing1", "revenue_daily", True), ("billing1", "outpatient_daily", False),
                                 ("reception1", "revenue_daily", False), ("doctor1", "outpatient_daily", False),
                                 ("auditor1", "registrations_daily", False), ("nurse1", "revenue_daily", False)]:
        conn = connect_as(login, autocommit=True)
        if allowed:
            conn.execute(f"SELECT * FROM dashboard.{view} LIMIT 1")
        else:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT * FROM dashboard.{view} LIMIT 1")
    adm = connect_as("admin1", autocommit=True)
    adm.execute("SELECT dashboard.refresh('1 minute')")
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        adm.execute("REFRESH MATERIALIZED VIEW dashboard.revenue_daily")
