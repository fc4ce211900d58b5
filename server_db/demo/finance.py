"""Demo data: payers, plans and coverage rules, patients' coverage, invoices (issued and voided with credit
notes), payments and refunds, daily cash closes, and claims in every state.

Everything money-related goes through the billing functions (the *_as variants, which take the staff member and
the time, so the past can be replayed in order): invoice, credit note and receipt numbers are gapless and in
time order. The events of the past few months are replayed from one time-ordered queue. Only the payer's side of
a claim (its answer) is written directly, as the payer would have answered it. Bounded: at most
MAX_INVOICES invoices however many patients are loaded."""
from __future__ import annotations

import heapq
import json
import random
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import count

import psycopg

from ..insurance_gateway.fhir import ClaimData, ClaimLine, build_claim

MAX_INVOICES = 600
DAYS_BACK = 400

PAYERS = [  # code, name, kind, identifier (their addresses live in the gateway's configuration)
    ("NHI", "National Health Insurance", "national", "urn:oid:2.16.840.1.113883.2.1.4.1"),
    ("MEDIPLUS", "MediPlus Private Health", "private", "MEDIPLUS-UK-0042"),
]
PLANS = [  # payer, code, name, {group: (percent, copay)}
    ("NHI", "STD", "Statutory cover", {"consultation": ("80", "5.00"), "lab_test": ("100", "0"),
                                       "drug": ("70", "2.00"), "bed_day": ("90", "15.00")}),
    ("MEDIPLUS", "GOLD", "Gold", {"consultation": ("100", "0"), "lab_test": ("100", "0"), "drug": ("100", "0"),
                                  "bed_day": ("100", "0")}),
    ("MEDIPLUS", "SILVER", "Silver", {"consultation": ("60", "10.00"), "lab_test": ("80", "0"),
                                      "drug": ("50", "0"), "bed_day": ("75", "25.00")}),
]
VOID_REASONS = ["Billed to the wrong patient", "Coverage was not on file when invoiced",
                "Duplicate invoice for the same visit", "Patient disputed an item: corrected and re-issued"]
PARTIAL_REASON = "Tariff limit for this service"
REJECT_REASONS = ["Member not covered on the date of service", "Service not included in the plan"]


# What the demo payers want (insurance.payer_policy, insurance.item_code): MediPlus pre-authorises admissions and
# surgical ward stays; both have their own codes for the consultations and bed-days they pay.
PAYER_POLICIES = [("NHI", False, 24), ("MEDIPLUS", True, 12)]  # payer, admissions need pre-authorisation, hours
PAYER_ITEM_CODES = [  # payer, our price code, the payer's code, its name, needs pre-authorisation
    ("NHI", "CONS-GEN", "NHI-OPD-01", "Outpatient consultation, general", False),
    ("NHI", "CONS-CARD", "NHI-OPD-07", "Outpatient consultation, specialist", False),
    ("NHI", "CONS-ER", "NHI-EMR-01", "Emergency attendance", False),
    ("NHI", "BED-MEDW", "NHI-IPD-10", "Inpatient day, medical", False),
    ("NHI", "BED-SURGW", "NHI-IPD-20", "Inpatient day, surgical", False),
    ("MEDIPLUS", "CONS-CARD", "MP-C-220", "Specialist consultation", False),
    ("MEDIPLUS", "BED-MEDW", "MP-H-100", "Hospital day, medical", False),
    ("MEDIPLUS", "BED-SURGW", "MP-H-200", "Hospital day, surgical", True),
]


def _reference_data(conn: psycopg.Connection) -> None:
    for code, name, kind, identifier in PAYERS:
        conn.execute("INSERT INTO billing.payer (code, name, kind, identifier) VALUES (%s, %s, %s, %s) "
                     "ON CONFLICT (code) DO NOTHING", (code, name, kind, identifier))
    for payer, code, name, rules in PLANS:
        conn.execute("INSERT INTO billing.plan (payer_id, code, name) SELECT id, %s, %s FROM billing.payer "
                     "WHERE code = %s ON CONFLICT (payer_id, code) DO NOTHING", (code, name, payer))
        for group, (percent, copay) in rules.items():
            conn.execute("""
                INSERT INTO billing.coverage_rule (plan_id, group_code, coverage_percent, copay_amount)
                SELECT pl.id, %s, %s, %s FROM billing.plan pl JOIN billing.payer py ON py.id = pl.payer_id
                 WHERE py.code = %s AND pl.code = %s
                ON CONFLICT (plan_id, group_code) DO NOTHING""", (group, percent, copay, payer, code))
    for payer, needs_preauthorization, hours in PAYER_POLICIES:
        conn.execute("""
            INSERT INTO insurance.payer_policy (payer_id, admission_needs_preauthorization, eligibility_valid_hours)
            SELECT id, %s, %s FROM billing.payer WHERE code = %s ON CONFLICT (payer_id) DO NOTHING""",
                     (needs_preauthorization, hours, payer))
    for payer, price_code, payer_code, display, needs_preauthorization in PAYER_ITEM_CODES:
        conn.execute("""
            INSERT INTO insurance.item_code (payer_id, price_code, payer_code, payer_display, needs_preauthorization)
            SELECT id, %s, %s, %s, %s FROM billing.payer WHERE code = %s
            ON CONFLICT (payer_id, price_code) DO NOTHING""", (price_code, payer_code, display, needs_preauthorization,
                                                               payer))


