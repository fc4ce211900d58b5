"""A small local HTTP server that behaves like a national insurance claims API (FHIR R4 REST), for the
claims adapter tests, the screenshots and the demo (`hospital-desktop --demo` starts one and points the demo
payers at it, so a clerk can send claims and get answers without a network).

POST /Claim with an Idempotency-Key header: the Claim is validated (fhir.resources R4B), registered once per key,
and adjudicated by the server's `mode`:
  accept   every item paid in full
  partial  the first item in full, the others (or a single item) at half, with a reason
  reject   nothing paid, with a reason
  queued   outcome 'queued' (no decision yet)
  mixed    per claim, decided by its key: mostly accept, some partial, a few reject (the demo)
A retry with a key already registered gets the stored ClaimResponse and registers nothing. `delays` makes the
first N requests sleep after registering (so the client times out although the payer has the claim: the retry
must not create a second one); `fail_next` answers the next N requests with HTTP 503 before registering."""
from __future__ import annotations

import json
import threading
import time
import uuid
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from fhir.resources.R4B.claim import Claim
from fhir.resources.R4B.claimresponse import ClaimResponse


class FakeInsurer:
    def __init__(self, mode: str = "accept"):
        self.mode = mode
        self.delays: list[float] = []
        self.fail_next = 0
        self.requests: list[str] = []           # idempotency keys, one per request received
        self.registered: dict[str, dict] = {}   # key -> ClaimResponse
        self.claims: dict[str, dict] = {}       # key -> Claim as received
        self.lock = threading.Lock()
        insurer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # noqa: ANN002 - quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                insurer.handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/fhir"

    def start(self) -> FakeInsurer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- the API -----------------------------------------------------------------------------------------------
    def _answer(self, handler: BaseHTTPRequestHandler, status: int, body: dict) -> None:
        payload = json.dumps(body).encode()
        try:
            handler.send_response(status)
            handler.send_header("Content-Type", "application/fhir+json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (a timeout test)

    def handle(self, handler: BaseHTTPRequestHandler) -> None:
        if handler.path.rstrip("/") != "/fhir/Claim":
            self._answer(handler, 404, {"resourceType": "OperationOutcome", "issue": [{"severity": "error",
                                                                                      "code": "not-found"}]})
            return
        key = handler.headers.get("Idempotency-Key", "")
        body = handler.rfile.read(int(handler.headers.get("Content-Length", 0)))
        with self.lock:
            self.requests.append(key)
            if self.fail_next > 0:
                self.fail_next -= 1
                fail = True
            else:
                fail = False
        if fail:
            self._answer(handler, 503, {"resourceType": "OperationOutcome",
                                        "issue": [{"severity": "error", "code": "transient"}]})
            return
        try:
            claim = Claim.model_validate(json.loads(body))
        except Exception as exc:  # noqa: BLE001 - any invalid document
            self._answer(handler, 422, {"resourceType": "OperationOutcome",
                                        "issue": [{"severity": "error", "code": "invalid",
                                                   "diagnostics": str(exc)[:300]}]})
            return
        if not key:
            self._answer(handler, 400, {"resourceType": "OperationOutcome",
                                        "issue": [{"severity": "error", "code": "required",
                                                   "diagnostics": "Idempotency-Key header missing"}]})
            return
        with self.lock:
            response = self.registered.get(key)
            if response is None:
                response = self.adjudicate(claim)
                self.registered[key] = response
                self.claims[key] = json.loads(body)
            delay = self.delays.pop(0) if self.delays else 0.0
        if delay:
            time.sleep(delay)
        self._answer(handler, 201, response)

    def adjudicate(self, claim: Claim) -> dict:
        if self.mode == "mixed":
            key = next((i.value for i in claim.identifier or [] if i.value), "") or ""
            roll = sum(key.encode()) % 10
            previous, self.mode = self.mode, "accept" if roll < 7 else "partial" if roll < 9 else "reject"
            try:
                return self.adjudicate(claim)
            finally:
                self.mode = previous
        currency = claim.total.currency if claim.total else "GBP"
        items, total = [], Decimal("0")
        for index, item in enumerate(claim.item or []):
            net = Decimal(str(item.net.value))
            if self.mode == "accept" or (self.mode == "partial" and index == 0 and len(claim.item) > 1):
                paid, reason = net, None
            elif self.mode == "partial":
                paid, reason = (net / 2).quantize(Decimal("0.01")), "Tariff limit: half of the bed-day rate"
            else:
                paid, reason = Decimal("0"), "Not covered on the date of service"
            total += paid
            adjudication = [{"category": {"coding": [{"code": "submitted"}], "text": "submitted"},
                             "amount": {"value": float(net), "currency": currency}},
                            {"category": {"coding": [{"code": "benefit"}], "text": "benefit"},
                             "amount": {"value": float(paid), "currency": currency}}]
            if reason:
                adjudication[1]["reason"] = {"text": reason}
            items.append({"itemSequence": item.sequence, "adjudication": adjudication})
        outcome = {"accept": "complete", "partial": "partial", "reject": "complete", "queued": "queued"}[self.mode]
        doc = {
            "resourceType": "ClaimResponse", "id": f"cr-{uuid.uuid4().hex[:12]}",
            "identifier": [{"system": "urn:national-insurance:claim", "value": f"NHI-{uuid.uuid4().hex[:10].upper()}"}],
            "status": "active", "type": claim.type.model_dump(mode="json", exclude_none=True), "use": "claim",
            "patient": {"display": "patient of the claim"}, "created": "2026-11-26T02:00:00+00:00",
            "insurer": {"display": "National Health Insurance"}, "outcome": outcome,
            "disposition": {"accept": "Claim settled in full", "partial": "Claim partially settled",
                            "reject": "Claim rejected", "queued": "Claim queued for review"}[self.mode],
        }
        if self.mode != "queued":
            doc["item"] = items
            doc["total"] = [{"category": {"coding": [{"code": "benefit"}], "text": "benefit"},
                             "amount": {"value": float(total), "currency": currency}}]
        return ClaimResponse.model_validate(doc).model_dump(mode="json", exclude_none=True)


def start_demo_insurer(admin_url: str) -> FakeInsurer:
    """Start a fake insurer (mode mixed) on a free local port and point every demo payer's claims API at it."""
    import psycopg

    insurer = FakeInsurer(mode="mixed").start()
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute("UPDATE billing.payer SET api_url = %s WHERE code IN ('NHI', 'MEDIPLUS')", (insurer.url,))
    return insurer
