"""The billing workstation in the real client against the real database (pytest-qt): a finished stay is billed
with patient and payer shares, the patient pays part in cash, the insurer's share is claimed (queued for the
insurance gateway, whose login plays the payer's answer: tests/payer_side.py) and paid, the balance reaches zero; a wrong invoice is voided with a credit note and
the charges are billed again; the cash is closed; the financial views draw their charts; the invoice prints."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import payer_side
import pypdfium2 as pdfium
import pytest
from PySide6.QtWidgets import QMessageBox
from finance_helpers import cover, english, payer_plan, stay_charges, tag  # noqa: F401 - english: a fixture
from builders import register

from hospital_desktop.billing.views.billing_tab import BillingWorkspace
from hospital_desktop.billing.views.cash_tab import CashCloseWorkspace
from hospital_desktop.billing.views.claims_tab import ClaimsWorkspace
from hospital_desktop.billing.views.dialogs import PaymentDialog
from hospital_desktop.billing.views.reports_tab import FinanceReportsWorkspace
from hospital_desktop.i18n.formats import money_text

pytestmark = [pytest.mark.db, pytest.mark.usefixtures("english")]
WAIT = 20000
D = Decimal


@pytest.fixture()
def gateway(connect_as):
    with connect_as(payer_side.GATEWAY, autocommit=True) as conn:
        yield conn


def _open(qtbot, ws: BillingWorkspace, patient: int) -> None:
    with qtbot.waitSignal(ws.account_loaded, timeout=WAIT):
        ws.load_account(patient)


def _wait_account(qtbot, ws: BillingWorkspace, condition) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: ws.patient is not None and condition(), timeout=WAIT)


def _pdf_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in doc)
    finally:
        doc.close()


def test_a_stay_is_billed_shared_paid_claimed_and_settled(qtbot, shell, admin, connect_as, gateway):
    patient = register(connect_as, f"Staybill-{tag()}").id
    encounter, charges = stay_charges(admin, patient, nights=3, price="200.00")
    _, plan = payer_plan(admin, percent="90", copay="20.00")
    coverage = cover(connect_as, patient, plan)

    window = shell("billing1")
    assert window.select_workspace("billing")
    ws = window.workspaces["billing"].widget
    assert isinstance(ws, BillingWorkspace)
    ws.print_previews = False
    _open(qtbot, ws, patient)
    # The stay's bed days are listed under the stay with their source; the coverage valid today is preselected.
    assert {c.charge_id for c in ws.charge_rows} == set(charges)
    assert all(c.source_kind == "bed_day" and c.encounter_id == encounter for c in ws.charge_rows)
    assert ws.charges.topLevelItem(0).text(0).startswith("Stay ")
    assert ws.coverage.currentData() == coverage

    # Discount one night with a reason, then invoice the whole stay.
    ws.adjust_charge(charges[2], "discount", D("50.00"), "Moved to a corridor bed")
    _wait_account(qtbot, ws, lambda: any(c.adjustments for c in ws.charge_rows))
    ws.select_visit(encounter)
    assert sorted(ws.checked_charge_ids()) == sorted(charges)
    with qtbot.waitSignal(ws.invoice_issued, timeout=WAIT) as issued:
        ws.issue_button.click()
    invoice_id = issued.args[0]
    _wait_account(qtbot, ws, lambda: ws.selected_invoice() is not None
                  and ws.selected_invoice().invoice_id == invoice_id)
    inv = ws.selected_invoice()
    # 3 × 200 − 50 = 550; insurer: 3 × (200 − 20) × 90 % − 50 × 90 % = 486 − 45 = 441; patient 109.
    assert (inv.total_amount, inv.payer_share, inv.patient_share) == (D("550.00"), D("441.00"), D("109.00"))
    assert all(c.status == "invoiced" for c in ws.charge_rows)

    # A partial cash payment through the payment dialog (accepted as the cashier would).
    def fill_and_accept() -> None:
        dialog = next(w for w in ws.findChildren(PaymentDialog) if w.isVisible())
        dialog.method.setCurrentIndex(dialog.method.findData("cash"))
        dialog.amount.setValue(60.00)
        dialog.print_receipt.setChecked(True)
        dialog.buttons.accepted.emit()

    from PySide6.QtCore import QTimer
    QTimer.singleShot(200, fill_and_accept)
    with qtbot.waitSignal(ws.preview_opened, timeout=WAIT):  # the receipt is printed after the payment
        ws.pay_button.click()
    assert "Payment receipt" in _pdf_text(ws.last_pdf) and "GBP 60.00" in _pdf_text(ws.last_pdf)
    _wait_account(qtbot, ws, lambda: ws.selected_invoice().patient_paid == D("60.00"))
    assert ws.selected_invoice().patient_balance == D("49.00")

    # Claim the insurer's share and send it from the claims workspace: it is queued for the gateway (after the
    # clerk confirmed the warning that eligibility was never checked); the payer approves it.
    ws.claim_button.click()
    _wait_account(qtbot, ws, lambda: ws.selected_invoice().claim_status == "draft")
    assert window.select_workspace("claims")
    claims = window.workspaces["claims"].widget
    assert isinstance(claims, ClaimsWorkspace)
    claims.refresh()
    qtbot.waitUntil(lambda: claims.select_claim(next((c.id for c in claims.rows if c.invoice_id == invoice_id), -1)),
                    timeout=WAIT)
    assert claims.send_button.isEnabled()
    failures = []
    window.ops.failed.connect(failures.append)
    warned: list = []
    claims.warnings_shown.connect(warned.append)
    with qtbot.waitSignal(claims.submitted, timeout=WAIT):
        claims.send_button.click()
        qtbot.waitUntil(lambda: claims.confirm_box is not None, timeout=WAIT)
        claims.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert not failures, [f.message for f in failures]
    assert [w.kind for w in warned[0]] == ["eligibility_stale"]
    qtbot.waitUntil(lambda: claims.selected() is not None and claims.selected().request_status == "queued",
                    timeout=WAIT)
    key = next(c for c in claims.rows if c.invoice_id == invoice_id)
    with connect_as("billing1") as conn:
        key = conn.execute("SELECT idempotency_key FROM billing.claim WHERE id = %s", (key.id,)).fetchone()[0]
    row = payer_side.take(gateway, lambda r: r["kind"] == "claim" and r["request_id"] == key)
    # one item per night, the discount netted into the third: 162, 162, 162 − 45
    assert [line["claimed_amount"] for line in row["subject"]["lines"]] == [162.0, 162.0, 117.0]
    assert payer_side.answer_claim(gateway, row, approved=441, payer_reference="NHI-441") == "claim approved"
    qtbot.waitUntil(lambda: claims.selected() is not None and claims.selected().status == "approved"
                    and claims.pay_button.isEnabled(), timeout=WAIT)
    qtbot.waitUntil(lambda: claims.items.rowCount() == 3 and "ClaimResponse" in claims.document.toPlainText(),
                    timeout=WAIT)
    claims.post_payment(D("441.00"), "REMIT-77")
    qtbot.waitUntil(lambda: claims.selected() is not None and claims.selected().paid_amount == D("441.00"),
                    timeout=WAIT)

    # Back at the account: the patient pays the rest by card; the balance is zero.
    window.select_workspace("billing")
    _wait_account(qtbot, ws, lambda: ws.selected_invoice() is not None and ws.selected_invoice().payer_paid == D("441.00"))
    with qtbot.waitSignal(ws.payment_taken, timeout=WAIT):
        ws.take_payment("card", D("49.00"), "AUTH-1", print_receipt=False)
    _wait_account(qtbot, ws, lambda: ws.selected_invoice().balance == 0)
    assert f"Account balance {money_text(0, 'GBP')}" in ws.balance.text()
    assert not ws.pay_button.isEnabled()

    # The printed invoice shows the number, codes, shares, payments and the zero balance.
    with qtbot.waitSignal(ws.preview_opened, timeout=WAIT):
        ws.print_button.click()
    text = _pdf_text(ws.last_pdf)
    assert inv.number in text and "TEST-BED-" in text and "Balance due" in text and "GBP 0.00" in text
    assert "441.00" in text and "Moved to a corridor bed" in text, text
    with connect_as("billing1") as conn:
        assert conn.execute("SELECT balance FROM billing.invoice_account(NULL, %s)",
                            (invoice_id,)).fetchone()[0] == 0


def test_void_with_credit_note_and_rebill_in_the_client(qtbot, shell, admin, connect_as):
    patient = register(connect_as, f"Voidbill-{tag()}").id
    _, charges = stay_charges(admin, patient, nights=2, price="150.00")
    window = shell("billing1")
    ws = window.workspaces["billing"].widget
    ws.print_previews = False
    _open(qtbot, ws, patient)
    ws.coverage.setCurrentIndex(ws.coverage.findData(None))
    ws.select_all_open()
    with qtbot.waitSignal(ws.invoice_issued, timeout=WAIT) as issued:
        ws.issue_invoice()
    first = issued.args[0]
    _wait_account(qtbot, ws, lambda: ws.selected_invoice() is not None and ws.selected_invoice().invoice_id == first)
    ws.void_selected("Issued to the wrong guarantor")
    _wait_account(qtbot, ws, lambda: any(i.invoice_id == first and i.status == "void" for i in ws.invoice_rows))
    voided = next(i for i in ws.invoice_rows if i.invoice_id == first)
    assert voided.credit_note and voided.credit_note.startswith("CN-") and voided.balance == 0
    assert all(c.status == "open" for c in ws.charge_rows)  # the charges are unbilled again
    # Bill them again: a new invoice number, the old one stays (void) with its credit note.
    ws.select_all_open()
    with qtbot.waitSignal(ws.invoice_issued, timeout=WAIT) as again:
        ws.issue_invoice()
    assert again.args[0] != first
    _wait_account(qtbot, ws, lambda: len(ws.invoice_rows) == 2)
    ws.select_invoice(first)
    with qtbot.waitSignal(ws.preview_opened, timeout=WAIT):
        ws.print_selected()
    assert "VOID" in _pdf_text(ws.last_pdf) and voided.credit_note in _pdf_text(ws.last_pdf)
    # Refused input reaches the clerk as a sentence, nothing changes.
    ws.select_invoice(again.args[0])
    qtbot.waitUntil(lambda: ws.selected_invoice() is not None and ws.selected_invoice().invoice_id == again.args[0],
                    timeout=WAIT)
    ws.take_payment("cash", D("1000.00"), "")
    qtbot.waitUntil(lambda: "owes 300.00" in ws.message.text(), timeout=WAIT)


def test_cash_close_and_financial_views(qtbot, shell, admin, connect_as):
    login = f"cashier_{tag().lower()}"
    admin.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'demo' IN ROLE hms_billing")
    admin.execute("INSERT INTO core.staff (username, full_name) VALUES (%s, 'UI Cashier')", (login,))
    patient = register(connect_as, f"Cashbill-{tag()}").id
    _, charges = stay_charges(admin, patient, nights=1, price="80.00")
    window = shell(login)
    ws = window.workspaces["billing"].widget
    ws.print_previews = False
    _open(qtbot, ws, patient)
    ws.select_all_open()
    with qtbot.waitSignal(ws.invoice_issued, timeout=WAIT):
        ws.issue_invoice(coverage_id=None)
    _wait_account(qtbot, ws, lambda: ws.selected_invoice() is not None)
    with qtbot.waitSignal(ws.payment_taken, timeout=WAIT):
        ws.take_payment("cash", D("80.00"), "", print_receipt=False)

    window.select_workspace("cash")
    cash = window.workspaces["cash"].widget
    assert isinstance(cash, CashCloseWorkspace)
    qtbot.waitUntil(lambda: cash.summary is not None and cash.summary.expected_cash == D("80.00"), timeout=WAIT)
    cash.counted.setValue(75.00)
    assert cash.difference.text() == money_text(D("-5.00"), "GBP") == "-GBP\u00a05.00"
    cash.close_cash()  # a difference without a note is refused
    qtbot.waitUntil(lambda: "explain the difference" in cash.message.text(), timeout=WAIT)
    cash.note.setText("Five pounds short, reported to finance")
    with qtbot.waitSignal(cash.closed, timeout=WAIT):
        cash.close_button.click()
    qtbot.waitUntil(lambda: cash.summary.closed and not cash.close_button.isEnabled(), timeout=WAIT)
    assert cash.history.item(0, 6).text() == "-5.00"

    window.select_workspace("finance_reports")
    reports = window.workspaces["finance_reports"].widget
    assert isinstance(reports, FinanceReportsWorkspace)
    today = date.today()
    with qtbot.waitSignal(reports.loaded, timeout=WAIT):
        reports.set_period(today - timedelta(days=30), today + timedelta(days=1))
        reports.refresh()
    assert not reports.revenue_departments.is_empty() and "Medical Ward" in reports.revenue_departments.categories
    assert not reports.ageing.is_empty() and not reports.revenue_days.is_empty()
    image = reports.grab().toImage()
    assert image.width() > 300 and not image.isNull()


def test_clinical_logins_get_no_billing_workspace(shell):
    for login in ("doctor1", "nurse1", "reception1"):
        window = shell(login)
        assert not {"billing", "claims", "cash", "finance_reports"} & set(window.workspaces)


def test_coverage_is_added_through_its_form_and_cancelled_with_a_reason(qtbot, shell, admin, connect_as):
    from PySide6.QtCore import QTimer

    from hospital_desktop.billing.views.dialogs import CoverageDialog

    patient = register(connect_as, f"Coverbill-{tag()}").id
    _, plan = payer_plan(admin)
    window = shell("billing1")
    ws = window.workspaces["billing"].widget
    _open(qtbot, ws, patient)
    assert ws.coverage.count() == 1 and not ws.cancel_coverage_button.isEnabled()  # self-pay only
    seen: list[str] = []

    def fill() -> None:  # the form opens once the plans are loaded: poll for it
        dialog = next((w for w in ws.findChildren(CoverageDialog) if w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, fill)
            return
        dialog.plan.setCurrentIndex(dialog.plan.findData(plan))
        dialog.member.setText("ab")
        dialog.buttons.accepted.emit()          # refused by the form: too short
        seen.append(dialog.error.text())
        dialog.member.setText("nhi-4455-66")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(50, fill)
    ws.add_coverage_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT)
    assert "member number" in seen[0]
    _wait_account(qtbot, ws, lambda: len(ws.coverage_rows) == 1)
    assert ws.coverage_rows[0].member_number == "NHI-4455-66" and ws.coverage.currentData() == ws.coverage_rows[0].id
    ws.cancel_coverage("Card belongs to the patient's brother")
    _wait_account(qtbot, ws, lambda: ws.coverage_rows[0].status == "cancelled")
    assert ws.coverage.count() == 1 and ws.coverage.currentData() is None
