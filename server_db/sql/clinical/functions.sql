-- clinical: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

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

-- The encounter a row is written into must still be open, unless the row was written before it ended.
CREATE OR REPLACE FUNCTION clinical.assert_encounter_open(p_encounter_id bigint, p_written_at timestamptz, p_what text)
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
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('clinical.encounter_closed_for', p_encounter_id::text, v_status, p_what);
    END IF;
END
$$;
COMMENT ON FUNCTION clinical.assert_encounter_open(bigint, timestamptz, text) IS
    'Refuses a row written at or after the end of a closed or cancelled encounter (used by the row checks).';

CREATE OR REPLACE FUNCTION clinical.note_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_amended clinical.note;
    v_staff   bigint := core.current_staff_id();
BEGIN
    IF NEW.amends_id IS NOT NULL THEN
        SELECT * INTO v_amended FROM clinical.note n WHERE n.id = NEW.amends_id;
        IF NOT FOUND OR (v_staff IS NOT NULL AND NOT clinical.can_access_patient(v_amended.patient_id)) THEN
            RAISE EXCEPTION 'no note % that you may amend', NEW.amends_id
                USING ERRCODE = 'insufficient_privilege',
                      DETAIL = core.message_detail('clinical.no_note_you_amend', NEW.amends_id::text);
        END IF;
        IF v_amended.kind = 'amendment' THEN
            RAISE EXCEPTION 'note % is itself an amendment: amend the original note %', v_amended.id,
                            v_amended.amends_id
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('clinical.note_itself_amendment_amend', v_amended.id::text,
                                                   v_amended.amends_id::text);
        END IF;
        NEW.patient_id := coalesce(NEW.patient_id, v_amended.patient_id);
        NEW.encounter_id := coalesce(NEW.encounter_id, v_amended.encounter_id);
        IF NEW.patient_id <> v_amended.patient_id THEN
            RAISE EXCEPTION 'an amendment must be for a note of the same patient (note % belongs to another patient)',
                            v_amended.id
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('clinical.amendment_note_same_patient', v_amended.id::text);
        END IF;
        IF NEW.encounter_id <> v_amended.encounter_id THEN
            RAISE EXCEPTION 'an amendment belongs to the encounter of the note it corrects (encounter %)',
                            v_amended.encounter_id
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('clinical.amendment_belongs_encounter_note',
                                                   v_amended.encounter_id::text);
        END IF;
        NEW.kind := 'amendment';
        PERFORM core.check_reason(NEW.amend_reason, 5, 'an amendment needs a reason of at least 5 characters',
                                  'ck_note_amendment', p_key => 'clinical.amendment_needs_reason_least');
        NEW.amend_reason := btrim(NEW.amend_reason);
    ELSIF NEW.kind = 'amendment' THEN
        RAISE EXCEPTION 'an amendment names the note it corrects (amends_id)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_note_amendment',
                  DETAIL = core.message_detail('clinical.amendment_names_note_corrects');
    ELSIF NEW.amend_reason IS NOT NULL THEN
        RAISE EXCEPTION 'only an amendment has an amendment reason'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_note_amendment',
                  DETAIL = core.message_detail('clinical.amendment_amendment_reason');
    END IF;

    IF v_staff IS NOT NULL AND NOT clinical.can_access_patient(NEW.patient_id) THEN
        RETURN NEW;  -- no care relationship: the row-level policy refuses the row without telling anything more
    END IF;

    -- Who writes which kind (a login in both groups may write both).
    IF core.has_group('hms_nurse') AND NOT core.has_group('hms_doctor')
       AND NOT (NEW.kind = 'nursing' OR (NEW.kind = 'amendment' AND v_amended.kind = 'nursing')) THEN
        RAISE EXCEPTION 'nurses write nursing notes (and amend nursing notes), not % notes', NEW.kind
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('clinical.nurses_write_nursing_notes', NEW.kind::text);
    END IF;
    IF core.has_group('hms_doctor') AND NOT core.has_group('hms_nurse') AND NEW.kind = 'nursing' THEN
        RAISE EXCEPTION 'nursing notes are written by nurses'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('clinical.nursing_notes_written_nurses');
    END IF;

    IF NEW.kind <> 'amendment' THEN
        PERFORM clinical.assert_encounter_open(NEW.encounter_id, NEW.created_at, 'notes');
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.note_check() IS
    'BEFORE INSERT on clinical.note: amendment rules, which role writes which kind, closed encounters.';

