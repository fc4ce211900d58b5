"""The payer profiles (openIMIS FHIR R4, HCX-style exchange) against the real mock payer over HTTP: eligibility,
claims, pre-authorisation, pend and release, query and reply, remittance, late and repeated answers, failures
and retries by request id, token expiry, JWE tampering and FHIR validation on both sides. No database."""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from server_db.demo.mock_payer import MockPayer, answers, make_payer_setup
from server_db.demo.mock_payer.setup_files import EXCHANGE_CODE, OPENIMIS_CODE, PARTICIPANT_CODE, PROVIDER_CODE
from server_db.insurance_gateway import fhir
from server_db.insurance_gateway.profiles import hcx
from server_db.insurance_gateway.profiles.base import Accepted, Answer, Outgoing, PayerError
from server_db.insurance_gateway.profiles.config import ConfigError, load_profiles

D = Decimal
PROFILES = [OPENIMIS_CODE, EXCHANGE_CODE]
TIMEOUT = 1.0  # the profiles' HTTP timeout in these tests


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    return make_payer_setup(tmp_path_factory.mktemp("payer"), timeout_seconds=TIMEOUT, poll_after_seconds=60)


@pytest.fixture()
def payer(setup):
    server = MockPayer.from_file(setup.payer_config, setup.payer_listen).start()
    yield server
    server.stop()


_unclaimed: list[Answer] = []  # collected by collect_until but not what it waited for


@pytest.fixture()
def profiles(setup, payer):
    _unclaimed.clear()
    loaded = load_profiles(setup.gateway_config)
    yield loaded
    for profile in loaded.values():
        profile.close()


def claim_data(lines: int = 3, key: str | None = None) -> fhir.ClaimData:
    return fhir.ClaimData(
        claim_id=7, idempotency_key=key or str(uuid.uuid4()), invoice_number="INV-7",
        created=datetime(2026, 11, 20, 9, 30, tzinfo=UTC), currency="GBP", patient_id=3, mrn="MRN0003",
        family_name="Okafor", given_name="Ada", birth_date=date(1980, 5, 1), sex="female", coverage_id=4,
        member_number="M123456", plan_code="BASIC", plan_name="National basic plan", payer_identifier="NHI",
        payer_name="National Health Insurance", provider_name="General Hospital", provider_identifier="HOSP-0001",
        lines=[fhir.ClaimLine(n, f"BED{n}", f"Bed day {n}", date(2026, 11, 18), D("1"), D("200.00"), D("180.00"),
                              payer_code=f"NHI-{n:03}") for n in range(1, lines + 1)])


def claim_out(use: str = "claim", data: fhir.ClaimData | None = None, **options) -> Outgoing:
    return Outgoing(str(uuid.uuid4()), use, fhir.build_claim(data or claim_data(), use=use, **options))


def eligibility_out(codes: list[str] = ()) -> Outgoing:
    query = fhir.EligibilityQuery(
        request_key=str(uuid.uuid4()), created=datetime.now(UTC), serviced=date(2026, 11, 20), mrn="MRN0003",
        family_name="Okafor", given_name="Ada", birth_date=date(1980, 5, 1), sex="female", member_number="M123456",
        plan_code="BASIC", plan_name="National basic plan", payer_identifier="NHI",
        payer_name="National Health Insurance", provider_identifier="HOSP-0001", provider_name="General Hospital",
        item_codes=list(codes))
    return Outgoing(str(uuid.uuid4()), "eligibility", fhir.build_eligibility_request(query))


def collect_until(profile, count: int = 1, seconds: float = 5.0, **match) -> list[Answer]:
    """Answers collected until `count` of them match (attribute=value, or resourceType=…); the others are kept
    for the next call."""
    found: list[Answer] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        batch, _unclaimed[:] = _unclaimed + profile.collect(), []
        for answer in batch:
            kind = match.get("resourceType")
            if (not kind or answer.document["resourceType"] == kind) and all(getattr(answer, k) == v for k, v in match.items() if k != "resourceType"):
                found.append(answer)
            else:
                _unclaimed.append(answer)
        if len(found) >= count:
            return found
        time.sleep(0.03)
    raise AssertionError(f"only {len(found)} of {count} answers matching {match} arrived")


