"""Patient index: search, register, correct, duplicate candidates, history, merge (no Qt here).

Every function takes a SQLAlchemy session opened for the logged-in staff member; the database's grants
and row-level security decide what it may do. Views reach these only through core.ops."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from sqlalchemy import func, insert, select, text, update
from sqlalchemy.orm import Session

from server_db.models import Patient

from ..core.typed_text import control_character, control_message
from .. import i18n
from ..i18n import formats
from ..printing.text import born_text

SEXES = ("female", "male", "other", "unknown")
# How well the birth date is known (registry.patient.birth_date_accuracy); the form's birth date field holds a
# date, a year, or an age in years accordingly.
ACCURACIES = ("exact", "year", "estimated")
MAX_ESTIMATED_AGE = 120
NAME_MAX = 100
NATIONAL_ID_RE = re.compile(r"^[A-Z0-9-]{4,32}$")
PHONE_RE = re.compile(r"^\+?[0-9 ()./-]{3,32}$")
POSTAL_RE = re.compile(r"^[A-Za-z0-9 -]{2,12}$")


# -- what the screens call things (codes stay as they are in the data) -----------------------------------------
SEX_LABELS = {"female": QT_TRANSLATE_NOOP("Registry", "Female"), "male": QT_TRANSLATE_NOOP("Registry", "Male"),
              "other": QT_TRANSLATE_NOOP("Registry", "Other"), "unknown": QT_TRANSLATE_NOOP("Registry", "Unknown")}
# Every demographic column by its label (the form, the detail, the comparisons, the change history).
FIELD_LABELS = {
    "mrn": QT_TRANSLATE_NOOP("Registry", "MRN"), "identity": QT_TRANSLATE_NOOP("Registry", "Identity"),
    "given_name": QT_TRANSLATE_NOOP("Registry", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("Registry", "Family name"),
    "birth_date": QT_TRANSLATE_NOOP("Registry", "Birth date"), "sex": QT_TRANSLATE_NOOP("Registry", "Sex"),
    "birth_date_accuracy": QT_TRANSLATE_NOOP("Registry", "Birth date accuracy"),
    "national_id": QT_TRANSLATE_NOOP("Registry", "National ID"), "phone": QT_TRANSLATE_NOOP("Registry", "Phone"),
    "address": QT_TRANSLATE_NOOP("Registry", "Address"), "postal_code": QT_TRANSLATE_NOOP("Registry", "Postal code"),
    "created_at": QT_TRANSLATE_NOOP("Registry", "Registered"),
    "created_by": QT_TRANSLATE_NOOP("Registry", "Registered by"),
    "temporary_alias": QT_TRANSLATE_NOOP("Registry", "Temporary alias"),
    "identification_note": QT_TRANSLATE_NOOP("Registry", "Identification note"),
    "identity_status": QT_TRANSLATE_NOOP("Registry", "Identity"),
}


def sex_label(code: str | None) -> str:
    """'female' → 'Female' in the user's language; an unknown code as it is."""
    return QCoreApplication.translate("Registry", SEX_LABELS[code]) if code in SEX_LABELS else (code or "")


def field_label(key: str) -> str:
    return QCoreApplication.translate("Registry", FIELD_LABELS[key]) if key in FIELD_LABELS else key


ltr = i18n.left_to_right


def date_hint() -> str:
    """The order a birth date is typed in, as the user's locale writes dates: 'dd/mm/yyyy' (en_GB), 'jj/mm/aaaa'
    (French), 'mm/dd/yyyy' (en_US)."""
    parts = {"d": QCoreApplication.translate("Registry", "dd"), "M": QCoreApplication.translate("Registry", "mm"),
             "y": QCoreApplication.translate("Registry", "yyyy")}
    return re.sub(r"d+|M+|y+", lambda m: parts[m.group()[0]], formats.date_format())


def year_text(day: date) -> str:
    """A year in the user's locale's digits, without a thousands separator ('1985', '١٩٨٥')."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "yyyy")


def date_example() -> str:
    """31 December 1980 as the user's locale writes it ('31/12/1980')."""
    return formats.date_text(date(1980, 12, 31))


