"""The administrator's wards, rooms and beds (no Qt here). Wards are core.department rows of kind inpatient
(made in the Departments editor); rooms are adt.room, beds adt.bed. The plain INSERT/UPDATE statements below are
all the client does: the database (sql/adt/ grants, sql/adt/ triggers) normalises codes and refuses
what must not happen — a bed in an inactive room or on a department that is not a ward, deactivating an occupied
or reserved bed or a room whose beds are in use — with a sentence the screen shows as it is. The checks here
only save a round trip for input that is plainly wrong. Their sentences are translated here (context
"BedQueries"); bed states are codes, shown through STATE_LABELS."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..core.errors import KnownError
from ..i18n import formats

CODE_RE = re.compile(r"^[A-Z][A-Z0-9_-]{1,31}$")
STATE_LABELS = {"free": QT_TRANSLATE_NOOP("AdminBedState", "free"),
                "occupied": QT_TRANSLATE_NOOP("AdminBedState", "occupied"),
                "reserved": QT_TRANSLATE_NOOP("AdminBedState", "reserved"),
                "cleaning": QT_TRANSLATE_NOOP("AdminBedState", "being cleaned"),
                "out_of_service": QT_TRANSLATE_NOOP("AdminBedState", "out of service")}


@dataclass
class Ward:
    id: int
    code: str
    name: str
    active: bool


@dataclass
class Bed:
    id: int
    room_id: int
    code: str
    label: str
    state: str
    state_reason: str | None
    state_changed_at: datetime
    active: bool

    @property
    def in_use(self) -> bool:
        """A patient lies in it or it is reserved for one: it cannot be deactivated now."""
        return self.active and self.state in ("occupied", "reserved")

    @property
    def state_text(self) -> str:
        """The bed's state in the user's language, with the reason staff gave for it (data, as typed)."""
        if not self.active:
            return QCoreApplication.translate("AdminBedState", "deactivated")
        label = STATE_LABELS.get(self.state)
        text_ = QCoreApplication.translate("AdminBedState", label) if label else self.state
        if self.state_reason and self.state != "free":
            return QCoreApplication.translate("AdminBedState", "{state} — {reason}").format(state=text_,
                                                                                   reason=self.state_reason)
        return text_


@dataclass
class Room:
    id: int
    code: str
    name: str
    active: bool
    beds: list[Bed] = field(default_factory=list)

    @property
    def beds_in_use(self) -> list[Bed]:
        return [b for b in self.beds if b.active]


# -- input checks (the database checks again) -----------------------------------------------------------------
def normal_code(value: str) -> str:
    return value.strip().upper()


def check_code(kind: str, value: str) -> str:
    """A room or bed code (kind "room" or "bed"), normalised, or the sentence saying what is wrong."""
    code = normal_code(value)
    if not CODE_RE.match(code):
        if kind == "bed":
            message = QCoreApplication.translate(
                "BedQueries", "A bed code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7-A).")
        else:
            message = QCoreApplication.translate(
                "BedQueries", "A room code is 2 to 32 letters, digits, - or _, starting with a letter (e.g. MEDW-7).")
        raise KnownError(message, kind="invalid")
    return code


def check_text(what: str, value: str, longest: int) -> str:
    """A room name (what: "room name") or a bed label ("bed label") of 1 to `longest` characters, trimmed."""
    value = value.strip()
    if not 1 <= len(value) <= longest:
        if what == "room name":
            message = QCoreApplication.translate("BedQueries", "The room name must have 1 to {longest} characters.")
        elif what == "bed label":
            message = QCoreApplication.translate("BedQueries", "The bed label must have 1 to {longest} characters.")
        else:
            message = QCoreApplication.translate("BedQueries", "This text must have 1 to {longest} characters.")
        raise KnownError(message.format(longest=formats.number_text(longest)), kind="invalid")
    return value


# -- reads ----------------------------------------------------------------------------------------------------
def wards(session: Session) -> list[Ward]:
    """Every inpatient department, open ones first."""
    return [Ward(**r) for r in session.execute(text(
        "SELECT id, code, name, active FROM core.department WHERE kind = 'inpatient' "
        "ORDER BY NOT active, code")).mappings()]


def ward_layout(session: Session, ward_id: int) -> list[Room]:
    """The rooms of a ward with their beds (active and deactivated) and each bed's current state."""
    rooms = {r["id"]: Room(**r) for r in session.execute(text(
        "SELECT id, code, name, active FROM adt.room WHERE ward_id = :w ORDER BY code"), {"w": ward_id}).mappings()}
    for r in session.execute(text(
            "SELECT id, room_id, code, label, state, state_reason, state_changed_at, active FROM adt.bed "
            "WHERE ward_id = :w ORDER BY label, code"), {"w": ward_id}).mappings():
        if r["room_id"] in rooms:
            rooms[r["room_id"]].beds.append(Bed(**r))
    return list(rooms.values())


# -- changes --------------------------------------------------------------------------------------------------
def _one(session: Session, sql: str, params: dict[str, Any], missing: str) -> Any:
    row = session.execute(text(sql), params).first()
    if row is None:
        raise KnownError(missing, kind="invalid")
    return row[0]


def add_room(session: Session, ward_id: int, code: str, name: str) -> int:
    code, name = check_code("room", code), check_text("room name", name, 200)
    return session.execute(text("INSERT INTO adt.room (ward_id, code, name) VALUES (:w, :c, :n) RETURNING id"),
                           {"w": ward_id, "c": code, "n": name}).scalar_one()


def rename_room(session: Session, room_id: int, name: str) -> None:
    name = check_text("room name", name, 200)
    _one(session, "UPDATE adt.room SET name = :n WHERE id = :i RETURNING id", {"i": room_id, "n": name},
         QCoreApplication.translate("BedQueries", "This room no longer exists."))


def set_room_active(session: Session, room_id: int, active: bool) -> None:
    _one(session, "UPDATE adt.room SET active = :a WHERE id = :i RETURNING id", {"i": room_id, "a": active},
         QCoreApplication.translate("BedQueries", "This room no longer exists."))


def add_bed(session: Session, room_id: int, code: str, label: str) -> int:
    code, label = check_code("bed", code), check_text("bed label", label, 40)
    return session.execute(text("INSERT INTO adt.bed (room_id, code, label) VALUES (:r, :c, :l) RETURNING id"),
                           {"r": room_id, "c": code, "l": label}).scalar_one()


def relabel_bed(session: Session, bed_id: int, label: str) -> None:
    label = check_text("bed label", label, 40)
    _one(session, "UPDATE adt.bed SET label = :l WHERE id = :i RETURNING id", {"i": bed_id, "l": label},
         QCoreApplication.translate("BedQueries", "This bed no longer exists."))


def set_bed_active(session: Session, bed_id: int, active: bool) -> None:
    _one(session, "UPDATE adt.bed SET active = :a WHERE id = :i RETURNING id", {"i": bed_id, "a": active},
         QCoreApplication.translate("BedQueries", "This bed no longer exists."))
