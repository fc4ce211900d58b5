"""The translations are complete and every visible string goes through them (issue 18).

- every area has a .ts per shipped language, up to date with the code (lupdate finds nothing new) and finished
  (French, Spanish and Arabic entirely; English its plural forms);
- under the pseudo-locale, every workspace of every role shows no text that missed translation
  (tests/untranslated.py walks the widgets);
- Arabic lays the application out right to left."""
from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from stall_guard import settle
from untranslated import untranslated_texts

from conftest import DEMO_LOGINS
from hospital_desktop import i18n
from hospital_desktop.i18n import build


def _messages(path: Path) -> set[tuple[str, str]]:
    return {(c.findtext("name"), m.findtext("source"))
            for c in ET.parse(path).getroot().iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("area", sorted(i18n.AREAS))
def test_every_area_is_translated_and_up_to_date(area, tmp_path):
    files = build.area_files(area)
    if not files:
        pytest.skip(f"{area} has no source files")
    for language in i18n.LANGUAGES:
        shipped = build.ts_path(area, language)
        assert shipped.exists(), f"{shipped.name} is missing: run python -m hospital_desktop.i18n.build update"
        fresh = tmp_path / shipped.name
        shutil.copy(shipped, fresh)
        subprocess.run([build._tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *map(str, files),
                        "-ts", str(fresh)], check=True, stdout=subprocess.DEVNULL)
        new = _messages(fresh) - _messages(shipped)
        assert not new, f"{shipped.name} lacks strings the code has (build update, then translate): {sorted(new)[:10]}"
        missing = build.unfinished(shipped)
        assert not missing, f"{shipped.name}: {len(missing)} untranslated, e.g. {missing[:10]}"


def test_plural_forms_follow_the_language(qapp):
    i18n.install("fr")
    try:
        french = [QCoreApplication.translate(c, s, None, n) for c, s in _plural_sample() for n in (1, 5)]
    finally:
        i18n.install("en")
    english = [QCoreApplication.translate(c, s, None, n) for c, s in _plural_sample() for n in (1, 5)]
    assert french and all("%n" not in text for text in french + english)
    assert french != english
    assert not any("(s)" in text for text in english), english  # English has its own singular and plural


def _plural_sample() -> list[tuple[str, str]]:
    return [(c.findtext("name"), m.findtext("source"))
            for ts in sorted(build.TS_DIR.glob("*_fr.ts"))
            for c in ET.parse(ts).getroot().iter("context")
            for m in c.iter("message") if m.get("numerus") == "yes"][:5]


def test_arabic_turns_the_layout_right_to_left(qapp):
    try:
        assert i18n.install("ar") == "ar"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert QLocale().language() == QLocale.Language.Arabic
    finally:
        i18n.install("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _open_every_tab(window, qtbot) -> None:  # noqa: ANN001
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                settle(window.ops, qtbot)


@pytest.fixture(scope="module")
def data_texts(admin_url) -> frozenset[str]:
    """Every text value of the demo hospital's small (reference) tables: names the database holds, shown as they
    are in any language (a ward called "Medical ward", a service, a staff member)."""
    import psycopg
    texts: set[str] = set()
    with psycopg.connect(admin_url) as conn:
        columns = conn.execute(
            "SELECT format('%I.%I', c.table_schema, c.table_name), quote_ident(c.column_name) "
            "  FROM information_schema.columns c JOIN pg_class t ON t.oid = format('%I.%I', c.table_schema, "
            "       c.table_name)::regclass "
            " WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema', 'audit') AND t.relkind = 'r' "
            "   AND c.data_type = 'text' AND t.reltuples < 5000").fetchall()
        for table, column in columns:
            texts.update(v for (v,) in conn.execute(f"SELECT DISTINCT {column} FROM {table} LIMIT 5000") if v)
    return frozenset(t.strip() for t in texts)


@pytest.mark.parametrize("login", sorted(set(DEMO_LOGINS.values())))
def test_pseudo_locale_leaves_nothing_untranslated(qtbot, shell, data_texts, login):
    i18n.install(i18n.PSEUDO)
    try:
        window = shell(login)
        settle(window.ops, qtbot)
        missed: list[str] = []
        for key in window.workspaces:
            window.select_workspace(key)
            settle(window.ops, qtbot)
            _open_every_tab(window, qtbot)
            missed += untranslated_texts(window, data=data_texts)
        missed = sorted(set(missed))
        assert not missed, f"{len(missed)} texts missed translation:\n" + "\n".join(missed[:80])
    finally:
        i18n.install("en")