# The duplicate check's reasons (registry.find_duplicate_candidates writes them in English, for psql users too):
# shown in the user's language when the sentence is one of these, as written otherwise.
_REASONS = {r: r for r in (
    QT_TRANSLATE_NOOP("DuplicateReason", "another patient of the same name matches as well: check the birth date"),
    QT_TRANSLATE_NOOP("DuplicateReason", "same family name and birth date but another given name: a twin?"),
    QT_TRANSLATE_NOOP("DuplicateReason", "same national ID"),
    QT_TRANSLATE_NOOP("DuplicateReason", "given and family names swapped"),
    QT_TRANSLATE_NOOP("DuplicateReason", "same given name"),
    QT_TRANSLATE_NOOP("DuplicateReason", "given name spelled slightly differently"),
    QT_TRANSLATE_NOOP("DuplicateReason", "given name looks alike (misread letters)"),
    QT_TRANSLATE_NOOP("DuplicateReason", "given name sounds alike"),
    QT_TRANSLATE_NOOP("DuplicateReason", "given name similar"),
    QT_TRANSLATE_NOOP("DuplicateReason", "different given name"),
    QT_TRANSLATE_NOOP("DuplicateReason", "same family name"),
    QT_TRANSLATE_NOOP("DuplicateReason", "family name spelled slightly differently"),
    QT_TRANSLATE_NOOP("DuplicateReason", "family name looks alike (misread letters)"),
    QT_TRANSLATE_NOOP("DuplicateReason", "family name sounds alike"),
    QT_TRANSLATE_NOOP("DuplicateReason", "family name similar"),
    QT_TRANSLATE_NOOP("DuplicateReason", "different family name"),
    QT_TRANSLATE_NOOP("DuplicateReason", "same birth date"),
    QT_TRANSLATE_NOOP("DuplicateReason", "day and month of birth swapped"),
    QT_TRANSLATE_NOOP("DuplicateReason", "birth date one day apart"),
    QT_TRANSLATE_NOOP("DuplicateReason", "birth date differs in one digit"),
    QT_TRANSLATE_NOOP("DuplicateReason", "two digits of the birth date swapped"),
    QT_TRANSLATE_NOOP("DuplicateReason", "same birth year and month"),
    QT_TRANSLATE_NOOP("DuplicateReason", "same birth year (day and month not known)"),
    QT_TRANSLATE_NOOP("DuplicateReason", "birth year within the estimated age"),
    QT_TRANSLATE_NOOP("DuplicateReason", "different birth date"),
    QT_TRANSLATE_NOOP("DuplicateReason", "phone matches"),
    QT_TRANSLATE_NOOP("DuplicateReason", "same address"),
    QT_TRANSLATE_NOOP("DuplicateReason", "same postal code"),
    QT_TRANSLATE_NOOP("DuplicateReason", "sex differs"),
    QT_TRANSLATE_NOOP("DuplicateReason", "national ID differs in one character (a typo?)"),
    QT_TRANSLATE_NOOP("DuplicateReason", "national ID differs"),
)}
_APART = re.compile(r"same name but born ([0-9]+) years apart: a parent or child\?")
_NICKNAME = re.compile(r"given name is a nickname of (.+)")


class Counted(i18n.Context):
    """The registry's counted phrases outside a widget (i18n.Context: lupdate reads their plurals)."""

    def age(self, years: int) -> str:
        return self.tr("%n y", None, years)

    def estimated_age(self, years: int) -> str:
        return self.tr("c. %n y", None, years)

    def years_apart(self, years: int) -> str:
        return self.tr("same name but born %n years apart: a parent or child?", None, years)


_COUNTED = Counted()


def reason_text(reason: str) -> str:
    """One reason of the duplicate check in the user's language."""
    if reason in _REASONS:
        return QCoreApplication.translate("DuplicateReason", reason)
    if apart := _APART.fullmatch(reason):
        years = int(apart.group(1))
        return _COUNTED.years_apart(years)
    if nickname := _NICKNAME.fullmatch(reason):
        return QCoreApplication.translate("DuplicateReason", "given name is a nickname of {name}").format(
            name=nickname.group(1))
    return reason


def reasons_text(reasons: list[str]) -> str:
    return QCoreApplication.translate("DuplicateReason", "; ").join(reason_text(r) for r in reasons)


