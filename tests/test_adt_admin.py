"""Wards, rooms and beds maintained by the administrator (server_db/sql/adt/), from the attacker's
side with plain SQL as the staff logins, then through the admin's "Wards, rooms & beds" screen: what the admin
adds shows on the nurse's and reception's bed boards, what the admin deactivates never does."""
from __future__ import annotations

import threading
import uuid

import psycopg
import pytest
from builders import admit, register

from hospital_desktop.adt.views.bed_board import BedBoard
from hospital_desktop.core.errors import classify

pytestmark = pytest.mark.db
WAIT = 20000


def tag() -> str:
    return uuid.uuid4().hex[:6].upper()


def dept_id(conn, code: str) -> int:
    return conn.execute("SELECT id FROM core.department WHERE code = %s", (code,)).fetchone()[0]


def add_room(conn, ward: int, code: str, name: str = "Test room") -> int:
    return conn.execute("INSERT INTO adt.room (ward_id, code, name) VALUES (%s, %s, %s) RETURNING id",
                        (ward, code, name)).fetchone()[0]


def add_bed(conn, room: int, code: str, label: str) -> int:
    """The ward comes from the room (the trigger fills ward_id in)."""
    return conn.execute("INSERT INTO adt.bed (room_id, code, label) VALUES (%s, %s, %s) RETURNING id",
                        (room, code, label)).fetchone()[0]


def test_admin_adds_a_room_and_beds_codes_normalised_and_audited_with_the_admins_login(connect_as, admin):
    t = tag()
    with connect_as("admin1", autocommit=True) as conn:
        medw = dept_id(conn, "MEDW")
        room = add_room(conn, medw, f"  r{t.lower()}-x ", f"  Room {t}  ")
        bed = add_bed(conn, room, f"b{t.lower()}a", f" {t}A ")
        conn.execute("UPDATE adt.bed SET label = %s WHERE id = %s", (f"{t}-A", bed))
    assert admin.execute("SELECT code, name, ward_id, active FROM adt.room WHERE id = %s", (room,)).fetchone() == (
        f"R{t}-X", f"Room {t}", medw, True)
    assert admin.execute("SELECT code, label, ward_id, state, active FROM adt.bed WHERE id = %s", (bed,)).fetchone() \
        == (f"B{t}A", f"{t}-A", medw, "free", True)
    events = admin.execute("SELECT action, actor FROM audit.event WHERE schema_name = 'adt' AND table_name = 'bed' "
                           "AND row_id = %s ORDER BY id", (str(bed),)).fetchall()
    assert events == [("INSERT", "admin1"), ("UPDATE", "admin1")]
    assert admin.execute("SELECT actor FROM audit.event WHERE schema_name = 'adt' AND table_name = 'room' "
                         "AND row_id = %s", (str(room),)).fetchall() == [("admin1",)]
    with connect_as("admin1", autocommit=True) as conn, pytest.raises(psycopg.errors.CheckViolation,
                                                                       match="a bed code is 2 to 32"):
        add_bed(conn, room, "9 bad", "x")


@pytest.mark.parametrize("login", ["nurse1", "reception1", "doctor1"])
def test_clinical_and_desk_staff_cannot_add_or_change_rooms_or_beds(connect_as, admin, login):
    t = tag()
    medw = dept_id(admin, "MEDW")
    room = add_room(admin, medw, f"R{t}")
    bed = add_bed(admin, room, f"B{t}", f"{t}A")
    attempts = [("INSERT INTO adt.room (ward_id, code, name) VALUES (%s, %s, 'x')", (medw, f"Q{t}")),
                ("UPDATE adt.room SET name = 'renamed', active = false WHERE id = %s", (room,)),
                ("INSERT INTO adt.bed (room_id, ward_id, code, label) VALUES (%s, %s, %s, 'x')", (room, medw, f"Q{t}")),
                ("UPDATE adt.bed SET label = 'renamed' WHERE id = %s", (bed,)),
                ("UPDATE adt.bed SET active = false WHERE id = %s", (bed,))]
    with connect_as(login, autocommit=True) as conn:
        for sql, args in attempts:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql, args)
    assert admin.execute("SELECT name, active FROM adt.room WHERE id = %s", (room,)).fetchone() == ("Test room", True)
    assert admin.execute("SELECT label, active FROM adt.bed WHERE id = %s", (bed,)).fetchone() == (f"{t}A", True)
    assert admin.execute("SELECT count(*) FROM adt.room WHERE code = %s", (f"Q{t}",)).fetchone()[0] == 0


