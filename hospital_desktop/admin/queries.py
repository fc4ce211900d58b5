"""The administration workstation's database work (no Qt here): staff logins through the core.admin_*
functions, the hospital settings, departments, services, rooms and the price list.

Passwords never leave this machine in clear: the SCRAM-SHA-256 verifier is computed here
by libpq (server_db.staff.scram_verifier) and only the verifier is sent.

The sentences raised for the user are translated here (QCoreApplication.translate is thread-safe; context
"AdminQueries"); role and state labels are tables of QT_TRANSLATE_NOOP, translated where shown."""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import secrets
import string
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import pyotp
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from server_db.staff import COMMON_PASSWORDS, GROUPS, MIN_PASSWORD, scram_verifier
from server_db.staff import password_problem as staff_password_problem

from ..core.errors import KnownError
from ..i18n import formats

CLINICAL_GROUPS = {"doctor", "nurse", "pharmacist", "lab"}
ROLE_LABELS = {"reception": QT_TRANSLATE_NOOP("AdminRoles", "Reception"),
               "doctor": QT_TRANSLATE_NOOP("AdminRoles", "Doctor"),
               "nurse": QT_TRANSLATE_NOOP("AdminRoles", "Nurse"),
               "pharmacist": QT_TRANSLATE_NOOP("AdminRoles", "Pharmacist"),
               "lab": QT_TRANSLATE_NOOP("AdminRoles", "Laboratory"),
               "billing": QT_TRANSLATE_NOOP("AdminRoles", "Billing"),
               "admin": QT_TRANSLATE_NOOP("AdminRoles", "Administrator"),
               "auditor": QT_TRANSLATE_NOOP("AdminRoles", "Auditor"),
               "insurance_gateway": QT_TRANSLATE_NOOP("AdminRoles", "Insurance gateway (the gateway's own login)")}
ALL_ROLES = GROUPS


def role_label(role: str) -> str:
    """A group role (without hms_) as the screen names it, in the user's language; an unknown one as it is."""
    return QCoreApplication.translate("AdminRoles", ROLE_LABELS[role]) if role in ROLE_LABELS else role


# -- passwords -------------------------------------------------------------------------------------------
def one_time_password(length: int = 12) -> str:
    """A random password that is easy to read out and type (no 0/O, 1/l/I)."""
    alphabet = "".join(c for c in string.ascii_letters + string.digits if c not in "0O1lI")
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c.islower() for c in pw):
            return pw


def password_problem(password: str, repeat: str, *, old: str | None = None, username: str = "") -> str | None:
    """Why a new password is not acceptable, in words; None when it is (the rules: server_db.staff, whose
    English sentences are said here in the user's language)."""
    problem = staff_password_problem(password, username)
    if problem:
        return _password_sentence(problem)
    if old is not None and password == old:
        return QCoreApplication.translate("AdminQueries", "Choose a password different from the one-time password.")
    if password != repeat:
        return QCoreApplication.translate("AdminQueries", "The two new passwords differ.")
    return None


def _password_sentence(problem: str) -> str:
    """server_db.staff.password_problem's sentence (English: it is also the hms-admin tool's) translated."""
    if problem == f"A password needs at least {MIN_PASSWORD} characters.":
        return QCoreApplication.translate("AdminQueries", "A password needs at least {count} characters.").format(
            count=formats.number_text(MIN_PASSWORD))
    if problem == "Use letters and at least one digit or symbol.":
        return QCoreApplication.translate("AdminQueries", "Use letters and at least one digit or symbol.")
    if problem == "The password must not contain the user name.":
        return QCoreApplication.translate("AdminQueries", "The password must not contain the user name.")
    if problem.startswith("This is one of the "):
        return QCoreApplication.translate(
            "AdminQueries", "This is one of the {count} most common passwords: choose another.").format(
            count=formats.number_text(COMMON_PASSWORDS))
    return problem


def change_my_password(session: Session, new_password: str) -> None:
    session.execute(text("SELECT core.change_my_password(:v)"), {"v": scram_verifier(session, new_password)})


