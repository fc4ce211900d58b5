"""Render every workspace of every demo role at 1366×768 to docs/workstations/<key>.png (for the user guides).
Not part of the suite (its name does not start with test_); run it explicitly:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/render_workstations.py -q

HMS_SHOTS_SIZE=1920x1080 HMS_SHOTS_DIR=/tmp/ws1920 renders the other screen size hospitals have somewhere else
(to look at, not for the docs)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from stall_guard import settle

from conftest import DEMO_LOGINS

pytestmark = pytest.mark.db
OUT = Path(os.environ.get("HMS_SHOTS_DIR") or Path(__file__).resolve().parents[1] / "docs" / "workstations")
SIZE = tuple(int(n) for n in os.environ.get("HMS_SHOTS_SIZE", "1366x768").split("x"))
done: set[str] = set()


@pytest.mark.parametrize("login", sorted(DEMO_LOGINS.values()))
def test_render(qtbot, shell, login):
    from hospital_desktop.widgets.safety import SafetyStop
    OUT.mkdir(parents=True, exist_ok=True)
    window = shell(login)
    window.resize(*SIZE)
    settle(window.ops, qtbot)
    for stop in window.findChildren(SafetyStop):  # a doctor's critical result at login: shown once, separately
        if stop.isVisible():
            qtbot.waitUntil(stop.confirm.isEnabled, timeout=5000)
            stop.grab().save(str(OUT / f"critical_stop_{login}.png"))
            stop.confirm.click()
    for key in window.workspaces:
        if key in done:
            continue
        window.select_workspace(key)
        settle(window.ops, qtbot)
        qtbot.wait(200)
        assert window.grab().save(str(OUT / f"{key}.png"))
        done.add(key)
