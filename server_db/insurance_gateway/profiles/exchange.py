"""The exchange profile: an asynchronous national health claims exchange in the style of India's NHCX (the HCX
protocol, hcx-project/hcx-specs), with Saudi NPHIES touches.

Sending: `POST {base}/v1/<resource>/<action>` with `{"payload": "<JWE>"}` (hcx.py: the FHIR document in a Bundle,
encrypted to the payer's public key, the protocol headers in the protected header: our request id as
`x-hcx-request_id`, a fresh `x-hcx-api_call_id` per call, our claim or eligibility key as
`x-hcx-correlation_id`). The payer answers HTTP 202 at once (`Accepted`); the answer comes later to our callback
receiver: `coverageeligibility/on_check`, `preauth/on_submit`, `claim/on_submit`, `task/on_request`, and the
payer's own `communication/request` (a query) and `paymentnotice/request` (a remittance). The receiver, a small
threaded HTTP server this profile starts on `callback_listen`, decrypts them with our private key, checks the
codes and the FHIR, answers 202 and queues an `Answer` for `collect()` — message id = the payer's
`x-hcx-api_call_id`, request id = the `x-hcx-request_id` it echoes.

Polling: a request with no final answer after `poll_after_seconds` is asked about with `POST /v1/hcx/status`
(a status Task, correlation = the cycle) at most once per interval.

Deviations: `/hcx/status` answers synchronously with the cycle's latest answer sealed to us (HCX sends it to
`/hcx/on_status`; NPHIES' poll is synchronous like this), or 202 when there is none yet; cancel is a Task to
`/v1/task/request` (NPHIES has cancel Tasks, HCX has no cancel); the payer's remittance is a FHIR
PaymentReconciliation (NPHIES) inside `paymentnotice/request`, and we do not send `paymentnotice/on_request`
acknowledgements; no API token from an HCX gateway (we talk to the payer directly, see hcx.py); documents over
`max_message_bytes` are refused before sending, as NPHIES limits message size."""
from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from joserfc.jwk import RSAKey

from .. import fhir
from . import hcx
from .base import (RETRYABLE_HTTP, Accepted, Answer, Outgoing, PayerError, checked_answer, checked_outgoing, http,
                   status_error)

log = logging.getLogger(__name__)
VERSION = "v1"
REQUEST_PATHS = {"eligibility": "coverageeligibility/check", "preauthorization": "preauth/submit",
                 "claim": "claim/submit", "communication": "communication/on_request", "cancel": "task/request",
                 "status": "hcx/status"}
# Callback paths and the documents each may carry.
CALLBACKS = {"coverageeligibility/on_check": {"CoverageEligibilityResponse", "OperationOutcome"},
             "preauth/on_submit": {"ClaimResponse", "OperationOutcome"},
             "claim/on_submit": {"ClaimResponse", "OperationOutcome"},
             "task/on_request": {"ClaimResponse", "OperationOutcome"},
             "communication/request": {"CommunicationRequest"},
             "paymentnotice/request": {"PaymentReconciliation"}}
DEFAULT_MAX_MESSAGE_BYTES = 5 * 1024 * 1024


class _Pending:
    """A request accepted by the payer and not yet finally answered (for polling)."""

    def __init__(self, kind: str, correlation: str):
        self.kind, self.correlation = kind, correlation
        self.last_asked = time.monotonic()


