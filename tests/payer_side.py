"""The payer's side, played from plain SQL by the insurance gateway's own login (`insurancegateway`): take the due
requests from the outbox, mark them sent, and record what the payer answered through insurance.gateway_record —
with the same plain-dict readings the gateway makes of FHIR documents (server_db/insurance_gateway/fhir.py;
tests/test_insurance_outbox.py). No HTTP, no mock: the database functions are the real ones."""
from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from typing import Any

import psycopg

GATEWAY = "insurancegateway"


def _dicts(cur: psycopg.Cursor) -> list[dict[str, Any]]:
    return [dict(zip([d.name for d in cur.description], row, strict=True)) for row in cur.fetchall()]


def take(gateway: psycopg.Connection, match: Callable[[dict], bool], timeout: float = 15.0) -> dict:
    """The first due request that matches, taken (and leased for 1 s, so requests of other tests taken on the way
    are soon due again). Waits for a request another take leased."""
    deadline = time.monotonic() + timeout
    while True:
        rows = _dicts(gateway.execute("SELECT * FROM insurance.gateway_take(500, 1)"))
        found = [r for r in rows if match(r)]
        if found:
            return found[0]
        if time.monotonic() > deadline:
            raise AssertionError("no due request of that kind in the outbox")
        time.sleep(0.3)


def of_patient(patient_id: int, kind: str) -> Callable[[dict], bool]:
    def match(row: dict) -> bool:
        subject = row["subject"] or {}
        return row["kind"] == kind and (subject.get("patient") or {}).get("id") == patient_id
    return match


def sent(gateway: psycopg.Connection, row: dict, answer_within_seconds: int = 600) -> None:
    """The payer took the request (HTTP 202): its document is fixed and it waits for the answer."""
    document = {"resourceType": {"eligibility": "CoverageEligibilityRequest", "communication": "Communication"}
                .get(row["kind"], "Claim"), "id": str(row["request_id"])}
    gateway.execute("SELECT insurance.gateway_fix_document(%s, %s)", (row["id"], json.dumps(document)))
    gateway.execute("SELECT insurance.gateway_sent(%s, %s, %s)", (row["id"], f"corr-{row['id']}", answer_within_seconds))


def failed(gateway: psycopg.Connection, row: dict, error: str) -> str:
    return gateway.execute("SELECT insurance.gateway_failed(%s, %s, false)", (row["id"], error)).fetchone()[0]


def record(gateway: psycopg.Connection, payer: str, request_id: Any, document: dict, reading: dict) -> str:
    """One payer message, recorded once under a fresh message id. Returns what the database made of it."""
    return gateway.execute("SELECT insurance.gateway_record(%s, %s, %s, %s, %s)",
                           (payer, f"msg-{uuid.uuid4().hex[:12]}", request_id, json.dumps(document),
                            json.dumps(reading))).fetchone()[0]


def payer_of(row: dict) -> str:
    return row["payer_code"]


def answer_eligibility(gateway: psycopg.Connection, row: dict, *, covered: bool = True, plan_code: str = "STD",
                       benefit_start: str | None = "2026-01-01", benefit_end: str | None = "2026-12-31",
                       benefits: list[dict] | None = None, excluded_items: list[str] | None = None,
                       disposition: str | None = "Policy active") -> str:
    reading = {"covered": covered, "plan_code": plan_code, "benefit_start": benefit_start, "benefit_end": benefit_end,
               "benefits": benefits if benefits is not None else [], "excluded_items": excluded_items or [],
               "disposition": disposition}
    return record(gateway, payer_of(row), row["request_id"],
                  {"resourceType": "CoverageEligibilityResponse", "outcome": "complete"}, reading)


def answer_claim(gateway: psycopg.Connection, row: dict, items: list[dict] | None = None, *,
                 approved: float | None = None, payer_reference: str = "NHI-1", reason: str | None = None,
                 outcome: str = "complete") -> str:
    """items: [{"sequence", "approved", "reason"}] (per-item adjudication); or approved for the whole claim."""
    reading: dict[str, Any] = {"outcome": "pending" if outcome == "queued" else "approved",
                               "payer_reference": payer_reference, "reason": reason}
    if items is not None:
        reading["items"] = items
    if approved is not None:
        reading["approved"] = approved
    return record(gateway, payer_of(row), row["request_id"],
                  {"resourceType": "ClaimResponse", "status": "active", "use": "claim", "outcome": outcome}, reading)


def answer_preauthorization(gateway: psycopg.Connection, row: dict, *, outcome: str = "approved",
                            preauth_ref: str = "PA-1", period: tuple[str, str] | None = None,
                            items: list[dict] | None = None, reason: str | None = None) -> str:
    reading: dict[str, Any] = {"outcome": outcome, "preauth_ref": preauth_ref, "reason": reason,
                               "items": items or []}
    if period is not None:
        reading["period_start"], reading["period_end"] = period
    return record(gateway, payer_of(row), row["request_id"],
                  {"resourceType": "ClaimResponse", "status": "active", "use": "preauthorization",
                   "outcome": "complete"}, reading)


def raise_query(gateway: psycopg.Connection, payer: str, about: Any, question: str,
                documents: list[str] | None = None, reference: str | None = None) -> str:
    """A CommunicationRequest about a claim (its idempotency key) or a pre-authorisation (its request id)."""
    reading = {"about": str(about), "question": question, "requested_documents": documents or [],
               "payer_reference": reference or f"Q-{uuid.uuid4().hex[:8]}"}
    return record(gateway, payer, None, {"resourceType": "CommunicationRequest", "status": "active"}, reading)


def send_remittance(gateway: psycopg.Connection, payer: str, lines: list[tuple[Any, float]], *,
                    reference: str | None = None, payment_date: str = "2026-12-01", currency: str = "GBP") -> str:
    """lines: (claim reference — our claim's idempotency key or the payer's reference —, amount)."""
    reading = {"payer_reference": reference or f"PAY-{uuid.uuid4().hex[:8]}", "payment_date": payment_date,
               "total": round(sum(a for _, a in lines), 2), "currency": currency,
               "lines": [{"claim_reference": str(ref), "amount": amount} for ref, amount in lines]}
    return record(gateway, payer, None, {"resourceType": "PaymentReconciliation", "status": "active"}, reading)
