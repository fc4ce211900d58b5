"""Financial views: revenue by department and day, outstanding balances by age, claims by status — each a chart
(hospital_desktop/widgets/charts.py) with the figures beside it."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from ...widgets.charts import BarChart, LineChart
from .. import queries


class FinanceReportsWorkspace(QWidget):
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.first = QDateEdit(QDate.currentDate().addDays(-29), calendarPopup=True, displayFormat="dd.MM.yyyy")
        self.last = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat="dd.MM.yyyy")
        self.refresh_button = QPushButton("Show")
        self.revenue_days = LineChart("Revenue per day by department")
        self.revenue_departments = BarChart("Revenue by department")
        self.ageing = BarChart("Outstanding balances by age")
        self.claims = BarChart("Claims by status")
        self.revenue_days.set_axis_labels(left="amount")
        self.ageing.set_axis_labels(left="amount")
        self.claims.set_axis_labels(left="amount")
        self.totals = QLabel(objectName="reportTotals", wordWrap=True)
        self.message = QLabel(wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel("From"))
        top.addWidget(self.first)
        top.addWidget(QLabel("to"))
        top.addWidget(self.last)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.totals, 2)
        grid = QGridLayout()
        grid.addWidget(self.revenue_days, 0, 0)
        grid.addWidget(self.revenue_departments, 0, 1)
        grid.addWidget(self.ageing, 1, 0)
        grid.addWidget(self.claims, 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        self.refresh_button.clicked.connect(self.refresh)
        ops.changed.connect(lambda noun: noun in (Change.INVOICE, Change.PAYMENT, Change.CLAIM) and self.refresh())
        self.refresh()

    def set_period(self, first: date, last: date) -> None:
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))

    def refresh(self) -> None:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if last < first:
            self.message.setText("The period ends before it starts.")
            return

        def load(session):  # noqa: ANN001, ANN202
            return (queries.revenue_by_department(session, first, last), queries.outstanding_ageing(session),
                    queries.claims_by_status(session))

        self.ops.run_report(None, load, lambda r: self._show(first, last, *r),
                            on_error=self._error, latest=True)

    def _show(self, first: date, last: date, revenue: list[dict], ageing: list[dict], claims: list[dict]) -> None:
        days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
        departments = sorted({r["department_name"] for r in revenue})
        per_day = {d: {day: 0.0 for day in days} for d in departments}
        per_department = dict.fromkeys(departments, Decimal("0"))
        for r in revenue:
            per_day[r["department_name"]][r["day"]] += float(r["total_amount"])
            per_department[r["department_name"]] += r["total_amount"]
        self.revenue_days.set_data(days if revenue else [], {d: [per_day[d][day] for day in days] for d in departments})
        ranked = sorted(departments, key=lambda d: -per_department[d])
        self.revenue_departments.set_data(ranked, {"Invoiced (net of credit notes)":
                                                   [float(per_department[d]) for d in ranked]})
        self.ageing.set_data([a["bucket"] for a in ageing],
                             {"Patients owe": [float(a["patient_balance"]) for a in ageing],
                              "Insurers owe": [float(a["payer_balance"]) for a in ageing]}, stacked=True)
        self.claims.set_data([queries.CLAIM_STATUS_LABEL.get(c["status"], c["status"]) + f" ({c['claim_count']})"
                              for c in claims],
                             {"Claimed": [float(c["claimed_amount"]) for c in claims],
                              "Approved": [float(c["approved_amount"]) for c in claims],
                              "Paid": [float(c["paid_amount"]) for c in claims]})
        total = sum(per_department.values(), Decimal("0"))
        outstanding = sum((a["balance"] for a in ageing), Decimal("0"))
        self.totals.setText(f"Revenue {first:%d.%m.%Y}–{last:%d.%m.%Y}: <b>{total:,.2f}</b> · outstanding now: "
                            f"<b>{outstanding:,.2f}</b> · claims: <b>{sum(c['claim_count'] for c in claims)}</b>")
        self.message.setText("")
        self.loaded.emit()

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