CREATE OR REPLACE TRIGGER note_check BEFORE INSERT ON clinical.note
    FOR EACH ROW EXECUTE FUNCTION clinical.note_check();

-- Each note (not the amendments themselves) with its latest amendment; runs with the caller's rights (RLS).
CREATE OR REPLACE FUNCTION clinical.note_current(p_patient_id bigint)
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

-- ---------------------------------------------------------------------------------------------------
-- Closing an encounter
-- ---------------------------------------------------------------------------------------------------
-- Guards every status change, whether through clinical.close_encounter() or a doctor's direct UPDATE:
-- open -> closed needs a SOAP or progress note, open -> cancelled needs nothing, closed and cancelled are final;
-- ended_at is the server's clock. A merge (which changes patient_id only) passes untouched.
CREATE OR REPLACE FUNCTION clinical.encounter_status_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.ended_at IS NOT DISTINCT FROM OLD.ended_at THEN
        RETURN NEW;
    END IF;
    IF OLD.status <> 'open' THEN
        RAISE EXCEPTION 'encounter % is % and cannot be changed', OLD.id, OLD.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('clinical.encounter_unchangeable', OLD.id::text, OLD.status::text);
    END IF;
    IF NEW.status = 'open' THEN
        RAISE EXCEPTION 'an open encounter has no end time: close it with clinical.close_encounter(%)', OLD.id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('clinical.open_encounter_no_end', OLD.id::text);
    END IF;
    IF NEW.status = 'closed' AND NOT EXISTS (SELECT 1 FROM clinical.note n
                                              WHERE n.encounter_id = NEW.id AND n.kind IN ('soap', 'progress')) THEN
        RAISE EXCEPTION 'encounter % has no SOAP note: write the consultation note before closing it', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('clinical.encounter_no_soap_note', OLD.id::text);
    END IF;
    NEW.ended_at := greatest(now(), NEW.started_at);
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.encounter_status_check() IS
    'BEFORE UPDATE OF status, ended_at on clinical.encounter: closing needs a SOAP/progress note; closed is final.';

CREATE OR REPLACE TRIGGER encounter_status_check BEFORE UPDATE OF status, ended_at ON clinical.encounter
    FOR EACH ROW EXECUTE FUNCTION clinical.encounter_status_check();

