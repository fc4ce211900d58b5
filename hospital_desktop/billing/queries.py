"""Billing queries and commands (no Qt): charges with their source, coverage, invoices and credit notes,
payments and receipts, the cash close, claims and the financial views. Every change goes through the database's
billing functions (sql/billing/), which check the caller is billing staff."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..i18n.formats import date_text

# Labels of the database's codes, in English (the source text); translated where shown with the "Billing" context:
# method_label(), claim_status_label(), source_label(). A printed document passes its own translate
# (i18n.Printed.translate) to show them in the document's language.
METHODS = (("cash", QT_TRANSLATE_NOOP("Billing", "Cash")), ("card", QT_TRANSLATE_NOOP("Billing", "Card")),
           ("bank_transfer", QT_TRANSLATE_NOOP("Billing", "Bank transfer")))
METHOD_LABEL = dict(METHODS) | {"insurance": QT_TRANSLATE_NOOP("Billing", "Insurance")}
SOURCE_LABEL = {"consultation": QT_TRANSLATE_NOOP("Billing", "Consultation"),
                "lab_test": QT_TRANSLATE_NOOP("Billing", "Laboratory test"),
                "dispense": QT_TRANSLATE_NOOP("Billing", "Pharmacy dispense"),
                "bed_day": QT_TRANSLATE_NOOP("Billing", "Bed day")}
CLAIM_STATUS_LABEL = {"draft": QT_TRANSLATE_NOOP("Billing", "Draft"),
                      "submitted": QT_TRANSLATE_NOOP("Billing", "Submitted"),
                      "approved": QT_TRANSLATE_NOOP("Billing", "Approved"),
                      "partial": QT_TRANSLATE_NOOP("Billing", "Partially approved"),
                      "rejected": QT_TRANSLATE_NOOP("Billing", "Rejected"),
                      "cancelled": QT_TRANSLATE_NOOP("Billing", "Cancelled")}


def _label(table: dict[str, str], code: str | None, translate: Callable[..., str] | None) -> str:
    if not code:
        return ""
    if code not in table:
        return code  # a code this client does not know yet: shown as the database has it
    return (translate or QCoreApplication.translate)("Billing", table[code])


def method_label(method: str | None, translate: Callable[..., str] | None = None) -> str:
    """'Cash', 'Card'… in the screen's language (or a printed document's: translate=doc.translate)."""
    return _label(METHOD_LABEL, method, translate)


def claim_status_label(status: str | None, translate: Callable[..., str] | None = None) -> str:
    return _label(CLAIM_STATUS_LABEL, status, translate)


def source_label(kind: str | None, translate: Callable[..., str] | None = None) -> str:
    return _label(SOURCE_LABEL, kind, translate)


def _rows(session: Session, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(text(sql), params or {}).mappings()]


def display_name(family_and_given: str) -> str:
    """"Family, Given" as shown everywhere: the family name in capitals (Python's Unicode rules, not the
    database locale's)."""
    family, _, given = family_and_given.partition(", ")
    return f"{family.upper()}, {given}"


def _one(session: Session, sql: str, params: dict[str, Any] | None = None) -> Any:
    return session.execute(text(sql), params or {}).scalar_one()


# ---------------------------------------------------------------------------------------------------------------
# Worklist and charges
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class WorkItem:
    patient_id: int
    mrn: str
    name: str
    open_charges: int
    open_amount: Decimal
    oldest: date
    balance: Decimal


def worklist(session: Session, limit: int = 200) -> list[WorkItem]:
    """Patients with unbilled charges, oldest first, with what they still owe on issued invoices."""
    rows = _rows(session, """
        SELECT p.id AS patient_id, p.mrn, p.family_name || ', ' || p.given_name AS name,
               o.n AS open_charges, o.amount AS open_amount, o.oldest,
               coalesce((SELECT sum(a.balance) FROM billing.invoice_account(p.id) a), 0) AS balance
          FROM (SELECT c.patient_id, count(*) AS n, sum(c.amount) AS amount, min(c.service_date) AS oldest
                  FROM billing.charge c WHERE c.status = 'open' GROUP BY c.patient_id
                 ORDER BY min(c.service_date) LIMIT :limit) o
          JOIN registry.patient p ON p.id = o.patient_id
         ORDER BY o.oldest, p.id""", {"limit": limit})
    return [WorkItem(**{**r, "name": display_name(r["name"])}) for r in rows]


@dataclass
class ChargeRow:
    charge_id: int
    source_kind: str
    source_id: int
    encounter_id: int | None
    encounter_kind: str | None
    encounter_started: date | None
    encounter_ended: date | None
    department_code: str | None
    department_name: str | None
    clinician: str | None
    source_label: str
    code: str
    item_name: str
    group_code: str
    quantity: Decimal
    unit_amount: Decimal
    amount: Decimal
    adjustments: Decimal
    currency: str
    service_date: date
    status: str
    void_reason: str | None
    invoice_id: int | None
    invoice_number: str | None

    @property
    def net(self) -> Decimal:
        return self.amount + self.adjustments

    @property
    def visit_label(self) -> str:
        """'Stay 02/03/2026 – 05/03/2026 · Medical Ward · #12', 'Visit 02/03/2026 · Cardiology · #9'."""
        if self.encounter_id is None:
            return QCoreApplication.translate("ChargeRow", "Not linked to a visit")
        values = {"start": date_text(self.encounter_started), "end": date_text(self.encounter_ended),
                  "department": self.department_name or "", "id": self.encounter_id}
        if self.encounter_kind != "inpatient":
            return QCoreApplication.translate("ChargeRow", "Visit {start} · {department} · #{id}").format(**values)
        if self.encounter_started and self.encounter_ended:
            return QCoreApplication.translate("ChargeRow", "Stay {start} – {end} · {department} · #{id}").format(
                **values)
        if self.encounter_started:
            return QCoreApplication.translate("ChargeRow", "Stay {start} – (in hospital) · {department} · #{id}"
                                              ).format(**values)
        return QCoreApplication.translate("ChargeRow", "Stay {start} · {department} · #{id}").format(**values)


def charges(session: Session, patient_id: int) -> list[ChargeRow]:
    return [ChargeRow(**r) for r in _rows(session, "SELECT * FROM billing.patient_charges(:p)", {"p": patient_id})]


def adjustments(session: Session, charge_id: int) -> list[dict[str, Any]]:
    return _rows(session, """
        SELECT a.id, a.kind, a.amount, a.reason, a.created_at, s.full_name AS created_by
          FROM billing.adjustment a JOIN core.staff s ON s.id = a.created_by
         WHERE a.charge_id = :c ORDER BY a.id""", {"c": charge_id})


def adjust_charge(session: Session, charge_id: int, kind: str, amount: Decimal, reason: str) -> int:
    return _one(session, "SELECT billing.adjust_charge(:c, :k, :a, :r)",
                {"c": charge_id, "k": kind, "a": amount, "r": reason})


# ---------------------------------------------------------------------------------------------------------------
# Coverage
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class CoverageRow:
    id: int
    plan_id: int
    plan: str
    payer: str
    payer_code: str
    member_number: str
    valid_from: date
    valid_to: date | None
    status: str

    def valid_on(self, day: date) -> bool:
        return self.status == "active" and self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def label(self) -> str:
        values = {"payer": self.payer, "plan": self.plan, "member": self.member_number,
                  "start": date_text(self.valid_from), "end": date_text(self.valid_to)}
        if self.valid_to is None:
            return QCoreApplication.translate("CoverageRow", "{payer} — {plan} · member {member} · {start} to "
                                              "open-ended").format(**values)
        return QCoreApplication.translate("CoverageRow", "{payer} — {plan} · member {member} · {start} to {end}"
                                          ).format(**values)


def coverages(session: Session, patient_id: int) -> list[CoverageRow]:
    return [CoverageRow(**r) for r in _rows(session, """
        SELECT cv.id, cv.plan_id, pl.name AS plan, py.name AS payer, py.code AS payer_code, cv.member_number,
               cv.valid_from, cv.valid_to, cv.status
          FROM billing.coverage cv JOIN billing.plan pl ON pl.id = cv.plan_id JOIN billing.payer py ON py.id = pl.payer_id
         WHERE cv.patient_id = :p ORDER BY cv.status, cv.valid_from DESC""", {"p": patient_id})]


def plans(session: Session) -> list[dict[str, Any]]:
    return _rows(session, """
        SELECT pl.id, py.name || ' — ' || pl.name AS label FROM billing.plan pl JOIN billing.payer py ON py.id = pl.payer_id
         WHERE pl.active AND py.active ORDER BY py.name, pl.name""")


def add_coverage(session: Session, patient_id: int, plan_id: int, member_number: str, valid_from: date,
                 valid_to: date | None) -> int:
    return _one(session, """
        INSERT INTO billing.coverage (patient_id, plan_id, member_number, valid_from, valid_to)
        VALUES (:p, :plan, :m, :f, :t) RETURNING id""",
                {"p": patient_id, "plan": plan_id, "m": member_number, "f": valid_from, "t": valid_to})


def cancel_coverage(session: Session, coverage_id: int, reason: str) -> None:
    session.execute(text("UPDATE billing.coverage SET status = 'cancelled', cancel_reason = :r WHERE id = :c"),
                    {"c": coverage_id, "r": reason})


# ---------------------------------------------------------------------------------------------------------------
# Invoices
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class InvoiceAccount:
    invoice_id: int
    number: str
    patient_id: int
    encounter_id: int | None
    status: str
    issued_at: datetime
    due_date: date
    currency: str
    total_amount: Decimal
    payer_share: Decimal
    patient_share: Decimal
    payer_denied: Decimal
    patient_due: Decimal
    payer_due: Decimal
    patient_paid: Decimal
    payer_paid: Decimal
    patient_balance: Decimal
    payer_balance: Decimal
    balance: Decimal
    claim_status: str | None
    credit_note: str | None


def invoices(session: Session, patient_id: int) -> list[InvoiceAccount]:
    return [InvoiceAccount(**r) for r in _rows(session, "SELECT * FROM billing.invoice_account(:p)", {"p": patient_id})]


def invoice_account(session: Session, invoice_id: int) -> InvoiceAccount:
    return InvoiceAccount(**_rows(session, "SELECT * FROM billing.invoice_account(NULL, :i)", {"i": invoice_id})[0])


def issue_invoice(session: Session, patient_id: int, charge_ids: list[int], coverage_id: int | None,
                  note: str | None = None) -> int:
    return _one(session, "SELECT billing.issue_invoice(:p, CAST(:c AS bigint[]), :cov, :n)",
                {"p": patient_id, "c": charge_ids, "cov": coverage_id, "n": note})


def void_invoice(session: Session, invoice_id: int, reason: str) -> int:
    return _one(session, "SELECT billing.void_invoice(:i, :r)", {"i": invoice_id, "r": reason})


@dataclass
class DocumentLine:
    line_no: int
    kind: str
    code: str
    description: str
    service_date: date
    quantity: Decimal
    unit_amount: Decimal
    net_amount: Decimal
    tax_rate: Decimal
    tax_amount: Decimal
    total_amount: Decimal
    payer_share: Decimal
    patient_share: Decimal


@dataclass
class PaymentRow:
    id: int
    receipt_number: str
    method: str
    amount: Decimal
    currency: str
    reference: str | None
    received_at: datetime
    received_by: str
    refund_of: str | None
    refund_reason: str | None
    claim_id: int | None


@dataclass
class InvoiceDocument:
    """Everything printed on an invoice or credit note."""
    id: int
    kind: str
    number: str
    status: str
    issued_at: datetime
    issued_by: str
    due_date: date
    currency: str
    net_amount: Decimal
    tax_amount: Decimal
    total_amount: Decimal
    payer_share: Decimal
    patient_share: Decimal
    note: str | None
    void_reason: str | None
    credit_of: str | None
    credited_by: str | None
    patient_id: int
    mrn: str
    patient_name: str
    birth_date: date
    address: str | None
    postal_code: str | None
    coverage: str | None
    visit: str | None
    hospital: dict[str, str] = field(default_factory=dict)
    lines: list[DocumentLine] = field(default_factory=list)
    payments: list[PaymentRow] = field(default_factory=list)
    account: InvoiceAccount | None = None
    claim: dict[str, Any] | None = None

    @property
    def tax_summary(self) -> list[tuple[Decimal, Decimal, Decimal]]:
        """(rate, net, tax) per tax rate."""
        rates: dict[Decimal, list[Decimal]] = {}
        for line in self.lines:
            entry = rates.setdefault(line.tax_rate, [Decimal("0"), Decimal("0")])
            entry[0] += line.net_amount
            entry[1] += line.tax_amount
        return [(rate, net, tax) for rate, (net, tax) in sorted(rates.items())]


def hospital_settings(session: Session) -> dict[str, str]:
    return {k: v for k, v in session.execute(text(
        "SELECT key, value #>> '{}' FROM core.setting WHERE key IN ('hospital_name', 'hospital_address', "
        "'hospital_tax_id', 'hospital_bank_account', 'clinic_timezone')")).all()}


def payments(session: Session, invoice_id: int) -> list[PaymentRow]:
    return [PaymentRow(**r) for r in _rows(session, """
        SELECT p.id, p.receipt_number, p.method, p.amount, p.currency, p.reference, p.received_at,
               s.full_name AS received_by, r.receipt_number AS refund_of, p.refund_reason, p.claim_id
          FROM billing.payment p JOIN core.staff s ON s.id = p.received_by
          LEFT JOIN billing.payment r ON r.id = p.refund_of_id
         WHERE p.invoice_id = :i ORDER BY p.received_at, p.id""", {"i": invoice_id})]


def invoice_document(session: Session, invoice_id: int) -> InvoiceDocument:
    head = _rows(session, """
        SELECT i.id, i.kind, i.number, i.status, i.issued_at, s.full_name AS issued_by, i.due_date, i.currency,
               i.net_amount, i.tax_amount, i.total_amount, i.payer_share, i.patient_share, i.note, i.void_reason,
               o.number AS credit_of, cn.number AS credited_by, p.id AS patient_id, p.mrn,
               p.family_name || ', ' || p.given_name AS patient_name, p.birth_date, p.address, p.postal_code,
               CASE WHEN cv.id IS NOT NULL THEN py.name || ' — ' || pl.name || ', member ' || cv.member_number END
                   AS coverage,
               CASE WHEN i.encounter_id IS NOT NULL THEN
                   (SELECT CASE WHEN pc.encounter_kind = 'inpatient' THEN 'Stay ' ELSE 'Visit ' END
                           || to_char(pc.encounter_started, 'DD.MM.YYYY')
                           || CASE WHEN pc.encounter_kind = 'inpatient' AND pc.encounter_ended IS NOT NULL
                                   THEN ' – ' || to_char(pc.encounter_ended, 'DD.MM.YYYY') ELSE '' END
                           || ', ' || pc.department_name
                      FROM billing.patient_charges(i.patient_id) pc WHERE pc.encounter_id = i.encounter_id LIMIT 1)
               END AS visit
          FROM billing.invoice i
          JOIN core.staff s ON s.id = i.issued_by
          JOIN registry.patient p ON p.id = i.patient_id
          LEFT JOIN billing.invoice o ON o.id = i.credit_of_id
          LEFT JOIN billing.invoice cn ON cn.credit_of_id = i.id
          LEFT JOIN billing.coverage cv ON cv.id = i.coverage_id
          LEFT JOIN billing.plan pl ON pl.id = cv.plan_id
          LEFT JOIN billing.payer py ON py.id = pl.payer_id
         WHERE i.id = :i""", {"i": invoice_id})
    if not head:
        raise LookupError(f"no invoice {invoice_id}")
    doc = InvoiceDocument(**{**head[0], "patient_name": display_name(head[0]["patient_name"])})
    doc.hospital = hospital_settings(session)
    doc.lines = [DocumentLine(**r) for r in _rows(session, """
        SELECT line_no, kind, code, description, service_date, quantity, unit_amount, net_amount, tax_rate,
               tax_amount, total_amount, payer_share, patient_share
          FROM billing.invoice_line WHERE invoice_id = :i ORDER BY line_no""", {"i": invoice_id})]
    if doc.kind == "invoice":
        doc.payments = payments(session, invoice_id)
        doc.account = invoice_account(session, invoice_id)
        claim = _rows(session, "SELECT id, status, claimed_amount, approved_amount, outcome_reason, payer_reference "
                               "FROM billing.claim WHERE invoice_id = :i AND status <> 'cancelled'", {"i": invoice_id})
        doc.claim = claim[0] if claim else None
    return doc


# ---------------------------------------------------------------------------------------------------------------
# Payments and receipts
# ---------------------------------------------------------------------------------------------------------------
def take_payment(session: Session, invoice_id: int, method: str, amount: Decimal, reference: str | None) -> int:
    return _one(session, "SELECT billing.take_payment(:i, :m, :a, :r)",
                {"i": invoice_id, "m": method, "a": amount, "r": reference or None})


def refund_payment(session: Session, payment_id: int, amount: Decimal, reason: str) -> int:
    return _one(session, "SELECT billing.refund_payment(:p, :a, :r)", {"p": payment_id, "a": amount, "r": reason})


@dataclass
class ReceiptDocument:
    payment: PaymentRow
    invoice_number: str
    invoice_id: int
    patient_name: str
    mrn: str
    account: InvoiceAccount
    hospital: dict[str, str]


def receipt_document(session: Session, payment_id: int) -> ReceiptDocument:
    invoice_id = _one(session, "SELECT invoice_id FROM billing.payment WHERE id = :p", {"p": payment_id})
    payment = next(p for p in payments(session, invoice_id) if p.id == payment_id)
    head = _rows(session, """
        SELECT i.number, p.family_name || ', ' || p.given_name AS name, p.mrn
          FROM billing.invoice i JOIN registry.patient p ON p.id = i.patient_id WHERE i.id = :i""", {"i": invoice_id})[0]
    return ReceiptDocument(payment, head["number"], invoice_id, display_name(head["name"]), head["mrn"],
                           invoice_account(session, invoice_id), hospital_settings(session))


# ---------------------------------------------------------------------------------------------------------------
# Cash close
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class CashSummary:
    business_day: date
    payment_count: int
    expected_cash: Decimal
    card_total: Decimal
    transfer_total: Decimal
    closed: bool


def cash_summary(session: Session, day: date | None = None) -> CashSummary:
    return CashSummary(**_rows(session, "SELECT * FROM billing.cash_summary(:d)", {"d": day})[0])


def close_cash(session: Session, counted: Decimal, note: str | None, day: date | None = None) -> int:
    return _one(session, "SELECT billing.close_cash(:c, :n, :d)", {"c": counted, "n": note or None, "d": day})


def my_cash_payments(session: Session, day: date | None = None) -> list[dict[str, Any]]:
    return _rows(session, """
        SELECT p.receipt_number, p.method, p.amount, p.received_at, i.number AS invoice, p.cash_close_id
          FROM billing.payment p JOIN billing.invoice i ON i.id = p.invoice_id
         WHERE p.received_by = core.current_staff_id() AND p.method <> 'insurance'
           AND billing.local_day(p.received_at) = coalesce(CAST(:d AS date), billing.local_day(now()))
         ORDER BY p.received_at, p.id""", {"d": day})


def cash_closes(session: Session, limit: int = 30) -> list[dict[str, Any]]:
    return _rows(session, """
        SELECT cc.id, cc.business_day, s.full_name AS cashier, cc.closed_at, cc.payment_count, cc.expected_cash,
               cc.counted_cash, cc.difference, cc.card_total, cc.transfer_total, cc.note
          FROM billing.cash_close cc JOIN core.staff s ON s.id = cc.cashier_id
         ORDER BY cc.business_day DESC, cc.id DESC LIMIT :l""", {"l": limit})


# ---------------------------------------------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class ClaimRow:
    id: int
    invoice_id: int
    invoice_number: str
    patient_id: int
    patient_name: str
    payer: str
    status: str
    claimed_amount: Decimal
    approved_amount: Decimal | None
    paid_amount: Decimal
    currency: str
    attempts: int
    last_error: str | None
    outcome_reason: str | None
    created_at: datetime
    answered_at: datetime | None
    submitted_at: datetime | None = None
    payer_reference: str | None = None
    # the claim's request in the insurance outbox (insurance.request, kind claim): None while a draft
    request_id: int | None = None
    request_status: str | None = None
    request_attempts: int = 0
    request_error: str | None = None
    requested_at: datetime | None = None
    request_sent_at: datetime | None = None
    request_answered_at: datetime | None = None
    now: datetime | None = None


def claims(session: Session, status: str | None = None, limit: int = 500) -> list[ClaimRow]:
    return [ClaimRow(**{**r, "patient_name": display_name(r["patient_name"])}) for r in _rows(session, """
        SELECT c.id, c.invoice_id, i.number AS invoice_number, i.patient_id,
               p.family_name || ', ' || p.given_name AS patient_name, py.name AS payer, c.status,
               c.claimed_amount, c.approved_amount,
               coalesce((SELECT sum(pm.amount) FROM billing.payment pm WHERE pm.claim_id = c.id), 0) AS paid_amount,
               c.currency, c.attempts, c.last_error, c.outcome_reason, c.created_at, c.answered_at, c.submitted_at,
               c.payer_reference, r.id AS request_id, r.status AS request_status,
               coalesce(r.attempts, 0) AS request_attempts, r.last_error AS request_error,
               r.requested_at, r.sent_at AS request_sent_at, r.answered_at AS request_answered_at, now() AS now
          FROM billing.claim c JOIN billing.invoice i ON i.id = c.invoice_id
          JOIN registry.patient p ON p.id = i.patient_id JOIN billing.payer py ON py.id = c.payer_id
          LEFT JOIN insurance.request r ON r.claim_id = c.id AND r.kind = 'claim'
         WHERE CAST(:s AS text) IS NULL OR c.status = :s
         ORDER BY c.created_at DESC, c.id DESC LIMIT :l""", {"s": status, "l": limit})]


def claim_items(session: Session, claim_id: int) -> list[dict[str, Any]]:
    return _rows(session, """
        SELECT ci.sequence, l.code, l.description, ci.claimed_amount, ci.approved_amount, ci.reason
          FROM billing.claim_item ci JOIN billing.invoice_line l ON l.id = ci.invoice_line_id
         WHERE ci.claim_id = :c ORDER BY ci.sequence""", {"c": claim_id})


def claim_documents(session: Session, claim_id: int) -> tuple[dict | None, dict | None]:
    """The FHIR Claim sent and the ClaimResponse received (None until there is one)."""
    row = session.execute(text("SELECT fhir_claim, fhir_response FROM billing.claim WHERE id = :c"),
                          {"c": claim_id}).one()
    return row[0], row[1]


def create_claim(session: Session, invoice_id: int) -> int:
    return _one(session, "SELECT billing.create_claim(:i)", {"i": invoice_id})


def post_payer_payment(session: Session, claim_id: int, amount: Decimal, reference: str | None) -> int:
    return _one(session, "SELECT billing.post_payer_payment(:c, :a, :r)", {"c": claim_id, "a": amount, "r": reference})


# ---------------------------------------------------------------------------------------------------------------
# Financial views
# ---------------------------------------------------------------------------------------------------------------
def revenue_by_department(session: Session, first: date, last: date) -> list[dict[str, Any]]:
    return _rows(session, "SELECT * FROM billing.revenue_by_department(:f, :t)", {"f": first, "t": last})


def outstanding_ageing(session: Session, as_of: date | None = None) -> list[dict[str, Any]]:
    return _rows(session, "SELECT * FROM billing.outstanding_ageing(:d)", {"d": as_of})


def claims_by_status(session: Session) -> list[dict[str, Any]]:
    return _rows(session, "SELECT * FROM billing.claims_by_status()")


def today(session: Session) -> date:
    return _one(session, "SELECT billing.local_day(now())")


def currency(session: Session) -> str:
    """The hospital's currency (core.setting currency; GBP until an administrator sets it): the figures of the
    financial views and the cash close are in it."""
    return _one(session, "SELECT coalesce((SELECT value #>> '{}' FROM core.setting WHERE key = 'currency'), 'GBP')")
