"""Billing's screens and dialogs in French, Arabic and the pseudo-locale, to /tmp/i18n-shots/billing-<lang>-*.png.
Not part of the suite; run explicitly:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/render_billing_i18n.py -q -p no:cacheprovider"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import payer_side
import pytest
from builders import register
from finance_helpers import cover, payer_plan, stay_charges, tag
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from stall_guard import settle

from hospital_desktop import i18n

pytestmark = pytest.mark.db
OUT = Path("/tmp/i18n-shots")
WAIT = 20000


def _grab(window, name: str, dialog=None) -> None:  # noqa: ANN001
    from PySide6.QtGui import QPainter
    OUT.mkdir(parents=True, exist_ok=True)
    picture = window.grab()
    if dialog is not None:
        painter = QPainter(picture)
        painter.drawPixmap(dialog.frameGeometry().topLeft() - window.frameGeometry().topLeft(), dialog.grab())
        painter.end()
        dialog.grab().save(str(OUT / f"{name}-dialog.png"))
    picture.save(str(OUT / f"{name}.png"))


@pytest.fixture()
def gateway(connect_as):
    with connect_as(payer_side.GATEWAY, autocommit=True) as conn:
        yield conn


@pytest.mark.parametrize("lang", ["fr", "ar", "es", "pseudo"])
def test_render(qtbot, shell, admin, connect_as, gateway, lang):
    from hospital_desktop.billing.views import dialogs
    from hospital_desktop.billing.views.payer_queries_tab import AnswerDialog
    from hospital_desktop.billing.views.preauth_dialog import PreauthorizationDialog
    from hospital_desktop.billing.views.remittances_tab import ReconcileDialog
    from hospital_desktop.billing import insurance

    before = QLocale()
    i18n.install(lang)
    try:
        patient = register(connect_as, f"Rendu-{tag()}").id
        encounter, charges = stay_charges(admin, patient, nights=3, price="1200.00")
        payer, plan = payer_plan(admin, percent="90", copay="20.00")
        payer_code = admin.execute("SELECT code FROM billing.payer WHERE id = %s", (payer,)).fetchone()[0]
        coverage = cover(connect_as, patient, plan)
        with connect_as("billing1") as conn:
            invoice = conn.execute("SELECT billing.issue_invoice(%s, %s, %s)",
                                   (patient, charges[:2], coverage)).fetchone()[0]
            claim = conn.execute("SELECT billing.create_claim(%s)", (invoice,)).fetchone()[0]
            conn.execute("SELECT billing.take_payment(%s, 'cash', 20, NULL)", (invoice,))
            key = conn.execute("SELECT idempotency_key FROM billing.claim WHERE id = %s", (claim,)).fetchone()[0]
            conn.execute("SELECT insurance.submit_claim(%s)", (claim,))
            conn.commit()
        row = payer_side.take(gateway, lambda r: r["kind"] == "claim" and r["request_id"] == key)
        payer_side.answer_claim(gateway, row, [{"sequence": 1, "approved": 1062},
                                               {"sequence": 2, "approved": 531,
                                                "reason": "Tariff limit: half of the bed-day rate"}],
                                payer_reference=f"NHI-{tag()}")
        payer_side.raise_query(gateway, payer_code, key, "Please send the discharge summary.", ["Discharge summary"])

        window = shell("billing1")
        window.resize(1366, 768)
        settle(window.ops, qtbot)
        for name in window.workspaces:
            window.select_workspace(name)
            settle(window.ops, qtbot)
            ws = window.workspaces[name].widget
            if name == "billing":
                ws.print_previews = False
                ws.load_account(patient)
                settle(window.ops, qtbot)
                qtbot.waitUntil(lambda ws=ws: ws.patient is not None and ws.patient.id == patient, timeout=WAIT)
                ws.select_invoice(invoice)
                settle(window.ops, qtbot)
            if name == "claims":
                ws.refresh()
                settle(window.ops, qtbot)
                qtbot.waitUntil(lambda ws=ws: ws.select_claim(claim), timeout=WAIT)
                settle(window.ops, qtbot)
            if name == "finance_reports":
                qtbot.wait(1500)
                settle(window.ops, qtbot)
            if name in ("preauthorizations", "remittances", "payer_queries") and ws.table.rows_model.rows:
                ws.table.selectRow(0)
                settle(window.ops, qtbot)
            qtbot.wait(300)
            _grab(window, f"billing-{lang}-{name}")
            if name == "finance_reports":
                ws.pages.setCurrentIndex(1)
                qtbot.wait(1200)
                settle(window.ops, qtbot)
                _grab(window, f"billing-{lang}-{name}-insurance")
            if name == "claims":
                for tab in range(ws.tabs.count()):
                    ws.tabs.setCurrentIndex(tab)
                    qtbot.wait(100)
                    _grab(window, f"billing-{lang}-claims-tab{tab}")

        # The dialogs, each opened, grabbed and closed.
        billing = window.workspaces["billing"].widget
        window.select_workspace("billing")
        settle(window.ops, qtbot)
        for name, make in (
                ("payment", lambda: dialogs.PaymentDialog("INV-2026-000123", Decimal("1234.50"), "GBP", billing)),
                ("reason", lambda: dialogs.ReasonDialog(billing.tr("Refund"), billing.tr(
                    "Refund (part of) {receipt}, paid by {method}.").format(receipt="R-1", method="carte"),
                    amount=(Decimal("20"), Decimal("20")), parent=billing)),
                ("adjust", lambda: dialogs.AdjustmentDialog("Bed day (TEST-BED)", Decimal("1200"), "GBP", billing)),
                ("coverage", lambda: dialogs.CoverageDialog([{"id": 1, "label": "NHI — Basic"}], billing)),
                ("payer_payment", lambda: dialogs.PayerPaymentDialog("NHI", Decimal("1500"), "GBP", billing)),
                ("preauth", lambda: PreauthorizationDialog(window.ops, None, parent=billing)),
        ):
            dialog = make()
            dialog.show()
            settle(window.ops, qtbot)
            if hasattr(dialog, "problem") and name in ("coverage", "reason"):
                dialog._check_and_accept()  # noqa: SLF001 - the form's complaint on screen
            qtbot.wait(200)
            _grab(window, f"billing-{lang}-dialog-{name}", dialog)
            dialog.close()
        query = insurance.PayerQuery(1, "NHI", 7, None, "DOE, Jane", "Q-77", "Please send the discharge summary.",
                                     ["Discharge summary"], "open", None, None, None, datetime.now())
        dialog = AnswerDialog(query, billing)
        dialog.show()
        qtbot.wait(200)
        _grab(window, f"billing-{lang}-dialog-answer", dialog)
        dialog.close()
        line = insurance.RemittanceLine(1, 1, "REM-1", 2, "CLM-9", None, None, Decimal("250"), "unmatched", None, None)
        rem = insurance.Remittance(1, 1, "NHI", "REM-1", date.today(), Decimal("250"), "GBP",
                                   datetime.now(), 3, 1)
        claims = [insurance.PayerClaim(9, "INV-2026-000123", "DOE, Jane", "approved", Decimal("300"), Decimal("50"))]
        dialog = ReconcileDialog(line, rem, claims, billing)
        dialog.show()
        qtbot.wait(200)
        _grab(window, f"billing-{lang}-dialog-reconcile", dialog)
        dialog.close()
        # the claim warnings' question box
        cw = window.workspaces["claims"].widget
        box = QMessageBox(QMessageBox.Icon.Warning, cw.tr("Before sending the claim"),
                          cw.tr("The payer will likely refuse part of claim {claim}:").format(claim=12), parent=cw)
        box.setInformativeText(cw.tr("• {title}: {message}").format(
            title=insurance.WARNING_TITLE.label("eligibility_stale"), message="…") + "\n\n" + cw.tr("Send the claim anyway?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(cw.tr("&Send anyway"))
        box.button(QMessageBox.StandardButton.No).setText(cw.tr("&Do not send"))
        box.show()
        qtbot.wait(200)
        box.grab().save(str(OUT / f"billing-{lang}-dialog-claimwarning.png"))
        box.close()

        # reception's insurance panel (billing's widget)
        reception = shell("reception1")
        reception.resize(1366, 768)
        settle(reception.ops, qtbot)
        reception.select_workspace("reception")
        settle(reception.ops, qtbot)
        rws = reception.workspaces["reception"].widget
        rws.open_patient(SimpleNamespace(id=patient))
        settle(reception.ops, qtbot)
        rws.eligibility.check_button.click()
        settle(reception.ops, qtbot)
        asked = payer_side.take(gateway, payer_side.of_patient(patient, "eligibility"))
        payer_side.answer_eligibility(gateway, asked, excluded_items=["COSMETIC-1"], benefits=[
            {"category": "visits", "unit": "visits", "allowed": 12, "used": 3, "remaining": 9},
            {"category": "amount", "unit": "amount", "allowed": 5000, "remaining": 1234.5}])
        rws.eligibility.reload()
        settle(reception.ops, qtbot)
        qtbot.wait(300)
        _grab(reception, f"billing-{lang}-reception-eligibility")
        rws.eligibility.grab().save(str(OUT / f"billing-{lang}-eligibility-panel.png"))
    finally:
        i18n.install("en")
        QLocale.setDefault(before)
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.close()
