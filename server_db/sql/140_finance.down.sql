-- Undo 140_finance.sql (migration 0007 downgrade, applied as hms_owner). Audit rows of the dropped tables stay
-- (append-only).
DROP FUNCTION IF EXISTS billing.patient_charges(bigint);
DROP FUNCTION IF EXISTS billing.post_payer_payment(bigint, numeric, text);
DROP FUNCTION IF EXISTS billing.post_payer_payment_as(bigint, timestamptz, bigint, numeric, text);
DROP FUNCTION IF EXISTS billing.record_claim_response(bigint, text, numeric, text, text, jsonb, jsonb);
DROP FUNCTION IF EXISTS billing.claim_failed(bigint, text);
DROP FUNCTION IF EXISTS billing.claim_attempt(bigint, jsonb);
DROP FUNCTION IF EXISTS billing.create_claim(bigint);
DROP FUNCTION IF EXISTS billing.create_claim_as(bigint, timestamptz, bigint);
DROP FUNCTION IF EXISTS billing.close_cash(numeric, text, date);
DROP FUNCTION IF EXISTS billing.close_cash_as(bigint, timestamptz, date, numeric, text);
DROP FUNCTION IF EXISTS billing.cash_summary(date);
DROP FUNCTION IF EXISTS billing.refund_payment(bigint, numeric, text);
DROP FUNCTION IF EXISTS billing.take_payment(bigint, text, numeric, text);
DROP FUNCTION IF EXISTS billing.take_payment_as(bigint, timestamptz, bigint, text, numeric, text);
DROP FUNCTION IF EXISTS billing.lock_cashier(bigint, date);
DROP FUNCTION IF EXISTS billing.void_invoice(bigint, text);
DROP FUNCTION IF EXISTS billing.void_invoice_as(bigint, timestamptz, bigint, text);
DROP FUNCTION IF EXISTS billing.issue_invoice(bigint, bigint[], bigint, text);
DROP FUNCTION IF EXISTS billing.issue_invoice_as(bigint, timestamptz, bigint, bigint[], bigint, text);
DROP FUNCTION IF EXISTS billing.adjust_charge(bigint, text, numeric, text);
DROP FUNCTION IF EXISTS billing.invoice_account(bigint, bigint);
DROP FUNCTION IF EXISTS billing.check_amount(numeric, text);
DROP FUNCTION IF EXISTS billing.require_billing();
DROP TABLE IF EXISTS billing.payment;
DROP TABLE IF EXISTS billing.claim_item;
DROP TABLE IF EXISTS billing.claim;
DROP TABLE IF EXISTS billing.cash_close;
-- The charge status rule of 100_billing.sql, as it was.
CREATE OR REPLACE FUNCTION billing.charge_status_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.void_reason IS NOT DISTINCT FROM OLD.void_reason THEN
        RETURN NEW;
    END IF;
    IF OLD.status = 'void' THEN
        RAISE EXCEPTION 'charge % is void and cannot change', OLD.id USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF NEW.status = 'void' THEN
        IF length(btrim(coalesce(NEW.void_reason, ''))) < 5 THEN
            RAISE EXCEPTION 'voiding a charge needs a reason of at least 5 characters'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_charge_void_reason';
        END IF;
        NEW.void_reason := btrim(NEW.void_reason);
        RETURN NEW;
    END IF;
    IF NEW.void_reason IS DISTINCT FROM OLD.void_reason THEN
        RAISE EXCEPTION 'a void reason is given when voiding a charge' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT (OLD.status = 'open' AND NEW.status = 'invoiced') THEN
        RAISE EXCEPTION 'a charge goes from open to invoiced or void, and from invoiced to void only (not % to %)',
                        OLD.status, NEW.status USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION billing.charge_status_check() IS
    'BEFORE UPDATE OF status, void_reason on billing.charge: open -> invoiced -> void; void needs a reason, is final.';
DROP TABLE IF EXISTS billing.invoice_line;
DROP TABLE IF EXISTS billing.invoice;
DROP TABLE IF EXISTS billing.adjustment;
DROP FUNCTION IF EXISTS billing.next_number(text, integer);
DROP TABLE IF EXISTS billing.number_series;
DROP FUNCTION IF EXISTS billing.format_number(text, integer, integer);
DROP TRIGGER IF EXISTS coverage_check ON billing.coverage;
DROP FUNCTION IF EXISTS billing.coverage_check();
DROP TABLE IF EXISTS billing.coverage;
DROP TABLE IF EXISTS billing.coverage_rule;
DROP TABLE IF EXISTS billing.plan;
DROP TABLE IF EXISTS billing.payer;
DROP FUNCTION IF EXISTS billing.tax_rate_at(text, date);
DROP TABLE IF EXISTS billing.tax_rate;
DELETE FROM core.setting WHERE key IN ('hospital_address', 'hospital_tax_id', 'hospital_bank_account',
                                       'invoice_payment_days', 'claims_timeout_seconds', 'claims_max_attempts');
