"""Inpatient care (no Qt here): wards and the bed board, admit / transfer / discharge, bed states, the ward's
patients, vital-sign trends, the handover list, discharge summaries and the medication administration record.

Every write goes through the SECURITY DEFINER functions of server_db/sql/adt/;
row-level security decides what each login reads. The bed board reads who lies where from adt.bed_occupancy
(visible to reception and every clinician) and the stay's details from adt.admission where the login may see
them (reception: never the reason).

No widgets here: the labels of the tables below are marked for translation (QT_TRANSLATE_NOOP) and translated
where shown; the messages raised for the user are translated here (QCoreApplication.translate is thread-safe)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import text
from sqlalchemy.orm import Session

from ..core.clock import local
from ..core.errors import KnownError
from ..i18n.formats import day_month_time_text
from .display import value_text

BED_STATES = ("free", "occupied", "reserved", "cleaning", "out_of_service")
# (code, label): the labels are translated where shown (display.label_of with the context named here)
DISPOSITIONS = (("home", QT_TRANSLATE_NOOP("DischargePanel", "Home")),
                ("transfer_out", QT_TRANSLATE_NOOP("DischargePanel", "Transfer to another hospital")),
                ("deceased", QT_TRANSLATE_NOOP("DischargePanel", "Deceased")),
                ("against_advice", QT_TRANSLATE_NOOP("DischargePanel", "Left against medical advice")))
ISOLATIONS = ("none", "contact", "droplet", "airborne", "protective")
SOURCES = (("clinic", QT_TRANSLATE_NOOP("AdmitDialog", "From the clinic")),
           ("emergency", QT_TRANSLATE_NOOP("AdmitDialog", "From the emergency department")),
           ("elective", QT_TRANSLATE_NOOP("AdmitDialog", "Elective")),
           ("transfer_in", QT_TRANSLATE_NOOP("AdmitDialog", "Transfer in from another hospital")))
# Bed state changes a user may ask for (the database has the final word): from state -> allowed targets.
STATE_ACTIONS = {
    "cleaning": ("free", "out_of_service"),
    "free": ("reserved", "out_of_service"),
    "reserved": ("free", "out_of_service"),
    "out_of_service": ("free", "cleaning"),
    "occupied": (),
}
VITAL_TRENDS = ("temperature", "heart_rate", "systolic_bp", "resp_rate", "spo2")


@dataclass
class Ward:
    id: int
    code: str
    name: str


@dataclass
class BedRow:
    id: int
    room_code: str
    room_name: str
    label: str
    state: str
    state_reason: str | None
    patient_id: int | None = None
    mrn: str | None = None
    patient_name: str | None = None
    sex: str | None = None
    birth_date: date | None = None
    admission_id: int | None = None
    since: datetime | None = None
    attending: str | None = None
    expected_discharge: date | None = None
    isolation: str | None = None

    @property
    def occupied(self) -> bool:
        return self.patient_id is not None


@dataclass
class WardPatient:
    admission_id: int
    encounter_id: int
    patient_id: int
    mrn: str
    patient_name: str
    sex: str
    birth_date: date
    bed_label: str
    room_code: str
    ward_code: str
    attending: str
    attending_id: int
    reason: str
    isolation: str
    admitted_at: datetime
    expected_discharge: date | None
    ward_id: int


def _rows(session: Session, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    return [dict(r) for r in session.execute(text(sql), params or {}).mappings()]


# -- wards and the bed board --------------------------------------------------------------------------
def wards(session: Session) -> list[Ward]:
    return [Ward(**r) for r in _rows(session, "SELECT id, code, name FROM core.department "
                                              "WHERE kind = 'inpatient' AND active ORDER BY code")]


def board(session: Session, ward_id: int) -> list[BedRow]:
    """Every active bed of the ward with who lies in it now. Stay details (expected discharge, isolation,
    attending) appear where the login may read the admission."""
    rows = _rows(session, """
        SELECT b.id, r.code AS room_code, r.name AS room_name, b.label, b.state, b.state_reason,
               o.patient_id, p.mrn, p.family_name || ', ' || p.given_name AS patient_name, p.sex, p.birth_date,
               o.admission_id, o.started_at AS since, st.full_name AS attending, a.expected_discharge, a.isolation
          FROM adt.bed b
          JOIN adt.room r ON r.id = b.room_id
          LEFT JOIN adt.bed_occupancy o ON o.bed_id = b.id AND o.ended_at IS NULL
          LEFT JOIN registry.patient p ON p.id = o.patient_id
          LEFT JOIN LATERAL (SELECT ad.attending_id, ad.expected_discharge, ad.isolation FROM adt.admission ad
                              WHERE ad.id = o.admission_id) a ON true
          LEFT JOIN core.staff st ON st.id = a.attending_id
         WHERE b.ward_id = :w AND b.active
         ORDER BY r.code, b.label""", {"w": ward_id})
    return [BedRow(**r) for r in rows]


def free_beds(session: Session) -> list[dict[str, Any]]:
    """Free (and reserved) beds of every ward, for choosing where a patient goes."""
    return _rows(session, """
        SELECT b.id, b.label, b.state, d.code AS ward_code, d.name AS ward_name, r.code AS room_code
          FROM adt.bed b JOIN adt.room r ON r.id = b.room_id JOIN core.department d ON d.id = b.ward_id
         WHERE b.active AND b.state IN ('free', 'reserved') ORDER BY d.code, r.code, b.label""")


def doctors(session: Session) -> list[dict[str, Any]]:
    return _rows(session, "SELECT s.id, s.full_name FROM core.staff s WHERE s.active "
                          "AND pg_has_role(s.username, 'hms_doctor', 'MEMBER') ORDER BY s.full_name")


def admit(session: Session, patient_id: int, bed_id: int, attending_id: int | None, reason: str,
          source: str = "clinic", expected_discharge: date | None = None, isolation: str = "none") -> int:
    return session.execute(text("SELECT adt.admit(:p, :b, :a, :r, :s, :x, :i)"),
                           {"p": patient_id, "b": bed_id, "a": attending_id, "r": reason, "s": source,
                            "x": expected_discharge, "i": isolation}).scalar_one()


def transfer(session: Session, admission_id: int, bed_id: int, reason: str) -> None:
    session.execute(text("SELECT adt.transfer(:a, :b, :r)"), {"a": admission_id, "b": bed_id, "r": reason})


def discharge(session: Session, admission_id: int, disposition: str, note: str = "") -> int:
    return session.execute(text("SELECT adt.discharge(:a, :d, :n)"),
                           {"a": admission_id, "d": disposition, "n": note or None}).scalar_one()


def set_bed_state(session: Session, bed_id: int, state: str, reason: str = "") -> None:
    session.execute(text("SELECT adt.set_bed_state(:b, :s, :r)"), {"b": bed_id, "s": state, "r": reason or None})


def update_plan(session: Session, admission_id: int, expected_discharge: date | None, isolation: str) -> None:
    session.execute(text("SELECT adt.update_plan(:a, :x, :i)"),
                    {"a": admission_id, "x": expected_discharge, "i": isolation})


def post_bed_days(session: Session, admission_id: int | None = None) -> int:
    """The midnight census for one stay or every active one (idempotent)."""
    return session.execute(text("SELECT adt.post_bed_days(:a)"), {"a": admission_id}).scalar_one()


# -- the ward's patients ------------------------------------------------------------------------------
_PATIENTS = """
    SELECT a.id AS admission_id, a.encounter_id, a.patient_id, p.mrn,
           p.family_name || ', ' || p.given_name AS patient_name, p.sex, p.birth_date, b.label AS bed_label,
           r.code AS room_code, d.code AS ward_code, st.full_name AS attending, a.attending_id, a.reason, a.isolation, a.admitted_at,
           a.expected_discharge, a.ward_id
      FROM adt.admission a
      JOIN registry.patient p ON p.id = a.patient_id
      JOIN adt.bed b ON b.id = a.bed_id
      JOIN adt.room r ON r.id = b.room_id
      JOIN core.staff st ON st.id = a.attending_id
      JOIN core.department d ON d.id = a.ward_id
     WHERE a.discharged_at IS NULL"""


def ward_patients(session: Session, ward_id: int) -> list[WardPatient]:
    return [WardPatient(**r) for r in _rows(session, _PATIENTS + " AND a.ward_id = :w ORDER BY r.code, b.label",
                                            {"w": ward_id})]


def my_inpatients(session: Session, staff_id: int) -> list[WardPatient]:
    """A doctor's inpatients: attending or admitting, and those on wards the doctor works on."""
    return [WardPatient(**r) for r in _rows(session, _PATIENTS + """
        AND (a.attending_id = :s OR a.admitting_id = :s
             OR a.ward_id IN (SELECT sd.department_id FROM core.staff_department sd
                               WHERE sd.staff_id = :s AND sd.active))
        ORDER BY a.admitted_at""", {"s": staff_id})]


