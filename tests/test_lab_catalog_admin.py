"""The lab catalog maintained by the administrator (server_db/sql/lab/ and the "Lab tests" /
"Lab panels" screens): plain SQL as each login, then the screens driven like a user would."""
from __future__ import annotations

import random

import psycopg
import pytest
from builders import open_encounter, place_order, register
from test_lab import through_to_result

from hospital_desktop.admin.lab_catalog_queries import loinc_check_digit, loinc_problem

pytestmark = pytest.mark.db
_rng = random.Random()


def new_code(admin) -> str:  # noqa: ANN001
    """A valid LOINC code not yet used by a test or a panel of the shared test database."""
    while True:
        number = str(_rng.randrange(1_000_000, 9_999_999))
        code = f"{number}-{loinc_check_digit(number)}"
        if not admin.execute("SELECT 1 FROM lab.test WHERE code = %s UNION ALL SELECT 1 FROM lab.panel "
                             "WHERE code = %s", (code, code)).fetchone():
            return code


def wrong(code: str) -> str:
    number, digit = code.split("-")
    return f"{number}-{(int(digit) + 3) % 10}"


def add_test(conn, code: str, short: str, price_code: str | None = None) -> None:  # noqa: ANN001
    conn.execute("INSERT INTO lab.test (code, name, short_name, specimen_type, container, unit, value_type, decimals, "
                 "price_code) VALUES (%s, %s, %s, 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 1, %s)",
                 (code, f"{short} [Moles/volume] in Serum or Plasma", short, price_code))


def test_the_check_digit_follows_the_loinc_guide_and_the_shipped_catalog_passes(admin):
    assert loinc_check_digit("12345") == 5  # the worked example of the LOINC Users' Guide
    assert admin.execute("SELECT lab.loinc_check_digit('12345'), lab.loinc_is_valid('2823-3'), "
                         "lab.loinc_is_valid('2823-4'), lab.loinc_is_valid('abc'), lab.loinc_is_valid(NULL)"
                         ).fetchone() == (5, True, False, False, False)
    shipped = admin.execute("SELECT code FROM lab.test UNION ALL SELECT code FROM lab.panel").fetchall()
    assert len(shipped) >= 31
    assert admin.execute("SELECT count(*) FROM (SELECT code FROM lab.test UNION ALL SELECT code FROM lab.panel) c "
                         "WHERE NOT lab.loinc_is_valid(code)").fetchone()[0] == 0
    for (code,) in shipped:  # the client's check agrees with the database's
        assert loinc_problem(code) is None, code
    assert loinc_problem("2823-4") == "LOINC code 2823-4 is not valid: the check digit should be 3."
    constraints = {r[0] for r in admin.execute(
        "SELECT conname FROM pg_constraint WHERE conrelid IN ('lab.test'::regclass, 'lab.panel'::regclass)")}
    assert {"ck_test_code_loinc", "ck_panel_code_loinc"} <= constraints


