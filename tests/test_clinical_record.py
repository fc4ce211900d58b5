"""The clinical record (server_db/sql/clinical/), from the attacker's side: every step runs as a real
staff login over TCP; the superuser connection (`admin`) only reads the truth back or sets up what no staff role
may write."""
from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import psycopg
import pytest
from builders import add_note, open_encounter, register

pytestmark = pytest.mark.db

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def build_script():
    spec = importlib.util.spec_from_file_location("build_icd10_sql", RESOURCES / "build_icd10_sql.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def read_csv(name: str) -> list[dict[str, str]]:
    with open(RESOURCES / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture()
def visit(connect_as) -> tuple[int, int]:
    """(patient, open encounter) in General Medicine with doctor1; nurse1 works in GEN too."""
    patient = register(connect_as).id
    return patient, open_encounter(connect_as, patient)


def one(conn: psycopg.Connection, query: str, *params):
    return conn.execute(query, params).fetchone()[0]


# ---------------------------------------------------------------------------------------------------------------
# Reference data: the SQL agrees with the CSV files
# ---------------------------------------------------------------------------------------------------------------
def test_generated_sql_blocks_agree_with_the_csv_files():
    build = build_script()
    assert build.stale_blocks() == []
    assert build.main(["--check"]) == 0
    for block in build.BLOCKS:
        rows = block.rows()
        assert build.current_block(block) == block.sql(rows)
        edited = [{**rows[0], block.columns[1]: rows[0][block.columns[1]] + " (edited)"}] + rows[1:]
        assert build.current_block(block) != block.sql(edited)  # an edited CSV without regenerating is caught
        assert build.current_block(block) != block.sql(rows[:-1])  # and so is a removed row


def test_reference_tables_hold_exactly_the_csv_rows(admin):
    icd = read_csv("icd10_subset.csv")
    assert 300 <= len(icd) <= 1000
    assert admin.execute("SELECT code, title, chapter::text FROM clinical.icd10 ORDER BY code").fetchall() == sorted(
        (r["code"], r["title"], r["chapter"]) for r in icd)
    substances = read_csv("allergy_substances.csv")
    assert admin.execute("SELECT code, name, category, code_system FROM clinical.allergy_substance "
                         "ORDER BY code").fetchall() == sorted(
        (r["code"], r["name"], r["category"], r["code_system"]) for r in substances)
    codes = {r["code"] for r in substances}
    for code in ("J01C", "J01CA04", "J01D", "J01E", "M01A", "N02BA01", "R05DA04", "N02AA01", "V08A", "LATEX",
                 "PEANUT", "SHELLFISH", "EGG"):
        assert code in codes


# ---------------------------------------------------------------------------------------------------------------
# Vital signs
# ---------------------------------------------------------------------------------------------------------------
def insert_vital(conn, encounter, patient, kind, value, unit):
    return conn.execute("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, unit) "
                        "VALUES (%s, %s, %s, %s, %s) RETURNING id, unit", (encounter, patient, kind, value, unit)
                        ).fetchone()


@pytest.mark.parametrize("kind, unit, low, high", [
    ("systolic_bp", "mmHg", 40, 300), ("diastolic_bp", "mmHg", 20, 200), ("heart_rate", "/min", 20, 300),
    ("resp_rate", "/min", 4, 80), ("temperature", "°C", 25, 45), ("spo2", "%", 40, 100),
    ("weight", "kg", 0.3, 500), ("height", "cm", 20, 260), ("pain", "score", 0, 10)])
def test_vital_sign_ranges_are_enforced_with_a_clear_message(connect_as, visit, kind, unit, low, high):
    patient, encounter = visit
    with connect_as("doctor1", autocommit=True) as conn:
        for value in (low, high):
            insert_vital(conn, encounter, patient, kind, value, unit)
        step = 0.01 if isinstance(low, float) else 1
        for value in (low - step, high + step):
            with pytest.raises(psycopg.errors.CheckViolation, match=rf"plausible range is {low} to {high} "):
                insert_vital(conn, encounter, patient, kind, value, unit)
        assert one(conn, "SELECT count(*) FROM clinical.vital_sign WHERE encounter_id = %s AND kind = %s",
                   encounter, kind) == 2


def test_vital_sign_units_are_the_kinds_own(connect_as, visit):
    patient, encounter = visit
    with connect_as("nurse1", autocommit=True) as conn:  # nurses record vital signs too
        assert insert_vital(conn, encounter, patient, "heart_rate", 72, "/min")[1] == "/min"
        assert insert_vital(conn, encounter, patient, "temperature", 37.2, None)[1] == "°C"  # filled in
        with pytest.raises(psycopg.errors.CheckViolation, match="Heart rate is recorded in /min, not in bpm"):
            insert_vital(conn, encounter, patient, "heart_rate", 72, "bpm")
        with pytest.raises(psycopg.errors.CheckViolation, match="recorded in °C, not in °F"):
            insert_vital(conn, encounter, patient, "temperature", 98.6, "°F")
        with pytest.raises(psycopg.errors.ForeignKeyViolation, match="unknown vital sign kind"):
            insert_vital(conn, encounter, patient, "glucose", 5.5, "mmol/L")
        rows = conn.execute("SELECT kind, value, recorded_by = core.current_staff_id() FROM clinical.vital_sign "
                            "WHERE encounter_id = %s ORDER BY id", (encounter,)).fetchall()
        assert [(k, float(v), mine) for k, v, mine in rows] == [("heart_rate", 72, True), ("temperature", 37.2, True)]


def test_a_wrong_vital_sign_is_marked_entered_in_error_never_changed(connect_as, visit):
    patient, encounter = visit
    with connect_as("nurse1") as conn:
        vital = insert_vital(conn, encounter, patient, "weight", 80, "kg")[0]
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE clinical.vital_sign SET value = 81 WHERE id = %s", (vital,))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM clinical.vital_sign WHERE id = %s", (vital,))
        conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="reason of at least 5 characters"):
            conn.execute("UPDATE clinical.vital_sign SET status = 'entered_in_error' WHERE id = %s", (vital,))
        conn.rollback()
        assert conn.execute("UPDATE clinical.vital_sign SET status = 'entered_in_error', error_reason = %s "
                            "WHERE id = %s", ("wrong patient's scale", vital)).rowcount == 1
        conn.commit()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            conn.execute("UPDATE clinical.vital_sign SET status = 'final', error_reason = NULL WHERE id = %s",
                         (vital,))
        conn.rollback()
        assert conn.execute("SELECT value, status, error_reason FROM clinical.vital_sign WHERE id = %s",
                            (vital,)).fetchone() == (80, "entered_in_error", "wrong patient's scale")


