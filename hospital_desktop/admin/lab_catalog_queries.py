"""The lab catalog as the administrator maintains it (no Qt here): tests and panels coded with LOINC
(server_db/sql/lab/).

Codes are fixed once made (orders, results and reference ranges refer to them); everything else changes, audited.
Nothing is deleted: a test or panel is deactivated (orders already placed continue, new ones are refused), a
panel member is removed by marking it inactive. The database checks the LOINC check digit as well; the screen
checks it first so a typing slip is caught before anything is sent. Sentences for the user are translated here
(context "LabCatalogQueries"); amounts are written in the user's locale (i18n.formats) where shown."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..core.errors import KnownError
from ..i18n import formats

LOINC = re.compile(r"^(\d{1,7})-(\d)$")
VALUE_TYPES = ("numeric", "text")
VALUE_TYPE_LABELS = {"numeric": QT_TRANSLATE_NOOP("LabCatalogQueries", "numeric"),
                     "text": QT_TRANSLATE_NOOP("LabCatalogQueries", "text")}
DEFAULT_PRICE = "LAB-DEFAULT"


# -- LOINC codes ---------------------------------------------------------------------------------------------
def loinc_check_digit(number: str) -> int:
    """The mod-10 check digit of the digits before the dash (LOINC Users' Guide: from the right, double the
    digits in odd positions, add up all the digits, the check digit tops the sum up to a multiple of ten)."""
    total = 0
    for position, char in enumerate(reversed(number), start=1):
        digit = int(char) * (2 if position % 2 else 1)
        total += digit - 9 if digit > 9 else digit
    return (10 - total % 10) % 10


def loinc_problem(code: str) -> str | None:
    """None for a valid LOINC code, else the sentence for the user."""
    match = LOINC.match(code.strip())
    if not match:
        return QCoreApplication.translate(
            "LabCatalogQueries", "A LOINC code is 1 to 7 digits, a dash and a check digit (for example 2823-3).")
    expected = loinc_check_digit(match.group(1))
    if int(match.group(2)) != expected:
        return QCoreApplication.translate(
            "LabCatalogQueries", "LOINC code {code} is not valid: the check digit should be {digit}.").format(
            code=code.strip(), digit=expected)
    return None


# -- tests ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CatalogTest:
    code: str
    name: str
    short_name: str
    specimen_type: str
    container: str
    unit: str
    value_type: str
    decimals: int
    price_code: str | None
    active: bool
    price: Decimal | None        # the current price of price_code, None when it has none today
    currency: str | None
    ranges: int                  # reference ranges of the test
    panels: str                  # the active panels it is an active member of

    @property
    def price_text(self) -> str:
        if self.price is not None:
            return formats.money_text(self.price, self.currency or "")
        return QCoreApplication.translate("LabCatalogQueries", "at {code}").format(code=DEFAULT_PRICE)


def catalog_tests(session: Session, search: str = "", *, include_inactive: bool = True) -> list[CatalogTest]:
    rows = session.execute(text("""
        SELECT t.code, t.name, t.short_name, t.specimen_type, t.container, t.unit, t.value_type, t.decimals,
               t.price_code, t.active, p.amount, p.currency,
               (SELECT count(*) FROM lab.reference_range r WHERE r.test_code = t.code),
               coalesce((SELECT string_agg(pa.name, '; ' ORDER BY pa.name) FROM lab.panel_test pt
                           JOIN lab.panel pa ON pa.code = pt.panel_code AND pa.active
                          WHERE pt.test_code = t.code AND pt.active), '')
          FROM lab.test t
          LEFT JOIN billing.price_item p ON p.id = billing.price_item_at(t.price_code, current_date)
         WHERE (:all OR t.active)
           AND (:q = '' OR t.code ILIKE :q || '%' OR t.name ILIKE '%' || :q || '%'
                OR t.short_name ILIKE '%' || :q || '%')
         ORDER BY t.active DESC, t.short_name, t.code"""),
        {"q": search.strip(), "all": include_inactive}).all()
    return [CatalogTest(*r) for r in rows]


def default_price(session: Session) -> tuple[Decimal, str] | None:
    """LAB-DEFAULT's current price (amount, currency), for the fallback line of the screen; None without one."""
    row = session.execute(text("SELECT amount, currency FROM billing.price_item "
                               " WHERE id = billing.price_item_at(:c, current_date)"), {"c": DEFAULT_PRICE}).first()
    return (row[0], row[1]) if row else None


def _required(values: dict[str, Any], key: str, longest: int) -> str:
    value = str(values.get(key) or "").strip()
    if not value:
        raise KnownError(_field_sentences(key)[0], kind="invalid")
    if len(value) > longest:
        raise KnownError(_field_sentences(key)[1].format(longest=formats.number_text(longest)), kind="invalid")
    return value


