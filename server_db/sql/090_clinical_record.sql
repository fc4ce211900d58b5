-- =====================================================================================================
-- clinical record: SOAP notes and amendments, vital signs, allergies, ICD-10 diagnoses, the problem list
-- and closing an encounter. Applied as hms_owner by migration 0003 (090_clinical_record.down.sql undoes it).
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

-- ---------------------------------------------------------------------------------------------------
-- Notes: kind, amendments, telemedicine
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE clinical.note
    ADD COLUMN kind          text    NOT NULL DEFAULT 'progress',
    ADD COLUMN amends_id     bigint,
    ADD COLUMN amend_reason  text,
    ADD COLUMN remote        boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT ck_note_kind CHECK (kind IN ('soap', 'progress', 'amendment', 'nursing')),
    ADD CONSTRAINT fk_note_amends_id_note FOREIGN KEY (amends_id) REFERENCES clinical.note (id),
    ADD CONSTRAINT ck_note_amendment CHECK (
        (kind = 'amendment') = (amends_id IS NOT NULL)
        AND (kind = 'amendment') = (amend_reason IS NOT NULL)
        AND (amend_reason IS NULL OR length(btrim(amend_reason)) BETWEEN 5 AND 1000));
COMMENT ON COLUMN clinical.note.kind IS 'soap | progress (doctors), nursing (nurses), amendment (corrects the note amends_id).';
COMMENT ON COLUMN clinical.note.amends_id IS 'For an amendment: the original note it corrects (never another amendment).';
COMMENT ON COLUMN clinical.note.amend_reason IS 'Why the note was amended (at least 5 characters).';
COMMENT ON COLUMN clinical.note.remote IS 'The visit was a telemedicine visit.';
CREATE INDEX ix_note_amends_id ON clinical.note (amends_id) WHERE amends_id IS NOT NULL;
GRANT INSERT (kind, amends_id, amend_reason, remote) ON clinical.note TO hms_doctor, hms_nurse;

-- The encounter a row is written into must still be open, unless the row was written before it ended.
CREATE FUNCTION clinical.assert_encounter_open(p_encounter_id bigint, p_written_at timestamptz, p_what text)
RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_status text;
    v_ended  timestamptz;
BEGIN
    SELECT e.status, e.ended_at INTO v_status, v_ended FROM clinical.encounter e WHERE e.id = p_encounter_id;
    IF FOUND AND v_status <> 'open' AND p_written_at >= v_ended THEN
        RAISE EXCEPTION 'encounter % is %: no new % can be added (amend one of its notes instead)',
                        p_encounter_id, v_status, p_what
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
END
$$;
COMMENT ON FUNCTION clinical.assert_encounter_open(bigint, timestamptz, text) IS
    'Refuses a row written at or after the end of a closed or cancelled encounter (used by the row checks).';

CREATE FUNCTION clinical.note_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_amended clinical.note;
    v_staff   bigint := core.current_staff_id();
BEGIN
    IF NEW.amends_id IS NOT NULL THEN
        SELECT * INTO v_amended FROM clinical.note n WHERE n.id = NEW.amends_id;
        IF NOT FOUND OR (v_staff IS NOT NULL AND NOT clinical.can_access_patient(v_amended.patient_id)) THEN
            RAISE EXCEPTION 'no note % that you may amend', NEW.amends_id USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF v_amended.kind = 'amendment' THEN
            RAISE EXCEPTION 'note % is itself an amendment: amend the original note %', v_amended.id,
                            v_amended.amends_id USING ERRCODE = 'check_violation';
        END IF;
        NEW.patient_id := coalesce(NEW.patient_id, v_amended.patient_id);
        NEW.encounter_id := coalesce(NEW.encounter_id, v_amended.encounter_id);
        IF NEW.patient_id <> v_amended.patient_id THEN
            RAISE EXCEPTION 'an amendment must be for a note of the same patient (note % belongs to another patient)',
                            v_amended.id USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.encounter_id <> v_amended.encounter_id THEN
            RAISE EXCEPTION 'an amendment belongs to the encounter of the note it corrects (encounter %)',
                            v_amended.encounter_id USING ERRCODE = 'check_violation';
        END IF;
        NEW.kind := 'amendment';
        IF length(btrim(coalesce(NEW.amend_reason, ''))) < 5 THEN
            RAISE EXCEPTION 'an amendment needs a reason of at least 5 characters'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_note_amendment';
        END IF;
        NEW.amend_reason := btrim(NEW.amend_reason);
    ELSIF NEW.kind = 'amendment' THEN
        RAISE EXCEPTION 'an amendment names the note it corrects (amends_id)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_note_amendment';
    ELSIF NEW.amend_reason IS NOT NULL THEN
        RAISE EXCEPTION 'only an amendment has an amendment reason'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_note_amendment';
    END IF;

    IF v_staff IS NOT NULL AND NOT clinical.can_access_patient(NEW.patient_id) THEN
        RETURN NEW;  -- no care relationship: the row-level policy refuses the row without telling anything more
    END IF;

    -- Who writes which kind (a login in both groups may write both).
    IF core.has_group('hms_nurse') AND NOT core.has_group('hms_doctor')
       AND NOT (NEW.kind = 'nursing' OR (NEW.kind = 'amendment' AND v_amended.kind = 'nursing')) THEN
        RAISE EXCEPTION 'nurses write nursing notes (and amend nursing notes), not % notes', NEW.kind
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF core.has_group('hms_doctor') AND NOT core.has_group('hms_nurse') AND NEW.kind = 'nursing' THEN
        RAISE EXCEPTION 'nursing notes are written by nurses' USING ERRCODE = 'insufficient_privilege';
    END IF;

    IF NEW.kind <> 'amendment' THEN
        PERFORM clinical.assert_encounter_open(NEW.encounter_id, NEW.created_at, 'notes');
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.note_check() IS
    'BEFORE INSERT on clinical.note: amendment rules, which role writes which kind, closed encounters.';
CREATE TRIGGER note_check BEFORE INSERT ON clinical.note
    FOR EACH ROW EXECUTE FUNCTION clinical.note_check();

-- Each note (not the amendments themselves) with its latest amendment; runs with the caller's rights (RLS).
CREATE FUNCTION clinical.note_current(p_patient_id bigint)
RETURNS TABLE (id bigint, encounter_id bigint, patient_id bigint, kind text, remote boolean, author_id bigint,
               created_at timestamptz, body text, original_body text, amendment_id bigint, amended_by bigint,
               amended_at timestamptz, amend_reason text, amendment_count integer)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT n.id, n.encounter_id, n.patient_id, n.kind, n.remote, n.author_id, n.created_at,
           coalesce(a.body, n.body), n.body, a.id, a.author_id, a.created_at, a.amend_reason,
           (SELECT count(*)::integer FROM clinical.note c WHERE c.amends_id = n.id)
      FROM clinical.note n
      LEFT JOIN LATERAL (SELECT m.id, m.body, m.author_id, m.created_at, m.amend_reason
                           FROM clinical.note m WHERE m.amends_id = n.id
                          ORDER BY m.created_at DESC, m.id DESC LIMIT 1) a ON true
     WHERE n.patient_id = p_patient_id AND n.amends_id IS NULL
     ORDER BY n.created_at DESC, n.id DESC
$$;
COMMENT ON FUNCTION clinical.note_current(bigint) IS
    'A patient''s notes, newest first, each with its latest amendment (body = the amended text when amended); '
    'runs with the caller''s rights, so RLS decides what is returned.';
GRANT EXECUTE ON FUNCTION clinical.note_current(bigint) TO hms_doctor, hms_nurse;

-- ---------------------------------------------------------------------------------------------------
-- Closing an encounter
-- ---------------------------------------------------------------------------------------------------
-- Guards every status change, whether through clinical.close_encounter() or a doctor's direct UPDATE:
-- open -> closed needs a SOAP or progress note, open -> cancelled needs nothing, closed and cancelled are final;
-- ended_at is the server's clock. A merge (which changes patient_id only) passes untouched.
CREATE FUNCTION clinical.encounter_status_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.ended_at IS NOT DISTINCT FROM OLD.ended_at THEN
        RETURN NEW;
    END IF;
    IF OLD.status <> 'open' THEN
        RAISE EXCEPTION 'encounter % is % and cannot be changed', OLD.id, OLD.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NEW.status = 'open' THEN
        RAISE EXCEPTION 'an open encounter has no end time: close it with clinical.close_encounter(%)', OLD.id
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status = 'closed' AND NOT EXISTS (SELECT 1 FROM clinical.note n
                                              WHERE n.encounter_id = NEW.id AND n.kind IN ('soap', 'progress')) THEN
        RAISE EXCEPTION 'encounter % has no SOAP note: write the consultation note before closing it', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    NEW.ended_at := greatest(now(), NEW.started_at);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.encounter_status_check() IS
    'BEFORE UPDATE OF status, ended_at on clinical.encounter: closing needs a SOAP/progress note; closed is final.';
CREATE TRIGGER encounter_status_check BEFORE UPDATE OF status, ended_at ON clinical.encounter
    FOR EACH ROW EXECUTE FUNCTION clinical.encounter_status_check();

CREATE FUNCTION clinical.close_encounter(p_encounter_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
    v_enc   clinical.encounter;
BEGIN
    IF v_staff IS NULL OR NOT core.has_group('hms_doctor') THEN
        RAISE EXCEPTION 'only doctors close encounters' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO v_enc FROM clinical.encounter e WHERE e.id = p_encounter_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no encounter with id %', p_encounter_id USING ERRCODE = 'no_data_found';
    END IF;
    IF NOT (v_enc.clinician_id = v_staff OR v_enc.department_id = ANY (core.my_department_ids())) THEN
        RAISE EXCEPTION 'encounter % is neither yours nor your department''s', p_encounter_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_enc.status <> 'open' THEN
        RAISE EXCEPTION 'encounter % is already %', p_encounter_id, v_enc.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    UPDATE clinical.encounter e SET status = 'closed', ended_at = now() WHERE e.id = p_encounter_id;
END
$$;
COMMENT ON FUNCTION clinical.close_encounter(bigint) IS
    'Doctors: close an open encounter of their own or of their department (needs a SOAP or progress note); '
    'closing creates its consultation charge (billing, migration 100).';
GRANT EXECUTE ON FUNCTION clinical.close_encounter(bigint) TO hms_doctor;

-- ---------------------------------------------------------------------------------------------------
-- Vital signs
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE clinical.vital_kind (
    code       text    NOT NULL,
    label      text    NOT NULL,
    unit       text    NOT NULL,
    min_value  numeric NOT NULL,
    max_value  numeric NOT NULL,
    CONSTRAINT pk_vital_kind PRIMARY KEY (code),
    CONSTRAINT ck_vital_kind_code CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
    CONSTRAINT ck_vital_kind_range CHECK (min_value < max_value)
);
COMMENT ON TABLE clinical.vital_kind IS 'The vital signs the hospital records, each with its one unit and plausible range.';
GRANT SELECT ON clinical.vital_kind TO hms_staff;
INSERT INTO clinical.vital_kind (code, label, unit, min_value, max_value) VALUES
    ('systolic_bp', 'Systolic blood pressure', 'mmHg', 40, 300),
    ('diastolic_bp', 'Diastolic blood pressure', 'mmHg', 20, 200),
    ('heart_rate', 'Heart rate', '/min', 20, 300),
    ('resp_rate', 'Respiratory rate', '/min', 4, 80),
    ('temperature', 'Body temperature', '°C', 25, 45),
    ('spo2', 'Oxygen saturation (SpO2)', '%', 40, 100),
    ('weight', 'Body weight', 'kg', 0.3, 500),
    ('height', 'Body height', 'cm', 20, 260),
    ('pain', 'Pain score (0-10)', 'score', 0, 10);

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
    CONSTRAINT pk_vital_sign PRIMARY KEY (id),
    CONSTRAINT fk_vital_sign_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_vital_sign_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_vital_sign_kind_vital_kind FOREIGN KEY (kind) REFERENCES clinical.vital_kind (code),
    CONSTRAINT fk_vital_sign_recorded_by_staff FOREIGN KEY (recorded_by) REFERENCES core.staff (id),
    CONSTRAINT ck_vital_sign_status CHECK (status IN ('final', 'entered_in_error')),
    CONSTRAINT ck_vital_sign_error_reason CHECK ((status = 'entered_in_error') = (error_reason IS NOT NULL)
                                                AND (error_reason IS NULL OR length(btrim(error_reason)) >= 5))
);
COMMENT ON TABLE clinical.vital_sign IS
    'Vital signs measured during an encounter; never deleted: a wrong value is marked entered_in_error.';
