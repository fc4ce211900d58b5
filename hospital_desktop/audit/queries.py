"""The auditor's workstation (no widgets here; sentences through QCoreApplication.translate, which workers may call): search the write trail (audit.event) with keyset paging, a readable
before/after diff, the chart access log (audit.access), break-glass grants and flagged staff changes with the
auditor's reviews (audit.review), chain verification (server_db/audit_chain.py) and a patient's access report.

Only hms_auditor reads any of this: the grants and policies of schema audit decide, not this module."""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import text
from sqlalchemy.orm import Session

from server_db.audit_chain import VerifyResult, seal, verify

from ..core.errors import KnownError

ACTIONS = ("INSERT", "UPDATE", "DELETE")
# audit.review.outcome → its label (translated where shown: outcome_label)
OUTCOMES = {"justified": QT_TRANSLATE_NOOP("Outcome", "Justified"),
            "not_justified": QT_TRANSLATE_NOOP("Outcome", "Not justified"),
            "follow_up": QT_TRANSLATE_NOOP("Outcome", "Needs follow-up")}
HIDDEN_COLUMNS = {"prev_hash", "hash"}


translate = QCoreApplication.translate  # thread-safe: the queries run on workers


def outcome_label(outcome: str | None) -> str:
    """A review's outcome in the user's language (an unknown code as it is)."""
    if outcome is None:
        return ""
    return QCoreApplication.translate("Outcome", OUTCOMES[outcome]) if outcome in OUTCOMES else outcome


@dataclass
class EventFilter:
    patient: str = ""          # MRN or patient id
    actor: str = ""            # login name (exact) or a part of it
    table: str = ""            # "schema.table" or "table"
    action: str = ""           # INSERT | UPDATE | DELETE | ""
    since: datetime | None = None
    until: datetime | None = None


@dataclass
class EventRow:
    id: int
    occurred_at: datetime
    actor: str
    action: str
    schema_name: str
    table_name: str
    row_id: str | None
    patient_id: int | None
    reason: str | None
    workstation: str | None
    old_row: dict[str, Any] | None = field(repr=False, default=None)
    new_row: dict[str, Any] | None = field(repr=False, default=None)
    patient_label: str | None = None   # "Family, Given · MRN" of patient_id
    actor_label: str | None = None     # "Full Name (login)", or who a login that is not staff is (actor_label())

    @property
    def table(self) -> str:
        return f"{self.schema_name}.{self.table_name}"


@dataclass
class Change:
    column: str
    old: str
    new: str
    kind: str  # "added" | "removed" | "changed" | "same"


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def diff(event: EventRow, *, include_unchanged: bool = False) -> list[Change]:
    """Column by column: what the write changed (an INSERT shows the new values, a DELETE the old ones)."""
    old, new = event.old_row or {}, event.new_row or {}
    changes = []
    for column in list(dict.fromkeys([*old.keys(), *new.keys()])):
        if column in HIDDEN_COLUMNS:
            continue
        if column not in old:
            changes.append(Change(column, "", _text(new[column]), "added"))
        elif column not in new:
            changes.append(Change(column, _text(old[column]), "", "removed"))
        elif old[column] != new[column]:
            changes.append(Change(column, _text(old[column]), _text(new[column]), "changed"))
        elif include_unchanged:
            changes.append(Change(column, _text(old[column]), _text(new[column]), "same"))
    return changes


# A patient as people know them (the internal id means nothing to an auditor); a patient the auditor's policies do
# not show stays its id.
PATIENT_LABEL = "p.family_name || ', ' || p.given_name || ' · ' || p.mrn"
# The real actor, always: a staff login with the person's name; a login that is not staff says what it is (the
# demo's seed data and migrations write as the database superuser: "postgres (database administrator)"). The
# database says which; actor_label() words it in the user's language.
ACTOR_COLUMNS = "s.full_name AS actor_staff_name, coalesce(r.rolsuper, false) AS actor_superuser"


