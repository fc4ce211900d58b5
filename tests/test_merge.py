"""Patient merge / unmerge, MRN aliases, the reason rule for demographic edits and the change history.

Every step runs as a real staff login over TCP; the superuser connection (`admin`) only sets up what no staff
role may write (notifications) and reads the whole truth back to compare."""
from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial

import psycopg
import pytest
from builders import add_note, encounter_with_note, register

pytestmark = pytest.mark.db

MERGE_REASON = "same person: registered twice at two front desks"
UNMERGE_REASON = "not the same person: twins with similar names"


# ---------------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------------
# reception registers the patients of these tests as Merle, born 4 March 1971, unless told otherwise
register = partial(register, given="Merle", born="1971-03-04")


def referencing_columns(conn: psycopg.Connection) -> list[tuple[str, str, str]]:
    """Every (schema, table, column) with a foreign key to registry.patient(id), read independently of the
    merge code, minus the merge link itself, the merge history and the duplicate worklist."""
    return conn.execute("""
        SELECT n.nspname, r.relname, a.attname
          FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_namespace n ON n.oid = r.relnamespace
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
         WHERE c.contype = 'f' AND c.confrelid = 'registry.patient'::regclass
           AND NOT (r.relname = 'patient' AND a.attname = 'merged_into_id')
           AND r.relname NOT IN ('patient_merge', 'duplicate_pair')
         ORDER BY 1, 2, 3""").fetchall()


def snapshot(conn: psycopg.Connection, patient_id: int) -> dict[str, list[dict]]:
    """Every row of every table that references the patient, whole rows, keyed by schema.table.column."""
    snap: dict[str, list[dict]] = {}
    for schema, table, column in referencing_columns(conn):
        rows = conn.execute(f'SELECT to_jsonb(t) FROM "{schema}"."{table}" t WHERE "{column}" = %s',
                            (patient_id,)).fetchall()
        snap[f"{schema}.{table}.{column}"] = sorted((r[0] for r in rows), key=repr)
    return snap


def moved(snap: dict[str, list[dict]], to: int) -> dict[str, list[dict]]:
    """The snapshot as it must look after its rows moved to patient `to`."""
    return {key: [{**row, key.rsplit(".", 1)[1]: to} for row in rows] for key, rows in snap.items()}


