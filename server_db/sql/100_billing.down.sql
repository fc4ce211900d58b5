-- Undo 100_billing.sql (migration 0003 downgrade, applied as hms_owner).
DROP TRIGGER IF EXISTS encounter_charge ON clinical.encounter;
DROP FUNCTION IF EXISTS billing.charge_closed_encounter();
DROP FUNCTION IF EXISTS billing.charge_consultation(bigint);
DROP FUNCTION IF EXISTS billing.consultation_price_code(bigint);
DROP TABLE IF EXISTS billing.charge;
DROP FUNCTION IF EXISTS billing.charge_status_check();
DROP FUNCTION IF EXISTS billing.price_item_at(text, date);
DROP FUNCTION IF EXISTS billing.local_day(timestamptz);
DROP TABLE IF EXISTS billing.price_item;
DROP SCHEMA IF EXISTS billing;
