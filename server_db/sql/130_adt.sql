-- =====================================================================================================
-- adt: wards, rooms and beds, admissions, transfers, discharges, bed-day charges and discharge summaries.
-- Applied as hms_owner by migration 0006 (130_adt.down.sql undoes it).
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
GRANT USAGE ON SCHEMA adt TO hms_staff;

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
GRANT SELECT ON adt.room TO hms_staff;
GRANT INSERT (ward_id, code, name, active), UPDATE (name, active) ON adt.room TO hms_admin;

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
GRANT SELECT ON adt.bed TO hms_staff;
GRANT INSERT (room_id, ward_id, code, label, active), UPDATE (label, active) ON adt.bed TO hms_admin;

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
-- Reception and billing see who lies where, never why: every column but reason.
GRANT SELECT (id, patient_id, encounter_id, ward_id, bed_id, attending_id, admitting_id, admitted_by, source,
              isolation, expected_discharge, admitted_at, discharged_at, disposition, discharged_by_id)
   ON adt.admission TO hms_reception, hms_billing;
GRANT SELECT ON adt.admission TO hms_doctor, hms_nurse;

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
GRANT SELECT ON adt.bed_occupancy TO hms_reception, hms_doctor, hms_nurse, hms_billing;

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
GRANT SELECT ON adt.bed_day TO hms_billing;

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
GRANT SELECT ON adt.discharge_summary TO hms_doctor, hms_nurse;
GRANT INSERT (admission_id, amends_id, amend_reason, diagnoses, procedures, results, medications, follow_up),
      UPDATE (diagnoses, procedures, results, medications, follow_up, status)
   ON adt.discharge_summary TO hms_doctor;

-- ---------------------------------------------------------------------------------------------------
-- Price list: bed-days (see the census rule above)
-- ---------------------------------------------------------------------------------------------------
INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) VALUES
    ('BED-DEFAULT', 'Inpatient bed-day', 380.00, 'GBP', DATE '2020-01-01', NULL, 'bed_day'),
    ('BED-MEDW', 'Medical ward bed-day', 350.00, 'GBP', DATE '2020-01-01', NULL, 'bed_day'),
    ('BED-SURGW', 'Surgical ward bed-day', 420.00, 'GBP', DATE '2020-01-01', NULL, 'bed_day');

-- ---------------------------------------------------------------------------------------------------
-- Row checks
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION adt.room_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.department d WHERE d.id = NEW.ward_id AND d.kind = 'inpatient') THEN
        RAISE EXCEPTION 'department % is not a ward (a department of kind inpatient)', NEW.ward_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_room_ward';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER room_check BEFORE INSERT OR UPDATE OF ward_id ON adt.room
    FOR EACH ROW EXECUTE FUNCTION adt.room_check();

-- A bed taken out of use must be empty; a new bed starts free.
CREATE FUNCTION adt.bed_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.state := 'free';
        NEW.state_changed_at := now();
        NEW.state_reason := NULL;
    ELSIF OLD.active AND NOT NEW.active AND OLD.state IN ('occupied', 'reserved') THEN
        RAISE EXCEPTION 'bed % is %: it can be retired only when empty', OLD.label, OLD.state
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER bed_check BEFORE INSERT OR UPDATE OF active ON adt.bed
    FOR EACH ROW EXECUTE FUNCTION adt.bed_check();

