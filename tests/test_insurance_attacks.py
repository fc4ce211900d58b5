"""Attacks on the insurance schema from plain SQL as each demo login, that must keep failing: reading another
patient's insurance data, asking for pre-authorisations of patients not in one's care, forging or replaying
answers, answering queries and reconciling remittances without being billing, hostile inputs (huge attachments,
control characters, NaN / Infinity, absurd quantities, thousands of item codes), and the gateway's login doing
staff work (insurance/functions.sql, policies.sql, grants.sql)."""
from __future__ import annotations

import base64
import json

import psycopg
import pytest
from builders import admit, register
from conftest import DEMO_LOGINS
from finance_helpers import cover, payer_plan, tag
from test_adt import make_beds
from test_insurance_outbox import GATEWAY, claim_response, covered_claim, record, take_all

pytestmark = pytest.mark.db

TABLES = ("payer_policy", "item_code", "request", "message", "eligibility", "preauthorization",
          "preauthorization_item", "payer_query", "query_attachment", "remittance", "remittance_line")
NOT_BILLING = sorted(set(DEMO_LOGINS.values()) - {"billing1"})


@pytest.fixture()
def gateway(connect_as):
    with connect_as(GATEWAY, autocommit=True) as conn:
        yield conn


def lab_price(admin) -> str:
    return admin.execute("SELECT code FROM billing.price_item WHERE group_code = 'lab_test' AND valid_to IS NULL "
                         "ORDER BY code LIMIT 1").fetchone()[0]


def covered_patient(connect_as, admin) -> tuple[int, str]:
    """(patient, payer code): a patient with a coverage in force today."""
    patient = register(connect_as).id
    payer_id, plan = payer_plan(admin, groups=("bed_day", "lab_test"))
    cover(connect_as, patient, plan)
    return patient, admin.execute("SELECT code FROM billing.payer WHERE id = %s", (payer_id,)).fetchone()[0]


def refused(conn: psycopg.Connection, statement: str, params=()) -> psycopg.Error:  # noqa: ANN001
    with pytest.raises(psycopg.Error) as caught:
        conn.execute(statement, params)
    return caught.value


def test_only_billing_reads_the_exchanges_and_only_billing_and_admins_the_payer_settings(connect_as):
    for login in [*NOT_BILLING, GATEWAY, "labgateway"]:
        for table in TABLES:
            if login == "admin1" and table in ("payer_policy", "item_code"):
                continue
            with connect_as(login, autocommit=True) as conn:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(f"SELECT * FROM insurance.{table} LIMIT 1")


def test_nobody_but_reception_and_billing_reads_a_patients_eligibility(connect_as, admin):
    patient, _ = covered_patient(connect_as, admin)
    for login in sorted(set(NOT_BILLING) - {"reception1"} | {GATEWAY}):
        with connect_as(login, autocommit=True) as conn:
            for statement in ("SELECT * FROM insurance.patient_eligibility(%s)",
                              "SELECT insurance.request_eligibility(%s)",
                              "SELECT * FROM insurance.claim_warnings(%s)"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement, (patient,))


def test_the_internal_functions_are_nobodys_to_call(connect_as, admin):
    patient, _ = covered_patient(connect_as, admin)
    attempts = [
        ("SELECT insurance.coverage_on(%s, current_date)", (patient,)),
        ("SELECT insurance.queue('eligibility', 1, 1)", ()),
        ("SELECT insurance.request_subject(1)", ()),
        ("SELECT insurance.apply_preauthorization_answer(1, '{\"outcome\": \"approved\"}')", ()),
        ("SELECT insurance.gateway_staff()", ()),
        ("SELECT billing.post_payer_payment_as(1, now(), 1, 1, 'x')", ()),
    ]
    for login in [*DEMO_LOGINS.values(), GATEWAY]:
        for statement, params in attempts:
            if login == GATEWAY and "gateway_staff" in statement:
                continue
            with connect_as(login, autocommit=True) as conn:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement, params)


