-- audit: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- The auditor reads everything in audit (a verified session: core.has_group); nobody else reads anything here.
SELECT core.protect('audit.event', audited => false);
CREATE POLICY "Auditors read every event" ON audit.event FOR SELECT TO hms_auditor
    USING ((SELECT core.has_group('hms_auditor')));

SELECT core.protect('audit.access', audited => false);
CREATE POLICY "Auditors read the access log" ON audit.access FOR SELECT TO hms_auditor
    USING ((SELECT core.has_group('hms_auditor')));

SELECT core.protect('audit.chain_head', audited => false);
CREATE POLICY "Auditors read the chain head" ON audit.chain_head FOR SELECT TO hms_auditor
    USING ((SELECT core.has_group('hms_auditor')));

SELECT core.protect('audit.review');
CREATE POLICY "Auditors read reviews" ON audit.review FOR SELECT TO hms_auditor
    USING ((SELECT core.has_group('hms_auditor')));
CREATE POLICY "Auditors review as themselves" ON audit.review FOR INSERT TO hms_auditor
    WITH CHECK ((SELECT core.has_group('hms_auditor')) AND reviewer = session_user
                AND reviewer_id = (SELECT core.current_staff_id()));
