"""Hospital settings: name, address and logo for printouts, idle-lock time, break-glass duration, currency and
how taxes are shown, and the language and formats (locale) of screens and printouts where a staff member has not
chosen their own. The database validates every value (core.setting_check) and audits every change."""
from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRegularExpression, Qt
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...core.changes import Change
from ...core.errors import KnownError
from ...core.ops import Operations
from ...i18n import LANGUAGES, formats
from .. import queries

SAMPLE_DATE, SAMPLE_TIME = date(2026, 12, 31), time(14, 30)  # the formats' sample


class SettingsWorkspace(QWidget):
    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.loaded: dict = {}
        self.logo_value = None
        self.hospital_name = QLineEdit(objectName="hospitalName")
        self.address = QPlainTextEdit(objectName="hospitalAddress")
        self.address.setMaximumHeight(70)
        self.logo = QLabel(self.tr("(no logo)"), objectName="logoPreview")
        self.logo.setFixedSize(220, 90)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.choose_logo = QPushButton(self.tr("Choose image…"))
        self.clear_logo = QPushButton(self.tr("Remove"))
        self.idle = QSpinBox(objectName="idleLockMinutes", minimum=1, maximum=240, suffix=self.tr(" min"))
        self.break_glass = QDoubleSpinBox(objectName="breakGlassHours", minimum=0.25, maximum=72, singleStep=0.5,
                                          decimals=2, suffix=self.tr(" h"))
        self.currency = QLineEdit(objectName="currency", maxLength=3)
        self.currency.setInputMask(">AAA")
        self.tax_label = QLineEdit(objectName="taxLabel", maxLength=20)
        self.tax_id = QLineEdit(objectName="taxId", maxLength=40)
        self.tax_rates = QLabel(objectName="taxRates", wordWrap=True)
        # The hospital's language (the shipped ones, each by its own name) and its formats (a locale per language
        # offered, any language_COUNTRY typed: the database's rule, core.setting_check)
        self.language = QComboBox(objectName="hospitalLanguage")
        for code, (name, _locale) in LANGUAGES.items():
            self.language.addItem(name, code)
        self.locale = QComboBox(objectName="hospitalLocale", editable=True)
        self.locale.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.locale.setValidator(QRegularExpressionValidator(QRegularExpression("[a-z]{0,3}(_[A-Z]{0,2})?"),
                                                             self.locale))
        self.locale_sample = QLabel(objectName="localeSample", wordWrap=True)
        self.locale_sample.setStyleSheet("color: #555;")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        col = QVBoxLayout()
        col.addWidget(self.choose_logo)
        col.addWidget(self.clear_logo)
        col.addStretch(1)
        logo_row.addLayout(col)
        logo_row.addStretch(1)
        form = QFormLayout()
        form.addRow("<b>{}</b>".format(self.tr("Hospital")), QLabel(""))
        form.addRow(self.tr("Name"), self.hospital_name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Logo on printouts"), logo_row)
        form.addRow("<b>{}</b>".format(self.tr("Language")), QLabel(""))
        form.addRow(self.tr("Language of screens and printouts"), self.language)
        form.addRow(self.tr("Formats (locale)"), self.locale)
        form.addRow("", self.locale_sample)
        form.addRow("<b>{}</b>".format(self.tr("Security")), QLabel(""))
        form.addRow(self.tr("Lock idle workstations after"), self.idle)
        form.addRow(self.tr("Emergency (break-glass) access lasts"), self.break_glass)
        form.addRow("<b>{}</b>".format(self.tr("Money")), QLabel(""))
        form.addRow(self.tr("Currency (ISO 4217)"), self.currency)
        form.addRow(self.tr("Tax name"), self.tax_label)
        form.addRow(self.tr("Tax registration number"), self.tax_id)
        form.addRow(self.tr("Tax rates (per item group)"), self.tax_rates)
        self.save_button = QPushButton(self.tr("Save settings"), objectName="saveSettings")
        self.message = QLabel(objectName="settingsMessage", wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.choose_logo.clicked.connect(self._choose_logo)
        self.clear_logo.clicked.connect(lambda: self.set_logo(None))
        self.save_button.clicked.connect(self.save)
        self.language.currentIndexChanged.connect(lambda _: self._language_chosen())
        self.locale.currentTextChanged.connect(lambda _: self._show_locale_sample())
        self.currency.textChanged.connect(lambda _: self._show_locale_sample())
        self._offer_locales(self.language.currentData())
        self.refresh()

    def refresh(self) -> None:
        self.ops.run_query(None, queries.settings, self._show, on_error=self._error)
        self.ops.run_query(None, queries.tax_rates, self._show_rates, on_error=self._error)

    def _show_rates(self, rates: list[dict]) -> None:
        def describe(r: dict) -> str:
            rate = r["rate"]
            decimals = max(0, -rate.normalize().as_tuple().exponent) if hasattr(rate, "normalize") else 2
            return self.tr("{group}: {label} {rate} % from {date}").format(
                group=r["group_code"], label=r["label"], rate=formats.number_text(rate, decimals),
                date=formats.date_text(r["valid_from"]))
        self.tax_rates.setText("\n".join(describe(r) for r in rates) or
                               self.tr("none (clinical services exempt); rates are kept with the price list"))

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
        self._show_language(values.get("language") or "en", values.get("locale"))
        self.language.setEnabled("language" in values)
        self.locale.setEnabled("locale" in values)
        self._show_logo(values.get("hospital_logo"))

    # -- language and formats ----------------------------------------------------------------------------
    def _show_language(self, language: str, locale: str | None) -> None:
        """Select the stored language (a code the client does not ship is listed as it is, so saving keeps it)."""
        index = self.language.findData(language)
        if index < 0:
            self.language.addItem(self.tr("{code} (not shipped: screens show English)").format(code=language),
                                  language)
            index = self.language.count() - 1
        self.language.blockSignals(True)
        self.language.setCurrentIndex(index)
        self.language.blockSignals(False)
        self._offer_locales(language)
        self.locale.setCurrentText(locale or LANGUAGES.get(language, LANGUAGES["en"])[1])
        self._show_locale_sample()

    def _offer_locales(self, language: str | None) -> None:
        current = self.locale.currentText()
        self.locale.blockSignals(True)
        self.locale.clear()
        self.locale.addItems(queries.LOCALES.get(language or "", ()))
        self.locale.setCurrentText(current)
        self.locale.blockSignals(False)

    def _language_chosen(self) -> None:
        """A new language keeps a locale of the same language (fr_BE for French); else takes its usual one."""
        language = self.language.currentData()
        self._offer_locales(language)
        if not self.locale.currentText().startswith(f"{language}_"):
            self.locale.setCurrentText(LANGUAGES[language][1] if language in LANGUAGES else "")
        self._show_locale_sample()

    def _show_locale_sample(self) -> None:
        name = self.locale.currentText().strip()
        if not re.fullmatch(queries.LOCALE_PATTERN, name):
            self.locale_sample.setText(self.tr("A language and country code, e.g. en_GB, fr_FR, es_ES, ar_EG."))
            return
        locale = QLocale(name)
        currency = self.currency.text().strip() or "GBP"
        sample = self.tr("Dates {date} · times {time} · amounts {amount}").format(
            date=formats.date_text(SAMPLE_DATE, locale),
            time=formats.time_text(SAMPLE_TIME, locale),
            amount=formats.money_text(1234.5, currency, locale))
        if locale.name() != name:  # Qt does not know this country for this language
            sample += " " + self.tr("({locale} is not known here: formats follow {fallback})").format(
                locale=name, fallback=locale.name())
        self.locale_sample.setText(sample)

    # -- logo ----------------------------------------------------------------------------------------------
    def _show_logo(self, value) -> None:  # noqa: ANN001
        self.logo_value = value
        data = queries.logo_bytes(value)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo.setPixmap(pixmap.scaled(self.logo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("(no logo)"))

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo for printouts"), str(Path.home()),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(Path(path).read_bytes())

    def set_logo(self, data: bytes | None) -> None:
        try:
            self._show_logo(queries.logo_value(data) if data is not None else None)
        except KnownError as exc:
            self.message.setText(exc.message)

    # -- saving --------------------------------------------------------------------------------------------
    def values(self) -> dict:
        return {"hospital_name": self.hospital_name.text().strip(),
                "hospital_address": self.address.toPlainText().strip(),
                "hospital_logo": self.logo_value,
                "idle_lock_minutes": self.idle.value(),
                "break_glass_hours": round(self.break_glass.value(), 2),
                "currency": self.currency.text().strip().upper(),
                "tax_label": self.tax_label.text().strip(),
                **({"hospital_tax_id": self.tax_id.text().strip()} if "hospital_tax_id" in self.loaded else {}),
                **({"language": self.language.currentData()} if "language" in self.loaded else {}),
                **({"locale": self.locale.currentText().strip()} if "locale" in self.loaded else {})}

    def save(self) -> None:
        changed = {k: v for k, v in self.values().items() if self.loaded.get(k) != v}
        if not changed:
            self.message.setText(self.tr("Nothing changed."))
            return
        if "locale" in changed and not re.fullmatch(queries.LOCALE_PATTERN, changed["locale"]):
            self.message.setText(self.tr("The locale is a language and country code such as en_GB, fr_FR or ar_EG."))
            return

        def done(keys: list[str]) -> None:
            labels = [QCoreApplication.translate("AdminSettings", queries.SETTING_LABELS[k]) for k in keys]
            text = self.tr("Saved: {settings}.").format(settings=QLocale().createSeparatedList(labels))
            if "idle_lock_minutes" in keys:
                text += " " + self.tr("Workstations pick up a new idle-lock time at their next login.")
            if {"language", "locale"} & set(keys):
                text += " " + self.tr("Staff who have not chosen their own language see the new one at their "
                                      "next login.")
            self.message.setText(text)
            self.refresh()

        self.ops.run_change(self, lambda s: queries.save_settings(s, changed), done, noun=Change.SETTING,
                            on_error=self._error)

    def _error(self, error: KnownError) -> None:
        self.message.setText(error.message)
