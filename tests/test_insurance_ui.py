"""National health insurance in the real client against the real database (pytest-qt, offscreen). The payers'
answers are played by the gateway's own login through the gateway functions (tests/payer_side.py): reception
checks eligibility and sees the answer arrive; billing queues a claim, the payer decides it per item; a payer's
query is answered with a document; a remittance posts and an unmatched line is reconciled; a nurse asks for a
pre-authorisation of the admission; an administrator's item code that needs pre-authorisation becomes billing's
warning before a claim is sent."""
from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import payer_side
import pytest
from builders import register
from insurance_screens import WAIT, open_claim, send_confirmed, wait_claim
from finance_helpers import cover, english, payer_plan, stay_charges, tag  # noqa: F401 - english: a fixture
from PySide6.QtWidgets import QMessageBox
from screens import SHOTS, shot, shot_over

from hospital_desktop.adt import queries as adt
from hospital_desktop.billing.views.eligibility_panel import EligibilityPanel
from hospital_desktop.billing.views.payer_queries_tab import PayerQueriesWorkspace
from hospital_desktop.billing.views.preauth_dialog import PreauthorizationDialog
from hospital_desktop.billing.views.preauth_tab import PreauthorizationsWorkspace
from hospital_desktop.billing.views.remittances_tab import RemittancesWorkspace

pytestmark = [pytest.mark.db, pytest.mark.usefixtures("english")]
D = Decimal


@pytest.fixture()
def gateway(connect_as):
    with connect_as(payer_side.GATEWAY, autocommit=True) as conn:
        yield conn


def covered_claim(connect_as, admin, nights: int = 2) -> dict:
    """A covered stay (200 a night, 90 % after a 20.00 co-pay), invoiced, with a draft claim: 162 per night."""
    patient = register(connect_as, f"Claimui-{tag()}").id
    _, charges = stay_charges(admin, patient, nights=nights, price="200.00")
    payer, plan = payer_plan(admin, percent="90", copay="20.00")
    code = admin.execute("SELECT code FROM billing.payer WHERE id = %s", (payer,)).fetchone()[0]
    coverage = cover(connect_as, patient, plan)
    with connect_as("billing1") as conn:
        invoice = conn.execute("SELECT billing.issue_invoice(%s, %s, %s)", (patient, charges, coverage)).fetchone()[0]
        claim = conn.execute("SELECT billing.create_claim(%s)", (invoice,)).fetchone()[0]
        key = conn.execute("SELECT idempotency_key FROM billing.claim WHERE id = %s", (claim,)).fetchone()[0]
    return {"patient": patient, "invoice": invoice, "claim": claim, "key": key, "payer": code, "payer_id": payer,
            "plan": plan}


def look(qtbot, window, name: str, dialog=None) -> None:  # noqa: ANN001
    """A screenshot (HMS_SHOTS_DIR) once the last answers are painted and the layouts have settled."""
    if not SHOTS:
        return
    qtbot.wait(300)
    if dialog is None:
        shot(window, name)
    else:
        shot_over(window, dialog, name)