def answer_of(profile, out: Outgoing) -> Answer:
    """The answer to `out`: directly (openIMIS), or by callback (exchange)."""
    result = profile.send(out)
    if isinstance(result, Answer):
        return result
    assert isinstance(result, Accepted) and result.request_id == out.request_id
    assert result.correlation_id == fhir.business_key(out.document)
    return collect_until(profile, request_id=out.request_id)[0]


def control(payer: MockPayer, action: str, body: dict | None = None) -> dict:
    request = urllib.request.Request(f"{payer.url}/_control/{action}", method="POST" if body is not None else "GET",
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as answer:
        return json.loads(answer.read())


def registered(payer: MockPayer, request_id: str) -> list[dict]:
    return [r for r in control(payer, "state")["requests"] if r["request_id"] == request_id]


# -- eligibility --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", PROFILES)
@pytest.mark.parametrize("outcome", ["covered", "not_covered", "excluded", "exhausted"])
def test_eligibility_outcomes(profiles, payer, code, outcome):
    control(payer, "script", {"kind": "eligibility", "outcomes": [outcome]})
    out = eligibility_out(["NHI-001", "NHI-002"])
    answer = answer_of(profiles[code], out)
    result = fhir.read_eligibility_response(answer.document)
    assert result.request_key == answer.correlation_id == fhir.business_key(out.document)
    assert result.covered is (outcome != "not_covered")
    if outcome == "not_covered":
        assert result.benefits == [] and "No policy" in result.disposition
        return
    assert result.plan == "National basic plan" and result.period_start.month == 1 and result.period_end.day == 31
    visits, money = result.benefit("visits"), result.benefit("money")
    assert result.benefit("admissions").remaining == 3
    assert result.excluded_codes == (["NHI-002"] if outcome == "excluded" else [])
    if outcome == "exhausted":
        assert (visits.remaining, money.remaining) == (0, 0)
    else:
        assert (visits.allowed, visits.used, visits.remaining) == (12, 3, 9)
        assert (money.remaining, money.currency) == (D("3800.00"), "GBP")


# -- claims and pre-authorisation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("code", PROFILES)
def test_claim_approve_partial_reject(profiles, payer, code):
    control(payer, "script", {"kind": "claim", "outcomes": ["approve", "partial", "reject"]})
    results = [fhir.read_response(answer_of(profiles[code], claim_out()).document, D("540.00")) for _ in range(3)]
    approve, partial, reject = results
    assert (approve.outcome, approve.approved) == ("approved", D("540.00"))
    assert (partial.outcome, partial.approved) == ("partial", D("270.00"))  # 180 + 90 + 0
    assert [(i["approved"], i["reason_codes"]) for i in partial.items] == [
        ("180.00", []), ("90.00", ["tariff"]), ("0.00", ["not-covered"])]
    assert partial.items[2]["reason"] == "Not covered by the member's plan"
    assert (reject.outcome, reject.approved, reject.items[0]["reason_codes"]) == ("rejected", D("0.00"), ["no-cover"])
    assert all(r.preauth_ref is None for r in results)


@pytest.mark.parametrize("code", PROFILES)
def test_preauthorization_answer_carries_its_reference_and_period(profiles, payer, code):
    data = claim_data()
    answer = answer_of(profiles[code], claim_out("preauthorization", data))
    result = fhir.read_response(answer.document, data.total)
    assert result.use == "preauthorization" and result.outcome == "approved"
    assert result.preauth_ref.startswith("PA-") and result.claim_key == data.idempotency_key
    start, end = result.preauth_period
    assert (end - start).days == 30
    # the claim quotes it
    claim = claim_out("claim", claim_data(), preauth_refs=[result.preauth_ref])
    assert claim.document["insurance"][0]["preAuthRef"] == [result.preauth_ref]
    assert fhir.read_response(answer_of(profiles[code], claim).document, data.total).outcome == "approved"


@pytest.mark.parametrize("code", PROFILES)
def test_pended_claim_is_decided_on_release(profiles, payer, code):
    control(payer, "script", {"kind": "claim", "outcomes": ["pend+partial"]})
    out = claim_out()
    first = answer_of(profiles[code], out)
    assert fhir.read_response(first.document, D("540.00")).outcome == "pending"
    assert control(payer, "release", {}) == {"released": [out.request_id]}
    final = collect_until(profiles[code], resourceType="ClaimResponse", request_id=out.request_id)[0]
    assert final.message_id != first.message_id and final.correlation_id == first.correlation_id
    assert fhir.read_response(final.document, D("540.00")).outcome == "partial"
    assert control(payer, "release", {}) == {"released": []}
    time.sleep(0.1)
    assert [a for a in _unclaimed + profiles[code].collect() if a.message_id == final.message_id] == []  # once


@pytest.mark.parametrize("code", PROFILES)
def test_query_then_reply_with_a_document_then_decision(profiles, payer, code):
    profile = profiles[code]
    control(payer, "script", {"kind": "claim", "outcomes": ["query+reject"]})
    out = claim_out()
    first = answer_of(profile, out)
    pending = fhir.read_response(first.document, D("540.00"))
    assert pending.outcome == "pending" and len(pending.queries) == 1
    asked = collect_until(profile, resourceType="CommunicationRequest")[0]
    assert asked.request_id is None and asked.correlation_id == first.correlation_id
    query = fhir.read_communication_request(asked.document)
    assert query.claim_key == fhir.business_key(out.document) and query.requested_documents == ["discharge-summary"]
    assert "discharge summary" in query.question and pending.queries == [f"CommunicationRequest/{query.payer_reference}"]
    # a reply with text only does not decide; one with the document does
    text_only = fhir.CommunicationReply(str(uuid.uuid4()), query.payer_reference, query.claim_key,
                                        "It follows.", datetime.now(UTC))
    assert isinstance(profile.send(Outgoing(text_only.key, "communication", fhir.build_communication(text_only))),
                      Accepted)
    time.sleep(0.2)
    assert not [a for a in profile.collect() if a.document["resourceType"] == "ClaimResponse"]
    reply = fhir.CommunicationReply(str(uuid.uuid4()), query.payer_reference, query.claim_key, "Attached.",
                                    datetime.now(UTC), [fhir.Attachment("application/pdf", "Discharge summary",
                                                                        b"%PDF-1.4 summary")])
    document = fhir.build_communication(reply)
    assert document["payload"][1]["contentAttachment"]["data"] == "JVBERi0xLjQgc3VtbWFyeQ=="
    assert document["basedOn"] == [{"reference": f"CommunicationRequest/{query.payer_reference}"}]
    result = profile.send(Outgoing(reply.key, "communication", document))
    assert result == Accepted(reply.key, query.claim_key)
    decision = collect_until(profile, resourceType="ClaimResponse", request_id=out.request_id)[0]
    assert fhir.read_response(decision.document, D("540.00")).outcome == "rejected"


@pytest.mark.parametrize("code", PROFILES)
def test_remittance_pays_what_was_approved_once(profiles, payer, code):
    control(payer, "script", {"kind": "claim", "outcomes": ["approve", "reject", "partial"]})
    outs = [claim_out() for _ in range(3)]
    answers = [answer_of(profiles[code], out) for out in outs]
    issued = control(payer, "remit", {})["remittances"]
    assert len(issued) == 1 and issued[0]["total"] == 810.0
    remitted = collect_until(profiles[code], resourceType="PaymentReconciliation")[0]
    assert remitted.request_id is None
    remittance = fhir.read_payment_reconciliation(remitted.document)
    assert (remittance.total, remittance.currency, remittance.payment_date) == (D("810.00"), "GBP", date.today())
    assert {(line.claim_key, line.amount) for line in remittance.lines} == {
        (answers[0].correlation_id, D("540.00")), (answers[2].correlation_id, D("270.00"))}
    assert remittance.lines[0].payer_claim_reference == f"ClaimResponse/{answers[0].document['id']}"
    assert control(payer, "remit", {}) == {"remittances": []}


# -- delivery: late, twice, polling -------------------------------------------------------------------------------

def test_late_synchronous_answer_waits(profiles, payer):
    control(payer, "script", {"kind": "claim", "outcomes": ["late"], "delay": 0.6})
    started = time.monotonic()
    answer = profiles[OPENIMIS_CODE].send(claim_out())
    assert isinstance(answer, Answer) and time.monotonic() - started >= 0.6


def test_late_callback_comes_after_the_acceptance(profiles, payer):
    control(payer, "script", {"kind": "claim", "outcomes": ["late"], "delay": 0.6})
    profile, out = profiles[EXCHANGE_CODE], claim_out()
    started = time.monotonic()
    assert isinstance(profile.send(out), Accepted) and time.monotonic() - started < 0.5
    assert profile.collect() == []
    collect_until(profile, request_id=out.request_id)
    assert time.monotonic() - started >= 0.6


@pytest.mark.parametrize("code", PROFILES)
def test_an_answer_delivered_twice_keeps_its_message_id(profiles, payer, code):
    control(payer, "script", {"kind": "claim", "outcomes": ["twice"]})
    out = claim_out()
    result = profiles[code].send(out)
    repeats = collect_until(profiles[code], count=1 if isinstance(result, Answer) else 2, request_id=out.request_id)
    seen = ([result] if isinstance(result, Answer) else []) + repeats
    assert len(seen) == 2 and seen[0].message_id == seen[1].message_id and seen[0].document == seen[1].document
    time.sleep(0.1)
    assert [a for a in profiles[code].collect() if a.message_id == seen[0].message_id] == []  # no more


def test_status_polling_finds_an_answer_whose_callback_never_came(profiles, payer):
    control(payer, "script", {"kind": "claim", "outcomes": ["silent+partial"]})
    profile, out = profiles[EXCHANGE_CODE], claim_out()
    profile.send(out)
    time.sleep(0.3)
    assert profile.collect() == []  # not overdue yet (poll_after_seconds = 60)
    profile.poll_after = 0.1
    answer = collect_until(profile, request_id=out.request_id)[0]
    assert answer.message_id == registered(payer, out.request_id)[0]["messages"][0]
    assert fhir.read_response(answer.document, D("540.00")).outcome == "partial"
    time.sleep(0.2)
    assert profile.collect() == []  # answered: no more polling


@pytest.mark.parametrize("code", PROFILES)
def test_status_request_and_cancel(profiles, payer, code):
    profile, out = profiles[code], claim_out()
    answer_of(profile, out)
    key = fhir.business_key(out.document)
    status = Outgoing(str(uuid.uuid4()), "status", fhir.build_status_request(str(uuid.uuid4()), key,
                                                                             datetime.now(UTC)))
    found = profile.send(status)
    assert isinstance(found, Answer) and (found.request_id, found.correlation_id) == (status.request_id, key)
    assert fhir.read_response(found.document, D("540.00")).outcome == "approved"
    cancel = Outgoing(str(uuid.uuid4()), "cancel", fhir.build_cancel_task(str(uuid.uuid4()), key,
                                                                          datetime.now(UTC), "Billed in error"))
    cancelled = answer_of(profile, cancel)
    assert fhir.read_response(cancelled.document, D("540.00")).outcome == "cancelled"
    assert control(payer, "remit", {}) == {"remittances": []}  # a cancelled claim is not paid


# -- failures and retries -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", PROFILES)
def test_a_failure_is_retryable_and_registers_nothing(profiles, payer, code):
    control(payer, "script", {"kind": "claim", "outcomes": ["fail"]})
    out = claim_out()
    with pytest.raises(PayerError) as failed:
        profiles[code].send(out)
    assert (failed.value.retryable, failed.value.status) == (True, 503)
    assert registered(payer, out.request_id) == []
    assert fhir.read_response(answer_of(profiles[code], out).document, D("540.00")).outcome == "approved"


@pytest.mark.parametrize("code", PROFILES)
def test_a_timeout_is_retryable_and_the_retry_registers_nothing_new(profiles, payer, code):
    control(payer, "script", {"kind": "claim", "outcomes": ["timeout+partial"], "delay": TIMEOUT + 0.5})
    out = claim_out()
    with pytest.raises(PayerError) as failed:
        profiles[code].send(out)
    assert failed.value.retryable and failed.value.status is None
    [case] = registered(payer, out.request_id)  # the payer has it although we got no answer
    answer = answer_of(profiles[code], out)
    assert fhir.read_response(answer.document, D("540.00")).outcome == "partial"  # the registered decision
    assert answer.message_id == case["messages"][0]
    assert registered(payer, out.request_id) == [case]
    assert control(payer, "state")["attempts"][out.request_id] == 2


@pytest.mark.parametrize("code", PROFILES)
def test_the_same_request_id_with_another_document_is_refused(profiles, payer, code):
    out = claim_out()
    answer_of(profiles[code], out)
    with pytest.raises(PayerError) as refused:
        profiles[code].send(Outgoing(out.request_id, "claim", fhir.build_claim(claim_data(lines=1))))
    assert (refused.value.retryable, refused.value.status) == (False, 409)


def test_an_expired_token_means_a_new_login(profiles, payer):
    profile = profiles[OPENIMIS_CODE]
    answer_of(profile, claim_out())
    control(payer, "expire_tokens", {})  # the payer no longer accepts the token: 401, log in again
    answer_of(profile, claim_out())
    assert control(payer, "state")["logins"] == 2
    profile._token_expires = time.time() + 5  # about to expire: renewed before it is used
    answer_of(profile, claim_out())
    assert control(payer, "state")["logins"] == 3


def test_wrong_credentials_are_not_retryable(setup, payer):
    from server_db.insurance_gateway.profiles.openimis import OpenImisProfile

    profile = OpenImisProfile("NHI", setup.payer_url, "hospital", "wrong", timeout_seconds=TIMEOUT)
    with pytest.raises(PayerError) as refused:
        profile.send(claim_out())
    assert (refused.value.retryable, refused.value.status) == (False, 401)


# -- what is refused ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("code", PROFILES)
def test_invalid_fhir_is_refused_before_it_leaves(profiles, payer, code):
    document = fhir.build_claim(claim_data())
    del document["patient"]  # required in R4
    out = Outgoing(str(uuid.uuid4()), "claim", document)
    with pytest.raises(PayerError, match="refused before sending") as refused:
        profiles[code].send(out)
    assert not refused.value.retryable
    with pytest.raises(PayerError, match="carries a Claim with use"):
        profiles[code].send(Outgoing(str(uuid.uuid4()), "preauthorization", fhir.build_claim(claim_data())))
    assert control(payer, "state")["attempts"] == {}


def _post(url: str, body: bytes, headers: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(url, data=body, method="POST", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_the_mock_payer_refuses_invalid_fhir(setup, profiles, payer):
    document = fhir.build_claim(claim_data())
    document["created"] = "the day before yesterday"  # not a FHIR dateTime
    token = profiles[OPENIMIS_CODE]._bearer(False)
    status, body = _post(f"{payer.url}/api_fhir_r4/Claim/", json.dumps(document).encode(),
                         {"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4())})
    assert (status, body["resourceType"]) == (422, "OperationOutcome")
    headers = hcx.headers(PROVIDER_CODE, PARTICIPANT_CODE, "c-1", request_id=str(uuid.uuid4()))
    sealed = hcx.seal(document, headers, hcx.load_key(setup.directory / "payer.public.jwk"))
    status, body = _post(f"{payer.url}/v1/claim/submit", json.dumps({"payload": sealed}).encode())
    assert (status, body["resourceType"]) == (422, "OperationOutcome")
    assert control(payer, "state")["requests"] == []


def _tampered(token: str) -> str:
    parts = token.split(".")
    parts[3] = ("A" if parts[3][0] != "A" else "B") + parts[3][1:]  # the ciphertext
    return ".".join(parts)


def test_a_tampered_request_is_refused_by_the_payer(setup, payer):
    payer_key = hcx.load_key(setup.directory / "payer.public.jwk")
    out = claim_out()
    headers = hcx.headers(PROVIDER_CODE, PARTICIPANT_CODE, fhir.business_key(out.document),
                          request_id=out.request_id)
    token = hcx.seal(out.document, headers, payer_key)
    for body, code in ((_tampered(token), "ERR_INVALID_ENCRYPTION"), ("not a jwe", "ERR_INVALID_PAYLOAD")):
        request = urllib.request.Request(f"{payer.url}/v1/claim/submit", method="POST",
                                         data=json.dumps({"payload": body}).encode())
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == 400 and json.loads(refused.value.read())["error"]["code"] == code
    assert control(payer, "state")["requests"] == []


def test_a_tampered_foreign_or_invalid_callback_is_refused_by_the_receiver(setup, profiles):
    profile = profiles[EXCHANGE_CODE]
    our_key = hcx.load_key(setup.directory / "gateway.public.jwk")
    document, _ = answers.claim_response(fhir.build_claim(claim_data()), "approve", str(uuid.uuid4()), "GBP")
    host, port = profile.callback_address

    def post(resource: dict, sender: str = PARTICIPANT_CODE, tamper: bool = False) -> int:
        token = hcx.seal(resource, hcx.headers(sender, PROVIDER_CODE, "c-1", request_id="r-1",
                                               status=hcx.COMPLETE), our_key)
        return _post(f"http://{host}:{port}/v1/claim/on_submit",
                     json.dumps({"payload": _tampered(token) if tamper else token}).encode())[0]

    assert post(document, tamper=True) == 400
    assert post(document, sender="SOMEONE-ELSE") == 400
    assert post({**document, "created": "yesterday"}) == 400  # not FHIR R4: dropped
    assert post(fhir.build_claim(claim_data())) == 400        # not an answer
    assert profile.collect() == []
    assert post(document) == 202
    [answer] = profile.collect()
    assert (answer.request_id, answer.correlation_id, answer.document["id"]) == ("r-1", "c-1", document["id"])


def test_a_broken_payer_file_is_refused(tmp_path):
    (tmp_path / "gateway.toml").write_text('[payer.X]\nprofile = "smoke-signals"\nbase_url = "http://x"\n')
    with pytest.raises(ConfigError, match="profile must be"):
        load_profiles(tmp_path / "gateway.toml")


def test_claim_lines_send_the_payer_code_first_and_keep_ours():
    document = fhir.build_claim(claim_data(lines=1))
    assert document["item"][0]["productOrService"]["coding"] == [
        {"system": fhir.PAYER_CODE_SYSTEM, "code": "NHI-001"},
        {"system": fhir.PRICE_CODE_SYSTEM, "code": "BED1", "display": "Bed day 1"}]
    with pytest.raises(ValueError, match="use"):
        fhir.build_claim(claim_data(), use="estimate")


def test_an_openimis_shaped_eligibility_answer_is_read():
    """openIMIS (coverageEligibilityRequestConverter) sends what is left as `allowed` under its own benefit codes,
    and item/service exclusions as `excluded`."""
    system = "https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/coverage-item-benefit-type"
    document = {
        "resourceType": "CoverageEligibilityResponse", "status": "active", "outcome": "complete",
        "purpose": ["benefits"], "created": "2026-11-20", "patient": {"reference": "Patient/070707070"},
        "request": {"reference": "CoverageEligibilityRequest"}, "insurer": {"reference": "Organization/openIMIS"},
        "insurance": [{"coverage": {"reference": "Coverage/5d2f", "display": "5d2f"},
                       "benefitPeriod": {"start": "2026-01-01", "end": "2026-12-31"},
                       "item": [{"category": {"coding": [{"code": "benefit"}]}, "name": "Basic cover",
                                 "benefit": [{"type": {"coding": [{"system": system, "code": "visits_left"}]},
                                              "allowedUnsignedInt": 4},
                                             {"type": {"coding": [{"system": system,
                                                                   "code": "hospitalization_amount"}]},
                                              "allowedMoney": {"value": 1500.0}}]},
                                {"category": {"coding": [{"code": "service"}]}, "excluded": True,
                                 "productOrService": {"coding": [{"code": "M2"}], "text": "M2"}}]}]}
    result = fhir.read_eligibility_response(document)
    assert (result.covered, result.plan, result.excluded_codes) == (True, "Basic cover", ["M2"])
    assert (result.benefit("visits").remaining, result.benefit("money").remaining) == (4, D("1500.00"))
    assert result.request_key is None and result.period_end == date(2026, 12, 31)


def test_documents_over_the_message_limit_are_refused_before_sending(profiles, payer):
    profile = profiles[EXCHANGE_CODE]
    reply = fhir.CommunicationReply(str(uuid.uuid4()), "q-1", "claim-1", "Scan attached.", datetime.now(UTC),
                                    [fhir.Attachment("image/png", "Scan", b"\x89PNG" + bytes(4000))])
    profile.max_message_bytes = 2000
    with pytest.raises(PayerError, match="message limit") as refused:
        profile.send(Outgoing(reply.key, "communication", fhir.build_communication(reply)))
    assert not refused.value.retryable and control(payer, "state")["attempts"] == {}


def test_a_remittance_of_hundreds_of_claims_fits_an_envelope():
    """A payment run's PaymentReconciliation is far over joserfc's 64 KB default (found by
    bench/insurance_gateway.py: 500 claims' remittance was refused by the gateway's callback receiver)."""
    key = hcx.make_key()
    lines = [(str(uuid.uuid4()), str(uuid.uuid4()), D("162.00")) for _ in range(800)]
    document = answers.payment_reconciliation(str(uuid.uuid4()), lines, "GBP")
    token = hcx.seal(document, hcx.headers(PARTICIPANT_CODE, PROVIDER_CODE, "corr", api_call_id=document["id"]), key)
    assert len(token) > 256 * 1024
    _, opened = hcx.open_envelope(token, key)
    assert opened == document