def _field_sentences(key: str) -> tuple[str, str]:
    """(missing, too long) for a field of the test form: whole sentences, so a translator agrees the article and
    the verb with each noun."""
    if key == "name":
        return (QCoreApplication.translate("LabCatalogQueries", "The name is required."),
                QCoreApplication.translate("LabCatalogQueries", "The name has at most {longest} characters."))
    if key == "short_name":
        return (QCoreApplication.translate("LabCatalogQueries", "The short name is required."),
                QCoreApplication.translate("LabCatalogQueries", "The short name has at most {longest} characters."))
    if key == "specimen_type":
        return (QCoreApplication.translate("LabCatalogQueries", "The specimen type is required."),
                QCoreApplication.translate("LabCatalogQueries", "The specimen type has at most {longest} characters."))
    return (QCoreApplication.translate("LabCatalogQueries", "The container is required."),
            QCoreApplication.translate("LabCatalogQueries", "The container has at most {longest} characters."))


def clean_test(values: dict[str, Any], *, new: bool) -> dict[str, Any]:
    """The test as it will be written, or a KnownError saying what to fix (before anything is sent)."""
    code = str(values.get("code") or "").strip()
    if new and (problem := loinc_problem(code)):
        raise KnownError(problem, kind="invalid")
    value_type = values.get("value_type") or "numeric"
    if value_type not in VALUE_TYPES:
        raise KnownError(QCoreApplication.translate("LabCatalogQueries", "A result is numeric or text."),
                         kind="invalid")
    try:
        decimals = int(values.get("decimals", 1))
    except (TypeError, ValueError):
        raise KnownError(QCoreApplication.translate(
            "LabCatalogQueries", "Decimals must be a whole number from 0 to 4."), kind="invalid") from None
    if not 0 <= decimals <= 4:
        raise KnownError(QCoreApplication.translate(
            "LabCatalogQueries", "Decimals must be a whole number from 0 to 4."), kind="invalid")
    unit = str(values.get("unit") or "").strip()
    if value_type == "numeric" and not unit:
        raise KnownError(QCoreApplication.translate(
            "LabCatalogQueries", "A numeric test needs the unit its results are reported in (e.g. mmol/L)."),
            kind="invalid")
    if len(unit) > 40:
        raise KnownError(QCoreApplication.translate(
            "LabCatalogQueries", "The unit has at most {longest} characters.").format(
            longest=formats.number_text(40)), kind="invalid")
    price_code = str(values.get("price_code") or "").strip().upper() or None
    return {"code": code, "name": _required(values, "name", 255),
            "short_name": _required(values, "short_name", 40),
            "specimen_type": _required(values, "specimen_type", 100),
            "container": _required(values, "container", 100),
            "unit": unit, "value_type": value_type, "decimals": decimals if value_type == "numeric" else 0,
            "price_code": price_code, "active": bool(values.get("active", True))}


def save_test(session: Session, values: dict[str, Any], *, new: bool) -> str:
    """Add a test (new) or change one; returns its code."""
    row = clean_test(values, new=new)
    if new:
        session.execute(text(
            "INSERT INTO lab.test (code, name, short_name, specimen_type, container, unit, value_type, decimals, "
            "price_code, active) VALUES (:code, :name, :short_name, :specimen_type, :container, :unit, "
            ":value_type, :decimals, :price_code, :active)"), row)
        return row["code"]
    done = session.execute(text(
        "UPDATE lab.test SET name = :name, short_name = :short_name, specimen_type = :specimen_type, "
        "container = :container, unit = :unit, value_type = :value_type, decimals = :decimals, "
        "price_code = :price_code, active = :active WHERE code = :code"), row).rowcount
    if not done:
        raise KnownError(QCoreApplication.translate("LabCatalogQueries", "Test {code} is not in the catalog.").format(
            code=row["code"]), kind="invalid")
    return row["code"]


def choices(session: Session) -> dict[str, list[str]]:
    """Specimen types and containers already in use, offered in the form (free text is allowed)."""
    return {"specimen_type": list(session.execute(text(
                "SELECT DISTINCT specimen_type FROM lab.test ORDER BY 1")).scalars()),
            "container": list(session.execute(text(
                "SELECT DISTINCT container FROM lab.test ORDER BY 1")).scalars())}


# -- panels --------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Panel:
    code: str
    name: str
    active: bool
    members: int   # active members


@dataclass(frozen=True)
class Member:
    test_code: str
    short_name: str
    specimen_type: str
    position: int
    active: bool       # still a member of the panel
    test_active: bool  # the test itself is orderable

    @property
    def state(self) -> str:
        """Where the member stands, in the user's language (for the members table)."""
        if not self.active:
            return QCoreApplication.translate("LabCatalogQueries", "removed")
        if self.test_active:
            return QCoreApplication.translate("LabCatalogQueries", "ordered with the panel")
        return QCoreApplication.translate("LabCatalogQueries", "test inactive: not ordered")


def panels(session: Session) -> list[Panel]:
    rows = session.execute(text(
        "SELECT p.code, p.name, p.active, (SELECT count(*) FROM lab.panel_test pt WHERE pt.panel_code = p.code "
        "AND pt.active) FROM lab.panel p ORDER BY p.active DESC, p.name")).all()
    return [Panel(*r) for r in rows]


