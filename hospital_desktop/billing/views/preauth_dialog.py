"""Ask the payer to pre-authorise items: the patient (with a coverage in force today), items from today's price
list with quantities, the clinical reason and, optionally, the admission it is for. Billing chooses the patient;
the ward opens it for the admitted patient on screen. The request goes into the insurance outbox
(insurance.request_preauthorization), which prices the items and checks everything again."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...widgets.keys import on_return
from ...core.ops import Operations
from ...i18n.formats import date_text, money_text, number_text
from ...widgets.safety import DANGER
from ...widgets.tables import fill_table, make_table
from .. import insurance

ITEM_COLUMNS = [QT_TRANSLATE_NOOP("PreauthorizationDialog", "Code"), QT_TRANSLATE_NOOP("PreauthorizationDialog", "Item"),
                QT_TRANSLATE_NOOP("PreauthorizationDialog", "Quantity"),
                QT_TRANSLATE_NOOP("PreauthorizationDialog", "Amount")]


def quantity_text(quantity: Decimal) -> str:
    """1, 2, 0.5 as the locale writes them (no trailing zeros for whole quantities)."""
    if quantity == quantity.to_integral():
        return number_text(quantity)
    return number_text(quantity, max(0, -int(quantity.normalize().as_tuple().exponent)))


class PreauthorizationDialog(QDialog):
    """patient: (id, label) when the patient is given (the ward, billing's open account); None lets billing search
    patients with coverage. admission_id: the stay it is for (the ward), offered as the default."""
    requested = Signal(int)   # the pre-authorisation
    ready = Signal()          # the price list is loaded (tests fill the form after it)

    def __init__(self, ops: Operations, patient: tuple[int, str] | None = None, admission_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Request a pre-authorisation"))
        self.setMinimumWidth(640)
        self.patient_id: int | None = patient[0] if patient else None
        self.items: list[tuple[insurance.PriceChoice, Decimal]] = []
        self.prices: list[insurance.PriceChoice] = []
        self.found: list[insurance.CoveredPatient] = []
        form = QFormLayout()
        self.patient_label = QLabel(patient[1] if patient else "", objectName="preauthPatient", wordWrap=True)
        self.search = QLineEdit(objectName="preauthPatientSearch", placeholderText=self.tr("name or MRN, then Return"))
        self.patient_choice = QComboBox(objectName="preauthPatientChoice")
        if patient is None:
            find = QHBoxLayout()
            find.addWidget(self.search, 1)
            find.addWidget(self.patient_choice, 2)
            search_label = QLabel(self.tr("&Patient"))
            search_label.setBuddy(self.search)
            form.addRow(search_label, find)
        else:
            self.search.hide()
            self.patient_choice.hide()
            form.addRow(self.tr("Patient"), self.patient_label)
        self.price = QComboBox(objectName="preauthPrice")
        self.price.setEditable(True)  # type to find an item of the price list
        self.price.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.price.setMinimumContentsLength(40)
        self.price.lineEdit().setPlaceholderText(self.tr("type to find an item of today's price list"))
        self.quantity = QDoubleSpinBox(objectName="preauthQuantity", decimals=2, minimum=0.01, maximum=365, value=1)
        self.add_button = QPushButton(self.tr("Add &item"), objectName="preauthAddItem")
        self.remove_button = QPushButton(self.tr("Remo&ve"), objectName="preauthRemoveItem")
        item_row = QHBoxLayout()
        item_row.addWidget(self.price, 1)
        item_row.addWidget(QLabel("×"))
        item_row.addWidget(self.quantity)
        item_row.addWidget(self.add_button)
        price_label = QLabel(self.tr("I&tem"))
        price_label.setBuddy(self.price)
        form.addRow(price_label, item_row)
        self.table = make_table([QCoreApplication.translate("PreauthorizationDialog", c) for c in ITEM_COLUMNS],
                                "preauthItems", single=True)
        self.table.setMinimumHeight(120)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        table_row.addWidget(self.remove_button)
        form.addRow("", table_row)
        self.reason = QPlainTextEdit(objectName="preauthReason")
        self.reason.setPlaceholderText(self.tr("Clinical reason the payer needs (diagnosis, why these items)"))
        self.reason.setFixedHeight(70)
        self.reason.setTabChangesFocus(True)
        reason_label = QLabel(self.tr("Clinical &reason"))
        reason_label.setBuddy(self.reason)
        form.addRow(reason_label, self.reason)
        self.admission = QComboBox(objectName="preauthAdmission")
        self.admission.addItem(self.tr("Not for an admission"), None)
        self.default_admission = admission_id
        if admission_id is not None:
            self.admission.addItem(self.tr("This admission (#{admission})").format(admission=admission_id),
                                   admission_id)
            self.admission.setCurrentIndex(1)
        admission_label = QLabel(self.tr("A&dmission"))
        admission_label.setBuddy(self.admission)
        form.addRow(admission_label, self.admission)
        self.error = QLabel(objectName="formError", wordWrap=True)
        self.error.setStyleSheet(f"color: {DANGER};")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send re&quest"))  # Alt+R: the reason
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.add_button.setAutoDefault(False)
        self.remove_button.setAutoDefault(False)
        self.reason.textChanged.connect(lambda: self.error.setText(""))
        self.search.returnPressed.connect(self.find_patients)
        self.patient_choice.currentIndexChanged.connect(self._patient_chosen)
        self.add_button.clicked.connect(lambda: self.add_item())
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Return in the item or its quantity adds the item (the dialog's default would send the form without it
        # and say "Add the items"); with the item field empty it sends the form as usual.
        on_return(self.price, self._return_in_item)
        on_return(self.quantity, self._return_in_item)
        self.setEnabled(False)
        ops.run_query(None, insurance.price_choices, self._set_prices, on_error=self._error)
        if self.patient_id is not None and admission_id is None:
            self._load_admissions(self.patient_id)

    # -- loading ----------------------------------------------------------------------------------------------
    def _set_prices(self, prices: list[insurance.PriceChoice]) -> None:
        self.prices = prices
        self.price.clear()
        for p in prices:
            self.price.addItem(p.label, p.code)
        self.price.setCurrentIndex(-1)
        self.setEnabled(True)
        (self.search if self.patient_id is None else self.price).setFocus()
        self.ready.emit()

    def find_patients(self, text: str | None = None) -> None:
        search = self.search.text() if text is None else text
        self.ops.run_query(None, lambda s: insurance.covered_patients(s, search), self._show_found,
                           on_error=self._error, latest=True)

    def _show_found(self, rows: list[insurance.CoveredPatient]) -> None:
        self.found = rows
        self.patient_choice.clear()
        for p in rows:
            self.patient_choice.addItem(p.label, p.patient_id)
        if not rows:
            self.error.setText(self.tr("No patient with insurance in force today matches."))
            self.patient_id = None
        else:
            self.error.setText("")
            self.patient_choice.setFocus()

    def _patient_chosen(self, _index: int) -> None:
        self.patient_id = self.patient_choice.currentData()
        self.admission.clear()
        self.admission.addItem(self.tr("Not for an admission"), None)
        if self.patient_id is not None:
            self._load_admissions(self.patient_id)

    def _load_admissions(self, patient_id: int) -> None:
        self.ops.run_query(None, lambda s: insurance.patient_admissions(s, patient_id), self._show_admissions,
                           on_error=lambda _e: None, latest=True)

    def _show_admissions(self, rows: list[dict]) -> None:
        for a in rows:
            if a["discharged_at"]:
                text = self.tr("Admission #{admission}: {start} – {end}").format(
                    admission=a["id"], start=date_text(local(a["admitted_at"])), end=date_text(local(a["discharged_at"])))
            else:
                text = self.tr("Admission #{admission}: {start} – in hospital").format(
                    admission=a["id"], start=date_text(local(a["admitted_at"])))
            self.admission.addItem(text, a["id"])

    # -- items ------------------------------------------------------------------------------------------------
    def add_item(self, code: str | None = None, quantity: Decimal | None = None) -> bool:
        if code is None:
            index = self.price.currentIndex()
            typed = self.price.currentText().strip()
            if index < 0 or self.price.itemText(index) != typed:
                index = self.price.findText(typed)
            code = self.price.itemData(index) if index >= 0 else None
        choice = next((p for p in self.prices if p.code == code), None)
        if choice is None:
            self.error.setText(self.tr("Choose an item of today's price list."))
            return False
        if len(self.items) >= 50:
            self.error.setText(self.tr("A pre-authorisation asks for at most 50 items."))
            return False
        qty = quantity if quantity is not None else Decimal(f"{self.quantity.value():.2f}")
        self.items.append((choice, qty))
        self.error.setText("")
        self._fill()
        self.price.setCurrentIndex(-1)
        self.quantity.setValue(1)
        self.price.setFocus()
        return True

    def _return_in_item(self) -> None:
        if not self.price.currentText().strip() and self.items:
            self.submit()
        else:
            self.add_item()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            del self.items[row]
            self._fill()

    def _fill(self) -> None:
        fill_table(self.table, [(p.code, p.name, quantity_text(q), money_text(p.amount * q, p.currency))
                                for p, q in self.items])

    # -- sending ----------------------------------------------------------------------------------------------
    def problem(self) -> str | None:
        if self.patient_id is None:
            return self.tr("Find the patient first (only patients with insurance in force today).")
        if not self.items:
            return self.tr("Add the items the payer should pre-authorise.")
        if len(self.reason.toPlainText().strip()) < 3:
            return self.tr("Give the clinical reason for the pre-authorisation.")
        return None

    def submit(self) -> None:
        message = self.problem()
        if message:
            self.error.setText(message)
            return
        patient_id, reason = self.patient_id, self.reason.toPlainText().strip()
        items = [(p.code, q) for p, q in self.items]
        admission_id = self.admission.currentData()

        def done(preauthorization_id: int) -> None:
            self.requested.emit(preauthorization_id)
            self.accept()

        self.ops.run_change(self, lambda s: insurance.request_preauthorization(s, patient_id, items, reason,
                                                                             admission_id),
                            done, noun=Change.PREAUTHORIZATION, on_error=self._error,
                            label=self.tr("Queuing the pre-authorisation…"))

    def _error(self, error: KnownError) -> None:
        self.setEnabled(True)
        self.error.setText(error.message)
