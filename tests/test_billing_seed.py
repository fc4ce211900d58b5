"""The price list and charges from clinical events (server_db/sql/billing/), from the attacker's side."""
from __future__ import annotations

import csv
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from builders import add_note, open_encounter, register
from test_clinical_record import build_script

pytestmark = pytest.mark.db

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def tag() -> str:
    return uuid.uuid4().hex[:8].upper()


def charges_of(conn: psycopg.Connection, encounter: int) -> list[tuple]:
    return conn.execute("""
        SELECT p.code, c.unit_amount, c.amount, c.quantity, c.currency, c.service_date, c.status, c.source_kind,
               c.source_id, c.patient_id
          FROM billing.charge c JOIN billing.price_item p ON p.id = c.price_item_id
         WHERE c.encounter_id = %s ORDER BY c.id""", (encounter,)).fetchall()


def consult_and_close(connect_as, patient: int, encounter: int, doctor: str = "doctor1") -> None:
    with connect_as(doctor) as conn:
        add_note(conn, encounter, patient)
        conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))


# ---------------------------------------------------------------------------------------------------------------
# The price list
# ---------------------------------------------------------------------------------------------------------------
def test_the_seeded_price_list_is_the_csv(admin):
    build = build_script()
    block = next(b for b in build.BLOCKS if b.csv_name == "price_list.csv")
    assert build.current_block(block) == block.sql()
    with open(RESOURCES / "price_list.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {"CONS-GEN", "CONS-CARD", "CONS-PED", "CONS-ER", "TELE-GEN", "CONS-DEFAULT"} <= {r["code"] for r in rows}
    seeded = admin.execute("""
        SELECT code, name, amount::text, currency, valid_from::text, coalesce(valid_to::text, ''), group_code
          FROM billing.price_item WHERE code = ANY (%s) ORDER BY code, valid_from""",
                           ([r["code"] for r in rows],)).fetchall()
    assert seeded == sorted(((r["code"], r["name"], r["amount"], r["currency"], r["valid_from"], r["valid_to"],
                              r["group_code"]) for r in rows), key=lambda r: (r[0], r[4]))


def test_price_versions_never_overlap_and_only_admins_maintain_them(connect_as):
    code = f"TEST-{tag()}"
    insert = ("INSERT INTO billing.price_item (code, name, amount, valid_from, valid_to, group_code) "
              "VALUES (%s, 'Test item', %s, %s, %s, 'consultation') RETURNING id")
    with connect_as("admin1") as conn:
        first = conn.execute(insert, (code, "10.00", "2026-01-01", None)).fetchone()[0]
        conn.commit()
        for valid_from, valid_to in (("2026-06-01", None), ("2025-01-01", "2026-01-01"), ("2027-01-01", "2027-12-31")):
            with pytest.raises(psycopg.errors.ExclusionViolation):
                conn.execute(insert, (code, "12.00", valid_from, valid_to))
            conn.rollback()
        conn.execute(insert, (code, "9.00", "2025-01-01", "2025-12-31"))  # the day before: no overlap
        conn.execute("UPDATE billing.price_item SET valid_to = '2026-06-30' WHERE id = %s", (first,))
        conn.execute(insert, (code, "12.00", "2026-07-01", None))
        conn.commit()
        assert conn.execute("SELECT amount FROM billing.price_item WHERE id = billing.price_item_at(%s, %s)",
                            (code, date(2026, 7, 1))).fetchone()[0] == Decimal("12.00")
        assert conn.execute("SELECT amount FROM billing.price_item WHERE id = billing.price_item_at(%s, %s)",
                            (code, date(2026, 6, 30))).fetchone()[0] == Decimal("10.00")
        assert conn.execute("SELECT billing.price_item_at(%s, '2024-12-31')", (code,)).fetchone()[0] is None
        for bad in ("0", "-5"):
            with pytest.raises(psycopg.errors.CheckViolation):
                conn.execute(insert, (f"{code}-X", bad, "2026-01-01", None))
            conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation):  # ends before it starts
            conn.execute("UPDATE billing.price_item SET valid_to = '2025-01-01' WHERE id = %s", (first,))
        conn.rollback()
        for statement in ("UPDATE billing.price_item SET amount = 1 WHERE id = %s",
                          "UPDATE billing.price_item SET code = 'CONS-GEN' WHERE id = %s",
                          "DELETE FROM billing.price_item WHERE id = %s"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, (first,))
            conn.rollback()
    for login in ("billing1", "doctor1", "reception1"):
        with connect_as(login) as conn:
            assert conn.execute("SELECT count(*) FROM billing.price_item WHERE code = %s", (code,)).fetchone()[0] == 3
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(insert, (f"{code}-Y", "1.00", "2026-01-01", None))
            conn.rollback()
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE billing.price_item SET valid_to = '2030-01-01' WHERE code = %s", (code,))


