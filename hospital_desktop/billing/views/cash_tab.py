"""The cashier's daily close: today's payments by method, the cash counted in the drawer, the difference (which
needs a note), and the history of closes. After the close the day takes no more payments from this cashier."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import date_text, datetime_text, money_text, number_text, time_text
from .. import queries
from .billing_tab import _fitted, _item, _money, _table
from ...i18n import directed
from .text import headers

PAYMENT_COLUMNS = [QT_TRANSLATE_NOOP("CashCloseWorkspace", "Receipt"), QT_TRANSLATE_NOOP("CashCloseWorkspace", "Time"),
                   QT_TRANSLATE_NOOP("CashCloseWorkspace", "Invoice"), QT_TRANSLATE_NOOP("CashCloseWorkspace", "Method"),
                   QT_TRANSLATE_NOOP("CashCloseWorkspace", "Amount"), QT_TRANSLATE_NOOP("CashCloseWorkspace", "Closed")]
CLOSE_COLUMNS = [QT_TRANSLATE_NOOP("CashCloseWorkspace", "Day"), QT_TRANSLATE_NOOP("CashCloseWorkspace", "Cashier"),
                 QT_TRANSLATE_NOOP("CashCloseWorkspace", "Closed at"),
                 QT_TRANSLATE_NOOP("CashCloseWorkspace", "Payments"),
                 QT_TRANSLATE_NOOP("CashCloseWorkspace", "Cash expected"),
                 QT_TRANSLATE_NOOP("CashCloseWorkspace", "Cash counted"),
                 QT_TRANSLATE_NOOP("CashCloseWorkspace", "Difference"), QT_TRANSLATE_NOOP("CashCloseWorkspace", "Card"),
                 QT_TRANSLATE_NOOP("CashCloseWorkspace", "Transfer"), QT_TRANSLATE_NOOP("CashCloseWorkspace", "Note")]


def signed_money(amount: Decimal, currency: str) -> str:
    """'+GBP 5.00' / '-GBP 5.00': a difference shows its sign either way."""
    return (QLocale().positiveSign() if amount > 0 else "") + money_text(amount, currency)


class CashCloseWorkspace(QWidget):
    closed = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.summary: queries.CashSummary | None = None
        self.currency = "GBP"  # the hospital's (core.setting currency), read with the summary
        self.expected = QLabel(objectName="cashExpected")
        self.card = QLabel()
        self.transfer = QLabel()
        self.count = QLabel()
        self.counted = QDoubleSpinBox(objectName="cashCounted")
        self.counted.setDecimals(2)
        self.counted.setRange(0, 10_000_000)
        self.counted.setGroupSeparatorShown(True)
        self.difference = QLabel(objectName="cashDifference")
        self.note = QLineEdit(objectName="cashNote", maxLength=500,
                              placeholderText=self.tr("explain any difference (required when the cash does not match)"))
        self.close_button = QPushButton(self.tr("Close today's cash"), objectName="closeCash")
        self.close_button.setStyleSheet("font-weight: 600;")
        self.message = QLabel(objectName="cashMessage", wordWrap=True)
        form_box = QGroupBox(self.tr("My cash drawer today"))
        form = QFormLayout(form_box)
        form.addRow(self.tr("Payments taken"), self.count)
        form.addRow(self.tr("Cash expected in the drawer"), self.expected)
        form.addRow(self.tr("Card payments"), self.card)
        form.addRow(self.tr("Bank transfers"), self.transfer)
        form.addRow(self.tr("Cash counted"), self.counted)
        form.addRow(self.tr("Difference"), self.difference)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.close_button)
        form.addRow(self.message)
        self.payments = _table(headers("CashCloseWorkspace", PAYMENT_COLUMNS), "cashPayments")
        self.history = _table(headers("CashCloseWorkspace", CLOSE_COLUMNS), "cashHistory")
        top = QHBoxLayout()
        top.addWidget(form_box, 1)
        pay_box = QGroupBox(self.tr("My payments today"))
        QVBoxLayout(pay_box).addWidget(self.payments)
        top.addWidget(pay_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 3)
        layout.addWidget(QLabel(self.tr("Recent cash closes")))
        layout.addWidget(self.history, 2)
        self.counted.valueChanged.connect(self._difference)
        self.close_button.clicked.connect(lambda: self.close_cash())
        ops.changed.connect(lambda noun: noun in (Change.PAYMENT, Change.CASH_CLOSE) and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        def load(session):  # noqa: ANN001, ANN202
            return (queries.cash_summary(session), queries.my_cash_payments(session), queries.cash_closes(session),
                    queries.currency(session))

        self.ops.run_query(None, load, lambda r: self._show(*r), on_error=self._error)

    def _show(self, summary: queries.CashSummary, payments: list[dict], closes: list[dict],
              currency: str = "GBP") -> None:
        self.summary = summary
        self.currency = currency
        self.count.setText(number_text(summary.payment_count))
        self.expected.setText(money_text(summary.expected_cash, currency))
        self.card.setText(money_text(summary.card_total, currency))
        self.transfer.setText(money_text(summary.transfer_total, currency))
        self.close_button.setEnabled(not summary.closed)
        self.close_button.setText(self.tr("Today's cash is closed") if summary.closed else self.tr("Close today's cash"))
        self._difference()
        self.payments.setRowCount(len(payments))
        for r, p in enumerate(payments):
            values = [(p["receipt_number"], False), (time_text(local(p["received_at"])), False), (p["invoice"], False),
                      (queries.method_label(p["method"]), False), (_money(p["amount"]), True),
                      (self.tr("yes") if p["cash_close_id"] else "", False)]
            for c, (value, right) in enumerate(values):
                self.payments.setItem(r, c, _item(value, right=right))
        _fitted(self.payments)
        self.history.setRowCount(len(closes))
        for r, h in enumerate(closes):
            values = [(date_text(h["business_day"]), False), (h["cashier"], False),
                      (datetime_text(local(h["closed_at"])), False), (number_text(h["payment_count"]), True),
                      (_money(h["expected_cash"]), True), (_money(h["counted_cash"]), True),
                      (_money(h["difference"]), True), (_money(h["card_total"]), True),
                      (_money(h["transfer_total"]), True), (h["note"] or "", False)]
            for c, (value, right) in enumerate(values):
                item = _item(value, right=right)
                if c == 6 and h["difference"]:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.history.setItem(r, c, item)
        _fitted(self.history)

    def _difference(self) -> None:
        if self.summary is None:
            return
        diff = Decimal(f"{self.counted.value():.2f}") - self.summary.expected_cash
        self.difference.setText(self.tr("matches") if diff == 0 else signed_money(diff, self.currency))
        self.difference.setStyleSheet("color: #14532d;" if diff == 0 else "color: #a40000; font-weight: 600;")

    def close_cash(self, counted: Decimal | None = None, note: str | None = None) -> None:
        counted = Decimal(f"{self.counted.value():.2f}") if counted is None else counted
        note = self.note.text().strip() if note is None else note

        def done(close_id: int) -> None:
            self.note.clear()
            self.message.setStyleSheet("color: #14532d;")
            self.message.setText(self.tr("Cash closed for today."))
            self.closed.emit(close_id)

        self.ops.run_change(self, lambda s: queries.close_cash(s, counted, note), done, noun=Change.CASH_CLOSE,
                            on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setStyleSheet("color: #a40000;")
        self.message.setText(directed(error.message))
