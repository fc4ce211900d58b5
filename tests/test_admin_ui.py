"""The administration and auditor workstations and the dashboards, driven like a user would (pytest-qt):
an administrator creates a nurse, who logs in and must choose a password first; the nurse writes; the auditor
finds those writes and a break-glass access, marks it reviewed, and verifies the chain from the screen."""
from __future__ import annotations

import itertools
import json

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.db
_n = itertools.count(1)


def _wait_idle(qtbot, window, timeout=15000):  # noqa: ANN001
    qtbot.waitUntil(lambda: window.ops.wait_idle(10), timeout=timeout)


def test_admin_creates_a_nurse_who_must_change_the_password_then_the_auditor_reviews(qtbot, shell, admin, tmp_path,
                                                                                     server_profile, connect_as):
    from hospital_desktop.core.profiles import ProfileStore
    from hospital_desktop.shell.login_dialog import LoginDialog

    username = f"nurse_ui{next(_n)}"
    # -- the administrator creates the nurse
    adm = shell("admin1")
    staff = adm.workspaces["staff"].widget
    adm.select_workspace("staff")
    staff.start_new()
    staff.username.setText(username)
    staff.full_name.setText("Grace Hopper-Smith")
    staff.role_boxes["nurse"].setChecked(True)
    qtbot.waitUntil(lambda: "MEDW" in staff.dept_codes, timeout=10000)
    staff.departments.item(staff.dept_codes.index("MEDW")).setCheckState(Qt.CheckState.Checked)
    staff.create_button.click()
    qtbot.waitUntil(lambda: staff.last_one_time_password is not None, timeout=15000)
    one_time = staff.last_one_time_password
    assert one_time in staff.one_time.text() and staff.one_time.isVisible()
    qtbot.waitUntil(lambda: staff.current is not None and staff.current.username == username, timeout=10000)
    assert staff.current.roles == ["nurse"] and staff.current.departments == ["MEDW"]
    assert staff.current.state == "must change password"
    assert admin.execute("SELECT rolpassword NOT LIKE '%%' || %s || '%%' FROM pg_authid WHERE rolname = %s",
                         (one_time, username)).fetchone()[0]

    # -- the nurse logs in with the one-time password and must choose her own first
    store = ProfileStore(path=tmp_path / "profiles.json")
    store.upsert(server_profile)
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    logged_in = []
    dialog.logged_in.connect(logged_in.append)
    dialog.username.setText(username)
    dialog.password.setText(one_time)
    dialog.try_login()
    qtbot.waitUntil(lambda: dialog.password_dialog is not None, timeout=15000)
    change = dialog.password_dialog
    assert not logged_in
    change.new_password.setText("short")
    change.repeat.setText("short")
    change.submit()
    assert "at least 10" in change.message.text()
    change.new_password.setText(one_time)
    change.repeat.setText(one_time)
    change.submit()
    assert "different" in change.message.text()
    change.new_password.setText("Ward-Round-2026")
    change.repeat.setText("Ward-Round-2026")
    change.submit()
    qtbot.waitUntil(lambda: bool(logged_in), timeout=15000)
    db = logged_in[0]
    assert db.identity.username == username and not db.identity.must_change_password
    assert db.identity.groups == ("hms_nurse",)
    db.close()

    # -- the nurse works: a break-glass access to a patient outside her ward, then a vital sign on that chart
    patient = admin.execute("SELECT id, mrn FROM registry.patient WHERE merged_into_id IS NULL ORDER BY id DESC "
                            "LIMIT 1").fetchone()
    encounter = admin.execute(
        "INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind) "
        "SELECT %s, d.id, s.id, 'emergency' FROM core.department d, core.staff s "
        "WHERE d.code = 'ER' AND s.username = 'doctor4' RETURNING id", (patient[0],)).fetchone()[0]
    patient = (*patient, encounter)
    conn = connect_as(username, "Ward-Round-2026", autocommit=True, application_name="ward-pc-7")
    conn.execute("SELECT core.break_glass(%s, 'patient collapsed on the ward corridor')", (patient[0],))
    conn.execute("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, unit) "
                 "VALUES (%s, %s, 'heart_rate', 128, '/min')", (patient[2], patient[0]))
    conn.close()
    grant_id = admin.execute("SELECT max(g.id) FROM core.break_glass_grant g JOIN core.staff s ON s.id = g.staff_id "
                             "WHERE s.username = %s", (username,)).fetchone()[0]
    assert grant_id is not None

    # -- the auditor finds the nurse's writes, with a readable diff
    aud = shell("auditor1")
    audit = aud.workspaces["audit"].widget
    search = audit.events
    qtbot.waitUntil(lambda: search.actor.count() > 1, timeout=10000)
    search.actor.setCurrentText(username)
    search.search()
    qtbot.waitUntil(lambda: search.model.rowCount() > 0 and not search.model.loading, timeout=15000)
    rows = search.model.rows
    assert {r.actor for r in rows} == {username}
    assert {"core.break_glass_grant", "clinical.vital_sign"} <= {r.table for r in rows}
    index = next(i for i, r in enumerate(rows) if r.table == "core.break_glass_grant")
    search.results.selectRow(index)
    assert "added core.break_glass_grant" in search.diff_title.text()
    cells = {search.diff.item(i, 0).text(): search.diff.item(i, 2).text() for i in range(search.diff.rowCount())}
    assert cells["reason"] == "patient collapsed on the ward corridor"

    # -- the access log shows the break-glass access; the report renders as a PDF
    access = audit.access
    access.patient.setText(patient[1])
    access.search()
    qtbot.waitUntil(lambda: access.model.rowCount() > 0, timeout=15000)
    assert any(r.via_break_glass and r.actor == username for r in access.model.rows)
    access.report()
    qtbot.waitUntil(lambda: access.preview is not None, timeout=20000)
    assert access.last_pdf.startswith(b"%PDF") and access.preview.page_labels
    access.preview.close()

    # -- the auditor marks the break-glass access reviewed (itself audited)
    reviews = audit.reviews
    qtbot.waitUntil(lambda: any(g.id == grant_id for g in reviews.grants), timeout=15000)
    assert reviews.select_grant(grant_id)
    assert reviews.selected == ("break_glass", grant_id)
    reviews.comment.setPlainText("Checked the ward incident report: collapse confirmed.")
    reviews.review_button.click()
    qtbot.waitUntil(lambda: reviews.message.text() == "Review recorded.", timeout=15000)
    qtbot.waitUntil(lambda: all(g.id != grant_id for g in reviews.grants), timeout=15000)  # no longer pending
    row = admin.execute("SELECT outcome, reviewer FROM audit.review WHERE subject_kind = 'break_glass' "
                        "AND subject_id = %s", (grant_id,)).fetchone()
    assert row == ("justified", "auditor1")

    # -- and verifies the chain from the screen
    chain = audit.chain
    chain.verify()
    qtbot.waitUntil(lambda: chain.last is not None, timeout=60000)
    assert chain.last.ok, chain.last.describe()
    assert "audit chain intact" in chain.result.text()