# ---------------------------------------------------------------------------------------------------------------
def test_reception_checks_eligibility_and_sees_the_answer_arrive(qtbot, shell, admin, connect_as, gateway):
    uninsured = register(connect_as, f"Noins-{tag()}")
    patient = register(connect_as, f"Eligui-{tag()}")
    _, plan = payer_plan(admin)
    cover(connect_as, patient.id, plan)
    window = shell("reception1")
    window.resize(1366, 768)  # the screenshots (HMS_SHOTS_DIR) at a workstation's size
    assert window.select_workspace("reception")
    ws = window.workspaces["reception"].widget
    panel = ws.eligibility
    assert isinstance(panel, EligibilityPanel) and panel.isVisible()

    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        ws.open_patient(SimpleNamespace(id=uninsured.id))  # as the patient list hands a row over (open_chart reads it)
    assert "No insurance on file" in panel.headline.text() and not panel.check_button.isEnabled()

    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        ws.open_patient(SimpleNamespace(id=patient.id))
    assert "member M" in panel.headline.text() and "Not checked with the payer yet" in panel.answer.text()
    assert panel.check_button.isEnabled()
    panel.check_button.click()
    qtbot.waitUntil(lambda: "Waiting for the payer" in panel.answer.text(), timeout=WAIT)
    assert not panel.check_button.isEnabled() and panel.poll.isActive()  # it asks again by itself

    row = payer_side.take(gateway, payer_side.of_patient(patient.id, "eligibility"))
    payer_side.sent(gateway, row)
    benefits = [{"category": "visits", "unit": "visits", "allowed": 12, "used": 3, "remaining": 9},
                {"category": "admissions", "unit": "admissions", "allowed": 2, "used": 0, "remaining": 2}]
    assert payer_side.answer_eligibility(gateway, row, benefits=benefits, excluded_items=["COSMETIC-1"]) == "covered"
    # The panel polls (every few seconds) and shows the answer without a click, then stops polling.
    qtbot.waitUntil(lambda: "Covered" in panel.answer.text(), timeout=WAIT)
    text = panel.answer.text()
    assert "visits: 9 of 12 left" in text and "admissions: 2 of 2 left" in text and "COSMETIC-1" in text
    assert "benefit period 01/01/2026 – 31/12/2026" in text and "checked just now" in text
    assert "out of date" not in text and not panel.poll.isActive() and panel.check_button.isEnabled()
    look(qtbot, window, "insurance_reception_eligibility")

    # An answer older than the payer's eligibility_valid_hours is shown as out of date (amber).
    admin.execute("UPDATE insurance.eligibility SET answered_at = now() - interval '30 hours' WHERE request_id = %s",
                  (row["id"],))
    with qtbot.waitSignal(panel.loaded, timeout=WAIT):
        panel.reload()
    assert "out of date" in panel.answer.text() and "checked 30 h ago" in panel.answer.text()

    # A failed check shows its error; NOT COVERED shows in red.
    panel.check_button.click()
    qtbot.waitUntil(lambda: "Waiting for the payer" in panel.answer.text(), timeout=WAIT)
    again = payer_side.take(gateway, payer_side.of_patient(patient.id, "eligibility"))
    assert payer_side.failed(gateway, again, "the payer's service answered HTTP 503") == "failed"
    qtbot.waitUntil(lambda: "HTTP 503" in panel.answer.text(), timeout=WAIT)
    assert "Press Check eligibility to ask again" in panel.answer.text()  # what to do next
    panel.check_button.click()
    third = payer_side.take(gateway, payer_side.of_patient(patient.id, "eligibility"))
    payer_side.answer_eligibility(gateway, third, covered=False, benefits=[], benefit_start=None, benefit_end=None,
                                  disposition="Membership ended")
    qtbot.waitUntil(lambda: "NOT COVERED" in panel.answer.text(), timeout=WAIT)
    assert "Membership ended" in panel.answer.text() and "benefit period" not in panel.answer.text()


