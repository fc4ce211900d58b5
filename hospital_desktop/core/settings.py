"""Hospital-wide settings from core.setting (no Qt)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

DEFAULTS: dict[str, Any] = {"idle_lock_minutes": 10, "hospital_name": "Hospital Desktop", "break_glass_hours": 4}


def get(session: Session, key: str) -> Any:
    value = session.execute(text("SELECT value FROM core.setting WHERE key = :k"), {"k": key}).scalar()
    return DEFAULTS.get(key) if value is None else value


def idle_lock_minutes(session: Session) -> float:
    return float(get(session, "idle_lock_minutes"))


def hospital_name(session: Session) -> str:
    return str(get(session, "hospital_name"))
