"""hms-insurance-gateway against the mock payer over HTTP, in both profiles (openIMIS FHIR R4, synchronous with a
JWT; the HCX-style exchange, JWE with 202 and callbacks), writing into the real database as its own login:
eligibility, pre-authorisation carried into the claim, a claim queried by the payer and adjudicated per item,
remittance posted, and a gateway killed mid-exchange that loses nothing and posts nothing twice."""
from __future__ import annotations

import base64
import json
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
from builders import register
from finance_helpers import PAYER_PROFILES, consultation_charge, cover, payer_plan, profile_payers, stay_charges, tag

from server_db.demo.generate import DEMO_PASSWORD
from server_db.demo.mock_payer import MockPayer, make_payer_setup
from server_db.insurance_gateway.gateway import Gateway, Settings
from server_db.insurance_gateway.profiles.config import load_profiles

pytestmark = pytest.mark.db
PROFILES = list(PAYER_PROFILES)
D = Decimal
PDF = b"%PDF-1.4\n% discharge letter\n"


@pytest.fixture(scope="module")
def payers(admin_url) -> dict[str, tuple[str, int]]:
    return profile_payers(admin_url)


@pytest.fixture(scope="module")
def setup(tmp_path_factory, payers):
    return make_payer_setup(tmp_path_factory.mktemp("payers"), timeout_seconds=2.0, poll_after_seconds=1.0,
                            openimis_code=payers["openimis"][0], exchange_code=payers["exchange"][0])


@pytest.fixture()
def payer(setup):
    server = MockPayer.from_file(setup.payer_config, setup.payer_listen).start()
    yield server
    server.stop()


def gateway_url(cluster) -> str:  # noqa: ANN001
    return cluster.state.url("hospital", user="insurancegateway", password=DEMO_PASSWORD)


@pytest.fixture()
def gateway(setup, payer, cluster):
    profiles = load_profiles(setup.gateway_config)
    running = Gateway(Settings(url=gateway_url(cluster), lease_seconds=3, answer_within_seconds=3), profiles)
    yield running
    for profile in profiles.values():
        profile.close()


def drain(gateway: Gateway, until: Callable[[], object], timeout: float = 20.0) -> object:
    """Gateway rounds until `until()` is truthy (what a running gateway does between NOTIFYs)."""
    deadline = time.monotonic() + timeout
    with gateway.connect() as conn:
        while True:
            gateway.run_once(conn)
            value = until()
            if value:
                return value
            assert time.monotonic() < deadline, f"nothing came within {timeout} s; tally {gateway.tally}"
            time.sleep(0.05)


def one(connect_as, sql: str, params=()):  # noqa: ANN001
    with connect_as("billing1") as conn:
        row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0] if len(row) == 1 else row


def covered_patient(connect_as, payers, profile: str) -> int:  # noqa: ANN001
    patient = register(connect_as).id
    cover(connect_as, patient, payers[profile][1])
    return patient


def claim_for(connect_as, patient: int, charges: list[int]) -> tuple[int, int]:  # noqa: ANN001
    with connect_as("billing1") as conn:
        coverage = conn.execute("SELECT id FROM billing.coverage WHERE patient_id = %s", (patient,)).fetchone()[0]
        invoice = conn.execute("SELECT billing.issue_invoice(%s, %s, %s)", (patient, charges, coverage)).fetchone()[0]
        claim = conn.execute("SELECT billing.create_claim(%s)", (invoice,)).fetchone()[0]
    return invoice, claim