def test_an_occupied_or_reserved_bed_and_a_room_in_use_cannot_be_deactivated(connect_as, admin):
    t = tag()
    with connect_as("admin1", autocommit=True) as conn:
        room = add_room(conn, dept_id(conn, "MEDW"), f"R{t}")
        occupied, reserved, spare = (add_bed(conn, room, f"B{t}{c}", f"{t}{c}") for c in "ABC")
    with connect_as("reception1", autocommit=True) as desk:
        patient = register(desk, f"Bedded-{t}", "Bea", "1970-01-02").id
        doctor = desk.execute("SELECT id FROM core.staff WHERE username = 'doctor1'").fetchone()[0]
        admission = admit(desk, patient, occupied, doctor)
        desk.execute("SELECT adt.set_bed_state(%s, 'reserved', 'expected from ER')", (reserved,))
    with connect_as("admin1") as conn:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState,
                           match=f"bed {t}A is occupied by a patient: transfer or discharge first") as info:
            conn.execute("UPDATE adt.bed SET active = false WHERE id = %s", (occupied,))
        known = classify(info.value)
        assert known is not None and known.message == f"Bed {t}A is occupied by a patient: transfer or discharge first."
        conn.rollback()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="reserved .expected from ER.: release"):
            conn.execute("UPDATE adt.bed SET active = false WHERE id = %s", (reserved,))
        conn.rollback()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState,
                           match=f"room R{t} still has 3 bed.s. in use"):
            conn.execute("UPDATE adt.room SET active = false WHERE id = %s", (room,))
        conn.rollback()
        conn.execute("UPDATE adt.bed SET active = false WHERE id = %s", (spare,))
        conn.commit()
    assert admin.execute("SELECT active FROM adt.bed WHERE id = ANY(%s) ORDER BY code",
                         ([occupied, reserved, spare],)).fetchall() == [(True,), (True,), (False,)]
    assert admin.execute("SELECT bed_id FROM adt.admission WHERE id = %s", (admission,)).fetchone()[0] == occupied
    # A deactivated bed is offered to nobody: neither admission nor transfer, nor can it be reserved.
    with connect_as("reception1", autocommit=True) as desk:
        with pytest.raises(psycopg.errors.CheckViolation, match="no longer in use"):
            desk.execute("SELECT adt.transfer(%s, %s, 'closer to the nursing station')", (admission, spare))
        with pytest.raises(psycopg.errors.CheckViolation, match="no longer in use"):
            desk.execute("SELECT adt.set_bed_state(%s, 'reserved', 'expected from ER')", (spare,))
        other = register(desk, f"Unbedded-{t}", "Cy", "1971-01-02", "male").id
        with pytest.raises(psycopg.errors.CheckViolation, match="no longer in use"):
            admit(desk, other, spare, doctor)
    # ... nor counted on the occupancy dashboard: MEDW's count equals its active beds.
    with connect_as("admin1", autocommit=True) as conn:
        beds = dict((w, n) for w, n, *_ in conn.execute("SELECT * FROM dashboard.bed_occupancy()").fetchall())
        assert beds["MEDW"] == admin.execute("SELECT count(*) FROM adt.bed b JOIN core.department d "
                                             "ON d.id = b.ward_id WHERE d.code = 'MEDW' AND b.active").fetchone()[0]
        # reactivation works again for an empty bed in an active room
        conn.execute("UPDATE adt.bed SET active = true WHERE id = %s", (spare,))


def test_beds_belong_to_active_rooms_of_inpatient_wards_and_a_ward_with_rooms_stays_a_ward(connect_as, admin):
    t = tag()
    with connect_as("admin1", autocommit=True) as conn:
        gen = dept_id(conn, "GEN")  # an outpatient clinic
        with pytest.raises(psycopg.errors.CheckViolation, match="GEN .* is not a ward"):
            add_room(conn, gen, f"R{t}")
        conn.execute("INSERT INTO core.department (code, name, kind) VALUES (%s, 'Test ward', 'inpatient')",
                     (f"W{t}",))
        ward = dept_id(conn, f"W{t}")
        room = add_room(conn, ward, f"R{t}")
        bed = add_bed(conn, room, f"B{t}A", f"{t}A")
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="still has 1 room"):
            conn.execute("UPDATE core.department SET kind = 'outpatient' WHERE id = %s", (ward,))
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="still has 1 room"):
            conn.execute("UPDATE core.department SET active = false WHERE id = %s", (ward,))
        with pytest.raises(psycopg.errors.CheckViolation, match="not on that ward"):
            conn.execute("INSERT INTO adt.bed (room_id, ward_id, code, label) VALUES (%s, %s, %s, 'x')",
                         (room, gen, f"B{t}X"))
        conn.execute("UPDATE adt.bed SET active = false WHERE id = %s", (bed,))
        conn.execute("UPDATE adt.room SET active = false WHERE id = %s", (room,))
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match=f"room R{t} is deactivated"):
            add_bed(conn, room, f"B{t}B", f"{t}B")
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match=f"room R{t} is deactivated"):
            conn.execute("UPDATE adt.bed SET active = true WHERE id = %s", (bed,))
        conn.execute("UPDATE core.department SET kind = 'outpatient' WHERE id = %s", (ward,))
        with pytest.raises(psycopg.errors.CheckViolation, match=f"W{t} .* is not a ward"):
            conn.execute("UPDATE adt.room SET active = true WHERE id = %s", (room,))
    assert admin.execute("SELECT count(*) FROM adt.bed WHERE room_id = %s", (room,)).fetchone()[0] == 1