# -- values ---------------------------------------------------------------------------------------------
@dataclass
class PatientInput:
    """What the registration form holds, as typed (strings), before validation."""
    given_name: str = ""
    family_name: str = ""
    birth_date: str = ""
    sex: str = ""
    national_id: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    birth_date_accuracy: str = "exact"
    # A correction keeps the stored date of an estimated age nobody changed (today minus the age shown would move it).
    stored_birth: tuple[str, str, date] | None = field(default=None, compare=False)

    def validate(self, today: date | None = None) -> dict[str, str]:
        """Field → message for everything the database would refuse (for comfort; the DB stays the truth)."""
        problems: dict[str, str] = {}
        translate = QCoreApplication.translate  # on the calling thread; thread-safe
        for key in ("given_name", "family_name"):
            label = field_label(key)
            value = " ".join(getattr(self, key).split())
            if not value:
                problems[key] = translate("PatientInput", "{field} is required.").format(field=label)
            elif control_character(value):
                problems[key] = control_message(label)
            elif len(value) > NAME_MAX:
                problems[key] = translate("PatientInput", "{field} is too long ({length} characters, at most {most}).")\
                    .format(field=label, length=formats.number_text(len(value)), most=formats.number_text(NAME_MAX))
        today = today or date.today()
        typed = self.birth_date.strip()
        shown = repr(typed)
        born = self.born(today)
        if self.birth_date_accuracy not in ACCURACIES:
            problems["birth_date"] = translate("PatientInput", "Say whether the birth date is exact, only the year, "
                                                               "or an estimated age.")
        elif self.birth_date_accuracy == "year":
            if not typed:
                problems["birth_date"] = translate("PatientInput", "Type the year of birth, e.g. 1970.")
            elif born is None:
                problems["birth_date"] = translate("PatientInput", "{typed} is not a year; type four digits, "
                                                                   "e.g. 1970.").format(typed=shown)
            elif born.year > today.year:
                problems["birth_date"] = translate("PatientInput", "The year of birth is in the future.")
            elif born > today:
                problems["birth_date"] = translate("PatientInput", "Born this year and only the year known: type the "
                                                                   "exact date, or an estimated age of 0.")
            elif born.year < 1880:
                problems["birth_date"] = translate("PatientInput", "The year of birth is before 1880.")
        elif self.birth_date_accuracy == "estimated":
            if not typed:
                problems["birth_date"] = translate("PatientInput", "Type the estimated age in years, e.g. 40.")
            elif born is None:
                problems["birth_date"] = translate("PatientInput", "{typed} is not an age; type whole years from 0 to "
                                                                   "{most}, e.g. 40.").format(
                    typed=shown, most=formats.number_text(MAX_ESTIMATED_AGE))
        elif not typed:
            problems["birth_date"] = translate("PatientInput", "Birth date is required ({pattern}).").format(
                pattern=date_hint())
        elif born is None:
            digits = ascii_digits(typed)
            if re.fullmatch(r"[0-9]{4}", digits):
                message = translate("PatientInput", "{typed} is not a date; type {pattern}, e.g. {example}. If only "
                                                    "the year is known, choose 'year only'.")
            elif re.fullmatch(r"[0-9]{1,3}", digits):
                message = translate("PatientInput", "{typed} is not a date; type {pattern}, e.g. {example}. If the "
                                                    "age is estimated, choose 'estimated age'.")
            else:
                message = translate("PatientInput", "{typed} is not a date; type {pattern}, e.g. {example}.")
            problems["birth_date"] = message.format(typed=shown, pattern=date_hint(), example=date_example())
        elif born > today:
            problems["birth_date"] = translate("PatientInput", "The birth date is in the future.")
        elif born.year < 1880:
            problems["birth_date"] = translate("PatientInput", "The birth date is before 1880.")
        if self.sex not in SEXES:
            problems["sex"] = translate("PatientInput", "Choose female, male, other or unknown.")
        nid = normalise_national_id(self.national_id)
        if nid and not NATIONAL_ID_RE.match(nid):
            problems["national_id"] = translate("PatientInput", "A national ID has 4 to 32 letters, digits or dashes.")
        if self.phone.strip() and not PHONE_RE.match(self.phone.strip()):
            problems["phone"] = translate("PatientInput", "A phone number has digits, spaces, +, (, ), ., / or - only.")
        if len(self.address.strip()) > 300:
            problems["address"] = translate("PatientInput", "The address is too long (300 characters at most).")
        elif control_character(" ".join(self.address.split())):
            problems["address"] = control_message(translate("PatientInput", "The address"))
        if self.postal_code.strip() and not POSTAL_RE.match(self.postal_code.strip()):
            problems["postal_code"] = translate("PatientInput", "A postal code has 2 to 12 letters, digits, spaces "
                                                                "or dashes.")
        return problems

    def born(self, today: date | None = None) -> date | None:
        """The birth date to store: the date typed; 1 July of a year typed alone; today minus an estimated age."""
        typed = self.birth_date.strip()
        if self.stored_birth is not None and self.stored_birth[:2] == (self.birth_date_accuracy, typed):
            return self.stored_birth[2]
        typed = ascii_digits(typed)  # a year or an age typed in Arabic-Indic digits
        if self.birth_date_accuracy == "year":
            return date(int(typed), 7, 1) if re.fullmatch(r"[0-9]{4}", typed) and int(typed) >= 1 else None
        if self.birth_date_accuracy == "estimated":
            if not re.fullmatch(r"[0-9]{1,3}", typed) or int(typed) > MAX_ESTIMATED_AGE:
                return None
            return years_before(today or date.today(), int(typed))
        return parse_date(typed)

    def values(self) -> dict[str, Any]:
        """Column values for the database (call validate() first)."""
        return {
            "given_name": " ".join(self.given_name.split()), "family_name": " ".join(self.family_name.split()),
            "birth_date": self.born(), "birth_date_accuracy": self.birth_date_accuracy, "sex": self.sex,
            "national_id": normalise_national_id(self.national_id) or None,
            "phone": self.phone.strip() or None, "address": " ".join(self.address.split()) or None,
            "postal_code": self.postal_code.strip().upper() or None,
        }

    def candidate_json(self) -> dict[str, str]:
        """The keys find_duplicate_candidates understands; only what is filled in and well-formed."""
        out = {k: v for k, v in self.values().items() if v}
        if isinstance(out.get("birth_date"), date):
            out["birth_date"] = out["birth_date"].isoformat()
        else:
            out.pop("birth_date", None)
        if out.get("sex") not in SEXES:
            out.pop("sex", None)
        if out.get("birth_date_accuracy") == "exact" or "birth_date" not in out:
            out.pop("birth_date_accuracy", None)  # the matcher compares an estimated date with a tolerance
        return out


