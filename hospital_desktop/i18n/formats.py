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


def date_order(locale: QLocale | None = None) -> str:
    """'dmy', 'mdy' or 'ymd': the order the locale writes day, month and year in."""
    fmt = date_format(locale)
    positions = sorted((fmt.find(c), c) for c in "dMy")
    return "".join(c for _, c in positions).lower()


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """A date as a person types it in their locale: day, month and a four-digit year in the locale's order with
    any separator (04/03/1987, 4.3.1987, 4-3-1987 in a day-first locale; 3/4/1987 in en_US), eight digits in that
    order (04031987), or ISO 1987-03-04 in any locale. None when it is none of these or no real date."""
    text = text.strip()
    order = date_order(locale)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        parts = dict(zip("ymd", map(int, iso.groups()), strict=True))
    else:
        digits = [p for p in re.split(r"[^\d]+", _western_digits(text)) if p]
        if len(digits) == 1 and len(digits[0]) == 8:
            widths = {"d": 2, "m": 2, "y": 4}
            digits, rest = [], digits[0]
            for field in order:
                digits.append(rest[:widths[field]])
                rest = rest[widths[field]:]
        if len(digits) != 3:
            return None
        parts = dict(zip(order, digits, strict=True))
        if len(parts["y"]) != 4:
            return None  # a two-digit year could be a birth a century ago
        parts = {k: int(v) for k, v in parts.items()}
    try:
        return date(parts["y"], parts["m"], parts["d"])
    except ValueError:
        return None


def _western_digits(text: str) -> str:
    """Arabic-Indic and other Unicode digits as 0-9 (a keyboard in an Arabic locale may type either)."""
    return "".join(str(int(c)) if c.isdigit() else c for c in text)


def day_month_format(locale: QLocale | None = None) -> str:
    """The locale's short date without its year ('dd/MM' in en_GB, 'M/d' in en_US, 'd\u200f/M' in Arabic): a day
    of this week or this stay (the calendar, the bed board, the handover)."""
    fmt = date_format(locale)
    if fmt.startswith("y"):
        return re.sub(r"^y+[^dM]*", "", fmt)
    return re.sub(r"[^dM]*y+[^dM]*$", "", fmt)


def day_month_text(value: date | datetime | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = locale if locale is not None else QLocale()
    return loc.toString(QDate(value.year, value.month, value.day), day_month_format(locale))


def day_month_time_text(value: datetime | None, locale: QLocale | None = None) -> str:
    """'03/12 14:05': a moment of this stay (the board, the handover, the medication chart)."""
    if value is None:
        return ""
    return f"{day_month_text(value, locale)} {time_text(value, locale)}"


def qdatetime_text(value: QDateTime, locale: QLocale | None = None) -> str:
    loc = _locale(locale)
    return loc.toString(value, f"{date_format(locale)} {time_format(locale)}")