def union(*snaps: dict[str, list[dict]]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for snap in snaps:
        for key, rows in snap.items():
            out.setdefault(key, []).extend(rows)
    return {key: sorted(rows, key=repr) for key, rows in out.items()}


def patient_row(conn: psycopg.Connection, patient_id: int) -> dict:
    return conn.execute("SELECT to_jsonb(p) FROM registry.patient p WHERE id = %s", (patient_id,)).fetchone()[0]


def merge(connect_as, survivor: int, duplicate: int, reason: str = MERGE_REASON, login: str = "admin1") -> int:
    with connect_as(login, application_name="ADMIN-PC-01") as conn:
        return conn.execute("SELECT registry.merge_patients(%s, %s, %s)", (survivor, duplicate, reason)).fetchone()[0]


def unmerge(connect_as, merge_id: int, reason: str = UNMERGE_REASON, login: str = "admin1") -> None:
    with connect_as(login, application_name="ADMIN-PC-01") as conn:
        conn.execute("SELECT registry.unmerge(%s, %s)", (merge_id, reason))


def staff_id(conn: psycopg.Connection, login: str) -> int:
    return conn.execute("SELECT id FROM core.staff WHERE username = %s", (login,)).fetchone()[0]


def tag() -> str:
    return uuid.uuid4().hex[:10]


@pytest.fixture()
def case(connect_as, admin) -> dict:
    """Two registrations of one person. The duplicate has an encounter and a note (doctor1, GEN), a break-glass
    grant (doctor2), an open and an acknowledged notification; the survivor has its own encounter and note."""
    t = tag()
    survivor, survivor_mrn = register(connect_as, f"Survivor-{t}")
    duplicate, duplicate_mrn = register(connect_as, f"Duplicate-{t}")
    s_enc, s_note = encounter_with_note(connect_as, "doctor1", "GEN", survivor, "S: review. P: continue.")
    d_enc, d_note = encounter_with_note(connect_as, "doctor1", "GEN", duplicate, "S: chest pain. A: angina?")
    with connect_as("doctor2") as conn:
        conn.execute("SELECT core.break_glass(%s, 'Collapsed in the ED, need history')", (duplicate,))
    doctor1 = staff_id(admin, "doctor1")
    notification = admin.execute("INSERT INTO notify.notification (recipient_id, kind, patient_id, title) "
                                 "VALUES (%s, 'lab_result', %s, 'Troponin ready') RETURNING id",
                                 (doctor1, duplicate)).fetchone()[0]
    acknowledged = admin.execute("INSERT INTO notify.notification (recipient_id, kind, patient_id, title, "
                                 "acknowledged_at) VALUES (%s, 'lab_result', %s, 'FBC ready', "
                                 "now() - interval '1 day') RETURNING id", (doctor1, duplicate)).fetchone()[0]
    return {"survivor": survivor, "survivor_mrn": survivor_mrn, "duplicate": duplicate,
            "duplicate_mrn": duplicate_mrn, "s_enc": s_enc, "s_note": s_note, "d_enc": d_enc, "d_note": d_note,
            "notification": notification, "acknowledged": acknowledged}


def nothing_changed_guard(admin: psycopg.Connection, *patients: int) -> Callable[[], None]:
    """Capture the state a refused operation must leave untouched; call the result to assert it."""
    def state() -> tuple:
        return (tuple(patient_row(admin, p) for p in patients), tuple(repr(snapshot(admin, p)) for p in patients),
                admin.execute("SELECT count(*), max(id) FROM audit.event").fetchone(),
                admin.execute("SELECT count(*), count(unmerged_at) FROM registry.patient_merge").fetchone(),
                admin.execute("SELECT count(*) FROM registry.merge_moved_row").fetchone())
    before = state()

    def check() -> None:
        assert state() == before
    return check


# ---------------------------------------------------------------------------------------------------------------
# Merge and exact unmerge
# ---------------------------------------------------------------------------------------------------------------
def test_merge_moves_everything_and_unmerge_restores_it_exactly(connect_as, admin, case):
    s, d = case["survivor"], case["duplicate"]
    before_s, before_d = snapshot(admin, s), snapshot(admin, d)
    for key in ("clinical.encounter.patient_id", "clinical.note.patient_id", "core.break_glass_grant.patient_id",
                "notify.notification.patient_id"):
        assert before_d[key], f"the duplicate needs rows in {key} for this test to mean anything"
    d_row_before = patient_row(admin, d)
    with connect_as("doctor2") as conn:  # no relationship with the survivor yet
        assert conn.execute("SELECT count(*) FROM clinical.note WHERE patient_id = %s", (s,)).fetchone()[0] == 0

    merge_id = merge(connect_as, s, d)

    # The survivor has everything; nothing references the duplicate any more; the duplicate still exists.
    assert snapshot(admin, s) == union(before_s, moved(before_d, s))
    assert all(not rows for rows in snapshot(admin, d).values())
    d_row = patient_row(admin, d)
    assert d_row == {**d_row_before, "merged_into_id": s}
    with connect_as("reception1") as conn:
        assert conn.execute("SELECT registry.resolve_mrn(%s)", (case["duplicate_mrn"],)).fetchone()[0] == s
        assert conn.execute("SELECT registry.resolve_mrn(%s)", (case["survivor_mrn"],)).fetchone()[0] == s
        assert conn.execute("SELECT registry.resolve_mrn('000000000')").fetchone()[0] is None
        assert conn.execute("SELECT mrn, merged_into_id FROM registry.patient WHERE id = %s",
                            (d,)).fetchone() == (case["duplicate_mrn"], s)
    with connect_as("doctor2") as conn:  # the break-glass grant moved with the chart: both notes now
        assert conn.execute("SELECT count(*) FROM clinical.note WHERE patient_id = %s", (s,)).fetchone()[0] == 2
    with connect_as("doctor1") as conn:  # the notifications moved, the acknowledged one stays acknowledged
        rows = conn.execute("SELECT id, patient_id, acknowledged_at IS NOT NULL FROM notify.notification "
                            "WHERE id IN (%s, %s) ORDER BY id", (case["notification"], case["acknowledged"])).fetchall()
        assert rows == [(case["notification"], s, False), (case["acknowledged"], s, True)]
    with connect_as("admin1") as conn:  # every moved row is recorded, the cascaded note included
        recorded = conn.execute("SELECT schema_name || '.' || table_name || '.' || column_name, pk "
                                "FROM registry.merge_moved_row WHERE merge_id = %s", (merge_id,)).fetchall()
        assert sorted(key for key, _ in recorded) == sorted(k for k, rows in before_d.items() for _ in rows)
        assert ("clinical.note.patient_id", {"id": case["d_note"]}) in recorded
        assert conn.execute("SELECT survivor_id, duplicate_id, reason, merged_by, unmerged_at FROM "
                            "registry.patient_merge WHERE id = %s", (merge_id,)).fetchone() == (
            s, d, MERGE_REASON, staff_id(conn, "admin1"), None)

    # After the merge the survivor gets a new note on its own encounter: it must stay with the survivor.
    late_note = add_note(connect_as, case["s_enc"], s, "Seen again after the records were merged.", "progress")
    after_merge_s = snapshot(admin, s)

    unmerge(connect_as, merge_id)

    assert snapshot(admin, d) == before_d
    assert snapshot(admin, s) == union(before_s, {"clinical.note.patient_id": [
        r for r in after_merge_s["clinical.note.patient_id"] if r["id"] == late_note]})
    assert patient_row(admin, d) == d_row_before
    assert admin.execute("SELECT unmerged_by, unmerge_reason, unmerged_at IS NOT NULL FROM registry.patient_merge "
                         "WHERE id = %s", (merge_id,)).fetchone() == (staff_id(admin, "admin1"), UNMERGE_REASON,
                                                                      True)
    with connect_as("reception1") as conn:
        assert conn.execute("SELECT registry.resolve_mrn(%s)", (case["duplicate_mrn"],)).fetchone()[0] == d
    with connect_as("doctor2") as conn:  # the grant went back to the duplicate: the survivor's chart is closed
        assert conn.execute("SELECT count(*) FROM clinical.note WHERE patient_id = %s", (s,)).fetchone()[0] == 0


def test_a_note_added_to_a_moved_encounter_follows_it_back(connect_as, admin, case):
    """A child row that joins a moved parent after the merge belongs to that parent (composite key): unmerge
    takes it along, and it is the only row beyond the recorded ones that moves."""
    s, d = case["survivor"], case["duplicate"]
    before_s, before_d = snapshot(admin, s), snapshot(admin, d)
    merge_id = merge(connect_as, s, d)
    follow = add_note(connect_as, case["d_enc"], s, "Follow-up on the encounter of the old record.", "progress")
    unmerge(connect_as, merge_id)
    after_d = snapshot(admin, d)
    follower = [r for r in after_d["clinical.note.patient_id"] if r["id"] == follow]
    assert follower and follower[0]["encounter_id"] == case["d_enc"] and follower[0]["patient_id"] == d
    assert after_d == union(before_d, {"clinical.note.patient_id": follower})
    assert snapshot(admin, s) == before_s


def test_merge_and_unmerge_are_audited_with_actor_and_reason(connect_as, admin, case):
    s, d = case["survivor"], case["duplicate"]
    with connect_as("admin1", application_name="ADMIN-PC-01") as conn:
        conn.execute("SET LOCAL hms.reason = 'outer reason of the session'")
        merge_id = conn.execute("SELECT registry.merge_patients(%s, %s, %s)", (s, d, MERGE_REASON)).fetchone()[0]
        # the merge's reason does not leak into the rest of the caller's transaction
        assert conn.execute("SELECT current_setting('hms.reason')").fetchone()[0] == "outer reason of the session"
    unmerge(connect_as, merge_id)

    def events_of(action: str) -> list[tuple]:
        txid = admin.execute("SELECT txid FROM audit.event WHERE schema_name = 'registry' AND table_name = "
                             "'patient_merge' AND row_id = %s AND action = %s", (str(merge_id), action)).fetchone()[0]
        return admin.execute("SELECT schema_name || '.' || table_name, action, actor, reason, workstation, row_id, "
                             "new_row FROM audit.event WHERE txid = %s ORDER BY id", (txid,)).fetchall()

    merged = events_of("INSERT")
    assert {(e[2], e[3], e[4]) for e in merged} == {("admin1", MERGE_REASON, "ADMIN-PC-01")}
    touched = {(e[0], e[1]) for e in merged}
    assert touched == {("registry.patient_merge", "INSERT"), ("registry.merge_moved_row", "INSERT"),
                       ("clinical.encounter", "UPDATE"), ("clinical.note", "UPDATE"),
                       ("core.break_glass_grant", "UPDATE"), ("notify.notification", "UPDATE"),
                       ("registry.patient", "UPDATE")}
    link = [e for e in merged if e[0] == "registry.patient"]
    assert len(link) == 1 and link[0][5] == str(d) and link[0][6]["merged_into_id"] == s
    note_moves = [e for e in merged if e[0] == "clinical.note"]
    assert [e[5] for e in note_moves] == [str(case["d_note"])]  # the cascaded note, audited once

    unmerged = events_of("UPDATE")
    assert {(e[2], e[3], e[4]) for e in unmerged} == {("admin1", UNMERGE_REASON, "ADMIN-PC-01")}
    assert {(e[0], e[1]) for e in unmerged} == {
        ("registry.patient_merge", "UPDATE"), ("clinical.encounter", "UPDATE"), ("clinical.note", "UPDATE"),
        ("core.break_glass_grant", "UPDATE"), ("notify.notification", "UPDATE"), ("registry.patient", "UPDATE")}


# ---------------------------------------------------------------------------------------------------------------
# Refusals
# ---------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("login", ["reception1", "doctor1", "auditor1", "billing1"])
def test_only_administrators_merge_and_unmerge(connect_as, admin, case, login):
    s, d = case["survivor"], case["duplicate"]
    unchanged = nothing_changed_guard(admin, s, d)
    with connect_as(login) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT registry.merge_patients(%s, %s, %s)", (s, d, MERGE_REASON))
    unchanged()
    merge_id = merge(connect_as, s, d)
    unchanged = nothing_changed_guard(admin, s, d)
    with connect_as(login) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT registry.unmerge(%s, %s)", (merge_id, UNMERGE_REASON))
        conn.rollback()
        for table in ("registry.patient_merge", "registry.merge_moved_row"):
            if login == "auditor1":  # auditors read the merge history, and cannot write it
                assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0
            else:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(f"SELECT count(*) FROM {table}")
            conn.rollback()
    unchanged()


def test_an_admin_role_member_who_is_not_active_staff_cannot_merge(connect_as, admin, case):
    s, d = case["survivor"], case["duplicate"]
    admin.execute("DROP ROLE IF EXISTS ghost_admin")
    admin.execute("CREATE ROLE ghost_admin LOGIN PASSWORD 'ghost-password' IN ROLE hms_admin")
    unchanged = nothing_changed_guard(admin, s, d)
    with connect_as("ghost_admin", "ghost-password") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only administrators"):
            conn.execute("SELECT registry.merge_patients(%s, %s, %s)", (s, d, MERGE_REASON))
    unchanged()


def test_merge_helpers_are_not_callable_by_staff(admin):
    for function in ("registry.merge_targets()",
                     "registry.merge_move_rows(bigint, text, text, text, text[], bigint, bigint)",
                     "registry.merge_rows_at(bigint, text, text, text, text[], bigint)"):
        for group in ("hms_staff", "hms_admin", "hms_reception", "hms_doctor", "hms_auditor"):
            assert not admin.execute("SELECT has_function_privilege(%s, %s, 'EXECUTE')",
                                     (group, function)).fetchone()[0], (group, function)
    assert admin.execute("SELECT has_function_privilege('hms_admin', 'registry.merge_patients(bigint, bigint, text)', "
                         "'EXECUTE')").fetchone()[0]
    for group in ("hms_reception", "hms_doctor", "hms_auditor"):
        assert not admin.execute("SELECT has_function_privilege(%s, 'registry.merge_patients(bigint, bigint, text)',"
                                 " 'EXECUTE')", (group,)).fetchone()[0]


def test_bad_merges_are_refused_with_nothing_changed(connect_as, admin, case):
    s, d = case["survivor"], case["duplicate"]
    other, _ = register(connect_as, f"Other-{tag()}")
    unknown = admin.execute("SELECT max(id) + 1000 FROM registry.patient").fetchone()[0]

    def refused(survivor: int, duplicate: int, reason: str, error: type[Exception], message: str) -> None:
        unchanged = nothing_changed_guard(admin, s, d, other)
        with connect_as("admin1") as conn:
            with pytest.raises(error, match=message):
                conn.execute("SELECT registry.merge_patients(%s, %s, %s)", (survivor, duplicate, reason))
        unchanged()

    refused(s, d, "dupe", psycopg.errors.CheckViolation, "at least 10 characters")
    refused(s, d, "   short     ", psycopg.errors.CheckViolation, "at least 10 characters")
    refused(s, s, MERGE_REASON, psycopg.errors.CheckViolation, "into itself")
    refused(unknown, d, MERGE_REASON, psycopg.errors.NoDataFound, "no patient with id")
    refused(s, unknown, MERGE_REASON, psycopg.errors.NoDataFound, "no patient with id")

    merge(connect_as, s, d)
    refused(other, d, MERGE_REASON, psycopg.errors.CheckViolation, "already merged into")  # merged twice
    refused(s, d, MERGE_REASON, psycopg.errors.CheckViolation, "already merged into")
    refused(d, other, MERGE_REASON, psycopg.errors.CheckViolation, "itself merged into")  # into a merged record


def test_bad_unmerges_are_refused(connect_as, admin, case):
    s, d = case["survivor"], case["duplicate"]
    third, third_mrn = register(connect_as, f"Third-{tag()}")
    first = merge(connect_as, s, d)
    second = merge(connect_as, third, s)  # the survivor of the first merge is merged afterwards
    with connect_as("reception1") as conn:  # merges of merges: the oldest MRN finds the last survivor
        assert conn.execute("SELECT registry.resolve_mrn(%s)", (case["duplicate_mrn"],)).fetchone()[0] == third

    def refused(merge_id: int, reason: str, error: type[Exception], message: str) -> None:
        unchanged = nothing_changed_guard(admin, s, d, third)
        with connect_as("admin1") as conn:
            with pytest.raises(error, match=message):
                conn.execute("SELECT registry.unmerge(%s, %s)", (merge_id, reason))
        unchanged()

    refused(first, UNMERGE_REASON, psycopg.errors.CheckViolation, f"undo merge {second} first")
    refused(second, "oops", psycopg.errors.CheckViolation, "at least 10 characters")
    refused(second + 1000, UNMERGE_REASON, psycopg.errors.NoDataFound, "no patient merge")
    unmerge(connect_as, second)
    refused(second, UNMERGE_REASON, psycopg.errors.CheckViolation, "already undone")
    unmerge(connect_as, first)
    assert all(not rows for rows in snapshot(admin, third).values())
    with connect_as("reception1") as conn:
        assert conn.execute("SELECT registry.resolve_mrn(%s)", (case["duplicate_mrn"],)).fetchone()[0] == d
        assert conn.execute("SELECT registry.resolve_mrn(%s)", (third_mrn,)).fetchone()[0] == third


def test_unmerge_refuses_when_a_moved_row_was_moved_on(connect_as, admin, case):
    """Unmerge is exact or nothing: a recorded row that no longer belongs to the survivor stops it."""
    s, d = case["survivor"], case["duplicate"]
    other, _ = register(connect_as, f"Elsewhere-{tag()}")
    merge_id = merge(connect_as, s, d)
    admin.execute("UPDATE notify.notification SET patient_id = %s WHERE id = %s", (other, case["notification"]))
    unchanged = nothing_changed_guard(admin, s, d, other)
    with connect_as("admin1") as conn:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="cannot be undone exactly"):
            conn.execute("SELECT registry.unmerge(%s, %s)", (merge_id, UNMERGE_REASON))
    unchanged()


