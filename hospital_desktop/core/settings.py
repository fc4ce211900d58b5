"""Hospital-wide settings from core.setting, and the logged-in staff member's own language (no Qt)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from .session import LANGUAGE_SQL, effective_language

DEFAULTS: dict[str, Any] = {"idle_lock_minutes": 10, "hospital_name": "Hospital Desktop", "break_glass_hours": 4}


def get(session: Session, key: str) -> Any:
    value = session.execute(text("SELECT value FROM core.setting WHERE key = :k"), {"k": key}).scalar()
    return DEFAULTS.get(key) if value is None else value


def idle_lock_minutes(session: Session) -> float:
    return float(get(session, "idle_lock_minutes"))


def hospital_name(session: Session) -> str:
    return str(get(session, "hospital_name"))


def set_my_language(session: Session, language: str | None, locale: str | None = None) -> None:
    """The logged-in staff member's own language and formats (core.set_my_language); None: the hospital's."""
    session.execute(text("SELECT core.set_my_language(:language, :locale)"),
                    {"language": language or "", "locale": locale or ""})


def my_language(session: Session) -> tuple[str, str | None]:
    """The logged-in staff member's (language, locale) in effect: their own, else the hospital's."""
    return effective_language(*session.execute(text(LANGUAGE_SQL)).one())
