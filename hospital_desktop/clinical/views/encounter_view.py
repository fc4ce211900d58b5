"""One encounter on the doctor's screen: SOAP note, vital signs, allergies, ICD-10 diagnoses, the problem list,
the patient's timeline with amendments, and closing the encounter (which makes its charge in the database)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QFrame, QHBoxLayout, QInputDialog, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.clock import local
from ...core.ops import Operations
from ...i18n.formats import date_text, datetime_text
from ...registry import queries as registry
from ...widgets.patient_banner import PatientBanner
from ...widgets.safety import WARNING, WARNING_BG
from ...widgets.tables import fill_table, make_table
from .. import queries
from ..queries import SOAP_SECTIONS
from .labels import (ALLERGY_CATEGORIES, ALLERGY_SEVERITIES, ALLERGY_STATUSES, DIAGNOSIS_CERTAINTIES,
                     DIAGNOSIS_RANKS, DIAGNOSIS_STATUSES, ENCOUNTER_STATUSES, NOTE_KINDS, VITAL_STATUSES, label, measured,
                     unit_label, vital_label)

SEVERITIES = ("mild", "moderate", "severe", "life_threatening")
CATEGORIES = ("drug", "food", "environment", "other")
# The SOAP sections' headings on screen (the note's text keeps its "S:", "O:", "A:", "P:" lines).
SOAP_LABELS = {"S": QT_TRANSLATE_NOOP("EncounterView", "Subjective"),
               "O": QT_TRANSLATE_NOOP("EncounterView", "Objective"),
               "A": QT_TRANSLATE_NOOP("EncounterView", "Assessment"),
               "P": QT_TRANSLATE_NOOP("EncounterView", "Plan")}


_table = make_table
_fill = fill_table


class EncounterView(QWidget):
    closed = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.encounter: queries.EncounterInfo | None = None
        self.patient: registry.PatientRow | None = None
        self.notes: list[queries.NoteRow] = []
        self.vital_kinds: list[dict] = []
        self.banner = PatientBanner()
        self.header = QLabel(objectName="encounterHeader")
        self.allergy_status: str | None = None
        self.allergy_prompt = self._allergy_prompt()
        # Each tab has an Alt+letter mnemonic and the field a keyboard user starts in (focused on switching).
        self.tabs = QTabWidget(objectName="encounterTabs")
        self.tabs.addTab(self._note_tab(), self.tr("&Note (SOAP)"))
        self.tabs.addTab(self._vitals_tab(), self.tr("&Vital signs"))
        self.tabs.addTab(self._allergy_tab(), self.tr("&Allergies"))
        self.tabs.addTab(self._diagnosis_tab(), self.tr("&Diagnoses"))
        self.tabs.addTab(self._problem_tab(), self.tr("&Problem list"))
        self.tabs.addTab(self._timeline_tab(), self.tr("&Timeline"))
        self.tabs.addTab(self._orders_tab(), self.tr("&Orders"))
        self._first_fields = [self.soap["S"], self.vital_kind, self.allergy_substance, self.dx_search,
                              self.problem_search, self.timeline, self.lab_orders.test_box]
        self.tabs.currentChanged.connect(self._tab_changed)
        self.close_button = QPushButton(self.tr("C&lose encounter"), objectName="closeEncounter")
        self.message = QLabel(objectName="encounterMessage", wordWrap=True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.header)
        layout.addWidget(self.allergy_prompt)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self.close_button.clicked.connect(self.close_encounter)
        # Return on a focused button presses it (a QWidget's buttons are not auto-default as in a dialog). Only this
        # view's own buttons: the lab and prescription panels decide for theirs.
        for button in (self.save_note_button, self.vital_button, self.allergy_button, self.nka_button,
                       self.prompt_record, self.prompt_nka, self.dx_primary, self.dx_secondary, self.problem_button,
                       self.amend_button, self.close_button):
            button.setAutoDefault(True)
        ops.run_query(None, queries.vital_kinds, self._set_vital_kinds, on_error=lambda e: None)
        ops.run_query(None, queries.allergy_substances, self._set_substances, on_error=lambda e: None)
        self.setEnabled(False)

    # -- building the tabs ------------------------------------------------------------------------
    def _note_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.soap: dict[str, QPlainTextEdit] = {}
        for key, english in SOAP_SECTIONS:
            heading = QCoreApplication.translate("EncounterView", SOAP_LABELS.get(key, english))
            edit = QPlainTextEdit(objectName=f"soap_{key}")
            edit.setPlaceholderText(heading)
            edit.setMinimumHeight(60)
            edit.setTabChangesFocus(True)  # Tab / Shift+Tab go to the next / previous section, never a tab character
            self.soap[key] = edit
            form.addRow(heading, edit)
        self.save_note_button = QPushButton(self.tr("Save note"), objectName="saveNote")
        self.save_note_button.clicked.connect(self.save_note)
        form.addRow("", self.save_note_button)
        return tab

    def _vitals_tab(self) -> QWidget:
        tab = QWidget()
        self.vital_kind = QComboBox(objectName="vitalKind")
        self.vital_value = QDoubleSpinBox(objectName="vitalValue")
        self.vital_value.setDecimals(1)
        self.vital_unit = QLabel()
        self.vital_button = QPushButton(self.tr("Record"), objectName="recordVital")
        row = QHBoxLayout()
        for w in (self.vital_kind, self.vital_value, self.vital_unit, self.vital_button):
            row.addWidget(w)
        row.addStretch(1)
        self.vitals_table = _table([self.tr("When"), self.tr("Sign"), self.tr("Value"), self.tr("Unit"), self.tr("State")],
                                   "vitalsTable")
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.vitals_table)
        self.vital_kind.currentIndexChanged.connect(self._vital_kind_changed)
        self.vital_button.clicked.connect(self.record_vital)
        return tab

    def _allergy_tab(self) -> QWidget:
        tab = QWidget()
        # Every field starts empty: no substance, category or severity is chosen for the clinician.
        self.allergy_substance = QComboBox(objectName="allergySubstance")
        self.allergy_substance.setEditable(True)
        self.allergy_substance.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.allergy_substance.lineEdit().setPlaceholderText(self.tr("Choose substance…"))
        self.allergy_substance.setMinimumContentsLength(18)
        self.allergy_category = QComboBox(objectName="allergyCategory")
        for code in CATEGORIES:
            self.allergy_category.addItem(label(ALLERGY_CATEGORIES, code), code)
        self.allergy_category.setPlaceholderText(self.tr("Category…"))
        self.allergy_category.setCurrentIndex(-1)
        self.allergy_reaction = QLineEdit(objectName="allergyReaction")
        self.allergy_reaction.setPlaceholderText(self.tr("reaction, e.g. hives"))
        self.allergy_severity = QComboBox(objectName="allergySeverity")
        for code in SEVERITIES:
            self.allergy_severity.addItem(label(ALLERGY_SEVERITIES, code), code)
        self.allergy_severity.setPlaceholderText(self.tr("Severity (if known)"))
        self.allergy_severity.setCurrentIndex(-1)
        self.allergy_button = QPushButton(self.tr("Add allergy"), objectName="addAllergy")
        self.nka_button = QPushButton(self.tr("No known allergies"), objectName="noKnownAllergies")
        self.nka_button.setToolTip(self.tr("The patient (or someone for them) says there are no known allergies: "
                                           "recorded with your name and the time"))
        row = QHBoxLayout()
        for w, stretch in ((self.allergy_substance, 3), (self.allergy_category, 0), (self.allergy_reaction, 2),
                           (self.allergy_severity, 0), (self.allergy_button, 0)):
            row.addWidget(w, stretch)
        nka_row = QHBoxLayout()
        nka_row.addWidget(QLabel(self.tr("Asked, and the patient knows of none:")))
        nka_row.addWidget(self.nka_button)
        nka_row.addStretch(1)
        self.allergy_table = _table([self.tr("Substance"), self.tr("Code"), self.tr("Category"), self.tr("Reaction"),
                                     self.tr("Severity"), self.tr("State")], "allergyTable")
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addLayout(nka_row)
        layout.addWidget(self.allergy_table)
        self.allergy_substance.currentIndexChanged.connect(self._substance_chosen)
        self.allergy_button.clicked.connect(self.add_allergy)
        self.nka_button.clicked.connect(self.record_no_known_allergies)
        return tab

    def _allergy_prompt(self) -> QFrame:
        """Shown while nobody has asked about allergies: the doctor is asked, nothing is assumed."""
        frame = QFrame(objectName="allergyPrompt")
        frame.setStyleSheet(f"#allergyPrompt {{ background: {WARNING_BG}; border: 2px solid {WARNING};"
                            f" border-radius: 4px; }} #allergyPrompt QLabel {{ color: {WARNING}; font-weight: 600; }}")
        label = QLabel(self.tr("Allergies not yet asked — record allergies or 'No known allergies'"), wordWrap=True)
        self.prompt_record = QPushButton(self.tr("Record allergies…"), objectName="promptRecordAllergies")
        self.prompt_nka = QPushButton(self.tr("No known allergies"), objectName="promptNoKnownAllergies")
        row = QHBoxLayout(frame)
        row.addWidget(label, 1)
        row.addWidget(self.prompt_record)
        row.addWidget(self.prompt_nka)
        self.prompt_record.clicked.connect(lambda: self.tabs.setCurrentIndex(2))
        self.prompt_nka.clicked.connect(self.record_no_known_allergies)
        frame.hide()
        return frame

    def _icd_search(self, name: str) -> tuple[QLineEdit, QListWidget]:
        box = QLineEdit(objectName=f"{name}Search")
        box.setPlaceholderText(self.tr("Search ICD-10 by code or words, e.g. J06 or 'hypertension'"))
        results = QListWidget(objectName=f"{name}Results")
        timer = QTimer(self, singleShot=True, interval=250)
        timer.timeout.connect(lambda: self._search_icd(box.text(), results))
        box.textEdited.connect(lambda _t: timer.start())
        box.returnPressed.connect(lambda: self._search_icd(box.text(), results))
        return box, results

    def _diagnosis_tab(self) -> QWidget:
        tab = QWidget()
        self.dx_search, self.dx_results = self._icd_search("dx")
        self.dx_primary = QPushButton(self.tr("Add as primary"), objectName="addPrimary")
        self.dx_secondary = QPushButton(self.tr("Add as secondary"), objectName="addSecondary")
        self.dx_table = _table([self.tr("Code"), self.tr("Diagnosis"), self.tr("Rank"), self.tr("Certainty"), self.tr("State"),
                                self.tr("Encounter")], "diagnosisTable")
        buttons = QHBoxLayout()
        buttons.addWidget(self.dx_primary)
        buttons.addWidget(self.dx_secondary)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.dx_search)
        layout.addWidget(self.dx_results, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.dx_table, 1)
        self.dx_primary.clicked.connect(lambda: self.add_diagnosis("primary"))
        self.dx_secondary.clicked.connect(lambda: self.add_diagnosis("secondary"))
        return tab

    def _problem_tab(self) -> QWidget:
        tab = QWidget()
        self.problem_search, self.problem_results = self._icd_search("problem")
        self.problem_button = QPushButton(self.tr("Add to problem list"), objectName="addProblem")
        self.problem_table = _table([self.tr("Code"), self.tr("Problem"), self.tr("Onset"), self.tr("State"), self.tr("Noted")],
                                    "problemTable")
        layout = QVBoxLayout(tab)
        layout.addWidget(self.problem_search)
        layout.addWidget(self.problem_results, 1)
        layout.addWidget(self.problem_button)
        layout.addWidget(self.problem_table, 1)
        self.problem_button.clicked.connect(self.add_problem)
        return tab

    def _timeline_tab(self) -> QWidget:
        tab = QWidget()
        self.timeline = _table([self.tr("When"), self.tr("Encounter"), self.tr("Kind"), self.tr("Author"), self.tr("Note")],
                               "timelineTable")
        self.timeline.setWordWrap(True)
        self.amend_button = QPushButton(self.tr("Amend selected note…"), objectName="amendNote")
        layout = QVBoxLayout(tab)
        layout.addWidget(self.timeline, 1)
        layout.addWidget(self.amend_button, alignment=Qt.AlignmentFlag.AlignTrailing)
        self.amend_button.clicked.connect(lambda: self.amend_selected())
        return tab

    def _orders_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self._lab_orders_box(), 1)
        layout.addWidget(self._prescriptions_box(), 1)
        return tab

    def _lab_orders_box(self) -> QWidget:
        from ...lab.views.orders_panel import LabOrdersPanel
        self.lab_orders = LabOrdersPanel(self.ops)
        return self.lab_orders

    def _prescriptions_box(self) -> QWidget:
        from ...pharmacy.views.prescriptions_panel import PrescriptionsPanel
        self.prescriptions = PrescriptionsPanel(self.ops, lambda: (self.encounter, self.patient))
        return self.prescriptions

    def _tab_changed(self, index: int) -> None:
        field = self._first_fields[index] if 0 <= index < len(self._first_fields) else None
        if field is not None and field.isEnabled():
            field.setFocus()

    def _substance_chosen(self, index: int) -> None:
        """A coded substance has its own category: show it (the database stores the substance's)."""
        data = self.allergy_substance.itemData(index) if index >= 0 else None
        if data:
            self.allergy_category.setCurrentIndex(self.allergy_category.findData(data["category"]))

    # -- loading ----------------------------------------------------------------------------------
    def open_encounter(self, encounter_id: int) -> None:
        def load(session):  # noqa: ANN001, ANN202
            enc = queries.encounter(session, encounter_id)
            if enc is None:
                return None
            patient = registry.open_chart(session, enc.patient_id, "clinic: consultation")
            return enc, patient, self._record(session, enc.patient_id)
        self.ops.run_query(self, load, self._loaded, on_error=self._error)

    @staticmethod
    def _record(session, patient_id: int) -> dict:  # noqa: ANN001
        return {"allergies": queries.active_allergies(session, patient_id),
                "allergy_rows": queries.allergies(session, patient_id),
                "vitals": queries.vitals(session, patient_id), "notes": queries.notes(session, patient_id),
                "diagnoses": queries.diagnoses(session, patient_id), "problems": queries.problems(session, patient_id),
                "encounters": queries.encounters(session, patient_id)}

    def _loaded(self, result) -> None:  # noqa: ANN001
        if result is None:
            self.message.setText(self.tr("This encounter is not visible to you."))
            return
        self.encounter, self.patient, record = result
        self.setEnabled(True)
        for edit in self.soap.values():
            edit.clear()
        self._reset_allergy_entry()
        self._show_record(record)
        if self.encounter.status == "open":
            self.tabs.setCurrentIndex(0)
            self.soap["S"].setFocus()  # the keyboard path starts in the note

    def reload(self) -> None:
        if self.encounter is None:
            return
        enc_id, pid = self.encounter.id, self.encounter.patient_id
        self.ops.run_query(None, lambda s: (queries.encounter(s, enc_id), self._record(s, pid)),
                           lambda r: (setattr(self, "encounter", r[0]), self._show_record(r[1])), on_error=self._error)

    def _show_record(self, record: dict) -> None:
        enc = self.encounter
        assert enc is not None and self.patient is not None
        self.banner.show_patient(self.patient, record["allergies"])
        self.allergy_status = getattr(record["allergies"], "status", None)
        header = (self.tr("<b>Encounter #{id}</b> · {department} · {clinician} · started {started} · <b>{status}</b>"
                          " · video visit") if enc.kind == "telemedicine" else
                  self.tr("<b>Encounter #{id}</b> · {department} · {clinician} · started {started} · <b>{status}</b>"))
        self.header.setText(header.format(id=enc.id, department=enc.department, clinician=enc.clinician,
                                          started=datetime_text(local(enc.started_at)),
                                          status=label(ENCOUNTER_STATUSES, enc.status)))
        is_open = enc.status == "open"
        self.lab_orders.set_encounter(enc.id, is_open)
        for w in (self.save_note_button, self.vital_button, self.dx_primary, self.dx_secondary, self.close_button):
            w.setEnabled(is_open)
        # Asked at the encounter, never assumed; "no known allergies" only while none is active (the DB refuses).
        self.allergy_prompt.setVisible(is_open and self.allergy_status == "unknown")
        self.nka_button.setEnabled(self.allergy_status in ("unknown", "no_known_allergies") and not record["allergies"])
        catalog = {k["code"]: k["label"] for k in self.vital_kinds}
        _fill(self.vitals_table, [(datetime_text(local(v["measured_at"])), vital_label(v["kind"], catalog.get(v["kind"])),
                                   measured(v["value"]), unit_label(v["unit"]),
                                   label(VITAL_STATUSES, v.get("status"))) for v in record["vitals"]])
        _fill(self.allergy_table, [(a["substance"], a["substance_code"], label(ALLERGY_CATEGORIES, a["category"]),
                                    a["reaction"], label(ALLERGY_SEVERITIES, a["severity"]),
                                    label(ALLERGY_STATUSES, a["status"])) for a in record["allergy_rows"]])
        _fill(self.dx_table, [(d["icd10_code"], d["title"], label(DIAGNOSIS_RANKS, d["rank"]),
                               label(DIAGNOSIS_CERTAINTIES, d["certainty"]), label(DIAGNOSIS_STATUSES, d["status"]),
                               d["encounter_id"]) for d in record["diagnoses"]])
        _fill(self.problem_table, [(p["icd10_code"], p["title"], date_text(p["onset"]),
                                    label(DIAGNOSIS_STATUSES, p["status"]), date_text(local(p["noted_at"])))
                                   for p in record["problems"]])
        self.notes = record["notes"]
        _fill(self.timeline, [(datetime_text(local(n.created_at)), n.encounter_id, self._note_kind(n), n.author,
                               n.body) for n in self.notes])
        self.timeline.resizeRowsToContents()

    def _note_kind(self, note: queries.NoteRow) -> str:
        kind = label(NOTE_KINDS, note.kind)
        if note.amends_id:
            kind = self.tr("{kind} of note {note}: {reason}").format(kind=kind, note=note.amends_id,
                                                                     reason=note.amend_reason or "")
        return self.tr("{kind} (remote)").format(kind=kind) if note.remote else kind

    def _set_vital_kinds(self, kinds: list[dict]) -> None:
        self.vital_kinds = kinds
        self.vital_kind.clear()
        for k in kinds:
            self.vital_kind.addItem(vital_label(k["code"], k["label"]), k["code"])
        self._vital_kind_changed()

    def _vital_kind_changed(self) -> None:
        index = self.vital_kind.currentIndex()
        if 0 <= index < len(self.vital_kinds):
            k = self.vital_kinds[index]
            self.vital_unit.setText(self.tr("{unit}  (plausible {low}–{high})").format(
                unit=unit_label(k["unit"]), low=measured(k["min_value"]), high=measured(k["max_value"])))
            self.vital_value.setRange(-1000, 10000)  # the database says what is plausible

    def _set_substances(self, rows: list[dict]) -> None:
        self.allergy_substance.clear()
        for r in rows:
            self.allergy_substance.addItem(r["name"], r)
        self._reset_allergy_entry()

    def _reset_allergy_entry(self) -> None:
        for combo in (self.allergy_substance, self.allergy_category, self.allergy_severity):
            combo.setCurrentIndex(-1)
        self.allergy_substance.clearEditText()
        self.allergy_reaction.clear()

    # -- actions ----------------------------------------------------------------------------------
    def _change(self, fn, done_message: str) -> None:  # noqa: ANN001
        self.ops.run_change(self, fn, lambda _: (self.message.setText(done_message), self.reload()),
                            noun=Change.ENCOUNTER, on_error=self._error)

    def save_note(self) -> None:
        enc = self.encounter
        body = queries.soap_body({k: e.toPlainText() for k, e in self.soap.items()})
        if enc is None or not body:
            self.message.setText(self.tr("Write the note first."))
            return
        remote = enc.kind == "telemedicine"

        def save(session):  # noqa: ANN001, ANN202
            return queries.save_note(session, enc.id, enc.patient_id, body, remote=remote)
        self._change(save, self.tr("Note saved."))
        for edit in self.soap.values():
            edit.clear()

    def record_vital(self) -> None:
        enc, index = self.encounter, self.vital_kind.currentIndex()
        if enc is None or not 0 <= index < len(self.vital_kinds):
            return
        kind, value = self.vital_kinds[index], self.vital_value.value()
        self._change(lambda s: queries.add_vital(s, enc.id, enc.patient_id, kind["code"], value, kind["unit"]),
                     self.tr("{sign} {value} {unit} recorded.").format(
                         sign=vital_label(kind["code"], kind["label"]), value=measured(value),
                         unit=unit_label(kind["unit"])))

    def add_allergy(self) -> None:
        if self.patient is None:
            return
        name = self.allergy_substance.currentText().strip()
        index = self.allergy_substance.findText(name)
        data = self.allergy_substance.itemData(index) if index >= 0 else None
        code = data["code"] if data else None
        if not name:
            self.message.setText(self.tr("Choose or type the substance."))
            return
        # A coded substance brings its category (None lets the database take it); an uncoded one needs the
        # clinician's, and the database says so when it is missing. Severity None: not known.
        pid = self.patient.id
        cat = None if code else self.allergy_category.currentData()
        reaction, severity = self.allergy_reaction.text().strip(), self.allergy_severity.currentData()

        def added(_):  # noqa: ANN001, ANN202
            self.message.setText(self.tr("Allergy to {substance} recorded.").format(substance=name))
            self._reset_allergy_entry()
            self.reload()
        self.ops.run_change(self, lambda s: queries.add_allergy(s, pid, name, code, cat, reaction, severity), added,
                            noun=Change.ENCOUNTER, on_error=self._error)

    def record_no_known_allergies(self) -> None:
        if self.patient is None:
            return
        pid = self.patient.id
        self._change(lambda s: queries.record_no_known_allergies(s, pid), self.tr("No known allergies recorded."))

    def _search_icd(self, text: str, results: QListWidget) -> None:
        self.ops.run_query(None, lambda s: queries.search_icd10(s, text),
                           lambda rows: self._show_icd(results, rows), on_error=self._error)

    @staticmethod
    def _show_icd(results: QListWidget, rows: list[dict]) -> None:
        results.clear()
        for r in rows:
            item = QListWidgetItem(f"{r['code']}  {r['title']}")
            item.setData(Qt.ItemDataRole.UserRole, r["code"])
            results.addItem(item)
        if rows:
            results.setCurrentRow(0)

    @staticmethod
    def _chosen_code(results: QListWidget) -> str | None:
        item = results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_diagnosis(self, rank: str) -> None:
        enc, code = self.encounter, self._chosen_code(self.dx_results)
        if enc is None or code is None:
            self.message.setText(self.tr("Search and select a diagnosis first."))
            return
        self._change(lambda s: queries.add_diagnosis(s, enc.id, enc.patient_id, code, rank),
                     (self.tr("{code} added as primary diagnosis.") if rank == "primary"
                      else self.tr("{code} added as secondary diagnosis.")).format(code=code))

    def add_problem(self) -> None:
        code = self._chosen_code(self.problem_results)
        if self.patient is None or code is None:
            self.message.setText(self.tr("Search and select a problem first."))
            return
        pid = self.patient.id
        self._change(lambda s: queries.add_problem(s, pid, code), self.tr("{code} added to the problem list.").format(code=code))

    def amend_selected(self, body: str | None = None, reason: str | None = None) -> None:
        rows = self.timeline.selectionModel().selectedRows()
        if not rows or self.patient is None:
            self.message.setText(self.tr("Select the note to amend in the timeline."))
            return
        note = self.notes[rows[0].row()]
        if body is None:
            body, ok = QInputDialog.getMultiLineText(self, self.tr("Amend note"), self.tr("Corrected text:"),
                                                     note.body)
            if not ok:
                return
            reason, ok = QInputDialog.getText(self, self.tr("Amend note"), self.tr("Reason for the amendment:"))
            if not ok:
                return
        pid = self.patient.id
        self._change(lambda s: queries.amend_note(s, note, pid, body, reason or ""), self.tr("Amendment saved."))

    def close_encounter(self) -> None:
        enc = self.encounter
        if enc is None:
            return
        self.ops.run_change(self, lambda s: queries.close_encounter(s, enc.id),
                            lambda _: (self.message.setText(self.tr("Encounter closed.")), self.reload(),
                                       self.closed.emit(enc.id)),
                            noun=Change.ENCOUNTER, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
