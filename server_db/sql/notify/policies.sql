-- notify: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

SELECT core.protect('notify.notification');
CREATE POLICY "Staff see their own notifications" ON notify.notification FOR SELECT TO hms_staff
    USING (recipient_id = (SELECT core.current_staff_id()));
CREATE POLICY "Staff acknowledge their own notifications" ON notify.notification FOR UPDATE TO hms_staff
    USING (recipient_id = (SELECT core.current_staff_id()))
    WITH CHECK (recipient_id = (SELECT core.current_staff_id()));
