"""Row-level rules from the attacker's side: each test logs in as a real staff login over TCP."""
from __future__ import annotations

import psycopg
import pytest
from access_expectations import DOMAIN_SCHEMAS
from builders import encounter_with_note, register

pytestmark = pytest.mark.db


def count(conn: psycopg.Connection, query: str, *params) -> int:
    return conn.execute(query, params).fetchone()[0]


@pytest.fixture()
def gen_patient(connect_as) -> int:
    """A patient whose only care relationship is doctor1 in General Medicine (GEN)."""
    patient_id, _ = register(connect_as, "Hopper", "Grace", "1966-12-09")
    encounter_with_note(connect_as, "doctor1", "GEN", patient_id, "S: cough. O: clear chest. A: URTI.")
    return patient_id


def test_reception_registers_with_plain_insert_and_gets_a_db_made_mrn(connect_as):
    patient_id, mrn = register(connect_as, "Turing", "Alan", "1954-06-07", "male")
    assert patient_id > 0 and len(mrn) == 9
    with connect_as("reception1") as conn:
        assert conn.execute("SELECT registry.mrn_is_valid(%s)", (mrn,)).fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO registry.patient (mrn, given_name, family_name, birth_date, sex) "
                         "VALUES ('123456782', 'X', 'Y', '2000-01-01', 'male')")


def test_reception_sees_patients_and_no_clinical_rows(connect_as, gen_patient):
    with connect_as("reception1", autocommit=True) as conn:
        assert count(conn, "SELECT count(*) FROM registry.patient") > 0
        for table in ("clinical.note", "clinical.encounter", "core.break_glass_grant", "audit.event"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"SELECT count(*) FROM {table}")
        assert not conn.execute("SELECT clinical.can_access_patient(%s)", (gen_patient,)).fetchone()[0]


