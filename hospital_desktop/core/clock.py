"""Times on screen are the hospital's local time (core.setting clinic_timezone, else the server's TimeZone),
not the workstation's: a ward PC with a wrong time zone must still show the right appointment hour.
One process serves one hospital, so the zone is set once at login."""
from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_zone: tzinfo | None = None


def set_zone(name: str | None) -> None:
    global _zone
    try:
        _zone = ZoneInfo(name) if name else None
    except (ZoneInfoNotFoundError, ValueError):
        _zone = None  # an unknown name: fall back to the workstation's zone


def local(moment: datetime) -> datetime:
    return moment.astimezone(_zone) if _zone is not None else moment.astimezone()
