"""The duplicate worklist (issue 16): the registry-wide scan queues likely pairs, an administrator decides each.

Written from the attacker's side: every step as a real staff login over TCP; the superuser (`admin`) only reads
the truth back. The scans run on the shared test database, so each test looks only at the patients it registered
(unique family names)."""
from __future__ import annotations

import subprocess
import sys

import psycopg
import pytest
from builders import open_encounter, planted_duplicates

pytestmark = pytest.mark.db

REASON = "checked both records with the patient at the desk"
NOT_STAFF = ("reception1", "doctor1", "nurse1", "pharmacist1", "lab1", "billing1", "auditor1")


def pairs_of(admin: psycopg.Connection, ids: list[int]) -> dict[tuple[int, int], dict]:
    rows = admin.execute("SELECT patient_a, patient_b, score, reasons, decision, scan_id, merge_id, decision_note "
                         "FROM registry.duplicate_pair WHERE patient_a = ANY (%s) OR patient_b = ANY (%s)",
                         (ids, ids)).fetchall()
    keys = ("score", "reasons", "decision", "scan_id", "merge_id", "note")
    return {(r[0], r[1]): dict(zip(keys, r[2:], strict=True)) for r in rows}


def scan(connect_as) -> int:  # noqa: ANN001
    with connect_as("admin1") as conn:
        scan_id = conn.execute("SELECT registry.scan_all_duplicates()").fetchone()[0]
        conn.commit()
    return scan_id


def pair_id(admin: psycopg.Connection, a: int, b: int) -> int:
    return admin.execute("SELECT id FROM registry.duplicate_pair WHERE patient_a = %s AND patient_b = %s",
                         (min(a, b), max(a, b))).fetchone()[0]


def test_scan_queues_the_planted_pairs_and_a_distinct_pair_never_returns(connect_as, admin):
    p = planted_duplicates(connect_as)
    first = scan(connect_as)
    found = pairs_of(admin, list(p.values()))
    typo, nick = (min(p["margaret"], p["margret"]), max(p["margaret"], p["margret"])), \
        (min(p["william"], p["bill"]), max(p["william"], p["bill"]))
    assert set(found) == {typo, nick}, found  # once per pair, lower id first, Zed resembles nobody
    assert found[typo]["score"] >= 0.9 and found[typo]["decision"] == "waiting" and found[typo]["scan_id"] == first
    assert any("nickname" in r for r in found[nick]["reasons"]), found[nick]
    scan_row = admin.execute("SELECT started_by = (SELECT id FROM core.staff WHERE username = 'admin1'), "
                             "finished_at IS NOT NULL, patients, pairs_found FROM registry.duplicate_scan WHERE id = %s",
                             (first,)).fetchone()
    assert scan_row[0] and scan_row[1] and scan_row[2] >= 5 and scan_row[3] >= 2

    # Not the same person: remembered, and the registration check can ask.
    with connect_as("admin1") as conn:
        assert conn.execute("SELECT registry.decide_duplicate_pair(%s, 'distinct', %s)",
                            (pair_id(admin, *nick), REASON)).fetchone()[0] is None
        conn.commit()
    with connect_as("reception1") as conn:
        assert conn.execute("SELECT registry.decided_distinct(%s, %s), registry.decided_distinct(%s, %s), "
                            "registry.decided_distinct(%s, %s)",
                            (p["bill"], p["william"], p["william"], p["bill"], *typo)).fetchone() == (True, True, False)

    # Merge the other: through registry.merge_patients, the merge recorded on the pair.
    with connect_as("admin1") as conn:
        merge_id = conn.execute("SELECT registry.decide_duplicate_pair(%s, 'merged', %s, %s)",
                                (pair_id(admin, *typo), REASON, p["margaret"])).fetchone()[0]
        conn.commit()
    assert admin.execute("SELECT survivor_id, duplicate_id FROM registry.patient_merge WHERE id = %s",
                         (merge_id,)).fetchone() == (p["margaret"], p["margret"])
    assert admin.execute("SELECT merged_into_id FROM registry.patient WHERE id = %s",
                         (p["margret"],)).fetchone()[0] == p["margaret"]

    # A later scan brings back neither pair, and queues nothing new for these patients.
    second = scan(connect_as)
    again = pairs_of(admin, list(p.values()))
    assert set(again) == {typo, nick}
    assert again[nick]["decision"] == "distinct" and again[nick]["note"] == REASON
    assert again[typo]["decision"] == "merged" and again[typo]["merge_id"] == merge_id
    assert all(v["scan_id"] == first for v in again.values()) and second != first
    # Every decision is audited with its reason and the reviewer.
    events = admin.execute("SELECT actor, reason FROM audit.event WHERE schema_name = 'registry' "
                           "AND table_name = 'duplicate_pair' AND action = 'UPDATE' AND row_id IN (%s, %s)",
                           (str(pair_id(admin, *typo)), str(pair_id(admin, *nick)))).fetchall()
    assert sorted(events) == [("admin1", REASON), ("admin1", REASON)]