def test_admin_adds_a_test_and_a_panel_and_others_cannot(connect_as, admin):
    test_code, panel_code = new_code(admin), new_code(admin)
    with connect_as("admin1") as conn:
        with pytest.raises(psycopg.errors.CheckViolation, match=r"check digit should be \d"):
            add_test(conn, wrong(test_code), "Bad digit")
    with connect_as("admin1") as conn:
        with pytest.raises(psycopg.errors.CheckViolation, match="1 to 7 digits"):
            add_test(conn, "ABC-1", "Not a code")
    with connect_as("admin1") as conn:
        add_test(conn, test_code, "Magnesium X")
        conn.execute("INSERT INTO lab.panel (code, name) VALUES (%s, 'Bone panel X')", (panel_code,))
        conn.execute("INSERT INTO lab.panel_test (panel_code, test_code, position) VALUES (%s, %s, 1), (%s, '2000-8', 2)",
                     (panel_code, test_code, panel_code))
        conn.execute("UPDATE lab.test SET short_name = 'Magnesium Y', price_code = 'LAB-NONE' WHERE code = %s",
                     (test_code,))
    with connect_as("admin1") as conn, pytest.raises(psycopg.errors.UniqueViolation, match="already a test"):
        conn.execute("INSERT INTO lab.panel (code, name) VALUES (%s, 'Clash')", (test_code,))
    assert admin.execute("SELECT count(*) FROM lab.test WHERE code = %s", (wrong(test_code),)).fetchone()[0] == 0
    assert admin.execute("SELECT short_name FROM lab.test WHERE code = %s", (test_code,)).fetchone()[0] == "Magnesium Y"

    for login in ("doctor1", "lab1", "nurse1"):
        other = new_code(admin)
        attempts = [
            lambda c, o=other: add_test(c, o, "Intruder"),
            lambda c: c.execute("UPDATE lab.test SET active = false WHERE code = %s", (test_code,)),
            lambda c, o=other: c.execute("INSERT INTO lab.panel (code, name) VALUES (%s, 'Intruder')", (o,)),
            lambda c: c.execute("UPDATE lab.panel SET name = 'Renamed' WHERE code = %s", (panel_code,)),
            lambda c: c.execute("INSERT INTO lab.panel_test (panel_code, test_code, position) "
                                "VALUES (%s, '2951-2', 3)", (panel_code,)),
            lambda c: c.execute("UPDATE lab.panel_test SET active = false WHERE panel_code = %s", (panel_code,)),
        ]
        for attempt in attempts:
            with connect_as(login) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
                attempt(conn)
    assert admin.execute("SELECT active, short_name FROM lab.test WHERE code = %s", (test_code,)).fetchone() == (
        True, "Magnesium Y")
    assert admin.execute("SELECT name FROM lab.panel WHERE code = %s", (panel_code,)).fetchone()[0] == "Bone panel X"
    assert admin.execute("SELECT count(*) FROM lab.panel_test WHERE panel_code = %s AND active",
                         (panel_code,)).fetchone()[0] == 2

    actors = admin.execute("SELECT table_name, action, actor FROM audit.event WHERE schema_name = 'lab' "
                           "AND table_name IN ('test', 'panel_test') AND %s IN (coalesce(new_row, old_row) ->> 'code', "
                           "coalesce(new_row, old_row) ->> 'test_code') ORDER BY id", (test_code,)).fetchall()
    assert ("test", "INSERT", "admin1") in actors and ("test", "UPDATE", "admin1") in actors
    assert ("panel_test", "INSERT", "admin1") in actors
    assert {a for _, _, a in actors} == {"admin1"}


def test_a_new_test_is_ordered_resulted_and_charged_at_lab_default_then_deactivated(connect_as, admin):
    code = new_code(admin)
    with connect_as("admin1") as conn:
        add_test(conn, code, "Zinc X", price_code=f"LAB-{code}")  # no price item of its own yet
    patient, mrn = register(connect_as)
    encounter = open_encounter(connect_as, patient)
    [order_id] = place_order(connect_as, encounter, code)
    [still_open] = place_order(connect_as, encounter, code)

    with connect_as("admin1") as conn:  # in the lab: the unit stays, the test may be withdrawn
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="order\\(s\\) in the lab"):
            conn.execute("UPDATE lab.test SET unit = 'umol/L' WHERE code = %s", (code,))
    with connect_as("admin1") as conn:
        conn.execute("UPDATE lab.test SET active = false WHERE code = %s", (code,))
    with connect_as("doctor1") as conn, pytest.raises(psycopg.errors.ForeignKeyViolation, match="not an orderable"):
        conn.execute("SELECT lab.place_order(%s, %s)", (encounter, code))

    through_to_result(connect_as, [order_id], mrn, "14.2")  # the order placed before goes on
    amount, item = admin.execute(
        "SELECT c.amount, p.code FROM billing.charge c JOIN billing.price_item p ON p.id = c.price_item_id "
        "WHERE c.source_kind = 'lab_test' AND c.source_id = %s", (order_id,)).fetchone()
    default = admin.execute("SELECT amount FROM billing.price_item WHERE id = billing.price_item_at('LAB-DEFAULT', "
                            "current_date)").fetchone()[0]
    assert (item, amount) == ("LAB-DEFAULT", default)
    assert admin.execute("SELECT status FROM lab.lab_order WHERE id = %s", (still_open,)).fetchone()[0] == "ordered"


