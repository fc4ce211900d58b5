-- registry: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- Demographics are visible to active staff (the column grants in grants.sql narrow them); reception registers
-- and corrects them.
SELECT core.protect('registry.patient');
CREATE POLICY "Patients are visible to active staff" ON registry.patient FOR SELECT TO hms_staff
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Reception registers patients" ON registry.patient FOR INSERT TO hms_reception
    WITH CHECK ((SELECT core.has_group('hms_reception')));
CREATE POLICY "Reception corrects demographics" ON registry.patient FOR UPDATE TO hms_reception
    USING ((SELECT core.has_group('hms_reception'))) WITH CHECK (true);

-- No INSERT/UPDATE/DELETE policy or grant on the merge tables: only the SECURITY DEFINER merge functions write them.
SELECT core.protect('registry.patient_merge');
CREATE POLICY "Admins and auditors read merges" ON registry.patient_merge FOR SELECT TO hms_admin, hms_auditor
    USING ((SELECT core.has_group('hms_admin')) OR (SELECT core.has_group('hms_auditor')));

SELECT core.protect('registry.merge_moved_row');
CREATE POLICY "Admins and auditors read moved rows" ON registry.merge_moved_row FOR SELECT TO hms_admin, hms_auditor
    USING ((SELECT core.has_group('hms_admin')) OR (SELECT core.has_group('hms_auditor')));

-- The duplicate worklist: read by the reviewers (administrators, who merge); written only by the scan functions
-- and registry.decide_duplicate_pair.
SELECT core.protect('registry.duplicate_scan');
CREATE POLICY "Administrators read duplicate scans" ON registry.duplicate_scan FOR SELECT TO hms_admin
    USING ((SELECT core.has_group('hms_admin')));

SELECT core.protect('registry.duplicate_pair');
CREATE POLICY "Administrators review duplicate pairs" ON registry.duplicate_pair FOR SELECT TO hms_admin
    USING ((SELECT core.has_group('hms_admin')));
