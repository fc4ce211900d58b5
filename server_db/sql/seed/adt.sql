-- Reference data of adt: loaded after the tables and functions, before core.protect() (server_db/sqlfiles.py).

-- ---------------------------------------------------------------------------------------------------
-- Price list: bed-days (see the census rule above)
-- ---------------------------------------------------------------------------------------------------
INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) VALUES
    ('BED-DEFAULT', 'Inpatient bed-day', 380.00, 'GBP', DATE '2020-01-01', NULL, 'bed_day'),
    ('BED-MEDW', 'Medical ward bed-day', 350.00, 'GBP', DATE '2020-01-01', NULL, 'bed_day'),
    ('BED-SURGW', 'Surgical ward bed-day', 420.00, 'GBP', DATE '2020-01-01', NULL, 'bed_day');

-- =====================================================================================================
-- adt: the medication administration record (MAR). Applied as hms_owner by migration 0006 after 130_adt.sql;
-- needs the pharmacy schema (120_pharmacy.sql, migration 0005). 138_adt_mar.down.sql undoes it.
--
-- Scheduled doses. The active prescriptions written in a stay's encounter become scheduled doses: every
-- standard administration time of the prescription's frequency (pharmacy.frequency.administration_times,
-- wall-clock times in core.setting clinic_timezone) from the moment it was written, for its duration_days
-- (open-ended without one), within the stay, until it is completed or cancelled. WEEKLY falls on the weekday it
-- was written, STAT is one dose at the moment it was written, PRN (when required) has no schedule: its doses
-- are recorded when given (scheduled_at NULL). The schedule is computed, never stored (adt.dose_times), so a
-- changed prescription never leaves stale rows behind; what is stored is what happened.
--
-- Recording a dose (adt.record_administration): given, held or refused (held and refused with a reason), only
-- by a nurse or doctor of the patient's ward or the stay's attending / admitting doctor, only for a time of the
-- schedule that is due (not more than an hour ahead), once per scheduled dose (uq_medication_administration_dose),
-- and only with the patient's wristband scanned: the scanned MRN must resolve (registry.resolve_mrn, so a
-- merged record's old wristband still works) to the prescription's patient, else nothing is recorded. A dose
-- recorded more than core.setting 'mar_late_minutes' (default 60) after its time is marked late, and the chart
-- shows unrecorded doses past that time as late. A wrong entry is marked entered_in_error with a reason
-- (adt.void_administration); nothing is deleted.
-- =====================================================================================================
INSERT INTO core.setting (key, value, description) VALUES
    ('mar_late_minutes', '60', 'Minutes after its scheduled time when a dose not yet recorded counts as late.');
