"""The laboratory's reads and steps (no Qt). Each step is one of the database's lab.* functions, which check the
caller's role and the order's state; row-level security decides what each login sees (clinicians: released results
of their patients; the lab: everything, with minimal demographics)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

STATUSES = ("ordered", "collected", "received", "resulted", "verified", "released", "cancelled")
PRIORITIES = ("routine", "urgent", "stat")
FLAGS = ("normal", "low", "high", "critical_low", "critical_high", "abnormal")  # shown by lab/views/labels.py


@dataclass(frozen=True)
class Orderable:
    code: str
    name: str
    is_panel: bool
    specimen: str


@dataclass
class OrderRow:
    id: int
    order_number: str
    requisition_number: str
    patient_id: int
    mrn: str
    patient: str
    birth_date: date
    sex: str
    test_code: str
    test: str
    panel_code: str | None
    priority: str
    status: str
    ordered_at: datetime
    accession_number: str | None
    value: str | None
    unit: str | None  # the catalog's UCUM code, as stored (what a correction keeps)
    unit_shown: str   # the same as a reader reads it (lab.shown_unit)
    flag: str | None
    reference_range: str | None
    result_version: int | None
    entered_by: str | None
    ordering_clinician: str
    critical: bool = False
    acknowledged: bool = False
    escalated: bool = False


@dataclass(frozen=True)
class CollectedSpecimen:
    id: int
    accession_number: str
    container: str
    order_ids: list[int]


@dataclass(frozen=True)
class SpecimenLabel:
    accession_number: str
    patient: str
    mrn: str
    birth_date: date
    sex: str
    tests: str
    container: str
    specimen_type: str
    collected_at: datetime
    priority: str
    birth_date_accuracy: str = "exact"  # a year-only or estimated birth date is printed as such


def orderables(session: Session) -> list[Orderable]:
    rows = session.execute(text("""
        SELECT p.code, p.name, true, '' FROM lab.panel p WHERE p.active
        UNION ALL
        SELECT t.code, t.short_name, false, t.specimen_type FROM lab.test t WHERE t.active
        ORDER BY 3 DESC, 2""")).all()
    return [Orderable(*r) for r in rows]


_ORDER_SELECT = """
    SELECT o.id, o.order_number, o.requisition_number, o.patient_id, p.mrn,
           p.family_name || ', ' || p.given_name, p.birth_date, p.sex, o.test_code, t.short_name, o.panel_code,
           o.priority, o.status, o.ordered_at, s.accession_number, r.value, r.unit, lab.shown_unit(r.unit), r.flag,
           r.reference_range,
           r.version, e.full_name, c.full_name, o.critical, o.alert_acknowledged_at IS NOT NULL,
           o.escalated_at IS NOT NULL
      FROM lab.lab_order o
      JOIN registry.patient p ON p.id = o.patient_id
      JOIN lab.test t ON t.code = o.test_code
      JOIN core.staff c ON c.id = o.ordering_clinician_id
      LEFT JOIN lab.specimen s ON s.id = o.specimen_id
      LEFT JOIN lab.result r ON r.lab_order_id = o.id AND r.status <> 'superseded'
      LEFT JOIN core.staff e ON e.id = r.entered_by"""


def _orders(session: Session, where: str, params: dict[str, Any], order_by: str, limit: int = 500) -> list[OrderRow]:
    rows = session.execute(text(f"{_ORDER_SELECT} WHERE {where} ORDER BY {order_by} LIMIT {int(limit)}"),
                           params).all()
    return [OrderRow(*r) for r in rows]


def encounter_orders(session: Session, encounter_id: int) -> list[OrderRow]:
    return _orders(session, "o.encounter_id = :e", {"e": encounter_id}, "o.ordered_at DESC, o.id")


def patient_orders(session: Session, patient_id: int) -> list[OrderRow]:
    return _orders(session, "o.patient_id = :p", {"p": patient_id}, "o.ordered_at DESC, o.id")


def order(session: Session, order_id: int) -> OrderRow | None:
    rows = _orders(session, "o.id = :o", {"o": order_id}, "o.id", 1)
    return rows[0] if rows else None


def order_encounter(session: Session, order_id: int) -> int | None:
    return session.execute(text("SELECT encounter_id FROM lab.lab_order WHERE id = :o"), {"o": order_id}).scalar()


def worklist(session: Session, statuses: tuple[str, ...], search: str = "") -> list[OrderRow]:
    """The lab's work: stat before urgent before routine, oldest first."""
    where = "o.status = ANY (:statuses)"
    params: dict[str, Any] = {"statuses": list(statuses)}
    if search.strip():
        where += (" AND (p.mrn = :q OR s.accession_number = :q OR o.order_number = :q "
                  "OR o.requisition_number = :q OR lower(p.family_name) LIKE lower(:prefix))")
        params |= {"q": search.strip(), "prefix": search.strip() + "%"}
    return _orders(session, where, params,
                   "CASE o.priority WHEN 'stat' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, o.ordered_at, o.id")