# ---------------------------------------------------------------------------------------------------------------
# Allergies and the banner
# ---------------------------------------------------------------------------------------------------------------
def test_allergies_are_coded_and_shown_on_the_banner_of_those_allowed(connect_as, visit, admin):
    patient, _ = visit
    with connect_as("doctor1") as conn:
        coded = conn.execute("INSERT INTO clinical.allergy (patient_id, substance_code, reaction, severity) "
                             "VALUES (%s, 'J01CA04', 'anaphylaxis', 'life_threatening') "
                             "RETURNING substance, category, status", (patient,)).fetchone()
        assert coded == ("Amoxicillin", "drug", "active")
        conn.execute("INSERT INTO clinical.allergy (patient_id, substance, category, reaction, severity) "
                     "VALUES (%s, 'Strawberries', 'food', 'itchy mouth', 'mild')", (patient,))
        conn.commit()
        with pytest.raises(psycopg.errors.ForeignKeyViolation, match="unknown substance code"):
            conn.execute("INSERT INTO clinical.allergy (patient_id, substance_code) VALUES (%s, 'X99')", (patient,))
        conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="needs its category"):
            conn.execute("INSERT INTO clinical.allergy (patient_id, substance) VALUES (%s, 'Cats')", (patient,))
        conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("INSERT INTO clinical.allergy (patient_id, substance, category, severity) "
                         "VALUES (%s, 'Dogs', 'environment', 'deadly')", (patient,))
        conn.rollback()
    banner = ["Amoxicillin (life-threatening): anaphylaxis", "Strawberries (mild): itchy mouth"]
    for login in ("doctor1", "nurse1", "pharmacist1"):
        with connect_as(login) as conn:
            assert conn.execute("SELECT clinical.active_allergies(%s)", (patient,)).fetchone()[0] == banner, login
    for login in ("reception1", "doctor2", "billing1", "admin1", "lab1", "auditor1"):
        with connect_as(login) as conn:
            assert conn.execute("SELECT clinical.active_allergies(%s)", (patient,)).fetchone()[0] is None, login
    with connect_as("pharmacist1") as conn:  # pharmacy reads the allergy rows, and writes none
        assert one(conn, "SELECT count(*) FROM clinical.allergy WHERE patient_id = %s", patient) == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO clinical.allergy (patient_id, substance, category) VALUES (%s, 'X', 'food')",
                         (patient,))
    with connect_as("reception1") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM clinical.allergy")
    with connect_as("doctor2") as conn:  # cardiology: no care relationship, no rows
        assert one(conn, "SELECT count(*) FROM clinical.allergy WHERE patient_id = %s", patient) == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO clinical.allergy (patient_id, substance, category) VALUES (%s, 'X', 'food')",
                         (patient,))
    # An allergy that no longer applies is made inactive, with a reason, and leaves the banner.
    with connect_as("nurse1") as conn:
        with pytest.raises(psycopg.errors.CheckViolation, match="reason"):
            conn.execute("UPDATE clinical.allergy SET status = 'inactive' WHERE patient_id = %s "
                         "AND substance = 'Strawberries'", (patient,))
        conn.rollback()
        conn.execute("UPDATE clinical.allergy SET status = 'inactive', status_reason = 'tolerated on challenge' "
                     "WHERE patient_id = %s AND substance = 'Strawberries'", (patient,))
        conn.commit()
        assert conn.execute("SELECT clinical.active_allergies(%s)", (patient,)).fetchone()[0] == banner[:1]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM clinical.allergy WHERE patient_id = %s", (patient,))
    with connect_as("doctor1") as conn:  # a patient with access and nothing recorded: an empty list
        other = register(connect_as).id
        open_encounter(connect_as, other)
        assert conn.execute("SELECT clinical.active_allergies(%s)", (other,)).fetchone()[0] == []
    assert one(admin, "SELECT count(*) FROM audit.event WHERE table_name = 'allergy' AND patient_id = %s "
                      "AND actor IN ('doctor1', 'nurse1')", patient) == 3