class ExchangeProfile:
    def __init__(self, payer_code: str, base_url: str, *, sender_code: str, recipient_code: str,
                 private_key: RSAKey, payer_public_key: RSAKey, callback_listen: tuple[str, int],
                 callback_url: str | None = None, poll_after_seconds: float = 300.0,
                 timeout_seconds: float = 10.0, max_message_bytes: int = DEFAULT_MAX_MESSAGE_BYTES):
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"payer {payer_code}: base_url must be an http(s) address, not {base_url!r}")
        self.payer_code = payer_code
        self.api = f"{base_url.rstrip('/')}/{VERSION}/"
        self.sender_code, self.recipient_code = sender_code, recipient_code
        self._private_key, self._payer_key = private_key, payer_public_key
        self.callback_url = callback_url  # what the payer has registered for us (informational: it is theirs)
        self.poll_after = poll_after_seconds
        self.timeout = timeout_seconds
        self.max_message_bytes = max_message_bytes
        self._lock = threading.Lock()
        self._arrived: list[Answer] = []
        self._pending: dict[str, _Pending] = {}
        self._receiver = _start_receiver(self, callback_listen)
        # a short poll interval: close() waits for the serving loop to notice
        self._thread = threading.Thread(target=self._receiver.serve_forever, args=(0.05,),
                                        name=f"hcx-callbacks-{payer_code}", daemon=True)
        self._thread.start()

    @property
    def callback_address(self) -> tuple[str, int]:
        """Where the receiver listens (the real port when configured with port 0)."""
        host, port = self._receiver.server_address[:2]
        return host, port

    # -- sending ------------------------------------------------------------------------------------------------
    def _post(self, path: str, resource: dict, request_id: str, correlation: str) -> tuple[int, bytes]:
        headers = hcx.headers(self.sender_code, self.recipient_code, correlation, request_id=request_id)
        body = json.dumps({"payload": hcx.seal(resource, headers, self._payer_key)}).encode()
        return http("POST", self.api + path, body, {"Content-Type": "application/json"}, self.timeout)

    def send(self, out: Outgoing) -> Answer | Accepted:
        document, correlation = checked_outgoing(out, self.max_message_bytes)
        awaited = out.kind in ("eligibility", "preauthorization", "claim", "cancel")
        if awaited:  # before sending: the callback may arrive before the 202 does
            with self._lock:
                self._pending.setdefault(out.request_id, _Pending(out.kind, correlation))
        # a timeout keeps it awaited: the payer may have registered it, and polling finds the answer
        status, body = self._post(REQUEST_PATHS[out.kind], document, out.request_id, correlation)
        if out.kind == "status" and status == 200:
            answer = self._open_status(body)
            if answer is None:
                raise PayerError(f"payer {self.payer_code}: the status answer could not be opened (logged)",
                                 retryable=False, status=200)
            return replace(answer, request_id=out.request_id)  # the cycle's answer, answering this request
        if status != 202:
            if status not in RETRYABLE_HTTP:  # final: nothing will answer it
                self._forget(out.request_id, awaited)
            raise status_error(self.api + REQUEST_PATHS[out.kind], status, body)
        return Accepted(out.request_id, correlation)

    def _forget(self, request_id: str, awaited: bool) -> None:
        """A request the payer refused for good is not polled for (a retry adds it again)."""
        if awaited:
            with self._lock:
                self._pending.pop(request_id, None)

    def _open_status(self, body: bytes) -> Answer | None:
        try:
            token = json.loads(body)["payload"]
            protected, resource = hcx.open_envelope(token, self._private_key)
            answer = self._answer(protected, resource, {"ClaimResponse", "CoverageEligibilityResponse",
                                                        "OperationOutcome"})
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("payer %s: dropped a status answer: %s", self.payer_code, exc)
            return None
        self._settle(protected, answer)
        return answer

    # -- arriving -----------------------------------------------------------------------------------------------
    def _answer(self, protected: dict, resource: dict, allowed: set[str]) -> Answer:
        """The Answer in an opened envelope, after checking who sent it to whom and the FHIR (ValueError)."""
        if protected[hcx.SENDER] != self.recipient_code or protected[hcx.RECIPIENT] != self.sender_code:
            raise hcx.EnvelopeError("ERR_INVALID_SENDER", f"a message from {protected[hcx.SENDER]} to "
                                    f"{protected[hcx.RECIPIENT]} is not from payer {self.recipient_code} to us")
        if resource.get("resourceType") not in allowed:
            raise hcx.EnvelopeError("ERR_INVALID_PAYLOAD", f"a {resource.get('resourceType')} is not expected here")
        try:
            document = checked_answer(resource)
        except ValueError as exc:
            raise hcx.EnvelopeError("ERR_INVALID_PAYLOAD", str(exc)) from exc
        payer_initiated = document["resourceType"] in ("CommunicationRequest", "PaymentReconciliation")
        return Answer(protected[hcx.API_CALL_ID], None if payer_initiated else protected.get(hcx.REQUEST_ID),
                      protected[hcx.CORRELATION_ID] or fhir.business_key(document), document)

    def _settle(self, protected: dict, answer: Answer) -> None:
        """A final answer ends the polling of its request; a partial one (queued) puts it off."""
        with self._lock:
            pending = self._pending.get(answer.request_id or "")
            if pending is None:
                return
            if protected.get(hcx.STATUS) == hcx.PARTIAL:
                pending.last_asked = time.monotonic()
            else:
                del self._pending[answer.request_id]

    def receive(self, path: str, body: bytes) -> tuple[int, dict]:
        """One callback: (HTTP status, JSON body). Runs on the receiver's threads."""
        allowed = CALLBACKS.get(path.strip("/").removeprefix(f"{VERSION}/"))
        if allowed is None:
            return 404, hcx.error_body("ERR_INVALID_URL", f"no callback at {path}")
        try:
            token = json.loads(body)["payload"]
            protected, resource = hcx.open_envelope(token, self._private_key)
            answer = self._answer(protected, resource, allowed)
        except hcx.EnvelopeError as exc:
            log.warning("payer %s: refused a callback to %s: %s", self.payer_code, path, exc)
            return 400, hcx.error_body(exc.code, str(exc))
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("payer %s: refused a callback to %s: %s", self.payer_code, path, exc)
            return 400, hcx.error_body("ERR_INVALID_PAYLOAD", "the body is not {\"payload\": \"<JWE>\"}")
        self._settle(protected, answer)
        with self._lock:
            self._arrived.append(answer)
        return 202, {"timestamp": hcx.now_stamp(), "api_call_id": protected[hcx.API_CALL_ID],
                     "correlation_id": protected[hcx.CORRELATION_ID]}

    def collect(self) -> list[Answer]:
        self._poll_overdue()
        with self._lock:
            arrived, self._arrived = self._arrived, []
        return arrived

    def _poll_overdue(self) -> None:
        now = time.monotonic()
        with self._lock:
            overdue = [(request_id, p) for request_id, p in self._pending.items() if now - p.last_asked >= self.poll_after]
            for _, pending in overdue:
                pending.last_asked = now
        for request_id, pending in overdue:
            task = fhir.build_status_request(str(uuid.uuid4()), pending.correlation, datetime.now(UTC))
            try:
                status, body = self._post(REQUEST_PATHS["status"], task, request_id, pending.correlation)
            except PayerError as exc:
                log.warning("payer %s: status of %s not asked: %s", self.payer_code, request_id, exc)
                continue
            if status == 200:
                answer = self._open_status(body)
                if answer is not None:
                    with self._lock:
                        self._arrived.append(answer)
            elif status != 202:
                log.warning("payer %s: status of %s answered HTTP %s", self.payer_code, request_id, status)

    def close(self) -> None:
        self._receiver.shutdown()
        self._receiver.server_close()


def _start_receiver(profile: ExchangeProfile, listen: tuple[str, int]) -> ThreadingHTTPServer:
    limit = profile.max_message_bytes

    class Callbacks(BaseHTTPRequestHandler):
        timeout = 30  # a connection that stops sending does not hold a thread for ever
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
            log.debug("callback %s", format % args)

        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length") or 0)
            if length > limit:
                status, answer = 413, hcx.error_body("ERR_PAYLOAD_TOO_LARGE", f"over {limit} bytes")
                self.close_connection = True
            else:
                status, answer = profile.receive(self.path, self.rfile.read(length))
            payload = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    server = ThreadingHTTPServer(listen, Callbacks)
    server.daemon_threads = True
    return server
