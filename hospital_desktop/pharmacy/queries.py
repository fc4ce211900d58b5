"""Pharmacy: the formulary, prescribing with the database's screen, the dispensing queue, scans, returns, stock
work and the data of the printed label (no widgets: its sentences go through QCoreApplication.translate, which
workers may call). The database decides everything that matters (screening, stock, charges); this module only asks
and shapes answers for the screens."""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..core.typed_text import control_character, control_message
from ..i18n import Printed, current_language
from ..i18n.formats import number_text
from . import labels

PRIORITIES = ("routine", "urgent", "stat")
STOP_SEVERITIES = ("contraindicated", "serious")
MIN_OVERRIDE = 10  # characters; the same rule as ck_prescription_override
MAX_DOSE = 100_000  # ck_prescription_dose_amount: less than this
MAX_QUANTITY = 100_000  # ck_prescription_quantity
DRUG_ROUTES = ("oral", "intravenous", "intramuscular", "subcutaneous", "inhalation", "sublingual", "topical", "rectal",
               "ophthalmic", "otic", "nasal", "vaginal", "transdermal")  # ck_drug_route
EXPIRY_SOON_DAYS = 90
# The directions on the label, one sentence per route (translated whole: the verb and where it goes belong
# together); {dose} and {unit} are the prescription's, {frequency} the frequency's words (reference data).
ROUTE_SENTENCES = {
    "oral": QT_TRANSLATE_NOOP("Directions", "Take {dose} {unit} {frequency}"),
    "sublingual": QT_TRANSLATE_NOOP("Directions", "Use {dose} {unit} under the tongue {frequency}"),
    "inhalation": QT_TRANSLATE_NOOP("Directions", "Inhale {dose} {unit} {frequency}"),
    "topical": QT_TRANSLATE_NOOP("Directions", "Apply {dose} {unit} {frequency}"),
    "transdermal": QT_TRANSLATE_NOOP("Directions", "Apply {dose} {unit} {frequency}"),
    "ophthalmic": QT_TRANSLATE_NOOP("Directions", "Put {dose} {unit} into the eye {frequency}"),
    "otic": QT_TRANSLATE_NOOP("Directions", "Put {dose} {unit} into the ear {frequency}"),
    "nasal": QT_TRANSLATE_NOOP("Directions", "Use {dose} {unit} into the nose {frequency}"),
    "rectal": QT_TRANSLATE_NOOP("Directions", "Insert {dose} {unit} {frequency}"),
    "vaginal": QT_TRANSLATE_NOOP("Directions", "Insert {dose} {unit} {frequency}"),
    "subcutaneous": QT_TRANSLATE_NOOP("Directions", "Inject {dose} {unit} under the skin {frequency}"),
    "intramuscular": QT_TRANSLATE_NOOP("Directions", "Give {dose} {unit} into a muscle {frequency}"),
    "intravenous": QT_TRANSLATE_NOOP("Directions", "Give {dose} {unit} into a vein {frequency}"),
}
OTHER_ROUTE_SENTENCE = QT_TRANSLATE_NOOP("Directions", "Use {dose} {unit} {frequency}")


translate = QCoreApplication.translate  # thread-safe: the queries run on workers


class Directions(QObject):
    """The translation context of the directions and the sig. Phrases with a count are written
    Directions.tr(text, None, n): lupdate marks a plural only in Class.tr(...) (never in
    QCoreApplication.translate with a variable count)."""


def _rows(session: Session, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(text(sql), params or {}).mappings()]


# ---------------------------------------------------------------------------------------------------------------
# Reference data
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class DrugRow:
    id: int
    code: str
    generic_name: str
    strength: str
    form: str
    route: str
    unit: str
    pack_size: int
    atc_code: str | None
    warnings: str | None

    @property
    def label(self) -> str:
        return f"{self.generic_name} {self.strength} {self.form}"


@dataclass
class FrequencyRow:
    code: str
    label: str
    doses_per_day: Decimal | None
    directions: str


def formulary(session: Session) -> list[DrugRow]:
    return [DrugRow(**r) for r in _rows(session, """
        SELECT id, code, generic_name, strength, form, route, unit, pack_size, atc_code, warnings
          FROM pharmacy.drug WHERE active ORDER BY lower(generic_name), strength, form""")]