def callback_list(session: Session) -> list[OrderRow]:
    """Released critical results whose alert nobody has acknowledged yet (the lab phones these)."""
    return _orders(session, "o.critical AND o.alert_acknowledged_at IS NULL AND o.status = 'released'", {},
                   "o.status_changed_at")


def place_order(session: Session, encounter_id: int, code: str, priority: str, clinical_info: str) -> list[int]:
    return list(session.execute(text("SELECT lab.place_order(:e, :c, :p, :i)"),
                                {"e": encounter_id, "c": code, "p": priority, "i": clinical_info}).scalar_one())


def cancel_order(session: Session, order_id: int, reason: str) -> None:
    session.execute(text("SELECT lab.cancel_order(:o, :r)"), {"o": order_id, "r": reason})


def collect(session: Session, order_ids: list[int], scanned_mrn: str) -> list[CollectedSpecimen]:
    rows = session.execute(text("SELECT specimen_id, accession_number, container, order_ids "
                                "FROM lab.collect(:ids, :mrn)"), {"ids": order_ids, "mrn": scanned_mrn}).all()
    return [CollectedSpecimen(r[0], r[1], r[2], list(r[3])) for r in rows]


def specimen_labels(session: Session, specimen_ids: list[int]) -> list[SpecimenLabel]:
    rows = session.execute(text("""
        SELECT s.accession_number, p.family_name || ', ' || p.given_name, p.mrn, p.birth_date, p.sex,
               string_agg(t.short_name, ', ' ORDER BY t.short_name), s.container, s.specimen_type, s.collected_at,
               (array_agg(o.priority ORDER BY CASE o.priority WHEN 'stat' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END))[1],
               p.birth_date_accuracy
          FROM lab.specimen s
          JOIN registry.patient p ON p.id = s.patient_id
          JOIN lab.lab_order o ON o.specimen_id = s.id
          JOIN lab.test t ON t.code = o.test_code
         WHERE s.id = ANY (:ids)
         GROUP BY s.id, p.id ORDER BY s.id"""), {"ids": specimen_ids}).all()
    return [SpecimenLabel(*r) for r in rows]


def receive(session: Session, accession: str) -> int:
    return session.execute(text("SELECT lab.receive(:a)"), {"a": accession}).scalar_one()


def enter_result(session: Session, order_id: int, value: str, unit: str | None, comment: str = "",
                 reason: str | None = None) -> OrderRow | None:
    session.execute(text("SELECT lab.enter_result(:o, :v, :u, :c, :r)"),
                    {"o": order_id, "v": value, "u": unit, "c": comment, "r": reason})
    return order(session, order_id)


def verify(session: Session, order_id: int) -> None:
    session.execute(text("SELECT lab.verify(:o)"), {"o": order_id})


def release(session: Session, order_id: int) -> int:
    return session.execute(text("SELECT lab.release(:o)"), {"o": order_id}).scalar_one()


def correct(session: Session, order_id: int, value: str, unit: str | None, reason: str) -> None:
    session.execute(text("SELECT lab.correct_result(:o, :v, :u, :r)"),
                    {"o": order_id, "v": value, "u": unit, "r": reason})


def record_callback(session: Session, order_id: int, spoke_to: str, read_back: bool, note: str = "") -> None:
    session.execute(text("SELECT lab.record_callback(:o, :s, :b, :n)"),
                    {"o": order_id, "s": spoke_to, "b": read_back, "n": note})


def escalate_overdue(session: Session) -> int:
    return session.execute(text("SELECT lab.escalate_overdue()")).scalar_one()


def test_unit(session: Session, code: str) -> str:
    return session.execute(text("SELECT unit FROM lab.test WHERE code = :c"), {"c": code}).scalar_one()


def acknowledge(session: Session, notification_id: int) -> None:
    session.execute(text("UPDATE notify.notification SET acknowledged_at = now() "
                         "WHERE id = :n AND acknowledged_at IS NULL"), {"n": notification_id})


def alert_patients(session: Session, patient_ids: list[int]) -> dict[int, str]:
    """Name and MRN of the patients of alerts (for the alert list)."""
    rows = session.execute(text("SELECT id, family_name || ', ' || given_name || ' (' || mrn || ')' "
                                "FROM registry.patient WHERE id = ANY (:ids)"), {"ids": patient_ids}).all()
    return dict(rows)
