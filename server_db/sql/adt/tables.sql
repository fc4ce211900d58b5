-- adt: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- adt: wards, rooms and beds, admissions, transfers, discharges, bed-day charges and discharge summaries.
--
-- Wards are core.department rows of kind 'inpatient'; each has rooms, each room has beds. A bed has a
-- state: free, occupied, reserved, cleaning, out_of_service. Only the functions below change a bed's state
-- ('occupied' only through admit / transfer, which also write the occupancy; discharge and transfer send
-- the bed to 'cleaning'; adt.set_bed_state does the rest: housekeeping marks a cleaned bed free, the ward
-- reserves a bed or takes it out of service).
--
-- Never two patients in one bed. adt.bed_occupancy holds who lay in which bed when, as [started_at, ended_at)
-- time ranges; exclusion constraints (btree_gist, schema ext) refuse two overlapping occupancies of one bed
-- (ex_bed_occupancy_bed) and two overlapping occupancies of one patient (ex_bed_occupancy_patient);
-- adt.admission refuses two overlapping stays of one patient (ex_admission_patient: one active admission per
-- patient). The functions lock the bed rows (ascending id) and then the patient (advisory lock) before they
-- look, so racing admissions queue for a few milliseconds and the loser gets SQLSTATE 23P01 naming the
-- constraint, with the ward's free beds in the message.
--
-- An admission opens a clinical.encounter of kind 'inpatient' (department = the admitting ward, clinician =
-- the attending doctor): the notes, vital signs, diagnoses and charges of the stay carry that encounter.
-- Discharge writes a progress note and closes the encounter; billing's consultation trigger (100) charges
-- nothing for an inpatient encounter, the stay is charged by bed-days.
--
-- Bed-days (the midnight census rule). A patient in a bed at local midnight (core.setting clinic_timezone)
-- is charged one bed-day for the calendar day that midnight ends, at the price of the ward they were in just
-- before it (BED-<ward code>, else BED-DEFAULT). A stay that spans no midnight (a day case) is charged one
-- bed-day for its admission day. adt.post_bed_days(admission) posts every bed-day due up to now or the
-- discharge, idempotently (adt.bed_day is UNIQUE (patient_id, day); billing.charge UNIQUE (source_kind,
-- source_id)): discharge calls it, so the invoice of a stay is complete at discharge; the ward client calls it
-- when the board opens and `hms-admin post-bed-days` (cron, after midnight) posts the census for all stays.
--
-- Access. Admission is a care relationship: clinical.can_access_patient() is extended at the end of this
-- file (the down file restores the 080 body): a doctor or nurse who works in the ward of a patient's active
-- admission, or the attending or admitting doctor of it, sees the patient's clinical record. Reception
-- manages beds and admissions and sees who lies where (the non-clinical columns of adt.admission, by column
-- grants), never the reason for admission or a discharge summary. Billing sees stays and bed-days.
-- =====================================================================================================
CREATE SCHEMA adt;
COMMENT ON SCHEMA adt IS 'Wards, rooms, beds, admissions, transfers, discharges, bed-days and discharge summaries.';

-- ---------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE adt.room (
    id       bigint GENERATED ALWAYS AS IDENTITY,
    ward_id  bigint  NOT NULL,
    code     text    NOT NULL,
    name     text    NOT NULL,
    active   boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_room PRIMARY KEY (id),
    CONSTRAINT uq_room_code UNIQUE (code),
    CONSTRAINT uq_room_id_ward_id UNIQUE (id, ward_id),
    CONSTRAINT fk_room_ward_id_department FOREIGN KEY (ward_id) REFERENCES core.department (id),
    CONSTRAINT ck_room_code CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
    CONSTRAINT ck_room_name CHECK (length(btrim(name)) BETWEEN 1 AND 200)
);
COMMENT ON TABLE adt.room IS 'A room of a ward (a core.department of kind inpatient).';