# ---------------------------------------------------------------------------------------------------------------
# Demographic edits need a reason; the history shows who changed what and why
# ---------------------------------------------------------------------------------------------------------------
def test_a_demographic_update_needs_a_reason(connect_as, admin):
    pid, _ = register(connect_as, f"Reason-{tag()}")
    update = "UPDATE registry.patient SET phone = '+44 7000 222333' WHERE id = %s"
    with connect_as("reception1") as conn:
        for reason in (None, "", "   ", " a b ", "ab"):
            if reason is not None:
                conn.execute("SELECT set_config('hms.reason', %s, true)", (reason,))
            with pytest.raises(psycopg.errors.CheckViolation, match="a reason is required"):
                conn.execute(update, (pid,))
            conn.rollback()
        conn.execute("UPDATE registry.patient SET phone = phone WHERE id = %s", (pid,))  # no change, no reason
        conn.commit()
        assert conn.execute("SELECT phone FROM registry.patient WHERE id = %s", (pid,)).fetchone()[0] is None
        conn.execute("SET LOCAL hms.reason = 'new mobile number'")
        assert conn.execute(update, (pid,)).rowcount == 1
        conn.commit()
        assert conn.execute("SELECT phone FROM registry.patient WHERE id = %s", (pid,)).fetchone()[0] == \
            "+44 7000 222333"
    # Superuser maintenance is exempt (documented in sql/registry/); it is still audited, without reason.
    admin.execute("UPDATE registry.patient SET postal_code = 'AB1 2CD' WHERE id = %s", (pid,))
    superuser = admin.execute("SELECT session_user").fetchone()[0]
    assert admin.execute("SELECT actor, reason, new_row ->> 'postal_code' FROM audit.event WHERE table_name = "
                         "'patient' AND row_id = %s ORDER BY id DESC LIMIT 1", (str(pid),)).fetchone() == (
        superuser, None, "AB1 2CD")