# -- staff -----------------------------------------------------------------------------------------------
@dataclass
class StaffRow:
    id: int
    username: str
    full_name: str
    active: bool
    password_change_required: bool
    created_at: datetime
    deactivated_at: datetime | None
    locked_at: datetime | None = None
    second_factor: bool = False
    roles: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    language: str | None = None  # the person's own choice (core.set_my_language); None: the hospital's
    locale: str | None = None

    @property
    def state(self) -> str:
        """The login's state, as a key of STAFF_STATES (shown translated: state_text)."""
        if not self.active:
            return "deactivated"
        if self.locked_at is not None:
            return "locked (failed logins)"
        return "must change password" if self.password_change_required else "active"

    @property
    def state_text(self) -> str:
        return QCoreApplication.translate("AdminStaffState", STAFF_STATES[self.state])


STAFF_STATES = {"deactivated": QT_TRANSLATE_NOOP("AdminStaffState", "deactivated"),
                "locked (failed logins)": QT_TRANSLATE_NOOP("AdminStaffState", "locked (failed logins)"),
                "must change password": QT_TRANSLATE_NOOP("AdminStaffState", "must change password"),
                "active": QT_TRANSLATE_NOOP("AdminStaffState", "active")}


@dataclass
class StaffChangeRow:
    id: int
    changed_at: datetime
    changed_by: str
    action: str
    detail: dict[str, Any]
    reason: str | None
    flagged: bool
    flag_reason: str | None


def staff_list(session: Session, search: str = "", *, include_inactive: bool = True) -> list[StaffRow]:
    rows = session.execute(text(
        "SELECT s.id, s.username, s.full_name, s.active, s.password_change_required, s.created_at, s.deactivated_at, "
        "       s.locked_at, s.id IN (SELECT staff_id FROM core.second_factor_enrolments()) AS second_factor, "
        "       core.staff_groups(s.username) AS roles, "
        "       coalesce((SELECT array_agg(d.code ORDER BY d.code) FROM core.staff_department sd "
        "                 JOIN core.department d ON d.id = sd.department_id "
        "                 WHERE sd.staff_id = s.id AND sd.active), '{}') AS departments, "
        "       s.language, s.locale "
        "  FROM core.staff s "
        " WHERE (:q = '' OR s.username ILIKE '%' || :q || '%' OR s.full_name ILIKE '%' || :q || '%') "
        "   AND (:all OR s.active) "
        " ORDER BY s.active DESC, s.full_name, s.id LIMIT 500"),
        {"q": search.strip(), "all": include_inactive}).mappings()
    result = []
    for r in rows:
        d = dict(r)
        d["roles"] = [g.removeprefix("hms_") for g in d["roles"]]
        d["departments"] = list(d["departments"])
        result.append(StaffRow(**d))
    return result


def staff_history(session: Session, staff_id: int) -> list[StaffChangeRow]:
    rows = session.execute(text(
        "SELECT id, changed_at, changed_by, action, detail, reason, flagged, flag_reason FROM core.staff_change "
        " WHERE staff_id = :s ORDER BY changed_at DESC, id DESC"), {"s": staff_id}).mappings()
    return [StaffChangeRow(**dict(r)) for r in rows]


def departments(session: Session, *, active_only: bool = False) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(text(
        "SELECT id, code, name, kind, active FROM core.department WHERE (NOT :a OR active) ORDER BY name"),
        {"a": active_only}).mappings()]


def create_staff(session: Session, username: str, full_name: str, roles: list[str], departments_: list[str],
                 password: str, reason: str = "") -> int:
    username = username.strip().lower()
    if not roles:
        raise KnownError(QCoreApplication.translate("AdminQueries", "Choose at least one role."), kind="invalid")
    if not full_name.strip():
        raise KnownError(QCoreApplication.translate("AdminQueries", "Enter the person's full name."), kind="invalid")
    try:
        return session.execute(text("SELECT core.admin_create_staff(:u, :n, :r, :d, :v, :why)"),
                               {"u": username, "n": full_name.strip(), "r": roles, "d": departments_,
                                "v": scram_verifier(session, password), "why": reason.strip() or "new staff member"}
                               ).scalar_one()
    except DBAPIError as exc:
        # A login name taken in the cluster (42710) or by another staff member (23505).
        if getattr(exc.orig, "sqlstate", None) in ("42710", "23505"):
            raise KnownError(QCoreApplication.translate(
                "AdminQueries", "The user name {username} already exists. Choose another user name.").format(
                username=username), kind="conflict") from exc
        raise


