"""Pharmacy (server_db/sql/pharmacy/) from the attacker's side: every step runs as a real staff login over
TCP; the superuser connection (`admin`) only reads the truth back or sets up what no staff role may write."""
from __future__ import annotations

import csv
import importlib.util
import sys
import threading
import uuid
from datetime import date, timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path

import psycopg
import pytest
from builders import open_encounter, prescribe, register

pytestmark = pytest.mark.db

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
OVERRIDE = "Reaction was a mild rash 20 years ago; benefit outweighs the risk"


def build_script():
    spec = importlib.util.spec_from_file_location("build_pharmacy_sql", RESOURCES / "build_pharmacy_sql.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def read_csv(name: str) -> list[dict[str, str]]:
    with open(RESOURCES / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def one(conn: psycopg.Connection, query: str, *params):
    return conn.execute(query, params).fetchone()[0]


def drug(conn: psycopg.Connection, code: str) -> int:
    return one(conn, "SELECT id FROM pharmacy.drug WHERE code = %s", code)


def lot_number() -> str:
    return "L" + uuid.uuid4().hex[:8].upper()


# the prescriptions of these tests name no unit or route of their own
prescribe = partial(prescribe, unit="", route="")

def add_allergy(conn: psycopg.Connection, patient: int, code: str | None, substance: str = "",
                severity: str = "severe") -> None:
    conn.execute("INSERT INTO clinical.allergy (patient_id, substance, substance_code, category, reaction, severity) "
                 "VALUES (%s, %s, %s, 'drug', 'hives', %s)", (patient, substance, code, severity))


def receive(conn: psycopg.Connection, code: str, quantity: int, *, lot: str | None = None, days: int = 300,
            location: str = "DISP") -> tuple[int, str]:
    lot = lot or lot_number()
    lot_id = one(conn, "SELECT pharmacy.receive_stock(%s, pharmacy.location_id(%s), %s, %s, %s)",
                 drug(conn, code), location, lot, date.today() + timedelta(days=days), quantity)
    return lot_id, lot


def mrn(admin: psycopg.Connection, patient: int) -> str:
    return one(admin, "SELECT mrn FROM registry.patient WHERE id = %s", patient)


def sqlstate(conn: psycopg.Connection, query: str, *params) -> tuple[str | None, str]:
    """Run query in a savepoint; (SQLSTATE, message) of its failure, (None, '') when it worked."""
    try:
        with conn.transaction():
            conn.execute(query, params)
    except psycopg.Error as exc:
        return exc.sqlstate, exc.diag.message_primary or ""
    return None, ""


@pytest.fixture()
def visit(connect_as) -> tuple[int, int]:
    patient = register(connect_as).id
    return patient, open_encounter(connect_as, patient)


# ---------------------------------------------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------------------------------------------
def test_reference_data_is_the_csv_files(admin):
    build = build_script()
    assert build.main(["--check"]) == 0
    drugs = read_csv("formulary.csv")
    assert len(drugs) >= 60
    # the seeded rows (other tests of the session may add drugs of their own to the shared database)
    codes = [d["code"] for d in drugs]
    seeded = admin.execute("SELECT code, generic_name, strength, form, route, unit, pack_size, atc_code, "
                           "ingredient_atc, price_code FROM pharmacy.drug WHERE code = ANY(%s) ORDER BY code",
                           (codes,)).fetchall()
    expected = sorted((d["code"], d["generic_name"], d["strength"], d["form"], d["route"], d["unit"],
                       int(d["pack_size"]), d["atc_code"],
                       sorted({d["atc_code"], *[i for i in d["ingredient_atc"].split(";") if i]}),
                       "DRUG-" + d["code"]) for d in drugs)
    assert [r[:8] + (sorted(r[8]), r[9]) for r in seeded] == expected
    prices = dict(admin.execute("SELECT code, amount FROM billing.price_item WHERE group_code = 'drug' "
                                "AND code = ANY(%s)", (["DRUG-" + c for c in codes],)).fetchall())
    assert prices == {"DRUG-" + d["code"]: Decimal(d["price_per_unit"]) for d in drugs}
    pairs = read_csv("interactions.csv")
    assert one(admin, "SELECT count(*) FROM pharmacy.interaction") == len(pairs)
    assert {"ONC-HP-DDI-2012", "FDA-LABEL"} == {p["source"] for p in pairs}
    # Every pair names a code of a formulary drug (by ATC prefix) on both sides: no dead rows.
    atcs = [i for d in drugs for i in {d["atc_code"], *d["ingredient_atc"].split(";")} if i]
    for p in pairs:
        assert any(a.startswith(p["atc_a"]) for a in atcs) and any(a.startswith(p["atc_b"]) for a in atcs), p
    frequencies = dict(admin.execute("SELECT code, doses_per_day FROM pharmacy.frequency").fetchall())
    for code, per_day in {"OD": 1, "BD": 2, "TDS": 3, "QDS": 4, "NOCTE": 1, "Q4H": 6, "Q6H": 4, "Q8H": 3}.items():
        assert frequencies[code] == per_day
    assert frequencies["PRN"] is None and frequencies["STAT"] is None
    times = one(admin, "SELECT administration_times FROM pharmacy.frequency WHERE code = 'BD'")
    assert [t.hour for t in times] == [8, 20]


# ---------------------------------------------------------------------------------------------------------------
# Prescribing and the checks in the database
# ---------------------------------------------------------------------------------------------------------------
def test_class_allergy_stops_the_prescriber_and_an_override_needs_a_reason(connect_as, admin, visit):
    patient, encounter = visit
    with connect_as("doctor1") as doc:
        add_allergy(doc, patient, "J01C")  # penicillins, the class
        doc.commit()
        state, message = sqlstate(doc, """
            INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, dose_unit, route,
                                               frequency, duration_days, quantity)
            VALUES (%s, %s, (SELECT id FROM pharmacy.drug WHERE code = 'COAMOX625TAB'), 1, 'tablet', 'oral', 'TDS', 7, 21)
        """, patient, encounter)
        assert state == "23514" and "ALLERGY" in message and "Penicillins" in message and "Amoxicillin" in message
        assert one(doc, "SELECT count(*) FROM pharmacy.prescription WHERE patient_id = %s", patient) == 0
        with pytest.raises(psycopg.errors.CheckViolation, match="prescription stopped"):
            prescribe(doc, patient, encounter, "AMOX500CAP", override="because")  # too short
        doc.rollback()
        rx = prescribe(doc, patient, encounter, "AMOX500CAP", override=OVERRIDE)
        doc.commit()
        alerts, reason, prescriber, number = doc.execute(
            "SELECT alerts, override_reason, prescriber_id, prescription_number FROM pharmacy.prescription "
            "WHERE id = %s", (rx,)).fetchone()
        assert [a["severity"] for a in alerts] == ["serious"] and alerts[0]["kind"] == "allergy"
        assert reason == OVERRIDE and prescriber == one(doc, "SELECT core.current_staff_id()")
        assert number == f"RX{rx:08d}"
        # Paracetamol has nothing to say; the override reason is dropped when nothing was overridden.
        para = prescribe(doc, patient, encounter, "PARA500TAB", override="nothing to override here")
        assert one(doc, "SELECT (alerts, override_reason) FROM pharmacy.prescription WHERE id = %s", para) == \
            ("[]", None)
        doc.commit()
    # The pharmacist sees the override and its reason; the audit log has who wrote it.
    with connect_as("pharmacist1") as ph:
        assert one(ph, "SELECT override_reason FROM pharmacy.prescription WHERE id = %s", rx) == OVERRIDE
    assert one(admin, "SELECT new_row ->> 'override_reason' FROM audit.event WHERE schema_name = 'pharmacy' "
                      "AND table_name = 'prescription' AND row_id = %s AND action = 'INSERT'", str(rx)) == OVERRIDE


def test_uncoded_allergy_cross_sensitivity_interactions_and_duplicates(connect_as, visit):
    patient, encounter = visit
    with connect_as("doctor1") as doc:
        add_allergy(doc, patient, None, substance="Naproxen")
        add_allergy(doc, patient, "J01CA04", severity="mild")  # amoxicillin
        hits = doc.execute("SELECT kind, severity FROM pharmacy.screen(%s, %s)",
                           (patient, drug(doc, "NAPROX250TAB"))).fetchall()
        assert hits == [("allergy", "serious")]
        # A penicillin allergy and a cephalosporin: a warning that does not stop.
        rx = prescribe(doc, patient, encounter, "CEFALEX500CAP")
        alerts = one(doc, "SELECT alerts FROM pharmacy.prescription WHERE id = %s", rx)
        assert [(a["kind"], a["severity"]) for a in alerts] == [("cross_sensitivity", "moderate")]
        # Warfarin, then an NSAID: serious interaction; metformin: nothing; a second warfarin: duplicate.
        warf = prescribe(doc, patient, encounter, "WARF1TAB", frequency="OD", quantity=28)
        state, message = sqlstate(doc, """
            INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, dose_unit, route,
                                               frequency, duration_days, quantity)
            VALUES (%s, %s, (SELECT id FROM pharmacy.drug WHERE code = 'IBU400TAB'), 1, 'tablet', 'oral', 'TDS', 5, 15)
        """, patient, encounter)
        assert state == "23514" and "Warfarin" in message and "bleeding" in message
        assert one(doc, "SELECT count(*) FROM pharmacy.screen(%s, %s)", patient, drug(doc, "METF500TAB")) == 0
        dup = prescribe(doc, patient, encounter, "WARF1TAB", frequency="OD", quantity=28)
        alerts = one(doc, "SELECT alerts FROM pharmacy.prescription WHERE id = %s", dup)
        assert [(a["kind"], a["ref_id"]) for a in alerts] == [("duplicate", warf)]
        # Cancelled prescriptions no longer interact.
        doc.execute("UPDATE pharmacy.prescription SET status = 'cancelled', status_reason = 'switched to DOAC' "
                    "WHERE id = ANY (%s)", ([warf, dup],))
        assert one(doc, "SELECT count(*) FROM pharmacy.screen(%s, %s)", patient, drug(doc, "IBU400TAB")) == 0
        # The methotrexate/trimethoprim pair of the ONC list, through co-trimoxazole's ingredients.
        prescribe(doc, patient, encounter, "METHO2P5TAB", frequency="WEEKLY", quantity=4)
        top = doc.execute("SELECT severity, message FROM pharmacy.screen(%s, %s) LIMIT 1",
                          (patient, drug(doc, "COTRIM480TAB"))).fetchone()
        assert top[0] == "contraindicated" and "Methotrexate" in top[1]
        doc.commit()


def test_a_modified_client_cannot_skip_or_forge_anything(connect_as, visit):
    patient, encounter = visit
    stranger = register(connect_as).id
    with connect_as("doctor1", autocommit=True) as doc:
        add_allergy(doc, patient, "J01CA04")
        for column, value in (("alerts", "[]"), ("prescriber_id", 1), ("prescription_number", "RX1"),
                              ("dispense_status", "dispensed"), ("quantity_dispensed", 21), ("created_at", "2020-01-01")):
            state, _ = sqlstate(doc, f"""
                INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, dose_unit, route,
                                                   frequency, quantity, {column})
                VALUES (%s, %s, (SELECT id FROM pharmacy.drug WHERE code = 'AMOX500CAP'), 1, 'capsule', 'oral',
                        'TDS', 21, %s)""", patient, encounter, value)
            assert state == "42501", column
        # No care relationship with the stranger: refused by row-level security, and the screen says nothing.
        other = open_encounter(connect_as, stranger, doctor="doctor2", department="CARD")
        state, _ = sqlstate(doc, "INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, "
                                 "dose_unit, route, frequency, quantity) VALUES (%s, %s, %s, 1, 'tablet', 'oral', "
                                 "'OD', 7)", stranger, other, drug(doc, "PARA500TAB"))
        assert state == "42501"
        assert sqlstate(doc, "SELECT * FROM pharmacy.screen(%s, %s)", stranger, drug(doc, "PARA500TAB"))[0] == "42501"
        # Nurses read prescriptions but do not write them.
    with connect_as("nurse1", autocommit=True) as nurse:
        state, _ = sqlstate(nurse, "INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, "
                                   "dose_unit, route, frequency, quantity) VALUES (%s, %s, %s, 1, 'tablet', 'oral', "
                                   "'OD', 7)", patient, encounter, drug(nurse, "PARA500TAB"))
        assert state == "42501"


def test_cancel_and_complete_rules(connect_as, visit):
    patient, encounter = visit
    with connect_as("doctor1", autocommit=True) as doc:
        rx = prescribe(doc, patient, encounter, "PARA500TAB")
        state, message = sqlstate(doc, "UPDATE pharmacy.prescription SET status = 'cancelled' WHERE id = %s", rx)
        assert state == "23514" and "reason" in message
        doc.execute("UPDATE pharmacy.prescription SET status = 'cancelled', status_reason = 'wrong strength' "
                    "WHERE id = %s", (rx,))
        assert sqlstate(doc, "UPDATE pharmacy.prescription SET status = 'active' WHERE id = %s", rx)[0] == "55000"
        assert one(doc, "SELECT status_changed_by = core.current_staff_id() FROM pharmacy.prescription "
                        "WHERE id = %s", rx)
    with connect_as("pharmacist1", autocommit=True) as ph:
        state, message = sqlstate(ph, "SELECT pharmacy.dispense_prescription(%s, 'x', 'y', 1)", rx)
        assert state == "55000" and "cancelled" in message


# ---------------------------------------------------------------------------------------------------------------
# Access
# ---------------------------------------------------------------------------------------------------------------
def test_pharmacy_sees_prescriptions_allergies_and_minimal_demographics_not_notes(connect_as, visit):
    patient, encounter = visit
    with connect_as("doctor1", autocommit=True) as doc:
        add_allergy(doc, patient, "M01A")
        prescribe(doc, patient, encounter, "PARA500TAB")
    with connect_as("pharmacist1", autocommit=True) as ph:
        assert one(ph, "SELECT count(*) FROM pharmacy.prescription WHERE patient_id = %s", patient) == 1
        assert one(ph, "SELECT count(*) FROM clinical.allergy WHERE patient_id = %s", patient) == 1
        assert one(ph, "SELECT clinical.active_allergies(%s)", patient)[0].startswith("Anti-inflammatory")
        assert one(ph, "SELECT mrn FROM registry.patient WHERE id = %s", patient)
        assert sqlstate(ph, "SELECT phone FROM registry.patient WHERE id = %s", patient)[0] == "42501"
        for table in ("clinical.note", "clinical.encounter", "clinical.diagnosis", "clinical.vital_sign"):
            assert sqlstate(ph, f"SELECT 1 FROM {table} LIMIT 1")[0] == "42501", table
    with connect_as("doctor2", autocommit=True) as other:  # cardiology: no care relationship with this patient
        assert one(other, "SELECT count(*) FROM pharmacy.prescription WHERE patient_id = %s", patient) == 0
    with connect_as("nurse1", autocommit=True) as nurse:  # GEN nurse: the patient's care team
        assert one(nurse, "SELECT count(*) FROM pharmacy.prescription WHERE patient_id = %s", patient) == 1


@pytest.mark.parametrize("login", ["doctor1", "nurse1", "billing1", "admin1"])
def test_clinical_and_other_staff_cannot_change_stock(connect_as, admin, login):
    lot = one(admin, "SELECT coalesce(min(id), 1) FROM pharmacy.stock_lot")
    with connect_as(login, autocommit=True) as conn:
        for query, params in (
                ("SELECT pharmacy.receive_stock(1, 1, 'X1', current_date + 30, 10)", ()),
                ("SELECT pharmacy.adjust_stock(%s, 5, 'found in the fridge')", (lot,)),
                ("SELECT pharmacy.write_off(%s, 'expired stock')", (lot,)),
                ("SELECT pharmacy.transfer_stock(%s, 1, 1, 'to the store')", (lot,)),
                ("SELECT pharmacy.dispense_prescription(1, 'x', 'y', 1)", ()),
                ("SELECT pharmacy.return_dispense(1, 'brought back')", ()),
                ("INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason) VALUES (%s, 'adjustment', 5, "
                 "'found more')", (lot,)),
                ("UPDATE pharmacy.stock_lot SET quantity = quantity + 5 WHERE id = %s", (lot,))):
            state, _ = sqlstate(conn, query, *params)
            assert state == "42501", (login, query)


# ---------------------------------------------------------------------------------------------------------------
# Stock
# ---------------------------------------------------------------------------------------------------------------
def test_stock_moves_only_by_movements_and_never_below_zero(connect_as, admin):
    with connect_as("pharmacist1", autocommit=True) as ph:
        lot, number = receive(ph, "OMEP20CAP", 100, location="MAIN")
        again, _ = receive(ph, "OMEP20CAP", 40, lot=number.lower(), location="MAIN")  # the same lot, topped up
        assert again == lot
        assert sqlstate(ph, "SELECT pharmacy.receive_stock(%s, pharmacy.location_id('MAIN'), %s, %s, 5)",
                        drug(ph, "OMEP20CAP"), number, date.today() + timedelta(days=1))[0] == "23514"  # other expiry
        ward = one(ph, "INSERT INTO pharmacy.location (code, name, kind) VALUES (%s, 'Test ward stock', 'ward') "
                       "RETURNING id", "W-" + uuid.uuid4().hex[:6].upper())
        there = one(ph, "SELECT pharmacy.transfer_stock(%s, %s, 30, 'ward stock top-up')", lot, ward)
        assert sqlstate(ph, "SELECT pharmacy.transfer_stock(%s, %s, 500, 'ward stock top-up')", lot, ward)[0] == "23514"
        assert sqlstate(ph, "SELECT pharmacy.adjust_stock(%s, -5, 'no')", lot)[0] == "23514"  # reason too short
        state, message = sqlstate(ph, "SELECT pharmacy.adjust_stock(%s, -200, 'count after stocktake')", lot)
        assert state == "23514" and "negative" in message
        assert one(ph, "SELECT pharmacy.adjust_stock(%s, -3, 'broken capsules')", lot) == 107
        assert one(ph, "SELECT pharmacy.write_off(%s, 'damaged in a flood')", there) == 30
        assert sqlstate(ph, "SELECT pharmacy.write_off(%s, 'damaged again')", there)[0] == "55000"
        assert sqlstate(ph, "SELECT pharmacy.receive_stock(%s, pharmacy.location_id('MAIN'), %s, current_date - 1, 5)",
                        drug(ph, "OMEP20CAP"), lot_number())[0] == "23514"
    for lot_id, quantity in ((lot, 107), (there, 0)):
        assert one(admin, "SELECT quantity FROM pharmacy.stock_lot WHERE id = %s", lot_id) == quantity
        assert one(admin, "SELECT sum(quantity) FROM pharmacy.stock_movement WHERE lot_id = %s", lot_id) == quantity
    kinds = [r[0] for r in admin.execute("SELECT kind FROM pharmacy.stock_movement WHERE lot_id IN (%s, %s) "
                                         "ORDER BY id", (lot, there))]
    assert kinds == ["receipt", "receipt", "transfer_out", "transfer_in", "adjustment", "write_off"]
    # Even the superuser cannot edit a movement or set a quantity behind the movements' back.
    for query in ("UPDATE pharmacy.stock_movement SET quantity = 1 WHERE lot_id = %s",
                  "DELETE FROM pharmacy.stock_movement WHERE lot_id = %s",
                  "UPDATE pharmacy.stock_lot SET quantity = 999 WHERE id = %s"):
        assert sqlstate(admin, query, lot)[0] == "42501"


# ---------------------------------------------------------------------------------------------------------------
# Dispensing, charges and returns
# ---------------------------------------------------------------------------------------------------------------
def test_dispense_checks_the_scans_then_charges_once_and_a_return_reverses_it(connect_as, admin, visit):
    patient, encounter = visit
    with connect_as("doctor1", autocommit=True) as doc:
        rx = prescribe(doc, patient, encounter, "FLUCLOX500CAP", quantity=28, frequency="QDS")
    other_patient = mrn(admin, register(connect_as).id)
    with connect_as("pharmacist1", autocommit=True) as ph:
        lot, number = receive(ph, "FLUCLOX500CAP", 20)
        _, wrong_drug = receive(ph, "CEFALEX500CAP", 20)
        _, expired = receive(ph, "FLUCLOX500CAP", 20, days=0)
        admin.execute("SET session_replication_role = replica")  # age the lot past its expiry (no staff path)
        admin.execute("UPDATE pharmacy.stock_lot SET expiry_date = current_date - 1 WHERE lot_number = %s", (expired,))
        admin.execute("SET session_replication_role = origin")
        right = mrn(admin, patient)
        refused = {
            "wrong patient": (other_patient, number, 10, "WRONG PATIENT"),
            "no patient scan": ("", number, 10, "scan the patient"),
            "wrong drug": (right, wrong_drug, 10, "WRONG DRUG"),
            "unknown pack": (right, "NOSUCHLOT", 10, "not in stock"),
            "the right lot, elsewhere": (right, number, 10, "not in stock here (Pharmacy main store)"),
            "expired": (right, expired, 10, "expired"),
            "more than prescribed": (right, number, 29, "between 1 and 28"),
            "more than in stock": (right, number, 21, "not enough stock"),
        }
        for case, (scan, pack, quantity, words) in refused.items():
            where = "MAIN" if case == "the right lot, elsewhere" else "DISP"
            state, message = sqlstate(ph, "SELECT pharmacy.dispense_prescription(%s, %s, %s, %s, "
                                          "pharmacy.location_id(%s))", rx, scan, pack, quantity, where)
            assert state == "23514" and words in message, (case, message)
        assert one(admin, "SELECT count(*) FROM pharmacy.dispense WHERE prescription_id = %s", rx) == 0
        # Partial dispense (the lot has 20 of 28), scanned in lower case with spaces: fine.
        first = one(ph, "SELECT pharmacy.dispense_prescription(%s, %s, %s, 20)", rx, f" {right.lower()} ",
                    number.lower())
        assert one(ph, "SELECT (dispense_status, quantity_dispensed) FROM pharmacy.prescription WHERE id = %s",
                   rx) == ("partial", "20")
        lot2, number2 = receive(ph, "FLUCLOX500CAP", 50)
        second = one(ph, "SELECT pharmacy.dispense_prescription(%s, %s, %s, 8)", rx, right, number2)
        assert one(ph, "SELECT dispense_status FROM pharmacy.prescription WHERE id = %s", rx) == "dispensed"
        assert sqlstate(ph, "SELECT pharmacy.dispense_prescription(%s, %s, %s, 1)", rx, right, number2)[0] == "55000"
    # A wristband printed before a merge carries the merged record's MRN: it finds the surviving patient.
    old_record = register(connect_as).id
    admin.execute("SET session_replication_role = replica")
    admin.execute("UPDATE registry.patient SET merged_into_id = %s WHERE id = %s", (patient, old_record))
    admin.execute("SET session_replication_role = origin")
    with connect_as("doctor1", autocommit=True) as doc:
        rx2 = prescribe(doc, patient, encounter, "FLUCLOX500CAP", quantity=4, frequency="QDS")
    with connect_as("pharmacist1", autocommit=True) as ph:
        assert one(ph, "SELECT pharmacy.dispense_prescription(%s, %s, %s, 4)", rx2, mrn(admin, old_record), number2)
    charges = admin.execute("""
        SELECT c.source_id, c.quantity, c.unit_amount, c.amount, c.status, c.encounter_id, p.code
          FROM billing.charge c JOIN billing.price_item p ON p.id = c.price_item_id
         WHERE c.source_kind = 'dispense' AND c.source_id IN (%s, %s) ORDER BY c.source_id""", (first, second)).fetchall()
    assert charges == [(first, 20, Decimal("0.18"), Decimal("3.60"), "open", encounter, "DRUG-FLUCLOX500CAP"),
                       (second, 8, Decimal("0.18"), Decimal("1.44"), "open", encounter, "DRUG-FLUCLOX500CAP")]
    # Exactly once, even if the charging trigger ran again.
    admin.execute("SET ROLE hms_owner")
    admin.execute("INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, "
                  "quantity, unit_amount, amount, currency, service_date) SELECT patient_id, encounter_id, "
                  "source_kind, source_id, price_item_id, quantity, unit_amount, amount, currency, service_date "
                  "FROM billing.charge WHERE source_kind = 'dispense' AND source_id = %s "
                  "ON CONFLICT (source_kind, source_id) DO NOTHING", (first,))
    admin.execute("RESET ROLE")
    assert one(admin, "SELECT count(*) FROM billing.charge WHERE source_kind = 'dispense' AND source_id = %s",
               first) == 1
    with connect_as("pharmacist1", autocommit=True) as ph:
        assert sqlstate(ph, "SELECT pharmacy.return_dispense(%s, 'no')", first)[0] == "23514"
        ph.execute("SELECT pharmacy.return_dispense(%s, 'patient allergic, brought back unopened')", (first,))
        assert sqlstate(ph, "SELECT pharmacy.return_dispense(%s, 'twice over')", first)[0] == "55000"
        assert one(ph, "SELECT (dispense_status, quantity_dispensed) FROM pharmacy.prescription WHERE id = %s",
                   rx) == ("partial", "8")
    assert admin.execute("SELECT status, void_reason FROM billing.charge WHERE source_kind = 'dispense' "
                         "AND source_id = %s", (first,)).fetchone() == \
        ("void", "dispense returned: patient allergic, brought back unopened")
    assert admin.execute("SELECT status, return_reason IS NOT NULL FROM pharmacy.dispense WHERE id = %s",
                         (first,)).fetchone() == ("returned", True)
    for lot_id, quantity in ((lot, 20), (lot2, 38)):
        assert one(admin, "SELECT quantity FROM pharmacy.stock_lot WHERE id = %s", lot_id) == quantity
        assert one(admin, "SELECT sum(quantity) FROM pharmacy.stock_movement WHERE lot_id = %s", lot_id) == quantity
    assert [r[0] for r in admin.execute("SELECT kind FROM pharmacy.stock_movement WHERE dispense_id = %s ORDER BY id",
                                        (first,))] == ["dispense", "return"]


def test_fifty_concurrent_dispenses_never_oversell_a_lot(connect_as, admin, visit):
    """50 connections dispense at once from one lot holding fewer units than asked for in total: stock ends at 0
    or above, the movements add up to it, and every refused attempt got a clear answer."""
    patient, encounter = visit
    sizes = [7 + (i % 7) for i in range(50)]  # 7..13 units each, 500 in total
    stock = 300
    with connect_as("doctor1", autocommit=True) as doc:
        prescriptions = [prescribe(doc, patient, encounter, "PARA500TAB", quantity=q, frequency="QDS") for q in sizes]
    with connect_as("pharmacist1", autocommit=True) as ph:
        lot, number = receive(ph, "PARA500TAB", stock)
    scan = mrn(admin, patient)
    conns = [connect_as("pharmacist1", autocommit=True) for _ in prescriptions]
    barrier = threading.Barrier(len(conns))
    outcomes: list[tuple[int, str | None, str]] = [(0, None, "")] * len(conns)

    def attempt(i: int) -> None:
        barrier.wait()
        try:
            conns[i].execute("SELECT pharmacy.dispense_prescription(%s, %s, %s, %s)",
                             (prescriptions[i], scan, number, sizes[i]))
            outcomes[i] = (sizes[i], None, "")
        except psycopg.Error as exc:
            outcomes[i] = (sizes[i], exc.sqlstate, exc.diag.message_primary or "")

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(len(conns))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for c in conns:
        c.close()
    final = one(admin, "SELECT quantity FROM pharmacy.stock_lot WHERE id = %s", lot)
    moved = one(admin, "SELECT sum(quantity) FROM pharmacy.stock_movement WHERE lot_id = %s", lot)
    done = [size for size, state, _ in outcomes if state is None]
    refused = [(size, state, message) for size, state, message in outcomes if state is not None]
    assert final >= 0 and moved == final
    assert sum(done) == stock - final
    assert refused, "the lot held fewer units than asked for: some attempts must have been refused"
    for size, state, message in refused:
        assert state == "23514" and message.startswith(f"not enough stock: lot {number} has "), message
        assert size > final  # refused only when the lot really could not cover it
    assert one(admin, "SELECT count(*) FROM pharmacy.dispense WHERE lot_id = %s", lot) == len(done)
    assert one(admin, "SELECT count(*) FROM billing.charge c JOIN pharmacy.dispense d ON d.id = c.source_id "
                      "WHERE c.source_kind = 'dispense' AND d.lot_id = %s", lot) == len(done)


def test_two_counters_never_overfill_one_prescription(connect_as, admin, visit):
    """Ten connections fill the same prescription at once: its row lock lets exactly enough through."""
    patient, encounter = visit
    with connect_as("doctor1", autocommit=True) as doc:
        rx = prescribe(doc, patient, encounter, "AMLO5TAB", quantity=20, frequency="OD")
    with connect_as("pharmacist1", autocommit=True) as ph:
        lot, number = receive(ph, "AMLO5TAB", 100)
    scan = mrn(admin, patient)
    conns = [connect_as("pharmacist1", autocommit=True) for _ in range(10)]
    barrier = threading.Barrier(len(conns))
    outcomes: list[tuple[str | None, str]] = [(None, "")] * len(conns)

    def attempt(i: int) -> None:
        barrier.wait()
        try:
            conns[i].execute("SELECT pharmacy.dispense_prescription(%s, %s, %s, 5)", (rx, scan, number))
        except psycopg.Error as exc:
            outcomes[i] = (exc.sqlstate, exc.diag.message_primary or "")

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(len(conns))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for c in conns:
        c.close()
    refused = [o for o in outcomes if o[0] is not None]
    assert len(refused) == 6
    assert all(state == "55000" and "fully dispensed" in message for state, message in refused), refused
    assert admin.execute("SELECT quantity_dispensed, dispense_status FROM pharmacy.prescription WHERE id = %s",
                         (rx,)).fetchone() == (20, "dispensed")
    assert one(admin, "SELECT quantity FROM pharmacy.stock_lot WHERE id = %s", lot) == 80


def test_a_stat_prescription_is_pushed_to_every_pharmacist(connect_as, admin, visit):
    patient, encounter = visit
    listener = connect_as("pharmacist1", autocommit=True)
    listener.execute("LISTEN hms_notify")
    with connect_as("doctor1") as doc:
        routine = prescribe(doc, patient, encounter, "PARA500TAB")
        stat = one(doc, """
            INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, dose_unit, route,
                                               frequency, duration_days, quantity, priority)
            VALUES (%s, %s, (SELECT id FROM pharmacy.drug WHERE code = 'AMOX500CAP'), 1, '', '', 'TDS', 5, 15, 'stat')
            RETURNING id""", patient, encounter)
    payloads = [n.payload for n in listener.notifies(timeout=2.0, stop_after=1)]
    assert payloads and "pharmacy_stat" in payloads[0]
    with connect_as("pharmacist1") as conn:
        rows = conn.execute("SELECT ref_id, title FROM notify.notification WHERE kind = 'pharmacy_stat' "
                            "AND ref_id IN (%s, %s)", (routine, stat)).fetchall()
    assert len(rows) == 1 and rows[0][0] == stat and "Amoxicillin" in rows[0][1]
    pharmacists = admin.execute("SELECT count(*) FROM core.staff s WHERE s.active AND pg_has_role(s.username, "
                                "'hms_pharmacist', 'MEMBER')").fetchone()[0]
    assert admin.execute("SELECT count(*) FROM notify.notification WHERE kind = 'pharmacy_stat' AND ref_id = %s",
                         (stat,)).fetchone()[0] == pharmacists
    with connect_as("doctor1") as doc:  # the prescriber is not told (the alert is the pharmacy's)
        assert one(doc, "SELECT count(*) FROM notify.notification WHERE ref_id = %s AND kind = 'pharmacy_stat'",
                   stat) == 0
