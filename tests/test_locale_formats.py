"""Dates, numbers and money follow the locale (hospital_desktop.i18n.formats, issue 18): what a locale writes, it
reads back; typed dates in the locale's order; amounts with the hospital's currency placed as the locale places it."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from hospital_desktop.i18n import formats

LOCALES = ["en_GB", "en_US", "fr_FR", "es_ES", "ar_EG", "ar_MA", "de_DE", "zh_CN"]


@given(st.dates(date(1880, 1, 1), date(2100, 12, 31)), st.sampled_from(LOCALES))
def test_a_date_reads_back_as_it_is_written(day, name):
    locale = QLocale(name)
    assert formats.parse_date(formats.date_text(day, locale), locale) == day


@pytest.mark.parametrize(("name", "typed", "expected"), [
    ("en_GB", "4.3.1987", date(1987, 3, 4)), ("en_GB", "04031987", date(1987, 3, 4)),
    ("en_US", "3/4/1987", date(1987, 3, 4)), ("fr_FR", "04-03-1987", date(1987, 3, 4)),
    ("ar_EG", "٤/٣/١٩٨٧", date(1987, 3, 4)), ("zh_CN", "1987/3/4", date(1987, 3, 4)),
    ("fr_FR", "1987-03-04", date(1987, 3, 4)),  # ISO in any locale
    ("en_GB", "31/02/2020", None), ("en_GB", "04/03/87", None), ("en_GB", "1.1.1", None), ("en_GB", "", None),
])
def test_typed_dates_follow_the_locale_order(name, typed, expected):
    assert formats.parse_date(typed, QLocale(name)) == expected


def test_dates_years_and_times_are_written_as_the_locale_writes_them():
    moment = datetime(2026, 12, 8, 14, 5)
    assert formats.date_text(date(1987, 3, 4), QLocale("en_GB")) == "04/03/1987"
    assert formats.date_text(date(1987, 3, 4), QLocale("en_US")) == "3/4/1987"
    assert formats.datetime_text(moment, QLocale("fr_FR")) == "08/12/2026 14:05"
    assert "١٩٨٧" in formats.date_text(date(1987, 3, 4), QLocale("ar_EG"))  # Arabic-Indic digits
    assert "yyyy" in formats.date_format(QLocale("en_US"))  # never a two-digit year in a date field


@pytest.mark.parametrize(("name", "expected"), [
    ("en_GB", "GBP\u00a01,234.50"), ("fr_FR", "1\u202f234,50\u00a0GBP"), ("es_ES", "1234,50\u00a0GBP"),
])
def test_money_has_the_hospitals_currency_where_the_locale_puts_it(name, expected):
    assert formats.money_text(Decimal("1234.5"), "GBP", QLocale(name)) == expected


def test_negative_amounts_carry_a_minus_not_accounting_brackets():
    text = formats.money_text(Decimal("-60"), "GBP", QLocale("en_GB"))
    assert text.startswith("-") and "(" not in text and "60.00" in text
