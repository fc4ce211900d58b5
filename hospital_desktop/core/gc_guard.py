"""Garbage collection on the UI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a threshold is crossed.
When that is a database worker and the cycle holds Qt objects (closed windows, chart items), Qt objects are
destroyed off the UI thread and the program crashes (seen here with the dashboards' pyqtgraph charts while
worker threads were running queries). As Anki, qutebrowser and pyqtgraph do: switch automatic collection off
and collect from a timer on the UI thread, with the same generation thresholds."""
from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

_installed: QObject | None = None


class _Collector(QObject):
    def __init__(self, interval_ms: int):
        super().__init__(QCoreApplication.instance())
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        l0, l1, l2 = gc.get_count()
        if l0 > self.threshold[0]:
            gc.collect(0)
            if l1 > self.threshold[1]:
                gc.collect(1)
                if l2 > self.threshold[2]:
                    gc.collect(2)


def install(interval_ms: int = 1000) -> None:
    """Idempotent; call on the UI thread once a QApplication exists."""
    global _installed
    if _installed is None and QCoreApplication.instance() is not None:
        _installed = _Collector(interval_ms)
