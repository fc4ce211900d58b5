"""The openIMIS profile: a payer running openIMIS' FHIR R4 module (openimis-be-api_fhir_r4_py), synchronous.

- `POST {base}/api_fhir_r4/login/` with {"username", "password"} gives a JWT (`token`, `exp`), sent as
  `Authorization: Bearer`; the profile logs in again when the token is about to expire or a request is answered
  401 (once per request).
- eligibility → `POST CoverageEligibilityRequest/` → CoverageEligibilityResponse; claim and pre-authorisation →
  `POST Claim/` → ClaimResponse (`outcome: queued` when the payer decides later); status →
  `GET ClaimResponse/?request:identifier=…`; our reply to a query → `POST Communication/` (Accepted: the decision
  comes by polling).
- `collect()` polls `ClaimResponse/`, `CommunicationRequest/` and `PaymentReconciliation/` with
  `_lastUpdated=gt<the previous answer's Bundle.meta.lastUpdated>`: decisions made later (queued claims, claims decided after a query), the payer's
  queries and its remittances.

Deviations from openIMIS: an `Idempotency-Key` header (the outbox request id) so a payer can recognise a retry
(openIMIS recognises a claim by its code); cancel is `POST Task/` (NPHIES style; openIMIS has no cancel);
openIMIS pays through its own payment module, we read FHIR PaymentReconciliation. Retrying is the gateway's
job: timeouts, connection errors, 408/429/5xx are retryable PayerErrors."""
from __future__ import annotations

import json
import logging
import threading
import time
import urllib.parse
from datetime import datetime

from .. import fhir
from .base import (Accepted, Answer, Outgoing, PayerError, checked_answer, checked_outgoing, http,
                   status_error)

log = logging.getLogger(__name__)
POST_PATHS = {"eligibility": "CoverageEligibilityRequest/", "claim": "Claim/", "preauthorization": "Claim/",
              "communication": "Communication/", "cancel": "Task/"}
FEED = ("ClaimResponse", "CommunicationRequest", "PaymentReconciliation")
RENEW_BEFORE_SECONDS = 30  # log in again this long before the token expires, so it does not expire in flight


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value)


