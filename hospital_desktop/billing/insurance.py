"""National health insurance, the staff's side (no Qt): what reception, billing and the ward ask of the payers, and
what the payers answered, as the insurance schema keeps it (server_db/sql/insurance/).

Staff never talk to a payer. Every request goes into the database's outbox through a definer function
(insurance.request_eligibility, submit_claim, request_claim_status, request_preauthorization, answer_query,
retry_request); hms-insurance-gateway sends it and records the answer. These functions only read what was
recorded — nothing here makes up an answer the payer did not give."""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import text
from sqlalchemy.orm import Session

from .. import i18n
from ..i18n.formats import money_text, number_text
from .queries import claim_status_label, display_name


class Labels(dict):
    """A code → English label table (the source text, marked with QT_TRANSLATE_NOOP in its own context);
    `.label(code)` is the label in the user's language, an unknown code as the database has it."""

    def __init__(self, context: str, labels: dict[str, str]):
        super().__init__(labels)
        self.context = context

    def label(self, code: str | None) -> str:
        if not code:
            return ""
        return QCoreApplication.translate(self.context, self[code]) if code in self else code


REQUEST_STATUS_LABEL = Labels("RequestStatus", {
    "queued": QT_TRANSLATE_NOOP("RequestStatus", "queued"),
    "sent": QT_TRANSLATE_NOOP("RequestStatus", "sent, waiting for the payer"),
    "answered": QT_TRANSLATE_NOOP("RequestStatus", "answered"),
    "failed": QT_TRANSLATE_NOOP("RequestStatus", "failed")})
REQUEST_KIND_LABEL = Labels("RequestKind", {
    "eligibility": QT_TRANSLATE_NOOP("RequestKind", "Eligibility check"),
    "preauthorization": QT_TRANSLATE_NOOP("RequestKind", "Pre-authorisation"),
    "claim": QT_TRANSLATE_NOOP("RequestKind", "Claim"),
    "status": QT_TRANSLATE_NOOP("RequestKind", "Status enquiry"),
    "communication": QT_TRANSLATE_NOOP("RequestKind", "Answer to a payer query")})
PREAUTH_STATUS_LABEL = Labels("PreauthStatus", {
    "requested": QT_TRANSLATE_NOOP("PreauthStatus", "requested"),
    "pended": QT_TRANSLATE_NOOP("PreauthStatus", "pended by the payer"),
    "approved": QT_TRANSLATE_NOOP("PreauthStatus", "approved"),
    "partial": QT_TRANSLATE_NOOP("PreauthStatus", "partly approved"),
    "denied": QT_TRANSLATE_NOOP("PreauthStatus", "denied"),
    "expired": QT_TRANSLATE_NOOP("PreauthStatus", "expired")})
LINE_STATUS_LABEL = Labels("RemittanceLineStatus", {
    "posted": QT_TRANSLATE_NOOP("RemittanceLineStatus", "posted"),
    "unmatched": QT_TRANSLATE_NOOP("RemittanceLineStatus", "unmatched"),
    "refused": QT_TRANSLATE_NOOP("RemittanceLineStatus", "refused"),
    "resolved": QT_TRANSLATE_NOOP("RemittanceLineStatus", "closed")})
# The payer's decision on one claimed item (ClaimItem.verdict)
VERDICT_LABEL = Labels("ClaimItemVerdict", {
    "approved": QT_TRANSLATE_NOOP("ClaimItemVerdict", "approved"),
    "reduced": QT_TRANSLATE_NOOP("ClaimItemVerdict", "reduced"),
    "rejected": QT_TRANSLATE_NOOP("ClaimItemVerdict", "rejected")})

# What a payer query's answer may carry (insurance.query_attachment checks the same).
ATTACHMENT_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
                    ".txt": "text/plain"}
MAX_ATTACHMENTS = 10
# All documents of one answer together (insurance.answer_query): they travel base64 in one message, and the
# exchange profile refuses a message over 5 MiB.
MAX_ANSWER_BYTES = 3_500_000


def _rows(session: Session, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(text(sql), params or {}).mappings()]


def _one(session: Session, sql: str, params: dict[str, Any] | None = None) -> Any:
    return session.execute(text(sql), params or {}).scalar_one()


