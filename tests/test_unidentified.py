"""Unidentified patients and estimated birth dates (issue 16), from the attacker's side: plain SQL as each real
login. Who may register a patient nobody can identify yet and who may identify them; the alias is made by the
database and no client can set or change it; bad input is refused with nothing written; identification as a new
person (registry.identify_patient) or as someone already registered (registry.merge_patients) keeps the alias and
leaves a trail."""
from __future__ import annotations

import re
from datetime import date

import psycopg
import pytest
from builders import encounter_with_note, register, unique

pytestmark = pytest.mark.db

REGISTER = "SELECT registry.register_unidentified(%s, %s, %s)"
IDENTIFY = "SELECT registry.identify_patient(%s, %s, %s, %s, %s, %s, %s)"
ALIAS = re.compile(r"^UNKNOWN (\d{4})-(\d{4,8})$")
MERGE_REASON = "identified by his daughter: he is our patient"
NOBODY_ELSE = ("doctor1", "nurse1", "pharmacist1", "lab1", "billing1", "admin1", "auditor1")


def register_unknown(connect_as, sex: str | None = "male", age: int | None = 40,  # noqa: ANN001
                     note: str | None = "brought by ambulance from the station, no papers") -> int:
    with connect_as("reception1") as conn:
        return conn.execute(REGISTER, (sex, age, note)).fetchone()[0]


def patient(admin, pid: int) -> dict:  # noqa: ANN001
    return admin.execute("SELECT to_jsonb(p) FROM registry.patient p WHERE id = %s", (pid,)).fetchone()[0]


def count(admin) -> int:  # noqa: ANN001
    return admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0]


def years_before(today: date, years: int) -> date:
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


# -- emergency registration -----------------------------------------------------------------------------------
def test_reception_registers_an_unidentified_patient_under_an_alias_the_database_makes(connect_as, admin):
    pid = register_unknown(connect_as, "male", 40, "  found   at the station,\n tattoo on the left arm ")
    row = patient(admin, pid)
    today = admin.execute("SELECT current_date").fetchone()[0]
    match = ALIAS.match(row["temporary_alias"])
    assert match and match.group(1) == str(today.year), row["temporary_alias"]
    assert (row["family_name"], row["given_name"]) == ("UNKNOWN", f"{match.group(1)}-{match.group(2)}")
    assert (row["identity_status"], row["birth_date_accuracy"], row["sex"]) == ("unidentified", "estimated", "male")
    assert date.fromisoformat(row["birth_date"]) == years_before(today, 40)
    assert row["identification_note"] == "found at the station, tattoo on the left arm"
    assert row["created_by"] == "reception1" and row["national_id"] is None and len(row["mrn"]) == 9
    actor, reason = admin.execute("SELECT actor, reason FROM audit.event WHERE table_name = 'patient' "
                                  "AND action = 'INSERT' AND row_id = %s", (str(pid),)).fetchone()
    assert actor == "reception1" and reason == "emergency registration of an unidentified patient"
    # sex not known: unknown, and no note is no note (nothing recorded that nobody entered)
    other = patient(admin, register_unknown(connect_as, None, 0, "   "))
    assert other["sex"] == "unknown" and other["identification_note"] is None
    assert other["temporary_alias"] != row["temporary_alias"]
    assert int(ALIAS.match(other["temporary_alias"]).group(2)) > int(match.group(2))
    assert date.fromisoformat(other["birth_date"]) == today


@pytest.mark.parametrize("login", NOBODY_ELSE)
def test_only_reception_registers_unidentified_patients(connect_as, admin, login):
    before = count(admin)
    with connect_as(login) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(REGISTER, ("female", 30, None))  # no EXECUTE grant; the function checks the group too
    assert count(admin) == before


