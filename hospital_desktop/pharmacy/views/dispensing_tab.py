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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QSplitter, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ... import i18n
from ...core.ops import Operations
from ...i18n.formats import date_text, datetime_text, number_text
from ...printing.language import hospital_language
from ..documents import dispensing_label_pdf, receipt_pdf
from ...widgets.patient_banner import PatientBanner
from ...widgets.print_preview import PrintPreviewDialog
from ...widgets.safety import DANGER, DANGER_BG, HIGHLIGHT, HIGHLIGHT_BG, SAFE, WARNING_BG, SafetyStop, show_stop
from ...widgets.tables import fill_table, make_table, select_record
from .. import labels, queries

QUEUE_COLUMNS = [QT_TRANSLATE_NOOP("DispensingTab", "Priority"), QT_TRANSLATE_NOOP("DispensingTab", "Waiting"),
                 QT_TRANSLATE_NOOP("DispensingTab", "Rx"), QT_TRANSLATE_NOOP("DispensingTab", "Patient"),
                 QT_TRANSLATE_NOOP("DispensingTab", "MRN"), QT_TRANSLATE_NOOP("DispensingTab", "Drug"),
                 QT_TRANSLATE_NOOP("DispensingTab", "To fill"), QT_TRANSLATE_NOOP("DispensingTab", "Alerts")]
LOT_COLUMNS = [QT_TRANSLATE_NOOP("DispensingTab", "Lot"), QT_TRANSLATE_NOOP("DispensingTab", "Expires"),
               QT_TRANSLATE_NOOP("DispensingTab", "On hand"), ""]
HISTORY_COLUMNS = [QT_TRANSLATE_NOOP("DispensingTab", "No."), QT_TRANSLATE_NOOP("DispensingTab", "Dispensed"),
                   QT_TRANSLATE_NOOP("DispensingTab", "Qty"), QT_TRANSLATE_NOOP("DispensingTab", "Lot"),
                   QT_TRANSLATE_NOOP("DispensingTab", "By"), QT_TRANSLATE_NOOP("DispensingTab", "State")]
REFRESH_MS = 30_000
# Refusals of the database that are about the scanned patient or pack: they stop, like the same scan checked here.
STOP_WORDS = ("wrong patient", "wrong drug", "expired", "not in stock here")
STOP_KEYS = {"pharmacy.dispense_wrong_patient", "pharmacy.dispense_wrong_drug", "pharmacy.lot_expired_do_not",
             "pharmacy.lot_not_stock_here"}  # the same refusals by message key, in any language


def _tr(source: str) -> str:
    return QCoreApplication.translate("DispensingTab", source)