# ---------------------------------------------------------------------------------------------------------------
# Charges from closed consultations
# ---------------------------------------------------------------------------------------------------------------
def test_closing_a_consultation_charges_it_exactly_once(connect_as, admin):
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    with connect_as("doctor1") as conn:
        add_note(conn, encounter, patient)
        conn.commit()
        assert charges_of(admin, encounter) == []  # an open encounter costs nothing yet
        conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
        conn.commit()
        today = conn.execute("SELECT billing.local_day(started_at) FROM clinical.encounter WHERE id = %s",
                             (encounter,)).fetchone()[0]
        expected_price = conn.execute("SELECT amount FROM billing.price_item WHERE id = "
                                      "billing.price_item_at('CONS-GEN', %s)", (today,)).fetchone()[0]
        # Re-updating the status (the same value) fires the trigger again: still one charge.
        conn.execute("UPDATE clinical.encounter SET status = 'closed' WHERE id = %s", (encounter,))
        conn.commit()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="already closed"):
            conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
    assert charges_of(admin, encounter) == [("CONS-GEN", expected_price, expected_price, 1, "GBP", today, "open",
                                            "consultation", encounter, patient)]
    # Asking the pricing function again returns the same charge.
    existing = admin.execute("SELECT id FROM billing.charge WHERE encounter_id = %s", (encounter,)).fetchone()[0]
    assert admin.execute("SELECT billing.charge_consultation(%s)", (encounter,)).fetchone()[0] == existing
    with pytest.raises(psycopg.errors.UniqueViolation):  # one event, one charge, even for the owner
        admin.execute("INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, "
                      "unit_amount, amount, currency, service_date) SELECT patient_id, encounter_id, source_kind, "
                      "source_id, price_item_id, unit_amount, amount, currency, service_date FROM billing.charge "
                      "WHERE id = %s", (existing,))
    assert admin.execute("SELECT actor FROM audit.event WHERE table_name = 'charge' AND row_id = %s",
                         (str(existing),)).fetchone()[0] == "doctor1"


def test_the_price_is_the_one_valid_on_the_service_date(connect_as, admin):
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    # The visit took place in 2025 (only the superuser can move the clock of an encounter back).
    admin.execute("UPDATE clinical.encounter SET started_at = '2025-06-01 10:00+00' WHERE id = %s", (encounter,))
    consult_and_close(connect_as, patient, encounter)
    (code, unit, amount, _, _, service_date, *_rest), = charges_of(admin, encounter)
    assert (code, unit, amount, service_date) == ("CONS-GEN", Decimal("60.00"), Decimal("60.00"), date(2025, 6, 1))
    with connect_as("billing1") as conn:  # a later price never changes the charge
        assert conn.execute("SELECT amount FROM billing.price_item WHERE id = billing.price_item_at('CONS-GEN', "
                            "'2026-06-01')").fetchone()[0] == Decimal("65.00")