def frequencies(session: Session) -> list[FrequencyRow]:
    return [FrequencyRow(**r) for r in _rows(session, """
        SELECT code, label, doses_per_day, directions FROM pharmacy.frequency ORDER BY sort_order, code""")]


def prescribing_reference(session: Session) -> tuple[list[DrugRow], list[FrequencyRow]]:
    return formulary(session), frequencies(session)


# ---------------------------------------------------------------------------------------------------------------
# Prescribing
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Alert:
    kind: str
    severity: str
    message: str
    ref_id: int | None = None

    @property
    def stops(self) -> bool:
        return self.severity in STOP_SEVERITIES


@dataclass
class PrescriptionInput:
    patient_id: int
    encounter_id: int
    drug_id: int
    dose_amount: Decimal
    dose_unit: str
    route: str
    frequency: str
    duration_days: int | None
    quantity: int
    instructions: str = ""
    priority: str = "routine"
    override_reason: str | None = None

    def validate(self) -> dict[str, str]:
        """Field → message for everything ck_prescription_* would refuse (for comfort; the database stays the truth)."""
        problems: dict[str, str] = {}
        dose = self.dose_amount
        if dose is None or not Decimal(dose).is_finite() or not 0 < dose < MAX_DOSE:
            problems["dose_amount"] = translate(
                "PrescriptionInput", "Give the dose (more than 0, less than {most}).").format(most=number_text(MAX_DOSE))
        if not 1 <= len(self.dose_unit.strip()) <= 30:
            problems["dose_unit"] = translate("PrescriptionInput", "Give the unit of the dose (at most 30 characters).")
        for key, label, value in (
                ("dose_unit", QT_TRANSLATE_NOOP("PrescriptionInput", "The unit"), self.dose_unit),
                ("instructions", QT_TRANSLATE_NOOP("PrescriptionInput", "The instructions"), self.instructions),
                ("override_reason", QT_TRANSLATE_NOOP("PrescriptionInput", "The reason"), self.override_reason or "")):
            if key not in problems and control_character(value):
                problems[key] = control_message(translate("PrescriptionInput", label))
        if self.quantity is None or not 1 <= self.quantity <= MAX_QUANTITY:
            problems["quantity"] = translate(
                "PrescriptionInput", "Give the quantity to dispense (1 to {most}).").format(most=number_text(MAX_QUANTITY))
        if self.duration_days is not None and not 1 <= self.duration_days <= 365:
            problems["duration_days"] = translate("PrescriptionInput", "A course lasts 1 to 365 days.")
        if self.priority not in PRIORITIES:
            problems["priority"] = translate("PrescriptionInput", "Choose routine, urgent or stat.")
        if len(self.instructions) > 500:
            problems["instructions"] = translate("PrescriptionInput", "Instructions have at most 500 characters.")
        if self.override_reason is not None and len(self.override_reason.strip()) < MIN_OVERRIDE:
            problems["override_reason"] = translate(
                "PrescriptionInput", "Give the reason for overriding the alert (at least {count} characters)."
            ).format(count=number_text(MIN_OVERRIDE))
        return problems


def suggested_quantity(dose_amount: Decimal | float | None, dose_unit: str, drug_unit: str,
                       doses_per_day: Decimal | float | None, duration_days: int | None) -> int | None:
    """Units to dispense for a course, when the dose is counted in the dispensing unit (1 tablet TDS for 5 days ->
    15); None when it cannot be worked out (dose in mg, as-needed frequency, no duration)."""
    if not dose_amount or not doses_per_day or not duration_days:
        return None
    if dose_unit.strip().lower().rstrip("s") != drug_unit.strip().lower().rstrip("s"):
        return None
    return max(1, math.ceil(float(dose_amount) * float(doses_per_day) * duration_days - 1e-9))


def screen(session: Session, patient_id: int, drug_id: int) -> list[Alert]:
    return [Alert(**r) for r in _rows(session, "SELECT kind, severity, message, ref_id FROM pharmacy.screen(:p, :d)",
                                      {"p": patient_id, "d": drug_id})]


