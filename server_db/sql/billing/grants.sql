-- billing: privileges.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

GRANT USAGE ON SCHEMA billing TO hms_staff;

GRANT SELECT ON billing.price_item TO hms_staff;

GRANT INSERT (code, name, amount, currency, valid_from, valid_to, group_code), UPDATE (valid_to)
   ON billing.price_item TO hms_admin;

GRANT EXECUTE ON FUNCTION billing.local_day(timestamptz) TO hms_staff;

GRANT EXECUTE ON FUNCTION billing.price_item_at(text, date) TO hms_staff;

GRANT SELECT, UPDATE (status, void_reason) ON billing.charge TO hms_billing;

GRANT SELECT ON billing.tax_rate TO hms_billing, hms_admin;

GRANT INSERT (group_code, rate, label, valid_from, valid_to), UPDATE (valid_to) ON billing.tax_rate TO hms_admin;

GRANT EXECUTE ON FUNCTION billing.tax_rate_at(text, date) TO hms_billing, hms_admin;

GRANT SELECT ON billing.payer, billing.plan, billing.coverage_rule TO hms_billing, hms_admin;

GRANT INSERT (code, name, kind, identifier, active), UPDATE (name, active)
   ON billing.payer TO hms_admin;

GRANT INSERT (payer_id, code, name, active), UPDATE (name, active) ON billing.plan TO hms_admin;

GRANT INSERT (plan_id, group_code, coverage_percent, copay_amount), UPDATE (coverage_percent, copay_amount)
   ON billing.coverage_rule TO hms_admin;

GRANT SELECT, INSERT (patient_id, plan_id, member_number, valid_from, valid_to),
      UPDATE (valid_to, status, cancel_reason) ON billing.coverage TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.format_number(text, integer, integer) TO hms_billing;

GRANT SELECT ON billing.adjustment TO hms_billing;

GRANT SELECT ON billing.invoice TO hms_billing;

GRANT SELECT ON billing.invoice_line TO hms_billing;

GRANT SELECT ON billing.cash_close TO hms_billing;

GRANT SELECT ON billing.claim TO hms_billing;

GRANT SELECT ON billing.claim_item TO hms_billing;

GRANT SELECT ON billing.payment TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.invoice_account(bigint, bigint) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.adjust_charge(bigint, text, numeric, text) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.issue_invoice(bigint, bigint[], bigint, text) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.void_invoice(bigint, text) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.take_payment(bigint, text, numeric, text) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.refund_payment(bigint, numeric, text) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.cash_summary(date) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.close_cash(numeric, text, date) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.create_claim(bigint) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.post_payer_payment(bigint, numeric, text) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.patient_charges(bigint) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.charge_reconciliation() TO hms_billing, hms_auditor;

GRANT EXECUTE ON FUNCTION billing.revenue_by_department(date, date) TO hms_billing, hms_admin;

GRANT EXECUTE ON FUNCTION billing.outstanding_ageing(date) TO hms_billing;

GRANT EXECUTE ON FUNCTION billing.claims_by_status() TO hms_billing;
