"""The UI thread does one piece of work per turn of the event loop (core/idle.py): answers that arrive together,
and widgets built piece by piece, never add up to one long freeze (issue 14: a dashboard's eight answers and eight
charts were handled in one turn and held the screen still 120-220 ms)."""
from __future__ import annotations

import time
from datetime import datetime, timedelta

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from hospital_desktop.core import idle
from hospital_desktop.core.ops import run_in_background


def test_answers_that_arrive_together_are_shown_one_per_turn(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    shown: list[int] = []
    for n in range(5):
        run_in_background(owner, lambda n=n: n, shown.append, lambda exc: None)
    # Deliver the workers' posted answers without running the event loop's timers: before core/idle.py each
    # answer's callback ran right here, all five in one turn; now each waits for a turn of its own.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and idle.pending() + len(shown) < 5:
        QCoreApplication.sendPostedEvents()
        time.sleep(0.01)
    assert shown == [] and idle.pending() >= 5
    qtbot.waitUntil(lambda: len(shown) == 5, timeout=5000)
    assert sorted(shown) == [0, 1, 2, 3, 4]  # each once (two workers: in the order they finished)


def test_a_job_whose_owner_is_gone_is_skipped_and_a_failing_job_stops_nothing(qtbot):
    ran: list[str] = []
    gone, kept = QObject(), QObject()

    def fails() -> None:
        raise RuntimeError("a job that fails")
    idle.later(gone, lambda: ran.append("gone"))
    idle.later(kept, fails)
    idle.later(kept, lambda: ran.append("after the failure"))
    shiboken6.delete(gone)
    with qtbot.capture_exceptions() as raised:
        qtbot.waitUntil(lambda: "after the failure" in ran, timeout=2000)
    assert ran == ["after the failure"]
    assert [str(e[1]) for e in raised] == ["a job that fails"]


def test_a_chart_builds_its_plot_after_the_constructor_and_draws_on_first_data(qtbot):
    from hospital_desktop.widgets.charts import BarChart
    chart = BarChart("Later")
    qtbot.addWidget(chart)
    assert chart._plot_widget is None  # noqa: SLF001 - the constructor did not pay for the plot
    qtbot.waitUntil(lambda: chart._plot_widget is not None, timeout=5000)  # noqa: SLF001
    second = BarChart("Data first")
    qtbot.addWidget(second)
    second.set_data(["A", "B"], {"n": [1.0, 2.0]})  # data before the idle build: drawn at once
    assert not second.is_empty() and len(second.bar_items) == 1


def test_an_empty_vitals_chart_says_so_instead_of_drawing_an_empty_axis(qtbot):
    from hospital_desktop.adt.views.vitals_chart import EMPTY_TEXT, VitalsChart
    chart = VitalsChart()
    qtbot.addWidget(chart)
    chart.set_series({})
    assert chart.is_empty() and chart.empty_label.text() == EMPTY_TEXT
    now = datetime.now().astimezone()
    chart.set_series({"temperature": [(now - timedelta(hours=1), 37.2), (now, 38.5)]})
    assert not chart.is_empty() and chart.points["temperature"] == 2