def prescribe(session: Session, data: PrescriptionInput) -> tuple[int, str]:
    row = session.execute(text("""
        INSERT INTO pharmacy.prescription (patient_id, encounter_id, drug_id, dose_amount, dose_unit, route, frequency,
                                           duration_days, quantity, instructions, priority, override_reason)
        VALUES (:patient_id, :encounter_id, :drug_id, :dose_amount, :dose_unit, :route, :frequency, :duration_days,
                :quantity, :instructions, :priority, :override_reason)
        RETURNING id, prescription_number"""), {**data.__dict__}).one()
    return row.id, row.prescription_number


@dataclass
class PrescriptionRow:
    id: int
    prescription_number: str
    patient_id: int
    encounter_id: int
    drug_id: int
    drug: str
    generic_name: str
    strength: str
    form: str
    drug_unit: str
    dose_amount: Decimal
    dose_unit: str
    route: str
    frequency: str
    frequency_words: str
    duration_days: int | None
    quantity: int
    quantity_dispensed: int
    instructions: str | None
    priority: str
    status: str
    dispense_status: str
    alerts: list[Alert]
    override_reason: str | None
    prescriber: str
    created_at: datetime
    status_reason: str | None = None
    mrn: str = ""
    patient_name: str = ""
    birth_date: date | None = None
    warnings: str | None = None

    @property
    def remaining(self) -> int:
        return self.quantity - self.quantity_dispensed

    @property
    def sig(self) -> str:
        """The prescription in the prescriber's shorthand (dose, route, frequency code, days), on screen."""
        sig = f"{_num(self.dose_amount)} {self.dose_unit} {labels.route(self.route)} {self.frequency}"
        if self.duration_days:
            sig = Directions.tr("{sig} × %Ln d", "", self.duration_days).format(sig=sig)
        return sig

    @property
    def directions(self) -> str:
        return directions(self.dose_amount, self.dose_unit, self.route, self.frequency_words, self.duration_days,
                          self.instructions)


_PRESCRIPTION_SELECT = """
    SELECT p.id, p.prescription_number, p.patient_id, p.encounter_id, p.drug_id,
           d.generic_name || ' ' || d.strength || ' ' || d.form AS drug, d.generic_name, d.strength, d.form,
           d.unit AS drug_unit, d.warnings, p.dose_amount, p.dose_unit, p.route, p.frequency,
           f.directions AS frequency_words, p.duration_days, p.quantity, p.quantity_dispensed, p.instructions,
           p.priority, p.status, p.dispense_status, p.alerts, p.override_reason, s.full_name AS prescriber,
           p.created_at, p.status_reason, pt.mrn, upper(pt.family_name) || ', ' || pt.given_name AS patient_name,
           pt.birth_date
      FROM pharmacy.prescription p
      JOIN pharmacy.drug d ON d.id = p.drug_id
      JOIN pharmacy.frequency f ON f.code = p.frequency
      JOIN core.staff s ON s.id = p.prescriber_id
      JOIN registry.patient pt ON pt.id = p.patient_id"""


def _prescription(row: dict[str, Any]) -> PrescriptionRow:
    alerts = row.pop("alerts") or []
    if isinstance(alerts, str):
        alerts = json.loads(alerts)
    return PrescriptionRow(**row, alerts=[Alert(a.get("kind", ""), a.get("severity", ""), a.get("message", ""),
                                                a.get("ref_id")) for a in alerts])


def patient_prescriptions(session: Session, patient_id: int) -> list[PrescriptionRow]:
    return [_prescription(r) for r in _rows(session, _PRESCRIPTION_SELECT + """
     WHERE p.patient_id = :p ORDER BY (p.status = 'active') DESC, p.created_at DESC, p.id DESC""", {"p": patient_id})]


def prescription(session: Session, prescription_id: int) -> PrescriptionRow | None:
    rows = _rows(session, _PRESCRIPTION_SELECT + " WHERE p.id = :id", {"id": prescription_id})
    return _prescription(rows[0]) if rows else None


def cancel_prescription(session: Session, prescription_id: int, reason: str) -> None:
    session.execute(text("UPDATE pharmacy.prescription SET status = 'cancelled', status_reason = :r WHERE id = :id"),
                    {"id": prescription_id, "r": reason})


