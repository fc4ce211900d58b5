"""The mock payer: one HTTP server speaking both payer profiles on one port — openIMIS FHIR R4 under
`/api_fhir_r4/`, the HCX-style exchange under `/v1/` — plus a control API under `/_control/` that scripts its
decisions (local use only: it has no authentication, listen on 127.0.0.1).

It behaves as the profiles' specifications say a payer does (see server_db/insurance_gateway/profiles): every
incoming document is checked as FHIR R4 (422 OperationOutcome when invalid), every request is registered once by
its request id (openIMIS: the `Idempotency-Key` header; exchange: `x-hcx-request_id`) — a retry gets the same
answer and registers nothing; the same id with a different document is refused (409).

Scripted outcomes (`POST /_control/script {"kind": "claim", "outcomes": ["partial", "query", "approve"],
"delay": 1.0}`): each new request of that kind takes the next outcome; when the script runs out the default is
`approve` (`covered` for eligibility). An outcome is a decision optionally joined with modifiers by '+':
  decisions   approve | partial | reject (claims, pre-authorisations); covered | not_covered | excluded |
              exhausted (eligibility)
  deferrals   pend (answer `queued`, decide on POST /_control/release); query (answer `queued` and send a
              CommunicationRequest; decide when a Communication with an attachment arrives)
  delivery    late (answer after `delay` s: the HTTP answer or the callback), twice (the same answer message is
              delivered twice: two callbacks, or the HTTP answer and again in the next poll), silent (exchange:
              no callback; the answer is there for /hcx/status)
  failures    fail (HTTP 503, nothing registered), timeout (registered, then the answer is held back `delay` s,
              past the client's timeout)
e.g. "pend+partial" answers queued and decides partial on release. `GET /_control/state` shows what is
registered; `POST /_control/remit` pays what was approved and not paid (PaymentReconciliation);
`POST /_control/expire_tokens` makes the openIMIS tokens issued so far invalid (401).

Polling feed (openIMIS `GET <type>/?_lastUpdated=gt…`): messages the payer sends on its own — decisions made later,
queries, remittances, and `twice` repeats (the same document, unchanged, under a later feed time; the searchset's
meta.lastUpdated says where the next poll starts). A deviation from a FHIR server, where every updated
ClaimResponse would show: answers already given synchronously do not reappear unless scripted `twice`."""
from __future__ import annotations

import hashlib
import json
import logging
import secrets
import threading
import time
import tomllib
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import OctKey, RSAKey

from server_db.insurance_gateway import fhir
from server_db.insurance_gateway.profiles import hcx

from . import answers
from .handler import EXCHANGE_REQUESTS, Handler, Refused

log = logging.getLogger(__name__)
DECISIONS = {"claim": answers.CLAIM_DECISIONS, "preauthorization": answers.CLAIM_DECISIONS,
             "eligibility": answers.ELIGIBILITY_DECISIONS}
DEFERRALS, DELIVERY, FAILURES = {"pend", "query"}, {"late", "twice", "silent"}, {"fail", "timeout"}
REMITTANCE_BATCH = 100  # claims per PaymentReconciliation, as payers batch their payment runs


@dataclass(frozen=True)
class Plan:
    """One scripted outcome, parsed."""
    decision: str
    deferral: str | None = None
    delivery: frozenset[str] = frozenset()
    failure: str | None = None
    delay: float = 1.0

    @classmethod
    def parse(cls, kind: str, outcome: str, delay: float) -> Plan:
        decision, deferral, delivery, failure = DECISIONS[kind][0], None, set(), None
        for token in outcome.split("+"):
            if token in DECISIONS[kind]:
                decision = token
            elif token in DEFERRALS and kind != "eligibility":
                deferral = token
            elif token in DELIVERY:
                delivery.add(token)
            elif token in FAILURES:
                failure = token
            else:
                raise ValueError(f"unknown {kind} outcome {token!r}")
        return cls(decision, deferral, frozenset(delivery), failure, delay)


@dataclass
class Message:
    """One answer message of the payer: its id (the document's id, also the exchange's x-hcx-api_call_id) stays
    the same however often it is delivered."""
    message_id: str
    request_id: str | None
    correlation_id: str
    document: dict[str, Any]
    hcx_status: str
    callback: str | None  # exchange path it goes to


