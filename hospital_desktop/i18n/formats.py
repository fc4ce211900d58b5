"""Dates, times, numbers and money as the user's locale writes them (QLocale: the one the login installed, or a
printed document's own). Every screen and printout formats through here, never with strftime or f"{x:.2f}"."""
from __future__ import annotations

import re

from datetime import date, datetime, time
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year (a birth date in 'yy' is ambiguous): for
    QDateEdit.setDisplayFormat and for reading typed dates."""
    fmt = _locale(locale).dateFormat(SHORT)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def time_format(locale: QLocale | None = None) -> str:
    return _locale(locale).timeFormat(SHORT).replace(":ss", "")


def date_text(value: date | datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return _locale(locale).toString(QDate(value.year, value.month, value.day), date_format(locale))


def long_date_text(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    return _locale(locale).toString(QDate(value.year, value.month, value.day), LONG)


def time_text(value: time | datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    return _locale(locale).toString(QTime(value.hour, value.minute), time_format(locale))


def datetime_text(value: datetime | None, locale: QLocale | None = None) -> str:
    """Date and time of day to the minute; an aware value is shown in its own zone (the clinic's, set by
    core.clock), never converted here."""
    if value is None:
        return ""
    return f"{date_text(value, locale)} {time_text(value, locale)}"


def number_text(value: int | float | Decimal | None, decimals: int = 0, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    if decimals == 0 and (isinstance(value, int) or (isinstance(value, Decimal) and value == value.to_integral())):
        return _locale(locale).toString(int(value))
    return _locale(locale).toString(float(value), "f", decimals)


def money_text(amount: Decimal | float | int | None, currency: str, locale: QLocale | None = None) -> str:
    """An amount with the hospital's ISO currency code placed as the locale places a currency (65,00 GBP in
    French, GBP 65.00 in English); two decimals. Amounts are exact to the cent well inside a double's range."""
    if amount is None:
        return ""
    loc = _locale(locale)
    text = loc.toCurrencyString(abs(float(amount)), currency, 2)
    # Qt glues a code to the digits where a locale puts a symbol ("GBP1.00"); a code reads better spaced
    text = re.sub(rf"(?<={currency})(?=\d)|(?<=\d)(?={currency})", "\u00a0", text)
    # a minus, never the accounting parentheses some locales use for negative currency
    return loc.negativeSign() + text if amount < 0 else text


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date typed in the locale's format (day/month order as the locale writes it), else ISO yyyy-mm-dd;
    None when it is neither."""
    text = text.strip()
    loc = _locale(locale)
    for fmt in (date_format(locale), loc.dateFormat(SHORT), "yyyy-MM-dd"):
        parsed = loc.toDate(text, fmt)
        if parsed.isValid():
            return date(parsed.year(), parsed.month(), parsed.day())
    return None


def qdatetime_text(value: QDateTime, locale: QLocale | None = None) -> str:
    loc = _locale(locale)
    return loc.toString(value, f"{date_format(locale)} {time_format(locale)}")