@pytest.mark.parametrize("sex, age, note, fragment", [
    ("f", 30, None, "sex must be"),
    ("male", None, None, "estimated age"),
    ("male", -1, None, "estimated age"),
    ("male", 121, None, "estimated age"),
    ("male", 30, "x" * 501, "too long"),
    ("'; DROP TABLE registry.patient;--", 30, None, "sex must be"),
])
def test_bad_emergency_registration_is_refused_and_writes_nothing(connect_as, admin, sex, age, note, fragment):
    before = count(admin)
    seq = admin.execute("SELECT last_value FROM registry.unidentified_seq").fetchone()[0]
    with connect_as("reception1") as conn, pytest.raises(psycopg.errors.CheckViolation) as err:
        conn.execute(REGISTER, (sex, age, note))
    assert fragment in str(err.value)
    assert count(admin) == before
    assert admin.execute("SELECT last_value FROM registry.unidentified_seq").fetchone()[0] == seq


def test_no_client_sets_or_changes_the_alias_or_the_identity_status(connect_as, admin):
    pid = register_unknown(connect_as)
    alias = patient(admin, pid)["temporary_alias"]
    with connect_as("reception1") as conn:
        for column, value in (("temporary_alias", "UNKNOWN 2026-9999"), ("identity_status", "unidentified")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"INSERT INTO registry.patient (given_name, family_name, birth_date, sex, {column}) "
                             "VALUES ('A', 'B', '1990-01-01', 'male', %s)", (value,))
            conn.rollback()
            conn.execute("SET LOCAL hms.reason = 'trying it from psql'")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"UPDATE registry.patient SET {column} = %s WHERE id = %s", (value, pid))
            conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT nextval('registry.unidentified_seq')")
        conn.rollback()
        # A plain UPDATE cannot quietly turn the unidentified record into somebody: identification has its function.
        conn.execute("SET LOCAL hms.reason = 'we know who it is now'")
        with pytest.raises(psycopg.errors.CheckViolation) as err:
            conn.execute("UPDATE registry.patient SET family_name = 'Smith', given_name = 'John' WHERE id = %s",
                         (pid,))
        assert err.value.diag.constraint_name == "ck_patient_unidentified"
        conn.rollback()
        # ... but the estimate and the sex may be corrected like any demographics, with a reason.
        conn.execute("SET LOCAL hms.reason = 'looks older on a second look'")
        conn.execute("UPDATE registry.patient SET birth_date = birth_date - 3650, sex = 'male' WHERE id = %s", (pid,))
    # Even the superuser cannot give two records one alias.
    with pytest.raises(psycopg.errors.UniqueViolation):
        admin.execute("UPDATE registry.patient SET temporary_alias = %s WHERE id = (SELECT max(id) FROM registry.patient "
                      "WHERE id <> %s AND identity_status = 'identified')", (alias, pid))
    admin.rollback()
    assert patient(admin, pid)["temporary_alias"] == alias


# -- estimated birth dates ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("born, accuracy, ok", [
    ("1970-07-01", "year", True), ("1970-03-02", "year", False), ("1970-03-02", "estimated", True),
    ("1970-03-02", "exact", True), ("1970-03-02", "guessed", False), ("1970-03-02", None, False),
])
def test_birth_date_accuracy_by_plain_insert(connect_as, admin, born, accuracy, ok):
    before = count(admin)
    sql = ("INSERT INTO registry.patient (given_name, family_name, birth_date, sex, birth_date_accuracy) "
           "VALUES ('Ada', %s, %s, 'female', %s) RETURNING birth_date_accuracy")
    with connect_as("reception1") as conn:
        if ok:
            assert conn.execute(sql, (unique("Year"), born, accuracy)).fetchone()[0] == accuracy
        else:
            with pytest.raises((psycopg.errors.CheckViolation, psycopg.errors.NotNullViolation)):
                conn.execute(sql, (unique("Year"), born, accuracy))
    assert count(admin) == before + (1 if ok else 0)
    plain = register(connect_as)
    assert patient(admin, plain.id)["birth_date_accuracy"] == "exact"  # the default: what registration always did


