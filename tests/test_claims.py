"""Insurance claims: FHIR R4 Claim export, the adapter against a local fake insurance API (accept, partial,
reject, timeouts with retry and no duplicate submission), ClaimResponse recording and the payer's payment."""
from __future__ import annotations

import json
from decimal import Decimal

import psycopg
import pytest
from fake_insurer import FakeInsurer
from fhir.resources.R4B.claim import Claim
from finance_helpers import account, cover, payer_plan, stay_charges
from builders import register

from hospital_desktop.billing import queries
from hospital_desktop.billing.claims import AdapterSettings, submit_claim
from server_db.insurance_gateway.fhir import CLAIM_ID_SYSTEM

pytestmark = pytest.mark.db
D = Decimal
FAST = AdapterSettings(timeout_seconds=0.6, max_attempts=3, backoff_seconds=0.01)


@pytest.fixture()
def insurer():
    server = FakeInsurer().start()
    yield server
    server.stop()


def covered_invoice(connect_as, admin, url: str, nights: int = 2) -> tuple[int, int, int]:
    """(patient, invoice, claim): a stay at 200 a night, 90 % covered after a 20.00 co-pay per night."""
    patient = register(connect_as).id
    _, charges = stay_charges(admin, patient, nights=nights, price="200.00")
    _, plan = payer_plan(admin, percent="90", copay="20.00", url=url)
    coverage = cover(connect_as, patient, plan)
    with connect_as("billing1") as conn:
        invoice = conn.execute("SELECT billing.issue_invoice(%s, %s, %s)", (patient, charges, coverage)).fetchone()[0]
        claim = conn.execute("SELECT billing.create_claim(%s)", (invoice,)).fetchone()[0]
    return patient, invoice, claim


def claim_row(conn: psycopg.Connection, claim: int) -> dict:
    cur = conn.execute("SELECT * FROM billing.claim WHERE id = %s", (claim,))
    return dict(zip([d.name for d in cur.description], cur.fetchone(), strict=True))


def test_the_exported_claim_is_valid_fhir_r4(connect_as, admin, login_db, insurer):
    _, invoice, claim = covered_invoice(connect_as, admin, insurer.url, nights=3)
    db = login_db("billing1")
    with db.session() as session:
        submission = queries.claim_submission(session, claim)
    doc = submission.document
    Claim.model_validate(doc)  # raises when invalid
    assert doc["resourceType"] == "Claim" and doc["use"] == "claim" and doc["status"] == "active"
    assert {"system": CLAIM_ID_SYSTEM, "value": submission.idempotency_key} in doc["identifier"]
    assert len(doc["item"]) == 3 and doc["total"] == {"value": 486.0, "currency": "GBP"}  # 3 × (200 - 20) × 90 %
    assert [i["net"]["value"] for i in doc["item"]] == [162.0, 162.0, 162.0]
    contained = {r["resourceType"]: r for r in doc["contained"]}
    assert set(contained) == {"Patient", "Organization", "Coverage"}
    assert contained["Coverage"]["subscriberId"].startswith("M")
    # no clinical content travels: no diagnosis, no notes
    assert "diagnosis" not in doc and "cough" not in json.dumps(doc).lower()


def test_accepted_claim_then_payer_payment_settles_the_payer_share(connect_as, admin, login_db, insurer):
    _, invoice, claim = covered_invoice(connect_as, admin, insurer.url)
    db = login_db("billing1")
    result = submit_claim(db, claim, settings=FAST)
    assert (result.outcome, result.approved, result.attempts) == ("approved", D("324.00"), 1)
    with connect_as("billing1") as conn:
        row = claim_row(conn, claim)
        assert (row["status"], row["approved_amount"], row["attempts"]) == ("approved", D("324.00"), 1)
        assert row["fhir_response"]["resourceType"] == "ClaimResponse" and row["payer_reference"].startswith("NHI-")
        before = account(conn, invoice)
        assert (before["payer_due"], before["patient_due"]) == (D("324.00"), D("76.00"))
        with pytest.raises(psycopg.errors.CheckViolation, match="too much"):
            conn.execute("SELECT billing.post_payer_payment(%s, 324.01, 'REM-1')", (claim,))
        conn.rollback()
        conn.execute("SELECT billing.post_payer_payment(%s, 300, 'REM-1')", (claim,))
        conn.execute("SELECT billing.post_payer_payment(%s, 24, 'REM-2')", (claim,))
        after = account(conn, invoice)
        assert (after["payer_balance"], after["patient_balance"]) == (D("0.00"), D("76.00"))
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="not sent again"):
            conn.execute("SELECT billing.claim_attempt(%s, '{\"resourceType\": \"Claim\"}')", (claim,))
    assert len(insurer.registered) == 1