def complete_prescription(session: Session, prescription_id: int) -> None:
    session.execute(text("UPDATE pharmacy.prescription SET status = 'completed' WHERE id = :id"),
                    {"id": prescription_id})


# ---------------------------------------------------------------------------------------------------------------
# Dispensing
# ---------------------------------------------------------------------------------------------------------------
def queue(session: Session, limit: int = 500) -> list[PrescriptionRow]:
    """Prescriptions to fill: stat first, then urgent, then routine; oldest first within each."""
    return [_prescription(r) for r in _rows(session, _PRESCRIPTION_SELECT + """
     WHERE p.status = 'active' AND p.dispense_status <> 'dispensed'
     ORDER BY array_position(ARRAY['stat', 'urgent', 'routine'], p.priority), p.created_at, p.id
     LIMIT :limit""", {"limit": limit})]


@dataclass
class LotRow:
    id: int
    lot_number: str
    expiry_date: date
    quantity: int
    location: str
    drug_id: int
    drug: str
    unit: str
    reorder_level: int = 0
    drug_total: int = 0

    def expired(self, today: date) -> bool:
        return self.expiry_date < today

    def expiring(self, today: date, days: int = EXPIRY_SOON_DAYS) -> bool:
        return not self.expired(today) and (self.expiry_date - today).days <= days


def usable_lots(session: Session, drug_id: int, location: str = "DISP") -> list[LotRow]:
    """Lots of the drug at the location that can be dispensed, earliest expiry first: the first is the one to
    propose (first expiry, first out)."""
    return [LotRow(**r) for r in _rows(session, """
        SELECT l.id, l.lot_number, l.expiry_date, l.quantity, loc.code AS location, l.drug_id,
               d.generic_name || ' ' || d.strength || ' ' || d.form AS drug, d.unit
          FROM pharmacy.stock_lot l JOIN pharmacy.location loc ON loc.id = l.location_id
          JOIN pharmacy.drug d ON d.id = l.drug_id
         WHERE l.drug_id = :d AND loc.code = :loc AND l.quantity > 0 AND l.expiry_date >= current_date
         ORDER BY l.expiry_date, l.id""", {"d": drug_id, "loc": location})]


def expired_lots(session: Session, drug_id: int, location: str = "DISP", limit: int = 200) -> list[LotRow]:
    """Expired lots of the drug at the location, latest expiry first: a pack of one on the counter must stop the
    pharmacist at the scan (the database refuses it too)."""
    return [LotRow(**r) for r in _rows(session, """
        SELECT l.id, l.lot_number, l.expiry_date, l.quantity, loc.code AS location, l.drug_id,
               d.generic_name || ' ' || d.strength || ' ' || d.form AS drug, d.unit
          FROM pharmacy.stock_lot l JOIN pharmacy.location loc ON loc.id = l.location_id
          JOIN pharmacy.drug d ON d.id = l.drug_id
         WHERE l.drug_id = :d AND loc.code = :loc AND l.expiry_date < current_date
         ORDER BY l.expiry_date DESC, l.id LIMIT :limit""", {"d": drug_id, "loc": location, "limit": limit})]


@dataclass
class DispenseRow:
    id: int
    quantity: int
    lot_number: str
    expiry_date: date
    dispensed_at: datetime
    dispensed_by: str
    status: str
    return_reason: str | None


@dataclass
class DispenseContext:
    prescription: PrescriptionRow
    allergies: list[str] | None
    lots: list[LotRow]
    dispenses: list[DispenseRow] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # MRNs of records merged into this patient
    expired: list[LotRow] = field(default_factory=list)  # expired lots of the drug here: a scan of one stops

    def expired_lot(self, scan: str) -> LotRow | None:
        scan = "".join(scan.split()).upper()
        return next((lot for lot in self.expired if lot.lot_number.upper() == scan), None)

    def is_patient(self, scan: str) -> bool:
        scan = "".join(scan.split()).upper()
        return scan == self.prescription.mrn.upper() or scan in {a.upper() for a in self.aliases}


