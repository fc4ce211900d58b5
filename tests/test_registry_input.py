"""Bad input at the database boundary: a clear error or a correct save, never a partial write."""
from __future__ import annotations

import psycopg
import pytest

pytestmark = pytest.mark.db

INSERT = ("INSERT INTO registry.patient (given_name, family_name, birth_date, sex, national_id, phone, postal_code) "
          "VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING id, mrn, given_name, family_name, national_id")


@pytest.mark.parametrize("given, family, born, sex, nid, phone, postal, error", [
    ("Ann", "Smith", "2999-01-01", "female", None, None, None, psycopg.errors.CheckViolation),
    ("Ann", "Smith", "1850-01-01", "female", None, None, None, psycopg.errors.CheckViolation),
    ("Ann", "Smith", "2001-02-30", "female", None, None, None, psycopg.errors.DatetimeFieldOverflow),
    ("", "Smith", "2001-02-03", "female", None, None, None, psycopg.errors.CheckViolation),
    ("   ", "Smith", "2001-02-03", "female", None, None, None, psycopg.errors.CheckViolation),
    ("Ann", "S" * 10_000, "2001-02-03", "female", None, None, None, psycopg.errors.CheckViolation),
    ("Ann", "Smith", "2001-02-03", "F", None, None, None, psycopg.errors.CheckViolation),
    ("Ann", "Smith", "2001-02-03", "female", "12'; DROP TABLE x;--", None, None, psycopg.errors.CheckViolation),
    ("Ann", "Smith", "2001-02-03", "female", None, "call me maybe", None, psycopg.errors.CheckViolation),
    ("Ann", "Smith", "2001-02-03", "female", None, None, "<script>", psycopg.errors.CheckViolation),
    ("Ann\x1b[31m", "Smith", "2001-02-03", "female", None, None, None, psycopg.errors.CheckViolation),
    ("Ann", "Smi\x07th", "2001-02-03", "female", None, None, None, psycopg.errors.CheckViolation),
])
def test_bad_input_is_refused_and_nothing_is_written(connect_as, admin, given, family, born, sex, nid, phone,
                                                     postal, error):
    before = admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0]
    with connect_as("reception1") as conn:
        with pytest.raises(error):
            conn.execute(INSERT, (given, family, born, sex, nid, phone, postal))
    assert admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0] == before


@pytest.mark.parametrize("given, family", [
    ("Zoë", "O'Brien-Smith"), ("Robert'); DROP TABLE registry.patient;--", "Tables"), ("李", "小龙"),
    ("Наталья", "Иванова"), ("محمد", "عبدالله"), ("Ana 😀", "Lopez"), ("  Jean   Paul ", " de  la Cruz "),
])
def test_unusual_but_valid_names_are_saved_exactly(connect_as, given, family):
    with connect_as("reception1") as conn:
        _, mrn, got_given, got_family, _ = conn.execute(INSERT, (given, family, "1990-05-06", "male", None, None,
                                                                 None)).fetchone()
    assert got_given == " ".join(given.split()) and got_family == " ".join(family.split())
    assert len(mrn) == 9


def test_national_id_is_normalised_and_unique(connect_as):
    with connect_as("reception1") as conn:
        row = conn.execute(INSERT, ("Ivy", "Unique", "1990-05-06", "female", "ab 12 34 56 c", None, None)).fetchone()
        assert row[4] == "AB123456C"
        conn.commit()
        with pytest.raises(psycopg.errors.UniqueViolation) as err:
            conn.execute(INSERT, ("Ivy", "Other", "1991-05-06", "female", "AB123456C", None, None))
        assert err.value.diag.constraint_name == "uq_patient_national_id"


def test_mrn_and_creator_cannot_be_changed(connect_as):
    with connect_as("reception1") as conn:
        pid = conn.execute(INSERT, ("Max", "Fixed", "1990-05-06", "male", None, None, None)).fetchone()[0]
        for column in ("mrn", "created_by", "created_at"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(f"UPDATE registry.patient SET {column} = {column} WHERE id = %s", (pid,))
            conn.rollback()