def set_roles(session: Session, staff_id: int, roles: list[str], reason: str) -> list[str]:
    if not roles:
        raise KnownError(QCoreApplication.translate(
            "AdminQueries", "A staff member needs at least one role; deactivate the account instead."), kind="invalid")
    return session.execute(text("SELECT core.admin_set_roles(:s, :r, :why)"),
                           {"s": staff_id, "r": roles, "why": reason}).scalar_one()


def set_departments(session: Session, staff_id: int, codes: list[str], reason: str = "") -> list[str]:
    return session.execute(text("SELECT core.admin_set_departments(:s, :d, :why)"),
                           {"s": staff_id, "d": codes, "why": reason or None}).scalar_one()


def rename_staff(session: Session, staff_id: int, full_name: str) -> None:
    session.execute(text("SELECT core.admin_rename_staff(:s, :n)"), {"s": staff_id, "n": full_name})


def deactivate(session: Session, staff_id: int, reason: str) -> int:
    return session.execute(text("SELECT core.admin_deactivate_staff(:s, :why)"),
                           {"s": staff_id, "why": reason}).scalar_one()


def reactivate(session: Session, staff_id: int, password: str, reason: str) -> None:
    session.execute(text("SELECT core.admin_reactivate_staff(:s, :v, :why)"),
                    {"s": staff_id, "v": scram_verifier(session, password), "why": reason})


def reset_password(session: Session, staff_id: int, password: str, reason: str) -> None:
    session.execute(text("SELECT core.admin_reset_password(:s, :v, :why)"),
                    {"s": staff_id, "v": scram_verifier(session, password), "why": reason})


def unlock(session: Session, staff_id: int, reason: str) -> None:
    session.execute(text("SELECT core.admin_unlock_staff(:s, :why)"), {"s": staff_id, "why": reason})


# -- second factor ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Authenticator:
    """A new TOTP secret for one staff member and the otpauth:// URI their app scans (SHA-256: the database's
    hash, core/functions.sql 'Login protection')."""
    secret: bytes
    uri: str

    @property
    def key_text(self) -> str:
        """The secret as base32 in groups of four, for an app that cannot scan."""
        b32 = base64.b32encode(self.secret).decode()
        return " ".join(b32[i:i + 4] for i in range(0, len(b32), 4))


def new_authenticator(username: str, issuer: str) -> Authenticator:
    b32 = pyotp.random_base32()  # 160 bits from the secrets module
    uri = pyotp.TOTP(b32, digest=hashlib.sha256).provisioning_uri(name=username, issuer_name=issuer)
    return Authenticator(base64.b32decode(b32), uri)


def enroll_second_factor(session: Session, staff_id: int, authenticator: Authenticator, code: str) -> None:
    session.execute(text("SELECT core.admin_enroll_second_factor(:s, :secret, :code)"),
                    {"s": staff_id, "secret": authenticator.secret, "code": code.strip()})


def remove_second_factor(session: Session, staff_id: int, reason: str) -> None:
    session.execute(text("SELECT core.admin_remove_second_factor(:s, :why)"), {"s": staff_id, "why": reason})


# -- settings --------------------------------------------------------------------------------------------
SETTING_KEYS = ("hospital_name", "hospital_address", "hospital_logo", "idle_lock_minutes", "break_glass_hours",
                "currency", "tax_label", "hospital_tax_id", "language", "locale")