def dispense_context(session: Session, prescription_id: int, location: str = "DISP") -> DispenseContext | None:
    rx = prescription(session, prescription_id)
    if rx is None:
        return None
    allergies = session.execute(text("SELECT clinical.active_allergies(:p)"), {"p": rx.patient_id}).scalar()
    aliases = list(session.execute(text("""
        WITH RECURSIVE merged (id, mrn) AS (
            SELECT p.id, p.mrn FROM registry.patient p WHERE p.merged_into_id = :p
            UNION ALL
            SELECT p.id, p.mrn FROM registry.patient p JOIN merged m ON p.merged_into_id = m.id)
        SELECT mrn FROM merged"""), {"p": rx.patient_id}).scalars())
    return DispenseContext(rx, allergies, usable_lots(session, rx.drug_id, location),
                           dispenses(session, prescription_id), aliases, expired_lots(session, rx.drug_id, location))


def dispenses(session: Session, prescription_id: int) -> list[DispenseRow]:
    return [DispenseRow(**r) for r in _rows(session, """
        SELECT x.id, x.quantity, l.lot_number, l.expiry_date, x.dispensed_at, s.full_name AS dispensed_by, x.status,
               x.return_reason
          FROM pharmacy.dispense x JOIN pharmacy.stock_lot l ON l.id = x.lot_id
          JOIN core.staff s ON s.id = x.dispensed_by
         WHERE x.prescription_id = :p ORDER BY x.id""", {"p": prescription_id})]


def dispense(session: Session, prescription_id: int, patient_scan: str, pack_scan: str, quantity: int,
             location: str = "DISP") -> int:
    return session.execute(text("SELECT pharmacy.dispense_prescription(:rx, :patient, :pack, :q, "
                                "pharmacy.location_id(:loc))"),
                           {"rx": prescription_id, "patient": patient_scan, "pack": pack_scan, "q": quantity,
                            "loc": location}).scalar_one()


def return_dispense(session: Session, dispense_id: int, reason: str) -> None:
    session.execute(text("SELECT pharmacy.return_dispense(:d, :r)"), {"d": dispense_id, "r": reason})


# ---------------------------------------------------------------------------------------------------------------
# The label
# ---------------------------------------------------------------------------------------------------------------
def _num(value: Decimal | float | int, locale: QLocale | None = None) -> str:
    """A dose as the locale writes it, with the decimals it has and no more (0.5, 2, 12.25)."""
    amount = Decimal(str(value)).normalize()
    return number_text(amount, max(0, -amount.as_tuple().exponent), locale)


def _plural(unit: str, amount: Decimal | float | int, language: str = "en") -> str:
    """The formulary's unit (English data) made plural in English; other languages print it as it is."""
    countable = language == "en" and unit.isalpha() and unit.islower() and len(unit) > 2
    if not countable or Decimal(str(amount)) == 1 or unit.endswith("s"):
        return unit
    return unit + "s"


def directions(dose_amount: Decimal | float, dose_unit: str, route: str, frequency_words: str,
               duration_days: int | None, instructions: str | None = None, *, printed: Printed | None = None) -> str:
    """The directions in plain words, e.g. 'Take 2 tablets four times a day for 5 days.', in the screen's language,
    or a printed label's. The unit and the frequency's words are reference data, shown as the formulary holds
    them."""
    language, locale = (printed.language, printed.locale) if printed else (current_language(), None)
    translate = printed.translate if printed else QCoreApplication.translate
    sentence = translate("Directions", ROUTE_SENTENCES.get(route, OTHER_ROUTE_SENTENCE))
    text_ = sentence.format(dose=_num(dose_amount, locale), unit=_plural(dose_unit, dose_amount, language),
                            frequency=frequency_words)
    if duration_days:
        if printed is None:
            text_ = Directions.tr("{directions} for %Ln days", "", duration_days).format(directions=text_)
        else:  # the same message (lupdate reads the one above); Printed.translate leaves the count to fill in
            for_days = "{directions} for %Ln days"
            text_ = printed.translate("Directions", for_days, "", duration_days).replace(
                "%Ln", printed.number(duration_days)).replace("%n", str(duration_days)).format(directions=text_)
    text_ += "."
    extra = (instructions or "").strip().rstrip(".")
    if extra:
        text_ += " " + extra[0].upper() + extra[1:] + "."
    return text_