@dataclass
class PatientRow:
    id: int
    mrn: str
    given_name: str
    family_name: str
    birth_date: date
    sex: str
    national_id: str | None = None
    phone: str | None = None
    address: str | None = None
    postal_code: str | None = None
    merged_into_id: int | None = None
    created_at: datetime | None = None
    created_by: str | None = None
    birth_date_accuracy: str = "exact"
    identity_status: str = "identified"
    temporary_alias: str | None = None
    identification_note: str | None = None

    @property
    def unidentified(self) -> bool:
        return self.identity_status == "unidentified"

    @property
    def display_name(self) -> str:
        """FAMILY, Given; an unidentified patient is their alias (UNKNOWN 2026-0042), nothing else."""
        if self.unidentified and self.temporary_alias:
            return self.temporary_alias
        return f"{self.family_name.upper()}, {self.given_name}"

    @property
    def born_text(self) -> str:
        """The birth date as the screen shows it, in the user's locale: '31/12/1980', '1970 (year only)',
        'c. 1986 (estimated)' — a year-only or estimated date is never shown as if it were a day (the printed
        documents use printing.text.born_text, in the document's language)."""
        if self.birth_date_accuracy == "year":
            return QCoreApplication.translate("PatientRow", "{year} (year only)").format(year=year_text(self.birth_date))
        if self.birth_date_accuracy == "estimated":
            return QCoreApplication.translate("PatientRow", "c. {year} (estimated)").format(
                year=year_text(self.birth_date))
        return formats.date_text(self.birth_date)

    @property
    def sex_text(self) -> str:
        return sex_label(self.sex)

    def age(self, today: date | None = None) -> int:
        today = today or date.today()
        return today.year - self.birth_date.year - ((today.month, today.day) < (self.birth_date.month,
                                                                                self.birth_date.day))

    @property
    def age_text(self) -> str:
        """'42 y', or 'c. 42 y' when the birth date is a year or an estimate."""
        if self.birth_date_accuracy == "exact":
            return _COUNTED.age(self.age())
        return _COUNTED.estimated_age(self.age())

    def as_input(self) -> PatientInput:
        if self.birth_date_accuracy == "year":
            born = str(self.birth_date.year)
        elif self.birth_date_accuracy == "estimated":
            born = str(self.age())
        else:
            born = formats.date_text(self.birth_date)
        return PatientInput(self.given_name, self.family_name, born, self.sex, self.national_id or "",
                            self.phone or "", self.address or "", self.postal_code or "", self.birth_date_accuracy,
                            stored_birth=(self.birth_date_accuracy, born, self.birth_date))


