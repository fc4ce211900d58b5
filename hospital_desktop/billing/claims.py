"""The claims adapter: sends a FHIR Claim to a national insurance API and records the answer (no Qt).

Protocol (FHIR R4 REST): POST {api_url}/Claim with the Claim as application/fhir+json and an `Idempotency-Key`
header; the answer is a ClaimResponse (HTTP 200/201). Timeouts, connection errors, 408, 429 and 5xx are retried
with the SAME key and the SAME document (stored in billing.claim at the first attempt), so a payer that registered
the claim before the connection broke answers the retry with the claim it already has instead of a second one.
Other 4xx answers are final errors (the claim stays submitted with the error for a clerk to look at).

`submit_claim(db, claim_id)` runs the whole exchange: each attempt is recorded in the database in its own short
transaction before it is sent (the HTTP call never holds a database transaction open)."""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import text

from server_db.insurance_gateway.fhir import Adjudication, read_response

from . import queries

RETRY_HTTP = {408, 429, 500, 502, 503, 504}


class ClaimsApiError(Exception):
    """The payer's API could not be reached or refused the request; `retryable` says whether trying again
    (with the same idempotency key) may help."""

    def __init__(self, message: str, *, retryable: bool, status: int | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.status = status


@dataclass
class AdapterSettings:
    timeout_seconds: float = 10.0
    max_attempts: int = 3
    backoff_seconds: float = 0.5


class ClaimsAdapter:
    def __init__(self, api_url: str, settings: AdapterSettings | None = None,
                 sleep: Callable[[float], None] = time.sleep):
        if not api_url or not api_url.startswith(("http://", "https://")):
            raise ValueError(f"the payer has no usable claims API address ({api_url or 'none'})")
        self.api_url = api_url.rstrip("/")
        self.settings = settings or AdapterSettings()
        self.sleep = sleep

    def send_once(self, document: dict[str, Any], idempotency_key: str) -> dict[str, Any]:
        body = json.dumps(document).encode("utf-8")
        request = urllib.request.Request(
            f"{self.api_url}/Claim", data=body, method="POST",
            headers={"Content-Type": "application/fhir+json", "Accept": "application/fhir+json",
                     "Idempotency-Key": idempotency_key})
        try:
            with urllib.request.urlopen(request, timeout=self.settings.timeout_seconds) as answer:
                payload = answer.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:500].decode("utf-8", "replace")
            raise ClaimsApiError(f"the insurance API answered HTTP {exc.code}: {detail or exc.reason}",
                                 retryable=exc.code in RETRY_HTTP, status=exc.code) from exc
        except TimeoutError as exc:
            raise ClaimsApiError(f"the insurance API did not answer within {self.settings.timeout_seconds:g} s",
                                 retryable=True) from exc
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise ClaimsApiError(f"the insurance API did not answer within {self.settings.timeout_seconds:g} s",
                                     retryable=True) from exc
            raise ClaimsApiError(f"the insurance API cannot be reached: {exc.reason}", retryable=True) from exc
        except (ConnectionError, OSError) as exc:
            raise ClaimsApiError(f"the connection to the insurance API broke: {exc}", retryable=True) from exc
        try:
            return json.loads(payload)
        except ValueError as exc:
            raise ClaimsApiError("the insurance API answered something that is not JSON", retryable=False) from exc

    def submit(self, document: dict[str, Any], idempotency_key: str,
               before_attempt: Callable[[int], None] | None = None) -> tuple[dict[str, Any], int]:
        """Send until answered or attempts run out. Returns (ClaimResponse JSON, attempts made)."""
        last: ClaimsApiError | None = None
        for attempt in range(1, self.settings.max_attempts + 1):
            if before_attempt is not None:
                before_attempt(attempt)
            try:
                return self.send_once(document, idempotency_key), attempt
            except ClaimsApiError as exc:
                last = exc
                if not exc.retryable or attempt == self.settings.max_attempts:
                    break
                self.sleep(self.settings.backoff_seconds * attempt)
        assert last is not None
        raise last


@dataclass
class SubmitResult:
    claim_id: int
    outcome: str             # approved | partial | rejected | pending | error
    approved: Decimal
    attempts: int
    message: str


def adapter_settings(session) -> AdapterSettings:  # noqa: ANN001
    values = dict(session.execute(text(
        "SELECT key, value #>> '{}' FROM core.setting WHERE key IN ('claims_timeout_seconds', 'claims_max_attempts')"
    )).all())
    return AdapterSettings(timeout_seconds=float(values.get("claims_timeout_seconds", 10)),
                           max_attempts=max(1, int(values.get("claims_max_attempts", 3))))


def submit_claim(db, claim_id: int, *, settings: AdapterSettings | None = None,  # noqa: ANN001
                 sleep: Callable[[float], None] = time.sleep) -> SubmitResult:
    """Build (or reuse) the claim's FHIR document, send it through the adapter and record the answer.
    `db` is anything whose `session()` is one short transaction: core.ops.Steps (the claims view, through
    Operations.run_steps) or a core.session.Database."""
    with db.session() as session:
        info = queries.claim_submission(session, claim_id)
        settings = settings or adapter_settings(session)
    adapter = ClaimsAdapter(info.api_url or "", settings, sleep=sleep)

    made = [0]

    def record_attempt(attempt: int) -> None:
        made[0] = attempt
        with db.session() as session:
            session.execute(text("SELECT billing.claim_attempt(:c, CAST(:doc AS jsonb))"),
                            {"c": claim_id, "doc": json.dumps(info.document)})

    try:
        answer, attempts = adapter.submit(info.document, info.idempotency_key, before_attempt=record_attempt)
    except ClaimsApiError as exc:
        with db.session() as session:
            session.execute(text("SELECT billing.claim_failed(:c, :e)"), {"c": claim_id, "e": str(exc)})
        return SubmitResult(claim_id, "error", Decimal("0"), made[0], str(exc))
    try:
        result: Adjudication = read_response(answer, info.claimed)
    except ValueError as exc:
        with db.session() as session:
            session.execute(text("SELECT billing.claim_failed(:c, :e)"), {"c": claim_id, "e": str(exc)})
        return SubmitResult(claim_id, "error", Decimal("0"), attempts, str(exc))
    if result.outcome == "pending":
        with db.session() as session:
            session.execute(text("SELECT billing.claim_failed(:c, :e)"),
                            {"c": claim_id, "e": "queued by the payer: check for the answer later"})
        return SubmitResult(claim_id, "pending", Decimal("0"), attempts, "The payer queued the claim.")
    with db.session() as session:
        session.execute(text(
            "SELECT billing.record_claim_response(:c, :o, :a, :ref, :reason, CAST(:doc AS jsonb), CAST(:items AS jsonb))"),
            {"c": claim_id, "o": result.outcome, "a": result.approved, "ref": result.payer_reference,
             "reason": result.reason, "doc": json.dumps(result.document), "items": json.dumps(result.items)})
    return SubmitResult(claim_id, result.outcome, result.approved, attempts,
                        {"approved": "Approved in full.", "partial": "Partially approved.",
                         "rejected": "Rejected."}[result.outcome] + (f" {result.reason}" if result.reason else ""))
