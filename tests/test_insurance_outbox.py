"""The insurance outbox in the database, from plain SQL as each login: staff queue requests, only the gateway's
login records payer answers, an answer recorded twice changes nothing, remittances post once, and the warnings
billing sees before it claims (insurance/functions.sql)."""
from __future__ import annotations

import json
import uuid
from decimal import Decimal

import psycopg
import pytest
from builders import admit, register
from conftest import DEMO_LOGINS
from finance_helpers import cover, payer_plan, stay_charges, tag
from test_adt import make_beds

pytestmark = pytest.mark.db
GATEWAY = "insurancegateway"
STAFF_LOGINS = sorted(set(DEMO_LOGINS.values()) | {"labgateway", "reception2", "doctor2", "nurse2"})


def covered_claim(connect_as, admin, nights: int = 2) -> tuple[int, int, int, str]:
    """(patient, invoice, claim, payer code): a covered stay, invoiced, with a draft claim."""
    patient = register(connect_as).id
    _, charges = stay_charges(admin, patient, nights=nights, price="200.00")
    payer, plan = payer_plan(admin, percent="90", copay="20.00")
    code = admin.execute("SELECT code FROM billing.payer WHERE id = %s", (payer,)).fetchone()[0]
    coverage = cover(connect_as, patient, plan)
    with connect_as("billing1") as conn:
        invoice = conn.execute("SELECT billing.issue_invoice(%s, %s, %s)", (patient, charges, coverage)).fetchone()[0]
        claim = conn.execute("SELECT billing.create_claim(%s)", (invoice,)).fetchone()[0]
    return patient, invoice, claim, code


def take_all(gateway: psycopg.Connection) -> list[dict]:
    cur = gateway.execute("SELECT * FROM insurance.gateway_take(500, 60, NULL)")
    return [dict(zip([d.name for d in cur.description], row, strict=True)) for row in cur.fetchall()]


def record(gateway: psycopg.Connection, payer: str, message: str, request_id, document: dict, reading: dict) -> str:
    return gateway.execute("SELECT insurance.gateway_record(%s, %s, %s, %s, %s)",
                           (payer, message, request_id, json.dumps(document), json.dumps(reading))).fetchone()[0]


def claim_response(outcome: str = "complete") -> dict:
    return {"resourceType": "ClaimResponse", "status": "active", "use": "claim", "outcome": outcome}


@pytest.fixture()
def gateway(connect_as):
    with connect_as(GATEWAY, autocommit=True) as conn:
        yield conn