@pytest.mark.parametrize("profile", PROFILES)
def test_eligibility_before_the_visit(connect_as, payers, payer, gateway, profile):
    covered = covered_patient(connect_as, payers, profile)
    lapsed = covered_patient(connect_as, payers, profile)
    payer.script("eligibility", ["covered", "not_covered"])
    with connect_as("reception1") as conn:
        conn.execute("SELECT insurance.request_eligibility(%s)", (covered,))
        conn.execute("SELECT insurance.request_eligibility(%s)", (lapsed,))

    def answers():  # noqa: ANN202
        with connect_as("reception1") as conn:
            rows = [conn.execute("SELECT covered, benefits, benefit_start, stale FROM insurance.patient_eligibility(%s)",
                                 (p,)).fetchone() for p in (covered, lapsed)]
        return rows if all(r[0] is not None for r in rows) else None

    (yes, benefits, start, stale), (no, *_) = drain(gateway, answers)
    assert (yes, no, stale) == (True, False, False)
    assert {b["category"] for b in benefits} == {"visits", "admissions", "money"} and start is not None
    money = next(b for b in benefits if b["category"] == "money")
    assert D(money["remaining"]) == D(money["allowed"]) - D(money["used"])
    sent = one(connect_as, "SELECT document FROM insurance.request WHERE patient_id = %s AND kind = 'eligibility'",
               (covered,))
    assert sent["resourceType"] == "CoverageEligibilityRequest"


@pytest.mark.parametrize("profile", PROFILES)
def test_preauthorised_admission_then_claim_queried_adjudicated_and_remitted(connect_as, payers, payer, gateway,
                                                                             admin, profile):
    patient, charge = consultation_charge(connect_as)  # served today, inside the pre-authorisation's period
    cover(connect_as, patient, payers[profile][1])
    _, stay = stay_charges(admin, patient, nights=2, price="200.00")
    price = one(connect_as, "SELECT pi.code FROM billing.charge c JOIN billing.price_item pi ON pi.id = c.price_item_id "
                            "WHERE c.id = %s", (charge,))
    with connect_as("nurse1") as conn:
        preauth = conn.execute("SELECT insurance.request_preauthorization(%s, %s, %s)",
                               (patient, json.dumps([{"price_code": price}]), "Chest pain for observation")).fetchone()[0]
    status, reference = drain(gateway, lambda: (row := one(connect_as, "SELECT status, payer_reference FROM "
                                                            "insurance.preauthorization WHERE id = %s", (preauth,)))
                              and row[0] != "requested" and row)
    assert status == "approved" and reference.startswith("PA-")

    payer.script("claim", ["query+partial"])
    invoice, claim = claim_for(connect_as, patient, [charge, *stay])
    with connect_as("billing1") as conn:
        conn.execute("SELECT insurance.submit_claim(%s)", (claim,))
    query = drain(gateway, lambda: one(connect_as, "SELECT id FROM insurance.payer_query WHERE claim_id = %s", (claim,)))
    sent = one(connect_as, "SELECT fhir_claim FROM billing.claim WHERE id = %s", (claim,))
    assert sent["insurance"][0]["preAuthRef"] == [reference]
    with connect_as("billing1") as conn:
        conn.execute("SELECT insurance.answer_query(%s, %s, %s)",
                     (query, "Discharge letter attached.",
                      json.dumps([{"title": "Discharge letter", "content_type": "application/pdf",
                                   "content_base64": base64.b64encode(PDF).decode()}])))
    assert drain(gateway, lambda: one(connect_as, "SELECT status FROM billing.claim WHERE id = %s", (claim,))
                 != "submitted")
    status, claimed, approved = one(connect_as, "SELECT status, claimed_amount, approved_amount FROM billing.claim "
                                                "WHERE id = %s", (claim,))
    items = [one(connect_as, "SELECT array_agg(approved_amount ORDER BY sequence) FROM billing.claim_item "
                             "WHERE claim_id = %s", (claim,))]
    reasons = one(connect_as, "SELECT array_agg(reason ORDER BY sequence) FROM billing.claim_item WHERE claim_id = %s",
                  (claim,))
    assert status == "partial" and D(0) < approved < claimed and sum(items[0]) == approved
    assert reasons[0] is None and any(r for r in reasons[1:])  # the first in full, the others reduced with reasons
    received = [c for c in payer.state()["requests"] if c["kind"] == "claim" and c["state"] == "decided"]
    assert len([c for c in received if c["approved"] == f"{approved:.2f}"]) >= 1

    payer.remit()
    paid = drain(gateway, lambda: one(connect_as, "SELECT sum(amount) FROM billing.payment WHERE claim_id = %s",
                                      (claim,)))
    assert paid == approved
    with connect_as("billing1") as conn:
        account = conn.execute("SELECT total_amount, payer_paid, payer_balance, patient_due, patient_share, "
                               "payer_denied FROM billing.invoice_account(NULL, %s)", (invoice,)).fetchone()
    total, payer_paid, payer_balance, patient_due, patient_share, denied = account
    assert payer_paid == approved and payer_balance == 0
    assert denied == claimed - approved and patient_due == patient_share + denied  # the denied part: the patient's
    # a second remittance run pays nothing again
    assert payer.remit() == []


