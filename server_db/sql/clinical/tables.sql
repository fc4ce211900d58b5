-- clinical: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- clinical: encounters and notes, the care relationship that opens a chart, break-glass and the chart
-- access log.as hms_owner.
-- A doctor or nurse sees a patient's clinical rows when (a) the patient has an encounter with them or in
-- one of their departments, or (b) they hold an unexpired break-glass grant for that patient. Later issues
-- extend clinical.can_access_patient() with admissions and orders.
-- =====================================================================================================
CREATE SCHEMA clinical;
COMMENT ON SCHEMA clinical IS 'Encounters, notes and (later) diagnoses, allergies, vital signs and orders.';

-- ---------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE clinical.encounter (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    patient_id     bigint      NOT NULL,
    department_id  bigint      NOT NULL,
    clinician_id   bigint      NOT NULL,
    kind           text        NOT NULL DEFAULT 'outpatient',
    status         text        NOT NULL DEFAULT 'open',
    started_at     timestamptz NOT NULL DEFAULT now(),
    ended_at       timestamptz,
    CONSTRAINT pk_encounter PRIMARY KEY (id),
    CONSTRAINT uq_encounter_id_patient_id UNIQUE (id, patient_id),
    CONSTRAINT fk_encounter_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_encounter_department_id_department FOREIGN KEY (department_id) REFERENCES core.department (id),
    CONSTRAINT fk_encounter_clinician_id_staff FOREIGN KEY (clinician_id) REFERENCES core.staff (id),
    CONSTRAINT ck_encounter_kind CHECK (kind IN ('outpatient', 'inpatient', 'emergency', 'telemedicine')),
    CONSTRAINT ck_encounter_status CHECK (status IN ('open', 'closed', 'cancelled')),
    CONSTRAINT ck_encounter_ended CHECK ((status = 'open') = (ended_at IS NULL) AND (ended_at IS NULL OR ended_at >= started_at))
);
COMMENT ON TABLE clinical.encounter IS 'A contact between a patient and a clinician in a department: the care relationship.';

CREATE INDEX ix_encounter_patient_id ON clinical.encounter (patient_id);

CREATE INDEX ix_encounter_clinician_id ON clinical.encounter (clinician_id, started_at);

CREATE INDEX ix_encounter_department_id ON clinical.encounter (department_id, started_at);

CREATE TABLE clinical.note (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    encounter_id  bigint      NOT NULL,
    patient_id    bigint      NOT NULL,
    author_id     bigint      NOT NULL DEFAULT core.current_staff_id(),
    body          text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_note PRIMARY KEY (id),
    CONSTRAINT fk_note_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_note_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_note_author_id_staff FOREIGN KEY (author_id) REFERENCES core.staff (id),
    CONSTRAINT ck_note_body CHECK (length(btrim(body)) BETWEEN 1 AND 100000),
    -- kind, amendments, telemedicine
    kind          text    NOT NULL DEFAULT 'progress',
    amends_id     bigint,
    amend_reason  text,
    remote        boolean NOT NULL DEFAULT false,
    CONSTRAINT ck_note_kind CHECK (kind IN ('soap', 'progress', 'amendment', 'nursing')),
    CONSTRAINT fk_note_amends_id_note FOREIGN KEY (amends_id) REFERENCES clinical.note (id),
    CONSTRAINT ck_note_amendment CHECK (
        (kind = 'amendment') = (amends_id IS NOT NULL)
        AND (kind = 'amendment') = (amend_reason IS NOT NULL)
        AND (amend_reason IS NULL OR length(btrim(amend_reason)) BETWEEN 5 AND 1000))
);
COMMENT ON TABLE clinical.note IS 'Clinical notes; never edited or deleted (amendments arrive as new notes).';
COMMENT ON COLUMN clinical.note.kind IS 'soap | progress (doctors), nursing (nurses), amendment (corrects the note amends_id).';
COMMENT ON COLUMN clinical.note.amends_id IS 'For an amendment: the original note it corrects (never another amendment).';
COMMENT ON COLUMN clinical.note.amend_reason IS 'Why the note was amended (at least 5 characters).';
COMMENT ON COLUMN clinical.note.remote IS 'The visit was a telemedicine visit.';

CREATE INDEX ix_note_patient_id ON clinical.note (patient_id, created_at);

CREATE INDEX ix_note_encounter_id ON clinical.note (encounter_id);

