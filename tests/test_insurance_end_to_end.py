"""National health insurance end to end in the real client, with the real hms-insurance-gateway (its loop in a
thread, as its own login) and the mock payer over HTTP, in both profiles (openIMIS FHIR R4; the HCX-style
exchange with JWE, 202 and callbacks): reception checks eligibility before the visit, the ward asks for the
admission's pre-authorisation, billing sends the claim (the pre-authorisation quoted), the payer asks for a
document and billing answers it, the payer adjudicates part of the claim per item, the payment run is posted,
and the account's balance is right. (The gateway killed mid-exchange: tests/test_insurance_gateway.py.)"""
from __future__ import annotations

import threading
import uuid
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest
from builders import register
from finance_helpers import (PAYER_PROFILES, consultation_charge, cover, english,  # noqa: F401 - english: a fixture
                             profile_payers, stay_charges, tag)
from insurance_screens import WAIT, open_claim, send_confirmed, wait_claim

from hospital_desktop.adt import queries as adt
from server_db.demo.generate import DEMO_PASSWORD
from server_db.demo.mock_payer import MockPayer, make_payer_setup
from server_db.insurance_gateway.gateway import Gateway, Settings
from server_db.insurance_gateway.profiles.config import load_profiles

pytestmark = [pytest.mark.db, pytest.mark.usefixtures("english")]
PROFILES = list(PAYER_PROFILES)
D = Decimal


@pytest.fixture(scope="module")
def payers(admin_url) -> dict[str, tuple[str, int]]:
    return profile_payers(admin_url)


@pytest.fixture(scope="module")
def running(tmp_path_factory, payers, cluster):
    """The mock payer and the gateway serving, as in production (NOTIFY-woken rounds)."""
    setup = make_payer_setup(tmp_path_factory.mktemp("e2e-payers"), timeout_seconds=3.0, poll_after_seconds=2.0,
                             openimis_code=payers["openimis"][0], exchange_code=payers["exchange"][0])
    payer = MockPayer.from_file(setup.payer_config, setup.payer_listen).start()
    url = cluster.state.url("hospital", user="insurancegateway", password=DEMO_PASSWORD)
    gateway = Gateway(Settings(url=url, poll_seconds=0.3, answer_within_seconds=5), load_profiles(setup.gateway_config))
    thread = threading.Thread(target=gateway.serve, daemon=True)
    thread.start()
    yield payer
    gateway.stop()
    thread.join(timeout=10)
    payer.stop()


def bed(admin) -> int:  # noqa: ANN001
    t = uuid.uuid4().hex[:5].upper()
    room = admin.execute("INSERT INTO adt.room (ward_id, code, name) SELECT id, %s, %s FROM core.department "
                         "WHERE code = 'MEDW' RETURNING id", (f"E{t}", f"End-to-end room {t}")).fetchone()[0]
    return admin.execute("INSERT INTO adt.bed (room_id, ward_id, code, label) SELECT id, ward_id, %s, %s "
                         "FROM adt.room WHERE id = %s RETURNING id", (f"E{t}A", f"E{t}A", room)).fetchone()[0]