# ---------------------------------------------------------------------------------------------------------------
# ICD-10 search
# ---------------------------------------------------------------------------------------------------------------
def search(conn, text, limit=20) -> list[tuple[str, str]]:
    return conn.execute("SELECT code, title FROM clinical.search_icd10(%s, %s)", (text, limit)).fetchall()


def test_icd10_search_by_code_prefix_and_by_words(connect_as):
    with connect_as("doctor1") as conn:
        j18 = search(conn, "J18")
        assert j18 and all(code.startswith("J18") for code, _ in j18) and ("J18.9", "Pneumonia, unspecified "
                                                                            "organism") in j18
        assert [c for c, _ in search(conn, "j189")] == ["J18.9"]  # lower case, dot left out
        assert [c for c, _ in search(conn, " J18.9 ")] == ["J18.9"]
        assert len(search(conn, "J", 5)) == 5
        assert "J18.9" in [c for c, _ in search(conn, "pneumonia")]
        for words in ("diab mell type 2", "type 2 diabetes", "MELLITUS diabetes"):
            assert "E11.9" in [c for c, _ in search(conn, words, 50)], words
        assert all("asthma" in t.lower() for _, t in search(conn, "asthma"))
        assert search(conn, "") == [] and search(conn, "   ") == []
        assert search(conn, "%") == [] and search(conn, "_") == []  # wildcards are searched as text
        assert search(conn, "zzzz no such words") == []
        pneumonia = search(conn, "pneumonia", 3)  # titles that start with the word come first
        assert len(pneumonia) == 3 and pneumonia[0][1].lower().startswith("pneumonia")
        assert len(search(conn, "pneumonia", 200)) > 3
    with connect_as("reception1") as conn:  # reference data: every staff member may look codes up
        assert search(conn, "I10") == [("I10", "Essential (primary) hypertension")]


