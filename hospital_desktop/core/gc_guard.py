"""Garbage collection only on the UI thread.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a threshold is crossed. When a
reference cycle holds a Qt wrapper (a widget, a lambda connected to a signal), collecting it in a database worker
thread destroys the Qt object off the UI thread, and Qt crashes (seen as a segfault in the test suite). The remedy
pyqtgraph's GarbageCollector also uses: switch automatic collection off and collect from a UI-thread timer, with the
same generation thresholds Python would apply."""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

_installed: GcOnUiThread | None = None


class GcOnUiThread(QObject):
    def __init__(self, interval_ms: int = 500):
        super().__init__()
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


def install() -> GcOnUiThread:
    """Idempotent; call on the UI thread once a Q(Core)Application exists."""
    global _installed
    if _installed is None:
        _installed = GcOnUiThread()
    return _installed