# ---------------------------------------------------------------------------------------------------------------
def test_billing_queues_a_claim_and_sees_the_payers_decision_per_item(qtbot, shell, admin, connect_as, gateway):
    c = covered_claim(connect_as, admin)
    window = shell("billing1")
    window.resize(1366, 768)  # the screenshots (HMS_SHOTS_DIR) at a workstation's size
    claims = open_claim(qtbot, window, c["claim"])
    assert claims.send_button.isEnabled() and not claims.retry_button.isEnabled()
    assert "not sent" in claims.state.text()
    warnings = send_confirmed(qtbot, claims)
    # Eligibility was never checked: billing was told before the claim went, and chose to send it.
    assert [w.kind for w in warnings] == ["eligibility_stale"]
    wait_claim(qtbot, claims, lambda x: x.status == "submitted" and x.request_status == "queued")
    assert "queued" in claims.state.text() and not claims.send_button.isEnabled()
    look(qtbot, window, "insurance_claim_queued")
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT status FROM insurance.request WHERE claim_id = %s AND kind = 'claim'",
                            (c["claim"],)).fetchone()[0] == "queued"

    row = payer_side.take(gateway, lambda r: r["kind"] == "claim" and r["request_id"] == c["key"])
    assert [line["claimed_amount"] for line in row["subject"]["lines"]] == [162.0, 162.0]
    payer_side.sent(gateway, row)
    claims.refresh()
    wait_claim(qtbot, claims, lambda x: x.request_status == "sent")
    assert "waiting for the payer" in claims.state.text() and claims.status_button.isEnabled()
    # Ask the payer where the claim stands: a status request goes into the outbox.
    claims.status_button.click()
    qtbot.waitUntil(lambda: claims.detail_rows is not None
                    and any(r.kind == "status" for r in claims.detail_rows.requests), timeout=WAIT)

    outcome = payer_side.answer_claim(gateway, row, [
        {"sequence": 1, "approved": 162, "reason": None},
        {"sequence": 2, "approved": 81, "reason": "Tariff limit: half of the bed-day rate"}],
        payer_reference="NHI-4711", reason="Partially settled")
    assert outcome == "claim partial"
    # The claims list looks again by itself while a request is on its way (every few seconds).
    wait_claim(qtbot, claims, lambda x: x.status == "partial" and x.request_status == "answered")
    qtbot.waitUntil(lambda: claims.items.rowCount() == 2 and claims.items.item(1, 5).text() == "reduced", timeout=WAIT)
    assert [claims.items.item(r, 5).text() for r in range(2)] == ["approved", "reduced"]
    assert claims.items.item(1, 6).text() == "Tariff limit: half of the bed-day rate"
    assert claims.items.item(1, 4).text() == "81.00"
    assert "NHI-4711" in claims.detail.text() and "answered" in claims.state.text()
    assert claims.pay_button.isEnabled()
    look(qtbot, window, "insurance_claim_items")


    # The financial views count the decision.
    window.select_workspace("finance_reports")
    reports = window.workspaces["finance_reports"].widget
    from datetime import date, timedelta
    with qtbot.waitSignal(reports.loaded, timeout=WAIT):
        reports.set_period(date.today() - timedelta(days=60), date.today() + timedelta(days=1))
        reports.refresh()
    qtbot.waitUntil(lambda: reports.rejections is not None and not reports.rejections.is_empty(), timeout=WAIT)
    assert not reports.approval.is_empty() and "decided in the period" in reports.insurance_figures.text()
    assert "Tariff limit: half of the bed-day rate" in reports.rejection_list.text()
    reports.pages.setCurrentIndex(1)
    look(qtbot, window, "insurance_financial_views")


def test_a_failed_claim_request_is_sent_again(qtbot, shell, admin, connect_as, gateway):
    c = covered_claim(connect_as, admin, nights=1)
    with connect_as("billing1") as conn:
        conn.execute("SELECT insurance.submit_claim(%s)", (c["claim"],))
        conn.commit()
    row = payer_side.take(gateway, lambda r: r["kind"] == "claim" and r["request_id"] == c["key"])
    payer_side.failed(gateway, row, "the payer refused the request: member unknown")
    window = shell("billing1")
    window.resize(1366, 768)
    claims = open_claim(qtbot, window, c["claim"])
    wait_claim(qtbot, claims, lambda x: x.request_status == "failed")
    assert "failed after 1 attempt," in claims.state.text() and "member unknown" in claims.state.text()
    assert "press Send again" in claims.state.text()  # what to do next, in the clerk's words
    look(qtbot, window, "insurance_claim_failed")
    assert claims.retry_button.isEnabled() and not claims.send_button.isEnabled()
    claims.retry_button.click()
    wait_claim(qtbot, claims, lambda x: x.request_status == "queued")
    assert not claims.retry_button.isEnabled()