# ---------------------------------------------------------------------------------------------------------------
# Diagnoses and the problem list
# ---------------------------------------------------------------------------------------------------------------
def add_diagnosis(conn, encounter, patient, code, rank="secondary", certainty="confirmed") -> int:
    return conn.execute("INSERT INTO clinical.diagnosis (encounter_id, patient_id, icd10_code, rank, certainty) "
                        "VALUES (%s, %s, %s, %s, %s) RETURNING id", (encounter, patient, code, rank, certainty)
                        ).fetchone()[0]


def test_at_most_one_active_primary_diagnosis_per_encounter(connect_as, visit):
    patient, encounter = visit
    with connect_as("doctor1") as conn:
        first = add_diagnosis(conn, encounter, patient, "J06.9", "primary", "provisional")
        conn.commit()
        with pytest.raises(psycopg.errors.UniqueViolation, match=r"already has a primary diagnosis \(J06.9\)"):
            add_diagnosis(conn, encounter, patient, "J18.9", "primary")
        conn.rollback()
        add_diagnosis(conn, encounter, patient, "R05.9")  # secondary
        conn.commit()
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            add_diagnosis(conn, encounter, patient, "X99.9")
        conn.rollback()
        conn.execute("UPDATE clinical.diagnosis SET certainty = 'confirmed' WHERE id = %s", (first,))
        with pytest.raises(psycopg.errors.CheckViolation, match="provisional to confirmed"):
            conn.execute("UPDATE clinical.diagnosis SET certainty = 'provisional' WHERE id = %s", (first,))
        conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="reason"):
            conn.execute("UPDATE clinical.diagnosis SET status = 'entered_in_error' WHERE id = %s", (first,))
        conn.rollback()
        conn.execute("UPDATE clinical.diagnosis SET status = 'entered_in_error', error_reason = 'it was pneumonia' "
                     "WHERE id = %s", (first,))
        add_diagnosis(conn, encounter, patient, "J18.9", "primary")  # the wrong primary no longer counts
        conn.commit()
        assert conn.execute("SELECT icd10_code, rank, status FROM clinical.diagnosis WHERE encounter_id = %s "
                            "ORDER BY id", (encounter,)).fetchall() == [
            ("J06.9", "primary", "entered_in_error"), ("R05.9", "secondary", "active"), ("J18.9", "primary", "active")]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE clinical.diagnosis SET icd10_code = 'J20.9' WHERE id = %s", (first,))
    with connect_as("nurse1") as conn:  # nurses read diagnoses, doctors make them
        assert one(conn, "SELECT count(*) FROM clinical.diagnosis WHERE encounter_id = %s", encounter) == 3
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            add_diagnosis(conn, encounter, patient, "I10")


