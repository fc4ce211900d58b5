"""The doctor's inpatients: my patients on the wards (attending or admitting, or on a ward I work on), the bed
board to admit a patient from the clinic or the emergency department, and for the chosen stay its clinical
record (the encounter view: notes, diagnoses, orders), observations, and the discharge: summary drafted, signed
(then frozen: a correction is a new version), printed, and the discharge itself."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...clinical.views.encounter_view import EncounterView
from ...core.clock import local
from ...core.errors import KnownError
from ...core import idle
from ...core.ops import Operations
from ...i18n.formats import datetime_text, number_text
from ...widgets.print_preview import PrintPreviewDialog
from ...widgets.tables import fill_table, make_table
from .bed_board import set_message
from ...widgets.keys import on_return, return_presses
from .. import queries
from ...widgets.tables import select_row
from ..display import label_of, summary_status_label
from ..documents import discharge_summary_pdf
from .bed_board import BedBoard
from .ward_tab import PatientPanel, stay_day

COLUMNS = [QT_TRANSLATE_NOOP("InpatientsWorkspace", "Ward"), QT_TRANSLATE_NOOP("InpatientsWorkspace", "Bed"),
           QT_TRANSLATE_NOOP("InpatientsWorkspace", "Patient"), QT_TRANSLATE_NOOP("InpatientsWorkspace", "MRN"),
           QT_TRANSLATE_NOOP("InpatientsWorkspace", "Day"), QT_TRANSLATE_NOOP("InpatientsWorkspace", "Attending"),
           QT_TRANSLATE_NOOP("InpatientsWorkspace", "Reason")]
VERSION_COLUMNS = [QT_TRANSLATE_NOOP("DischargePanel", "Version"), QT_TRANSLATE_NOOP("DischargePanel", "Status"),
                   QT_TRANSLATE_NOOP("DischargePanel", "Written by"), QT_TRANSLATE_NOOP("DischargePanel", "Signed by"),
                   QT_TRANSLATE_NOOP("DischargePanel", "Signed at"),
                   QT_TRANSLATE_NOOP("DischargePanel", "Amendment reason")]


class DischargePanel(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patient: queries.WardPatient | None = None
        self.versions: list[dict] = []
        self.versions_table = make_table([self.tr(c) for c in VERSION_COLUMNS], "summaryVersions", single=True)
        self.versions_table.setMaximumHeight(120)
        self.editors: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        for key, label in queries.SUMMARY_FIELDS:
            editor = QPlainTextEdit(objectName=f"summary_{key}")
            editor.setMaximumHeight(70)
            self.editors[key] = editor
            form.addRow(self.tr(label), editor)
        self.fill_button = QPushButton(self.tr("Fill from the record"), objectName="fillSummary")
        self.save_button = QPushButton(self.tr("Save draft"), objectName="saveSummary")
        self.sign_button = QPushButton(self.tr("Sign"), objectName="signSummary")
        self.amend_button = QPushButton(self.tr("Amend (new version)…"), objectName="amendSummary")
        self.preview_button = QPushButton(self.tr("Preview / print…"), objectName="previewSummary")
        self.disposition = QComboBox(objectName="disposition")
        # sized to a short outcome, not the longest (long in some languages): the row keeps to the pane's width
        self.disposition.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.disposition.setMinimumContentsLength(16)
        for code, _label in queries.DISPOSITIONS:
            self.disposition.addItem(label_of("DischargePanel", queries.DISPOSITIONS, code), code)
        self.discharge_note = QLineEdit(objectName="dischargeNote")
        self.discharge_note.setPlaceholderText(self.tr("Discharge note (optional)"))
        self.discharge_button = QPushButton(self.tr("Discharge patient"), objectName="dischargeButton")
        self.discharge_button.setStyleSheet("font-weight: 600;")
        self.message = QLabel(objectName="dischargeMessage", wordWrap=True)
        self.state = QLabel(objectName="summaryState", wordWrap=True)
        buttons = QHBoxLayout()
        for b in (self.fill_button, self.save_button, self.sign_button, self.amend_button, self.preview_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        discharge = QHBoxLayout()
        discharge.addWidget(QLabel(self.tr("Outcome")))
        discharge.addWidget(self.disposition)
        discharge.addWidget(self.discharge_note, 1)
        discharge.addWidget(self.discharge_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Discharge summary versions (a signed version never changes)"),
                                wordWrap=True))
        layout.addWidget(self.versions_table)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(discharge)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.fill_button.clicked.connect(self.fill_from_record)
        self.save_button.clicked.connect(lambda: self.save_draft())
        self.sign_button.clicked.connect(lambda: self.sign())
        self.amend_button.clicked.connect(lambda: self.amend())
        self.preview_button.clicked.connect(lambda: self.preview())
        self.discharge_button.clicked.connect(lambda: self.discharge())
        # Keyboard: Tab leaves a summary field (no tab typed into it); Return on a focused button presses it.
        for editor in self.editors.values():
            editor.setTabChangesFocus(True)
        return_presses((self.fill_button, self.save_button, self.sign_button, self.amend_button,
                        self.preview_button, self.discharge_button))
        # Return in the discharge note goes to the discharge button (a second Return discharges): a discharge is
        # not something one Return typed into a note should do.
        on_return(self.discharge_note, self.discharge_button.setFocus)
        self.preview_dialog: PrintPreviewDialog | None = None
        self.setEnabled(False)

    # -- state --------------------------------------------------------------------------------------
    @property
    def draft(self) -> dict | None:
        return self.versions[0] if self.versions and self.versions[0]["status"] == "draft" else None

    @property
    def latest_signed(self) -> dict | None:
        return next((v for v in self.versions if v["status"] == "signed"), None)

    def show_admission(self, patient: queries.WardPatient) -> None:
        self.patient = patient
        self.setEnabled(True)
        set_message(self.message, "")
        self.reload()

    def reload(self) -> None:
        patient = self.patient
        if patient is None:
            return
        self.ops.run_query(None, lambda s: queries.summaries(s, patient.admission_id), self._show,
                           on_error=self._error)

    def _show(self, versions: list[dict]) -> None:
        self.versions = versions
        fill_table(self.versions_table, [(number_text(v["version"]), summary_status_label(v["status"]), v["author"],
                                          v["signed_by"] or "",
                                          datetime_text(local(v["signed_at"])) if v["signed_at"] else "",
                                          v["amend_reason"] or "") for v in versions])
        shown = versions[0] if versions else None
        for key, editor in self.editors.items():
            editor.setPlainText(shown[key] if shown else "")
        if not shown:
            state = self.tr("No summary yet: fill it from the record or write it, then save the draft.")
        elif shown["status"] == "draft":
            state = self.tr("Version {version} is a draft.").format(version=number_text(shown["version"]))
        else:
            state = self.tr("Version {version} is signed.").format(version=number_text(shown["version"]))
        self.state.setText(state)
        editable = shown is None or shown["status"] == "draft"
        for editor in self.editors.values():
            editor.setReadOnly(False)
        self.save_button.setEnabled(editable)
        self.sign_button.setEnabled(editable)
        self.amend_button.setEnabled(shown is not None and shown["status"] == "signed")
        self.preview_button.setEnabled(shown is not None)

    def fields(self) -> dict[str, str]:
        return {key: editor.toPlainText().strip() for key, editor in self.editors.items()}

    # -- actions ------------------------------------------------------------------------------------
    def fill_from_record(self) -> None:
        patient = self.patient
        if patient is None:
            return

        def shown(suggestion: dict[str, str]) -> None:
            for key, value in suggestion.items():
                if value and not self.editors[key].toPlainText().strip():
                    self.editors[key].setPlainText(value)

        self.ops.run_query(None, lambda s: queries.summary_suggestion(s, patient.patient_id, patient.encounter_id),
                           shown, on_error=self._error)

    def save_draft(self, then=None) -> None:  # noqa: ANN001
        patient = self.patient
        if patient is None:
            return
        fields = self.fields()
        draft_id = self.draft["id"] if self.draft else None
        self.ops.run_change(self, lambda s: queries.save_summary(s, patient.admission_id, draft_id, fields),
                            lambda sid: (set_message(self.message, self.tr("Draft saved.")), self.reload(),
                                         then and then(sid)),
                            noun=Change.DISCHARGE_SUMMARY, on_error=self._error)

    def sign(self) -> None:
        """Save what is on screen into the draft and sign it, in one transaction."""
        patient = self.patient
        if patient is None:
            return
        fields = self.fields()
        draft_id = self.draft["id"] if self.draft else None

        def work(session):  # noqa: ANN001, ANN202
            sid = queries.save_summary(session, patient.admission_id, draft_id, fields)
            queries.sign_summary(session, sid)
            return sid

        self.ops.run_change(self, work, lambda _sid: (set_message(self.message, self.tr("Discharge summary signed.")),
                                                      self.reload()),
                            noun=Change.DISCHARGE_SUMMARY, on_error=self._error)

    def amend(self, reason: str | None = None) -> None:
        patient, signed = self.patient, self.latest_signed
        if patient is None or signed is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Amend the discharge summary"),
                                              self.tr("Why does the signed summary need a new version?"))
            if not ok:
                return
        fields = self.fields()
        self.ops.run_change(self, lambda s: queries.amend_summary(s, patient.admission_id, signed["id"], reason,
                                                                  fields),
                            lambda _sid: (set_message(self.message, self.tr("New draft version: edit it, then sign it.")),
                                          self.reload()),
                            noun=Change.DISCHARGE_SUMMARY, on_error=self._error)

    def preview(self, show: bool = True) -> None:
        if not self.versions:
            return
        summary_id = self.versions[0]["id"]

        def build(session):  # noqa: ANN001, ANN202
            doc = queries.summary_document(session, summary_id)
            return doc, discharge_summary_pdf(doc)

        def shown(result) -> None:  # noqa: ANN001
            doc, pdf = result
            self.preview_dialog = PrintPreviewDialog(pdf, self.tr("discharge summary v{version}").format(
                                                         version=doc["version"]),
                                                     f"discharge-summary-{doc['mrn']}-v{doc['version']}.pdf", self)
            if show:
                self.preview_dialog.open()

        self.ops.run_query(self, build, shown, on_error=self._error)

    def discharge(self) -> None:
        patient = self.patient
        if patient is None:
            return
        disposition, note = self.disposition.currentData(), self.discharge_note.text().strip()
        outcome = self.disposition.currentText().lower()

        def done(days: int) -> None:
            set_message(self.message, DischargePanel.tr(
                "{patient} discharged ({outcome}); bed {bed} goes to cleaning; %Ln more bed-day(s) charged.", "",
                days).format(
                patient=patient.patient_name, outcome=outcome, bed=patient.bed_label))
        self.ops.run_change(self, lambda s: queries.discharge(s, patient.admission_id, disposition, note), done,
                            noun=Change.ADMISSION, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        set_message(self.message, error.message, refused=True)  # a refusal is red


class InpatientsWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.table = make_table([self.tr(c) for c in COLUMNS], "myInpatients", single=True)
        self.board = BedBoard(ops, can_admit=True, can_transfer=True, can_housekeep=False)
        # The stay's panes are built on first show (the encounter view starts queries and a timer of its own).
        self.encounter: EncounterView | None = None
        self.panel: PatientPanel | None = None
        self.discharge: DischargePanel | None = None
        self.message = QLabel(objectName="inpatientsMessage", wordWrap=True)
        left = QTabWidget(objectName="inpatientsLeft")
        mine = QWidget()
        ml = QVBoxLayout(mine)
        ml.addWidget(QLabel(self.tr("My inpatients (double-click the bed on the board to open any of your stays)"),
                            wordWrap=True))
        ml.addWidget(self.table, 1)
        ml.addWidget(self.message)
        left.addTab(mine, self.tr("My inpatients"))
        left.addTab(self.board, self.tr("Bed board / admit"))
        self.left = left
        self.right = QTabWidget(objectName="inpatientRight")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.right)
        split.setSizes([560, 760])
        QVBoxLayout(self).addWidget(split)
        self.patients: list[queries.WardPatient] = []
        self.table.itemSelectionChanged.connect(self._selected)
        self.board.admission_chosen.connect(self.open_admission)
        ops.changed.connect(lambda noun: noun in (Change.ADMISSION, Change.BED) and self._started and self.refresh())
        self._started = False

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if not self._started:  # load on first show: a login's hidden workspaces cost nothing
            self._started = True
            self.refresh()
            # The three panes of a stay cost 20-60 ms each: one per turn of the event loop, not all in this one.
            for build in (self._build_record, self._build_observations, self._build_discharge):
                idle.later(self, build)

    def _build_record(self) -> None:
        if self.encounter is None:
            self.encounter = EncounterView(self.ops)
            self.right.insertTab(0, self.encounter, self.tr("Record"))
            self.right.setCurrentIndex(0)

    def _build_observations(self) -> None:
        if self.panel is None:
            self._build_record()
            self.panel = PatientPanel(self.ops, nurse=False)
            self.right.insertTab(1, self.panel, self.tr("Observations"))

    def _build_discharge(self) -> None:
        if self.discharge is None:
            self._build_observations()
            self.discharge = DischargePanel(self.ops)
            self.right.addTab(self.discharge, self.tr("Discharge"))

    def refresh(self) -> None:
        identity = self.ops.db.identity
        if identity is None:
            return
        self.ops.run_query(None, lambda s: queries.my_inpatients(s, identity.staff_id),
                           self._show, on_error=self._error, latest=True)

    def _show(self, patients: list[queries.WardPatient]) -> None:
        self.patients = patients
        self.table.blockSignals(True)
        fill_table(self.table, [(p.ward_code, p.bed_label, p.patient_name, p.mrn, number_text(stay_day(p)),
                                 p.attending, p.reason) for p in patients])
        self.table.blockSignals(False)
        count = len(patients)
        set_message(self.message, InpatientsWorkspace.tr("%Ln inpatient(s).", "", count))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.patients):
            self.show_stay(self.patients[rows[0].row()])

    def show_stay(self, patient: queries.WardPatient) -> None:
        self._build_discharge()  # and the panes before it, if the user chose a stay before they were built
        self.encounter.open_encounter(patient.encounter_id)
        self.panel.show_patient(patient)
        self.discharge.show_admission(patient)

    def open_admission(self, admission_id: int) -> None:
        def shown(patient: queries.WardPatient | None) -> None:
            if patient is None:
                set_message(self.message, self.tr("That stay is not one you may open."), refused=True)
                return
            self.left.setCurrentIndex(0)
            self.show_stay(patient)

        self.ops.run_query(None, lambda s: queries.admission_of(s, admission_id), shown, on_error=self._error)

    def select_patient(self, mrn: str) -> bool:
        for i, p in enumerate(self.patients):
            if p.mrn == mrn:
                select_row(self.table, i)
                return True
        return False

    def _error(self, error: KnownError) -> None:
        set_message(self.message, error.message, refused=True)  # a refusal is red
