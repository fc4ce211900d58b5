"""Shared builders for the database tests: register a patient, open an encounter, add a note, a new visit
(patient + encounter), admit, place lab orders, prescribe — each written the way the workstations write it, by a staff login
through its own connection (RLS, grants and triggers apply), so a builder proves nothing a test does not mean.

`who` is either the `connect_as` fixture (the builder connects as the usual staff member — reception1 registers,
doctor1 opens encounters and orders — and commits), or an open psycopg connection (the caller's transaction
and login). Names are made unique, so tests never meet each other's patients."""
from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, NamedTuple

import psycopg

URTI_NOTE = "S: cough. A: URTI."


class Patient(NamedTuple):
    id: int
    mrn: str


class Visit(NamedTuple):
    patient: int
    mrn: str
    encounter: int


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def _on(who: psycopg.Connection | Callable[..., psycopg.Connection], login: str, work: Callable[[Any], Any],
        **connect: Any) -> Any:
    if isinstance(who, psycopg.Connection):
        return work(who)
    with who(login, **connect) as conn:
        return work(conn)


def register(who, family: str | None = None, given: str = "Test", born: str = "1970-05-06",  # noqa: ANN001
             sex: str = "female", *, login: str = "reception1", database: str = "hospital") -> Patient:
    """A registered patient (the database makes the MRN); the family name is unique unless given."""
    family = family or unique("Patient")
    connect = {} if database == "hospital" else {"database": database}
    return Patient(*_on(who, login, lambda conn: conn.execute(
        "INSERT INTO registry.patient (given_name, family_name, birth_date, sex) VALUES (%s, %s, %s, %s) "
        "RETURNING id, mrn", (given, family, born, sex)).fetchone(), **connect))


def open_encounter(who, patient_id: int, doctor: str = "doctor1", department: str = "GEN") -> int:  # noqa: ANN001
    """An open outpatient encounter of the patient with the doctor (the connection's login) in the department."""
    return _on(who, doctor, lambda conn: conn.execute("""
        INSERT INTO clinical.encounter (patient_id, department_id, clinician_id)
        VALUES (%s, (SELECT id FROM core.department WHERE code = %s), core.current_staff_id())
        RETURNING id""", (patient_id, department)).fetchone()[0])


def add_note(who, encounter_id: int, patient_id: int, body: str = URTI_NOTE, kind: str = "soap",  # noqa: ANN001
             *, author: str = "doctor1") -> int:
    """A note on the encounter by its author (the connection's login); kind 'progress' is the column default."""
    return _on(who, author, lambda conn: conn.execute(
        "INSERT INTO clinical.note (encounter_id, patient_id, body, kind) VALUES (%s, %s, %s, %s) RETURNING id",
        (encounter_id, patient_id, body, kind)).fetchone()[0])


def encounter_with_note(connect_as, doctor: str, department: str, patient_id: int,  # noqa: ANN001
                        body: str = URTI_NOTE) -> tuple[int, int]:
    """(encounter, note): the doctor has seen the patient in the department and written a (progress) note."""
    with connect_as(doctor) as conn:
        enc = open_encounter(conn, patient_id, doctor, department)
        return enc, add_note(conn, enc, patient_id, body, "progress")


def new_visit(connect_as, *, doctor: str = "doctor1", department: str = "GEN", **patient_fields: Any) -> Visit:  # noqa: ANN001
    """A patient registered by reception with an open encounter at the doctor's."""
    registered = register(connect_as, **patient_fields)
    return Visit(registered.id, registered.mrn, open_encounter(connect_as, registered.id, doctor, department))


def admit(conn: psycopg.Connection, patient_id: int, bed: int, attending: int | None = None,
              reason: str = "community-acquired pneumonia", source: str = "clinic", expected: Any = None,
              isolation: str = "none") -> int:
    """adt.admit: the patient into the bed (an inpatient encounter opens, the bed is occupied)."""
    return conn.execute("SELECT adt.admit(%s, %s, %s, %s, %s, %s, %s)",
                        (patient_id, bed, attending, reason, source, expected, isolation)).fetchone()[0]


def place_order(who, encounter_id: int, code: str, priority: str = "routine", reason: str = "chest pain",  # noqa: ANN001
              doctor: str = "doctor1") -> list[int]:
    """lab.place_order: the order ids (a panel orders each member)."""
    return _on(who, doctor, lambda conn: conn.execute(
        "SELECT lab.place_order(%s, %s, %s, %s)", (encounter_id, code, priority, reason)).fetchone()[0])


def prescribe(conn: psycopg.Connection, patient_id: int, encounter_id: int, code: str, *, dose: str = "1",
              frequency: str = "TDS", quantity: int = 21, duration_days: int | None = 7, priority: str = "routine",
              unit: str | None = None, route: str | None = None, override: str | None = None) -> int:
    """A prescription of the formulary drug `code`; unit and route default to the drug's own."""
    return conn.execute("""
        INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, dose_unit, route, frequency,
                                           duration_days, quantity, priority, override_reason)
        SELECT %s, %s, d.id, %s, coalesce(%s, d.unit), coalesce(%s, d.route), %s, %s, %s, %s, %s
          FROM pharmacy.drug d WHERE d.code = %s
        RETURNING id""", (patient_id, encounter_id, dose, unit, route, frequency, duration_days, quantity, priority,
                          override, code)).fetchone()[0]


def made_up_name(rng: random.Random) -> str:
    """A family name nobody else has, as the matcher sees it (its sound too: a uuid suffix is not heard)."""
    return "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(5)).capitalize()


def planted_duplicates(connect_as) -> dict[str, int]:  # noqa: ANN001
    """Registered by reception: two near-duplicates (a typo, a nickname) and a patient who resembles nobody;
    each call its own names and birth dates, so the duplicate scans of different tests never pair them."""
    rng = random.Random(uuid.uuid4().int)
    fam1, fam2, fam3 = (made_up_name(rng) for _ in range(3))
    born1, born2, born3 = (date(1930, 1, 1) + timedelta(days=rng.randrange(25_000)) for _ in range(3))
    return {
        "margaret": register(connect_as, fam1, "Margaret", born1.isoformat()).id,
        "margret": register(connect_as, fam1, "Margret", born1.isoformat()).id,
        "william": register(connect_as, fam2, "William", born2.isoformat(), "male").id,
        "bill": register(connect_as, fam2, "Bill", born2.isoformat(), "male").id,
        "zed": register(connect_as, fam3, "Zed", born3.isoformat(), "male").id,
    }