CREATE INDEX ix_note_amends_id ON clinical.note (amends_id) WHERE amends_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------------
-- Vital signs
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE clinical.vital_kind (
    code       text    NOT NULL,
    label      text    NOT NULL,
    unit       text    NOT NULL,
    min_value  numeric NOT NULL,
    max_value  numeric NOT NULL,
    alert_low  numeric,
    alert_high numeric,
    CONSTRAINT pk_vital_kind PRIMARY KEY (code),
    CONSTRAINT ck_vital_kind_code CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    CONSTRAINT ck_vital_kind_range CHECK (min_value < max_value),
    CONSTRAINT ck_vital_kind_alert_band CHECK (alert_low IS NULL OR alert_high IS NULL OR alert_low < alert_high)
);
COMMENT ON TABLE clinical.vital_kind IS 'The vital signs the hospital records, each with its one unit, plausible range '
    '(outside it a value is refused as a typing error) and alert band (outside it a value is flagged low or high).';

CREATE TABLE clinical.vital_sign (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    encounter_id  bigint      NOT NULL,
    patient_id    bigint      NOT NULL,
    kind          text        NOT NULL,
    value         numeric     NOT NULL,
    unit          text        NOT NULL,
    measured_at   timestamptz NOT NULL DEFAULT now(),
    recorded_by   bigint      NOT NULL DEFAULT core.current_staff_id(),
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    status        text        NOT NULL DEFAULT 'final',
    error_reason  text,
    flag          text,
    CONSTRAINT pk_vital_sign PRIMARY KEY (id),
    CONSTRAINT fk_vital_sign_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_vital_sign_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_vital_sign_kind_vital_kind FOREIGN KEY (kind) REFERENCES clinical.vital_kind (code),
    CONSTRAINT fk_vital_sign_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_vital_sign_status CHECK (status IN ('final', 'entered_in_error')),
    CONSTRAINT ck_vital_sign_flag CHECK (flag IN ('low', 'high')),
    CONSTRAINT ck_vital_sign_error_reason CHECK ((status = 'entered_in_error') = (error_reason IS NOT NULL)
                                                AND (error_reason IS NULL OR length(btrim(error_reason)) >= 5))
);
COMMENT ON TABLE clinical.vital_sign IS
    'Vital signs measured during an encounter; never deleted: a wrong value is marked entered_in_error.';

CREATE INDEX ix_vital_sign_patient_id ON clinical.vital_sign (patient_id, measured_at);

CREATE INDEX ix_vital_sign_encounter_id ON clinical.vital_sign (encounter_id);

-- ---------------------------------------------------------------------------------------------------
-- Allergies
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE clinical.allergy_substance (
    code         text NOT NULL,
    name         text NOT NULL,
    category     text NOT NULL,
    code_system  text NOT NULL,
    CONSTRAINT pk_allergy_substance PRIMARY KEY (code),
    CONSTRAINT ck_allergy_substance_category CHECK (category IN ('drug', 'food', 'environment', 'other')),
    CONSTRAINT ck_allergy_substance_code_system CHECK (code_system IN ('ATC', 'local'))
);
COMMENT ON TABLE clinical.allergy_substance IS
    'Coded allergy substances: WHO ATC codes for drugs and drug classes, local codes for foods and other '
    'substances (resources/allergy_substances.csv).';

CREATE TABLE clinical.allergy (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    patient_id      bigint      NOT NULL,
    substance       text        NOT NULL,
    substance_code  text,
    category        text        NOT NULL,
    reaction        text,
    severity        text,
    status          text        NOT NULL DEFAULT 'active',
    status_reason   text,
    recorded_by     bigint      NOT NULL DEFAULT core.current_staff_id(),
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_allergy PRIMARY KEY (id),
    CONSTRAINT fk_allergy_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_allergy_substance_code_allergy_substance FOREIGN KEY (substance_code)
        REFERENCES clinical.allergy_substance (code),
    CONSTRAINT fk_allergy_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_allergy_substance CHECK (length(btrim(substance)) BETWEEN 1 AND 200),
    CONSTRAINT ck_allergy_category CHECK (category IN ('drug', 'food', 'environment', 'other')),
    CONSTRAINT ck_allergy_reaction CHECK (length(reaction) <= 500),
    CONSTRAINT ck_allergy_severity CHECK (severity IN ('mild', 'moderate', 'severe', 'life_threatening')),
    CONSTRAINT ck_allergy_status CHECK (status IN ('active', 'inactive', 'entered_in_error')),
    CONSTRAINT ck_allergy_status_reason CHECK (status_reason IS NULL OR length(btrim(status_reason)) >= 5)
);
COMMENT ON TABLE clinical.allergy IS
    'Allergies and intolerances of a patient, coded where possible; never deleted (inactive / entered_in_error).';
