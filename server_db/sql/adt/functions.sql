-- adt: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- ---------------------------------------------------------------------------------------------------
-- Row checks
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION adt.room_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM core.department d WHERE d.id = NEW.ward_id AND d.kind = 'inpatient') THEN
        RAISE EXCEPTION 'department % is not a ward (a department of kind inpatient)', NEW.ward_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_room_ward',
                  DETAIL = core.message_detail('adt.department_not_ward_department', NEW.ward_id::text);
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER room_check BEFORE INSERT OR UPDATE OF ward_id ON adt.room
    FOR EACH ROW EXECUTE FUNCTION adt.room_check();

-- A bed taken out of use must be empty; a new bed starts free.
CREATE OR REPLACE FUNCTION adt.bed_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.state := 'free';
        NEW.state_changed_at := now();
        NEW.state_reason := NULL;
    ELSIF OLD.active AND NOT NEW.active AND OLD.state IN ('occupied', 'reserved') THEN
        RAISE EXCEPTION 'bed % is %: it can be retired only when empty', OLD.label, OLD.state
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('adt.bed_retired_when_empty', OLD.label::text, OLD.state::text);
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER bed_check BEFORE INSERT OR UPDATE OF active ON adt.bed
    FOR EACH ROW EXECUTE FUNCTION adt.bed_check();

-- Draft summaries are edited, signed ones never change; version, patient and author come from the server.
CREATE OR REPLACE FUNCTION adt.discharge_summary_check() RETURNS trigger
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
                            OLD.id, OLD.version
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.discharge_summary_version_signed', OLD.id::text,
                                                   OLD.version::text);
        END IF;
        IF v_staff IS NOT NULL AND OLD.author_id <> v_staff AND NOT clinical.can_access_patient(OLD.patient_id) THEN
            RAISE EXCEPTION 'discharge summary % is not of your patient', OLD.id
                USING ERRCODE = 'insufficient_privilege',
                      DETAIL = core.message_detail('adt.discharge_summary_not_your', OLD.id::text);
        END IF;
        IF NEW.status = 'signed' THEN
            IF length(btrim(NEW.diagnoses)) = 0 OR length(btrim(NEW.follow_up)) = 0 THEN
                RAISE EXCEPTION 'a discharge summary is signed with at least its diagnoses and its follow-up'
                    USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_discharge_summary_complete',
                          DETAIL = core.message_detail('adt.discharge_summary_signed_least');
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
        RAISE EXCEPTION 'no admission %', NEW.admission_id
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = core.message_detail('adt.admission_missing', NEW.admission_id::text);
    END IF;
    NEW.patient_id := v_adm.patient_id;
    IF v_staff IS NOT NULL THEN
        NEW.author_id := v_staff;
        IF NOT clinical.can_access_patient(NEW.patient_id) THEN
            RETURN NEW;  -- no care relationship: the row-level policy refuses the row without telling anything more
        END IF;
    END IF;
    IF NEW.status <> 'draft' THEN
        RAISE EXCEPTION 'a discharge summary starts as a draft and is then signed'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('adt.discharge_summary_starts_draft');
    END IF;
    IF NEW.amends_id IS NULL THEN
        IF EXISTS (SELECT 1 FROM adt.discharge_summary s WHERE s.admission_id = NEW.admission_id) THEN
            RAISE EXCEPTION 'admission % already has a discharge summary: edit its draft or amend the signed one',
                            NEW.admission_id
                USING ERRCODE = 'unique_violation',
                      CONSTRAINT = 'uq_discharge_summary_admission_id_version',
                      DETAIL = core.message_detail('adt.admission_already_discharge_summary', NEW.admission_id::text);
        END IF;
        NEW.version := 1;
    ELSE
        SELECT * INTO v_amended FROM adt.discharge_summary s WHERE s.id = NEW.amends_id;
        IF NOT FOUND OR v_amended.admission_id <> NEW.admission_id THEN
            RAISE EXCEPTION 'an amendment amends a summary of the same admission'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('adt.amendment_amends_summary_same');
        END IF;
        IF v_amended.status <> 'signed' THEN
            RAISE EXCEPTION 'version % is still a draft: edit it instead of amending it', v_amended.version
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.version_still_draft_edit', v_amended.version::text);
        END IF;
        IF v_amended.version <> (SELECT max(s.version) FROM adt.discharge_summary s
                                   WHERE s.admission_id = NEW.admission_id) THEN
            RAISE EXCEPTION 'version % is not the latest: amend the latest version', v_amended.version
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('adt.version_not_latest_amend', v_amended.version::text);
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

CREATE OR REPLACE TRIGGER discharge_summary_check BEFORE INSERT OR UPDATE ON adt.discharge_summary
    FOR EACH ROW EXECUTE FUNCTION adt.discharge_summary_check();

-- The encounter of a stay ends with the stay: closing or cancelling it by hand while the patient is admitted
-- is refused (adt.discharge closes it after the admission is discharged).
CREATE OR REPLACE FUNCTION adt.encounter_of_stay_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status <> 'open' AND EXISTS (SELECT 1 FROM adt.admission a
                                         WHERE a.encounter_id = NEW.id AND a.discharged_at IS NULL) THEN
        RAISE EXCEPTION 'encounter % is the stay of an admitted patient: discharge the patient to close it', NEW.id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('adt.encounter_stay_admitted_patient', NEW.id::text);
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER encounter_of_stay_check BEFORE UPDATE OF status ON clinical.encounter
    FOR EACH ROW WHEN (OLD.status = 'open' AND NEW.status IS DISTINCT FROM OLD.status)
    EXECUTE FUNCTION adt.encounter_of_stay_check();

