"""The billing workstation: patients with unbilled charges (or any patient found by search) on the left; on the
right the patient's coverage, their charges grouped by visit or stay (each with its source), and their invoices
with payments, claims and balance. Everything changes through the database's billing functions."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_text, datetime_text, money_text, number_text
from ..documents import invoice_pdf, receipt_pdf
from ...registry import queries as registry
from ...widgets.patient_banner import PatientBanner
from ...widgets.patient_search import PatientSearchBox
from ...widgets.print_preview import PrintPreviewDialog
from .. import insurance, queries
from .eligibility_panel import EligibilityPanel
from ...widgets.tables import select_row
from ...i18n import directed
from .text import headers
from .dialogs import AdjustmentDialog, CoverageDialog, PaymentDialog, ReasonDialog

CHARGE_COLUMNS = [QT_TRANSLATE_NOOP("BillingWorkspace", "Charge"),
                  QT_TRANSLATE_NOOP("BillingWorkspace", "Source (clinical event)"),
                  QT_TRANSLATE_NOOP("BillingWorkspace", "Date"), QT_TRANSLATE_NOOP("BillingWorkspace", "Code"),
                  QT_TRANSLATE_NOOP("BillingWorkspace", "Amount"), QT_TRANSLATE_NOOP("BillingWorkspace", "Adjusted"),
                  QT_TRANSLATE_NOOP("BillingWorkspace", "Net"), QT_TRANSLATE_NOOP("BillingWorkspace", "Status")]
INVOICE_COLUMNS = [QT_TRANSLATE_NOOP("BillingWorkspace", "Number"), QT_TRANSLATE_NOOP("BillingWorkspace", "Issued"),
                   QT_TRANSLATE_NOOP("BillingWorkspace", "Status"), QT_TRANSLATE_NOOP("BillingWorkspace", "Total"),
                   QT_TRANSLATE_NOOP("BillingWorkspace", "Patient share"),
                   QT_TRANSLATE_NOOP("BillingWorkspace", "Insurer share"), QT_TRANSLATE_NOOP("BillingWorkspace", "Paid"),
                   QT_TRANSLATE_NOOP("BillingWorkspace", "Balance"), QT_TRANSLATE_NOOP("BillingWorkspace", "Claim")]
PAYMENT_COLUMNS = [QT_TRANSLATE_NOOP("BillingWorkspace", "Receipt"), QT_TRANSLATE_NOOP("BillingWorkspace", "Date"),
                   QT_TRANSLATE_NOOP("BillingWorkspace", "Method"), QT_TRANSLATE_NOOP("BillingWorkspace", "Amount"),
                   QT_TRANSLATE_NOOP("BillingWorkspace", "Reference"), QT_TRANSLATE_NOOP("BillingWorkspace", "By")]
WORK_COLUMNS = [QT_TRANSLATE_NOOP("BillingWorkspace", "Patient"), QT_TRANSLATE_NOOP("BillingWorkspace", "MRN"),
                QT_TRANSLATE_NOOP("BillingWorkspace", "Unbilled"), QT_TRANSLATE_NOOP("BillingWorkspace", "Amount"),
                QT_TRANSLATE_NOOP("BillingWorkspace", "Since"), QT_TRANSLATE_NOOP("BillingWorkspace", "Owes")]
FOUND_COLUMNS = [QT_TRANSLATE_NOOP("BillingWorkspace", "Patient"), QT_TRANSLATE_NOOP("BillingWorkspace", "MRN"),
                 QT_TRANSLATE_NOOP("BillingWorkspace", "Born")]


def _item(text: str, *, right: bool = False) -> QTableWidgetItem:
    """right: an amount or a count, on the trailing side (the right, or the left in Arabic)."""
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    return item


def _fitted(table: QTableWidget) -> None:
    table.resizeColumnsToContents()
    for col in range(table.columnCount()):
        table.setColumnWidth(col, min(table.columnWidth(col), 360))


def _money(value: Decimal | None) -> str:
    """An amount in a table's amount column (the currency is the invoice's, named in the totals): the locale's
    digits and separators, two decimals."""
    return number_text(value, 2)


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns), objectName=name)
    table.setHorizontalHeaderLabels(columns)
    # Interactive + one resizeColumnsToContents() after filling: ResizeToContents re-measures every row on
    # every setItem, which is quadratic on long lists.
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


class BillingWorkspace(QWidget):
    """Accounts: charges → invoices → payments, per patient and per visit or stay."""

    account_loaded = Signal(int)   # patient id, after charges, invoices and coverage are on screen
    invoice_issued = Signal(int)
    payment_taken = Signal(int)
    preview_opened = Signal(object)  # the PrintPreviewDialog (tests close it)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patient: registry.PatientRow | None = None
        self.charge_rows: list[queries.ChargeRow] = []
        self.invoice_rows: list[queries.InvoiceAccount] = []
        self.payment_rows: list[queries.PaymentRow] = []
        self.coverage_rows: list[queries.CoverageRow] = []
        self.work_items: list[queries.WorkItem] = []
        self.found: list[registry.PatientRow] = []
        self.print_previews = True    # tests switch the preview dialogs off
        self._pending_select: int | None = None
        self.today = None
        self.claim_warnings: list[insurance.ClaimWarning] = []

        # -- left: worklist and search
        self.worklist = _table(headers("BillingWorkspace", WORK_COLUMNS), "billingWorklist")
        self.search = PatientSearchBox()
        self.results = _table(headers("BillingWorkspace", FOUND_COLUMNS), "billingSearchResults")
        find = QWidget()
        fl = QVBoxLayout(find)
        fl.addWidget(self.search)
        fl.addWidget(self.results, 1)
        work = QWidget()
        wl = QVBoxLayout(work)
        wl.addWidget(QLabel(self.tr("Patients with unbilled charges, oldest first (double-click to open)"),
                            wordWrap=True))
        wl.addWidget(self.worklist, 1)
        self.left = QTabWidget()
        self.left.addTab(work, self.tr("Unbilled"))
        self.left.addTab(find, self.tr("Find patient"))

        # -- right: banner, insurance (eligibility and the payer's likely refusals), coverage, charges, invoices
        self.banner = PatientBanner()
        self.eligibility = EligibilityPanel(ops)
        self.warnings = QLabel(objectName="claimWarnings", wordWrap=True)
        self.warnings.setStyleSheet("color: #92400e;")
        self.warnings.hide()
        self.coverage = QComboBox(objectName="invoiceCoverage")
        self.coverage.setMinimumWidth(360)
        self.add_coverage_button = QPushButton(self.tr("Add coverage…"))
        self.cancel_coverage_button = QPushButton(self.tr("Cancel coverage…"))
        self.preauth_button = QPushButton(self.tr("Pre-a&uthorisation…"), objectName="billingPreauth")
        self.preauth_button.setToolTip(self.tr("Ask the payer to pre-authorise items for this patient"))
        cov = QHBoxLayout()
        cov.addWidget(QLabel(self.tr("Bill with:")))
        cov.addWidget(self.coverage, 1)
        cov.addWidget(self.add_coverage_button)
        cov.addWidget(self.cancel_coverage_button)
        cov.addWidget(self.preauth_button)

        self.charges = QTreeWidget(objectName="chargeTree")
        self.charges.setColumnCount(len(CHARGE_COLUMNS))
        self.charges.setHeaderLabels(headers("BillingWorkspace", CHARGE_COLUMNS))
        self.charges.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.charges.header().setStretchLastSection(True)
        for col, width in enumerate((215, 300, 80, 90, 62, 62, 62)):
            self.charges.setColumnWidth(col, width)
        self.charges.setAlternatingRowColors(True)
        self.select_open_button = QPushButton(self.tr("Select all unbilled"))
        self.adjust_button = QPushButton(self.tr("Discount / correct…"))
        self.note = QLineEdit(objectName="invoiceNote", maxLength=500,
                              placeholderText=self.tr("note on the invoice (optional)"))
        self.issue_button = QPushButton(self.tr("Issue invoice"), objectName="issueInvoice")
        self.issue_button.setStyleSheet("font-weight: 600;")
        charge_buttons = QHBoxLayout()
        for w in (self.select_open_button, self.adjust_button):
            charge_buttons.addWidget(w)
        charge_buttons.addWidget(self.note, 1)
        charge_buttons.addWidget(self.issue_button)
        charges_box = QGroupBox(self.tr("Charges from clinical events (tick the ones to invoice)"))
        cl = QVBoxLayout(charges_box)
        cl.addLayout(cov)
        cl.addWidget(self.charges, 1)
        cl.addLayout(charge_buttons)

        self.invoices = _table(headers("BillingWorkspace", INVOICE_COLUMNS), "invoiceTable")
        self.payments = _table(headers("BillingWorkspace", PAYMENT_COLUMNS), "paymentTable")
        self.pay_button = QPushButton(self.tr("Take payment…"), objectName="takePayment")
        self.claim_button = QPushButton(self.tr("Claim insurer's share"))
        self.void_button = QPushButton(self.tr("Void (credit note)…"))
        self.print_button = QPushButton(self.tr("Print invoice…"))
        self.refund_button = QPushButton(self.tr("Refund…"))
        self.receipt_button = QPushButton(self.tr("Print receipt…"))
        inv_buttons = QHBoxLayout()
        for w in (self.pay_button, self.claim_button, self.void_button, self.print_button):
            inv_buttons.addWidget(w)
        inv_buttons.addStretch(1)
        pay_buttons = QHBoxLayout()
        pay_buttons.addStretch(1)
        pay_buttons.addWidget(self.refund_button)
        pay_buttons.addWidget(self.receipt_button)
        self.balance = QLabel(objectName="patientBalance")
        self.balance.setStyleSheet("font-weight: 600;")
        invoices_box = QGroupBox(self.tr("Invoices and credit notes"))
        il = QVBoxLayout(invoices_box)
        il.addWidget(self.invoices, 2)
        il.addLayout(inv_buttons)
        il.addWidget(QLabel(self.tr("Payments of the selected invoice")))
        il.addWidget(self.payments, 1)
        il.addLayout(pay_buttons)
        il.addWidget(self.balance)

        self.message = QLabel(objectName="billingMessage", wordWrap=True)
        right_split = QSplitter(Qt.Orientation.Vertical)
        right_split.addWidget(charges_box)
        right_split.addWidget(invoices_box)
        right_split.setStretchFactor(0, 3)  # the charges get the room the insurance panel takes from the top
        right_split.setStretchFactor(1, 2)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.banner)
        rl.addWidget(self.eligibility)
        rl.addWidget(self.warnings)
        rl.addWidget(right_split, 1)
        rl.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(right)
        splitter.setSizes([380, 1100])
        QVBoxLayout(self).addWidget(splitter)

        self.worklist.doubleClicked.connect(lambda index: self.open_work_item(index.row()))
        self.results.doubleClicked.connect(lambda index: self.open_found(index.row()))
        self.search.search_requested.connect(self.find_patients)
        self.select_open_button.clicked.connect(self.select_all_open)
        self.adjust_button.clicked.connect(self.adjust_selected)
        self.issue_button.clicked.connect(lambda: self.issue_invoice())
        self.add_coverage_button.clicked.connect(self.add_coverage)
        self.preauth_button.clicked.connect(lambda: self.request_preauthorization())
        self.cancel_coverage_button.clicked.connect(lambda: self.cancel_coverage())
        self.coverage.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.invoices.itemSelectionChanged.connect(self._invoice_selected)
        self.payments.itemSelectionChanged.connect(self._update_buttons)
        self.pay_button.clicked.connect(lambda: self.take_payment())
        self.claim_button.clicked.connect(self.claim_selected)
        self.void_button.clicked.connect(lambda: self.void_selected())
        self.print_button.clicked.connect(self.print_selected)
        self.refund_button.clicked.connect(self.refund_selected)
        self.receipt_button.clicked.connect(self.print_selected_receipt)
        ops.changed.connect(self._changed)
        self._update_buttons()
        self.refresh_worklist()

    # ---------------------------------------------------------------------------------------------------------
    # Worklist and search
    # ---------------------------------------------------------------------------------------------------------
    def _changed(self, noun: str) -> None:
        if noun in (Change.INVOICE, Change.PAYMENT, Change.CHARGE, Change.CLAIM, Change.COVERAGE,
                    Change.ELIGIBILITY, Change.PREAUTHORIZATION):
            self.refresh_worklist()
            if self.patient is not None:
                self.load_account(self.patient.id)

    def refresh_worklist(self) -> None:
        self.ops.run_query(None, queries.worklist, self._show_worklist, on_error=self._error)

    def _show_worklist(self, items: list[queries.WorkItem]) -> None:
        self.work_items = items
        self.worklist.setRowCount(len(items))
        for row, w in enumerate(items):
            values = [(w.name, False), (w.mrn, False), (number_text(w.open_charges), True),
                      (_money(w.open_amount), True), (date_text(w.oldest), False), (_money(w.balance), True)]
            for col, (value, right) in enumerate(values):
                self.worklist.setItem(row, col, _item(value, right=right))
        _fitted(self.worklist)

    def find_patients(self, text: str) -> None:
        query = registry.parse_search(text)
        if query.empty:
            self.results.setRowCount(0)
            return
        self.ops.run_query(None, lambda s: registry.search_patients(s, query, limit=50), self._show_found,
                           on_error=self._error)

    def _show_found(self, rows: list[registry.PatientRow]) -> None:
        self.found = rows
        self.results.setRowCount(len(rows))
        for row, p in enumerate(rows):
            for col, value in enumerate((p.display_name, p.mrn, date_text(p.birth_date))):
                self.results.setItem(row, col, _item(value))
        _fitted(self.results)
        if len(rows) == 1:
            self.open_found(0)

    def open_work_item(self, row: int) -> None:
        if 0 <= row < len(self.work_items):
            self.load_account(self.work_items[row].patient_id)

    def open_found(self, row: int) -> None:
        if 0 <= row < len(self.found):
            self.load_account(self.found[row].id)

    # ---------------------------------------------------------------------------------------------------------
    # The patient's account
    # ---------------------------------------------------------------------------------------------------------
    def load_account(self, patient_id: int) -> None:

        def load(session):  # noqa: ANN001, ANN202
            return (registry.get_patient(session, patient_id), queries.charges(session, patient_id),
                    queries.invoices(session, patient_id), queries.coverages(session, patient_id),
                    queries.today(session), insurance.claim_warnings(session, patient_id))

        self.ops.run_query(None, load, lambda result: self._show_account(*result),
                           on_error=self._error, latest=True)

    def _show_account(self, patient, charges, invoices, coverages, today, warnings) -> None:  # noqa: ANN001
        if self.patient is None or self.patient.id != patient.id:
            self.eligibility.set_patient(patient.id)
        self.claim_warnings = warnings
        self.warnings.setVisible(bool(warnings))
        self.warnings.setText(directed("<b>") + escape(self.tr("The payer will likely refuse:")) + "</b><br>" + "<br>".join(
            self.tr("• {title}: {message}").format(title=escape(insurance.WARNING_TITLE.label(w.kind)),
                                                   message=escape(w.message)) for w in warnings))
        keep_checked = {c for c in self.checked_charge_ids()} if self.patient and patient.id == self.patient.id else set()
        keep_invoice = self._pending_select or (self.selected_invoice().invoice_id if self.selected_invoice() else None)
        self._pending_select = None
        self.patient = patient
        self.banner.show_patient(patient)
        self.charge_rows, self.invoice_rows, self.coverage_rows = charges, invoices, coverages
        self.today = today
        self._fill_coverage(today)
        self._fill_charges(keep_checked)
        self._fill_invoices(keep_invoice)
        owed = sum((i.balance for i in invoices), Decimal("0"))
        patient_owes = sum((i.patient_balance for i in invoices), Decimal("0"))
        open_count = sum(1 for c in charges if c.status == "open")
        currency = next((i.currency for i in invoices), None) or next((c.currency for c in charges), None) or "GBP"
        self.balance.setText(directed(self.tr(
            "Account balance {owed} (patient {patient}, insurers {insurers}) · %n unbilled charge(s)", None,
            open_count).format(owed=money_text(owed, currency),
                                                  patient=money_text(patient_owes, currency),
                                                  insurers=money_text(owed - patient_owes, currency))))
        self._update_buttons()
        self.account_loaded.emit(patient.id)

    def _fill_coverage(self, today) -> None:  # noqa: ANN001
        current = self.coverage.currentData()
        self.coverage.clear()
        self.coverage.addItem(self.tr("Self-pay (no insurance)"), None)
        for c in self.coverage_rows:
            if c.status == "active":
                self.coverage.addItem(c.label, c.id)
        valid = [c for c in self.coverage_rows if c.valid_on(today)]
        choice = current if current in [c.id for c in self.coverage_rows] else (valid[0].id if valid else None)
        index = self.coverage.findData(choice)
        self.coverage.setCurrentIndex(max(index, 0))

    def _fill_charges(self, keep_checked: set[int]) -> None:
        self.charges.clear()
        groups: dict[int | None, QTreeWidgetItem] = {}
        totals: dict[int | None, Decimal] = {}
        counts: dict[int | None, int] = {}
        for index, c in enumerate(self.charge_rows):
            parent = groups.get(c.encounter_id)
            if parent is None:
                parent = QTreeWidgetItem([c.visit_label])
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                self.charges.addTopLevelItem(parent)
                groups[c.encounter_id] = parent
                totals[c.encounter_id] = Decimal("0")
                counts[c.encounter_id] = 0
            child = QTreeWidgetItem([
                c.item_name, c.source_label,
                date_text(c.service_date), c.code, _money(c.amount), _money(c.adjustments) if c.adjustments else "",
                _money(c.net), self._charge_status(c)])
            child.setData(0, Qt.ItemDataRole.UserRole, index)
            for col in (4, 5, 6):
                child.setTextAlignment(col, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            if c.status == "open":
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked if c.charge_id in keep_checked else Qt.CheckState.Unchecked)
            else:  # tree items are checkable by default: only unbilled charges may be ticked
                child.setFlags(child.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                child.setForeground(7, QBrush(QColor("#666666")))
            parent.addChild(child)
            if c.status == "open":
                totals[c.encounter_id] += c.net
                counts[c.encounter_id] += 1
        currency = next((c.currency for c in self.charge_rows), "GBP")
        for key, parent in groups.items():
            if counts[key]:
                parent.setText(0, self.tr("{visit}   —   %n unbilled, {amount}", None, counts[key]).format(
                    visit=parent.text(0), amount=money_text(totals[key], currency)))
            else:
                parent.setText(0, self.tr("{visit}   —   all billed").format(visit=parent.text(0)))
            parent.setFirstColumnSpanned(True)
            parent.setExpanded(True)

    def _charge_status(self, c: queries.ChargeRow) -> str:
        if c.status == "open":
            return self.tr("unbilled")
        if c.status == "invoiced":
            return self.tr("on {invoice}").format(invoice=c.invoice_number)
        if c.status == "void":
            return self.tr("void: {reason}").format(reason=c.void_reason)
        return c.status

    def _invoice_status(self, i: queries.InvoiceAccount) -> str:
        if i.status == "void":
            return self.tr("void → {credit_note}").format(credit_note=i.credit_note or "")
        return self.tr("paid") if i.balance == 0 else self.tr("open")

    def _fill_invoices(self, keep: int | None) -> None:
        self.invoices.blockSignals(True)
        self.invoices.setRowCount(len(self.invoice_rows))
        select = -1
        for row, i in enumerate(self.invoice_rows):
            values = [(i.number, False), (date_text(local(i.issued_at)), False), (self._invoice_status(i), False),
                      (_money(i.total_amount), True), (_money(i.patient_share), True), (_money(i.payer_share), True),
                      (_money(i.patient_paid + i.payer_paid), True), (_money(i.balance), True),
                      (queries.claim_status_label(i.claim_status), False)]
            for col, (value, right) in enumerate(values):
                item = _item(value, right=right)
                if i.status == "void":
                    item.setForeground(QBrush(QColor("#888888")))
                self.invoices.setItem(row, col, item)
            if i.invoice_id == keep:
                select = row
        _fitted(self.invoices)
        self.invoices.blockSignals(False)
        if select >= 0:
            select_row(self.invoices, select)
        else:
            self.invoices.clearSelection()
        self._invoice_selected()

    # ---------------------------------------------------------------------------------------------------------
    # Selection helpers
    # ---------------------------------------------------------------------------------------------------------
    def _charge_items(self) -> list[QTreeWidgetItem]:
        items = []
        for top in range(self.charges.topLevelItemCount()):
            parent = self.charges.topLevelItem(top)
            items += [parent.child(k) for k in range(parent.childCount())]
        return items

    def checked_charge_ids(self) -> list[int]:
        rows = [(self.charge_rows[item.data(0, Qt.ItemDataRole.UserRole)], item) for item in self._charge_items()]
        return [row.charge_id for row, item in rows
                if row.status == "open" and item.checkState(0) == Qt.CheckState.Checked]

    def set_checked(self, charge_ids: set[int]) -> None:
        for item in self._charge_items():
            row = self.charge_rows[item.data(0, Qt.ItemDataRole.UserRole)]
            if row.status == "open":
                item.setCheckState(0, Qt.CheckState.Checked if row.charge_id in charge_ids else Qt.CheckState.Unchecked)

    def select_all_open(self) -> None:
        self.set_checked({c.charge_id for c in self.charge_rows if c.status == "open"})

    def select_visit(self, encounter_id: int | None) -> None:
        self.set_checked({c.charge_id for c in self.charge_rows if c.status == "open" and c.encounter_id == encounter_id})

    def selected_invoice(self) -> queries.InvoiceAccount | None:
        rows = self.invoices.selectionModel().selectedRows() if self.invoices.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.invoice_rows):
            return None
        return self.invoice_rows[rows[0].row()]

    def select_invoice(self, invoice_id: int) -> None:
        for row, i in enumerate(self.invoice_rows):
            if i.invoice_id == invoice_id:
                select_row(self.invoices, row)
                return

    def selected_payment(self) -> queries.PaymentRow | None:
        rows = self.payments.selectionModel().selectedRows() if self.payments.selectionModel() else []
        if not rows or not 0 <= rows[0].row() < len(self.payment_rows):
            return None
        return self.payment_rows[rows[0].row()]

    def _update_buttons(self) -> None:
        inv = self.selected_invoice()
        live = inv is not None and inv.status == "issued"
        self.issue_button.setEnabled(self.patient is not None)
        self.select_open_button.setEnabled(self.patient is not None)
        self.adjust_button.setEnabled(self.patient is not None)
        self.add_coverage_button.setEnabled(self.patient is not None)
        self.preauth_button.setEnabled(self.patient is not None)
        self.cancel_coverage_button.setEnabled(self.coverage.currentData() is not None)
        self.pay_button.setEnabled(live and inv.patient_balance > 0)
        self.claim_button.setEnabled(live and inv.payer_share > 0 and inv.claim_status in (None, "cancelled"))
        self.void_button.setEnabled(live)
        self.print_button.setEnabled(inv is not None)
        self.refund_button.setEnabled(self.selected_payment() is not None)
        self.receipt_button.setEnabled(self.selected_payment() is not None)

    def _invoice_selected(self) -> None:
        inv = self.selected_invoice()
        self.payment_rows = []
        self.payments.setRowCount(0)
        self._update_buttons()
        if inv is None:
            self.ops.forget_answers(self._show_payments)  # the previous invoice's payments must not appear
            return
        self.ops.run_query(None, lambda s: queries.payments(s, inv.invoice_id),
                           self._show_payments,
                           on_error=self._error, latest=True)

    def _show_payments(self, rows: list[queries.PaymentRow]) -> None:
        self.payment_rows = rows
        self.payments.setRowCount(len(rows))
        for row, p in enumerate(rows):
            ref = p.reference or ""
            if p.refund_of:
                ref = self.tr("refund of {receipt}: {reason}").format(receipt=p.refund_of, reason=p.refund_reason)
            values = [(p.receipt_number, False), (datetime_text(local(p.received_at)), False),
                      (queries.method_label(p.method), False), (_money(p.amount), True), (ref, False),
                      (p.received_by, False)]
            for col, (value, right) in enumerate(values):
                self.payments.setItem(row, col, _item(value, right=right))
        _fitted(self.payments)
        self._update_buttons()

    # ---------------------------------------------------------------------------------------------------------
    # Commands
    # ---------------------------------------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.message.setStyleSheet("color: #14532d;")
        self.message.setText(directed(text))

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet("color: #a40000;")
        self.message.setText(directed(error.message))

    def _change(self, fn: Callable, done: Callable, noun: Change, label: str | None = None) -> None:
        self.ops.run_change(self, fn, done, noun=noun, on_error=self._error, label=label or self.tr("Saving…"))

    def issue_invoice(self, charge_ids: list[int] | None = None, coverage_id: int | None | str = "selected") -> None:
        if self.patient is None:
            return
        ids = charge_ids if charge_ids is not None else self.checked_charge_ids()
        if not ids:
            self._error(KnownError(self.tr("Tick the charges to invoice first (or “Select all unbilled”).")))
            return
        coverage = self.coverage.currentData() if coverage_id == "selected" else coverage_id
        patient_id, note = self.patient.id, self.note.text().strip() or None

        def done(invoice_id: int) -> None:
            self.note.clear()
            self._say(self.tr("Invoice issued."))
            self._pending_select = invoice_id
            self.invoice_issued.emit(invoice_id)

        self._change(lambda s: queries.issue_invoice(s, patient_id, ids, coverage, note), done, Change.INVOICE,
                     self.tr("Issuing the invoice…"))

    def adjust_selected(self) -> None:
        item = self.charges.currentItem()
        index = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if index is None:
            self._error(KnownError(self.tr("Click the charge to adjust first.")))
            return
        row = self.charge_rows[index]
        if row.status != "open":
            self._error(KnownError(self.tr("Only unbilled charges are adjusted: void the invoice first to correct "
                                           "it.")))
            return
        dialog = AdjustmentDialog(f"{row.item_name} ({row.code})", row.net, row.currency, self)
        if dialog.exec() != AdjustmentDialog.DialogCode.Accepted:
            return
        self.adjust_charge(row.charge_id, *dialog.values())

    def adjust_charge(self, charge_id: int, kind: str, amount: Decimal, reason: str) -> None:
        self._change(lambda s: queries.adjust_charge(s, charge_id, kind, amount, reason),
                     lambda _id: self._say(self.tr("Discount recorded.") if kind == "discount"
                                           else self.tr("Correction recorded.")), Change.CHARGE)

    def add_coverage(self) -> None:
        if self.patient is None:
            return
        patient_id = self.patient.id

        def ask(plans: list[dict]) -> None:
            dialog = CoverageDialog(plans, self)
            if dialog.exec() == CoverageDialog.DialogCode.Accepted:
                plan, member, start, end = dialog.values()
                self._change(lambda s: queries.add_coverage(s, patient_id, plan, member, start, end),
                             lambda _id: self._say(self.tr("Coverage added.")), Change.COVERAGE)

        self.ops.run_query(None, queries.plans, ask, on_error=self._error)

    def request_preauthorization(self):  # noqa: ANN201 - PreauthorizationDialog | None
        if self.patient is None:
            return None
        from .preauth_dialog import PreauthorizationDialog
        dialog = PreauthorizationDialog(self.ops, (self.patient.id, f"{self.patient.display_name} · {self.patient.mrn}"),
                                        parent=self)
        dialog.requested.connect(lambda _id: self._say(self.tr("Pre-authorisation queued for the payer (see "
                                                               "Pre-authorisations).")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def cancel_coverage(self, reason: str | None = None) -> None:
        coverage_id = self.coverage.currentData()
        if coverage_id is None:
            return
        if reason is None:
            dialog = ReasonDialog(self.tr("Cancel coverage"), self.tr(
                "Cancel {coverage}: recorded by mistake (a coverage that simply ended gets an end date instead)."
            ).format(coverage=self.coverage.currentText()), parent=self)
            if dialog.exec() != ReasonDialog.DialogCode.Accepted:
                return
            reason = dialog.values()[1]
        self._change(lambda s: queries.cancel_coverage(s, coverage_id, reason),
                     lambda _r: self._say(self.tr("Coverage cancelled.")), Change.COVERAGE)

    def take_payment(self, method: str | None = None, amount: Decimal | None = None, reference: str = "",
                     print_receipt: bool | None = None) -> None:
        inv = self.selected_invoice()
        if inv is None:
            return
        if method is None:
            dialog = PaymentDialog(inv.number, inv.patient_balance, inv.currency, self)
            if dialog.exec() != PaymentDialog.DialogCode.Accepted:
                return
            method, amount, reference = dialog.values()
            print_receipt = dialog.print_receipt.isChecked()
        invoice_id = inv.invoice_id

        def done(payment_id: int) -> None:
            self._say(self.tr("Payment of {amount} recorded.").format(amount=money_text(amount, inv.currency)))
            self.payment_taken.emit(payment_id)
            if print_receipt:
                self.print_receipt(payment_id)

        self._change(lambda s: queries.take_payment(s, invoice_id, method, amount, reference), done, Change.PAYMENT)

    def refund_selected(self, amount: Decimal | None = None, reason: str | None = None) -> None:
        pay = self.selected_payment()
        if pay is None:
            return
        if pay.method == "insurance" or pay.amount < 0:
            self._error(KnownError(self.tr("Only a patient's payment is refunded here.")))
            return
        if reason is None:
            dialog = ReasonDialog(self.tr("Refund"), self.tr("Refund (part of) {receipt}, paid by {method}.").format(
                receipt=pay.receipt_number, method=queries.method_label(pay.method).lower()),
                amount=(pay.amount, pay.amount), parent=self)
            if dialog.exec() != ReasonDialog.DialogCode.Accepted:
                return
            amount, reason = dialog.values()
        self._change(lambda s: queries.refund_payment(s, pay.id, amount, reason),
                     lambda _id: self._say(self.tr("Refund recorded.")), Change.PAYMENT)

    def void_selected(self, reason: str | None = None) -> None:
        inv = self.selected_invoice()
        if inv is None:
            return
        if reason is None:
            dialog = ReasonDialog(self.tr("Void invoice"), self.tr(
                "Void {invoice}: a credit note cancels it and its charges become unbilled again. Nothing is deleted."
            ).format(invoice=inv.number), parent=self)
            if dialog.exec() != ReasonDialog.DialogCode.Accepted:
                return
            reason = dialog.values()[1]
        invoice_id = inv.invoice_id
        self._change(lambda s: queries.void_invoice(s, invoice_id, reason),
                     lambda _id: self._say(self.tr("{invoice} voided; the credit note is in the list.").format(
                         invoice=inv.number)), Change.INVOICE)

    def claim_selected(self) -> None:
        inv = self.selected_invoice()
        if inv is None:
            return
        invoice_id = inv.invoice_id
        self._change(lambda s: queries.create_claim(s, invoice_id),
                     lambda _id: self._say(self.tr("Claim created: send it from the Claims workspace.")), Change.CLAIM)

    # ---------------------------------------------------------------------------------------------------------
    # Printing
    # ---------------------------------------------------------------------------------------------------------
    def _preview(self, pdf: bytes, title: str, name: str) -> None:
        self.last_pdf = pdf
        if not self.print_previews:
            self.preview_opened.emit(None)
            return
        dialog = PrintPreviewDialog(pdf, title, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.preview_opened.emit(dialog)

    def print_invoice(self, invoice_id: int) -> None:
        def build(session):  # noqa: ANN001, ANN202
            doc = queries.invoice_document(session, invoice_id)
            return doc, invoice_pdf(doc)

        self.ops.run_query(None, build, lambda r: self._preview(r[1], f"{r[0].number}", f"{r[0].number}.pdf"),
                           on_error=self._error, label=self.tr("Preparing the invoice…"))

    def print_selected(self) -> None:
        inv = self.selected_invoice()
        if inv is not None:
            self.print_invoice(inv.invoice_id)

    def print_receipt(self, payment_id: int) -> None:
        def build(session):  # noqa: ANN001, ANN202
            rec = queries.receipt_document(session, payment_id)
            return rec, receipt_pdf(rec)

        self.ops.run_query(None, build, lambda r: self._preview(r[1], r[0].payment.receipt_number,
                                                                f"{r[0].payment.receipt_number}.pdf"),
                           on_error=self._error, label=self.tr("Preparing the receipt…"))

    def print_selected_receipt(self) -> None:
        pay = self.selected_payment()
        if pay is not None:
            self.print_receipt(pay.id)
