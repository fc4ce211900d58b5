"""The formulary, maintained by pharmacists: every drug with its ATC codes, dispensing unit, reorder level, label
warnings and today's unit price; change the reorder level, the warnings or take a drug off the formulary (never
deleted: inactive drugs cannot be prescribed), or add a drug. Prices are the administrators' (price list)."""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from .. import queries
from ...widgets.tables import fill_table, make_table
from .prescriptions_panel import ROUTES

COLUMNS = ["Code", "Drug", "Strength", "Form", "Route", "Unit", "Pack", "ATC / ingredients", "Reorder at", "Price",
           "Active", "Warnings"]


class FormularyTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[dict] = []
        self.table = make_table(COLUMNS, "formularyTable", single=True)
        self.reorder = QSpinBox(objectName="drugReorder", maximum=1_000_000)
        self.warnings = QLineEdit(objectName="drugWarnings")
        self.active = QCheckBox("prescribable", objectName="drugActive")
        self.save = QPushButton("Save", objectName="drugSave")
        edit = QGroupBox("Selected drug")
        row = QHBoxLayout(edit)
        for label, widget in (("Reorder at", self.reorder), ("Warnings", self.warnings)):
            row.addWidget(QLabel(label))
            row.addWidget(widget, 1 if widget is self.warnings else 0)
        row.addWidget(self.active)
        row.addWidget(self.save)
        self.new: dict[str, QLineEdit] = {}
        add = QGroupBox("Add a drug")
        form = QFormLayout(add)
        for key, label, hint in (("code", "Code", "e.g. AMOX500CAP"), ("generic_name", "Generic name", ""),
                                 ("strength", "Strength", "e.g. 500 mg"), ("form", "Form", "e.g. capsule"),
                                 ("unit", "Dispensing unit", "e.g. capsule"), ("atc_code", "ATC code", "e.g. J01CA04"),
                                 ("ingredients", "Other ingredients (ATC)", "for combinations, e.g. J01CA04"),
                                 ("warnings", "Label warnings", "")):
            self.new[key] = QLineEdit(objectName=f"new_{key}", placeholderText=hint)
            form.addRow(label, self.new[key])
        self.new_route = QComboBox(objectName="new_route")
        self.new_route.addItems(ROUTES)
        self.new_pack = QSpinBox(objectName="new_pack", minimum=1, maximum=100000, value=28)
        self.new_reorder = QSpinBox(objectName="new_reorder", maximum=1_000_000, value=50)
        form.addRow("Route", self.new_route)
        form.addRow("Pack size", self.new_pack)
        form.addRow("Reorder at", self.new_reorder)
        self.add_button = QPushButton("Add to the formulary", objectName="drugAdd")
        form.addRow("", self.add_button)
        self.message = QLabel(objectName="formularyMessage", wordWrap=True)
        self.summary = QLabel(objectName="formularySummary")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(edit)
        layout.addWidget(add)
        layout.addWidget(self.message)
        self.table.itemSelectionChanged.connect(self._selected)
        self.save.clicked.connect(self.save_selected)
        self.add_button.clicked.connect(self.add)
        ops.changed.connect(lambda noun: noun == Change.FORMULARY and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.ops.run_query(None, queries.formulary_table, self._show, on_error=self._error)

    def _show(self, rows: list[dict]) -> None:
        self.rows = rows
        fill_table(self.table, [(r["code"], r["generic_name"], r["strength"], r["form"], r["route"], r["unit"],
                                 r["pack_size"], r["ingredients"], r["reorder_level"],
                                 f"{r['price']:.2f}" if r["price"] is not None else "no price",
                                 "yes" if r["active"] else "no", r["warnings"] or "") for r in rows])
        self.summary.setText(f"{sum(r['active'] for r in rows)} prescribable drugs, {len(rows)} in all.")

    def _current(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _selected(self) -> None:
        r = self._current()
        if r is not None:
            self.reorder.setValue(r["reorder_level"])
            self.warnings.setText(r["warnings"] or "")
            self.active.setChecked(r["active"])

    def save_selected(self) -> None:
        r = self._current()
        if r is None:
            self.message.setText("Select a drug first.")
            return
        reorder, warnings, active = self.reorder.value(), self.warnings.text(), self.active.isChecked()
        self.ops.run_change(self, lambda s: queries.update_drug(s, r["id"], reorder, warnings, active),
                            lambda _: self.message.setText(f"{r['generic_name']} {r['strength']} saved."),
                            noun=Change.FORMULARY, on_error=self._error)

    def add(self) -> None:
        data = queries.DrugInput(**{k: w.text() for k, w in self.new.items()}, route=self.new_route.currentText(),
                                 pack_size=self.new_pack.value(), reorder_level=self.new_reorder.value())
        problems = data.validate()
        if problems:
            self.message.setText(" ".join(problems.values()))
            return

        def done(_: int) -> None:
            self.message.setText(f"{data.generic_name} {data.strength} added (price code DRUG-{data.code.upper()}: "
                                 "an administrator adds its price before it can be dispensed).")
            for w in self.new.values():
                w.clear()
        self.ops.run_change(self, lambda s: queries.add_drug(s, data), done, noun=Change.FORMULARY, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