-- ---------------------------------------------------------------------------------------------------
-- Internal helpers (no staff role may execute them)
-- ---------------------------------------------------------------------------------------------------
-- The free beds of a ward, for the message a loser of a race gets ("free now: 2B, 4A").
CREATE OR REPLACE FUNCTION adt.free_bed_labels(p_ward_id bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(string_agg(b.label, ', ' ORDER BY b.label), 'none')
      FROM adt.bed b WHERE b.ward_id = p_ward_id AND b.active AND b.state = 'free'
$$;

-- Locks beds (ascending id) and then the patient: every writer takes them in this order, so none deadlock.
CREATE OR REPLACE FUNCTION adt.lock_beds_and_patient(p_beds bigint[], p_patient_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM 1 FROM adt.bed b WHERE b.id = ANY (p_beds) ORDER BY b.id FOR UPDATE;
    PERFORM pg_advisory_xact_lock(hashtextextended('adt.patient:' || p_patient_id, 0));
END
$$;

-- Is the caller allowed to move or discharge this stay? reception (bed management), the clinicians of the
-- current ward, the attending and the admitting doctor.
CREATE OR REPLACE FUNCTION adt.may_manage(p_adm adt.admission) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT core.has_group('hms_reception')
        OR (core.is_clinician() AND (p_adm.ward_id = ANY (core.my_department_ids())
                                     OR core.current_staff_id() IN (p_adm.attending_id, p_adm.admitting_id)))
$$;

CREATE OR REPLACE FUNCTION adt.lock_admission(p_admission_id bigint) RETURNS adt.admission
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_adm adt.admission;
BEGIN
    IF p_admission_id IS NULL THEN
        RAISE EXCEPTION 'say which admission'
            USING ERRCODE = 'null_value_not_allowed', DETAIL = core.message_detail('adt.say_admission');
    END IF;
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = p_admission_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no admission with id %', p_admission_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('adt.admission_not_found', p_admission_id::text);
    END IF;
    IF NOT adt.may_manage(v_adm) THEN
        RAISE EXCEPTION 'admission % is not on your ward nor your patient''s', p_admission_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('adt.admission_not_your_ward', p_admission_id::text);
    END IF;
    PERFORM adt.lock_beds_and_patient(ARRAY[v_adm.bed_id], v_adm.patient_id);
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = p_admission_id FOR UPDATE;  -- after the locks
    IF v_adm.discharged_at IS NOT NULL THEN
        RAISE EXCEPTION 'admission % was discharged on %', p_admission_id,
                        to_char(v_adm.discharged_at, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('adt.admission_discharged', p_admission_id::text,
                                               to_char(v_adm.discharged_at, 'YYYY-MM-DD HH24:MI'));
    END IF;
    RETURN v_adm;
END
$$;

-- A bed ready for a patient, or the 23P01 a loser of a race gets.
CREATE OR REPLACE FUNCTION adt.assert_bed_available(p_bed_id bigint) RETURNS adt.bed
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_bed adt.bed;
BEGIN
    SELECT * INTO v_bed FROM adt.bed b WHERE b.id = p_bed_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no bed with id %', p_bed_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('adt.bed_not_found', p_bed_id::text);
    END IF;
    IF NOT v_bed.active THEN
        RAISE EXCEPTION 'bed % is no longer in use', v_bed.label
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('adt.bed_no_longer_use', v_bed.label::text);
    END IF;
    IF v_bed.state NOT IN ('free', 'reserved') THEN
        RAISE EXCEPTION 'bed % is %; free beds on the ward now: %', v_bed.label, replace(v_bed.state, '_', ' '),
                        adt.free_bed_labels(v_bed.ward_id)
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'ex_bed_occupancy_bed',
                  HINT = 'choose one of the free beds',
                  DETAIL = core.message_detail('adt.bed_free_beds_ward', v_bed.label::text,
                                               replace(v_bed.state, '_', ' '),
                                               (adt.free_bed_labels(v_bed.ward_id))::text);
    END IF;
    RETURN v_bed;
END
$$;

CREATE OR REPLACE FUNCTION adt.set_state(p_bed_id bigint, p_state text, p_reason text) RETURNS void
LANGUAGE sql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
    UPDATE adt.bed b SET state = p_state, state_reason = nullif(btrim(p_reason), ''), state_changed_at = now()
     WHERE b.id = p_bed_id
$$;

-- ---------------------------------------------------------------------------------------------------
-- Bed-days
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION adt.post_bed_days_of(p_admission_id bigint) RETURNS integer
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
                      HINT = 'an administrator adds a price list entry (billing.price_item) valid on that date',
                      DETAIL = core.message_detail('adt.no_price_valid_bed', v_code, v_day::text);
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

CREATE OR REPLACE FUNCTION adt.post_bed_days(p_admission_id bigint DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id     bigint;
    v_posted integer := 0;
BEGIN
    PERFORM core.require_group(ARRAY['hms_reception', 'hms_doctor', 'hms_nurse', 'hms_billing', 'hms_admin'],
                              'only hospital staff post bed-days', 'adt.hospital_staff_post_bed');
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

-- ---------------------------------------------------------------------------------------------------
-- Admit, transfer, discharge, bed states
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION adt.admit(p_patient_id bigint, p_bed_id bigint, p_attending_id bigint, p_reason text,
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
    v_me := core.require_group(ARRAY['hms_doctor', 'hms_reception'],
                               'only doctors and admissions staff admit patients',
                               'adt.doctors_admissions_staff_admit');
    IF p_patient_id IS NULL OR p_bed_id IS NULL THEN
        RAISE EXCEPTION 'an admission needs a patient and a bed'
            USING ERRCODE = 'null_value_not_allowed', DETAIL = core.message_detail('adt.admission_needs_patient_bed');
    END IF;
    PERFORM core.check_reason(p_reason, 3, 'say why the patient is admitted (at least 3 characters)',
                              'ck_admission_reason', p_key => 'adt.say_why_patient_admitted');
    IF coalesce(p_source, '') NOT IN ('clinic', 'emergency', 'elective', 'transfer_in') THEN
        RAISE EXCEPTION 'an admission comes from the clinic, emergency, elective or transfer_in, not %',
                        coalesce(p_source, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('adt.admission_comes_clinic_emergency', coalesce(p_source, 'NULL'));
    END IF;
    IF coalesce(p_isolation, '') NOT IN ('none', 'contact', 'droplet', 'airborne', 'protective') THEN
        RAISE EXCEPTION 'isolation is none, contact, droplet, airborne or protective, not %',
                        coalesce(p_isolation, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('adt.isolation_none_contact_droplet', coalesce(p_isolation, 'NULL'));
    END IF;
    IF p_expected_discharge IS NOT NULL AND p_expected_discharge < scheduling.local_day(now()) THEN
        RAISE EXCEPTION 'the expected discharge date % is in the past', p_expected_discharge
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('adt.expected_discharge_date_past', p_expected_discharge::text);
    END IF;
    SELECT * INTO v_patient FROM registry.patient p WHERE p.id = p_patient_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient with id %', p_patient_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.patient_not_found', p_patient_id::text);
    END IF;
    IF v_patient.merged_into_id IS NOT NULL THEN
        RAISE EXCEPTION 'patient % was merged into patient %: admit the surviving record', p_patient_id,
                        v_patient.merged_into_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('adt.patient_merged_into_patient', p_patient_id::text,
                                               v_patient.merged_into_id::text);
    END IF;
    IF p_attending_id IS NULL THEN
        IF NOT core.has_group('hms_doctor') THEN
            RAISE EXCEPTION 'name the attending doctor'
                USING ERRCODE = 'null_value_not_allowed', DETAIL = core.message_detail('adt.name_attending_doctor');
        END IF;
        p_attending_id := v_me;
    END IF;
    SELECT * INTO v_attending FROM core.staff s WHERE s.id = p_attending_id;
    IF NOT FOUND OR NOT v_attending.active OR NOT pg_has_role(v_attending.username, 'hms_doctor', 'MEMBER') THEN
        RAISE EXCEPTION 'the attending must be an active doctor (staff id %)', p_attending_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('adt.attending_active_doctor_staff', p_attending_id::text);
    END IF;

    PERFORM adt.lock_beds_and_patient(ARRAY[p_bed_id], p_patient_id);
    SELECT * INTO v_active FROM adt.admission a WHERE a.patient_id = p_patient_id AND a.discharged_at IS NULL;
    IF FOUND THEN
        RAISE EXCEPTION 'patient % is already admitted (admission %, since %)', v_patient.mrn, v_active.id,
                        to_char(v_active.admitted_at, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'ex_admission_patient',
                  DETAIL = core.message_detail('adt.patient_already_admitted_admission', v_patient.mrn::text,
                                               v_active.id::text, to_char(v_active.admitted_at, 'YYYY-MM-DD HH24:MI'));
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

CREATE OR REPLACE FUNCTION adt.transfer(p_admission_id bigint, p_bed_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_adm adt.admission;
    v_bed adt.bed;
BEGIN
    PERFORM core.require_group(ARRAY['hms_doctor', 'hms_nurse', 'hms_reception'],
                              'only ward staff, doctors and admissions staff transfer patients',
                              'adt.ward_staff_doctors_admissions');
    PERFORM core.check_reason(p_reason, 3, 'say why the patient moves (at least 3 characters)',
                              'ck_bed_occupancy_reason', p_key => 'adt.say_why_patient_moves');
    IF p_bed_id IS NULL THEN
        RAISE EXCEPTION 'say which bed the patient moves to'
            USING ERRCODE = 'null_value_not_allowed', DETAIL = core.message_detail('adt.say_bed_patient_moves');
    END IF;
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = p_admission_id;
    IF FOUND THEN  -- lock both beds in id order before the admission (adt.lock_admission locks the current one)
        PERFORM adt.lock_beds_and_patient(ARRAY[v_adm.bed_id, p_bed_id], v_adm.patient_id);
    END IF;
    v_adm := adt.lock_admission(p_admission_id);
    IF v_adm.bed_id = p_bed_id THEN
        RAISE EXCEPTION 'the patient already lies in this bed'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('adt.patient_already_lies_bed');
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

CREATE OR REPLACE FUNCTION adt.discharge(p_admission_id bigint, p_disposition text, p_note text DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me   bigint;
    v_adm  adt.admission;
    v_days integer;
BEGIN
    v_me := core.require_group(ARRAY['hms_doctor'], 'only doctors discharge patients',
                               'adt.doctors_discharge_patients');
    IF coalesce(p_disposition, '') NOT IN ('home', 'transfer_out', 'deceased', 'against_advice') THEN
        RAISE EXCEPTION 'a discharge is home, transfer_out, deceased or against_advice, not %',
                        coalesce(p_disposition, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('adt.discharge_home_transfer_out', coalesce(p_disposition, 'NULL'));
    END IF;
    v_adm := adt.lock_admission(p_admission_id);
    IF p_disposition IN ('home', 'transfer_out')
       AND NOT EXISTS (SELECT 1 FROM adt.discharge_summary s WHERE s.admission_id = v_adm.id AND s.status = 'signed') THEN
        RAISE EXCEPTION 'sign the discharge summary before discharging the patient %',
                        replace(p_disposition, '_', ' ')
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('adt.sign_discharge_summary_before', replace(p_disposition, '_', ' '));
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

CREATE OR REPLACE FUNCTION adt.set_bed_state(p_bed_id bigint, p_state text, p_reason text DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_bed adt.bed;
BEGIN
    PERFORM core.require_group(ARRAY['hms_nurse', 'hms_reception', 'hms_admin'],
                              'only ward nurses, admissions staff and administrators change bed states',
                              'adt.ward_nurses_admissions_staff');
    IF p_bed_id IS NULL THEN
        RAISE EXCEPTION 'say which bed'
            USING ERRCODE = 'null_value_not_allowed', DETAIL = core.message_detail('adt.say_bed');
    END IF;
    SELECT * INTO v_bed FROM adt.bed b WHERE b.id = p_bed_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no bed with id %', p_bed_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('adt.bed_not_found', p_bed_id::text);
    END IF;
    IF core.has_group('hms_nurse') AND NOT (core.has_group('hms_reception') OR core.has_group('hms_admin'))
       AND NOT v_bed.ward_id = ANY (core.my_department_ids()) THEN
        RAISE EXCEPTION 'bed % is not on your ward', v_bed.label
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('adt.bed_not_your_ward', v_bed.label::text);
    END IF;
    IF p_state = 'occupied' OR v_bed.state = 'occupied' THEN
        RAISE EXCEPTION 'a bed becomes occupied or free of a patient only by admission, transfer or discharge'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'adt_bed_state',
                  DETAIL = core.message_detail('adt.bed_becomes_occupied_free');
    END IF;
    IF NOT ((v_bed.state, p_state) IN (('cleaning', 'free'), ('free', 'reserved'), ('reserved', 'free'),
                                       ('free', 'out_of_service'), ('cleaning', 'out_of_service'),
                                       ('reserved', 'out_of_service'), ('out_of_service', 'free'),
                                       ('out_of_service', 'cleaning'))) THEN
        RAISE EXCEPTION 'bed % cannot go from % to %', v_bed.label, replace(v_bed.state, '_', ' '),
                        replace(coalesce(p_state, 'NULL'), '_', ' ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'adt_bed_state',
                  DETAIL = core.message_detail('adt.bed_state_change_refused', v_bed.label::text,
                                               replace(v_bed.state, '_', ' '),
                                               replace(coalesce(p_state, 'NULL'), '_', ' '));
    END IF;
    IF p_state IN ('reserved', 'out_of_service') THEN
        PERFORM core.check_reason(p_reason, 3, 'say why the bed is %s', 'ck_bed_state_reason',
                                  p_key => 'adt.bed_state_reason_required',
                                  p_args => ARRAY[replace(p_state, '_', ' ')]);
    END IF;
    PERFORM adt.set_state(v_bed.id, p_state, p_reason);
END
$$;
COMMENT ON FUNCTION adt.set_bed_state(bigint, text, text) IS
    'Housekeeping and bed management: cleaning -> free, reserve / release, out of service and back (with a '
    'reason); never occupied (admit / transfer / discharge do that).';

CREATE OR REPLACE FUNCTION adt.update_plan(p_admission_id bigint, p_expected_discharge date, p_isolation text,
                                p_attending_id bigint DEFAULT NULL) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_adm adt.admission;
BEGIN
    PERFORM core.require_group(ARRAY['hms_doctor', 'hms_nurse'], 'only the ward''s clinicians change the plan',
                               'adt.plan_ward_clinicians_only');
    IF coalesce(p_isolation, '') NOT IN ('none', 'contact', 'droplet', 'airborne', 'protective') THEN
        RAISE EXCEPTION 'isolation is none, contact, droplet, airborne or protective, not %',
                        coalesce(p_isolation, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('adt.isolation_none_contact_droplet', coalesce(p_isolation, 'NULL'));
    END IF;
    v_adm := adt.lock_admission(p_admission_id);
    IF p_expected_discharge IS NOT NULL AND p_expected_discharge < scheduling.local_day(v_adm.admitted_at) THEN
        RAISE EXCEPTION 'the expected discharge date is before the admission'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('adt.expected_discharge_date_before');
    END IF;
    IF p_attending_id IS NOT NULL AND p_attending_id <> v_adm.attending_id THEN
        IF NOT core.has_group('hms_doctor') THEN
            RAISE EXCEPTION 'only doctors hand a patient over to another attending doctor'
                USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('adt.doctors_hand_patient_over');
        END IF;
        IF NOT EXISTS (SELECT 1 FROM core.staff s WHERE s.id = p_attending_id AND s.active
                                                 AND pg_has_role(s.username, 'hms_doctor', 'MEMBER')) THEN
            RAISE EXCEPTION 'the attending must be an active doctor (staff id %)', p_attending_id
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('adt.attending_active_doctor_staff', p_attending_id::text);
        END IF;
    END IF;
    UPDATE adt.admission a SET expected_discharge = p_expected_discharge, isolation = p_isolation,
                               attending_id = coalesce(p_attending_id, a.attending_id)
     WHERE a.id = v_adm.id;
END
$$;
COMMENT ON FUNCTION adt.update_plan(bigint, date, text, bigint) IS
    'The ward''s clinicians: expected discharge date and isolation precautions; doctors may hand over the patient.';

-- ---------------------------------------------------------------------------------------------------
-- The schedule
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION adt.dose_times(p_prescription_id bigint, p_from timestamptz, p_to timestamptz)
RETURNS SETOF timestamptz
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH rx AS (
        SELECT pr.id, pr.created_at, pr.frequency, f.administration_times,
               least(CASE WHEN pr.duration_days IS NOT NULL
                          THEN pr.created_at + make_interval(days => pr.duration_days) END,
                     CASE WHEN pr.status <> 'active' THEN pr.status_changed_at END,
                     a.discharged_at) AS ends_at,
               greatest(pr.created_at, a.admitted_at) AS starts_at,
               scheduling.clinic_timezone() AS tz
          FROM pharmacy.prescription pr
          JOIN pharmacy.frequency f ON f.code = pr.frequency
          JOIN adt.admission a ON a.encounter_id = pr.encounter_id
         WHERE pr.id = p_prescription_id
    )
    SELECT t FROM (
        SELECT ((d::date + tm) AT TIME ZONE rx.tz) AS t, rx.*
          FROM rx
         CROSS JOIN LATERAL generate_series((greatest(rx.starts_at, p_from) AT TIME ZONE rx.tz)::date,
                                            (least(coalesce(rx.ends_at, p_to), p_to) AT TIME ZONE rx.tz)::date,
                                            interval '1 day') AS d
         CROSS JOIN LATERAL unnest(rx.administration_times) AS tm
         WHERE rx.frequency NOT IN ('PRN', 'STAT')
           AND (rx.frequency <> 'WEEKLY' OR extract(isodow FROM d) = extract(isodow FROM rx.created_at AT TIME ZONE rx.tz))
        UNION ALL
        SELECT rx.created_at, rx.* FROM rx WHERE rx.frequency = 'STAT'
    ) s
    WHERE s.t >= s.starts_at
      AND (s.ends_at IS NULL OR s.t < s.ends_at)
      AND s.t >= p_from AND s.t < p_to
    ORDER BY s.t
$$;
COMMENT ON FUNCTION adt.dose_times(bigint, timestamptz, timestamptz) IS
    'The scheduled times of a stay''s prescription in [from, to): its frequency''s administration times from when '
    'it was written, within its duration and the stay, until it ends; STAT once; PRN never. Caller''s rights.';

CREATE OR REPLACE FUNCTION adt.late_minutes() RETURNS integer
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce((SELECT (s.value #>> '{}')::integer FROM core.setting s WHERE s.key = 'mar_late_minutes'), 60)
$$;

CREATE OR REPLACE FUNCTION adt.mar_schedule(p_admission_id bigint, p_from timestamptz, p_to timestamptz)
RETURNS TABLE (prescription_id bigint, prescription_number text, drug text, dose text, route text, frequency text,
               instructions text, prescription_status text, scheduled_at timestamptz, administration_id bigint,
               outcome text, reason text, recorded_by text, recorded_at timestamptz, late boolean, state text)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    -- SECURITY INVOKER on purpose: row-level security on prescriptions and administrations decides.
    WITH a AS (SELECT ad.* FROM adt.admission ad WHERE ad.id = p_admission_id),
    rx AS (
        SELECT pr.*, d.generic_name || ' ' || d.strength || ' ' || d.form AS drug_name
          FROM pharmacy.prescription pr JOIN a ON pr.encounter_id = a.encounter_id
          JOIN pharmacy.drug d ON d.id = pr.drug_id
    ),
    slots AS (
        SELECT rx.id AS prescription_id, t AS scheduled_at FROM rx, adt.dose_times(rx.id, p_from, p_to) AS t
        UNION ALL  -- doses given when required, and one line per PRN prescription to give one now
        SELECT m.prescription_id, NULL FROM adt.medication_administration m JOIN rx ON rx.id = m.prescription_id
         WHERE m.scheduled_at IS NULL AND m.recorded_at >= p_from AND m.recorded_at < p_to AND m.status = 'final'
        UNION ALL
        SELECT rx.id, NULL FROM rx WHERE rx.frequency = 'PRN' AND rx.status = 'active'
    ),
    numbered AS (
        SELECT s.*, row_number() OVER (PARTITION BY s.prescription_id, s.scheduled_at IS NULL ORDER BY s.prescription_id)
                   AS n
          FROM slots s
    )
    SELECT rx.id, rx.prescription_number, rx.drug_name, trim_scale(rx.dose_amount) || ' ' || rx.dose_unit, rx.route,
           rx.frequency, rx.instructions, rx.status, s.scheduled_at, m.id, m.outcome, m.reason, st.full_name,
           m.recorded_at, coalesce(m.late, s.scheduled_at < now() - make_interval(mins => adt.late_minutes())),
           CASE WHEN m.id IS NOT NULL THEN m.outcome
                WHEN s.scheduled_at IS NULL THEN 'as_needed'
                WHEN s.scheduled_at < now() - make_interval(mins => adt.late_minutes()) THEN 'late'
                WHEN s.scheduled_at <= now() + interval '60 minutes' THEN 'due'
                ELSE 'scheduled' END
      FROM numbered s
      JOIN rx ON rx.id = s.prescription_id
      LEFT JOIN LATERAL (
          SELECT mm.* FROM adt.medication_administration mm
           WHERE mm.prescription_id = s.prescription_id AND mm.status = 'final'
             AND ((s.scheduled_at IS NOT NULL AND mm.scheduled_at = s.scheduled_at)
                  OR (s.scheduled_at IS NULL AND mm.scheduled_at IS NULL AND mm.recorded_at >= p_from
                      AND mm.recorded_at < p_to))
           ORDER BY mm.recorded_at OFFSET (CASE WHEN s.scheduled_at IS NULL THEN s.n - 1 ELSE 0 END) LIMIT 1) m
        ON true
      LEFT JOIN core.staff st ON st.id = m.recorded_by
     ORDER BY s.scheduled_at NULLS FIRST, rx.drug_name, m.recorded_at
$$;
COMMENT ON FUNCTION adt.mar_schedule(bigint, timestamptz, timestamptz) IS
    'The medication chart of a stay in [from, to): each scheduled dose with what was recorded (given / held / '
    'refused) or its state (late, due, scheduled), plus when-required doses. Row-level security applies.';

-- ---------------------------------------------------------------------------------------------------
-- Recording
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION adt.record_administration(p_prescription_id bigint, p_scheduled_at timestamptz, p_outcome text,
                                          p_reason text, p_scanned_mrn text, p_dose_note text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me    bigint;
    v_rx    pharmacy.prescription;
    v_adm   adt.admission;
    v_at    timestamptz := p_scheduled_at;
    v_prev  adt.medication_administration;
    v_id    bigint;
BEGIN
    v_me := core.require_group(ARRAY['hms_nurse', 'hms_doctor'], 'only nurses and doctors record doses',
                               'adt.nurses_doctors_record_doses');
    IF coalesce(p_outcome, '') NOT IN ('given', 'held', 'refused') THEN
        RAISE EXCEPTION 'a dose is given, held or refused, not %', coalesce(p_outcome, 'NULL')
            USING ERRCODE = 'invalid_parameter_value',
                  DETAIL = core.message_detail('adt.dose_given_held_refused', coalesce(p_outcome, 'NULL'));
    END IF;
    IF p_outcome <> 'given' THEN
        PERFORM core.check_reason(p_reason, 3, 'say why the dose was %s', 'ck_medication_administration_reason',
                                  p_key => 'adt.dose_outcome_reason_required', p_args => ARRAY[p_outcome]);
    END IF;
    SELECT * INTO v_rx FROM pharmacy.prescription pr WHERE pr.id = p_prescription_id;
    IF FOUND THEN
        SELECT * INTO v_adm FROM adt.admission a WHERE a.encounter_id = v_rx.encounter_id;
    END IF;
    IF v_rx.id IS NULL OR v_adm.id IS NULL OR NOT (
           (v_adm.ward_id = ANY (core.my_department_ids()))
           OR v_me IN (v_adm.attending_id, v_adm.admitting_id)) THEN
        RAISE EXCEPTION 'no prescription % of a patient on your ward', p_prescription_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('adt.no_prescription_patient_your', p_prescription_id::text);
    END IF;
    IF v_adm.discharged_at IS NOT NULL THEN
        RAISE EXCEPTION 'the patient was discharged on %', to_char(v_adm.discharged_at, 'YYYY-MM-DD HH24:MI')
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('adt.patient_discharged',
                                               to_char(v_adm.discharged_at, 'YYYY-MM-DD HH24:MI'));
    END IF;
    -- Positive patient identification: the wristband scanned at the bedside is this patient's.
    IF length(btrim(coalesce(p_scanned_mrn, ''))) = 0 THEN
        RAISE EXCEPTION 'scan the patient''s wristband before recording the dose'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'adt_wristband_scan',
                  DETAIL = core.message_detail('adt.dose_scan_wristband');
    END IF;
    IF registry.resolve_mrn(p_scanned_mrn) IS DISTINCT FROM v_rx.patient_id THEN
        RAISE EXCEPTION 'WRONG PATIENT: the wristband scanned (%) is not this patient''s; nothing was recorded',
                        btrim(p_scanned_mrn)
            USING ERRCODE = 'check_violation', CONSTRAINT = 'adt_wristband_scan',
                  DETAIL = core.message_detail('adt.dose_wrong_patient', btrim(p_scanned_mrn));
    END IF;
    IF v_at IS NULL THEN
        IF v_rx.frequency <> 'PRN' THEN
            RAISE EXCEPTION 'say which scheduled dose of % this is', v_rx.prescription_number
                USING ERRCODE = 'null_value_not_allowed',
                      DETAIL = core.message_detail('adt.say_scheduled_dose', v_rx.prescription_number::text);
        END IF;
        IF v_rx.status <> 'active' THEN
            RAISE EXCEPTION 'prescription % is %', v_rx.prescription_number, v_rx.status
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.prescription_status', v_rx.prescription_number::text,
                                                   v_rx.status::text);
        END IF;
    ELSE
        IF NOT EXISTS (SELECT 1 FROM adt.dose_times(v_rx.id, v_at - interval '1 second', v_at + interval '1 second') t
                        WHERE t = v_at) THEN
            RAISE EXCEPTION '% is not a scheduled time of prescription %', to_char(v_at, 'YYYY-MM-DD HH24:MI'),
                            v_rx.prescription_number
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('adt.dose_time_not_scheduled', to_char(v_at, 'YYYY-MM-DD HH24:MI'),
                                                   v_rx.prescription_number::text);
        END IF;
        IF v_at > now() + interval '60 minutes' THEN
            RAISE EXCEPTION 'the dose of % is not due yet (at %)', v_rx.prescription_number,
                            to_char(v_at, 'HH24:MI')
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.dose_not_due_yet', v_rx.prescription_number::text,
                                                   to_char(v_at, 'HH24:MI'));
        END IF;
        PERFORM pg_advisory_xact_lock(hashtextextended('adt.dose:' || v_rx.id || ':' || v_at, 0));
        SELECT * INTO v_prev FROM adt.medication_administration m
         WHERE m.prescription_id = v_rx.id AND m.scheduled_at = v_at AND m.status = 'final';
        IF FOUND THEN
            RAISE EXCEPTION 'this dose was already recorded (% at %)', v_prev.outcome,
                            to_char(v_prev.recorded_at, 'HH24:MI')
                USING ERRCODE = 'unique_violation', CONSTRAINT = 'uq_medication_administration_dose',
                      DETAIL = core.message_detail('adt.dose_already_recorded', v_prev.outcome::text,
                                                   to_char(v_prev.recorded_at, 'HH24:MI'));
        END IF;
    END IF;
    INSERT INTO adt.medication_administration (admission_id, patient_id, prescription_id, scheduled_at, outcome, reason,
                                               dose_note, scanned_mrn, late)
    VALUES (v_adm.id, v_rx.patient_id, v_rx.id, v_at, p_outcome, nullif(btrim(p_reason), ''),
            nullif(btrim(p_dose_note), ''), btrim(p_scanned_mrn),
            v_at IS NOT NULL AND now() > v_at + make_interval(mins => adt.late_minutes()))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION adt.record_administration(bigint, timestamptz, text, text, text, text) IS
    'Ward nurses and doctors: record a scheduled (or when-required) dose as given, held or refused (with a '
    'reason); the patient''s wristband MRN must be scanned and match. Once per scheduled dose; late is marked.';

CREATE OR REPLACE FUNCTION adt.void_administration(p_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me  bigint;
    v_row adt.medication_administration;
BEGIN
    v_me := core.require_group(ARRAY['hms_nurse', 'hms_doctor'], 'only nurses and doctors correct the chart',
                               'adt.nurses_doctors_correct_chart');
    SELECT * INTO v_row FROM adt.medication_administration m WHERE m.id = p_id FOR UPDATE;
    IF NOT FOUND OR NOT (v_row.recorded_by = v_me OR EXISTS (
            SELECT 1 FROM adt.admission a WHERE a.id = v_row.admission_id
               AND (a.ward_id = ANY (core.my_department_ids()) OR v_me IN (a.attending_id, a.admitting_id)))) THEN
        RAISE EXCEPTION 'no dose record % on your ward', p_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('adt.no_dose_record_your', p_id::text);
    END IF;
    IF v_row.status <> 'final' THEN
        RAISE EXCEPTION 'dose record % is already marked entered in error', p_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('adt.dose_record_already_marked', p_id::text);
    END IF;
    PERFORM core.check_reason(p_reason, 5,
                              'marking a dose record entered in error needs a reason of at least 5 characters',
                              'ck_medication_administration_error', p_key => 'adt.marking_dose_record_entered');
    UPDATE adt.medication_administration m SET status = 'entered_in_error', error_reason = btrim(p_reason)
     WHERE m.id = p_id;
END
$$;
COMMENT ON FUNCTION adt.void_administration(bigint, text) IS
    'Mark a dose record entered in error (with a reason); the dose becomes open to record again.';

-- =====================================================================================================
-- adt maintenance: the administrator keeps the wards' rooms and beds.
--.
--
-- sql/adt/ already gives hms_admin INSERT/UPDATE by column on adt.room and adt.bed (RLS policies for the
-- group, audit triggers on both tables). This file adds the rules those plain writes must obey, as BEFORE ROW
-- triggers rather than SECURITY DEFINER "maintenance functions": whatever writes the row (the admin screen,
-- psql as an administrator, a future import tool) meets the same rules, the audit trigger records the
-- administrator's own login as the actor, and nothing in 130 has to change. The triggers are named so they
-- fire before 130's room_check / bed_check (triggers fire in name order), so the clearer messages below win.
--
--   * codes are trimmed and upper-cased ("medw-7" -> "MEDW-7"), names and labels trimmed;
--   * a room or bed belongs to a ward: a department of kind inpatient that is open;
--   * a bed is added (or reactivated) only in an active room; a room is deactivated only when none of its beds
--     is in use; a bed is deactivated only when no patient lies in it (open adt.bed_occupancy row or state
--     occupied) and it is not reserved; an inactive bed is never reserved or occupied;
--   * a ward is closed, or changes kind, only when it has no rooms in use.
-- Races: a bed insert / reactivation locks its room FOR SHARE, which waits for (and then sees) a concurrent
-- room deactivation and makes that deactivation wait for it; the deactivation of a bed holds the bed's row lock,
-- which adt.admit / transfer take too (adt.lock_beds_and_patient), so an admission and a deactivation of the same
-- bed queue and the second sees the first. Refusals are SQLSTATE 23514 (bad input) or 55000 (not now: empty it
-- first), both shown by the client (core/errors.py) as the sentence itself.
--
-- Already true before this file, and left as it is: adt.assert_bed_available (admit, transfer) refuses an
-- inactive bed; the client's free-bed pickers and the bed board list active beds only; the occupancy dashboard
-- (dashboard.bed_occupancy, 153) counts active beds only.
-- =====================================================================================================
CREATE OR REPLACE FUNCTION adt.room_admin_check() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_ward   core.department;
    v_count  bigint;
    v_labels text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.code := upper(btrim(coalesce(NEW.code, '')));
        IF NEW.code !~ '^[A-Z][A-Z0-9_-]{1,31}$' THEN
            RAISE EXCEPTION 'a room code is 2 to 32 letters, digits, "-" or "_", starting with a letter (not "%")',
                            NEW.code
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_room_code',
                      DETAIL = core.message_detail('adt.room_code_2_32', NEW.code::text);
        END IF;
    END IF;
    NEW.name := btrim(NEW.name);
    IF TG_OP = 'INSERT' OR (NEW.active AND NOT OLD.active) OR NEW.ward_id IS DISTINCT FROM OLD.ward_id THEN
        SELECT * INTO v_ward FROM core.department d WHERE d.id = NEW.ward_id FOR SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no department with id %', NEW.ward_id
                USING ERRCODE = 'foreign_key_violation',
                      CONSTRAINT = 'fk_room_ward_id_department',
                      DETAIL = core.message_detail('adt.department_not_found', NEW.ward_id::text);
        END IF;
        IF v_ward.kind <> 'inpatient' THEN
            RAISE EXCEPTION '% (%) is not a ward: rooms and beds belong to departments of kind inpatient',
                            v_ward.code, v_ward.name
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_room_ward',
                      DETAIL = core.message_detail('adt.room_ward_not_inpatient', v_ward.code::text, v_ward.name::text);
        END IF;
        IF NEW.active AND NOT v_ward.active THEN
            RAISE EXCEPTION 'ward % is closed: reopen it before adding or reactivating rooms', v_ward.code
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.ward_closed_reopen_before', v_ward.code::text);
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.active AND NOT NEW.active THEN
        SELECT count(*), string_agg(b.label, ', ' ORDER BY b.label) INTO v_count, v_labels
          FROM adt.bed b WHERE b.room_id = OLD.id AND b.active;
        IF v_count > 0 THEN
            RAISE EXCEPTION 'room % still has % bed(s) in use (%): deactivate its beds first', OLD.code, v_count,
                            v_labels
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.room_has_beds_in_use', OLD.code::text, v_count::text, v_labels);
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION adt.room_admin_check() IS
    'Room maintenance rules: code normalised, the ward is an open inpatient department, a room is deactivated '
    'only when none of its beds is in use.';

CREATE OR REPLACE TRIGGER room_admin_check BEFORE INSERT OR UPDATE OF ward_id, name, active ON adt.room
    FOR EACH ROW EXECUTE FUNCTION adt.room_admin_check();

CREATE OR REPLACE FUNCTION adt.bed_admin_check() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_room  adt.room;
    v_ward  core.department;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.code := upper(btrim(coalesce(NEW.code, '')));
        IF NEW.code !~ '^[A-Z][A-Z0-9_-]{1,31}$' THEN
            RAISE EXCEPTION 'a bed code is 2 to 32 letters, digits, "-" or "_", starting with a letter (not "%")',
                            NEW.code
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_bed_code',
                      DETAIL = core.message_detail('adt.bed_code_2_32', NEW.code::text);
        END IF;
    END IF;
    NEW.label := btrim(NEW.label);
    IF TG_OP = 'INSERT' OR (NEW.active AND NOT OLD.active) THEN
        SELECT * INTO v_room FROM adt.room r WHERE r.id = NEW.room_id FOR SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no room with id %', NEW.room_id
                USING ERRCODE = 'foreign_key_violation',
                      CONSTRAINT = 'fk_bed_room_ward',
                      DETAIL = core.message_detail('scheduling.room_not_found', NEW.room_id::text);
        END IF;
        NEW.ward_id := coalesce(NEW.ward_id, v_room.ward_id);  -- the room says which ward
        IF NEW.ward_id <> v_room.ward_id THEN
            RAISE EXCEPTION 'room % is not on that ward: a bed lies on the ward of its room', v_room.code
                USING ERRCODE = 'check_violation', CONSTRAINT = 'fk_bed_room_ward',
                      DETAIL = core.message_detail('adt.room_not_ward_bed', v_room.code::text);
        END IF;
        SELECT * INTO v_ward FROM core.department d WHERE d.id = v_room.ward_id;
        IF v_ward.kind <> 'inpatient' THEN
            RAISE EXCEPTION '% (%) is not a ward: beds belong to rooms of departments of kind inpatient',
                            v_ward.code, v_ward.name
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_room_ward',
                      DETAIL = core.message_detail('adt.bed_ward_not_inpatient', v_ward.code::text, v_ward.name::text);
        END IF;
        IF NEW.active AND NOT v_room.active THEN
            RAISE EXCEPTION 'room % is deactivated: reactivate the room before adding or reactivating its beds',
                            v_room.code
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.room_deactivated_reactivate_room', v_room.code::text);
        END IF;
        IF NEW.active AND NOT v_ward.active THEN
            RAISE EXCEPTION 'ward % is closed: reopen it before adding or reactivating beds', v_ward.code
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.ward_closed_reopen_before_adding', v_ward.code::text);
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.active AND NOT NEW.active THEN
        IF OLD.state = 'occupied' OR EXISTS (SELECT 1 FROM adt.bed_occupancy o
                                              WHERE o.bed_id = OLD.id AND o.ended_at IS NULL) THEN
            RAISE EXCEPTION 'bed % is occupied by a patient: transfer or discharge first', OLD.label
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.bed_occupied_patient_transfer', OLD.label::text);
        END IF;
        IF OLD.state = 'reserved' THEN
            RAISE EXCEPTION 'bed % is reserved (%): release the reservation first', OLD.label,
                            coalesce(OLD.state_reason, 'no reason given')
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.bed_reserved_release_reservation', OLD.label::text,
                                                   coalesce(OLD.state_reason, 'no reason given'));
        END IF;
    END IF;
    IF NOT NEW.active AND NEW.state IN ('occupied', 'reserved') THEN
        RAISE EXCEPTION 'bed % is no longer in use', NEW.label
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('adt.bed_no_longer_use', NEW.label::text);
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION adt.bed_admin_check() IS
    'Bed maintenance rules: code normalised, added or reactivated only in an active room of an open ward, '
    'deactivated only when nobody lies in it and it is not reserved; an inactive bed is never reserved.';

CREATE OR REPLACE TRIGGER bed_admin_check BEFORE INSERT OR UPDATE OF room_id, ward_id, label, active, state ON adt.bed
    FOR EACH ROW EXECUTE FUNCTION adt.bed_admin_check();

-- A ward is closed, or stops being a ward, only when it has no rooms in use.
CREATE OR REPLACE FUNCTION adt.ward_department_check() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_count bigint;
    v_codes text;
BEGIN
    IF OLD.kind = 'inpatient' AND ((OLD.active AND NOT NEW.active) OR NEW.kind <> 'inpatient') THEN
        SELECT count(*), string_agg(r.code, ', ' ORDER BY r.code) INTO v_count, v_codes
          FROM adt.room r WHERE r.ward_id = OLD.id AND r.active;
        IF v_count > 0 AND NEW.kind <> 'inpatient' THEN
            RAISE EXCEPTION 'ward % still has % room(s) in use (%): deactivate its rooms and beds first before it '
                            'becomes %', OLD.code, v_count, left(v_codes, 200), NEW.kind
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.ward_has_rooms_in_use_kind', OLD.code::text, v_count::text,
                                                   left(v_codes, 200), NEW.kind::text);
        ELSIF v_count > 0 THEN
            RAISE EXCEPTION 'ward % still has % room(s) in use (%): deactivate its rooms and beds first',
                            OLD.code, v_count, left(v_codes, 200)
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('adt.ward_has_rooms_in_use', OLD.code::text, v_count::text,
                                                   left(v_codes, 200));
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION adt.ward_department_check() IS
    'A ward (inpatient department) is closed or changes kind only when none of its rooms is in use.';

CREATE OR REPLACE TRIGGER ward_department_check BEFORE UPDATE OF kind, active ON core.department
    FOR EACH ROW EXECUTE FUNCTION adt.ward_department_check();

-- The caller may chart this stay: a nurse or doctor of its ward, or its attending / admitting doctor.
CREATE OR REPLACE FUNCTION adt.may_chart(p_adm adt.admission, p_me bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_adm.ward_id = ANY (core.my_department_ids()) OR p_me IN (p_adm.attending_id, p_adm.admitting_id)
$$;

CREATE OR REPLACE FUNCTION adt.record_fluid(p_admission_id bigint, p_direction text, p_route text, p_volume_ml integer,
                                 p_measured_at timestamptz DEFAULT NULL, p_note text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me  bigint := core.require_group(ARRAY['hms_nurse', 'hms_doctor'], 'only nurses and doctors chart fluids',
                                       'adt.nurses_doctors_chart_fluids');
    v_adm adt.admission;
    v_at  timestamptz := coalesce(p_measured_at, now());
    v_id  bigint;
BEGIN
    SELECT * INTO v_adm FROM adt.admission a WHERE a.id = p_admission_id;
    IF NOT FOUND OR NOT adt.may_chart(v_adm, v_me) THEN
        RAISE EXCEPTION 'no stay % on your ward', p_admission_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('adt.no_stay_your_ward', p_admission_id::text);
    END IF;
    IF v_adm.discharged_at IS NOT NULL THEN
        RAISE EXCEPTION 'the patient was discharged: the fluid chart of the stay is closed'
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('adt.patient_discharged_fluid_chart');
    END IF;
    IF v_at > now() + interval '5 minutes' THEN
        RAISE EXCEPTION 'a fluid volume cannot be measured in the future' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'ck_fluid_entry_measured_at', DETAIL = core.message_detail('adt.fluid_volume_measured_future');
    END IF;
    IF v_at < greatest(v_adm.admitted_at, now() - interval '24 hours') THEN
        RAISE EXCEPTION 'a fluid volume is charted within 24 hours of measuring it, and not before the admission'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_fluid_entry_measured_at',
                  DETAIL = core.message_detail('adt.fluid_volume_charted_within');
    END IF;
    INSERT INTO adt.fluid_entry (admission_id, patient_id, direction, route, volume_ml, measured_at, note)
    VALUES (v_adm.id, v_adm.patient_id, p_direction, p_route, p_volume_ml, v_at, nullif(btrim(p_note), ''))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION adt.record_fluid(bigint, text, text, integer, timestamptz, text) IS
    'Ward nurses and doctors: chart one measured intake (oral, iv, enteral, blood, other) or output (urine, vomit, '
    'drain, stool, aspirate, other) volume in ml of an active stay, measured within the last 24 hours.';

CREATE OR REPLACE FUNCTION adt.void_fluid(p_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_me  bigint := core.require_group(ARRAY['hms_nurse', 'hms_doctor'], 'only nurses and doctors correct the chart',
                                       'adt.nurses_doctors_correct_chart');
    v_row adt.fluid_entry;
    v_adm adt.admission;
BEGIN
    SELECT * INTO v_row FROM adt.fluid_entry f WHERE f.id = p_id FOR UPDATE;
    IF FOUND THEN
        SELECT * INTO v_adm FROM adt.admission a WHERE a.id = v_row.admission_id;
    END IF;
    IF v_row.id IS NULL OR NOT (v_row.recorded_by = v_me OR adt.may_chart(v_adm, v_me)) THEN
        RAISE EXCEPTION 'no fluid entry % on your ward', p_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('adt.no_fluid_entry_your', p_id::text);
    END IF;
    IF v_row.status <> 'final' THEN
        RAISE EXCEPTION 'fluid entry % is already marked entered in error', p_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('adt.fluid_entry_already_marked', p_id::text);
    END IF;
    PERFORM core.check_reason(p_reason, 5,
                              'marking a fluid entry entered in error needs a reason of at least 5 characters',
                              'ck_fluid_entry_error', p_key => 'adt.marking_fluid_entry_entered');
    UPDATE adt.fluid_entry f SET status = 'entered_in_error', error_reason = btrim(p_reason) WHERE f.id = p_id;
END
$$;
COMMENT ON FUNCTION adt.void_fluid(bigint, text) IS
    'Mark a fluid entry entered in error (with a reason); it no longer counts in the balance.';

-- Per clinic-timezone day of the stay: intake, output, balance and the stay's running balance (final entries;
-- row-level security decides whether the caller sees any).
CREATE OR REPLACE FUNCTION adt.fluid_balance(p_admission_id bigint)
RETURNS TABLE (day date, intake_ml bigint, output_ml bigint, balance_ml bigint, cumulative_ml bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT d.day, d.intake, d.output, d.intake - d.output,
           sum(d.intake - d.output) OVER (ORDER BY d.day)::bigint
      FROM (SELECT (f.measured_at AT TIME ZONE scheduling.clinic_timezone())::date AS day,
                   coalesce(sum(f.volume_ml) FILTER (WHERE f.direction = 'in'), 0)::bigint AS intake,
                   coalesce(sum(f.volume_ml) FILTER (WHERE f.direction = 'out'), 0)::bigint AS output
              FROM adt.fluid_entry f
             WHERE f.admission_id = p_admission_id AND f.status = 'final'
             GROUP BY 1) d
     ORDER BY d.day
$$;
COMMENT ON FUNCTION adt.fluid_balance(bigint) IS
    'Daily intake, output and balance (ml) of a stay, with the running balance; what the caller may see.';
