"""Inpatient care (server_db/sql/adt/) from the attacker's side: every step runs as a real staff login over
TCP. Each test builds its own beds (rooms of the demo wards MEDW / SURGW, or a ward of its own, made by admin1) and
its own patients, so the demo hospital's stays never interfere. The superuser connection (`admin`) only reads the
truth back, and moves a stay back in time where a test needs nights to have passed."""
from __future__ import annotations

import random
import re
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import timedelta

import psycopg
import pytest
from builders import add_note, admit, prescribe, register
from sqlalchemy.dialects.postgresql import ExcludeConstraint

from server_db.models import Base

pytestmark = pytest.mark.db

EXCLUSIONS = {"ex_admission_patient", "ex_bed_occupancy_bed", "ex_bed_occupancy_patient"}


def tag() -> str:
    return uuid.uuid4().hex[:6].upper()


@dataclass
class Ward:
    id: int
    code: str
    beds: list[int]
    labels: list[str]


def make_beds(connect_as, ward_code: str, n: int = 3) -> Ward:
    """A room with n beds on an existing ward, made by the administrator."""
    t = tag()
    with connect_as("admin1", autocommit=True) as conn:
        ward = conn.execute("SELECT id FROM core.department WHERE code = %s", (ward_code,)).fetchone()[0]
        room = conn.execute("INSERT INTO adt.room (ward_id, code, name) VALUES (%s, %s, %s) RETURNING id",
                            (ward, f"R{t}", f"Room {t}")).fetchone()[0]
        labels = [f"{t}-{chr(65 + i)}" for i in range(n)]
        beds = [conn.execute("INSERT INTO adt.bed (room_id, ward_id, code, label) VALUES (%s, %s, %s, %s) "
                             "RETURNING id", (room, ward, f"B{t}{i}", label)).fetchone()[0]
                for i, label in enumerate(labels)]
    return Ward(ward, ward_code, beds, labels)


def make_ward(connect_as, n: int) -> Ward:
    t = tag()
    with connect_as("admin1", autocommit=True) as conn:
        conn.execute("INSERT INTO core.department (code, name, kind) VALUES (%s, %s, 'inpatient')",
                     (f"W{t}", f"Test ward {t}"))
    return make_beds(connect_as, f"W{t}", n)


def new_patient(connect_as, family: str = "Inpatient") -> int:
    return register(connect_as, f"{family}-{tag()}", "Alex", "1961-02-03", "other").id


def staff_id(admin, login: str) -> int:
    return admin.execute("SELECT id FROM core.staff WHERE username = %s", (login,)).fetchone()[0]


def bed_state(admin, bed: int) -> str:
    return admin.execute("SELECT state FROM adt.bed WHERE id = %s", (bed,)).fetchone()[0]


def row(admin, table: str, id_: int) -> dict:
    return admin.execute(f"SELECT to_jsonb(t) FROM {table} t WHERE id = %s", (id_,)).fetchone()[0]


def sign_summary(conn, admission: int) -> int:
    sid = conn.execute("INSERT INTO adt.discharge_summary (admission_id, diagnoses, follow_up) VALUES (%s, %s, %s) "
                       "RETURNING id", (admission, "J18.9 Pneumonia", "GP review in 7 days")).fetchone()[0]
    conn.execute("UPDATE adt.discharge_summary SET status = 'signed' WHERE id = %s", (sid,))
    return sid


def move_stay_back(admin, admission: int, hours: int) -> None:
    """Superuser: the stay began `hours` earlier (a test cannot wait for midnights to pass)."""
    admin.execute("""
        WITH a AS (UPDATE adt.admission SET admitted_at = admitted_at - make_interval(hours => %(h)s)
                    WHERE id = %(a)s RETURNING encounter_id)
        UPDATE clinical.encounter e SET started_at = started_at - make_interval(hours => %(h)s)
          FROM a WHERE e.id = a.encounter_id""", {"a": admission, "h": hours})
    admin.execute("UPDATE adt.bed_occupancy SET started_at = started_at - make_interval(hours => %s), "
                  "ended_at = ended_at - make_interval(hours => %s) WHERE admission_id = %s",
                  (hours, hours, admission))


