"""The audit trail as an auditor reads it (issue 14, defect 10): patients by name and MRN, not internal ids; the
real actor with their name, and a login that is not staff said for what it is ("postgres (database
administrator)"), while the demo's patients are registered by a reception login; the locale's times (English:
dd/mm/yyyy HH:MM), also inside the diff; and a result the database flagged abnormal is flagged in the diff, in colour and
in words."""
from __future__ import annotations

import os
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from hospital_desktop.widgets.safety import DANGER_BG, WARNING_BG

WAIT = 15000
SHOTS = os.environ.get("HMS_SHOTS_DIR")
WHEN = re.compile(r"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$")  # en_GB, the English locale


@pytest.fixture(autouse=True)
def english(qapp):
    from hospital_desktop import i18n
    i18n.install("en")


def _search(qtbot, search, *, patient: str = "", table: str = "", actor: str = "") -> list:
    search.patient.setText(patient)
    search.table_name.setCurrentText(table)
    search.actor.setCurrentText(actor)
    search.limit_dates.setChecked(False)
    search.search()
    qtbot.waitUntil(lambda: search.model.rowCount() > 0 and not search.model.loading, timeout=WAIT)
    return search.model.rows


def _cell(search, row: int, title: str) -> str:
    model = search.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title)
    return model.data(model.index(row, column))


def _audit(qtbot, shell):  # noqa: ANN202
    window = shell("auditor1")
    window.resize(1366, 768)
    window.select_workspace("audit")
    audit = window.workspaces["audit"].widget
    qtbot.waitUntil(lambda: audit.events.actor.count() > 1, timeout=WAIT)
    return window, audit


def test_demo_patients_are_registered_by_reception_and_shown_by_name_and_mrn(qtbot, shell, admin, connect_as):
    # The seed registers as the demo clerks (SET SESSION AUTHORIZATION), not as the superuser.
    creators = {r[0] for r in admin.execute("SELECT DISTINCT created_by FROM registry.patient WHERE id <= 400")}
    assert creators == {"reception1", "reception2"}
    pid, mrn, family, given = admin.execute(
        "SELECT id, mrn, family_name, given_name FROM registry.patient WHERE id = 5").fetchone()
    _window, audit = _audit(qtbot, shell)
    search = audit.events
    rows = _search(qtbot, search, patient=mrn, table="registry.patient")
    insert = next(i for i, r in enumerate(rows) if r.action == "INSERT")
    assert _cell(search, insert, "Patient") == f"{family}, {given} · {mrn}"  # not the id 5
    assert _cell(search, insert, "User") in ("Rosa Martin (reception1)", "Owen Clarke (reception2)")
    assert WHEN.match(_cell(search, insert, "When")), _cell(search, insert, "When")
    search.results.selectRow(insert)
    assert f"{family}, {given} · {mrn}" in search.diff_title.text()
    assert "Rosa Martin (reception1)" in search.diff_title.text() or "Owen Clarke" in search.diff_title.text()
    cells = {search.diff.item(i, 0).text(): search.diff.item(i, 2).text() for i in range(search.diff.rowCount())}
    assert re.match(r"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}:\d{2}$", cells["created_at"]), cells["created_at"]
    assert re.match(r"^\d{2}/\d{2}/\d{4}$", cells["birth_date"]), cells["birth_date"]

    # The chart access log names the patient too.
    with connect_as("reception1") as clerk:
        clerk.execute("SELECT core.log_chart_access(%s, 'reception desk: identify / register patient')", (pid,))
        clerk.commit()
    access = audit.access
    access.patient.setText(mrn)
    access.search()
    qtbot.waitUntil(lambda: access.model.rowCount() > 0 and not access.model.loading, timeout=WAIT)
    for i in range(access.model.rowCount()):
        assert access.model.data(access.model.index(i, 2)) == f"{family}, {given} · {mrn}"
        assert WHEN.match(access.model.data(access.model.index(i, 0)))


def test_the_superuser_is_shown_as_the_database_administrator(qtbot, shell, admin):
    superuser = admin.execute("SELECT e.actor FROM audit.event e JOIN pg_roles r ON r.rolname = e.actor "
                              "WHERE r.rolsuper LIMIT 1").fetchone()[0]
    _window, audit = _audit(qtbot, shell)
    search = audit.events
    _search(qtbot, search, actor=superuser)
    assert _cell(search, 0, "User") == f"{superuser} (database administrator)"
    assert search.actor.currentText() == superuser  # the filter keeps the real login name


def _background(cell) -> str | None:  # noqa: ANN001 - widgets.tables.Cell
    value = cell.data(Qt.ItemDataRole.BackgroundRole)
    return None if value is None else QColor(value.color() if isinstance(value, QBrush) else value).name()


def _find(qtbot, search, event_id: int) -> int:
    """The row of an event, scrolling the lazy list (newest first) until it is loaded."""
    model = search.model

    def loaded() -> bool:
        if any(r.id == event_id for r in model.rows):
            return True
        if not model.loading and model.canFetchMore():
            model.fetchMore()
        return False
    qtbot.waitUntil(loaded, timeout=WAIT)
    return next(i for i, r in enumerate(model.rows) if r.id == event_id)


def test_an_abnormal_result_is_flagged_in_the_diff(qtbot, shell, admin):
    # (lab.result rows carry no patient_id, so their audit events are found by table, not by patient)
    event_id, flag, value = admin.execute(
        "SELECT id, new_row ->> 'flag', new_row ->> 'value' FROM audit.event "
        " WHERE table_name = 'result' AND action = 'INSERT' AND new_row ->> 'flag' LIKE 'critical%' "
        " ORDER BY id DESC LIMIT 1").fetchone()
    normal = admin.execute("SELECT id FROM audit.event WHERE table_name = 'result' AND action = 'INSERT' "
                           "AND new_row ->> 'flag' = 'normal' ORDER BY id DESC LIMIT 1").fetchone()[0]
    window, audit = _audit(qtbot, shell)
    search = audit.events
    search.model.page_size = 2000  # every result event on one page (the demo has under a thousand)
    _search(qtbot, search, table="lab.result")
    search.results.selectRow(_find(qtbot, search, event_id))
    words = "CRITICAL " + flag.removeprefix("critical_").upper()
    assert f"result flagged {words}" in search.diff_title.text()
    cells = {search.diff.item(i, 0).text(): search.diff.item(i, 2) for i in range(search.diff.rowCount())}
    assert cells["value"].text() == f"{value}   ⚠ flagged {words}"
    assert _background(cells["value"]) == DANGER_BG and _background(cells["flag"]) == DANGER_BG
    assert _background(cells["reference_range"]) not in (DANGER_BG, WARNING_BG)
    if SHOTS:
        search.results.scrollTo(search.model.index(search.results.currentIndex().row(), 0))
        window.grab().save(os.path.join(SHOTS, "audit_flagged.png"))
    # A normal result: nothing flagged.
    search.results.selectRow(_find(qtbot, search, normal))
    assert "flagged" not in search.diff_title.text()
    assert all("flagged" not in search.diff.item(i, 2).text() for i in range(search.diff.rowCount()))
    qtbot.waitUntil(lambda: not search.model.loading, timeout=WAIT)  # no page in flight when the window closes