# ---------------------------------------------------------------------------------------------------------------
def test_a_payer_query_is_answered_with_a_document(qtbot, shell, admin, connect_as, gateway, tmp_path: Path):
    c = covered_claim(connect_as, admin, nights=1)
    with connect_as("billing1") as conn:
        conn.execute("SELECT insurance.submit_claim(%s)", (c["claim"],))
        conn.commit()
    row = payer_side.take(gateway, lambda r: r["kind"] == "claim" and r["request_id"] == c["key"])
    payer_side.sent(gateway, row)
    question = f"Please send the discharge summary ({tag()})"
    assert payer_side.raise_query(gateway, c["payer"], c["key"], question, ["Discharge summary"],
                                  reference="Q-77") == "payer query opened"

    window = shell("billing1")
    window.resize(1366, 768)  # the screenshots (HMS_SHOTS_DIR) at a workstation's size
    assert window.select_workspace("payer_queries")
    ws = window.workspaces["payer_queries"].widget
    assert isinstance(ws, PayerQueriesWorkspace)
    ws.refresh()
    qtbot.waitUntil(lambda: any(q.question == question for q in ws.rows), timeout=WAIT)
    query = next(q for q in ws.rows if q.question == question)
    assert ws.select_query(query.id) and ws.answer_button.isEnabled()
    assert "Discharge summary" in ws.detail.text() and f"claim {c['claim']}" in ws.detail.text()
    look(qtbot, window, "insurance_payer_queries")

    # Files are checked in the form: type and size, with a plain sentence.
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF" + b"0" * (5 * 1024 * 1024 + 1))
    program = tmp_path / "tool.exe"
    program.write_bytes(b"MZ")
    dialog = ws.answer_selected()
    dialog.add_files([str(big)])
    assert "at most 3.5 MB" in dialog.error.text() and not dialog.attachments
    # two files that pass one by one but not together: the second is refused with the total
    for name in ("part1.pdf", "part2.pdf"):
        (tmp_path / name).write_bytes(b"%PDF" + b"0" * 2_000_000)
    dialog.add_files([str(tmp_path / "part1.pdf"), str(tmp_path / "part2.pdf")])
    assert [a.title for a in dialog.attachments] == ["part1.pdf"] and "4.0 MB" in dialog.error.text()
    dialog.files.setCurrentRow(0)
    dialog.remove_selected()
    assert not dialog.attachments
    dialog.add_files([str(program)])
    assert "only PDF, PNG, JPEG and text" in dialog.error.text()
    dialog.text.setPlainText("The discharge summary of the stay is attached.")
    dialog.show()
    look(qtbot, window, "insurance_answer_dialog", dialog)
    dialog.reject()

    summary = tmp_path / "discharge-summary.pdf"
    summary.write_bytes(b"%PDF-1.4 discharge summary of the stay")
    with qtbot.waitSignal(ws.answered, timeout=WAIT) as answered:
        ws.answer_selected("The discharge summary of the stay is attached.", [str(summary)])
    with connect_as("billing1") as conn:
        kind, status, query_id = conn.execute("SELECT kind, status, query_id FROM insurance.request WHERE id = %s",
                                              (answered.args[0],)).fetchone()
        assert (kind, status, query_id) == ("communication", "queued", query.id)
        assert conn.execute("SELECT title, content_type, content FROM insurance.query_attachment WHERE query_id = %s",
                            (query.id,)).fetchone() == ("discharge-summary.pdf", "application/pdf",
                                                        summary.read_bytes())
    qtbot.waitUntil(lambda: ws.selected() is not None and ws.selected().status == "answered", timeout=WAIT)
    assert "discharge-summary.pdf" in ws.detail.text() and not ws.answer_button.isEnabled()
    # The claim shows its query and the answer going out.
    claims = open_claim(qtbot, window, c["claim"])
    qtbot.waitUntil(lambda: claims.detail_rows is not None and len(claims.detail_rows.queries) == 1
                    and any(r.kind == "communication" for r in claims.detail_rows.requests), timeout=WAIT)
    assert claims.queries_table.item(0, 3).text() == "answered"