def test_the_problem_list(connect_as, visit):
    patient, _ = visit
    with connect_as("doctor1") as conn:
        problem = conn.execute("INSERT INTO clinical.problem (patient_id, icd10_code, onset) "
                               "VALUES (%s, 'I10', '2019-03-01') RETURNING id", (patient,)).fetchone()[0]
        conn.execute("INSERT INTO clinical.problem (patient_id, icd10_code) VALUES (%s, 'E11.9')", (patient,))
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation, match="future"):
            conn.execute("INSERT INTO clinical.problem (patient_id, icd10_code, onset) "
                         "VALUES (%s, 'J45.909', current_date + 1)", (patient,))
        conn.rollback()
        conn.execute("UPDATE clinical.problem SET status = 'resolved' WHERE id = %s", (problem,))
        assert conn.execute("SELECT resolved_at IS NOT NULL FROM clinical.problem WHERE id = %s",
                            (problem,)).fetchone()[0]
        conn.execute("UPDATE clinical.problem SET status = 'active' WHERE id = %s", (problem,))  # recurrence
        assert conn.execute("SELECT resolved_at FROM clinical.problem WHERE id = %s", (problem,)).fetchone()[0] is None
        with pytest.raises(psycopg.errors.CheckViolation, match="reason"):
            conn.execute("UPDATE clinical.problem SET status = 'entered_in_error' WHERE id = %s", (problem,))
        conn.rollback()
        conn.execute("UPDATE clinical.problem SET status = 'entered_in_error', error_reason = 'wrong chart' "
                     "WHERE id = %s", (problem,))
        conn.commit()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            conn.execute("UPDATE clinical.problem SET status = 'active', error_reason = NULL WHERE id = %s",
                         (problem,))
        conn.rollback()
        assert conn.execute("SELECT icd10_code, status FROM clinical.problem WHERE patient_id = %s ORDER BY id",
                            (patient,)).fetchall() == [("I10", "entered_in_error"), ("E11.9", "active")]
    with connect_as("nurse1") as conn:
        assert one(conn, "SELECT count(*) FROM clinical.problem WHERE patient_id = %s", patient) == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO clinical.problem (patient_id, icd10_code) VALUES (%s, 'I10')", (patient,))
    for login in ("reception1", "billing1", "pharmacist1"):
        with connect_as(login) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT count(*) FROM clinical.problem")


# ---------------------------------------------------------------------------------------------------------------
# Notes, closing an encounter, amendments
# ---------------------------------------------------------------------------------------------------------------
def test_nurses_write_nursing_notes_and_doctors_clinical_notes(connect_as, visit):
    patient, encounter = visit
    with connect_as("nurse1") as conn:
        add_note(conn, encounter, patient, "Obs stable, patient comfortable.", "nursing")
        conn.commit()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="nurses write nursing notes"):
            add_note(conn, encounter, patient, "S: I diagnose.", "soap")
        conn.rollback()
    with connect_as("doctor1") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="written by nurses"):
            add_note(conn, encounter, patient, "Turned the patient.", "nursing")
        conn.rollback()
        add_note(conn, encounter, patient, "Telemedicine follow-up.", "progress")
        conn.execute("INSERT INTO clinical.note (encounter_id, patient_id, body, kind, remote) "
                     "VALUES (%s, %s, 'S: by video', 'soap', true)", (encounter, patient))
        conn.commit()
        assert conn.execute("SELECT kind, remote FROM clinical.note WHERE encounter_id = %s ORDER BY id",
                            (encounter,)).fetchall() == [("nursing", False), ("progress", False), ("soap", True)]