# ---------------------------------------------------------------------------------------------------------------
# Admit
# ---------------------------------------------------------------------------------------------------------------
def test_admission_opens_an_inpatient_encounter_occupies_the_bed_and_refuses_a_second_patient(connect_as, admin):
    ward = make_beds(connect_as, "MEDW", 2)
    p1, p2 = new_patient(connect_as), new_patient(connect_as)
    with connect_as("doctor1", autocommit=True) as doc:
        adm = admit(doc, p1, ward.beds[0], expected=None, isolation="contact")
        with pytest.raises(psycopg.errors.ExclusionViolation) as taken:
            admit(doc, p2, ward.beds[0])
        with pytest.raises(psycopg.errors.ExclusionViolation) as twice:
            admit(doc, p1, ward.beds[1])
    with connect_as("doctor1", autocommit=True) as doc, pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState,
                                                                       match="discharge the patient to close it"):
        doc.execute("INSERT INTO clinical.note (encounter_id, patient_id, kind, body) SELECT encounter_id, "
                    "patient_id, 'progress', 'Improving' FROM adt.admission WHERE id = %s", (adm,))
        doc.execute("SELECT clinical.close_encounter(encounter_id) FROM adt.admission WHERE id = %s", (adm,))
    a = row(admin, "adt.admission", adm)
    assert (a["ward_id"], a["bed_id"], a["attending_id"], a["admitting_id"], a["isolation"]) == (
        ward.id, ward.beds[0], staff_id(admin, "doctor1"), staff_id(admin, "doctor1"), "contact")
    enc = row(admin, "clinical.encounter", a["encounter_id"])
    assert (enc["kind"], enc["status"], enc["department_id"]) == ("inpatient", "open", ward.id)
    assert bed_state(admin, ward.beds[0]) == "occupied" and bed_state(admin, ward.beds[1]) == "free"
    assert taken.value.diag.constraint_name == "ex_bed_occupancy_bed"
    free = taken.value.diag.message_primary.split("free beds on the ward now: ")[1].split(", ")
    assert ward.labels[1] in free and ward.labels[0] not in free
    assert twice.value.diag.constraint_name == "ex_admission_patient"
    assert "already admitted" in twice.value.diag.message_primary
    occ = admin.execute("SELECT bed_id, ended_at, reason FROM adt.bed_occupancy WHERE admission_id = %s",
                        (adm,)).fetchall()
    assert occ == [(ward.beds[0], None, "admission")]


