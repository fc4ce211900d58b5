"""The insurance gateway's work loop: take due requests from the outbox, send them to their payers, record what the
payers answer (docs/insurance-gateway.md).

The database decides everything that matters (insurance/functions.sql): which requests are due, that a request is
sent with the same document every time, that a payer's message is recorded once, what an answer changes. This
loop only carries documents between the database and the payer profiles:

  take      insurance.gateway_take leases due requests (a gateway killed mid-send leaves them to be taken again
            when the lease ends; the payer recognises the repeat by its request id and answers it once)
  build     the FHIR document from the request's subject, fixed in the database before the first sending
  send      through the payer's profile: an answer now (synchronous), or accepted (asynchronous: the answer comes by
            callback or polling, and the request is sent again if it is late)
  collect   answers that arrived since, and what the payers sent on their own (queries, remittances)
  record    insurance.gateway_record, once per payer message

Each database call is its own short transaction; no transaction is open while a payer is being talked to."""
from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg.rows import dict_row

from .documents import build_document, read_answer
from .profiles.base import Accepted, Answer, Outgoing, PayerError, PayerProfile

log = logging.getLogger("hms.insurance_gateway")
OUTBOX_CHANNEL = "hms_insurance_outbox"
RECORDED_TYPES = {"CoverageEligibilityResponse", "ClaimResponse", "CommunicationRequest", "PaymentReconciliation",
                  "OperationOutcome"}


@dataclass
class Settings:
    url: str                          # libpq URL of the gateway's own staff login
    password: str | None = None
    batch: int = 20                   # requests taken per round
    lease_seconds: int = 60           # a taken request is taken again after this if nothing was recorded
    answer_within_seconds: int = 60   # an accepted (asynchronous) request is sent again when no answer came by then
    max_attempts: int = 8             # failed sendings before a request is given up (billing may queue it again)
    poll_seconds: float = 1.0         # longest wait between rounds when nothing wakes the gateway
    connect: Callable[[], psycopg.Connection] | None = field(default=None, repr=False)


@dataclass
class Tally:
    sent: int = 0
    accepted: int = 0
    recorded: int = 0
    duplicates: int = 0
    failed: int = 0
    retried: int = 0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def message_id(answer: Answer) -> str:
    """The payer's id of the message plus a digest of its content: a repeat of the same message is recognised, and
    a payer that re-issues a resource under the same id with new content (a pended claim decided) is not mistaken
    for a repeat."""
    digest = hashlib.sha256(json.dumps(answer.document, sort_keys=True, separators=(",", ":")).encode()).hexdigest()
    return f"{answer.message_id[:150]}#{digest[:16]}"