# ---------------------------------------------------------------------------------------------------------------
def test_a_remittance_posts_and_an_unmatched_line_is_reconciled(qtbot, shell, admin, connect_as, gateway):
    c = covered_claim(connect_as, admin, nights=2)   # claimed 324
    with connect_as("billing1") as conn:
        conn.execute("SELECT insurance.submit_claim(%s)", (c["claim"],))
        conn.commit()
    row = payer_side.take(gateway, lambda r: r["kind"] == "claim" and r["request_id"] == c["key"])
    payer_side.answer_claim(gateway, row, approved=324, payer_reference=f"NHI-{tag()}")
    reference = f"PAY-{tag()}"
    outcome = payer_side.send_remittance(gateway, c["payer"], [(c["key"], 300), ("OLD-CLAIM-NUMBER", 24)],
                                         reference=reference)
    assert outcome == f"remittance {reference}: 1 posted, 1 to reconcile"

    window = shell("billing1")
    window.resize(1366, 768)  # the screenshots (HMS_SHOTS_DIR) at a workstation's size
    assert window.select_workspace("remittances")
    ws = window.workspaces["remittances"].widget
    assert isinstance(ws, RemittancesWorkspace)
    ws.refresh()
    qtbot.waitUntil(lambda: any(r.payer_reference == reference for r in ws.rows), timeout=WAIT)
    rem = next(r for r in ws.rows if r.payer_reference == reference)
    assert rem.open_lines == 1 and rem.total == D("324.00")
    with qtbot.waitSignal(ws.lines_loaded, timeout=WAIT):
        ws.select(rem.id)
    assert [(ln.status, ln.amount) for ln in ws.line_rows] == [("posted", D("300.00")), ("unmatched", D("24.00"))]
    assert ws.line_rows[0].receipt_number and ws.line_rows[0].claim_id == c["claim"]
    assert ws.select_line(ws.line_rows[0].id) and not ws.reconcile_button.isEnabled()
    unmatched = ws.line_rows[1]
    assert ws.select_line(unmatched.id) and ws.reconcile_button.isEnabled()

    # The form offers that payer's claims; a note is required.
    ws.reconcile_selected()
    from hospital_desktop.billing.views.remittances_tab import ReconcileDialog
    qtbot.waitUntil(lambda: any(d.isVisible() for d in ws.findChildren(ReconcileDialog)), timeout=WAIT)
    dialog = next(d for d in ws.findChildren(ReconcileDialog) if d.isVisible())
    assert dialog.claim.findData(c["claim"]) >= 0 and dialog.post.isChecked()
    dialog.claim.setCurrentIndex(dialog.claim.findData(c["claim"]))
    dialog.buttons.accepted.emit()
    assert "at least 5 characters" in dialog.error.text()
    dialog.note.setText("The advice lists our claim under its old number")
    assert dialog.error.text() == ""  # the complaint goes once the note is written
    assert dialog.claim.width() >= dialog.claim.sizeHint().width()  # the claim's label is not cut off
    look(qtbot, window, "insurance_reconcile_dialog", dialog)
    with qtbot.waitSignal(ws.reconciled, timeout=WAIT):
        dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: [ln.status for ln in ws.line_rows] == ["posted", "posted"], timeout=WAIT)
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT sum(amount) FROM billing.payment WHERE claim_id = %s",
                            (c["claim"],)).fetchone()[0] == D("324.00")
    qtbot.waitUntil(lambda: next(r for r in ws.rows if r.id == rem.id).open_lines == 0, timeout=WAIT)
    look(qtbot, window, "insurance_remittances")
    # The claim lists both lines that paid it.
    claims = open_claim(qtbot, window, c["claim"])
    qtbot.waitUntil(lambda: claims.detail_rows is not None and len(claims.detail_rows.remittance_lines) == 2,
                    timeout=WAIT)


