"""Insurance claims in the database, from plain SQL as the real logins: a claim is made from an invoice's payer
share, sent by queuing it (insurance.submit_claim), decided per item by the payer's answer that only the gateway's
login records (insurance.gateway_record; tests/payer_side.py), and paid by the payer. The gateway's own exchange
with the payers (documents, retries, HTTP) is tested with the gateway."""
from __future__ import annotations

import threading
import time
from decimal import Decimal

import payer_side
import psycopg
import pytest
from builders import register
from finance_helpers import account, cover, payer_plan, stay_charges

pytestmark = pytest.mark.db
D = Decimal


@pytest.fixture()
def gateway(connect_as):
    with connect_as(payer_side.GATEWAY, autocommit=True) as conn:
        yield conn


def covered_invoice(connect_as, admin, nights: int = 2) -> dict:  # noqa: ANN001
    """A stay at 200 a night, 90 % covered after a 20.00 co-pay per night, invoiced, with a draft claim."""
    patient = register(connect_as).id
    _, charges = stay_charges(admin, patient, nights=nights, price="200.00")
    payer, plan = payer_plan(admin, percent="90", copay="20.00")
    coverage = cover(connect_as, patient, plan)
    with connect_as("billing1") as conn:
        invoice = conn.execute("SELECT billing.issue_invoice(%s, %s, %s)", (patient, charges, coverage)).fetchone()[0]
        claim = conn.execute("SELECT billing.create_claim(%s)", (invoice,)).fetchone()[0]
        key = conn.execute("SELECT idempotency_key FROM billing.claim WHERE id = %s", (claim,)).fetchone()[0]
    code = admin.execute("SELECT code FROM billing.payer WHERE id = %s", (payer,)).fetchone()[0]
    return {"patient": patient, "invoice": invoice, "claim": claim, "key": key, "payer": code}


def send(connect_as, gateway, c: dict) -> dict:  # noqa: ANN001
    """Billing queues the claim; the gateway takes it. Returns the taken request."""
    with connect_as("billing1") as conn:
        conn.execute("SELECT insurance.submit_claim(%s)", (c["claim"],))
    return payer_side.take(gateway, lambda r: r["kind"] == "claim" and r["request_id"] == c["key"])


def claim_row(conn: psycopg.Connection, claim: int) -> dict:
    cur = conn.execute("SELECT * FROM billing.claim WHERE id = %s", (claim,))
    return dict(zip([d.name for d in cur.description], cur.fetchone(), strict=True))


def test_accepted_claim_then_payer_payment_settles_the_payer_share(connect_as, admin, gateway):
    c = covered_invoice(connect_as, admin)
    row = send(connect_as, gateway, c)
    assert [line["claimed_amount"] for line in row["subject"]["lines"]] == [162.0, 162.0]
    assert payer_side.answer_claim(gateway, row, approved=324, payer_reference="NHI-9") == "claim approved"
    with connect_as("billing1") as conn:
        state = claim_row(conn, c["claim"])
        assert (state["status"], state["approved_amount"], state["payer_reference"]) == ("approved", D("324.00"),
                                                                                         "NHI-9")
        assert state["fhir_response"]["resourceType"] == "ClaimResponse"
        before = account(conn, c["invoice"])
        assert (before["payer_due"], before["patient_due"]) == (D("324.00"), D("76.00"))
        with pytest.raises(psycopg.errors.CheckViolation, match="too much"):
            conn.execute("SELECT billing.post_payer_payment(%s, 324.01, 'REM-1')", (c["claim"],))
        conn.rollback()
        conn.execute("SELECT billing.post_payer_payment(%s, 300, 'REM-1')", (c["claim"],))
        conn.execute("SELECT billing.post_payer_payment(%s, 24, 'REM-2')", (c["claim"],))
        after = account(conn, c["invoice"])
        assert (after["payer_balance"], after["patient_balance"]) == (D("0.00"), D("76.00"))
        conn.commit()
        # a decided claim is not sent again
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="not sent again"):
            conn.execute("SELECT insurance.submit_claim(%s)", (c["claim"],))


def test_partial_approval_per_item_moves_the_denied_part_to_the_patient(connect_as, admin, gateway):
    c = covered_invoice(connect_as, admin)
    row = send(connect_as, gateway, c)
    outcome = payer_side.answer_claim(gateway, row, [
        {"sequence": 1, "approved": 162, "reason": None},
        {"sequence": 2, "approved": 81, "reason": "Tariff limit: half of the bed-day rate"}],
        reason="Claim partially settled")
    assert outcome == "claim partial"
    with connect_as("billing1") as conn:
        items = conn.execute("SELECT sequence, claimed_amount, approved_amount, reason FROM billing.claim_item "
                             "WHERE claim_id = %s ORDER BY sequence", (c["claim"],)).fetchall()
        assert items == [(1, D("162.00"), D("162.00"), None),
                         (2, D("162.00"), D("81.00"), "Tariff limit: half of the bed-day rate")]
        state = account(conn, c["invoice"])
        assert (state["payer_denied"], state["payer_due"], state["patient_due"]) == (D("81.00"), D("243.00"),
                                                                                      D("157.00"))
        assert claim_row(conn, c["claim"])["status"] == "partial"


