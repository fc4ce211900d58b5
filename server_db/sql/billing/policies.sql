-- billing: row-level security: core.protect() per table, then its policies.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

SELECT core.protect('billing.price_item');
CREATE POLICY "The price list is visible to staff" ON billing.price_item FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add prices" ON billing.price_item FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins end prices" ON billing.price_item FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('billing.charge');
CREATE POLICY "Billing reads every charge" ON billing.charge FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));
CREATE POLICY "Billing invoices and voids charges" ON billing.charge FOR UPDATE TO hms_billing
    USING ((SELECT core.has_group('hms_billing'))) WITH CHECK (true);

SELECT core.protect('billing.tax_rate');
CREATE POLICY "Billing and admins read tax rates" ON billing.tax_rate FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add tax rates" ON billing.tax_rate FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins end tax rates" ON billing.tax_rate FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('billing.payer');
CREATE POLICY "Billing and admins read payers" ON billing.payer FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add payers" ON billing.payer FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change payers" ON billing.payer FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('billing.plan');
CREATE POLICY "Billing and admins read plans" ON billing.plan FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add plans" ON billing.plan FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change plans" ON billing.plan FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('billing.coverage_rule');
CREATE POLICY "Billing and admins read coverage rules" ON billing.coverage_rule FOR SELECT TO hms_billing, hms_admin
    USING ((SELECT core.has_group('hms_billing') OR core.has_group('hms_admin')));
CREATE POLICY "Admins add coverage rules" ON billing.coverage_rule FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins change coverage rules" ON billing.coverage_rule FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

SELECT core.protect('billing.coverage');
CREATE POLICY "Billing reads coverage" ON billing.coverage FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));
CREATE POLICY "Billing records coverage" ON billing.coverage FOR INSERT TO hms_billing
    WITH CHECK ((SELECT core.has_group('hms_billing')) AND status = 'active' AND cancel_reason IS NULL);
CREATE POLICY "Billing ends or cancels coverage" ON billing.coverage FOR UPDATE TO hms_billing
    USING ((SELECT core.has_group('hms_billing'))) WITH CHECK (true);

SELECT core.protect('billing.number_series');

SELECT core.protect('billing.adjustment');
CREATE POLICY "Billing reads adjustments" ON billing.adjustment FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('billing.invoice');
CREATE POLICY "Billing reads invoices" ON billing.invoice FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('billing.invoice_line');
CREATE POLICY "Billing reads invoice lines" ON billing.invoice_line FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('billing.cash_close');
CREATE POLICY "Billing reads cash closes" ON billing.cash_close FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('billing.claim');
CREATE POLICY "Billing reads claims" ON billing.claim FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('billing.claim_item');
CREATE POLICY "Billing reads claim items" ON billing.claim_item FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));

SELECT core.protect('billing.payment');
CREATE POLICY "Billing reads payments" ON billing.payment FOR SELECT TO hms_billing
    USING ((SELECT core.has_group('hms_billing')));