@dataclass
class Case:
    """One registered request."""
    request_id: str
    kind: str
    protocol: str                 # openimis | exchange
    provider: str | None          # exchange participant code
    correlation_id: str
    document: dict[str, Any]
    fingerprint: str
    plan: Plan | None = None
    state: str = "answered"       # answered | pended | queried | decided | cancelled
    messages: list[Message] = field(default_factory=list)
    approved: Decimal = Decimal("0.00")
    final_response: str | None = None   # the deciding ClaimResponse id
    query_id: str | None = None
    paid: bool = False


@dataclass
class MockConfig:
    participant_code: str = "PAYER-NHI"
    currency: str = "GBP"
    username: str = "hospital"
    password: str = "hospital-secret"
    token_seconds: float = 3600.0
    max_message_bytes: int = 5 * 1024 * 1024
    private_key: RSAKey | None = None
    providers: dict[str, tuple[RSAKey, str]] = field(default_factory=dict)  # code -> (public key, callback base URL)

    @classmethod
    def load(cls, path: str | Path) -> MockConfig:
        path = Path(path)
        values = tomllib.loads(path.read_text())
        mock, folder = values.get("mock") or {}, path.parent
        openimis, exchange = mock.get("openimis") or {}, mock.get("exchange") or {}
        password = openimis.get("password")
        if "password_file" in openimis:
            password = (folder / openimis["password_file"]).read_text().strip()
        providers = {code: (hcx.load_key(folder / table["public_key_file"]), table["callback_url"])
                     for code, table in (values.get("provider") or {}).items()}
        return cls(participant_code=mock.get("participant_code", cls.participant_code),
                   currency=mock.get("currency", cls.currency), username=openimis.get("username", cls.username),
                   password=password or cls.password, token_seconds=float(mock.get("token_seconds", 3600)),
                   max_message_bytes=int(mock.get("max_message_bytes", cls.max_message_bytes)),
                   private_key=hcx.load_key(folder / exchange["private_key_file"]) if exchange else None,
                   providers=providers)