@dataclass
class LabelData:
    pharmacy: str
    patient_name: str
    mrn: str
    birth_date: date
    drug: str
    strength: str
    form: str
    quantity: int
    unit: str
    directions: str
    prescriber: str
    dispensed_at: datetime
    prescription_number: str
    lot_number: str
    expiry_date: date
    warnings: str | None
    dispensed_by: str
    dispense_id: int
    amount: Decimal | None = None
    currency: str | None = None
    birth_date_accuracy: str = "exact"  # a year-only or estimated birth date is printed as such


LABEL_HEADING = QT_TRANSLATE_NOOP("LabelData", "Pharmacy · {hospital}")


def label_data(session: Session, dispense_id: int, printed: Printed | None = None) -> LabelData:
    """What the label and the receipt print; their words in the printouts' language (printed), else the
    screen's."""
    translate = printed.translate if printed else QCoreApplication.translate
    row = session.execute(text("""
        SELECT x.id, x.quantity, x.dispensed_at, l.lot_number, l.expiry_date, ds.full_name AS dispensed_by,
               p.prescription_number, p.dose_amount, p.dose_unit, p.route, p.duration_days, p.instructions,
               f.directions AS frequency_words, ps.full_name AS prescriber, d.generic_name, d.strength, d.form, d.unit,
               d.warnings, pt.mrn, upper(pt.family_name) || ', ' || pt.given_name AS patient_name, pt.birth_date,
               pt.birth_date_accuracy, (SELECT s.value #>> '{}' FROM core.setting s WHERE s.key = 'hospital_name') AS hospital,
               pi.amount * x.quantity AS amount, pi.currency
          FROM pharmacy.dispense x
          JOIN pharmacy.stock_lot l ON l.id = x.lot_id
          JOIN pharmacy.prescription p ON p.id = x.prescription_id
          JOIN pharmacy.frequency f ON f.code = p.frequency
          JOIN pharmacy.drug d ON d.id = p.drug_id
          JOIN core.staff ps ON ps.id = p.prescriber_id
          JOIN core.staff ds ON ds.id = x.dispensed_by
          JOIN registry.patient pt ON pt.id = x.patient_id
          LEFT JOIN billing.price_item pi ON pi.id = billing.price_item_at(d.price_code, billing.local_day(x.dispensed_at))
         WHERE x.id = :id"""), {"id": dispense_id}).mappings().one()
    return LabelData(
        pharmacy=translate("LabelData", LABEL_HEADING).format(
            hospital=row["hospital"] or "Hospital Desktop"), patient_name=row["patient_name"],
        mrn=row["mrn"], birth_date=row["birth_date"], birth_date_accuracy=row["birth_date_accuracy"], drug=row["generic_name"], strength=row["strength"],
        form=row["form"], quantity=row["quantity"], unit=row["unit"],
        directions=directions(row["dose_amount"], row["dose_unit"], row["route"], row["frequency_words"],
                              row["duration_days"], row["instructions"], printed=printed),
        prescriber=row["prescriber"], dispensed_at=row["dispensed_at"], prescription_number=row["prescription_number"],
        lot_number=row["lot_number"], expiry_date=row["expiry_date"], warnings=row["warnings"],
        dispensed_by=row["dispensed_by"], dispense_id=row["id"],
        amount=Decimal(row["amount"]).quantize(Decimal("0.01")) if row["amount"] is not None else None,
        currency=row["currency"])


# ---------------------------------------------------------------------------------------------------------------
# Stock
# ---------------------------------------------------------------------------------------------------------------
def locations(session: Session) -> list[dict[str, Any]]:
    return _rows(session, "SELECT id, code, name, kind FROM pharmacy.location WHERE active ORDER BY kind, code")


def stock(session: Session, location: str | None = None) -> list[LotRow]:
    """Lots with stock (and expired lots still holding units), each with its drug's total and reorder level."""
    return [LotRow(**r) for r in _rows(session, """
        WITH totals AS (SELECT drug_id, sum(quantity)::integer AS total FROM pharmacy.stock_lot
                         WHERE expiry_date >= current_date GROUP BY drug_id)
        SELECT l.id, l.lot_number, l.expiry_date, l.quantity, loc.code AS location, l.drug_id,
               d.generic_name || ' ' || d.strength || ' ' || d.form AS drug, d.unit, d.reorder_level,
               coalesce(t.total, 0) AS drug_total
          FROM pharmacy.stock_lot l JOIN pharmacy.location loc ON loc.id = l.location_id
          JOIN pharmacy.drug d ON d.id = l.drug_id LEFT JOIN totals t ON t.drug_id = l.drug_id
         WHERE l.quantity > 0 AND (CAST(:loc AS text) IS NULL OR loc.code = :loc)
         ORDER BY lower(d.generic_name), d.strength, l.expiry_date, loc.code""", {"loc": location})]


