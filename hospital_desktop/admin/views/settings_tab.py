"""Hospital settings: name, address and logo for printouts, idle-lock time, break-glass duration, currency and
how taxes are shown. The database validates every value (core.setting_check) and audits every change."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from .. import queries


class SettingsWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.loaded: dict = {}
        self.logo_value = None
        self.hospital_name = QLineEdit(objectName="hospitalName")
        self.address = QPlainTextEdit(objectName="hospitalAddress")
        self.address.setMaximumHeight(70)
        self.logo = QLabel("(no logo)", objectName="logoPreview")
        self.logo.setFixedSize(220, 90)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.choose_logo = QPushButton("Choose image…")
        self.clear_logo = QPushButton("Remove")
        self.idle = QSpinBox(objectName="idleLockMinutes", minimum=1, maximum=240, suffix=" min")
        self.break_glass = QDoubleSpinBox(objectName="breakGlassHours", minimum=0.25, maximum=72, singleStep=0.5,
                                          decimals=2, suffix=" h")
        self.currency = QLineEdit(objectName="currency", maxLength=3)
        self.currency.setInputMask(">AAA")
        self.tax_label = QLineEdit(objectName="taxLabel", maxLength=20)
        self.tax_id = QLineEdit(objectName="taxId", maxLength=40)
        self.tax_rates = QLabel(objectName="taxRates", wordWrap=True)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        col = QVBoxLayout()
        col.addWidget(self.choose_logo)
        col.addWidget(self.clear_logo)
        col.addStretch(1)
        logo_row.addLayout(col)
        logo_row.addStretch(1)
        form = QFormLayout()
        form.addRow("<b>Hospital</b>", QLabel(""))
        form.addRow("Name", self.hospital_name)
        form.addRow("Address", self.address)
        form.addRow("Logo on printouts", logo_row)
        form.addRow("<b>Security</b>", QLabel(""))
        form.addRow("Lock idle workstations after", self.idle)
        form.addRow("Emergency (break-glass) access lasts", self.break_glass)
        form.addRow("<b>Money</b>", QLabel(""))
        form.addRow("Currency (ISO 4217)", self.currency)
        form.addRow("Tax name", self.tax_label)
        form.addRow("Tax registration number", self.tax_id)
        form.addRow("Tax rates (per item group)", self.tax_rates)
        self.save_button = QPushButton("Save settings", objectName="saveSettings")
        self.message = QLabel(objectName="settingsMessage", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.clear_logo.clicked.connect(lambda: self.set_logo(None))
        self.save_button.clicked.connect(self.save)
        self.refresh()

    def refresh(self) -> None:
        self.ops.run_query(None, queries.settings, self._show, on_error=self._error)
        self.ops.run_query(None, queries.tax_rates, self._show_rates, on_error=self._error)

    def _show_rates(self, rates: list[dict]) -> None:
        def describe(r: dict) -> str:
            return f"{r['group_code']}: {r['label']} {r['rate']} % from {r['valid_from']:%Y-%m-%d}"
        self.tax_rates.setText("; ".join(describe(r) for r in rates) or
                               "none (clinical services exempt); rates are kept with the price list")

    def _show(self, values: dict) -> None:
        self.loaded = dict(values)
        self.hospital_name.setText(values.get("hospital_name") or "")
        self.address.setPlainText(values.get("hospital_address") or "")
        self.idle.setValue(int(values.get("idle_lock_minutes") or 10))
        self.break_glass.setValue(float(values.get("break_glass_hours") or 4))
        self.currency.setText(values.get("currency") or "GBP")
        self.tax_label.setText(values.get("tax_label") or "VAT")
        self.tax_id.setText(values.get("hospital_tax_id") or "")
        self.tax_id.setEnabled("hospital_tax_id" in values)
        self._show_logo(values.get("hospital_logo"))

    def _show_logo(self, value) -> None:  # noqa: ANN001
        self.logo_value = value
        data = queries.logo_bytes(value)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo.setPixmap(pixmap.scaled(self.logo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText("(no logo)")

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Logo for printouts", str(Path.home()), "Images (*.png *.jpg *.jpeg)")
        if path:
            self.set_logo(Path(path).read_bytes())

    def set_logo(self, data: bytes | None) -> None:
        try:
            self._show_logo(queries.logo_value(data) if data is not None else None)
        except KnownError as exc:
            self.message.setText(exc.message)

    def values(self) -> dict:
        return {"hospital_name": self.hospital_name.text().strip(),
                "hospital_address": self.address.toPlainText().strip(),
                "hospital_logo": self.logo_value,
                "idle_lock_minutes": self.idle.value(),
                "break_glass_hours": round(self.break_glass.value(), 2),
                "currency": self.currency.text().strip().upper(),
                "tax_label": self.tax_label.text().strip(),
                **({"hospital_tax_id": self.tax_id.text().strip()} if "hospital_tax_id" in self.loaded else {})}

    def save(self) -> None:
        changed = {k: v for k, v in self.values().items() if self.loaded.get(k) != v}
        if not changed:
            self.message.setText("Nothing changed.")
            return

        def done(keys: list[str]) -> None:
            self.message.setText("Saved: " + ", ".join(k.replace("_", " ") for k in keys)
                                 + ". Workstations pick up a new idle-lock time at their next login.")
            self.refresh()

        self.ops.run_change(self, lambda s: queries.save_settings(s, changed), done, noun=Change.SETTING,
                            on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
