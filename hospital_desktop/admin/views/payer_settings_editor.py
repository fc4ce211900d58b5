"""What the administrator keeps per payer for the insurance gateway: the payer's item codes for our price codes
(claims and pre-authorisations carry them; an item may need the payer's pre-authorisation) and the payer's
policy (admissions need a pre-authorisation; how many hours an eligibility answer is trusted).

Column headers are class tables of QT_TRANSLATE_NOOP (context: the editor's class), translated when the table is
made. Each form keeps one Alt+letter per field and button in every language (tests/test_insurance_keyboard.py)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSpinBox, QVBoxLayout, QWidget)

from ...billing import insurance
from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n import formats
from ...widgets.tables import fill_table, make_table


class _PayerEditor(QWidget):
    headers: list[str] = []
    name = ""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.table = make_table([QCoreApplication.translate(type(self).__name__, h) for h in self.headers],
                                f"{self.name}Table", single=True)
        self.form = QFormLayout()
        self.save_button = QPushButton(self.tr("&Save"), objectName=f"save_{self.name}")
        self.message = QLabel(objectName=f"{self.name}Message", wordWrap=True)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addLayout(self.buttons)
        right.addWidget(self.message)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)
        self.table.itemSelectionChanged.connect(self._selected)
        self.save_button.clicked.connect(self.save)
        ops.changed.connect(lambda noun: noun == Change.PAYER_SETTINGS and self.refresh())

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def error(self, error: KnownError) -> None:
        self.message.setStyleSheet("color: #a40000;")
        self.message.setText(error.message)

    def saved(self, _=None) -> None:  # noqa: ANN001
        self.message.setStyleSheet("color: #1a7f37;")
        self.message.setText(self.tr("Saved."))

    def refresh(self) -> None:  # pragma: no cover - subclasses
        raise NotImplementedError

    def _selected(self) -> None:  # pragma: no cover - subclasses
        raise NotImplementedError

    def save(self) -> None:  # pragma: no cover - subclasses
        raise NotImplementedError


class PayerItemCodesEditor(_PayerEditor):
    headers = [QT_TRANSLATE_NOOP("PayerItemCodesEditor", "Payer"),
               QT_TRANSLATE_NOOP("PayerItemCodesEditor", "Price code"),
               QT_TRANSLATE_NOOP("PayerItemCodesEditor", "Item"),
               QT_TRANSLATE_NOOP("PayerItemCodesEditor", "Payer code"),
               QT_TRANSLATE_NOOP("PayerItemCodesEditor", "Payer's name"),
               QT_TRANSLATE_NOOP("PayerItemCodesEditor", "Pre-authorisation"),
               QT_TRANSLATE_NOOP("PayerItemCodesEditor", "Active")]
    name = "payerItemCode"

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.items: list[insurance.ItemCode] = []
        self.editing: insurance.ItemCode | None = None
        self.payer = QComboBox(objectName="itemCodePayer")
        self.price_code = QComboBox(objectName="itemCodePriceCode")
        self.price_code.setEditable(True)
        self.price_code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.payer_code = QLineEdit(objectName="itemCodePayerCode", maxLength=40)
        self.payer_display = QLineEdit(objectName="itemCodePayerDisplay", maxLength=200)
        self.needs_preauthorization = QCheckBox(self.tr("The payer wants this item pre-&authorised"),
                                                objectName="itemCodeNeedsPreauth")
        self.active = QCheckBox(self.tr("Acti&ve"), objectName="itemCodeActive", checked=True)
        for label, widget in ((self.tr("&Payer"), self.payer), (self.tr("P&rice code"), self.price_code),
                              (self.tr("Payer's &code"), self.payer_code),
                              (self.tr("Payer's &name"), self.payer_display)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            self.form.addRow(caption, widget)
        self.form.addRow("", self.needs_preauthorization)
        self.form.addRow("", self.active)
        self.new_button = QPushButton(self.tr("Ne&w"), objectName="new_payerItemCode")  # Alt+N: the name
        self.buttons.insertWidget(0, self.new_button)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.refresh()

    def refresh(self) -> None:
        self.ops.run_query(None, lambda s: (insurance.payers(s), insurance.price_codes(s), insurance.item_codes(s)),
                           self._show, on_error=self.error, latest=True)

    def _show(self, result) -> None:  # noqa: ANN001
        payers, prices, self.items = result
        payer, price = self.payer.currentData(), self.price_code.currentData()
        self.payer.clear()
        for p in payers:
            self.payer.addItem(f"{p.name} ({p.code})", p.id)
        self.price_code.clear()
        for code, name in prices:
            self.price_code.addItem(f"{code} — {name}", code)
        self.payer.setCurrentIndex(max(0, self.payer.findData(payer)))
        self.price_code.setCurrentIndex(self.price_code.findData(price))
        self.table.blockSignals(True)
        fill_table(self.table, [(i.payer, i.price_code, i.price_name or "", i.payer_code, i.payer_display or "",
                                 self.tr("needed") if i.needs_preauthorization else "",
                                 self.tr("yes") if i.active else self.tr("no"))
                                for i in self.items])
        self.table.blockSignals(False)
        if self.editing is not None:
            self.edit(next((i for i in self.items if i.id == self.editing.id), None))

    def _selected(self) -> None:
        row = self.selected_row()
        if 0 <= row < len(self.items):
            self.edit(self.items[row])

    def edit(self, item: insurance.ItemCode | None) -> None:
        """Payer and price code are fixed once made (claims were sent with them); the rest changes."""
        self.editing = item
        self.payer.setEnabled(item is None)
        self.price_code.setEnabled(item is None)
        if item is not None:
            self.payer.setCurrentIndex(max(0, self.payer.findData(item.payer_id)))
            index = self.price_code.findData(item.price_code)
            if index < 0:
                self.price_code.addItem(item.price_code, item.price_code)
                index = self.price_code.count() - 1
            self.price_code.setCurrentIndex(index)
        else:
            self.price_code.setCurrentIndex(-1)
        self.payer_code.setText(item.payer_code if item else "")
        self.payer_display.setText(item.payer_display or "" if item else "")
        self.needs_preauthorization.setChecked(bool(item and item.needs_preauthorization))
        self.active.setChecked(item.active if item else True)

    def chosen_price_code(self) -> str:
        index = self.price_code.currentIndex()
        typed = self.price_code.currentText().strip()
        if index >= 0 and self.price_code.itemText(index) == typed:
            return self.price_code.itemData(index)
        return typed.split(" — ")[0].strip().upper()

    def save(self) -> None:
        payer_id, price_code = self.payer.currentData(), self.chosen_price_code()
        payer_code, display = self.payer_code.text().strip(), self.payer_display.text().strip()
        if payer_id is None:
            self.error(KnownError(self.tr("No payer is set up.")))
            return
        if not price_code:
            self.error(KnownError(self.tr("Choose the price code the payer's code stands for.")))
            return
        if not payer_code:
            self.error(KnownError(self.tr("Type the payer's code for the item.")))
            return
        item_id = self.editing.id if self.editing else None
        needs, active = self.needs_preauthorization.isChecked(), self.active.isChecked()

        def done(new_id: int) -> None:
            self.editing = insurance.ItemCode(new_id, payer_id, "", price_code, None, payer_code, display or None,
                                              needs, active)
            self.saved()

        self.ops.run_change(self, lambda s: insurance.save_item_code(s, item_id, payer_id, price_code, payer_code,
                                                                     display, needs, active),
                            done, noun=Change.PAYER_SETTINGS, on_error=self.error,
                            reason="payer item code maintained by an administrator")


class PayerPoliciesEditor(_PayerEditor):
    headers = [QT_TRANSLATE_NOOP("PayerPoliciesEditor", "Payer"), QT_TRANSLATE_NOOP("PayerPoliciesEditor", "Code"),
               QT_TRANSLATE_NOOP("PayerPoliciesEditor", "Admissions need pre-authorisation"),
               QT_TRANSLATE_NOOP("PayerPoliciesEditor", "Eligibility valid (hours)")]
    name = "payerPolicy"

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.items: list[insurance.PayerPolicy] = []
        self.payer = QLabel(objectName="policyPayer")
        self.admission = QCheckBox(self.tr("Admissions need the payer's pre-&authorisation"),
                                   objectName="policyAdmission")
        self.hours = QSpinBox(objectName="policyHours", minimum=1, maximum=720, suffix=self.tr(" h"))
        self.hours.setToolTip(self.tr("How long an eligibility answer is trusted before reception and billing see it "
                                      "as out of date (1 to 720 hours)"))
        hours_label = QLabel(self.tr("&Eligibility valid for"))
        hours_label.setBuddy(self.hours)
        self.form.addRow(self.tr("Payer"), self.payer)
        self.form.addRow("", self.admission)
        self.form.addRow(hours_label, self.hours)
        self.refresh()

    def refresh(self) -> None:
        self.ops.run_query(None, insurance.payer_policies, self._show, on_error=self.error, latest=True)

    def _show(self, items: list[insurance.PayerPolicy]) -> None:
        keep = self.selected_row()
        self.items = items
        self.table.blockSignals(True)
        def hours(p: insurance.PayerPolicy) -> str:
            text = formats.number_text(p.eligibility_valid_hours)
            return text if p.recorded else self.tr("{hours} (default)").format(hours=text)
        fill_table(self.table, [(p.payer, p.code, self.tr("yes") if p.admission_needs_preauthorization else self.tr("no"),
                                 hours(p)) for p in items])
        self.table.blockSignals(False)
        if 0 <= keep < len(items):
            self.table.selectRow(keep)
        self._selected()

    def _selected(self) -> None:
        row = self.selected_row()
        p = self.items[row] if 0 <= row < len(self.items) else None
        self.save_button.setEnabled(p is not None)
        self.payer.setText(f"{p.payer} ({p.code})" if p else self.tr("Select a payer."))
        self.payer.setProperty("data", p is not None)  # the payer's name is data
        self.admission.setChecked(bool(p and p.admission_needs_preauthorization))
        self.hours.setValue(p.eligibility_valid_hours if p else 24)

    def save(self) -> None:
        row = self.selected_row()
        if not 0 <= row < len(self.items):
            return
        payer_id, admission, hours = self.items[row].payer_id, self.admission.isChecked(), self.hours.value()
        self.ops.run_change(self, lambda s: insurance.save_payer_policy(s, payer_id, admission, hours), self.saved,
                            noun=Change.PAYER_SETTINGS, on_error=self.error,
                            reason="payer policy maintained by an administrator")
