"""The auditor's workstation: the write trail with a before/after diff, the chart access log with a patient's
access report (PDF), the review of break-glass accesses and flagged staff changes, and the chain check."""
from __future__ import annotations

import html
import re
from datetime import date, datetime, time

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, QObject, Qt,
                            QTime, Signal)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QProgressBar, QPushButton, QSplitter, QTableView,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ... import i18n
from ...core.ops import Operations, Steps
from ...i18n.formats import date_format, date_text, datetime_text, number_text, time_format
from ...widgets.lazy_table import KeysetTableModel
from ...widgets.print_preview import PrintPreviewDialog
from ...widgets.safety import DANGER, DANGER_BG, WARNING, WARNING_BG
from ...widgets.tables import make_table, select_record
from .. import queries
from ..documents import access_report_pdf

CHANGE_COLOURS = {"changed": QColor("#fff3c4"), "added": QColor("#dcf5dc"), "removed": QColor("#f9d9d9")}
# Times as everywhere else in the client (the user's locale, the hospital's local time: i18n.formats); the diff's
# title keeps the seconds an auditor lines events up by (exact_text).
_ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}(:?\d{2})?|Z)?$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# The flag a row carries, computed by the database: lab.result.flag from the reference range, clinical.vital_sign
# .flag from the kind's alert band (a 38.5 °C reads "flagged HIGH"). The audit trail judges nothing itself.
FLAG_WORDS = {"low": QT_TRANSLATE_NOOP("AuditFlag", "flagged LOW"),
              "high": QT_TRANSLATE_NOOP("AuditFlag", "flagged HIGH"),
              "abnormal": QT_TRANSLATE_NOOP("AuditFlag", "flagged ABNORMAL"),
              "critical_low": QT_TRANSLATE_NOOP("AuditFlag", "flagged CRITICAL LOW"),
              "critical_high": QT_TRANSLATE_NOOP("AuditFlag", "flagged CRITICAL HIGH")}
FLAGGED_COLUMNS = ("value", "value_numeric", "flag")
# audit.event.action as the auditor reads it
ACTION_LABELS = {"INSERT": QT_TRANSLATE_NOOP("EventSearch", "INSERT"),
                 "UPDATE": QT_TRANSLATE_NOOP("EventSearch", "UPDATE"),
                 "DELETE": QT_TRANSLATE_NOOP("EventSearch", "DELETE")}
# The diff's title, one sentence per action (the verb and its object translated together)
WROTE = {"INSERT": QT_TRANSLATE_NOOP("EventSearch", "<b>{actor}</b> added {table} row {row} on {when}"),
         "UPDATE": QT_TRANSLATE_NOOP("EventSearch", "<b>{actor}</b> changed {table} row {row} on {when}"),
         "DELETE": QT_TRANSLATE_NOOP("EventSearch", "<b>{actor}</b> removed {table} row {row} on {when}")}


def flag_words(flag: str) -> str:
    return QCoreApplication.translate("AuditFlag", FLAG_WORDS[flag])


def action_label(action: str) -> str:
    return QCoreApplication.translate("EventSearch", ACTION_LABELS[action]) if action in ACTION_LABELS else action


def exact_text(moment: datetime) -> str:
    """Date and time to the second, as the locale writes them (the diff's title, timestamps inside a row)."""
    locale = QLocale()
    clock = locale.toString(QTime(moment.hour, moment.minute, moment.second), time_format().replace("mm", "mm:ss", 1))
    return f"{date_text(moment)} {clock}"


def shown_value(value: str) -> str:
    """A timestamp or date inside an audited row (JSON, so ISO) in the client's format; anything else as is."""
    if _ISO_MOMENT.match(value):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        return exact_text(local(moment) if moment.tzinfo else moment)
    if _ISO_DAY.match(value):
        try:
            return date_text(date.fromisoformat(value))
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
    d.setDisplayFormat(date_format())
    d.setDate(QDate.currentDate().addDays(days_from_today))
    return d


def _start_of(d: QDate) -> datetime:
    return datetime.combine(d.toPython(), time()).astimezone()