def actor_label(actor: str, staff_name: str | None, superuser: bool) -> str:
    if staff_name is not None:
        return translate("AuditQueries", "{name} ({login})").format(name=staff_name, login=actor)
    if superuser:
        return translate("AuditQueries", "{login} (database administrator)").format(login=actor)
    return translate("AuditQueries", "{login} (not a staff login)").format(login=actor)


def patient_id_of(session: Session, value: str) -> int | None:
    """A patient id from an MRN or a number typed by the auditor; None when nothing was typed."""
    value = value.strip()
    if not value:
        return None
    row = session.execute(text("SELECT id FROM registry.patient WHERE mrn = :v"), {"v": value.upper()}).first()
    if row:
        return row[0]
    if value.isdigit():
        return int(value)
    raise KnownError(translate("AuditQueries", "No patient with MRN {mrn}.").format(mrn=value), kind="invalid")


def _event_where(session: Session, f: EventFilter) -> tuple[str, dict[str, Any]]:
    clauses, params = [], {}
    pid = patient_id_of(session, f.patient)
    if pid is not None:
        clauses.append("e.patient_id = :pid")
        params["pid"] = pid
    if f.actor.strip():
        clauses.append("e.actor = :actor")
        params["actor"] = f.actor.strip()
    if f.table.strip():
        name = f.table.strip().lower()
        if "." in name:
            schema, table = name.split(".", 1)
            clauses.append("e.schema_name = :schema AND e.table_name = :tab")
            params.update(schema=schema, tab=table)
        else:
            clauses.append("e.table_name = :tab")
            params["tab"] = name
    if f.action:
        if f.action not in ACTIONS:
            raise KnownError(translate("AuditQueries", "Unknown action {action}.").format(action=f.action), kind="invalid")
        clauses.append("e.action = :action")
        params["action"] = f.action
    if f.since:
        clauses.append("e.occurred_at >= :since")
        params["since"] = f.since
    if f.until:
        clauses.append("e.occurred_at < :until")
        params["until"] = f.until
    return (" AND ".join(clauses) or "true"), params


def search_events(session: Session, f: EventFilter, after: tuple | None, limit: int) -> list[EventRow]:
    """Newest first, one page after the key of the last row shown (keyset paging on the primary key, which
    follows time; the time window uses the BRIN index, a patient the partial index)."""
    where, params = _event_where(session, f)
    if after is not None:
        where += " AND e.id < :after"
        params["after"] = after[0]
    params["limit"] = limit
    rows = session.execute(text(
        "SELECT e.id, e.occurred_at, e.actor, e.action, e.schema_name, e.table_name, e.row_id, e.patient_id, "
        "       e.reason, e.workstation, e.old_row, e.new_row, "
        f"      {PATIENT_LABEL} AS patient_label, {ACTOR_COLUMNS} "
        "  FROM audit.event e LEFT JOIN registry.patient p ON p.id = e.patient_id "
        "  LEFT JOIN core.staff s ON s.username = e.actor LEFT JOIN pg_catalog.pg_roles r ON r.rolname = e.actor "
        f" WHERE {where} ORDER BY e.id DESC LIMIT :limit"), params).mappings()
    events = []
    for r in rows:
        row = dict(r)
        label = actor_label(row["actor"], row.pop("actor_staff_name"), row.pop("actor_superuser"))
        events.append(EventRow(**row, actor_label=label))
    return events


def event_fetcher(f: EventFilter) -> Callable[[Session, tuple | None, int], list[EventRow]]:
    return lambda session, after, limit: search_events(session, f, after, limit)


def actors(session: Session) -> list[str]:
    return list(session.execute(text("SELECT username FROM core.staff ORDER BY username")).scalars())