COMMENT ON COLUMN clinical.allergy.severity IS 'mild | moderate | severe | life_threatening; NULL when not known.';

CREATE INDEX ix_allergy_patient_id ON clinical.allergy (patient_id);

-- ---------------------------------------------------------------------------------------------------
-- ICD-10 (a subset of ICD-10-CM, resources/icd10_subset.csv)
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE clinical.icd10 (
    code     text     NOT NULL,
    title    text     NOT NULL,
    chapter  smallint NOT NULL,
    CONSTRAINT pk_icd10 PRIMARY KEY (code),
    CONSTRAINT ck_icd10_code CHECK (code ~ '^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$'),
    CONSTRAINT ck_icd10_title CHECK (length(btrim(title)) BETWEEN 1 AND 400),
    CONSTRAINT ck_icd10_chapter CHECK (chapter BETWEEN 1 AND 22)
);
COMMENT ON TABLE clinical.icd10 IS 'Diagnosis codes: a subset of ICD-10-CM (CMS/NCHS), see resources/README.md.';
COMMENT ON COLUMN clinical.icd10.chapter IS 'The ICD-10-CM chapter number (1 = infectious diseases ... 22 = special purposes).';

CREATE INDEX ix_icd10_code_prefix ON clinical.icd10 (code text_pattern_ops);

CREATE INDEX ix_icd10_title_trgm ON clinical.icd10 USING gin (lower(title) ext.gin_trgm_ops);

-- ---------------------------------------------------------------------------------------------------
-- Diagnoses (per encounter) and the problem list (per patient)
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE clinical.diagnosis (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    encounter_id  bigint      NOT NULL,
    patient_id    bigint      NOT NULL,
    icd10_code    text        NOT NULL,
    rank          text        NOT NULL DEFAULT 'secondary',
    certainty     text        NOT NULL DEFAULT 'confirmed',
    status        text        NOT NULL DEFAULT 'active',
    error_reason  text,
    recorded_by   bigint      NOT NULL DEFAULT core.current_staff_id(),
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_diagnosis PRIMARY KEY (id),
    CONSTRAINT fk_diagnosis_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_diagnosis_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_diagnosis_icd10_code_icd10 FOREIGN KEY (icd10_code) REFERENCES clinical.icd10 (code),
    CONSTRAINT fk_diagnosis_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_diagnosis_rank CHECK (rank IN ('primary', 'secondary')),
    CONSTRAINT ck_diagnosis_certainty CHECK (certainty IN ('confirmed', 'provisional')),
    CONSTRAINT ck_diagnosis_status CHECK (status IN ('active', 'entered_in_error')),
    CONSTRAINT ck_diagnosis_error_reason CHECK ((status = 'entered_in_error') = (error_reason IS NOT NULL)
                                               AND (error_reason IS NULL OR length(btrim(error_reason)) >= 5))
);
COMMENT ON TABLE clinical.diagnosis IS
    'ICD-10 diagnoses of an encounter; at most one active primary diagnosis per encounter; never deleted.';

CREATE UNIQUE INDEX uq_diagnosis_one_primary ON clinical.diagnosis (encounter_id)
    WHERE rank = 'primary' AND status = 'active';

CREATE INDEX ix_diagnosis_patient_id ON clinical.diagnosis (patient_id, recorded_at);

CREATE INDEX ix_diagnosis_icd10_code ON clinical.diagnosis (icd10_code);

CREATE TABLE clinical.problem (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    patient_id    bigint      NOT NULL,
    icd10_code    text        NOT NULL,
    onset         date,
    status        text        NOT NULL DEFAULT 'active',
    error_reason  text,
    noted_by      bigint      NOT NULL DEFAULT core.current_staff_id(),
    noted_at      timestamptz NOT NULL DEFAULT now(),
    resolved_at   timestamptz,
    CONSTRAINT pk_problem PRIMARY KEY (id),
    CONSTRAINT fk_problem_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_problem_icd10_code_icd10 FOREIGN KEY (icd10_code) REFERENCES clinical.icd10 (code),
    CONSTRAINT fk_problem_noted_by_staff FOREIGN KEY (noted_by) REFERENCES core.staff (id),
    CONSTRAINT ck_problem_status CHECK (status IN ('active', 'resolved', 'entered_in_error')),
    CONSTRAINT ck_problem_resolved CHECK ((status = 'resolved') <= (resolved_at IS NOT NULL)
                                         AND (status = 'active') <= (resolved_at IS NULL)),
    CONSTRAINT ck_problem_error_reason CHECK ((status = 'entered_in_error') = (error_reason IS NOT NULL)
                                             AND (error_reason IS NULL OR length(btrim(error_reason)) >= 5))
);
COMMENT ON TABLE clinical.problem IS 'The problem list: a patient''s ongoing and past conditions (ICD-10).';

