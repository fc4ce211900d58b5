"""The fluid balance chart of one stay: what went in (oral, IV, enteral, blood) and came out (urine, vomit, drains,
stool, aspirate) in millilitres, the daily totals with the day's balance and the stay's running balance, and a
bar chart of the days. Ward nurses (and the stay's doctors) chart a measured volume — measured now or up to 24 h
back — and mark a wrong entry entered in error with a reason; the database checks all of it again."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_format, date_text, number_text, time_format
from ...widgets.charts import BarChart
from ...widgets.safety import DANGER
from ...widgets.tables import fill_table, make_table
from .. import queries
from ...i18n.formats import day_month_text, day_month_time_text
from ..display import signed_ml
from ...widgets.keys import on_return, return_presses

DAY_COLUMNS = [QT_TRANSLATE_NOOP("FluidPanel", "Day"), QT_TRANSLATE_NOOP("FluidPanel", "In (ml)"),
               QT_TRANSLATE_NOOP("FluidPanel", "Out (ml)"), QT_TRANSLATE_NOOP("FluidPanel", "Balance (ml)"),
               QT_TRANSLATE_NOOP("FluidPanel", "Stay (ml)")]
ENTRY_COLUMNS = [QT_TRANSLATE_NOOP("FluidPanel", "Measured"), QT_TRANSLATE_NOOP("FluidPanel", "In / out"),
                 QT_TRANSLATE_NOOP("FluidPanel", "Route"), QT_TRANSLATE_NOOP("FluidPanel", "ml"),
                 QT_TRANSLATE_NOOP("FluidPanel", "Charted by"), QT_TRANSLATE_NOOP("FluidPanel", "Note")]
# (direction, route code) → label, translated where shown (route_label)
ROUTE_LABELS = {(d, code): label for d, routes in queries.FLUID_ROUTES.items() for code, label in routes}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FluidPanel", text)


def route_label(direction: str, route: str) -> str:
    label = ROUTE_LABELS.get((direction, route))
    return _tr(label) if label else route


def signed(ml: int) -> str:
    return signed_ml(ml)


class FluidPanel(QWidget):
    def __init__(self, ops: Operations, *, can_record: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.patient: queries.WardPatient | None = None
        self.entries: list[dict] = []
        self.direction = QComboBox(objectName="fluidDirection")
        self.direction.addItem(self.tr("Intake"), "in")
        self.direction.addItem(self.tr("Output"), "out")
        self.route = QComboBox(objectName="fluidRoute")
        self.volume = QSpinBox(objectName="fluidVolume", suffix=" " + self.tr("ml"))
        self.volume.setRange(0, 5000)
        self.volume.setSingleStep(50)
        self.measured = QDateTimeEdit(objectName="fluidMeasured", calendarPopup=True)
        self.measured.setDisplayFormat(f"{date_format()} {time_format()}")
        self.note = QLineEdit(objectName="fluidNote", maxLength=200, placeholderText=self.tr("optional"))
        self.record_button = QPushButton(self.tr("Chart volume"), objectName="recordFluid")
        self.message = QLabel(objectName="fluidMessage", wordWrap=True)
        self.form = QWidget(objectName="fluidForm")
        form = QFormLayout()
        for label, w in ((self.tr("Direction"), self.direction), (self.tr("Route"), self.route),
                         (self.tr("Volume"), self.volume), (self.tr("Measured at"), self.measured),
                         (self.tr("Note"), self.note)):
            form.addRow(label, w)
        fl = QVBoxLayout(self.form)
        fl.addLayout(form)
        fl.addWidget(self.record_button)
        fl.addStretch(1)
        self.form.setVisible(can_record)  # doctors read the chart; nurses chart

        self.summary = QLabel(objectName="fluidSummary")
        self.days = make_table([_tr(c) for c in DAY_COLUMNS], "fluidDays", single=True)
        self.chart = BarChart(self.tr("In and out per day (ml)"))
        self.chart.setMinimumHeight(170)
        self.table = make_table([_tr(c) for c in ENTRY_COLUMNS], "fluidEntries", single=True)
        self.error_reason = QLineEdit(objectName="fluidErrorReason", placeholderText=self.tr("why it is wrong"))
        self.error_button = QPushButton(self.tr("Mark entered in error"), objectName="fluidInError")
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
        direction = self.direction.currentData()
        for code, _label in queries.FLUID_ROUTES[direction]:
            self.route.addItem(route_label(direction, code), code)

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
        fill_table(self.days, [(date_text(d["day"]), number_text(d["intake_ml"]), number_text(d["output_ml"]),
                                signed(d["balance_ml"]), signed(d["cumulative_ml"])) for d in reversed(days)],
                   colors=["#a40000" if abs(d["balance_ml"]) >= 1500 else None for d in reversed(days)])
        recent = days[-7:]
        self.chart.set_data([day_month_text(d["day"]) for d in recent],
                            {self.tr("Intake"): [float(d["intake_ml"]) for d in recent],
                             self.tr("Output"): [float(d["output_ml"]) for d in recent]})
        in_out = {"in": self.tr("in"), "out": self.tr("out")}
        fill_table(self.table, [(day_month_time_text(local(e["measured_at"])),
                                 in_out.get(e["direction"], e["direction"]),
                                 route_label(e["direction"], e["route"]), number_text(e["volume_ml"]),
                                 e["recorded_by"],
                                 (self.tr("ENTERED IN ERROR: {reason}").format(reason=e["error_reason"])
                                  if e["status"] != "final" else "")
                                 + (e["note"] or "")) for e in entries],
                   colors=["#888888" if e["status"] != "final" else None for e in entries])
        if days:
            today = days[-1]
            self.summary.setText(self.tr(
                "<b>{day}</b>: in {intake} ml, out {output} ml, balance <b>{balance} ml</b> · "
                "stay running balance <b>{running} ml</b>").format(
                day=date_text(today["day"]), intake=number_text(today["intake_ml"]),
                output=number_text(today["output_ml"]), balance=signed(today["balance_ml"]),
                running=signed(today["cumulative_ml"])))
        else:
            self.summary.setText(self.tr("Nothing charted for this stay yet."))

    def record(self) -> None:
        patient = self.patient
        if patient is None:
            return
        volume = self.volume.value()
        if volume <= 0:
            self._refused(self.tr("Give the measured volume in ml."))
            return
        direction, route, note = self.direction.currentData(), self.route.currentData(), self.note.text()
        at: datetime = self.measured.dateTime().toPython().astimezone()

        def done(_id: int) -> None:
            self.message.setStyleSheet("")
            text = (self.tr("Charted intake: {volume} ml ({route}).") if direction == "in"
                    else self.tr("Charted output: {volume} ml ({route})."))
            self.message.setText(text.format(volume=number_text(volume), route=route_label(direction, route).lower()))
            self.volume.setValue(0)
            self.note.clear()
            self.reload()
        self.ops.run_change(self, lambda s: queries.record_fluid(s, patient.admission_id, direction, route, volume,
                                                                 at, note),
                            done, noun=Change.FLUID, on_error=self._error)

    def mark_in_error(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._refused(self.tr("Select the entry that is wrong."))
            return
        entry = self.entries[rows[0].row()]
        reason = self.error_reason.text().strip()
        if len(reason) < 5:
            self._refused(self.tr("Say why the entry is wrong (at least 5 characters)."))
            return

        def done(_: object) -> None:
            self.message.setStyleSheet("")
            self.message.setText(self.tr("Entry of {volume} ml marked entered in error.").format(
                volume=number_text(entry["volume_ml"])))
            self.error_reason.clear()
            self.reload()
        self.ops.run_change(self, lambda s: queries.void_fluid(s, entry["id"], reason), done, noun=Change.FLUID,
                            on_error=self._error)

    def _refused(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {DANGER}; font-weight: 600;")  # a refusal is red
        self.message.setText(text)

    def _error(self, error: KnownError) -> None:
        self._refused(error.message)