CREATE OR REPLACE FUNCTION clinical.close_encounter(p_encounter_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
    v_enc   clinical.encounter;
BEGIN
    IF v_staff IS NULL OR NOT core.has_group('hms_doctor') THEN
        RAISE EXCEPTION 'only doctors close encounters'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('clinical.doctors_close_encounters');
    END IF;
    SELECT * INTO v_enc FROM clinical.encounter e WHERE e.id = p_encounter_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no encounter with id %', p_encounter_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('clinical.encounter_not_found', p_encounter_id::text);
    END IF;
    IF NOT (v_enc.clinician_id = v_staff OR v_enc.department_id = ANY (core.my_department_ids())) THEN
        RAISE EXCEPTION 'encounter % is neither yours nor your department''s', p_encounter_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('clinical.encounter_neither_yours_nor', p_encounter_id::text);
    END IF;
    IF v_enc.status <> 'open' THEN
        RAISE EXCEPTION 'encounter % is already %', p_encounter_id, v_enc.status
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('clinical.encounter_already_status', p_encounter_id::text,
                                               v_enc.status::text);
    END IF;
    UPDATE clinical.encounter e SET status = 'closed', ended_at = now() WHERE e.id = p_encounter_id;
END
$$;
COMMENT ON FUNCTION clinical.close_encounter(bigint) IS
    'Doctors: close an open encounter of their own or of their department (needs a SOAP or progress note); '
    'closing creates its consultation charge (billing, migration 100).';

CREATE OR REPLACE FUNCTION clinical.vital_sign_check() RETURNS trigger
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
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('clinical.vital_sign_already_marked', OLD.id::text);
        END IF;
        IF NEW.status <> 'entered_in_error' THEN
            RAISE EXCEPTION 'a vital sign is only ever marked entered_in_error'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('clinical.vital_sign_ever_marked');
        END IF;
        PERFORM core.check_reason(NEW.error_reason, 5,
                                  'marking a vital sign entered in error needs a reason of at least 5 characters',
                                  'ck_vital_sign_error_reason', p_key => 'clinical.marking_vital_sign_entered');
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
            USING ERRCODE = 'foreign_key_violation',
                  DETAIL = core.message_detail('clinical.unknown_vital_sign_kind', NEW.kind::text,
                                               (SELECT string_agg(k.code, ', ' ORDER BY k.code) FROM clinical.vital_kind k));
    END IF;
    NEW.unit := coalesce(nullif(btrim(NEW.unit), ''), v_kind.unit);
    IF NEW.unit <> v_kind.unit THEN
        RAISE EXCEPTION '% is recorded in %, not in %', v_kind.label, v_kind.unit, NEW.unit
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_vital_sign_unit',
                  DETAIL = core.message_detail('clinical.vital_sign_unit_mismatch', v_kind.label::text,
                                               v_kind.unit::text, NEW.unit::text);
    END IF;
    IF NEW.value < v_kind.min_value OR NEW.value > v_kind.max_value THEN
        RAISE EXCEPTION '% of % % is not plausible: the plausible range is % to % %', v_kind.label, NEW.value,
                        v_kind.unit, v_kind.min_value, v_kind.max_value, v_kind.unit
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_vital_sign_plausible',
                  DETAIL = core.message_detail('clinical.vital_sign_implausible', v_kind.label::text, NEW.value::text,
                                               v_kind.unit::text, v_kind.min_value::text, v_kind.max_value::text,
                                               v_kind.unit::text);
    END IF;
    -- Outside the kind's alert band the value is flagged: the chart, the handover and the audit trail show it,
    -- and nobody types it (whatever a client sends is replaced).
    NEW.flag := CASE WHEN NEW.value < v_kind.alert_low THEN 'low' WHEN NEW.value > v_kind.alert_high THEN 'high' END;
    IF NEW.measured_at > NEW.recorded_at + interval '5 minutes' THEN
        RAISE EXCEPTION 'a vital sign cannot be measured in the future (%)', NEW.measured_at
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('clinical.vital_sign_measured_future', NEW.measured_at::text);
    END IF;
    IF NEW.status <> 'final' THEN
        RAISE EXCEPTION 'a new vital sign is final'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('clinical.new_vital_sign_final');
    END IF;
    PERFORM clinical.assert_encounter_open(NEW.encounter_id, NEW.recorded_at, 'vital signs');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.vital_sign_check() IS
    'BEFORE INSERT OR UPDATE OF status, error_reason on clinical.vital_sign: unit and plausible range of the kind, '
    'the low/high flag from its alert band, '
    'closed encounters, corrections only by marking entered_in_error with a reason.';

CREATE OR REPLACE TRIGGER vital_sign_check BEFORE INSERT OR UPDATE OF status, error_reason ON clinical.vital_sign
    FOR EACH ROW EXECUTE FUNCTION clinical.vital_sign_check();

CREATE OR REPLACE FUNCTION clinical.allergy_check() RETURNS trigger
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
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('clinical.allergy_entered_error_change', OLD.id::text);
        END IF;
        IF NEW.status = OLD.status THEN
            RAISE EXCEPTION 'a status reason is given with a change of status'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('clinical.status_reason_given_change');
        END IF;
        PERFORM core.check_reason(NEW.status_reason, 5,
                                  'changing an allergy to %s needs a reason of at least 5 characters',
                                  'ck_allergy_status_reason', p_key => 'clinical.allergy_status_reason_required',
                                  p_args => ARRAY[NEW.status]);
        NEW.status_reason := btrim(NEW.status_reason);
        RETURN NEW;
    END IF;

    IF NEW.substance_code IS NOT NULL THEN
        SELECT * INTO v_substance FROM clinical.allergy_substance s WHERE s.code = upper(btrim(NEW.substance_code));
        IF NOT FOUND THEN
            RAISE EXCEPTION 'unknown substance code "%" (see clinical.allergy_substance)', NEW.substance_code
                USING ERRCODE = 'foreign_key_violation',
                      DETAIL = core.message_detail('clinical.unknown_substance_code_see', NEW.substance_code::text);
        END IF;
        NEW.substance_code := v_substance.code;
        NEW.substance := coalesce(nullif(btrim(NEW.substance), ''), v_substance.name);
        NEW.category := coalesce(NEW.category, v_substance.category);
    END IF;
    NEW.substance := btrim(NEW.substance);
    IF coalesce(NEW.substance, '') = '' THEN
        RAISE EXCEPTION 'say what the patient is allergic to (substance or substance_code)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_allergy_substance',
                  DETAIL = core.message_detail('clinical.say_patient_allergic_substance');
    END IF;
    IF NEW.category IS NULL THEN
        RAISE EXCEPTION 'an uncoded allergy needs its category (drug, food, environment or other)'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_allergy_category',
                  DETAIL = core.message_detail('clinical.uncoded_allergy_needs_category');
    END IF;
    NEW.reaction := nullif(btrim(NEW.reaction), '');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.allergy_check() IS
    'BEFORE INSERT OR UPDATE OF status, status_reason on clinical.allergy: coded substances fill name and category; '
    'status changes need a reason; entered_in_error is final.';

CREATE OR REPLACE TRIGGER allergy_check BEFORE INSERT OR UPDATE OF status, status_reason ON clinical.allergy
    FOR EACH ROW EXECUTE FUNCTION clinical.allergy_check();

-- The patient banner of every clinical workstation: active allergies as text, most severe first.
-- NULL when the caller may not know (no care relationship, not a pharmacist: reception, billing, ...);
-- an empty array when the caller may know and none is recorded.
CREATE OR REPLACE FUNCTION clinical.active_allergies(p_patient_id bigint) RETURNS text[]
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

-- A text that looks like a code ("j18", "J18.9", "J189") searches code prefixes; anything else (or a code
-- prefix with no match) searches the title for every word, in any order, as a substring ("diab mell").
-- Every word becomes its own LIKE condition so the trigram index serves each of them.
CREATE OR REPLACE FUNCTION clinical.search_icd10(p_text text, p_limit integer DEFAULT 20)
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

CREATE OR REPLACE FUNCTION clinical.diagnosis_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_other text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status = 'entered_in_error' AND (NEW.status, NEW.certainty, NEW.error_reason)
                                                 IS DISTINCT FROM (OLD.status, OLD.certainty, OLD.error_reason) THEN
            RAISE EXCEPTION 'diagnosis % was entered in error and cannot change', OLD.id
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('clinical.diagnosis_entered_error_change', OLD.id::text);
        END IF;
        IF NEW.certainty IS DISTINCT FROM OLD.certainty AND NOT (OLD.certainty = 'provisional'
                                                                  AND NEW.certainty = 'confirmed') THEN
            RAISE EXCEPTION 'a diagnosis can only go from provisional to confirmed'
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('clinical.diagnosis_go_provisional_confirmed');
        END IF;
        IF NEW.status IS DISTINCT FROM OLD.status OR NEW.error_reason IS DISTINCT FROM OLD.error_reason THEN
            IF NEW.status <> 'entered_in_error' THEN
                RAISE EXCEPTION 'a diagnosis is only ever marked entered_in_error'
                    USING ERRCODE = 'check_violation',
                          DETAIL = core.message_detail('clinical.diagnosis_ever_marked_entered');
            END IF;
            PERFORM core.check_reason(NEW.error_reason, 5,
                                      'marking a diagnosis entered in error needs a reason of at least 5 characters',
                                      'ck_diagnosis_error_reason', p_key => 'clinical.marking_diagnosis_entered_error');
            NEW.error_reason := btrim(NEW.error_reason);
        END IF;
        RETURN NEW;
    END IF;

    IF core.current_staff_id() IS NOT NULL AND NOT clinical.can_access_patient(NEW.patient_id) THEN
        RETURN NEW;  -- no care relationship: the row-level policy refuses the row without telling anything more
    END IF;
    IF NEW.status <> 'active' THEN
        RAISE EXCEPTION 'a new diagnosis is active'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('clinical.new_diagnosis_active');
    END IF;
    PERFORM clinical.assert_encounter_open(NEW.encounter_id, NEW.recorded_at, 'diagnoses');
    IF NEW.rank = 'primary' THEN
        SELECT d.icd10_code INTO v_other FROM clinical.diagnosis d
         WHERE d.encounter_id = NEW.encounter_id AND d.rank = 'primary' AND d.status = 'active';
        IF FOUND THEN
            RAISE EXCEPTION 'encounter % already has a primary diagnosis (%): add this one as secondary, or mark '
                            'that one entered in error first', NEW.encounter_id, v_other
                USING ERRCODE = 'unique_violation', CONSTRAINT = 'uq_diagnosis_one_primary',
                      DETAIL = core.message_detail('clinical.encounter_already_primary_diagnosis',
                                                   NEW.encounter_id::text, v_other);
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION clinical.diagnosis_check() IS
    'BEFORE INSERT OR UPDATE OF certainty, status, error_reason on clinical.diagnosis: one primary diagnosis, '
    'closed encounters, provisional -> confirmed, entered_in_error with a reason and final.';

CREATE OR REPLACE TRIGGER diagnosis_check BEFORE INSERT OR UPDATE OF certainty, status, error_reason ON clinical.diagnosis
    FOR EACH ROW EXECUTE FUNCTION clinical.diagnosis_check();

CREATE OR REPLACE FUNCTION clinical.problem_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.onset > current_date THEN
            RAISE EXCEPTION 'the onset of a problem (%) cannot be in the future', NEW.onset
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('clinical.onset_problem_future', NEW.onset::text);
        END IF;
        IF NEW.status <> 'active' OR NEW.resolved_at IS NOT NULL THEN
            RAISE EXCEPTION 'a new problem is active'
                USING ERRCODE = 'check_violation', DETAIL = core.message_detail('clinical.new_problem_active');
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.error_reason IS NOT DISTINCT FROM OLD.error_reason THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'entered_in_error' THEN
        RAISE EXCEPTION 'problem % was entered in error and cannot change', OLD.id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('clinical.problem_entered_error_change', OLD.id::text);
    END IF;
    IF NEW.status = 'entered_in_error' THEN
        PERFORM core.check_reason(NEW.error_reason, 5,
                                  'marking a problem entered in error needs a reason of at least 5 characters',
                                  'ck_problem_error_reason', p_key => 'clinical.marking_problem_entered_error');
        NEW.error_reason := btrim(NEW.error_reason);
    ELSIF NEW.error_reason IS NOT NULL THEN
        RAISE EXCEPTION 'an error reason goes with entered_in_error only'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('clinical.error_reason_goes_entered');
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

CREATE OR REPLACE TRIGGER problem_check BEFORE INSERT OR UPDATE OF status, error_reason ON clinical.problem
    FOR EACH ROW EXECUTE FUNCTION clinical.problem_check();

-- The current status, derived (see the header). Runs as the owner: callers without a care relationship (and not
-- pharmacists) get no row, like clinical.active_allergies gives them NULL.
CREATE OR REPLACE FUNCTION clinical.allergy_status_of(p_patient_id bigint)
RETURNS TABLE (status text, recorded_by text, recorded_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    WITH latest AS (
        SELECT s.status, st.full_name, s.recorded_at
          FROM clinical.allergy_status s JOIN core.staff st ON st.id = s.recorded_by
         WHERE s.patient_id = p_patient_id
         ORDER BY s.recorded_at DESC, s.id DESC LIMIT 1)
    SELECT CASE WHEN EXISTS (SELECT 1 FROM clinical.allergy a WHERE a.patient_id = p_patient_id AND a.status = 'active')
                     THEN 'has_allergies'
                WHEN l.status = 'no_known_allergies'
                     AND NOT EXISTS (SELECT 1 FROM clinical.allergy a
                                      WHERE a.patient_id = p_patient_id AND a.recorded_at >= l.recorded_at)
                     THEN 'no_known_allergies'
                ELSE 'unknown' END,
           CASE WHEN l.status = 'no_known_allergies' THEN l.full_name END,
           CASE WHEN l.status = 'no_known_allergies' THEN l.recorded_at END
      FROM (SELECT 1) one LEFT JOIN latest l ON true
     WHERE core.has_group('hms_pharmacist') OR clinical.can_access_patient(p_patient_id)
$$;
COMMENT ON FUNCTION clinical.allergy_status_of(bigint) IS
    'unknown | no_known_allergies (with who recorded it and when) | has_allergies, for the care team and '
    'pharmacists; no row for everyone else.';

-- "No known allergies", said by a person: the only way a client writes the status.
CREATE OR REPLACE FUNCTION clinical.record_no_known_allergies(p_patient_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
    v_active text;
    v_id bigint;
BEGIN
    IF v_staff IS NULL OR NOT (core.has_group('hms_doctor') OR core.has_group('hms_nurse'))
       OR NOT clinical.can_access_patient(p_patient_id) THEN
        RAISE EXCEPTION 'only a doctor or nurse caring for patient % can record "no known allergies"', p_patient_id
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('clinical.doctor_nurse_caring_patient', p_patient_id::text);
    END IF;
    SELECT string_agg(a.substance, ', ' ORDER BY a.substance) INTO v_active
      FROM clinical.allergy a WHERE a.patient_id = p_patient_id AND a.status = 'active';
    IF v_active IS NOT NULL THEN
        RAISE EXCEPTION 'patient % has active allergies (%): "no known allergies" cannot be recorded', p_patient_id,
                        v_active
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_allergy_status_status',
                  HINT = 'mark a wrongly recorded allergy entered in error (with a reason) first',
                  DETAIL = core.message_detail('clinical.patient_active_allergies_no', p_patient_id::text, v_active);
    END IF;
    INSERT INTO clinical.allergy_status (patient_id, status, recorded_by)
    VALUES (p_patient_id, 'no_known_allergies', v_staff) RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION clinical.record_no_known_allergies(bigint) IS
    'Record that the patient has no known allergies (doctors and nurses with a care relationship; refused while '
    'an active allergy exists).';

-- Recording an active allergy makes the status "has allergies" (the statement history says when).
CREATE OR REPLACE FUNCTION clinical.allergy_status_on_allergy() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status = 'active' THEN
        INSERT INTO clinical.allergy_status (patient_id, status, recorded_by, recorded_at)
        VALUES (NEW.patient_id, 'has_allergies', NEW.recorded_by, NEW.recorded_at);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION clinical.allergy_status_on_allergy() IS
    'AFTER INSERT on clinical.allergy: an active allergy appends a has_allergies statement.';

CREATE OR REPLACE TRIGGER allergy_status_on_allergy AFTER INSERT ON clinical.allergy
    FOR EACH ROW EXECUTE FUNCTION clinical.allergy_status_on_allergy();