CREATE INDEX ix_room_ward_id ON adt.room (ward_id);

CREATE TABLE adt.bed (
    id                bigint GENERATED ALWAYS AS IDENTITY,
    room_id           bigint      NOT NULL,
    ward_id           bigint      NOT NULL,
    code              text        NOT NULL,
    label             text        NOT NULL,
    state             text        NOT NULL DEFAULT 'free',
    state_reason      text,
    state_changed_at  timestamptz NOT NULL DEFAULT now(),
    active            boolean     NOT NULL DEFAULT true,
    CONSTRAINT pk_bed PRIMARY KEY (id),
    CONSTRAINT uq_bed_code UNIQUE (code),
    CONSTRAINT fk_bed_room_ward FOREIGN KEY (room_id, ward_id) REFERENCES adt.room (id, ward_id),
    CONSTRAINT ck_bed_code CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,31}$'),
    CONSTRAINT ck_bed_label CHECK (length(btrim(label)) BETWEEN 1 AND 40),
    CONSTRAINT ck_bed_state CHECK (state IN ('free', 'occupied', 'reserved', 'cleaning', 'out_of_service')),
    CONSTRAINT ck_bed_state_reason CHECK (state_reason IS NULL OR length(btrim(state_reason)) BETWEEN 1 AND 300)
);
COMMENT ON TABLE adt.bed IS
    'A bed of a room of a ward and its state; the state changes only through the adt functions (audited).';
COMMENT ON COLUMN adt.bed.ward_id IS 'The ward of the bed''s room (kept equal by the composite foreign key).';
COMMENT ON COLUMN adt.bed.label IS 'What the board shows, e.g. "3A".';

CREATE INDEX ix_bed_ward_id ON adt.bed (ward_id);

CREATE INDEX ix_bed_room_ward ON adt.bed (room_id, ward_id);

CREATE TABLE adt.admission (
    id                 bigint GENERATED ALWAYS AS IDENTITY,
    patient_id         bigint      NOT NULL,
    encounter_id       bigint      NOT NULL,
    ward_id            bigint      NOT NULL,
    bed_id             bigint      NOT NULL,
    attending_id       bigint      NOT NULL,
    admitting_id       bigint      NOT NULL,
    admitted_by        text        NOT NULL DEFAULT session_user,
    source             text        NOT NULL,
    reason             text        NOT NULL,
    isolation          text        NOT NULL DEFAULT 'none',
    expected_discharge date,
    admitted_at        timestamptz NOT NULL DEFAULT now(),
    discharged_at      timestamptz,
    disposition        text,
    discharged_by_id   bigint,
    CONSTRAINT pk_admission PRIMARY KEY (id),
    CONSTRAINT uq_admission_encounter_id UNIQUE (encounter_id),
    CONSTRAINT uq_admission_id_patient_id UNIQUE (id, patient_id),
    CONSTRAINT fk_admission_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_admission_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_admission_ward_id_department FOREIGN KEY (ward_id) REFERENCES core.department (id),
    CONSTRAINT fk_admission_bed_id_bed FOREIGN KEY (bed_id) REFERENCES adt.bed (id),
    CONSTRAINT fk_admission_attending_id_staff FOREIGN KEY (attending_id) REFERENCES core.staff (id),
    CONSTRAINT fk_admission_admitting_id_staff FOREIGN KEY (admitting_id) REFERENCES core.staff (id),
    CONSTRAINT fk_admission_discharged_by_id_staff FOREIGN KEY (discharged_by_id) REFERENCES core.staff (id),
    CONSTRAINT ck_admission_source CHECK (source IN ('clinic', 'emergency', 'elective', 'transfer_in')),
    CONSTRAINT ck_admission_reason CHECK (length(btrim(reason)) BETWEEN 3 AND 500),
    CONSTRAINT ck_admission_isolation CHECK (isolation IN ('none', 'contact', 'droplet', 'airborne', 'protective')),
    CONSTRAINT ck_admission_discharge CHECK (
        (discharged_at IS NULL) = (disposition IS NULL) AND (discharged_at IS NULL) = (discharged_by_id IS NULL)
        AND (discharged_at IS NULL OR discharged_at >= admitted_at)),
    CONSTRAINT ck_admission_disposition CHECK (disposition IN ('home', 'transfer_out', 'deceased', 'against_advice')),
    CONSTRAINT ex_admission_patient EXCLUDE USING gist (patient_id WITH =,
                                                        tstzrange(admitted_at, discharged_at) WITH &&)
);
COMMENT ON TABLE adt.admission IS
    'An inpatient stay: who, current ward and bed, attending doctor, reason, discharge. Written only by '
    'adt.admit / transfer / discharge / update_plan. Stays of one patient never overlap (one active admission).';