CREATE INDEX ix_vital_sign_patient_id ON clinical.vital_sign (patient_id, measured_at);
CREATE INDEX ix_vital_sign_encounter_id ON clinical.vital_sign (encounter_id);
GRANT SELECT, INSERT (encounter_id, patient_id, kind, value, unit, measured_at),
      UPDATE (status, error_reason) ON clinical.vital_sign TO hms_doctor, hms_nurse;

CREATE FUNCTION clinical.vital_sign_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_kind clinical.vital_kind;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.error_reason IS NOT DISTINCT FROM OLD.error_reason THEN
            RETURN NEW;
        END IF;
        IF OLD.status = 'entered_in_error' THEN
            RAISE EXCEPTION 'vital sign % is already marked entered in error', OLD.id
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF NEW.status <> 'entered_in_error' THEN
            RAISE EXCEPTION 'a vital sign is only ever marked entered_in_error' USING ERRCODE = 'check_violation';
        END IF;
        IF length(btrim(coalesce(NEW.error_reason, ''))) < 5 THEN
            RAISE EXCEPTION 'marking a vital sign entered in error needs a reason of at least 5 characters'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_vital_sign_error_reason';
        END IF;
        NEW.error_reason := btrim(NEW.error_reason);
        RETURN NEW;
    END IF;

    IF core.current_staff_id() IS NOT NULL AND NOT clinical.can_access_patient(NEW.patient_id) THEN
        RETURN NEW;  -- no care relationship: the row-level policy refuses the row without telling anything more
    END IF;
    SELECT * INTO v_kind FROM clinical.vital_kind k WHERE k.code = NEW.kind;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown vital sign kind "%" (one of: %)', NEW.kind,
                        (SELECT string_agg(k.code, ', ' ORDER BY k.code) FROM clinical.vital_kind k)
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    NEW.unit := coalesce(nullif(btrim(NEW.unit), ''), v_kind.unit);
    IF NEW.unit <> v_kind.unit THEN
        RAISE EXCEPTION '% is recorded in %, not in %', v_kind.label, v_kind.unit, NEW.unit
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_vital_sign_unit';
    END IF;
    IF NEW.value < v_kind.min_value OR NEW.value > v_kind.max_value THEN
        RAISE EXCEPTION '% of % % is not plausible: the plausible range is % to % %', v_kind.label, NEW.value,
                        v_kind.unit, v_kind.min_value, v_kind.max_value, v_kind.unit
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_vital_sign_plausible';
    END IF;
    IF NEW.measured_at > NEW.recorded_at + interval '5 minutes' THEN
        RAISE EXCEPTION 'a vital sign cannot be measured in the future (%)', NEW.measured_at
            USING ERRCODE = 'check_violation';
    END IF;
    IF NEW.status <> 'final' THEN
        RAISE EXCEPTION 'a new vital sign is final' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM clinical.assert_encounter_open(NEW.encounter_id, NEW.recorded_at, 'vital signs');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.vital_sign_check() IS
    'BEFORE INSERT OR UPDATE OF status, error_reason on clinical.vital_sign: unit and plausible range of the kind, '
    'closed encounters, corrections only by marking entered_in_error with a reason.';
CREATE TRIGGER vital_sign_check BEFORE INSERT OR UPDATE OF status, error_reason ON clinical.vital_sign
    FOR EACH ROW EXECUTE FUNCTION clinical.vital_sign_check();

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
GRANT SELECT ON clinical.allergy_substance TO hms_staff;

-- BEGIN GENERATED FROM resources/allergy_substances.csv BY resources/build_icd10_sql.py (do not edit)
INSERT INTO clinical.allergy_substance (code, name, category, code_system) VALUES
    ('J01C', 'Penicillins (beta-lactam antibacterials)', 'drug', 'ATC'),
    ('J01CA04', 'Amoxicillin', 'drug', 'ATC'),
    ('J01CE01', 'Benzylpenicillin (penicillin G)', 'drug', 'ATC'),
    ('J01CE02', 'Phenoxymethylpenicillin (penicillin V)', 'drug', 'ATC'),
    ('J01CF05', 'Flucloxacillin', 'drug', 'ATC'),
    ('J01CR02', 'Amoxicillin and beta-lactamase inhibitor (co-amoxiclav)', 'drug', 'ATC'),
    ('J01D', 'Other beta-lactam antibacterials (cephalosporins, carbapenems)', 'drug', 'ATC'),
    ('J01DB01', 'Cefalexin', 'drug', 'ATC'),
    ('J01DD04', 'Ceftriaxone', 'drug', 'ATC'),
    ('J01E', 'Sulfonamides and trimethoprim', 'drug', 'ATC'),
    ('J01EE01', 'Sulfamethoxazole and trimethoprim (co-trimoxazole)', 'drug', 'ATC'),
    ('J01FA', 'Macrolides', 'drug', 'ATC'),
    ('J01FA09', 'Clarithromycin', 'drug', 'ATC'),
    ('J01FA10', 'Azithromycin', 'drug', 'ATC'),
    ('J01AA02', 'Doxycycline', 'drug', 'ATC'),
    ('J01MA', 'Fluoroquinolones', 'drug', 'ATC'),
    ('J01MA02', 'Ciprofloxacin', 'drug', 'ATC'),
    ('J01GB03', 'Gentamicin', 'drug', 'ATC'),
    ('J01XA01', 'Vancomycin', 'drug', 'ATC'),
    ('J01XD01', 'Metronidazole', 'drug', 'ATC'),
    ('M01A', 'Anti-inflammatory and antirheumatic products, non-steroids (NSAIDs)', 'drug', 'ATC'),
    ('M01AE01', 'Ibuprofen', 'drug', 'ATC'),
    ('M01AE02', 'Naproxen', 'drug', 'ATC'),
    ('M01AB05', 'Diclofenac', 'drug', 'ATC'),
    ('N02BA01', 'Acetylsalicylic acid (aspirin)', 'drug', 'ATC'),
    ('N02BE01', 'Paracetamol', 'drug', 'ATC'),
    ('N02A', 'Opioids', 'drug', 'ATC'),
    ('N02AA01', 'Morphine', 'drug', 'ATC'),
    ('R05DA04', 'Codeine', 'drug', 'ATC'),
    ('N02AX02', 'Tramadol', 'drug', 'ATC'),
    ('N01BB02', 'Lidocaine', 'drug', 'ATC'),
    ('M03AB01', 'Suxamethonium', 'drug', 'ATC'),
    ('C09AA', 'ACE inhibitors, plain', 'drug', 'ATC'),
    ('C10AA', 'HMG CoA reductase inhibitors (statins)', 'drug', 'ATC'),
    ('B01AB01', 'Heparin', 'drug', 'ATC'),
    ('B01AA03', 'Warfarin', 'drug', 'ATC'),
    ('N03AF01', 'Carbamazepine', 'drug', 'ATC'),
    ('N03AB02', 'Phenytoin', 'drug', 'ATC'),
    ('N03AX09', 'Lamotrigine', 'drug', 'ATC'),
    ('M04AA01', 'Allopurinol', 'drug', 'ATC'),
    ('D08AC02', 'Chlorhexidine', 'drug', 'ATC'),
    ('D08AG02', 'Povidone-iodine', 'drug', 'ATC'),
    ('V08A', 'X-ray contrast media, iodinated', 'drug', 'ATC'),
    ('LATEX', 'Latex (natural rubber)', 'environment', 'local'),
    ('ADHESIVE', 'Adhesive dressings and tape', 'other', 'local'),
    ('NICKEL', 'Nickel', 'environment', 'local'),
    ('BEE-VENOM', 'Bee venom', 'environment', 'local'),
    ('WASP-VENOM', 'Wasp venom', 'environment', 'local'),
    ('DUST-MITE', 'House dust mite', 'environment', 'local'),
    ('GRASS-POLLEN', 'Grass pollen', 'environment', 'local'),
    ('CAT-DANDER', 'Cat dander', 'environment', 'local'),
    ('PEANUT', 'Peanut', 'food', 'local'),
    ('TREE-NUT', 'Tree nuts', 'food', 'local'),
    ('SHELLFISH', 'Shellfish', 'food', 'local'),
    ('FISH', 'Fish', 'food', 'local'),
    ('EGG', 'Egg', 'food', 'local'),
    ('MILK', 'Cow''s milk protein', 'food', 'local'),
    ('WHEAT', 'Wheat', 'food', 'local'),
    ('SOY', 'Soya', 'food', 'local'),
    ('SESAME', 'Sesame', 'food', 'local');
-- END GENERATED FROM resources/allergy_substances.csv

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
GRANT SELECT, INSERT (patient_id, substance, substance_code, category, reaction, severity),
      UPDATE (status, status_reason) ON clinical.allergy TO hms_doctor, hms_nurse;
GRANT SELECT ON clinical.allergy TO hms_pharmacist;

CREATE FUNCTION clinical.allergy_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_substance clinical.allergy_substance;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.status_reason IS NOT DISTINCT FROM OLD.status_reason THEN
            RETURN NEW;
        END IF;
        IF OLD.status = 'entered_in_error' THEN
            RAISE EXCEPTION 'allergy % was entered in error and cannot change', OLD.id
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF NEW.status = OLD.status THEN
            RAISE EXCEPTION 'a status reason is given with a change of status' USING ERRCODE = 'check_violation';
        END IF;
        IF length(btrim(coalesce(NEW.status_reason, ''))) < 5 THEN
            RAISE EXCEPTION 'changing an allergy to % needs a reason of at least 5 characters', NEW.status
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_allergy_status_reason';
        END IF;
        NEW.status_reason := btrim(NEW.status_reason);
        RETURN NEW;
    END IF;

    IF NEW.substance_code IS NOT NULL THEN
        SELECT * INTO v_substance FROM clinical.allergy_substance s WHERE s.code = upper(btrim(NEW.substance_code));
        IF NOT FOUND THEN
            RAISE EXCEPTION 'unknown substance code "%" (see clinical.allergy_substance)', NEW.substance_code
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        NEW.substance_code := v_substance.code;
        NEW.substance := coalesce(nullif(btrim(NEW.substance), ''), v_substance.name);
        NEW.category := coalesce(NEW.category, v_substance.category);
    END IF;
    NEW.substance := btrim(NEW.substance);
    IF coalesce(NEW.substance, '') = '' THEN
        RAISE EXCEPTION 'say what the patient is allergic to (substance or substance_code)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_allergy_substance';
    END IF;
    IF NEW.category IS NULL THEN
        RAISE EXCEPTION 'an uncoded allergy needs its category (drug, food, environment or other)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_allergy_category';
    END IF;
    NEW.reaction := nullif(btrim(NEW.reaction), '');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.allergy_check() IS
    'BEFORE INSERT OR UPDATE OF status, status_reason on clinical.allergy: coded substances fill name and category; '
    'status changes need a reason; entered_in_error is final.';
CREATE TRIGGER allergy_check BEFORE INSERT OR UPDATE OF status, status_reason ON clinical.allergy
    FOR EACH ROW EXECUTE FUNCTION clinical.allergy_check();

-- The patient banner of every clinical workstation: active allergies as text, most severe first.
-- NULL when the caller may not know (no care relationship, not a pharmacist: reception, billing, ...);
-- an empty array when the caller may know and none is recorded.
CREATE FUNCTION clinical.active_allergies(p_patient_id bigint) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE WHEN core.has_group('hms_pharmacist') OR clinical.can_access_patient(p_patient_id) THEN
               (SELECT coalesce(array_agg(a.substance
                                          || coalesce(' (' || replace(a.severity, '_', '-') || ')', '')
                                          || coalesce(': ' || a.reaction, '')
                                          ORDER BY array_position(ARRAY['life_threatening', 'severe', 'moderate', 'mild'],
                                                                  a.severity) NULLS LAST,
                                                   a.substance, a.id), '{}')
                  FROM clinical.allergy a
                 WHERE a.patient_id = p_patient_id AND a.status = 'active')
           END
$$;
COMMENT ON FUNCTION clinical.active_allergies(bigint) IS
    'Active allergies of a patient as "substance (severity): reaction", most severe first, for doctors and nurses '
    'with a care relationship and for pharmacists; NULL for everyone else, {} when none is recorded.';
GRANT EXECUTE ON FUNCTION clinical.active_allergies(bigint) TO hms_staff;

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
GRANT SELECT ON clinical.icd10 TO hms_staff;