def test_closing_needs_a_note_then_only_amendments_are_accepted(connect_as, visit, admin):
    patient, encounter = visit
    with connect_as("doctor1") as conn:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="has no SOAP note"):
            conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
        conn.rollback()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="has no SOAP note"):  # the back door
            conn.execute("UPDATE clinical.encounter SET status = 'closed', ended_at = now() WHERE id = %s",
                         (encounter,))
        conn.rollback()
    with connect_as("nurse1") as conn:  # a nursing note is not the consultation note
        add_note(conn, encounter, patient, "Obs done.", "nursing")
    with connect_as("doctor1") as conn:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
        conn.rollback()
        note = add_note(conn, encounter, patient, "S: sore throat. O: red pharynx. A: pharyngitis. P: fluids.")
        conn.commit()
    with connect_as("doctor2") as conn:  # another department's doctor cannot close it
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
    for login in ("reception1", "nurse1", "billing1"):
        with connect_as(login) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
    with connect_as("doctor1") as conn:
        conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
        conn.commit()
        status, ended = conn.execute("SELECT status, ended_at FROM clinical.encounter WHERE id = %s",
                                     (encounter,)).fetchone()
        assert status == "closed" and ended is not None
        refused = [
            ("INSERT INTO clinical.note (encounter_id, patient_id, body, kind) VALUES (%s, %s, 'late', 'soap')",
             "no new notes"),
            ("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value) VALUES (%s, %s, 'pain', 2)",
             "no new vital signs"),
            ("INSERT INTO clinical.diagnosis (encounter_id, patient_id, icd10_code) VALUES (%s, %s, 'J02.9')",
             "no new diagnoses"),
        ]
        for statement, message in refused:
            with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match=message):
                conn.execute(statement, (encounter, patient))
            conn.rollback()
        for statement in ("SELECT clinical.close_encounter(%s)",
                          "UPDATE clinical.encounter SET status = 'open', ended_at = NULL WHERE id = %s",
                          "UPDATE clinical.encounter SET status = 'cancelled' WHERE id = %s",
                          "UPDATE clinical.encounter SET ended_at = now() + interval '1 hour' WHERE id = %s"):
            with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
                conn.execute(statement, (encounter,))
            conn.rollback()
        amendment = conn.execute("INSERT INTO clinical.note (amends_id, body, amend_reason) VALUES (%s, %s, %s) "
                                 "RETURNING id, encounter_id, patient_id, kind",
                                 (note, "S: sore throat. A: tonsillitis. P: penicillin V.", "exudate seen on review")
                                 ).fetchone()
        assert amendment[1:] == (encounter, patient, "amendment")
        conn.commit()
        current = conn.execute("SELECT id, body, original_body, amendment_id, amend_reason, amendment_count "
                               "FROM clinical.note_current(%s) WHERE id = %s", (patient, note)).fetchone()
        assert current == (note, "S: sore throat. A: tonsillitis. P: penicillin V.",
                           "S: sore throat. O: red pharynx. A: pharyngitis. P: fluids.", amendment[0],
                           "exudate seen on review", 1)
        assert amendment[0] not in [r[0] for r in conn.execute("SELECT id FROM clinical.note_current(%s)",
                                                               (patient,))]
    assert admin.execute("SELECT body FROM clinical.note WHERE id = %s", (note,)).fetchone()[0].endswith("fluids.")


def test_amendment_rules(connect_as, visit):
    patient, encounter = visit
    other_patient = register(connect_as).id
    other_encounter = open_encounter(connect_as, other_patient)
    with connect_as("doctor1") as conn:
        note = add_note(conn, encounter, patient)
        other_note = add_note(conn, other_encounter, other_patient)
        second_encounter = open_encounter(conn, patient)
        conn.commit()

        def amend(amends_id, reason="corrected after review", encounter_id=None, patient_id=None):
            return conn.execute("INSERT INTO clinical.note (encounter_id, patient_id, amends_id, body, amend_reason) "
                                "VALUES (%s, %s, %s, 'corrected text', %s) RETURNING id",
                                (encounter_id, patient_id, amends_id, reason)).fetchone()[0]

        for reason in (None, "", "typo", "    x   "):
            with pytest.raises(psycopg.errors.CheckViolation, match="reason of at least 5"):
                amend(note, reason)
            conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="same patient"):
            amend(other_note, encounter_id=encounter, patient_id=patient)
        conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="encounter of the note it corrects"):
            amend(note, encounter_id=second_encounter, patient_id=patient)
        conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="names the note it corrects"):
            conn.execute("INSERT INTO clinical.note (encounter_id, patient_id, body, kind, amend_reason) "
                         "VALUES (%s, %s, 'x', 'amendment', 'because')", (encounter, patient))
        conn.rollback()
        first = amend(note)
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation, match="itself an amendment"):
            amend(first)
        conn.rollback()
        later = amend(note, "second thoughts")
        conn.commit()
        assert conn.execute("SELECT amendment_id, amendment_count FROM clinical.note_current(%s) WHERE id = %s",
                            (patient, note)).fetchone() == (later, 2)
    with connect_as("nurse1") as conn:  # nurses amend nursing notes only
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            amend_as = "INSERT INTO clinical.note (amends_id, body, amend_reason) VALUES (%s, 'x', 'nurse edit')"
            conn.execute(amend_as, (note,))
        conn.rollback()
        nursing = add_note(conn, encounter, patient, "Pressure areas intact.", "nursing")
        conn.execute(amend_as, (nursing,))
        conn.commit()
    with connect_as("doctor2") as conn:  # no care relationship: cannot amend, and learns nothing
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match=f"no note {note} that you may amend"):
            conn.execute("INSERT INTO clinical.note (amends_id, body, amend_reason) VALUES (%s, 'x', 'hostile')",
                         (note,))


