"""The fluid balance chart of one stay: what went in (oral, IV, enteral, blood) and came out (urine, vomit, drains,
stool, aspirate) in millilitres, the daily totals with the day's balance and the stay's running balance, and a
bar chart of the days. Ward nurses (and the stay's doctors) chart a measured volume — measured now or up to 24 h
back — and mark a wrong entry entered in error with a reason; the database checks all of it again."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...widgets.charts import BarChart
from ...widgets.safety import DANGER
from ...widgets.tables import fill_table, make_table
from .. import queries
from ...widgets.keys import on_return, return_presses

DAY_COLUMNS = ["Day", "In (ml)", "Out (ml)", "Balance (ml)", "Stay (ml)"]
ENTRY_COLUMNS = ["Measured", "In / out", "Route", "ml", "Charted by", "Note"]
ROUTE_LABELS = {(d, code): label for d, routes in queries.FLUID_ROUTES.items() for code, label in routes}


def signed(ml: int) -> str:
    return f"{ml:+,}".replace(",", " ") if ml else "0"


class FluidPanel(QWidget):
    def __init__(self, ops: Operations, *, can_record: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patient: queries.WardPatient | None = None
        self.entries: list[dict] = []
        self.direction = QComboBox(objectName="fluidDirection")
        self.direction.addItem("Intake", "in")
        self.direction.addItem("Output", "out")
        self.route = QComboBox(objectName="fluidRoute")
        self.volume = QSpinBox(objectName="fluidVolume", suffix=" ml")
        self.volume.setRange(0, 5000)
        self.volume.setSingleStep(50)
        self.measured = QDateTimeEdit(objectName="fluidMeasured", calendarPopup=True)
        self.measured.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.note = QLineEdit(objectName="fluidNote", maxLength=200, placeholderText="optional")
        self.record_button = QPushButton("Chart volume", objectName="recordFluid")
        self.message = QLabel(objectName="fluidMessage", wordWrap=True)
        self.form = QWidget(objectName="fluidForm")
        form = QFormLayout()
        for label, w in (("Direction", self.direction), ("Route", self.route), ("Volume", self.volume),
                         ("Measured at", self.measured), ("Note", self.note)):
            form.addRow(label, w)
        fl = QVBoxLayout(self.form)
        fl.addLayout(form)
        fl.addWidget(self.record_button)
        fl.addStretch(1)
        self.form.setVisible(can_record)  # doctors read the chart; nurses chart

        self.summary = QLabel(objectName="fluidSummary")
        self.days = make_table(DAY_COLUMNS, "fluidDays", single=True)
        self.chart = BarChart("In and out per day (ml)")
        self.chart.setMinimumHeight(170)
        self.table = make_table(ENTRY_COLUMNS, "fluidEntries", single=True)
        self.error_reason = QLineEdit(objectName="fluidErrorReason", placeholderText="why it is wrong")
        self.error_button = QPushButton("Mark entered in error", objectName="fluidInError")
        fix = QHBoxLayout()
        fix.addWidget(self.error_reason, 1)
        fix.addWidget(self.error_button)
        for w in (self.error_reason, self.error_button):
            w.setVisible(can_record)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.summary)
        top = QHBoxLayout()
        top.addWidget(self.days, 1)  # keeps room for all five columns
        top.addWidget(self.chart)
        self.chart.setFixedWidth(260)
        rl.addLayout(top, 2)
        rl.addWidget(self.table, 3)
        rl.addLayout(fix)
        rl.addWidget(self.message)
        layout = QHBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(right, 1)

        self.direction.currentIndexChanged.connect(lambda _i: self._set_routes())
        self.record_button.clicked.connect(self.record)
        self.error_button.clicked.connect(self.mark_in_error)
        # Return in a field of the form charts the volume; in the reason box it marks the entry; on a focused button
        # it presses it.
        for field in (self.volume, self.measured, self.note):
            on_return(field, self.record)
        on_return(self.error_reason, self.mark_in_error)
        return_presses((self.record_button, self.error_button))
        self._set_routes()

    def _set_routes(self) -> None:
        self.route.clear()
        for code, label in queries.FLUID_ROUTES[self.direction.currentData()]:
            self.route.addItem(label, code)

    def show_admission(self, patient: queries.WardPatient) -> None:
        self.patient = patient
        now = QDateTime.currentDateTime()
        self.measured.setMaximumDateTime(now.addSecs(300))
        self.measured.setMinimumDateTime(now.addSecs(-24 * 3600))
        self.measured.setDateTime(now)
        self.reload()

    def reload(self) -> None:
        patient = self.patient
        if patient is None:
            return
        self.ops.run_query(None, lambda s: (queries.fluid_balance(s, patient.admission_id),
                                            queries.fluid_entries(s, patient.admission_id)),
                           lambda r: self._show(*r), on_error=self._error, latest=True)

    def _show(self, days: list[dict], entries: list[dict]) -> None:
        self.entries = entries
        fill_table(self.days, [(f"{d['day']:%d.%m.%Y}", d["intake_ml"], d["output_ml"], signed(d["balance_ml"]),
                                signed(d["cumulative_ml"])) for d in reversed(days)],
                   colors=["#a40000" if abs(d["balance_ml"]) >= 1500 else None for d in reversed(days)])
        recent = days[-7:]
        self.chart.set_data([f"{d['day']:%d.%m}" for d in recent],
                            {"Intake": [float(d["intake_ml"]) for d in recent],
                             "Output": [float(d["output_ml"]) for d in recent]})
        fill_table(self.table, [(f"{local(e['measured_at']):%d.%m %H:%M}", "in" if e["direction"] == "in" else "out",
                                 ROUTE_LABELS.get((e["direction"], e["route"]), e["route"]), e["volume_ml"],
                                 e["recorded_by"],
                                 (f"ENTERED IN ERROR: {e['error_reason']}" if e["status"] != "final" else "")
                                 + (e["note"] or "")) for e in entries],
                   colors=["#888888" if e["status"] != "final" else None for e in entries])
        if days:
            today = days[-1]
            self.summary.setText(f"<b>{today['day']:%d.%m.%Y}</b>: in {today['intake_ml']} ml, out "
                                 f"{today['output_ml']} ml, balance <b>{signed(today['balance_ml'])} ml</b> · "
                                 f"stay running balance <b>{signed(today['cumulative_ml'])} ml</b>")
        else:
            self.summary.setText("Nothing charted for this stay yet.")

    def record(self) -> None:
        patient = self.patient
        if patient is None:
            return
        volume = self.volume.value()
        if volume <= 0:
            self._refused("Give the measured volume in ml.")
            return
        direction, route, note = self.direction.currentData(), self.route.currentData(), self.note.text()
        at: datetime = self.measured.dateTime().toPython().astimezone()

        def done(_id: int) -> None:
            self.message.setStyleSheet("")
            self.message.setText(f"Charted {'intake' if direction == 'in' else 'output'}: {volume} ml "
                                 f"({ROUTE_LABELS[(direction, route)].lower()}).")
            self.volume.setValue(0)
            self.note.clear()
            self.reload()
        self.ops.run_change(self, lambda s: queries.record_fluid(s, patient.admission_id, direction, route, volume,
                                                                 at, note),
                            done, noun=Change.FLUID, on_error=self._error)

    def mark_in_error(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._refused("Select the entry that is wrong.")
            return
        entry = self.entries[rows[0].row()]
        reason = self.error_reason.text().strip()
        if len(reason) < 5:
            self._refused("Say why the entry is wrong (at least 5 characters).")
            return

        def done(_: object) -> None:
            self.message.setStyleSheet("")
            self.message.setText(f"Entry of {entry['volume_ml']} ml marked entered in error.")
            self.error_reason.clear()
            self.reload()
        self.ops.run_change(self, lambda s: queries.void_fluid(s, entry["id"], reason), done, noun=Change.FLUID,
                            on_error=self._error)

    def _refused(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {DANGER}; font-weight: 600;")  # a refusal is red
        self.message.setText(text)

    def _error(self, error: KnownError) -> None:
        self._refused(error.message)
