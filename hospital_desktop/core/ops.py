"""The one way views reach the database (Anki's CollectionOp / QueryOp).

    ops.run_query(parent, lambda s: queries.search(s, text), on_done=show)
    ops.run_change(parent, lambda s: queries.register(s, data), on_done=opened, reason="walk-in", noun="patient")

The function runs on a worker thread (a thread pool) with a short database session; its result comes back on
the UI thread. Anything slower than PROGRESS_AFTER_MS shows a window-modal "please wait" dialog. Known
failures (RLS denial, lost connection, constraint) become one plain message; anything else is a bug and is
shown as a crash report. After a change, `changed(noun)` tells every open view to refresh what it shows."""
from __future__ import annotations

import logging
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sqlalchemy.exc import DBAPIError

from .errors import KnownError, classify
from .session import Database

log = logging.getLogger(__name__)
PROGRESS_AFTER_MS = 400
RETRIES = 3
RETRY_STATES = {"40001", "40P01"}  # serialization failure, deadlock detected
_BACKGROUND = ThreadPoolExecutor(max_workers=2, thread_name_prefix="hd-background")  # before login


class _Relay(QObject):
    """Carries one job's answer to the UI thread. It is a child of the object that asked (Operations, a
    dialog), and the delivering slot is its own method: if the asker is gone when the answer arrives, Qt
    drops the queued call instead of running a callback on deleted objects."""
    finished = Signal(object)  # one (result, exception) pair

    def __init__(self, parent: QObject, callback: Callable[[Any, BaseException | None], None]):
        super().__init__(parent)
        self._callback = callback
        self.finished.connect(self._deliver)

    @Slot(object)
    def _deliver(self, outcome: tuple[Any, BaseException | None]) -> None:
        self.deleteLater()
        self._callback(*outcome)


def _run_job(fn: Callable[[], Any], relay: _Relay) -> None:
    """Worker thread: run fn and hand (result, exception) to the relay. Plain Python threads (a
    ThreadPoolExecutor) rather than QRunnables: a Python-owned QRunnable can be freed by the garbage collector
    while QThreadPool still touches it, which crashed the client here."""
    try:
        result, exc = fn(), None
    except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which decides
        result, exc = None, error
    try:
        relay.finished.emit((result, exc))
    except RuntimeError:
        pass  # whoever asked was closed meanwhile; nobody is waiting for this answer


