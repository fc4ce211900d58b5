-- =====================================================================================================
-- dashboard (second part): the departments' figures for the dashboards. Applied as hms_owner by migration 0008
-- (153_dashboards_departments.down.sql undoes it).
--
-- Bed occupancy, length of stay, lab turnaround and stock alerts are aggregates over tables that the roles who
-- need the figures may not read row by row (an administrator sees no admissions or lab orders). Each is a
-- SECURITY DEFINER function that returns counts and times only — never a patient — and checks the caller's
-- groups itself. They read small, indexed sets (current beds, the last days' discharges and releases, stock
-- lots), so they stay fast whatever the number of patients, and they are plain reads (a replica can serve them).
-- =====================================================================================================

-- Released lab orders by release time: the turnaround figures read the last days only.
CREATE INDEX ix_lab_order_released ON lab.lab_order (status_changed_at) WHERE status = 'released';
-- Discharges by time: length of stay reads the last days only.
CREATE INDEX ix_admission_discharged_at ON adt.admission (discharged_at) WHERE discharged_at IS NOT NULL;

CREATE FUNCTION dashboard.require(p_groups text[]) RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF core.current_staff_id() IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(p_groups) g WHERE core.has_group(g)) THEN
        RAISE EXCEPTION 'this figure is for % only', array_to_string(p_groups, ', ')
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;
COMMENT ON FUNCTION dashboard.require(text[]) IS 'Refuse unless the caller is active staff in one of the groups.';

-- Beds per ward now, by state.
CREATE FUNCTION dashboard.bed_occupancy()
RETURNS TABLE (ward text, beds bigint, occupied bigint, reserved bigint, cleaning bigint, out_of_service bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM dashboard.require(ARRAY['hms_admin', 'hms_nurse', 'hms_doctor', 'hms_reception']);
    RETURN QUERY
    SELECT d.code, count(*), count(*) FILTER (WHERE b.state = 'occupied'), count(*) FILTER (WHERE b.state = 'reserved'),
           count(*) FILTER (WHERE b.state = 'cleaning'), count(*) FILTER (WHERE b.state = 'out_of_service')
      FROM adt.bed b JOIN core.department d ON d.id = b.ward_id
     WHERE b.active
     GROUP BY d.code ORDER BY d.code;
END
$$;
COMMENT ON FUNCTION dashboard.bed_occupancy() IS 'Beds per ward by state, now (counts only).';
GRANT EXECUTE ON FUNCTION dashboard.bed_occupancy() TO hms_admin, hms_nurse, hms_doctor, hms_reception;

-- Stays discharged in the last p_days, per ward of discharge: how many, average and longest length of stay.
CREATE FUNCTION dashboard.length_of_stay(p_days integer DEFAULT 30)
RETURNS TABLE (ward text, discharges bigint, avg_days numeric, max_days numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM dashboard.require(ARRAY['hms_admin', 'hms_doctor', 'hms_nurse']);
    RETURN QUERY
    SELECT d.code, count(*),
           round(avg(extract(epoch FROM a.discharged_at - a.admitted_at) / 86400)::numeric, 1),
           round(max(extract(epoch FROM a.discharged_at - a.admitted_at) / 86400)::numeric, 1)
      FROM adt.admission a JOIN core.department d ON d.id = a.ward_id
     WHERE a.discharged_at >= now() - make_interval(days => p_days)
     GROUP BY d.code ORDER BY d.code;
END
$$;
COMMENT ON FUNCTION dashboard.length_of_stay(integer) IS 'Discharges and length of stay (days) per ward, last days.';
GRANT EXECUTE ON FUNCTION dashboard.length_of_stay(integer) TO hms_admin, hms_doctor, hms_nurse;

-- Lab turnaround (ordered -> released) of the results released in the last p_days, per test and priority.
CREATE FUNCTION dashboard.lab_turnaround(p_days integer DEFAULT 30)
RETURNS TABLE (test text, priority text, released bigint, median_minutes numeric, p90_minutes numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM dashboard.require(ARRAY['hms_admin', 'hms_lab']);
    RETURN QUERY
    SELECT t.short_name, o.priority, count(*),
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.status_changed_at - o.ordered_at))
                  / 60)::numeric, 0),
           round((percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM o.status_changed_at - o.ordered_at))
                  / 60)::numeric, 0)
      FROM lab.lab_order o JOIN lab.test t ON t.code = o.test_code
     WHERE o.status = 'released' AND o.status_changed_at >= now() - make_interval(days => p_days)
     GROUP BY t.short_name, o.priority ORDER BY t.short_name, o.priority;
END
$$;
COMMENT ON FUNCTION dashboard.lab_turnaround(integer) IS
    'Released lab results per test and priority, last days: count, median and 90th percentile turnaround (min).';
GRANT EXECUTE ON FUNCTION dashboard.lab_turnaround(integer) TO hms_admin, hms_lab;

-- The lab's open work by step and priority, now.
CREATE FUNCTION dashboard.lab_open_work()
RETURNS TABLE (status text, priority text, orders bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM dashboard.require(ARRAY['hms_admin', 'hms_lab']);
    RETURN QUERY
    SELECT o.status, o.priority, count(*) FROM lab.lab_order o
     WHERE o.status IN ('ordered', 'collected', 'received', 'resulted', 'verified')
     GROUP BY 1, 2;
END
$$;
COMMENT ON FUNCTION dashboard.lab_open_work() IS 'Lab orders not yet released, by step and priority.';
GRANT EXECUTE ON FUNCTION dashboard.lab_open_work() TO hms_admin, hms_lab;

-- Stock per drug over all locations: drugs out of stock, below their reorder level, and units expiring within
-- p_days (or already expired and not yet written off).
CREATE FUNCTION dashboard.stock_alerts(p_days integer DEFAULT 90)
RETURNS TABLE (drug text, on_hand bigint, reorder_level bigint, expiring bigint, expired bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM dashboard.require(ARRAY['hms_admin', 'hms_pharmacist']);
    RETURN QUERY
    SELECT g.generic_name || ' ' || g.strength, coalesce(sum(l.quantity), 0)::bigint, g.reorder_level::bigint,
           coalesce(sum(l.quantity) FILTER (WHERE l.expiry_date >= current_date
                                              AND l.expiry_date < current_date + p_days), 0)::bigint,
           coalesce(sum(l.quantity) FILTER (WHERE l.expiry_date < current_date), 0)::bigint
      FROM pharmacy.drug g LEFT JOIN pharmacy.stock_lot l ON l.drug_id = g.id AND l.quantity > 0
     WHERE g.active
     GROUP BY g.id
    HAVING coalesce(sum(l.quantity), 0) <= g.reorder_level
        OR coalesce(sum(l.quantity) FILTER (WHERE l.expiry_date < current_date + p_days), 0) > 0
     ORDER BY coalesce(sum(l.quantity), 0) = 0 DESC, 1;
END
$$;
COMMENT ON FUNCTION dashboard.stock_alerts(integer) IS
    'Drugs out of stock or below reorder level, and units expiring soon or expired (all locations).';
GRANT EXECUTE ON FUNCTION dashboard.stock_alerts(integer) TO hms_admin, hms_pharmacist;
