-- Reference data of billing: loaded after the tables and functions, before core.protect() (server_db/sqlfiles.py).

-- BEGIN GENERATED FROM resources/price_list.csv BY resources/build_icd10_sql.py (do not edit)
INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) VALUES
    ('CONS-DEFAULT', 'Outpatient consultation', 60.00, 'GBP', DATE '2020-01-01', NULL, 'consultation'),
    ('CONS-GEN', 'General medicine consultation', 60.00, 'GBP', DATE '2020-01-01', DATE '2025-12-31', 'consultation'),
    ('CONS-GEN', 'General medicine consultation', 65.00, 'GBP', DATE '2026-01-01', NULL, 'consultation'),
    ('CONS-CARD', 'Cardiology consultation', 120.00, 'GBP', DATE '2020-01-01', NULL, 'consultation'),
    ('CONS-PED', 'Paediatric consultation', 70.00, 'GBP', DATE '2020-01-01', NULL, 'consultation'),
    ('CONS-ER', 'Emergency department attendance', 180.00, 'GBP', DATE '2020-01-01', NULL, 'consultation'),
    ('TELE-GEN', 'Telemedicine consultation', 45.00, 'GBP', DATE '2020-01-01', NULL, 'consultation');
-- END GENERATED FROM resources/price_list.csv

-- =====================================================================================================
-- billing (second part): taxes, adjustments, invoices with gapless numbers, credit notes, payments and
-- receipts, the daily cash close, payers, plans, coverage and FHIR claims. Applied as hms_owner by migration
-- 0007 (140_finance.down.sql undoes it). Reports and the charge reconciliation are in 141_finance_reports.sql.
--
-- Who may do what:
--   * hms_billing reads charges, invoices, payments, coverage and claims, and changes them ONLY through the
--     SECURITY DEFINER functions below (each checks the caller is in hms_billing itself); it maintains
--     patients' coverage with column grants. Billing never reads clinical notes or results: what it learns of
--     a charge's clinical event is the kind, date, department and clinician (billing.patient_charges).
--   * hms_admin maintains the reference data: tax rates, payers, plans and coverage rules.
--   * clinical staff have no grant on anything here: they cannot issue, void or pay.
--
-- Gapless numbering: invoice, credit note and receipt numbers come from billing.number_series, one counter
-- row per (series, year), incremented by an UPDATE inside the issuing transaction. The row lock is held until
-- that transaction ends: a rollback undoes the increment, a commit keeps it, so committed numbers are
-- 1, 2, 3, ... without gaps or duplicates (a sequence would leave a gap for every rollback). The price is
-- that issuers of one series wait for each other's commit; an issuing transaction is short.
--
-- Money: prices are net; tax is added per line at the rate of the price item's group valid on the service
-- date (billing.tax_rate, 0 % when the group has none: clinical services are exempt by default). With a
-- coverage the payer takes coverage_percent of each line after the plan's co-pay; the patient the rest.
-- Nothing is deleted or edited: a wrong invoice is voided by a credit note (its charges become open again),
-- a payment is refunded by a negative payment, a charge is adjusted by discount or correction rows.
-- =====================================================================================================
INSERT INTO core.setting (key, value, description) VALUES
    ('hospital_address', '"1 Infirmary Road, Exampleton EX1 2AB, United Kingdom"',
     'Postal address printed in the header of invoices and receipts.'),
    ('hospital_tax_id', '"GB 123 4567 89"', 'Tax (VAT) registration number printed on invoices.'),
    ('hospital_bank_account', '"Exampleton Bank · Sort code 12-34-56 · Account 12345678"',
     'Bank details printed on invoices for bank transfers.'),
    ('invoice_payment_days', '30', 'Days after issue an invoice is due.'),
    ('claims_timeout_seconds', '10', 'Seconds the claims adapter waits for the insurance API before retrying.'),
    ('claims_max_attempts', '3', 'Attempts of the claims adapter per submission (retries use the same '
                                 'idempotency key, so the payer never registers a claim twice).');

INSERT INTO billing.tax_rate (group_code, rate, label, valid_from) VALUES
    ('consultation', 0, 'Exempt (medical care)', DATE '2020-01-01'),
    ('lab_test', 0, 'Exempt (medical care)', DATE '2020-01-01'),
    ('drug', 0, 'Zero rated (prescribed medicine)', DATE '2020-01-01'),
    ('bed_day', 0, 'Exempt (medical care)', DATE '2020-01-01');
