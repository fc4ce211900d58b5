"""Prescribing in the encounter's orders tab: drug, dose, route, frequency, duration, quantity, instructions.

Before the prescription is written the database screens it (pharmacy.screen: allergies by ingredient or class,
interactions with the current prescriptions, duplicates). A serious hit stops the prescriber: the panel shows the
hits in red and prescribes only with an override reason, which is stored with the prescription, audited and shown
to the pharmacist. The database repeats the screen when the row is inserted, so nothing here can be skipped.

The stop is a SafetyStop dialog (widgets/safety.py), not a panel inside the encounter: inside the encounter it
was squeezed by the window's alert bar until its text overlapped and its buttons were a few pixels high."""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QCompleter, QDoubleSpinBox, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ... import i18n
from ...core.ops import Operations
from ...i18n.formats import date_text, number_text
from ...widgets.safety import DANGER, WARNING, OverrideStop, ask_override
from ...widgets.tables import fill_table, make_table
from .. import labels, queries
from ..queries import MIN_OVERRIDE, PRIORITIES, Alert, DrugRow, FrequencyRow, PrescriptionInput

ROUTES = queries.DRUG_ROUTES
COLUMNS = [QT_TRANSLATE_NOOP("PrescriptionsPanel", "Rx"), QT_TRANSLATE_NOOP("PrescriptionsPanel", "Drug"),
           QT_TRANSLATE_NOOP("PrescriptionsPanel", "Dose"), QT_TRANSLATE_NOOP("PrescriptionsPanel", "Qty"),
           QT_TRANSLATE_NOOP("PrescriptionsPanel", "Status"), QT_TRANSLATE_NOOP("PrescriptionsPanel", "Supply"),
           QT_TRANSLATE_NOOP("PrescriptionsPanel", "Prescribed"),
           QT_TRANSLATE_NOOP("PrescriptionsPanel", "Alerts / override")]
SEVERITY_COLOURS = {"contraindicated": DANGER, "serious": DANGER, "moderate": WARNING}