def test_partial_approval_moves_the_denied_part_to_the_patient(connect_as, admin, login_db, insurer):
    insurer.mode = "partial"
    _, invoice, claim = covered_invoice(connect_as, admin, insurer.url)
    result = submit_claim(login_db("billing1"), claim, settings=FAST)
    assert (result.outcome, result.approved) == ("partial", D("243.00"))  # 162 + 81
    with connect_as("billing1") as conn:
        items = conn.execute("SELECT sequence, claimed_amount, approved_amount, reason FROM billing.claim_item "
                             "WHERE claim_id = %s ORDER BY sequence", (claim,)).fetchall()
        assert items == [(1, D("162.00"), D("162.00"), None),
                         (2, D("162.00"), D("81.00"), "Tariff limit: half of the bed-day rate")]
        state = account(conn, invoice)
        assert (state["payer_denied"], state["payer_due"], state["patient_due"]) == (D("81.00"), D("243.00"),
                                                                                      D("157.00"))
        assert "partially settled" in claim_row(conn, claim)["outcome_reason"]


def test_rejected_claim_leaves_everything_to_the_patient(connect_as, admin, login_db, insurer):
    insurer.mode = "reject"
    _, invoice, claim = covered_invoice(connect_as, admin, insurer.url)
    result = submit_claim(login_db("billing1"), claim, settings=FAST)
    assert (result.outcome, result.approved) == ("rejected", D("0.00"))
    with connect_as("billing1") as conn:
        state = account(conn, invoice)
        assert (state["payer_due"], state["patient_due"]) == (D("0.00"), D("400.00"))
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="approved claims only"):
            conn.execute("SELECT billing.post_payer_payment(%s, 1)", (claim,))


def test_timeout_is_retried_with_the_same_key_and_never_registers_twice(connect_as, admin, login_db, insurer):
    # The payer registers the claim, then answers too late: the client times out and sends again.
    insurer.delays = [1.5]
    _, invoice, claim = covered_invoice(connect_as, admin, insurer.url)
    result = submit_claim(login_db("billing1"), claim, settings=FAST)
    assert (result.outcome, result.attempts) == ("approved", 2)
    assert len(insurer.requests) == 2 and len(set(insurer.requests)) == 1  # two requests, one key
    assert len(insurer.registered) == 1                                     # one claim at the payer
    with connect_as("billing1") as conn:
        row = claim_row(conn, claim)
        assert row["attempts"] == 2 and row["status"] == "approved"
        assert insurer.requests[0] == str(row["idempotency_key"])


def test_unreachable_payer_leaves_the_claim_submitted_and_a_later_retry_is_safe(connect_as, admin, login_db, insurer):
    insurer.fail_next = 3  # every attempt of the first round gets 503
    _, invoice, claim = covered_invoice(connect_as, admin, insurer.url)
    db = login_db("billing1")
    first = submit_claim(db, claim, settings=FAST)
    assert first.outcome == "error" and "503" in first.message and first.attempts == 3
    with connect_as("billing1") as conn:
        row = claim_row(conn, claim)
        assert row["status"] == "submitted" and "503" in row["last_error"] and row["attempts"] == 3
        stored = row["fhir_claim"]
        # The invoice cannot be voided while the payer may still answer.
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="waiting for the payer"):
            conn.execute("SELECT billing.void_invoice(%s, 'Billed the wrong stay')", (invoice,))
        conn.rollback()
        # A retry must send the same document: a changed one is refused.
        changed = dict(stored, created="2020-01-01T00:00:00+00:00")
        with pytest.raises(psycopg.errors.CheckViolation, match="different document"):
            conn.execute("SELECT billing.claim_attempt(%s, %s)", (claim, json.dumps(changed)))
        conn.rollback()
    # Payer back: the delayed first answer and a second click both reuse the key.
    insurer.delays = [1.5]
    second = submit_claim(db, claim, settings=FAST)
    assert second.outcome == "approved"
    assert len(insurer.registered) == 1 and len(set(insurer.requests)) == 1 and len(insurer.requests) == 5
    assert insurer.claims[insurer.requests[0]] == stored


def test_queued_answer_keeps_the_claim_submitted(connect_as, admin, login_db, insurer):
    insurer.mode = "queued"
    _, invoice, claim = covered_invoice(connect_as, admin, insurer.url)
    result = submit_claim(login_db("billing1"), claim, settings=FAST)
    assert result.outcome == "pending"
    with connect_as("billing1") as conn:
        row = claim_row(conn, claim)
        assert row["status"] == "submitted" and "queued" in row["last_error"]


