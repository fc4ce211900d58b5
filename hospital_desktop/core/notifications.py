"""Pushed alerts: a listener thread that holds its own connection with LISTEN hms_notify.

On every (re)connect — to whichever server the profile's host list finds accepting writes, the new primary after a
failover — it first LISTENs, then reads the login's unacknowledged notifications, so nothing sent while the client was
offline (or between the two steps) is missed; each notification is emitted once, however often it is read again. A NOTIFY payload carries ids
only ({"id", "kind", "recipient_id"}): the listener re-reads the row, so row-level security decides what the client
sees. The thread never touches widgets: it emits Qt signals, delivered to the UI thread by queued connections."""
from __future__ import annotations

import json
import re
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import psycopg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from .changes import Change

log = logging.getLogger(__name__)

# The fixed words of the titles the database writes (lab.alert, lab.escalate_critical, the STAT prescription
# trigger); the rest of a title is data (a test, a value and unit, a prescription number, a drug).
_PREFIXES = {"Unacknowledged critical result: ": QT_TRANSLATE_NOOP("Alert", "Unacknowledged critical result: {title}"),
             "Corrected: ": QT_TRANSLATE_NOOP("Alert", "Corrected: {title}"),
             "STAT prescription ": QT_TRANSLATE_NOOP("Alert", "STAT prescription {title}")}
_FLAGS = {"critical high": QT_TRANSLATE_NOOP("Alert", "critical high"),
          "critical low": QT_TRANSLATE_NOOP("Alert", "critical low"),
          "high": QT_TRANSLATE_NOOP("Alert", "high"), "low": QT_TRANSLATE_NOOP("Alert", "low"),
          "abnormal": QT_TRANSLATE_NOOP("Alert", "abnormal")}
_FLAG = re.compile(r" \((critical high|critical low|high|low|abnormal)\)$")


def shown_title(title: str) -> str:
    """A notification's title in the user's language: its fixed words translated, its data as written."""
    for prefix, template in _PREFIXES.items():
        if title.startswith(prefix):
            return QCoreApplication.translate("Alert", template).format(title=shown_title(title[len(prefix):]))
    flag = _FLAG.search(title)
    if flag:
        return f"{title[:flag.start()]} ({QCoreApplication.translate('Alert', _FLAGS[flag.group(1)])})"
    return title

CHANNEL = "hms_notify"
_COLUMNS = "id, kind, ref_id, patient_id, title, created_at"


@dataclass(frozen=True)
class Notification:
    id: int
    kind: str
    ref_id: int | None
    patient_id: int | None
    title: str
    created_at: datetime

    @property
    def shown_title(self) -> str:
        return shown_title(self.title)

    @property
    def critical(self) -> bool:
        """A critical result: red, and it stops the user until read (widgets/safety.py)."""
        return self.kind in ("lab_critical", "lab_critical_escalated")

    @property
    def urgent(self) -> bool:
        """Shown first, in amber, but not a danger: a STAT prescription is work to do now, not a clinical alarm."""
        return self.kind == "pharmacy_stat"

    @property
    def refreshes(self) -> Change | None:
        """The `Operations.changed` noun whose open views must show what this notification announces."""
        if self.kind.startswith("lab_"):
            return Change.LAB_ORDER
        if self.kind.startswith("pharmacy_"):
            return Change.PRESCRIPTION
        return None


class NotificationListener(QObject):
    """Emits `received(Notification)` for each unacknowledged notification of the login (backlog first), and
    `online(bool)` when its connection comes and goes. `connect` opens a new psycopg connection."""
    received = Signal(object)
    online = Signal(bool)

    def __init__(self, connect: Callable[[], psycopg.Connection], parent: QObject | None = None, *,
                 poll_seconds: float = 0.5, retry_seconds: tuple[float, float] = (0.5, 5.0)):
        super().__init__(parent)
        self._connect = connect
        self._poll = poll_seconds
        self._retry = retry_seconds
        self._stop = threading.Event()
        # Deleted with its window (even one never closed): the thread ends at its next wake-up.
        stop = self._stop
        self.destroyed.connect(lambda *_: stop.set())
        self._thread: threading.Thread | None = None
        self._conn: psycopg.Connection | None = None
        # Ids already emitted (touched by the thread only): a reconnect's backlog read repeats every unacknowledged
        # one, and a NOTIFY arriving between LISTEN and that read names a row it returns too.
        self._emitted: set[int] = set()

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="hms-notify-listener", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    # -- the thread ------------------------------------------------------------------------------------
    def _emit(self, signal_name: str, value: object) -> None:
        """Emit from the thread; when the window owning the listener is gone without stopping it, stop quietly."""
        try:
            getattr(self, signal_name).emit(value)
        except RuntimeError:  # "Signal source has been deleted"
            self._stop.set()

    def _deliver(self, row: tuple) -> None:
        if row[0] not in self._emitted:
            self._emitted.add(row[0])
            self._emit("received", Notification(*row))

    def _run(self) -> None:
        delay = self._retry[0]
        while not self._stop.is_set():
            try:
                with self._connect() as conn:
                    conn.autocommit = True
                    self._conn = conn
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._emit("online", True)
                    delay = self._retry[0]
                    for row in conn.execute(f"SELECT {_COLUMNS} FROM notify.notification "
                                            "WHERE acknowledged_at IS NULL ORDER BY id").fetchall():
                        self._deliver(row)
                    self._listen(conn)
            except psycopg.Error as exc:
                log.info("notification listener disconnected: %s", exc)
            finally:
                self._conn = None
            if self._stop.is_set():
                break
            self._emit("online", False)
            self._stop.wait(delay)
            delay = min(delay * 2, self._retry[1])

    def _listen(self, conn: psycopg.Connection) -> None:
        me = conn.execute("SELECT core.current_staff_id()").fetchone()[0]
        while not self._stop.is_set():
            # One at a time, out of the generator before querying: the wait ends at the first NOTIFY, and those
            # that arrive while the row is read are queued by psycopg for the next wait.
            for note in list(conn.notifies(timeout=self._poll, stop_after=1)):
                try:
                    payload = json.loads(note.payload)
                    if payload.get("recipient_id") not in (None, me):
                        continue
                    row = conn.execute(f"SELECT {_COLUMNS} FROM notify.notification WHERE id = %s",
                                       (int(payload["id"]),)).fetchone()
                except (ValueError, KeyError, TypeError):
                    log.warning("ignored a malformed notification payload")
                    continue
                if row is not None:  # row-level security: only the login's own notifications
                    self._deliver(row)
                if self._stop.is_set():
                    return