def low_stock(session: Session) -> list[dict[str, Any]]:
    """Drugs whose usable stock (all locations) is below their reorder level."""
    return _rows(session, """
        SELECT d.id, d.generic_name || ' ' || d.strength || ' ' || d.form AS drug, d.unit, d.reorder_level,
               coalesce(sum(l.quantity) FILTER (WHERE l.expiry_date >= current_date), 0)::integer AS on_hand
          FROM pharmacy.drug d LEFT JOIN pharmacy.stock_lot l ON l.drug_id = d.id
         WHERE d.active GROUP BY d.id
        HAVING coalesce(sum(l.quantity) FILTER (WHERE l.expiry_date >= current_date), 0) < d.reorder_level
         ORDER BY 5::numeric / nullif(d.reorder_level, 0), lower(d.generic_name)""")


LOT_RE = re.compile(r"[A-Z0-9][A-Z0-9./-]{0,29}")  # ck_stock_lot_lot_number, after upper(btrim())
LOT_MESSAGE = QT_TRANSLATE_NOOP("StockInput", "A lot number has 1 to 30 letters, digits, '.', '/' or '-', as printed "
                                              "on the pack.")


def receipt_problem(lot_number: str, expiry: date, today: date) -> str | None:
    """The goods receipt form's check (pharmacy.receive_stock checks again)."""
    lot = lot_number.strip()
    if not lot.isascii() or not LOT_RE.fullmatch(lot.upper()):  # non-ASCII: Python and PostgreSQL upper() differ
        return translate("StockInput", LOT_MESSAGE)
    if expiry < today + timedelta(days=1):
        return translate("StockInput", "This stock is expired or expires today: do not receive it.")
    return None


def receive(session: Session, drug_id: int, location_id: int, lot_number: str, expiry: date, quantity: int) -> int:
    return session.execute(text("SELECT pharmacy.receive_stock(:d, :loc, :lot, :exp, :q)"),
                           {"d": drug_id, "loc": location_id, "lot": lot_number, "exp": expiry,
                            "q": quantity}).scalar_one()


def transfer(session: Session, lot_id: int, to_location_id: int, quantity: int, reason: str) -> int:
    return session.execute(text("SELECT pharmacy.transfer_stock(:l, :to, :q, :r)"),
                           {"l": lot_id, "to": to_location_id, "q": quantity, "r": reason}).scalar_one()


def adjust(session: Session, lot_id: int, delta: int, reason: str) -> int:
    return session.execute(text("SELECT pharmacy.adjust_stock(:l, :d, :r)"),
                           {"l": lot_id, "d": delta, "r": reason}).scalar_one()


def write_off(session: Session, lot_id: int, reason: str) -> int:
    return session.execute(text("SELECT pharmacy.write_off(:l, :r)"), {"l": lot_id, "r": reason}).scalar_one()


# ---------------------------------------------------------------------------------------------------------------
# Formulary maintenance (pharmacists)
# ---------------------------------------------------------------------------------------------------------------
def formulary_table(session: Session) -> list[dict[str, Any]]:
    return _rows(session, """
        SELECT d.id, d.code, d.generic_name, d.strength, d.form, d.route, d.unit, d.pack_size, d.atc_code,
               array_to_string(d.ingredient_atc, ' ') AS ingredients, d.reorder_level, d.warnings, d.active,
               d.price_code, pi.amount AS price
          FROM pharmacy.drug d
          LEFT JOIN billing.price_item pi ON pi.id = billing.price_item_at(d.price_code, current_date)
         ORDER BY lower(d.generic_name), d.strength, d.form""")


