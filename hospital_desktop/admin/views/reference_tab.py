"""Reference data: departments, outpatient services, rooms and the price list. Codes are fixed once made
(other records refer to them); names, durations and the active flag change. A price never changes in place:
the current version ends the day before the new price takes effect (charges keep the price of their date).

Column headers are class tables of QT_TRANSLATE_NOOP (context: the editor's class), translated when the table is
made; codes from the database (department kinds, sexes) are shown by their translated labels."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from ...core import idle
from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n import formats
from ...widgets.tables import fill_table, make_table
from .. import queries
from .beds_editor import BedsEditor
from .lab_catalog_editor import LabPanelsEditor, LabTestsEditor, link_tabs
from .payer_settings_editor import PayerItemCodesEditor, PayerPoliciesEditor

SEXES = {"": QT_TRANSLATE_NOOP("LabRangesEditor", "either"), "female": QT_TRANSLATE_NOOP("LabRangesEditor", "female"),
         "male": QT_TRANSLATE_NOOP("LabRangesEditor", "male")}


def _yes_no(value: bool) -> str:
    return QCoreApplication.translate("AdminReference", "yes") if value else \
        QCoreApplication.translate("AdminReference", "no")


def plain_number(value) -> str:  # noqa: ANN001
    """A limit or an age for an input field: the locale's digits and decimal point, no grouping (read back by
    queries.plain_number), as many decimals as it has."""
    if value is None:
        return ""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    decimals = max(0, -value.normalize().as_tuple().exponent) if hasattr(value, "normalize") else 6
    text = formats.number_text(value, decimals, locale)
    if decimals and locale.decimalPoint() in text:  # a float: no trailing zeros
        text = text.rstrip(locale.zeroDigit()).rstrip(locale.decimalPoint())
    return text


class _Editor(QWidget):
    """A list and a form: select a row to edit it, or start a new one."""

    headers: list[str] = []  # QT_TRANSLATE_NOOP(<the subclass's name>, ...)
    noun = ""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.items: list[dict] = []
        self.editing: int | None = None
        self.table = make_table([QCoreApplication.translate(type(self).__name__, h) for h in self.headers],
                                f"{self.noun}Table", single=True)
        self.form = QFormLayout()
        self.save_button = QPushButton(self.tr("Save"), objectName=f"save_{self.noun}")
        self.new_button = QPushButton(self.tr("New"), objectName=f"new_{self.noun}")
        self.message = QLabel(objectName=f"{self.noun}Message", wordWrap=True)
        right = QVBoxLayout()
        right.addLayout(self.form)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.message)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(right, 2)
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.save_button.clicked.connect(self.save)
        ops.changed.connect(lambda noun: noun == self.noun and self.refresh())

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.items):
            self.edit(self.items[rows[0].row()])

    def error(self, error: KnownError) -> None:
        self.message.setText(error.message)

    def saved(self, _=None) -> None:  # noqa: ANN001
        self.message.setText(self.tr("Saved."))

    # subclasses: refresh(), edit(item | None), save()


class DepartmentsEditor(_Editor):
    headers = [QT_TRANSLATE_NOOP("DepartmentsEditor", "Code"), QT_TRANSLATE_NOOP("DepartmentsEditor", "Name"),
               QT_TRANSLATE_NOOP("DepartmentsEditor", "Kind"), QT_TRANSLATE_NOOP("DepartmentsEditor", "Active")]
    noun = Change.DEPARTMENT

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.code = QLineEdit(objectName="deptCode")
        self.name = QLineEdit(objectName="deptName")
        self.kind = QComboBox(objectName="deptKind")
        for kind in queries.DEPARTMENT_KINDS:
            self.kind.addItem(queries.department_kind_label(kind), kind)
        self.active = QCheckBox(self.tr("Open"))
        self.form.addRow(self.tr("Code"), self.code)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow("", self.active)
        self.edit(None)
        self.refresh()

    def refresh(self) -> None:
        self.ops.run_query(None, queries.departments, self._show, on_error=self.error)

    def _show(self, items: list[dict]) -> None:
        self.items = items
        fill_table(self.table, [(d["code"], d["name"], queries.department_kind_label(d["kind"]),
                                 _yes_no(True) if d["active"] else self.tr("closed")) for d in items])

    def edit(self, item: dict | None) -> None:
        self.editing = item["id"] if item else None
        self.code.setReadOnly(item is not None)
        self.code.setText(item["code"] if item else "")
        self.name.setText(item["name"] if item else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(item["kind"] if item else "outpatient")))
        self.active.setChecked(item["active"] if item else True)

    def save(self) -> None:
        dept_id, code, name, kind, active = (self.editing, self.code.text(), self.name.text(), self.kind.currentData(),
                                             self.active.isChecked())
        self.ops.run_change(self, lambda s: queries.save_department(s, dept_id, code, name, kind, active), self.saved,
                            noun=Change.DEPARTMENT, on_error=self.error)


class ServicesEditor(_Editor):
    headers = [QT_TRANSLATE_NOOP("ServicesEditor", "Department"), QT_TRANSLATE_NOOP("ServicesEditor", "Code"),
               QT_TRANSLATE_NOOP("ServicesEditor", "Name"), QT_TRANSLATE_NOOP("ServicesEditor", "Minutes"),
               QT_TRANSLATE_NOOP("ServicesEditor", "Price code"), QT_TRANSLATE_NOOP("ServicesEditor", "Video"),
               QT_TRANSLATE_NOOP("ServicesEditor", "Active")]
    noun = Change.SERVICE

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.department = QComboBox(objectName="serviceDepartment")
        self.code = QLineEdit(objectName="serviceCode")
        self.name = QLineEdit(objectName="serviceName")
        self.minutes = QSpinBox(minimum=5, maximum=480, singleStep=5, suffix=self.tr(" min"))
        self.price_code = QLineEdit(objectName="servicePriceCode")
        self.video = QCheckBox(self.tr("Telemedicine allowed"))
        self.active = QCheckBox(self.tr("Active"))
        for label, w in ((self.tr("Department"), self.department), (self.tr("Code"), self.code),
                         (self.tr("Name"), self.name), (self.tr("Duration"), self.minutes),
                         (self.tr("Price code"), self.price_code), ("", self.video), ("", self.active)):
            self.form.addRow(label, w)
        self.depts: list[dict] = []
        self.refresh()

    def refresh(self) -> None:
        self.ops.run_query(None, lambda s: (queries.departments(s, active_only=True), queries.services(s)),
                           self._show, on_error=self.error)

    def _show(self, result) -> None:  # noqa: ANN001
        self.depts, self.items = result
        self.department.clear()
        for d in self.depts:
            self.department.addItem(f"{d['code']} — {d['name']}", d["id"])
        fill_table(self.table, [(s["department"], s["code"], s["name"], formats.number_text(s["duration_minutes"]),
                                 s["price_code"], _yes_no(True) if s["telemedicine_allowed"] else "",
                                 _yes_no(s["active"])) for s in self.items])
        self.edit(None)

    def edit(self, item: dict | None) -> None:
        self.editing = item["id"] if item else None
        self.code.setReadOnly(item is not None)
        self.department.setEnabled(item is None)
        if item:
            self.department.setCurrentIndex(max(0, self.department.findData(item["department_id"])))
        self.code.setText(item["code"] if item else "")
        self.name.setText(item["name"] if item else "")
        self.minutes.setValue(item["duration_minutes"] if item else 15)
        self.price_code.setText(item["price_code"] if item else "")
        self.video.setChecked(bool(item and item["telemedicine_allowed"]))
        self.active.setChecked(item["active"] if item else True)

    def save(self) -> None:
        service_id = self.editing
        values = {"department_id": self.department.currentData(), "code": self.code.text(), "name": self.name.text(),
                  "duration_minutes": self.minutes.value(), "price_code": self.price_code.text().strip().upper(),
                  "telemedicine_allowed": self.video.isChecked(), "active": self.active.isChecked()}
        self.ops.run_change(self, lambda s: queries.save_service(s, service_id, values), self.saved,
                            noun=Change.SERVICE, on_error=self.error)


class RoomsEditor(_Editor):
    headers = [QT_TRANSLATE_NOOP("RoomsEditor", "Department"), QT_TRANSLATE_NOOP("RoomsEditor", "Code"),
               QT_TRANSLATE_NOOP("RoomsEditor", "Name"), QT_TRANSLATE_NOOP("RoomsEditor", "Active")]
    noun = Change.ROOM

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.department = QComboBox(objectName="roomDepartment")
        self.code = QLineEdit(objectName="roomCode")
        self.name = QLineEdit(objectName="roomName")
        self.active = QCheckBox(self.tr("Active"))
        for label, w in ((self.tr("Department"), self.department), (self.tr("Code"), self.code),
                         (self.tr("Name"), self.name), ("", self.active)):
            self.form.addRow(label, w)
        self.refresh()

    def refresh(self) -> None:
        self.ops.run_query(None, lambda s: (queries.departments(s, active_only=True), queries.rooms(s)),
                           self._show, on_error=self.error)

    def _show(self, result) -> None:  # noqa: ANN001
        depts, self.items = result
        self.department.clear()
        for d in depts:
            self.department.addItem(f"{d['code']} — {d['name']}", d["id"])
        fill_table(self.table, [(r["department"], r["code"], r["name"], _yes_no(r["active"])) for r in self.items])
        self.edit(None)

    def edit(self, item: dict | None) -> None:
        self.editing = item["id"] if item else None
        self.code.setReadOnly(item is not None)
        self.department.setEnabled(item is None)
        if item:
            self.department.setCurrentIndex(max(0, self.department.findData(item["department_id"])))
        self.code.setText(item["code"] if item else "")
        self.name.setText(item["name"] if item else "")
        self.active.setChecked(item["active"] if item else True)

    def save(self) -> None:
        room_id = self.editing
        values = {"department_id": self.department.currentData(), "code": self.code.text(), "name": self.name.text(),
                  "active": self.active.isChecked()}
        self.ops.run_change(self, lambda s: queries.save_room(s, room_id, values), self.saved, noun=Change.ROOM,
                            on_error=self.error)


class PriceListEditor(QWidget):
    """Current prices (and, on request, every version); a new price from an effective date, or a new item."""

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.items: list[queries.PriceRow] = []
        self.currency = "GBP"  # the hospital's (core.setting 'currency'), read with the list
        self.search = QLineEdit(objectName="priceSearch", placeholderText=self.tr("Search code or name"))
        self.history = QCheckBox(self.tr("Show ended versions"))
        self.table = make_table([self.tr("Code"), self.tr("Name"), self.tr("Amount"), self.tr("Valid from"),
                                 self.tr("Valid to"), self.tr("Group")], "priceTable", single=True)
        self.code = QLineEdit(objectName="priceCode")
        self.name = QLineEdit(objectName="priceName")
        self.amount = QLineEdit(objectName="priceAmount", placeholderText=self.tr("e.g. {amount}").format(
            amount=formats.number_text(72.5, 2)))
        # group codes are data (billing.price_item.group_code): the examples stay as they are typed
        self.group = QLineEdit(objectName="priceGroup", placeholderText=self.tr("e.g. {codes}").format(
            codes="consultation, lab_test, drug, bed_day…"))
        self.effective = QDateEdit(objectName="priceEffective", calendarPopup=True)
        self.effective.setDisplayFormat(formats.date_format())
        self.effective.setDate(QDate.currentDate().addDays(1))
        self.effective.setMinimumDate(QDate.currentDate())
        self.change_button = QPushButton(self.tr("New price from this date"), objectName="changePrice")
        self.add_button = QPushButton(self.tr("Add as a new item"), objectName="addPrice")
        self.message = QLabel(objectName="priceMessage", wordWrap=True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.history)
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Effective from"), self.effective)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addWidget(QLabel(self.tr("A new price ends the current version the day before; charges already made "
                                       "keep their price."), wordWrap=True))
        right.addWidget(self.message)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.search.textChanged.connect(self.refresh)
        self.history.toggled.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._selected)
        self.change_button.clicked.connect(self.change_price)
        self.add_button.clicked.connect(self.add_item)
        ops.changed.connect(lambda noun: noun == Change.PRICE and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        q, h = self.search.text(), self.history.isChecked()
        self.ops.run_query(None, lambda s: (queries.price_list(s, q, history=h), queries.currency(s)),
                           self._show, on_error=self.error, latest=True)

    def _show(self, result) -> None:  # noqa: ANN001
        self.items, self.currency = result
        fill_table(self.table, [(p.code, p.name, formats.money_text(p.amount, p.currency or self.currency),
                                 formats.date_text(p.valid_from),
                                 formats.date_text(p.valid_to) if p.valid_to else "—", p.group_code)
                                for p in self.items])

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows and 0 <= rows[0].row() < len(self.items):
            p = self.items[rows[0].row()]
            self.code.setText(p.code)
            self.name.setText(p.name)
            self.amount.setText(plain_number(p.amount))
            self.group.setText(p.group_code)

    def _effective(self) -> date:
        return self.effective.date().toPython()

    def change_price(self) -> None:
        try:
            amount = queries.parse_amount(self.amount.text())
        except KnownError as exc:
            self.error(exc)
            return
        code, name, effective = self.code.text().strip().upper(), self.name.text(), self._effective()
        self.ops.run_change(self, lambda s: queries.change_price(s, code, amount, effective, name=name),
                            lambda _: self.message.setText(self.tr("{code}: {amount} from {date}.").format(
                                code=code, amount=formats.money_text(amount, self.currency),
                                date=formats.date_text(effective))),
                            noun=Change.PRICE, on_error=self.error)

    def add_item(self) -> None:
        try:
            amount = queries.parse_amount(self.amount.text())
        except KnownError as exc:
            self.error(exc)
            return
        code, name, group, effective = self.code.text(), self.name.text(), self.group.text(), self._effective()
        cur = self.currency
        self.ops.run_change(self, lambda s: queries.add_price_item(s, code, name, amount, cur, effective, group),
                            lambda _: self.message.setText(self.tr("Added {code}.").format(code=code.strip().upper())),
                            noun=Change.PRICE,
                            on_error=self.error)

    def error(self, error: KnownError) -> None:
        self.message.setText(error.message)


class LabRangesEditor(_Editor):
    """Reference ranges and critical limits of the lab's numeric tests, by sex and age band: what the database
    flags results against (a change applies to results entered from now on; earlier results keep their flag)."""
    headers = [QT_TRANSLATE_NOOP("LabRangesEditor", "Test"), QT_TRANSLATE_NOOP("LabRangesEditor", "Unit"),
               QT_TRANSLATE_NOOP("LabRangesEditor", "Sex"), QT_TRANSLATE_NOOP("LabRangesEditor", "Age (years)"),
               QT_TRANSLATE_NOOP("LabRangesEditor", "Low"), QT_TRANSLATE_NOOP("LabRangesEditor", "High"),
               QT_TRANSLATE_NOOP("LabRangesEditor", "Critical low"),
               QT_TRANSLATE_NOOP("LabRangesEditor", "Critical high")]
    noun = Change.LAB_RANGE

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.test = QComboBox(objectName="rangeTest")
        self.sex = QComboBox(objectName="rangeSex")
        for value, label in SEXES.items():
            self.sex.addItem(QCoreApplication.translate("LabRangesEditor", label), value)
        self.age_from = QLineEdit(objectName="rangeAgeFrom")
        self.age_to = QLineEdit(objectName="rangeAgeTo", placeholderText=self.tr("no upper limit"))
        self.limits = {key: QLineEdit(objectName=f"range_{key}") for key in ("low", "high", "critical_low",
                                                                                "critical_high")}
        self.form.addRow(self.tr("Test"), self.test)
        self.form.addRow(self.tr("Sex"), self.sex)
        self.form.addRow(self._field("age_from"), self.age_from)
        self.form.addRow(self._field("age_to"), self.age_to)
        for key, widget in self.limits.items():
            self.form.addRow(self._field(key), widget)
        self.ops.run_query(None, queries.lab_tests, self._set_tests, on_error=self.error)
        self.edit(None)
        self.refresh()

    @staticmethod
    def _field(key: str) -> str:
        return QCoreApplication.translate("AdminLabRange", queries.RANGE_FIELDS[key])

    def _set_tests(self, tests: list[tuple[str, str]]) -> None:
        for code, label in tests:
            self.test.addItem(label, code)

    def refresh(self) -> None:
        self.ops.run_query(None, queries.lab_ranges, self._show, on_error=self.error)

    def _show(self, items: list[dict]) -> None:
        self.items = items
        def band(r: dict) -> str:
            return f"{plain_number(r['age_from_years'])}–{plain_number(r['age_to_years'])}"
        def sex(r: dict) -> str:
            return QCoreApplication.translate("LabRangesEditor", SEXES[r["sex"] or ""]) if (r["sex"] or "") in SEXES \
                else r["sex"]
        fill_table(self.table, [(r["short_name"], r["unit"], sex(r), band(r), plain_number(r["low"]),
                                 plain_number(r["high"]), plain_number(r["critical_low"]),
                                 plain_number(r["critical_high"])) for r in items])

    def edit(self, item: dict | None) -> None:
        self.editing = item["id"] if item else None
        for widget in (self.test, self.sex, self.age_from, self.age_to):
            widget.setEnabled(item is None)  # the band of an existing range stays; add another band instead
        if item:
            self.test.setCurrentIndex(max(0, self.test.findData(item["test_code"])))
            self.sex.setCurrentIndex(max(0, self.sex.findData(item["sex"] or "")))
        self.age_from.setText(plain_number(item["age_from_years"]) if item else formats.number_text(0))
        self.age_to.setText(plain_number(item["age_to_years"]) if item else "")
        for key, widget in self.limits.items():
            widget.setText(plain_number(item[key]) if item else "")

    def save(self) -> None:
        args = (self.editing, self.test.currentData(), self.sex.currentData(), self.age_from.text(),
                self.age_to.text(), *(w.text() for w in self.limits.values()))
        self.ops.run_change(self, lambda s: queries.save_lab_range(s, *args), self.saved, noun=Change.LAB_RANGE,
                            reason="lab reference range maintained by an administrator", on_error=self.error)


class LaterTab(QWidget):
    """A tab page whose editor is built on a later turn of the event loop (core.idle), or at once when asked for
    (the page is the editor's parent: select the page with `tabs.setCurrentWidget(editor.parentWidget())`)."""

    def __init__(self, build: Callable[[], QWidget]):
        super().__init__()
        self._build, self._editor = build, None
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        idle.later(self, self.editor)

    def editor(self) -> QWidget:
        if self._editor is None:
            self._editor = self._build()
            self.layout().addWidget(self._editor)
        return self._editor


class ReferenceWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget(objectName="referenceTabs")
        self.departments = DepartmentsEditor(ops)
        self.services = ServicesEditor(ops)
        self.rooms = RoomsEditor(ops)
        self.prices = PriceListEditor(ops)
        self.lab_ranges = LabRangesEditor(ops)
        self.tabs.addTab(self.departments, self.tr("Departments"))
        self.tabs.addTab(self.services, self.tr("Services"))
        self.tabs.addTab(self.rooms, self.tr("Clinic rooms"))
        self.tabs.addTab(self.prices, self.tr("Price list"))
        self.tabs.addTab(self.lab_ranges, self.tr("Lab reference ranges"))
        # Ten editors in one constructor held the screen still over 100 ms (the lab tests' alone ~45 ms): the beds,
        # the lab catalog (161) and the payer settings come on later turns, or at once when asked for.
        self._beds = LaterTab(lambda: BedsEditor(ops))
        self._lab_tests = LaterTab(lambda: self._linked(LabTestsEditor(ops)))
        self._lab_panels = LaterTab(lambda: LabPanelsEditor(ops))
        self.tabs.addTab(self._beds, self.tr("Wards, rooms && beds"))
        self.tabs.addTab(self._lab_tests, self.tr("Lab tests"))
        self.tabs.addTab(self._lab_panels, self.tr("Lab panels"))
        self._payer_item_codes = LaterTab(lambda: PayerItemCodesEditor(ops))
        self._payer_policies = LaterTab(lambda: PayerPoliciesEditor(ops))
        self.tabs.addTab(self._payer_item_codes, self.tr("Payer item codes"))
        self.tabs.addTab(self._payer_policies, self.tr("Payer policies"))
        note = QLabel(self.tr("The formulary is maintained by the pharmacists (Formulary workspace)."))
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(note, alignment=Qt.AlignmentFlag.AlignLeading)

    def _linked(self, tests: LabTestsEditor) -> LabTestsEditor:
        link_tabs(self.tabs, self.prices, self.lab_ranges, tests)
        return tests

    @property
    def beds(self) -> BedsEditor:
        return self._beds.editor()

    @property
    def lab_tests(self) -> LabTestsEditor:
        return self._lab_tests.editor()

    @property
    def lab_panels(self) -> LabPanelsEditor:
        return self._lab_panels.editor()

    @property
    def payer_item_codes(self) -> PayerItemCodesEditor:
        return self._payer_item_codes.editor()

    @property
    def payer_policies(self) -> PayerPoliciesEditor:
        return self._payer_policies.editor()
