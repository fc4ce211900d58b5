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
from ...i18n.formats import datetime_text
from ...widgets.safety import DANGER, WARNING
from ...widgets.tables import fill_table, make_table
from .. import queries
from ..queries import PRIORITIES
from .labels import (STATUSES, fit_to_labels, left_to_right, priority_label, result_sample, result_text,
                     status_label)

FLAG_COLORS = {"critical_low": DANGER, "critical_high": DANGER, "low": WARNING, "high": WARNING,
               "abnormal": WARNING}

__all__ = ["FLAG_COLORS", "LabOrdersPanel", "result_text"]


class LabOrdersPanel(QGroupBox):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Laboratory orders"))
        self.ops = ops
        self.encounter_id: int | None = None
        self.orders: list[queries.OrderRow] = []
        self.choices: list[queries.Orderable] = []
        self.labels: list[str] = []  # each choice as the list shows it
        self.test_box = QComboBox(objectName="labTestBox")
        self.test_box.setEditable(True)
        self.test_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.test_box.setMinimumWidth(360)
        self.priority_box = QComboBox(objectName="labPriorityBox")
        for code in PRIORITIES:
            self.priority_box.addItem(priority_label(code), code)
        self.info_edit = QLineEdit(objectName="labClinicalInfo", placeholderText=self.tr("Clinical information for the lab"))
        self.order_button = QPushButton(self.tr("Order"), objectName="labOrderButton")
        self.cancel_button = QPushButton(self.tr("Cancel selected order…"), objectName="labCancelButton")
        self.message = QLabel(objectName="labOrdersMessage")
        self.message.setWordWrap(True)
        self.table = make_table([self.tr("Ordered"), self.tr("Test"), self.tr("Priority"), self.tr("Status"),
                                 self.tr("Result"), self.tr("Reference"), self.tr("Order no.")],
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
        layout.addWidget(self.cancel_button, alignment=Qt.AlignmentFlag.AlignTrailing)
        self.order_button.clicked.connect(lambda: self.place_order())
        self.cancel_button.clicked.connect(lambda: self.cancel_selected())
        self.ops.changed.connect(lambda noun: self.refresh() if noun == Change.LAB_ORDER else None)
        self.ops.run_query(None, queries.orderables, self._set_choices, on_error=self._error)

    def _set_choices(self, choices: list[queries.Orderable]) -> None:
        self.choices = choices
        self.labels = [self._label(c) for c in choices]
        self.test_box.clear()
        for i, text in enumerate(self.labels):
            self.test_box.addItem(text, i)
        completer = QCompleter(self.labels, self.test_box)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.test_box.setCompleter(completer)
        self.test_box.setCurrentIndex(-1)

    def _label(self, choice: queries.Orderable) -> str:
        if choice.is_panel:
            return self.tr("{name} — panel ({code})").format(name=choice.name, code=choice.code)
        return self.tr("{name} — {specimen} ({code})").format(name=choice.name, specimen=choice.specimen,
                                                              code=choice.code)

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
        fill_table(self.table, [(datetime_text(local(r.ordered_at)), r.test, priority_label(r.priority),
                                 status_label(r.status), result_text(r), left_to_right(r.reference_range or ""),
                                 r.order_number)
                                for r in rows],
                   [FLAG_COLORS.get(r.flag or "") for r in rows])
        fit_to_labels(self.table, 2, [priority_label(p) for p in PRIORITIES])
        fit_to_labels(self.table, 3, [status_label(code) for code in STATUSES])
        fit_to_labels(self.table, 4, [], result_sample())

    def _chosen(self) -> queries.Orderable | None:
        text = self.test_box.currentText().strip()
        for choice, shown in zip(self.choices, self.labels, strict=True):
            if text in (shown, choice.code) or text.lower() == choice.name.lower():
                return choice
        return None

    def place_order(self) -> None:
        choice = self._chosen()
        if choice is None or self.encounter_id is None:
            self.message.setText(self.tr("Choose a test or panel from the list."))
            return
        encounter_id, priority, info = self.encounter_id, self.priority_box.currentData(), self.info_edit.text()
        self.message.setText("")
        self.ops.run_change(self, lambda s: queries.place_order(s, encounter_id, choice.code, priority, info),
                            lambda ids: self._ordered(choice, ids), noun=Change.LAB_ORDER, on_error=self._error)

    def _ordered(self, choice: queries.Orderable, ids: list[int]) -> None:
        self.message.setText(self.tr("Ordered {name} (%n test(s)).", None, len(ids)).format(name=choice.name))
        self.info_edit.clear()
        self.test_box.setCurrentIndex(-1)

    def cancel_selected(self, reason: str | None = None) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.orders):
            self.message.setText(self.tr("Select the order to cancel."))
            return
        target = self.orders[row]
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Cancel lab order"),
                                              self.tr("Why is {test} ({order}) cancelled?").format(
                                                  test=target.test, order=target.order_number))
            if not ok:
                return
        self.ops.run_change(self, lambda s: queries.cancel_order(s, target.id, reason),
                            lambda _: self.message.setText(self.tr("{test} cancelled.").format(test=target.test)), noun=Change.LAB_ORDER,
                            reason=reason, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(str(error))
