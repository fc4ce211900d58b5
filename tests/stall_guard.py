"""A UI-stall guard: how long the event loop went without turning while a workspace opened and refreshed.

A precise timer ticks every TICK_MS on the UI thread; the time between two ticks minus TICK_MS is a gap in which
nothing the user sees could move (a freeze). Used by tests/test_ui_stalls.py (fails on a gap over LIMIT_MS) and by
bench/ui_stalls.py (prints the worst gap per workspace)."""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt, QTimer

TICK_MS = 5
LIMIT_MS = 100.0


@dataclass
class Stall:
    ms: float
    during: str


@dataclass
class StallGuard:
    """`with StallGuard() as guard: ...`, run the event loop meanwhile; `guard.worst` is the longest gap."""
    label: str = ""
    stalls: list[Stall] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._timer = QTimer(QCoreApplication.instance(), interval=TICK_MS)  # owned by Qt, not the collector
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0

    def phase(self, label: str) -> None:
        """Name what happens next (the gap is reported with the phase it ended in)."""
        self._tick()
        self.label = label

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last:
            self.stalls.append(Stall(max(0.0, (now - self._last) * 1000 - TICK_MS), self.label))
        self._last = now

    def __enter__(self) -> StallGuard:
        self._last = time.perf_counter()
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._tick()
        self._timer.stop()
        self._timer.deleteLater()

    @property
    def worst(self) -> Stall:
        return max(self.stalls, key=lambda s: s.ms, default=Stall(0.0, self.label))


def settle(ops, qtbot, timeout_ms: int = 60000, quiet_ms: int = 300) -> None:  # noqa: ANN001
    """Run the event loop until the window's database work is done and its answers are shown."""
    deadline = time.monotonic() + timeout_ms / 1000
    quiet_since = None
    while time.monotonic() < deadline:
        qtbot.wait(20)
        QCoreApplication.processEvents()
        if ops._pending:  # noqa: SLF001 - the only honest "idle" signal Operations has
            quiet_since = None
            continue
        quiet_since = quiet_since or time.monotonic()
        if (time.monotonic() - quiet_since) * 1000 >= quiet_ms:
            return
    raise TimeoutError("the workspace's database work did not finish")
