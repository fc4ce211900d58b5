"""The duplicates workspace (administrators, who merge): the pairs the registry-wide scan queued, best first; both
records side by side with how much is recorded for each (counts only); Merge (which record survives, a reason) or
Not the same person (a reason), which the database remembers so the pair never comes back. A small registry can
be scanned from here; a large one with `hms-admin find-duplicates`."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QRadioButton, QSplitter, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.ops import Operations
from ...i18n import formats
from ...widgets.tables import fill_table, make_table
from .. import queries
from .merge_tab import COMPARED

MIN_REASON = queries.DECISION_MIN_REASON
FOOTPRINT = [("encounters", QT_TRANSLATE_NOOP("DuplicatesWorkspace", "Encounters")),
             ("admissions", QT_TRANSLATE_NOOP("DuplicatesWorkspace", "Admissions")),
             ("lab_orders", QT_TRANSLATE_NOOP("DuplicatesWorkspace", "Lab orders")),
             ("prescriptions", QT_TRANSLATE_NOOP("DuplicatesWorkspace", "Prescriptions")),
             ("invoices", QT_TRANSLATE_NOOP("DuplicatesWorkspace", "Invoices")),
             ("appointments", QT_TRANSLATE_NOOP("DuplicatesWorkspace", "Appointments"))]
DIFFERS = QColor("#fff3c4")


def _text(patient: queries.PatientRow, key: str) -> str:
    value = getattr(patient, key, None)
    if key == "birth_date" and value:
        return formats.date_text(value)
    if key == "created_at" and value:
        return formats.date_text(local(value))
    if key == "sex" and value:
        return queries.sex_label(value)
    if key == "phone" and value:
        return queries.ltr(value)
    return "" if value is None else str(value)


def _label(p: queries.PatientRow) -> str:
    return QCoreApplication.translate("DecisionDialog", "MRN {mrn}  {name}, born {born}").format(
        mrn=p.mrn, name=p.display_name, born=formats.date_text(p.birth_date))


class DecisionDialog(QDialog):
    """Merge: which record survives, and why. Not the same person: why. OK only with a reason of MIN_REASON."""

    def __init__(self, pair: queries.DuplicatePair, merge: bool, keep: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent, objectName="duplicateDecision")
        self.pair = pair
        self.merge = merge
        self.setWindowTitle(self.tr("Merge the two records") if merge else self.tr("Not the same person"))
        layout = QVBoxLayout(self)
        self.keep_group = QButtonGroup(self)
        self.keep_buttons: dict[int, QRadioButton] = {}
        if merge:
            layout.addWidget(QLabel(self.tr("Which record is kept? Everything recorded for the other moves to it; "
                                            "the other's MRN will find it. A merge can be undone from the patient "
                                            "index."), wordWrap=True))
            for p in (pair.a, pair.b):
                button = QRadioButton(self.tr("Keep {record}").format(record=_label(p)), objectName=f"keep{p.id}")
                self.keep_group.addButton(button, p.id)
                self.keep_buttons[p.id] = button
                layout.addWidget(button)
            self.keep_buttons[keep if keep in self.keep_buttons else pair.a.id].setChecked(True)
        else:
            layout.addWidget(QLabel(f"{_label(pair.a)}\n{_label(pair.b)}\n\n" + self.tr(
                "These records stay separate, and the duplicate check will not propose this pair again.")))
        self.reason = QLineEdit(objectName="decisionReason")
        self.reason.setPlaceholderText(self.tr("Why? (at least {count} characters; kept in the audit trail)").format(
            count=formats.number_text(MIN_REASON)))
        layout.addWidget(self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Merge") if merge else self.tr("Keep separate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._update)
        self._update()
        self.reason.setFocus()

    def _update(self) -> None:
        self.ok.setEnabled(len(self.reason.text().strip()) >= MIN_REASON)

    @property
    def survivor(self) -> int | None:
        return self.keep_group.checkedId() if self.merge else None


class DuplicatesWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.pairs: list[queries.DuplicatePair] = []
        self.current: queries.DuplicatePair | None = None
        self.footprint: dict[int, queries.Footprint] = {}
        self.dialog: DecisionDialog | None = None
        self.counts: dict[str, int] = {}

        self.summary = QLabel(objectName="duplicatesSummary")
        self.scan_button = QPushButton(self.tr("Scan the registry now"), objectName="scanDuplicates")
        self.scan_button.setToolTip(self.tr("For a small registry (up to {count} patients); a large one: "
                                            "hms-admin find-duplicates").format(count=formats.number_text(20_000)))
        self.refresh_button = QPushButton(self.tr("Refresh"), objectName="refreshDuplicates")
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.scan_button)

        self.queue = make_table([self.tr("Score"), self.tr("Record A"), self.tr("Record B"), self.tr("Why")],
                                "duplicateQueue", single=True)
        queue_box = QGroupBox(self.tr("Waiting for a decision (best first)"))
        QVBoxLayout(queue_box).addWidget(self.queue)

        self.compare = QTableWidget(len(COMPARED) + len(FOOTPRINT), 2, objectName="duplicateCompare")
        self.compare.setVerticalHeaderLabels([queries.field_label(key) for key, _ in COMPARED]
                                             + [self.tr(label) for _, label in FOOTPRINT])
        self.compare.setHorizontalHeaderLabels([self.tr("Record A"), self.tr("Record B")])
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.compare.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.compare.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.reasons = QLabel(wordWrap=True, objectName="duplicateReasons")
        self.merge_button = QPushButton(self.tr("&Merge…"), objectName="mergePair")
        self.merge_button.setToolTip(self.tr("Keep one record and move everything from the other to it"))
        self.distinct_button = QPushButton(self.tr("&Not the same person…"), objectName="distinctPair")
        self.distinct_button.setToolTip(self.tr("Keep both; never propose this pair again"))
        self.message = QLabel(wordWrap=True, objectName="duplicatesMessage")
        actions = QHBoxLayout()
        actions.addWidget(self.reasons, 1)
        actions.addWidget(self.distinct_button)
        actions.addWidget(self.merge_button)
        detail = QGroupBox(self.tr("The two records, and how much is recorded for each"))
        dl = QVBoxLayout(detail)
        dl.addWidget(self.compare, 1)
        dl.addLayout(actions)
        dl.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(queue_box)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self.queue.itemSelectionChanged.connect(self._selected)
        self.merge_button.clicked.connect(lambda: self.decide_selected("merged"))
        self.distinct_button.clicked.connect(lambda: self.decide_selected("distinct"))
        self.scan_button.clicked.connect(self.scan)
        self.refresh_button.clicked.connect(self.load)
        QShortcut(QKeySequence("F5"), self, self.load)
        ops.changed.connect(lambda noun: noun == Change.PATIENT and self.load())
        self._show_pair(None)
        self.load()

    # -- the queue ---------------------------------------------------------------------------------------------
    def load(self) -> None:
        self.ops.run_query(self, queries.duplicate_queue, self._show_queue, latest=True,
                           on_error=lambda err: self.message.setText(err.message))
        self.ops.run_query(None, queries.duplicate_counts, self._show_counts, latest=True, on_error=lambda err: None)

    def _show_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        number = formats.number_text
        waiting = self.tr("<b>%n</b> pairs waiting", None, counts["waiting"])
        decided = self.tr("{found} found, {decided} decided ({merged} merged, {distinct} not the same person)").format(
            found=number(counts["found"]), decided=number(counts["decided"]), merged=number(counts["merged"]),
            distinct=number(counts["distinct"]))
        self.summary.setText(f"{waiting} · {decided}")

    def _show_queue(self, pairs: list[queries.DuplicatePair]) -> None:
        keep = self.current.id if self.current else None
        self.pairs = pairs
        fill_table(self.queue, [(formats.number_text(p.score, 2), f"{p.a.mrn} {p.a.display_name}",
                                 f"{p.b.mrn} {p.b.display_name}", queries.reasons_text(p.reasons)) for p in pairs])
        ids = [p.id for p in pairs]
        row = ids.index(keep) if keep in ids else (0 if pairs else -1)
        if row >= 0:
            self.queue.selectRow(row)
        else:
            self._show_pair(None)

    def _selected(self) -> None:
        row = self.queue.currentRow()
        self._show_pair(self.pairs[row] if 0 <= row < len(self.pairs) else None)

    # -- one pair ----------------------------------------------------------------------------------------------
    def _show_pair(self, pair: queries.DuplicatePair | None) -> None:
        changed = pair is None or self.current is None or pair.id != self.current.id
        self.current = pair
        if changed:
            self.footprint = {}
        self._fill_compare()
        self.merge_button.setEnabled(pair is not None)
        self.distinct_button.setEnabled(pair is not None)
        self.reasons.setText(self.tr("<b>Score {score}</b>: {reasons} (found {found})").format(
            score=formats.number_text(pair.score, 2), reasons=queries.reasons_text(pair.reasons),
            found=formats.date_text(local(pair.found_at))) if pair else self.tr("No pair selected."))
        if pair is not None and changed:
            pair_id = pair.id
            self.ops.run_query(None, lambda s: queries.duplicate_footprint(s, pair_id),
                               lambda fp: self._show_footprint(pair_id, fp), latest=True,
                               on_error=lambda err: self.message.setText(err.message))

    def _show_footprint(self, pair_id: int, footprint: dict[int, queries.Footprint]) -> None:
        if self.current is not None and self.current.id == pair_id:
            self.footprint = footprint
            self._fill_compare()

    def _fill_compare(self) -> None:
        pair = self.current
        sides = (pair.a, pair.b) if pair else (None, None)
        self.compare.setHorizontalHeaderLabels([self.tr("Record A — MRN {mrn}").format(mrn=pair.a.mrn),
                                                self.tr("Record B — MRN {mrn}").format(mrn=pair.b.mrn)]
                                               if pair else [self.tr("Record A"), self.tr("Record B")])
        for col, patient in enumerate(sides):
            for row, (key, _) in enumerate(COMPARED):
                self.compare.setItem(row, col, QTableWidgetItem(_text(patient, key) if patient else ""))
            counts = self.footprint.get(patient.id) if patient else None
            for i, (key, _) in enumerate(FOOTPRINT):
                item = QTableWidgetItem(formats.number_text(getattr(counts, key)) if counts
                                        else ("…" if patient else ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.compare.setItem(len(COMPARED) + i, col, item)
        if pair:
            for row, (key, _) in enumerate(COMPARED):
                if key not in ("mrn", "created_at") and _text(pair.a, key) != _text(pair.b, key):
                    for col in (0, 1):
                        self.compare.item(row, col).setBackground(DIFFERS)

    # -- decisions ---------------------------------------------------------------------------------------------
    def _keep_by_default(self, pair: queries.DuplicatePair) -> int:
        """The record with more recorded for it (ties: the older one) is offered as the one to keep."""
        def weight(p: queries.PatientRow) -> tuple[int, int]:
            fp = self.footprint.get(p.id)
            return (sum(vars(fp).values()) if fp else 0, -p.id)
        return max((pair.a, pair.b), key=weight).id

    def decide_selected(self, decision: str, *, reason: str | None = None, survivor: int | None = None) -> None:
        """Asks in a dialog unless reason (and, to merge, survivor) are given (tests, scripted use)."""
        pair = self.current
        if pair is None:
            self.message.setText(self.tr("Select a pair first."))
            return
        if reason is None:
            self.dialog = DecisionDialog(pair, decision == "merged", self._keep_by_default(pair), self)
            accepted = self.dialog.exec() == QDialog.DialogCode.Accepted
            reason, survivor = self.dialog.reason.text(), self.dialog.survivor
            self.dialog = None
            if not accepted:
                return
        reason = reason.strip()
        if len(reason) < MIN_REASON:
            self.message.setText(self.tr("Give a reason of at least {count} characters.").format(
                count=formats.number_text(MIN_REASON)))
            return
        if decision == "merged" and survivor not in (pair.a.id, pair.b.id):
            self.message.setText(self.tr("Say which record is kept."))
            return
        pair_id = pair.id
        self.ops.run_change(self, lambda s: queries.decide_duplicate(s, pair_id, decision, reason, survivor),
                            lambda merge_id: self._decided(pair, decision, survivor, merge_id),
                            noun=Change.PATIENT, reason=reason, on_error=lambda err: self.message.setText(err.message))

    def _decided(self, pair: queries.DuplicatePair, decision: str, survivor: int | None, merge_id: int | None) -> None:
        if decision == "merged":
            kept, gone = (pair.a, pair.b) if survivor == pair.a.id else (pair.b, pair.a)
            self.message.setText(self.tr("Merged (merge #{id}): MRN {gone} now finds MRN {kept}.").format(
                id=merge_id, gone=gone.mrn, kept=kept.mrn))
        else:
            self.message.setText(self.tr("Kept separate: MRN {a} and MRN {b} will not be proposed again.").format(
                a=pair.a.mrn, b=pair.b.mrn))
        self.current = None
        self.queue.setFocus()

    def scan(self) -> None:
        self.message.setText(self.tr("Scanning the registry…"))
        self.scan_button.setEnabled(False)

        def done(scan: dict) -> None:
            self.scan_button.setEnabled(True)
            self.message.setText(self.tr(
                "Scan #{id}: {patients} patients, %n new pairs queued in {seconds} s.", None,
                scan["pairs_found"]).format(id=scan["id"], patients=formats.number_text(scan["patients"]),
                                            seconds=formats.number_text(scan["took"].total_seconds(), 1)))
            self.load()

        def failed(err) -> None:  # noqa: ANN001
            self.scan_button.setEnabled(True)
            self.message.setText(err.message)
        self.ops.run_change(self, queries.scan_for_duplicates, done, noun=Change.PATIENT, on_error=failed,
                            label=self.tr("Scanning…"))