def admission_of(session: Session, admission_id: int) -> WardPatient | None:
    rows = _rows(session, _PATIENTS.replace("WHERE a.discharged_at IS NULL", "WHERE true") + " AND a.id = :a",
                 {"a": admission_id})
    return WardPatient(**rows[0]) if rows else None


def active_admission_of_patient(session: Session, patient_id: int) -> int | None:
    return session.execute(text("SELECT id FROM adt.admission WHERE patient_id = :p AND discharged_at IS NULL"),
                           {"p": patient_id}).scalar()


def vital_series(session: Session, patient_id: int, since: datetime) -> dict[str, list[tuple[datetime, float]]]:
    """The patient's vital signs since a moment, per kind, oldest first (entered-in-error ones left out)."""
    series: dict[str, list[tuple[datetime, float]]] = {}
    for r in session.execute(text(
            "SELECT kind, measured_at, value FROM clinical.vital_sign WHERE patient_id = :p AND measured_at >= :t "
            "AND status = 'final' ORDER BY measured_at, id"), {"p": patient_id, "t": since}):
        series.setdefault(r.kind, []).append((r.measured_at, float(r.value)))
    return series


@dataclass
class VitalKind:
    code: str
    label: str
    unit: str
    min_value: float
    max_value: float
    alert_low: float | None = None   # outside the alert band the database flags a value low or high
    alert_high: float | None = None


