"""Small forms of the billing workstation: payment, refund, adjustment, void, coverage, payer payment.
Each checks what it can before the database does (which checks everything again)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget)

from ...i18n.formats import date_format, money_text
from ..queries import METHODS, method_label
from ...i18n import directed

# The forms below share _Form: their texts name their own class as context (PySide6's self.tr would look the text
# up under the subclass's name only).


def _money_box(maximum: float, value: float, *, minimum: float = 0.01) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(minimum, max(maximum, minimum))
    box.setValue(value)
    box.setGroupSeparatorShown(True)
    return box


class _Form(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout(self)
        if intro:
            label = QLabel(directed(intro), wordWrap=True)
            self.form.addRow(label)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.setStyleSheet("color: #a40000;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check_and_accept)
        self.buttons.rejected.connect(self.reject)

    def finish(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def problem(self) -> str | None:
        return None

    def _check_and_accept(self) -> None:
        message = self.problem()
        if message:
            self.error.setText(directed(message))
            return
        self.accept()


class PaymentDialog(_Form):
    def __init__(self, number: str, owed: Decimal, currency: str, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("PaymentDialog", "Take payment"),
                         QCoreApplication.translate("PaymentDialog", "Invoice {invoice}: the patient owes {amount}."
                                                    ).format(invoice=number, amount=money_text(owed, currency)),
                         parent)
        self.method = QComboBox(objectName="paymentMethod")
        for key, _label in METHODS:
            self.method.addItem(method_label(key), key)
        self.amount = _money_box(float(owed), float(owed))
        self.amount.setObjectName("paymentAmount")
        self.reference = QLineEdit(objectName="paymentReference", maxLength=100)
        self.reference.setPlaceholderText(QCoreApplication.translate(
            "PaymentDialog", "card authorisation or transfer reference (optional)"))
        self.print_receipt = QCheckBox(QCoreApplication.translate("PaymentDialog", "Print the receipt"), checked=True)
        self.form.addRow(QCoreApplication.translate("PaymentDialog", "Method"), self.method)
        self.form.addRow(QCoreApplication.translate("PaymentDialog", "Amount ({currency})").format(currency=currency),
                         self.amount)
        self.form.addRow(QCoreApplication.translate("PaymentDialog", "Reference"), self.reference)
        self.form.addRow(self.print_receipt)
        self.finish()

    def values(self) -> tuple[str, Decimal, str]:
        return self.method.currentData(), Decimal(f"{self.amount.value():.2f}"), self.reference.text().strip()


class ReasonDialog(_Form):
    """A reason (at least 5 characters), optionally with an amount."""

    def __init__(self, title: str, intro: str, *, amount: tuple[Decimal, Decimal] | None = None,
                 parent: QWidget | None = None):
        super().__init__(title, intro, parent)
        self.amount = None
        if amount is not None:
            self.amount = _money_box(float(amount[1]), float(amount[0]))
            self.form.addRow(QCoreApplication.translate("ReasonDialog", "Amount"), self.amount)
        self.reason = QPlainTextEdit(objectName="reason")
        self.reason.setFixedHeight(70)
        self.form.addRow(QCoreApplication.translate("ReasonDialog", "Reason"), self.reason)
        self.finish()

    def problem(self) -> str | None:
        if len(self.reason.toPlainText().strip()) >= 5:
            return None
        return QCoreApplication.translate("ReasonDialog", "Give a reason of at least 5 characters.")

    def values(self) -> tuple[Decimal | None, str]:
        amount = Decimal(f"{self.amount.value():.2f}") if self.amount is not None else None
        return amount, self.reason.toPlainText().strip()


class AdjustmentDialog(_Form):
    def __init__(self, description: str, amount: Decimal, currency: str, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("AdjustmentDialog", "Adjust charge"), QCoreApplication.translate(
            "AdjustmentDialog", "{charge}: {amount} (after earlier adjustments). The charge itself is never changed: "
            "the discount or correction is added with its reason.").format(charge=description,
                                                                            amount=money_text(amount, currency)),
                         parent)
        self.kind = QComboBox(objectName="adjustKind")
        self.kind.addItem(QCoreApplication.translate("AdjustmentDialog", "Discount (reduces the charge)"), "discount")
        self.kind.addItem(QCoreApplication.translate("AdjustmentDialog", "Correction (+ or −)"), "correction")
        self.amount = _money_box(float(amount), min(10.0, float(amount)), minimum=-float(amount))
        self.reason = QLineEdit(objectName="adjustReason", maxLength=500)
        self.form.addRow(QCoreApplication.translate("AdjustmentDialog", "Kind"), self.kind)
        self.form.addRow(QCoreApplication.translate("AdjustmentDialog", "Amount ({currency})").format(
            currency=currency), self.amount)
        self.form.addRow(QCoreApplication.translate("AdjustmentDialog", "Reason"), self.reason)
        self.finish()

    def problem(self) -> str | None:
        if self.kind.currentData() == "discount" and self.amount.value() <= 0:
            return QCoreApplication.translate("AdjustmentDialog", "A discount is a positive amount.")
        if self.amount.value() == 0:
            return QCoreApplication.translate("AdjustmentDialog", "The amount cannot be zero.")
        if len(self.reason.text().strip()) < 5:
            return QCoreApplication.translate("AdjustmentDialog", "Give a reason of at least 5 characters.")
        return None

    def values(self) -> tuple[str, Decimal, str]:
        return self.kind.currentData(), Decimal(f"{self.amount.value():.2f}"), self.reason.text().strip()


class CoverageDialog(_Form):
    def __init__(self, plans: list[dict], parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("CoverageDialog", "Add insurance coverage"),
                         QCoreApplication.translate("CoverageDialog",
                                                    "The patient's insurance card: plan, member number, validity."),
                         parent)
        self.plan = QComboBox(objectName="coveragePlan")
        for plan in plans:
            self.plan.addItem(plan["label"], plan["id"])
        self.member = QLineEdit(objectName="coverageMember", maxLength=32)
        self.valid_from = QDateEdit(QDate.currentDate(), calendarPopup=True, displayFormat=date_format())
        self.open_ended = QCheckBox(QCoreApplication.translate("CoverageDialog", "No end date"), checked=True)
        self.valid_to = QDateEdit(QDate.currentDate().addYears(1), calendarPopup=True, displayFormat=date_format())
        self.valid_to.setEnabled(False)
        self.open_ended.toggled.connect(lambda on: self.valid_to.setEnabled(not on))
        self.form.addRow(QCoreApplication.translate("CoverageDialog", "Plan"), self.plan)
        self.form.addRow(QCoreApplication.translate("CoverageDialog", "Member number"), self.member)
        self.form.addRow(QCoreApplication.translate("CoverageDialog", "Valid from"), self.valid_from)
        self.form.addRow(self.open_ended)
        self.form.addRow(QCoreApplication.translate("CoverageDialog", "Valid to"), self.valid_to)
        self.finish()

    def problem(self) -> str | None:
        if self.plan.currentData() is None:
            return QCoreApplication.translate("CoverageDialog",
                                              "No insurance plan is set up: an administrator adds payers and plans.")
        if len(self.member.text().strip()) < 4:
            return QCoreApplication.translate("CoverageDialog", "Type the member number from the insurance card.")
        if not self.open_ended.isChecked() and self.valid_to.date() < self.valid_from.date():
            return QCoreApplication.translate("CoverageDialog", "The end date is before the start date.")
        return None

    def values(self) -> tuple[int, str, date, date | None]:
        end = None if self.open_ended.isChecked() else self.valid_to.date().toPython()
        return self.plan.currentData(), self.member.text().strip().upper(), self.valid_from.date().toPython(), end


class PayerPaymentDialog(_Form):
    def __init__(self, payer: str, left: Decimal, currency: str, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("PayerPaymentDialog", "Post the insurer's payment"),
                         QCoreApplication.translate("PayerPaymentDialog",
                                                    "{payer} approved the claim; {amount} of it is not yet paid."
                                                    ).format(payer=payer, amount=money_text(left, currency)), parent)
        self.amount = _money_box(float(left), float(left))
        self.reference = QLineEdit(objectName="remittance", maxLength=100)
        self.reference.setPlaceholderText(QCoreApplication.translate("PayerPaymentDialog", "remittance advice number"))
        self.form.addRow(QCoreApplication.translate("PayerPaymentDialog", "Amount ({currency})").format(
            currency=currency), self.amount)
        self.form.addRow(QCoreApplication.translate("PayerPaymentDialog", "Reference"), self.reference)
        self.finish()

    def values(self) -> tuple[Decimal, str]:
        return Decimal(f"{self.amount.value():.2f}"), self.reference.text().strip()