# What the settings screen calls each setting (the "Saved: ..." line)
SETTING_LABELS = {"hospital_name": QT_TRANSLATE_NOOP("AdminSettings", "hospital name"),
                  "hospital_address": QT_TRANSLATE_NOOP("AdminSettings", "address"),
                  "hospital_logo": QT_TRANSLATE_NOOP("AdminSettings", "logo"),
                  "idle_lock_minutes": QT_TRANSLATE_NOOP("AdminSettings", "idle lock"),
                  "break_glass_hours": QT_TRANSLATE_NOOP("AdminSettings", "break-glass duration"),
                  "currency": QT_TRANSLATE_NOOP("AdminSettings", "currency"),
                  "tax_label": QT_TRANSLATE_NOOP("AdminSettings", "tax name"),
                  "hospital_tax_id": QT_TRANSLATE_NOOP("AdminSettings", "tax registration number"),
                  "language": QT_TRANSLATE_NOOP("AdminSettings", "language"),
                  "locale": QT_TRANSLATE_NOOP("AdminSettings", "formats (locale)")}
# core.setting_check's rule for the locale setting (and core.staff's)
LOCALE_PATTERN = r"^[a-z]{2,3}_[A-Z]{2}$"
# The locales offered per language (any other language_COUNTRY may be typed)
LOCALES = {"en": ("en_GB", "en_US", "en_IE", "en_IN", "en_KE", "en_NG", "en_GH", "en_ZA", "en_AU"),
           "fr": ("fr_FR", "fr_BE", "fr_CH", "fr_CA", "fr_SN", "fr_CI", "fr_CM", "fr_CD", "fr_MA", "fr_DZ",
                  "fr_TN"),
           "es": ("es_ES", "es_MX", "es_CO", "es_AR", "es_PE", "es_CL", "es_EC", "es_BO", "es_GT", "es_US"),
           "ar": ("ar_EG", "ar_MA", "ar_DZ", "ar_TN", "ar_SA", "ar_AE", "ar_JO", "ar_LB", "ar_IQ", "ar_SD")}
MAX_LOGO_BYTES = 256 * 1024


def settings(session: Session) -> dict[str, Any]:
    rows = session.execute(text("SELECT key, value FROM core.setting WHERE key = ANY (:k)"),
                           {"k": list(SETTING_KEYS)}).all()
    return {k: v for k, v in rows}


def save_settings(session: Session, changed: dict[str, Any]) -> list[str]:
    """Write the changed settings (the database validates each); returns the keys written."""
    written = []
    for key, value in changed.items():
        if key not in SETTING_KEYS:
            raise KnownError(QCoreApplication.translate("AdminQueries", "Unknown setting {key}.").format(key=key),
                             kind="invalid")
        result = session.execute(text("UPDATE core.setting SET value = CAST(:v AS jsonb) WHERE key = :k"),
                                 {"k": key, "v": json.dumps(value)})
        if result.rowcount != 1:
            raise KnownError(QCoreApplication.translate(
                "AdminQueries", "The setting {key} is missing in this database.").format(key=key), kind="invalid")
        written.append(key)
    return written


