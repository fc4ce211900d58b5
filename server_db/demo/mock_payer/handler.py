"""HTTP for the mock payer: routes `/api_fhir_r4/…` (openIMIS), `/v1/…` (exchange) and `/_control/…` to
server.MockPayer and turns its `Refused` into error answers."""
from __future__ import annotations

import json
import logging
import time
import urllib.parse
from datetime import datetime
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

from server_db.insurance_gateway import fhir
from server_db.insurance_gateway.profiles import hcx

from . import answers

if TYPE_CHECKING:
    from .server import MockPayer

log = logging.getLogger(__name__)
OPENIMIS, EXCHANGE, CONTROL = "/api_fhir_r4/", "/v1/", "/_control/"
# Exchange request paths: the kind, the resource they carry, and the callback path of the answer.
EXCHANGE_REQUESTS = {"coverageeligibility/check": ("eligibility", "CoverageEligibilityRequest",
                                                   "coverageeligibility/on_check"),
                     "preauth/submit": ("preauthorization", "Claim", "preauth/on_submit"),
                     "claim/submit": ("claim", "Claim", "claim/on_submit"),
                     "communication/on_request": ("communication", "Communication", None),
                     "task/request": ("cancel", "Task", "task/on_request")}
OPENIMIS_POSTS = {"CoverageEligibilityRequest": "eligibility", "Claim": None, "Communication": "communication",
                  "Task": "cancel"}
FEED_TYPES = ("ClaimResponse", "CommunicationRequest", "PaymentReconciliation")


class Refused(Exception):
    """A request answered with an error status and body (JSON)."""

    def __init__(self, status: int, body: dict[str, Any]):
        super().__init__(status)
        self.status, self.body = status, body