def _coverage(conn: psycopg.Connection, start_id: int, staff: int, rng: random.Random) -> int:
    """About 60 % of the new patients are insured: most by the national insurance, some privately."""
    plans = conn.execute("SELECT pl.id, py.code FROM billing.plan pl JOIN billing.payer py ON py.id = pl.payer_id "
                         "ORDER BY pl.id").fetchall()
    national = [p for p, code in plans if code == "NHI"]
    private = [p for p, code in plans if code != "NHI"]
    patients = [r[0] for r in conn.execute(
        "SELECT id FROM registry.patient p WHERE id > %s AND merged_into_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM billing.coverage c WHERE c.patient_id = p.id) ORDER BY id", (start_id,))]
    rows = []
    for patient in patients:
        if rng.random() >= 0.6:
            continue
        plan = rng.choice(national) if rng.random() < 0.8 or not private else rng.choice(private)
        prefix = "NHI" if plan in national else "MP"
        since = datetime(2019, 1, 1) + timedelta(days=rng.randint(0, 1800))
        rows.append((patient, plan, f"{prefix}{rng.randint(10**8, 10**9 - 1)}", since.date(), staff))
    with conn.cursor() as cur:
        cur.executemany("INSERT INTO billing.coverage (patient_id, plan_id, member_number, valid_from, created_by) "
                        "VALUES (%s, %s, %s, %s, %s)", rows)
    return len(rows)


def _claim_document(conn: psycopg.Connection, claim_id: int) -> dict:
    h = conn.execute("""
        SELECT c.id, c.idempotency_key::text, i.number, c.created_at, c.currency, p.id, p.mrn, p.family_name,
               p.given_name, p.birth_date, p.sex, cv.id, cv.member_number, pl.code, pl.name, py.identifier, py.name,
               (SELECT value #>> '{}' FROM core.setting WHERE key = 'hospital_name'),
               (SELECT value #>> '{}' FROM core.setting WHERE key = 'hospital_tax_id')
          FROM billing.claim c JOIN billing.invoice i ON i.id = c.invoice_id
          JOIN registry.patient p ON p.id = i.patient_id JOIN billing.coverage cv ON cv.id = c.coverage_id
          JOIN billing.plan pl ON pl.id = cv.plan_id JOIN billing.payer py ON py.id = c.payer_id
         WHERE c.id = %s""", (claim_id,)).fetchone()
    lines = [ClaimLine(*r) for r in conn.execute("""
        SELECT ci.sequence, l.code, l.description, l.service_date, l.quantity, l.unit_amount, ci.claimed_amount
          FROM billing.claim_item ci JOIN billing.invoice_line l ON l.id = ci.invoice_line_id
         WHERE ci.claim_id = %s ORDER BY ci.sequence""", (claim_id,))]
    return build_claim(ClaimData(*h, lines=lines), validate=False)


def _response_document(claim_id: int, outcome: str, reference: str, approved: Decimal, currency: str,
                       reason: str | None, at: datetime) -> dict:
    return {"resourceType": "ClaimResponse", "id": f"demo-{claim_id}",
            "identifier": [{"system": "urn:national-insurance:claim", "value": reference}],
            "status": "active", "type": {"coding": [{"code": "institutional"}]}, "use": "claim",
            "patient": {"display": "patient of the claim"}, "created": at.isoformat(),
            "insurer": {"display": "payer"}, "outcome": "partial" if outcome == "partial" else "complete",
            "disposition": reason or "Claim settled in full",
            "total": [{"category": {"coding": [{"code": "benefit"}], "text": "benefit"},
                       "amount": {"value": float(approved), "currency": currency}}]}


class _Replay:
    """Past billing events in time order: each event may schedule later ones."""

    def __init__(self) -> None:
        self.queue: list[tuple[datetime, int, Callable[[], None]]] = []
        self.order = count()

    def at(self, when: datetime, event: Callable[[], None]) -> None:
        heapq.heappush(self.queue, (when, next(self.order), event))

    def run(self, until: datetime) -> None:
        while self.queue:
            when, _, event = heapq.heappop(self.queue)
            if when <= until:
                event()


