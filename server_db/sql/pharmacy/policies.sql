-- pharmacy: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

SELECT core.protect('pharmacy.drug');
CREATE POLICY "The formulary is visible to clinical and pharmacy staff" ON pharmacy.drug FOR SELECT
    TO hms_doctor, hms_nurse, hms_pharmacist USING (true);
CREATE POLICY "Pharmacists add drugs" ON pharmacy.drug FOR INSERT TO hms_pharmacist
    WITH CHECK ((SELECT core.has_group('hms_pharmacist')));
CREATE POLICY "Pharmacists maintain drugs" ON pharmacy.drug FOR UPDATE TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist'))) WITH CHECK (true);

SELECT core.protect('pharmacy.frequency');
CREATE POLICY "Frequencies are visible to clinical and pharmacy staff" ON pharmacy.frequency FOR SELECT
    TO hms_doctor, hms_nurse, hms_pharmacist USING (true);

SELECT core.protect('pharmacy.interaction');
CREATE POLICY "Interactions are visible to clinical and pharmacy staff" ON pharmacy.interaction FOR SELECT
    TO hms_doctor, hms_nurse, hms_pharmacist USING (true);

SELECT core.protect('pharmacy.location');
CREATE POLICY "Pharmacists see stock locations" ON pharmacy.location FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));
CREATE POLICY "Pharmacists add stock locations" ON pharmacy.location FOR INSERT TO hms_pharmacist
    WITH CHECK ((SELECT core.has_group('hms_pharmacist')));
CREATE POLICY "Pharmacists rename or retire stock locations" ON pharmacy.location FOR UPDATE TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist'))) WITH CHECK (true);

SELECT core.protect('pharmacy.stock_lot');
CREATE POLICY "Pharmacists see stock" ON pharmacy.stock_lot FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));

SELECT core.protect('pharmacy.stock_movement');
CREATE POLICY "Pharmacists see stock movements" ON pharmacy.stock_movement FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));

SELECT core.protect('pharmacy.prescription');
CREATE POLICY "Prescriptions are visible to the patient's care team" ON pharmacy.prescription FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Pharmacists see every prescription" ON pharmacy.prescription FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));
CREATE POLICY "Doctors prescribe for their patients" ON pharmacy.prescription FOR INSERT TO hms_doctor
    WITH CHECK ((SELECT core.has_group('hms_doctor')) AND prescriber_id = (SELECT core.current_staff_id())
                AND clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors complete or cancel their patients' prescriptions" ON pharmacy.prescription FOR UPDATE
    TO hms_doctor
    USING ((SELECT core.has_group('hms_doctor')) AND clinical.can_access_patient(patient_id))
    WITH CHECK (clinical.can_access_patient(patient_id));

SELECT core.protect('pharmacy.dispense');
CREATE POLICY "Dispenses are visible to the patient's care team" ON pharmacy.dispense FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Pharmacists see every dispense" ON pharmacy.dispense FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));
