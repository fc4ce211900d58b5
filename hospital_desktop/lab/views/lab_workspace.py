"""The lab workstation: the worklist by status and priority (stat first), specimen collection with a wristband scan
and tube labels, receipt by accession scan, result entry (the database flags the value), verification by a second
person, release (which alerts the ordering doctor), corrections, and the critical-result callback list.

A wrong wristband at collection and a critical value at result entry stop the lab user with a SafetyStop that must
be confirmed (not a line in the status text). Every scan field (search, wristband, tube) takes a keyboard-wedge
scan: the code and Return."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import datetime_text
from ..documents import specimen_labels_pdf
from ...widgets.print_preview import PrintPreviewDialog
from ...widgets.safety import DANGER, WARNING, SafetyStop, show_stop
from ...widgets.tables import fill_table, make_table
from .. import queries
from .labels import (PRIORITIES, STATUSES, fit_to_labels, flag_name, left_to_right, measurement, priority_label,
                     result_sample, result_text, status_label)
from .orders_panel import FLAG_COLORS

# The worklist's queues: (title, the order statuses it shows). Titles are translated where shown; show_queue()
# takes the English title, whatever the language on screen.
QUEUES = [(QT_TRANSLATE_NOOP("LabWorkspace", "To collect"), ("ordered",)),
          (QT_TRANSLATE_NOOP("LabWorkspace", "To receive"), ("collected",)),
          (QT_TRANSLATE_NOOP("LabWorkspace", "To result"), ("received",)),
          (QT_TRANSLATE_NOOP("LabWorkspace", "To verify"), ("resulted",)),
          (QT_TRANSLATE_NOOP("LabWorkspace", "To release"), ("verified",)),
          (QT_TRANSLATE_NOOP("LabWorkspace", "Open work"), queries.STATUSES[:5]),
          (QT_TRANSLATE_NOOP("LabWorkspace", "Released"), ("released",)),
          (QT_TRANSLATE_NOOP("LabWorkspace", "Cancelled"), ("cancelled",))]
PRIORITY_COLORS = {"stat": DANGER, "urgent": WARNING}
REFRESH_MS = 15000


class ResultDialog(QDialog):
    """Value, unit (the catalog's), comment, and a reason when it replaces or corrects a result."""

    def __init__(self, row: queries.OrderRow, unit: str, *, needs_reason: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Result — {test} for {patient} ({order})").format(
            test=row.test, patient=row.patient, order=row.order_number))
        self.value = QLineEdit(objectName="resultValue")
        self.unit = QLineEdit(unit, objectName="resultUnit")
        self.comment = QLineEdit(objectName="resultComment")
        self.reason = QLineEdit(objectName="resultReason")
        form = QFormLayout(self)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Comment"), self.comment)
        if needs_reason:
            form.addRow(self.tr("Reason for the new version"), self.reason)
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

        self.search = QLineEdit(objectName="labSearch", placeholderText=self.tr(
            "Scan or type MRN, accession, order number or family name"))
        self.queue_box = QComboBox(objectName="labQueue")
        for title, statuses in QUEUES:
            self.queue_box.addItem(QCoreApplication.translate("LabWorkspace", title), statuses)
        refresh = QPushButton(self.tr("Refresh"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Worklist:")))
        top.addWidget(self.queue_box)
        top.addWidget(self.search, 1)
        top.addWidget(refresh)

        self.table = make_table([self.tr("Priority"), self.tr("Ordered"), self.tr("Patient"), self.tr("MRN"),
                                 self.tr("Test"), self.tr("Status"), self.tr("Accession"), self.tr("Result"),
                                 self.tr("Reference"), self.tr("Entered by"), self.tr("Order no.")], "labWorklist")
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(2, self.table.horizontalHeader().ResizeMode.Stretch)
        self.shown_statuses: tuple[str, ...] | None = None
        self.message = QLabel(objectName="labMessage")
        self.message.setWordWrap(True)
        actions = QHBoxLayout()
        self.buttons = {}
        for key, title in [("collect", self.tr("Collect (scan wristband)…")), ("receive", self.tr("Receive (scan tube)…")),
                           ("result", self.tr("Enter result…")), ("verify", self.tr("Verify")),
                           ("release", self.tr("Release")), ("correct", self.tr("Correct released…")),
                           ("cancel", self.tr("Cancel order…"))]:
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

        self.callback_table = make_table([self.tr("Ordered"), self.tr("Patient"), self.tr("MRN"), self.tr("Test"),
                                          self.tr("Result"), self.tr("Ordered by"), self.tr("Escalated"),
                                          self.tr("Order no.")], "labCallbacks")
        self.callback_button = QPushButton(self.tr("Record call to clinician…"), objectName="labRecordCall")
        self.callback_button.clicked.connect(lambda: self.record_call())
        callbacks = QWidget()
        cl = QVBoxLayout(callbacks)
        explanation = QLabel(self.tr("Critical results not yet acknowledged by a clinician. Phone them, read back, "
                                     "record the call; unacknowledged results escalate to the department's other "
                                     "doctors."), wordWrap=True)
        cl.addWidget(explanation)
        cl.addWidget(self.callback_table, 1)
        cl.addWidget(self.callback_button, alignment=Qt.AlignmentFlag.AlignTrailing)

        self.tabs = QTabWidget(objectName="labTabs")
        self.tabs.addTab(worklist, self.tr("Worklist"))
        self.tabs.addTab(callbacks, self.tr("Critical callbacks"))
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
        """The queue of this English title (QUEUES), or of this title as shown."""
        index = next((i for i, (source, _) in enumerate(QUEUES) if source == title), self.queue_box.findText(title))
        self.queue_box.setCurrentIndex(index)

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
        fill_table(self.table, [(priority_label(r.priority).upper(), datetime_text(local(r.ordered_at)), r.patient,
                                 r.mrn, r.test, status_label(r.status), r.accession_number or "", result_text(r),
                                 left_to_right(r.reference_range or ""), r.entered_by or "", r.order_number) for r in rows])
        fit_to_labels(self.table, 0, [priority_label(p).upper() for p in PRIORITIES])
        fit_to_labels(self.table, 5, [status_label(code) for code in STATUSES])
        fit_to_labels(self.table, 7, [], result_sample())
        for i, r in enumerate(rows):  # colour what needs the eye: the priority and an abnormal result
            for column, color in ((0, PRIORITY_COLORS.get(r.priority)), (7, FLAG_COLORS.get(r.flag or ""))):
                if color:
                    self.table.item(i, column).setForeground(QColor(color))
        fill_table(self.callback_table, [(datetime_text(local(r.ordered_at)), r.patient, r.mrn,
                                          r.test, result_text(r), r.ordering_clinician,
                                          self.tr("yes") if r.escalated else "", r.order_number) for r in callbacks],
                   [DANGER] * len(callbacks))
        fit_to_labels(self.callback_table, 4, [], result_sample())
        self.tabs.setTabText(1, self.tr("Critical callbacks (%n)", None, len(callbacks)))

    def selected(self) -> list[queries.OrderRow]:
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[i] for i in picked if i < len(self.rows)]

    def select_orders(self, order_ids: list[int]) -> None:
        """Select these orders' rows through the selection model: QTableView.selectRow selects nothing in a
        right-to-left layout (Arabic)."""
        model, rows = self.table.model(), [i for i, row in enumerate(self.rows) if row.id in order_ids]
        selection = QItemSelection()
        for i in rows:
            selection.select(model.index(i, 0), model.index(i, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        if rows:
            self.table.selectionModel().setCurrentIndex(model.index(rows[0], 0), flags.NoUpdate)

    def _one(self) -> queries.OrderRow | None:
        rows = self.selected()
        if len(rows) != 1:
            self._say(self.tr("Select one order."))
            return None
        return rows[0]

    # -- steps ---------------------------------------------------------------------------------------
    def collect_selected(self, scanned_mrn: str | None = None) -> None:
        rows = self.selected()
        if not rows:
            self._say(self.tr("Select the orders to collect."))
            return
        if scanned_mrn is None:
            scanned_mrn, ok = QInputDialog.getText(self, self.tr("Positive patient identification"),
                                                   self.tr("Scan the wristband of {patient}:").format(
                                                       patient=rows[0].patient))
            if not ok:
                return
        ids = [r.id for r in rows]

        def work(session):  # noqa: ANN001, ANN202
            specimens = queries.collect(session, ids, scanned_mrn)
            return specimens, queries.specimen_labels(session, [s.id for s in specimens])

        def refused(error: KnownError) -> None:
            self._error(error)
            if self._wrong_wristband(error, rows, scanned_mrn):
                self._stop(self.tr("Wrong patient"),
                           self.tr("{refusal}. Nothing was collected: no tube is labelled.").format(
                               refusal=error.message.rstrip(".")),
                           detail=self.tr("The orders are for {patient} (MRN {mrn}). Check the patient's identity and "
                                          "scan their own wristband.").format(patient=rows[0].patient, mrn=rows[0].mrn))
        self.ops.run_change(self, work, self._collected, noun=Change.LAB_ORDER, on_error=refused)

    @staticmethod
    def _wrong_wristband(error: KnownError, rows: list[queries.OrderRow], scanned: str) -> bool:
        """The database's wrong-patient refusal (lab.collect), in whatever language its message is shown: the scan
        is not the MRN of the one patient of the orders (lab.collect checks that before anything else it refuses)."""
        if error.key == "lab.collect_wrong_patient" or "wrong patient" in error.message.lower():
            return True
        return (len({r.patient_id for r in rows}) == 1 and error.kind == "invalid"
                and (scanned or "").strip() != rows[0].mrn)

    def _collected(self, result) -> None:  # noqa: ANN001
        specimens, labels = result
        self._say(self.tr("Collected: {specimens}").format(
            specimens=", ".join(f"{s.accession_number} ({s.container})" for s in specimens)))
        self.last_labels_pdf = specimen_labels_pdf(labels, local)
        self.preview = PrintPreviewDialog(self.last_labels_pdf, self.tr("specimen labels"),
                                          f"specimen-labels-{specimens[0].accession_number}.pdf", self)
        self.preview.show()

    def receive(self, accession: str | None = None) -> None:
        if accession is None:
            accession, ok = QInputDialog.getText(self, self.tr("Receive specimen"),
                                                 self.tr("Scan the tube's accession number:"))
            if not ok:
                return
        self.ops.run_change(self, lambda s: queries.receive(s, accession),
                            lambda n: self._say(self.tr("Received {accession}: %n test(s) to result.", None, n).format(
                                accession=accession)),
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
        flagged = bool(row.flag) and row.flag != "normal"
        text = (self.tr("{result} — flagged {flag} (reference {range})") if flagged
                else self.tr("{result} (reference {range})")).format(
            result=measurement(row), flag=flag_name(row.flag), range=left_to_right(row.reference_range or "—"))
        self.message.setStyleSheet(f"color: {FLAG_COLORS[row.flag]}; font-weight: 600;" if row.flag in FLAG_COLORS
                                   else "")
        self.message.setText(text + ".")
        if (row.flag or "").startswith("critical"):
            self._stop(self.tr("Critical result"),
                       self.tr("{result} — {patient} (MRN {mrn}).").format(result=text, patient=row.patient,
                                                                          mrn=row.mrn),
                       detail=self.tr("Ordered by {clinician}. Check the sample and the value; once it is verified "
                                      "and released, phone the clinician and record the call (Critical callbacks)."
                                      ).format(clinician=row.ordering_clinician))

    def verify_selected(self) -> None:
        row = self._one()
        if row is not None:
            self.ops.run_change(self, lambda s: queries.verify(s, row.id),
                                lambda _: self._say(self.tr("{test} verified.").format(test=row.test)), noun=Change.LAB_ORDER,
                                on_error=self._error)

    def release_selected(self) -> None:
        row = self._one()
        if row is not None:
            self.ops.run_change(self, lambda s: queries.release(s, row.id),
                                lambda _: self._say(self.tr("{test} released to {clinician}.").format(
                                    test=row.test, clinician=row.ordering_clinician)),
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
                            lambda _: self._say(self.tr("{test} corrected; {clinician} is alerted again.").format(
                                test=row.test, clinician=row.ordering_clinician)),
                            noun=Change.LAB_ORDER, reason=reason, on_error=self._error)

    def cancel_selected(self, reason: str | None = None) -> None:
        row = self._one()
        if row is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel order"),
                                              self.tr("Why is {test} ({order}) cancelled?").format(
                                                  test=row.test, order=row.order_number))
            if not ok:
                return
        self.ops.run_change(self, lambda s: queries.cancel_order(s, row.id, reason),
                            lambda _: self._say(self.tr("{test} cancelled.").format(test=row.test)), noun=Change.LAB_ORDER,
                            reason=reason, on_error=self._error)

    def record_call(self, spoke_to: str | None = None, read_back: bool = True) -> None:
        index = self.callback_table.currentRow()
        if not 0 <= index < len(self.callbacks):
            self._say(self.tr("Select the critical result you phoned."))
            return
        row = self.callbacks[index]
        if spoke_to is None:
            dialog = QDialog(self)
            dialog.setWindowTitle(self.tr("Call about {test} of {patient}").format(test=row.test, patient=row.patient))
            who = QLineEdit()
            check = QCheckBox(self.tr("The clinician read the result back"))
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
            buttons.accepted.connect(dialog.accept)
            buttons.rejected.connect(dialog.reject)
            form = QFormLayout(dialog)
            form.addRow(self.tr("Spoke to"), who)
            form.addRow(check)
            form.addRow(buttons)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            spoke_to, read_back = who.text(), check.isChecked()
        self.ops.run_change(self, lambda s: queries.record_callback(s, row.id, spoke_to, read_back),
                            lambda _: self._say(self.tr("Call to {person} about {test} recorded.").format(
                                person=spoke_to, test=row.test)),
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