def logo_value(data: bytes) -> dict[str, str]:
    """The stored form of a logo image (PNG or JPEG, at most 256 kB)."""
    if len(data) > MAX_LOGO_BYTES:
        raise KnownError(QCoreApplication.translate(
            "AdminQueries", "The logo is {size} kB; at most {limit} kB.").format(
            size=formats.number_text(len(data) // 1024), limit=formats.number_text(MAX_LOGO_BYTES // 1024)),
            kind="invalid")
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        mime = "image/png"
    elif data.startswith(b"\xff\xd8\xff"):
        mime = "image/jpeg"
    else:
        raise KnownError(QCoreApplication.translate("AdminQueries", "The logo must be a PNG or JPEG image."),
                         kind="invalid")
    return {"mime": mime, "data": base64.b64encode(data).decode()}


def logo_bytes(value: Any) -> bytes | None:
    if isinstance(value, dict) and isinstance(value.get("data"), str):
        return base64.b64decode(value["data"])
    return None


# -- departments, services, rooms -----------------------------------------------------------------------
DEPARTMENT_KINDS = ("outpatient", "inpatient", "emergency", "diagnostic", "pharmacy", "administrative")
DEPARTMENT_KIND_LABELS = {"outpatient": QT_TRANSLATE_NOOP("AdminDepartmentKind", "outpatient"),
                          "inpatient": QT_TRANSLATE_NOOP("AdminDepartmentKind", "inpatient"),
                          "emergency": QT_TRANSLATE_NOOP("AdminDepartmentKind", "emergency"),
                          "diagnostic": QT_TRANSLATE_NOOP("AdminDepartmentKind", "diagnostic"),
                          "pharmacy": QT_TRANSLATE_NOOP("AdminDepartmentKind", "pharmacy"),
                          "administrative": QT_TRANSLATE_NOOP("AdminDepartmentKind", "administrative")}


def department_kind_label(kind: str) -> str:
    label = DEPARTMENT_KIND_LABELS.get(kind)
    return QCoreApplication.translate("AdminDepartmentKind", label) if label else kind


def save_department(session: Session, dept_id: int | None, code: str, name: str, kind: str, active: bool) -> int:
    if dept_id is None:
        return session.execute(text("INSERT INTO core.department (code, name, kind, active) "
                                    "VALUES (upper(btrim(:c)), btrim(:n), :k, :a) RETURNING id"),
                               {"c": code, "n": name, "k": kind, "a": active}).scalar_one()
    session.execute(text("UPDATE core.department SET name = btrim(:n), kind = :k, active = :a WHERE id = :i"),
                    {"i": dept_id, "n": name, "k": kind, "a": active})
    return dept_id


def services(session: Session) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(text(
        "SELECT s.id, s.department_id, d.code AS department, s.code, s.name, s.duration_minutes, s.price_code, "
        "       s.telemedicine_allowed, s.active "
        "  FROM scheduling.service s JOIN core.department d ON d.id = s.department_id "
        " ORDER BY d.code, s.name")).mappings()]


def save_service(session: Session, service_id: int | None, values: dict[str, Any]) -> int:
    if session.execute(text("SELECT billing.price_item_at(:c, current_date)"),
                       {"c": values["price_code"]}).scalar() is None:
        raise KnownError(QCoreApplication.translate(
            "AdminQueries", "The price code {code} has no price valid today. Add it to the price list first.").format(
            code=values["price_code"]), kind="invalid")
    if service_id is None:
        return session.execute(text(
            "INSERT INTO scheduling.service (department_id, code, name, duration_minutes, price_code, "
            "telemedicine_allowed, active) VALUES (:department_id, upper(btrim(:code)), btrim(:name), "
            ":duration_minutes, :price_code, :telemedicine_allowed, :active) RETURNING id"), values).scalar_one()
    session.execute(text(
        "UPDATE scheduling.service SET name = btrim(:name), duration_minutes = :duration_minutes, "
        "price_code = :price_code, telemedicine_allowed = :telemedicine_allowed, active = :active WHERE id = :id"),
        {**values, "id": service_id})
    return service_id


def rooms(session: Session) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(text(
        "SELECT r.id, r.department_id, d.code AS department, r.code, r.name, r.active "
        "  FROM scheduling.room r JOIN core.department d ON d.id = r.department_id ORDER BY d.code, r.code")).mappings()]


def save_room(session: Session, room_id: int | None, values: dict[str, Any]) -> int:
    if room_id is None:
        return session.execute(text(
            "INSERT INTO scheduling.room (department_id, code, name, active) "
            "VALUES (:department_id, upper(btrim(:code)), btrim(:name), :active) RETURNING id"), values).scalar_one()
    session.execute(text("UPDATE scheduling.room SET name = btrim(:name), active = :active WHERE id = :id"),
                    {**values, "id": room_id})
    return room_id


# -- price list ------------------------------------------------------------------------------------------
@dataclass
class PriceRow:
    id: int
    code: str
    name: str
    amount: Decimal
    currency: str
    valid_from: date
    valid_to: date | None
    group_code: str


def price_list(session: Session, search: str = "", *, history: bool = False) -> list[PriceRow]:
    rows = session.execute(text(
        "SELECT id, code, name, amount, currency, valid_from, valid_to, group_code FROM billing.price_item "
        " WHERE (:q = '' OR code ILIKE '%' || :q || '%' OR name ILIKE '%' || :q || '%') "
        "   AND (:h OR valid_to IS NULL OR valid_to >= current_date) "
        " ORDER BY code, valid_from DESC LIMIT 1000"), {"q": search.strip(), "h": history}).mappings()
    return [PriceRow(**dict(r)) for r in rows]