class Counted(i18n.Context):
    """The counted phrases of this module (i18n.Context: lupdate reads their plurals)."""

    def minutes_ago(self, n: int) -> str:
        return self.tr("%n min ago", None, n)

    def hours_ago(self, n: int) -> str:
        return self.tr("%n h ago", None, n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n days ago", None, n)

    def failed_after(self, attempts: int) -> str:
        """'failed after 3 attempts, {age}: {error}' (fields filled by the caller)."""
        return self.tr("failed after %n attempt(s), {age}: {error}", None, attempts)


_COUNTED = Counted()


def age_text(seconds: float) -> str:
    """'just now', '5 min ago', '2 h ago', '3 days ago'."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return QCoreApplication.translate("Insurance", "just now")
    if seconds < 3600:
        return _COUNTED.minutes_ago(int(seconds // 60))
    if seconds < 2 * 86400:
        return _COUNTED.hours_ago(int(seconds // 3600))
    return _COUNTED.days_ago(int(seconds // 86400))


# ---------------------------------------------------------------------------------------------------------------
# Eligibility (reception and billing)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Eligibility:
    """The patient's coverage in force today, its last eligibility request and the payer's last answer
    (insurance.patient_eligibility). `covered` is None until the payer answered."""
    coverage_id: int
    payer_name: str
    plan_name: str
    member_number: str
    request_id: int | None
    request_status: str | None
    requested_at: datetime | None
    last_error: str | None
    covered: bool | None
    plan_code: str | None
    benefit_start: date | None
    benefit_end: date | None
    benefits: list[dict[str, Any]]
    excluded_items: list[str]
    disposition: str | None
    answered_at: datetime | None
    valid_hours: int
    stale: bool
    now: datetime

    @property
    def waiting(self) -> bool:
        return self.request_status in ("queued", "sent")

    @property
    def failed(self) -> bool:
        return self.request_status == "failed"

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    def answer_age(self) -> str:
        return age_text((self.now - self.answered_at).total_seconds()) if self.answered_at else ""


def benefit_text(benefit: dict[str, Any]) -> str:
    """One benefit as the payer gave it: 'visits: 9 of 12 left'. Only the fields the payer sent are shown."""
    category = str(benefit.get("category") or QCoreApplication.translate("Insurance", "benefit"))
    unit = str(benefit.get("unit") or "")
    left, allowed, used = benefit.get("remaining"), benefit.get("allowed"), benefit.get("used")

    def number(value: Any) -> str:
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
            return str(value)
        if unit == "amount":
            return number_text(Decimal(str(value)), 2)
        return number_text(int(value)) if value == int(value) else number_text(value, 2)

    values = {"category": category, "left": number(left), "allowed": number(allowed), "used": number(used)}
    if left is not None and allowed is not None:
        return QCoreApplication.translate("Insurance", "{category}: {left} of {allowed} left").format(**values)
    if left is not None:
        return QCoreApplication.translate("Insurance", "{category}: {left} left").format(**values)
    if allowed is not None and used is not None:
        return QCoreApplication.translate("Insurance", "{category}: {allowed} allowed, {used} used").format(**values)
    if allowed is not None:
        return QCoreApplication.translate("Insurance", "{category}: {allowed} allowed").format(**values)
    return category


def patient_eligibility(session: Session, patient_id: int) -> Eligibility | None:
    """None: the patient has no coverage in force today."""
    rows = _rows(session, "SELECT e.*, now() AS now FROM insurance.patient_eligibility(:p) e", {"p": patient_id})
    if not rows:
        return None
    r = rows[0]
    benefits = r["benefits"] if r["benefits"] is not None else []
    if isinstance(benefits, str):
        benefits = json.loads(benefits)
    return Eligibility(**{**r, "benefits": [b for b in benefits if isinstance(b, dict)],
                          "excluded_items": list(r["excluded_items"] or [])})


def request_eligibility(session: Session, patient_id: int, item_codes: list[str] | None = None) -> int:
    return _one(session, "SELECT insurance.request_eligibility(:p, CAST(:c AS text[]))",
                {"p": patient_id, "c": list(item_codes or [])})


# ---------------------------------------------------------------------------------------------------------------
# Claims: the outbox requests of a claim, warnings, queries and remittance lines (billing)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class PayerRequest:
    id: int
    kind: str
    status: str
    attempts: int
    last_error: str | None
    requested_at: datetime
    sent_at: datetime | None
    answered_at: datetime | None
    next_attempt_at: datetime
    now: datetime

    @property
    def label(self) -> str:
        return REQUEST_KIND_LABEL.label(self.kind)

    @property
    def state_text(self) -> str:
        """'queued 2 min ago', 'sent, waiting for the payer (sent 5 min ago)', 'answered 1 h ago',
        'failed after 3 attempts, 1 h ago: <error>'."""
        if self.status == "queued":
            age = age_text((self.now - self.requested_at).total_seconds())
            if self.attempts and self.last_error:
                return QCoreApplication.translate("PayerRequest", "queued {age}, attempt {attempt} failed: {error}"
                                                  ).format(age=age, attempt=number_text(self.attempts), error=self.last_error)
            return QCoreApplication.translate("PayerRequest", "queued {age}").format(age=age)
        if self.status == "sent":
            since = self.sent_at or self.requested_at
            return QCoreApplication.translate("PayerRequest", "sent, waiting for the payer (sent {age})").format(
                age=age_text((self.now - since).total_seconds()))
        if self.status == "answered":
            return QCoreApplication.translate("PayerRequest", "answered {age}").format(
                age=age_text((self.now - (self.answered_at or self.requested_at)).total_seconds()))
        return _COUNTED.failed_after(self.attempts).format(
            age=age_text((self.now - self.requested_at).total_seconds()),
            error=self.last_error or QCoreApplication.translate("PayerRequest", "no reason given"))


def claim_requests(session: Session, claim_id: int) -> list[PayerRequest]:
    """The claim's own request, its status enquiries and answers to queries, newest first."""
    return [PayerRequest(**r) for r in _rows(session, """
        SELECT r.id, r.kind, r.status, r.attempts, r.last_error, r.requested_at, r.sent_at, r.answered_at,
               r.next_attempt_at, now() AS now
          FROM insurance.request r WHERE r.claim_id = :c ORDER BY r.id DESC""", {"c": claim_id})]


def submit_claim(session: Session, claim_id: int) -> int:
    """Queue a draft claim for its payer (the gateway sends it). Returns the outbox request."""
    return _one(session, "SELECT insurance.submit_claim(:c)", {"c": claim_id})


def request_claim_status(session: Session, claim_id: int) -> int:
    return _one(session, "SELECT insurance.request_claim_status(:c)", {"c": claim_id})


def retry_request(session: Session, request_id: int) -> None:
    session.execute(text("SELECT insurance.retry_request(:r)"), {"r": request_id})


@dataclass
class ClaimWarning:
    kind: str      # preauthorization_missing | admission_unauthorized | not_covered | eligibility_stale
    message: str


WARNING_TITLE = Labels("ClaimWarning", {
    "preauthorization_missing": QT_TRANSLATE_NOOP("ClaimWarning", "Pre-authorisation missing"),
    "admission_unauthorized": QT_TRANSLATE_NOOP("ClaimWarning", "Admission not pre-authorised"),
    "not_covered": QT_TRANSLATE_NOOP("ClaimWarning", "Not covered"),
    "eligibility_stale": QT_TRANSLATE_NOOP("ClaimWarning", "Eligibility out of date")})


def claim_warnings(session: Session, patient_id: int, charge_ids: list[int] | None = None) -> list[ClaimWarning]:
    return [ClaimWarning(**r) for r in _rows(session, "SELECT kind, message FROM insurance.claim_warnings(:p, "
                                                      "CAST(:c AS bigint[]))", {"p": patient_id, "c": charge_ids})]


@dataclass
class ClaimItem:
    sequence: int
    code: str
    description: str
    claimed_amount: Decimal
    approved_amount: Decimal | None
    reason: str | None

    @property
    def verdict(self) -> str:
        """approved / reduced / rejected from the amounts; '' until the payer decided."""
        if self.approved_amount is None:
            return ""
        if self.approved_amount <= 0:
            return "rejected"
        return "approved" if self.approved_amount >= self.claimed_amount else "reduced"


def claim_items(session: Session, claim_id: int) -> list[ClaimItem]:
    return [ClaimItem(**r) for r in _rows(session, """
        SELECT ci.sequence, l.code, l.description, ci.claimed_amount, ci.approved_amount, ci.reason
          FROM billing.claim_item ci JOIN billing.invoice_line l ON l.id = ci.invoice_line_id
         WHERE ci.claim_id = :c ORDER BY ci.sequence""", {"c": claim_id})]


@dataclass
class ClaimDetail:
    items: list[ClaimItem]
    requests: list[PayerRequest]
    queries: list[PayerQuery]
    remittance_lines: list[RemittanceLine]


def claim_detail(session: Session, claim_id: int) -> ClaimDetail:
    return ClaimDetail(claim_items(session, claim_id), claim_requests(session, claim_id),
                       payer_queries(session, claim_id=claim_id), remittance_lines(session, claim_id=claim_id))


# ---------------------------------------------------------------------------------------------------------------
# Payer queries (billing)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class PayerQuery:
    id: int
    payer: str
    claim_id: int | None
    preauthorization_id: int | None
    patient_name: str
    payer_reference: str
    question: str
    requested_documents: list[str]
    status: str
    answer: str | None
    answered_at: datetime | None
    answered_by: str | None
    received_at: datetime
    attachments: list[str] = field(default_factory=list)

    @property
    def subject(self) -> str:
        if self.claim_id:
            return QCoreApplication.translate("PayerQuery", "claim {id}").format(id=self.claim_id)
        return QCoreApplication.translate("PayerQuery", "pre-authorisation {id}").format(id=self.preauthorization_id)


def payer_queries(session: Session, status: str | None = None, claim_id: int | None = None,
                  limit: int = 500) -> list[PayerQuery]:
    """Open first (oldest first), then answered (newest first)."""
    rows = _rows(session, """
        SELECT q.id, py.name AS payer, q.claim_id, q.preauthorization_id,
               p.family_name || ', ' || p.given_name AS patient_name, q.payer_reference, q.question,
               q.requested_documents, q.status, q.answer, q.answered_at, s.full_name AS answered_by, q.received_at,
               coalesce((SELECT array_agg(a.title ORDER BY a.id) FROM insurance.query_attachment a
                          WHERE a.query_id = q.id), '{}') AS attachments
          FROM insurance.payer_query q JOIN billing.payer py ON py.id = q.payer_id
          LEFT JOIN billing.claim c ON c.id = q.claim_id
          LEFT JOIN billing.invoice i ON i.id = c.invoice_id
          LEFT JOIN insurance.preauthorization pa ON pa.id = q.preauthorization_id
          JOIN registry.patient p ON p.id = coalesce(i.patient_id, pa.patient_id)
          LEFT JOIN core.staff s ON s.id = q.answered_by
         WHERE (CAST(:s AS text) IS NULL OR q.status = :s) AND (CAST(:c AS bigint) IS NULL OR q.claim_id = :c)
         ORDER BY q.status = 'answered', CASE WHEN q.status = 'open' THEN q.received_at END,
                  q.answered_at DESC, q.id DESC
         LIMIT :l""", {"s": status, "c": claim_id, "l": limit})
    return [PayerQuery(**{**r, "patient_name": display_name(r["patient_name"]),
                          "requested_documents": list(r["requested_documents"] or []),
                          "attachments": list(r["attachments"] or [])}) for r in rows]


@dataclass
class Attachment:
    title: str
    content_type: str
    content: bytes

    def as_json(self) -> dict[str, str]:
        return {"title": self.title, "content_type": self.content_type,
                "content_base64": base64.b64encode(self.content).decode("ascii")}


def attachment_problem(name: str, size: int) -> str | None:
    """Why a file cannot go with an answer (type or size), in a sentence; None when it can."""
    file = Path(name).name
    if Path(name).suffix.lower() not in ATTACHMENT_TYPES:
        return QCoreApplication.translate("Insurance", "{file}: only PDF, PNG, JPEG and text files can be sent to a "
                                          "payer.").format(file=file)
    if size <= 0:
        return QCoreApplication.translate("Insurance", "{file} is empty.").format(file=file)
    if size > MAX_ANSWER_BYTES:
        return QCoreApplication.translate("Insurance", "{file} is {size} MB: at most 3.5 MB of documents go with one "
                                          "answer (scan at a lower resolution, or split it).").format(
            file=file, size=number_text(size / 1e6, 1))
    return None


def read_attachment(path: str | Path) -> Attachment:
    """A file chosen to go with an answer, checked (ValueError with the sentence to show)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValueError(QCoreApplication.translate("Insurance", "{file} cannot be read: {error}").format(
            file=path.name, error=exc.strerror or exc)) from exc
    problem = attachment_problem(path.name, size)
    if problem:
        raise ValueError(problem)
    content = path.read_bytes()
    return Attachment(path.name[:200], ATTACHMENT_TYPES[path.suffix.lower()], content)


def answer_query(session: Session, query_id: int, answer: str, attachments: list[Attachment]) -> int:
    """Answer with text and documents; the gateway sends it as a Communication. Returns the outbox request."""
    return _one(session, "SELECT insurance.answer_query(:q, :a, CAST(:f AS jsonb))",
                {"q": query_id, "a": answer, "f": json.dumps([a.as_json() for a in attachments])})


# ---------------------------------------------------------------------------------------------------------------
# Pre-authorisations (billing lists them; billing and the ward ask for them)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Preauthorization:
    id: int
    patient_id: int
    patient_name: str
    mrn: str
    payer: str
    admission_id: int | None
    reason: str
    status: str
    requested_amount: Decimal
    approved_amount: Decimal | None
    currency: str
    payer_reference: str | None
    valid_from: date | None
    valid_until: date | None
    outcome_reason: str | None
    requested_at: datetime
    answered_at: datetime | None
    items: str
    request_status: str | None
    request_error: str | None
    today: date

    @property
    def shown_status(self) -> str:
        """The status as the payer gave it, except that an approval past its valid_until is expired."""
        if self.status in ("approved", "partial") and self.valid_until is not None and self.valid_until < self.today:
            return "expired"
        return self.status


def preauthorizations(session: Session, limit: int = 500) -> list[Preauthorization]:
    return [Preauthorization(**{**r, "patient_name": display_name(r["patient_name"])}) for r in _rows(session, """
        SELECT pa.id, pa.patient_id, p.family_name || ', ' || p.given_name AS patient_name, p.mrn, py.name AS payer,
               pa.admission_id, pa.reason, pa.status, pa.requested_amount, pa.approved_amount, pa.currency,
               pa.payer_reference, pa.valid_from, pa.valid_until, pa.outcome_reason, pa.requested_at, pa.answered_at,
               (SELECT string_agg(i.description || CASE WHEN i.quantity <> 1 THEN ' × ' || trim_scale(i.quantity)
                                                        ELSE '' END, '; ' ORDER BY i.sequence)
                  FROM insurance.preauthorization_item i WHERE i.preauthorization_id = pa.id) AS items,
               r.status AS request_status, r.last_error AS request_error, billing.local_day(now()) AS today
          FROM insurance.preauthorization pa
          JOIN registry.patient p ON p.id = pa.patient_id JOIN billing.payer py ON py.id = pa.payer_id
          LEFT JOIN LATERAL (SELECT x.status, x.last_error FROM insurance.request x
                              WHERE x.preauthorization_id = pa.id AND x.kind = 'preauthorization'
                              ORDER BY x.id DESC LIMIT 1) r ON true
         ORDER BY pa.requested_at DESC, pa.id DESC LIMIT :l""", {"l": limit})]


@dataclass
class PreauthorizationItem:
    sequence: int
    price_code: str
    description: str
    quantity: Decimal
    amount: Decimal
    approved_amount: Decimal | None
    reason: str | None


def preauthorization_items(session: Session, preauthorization_id: int) -> list[PreauthorizationItem]:
    return [PreauthorizationItem(**r) for r in _rows(session, """
        SELECT sequence, price_code, description, quantity, amount, approved_amount, reason
          FROM insurance.preauthorization_item WHERE preauthorization_id = :p ORDER BY sequence""",
                                                      {"p": preauthorization_id})]


@dataclass
class PriceChoice:
    code: str
    name: str
    amount: Decimal
    currency: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code}) · {money_text(self.amount, self.currency)}"


def price_choices(session: Session) -> list[PriceChoice]:
    """Today's price list (every staff role may read it)."""
    return [PriceChoice(**r) for r in _rows(session, """
        SELECT pi.code, pi.name, pi.amount, pi.currency FROM billing.price_item pi
         WHERE pi.valid_from <= billing.local_day(now())
           AND (pi.valid_to IS NULL OR pi.valid_to >= billing.local_day(now()))
         ORDER BY pi.name, pi.code""")]


@dataclass
class CoveredPatient:
    patient_id: int
    name: str
    mrn: str
    payer: str
    plan: str
    member_number: str

    @property
    def label(self) -> str:
        return QCoreApplication.translate("CoveredPatient", "{name} · {mrn} · {payer} {plan}, member {member}").format(
            name=self.name, mrn=self.mrn, payer=self.payer, plan=self.plan, member=self.member_number)


def covered_patients(session: Session, search: str, limit: int = 30) -> list[CoveredPatient]:
    """Patients with a coverage in force today whose name or MRN matches (billing)."""
    words = [w for w in search.replace(",", " ").split() if w][:4]
    if not words:
        return []
    where = " AND ".join(f"(p.mrn ILIKE :w{k} OR p.family_name ILIKE :w{k} OR p.given_name ILIKE :w{k})"
                         for k in range(len(words)))
    params: dict[str, Any] = {f"w{k}": w.replace("%", r"\%").replace("_", r"\_") + "%" for k, w in enumerate(words)}
    rows = _rows(session, f"""
        SELECT p.id AS patient_id, p.family_name || ', ' || p.given_name AS name, p.mrn, py.name AS payer,
               pl.name AS plan, cv.member_number
          FROM registry.patient p
          JOIN billing.coverage cv ON cv.patient_id = p.id AND cv.status = 'active'
                                  AND cv.valid_from <= billing.local_day(now())
                                  AND (cv.valid_to IS NULL OR cv.valid_to >= billing.local_day(now()))
          JOIN billing.plan pl ON pl.id = cv.plan_id JOIN billing.payer py ON py.id = pl.payer_id
         WHERE p.merged_into_id IS NULL AND {where}
         ORDER BY p.family_name, p.given_name, p.id LIMIT :l""", {**params, "l": limit})
    return [CoveredPatient(**{**r, "name": display_name(r["name"])}) for r in rows]


def patient_admissions(session: Session, patient_id: int) -> list[dict[str, Any]]:
    """The patient's stays of the last year (billing may link a pre-authorisation to one)."""
    return _rows(session, """
        SELECT a.id, a.admitted_at, a.discharged_at FROM adt.admission a
         WHERE a.patient_id = :p AND a.admitted_at >= now() - interval '1 year'
         ORDER BY a.admitted_at DESC""", {"p": patient_id})


def request_preauthorization(session: Session, patient_id: int, items: list[tuple[str, Decimal]], reason: str,
                             admission_id: int | None = None) -> int:
    """items: (price code, quantity). Returns the pre-authorisation."""
    payload = [{"price_code": code, "quantity": str(quantity)} for code, quantity in items]
    return _one(session, "SELECT insurance.request_preauthorization(:p, CAST(:i AS jsonb), :r, :a)",
                {"p": patient_id, "i": json.dumps(payload), "r": reason, "a": admission_id})


# ---------------------------------------------------------------------------------------------------------------
# Remittances (billing)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Remittance:
    id: int
    payer_id: int
    payer: str
    payer_reference: str
    payment_date: date
    total: Decimal
    currency: str
    received_at: datetime
    line_count: int
    open_lines: int


def remittances(session: Session, limit: int = 300) -> list[Remittance]:
    return [Remittance(**r) for r in _rows(session, """
        SELECT r.id, r.payer_id, py.name AS payer, r.payer_reference, r.payment_date, r.total, r.currency,
               r.received_at,
               (SELECT count(*) FROM insurance.remittance_line l WHERE l.remittance_id = r.id) AS line_count,
               (SELECT count(*) FROM insurance.remittance_line l WHERE l.remittance_id = r.id
                   AND l.status IN ('unmatched', 'refused')) AS open_lines
          FROM insurance.remittance r JOIN billing.payer py ON py.id = r.payer_id
         ORDER BY r.received_at DESC, r.id DESC LIMIT :l""", {"l": limit})]


@dataclass
class RemittanceLine:
    id: int
    remittance_id: int
    remittance_reference: str
    line_no: int
    claim_reference: str
    claim_id: int | None
    invoice_number: str | None
    amount: Decimal
    status: str
    receipt_number: str | None
    note: str | None

    @property
    def open(self) -> bool:
        return self.status in ("unmatched", "refused")


def remittance_lines(session: Session, remittance_id: int | None = None,
                     claim_id: int | None = None) -> list[RemittanceLine]:
    return [RemittanceLine(**r) for r in _rows(session, """
        SELECT l.id, l.remittance_id, r.payer_reference AS remittance_reference, l.line_no, l.claim_reference,
               l.claim_id, i.number AS invoice_number, l.amount, l.status, pm.receipt_number, l.note
          FROM insurance.remittance_line l JOIN insurance.remittance r ON r.id = l.remittance_id
          LEFT JOIN billing.claim c ON c.id = l.claim_id LEFT JOIN billing.invoice i ON i.id = c.invoice_id
          LEFT JOIN billing.payment pm ON pm.id = l.payment_id
         WHERE (CAST(:r AS bigint) IS NULL OR l.remittance_id = :r) AND (CAST(:c AS bigint) IS NULL OR l.claim_id = :c)
         ORDER BY r.received_at DESC, l.remittance_id, l.line_no""", {"r": remittance_id, "c": claim_id})]


@dataclass
class PayerClaim:
    id: int
    invoice_number: str
    patient_name: str
    status: str
    approved_amount: Decimal | None
    paid_amount: Decimal
    currency: str = "GBP"

    @property
    def label(self) -> str:
        values = {"id": self.id, "invoice": self.invoice_number, "patient": self.patient_name,
                  "status": claim_status_label(self.status)}
        if self.approved_amount is None:
            return QCoreApplication.translate("PayerClaim", "Claim {id} · {invoice} · {patient} · {status}").format(
                **values)
        left = money_text(self.approved_amount - self.paid_amount, self.currency)
        return QCoreApplication.translate("PayerClaim", "Claim {id} · {invoice} · {patient} · {status} · {left} not "
                                          "yet paid").format(left=left, **values)


def payer_claims(session: Session, payer_id: int, limit: int = 300) -> list[PayerClaim]:
    """That payer's decided claims, those with something left to pay first."""
    rows = _rows(session, """
        SELECT c.id, i.number AS invoice_number, p.family_name || ', ' || p.given_name AS patient_name, c.status,
               c.approved_amount, c.currency,
               coalesce((SELECT sum(pm.amount) FROM billing.payment pm WHERE pm.claim_id = c.id), 0) AS paid_amount
          FROM billing.claim c JOIN billing.invoice i ON i.id = c.invoice_id
          JOIN registry.patient p ON p.id = i.patient_id
         WHERE c.payer_id = :py AND c.status IN ('approved', 'partial', 'submitted')
         ORDER BY (c.approved_amount IS NOT NULL AND c.approved_amount >
                   coalesce((SELECT sum(pm.amount) FROM billing.payment pm WHERE pm.claim_id = c.id), 0)) DESC,
                  c.created_at DESC LIMIT :l""", {"py": payer_id, "l": limit})
    return [PayerClaim(**{**r, "patient_name": display_name(r["patient_name"])}) for r in rows]


def resolve_remittance_line(session: Session, line_id: int, claim_id: int | None, note: str) -> None:
    """Post the line against a claim of that payer, or (claim None) close it with the note."""
    session.execute(text("SELECT insurance.resolve_remittance_line(:l, :c, :n)"),
                    {"l": line_id, "c": claim_id, "n": note})


# ---------------------------------------------------------------------------------------------------------------
# Payer settings (administrators)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class Payer:
    id: int
    code: str
    name: str


def payers(session: Session) -> list[Payer]:
    return [Payer(**r) for r in _rows(session, "SELECT id, code, name FROM billing.payer ORDER BY name, code")]


@dataclass
class ItemCode:
    id: int
    payer_id: int
    payer: str
    price_code: str
    price_name: str | None
    payer_code: str
    payer_display: str | None
    needs_preauthorization: bool
    active: bool


def item_codes(session: Session) -> list[ItemCode]:
    return [ItemCode(**r) for r in _rows(session, """
        SELECT ic.id, ic.payer_id, py.name AS payer, ic.price_code,
               (SELECT pi.name FROM billing.price_item pi WHERE pi.code = ic.price_code
                 ORDER BY pi.valid_from DESC LIMIT 1) AS price_name,
               ic.payer_code, ic.payer_display, ic.needs_preauthorization, ic.active
          FROM insurance.item_code ic JOIN billing.payer py ON py.id = ic.payer_id
         ORDER BY py.name, ic.price_code""")]


def price_codes(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the current price list, for the administrator's choice."""
    return [(r["code"], r["name"]) for r in _rows(session, """
        SELECT DISTINCT ON (code) code, name FROM billing.price_item ORDER BY code, valid_from DESC""")]


def save_item_code(session: Session, item_id: int | None, payer_id: int, price_code: str, payer_code: str,
                   payer_display: str | None, needs_preauthorization: bool, active: bool) -> int:
    values = {"py": payer_id, "pc": price_code.strip().upper(), "code": payer_code.strip(),
              "disp": (payer_display or "").strip() or None, "pre": needs_preauthorization, "act": active}
    if item_id is None:
        return _one(session, """
            INSERT INTO insurance.item_code (payer_id, price_code, payer_code, payer_display, needs_preauthorization,
                                             active)
            VALUES (:py, :pc, :code, :disp, :pre, :act) RETURNING id""", values)
    session.execute(text("""
        UPDATE insurance.item_code SET payer_code = :code, payer_display = :disp, needs_preauthorization = :pre,
               active = :act WHERE id = :id"""), {**values, "id": item_id})
    return item_id


@dataclass
class PayerPolicy:
    payer_id: int
    payer: str
    code: str
    admission_needs_preauthorization: bool
    eligibility_valid_hours: int
    recorded: bool   # False: the payer has no row yet (the defaults apply)


def payer_policies(session: Session) -> list[PayerPolicy]:
    return [PayerPolicy(**r) for r in _rows(session, """
        SELECT py.id AS payer_id, py.name AS payer, py.code,
               coalesce(pp.admission_needs_preauthorization, false) AS admission_needs_preauthorization,
               coalesce(pp.eligibility_valid_hours, 24) AS eligibility_valid_hours, pp.payer_id IS NOT NULL AS recorded
          FROM billing.payer py LEFT JOIN insurance.payer_policy pp ON pp.payer_id = py.id
         ORDER BY py.name, py.code""")]


def save_payer_policy(session: Session, payer_id: int, admission_needs_preauthorization: bool,
                      eligibility_valid_hours: int) -> None:
    session.execute(text("""
        INSERT INTO insurance.payer_policy (payer_id, admission_needs_preauthorization, eligibility_valid_hours)
        VALUES (:py, :adm, :h)
        ON CONFLICT (payer_id) DO UPDATE
           SET admission_needs_preauthorization = excluded.admission_needs_preauthorization,
               eligibility_valid_hours = excluded.eligibility_valid_hours"""),
                    {"py": payer_id, "adm": admission_needs_preauthorization, "h": eligibility_valid_hours})


# ---------------------------------------------------------------------------------------------------------------
# Statistics (the financial views)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class ClaimMonth:
    month: date
    decided: int
    approved: int
    partial: int
    rejected: int
    claimed_amount: Decimal
    approved_amount: Decimal
    paid_claims: int
    average_days_to_payment: Decimal | None

    @property
    def approval_rate(self) -> float | None:
        """Share of the decided claims approved in full or in part, in per cent."""
        return None if not self.decided else 100.0 * (self.approved + self.partial) / self.decided


@dataclass
class RejectionReason:
    reason: str
    items: int
    amount: Decimal


def claim_statistics(session: Session, first: date, last: date) -> list[ClaimMonth]:
    return [ClaimMonth(**r) for r in _rows(session, "SELECT * FROM insurance.claim_statistics(:f, :t)",
                                           {"f": first, "t": last})]


def rejection_reasons(session: Session, first: date, last: date) -> list[RejectionReason]:
    return [RejectionReason(**r) for r in _rows(session, "SELECT * FROM insurance.claim_rejection_reasons(:f, :t)",
                                                {"f": first, "t": last})]
