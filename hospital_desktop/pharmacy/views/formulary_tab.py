"""The formulary, maintained by pharmacists: every drug with its ATC codes, dispensing unit, reorder level, label
warnings and today's unit price; change the reorder level, the warnings or take a drug off the formulary (never
deleted: inactive drugs cannot be prescribed), or add a drug. Prices are the administrators' (price list)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n.formats import number_text
from .. import labels, queries
from ...widgets.tables import fill_table, make_table
from .prescriptions_panel import ROUTES

COLUMNS = [QT_TRANSLATE_NOOP("FormularyTab", "Code"), QT_TRANSLATE_NOOP("FormularyTab", "Drug"),
           QT_TRANSLATE_NOOP("FormularyTab", "Strength"), QT_TRANSLATE_NOOP("FormularyTab", "Form"),
           QT_TRANSLATE_NOOP("FormularyTab", "Route"), QT_TRANSLATE_NOOP("FormularyTab", "Unit"),
           QT_TRANSLATE_NOOP("FormularyTab", "Pack"), QT_TRANSLATE_NOOP("FormularyTab", "ATC / ingredients"),
           QT_TRANSLATE_NOOP("FormularyTab", "Reorder at"), QT_TRANSLATE_NOOP("FormularyTab", "Price"),
           QT_TRANSLATE_NOOP("FormularyTab", "Active"), QT_TRANSLATE_NOOP("FormularyTab", "Warnings")]
# The add-a-drug form: field, label, example
NEW_DRUG_FIELDS = (
    ("code", QT_TRANSLATE_NOOP("FormularyTab", "Code"), QT_TRANSLATE_NOOP("FormularyTab", "e.g. AMOX500CAP")),
    ("generic_name", QT_TRANSLATE_NOOP("FormularyTab", "Generic name"), ""),
    ("strength", QT_TRANSLATE_NOOP("FormularyTab", "Strength"), QT_TRANSLATE_NOOP("FormularyTab", "e.g. 500 mg")),
    ("form", QT_TRANSLATE_NOOP("FormularyTab", "Form"), QT_TRANSLATE_NOOP("FormularyTab", "e.g. capsule")),
    ("unit", QT_TRANSLATE_NOOP("FormularyTab", "Dispensing unit"), QT_TRANSLATE_NOOP("FormularyTab", "e.g. capsule")),
    ("atc_code", QT_TRANSLATE_NOOP("FormularyTab", "ATC code"), QT_TRANSLATE_NOOP("FormularyTab", "e.g. J01CA04")),
    ("ingredients", QT_TRANSLATE_NOOP("FormularyTab", "Other ingredients (ATC)"),
     QT_TRANSLATE_NOOP("FormularyTab", "for combinations, e.g. J01CA04")),
    ("warnings", QT_TRANSLATE_NOOP("FormularyTab", "Label warnings"), ""),
)


def _tr(source: str) -> str:
    return QCoreApplication.translate("FormularyTab", source) if source else ""


class FormularyTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.rows: list[dict] = []
        self.table = make_table([_tr(c) for c in COLUMNS], "formularyTable", single=True)
        self.reorder = QSpinBox(objectName="drugReorder", maximum=1_000_000)
        self.warnings = QLineEdit(objectName="drugWarnings")
        self.active = QCheckBox(self.tr("prescribable"), objectName="drugActive")
        self.save = QPushButton(self.tr("Save"), objectName="drugSave")
        edit = QGroupBox(self.tr("Selected drug"))
        row = QHBoxLayout(edit)
        for label, widget in ((self.tr("Reorder at"), self.reorder), (self.tr("Warnings"), self.warnings)):
            row.addWidget(QLabel(label))
            row.addWidget(widget, 1 if widget is self.warnings else 0)
        row.addWidget(self.active)
        row.addWidget(self.save)
        self.new: dict[str, QLineEdit] = {}
        add = QGroupBox(self.tr("Add a drug"))
        form = QFormLayout(add)
        for key, label, hint in NEW_DRUG_FIELDS:
            self.new[key] = QLineEdit(objectName=f"new_{key}", placeholderText=_tr(hint))
            form.addRow(_tr(label), self.new[key])
        self.new_route = QComboBox(objectName="new_route")
        for code in ROUTES:
            self.new_route.addItem(labels.route(code), code)
        self.new_pack = QSpinBox(objectName="new_pack", minimum=1, maximum=100000, value=28)
        self.new_reorder = QSpinBox(objectName="new_reorder", maximum=1_000_000, value=50)
        form.addRow(self.tr("Route"), self.new_route)
        form.addRow(self.tr("Pack size"), self.new_pack)
        form.addRow(self.tr("Reorder at"), self.new_reorder)
        self.add_button = QPushButton(self.tr("Add to the formulary"), objectName="drugAdd")
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
        fill_table(self.table, [(r["code"], r["generic_name"], r["strength"], r["form"], labels.route(r["route"]),
                                 r["unit"], number_text(r["pack_size"]), r["ingredients"],
                                 number_text(r["reorder_level"]),
                                 number_text(r["price"], 2) if r["price"] is not None else self.tr("no price"),
                                 self.tr("yes") if r["active"] else self.tr("no"), r["warnings"] or "") for r in rows])
        active = sum(r["active"] for r in rows)
        self.summary.setText(FormularyTab.tr("%Ln prescribable drugs, {total} in all.", "", active).format(
            total=number_text(len(rows))))

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
            self.message.setText(self.tr("Select a drug first."))
            return
        reorder, warnings, active = self.reorder.value(), self.warnings.text(), self.active.isChecked()
        self.ops.run_change(self, lambda s: queries.update_drug(s, r["id"], reorder, warnings, active),
                            lambda _: self.message.setText(self.tr("{drug} {strength} saved.").format(
                                drug=r["generic_name"], strength=r["strength"])),
                            noun=Change.FORMULARY, on_error=self._error)

    def add(self) -> None:
        data = queries.DrugInput(**{k: w.text() for k, w in self.new.items()}, route=self.new_route.currentData(),
                                 pack_size=self.new_pack.value(), reorder_level=self.new_reorder.value())
        problems = data.validate()
        if problems:
            self.message.setText(" ".join(problems.values()))
            return

        def done(_: int) -> None:
            self.message.setText(self.tr("{drug} {strength} added (price code {price_code}: an administrator adds its "
                                         "price before it can be dispensed).").format(
                drug=data.generic_name, strength=data.strength, price_code=f"DRUG-{data.code.upper()}"))
            for w in self.new.values():
                w.clear()
        self.ops.run_change(self, lambda s: queries.add_drug(s, data), done, noun=Change.FORMULARY, on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