-- BEGIN GENERATED FROM resources/icd10_subset.csv BY resources/build_icd10_sql.py (do not edit)
INSERT INTO clinical.icd10 (code, title, chapter) VALUES
    ('A02.0', 'Salmonella enteritis', 1),
    ('A04.72', 'Enterocolitis due to Clostridium difficile, not specified as recurrent', 1),
    ('A08.4', 'Viral intestinal infection, unspecified', 1),
    ('A09', 'Infectious gastroenteritis and colitis, unspecified', 1),
    ('A15.0', 'Tuberculosis of lung', 1),
    ('A37.90', 'Whooping cough, unspecified species without pneumonia', 1),
    ('A38.9', 'Scarlet fever, uncomplicated', 1),
    ('A41.01', 'Sepsis due to Methicillin susceptible Staphylococcus aureus', 1),
    ('A41.51', 'Sepsis due to Escherichia coli [E. coli]', 1),
    ('A41.9', 'Sepsis, unspecified organism', 1),
    ('A46', 'Erysipelas', 1),
    ('A49.9', 'Bacterial infection, unspecified', 1),
    ('A60.04', 'Herpesviral vulvovaginitis', 1),
    ('A63.0', 'Anogenital (venereal) warts', 1),
    ('A69.20', 'Lyme disease, unspecified', 1),
    ('B00.1', 'Herpesviral vesicular dermatitis', 1),
    ('B01.9', 'Varicella without complication', 1),
    ('B02.9', 'Zoster without complications', 1),
    ('B05.9', 'Measles without complication', 1),
    ('B06.9', 'Rubella without complication', 1),
    ('B07.9', 'Viral wart, unspecified', 1),
    ('B08.1', 'Molluscum contagiosum', 1),
    ('B08.4', 'Enteroviral vesicular stomatitis with exanthem', 1),
    ('B09', 'Unspecified viral infection characterized by skin and mucous membrane lesions', 1),
    ('B15.9', 'Hepatitis A without hepatic coma', 1),
    ('B16.9', 'Acute hepatitis B without delta-agent and without hepatic coma', 1),
    ('B17.10', 'Acute hepatitis C without hepatic coma', 1),
    ('B18.1', 'Chronic viral hepatitis B without delta-agent', 1),
    ('B18.2', 'Chronic viral hepatitis C', 1),
    ('B19.9', 'Unspecified viral hepatitis without hepatic coma', 1),
    ('B20', 'Human immunodeficiency virus [HIV] disease', 1),
    ('B27.90', 'Infectious mononucleosis, unspecified without complication', 1),
    ('B34.9', 'Viral infection, unspecified', 1),
    ('B35.1', 'Tinea unguium', 1),
    ('B35.3', 'Tinea pedis', 1),
    ('B35.4', 'Tinea corporis', 1),
    ('B36.0', 'Pityriasis versicolor', 1),
    ('B37.0', 'Candidal stomatitis', 1),
    ('B37.2', 'Candidiasis of skin and nail', 1),
    ('B80', 'Enterobiasis', 1),
    ('B86', 'Scabies', 1),
    ('B95.61', 'Methicillin susceptible Staphylococcus aureus infection as the cause of diseases classified elsewhere', 1),
    ('B96.20', 'Unspecified Escherichia coli [E. coli] as the cause of diseases classified elsewhere', 1),
    ('B97.29', 'Other coronavirus as the cause of diseases classified elsewhere', 1),
    ('C18.9', 'Malignant neoplasm of colon, unspecified', 2),
    ('C20', 'Malignant neoplasm of rectum', 2),
    ('C34.90', 'Malignant neoplasm of unspecified part of unspecified bronchus or lung', 2),
    ('C43.9', 'Malignant melanoma of skin, unspecified', 2),
    ('C44.91', 'Basal cell carcinoma of skin, unspecified', 2),
    ('C50.911', 'Malignant neoplasm of unspecified site of right female breast', 2),
    ('C50.919', 'Malignant neoplasm of unspecified site of unspecified female breast', 2),
    ('C53.9', 'Malignant neoplasm of cervix uteri, unspecified', 2),
    ('C56.9', 'Malignant neoplasm of unspecified ovary', 2),
    ('C61', 'Malignant neoplasm of prostate', 2),
    ('C64.9', 'Malignant neoplasm of unspecified kidney, except renal pelvis', 2),
    ('C67.9', 'Malignant neoplasm of bladder, unspecified', 2),
    ('C71.9', 'Malignant neoplasm of brain, unspecified', 2),
    ('C73', 'Malignant neoplasm of thyroid gland', 2),
    ('C79.51', 'Secondary malignant neoplasm of bone', 2),
    ('C80.1', 'Malignant (primary) neoplasm, unspecified', 2),
    ('C81.90', 'Hodgkin lymphoma, unspecified, unspecified site', 2),
    ('C85.90', 'Non-Hodgkin lymphoma, unspecified, unspecified site', 2),
    ('C90.00', 'Multiple myeloma not having achieved remission', 2),
    ('C91.10', 'Chronic lymphocytic leukemia of B-cell type not having achieved remission', 2),
    ('C92.00', 'Acute myeloblastic leukemia, not having achieved remission', 2),
    ('D05.10', 'Intraductal carcinoma in situ of unspecified breast', 2),
    ('D12.6', 'Benign neoplasm of colon, unspecified', 2),
    ('D17.9', 'Benign lipomatous neoplasm, unspecified', 2),
    ('D22.9', 'Melanocytic nevi, unspecified', 2),
    ('D25.9', 'Leiomyoma of uterus, unspecified', 2),
    ('D36.9', 'Benign neoplasm, unspecified site', 2),
    ('D50.0', 'Iron deficiency anemia secondary to blood loss (chronic)', 3),
    ('D50.9', 'Iron deficiency anemia, unspecified', 3),
    ('D51.0', 'Vitamin B12 deficiency anemia due to intrinsic factor deficiency', 3),
    ('D52.9', 'Folate deficiency anemia, unspecified', 3),
    ('D53.9', 'Nutritional anemia, unspecified', 3),
    ('D56.1', 'Beta thalassemia', 3),
    ('D57.1', 'Sickle-cell disease without crisis', 3),
    ('D57.3', 'Sickle-cell trait', 3),
    ('D61.818', 'Other pancytopenia', 3),
    ('D64.9', 'Anemia, unspecified', 3),
    ('D68.9', 'Coagulation defect, unspecified', 3),
    ('D69.6', 'Thrombocytopenia, unspecified', 3),
    ('D70.9', 'Neutropenia, unspecified', 3),
    ('D72.829', 'Elevated white blood cell count, unspecified', 3),
    ('D75.1', 'Secondary polycythemia', 3),
    ('D84.9', 'Immunodeficiency, unspecified', 3),
    ('D86.0', 'Sarcoidosis of lung', 3),
    ('E03.9', 'Hypothyroidism, unspecified', 4),
    ('E04.1', 'Nontoxic single thyroid nodule', 4),
    ('E04.2', 'Nontoxic multinodular goiter', 4),
    ('E05.90', 'Thyrotoxicosis, unspecified without thyrotoxic crisis or storm', 4),
    ('E06.3', 'Autoimmune thyroiditis', 4),
    ('E07.9', 'Disorder of thyroid, unspecified', 4),
    ('E10.10', 'Type 1 diabetes mellitus with ketoacidosis without coma', 4),
    ('E10.65', 'Type 1 diabetes mellitus with hyperglycemia', 4),
    ('E10.9', 'Type 1 diabetes mellitus without complications', 4),
    ('E11.21', 'Type 2 diabetes mellitus with diabetic nephropathy', 4),
    ('E11.22', 'Type 2 diabetes mellitus with diabetic chronic kidney disease', 4),
    ('E11.319', 'Type 2 diabetes mellitus with unspecified diabetic retinopathy without macular edema', 4),
    ('E11.40', 'Type 2 diabetes mellitus with diabetic neuropathy, unspecified', 4),
    ('E11.42', 'Type 2 diabetes mellitus with diabetic polyneuropathy', 4),
    ('E11.51', 'Type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene', 4),
    ('E11.621', 'Type 2 diabetes mellitus with foot ulcer', 4),
    ('E11.649', 'Type 2 diabetes mellitus with hypoglycemia without coma', 4),
    ('E11.65', 'Type 2 diabetes mellitus with hyperglycemia', 4),
    ('E11.9', 'Type 2 diabetes mellitus without complications', 4),
    ('E13.9', 'Other specified diabetes mellitus without complications', 4),
    ('E16.2', 'Hypoglycemia, unspecified', 4),
    ('E21.0', 'Primary hyperparathyroidism', 4),
    ('E22.0', 'Acromegaly and pituitary gigantism', 4),
    ('E23.0', 'Hypopituitarism', 4),
    ('E24.9', 'Cushing''s syndrome, unspecified', 4),
    ('E27.1', 'Primary adrenocortical insufficiency', 4),
    ('E27.40', 'Unspecified adrenocortical insufficiency', 4),
    ('E28.2', 'Polycystic ovarian syndrome', 4),
    ('E34.9', 'Endocrine disorder, unspecified', 4),
    ('E44.0', 'Moderate protein-calorie malnutrition', 4),
    ('E46', 'Unspecified protein-calorie malnutrition', 4),
    ('E53.8', 'Deficiency of other specified B group vitamins', 4),
    ('E55.9', 'Vitamin D deficiency, unspecified', 4),
    ('E61.1', 'Iron deficiency', 4),
    ('E66.01', 'Morbid (severe) obesity due to excess calories', 4),
    ('E66.09', 'Other obesity due to excess calories', 4),
    ('E66.9', 'Obesity, unspecified', 4),
    ('E78.00', 'Pure hypercholesterolemia, unspecified', 4),
    ('E78.1', 'Pure hyperglyceridemia', 4),
    ('E78.2', 'Mixed hyperlipidemia', 4),
    ('E78.5', 'Hyperlipidemia, unspecified', 4),
    ('E79.0', 'Hyperuricemia without signs of inflammatory arthritis and tophaceous disease', 4),
    ('E83.42', 'Hypomagnesemia', 4),
    ('E83.52', 'Hypercalcemia', 4),
    ('E84.9', 'Cystic fibrosis, unspecified', 4),
    ('E86.0', 'Dehydration', 4),
    ('E87.1', 'Hypo-osmolality and hyponatremia', 4),
    ('E87.5', 'Hyperkalemia', 4),
    ('E87.6', 'Hypokalemia', 4),
    ('E87.70', 'Fluid overload, unspecified', 4),
    ('F01.50', 'Vascular dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety', 5),
    ('F03.90', 'Unspecified dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety', 5),
    ('F05', 'Delirium due to known physiological condition', 5),
    ('F10.10', 'Alcohol abuse, uncomplicated', 5),
    ('F10.20', 'Alcohol dependence, uncomplicated', 5),
    ('F10.239', 'Alcohol dependence with withdrawal, unspecified', 5),
    ('F11.20', 'Opioid dependence, uncomplicated', 5),
    ('F12.20', 'Cannabis dependence, uncomplicated', 5),
    ('F17.210', 'Nicotine dependence, cigarettes, uncomplicated', 5),
    ('F20.9', 'Schizophrenia, unspecified', 5),
    ('F25.9', 'Schizoaffective disorder, unspecified', 5),
    ('F31.9', 'Bipolar disorder, unspecified', 5),
    ('F32.0', 'Major depressive disorder, single episode, mild', 5),
    ('F32.1', 'Major depressive disorder, single episode, moderate', 5),
    ('F32.2', 'Major depressive disorder, single episode, severe without psychotic features', 5),
    ('F32.9', 'Major depressive disorder, single episode, unspecified', 5),
    ('F32.A', 'Depression, unspecified', 5),
    ('F33.1', 'Major depressive disorder, recurrent, moderate', 5),
    ('F33.9', 'Major depressive disorder, recurrent, unspecified', 5),
    ('F40.10', 'Social phobia, unspecified', 5),
    ('F41.0', 'Panic disorder [episodic paroxysmal anxiety]', 5),
    ('F41.1', 'Generalized anxiety disorder', 5),
    ('F41.9', 'Anxiety disorder, unspecified', 5),
    ('F42.9', 'Obsessive-compulsive disorder, unspecified', 5),
    ('F43.10', 'Post-traumatic stress disorder, unspecified', 5),
    ('F43.21', 'Adjustment disorder with depressed mood', 5),
    ('F43.23', 'Adjustment disorder with mixed anxiety and depressed mood', 5),
    ('F44.9', 'Dissociative and conversion disorder, unspecified', 5),
    ('F45.0', 'Somatization disorder', 5),
    ('F48.9', 'Nonpsychotic mental disorder, unspecified', 5),
    ('F50.00', 'Anorexia nervosa, unspecified', 5),
    ('F51.01', 'Primary insomnia', 5),
    ('F60.3', 'Borderline personality disorder', 5),
    ('F84.0', 'Autistic disorder', 5),
    ('F90.0', 'Attention-deficit hyperactivity disorder, predominantly inattentive type', 5),
    ('F90.9', 'Attention-deficit hyperactivity disorder, unspecified type', 5),
    ('F91.9', 'Conduct disorder, unspecified', 5),
    ('F98.0', 'Enuresis not due to a substance or known physiological condition', 5),
    ('G20.A1', 'Parkinson''s disease without dyskinesia, without mention of fluctuations', 6),
    ('G25.81', 'Restless legs syndrome', 6),
    ('G30.9', 'Alzheimer''s disease, unspecified', 6),
    ('G31.84', 'Mild cognitive impairment of uncertain or unknown etiology', 6),
    ('G40.909', 'Epilepsy, unspecified, not intractable, without status epilepticus', 6),
    ('G40.919', 'Epilepsy, unspecified, intractable, without status epilepticus', 6),
    ('G40.A09', 'Absence epileptic syndrome, not intractable, without status epilepticus', 6),
    ('G43.009', 'Migraine without aura, not intractable, without status migrainosus', 6),
    ('G43.109', 'Migraine with aura, not intractable, without status migrainosus', 6),
    ('G43.909', 'Migraine, unspecified, not intractable, without status migrainosus', 6),
    ('G44.1', 'Vascular headache, not elsewhere classified', 6),
    ('G44.209', 'Tension-type headache, unspecified, not intractable', 6),
    ('G45.9', 'Transient cerebral ischemic attack, unspecified', 6),
    ('G47.00', 'Insomnia, unspecified', 6),
    ('G47.33', 'Obstructive sleep apnea (adult) (pediatric)', 6),
    ('G51.0', 'Bell''s palsy', 6),
    ('G54.0', 'Brachial plexus disorders', 6),
    ('G56.00', 'Carpal tunnel syndrome, unspecified upper limb', 6),
    ('G56.01', 'Carpal tunnel syndrome, right upper limb', 6),
    ('G56.02', 'Carpal tunnel syndrome, left upper limb', 6),
    ('G57.10', 'Meralgia paresthetica, unspecified lower limb', 6),
    ('G58.9', 'Mononeuropathy, unspecified', 6),
    ('G62.9', 'Polyneuropathy, unspecified', 6),
    ('G70.00', 'Myasthenia gravis without (acute) exacerbation', 6),
    ('G80.9', 'Cerebral palsy, unspecified', 6),
    ('G89.29', 'Other chronic pain', 6),
    ('G93.40', 'Encephalopathy, unspecified', 6),
    ('H00.019', 'Hordeolum externum unspecified eye, unspecified eyelid', 7),
    ('H01.009', 'Unspecified blepharitis unspecified eye, unspecified eyelid', 7),
    ('H10.10', 'Acute atopic conjunctivitis, unspecified eye', 7),
    ('H10.33', 'Unspecified acute conjunctivitis, bilateral', 7),
    ('H10.9', 'Unspecified conjunctivitis', 7),
    ('H16.009', 'Unspecified corneal ulcer, unspecified eye', 7),
    ('H25.9', 'Unspecified age-related cataract', 7),
    ('H26.9', 'Unspecified cataract', 7),
    ('H33.009', 'Unspecified retinal detachment with retinal break, unspecified eye', 7),
    ('H35.30', 'Unspecified macular degeneration', 7),
    ('H40.10X0', 'Unspecified open-angle glaucoma, stage unspecified', 7),
    ('H40.9', 'Unspecified glaucoma', 7),
    ('H43.89', 'Other disorders of vitreous body', 7),
    ('H52.4', 'Presbyopia', 7),
    ('H53.8', 'Other visual disturbances', 7),
    ('H54.7', 'Unspecified visual loss', 7),
    ('H57.9', 'Unspecified disorder of eye and adnexa', 7),
    ('H60.339', 'Swimmer''s ear, unspecified ear', 8),
    ('H60.90', 'Unspecified otitis externa, unspecified ear', 8),
    ('H61.20', 'Impacted cerumen, unspecified ear', 8),
    ('H65.90', 'Unspecified nonsuppurative otitis media, unspecified ear', 8),
    ('H66.001', 'Acute suppurative otitis media without spontaneous rupture of ear drum, right ear', 8),
    ('H66.90', 'Otitis media, unspecified, unspecified ear', 8),
    ('H68.109', 'Unspecified obstruction of Eustachian tube, unspecified ear', 8),
    ('H72.90', 'Unspecified perforation of tympanic membrane, unspecified ear', 8),
    ('H81.10', 'Benign paroxysmal vertigo, unspecified ear', 8),
    ('H81.399', 'Other peripheral vertigo, unspecified ear', 8),
    ('H83.09', 'Labyrinthitis, unspecified ear', 8),
    ('H91.90', 'Unspecified hearing loss, unspecified ear', 8),
    ('H92.09', 'Otalgia, unspecified ear', 8),
    ('H93.19', 'Tinnitus, unspecified ear', 8),
    ('I10', 'Essential (primary) hypertension', 9),
    ('I11.0', 'Hypertensive heart disease with heart failure', 9),
    ('I11.9', 'Hypertensive heart disease without heart failure', 9),
    ('I12.9', 'Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease', 9),
    ('I13.10', 'Hypertensive heart and chronic kidney disease without heart failure, with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease', 9),
    ('I20.0', 'Unstable angina', 9),
    ('I20.9', 'Angina pectoris, unspecified', 9),
    ('I21.3', 'ST elevation (STEMI) myocardial infarction of unspecified site', 9),
    ('I21.4', 'Non-ST elevation (NSTEMI) myocardial infarction', 9),
    ('I21.9', 'Acute myocardial infarction, unspecified', 9),
    ('I24.9', 'Acute ischemic heart disease, unspecified', 9),
    ('I25.10', 'Atherosclerotic heart disease of native coronary artery without angina pectoris', 9),
    ('I25.2', 'Old myocardial infarction', 9),
    ('I26.99', 'Other pulmonary embolism without acute cor pulmonale', 9),
    ('I27.20', 'Pulmonary hypertension, unspecified', 9),
    ('I30.9', 'Acute pericarditis, unspecified', 9),
    ('I31.39', 'Other pericardial effusion (noninflammatory)', 9),
    ('I34.0', 'Nonrheumatic mitral (valve) insufficiency', 9),
    ('I35.0', 'Nonrheumatic aortic (valve) stenosis', 9),
    ('I38', 'Endocarditis, valve unspecified', 9),
    ('I42.9', 'Cardiomyopathy, unspecified', 9),
    ('I44.7', 'Left bundle-branch block, unspecified', 9),
    ('I45.10', 'Unspecified right bundle-branch block', 9),
    ('I47.10', 'Supraventricular tachycardia, unspecified', 9),
    ('I48.0', 'Paroxysmal atrial fibrillation', 9),
    ('I48.20', 'Chronic atrial fibrillation, unspecified', 9),
    ('I48.91', 'Unspecified atrial fibrillation', 9),
    ('I48.92', 'Unspecified atrial flutter', 9),
    ('I49.1', 'Atrial premature depolarization', 9),
    ('I49.3', 'Ventricular premature depolarization', 9),
    ('I49.9', 'Cardiac arrhythmia, unspecified', 9),
    ('I50.22', 'Chronic systolic (congestive) heart failure', 9),
    ('I50.32', 'Chronic diastolic (congestive) heart failure', 9),
    ('I50.9', 'Heart failure, unspecified', 9),
    ('I51.7', 'Cardiomegaly', 9),
    ('I60.9', 'Nontraumatic subarachnoid hemorrhage, unspecified', 9),
    ('I61.9', 'Nontraumatic intracerebral hemorrhage, unspecified', 9),
    ('I63.50', 'Cerebral infarction due to unspecified occlusion or stenosis of unspecified cerebral artery', 9),
    ('I63.9', 'Cerebral infarction, unspecified', 9),
    ('I67.9', 'Cerebrovascular disease, unspecified', 9),
    ('I69.30', 'Unspecified sequelae of cerebral infarction', 9),
    ('I70.209', 'Unspecified atherosclerosis of native arteries of extremities, unspecified extremity', 9),
    ('I73.9', 'Peripheral vascular disease, unspecified', 9),
    ('I74.3', 'Embolism and thrombosis of arteries of the lower extremities', 9),
    ('I77.1', 'Stricture of artery', 9),
    ('I80.10', 'Phlebitis and thrombophlebitis of unspecified femoral vein', 9),
    ('I82.409', 'Acute embolism and thrombosis of unspecified deep veins of unspecified lower extremity', 9),
    ('I83.90', 'Asymptomatic varicose veins of unspecified lower extremity', 9),
    ('I86.4', 'Gastric varices', 9),
    ('I87.2', 'Venous insufficiency (chronic) (peripheral)', 9),
    ('I89.0', 'Lymphedema, not elsewhere classified', 9),
    ('I95.1', 'Orthostatic hypotension', 9),
    ('I95.9', 'Hypotension, unspecified', 9),
    ('J00', 'Acute nasopharyngitis [common cold]', 10),
    ('J01.00', 'Acute maxillary sinusitis, unspecified', 10),
    ('J01.10', 'Acute frontal sinusitis, unspecified', 10),
    ('J01.90', 'Acute sinusitis, unspecified', 10),
    ('J02.0', 'Streptococcal pharyngitis', 10),
    ('J02.9', 'Acute pharyngitis, unspecified', 10),
    ('J03.90', 'Acute tonsillitis, unspecified', 10),
    ('J04.0', 'Acute laryngitis', 10),
    ('J05.0', 'Acute obstructive laryngitis [croup]', 10),
    ('J06.9', 'Acute upper respiratory infection, unspecified', 10),
    ('J09.X2', 'Influenza due to identified novel influenza A virus with other respiratory manifestations', 10),
    ('J10.1', 'Influenza due to other identified influenza virus with other respiratory manifestations', 10),
    ('J11.1', 'Influenza due to unidentified influenza virus with other respiratory manifestations', 10),
    ('J12.82', 'Pneumonia due to coronavirus disease 2019', 10),
    ('J12.9', 'Viral pneumonia, unspecified', 10),
    ('J13', 'Pneumonia due to Streptococcus pneumoniae', 10),
    ('J15.9', 'Unspecified bacterial pneumonia', 10),
    ('J18.1', 'Lobar pneumonia, unspecified organism', 10),
    ('J18.9', 'Pneumonia, unspecified organism', 10),
    ('J20.9', 'Acute bronchitis, unspecified', 10),
    ('J21.9', 'Acute bronchiolitis, unspecified', 10),
    ('J22', 'Unspecified acute lower respiratory infection', 10),
    ('J30.1', 'Allergic rhinitis due to pollen', 10),
    ('J30.2', 'Other seasonal allergic rhinitis', 10),
    ('J30.9', 'Allergic rhinitis, unspecified', 10),
    ('J31.0', 'Chronic rhinitis', 10),
    ('J32.9', 'Chronic sinusitis, unspecified', 10),
    ('J34.2', 'Deviated nasal septum', 10),
    ('J35.01', 'Chronic tonsillitis', 10),
    ('J35.3', 'Hypertrophy of tonsils with hypertrophy of adenoids', 10),
    ('J38.00', 'Paralysis of vocal cords and larynx, unspecified', 10),
    ('J39.2', 'Other diseases of pharynx', 10),
    ('J40', 'Bronchitis, not specified as acute or chronic', 10),
    ('J41.0', 'Simple chronic bronchitis', 10),
    ('J42', 'Unspecified chronic bronchitis', 10),
    ('J43.9', 'Emphysema, unspecified', 10),
    ('J44.0', 'Chronic obstructive pulmonary disease with (acute) lower respiratory infection', 10),
    ('J44.1', 'Chronic obstructive pulmonary disease with (acute) exacerbation', 10),
    ('J44.9', 'Chronic obstructive pulmonary disease, unspecified', 10),
    ('J45.20', 'Mild intermittent asthma, uncomplicated', 10),
    ('J45.40', 'Moderate persistent asthma, uncomplicated', 10),
    ('J45.901', 'Unspecified asthma with (acute) exacerbation', 10),
    ('J45.909', 'Unspecified asthma, uncomplicated', 10),
    ('J47.9', 'Bronchiectasis, uncomplicated', 10),
    ('J67.9', 'Hypersensitivity pneumonitis due to unspecified organic dust', 10),
    ('J69.0', 'Pneumonitis due to inhalation of food and vomit', 10),
    ('J80', 'Acute respiratory distress syndrome', 10),
    ('J81.0', 'Acute pulmonary edema', 10),
    ('J84.10', 'Pulmonary fibrosis, unspecified', 10),
    ('J90', 'Pleural effusion, not elsewhere classified', 10),
    ('J93.11', 'Primary spontaneous pneumothorax', 10),
    ('J93.9', 'Pneumothorax, unspecified', 10),
    ('J96.00', 'Acute respiratory failure, unspecified whether with hypoxia or hypercapnia', 10),
    ('J96.01', 'Acute respiratory failure with hypoxia', 10),
    ('J98.01', 'Acute bronchospasm', 10),
    ('J98.11', 'Atelectasis', 10),
    ('J98.4', 'Other disorders of lung', 10),
    ('K02.9', 'Dental caries, unspecified', 11),
    ('K04.7', 'Periapical abscess without sinus', 11),
    ('K05.10', 'Chronic gingivitis, plaque induced', 11),
    ('K08.89', 'Other specified disorders of teeth and supporting structures', 11),
    ('K11.20', 'Sialoadenitis, unspecified', 11),
    ('K12.0', 'Recurrent oral aphthae', 11),
    ('K14.0', 'Glossitis', 11),
    ('K20.90', 'Esophagitis, unspecified without bleeding', 11),
    ('K21.00', 'Gastro-esophageal reflux disease with esophagitis, without bleeding', 11),
    ('K21.9', 'Gastro-esophageal reflux disease without esophagitis', 11),
    ('K22.70', 'Barrett''s esophagus without dysplasia', 11),
    ('K25.9', 'Gastric ulcer, unspecified as acute or chronic, without hemorrhage or perforation', 11),
    ('K26.9', 'Duodenal ulcer, unspecified as acute or chronic, without hemorrhage or perforation', 11),
    ('K27.9', 'Peptic ulcer, site unspecified, unspecified as acute or chronic, without hemorrhage or perforation', 11),
    ('K29.00', 'Acute gastritis without bleeding', 11),
    ('K29.70', 'Gastritis, unspecified, without bleeding', 11),
    ('K30', 'Functional dyspepsia', 11),
    ('K31.84', 'Gastroparesis', 11),
    ('K35.80', 'Unspecified acute appendicitis', 11),
    ('K37', 'Unspecified appendicitis', 11),
    ('K40.90', 'Unilateral inguinal hernia, without obstruction or gangrene, not specified as recurrent', 11),
    ('K42.9', 'Umbilical hernia without obstruction or gangrene', 11),
    ('K43.9', 'Ventral hernia without obstruction or gangrene', 11),
    ('K44.9', 'Diaphragmatic hernia without obstruction or gangrene', 11),
    ('K50.90', 'Crohn''s disease, unspecified, without complications', 11),
    ('K51.90', 'Ulcerative colitis, unspecified, without complications', 11),
    ('K52.9', 'Noninfective gastroenteritis and colitis, unspecified', 11),
    ('K56.609', 'Unspecified intestinal obstruction, unspecified as to partial versus complete obstruction', 11),
    ('K56.7', 'Ileus, unspecified', 11),
    ('K57.30', 'Diverticulosis of large intestine without perforation or abscess without bleeding', 11),
    ('K57.32', 'Diverticulitis of large intestine without perforation or abscess without bleeding', 11),
    ('K58.0', 'Irritable bowel syndrome with diarrhea', 11),
    ('K58.9', 'Irritable bowel syndrome, unspecified', 11),
    ('K59.00', 'Constipation, unspecified', 11),
    ('K59.01', 'Slow transit constipation', 11),
    ('K60.2', 'Anal fissure, unspecified', 11),
    ('K61.0', 'Anal abscess', 11),
    ('K62.5', 'Hemorrhage of anus and rectum', 11),
    ('K63.5', 'Polyp of colon', 11),
    ('K64.9', 'Unspecified hemorrhoids', 11),
    ('K70.10', 'Alcoholic hepatitis without ascites', 11),
    ('K70.30', 'Alcoholic cirrhosis of liver without ascites', 11),
    ('K72.90', 'Hepatic failure, unspecified without coma', 11),
    ('K74.60', 'Unspecified cirrhosis of liver', 11),
    ('K75.9', 'Inflammatory liver disease, unspecified', 11),
    ('K76.0', 'Fatty (change of) liver, not elsewhere classified', 11),
    ('K76.6', 'Portal hypertension', 11),
    ('K80.10', 'Calculus of gallbladder with chronic cholecystitis without obstruction', 11),
    ('K80.20', 'Calculus of gallbladder without cholecystitis without obstruction', 11),
    ('K81.0', 'Acute cholecystitis', 11),
    ('K81.9', 'Cholecystitis, unspecified', 11),
    ('K82.8', 'Other specified diseases of gallbladder', 11),
    ('K83.1', 'Obstruction of bile duct', 11),
    ('K85.90', 'Acute pancreatitis without necrosis or infection, unspecified', 11),
    ('K86.1', 'Other chronic pancreatitis', 11),
    ('K90.0', 'Celiac disease', 11),
    ('K92.0', 'Hematemesis', 11),
    ('K92.1', 'Melena', 11),
    ('K92.2', 'Gastrointestinal hemorrhage, unspecified', 11),
    ('L01.00', 'Impetigo, unspecified', 12),
    ('L02.419', 'Cutaneous abscess of limb, unspecified', 12),
    ('L02.91', 'Cutaneous abscess, unspecified', 12),
    ('L03.115', 'Cellulitis of right lower limb', 12),
    ('L03.116', 'Cellulitis of left lower limb', 12),
    ('L03.211', 'Cellulitis of face', 12),
    ('L03.90', 'Cellulitis, unspecified', 12),
    ('L04.9', 'Acute lymphadenitis, unspecified', 12),
    ('L08.9', 'Local infection of the skin and subcutaneous tissue, unspecified', 12),
    ('L20.9', 'Atopic dermatitis, unspecified', 12),
    ('L21.0', 'Seborrhea capitis', 12),
    ('L21.9', 'Seborrheic dermatitis, unspecified', 12),
    ('L22', 'Diaper dermatitis', 12),
    ('L23.9', 'Allergic contact dermatitis, unspecified cause', 12),
    ('L24.9', 'Irritant contact dermatitis, unspecified cause', 12),
    ('L25.9', 'Unspecified contact dermatitis, unspecified cause', 12),
    ('L27.0', 'Generalized skin eruption due to drugs and medicaments taken internally', 12),
    ('L28.0', 'Lichen simplex chronicus', 12),
    ('L29.9', 'Pruritus, unspecified', 12),
    ('L30.9', 'Dermatitis, unspecified', 12),
    ('L40.0', 'Psoriasis vulgaris', 12),
    ('L40.9', 'Psoriasis, unspecified', 12),
    ('L42', 'Pityriasis rosea', 12),
    ('L43.9', 'Lichen planus, unspecified', 12),
    ('L50.0', 'Allergic urticaria', 12),
    ('L50.9', 'Urticaria, unspecified', 12),
    ('L53.9', 'Erythematous condition, unspecified', 12),
    ('L57.0', 'Actinic keratosis', 12),
    ('L60.0', 'Ingrowing nail', 12),
    ('L63.9', 'Alopecia areata, unspecified', 12),
    ('L65.9', 'Nonscarring hair loss, unspecified', 12),
    ('L70.0', 'Acne vulgaris', 12),
    ('L71.9', 'Rosacea, unspecified', 12),
    ('L72.0', 'Epidermal cyst', 12),
    ('L72.3', 'Sebaceous cyst', 12),
    ('L73.2', 'Hidradenitis suppurativa', 12),
    ('L80', 'Vitiligo', 12),
    ('L82.1', 'Other seborrheic keratosis', 12),
    ('L84', 'Corns and callosities', 12),
    ('L89.154', 'Pressure ulcer of sacral region, stage 4', 12),
    ('L89.90', 'Pressure ulcer of unspecified site, unspecified stage', 12),
    ('L91.0', 'Hypertrophic scar', 12),
    ('L97.909', 'Non-pressure chronic ulcer of unspecified part of unspecified lower leg with unspecified severity', 12),
    ('L98.9', 'Disorder of the skin and subcutaneous tissue, unspecified', 12),
    ('M05.9', 'Rheumatoid arthritis with rheumatoid factor, unspecified', 13),
    ('M06.9', 'Rheumatoid arthritis, unspecified', 13),
    ('M08.00', 'Unspecified juvenile rheumatoid arthritis of unspecified site', 13),
    ('M10.071', 'Idiopathic gout, right ankle and foot', 13),
    ('M10.9', 'Gout, unspecified', 13),
    ('M13.0', 'Polyarthritis, unspecified', 13),
    ('M15.0', 'Primary generalized (osteo)arthritis', 13),
    ('M16.11', 'Unilateral primary osteoarthritis, right hip', 13),
    ('M16.9', 'Osteoarthritis of hip, unspecified', 13),
    ('M17.11', 'Unilateral primary osteoarthritis, right knee', 13),
    ('M17.12', 'Unilateral primary osteoarthritis, left knee', 13),
    ('M17.9', 'Osteoarthritis of knee, unspecified', 13),
    ('M19.90', 'Unspecified osteoarthritis, unspecified site', 13),
    ('M21.6X9', 'Other acquired deformities of unspecified foot', 13),
    ('M25.50', 'Pain in unspecified joint', 13),
    ('M25.511', 'Pain in right shoulder', 13),
    ('M25.561', 'Pain in right knee', 13),
    ('M25.562', 'Pain in left knee', 13),
    ('M25.571', 'Pain in right ankle and joints of right foot', 13),
    ('M32.9', 'Systemic lupus erythematosus, unspecified', 13),
    ('M35.3', 'Polymyalgia rheumatica', 13),
    ('M43.6', 'Torticollis', 13),
    ('M47.812', 'Spondylosis without myelopathy or radiculopathy, cervical region', 13),
    ('M47.816', 'Spondylosis without myelopathy or radiculopathy, lumbar region', 13),
    ('M48.061', 'Spinal stenosis, lumbar region without neurogenic claudication', 13),
    ('M50.30', 'Other cervical disc degeneration, unspecified cervical region', 13),
    ('M51.16', 'Intervertebral disc disorders with radiculopathy, lumbar region', 13),
    ('M51.26', 'Other intervertebral disc displacement, lumbar region', 13),
    ('M53.3', 'Sacrococcygeal disorders, not elsewhere classified', 13),
    ('M54.16', 'Radiculopathy, lumbar region', 13),
    ('M54.2', 'Cervicalgia', 13),
    ('M54.30', 'Sciatica, unspecified side', 13),
    ('M54.50', 'Low back pain, unspecified', 13),
    ('M54.59', 'Other low back pain', 13),
    ('M54.6', 'Pain in thoracic spine', 13),
    ('M54.9', 'Dorsalgia, unspecified', 13),
    ('M62.830', 'Muscle spasm of back', 13),
    ('M65.4', 'Radial styloid tenosynovitis [de Quervain]', 13),
    ('M67.40', 'Ganglion, unspecified site', 13),
    ('M70.60', 'Trochanteric bursitis, unspecified hip', 13),
    ('M71.20', 'Synovial cyst of popliteal space [Baker], unspecified knee', 13),
    ('M72.2', 'Plantar fascial fibromatosis', 13),
    ('M75.100', 'Unspecified rotator cuff tear or rupture of unspecified shoulder, not specified as traumatic', 13),
    ('M75.30', 'Calcific tendinitis of unspecified shoulder', 13),
    ('M75.50', 'Bursitis of unspecified shoulder', 13),
    ('M76.60', 'Achilles tendinitis, unspecified leg', 13),
    ('M77.00', 'Medial epicondylitis, unspecified elbow', 13),
    ('M77.10', 'Lateral epicondylitis, unspecified elbow', 13),
    ('M79.604', 'Pain in right leg', 13),
    ('M79.606', 'Pain in leg, unspecified', 13),
    ('M79.671', 'Pain in right foot', 13),
    ('M79.672', 'Pain in left foot', 13),
    ('M79.7', 'Fibromyalgia', 13),
    ('M80.08XA', 'Age-related osteoporosis with current pathological fracture, vertebra(e), initial encounter for fracture', 13),
    ('M81.0', 'Age-related osteoporosis without current pathological fracture', 13),
    ('M84.40XA', 'Pathological fracture, unspecified site, initial encounter for fracture', 13),
    ('M86.9', 'Osteomyelitis, unspecified', 13),
    ('M89.9', 'Disorder of bone, unspecified', 13),
    ('N10', 'Acute pyelonephritis', 14),
    ('N12', 'Tubulo-interstitial nephritis, not specified as acute or chronic', 14),
    ('N13.30', 'Unspecified hydronephrosis', 14),
    ('N13.6', 'Pyonephrosis', 14),
    ('N17.9', 'Acute kidney failure, unspecified', 14),
    ('N18.30', 'Chronic kidney disease, stage 3 unspecified', 14),
    ('N18.4', 'Chronic kidney disease, stage 4 (severe)', 14),
    ('N18.5', 'Chronic kidney disease, stage 5', 14),
    ('N18.6', 'End stage renal disease', 14),
    ('N18.9', 'Chronic kidney disease, unspecified', 14),
    ('N19', 'Unspecified kidney failure', 14),
    ('N20.0', 'Calculus of kidney', 14),
    ('N20.1', 'Calculus of ureter', 14),
    ('N20.9', 'Urinary calculus, unspecified', 14),
    ('N23', 'Unspecified renal colic', 14),
    ('N28.9', 'Disorder of kidney and ureter, unspecified', 14),
    ('N30.00', 'Acute cystitis without hematuria', 14),
    ('N30.90', 'Cystitis, unspecified without hematuria', 14),
    ('N32.81', 'Overactive bladder', 14),
    ('N34.1', 'Nonspecific urethritis', 14),
    ('N39.0', 'Urinary tract infection, site not specified', 14),
    ('N39.3', 'Stress incontinence (female) (male)', 14),
    ('N39.41', 'Urge incontinence', 14),
    ('N40.0', 'Benign prostatic hyperplasia without lower urinary tract symptoms', 14),
    ('N40.1', 'Benign prostatic hyperplasia with lower urinary tract symptoms', 14),
    ('N41.0', 'Acute prostatitis', 14),
    ('N43.3', 'Hydrocele, unspecified', 14),
    ('N45.1', 'Epididymitis', 14),
    ('N47.1', 'Phimosis', 14),
    ('N48.1', 'Balanitis', 14),
    ('N52.9', 'Male erectile dysfunction, unspecified', 14),
    ('N60.19', 'Diffuse cystic mastopathy of unspecified breast', 14),
    ('N63.0', 'Unspecified lump in unspecified breast', 14),
    ('N64.4', 'Mastodynia', 14),
    ('N70.91', 'Salpingitis, unspecified', 14),
    ('N73.9', 'Female pelvic inflammatory disease, unspecified', 14),
    ('N76.0', 'Acute vaginitis', 14),
    ('N76.1', 'Subacute and chronic vaginitis', 14),
    ('N77.1', 'Vaginitis, vulvitis and vulvovaginitis in diseases classified elsewhere', 14),
    ('N80.9', 'Endometriosis, unspecified', 14),
    ('N84.1', 'Polyp of cervix uteri', 14),
    ('N89.8', 'Other specified noninflammatory disorders of vagina', 14),
    ('N91.2', 'Amenorrhea, unspecified', 14),
    ('N92.0', 'Excessive and frequent menstruation with regular cycle', 14),
    ('N92.1', 'Excessive and frequent menstruation with irregular cycle', 14),
    ('N93.9', 'Abnormal uterine and vaginal bleeding, unspecified', 14),
    ('N94.6', 'Dysmenorrhea, unspecified', 14),
    ('N95.0', 'Postmenopausal bleeding', 14),
    ('N95.1', 'Menopausal and female climacteric states', 14),
    ('N97.9', 'Female infertility, unspecified', 14),
    ('O00.90', 'Unspecified ectopic pregnancy without intrauterine pregnancy', 15),
    ('O03.9', 'Complete or unspecified spontaneous abortion without complication', 15),
    ('O09.90', 'Supervision of high risk pregnancy, unspecified, unspecified trimester', 15),
    ('O10.919', 'Unspecified pre-existing hypertension complicating pregnancy, unspecified trimester', 15),
    ('O13.9', 'Gestational [pregnancy-induced] hypertension without significant proteinuria, unspecified trimester', 15),
    ('O14.90', 'Unspecified pre-eclampsia, unspecified trimester', 15),
    ('O20.0', 'Threatened abortion', 15),
    ('O21.0', 'Mild hyperemesis gravidarum', 15),
    ('O21.9', 'Vomiting of pregnancy, unspecified', 15),
    ('O23.40', 'Unspecified infection of urinary tract in pregnancy, unspecified trimester', 15),
    ('O24.419', 'Gestational diabetes mellitus in pregnancy, unspecified control', 15),
    ('O26.899', 'Other specified pregnancy related conditions, unspecified trimester', 15),
    ('O36.80X0', 'Pregnancy with inconclusive fetal viability, not applicable or unspecified', 15),
    ('O42.90', 'Premature rupture of membranes, unspecified as to length of time between rupture and onset of labor, unspecified weeks of gestation', 15),
    ('O44.00', 'Complete placenta previa NOS or without hemorrhage, unspecified trimester', 15),
    ('O46.90', 'Antepartum hemorrhage, unspecified, unspecified trimester', 15),
    ('O47.9', 'False labor, unspecified', 15),
    ('O48.0', 'Post-term pregnancy', 15),
    ('O60.00', 'Preterm labor without delivery, unspecified trimester', 15),
    ('O62.2', 'Other uterine inertia', 15),
    ('O72.1', 'Other immediate postpartum hemorrhage', 15),
    ('O80', 'Encounter for full-term uncomplicated delivery', 15),
    ('O86.4', 'Pyrexia of unknown origin following delivery', 15),
    ('P07.30', 'Preterm newborn, unspecified weeks of gestation', 16),
    ('P22.1', 'Transient tachypnea of newborn', 16),
    ('P36.9', 'Bacterial sepsis of newborn, unspecified', 16),
    ('P55.1', 'ABO isoimmunization of newborn', 16),
    ('P59.9', 'Neonatal jaundice, unspecified', 16),
    ('P61.2', 'Anemia of prematurity', 16),
    ('P70.4', 'Other neonatal hypoglycemia', 16),
    ('P92.5', 'Neonatal difficulty in feeding at breast', 16),
    ('P92.6', 'Failure to thrive in newborn', 16),
    ('Q21.0', 'Ventricular septal defect', 17),
    ('Q25.0', 'Patent ductus arteriosus', 17),
    ('Q35.9', 'Cleft palate, unspecified', 17),
    ('Q53.9', 'Undescended testicle, unspecified', 17),
    ('Q61.3', 'Polycystic kidney, unspecified', 17),
    ('Q65.89', 'Other specified congenital deformities of hip', 17),
    ('Q90.9', 'Down syndrome, unspecified', 17),
    ('R00.0', 'Tachycardia, unspecified', 18),
    ('R00.1', 'Bradycardia, unspecified', 18),
    ('R00.2', 'Palpitations', 18),
    ('R01.1', 'Cardiac murmur, unspecified', 18),
    ('R03.0', 'Elevated blood-pressure reading, without diagnosis of hypertension', 18),
    ('R04.0', 'Epistaxis', 18),
    ('R04.2', 'Hemoptysis', 18),
    ('R05.1', 'Acute cough', 18),
    ('R05.3', 'Chronic cough', 18),
    ('R05.9', 'Cough, unspecified', 18),
    ('R06.00', 'Dyspnea, unspecified', 18),
    ('R06.02', 'Shortness of breath', 18),
    ('R06.2', 'Wheezing', 18),
    ('R06.82', 'Tachypnea, not elsewhere classified', 18),
    ('R07.1', 'Chest pain on breathing', 18),
    ('R07.2', 'Precordial pain', 18),
    ('R07.89', 'Other chest pain', 18),
    ('R07.9', 'Chest pain, unspecified', 18),
    ('R09.02', 'Hypoxemia', 18),
    ('R09.81', 'Nasal congestion', 18),
    ('R10.0', 'Acute abdomen', 18),
    ('R10.11', 'Right upper quadrant pain', 18),
    ('R10.13', 'Epigastric pain', 18),
    ('R10.31', 'Right lower quadrant pain', 18),
    ('R10.32', 'Left lower quadrant pain', 18),
    ('R10.84', 'Generalized abdominal pain', 18),
    ('R10.9', 'Unspecified abdominal pain', 18),
    ('R11.0', 'Nausea', 18),
    ('R11.10', 'Vomiting, unspecified', 18),
    ('R11.2', 'Nausea with vomiting, unspecified', 18),
    ('R12', 'Heartburn', 18),
    ('R13.10', 'Dysphagia, unspecified', 18),
    ('R14.0', 'Abdominal distension (gaseous)', 18),
    ('R15.9', 'Full incontinence of feces', 18),
    ('R17', 'Unspecified jaundice', 18),
    ('R18.8', 'Other ascites', 18),
    ('R19.7', 'Diarrhea, unspecified', 18),
    ('R20.2', 'Paresthesia of skin', 18),
    ('R21', 'Rash and other nonspecific skin eruption', 18),
    ('R22.9', 'Localized swelling, mass and lump, unspecified', 18),
    ('R23.1', 'Pallor', 18),
    ('R25.1', 'Tremor, unspecified', 18),
    ('R25.2', 'Cramp and spasm', 18),
    ('R26.81', 'Unsteadiness on feet', 18),
    ('R26.89', 'Other abnormalities of gait and mobility', 18),
    ('R27.0', 'Ataxia, unspecified', 18),
    ('R29.6', 'Repeated falls', 18),
    ('R29.810', 'Facial weakness', 18),
    ('R30.0', 'Dysuria', 18),
    ('R31.9', 'Hematuria, unspecified', 18),
    ('R32', 'Unspecified urinary incontinence', 18),
    ('R33.9', 'Retention of urine, unspecified', 18),
    ('R34', 'Anuria and oliguria', 18),
    ('R35.0', 'Frequency of micturition', 18),
    ('R35.1', 'Nocturia', 18),
    ('R39.15', 'Urgency of urination', 18),
    ('R40.20', 'Unspecified coma', 18),
    ('R40.4', 'Transient alteration of awareness', 18),
    ('R41.0', 'Disorientation, unspecified', 18),
    ('R41.82', 'Altered mental status, unspecified', 18),
    ('R42', 'Dizziness and giddiness', 18),
    ('R44.3', 'Hallucinations, unspecified', 18),
    ('R45.851', 'Suicidal ideations', 18),
    ('R47.01', 'Aphasia', 18),
    ('R50.9', 'Fever, unspecified', 18),
    ('R51.9', 'Headache, unspecified', 18),
    ('R52', 'Pain, unspecified', 18),
    ('R53.1', 'Weakness', 18),
    ('R53.81', 'Other malaise', 18),
    ('R53.83', 'Other fatigue', 18),
    ('R54', 'Age-related physical debility', 18),
    ('R55', 'Syncope and collapse', 18),
    ('R56.00', 'Simple febrile convulsions', 18),
    ('R56.9', 'Unspecified convulsions', 18),
    ('R57.9', 'Shock, unspecified', 18),
    ('R59.0', 'Localized enlarged lymph nodes', 18),
    ('R59.9', 'Enlarged lymph nodes, unspecified', 18),
    ('R60.0', 'Localized edema', 18),
    ('R60.9', 'Edema, unspecified', 18),
    ('R62.51', 'Failure to thrive (child)', 18),
    ('R63.0', 'Anorexia', 18),
    ('R63.4', 'Abnormal weight loss', 18),
    ('R63.5', 'Abnormal weight gain', 18),
    ('R64', 'Cachexia', 18),
    ('R65.20', 'Severe sepsis without septic shock', 18),
    ('R68.83', 'Chills (without fever)', 18),
    ('R68.84', 'Jaw pain', 18),
    ('R73.03', 'Prediabetes', 18),
    ('R73.09', 'Other abnormal glucose', 18),
    ('R73.9', 'Hyperglycemia, unspecified', 18),
    ('R76.11', 'Nonspecific reaction to tuberculin skin test without active tuberculosis', 18),
    ('R79.89', 'Other specified abnormal findings of blood chemistry', 18),
    ('R80.9', 'Proteinuria, unspecified', 18),
    ('R82.90', 'Unspecified abnormal findings in urine', 18),
    ('R91.1', 'Solitary pulmonary nodule', 18),
    ('R91.8', 'Other nonspecific abnormal finding of lung field', 18),
    ('R94.31', 'Abnormal electrocardiogram [ECG] [EKG]', 18),
    ('S00.03XA', 'Contusion of scalp, initial encounter', 19),
    ('S01.01XA', 'Laceration without foreign body of scalp, initial encounter', 19),
    ('S01.81XA', 'Laceration without foreign body of other part of head, initial encounter', 19),
    ('S06.0X0A', 'Concussion without loss of consciousness, initial encounter', 19),
    ('S06.0X9A', 'Concussion with loss of consciousness of unspecified duration, initial encounter', 19),
    ('S09.90XA', 'Unspecified injury of head, initial encounter', 19),
    ('S13.4XXA', 'Sprain of ligaments of cervical spine, initial encounter', 19),
    ('S20.219A', 'Contusion of unspecified front wall of thorax, initial encounter', 19),
    ('S22.39XA', 'Fracture of one rib, unspecified side, initial encounter for closed fracture', 19),
    ('S29.012A', 'Strain of muscle and tendon of back wall of thorax, initial encounter', 19),
    ('S32.009A', 'Unspecified fracture of unspecified lumbar vertebra, initial encounter for closed fracture', 19),
    ('S39.012A', 'Strain of muscle, fascia and tendon of lower back, initial encounter', 19),
    ('S40.011A', 'Contusion of right shoulder, initial encounter', 19),
    ('S42.001A', 'Fracture of unspecified part of right clavicle, initial encounter for closed fracture', 19),
    ('S43.401A', 'Unspecified sprain of right shoulder joint, initial encounter', 19),
    ('S46.011A', 'Strain of muscle(s) and tendon(s) of the rotator cuff of right shoulder, initial encounter', 19),
    ('S52.501A', 'Unspecified fracture of the lower end of right radius, initial encounter for closed fracture', 19),
    ('S52.509A', 'Unspecified fracture of the lower end of unspecified radius, initial encounter for closed fracture', 19),
    ('S53.401A', 'Unspecified sprain of right elbow, initial encounter', 19),
    ('S60.221A', 'Contusion of right hand, initial encounter', 19),
    ('S61.219A', 'Laceration without foreign body of unspecified finger without damage to nail, initial encounter', 19),
    ('S62.609A', 'Fracture of unspecified phalanx of unspecified finger, initial encounter for closed fracture', 19),
    ('S63.501A', 'Unspecified sprain of right wrist, initial encounter', 19),
    ('S63.509A', 'Unspecified sprain of unspecified wrist, initial encounter', 19),
    ('S66.911A', 'Strain of unspecified muscle, fascia and tendon at wrist and hand level, right hand, initial encounter', 19),
    ('S70.01XA', 'Contusion of right hip, initial encounter', 19),
    ('S72.001A', 'Fracture of unspecified part of neck of right femur, initial encounter for closed fracture', 19),
    ('S72.009A', 'Fracture of unspecified part of neck of unspecified femur, initial encounter for closed fracture', 19),
    ('S80.01XA', 'Contusion of right knee, initial encounter', 19),
    ('S82.001A', 'Unspecified fracture of right patella, initial encounter for closed fracture', 19),
    ('S82.891A', 'Other fracture of right lower leg, initial encounter for closed fracture', 19),
    ('S83.209A', 'Unspecified tear of unspecified meniscus, current injury, unspecified knee, initial encounter', 19),
    ('S83.511A', 'Sprain of anterior cruciate ligament of right knee, initial encounter', 19),
    ('S86.011A', 'Strain of right Achilles tendon, initial encounter', 19),
    ('S90.511A', 'Abrasion, right ankle, initial encounter', 19),
    ('S91.311A', 'Laceration without foreign body, right foot, initial encounter', 19),
    ('S92.309A', 'Fracture of unspecified metatarsal bone(s), unspecified foot, initial encounter for closed fracture', 19),
    ('S93.401A', 'Sprain of unspecified ligament of right ankle, initial encounter', 19),
    ('S93.402A', 'Sprain of unspecified ligament of left ankle, initial encounter', 19),
    ('S93.409A', 'Sprain of unspecified ligament of unspecified ankle, initial encounter', 19),
    ('S93.601A', 'Unspecified sprain of right foot, initial encounter', 19),
    ('T07.XXXA', 'Unspecified multiple injuries, initial encounter', 19),
    ('T14.90XA', 'Injury, unspecified, initial encounter', 19),
    ('T15.91XA', 'Foreign body on external eye, part unspecified, right eye, initial encounter', 19),
    ('T17.908A', 'Unspecified foreign body in respiratory tract, part unspecified causing other injury, initial encounter', 19),
    ('T18.9XXA', 'Foreign body of alimentary tract, part unspecified, initial encounter', 19),
    ('T20.20XA', 'Burn of second degree of head, face, and neck, unspecified site, initial encounter', 19),
    ('T22.20XA', 'Burn of second degree of shoulder and upper limb, except wrist and hand, unspecified site, initial encounter', 19),
    ('T23.201A', 'Burn of second degree of right hand, unspecified site, initial encounter', 19),
    ('T30.0', 'Burn of unspecified body region, unspecified degree', 19),
    ('T39.1X1A', 'Poisoning by 4-Aminophenol derivatives, accidental (unintentional), initial encounter', 19),
    ('T40.2X1A', 'Poisoning by other opioids, accidental (unintentional), initial encounter', 19),
    ('T42.4X1A', 'Poisoning by benzodiazepines, accidental (unintentional), initial encounter', 19),
    ('T50.901A', 'Poisoning by unspecified drugs, medicaments and biological substances, accidental (unintentional), initial encounter', 19),
    ('T51.0X1A', 'Toxic effect of ethanol, accidental (unintentional), initial encounter', 19),
    ('T63.441A', 'Toxic effect of venom of bees, accidental (unintentional), initial encounter', 19),
    ('T63.461A', 'Toxic effect of venom of wasps, accidental (unintentional), initial encounter', 19),
    ('T67.01XA', 'Heatstroke and sunstroke, initial encounter', 19),
    ('T68.XXXA', 'Hypothermia, initial encounter', 19),
    ('T69.021A', 'Immersion foot, right foot, initial encounter', 19),
    ('T71.9XXA', 'Asphyxiation due to unspecified cause, initial encounter', 19),
    ('T75.1XXA', 'Unspecified effects of drowning and nonfatal submersion, initial encounter', 19),
    ('T78.2XXA', 'Anaphylactic shock, unspecified, initial encounter', 19),
    ('T78.3XXA', 'Angioneurotic edema, initial encounter', 19),
    ('T78.40XA', 'Allergy, unspecified, initial encounter', 19),
    ('T79.4XXA', 'Traumatic shock, initial encounter', 19),
    ('T88.6XXA', 'Anaphylactic reaction due to adverse effect of correct drug or medicament properly administered, initial encounter', 19),
    ('T88.7XXA', 'Unspecified adverse effect of drug or medicament, initial encounter', 19),
    ('U07.1', 'COVID-19', 22),
    ('U09.9', 'Post COVID-19 condition, unspecified', 22),
    ('V43.52XA', 'Car driver injured in collision with other type car in traffic accident, initial encounter', 20),
    ('V89.2XXA', 'Person injured in unspecified motor-vehicle accident, traffic, initial encounter', 20),
    ('W10.8XXA', 'Fall (on) (from) other stairs and steps, initial encounter', 20),
    ('W18.30XA', 'Fall on same level, unspecified, initial encounter', 20),
    ('W19.XXXA', 'Unspecified fall, initial encounter', 20),
    ('W54.0XXA', 'Bitten by dog, initial encounter', 20),
    ('W57.XXXA', 'Bitten or stung by nonvenomous insect and other nonvenomous arthropods, initial encounter', 20),
    ('X58.XXXA', 'Exposure to other specified factors, initial encounter', 20),
    ('Y92.009', 'Unspecified place in unspecified non-institutional (private) residence as the place of occurrence of the external cause', 20),
    ('Y93.01', 'Activity, walking, marching and hiking', 20),
    ('Z00.00', 'Encounter for general adult medical examination without abnormal findings', 21),
    ('Z00.01', 'Encounter for general adult medical examination with abnormal findings', 21),
    ('Z00.121', 'Encounter for routine child health examination with abnormal findings', 21),
    ('Z00.129', 'Encounter for routine child health examination without abnormal findings', 21),
    ('Z01.00', 'Encounter for examination of eyes and vision without abnormal findings', 21),
    ('Z01.10', 'Encounter for examination of ears and hearing without abnormal findings', 21),
    ('Z01.411', 'Encounter for gynecological examination (general) (routine) with abnormal findings', 21),
    ('Z01.419', 'Encounter for gynecological examination (general) (routine) without abnormal findings', 21),
    ('Z01.812', 'Encounter for preprocedural laboratory examination', 21),
    ('Z01.818', 'Encounter for other preprocedural examination', 21),
    ('Z02.89', 'Encounter for other administrative examinations', 21),
    ('Z03.89', 'Encounter for observation for other suspected diseases and conditions ruled out', 21),
    ('Z04.9', 'Encounter for examination and observation for unspecified reason', 21),
    ('Z08', 'Encounter for follow-up examination after completed treatment for malignant neoplasm', 21),
    ('Z09', 'Encounter for follow-up examination after completed treatment for conditions other than malignant neoplasm', 21),
    ('Z11.3', 'Encounter for screening for infections with a predominantly sexual mode of transmission', 21),
    ('Z11.59', 'Encounter for screening for other viral diseases', 21),
    ('Z12.11', 'Encounter for screening for malignant neoplasm of colon', 21),
    ('Z12.31', 'Encounter for screening mammogram for malignant neoplasm of breast', 21),
    ('Z12.4', 'Encounter for screening for malignant neoplasm of cervix', 21),
    ('Z12.5', 'Encounter for screening for malignant neoplasm of prostate', 21),
    ('Z13.1', 'Encounter for screening for diabetes mellitus', 21),
    ('Z13.220', 'Encounter for screening for lipoid disorders', 21),
    ('Z13.6', 'Encounter for screening for cardiovascular disorders', 21),
    ('Z13.89', 'Encounter for screening for other disorder', 21),
    ('Z20.822', 'Contact with and (suspected) exposure to COVID-19', 21),
    ('Z20.828', 'Contact with and (suspected) exposure to other viral communicable diseases', 21),
    ('Z21', 'Asymptomatic human immunodeficiency virus [HIV] infection status', 21),
    ('Z22.322', 'Carrier or suspected carrier of Methicillin resistant Staphylococcus aureus', 21),
    ('Z23', 'Encounter for immunization', 21),
    ('Z30.011', 'Encounter for initial prescription of contraceptive pills', 21),
    ('Z30.09', 'Encounter for other general counseling and advice on contraception', 21),
    ('Z30.40', 'Encounter for surveillance of contraceptives, unspecified', 21),
    ('Z31.69', 'Encounter for other general counseling and advice on procreation', 21),
    ('Z32.01', 'Encounter for pregnancy test, result positive', 21),
    ('Z32.02', 'Encounter for pregnancy test, result negative', 21),
    ('Z33.1', 'Pregnant state, incidental', 21),
    ('Z34.00', 'Encounter for supervision of normal first pregnancy, unspecified trimester', 21),
    ('Z34.90', 'Encounter for supervision of normal pregnancy, unspecified, unspecified trimester', 21),
    ('Z36.9', 'Encounter for antenatal screening, unspecified', 21),
    ('Z39.2', 'Encounter for routine postpartum follow-up', 21),
    ('Z48.01', 'Encounter for change or removal of surgical wound dressing', 21),
    ('Z48.02', 'Encounter for removal of sutures', 21),
    ('Z51.11', 'Encounter for antineoplastic chemotherapy', 21),
    ('Z51.81', 'Encounter for therapeutic drug level monitoring', 21),
    ('Z52.000', 'Unspecified donor, whole blood', 21),
    ('Z59.00', 'Homelessness unspecified', 21),
    ('Z60.2', 'Problems related to living alone', 21),
    ('Z63.0', 'Problems in relationship with spouse or partner', 21),
    ('Z65.8', 'Other specified problems related to psychosocial circumstances', 21),
    ('Z68.30', 'Body mass index [BMI] 30.0-30.9, adult', 21),
    ('Z68.41', 'Body mass index [BMI] 40.0-44.9, adult', 21),
    ('Z71.3', 'Dietary counseling and surveillance', 21),
    ('Z71.89', 'Other specified counseling', 21),
    ('Z72.0', 'Tobacco use', 21),
    ('Z72.3', 'Lack of physical exercise', 21),
    ('Z73.0', 'Burn-out', 21),
    ('Z74.09', 'Other reduced mobility', 21),
    ('Z76.0', 'Encounter for issue of repeat prescription', 21),
    ('Z76.89', 'Persons encountering health services in other specified circumstances', 21),
    ('Z79.01', 'Long term (current) use of anticoagulants', 21),
    ('Z79.4', 'Long term (current) use of insulin', 21),
    ('Z79.82', 'Long term (current) use of aspirin', 21),
    ('Z79.84', 'Long term (current) use of oral hypoglycemic drugs', 21),
    ('Z79.899', 'Other long term (current) drug therapy', 21),
    ('Z80.0', 'Family history of malignant neoplasm of digestive organs', 21),
    ('Z80.3', 'Family history of malignant neoplasm of breast', 21),
    ('Z82.49', 'Family history of ischemic heart disease and other diseases of the circulatory system', 21),
    ('Z83.3', 'Family history of diabetes mellitus', 21),
    ('Z85.3', 'Personal history of malignant neoplasm of breast', 21),
    ('Z86.73', 'Personal history of transient ischemic attack (TIA), and cerebral infarction without residual deficits', 21),
    ('Z87.440', 'Personal history of urinary (tract) infections', 21),
    ('Z87.891', 'Personal history of nicotine dependence', 21),
    ('Z88.0', 'Allergy status to penicillin', 21),
    ('Z88.1', 'Allergy status to other antibiotic agents', 21),
    ('Z88.2', 'Allergy status to sulfonamides', 21),
    ('Z88.5', 'Allergy status to narcotic agent', 21),
    ('Z88.6', 'Allergy status to analgesic agent', 21),
    ('Z88.8', 'Allergy status to other drugs, medicaments and biological substances', 21),
    ('Z91.010', 'Allergy to peanuts', 21),
    ('Z91.013', 'Allergy to seafood', 21),
    ('Z91.040', 'Latex allergy status', 21),
    ('Z91.041', 'Radiographic dye allergy status', 21),
    ('Z91.81', 'History of falling', 21),
    ('Z92.21', 'Personal history of antineoplastic chemotherapy', 21),
    ('Z93.0', 'Tracheostomy status', 21),
    ('Z94.0', 'Kidney transplant status', 21),
    ('Z95.0', 'Presence of cardiac pacemaker', 21),
    ('Z95.1', 'Presence of aortocoronary bypass graft', 21),
    ('Z95.2', 'Presence of prosthetic heart valve', 21),
    ('Z95.5', 'Presence of coronary angioplasty implant and graft', 21),
    ('Z96.641', 'Presence of right artificial hip joint', 21),
    ('Z96.651', 'Presence of right artificial knee joint', 21),
    ('Z97.2', 'Presence of dental prosthetic device (complete) (partial)', 21),
    ('Z98.890', 'Other specified postprocedural states', 21),
    ('Z99.11', 'Dependence on respirator [ventilator] status', 21),
    ('Z99.2', 'Dependence on renal dialysis', 21),
    ('Z99.81', 'Dependence on supplemental oxygen', 21);