def _fingerprint(document: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def _invalid(exc: Exception) -> Refused:
    return Refused(422, answers.operation_outcome("invalid", str(exc)))


class MockPayer:
    def __init__(self, config: MockConfig, listen: tuple[str, int] = ("127.0.0.1", 0)):
        self.config = config
        self.lock = threading.Lock()
        self.scripts: dict[str, list[Plan]] = {kind: [] for kind in DECISIONS}
        self.cases: dict[str, Case] = {}
        self.feed: list[tuple[str, Message]] = []      # (lastUpdated, message) for the openIMIS poll
        self.by_correlation: dict[str, list[Message]] = {}
        self.deliveries: list[dict[str, Any]] = []     # exchange callbacks made: message id, path, HTTP status
        self.logins = 0
        self.attempts: dict[str, int] = {}             # request id -> requests received (with retries)
        self._token_key = OctKey.import_key(secrets.token_bytes(32))
        self._token_generation = 0
        self._last_stamp = datetime.now(UTC)
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self.server = ThreadingHTTPServer(listen, _handler_for(self))
        self.server.daemon_threads = True
        self._serve = threading.Thread(target=self.server.serve_forever, args=(0.05,), name="mock-payer",
                                       daemon=True)

    @classmethod
    def from_file(cls, path: str | Path, listen: tuple[str, int] = ("127.0.0.1", 0)) -> MockPayer:
        return cls(MockConfig.load(path), listen)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> MockPayer:
        self._serve.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self.server.shutdown()
        self.server.server_close()
        for thread in self._threads:
            thread.join(timeout=2)

    # -- control ------------------------------------------------------------------------------------------------
    def script(self, kind: str, outcomes: list[str], delay: float = 1.0) -> None:
        if kind not in DECISIONS:
            raise ValueError(f"no script for {kind!r}: one of {', '.join(DECISIONS)}")
        plans = [Plan.parse(kind, outcome, delay) for outcome in outcomes]
        with self.lock:
            self.scripts[kind] = plans

    def _next_plan(self, kind: str) -> Plan:
        script = self.scripts.get(kind)
        return script.pop(0) if script else Plan(DECISIONS[kind][0])

    def expire_tokens(self) -> None:
        with self.lock:
            self._token_generation += 1

    def state(self) -> dict[str, Any]:
        with self.lock:
            return {"requests": [{"request_id": c.request_id, "kind": c.kind, "protocol": c.protocol,
                                  "correlation_id": c.correlation_id, "state": c.state,
                                  "approved": str(c.approved), "paid": c.paid,
                                  "messages": [m.message_id for m in c.messages]} for c in self.cases.values()],
                    "attempts": dict(self.attempts), "logins": self.logins, "deliveries": list(self.deliveries),
                    "feed": [m.message_id for _, m in self.feed],
                    "scripts": {k: len(v) for k, v in self.scripts.items()}}

    def release(self, outcome: str | None = None, correlation_id: str | None = None) -> list[str]:
        """Decide the pended requests (all, or the one cycle): with `outcome`, or the decision they were scripted."""
        with self.lock:
            pended = [c for c in self.cases.values() if c.state == "pended"
                      and correlation_id in (None, c.correlation_id)]
            for case in pended:
                self._decide(case, outcome or case.plan.decision)
        return [c.request_id for c in pended]

    def remit(self) -> list[dict[str, Any]]:
        """Pay every approved, unpaid claim: one PaymentReconciliation per provider (and protocol)."""
        with self.lock:
            groups: dict[tuple[str, str | None], list[Case]] = {}
            for case in self.cases.values():
                if case.kind == "claim" and case.state == "decided" and case.approved > 0 and not case.paid:
                    groups.setdefault((case.protocol, case.provider), []).append(case)
            issued = []
            batches = [(key, cases[i:i + REMITTANCE_BATCH]) for key, cases in groups.items()
                       for i in range(0, len(cases), REMITTANCE_BATCH)]
            for (protocol, provider), cases in batches:
                payment_id = str(uuid.uuid4())
                document = answers.payment_reconciliation(
                    payment_id, [(c.correlation_id, c.final_response, c.approved) for c in cases],
                    self.config.currency)
                document["meta"] = {"lastUpdated": self._stamp()}
                message = Message(payment_id, None, payment_id, document, hcx.COMPLETE,
                                  "paymentnotice/request")
                self._publish(protocol, provider, message, Plan("approve"))
                for case in cases:
                    case.paid = True
                issued.append({"id": payment_id, "total": document["paymentAmount"]["value"],
                               "claims": [c.correlation_id for c in cases]})
            return issued

    # -- deciding -----------------------------------------------------------------------------------------------
    def _stamp(self) -> str:
        """meta.lastUpdated, strictly increasing so `_lastUpdated=gt…` never skips a message."""
        now = max(datetime.now(UTC), self._last_stamp + timedelta(microseconds=1))
        self._last_stamp = now
        return now.isoformat(timespec="microseconds")

    def _answer_for(self, case: Case, decision: str) -> tuple[dict[str, Any], Decimal]:
        response_id = str(uuid.uuid4())
        if case.kind == "eligibility":
            return answers.eligibility_response(case.document, decision, response_id, self.config.currency), \
                Decimal("0.00")
        queries = [case.query_id] if case.query_id and decision == "queued" else []
        return answers.claim_response(case.document, decision, response_id, self.config.currency, queries)

    def _message(self, case: Case, document: dict[str, Any], status: str, callback: str | None) -> Message:
        document = {**document, "meta": {"lastUpdated": self._stamp()}}
        message = Message(document["id"], case.request_id, case.correlation_id, document, status, callback)
        case.messages.append(message)
        self.by_correlation.setdefault(case.correlation_id, []).append(message)
        return message

    def _first_answer(self, case: Case, callback: str | None) -> Message:
        """Register the case's first answer: the decision, or `queued` (and a query) when deferred."""
        plan = case.plan
        if plan.deferral is None:
            return self._decide(case, plan.decision, callback=callback, publish=False)
        if plan.deferral == "query":
            case.query_id = str(uuid.uuid4())
        document, _ = self._answer_for(case, "queued")
        case.state = "pended" if plan.deferral == "pend" else "queried"
        return self._message(case, document, hcx.PARTIAL, callback)

    def _decide(self, case: Case, decision: str, *, callback: str | None = None, publish: bool = True) -> Message:
        document, approved = self._answer_for(case, decision)
        case.state, case.approved = "decided", approved
        case.final_response = document["id"]
        callback = callback or EXCHANGE_CALLBACK[case.kind]
        message = self._message(case, document, hcx.COMPLETE, callback)
        if publish:
            self._publish(case.protocol, case.provider, message, case.plan)
        return message

    def _publish(self, protocol: str, provider: str | None, message: Message, plan: Plan | None) -> None:
        """Send a message the payer makes on its own: into the openIMIS feed, or by callback."""
        delivery = plan.delivery if plan else frozenset()
        if protocol == "openimis":
            self.feed.append((message.document["meta"]["lastUpdated"], message))
            if "twice" in delivery:
                self.feed.append((self._stamp(), message))
        elif "silent" not in delivery:
            self._deliver(provider, message, plan.delay if "late" in delivery else 0.0,
                          2 if "twice" in delivery else 1)

    def _send_first(self, case: Case, message: Message) -> None:
        """The first answer: by callback (exchange), or in the HTTP answer (openIMIS: in the feed only when
        scripted `twice`)."""
        if case.protocol == "exchange":
            self._publish(case.protocol, case.provider, message, case.plan)
        elif case.plan is not None and "twice" in case.plan.delivery:
            self.feed.append((self._stamp(), message))

    def redeliver(self, case: Case) -> None:
        """A retry of a known exchange request: its latest answer again, with the same message id (the first
        callback may be what was lost)."""
        with self.lock:
            own = [m for m in case.messages if m.request_id == case.request_id and m.callback]
            if own and case.protocol == "exchange" and (case.plan is None or "silent" not in case.plan.delivery):
                self._deliver(case.provider, own[-1], 0.0, 1)

    def _deliver(self, provider: str, message: Message, delay: float, times: int) -> None:
        public_key, base = self.config.providers[provider]

        def run() -> None:
            if self._stopping.wait(delay):
                return
            for _ in range(times):
                headers = hcx.headers(self.config.participant_code, provider, message.correlation_id,
                                      request_id=message.request_id, api_call_id=message.message_id,
                                      status=message.hcx_status)
                body = json.dumps({"payload": hcx.seal(message.document, headers, public_key)}).encode()
                url = f"{base.rstrip('/')}/v1/{message.callback}"
                # An exchange retries a callback the provider could not take (no answer or 5xx: its gateway may be
                # restarting), not one it refused (4xx):
                # after 0.5, 1, 2 ... s, for about two minutes.
                for wait in CALLBACK_RETRY_WAITS:
                    status = _post(url, body)
                    with self.lock:
                        self.deliveries.append({"message_id": message.message_id, "path": message.callback,
                                                "status": status})
                    if status is not None and status < 500 or self._stopping.wait(wait):
                        break

        thread = threading.Thread(target=run, name=f"callback-{message.message_id[:8]}", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    # -- requests, both protocols -------------------------------------------------------------------------------
    def register(self, protocol: str, provider: str | None, kind: str, request_id: str,
                 document: dict[str, Any], callback: str | None) -> tuple[Case, Message | None, bool]:
        """(case, its first answer, new?) — a known request id gives its case back. Raises Refused."""
        try:
            document = fhir.validated(document)
        except ValueError as exc:
            raise _invalid(exc) from exc
        with self.lock:
            self.attempts[request_id] = self.attempts.get(request_id, 0) + 1
            known = self.cases.get(request_id)
            if known is not None:
                if known.fingerprint != _fingerprint(document):
                    raise Refused(409, answers.operation_outcome(
                        "duplicate", f"request {request_id} was registered with another document"))
                return known, (known.messages[0] if known.messages else None), False
            if kind == "communication":
                return self._reply(protocol, provider, request_id, document)
            correlation = fhir.business_key(document)
            if not correlation:
                raise _invalid(ValueError("the document names no claim or request by the provider's identifier"))
            if kind in ("claim", "preauthorization") and document.get("use") != kind:
                raise _invalid(ValueError(f"a {kind} must be a Claim with use {kind!r}"))
            case = Case(request_id, kind, protocol, provider, correlation, document, _fingerprint(document))
            if kind == "cancel":
                message = self._cancel(case, callback)
                self._send_first(case, message)
                return case, message, True
            case.plan = self._next_plan(kind)
            if case.plan.failure == "fail":
                raise Refused(503, answers.operation_outcome("transient", "scripted failure: try again later"))
            self.cases[request_id] = case
            message = self._first_answer(case, callback)
            self._send_first(case, message)
            if case.state == "queried":
                query = answers.communication_request(case.correlation_id, case.query_id)
                self._publish(protocol, provider,
                              self._message(case, query, hcx.COMPLETE, "communication/request"), case.plan)
            return case, message, True

    def _cancel(self, task_case: Case, callback: str | None) -> Message:
        claim = next((c for c in self.cases.values() if c.correlation_id == task_case.correlation_id
                      and c.kind in ("claim", "preauthorization")), None)
        if claim is None or fhir.task_code(task_case.document) != "cancel":
            raise Refused(404, answers.operation_outcome("not-found", "no such claim to cancel"))
        document, _ = answers.claim_response(claim.document, "cancelled", str(uuid.uuid4()), self.config.currency)
        claim.state, task_case.state = "cancelled", "answered"
        self.cases[task_case.request_id] = task_case
        return self._message(task_case, document, hcx.COMPLETE, callback)

    def _reply(self, protocol: str, provider: str | None, request_id: str,
               document: dict[str, Any]) -> tuple[Case, None, bool]:
        """A Communication answering a query: registered; an attachment lets the payer decide."""
        based_on = [r.get("reference", "") for r in document.get("basedOn") or []]
        case = next((c for c in self.cases.values() if c.query_id and f"CommunicationRequest/{c.query_id}"
                     in based_on), None)
        if case is None:
            raise Refused(404, answers.operation_outcome("not-found", "the Communication answers no open query"))
        reply = Case(request_id, "communication", protocol, provider, case.correlation_id, document,
                     _fingerprint(document))
        self.cases[request_id] = reply
        attached = any("contentAttachment" in p for p in document.get("payload") or [])
        if case.state == "queried" and attached:
            self._decide(case, case.plan.decision)
        return reply, None, True

    def status_of(self, correlation_id: str) -> Message | None:
        with self.lock:
            decided = [m for m in self.by_correlation.get(correlation_id, [])
                       if m.document["resourceType"] in ("ClaimResponse", "CoverageEligibilityResponse")]
        return decided[-1] if decided else None

    def feed_since(self, kind: str, since: str | None) -> list[tuple[str, dict[str, Any]]]:
        """(feed time, document) of the feed's messages of one type published after `since` (a FHIR instant;
        ValueError if it is not). A message published again comes back unchanged, under a later feed time."""
        after = datetime.fromisoformat(since) if since else None
        with self.lock:
            return [(stamp, m.document) for stamp, m in self.feed
                    if m.document["resourceType"] == kind
                    and (after is None or datetime.fromisoformat(stamp) > after)]

    # -- openIMIS -----------------------------------------------------------------------------------------------
    def login(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("username") != self.config.username or body.get("password") != self.config.password:
            raise Refused(401, {"error": "invalid credentials"})
        expires = int(time.time() + self.config.token_seconds)
        with self.lock:
            self.logins += 1
            claims = {"sub": self.config.username, "exp": expires, "gen": self._token_generation}
        return {"token": jwt.encode({"alg": "HS256"}, claims, self._token_key), "exp": expires}

    def check_token(self, authorization: str | None) -> None:
        scheme, _, token = (authorization or "").partition(" ")
        try:
            claims = jwt.decode(token, self._token_key).claims
        except (JoseError, ValueError) as exc:
            raise Refused(401, answers.operation_outcome("login", "a valid Bearer token is required")) from exc
        if scheme != "Bearer" or claims.get("exp", 0) < time.time() or claims.get("gen") != self._token_generation:
            raise Refused(401, answers.operation_outcome("expired", "the token has expired: log in again"))


EXCHANGE_CALLBACK = {kind: callback for kind, _, callback in EXCHANGE_REQUESTS.values()}
CALLBACK_RETRY_WAITS = [0.5 * 2 ** n for n in range(8)]  # 0.5 s ... 64 s


def _post(url: str, body: bytes) -> int | None:
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as answer:
            return answer.status
    except urllib.error.HTTPError as exc:
        return exc.code
    except OSError as exc:
        log.info("callback to %s failed: %s", url, exc)
        return None


def _handler_for(payer: MockPayer) -> type[BaseHTTPRequestHandler]:
    return type("MockPayerHandler", (Handler,), {"payer": payer})