# -- identification as a new person -------------------------------------------------------------------------------
def test_reception_identifies_a_new_person_and_the_history_shows_it(connect_as, admin):
    pid = register_unknown(connect_as)
    alias = patient(admin, pid)["temporary_alias"]
    family = unique("Okafor")
    with connect_as("reception2") as conn:
        conn.execute(IDENTIFY, (pid, "  Chinedu ", family, "1970-07-01", "year", "male",
                                "his brother came with his passport"))
    row = patient(admin, pid)
    assert (row["given_name"], row["family_name"], row["birth_date"], row["birth_date_accuracy"]) == \
        ("Chinedu", family, "1970-07-01", "year")
    assert row["identity_status"] == "identified" and row["temporary_alias"] == alias  # kept, for the history
    with connect_as("reception1") as conn:
        history = conn.execute("SELECT actor, action, reason, changes FROM registry.patient_history(%s)",
                               (pid,)).fetchall()
    assert [h[:3] for h in history] == [
        ("reception1", "INSERT", "emergency registration of an unidentified patient"),
        ("reception2", "UPDATE", "identified: his brother came with his passport")]
    assert history[1][3]["identity_status"] == ["unidentified", "identified"]
    assert history[1][3]["family_name"] == ["UNKNOWN", family]
    # the alias still finds the record
    with connect_as("reception1") as conn:
        found = conn.execute("SELECT id, temporary_alias, identity_status FROM registry.search_patients("
                             "%s, NULL, NULL, NULL, NULL)", ([family],)).fetchall()
    assert found == [(pid, alias, "identified")]


@pytest.mark.parametrize("login", NOBODY_ELSE)
def test_only_reception_identifies(connect_as, admin, login):
    pid = register_unknown(connect_as)
    before = patient(admin, pid)
    with connect_as(login) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(IDENTIFY, (pid, "John", "Doe", "1980-01-01", "exact", "male", "identified by the police"))
    assert patient(admin, pid) == before


@pytest.mark.parametrize("given, family, born, accuracy, sex, reason, error, fragment", [
    ("John", "Doe", "1980-01-01", "exact", "male", "why", psycopg.errors.CheckViolation, "identified"),
    ("", "Doe", "1980-01-01", "exact", "male", "police ID card", psycopg.errors.CheckViolation, "required"),
    ("John", "  ", "1980-01-01", "exact", "male", "police ID card", psycopg.errors.CheckViolation, "required"),
    ("John", "Doe", None, "exact", "male", "police ID card", psycopg.errors.CheckViolation, "birth date"),
    ("John", "Doe", "2999-01-01", "exact", "male", "police ID card", psycopg.errors.CheckViolation, "future"),
    ("John", "Doe", "1980-03-04", "year", "male", "police ID card", psycopg.errors.CheckViolation, "year_only"),
    ("John", "Doe", "1980-01-01", "roughly", "male", "police ID card", psycopg.errors.CheckViolation, "year only"),
    ("John", "Doe", "1980-01-01", "exact", "M", "police ID card", psycopg.errors.CheckViolation, "sex"),
    ("John", "D" * 101, "1980-01-01", "exact", "male", "police ID card", psycopg.errors.CheckViolation,
     "family_name"),
])
def test_bad_identification_is_refused_and_changes_nothing(connect_as, admin, given, family, born, accuracy, sex,
                                                           reason, error, fragment):
    pid = register_unknown(connect_as)
    before = patient(admin, pid)
    with connect_as("reception1") as conn, pytest.raises(error) as err:
        conn.execute(IDENTIFY, (pid, given, family, born, accuracy, sex, reason))
    assert fragment in str(err.value) or fragment == err.value.diag.constraint_name, str(err.value)
    assert patient(admin, pid) == before


def test_identification_only_of_an_unidentified_unmerged_record(connect_as, admin):
    known = register(connect_as)
    with connect_as("reception1") as conn, pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState) as err:
        conn.execute(IDENTIFY, (known.id, "John", "Doe", "1980-01-01", "exact", "male", "police ID card"))
    assert "already identified" in str(err.value)
    with connect_as("reception1") as conn, pytest.raises(psycopg.errors.NoDataFound):
        conn.execute(IDENTIFY, (known.id + 10_000_000, "John", "Doe", "1980-01-01", "exact", "male", "police card"))