@dataclass
class Candidate:
    patient: PatientRow
    score: float
    reasons: list[str] = field(default_factory=list)

    @property
    def relation(self) -> str | None:
        """'a twin?', 'a parent or child?' or 'same name': registry.find_duplicate_candidates says first when the
        record is more likely a relative (or a namesake) than this patient. English, as kept in the audit trail's
        reason; relation_text is the screen's."""
        first = self.reasons[0] if self.reasons else ""
        for ending in RELATION_ENDINGS:
            if first.endswith(ending):
                return RELATION_ENDINGS[ending]
        return None

    @property
    def relation_text(self) -> str | None:
        relation = self.relation
        return QCoreApplication.translate("Candidate", relation) if relation else None

    @property
    def reasons_text(self) -> str:
        return reasons_text(self.reasons)


# The endings of the duplicate check's first reason when it suspects another person (server_db/sql/registry/
# functions.sql, find_duplicate_candidates) -> what the candidate panel calls it.
RELATION_ENDINGS = {": a twin?": QT_TRANSLATE_NOOP("Candidate", "a twin?"),
                    ": a parent or child?": QT_TRANSLATE_NOOP("Candidate", "a parent or child?"),
                    "check the birth date": QT_TRANSLATE_NOOP("Candidate", "someone of the same name?")}


@dataclass
class SearchQuery:
    names: list[str] = field(default_factory=list)
    mrn: str | None = None
    birth_date: date | None = None
    phone: str | None = None
    national_id: str | None = None
    alias: str | None = None  # an unidentified patient's temporary alias, "UNKNOWN 2026-0042"
    problems: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.names or self.mrn or self.birth_date or self.phone or self.national_id or self.alias)