def vital_kinds(session: Session) -> dict[str, VitalKind]:
    """The plausible range, alert band and unit of every vital sign (clinical.vital_kind, which the database
    checks against and flags by): the ward's form says the same ranges before anything is sent, the chart shades
    the same bands."""
    def number(value) -> float | None:  # noqa: ANN001
        return None if value is None else float(value)
    return {r["code"]: VitalKind(r["code"], r["label"], r["unit"], float(r["min_value"]), float(r["max_value"]),
                                 number(r["alert_low"]), number(r["alert_high"]))
            for r in _rows(session, "SELECT code, label, unit, min_value, max_value, alert_low, alert_high "
                                    "FROM clinical.vital_kind")}


def record_observations(session: Session, encounter_id: int, patient_id: int,
                        values: dict[str, float]) -> int:
    """One set of observations, all measured now (one transaction: all or none). Only the values someone measured
    and typed: an empty set is refused rather than recorded as nothing, never filled in."""
    if not values:
        raise KnownError(QCoreApplication.translate("Ward", "Nothing to record: type at least one measured value."),
                         kind="invalid")
    n = 0
    for kind, value in values.items():
        session.execute(text("INSERT INTO clinical.vital_sign (encounter_id, patient_id, kind, value, unit, "
                             "measured_at) VALUES (:e, :p, :k, :v, '', now())"),
                        {"e": encounter_id, "p": patient_id, "k": kind, "v": value})
        n += 1
    return n


def nursing_notes(session: Session, patient_id: int, encounter_id: int) -> list[dict[str, Any]]:
    return _rows(session, """
        SELECT n.id, n.kind, n.body, n.created_at, s.full_name AS author
          FROM clinical.note_current(:p) n JOIN core.staff s ON s.id = n.author_id
         WHERE n.encounter_id = :e ORDER BY n.created_at DESC""", {"p": patient_id, "e": encounter_id})