def test_a_removed_member_is_not_ordered_with_the_panel(connect_as, admin):
    panel = new_code(admin)
    with connect_as("admin1") as conn:
        conn.execute("INSERT INTO lab.panel (code, name) VALUES (%s, 'Electrolytes X')", (panel,))
        conn.execute("INSERT INTO lab.panel_test (panel_code, test_code, position) VALUES "
                     "(%s, '2951-2', 1), (%s, '2823-3', 2), (%s, '2075-0', 3)", (panel, panel, panel))
        conn.execute("UPDATE lab.panel_test SET active = false WHERE panel_code = %s AND test_code = '2823-3'",
                     (panel,))
    patient, _mrn = register(connect_as)
    encounter = open_encounter(connect_as, patient)
    ids = place_order(connect_as, encounter, panel)
    ordered = admin.execute("SELECT test_code FROM lab.lab_order WHERE id = ANY(%s) ORDER BY id", (ids,)).fetchall()
    assert [c for (c,) in ordered] == ["2951-2", "2075-0"]
    assert admin.execute("SELECT actor, old_row ->> 'active', new_row ->> 'active' FROM audit.event "
                         "WHERE schema_name = 'lab' AND table_name = 'panel_test' AND action = 'UPDATE' "
                         "AND new_row ->> 'panel_code' = %s", (panel,)).fetchall() == [("admin1", "true", "false")]

    with connect_as("admin1") as conn:
        conn.execute("UPDATE lab.panel_test SET active = false WHERE panel_code = %s", (panel,))
    with connect_as("doctor1") as conn, pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState,
                                                      match="no active tests"):
        conn.execute("SELECT lab.place_order(%s, %s)", (encounter, panel))
    with connect_as("admin1") as conn:
        conn.execute("UPDATE lab.panel SET active = false WHERE code = %s", (panel,))
    with connect_as("doctor1") as conn, pytest.raises(psycopg.errors.ForeignKeyViolation, match="not an orderable"):
        conn.execute("SELECT lab.place_order(%s, %s)", (encounter, panel))


# -- the screens ------------------------------------------------------------------------------------------------
def _wait_idle(qtbot, window) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: window.ops.wait_idle(10), timeout=15000)


