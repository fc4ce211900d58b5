"""The dispensing workstation: the queue of prescriptions to fill (stat, urgent, routine; oldest first), and for the
chosen one the patient with their allergies, the prescriber's override reasons, the lots to take from (earliest
expiry first, the first proposed), the two scans — the patient's wristband or ID card (MRN) and the pack (lot) —
the quantity (partial supply allowed), then the label and the receipt. A scan that does not match (wrong patient,
expired or unusable pack) stops the pharmacist with a SafetyStop that must be confirmed; the database checks both
scans again and makes the stock movement and the charge in the same transaction.

By keyboard (and a keyboard-wedge scanner, which types the code and Return): arrows in the queue, Return → the
patient scan; scan → the pack scan; scan → the Dispense button; Return dispenses. A scan is checked on its Return,
never while it is being typed."""
from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ..documents import dispensing_label_pdf, receipt_pdf
from ...widgets.patient_banner import PatientBanner
from ...widgets.print_preview import PrintPreviewDialog
from ...widgets.safety import DANGER, DANGER_BG, HIGHLIGHT, HIGHLIGHT_BG, SAFE, WARNING_BG, SafetyStop, show_stop
from ...widgets.tables import fill_table, make_table
from .. import queries

QUEUE_COLUMNS = ["Priority", "Waiting", "Rx", "Patient", "MRN", "Drug", "To fill", "Alerts"]
LOT_COLUMNS = ["Lot", "Expires", "On hand", ""]
HISTORY_COLUMNS = ["No.", "Dispensed", "Qty", "Lot", "By", "State"]
REFRESH_MS = 30_000
# Refusals of the database that are about the scanned patient or pack: they stop, like the same scan checked here.
STOP_WORDS = ("wrong patient", "wrong drug", "expired", "not in stock here")
STOP_KEYS = {"pharmacy.dispense_wrong_patient", "pharmacy.dispense_wrong_drug", "pharmacy.lot_expired_do_not",
             "pharmacy.lot_not_stock_here"}  # the same refusals by message key, in any language


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
        self.stop: SafetyStop | None = None  # the scan stop on screen, if any
        self._focus_scan_on_load = False
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
        self.override_note.setStyleSheet(f"#rxOverrideNote {{ background: {DANGER_BG}; border: 1px solid {DANGER}; "
                                         f"padding: 4px; color: {DANGER}; }}")
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
        self.dispense_button.setAutoDefault(True)  # Return on the focused button dispenses (the keyboard path)
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
        self.queue.activated.connect(lambda _index: self._go_to_scans())  # Return (or double-click) on a row
        self.refresh_button.clicked.connect(self.refresh)
        self.patient_scan.returnPressed.connect(self._patient_scanned)
        # While a code is being typed (by hand or by a scanner) it is incomplete: checked on Return, not per key.
        self.patient_scan.textEdited.connect(lambda _t: self.scan_state.clear())
        self.pack_scan.textEdited.connect(lambda _t: self.scan_state.clear())
        self.pack_scan.returnPressed.connect(self._pack_scanned)
        self.dispense_button.clicked.connect(self.dispense)
        self.label_button.clicked.connect(lambda: self.print_preview("label"))
        self.receipt_button.clicked.connect(lambda: self.print_preview("receipt"))
        self.return_button.clicked.connect(lambda: self.return_selected())
        self.location.currentIndexChanged.connect(lambda _i: self.context and self.open_prescription(
            self.context.prescription.id))
        ops.changed.connect(lambda noun: noun in (Change.PRESCRIPTION, Change.DISPENSE, Change.STOCK) and self.refresh())
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
        colours = [QColor(DANGER_BG) if r.priority == "stat" else QColor(WARNING_BG) if r.priority == "urgent"
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

    def _go_to_scans(self) -> None:
        """Return on a queue row: on to the patient scan, as soon as that prescription is on screen."""
        if self.patient_scan.isEnabled() and self.context is not None:
            self.patient_scan.setFocus()
        else:
            self._focus_scan_on_load = True

    def open_prescription(self, prescription_id: int) -> None:
        changed = self.context is None or self.context.prescription.id != prescription_id
        if changed:  # no scan may be checked against the previous prescription while this one loads
            for w in (self.patient_scan, self.pack_scan, self.dispense_button):
                w.setEnabled(False)
        location = self.location_code()
        self.ops.run_query(None, lambda s: queries.dispense_context(s, prescription_id, location),
                           lambda ctx: self._show_context(ctx, fresh=changed),
                           on_error=self._error, latest=True)

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
        if self._focus_scan_on_load:
            self._focus_scan_on_load = False
            self.patient_scan.setFocus()
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
        # The proposed lot stands out: white on dark blue (a pale green tint on white could not be told apart).
        fill_table(self.lots, [(lot.lot_number, f"{lot.expiry_date:%d.%m.%Y}", f"{lot.quantity} {lot.unit}",
                                "proposed (first to expire)" if i == 0 else "") for i, lot in enumerate(ctx.lots)],
                   [HIGHLIGHT if i == 0 else None for i in range(len(ctx.lots))],
                   [QColor(HIGHLIGHT_BG) if i == 0 else None for i in range(len(ctx.lots))])
        if not ctx.lots:  # a refusal: red, whatever the last scan said
            self._refusal(f"No usable lot of {rx.drug} at {self.location_code()} (expired lots are not "
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
        if self._check_scans(pack=False):
            self.pack_scan.setFocus()

    def _pack_scanned(self) -> None:
        if not self.patient_scan.text().strip():
            self._refusal("Scan the patient's wristband or ID card first.")
            self.patient_scan.setFocus()
        elif self._check_scans():
            self.dispense_button.setFocus()  # the quantity is on screen; Return on the button dispenses

    def _check_scans(self, pack: bool = True) -> bool:
        """Stop at once when a scan does not match (the database checks again when dispensing)."""
        ctx = self.context
        if ctx is None:
            return False
        rx = ctx.prescription
        patient = self.patient_scan.text().strip().upper()
        scanned_pack = self.pack_scan.text().strip().upper() if pack else ""
        if patient and not ctx.is_patient(patient):
            self._stop("Wrong patient", f"The scanned wristband ({patient}) is not the patient of this prescription: "
                       f"{rx.patient_name} (MRN {rx.mrn}). Nothing was dispensed.", self.patient_scan,
                       detail="Check the patient's identity and scan their own wristband or ID card.")
            return False
        expired = ctx.expired_lot(scanned_pack) if scanned_pack else None
        if expired is not None:
            self._stop("Expired lot", f"Lot {expired.lot_number} of {rx.drug} expired on "
                       f"{expired.expiry_date:%d.%m.%Y}. Do not dispense it.", self.pack_scan,
                       detail="Put the pack aside for write-off and take one of the lots listed.")
            return False
        if scanned_pack and ctx.lots and scanned_pack not in {lot.lot_number.upper() for lot in ctx.lots}:
            self._stop("Not a usable pack", f"This pack (lot {scanned_pack}) is not a usable lot of {rx.drug} at "
                       f"{self.location_code()}. Nothing was dispensed.", self.pack_scan,
                       detail="It may be another drug or another location's stock: take one of the lots listed.")
            return False
        self.scan_state.setStyleSheet(f"color: {SAFE}; font-weight: 600;")
        self.scan_state.setText(("Patient confirmed. " if patient else "") + ("Pack confirmed." if scanned_pack
                                                                              else ""))
        return True

    def _refusal(self, text: str) -> None:
        self.scan_state.setStyleSheet(f"color: {DANGER}; font-weight: 700;")
        self.scan_state.setText(text)

    def _stop(self, title: str, text: str, field: QLineEdit | None = None, detail: str | None = None) -> None:
        """A red stop that must be confirmed; the refused scan is cleared and its field takes the next one."""
        self._refusal(f"{title.upper()}: {text}")
        if field is not None:
            field.clear()
        if self.stop is not None and self.stop.isVisible():
            return  # one stop at a time; the first one is still being read

        def closed() -> None:
            self.stop = None
            if field is not None and field.isEnabled():
                field.setFocus()
        self.stop = show_stop(self, title, text, detail=detail, on_closed=closed)

    def dispense(self) -> None:
        ctx = self.context
        if ctx is None:
            return
        patient, pack = self.patient_scan.text().strip(), self.pack_scan.text().strip()
        if not patient or not pack:
            self._refusal("Scan the patient's wristband or ID card and the pack first.")
            return
        if not self._check_scans():
            return
        rx, quantity, location = ctx.prescription, self.quantity.value(), self.location_code()

        def done(dispense_id: int) -> None:
            self.last_dispense = dispense_id
            self.message.setStyleSheet(f"color: {SAFE};")
            self.message.setText(f"Dispensed {quantity} {rx.drug_unit} of {rx.drug} for {rx.patient_name} "
                                 f"({rx.prescription_number}). Print the label.")
            self.patient_scan.clear()
            self.pack_scan.clear()
            self.label_button.setEnabled(True)
            self.receipt_button.setEnabled(True)
        def refused(error: KnownError) -> None:
            self._error(error)
            if error.key in STOP_KEYS or any(word in error.message.lower() for word in STOP_WORDS):
                self._stop("Not dispensed", error.message)
        self.ops.run_change(self, lambda s: queries.dispense(s, rx.id, patient, pack, quantity, location), done,
                            noun=Change.DISPENSE, on_error=refused)

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
            self._error(KnownError("Select the dispense that comes back."))
            return
        dispense_row = ctx.dispenses[rows[0].row()]
        reason = (reason if reason is not None else self.return_reason.text()).strip()
        if len(reason) < 5:
            self._error(KnownError("Say why it comes back (at least 5 characters)."))
            return

        def done(_: object) -> None:
            self.message.setStyleSheet("")
            self.message.setText(f"Dispense {dispense_row.id} returned: {dispense_row.quantity} back in lot "
                                 f"{dispense_row.lot_number}, charge voided.")
            self.return_reason.clear()
            if self.last_dispense == dispense_row.id:
                self.last_dispense = None
        self.ops.run_change(self, lambda s: queries.return_dispense(s, dispense_row.id, reason), done,
                            noun=Change.DISPENSE, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet(f"color: {DANGER};")
        self.message.setText(error.message)