def add_nursing_note(session: Session, encounter_id: int, patient_id: int, body: str) -> int:
    return session.execute(text("INSERT INTO clinical.note (encounter_id, patient_id, kind, body) "
                                "VALUES (:e, :p, 'nursing', :b) RETURNING id"),
                           {"e": encounter_id, "p": patient_id, "b": body}).scalar_one()


def handover(session: Session, ward_id: int) -> list[dict[str, Any]]:
    """One line per patient of the ward for the shift handover: bed, patient, reason, isolation, days in,
    the latest observations and the latest nursing note."""
    return _rows(session, """
        SELECT b.label AS bed, p.family_name || ', ' || p.given_name AS patient, p.mrn, a.reason, a.isolation,
               a.expected_discharge, st.full_name AS attending,
               (current_date - (a.admitted_at AT TIME ZONE scheduling.clinic_timezone())::date) AS day_of_stay,
               -- the latest of each kind, one row each (LIMIT 1 per kind): the policy's care check runs for the
               -- rows returned, not for every observation of the stay
               (SELECT jsonb_object_agg(k.code, v.value)
                  FROM unnest(ARRAY['temperature', 'heart_rate', 'systolic_bp', 'diastolic_bp', 'resp_rate',
                                    'spo2']) AS k(code)
                  CROSS JOIN LATERAL (SELECT vs.value FROM clinical.vital_sign vs
                                       WHERE vs.patient_id = a.patient_id AND vs.kind = k.code
                                         AND vs.status = 'final'
                                       ORDER BY vs.measured_at DESC LIMIT 1) v) AS last_obs,
               -- when each kind was last measured: observations are recorded one field at a time, so the latest
               -- of each kind may come from different rounds, and the handover says so
               (SELECT jsonb_object_agg(k.code, v.measured_at)
                  FROM clinical.vital_kind k
                  CROSS JOIN LATERAL (SELECT vs.measured_at FROM clinical.vital_sign vs
                                       WHERE vs.patient_id = a.patient_id AND vs.kind = k.code
                                         AND vs.status = 'final'
                                       ORDER BY vs.measured_at DESC LIMIT 1) v) AS last_obs_times,
               (SELECT max(vs.measured_at) FROM clinical.vital_sign vs WHERE vs.patient_id = a.patient_id)
                   AS last_obs_at,
               (SELECT n.body FROM clinical.note n WHERE n.encounter_id = a.encounter_id AND n.kind = 'nursing'
                 ORDER BY n.created_at DESC LIMIT 1) AS last_note
          FROM adt.admission a
          JOIN registry.patient p ON p.id = a.patient_id
          JOIN adt.bed b ON b.id = a.bed_id
          JOIN core.staff st ON st.id = a.attending_id
         WHERE a.ward_id = :w AND a.discharged_at IS NULL
         ORDER BY b.label""", {"w": ward_id})


def mar_available(session: Session) -> bool:
    """Is the medication administration record there (it needs the pharmacy schema, sql/adt/)?"""
    return bool(session.execute(text("SELECT to_regprocedure('adt.mar_schedule(bigint, timestamptz, timestamptz)') "
                                     "IS NOT NULL")).scalar())


