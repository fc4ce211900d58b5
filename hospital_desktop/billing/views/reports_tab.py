"""Financial views: revenue by department and day, outstanding balances by age, claims by status; and, for the
insurance claims, the approval rate by month, the days from sending a claim to the payer's payment and what the
payers refused by reason — each a chart (hospital_desktop/widgets/charts.py) with the figures beside it."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (QDateEdit, QGridLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout,
                               QWidget)

from ...core import idle
from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_format, date_text, money_text, number_text
from ...widgets.charts import BarChart, LineChart
from .. import insurance, queries
from ...i18n import directed

# billing.outstanding_ageing's buckets by their order (the database names them in English)
AGEING_LABEL = {1: QT_TRANSLATE_NOOP("FinanceReportsWorkspace", "0–30 days"),
                2: QT_TRANSLATE_NOOP("FinanceReportsWorkspace", "31–60 days"),
                3: QT_TRANSLATE_NOOP("FinanceReportsWorkspace", "61–90 days"),
                4: QT_TRANSLATE_NOOP("FinanceReportsWorkspace", "over 90 days")}


def month_text(month: date) -> str:
    """'Mar 2026' as the locale abbreviates the month."""
    return QLocale().toString(QDate(month.year, month.month, 1), "MMM yyyy")


class FinanceReportsWorkspace(QWidget):
    loaded = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.first = QDateEdit(QDate.currentDate().addDays(-29), calendarPopup=True, displayFormat=date_format())
        self.last = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat=date_format())
        self.refresh_button = QPushButton(self.tr("Show"))
        self.currency = "GBP"  # the hospital's (core.setting currency), read with the figures
        self.revenue_days = LineChart(self.tr("Revenue per day by department"))
        self.revenue_departments = BarChart(self.tr("Revenue by department"))
        self.ageing = BarChart(self.tr("Outstanding balances by age"))
        self.claims = BarChart(self.tr("Claims by status"))
        self.revenue_days.set_axis_labels(left=self.tr("amount"))
        self.ageing.set_axis_labels(left=self.tr("amount"))
        self.claims.set_axis_labels(left=self.tr("amount"))
        # The insurance page is built on a later turn of the event loop (idle.later): built here with the others,
        # the workspace held the screen still for over 100 ms.
        self.approval: BarChart | None = None
        self.days_to_payment: BarChart | None = None
        self.rejections: BarChart | None = None
        self.insurance_figures = QLabel(objectName="insuranceFigures", wordWrap=True)
        self.rejection_list = QLabel(objectName="rejectionReasons", wordWrap=True)
        self._insurance_data: tuple | None = None
        self.totals = QLabel(objectName="reportTotals", wordWrap=True)
        self.message = QLabel(wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.first)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.last)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.totals, 2)
        revenue = QWidget()
        grid = QGridLayout(revenue)
        grid.addWidget(self.revenue_days, 0, 0)
        grid.addWidget(self.revenue_departments, 0, 1)
        grid.addWidget(self.ageing, 1, 0)
        grid.addWidget(self.claims, 1, 1)
        claims_page = QWidget()
        self.insurance_grid = QGridLayout(claims_page)
        self.insurance_grid.addWidget(self.insurance_figures, 1, 0, 1, 2)
        self.insurance_grid.addWidget(self.rejection_list, 1, 2)
        self.insurance_grid.setRowStretch(0, 1)
        self.pages = QTabWidget(objectName="financePages")
        self.pages.addTab(revenue, self.tr("&Revenue and balances"))
        self.pages.addTab(claims_page, self.tr("&Insurance claims"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        self.refresh_button.clicked.connect(self.refresh)
        idle.later(self, self.build_insurance_page)
        ops.changed.connect(lambda noun: noun in (Change.INVOICE, Change.PAYMENT, Change.CLAIM) and self.refresh())
        self.refresh()

    def set_period(self, first: date, last: date) -> None:
        self.first.setDate(QDate(first.year, first.month, first.day))
        self.last.setDate(QDate(last.year, last.month, last.day))

    def refresh(self) -> None:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if last < first:
            self.message.setText(self.tr("The period ends before it starts."))
            return

        def load(session):  # noqa: ANN001, ANN202
            return (queries.revenue_by_department(session, first, last), queries.outstanding_ageing(session),
                    queries.claims_by_status(session), insurance.claim_statistics(session, first, last),
                    insurance.rejection_reasons(session, first, last), queries.currency(session))

        self.ops.run_report(None, load, lambda r: self._show(first, last, *r),
                            on_error=self._error, latest=True)

    def _show(self, first: date, last: date, revenue: list[dict], ageing: list[dict], claims: list[dict],
              months: list[insurance.ClaimMonth], reasons: list[insurance.RejectionReason],
              currency: str = "GBP") -> None:
        self.currency = currency
        days = [first + timedelta(days=k) for k in range((last - first).days + 1)]
        departments = sorted({r["department_name"] for r in revenue})
        per_day = {d: {day: 0.0 for day in days} for d in departments}
        per_department = dict.fromkeys(departments, Decimal("0"))
        for r in revenue:
            per_day[r["department_name"]][r["day"]] += float(r["total_amount"])
            per_department[r["department_name"]] += r["total_amount"]
        ranked = sorted(departments, key=lambda d: -per_department[d])
        # One chart per turn of the event loop (core.idle): seven charts drawn at once held the screen still.
        idle.later(self, lambda: self.revenue_days.set_data(
            days if revenue else [], {d: [per_day[d][day] for day in days] for d in departments}))
        idle.later(self, lambda: self.revenue_departments.set_data(
            ranked, {self.tr("Invoiced (net of credit notes)"): [float(per_department[d]) for d in ranked]}))
        idle.later(self, lambda: self.ageing.set_data(
            [directed(self._bucket(a)) for a in ageing],
            {self.tr("Patients owe"): [float(a["patient_balance"]) for a in ageing],
             self.tr("Insurers owe"): [float(a["payer_balance"]) for a in ageing]}, stacked=True))
        idle.later(self, lambda: self.claims.set_data(
            [directed(self.tr("{status} ({count})").format(status=queries.claim_status_label(c["status"]),
                                                           count=number_text(c["claim_count"]))) for c in claims],
            {self.tr("Claimed"): [float(c["claimed_amount"]) for c in claims],
             self.tr("Approved"): [float(c["approved_amount"]) for c in claims],
             self.tr("Paid"): [float(c["paid_amount"]) for c in claims]}))
        total = sum(per_department.values(), Decimal("0"))
        outstanding = sum((a["balance"] for a in ageing), Decimal("0"))
        self.totals.setText(directed(self.tr("Revenue {first}–{last}: <b>{total}</b> · outstanding now: <b>{outstanding}</b> · "
                                    "claims: <b>{claims}</b>").format(
            first=date_text(first), last=date_text(last), total=money_text(total, currency),
            outstanding=money_text(outstanding, currency),
            claims=number_text(sum(c["claim_count"] for c in claims)))))
        self.message.setText("")
        self._show_insurance(months, reasons)  # after the revenue charts: those are on the page shown first
        idle.later(self, self.loaded.emit)  # once every chart has its data

    @staticmethod
    def _bucket(row: dict) -> str:
        label = AGEING_LABEL.get(row.get("bucket_order"))
        return QCoreApplication.translate("FinanceReportsWorkspace", label) if label else row["bucket"]

    def build_insurance_page(self) -> None:
        """The three insurance charts, one per turn of the event loop (idle.later); drawn once all are there."""
        if self.approval is None:
            self.approval = BarChart(self.tr("Claims approved, % of those decided"))
            self.approval.set_axis_labels(left="%")
            self.insurance_grid.addWidget(self.approval, 0, 0)
        elif self.days_to_payment is None:
            self.days_to_payment = BarChart(self.tr("Days from sending to payment (average)"))
            self.days_to_payment.set_axis_labels(left=self.tr("days"))
            self.insurance_grid.addWidget(self.days_to_payment, 0, 1)
        elif self.rejections is None:
            self.rejections = BarChart(self.tr("Refused by the payers, by reason"))
            self.rejections.set_axis_labels(left=self.tr("amount"))
            self.insurance_grid.addWidget(self.rejections, 0, 2)
            if self._insurance_data is not None:
                self._show_insurance(*self._insurance_data)
            return
        else:
            return
        idle.later(self, self.build_insurance_page)

    def _show_insurance(self, months: list[insurance.ClaimMonth], reasons: list[insurance.RejectionReason]) -> None:
        self._insurance_data = (months, reasons)
        self._insurance_totals(months, reasons)
        if self.approval is None or self.days_to_payment is None or self.rejections is None:
            return  # drawn once the page is built
        # One chart per turn of the event loop, after the revenue charts: drawn in the same turn as those, the
        # answer held the screen still over 100 ms.
        decided = [m for m in months if m.decided]
        paid = [m for m in months if m.average_days_to_payment is not None]
        idle.later(self, lambda: self.approval.set_data(
            [directed(self.tr("{month} ({count})").format(month=month_text(m.month), count=number_text(m.decided)))
             for m in decided],
            {self.tr("Approved in full"): [100.0 * m.approved / m.decided for m in decided],
             self.tr("Approved in part"): [100.0 * m.partial / m.decided for m in decided]}, stacked=True))
        idle.later(self, lambda: self.days_to_payment.set_data(
            [directed(self.tr("{month} ({count})").format(month=month_text(m.month),
                                                          count=number_text(m.paid_claims))) for m in paid],
            {self.tr("Average days"): [float(m.average_days_to_payment) for m in paid]}))
        # Numbered bars, the reasons listed under the charts (a reason is a sentence: as a tick label it overlapped).
        idle.later(self, lambda: self.rejections.set_data([number_text(k) for k in range(1, len(reasons) + 1)],
                                                          {self.tr("Refused amount"): [float(r.amount) for r in reasons]}))

    def _insurance_totals(self, months: list[insurance.ClaimMonth], reasons: list[insurance.RejectionReason]) -> None:
        total = sum(m.decided for m in months)
        rate = (100.0 * sum(m.approved + m.partial for m in months) / total) if total else None
        claimed = sum((m.claimed_amount for m in months), Decimal("0"))
        approved = sum((m.approved_amount for m in months), Decimal("0"))
        refused = money_text(sum((r.amount for r in reasons), Decimal("0")), self.currency)
        if rate is None:
            text = self.tr("Claims decided in the period: <b>{decided}</b> · refused by reason: <b>{refused}</b>")
        else:
            text = self.tr("Claims decided in the period: <b>{decided}</b> · approved in full or in part: <b>{rate} %</b> "
                           "· claimed {claimed}, approved {approved} · refused by reason: <b>{refused}</b>")
        self.insurance_figures.setText(directed(text.format(
            decided=number_text(total), rate=number_text(round(rate)) if rate is not None else "",
            claimed=money_text(claimed, self.currency), approved=money_text(approved, self.currency), refused=refused)))
        self.rejection_list.setText(directed("<br>".join(
            f"<b>{number_text(k)}</b> " + self.tr("{reason} — %n item(s), {amount}", None, r.items).format(
                reason=escape(r.reason), amount=money_text(r.amount, self.currency))
            for k, r in enumerate(reasons, 1)) or self.tr("Nothing refused in the period.")))

    def _error(self, error: KnownError) -> None:
        self.message.setText(directed(error.message))