class EventSearch(QWidget):
    """Search audit.event by patient, user, table, action and time; the selected write as a diff."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patient = QLineEdit(objectName="auditPatient", placeholderText=self.tr("MRN"))
        self.actor = QComboBox(objectName="auditActor", editable=True)
        self.actor.lineEdit().setPlaceholderText(self.tr("any user"))
        self.table_name = QComboBox(objectName="auditTable", editable=True)
        self.table_name.lineEdit().setPlaceholderText(self.tr("any table"))
        self.action = QComboBox(objectName="auditAction")
        self.action.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.action.addItem(self.tr("any"), "")
        for action in queries.ACTIONS:
            self.action.addItem(action_label(action), action)
        self.limit_dates = QCheckBox(self.tr("From"))
        self.limit_dates.setChecked(True)
        self.since = _date_edit(-30)
        self.until = _date_edit(0)
        self.search_button = QPushButton(self.tr("Search"), objectName="auditSearch")
        filters = QHBoxLayout()
        for label, w in ((self.tr("Patient"), self.patient), (self.tr("User"), self.actor),
                         (self.tr("Table"), self.table_name), (self.tr("Action"), self.action)):
            filters.addWidget(QLabel(label))
            filters.addWidget(w, 1 if isinstance(w, QComboBox) and w.isEditable() else 0)
        filters.addWidget(self.limit_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to", "from a date to a date")))
        filters.addWidget(self.until)
        filters.addWidget(self.search_button)
        self.model = KeysetTableModel(ops, [
            (self.tr("When"), lambda e: datetime_text(local(e.occurred_at))),
            (self.tr("User"), lambda e: e.actor_label or e.actor),
            (self.tr("Action"), lambda e: action_label(e.action)), (self.tr("Table"), lambda e: e.table),
            (self.tr("Row"), lambda e: e.row_id), (self.tr("Patient"), lambda e: e.patient_label or e.patient_id),
            (self.tr("Reason"), lambda e: e.reason), (self.tr("Workstation"), lambda e: e.workstation),
        ], key_of=lambda e: (e.id,))
        self.results = _view(self.model, "auditResults")
        self.count = QLabel(objectName="auditCount")
        self.diff_title = QLabel(self.tr("Select a write to see what it changed."), objectName="diffTitle",
                                 wordWrap=True)
        self.show_all = QCheckBox(self.tr("Show unchanged columns"))
        self.diff = make_table([self.tr("Column"), self.tr("Before"), self.tr("After")], "auditDiff", single=True)
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
        self.model.page_loaded.connect(self._loaded)
        self.model.load_failed.connect(self.count.setText)
        self.results.selectionModel().selectionChanged.connect(self._selected)
        self.show_all.toggled.connect(self._selected)
        ops.run_query(None, lambda s: (queries.actors(s), queries.audited_tables(s)), self._fill_choices,
                      on_error=lambda err: self.count.setText(err.message))

    def _loaded(self, n: int) -> None:
        self.count.setText(EventSearch.tr("%Ln writes shown — scroll for more", "", n) if self.model.canFetchMore()
                           else EventSearch.tr("%Ln writes shown", "", n))

    def _fill_choices(self, result) -> None:  # noqa: ANN001
        users, tables = result
        self.actor.addItems(["", *users])
        self.table_name.addItems(["", *tables])

    def current_filter(self) -> queries.EventFilter:
        return queries.EventFilter(
            patient=self.patient.text(), actor=self.actor.currentText(), table=self.table_name.currentText(),
            action=self.action.currentData() or "",
            since=_start_of(self.since.date()) if self.limit_dates.isChecked() else None,
            until=_start_of(self.until.date().addDays(1)) if self.limit_dates.isChecked() else None)

    def search(self) -> None:
        self.count.setText(self.tr("Searching…"))
        self.diff.setRowCount(0)
        self.model.set_query(queries.event_fetcher(self.current_filter()))

    def selected_event(self) -> queries.EventRow | None:
        rows = self.results.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        flag = result_flag(event)
        colour, background = (DANGER, DANGER_BG) if flag and flag.startswith("critical") else (WARNING, WARNING_BG)
        parts = [self.tr(WROTE[event.action]).format(
            actor=i18n.isolate(html.escape(event.actor_label or event.actor)), table=i18n.isolate(event.table),
            row=event.row_id or "—",
            when=exact_text(local(event.occurred_at)))]
        if event.patient_label:
            parts.append(self.tr("patient {patient}").format(patient=i18n.isolate(html.escape(event.patient_label))))
        if event.reason:
            parts.append(self.tr("reason: {reason}").format(reason=i18n.isolate(html.escape(event.reason))))
        if flag:  # a lab result, or a vital sign's value
            what = (self.tr("result {flag}") if event.table.endswith(".result")
                    else self.tr("value {flag}")).format(flag=flag_words(flag))
            parts.append(f"<span style='color: {colour}; font-weight: 700;'>⚠ {what}</span>")
        self.diff_title.setText(i18n.directed(" — ".join(parts)))
        changes = queries.diff(event, include_unchanged=self.show_all.isChecked())
        self.diff.setRowCount(len(changes))
        for i, c in enumerate(changes):
            flagged = flag is not None and c.column in FLAGGED_COLUMNS
            for j, value in enumerate((c.column, shown_value(c.old), shown_value(c.new))):
                if flagged and j == 2 and value:
                    value = f"{value}   ⚠ {flag_words(flag)}"  # in words too: colour alone is not enough
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
        self.patient = QLineEdit(objectName="accessPatient", placeholderText=self.tr("MRN"))
        self.actor = QLineEdit(objectName="accessActor", placeholderText=self.tr("user name"))
        self.search_button = QPushButton(self.tr("Search"), objectName="accessSearch")
        self.report_button = QPushButton(self.tr("Access report (PDF)…"), objectName="accessReport")
        row = QHBoxLayout()
        for label, w in ((self.tr("Patient"), self.patient), (self.tr("User"), self.actor)):
            row.addWidget(QLabel(label))
            row.addWidget(w)
        row.addWidget(self.search_button)
        row.addStretch(1)
        row.addWidget(self.report_button)
        emergency = self.tr("⚠ EMERGENCY — {purpose}")
        self.model = KeysetTableModel(ops, [
            (self.tr("When"), lambda a: datetime_text(local(a.accessed_at))),
            (self.tr("Who"), lambda a: f"{a.staff_name or '?'} ({a.actor})"),
            (self.tr("Patient"), lambda a: a.patient_label or a.patient_id),
            (self.tr("Purpose"), lambda a: emergency.format(purpose=a.purpose) if a.via_break_glass else a.purpose),
            (self.tr("Workstation"), lambda a: a.workstation),
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
        self.model.page_loaded.connect(self._loaded)
        self.model.load_failed.connect(self.message.setText)
        self.preview: PrintPreviewDialog | None = None
        self.last_pdf: bytes | None = None

    def _loaded(self, n: int) -> None:
        self.message.setText(AccessLog.tr("%Ln chart openings shown", "", n))

    def search(self) -> None:
        patient, actor = self.patient.text(), self.actor.text()
        self.model.set_query(lambda s, after, limit: queries.access_log(s, patient, actor, after, limit))

    def report(self) -> None:
        patient = self.patient.text()
        if not patient.strip():
            self.message.setText(self.tr("Enter the patient's MRN for the access report."))
            return

        def work(session):  # noqa: ANN001, ANN202
            from ...admin.queries import settings
            return queries.access_report(session, patient), settings(session).get("hospital_logo")

        self.ops.run_query(self, work, self._show_report, on_error=lambda err: self.message.setText(err.message))

    def _show_report(self, result) -> None:  # noqa: ANN001
        report, logo = result
        self.last_pdf = access_report_pdf(report, logo)
        self.message.setText(self.tr("Access report for {mrn}: {openings}, {writes}.").format(
            mrn=report.mrn,
            openings=AccessLog.tr("%Ln chart openings", "", len(report.accesses)),
            writes=AccessLog.tr("%Ln records written", "", len(report.writes))))
        self.preview = PrintPreviewDialog(self.last_pdf, self.tr("Access report {mrn}").format(mrn=report.mrn),
                                          f"access-report-{report.mrn}.pdf", self)
        self.preview.open()


class Reviews(QWidget):
    """Break-glass grants and flagged staff changes awaiting review; the auditor records a verdict."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.grants: list[queries.BreakGlassRow] = []
        self.changes: list[queries.FlaggedChangeRow] = []
        self.pending_only = QCheckBox(self.tr("Awaiting review only"), objectName="pendingOnly")
        self.pending_only.setChecked(True)
        self.grant_table = make_table([self.tr("Granted"), self.tr("Clinician"), self.tr("Patient"),
                                       self.tr("Reason given"), self.tr("Review")], "breakGlassTable", single=True)
        self.change_table = make_table([self.tr("When"), self.tr("By"), self.tr("Staff member"), self.tr("Flag"),
                                        self.tr("Reason given"), self.tr("Review")], "flaggedTable", single=True)
        self.outcome = QComboBox(objectName="reviewOutcome")
        self.outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in queries.OUTCOMES:
            self.outcome.addItem(queries.outcome_label(key), key)
        self.comment = QPlainTextEdit(objectName="reviewComment")
        self.comment.setPlaceholderText(self.tr("What you checked and what you found (recorded, cannot be changed "
                                                "later)"))
        self.comment.setMaximumHeight(80)
        self.review_button = QPushButton(self.tr("Mark reviewed"), objectName="markReviewed")
        self.message = QLabel(objectName="reviewMessage", wordWrap=True)
        self.selected: tuple[str, int] | None = None
        self.selected_label = QLabel(self.tr("Select an emergency access or a flagged change."), wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Selected"), self.selected_label)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Comment"), self.comment)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pending_only)
        layout.addWidget(QLabel(self.tr("<b>Emergency (break-glass) chart accesses</b>")))
        layout.addWidget(self.grant_table, 2)
        layout.addWidget(QLabel(self.tr("<b>Flagged staff changes</b> (self-grants, new access to patient data or the "
                                        "audit trail, one-time passwords)"), wordWrap=True))
        layout.addWidget(self.change_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.review_button, alignment=Qt.AlignmentFlag.AlignLeading)
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
            review = self._review_text(g.outcome, g.reviewer, g.comment)
            for j, v in enumerate((datetime_text(local(g.granted_at)), f"{g.staff} ({g.username})",
                                   f"{g.patient_name} · {g.mrn}", g.reason, review)):
                item = QTableWidgetItem(v)
                if not g.outcome:
                    item.setBackground(QColor("#fff3c4"))
                self.grant_table.setItem(i, j, item)
        self.grant_table.blockSignals(False)
        self.change_table.blockSignals(True)
        self.change_table.setRowCount(len(self.changes))
        for i, c in enumerate(self.changes):
            review = self._review_text(c.outcome, c.reviewer, c.comment)
            for j, v in enumerate((datetime_text(local(c.changed_at)), c.changed_by, c.staff, c.flag_reason,
                                   c.reason or "", review)):
                item = QTableWidgetItem(v)
                if not c.outcome:
                    item.setBackground(QColor("#fff3c4"))
                self.change_table.setItem(i, j, item)
        self.change_table.blockSignals(False)
        self.selected = None
        self.selected_label.setText(self.tr("Select an emergency access or a flagged change."))

    def _review_text(self, outcome: str | None, reviewer: str | None, comment: str | None) -> str:
        if not outcome:
            return self.tr("awaiting review")
        return self.tr("{outcome} ({reviewer}): {comment}").format(
            outcome=queries.outcome_label(outcome), reviewer=reviewer or "", comment=comment or "")

    def select_grant(self, grant_id: int) -> bool:
        return select_record(self.grant_table, self.grants, grant_id)

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
            self.selected_label.setText(self.tr("Emergency access by {staff} to {patient} ({mrn}) on {when}: "
                                                "“{reason}”").format(
                staff=i18n.isolate(item.staff), patient=i18n.isolate(item.patient_name), mrn=item.mrn,
                when=datetime_text(local(item.granted_at)), reason=i18n.isolate(item.reason)))
        else:
            self.selected_label.setText(i18n.directed(self.tr("{login}: {flag} — “{reason}”").format(
                login=i18n.isolate(item.changed_by), flag=i18n.isolate(item.flag_reason),
                reason=i18n.isolate(item.reason or ""))))

    def mark_reviewed(self) -> None:
        if self.selected is None:
            self.message.setText(self.tr("Select what you reviewed first."))
            return
        (kind, subject_id), outcome, comment = self.selected, self.outcome.currentData(), self.comment.toPlainText()
        self.ops.run_change(self, lambda s: queries.add_review(s, kind, subject_id, outcome, comment),
                            lambda _: (self.message.setText(self.tr("Review recorded.")), self.comment.clear()),
                            noun=Change.REVIEW, on_error=lambda err: self.message.setText(err.message))


