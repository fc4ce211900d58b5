-- lab: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

SELECT core.protect('lab.test');
CREATE POLICY "The catalog is visible to staff" ON lab.test FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add tests" ON lab.test FOR INSERT TO hms_admin WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins maintain tests" ON lab.test FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('lab.panel');
CREATE POLICY "Panels are visible to staff" ON lab.panel FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add panels" ON lab.panel FOR INSERT TO hms_admin WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins maintain panels" ON lab.panel FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('lab.panel_test');
CREATE POLICY "Panel members are visible to staff" ON lab.panel_test FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add panel members" ON lab.panel_test FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins order panel members" ON lab.panel_test FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('lab.reference_range');
CREATE POLICY "Reference ranges are visible to staff" ON lab.reference_range FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add reference ranges" ON lab.reference_range FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins maintain reference ranges" ON lab.reference_range FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('lab.lab_order');
CREATE POLICY "The lab sees every order" ON lab.lab_order FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));
CREATE POLICY "Clinicians see their patients' orders" ON lab.lab_order FOR SELECT TO hms_doctor, hms_nurse
    USING (ordering_clinician_id = (SELECT core.current_staff_id()) OR clinical.can_access_patient(patient_id));

SELECT core.protect('lab.order_status_history');
CREATE POLICY "The lab sees every status change" ON lab.order_status_history FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));
CREATE POLICY "Clinicians see the history of visible orders" ON lab.order_status_history FOR SELECT
    TO hms_doctor, hms_nurse USING (EXISTS (SELECT 1 FROM lab.lab_order o WHERE o.id = lab_order_id));

SELECT core.protect('lab.specimen');
CREATE POLICY "The lab sees every specimen" ON lab.specimen FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));
CREATE POLICY "Clinicians see their patients' specimens" ON lab.specimen FOR SELECT TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));

SELECT core.protect('lab.result');
CREATE POLICY "The lab sees every result" ON lab.result FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));
CREATE POLICY "Clinicians see released results of visible orders" ON lab.result FOR SELECT TO hms_doctor, hms_nurse
    USING (released_at IS NOT NULL AND EXISTS (SELECT 1 FROM lab.lab_order o WHERE o.id = lab_order_id));

SELECT core.protect('lab.critical_callback');
CREATE POLICY "The lab sees its callbacks" ON lab.critical_callback FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));

SELECT core.protect('lab.hl7_outbound');
CREATE POLICY "The lab sees what was sent to the LIS" ON lab.hl7_outbound FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));
