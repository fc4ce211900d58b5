"""The patient index workspace (administrators): merge a duplicate record into the surviving one, and undo a
merge. Both need a reason; the database moves the records and keeps the trail."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.ops import Operations
from ...i18n import formats
from ...widgets.tables import fill_table, make_table
from .. import queries
from .patient_list import PatientListPanel

# The fields compared side by side, labelled by queries.field_label (translated where shown).
COMPARED = [(key, queries.FIELD_LABELS[key]) for key in (
    "mrn", "identity", "family_name", "given_name", "birth_date", "sex", "national_id", "phone", "address",
    "postal_code", "created_at")]
MIN_REASON = 10


def _shown(patient: queries.PatientRow, key: str) -> str:
    """A compared field as text; an unidentified record says so (it is merged as the duplicate once identified)."""
    if key == "identity":
        if patient.unidentified:
            return QCoreApplication.translate("MergeWorkspace", "UNIDENTIFIED ({alias})").format(
                alias=patient.temporary_alias)
        if patient.temporary_alias:
            return QCoreApplication.translate("MergeWorkspace", "identified (was {alias})").format(
                alias=patient.temporary_alias)
        return QCoreApplication.translate("MergeWorkspace", "identified")
    value = getattr(patient, key, None)
    if key == "birth_date" and value:
        return patient.born_text
    if key == "created_at" and value:
        return formats.date_text(local(value))
    if key == "sex" and value:
        return queries.sex_label(value)
    if key == "phone" and value:
        return queries.ltr(value)
    return "" if value is None else str(value)


class MergeWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.survivor: queries.PatientRow | None = None
        self.duplicate: queries.PatientRow | None = None
        self.survivor_list = PatientListPanel(ops, full=True, page_size=30)
        self.duplicate_list = PatientListPanel(ops, full=True, page_size=30)
        pickers = QHBoxLayout()
        for title, panel in ((self.tr("1. Record to keep (survivor)"), self.survivor_list),
                             (self.tr("2. Duplicate to merge into it"), self.duplicate_list)):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(panel)
            pickers.addWidget(box)
        self.compare = QTableWidget(len(COMPARED), 2, objectName="mergeCompare")
        self.compare.setHorizontalHeaderLabels([self.tr("Survivor (kept)"),
                                                self.tr("Duplicate (merged into survivor)")])
        self.compare.setVerticalHeaderLabels([queries.field_label(key) for key, _ in COMPARED])
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.reason = QLineEdit(objectName="mergeReason")
        self.reason.setPlaceholderText(self.tr("Why are these the same person? (at least {count} characters)").format(
            count=formats.number_text(MIN_REASON)))
        self.merge_button = QPushButton(self.tr("Merge duplicate into survivor"), objectName="mergeButton")
        self.message = QLabel(wordWrap=True, objectName="mergeMessage")
        action = QHBoxLayout()
        action.addWidget(self.reason, 1)
        action.addWidget(self.merge_button)
        self.merges = make_table([self.tr("When"), self.tr("Survivor"), self.tr("Merged duplicate"), self.tr("Reason"),
                                  self.tr("State")], "mergeHistory", single=True)
        self.unmerge_button = QPushButton(self.tr("Undo the selected merge…"), objectName="unmergeButton")
        history = QGroupBox(self.tr("Recent merges"))
        hl = QVBoxLayout(history)
        hl.addWidget(self.merges)
        hl.addWidget(self.unmerge_button, alignment=Qt.AlignmentFlag.AlignTrailing)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers, 3)
        layout.addWidget(self.compare, 2)
        layout.addLayout(action)
        layout.addWidget(self.message)
        layout.addWidget(history, 2)
        self.survivor_list.patient_chosen.connect(lambda p: self._pick("survivor", p))
        self.duplicate_list.patient_chosen.connect(lambda p: self._pick("duplicate", p))
        self.reason.textEdited.connect(lambda _t: self._update())
        self.merge_button.clicked.connect(self.merge)
        self.unmerge_button.clicked.connect(self.unmerge_selected)
        ops.changed.connect(lambda noun: noun == Change.PATIENT and self.load_merges())
        self.merge_rows: list[dict] = []
        self._update()
        self.load_merges()

    def _pick(self, which: str, patient: queries.PatientRow) -> None:
        setattr(self, which, patient)
        self._fill_compare()
        self._update()

    def _fill_compare(self) -> None:
        for col, patient in enumerate((self.survivor, self.duplicate)):
            for row, (key, _) in enumerate(COMPARED):
                text = _shown(patient, key) if patient else ""
                self.compare.setItem(row, col, QTableWidgetItem(text))
        if self.survivor and self.duplicate:
            for row, (key, _) in enumerate(COMPARED):
                if _shown(self.survivor, key) != _shown(self.duplicate, key):
                    for col in (0, 1):
                        self.compare.item(row, col).setBackground(QColor("#fff3c4"))

    def _update(self) -> None:
        ready = (self.survivor is not None and self.duplicate is not None and self.survivor.id != self.duplicate.id
                 and len(self.reason.text().strip()) >= MIN_REASON)
        self.merge_button.setEnabled(ready)
        if self.survivor and self.duplicate and self.survivor.id == self.duplicate.id:
            self.message.setText(self.tr("Choose two different records."))

    def merge(self, confirm: bool = True) -> None:
        if not (self.survivor and self.duplicate):
            return
        survivor, duplicate, reason = self.survivor, self.duplicate, self.reason.text().strip()
        if confirm and QMessageBox.question(
                self, self.tr("Merge records"),
                self.tr("Move everything recorded for MRN {duplicate_mrn} ({duplicate_name}) to MRN {survivor_mrn} "
                        "({survivor_name})? MRN {duplicate_mrn} will then find the survivor. This can be undone."
                        ).format(
                    duplicate_mrn=duplicate.mrn, duplicate_name=duplicate.display_name, survivor_mrn=survivor.mrn,
                    survivor_name=survivor.display_name)
        ) != QMessageBox.StandardButton.Yes:
            return
        self.ops.run_change(self, lambda s: queries.merge(s, survivor.id, duplicate.id, reason), self._merged,
                            noun=Change.PATIENT, reason=reason, on_error=lambda err: self.message.setText(err.message))

    def _merged(self, merge_id: int) -> None:
        self.message.setText(self.tr("Merged (merge #{id}). The duplicate's MRN now finds the survivor.").format(
            id=merge_id))
        self.duplicate = None
        self.reason.clear()
        self._fill_compare()
        self._update()
        self.duplicate_list.model.refresh()

    def load_merges(self) -> None:
        self.ops.run_query(None, queries.recent_merges, self._show_merges, on_error=lambda err: None)

    def _show_merges(self, rows: list[dict]) -> None:
        self.merge_rows = rows
        fill_table(self.merges, [(formats.datetime_text(local(r["merged_at"])),
                                  f"{r['survivor_mrn']} {r['survivor_name']}",
                                  f"{r['duplicate_mrn']} {r['duplicate_name']}", r["reason"],
                                  self.tr("undone {when}").format(when=formats.datetime_text(local(r["unmerged_at"])))
                                  if r.get("unmerged_at") else self.tr("merged")) for r in rows])

    def unmerge_selected(self, reason: str | None = None) -> None:
        rows = self.merges.selectionModel().selectedRows() if self.merges.selectionModel() else []
        row = rows[0].row() if rows else self.merges.currentRow()
        if not 0 <= row < len(self.merge_rows):
            self.message.setText(self.tr("Select a merge to undo."))
            return
        merge = self.merge_rows[row]
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Undo merge"), self.tr(
                "Why undo merge #{id}? (at least {count} characters)").format(
                    id=merge["id"], count=formats.number_text(MIN_REASON)))
            if not ok:
                return
        if len(reason.strip()) < MIN_REASON:
            self.message.setText(self.tr("Give a reason of at least {count} characters.").format(
                count=formats.number_text(MIN_REASON)))
            return
        merge_id = merge["id"]
        self.ops.run_change(self, lambda s: queries.unmerge(s, merge_id, reason.strip()),
                            lambda _: self.message.setText(self.tr("Merge #{id} undone: both records are separate "
                                                                   "again, exactly as before.").format(id=merge_id)),
                            noun=Change.PATIENT, reason=reason.strip(),
                            on_error=lambda err: self.message.setText(err.message))