DRUG_FIELD_LENGTHS = {
    "generic_name": QT_TRANSLATE_NOOP("DrugInput", "Give the generic name ({shortest} to {longest} characters)."),
    "strength": QT_TRANSLATE_NOOP("DrugInput", "Give the strength ({shortest} to {longest} characters)."),
    "form": QT_TRANSLATE_NOOP("DrugInput", "Give the form ({shortest} to {longest} characters)."),
    "unit": QT_TRANSLATE_NOOP("DrugInput", "Give the unit ({shortest} to {longest} characters)."),
}
DRUG_FIELD_NAMES = {  # control_message's subject
    "generic_name": QT_TRANSLATE_NOOP("DrugInput", "The generic name"),
    "strength": QT_TRANSLATE_NOOP("DrugInput", "The strength"),
    "form": QT_TRANSLATE_NOOP("DrugInput", "The form"),
    "unit": QT_TRANSLATE_NOOP("DrugInput", "The unit"),
    "warnings": QT_TRANSLATE_NOOP("DrugInput", "The warnings"),
}


@dataclass
class DrugInput:
    code: str
    generic_name: str
    strength: str
    form: str
    route: str
    unit: str
    pack_size: int
    atc_code: str
    ingredients: str = ""
    reorder_level: int = 0
    warnings: str = ""

    def validate(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not re.fullmatch(r"[A-Z][A-Z0-9-]{1,34}", self.code.strip().upper()):
            problems["code"] = translate("DrugInput", "A drug code has 2-35 capital letters, digits or dashes, "
                                                      "starting with a letter.")
        for name, shortest, longest in (("generic_name", 2, 200), ("strength", 1, 60), ("form", 2, 60),
                                        ("unit", 1, 30)):  # ck_drug_*
            if not shortest <= len(getattr(self, name).strip()) <= longest:
                problems[name] = translate("DrugInput", DRUG_FIELD_LENGTHS[name]).format(
                    shortest=number_text(shortest), longest=number_text(longest))
        if self.route not in DRUG_ROUTES:
            problems["route"] = translate("DrugInput", "Choose a route from the list.")
        atc = r"[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?"
        if self.atc_code.strip() and not re.fullmatch(atc, self.atc_code.strip().upper()):
            problems["atc_code"] = translate("DrugInput", "An ATC code looks like J01CA04.")
        if any(not re.fullmatch(atc, i) for i in self.ingredients.upper().split()):
            problems["ingredients"] = translate("DrugInput", "Ingredients are ATC codes separated by spaces.")
        if self.pack_size < 1:
            problems["pack_size"] = translate("DrugInput", "A pack holds at least 1 unit.")
        if self.reorder_level < 0:
            problems["reorder_level"] = translate("DrugInput", "The reorder level is 0 or more.")
        if len(self.warnings.strip()) > 500:
            problems["warnings"] = translate("DrugInput", "Warnings have at most 500 characters.")
        for key in ("generic_name", "strength", "form", "unit", "warnings"):
            if key not in problems and control_character(getattr(self, key), multiline=key == "warnings"):
                problems[key] = control_message(translate("DrugInput", DRUG_FIELD_NAMES[key]))
        return problems


def add_drug(session: Session, data: DrugInput) -> int:
    return session.execute(text("""
        INSERT INTO pharmacy.drug (code, generic_name, strength, form, route, unit, pack_size, atc_code, ingredient_atc,
                                   reorder_level, warnings)
        VALUES (:code, :name, :strength, :form, :route, :unit, :pack, :atc, :ingredients, :reorder, :warnings)
        RETURNING id"""), {"code": data.code.strip().upper(), "name": data.generic_name.strip(),
                          "strength": data.strength.strip(), "form": data.form.strip(), "route": data.route,
                          "unit": data.unit.strip(), "pack": data.pack_size, "atc": data.atc_code.strip() or None,
                          "ingredients": data.ingredients.upper().split(), "reorder": data.reorder_level,
                          "warnings": data.warnings.strip() or None}).scalar_one()


def update_drug(session: Session, drug_id: int, reorder_level: int, warnings: str, active: bool) -> None:
    session.execute(text("UPDATE pharmacy.drug SET reorder_level = :r, warnings = :w, active = :a WHERE id = :id"),
                    {"id": drug_id, "r": reorder_level, "w": warnings.strip() or None, "a": active})