def test_the_ward_asks_pre_authorisation_only_for_patients_in_its_care(connect_as, admin):
    """A nurse or doctor may ask only for a patient they care for (clinical.can_access_patient: the patient on
    their ward, their encounter, their appointment, a break-glass grant) — not for anyone whose id they type."""
    price = lab_price(admin)
    stranger, _ = covered_patient(connect_as, admin)
    items = json.dumps([{"price_code": price}])
    for login in ("nurse1", "nurse2", "doctor1", "doctor2"):
        with connect_as(login, autocommit=True) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="in your care"):
                conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Suspected tear')", (stranger, items))
    # not even whether the stranger is insured: the same refusal for an uninsured patient
    uninsured = register(connect_as).id
    with connect_as("nurse1", autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Suspected tear')", (uninsured, items))
    # on nurse1's ward (Medical Ward): nurse1 may ask, for the stay; billing may ask for anyone
    ward = make_beds(connect_as, "MEDW", 1)
    inpatient, _ = covered_patient(connect_as, admin)
    with connect_as("doctor1", autocommit=True) as doc:
        admission = admit(doc, inpatient, ward.beds[0])
    with connect_as("nurse1", autocommit=True) as conn:
        assert conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Suspected tear', %s)",
                            (inpatient, items, admission)).fetchone()[0] > 0
        # nor for a stranger by naming a stay on her ward
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Suspected tear', %s)",
                         (stranger, items, admission))
    with connect_as("billing1", autocommit=True) as conn:
        with pytest.raises(psycopg.errors.NoDataFound):  # nor billing tie it to another patient's stay
            conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Suspected tear', %s)",
                         (stranger, items, admission))
        assert conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Suspected tear')",
                            (stranger, items)).fetchone()[0] > 0
    for login in ("reception1", "lab1", "pharmacist1", "auditor1", "admin1", GATEWAY):
        with connect_as(login, autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Suspected tear', %s)",
                         (inpatient, items, admission))


def test_hostile_pre_authorisation_requests_write_nothing(connect_as, admin):
    patient, _ = covered_patient(connect_as, admin)
    price = lab_price(admin)
    before = admin.execute("SELECT count(*) FROM insurance.preauthorization").fetchone()[0]
    bad = [
        ([{"price_code": price, "quantity": q}], "Needed for diagnosis")
        for q in ("NaN", "Infinity", "-Infinity", "1e308", "-1", "0", "0.001", "366", "1e-400", "abc", "", None)
        if q is not None
    ] + [
        ([{"price_code": price}] * 51, "Needed for diagnosis"),
        ([{"price_code": price}] * 10_000, "Needed for diagnosis"),
        ([], "Needed for diagnosis"),
        ({"price_code": price}, "Needed for diagnosis"),
        ([42], "Needed for diagnosis"),
        ([{"price_code": None}], "Needed for diagnosis"),
        ([{"price_code": "X" * 100_000}], "Needed for diagnosis"),
        ([{"price_code": price}], "Needed\x1b[31m for diagnosis"),
        ([{"price_code": price}], "Needed\x07"),
        ([{"price_code": price}], "x" * 501),
        ([{"price_code": price}], "x" * 5_000_000),
    ]
    with connect_as("billing1", autocommit=True) as conn:
        for items, reason in bad:
            with pytest.raises((psycopg.errors.InvalidParameterValue, psycopg.errors.CheckViolation)):
                conn.execute("SELECT insurance.request_preauthorization(%s, %s, %s)", (patient, json.dumps(items), reason))
        with pytest.raises(psycopg.errors.InvalidParameterValue):  # NaN as a JSON number, not a string
            conn.execute("SELECT insurance.request_preauthorization(%s, %s::jsonb, 'Needed for diagnosis')",
                         (patient, f'[{{"price_code": "{price}", "quantity": 1e400}}]'))
    assert admin.execute("SELECT count(*) FROM insurance.preauthorization").fetchone()[0] == before


