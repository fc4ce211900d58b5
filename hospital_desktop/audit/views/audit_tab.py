"""The auditor's workstation: the write trail with a before/after diff, the chart access log with a patient's
access report (PDF), the review of break-glass accesses and flagged staff changes, and the chain check."""
from __future__ import annotations

import html
import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QSplitter, QTableView,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations, Steps
from ...widgets.lazy_table import KeysetTableModel
from ...widgets.print_preview import PrintPreviewDialog
from ...widgets.safety import DANGER, DANGER_BG, WARNING, WARNING_BG
from ...widgets.tables import make_table
from .. import queries
from ..documents import access_report_pdf

CHANGE_COLOURS = {"changed": QColor("#fff3c4"), "added": QColor("#dcf5dc"), "removed": QColor("#f9d9d9")}
# Times as everywhere else in the client (dd.mm.yyyy, the hospital's local time); the diff's title keeps the
# seconds an auditor lines events up by.
WHEN = "%d.%m.%Y %H:%M"
WHEN_EXACT = "%d.%m.%Y %H:%M:%S"
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}(:?\d{2})?|Z)?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The flag a row carries, computed by the database: lab.result.flag from the reference range, clinical.vital_sign
# .flag from the kind's alert band (a 38.5 °C reads "flagged HIGH"). The audit trail judges nothing itself.
FLAG_WORDS = {"low": "flagged LOW", "high": "flagged HIGH", "abnormal": "flagged ABNORMAL",
              "critical_low": "flagged CRITICAL LOW", "critical_high": "flagged CRITICAL HIGH"}
FLAGGED_COLUMNS = ("value", "value_numeric", "flag")


def shown_value(value: str) -> str:
    """A timestamp or date inside an audited row (JSON, so ISO) in the client's format; anything else as is."""
    if _ISO_MOMENT.match(value):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        return f"{local(moment) if moment.tzinfo else moment:{WHEN_EXACT}}"
    if _ISO_DAY.match(value):
        try:
            return f"{date.fromisoformat(value):%d.%m.%Y}"
        except ValueError:
            return value
    return value


def result_flag(event: queries.EventRow) -> str | None:
    """The abnormal flag of the audited row after the write (before it, for a removal); None when normal or none."""
    row = event.new_row if event.new_row is not None else event.old_row
    flag = (row or {}).get("flag")
    return flag if flag in FLAG_WORDS else None



class _ResultsView(QTableView):
    """A lazy result list that fits its columns to the first page once (50 rows: cheap), never to every page
    scrolled in. (A method slot, not a lambda holding the view: PySide drops it with the view.)"""

    def first_page(self, count: int) -> None:
        model = self.model()
        if count <= getattr(model, "page_size", 0):
            self.resizeColumnsToContents()


def _view(model: KeysetTableModel, name: str) -> QTableView:
    v = _ResultsView(objectName=name)
    v.setModel(model)
    v.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    v.horizontalHeader().setStretchLastSection(True)
    v.verticalHeader().hide()
    v.setWordWrap(False)
    model.page_loaded.connect(v.first_page)
    return v


def _date_edit(days_from_today: int) -> QDateEdit:
    d = QDateEdit(calendarPopup=True)
    d.setDisplayFormat("dd.MM.yyyy")
    d.setDate(QDate.currentDate().addDays(days_from_today))
    return d


def _start_of(d: QDate) -> datetime:
    return datetime.combine(d.toPython(), time()).astimezone()


