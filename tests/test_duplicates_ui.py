"""The duplicates workspace end to end (issue 16), driven like an administrator: scan a registry with planted
duplicates from the screen, find them in the queue with both records and their footprint side by side, merge one
(choosing the survivor), mark one "not the same person" with the keyboard, and see the counts on the dashboard."""
from __future__ import annotations

import pytest
from builders import open_encounter, planted_duplicates
from PySide6.QtCore import Qt, QTimer
from screens import shot, shot_over

pytestmark = pytest.mark.db

REASON = "same person: one record made at the emergency desk"


def _wait_idle(qtbot, window, timeout=30000):  # noqa: ANN001
    qtbot.waitUntil(lambda: window.ops.wait_idle(10), timeout=timeout)


def test_an_administrator_scans_merges_and_keeps_apart_and_the_dashboard_counts(qtbot, shell, connect_as, admin):
    p = planted_duplicates(connect_as)
    open_encounter(connect_as, p["margret"])  # the typo record has a visit: offered as the one to keep
    before = admin.execute("SELECT count(*) FILTER (WHERE decision = 'merged'), "
                           "count(*) FILTER (WHERE decision = 'distinct') FROM registry.duplicate_pair").fetchone()

    window = shell("admin1")
    assert "duplicates" in window.workspaces
    window.select_workspace("duplicates")
    ws = window.workspaces["duplicates"].widget
    _wait_idle(qtbot, window)
    ws.scan_button.click()
    qtbot.waitUntil(lambda: "Scan #" in ws.message.text(), timeout=120000)

    def row_of(a: int, b: int) -> int:
        ids = [(x.a.id, x.b.id) for x in ws.pairs]
        return ids.index((min(a, b), max(a, b))) if (min(a, b), max(a, b)) in ids else -1

    qtbot.waitUntil(lambda: row_of(p["margaret"], p["margret"]) >= 0, timeout=30000)
    typo, nick = row_of(p["margaret"], p["margret"]), row_of(p["william"], p["bill"])
    assert typo >= 0 and nick >= 0, (ws.message.text(), ws.summary.text(), len(ws.pairs), p)
    assert all(p["zed"] not in (x.a.id, x.b.id) for x in ws.pairs)

    # -- the typo pair: both records and their footprint side by side
    ws.queue.setFocus()
    ws.queue.selectRow(typo)
    qtbot.waitUntil(lambda: ws.current is not None and ws.current.id == ws.pairs[typo].id and bool(ws.footprint),
                    timeout=15000)
    pair = ws.current
    compare = {ws.compare.verticalHeaderItem(r).text(): (ws.compare.item(r, 0).text(), ws.compare.item(r, 1).text())
               for r in range(ws.compare.rowCount())}
    assert sorted(compare["Given name"]) == ["Margaret", "Margret"]
    assert compare["Encounters"] == (("0", "1") if pair.a.id == p["margaret"] else ("1", "0"))
    assert "given name" in ws.reasons.text()
    window.resize(1366, 768)
    shot(window, "duplicates_queue")
    assert ws._keep_by_default(pair) == p["margret"]

    # -- Merge: keep Margaret's record (the scripted path of the dialog's answer)
    ws.decide_selected("merged", reason=REASON, survivor=p["margaret"])
    qtbot.waitUntil(lambda: "Merged" in ws.message.text(), timeout=30000)
    assert admin.execute("SELECT merged_into_id FROM registry.patient WHERE id = %s",
                         (p["margret"],)).fetchone()[0] == p["margaret"]
    qtbot.waitUntil(lambda: row_of(p["margaret"], p["margret"]) == -1, timeout=30000)

    # -- Not the same person, by keyboard: the button, a reason typed, Enter
    ws.queue.selectRow(row_of(p["william"], p["bill"]))
    qtbot.waitUntil(lambda: ws.current is not None and {ws.current.a.id, ws.current.b.id} == {p["william"], p["bill"]},
                    timeout=15000)
    seen = {}

    def answer() -> None:
        dialog = ws.dialog
        if dialog is None:
            QTimer.singleShot(50, answer)
            return
        seen["ok_before"] = dialog.ok.isEnabled()
        qtbot.keyClicks(dialog.reason, "twins: different middle names")
        seen["ok_after"] = dialog.ok.isEnabled()
        shot_over(window, dialog, "duplicates_not_same")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    ws.distinct_button.click()  # exec() returns when Enter accepted the dialog
    assert seen == {"ok_before": False, "ok_after": True}
    qtbot.waitUntil(lambda: "Kept separate" in ws.message.text(), timeout=30000)
    assert admin.execute("SELECT decision, decision_note FROM registry.duplicate_pair WHERE patient_a = %s "
                         "AND patient_b = %s", (min(p["william"], p["bill"]), max(p["william"], p["bill"]))).fetchone() \
        == ("distinct", "twins: different middle names")

    # -- A second scan from the screen brings neither back
    ws.scan_button.click()
    qtbot.waitUntil(lambda: ws.scan_button.isEnabled() and "Scan #" in ws.message.text(), timeout=120000)
    qtbot.waitUntil(lambda: ws.counts.get("distinct", 0) > before[1], timeout=30000)
    assert row_of(p["margaret"], p["margret"]) == -1 and row_of(p["william"], p["bill"]) == -1

    # -- The dashboard counts them
    window.select_workspace("dashboard_admin")
    dash = window.workspaces["dashboard_admin"].widget
    dash.refresh(force_views=True)
    qtbot.waitUntil(lambda: dash.idle and dash.panels["duplicates"].data is not None, timeout=30000)
    data = dash.panels["duplicates"].data
    counts = dict(zip(data.x, data.series["Pairs"], strict=True))
    assert counts["Merged"] == before[0] + 1 and counts["Not the same"] == before[1] + 1
    assert counts["Decided"] == counts["Merged"] + counts["Not the same"]
    assert counts["Found"] >= counts["Decided"] + counts["Waiting"]
    truth = admin.execute("SELECT count(*) FROM registry.duplicate_pair").fetchone()[0]
    assert counts["Found"] == truth
    from PySide6.QtWidgets import QScrollArea
    area = dash.panels["duplicates"].parent()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parent()
    if area is not None:
        area.ensureWidgetVisible(dash.panels["duplicates"])
    shot(window, "dashboard_duplicates")