def test_a_gateway_killed_mid_exchange_loses_nothing_and_posts_nothing_twice(connect_as, payers, payer, setup,
                                                                            cluster, admin):
    """The real command in a subprocess, killed (SIGKILL) while a claim's answer is on its way and while a
    remittance is being delivered; restarted, it finishes every exchange exactly once."""
    patients = [covered_patient(connect_as, payers, "exchange") for _ in range(3)]
    claims = []
    for patient in patients:
        _, charges = stay_charges(admin, patient, nights=1, price="200.00")
        claims.append(claim_for(connect_as, patient, charges)[1])
    payer.script("claim", ["late+approve", "approve", "twice+approve"], delay=2.0)

    def start() -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, "-m", "server_db.insurance_gateway", "--url", gateway_url(cluster), "--payers",
             str(setup.gateway_config), "--lease", "2", "--answer-within", "3", "--poll", "0.2", "--log-level",
             "WARNING"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def decided() -> int:
        return one(connect_as, "SELECT count(*) FROM billing.claim WHERE id = ANY (%s) AND status = 'approved'",
                   (claims,))

    gateway = start()
    try:
        with connect_as("billing1") as conn:
            for claim in claims:
                conn.execute("SELECT insurance.submit_claim(%s)", (claim,))
        deadline = time.monotonic() + 10
        while len(payer.state()["requests"]) < 3 or decided() == 3:  # all three at the payer, not all answered
            assert time.monotonic() < deadline
            time.sleep(0.05)
        gateway.send_signal(signal.SIGKILL)
        gateway.wait(10)
        time.sleep(1.0)  # the late callback arrives while nobody listens: the exchange retries it
        gateway = start()
        deadline = time.monotonic() + 30
        while decided() < 3:
            assert time.monotonic() < deadline, gateway.stderr.read1().decode() if gateway.poll() else "still waiting"
            time.sleep(0.1)
        payer.remit()
        time.sleep(0.3)
        gateway.send_signal(signal.SIGKILL)  # likely mid-delivery of the remittance
        gateway.wait(10)
        gateway = start()
        deadline = time.monotonic() + 30
        while one(connect_as, "SELECT count(*) FROM billing.payment WHERE claim_id = ANY (%s)", (claims,)) < 3:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(1.5)  # time for any repeat to arrive
    finally:
        gateway.send_signal(signal.SIGTERM)
        try:
            gateway.wait(10)
        except subprocess.TimeoutExpired:
            gateway.kill()
    state = payer.state()
    assert sorted(c["state"] for c in state["requests"] if c["kind"] == "claim") == ["decided"] * 3  # one each
    with connect_as("billing1") as conn:
        payments = conn.execute("SELECT claim_id, count(*), sum(amount) FROM billing.payment WHERE claim_id = ANY (%s) "
                                "GROUP BY claim_id", (claims,)).fetchall()
        approved = dict(conn.execute("SELECT id, approved_amount FROM billing.claim WHERE id = ANY (%s)",
                                     (claims,)).fetchall())
        requests = conn.execute("SELECT status, count(*) FROM insurance.request WHERE claim_id = ANY (%s) "
                                "GROUP BY status", (claims,)).fetchall()
        remittances = conn.execute("SELECT count(DISTINCT remittance_id) FROM insurance.remittance_line "
                                   "WHERE claim_id = ANY (%s)", (claims,)).fetchone()[0]
    assert sorted((c, n, s) for c, n, s in payments) == sorted((c, 1, approved[c]) for c in claims)
    assert requests == [("answered", 3)] and remittances == 1