def test_hostile_eligibility_requests_write_nothing(connect_as, admin):
    patient, _ = covered_patient(connect_as, admin)
    before = admin.execute("SELECT count(*) FROM insurance.request").fetchone()[0]
    with connect_as("reception1", autocommit=True) as conn:
        for codes in (["LAB-1"] * 51, [f"C{i:05d}" for i in range(10_000)], ["lower"], ["A\x1b"], [None], ["X" * 41]):
            with pytest.raises(psycopg.errors.InvalidParameterValue):
                conn.execute("SELECT insurance.request_eligibility(%s, %s)", (patient, codes))
        for merged_or_missing in (-1, 0, 2**62):
            with pytest.raises(psycopg.errors.NoDataFound):
                conn.execute("SELECT insurance.request_eligibility(%s)", (merged_or_missing,))
    assert admin.execute("SELECT count(*) FROM insurance.request").fetchone()[0] == before


def open_query(connect_as, admin, gateway) -> tuple[int, int, str, str]:  # noqa: ANN001
    """(claim, payer query, payer code, claim key): a submitted claim the payer asked documents about."""
    _, _, claim, payer = covered_claim(connect_as, admin)
    with connect_as("billing1", autocommit=True) as conn:
        conn.execute("SELECT insurance.submit_claim(%s)", (claim,))
        key = str(conn.execute("SELECT idempotency_key FROM billing.claim WHERE id = %s", (claim,)).fetchone()[0])
    take_all(gateway)
    reference = f"Q-{tag()}"
    record(gateway, payer, f"m-{tag()}", None, {"resourceType": "CommunicationRequest"},
           {"about": key, "payer_reference": reference, "question": "Send the discharge letter",
            "requested_documents": ["discharge letter"]})
    query = admin.execute("SELECT id FROM insurance.payer_query WHERE payer_reference = %s", (reference,)).fetchone()[0]
    return claim, query, payer, key


def attachment(size: int = 10, **overrides) -> dict:
    return {"title": "Discharge letter", "content_type": "application/pdf",
            "content_base64": base64.b64encode(b"%" * size).decode(), **overrides}