def test_price_codes_follow_the_department_kind_and_default(connect_as, admin):
    cases = []
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient, "doctor2", "CARD")
    consult_and_close(connect_as, patient, encounter, "doctor2")
    cases.append((encounter, "CONS-CARD", Decimal("120.00")))

    def made_by_owner(department: str, kind: str) -> tuple[int, int]:
        """An open encounter of doctor1 in a department or of a kind no doctor1 workstation would open."""
        patient = register(connect_as).id
        encounter = admin.execute("""
            INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind)
            VALUES (%s, (SELECT id FROM core.department WHERE code = %s),
                    (SELECT id FROM core.staff WHERE username = 'doctor1'), %s) RETURNING id""",
                                  (patient, department, kind)).fetchone()[0]
        return patient, encounter

    patient, encounter = made_by_owner("MEDW", "outpatient")  # no CONS-MEDW in the price list
    consult_and_close(connect_as, patient, encounter)
    cases.append((encounter, "CONS-DEFAULT", Decimal("60.00")))
    patient, encounter = made_by_owner("GEN", "telemedicine")
    consult_and_close(connect_as, patient, encounter)
    cases.append((encounter, "TELE-GEN", Decimal("45.00")))
    for encounter, code, price in cases:
        assert [(c[0], c[1]) for c in charges_of(admin, encounter)] == [(code, price)]
    patient, encounter = made_by_owner("MEDW", "inpatient")  # inpatient stays are charged by bed day, later
    consult_and_close(connect_as, patient, encounter)
    assert charges_of(admin, encounter) == []
    patient = register(connect_as).id  # a cancelled encounter costs nothing
    encounter = open_encounter(connect_as, patient)
    with connect_as("doctor1") as conn:
        conn.execute("UPDATE clinical.encounter SET status = 'cancelled' WHERE id = %s", (encounter,))
    assert charges_of(admin, encounter) == []


def test_the_booked_service_sets_the_price_code(connect_as, admin):
    if admin.execute("SELECT to_regclass('scheduling.appointment')").fetchone()[0] is None:
        pytest.skip("scheduling (migration 080) is not there")
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    code = f"SVC-{tag()}"
    # A service of General Medicine priced as a cardiology consultation, and an appointment that became this
    # encounter, written raw (row triggers off) so the test does not depend on the booking rules.
    with admin.transaction():
        admin.execute("SET LOCAL session_replication_role = replica")
        service = admin.execute("""
            INSERT INTO scheduling.service (department_id, code, name, duration_minutes, price_code)
            VALUES ((SELECT id FROM core.department WHERE code = 'GEN'), %s, 'Heart check', 20, 'CONS-CARD')
            RETURNING id""", (code,)).fetchone()[0]
        admin.execute("""
            INSERT INTO scheduling.appointment (patient_id, provider_id, department_id, service_id, period, status,
                                                called_at, encounter_id)
            SELECT e.patient_id, e.clinician_id, e.department_id, %s,
                   tstzrange('2001-01-01 10:00+00', '2001-01-01 10:20+00'), 'in_consultation', now(), e.id
              FROM clinical.encounter e WHERE e.id = %s""", (service, encounter))
    consult_and_close(connect_as, patient, encounter)
    assert [(c[0], c[1]) for c in charges_of(admin, encounter)] == [("CONS-CARD", Decimal("120.00"))]


def test_a_consultation_without_any_valid_price_cannot_be_closed(connect_as, admin):
    patient = register(connect_as).id
    encounter = admin.execute("""
        INSERT INTO clinical.encounter (patient_id, department_id, clinician_id)
        VALUES (%s, (SELECT id FROM core.department WHERE code = 'MEDW'),
                (SELECT id FROM core.staff WHERE username = 'doctor1')) RETURNING id""", (patient,)).fetchone()[0]
    with connect_as("doctor1") as conn:
        add_note(conn, encounter, patient)
    # No CONS-MEDW in the price list; with the default price ended too, closing is refused (and rolled back,
    # the price list with it).
    with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="no price for CONS-DEFAULT"):
        with admin.transaction():
            admin.execute("UPDATE billing.price_item SET valid_to = '2020-01-01' WHERE code = 'CONS-DEFAULT'")
            admin.execute("UPDATE clinical.encounter SET status = 'closed' WHERE id = %s", (encounter,))
    assert admin.execute("SELECT status FROM clinical.encounter WHERE id = %s", (encounter,)).fetchone()[0] == "open"
    assert charges_of(admin, encounter) == []
    with connect_as("doctor1") as conn:
        conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
    assert [c[0] for c in charges_of(admin, encounter)] == ["CONS-DEFAULT"]


