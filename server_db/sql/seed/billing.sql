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

INSERT INTO core.setting (key, value, description) VALUES
    ('hospital_address', '"1 Infirmary Road, Exampleton EX1 2AB, United Kingdom"',
     'Postal address printed in the header of invoices and receipts.'),
    ('hospital_tax_id', '"GB 123 4567 89"', 'Tax (VAT) registration number printed on invoices.'),
    ('hospital_bank_account', '"Exampleton Bank · Sort code 12-34-56 · Account 12345678"',
     'Bank details printed on invoices for bank transfers.'),
    ('invoice_payment_days', '30', 'Days after issue an invoice is due.');

INSERT INTO billing.tax_rate (group_code, rate, label, valid_from) VALUES
    ('consultation', 0, 'Exempt (medical care)', DATE '2020-01-01'),
    ('lab_test', 0, 'Exempt (medical care)', DATE '2020-01-01'),
    ('drug', 0, 'Zero rated (prescribed medicine)', DATE '2020-01-01'),
    ('bed_day', 0, 'Exempt (medical care)', DATE '2020-01-01');