class OpenImisProfile:
    def __init__(self, payer_code: str, base_url: str, username: str, password: str, *,
                 timeout_seconds: float = 10.0, max_message_bytes: int | None = None):
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"payer {payer_code}: base_url must be an http(s) address, not {base_url!r}")
        self.payer_code = payer_code
        self.api = base_url.rstrip("/") + "/api_fhir_r4/"
        self.username, self._password = username, password
        self.timeout = timeout_seconds
        self.max_message_bytes = max_message_bytes
        self._token: str | None = None
        self._token_expires = 0.0
        self._login_lock = threading.Lock()
        self._origins: dict[str, str] = {}     # correlation (our claim key) -> the request that opened the cycle
        self._seen_until: dict[str, str] = {}  # feed resource type -> the newest meta.lastUpdated collected

    # -- the JWT ------------------------------------------------------------------------------------------------
    def _login(self) -> str:
        body = json.dumps({"username": self.username, "password": self._password}).encode()
        status, answer = http("POST", self.api + "login/", body, {"Content-Type": "application/json"},
                              self.timeout)
        if status in (400, 401, 403):
            raise PayerError(f"payer {self.payer_code} refused the login of {self.username}", retryable=False,
                             status=status)
        if status != 200:
            raise status_error(self.api + "login/", status, answer)
        try:
            values = json.loads(answer)
            token, expires = values["token"], float(values["exp"])
        except (ValueError, KeyError, TypeError) as exc:
            raise PayerError(f"payer {self.payer_code}: the login answer has no token and exp",
                             retryable=False) from exc
        self._token, self._token_expires = token, expires
        return token

    def _bearer(self, renew: bool) -> str:
        with self._login_lock:
            if renew or self._token is None or time.time() > self._token_expires - RENEW_BEFORE_SECONDS:
                return self._login()
            return self._token

    def _call(self, method: str, path: str, body: bytes | None = None,
              headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        url = self.api + path
        for renew in (False, True):
            all_headers = {"Accept": "application/fhir+json", "Authorization": f"Bearer {self._bearer(renew)}",
                           **(headers or {})}
            status, answer = http(method, url, body, all_headers, self.timeout)
            if status != 401:
                return status, answer
        raise PayerError(f"payer {self.payer_code} refused a fresh token", retryable=False, status=401)

    # -- PayerProfile -------------------------------------------------------------------------------------------
    def send(self, out: Outgoing) -> Answer | Accepted:
        document, correlation = checked_outgoing(out, self.max_message_bytes)
        if out.kind == "status":
            return self._status(out, correlation)
        status, body = self._call("POST", POST_PATHS[out.kind], json.dumps(document).encode(),
                                  {"Content-Type": "application/fhir+json", "Idempotency-Key": out.request_id})
        if not 200 <= status < 300:
            raise status_error(self.api + POST_PATHS[out.kind], status, body)
        if out.kind in ("claim", "preauthorization", "eligibility"):
            self._origins[correlation] = out.request_id
        if out.kind == "communication":  # openIMIS answers with the stored Communication; the decision comes later
            return Accepted(out.request_id, correlation)
        answer = self._valid_answer(body)
        return Answer(answer["id"], out.request_id, correlation, answer)

    def _valid_answer(self, body: bytes) -> dict:
        """The synchronous answer, valid and with the payer's id (our message id), or a PayerError."""
        try:
            answer = checked_answer(json.loads(body))
        except ValueError as exc:
            raise PayerError(f"payer {self.payer_code} answered an invalid document: {exc}", retryable=False) from exc
        if not answer.get("id"):
            raise PayerError(f"payer {self.payer_code} answered a document without an id", retryable=False)
        return answer

    def _status(self, out: Outgoing, correlation: str) -> Answer:
        query = urllib.parse.urlencode({"request:identifier": f"{fhir.CLAIM_ID_SYSTEM}|{correlation}"})
        status, body = self._call("GET", f"ClaimResponse/?{query}")
        if status != 200:
            raise status_error(self.api + "ClaimResponse/", status, body)
        answers, _ = self._bundle_resources(body, "ClaimResponse")
        if not answers:
            raise PayerError(f"payer {self.payer_code} has no answer for claim {correlation}", retryable=False,
                             status=404)
        latest = max(answers, key=lambda d: (d.get("meta") or {}).get("lastUpdated", ""))
        return Answer(latest["id"], out.request_id, correlation, latest)

    def _bundle_resources(self, body: bytes, kind: str) -> tuple[list[dict], str | None]:
        """The valid resources of a search Bundle (invalid ones are dropped with a logged reason) and the Bundle's
        meta.lastUpdated."""
        try:
            bundle = fhir.validated(json.loads(body))
        except ValueError as exc:
            raise PayerError(f"payer {self.payer_code}: the search answer is not a FHIR Bundle: {exc}",
                             retryable=False) from exc
        resources = []
        for entry in bundle.get("entry") or []:
            resource = entry.get("resource") or {}
            try:
                if resource.get("resourceType") != kind or not resource.get("id"):
                    raise ValueError(f"a {resource.get('resourceType')} without id in a {kind} search")
                resources.append(checked_answer(resource))
            except ValueError as exc:
                log.warning("payer %s: dropped a %s from the feed: %s", self.payer_code, kind, exc)
        return resources, (bundle.get("meta") or {}).get("lastUpdated")

    def collect(self) -> list[Answer]:
        answers: list[Answer] = []
        for kind in FEED:
            query = {"_sort": "_lastUpdated"}
            if kind in self._seen_until:
                query["_lastUpdated"] = f"gt{self._seen_until[kind]}"
            try:
                status, body = self._call("GET", f"{kind}/?{urllib.parse.urlencode(query)}")
                if status != 200:
                    raise status_error(self.api + kind, status, body)
                resources, newest = self._bundle_resources(body, kind)
            except PayerError as exc:  # the next call tries again from the same point
                log.warning("payer %s: polling %s failed: %s", self.payer_code, kind, exc)
                continue
            # The next poll starts after the Bundle's lastUpdated (the newest change it covers), else after the
            # newest resource: a resource that reappears unchanged keeps its own meta, so its content stays equal.
            stamps = [newest] if newest else [(d.get("meta") or {}).get("lastUpdated") for d in resources]
            for stamp in filter(None, stamps):
                if kind not in self._seen_until or _instant(stamp) > _instant(self._seen_until[kind]):
                    self._seen_until[kind] = stamp
            for document in resources:
                correlation = fhir.business_key(document)
                request_id = self._origins.get(correlation) if kind == "ClaimResponse" else None
                answers.append(Answer(document["id"], request_id, correlation, document))
        return answers

    def close(self) -> None:
        self._token = None