@pytest.mark.parametrize("login", NOT_STAFF)
def test_only_administrators_read_the_queue_or_decide(connect_as, admin, login):
    p = planted_duplicates(connect_as)
    scan(connect_as)
    target = pair_id(admin, p["margaret"], p["margret"])
    attempts = [
        ("SELECT count(*) FROM registry.duplicate_pair", ()),
        ("SELECT count(*) FROM registry.duplicate_scan", ()),
        ("SELECT registry.decide_duplicate_pair(%s, 'distinct', %s)", (target, REASON)),
        ("SELECT registry.decide_duplicate_pair(%s, 'merged', %s, %s)", (target, REASON, p["margaret"])),
        ("SELECT registry.scan_all_duplicates()", ()),
        ("SELECT registry.start_duplicate_scan()", ()),
        ("SELECT * FROM registry.duplicate_footprint(%s)", (target,)),
        ("UPDATE registry.duplicate_pair SET decision = 'distinct' WHERE id = %s", (target,)),
        ("INSERT INTO registry.duplicate_pair (patient_a, patient_b, score, scan_id) VALUES (%s, %s, 1, 1)",
         (p["zed"], p["zed"] + 1)),
    ]
    with connect_as(login, autocommit=True) as conn:
        for sql, params in attempts:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql, params)
    assert pairs_of(admin, [p["margaret"]])[(min(p["margaret"], p["margret"]),
                                              max(p["margaret"], p["margret"]))]["decision"] == "waiting"


def test_administrators_write_decisions_only_through_the_function(connect_as, admin):
    p = planted_duplicates(connect_as)
    scan(connect_as)
    target = pair_id(admin, p["william"], p["bill"])
    with connect_as("admin1", autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM registry.duplicate_pair WHERE id = %s", (target,)).fetchone()[0] == 1
        for sql, params in [
            ("UPDATE registry.duplicate_pair SET decision = 'distinct', decision_note = %s WHERE id = %s",
             (REASON, target)),
            ("INSERT INTO registry.duplicate_pair (patient_a, patient_b, score, scan_id) VALUES (%s, %s, 1, 1)",
             (p["zed"], p["zed"] + 1)),
            ("DELETE FROM registry.duplicate_pair WHERE id = %s", (target,)),
            ("UPDATE registry.duplicate_scan SET pairs_found = 0", ()),
            ("SELECT registry.scan_duplicates(1, 1, 10)", ()),  # a finished scan takes no more pairs
        ]:
            with pytest.raises((psycopg.errors.InsufficientPrivilege, psycopg.errors.CheckViolation)):
                conn.execute(sql, params)
        # The function's own rules: a reason of 10, merged or distinct, a survivor from the pair, decided once.
        for args, error, message in [
            ((target, "distinct", "too short"), psycopg.errors.CheckViolation, "at least 10"),
            ((target, "maybe", REASON), psycopg.errors.CheckViolation, "merged or distinct"),
            ((target, "merged", REASON), psycopg.errors.CheckViolation, "which of patients"),
            ((target, "merged", REASON, p["zed"]), psycopg.errors.CheckViolation, "which of patients"),
            ((-1, "distinct", REASON), psycopg.errors.NoDataFound, "no duplicate pair"),
        ]:
            sql = "SELECT registry.decide_duplicate_pair(%s, %s, %s" + (", %s)" if len(args) == 4 else ")")
            with pytest.raises(error, match=message):
                conn.execute(sql, args)
        conn.execute("SELECT registry.decide_duplicate_pair(%s, 'distinct', %s)", (target, REASON))
        with pytest.raises(psycopg.errors.CheckViolation, match="already decided"):
            conn.execute("SELECT registry.decide_duplicate_pair(%s, 'merged', %s, %s)", (target, REASON, p["bill"]))
    assert admin.execute("SELECT merged_into_id FROM registry.patient WHERE id = ANY (%s)",
                         ([p["william"], p["bill"]],)).fetchall() == [(None,), (None,)]


def test_an_admin_role_member_who_is_not_active_staff_cannot_scan_or_decide(connect_as, admin):
    p = planted_duplicates(connect_as)
    scan(connect_as)
    target = pair_id(admin, p["margaret"], p["margret"])
    admin.execute("DROP ROLE IF EXISTS ghost_reviewer")
    admin.execute("CREATE ROLE ghost_reviewer LOGIN PASSWORD 'ghost-password' IN ROLE hms_admin")
    with connect_as("ghost_reviewer", "ghost-password", autocommit=True) as conn:
        assert conn.execute("SELECT count(*) FROM registry.duplicate_pair").fetchone()[0] == 0  # the policy
        for sql in ("SELECT registry.scan_all_duplicates()",
                    f"SELECT registry.decide_duplicate_pair({target}, 'distinct', '{REASON}')",
                    f"SELECT * FROM registry.duplicate_footprint({target})"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="only administrators"):
                conn.execute(sql)


def test_the_footprint_is_counts_only_for_a_queued_pair(connect_as, admin):
    p = planted_duplicates(connect_as)
    open_encounter(connect_as, p["margret"])
    open_encounter(connect_as, p["margret"])
    scan(connect_as)
    target = pair_id(admin, p["margaret"], p["margret"])
    with connect_as("admin1", autocommit=True) as conn:
        rows = conn.execute("SELECT * FROM registry.duplicate_footprint(%s)", (target,)).fetchall()
        assert [r[0] for r in rows] == sorted([p["margaret"], p["margret"]])
        counts = {r[0]: r[1:] for r in rows}
        assert counts[p["margret"]][0] == 2 and counts[p["margaret"]] == (0, 0, 0, 0, 0, 0)
        assert conn.execute("SELECT * FROM registry.duplicate_footprint(-1)").fetchall() == []
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # the administrator still reads no encounters
            conn.execute("SELECT count(*) FROM clinical.encounter")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "server_db.admin", *args], capture_output=True, text=True,
                          timeout=300)


