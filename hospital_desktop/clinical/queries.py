"""The clinical record of one patient: encounters, SOAP notes and amendments, vital signs, allergies, ICD-10
diagnoses and the problem list (no Qt here). Row-level security decides what the logged-in clinician sees."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

SOAP_SECTIONS = (("S", "Subjective"), ("O", "Objective"), ("A", "Assessment"), ("P", "Plan"))


@dataclass
class EncounterInfo:
    id: int
    patient_id: int
    department_id: int
    department: str
    clinician_id: int
    clinician: str
    kind: str
    status: str
    started_at: datetime
    ended_at: datetime | None


@dataclass
class NoteRow:
    id: int
    encounter_id: int
    kind: str
    body: str
    author: str
    created_at: datetime
    remote: bool
    amends_id: int | None
    amend_reason: str | None


def soap_body(sections: dict[str, str]) -> str:
    """The four SOAP sections as one note text ('S: …' lines), empty sections left out."""
    return "\n".join(f"{key}: {sections[key].strip()}" for key, _ in SOAP_SECTIONS if sections.get(key, "").strip())


def _rows(session: Session, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(text(sql), params).mappings()]


def encounter(session: Session, encounter_id: int) -> EncounterInfo | None:
    row = session.execute(text(
        "SELECT e.id, e.patient_id, e.department_id, d.name AS department, e.clinician_id, s.full_name AS clinician, "
        "       e.kind, e.status, e.started_at, e.ended_at "
        "  FROM clinical.encounter e JOIN core.department d ON d.id = e.department_id "
        "  JOIN core.staff s ON s.id = e.clinician_id WHERE e.id = :e"), {"e": encounter_id}).first()
    return EncounterInfo(**row._mapping) if row else None


def encounters(session: Session, patient_id: int) -> list[EncounterInfo]:
    rows = session.execute(text(
        "SELECT e.id, e.patient_id, e.department_id, d.name AS department, e.clinician_id, s.full_name AS clinician, "
        "       e.kind, e.status, e.started_at, e.ended_at "
        "  FROM clinical.encounter e JOIN core.department d ON d.id = e.department_id "
        "  JOIN core.staff s ON s.id = e.clinician_id WHERE e.patient_id = :p ORDER BY e.started_at DESC"),
        {"p": patient_id})
    return [EncounterInfo(**r._mapping) for r in rows]


def notes(session: Session, patient_id: int) -> list[NoteRow]:
    rows = session.execute(text(
        "SELECT n.id, n.encounter_id, n.kind, n.body, s.full_name AS author, n.created_at, n.remote, n.amends_id, "
        "       n.amend_reason FROM clinical.note n JOIN core.staff s ON s.id = n.author_id "
        " WHERE n.patient_id = :p ORDER BY n.created_at DESC, n.id DESC"), {"p": patient_id})
    return [NoteRow(**r._mapping) for r in rows]


def save_note(session: Session, encounter_id: int, patient_id: int, body: str, *, kind: str = "soap",
              remote: bool = False) -> int:
    return session.execute(text(
        "INSERT INTO clinical.note (encounter_id, patient_id, body, kind, remote) VALUES (:e, :p, :b, :k, :r) "
        "RETURNING id"), {"e": encounter_id, "p": patient_id, "b": body, "k": kind, "r": remote}).scalar_one()


def amend_note(session: Session, note: NoteRow, patient_id: int, body: str, reason: str) -> int:
    return session.execute(text(
        "INSERT INTO clinical.note (encounter_id, patient_id, body, kind, amends_id, amend_reason) "
        "VALUES (:e, :p, :b, 'amendment', :a, :r) RETURNING id"),
        {"e": note.encounter_id, "p": patient_id, "b": body, "a": note.id, "r": reason}).scalar_one()


ALLERGY_STATUSES = ("unknown", "no_known_allergies", "has_allergies")


class AllergyList(list):
    """The patient's active allergies as banner text ("substance (severity): reaction", most severe first), with
    the allergy status beside them, because an empty list alone cannot tell "nobody asked" from "none known".

    A list, so callers that only want the substances keep working. status is one of ALLERGY_STATUSES, or None
    when the logged-in user may not know (no care relationship, not a pharmacist)."""

    def __init__(self, items: list[str] = (), status: str | None = None, recorded_by: str | None = None,
                 recorded_at: datetime | None = None):
        super().__init__(items)
        self.status = status
        self.recorded_by = recorded_by  # who recorded "no known allergies"
        self.recorded_at = recorded_at


def active_allergies(session: Session, patient_id: int) -> AllergyList:
    items = session.execute(text("SELECT clinical.active_allergies(:p)"), {"p": patient_id}).scalar()
    row = session.execute(text("SELECT status, recorded_by, recorded_at FROM clinical.allergy_status_of(:p)"),
                          {"p": patient_id}).first()
    if row is None:
        return AllergyList(items or [])
    return AllergyList(items or [], row.status, row.recorded_by, row.recorded_at)


def record_no_known_allergies(session: Session, patient_id: int) -> int:
    """The clinician states the patient has no known allergies (the database refuses while one is active)."""
    return session.execute(text("SELECT clinical.record_no_known_allergies(:p)"), {"p": patient_id}).scalar_one()


def vital_kinds(session: Session) -> list[dict[str, Any]]:
    return _rows(session, "SELECT code, label, unit, min_value, max_value FROM clinical.vital_kind ORDER BY code", {})


def vitals(session: Session, patient_id: int) -> list[dict[str, Any]]:
    return _rows(session, "SELECT v.id, v.encounter_id, v.kind, v.value, v.unit, v.measured_at, v.status "
                          "FROM clinical.vital_sign v WHERE v.patient_id = :p ORDER BY v.measured_at DESC, v.id DESC",
                 {"p": patient_id})


def add_vital(session: Session, encounter_id: int, patient_id: int, kind: str, value: float, unit: str) -> int:
    return session.execute(text(
        "INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, unit, measured_at) "
        "VALUES (:e, :p, :k, :v, :u, now()) RETURNING id"),
        {"e": encounter_id, "p": patient_id, "k": kind, "v": value, "u": unit}).scalar_one()


def allergy_substances(session: Session) -> list[dict[str, Any]]:
    return _rows(session, "SELECT code, name, category FROM clinical.allergy_substance ORDER BY name", {})


def allergies(session: Session, patient_id: int) -> list[dict[str, Any]]:
    return _rows(session, "SELECT id, substance, substance_code, category, reaction, severity, status, recorded_at "
                          "FROM clinical.allergy WHERE patient_id = :p ORDER BY status, recorded_at DESC",
                 {"p": patient_id})


def add_allergy(session: Session, patient_id: int, substance: str, substance_code: str | None, category: str | None,
                reaction: str, severity: str | None) -> int:
    """category None for a coded substance: the database takes the substance's own; severity None: not known."""
    return session.execute(text(
        "INSERT INTO clinical.allergy (patient_id, substance, substance_code, category, reaction, severity) "
        "VALUES (:p, :s, :c, :cat, :r, :sev) RETURNING id"),
        {"p": patient_id, "s": substance, "c": substance_code, "cat": category, "r": reaction, "sev": severity}
    ).scalar_one()


