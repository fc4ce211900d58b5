-- =====================================================================================================
-- adt maintenance: the administrator keeps the wards' rooms and beds. Applied as hms_owner by migration 0009
-- (160_adt_admin.down.sql undoes it).
--
-- 130_adt.sql already gives hms_admin INSERT/UPDATE by column on adt.room and adt.bed (RLS policies for the
-- group, audit triggers on both tables). This file adds the rules those plain writes must obey, as BEFORE ROW
-- triggers rather than SECURITY DEFINER "maintenance functions": whatever writes the row (the admin screen,
-- psql as an administrator, a future import tool) meets the same rules, the audit trigger records the
-- administrator's own login as the actor, and nothing in 130 has to change. The triggers are named so they
-- fire before 130's room_check / bed_check (triggers fire in name order), so the clearer messages below win.
--
--   * codes are trimmed and upper-cased ("medw-7" -> "MEDW-7"), names and labels trimmed;
--   * a room or bed belongs to a ward: a department of kind inpatient that is open;
--   * a bed is added (or reactivated) only in an active room; a room is deactivated only when none of its beds
--     is in use; a bed is deactivated only when no patient lies in it (open adt.bed_occupancy row or state
--     occupied) and it is not reserved; an inactive bed is never reserved or occupied;
--   * a ward is closed, or changes kind, only when it has no rooms in use.
-- Races: a bed insert / reactivation locks its room FOR SHARE, which waits for (and then sees) a concurrent
-- room deactivation and makes that deactivation wait for it; the deactivation of a bed holds the bed's row lock,
-- which adt.admit / transfer take too (adt.lock_beds_and_patient), so an admission and a deactivation of the same
-- bed queue and the second sees the first. Refusals are SQLSTATE 23514 (bad input) or 55000 (not now: empty it
-- first), both shown by the client (core/errors.py) as the sentence itself.
--
-- Already true before this file, and left as it is: adt.assert_bed_available (admit, transfer) refuses an
-- inactive bed; the client's free-bed pickers and the bed board list active beds only; the occupancy dashboard
-- (dashboard.bed_occupancy, 153) counts active beds only.
-- =====================================================================================================

CREATE FUNCTION adt.room_admin_check() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_ward   core.department;
    v_count  bigint;
    v_labels text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.code := upper(btrim(coalesce(NEW.code, '')));
        IF NEW.code !~ '^[A-Z][A-Z0-9_-]{1,31}$' THEN
            RAISE EXCEPTION 'a room code is 2 to 32 letters, digits, "-" or "_", starting with a letter (not "%")',
                            NEW.code USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_room_code';
        END IF;
    END IF;
    NEW.name := btrim(NEW.name);
    IF TG_OP = 'INSERT' OR (NEW.active AND NOT OLD.active) OR NEW.ward_id IS DISTINCT FROM OLD.ward_id THEN
        SELECT * INTO v_ward FROM core.department d WHERE d.id = NEW.ward_id FOR SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no department with id %', NEW.ward_id USING ERRCODE = 'foreign_key_violation',
                CONSTRAINT = 'fk_room_ward_id_department';
        END IF;
        IF v_ward.kind <> 'inpatient' THEN
            RAISE EXCEPTION '% (%) is not a ward: rooms and beds belong to departments of kind inpatient',
                            v_ward.code, v_ward.name USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_room_ward';
        END IF;
        IF NEW.active AND NOT v_ward.active THEN
            RAISE EXCEPTION 'ward % is closed: reopen it before adding or reactivating rooms', v_ward.code
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.active AND NOT NEW.active THEN
        SELECT count(*), string_agg(b.label, ', ' ORDER BY b.label) INTO v_count, v_labels
          FROM adt.bed b WHERE b.room_id = OLD.id AND b.active;
        IF v_count > 0 THEN
            RAISE EXCEPTION 'room % still has % bed(s) in use (%): deactivate its beds first', OLD.code, v_count,
                            v_labels USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION adt.room_admin_check() IS
    'Room maintenance rules: code normalised, the ward is an open inpatient department, a room is deactivated '
    'only when none of its beds is in use.';
CREATE TRIGGER room_admin_check BEFORE INSERT OR UPDATE OF ward_id, name, active ON adt.room
    FOR EACH ROW EXECUTE FUNCTION adt.room_admin_check();

