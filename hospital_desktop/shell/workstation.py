"""What this workstation remembers between logins (QSettings, an INI file in the client's config folder next to
the server profiles): the language its last user worked in, so that the login window speaks it. The staff
member's own language lives in the database (core.staff.language) and follows them to every workstation; this
is only what the screen says before anyone has logged in."""
from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from .. import i18n
from ..core.profiles import config_dir


def _settings() -> QSettings:
    return QSettings(str(config_dir() / "workstation.ini"), QSettings.Format.IniFormat)


def last_language() -> tuple[str, str | None]:
    """(language, locale) of the last login here; on a new workstation the system's language if the client
    speaks it, else English."""
    settings = _settings()
    language = settings.value("language")
    if not language:
        return i18n.supported(QLocale.system().name().split("_")[0]), None
    return i18n.supported(str(language)), str(settings.value("locale") or "") or None


def remember_language(language: str, locale: str | None) -> None:
    settings = _settings()
    settings.setValue("language", language)
    settings.setValue("locale", locale or "")
    settings.sync()


def install_last_language() -> str:
    """Before the login window: the language of the last login on this workstation."""
    return i18n.install(*last_language())


def install(language: str, locale: str | None) -> bool:
    """Speak this language with these formats (None: the language's own) from now on, and remember it for this
    workstation's login window. True when the screen's language or formats changed."""
    language = i18n.supported(language)
    wanted = locale or i18n.LANGUAGES.get(language, i18n.LANGUAGES["en"])[1]
    changed = (language, wanted) != (i18n.current_language(), QLocale().name())
    if changed:
        i18n.install(language, locale)
    remember_language(language, locale)
    return changed


def install_for(identity) -> bool:  # noqa: ANN001 - core.session.Identity
    """After a login: the staff member's own language and formats (the main window is built in them)."""
    return install(identity.language, identity.locale)