def test_payer_queries_are_answered_by_billing_once_with_sane_attachments(connect_as, admin, gateway):
    _, query, _, _ = open_query(connect_as, admin, gateway)
    for login in [*NOT_BILLING, GATEWAY]:
        with connect_as(login, autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT insurance.answer_query(%s, 'Forged answer', '[]')", (query,))
    hostile = [
        ("x", []),                                         # too short
        ("x" * 2001, []),
        ("Letter attached", [attachment()] * 11),
        ("Letter attached", [attachment(5 * 1024 * 1024 + 1)]),
        ("Letter attached", [attachment(1_800_000)] * 2),   # each fine, together over one message's limit
        ("Letter attached", [attachment(0)]),
        ("Letter attached", [attachment(content_type="text/html")]),
        ("Letter attached", [attachment(content_type="application/x-msdownload")]),
        ("Letter attached", [attachment(title="Letter\x1b]0;pwned\x07")]),
        ("Letter attached", [attachment(title="")]),
        ("Letter attached", [attachment(title="t" * 201)]),
        ("Letter attached", [attachment(content_base64="not base64 !!")]),
        ("Letter attached", [{"title": "Letter", "content_type": "application/pdf"}]),
        ("Letter attached", [attachment(title=None)]),
        ("Letter attached", [42]),
        ("Letter attached", {"title": "not an array"}),
        ("Letter\x1b[2J attached", []),
    ]
    with connect_as("billing1", autocommit=True) as conn:
        taken = []
        for answer, files in hostile:
            try:
                conn.execute("SELECT insurance.answer_query(%s, %s, %s)", (query, answer, json.dumps(files)))
                taken.append((answer, files))
                admin.execute("UPDATE insurance.payer_query SET status = 'open', answer = NULL, answered_by = NULL, "
                              "answered_at = NULL WHERE id = %s", (query,))
            except (psycopg.errors.InvalidParameterValue, psycopg.errors.CheckViolation,
                    psycopg.errors.NotNullViolation):
                pass
        assert [(a[:40], json.dumps(f)[:80]) for a, f in taken] == []
        assert admin.execute("SELECT status FROM insurance.payer_query WHERE id = %s", (query,)).fetchone()[0] == "open"
        assert admin.execute("SELECT count(*) FROM insurance.query_attachment WHERE query_id = %s",
                             (query,)).fetchone()[0] == 0
        conn.execute("SELECT insurance.answer_query(%s, 'Letter attached.\nSigned by the ward.', %s)",
                     (query, json.dumps([attachment()])))
        # replayed: refused, nothing sent twice
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            conn.execute("SELECT insurance.answer_query(%s, 'Letter attached again', '[]')", (query,))
    assert admin.execute("SELECT count(*) FROM insurance.request WHERE query_id = %s", (query,)).fetchone()[0] == 1


def test_remittance_lines_are_reconciled_by_billing_only_once(connect_as, admin, gateway):
    claim, _, payer, key = open_query(connect_as, admin, gateway)
    record(gateway, payer, f"m-{tag()}", key, claim_response(), {"outcome": "approved", "approved": 324})
    reference = f"PAY-{tag()}"
    record(gateway, payer, f"m-{tag()}", None, {"resourceType": "PaymentReconciliation"},
           {"payer_reference": reference, "payment_date": "2026-12-01", "total": 100, "currency": "GBP",
            "lines": [{"claim_reference": "NOT-OURS", "amount": 100}]})
    line = admin.execute("SELECT l.id FROM insurance.remittance_line l JOIN insurance.remittance r "
                         "ON r.id = l.remittance_id WHERE r.payer_reference = %s", (reference,)).fetchone()[0]
    for login in [*NOT_BILLING, GATEWAY]:
        with connect_as(login, autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT insurance.resolve_remittance_line(%s, %s, 'Posted by hand')", (line, claim))
    other_payer_claim = covered_claim(connect_as, admin)[2]
    with connect_as("billing1", autocommit=True) as conn:
        with pytest.raises(psycopg.errors.NoDataFound):  # a claim on another payer
            conn.execute("SELECT insurance.resolve_remittance_line(%s, %s, 'Posted by hand')", (line, other_payer_claim))
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("SELECT insurance.resolve_remittance_line(%s, NULL, 'Note\x1b[2J')", (line,))
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("SELECT insurance.resolve_remittance_line(%s, NULL, %s)", (line, "n" * 501))
        conn.execute("SELECT insurance.resolve_remittance_line(%s, %s, 'Posted after checking the advice')",
                     (line, claim))
        with pytest.raises(psycopg.errors.NoDataFound):  # replayed: it is posted already
            conn.execute("SELECT insurance.resolve_remittance_line(%s, %s, 'Posted again')", (line, claim))
    assert admin.execute("SELECT count(*) FROM billing.payment WHERE claim_id = %s", (claim,)).fetchone()[0] == 1


def test_replays_by_staff_change_nothing(connect_as, admin, gateway):
    _, _, claim, payer = covered_claim(connect_as, admin)
    with connect_as("billing1", autocommit=True) as conn:
        request = conn.execute("SELECT insurance.submit_claim(%s)", (claim,)).fetchone()[0]
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            conn.execute("SELECT insurance.retry_request(%s)", (request,))   # not failed: no second sending
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState):
            conn.execute("SELECT insurance.request_claim_status(%s)", (claim,))  # not at the payer yet
    assert admin.execute("SELECT count(*) FROM insurance.request WHERE claim_id = %s", (claim,)).fetchone()[0] == 1


def test_hostile_payer_numbers_through_the_gateway_post_nothing(connect_as, admin, gateway):
    """NaN and Infinity are numerics in PostgreSQL (and NaN is greater than every number, so `amount > 0`
    holds): a payer, or a gateway bug, must not post NaN or approve NaN."""
    claim, _, payer, key = open_query(connect_as, admin, gateway)
    for value in ("NaN", "Infinity", "-Infinity"):
        with pytest.raises(psycopg.Error):
            record(gateway, payer, f"m-{tag()}", key, claim_response(), {"outcome": "approved", "approved": value})
    for items in ([{"sequence": 1, "approved": "NaN"}], [{"sequence": 1, "approved": "Infinity"}]):
        with pytest.raises(psycopg.Error):
            record(gateway, payer, f"m-{tag()}", key, claim_response(), {"outcome": "decided", "items": items})
    assert admin.execute("SELECT status FROM billing.claim WHERE id = %s", (claim,)).fetchone()[0] == "submitted"
    record(gateway, payer, f"m-{tag()}", key, claim_response(), {"outcome": "approved", "approved": 324})
    for total, amount in (("NaN", 10), (10, "NaN"), ("Infinity", 10), (10, "Infinity")):
        with pytest.raises(psycopg.Error):
            record(gateway, payer, f"m-{tag()}", None, {"resourceType": "PaymentReconciliation"},
                   {"payer_reference": f"PAY-{tag()}", "payment_date": "2026-12-01", "total": total,
                    "currency": "GBP", "lines": [{"claim_reference": key, "amount": amount}]})
    assert admin.execute("SELECT count(*) FROM billing.payment WHERE claim_id = %s", (claim,)).fetchone()[0] == 0
    assert admin.execute("SELECT count(*) FROM insurance.remittance_line WHERE claim_id = %s", (claim,)).fetchone()[0] == 0


def test_the_gateway_login_does_no_staff_work(connect_as, admin, gateway):
    patient, _ = covered_patient(connect_as, admin)
    price = lab_price(admin)
    for statement, params in (
        ("SELECT insurance.request_eligibility(%s)", (patient,)),
        ("SELECT insurance.request_preauthorization(%s, %s, 'Needed')", (patient, json.dumps([{"price_code": price}]))),
        ("SELECT insurance.answer_query(1, 'Answer', '[]')", ()),
        ("SELECT insurance.retry_request(1)", ()),
        ("SELECT insurance.resolve_remittance_line(1, NULL, 'Closed')", ()),
        ("SELECT * FROM insurance.claim_statistics(current_date - 30, current_date)", ()),
        ("SELECT * FROM billing.payment", ()),
        ("SELECT * FROM billing.coverage", ()),
        ("SELECT * FROM core.staff", ()),
        ("INSERT INTO insurance.item_code (payer_id, price_code, payer_code) VALUES (1, 'AB', 'X')", ()),
        ("UPDATE insurance.payer_policy SET eligibility_valid_hours = 1", ()),
    ):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            gateway.execute(statement, params)


def test_admin_payer_item_codes_refuse_hostile_text(connect_as, admin):
    payer_id, _ = payer_plan(admin)
    with connect_as("admin1", autocommit=True) as conn:
        for price_code, payer_code, display in (("LAB-1", "SRV 1", None), ("lab-1", "SRV-1", None),
                                                ("LAB-1", "SRV-1", "Blood\x1b[31m count"), ("LAB-1", "S" * 41, None),
                                                ("LAB-1", "SRV-1", "d" * 201), ("LAB-1", "SRV-1", "  ")):
            with pytest.raises(psycopg.errors.CheckViolation):
                conn.execute("INSERT INTO insurance.item_code (payer_id, price_code, payer_code, payer_display) "
                             "VALUES (%s, %s, %s, %s)", (payer_id, price_code, payer_code, display))
        for statement in ("UPDATE insurance.item_code SET price_code = 'ZZ' WHERE payer_id = %s",
                          "UPDATE insurance.item_code SET payer_id = 1 WHERE payer_id = %s",
                          "DELETE FROM insurance.item_code WHERE payer_id = %s"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, (payer_id,))


def test_a_payer_cannot_make_an_approval_valid_forever(connect_as, admin, gateway):
    patient, payer = covered_patient(connect_as, admin)
    with connect_as("billing1", autocommit=True) as conn:
        preauth = conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Suspected tear')",
                               (patient, json.dumps([{"price_code": lab_price(admin)}]))).fetchone()[0]
    rid = next(r["request_id"] for r in take_all(gateway) if r["kind"] == "preauthorization"
               and r["subject"]["preauthorization"]["id"] == preauth)
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        record(gateway, payer, f"m-{tag()}", rid, claim_response(),
               {"outcome": "approved", "preauth_ref": "PA-1", "period_start": "2026-01-01", "period_end": "infinity"})
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        record(gateway, payer, f"m-{tag()}", rid, claim_response(),
               {"outcome": "decided", "preauth_ref": "PA-1", "items": [{"sequence": 1, "approved": "NaN"}]})
    assert admin.execute("SELECT status FROM insurance.preauthorization WHERE id = %s", (preauth,)).fetchone()[0] \
        == "requested"
