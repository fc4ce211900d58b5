"""Translations, built with Qt's own tools (the PySide6 wheel ships them):

    python -m hospital_desktop.i18n.build update    # pyside6-lupdate: new source strings into every ts/*.ts
    python -m hospital_desktop.i18n.build release   # pyside6-lrelease: ts/*.ts → qm/*.qm, and the pseudo-locale
    python -m hospital_desktop.i18n.build check     # what is still untranslated, per file
    python -m hospital_desktop.i18n.build export ts/billing_fr.ts > todo.json   # the untranslated, as JSON
    python -m hospital_desktop.i18n.build fill ts/billing_fr.ts done.json       # translations back into the .ts

`make` runs release (the .qm files are build output, not kept in git); translators run update, then open a .ts in
Qt Linguist (`pyside6-linguist`), docs/translating.md."""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from hospital_desktop.i18n import AREAS, LANGUAGES, PSEUDO, QM_DIR, TS_DIR

PACKAGE = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def area_files(area: str) -> list[Path]:
    """The Python files whose strings go into an area's .ts: its folders' files, less any file an area names
    on its own (billing/documents.py belongs to "documents", not "billing")."""
    named = {PACKAGE / entry for entries in AREAS.values() for entry in entries if entry.endswith(".py")}
    files: list[Path] = []
    for entry in AREAS[area]:
        path = PACKAGE / entry
        if entry.endswith(".py"):
            files += [path] if path.exists() else []
        else:
            files += [f for f in sorted(path.rglob("*.py")) if f not in named and f.name != "build.py"]
    return files


def ts_path(area: str, language: str) -> Path:
    return TS_DIR / f"{area}_{language}.ts"


def update() -> None:
    TS_DIR.mkdir(exist_ok=True)
    for area in AREAS:
        files = area_files(area)
        if not files:
            continue
        for lang in LANGUAGES:  # a new file names its language first: lupdate then writes its plural forms
            path = ts_path(area, lang)
            if not path.exists():
                path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                                f'<TS version="2.1" language="{lang}" sourcelanguage="en"></TS>\n', encoding="utf-8")
        targets = [str(ts_path(area, lang)) for lang in LANGUAGES]
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "en",
                        *map(str, files), "-ts", *targets], check=True, stdout=subprocess.DEVNULL)


_KEEP = re.compile(r"(\{[^{}]*\}|%L?n|%L?\d|<[^>]+>|&[a-z]+;|&(?=\w))")
_ACCENTS = str.maketrans("aceinousyACEINOUSY", "áçéîñöûšýÁÇÉÎÑÖÛŠÝ")


def pseudo(text: str) -> str:
    """⟦Ŧèxţ⟧: marks a string that went through translation, keeps placeholders, tags and accelerators."""
    parts = _KEEP.split(text)
    return "⟦" + "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts) + "⟧"


def _pseudo_ts(source: Path, target: Path) -> None:
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(text)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def release() -> None:
    QM_DIR.mkdir(exist_ok=True)
    for stale in QM_DIR.glob("*.qm"):
        stale.unlink()
    lrelease = _tool("pyside6-lrelease")
    for ts in sorted(TS_DIR.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(QM_DIR / ts.with_suffix(".qm").name)], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        for ts in sorted(TS_DIR.glob("*_en.ts")):
            area = ts.name.removesuffix("_en.ts")
            fake = Path(tmp) / f"{area}_{PSEUDO}.ts"
            _pseudo_ts(ts, fake)
            subprocess.run([lrelease, "-silent", str(fake), "-qm", str(QM_DIR / f"{area}_{PSEUDO}.qm")], check=True)


def unfinished(path: Path) -> list[str]:
    """Source texts of a .ts that have no finished translation. English needs only its plural forms."""
    missing = []
    english = path.name.endswith("_en.ts")
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            if english and not plural:
                continue
            forms = [f.text for f in translation.iter("numerusform")] if plural else [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(
                    f and f.strip() for f in forms):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def export(path: Path) -> dict[str, dict[str, str | list[str]]]:
    """{context: {source: ""}} of a .ts's untranslated messages (plurals: ["", ""]), for a translator's tool."""
    todo: dict[str, dict[str, str | list[str]]] = {}
    names = {m.split(": ", 1)[0] for m in unfinished(path)}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        if name not in names:
            continue
        for message in context.iter("message"):
            if f"{name}: {message.findtext('source')}" in unfinished_set(path):
                forms = len(list(message.find("translation").iter("numerusform")))
                todo.setdefault(name, {})[message.findtext("source")] = (
                    [""] * max(forms, 2) if message.get("numerus") == "yes" else "")
    return todo


def unfinished_set(path: Path, _cache: dict = {}) -> set[str]:  # noqa: B006 - per-run cache
    key = (path, path.stat().st_mtime)
    if key not in _cache:
        _cache[key] = set(unfinished(path))
    return _cache[key]


def fill(path: Path, translations: dict[str, dict[str, str | list[str]]]) -> int:
    """Write {context: {source: translation}} into a .ts (a list for plural forms); returns how many."""
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        given = translations.get(context.findtext("name"), {})
        for message in context.iter("message"):
            text = given.get(message.findtext("source"))
            if not text:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text if isinstance(text, str) else text[0]
            count += 1
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text + "\n", encoding="utf-8")
    area = path.name.rsplit("_", 1)[0]
    if area in AREAS:  # written back in lupdate's own layout, so the next update changes nothing
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "en",
                        *map(str, area_files(area)), "-ts", str(path)], check=True, stdout=subprocess.DEVNULL)
    return count


def check() -> int:
    total = 0
    for ts in sorted(TS_DIR.glob("*.ts")):
        missing = unfinished(ts)
        total += len(missing)
        if missing:
            print(f"{ts.name}: {len(missing)} untranslated")
    return 1 if total else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "release"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        sys.exit(check())
    elif command == "export":
        import json
        print(json.dumps(export(Path(sys.argv[2])), ensure_ascii=False, indent=1))
    elif command == "fill":
        import json
        print(fill(Path(sys.argv[2]), json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))), "filled")
    else:
        sys.exit(__doc__)
