"""The one way views reach the database (Anki's CollectionOp / QueryOp).

    ops.run_query(parent, lambda s: queries.search(s, text), on_done=show)
    ops.run_change(parent, lambda s: queries.register(s, data), on_done=opened, reason="walk-in", noun=Change.PATIENT)

The function runs on a worker thread (a thread pool) with a short database session; its result comes back on
the UI thread. Anything slower than PROGRESS_AFTER_MS shows a window-modal "please wait" dialog. Known
failures (RLS denial, lost connection, constraint) become one plain message; anything else is a bug and is
shown as a crash report. After a change, `changed(noun)` tells every open view to refresh what it shows."""
from __future__ import annotations

import itertools
import logging
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from sqlalchemy.exc import DBAPIError

from .changes import Change
from . import idle
from .errors import KnownError, classify
from .session import Database

log = logging.getLogger(__name__)
PROGRESS_AFTER_MS = 400
RETRIES = 3
RETRY_STATES = {"40001", "40P01"}  # serialization failure, deadlock detected
# The "please wait" dialog's text when the caller names none (translated as the dialog shows).
LOADING = QT_TRANSLATE_NOOP("Operations", "Loading…")
SAVING = QT_TRANSLATE_NOOP("Operations", "Saving…")
WORKING = QT_TRANSLATE_NOOP("Operations", "Working…")
_BACKGROUND = ThreadPoolExecutor(max_workers=2, thread_name_prefix="hd-background")  # before login


