-- scheduling: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

SELECT core.protect('scheduling.service');
CREATE POLICY "Services are visible to staff" ON scheduling.service FOR SELECT TO hms_staff
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Admins add services" ON scheduling.service FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change services" ON scheduling.service FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('scheduling.room');
CREATE POLICY "Rooms are visible to staff" ON scheduling.room FOR SELECT TO hms_staff
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Admins add rooms" ON scheduling.room FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change rooms" ON scheduling.room FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('scheduling.provider_template');
CREATE POLICY "Sessions are visible to reception, clinicians and admins" ON scheduling.provider_template
    FOR SELECT TO hms_reception, hms_doctor, hms_nurse, hms_admin
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Admins add sessions" ON scheduling.provider_template FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change sessions" ON scheduling.provider_template FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('scheduling.schedule_exception');
CREATE POLICY "Leave and extra sessions are visible to reception, clinicians and admins"
    ON scheduling.schedule_exception FOR SELECT TO hms_reception, hms_doctor, hms_nurse, hms_admin
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Admins record leave and extra sessions" ON scheduling.schedule_exception FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change leave and extra sessions" ON scheduling.schedule_exception FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

-- No INSERT/UPDATE policy or grant: only the SECURITY DEFINER functions (functions.sql) write appointments.
SELECT core.protect('scheduling.appointment');
CREATE POLICY "Reception and billing see every appointment" ON scheduling.appointment FOR SELECT
    TO hms_reception, hms_billing
    USING ((SELECT core.has_group('hms_reception')) OR (SELECT core.has_group('hms_billing')));
CREATE POLICY "Clinicians see their own appointments and their departments'" ON scheduling.appointment FOR SELECT
    TO hms_doctor, hms_nurse
    USING (provider_id = (SELECT core.current_staff_id())
           OR department_id = ANY ((SELECT core.my_department_ids())::bigint[]));