def test_reception_admits_under_a_named_doctor_and_bad_input_is_refused(connect_as, admin):
    ward = make_beds(connect_as, "MEDW", 1)
    p = new_patient(connect_as)
    with connect_as("reception1", autocommit=True) as desk:
        with pytest.raises(psycopg.errors.NullValueNotAllowed, match="attending"):
            admit(desk, p, ward.beds[0])
        with pytest.raises(psycopg.errors.CheckViolation, match="active doctor"):
            admit(desk, p, ward.beds[0], attending=staff_id(admin, "nurse1"))
        with pytest.raises(psycopg.errors.CheckViolation, match="why"):
            admit(desk, p, ward.beds[0], attending=staff_id(admin, "doctor4"), reason=" ")
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            admit(desk, p, ward.beds[0], attending=staff_id(admin, "doctor4"), source="walk-in")
        adm = admit(desk, p, ward.beds[0], attending=staff_id(admin, "doctor4"), source="emergency")
    a = row(admin, "adt.admission", adm)
    assert (a["attending_id"], a["admitting_id"], a["admitted_by"]) == (
        staff_id(admin, "doctor4"), staff_id(admin, "doctor4"), "reception1")
    for login in ("nurse1", "billing1", "pharmacist1", "lab1", "admin1"):
        with connect_as(login, autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            admit(conn, new_patient(connect_as), make_beds(connect_as, "MEDW", 1).beds[0],
                  attending=staff_id(admin, "doctor1"))


def test_nobody_writes_stays_or_bed_states_directly(connect_as, admin):
    ward = make_beds(connect_as, "MEDW", 1)
    for login in ("reception1", "doctor1", "nurse1", "admin1"):
        with connect_as(login, autocommit=True) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE adt.bed SET state = 'occupied' WHERE id = %s", (ward.beds[0],))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("INSERT INTO adt.bed_occupancy (admission_id, patient_id, bed_id, ward_id, started_at, "
                             "reason) VALUES (1, 1, %s, %s, now(), 'sneaky')", (ward.beds[0], ward.id))
    with connect_as("admin1", autocommit=True) as conn, pytest.raises(psycopg.errors.CheckViolation, match="not a ward"):
        gen = admin.execute("SELECT id FROM core.department WHERE code = 'GEN'").fetchone()[0]
        conn.execute("INSERT INTO adt.room (ward_id, code, name) VALUES (%s, %s, 'Clinic room')", (gen, f"X{tag()}"))
    assert bed_state(admin, ward.beds[0]) == "free"


# ---------------------------------------------------------------------------------------------------------------
# Transfer, bed states
# ---------------------------------------------------------------------------------------------------------------
def test_transfer_keeps_the_history_and_sends_the_old_bed_to_cleaning(connect_as, admin):
    med, surg = make_beds(connect_as, "MEDW", 2), make_beds(connect_as, "SURGW", 1)
    p, other = new_patient(connect_as), new_patient(connect_as)
    with connect_as("doctor1", autocommit=True) as doc:
        adm = admit(doc, p, med.beds[0])
        admit(doc, other, med.beds[1])
    with connect_as("nurse1", autocommit=True) as nurse:
        with pytest.raises(psycopg.errors.ExclusionViolation, match="occupied"):
            nurse.execute("SELECT adt.transfer(%s, %s, 'closer to the station')", (adm, med.beds[1]))
        with pytest.raises(psycopg.errors.CheckViolation, match="why"):
            nurse.execute("SELECT adt.transfer(%s, %s, '')", (adm, surg.beds[0]))
        nurse.execute("SELECT adt.transfer(%s, %s, 'needs surgical review')", (adm, surg.beds[0]))
    a = row(admin, "adt.admission", adm)
    assert (a["ward_id"], a["bed_id"]) == (surg.id, surg.beds[0])
    hist = admin.execute("SELECT bed_id, ward_id, ended_at IS NOT NULL, reason FROM adt.bed_occupancy "
                         "WHERE admission_id = %s ORDER BY started_at", (adm,)).fetchall()
    assert hist == [(med.beds[0], med.id, True, "admission"), (surg.beds[0], surg.id, False, "needs surgical review")]
    assert [bed_state(admin, b) for b in (med.beds[0], surg.beds[0])] == ["cleaning", "occupied"]
    # Housekeeping: a nurse of another ward may not touch the bed, the ward's nurse marks it clean.
    with connect_as("nurse2", autocommit=True) as nurse2, pytest.raises(psycopg.errors.InsufficientPrivilege):
        nurse2.execute("SELECT adt.set_bed_state(%s, 'free')", (med.beds[0],))
    with connect_as("nurse1", autocommit=True) as nurse:
        with pytest.raises(psycopg.errors.CheckViolation, match="admission, transfer or discharge"):
            nurse.execute("SELECT adt.set_bed_state(%s, 'free')", (med.beds[1],))
        with pytest.raises(psycopg.errors.CheckViolation, match="cannot go from cleaning to reserved"):
            nurse.execute("SELECT adt.set_bed_state(%s, 'reserved', 'expected from ER')", (med.beds[0],))
        nurse.execute("SELECT adt.set_bed_state(%s, 'free')", (med.beds[0],))
        with pytest.raises(psycopg.errors.CheckViolation, match="say why"):
            nurse.execute("SELECT adt.set_bed_state(%s, 'out_of_service', '')", (med.beds[0],))
        nurse.execute("SELECT adt.set_bed_state(%s, 'out_of_service', 'broken rail')", (med.beds[0],))
    assert bed_state(admin, med.beds[0]) == "out_of_service"
    with connect_as("doctor1", autocommit=True) as doc, pytest.raises(psycopg.errors.ExclusionViolation,
                                                                       match="out of service"):
        admit(doc, new_patient(connect_as), med.beds[0])
    assert admin.execute("SELECT count(*) FROM audit.event WHERE schema_name = 'adt' AND table_name = 'bed' "
                         "AND (new_row ->> 'id')::bigint = %s", (med.beds[0],)).fetchone()[0] >= 4


# ---------------------------------------------------------------------------------------------------------------
# Discharge summary, discharge and bed-days
# ---------------------------------------------------------------------------------------------------------------
def test_discharge_summary_is_frozen_when_signed_and_amended_by_a_new_version(connect_as, admin):
    ward = make_beds(connect_as, "MEDW", 1)
    p = new_patient(connect_as)
    with connect_as("doctor1", autocommit=True) as doc:
        adm = admit(doc, p, ward.beds[0])
        sid = doc.execute("INSERT INTO adt.discharge_summary (admission_id, diagnoses) VALUES (%s, 'Pneumonia') "
                          "RETURNING id", (adm,)).fetchone()[0]
        with pytest.raises(psycopg.errors.UniqueViolation):
            doc.execute("INSERT INTO adt.discharge_summary (admission_id) VALUES (%s)", (adm,))
        with pytest.raises(psycopg.errors.CheckViolation, match="follow-up"):
            doc.execute("UPDATE adt.discharge_summary SET status = 'signed' WHERE id = %s", (sid,))
        doc.execute("UPDATE adt.discharge_summary SET follow_up = 'GP in 1 week', medications = 'Amoxicillin' "
                    "WHERE id = %s", (sid,))
        doc.execute("UPDATE adt.discharge_summary SET status = 'signed' WHERE id = %s", (sid,))
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="signed and can never change"):
            doc.execute("UPDATE adt.discharge_summary SET follow_up = 'none' WHERE id = %s", (sid,))
        with pytest.raises(psycopg.errors.CheckViolation):
            doc.execute("INSERT INTO adt.discharge_summary (admission_id, amends_id, amend_reason) VALUES (%s, %s, 'x')",
                        (adm, sid))
        v2 = doc.execute("INSERT INTO adt.discharge_summary (admission_id, amends_id, amend_reason, diagnoses, "
                         "follow_up) VALUES (%s, %s, 'wrong antibiotic named', 'Pneumonia', 'GP in 1 week') "
                         "RETURNING id", (adm, sid)).fetchone()[0]
    s1, s2 = row(admin, "adt.discharge_summary", sid), row(admin, "adt.discharge_summary", v2)
    assert (s1["version"], s1["status"], s1["signed_by_id"]) == (1, "signed", staff_id(admin, "doctor1"))
    assert len(s1["content_sha256"]) == 64 and s1["medications"] == "Amoxicillin"
    assert (s2["version"], s2["status"], s2["patient_id"]) == (2, "draft", p)
    # Nurses read, never write; a doctor without a care relationship sees nothing.
    with connect_as("nurse1", autocommit=True) as nurse:
        assert nurse.execute("SELECT count(*) FROM adt.discharge_summary WHERE admission_id = %s",
                             (adm,)).fetchone()[0] == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            nurse.execute("UPDATE adt.discharge_summary SET diagnoses = 'x' WHERE id = %s", (v2,))
    with connect_as("doctor2", autocommit=True) as other:
        assert other.execute("SELECT count(*) FROM adt.discharge_summary WHERE admission_id = %s",
                             (adm,)).fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            other.execute("INSERT INTO adt.discharge_summary (admission_id) VALUES (%s)", (adm,))