class Handler(BaseHTTPRequestHandler):
    payer: MockPayer  # set on the subclass made for each MockPayer
    timeout = 30      # a connection that stops sending does not hold a thread for ever

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
        log.info("%s %s", self.address_string(), format % args)  # request line and status: no patient data

    # -- plumbing -----------------------------------------------------------------------------------------------
    def _reply(self, status: int, body: dict[str, Any] | None, content_type: str = "application/json") -> None:
        payload = json.dumps(body).encode() if body is not None else b""
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped waiting (a timeout test)

    def _body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.payer.config.max_message_bytes:
            self.close_connection = True
            raise Refused(413, answers.operation_outcome("too-costly", "the message is over the size limit"))
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError as exc:
            raise Refused(400, answers.operation_outcome("structure", "the body is not JSON")) from exc
        if not isinstance(body, dict):
            raise Refused(400, answers.operation_outcome("structure", "the body is not a JSON object"))
        return body

    def _route(self, method: str) -> None:
        path, _, query = self.path.partition("?")
        try:
            if path.startswith(CONTROL):
                self._control(method, path.removeprefix(CONTROL).strip("/"))
            elif path.startswith(OPENIMIS):
                self._openimis(method, path.removeprefix(OPENIMIS).strip("/"), urllib.parse.parse_qs(query))
            elif path.startswith(EXCHANGE) and method == "POST":
                self._exchange(path.removeprefix(EXCHANGE).strip("/"))
            else:
                raise Refused(404, answers.operation_outcome("not-found", f"nothing at {method} {path}"))
        except Refused as refused:
            self._reply(refused.status, refused.body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def _hold(self, plan, new: bool, sync: bool) -> None:  # noqa: ANN001 - Plan | None
        """Scripted lateness of a first answer: `timeout` holds the HTTP answer back, and so does `late` for a
        synchronous answer (an asynchronous one delays its callback instead)."""
        if new and plan is not None and (plan.failure == "timeout" or (sync and "late" in plan.delivery)):
            time.sleep(plan.delay)

    # -- control ------------------------------------------------------------------------------------------------
    def _control(self, method: str, action: str) -> None:
        if method == "GET" and action == "state":
            return self._reply(200, self.payer.state())
        if method != "POST":
            raise Refused(404, {"error": f"no control {method} {action}"})
        body = self._body()
        try:
            if action == "script":
                self.payer.script(body.get("kind", ""), list(body.get("outcomes") or []),
                                  float(body.get("delay", 1.0)))
                return self._reply(200, {"scripted": body.get("kind")})
            if action == "release":
                return self._reply(200, {"released": self.payer.release(body.get("outcome"),
                                                                        body.get("correlation_id"))})
            if action == "remit":
                return self._reply(200, {"remittances": self.payer.remit()})
            if action == "expire_tokens":
                self.payer.expire_tokens()
                return self._reply(200, {"expired": True})
        except (ValueError, TypeError) as exc:
            raise Refused(400, {"error": str(exc)}) from exc
        raise Refused(404, {"error": f"no control {action}"})

    # -- openIMIS -----------------------------------------------------------------------------------------------
    def _openimis(self, method: str, resource: str, query: dict[str, list[str]]) -> None:
        if method == "POST" and resource == "login":
            return self._reply(200, self.payer.login(self._body()))
        self.payer.check_token(self.headers.get("Authorization"))
        if method == "GET" and resource in FEED_TYPES:
            return self._reply(200, self._search(resource, query), "application/fhir+json")
        if method != "POST" or resource not in OPENIMIS_POSTS:
            raise Refused(404, answers.operation_outcome("not-supported", f"no {method} {resource}"))
        request_id = self.headers.get("Idempotency-Key")
        if not request_id:
            raise Refused(400, answers.operation_outcome("required", "Idempotency-Key header missing"))
        document = self._body()
        if document.get("resourceType") != resource:
            raise Refused(422, answers.operation_outcome("invalid", f"a {resource} is expected"))
        kind = OPENIMIS_POSTS[resource] or document.get("use")
        if kind not in ("eligibility", "claim", "preauthorization", "communication", "cancel"):
            raise Refused(422, answers.operation_outcome("invalid", "a Claim's use is claim or preauthorization"))
        case, message, new = self.payer.register("openimis", None, kind, request_id, document, None)
        self._hold(case.plan, new, sync=True)
        if message is None:  # a Communication: stored, the decision comes by polling
            return self._reply(201, {**case.document, "id": case.request_id}, "application/fhir+json")
        self._reply(200, message.document, "application/fhir+json")

    def _search(self, resource: str, query: dict[str, list[str]]) -> dict[str, Any]:
        """A searchset: by request identifier (status), or the feed since `_lastUpdated=gt…`, with the newest feed
        time as Bundle.meta.lastUpdated (where the next poll starts)."""
        by_request = query.get("request:identifier")
        if by_request and resource == "ClaimResponse":
            key = by_request[0].partition("|")[2] or by_request[0]
            latest = self.payer.status_of(key)
            found = [(latest.document["meta"]["lastUpdated"], latest.document)] \
                if latest is not None and latest.document["resourceType"] == resource else []
        else:
            since = (query.get("_lastUpdated") or [""])[0]
            try:
                found = self.payer.feed_since(resource, since.removeprefix("gt") if since.startswith("gt") else None)
            except ValueError as exc:
                raise Refused(400, answers.operation_outcome("value", f"_lastUpdated: {exc}")) from exc
        bundle: dict[str, Any] = {"resourceType": "Bundle", "type": "searchset", "total": len(found),
                                  "entry": [{"fullUrl": f"{resource}/{d['id']}", "resource": d} for _, d in found]}
        if found:
            bundle["meta"] = {"lastUpdated": max(found, key=lambda f: datetime.fromisoformat(f[0]))[0]}
        return bundle

    # -- exchange -----------------------------------------------------------------------------------------------
    def _exchange(self, path: str) -> None:
        body = self._body()
        key = self.payer.config.private_key
        if key is None:
            raise Refused(404, hcx.error_body("ERR_INVALID_URL", "this mock payer has no exchange key"))
        try:
            protected, resource = hcx.open_envelope(body.get("payload"), key)
        except hcx.EnvelopeError as exc:
            raise Refused(400, hcx.error_body(exc.code, str(exc))) from exc
        sender = protected[hcx.SENDER]
        if protected[hcx.RECIPIENT] != self.payer.config.participant_code:
            raise Refused(400, hcx.error_body("ERR_INVALID_RECIPIENT", "not addressed to this payer"))
        if sender not in self.payer.config.providers:
            raise Refused(400, hcx.error_body("ERR_INVALID_SENDER", f"{sender} is not a registered participant"))
        if path == "hcx/status":
            return self._status(sender, protected, resource)
        if path not in EXCHANGE_REQUESTS:
            raise Refused(404, hcx.error_body("ERR_INVALID_URL", f"no exchange API at /v1/{path}"))
        kind, expected, callback = EXCHANGE_REQUESTS[path]
        if resource.get("resourceType") != expected:
            raise Refused(422, answers.operation_outcome("invalid", f"/v1/{path} carries a {expected}"))
        request_id = protected.get(hcx.REQUEST_ID)
        if not request_id:
            raise Refused(400, hcx.error_body("ERR_MANDATORY_HEADER_MISSING", "x-hcx-request_id is required"))
        case, _, new = self.payer.register("exchange", sender, kind, request_id, resource, callback)
        if not new:
            self.payer.redeliver(case)
        self._hold(case.plan, new, sync=False)
        self._reply(202, {"timestamp": hcx.now_stamp(), "api_call_id": protected[hcx.API_CALL_ID],
                          "correlation_id": protected[hcx.CORRELATION_ID]})

    def _status(self, sender: str, protected: dict[str, Any], task: dict[str, Any]) -> None:
        try:
            task = fhir.validated(task)
        except ValueError as exc:
            raise Refused(422, answers.operation_outcome("invalid", str(exc))) from exc
        if task.get("resourceType") != "Task" or fhir.task_code(task) != "status":
            raise Refused(422, answers.operation_outcome("invalid", "/v1/hcx/status carries a status Task"))
        message = self.payer.status_of(protected[hcx.CORRELATION_ID])
        if message is None:
            return self._reply(202, {"timestamp": hcx.now_stamp(), "api_call_id": protected[hcx.API_CALL_ID],
                                     "correlation_id": protected[hcx.CORRELATION_ID]})
        public_key, _ = self.payer.config.providers[sender]
        headers = hcx.headers(self.payer.config.participant_code, sender, message.correlation_id,
                              request_id=message.request_id, api_call_id=message.message_id,
                              status=message.hcx_status)
        self._reply(200, {"payload": hcx.seal(message.document, headers, public_key)})