def test_a_bed_added_while_its_room_is_retired_never_leaves_an_active_bed_in_an_inactive_room(connect_as, admin):
    """Two administrators at once: one adds a bed (not yet committed), the other retires the room. The retirement
    waits for the insert (the bed's trigger locks the room FOR SHARE) and then sees the new bed and refuses."""
    t = tag()
    room = add_room(admin, dept_id(admin, "MEDW"), f"R{t}")
    outcome: dict[str, BaseException | None] = {}
    with connect_as("admin1") as first, connect_as("admin1", autocommit=True) as second:
        add_bed(first, room, f"B{t}", f"{t}A")  # open transaction holding the room FOR SHARE

        def retire() -> None:
            try:
                second.execute("UPDATE adt.room SET active = false WHERE id = %s", (room,))
                outcome["error"] = None
            except psycopg.Error as exc:
                outcome["error"] = exc
        worker = threading.Thread(target=retire)
        worker.start()
        worker.join(0.5)
        assert worker.is_alive(), "the room was retired without waiting for the bed being added"
        first.commit()
        worker.join(10)
    assert isinstance(outcome["error"], psycopg.errors.ObjectNotInPrerequisiteState)
    assert admin.execute("SELECT active FROM adt.room WHERE id = %s", (room,)).fetchone()[0] is True


# ---------------------------------------------------------------------------------------------------------------
# The admin's screen, then the nurse's and reception's bed boards
# ---------------------------------------------------------------------------------------------------------------
def test_admin_adds_a_room_with_two_beds_retires_one_and_the_bed_boards_follow(qtbot, shell, admin):
    t = tag()[:5]
    adm = shell("admin1")
    assert adm.select_workspace("reference")  # every role opens on its dashboard
    editor = adm.workspaces["reference"].widget.beds  # built on a later turn, or now when asked for
    qtbot.waitUntil(lambda: any(w.code == "MEDW" for w in editor.wards), timeout=WAIT)
    assert editor.select_ward("MEDW")
    qtbot.waitUntil(lambda: any(r.code == "MEDW-1" for r in editor.rooms), timeout=WAIT)

    editor.new_room()
    editor.room_code.setText("7 bad")
    editor.room_name.setText(f"UI room {t}")
    editor.add_room()
    assert "room code is 2 to 32" in editor.message.text()
    editor.room_code.setText(f" ui{t.lower()} ")
    editor.add_room()
    qtbot.waitUntil(lambda: editor.selected_room() is not None and editor.selected_room().code == f"UI{t}",
                    timeout=WAIT)
    assert editor.message.text() == f"Room UI{t} added to MEDW."
    assert editor.bed_room.currentData() == editor.selected_room().id
    for suffix in "AB":
        if editor.selected_bed() is not None:
            editor.add_bed()  # the form showed the selected bed: the first click starts a new one
            assert editor.bed_code.text() == "" and not editor.bed_code.isReadOnly()
        editor.bed_code.setText(f"ui{t.lower()}-{suffix.lower()}")
        editor.bed_label.setText(f"{t}{suffix}")
        editor.add_bed()
        qtbot.waitUntil(lambda s=suffix: editor.selected_bed() is not None
                        and editor.selected_bed().label == f"{t}{s}", timeout=WAIT)
    assert editor.bed_state.text() == "free"
    editor.toggle_bed()  # the selected bed: B
    qtbot.waitUntil(lambda: editor.message.text() == f"Bed {t}B deactivated.", timeout=WAIT)
    qtbot.waitUntil(lambda: editor.selected_bed() is not None and editor.selected_bed().state_text == "deactivated",
                    timeout=WAIT)
    assert admin.execute("SELECT b.code, b.active FROM adt.bed b JOIN adt.room r ON r.id = b.room_id "
                         "WHERE r.code = %s ORDER BY b.code", (f"UI{t}",)).fetchall() == [
        (f"UI{t}-A", True), (f"UI{t}-B", False)]
    # The room still has a bed in use; an occupied demo bed is refused by the database, said plainly.
    assert editor.select("room", f"UI{t}")
    editor.toggle_room()
    assert "still has 1 bed" in editor.message.text()  # "1 bed in use" with the English plural forms
    occupied = next(b for r in editor.rooms for b in r.beds if b.active and b.state == "occupied")
    assert editor.select("bed", occupied.code)
    assert "transferred or discharged" in editor.bed_state.text()
    editor.toggle_bed()
    qtbot.waitUntil(lambda: f"Bed {occupied.label} is occupied by a patient: transfer or discharge first."
                    == editor.message.text(), timeout=WAIT)
    assert admin.execute("SELECT active FROM adt.bed WHERE id = %s", (occupied.id,)).fetchone()[0] is True

    for login, key in (("nurse1", "ward"), ("reception1", "beds")):
        window = shell(login)
        assert window.select_workspace(key)
        widget = window.workspaces[key].widget
        board = widget if isinstance(widget, BedBoard) else widget.board
        if board is not widget:
            widget.tabs.setCurrentWidget(board)  # the nurse's board is a tab of the ward workspace
        board.select_ward("MEDW")  # taken when the wards arrive
        qtbot.waitUntil(lambda b=board: any(bed.label == f"{t}A" for bed in b.beds), timeout=WAIT)
        assert not any(bed.label == f"{t}B" for bed in board.beds), login
