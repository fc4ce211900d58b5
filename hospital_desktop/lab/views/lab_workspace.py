"""The lab workstation: the worklist by status and priority (stat first), specimen collection with a wristband scan
and tube labels, receipt by accession scan, result entry (the database flags the value), verification by a second
person, release (which alerts the ordering doctor), corrections, and the critical-result callback list.

A wrong wristband at collection and a critical value at result entry stop the lab user with a SafetyStop that must
be confirmed (not a line in the status text). Every scan field (search, wristband, tube) takes a keyboard-wedge
scan: the code and Return."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ..documents import specimen_labels_pdf
from ...widgets.print_preview import PrintPreviewDialog
from ...widgets.safety import DANGER, WARNING, SafetyStop, show_stop
from ...widgets.tables import fill_table, make_table
from .. import queries
from .orders_panel import FLAG_COLORS, result_text

QUEUES = [("To collect", ("ordered",)), ("To receive", ("collected",)), ("To result", ("received",)),
          ("To verify", ("resulted",)), ("To release", ("verified",)), ("Open work", queries.STATUSES[:5]),
          ("Released", ("released",)), ("Cancelled", ("cancelled",))]
PRIORITY_COLORS = {"stat": DANGER, "urgent": WARNING}
REFRESH_MS = 15000


class ResultDialog(QDialog):
    """Value, unit (the catalog's), comment, and a reason when it replaces or corrects a result."""

    def __init__(self, row: queries.OrderRow, unit: str, *, needs_reason: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Result — {row.test} for {row.patient} ({row.order_number})")
        self.value = QLineEdit(objectName="resultValue")
        self.unit = QLineEdit(unit, objectName="resultUnit")
        self.comment = QLineEdit(objectName="resultComment")
        self.reason = QLineEdit(objectName="resultReason")
        form = QFormLayout(self)
        form.addRow("Value", self.value)
        form.addRow("Unit", self.unit)
        form.addRow("Comment", self.comment)
        if needs_reason:
            form.addRow("Reason for the new version", self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class LabWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[queries.OrderRow] = []
        self.callbacks: list[queries.OrderRow] = []
        self.last_labels_pdf: bytes | None = None
        self.preview: PrintPreviewDialog | None = None
        self.stop: SafetyStop | None = None  # the wrong-patient or critical-result stop on screen, if any

        self.search = QLineEdit(objectName="labSearch", placeholderText="Scan or type MRN, accession, order number "
                                                                        "or family name")
        self.queue_box = QComboBox(objectName="labQueue")
        for title, statuses in QUEUES:
            self.queue_box.addItem(title, statuses)
        refresh = QPushButton("Refresh")
        top = QHBoxLayout()
        top.addWidget(QLabel("Worklist:"))
        top.addWidget(self.queue_box)
        top.addWidget(self.search, 1)
        top.addWidget(refresh)

        self.table = make_table(["Priority", "Ordered", "Patient", "MRN", "Test", "Status", "Accession", "Result",
                                 "Reference", "Entered by", "Order no."], "labWorklist")
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, self.table.horizontalHeader().ResizeMode.Stretch)
        self.shown_statuses: tuple[str, ...] | None = None
        self.message = QLabel(objectName="labMessage")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        self.buttons = {}
        for key, title in [("collect", "Collect (scan wristband)…"), ("receive", "Receive (scan tube)…"),
                           ("result", "Enter result…"), ("verify", "Verify"), ("release", "Release"),
                           ("correct", "Correct released…"), ("cancel", "Cancel order…")]:
            button = QPushButton(title, objectName=f"lab_{key}")
            actions.addWidget(button)
            self.buttons[key] = button
        actions.addStretch(1)
        self.buttons["collect"].clicked.connect(lambda: self.collect_selected())
        self.buttons["receive"].clicked.connect(lambda: self.receive())
        self.buttons["result"].clicked.connect(lambda: self.enter_result())
        self.buttons["verify"].clicked.connect(lambda: self.verify_selected())
        self.buttons["release"].clicked.connect(lambda: self.release_selected())
        self.buttons["correct"].clicked.connect(lambda: self.correct_selected())
        self.buttons["cancel"].clicked.connect(lambda: self.cancel_selected())

        worklist = QWidget()
        wl = QVBoxLayout(worklist)
        wl.addLayout(top)
        wl.addWidget(self.table, 1)
        wl.addLayout(actions)

        self.callback_table = make_table(["Ordered", "Patient", "MRN", "Test", "Result", "Ordered by", "Escalated",
                                          "Order no."], "labCallbacks")
        self.callback_button = QPushButton("Record call to clinician…", objectName="labRecordCall")
        self.callback_button.clicked.connect(lambda: self.record_call())
        callbacks = QWidget()
        cl = QVBoxLayout(callbacks)
        cl.addWidget(QLabel("Critical results not yet acknowledged by a clinician. Phone them, read back, record "
                            "the call; unacknowledged results escalate to the department's other doctors."))
        cl.addWidget(self.callback_table, 1)
        cl.addWidget(self.callback_button, alignment=Qt.AlignmentFlag.AlignRight)

        self.tabs = QTabWidget(objectName="labTabs")
        self.tabs.addTab(worklist, "Worklist")
        self.tabs.addTab(callbacks, "Critical callbacks")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

        self.queue_box.currentIndexChanged.connect(lambda _: self.refresh())
        self.search.returnPressed.connect(self.refresh)
        refresh.clicked.connect(self.refresh)
        self.ops.changed.connect(lambda noun: self.refresh() if noun == Change.LAB_ORDER else None)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # -- loading -------------------------------------------------------------------------------------
    def show_queue(self, title: str) -> None:
        self.queue_box.setCurrentIndex(self.queue_box.findText(title))

    def refresh(self) -> None:
        statuses, search = self.queue_box.currentData(), self.search.text()
        if statuses != self.shown_statuses:  # another queue: never show the previous queue's rows under its name
            self.rows = []
            self.table.setRowCount(0)

        def load(session):  # noqa: ANN001, ANN202
            queries.escalate_overdue(session)  # idempotent; the lab's screens keep escalation going
            return queries.worklist(session, statuses, search), queries.callback_list(session)
        self.ops.run_query(None, load, self._show, on_error=self._error, latest=True)

    def _show(self, result: tuple[list[queries.OrderRow], list[queries.OrderRow]]) -> None:
        rows, callbacks = result
        self.rows, self.callbacks = rows, callbacks
        self.shown_statuses = self.queue_box.currentData()
        fill_table(self.table, [(r.priority.upper(), f"{local(r.ordered_at):%d.%m. %H:%M}", r.patient, r.mrn, r.test,
                                 r.status, r.accession_number or "", result_text(r), r.reference_range or "",
                                 r.entered_by or "", r.order_number) for r in rows])
        for i, r in enumerate(rows):  # colour what needs the eye: the priority and an abnormal result
            for column, color in ((0, PRIORITY_COLORS.get(r.priority)), (7, FLAG_COLORS.get(r.flag or ""))):
                if color:
                    self.table.item(i, column).setForeground(QColor(color))
        fill_table(self.callback_table, [(f"{local(r.ordered_at):%d.%m. %H:%M}", r.patient, r.mrn,
                                          r.test, result_text(r), r.ordering_clinician,
                                          "yes" if r.escalated else "", r.order_number) for r in callbacks],
                   [DANGER] * len(callbacks))
        self.tabs.setTabText(1, f"Critical callbacks ({len(callbacks)})")

    def selected(self) -> list[queries.OrderRow]:
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[i] for i in picked if i < len(self.rows)]

    def select_orders(self, order_ids: list[int]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(self.table.SelectionMode.MultiSelection)
        for i, row in enumerate(self.rows):
            if row.id in order_ids:
                self.table.selectRow(i)
        self.table.setSelectionMode(mode)

    def _one(self) -> queries.OrderRow | None:
        rows = self.selected()
        if len(rows) != 1:
            self._say("Select one order.")
            return None
        return rows[0]

    # -- steps ---------------------------------------------------------------------------------------
    def collect_selected(self, scanned_mrn: str | None = None) -> None:
        rows = self.selected()
        if not rows:
            self._say("Select the orders to collect.")
            return
        if scanned_mrn is None:
            scanned_mrn, ok = QInputDialog.getText(self, "Positive patient identification",
                                                   f"Scan the wristband of {rows[0].patient}:")
            if not ok:
                return
        ids = [r.id for r in rows]

        def work(session):  # noqa: ANN001, ANN202
            specimens = queries.collect(session, ids, scanned_mrn)
            return specimens, queries.specimen_labels(session, [s.id for s in specimens])
        def refused(error: KnownError) -> None:
            self._error(error)
            if error.key == "lab.collect_wrong_patient" or "wrong patient" in error.message.lower():
                self._stop("Wrong patient", f"{error.message.rstrip('.')}. Nothing was collected: no tube is labelled.",
                           detail=f"The orders are for {rows[0].patient} (MRN {rows[0].mrn}). Check the patient's "
                                  "identity and scan their own wristband.")
        self.ops.run_change(self, work, self._collected, noun=Change.LAB_ORDER, on_error=refused)

    def _collected(self, result) -> None:  # noqa: ANN001
        specimens, labels = result
        self._say("Collected: " + ", ".join(f"{s.accession_number} ({s.container})" for s in specimens))
        self.last_labels_pdf = specimen_labels_pdf(labels, local)
        self.preview = PrintPreviewDialog(self.last_labels_pdf, "specimen labels",
                                          f"specimen-labels-{specimens[0].accession_number}.pdf", self)
        self.preview.show()

    def receive(self, accession: str | None = None) -> None:
        if accession is None:
            accession, ok = QInputDialog.getText(self, "Receive specimen", "Scan the tube's accession number:")
            if not ok:
                return
        self.ops.run_change(self, lambda s: queries.receive(s, accession),
                            lambda n: self._say(f"Received {accession}: {n} test(s) to result."),
                            noun=Change.LAB_ORDER, on_error=self._error)

    def enter_result(self, value: str | None = None, unit: str | None = None, reason: str | None = None) -> None:
        row = self._one()
        if row is None:
            return
        if value is None:
            dialog = ResultDialog(row, row.unit or "", needs_reason=row.status == "resulted", parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            value, unit, reason = dialog.value.text(), dialog.unit.text(), dialog.reason.text() or None
        self.ops.run_change(self, lambda s: queries.enter_result(s, row.id, value, unit, "", reason),
                            self._resulted, noun=Change.LAB_ORDER, on_error=self._error)

    def _resulted(self, row: queries.OrderRow | None) -> None:
        if row is None:
            return
        flag = f" — flagged {row.flag.replace('_', ' ')}" if row.flag and row.flag != "normal" else ""
        text = f"{row.test} {row.value} {row.unit_shown}".rstrip() + f"{flag} (reference {row.reference_range or '—'})"
        self.message.setStyleSheet(f"color: {FLAG_COLORS[row.flag]}; font-weight: 600;" if row.flag in FLAG_COLORS
                                   else "")
        self.message.setText(text + ".")
        if (row.flag or "").startswith("critical"):
            self._stop("Critical result", f"{text} — {row.patient} (MRN {row.mrn}).",
                       detail=f"Ordered by {row.ordering_clinician}. Check the sample and the value; once it is "
                              "verified and released, phone the clinician and record the call (Critical callbacks).")

    def verify_selected(self) -> None:
        row = self._one()
        if row is not None:
            self.ops.run_change(self, lambda s: queries.verify(s, row.id),
                                lambda _: self._say(f"{row.test} verified."), noun=Change.LAB_ORDER,
                                on_error=self._error)

    def release_selected(self) -> None:
        row = self._one()
        if row is not None:
            self.ops.run_change(self, lambda s: queries.release(s, row.id),
                                lambda _: self._say(f"{row.test} released to {row.ordering_clinician}."),
                                noun=Change.LAB_ORDER, on_error=self._error)

    def correct_selected(self, value: str | None = None, reason: str | None = None) -> None:
        row = self._one()
        if row is None:
            return
        unit = row.unit
        if value is None:
            dialog = ResultDialog(row, row.unit or "", needs_reason=True, parent=self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            value, unit, reason = dialog.value.text(), dialog.unit.text(), dialog.reason.text()
        self.ops.run_change(self, lambda s: queries.correct(s, row.id, value, unit, reason or ""),
                            lambda _: self._say(f"{row.test} corrected; {row.ordering_clinician} is "
                                                           "alerted again."),
                            noun=Change.LAB_ORDER, reason=reason, on_error=self._error)

    def cancel_selected(self, reason: str | None = None) -> None:
        row = self._one()
        if row is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, "Cancel order", f"Why is {row.test} ({row.order_number}) "
                                                                    "cancelled?")
            if not ok:
                return
        self.ops.run_change(self, lambda s: queries.cancel_order(s, row.id, reason),
                            lambda _: self._say(f"{row.test} cancelled."), noun=Change.LAB_ORDER,
                            reason=reason, on_error=self._error)

    def record_call(self, spoke_to: str | None = None, read_back: bool = True) -> None:
        index = self.callback_table.currentRow()
        if not 0 <= index < len(self.callbacks):
            self._say("Select the critical result you phoned.")
            return
        row = self.callbacks[index]
        if spoke_to is None:
            dialog = QDialog(self)
            dialog.setWindowTitle(f"Call about {row.test} of {row.patient}")
            who = QLineEdit()
            check = QCheckBox("The clinician read the result back")
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(dialog.accept)
            buttons.rejected.connect(dialog.reject)
            form = QFormLayout(dialog)
            form.addRow("Spoke to", who)
            form.addRow(check)
            form.addRow(buttons)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            spoke_to, read_back = who.text(), check.isChecked()
        self.ops.run_change(self, lambda s: queries.record_callback(s, row.id, spoke_to, read_back),
                            lambda _: self._say(f"Call to {spoke_to} about {row.test} recorded."),
                            noun=Change.LAB_CALLBACK, on_error=self._error)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _stop(self, title: str, text: str, detail: str | None = None) -> None:
        if self.stop is not None and self.stop.isVisible():
            return  # one at a time: the first is still being read

        def closed() -> None:
            self.stop = None
        self.stop = show_stop(self, title, text, detail=detail, on_closed=closed)

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet(f"color: {DANGER};")  # a refusal is red
        self.message.setText(str(error))