class PrescriptionsPanel(QGroupBox):
    """context() -> (encounter, patient) of the open encounter (clinical.queries.EncounterInfo, PatientRow), or
    None. The panel follows it: on showing, after changes, and when another encounter is opened."""

    def __init__(self, ops: Operations, context: Callable[[], tuple | None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Prescriptions"))
        self.setObjectName("prescriptionsPanel")
        self.ops = ops
        self.context = context
        self.drugs: list[DrugRow] = []
        self.freqs: list[FrequencyRow] = []
        self.rows: list[queries.PrescriptionRow] = []
        self.pending: PrescriptionInput | None = None
        self.alerts: list[Alert] = []
        self.stop: OverrideStop | None = None  # the allergy / interaction stop on screen, if any
        self._shown_key: tuple | None = None
        self._build()
        ops.run_query(None, queries.prescribing_reference, self._set_reference, on_error=self._error)
        ops.changed.connect(lambda noun: noun in (Change.PRESCRIPTION, Change.ENCOUNTER, Change.DISPENSE) and self.refresh(force=True))
        self._follow = QTimer(self, interval=400)
        self._follow.timeout.connect(self.refresh)
        self._follow.start()

    # -- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.drug = QComboBox(objectName="rxDrug", editable=True)
        self.drug.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.drug.setMinimumWidth(320)
        self.drug.lineEdit().setPlaceholderText(self.tr("Drug: type a name, e.g. amoxicillin"))
        self.dose = QDoubleSpinBox(objectName="rxDose", decimals=2, minimum=0, maximum=99999, value=1)
        self.dose_unit = QLineEdit(objectName="rxDoseUnit")
        self.dose_unit.setMaximumWidth(90)
        self.route = QComboBox(objectName="rxRoute")
        for code in ROUTES:
            self.route.addItem(labels.route(code), code)
        self.frequency = QComboBox(objectName="rxFrequency")
        self.duration = QSpinBox(objectName="rxDuration", minimum=0, maximum=365, value=5)
        self.duration.setSpecialValueText(self.tr("no end"))
        self._duration_suffix(self.duration.value())
        self.duration.valueChanged.connect(self._duration_suffix)
        self.quantity = QSpinBox(objectName="rxQuantity", minimum=0, maximum=100000)
        self.quantity_unit = QLabel()
        self.quantity_unit.setProperty("data", True)  # the formulary's unit, as it holds it
        self.priority = QComboBox(objectName="rxPriority")
        for code in PRIORITIES:
            self.priority.addItem(labels.priority(code), code)
        self.instructions = QLineEdit(objectName="rxInstructions")
        self.instructions.setPlaceholderText(self.tr("Instructions for the patient (optional), e.g. take with food"))
        self.prescribe_button = QPushButton(self.tr("Check and prescribe"), objectName="rxPrescribe")
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Drug")), 0, 0)
        grid.addWidget(self.drug, 0, 1, 1, 5)
        grid.addWidget(QLabel(self.tr("Priority")), 0, 6)
        grid.addWidget(self.priority, 0, 7)
        grid.addWidget(QLabel(self.tr("Dose")), 1, 0)
        grid.addWidget(self.dose, 1, 1)
        grid.addWidget(self.dose_unit, 1, 2)
        grid.addWidget(self.route, 1, 3)
        grid.addWidget(self.frequency, 1, 4, 1, 2)
        grid.addWidget(QLabel(self.tr("for", "a duration: for 5 days")), 1, 6)
        grid.addWidget(self.duration, 1, 7)
        grid.addWidget(QLabel(self.tr("Quantity")), 2, 0)
        grid.addWidget(self.quantity, 2, 1)
        grid.addWidget(self.quantity_unit, 2, 2)
        grid.addWidget(self.instructions, 2, 3, 1, 4)
        grid.addWidget(self.prescribe_button, 2, 7)
        self.table = make_table([QCoreApplication.translate("PrescriptionsPanel", c) for c in COLUMNS], "rxTable",
                                single=True)
        self.cancel_reason = QLineEdit(objectName="rxCancelReason")
        self.cancel_reason.setPlaceholderText(self.tr("Reason to cancel the selected prescription"))
        self.cancel_button = QPushButton(self.tr("Cancel selected"), objectName="rxCancel")
        self.complete_button = QPushButton(self.tr("Course completed"), objectName="rxComplete")
        bottom = QHBoxLayout()
        bottom.addWidget(self.cancel_reason, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.complete_button)
        self.message = QLabel(objectName="rxMessage", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.drug.currentIndexChanged.connect(self._drug_changed)
        for signal in (self.dose.valueChanged, self.frequency.currentIndexChanged, self.duration.valueChanged):
            signal.connect(self._suggest_quantity)
        self.dose_unit.textEdited.connect(self._suggest_quantity)
        self.prescribe_button.clicked.connect(self.prescribe)
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.complete_button.clicked.connect(self.complete_selected)

    def _duration_suffix(self, days: int) -> None:
        self.duration.setSuffix(PrescriptionsPanel.tr(" d", "days, after the number", days))

    def _set_reference(self, reference: tuple[list[DrugRow], list[FrequencyRow]]) -> None:
        self.drugs, self.freqs = reference
        self.drug.blockSignals(True)
        self.drug.clear()
        for d in self.drugs:
            self.drug.addItem(d.label)
        self.drug.setCurrentIndex(-1)
        self.drug.blockSignals(False)
        completer = QCompleter([d.label for d in self.drugs], self.drug)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.drug.setCompleter(completer)
        self.frequency.clear()
        for f in self.freqs:
            self.frequency.addItem(f"{f.code} — {f.label}", f.code)
        self.frequency.setCurrentIndex(max(0, next((i for i, f in enumerate(self.freqs) if f.code == "TDS"), 0)))

    # -- following the encounter ------------------------------------------------------------------
    def _key(self) -> tuple | None:
        ctx = self.context()
        if not ctx or ctx[0] is None or ctx[1] is None:
            return None
        encounter, patient = ctx
        return encounter.id, patient.id, encounter.status

    def showEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt virtual
        super().showEvent(event)
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        if not self.isVisible() and not force:
            return
        key = self._key()
        if key == self._shown_key and not force:
            return
        if key != self._shown_key:
            self.abandon(quiet=True)
        self._shown_key = key
        self.setEnabled(key is not None)
        is_open = key is not None and key[2] == "open"
        self.prescribe_button.setEnabled(is_open)
        self.prescribe_button.setToolTip("" if is_open else self.tr("The encounter is closed: no new prescriptions."))
        if key is None:
            self.ops.forget_answers(self._show)
            self._show([])
            return
        patient_id = key[1]
        self.ops.run_query(None, lambda s: queries.patient_prescriptions(s, patient_id),
                           self._show, on_error=self._error, latest=True)

    def _show(self, rows: list[queries.PrescriptionRow]) -> None:
        self.rows = rows
        shown = []
        for rx in rows:
            flags = "; ".join(a.message for a in rx.alerts if a.stops)
            if rx.override_reason:
                flags = self.tr("OVERRIDDEN ({reason}): {alerts}").format(reason=rx.override_reason, alerts=flags)
            elif rx.alerts:
                flags = "; ".join(a.message for a in rx.alerts)
            status = labels.label(labels.PRESCRIPTION_STATES, rx.status)
            if rx.status_reason:
                status = self.tr("{status}: {reason}").format(status=status, reason=rx.status_reason)
            supply = self.tr("{supply} ({dispensed}/{quantity})").format(
                supply=labels.label(labels.SUPPLY_STATES, rx.dispense_status),
                dispensed=number_text(rx.quantity_dispensed), quantity=number_text(rx.quantity))
            shown.append((rx.prescription_number, rx.drug, rx.sig,
                          self.tr("{quantity} {unit}").format(quantity=number_text(rx.quantity), unit=rx.drug_unit),
                          status, supply, f"{date_text(local(rx.created_at))} {rx.prescriber}", flags))
        fill_table(self.table, shown)
        for r, rx in enumerate(rows):
            if rx.override_reason:  # an overridden safety stop stays visible in the danger colour
                self.table.item(r, 7).setForeground(QColor(DANGER))

    # -- the form ---------------------------------------------------------------------------------
    def chosen_drug(self) -> DrugRow | None:
        text = self.drug.currentText().strip()
        index = self.drug.currentIndex()
        if 0 <= index < len(self.drugs) and self.drugs[index].label == text:
            return self.drugs[index]
        return next((d for d in self.drugs if d.label.lower() == text.lower()), None)

    def choose_drug(self, code: str) -> None:
        index = next(i for i, d in enumerate(self.drugs) if d.code == code)
        self.drug.setCurrentIndex(index)

    def _drug_changed(self) -> None:
        drug = self.chosen_drug()
        if drug is None:
            return
        self.dose_unit.setText(drug.unit)
        self.route.setCurrentIndex(max(0, self.route.findData(drug.route)))
        self.quantity_unit.setText(drug.unit)
        self._suggest_quantity()

    def _frequency(self) -> FrequencyRow | None:
        index = self.frequency.currentIndex()
        return self.freqs[index] if 0 <= index < len(self.freqs) else None

    def _suggest_quantity(self) -> None:
        drug, freq = self.chosen_drug(), self._frequency()
        if drug is None or freq is None:
            return
        suggested = queries.suggested_quantity(Decimal(str(self.dose.value())), self.dose_unit.text(), drug.unit,
                                               freq.doses_per_day, self.duration.value() or None)
        if suggested is not None:
            self.quantity.setValue(suggested)

    def _input(self) -> PrescriptionInput | None:
        ctx = self.context()
        drug, freq = self.chosen_drug(), self._frequency()
        if not ctx or ctx[0] is None:
            self.message.setText(self.tr("Open an encounter first."))
            return None
        if drug is None:
            self.message.setText(self.tr("Choose a drug from the formulary."))
            return None
        if freq is None:
            self.message.setText(self.tr("Choose how often."))
            return None
        encounter, patient = ctx
        data = PrescriptionInput(patient.id, encounter.id, drug.id, Decimal(str(self.dose.value())),
                                 self.dose_unit.text().strip(), self.route.currentData(), freq.code,
                                 self.duration.value() or None, self.quantity.value(), self.instructions.text().strip(),
                                 self.priority.currentData())
        problems = data.validate()
        if problems:
            self.message.setText(" ".join(problems.values()))
            return None
        return data

    # -- prescribing ------------------------------------------------------------------------------
    def prescribe(self) -> None:
        data = self._input()
        if data is None:
            return
        self.pending = data
        self.message.setText(self.tr("Checking allergies and interactions…"))
        self.ops.run_query(None, lambda s: queries.screen(s, data.patient_id, data.drug_id),
                           lambda alerts: self._screened(data, alerts), on_error=self._error)

    def _screened(self, data: PrescriptionInput, alerts: list[Alert]) -> None:
        if data is not self.pending:
            return  # the prescriber has moved on
        if not alerts:
            self._write(data)
            return
        self.alerts = alerts
        stops = any(a.stops for a in alerts)
        hits = [f"<span style='color:{SEVERITY_COLOURS.get(a.severity, DANGER)}'><b>"
                f"{_html(labels.severity(a.severity))}</b></span> {_html(a.message)}" for a in alerts]
        drug = next((d for d in self.drugs if d.id == data.drug_id), None)
        what = _html(drug.label if drug else self.tr("This drug"))
        self.message.setText(self.tr("Not prescribed yet: give a reason to override, or do not prescribe.") if stops
                             else self.tr("Not prescribed yet: confirm or do not prescribe."))

        def decided(reason: str | None) -> None:
            self.stop = None
            if data is not self.pending:
                return  # the prescriber has moved on (another encounter)
            if reason is None:
                self.abandon()
            else:
                self.override(reason)
        found = (PrescriptionsPanel.tr("{drug}: the screen found %Ln problems for this patient. Prescribe only with a "
                                       "reason.", "", len(alerts)) if stops
                 else PrescriptionsPanel.tr("{drug}: the screen found %Ln problems for this patient.", "", len(alerts)))
        self.stop = ask_override(
            self, self.tr("STOP — serious allergy or interaction") if stops else self.tr("Check before prescribing"),
            i18n.directed(found.format(drug=i18n.isolate(what))), hits, on_decided=decided, severity="danger" if stops else "warning",
            min_reason=MIN_OVERRIDE if stops else 0,
            proceed_text=self.tr("Override and prescribe") if stops else self.tr("Prescribe"),
            refuse_text=self.tr("Do not prescribe"))

    def override(self, reason: str = "") -> None:
        """Prescribe the screened prescription; with a stopping hit only with a reason (the database insists too)."""
        data = self.pending
        if data is None:
            return
        if any(a.stops for a in self.alerts):
            reason = reason.strip()
            if len(reason) < MIN_OVERRIDE:
                self.message.setText(PrescriptionsPanel.tr("An override needs a reason of at least %Ln characters.", "",
                                                           MIN_OVERRIDE))
                return
            data.override_reason = reason
        self._write(data)

    def abandon(self, quiet: bool = False) -> None:
        self.pending = None
        self.alerts = []
        if self.stop is not None:  # another encounter was opened under it: it no longer applies
            stop, self.stop = self.stop, None
            stop.finished.disconnect()
            stop.done(0)
        if not quiet:
            self.message.setText(self.tr("Not prescribed."))

    def _write(self, data: PrescriptionInput) -> None:
        def done(result: tuple[int, str]) -> None:
            self.abandon(quiet=True)
            self.message.setText((self.tr("Prescribed: {number}. Override recorded.") if data.override_reason
                                  else self.tr("Prescribed: {number}.")).format(number=result[1]))
            self.instructions.clear()
        self.ops.run_change(self, lambda s: queries.prescribe(s, data), done, noun=Change.PRESCRIPTION,
                            on_error=self._error)

    # -- changing prescriptions -------------------------------------------------------------------
    def _selected(self) -> queries.PrescriptionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def cancel_selected(self, reason: str | None = None) -> None:
        rx = self._selected()
        reason = (reason if reason is not None else self.cancel_reason.text()).strip()
        if rx is None:
            self.message.setText(self.tr("Select the prescription to cancel."))
            return
        if len(reason) < 5:
            self.message.setText(self.tr("Say why the prescription is cancelled (at least 5 characters)."))
            return
        self.ops.run_change(self, lambda s: queries.cancel_prescription(s, rx.id, reason),
                            lambda _: (self.message.setText(self.tr("{number} cancelled.").format(
                                number=rx.prescription_number)),
                                       self.cancel_reason.clear()),
                            noun=Change.PRESCRIPTION, on_error=self._error)

    def complete_selected(self) -> None:
        rx = self._selected()
        if rx is None:
            self.message.setText(self.tr("Select the prescription whose course is completed."))
            return
        self.ops.run_change(self, lambda s: queries.complete_prescription(s, rx.id),
                            lambda _: self.message.setText(self.tr("{number} completed.").format(
                                number=rx.prescription_number)),
                            noun=Change.PRESCRIPTION, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