@pytest.mark.parametrize("profile", PROFILES)
def test_eligibility_preauthorisation_claim_query_adjudication_and_remittance(
        qtbot, shell, admin, connect_as, login_db, payers, running, profile, tmp_path: Path):
    payer = running
    patient = register(connect_as, f"Endtoend{profile}-{tag()}")
    cover(connect_as, patient.id, payers[profile][1])

    # Reception, before the visit: is the patient covered?
    reception = shell("reception1")
    assert reception.select_workspace("reception")
    desk = reception.workspaces["reception"].widget
    panel = desk.eligibility
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        desk.open_patient(SimpleNamespace(id=patient.id))
    panel.check_button.click()
    qtbot.waitUntil(lambda: "Covered" in panel.answer.text(), timeout=WAIT)
    assert "left" in panel.answer.text() and "checked just now" in panel.answer.text()

    # The ward: admitted, and the admission's pre-authorisation asked for from the bed panel.
    with login_db("doctor1").session() as s:
        admission = adt.admit(s, patient.id, bed(admin), None, "Chest pain for observation")
    nurse = shell("nurse1")
    assert nurse.select_workspace("ward")
    ward = nurse.workspaces["ward"].widget
    qtbot.waitUntil(lambda: ward.select_patient(patient.mrn), timeout=WAIT)
    qtbot.waitUntil(lambda: ward.panel.patient is not None and ward.panel.patient.admission_id == admission,
                    timeout=WAIT)
    dialog = ward.panel.request_preauthorization()
    qtbot.waitUntil(lambda: bool(dialog.prices), timeout=WAIT)
    assert dialog.admission.currentData() == admission and dialog.add_item("CONS-GEN", D("1"))
    dialog.reason.setPlainText("Chest pain: observation and cardiology review")
    with qtbot.waitSignal(dialog.requested, timeout=WAIT) as requested:
        dialog.buttons.accepted.emit()
    preauth = requested.args[0]

    def preauth_state() -> tuple[str, str | None]:
        with connect_as("billing1") as conn:
            return conn.execute("SELECT status, payer_reference FROM insurance.preauthorization WHERE id = %s",
                                (preauth,)).fetchone()

    qtbot.waitUntil(lambda: preauth_state()[0] != "requested", timeout=WAIT)
    status, reference = preauth_state()
    assert status == "approved" and reference.startswith("PA-")

    # Billing: today's consultation and two bed-days, invoiced; the claim sent from the claims list.
    _, consultation = consultation_charge(connect_as, patient.id)
    _, nights = stay_charges(admin, patient.id, nights=2, price="200.00")
    with connect_as("billing1") as conn:
        coverage = conn.execute("SELECT id FROM billing.coverage WHERE patient_id = %s", (patient.id,)).fetchone()[0]
        invoice = conn.execute("SELECT billing.issue_invoice(%s, %s, %s)",
                               (patient.id, [consultation, *nights], coverage)).fetchone()[0]
        claim = conn.execute("SELECT billing.create_claim(%s)", (invoice,)).fetchone()[0]
    payer.script("claim", ["query+partial"])
    billing = shell("billing1")
    claims = open_claim(qtbot, billing, claim)
    send_confirmed(qtbot, claims)
    wait_claim(qtbot, claims, lambda c: c.status == "submitted")

    # The payer asks for a document; billing answers it with the discharge letter.
    assert billing.select_workspace("payer_queries")
    queries = billing.workspaces["payer_queries"].widget
    queries.refresh()
    qtbot.waitUntil(lambda: _query_open(connect_as, claim), timeout=WAIT)  # the gateway recorded the payer's query
    queries.refresh()
    qtbot.waitUntil(lambda: any(q.claim_id == claim for q in queries.rows), timeout=WAIT)
    query = next(q for q in queries.rows if q.claim_id == claim)
    assert queries.select_query(query.id)
    letter = tmp_path / "discharge-letter.pdf"
    letter.write_bytes(b"%PDF-1.4 discharge letter of the stay")
    with qtbot.waitSignal(queries.answered, timeout=WAIT):
        queries.answer_selected("The discharge letter is attached.", [str(letter)])

    # The payer decides per item: the claim is partly approved, with the reasons per item.
    claims = open_claim(qtbot, billing, claim)
    wait_claim(qtbot, claims, lambda c: c.status == "partial")
    with connect_as("billing1") as conn:
        sent = conn.execute("SELECT fhir_claim FROM billing.claim WHERE id = %s", (claim,)).fetchone()[0]
        claimed, approved = conn.execute("SELECT claimed_amount, approved_amount FROM billing.claim WHERE id = %s",
                                         (claim,)).fetchone()
    assert sent["insurance"][0]["preAuthRef"] == [reference]
    # (the items of the claim as first shown have no decision yet: wait for the decided ones)
    qtbot.waitUntil(lambda: claims.items.rowCount() == 3 and claims.items.item(2, 5).text() != "", timeout=WAIT)
    assert [claims.items.item(r, 5).text() for r in range(3)] == ["approved", "reduced", "rejected"]
    assert all(claims.items.item(r, 6).text() for r in (1, 2))

    # The payment run: posted against the invoice without anyone typing it, and the balance is right.
    payer.remit()
    qtbot.waitUntil(lambda: _paid(connect_as, claim) == approved, timeout=WAIT)
    with connect_as("billing1") as conn:
        remittance = conn.execute("SELECT remittance_id FROM insurance.remittance_line WHERE claim_id = %s",
                                  (claim,)).fetchone()[0]
    assert billing.select_workspace("remittances")
    remittances = billing.workspaces["remittances"].widget
    remittances.refresh()
    qtbot.waitUntil(lambda: any(r.id == remittance for r in remittances.rows), timeout=WAIT)
    with qtbot.waitSignal(remittances.lines_loaded, timeout=WAIT):
        remittances.select(remittance)
    assert [(ln.status, ln.amount) for ln in remittances.line_rows if ln.claim_id == claim] == [("posted", approved)]
    with connect_as("billing1") as conn:
        payer_paid, payer_balance, patient_due, patient_share, denied = conn.execute(
            "SELECT payer_paid, payer_balance, patient_due, patient_share, payer_denied "
            "FROM billing.invoice_account(NULL, %s)", (invoice,)).fetchone()
    assert payer_paid == approved and payer_balance == 0
    assert denied == claimed - approved and patient_due == patient_share + denied


def _paid(connect_as, claim: int) -> Decimal | None:  # noqa: ANN001
    with connect_as("billing1") as conn:
        return conn.execute("SELECT sum(amount) FROM billing.payment WHERE claim_id = %s", (claim,)).fetchone()[0]


def _query_open(connect_as, claim: int) -> bool:  # noqa: ANN001
    with connect_as("billing1") as conn:
        return conn.execute("SELECT count(*) FROM insurance.payer_query WHERE claim_id = %s AND status = 'open'",
                            (claim,)).fetchone()[0] == 1
