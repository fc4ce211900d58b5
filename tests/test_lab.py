"""The laboratory (server_db/sql/lab/) from the attacker's side: every step runs as a real staff login over
TCP; the superuser connection (`admin`) only reads the truth back or moves the clock of an alert."""
from __future__ import annotations

import json
from pathlib import Path

import psycopg
import pytest
from builders import add_note, open_encounter, place_order, register

pytestmark = pytest.mark.db

POTASSIUM = "2823-3"
HAEMOGLOBIN = "718-7"
CBC = "58410-2"


@pytest.fixture()
def visit(connect_as):
    patient, mrn = register(connect_as, given="Lab")
    return patient, mrn, open_encounter(connect_as, patient)


def through_to_result(connect_as, order_ids: list[int], mrn: str, value: str) -> None:
    with connect_as("lab1") as conn:
        rows = conn.execute("SELECT accession_number FROM lab.collect(%s, %s)", (order_ids, mrn)).fetchall()
        for (accession,) in rows:
            conn.execute("SELECT lab.receive(%s)", (accession,))
        for order_id in order_ids:
            conn.execute("SELECT lab.enter_result(%s, %s)", (order_id, value))


def status(admin, order_id: int) -> str:
    return admin.execute("SELECT status FROM lab.lab_order WHERE id = %s", (order_id,)).fetchone()[0]


def test_the_catalog_matches_the_resources_and_every_test_has_a_price(admin):
    tests = admin.execute("SELECT count(*) FROM lab.test").fetchone()[0]
    assert tests >= 25
    assert admin.execute("SELECT count(*) FROM lab.test t WHERE coalesce(billing.price_item_at(t.price_code, "
                         "current_date), billing.price_item_at('LAB-DEFAULT', current_date)) IS NULL").fetchone()[0] == 0
    shipped = [line.split(",", 1)[0] for line in (Path(__file__).parents[1] / "resources" / "lab_catalog.csv")
               .read_text(encoding="utf-8").splitlines()[1:] if line]
    assert admin.execute("SELECT count(*) FROM lab.test t WHERE t.code = ANY(%s) AND "
                         "billing.price_item_at(t.price_code, current_date) IS NOT NULL", (shipped,)
                         ).fetchone()[0] == len(shipped) == 28
    members = admin.execute("SELECT array_agg(test_code ORDER BY position) FROM lab.panel_test WHERE panel_code = %s",
                            (CBC,)).fetchone()[0]
    assert members[:3] == ["6690-2", "789-8", HAEMOGLOBIN]


def test_an_order_travels_to_release_and_alerts_the_ordering_doctor(connect_as, admin, visit):
    patient, mrn, encounter = visit
    [order_id] = place_order(connect_as, encounter, POTASSIUM, "stat")
    listener = connect_as("doctor1", autocommit=True)
    listener.execute("LISTEN hms_notify")

    with connect_as("lab1") as conn:
        with pytest.raises(psycopg.errors.CheckViolation, match="wrong patient"):
            conn.execute("SELECT * FROM lab.collect(%s, %s)", ([order_id], "000000000"))
    assert status(admin, order_id) == "ordered"
    through_to_result(connect_as, [order_id], mrn, "6.9")
    flag, rng, value = admin.execute("SELECT flag, reference_range, value_numeric FROM lab.result "
                                     "WHERE lab_order_id = %s", (order_id,)).fetchone()
    assert (flag, rng, float(value)) == ("critical_high", "3.5-5.3", 6.9)

    with connect_as("doctor1") as conn:  # not released: the doctor sees the order, not the result
        assert conn.execute("SELECT status FROM lab.lab_order WHERE id = %s", (order_id,)).fetchone()[0] == "resulted"
        assert conn.execute("SELECT count(*) FROM lab.result WHERE lab_order_id = %s", (order_id,)).fetchone()[0] == 0

    with connect_as("lab1") as conn, pytest.raises(psycopg.errors.CheckViolation, match="second person"):
        conn.execute("SELECT lab.verify(%s)", (order_id,))
    with connect_as("lab2") as conn:
        conn.execute("SELECT lab.verify(%s)", (order_id,))
        notification = conn.execute("SELECT lab.release(%s)", (order_id,)).fetchone()[0]

    payloads = [json.loads(n.payload) for n in listener.notifies(timeout=2.0, stop_after=1)]
    assert payloads and payloads[0]["id"] == notification and set(payloads[0]) == {"id", "kind", "recipient_id"}
    with connect_as("doctor1") as conn:
        kind, title, ref = conn.execute("SELECT kind, title, ref_id FROM notify.notification WHERE id = %s",
                                        (notification,)).fetchone()
        assert (kind, ref) == ("lab_critical", order_id) and "critical high" in title
        assert conn.execute("SELECT value FROM lab.result WHERE lab_order_id = %s", (order_id,)).fetchone()[0] == "6.9"
        conn.execute("UPDATE notify.notification SET acknowledged_at = now() WHERE id = %s", (notification,))
    assert admin.execute("SELECT alert_acknowledged_at IS NOT NULL FROM lab.lab_order WHERE id = %s",
                         (order_id,)).fetchone()[0]
    history = [r[0] for r in admin.execute("SELECT to_status FROM lab.order_status_history WHERE lab_order_id = %s "
                                           "ORDER BY id", (order_id,))]
    assert history == ["ordered", "collected", "received", "resulted", "verified", "released"]
    charges = admin.execute("SELECT count(*), min(amount) FROM billing.charge WHERE source_kind = 'lab_test' "
                            "AND source_id = %s", (order_id,)).fetchone()
    assert charges[0] == 1 and charges[1] > 0