def test_no_staff_login_can_write_a_payer_answer_or_take_the_outbox(connect_as, admin):
    _, _, claim, payer = covered_claim(connect_as, admin)
    attempts = [
        ("SELECT * FROM insurance.gateway_take(10, 60, NULL)", ()),
        ("SELECT insurance.gateway_fix_document(1, '{\"resourceType\": \"Claim\"}')", ()),
        ("SELECT insurance.gateway_sent(1, 'x', 10)", ()),
        ("SELECT insurance.gateway_failed(1, 'x', false, 1)", ()),
        ("SELECT insurance.gateway_communication_sent(1)", ()),
        ("SELECT * FROM insurance.gateway_waiting(%s)", (payer,)),
        ("SELECT insurance.gateway_record(%s, 'forged', NULL, %s, %s)",
         (payer, json.dumps(claim_response()), json.dumps({"outcome": "approved", "approved": 1}))),
        ("SELECT billing.apply_claim_response(%s, 'approved', 360, 'forged', NULL, %s, '[]')",
         (claim, json.dumps(claim_response()))),
        ("SELECT insurance.apply_claim_answer(%s, '{\"outcome\": \"approved\", \"approved\": 360}', '{}')", (claim,)),
        ("SELECT insurance.apply_remittance(1, 1, 1, '{}')", ()),
        ("INSERT INTO insurance.message (payer_id, message_id, resource_type, document, outcome) "
         "VALUES (1, 'x', 'OperationOutcome', '{\"resourceType\": \"OperationOutcome\"}', 'x')", ()),
        ("UPDATE insurance.request SET status = 'answered', answered_at = now()", ()),
        ("UPDATE billing.claim SET status = 'approved', approved_amount = claimed_amount, answered_at = now() "
         "WHERE id = %s", (claim,)),
        ("INSERT INTO insurance.eligibility (request_id, message_id, patient_id, coverage_id, covered) "
         "VALUES (1, 1, 1, 1, true)", ()),
    ]
    for login in STAFF_LOGINS:
        for statement, params in attempts:
            with connect_as(login, autocommit=True) as conn:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement, params)
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT status FROM billing.claim WHERE id = %s", (claim,)).fetchone()[0] == "draft"
    # the gateway itself reads no table and cannot do billing's work
    with connect_as(GATEWAY, autocommit=True) as conn:
        for statement in ("SELECT * FROM insurance.request", "SELECT * FROM billing.claim",
                          "SELECT * FROM registry.patient", "SELECT * FROM clinical.note"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT insurance.submit_claim(%s)", (claim,))


def test_reception_checks_eligibility_and_sees_the_answer_the_gateway_records(connect_as, admin, gateway):
    patient = register(connect_as).id
    _, plan = payer_plan(admin)
    payer = admin.execute("SELECT py.code FROM billing.plan pl JOIN billing.payer py ON py.id = pl.payer_id "
                          "WHERE pl.id = %s", (plan,)).fetchone()[0]
    with connect_as("reception1") as conn:
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="no insurance coverage"):
            conn.execute("SELECT insurance.request_eligibility(%s)", (patient,))
    cover(connect_as, patient, plan)
    with connect_as("reception1") as conn:
        first = conn.execute("SELECT insurance.request_eligibility(%s)", (patient,)).fetchone()[0]
        again = conn.execute("SELECT insurance.request_eligibility(%s)", (patient,)).fetchone()[0]
        assert first == again  # a double click sends one request
        row = conn.execute("SELECT request_status, covered, stale FROM insurance.patient_eligibility(%s)",
                           (patient,)).fetchone()
        assert row == ("queued", None, True)
    with connect_as("reception1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT * FROM insurance.request")
    with connect_as("doctor1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT insurance.request_eligibility(%s)", (patient,))

    taken = [r for r in take_all(gateway) if r["id"] == first]
    assert len(taken) == 1 and taken[0]["kind"] == "eligibility" and taken[0]["document"] is None
    subject = taken[0]["subject"]
    assert subject["patient"]["id"] == patient and subject["payer"]["code"] == payer
    assert take_all(gateway) == [] or first not in [r["id"] for r in take_all(gateway)]  # leased
    gateway.execute("SELECT insurance.gateway_fix_document(%s, '{\"resourceType\": \"CoverageEligibilityRequest\"}')",
                    (first,))
    with pytest.raises(psycopg.errors.CheckViolation, match="same one"):
        gateway.execute("SELECT insurance.gateway_fix_document(%s, '{\"resourceType\": \"CoverageEligibilityRequest\", "
                        "\"id\": \"other\"}')", (first,))
    answer = {"resourceType": "CoverageEligibilityResponse", "outcome": "complete"}
    reading = {"covered": True, "plan_code": "STD", "benefit_start": "2026-01-01", "benefit_end": "2026-12-31",
               "benefits": [{"category": "visits", "unit": "visits", "allowed": 12, "used": 3, "remaining": 9}],
               "excluded_items": ["COSMETIC-1"], "disposition": "Policy active"}
    assert record(gateway, payer, f"m-{tag()}", subject["request_id"], answer, reading) == "covered"
    with connect_as("reception1") as conn:
        row = conn.execute("SELECT request_status, covered, benefits, excluded_items, stale "
                           "FROM insurance.patient_eligibility(%s)", (patient,)).fetchone()
    assert row == ("answered", True, reading["benefits"], ["COSMETIC-1"], False)


