"""The dispensing workstation: the queue of prescriptions to fill (stat, urgent, routine; oldest first), and for the
chosen one the patient with their allergies, the prescriber's override reasons, the lots to take from (earliest
expiry first, the first proposed), the two scans — the patient's wristband or ID card (MRN) and the pack (lot) —
the quantity (partial supply allowed), then the label and the receipt. A scan that does not match stops at once;
the database checks both scans again and makes the stock movement and the charge in the same transaction."""
from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...printing.pharmacy_labels import dispensing_label_pdf, receipt_pdf
from ...widgets.patient_banner import PatientBanner
from ...widgets.print_preview import PrintPreviewDialog
from ...widgets.tables import fill_table, make_table
from .. import queries

QUEUE_COLUMNS = ["Priority", "Waiting", "Rx", "Patient", "MRN", "Drug", "To fill", "Alerts"]
LOT_COLUMNS = ["Lot", "Expires", "On hand", ""]
HISTORY_COLUMNS = ["No.", "Dispensed", "Qty", "Lot", "By", "State"]
REFRESH_MS = 30_000




def waiting(since: datetime, now: datetime | None = None) -> str:
    minutes = int(((now or datetime.now(UTC)) - since).total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d}"
    return f"{minutes // 1440} d"


class DispensingTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.queue_rows: list[queries.PrescriptionRow] = []
        self.context: queries.DispenseContext | None = None
        self.last_dispense: int | None = None
        self._ticket = 0
        self.queue = make_table(QUEUE_COLUMNS, "rxQueue", single=True)
        self.refresh_button = QPushButton("Refresh", objectName="queueRefresh")
        self.queue_message = QLabel(objectName="queueMessage")
        left = QWidget()
        ll = QVBoxLayout(left)
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>To dispense</b> — stat and urgent first, then by waiting time"), 1)
        head.addWidget(self.refresh_button)
        ll.addLayout(head)
        ll.addWidget(self.queue, 1)
        ll.addWidget(self.queue_message)

        self.banner = PatientBanner()
        self.details = QLabel(objectName="rxDetails", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.override_note = QLabel(objectName="rxOverrideNote", wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.override_note.setStyleSheet("#rxOverrideNote { background: #fdecea; border: 1px solid #b00020; "
                                         "padding: 4px; color: #7a0010; }")
        self.location = QComboBox(objectName="dispenseFrom")
        self.location.addItem("DISP — Outpatient dispensary", "DISP")
        self.lots_label = QLabel("Lots (earliest expiry first — the first is proposed) at")
        self.lots = make_table(LOT_COLUMNS, "lotTable", single=True)
        self.lots.setMaximumHeight(120)
        self.patient_scan = QLineEdit(objectName="scanPatient")
        self.patient_scan.setPlaceholderText("Scan the wristband or ID card (MRN)")
        self.pack_scan = QLineEdit(objectName="scanPack")
        self.pack_scan.setPlaceholderText("Scan the pack (lot number)")
        self.quantity = QSpinBox(objectName="dispenseQuantity", minimum=1, maximum=100000)
        self.dispense_button = QPushButton("Dispense", objectName="dispenseButton")
        self.scan_state = QLabel(objectName="scanState", wordWrap=True)
        form = QFormLayout()
        form.addRow("Patient scan", self.patient_scan)
        form.addRow("Pack scan", self.pack_scan)
        qrow = QHBoxLayout()
        qrow.addWidget(self.quantity)
        self.quantity_unit = QLabel()
        qrow.addWidget(self.quantity_unit)
        qrow.addStretch(1)
        qrow.addWidget(self.dispense_button)
        form.addRow("Quantity", qrow)
        self.label_button = QPushButton("Print label…", objectName="printLabel")
        self.receipt_button = QPushButton("Print receipt…", objectName="printReceipt")
        self.history = make_table(HISTORY_COLUMNS, "dispenseHistory", single=True)
        self.history.setMaximumHeight(130)
        self.return_reason = QLineEdit(objectName="returnReason")
        self.return_reason.setPlaceholderText("Reason for the return (stock goes back, the charge is voided)")
        self.return_button = QPushButton("Return selected", objectName="returnButton")
        prints = QHBoxLayout()
        prints.addWidget(self.label_button)
        prints.addWidget(self.receipt_button)
        prints.addStretch(1)
        returns = QHBoxLayout()
        returns.addWidget(self.return_reason, 1)
        returns.addWidget(self.return_button)
        self.message = QLabel(objectName="dispenseMessage", wordWrap=True)
        self.message.setStyleSheet("#dispenseMessage { font-weight: 600; }")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.banner)
        rl.addWidget(self.details)
        rl.addWidget(self.override_note)
        where = QHBoxLayout()
        where.addWidget(self.lots_label)
        where.addWidget(self.location, 1)
        rl.addLayout(where)
        rl.addWidget(self.lots)
        scans = QGroupBox("Scan and dispense")
        scans.setLayout(form)
        rl.addWidget(scans)
        rl.addWidget(self.scan_state)
        rl.addWidget(self.message)
        rl.addLayout(prints)
        rl.addWidget(QLabel("Dispensed for this prescription"))
        rl.addWidget(self.history)
        rl.addLayout(returns)
        rl.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 700])
        QVBoxLayout(self).addWidget(splitter)

        self.queue.itemSelectionChanged.connect(self._queue_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.patient_scan.returnPressed.connect(self._patient_scanned)
        self.patient_scan.textEdited.connect(lambda _t: self._check_scans())
        self.pack_scan.textEdited.connect(lambda _t: self._check_scans())
        self.pack_scan.returnPressed.connect(self.dispense)
        self.dispense_button.clicked.connect(self.dispense)
        self.label_button.clicked.connect(lambda: self.print_preview("label"))
        self.receipt_button.clicked.connect(lambda: self.print_preview("receipt"))
        self.return_button.clicked.connect(lambda: self.return_selected())
        self.location.currentIndexChanged.connect(lambda _i: self.context and self.open_prescription(
            self.context.prescription.id))
        ops.changed.connect(lambda noun: noun in ("prescription", "dispense", "stock") and self.refresh())
        ops.run_query(None, queries.locations, self._set_locations, on_error=lambda e: None)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._show_context(None)
        self.refresh()

    def _set_locations(self, places: list[dict]) -> None:
        self.location.blockSignals(True)
        self.location.clear()
        for p in sorted(places, key=lambda p: (p["code"] != "DISP", p["kind"], p["code"])):
            self.location.addItem(f"{p['code']} — {p['name']}", p["code"])
        self.location.blockSignals(False)

    def location_code(self) -> str:
        return self.location.currentData() or "DISP"

    # -- the queue --------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ops.run_query(None, queries.queue, self._show_queue, on_error=self._error)
        if self.context is not None:
            self.open_prescription(self.context.prescription.id)

    def _show_queue(self, rows: list[queries.PrescriptionRow]) -> None:
        selected = self.context.prescription.id if self.context else None
        self.queue_rows = rows
        now = datetime.now(UTC)
        colours = [QColor("#fde2e1") if r.priority == "stat" else QColor("#fff1d6") if r.priority == "urgent"
                   else None for r in rows]
        self.queue.blockSignals(True)
        fill_table(self.queue, [(r.priority, waiting(r.created_at, now), r.prescription_number, r.patient_name,
                                 r.mrn, r.drug,
                                 f"{r.remaining} {r.drug_unit}" + (" (partial)" if r.quantity_dispensed else ""),
                                 "OVERRIDE" if r.override_reason else ("warning" if r.alerts else ""))
                                for r in rows], backgrounds=colours)
        for i, r in enumerate(rows):
            if r.id == selected:
                self.queue.selectRow(i)
        self.queue.blockSignals(False)
        self.queue_message.setText(f"{len(rows)} prescription(s) waiting.")

    def _queue_selected(self) -> None:
        rows = self.queue.selectionModel().selectedRows()
        if rows and rows[0].row() < len(self.queue_rows):
            self.open_prescription(self.queue_rows[rows[0].row()].id)

    def open_prescription(self, prescription_id: int) -> None:
        self._ticket += 1
        ticket = self._ticket
        changed = self.context is None or self.context.prescription.id != prescription_id
        location = self.location_code()
        self.ops.run_query(None, lambda s: queries.dispense_context(s, prescription_id, location),
                           lambda ctx: ticket == self._ticket and self._show_context(ctx, fresh=changed),
                           on_error=self._error)

    def _show_context(self, ctx: queries.DispenseContext | None, fresh: bool = True) -> None:
        self.context = ctx
        for w in (self.patient_scan, self.pack_scan, self.quantity, self.dispense_button, self.return_button,
                  self.return_reason):
            w.setEnabled(ctx is not None)
        if fresh:
            self.patient_scan.clear()
            self.pack_scan.clear()
            self.scan_state.clear()
            self.last_dispense = None
            self.message.clear()
        if ctx is None:
            self.banner.clear()
            self.details.setText("Choose a prescription in the queue.")
            self.override_note.hide()
            fill_table(self.lots, [])
            fill_table(self.history, [])
            self.label_button.setEnabled(False)
            self.receipt_button.setEnabled(False)
            return
        rx = ctx.prescription
        self.banner.name.setText(rx.patient_name)
        self.banner.details.setText(f"MRN {rx.mrn}   ·   born {rx.birth_date:%d.%m.%Y}")
        self.banner.set_allergies(ctx.allergies)
        self.details.setText(
            f"<b>{rx.prescription_number}</b> · {rx.priority} · prescribed {local(rx.created_at):%d.%m.%Y %H:%M} "
            f"by {rx.prescriber}<br><b style='font-size:13pt'>{rx.drug}</b><br>{rx.sig} — "
            f"<i>{rx.directions}</i><br>Quantity {rx.quantity} {rx.drug_unit}, dispensed {rx.quantity_dispensed}, "
            f"<b>to fill {rx.remaining}</b> · state: {rx.status}, {rx.dispense_status}")
        if rx.alerts:
            lines = "<br>".join(f"<b>{a.severity.upper()}</b> {a.message}" for a in rx.alerts)
            reason = (f"<br><b>Prescriber's override reason:</b> {rx.override_reason}" if rx.override_reason else "")
            self.override_note.setText(f"<b>Screening at prescribing:</b><br>{lines}{reason}")
            self.override_note.show()
        else:
            self.override_note.hide()
        fill_table(self.lots, [(lot.lot_number, f"{lot.expiry_date:%d.%m.%Y}", f"{lot.quantity} {lot.unit}",
                          "proposed (first to expire)" if i == 0 else "") for i, lot in enumerate(ctx.lots)],
             [QColor("#e3f4e1") if i == 0 else None for i in range(len(ctx.lots))])
        if not ctx.lots:
            self.scan_state.setText(f"No usable lot of {rx.drug} at {self.location_code()} (expired lots are not "
                                    "offered): choose another location or transfer stock.")
        self.quantity.setMaximum(max(1, rx.remaining))
        if fresh:
            proposed = ctx.lots[0].quantity if ctx.lots else rx.remaining
            self.quantity.setValue(max(1, min(rx.remaining, proposed)))
        self.quantity_unit.setText(rx.drug_unit)
        can_dispense = rx.status == "active" and rx.remaining > 0
        self.dispense_button.setEnabled(can_dispense)
        fill_table(self.history, [(d.id, f"{local(d.dispensed_at):%d.%m.%Y %H:%M}", d.quantity, d.lot_number,
                             d.dispensed_by, d.status + (f": {d.return_reason}" if d.return_reason else ""))
                            for d in ctx.dispenses])
        latest = next((d.id for d in reversed(ctx.dispenses) if d.status == "dispensed"), None)
        self.last_dispense = self.last_dispense or latest
        self.label_button.setEnabled(self.last_dispense is not None)
        self.receipt_button.setEnabled(self.last_dispense is not None)

    # -- scanning ---------------------------------------------------------------------------------
    def _patient_scanned(self) -> None:
        if self._check_scans():
            self.pack_scan.setFocus()

    def _check_scans(self) -> bool:
        """Tell at once when a scan does not match (the database checks again when dispensing)."""
        ctx = self.context
        if ctx is None:
            return False
        rx = ctx.prescription
        patient = self.patient_scan.text().strip().upper()
        pack = self.pack_scan.text().strip().upper()
        if patient and not ctx.is_patient(patient):
            self._stop(f"WRONG PATIENT: the scanned MRN {patient} is not {rx.patient_name} (MRN {rx.mrn}).")
            return False
        if pack and ctx.lots and pack not in {lot.lot_number.upper() for lot in ctx.lots}:
            self._stop(f"This pack (lot {pack}) is not a usable lot of {rx.drug} here.")
            return False
        self.scan_state.setStyleSheet("color: #1b5e20; font-weight: 600;")
        self.scan_state.setText(("Patient confirmed. " if patient else "") + ("Pack confirmed." if pack else ""))
        return True

    def _stop(self, text: str) -> None:
        self.scan_state.setStyleSheet("color: #b00020; font-weight: 700;")
        self.scan_state.setText(text)

    def dispense(self) -> None:
        ctx = self.context
        if ctx is None:
            return
        patient, pack = self.patient_scan.text().strip(), self.pack_scan.text().strip()
        if not patient or not pack:
            self._stop("Scan the patient's wristband or ID card and the pack first.")
            return
        if not self._check_scans():
            return
        rx, quantity, location = ctx.prescription, self.quantity.value(), self.location_code()

        def done(dispense_id: int) -> None:
            self.last_dispense = dispense_id
            self.message.setStyleSheet("color: #1b5e20;")
            self.message.setText(f"Dispensed {quantity} {rx.drug_unit} of {rx.drug} for {rx.patient_name} "
                                 f"({rx.prescription_number}). Print the label.")
            self.patient_scan.clear()
            self.pack_scan.clear()
            self.label_button.setEnabled(True)
            self.receipt_button.setEnabled(True)
        self.ops.run_change(self, lambda s: queries.dispense(s, rx.id, patient, pack, quantity, location), done,
                            noun="dispense", on_error=self._error)

    # -- prints and returns -----------------------------------------------------------------------
    def print_preview(self, kind: str, dispense_id: int | None = None) -> None:
        dispense_id = dispense_id or self.last_dispense
        if dispense_id is None:
            return

        def opened(label: queries.LabelData) -> None:
            pdf = dispensing_label_pdf(label) if kind == "label" else receipt_pdf(label)
            title = "Dispensing label" if kind == "label" else "Dispensing receipt"
            dialog = PrintPreviewDialog(pdf, f"{title} {label.prescription_number}",
                                        f"{kind}-{label.prescription_number}-{label.dispense_id}.pdf", self)
            dialog.setObjectName(f"preview_{kind}")
            self.preview = dialog
            dialog.open()
        self.ops.run_query(self, lambda s: queries.label_data(s, dispense_id), opened, on_error=self._error)

    def return_selected(self, reason: str | None = None) -> None:
        ctx = self.context
        rows = self.history.selectionModel().selectedRows()
        if ctx is None or not rows:
            self.message.setText("Select the dispense that comes back.")
            return
        dispense_row = ctx.dispenses[rows[0].row()]
        reason = (reason if reason is not None else self.return_reason.text()).strip()
        if len(reason) < 5:
            self.message.setText("Say why it comes back (at least 5 characters).")
            return

        def done(_: object) -> None:
            self.message.setStyleSheet("")
            self.message.setText(f"Dispense {dispense_row.id} returned: {dispense_row.quantity} back in lot "
                                 f"{dispense_row.lot_number}, charge voided.")
            self.return_reason.clear()
            if self.last_dispense == dispense_row.id:
                self.last_dispense = None
        self.ops.run_change(self, lambda s: queries.return_dispense(s, dispense_row.id, reason), done,
                            noun="dispense", on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error.message)