def waiting(since: datetime, now: datetime | None = None) -> str:
    minutes = int(((now or datetime.now(UTC)) - since).total_seconds() // 60)
    if minutes < 60:
        return DispensingTab.tr("%Ln min", "", max(minutes, 0))
    if minutes < 48 * 60:
        locale = QLocale()
        return QCoreApplication.translate("DispensingTab", "{hours} h {minutes}").format(
            hours=number_text(minutes // 60), minutes=locale.toString(minutes % 60).rjust(2, locale.zeroDigit()))
    return DispensingTab.tr("%Ln d", "", minutes // 1440)


def _columns(names: list[str]) -> list[str]:
    return [_tr(name) if name else "" for name in names]



class DispensingTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.queue_rows: list[queries.PrescriptionRow] = []
        self.context: queries.DispenseContext | None = None
        self.last_dispense: int | None = None
        self.stop: SafetyStop | None = None  # the scan stop on screen, if any
        self._focus_scan_on_load = False
        self.queue = make_table(_columns(QUEUE_COLUMNS), "rxQueue", single=True)
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="queueRefresh")
        self.queue_message = QLabel(objectName="queueMessage")
        left = QWidget()
        ll = QVBoxLayout(left)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("<b>To dispense</b> — stat and urgent first, then by waiting time"),
                              wordWrap=True), 1)
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
        self.location.addItem(self.tr("DISP — Outpatient dispensary"), "DISP")
        self.lots_label = QLabel(self.tr("Lots (earliest expiry first — the first is proposed) at"))
        self.lots = make_table(_columns(LOT_COLUMNS), "lotTable", single=True)
        self.lots.setMaximumHeight(120)
        self.patient_scan = QLineEdit(objectName="scanPatient")
        self.patient_scan.setPlaceholderText(self.tr("Scan the wristband or ID card (MRN)"))
        self.pack_scan = QLineEdit(objectName="scanPack")
        self.pack_scan.setPlaceholderText(self.tr("Scan the pack (lot number)"))
        self.quantity = QSpinBox(objectName="dispenseQuantity", minimum=1, maximum=100000)
        self.dispense_button = QPushButton(self.tr("Dispense"), objectName="dispenseButton")
        self.dispense_button.setAutoDefault(True)  # Return on the focused button dispenses (the keyboard path)
        self.scan_state = QLabel(objectName="scanState", wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Patient scan"), self.patient_scan)
        form.addRow(self.tr("Pack scan"), self.pack_scan)
        qrow = QHBoxLayout()
        qrow.addWidget(self.quantity)
        self.quantity_unit = QLabel()
        self.quantity_unit.setProperty("data", True)  # the formulary's unit, as it holds it
        qrow.addWidget(self.quantity_unit)
        qrow.addStretch(1)
        qrow.addWidget(self.dispense_button)
        form.addRow(self.tr("Quantity"), qrow)
        self.label_button = QPushButton(self.tr("Print label…"), objectName="printLabel")
        self.receipt_button = QPushButton(self.tr("Print receipt…"), objectName="printReceipt")
        self.history = make_table(_columns(HISTORY_COLUMNS), "dispenseHistory", single=True)
        self.history.setMaximumHeight(130)
        self.return_reason = QLineEdit(objectName="returnReason")
        self.return_reason.setPlaceholderText(self.tr("Reason for the return (stock goes back, the charge is voided)"))
        self.return_button = QPushButton(self.tr("Return selected"), objectName="returnButton")
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
        scans = QGroupBox(self.tr("Scan and dispense"))
        scans.setLayout(form)
        rl.addWidget(scans)
        rl.addWidget(self.scan_state)
        rl.addWidget(self.message)
        rl.addLayout(prints)
        rl.addWidget(QLabel(self.tr("Dispensed for this prescription")))
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
        fill_table(self.queue, [(labels.priority(r.priority), waiting(r.created_at, now), r.prescription_number,
                                 r.patient_name, r.mrn, r.drug, self._to_fill(r),
                                 self.tr("OVERRIDE") if r.override_reason else (self.tr("warning") if r.alerts else ""))
                                for r in rows], backgrounds=colours)
        if selected is not None:
            select_record(self.queue, rows, selected)
        self.queue.blockSignals(False)
        self.queue_message.setText(DispensingTab.tr("%Ln prescriptions waiting.", "", len(rows)))

    def _to_fill(self, r: queries.PrescriptionRow) -> str:
        left = self.tr("{quantity} {unit}").format(quantity=number_text(r.remaining), unit=r.drug_unit)
        return self.tr("{quantity} (partial)").format(quantity=left) if r.quantity_dispensed else left

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
            self.details.setText(self.tr("Choose a prescription in the queue."))
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
        self.banner.details.setText(self.tr("MRN {mrn}   ·   born {born}").format(
            mrn=rx.mrn, born=date_text(rx.birth_date)))
        self.banner.set_allergies(ctx.allergies)
        # Arabic has no italics (and the fallback fonts' italics lack its letters): the directions in plain text
        directions = rx.directions if i18n.right_to_left() else f"<i>{rx.directions}</i>"
        self.details.setText(i18n.directed("<br>".join((
            self.tr("<b>{number}</b> · {priority} · prescribed {when} by {prescriber}").format(
                number=rx.prescription_number, priority=labels.priority(rx.priority),
                when=datetime_text(local(rx.created_at)), prescriber=i18n.isolate(rx.prescriber)),
            f"<b style='font-size:13pt'>{rx.drug}</b>",
            f"{rx.sig} — {directions}",
            self.tr("Quantity {quantity} {unit}, dispensed {dispensed}, <b>to fill {remaining}</b> · state: {state}, "
                    "{supply}").format(
                quantity=number_text(rx.quantity), unit=rx.drug_unit, dispensed=number_text(rx.quantity_dispensed),
                remaining=number_text(rx.remaining), state=labels.label(labels.PRESCRIPTION_STATES, rx.status),
                supply=labels.label(labels.SUPPLY_STATES, rx.dispense_status))))))
        if rx.alerts:
            lines = "<br>".join(f"<b>{labels.severity(a.severity)}</b> {a.message}" for a in rx.alerts)
            reason = ("<br>" + self.tr("<b>Prescriber's override reason:</b> {reason}").format(
                reason=rx.override_reason) if rx.override_reason else "")
            self.override_note.setText(self.tr("<b>Screening at prescribing:</b>") + f"<br>{lines}{reason}")
            self.override_note.show()
        else:
            self.override_note.hide()
        # The proposed lot stands out: white on dark blue (a pale green tint on white could not be told apart).
        fill_table(self.lots, [(lot.lot_number, date_text(lot.expiry_date),
                                self.tr("{quantity} {unit}").format(quantity=number_text(lot.quantity), unit=lot.unit),
                                self.tr("proposed (first to expire)") if i == 0 else "")
                               for i, lot in enumerate(ctx.lots)],
                   [HIGHLIGHT if i == 0 else None for i in range(len(ctx.lots))],
                   [QColor(HIGHLIGHT_BG) if i == 0 else None for i in range(len(ctx.lots))])
        if not ctx.lots:  # a refusal: red, whatever the last scan said
            self._refusal(self.tr("No usable lot of {drug} at {location} (expired lots are not offered): choose "
                                  "another location or transfer stock.").format(
                drug=i18n.isolate(rx.drug), location=i18n.isolate(self.location_code())))
        self.quantity.setMaximum(max(1, rx.remaining))
        if fresh:
            proposed = ctx.lots[0].quantity if ctx.lots else rx.remaining
            self.quantity.setValue(max(1, min(rx.remaining, proposed)))
        self.quantity_unit.setText(rx.drug_unit)
        can_dispense = rx.status == "active" and rx.remaining > 0
        self.dispense_button.setEnabled(can_dispense)
        fill_table(self.history, [(d.id, datetime_text(local(d.dispensed_at)), number_text(d.quantity), d.lot_number,
                                   d.dispensed_by, self._dispense_state(d)) for d in ctx.dispenses])
        latest = next((d.id for d in reversed(ctx.dispenses) if d.status == "dispensed"), None)
        self.last_dispense = self.last_dispense or latest
        self.label_button.setEnabled(self.last_dispense is not None)
        self.receipt_button.setEnabled(self.last_dispense is not None)

    def _dispense_state(self, d: queries.DispenseRow) -> str:
        state = labels.label(labels.DISPENSE_STATES, d.status)
        return self.tr("{state}: {reason}").format(state=state, reason=d.return_reason) if d.return_reason else state

    # -- scanning ---------------------------------------------------------------------------------
    def _patient_scanned(self) -> None:
        if self._check_scans(pack=False):
            self.pack_scan.setFocus()

    def _pack_scanned(self) -> None:
        if not self.patient_scan.text().strip():
            self._refusal(self.tr("Scan the patient's wristband or ID card first."))
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
            self._stop(self.tr("Wrong patient"),
                       self.tr("The scanned wristband ({scan}) is not the patient of this prescription: {patient} "
                               "(MRN {mrn}). Nothing was dispensed.").format(
                           scan=i18n.isolate(patient), patient=i18n.isolate(rx.patient_name), mrn=rx.mrn),
                       self.patient_scan,
                       detail=self.tr("Check the patient's identity and scan their own wristband or ID card."))
            return False
        expired = ctx.expired_lot(scanned_pack) if scanned_pack else None
        if expired is not None:
            self._stop(self.tr("Expired lot"),
                       self.tr("Lot {lot} of {drug} expired on {expiry}. Do not dispense it.").format(
                           lot=i18n.isolate(expired.lot_number), drug=i18n.isolate(rx.drug),
                           expiry=date_text(expired.expiry_date)),
                       self.pack_scan,
                       detail=self.tr("Put the pack aside for write-off and take one of the lots listed."))
            return False
        if scanned_pack and ctx.lots and scanned_pack not in {lot.lot_number.upper() for lot in ctx.lots}:
            self._stop(self.tr("Not a usable pack"),
                       self.tr("This pack (lot {lot}) is not a usable lot of {drug} at {location}. Nothing was "
                               "dispensed.").format(lot=i18n.isolate(scanned_pack), drug=i18n.isolate(rx.drug),
                                                    location=i18n.isolate(self.location_code())),
                       self.pack_scan,
                       detail=self.tr("It may be another drug or another location's stock: take one of the lots "
                                      "listed."))
            return False
        self.scan_state.setStyleSheet(f"color: {SAFE}; font-weight: 600;")
        confirmed = [self.tr("Patient confirmed.")] if patient else []
        confirmed += [self.tr("Pack confirmed.")] if scanned_pack else []
        self.scan_state.setText(" ".join(confirmed))
        return True

    def _refusal(self, text: str) -> None:
        self.scan_state.setStyleSheet(f"color: {DANGER}; font-weight: 700;")
        self.scan_state.setText(text)

    def _stop(self, title: str, text: str, field: QLineEdit | None = None, detail: str | None = None) -> None:
        """A red stop that must be confirmed; the refused scan is cleared and its field takes the next one."""
        self._refusal(self.tr("{title}: {text}").format(title=title.upper(), text=text))
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
            self._refusal(self.tr("Scan the patient's wristband or ID card and the pack first."))
            return
        if not self._check_scans():
            return
        rx, quantity, location = ctx.prescription, self.quantity.value(), self.location_code()

        def done(dispense_id: int) -> None:
            self.last_dispense = dispense_id
            self.message.setStyleSheet(f"color: {SAFE};")
            self.message.setText(self.tr("Dispensed {quantity} {unit} of {drug} for {patient} ({number}). Print the "
                                         "label.").format(quantity=number_text(quantity), unit=i18n.isolate(rx.drug_unit),
                                                          drug=i18n.isolate(rx.drug),
                                                          patient=i18n.isolate(rx.patient_name),
                                                          number=i18n.isolate(rx.prescription_number)))
            self.patient_scan.clear()
            self.pack_scan.clear()
            self.label_button.setEnabled(True)
            self.receipt_button.setEnabled(True)
        def refused(error: KnownError) -> None:
            self._error(error)
            if error.key in STOP_KEYS or any(word in error.message.lower() for word in STOP_WORDS):
                self._stop(self.tr("Not dispensed"), error.message)
        self.ops.run_change(self, lambda s: queries.dispense(s, rx.id, patient, pack, quantity, location), done,
                            noun=Change.DISPENSE, on_error=refused)

    # -- prints and returns -----------------------------------------------------------------------
    def print_preview(self, kind: str, dispense_id: int | None = None) -> None:
        dispense_id = dispense_id or self.last_dispense
        if dispense_id is None:
            return

        printed = hospital_language()  # the printouts' language, which may differ from the screen's

        def opened(label: queries.LabelData) -> None:
            pdf = dispensing_label_pdf(label, printed) if kind == "label" else receipt_pdf(label, printed)
            title = (self.tr("Dispensing label {number}") if kind == "label"
                     else self.tr("Dispensing receipt {number}")).format(number=label.prescription_number)
            dialog = PrintPreviewDialog(pdf, title,
                                        f"{kind}-{label.prescription_number}-{label.dispense_id}.pdf", self)
            dialog.setObjectName(f"preview_{kind}")
            self.preview = dialog
            dialog.open()
        self.ops.run_query(self, lambda s: queries.label_data(s, dispense_id, printed), opened, on_error=self._error)

    def return_selected(self, reason: str | None = None) -> None:
        ctx = self.context
        rows = self.history.selectionModel().selectedRows()
        if ctx is None or not rows:
            self._error(KnownError(self.tr("Select the dispense that comes back.")))
            return
        dispense_row = ctx.dispenses[rows[0].row()]
        reason = (reason if reason is not None else self.return_reason.text()).strip()
        if len(reason) < 5:
            self._error(KnownError(self.tr("Say why it comes back (at least 5 characters).")))
            return

        def done(_: object) -> None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Dispense {number} returned: {quantity} back in lot {lot}, charge voided.")
                                 .format(number=dispense_row.id, quantity=number_text(dispense_row.quantity),
                                         lot=i18n.isolate(dispense_row.lot_number)))
            self.return_reason.clear()
            if self.last_dispense == dispense_row.id:
                self.last_dispense = None
        self.ops.run_change(self, lambda s: queries.return_dispense(s, dispense_row.id, reason), done,
                            noun=Change.DISPENSE, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet(f"color: {DANGER};")
        self.message.setText(error.message)