# -- parsing ----------------------------------------------------------------------------------------------
def years_before(today: date, years: int) -> date:
    """today minus whole years (29 February → 28 February), as registry.register_unidentified computes it."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def ascii_digits(value: str) -> str:
    """Arabic-Indic and Persian digits as ASCII, without the direction marks an Arabic date carries."""
    return value.translate(_DIGITS).translate(_BIDI_MARKS)


def _date_order() -> str:
    """'dmy', 'mdy' or 'ymd': the order of the user's locale's dates."""
    fmt = formats.date_format()
    return "".join(sorted("dMy", key=lambda c: fmt.find(c) if c in fmt else 9)).lower()


def _checked_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> date | None:
    """A typed date: the user's locale's format (formats.parse_date), its day-month-year order with any of the
    usual separators (31.12.1980, 31-12-1980, 31 12 1980 where the locale writes 31/12/1980) or none (31121980),
    or ISO 1980-12-31; in ASCII or Arabic-Indic digits. The year has four digits: '80' could be 1880, 1980 or
    2080, and a birth date must not be guessed."""
    value = ascii_digits(value.strip())
    if not re.search(r"[0-9]{4}", value):
        return None
    parsed = formats.parse_date(value)  # the locale's own format, or ISO
    if parsed is not None and str(parsed.year) in value:  # not a two-digit year the locale's 'yy' stretched
        return parsed
    iso = re.fullmatch(r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})", value)
    if iso:
        return _checked_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    order = _date_order()
    parts = re.fullmatch(r"([0-9]{1,2}|[0-9]{4})[./\-\s]+([0-9]{1,2}|[0-9]{4})[./\-\s]+([0-9]{1,2}|[0-9]{4})", value)
    if parts:
        numbers = dict(zip(order, parts.groups(), strict=True))
    elif re.fullmatch(r"[0-9]{8}", value):
        widths = {"d": 2, "m": 2, "y": 4}
        numbers, at = {}, 0
        for part in order:
            numbers[part], at = value[at:at + widths[part]], at + widths[part]
    else:
        return None
    if len(numbers["y"]) != 4 or len(numbers["d"]) > 2 or len(numbers["m"]) > 2:
        return None
    return _checked_date(int(numbers["y"]), int(numbers["m"]), int(numbers["d"]))


def normalise_national_id(value: str) -> str:
    return re.sub(r"\s", "", value).upper()


def luhn_ok(mrn: str) -> bool:
    """The MRN check digit (same rule as registry.luhn_check_digit)."""
    if not re.fullmatch(r"[0-9]{9}", mrn):
        return False
    total = 0
    for i, ch in enumerate(reversed(mrn[:8])):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10 == int(mrn[8])


def parse_search(text_: str) -> SearchQuery:
    """One search box for everything: names, MRN (typed or scanned), birth date, phone, national ID."""
    query = SearchQuery()
    raw = text_.strip()
    if not raw:
        return query
    alias = re.fullmatch(r"(?i)(?:unknown\s*)?([0-9]{4})-([0-9]{1,8})", raw)
    if alias:  # an unidentified patient's alias, or its number alone ("UNKNOWN 2026-0042", "2026-42")
        query.alias = f"UNKNOWN {alias.group(1)}-{alias.group(2).lstrip('0').zfill(4)}"
        return query
    compact = re.sub(r"[\s-]", "", raw)
    if re.fullmatch(r"\+?[0-9()./]{7,}", compact) and not re.fullmatch(r"[0-9]{9}", compact) \
            and parse_date(raw) is None:
        query.phone = raw
        return query
    for token in raw.replace(",", " ").split():
        if re.fullmatch(r"[0-9]{9}", token):
            if luhn_ok(token):
                query.mrn = token
            else:
                query.problems.append(QCoreApplication.translate(
                    "SearchQuery", "{mrn} is not a valid MRN (its check digit is wrong): mistyped?").format(mrn=token))
        elif (born := parse_date(token)) is not None:
            query.birth_date = born
        elif re.fullmatch(r"[A-Za-z]{1,3}[0-9]{5,}[A-Za-z]?", token):
            query.national_id = token.upper()
        elif re.search(r"\w", token):
            query.names.append(token[:NAME_MAX].lower())
    return query


# -- queries ----------------------------------------------------------------------------------------------
_BASIC = (Patient.id, Patient.mrn, Patient.given_name, Patient.family_name, Patient.birth_date, Patient.sex,
          Patient.birth_date_accuracy, Patient.identity_status, Patient.temporary_alias)
_FULL = _BASIC + (Patient.national_id, Patient.phone, Patient.address, Patient.postal_code, Patient.merged_into_id,
                  Patient.created_at, Patient.created_by, Patient.identification_note)


def search_patients(session: Session, query: SearchQuery, *, after: tuple | None = None, limit: int = 50,
                    full: bool = True) -> list[PatientRow]:
    """One page of matches in (family, given, id) order; `after` is the last row's key (keyset paging). The
    database searches (registry.search_patients: the indexes serve it, the policy and column grants are applied
    inside); `full=False` leaves out the contact details even where the login may read them."""
    if query.empty:
        return []
    if query.alias is not None:
        # The alias finds its record as an MRN does — after identification too (the alias stays), and the surviving
        # record after a merge — through the MRN search (registry.resolve_mrn). An equality on the unique alias.
        mrn = session.execute(select(Patient.mrn).where(Patient.temporary_alias == query.alias)).scalar()
        if mrn is None:
            return []
        query = SearchQuery(mrn=mrn)
    family, given, last_id = after if after is not None else (None, None, None)
    rows = session.execute(text(
        "SELECT * FROM registry.search_patients(CAST(:names AS text[]), :mrn, :born, :phone, :nid, :family, :given, "
        ":last_id, :limit)"),
        {"names": list(query.names), "mrn": query.mrn, "born": query.birth_date, "phone": query.phone,
         "nid": query.national_id, "family": family, "given": given, "last_id": last_id, "limit": limit}).mappings()
    keep = {c.key for c in (_FULL if full else _BASIC + (Patient.merged_into_id,))}
    return [PatientRow(**{k: v for k, v in row.items() if k in keep}) for row in rows]


def row_key(row: PatientRow) -> tuple:
    return (row.family_name, row.given_name, row.id)


def get_patient(session: Session, patient_id: int) -> PatientRow | None:
    row = session.execute(select(*_FULL).where(Patient.id == patient_id)).first()
    return PatientRow(**row._mapping) if row else None


def open_chart(session: Session, patient_id: int, purpose: str) -> PatientRow | None:
    """Read the patient and write the chart-access log in the same transaction."""
    patient = get_patient(session, patient_id)
    if patient is not None:
        session.execute(select(func.core.log_chart_access(patient_id, purpose)))
    return patient


def log_access(session: Session, patient: PatientRow, purpose: str) -> PatientRow:
    """Write the chart-access log for a patient already on screen (roles that read identifying columns only)."""
    session.execute(select(func.core.log_chart_access(patient.id, purpose)))
    return patient


def register(session: Session, data: PatientInput) -> PatientRow:
    values = data.values()
    new_id = session.execute(insert(Patient).values(**values).returning(Patient.id)).scalar_one()
    patient = get_patient(session, new_id)
    assert patient is not None
    return patient


def register_unidentified(session: Session, sex: str, estimated_age: int, note: str) -> PatientRow:
    """Emergency registration: the database makes the alias (UNKNOWN 2026-0042) and the estimated birth date."""
    new_id = session.execute(text("SELECT registry.register_unidentified(:sex, :age, :note)"),
                             {"sex": sex or None, "age": estimated_age, "note": note.strip() or None}).scalar_one()
    patient = get_patient(session, new_id)
    assert patient is not None
    return patient


def identify(session: Session, patient_id: int, data: PatientInput, reason: str) -> PatientRow:
    """An unidentified patient is a new person: record who they are (the alias stays in the record)."""
    values = data.values()
    session.execute(text("SELECT registry.identify_patient(:p, :given, :family, :born, :accuracy, :sex, :reason)"),
                    {"p": patient_id, "given": values["given_name"], "family": values["family_name"],
                     "born": values["birth_date"], "accuracy": values["birth_date_accuracy"], "sex": values["sex"],
                     "reason": reason})
    patient = get_patient(session, patient_id)
    assert patient is not None
    return patient


def update_demographics(session: Session, patient_id: int, data: PatientInput) -> PatientRow:
    session.execute(update(Patient).where(Patient.id == patient_id).values(**data.values()))
    patient = get_patient(session, patient_id)
    assert patient is not None
    return patient


def duplicate_thresholds(session: Session) -> tuple[float, float]:
    strong, possible = session.execute(text("SELECT strong, possible FROM registry.duplicate_thresholds()")).one()
    return float(strong), float(possible)


def find_candidates(session: Session, data: PatientInput, limit: int = 8,
                    patient_id: int | None = None) -> list[Candidate]:
    """patient_id: the registered patient these details are for (an identification), left out of the answer
    together with everyone a reviewer decided is another person."""
    payload: dict[str, Any] = data.candidate_json()
    if patient_id is not None:
        payload["patient_id"] = patient_id
    if not (payload.get("family_name") or payload.get("given_name") or payload.get("national_id")
            or payload.get("phone")):
        return []
    rows = session.execute(text(
        "SELECT c.patient_id, c.score, c.reasons FROM registry.find_duplicate_candidates(CAST(:c AS jsonb), :n) c "
        "ORDER BY c.score DESC"), {"c": _json(payload), "n": limit}).all()
    if not rows:
        return []
    patients = {p.id: p for p in (PatientRow(**r._mapping) for r in session.execute(
        select(*_FULL).where(Patient.id.in_([r.patient_id for r in rows]))))}
    return [Candidate(patients[r.patient_id], float(r.score), list(r.reasons or []))
            for r in rows if r.patient_id in patients]


def history(session: Session, patient_id: int) -> list[dict[str, Any]]:
    rows = session.execute(text("SELECT * FROM registry.patient_history(:p) ORDER BY occurred_at DESC"),
                           {"p": patient_id}).mappings().all()
    return [dict(r) for r in rows]


def merge(session: Session, survivor_id: int, duplicate_id: int, reason: str) -> int:
    return session.execute(text("SELECT registry.merge_patients(:s, :d, :r)"),
                           {"s": survivor_id, "d": duplicate_id, "r": reason}).scalar_one()


def unmerge(session: Session, merge_id: int, reason: str) -> None:
    session.execute(text("SELECT registry.unmerge(:m, :r)"), {"m": merge_id, "r": reason})


def recent_merges(session: Session, limit: int = 50) -> list[dict[str, Any]]:
    rows = session.execute(text(
        "SELECT m.id, m.merged_at, m.reason, m.unmerged_at, "
        "       s.mrn AS survivor_mrn, s.family_name || ', ' || s.given_name AS survivor_name, "
        "       d.mrn AS duplicate_mrn, d.family_name || ', ' || d.given_name AS duplicate_name "
        "  FROM registry.patient_merge m JOIN registry.patient s ON s.id = m.survivor_id "
        "  JOIN registry.patient d ON d.id = m.duplicate_id ORDER BY m.id DESC LIMIT :n"), {"n": limit})
    return [dict(r) for r in rows.mappings()]


# -- the duplicate worklist (issue 16) ----------------------------------------------------------------------
DECISION_MIN_REASON = 10  # registry.decide_duplicate_pair


@dataclass
class DuplicatePair:
    """A waiting pair of the registry-wide scan: both records, the score and the matcher's reasons."""
    id: int
    a: PatientRow
    b: PatientRow
    score: float
    reasons: list[str]
    found_at: datetime