-- END GENERATED FROM resources/icd10_subset.csv

-- A text that looks like a code ("j18", "J18.9", "J189") searches code prefixes; anything else (or a code
-- prefix with no match) searches the title for every word, in any order, as a substring ("diab mell").
-- Every word becomes its own LIKE condition so the trigram index serves each of them.
CREATE FUNCTION clinical.search_icd10(p_text text, p_limit integer DEFAULT 20)
RETURNS TABLE (code text, title text)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_text   text    := lower(btrim(coalesce(p_text, '')));
    v_limit  integer := least(greatest(coalesce(p_limit, 20), 1), 200);
    v_code   text;
    v_words  text[];
    v_where  text;
BEGIN
    IF v_text = '' THEN
        RETURN;
    END IF;
    v_code := upper(v_text);
    IF v_code ~ '^[A-Z][0-9][0-9A-Z]?(\.?[0-9A-Z]{0,4})$' THEN
        IF v_code !~ '\.' AND length(v_code) > 3 THEN
            v_code := left(v_code, 3) || '.' || substr(v_code, 4);
        END IF;
        RETURN QUERY SELECT i.code, i.title FROM clinical.icd10 i
                      WHERE i.code LIKE v_code || '%' ORDER BY i.code LIMIT v_limit;
        IF FOUND THEN
            RETURN;
        END IF;
    END IF;
    SELECT array_agg('%' || replace(replace(replace(w, '\', '\\'), '%', '\%'), '_', '\_') || '%' ORDER BY n)
      INTO v_words
      FROM regexp_split_to_table(v_text, '\s+') WITH ORDINALITY AS t (w, n)
     WHERE w <> '';
    SELECT string_agg(format('lower(i.title) LIKE $1[%s]', n), ' AND ')
      INTO v_where FROM generate_subscripts(v_words, 1) AS n;
    RETURN QUERY EXECUTE
        'SELECT i.code, i.title FROM clinical.icd10 i WHERE ' || v_where
        || ' ORDER BY (lower(i.title) LIKE $2) DESC, length(i.title), i.code LIMIT $3'
        USING v_words, substr(v_words[1], 2), v_limit;
END
$$;
COMMENT ON FUNCTION clinical.search_icd10(text, integer) IS
    'ICD-10 codes by code prefix (with or without the dot) or by words of the title, best first (at most 200).';
GRANT EXECUTE ON FUNCTION clinical.search_icd10(text, integer) TO hms_staff;

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
GRANT SELECT ON clinical.diagnosis TO hms_doctor, hms_nurse;
GRANT INSERT (encounter_id, patient_id, icd10_code, rank, certainty),
      UPDATE (certainty, status, error_reason) ON clinical.diagnosis TO hms_doctor;

CREATE FUNCTION clinical.diagnosis_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_other text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status = 'entered_in_error' AND (NEW.status, NEW.certainty, NEW.error_reason)
                                                 IS DISTINCT FROM (OLD.status, OLD.certainty, OLD.error_reason) THEN
            RAISE EXCEPTION 'diagnosis % was entered in error and cannot change', OLD.id
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF NEW.certainty IS DISTINCT FROM OLD.certainty AND NOT (OLD.certainty = 'provisional'
                                                                  AND NEW.certainty = 'confirmed') THEN
            RAISE EXCEPTION 'a diagnosis can only go from provisional to confirmed'
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status OR NEW.error_reason IS DISTINCT FROM OLD.error_reason THEN
            IF NEW.status <> 'entered_in_error' THEN
                RAISE EXCEPTION 'a diagnosis is only ever marked entered_in_error' USING ERRCODE = 'check_violation';
            END IF;
            IF length(btrim(coalesce(NEW.error_reason, ''))) < 5 THEN
                RAISE EXCEPTION 'marking a diagnosis entered in error needs a reason of at least 5 characters'
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_diagnosis_error_reason';
            END IF;
            NEW.error_reason := btrim(NEW.error_reason);
        END IF;
        RETURN NEW;
    END IF;

    IF core.current_staff_id() IS NOT NULL AND NOT clinical.can_access_patient(NEW.patient_id) THEN
        RETURN NEW;  -- no care relationship: the row-level policy refuses the row without telling anything more
    END IF;
    IF NEW.status <> 'active' THEN
        RAISE EXCEPTION 'a new diagnosis is active' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM clinical.assert_encounter_open(NEW.encounter_id, NEW.recorded_at, 'diagnoses');
    IF NEW.rank = 'primary' THEN
        SELECT d.icd10_code INTO v_other FROM clinical.diagnosis d
         WHERE d.encounter_id = NEW.encounter_id AND d.rank = 'primary' AND d.status = 'active';
        IF FOUND THEN
            RAISE EXCEPTION 'encounter % already has a primary diagnosis (%): add this one as secondary, or mark '
                            'that one entered in error first', NEW.encounter_id, v_other
                USING ERRCODE = 'unique_violation', CONSTRAINT = 'uq_diagnosis_one_primary';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.diagnosis_check() IS
    'BEFORE INSERT OR UPDATE OF certainty, status, error_reason on clinical.diagnosis: one primary diagnosis, '
    'closed encounters, provisional -> confirmed, entered_in_error with a reason and final.';
CREATE TRIGGER diagnosis_check BEFORE INSERT OR UPDATE OF certainty, status, error_reason ON clinical.diagnosis
    FOR EACH ROW EXECUTE FUNCTION clinical.diagnosis_check();

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
GRANT SELECT ON clinical.problem TO hms_doctor, hms_nurse;
GRANT INSERT (patient_id, icd10_code, onset), UPDATE (status, error_reason) ON clinical.problem TO hms_doctor;

CREATE FUNCTION clinical.problem_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.onset > current_date THEN
            RAISE EXCEPTION 'the onset of a problem (%) cannot be in the future', NEW.onset
                USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.status <> 'active' OR NEW.resolved_at IS NOT NULL THEN
            RAISE EXCEPTION 'a new problem is active' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.error_reason IS NOT DISTINCT FROM OLD.error_reason THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'entered_in_error' THEN
        RAISE EXCEPTION 'problem % was entered in error and cannot change', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NEW.status = 'entered_in_error' THEN
        IF length(btrim(coalesce(NEW.error_reason, ''))) < 5 THEN
            RAISE EXCEPTION 'marking a problem entered in error needs a reason of at least 5 characters'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_problem_error_reason';
        END IF;
        NEW.error_reason := btrim(NEW.error_reason);
    ELSIF NEW.error_reason IS NOT NULL THEN
        RAISE EXCEPTION 'an error reason goes with entered_in_error only' USING ERRCODE = 'check_violation';
    ELSIF NEW.status = 'resolved' THEN
        NEW.resolved_at := now();
    ELSE  -- active again (a recurrence)
        NEW.resolved_at := NULL;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.problem_check() IS
    'BEFORE INSERT OR UPDATE OF status, error_reason on clinical.problem: onset not in the future, resolved_at by '
    'the server, entered_in_error with a reason and final.';
CREATE TRIGGER problem_check BEFORE INSERT OR UPDATE OF status, error_reason ON clinical.problem
    FOR EACH ROW EXECUTE FUNCTION clinical.problem_check();

-- ---------------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE clinical.vital_kind ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.vital_kind FORCE ROW LEVEL SECURITY;
CREATE POLICY "Vital sign kinds are visible to staff" ON clinical.vital_kind FOR SELECT TO hms_staff USING (true);

ALTER TABLE clinical.allergy_substance ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.allergy_substance FORCE ROW LEVEL SECURITY;
CREATE POLICY "Allergy substances are visible to staff" ON clinical.allergy_substance FOR SELECT TO hms_staff
    USING (true);

ALTER TABLE clinical.icd10 ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.icd10 FORCE ROW LEVEL SECURITY;
CREATE POLICY "ICD-10 codes are visible to staff" ON clinical.icd10 FOR SELECT TO hms_staff USING (true);

ALTER TABLE clinical.vital_sign ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.vital_sign FORCE ROW LEVEL SECURITY;
CREATE POLICY "Vital signs are visible to the patient's care team" ON clinical.vital_sign FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Clinicians record vital signs of their patients" ON clinical.vital_sign FOR INSERT
    TO hms_doctor, hms_nurse
    WITH CHECK (recorded_by = (SELECT core.current_staff_id()) AND clinical.can_access_patient(patient_id));
CREATE POLICY "Clinicians mark their patients' vital signs entered in error" ON clinical.vital_sign FOR UPDATE
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id)) WITH CHECK (clinical.can_access_patient(patient_id));

ALTER TABLE clinical.allergy ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.allergy FORCE ROW LEVEL SECURITY;
CREATE POLICY "Allergies are visible to the patient's care team" ON clinical.allergy FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Pharmacists see allergies" ON clinical.allergy FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));
CREATE POLICY "Clinicians record allergies of their patients" ON clinical.allergy FOR INSERT
    TO hms_doctor, hms_nurse
    WITH CHECK (recorded_by = (SELECT core.current_staff_id()) AND clinical.can_access_patient(patient_id));
CREATE POLICY "Clinicians change the status of their patients' allergies" ON clinical.allergy FOR UPDATE
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id)) WITH CHECK (clinical.can_access_patient(patient_id));