@pytest.mark.parametrize("login", ["billing1", "admin1", "auditor1", "pharmacist1", "lab1"])
def test_non_clinical_roles_read_no_notes(connect_as, gen_patient, login):
    with connect_as(login, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT body FROM clinical.note")


def test_care_team_sees_the_notes(connect_as, gen_patient):
    with connect_as("doctor1") as conn:  # the treating doctor
        assert count(conn, "SELECT count(*) FROM clinical.note WHERE patient_id = %s", gen_patient) == 1
    with connect_as("nurse1") as conn:  # a nurse of the same department (GEN)
        assert count(conn, "SELECT count(*) FROM clinical.note WHERE patient_id = %s", gen_patient) == 1
    with connect_as("nurse2") as conn:  # a nurse of another department
        assert count(conn, "SELECT count(*) FROM clinical.note WHERE patient_id = %s", gen_patient) == 0


def test_break_glass_opens_the_chart_for_a_limited_time_and_is_audited(connect_as, admin, gen_patient):
    with connect_as("doctor2") as conn:  # cardiology, no relationship
        assert count(conn, "SELECT count(*) FROM clinical.note WHERE patient_id = %s", gen_patient) == 0
        assert count(conn, "SELECT count(*) FROM clinical.encounter WHERE patient_id = %s", gen_patient) == 0
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("SELECT core.break_glass(%s, 'urgent')", (gen_patient,))
        conn.rollback()
        expires = conn.execute("SELECT core.break_glass(%s, 'Unconscious in ER, need history')",
                               (gen_patient,)).fetchone()[0]
        conn.commit()
        assert count(conn, "SELECT count(*) FROM clinical.note WHERE patient_id = %s", gen_patient) == 1
        hours = conn.execute("SELECT extract(epoch FROM %s - now()) / 3600", (expires,)).fetchone()[0]
        assert 3.9 < hours <= 4.0
    with connect_as("auditor1") as conn:
        grant = conn.execute("SELECT s.username, g.reason FROM core.break_glass_grant g "
                             "JOIN core.staff s ON s.id = g.staff_id WHERE g.patient_id = %s", (gen_patient,)).fetchone()
        assert grant == ("doctor2", "Unconscious in ER, need history")
        assert count(conn, "SELECT count(*) FROM audit.access WHERE patient_id = %s AND actor = 'doctor2' "
                           "AND via_break_glass", gen_patient) == 1
        assert count(conn, "SELECT count(*) FROM audit.event WHERE table_name = 'break_glass_grant' "
                           "AND actor = 'doctor2' AND patient_id = %s", gen_patient) == 1
    # The grant expires: move it into the past (as the superuser) and the chart closes again.
    admin.execute("UPDATE core.break_glass_grant SET granted_at = now() - interval '5 hours', "
                  "expires_at = now() - interval '1 hour' WHERE patient_id = %s", (gen_patient,))
    with connect_as("doctor2") as conn:
        assert count(conn, "SELECT count(*) FROM clinical.note WHERE patient_id = %s", gen_patient) == 0


def test_reception_cannot_break_glass(connect_as, gen_patient):
    with connect_as("reception1") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT core.break_glass(%s, 'I really want to read this chart')", (gen_patient,))


def test_identity_cannot_be_spoofed(connect_as, gen_patient):
    with connect_as("doctor2", application_name="doctor1") as conn:
        conn.execute("SET hms.username = 'doctor1'")
        conn.execute("SET hms.staff_id = '1'")
        conn.execute("SET application_name = 'doctor1'")
        assert count(conn, "SELECT count(*) FROM clinical.note WHERE patient_id = %s", gen_patient) == 0
        for attempt in ("SET ROLE doctor1", "SET ROLE hms_owner", "SET ROLE hms_admin", "SET ROLE postgres",
                        "SET SESSION AUTHORIZATION doctor1", "SET SESSION AUTHORIZATION postgres"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(attempt)
            conn.rollback()
        conn.execute("SET ROLE hms_doctor")  # its own group: allowed, and still no relationship
        assert count(conn, "SELECT count(*) FROM clinical.note WHERE patient_id = %s", gen_patient) == 0
        assert conn.execute("SELECT core.current_staff_id() = (SELECT id FROM core.staff "
                            "WHERE username = 'doctor2')").fetchone()[0]


def test_doctor_cannot_chart_outside_own_department_or_as_someone_else(connect_as, gen_patient):
    with connect_as("doctor2") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # RLS WITH CHECK: not my department
            conn.execute("INSERT INTO clinical.encounter (patient_id, department_id, clinician_id) VALUES "
                         "(%s, (SELECT id FROM core.department WHERE code = 'GEN'), core.current_staff_id())",
                         (gen_patient,))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # someone else as clinician
            conn.execute("INSERT INTO clinical.encounter (patient_id, department_id, clinician_id) VALUES "
                         "(%s, (SELECT id FROM core.department WHERE code = 'CARD'), "
                         "(SELECT id FROM core.staff WHERE username = 'doctor1'))", (gen_patient,))
        conn.rollback()
        enc = conn.execute("SELECT id FROM clinical.encounter WHERE patient_id = %s", (gen_patient,)).fetchone()
        assert enc is None
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no relationship: no note
            conn.execute("INSERT INTO clinical.note (encounter_id, patient_id, body) SELECT id, patient_id, 'x' "
                         "FROM clinical.encounter WHERE false UNION ALL SELECT 1, %s, 'x'", (gen_patient,))


def test_notes_are_never_edited_or_deleted(connect_as, gen_patient):
    with connect_as("doctor1") as conn:
        for statement in ("UPDATE clinical.note SET body = 'changed' WHERE patient_id = %s",
                          "DELETE FROM clinical.note WHERE patient_id = %s",
                          "DELETE FROM clinical.encounter WHERE patient_id = %s"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, (gen_patient,))
            conn.rollback()


@pytest.mark.parametrize("login", ["reception1", "doctor1", "nurse1", "pharmacist1", "lab1", "billing1",
                                   "admin1", "auditor1"])
def test_no_staff_login_can_create_anything(connect_as, login):
    with connect_as(login, autocommit=True) as conn:
        schemas = [r[0] for r in conn.execute("SELECT nspname FROM pg_namespace WHERE nspname = ANY (%s)",
                                              (["public", "ext", *DOMAIN_SCHEMAS],))]
        assert len(schemas) >= 9
        for schema in schemas:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"CREATE TABLE {schema}.intruder (i int)")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"CREATE FUNCTION {schema}.intruder() RETURNS int LANGUAGE sql AS 'SELECT 1'")
        for statement in ("CREATE SCHEMA intruder", "CREATE TEMP TABLE intruder (i int)",
                          "CREATE ROLE intruder", "CREATE DATABASE intruder"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_a_login_that_is_not_active_staff_sees_nothing(admin, connect_as, gen_patient):
    admin.execute("DROP ROLE IF EXISTS ghost")
    admin.execute("CREATE ROLE ghost LOGIN PASSWORD 'ghost-password' IN ROLE hms_doctor")
    with connect_as("ghost", "ghost-password") as conn:
        assert count(conn, "SELECT count(*) FROM registry.patient") == 0
        assert count(conn, "SELECT count(*) FROM clinical.note") == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT core.break_glass(%s, 'ghost wants to look around')", (gen_patient,))


def test_notifications_are_private_and_acknowledged_once(admin, connect_as):
    doctor1 = admin.execute("SELECT id FROM core.staff WHERE username = 'doctor1'").fetchone()[0]
    note_id = admin.execute("INSERT INTO notify.notification (recipient_id, kind, title) "
                            "VALUES (%s, 'test', 'hello') RETURNING id", (doctor1,)).fetchone()[0]
    with connect_as("doctor2") as conn:
        assert count(conn, "SELECT count(*) FROM notify.notification WHERE id = %s", note_id) == 0
        assert conn.execute("UPDATE notify.notification SET acknowledged_at = now() WHERE id = %s",
                            (note_id,)).rowcount == 0
    with connect_as("doctor1") as conn:
        assert conn.execute("UPDATE notify.notification SET acknowledged_at = now() WHERE id = %s",
                            (note_id,)).rowcount == 1
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("UPDATE notify.notification SET acknowledged_at = now() WHERE id = %s", (note_id,))