class _Progress(QObject):
    step = Signal(int, int)


class ChainCheck(QWidget):
    """Runs the same verification as `hms-admin audit-verify`, on a worker, with progress."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        intro = QLabel(self.tr("Every write is linked into a SHA-256 hash chain. The check seals the events of "
                               "finished transactions, then recomputes the whole chain from the first event: any "
                               "edited, removed or inserted event shows up at the first place where the chain "
                               "breaks."), wordWrap=True)
        self.button = QPushButton(self.tr("Verify the audit chain"), objectName="verifyChain")
        self.progress = QProgressBar(objectName="chainProgress")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.result = QLabel(objectName="chainResult", wordWrap=True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.button, alignment=Qt.AlignmentFlag.AlignLeading)
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
        self.result.setText(self.tr("Sealing and verifying…"))
        self.result.setStyleSheet("")
        emit = self.signals.step.emit

        def check(steps: Steps) -> queries.VerifyResult:
            with steps.connection() as conn:
                return queries.verify_chain(conn, emit)

        self.ops.run_steps(None, check, self._done, on_error=self._failed)

    def _step(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.result.setText(self.tr("Verified {done} of {total} sealed events…").format(
            done=number_text(done), total=number_text(total)))

    def _done(self, result) -> None:  # noqa: ANN001
        self.running = False
        self.last = result
        self.button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.result.setText(("✔ " if result.ok else "✘ ") + self.tr("{result} — checked {when}").format(
            result=self.describe(result), when=exact_text(datetime.now())))
        self.result.setStyleSheet("color: #1a7f37; font-weight: 600;" if result.ok
                                  else "color: #a40000; font-weight: 600;")

    def describe(self, result: queries.VerifyResult) -> str:
        """VerifyResult.describe() in the user's language (the problem found is the verifier's own English)."""
        if result.ok:
            return self.tr("audit chain intact: {sealed}, {unsealed}, head {head}").format(
                sealed=ChainCheck.tr("%Ln sealed events", "", result.sealed),
                unsealed=ChainCheck.tr("%Ln awaiting seal", "", result.unsealed),
                head=result.head_hash[:16] or self.tr("(empty)"))
        if result.bad_event_id is not None:
            return self.tr("audit chain broken at event {event}: {problem}").format(event=result.bad_event_id,
                                                                                    problem=result.problem)
        return self.tr("audit chain broken at the chain head: {problem}").format(problem=result.problem)

    def _failed(self, err: KnownError) -> None:
        self.running = False
        self.button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.result.setText(self.tr("The check could not run: {message}").format(message=err.message))


class AuditWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget(objectName="auditTabs")
        self.events = EventSearch(ops)
        self.access = AccessLog(ops)
        self.reviews = Reviews(ops)
        self.chain = ChainCheck(ops)
        self.tabs.addTab(self.events, self.tr("Audit trail"))
        self.tabs.addTab(self.access, self.tr("Chart access"))
        self.tabs.addTab(self.reviews, self.tr("Reviews"))
        self.tabs.addTab(self.chain, self.tr("Chain status"))
        QVBoxLayout(self).addWidget(self.tabs)