COMMENT ON COLUMN adt.admission.ward_id IS 'The current ward (the admitting ward is the encounter''s department).';
COMMENT ON COLUMN adt.admission.bed_id IS 'The current bed (its history is adt.bed_occupancy).';
COMMENT ON COLUMN adt.admission.admitting_id IS 'The doctor who decided the admission.';
COMMENT ON COLUMN adt.admission.reason IS 'Clinical reason for admission: not visible to reception or billing.';
COMMENT ON COLUMN adt.admission.isolation IS 'Isolation precautions shown on the bed board and the door: none, contact, droplet, airborne, protective.';

CREATE INDEX ix_admission_patient_id ON adt.admission (patient_id);

CREATE INDEX ix_admission_active_ward ON adt.admission (ward_id) WHERE discharged_at IS NULL;

CREATE UNIQUE INDEX uq_admission_active_bed ON adt.admission (bed_id) WHERE discharged_at IS NULL;

CREATE INDEX ix_admission_attending_id ON adt.admission (attending_id) WHERE discharged_at IS NULL;

CREATE TABLE adt.bed_occupancy (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    admission_id  bigint      NOT NULL,
    patient_id    bigint      NOT NULL,
    bed_id        bigint      NOT NULL,
    ward_id       bigint      NOT NULL,
    started_at    timestamptz NOT NULL,
    ended_at      timestamptz,
    reason        text        NOT NULL,
    moved_by      text        NOT NULL DEFAULT session_user,
    CONSTRAINT pk_bed_occupancy PRIMARY KEY (id),
    CONSTRAINT fk_bed_occupancy_admission_patient FOREIGN KEY (admission_id, patient_id)
        REFERENCES adt.admission (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_bed_occupancy_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_bed_occupancy_bed_id_bed FOREIGN KEY (bed_id) REFERENCES adt.bed (id),
    CONSTRAINT fk_bed_occupancy_ward_id_department FOREIGN KEY (ward_id) REFERENCES core.department (id),
    CONSTRAINT ck_bed_occupancy_period CHECK (ended_at IS NULL OR ended_at > started_at),
    CONSTRAINT ck_bed_occupancy_reason CHECK (length(btrim(reason)) BETWEEN 3 AND 300),
    CONSTRAINT ex_bed_occupancy_bed EXCLUDE USING gist (bed_id WITH =, tstzrange(started_at, ended_at) WITH &&),
    CONSTRAINT ex_bed_occupancy_patient EXCLUDE USING gist (patient_id WITH =,
                                                            tstzrange(started_at, ended_at) WITH &&)
);
COMMENT ON TABLE adt.bed_occupancy IS
    'Who lay in which bed when: [started_at, ended_at), open while they lie there. The admission''s first row is '
    'the admission, each transfer ends one row and starts the next. Never two patients in a bed at a time.';

CREATE INDEX ix_bed_occupancy_admission_id ON adt.bed_occupancy (admission_id, started_at);

CREATE INDEX ix_bed_occupancy_patient_id ON adt.bed_occupancy (patient_id);

CREATE TABLE adt.bed_day (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    admission_id  bigint      NOT NULL,
    patient_id    bigint      NOT NULL,
    day           date        NOT NULL,
    ward_id       bigint      NOT NULL,
    bed_id        bigint      NOT NULL,
    rule          text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_bed_day PRIMARY KEY (id),
    CONSTRAINT uq_bed_day_patient_id_day UNIQUE (patient_id, day),
    CONSTRAINT fk_bed_day_admission_patient FOREIGN KEY (admission_id, patient_id)
        REFERENCES adt.admission (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_bed_day_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_bed_day_ward_id_department FOREIGN KEY (ward_id) REFERENCES core.department (id),
    CONSTRAINT fk_bed_day_bed_id_bed FOREIGN KEY (bed_id) REFERENCES adt.bed (id),
    CONSTRAINT ck_bed_day_rule CHECK (rule IN ('midnight', 'day_case'))
);
COMMENT ON TABLE adt.bed_day IS
    'One chargeable bed-day of a patient (midnight census, or the one day of a day case); made only by '
    'adt.post_bed_days, never twice for a patient and day; its charge is billing.charge (bed_day, id).';

CREATE INDEX ix_bed_day_admission_id ON adt.bed_day (admission_id);

CREATE TABLE adt.discharge_summary (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    admission_id    bigint      NOT NULL,
    patient_id      bigint      NOT NULL,
    version         integer     NOT NULL,
    amends_id       bigint,
    amend_reason    text,
    diagnoses       text        NOT NULL DEFAULT '',
    procedures      text        NOT NULL DEFAULT '',
    results         text        NOT NULL DEFAULT '',
    medications     text        NOT NULL DEFAULT '',
    follow_up       text        NOT NULL DEFAULT '',
    status          text        NOT NULL DEFAULT 'draft',
    author_id       bigint      NOT NULL DEFAULT core.current_staff_id(),
    created_at      timestamptz NOT NULL DEFAULT now(),
    signed_by_id    bigint,
    signed_at       timestamptz,
    content_sha256  text,
    CONSTRAINT pk_discharge_summary PRIMARY KEY (id),
    CONSTRAINT uq_discharge_summary_admission_id_version UNIQUE (admission_id, version),
    CONSTRAINT fk_discharge_summary_admission_patient FOREIGN KEY (admission_id, patient_id)
        REFERENCES adt.admission (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_discharge_summary_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_discharge_summary_amends_id_discharge_summary FOREIGN KEY (amends_id)
        REFERENCES adt.discharge_summary (id),
    CONSTRAINT fk_discharge_summary_author_id_staff FOREIGN KEY (author_id) REFERENCES core.staff (id),
    CONSTRAINT fk_discharge_summary_signed_by_id_staff FOREIGN KEY (signed_by_id) REFERENCES core.staff (id),
    CONSTRAINT ck_discharge_summary_version CHECK (version >= 1 AND (version = 1) = (amends_id IS NULL)),
    CONSTRAINT ck_discharge_summary_amend_reason CHECK ((amends_id IS NULL) = (amend_reason IS NULL)
                                                       AND (amend_reason IS NULL OR length(btrim(amend_reason)) >= 5)),
    CONSTRAINT ck_discharge_summary_status CHECK (status IN ('draft', 'signed')),
    CONSTRAINT ck_discharge_summary_signed CHECK ((status = 'signed') = (signed_at IS NOT NULL)
                                                  AND (status = 'signed') = (signed_by_id IS NOT NULL)
                                                  AND (status = 'signed') = (content_sha256 IS NOT NULL)),
    CONSTRAINT ck_discharge_summary_length CHECK (length(diagnoses) + length(procedures) + length(results)
                                                  + length(medications) + length(follow_up) <= 50000)
);
COMMENT ON TABLE adt.discharge_summary IS
    'Versions of a stay''s discharge summary: a draft is edited by doctors, signing freezes it for ever '
    '(content_sha256 of the signed text); a correction is a new version (amends_id, amend_reason).';

CREATE INDEX ix_discharge_summary_patient_id ON adt.discharge_summary (patient_id);

CREATE UNIQUE INDEX uq_discharge_summary_one_draft ON adt.discharge_summary (admission_id) WHERE status = 'draft';

-- =====================================================================================================
-- adt: the medication administration record (MAR).
-- needs the pharmacy schema (sql/pharmacy/, the baseline migration).
--
-- Scheduled doses. The active prescriptions written in a stay's encounter become scheduled doses: every
-- standard administration time of the prescription's frequency (pharmacy.frequency.administration_times,
-- wall-clock times in core.setting clinic_timezone) from the moment it was written, for its duration_days
-- (open-ended without one), within the stay, until it is completed or cancelled. WEEKLY falls on the weekday it
-- was written, STAT is one dose at the moment it was written, PRN (when required) has no schedule: its doses
-- are recorded when given (scheduled_at NULL). The schedule is computed, never stored (adt.dose_times), so a
-- changed prescription never leaves stale rows behind; what is stored is what happened.
--
-- Recording a dose (adt.record_administration): given, held or refused (held and refused with a reason), only
-- by a nurse or doctor of the patient's ward or the stay's attending / admitting doctor, only for a time of the
-- schedule that is due (not more than an hour ahead), once per scheduled dose (uq_medication_administration_dose),
-- and only with the patient's wristband scanned: the scanned MRN must resolve (registry.resolve_mrn, so a
-- merged record's old wristband still works) to the prescription's patient, else nothing is recorded. A dose
-- recorded more than core.setting 'mar_late_minutes' (default 60) after its time is marked late, and the chart
-- shows unrecorded doses past that time as late. A wrong entry is marked entered_in_error with a reason
-- (adt.void_administration); nothing is deleted.
-- =====================================================================================================
CREATE TABLE adt.medication_administration (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    admission_id     bigint      NOT NULL,
    patient_id       bigint      NOT NULL,
    prescription_id  bigint      NOT NULL,
    scheduled_at     timestamptz,
    outcome          text        NOT NULL,
    reason           text,
    dose_note        text,
    scanned_mrn      text        NOT NULL,
    late             boolean     NOT NULL DEFAULT false,
    recorded_by      bigint      NOT NULL DEFAULT core.current_staff_id(),
    recorded_at      timestamptz NOT NULL DEFAULT now(),
    status           text        NOT NULL DEFAULT 'final',
    error_reason     text,
    CONSTRAINT pk_medication_administration PRIMARY KEY (id),
    CONSTRAINT fk_medication_administration_admission_patient FOREIGN KEY (admission_id, patient_id)
        REFERENCES adt.admission (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_medication_administration_prescription_patient FOREIGN KEY (prescription_id, patient_id)
        REFERENCES pharmacy.prescription (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_medication_administration_patient_id_patient FOREIGN KEY (patient_id)
        REFERENCES registry.patient (id),
    CONSTRAINT fk_medication_administration_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_medication_administration_outcome CHECK (outcome IN ('given', 'held', 'refused')),
    CONSTRAINT ck_medication_administration_reason CHECK (
        (outcome = 'given' OR length(btrim(reason)) >= 3) AND (reason IS NULL OR length(reason) <= 500)),
    CONSTRAINT ck_medication_administration_dose_note CHECK (length(dose_note) <= 200),
    CONSTRAINT ck_medication_administration_status CHECK (status IN ('final', 'entered_in_error')),
    CONSTRAINT ck_medication_administration_error CHECK ((status = 'entered_in_error') = (error_reason IS NOT NULL)
                                                        AND (error_reason IS NULL OR length(btrim(error_reason)) >= 5))
);
COMMENT ON TABLE adt.medication_administration IS
    'What happened to a scheduled (or when-required) dose: given, held or refused, by whom, when, with the '
    'wristband scan; written only by adt.record_administration; corrected by marking entered_in_error.';
COMMENT ON COLUMN adt.medication_administration.scheduled_at IS 'The dose''s time in the schedule; NULL for a when-required (PRN) dose.';
COMMENT ON COLUMN adt.medication_administration.late IS 'Recorded more than mar_late_minutes after the scheduled time.';

CREATE UNIQUE INDEX uq_medication_administration_dose ON adt.medication_administration (prescription_id, scheduled_at)
    WHERE status = 'final' AND scheduled_at IS NOT NULL;

CREATE INDEX ix_medication_administration_admission_id ON adt.medication_administration (admission_id, scheduled_at);

CREATE INDEX ix_medication_administration_patient_id ON adt.medication_administration (patient_id);

-- Discharges by time: length of stay reads the last days only.
CREATE INDEX ix_admission_discharged_at ON adt.admission (discharged_at) WHERE discharged_at IS NOT NULL;

-- =====================================================================================================
-- adt: fluid balance chart (intake and output) of a stay.
--
-- Each measured volume is one row: in (oral, IV, enteral tube, blood products, other) or out (urine, vomit,
-- drain, stool, gastric aspirate, other), in millilitres, at the time it was measured. Written only by
-- adt.record_fluid — a nurse or doctor of the patient's ward, or the stay's attending / admitting doctor, during
-- the stay, measured at most 24 h back and never in the future — and corrected only by marking an entry
-- entered in error with a reason (adt.void_fluid); nothing is deleted. adt.fluid_balance(admission) sums the
-- final entries per clinic-timezone day: intake, output, balance and the running balance of the stay.
-- =====================================================================================================
CREATE TABLE adt.fluid_entry (
    id            bigint      GENERATED ALWAYS AS IDENTITY,
    admission_id  bigint      NOT NULL,
    patient_id    bigint      NOT NULL,
    direction     text        NOT NULL,
    route         text        NOT NULL,
    volume_ml     integer     NOT NULL,
    measured_at   timestamptz NOT NULL,
    note          text,
    recorded_by   bigint      NOT NULL DEFAULT core.current_staff_id(),
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    status        text        NOT NULL DEFAULT 'final',
    error_reason  text,
    CONSTRAINT pk_fluid_entry PRIMARY KEY (id),
    CONSTRAINT fk_fluid_entry_admission_patient FOREIGN KEY (admission_id, patient_id)
        REFERENCES adt.admission (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_fluid_entry_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_fluid_entry_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_fluid_entry_route CHECK (
        (direction = 'in' AND route IN ('oral', 'iv', 'enteral', 'blood', 'other'))
        OR (direction = 'out' AND route IN ('urine', 'vomit', 'drain', 'stool', 'aspirate', 'other'))),
    CONSTRAINT ck_fluid_entry_volume_ml CHECK (volume_ml BETWEEN 1 AND 5000),
    CONSTRAINT ck_fluid_entry_note CHECK (length(note) <= 200),
    CONSTRAINT ck_fluid_entry_status CHECK (status IN ('final', 'entered_in_error')),
    CONSTRAINT ck_fluid_entry_error CHECK ((status = 'entered_in_error') = (error_reason IS NOT NULL)
                                           AND (error_reason IS NULL OR length(btrim(error_reason)) >= 5))
);
COMMENT ON TABLE adt.fluid_entry IS
    'Fluid balance chart: one measured intake or output volume of a stay; written only by adt.record_fluid, '
    'corrected by marking entered_in_error (adt.void_fluid).';

CREATE INDEX ix_fluid_entry_admission_id ON adt.fluid_entry (admission_id, measured_at);

CREATE INDEX ix_fluid_entry_patient_id ON adt.fluid_entry (patient_id);