def audited_tables(session: Session) -> list[str]:
    return list(session.execute(text(
        "SELECT DISTINCT event_object_schema || '.' || event_object_table FROM information_schema.triggers "
        " WHERE trigger_name = 'audit_change' ORDER BY 1")).scalars())


# -- access log ------------------------------------------------------------------------------------------
@dataclass
class AccessRow:
    id: int
    accessed_at: datetime
    actor: str
    staff_name: str | None
    patient_id: int
    purpose: str
    via_break_glass: bool
    workstation: str | None
    patient_label: str | None = None


def access_log(session: Session, patient: str, actor: str, after: tuple | None, limit: int) -> list[AccessRow]:
    clauses, params = [], {"limit": limit}
    pid = patient_id_of(session, patient)
    if pid is not None:
        clauses.append("a.patient_id = :pid")
        params["pid"] = pid
    if actor.strip():
        clauses.append("a.actor = :actor")
        params["actor"] = actor.strip()
    if after is not None:
        clauses.append("a.id < :after")
        params["after"] = after[0]
    where = " AND ".join(clauses) or "true"
    rows = session.execute(text(
        "SELECT a.id, a.accessed_at, a.actor, s.full_name AS staff_name, a.patient_id, a.purpose, a.via_break_glass, "
        f"      a.workstation, {PATIENT_LABEL} AS patient_label "
        "  FROM audit.access a LEFT JOIN core.staff s ON s.id = a.staff_id "
        "  LEFT JOIN registry.patient p ON p.id = a.patient_id "
        f" WHERE {where} ORDER BY a.id DESC LIMIT :limit"), params).mappings()
    return [AccessRow(**dict(r)) for r in rows]


# -- reviews ---------------------------------------------------------------------------------------------
@dataclass
class BreakGlassRow:
    id: int
    granted_at: datetime
    expires_at: datetime
    staff: str
    username: str
    patient_id: int
    mrn: str
    patient_name: str
    reason: str
    outcome: str | None
    comment: str | None
    reviewer: str | None
    reviewed_at: datetime | None


def break_glass_grants(session: Session, *, pending_only: bool = True, limit: int = 500) -> list[BreakGlassRow]:
    rows = session.execute(text(
        "SELECT g.id, g.granted_at, g.expires_at, s.full_name AS staff, s.username, g.patient_id, p.mrn, "
        "       p.family_name || ', ' || p.given_name AS patient_name, g.reason, r.outcome, r.comment, r.reviewer, "
        "       r.reviewed_at "
        "  FROM core.break_glass_grant g JOIN core.staff s ON s.id = g.staff_id "
        "  JOIN registry.patient p ON p.id = g.patient_id "
        "  LEFT JOIN audit.review r ON r.subject_kind = 'break_glass' AND r.subject_id = g.id "
        " WHERE (NOT :pending OR r.id IS NULL) ORDER BY g.granted_at DESC LIMIT :limit"),
        {"pending": pending_only, "limit": limit}).mappings()
    return [BreakGlassRow(**dict(r)) for r in rows]


@dataclass
class FlaggedChangeRow:
    id: int
    changed_at: datetime
    changed_by: str
    staff: str
    action: str
    flag_reason: str
    reason: str | None
    outcome: str | None
    comment: str | None
    reviewer: str | None


def flagged_changes(session: Session, *, pending_only: bool = True) -> list[FlaggedChangeRow]:
    rows = session.execute(text(
        "SELECT c.id, c.changed_at, c.changed_by, s.full_name AS staff, c.action, c.flag_reason, c.reason, "
        "       r.outcome, r.comment, r.reviewer "
        "  FROM core.staff_change c JOIN core.staff s ON s.id = c.staff_id "
        "  LEFT JOIN audit.review r ON r.subject_kind = 'staff_change' AND r.subject_id = c.id "
        " WHERE c.flagged AND (NOT :pending OR r.id IS NULL) ORDER BY c.changed_at DESC LIMIT 500"),
        {"pending": pending_only}).mappings()
    return [FlaggedChangeRow(**dict(r)) for r in rows]


