"""Insurance claims: every claim with its status; send a claim to the payer through the claims adapter (FHIR R4,
retries under one idempotency key), read the answer per item with its reasons, post the payer's payment."""
from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSplitter,
                               QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations, Steps
from .. import queries
from ..claims import SubmitResult, submit_claim
from .billing_tab import _fitted, _item, _money, _table
from .dialogs import PayerPaymentDialog

COLUMNS = ["Claim", "Invoice", "Patient", "Payer", "Status", "Claimed", "Approved", "Paid", "Tries", "Created",
           "Note"]
ITEM_COLUMNS = ["#", "Code", "Item", "Claimed", "Approved", "Reason"]
STATUS_COLOUR = {"approved": "#14532d", "partial": "#92400e", "rejected": "#a40000", "submitted": "#1e40af"}


class ClaimsWorkspace(QWidget):
    submitted = Signal(object)  # SubmitResult

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[queries.ClaimRow] = []
        self.status = QComboBox(objectName="claimStatusFilter")
        self.status.addItem("All claims", None)
        for key, label in queries.CLAIM_STATUS_LABEL.items():
            self.status.addItem(label, key)
        self.table = _table(COLUMNS, "claimTable")
        self.items = _table(ITEM_COLUMNS, "claimItems")
        self.detail = QLabel(objectName="claimDetail", wordWrap=True)
        self.document = QPlainTextEdit(objectName="claimDocument", readOnly=True)
        self.document.setPlaceholderText("The FHIR Claim sent and the payer's ClaimResponse appear here.")
        self.send_button = QPushButton("Send to payer", objectName="sendClaim")
        self.pay_button = QPushButton("Post payer payment…")
        self.refresh_button = QPushButton("Refresh")
        self.message = QLabel(objectName="claimsMessage", wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel("Show"))
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.pay_button)
        buttons.addStretch(1)
        detail_box = QGroupBox("Claim")
        dl = QVBoxLayout(detail_box)
        dl.addWidget(self.detail)
        dl.addWidget(self.items, 1)
        dl.addLayout(buttons)
        dl.addWidget(QLabel("FHIR documents"))
        dl.addWidget(self.document, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail_box)
        splitter.setSizes([900, 520])
        QVBoxLayout(self).addWidget(splitter)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.send_button.clicked.connect(lambda: self.send_selected())
        self.pay_button.clicked.connect(lambda: self.post_payment())
        ops.changed.connect(lambda noun: noun in (Change.CLAIM, Change.INVOICE, Change.PAYMENT) and self.refresh())
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        status = self.status.currentData()
        keep = self.selected().id if self.selected() else None
        self.ops.run_query(None, lambda s: queries.claims(s, status), lambda rows: self._show(rows, keep),
                           on_error=self._error)

    def _show(self, rows: list[queries.ClaimRow], keep: int | None) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        select = -1
        for r, c in enumerate(rows):
            values = [(str(c.id), True), (c.invoice_number, False), (c.patient_name, False), (c.payer, False),
                      (queries.CLAIM_STATUS_LABEL.get(c.status, c.status), False), (_money(c.claimed_amount), True),
                      (_money(c.approved_amount), True), (_money(c.paid_amount), True), (str(c.attempts), True),
                      (f"{local(c.created_at):%d.%m.%Y}", False), (c.last_error or c.outcome_reason or "", False)]
            for col, (value, right) in enumerate(values):
                item = _item(value, right=right)
                if col == 4 and c.status in STATUS_COLOUR:
                    item.setForeground(QBrush(QColor(STATUS_COLOUR[c.status])))
                self.table.setItem(r, col, item)
            if c.id == keep:
                select = r
        _fitted(self.table)
        self.table.blockSignals(False)
        if select >= 0:
            self.table.selectRow(select)
        self._selected()
        self.message.setText(f"{len(rows)} claim(s).")

    def selected(self) -> queries.ClaimRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select_claim(self, claim_id: int) -> bool:
        for r, c in enumerate(self.rows):
            if c.id == claim_id:
                self.table.selectRow(r)
                return True
        return False

    def _update_buttons(self) -> None:
        c = self.selected()
        self.send_button.setEnabled(c is not None and c.status in ("draft", "submitted"))
        self.send_button.setText("Send again (same claim)" if c is not None and c.status == "submitted"
                                 else "Send to payer")
        self.pay_button.setEnabled(c is not None and c.status in ("approved", "partial")
                                   and (c.approved_amount or 0) > c.paid_amount)

    def _selected(self) -> None:
        self.items.setRowCount(0)
        self.document.clear()
        self._update_buttons()
        c = self.selected()
        if c is None:
            self.detail.setText("Select a claim.")
            self.ops.forget_answers(self._show_detail)  # the previous claim's items must not appear
            return
        self.detail.setText(
            f"<b>{c.payer}</b> · invoice {c.invoice_number} · {c.patient_name}<br>"
            f"Status <b>{queries.CLAIM_STATUS_LABEL.get(c.status, c.status)}</b>; claimed "
            f"{_money(c.claimed_amount)} {c.currency}"
            + (f", approved {_money(c.approved_amount)}, paid {_money(c.paid_amount)}" if c.approved_amount is not None
               else "") + (f"<br>{c.outcome_reason}" if c.outcome_reason else "")
            + (f"<br><span style='color:#a40000'>Last attempt: {c.last_error}</span>" if c.last_error else ""))

        def load(session):  # noqa: ANN001, ANN202
            return queries.claim_items(session, c.id), queries.claim_documents(session, c.id)

        self.ops.run_query(None, load, self._show_detail, on_error=self._error, latest=True)

    def _show_detail(self, result: tuple[list[dict], list]) -> None:
        items, docs = result
        self.items.setRowCount(len(items))
        for r, i in enumerate(items):
            values = [(str(i["sequence"]), True), (i["code"], False), (i["description"], False),
                      (_money(i["claimed_amount"]), True), (_money(i["approved_amount"]), True), (i["reason"] or "", False)]
            for col, (value, right) in enumerate(values):
                self.items.setItem(r, col, _item(value, right=right))
        _fitted(self.items)
        claim, response = docs
        parts = []
        if claim is not None:
            parts.append("Claim sent:\n" + json.dumps(claim, indent=2))
        if response is not None:
            parts.append("ClaimResponse:\n" + json.dumps(response, indent=2))
        self.document.setPlainText("\n\n".join(parts))

    def send_selected(self) -> None:
        c = self.selected()
        if c is None:
            return

        def send(steps: Steps) -> SubmitResult:
            try:
                return submit_claim(steps, c.id)
            except (LookupError, ValueError) as exc:
                raise KnownError(str(exc).capitalize()) from exc

        def done(result: SubmitResult) -> None:
            colour = "#14532d" if result.outcome in ("approved", "partial") else "#a40000"
            self.message.setStyleSheet(f"color: {colour};")
            tries = f" after {result.attempts} attempt(s)" if result.attempts > 1 else ""
            self.message.setText(f"Claim {c.id}: {result.message}{tries}")
            self.submitted.emit(result)

        self.ops.run_steps(self, send, done, noun=Change.CLAIM, on_error=self._error,
                           label="Sending the claim to the payer…")

    def post_payment(self, amount: Decimal | None = None, reference: str | None = None) -> None:
        c = self.selected()
        if c is None or c.approved_amount is None:
            return
        if amount is None:
            dialog = PayerPaymentDialog(c.payer, c.approved_amount - c.paid_amount, c.currency, self)
            if dialog.exec() != PayerPaymentDialog.DialogCode.Accepted:
                return
            amount, reference = dialog.values()
        self.ops.run_change(self, lambda s: queries.post_payer_payment(s, c.id, amount, reference or None),
                            lambda _id: self._say(f"Payment of {amount:,.2f} {c.currency} from {c.payer} posted."),
                            noun=Change.PAYMENT, on_error=self._error)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #14532d;")
        self.message.setText(text)

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet("color: #a40000;")
        self.message.setText(error.message)