def load_finance(conn: psycopg.Connection, start_id: int, seed: int, summary) -> None:  # noqa: ANN001
    """Add this domain's demo rows for the patients after start_id (through the normal triggers)."""
    rng = random.Random(seed * 31 + 8)
    _reference_data(conn)
    staff_row = conn.execute("SELECT id FROM core.staff WHERE username = 'billing1'").fetchone()
    if staff_row is None:
        return
    staff = staff_row[0]
    summary.coverages = _coverage(conn, start_id, staff, rng)
    now = conn.execute("SELECT now()").fetchone()[0]
    visits = conn.execute("""
        SELECT c.patient_id, c.encounter_id, array_agg(c.id ORDER BY c.id), max(e.ended_at),
               (SELECT cv.id FROM billing.coverage cv WHERE cv.patient_id = c.patient_id AND cv.status = 'active'
                  AND cv.valid_from <= min(c.service_date) LIMIT 1)
          FROM billing.charge c JOIN clinical.encounter e ON e.id = c.encounter_id
         WHERE c.patient_id > %s AND c.status = 'open' AND c.service_date >= billing.local_day(now()) - %s
           AND e.ended_at < now() - interval '2 hours'
         GROUP BY c.patient_id, c.encounter_id
         ORDER BY max(e.ended_at) DESC LIMIT %s""", (start_id, DAYS_BACK, MAX_INVOICES)).fetchall()
    counts = {"invoices": 0, "credit_notes": 0, "payments": 0, "claims": 0}
    replay = _Replay()

    def minutes(low: int, high: int) -> timedelta:
        return timedelta(minutes=rng.randint(low, high))

    def issue(patient: int, charges: list[int], coverage: int | None, at: datetime, allow_void: bool) -> None:
        invoice = conn.execute("SELECT billing.issue_invoice_as(%s, %s, %s, %s, %s, NULL)",
                               (staff, at, patient, charges, coverage)).fetchone()[0]
        counts["invoices"] += 1
        patient_share, payer_share = conn.execute(
            "SELECT patient_share, payer_share FROM billing.invoice WHERE id = %s", (invoice,)).fetchone()
        roll = rng.random()
        if allow_void and roll < 0.07:
            later = at + timedelta(days=rng.randint(1, 6), minutes=rng.randint(0, 300))
            replay.at(later, lambda: void(invoice, patient, charges, coverage, later))
            return
        if payer_share > 0:
            created = at + timedelta(days=1, minutes=rng.randint(0, 240))
            replay.at(created, lambda: claim(invoice, created))
        if patient_share > 0:
            pay_roll = rng.random()
            method = rng.choices(["cash", "card", "bank_transfer"], [0.45, 0.45, 0.1])[0]
            paid_at = at + minutes(2, 20)
            if pay_roll < 0.6:  # paid at the desk
                replay.at(paid_at, lambda: pay(invoice, method, patient_share, paid_at))
            elif pay_roll < 0.75:  # a part now
                part = (patient_share * Decimal(rng.choice(["0.3", "0.5"]))).quantize(Decimal("0.01"))
                replay.at(paid_at, lambda: pay(invoice, method, part, paid_at))

    def void(invoice: int, patient: int, charges: list[int], coverage: int | None, at: datetime) -> None:
        conn.execute("SELECT billing.void_invoice_as(%s, %s, %s, %s)", (staff, at, invoice, rng.choice(VOID_REASONS)))
        counts["credit_notes"] += 1
        if rng.random() < 0.7:  # re-issued a little later
            again = at + minutes(5, 90)
            replay.at(again, lambda: issue(patient, charges, coverage, again, allow_void=False))

    def pay(invoice: int, method: str, amount: Decimal, at: datetime) -> None:
        if conn.execute("SELECT EXISTS (SELECT 1 FROM billing.cash_close WHERE cashier_id = %s "
                        "AND business_day = billing.local_day(%s))", (staff, at)).fetchone()[0]:
            return  # a day closed by an earlier demo load: left unpaid
        conn.execute("SELECT billing.take_payment_as(%s, %s, %s, %s, %s, %s)",
                     (staff, at, invoice, method, amount, f"AUTH{rng.randint(100000, 999999)}" if method == "card" else None))
        counts["payments"] += 1

    def claim(invoice: int, at: datetime) -> None:
        claim_id = conn.execute("SELECT billing.create_claim_as(%s, %s, %s)", (staff, at, invoice)).fetchone()[0]
        counts["claims"] += 1
        fate = rng.choices(["draft", "submitted", "approved", "partial", "rejected"], [0.06, 0.1, 0.54, 0.16, 0.14])[0]
        if fate == "draft":
            return
        sent = at + minutes(10, 600)
        document = _claim_document(conn, claim_id)
        conn.execute("UPDATE billing.claim SET status = 'submitted', fhir_claim = %s, attempts = 1, "
                     "last_attempt_at = %s, submitted_at = %s WHERE id = %s",
                     (json.dumps(document), sent, sent, claim_id))
        if fate == "submitted":
            return
        answered = sent + timedelta(days=rng.randint(1, 6), minutes=rng.randint(0, 600))
        replay.at(answered, lambda: answer(claim_id, fate, answered))

    def answer(claim_id: int, fate: str, at: datetime) -> None:
        claimed, currency = conn.execute("SELECT claimed_amount, currency FROM billing.claim WHERE id = %s",
                                         (claim_id,)).fetchone()
        items = conn.execute("SELECT id, claimed_amount FROM billing.claim_item WHERE claim_id = %s ORDER BY sequence",
                             (claim_id,)).fetchall()
        reason = None
        if fate == "approved":
            approved_items = [(i, amount, None) for i, amount in items]
        elif fate == "rejected":
            reason = rng.choice(REJECT_REASONS)
            approved_items = [(i, Decimal("0"), reason) for i, _ in items]
        else:
            reason = PARTIAL_REASON
            approved_items = [(i, (amount * Decimal("0.6")).quantize(Decimal("0.01")), PARTIAL_REASON)
                              for i, amount in items]
        approved = sum((a for _, a, _ in approved_items), Decimal("0"))
        if fate == "partial" and (approved <= 0 or approved >= claimed):
            fate, reason = "approved", None
            approved_items = [(i, amount, None) for i, amount in items]
            approved = claimed
        reference = f"NHI-{rng.randint(10**9, 10**10 - 1)}"
        for item_id, amount, item_reason in approved_items:
            conn.execute("UPDATE billing.claim_item SET approved_amount = %s, reason = %s WHERE id = %s",
                         (amount, item_reason, item_id))
        conn.execute("UPDATE billing.claim SET status = %s, approved_amount = %s, payer_reference = %s, "
                     "outcome_reason = %s, fhir_response = %s, answered_at = %s WHERE id = %s",
                     (fate, approved, reference, reason,
                      json.dumps(_response_document(claim_id, fate, reference, approved, currency, reason, at)), at,
                      claim_id))
        if approved > 0 and rng.random() < 0.85:
            paid_at = at + timedelta(days=rng.randint(1, 7))
            replay.at(paid_at, lambda: payer_pays(claim_id, approved, paid_at))

    def payer_pays(claim_id: int, amount: Decimal, at: datetime) -> None:
        conn.execute("SELECT billing.post_payer_payment_as(%s, %s, %s, %s, %s)",
                     (staff, at, claim_id, amount, f"REMIT-{rng.randint(10**6, 10**7 - 1)}"))
        counts["payments"] += 1

    for patient, _encounter, charges, ended, coverage in visits:
        at = max(ended, now - timedelta(days=DAYS_BACK)) + timedelta(hours=rng.randint(1, 48))
        if at < now - timedelta(minutes=30):
            replay.at(at, lambda p=patient, c=charges, cov=coverage, t=at: issue(p, c, cov, t, allow_void=True))
    replay.run(until=now - timedelta(minutes=5))
    # Cash closes of every past day billing1 took cash on (today's drawer stays open).
    days = conn.execute("""
        SELECT DISTINCT billing.local_day(p.received_at) FROM billing.payment p
         WHERE p.received_by = %s AND p.method <> 'insurance' AND p.cash_close_id IS NULL
           AND billing.local_day(p.received_at) < billing.local_day(now()) ORDER BY 1""", (staff,)).fetchall()
    for (day,) in days:
        expected = conn.execute("SELECT coalesce(sum(amount), 0) FROM billing.payment WHERE received_by = %s "
                                "AND method = 'cash' AND cash_close_id IS NULL AND billing.local_day(received_at) = %s",
                                (staff, day)).fetchone()[0]
        short = rng.random() < 0.08 and expected > 1
        counted = expected - Decimal("0.50") if short else expected
        conn.execute("""
            SELECT billing.close_cash_as(%(s)s, least(now(), (%(d)s::date + time '18:30') AT TIME ZONE coalesce(
                       (SELECT value #>> '{}' FROM core.setting WHERE key = 'clinic_timezone'),
                       current_setting('TimeZone'))), %(d)s, %(c)s, %(n)s)""",
                     {"s": staff, "d": day, "c": counted, "n": "Coin short in the drawer" if short else None})
    summary.invoices = counts["invoices"]
    summary.credit_notes = counts["credit_notes"]
    summary.payments = counts["payments"]
    summary.claims = counts["claims"]
