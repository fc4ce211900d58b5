"""Admin area, issue 18: walk the administrator's workspaces and dialogs under the pseudo-locale (untranslated
texts), and render them in French and Arabic to /tmp/i18n-shots/admin-*.png to look at. Not part of the suite:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/admin_i18n_look.py -q -s"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget
from stall_guard import settle
from untranslated import untranslated_texts

from hospital_desktop import i18n

pytestmark = pytest.mark.db
OUT = Path("/tmp/i18n-shots")
KEYS = ("staff", "settings", "reference")


def _admin_views(window, qtbot):  # noqa: ANN001, ANN202
    """(name, widget) of every admin screen: each workspace, each reference tab, the dialogs."""
    for key in KEYS:
        window.select_workspace(key)
        settle(window.ops, qtbot)
        widget = window.workspaces[key].widget
        if key == "staff":
            widget.search.setText("nurse1")
            qtbot.waitUntil(lambda w=widget: any(r.username == "nurse1" for r in w.rows), timeout=10000)
            widget.select_staff(next(r.id for r in widget.rows if r.username == "nurse1"))
            settle(window.ops, qtbot)
        if key == "reference":
            tabs: QTabWidget = widget.tabs
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                page = tabs.widget(index)
                if hasattr(page, "editor"):
                    page.editor()
                settle(window.ops, qtbot)
                if tabs.widget(index) is widget._beds:  # noqa: SLF001
                    widget.beds.select_ward("MEDW")
                    settle(window.ops, qtbot)
                    widget.beds.select("room", "MEDW-1")
                yield f"reference-{index}", widget, window
            continue
        yield key, widget, window
    from hospital_desktop.admin.views.authenticator_dialog import AuthenticatorDialog
    from hospital_desktop.admin.views.password_dialog import ChangePasswordDialog
    staff = window.workspaces["staff"].widget
    dialog = AuthenticatorDialog(window.ops, staff.current, parent=window)
    dialog.show()
    settle(window.ops, qtbot)
    yield "authenticator", dialog, dialog
    dialog.close()
    forced = ChangePasswordDialog(window.ops, old_password="x", forced=True, parent=window)
    forced.show()
    forced.new_password.setText("short")
    forced.repeat.setText("short")
    forced.submit()
    yield "password", forced, forced
    forced.close()


@pytest.mark.parametrize("language", ["pseudo", "fr", "ar", "es"])
def test_admin_screens(qtbot, shell, language):
    OUT.mkdir(parents=True, exist_ok=True)
    i18n.install(language)
    missed: list[str] = []
    try:
        window = shell("admin1")
        window.resize(1366, 768)
        settle(window.ops, qtbot)
        for name, root, shown in _admin_views(window, qtbot):
            qtbot.wait(100)
            if language == "pseudo":
                # Qt's standard buttons (OK, Cancel) are translated by Qt's own qtbase_<language>.qm
                missed += [f"{name}: {m}" for m in untranslated_texts(root) if not m.endswith(("'Cancel'", "'OK'"))]
            else:
                shown.grab().save(str(OUT / f"admin-{language}-{name}.png"))
    finally:
        i18n.install("en")
    missed = sorted(set(missed))
    print("\n".join(missed))
    assert not missed or language != "pseudo"
