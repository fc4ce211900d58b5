"""core/ops.py's latest=True (issue 13: one way to drop superseded answers instead of 22 hand-rolled counters) and
the one vocabulary of change nouns (core/changes.py), against a real login."""
from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QLabel

from hospital_desktop.core.changes import Change
from hospital_desktop.core.ops import Operations

pytestmark = pytest.mark.db


class Shown(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.answers: list[object] = []

    def show_answer(self, answer: object) -> None:
        self.answers.append(answer)


def slow(value: object, seconds: float):  # noqa: ANN201
    def work(session):  # noqa: ANN001, ANN202
        time.sleep(seconds)  # inside a real database session of the login
        return value
    return work


@pytest.fixture
def ops(qtbot, login_db):
    made = Operations(login_db("reception1"))
    made.show_errors = False
    yield made
    made.shutdown()


def test_only_the_newest_answer_of_a_stream_is_shown(qtbot, ops):
    view = Shown()
    qtbot.addWidget(view)
    ops.run_query(None, slow("the previous department", 0.4), view.show_answer, latest=True)
    ops.run_query(None, slow("this department", 0.0), view.show_answer, latest=True)
    qtbot.waitUntil(lambda: ops.wait_idle(10), timeout=5000)
    qtbot.wait(200)
    assert view.answers == ["this department"]


def test_a_lambda_is_a_stream_of_its_view_and_two_views_do_not_supersede_each_other(qtbot, ops):
    first, second = Shown(), Shown()
    for view in (first, second):
        qtbot.addWidget(view)

    def ask(view: Shown, value: str, seconds: float) -> None:  # the same lambda in the source, two views
        ops.run_query(None, slow(value, seconds), lambda r: view.show_answer(r), latest=True)
    ask(first, "old for first", 0.4)
    ask(second, "only for second", 0.2)
    ask(first, "new for first", 0.0)
    qtbot.waitUntil(lambda: ops.wait_idle(10), timeout=5000)
    qtbot.wait(200)
    assert first.answers == ["new for first"] and second.answers == ["only for second"]


def test_forget_answers_drops_what_is_on_its_way(qtbot, ops):
    view = Shown()
    qtbot.addWidget(view)
    ops.run_query(None, slow("the invoice before", 0.3), view.show_answer, latest=True)
    ops.forget_answers(view.show_answer)  # no invoice selected any more
    qtbot.waitUntil(lambda: ops.wait_idle(10), timeout=5000)
    qtbot.wait(200)
    assert view.answers == []


def test_without_latest_every_answer_is_shown(qtbot, ops):
    view = Shown()
    qtbot.addWidget(view)
    ops.run_query(None, slow("a", 0.2), view.show_answer)
    ops.run_query(None, slow("b", 0.0), view.show_answer)
    qtbot.waitUntil(lambda: len(view.answers) == 2, timeout=5000)
    assert sorted(view.answers) == ["a", "b"]


def test_a_change_noun_outside_the_vocabulary_is_refused_before_anything_runs(qtbot, ops):
    ran = []
    with pytest.raises(ValueError):
        ops.run_change(None, lambda s: ran.append(1), lambda _r: None, noun="patients")  # a typo of "patient"
    assert ran == []
    heard: list[str] = []
    ops.changed.connect(heard.append)
    ops.run_change(None, lambda s: None, lambda _r: None, noun=Change.PATIENT)
    qtbot.waitUntil(lambda: heard == ["patient"], timeout=5000)
