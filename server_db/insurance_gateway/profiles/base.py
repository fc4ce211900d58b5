"""The interface between the insurance gateway and the payers: the gateway hands a profile an `Outgoing` FHIR
document from its outbox and records whatever comes back — an `Answer` (synchronous payers), an `Accepted`
(asynchronous payers: the answer arrives later through `collect()`), or a `PayerError` saying whether trying
again with the same request id may help. Retries, deduplication (by `Answer.message_id`) and storage are the
gateway's job; a profile keeps no state a restart would need.

Every document is checked as FHIR R4 before it leaves and when it arrives (fhir.validated). Correlation: an
answer names the claim or eligibility request it is about by our business identifier (fhir.business_key), which
is also the `correlation_id` of every message of that cycle — so an answer that arrives after a gateway restart
(when `request_id` may be unknown to a synchronous profile) still finds its claim."""
from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Protocol

from .. import fhir

KINDS = ("eligibility", "preauthorization", "claim", "status", "communication", "cancel")
RETRYABLE_HTTP = {408, 425, 429, 500, 502, 503, 504}
ANSWER_TYPES = {"CoverageEligibilityResponse", "ClaimResponse", "CommunicationRequest", "PaymentReconciliation",
                "OperationOutcome"}
# What each kind must carry, so a mix-up in the outbox is refused before it reaches a payer.
DOCUMENT_TYPES = {"eligibility": "CoverageEligibilityRequest", "preauthorization": "Claim", "claim": "Claim",
                  "status": "Task", "communication": "Communication", "cancel": "Task"}


@dataclass(frozen=True)
class Outgoing:
    request_id: str   # uuid string: the outbox row's idempotency key; every retry sends the same id and document
    kind: str         # 'eligibility' | 'preauthorization' | 'claim' | 'status' | 'communication' | 'cancel'
    document: dict    # the FHIR R4 resource to send (CoverageEligibilityRequest, Claim, Communication, Task, ...)


@dataclass(frozen=True)
class Answer:
    message_id: str            # the payer's unique id of this answer message; the same answer arriving twice has the same id
    request_id: str | None     # the Outgoing it answers; None for payer-initiated messages (CommunicationRequest, PaymentReconciliation)
    correlation_id: str | None
    document: dict             # CoverageEligibilityResponse | ClaimResponse | CommunicationRequest | PaymentReconciliation | OperationOutcome


@dataclass(frozen=True)
class Accepted:                # asynchronous profiles: the payer took the request (HTTP 202); the answer comes later
    request_id: str
    correlation_id: str


class PayerError(Exception):
    """The payer could not be reached, refused the request, or answered something unusable. `retryable`: sending
    the same request id and document again may help (timeouts, connection errors, 408/429/5xx); `status`: the
    HTTP status when there was one."""

    def __init__(self, message: str, *, retryable: bool, status: int | None = None):
        super().__init__(message)
        self.retryable = retryable
        self.status = status


class PayerProfile(Protocol):
    payer_code: str

    def send(self, out: Outgoing) -> Answer | Accepted: ...   # raises PayerError

    def collect(self) -> list[Answer]: ...   # answers that arrived by callback or polling since the last call, plus payer-initiated messages; never blocks long

    def close(self) -> None: ...


def checked_outgoing(out: Outgoing, max_bytes: int | None = None) -> tuple[dict, str]:
    """The outgoing document validated as FHIR R4 and of the type its kind needs, with its correlation (our
    business key). A document that cannot be sent is a PayerError that no retry will fix."""
    if out.kind not in KINDS:
        raise PayerError(f"unknown request kind {out.kind!r}", retryable=False)
    try:
        document = fhir.validated(out.document)
    except ValueError as exc:
        raise PayerError(f"refused before sending: {exc}", retryable=False) from exc
    if document["resourceType"] != DOCUMENT_TYPES[out.kind]:
        raise PayerError(f"a {out.kind} request carries a {DOCUMENT_TYPES[out.kind]}, "
                         f"not a {document['resourceType']}", retryable=False)
    if out.kind in ("claim", "preauthorization") and document.get("use") != out.kind:
        raise PayerError(f"a {out.kind} request carries a Claim with use {out.kind!r}", retryable=False)
    if max_bytes is not None and len(json.dumps(document).encode()) > max_bytes:
        raise PayerError(f"the document is over the payer's message limit of {max_bytes} bytes", retryable=False)
    correlation = fhir.business_key(document)
    if not correlation:
        raise PayerError("the document names no claim or eligibility request by our identifier", retryable=False)
    return document, correlation


def checked_answer(document: object) -> dict:
    """An arriving document validated as one of the answer types (ValueError otherwise)."""
    if not isinstance(document, dict) or document.get("resourceType") not in ANSWER_TYPES:
        kind = document.get("resourceType") if isinstance(document, dict) else type(document).__name__
        raise ValueError(f"not an answer document: {kind}")
    return fhir.validated(document)


def http(method: str, url: str, body: bytes | None, headers: dict[str, str],
         timeout: float) -> tuple[int, bytes]:
    """One HTTP exchange: (status, body) for any answer the server gave, PayerError(retryable) when there was
    none (timeout, refused or broken connection)."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except TimeoutError as exc:
        raise PayerError(f"{url} did not answer within {timeout:g} s", retryable=True) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise PayerError(f"{url} did not answer within {timeout:g} s", retryable=True) from exc
        raise PayerError(f"{url} cannot be reached: {exc.reason}", retryable=True) from exc
    except OSError as exc:  # connection reset or broken mid-answer
        raise PayerError(f"the connection to {url} broke: {exc}", retryable=True) from exc


def status_error(url: str, status: int, body: bytes) -> PayerError:
    detail = body[:300].decode("utf-8", "replace")
    return PayerError(f"{url} answered HTTP {status}: {detail}", retryable=status in RETRYABLE_HTTP, status=status)
