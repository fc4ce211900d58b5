-- Undo 160_adt_admin.sql (migration 0009 downgrade, applied as hms_owner).
DROP TRIGGER IF EXISTS ward_department_check ON core.department;
DROP FUNCTION IF EXISTS adt.ward_department_check();
DROP TRIGGER IF EXISTS bed_admin_check ON adt.bed;
DROP FUNCTION IF EXISTS adt.bed_admin_check();
DROP TRIGGER IF EXISTS room_admin_check ON adt.room;
DROP FUNCTION IF EXISTS adt.room_admin_check();