def search_icd10(session: Session, query: str, limit: int = 25) -> list[dict[str, Any]]:
    if not query.strip():
        return []
    return _rows(session, "SELECT code, title FROM clinical.search_icd10(:q, :n)", {"q": query.strip(), "n": limit})


def diagnoses(session: Session, patient_id: int) -> list[dict[str, Any]]:
    return _rows(session, "SELECT d.id, d.encounter_id, d.icd10_code, i.title, d.rank, d.certainty, d.status, "
                          "d.recorded_at FROM clinical.diagnosis d JOIN clinical.icd10 i ON i.code = d.icd10_code "
                          "WHERE d.patient_id = :p ORDER BY d.recorded_at DESC", {"p": patient_id})


def add_diagnosis(session: Session, encounter_id: int, patient_id: int, code: str, rank: str,
                  certainty: str = "confirmed") -> int:
    return session.execute(text(
        "INSERT INTO clinical.diagnosis (encounter_id, patient_id, icd10_code, rank, certainty) "
        "VALUES (:e, :p, :c, :r, :cert) RETURNING id"),
        {"e": encounter_id, "p": patient_id, "c": code, "r": rank, "cert": certainty}).scalar_one()


def problems(session: Session, patient_id: int) -> list[dict[str, Any]]:
    return _rows(session, "SELECT pr.id, pr.icd10_code, i.title, pr.onset, pr.status, pr.noted_at "
                          "FROM clinical.problem pr JOIN clinical.icd10 i ON i.code = pr.icd10_code "
                          "WHERE pr.patient_id = :p ORDER BY pr.status, pr.noted_at DESC", {"p": patient_id})


def add_problem(session: Session, patient_id: int, code: str) -> int:
    return session.execute(text("INSERT INTO clinical.problem (patient_id, icd10_code) VALUES (:p, :c) RETURNING id"),
                           {"p": patient_id, "c": code}).scalar_one()


def close_encounter(session: Session, encounter_id: int) -> None:
    session.execute(text("SELECT clinical.close_encounter(:e)"), {"e": encounter_id})