def short_observations(values: dict[str, Any] | None, times: dict[str, Any] | None = None) -> str:
    """'T 37.2 · HR 88 · BP 128/76 · RR 18 · SpO2 96%' from the latest value of each kind: only the kinds that were
    measured (a missing diastolic shows as '?', never a made-up number). With `times` (kind → when measured), a
    value from an earlier round than the newest one carries its own time, '· SpO2 96% (03/12 22:00)', so values of
    different rounds are not read as one set. Abbreviations, numbers and times as the user's language writes them."""
    if not values:
        return QCoreApplication.translate("Ward", "none yet")

    def fmt(kind: str) -> str:
        value = values.get(kind)
        return "?" if value is None else value_text(float(value))

    stamps = {k: datetime.fromisoformat(v) if isinstance(v, str) else v for k, v in (times or {}).items() if v}
    newest = max(stamps.values()) if stamps else None

    def when(kind: str) -> str:
        at = stamps.get(kind)
        if newest is None or at is None or (newest - at).total_seconds() < 3600:
            return ""
        return f" ({day_month_time_text(local(at))})"
    parts = []
    if "temperature" in values:
        parts.append(QCoreApplication.translate("Ward", "T {value}").format(value=fmt("temperature"))
                     + when("temperature"))
    if "heart_rate" in values:
        parts.append(QCoreApplication.translate("Ward", "HR {value}").format(value=fmt("heart_rate"))
                     + when("heart_rate"))
    if "systolic_bp" in values or "diastolic_bp" in values:
        bp_kind = "systolic_bp" if "systolic_bp" in values else "diastolic_bp"
        parts.append(QCoreApplication.translate("Ward", "BP {systolic}/{diastolic}").format(
            systolic=fmt("systolic_bp"), diastolic=fmt("diastolic_bp")) + when(bp_kind))
    if "resp_rate" in values:
        parts.append(QCoreApplication.translate("Ward", "RR {value}").format(value=fmt("resp_rate"))
                     + when("resp_rate"))
    if "spo2" in values:
        parts.append(QCoreApplication.translate("Ward", "SpO2 {value}%").format(value=fmt("spo2")) + when("spo2"))
    return " · ".join(parts)


# -- discharge summaries ------------------------------------------------------------------------------
SUMMARY_FIELDS = (("diagnoses", QT_TRANSLATE_NOOP("DischargePanel", "Diagnoses")),
                  ("procedures", QT_TRANSLATE_NOOP("DischargePanel", "Procedures")),
                  ("results", QT_TRANSLATE_NOOP("DischargePanel", "Results of note")),
                  ("medications", QT_TRANSLATE_NOOP("DischargePanel", "Medications on discharge")),
                  ("follow_up", QT_TRANSLATE_NOOP("DischargePanel", "Follow-up")))


def summaries(session: Session, admission_id: int) -> list[dict[str, Any]]:
    """Every version of the stay's discharge summary, newest first."""
    return _rows(session, """
        SELECT s.id, s.version, s.status, s.amends_id, s.amend_reason, s.diagnoses, s.procedures, s.results,
               s.medications, s.follow_up, s.created_at, s.signed_at, s.content_sha256,
               au.full_name AS author, sg.full_name AS signed_by
          FROM adt.discharge_summary s
          JOIN core.staff au ON au.id = s.author_id
          LEFT JOIN core.staff sg ON sg.id = s.signed_by_id
         WHERE s.admission_id = :a ORDER BY s.version DESC""", {"a": admission_id})


def summary_suggestion(session: Session, patient_id: int, encounter_id: int) -> dict[str, str]:
    """A first draft from the record of the stay: its diagnoses, and (once the pharmacy schema is there) the
    active prescriptions of the stay."""
    provisional = QCoreApplication.translate("DischargePanel", "{diagnosis} (provisional)")
    diags = [(provisional if r["certainty"] == "provisional" else "{diagnosis}").format(
                 diagnosis=f"{r['icd10_code']} {r['title']}")
             for r in _rows(session, """
                SELECT d.icd10_code, i.title, d.certainty FROM clinical.diagnosis d
                  JOIN clinical.icd10 i ON i.code = d.icd10_code
                 WHERE d.encounter_id = :e AND d.status = 'active' ORDER BY d.rank = 'primary' DESC, d.recorded_at""",
                                {"e": encounter_id})]
    meds: list[str] = []
    if session.execute(text("SELECT to_regclass('pharmacy.prescription') IS NOT NULL")).scalar():
        meds = [f"{r['name']} {r['dose']} {r['route']} {r['frequency']}" for r in _rows(session, """
            SELECT d.generic_name || ' ' || d.strength AS name, trim_scale(pr.dose_amount) || ' ' || pr.dose_unit AS dose, pr.route, pr.frequency
              FROM pharmacy.prescription pr JOIN pharmacy.drug d ON d.id = pr.drug_id
             WHERE pr.encounter_id = :e AND pr.status = 'active' ORDER BY pr.created_at""", {"e": encounter_id})]
    return {"diagnoses": "\n".join(diags), "medications": "\n".join(meds)}