def test_claim_rules_in_the_database(connect_as, admin):
    patient = register(connect_as).id
    _, charges = stay_charges(admin, patient, nights=1, price="100.00")
    with connect_as("billing1") as conn:
        uncovered = conn.execute("SELECT billing.issue_invoice(%s, %s)", (patient, charges)).fetchone()[0]
        conn.commit()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="no payer share"):
            conn.execute("SELECT billing.create_claim(%s)", (uncovered,))
        conn.rollback()
    _, invoice, claim = covered_invoice(connect_as, admin, "http://127.0.0.1:9/fhir")
    with connect_as("billing1") as conn:
        with pytest.raises(psycopg.errors.UniqueViolation, match="already has a claim"):
            conn.execute("SELECT billing.create_claim(%s)", (invoice,))
        conn.rollback()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="only a submitted claim"):
            conn.execute("SELECT billing.record_claim_response(%s, 'approved', 1, 'x', NULL, "
                         "'{\"resourceType\": \"ClaimResponse\"}')", (claim,))
        conn.rollback()
        conn.execute("SELECT billing.claim_attempt(%s, '{\"resourceType\": \"Claim\", \"id\": \"x\"}')", (claim,))
        for outcome, approved in (("approved", "1"), ("rejected", "5"), ("partial", "0"), ("maybe", "0")):
            with pytest.raises((psycopg.errors.CheckViolation, psycopg.errors.InvalidParameterValue)):
                conn.execute("SELECT billing.record_claim_response(%s, %s, %s, 'x', NULL, "
                             "'{\"resourceType\": \"ClaimResponse\"}')", (claim, outcome, approved))
            conn.rollback()
            conn.execute("SELECT billing.claim_attempt(%s, '{\"resourceType\": \"Claim\", \"id\": \"x\"}')", (claim,))
        # A draft claim is cancelled by voiding the invoice; a second claim can then not be made (void).
    with connect_as("doctor1") as conn:
        for statement in ("SELECT billing.claim_attempt(%s, '{}')", "SELECT billing.post_payer_payment(%s, 1)",
                          "SELECT * FROM billing.claim WHERE id = %s"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, (claim,))
            conn.rollback()


def test_the_demo_insurer_answers_by_claim_and_is_wired_to_the_demo_payers(connect_as, admin, login_db, make_database):
    from server_db.demo.insurer import start_demo_insurer

    server = FakeInsurer(mode="mixed").start()
    try:
        outcomes = set()
        db = login_db("billing1")
        for _ in range(6):
            _, _invoice, claim = covered_invoice(connect_as, admin, server.url, nights=1)
            outcomes.add(submit_claim(db, claim, settings=FAST).outcome)
        assert outcomes <= {"approved", "partial", "rejected"} and len(server.registered) == 6
    finally:
        server.stop()
    url = make_database("demo_insurer")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("INSERT INTO billing.payer (code, name, identifier, api_url) VALUES "
                     "('NHI', 'National Health Insurance', 'nhi', 'https://claims.nhi.example.org/fhir')")
    demo = start_demo_insurer(url)
    try:
        with psycopg.connect(url) as conn:
            assert conn.execute("SELECT api_url FROM billing.payer WHERE code = 'NHI'").fetchone()[0] == demo.url
    finally:
        demo.stop()


def test_a_void_racing_the_first_send_of_its_claim_waits_and_then_refuses(connect_as, admin):
    import threading
    import time

    _, invoice, claim = covered_invoice(connect_as, admin, "http://127.0.0.1:9/fhir")
    sender = connect_as("billing1")
    sender.execute("SELECT billing.claim_attempt(%s, '{\"resourceType\": \"Claim\", \"id\": \"race\"}')", (claim,))
    result: dict = {}

    def void() -> None:
        conn = connect_as("billing1")
        try:
            conn.execute("SELECT billing.void_invoice(%s, 'Voided while sending')", (invoice,))
            conn.commit()
            result["voided"] = True
        except psycopg.Error as exc:
            result["error"] = exc
            conn.rollback()

    thread = threading.Thread(target=void)
    thread.start()
    time.sleep(0.4)
    assert thread.is_alive()  # waits for the sender's transaction
    sender.commit()
    thread.join(10)
    assert isinstance(result.get("error"), psycopg.errors.ObjectNotInPrerequisiteState), result
    assert "waiting for the payer" in str(result["error"])
