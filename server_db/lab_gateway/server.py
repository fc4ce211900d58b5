"""The lab gateway's asyncio service: an MLLP listener storing ORU^R01 results (one transaction per message), the
periodic critical-result escalation, and the optional ORM^O01 sender to an external LIS.

The gateway logs in as its own staff login (lab role): every write goes through the lab.* step functions, so the
database applies the same rules, flags, charges, alerts and audit as for a person at the lab workstation."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from dataclasses import dataclass
from typing import Any

import psycopg
from hl7.mllp import open_hl7_connection, start_hl7_server
from psycopg.rows import dict_row

from . import messages as m

log = logging.getLogger("hms.lab_gateway")


@dataclass
class Settings:
    url: str
    host: str = "127.0.0.1"
    port: int = 2575
    password: str | None = None
    lis: tuple[str, int] | None = None
    max_message_bytes: int = 2 * 1024 * 1024
    max_connections: int = 64
    idle_timeout: float = 3600.0        # an analyzer may keep its connection open and quiet this long
    frame_timeout: float = 120.0        # a started message must be complete within this time (slow clients)
    write_timeout: float = 30.0         # a client must read its ACK within this time (half-open clients)
    escalate_every: float = 30.0
    lis_poll_every: float = 5.0
    lis_ack_timeout: float = 10.0
    lis_retry_seconds: int = 30
    lis_backlog_hours: int = 24
    application: str = "HMS"
    facility: str = "HOSPITAL"
    lis_application: str = "LIS"
    lis_facility: str = "LAB"
    statement_timeout_ms: int = 15_000
    db_connections: int = 4             # messages of different clients are stored in parallel (group commit)


class DatabaseUnavailable(Exception):
    pass


class Database:
    """One psycopg 3 async connection, used by one task at a time, re-opened when it drops."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.lock = asyncio.Lock()
        self._conn: psycopg.AsyncConnection | None = None

    async def connection(self) -> psycopg.AsyncConnection:
        if self._conn is not None and not self._conn.closed and not self._conn.broken:
            return self._conn
        await self.drop()
        kwargs: dict[str, Any] = {"autocommit": True, "application_name": "hms-lab-gateway", "connect_timeout": 5}
        if self.settings.password is not None:
            kwargs["password"] = self.settings.password
        try:
            conn = await psycopg.AsyncConnection.connect(self.settings.url, **kwargs)
            await conn.execute("SELECT set_config('statement_timeout', %s, false), "
                               "set_config('lock_timeout', '5s', false)", (str(self.settings.statement_timeout_ms),))
        except psycopg.Error as exc:
            raise DatabaseUnavailable(type(exc).__name__) from None
        log.info("database connected")
        self._conn = conn
        return conn

    def lost(self) -> bool:
        return self._conn is None or self._conn.closed or self._conn.broken

    async def drop(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                await self._conn.close()
        self._conn = None

    async def run(self, work, retry: bool = True):  # noqa: ANN001, ANN201
        """Run `await work(conn)` inside one transaction; if the connection dropped before the commit was
        attempted, reconnect and run it once more. Raises DatabaseUnavailable when the database cannot be used."""
        async with self.lock:
            for attempt in (1, 2):
                conn = await self.connection()
                committing = False
                try:
                    async with conn.transaction():
                        result = await work(conn)
                        committing = True
                    return result
                except psycopg.Error as exc:
                    if not self.lost():
                        raise
                    await self.drop()
                    log.warning("database connection lost (%s)", type(exc).__name__)
                    if committing or attempt == 2 or not retry:
                        raise DatabaseUnavailable("connection lost" + (" during commit" if committing else ""))\
                            from None
        raise DatabaseUnavailable("unreachable")


class DatabasePool:
    """A few Database connections; each message (or job) borrows one for its transaction."""

    def __init__(self, settings: Settings) -> None:
        self.members = [Database(settings) for _ in range(max(1, settings.db_connections))]
        self._free: asyncio.Queue[Database] | None = None

    async def run(self, work, retry: bool = True):  # noqa: ANN001, ANN201
        if self._free is None:
            self._free = asyncio.Queue()
            for member in self.members:
                self._free.put_nowait(member)
        member = await self._free.get()
        try:
            return await member.run(work, retry)
        finally:
            self._free.put_nowait(member)

    async def drop(self) -> None:
        for member in self.members:
            await member.drop()


class Gateway:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.db = DatabasePool(settings)
        self.server: asyncio.AbstractServer | None = None
        self.port: int | None = None
        self.connections = 0
        self.handled = 0
        self._tasks: list[asyncio.Task] = []
        self._clients: set[asyncio.Task] = set()
        self._lis: tuple[Any, Any] | None = None

    # ------------------------------------------------------------------------------------------------------
    # Lifecycle
    # ------------------------------------------------------------------------------------------------------
    async def start(self) -> int:
        # The reader's limit caps the buffered frame (memory stays bounded per connection).
        self.server = await start_hl7_server(self._client, self.settings.host, self.settings.port,
                                             limit=self.settings.max_message_bytes)
        self.port = self.server.sockets[0].getsockname()[1]
        log.info("listening on %s:%s", self.settings.host, self.port)
        self._tasks.append(asyncio.create_task(self._every(self.settings.escalate_every, self.escalate)))
        if self.settings.lis:
            self._tasks.append(asyncio.create_task(self._every(self.settings.lis_poll_every, self.send_orders)))
        return self.port

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
        tasks = self._tasks + list(self._clients)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(BaseException):
                await task
        await self._close_lis()
        await self.db.drop()

    async def serve_forever(self) -> None:
        await self.start()
        assert self.server is not None
        try:
            await self.server.serve_forever()
        finally:
            await self.stop()

    async def _every(self, seconds: float, job) -> None:  # noqa: ANN001
        while True:
            try:
                await job()
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - a background job never kills the gateway
                log.exception("%s failed", job.__name__)
            await asyncio.sleep(seconds)

    # ------------------------------------------------------------------------------------------------------
    # Inbound: MLLP clients
    # ------------------------------------------------------------------------------------------------------
    async def _client(self, reader: asyncio.StreamReader, writer) -> None:  # noqa: ANN001
        if self.connections >= self.settings.max_connections:
            log.warning("connection refused: %d clients already connected", self.connections)
            writer.close()
            return
        self.connections += 1
        task = asyncio.current_task()
        if task is not None:
            self._clients.add(task)
        try:
            while True:
                try:
                    first = await asyncio.wait_for(reader.readexactly(1), self.settings.idle_timeout)
                except (asyncio.IncompleteReadError, TimeoutError):
                    break  # closed by the client, or quiet for too long
                try:
                    frame = await asyncio.wait_for(self._read_frame(reader), self.settings.frame_timeout)
                except asyncio.IncompleteReadError:
                    break  # the client closed in the middle of a frame: nothing to answer
                except TimeoutError:
                    log.info("connection closed: message not complete within %.0f s", self.settings.frame_timeout)
                    break
                if frame is not None:
                    frame = first + frame
                reply = await self.handle_frame(frame)
                if reply is None:
                    continue
                writer.writeblock(reply.encode("utf-8"))
                await asyncio.wait_for(writer.drain(), self.settings.write_timeout)
        except (TimeoutError, ConnectionError, OSError):
            pass
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - one bad connection never takes the listener down
            log.exception("connection failed")
        finally:
            self.connections -= 1
            self._clients.discard(task)  # type: ignore[arg-type]
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 2)

    async def _read_frame(self, reader: asyncio.StreamReader) -> bytes | None:
        """The bytes up to the next end block; None when the frame was over the size limit (its bytes are
        discarded as they arrive, so memory stays bounded)."""
        try:
            return (await reader.readuntil(m.END_BLOCK))[:-len(m.END_BLOCK)]
        except asyncio.LimitOverrunError as overrun:
            await reader.readexactly(overrun.consumed)
        while True:
            try:
                await reader.readuntil(m.END_BLOCK)
                return None
            except asyncio.LimitOverrunError as overrun:
                await reader.readexactly(overrun.consumed)

    async def handle_frame(self, frame: bytes | None) -> str | None:
        """One MLLP frame -> the ACK text (None for an incoming ACK, which is not acknowledged)."""
        started = time.perf_counter()
        header = m.Header()
        ack_id = "A" + uuid.uuid4().hex[:19]
        try:
            if frame is None:
                raise m.reject(m.DATA_TYPE_ERROR, f"message longer than {self.settings.max_message_bytes} bytes",
                               category="too_large")
            text, header = m.decode(frame)
            if header.message_type == "ACK":
                log.info("control_id=%s type=ACK ignored", header.control_id or "-")
                return None
            message = m.parse_result_message(text, header)
            stored = await self.db.run(lambda conn: self._store(conn, message))
            outcome = m.build_ack(header, "AA", ack_id, f"stored {stored} result(s)",
                                  application=self.settings.application, facility=self.settings.facility)
            log.info("control_id=%s type=ORU^R01 outcome=AA results=%d ms=%.1f", header.control_id, stored,
                     (time.perf_counter() - started) * 1000)
            self.handled += 1
            return outcome
        except m.Rejected as rejected:
            log.info("control_id=%s type=%s^%s outcome=%s code=%d reason=%s ms=%.1f", header.control_id or "-",
                     header.message_type or "-", header.trigger or "-", rejected.ack, rejected.code,
                     rejected.category, (time.perf_counter() - started) * 1000)
            self.handled += 1
            return m.build_ack(header, rejected.ack, ack_id, rejected.reason, rejected.code, rejected.location,
                               self.settings.application, self.settings.facility)
        except DatabaseUnavailable as exc:
            log.warning("control_id=%s outcome=AR reason=database_unavailable (%s)", header.control_id or "-", exc)
            return m.build_ack(header, "AR", ack_id, "database unavailable: nothing stored, send again later",
                               m.INTERNAL_ERROR, "", self.settings.application, self.settings.facility)
        except Exception:  # noqa: BLE001 - never crash on a message; answer and log
            log.exception("control_id=%s outcome=AE reason=internal_error", header.control_id or "-")
            return m.build_ack(header, "AE", ack_id, "internal error: nothing stored", m.INTERNAL_ERROR, "",
                               self.settings.application, self.settings.facility)

    async def _store(self, conn: psycopg.AsyncConnection, message: m.ResultMessage) -> int:
        """Store every OBX of the message (already inside the message's transaction). Raises Rejected (AE) with
        a reason; the caller's transaction then rolls back and nothing is written."""
        await conn.execute("SELECT set_config('hms.result_source', 'hl7', true)")
        # Messages are stored in parallel: serialize those touching the same specimen (receiving it moves all its
        # orders) or order, taking the locks in one order so two messages never deadlock; then read the state.
        placers = [group.placer_order_number for group in message.orders]
        await conn.execute("""
            SELECT pg_advisory_xact_lock(hashtext('lab.gateway'), k) FROM (
                SELECT DISTINCT mod(coalesce(o.specimen_id * 2, o.id * 2 + 1), 2147483647)::integer AS k
                  FROM lab.lab_order o
                 WHERE o.order_number = ANY(%s) ORDER BY 1) keys""", (placers,))
        stored = 0
        for group in message.orders:
            cur = await conn.execute("""
                SELECT o.id, o.status, o.test_code, p.mrn, s.accession_number, t.unit
                  FROM lab.lab_order o
                  JOIN registry.patient p ON p.id = o.patient_id
                  JOIN lab.test t ON t.code = o.test_code
                  LEFT JOIN lab.specimen s ON s.id = o.specimen_id
                 WHERE o.order_number = %s""", (group.placer_order_number,))
            row = await cur.fetchone()
            if row is None:
                raise m.error(m.UNKNOWN_KEY, f"unknown order {group.placer_order_number}", group.location,
                              "unknown_order")
            order_id, status, test_code, mrn, accession, unit = row
            if mrn != group.mrn:
                raise m.error(m.UNKNOWN_KEY, f"patient mismatch: PID-3 is not the patient of order "
                              f"{group.placer_order_number}", f"{group.pid_location}^3", "patient_mismatch")
            for obx in group.observations:
                if obx.code != test_code:
                    raise m.error(m.TABLE_VALUE_NOT_FOUND, f"OBX-3 {obx.code} is not the test ordered on "
                                  f"{group.placer_order_number} ({test_code})", f"{obx.location}^3", "wrong_test")
                if obx.unit and obx.unit != unit:
                    raise m.error(m.TABLE_VALUE_NOT_FOUND, f"unit {obx.unit} is not the catalog unit {unit} of "
                                  f"{test_code}", f"{obx.location}^6", "unit_mismatch")
                status = await self._store_observation(conn, message, group, order_id, status, accession, obx)
                stored += 1
        return stored

    async def _store_observation(self, conn: psycopg.AsyncConnection, message: m.ResultMessage,
                                 group: m.OrderResults, order_id: int, status: str, accession: str | None,
                                 obx: m.Observation) -> str:
        control = message.header.control_id
        comment = obx.comment
        if obx.reference_range:
            comment = (comment + f" (analyzer range {obx.reference_range})").strip()
        await conn.execute("SELECT set_config('hms.analyzer_flag', %s, true)", (obx.abnormal_flag,))
        try:
            async with conn.transaction():  # a savepoint: the DB's reason is read, then everything rolls back
                if obx.status == "C" and status == "released":
                    reason = obx.comment if len(obx.comment) >= 5 else f"corrected by HL7 message {control}"
                    await conn.execute("SELECT lab.correct_result(%s, %s, %s, %s, %s)",
                                       (order_id, obx.value, obx.unit or None, reason[:500], comment))
                    return status
                if obx.status == "C" and status != "resulted":
                    raise m.error(m.TABLE_VALUE_NOT_FOUND, f"order {group.placer_order_number} is {status}: a "
                                  "correction (OBX-11 C) needs a released or resulted order", f"{obx.location}^11",
                                  "order_state")
                if status == "collected" and accession:
                    await conn.execute("SELECT lab.receive(%s)", (accession,))
                    status = "received"
                if status == "resulted":
                    cur = await conn.execute("SELECT value, unit, source FROM lab.result WHERE lab_order_id = %s "
                                             "AND status = 'entered'", (order_id,))
                    current = await cur.fetchone()
                    if current is not None and current[0] == obx.value and current[2] == "hl7" \
                            and (not obx.unit or current[1] == obx.unit):
                        return status  # the same result sent again: already stored, no new version
                    await conn.execute("SELECT lab.enter_result(%s, %s, %s, %s, %s)",
                                       (order_id, obx.value, obx.unit or None, comment,
                                        f"replaced by HL7 message {control} (result status {obx.status})"))
                    return status
                if status == "received":
                    await conn.execute("SELECT lab.enter_result(%s, %s, %s, %s)",
                                       (order_id, obx.value, obx.unit or None, comment))
                    return "resulted"
        except psycopg.errors.DatabaseError as exc:
            if isinstance(exc, psycopg.OperationalError) and (conn.closed or conn.broken):
                raise
            reason = (exc.diag.message_primary or type(exc).__name__)[:200]
            raise m.error(m.TABLE_VALUE_NOT_FOUND if exc.sqlstate in ("23514", "22P02") else m.INTERNAL_ERROR,
                          reason, f"{obx.location}^5", f"database_{exc.sqlstate}") from None
        hint = ("send a correction (OBX-11 C)" if status in ("verified", "released")
                else "results are taken for collected or received specimens")
        raise m.error(m.TABLE_VALUE_NOT_FOUND, f"order {group.placer_order_number} is {status}: {hint}",
                      f"{obx.location}^11", "order_state")

    # ------------------------------------------------------------------------------------------------------
    # Periodic: critical-result escalation
    # ------------------------------------------------------------------------------------------------------
    async def escalate(self) -> int:
        async def work(conn: psycopg.AsyncConnection) -> int:
            cur = await conn.execute("SELECT lab.escalate_overdue()")
            return (await cur.fetchone())[0]
        try:
            count = await self.db.run(work)
        except DatabaseUnavailable as exc:
            log.warning("escalation skipped: database unavailable (%s)", exc)
            return 0
        if count:
            log.info("escalated %d critical result(s)", count)
        return count

    # ------------------------------------------------------------------------------------------------------
    # Outbound: ORM^O01 to the LIS
    # ------------------------------------------------------------------------------------------------------
    async def send_orders(self) -> int:
        """Send the due new orders (NW) and cancellations (CA) to the LIS, one at a time, each acknowledged before
        the next."""
        if not self.settings.lis:
            return 0
        lease = int(self.settings.lis_ack_timeout * 2 + 30)

        async def due(conn: psycopg.AsyncConnection) -> list[dict]:
            async with conn.cursor(row_factory=dict_row) as cur:
                await cur.execute("SELECT * FROM lab.hl7_outbound_due(50, %s, %s)",
                                  (lease, self.settings.lis_backlog_hours))
                return await cur.fetchall()
        try:
            rows = await self.db.run(due)
        except DatabaseUnavailable as exc:
            log.warning("LIS orders skipped: database unavailable (%s)", exc)
            return 0
        sent = 0
        for row in rows:
            code, reason = await self._send_one(row)
            retry = min(self.settings.lis_retry_seconds * 2 ** max(row["attempts"] - 1, 0), 3600)

            async def done(conn: psycopg.AsyncConnection, row=row, code=code, reason=reason, retry=retry) -> str:
                cur = await conn.execute("SELECT lab.hl7_outbound_done(%s, %s, %s, %s, %s)",
                                         (row["lab_order_id"], code, reason, retry, row["order_control"]))
                return (await cur.fetchone())[0]
            try:
                state = await self.db.run(done)
            except DatabaseUnavailable:
                log.warning("control_id=%s type=ORM^O01 answer %s not recorded: database unavailable "
                            "(the lease expires and it is sent again with the same control id)",
                            row["message_control_id"], code)
                continue
            log.info("control_id=%s type=ORM^O01 control=%s attempt=%d ack=%s state=%s", row["message_control_id"],
                     row["order_control"], row["attempts"], code or "-", state)
            sent += state == "acknowledged"
        return sent

    async def _send_one(self, row: dict) -> tuple[str | None, str]:
        message = m.build_order_message(row, self.settings.application, self.settings.facility,
                                        self.settings.lis_application, self.settings.lis_facility)
        try:
            reader, writer = await self._lis_connection()
            writer.writeblock(message.encode("utf-8"))
            await asyncio.wait_for(writer.drain(), self.settings.lis_ack_timeout)
            while True:
                frame = await asyncio.wait_for(reader.readuntil(m.END_BLOCK), self.settings.lis_ack_timeout)
                code, control, text = m.read_ack(frame[:-len(m.END_BLOCK)])
                if control == row["message_control_id"]:
                    return (code if code in ("AA", "AE", "AR", "CA", "CE", "CR") else None), text or f"LIS {code}"
                log.info("LIS acknowledged another message (%s): ignored", control[:50])
        except (TimeoutError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError,
                m.Rejected) as exc:
            await self._close_lis()
            return None, f"LIS not reachable or no valid answer ({type(exc).__name__})"

    async def _lis_connection(self):  # noqa: ANN202
        if self._lis is not None and not self._lis[1].is_closing():
            return self._lis
        await self._close_lis()
        host, port = self.settings.lis  # type: ignore[misc]
        self._lis = await asyncio.wait_for(open_hl7_connection(host, port, limit=self.settings.max_message_bytes),
                                           self.settings.lis_ack_timeout)
        return self._lis

    async def _close_lis(self) -> None:
        if self._lis is not None:
            writer = self._lis[1]
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 2)
        self._lis = None