def test_a_released_result_is_never_edited_and_a_correction_alerts_again(connect_as, admin, visit):
    patient, mrn, encounter = visit
    [order_id] = place_order(connect_as, encounter, HAEMOGLOBIN)
    through_to_result(connect_as, [order_id], mrn, "125")
    with connect_as("lab2") as conn:
        conn.execute("SELECT lab.verify(%s)", (order_id,))
        conn.execute("SELECT lab.release(%s)", (order_id,))
    with connect_as("lab1") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE lab.result SET value = '99' WHERE lab_order_id = %s", (order_id,))
    with connect_as("lab1") as conn:
        with pytest.raises(psycopg.errors.CheckViolation, match="reason"):
            conn.execute("SELECT lab.correct_result(%s, '95', 'g/L', '')", (order_id,))
    with connect_as("lab1") as conn:
        conn.execute("SELECT lab.correct_result(%s, '95', 'g/L', 'sample re-run after clot found')", (order_id,))
    rows = admin.execute("SELECT version, value, status, flag FROM lab.result WHERE lab_order_id = %s ORDER BY version",
                         (order_id,)).fetchall()
    assert rows == [(1, "125", "superseded", "normal"), (2, "95", "final", "low")]
    kinds = [r[0] for r in admin.execute("SELECT kind FROM notify.notification WHERE ref_id = %s ORDER BY id",
                                         (order_id,))]
    assert kinds == ["lab_result", "lab_correction"]
    assert admin.execute("SELECT count(*) FROM billing.charge WHERE source_kind = 'lab_test' AND source_id = %s",
                         (order_id,)).fetchone()[0] == 1
    with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):  # even the owner's trigger refuses an edit
        admin.execute("UPDATE lab.result SET value = '1' WHERE lab_order_id = %s AND version = 2", (order_id,))


