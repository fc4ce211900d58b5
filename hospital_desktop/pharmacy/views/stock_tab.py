"""Stock: lots per location with expired / expiring-soon / below-reorder flags, the low-stock list, and the stock
work — goods receipt, transfer to a ward, adjustment after a count, write-off. Every action is one call of a
pharmacist-only database function that writes a stock movement; quantities never go below zero."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QCompleter, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QSplitter, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.errors import KnownError
from ... import i18n
from ...core.ops import Operations
from ...i18n.formats import date_format, date_text, number_text
from ...widgets.safety import DANGER, DANGER_BG, WARNING_BG
from ...widgets.tables import fill_table, make_table
from .. import queries

STOCK_COLUMNS = [QT_TRANSLATE_NOOP("StockTab", "Drug"), QT_TRANSLATE_NOOP("StockTab", "Lot"),
                 QT_TRANSLATE_NOOP("StockTab", "Location"), QT_TRANSLATE_NOOP("StockTab", "Expires"),
                 QT_TRANSLATE_NOOP("StockTab", "On hand"), QT_TRANSLATE_NOOP("StockTab", "Flags"),
                 QT_TRANSLATE_NOOP("StockTab", "Drug total / reorder at")]
LOW_COLUMNS = [QT_TRANSLATE_NOOP("StockTab", "Drug"), QT_TRANSLATE_NOOP("StockTab", "On hand"),
               QT_TRANSLATE_NOOP("StockTab", "Reorder at")]


def _tr(source: str) -> str:
    return QCoreApplication.translate("StockTab", source)


def _signed(value: int) -> str:
    """+5 or -5, as the locale writes signs and digits."""
    return (QLocale().positiveSign() if value > 0 else "") + number_text(value)


class StockTab(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.lots: list[queries.LotRow] = []
        self.drugs: list[queries.DrugRow] = []
        self.places: list[dict] = []
        self.location = QComboBox(objectName="stockLocation")
        self.location.addItem(self.tr("All locations"), None)
        self.stock = make_table([_tr(c) for c in STOCK_COLUMNS], "stockTable", single=True)
        self.low = make_table([_tr(c) for c in LOW_COLUMNS], "lowStockTable", single=True)
        self.summary = QLabel(objectName="stockSummary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Location")))
        top.addWidget(self.location)
        top.addWidget(self.summary, 1)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addLayout(top)
        ll.addWidget(self.stock, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(QLabel(self.tr("<b>Below reorder level</b> (usable stock, all locations)"), wordWrap=True))
        rl.addWidget(self.low, 1)
        rl.addWidget(self._receive_box())
        rl.addWidget(self._lot_box())
        self.message = QLabel(objectName="stockMessage", wordWrap=True)
        rl.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([820, 520])
        QVBoxLayout(self).addWidget(splitter)
        self.location.currentIndexChanged.connect(lambda _i: self.refresh())
        self.stock.itemSelectionChanged.connect(self._lot_selected)
        ops.changed.connect(lambda noun: noun in (Change.STOCK, Change.DISPENSE) and self.refresh())
        ops.run_query(None, lambda s: (queries.formulary(s), queries.locations(s)), self._set_reference,
                      on_error=self._error)
        self.refresh()

    def _receive_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Goods receipt"))
        self.receive_drug = QComboBox(objectName="receiveDrug", editable=True)
        self.receive_drug.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.receive_location = QComboBox(objectName="receiveLocation")
        self.receive_location.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.receive_location.setMinimumContentsLength(12)
        self.receive_lot = QLineEdit(objectName="receiveLot")
        self.receive_lot.setPlaceholderText(self.tr("lot number (scan the pack or type)"))
        # A keyboard-wedge scan ends with Return: on to the expiry date, the next thing read off the pack.
        self.receive_lot.returnPressed.connect(lambda: self.receive_expiry.setFocus())
        self.receive_expiry = QDateEdit(objectName="receiveExpiry", calendarPopup=True, displayFormat=date_format())
        self.receive_expiry.setToolTip(self.tr("Expiry date, as printed on the pack"))
        self.receive_expiry.setDate(QDate.currentDate().addYears(2))
        self.receive_quantity = QSpinBox(objectName="receiveQuantity", minimum=1, maximum=1_000_000, value=100)
        self.receive_button = QPushButton(self.tr("Receive"), objectName="receiveButton")
        # the location's name and the lot number each have room in every language (a clipped "DISP — Outpat…"
        # showed only the name's end right to left)
        grid = QGridLayout(box)
        grid.addWidget(self.receive_drug, 0, 0, 1, 3)
        grid.addWidget(self.receive_location, 1, 0, 1, 2)
        grid.addWidget(self.receive_expiry, 1, 2)
        grid.addWidget(self.receive_lot, 2, 0)
        grid.addWidget(self.receive_quantity, 2, 1)
        grid.addWidget(self.receive_button, 2, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 1)
        self.receive_button.clicked.connect(self.receive)
        return box

    def _lot_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Selected lot"))
        self.lot_label = QLabel(self.tr("Select a lot in the table."), objectName="selectedLot", wordWrap=True)
        self.move_to = QComboBox(objectName="transferTo")
        self.move_quantity = QSpinBox(objectName="moveQuantity", minimum=-1_000_000, maximum=1_000_000, value=10)
        self.move_reason = QLineEdit(objectName="moveReason")
        self.move_reason.setPlaceholderText(self.tr("reason (at least 5 characters)"))
        self.transfer_button = QPushButton(self.tr("Transfer"), objectName="transferButton")
        self.adjust_button = QPushButton(self.tr("Adjust by ±"), objectName="adjustButton")
        self.write_off_button = QPushButton(self.tr("Write off all"), objectName="writeOffButton")
        grid = QGridLayout(box)
        grid.addWidget(self.lot_label, 0, 0, 1, 3)
        grid.addWidget(QLabel(self.tr("Units")), 1, 0)
        grid.addWidget(self.move_quantity, 1, 1)
        grid.addWidget(self.move_to, 1, 2)
        grid.addWidget(self.move_reason, 2, 0, 1, 3)
        grid.addWidget(self.transfer_button, 3, 0)
        grid.addWidget(self.adjust_button, 3, 1)
        grid.addWidget(self.write_off_button, 3, 2)
        self.transfer_button.clicked.connect(self.transfer)
        self.adjust_button.clicked.connect(self.adjust)
        self.write_off_button.clicked.connect(self.write_off)
        return box

    def _set_reference(self, reference: tuple[list[queries.DrugRow], list[dict]]) -> None:
        self.drugs, self.places = reference
        self.receive_drug.clear()
        for d in self.drugs:
            self.receive_drug.addItem(d.label)
        completer = QCompleter([d.label for d in self.drugs], self.receive_drug)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.receive_drug.setCompleter(completer)
        self.location.blockSignals(True)
        for combo in (self.receive_location, self.move_to):
            combo.clear()
        for p in self.places:
            self.location.addItem(f"{p['code']} — {p['name']}", p["code"])
            self.receive_location.addItem(f"{p['code']} — {p['name']}", p["id"])
            self.move_to.addItem(self.tr("to {location}").format(location=p["code"]), p["id"])
        self.location.blockSignals(False)

    def refresh(self) -> None:
        location = self.location.currentData()
        self.ops.run_query(None, lambda s: (queries.stock(s, location), queries.low_stock(s)), self._show,
                           on_error=self._error)

    def _show(self, result: tuple[list[queries.LotRow], list[dict]]) -> None:
        self.lots, low = result
        today = date.today()
        rows, colours = [], []
        expired = soon = 0
        for lot in self.lots:
            flags = []
            if lot.expired(today):
                flags.append(self.tr("EXPIRED — write off"))
                expired += 1
            elif lot.expiring(today):
                flags.append(StockTab.tr("expires in %Ln d", "", (lot.expiry_date - today).days))
                soon += 1
            if lot.drug_total < lot.reorder_level:
                flags.append(self.tr("below reorder level"))
            rows.append((lot.drug, lot.lot_number, lot.location, date_text(lot.expiry_date),
                         self.tr("{quantity} {unit}").format(quantity=number_text(lot.quantity), unit=lot.unit),
                         self.tr(", ").join(flags),
                         f"{number_text(lot.drug_total)} / {number_text(lot.reorder_level)}"))
            colours.append(QColor(DANGER_BG) if lot.expired(today) else QColor(WARNING_BG) if lot.expiring(today)
                           else None)
        fill_table(self.stock, rows, backgrounds=colours)
        fill_table(self.low, [(r["drug"], self.tr("{quantity} {unit}").format(quantity=number_text(r["on_hand"]),
                                                                              unit=r["unit"]),
                               number_text(r["reorder_level"])) for r in low])
        # one count per phrase (a plural form follows one number), the phrases side by side as a status line
        self.summary.setText(" · ".join((
            StockTab.tr("%Ln lots", "", len(self.lots)), StockTab.tr("%Ln expired", "", expired),
            StockTab.tr("%Ln expiring within {days} days", "", soon).format(
                days=number_text(queries.EXPIRY_SOON_DAYS)),
            StockTab.tr("%Ln drugs below reorder level", "", len(low)))))

    def selected_lot(self) -> queries.LotRow | None:
        rows = self.stock.selectionModel().selectedRows()
        return self.lots[rows[0].row()] if rows and rows[0].row() < len(self.lots) else None

    def _lot_selected(self) -> None:
        lot = self.selected_lot()
        self.lot_label.setText(i18n.directed(self.tr("{drug}, lot {lot} at {location}: {quantity} {unit}").format(
            drug=i18n.isolate(lot.drug), lot=i18n.isolate(lot.lot_number), location=i18n.isolate(lot.location),
            quantity=number_text(lot.quantity), unit=i18n.isolate(lot.unit))) if lot
            else self.tr("Select a lot in the table."))

    # -- actions ----------------------------------------------------------------------------------
    def _change(self, fn, done: Callable[[Any], str]) -> None:  # noqa: ANN001
        """Run a stock action; done(result) is the sentence said when it succeeded."""
        self.ops.run_change(self, fn, lambda result: self._say(done(result)), noun=Change.STOCK, on_error=self._error)

    def receive(self) -> None:
        text = self.receive_drug.currentText().strip().lower()
        drug = next((d for d in self.drugs if d.label.lower() == text), None)
        location = self.receive_location.currentData()
        lot = self.receive_lot.text().strip()
        if drug is None or location is None or not lot:
            self._say(self.tr("Choose the drug and the location, and give the lot number."), refusal=True)
            return
        expiry = self.receive_expiry.date().toPython()
        if problem := queries.receipt_problem(lot, expiry, date.today()):
            self._say(problem, refusal=True)
            return
        quantity = self.receive_quantity.value()
        said = self.tr("Received {quantity} {unit} of {drug}, lot {lot}.").format(
            quantity=number_text(quantity), unit=drug.unit, drug=drug.label, lot=lot.upper())
        self._change(lambda s: queries.receive(s, drug.id, location, lot, expiry, quantity), lambda _: said)

    def transfer(self) -> None:
        lot, to = self.selected_lot(), self.move_to.currentData()
        if lot is None or to is None:
            self._say(self.tr("Select a lot and where it goes."), refusal=True)
            return
        quantity, reason = self.move_quantity.value(), self.move_reason.text().strip() or "ward stock top-up"
        said = self.tr("Transferred {quantity} {unit} of lot {lot}.").format(
            quantity=number_text(quantity), unit=lot.unit, lot=lot.lot_number)
        self._change(lambda s: queries.transfer(s, lot.id, to, quantity, reason), lambda _: said)

    def adjust(self) -> None:
        lot = self.selected_lot()
        if lot is None:
            self._say(self.tr("Select the lot that was counted."), refusal=True)
            return
        delta, reason = self.move_quantity.value(), self.move_reason.text().strip()
        said = self.tr("Lot {lot} adjusted by {delta}: now {quantity} {unit}.")
        self._change(lambda s: queries.adjust(s, lot.id, delta, reason), lambda result: said.format(
            lot=lot.lot_number, delta=_signed(delta), quantity=number_text(result), unit=lot.unit))

    def write_off(self) -> None:
        lot = self.selected_lot()
        if lot is None:
            self._say(self.tr("Select the lot to write off."), refusal=True)
            return
        reason = self.move_reason.text().strip() or ("expired" if lot.expired(date.today()) else "")
        said = self.tr("Lot {lot}: {quantity} {unit} written off.")
        self._change(lambda s: queries.write_off(s, lot.id, reason), lambda result: said.format(
            lot=lot.lot_number, quantity=number_text(result), unit=lot.unit))

    def _say(self, text: str, refusal: bool = False) -> None:
        self.message.setStyleSheet(f"color: {DANGER};" if refusal else "")  # a refusal is red, never green
        self.message.setText(text)

    def _error(self, error: KnownError) -> None:
        self._say(error.message, refusal=True)