def test_a_claim_answer_recorded_twice_or_forged_for_another_payer_changes_nothing(connect_as, admin, gateway):
    _, invoice, claim, payer = covered_claim(connect_as, admin, nights=2)   # claimed 2 × (200 − 20) × 90 % = 324
    with connect_as("billing1") as conn:
        request = conn.execute("SELECT insurance.submit_claim(%s)", (claim,)).fetchone()[0]
        assert conn.execute("SELECT insurance.submit_claim(%s)", (claim,)).fetchone()[0] == request
        key, status = conn.execute("SELECT idempotency_key, status FROM billing.claim WHERE id = %s", (claim,)).fetchone()
        assert status == "submitted"
        assert conn.execute("SELECT request_id FROM insurance.request WHERE id = %s", (request,)).fetchone()[0] == key
    row = next(r for r in take_all(gateway) if r["id"] == request)
    assert [line["claimed_amount"] for line in row["subject"]["lines"]] == [162.0, 162.0]
    partial = {"outcome": "approved", "payer_reference": "NHI-77", "reason": "Tariff limit",
               "items": [{"sequence": 1, "approved": 162, "reason": None},
                         {"sequence": 2, "approved": 500, "reason": "capped at what was claimed"}]}
    # another payer cannot answer this payer's claim
    other_payer, _ = payer_plan(admin)
    other = admin.execute("SELECT code FROM billing.payer WHERE id = %s", (other_payer,)).fetchone()[0]
    with pytest.raises(psycopg.errors.NoDataFound):
        record(gateway, other, "m-forged", key, claim_response(), partial)
    partial["items"][1]["approved"] = 81
    assert record(gateway, payer, "m-1", key, claim_response("partial"), partial) == "claim partial"
    assert record(gateway, payer, "m-1", key, claim_response("partial"), partial).startswith("duplicate")
    again = {**partial, "items": [{"sequence": 1, "approved": 0}, {"sequence": 2, "approved": 0}]}
    assert record(gateway, payer, "m-2", key, claim_response(), again) == \
        "claim already partial: answer kept, nothing changed"
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT status, approved_amount, payer_reference FROM billing.claim WHERE id = %s",
                            (claim,)).fetchone() == ("partial", Decimal("243.00"), "NHI-77")
        assert conn.execute("SELECT status FROM insurance.request WHERE id = %s", (request,)).fetchone()[0] == "answered"
        assert conn.execute("SELECT count(*) FROM insurance.message WHERE request_id = %s", (request,)).fetchone()[0] == 2


def test_remittance_posts_each_claim_once_and_leaves_the_rest_to_reconcile(connect_as, admin, gateway):
    _, invoice, claim, payer = covered_claim(connect_as, admin, nights=2)
    with connect_as("billing1") as conn:
        conn.execute("SELECT insurance.submit_claim(%s)", (claim,))
        key = str(conn.execute("SELECT idempotency_key FROM billing.claim WHERE id = %s", (claim,)).fetchone()[0])
    take_all(gateway)
    record(gateway, payer, f"m-{tag()}", key, claim_response(), {"outcome": "approved", "approved": 324})
    reference = f"PAY-{tag()}"
    remittance = {"payer_reference": reference, "payment_date": "2026-12-01", "total": 424, "currency": "GBP",
                  "lines": [{"claim_reference": key, "amount": 300}, {"claim_reference": "NOT-OURS", "amount": 100},
                            {"claim_reference": key, "amount": 24.01}]}
    document = {"resourceType": "PaymentReconciliation"}
    outcome = record(gateway, payer, f"m-{tag()}", None, document, remittance)
    assert outcome == f"remittance {reference}: 1 posted, 2 to reconcile"
    # the same remittance under another message id posts nothing again
    assert "already received" in record(gateway, payer, f"m-{tag()}", None, document, remittance)
    with connect_as("billing1") as conn:
        lines = conn.execute("SELECT l.status, l.amount, l.id FROM insurance.remittance_line l "
                             "JOIN insurance.remittance r ON r.id = l.remittance_id WHERE r.payer_reference = %s "
                             "ORDER BY l.line_no", (reference,)).fetchall()
        assert [(s, a) for s, a, _ in lines] == [("posted", Decimal("300.00")), ("unmatched", Decimal("100.00")),
                                                ("refused", Decimal("24.01"))]
        paid = conn.execute("SELECT sum(amount) FROM billing.payment WHERE claim_id = %s", (claim,)).fetchone()[0]
        assert paid == Decimal("300.00")
    with connect_as("billing1", autocommit=True) as conn:
        with pytest.raises(psycopg.errors.CheckViolation, match="reconciled"):
            conn.execute("SELECT insurance.resolve_remittance_line(%s, NULL, '')", (lines[1][2],))
        conn.execute("SELECT insurance.resolve_remittance_line(%s, NULL, 'Returned to the payer: not our claim')",
                     (lines[1][2],))
        with pytest.raises(psycopg.errors.CheckViolation):  # 24.01 is more than the 24 left of the approval
            conn.execute("SELECT insurance.resolve_remittance_line(%s, %s, 'Posted after checking the advice')",
                         (lines[2][2], claim))
    with connect_as("billing1") as conn:
        assert [r[0] for r in conn.execute(
            "SELECT l.status FROM insurance.remittance_line l JOIN insurance.remittance r ON r.id = l.remittance_id "
            "WHERE r.payer_reference = %s ORDER BY l.line_no", (reference,))] == ["posted", "resolved", "refused"]