# -- identification as someone already registered: the existing merge ------------------------------------------
def test_an_unidentified_record_merges_into_the_existing_one_with_its_care(connect_as, admin):
    existing = register(connect_as, unique("Abara"), given="Emeka", born="1961-02-03", sex="male")
    pid = register_unknown(connect_as, "male", 60)
    alias = patient(admin, pid)["temporary_alias"]
    mrn = patient(admin, pid)["mrn"]
    encounter, note = encounter_with_note(connect_as, "doctor4", "ER", pid, "S: found collapsed. A: hypoglycaemia.")

    with connect_as("admin1") as conn:
        merge_id = conn.execute("SELECT registry.merge_patients(%s, %s, %s)",
                                (existing.id, pid, MERGE_REASON)).fetchone()[0]
    assert admin.execute("SELECT patient_id FROM clinical.encounter WHERE id = %s", (encounter,)).fetchone()[0] \
        == existing.id
    assert admin.execute("SELECT patient_id FROM clinical.note WHERE id = %s", (note,)).fetchone()[0] == existing.id
    row = patient(admin, pid)
    assert row["merged_into_id"] == existing.id and row["temporary_alias"] == alias  # kept, never deleted
    with connect_as("reception1") as conn:
        assert conn.execute("SELECT registry.resolve_mrn(%s)", (mrn,)).fetchone()[0] == existing.id
        history = conn.execute("SELECT action, reason, changes FROM registry.patient_history(%s)",
                               (existing.id,)).fetchall()
        assert ("MERGE", MERGE_REASON, {"merged_from": [None, pid]}) in history
        # the alias no longer lists the merged record
        assert conn.execute("SELECT count(*) FROM registry.search_patients(%s, NULL, NULL, NULL, NULL)",
                            (alias.split(),)).fetchone()[0] == 0
        # a merged-away unidentified record cannot be identified
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            conn.execute(IDENTIFY, (pid, "Emeka", "Abara", "1961-02-03", "exact", "male", "too late, merged"))
    with connect_as("admin1") as conn:  # and the merge undoes exactly
        conn.execute("SELECT registry.unmerge(%s, %s)", (merge_id, "not him after all: different tattoo"))
    assert admin.execute("SELECT patient_id FROM clinical.note WHERE id = %s", (note,)).fetchone()[0] == pid
    assert patient(admin, pid)["identity_status"] == "unidentified"


def test_every_role_reads_the_alias_and_the_accuracy(connect_as, admin):
    pid = register_unknown(connect_as)
    alias = patient(admin, pid)["temporary_alias"]
    for login in ("pharmacist1", "lab1", "auditor1", "doctor1", "billing1"):
        with connect_as(login) as conn:
            assert conn.execute("SELECT temporary_alias, identity_status, birth_date_accuracy FROM registry.patient "
                                "WHERE id = %s", (pid,)).fetchone() == (alias, "unidentified", "estimated")

    # The functions' own group checks, should EXECUTE ever be granted more widely.
    admin.execute("GRANT EXECUTE ON FUNCTION registry.register_unidentified(text, integer, text), "
                  "registry.identify_patient(bigint, text, text, date, text, text, text) TO doctor1")
    admin.commit()
    try:
        with connect_as("doctor1") as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as err:
                conn.execute(REGISTER, ("male", 30, None))
            assert "only reception registers patients" in str(err.value)
            conn.rollback()
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as err:
                conn.execute(IDENTIFY, (pid, "John", "Doe", "1980-01-01", "exact", "male", "police ID card"))
            assert "only reception records who" in str(err.value)
    finally:
        admin.execute("REVOKE EXECUTE ON FUNCTION registry.register_unidentified(text, integer, text), "
                      "registry.identify_patient(bigint, text, text, date, text, text, text) FROM doctor1")
        admin.commit()
    assert patient(admin, pid)["identity_status"] == "unidentified"