class Operations(QObject):
    changed = Signal(str)             # a noun: "patient", "appointment", ...
    connection_state = Signal(bool)   # True when the last database call worked
    failed = Signal(object)           # KnownError, for tests and the status bar

    def __init__(self, db: Database, parent: QObject | None = None, *, max_threads: int = 4):
        super().__init__(parent)
        self.db = db
        self.pool = ThreadPoolExecutor(max_workers=max_threads, thread_name_prefix="hd-db")
        self._pending: set[Future] = set()
        self.show_errors = True  # tests switch dialogs off and watch `failed`
        self.closed = False

    def shutdown(self, msecs: int = 5000) -> None:
        """The window is closing: wait for running work and drop every answer still on its way, so no
        callback runs on widgets that are being destroyed."""
        self.closed = True
        self.wait_idle(msecs)
        self.pool.shutdown(wait=False, cancel_futures=True)

    # -- public API ---------------------------------------------------------------------------------
    def run_query(self, parent: QWidget | None, fn: Callable[[Any], Any], on_done: Callable[[Any], None],
                  *, on_error: Callable[[KnownError], None] | None = None, label: str = "Loading…") -> None:
        def work() -> Any:
            with self.db.session() as session:
                return fn(session)
        self._start(parent, work, on_done, on_error, label, noun=None)

    def run_report(self, parent: QWidget | None, fn: Callable[[Any], Any], on_done: Callable[[Any], None],
                   *, on_error: Callable[[KnownError], None] | None = None, label: str = "Loading…") -> None:
        """A read-only query for dashboards and reports: served by the read-only replica when the server profile
        names one, so heavy aggregates never load the primary."""
        def work() -> Any:
            with self.db.read_session() as session:
                return fn(session)
        self._start(parent, work, on_done, on_error, label, noun=None)

    def run_change(self, parent: QWidget | None, fn: Callable[[Any], Any], on_done: Callable[[Any], None],
                   *, noun: str, reason: str | None = None, on_error: Callable[[KnownError], None] | None = None,
                   label: str = "Saving…") -> None:
        def work() -> Any:
            # A deadlock or serialization failure is the database asking to try again: do so quietly, a few
            # times, so it never reaches the user (the transaction was rolled back, nothing half-done).
            for attempt in range(RETRIES):
                try:
                    with self.db.session(reason=reason) as session:
                        return fn(session)
                except DBAPIError as exc:
                    if getattr(exc.orig, "sqlstate", None) not in RETRY_STATES or attempt == RETRIES - 1:
                        raise
                    time.sleep(0.05 * (attempt + 1))
            raise AssertionError("unreachable")
        self._start(parent, work, on_done, on_error, label, noun=noun)

    def run_plain(self, parent: QWidget | None, fn: Callable[[], Any], on_done: Callable[[Any], None],
                  *, on_error: Callable[[KnownError], None] | None = None, label: str = "Working…") -> None:
        """Off-thread work that manages its own connection (login checks, PDF rendering)."""
        self._start(parent, fn, on_done, on_error, label, noun=None)

    def wait_idle(self, msecs: int = 10000) -> bool:
        _, not_done = wait(list(self._pending), timeout=msecs / 1000)
        return not not_done

    # -- machinery ----------------------------------------------------------------------------------
    def _start(self, parent: QWidget | None, work: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[KnownError], None] | None, label: str, noun: str | None) -> None:
        if self.closed:
            return  # the window is closing; nobody would see the answer
        progress: dict[str, QProgressDialog | None] = {"dialog": None}
        timer = QTimer(self)
        timer.setSingleShot(True)

        def show_progress() -> None:
            if parent is None or not parent.isVisible():
                return
            dialog = QProgressDialog(label, None, 0, 0, parent)
            dialog.setWindowTitle("Please wait")
            dialog.setMinimumDuration(0)
            dialog.setWindowModality(dialog.windowModality().WindowModal)
            dialog.show()
            progress["dialog"] = dialog

        timer.timeout.connect(show_progress)
        timer.start(PROGRESS_AFTER_MS)

        def finished(result: Any, exc: BaseException | None) -> None:
            timer.stop()
            timer.deleteLater()
            if progress["dialog"] is not None:
                progress["dialog"].close()
                progress["dialog"].deleteLater()
            if self.closed:
                return
            if exc is None:
                self.connection_state.emit(True)
                on_done(result)
                if noun:
                    self.changed.emit(noun)
                return
            self._fail(parent, exc, on_error)

        future = self.pool.submit(_run_job, work, _Relay(self, finished))
        self._pending.add(future)
        future.add_done_callback(self._pending.discard)

    def _fail(self, parent: QWidget | None, exc: BaseException,
              on_error: Callable[[KnownError], None] | None) -> None:
        known = classify(exc)
        if known is None:
            log.error("unexpected error in a database operation", exc_info=exc)
            known = KnownError("Something went wrong inside the program. The details were written to the log; "
                               "please report them.", kind="bug",
                               detail="".join(traceback.format_exception(exc)))
        if known.kind == "connection":
            self.connection_state.emit(False)
        self.failed.emit(known)
        if on_error is not None:
            on_error(known)
        elif self.show_errors:
            show_error(parent, known)


def run_in_background(owner: QObject, fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    """Run fn on a background thread and call back on the UI thread (for work before login, when there
    is no Operations yet)."""
    def finished(result: Any, exc: BaseException | None) -> None:
        if exc is None:
            on_done(result)
        else:
            on_error(exc)

    _BACKGROUND.submit(_run_job, fn, _Relay(owner, finished))


def show_error(parent: QWidget | None, error: KnownError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if error.kind == "bug" else QMessageBox.Icon.Warning)
    box.setWindowTitle("Crash report" if error.kind == "bug" else "Not done")
    box.setText(error.message)
    if error.detail:
        box.setDetailedText(error.detail)
    box.open()
