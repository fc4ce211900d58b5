-- Undo 153_dashboards_departments.sql.
DROP FUNCTION IF EXISTS dashboard.stock_alerts(integer);
DROP FUNCTION IF EXISTS dashboard.lab_open_work();
DROP FUNCTION IF EXISTS dashboard.lab_turnaround(integer);
DROP FUNCTION IF EXISTS dashboard.length_of_stay(integer);
DROP FUNCTION IF EXISTS dashboard.bed_occupancy();
DROP FUNCTION IF EXISTS dashboard.require(text[]);
DROP INDEX IF EXISTS adt.ix_admission_discharged_at;
DROP INDEX IF EXISTS lab.ix_lab_order_released;
