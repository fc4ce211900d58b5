-- Reference data of core: loaded after the tables and functions, before core.protect() (server_db/sqlfiles.py).

INSERT INTO core.setting (key, value, description) VALUES
    ('break_glass_hours', '4', 'How long an emergency (break-glass) chart access lasts, in hours.'),
    ('idle_lock_minutes', '10', 'Minutes of inactivity before a workstation locks.'),
    ('hospital_name', '"Hospital Desktop General Hospital"', 'Name printed on wristbands, labels and documents.');

INSERT INTO core.setting (key, value, description) VALUES
    ('hospital_logo', 'null', 'Logo for printouts: {"mime": "image/png"|"image/jpeg", "data": base64}, at most 256 kB.'),
    ('currency', '"GBP"', 'ISO 4217 code of the currency prices and invoices are in.'),
    ('tax_label', '"VAT"', 'Name of the sales tax on invoices (the rates per item group are billing.tax_rate).')
ON CONFLICT (key) DO NOTHING;

-- Login protection (core/functions.sql 'Login protection'); the migration that added them inserts the same rows.
INSERT INTO core.setting (key, value, description) VALUES
    ('login_lock_after', '10', 'A login is locked after this many failed logins (password or code) in the window.'),
    ('login_lock_window_minutes', '15', 'Minutes over which failed logins are counted for the lock.'),
    ('second_factor_hours', '12', 'Hours a session stays verified after its second-factor code (a shift).')
ON CONFLICT (key) DO NOTHING;

-- The language and formats of screens and printouts where a staff member has not chosen their own (core.staff).
INSERT INTO core.setting (key, value, description) VALUES
    ('language', '"en"', 'Language of screens and printouts (en, fr, es, ar) where a staff member has not chosen one.'),
    ('locale', '"en_GB"', 'How dates, numbers and money are written (e.g. en_GB, fr_FR, ar_EG) by default.')
ON CONFLICT (key) DO NOTHING;
