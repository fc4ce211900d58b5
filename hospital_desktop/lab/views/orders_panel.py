"""The encounter's laboratory orders (doctor): order a test or panel with a priority, follow each order's status,
see released results with their flags, cancel an order with a reason."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.clock import local
from ...core.errors import KnownError
from ...core.ops import Operations
from ...widgets.safety import DANGER, WARNING
from ...widgets.tables import fill_table, make_table
from .. import queries
from ..queries import PRIORITIES

FLAG_COLORS = {"critical_low": DANGER, "critical_high": DANGER, "low": WARNING, "high": WARNING,
               "abnormal": WARNING}


def result_text(row: queries.OrderRow) -> str:
    if row.value is None:
        return ""
    return f"{row.value} {row.unit_shown}".strip() + (f"  {row.flag_label}" if row.flag_label else "")


class LabOrdersPanel(QGroupBox):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__("Laboratory orders", parent)
        self.ops = ops
        self.encounter_id: int | None = None
        self.orders: list[queries.OrderRow] = []
        self.choices: list[queries.Orderable] = []
        self.test_box = QComboBox(objectName="labTestBox")
        self.test_box.setEditable(True)
        self.test_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.test_box.setMinimumWidth(360)
        self.priority_box = QComboBox(objectName="labPriorityBox")
        self.priority_box.addItems(list(PRIORITIES))
        self.info_edit = QLineEdit(objectName="labClinicalInfo", placeholderText="Clinical information for the lab")
        self.order_button = QPushButton("Order", objectName="labOrderButton")
        self.cancel_button = QPushButton("Cancel selected order…", objectName="labCancelButton")
        self.message = QLabel(objectName="labOrdersMessage")
        self.message.setWordWrap(True)
        self.table = make_table(["Ordered", "Test", "Priority", "Status", "Result", "Reference", "Order no."],
                                "labOrdersTable")
        row = QHBoxLayout()
        row.addWidget(self.test_box, 2)
        row.addWidget(self.priority_box)
        row.addWidget(self.info_edit, 2)
        row.addWidget(self.order_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.cancel_button, alignment=Qt.AlignmentFlag.AlignRight)
        self.order_button.clicked.connect(lambda: self.place_order())
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.ops.changed.connect(lambda noun: self.refresh() if noun == Change.LAB_ORDER else None)
        self.ops.run_query(None, queries.orderables, self._set_choices, on_error=self._error)

    def _set_choices(self, choices: list[queries.Orderable]) -> None:
        self.choices = choices
        self.test_box.clear()
        for i, choice in enumerate(choices):
            self.test_box.addItem(choice.label, i)
        completer = QCompleter([c.label for c in choices], self.test_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.test_box.setCompleter(completer)
        self.test_box.setCurrentIndex(-1)

    def set_encounter(self, encounter_id: int, is_open: bool) -> None:
        self.encounter_id = encounter_id
        for w in (self.test_box, self.priority_box, self.info_edit, self.order_button):
            w.setEnabled(is_open)
        self.refresh()

    def select_test(self, code: str) -> bool:
        for i, choice in enumerate(self.choices):
            if choice.code == code:
                self.test_box.setCurrentIndex(i)
                return True
        return False

    def refresh(self) -> None:
        if self.encounter_id is None:
            return
        encounter_id = self.encounter_id
        self.ops.run_query(None, lambda s: queries.encounter_orders(s, encounter_id),
                           lambda rows: self._show(encounter_id, rows), on_error=self._error)

    def _show(self, encounter_id: int, rows: list[queries.OrderRow]) -> None:
        if encounter_id != self.encounter_id:
            return  # an answer for the encounter shown before
        self.orders = rows
        fill_table(self.table, [(f"{local(r.ordered_at):%d.%m. %H:%M}", r.test, r.priority, r.status, result_text(r),
                                 r.reference_range or "", r.order_number) for r in rows],
                   [FLAG_COLORS.get(r.flag or "") for r in rows])

    def _chosen(self) -> queries.Orderable | None:
        text = self.test_box.currentText().strip()
        for choice in self.choices:
            if text in (choice.label, choice.code) or text.lower() == choice.name.lower():
                return choice
        return None

    def place_order(self) -> None:
        choice = self._chosen()
        if choice is None or self.encounter_id is None:
            self.message.setText("Choose a test or panel from the list.")
            return
        encounter_id, priority, info = self.encounter_id, self.priority_box.currentText(), self.info_edit.text()
        self.message.setText("")
        self.ops.run_change(self, lambda s: queries.place_order(s, encounter_id, choice.code, priority, info),
                            lambda ids: self._ordered(choice, ids), noun=Change.LAB_ORDER, on_error=self._error)

    def _ordered(self, choice: queries.Orderable, ids: list[int]) -> None:
        self.message.setText(f"Ordered {choice.name} ({len(ids)} test{'s' if len(ids) > 1 else ''}).")
        self.info_edit.clear()
        self.test_box.setCurrentIndex(-1)

    def cancel_selected(self, reason: str | None = None) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.orders):
            self.message.setText("Select the order to cancel.")
            return
        target = self.orders[row]
        if reason is None:
            reason, ok = QInputDialog.getText(self, "Cancel lab order",
                                              f"Why is {target.test} ({target.order_number}) cancelled?")
            if not ok:
                return
        self.ops.run_change(self, lambda s: queries.cancel_order(s, target.id, reason),
                            lambda _: self.message.setText(f"{target.test} cancelled."), noun=Change.LAB_ORDER,
                            reason=reason, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(str(error))