def test_hms_admin_find_duplicates_runs_as_an_administrator(cluster, admin_url, connect_as, admin):
    p = planted_duplicates(connect_as)
    assert cluster.state is not None
    done = cli("find-duplicates", "--url", cluster.state.url("hospital", user="admin1", password="demo"),
               "--workers", "2", "--quiet")
    assert done.returncode == 0, done.stderr
    assert "patients in" in done.stdout and "waiting for review" in done.stdout
    assert (min(p["william"], p["bill"]), max(p["william"], p["bill"])) in pairs_of(admin, [p["william"]])
    refused = cli("find-duplicates", "--url", admin_url, "--quiet")
    assert refused.returncode == 2 and "administrator's staff login" in refused.stderr
    refused = cli("find-duplicates", "--url", cluster.state.url("hospital", user="reception1", password="demo"))
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1


def test_a_pair_decided_distinct_is_never_proposed_again_for_that_patient(admin, connect_as):
    """The registration-time check of an existing patient (an edit, an identification) passes its id: the patient
    itself and anyone a reviewer called another person are left out, everyone else still comes."""
    from psycopg.types.json import Jsonb

    from tests.builders import register

    first = register(admin, "Quarrington", "Alma", "1961-02-03")
    second = register(admin, "Quarrington", "Alma", "1961-02-03")
    admin.execute("WITH scan AS (INSERT INTO registry.duplicate_scan (started_by, min_score) "
                  "  SELECT id, 0.5 FROM core.staff WHERE username = 'admin1' RETURNING id, started_by) "
                  "INSERT INTO registry.duplicate_pair (patient_a, patient_b, score, reasons, scan_id, decision, "
                  "decided_by, decided_at, decision_note) SELECT %s, %s, 0.99, '{}', scan.id, 'distinct', "
                  "scan.started_by, now(), 'two women, checked their passports' FROM scan",
                  (min(first.id, second.id), max(first.id, second.id)))
    clerk = connect_as("reception1", autocommit=True)
    candidate = {"given_name": "Alma", "family_name": "Quarrington", "birth_date": "1961-02-03"}
    found = {r[0] for r in clerk.execute("SELECT patient_id FROM registry.find_duplicate_candidates(%s)",
                                         (Jsonb(candidate),))}
    assert {first.id, second.id} <= found
    found = {r[0] for r in clerk.execute("SELECT patient_id FROM registry.find_duplicate_candidates(%s)",
                                         (Jsonb({**candidate, "patient_id": first.id}),))}
    assert first.id not in found and second.id not in found
