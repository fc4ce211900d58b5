"""Shared set-up for the finance tests: patients with charges, a payer with a plan, coverage."""
from __future__ import annotations

import random
import uuid
from decimal import Decimal

import psycopg
import pytest
from builders import add_note, open_encounter, register


@pytest.fixture()
def english(qapp):  # noqa: ANN001, ANN201 - pytest-qt's application
    """The client in English as a staff member's login sets it (i18n.install: the translations, en_GB formats
    31/12/2026 and GBP 1,234.00); the locale before is restored after, for the tests that follow."""
    from PySide6.QtCore import QLocale

    from hospital_desktop import i18n

    before, direction = QLocale(), qapp.layoutDirection()
    i18n.install("en")
    yield
    QLocale.setDefault(before)
    qapp.setLayoutDirection(direction)


def tag() -> str:
    return uuid.uuid4().hex[:8].upper()


def consultation_charge(connect_as, patient: int | None = None, doctor: str = "doctor1",
                        department: str = "GEN") -> tuple[int, int]:
    """(patient, charge id) of a closed consultation: the database makes the charge."""
    patient = patient or register(connect_as).id
    encounter = open_encounter(connect_as, patient, doctor, department)
    with connect_as(doctor) as conn:
        add_note(conn, encounter, patient)
        conn.execute("SELECT clinical.close_encounter(%s)", (encounter,))
    with connect_as("billing1") as conn:
        charge = conn.execute("SELECT id FROM billing.charge WHERE source_kind = 'consultation' AND source_id = %s",
                              (encounter,)).fetchone()[0]
    return patient, charge


def stay_charges(admin: psycopg.Connection, patient: int, nights: int = 3, price: str = "250.00",
                 group: str = "bed_day") -> tuple[int, list[int]]:
    """An inpatient stay with one bed-day charge per night, as the ward's trigger will make them (the ward
    domain is built in parallel; here the superuser plays its part). Returns (encounter, charge ids)."""
    code = f"TEST-BED-{tag()}"
    item = admin.execute("INSERT INTO billing.price_item (code, name, amount, valid_from, group_code) "
                         "VALUES (%s, 'Bed day, medical ward', %s, '2020-01-01', %s) RETURNING id",
                         (code, price, group)).fetchone()[0]
    encounter = admin.execute("""
        INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind, started_at)
        VALUES (%s, (SELECT id FROM core.department WHERE code = 'MEDW'),
                (SELECT id FROM core.staff WHERE username = 'doctor1'), 'inpatient', now() - interval '4 days')
        RETURNING id""", (patient,)).fetchone()[0]
    charges = []
    for night in range(nights):
        charges.append(admin.execute("""
            INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, quantity,
                                        unit_amount, amount, currency, service_date)
            VALUES (%s, %s, 'bed_day', %s, %s, 1, %s, %s, 'GBP', current_date - %s) RETURNING id""",
                                     (patient, encounter, random.randint(10**12, 10**13), item, price, price,
                                      nights - night)).fetchone()[0])
    return encounter, charges


def payer_plan(admin: psycopg.Connection, percent: str = "80", copay: str = "10.00",
               groups: tuple[str, ...] = ("bed_day", "consultation"), code: str | None = None) -> tuple[int, int]:
    """A payer with one plan covering the groups at percent after a co-pay per line. Returns (payer, plan)."""
    t = tag()
    payer = admin.execute("INSERT INTO billing.payer (code, name, identifier) VALUES (%s, %s, %s) "
                          "RETURNING id", (code or f"P-{t}", f"Test insurer {t}", f"urn:test:{t}")).fetchone()[0]
    plan = admin.execute("INSERT INTO billing.plan (payer_id, code, name) VALUES (%s, 'STD', 'Standard') RETURNING id",
                         (payer,)).fetchone()[0]
    for group in groups:
        admin.execute("INSERT INTO billing.coverage_rule (plan_id, group_code, coverage_percent, copay_amount) "
                      "VALUES (%s, %s, %s, %s)", (plan, group, percent, copay))
    return payer, plan


def cover(connect_as, patient: int, plan: int, valid_from: str = "2020-01-01") -> int:
    with connect_as("billing1") as conn:
        return conn.execute("INSERT INTO billing.coverage (patient_id, plan_id, member_number, valid_from) "
                            "VALUES (%s, %s, %s, %s) RETURNING id",
                            (patient, plan, f"m{tag()}", valid_from)).fetchone()[0]


def account(conn: psycopg.Connection, invoice: int) -> dict:
    cur = conn.execute("SELECT * FROM billing.invoice_account(NULL, %s)", (invoice,))
    names = [d.name for d in cur.description]
    return dict(zip(names, cur.fetchone(), strict=True))


def money(value: str) -> Decimal:
    return Decimal(value)


PAYER_PROFILES = ("openimis", "exchange")


def profile_payers(admin_url: str) -> dict[str, tuple[str, int]]:
    """profile → (payer code, plan id): a payer of our own per payer profile, each with a plan paying 90 % of
    bed-days and consultations after a 20.00 co-pay (the gateway's configuration names these codes)."""
    made = {}
    with psycopg.connect(admin_url, autocommit=True) as conn:
        for profile in PAYER_PROFILES:
            code = f"{profile[:2].upper()}-{tag()}"
            _, plan = payer_plan(conn, percent="90", copay="20.00", code=code)
            made[profile] = (code, plan)
    return made