-- Draft summaries are edited, signed ones never change; version, patient and author come from the server.
CREATE FUNCTION adt.discharge_summary_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_adm     adt.admission;
    v_amended adt.discharge_summary;
    v_staff   bigint := core.current_staff_id();
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.patient_id IS DISTINCT FROM OLD.patient_id AND (NEW.diagnoses, NEW.procedures, NEW.results,
                NEW.medications, NEW.follow_up, NEW.status) IS NOT DISTINCT FROM (OLD.diagnoses, OLD.procedures,
                OLD.results, OLD.medications, OLD.follow_up, OLD.status) THEN
            RETURN NEW;  -- a patient merge moves the row
        END IF;
        IF OLD.status = 'signed' THEN
            RAISE EXCEPTION 'discharge summary % (version %) is signed and can never change: write a new version',
                            OLD.id, OLD.version USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF v_staff IS NOT NULL AND OLD.author_id <> v_staff AND NOT clinical.can_access_patient(OLD.patient_id) THEN
            RAISE EXCEPTION 'discharge summary % is not of your patient', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.status = 'signed' THEN
            IF length(btrim(NEW.diagnoses)) = 0 OR length(btrim(NEW.follow_up)) = 0 THEN
                RAISE EXCEPTION 'a discharge summary is signed with at least its diagnoses and its follow-up'
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_discharge_summary_complete';
            END IF;
            IF v_staff IS NOT NULL OR NEW.signed_by_id IS NULL THEN  -- a data load (no staff login) names its signer
                NEW.signed_by_id := v_staff;
                NEW.signed_at := now();
            END IF;
            NEW.content_sha256 := encode(sha256(convert_to(concat_ws(E'\x1e', NEW.diagnoses, NEW.procedures,
                                          NEW.results, NEW.medications, NEW.follow_up), 'UTF8')), 'hex');
        END IF;
        RETURN NEW;
    END IF;
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = NEW.admission_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no admission %', NEW.admission_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    NEW.patient_id := v_adm.patient_id;
    IF v_staff IS NOT NULL THEN
        NEW.author_id := v_staff;
        IF NOT clinical.can_access_patient(NEW.patient_id) THEN
            RETURN NEW;  -- no care relationship: the row-level policy refuses the row without telling anything more
        END IF;
    END IF;
    IF NEW.status <> 'draft' THEN
        RAISE EXCEPTION 'a discharge summary starts as a draft and is then signed' USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.amends_id IS NULL THEN
        IF EXISTS (SELECT 1 FROM adt.discharge_summary s WHERE s.admission_id = NEW.admission_id) THEN
            RAISE EXCEPTION 'admission % already has a discharge summary: edit its draft or amend the signed one',
                            NEW.admission_id USING ERRCODE = 'unique_violation',
                                                 CONSTRAINT = 'uq_discharge_summary_admission_id_version';
        END IF;
        NEW.version := 1;
    ELSE
        SELECT * INTO v_amended FROM adt.discharge_summary s WHERE s.id = NEW.amends_id;
        IF NOT FOUND OR v_amended.admission_id <> NEW.admission_id THEN
            RAISE EXCEPTION 'an amendment amends a summary of the same admission' USING ERRCODE = 'check_violation';
        END IF;
        IF v_amended.status <> 'signed' THEN
            RAISE EXCEPTION 'version % is still a draft: edit it instead of amending it', v_amended.version
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF v_amended.version <> (SELECT max(s.version) FROM adt.discharge_summary s
                                   WHERE s.admission_id = NEW.admission_id) THEN
            RAISE EXCEPTION 'version % is not the latest: amend the latest version', v_amended.version
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.version := v_amended.version + 1;
        NEW.amend_reason := btrim(NEW.amend_reason);
    END IF;
    NEW.signed_by_id := NULL;
    NEW.signed_at := NULL;
    NEW.content_sha256 := NULL;
    IF v_staff IS NOT NULL THEN
        NEW.created_at := now();
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION adt.discharge_summary_check() IS
    'BEFORE INSERT OR UPDATE on adt.discharge_summary: versions, drafts only editable, signing freezes the text.';
CREATE TRIGGER discharge_summary_check BEFORE INSERT OR UPDATE ON adt.discharge_summary
    FOR EACH ROW EXECUTE FUNCTION adt.discharge_summary_check();

-- The encounter of a stay ends with the stay: closing or cancelling it by hand while the patient is admitted
-- is refused (adt.discharge closes it after the admission is discharged).
CREATE FUNCTION adt.encounter_of_stay_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status <> 'open' AND EXISTS (SELECT 1 FROM adt.admission a
                                         WHERE a.encounter_id = NEW.id AND a.discharged_at IS NULL) THEN
        RAISE EXCEPTION 'encounter % is the stay of an admitted patient: discharge the patient to close it', NEW.id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER encounter_of_stay_check BEFORE UPDATE OF status ON clinical.encounter
    FOR EACH ROW WHEN (OLD.status = 'open' AND NEW.status IS DISTINCT FROM OLD.status)
    EXECUTE FUNCTION adt.encounter_of_stay_check();

-- ---------------------------------------------------------------------------------------------------
-- Internal helpers (no staff role may execute them)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION adt.require_group(p_groups text[], p_message text) RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
BEGIN
    IF v_staff IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(p_groups) AS g WHERE core.has_group(g)) THEN
        RAISE EXCEPTION '%', p_message USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN v_staff;
END
$$;