def _translate(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


class _Dispatcher(QObject):
    """Carries finished jobs' answers to the UI thread. Threads never hold the last reference to anything that may
    own a Qt object: when a worker dropped the last reference to a closure that kept a widget alive, the widget was
    destroyed on the worker thread, whose QObject destructor then waited for the GIL the UI thread held while the UI
    thread waited for Qt's connection lock — a deadlock seen on CI. So the UI thread keeps every job's function and
    callback (`jobs`) until the answer arrives, the worker lets go of what it ran before it answers, the answer
    travels in a box the UI thread empties, and the one dispatcher lives as long as the program."""
    done = Signal(int, object)  # job id, [result, exception]

    def __init__(self) -> None:
        super().__init__()
        self.jobs: dict[int, tuple[Callable[[Any, BaseException | None], None], list]] = {}
        self.done.connect(self._deliver)  # emitted on workers, delivered queued on the UI thread

    @Slot(int, object)
    def _deliver(self, job_id: int, box: list) -> None:
        # Answers that arrive together (a dashboard's eight charts) are shown one per turn of the event loop
        # (core/idle.py): handled in one batch they held the screen still for the sum of their callbacks.
        idle.later(self, lambda: self._show(job_id, box))

    def _show(self, job_id: int, box: list) -> None:
        result, exc = box
        box.clear()
        callback, holder = self.jobs.pop(job_id, (None, []))
        holder.clear()
        if callback is not None:
            callback(result, exc)

    def submit(self, pool: ThreadPoolExecutor, work: Callable[[], Any],
               callback: Callable[[Any, BaseException | None], None]) -> tuple[int, Future]:
        job_id = next(_JOB_IDS)
        holder = [work]
        self.jobs[job_id] = (callback, holder)
        return job_id, pool.submit(_run_job, job_id, holder, self)

    def forget(self, job_id: int) -> None:
        """A job that will never run (its pool was shut down): release what it would have called, here."""
        _, holder = self.jobs.pop(job_id, (None, []))
        holder.clear()


_JOB_IDS = itertools.count(1)
_DISPATCHER: _Dispatcher | None = None


def _dispatcher() -> _Dispatcher:
    """The program's dispatcher, made on first use — always on the UI thread, where jobs are started."""
    global _DISPATCHER
    if _DISPATCHER is None:
        _DISPATCHER = _Dispatcher()
    return _DISPATCHER


def _run_job(job_id: int, holder: list, dispatcher: _Dispatcher) -> None:
    """Worker thread: run the job and hand [result, exception] to the UI thread. Plain Python threads (a
    ThreadPoolExecutor) rather than QRunnables: a Python-owned QRunnable can be freed by the garbage collector
    while QThreadPool still touches it, which crashed the client here."""
    work = holder[0]
    try:
        result, exc = work(), None
    except BaseException as error:  # noqa: BLE001 - handed to the UI thread, which decides
        result, exc = None, error
    del work  # the UI thread's holder now has the only reference; it is released there
    box = [result, exc]
    del result, exc
    dispatcher.done.emit(job_id, box)


class Operations(QObject):
    changed = Signal(str)             # a core/changes.Change: "patient", "appointment", ...
    connection_state = Signal(bool)   # True when the last database call worked
    failed = Signal(object)           # KnownError, for tests and the status bar

    def __init__(self, db: Database, parent: QObject | None = None, *, max_threads: int = 4):
        super().__init__(parent)
        self.db = db
        self.pool = ThreadPoolExecutor(max_workers=max_threads, thread_name_prefix="hd-db")
        self._pending: dict[Future, int] = {}  # running or queued jobs and their dispatcher ids
        self._newest: dict[tuple[int, Any], int] = {}  # latest=True: the newest call number per stream
        self.show_errors = True  # tests switch dialogs off and watch `failed`
        self.closed = False

    def shutdown(self, msecs: int = 5000) -> None:
        """The window is closing: wait for running work and drop every answer still on its way, so no
        callback runs on widgets that are being destroyed."""
        self.closed = True
        self.wait_idle(msecs)
        self.pool.shutdown(wait=False, cancel_futures=True)
        for future, job_id in list(self._pending.items()):
            if future.cancelled():
                _dispatcher().forget(job_id)

    # -- public API ---------------------------------------------------------------------------------
    def run_query(self, parent: QWidget | None, fn: Callable[[Any], Any], on_done: Callable[[Any], None],
                  *, on_error: Callable[[KnownError], None] | None = None, label: str | None = None,
                  latest: bool = False) -> None:
        """latest=True: only the answer to the newest call with the same `on_done` (the same method, or the same
        lambda in the source, of the same view: _stream_of) is shown; an answer to an older one — the previous
        department, the search before the last key press — is dropped."""
        def work() -> Any:
            with self.db.session() as session:
                return fn(session)
        self._start(parent, work, on_done, on_error, label or _translate(LOADING), noun=None, latest=latest)

    def run_report(self, parent: QWidget | None, fn: Callable[[Any], Any], on_done: Callable[[Any], None],
                   *, on_error: Callable[[KnownError], None] | None = None, label: str | None = None,
                   latest: bool = False) -> None:
        """A read-only query for dashboards and reports: served by the read-only replica when the server profile
        names one, so heavy aggregates never load the primary."""
        def work() -> Any:
            with self.db.read_session() as session:
                return fn(session)
        self._start(parent, work, on_done, on_error, label or _translate(LOADING), noun=None, latest=latest)

    def run_change(self, parent: QWidget | None, fn: Callable[[Any], Any], on_done: Callable[[Any], None],
                   *, noun: Change, reason: str | None = None, on_error: Callable[[KnownError], None] | None = None,
                   label: str | None = None) -> None:
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
        self._start(parent, work, on_done, on_error, label or _translate(SAVING), noun=noun)

    def run_plain(self, parent: QWidget | None, fn: Callable[[], Any], on_done: Callable[[Any], None],
                  *, on_error: Callable[[KnownError], None] | None = None, label: str | None = None) -> None:
        """Off-thread work that manages its own connection (login checks, PDF rendering)."""
        self._start(parent, fn, on_done, on_error, label or _translate(WORKING), noun=None)

    def forget_answers(self, on_done: Callable[[Any], None]) -> None:
        """Answers still on their way to `on_done` (asked with latest=True) are dropped: the view moved on without
        asking again (no invoice selected any more, a view that needs no list)."""
        stream = _stream_of(on_done)
        if stream in self._newest:
            self._newest[stream] += 1

    def run_steps(self, parent: QWidget | None, fn: Callable[[Steps], Any], on_done: Callable[[Any], None],
                  *, noun: Change | None = None, on_error: Callable[[KnownError], None] | None = None,
                  label: str | None = None) -> None:
        """A workflow of several short transactions with work between them (a claim: record the attempt, call
        the payer, record the answer). fn gets the Steps it may use; nothing is retried (the work in between
        may have reached the outside world)."""
        self._start(parent, lambda: fn(Steps(self.db)), on_done, on_error, label or _translate(WORKING), noun=noun)

    def wait_idle(self, msecs: int = 10000) -> bool:
        _, not_done = wait(list(self._pending), timeout=msecs / 1000)
        return not not_done

    # -- machinery ----------------------------------------------------------------------------------
    def _start(self, parent: QWidget | None, work: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[KnownError], None] | None, label: str, noun: Change | None,
               latest: bool = False) -> None:
        if self.closed:
            return  # the window is closing; nobody would see the answer
        if noun is not None:
            noun = Change(noun)  # one vocabulary: a noun nobody listens for is a mistake, found before anything runs
        stream, call = None, 0
        if latest:
            stream = _stream_of(on_done)
            call = self._newest[stream] = self._newest.get(stream, 0) + 1
        progress: dict[str, QProgressDialog | None] = {"dialog": None}
        timer = QTimer(self)
        timer.setSingleShot(True)

        def show_progress() -> None:
            if parent is None or not parent.isVisible():
                return
            dialog = QProgressDialog(label, None, 0, 0, parent)
            dialog.setWindowTitle(QCoreApplication.translate("Operations", "Please wait"))
            dialog.setMinimumDuration(0)
            dialog.setWindowModality(dialog.windowModality().WindowModal)
            dialog.show()
            progress["dialog"] = dialog

        timer.timeout.connect(show_progress)
        timer.start(PROGRESS_AFTER_MS)

        def finished(result: Any, exc: BaseException | None) -> None:
            if not shiboken6.isValid(self):
                return  # the window and its operations are gone (the timer and the dialog with them)
            timer.stop()
            timer.deleteLater()
            dialog = progress["dialog"]
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.close()
                dialog.deleteLater()
            if self.closed or (stream is not None and self._newest.get(stream) != call):
                return  # closing, or a newer call of the same stream was made: this answer is out of date
            if exc is None:
                self.connection_state.emit(True)
                on_done(result)
                if noun:
                    self.changed.emit(noun)
                return
            self._fail(parent, exc, on_error)

        job_id, future = _dispatcher().submit(self.pool, work, finished)
        self._pending[future] = job_id
        pending = self._pending  # not self: the callback runs, and is dropped, on the worker thread
        future.add_done_callback(lambda f: pending.pop(f, None))

    def _fail(self, parent: QWidget | None, exc: BaseException,
              on_error: Callable[[KnownError], None] | None) -> None:
        known = classify(exc)
        if known is None:
            log.error("unexpected error in a database operation", exc_info=exc)
            known = KnownError(QCoreApplication.translate(
                "Operations", "Something went wrong inside the program. The details were written to the log; please "
                              "report them."), kind="bug",
                               detail="".join(traceback.format_exception(exc)))
        if known.kind == "connection":
            self.connection_state.emit(False)
        self.failed.emit(known)
        if on_error is not None:
            on_error(known)
        elif self.show_errors:
            show_error(parent, known)


