"""Render the billing screenshots offscreen from a private demo database.

    .venv/bin/python docs/screenshots/render_finance.py

Starts a throwaway PostgreSQL with the 3,000-patient demo hospital, drives the billing workstation as billing1
(bill a visit with the insurer's share, take a partial cash payment, queue the claim for the insurance gateway),
plays the payer's partial decision as the gateway's own login (insurance.gateway_take / gateway_record, as
tests/payer_side.py does), and writes PNGs of the workstation, the printed invoice and receipt (rendered with
pdftoppm), the claims list, the cash close and the financial views (revenue, and the insurance claims page)."""
from __future__ import annotations

import json
import subprocess
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from render import HERE, grab, wait_until

import psycopg  # noqa: E402
from sqlalchemy import text  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from hospital_desktop.billing import queries  # noqa: E402
from hospital_desktop.core.profiles import ServerProfile  # noqa: E402
from hospital_desktop.core.session import Database  # noqa: E402
from hospital_desktop.billing.documents import invoice_pdf, receipt_pdf  # noqa: E402
from hospital_desktop.shell.main_window import MainWindow  # noqa: E402
from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, load_demo  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402


def pdf_png(pdf: bytes, name: str, dpi: int = 110) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-singlefile", str(source), str(HERE / name[:-4])],
                       check=True)
    print("wrote", HERE / name)


def payer_decides(gateway_url: str, claim_id: int, db: Database) -> None:
    """The payer's part, played by the gateway's login: take the queued claim, approve the first item in full and
    the rest at half with a reason."""
    with db.session() as session:
        key = str(session.execute(text("SELECT idempotency_key FROM billing.claim WHERE id = :c"),
                                  {"c": claim_id}).scalar_one())
    with psycopg.connect(gateway_url, autocommit=True) as gateway:
        cur = gateway.execute("SELECT request_id, payer_code, subject FROM insurance.gateway_take(500, 1)")
        request_id, payer, subject = next(r for r in cur.fetchall() if str(r[0]) == key)
        items = [{"sequence": line["sequence"], "approved": line["claimed_amount"] if k == 0 and len(subject["lines"]) > 1
                  else round(line["claimed_amount"] / 2, 2), "reason": None if k == 0 and len(subject["lines"]) > 1
                  else "Tariff limit for this service"}
                 for k, line in enumerate(subject["lines"])]
        gateway.execute("SELECT insurance.gateway_record(%s, %s, %s, %s, %s)",
                        (payer, f"shot-{claim_id}", request_id,
                         json.dumps({"resourceType": "ClaimResponse", "status": "active", "outcome": "partial"}),
                         json.dumps({"outcome": "approved", "payer_reference": f"NHI-{claim_id}",
                                     "reason": "Partially settled", "items": items})))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    cluster = LocalCluster.in_temp_dir("hms-shots-finance-", fast=True)
    try:
        url = cluster.create_database()
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            load_demo(conn, 3000, seed=11)
        with psycopg.connect(url, autocommit=True) as conn:
            # A covered patient with two unbilled visits, one of them billed below.
            patient = conn.execute("""
                SELECT c.patient_id FROM billing.charge c
                  JOIN billing.coverage cv ON cv.patient_id = c.patient_id AND cv.status = 'active'
                  JOIN billing.plan pl ON pl.id = cv.plan_id JOIN billing.payer py ON py.id = pl.payer_id
                 WHERE c.status = 'open' AND py.code = 'NHI'
                 GROUP BY c.patient_id HAVING count(DISTINCT c.encounter_id) >= 2
                 ORDER BY count(*) DESC, c.patient_id LIMIT 1""").fetchone()[0]
        state = cluster.state
        assert state is not None
        profile = ServerProfile(name="Demo (this computer)", hosts=["127.0.0.1"], port=state.port, sslmode="disable")
        db = Database(profile, "billing1", DEMO_PASSWORD)
        db.login()
        window = MainWindow(db, idle_lock_seconds=0)
        window.ops.show_errors = False
        window.resize(1500, 900)
        window.show()
        window.select_workspace("billing")  # the window opens on the billing dashboard
        ws = window.workspaces["billing"].widget
        ws.print_previews = False
        wait_until(lambda: bool(ws.work_items))
        ws.load_account(patient)
        wait_until(lambda: ws.patient is not None and ws.patient.id == patient)
        first_visit = next(c.encounter_id for c in reversed(ws.charge_rows) if c.status == "open")
        ws.select_visit(first_visit)
        issued: list[int] = []
        ws.invoice_issued.connect(issued.append)
        ws.issue_invoice()
        wait_until(lambda: bool(issued) and ws.selected_invoice() is not None
                   and ws.selected_invoice().invoice_id == issued[0])
        owed = ws.selected_invoice().patient_balance
        paid: list[int] = []
        ws.payment_taken.connect(paid.append)
        ws.take_payment("cash", (owed / 2).quantize(Decimal("0.01")), "", print_receipt=False)
        wait_until(lambda: bool(paid) and ws.selected_invoice().patient_paid > 0)
        ws.claim_button.click()
        wait_until(lambda: ws.selected_invoice().claim_status == "draft")
        ws.select_visit(next((c.encounter_id for c in ws.charge_rows if c.status == "open"), None))
        wait_until(lambda: ws.payments.rowCount() > 0)
        grab(window, "billing_workstation.png")

        window.select_workspace("claims")
        claims = window.workspaces["claims"].widget
        wait_until(lambda: any(c.invoice_id == issued[0] for c in claims.rows))
        claims.select_claim(next(c.id for c in claims.rows if c.invoice_id == issued[0]))
        sent: list = []
        claims.submitted.connect(sent.append)
        claims.send_selected(confirm=True)  # the warnings (eligibility not checked) accepted
        wait_until(lambda: bool(sent), timeout=60)
        payer_decides(state.url("hospital", user="insurancegateway", password=DEMO_PASSWORD), claims.selected().id,
                      db)
        claims.refresh()
        wait_until(lambda: claims.selected() is not None and claims.selected().status == "partial"
                   and "ClaimResponse" in claims.document.toPlainText())
        grab(window, "claims_list.png")

        window.select_workspace("billing")
        ws.load_account(patient)  # the payer's answer came through the gateway, not from this workstation
        wait_until(lambda: ws.selected_invoice() is not None and ws.selected_invoice().claim_status == "partial")
        with db.session() as session:
            pdf_png(invoice_pdf(queries.invoice_document(session, issued[0])), "invoice_pdf.png")
            pdf_png(receipt_pdf(queries.receipt_document(session, paid[0])), "receipt_pdf.png", dpi=130)

        window.select_workspace("cash")
        cash = window.workspaces["cash"].widget
        wait_until(lambda: cash.summary is not None and cash.summary.payment_count > 0)
        cash.counted.setValue(float(cash.summary.expected_cash))
        grab(window, "cash_close.png")

        window.select_workspace("finance_reports")
        reports = window.workspaces["finance_reports"].widget
        loaded: list = []
        reports.loaded.connect(lambda: loaded.append(1))
        reports.set_period(date.today() - timedelta(days=89), date.today())
        reports.refresh()
        wait_until(lambda: bool(loaded))
        grab(window, "finance_charts.png")
        reports.pages.setCurrentIndex(1)
        wait_until(lambda: reports.rejections is not None)
        app.processEvents()
        grab(window, "finance_insurance_charts.png")
        window.close()
        db.close()
        app.processEvents()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