def test_demo_mode_payers_answer_the_demo_hospitals_insurers(connect_as, admin_url, tmp_path):
    """What `hospital-desktop --demo` starts (server_db/demo/payers.py): the demo's NHI answers over openIMIS,
    MediPlus over the exchange, through the gateway as the demo's `insurancegateway` login."""
    from server_db.demo.payers import start_demo_payers

    patients = {}
    for payer, plan in (("NHI", "STD"), ("MEDIPLUS", "GOLD")):
        patient = register(connect_as).id
        plan_id = one(connect_as, "SELECT pl.id FROM billing.plan pl JOIN billing.payer py ON py.id = pl.payer_id "
                                  "WHERE py.code = %s AND pl.code = %s", (payer, plan))
        cover(connect_as, patient, plan_id)
        with connect_as("reception1") as conn:
            conn.execute("SELECT insurance.request_eligibility(%s)", (patient,))
        patients[payer] = patient
    demo = start_demo_payers(admin_url, tmp_path)
    try:
        deadline = time.monotonic() + 20
        while True:
            with connect_as("reception1") as conn:
                covered = {payer: conn.execute("SELECT covered FROM insurance.patient_eligibility(%s)",
                                               (patient,)).fetchone()[0] for payer, patient in patients.items()}
            if None not in covered.values():
                break
            assert time.monotonic() < deadline, covered
            time.sleep(0.1)
    finally:
        demo.stop()
    assert covered == {"NHI": True, "MEDIPLUS": True}
    protocols = {c["protocol"] for c in demo.payer.state()["requests"]}
    assert protocols == {"openimis", "exchange"}


class _BrokenProfile:
    """A payer profile with a bug: sending and collecting raise what no profile should."""
    payer_code = "BROKEN"

    def send(self, out):  # noqa: ANN001, ANN201
        raise RuntimeError("index out of range in the profile")

    def collect(self):  # noqa: ANN201
        raise RuntimeError("the callback queue is corrupt")

    def close(self) -> None:
        pass


def test_a_fault_in_one_payers_profile_is_retried_and_stops_nothing_else(connect_as, admin, cluster, payers, payer,
                                                                         setup):
    broken_payer, plan = payer_plan(admin, code=f"BR-{tag()}")
    code = admin.execute("SELECT code FROM billing.payer WHERE id = %s", (broken_payer,)).fetchone()[0]
    stuck = register(connect_as).id
    cover(connect_as, stuck, plan)
    fine = covered_patient(connect_as, payers, "openimis")
    with connect_as("reception1") as conn:
        conn.execute("SELECT insurance.request_eligibility(%s)", (stuck,))
        conn.execute("SELECT insurance.request_eligibility(%s)", (fine,))
    profiles = {**load_profiles(setup.gateway_config), code: _BrokenProfile()}
    gateway = Gateway(Settings(url=gateway_url(cluster)), profiles)
    try:
        drain(gateway, lambda: one(connect_as, "SELECT covered FROM insurance.patient_eligibility(%s)", (fine,)))
    finally:
        for profile in profiles.values():
            profile.close()
    status, attempts, error = one(connect_as, "SELECT status, attempts, last_error FROM insurance.request "
                                              "WHERE patient_id = %s", (stuck,))
    assert (status, attempts) == ("queued", 1) and "failed while sending" in error  # retried later, with back-off