def test_preauthorisation_answer_and_the_warnings_billing_sees(connect_as, admin, gateway):
    patient = register(connect_as).id
    payer_id, plan = payer_plan(admin, groups=("bed_day", "lab_test"))
    payer = admin.execute("SELECT code FROM billing.payer WHERE id = %s", (payer_id,)).fetchone()[0]
    cover(connect_as, patient, plan)
    with connect_as("doctor1", autocommit=True) as doc:  # on nurse1's ward: in her care
        admit(doc, patient, make_beds(connect_as, "MEDW", 1).beds[0])
    price = admin.execute("SELECT code FROM billing.price_item WHERE group_code = 'lab_test' AND valid_to IS NULL "
                          "ORDER BY code LIMIT 1").fetchone()[0]
    with connect_as("admin1") as conn:
        conn.execute("INSERT INTO insurance.item_code (payer_id, price_code, payer_code, needs_preauthorization) "
                     "VALUES (%s, %s, 'SRV-001', true)", (payer_id, price))
    with connect_as("reception1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'MRI for suspected tear')",
                     (patient, json.dumps([{"price_code": price}])))
    with connect_as("nurse1", autocommit=True) as conn:
        with pytest.raises(psycopg.errors.CheckViolation, match="clinical reason"):
            conn.execute("SELECT insurance.request_preauthorization(%s, %s, ' ')",
                         (patient, json.dumps([{"price_code": price}])))
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="NO-SUCH"):
            conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Needed')",
                         (patient, json.dumps([{"price_code": "NO-SUCH"}])))
        preauth = conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Suspected electrolyte disorder')",
                               (patient, json.dumps([{"price_code": price, "quantity": 2}]))).fetchone()[0]
    request = next(r for r in take_all(gateway) if r["kind"] == "preauthorization"
                   and r["subject"]["preauthorization"]["id"] == preauth)
    assert request["subject"]["lines"][0]["payer_code"] == "SRV-001"
    rid = request["request_id"]
    pended = {"outcome": "pending", "reason": "Clinical review", "preauth_ref": None}
    assert record(gateway, payer, f"m-{tag()}", rid, claim_response("queued"), pended) == "pre-authorisation pended"
    decided = {"outcome": "approved", "preauth_ref": "PA-991", "period_start": "2026-01-01", "period_end": "2026-01-31",
               "items": [{"sequence": 1, "approved": 0, "reason": "Not medically necessary"}]}
    assert record(gateway, payer, f"m-{tag()}", rid, claim_response(), decided) == "pre-authorisation denied"
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT status, payer_reference, approved_amount FROM insurance.preauthorization "
                            "WHERE id = %s", (preauth,)).fetchone() == ("denied", "PA-991", Decimal("0.00"))
        # a charge for the item the payer wants pre-authorised, with no valid approval: flagged before billing
        admin.execute("""
            INSERT INTO billing.charge (patient_id, source_kind, source_id, price_item_id, quantity, unit_amount,
                                        amount, currency, service_date)
            SELECT %s, 'lab_test', %s, id, 1, amount, amount, 'GBP', current_date FROM billing.price_item
             WHERE code = %s AND valid_to IS NULL""", (patient, uuid.uuid4().int % 10**12, price))
        warnings = conn.execute("SELECT kind, message FROM insurance.claim_warnings(%s)", (patient,)).fetchall()
    kinds = [k for k, _ in warnings]
    assert "preauthorization_missing" in kinds and "eligibility_stale" in kinds
    assert any(price in m and "requires one" in m for _, m in warnings)