class EventSearch(QWidget):
    """Search audit.event by patient, user, table, action and time; the selected write as a diff."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patient = QLineEdit(objectName="auditPatient", placeholderText="MRN")
        self.actor = QComboBox(objectName="auditActor", editable=True)
        self.actor.lineEdit().setPlaceholderText("any user")
        self.table_name = QComboBox(objectName="auditTable", editable=True)
        self.table_name.lineEdit().setPlaceholderText("any table")
        self.action = QComboBox(objectName="auditAction")
        self.action.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action.addItems(["any", *queries.ACTIONS])
        self.limit_dates = QCheckBox("From")
        self.limit_dates.setChecked(True)
        self.since = _date_edit(-30)
        self.until = _date_edit(0)
        self.search_button = QPushButton("Search", objectName="auditSearch")
        filters = QHBoxLayout()
        for label, w in (("Patient", self.patient), ("User", self.actor), ("Table", self.table_name),
                         ("Action", self.action)):
            filters.addWidget(QLabel(label))
            filters.addWidget(w, 1 if isinstance(w, QComboBox) and w.isEditable() else 0)
        filters.addWidget(self.limit_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel("to"))
        filters.addWidget(self.until)
        filters.addWidget(self.search_button)
        self.model = KeysetTableModel(ops, [
            ("When", lambda e: f"{local(e.occurred_at):{WHEN}}"), ("User", lambda e: e.actor_label or e.actor),
            ("Action", lambda e: e.action), ("Table", lambda e: e.table), ("Row", lambda e: e.row_id),
            ("Patient", lambda e: e.patient_label or e.patient_id), ("Reason", lambda e: e.reason),
            ("Workstation", lambda e: e.workstation),
        ], key_of=lambda e: (e.id,))
        self.results = _view(self.model, "auditResults")
        self.count = QLabel(objectName="auditCount")
        self.diff_title = QLabel("Select a write to see what it changed.", objectName="diffTitle", wordWrap=True)
        self.show_all = QCheckBox("Show unchanged columns")
        self.diff = make_table(["Column", "Before", "After"], "auditDiff", single=True)
        self.diff.setWordWrap(True)
        top = QWidget()
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(filters)
        tl.addWidget(self.results, 1)
        tl.addWidget(self.count)
        bottom = QWidget()
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.diff_title, 1)
        row.addWidget(self.show_all)
        bl.addLayout(row)
        bl.addWidget(self.diff, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([420, 300])
        QVBoxLayout(self).addWidget(splitter)
        self.search_button.clicked.connect(self.search)
        self.patient.returnPressed.connect(self.search)
        self.limit_dates.toggled.connect(lambda on: (self.since.setEnabled(on), self.until.setEnabled(on)))
        self.model.page_loaded.connect(lambda n: self.count.setText(f"{n} write(s) shown" +
                                                                    (" — scroll for more" if self.model.canFetchMore()
                                                                     else "")))
        self.model.load_failed.connect(self.count.setText)
        self.results.selectionModel().selectionChanged.connect(self._selected)
        self.show_all.toggled.connect(self._selected)
        ops.run_query(None, lambda s: (queries.actors(s), queries.audited_tables(s)), self._fill_choices,
                      on_error=lambda err: self.count.setText(err.message))

    def _fill_choices(self, result) -> None:  # noqa: ANN001
        users, tables = result
        self.actor.addItems(["", *users])
        self.table_name.addItems(["", *tables])

    def current_filter(self) -> queries.EventFilter:
        return queries.EventFilter(
            patient=self.patient.text(), actor=self.actor.currentText(), table=self.table_name.currentText(),
            action="" if self.action.currentText() == "any" else self.action.currentText(),
            since=_start_of(self.since.date()) if self.limit_dates.isChecked() else None,
            until=_start_of(self.until.date().addDays(1)) if self.limit_dates.isChecked() else None)

    def search(self) -> None:
        self.count.setText("Searching…")
        self.diff.setRowCount(0)
        self.model.set_query(queries.event_fetcher(self.current_filter()))

    def selected_event(self) -> queries.EventRow | None:
        rows = self.results.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        verb = {"INSERT": "added", "UPDATE": "changed", "DELETE": "removed"}[event.action]
        flag = result_flag(event)
        colour, background = (DANGER, DANGER_BG) if flag and flag.startswith("critical") else (WARNING, WARNING_BG)
        patient = f" — patient {html.escape(event.patient_label)}" if event.patient_label else ""
        what = "result" if event.table.endswith(".result") else "value"  # a lab result, or a vital sign's value
        warning = (f" — <span style='color: {colour}; font-weight: 700;'>⚠ {what} {FLAG_WORDS[flag]}</span>"
                   if flag else "")
        self.diff_title.setText(f"<b>{html.escape(event.actor_label or event.actor)}</b> {verb} {event.table} row "
                                f"{event.row_id or '—'} on {local(event.occurred_at):{WHEN_EXACT}}{patient}"
                                + (f" — reason: {html.escape(event.reason)}" if event.reason else "") + warning)
        changes = queries.diff(event, include_unchanged=self.show_all.isChecked())
        self.diff.setRowCount(len(changes))
        for i, c in enumerate(changes):
            flagged = flag is not None and c.column in FLAGGED_COLUMNS
            for j, value in enumerate((c.column, shown_value(c.old), shown_value(c.new))):
                if flagged and j == 2 and value:
                    value = f"{value}   ⚠ {FLAG_WORDS[flag]}"  # in words too: colour alone is not enough
                item = QTableWidgetItem(value)
                if flagged:
                    item.setBackground(QColor(background))
                    item.setForeground(QColor(colour))
                elif c.kind in CHANGE_COLOURS:
                    item.setBackground(CHANGE_COLOURS[c.kind])
                self.diff.setItem(i, j, item)
        self.diff.resizeRowsToContents()


class AccessLog(QWidget):
    """Who opened which chart, when and why; a patient's access report as PDF."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patient = QLineEdit(objectName="accessPatient", placeholderText="MRN")
        self.actor = QLineEdit(objectName="accessActor", placeholderText="user name")
        self.search_button = QPushButton("Search", objectName="accessSearch")
        self.report_button = QPushButton("Access report (PDF)…", objectName="accessReport")
        row = QHBoxLayout()
        for label, w in (("Patient", self.patient), ("User", self.actor)):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addWidget(self.search_button)
        row.addStretch(1)
        row.addWidget(self.report_button)
        self.model = KeysetTableModel(ops, [
            ("When", lambda a: f"{local(a.accessed_at):{WHEN}}"),
            ("Who", lambda a: f"{a.staff_name or '?'} ({a.actor})"),
            ("Patient", lambda a: a.patient_label or a.patient_id),
            ("Purpose", lambda a: ("⚠ EMERGENCY — " if a.via_break_glass else "") + a.purpose),
            ("Workstation", lambda a: a.workstation),
        ], key_of=lambda a: (a.id,))
        self.results = _view(self.model, "accessResults")
        self.message = QLabel(objectName="accessMessage", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        self.search_button.clicked.connect(self.search)
        self.patient.returnPressed.connect(self.search)
        self.report_button.clicked.connect(self.report)
        self.model.page_loaded.connect(lambda n: self.message.setText(f"{n} chart opening(s) shown"))
        self.model.load_failed.connect(self.message.setText)
        self.preview: PrintPreviewDialog | None = None
        self.last_pdf: bytes | None = None

    def search(self) -> None:
        patient, actor = self.patient.text(), self.actor.text()
        self.model.set_query(lambda s, after, limit: queries.access_log(s, patient, actor, after, limit))

    def report(self) -> None:
        patient = self.patient.text()
        if not patient.strip():
            self.message.setText("Enter the patient's MRN for the access report.")
            return

        def work(session):  # noqa: ANN001, ANN202
            from ...admin.queries import settings
            return queries.access_report(session, patient), settings(session).get("hospital_logo")

        self.ops.run_query(self, work, self._show_report, on_error=lambda err: self.message.setText(err.message))

    def _show_report(self, result) -> None:  # noqa: ANN001
        report, logo = result
        self.last_pdf = access_report_pdf(report, logo)
        self.message.setText(f"Access report for {report.mrn}: {len(report.accesses)} chart opening(s), "
                             f"{len(report.writes)} record(s) written.")
        self.preview = PrintPreviewDialog(self.last_pdf, f"Access report {report.mrn}", f"access-report-{report.mrn}.pdf",
                                          self)
        self.preview.open()


class Reviews(QWidget):
    """Break-glass grants and flagged staff changes awaiting review; the auditor records a verdict."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.grants: list[queries.BreakGlassRow] = []
        self.changes: list[queries.FlaggedChangeRow] = []
        self.pending_only = QCheckBox("Awaiting review only", objectName="pendingOnly")
        self.pending_only.setChecked(True)
        self.grant_table = make_table(["Granted", "Clinician", "Patient", "Reason given", "Review"], "breakGlassTable", single=True)
        self.change_table = make_table(["When", "By", "Staff member", "Flag", "Reason given", "Review"], "flaggedTable", single=True)
        self.outcome = QComboBox(objectName="reviewOutcome")
        self.outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key, label in queries.OUTCOMES.items():
            self.outcome.addItem(label, key)
        self.comment = QPlainTextEdit(objectName="reviewComment")
        self.comment.setPlaceholderText("What you checked and what you found (recorded, cannot be changed later)")
        self.comment.setMaximumHeight(80)
        self.review_button = QPushButton("Mark reviewed", objectName="markReviewed")
        self.message = QLabel(objectName="reviewMessage", wordWrap=True)
        self.selected: tuple[str, int] | None = None
        self.selected_label = QLabel("Select an emergency access or a flagged change.", wordWrap=True)
        form = QFormLayout()
        form.addRow("Selected", self.selected_label)
        form.addRow("Outcome", self.outcome)
        form.addRow("Comment", self.comment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pending_only)
        layout.addWidget(QLabel("<b>Emergency (break-glass) chart accesses</b>"))
        layout.addWidget(self.grant_table, 2)
        layout.addWidget(QLabel("<b>Flagged staff changes</b> (self-grants, new access to patient data or the audit trail, "
                                "one-time passwords)"))
        layout.addWidget(self.change_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.review_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        self.pending_only.toggled.connect(self.refresh)
        self.grant_table.itemSelectionChanged.connect(lambda: self._select("break_glass"))
        self.change_table.itemSelectionChanged.connect(lambda: self._select("staff_change"))
        self.review_button.clicked.connect(self.mark_reviewed)
        ops.changed.connect(lambda noun: noun == Change.REVIEW and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        pending = self.pending_only.isChecked()
        self.ops.run_query(None, lambda s: (queries.break_glass_grants(s, pending_only=pending),
                                            queries.flagged_changes(s, pending_only=pending)),
                           self._show, on_error=lambda err: self.message.setText(err.message))

    def _show(self, result) -> None:  # noqa: ANN001
        self.grants, self.changes = result
        self.grant_table.blockSignals(True)
        self.grant_table.setRowCount(len(self.grants))
        for i, g in enumerate(self.grants):
            review = f"{queries.OUTCOMES[g.outcome]} ({g.reviewer}): {g.comment}" if g.outcome else "awaiting review"
            for j, v in enumerate((f"{local(g.granted_at):{WHEN}}", f"{g.staff} ({g.username})",
                                   f"{g.patient_name} · {g.mrn}", g.reason, review)):
                item = QTableWidgetItem(v)
                if not g.outcome:
                    item.setBackground(QColor("#fff3c4"))
                self.grant_table.setItem(i, j, item)
        self.grant_table.blockSignals(False)
        self.change_table.blockSignals(True)
        self.change_table.setRowCount(len(self.changes))
        for i, c in enumerate(self.changes):
            review = f"{queries.OUTCOMES[c.outcome]} ({c.reviewer}): {c.comment}" if c.outcome else "awaiting review"
            for j, v in enumerate((f"{local(c.changed_at):{WHEN}}", c.changed_by, c.staff, c.flag_reason,
                                   c.reason or "", review)):
                item = QTableWidgetItem(v)
                if not c.outcome:
                    item.setBackground(QColor("#fff3c4"))
                self.change_table.setItem(i, j, item)
        self.change_table.blockSignals(False)
        self.selected = None
        self.selected_label.setText("Select an emergency access or a flagged change.")

    def select_grant(self, grant_id: int) -> bool:
        for i, g in enumerate(self.grants):
            if g.id == grant_id:
                self.grant_table.selectRow(i)
                return True
        return False

    def _select(self, kind: str) -> None:
        table, items = ((self.grant_table, self.grants) if kind == "break_glass" else (self.change_table, self.changes))
        rows = table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(items):
            return
        item = items[rows[0].row()]
        other = self.change_table if kind == "break_glass" else self.grant_table
        other.blockSignals(True)
        other.clearSelection()
        other.blockSignals(False)
        self.selected = (kind, item.id)
        if kind == "break_glass":
            self.selected_label.setText(f"Emergency access by {item.staff} to {item.patient_name} ({item.mrn}) on "
                                        f"{local(item.granted_at):{WHEN}}: “{item.reason}”")
        else:
            self.selected_label.setText(f"{item.changed_by}: {item.flag_reason} — “{item.reason or ''}”")

    def mark_reviewed(self) -> None:
        if self.selected is None:
            self.message.setText("Select what you reviewed first.")
            return
        (kind, subject_id), outcome, comment = self.selected, self.outcome.currentData(), self.comment.toPlainText()
        self.ops.run_change(self, lambda s: queries.add_review(s, kind, subject_id, outcome, comment),
                            lambda _: (self.message.setText("Review recorded."), self.comment.clear()),
                            noun=Change.REVIEW, on_error=lambda err: self.message.setText(err.message))


class _Progress(QObject):
    step = Signal(int, int)


class ChainCheck(QWidget):
    """Runs the same verification as `hms-admin audit-verify`, on a worker, with progress."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        intro = QLabel("Every write is linked into a SHA-256 hash chain. The check seals the events of finished "
                       "transactions, then recomputes the whole chain from the first event: any edited, removed or "
                       "inserted event shows up at the first place where the chain breaks.", wordWrap=True)
        self.button = QPushButton("Verify the audit chain", objectName="verifyChain")
        self.progress = QProgressBar(objectName="chainProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result = QLabel(objectName="chainResult", wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.signals = _Progress(self)
        self.signals.step.connect(self._step)
        self.button.clicked.connect(self.verify)
        self.last = None
        self.running = False

    def verify(self) -> None:
        if self.running:
            return
        self.running = True
        self.button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self.result.setText("Sealing and verifying…")
        self.result.setStyleSheet("")
        emit = self.signals.step.emit

        def check(steps: Steps) -> queries.VerifyResult:
            with steps.connection() as conn:
                return queries.verify_chain(conn, emit)

        self.ops.run_steps(None, check, self._done, on_error=self._failed)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.result.setText(f"Verified {done:,} of {total:,} sealed events…")

    def _done(self, result) -> None:  # noqa: ANN001
        self.running = False
        self.last = result
        self.button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.result.setText(("✔ " if result.ok else "✘ ") + result.describe()
                            + f" — checked {datetime.now():{WHEN_EXACT}}")
        self.result.setStyleSheet("color: #1a7f37; font-weight: 600;" if result.ok
                                  else "color: #a40000; font-weight: 600;")

    def _failed(self, err: KnownError) -> None:
        self.running = False
        self.button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.result.setText(f"The check could not run: {err.message}")


class AuditWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget(objectName="auditTabs")
        self.events = EventSearch(ops)
        self.access = AccessLog(ops)
        self.reviews = Reviews(ops)
        self.chain = ChainCheck(ops)
        self.tabs.addTab(self.events, "Audit trail")
        self.tabs.addTab(self.access, "Chart access")
        self.tabs.addTab(self.reviews, "Reviews")
        self.tabs.addTab(self.chain, "Chain status")
        QVBoxLayout(self).addWidget(self.tabs)


