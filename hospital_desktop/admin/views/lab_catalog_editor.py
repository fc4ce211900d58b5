"""The lab catalog in the administrator's Reference data workspace: "Lab tests" (LOINC-coded orderable tests) and
"Lab panels" (their groups, members in report order). Codes are fixed once made; nothing is deleted — tests and
panels are deactivated, panel members removed (kept on record). Queries in admin/lab_catalog_queries.py."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n import formats
from ...widgets.tables import fill_table, make_table
from .. import lab_catalog_queries as lq
from .. import queries

REASON = "lab catalog maintained by an administrator"  # recorded in the audit trail: data, not translated
GREY = "#8a8a8a"


class _Hint(QLabel):
    def __init__(self, name: str):
        super().__init__(objectName=name, wordWrap=True)
        self.setStyleSheet("color: #555;")


class LabTestsEditor(QWidget):
    """Search the tests; select one to change it, or "New test" to add one (its LOINC code checked as typed)."""
    open_prices = Signal(str)   # a price code: show it in the Price list tab
    open_ranges = Signal(str)   # a test code: show the Reference ranges tab

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.items: list[lq.CatalogTest] = []
        self.editing: str | None = None  # the code of the test in the form; None = a new test
        self.search = QLineEdit(objectName="labTestSearch",
                                placeholderText=self.tr("Search LOINC code, name or short name"))
        self.show_inactive = QCheckBox(self.tr("Show inactive"), checked=True)
        self.table = make_table([self.tr("Code"), self.tr("Short name"), self.tr("Specimen"), self.tr("Unit"),
                                 self.tr("Price"), self.tr("Active")], "labTestTable", single=True)
        self.code = QLineEdit(objectName="labTestCode", placeholderText=self.tr("e.g. {code}").format(code="2823-3"))
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # a code typed digits, dash, check digit
        self.code_hint = _Hint("labTestCodeHint")
        self.name = QLineEdit(objectName="labTestName", placeholderText=self.tr("LOINC long common name"))
        self.short_name = QLineEdit(objectName="labTestShortName",
                                    placeholderText=self.tr("as printed on labels and reports"))
        self.specimen = QComboBox(objectName="labTestSpecimen", editable=True)
        self.container = QComboBox(objectName="labTestContainer", editable=True)
        self.unit = QLineEdit(objectName="labTestUnit", placeholderText=self.tr("UCUM, e.g. {unit}").format(
            unit="mmol/L"))
        self.value_type = QComboBox(objectName="labTestValueType")
        for value_type in lq.VALUE_TYPES:
            self.value_type.addItem(QCoreApplication.translate("LabCatalogQueries", lq.VALUE_TYPE_LABELS[value_type]),
                                    value_type)
        self.decimals = QSpinBox(objectName="labTestDecimals", minimum=0, maximum=4)
        self.price_code = QLineEdit(objectName="labTestPriceCode", placeholderText=self.tr("LAB-<LOINC>"))
        self.price_info = _Hint("labTestPriceInfo")
        self.active = QCheckBox(self.tr("Orderable (active)"), objectName="labTestActive")
        self.new_button = QPushButton(self.tr("New test"), objectName="newLabTest")
        self.save_button = QPushButton(self.tr("Save"), objectName="saveLabTest")
        self.prices_button = QPushButton(self.tr("Price list…"), objectName="labTestPrices", flat=True)
        self.ranges_button = QPushButton(self.tr("Reference ranges…"), objectName="labTestRanges", flat=True)
        self.message = QLabel(objectName="labTestMessage", wordWrap=True)
        self.default_price: tuple | None = None  # LAB-DEFAULT's (amount, currency) today, once read
        self._choices_loaded = False

        form = QFormLayout()
        form.addRow(self.tr("LOINC code"), self.code)
        form.addRow("", self.code_hint)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Short name"), self.short_name)
        form.addRow(self.tr("Specimen"), self.specimen)
        form.addRow(self.tr("Container"), self.container)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Result"), self.value_type)
        form.addRow(self.tr("Decimals"), self.decimals)
        form.addRow(self.tr("Price code"), self.price_code)
        form.addRow("", self.price_info)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        links = QHBoxLayout()
        links.addWidget(QLabel(self.tr("See also:")))
        links.addWidget(self.prices_button)
        links.addWidget(self.ranges_button)
        links.addStretch(1)
        box = QGroupBox(self.tr("Test"))
        right = QVBoxLayout(box)
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addLayout(links)
        right.addWidget(_Hint("labTestNote"))
        right.itemAt(right.count() - 1).widget().setText(self.tr(
            "The code is fixed once saved. A deactivated test is no longer orderable; orders already placed go "
            "on. Unit and result type change only when none of its orders is in the lab."))
        right.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_inactive)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(box, 2)

        self.search.textChanged.connect(self.refresh)
        self.show_inactive.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.code.textChanged.connect(self._check_code)
        self.price_code.textChanged.connect(self._show_price)
        self.value_type.currentIndexChanged.connect(
            lambda _: self.decimals.setEnabled(self.value_type.currentData() == "numeric"))
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.save_button.clicked.connect(self.save)
        self.prices_button.clicked.connect(
            lambda: self.open_prices.emit(self.price_code.text().strip().upper() or lq.DEFAULT_PRICE))
        self.ranges_button.clicked.connect(lambda: self.open_ranges.emit(self.code.text().strip()))
        ops.changed.connect(lambda noun: noun in (Change.LAB_TEST, Change.PRICE) and self.refresh())
        self.edit(None)
        self.ops.run_query(None, lambda s: (lq.choices(s), lq.default_price(s)), self._set_choices,
                           on_error=self.error)
        self.refresh()

    # -- list ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        q, everything = self.search.text(), self.show_inactive.isChecked()
        self.ops.run_query(None, lambda s: lq.catalog_tests(s, q, include_inactive=everything),
                           self._show, on_error=self.error, latest=True)

    def _show(self, items: list[lq.CatalogTest]) -> None:
        self.items = items
        fill_table(self.table, [(t.code, t.short_name, t.specimen_type,
                                 t.unit or QCoreApplication.translate("LabCatalogQueries", "text"),
                                 t.price_text, self.tr("yes") if t.active else self.tr("no")) for t in items],
                   colors=[None if t.active else GREY for t in items])
        if self.editing is not None:
            self._show_price()

    def _set_choices(self, result) -> None:  # noqa: ANN001
        options, self.default_price = result
        self._choices_loaded = True
        for combo, key in ((self.specimen, "specimen_type"), (self.container, "container")):
            current = combo.currentText()
            combo.clear()
            combo.addItems(options[key])
            combo.setCurrentText(current)
        self._show_price()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.items):
            self.edit(self.items[rows[0].row()])

    # -- form ------------------------------------------------------------------------------------------------
    def edit(self, item: lq.CatalogTest | None) -> None:
        self.editing = item.code if item else None
        self.code.setReadOnly(item is not None)
        self.code.setText(item.code if item else "")
        self.name.setText(item.name if item else "")
        self.short_name.setText(item.short_name if item else "")
        self.specimen.setCurrentText(item.specimen_type if item else "")
        self.container.setCurrentText(item.container if item else "")
        self.unit.setText(item.unit if item else "")
        self.value_type.setCurrentIndex(max(0, self.value_type.findData(item.value_type if item else "numeric")))
        self.decimals.setValue(item.decimals if item else 1)
        self.price_code.setText((item.price_code or "") if item else "")
        self.active.setChecked(item.active if item else True)
        self.ranges_button.setEnabled(item is not None)
        self.message.clear()
        self._check_code()
        self._show_price()

    def _check_code(self) -> None:
        if self.editing is not None:
            self.code_hint.setText(self.tr("Fixed: orders, results and ranges refer to it."))
            self.code_hint.setStyleSheet("color: #555;")
            return
        code = self.code.text().strip()
        problem = lq.loinc_problem(code) if code else None
        self.code_hint.setText(problem or (self.tr("Check digit correct.") if code else
                                           self.tr("Digits, a dash, the check digit.")))
        self.code_hint.setStyleSheet("color: #b00020;" if problem else "color: #555;")
        self.price_code.setPlaceholderText(f"LAB-{code}" if code and not problem else self.tr("LAB-<LOINC>"))
        self._show_price()

    def _show_price(self) -> None:
        """Whether the price code has a price today; else the line that the test is charged at LAB-DEFAULT."""
        code = self.price_code.text().strip().upper()
        current = next((t for t in self.items if t.code == self.editing), None)
        if self.default_price:
            fallback = self.tr("Charged at {code} ({price}).").format(
                code=lq.DEFAULT_PRICE, price=formats.money_text(*self.default_price))
        elif self.default_price is None and self._choices_loaded:
            fallback = self.tr("Charged at {code} (no price).").format(code=lq.DEFAULT_PRICE)
        else:
            fallback = self.tr("Charged at {code}.").format(code=lq.DEFAULT_PRICE)
        if not code and self.editing is None and not lq.loinc_problem(self.code.text()):
            code = f"LAB-{self.code.text().strip()}"
            info = self.tr("Saved with price code {code}; until it has a price:").format(code=code)
        elif not code:
            info = self.tr("No price code.")
        elif current is not None and (current.price_code or "") == code and current.price is not None:
            self.price_info.setText(self.tr("{code}: {price} today.").format(code=code, price=current.price_text))
            return
        elif current is not None and (current.price_code or "") == code:
            info = self.tr("{code} has no current price.").format(code=code)
        else:
            info = self.tr("Saved with {code}; until it has a current price:").format(code=code)
        self.price_info.setText(f"{info}\n{fallback}")

    def values(self) -> dict:
        return {"code": self.code.text(), "name": self.name.text(), "short_name": self.short_name.text(),
                "specimen_type": self.specimen.currentText(), "container": self.container.currentText(),
                "unit": self.unit.text(), "value_type": self.value_type.currentData(),
                "decimals": self.decimals.value(), "price_code": self.price_code.text(),
                "active": self.active.isChecked()}

    def save(self) -> None:
        new = self.editing is None
        values = self.values()
        if new and not values["price_code"].strip() and not lq.loinc_problem(values["code"]):
            values["price_code"] = f"LAB-{values['code'].strip()}"
        try:
            lq.clean_test(values, new=new)  # the same checks the worker runs: caught before anything is sent
        except KnownError as exc:
            self.error(exc)
            return
        self.ops.run_change(self, lambda s: lq.save_test(s, values, new=new), self._saved, noun=Change.LAB_TEST,
                            reason=REASON, on_error=self.error)

    def _saved(self, code: str) -> None:
        self.editing = code
        self.code.setReadOnly(True)
        self._check_code()
        self.message.setText(self.tr("Saved {code}.").format(code=code))
        self.ranges_button.setEnabled(True)

    def error(self, error: KnownError) -> None:
        self.message.setText(error.message)


class LabPanelsEditor(QWidget):
    """Panels on the left (add, rename, deactivate); the selected panel's members on the right, in report order:
    add a test, move it up or down, remove it (kept on record, no longer ordered with the panel)."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.panels: list[lq.Panel] = []
        self.members: list[lq.Member] = []
        self.editing: str | None = None
        self.table = make_table([self.tr("Code"), self.tr("Name"), self.tr("Tests"), self.tr("Active")],
                                "labPanelTable", single=True)
        self.code = QLineEdit(objectName="labPanelCode",
                              placeholderText=self.tr("LOINC panel code, e.g. {code}").format(code="24362-6"))
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.code_hint = _Hint("labPanelCodeHint")
        self.name = QLineEdit(objectName="labPanelName")
        self.active = QCheckBox(self.tr("Orderable (active)"), objectName="labPanelActive")
        self.new_button = QPushButton(self.tr("New panel"), objectName="newLabPanel")
        self.save_button = QPushButton(self.tr("Save panel"), objectName="saveLabPanel")
        self.member_table = make_table([self.tr("#"), self.tr("Code"), self.tr("Test"), self.tr("Specimen"),
                                        self.tr("State")], "labPanelMembers", single=True)
        self.test = QComboBox(objectName="labPanelTestChoice")
        self.add_button = QPushButton(self.tr("Add to panel"), objectName="addPanelMember")
        self.up_button = QPushButton(self.tr("Move up"), objectName="movePanelMemberUp")
        self.down_button = QPushButton(self.tr("Move down"), objectName="movePanelMemberDown")
        self.remove_button = QPushButton(self.tr("Remove from panel"), objectName="removePanelMember")
        self.message = QLabel(objectName="labPanelMessage", wordWrap=True)

        form = QFormLayout()
        form.addRow(self.tr("LOINC code"), self.code)
        form.addRow("", self.code_hint)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(form)
        left.addLayout(buttons)
        self.members_box = QGroupBox(self.tr("Members (report order)"))
        right = QVBoxLayout(self.members_box)
        right.addWidget(self.member_table, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.test, 1)
        add_row.addWidget(self.add_button)
        right.addLayout(add_row)
        move_row = QHBoxLayout()
        move_row.addWidget(self.up_button)
        move_row.addWidget(self.down_button)
        move_row.addStretch(1)
        move_row.addWidget(self.remove_button)
        right.addLayout(move_row)
        note = _Hint("labPanelNote")
        note.setText(self.tr("Ordering the panel orders each member that is still in it and whose test is active. "
                             "A removed member stays on record; adding it again puts it last."))
        right.addWidget(note)
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addWidget(self.members_box, 3)
        outer.addLayout(row, 1)
        outer.addWidget(self.message)

        self.table.itemSelectionChanged.connect(self._selected)
        self.member_table.itemSelectionChanged.connect(self._member_buttons)
        self.code.textChanged.connect(self._check_code)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.save_button.clicked.connect(self.save)
        self.add_button.clicked.connect(self.add_member)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove_member)
        ops.changed.connect(lambda noun: noun in (Change.LAB_TEST, Change.LAB_PANEL) and self.refresh())
        self.edit(None)
        self.refresh()

    # -- panels ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ops.run_query(None, lambda s: (lq.panels(s), lq.orderable_tests(s)),
                           self._show, on_error=self.error, latest=True)
        self.load_members()

    def _show(self, result) -> None:  # noqa: ANN001
        self.panels, tests = result
        chosen = self.test.currentData()
        self.test.clear()
        for code, label in tests:
            self.test.addItem(label, code)
        self.test.setCurrentIndex(max(0, self.test.findData(chosen)))
        self.table.blockSignals(True)
        fill_table(self.table, [(p.code, p.name, formats.number_text(p.members),
                                 self.tr("yes") if p.active else self.tr("no")) for p in self.panels],
                   colors=[None if p.active else GREY for p in self.panels])
        row = next((i for i, p in enumerate(self.panels) if p.code == self.editing), None)
        if row is not None:
            self.table.selectRow(row)
        self.table.blockSignals(False)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.panels):
            self.edit(self.panels[rows[0].row()])

    def edit(self, panel: lq.Panel | None) -> None:
        self.editing = panel.code if panel else None
        self.code.setReadOnly(panel is not None)
        self.code.setText(panel.code if panel else "")
        self.name.setText(panel.name if panel else "")
        self.active.setChecked(panel.active if panel else True)
        self.members_box.setEnabled(panel is not None)
        self.members_box.setTitle(self.tr("Members of {panel} (report order)").format(panel=panel.name) if panel
                                  else self.tr("Members (save the panel first)"))
        self.message.clear()
        self._check_code()
        self.load_members()

    def _check_code(self) -> None:
        code = self.code.text().strip()
        problem = lq.loinc_problem(code) if code and self.editing is None else None
        self.code_hint.setText(problem or (self.tr("Check digit correct.") if code and self.editing is None else ""))
        self.code_hint.setStyleSheet("color: #b00020;" if problem else "color: #555;")
        self.code_hint.setVisible(bool(self.code_hint.text()))  # no empty gap in the form

    def save(self) -> None:
        new = self.editing is None
        code, name, active = self.code.text().strip(), self.name.text(), self.active.isChecked()
        if new and (problem := lq.loinc_problem(code)):
            self.message.setText(problem)
            return
        self.ops.run_change(self, lambda s: lq.save_panel(s, code, name, active, new=new),
                            self._saved, noun=Change.LAB_PANEL, reason=REASON,
                            on_error=self.error)

    def _saved(self, code: str) -> None:
        if self.editing is None:
            self.editing = code
            self.code.setReadOnly(True)
            self.members_box.setEnabled(True)
            self.members_box.setTitle(self.tr("Members of {panel} (report order)").format(
                panel=self.name.text().strip()))
            self._check_code()
        self.message.setText(self.tr("Saved panel {code}.").format(code=code))

    # -- members ---------------------------------------------------------------------------------------------
    def load_members(self) -> None:
        panel = self.editing
        if panel is None:
            self.ops.forget_answers(self._show_members)
            self._show_members([])
            return
        self.ops.run_query(None, lambda s: lq.members(s, panel),
                           self._show_members, on_error=self.error, latest=True)

    def _show_members(self, members: list[lq.Member]) -> None:
        selected = self._member()
        self.members = members
        number = 0
        rows = []
        for m in members:
            number += m.active
            rows.append((formats.number_text(number) if m.active else "", m.test_code, m.short_name, m.specimen_type,
                         m.state))
        fill_table(self.member_table, rows,
                   colors=[None if m.active and m.test_active else GREY for m in members],
                   backgrounds=[None if m.active else QColor("#f3f3f3") for m in members])
        if selected is not None:
            row = next((i for i, m in enumerate(members) if m.test_code == selected.test_code), None)
            if row is not None:
                self.member_table.selectRow(row)
        self._member_buttons()

    def _member(self) -> lq.Member | None:
        rows = self.member_table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.members):
            return self.members[rows[0].row()]
        return None

    def _member_buttons(self) -> None:
        member = self._member()
        live = [m for m in self.members if m.active]
        current = member is not None and member.active
        self.remove_button.setEnabled(current)
        self.up_button.setEnabled(current and live.index(member) > 0)
        self.down_button.setEnabled(current and live.index(member) < len(live) - 1)

    def _member_change(self, fn, done: str) -> None:  # noqa: ANN001
        panel = self.editing
        if panel is None:
            self.message.setText(self.tr("Save the panel first."))
            return
        self.ops.run_change(self, lambda s: fn(s, panel), lambda _: self.message.setText(done), noun=Change.LAB_PANEL,
                            reason=REASON, on_error=self.error)

    def add_member(self) -> None:
        code, label = self.test.currentData(), self.test.currentText()
        self._member_change(lambda s, p: lq.add_member(s, p, code), self.tr("Added {test}.").format(test=label))

    def move(self, step: int) -> None:
        member = self._member()
        if member is None or not member.active:
            return
        self._member_change(lambda s, p: lq.move_member(s, p, member.test_code, step),
                            (self.tr("Moved {test} up.") if step < 0 else self.tr("Moved {test} down.")).format(
                                test=member.short_name))

    def remove_member(self) -> None:
        member = self._member()
        if member is None or not member.active:
            return
        self._member_change(lambda s, p: lq.remove_member(s, p, member.test_code),
                            self.tr("Removed {test}: no longer ordered with the panel.").format(test=member.short_name))

    def error(self, error: KnownError) -> None:
        self.message.setText(error.message)