def test_discharge_needs_a_signed_summary_closes_the_stay_and_charges_each_night_once(connect_as, admin):
    ward = make_beds(connect_as, "MEDW", 1)
    surg = make_beds(connect_as, "SURGW", 1)
    p = new_patient(connect_as)
    with connect_as("doctor1", autocommit=True) as doc:
        adm = admit(doc, p, ward.beds[0])
    with connect_as("nurse1", autocommit=True) as nurse:
        nurse.execute("SELECT adt.transfer(%s, %s, 'post-operative care')", (adm, surg.beds[0]))
    move_stay_back(admin, adm, 24 * 3 + 1)   # three midnights and an hour ago: three bed-days are due
    moved = admin.execute("SELECT now() - interval '30 hours'").fetchone()[0]  # moved to surgery 30 hours ago
    admin.execute("UPDATE adt.bed_occupancy SET started_at = %s WHERE admission_id = %s AND ended_at IS NULL",
                  (moved, adm))
    admin.execute("UPDATE adt.bed_occupancy SET ended_at = %s WHERE admission_id = %s AND reason = 'admission'",
                  (moved, adm))
    with connect_as("nurse1", autocommit=True) as nurse:  # the ward client posts the census when it opens
        posted_by_ward = nurse.execute("SELECT adt.post_bed_days(%s)", (adm,)).fetchone()[0]
        assert nurse.execute("SELECT adt.post_bed_days(%s)", (adm,)).fetchone()[0] == 0
    assert posted_by_ward in (3, 4)  # 3, or 4 when the stay's first hour crossed a midnight
    with connect_as("doctor1", autocommit=True) as doc:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="sign the discharge summary"):
            doc.execute("SELECT adt.discharge(%s, 'home')", (adm,))
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            doc.execute("SELECT adt.discharge(%s, 'escaped')", (adm,))
        sign_summary(doc, adm)
        doc.execute("SELECT adt.discharge(%s, 'home', 'well, walking')", (adm,))
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="was discharged"):
            doc.execute("SELECT adt.discharge(%s, 'home')", (adm,))
    a = row(admin, "adt.admission", adm)
    assert a["disposition"] == "home" and a["discharged_by_id"] == staff_id(admin, "doctor1")
    assert bed_state(admin, surg.beds[0]) == "cleaning"
    enc = row(admin, "clinical.encounter", a["encounter_id"])
    assert enc["status"] == "closed"
    assert admin.execute("SELECT body FROM clinical.note WHERE encounter_id = %s AND kind = 'progress'",
                         (a["encounter_id"],)).fetchone()[0] == "Discharged (home): well, walking"
    charges = admin.execute("""
        SELECT c.source_kind, c.service_date, p.code, c.amount, c.encounter_id, b.rule
          FROM billing.charge c JOIN billing.price_item p ON p.id = c.price_item_id
          LEFT JOIN adt.bed_day b ON b.id = c.source_id
         WHERE c.patient_id = %s ORDER BY c.service_date""", (p,)).fetchall()
    assert {c[0] for c in charges} == {"bed_day"}  # no consultation charge for an inpatient encounter
    days = [c[1] for c in charges]
    assert len(days) == len(set(days)) == posted_by_ward
    assert all(c[4] == a["encounter_id"] and c[5] == "midnight" for c in charges)
    # Priced by the ward the patient lay in at each midnight: the last one or two nights on the surgical ward.
    codes = [c[2] for c in charges]
    assert codes[-1] == "BED-SURGW" and codes[0] == "BED-MEDW" and {str(c[3]) for c in charges} <= {"350.00", "420.00"}
    with connect_as("billing1", autocommit=True) as bill:
        assert bill.execute("SELECT adt.post_bed_days(%s)", (adm,)).fetchone()[0] == 0
        assert bill.execute("SELECT count(*) FROM adt.bed_day WHERE admission_id = %s", (adm,)).fetchone()[0] \
            == posted_by_ward