@dataclass
class Footprint:
    """How much is recorded for a record (counts only: registry.duplicate_footprint)."""
    encounters: int = 0
    admissions: int = 0
    lab_orders: int = 0
    prescriptions: int = 0
    invoices: int = 0
    appointments: int = 0


def duplicate_queue(session: Session, limit: int = 500) -> list[DuplicatePair]:
    """Waiting pairs, best first; a pair one of whose records was merged meanwhile is not shown (the next scan
    pairs the survivor afresh)."""
    cols = ", ".join(f"{side}.{c} AS {side}_{c}" for side in ("a", "b") for c in (
        "id", "mrn", "given_name", "family_name", "birth_date", "sex", "national_id", "phone", "address",
        "postal_code", "merged_into_id", "created_at", "created_by"))
    rows = session.execute(text(
        f"SELECT d.id AS pair_id, d.score, d.reasons, d.found_at, {cols} "
        "  FROM registry.duplicate_pair d JOIN registry.patient a ON a.id = d.patient_a "
        "  JOIN registry.patient b ON b.id = d.patient_b "
        " WHERE d.decision = 'waiting' AND a.merged_into_id IS NULL AND b.merged_into_id IS NULL "
        " ORDER BY d.score DESC, d.id LIMIT :n"), {"n": limit}).mappings().all()

    def side(r, prefix: str) -> PatientRow:  # noqa: ANN001
        return PatientRow(**{k.removeprefix(prefix): v for k, v in r.items() if k.startswith(prefix)})
    return [DuplicatePair(r["pair_id"], side(r, "a_"), side(r, "b_"), float(r["score"]), list(r["reasons"] or []),
                          r["found_at"]) for r in rows]