def test_rejected_claim_leaves_everything_to_the_patient(connect_as, admin, gateway):
    c = covered_invoice(connect_as, admin)
    row = send(connect_as, gateway, c)
    assert payer_side.answer_claim(gateway, row, [{"sequence": 1, "approved": 0, "reason": "Not covered"},
                                                  {"sequence": 2, "approved": 0, "reason": "Not covered"}]) == \
        "claim rejected"
    with connect_as("billing1") as conn:
        state = account(conn, c["invoice"])
        assert (state["payer_due"], state["patient_due"]) == (D("0.00"), D("400.00"))
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="approved claims only"):
            conn.execute("SELECT billing.post_payer_payment(%s, 1)", (c["claim"],))


def test_a_pended_claim_stays_submitted_and_the_invoice_cannot_be_voided(connect_as, admin, gateway):
    c = covered_invoice(connect_as, admin)
    row = send(connect_as, gateway, c)
    assert payer_side.answer_claim(gateway, row, outcome="queued", reason="Clinical review") == \
        "claim pended by the payer"
    with connect_as("billing1") as conn:
        state = claim_row(conn, c["claim"])
        assert state["status"] == "submitted" and "Clinical review" in state["outcome_reason"]
        assert conn.execute("SELECT status FROM insurance.request WHERE claim_id = %s AND kind = 'claim'",
                            (c["claim"],)).fetchone()[0] == "sent"
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="waiting for the payer"):
            conn.execute("SELECT billing.void_invoice(%s, 'Billed the wrong stay')", (c["invoice"],))


def test_claim_rules_in_the_database(connect_as, admin):
    patient = register(connect_as).id
    _, charges = stay_charges(admin, patient, nights=1, price="100.00")
    with connect_as("billing1") as conn:
        uncovered = conn.execute("SELECT billing.issue_invoice(%s, %s)", (patient, charges)).fetchone()[0]
        conn.commit()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="no payer share"):
            conn.execute("SELECT billing.create_claim(%s)", (uncovered,))
        conn.rollback()
    c = covered_invoice(connect_as, admin)
    with connect_as("billing1") as conn:
        with pytest.raises(psycopg.errors.UniqueViolation, match="already has a claim"):
            conn.execute("SELECT billing.create_claim(%s)", (c["invoice"],))
        conn.rollback()
        # Sending twice is one claim in the outbox, under the claim's own idempotency key.
        first = conn.execute("SELECT insurance.submit_claim(%s)", (c["claim"],)).fetchone()[0]
        assert conn.execute("SELECT insurance.submit_claim(%s)", (c["claim"],)).fetchone()[0] == first
        assert conn.execute("SELECT request_id FROM insurance.request WHERE id = %s", (first,)).fetchone()[0] == c["key"]
        # The status can be asked only of a claim the payer has.
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="has and has not decided"):
            conn.execute("SELECT insurance.request_claim_status(%s)", (c["claim"],))
        conn.rollback()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="only a failed request"):
            conn.execute("SELECT insurance.retry_request(%s)", (first,))
        conn.rollback()
        # The old workstation functions are gone: a claim's answer is written by the gateway only.
        for gone in ("billing.claim_attempt(%s, '{}')", "billing.record_claim_response(%s, 'approved', 1, 'x', "
                     "NULL, '{}')", "billing.claim_failed(%s, 'x')"):
            with pytest.raises(psycopg.errors.UndefinedFunction):
                conn.execute(f"SELECT {gone}", (c["claim"],))
            conn.rollback()
    with connect_as("doctor1") as conn:
        for statement in ("SELECT insurance.submit_claim(%s)", "SELECT billing.post_payer_payment(%s, 1)",
                          "SELECT * FROM billing.claim WHERE id = %s"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, (c["claim"],))
            conn.rollback()


def test_a_void_racing_the_sending_of_its_claim_waits_and_then_refuses(connect_as, admin):
    c = covered_invoice(connect_as, admin)
    sender = connect_as("billing1")
    sender.execute("SELECT insurance.submit_claim(%s)", (c["claim"],))  # not committed yet
    result: dict = {}

    def void() -> None:
        conn = connect_as("billing1")
        try:
            conn.execute("SELECT billing.void_invoice(%s, 'Voided while sending')", (c["invoice"],))
            conn.commit()
            result["voided"] = True
        except psycopg.Error as exc:
            result["error"] = exc
            conn.rollback()
        finally:
            conn.close()

    thread = threading.Thread(target=void)
    thread.start()
    time.sleep(0.4)
    assert thread.is_alive()  # waits for the sender's transaction
    sender.commit()
    sender.close()
    thread.join(10)
    assert isinstance(result.get("error"), psycopg.errors.ObjectNotInPrerequisiteState), result
    assert "waiting for the payer" in str(result["error"])