def save_summary(session: Session, admission_id: int, summary_id: int | None, fields: dict[str, str]) -> int:
    """Create the first draft, or update the current draft."""
    values = {k: fields.get(k, "") for k, _ in SUMMARY_FIELDS}
    if summary_id is None:
        return session.execute(text(
            "INSERT INTO adt.discharge_summary (admission_id, diagnoses, procedures, results, medications, follow_up) "
            "VALUES (:a, :diagnoses, :procedures, :results, :medications, :follow_up) RETURNING id"),
            {"a": admission_id, **values}).scalar_one()
    session.execute(text(
        "UPDATE adt.discharge_summary SET diagnoses = :diagnoses, procedures = :procedures, results = :results, "
        "medications = :medications, follow_up = :follow_up WHERE id = :id"), {"id": summary_id, **values})
    return summary_id


def sign_summary(session: Session, summary_id: int) -> None:
    result = session.execute(text("UPDATE adt.discharge_summary SET status = 'signed' WHERE id = :id "
                                  "AND status = 'draft'"), {"id": summary_id})
    if result.rowcount != 1:
        raise KnownError(QCoreApplication.translate("DischargePanel",
                                                    "This discharge summary is not a draft you may sign."),
                         kind="invalid")


def amend_summary(session: Session, admission_id: int, signed_id: int, reason: str, fields: dict[str, str]) -> int:
    values = {k: fields.get(k, "") for k, _ in SUMMARY_FIELDS}
    return session.execute(text(
        "INSERT INTO adt.discharge_summary (admission_id, amends_id, amend_reason, diagnoses, procedures, results, "
        "medications, follow_up) VALUES (:a, :s, :r, :diagnoses, :procedures, :results, :medications, :follow_up) "
        "RETURNING id"), {"a": admission_id, "s": signed_id, "r": reason, **values}).scalar_one()


def summary_document(session: Session, summary_id: int) -> dict[str, Any]:
    """Everything the printed summary shows (read with the caller's rights)."""
    row = _rows(session, """
        SELECT s.*, au.full_name AS author, sg.full_name AS signed_by, a.admitted_at, a.discharged_at,
               a.disposition, a.reason, d.name AS ward, st.full_name AS attending, p.mrn, p.given_name,
               p.family_name, p.birth_date, p.sex,
               (SELECT value #>> '{}' FROM core.setting WHERE key = 'hospital_name') AS hospital
          FROM adt.discharge_summary s
          JOIN adt.admission a ON a.id = s.admission_id
          JOIN registry.patient p ON p.id = a.patient_id
          JOIN core.department d ON d.id = a.ward_id
          JOIN core.staff st ON st.id = a.attending_id
          JOIN core.staff au ON au.id = s.author_id
          LEFT JOIN core.staff sg ON sg.id = s.signed_by_id
         WHERE s.id = :id""", {"id": summary_id})
    if not row:
        raise KnownError(QCoreApplication.translate("DischargePanel", "There is no discharge summary you may read."),
                         kind="permission")
    return row[0]


# -- medication administration record (sql/adt/) -----------------------------------------------
@dataclass
class Dose:
    prescription_id: int
    prescription_number: str
    drug: str
    dose: str
    route: str
    frequency: str
    instructions: str | None
    prescription_status: str
    scheduled_at: datetime | None
    administration_id: int | None
    outcome: str | None
    reason: str | None
    recorded_by: str | None
    recorded_at: datetime | None
    late: bool
    state: str  # given | held | refused | late | due | scheduled | as_needed


def mar(session: Session, admission_id: int, since: datetime, until: datetime) -> list[Dose]:
    return [Dose(**r) for r in _rows(session, "SELECT * FROM adt.mar_schedule(:a, :f, :t)",
                                     {"a": admission_id, "f": since, "t": until})]


