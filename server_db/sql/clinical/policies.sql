-- clinical: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

SELECT core.protect('clinical.encounter');
CREATE POLICY "Encounters are visible to the patient's care team" ON clinical.encounter FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinician_id = (SELECT core.current_staff_id())
           OR department_id = ANY ((SELECT core.my_department_ids())::bigint[])
           OR clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors open encounters in their own departments" ON clinical.encounter FOR INSERT
    TO hms_doctor
    WITH CHECK ((SELECT core.has_group('hms_doctor'))
                AND clinician_id = (SELECT core.current_staff_id())
                AND department_id = ANY ((SELECT core.my_department_ids())::bigint[]));
CREATE POLICY "Doctors close their department's encounters" ON clinical.encounter FOR UPDATE
    TO hms_doctor
    USING ((SELECT core.has_group('hms_doctor'))
           AND (clinician_id = (SELECT core.current_staff_id())
                OR department_id = ANY ((SELECT core.my_department_ids())::bigint[])))
    WITH CHECK (true);

SELECT core.protect('clinical.note');
CREATE POLICY "Notes are visible to the patient's care team" ON clinical.note FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Clinicians write notes for their patients" ON clinical.note FOR INSERT
    TO hms_doctor, hms_nurse
    WITH CHECK (author_id = (SELECT core.current_staff_id()) AND clinical.can_access_patient(patient_id));

SELECT core.protect('clinical.vital_kind');
CREATE POLICY "Vital sign kinds are visible to staff" ON clinical.vital_kind FOR SELECT TO hms_staff USING (true);

SELECT core.protect('clinical.allergy_substance');
CREATE POLICY "Allergy substances are visible to staff" ON clinical.allergy_substance FOR SELECT TO hms_staff
    USING (true);

SELECT core.protect('clinical.icd10');
CREATE POLICY "ICD-10 codes are visible to staff" ON clinical.icd10 FOR SELECT TO hms_staff USING (true);

SELECT core.protect('clinical.vital_sign');
CREATE POLICY "Vital signs are visible to the patient's care team" ON clinical.vital_sign FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Clinicians record vital signs of their patients" ON clinical.vital_sign FOR INSERT
    TO hms_doctor, hms_nurse
    WITH CHECK (recorded_by = (SELECT core.current_staff_id()) AND clinical.can_access_patient(patient_id));
CREATE POLICY "Clinicians mark their patients' vital signs entered in error" ON clinical.vital_sign FOR UPDATE
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id)) WITH CHECK (clinical.can_access_patient(patient_id));

SELECT core.protect('clinical.allergy');
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

SELECT core.protect('clinical.diagnosis');
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

SELECT core.protect('clinical.problem');
CREATE POLICY "Problem lists are visible to the patient's care team" ON clinical.problem FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors add to their patients' problem lists" ON clinical.problem FOR INSERT TO hms_doctor
    WITH CHECK ((SELECT core.has_group('hms_doctor')) AND noted_by = (SELECT core.current_staff_id())
                AND clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors resolve their patients' problems" ON clinical.problem FOR UPDATE TO hms_doctor
    USING ((SELECT core.has_group('hms_doctor')) AND clinical.can_access_patient(patient_id))
    WITH CHECK (clinical.can_access_patient(patient_id));

SELECT core.protect('clinical.allergy_status');
CREATE POLICY "Allergy statuses are visible to the patient's care team" ON clinical.allergy_status FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Pharmacists see allergy statuses" ON clinical.allergy_status FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));