ALTER TABLE clinical.diagnosis ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.diagnosis FORCE ROW LEVEL SECURITY;
CREATE POLICY "Diagnoses are visible to the patient's care team" ON clinical.diagnosis FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors diagnose their patients" ON clinical.diagnosis FOR INSERT TO hms_doctor
    WITH CHECK ((SELECT core.has_group('hms_doctor')) AND recorded_by = (SELECT core.current_staff_id())
                AND clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors confirm or mark their patients' diagnoses in error" ON clinical.diagnosis FOR UPDATE
    TO hms_doctor
    USING ((SELECT core.has_group('hms_doctor')) AND clinical.can_access_patient(patient_id))
    WITH CHECK (clinical.can_access_patient(patient_id));

ALTER TABLE clinical.problem ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinical.problem FORCE ROW LEVEL SECURITY;
CREATE POLICY "Problem lists are visible to the patient's care team" ON clinical.problem FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors add to their patients' problem lists" ON clinical.problem FOR INSERT TO hms_doctor
    WITH CHECK ((SELECT core.has_group('hms_doctor')) AND noted_by = (SELECT core.current_staff_id())
                AND clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors resolve their patients' problems" ON clinical.problem FOR UPDATE TO hms_doctor
    USING ((SELECT core.has_group('hms_doctor')) AND clinical.can_access_patient(patient_id))
    WITH CHECK (clinical.can_access_patient(patient_id));

-- ---------------------------------------------------------------------------------------------------
-- Audit
-- ---------------------------------------------------------------------------------------------------
SELECT audit.enable('clinical.vital_kind');
SELECT audit.enable('clinical.vital_sign');
SELECT audit.enable('clinical.allergy_substance');
SELECT audit.enable('clinical.allergy');
SELECT audit.enable('clinical.icd10');
SELECT audit.enable('clinical.diagnosis');
SELECT audit.enable('clinical.problem');