def test_a_day_case_is_one_bed_day_and_a_readmission_the_same_day_is_not_charged_again(connect_as, admin):
    while not admin.execute("SELECT scheduling.local_day(now() - interval '2 minutes') = "
                            "scheduling.local_day(now() + interval '1 minute')").fetchone()[0]:
        time.sleep(5)  # not across midnight
    ward = make_beds(connect_as, "MEDW", 1)
    p = new_patient(connect_as)
    with connect_as("doctor1", autocommit=True) as doc:
        for _ in range(2):
            adm = admit(doc, p, ward.beds[0])
            doc.execute("SELECT adt.discharge(%s, 'against_advice')", (adm,))
            with connect_as("nurse1", autocommit=True) as nurse:
                nurse.execute("SELECT adt.set_bed_state(%s, 'free')", (ward.beds[0],))
    assert admin.execute("SELECT count(*), min(rule) FROM adt.bed_day WHERE patient_id = %s", (p,)).fetchone() \
        == (1, "day_case")
    assert admin.execute("SELECT count(*) FROM billing.charge WHERE patient_id = %s", (p,)).fetchone()[0] == 1
    assert admin.execute("SELECT count(*) FROM adt.admission WHERE patient_id = %s", (p,)).fetchone()[0] == 2


# ---------------------------------------------------------------------------------------------------------------
# Access: the admission is a care relationship
# ---------------------------------------------------------------------------------------------------------------
def test_the_ward_and_the_attending_see_the_chart_another_ward_and_reception_do_not(connect_as, admin):
    med, surg = make_beds(connect_as, "MEDW", 1), make_beds(connect_as, "SURGW", 1)
    p = new_patient(connect_as)
    with connect_as("reception1", autocommit=True) as desk:
        adm = admit(desk, p, med.beds[0], attending=staff_id(admin, "doctor4"), reason="sepsis, source unknown")
    enc = row(admin, "adt.admission", adm)["encounter_id"]
    with connect_as("nurse1", autocommit=True) as nurse:  # MEDW
        nurse.execute("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value) "
                      "VALUES (%s, %s, 'temperature', 38.9)", (enc, p))
        add_note(nurse, enc, p, "Rigors at 02:00, blood cultures taken", "nursing")
        assert nurse.execute("SELECT reason FROM adt.admission WHERE id = %s", (adm,)).fetchone()[0] \
            == "sepsis, source unknown"
    with connect_as("doctor4", autocommit=True) as attending:  # ER doctor, no other link to the patient
        attending.execute("INSERT INTO clinical.diagnosis (encounter_id, patient_id, icd10_code, rank) "
                          "VALUES (%s, %s, 'A41.9', 'primary')", (enc, p))
        assert attending.execute("SELECT count(*) FROM clinical.vital_sign WHERE patient_id = %s",
                                 (p,)).fetchone()[0] == 1

    def sees_nothing_clinical(login: str) -> None:
        with connect_as(login, autocommit=True) as conn:
            for table in ("clinical.vital_sign", "clinical.note", "clinical.diagnosis", "clinical.encounter",
                          "adt.admission", "adt.discharge_summary"):
                assert conn.execute(f"SELECT count(*) FROM {table} WHERE patient_id = %s", (p,)).fetchone()[0] == 0, \
                    (login, table)
            assert conn.execute("SELECT clinical.can_access_patient(%s)", (p,)).fetchone()[0] is False
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value) "
                             "VALUES (%s, %s, 'heart_rate', 80)", (enc, p))

    sees_nothing_clinical("nurse2")   # SURGW
    sees_nothing_clinical("doctor2")  # cardiology
    with connect_as("reception1", autocommit=True) as desk:  # who lies where, never why
        assert desk.execute("SELECT bed_id, attending_id FROM adt.admission WHERE id = %s", (adm,)).fetchone() \
            == (med.beds[0], staff_id(admin, "doctor4"))
        assert desk.execute("SELECT count(*) FROM adt.bed_occupancy WHERE patient_id = %s", (p,)).fetchone()[0] == 1
        for query in ("SELECT reason FROM adt.admission", "SELECT * FROM adt.admission",
                      "SELECT count(*) FROM clinical.vital_sign", "SELECT count(*) FROM clinical.note",
                      "SELECT count(*) FROM adt.discharge_summary", "SELECT count(*) FROM adt.bed_day"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                desk.execute(query)
        assert desk.execute("SELECT clinical.can_access_patient(%s)", (p,)).fetchone()[0] is False
    # Transferred to the surgical ward: its nurse now cares for the patient.
    with connect_as("nurse1", autocommit=True) as nurse:
        nurse.execute("SELECT adt.transfer(%s, %s, 'for laparotomy')", (adm, surg.beds[0]))
    with connect_as("nurse2", autocommit=True) as nurse2:
        assert nurse2.execute("SELECT count(*) FROM clinical.vital_sign WHERE patient_id = %s", (p,)).fetchone()[0] == 1
        add_note(nurse2, enc, p, "Arrived from MEDW, settled", "nursing")


# ---------------------------------------------------------------------------------------------------------------
# Concurrency: fifty desks racing for a few beds
# ---------------------------------------------------------------------------------------------------------------
def test_fifty_connections_racing_for_five_beds_never_put_two_patients_in_one(connect_as, admin):
    ward = make_ward(connect_as, 5)
    patients = [new_patient(connect_as, "Racer") for _ in range(50)]
    attending = staff_id(admin, "doctor1")
    conns = [connect_as(("reception1", "reception2", "doctor1")[i % 3], autocommit=True) for i in range(50)]
    label_to_bed = dict(zip(ward.labels, ward.beds, strict=True))
    stats = {"admitted": 0, "lost": 0, "gave_up": 0}
    errors: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(len(conns))

    def desk(conn: psycopg.Connection, patient: int, seed: int) -> None:
        rng = random.Random(seed)
        bed = rng.choice(ward.beds[:2])  # everybody starts on the first two beds
        try:
            barrier.wait()
            while True:
                try:
                    admit(conn, patient, bed, attending=attending)
                    with lock:
                        stats["admitted"] += 1
                    return
                except psycopg.errors.ExclusionViolation as exc:
                    message = exc.diag.message_primary or ""
                    if exc.diag.constraint_name != "ex_bed_occupancy_bed" or "free beds on the ward now:" not in message:
                        raise
                    free = message.split("free beds on the ward now: ", 1)[1]
                    with lock:
                        stats["lost"] += 1
                    if free == "none":
                        with lock:
                            stats["gave_up"] += 1
                        return
                    bed = label_to_bed[rng.choice(re.split(r", ", free))]  # told which beds are free: try one
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            with lock:
                errors.append(f"{type(exc).__name__}: {exc}")

    t0 = time.monotonic()
    threads = [threading.Thread(target=desk, args=(c, p, i)) for i, (c, p) in enumerate(zip(conns, patients, strict=True))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    elapsed = time.monotonic() - t0
    for c in conns:
        c.close()
    assert not errors, errors[:5]
    assert stats["admitted"] == 5 and stats["gave_up"] == 45 and stats["lost"] >= 45, stats
    assert elapsed < 30, elapsed
    got = admin.execute("""
        SELECT count(*), count(DISTINCT o.bed_id), count(DISTINCT o.patient_id)
          FROM adt.bed_occupancy o WHERE o.ward_id = %s AND o.ended_at IS NULL""", (ward.id,)).fetchone()
    assert got == (5, 5, 5)
    assert admin.execute("SELECT count(*) FROM adt.admission WHERE ward_id = %s", (ward.id,)).fetchone()[0] == 5
    assert admin.execute("SELECT count(*) FROM clinical.encounter WHERE department_id = %s",
                         (ward.id,)).fetchone()[0] == 5  # losers left no half-made encounter
    assert {bed_state(admin, b) for b in ward.beds} == {"occupied"}


# ---------------------------------------------------------------------------------------------------------------
# Medication administration record (sql/adt/)
# ---------------------------------------------------------------------------------------------------------------
def test_prescriptions_of_the_stay_become_scheduled_doses_recorded_only_with_the_right_wristband(connect_as, admin):
    ward = make_beds(connect_as, "MEDW", 1)
    p, stranger = new_patient(connect_as), new_patient(connect_as)
    mrn = admin.execute("SELECT mrn FROM registry.patient WHERE id = %s", (p,)).fetchone()[0]
    other_mrn = admin.execute("SELECT mrn FROM registry.patient WHERE id = %s", (stranger,)).fetchone()[0]
    with connect_as("doctor1", autocommit=True) as doc:
        adm = admit(doc, p, ward.beds[0])
        enc = row(admin, "adt.admission", adm)["encounter_id"]
        tds = prescribe(doc, p, enc, "AMOX500CAP", frequency="TDS")
        prn = prescribe(doc, p, enc, "CEFALEX500CAP", frequency="PRN")
    # Two days into the stay: the three-times-daily antibiotic has had about six times since it was written.
    move_stay_back(admin, adm, 50)
    admin.execute("UPDATE pharmacy.prescription SET created_at = created_at - interval '49 hours' WHERE id = %s", (tds,))
    with connect_as("nurse1", autocommit=True) as nurse:
        chart = nurse.execute("SELECT prescription_id, scheduled_at, state, late FROM adt.mar_schedule(%s, "
                              "now() - interval '3 days', now() + interval '1 day')", (adm,)).fetchall()
        past = [c for c in chart if c[0] == tds and c[2] == "late"]
        assert 5 <= len(past) <= 7 and all(c[3] for c in past)
        assert [c[2] for c in chart if c[0] == prn] == ["as_needed"]
        times = admin.execute("SELECT array_agg(to_char(t AT TIME ZONE scheduling.clinic_timezone(), 'HH24:MI')) "
                              "FROM adt.dose_times(%s, now() - interval '3 days', now()) AS t", (tds,)).fetchone()[0]
        assert set(times) <= {"08:00", "14:00", "22:00"}
        dose = past[-1][1]
        record = "SELECT adt.record_administration(%s, %s, %s, %s, %s)"
        with pytest.raises(psycopg.errors.CheckViolation, match="scan the patient"):
            nurse.execute(record, (tds, dose, "given", None, ""))
        with pytest.raises(psycopg.errors.CheckViolation, match="WRONG PATIENT"):
            nurse.execute(record, (tds, dose, "given", None, other_mrn))
        with pytest.raises(psycopg.errors.CheckViolation, match="say why"):
            nurse.execute(record, (tds, dose, "held", "", mrn))
        with pytest.raises(psycopg.errors.CheckViolation, match="not a scheduled time"):
            nurse.execute(record, (tds, dose - timedelta(minutes=7), "given", None, mrn))
        given = nurse.execute(record, (tds, dose, "given", None, f" {mrn} ")).fetchone()[0]
        with pytest.raises(psycopg.errors.UniqueViolation, match="already recorded"):
            nurse.execute(record, (tds, dose, "given", None, mrn))
        nurse.execute(record, (tds, past[-2][1], "refused", "patient nauseated, declined", mrn))
        nurse.execute(record, (prn, None, "given", None, mrn))
        future = nurse.execute("SELECT min(t) FROM adt.dose_times(%s, now() + interval '2 hours', now() + "
                               "interval '2 days') t", (tds,)).fetchone()[0]
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="not due yet"):
            nurse.execute(record, (tds, future, "given", None, mrn))
        states = dict(nurse.execute("SELECT scheduled_at, state FROM adt.mar_schedule(%s, now() - interval '3 days', "
                                    "now() + interval '1 day') WHERE prescription_id = %s", (adm, tds)).fetchall())
        assert states[dose] == "given" and states[past[-2][1]] == "refused"
    m = row(admin, "adt.medication_administration", given)
    assert (m["scanned_mrn"], m["late"], m["recorded_by"]) == (mrn, True, staff_id(admin, "nurse1"))
    with connect_as("nurse2", autocommit=True) as nurse2:  # another ward: nothing to see, nothing to record
        assert nurse2.execute("SELECT count(*) FROM adt.mar_schedule(%s, now() - interval '3 days', now())",
                              (adm,)).fetchone()[0] == 0
        assert nurse2.execute("SELECT count(*) FROM adt.medication_administration WHERE patient_id = %s",
                              (p,)).fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            nurse2.execute("SELECT adt.record_administration(%s, %s, 'given', NULL, %s)", (tds, past[0][1], mrn))
    with connect_as("nurse1", autocommit=True) as nurse:
        with pytest.raises(psycopg.errors.CheckViolation):
            nurse.execute("SELECT adt.void_administration(%s, 'oops')", (given,))
        nurse.execute("SELECT adt.void_administration(%s, 'recorded against the wrong time')", (given,))
        nurse.execute("SELECT adt.record_administration(%s, %s, 'given', NULL, %s)", (tds, dose, mrn))
    assert admin.execute("SELECT count(*), count(*) FILTER (WHERE status = 'entered_in_error') "
                         "FROM adt.medication_administration WHERE prescription_id = %s AND scheduled_at = %s",
                         (tds, dose)).fetchone() == (2, 1)


# ---------------------------------------------------------------------------------------------------------------
# Models and migration
# ---------------------------------------------------------------------------------------------------------------
def test_models_declare_the_exclusion_constraints_the_database_has(admin):
    declared = {c.name for t in Base.metadata.tables.values() if t.schema == "adt"
                for c in t.constraints if isinstance(c, ExcludeConstraint)}
    actual = {r[0] for r in admin.execute("SELECT conname FROM pg_constraint c JOIN pg_namespace n "
                                          "ON n.oid = c.connamespace WHERE n.nspname = 'adt' AND c.contype = 'x'")}
    assert declared == actual == EXCLUSIONS


def test_the_census_command_posts_due_bed_days_once(connect_as, admin, admin_url, capsys):
    from server_db.admin import main

    ward = make_beds(connect_as, "SURGW", 1)
    p = new_patient(connect_as)
    with connect_as("doctor4", autocommit=True) as doc:
        adm = admit(doc, p, ward.beds[0], source="emergency")
    move_stay_back(admin, adm, 49)
    assert main(["post-bed-days", "--url", admin_url]) == 0
    assert "new bed-day charge(s)" in capsys.readouterr().out
    days = admin.execute("SELECT count(*) FROM adt.bed_day WHERE admission_id = %s", (adm,)).fetchone()[0]
    assert days in (2, 3)
    assert main(["post-bed-days", "--url", admin_url]) == 0
    assert admin.execute("SELECT count(*) FROM billing.charge c JOIN adt.bed_day b ON b.id = c.source_id "
                         "AND c.source_kind = 'bed_day' WHERE b.admission_id = %s", (adm,)).fetchone()[0] == days