def test_patient_history_shows_who_changed_what_and_why(connect_as, admin):
    t = tag()
    pid, mrn = register(connect_as, f"History-{t}", given="Hilda")
    with connect_as("reception2", application_name="RECEP-PC-02") as conn:
        conn.execute("SET LOCAL hms.reason = 'patient moved house'")
        conn.execute("UPDATE registry.patient SET address = '1 New Street', postal_code = 'zz9 9zz', "
                     "given_name = 'Hilda' WHERE id = %s", (pid,))
    survivor, _ = register(connect_as, f"History-{t}", given="Hildegard")
    merge(connect_as, survivor, pid)
    names = dict(admin.execute("SELECT username, full_name FROM core.staff "
                               "WHERE username IN ('reception1', 'reception2', 'admin1')").fetchall())

    with connect_as("reception1") as conn:
        history = conn.execute("SELECT actor, actor_name, action, reason, changes "
                               "FROM registry.patient_history(%s)", (pid,)).fetchall()
    assert [h[:4] for h in history] == [
        ("reception1", names["reception1"], "INSERT", None),
        ("reception2", names["reception2"], "UPDATE", "patient moved house"),
        ("admin1", names["admin1"], "UPDATE", MERGE_REASON),
    ]
    inserted = history[0][4]
    assert inserted["mrn"] == [None, mrn] and inserted["family_name"] == [None, f"History-{t}"]
    assert "phone" not in inserted  # still NULL: not a change
    assert history[1][4] == {"address": [None, "1 New Street"], "postal_code": [None, "ZZ9 9ZZ"]}
    assert history[2][4] == {"merged_into_id": [None, survivor]}

    with connect_as("doctor1") as conn:  # the survivor's history shows what was merged into it
        rows = conn.execute("SELECT actor, action, reason, changes FROM registry.patient_history(%s)",
                            (survivor,)).fetchall()
    assert [r[1] for r in rows] == ["INSERT", "MERGE"]
    assert rows[1] == ("admin1", "MERGE", MERGE_REASON, {"merged_from": [None, pid]})

    for login in ("admin1", "nurse1"):
        with connect_as(login) as conn:
            assert len(conn.execute("SELECT * FROM registry.patient_history(%s)", (pid,)).fetchall()) == 3
    for login in ("billing1", "pharmacist1", "lab1", "auditor1"):
        with connect_as(login) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT * FROM registry.patient_history(%s)", (pid,))
    with connect_as("reception1") as conn:
        with pytest.raises(psycopg.errors.NoDataFound):
            conn.execute("SELECT * FROM registry.patient_history(%s)", (pid + 100000,))


