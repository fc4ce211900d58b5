-- Reference data of adt: loaded after the tables and functions, before core.protect() (server_db/sqlfiles.py).

-- ---------------------------------------------------------------------------------------------------
-- Price list: bed-days (see the census rule above)
-- ---------------------------------------------------------------------------------------------------
INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) VALUES
    ('BED-DEFAULT', 'Inpatient bed-day', 380.00, 'GBP', DATE '2020-01-01', NULL, 'bed_day'),
    ('BED-MEDW', 'Medical ward bed-day', 350.00, 'GBP', DATE '2020-01-01', NULL, 'bed_day'),
    ('BED-SURGW', 'Surgical ward bed-day', 420.00, 'GBP', DATE '2020-01-01', NULL, 'bed_day');

INSERT INTO core.setting (key, value, description) VALUES
    ('mar_late_minutes', '60', 'Minutes after its scheduled time when a dose not yet recorded counts as late.');
