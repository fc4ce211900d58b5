-- adt: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

SELECT core.protect('adt.room');
CREATE POLICY "Rooms are visible to staff" ON adt.room FOR SELECT TO hms_staff
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Admins add rooms" ON adt.room FOR INSERT TO hms_admin WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change rooms" ON adt.room FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('adt.bed');
CREATE POLICY "Beds are visible to staff" ON adt.bed FOR SELECT TO hms_staff
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Admins add beds" ON adt.bed FOR INSERT TO hms_admin WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change beds" ON adt.bed FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

-- No INSERT/UPDATE grant or policy: only the functions (functions.sql) write admissions and occupancies.
SELECT core.protect('adt.admission');
CREATE POLICY "Reception and billing see every stay (not its reason)" ON adt.admission FOR SELECT
    TO hms_reception, hms_billing
    USING ((SELECT core.has_group('hms_reception')) OR (SELECT core.has_group('hms_billing')));
CREATE POLICY "Clinicians see their wards' and their patients' stays" ON adt.admission FOR SELECT
    TO hms_doctor, hms_nurse
    USING (ward_id = ANY ((SELECT core.my_department_ids())::bigint[])
           OR attending_id = (SELECT core.current_staff_id()) OR admitting_id = (SELECT core.current_staff_id())
           OR clinical.can_access_patient(patient_id));

SELECT core.protect('adt.bed_occupancy');
CREATE POLICY "Who lies where is visible to reception, clinicians and billing" ON adt.bed_occupancy FOR SELECT
    TO hms_reception, hms_doctor, hms_nurse, hms_billing
    USING ((SELECT core.current_staff_id()) IS NOT NULL);

SELECT core.protect('adt.bed_day');
CREATE POLICY "Billing sees bed-days" ON adt.bed_day FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('adt.discharge_summary');
CREATE POLICY "Discharge summaries are visible to the patient's care team" ON adt.discharge_summary FOR SELECT
    TO hms_doctor, hms_nurse USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors write their patients' discharge summaries" ON adt.discharge_summary FOR INSERT
    TO hms_doctor
    WITH CHECK ((SELECT core.has_group('hms_doctor')) AND author_id = (SELECT core.current_staff_id())
                AND clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors edit and sign their patients' drafts" ON adt.discharge_summary FOR UPDATE TO hms_doctor
    USING ((SELECT core.has_group('hms_doctor')) AND clinical.can_access_patient(patient_id))
    WITH CHECK (clinical.can_access_patient(patient_id));

SELECT core.protect('adt.medication_administration');
CREATE POLICY "Dose records are visible to the patient's care team and pharmacy"
    ON adt.medication_administration FOR SELECT TO hms_doctor, hms_nurse, hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')) OR clinical.can_access_patient(patient_id));

SELECT core.protect('adt.fluid_entry');
CREATE POLICY "Fluid charts are visible to the patient's care team" ON adt.fluid_entry FOR SELECT
    TO hms_doctor, hms_nurse USING (clinical.can_access_patient(patient_id));