def members(session: Session, panel_code: str) -> list[Member]:
    """Active members in order, then the removed ones."""
    rows = session.execute(text(
        "SELECT pt.test_code, t.short_name, t.specimen_type, pt.position, pt.active, t.active "
        "  FROM lab.panel_test pt JOIN lab.test t ON t.code = pt.test_code WHERE pt.panel_code = :p "
        " ORDER BY pt.active DESC, pt.position, t.short_name"), {"p": panel_code}).all()
    return [Member(*r) for r in rows]


def save_panel(session: Session, code: str, name: str, active: bool, *, new: bool) -> str:
    code, name = code.strip(), name.strip()
    if new and (problem := loinc_problem(code)):
        raise KnownError(problem, kind="invalid")
    if not name:
        raise KnownError(QCoreApplication.translate("LabCatalogQueries", "The name is required."), kind="invalid")
    if new:
        session.execute(text("INSERT INTO lab.panel (code, name, active) VALUES (:c, :n, :a)"),
                        {"c": code, "n": name, "a": active})
    elif not session.execute(text("UPDATE lab.panel SET name = :n, active = :a WHERE code = :c"),
                             {"c": code, "n": name, "a": active}).rowcount:
        raise KnownError(QCoreApplication.translate("LabCatalogQueries", "Panel {code} is not in the catalog.").format(
            code=code), kind="invalid")
    return code


def _lock_panel(session: Session, panel_code: str) -> None:
    """One change to a panel's membership at a time (two admins moving members would interleave positions)."""
    if session.execute(text("SELECT 1 FROM lab.panel WHERE code = :p FOR UPDATE"), {"p": panel_code}).first() is None:
        raise KnownError(QCoreApplication.translate("LabCatalogQueries", "Panel {code} is not in the catalog.").format(
            code=panel_code), kind="invalid")


def add_member(session: Session, panel_code: str, test_code: str) -> None:
    """The test becomes the last member (a removed member comes back at the end)."""
    if not test_code:
        raise KnownError(QCoreApplication.translate("LabCatalogQueries", "Choose the test to add."), kind="invalid")
    _lock_panel(session, panel_code)
    test = session.execute(text("SELECT short_name, active FROM lab.test WHERE code = :t"), {"t": test_code}).first()
    if test is None or not test[1]:
        raise KnownError(QCoreApplication.translate(
            "LabCatalogQueries", "Only an active test can be added to a panel."), kind="invalid")
    current = session.execute(text("SELECT active FROM lab.panel_test WHERE panel_code = :p AND test_code = :t"),
                              {"p": panel_code, "t": test_code}).first()
    if current is not None and current[0]:
        raise KnownError(QCoreApplication.translate(
            "LabCatalogQueries", "{test} is already a member of this panel.").format(test=test[0]), kind="conflict")
    last = session.execute(text("SELECT coalesce(max(position), 0) FROM lab.panel_test WHERE panel_code = :p"),
                           {"p": panel_code}).scalar_one()
    params = {"p": panel_code, "t": test_code, "n": last + 1}
    if current is None:
        session.execute(text("INSERT INTO lab.panel_test (panel_code, test_code, position) VALUES (:p, :t, :n)"),
                        params)
    else:
        session.execute(text("UPDATE lab.panel_test SET active = true, position = :n "
                             "WHERE panel_code = :p AND test_code = :t"), params)


def move_member(session: Session, panel_code: str, test_code: str, step: int) -> None:
    """Move an active member one place up (step -1) or down (+1); the active members are renumbered 1..n."""
    _lock_panel(session, panel_code)
    order = list(session.execute(text(
        "SELECT test_code, position FROM lab.panel_test WHERE panel_code = :p AND active "
        "ORDER BY position, test_code"), {"p": panel_code}).all())
    codes = [c for c, _ in order]
    if test_code not in codes:
        raise KnownError(QCoreApplication.translate(
            "LabCatalogQueries", "Only a current member of the panel can be moved."), kind="invalid")
    i = codes.index(test_code)
    j = i + step
    if not 0 <= j < len(codes):
        return
    codes[i], codes[j] = codes[j], codes[i]
    old = dict(order)
    for number, code in enumerate(codes, start=1):
        if old[code] != number:
            session.execute(text("UPDATE lab.panel_test SET position = :n WHERE panel_code = :p AND test_code = :t"),
                            {"n": number, "p": panel_code, "t": code})


def remove_member(session: Session, panel_code: str, test_code: str) -> None:
    """The test is no longer ordered with the panel; the membership stays on record (audited)."""
    _lock_panel(session, panel_code)
    if not session.execute(text("UPDATE lab.panel_test SET active = false "
                                "WHERE panel_code = :p AND test_code = :t AND active"),
                           {"p": panel_code, "t": test_code}).rowcount:
        raise KnownError(QCoreApplication.translate(
            "LabCatalogQueries", "This test is not a current member of the panel."), kind="invalid")


def orderable_tests(session: Session) -> list[tuple[str, str]]:
    """(code, label) of the active tests, for "add to panel"."""
    return [(r[0], r[1]) for r in session.execute(text(
        "SELECT code, short_name || ' (' || code || ')' FROM lab.test WHERE active ORDER BY short_name"))]