# ---------------------------------------------------------------------------------------------------------------
# Tables of later migrations are covered without touching the merge code
# ---------------------------------------------------------------------------------------------------------------
NEW_TABLES = """
    CREATE TABLE registry.zz_referral (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        patient_id bigint NOT NULL REFERENCES registry.patient (id),
        target text NOT NULL,
        UNIQUE (id, patient_id));
    -- a child carrying the patient through a composite key, named to sort before its parent
    CREATE TABLE clinical.aa_referral_reply (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        referral_id bigint NOT NULL,
        patient_id bigint NOT NULL REFERENCES registry.patient (id),
        body text NOT NULL,
        FOREIGN KEY (referral_id, patient_id) REFERENCES registry.zz_referral (id, patient_id) ON UPDATE CASCADE);
    -- the patient column is part of the primary key
    CREATE TABLE registry.zz_alias (
        patient_id bigint REFERENCES registry.patient (id),
        alias text,
        PRIMARY KEY (patient_id, alias));
    ALTER TABLE registry.zz_referral OWNER TO hms_owner;
    ALTER TABLE clinical.aa_referral_reply OWNER TO hms_owner;
    ALTER TABLE registry.zz_alias OWNER TO hms_owner;
"""


@pytest.fixture(scope="module")
def newdb(make_database) -> str:
    from server_db.demo.generate import ensure_departments_and_staff

    name = "merge_new_tables"
    url = make_database(name)
    with psycopg.connect(url) as conn:
        ensure_departments_and_staff(conn)
        conn.execute(NEW_TABLES)
    return name


