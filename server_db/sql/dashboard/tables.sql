-- dashboard: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

CREATE SCHEMA dashboard;
COMMENT ON SCHEMA dashboard IS 'Materialized daily aggregates for the dashboards (no patient identity).';