# ---------------------------------------------------------------------------------------------------------------
# Who sees and changes charges
# ---------------------------------------------------------------------------------------------------------------
def test_billing_reads_and_voids_charges_and_nobody_else_touches_them(connect_as, admin):
    patient = register(connect_as).id
    encounter = open_encounter(connect_as, patient)
    consult_and_close(connect_as, patient, encounter)
    charge = admin.execute("SELECT id FROM billing.charge WHERE encounter_id = %s", (encounter,)).fetchone()[0]
    for login in ("doctor1", "nurse1", "reception1", "pharmacist1", "lab1", "admin1", "auditor1"):
        with connect_as(login) as conn:
            for statement in ("SELECT count(*) FROM billing.charge WHERE id = %s",
                              "UPDATE billing.charge SET status = 'void', void_reason = 'free visit' WHERE id = %s",
                              "DELETE FROM billing.charge WHERE id = %s"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement, (charge,))
                conn.rollback()
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT billing.charge_consultation(%s)", (encounter,))
            conn.rollback()
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT encounter_id, status FROM billing.charge WHERE id = %s",
                            (charge,)).fetchone() == (encounter, "open")
        for statement in ("UPDATE billing.charge SET amount = 1 WHERE id = %s",
                          "UPDATE billing.charge SET patient_id = 1 WHERE id = %s",
                          "DELETE FROM billing.charge WHERE id = %s",
                          "INSERT INTO billing.charge (patient_id, source_kind, source_id, price_item_id, unit_amount, "
                          "amount, currency, service_date) SELECT patient_id, 'consultation', -1, price_item_id, "
                          "1, 1, 'GBP', current_date FROM billing.charge WHERE id = %s"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, (charge,))
            conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="reason of at least 5"):
            conn.execute("UPDATE billing.charge SET status = 'void' WHERE id = %s", (charge,))
        conn.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match="when voiding"):
            conn.execute("UPDATE billing.charge SET void_reason = 'not voided' WHERE id = %s", (charge,))
        conn.rollback()
        # Invoiced only by issuing an invoice (sql/billing/; the invoice paths are in test_finance.py).
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="issuing an invoice"):
            conn.execute("UPDATE billing.charge SET status = 'invoiced' WHERE id = %s", (charge,))
        conn.rollback()
        conn.execute("UPDATE billing.charge SET status = 'void', void_reason = ' duplicate visit ' WHERE id = %s",
                     (charge,))
        conn.commit()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="void"):
            conn.execute("UPDATE billing.charge SET status = 'invoiced', void_reason = NULL WHERE id = %s", (charge,))
        conn.rollback()
        assert conn.execute("SELECT status, void_reason FROM billing.charge WHERE id = %s",
                            (charge,)).fetchone() == ("void", "duplicate visit")
    assert admin.execute("SELECT count(*) FROM audit.event WHERE table_name = 'charge' AND row_id = %s "
                         "AND actor = 'billing1' AND action = 'UPDATE'", (str(charge),)).fetchone()[0] == 1  # the void


def test_the_demo_hospital_has_its_clinical_record_and_charges(admin):
    """Every closed outpatient/emergency demo encounter has exactly one consultation charge; the demo also has
    vital signs, diagnoses, problems and allergies."""
    missing = admin.execute("""
        SELECT count(*) FROM clinical.encounter e
         WHERE e.status = 'closed' AND e.kind IN ('outpatient', 'emergency', 'telemedicine')
           AND (SELECT count(*) FROM billing.charge c WHERE c.source_kind = 'consultation' AND c.source_id = e.id) <> 1
    """).fetchone()[0]
    assert missing == 0
    assert admin.execute("SELECT count(*) FROM billing.charge").fetchone()[0] > 50
    for table in ("clinical.vital_sign", "clinical.diagnosis", "clinical.problem", "clinical.allergy"):
        assert admin.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    # Demo prices follow the date: visits before 2026 in General Medicine cost the 2020-2025 price.
    assert admin.execute("""
        SELECT count(*) FROM billing.charge c JOIN billing.price_item p ON p.id = c.price_item_id
         WHERE p.code = 'CONS-GEN' AND c.unit_amount <> CASE WHEN c.service_date < '2026-01-01' THEN 60 ELSE 65 END
    """).fetchone()[0] == 0