class Gateway:
    def __init__(self, settings: Settings, profiles: dict[str, PayerProfile]):
        self.settings = settings
        self.profiles = profiles
        self.tally = Tally()
        self._stop = threading.Event()

    # -- database ----------------------------------------------------------------------------------------------
    def connect(self) -> psycopg.Connection:
        if self.settings.connect is not None:
            return self.settings.connect()
        kwargs: dict[str, Any] = {"autocommit": True, "row_factory": dict_row, "application_name": "hms-insurance-gateway"}
        if self.settings.password is not None:
            kwargs["password"] = self.settings.password
        return psycopg.connect(self.settings.url, **kwargs)

    # -- one round -----------------------------------------------------------------------------------------------
    def run_once(self, conn: psycopg.Connection) -> Tally:
        """Send what is due, then record what has arrived. Returns what this round did."""
        round_tally = Tally()
        rows = conn.execute("SELECT * FROM insurance.gateway_take(%s, %s, %s)",
                            (self.settings.batch, self.settings.lease_seconds, sorted(self.profiles))).fetchall()
        for row in rows:
            self._send(conn, row, round_tally)
        for code, profile in self.profiles.items():
            try:
                answers = profile.collect()
            except Exception:  # noqa: BLE001 - one payer's fault must not stop the others
                log.exception("payer %s: collecting its answers failed", code)
                continue
            for answer in answers:
                self._record(conn, code, answer, round_tally)
        self.tally.add(round_tally)
        return round_tally

    def _send(self, conn: psycopg.Connection, row: dict[str, Any], tally: Tally) -> None:
        request_id = str(row["request_id"])
        profile = self.profiles.get(row["payer_code"])
        if profile is None:
            self._failed(conn, row, f"the gateway has no configuration for payer {row['payer_code']}", False, tally)
            return
        document = row["document"]
        if document is None:
            try:
                document = build_document(row["kind"], row["subject"])
            except ValueError as exc:  # the data cannot make a valid document: no retry will help
                self._failed(conn, row, f"cannot build the {row['kind']} document: {exc}", False, tally)
                return
            conn.execute("SELECT insurance.gateway_fix_document(%s, %s)", (row["id"], json.dumps(document)))
        try:
            result = profile.send(Outgoing(request_id, row["kind"], document))
        except PayerError as exc:
            self._failed(conn, row, str(exc), exc.retryable, tally)
            return
        except Exception as exc:  # noqa: BLE001 - a fault in a profile: logged, retried later, the rest goes on
            log.exception("request %s: the %s profile failed", row["request_id"], row["payer_code"])
            self._failed(conn, row, f"the gateway failed while sending: {exc}", True, tally)
            return
        tally.sent += 1
        if row["kind"] == "communication":
            # Our reply to a query awaits no answer of its own: the payer's decision on the claim comes later.
            conn.execute("SELECT insurance.gateway_communication_sent(%s)", (row["id"],))
            if isinstance(result, Accepted) or result.document.get("resourceType") not in RECORDED_TYPES:
                return
        elif isinstance(result, Accepted):
            tally.accepted += 1
            conn.execute("SELECT insurance.gateway_sent(%s, %s, %s)",
                         (row["id"], result.correlation_id, self.settings.answer_within_seconds))
            return
        else:
            conn.execute("SELECT insurance.gateway_sent(%s, %s, %s)",
                         (row["id"], result.correlation_id, self.settings.answer_within_seconds))
        self._record(conn, row["payer_code"], result, tally, fallback_request=request_id)

    def _failed(self, conn: psycopg.Connection, row: dict[str, Any], error: str, retryable: bool, tally: Tally) -> None:
        state = conn.execute("SELECT insurance.gateway_failed(%s, %s, %s, %s) AS state",
                             (row["id"], error, retryable, self.settings.max_attempts)).fetchone()["state"]
        if state == "retry":
            tally.retried += 1
        else:
            tally.failed += 1
        log.warning("request %s (%s to %s): %s — %s", row["request_id"], row["kind"], row["payer_code"], error, state)

    def _record(self, conn: psycopg.Connection, payer_code: str, answer: Answer, tally: Tally,
                fallback_request: str | None = None) -> None:
        request_id = answer.request_id or fallback_request
        kind = answer.document.get("resourceType")
        if kind not in RECORDED_TYPES:
            log.warning("payer %s sent a %s, which the gateway does not record", payer_code, kind)
            return
        try:
            reading = read_answer(answer.document)
        except ValueError as exc:
            reading = None
            problem = str(exc)
        if reading is None:
            # An answer nobody can read is kept as a refusal of the request, so billing sees why nothing came.
            log.warning("payer %s: unreadable %s for %s: %s", payer_code, kind, request_id, problem)
            document = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid",
                                                                     "diagnostics": problem[:400]}]}
            answer = Answer(answer.message_id, request_id, answer.correlation_id, document)
            reading = {"reason": f"the payer's {kind} could not be read: {problem[:300]}"}
        try:
            outcome = conn.execute("SELECT insurance.gateway_record(%s, %s, %s, %s, %s) AS outcome",
                                   (payer_code, message_id(answer), request_id, json.dumps(answer.document),
                                    json.dumps(reading, default=str))).fetchone()["outcome"]
        except psycopg.errors.Error as exc:
            log.error("payer %s: the %s for %s could not be recorded: %s", payer_code, kind, request_id,
                      exc.diag.message_primary or exc)
            tally.failed += 1
            return
        if outcome.startswith("duplicate"):
            tally.duplicates += 1
        else:
            tally.recorded += 1
        log.info("payer %s: %s for %s: %s", payer_code, kind, request_id or "-", outcome)

    # -- the process ---------------------------------------------------------------------------------------------
    def stop(self) -> None:
        self._stop.set()

    def serve(self) -> None:
        """Rounds until stopped: woken by NOTIFY on the outbox channel, else every poll_seconds. A lost database
        connection is retried every few seconds; the requests stay in the outbox meanwhile."""
        while not self._stop.is_set():
            try:
                with self.connect() as conn, self.connect() as listener:
                    listener.execute(f"LISTEN {OUTBOX_CHANNEL}")
                    while not self._stop.is_set():
                        did = self.run_once(conn)
                        if did.sent or did.recorded or did.duplicates:
                            continue  # there may be more due at once
                        for _ in listener.notifies(timeout=self.settings.poll_seconds, stop_after=1):
                            pass
            except psycopg.OperationalError as exc:
                log.error("database unavailable (%s); retrying in 3 s", exc)
                self._stop.wait(3)
        for profile in self.profiles.values():
            profile.close()
