-- insurance: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).
-- Every write except the administrator's payer settings goes through the definer functions of functions.sql: no
-- staff role has a policy (or a privilege) to insert or change a request, an answer, a query or a remittance.

SELECT core.protect('insurance.payer_policy');
CREATE POLICY "Billing and admins read payer policies" ON insurance.payer_policy FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add payer policies" ON insurance.payer_policy FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change payer policies" ON insurance.payer_policy FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('insurance.item_code');
CREATE POLICY "Billing and admins read payer item codes" ON insurance.item_code FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add payer item codes" ON insurance.item_code FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change payer item codes" ON insurance.item_code FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('insurance.request');
CREATE POLICY "Billing reads payer requests" ON insurance.request FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('insurance.message');
CREATE POLICY "Billing reads payer messages" ON insurance.message FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('insurance.eligibility');
CREATE POLICY "Billing reads eligibility answers" ON insurance.eligibility FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('insurance.preauthorization');
CREATE POLICY "Billing reads pre-authorisations" ON insurance.preauthorization FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('insurance.preauthorization_item');
CREATE POLICY "Billing reads pre-authorisation items" ON insurance.preauthorization_item FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('insurance.payer_query');
CREATE POLICY "Billing reads payer queries" ON insurance.payer_query FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('insurance.query_attachment');
CREATE POLICY "Billing reads query attachments" ON insurance.query_attachment FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('insurance.remittance');
CREATE POLICY "Billing reads remittances" ON insurance.remittance FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('insurance.remittance_line');
CREATE POLICY "Billing reads remittance lines" ON insurance.remittance_line FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));