def test_illegal_jumps_are_refused_whoever_asks(connect_as, admin, visit):
    patient, mrn, encounter = visit
    [order_id] = place_order(connect_as, encounter, POTASSIUM)
    with connect_as("lab1") as conn, pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
        conn.execute("SELECT lab.enter_result(%s, '4.0')", (order_id,))
    with connect_as("lab1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("UPDATE lab.lab_order SET status = 'released' WHERE id = %s", (order_id,))
    with pytest.raises(psycopg.errors.CheckViolation, match="cannot go from ordered to released"):
        admin.execute("UPDATE lab.lab_order SET status = 'released' WHERE id = %s", (order_id,))
    with connect_as("lab2") as conn, pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
        conn.execute("SELECT lab.release(%s)", (order_id,))
    with connect_as("doctor1") as conn, pytest.raises(psycopg.errors.CheckViolation, match="reason"):
        conn.execute("SELECT lab.cancel_order(%s, 'no')", (order_id,))
    with connect_as("doctor1") as conn:
        conn.execute("SELECT lab.cancel_order(%s, 'ordered on the wrong visit')", (order_id,))
    assert status(admin, order_id) == "cancelled"
    with connect_as("lab1") as conn, pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
        conn.execute("SELECT * FROM lab.collect(%s, %s)", ([order_id], mrn))


def test_flags_follow_sex_and_age_bands(connect_as, admin):
    cases = [("male", "1980-01-01", HAEMOGLOBIN, "125", "low", "130-170"),
             ("female", "1980-01-01", HAEMOGLOBIN, "125", "normal", "120-150"),
             ("female", "2018-01-01", HAEMOGLOBIN, "112", "normal", "110-145"),
             ("male", "1980-01-01", HAEMOGLOBIN, "65", "critical_low", "130-170"),
             ("male", "1980-01-01", "14682-9", "<40", "low", "59-104")]
    for sex, birth, code, value, flag, rng in cases:
        patient, mrn = register(connect_as, given="Lab", sex=sex, born=birth)
        encounter = open_encounter(connect_as, patient)
        [order_id] = place_order(connect_as, encounter, code)
        through_to_result(connect_as, [order_id], mrn, value)
        got = admin.execute("SELECT flag, reference_range FROM lab.result WHERE lab_order_id = %s",
                            (order_id,)).fetchone()
        assert got == (flag, rng), (sex, birth, code, value)


def test_bad_values_and_units_get_clear_messages_and_change_nothing(connect_as, admin, visit):
    patient, mrn, encounter = visit
    [order_id] = place_order(connect_as, encounter, POTASSIUM)
    with connect_as("lab1") as conn:
        [(accession,)] = conn.execute("SELECT accession_number FROM lab.collect(%s, %s)", ([order_id], mrn)).fetchall()
        conn.execute("SELECT lab.receive(%s)", (accession,))
    with connect_as("lab1") as conn, pytest.raises(psycopg.errors.InvalidTextRepresentation, match="not a number"):
        conn.execute("SELECT lab.enter_result(%s, 'haemolysed')", (order_id,))
    with connect_as("lab1") as conn, pytest.raises(psycopg.errors.CheckViolation, match="catalog unit"):
        conn.execute("SELECT lab.enter_result(%s, '4.1', 'mg/dL')", (order_id,))
    assert status(admin, order_id) == "received"
    assert admin.execute("SELECT count(*) FROM lab.result WHERE lab_order_id = %s", (order_id,)).fetchone()[0] == 0
    with connect_as("lab1") as conn:
        conn.execute("SELECT lab.enter_result(%s, '4.1')", (order_id,))
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation, match="needs a reason"):
            conn.execute("SELECT lab.enter_result(%s, '4.3')", (order_id,))
    with connect_as("lab1") as conn:
        conn.execute("SELECT lab.enter_result(%s, '4.3', NULL, '', 'transcription error')", (order_id,))
    assert admin.execute("SELECT array_agg(status ORDER BY version) FROM lab.result WHERE lab_order_id = %s",
                         (order_id,)).fetchone()[0] == ["superseded", "entered"]


def test_a_panel_orders_each_member_and_collects_one_tube_per_container(connect_as, admin, visit):
    patient, mrn, encounter = visit
    ids = place_order(connect_as, encounter, CBC) + place_order(connect_as, encounter, POTASSIUM)
    assert len(ids) == 7
    with connect_as("nurse1") as conn:  # a ward nurse of the department collects at the bedside
        tubes = conn.execute("SELECT container, cardinality(order_ids) FROM lab.collect(%s, %s) ORDER BY 1",
                             (ids, mrn)).fetchall()
    assert tubes == [("EDTA (lavender)", 6), ("SST (gold)", 1)]
    assert admin.execute("SELECT count(DISTINCT requisition_number) FROM lab.lab_order WHERE id = ANY (%s)",
                         (ids,)).fetchone()[0] == 2