def test_a_new_table_referencing_patients_is_merged_automatically(connect_as, cluster, newdb):
    url = cluster.state.url(newdb)
    s, _ = register(connect_as, "Newtable", given="Sam", database=newdb)
    d, _ = register(connect_as, "Newtable", given="Samuel", database=newdb)
    with psycopg.connect(url, autocommit=True) as su:
        for pid, target in ((s, "physio"), (d, "cardiology"), (d, "dermatology")):
            ref = su.execute("INSERT INTO registry.zz_referral (patient_id, target) VALUES (%s, %s) RETURNING id",
                             (pid, target)).fetchone()[0]
            su.execute("INSERT INTO clinical.aa_referral_reply (referral_id, patient_id, body) VALUES (%s, %s, 'ok')",
                       (ref, pid))
        su.execute("INSERT INTO registry.zz_alias VALUES (%s, 'Sammy'), (%s, 'Sam the elder'), (%s, 'Sammy B')",
                   (s, d, d))
        before_s, before_d = snapshot(su, s), snapshot(su, d)
        assert len(before_d["registry.zz_referral.patient_id"]) == 2
        assert len(before_d["clinical.aa_referral_reply.patient_id"]) == 2
        assert len(before_d["registry.zz_alias.patient_id"]) == 2

        with connect_as("admin1", database=newdb) as conn:
            merge_id = conn.execute("SELECT registry.merge_patients(%s, %s, %s)", (s, d, MERGE_REASON)).fetchone()[0]
        assert snapshot(su, s) == union(before_s, moved(before_d, s))
        assert all(not rows for rows in snapshot(su, d).values())
        recorded = su.execute("SELECT schema_name || '.' || table_name, pk FROM registry.merge_moved_row "
                              "WHERE merge_id = %s ORDER BY 1, 2::text", (merge_id,)).fetchall()
        assert ("registry.zz_alias", {"patient_id": d, "alias": "Sammy B"}) in recorded
        assert sum(1 for r in recorded if r[0] == "clinical.aa_referral_reply") == 2

        with connect_as("admin1", database=newdb) as conn:
            conn.execute("SELECT registry.unmerge(%s, %s)", (merge_id, UNMERGE_REASON))
        assert snapshot(su, s) == before_s
        assert snapshot(su, d) == before_d