MAX_AMOUNT = Decimal("10000000000")  # numeric(12,2)
# Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits, the Arabic decimal and thousands separators
_DIGITS = {**{0x660 + i: str(i) for i in range(10)}, **{0x6F0 + i: str(i) for i in range(10)},
           0x66B: ".", 0x66C: ""}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’\u061c\u200e\u200f]")  # grouping and direction marks


def plain_number(value: str) -> str:
    """A number as typed in any of the client's locales (1 234,50 · 1,234.50 · 1.234,50 · ١٢٣٫٥) in the form
    Decimal and float read: ASCII digits, '.' for the decimal point, no grouping. When both '.' and ',' occur, the
    last one is the decimal point; a single kind is the decimal point too (12,50 is 12.50), so a typed grouping
    like 1,234 reads as 1.234 and is refused for its decimals rather than taken as a thousand."""
    text = _SPACES.sub("", value.strip().translate(_DIGITS)).replace("\u2212", "-")
    if "," in text and "." in text:
        decimal_point = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if decimal_point == "," else ",", "")
    return text.replace(",", ".")


def parse_amount(value: str) -> Decimal:
    try:
        amount = Decimal(plain_number(value))
    except InvalidOperation:
        raise KnownError(QCoreApplication.translate("AdminQueries", "'{value}' is not an amount.").format(
            value=value.strip()[:20]), kind="invalid") from None
    # NaN and Infinity are Decimals too (comparing NaN raises), and quantizing a huge one raises.
    if not amount.is_finite() or not 0 < amount < MAX_AMOUNT or amount != amount.quantize(Decimal("0.01")):
        raise KnownError(QCoreApplication.translate(
            "AdminQueries", "An amount is positive, less than {limit}, with at most two decimals.").format(
            limit=formats.number_text(MAX_AMOUNT)), kind="invalid")
    return amount


def change_price(session: Session, code: str, amount: Decimal, effective: date, *, name: str | None = None) -> int:
    """A new price from `effective` on: the version valid then is ended the day before and a new version added
    (one transaction; the exclusion constraint refuses overlaps). Later versions are never rewritten."""
    current = session.execute(text(
        "SELECT id, name, currency, valid_from, valid_to, group_code FROM billing.price_item "
        " WHERE code = :c AND valid_from <= :d AND (valid_to IS NULL OR valid_to >= :d) FOR UPDATE"),
        {"c": code, "d": effective}).mappings().first()
    if current is None:
        raise KnownError(QCoreApplication.translate(
            "AdminQueries", "{code} has no price valid on {date}; add it as a new item.").format(
            code=code, date=formats.date_text(effective)), kind="invalid")
    if effective < date.today():
        raise KnownError(QCoreApplication.translate(
            "AdminQueries", "A price change takes effect today or later; charges already made keep their price."),
            kind="invalid")
    if current["valid_from"] == effective:
        raise KnownError(QCoreApplication.translate(
            "AdminQueries", "The price of {code} already changes on {date}.").format(
            code=code, date=formats.date_text(effective)), kind="conflict")
    session.execute(text("UPDATE billing.price_item SET valid_to = CAST(:d AS date) - 1 WHERE id = :i"),
                    {"d": effective, "i": current["id"]})
    return session.execute(text(
        "INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) "
        "VALUES (:c, :n, :a, :cur, :d, :to, :g) RETURNING id"),
        {"c": code, "n": (name or current["name"]).strip(), "a": amount, "cur": current["currency"], "d": effective,
         "to": current["valid_to"], "g": current["group_code"]}).scalar_one()


def add_price_item(session: Session, code: str, name: str, amount: Decimal, currency: str, effective: date,
                   group_code: str) -> int:
    return session.execute(text(
        "INSERT INTO billing.price_item (code, name, amount, currency, valid_from, group_code) "
        "VALUES (upper(btrim(:c)), btrim(:n), :a, upper(btrim(:cur)), :d, lower(btrim(:g))) RETURNING id"),
        {"c": code, "n": name, "a": amount, "cur": currency, "d": effective, "g": group_code}).scalar_one()


