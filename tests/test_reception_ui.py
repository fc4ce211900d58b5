"""The reception job end to end in the real client against the real database: log in with a password, search,
scan, register with the duplicate panel, register anyway with a reason, refuse bad input, correct
demographics, print the wristband (its barcode decodes to the MRN), merge as admin1 and unmerge."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date

import psycopg
import pytest
from PySide6.QtCore import QModelIndex, Qt

from hospital_desktop.core.profiles import ProfileStore
from hospital_desktop.registry import queries
from hospital_desktop.registry.views.merge_tab import MergeWorkspace
from hospital_desktop.registry.views.reception_tab import ReceptionWorkspace
from hospital_desktop.registry.views.register_dialog import RegisterDialog
from hospital_desktop.shell.login_dialog import LoginDialog
from hospital_desktop.shell.main_window import MainWindow

WAIT = 15000


@pytest.fixture()
def existing(admin) -> queries.PatientRow:
    """A registered patient with a national ID, to be 'registered again' by mistake."""
    row = admin.execute("""
        INSERT INTO registry.patient (given_name, family_name, birth_date, sex, national_id, phone, address,
                                      postal_code)
        VALUES ('Margaret', 'Thistlewood', '1958-04-11', 'female', 'QA' || (floor(random() * 1e8))::bigint,
                '+44 7700 900123', '12 Orchard Lane, Bristol', 'BS1 4DJ')
        RETURNING id, mrn, given_name, family_name, birth_date, sex, national_id, phone, address, postal_code
    """).fetchone()
    return queries.PatientRow(*row)


@pytest.fixture()
def reception(qtbot, tmp_path, server_profile) -> MainWindow:
    """Log in through the login window as reception1, typing the password."""
    store = ProfileStore(path=tmp_path / "profiles.json")
    store.upsert(server_profile)
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "reception1")
    qtbot.keyClicks(dialog.password, "demo")
    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
    window = MainWindow(blocker.args[0], idle_lock_seconds=0)
    window.ops.show_errors = False
    qtbot.addWidget(window)
    window.show()
    return window


def workspace(window: MainWindow) -> ReceptionWorkspace:
    ws = window.workspaces["reception"].widget
    assert isinstance(ws, ReceptionWorkspace)
    return ws


def search(qtbot, ws, text: str) -> None:
    ws.patients.search.setText(text)
    with qtbot.waitSignal(ws.patients.model.page_loaded, timeout=WAIT):
        ws.patients.search.returnPressed.emit()


def fill(qtbot, dialog, **values) -> None:
    for key, value in values.items():
        widget = dialog.form.inputs[key]
        if key == "sex":
            widget.setCurrentIndex(widget.findData(value))
        else:
            widget.clear()
            if value.isascii() and len(value) < 200:
                qtbot.keyClicks(widget, value)  # typed like a clerk types
            else:
                widget.setText(value)  # QTest cannot type characters outside the BMP (emoji)
            widget.textEdited.emit(widget.text())


def test_search_and_scan_open_the_record_and_log_the_access(qtbot, reception, existing, admin):
    ws = workspace(reception)
    search(qtbot, ws, "thistlewood marg")
    assert any(p.id == existing.id for p in ws.patients.model.rows)
    before = admin.execute("SELECT count(*) FROM audit.access WHERE patient_id = %s", (existing.id,)).fetchone()[0]
    search(qtbot, ws, existing.mrn)  # what a wristband scanner types, then Enter
    qtbot.waitUntil(lambda: ws.detail.patient is not None and ws.detail.patient.id == existing.id, timeout=WAIT)
    assert existing.mrn in ws.detail.banner.details.text()
    assert admin.execute("SELECT count(*) FROM audit.access WHERE patient_id = %s AND actor = 'reception1'",
                         (existing.id,)).fetchone()[0] == before + 1
    ws.patients.search.setText(existing.mrn[:8] + str((int(existing.mrn[8]) + 1) % 10))
    ws.patients.search.returnPressed.emit()
    assert "check digit" in ws.patients.status.text()


def test_register_with_duplicate_panel_and_reason(qtbot, reception, existing, admin):
    ws = workspace(reception)
    dialog = ws.new_patient()
    qtbot.addWidget(dialog)
    # The same woman, registered again with a typo, day and month swapped, new phone, no national ID.
    fill(qtbot, dialog, given_name="Margret", family_name="Thistlewood", birth_date="04.11.1958", sex="female",
         phone="+44 7700 111222")
    qtbot.waitUntil(lambda: any(c.patient.id == existing.id for c in dialog.candidates.candidates), timeout=WAIT)
    found = next(c for c in dialog.candidates.candidates if c.patient.id == existing.id)
    assert found.score >= dialog.strong and found.reasons
    assert dialog.override_needed and not dialog.register_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "patient insists she was never here before")
    assert dialog.register_button.isEnabled()
    with qtbot.waitSignal(dialog.registered, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    new = blocker.args[0]
    assert new.given_name == "Margret" and new.birth_date == date(1958, 11, 4) and len(new.mrn) == 9
    qtbot.waitUntil(lambda: ws.detail.patient is not None and ws.detail.patient.id == new.id, timeout=WAIT)
    reason = admin.execute("SELECT reason FROM audit.event WHERE table_name = 'patient' AND action = 'INSERT' "
                           "AND row_id = %s", (str(new.id),)).fetchone()[0]
    assert reason.startswith("registered despite a likely duplicate") and "never here before" in reason


def test_choosing_the_existing_candidate_registers_nothing(qtbot, reception, existing, admin):
    ws = workspace(reception)
    count = admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0]
    dialog = ws.new_patient()
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, given_name="Margaret", family_name="Thistlewod", birth_date="11.04.1958", sex="female")
    qtbot.waitUntil(lambda: any(c.patient.id == existing.id for c in dialog.candidates.candidates), timeout=WAIT)
    row = next(i for i, c in enumerate(dialog.candidates.candidates) if c.patient.id == existing.id)
    dialog.candidates.list.setCurrentRow(row)
    with qtbot.waitSignal(dialog.chose_existing, timeout=WAIT):
        qtbot.mouseClick(dialog.candidates.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.detail.patient is not None and ws.detail.patient.id == existing.id, timeout=WAIT)
    assert admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0] == count


def test_a_twin_is_shown_as_another_person_and_the_clerks_choice_is_audited(qtbot, reception, existing, admin,
                                                                          tmp_path):
    """Registering Margaret's twin brother: same family name, birth date, address and phone, another given name.
    The panel says 'a twin?' instead of a strong match, no override reason is demanded, and the audit trail keeps
    that the clerk registered a different person from that MRN."""
    ws = workspace(reception)
    dialog = ws.new_patient()
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, given_name="Oliver", family_name="Thistlewood", birth_date="11.04.1958", sex="male",
         phone="+44 7700 900123", address="12 Orchard Lane, Bristol", postal_code="BS1 4DJ")
    qtbot.waitUntil(lambda: any(c.patient.id == existing.id for c in dialog.candidates.candidates), timeout=WAIT)
    twin = next(c for c in dialog.candidates.candidates if c.patient.id == existing.id)
    assert twin.relation == "a twin?" and dialog.possible <= twin.score < dialog.strong
    assert not dialog.override_needed and dialog.register_button.isEnabled()
    row = dialog.candidates.candidates.index(twin)
    assert dialog.candidates.list.item(row).text().splitlines()[2].startswith("ANOTHER PERSON? A twin?")
    dialog.candidates.list.setCurrentRow(row)
    assert dialog.candidates.use_button.text().startswith("It is the same person after all")
    dialog.grab().save(str(tmp_path / "register_twin.png"))
    with qtbot.waitSignal(dialog.registered, timeout=WAIT) as blocker:
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    reason = admin.execute("SELECT reason FROM audit.event WHERE table_name = 'patient' AND action = 'INSERT' "
                           "AND row_id = %s", (str(blocker.args[0].id),)).fetchone()[0]
    assert "a different person from MRN" in reason and f"MRN {existing.mrn} (a twin?)" in reason


def test_same_national_id_is_refused_by_the_database(qtbot, reception, existing, admin):
    ws = workspace(reception)
    count = admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0]
    dialog = RegisterDialog(ws.ops, ws)
    qtbot.addWidget(dialog)
    dialog.override_needed = False  # go straight to the database's own check
    fill(qtbot, dialog, given_name="Someone", family_name="Else", birth_date="01.01.1990", sex="male",
         national_id=existing.national_id.lower())
    dialog._set_override_needed(False)
    dialog.submit()
    qtbot.waitUntil(lambda: "national ID" in dialog.message.text(), timeout=WAIT)
    assert dialog.form.errors["national_id"].isVisibleTo(dialog)
    assert admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0] == count


@pytest.mark.parametrize("values, field, fragment", [
    ({"given_name": "", "family_name": "X", "birth_date": "01.01.2000"}, "given_name", "required"),
    ({"given_name": "A", "family_name": "   ", "birth_date": "01.01.2000"}, "family_name", "required"),
    ({"given_name": "A", "family_name": "B", "birth_date": "31.02.2020"}, "birth_date", "not a date"),
    ({"given_name": "A", "family_name": "B", "birth_date": "01.01.2999"}, "birth_date", "future"),
    ({"given_name": "A", "family_name": "B", "birth_date": "01.01.1850"}, "birth_date", "1880"),
    ({"given_name": "A" * 10_000, "family_name": "B", "birth_date": "01.01.2000"}, "given_name", "too long"),
    ({"given_name": "A", "family_name": "B", "birth_date": "01.01.2000", "phone": "'; DROP TABLE x;--"}, "phone",
     "digits"),
])
def test_bad_input_gets_a_message_and_writes_nothing(qtbot, reception, admin, values, field, fragment):
    ws = workspace(reception)
    count = admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0]
    dialog = RegisterDialog(ws.ops, ws)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, sex="female", **values)
    dialog.submit()
    assert fragment in dialog.form.errors[field].text()
    ws.ops.wait_idle()
    assert admin.execute("SELECT count(*) FROM registry.patient").fetchone()[0] == count


@pytest.mark.parametrize("given, family", [("Zoë 😀", "Ñúñez-O'Brien"), ("美玲", "王"), ("Светлана", "Кузнецова"),
                                            ("Robert'); DROP TABLE registry.patient;--", "Tables")])
def test_unusual_names_are_saved_exactly(qtbot, reception, given, family):
    ws = workspace(reception)
    dialog = RegisterDialog(ws.ops, ws)
    qtbot.addWidget(dialog)
    fill(qtbot, dialog, given_name=given, family_name=family, birth_date="2001-03-04", sex="other")
    dialog.override_needed = False
    with qtbot.waitSignal(dialog.registered, timeout=WAIT) as blocker:
        dialog.submit()
    assert (blocker.args[0].given_name, blocker.args[0].family_name) == (given, family)


def test_correcting_demographics_needs_a_reason_and_shows_in_history(qtbot, reception, existing):
    ws = workspace(reception)
    search(qtbot, ws, existing.mrn)
    qtbot.waitUntil(lambda: ws.detail.patient is not None and ws.detail.patient.id == existing.id, timeout=WAIT)
    dialog = ws.edit_patient(ws.detail.patient)
    qtbot.addWidget(dialog)
    dialog.form.inputs["phone"].setText("+44 7700 555666")
    dialog.submit()
    assert "reason" in dialog.message.text()
    qtbot.keyClicks(dialog.reason, "patient has a new mobile number")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.submit()
    qtbot.waitUntil(lambda: ws.detail.history.rowCount() >= 2, timeout=WAIT)
    cells = [ws.detail.history.item(0, c).text() for c in range(4)]
    assert cells[2] == "patient has a new mobile number" and "+44 7700 555666" in cells[3]
    assert "Rosa Martin" in cells[1] or "reception1" in cells[1]


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) decodes the printed barcode")
def test_printed_wristband_and_label_carry_the_mrn_barcode(qtbot, reception, existing, tmp_path):
    from hospital_desktop.widgets.print_preview import render_pages
    ws = workspace(reception)
    ws.open_patient(existing)
    qtbot.waitUntil(lambda: ws.detail.patient is not None and ws.detail.patient.id == existing.id, timeout=WAIT)
    for kind in ("wristband", "label"):
        preview = ws.detail.print_preview(kind)
        qtbot.addWidget(preview)
        assert preview.page_labels and existing.mrn in preview.windowTitle()
        saved = preview.save_pdf(str(tmp_path / f"{kind}.pdf"))
        image = render_pages(saved.read_bytes(), dpi=300)[0]
        png = tmp_path / f"{kind}.png"
        image.save(str(png))
        out = subprocess.run(["zbarimg", "--quiet", "--raw", str(png)], capture_output=True, text=True)
        assert out.stdout.strip() == existing.mrn, (kind, out.stdout, out.stderr)
        preview.close()


def test_merge_as_admin_then_unmerge(qtbot, login_db, reception, existing, admin):
    dup_id, dup_mrn = admin.execute(
        "INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
        "VALUES ('Maggie', 'Thistlewood', '1958-04-11', 'female') RETURNING id, mrn").fetchone()
    window = MainWindow(login_db("admin1"), idle_lock_seconds=0)
    window.ops.show_errors = False
    qtbot.addWidget(window)
    ws = window.workspaces["patient_index"].widget
    assert isinstance(ws, MergeWorkspace)
    for panel, mrn in ((ws.survivor_list, existing.mrn), (ws.duplicate_list, dup_mrn)):
        panel.search.setText(mrn)
        with qtbot.waitSignal(panel.patient_chosen, timeout=WAIT):
            panel.search.returnPressed.emit()
    assert ws.survivor.id == existing.id and ws.duplicate.id == dup_id
    assert not ws.merge_button.isEnabled()  # no reason yet
    qtbot.keyClicks(ws.reason, "same person: nickname, same birth date")
    assert ws.merge_button.isEnabled()
    ws.merge(confirm=False)
    qtbot.waitUntil(lambda: "Merged" in ws.message.text(), timeout=WAIT)
    assert admin.execute("SELECT merged_into_id FROM registry.patient WHERE id = %s", (dup_id,)).fetchone()[0] \
        == existing.id
    # At reception, the old MRN now finds the survivor.
    rws = workspace(reception)
    search(qtbot, rws, dup_mrn)
    assert [p.id for p in rws.patients.model.rows] == [existing.id]
    qtbot.waitUntil(lambda: bool(ws.merge_rows) and ws.merge_rows[0]["duplicate_mrn"] == dup_mrn, timeout=WAIT)
    ws.merges.selectRow(0)
    ws.unmerge_selected(reason="different people after all: checked ID")
    qtbot.waitUntil(lambda: "undone" in ws.message.text(), timeout=WAIT)
    assert admin.execute("SELECT merged_into_id FROM registry.patient WHERE id = %s", (dup_id,)).fetchone()[0] is None
    actors = {r[0] for r in admin.execute("SELECT actor FROM audit.event WHERE table_name = 'patient_merge'")}
    assert actors == {"admin1"}


def test_reception_has_no_merge_workspace_and_cannot_merge_from_psql(reception, connect_as):
    assert "patient_index" not in reception.workspaces
    with connect_as("reception1") as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT registry.merge_patients(1, 2, 'trying it from psql')")


def test_qt_model_of_search_results(qtmodeltester, qtbot, reception):
    ws = workspace(reception)
    search(qtbot, ws, "a")
    assert ws.patients.model.rowCount(QModelIndex()) > 0
    qtmodeltester.check(ws.patients.model)
