"""Find the visible texts of a widget tree that did not go through translation.

Under the pseudo-locale (hospital_desktop.i18n.install("pseudo")) every translated string is shown as ⟦…⟧, so a
visible text with words in it but no ⟦ was never passed through tr()/translate(). Data (names, codes, numbers)
is told apart by shape: a text without two letters in a row, or a known data widget, is not the program's own.

    from untranslated import untranslated_texts
    assert not untranslated_texts(window)
"""
from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDateTimeEdit, QGroupBox, QLabel, QLineEdit, QMenu,
                               QPlainTextEdit, QTableView, QTabWidget, QTextEdit, QTreeView, QWidget)

MARK = "⟦"
_WORDS = re.compile(r"[^\W\d_]{2,}")
_TAGS = re.compile(r"<[^>]+>|&[a-z]+;")
# Texts that are data or notation, never the program's sentences: units, codes, single letters with numbers.
_NOTATION = re.compile(r"^[\s\d.,:;/%()+\-–—×°µ·<>=≤≥#…*'\"A-Z]{0,6}$|^(mmHg|mmol/L|bpm|kg|cm|ml|mL|SpO₂|°C|GBP|EUR|USD)$")


# Capitals alone (currency and unit codes, MRN prefixes) are notation: "GBP 0.00" is data, not a sentence.
_CODES = re.compile(r"\b[A-Z]{2,4}\b")


def _is_program_text(text: str) -> bool:
    text = _TAGS.sub(" ", text or "").replace("&", "").strip()
    return bool(text) and bool(_WORDS.search(_CODES.sub(" ", text))) and not _NOTATION.match(text)


def _visible(widget: QWidget) -> bool:
    return widget.isVisibleTo(widget.window()) if widget.window() is not None else widget.isVisible()


def texts_of(root: QWidget, *, data: frozenset[str] = frozenset(),
             data_widgets: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(where, text) for every text the program shows in root's visible widgets; a text equal to one of
    `data` (what the database holds: ward, service and staff names) is not the program's."""
    found: list[tuple[str, str]] = []

    def add(where: str, text: object) -> None:
        text = "" if text is None else str(text)
        if _is_program_text(text) and _TAGS.sub("", text).strip() not in data:
            found.append((where, text))

    skip = tuple(data_widgets)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget in skip or any(w.isAncestorOf(widget) for w in skip) or not _visible(widget):
            continue
        name = f"{type(widget).__name__}({widget.objectName() or '-'}) in {type(widget.window()).__name__}"
        if widget.isWindow():
            add(name + " title", widget.windowTitle())
        add(name + " tooltip", widget.toolTip())
        if isinstance(widget, QLabel) and widget.property("data") is not True:
            add(name, widget.text())
        elif isinstance(widget, QAbstractButton):
            add(name, widget.text())
        elif isinstance(widget, QGroupBox):
            add(name, widget.title())
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name} tab {i}", widget.tabText(i))
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), (QComboBox, QDateTimeEdit)):
            add(name + " placeholder", widget.placeholderText())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            add(name + " placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            add(name + " placeholder", widget.placeholderText())
        elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            for section in range(model.columnCount(QModelIndex())):
                if not header.isHidden() and not header.isSectionHidden(section):
                    add(f"{name} column {section}", model.headerData(section, Qt.Orientation.Horizontal))
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                add(name + " menu", action.text())
        for action in widget.actions():
            add(name + " action", action.text())
            add(name + " action tooltip", action.toolTip() if action.toolTip() != action.text().replace("&", "")
                else "")
    return found


def untranslated_texts(root: QWidget, **kwargs) -> list[str]:
    """The program's visible texts in root that carry no pseudo-locale mark: each one missed translation."""
    return sorted({f"{where}: {text!r}" for where, text in texts_of(root, **kwargs) if MARK not in str(text)})