@pytest.mark.parametrize("ddl, message", [
    ("CREATE TABLE registry.zz_by_mrn (id bigint PRIMARY KEY, mrn text REFERENCES registry.patient (mrn))",
     "does not reference registry.patient \\(id\\)"),
    ("CREATE TABLE registry.zz_no_pk (patient_id bigint REFERENCES registry.patient (id))", "no primary key"),
    ("CREATE TABLE registry.zz_child (id bigint PRIMARY KEY, referral_id bigint, patient_id bigint "
     "REFERENCES registry.patient (id), FOREIGN KEY (referral_id, patient_id) "
     "REFERENCES registry.zz_referral (id, patient_id))", "not ON UPDATE CASCADE"),
])
def test_a_table_the_merge_cannot_move_exactly_stops_it(connect_as, cluster, newdb, ddl, message):
    url = cluster.state.url(newdb)
    s, _ = register(connect_as, "Stopper", given="Sam", database=newdb)
    d, _ = register(connect_as, "Stopper", given="Samuel", database=newdb)
    table = ddl.split()[2]
    with psycopg.connect(url, autocommit=True) as su:
        su.execute(ddl)
        try:
            before = (patient_row(su, d), su.execute("SELECT count(*) FROM registry.patient_merge").fetchone())
            with connect_as("admin1", database=newdb) as conn:
                with pytest.raises(psycopg.errors.FeatureNotSupported, match=message):
                    conn.execute("SELECT registry.merge_patients(%s, %s, %s)", (s, d, MERGE_REASON))
            assert (patient_row(su, d), su.execute("SELECT count(*) FROM registry.patient_merge").fetchone()) == before
        finally:
            su.execute(f"DROP TABLE {table}")

