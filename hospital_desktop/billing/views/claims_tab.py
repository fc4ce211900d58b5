"""Insurance claims: every claim with its status and where its request to the payer stands. Sending a claim puts
it into the insurance outbox (insurance.submit_claim); hms-insurance-gateway sends it and records the payer's
answer. Before sending, the patient's claim warnings (pre-authorisation missing, denied or expired, not covered,
eligibility out of date) are shown and must be confirmed. The payer's decision per item, the requests sent, the
payer's queries about the claim and the remittance lines that paid it are shown beside the list; a paper
remittance is posted by hand."""
from __future__ import annotations

import json
from decimal import Decimal
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_text, datetime_text, money_text, number_text
from ...widgets.safety import DANGER, SAFE
from ...widgets.tables import fill_table, make_table, selected_record
from .. import insurance, queries
from .dialogs import PayerPaymentDialog
from ...widgets.tables import select_record
from ...i18n import directed
from .text import headers

COLUMNS = [QT_TRANSLATE_NOOP("ClaimsWorkspace", "Claim"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Invoice"),
           QT_TRANSLATE_NOOP("ClaimsWorkspace", "Patient"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Payer"),
           QT_TRANSLATE_NOOP("ClaimsWorkspace", "Status"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Claimed"),
           QT_TRANSLATE_NOOP("ClaimsWorkspace", "Approved"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Paid"),
           QT_TRANSLATE_NOOP("ClaimsWorkspace", "At the payer"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Created"),
           QT_TRANSLATE_NOOP("ClaimsWorkspace", "Note")]
ITEM_COLUMNS = [QT_TRANSLATE_NOOP("ClaimsWorkspace", "#"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Code"),
                QT_TRANSLATE_NOOP("ClaimsWorkspace", "Item"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Claimed"),
                QT_TRANSLATE_NOOP("ClaimsWorkspace", "Approved"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Decision"),
                QT_TRANSLATE_NOOP("ClaimsWorkspace", "Reason")]
REQUEST_COLUMNS = [QT_TRANSLATE_NOOP("ClaimsWorkspace", "Request"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Asked"),
                   QT_TRANSLATE_NOOP("ClaimsWorkspace", "State")]
QUERY_COLUMNS = [QT_TRANSLATE_NOOP("ClaimsWorkspace", "Received"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Question"),
                 QT_TRANSLATE_NOOP("ClaimsWorkspace", "Documents asked for"),
                 QT_TRANSLATE_NOOP("ClaimsWorkspace", "Status"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Answer")]
LINE_COLUMNS = [QT_TRANSLATE_NOOP("ClaimsWorkspace", "Remittance"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Line"),
                QT_TRANSLATE_NOOP("ClaimsWorkspace", "Amount"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Status"),
                QT_TRANSLATE_NOOP("ClaimsWorkspace", "Receipt"), QT_TRANSLATE_NOOP("ClaimsWorkspace", "Note")]
STATUS_COLOUR = {"approved": "#14532d", "partial": "#92400e", "rejected": "#a40000", "submitted": "#1e40af"}
VERDICT_COLOUR = {"approved": "#14532d", "reduced": "#92400e", "rejected": "#a40000"}
POLL_MS = 5000


def _money(value: Decimal | None) -> str:
    return number_text(value, 2)


def request_state(c: queries.ClaimRow) -> str:
    """Where the claim's request stands, in words, with its age."""
    if c.request_status is None:
        return QCoreApplication.translate("ClaimsWorkspace", "not sent") if c.status == "draft" else ""
    request = insurance.PayerRequest(c.request_id or 0, "claim", c.request_status, c.request_attempts,
                                     c.request_error, c.requested_at, c.request_sent_at, c.request_answered_at,
                                     c.requested_at, c.now)
    return request.state_text


class ClaimsWorkspace(QWidget):
    submitted = Signal(int)        # the outbox request of a claim just queued
    detail_loaded = Signal(int)    # claim id, once its items, requests, queries and lines are on screen
    warnings_shown = Signal(list)  # the ClaimWarnings put before the clerk (tests answer the question box)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[queries.ClaimRow] = []
        self.detail_rows: insurance.ClaimDetail | None = None
        self.confirm_box: QMessageBox | None = None
        self.status = QComboBox(objectName="claimStatusFilter")
        self.status.addItem(self.tr("All claims"), None)
        for key in queries.CLAIM_STATUS_LABEL:
            self.status.addItem(queries.claim_status_label(key), key)
        show_label = QLabel(self.tr("&Show"))
        show_label.setBuddy(self.status)
        self.table = make_table(headers("ClaimsWorkspace", COLUMNS), "claimTable", single=True)
        self.items = make_table(headers("ClaimsWorkspace", ITEM_COLUMNS), "claimItems", single=True)
        self.requests = make_table(headers("ClaimsWorkspace", REQUEST_COLUMNS), "claimRequests", single=True)
        self.queries_table = make_table(headers("ClaimsWorkspace", QUERY_COLUMNS), "claimQueries", single=True)
        self.lines = make_table(headers("ClaimsWorkspace", LINE_COLUMNS), "claimRemittanceLines", single=True)
        self.detail = QLabel(objectName="claimDetail", wordWrap=True)
        self.state = QLabel(objectName="claimRequestState", wordWrap=True)
        self.document = QPlainTextEdit(objectName="claimDocument", readOnly=True)
        self.document.setPlaceholderText(self.tr("The FHIR Claim the gateway sent and the payer's ClaimResponse "
                                                 "appear here."))
        self.send_button = QPushButton(self.tr("Se&nd to payer"), objectName="sendClaim")
        self.status_button = QPushButton(self.tr("&Ask the payer for the status"), objectName="askClaimStatus")
        self.retry_button = QPushButton(self.tr("Send a&gain"), objectName="retryClaim")
        self.pay_button = QPushButton(self.tr("&Post payer payment…"), objectName="postPayerPayment")
        self.pay_button.setToolTip(self.tr("A payment the payer announced on paper: remittances the gateway receives "
                                           "are posted by themselves (Remittances workspace)"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.message = QLabel(objectName="claimsMessage", wordWrap=True)
        self.count = QLabel(objectName="claimsCount")
        top = QHBoxLayout()
        top.addWidget(show_label)
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.status_button, self.retry_button, self.pay_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.tabs = QTabWidget(objectName="claimDetailTabs")
        self.tabs.addTab(self.items, self.tr("&Items"))
        self.tabs.addTab(self.requests, self.tr("Requests to the payer"))
        self.tabs.addTab(self.queries_table, self.tr("Payer queries"))
        self.tabs.addTab(self.lines, self.tr("Remittance lines"))
        self.tabs.addTab(self.document, self.tr("FHIR documents"))
        detail_box = QGroupBox(self.tr("Claim"))
        dl = QVBoxLayout(detail_box)
        dl.addWidget(self.detail)
        dl.addWidget(self.state)
        dl.addLayout(buttons)
        dl.addWidget(self.tabs, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.count)
        ll.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail_box)
        splitter.setSizes([600, 820])  # the detail's items show the payer's decision and reason unscrolled
        QVBoxLayout(self).addWidget(splitter)
        self.setTabOrder(self.status, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.table)
        self.setTabOrder(self.table, self.send_button)
        self.setTabOrder(self.send_button, self.status_button)
        self.setTabOrder(self.status_button, self.retry_button)
        self.setTabOrder(self.retry_button, self.pay_button)
        self.setTabOrder(self.pay_button, self.tabs)
        self.poll = QTimer(self, singleShot=True, interval=POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.send_button.clicked.connect(lambda: self.send_selected())
        self.status_button.clicked.connect(self.ask_status)
        self.retry_button.clicked.connect(self.retry_selected)
        self.pay_button.clicked.connect(lambda: self.post_payment())
        ops.changed.connect(lambda noun: noun in (Change.CLAIM, Change.INVOICE, Change.PAYMENT, Change.PAYER_QUERY,
                                                  Change.REMITTANCE) and self.refresh())
        self._update_buttons()
        self.refresh()

    # -- the list -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.poll.stop()
        status = self.status.currentData()
        self.ops.run_query(None, lambda s: queries.claims(s, status), self._show, on_error=self._error, latest=True)

    def _show(self, rows: list[queries.ClaimRow]) -> None:
        keep = self.selected().id if self.selected() else None
        self.rows = rows
        shown, colours = [], []
        for c in rows:
            shown.append((str(c.id), c.invoice_number, c.patient_name, c.payer,
                          queries.claim_status_label(c.status), _money(c.claimed_amount),
                          _money(c.approved_amount), _money(c.paid_amount), request_state(c),
                          date_text(local(c.created_at)), c.outcome_reason or ""))
            colours.append(STATUS_COLOUR.get(c.status) if c.request_status != "failed" else DANGER)
        self.table.blockSignals(True)
        fill_table(self.table, shown, colours)
        self.table.blockSignals(False)
        if keep is None or not self.select_claim(keep):
            self._selected()
        self.count.setText(self.tr("%n claim(s).", None, len(rows)))
        # While a request is on its way, look again in a few seconds (the gateway records the payer's answer).
        if any(c.request_status in ("queued", "sent") for c in rows) and self.isVisible():
            self.poll.start()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        super().showEvent(event)
        if any(c.request_status in ("queued", "sent") for c in self.rows):
            self.poll.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt virtual
        super().hideEvent(event)
        self.poll.stop()

    def selected(self) -> queries.ClaimRow | None:
        return selected_record(self.table, self.rows)

    def select_claim(self, claim_id: int) -> bool:
        if not select_record(self.table, self.rows, claim_id):
            return False
        self._selected()
        return True

    def _update_buttons(self) -> None:
        c = self.selected()
        self.send_button.setEnabled(c is not None and c.status == "draft")
        self.status_button.setEnabled(c is not None and c.status == "submitted"
                                      and c.request_status in ("sent", "answered"))
        self.retry_button.setEnabled(c is not None and c.request_status == "failed")
        self.pay_button.setEnabled(c is not None and c.status in ("approved", "partial")
                                   and (c.approved_amount or 0) > c.paid_amount)

    # -- the selected claim -----------------------------------------------------------------------------------
    def _selected(self) -> None:
        self._update_buttons()
        c = self.selected()
        if c is None:
            self.detail.setText(self.tr("Select a claim."))
            self.state.setText("")
            self.detail_rows = None
            for table in (self.items, self.requests, self.queries_table, self.lines):
                fill_table(table, [])
            self.document.clear()
            self.ops.forget_answers(self._show_detail)  # the previous claim's items must not appear
            return
        values = {"payer": escape(c.payer), "invoice": escape(c.invoice_number), "patient": escape(c.patient_name),
                  "status": escape(queries.claim_status_label(c.status)),
                  "claimed": money_text(c.claimed_amount, c.currency),
                  "approved": money_text(c.approved_amount, c.currency), "paid": money_text(c.paid_amount, c.currency),
                  "reference": escape(c.payer_reference or "")}
        text = self.tr("<b>{payer}</b> · invoice {invoice} · {patient}").format(**values) + "<br>"
        if c.approved_amount is not None:
            text += self.tr("Status <b>{status}</b>; claimed {claimed}, approved {approved}, paid {paid}").format(
                **values)
        else:
            text += self.tr("Status <b>{status}</b>; claimed {claimed}").format(**values)
        if c.payer_reference:
            text += self.tr(" · payer's reference {reference}").format(**values)
        if c.outcome_reason:
            text += f"<br>{escape(c.outcome_reason)}"
        self.detail.setText(directed(text))
        state = request_state(c)
        colour = DANGER if c.request_status == "failed" else (SAFE if c.request_status == "answered" else "#1e40af")
        hint = {"failed": self.tr("The payer has not got this claim. Correct what the reason names (the patient's "
                                  "coverage, the payer's item codes), then press Send again. If it names no reason, "
                                  "tell IT: the insurance gateway's log says more."),
                "queued": self.tr("The insurance gateway sends it within a minute; nothing to do."),
                "sent": self.tr("The payer decides later; this page shows the answer when it comes.")
                }.get(c.request_status or "")
        self.state.setText(directed((self.tr("At the payer: {state}").format(
                               state=f"<b style='color:{colour}'>{escape(state)}</b>") if state else "")
                           + (f"<br><span style='color:#555'>{escape(hint)}</span>" if state and hint else "")))
        claim_id = c.id

        def load(session):  # noqa: ANN001, ANN202
            return claim_id, insurance.claim_detail(session, claim_id), queries.claim_documents(session, claim_id)

        self.ops.run_query(None, load, self._show_detail, on_error=self._error, latest=True)

    def _show_detail(self, result: tuple[int, insurance.ClaimDetail, tuple]) -> None:
        claim_id, detail, docs = result
        self.detail_rows = detail
        fill_table(self.items, [(str(i.sequence), i.code, i.description, _money(i.claimed_amount),
                                 _money(i.approved_amount), insurance.VERDICT_LABEL.label(i.verdict), i.reason or "")
                                for i in detail.items],
                   [VERDICT_COLOUR.get(i.verdict) for i in detail.items])
        fill_table(self.requests, [(r.label, datetime_text(local(r.requested_at)), r.state_text)
                                   for r in detail.requests],
                   [DANGER if r.status == "failed" else None for r in detail.requests])
        fill_table(self.queries_table, [(datetime_text(local(q.received_at)), q.question,
                                         "; ".join(q.requested_documents),
                                         self.tr("open") if q.status == "open" else self.tr("answered"), q.answer or "")
                                        for q in detail.queries],
                   ["#92400e" if q.status == "open" else None for q in detail.queries])
        fill_table(self.lines, [(ln.remittance_reference, str(ln.line_no), _money(ln.amount),
                                 insurance.LINE_STATUS_LABEL.label(ln.status), ln.receipt_number or "",
                                 ln.note or "") for ln in detail.remittance_lines],
                   [DANGER if ln.open else None for ln in detail.remittance_lines])
        open_queries = sum(1 for q in detail.queries if q.status == "open")
        self.tabs.setTabText(2, self.tr("Payer queries (%n open)", None, open_queries) if open_queries
                             else self.tr("Payer queries"))
        claim, response = docs
        parts = []
        if claim is not None:
            parts.append(self.tr("Claim sent:") + "\n" + json.dumps(claim, indent=2))
        if response is not None:
            parts.append(self.tr("ClaimResponse:") + "\n" + json.dumps(response, indent=2))
        self.document.setPlainText("\n\n".join(parts))
        self.detail_loaded.emit(claim_id)

    # -- commands ---------------------------------------------------------------------------------------------
    def send_selected(self, confirm: bool | None = None) -> None:
        """Queue the claim for its payer; the patient's claim warnings first (confirm=True sends despite them
        without asking, as a test or a script would)."""
        c = self.selected()
        if c is None or c.status != "draft":
            return
        claim_id, patient_id = c.id, c.patient_id

        def checked(warnings: list[insurance.ClaimWarning]) -> None:
            if not warnings or confirm:
                self._submit(claim_id)
                return
            if confirm is False:
                self._say(self.tr("Not sent."), ok=False)
                return
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Before sending the claim"),
                              self.tr("The payer will likely refuse part of claim {claim}:").format(claim=claim_id),
                              parent=self)
            box.setInformativeText("\n".join(self.tr("• {title}: {message}").format(
                title=insurance.WARNING_TITLE.label(w.kind), message=w.message) for w in warnings)
                + "\n\n" + self.tr("Send the claim anyway?"))
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Send anyway"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("&Do not send"))
            box.setDefaultButton(QMessageBox.StandardButton.No)
            box.setObjectName("claimWarningsBox")

            def answered(button: int) -> None:
                self.confirm_box = None
                if button == QMessageBox.StandardButton.Yes:
                    self._submit(claim_id)
                else:
                    self._say(self.tr("Not sent: resolve the warnings first, or send anyway."), ok=False)

            box.finished.connect(answered)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.confirm_box = box
            box.open()
            self.warnings_shown.emit(warnings)

        self.ops.run_query(self, lambda s: insurance.claim_warnings(s, patient_id), checked, on_error=self._error,
                           label=self.tr("Checking the claim…"))

    def _submit(self, claim_id: int) -> None:
        def done(request_id: int) -> None:
            self._say(self.tr("Claim {claim} is queued for the payer: the insurance gateway sends it and records "
                              "the answer.").format(claim=claim_id), ok=True)
            self.submitted.emit(request_id)

        self.ops.run_change(self, lambda s: insurance.submit_claim(s, claim_id), done, noun=Change.CLAIM,
                            on_error=self._error, label=self.tr("Queuing the claim…"))

    def ask_status(self) -> None:
        c = self.selected()
        if c is None:
            return
        claim_id = c.id
        self.ops.run_change(self, lambda s: insurance.request_claim_status(s, claim_id),
                            lambda _id: self._say(self.tr("The payer is asked where claim {claim} stands.").format(
                                claim=claim_id), ok=True),
                            noun=Change.CLAIM, on_error=self._error)

    def retry_selected(self) -> None:
        c = self.selected()
        if c is None or c.request_status != "failed" or c.request_id is None:
            return
        request_id, claim_id = c.request_id, c.id
        self.ops.run_change(self, lambda s: insurance.retry_request(s, request_id),
                            lambda _r: self._say(self.tr("Claim {claim} is queued again (the same claim: the payer "
                                                         "registers it once).").format(claim=claim_id), ok=True),
                            noun=Change.CLAIM, on_error=self._error)

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
                            lambda _id: self._say(self.tr("Payment of {amount} from {payer} posted.").format(
                                amount=money_text(amount, c.currency), payer=c.payer), ok=True),
                            noun=Change.PAYMENT, on_error=self._error)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setStyleSheet(f"color: {SAFE if ok else DANGER};")
        self.message.setText(directed(text))

    def _error(self, error: KnownError) -> None:
        self._say(error.message, ok=False)