CREATE INDEX ix_problem_patient_id ON clinical.problem (patient_id);

-- =====================================================================================================
-- allergy status: "nobody asked" and "no known allergies" are different facts.by
-- the baseline migration.
--
-- A patient's allergy status is one of
--   * unknown             — the default: nobody has recorded anything (the banner says "not yet asked");
--   * no_known_allergies  — a clinician recorded that the patient (or someone for them) said so: who and when;
--   * has_allergies       — at least one active allergy is on the list.
--
-- clinical.allergy_status keeps the statements (append-only, audited). Rows are written only by
--   * clinical.record_no_known_allergies(patient) — doctors and nurses with a care relationship; refused while
--     an active allergy exists (there is no INSERT grant on the table, so this function is the only way);
--   * the trigger on clinical.allergy — recording an active allergy appends 'has_allergies'.
-- clinical.allergy_status_of(patient) derives the current status: active allergies always win (so a concurrent
-- insert, or a merge that moves the duplicate's allergies to a survivor who was "no known allergies", can never
-- leave a stale "none known"); otherwise the newest statement, and 'no_known_allergies' only if it is newer than
-- every allergy ever recorded (an allergy entered in error or inactivated after the statement asks again).
-- A table without a unique key on patient_id, so a merge moves both patients' rows without a clash (070).
--
-- pharmacy.screen (120) is replaced to add one warning (not a stop) when the status is unknown: a prescriber must
-- not read silence as "no allergies".
-- =====================================================================================================
CREATE TABLE clinical.allergy_status (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    patient_id   bigint      NOT NULL,
    status       text        NOT NULL,
    recorded_by  bigint      NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_allergy_status PRIMARY KEY (id),
    CONSTRAINT fk_allergy_status_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_allergy_status_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_allergy_status_status CHECK (status IN ('no_known_allergies', 'has_allergies'))
);
COMMENT ON TABLE clinical.allergy_status IS
    'Statements about a patient''s allergies (no_known_allergies: who said so and when; has_allergies: an allergy '
    'was recorded); no row means nobody asked. Append-only, written by clinical.record_no_known_allergies and the '
    'allergy trigger; the current status is clinical.allergy_status_of().';

CREATE INDEX ix_allergy_status_patient_id ON clinical.allergy_status (patient_id, recorded_at);

-- =====================================================================================================
-- clinical record: SOAP notes and amendments, vital signs, allergies, ICD-10 diagnoses, the problem list
-- and closing an encounter.
--
-- Who may do what (the care relationship is clinical.can_access_patient(), defined in 040 and extended by
-- later migrations):
--   * doctors read and write notes, vital signs, allergies, diagnoses and problems of their patients;
--   * nurses read all of it, write vital signs, allergies and nursing notes;
--   * pharmacists read allergies (all patients: pharmacy checks every prescription against them);
--   * reception, billing, admin, lab and auditors read nothing clinical. The reference tables (ICD-10 subset,
--     coded allergy substances, vital sign kinds) are readable by all staff.
--
-- Nothing clinical is deleted or edited: notes are corrected by amendments (new notes), a wrong vital sign,
-- allergy, diagnosis or problem is marked entered_in_error with a reason (an UPDATE of the status columns, the
-- only columns staff may update).
--
-- A closed (or cancelled) encounter takes no new notes, vital signs or diagnoses, only amendments of its notes.
-- The rule compares the row's own creation time (which no staff login can set) with the encounter's end: rows
-- written before the end are part of the encounter (so the demo loader can write a past encounter with its
-- notes), rows written at or after it are refused.
--
-- Reference data is generated from resources/*.csv by resources/build_icd10_sql.py (a test checks they agree).
-- Rules for patient merges (070) are kept: every new table referencing registry.patient has a primary key and a
-- single-column key to patient (id); composite keys carrying the patient are ON UPDATE CASCADE; the protective
-- triggers fire only on the status columns, so a merge can move rows.
-- =====================================================================================================