-- The free beds of a ward, for the message a loser of a race gets ("free now: 2B, 4A").
CREATE FUNCTION adt.free_bed_labels(p_ward_id bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(string_agg(b.label, ', ' ORDER BY b.label), 'none')
      FROM adt.bed b WHERE b.ward_id = p_ward_id AND b.active AND b.state = 'free'
$$;

-- Locks beds (ascending id) and then the patient: every writer takes them in this order, so none deadlock.
CREATE FUNCTION adt.lock_beds_and_patient(p_beds bigint[], p_patient_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM 1 FROM adt.bed b WHERE b.id = ANY (p_beds) ORDER BY b.id FOR UPDATE;
    PERFORM pg_advisory_xact_lock(hashtextextended('adt.patient:' || p_patient_id, 0));
END
$$;

-- Is the caller allowed to move or discharge this stay? reception (bed management), the clinicians of the
-- current ward, the attending and the admitting doctor.
CREATE FUNCTION adt.may_manage(p_adm adt.admission) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT core.has_group('hms_reception')
        OR (core.is_clinician() AND (p_adm.ward_id = ANY (core.my_department_ids())
                                     OR core.current_staff_id() IN (p_adm.attending_id, p_adm.admitting_id)))
$$;

CREATE FUNCTION adt.lock_admission(p_admission_id bigint) RETURNS adt.admission
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_adm adt.admission;
BEGIN
    IF p_admission_id IS NULL THEN
        RAISE EXCEPTION 'say which admission' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = p_admission_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no admission with id %', p_admission_id USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT adt.may_manage(v_adm) THEN
        RAISE EXCEPTION 'admission % is not on your ward nor your patient''s', p_admission_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM adt.lock_beds_and_patient(ARRAY[v_adm.bed_id], v_adm.patient_id);
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = p_admission_id FOR UPDATE;  -- after the locks
    IF v_adm.discharged_at IS NOT NULL THEN
        RAISE EXCEPTION 'admission % was discharged on %', p_admission_id,
                        to_char(v_adm.discharged_at, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    RETURN v_adm;
END
$$;

-- A bed ready for a patient, or the 23P01 a loser of a race gets.
CREATE FUNCTION adt.assert_bed_available(p_bed_id bigint) RETURNS adt.bed
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_bed adt.bed;
BEGIN
    SELECT * INTO v_bed FROM adt.bed b WHERE b.id = p_bed_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no bed with id %', p_bed_id USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT v_bed.active THEN
        RAISE EXCEPTION 'bed % is no longer in use', v_bed.label USING ERRCODE = 'check_violation';
    END IF;
    IF v_bed.state NOT IN ('free', 'reserved') THEN
        RAISE EXCEPTION 'bed % is %; free beds on the ward now: %', v_bed.label, replace(v_bed.state, '_', ' '),
                        adt.free_bed_labels(v_bed.ward_id)
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'ex_bed_occupancy_bed',
                  HINT = 'choose one of the free beds';
    END IF;
    RETURN v_bed;
END
$$;

CREATE FUNCTION adt.set_state(p_bed_id bigint, p_state text, p_reason text) RETURNS void
LANGUAGE sql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
    UPDATE adt.bed b SET state = p_state, state_reason = nullif(btrim(p_reason), ''), state_changed_at = now()
     WHERE b.id = p_bed_id
$$;

-- ---------------------------------------------------------------------------------------------------
-- Bed-days
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION adt.post_bed_days_of(p_admission_id bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_adm    adt.admission;
    v_tz     text := scheduling.clinic_timezone();
    v_end    timestamptz;
    v_day    date;
    v_occ    adt.bed_occupancy;
    v_code   text;
    v_ward   text;
    v_price  billing.price_item;
    v_bd     bigint;
    v_posted integer := 0;
    v_days   date[] := '{}';
    v_rule   text := 'midnight';
BEGIN
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = p_admission_id;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    v_end := coalesce(v_adm.discharged_at, now());
    -- Each local midnight m with admitted_at < m <= end charges the day that m ends.
    SELECT coalesce(array_agg(d::date ORDER BY d), '{}') INTO v_days
      FROM generate_series((v_adm.admitted_at AT TIME ZONE v_tz)::date,
                           (v_end AT TIME ZONE v_tz)::date - 1, interval '1 day') AS d
     WHERE ((d::date + 1)::timestamp AT TIME ZONE v_tz) > v_adm.admitted_at
       AND ((d::date + 1)::timestamp AT TIME ZONE v_tz) <= v_end;
    IF cardinality(v_days) = 0 AND v_adm.discharged_at IS NOT NULL THEN
        v_days := ARRAY[(v_adm.admitted_at AT TIME ZONE v_tz)::date];  -- a day case
        v_rule := 'day_case';
    END IF;
    FOREACH v_day IN ARRAY v_days LOOP
        -- The bed the patient lay in just before that midnight (for a day case: the last one).
        SELECT * INTO v_occ FROM adt.bed_occupancy o
         WHERE o.admission_id = v_adm.id
           AND (v_rule = 'day_case' OR o.started_at < ((v_day + 1)::timestamp AT TIME ZONE v_tz))
         ORDER BY o.started_at DESC LIMIT 1;
        INSERT INTO adt.bed_day (admission_id, patient_id, day, ward_id, bed_id, rule)
        VALUES (v_adm.id, v_adm.patient_id, v_day, v_occ.ward_id, v_occ.bed_id, v_rule)
        ON CONFLICT (patient_id, day) DO NOTHING
        RETURNING id INTO v_bd;
        CONTINUE WHEN v_bd IS NULL;  -- already posted (by this or an earlier stay that day)
        SELECT d.code INTO v_ward FROM core.department d WHERE d.id = v_occ.ward_id;
        v_code := CASE WHEN billing.price_item_at('BED-' || v_ward, v_day) IS NOT NULL THEN 'BED-' || v_ward
                       ELSE 'BED-DEFAULT' END;
        SELECT * INTO v_price FROM billing.price_item p WHERE p.id = billing.price_item_at(v_code, v_day);
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no price for % valid on %: the bed-day cannot be charged', v_code, v_day
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'an administrator adds a price list entry (billing.price_item) valid on that date';
        END IF;
        INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, quantity,
                                    unit_amount, amount, currency, service_date)
        VALUES (v_adm.patient_id, v_adm.encounter_id, 'bed_day', v_bd, v_price.id, 1, v_price.amount,
                v_price.amount, v_price.currency, v_day)
        ON CONFLICT (source_kind, source_id) DO NOTHING;
        v_posted := v_posted + 1;
    END LOOP;
    RETURN v_posted;
END
$$;
COMMENT ON FUNCTION adt.post_bed_days_of(bigint) IS
    'Internal: post the bed-days (and their charges) due for one stay up to now or its discharge; idempotent.';

CREATE FUNCTION adt.post_bed_days(p_admission_id bigint DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id     bigint;
    v_posted integer := 0;
BEGIN
    PERFORM adt.require_group(ARRAY['hms_reception', 'hms_doctor', 'hms_nurse', 'hms_billing', 'hms_admin'],
                              'only hospital staff post bed-days');
    FOR v_id IN SELECT a.id FROM adt.admission a
                 WHERE (p_admission_id IS NULL AND a.discharged_at IS NULL) OR a.id = p_admission_id
                 ORDER BY a.id LOOP
        PERFORM pg_advisory_xact_lock(hashtextextended('adt.bed_days:' || v_id, 0));
        v_posted := v_posted + adt.post_bed_days_of(v_id);
    END LOOP;
    RETURN v_posted;
END
$$;
COMMENT ON FUNCTION adt.post_bed_days(bigint) IS
    'Post every bed-day due (midnight census; a day case at discharge) with its charge, for one stay or for all '
    'active stays; returns how many were new. Idempotent: a patient-day is never charged twice.';
GRANT EXECUTE ON FUNCTION adt.post_bed_days(bigint) TO hms_reception, hms_doctor, hms_nurse, hms_billing, hms_admin;

-- ---------------------------------------------------------------------------------------------------
-- Admit, transfer, discharge, bed states
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION adt.admit(p_patient_id bigint, p_bed_id bigint, p_attending_id bigint, p_reason text,
                          p_source text DEFAULT 'clinic', p_expected_discharge date DEFAULT NULL,
                          p_isolation text DEFAULT 'none') RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me        bigint;
    v_patient   registry.patient;
    v_attending core.staff;
    v_bed       adt.bed;
    v_active    adt.admission;
    v_encounter bigint;
    v_id        bigint;
BEGIN
    v_me := adt.require_group(ARRAY['hms_doctor', 'hms_reception'], 'only doctors and admissions staff admit patients');
    IF p_patient_id IS NULL OR p_bed_id IS NULL THEN
        RAISE EXCEPTION 'an admission needs a patient and a bed' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) < 3 THEN
        RAISE EXCEPTION 'say why the patient is admitted (at least 3 characters)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_admission_reason';
    END IF;
    IF coalesce(p_source, '') NOT IN ('clinic', 'emergency', 'elective', 'transfer_in') THEN
        RAISE EXCEPTION 'an admission comes from the clinic, emergency, elective or transfer_in, not %',
                        coalesce(p_source, 'NULL') USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF coalesce(p_isolation, '') NOT IN ('none', 'contact', 'droplet', 'airborne', 'protective') THEN
        RAISE EXCEPTION 'isolation is none, contact, droplet, airborne or protective, not %',
                        coalesce(p_isolation, 'NULL') USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_expected_discharge IS NOT NULL AND p_expected_discharge < scheduling.local_day(now()) THEN
        RAISE EXCEPTION 'the expected discharge date % is in the past', p_expected_discharge
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO v_patient FROM registry.patient p WHERE p.id = p_patient_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient with id %', p_patient_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_patient.merged_into_id IS NOT NULL THEN
        RAISE EXCEPTION 'patient % was merged into patient %: admit the surviving record', p_patient_id,
                        v_patient.merged_into_id USING ERRCODE = 'check_violation';
    END IF;
    IF p_attending_id IS NULL THEN
        IF NOT core.has_group('hms_doctor') THEN
            RAISE EXCEPTION 'name the attending doctor' USING ERRCODE = 'null_value_not_allowed';
        END IF;
        p_attending_id := v_me;
    END IF;
    SELECT * INTO v_attending FROM core.staff s WHERE s.id = p_attending_id;
    IF NOT FOUND OR NOT v_attending.active OR NOT pg_has_role(v_attending.username, 'hms_doctor', 'MEMBER') THEN
        RAISE EXCEPTION 'the attending must be an active doctor (staff id %)', p_attending_id
            USING ERRCODE = 'check_violation';
    END IF;

    PERFORM adt.lock_beds_and_patient(ARRAY[p_bed_id], p_patient_id);
    SELECT * INTO v_active FROM adt.admission a WHERE a.patient_id = p_patient_id AND a.discharged_at IS NULL;
    IF FOUND THEN
        RAISE EXCEPTION 'patient % is already admitted (admission %, since %)', v_patient.mrn, v_active.id,
                        to_char(v_active.admitted_at, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'ex_admission_patient';
    END IF;
    v_bed := adt.assert_bed_available(p_bed_id);

    INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind)
    VALUES (p_patient_id, v_bed.ward_id, p_attending_id, 'inpatient')
    RETURNING id INTO v_encounter;
    INSERT INTO adt.admission (patient_id, encounter_id, ward_id, bed_id, attending_id, admitting_id, source, reason,
                               isolation, expected_discharge)
    VALUES (p_patient_id, v_encounter, v_bed.ward_id, v_bed.id, p_attending_id,
            CASE WHEN core.has_group('hms_doctor') THEN v_me ELSE p_attending_id END, p_source, btrim(p_reason),
            p_isolation, p_expected_discharge)
    RETURNING id INTO v_id;
    INSERT INTO adt.bed_occupancy (admission_id, patient_id, bed_id, ward_id, started_at, reason)
    VALUES (v_id, p_patient_id, v_bed.id, v_bed.ward_id, now(), 'admission');
    PERFORM adt.set_state(v_bed.id, 'occupied', NULL);
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION adt.admit(bigint, bigint, bigint, text, text, date, text) IS
    'Doctors and admissions staff: admit a patient into a free (or reserved) bed under an attending doctor '
    '(default: the calling doctor); opens the inpatient encounter. A taken bed or an already admitted patient '
    'raises 23P01 naming the ward''s free beds.';
GRANT EXECUTE ON FUNCTION adt.admit(bigint, bigint, bigint, text, text, date, text) TO hms_doctor, hms_reception;

CREATE FUNCTION adt.transfer(p_admission_id bigint, p_bed_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_adm adt.admission;
    v_bed adt.bed;
BEGIN
    PERFORM adt.require_group(ARRAY['hms_doctor', 'hms_nurse', 'hms_reception'],
                              'only ward staff, doctors and admissions staff transfer patients');
    IF length(btrim(coalesce(p_reason, ''))) < 3 THEN
        RAISE EXCEPTION 'say why the patient moves (at least 3 characters)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_bed_occupancy_reason';
    END IF;
    IF p_bed_id IS NULL THEN
        RAISE EXCEPTION 'say which bed the patient moves to' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = p_admission_id;
    IF FOUND THEN  -- lock both beds in id order before the admission (adt.lock_admission locks the current one)
        PERFORM adt.lock_beds_and_patient(ARRAY[v_adm.bed_id, p_bed_id], v_adm.patient_id);
    END IF;
    v_adm := adt.lock_admission(p_admission_id);
    IF v_adm.bed_id = p_bed_id THEN
        RAISE EXCEPTION 'the patient already lies in this bed' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM 1 FROM adt.bed b WHERE b.id = p_bed_id FOR UPDATE;  -- no-op when locked above, needed on a retry race
    v_bed := adt.assert_bed_available(p_bed_id);
    UPDATE adt.bed_occupancy o SET ended_at = now() WHERE o.admission_id = v_adm.id AND o.ended_at IS NULL;
    INSERT INTO adt.bed_occupancy (admission_id, patient_id, bed_id, ward_id, started_at, reason)
    VALUES (v_adm.id, v_adm.patient_id, v_bed.id, v_bed.ward_id, now(), btrim(p_reason));
    UPDATE adt.admission a SET bed_id = v_bed.id, ward_id = v_bed.ward_id WHERE a.id = v_adm.id;
    PERFORM adt.set_state(v_adm.bed_id, 'cleaning', 'after transfer of the patient');
    PERFORM adt.set_state(v_bed.id, 'occupied', NULL);
END
$$;
COMMENT ON FUNCTION adt.transfer(bigint, bigint, text) IS
    'Move an admitted patient to another free bed of the same or another ward (history in adt.bed_occupancy); '
    'the old bed goes to cleaning.';
GRANT EXECUTE ON FUNCTION adt.transfer(bigint, bigint, text) TO hms_doctor, hms_nurse, hms_reception;

CREATE FUNCTION adt.discharge(p_admission_id bigint, p_disposition text, p_note text DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me   bigint;
    v_adm  adt.admission;
    v_days integer;
BEGIN
    v_me := adt.require_group(ARRAY['hms_doctor'], 'only doctors discharge patients');
    IF coalesce(p_disposition, '') NOT IN ('home', 'transfer_out', 'deceased', 'against_advice') THEN
        RAISE EXCEPTION 'a discharge is home, transfer_out, deceased or against_advice, not %',
                        coalesce(p_disposition, 'NULL') USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_adm := adt.lock_admission(p_admission_id);
    IF p_disposition IN ('home', 'transfer_out')
       AND NOT EXISTS (SELECT 1 FROM adt.discharge_summary s WHERE s.admission_id = v_adm.id AND s.status = 'signed') THEN
        RAISE EXCEPTION 'sign the discharge summary before discharging the patient %',
                        replace(p_disposition, '_', ' ')
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO clinical.note (encounter_id, patient_id, kind, body)
    VALUES (v_adm.encounter_id, v_adm.patient_id, 'progress',
            'Discharged (' || replace(p_disposition, '_', ' ') || ')'
            || coalesce(': ' || nullif(btrim(p_note), ''), '.'));
    UPDATE adt.bed_occupancy o SET ended_at = now() WHERE o.admission_id = v_adm.id AND o.ended_at IS NULL;
    UPDATE adt.admission a SET discharged_at = now(), disposition = p_disposition, discharged_by_id = v_me
     WHERE a.id = v_adm.id;
    PERFORM adt.set_state(v_adm.bed_id, 'cleaning', 'after discharge');
    v_days := adt.post_bed_days_of(v_adm.id);
    UPDATE clinical.encounter e SET status = 'closed', ended_at = now()
     WHERE e.id = v_adm.encounter_id AND e.status = 'open';
    RETURN v_days;
END
$$;
COMMENT ON FUNCTION adt.discharge(bigint, text, text) IS
    'Doctors: discharge (home and transfer out need a signed discharge summary); ends the bed occupancy, sends '
    'the bed to cleaning, posts the remaining bed-days, writes a progress note and closes the encounter. '
    'Returns the number of bed-days posted now.';
GRANT EXECUTE ON FUNCTION adt.discharge(bigint, text, text) TO hms_doctor;

CREATE FUNCTION adt.set_bed_state(p_bed_id bigint, p_state text, p_reason text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_bed adt.bed;
BEGIN
    PERFORM adt.require_group(ARRAY['hms_nurse', 'hms_reception', 'hms_admin'],
                              'only ward nurses, admissions staff and administrators change bed states');
    IF p_bed_id IS NULL THEN
        RAISE EXCEPTION 'say which bed' USING ERRCODE = 'null_value_not_allowed';
    END IF;
    SELECT * INTO v_bed FROM adt.bed b WHERE b.id = p_bed_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no bed with id %', p_bed_id USING ERRCODE = 'no_data_found';
    END IF;
    IF core.has_group('hms_nurse') AND NOT (core.has_group('hms_reception') OR core.has_group('hms_admin'))
       AND NOT v_bed.ward_id = ANY (core.my_department_ids()) THEN
        RAISE EXCEPTION 'bed % is not on your ward', v_bed.label USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_state = 'occupied' OR v_bed.state = 'occupied' THEN
        RAISE EXCEPTION 'a bed becomes occupied or free of a patient only by admission, transfer or discharge'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'adt_bed_state';
    END IF;
    IF NOT ((v_bed.state, p_state) IN (('cleaning', 'free'), ('free', 'reserved'), ('reserved', 'free'),
                                       ('free', 'out_of_service'), ('cleaning', 'out_of_service'),
                                       ('reserved', 'out_of_service'), ('out_of_service', 'free'),
                                       ('out_of_service', 'cleaning'))) THEN
        RAISE EXCEPTION 'bed % cannot go from % to %', v_bed.label, replace(v_bed.state, '_', ' '),
                        replace(coalesce(p_state, 'NULL'), '_', ' ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'adt_bed_state';
    END IF;
    IF p_state IN ('reserved', 'out_of_service') AND length(btrim(coalesce(p_reason, ''))) < 3 THEN
        RAISE EXCEPTION 'say why the bed is %', replace(p_state, '_', ' ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_bed_state_reason';
    END IF;
    PERFORM adt.set_state(v_bed.id, p_state, p_reason);
END
$$;
COMMENT ON FUNCTION adt.set_bed_state(bigint, text, text) IS
    'Housekeeping and bed management: cleaning -> free, reserve / release, out of service and back (with a '
    'reason); never occupied (admit / transfer / discharge do that).';
GRANT EXECUTE ON FUNCTION adt.set_bed_state(bigint, text, text) TO hms_nurse, hms_reception, hms_admin;

CREATE FUNCTION adt.update_plan(p_admission_id bigint, p_expected_discharge date, p_isolation text,
                                p_attending_id bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_adm adt.admission;
BEGIN
    PERFORM adt.require_group(ARRAY['hms_doctor', 'hms_nurse'], 'only the ward''s clinicians change the plan');
    IF coalesce(p_isolation, '') NOT IN ('none', 'contact', 'droplet', 'airborne', 'protective') THEN
        RAISE EXCEPTION 'isolation is none, contact, droplet, airborne or protective, not %',
                        coalesce(p_isolation, 'NULL') USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_adm := adt.lock_admission(p_admission_id);
    IF p_expected_discharge IS NOT NULL AND p_expected_discharge < scheduling.local_day(v_adm.admitted_at) THEN
        RAISE EXCEPTION 'the expected discharge date is before the admission' USING ERRCODE = 'check_violation';
    END IF;
    IF p_attending_id IS NOT NULL AND p_attending_id <> v_adm.attending_id THEN
        IF NOT core.has_group('hms_doctor') THEN
            RAISE EXCEPTION 'only doctors hand a patient over to another attending doctor'
                USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM core.staff s WHERE s.id = p_attending_id AND s.active
                                                 AND pg_has_role(s.username, 'hms_doctor', 'MEMBER')) THEN
            RAISE EXCEPTION 'the attending must be an active doctor (staff id %)', p_attending_id
                USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    UPDATE adt.admission a SET expected_discharge = p_expected_discharge, isolation = p_isolation,
                               attending_id = coalesce(p_attending_id, a.attending_id)
     WHERE a.id = v_adm.id;
END
$$;
COMMENT ON FUNCTION adt.update_plan(bigint, date, text, bigint) IS
    'The ward''s clinicians: expected discharge date and isolation precautions; doctors may hand over the patient.';
GRANT EXECUTE ON FUNCTION adt.update_plan(bigint, date, text, bigint) TO hms_doctor, hms_nurse;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE adt.room ENABLE ROW LEVEL SECURITY;
ALTER TABLE adt.room FORCE ROW LEVEL SECURITY;
CREATE POLICY "Rooms are visible to staff" ON adt.room FOR SELECT TO hms_staff
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Admins add rooms" ON adt.room FOR INSERT TO hms_admin WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change rooms" ON adt.room FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE adt.bed ENABLE ROW LEVEL SECURITY;
ALTER TABLE adt.bed FORCE ROW LEVEL SECURITY;
CREATE POLICY "Beds are visible to staff" ON adt.bed FOR SELECT TO hms_staff
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Admins add beds" ON adt.bed FOR INSERT TO hms_admin WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change beds" ON adt.bed FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

-- No INSERT/UPDATE grant or policy: only the functions above write admissions and occupancies.
ALTER TABLE adt.admission ENABLE ROW LEVEL SECURITY;
ALTER TABLE adt.admission FORCE ROW LEVEL SECURITY;
CREATE POLICY "Reception and billing see every stay (not its reason)" ON adt.admission FOR SELECT
    TO hms_reception, hms_billing
    USING ((SELECT core.has_group('hms_reception')) OR (SELECT core.has_group('hms_billing')));
CREATE POLICY "Clinicians see their wards' and their patients' stays" ON adt.admission FOR SELECT
    TO hms_doctor, hms_nurse
    USING (ward_id = ANY ((SELECT core.my_department_ids())::bigint[])
           OR attending_id = (SELECT core.current_staff_id()) OR admitting_id = (SELECT core.current_staff_id())
           OR clinical.can_access_patient(patient_id));

ALTER TABLE adt.bed_occupancy ENABLE ROW LEVEL SECURITY;
ALTER TABLE adt.bed_occupancy FORCE ROW LEVEL SECURITY;
CREATE POLICY "Who lies where is visible to reception, clinicians and billing" ON adt.bed_occupancy FOR SELECT
    TO hms_reception, hms_doctor, hms_nurse, hms_billing
    USING ((SELECT core.current_staff_id()) IS NOT NULL);

ALTER TABLE adt.bed_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE adt.bed_day FORCE ROW LEVEL SECURITY;
CREATE POLICY "Billing sees bed-days" ON adt.bed_day FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

ALTER TABLE adt.discharge_summary ENABLE ROW LEVEL SECURITY;
ALTER TABLE adt.discharge_summary FORCE ROW LEVEL SECURITY;
CREATE POLICY "Discharge summaries are visible to the patient's care team" ON adt.discharge_summary FOR SELECT
    TO hms_doctor, hms_nurse USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors write their patients' discharge summaries" ON adt.discharge_summary FOR INSERT
    TO hms_doctor
    WITH CHECK ((SELECT core.has_group('hms_doctor')) AND author_id = (SELECT core.current_staff_id())
                AND clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors edit and sign their patients' drafts" ON adt.discharge_summary FOR UPDATE TO hms_doctor
    USING ((SELECT core.has_group('hms_doctor')) AND clinical.can_access_patient(patient_id))
    WITH CHECK (clinical.can_access_patient(patient_id));

-- ---------------------------------------------------------------------------------------------------
-- Audit
-- ---------------------------------------------------------------------------------------------------
SELECT audit.enable('adt.room');
SELECT audit.enable('adt.bed');
SELECT audit.enable('adt.admission');
SELECT audit.enable('adt.bed_occupancy');
SELECT audit.enable('adt.bed_day');
SELECT audit.enable('adt.discharge_summary');

-- ---------------------------------------------------------------------------------------------------
-- The care relationship (040, extended by 080) now includes admissions: a doctor or nurse working in the
-- ward of the patient's active admission, and its attending and admitting doctors, see the clinical record.
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION clinical.can_access_patient(p_patient_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH me AS (SELECT core.current_staff_id() AS staff_id, core.my_department_ids() AS departments)
    SELECT core.is_clinician() AND (
           EXISTS (SELECT 1 FROM clinical.encounter e, me
                    WHERE e.patient_id = p_patient_id
                      AND (e.clinician_id = me.staff_id OR e.department_id = ANY (me.departments)))
        OR EXISTS (SELECT 1 FROM scheduling.appointment a, me
                    WHERE a.patient_id = p_patient_id
                      AND a.status IN ('booked', 'checked_in', 'in_consultation', 'completed')
                      AND (a.provider_id = me.staff_id OR a.department_id = ANY (me.departments)))
        OR EXISTS (SELECT 1 FROM adt.admission ad, me
                    WHERE ad.patient_id = p_patient_id AND ad.discharged_at IS NULL
                      AND (ad.ward_id = ANY (me.departments)
                           OR ad.attending_id = me.staff_id OR ad.admitting_id = me.staff_id))
        OR EXISTS (SELECT 1 FROM core.break_glass_grant g, me
                    WHERE g.patient_id = p_patient_id AND g.staff_id = me.staff_id
                      AND g.expires_at > now()))
$$;
COMMENT ON FUNCTION clinical.can_access_patient(bigint) IS
    'Does the logged-in clinician have a care relationship (an encounter, an active or completed appointment, '
    'with them or in their department; an active admission to their ward or under them as attending or admitting '
    'doctor) with, or a live break-glass grant for, the patient?';