def add_review(session: Session, kind: str, subject_id: int, outcome: str, comment: str) -> int:
    if outcome not in OUTCOMES:
        raise KnownError(translate("AuditQueries", "Choose an outcome."), kind="invalid")
    if len(comment.strip()) < 5:
        raise KnownError(translate("AuditQueries", "Write a comment of at least 5 characters: what you checked and found."), kind="invalid")
    return session.execute(text(
        "INSERT INTO audit.review (subject_kind, subject_id, outcome, comment) VALUES (:k, :s, :o, :c) RETURNING id"),
        {"k": kind, "s": subject_id, "o": outcome, "c": comment.strip()}).scalar_one()


# -- the chain -------------------------------------------------------------------------------------------
def verify_chain(conn, progress: Callable[[int, int], None] | None = None) -> VerifyResult:  # noqa: ANN001
    """The same check as `hms-admin audit-verify`: seal finished events, then recompute the whole chain.
    `conn` is a psycopg connection of its own (a long read with a server-side cursor; sealing commits)."""
    seal(conn)
    result = verify(conn, progress)
    conn.rollback()
    return result


# -- a patient's access report (accounting of disclosures) -----------------------------------------------
@dataclass
class AccessReport:
    patient_id: int
    mrn: str
    name: str
    birth_date: Any
    since: datetime | None
    until: datetime | None
    accesses: list[AccessRow]
    writes: list[EventRow]
    hospital: str
    made_by: str
    made_at: datetime


def access_report(session: Session, patient: str, since: datetime | None = None,
                  until: datetime | None = None) -> AccessReport:
    pid = patient_id_of(session, patient)
    if pid is None:
        raise KnownError(translate("AuditQueries", "Enter the patient's MRN."), kind="invalid")
    p = session.execute(text("SELECT id, mrn, family_name || ', ' || given_name AS name, birth_date "
                             "FROM registry.patient WHERE id = :p"), {"p": pid}).mappings().first()
    if p is None:
        raise KnownError(translate("AuditQueries", "No patient with id {id}.").format(id=pid), kind="invalid")
    params = {"p": pid, "since": since, "until": until}
    window = " AND (CAST(:since AS timestamptz) IS NULL OR {c} >= :since) " \
             " AND (CAST(:until AS timestamptz) IS NULL OR {c} < :until)"
    accesses = [AccessRow(**dict(r)) for r in session.execute(text(
        "SELECT a.id, a.accessed_at, a.actor, s.full_name AS staff_name, a.patient_id, a.purpose, a.via_break_glass, "
        f"      a.workstation, {PATIENT_LABEL} AS patient_label "
        "  FROM audit.access a LEFT JOIN core.staff s ON s.id = a.staff_id "
        "  LEFT JOIN registry.patient p ON p.id = a.patient_id "
        " WHERE a.patient_id = :p" + window.format(c="a.accessed_at") + " ORDER BY a.accessed_at, a.id"),
        params).mappings()]
    writes = [EventRow(**dict(r)) for r in session.execute(text(
        "SELECT e.id, e.occurred_at, e.actor, e.action, e.schema_name, e.table_name, e.row_id, e.patient_id, "
        "       e.reason, e.workstation FROM audit.event e "
        " WHERE e.patient_id = :p" + window.format(c="e.occurred_at") + " ORDER BY e.occurred_at, e.id"),
        params).mappings()]
    meta = session.execute(text(
        "SELECT coalesce((SELECT value #>> '{}' FROM core.setting WHERE key = 'hospital_name'), 'Hospital'), "
        "       (SELECT full_name FROM core.staff WHERE username = session_user), now()")).one()
    return AccessReport(pid, p["mrn"], p["name"], p["birth_date"], since, until, accesses, writes, meta[0],
                        meta[1] or "", meta[2])
