"""One patient's demographics, change history and identification prints."""
from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import settings
from ...core.clock import local
from ...core.ops import Operations
from ...i18n import formats
from ..documents import id_label_pdf, wristband_pdf
from ...widgets.patient_banner import PatientBanner
from ...widgets.print_preview import PrintPreviewDialog
from ...widgets.tables import fill_table, make_table
from .. import queries

# The fields shown, labelled by queries.field_label.
SHOWN = ["temporary_alias", "identification_note", "national_id", "phone", "address", "postal_code", "created_at",
         "created_by"]


# Shown only when the record has them (an unidentified patient's, or one identified since).
SHOWN_WHEN_SET = {"temporary_alias", "identification_note"}


class PatientDetail(QWidget):
    edit_requested = Signal(object)
    identify_requested = Signal(object)
    patient_changed = Signal(object)  # PatientRow | None: the record shown (panels other domains add follow it)

    def __init__(self, ops: Operations, *, can_edit: bool, show_history: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patient: queries.PatientRow | None = None
        self.banner = PatientBanner()
        self.fields: dict[str, QLabel] = {}
        details = QGroupBox(self.tr("Demographics"))
        form = QFormLayout(details)
        self.form = form
        for key in SHOWN:
            value = QLabel(objectName=f"detail_{key}")
            value.setWordWrap(True)
            value.setProperty("data", True)  # the patient's own details, not the program's words
            self.fields[key] = value
            form.addRow(queries.field_label(key), value)
        self.edit_button = QPushButton(self.tr("Correct demographics…"), objectName="editButton")
        self.identify_button = QPushButton(self.tr("&Identify…"), objectName="identifyPatientButton")
        self.identify_button.setToolTip(self.tr("Record who this unidentified patient is, or see how to merge the "
                                                "record into theirs"))
        self.wristband_button = QPushButton(self.tr("Print wristband…"), objectName="wristbandButton")
        self.label_button = QPushButton(self.tr("Print ID label…"), objectName="labelButton")
        buttons = QHBoxLayout()
        if can_edit:
            buttons.addWidget(self.identify_button)
            buttons.addWidget(self.edit_button)
        self.can_edit = can_edit
        buttons.addWidget(self.wristband_button)
        buttons.addWidget(self.label_button)
        buttons.addStretch(1)
        self.history = make_table([self.tr("When"), self.tr("Who"), self.tr("Reason"), self.tr("Changes")],
                                  "historyTable", single=True)
        history_box = QGroupBox(self.tr("Change history"))
        QVBoxLayout(history_box).addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(details)
        layout.addLayout(buttons)
        self.panels = QVBoxLayout()  # add_panel(): another domain's panel about the patient (reception's insurance)
        layout.addLayout(self.panels)
        if show_history:
            layout.addWidget(history_box, 1)
        else:
            layout.addStretch(1)
        self.edit_button.clicked.connect(lambda: self.patient and self.edit_requested.emit(self.patient))
        self.identify_button.clicked.connect(lambda: self.patient and self.identify_requested.emit(self.patient))
        self.wristband_button.clicked.connect(lambda: self.print_preview("wristband"))
        self.label_button.clicked.connect(lambda: self.print_preview("label"))
        self.show_history = show_history
        self.hospital = self.tr("Hospital")
        ops.run_query(None, settings.hospital_name, self._set_hospital, on_error=lambda err: None)
        self.set_patient(None)

    def add_panel(self, panel: QWidget) -> None:
        self.panels.addWidget(panel)

    def _set_hospital(self, name: str) -> None:
        self.hospital = name

    def set_patient(self, patient: queries.PatientRow | None) -> None:
        self.patient = patient
        for button in (self.edit_button, self.wristband_button, self.label_button):
            button.setEnabled(patient is not None)
        self.identify_button.setVisible(self.can_edit and patient is not None and patient.unidentified
                                        and not patient.merged_into_id)
        for key in SHOWN_WHEN_SET:
            self.form.setRowVisible(self.fields[key], bool(patient and getattr(patient, key, None)))
        if patient is None:
            self.banner.clear()
            for label in self.fields.values():
                label.setText("")
            self.history.setRowCount(0)
            self.patient_changed.emit(None)
            return
        self.banner.show_patient(patient)
        for key, label in self.fields.items():
            value = getattr(patient, key, None)
            if key == "created_at" and value:
                label.setText(formats.datetime_text(local(value)))
            elif key == "phone" and value:
                label.setText(queries.ltr(value))
            else:
                label.setText(str(value) if value else "—")
        self.patient_changed.emit(patient)
        if self.show_history:
            pid = patient.id
            self.ops.run_query(None, lambda s: queries.history(s, pid), self._show_history,
                               on_error=lambda err: self.history.setRowCount(0))

    def _show_history(self, rows: list[dict]) -> None:
        shown = []
        for row in rows:
            changes = row.get("changes") or {}
            if isinstance(changes, str):
                changes = json.loads(changes)
            text = _history_text(row.get("action"), changes)
            who = row.get("actor_name") or row.get("actor") or ""
            shown.append((formats.datetime_text(local(row["occurred_at"])), who, row.get("reason") or "", text))
        fill_table(self.history, shown)

    def print_preview(self, kind: str) -> PrintPreviewDialog | None:
        if self.patient is None:
            return None
        if kind == "wristband":
            pdf, title = wristband_pdf(self.patient, self.hospital), self.tr("Wristband {mrn}")
        else:
            pdf, title = id_label_pdf(self.patient, self.hospital), self.tr("ID label {mrn}")
        dialog = PrintPreviewDialog(pdf, title.format(mrn=self.patient.mrn), f"{kind}-{self.patient.mrn}.pdf", self)
        dialog.setObjectName(f"preview_{kind}")
        dialog.open()
        return dialog


def _value_text(key: str, value: object) -> str:
    """A changed value as the screen shows it: codes by their label, dates in the user's locale."""
    if value is None or value == "":
        return "—"
    if key == "sex":
        return queries.sex_label(str(value))
    if key == "birth_date":
        try:
            return formats.date_text(date.fromisoformat(str(value)[:10]))
        except ValueError:
            return str(value)
    return str(value)


def _history_text(action: str | None, changes: dict) -> str:
    if action == "UPDATE":
        # The arrow is the translator's: it points from the old value to the new one in the reading direction.
        change = QCoreApplication.translate("PatientDetail", "{field}: {old} → {new}")
        return QCoreApplication.translate("PatientDetail", "; ").join(
            change.format(field=queries.field_label(k), old=_value_text(k, v[0]), new=_value_text(k, v[1]))
            for k, v in changes.items())
    merged = (changes.get("merged_from") or [None, None])
    if action == "MERGE":
        return QCoreApplication.translate("PatientDetail", "record #{id} merged into this one").format(id=merged[1])
    if action == "UNMERGE":
        return QCoreApplication.translate("PatientDetail", "merge of record #{id} undone").format(id=merged[0])
    alias = (changes.get("temporary_alias") or [None, None])[1]
    if alias:
        return QCoreApplication.translate("PatientDetail", "registered unidentified as {alias}").format(alias=alias)
    return QCoreApplication.translate("PatientDetail", "registered")