# ---------------------------------------------------------------------------------------------------------------
def test_a_nurse_requests_a_preauthorisation_for_the_admission(qtbot, shell, admin, connect_as, login_db, gateway):
    t = uuid.uuid4().hex[:5].upper()
    room = admin.execute("INSERT INTO adt.room (ward_id, code, name) SELECT id, %s, %s FROM core.department "
                         "WHERE code = 'MEDW' RETURNING id", (f"PA{t}", f"Preauth room {t}")).fetchone()[0]
    bed = admin.execute("INSERT INTO adt.bed (room_id, ward_id, code, label) SELECT id, ward_id, %s, %s FROM adt.room "
                        "WHERE id = %s RETURNING id", (f"PA{t}A", f"P{t}A", room)).fetchone()[0]
    patient = register(connect_as, f"Preauthward{t.lower()}")
    _, plan = payer_plan(admin)
    cover(connect_as, patient.id, plan)
    with login_db("doctor1").session() as s:
        admission = adt.admit(s, patient.id, bed, None, "Pneumonia needing oxygen")
    price = admin.execute("SELECT code FROM billing.price_item WHERE group_code = 'bed_day' AND valid_to IS NULL "
                          "ORDER BY code LIMIT 1").fetchone()[0]

    nurse = shell("nurse1")
    nurse.resize(1366, 768)  # the screenshots (HMS_SHOTS_DIR) at a workstation's size
    assert nurse.select_workspace("ward")
    ward = nurse.workspaces["ward"].widget
    qtbot.waitUntil(lambda: ward.select_patient(patient.mrn), timeout=WAIT)
    qtbot.waitUntil(lambda: ward.panel.patient is not None and ward.panel.patient.admission_id == admission,
                    timeout=WAIT)
    assert ward.panel.preauth_button.isVisible() and ward.panel.preauth_button.isEnabled()
    dialog = ward.panel.request_preauthorization()
    assert isinstance(dialog, PreauthorizationDialog)
    qtbot.waitUntil(lambda: bool(dialog.prices), timeout=WAIT)
    assert dialog.admission.currentData() == admission
    dialog.buttons.accepted.emit()
    assert "Add the items" in dialog.error.text()
    assert dialog.add_item(price, D("5"))
    dialog.buttons.accepted.emit()
    assert "clinical reason" in dialog.error.text()
    dialog.reason.setPlainText("Community-acquired pneumonia, oxygen for five days")
    look(qtbot, nurse, "insurance_ward_preauth_dialog", dialog)
    with qtbot.waitSignal(dialog.requested, timeout=WAIT) as requested:
        dialog.buttons.accepted.emit()
    preauth = requested.args[0]
    qtbot.waitUntil(lambda: "insurer's answer reaches billing" in ward.panel.preauth_message.text(), timeout=WAIT)
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT admission_id, status, reason FROM insurance.preauthorization WHERE id = %s",
                            (preauth,)).fetchone() == (admission, "requested",
                                                       "Community-acquired pneumonia, oxygen for five days")
        assert conn.execute("SELECT quantity FROM insurance.preauthorization_item WHERE preauthorization_id = %s",
                            (preauth,)).fetchone()[0] == D("5.00")

    # The payer approves it, for a period that has already ended: billing sees it as expired (highlighted).
    row = payer_side.take(gateway, lambda r: r["kind"] == "preauthorization"
                          and r["subject"]["preauthorization"]["id"] == preauth)
    assert row["subject"]["preauthorization"]["admission_id"] == admission
    assert payer_side.answer_preauthorization(gateway, row, preauth_ref=f"PA-{t}", period=("2026-01-01", "2026-01-31"),
                                              items=[{"sequence": 1, "approved": 10 ** 6}]) == \
        "pre-authorisation approved"
    billing = shell("billing1")
    billing.resize(1366, 768)  # the screenshots (HMS_SHOTS_DIR) at a workstation's size
    assert billing.select_workspace("preauthorizations")
    ws = billing.workspaces["preauthorizations"].widget
    assert isinstance(ws, PreauthorizationsWorkspace)
    ws.refresh()
    qtbot.waitUntil(lambda: ws.select(preauth), timeout=WAIT)
    shown = ws.selected()
    assert shown.shown_status == "expired" and shown.status == "approved" and shown.payer_reference == f"PA-{t}"
    r = next(i for i, p in enumerate(ws.rows) if p.id == preauth)
    assert ws.table.item(r, 7).text() == "expired" and ws.table.item(r, 10).text() == "31/01/2026"
    assert ws.table.rows_model.row_backgrounds[r] is not None
    assert "expired" in ws.detail.text()
    look(qtbot, billing, "insurance_preauthorizations")