CREATE FUNCTION adt.bed_admin_check() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_room  adt.room;
    v_ward  core.department;
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.code := upper(btrim(coalesce(NEW.code, '')));
        IF NEW.code !~ '^[A-Z][A-Z0-9_-]{1,31}$' THEN
            RAISE EXCEPTION 'a bed code is 2 to 32 letters, digits, "-" or "_", starting with a letter (not "%")',
                            NEW.code USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_bed_code';
        END IF;
    END IF;
    NEW.label := btrim(NEW.label);
    IF TG_OP = 'INSERT' OR (NEW.active AND NOT OLD.active) THEN
        SELECT * INTO v_room FROM adt.room r WHERE r.id = NEW.room_id FOR SHARE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no room with id %', NEW.room_id USING ERRCODE = 'foreign_key_violation',
                CONSTRAINT = 'fk_bed_room_ward';
        END IF;
        NEW.ward_id := coalesce(NEW.ward_id, v_room.ward_id);  -- the room says which ward
        IF NEW.ward_id <> v_room.ward_id THEN
            RAISE EXCEPTION 'room % is not on that ward: a bed lies on the ward of its room', v_room.code
                USING ERRCODE = 'check_violation', CONSTRAINT = 'fk_bed_room_ward';
        END IF;
        SELECT * INTO v_ward FROM core.department d WHERE d.id = v_room.ward_id;
        IF v_ward.kind <> 'inpatient' THEN
            RAISE EXCEPTION '% (%) is not a ward: beds belong to rooms of departments of kind inpatient',
                            v_ward.code, v_ward.name USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_room_ward';
        END IF;
        IF NEW.active AND NOT v_room.active THEN
            RAISE EXCEPTION 'room % is deactivated: reactivate the room before adding or reactivating its beds',
                            v_room.code USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF NEW.active AND NOT v_ward.active THEN
            RAISE EXCEPTION 'ward % is closed: reopen it before adding or reactivating beds', v_ward.code
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.active AND NOT NEW.active THEN
        IF OLD.state = 'occupied' OR EXISTS (SELECT 1 FROM adt.bed_occupancy o
                                              WHERE o.bed_id = OLD.id AND o.ended_at IS NULL) THEN
            RAISE EXCEPTION 'bed % is occupied by a patient: transfer or discharge first', OLD.label
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF OLD.state = 'reserved' THEN
            RAISE EXCEPTION 'bed % is reserved (%): release the reservation first', OLD.label,
                            coalesce(OLD.state_reason, 'no reason given')
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    END IF;
    IF NOT NEW.active AND NEW.state IN ('occupied', 'reserved') THEN
        RAISE EXCEPTION 'bed % is no longer in use', NEW.label USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION adt.bed_admin_check() IS
    'Bed maintenance rules: code normalised, added or reactivated only in an active room of an open ward, '
    'deactivated only when nobody lies in it and it is not reserved; an inactive bed is never reserved.';
CREATE TRIGGER bed_admin_check BEFORE INSERT OR UPDATE OF room_id, ward_id, label, active, state ON adt.bed
    FOR EACH ROW EXECUTE FUNCTION adt.bed_admin_check();

-- A ward is closed, or stops being a ward, only when it has no rooms in use.
CREATE FUNCTION adt.ward_department_check() RETURNS trigger
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_count bigint;
    v_codes text;
BEGIN
    IF OLD.kind = 'inpatient' AND ((OLD.active AND NOT NEW.active) OR NEW.kind <> 'inpatient') THEN
        SELECT count(*), string_agg(r.code, ', ' ORDER BY r.code) INTO v_count, v_codes
          FROM adt.room r WHERE r.ward_id = OLD.id AND r.active;
        IF v_count > 0 THEN
            RAISE EXCEPTION 'ward % still has % room(s) in use (%): deactivate its rooms and beds first%',
                            OLD.code, v_count, left(v_codes, 200),
                            CASE WHEN NEW.kind <> 'inpatient' THEN ' before it becomes ' || NEW.kind ELSE '' END
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION adt.ward_department_check() IS
    'A ward (inpatient department) is closed or changes kind only when none of its rooms is in use.';
CREATE TRIGGER ward_department_check BEFORE UPDATE OF kind, active ON core.department
    FOR EACH ROW EXECUTE FUNCTION adt.ward_department_check();
