"""The staff's language: Qt's own translation machinery (QTranslator + .qm files built from the .ts files in
``ts/``), the locale that dates, numbers and money follow, and right-to-left layout for Arabic.

Conventions (docs/translating.md): in a QObject class ``self.tr("Text")``; elsewhere
``QCoreApplication.translate("Context", "Text")``; counts ``ClassName.tr("%Ln patients", "", n)`` (PySide6's
``self.tr`` loses the plural in a subclass, and lupdate reads no plural from translate()); module-level tables of labels
``QT_TRANSLATE_NOOP("Context", "Text")``, translated where shown. Parameters are named ``{fields}`` filled by
``str.format`` after translating, so a translator can reorder them."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

log = logging.getLogger(__name__)

# The languages shipped, in the order the language menu offers them, each with its own name and the locale
# its formats default to when the hospital has not chosen one.
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "en_GB"),
    "fr": ("Français", "fr_FR"),
    "es": ("Español", "es_ES"),
    "ar": ("العربية", "ar_EG"),
}
# Marks every translated string; built from the sources by build.py, never shipped in the language menu.
PSEUDO = "pseudo"
RIGHT_TO_LEFT = {"ar"}

# One .ts per area and language (ts/<area>_<lang>.ts): the packages each area's translators own.
AREAS: dict[str, tuple[str, ...]] = {
    "shell": ("app.py", "core", "shell", "widgets", "i18n"),
    "registry": ("registry",),
    "scheduling": ("scheduling",),
    "clinical": ("clinical",),
    "lab": ("lab",),
    "adt": ("adt",),
    "pharmacy": ("pharmacy",),
    "billing": ("billing",),
    "admin": ("admin",),
    "audit": ("audit",),
    "dashboards": ("dashboards",),
    # what is printed, in the patient's or the hospital's language (i18n.Printed)
    "documents": ("printing", "adt/documents.py", "audit/documents.py", "billing/documents.py",
                  "lab/documents.py", "pharmacy/documents.py", "registry/documents.py"),
    # the database's refusals by message key, and the sentences for its named constraints
    "db": ("i18n/db_messages.py", "core/errors.py"),
}

HERE = Path(__file__).resolve().parent
TS_DIR = HERE / "ts"
QM_DIR = HERE / "qm"  # built by `python -m hospital_desktop.i18n.build` (make), not kept in git

_installed: list[QTranslator] = []
_current = "en"


def supported(language: str | None) -> str:
    """The language to use for a stored preference: a shipped one, else English."""
    return language if language in LANGUAGES or language == PSEUDO else "en"


def current_language() -> str:
    return _current


def load_translators(language: str) -> list[QTranslator]:
    """Every .qm of a language (Qt's own first, for standard buttons and dialogs), loaded, not installed."""
    if language in ("en", None):
        files: list[Path] = sorted(QM_DIR.glob("*_en.qm"))
    else:
        files = sorted(QM_DIR.glob(f"*_{language}.qm"))
        if not files:
            log.warning("no translations built for %r (run make): showing English", language)
    translators = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    qt_file = qt_dir / f"qtbase_{language}.qm"
    for path in ([qt_file] if qt_file.exists() else []) + files:
        translator = QTranslator()
        if translator.load(str(path)):
            translators.append(translator)
        else:
            log.warning("could not load %s", path)
    return translators


def install(language: str | None, locale_name: str | None = None) -> str:
    """Switch the application's language, locale and layout direction; returns the language now in use.
    Widgets built before the switch keep their text: the shell rebuilds its workspaces after calling this."""
    global _current
    language = supported(language)
    app = QCoreApplication.instance()
    if app is not None:  # without an application (a script, a worker test) only the locale changes
        for translator in _installed:
            app.removeTranslator(translator)
        _installed.clear()
        for translator in load_translators(language):
            app.installTranslator(translator)
            _installed.append(translator)
    _current = language
    locale = QLocale(locale_name or LANGUAGES.get(language, LANGUAGES["en"])[1])
    QLocale.setDefault(locale)
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    return language


def right_to_left() -> bool:
    """Is the application laid out right to left now (Arabic)?"""
    app = QCoreApplication.instance()
    return bool(app is not None and hasattr(app, "layoutDirection")
                and app.layoutDirection() == Qt.LayoutDirection.RightToLeft)


def isolate(value: object) -> str:
    """A data value (a name, a login, a code, a server) set into a translated sentence. Right to left it is
    isolated (Unicode FSI … PDI), so a Latin name or a code does not reorder the Arabic words around it; left to
    right it is returned unchanged."""
    text = str(value)
    return f"\u2068{text}\u2069" if text and right_to_left() else text


class Context:
    """Translations outside a QObject, plurals included: `class Metrics(Context)`, then `Metrics.tr("Text")` or
    `Metrics.tr("%Ln visits", None, n)` (an instance's `self.tr` too). pyside6-lupdate files `Name.tr(...)` under
    the class name and reads its plural; of QCoreApplication.translate(context, text, None, n) it records no
    plural, and drops the message when n is an expression."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, source, disambiguation, n)


def left_to_right(text: str | None) -> str | None:
    """Text written left to right (a phone number, a unit: °C, /min, mmHg) kept whole inside right-to-left text:
    '+44 7700 900123', not '900123 7700 44+'; "°C", not "C°" (Unicode isolates LRI … PDI). Unchanged left to right."""
    return f"\u2066{text}\u2069" if text and right_to_left() else text


def directed(text: str) -> str:
    """A line that must read in the layout's direction even when its first letters are Latin data (a patient's
    name, an alert that starts with a test's name): right to left it gets a right-to-left mark first, so Qt lays
    it out (and aligns it) as an Arabic line; left to right it is returned unchanged."""
    return f"\u200f{text}" if text and right_to_left() else text


@dataclass
class Printed:
    """A printed document's language, which may differ from the screen's (the patient's or the hospital's):
    ``doc.translate("Invoice", "Total")`` (lupdate reads it like QCoreApplication.translate)."""

    language: str
    locale: QLocale

    @classmethod
    def for_language(cls, language: str | None, locale_name: str | None = None) -> Printed:
        language = supported(language)
        printed = cls(language, QLocale(locale_name or LANGUAGES.get(language, LANGUAGES["en"])[1]))
        printed._translators = load_translators(language)
        return printed

    @property
    def right_to_left(self) -> bool:
        return self.language in RIGHT_TO_LEFT

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = source
        for translator in reversed(getattr(self, "_translators", [])):
            found = translator.translate(context, source, disambiguation, n)
            if found:
                text = found
                break
        # a translator gives the plural form with its %n unfilled (QCoreApplication.translate fills it)
        return text.replace("%Ln", self.locale.toString(n)).replace("%n", str(n)) if n >= 0 else text

    # the document's locale formats (i18n.formats with this locale, not the screen's)
    def date(self, value) -> str:  # noqa: ANN001 - date | datetime | None
        from . import formats
        return formats.date_text(value, self.locale)

    def datetime(self, value) -> str:  # noqa: ANN001 - datetime | None
        from . import formats
        return formats.datetime_text(value, self.locale)

    def money(self, amount, currency: str = "") -> str:  # noqa: ANN001 - Decimal | None
        from . import formats
        if not currency:
            return formats.number_text(amount if amount is not None else 0, 2, self.locale)
        return formats.money_text(amount if amount is not None else 0, currency, self.locale)

    def number(self, value, decimals: int = 0) -> str:  # noqa: ANN001
        from . import formats
        return formats.number_text(value, decimals, self.locale)
