"""Work the UI thread does a piece at a time: one job per turn of the event loop.

A screen with eight charts costs about 15 ms per chart to build; built in one constructor it holds the screen still
for all of them at once. `later(owner, job)` queues `job` instead, and one application-wide queue runs one job per
turn, so a click or a key press is handled between any two. A job whose owner Qt has deleted is skipped. Code that
needs the result sooner builds it itself (each job must be idempotent: see charts._ChartBase.plot)."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer


class _IdleQueue(QObject):
    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())  # owned by the application, not the garbage collector
        self._jobs: deque[tuple[QObject, Callable[[], object]]] = deque()
        self._timer = QTimer(self, singleShot=True, interval=0)  # a zero timer fires once per event-loop turn
        self._timer.timeout.connect(self._run_one)

    def add(self, owner: QObject, job: Callable[[], object]) -> None:
        self._jobs.append((owner, job))
        self._timer.start()

    def _run_one(self) -> None:
        try:
            while self._jobs:
                owner, job = self._jobs.popleft()
                if shiboken6.isValid(owner):
                    job()
                    break
        finally:  # a job that raised must not stop the ones after it
            if self._jobs:
                self._timer.start()

    def pending(self) -> int:
        return len(self._jobs)


_queue: _IdleQueue | None = None


def _the_queue() -> _IdleQueue:
    global _queue  # noqa: PLW0603 - one queue per application
    if _queue is None or not shiboken6.isValid(_queue):
        _queue = _IdleQueue()
    return _queue


def later(owner: QObject, job: Callable[[], object]) -> None:
    """Run `job` on a later turn of the event loop (in order, one job per turn) unless `owner` is deleted first."""
    _the_queue().add(owner, job)


def pending() -> int:
    """How many jobs wait (the tests' "is the screen fully built" signal)."""
    return _the_queue().pending()