def test_only_the_admin_gets_the_staff_screens_and_only_the_auditor_the_audit_trail(shell):
    adm, aud, doc = shell("admin1"), shell("auditor1"), shell("doctor1")
    assert {"staff", "settings", "reference"} <= set(adm.workspaces) and "audit" not in adm.workspaces
    assert "audit" in aud.workspaces and "staff" not in aud.workspaces
    assert not {"staff", "audit", "settings"} & set(doc.workspaces)
    # Every role opens on its dashboard.
    for window in (adm, aud, doc):
        assert window.current_workspace().key.startswith("dashboard_")


def test_a_non_admin_calling_the_admin_queries_is_refused(qtbot, shell):
    from hospital_desktop.admin import queries
    doc = shell("doctor1")
    errors = []
    doc.ops.run_change(None, lambda s: queries.create_staff(s, "sneaky1", "Sneaky", ["admin"], [], "Password-123"),
                       lambda _: None, noun="staff", on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert errors[0].kind == "permission"


def test_settings_screen_validates_and_saves(qtbot, shell, admin):
    adm = shell("admin1")
    settings = adm.workspaces["settings"].widget
    qtbot.waitUntil(lambda: bool(settings.loaded), timeout=10000)
    before = admin.execute("SELECT value FROM core.setting WHERE key = 'idle_lock_minutes'").fetchone()[0]
    settings.idle.setValue(17)
    settings.set_logo(b"GIF89a not a png")
    assert "PNG or JPEG" in settings.message.text()
    settings.save()
    qtbot.waitUntil(lambda: settings.message.text().startswith("Saved"), timeout=10000)
    assert admin.execute("SELECT value FROM core.setting WHERE key = 'idle_lock_minutes'").fetchone()[0] == 17
    admin.execute("UPDATE core.setting SET value = %s WHERE key = 'idle_lock_minutes'", (str(before),))


def test_price_change_ends_the_old_version(qtbot, shell, admin):
    from datetime import date, timedelta

    code = f"ADM-TEST{next(_n)}"
    admin.execute("INSERT INTO billing.price_item (code, name, amount, valid_from, group_code) "
                  "VALUES (%s, 'Test item', 10, DATE '2024-01-01', 'consultation')", (code,))
    adm = shell("admin1")
    prices = adm.workspaces["reference"].widget.prices
    prices.code.setText(code)
    prices.name.setText("Test item")
    prices.amount.setText("12.345")
    prices.change_price()
    assert "two decimals" in prices.message.text()
    prices.amount.setText("12.50")
    prices.change_price()
    qtbot.waitUntil(lambda: prices.message.text().startswith(code), timeout=10000)
    versions = admin.execute("SELECT amount, valid_from, valid_to FROM billing.price_item WHERE code = %s "
                             "ORDER BY valid_from", (code,)).fetchall()
    tomorrow = date.today() + timedelta(days=1)
    assert [(float(a), f, t) for a, f, t in versions] == [(10.0, date(2024, 1, 1), date.today()),
                                                          (12.5, tomorrow, None)]


def test_lab_reference_ranges_are_maintained_and_the_flags_follow(qtbot, shell, admin):
    """The admin tightens the critical limit of troponin I for women; an overlapping band is refused clearly."""
    adm = shell("admin1")
    adm.select_workspace("reference")
    ranges = adm.workspaces["reference"].widget.lab_ranges
    qtbot.waitUntil(lambda: any(r["test_code"] == "10839-9" for r in ranges.items) and ranges.test.count() > 20,
                    timeout=10000)
    row = next(i for i, r in enumerate(ranges.items) if r["test_code"] == "10839-9" and r["sex"] == "female")
    range_id = ranges.items[row]["id"]
    ranges.table.selectRow(row)
    assert ranges.editing == range_id and ranges.limits["high"].text() == "16"
    ranges.limits["critical_high"].setText("abc")
    ranges.save()
    qtbot.waitUntil(lambda: "must be a number" in ranges.message.text(), timeout=10000)
    ranges.limits["critical_high"].setText("52")
    ranges.save()
    qtbot.waitUntil(lambda: ranges.message.text() == "Saved.", timeout=10000)
    assert float(admin.execute("SELECT critical_high FROM lab.reference_range WHERE id = %s",
                               (range_id,)).fetchone()[0]) == 52.0
    ranges.edit(None)  # a new band overlapping the adult female one
    ranges.test.setCurrentIndex(ranges.test.findData("10839-9"))
    ranges.sex.setCurrentIndex(ranges.sex.findData("female"))
    ranges.age_from.setText("40")
    ranges.limits["high"].setText("20")
    ranges.save()
    qtbot.waitUntil(lambda: "overlaps another reference range" in ranges.message.text(), timeout=10000)
    assert admin.execute("SELECT count(*) FROM lab.reference_range WHERE test_code = '10839-9'").fetchone()[0] == 2
    assert admin.execute("SELECT count(*) FROM audit.event WHERE table_name = 'reference_range' AND action = 'UPDATE' "
                         "AND row_id = %s::text", (range_id,)).fetchone()[0] >= 1


def test_dashboards_show_charts_per_role(qtbot, shell):
    from hospital_desktop.dashboards import metrics
    for login, group in (("admin1", "hms_admin"), ("doctor1", "hms_doctor"), ("billing1", "hms_billing"),
                         ("auditor1", "hms_auditor"), ("reception1", "hms_reception")):
        window = shell(login)
        dash = window.workspaces[f"dashboard_{group.removeprefix('hms_')}"].widget
        qtbot.waitUntil(lambda d=dash: d.loaded_at is not None, timeout=20000)
        keys = [m.key for m in metrics.metrics_for(group)]
        assert list(dash.panels) == keys
        for panel in dash.panels.values():
            assert panel.error is None, (login, panel.metric.key, panel.error)
            assert panel.data is not None
    # The admin's hospital-wide charts have data from the demo (appointments and charges).
    adm = shell("admin1").workspaces["dashboard_admin"].widget
    qtbot.waitUntil(lambda: adm.loaded_at is not None, timeout=20000)
    revenue = adm.panels["revenue"].data
    assert revenue.x and sum(sum(v) for v in revenue.series.values()) > 0
    # Another role's hospital-wide metric is refused by the database, not just left off the screen.
    doc = shell("doctor1")
    errors = []
    for metric in (metrics.revenue_by_department, metrics.no_show_rate_by_department, metrics.break_glass_per_day):
        doc.ops.run_query(None, metric, lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 3, timeout=15000)
    assert {e.kind for e in errors} == {"permission"}



def test_a_user_changes_their_own_password_from_the_shell(qtbot, login_db, admin, connect_as):
    from hospital_desktop.shell.main_window import MainWindow
    from server_db.staff import create_staff

    login = f"self_pw{next(_n)}"
    with admin.transaction():
        create_staff(admin, login, "First-pass-123", ["lab"], full_name="Lab Tech", departments=["LAB"],
                     adopt_existing_login=True)
    window = MainWindow(login_db(login, "First-pass-123"), idle_lock_seconds=0)
    qtbot.addWidget(window)
    window.change_password()
    dialog = window.password_dialog
    dialog.new_password.setText(f"my-{login}-pw")
    dialog.repeat.setText(f"my-{login}-pw")
    dialog.submit()
    assert "user name" in dialog.message.text()  # the password must not contain the login
    dialog.new_password.setText("Bench-Centrifuge-9")
    dialog.repeat.setText("Bench-Centrifuge-9")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    connect_as(login, "Bench-Centrifuge-9").close()
    window.ops.run_query(None, lambda s: 1, lambda _: None)  # the window's own sessions use the new password
    assert window.ops.wait_idle(10000)
    assert admin.execute("SELECT action FROM core.staff_change c JOIN core.staff s ON s.id = c.staff_id "
                         "WHERE s.username = %s", (login,)).fetchall() == [("password_changed",)]


def test_a_taken_user_name_gets_a_clear_message(qtbot, shell):
    adm = shell("admin1")
    staff = adm.workspaces["staff"].widget
    staff.start_new()
    staff.username.setText("doctor1")
    staff.full_name.setText("Someone Else")
    staff.role_boxes["doctor"].setChecked(True)
    staff.create_button.click()
    qtbot.waitUntil(lambda: "already exists" in staff.message.text(), timeout=10000)
    assert "Choose another user name" in staff.message.text() and staff.last_one_time_password is None


def test_the_hospital_language_and_formats_are_set_in_the_settings(qtbot, shell, admin):
    """Issue 18: the hospital's language (the shipped ones by their own names) and locale (offered per language,
    typed ones checked like core.setting_check); a staff member's own choice is shown read-only."""
    before = admin.execute("SELECT key, value FROM core.setting WHERE key IN ('language', 'locale')").fetchall()
    adm = shell("admin1")
    settings = adm.workspaces["settings"].widget
    qtbot.waitUntil(lambda: bool(settings.loaded), timeout=10000)
    try:
        assert [settings.language.itemText(i) for i in range(4)] == ["English", "Français", "Español", "العربية"]
        settings.language.setCurrentIndex(settings.language.findData("fr"))
        assert settings.locale.currentText() == "fr_FR"  # the language's usual formats
        assert "31/12/2026" in settings.locale_sample.text()
        settings.locale.setCurrentText("fr_BE")
        settings.language.setCurrentIndex(settings.language.findData("fr"))
        assert settings.locale.currentText() == "fr_BE"  # a locale of the same language stays
        settings.locale.setCurrentText("fr")
        settings.save()
        assert "language and country code" in settings.message.text()
        settings.locale.setCurrentText("fr_BE")
        settings.save()
        qtbot.waitUntil(lambda: settings.message.text().startswith("Saved"), timeout=10000)
        assert "next login" in settings.message.text()
        assert dict(admin.execute("SELECT key, value FROM core.setting WHERE key IN ('language', 'locale')")
                    .fetchall()) == {"language": "fr", "locale": "fr_BE"}
        # the staff screen: the hospital's language where a person has not chosen, their own where they have
        admin.execute("UPDATE core.staff SET language = 'ar', locale = 'ar_MA' WHERE username = 'lab2'")
        staff = adm.workspaces["staff"].widget
        adm.select_workspace("staff")
        staff.search.setText("lab")
        qtbot.waitUntil(lambda: any(r.username == "lab2" and r.language == "ar" for r in staff.rows), timeout=10000)
        staff.select_staff(next(r.id for r in staff.rows if r.username == "lab1"))
        qtbot.waitUntil(lambda: "Français (fr_BE)" in staff.language.text(), timeout=10000)
        staff.select_staff(next(r.id for r in staff.rows if r.username == "lab2"))
        assert "العربية (ar_MA)" in staff.language.text() and "lab2" in staff.language.text()
    finally:
        admin.execute("UPDATE core.staff SET language = NULL, locale = NULL WHERE username = 'lab2'")
        for key, value in before:
            admin.execute("UPDATE core.setting SET value = %s WHERE key = %s", (json.dumps(value), key))