def tax_rates(session: Session) -> list[dict[str, Any]]:
    """The tax rates per item group (billing.tax_rate, from the finance module), for display; [] without it."""
    if session.execute(text("SELECT to_regclass('billing.tax_rate')")).scalar() is None:
        return []
    return [dict(r) for r in session.execute(text(
        "SELECT group_code, rate, label, valid_from FROM billing.tax_rate "
        " WHERE valid_to IS NULL OR valid_to >= current_date ORDER BY group_code, valid_from")).mappings()]


def currency(session: Session) -> str:
    return session.execute(text("SELECT coalesce((SELECT value #>> '{}' FROM core.setting WHERE key = 'currency'), "
                                "'GBP')")).scalar_one()


# -- laboratory reference ranges (lab.reference_range: admins insert and change limits; the flags follow) ----------
def lab_tests(session: Session) -> list[tuple[str, str]]:
    """(code, label) of the active numeric tests, for the reference ranges' test choice."""
    free_text = QCoreApplication.translate("AdminQueries", "text")  # a result without a unit
    return [(code, f"{name} ({code}, {unit or free_text})")
            for code, name, unit in session.execute(text(
                "SELECT code, short_name, unit FROM lab.test WHERE active AND value_type = 'numeric' "
                "ORDER BY short_name"))]


def lab_ranges(session: Session) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(text(
        "SELECT r.id, r.test_code, t.short_name, t.unit, r.sex, r.age_from_years, r.age_to_years, r.low, r.high, "
        "       r.critical_low, r.critical_high "
        "  FROM lab.reference_range r JOIN lab.test t ON t.code = r.test_code "
        " ORDER BY t.short_name, r.sex NULLS FIRST, r.age_from_years")).mappings()]


# The reference range's fields, as the form labels them (the "must be a number" sentence names one)
RANGE_FIELDS = {"low": QT_TRANSLATE_NOOP("AdminLabRange", "Low"), "high": QT_TRANSLATE_NOOP("AdminLabRange", "High"),
                "critical_low": QT_TRANSLATE_NOOP("AdminLabRange", "Critical low"),
                "critical_high": QT_TRANSLATE_NOOP("AdminLabRange", "Critical high"),
                "age_from": QT_TRANSLATE_NOOP("AdminLabRange", "Age from (years)"),
                "age_to": QT_TRANSLATE_NOOP("AdminLabRange", "Age to (years, excl.)")}


def _number(field: str, value: str) -> float | None:
    value = plain_number(value)
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):  # "nan" and "inf" are floats to Python, and numeric accepts them
        raise KnownError(QCoreApplication.translate(
            "AdminQueries", "{field} must be a number (or empty for none).").format(
            field=QCoreApplication.translate("AdminLabRange", RANGE_FIELDS[field])), kind="invalid")
    return number


def save_lab_range(session: Session, range_id: int | None, test_code: str, sex: str | None, age_from: str,
                   age_to: str, low: str, high: str, critical_low: str, critical_high: str) -> int:
    limits = {"l": _number("low", low), "h": _number("high", high), "cl": _number("critical_low", critical_low),
              "ch": _number("critical_high", critical_high)}
    if range_id is not None:
        session.execute(text("UPDATE lab.reference_range SET low = :l, high = :h, critical_low = :cl, "
                             "critical_high = :ch WHERE id = :i"), {**limits, "i": range_id})
        return range_id
    if not test_code:
        raise KnownError(QCoreApplication.translate("AdminQueries", "Choose the test."), kind="invalid")
    return session.execute(text(
        "INSERT INTO lab.reference_range (test_code, sex, age_from_years, age_to_years, low, high, critical_low, "
        "critical_high) VALUES (:t, :s, :af, :at, :l, :h, :cl, :ch) RETURNING id"),
        {**limits, "t": test_code, "s": sex or None, "af": _number("age_from", age_from) or 0,
         "at": _number("age_to", age_to)}).scalar_one()
