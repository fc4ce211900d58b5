"""The ward workstation (nurses): the ward's patients, and for the chosen one the banner, observations with
their trend chart, nursing notes, the fluid balance chart and the medication administration record; the bed board (transfers and
housekeeping) and the shift handover list. Opening the ward posts the bed-days due (the census is idempotent)."""
from __future__ import annotations

import math
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSplitter, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core.changes import Change
from ...clinical import queries as clinical
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_text, datetime_text, number_text
from ...registry import queries as registry
from ...widgets.patient_banner import PatientBanner
from ...widgets.safety import DANGER, DANGER_BG, SAFE
from ...widgets.tables import fill_table, make_table
from .. import queries
from ...widgets.tables import select_row
from ...i18n.formats import day_month_time_text
from ..display import (isolated, isolation_label, isolation_mark, note_kind_label,
                       value_text)
from .bed_board import BedBoard
from .fluid_panel import FluidPanel
from ...widgets.keys import next_on_return, return_presses
from .vitals_chart import VitalsChart

# Column titles (translated where the tables are made: ward_columns / handover_columns).
PATIENT_COLUMNS = [QT_TRANSLATE_NOOP("WardWorkspace", "Bed"), QT_TRANSLATE_NOOP("WardWorkspace", "Patient"),
                   QT_TRANSLATE_NOOP("WardWorkspace", "MRN"), QT_TRANSLATE_NOOP("WardWorkspace", "Day"),
                   QT_TRANSLATE_NOOP("WardWorkspace", "Isolation"), QT_TRANSLATE_NOOP("WardWorkspace", "Attending"),
                   QT_TRANSLATE_NOOP("WardWorkspace", "Expected discharge")]
HANDOVER_COLUMNS = [QT_TRANSLATE_NOOP("WardWorkspace", "Bed"), QT_TRANSLATE_NOOP("WardWorkspace", "Patient"),
                    QT_TRANSLATE_NOOP("WardWorkspace", "Day"), QT_TRANSLATE_NOOP("WardWorkspace", "Reason"),
                    QT_TRANSLATE_NOOP("WardWorkspace", "Isolation"),
                    QT_TRANSLATE_NOOP("WardWorkspace", "Expected discharge"),
                    QT_TRANSLATE_NOOP("WardWorkspace", "Latest observations"),
                    QT_TRANSLATE_NOOP("WardWorkspace", "Latest nursing note")]
# kind, label, decimals. Every field starts empty and only what was typed is recorded: a default would be
# recorded as if someone had measured it (issue 14, defect 3). The plausible ranges come from clinical.vital_kind.
# Labels translated where shown (form_label).
OBSERVATIONS = [("temperature", QT_TRANSLATE_NOOP("PatientPanel", "Temperature (°C)"), 1),
                ("heart_rate", QT_TRANSLATE_NOOP("PatientPanel", "Heart rate (/min)"), 0),
                ("systolic_bp", QT_TRANSLATE_NOOP("PatientPanel", "Systolic BP (mmHg)"), 0),
                ("diastolic_bp", QT_TRANSLATE_NOOP("PatientPanel", "Diastolic BP (mmHg)"), 0),
                ("resp_rate", QT_TRANSLATE_NOOP("PatientPanel", "Respiratory rate (/min)"), 0),
                ("spo2", QT_TRANSLATE_NOOP("PatientPanel", "SpO2 (%)"), 0),
                ("pain", QT_TRANSLATE_NOOP("PatientPanel", "Pain score (0-10)"), 0)]
# The names of the signs in messages, as clinical.vital_kind's labels say them in English (that table is reference
# data in one language; the screen says them in the user's); short names for the summary of a recorded set.
VITAL_NAMES = {"temperature": QT_TRANSLATE_NOOP("PatientPanel", "Body temperature"),
               "heart_rate": QT_TRANSLATE_NOOP("PatientPanel", "Heart rate"),
               "systolic_bp": QT_TRANSLATE_NOOP("PatientPanel", "Systolic blood pressure"),
               "diastolic_bp": QT_TRANSLATE_NOOP("PatientPanel", "Diastolic blood pressure"),
               "resp_rate": QT_TRANSLATE_NOOP("PatientPanel", "Respiratory rate"),
               "spo2": QT_TRANSLATE_NOOP("PatientPanel", "Oxygen saturation (SpO2)"),
               "pain": QT_TRANSLATE_NOOP("PatientPanel", "Pain score (0-10)")}