def test_the_rows_of_another_department_stay_hidden(connect_as, visit):
    patient, encounter = visit
    with connect_as("doctor1") as conn:
        insert_vital(conn, encounter, patient, "spo2", 97, "%")
        add_diagnosis(conn, encounter, patient, "J06.9", "primary")
        add_note(conn, encounter, patient)
    with connect_as("doctor2") as conn:
        for table in ("clinical.vital_sign", "clinical.diagnosis", "clinical.note"):
            assert one(conn, f"SELECT count(*) FROM {table} WHERE patient_id = %s", patient) == 0, table
        assert conn.execute("SELECT count(*) FROM clinical.note_current(%s)", (patient,)).fetchone()[0] == 0
        for statement in ("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value) "
                          "VALUES (%s, %s, 'pain', 11)",  # no range message either: RLS answers first
                          "INSERT INTO clinical.diagnosis (encounter_id, patient_id, icd10_code, rank) "
                          "VALUES (%s, %s, 'J06.9', 'primary')"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, (encounter, patient))
            conn.rollback()
    for login in ("reception1", "billing1", "admin1", "lab1", "auditor1", "pharmacist1"):
        with connect_as(login, autocommit=True) as conn:
            for table in ("clinical.vital_sign", "clinical.diagnosis"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(f"SELECT count(*) FROM {table}")


def test_a_patient_merge_moves_the_clinical_record_and_unmerge_restores_it(connect_as, admin):
    survivor, duplicate = register(connect_as).id, register(connect_as).id
    encounter = open_encounter(connect_as, duplicate)
    with connect_as("doctor1") as conn:
        add_note(conn, encounter, duplicate)
        insert_vital(conn, encounter, duplicate, "heart_rate", 80, "/min")
        add_diagnosis(conn, encounter, duplicate, "I10", "primary")
        conn.execute("INSERT INTO clinical.problem (patient_id, icd10_code) VALUES (%s, 'I10')", (duplicate,))
        conn.execute("INSERT INTO clinical.allergy (patient_id, substance_code) VALUES (%s, 'LATEX')", (duplicate,))
        conn.commit()
        conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
        conn.commit()
    tables = ("clinical.note", "clinical.vital_sign", "clinical.diagnosis", "clinical.problem", "clinical.allergy",
              "billing.charge")

    def counts(patient):
        return [one(admin, f"SELECT count(*) FROM {t} WHERE patient_id = %s", patient) for t in tables]

    assert counts(duplicate) == [1, 1, 1, 1, 1, 1] and counts(survivor) == [0] * 6
    with connect_as("admin1") as conn:
        merge = conn.execute("SELECT registry.merge_patients(%s, %s, 'same person registered twice')",
                             (survivor, duplicate)).fetchone()[0]
    assert counts(survivor) == [1, 1, 1, 1, 1, 1] and counts(duplicate) == [0] * 6
    with connect_as("admin1") as conn:
        conn.execute("SELECT registry.unmerge(%s, 'two different people after all')", (merge,))
    assert counts(duplicate) == [1, 1, 1, 1, 1, 1] and counts(survivor) == [0] * 6