def test_an_unacknowledged_critical_result_escalates_to_the_department(connect_as, admin, visit):
    patient, mrn, encounter = visit
    [order_id] = place_order(connect_as, encounter, POTASSIUM)
    through_to_result(connect_as, [order_id], mrn, "2.1")
    with connect_as("lab2") as conn:
        conn.execute("SELECT lab.verify(%s)", (order_id,))
        conn.execute("SELECT lab.release(%s)", (order_id,))
    with connect_as("lab1") as conn:
        conn.execute("SELECT lab.escalate_overdue()")  # the demo's overdue ones; this one is not overdue yet
        assert conn.execute("SELECT escalated_at FROM lab.lab_order WHERE id = %s", (order_id,)).fetchone() == (None,)
        callback = conn.execute("SELECT id FROM lab.lab_order WHERE critical AND alert_acknowledged_at IS NULL "
                                "AND id = %s", (order_id,)).fetchall()
        assert callback == [(order_id,)]
    admin.execute("UPDATE lab.lab_order SET status_changed_at = now() - interval '2 hours' WHERE id = %s", (order_id,))
    with connect_as("lab1") as conn:
        assert conn.execute("SELECT lab.escalate_overdue()").fetchone()[0] == 1
        assert conn.execute("SELECT lab.escalate_overdue()").fetchone()[0] == 0  # once
        conn.execute("SELECT lab.record_callback(%s, 'Dr Grant', true)", (order_id,))
    recipients = {r[0] for r in admin.execute(
        "SELECT s.username FROM notify.notification n JOIN core.staff s ON s.id = n.recipient_id "
        "WHERE n.ref_id = %s AND n.kind = 'lab_critical_escalated'", (order_id,))}
    assert recipients and "doctor1" not in recipients
    others = {r[0] for r in admin.execute(
        "SELECT s.username FROM core.staff s JOIN core.staff_department sd ON sd.staff_id = s.id "
        "JOIN core.department d ON d.id = sd.department_id WHERE d.code = 'GEN' AND pg_has_role(s.username, "
        "'hms_doctor', 'MEMBER') AND s.username <> 'doctor1' AND s.active")}
    assert recipients == others
    escalated_to = next(iter(recipients))
    with connect_as(escalated_to) as conn:  # the escalated doctor can open the result
        assert conn.execute("SELECT value FROM lab.result WHERE lab_order_id = %s AND status = 'final'",
                            (order_id,)).fetchone() == ("2.1",)


def test_who_sees_what(connect_as, admin, visit):
    patient, mrn, encounter = visit
    [order_id] = place_order(connect_as, encounter, POTASSIUM)
    through_to_result(connect_as, [order_id], mrn, "4.4")
    with connect_as("lab2") as conn:
        conn.execute("SELECT lab.verify(%s)", (order_id,))
        conn.execute("SELECT lab.release(%s)", (order_id,))
    with connect_as("doctor1") as conn:
        add_note(conn, encounter, patient, "S: secret", "progress")
    for login in ("reception1", "billing1", "pharmacist1", "admin1"):
        with connect_as(login, autocommit=True) as conn:
            for table in ("lab.result", "lab.lab_order", "lab.specimen"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(f"SELECT count(*) FROM {table}")
    with connect_as("lab1", autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM lab.result WHERE lab_order_id = %s", (order_id,)).fetchone()[0] == 1
        assert conn.execute("SELECT given_name, mrn FROM registry.patient WHERE id = %s", (patient,)).fetchone()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT phone FROM registry.patient WHERE id = %s", (patient,))
    with connect_as("lab1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM clinical.note")
    with connect_as("doctor2", autocommit=True) as conn:  # cardiology: no care relationship
        assert conn.execute("SELECT count(*) FROM lab.lab_order WHERE id = %s", (order_id,)).fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM lab.result WHERE lab_order_id = %s", (order_id,)).fetchone()[0] == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT lab.place_order(%s, %s)", (encounter, POTASSIUM))
    with connect_as("nurse2") as conn:  # another ward
        assert conn.execute("SELECT count(*) FROM lab.result WHERE lab_order_id = %s", (order_id,)).fetchone()[0] == 0
    with connect_as("reception1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT lab.place_order(%s, %s)", (encounter, POTASSIUM))
    with connect_as("lab1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT lab.place_order(%s, %s)", (encounter, POTASSIUM))