def _stream_of(on_done: Callable[[Any], None]) -> tuple[int, Any]:
    """Which answers supersede each other under latest=True: those handed to the same callback — the same
    method, or the same lambda in the source — of the same view. By the view's id, not the view, so a stream
    never keeps a closed view alive."""
    owner = getattr(on_done, "__self__", None)
    func = getattr(on_done, "__func__", on_done)
    if owner is None:  # a lambda or local function: the Qt object it closes over (the view that wrote it)
        for cell in getattr(func, "__closure__", None) or ():
            try:
                value = cell.cell_contents
            except ValueError:  # a cell not filled yet
                continue
            if isinstance(value, QObject):
                owner = value
                break
    return id(owner), getattr(func, "__code__", func)


def run_in_background(owner: QObject, fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    """Run fn on a background thread and call back on the UI thread (for work before login, when there
    is no Operations yet); nothing is called when the owner was deleted meanwhile."""
    def finished(result: Any, exc: BaseException | None) -> None:
        if not shiboken6.isValid(owner):
            return
        if exc is None:
            on_done(result)
        else:
            on_error(exc)

    _dispatcher().submit(_BACKGROUND, fn, finished)


def show_error(parent: QWidget | None, error: KnownError) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if error.kind == "bug" else QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Operations", "Crash report") if error.kind == "bug"
                       else QCoreApplication.translate("Operations", "Not done"))
    box.setText(error.message)
    if error.detail:
        box.setDetailedText(error.detail)
    box.open()


class Steps:
    """What a multi-step workflow (Operations.run_steps) may do on the worker thread, and no more: open short
    transactions one after another, hold one connection for a long read, use a new password. It has
    `session()` like a Database, so service code (billing.claims.submit_claim) takes either."""

    def __init__(self, db: Database):
        self._db = db

    @property
    def identity(self):  # noqa: ANN201 - core.session.Identity | None
        return self._db.identity

    def session(self, *, reason: str | None = None) -> AbstractContextManager[Any]:
        """One short transaction (commits at the end of the block, rolls back on error)."""
        return self._db.session(reason=reason)

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """One psycopg connection from the pool for a long read that commits as it goes (the audit chain
        check); rolled back and returned to the pool afterwards."""
        raw = self._db.engine.raw_connection()
        try:
            yield raw.driver_connection
            raw.driver_connection.rollback()
        finally:
            raw.close()

    def use_password(self, password: str) -> None:
        """The login's password was changed: new connections use it, and the identity is read again (now
        without the one-time password flag)."""
        self._db.replace_password(password)
        self._db.login()