def drug_codes(session: Session, encounter_id: int) -> dict[int, str]:
    """The product code (pharmacy.drug.code, the barcode of a pack) of each prescription of the stay, so the ward
    can check a scanned medicine against the dose before it is given."""
    return {r["id"]: r["code"] for r in _rows(session, """
        SELECT pr.id, d.code FROM pharmacy.prescription pr JOIN pharmacy.drug d ON d.id = pr.drug_id
         WHERE pr.encounter_id = :e""", {"e": encounter_id})}


def resolve_wristband(session: Session, scanned: str) -> int | None:
    """The patient a scanned wristband belongs to now (a merged record's old wristband resolves to the survivor),
    as the database sees it for this login; None when it is no patient the login may see."""
    return session.execute(text("SELECT registry.resolve_mrn(:m)"), {"m": scanned}).scalar()


def record_dose(session: Session, prescription_id: int, scheduled_at: datetime | None, outcome: str, reason: str,
                scanned_mrn: str) -> int:
    return session.execute(text("SELECT adt.record_administration(:p, :s, :o, :r, :m)"),
                           {"p": prescription_id, "s": scheduled_at, "o": outcome, "r": reason or None,
                            "m": scanned_mrn}).scalar_one()


def void_dose(session: Session, administration_id: int, reason: str) -> None:
    session.execute(text("SELECT adt.void_administration(:a, :r)"), {"a": administration_id, "r": reason})


def now(session: Session) -> datetime:
    return session.execute(text("SELECT now()")).scalar_one()


# -- fluid balance -------------------------------------------------------------------------------------
FLUID_ROUTES = {"in": [("oral", QT_TRANSLATE_NOOP("FluidPanel", "Oral")),
                       ("iv", QT_TRANSLATE_NOOP("FluidPanel", "Intravenous")),
                       ("enteral", QT_TRANSLATE_NOOP("FluidPanel", "Enteral tube")),
                       ("blood", QT_TRANSLATE_NOOP("FluidPanel", "Blood products")),
                       ("other", QT_TRANSLATE_NOOP("FluidPanel", "Other intake"))],
                "out": [("urine", QT_TRANSLATE_NOOP("FluidPanel", "Urine")),
                        ("vomit", QT_TRANSLATE_NOOP("FluidPanel", "Vomit")),
                        ("drain", QT_TRANSLATE_NOOP("FluidPanel", "Drain")),
                        ("stool", QT_TRANSLATE_NOOP("FluidPanel", "Stool")),
                        ("aspirate", QT_TRANSLATE_NOOP("FluidPanel", "Gastric aspirate")),
                        ("other", QT_TRANSLATE_NOOP("FluidPanel", "Other output"))]}


def fluid_entries(session: Session, admission_id: int) -> list[dict[str, Any]]:
    """The stay's fluid chart, newest first (entries in error included, marked)."""
    return _rows(session, """
        SELECT f.id, f.direction, f.route, f.volume_ml, f.measured_at, f.note, f.status, f.error_reason,
               s.full_name AS recorded_by
          FROM adt.fluid_entry f JOIN core.staff s ON s.id = f.recorded_by
         WHERE f.admission_id = :a ORDER BY f.measured_at DESC, f.id DESC""", {"a": admission_id})


def fluid_balance(session: Session, admission_id: int) -> list[dict[str, Any]]:
    """Per day of the stay: intake, output, balance and running balance (ml)."""
    return _rows(session, "SELECT * FROM adt.fluid_balance(:a)", {"a": admission_id})


def record_fluid(session: Session, admission_id: int, direction: str, route: str, volume_ml: int,
                 measured_at: datetime | None, note: str) -> int:
    return session.execute(text("SELECT adt.record_fluid(:a, :d, :r, :v, :t, :n)"),
                           {"a": admission_id, "d": direction, "r": route, "v": volume_ml, "t": measured_at,
                            "n": note}).scalar_one()


def void_fluid(session: Session, entry_id: int, reason: str) -> None:
    session.execute(text("SELECT adt.void_fluid(:i, :r)"), {"i": entry_id, "r": reason})