# ---------------------------------------------------------------------------------------------------------------
def test_an_item_code_needing_preauthorisation_warns_billing_before_sending(qtbot, shell, admin, connect_as):
    c = covered_claim(connect_as, admin, nights=1)
    price = admin.execute("SELECT code FROM billing.price_item WHERE group_code = 'lab_test' AND valid_to IS NULL "
                          "ORDER BY code LIMIT 1").fetchone()[0]
    # A lab test of the patient not billed yet (the warning is about the patient's open charges).
    admin.execute("""
        INSERT INTO billing.charge (patient_id, source_kind, source_id, price_item_id, quantity, unit_amount,
                                    amount, currency, service_date)
        SELECT %s, 'lab_test', %s, id, 1, amount, amount, 'GBP', current_date FROM billing.price_item
         WHERE code = %s AND valid_to IS NULL""", (c["patient"], uuid.uuid4().int % 10**12, price))

    window = shell("admin1")
    window.resize(1366, 768)  # the screenshots (HMS_SHOTS_DIR) at a workstation's size
    assert window.select_workspace("reference")
    reference = window.workspaces["reference"].widget
    editor = reference.payer_item_codes
    reference.tabs.setCurrentWidget(editor.parentWidget())
    qtbot.waitUntil(lambda: editor.payer.findData(c["payer_id"]) >= 0 and editor.price_code.findData(price) >= 0,
                    timeout=WAIT)
    editor.edit(None)
    editor.payer.setCurrentIndex(editor.payer.findData(c["payer_id"]))
    editor.price_code.setCurrentIndex(editor.price_code.findData(price))
    editor.payer_code.setText("LAB-0042")
    editor.payer_display.setText("Laboratory panel (payer's name)")
    editor.needs_preauthorization.setChecked(True)
    editor.save_button.click()
    qtbot.waitUntil(lambda: any(i.payer_code == "LAB-0042" and i.payer_id == c["payer_id"] for i in editor.items),
                    timeout=WAIT)
    # and the payer's policy: eligibility answers trusted for 48 hours
    policies = reference.payer_policies
    qtbot.waitUntil(lambda: any(p.payer_id == c["payer_id"] for p in policies.items), timeout=WAIT)
    policies.table.selectRow(next(i for i, p in enumerate(policies.items) if p.payer_id == c["payer_id"]))
    policies.hours.setValue(48)
    policies.save_button.click()
    qtbot.waitUntil(lambda: any(p.payer_id == c["payer_id"] and p.eligibility_valid_hours == 48 and p.recorded
                                for p in policies.items), timeout=WAIT)
    reference.tabs.setCurrentWidget(policies.parentWidget())
    look(qtbot, window, "insurance_admin_payer_policies")
    reference.tabs.setCurrentWidget(editor.parentWidget())
    look(qtbot, window, "insurance_admin_item_codes")
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT needs_preauthorization, payer_display FROM insurance.item_code "
                            "WHERE payer_id = %s AND price_code = %s", (c["payer_id"], price)).fetchone() == \
            (True, "Laboratory panel (payer's name)")

    billing = shell("billing1")
    billing.resize(1366, 768)  # the screenshots (HMS_SHOTS_DIR) at a workstation's size
    assert billing.select_workspace("billing")
    ws = billing.workspaces["billing"].widget
    with qtbot.waitSignal(ws.account_loaded, timeout=WAIT):
        ws.load_account(c["patient"])
    assert ws.warnings.isVisibleTo(ws) and "Pre-authorisation missing" in ws.warnings.text()
    assert price in ws.warnings.text()
    look(qtbot, billing, "insurance_billing_warnings")
    claims = open_claim(qtbot, billing, c["claim"])
    shown: list = []
    claims.warnings_shown.connect(shown.append)
    claims.send_button.click()
    qtbot.waitUntil(lambda: bool(shown) and claims.confirm_box is not None, timeout=WAIT)
    kinds = [w.kind for w in shown[0]]
    assert "preauthorization_missing" in kinds and "eligibility_stale" in kinds
    assert "Pre-authorisation missing" in claims.confirm_box.informativeText()
    assert claims.confirm_box.defaultButton() is claims.confirm_box.button(QMessageBox.StandardButton.No)
    look(qtbot, billing, "insurance_claim_warnings_box", claims.confirm_box)
    claims.confirm_box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: "Not sent" in claims.message.text(), timeout=WAIT)
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT status FROM billing.claim WHERE id = %s", (c["claim"],)).fetchone()[0] == "draft"
        assert conn.execute("SELECT count(*) FROM insurance.request WHERE claim_id = %s",
                            (c["claim"],)).fetchone()[0] == 0


# ---------------------------------------------------------------------------------------------------------------
def test_billings_preauthorisation_list_shows_the_payers_answer_without_refresh(qtbot, shell, admin, connect_as,
                                                                                  gateway):
    """The gateway writes the answer, not this workstation: the list looks again while a request is on its way."""
    patient = register(connect_as, f"Preauthpoll{tag()}").id
    _, plan = payer_plan(admin)
    cover(connect_as, patient, plan)
    price = admin.execute("SELECT code FROM billing.price_item WHERE group_code = 'bed_day' AND valid_to IS NULL "
                          "ORDER BY code LIMIT 1").fetchone()[0]
    window = shell("billing1")
    assert window.select_workspace("preauthorizations")
    ws = window.workspaces["preauthorizations"].widget
    with connect_as("billing1") as conn:   # asked from another workstation (the ward)
        preauth = conn.execute("SELECT insurance.request_preauthorization(%s, %s, 'Observation after a fall')",
                               (patient, f'[{{"price_code": "{price}"}}]')).fetchone()[0]
        conn.commit()
    ws.refresh()
    qtbot.waitUntil(lambda: ws.select(preauth) and ws.selected().status == "requested", timeout=WAIT)
    row = payer_side.take(gateway, lambda r: r["kind"] == "preauthorization"
                          and r["subject"]["preauthorization"]["id"] == preauth)
    assert payer_side.answer_preauthorization(gateway, row, preauth_ref=f"PA-{tag()}") == "pre-authorisation approved"
    qtbot.waitUntil(lambda: ws.select(preauth) and ws.selected().status == "approved", timeout=WAIT)