def duplicate_footprint(session: Session, pair_id: int) -> dict[int, Footprint]:
    rows = session.execute(text("SELECT * FROM registry.duplicate_footprint(:p)"), {"p": pair_id}).mappings().all()
    return {r["patient_id"]: Footprint(**{k: int(v) for k, v in r.items() if k != "patient_id"}) for r in rows}


def decide_duplicate(session: Session, pair_id: int, decision: str, note: str, survivor: int | None = None) -> int | None:
    """'merged' (survivor: the record kept; returns the merge id) or 'distinct' (remembered)."""
    return session.execute(text("SELECT registry.decide_duplicate_pair(:p, :d, :n, :s)"),
                           {"p": pair_id, "d": decision, "n": note, "s": survivor}).scalar_one()


def scan_for_duplicates(session: Session) -> dict[str, Any]:
    """A small registry's scan in one call (registry.scan_all_duplicates; a large one: hms-admin find-duplicates)."""
    scan_id = session.execute(text("SELECT registry.scan_all_duplicates()")).scalar_one()
    row = session.execute(text("SELECT id, patients, pairs_found, finished_at - started_at AS took "
                               "FROM registry.duplicate_scan WHERE id = :s"), {"s": scan_id}).mappings().one()
    return dict(row)


def duplicate_counts(session: Session) -> dict[str, int]:
    """Found, decided, merged, distinct, waiting (waiting: both records still unmerged) and the last scan."""
    row = session.execute(text(
        "SELECT count(*) AS found, count(*) FILTER (WHERE d.decision <> 'waiting') AS decided, "
        "       count(*) FILTER (WHERE d.decision = 'merged') AS merged, "
        "       count(*) FILTER (WHERE d.decision = 'distinct') AS distinct, "
        "       count(*) FILTER (WHERE d.decision = 'waiting' AND a.merged_into_id IS NULL "
        "                          AND b.merged_into_id IS NULL) AS waiting "
        "  FROM registry.duplicate_pair d JOIN registry.patient a ON a.id = d.patient_a "
        "  JOIN registry.patient b ON b.id = d.patient_b")).mappings().one()
    return {k: int(v) for k, v in row.items()}


def _json(payload: dict[str, Any]) -> str:
    import json
    return json.dumps(payload, ensure_ascii=False)


__all__ = ["PatientInput", "PatientRow", "Candidate", "SearchQuery", "parse_search", "parse_date", "luhn_ok",
           "born_text", "years_before", "search_patients", "row_key", "get_patient", "open_chart", "log_access",
           "register", "register_unidentified", "identify", "update_demographics",
           "duplicate_thresholds", "find_candidates", "history", "merge", "unmerge", "recent_merges",
           "DuplicatePair", "Footprint", "duplicate_queue", "duplicate_footprint", "decide_duplicate",
           "scan_for_duplicates", "duplicate_counts"]