def link_tabs(tabs, prices: QWidget, ranges: QWidget, tests: LabTestsEditor) -> None:  # noqa: ANN001
    """The "See also" buttons of the tests editor open the Price list (searching the price code) and the
    Reference ranges tabs."""
    def show_prices(code: str) -> None:
        tabs.setCurrentWidget(prices)
        search = getattr(prices, "search", None)
        if search is not None:
            search.setText(code)

    def show_ranges(code: str) -> None:
        tabs.setCurrentWidget(ranges)
        combo = getattr(ranges, "test", None)
        if combo is not None and combo.findData(code) >= 0:
            ranges.edit(None)
            combo.setCurrentIndex(combo.findData(code))

    def reload_range_tests(noun: str) -> None:  # a test added here can get its ranges without a restart
        combo = getattr(ranges, "test", None)
        if noun == Change.LAB_TEST and combo is not None:
            def fill(items: list[tuple[str, str]]) -> None:
                chosen = combo.currentData()
                combo.clear()
                for code, label in items:
                    combo.addItem(label, code)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            tests.ops.run_query(None, queries.lab_tests, fill, on_error=tests.error)

    tests.open_prices.connect(show_prices)
    tests.open_ranges.connect(show_ranges)
    tests.ops.changed.connect(reload_range_tests)

