-- Undo 141_finance_reports.sql (migration 0007 downgrade, applied as hms_owner).
DROP FUNCTION IF EXISTS billing.claims_by_status();
DROP FUNCTION IF EXISTS billing.outstanding_ageing(date);
DROP FUNCTION IF EXISTS billing.revenue_by_department(date, date);
DROP FUNCTION IF EXISTS billing.charge_reconciliation();