SHORT_NAMES = {"temperature": QT_TRANSLATE_NOOP("PatientPanel", "Temperature"),
               "heart_rate": QT_TRANSLATE_NOOP("PatientPanel", "Heart rate"),
               "systolic_bp": QT_TRANSLATE_NOOP("PatientPanel", "Systolic BP"),
               "diastolic_bp": QT_TRANSLATE_NOOP("PatientPanel", "Diastolic BP"),
               "resp_rate": QT_TRANSLATE_NOOP("PatientPanel", "Respiratory rate"),
               "spo2": QT_TRANSLATE_NOOP("PatientPanel", "SpO2"),
               "pain": QT_TRANSLATE_NOOP("PatientPanel", "Pain score")}
UNIT_NAMES = {"score": QT_TRANSLATE_NOOP("PatientPanel", "score")}  # the units that are words
INVALID_FIELD = f"QLineEdit {{ border: 2px solid {DANGER}; background: {DANGER_BG}; }}"


def parse_value(text: str) -> float | None:
    """A typed number ("37,5" as well as "37.5"); None for an empty field; ValueError for anything else, "nan" and
    "1e999" (infinity) included."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _tr(text: str) -> str:
    return QCoreApplication.translate("PatientPanel", text)


def form_label(kind: str) -> str:
    return _tr(next(label for k, label, _d in OBSERVATIONS if k == kind))


def vital_name(kind: str, k: queries.VitalKind | None = None) -> str:
    """The sign's name in the user's language (clinical.vital_kind's label for a kind the form does not know)."""
    return _tr(VITAL_NAMES[kind]) if kind in VITAL_NAMES else (k.label if k else kind)


def unit_text(unit: str) -> str:
    return _tr(UNIT_NAMES[unit]) if unit in UNIT_NAMES else isolated(unit)


def ward_columns(columns: list[str]) -> list[str]:
    return [QCoreApplication.translate("WardWorkspace", c) for c in columns]


def check_observations(typed: dict[str, str], kinds: dict[str, queries.VitalKind]
                       ) -> tuple[dict[str, float] | None, tuple[str | None, str] | None]:
    """The ward form's check of one set of typed observations against the plausible ranges (`kinds`, the
    database's own): (values, None), or (None, (the field to correct or None, the message)). Empty fields are left
    out: not measured is not a value."""
    values: dict[str, float] = {}
    for kind, text in typed.items():
        try:
            value = parse_value(text)
        except ValueError:
            return None, (kind, QCoreApplication.translate("PatientPanel", '{field}: "{text}" is not a number.')
                          .format(field=form_label(kind), text=text.strip()[:20]))
        if value is None:
            continue
        k = kinds.get(kind)
        if k is not None and not k.min_value <= value <= k.max_value:
            return None, (kind, QCoreApplication.translate(
                "PatientPanel", "{sign} {value} {unit} is outside the plausible range {low} to {high} {unit}: check "
                "the value.").format(sign=vital_name(kind, k), value=value_text(value), unit=unit_text(k.unit),
                                     low=value_text(k.min_value), high=value_text(k.max_value)))
        values[kind] = value
    if not values:
        return None, (None, QCoreApplication.translate(
            "PatientPanel", "Nothing to record: type the values you measured (empty fields are not recorded)."))
    sys_, dia = values.get("systolic_bp"), values.get("diastolic_bp")
    if sys_ is not None and dia is not None and dia >= sys_:
        return None, ("diastolic_bp", QCoreApplication.translate(
            "PatientPanel", "The diastolic pressure ({diastolic}) must be below the systolic ({systolic}).").format(
                diastolic=value_text(dia), systolic=value_text(sys_)))
    return values, None


def stay_day(patient: queries.WardPatient) -> int:
    from datetime import date
    return (date.today() - local(patient.admitted_at).date()).days + 1


class PatientPanel(QWidget):
    """One admitted patient: banner, observations (nurses record them), trend chart, nursing notes, and the
    medication chart when the pharmacy schema is there."""

    def __init__(self, ops: Operations, *, nurse: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.nurse = nurse
        self.patient: queries.WardPatient | None = None
        self.banner = PatientBanner()
        self.stay = QLabel(objectName="stayLine", wordWrap=True)
        self.tabs = QTabWidget(objectName="patientTabs")
        self.chart = VitalsChart()
        self.inputs: dict[str, QLineEdit] = {}
        self.kinds: dict[str, queries.VitalKind] = {}  # plausible ranges, loaded with the first patient
        obs = QWidget()
        form = QFormLayout()
        for kind, _label, decimals in OBSERVATIONS:
            box = QLineEdit(objectName=f"obs_{kind}")
            # Digits only (one decimal where the sign has one); the range is checked on saving, with a message.
            box.setValidator(QRegularExpressionValidator(QRegularExpression(
                r"\d{0,3}([.,]\d?)?" if decimals else r"\d{0,3}"), box))
            box.setPlaceholderText(self.tr("not measured"))
            box.setMaximumWidth(150)
            box.textChanged.connect(lambda _t, b=box: b.setStyleSheet(""))
            self.inputs[kind] = box
            form.addRow(form_label(kind), box)
        self.record_button = QPushButton(self.tr("Record observations"), objectName="recordObservations")
        self.obs_message = QLabel(objectName="obsMessage", wordWrap=True)
        self.obs_message.setMinimumWidth(220)
        # Every widget has a parent whatever the role (a layout left without one is freed under the widgets it
        # holds); doctors read the chart, the recording form is hidden for them.
        self.obs_form = QWidget(objectName="observationForm")
        left = QVBoxLayout(self.obs_form)
        left.addLayout(form)
        left.addWidget(self.record_button)
        left.addWidget(self.obs_message)
        left.addStretch(1)
        obs_layout = QHBoxLayout(obs)
        obs_layout.addWidget(self.obs_form)
        obs_layout.addWidget(self.chart, 1)
        self.obs_form.setVisible(nurse)
        self.tabs.addTab(obs, self.tr("Observations"))
        notes = QWidget()
        self.notes = make_table([self.tr("When"), self.tr("Author"), self.tr("Note")], "nursingNotes", single=True)
        self.note_text = QPlainTextEdit(objectName="nursingNoteText")
        self.note_text.setPlaceholderText(self.tr("Nursing note for this shift"))
        self.note_text.setMaximumHeight(90)
        self.note_button = QPushButton(self.tr("Save nursing note"), objectName="saveNursingNote")
        self.note_message = QLabel(objectName="noteMessage", wordWrap=True)
        nl = QVBoxLayout(notes)
        nl.addWidget(self.notes, 1)
        nl.addWidget(self.note_text)
        nl.addWidget(self.note_button)
        nl.addWidget(self.note_message)
        self.note_text.setVisible(nurse)
        self.note_button.setVisible(nurse)
        self.tabs.addTab(notes, self.tr("Nursing notes"))
        self.fluids = FluidPanel(ops, can_record=nurse)
        self.tabs.addTab(self.fluids, self.tr("Fluid balance"))
        self.mar = None
        # Insurance: the payer may want this stay (or items of it) pre-authorised; the request goes to billing's
        # outbox and the gateway (billing follows the answer in its Pre-authorisations workspace).
        self.preauth_button = QPushButton(self.tr("Request pre-a&uthorisation…"), objectName="wardPreauth")
        self.preauth_button.setToolTip(self.tr("Ask the patient's insurer to pre-authorise this admission or items "
                                               "of it"))
        self.preauth_message = QLabel(objectName="wardPreauthMessage")
        # In the tabs' corner, not beside the word-wrapped stay line: a wrapped label sharing a row made every
        # relayout measure its height for each width, and opening the record held the screen still over 100 ms.
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 2)
        corner_row.addWidget(self.preauth_message)
        corner_row.addWidget(self.preauth_button)
        self.tabs.setCornerWidget(corner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.stay)
        layout.addWidget(self.tabs, 1)
        self.preauth_button.clicked.connect(lambda: self.request_preauthorization())
        self.record_button.clicked.connect(self.record_observations)
        self.note_button.clicked.connect(self.save_note)
        # Keyboard: Return goes from field to field and, after the last one, to the record button; Return on a
        # focused button presses it. Tab leaves the nursing note instead of typing a tab into it.
        next_on_return(list(self.inputs.values()), self.record_button)
        return_presses((self.record_button, self.note_button))
        self.note_text.setTabChangesFocus(True)
        self.setEnabled(False)
        self._mar_checked = False

    def request_preauthorization(self):  # noqa: ANN201 - PreauthorizationDialog | None
        """The pre-authorisation form for the admitted patient on screen, for this admission."""
        if self.patient is None:
            return None
        from ...billing.views.preauth_dialog import PreauthorizationDialog
        patient = self.patient
        dialog = PreauthorizationDialog(self.ops, (patient.patient_id, f"{patient.patient_name} · {patient.mrn}"),
                                        admission_id=patient.admission_id, parent=self)
        dialog.requested.connect(lambda _id: self._preauth_said(
            self.tr("Pre-authorisation requested: the insurer's answer reaches billing.")))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _preauth_said(self, text: str) -> None:
        self.preauth_message.setStyleSheet(f"color: {SAFE};")
        self.preauth_message.setText(text)

    def _maybe_mar(self, available: bool) -> None:
        if not available:
            return
        from .mar_panel import MarPanel
        self.mar = MarPanel(self.ops, can_record=self.nurse)
        self.tabs.addTab(self.mar, self.tr("Medication chart"))
        if self.patient:
            self.mar.show_admission(self.patient)

    def show_patient(self, patient: queries.WardPatient) -> None:
        if self.patient is None or self.patient.admission_id != patient.admission_id:
            self.preauth_message.setText("")
        self.patient = patient
        self.setEnabled(True)
        if not self._mar_checked:
            self._mar_checked = True
            self.ops.run_query(None, queries.mar_available, self._maybe_mar)
            self.ops.run_query(None, queries.vital_kinds, self._set_kinds, on_error=lambda _e: None)
        iso = isolation_mark(patient.isolation)
        self.stay.setText(self.tr(
            "Bed {bed} · admitted {admitted} (day {day}) · attending {attending} · {reason}").format(
            bed=patient.bed_label, admitted=datetime_text(local(patient.admitted_at)),
            day=number_text(stay_day(patient)), attending=patient.attending, reason=patient.reason)
                          + (f" · ⚠ {iso}" if iso else ""))

        def load(session):  # noqa: ANN001, ANN202
            person = registry.open_chart(session, patient.patient_id, "ward care")
            return {"patient": person, "allergies": clinical.active_allergies(session, patient.patient_id),
                    "series": queries.vital_series(session, patient.patient_id,
                                                   patient.admitted_at - timedelta(hours=1)),
                    "notes": queries.nursing_notes(session, patient.patient_id, patient.encounter_id)}

        self.ops.run_query(None, load, self._show, on_error=self._error, latest=True)
        self.fluids.show_admission(patient)
        if self.mar is not None:
            self.mar.show_admission(patient)

    def _show(self, record: dict) -> None:
        if record["patient"] is not None:
            self.banner.show_patient(record["patient"], record["allergies"])
        self.chart.set_series(record["series"])
        fill_table(self.notes, [(day_month_time_text(local(n["created_at"])), n["author"],
                                 ("[" + note_kind_label(n["kind"]) + "] " if n["kind"] != "nursing" else "")
                                 + n["body"])
                                for n in record["notes"]])

    def reload(self) -> None:
        if self.patient is not None:
            self.show_patient(self.patient)

    def _set_kinds(self, kinds: dict[str, queries.VitalKind]) -> None:
        self.kinds = kinds
        self.chart.set_bands({code: (k.alert_low, k.alert_high) for code, k in kinds.items()})
        for kind, box in self.inputs.items():
            k = kinds.get(kind)
            if k is not None:
                box.setToolTip(self.tr("{sign}: {low} to {high} {unit}; leave empty if not measured").format(
                    sign=vital_name(kind, k), low=value_text(k.min_value), high=value_text(k.max_value),
                    unit=unit_text(k.unit)))

    def _say(self, text: str, *, refused: bool) -> None:
        """Refusals in red; a done recording in green (it only ever means "done")."""
        self.obs_message.setStyleSheet(f"color: {DANGER if refused else SAFE}; font-weight: 600;")
        self.obs_message.setText(text)

    def _refuse_field(self, box: QLineEdit, text: str) -> None:
        box.setStyleSheet(INVALID_FIELD)
        box.setFocus()
        box.selectAll()
        self._say(self.tr("{problem} Nothing was recorded.").format(problem=text), refused=True)

    def typed_observations(self) -> dict[str, float] | None:
        """The values a person typed, checked (check_observations); None, with the message, when one is wrong or
        nothing was typed."""
        values, problem = check_observations({kind: box.text() for kind, box in self.inputs.items()}, self.kinds)
        if problem is None:
            return values
        field, message = problem
        if field is None:
            self._say(message, refused=True)
            next(iter(self.inputs.values())).setFocus()
        else:
            self._refuse_field(self.inputs[field], message)
        return None

    def record_observations(self) -> None:
        patient = self.patient
        if patient is None:
            return
        values = self.typed_observations()
        if values is None:
            return
        summary = ", ".join(f"{_tr(SHORT_NAMES.get(k, k))} {value_text(v)}"
                            + (f" {unit_text(self.kinds[k].unit)}" if k in self.kinds and k != "pain" else "")
                            for k, v in values.items())

        def done(n: int) -> None:
            self.record_button.setEnabled(True)
            for box in self.inputs.values():  # the next set starts empty again: nothing carried over
                box.clear()
            self._say(PatientPanel.tr("%Ln observations recorded: {summary}.", "", n).format(summary=summary),
                      refused=False)
            next(iter(self.inputs.values())).setFocus()
            self.reload()

        def refused(error: KnownError) -> None:
            self.record_button.setEnabled(True)
            self._error(error)  # the database refused the whole set (one transaction): nothing was recorded
        self.record_button.setEnabled(False)  # one Return, one set: no second copy while the first is saved
        self.ops.run_change(self, lambda s: queries.record_observations(s, patient.encounter_id, patient.patient_id,
                                                                         values),
                            done, noun=Change.VITAL_SIGN, on_error=refused)

    def save_note(self) -> None:
        patient, body = self.patient, self.note_text.toPlainText().strip()
        if patient is None:
            return
        if not body:
            self._note_refused(KnownError(self.tr("Write the note first.")))
            return

        def saved(_id: int) -> None:
            self.note_message.setStyleSheet("")
            self.note_message.setText(self.tr("Note saved."))
            self.note_text.clear()
            self.reload()
        self.ops.run_change(self, lambda s: queries.add_nursing_note(s, patient.encounter_id, patient.patient_id, body),
                            saved, noun=Change.NOTE, on_error=self._note_refused)

    def _note_refused(self, error: KnownError) -> None:
        self.note_message.setStyleSheet(f"color: {DANGER}; font-weight: 600;")
        self.note_message.setText(error.message)

    def _error(self, error: KnownError) -> None:
        self._say(error.message, refused=True)


class WardWorkspace(QWidget):
    patient_selected = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.ward = QComboBox(objectName="wardChoice")
        self.ward.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.message = QLabel(objectName="wardMessage", wordWrap=True)
        self.patients_table = make_table(ward_columns(PATIENT_COLUMNS), "wardPatients", single=True)
        self.panel = PatientPanel(ops, nurse=True)
        self.board = BedBoard(ops, can_admit=False, can_transfer=True, can_housekeep=True)
        self.handover_table = make_table(ward_columns(HANDOVER_COLUMNS), "handover", single=True)
        self.handover_table.setWordWrap(True)
        self.handover_table.verticalHeader().setDefaultSectionSize(46)
        self.tabs = QTabWidget(objectName="wardTabs")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.patients_table)
        split.addWidget(self.panel)
        split.setSizes([430, 850])
        self.tabs.addTab(split, self.tr("Patients"))
        self.tabs.addTab(self.board, self.tr("Bed board"))
        handover = QWidget()
        hl = QVBoxLayout(handover)
        hl.addWidget(QLabel(self.tr("Handover: one line per patient of the ward, for the next shift")))
        hl.addWidget(self.handover_table, 1)
        self.tabs.addTab(handover, self.tr("Handover"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ward")))
        top.addWidget(self.ward)
        top.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.patients: list[queries.WardPatient] = []
        self._handover_sized = False
        self.ward.currentIndexChanged.connect(lambda _i: self._ward_changed())
        self.patients_table.itemSelectionChanged.connect(self._selected)
        self.board.admission_chosen.connect(self.open_admission)
        ops.changed.connect(lambda noun: noun in (Change.ADMISSION, Change.BED) and self.refresh())
        # New observations or notes change the handover's "latest" columns (the open chart reloads itself).
        ops.changed.connect(lambda noun: noun in (Change.VITAL_SIGN, Change.NOTE) and self.refresh_handover())
        self._started = False

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        super().showEvent(event)
        if not self._started:  # load on first show: a login's hidden workspaces cost nothing
            self._started = True
            self.ops.run_query(None, queries.wards, self._set_wards, on_error=self._error)

    def _set_wards(self, wards: list[queries.Ward]) -> None:
        mine = set(self.ops.db.identity.departments if self.ops.db.identity else ())
        own = [w for w in wards if w.code in mine] or wards
        self.ward.blockSignals(True)
        for w in own:
            self.ward.addItem(f"{w.name} ({w.code})", w.id)
        self.ward.blockSignals(False)
        self._ward_changed()

    def _ward_changed(self) -> None:
        code = self.ward.currentText().rsplit("(", 1)[-1].rstrip(")")
        if code:
            self.board.select_ward(code)
        self.ops.run_change(None, lambda s: queries.post_bed_days(s), lambda n: n and self._say(
            WardWorkspace.tr("Midnight census: %Ln bed-day(s) posted.", "", n)),
                            noun=Change.BED_DAY, on_error=self._error)
        self.refresh()

    def refresh(self) -> None:
        ward_id = self.ward.currentData()
        if ward_id is None:
            return
        self.ops.run_query(None, lambda s: (queries.ward_patients(s, ward_id), queries.handover(s, ward_id)),
                           lambda r: self._show(*r), on_error=self._error, latest=True)

    def refresh_handover(self) -> None:
        ward_id = self.ward.currentData()
        if ward_id is None:
            return
        self.ops.run_query(None, lambda s: queries.handover(s, ward_id),
                           self._show_handover,
                           on_error=self._error, latest=True)

    def _show(self, patients: list[queries.WardPatient], handover: list[dict]) -> None:
        current = self.panel.patient.admission_id if self.panel.patient else None
        self.patients = patients
        self.patients_table.blockSignals(True)
        fill_table(self.patients_table, [(p.bed_label, p.patient_name, p.mrn, number_text(stay_day(p)),
                                          "" if p.isolation == "none" else isolation_label(p.isolation), p.attending,
                                          date_text(p.expected_discharge))
                                         for p in patients])
        self.patients_table.blockSignals(False)
        self._show_handover(handover)
        if current is not None:
            self.open_admission(current, quiet=True)

    def _show_handover(self, handover: list[dict]) -> None:
        fill_table(self.handover_table, [(h["bed"], f"{h['patient']} ({h['mrn']})",
                                          number_text(h["day_of_stay"] + 1), h["reason"],
                                          "" if h["isolation"] == "none" else isolation_label(h["isolation"]),
                                          date_text(h["expected_discharge"]),
                                          queries.short_observations(h["last_obs"], h["last_obs_times"]), h["last_note"] or "")
                                         for h in handover])
        if handover and not self._handover_sized:
            # Once (the user's widths stay): the reason wraps in a narrower column so the latest nursing note,
            # the last column, keeps room to be read at 1366 px.
            self._handover_sized = True
            reason = HANDOVER_COLUMNS.index("Reason")
            self.handover_table.setColumnWidth(reason, min(self.handover_table.columnWidth(reason), 240))

    def _selected(self) -> None:
        rows = self.patients_table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.patients):
            patient = self.patients[rows[0].row()]
            self.panel.show_patient(patient)
            self.patient_selected.emit(patient.admission_id)

    def open_admission(self, admission_id: int, quiet: bool = False) -> bool:
        for i, p in enumerate(self.patients):
            if p.admission_id == admission_id:
                if quiet:  # a refresh: keep the selection, reload the chart
                    self.patients_table.blockSignals(True)
                    select_row(self.patients_table, i)
                    self.patients_table.blockSignals(False)
                    self.panel.show_patient(p)
                else:
                    self.tabs.setCurrentIndex(0)
                    select_row(self.patients_table, i)
                return True
        return False

    def select_patient(self, mrn: str) -> bool:
        for i, p in enumerate(self.patients):
            if p.mrn == mrn:
                self.tabs.setCurrentIndex(0)
                select_row(self.patients_table, i)
                return True
        return False

    def _say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet(f"color: {DANGER};")  # a refusal is red
        self.message.setText(error.message)