def test_admin_adds_a_test_and_a_panel_in_the_screens(qtbot, shell, admin):
    test_code, panel_code = new_code(admin), new_code(admin)
    adm = shell("admin1")
    assert adm.select_workspace("reference")
    workspace = adm.workspaces["reference"].widget
    tests, panels = workspace.lab_tests, workspace.lab_panels
    workspace.tabs.setCurrentWidget(tests.parentWidget())
    qtbot.waitUntil(lambda: len(tests.items) >= 28 and tests.specimen.count() > 3, timeout=15000)

    tests.edit(None)  # a typing slip in the check digit: told as typed and on save, nothing written
    tests.code.setText(wrong(test_code))
    expected = f"check digit should be {test_code[-1]}"
    assert expected in tests.code_hint.text()
    for widget, value in ((tests.name, "Magnesium [Moles/volume] in Serum or Plasma"), (tests.short_name, "Mg UI"),
                          (tests.unit, "mmol/L")):
        widget.setText(value)
    tests.specimen.setCurrentText("Serum")
    tests.container.setCurrentText("SST (gold)")
    tests.decimals.setValue(2)
    tests.save()
    assert expected in tests.message.text()
    _wait_idle(qtbot, adm)
    assert admin.execute("SELECT count(*) FROM lab.test WHERE short_name = 'Mg UI'").fetchone()[0] == 0

    tests.code.setText(test_code)
    assert tests.code_hint.text() == "Check digit correct."
    tests.save()
    qtbot.waitUntil(lambda: tests.message.text() == f"Saved {test_code}.", timeout=15000)
    assert admin.execute("SELECT short_name, unit, decimals, price_code, active FROM lab.test WHERE code = %s",
                         (test_code,)).fetchone() == ("Mg UI", "mmol/L", 2, f"LAB-{test_code}", True)
    tests.search.setText("Mg UI")  # the list finds it; without its own price it says so
    qtbot.waitUntil(lambda: [t.code for t in tests.items] == [test_code], timeout=15000)
    tests.table.selectRow(0)
    assert tests.editing == test_code and tests.code.isReadOnly()
    assert "no current price.\nCharged at LAB-DEFAULT (" in tests.price_info.text()
    tests.ranges_button.click()  # the shortcut opens the ranges of this (numeric, active) test
    qtbot.waitUntil(lambda: workspace.lab_ranges.test.findData(test_code) >= 0, timeout=15000)
    tests.ranges_button.click()
    assert workspace.tabs.currentWidget() is workspace.lab_ranges
    assert workspace.lab_ranges.test.currentData() == test_code
    workspace.tabs.setCurrentWidget(tests.parentWidget())
    tests.active.setChecked(False)
    tests.save()
    qtbot.waitUntil(lambda: admin.execute("SELECT NOT active FROM lab.test WHERE code = %s",
                                          (test_code,)).fetchone()[0], timeout=15000)

    workspace.tabs.setCurrentWidget(panels.parentWidget())  # a panel: bad digit refused, then added with three members
    qtbot.waitUntil(lambda: len(panels.panels) >= 3 and panels.test.count() >= 28, timeout=15000)
    panels.edit(None)
    panels.code.setText(wrong(panel_code))
    panels.name.setText("Bone profile (UI)")
    panels.save()
    assert f"check digit should be {panel_code[-1]}" in panels.message.text()
    panels.code.setText(panel_code)
    panels.save()
    qtbot.waitUntil(lambda: panels.message.text() == f"Saved panel {panel_code}.", timeout=15000)
    for code in ("2000-8", "1751-7", "6768-6"):  # calcium, albumin, ALP
        panels.test.setCurrentIndex(panels.test.findData(code))
        panels.add_member()
        _wait_idle(qtbot, adm)
    qtbot.waitUntil(lambda: [m.test_code for m in panels.members] == ["2000-8", "1751-7", "6768-6"], timeout=15000)
    panels.member_table.selectRow(2)
    assert not panels.down_button.isEnabled() and panels.up_button.isEnabled()
    panels.up_button.click()
    qtbot.waitUntil(lambda: [m.test_code for m in panels.members] == ["2000-8", "6768-6", "1751-7"], timeout=15000)
    panels.member_table.selectRow(0)
    panels.remove_button.click()
    qtbot.waitUntil(lambda: [(m.test_code, m.active) for m in panels.members] == [
        ("6768-6", True), ("1751-7", True), ("2000-8", False)], timeout=15000)
    assert admin.execute("SELECT test_code, active FROM lab.panel_test WHERE panel_code = %s "
                         "ORDER BY active DESC, position", (panel_code,)).fetchall() == [
        ("6768-6", True), ("1751-7", True), ("2000-8", False)]
    panels.test.setCurrentIndex(panels.test.findData("1751-7"))  # already in: said clearly
    panels.add_member()
    qtbot.waitUntil(lambda: "already a member" in panels.message.text(), timeout=15000)
    panels.active.setChecked(False)
    panels.save()
    qtbot.waitUntil(lambda: admin.execute("SELECT NOT active FROM lab.panel WHERE code = %s",
                                          (panel_code,)).fetchone()[0], timeout=15000)
    assert admin.execute("SELECT count(DISTINCT actor), min(actor), min(reason) FROM audit.event "
                         "WHERE schema_name = 'lab' AND table_name IN ('panel', 'panel_test') "
                         "AND coalesce(new_row ->> 'panel_code', new_row ->> 'code') = %s",
                         (panel_code,)).fetchone() == (1, "admin1", "lab catalog maintained by an administrator")


def test_the_client_turns_catalog_refusals_into_sentences(connect_as, admin):
    from hospital_desktop.core.errors import classify

    code = new_code(admin)
    with connect_as("admin1") as conn:
        with pytest.raises(psycopg.errors.CheckViolation) as bad_digit:
            add_test(conn, wrong(code), "Bad")
    with connect_as("admin1") as conn:
        with pytest.raises(psycopg.errors.UniqueViolation) as clash:
            conn.execute("INSERT INTO lab.panel (code, name) VALUES ('2823-3', 'Potassium panel?')")
    with connect_as("admin1") as conn:
        with pytest.raises(psycopg.errors.UniqueViolation) as twice:
            add_test(conn, "2823-3", "Potassium again")
    assert classify(bad_digit.value).message == (f"LOINC code {wrong(code)} is not valid: the check digit should be "
                                                 f"{code[-1]}.")
    assert classify(clash.value).message == "This LOINC code is already a test in the catalog."
    assert classify(twice.value).message.startswith("A test with this LOINC code is already in the catalog")
