-- dashboard: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- The clinic day of each row is computed with the time zone looked up once (tz), not by calling
-- scheduling.local_day() per row: that function has its own search_path, so it is never inlined, and a call per
-- row made the refresh of 200,000 patients take 30 s instead of a fraction of a second.

-- Registrations per clinic day (the last 400 days).
CREATE MATERIALIZED VIEW IF NOT EXISTS dashboard.registrations_daily AS
SELECT (p.created_at AT TIME ZONE tz.name)::date AS day, count(*)::bigint AS registrations, now() AS refreshed_at
  FROM registry.patient p, (SELECT scheduling.clinic_timezone() AS name) tz
 WHERE p.created_at >= now() - interval '400 days' AND p.merged_into_id IS NULL
 GROUP BY 1
WITH DATA;
COMMENT ON MATERIALIZED VIEW dashboard.registrations_daily IS 'New patient records per clinic day (merged-away duplicates excluded).';

CREATE UNIQUE INDEX IF NOT EXISTS ux_registrations_daily ON dashboard.registrations_daily (day);

-- Outpatient appointments per clinic day and department: outcome counts and waiting times (check-in to call).
CREATE MATERIALIZED VIEW IF NOT EXISTS dashboard.outpatient_daily AS
SELECT (lower(a.period) AT TIME ZONE tz.name)::date AS day, a.department_id,
       count(*)::bigint AS booked,
       count(*) FILTER (WHERE a.status = 'completed')::bigint AS completed,
       count(*) FILTER (WHERE a.status = 'no_show')::bigint AS no_shows,
       count(*) FILTER (WHERE a.status = 'cancelled')::bigint AS cancelled,
       count(a.called_at) FILTER (WHERE a.checked_in_at IS NOT NULL)::bigint AS waits,
       (avg(extract(epoch FROM a.called_at - a.checked_in_at)) FILTER (WHERE a.called_at IS NOT NULL
                                                                      AND a.checked_in_at IS NOT NULL) / 60)::float8
           AS avg_wait_minutes,
       (percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM a.called_at - a.checked_in_at))
           FILTER (WHERE a.called_at IS NOT NULL AND a.checked_in_at IS NOT NULL) / 60)::float8 AS p90_wait_minutes,
       now() AS refreshed_at
  FROM scheduling.appointment a, (SELECT scheduling.clinic_timezone() AS name) tz
 WHERE a.period && tstzrange(now() - interval '400 days', now() + interval '60 days')
 GROUP BY 1, 2
WITH DATA;
COMMENT ON MATERIALIZED VIEW dashboard.outpatient_daily IS
    'Appointments per clinic day and department: booked, completed, no-shows, cancelled, waiting minutes.';

CREATE UNIQUE INDEX IF NOT EXISTS ux_outpatient_daily ON dashboard.outpatient_daily (day, department_id);

-- Revenue (charges that are not void) per service date and department of the encounter.
CREATE MATERIALIZED VIEW IF NOT EXISTS dashboard.revenue_daily AS
SELECT c.service_date AS day, coalesce(e.department_id, 0) AS department_id, c.currency,
       count(*)::bigint AS charges, sum(c.amount)::numeric(14,2) AS amount, now() AS refreshed_at
  FROM billing.charge c
  LEFT JOIN clinical.encounter e ON e.id = c.encounter_id
 WHERE c.status <> 'void' AND c.service_date >= current_date - 400
 GROUP BY 1, 2, 3
WITH DATA;
COMMENT ON MATERIALIZED VIEW dashboard.revenue_daily IS
    'Charged amounts (void excluded) per service date and department (0 = no encounter).';

CREATE UNIQUE INDEX IF NOT EXISTS ux_revenue_daily ON dashboard.revenue_daily (day, department_id, currency);

-- Refresh every stale view concurrently (views older than p_max_age); one session at a time per view
-- (advisory lock, others skip); returns how many views were refreshed. On a replica it does nothing.
CREATE OR REPLACE FUNCTION dashboard.refresh(p_max_age interval DEFAULT interval '5 minutes') RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_view text;
    v_at   timestamptz;
    n      integer := 0;
BEGIN
    IF core.current_staff_id() IS NULL THEN
        RAISE EXCEPTION 'only staff refresh dashboards'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('dashboard.staff_refresh_dashboards');
    END IF;
    IF pg_is_in_recovery() THEN
        RETURN 0;
    END IF;
    -- at least a minute; at most a year, beyond which now() - p_max_age overflows (and every view is younger)
    p_max_age := least(greatest(coalesce(p_max_age, interval '5 minutes'), interval '1 minute'), interval '1 year');
    FOREACH v_view IN ARRAY ARRAY['registrations_daily', 'outpatient_daily', 'revenue_daily'] LOOP
        EXECUTE format('SELECT max(refreshed_at) FROM dashboard.%I', v_view) INTO v_at;
        IF (v_at IS NULL OR v_at < now() - p_max_age)
           AND pg_try_advisory_xact_lock(hashtext('dashboard.' || v_view)) THEN
            EXECUTE format('REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard.%I', v_view);
            n := n + 1;
        END IF;
    END LOOP;
    RETURN n;
END
$$;
COMMENT ON FUNCTION dashboard.refresh(interval) IS
    'Refresh stale dashboard views without blocking readers; a no-op on a read-only replica.';

-- The look-back of a figure in days, checked: 0 to ten years (a larger one overflowed the date arithmetic into
-- "timestamp out of range").
CREATE OR REPLACE FUNCTION dashboard.look_back(p_days integer) RETURNS integer
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_days IS NULL OR p_days NOT BETWEEN 0 AND 3660 THEN
        RAISE EXCEPTION 'a figure looks back 0 to 3660 days'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('dashboard.figure_looks_back_0');
    END IF;
    RETURN p_days;
END
$$;
COMMENT ON FUNCTION dashboard.look_back(integer) IS 'The number of days a figure covers, or invalid_parameter_value.';

-- Beds per ward now, by state.
CREATE OR REPLACE FUNCTION dashboard.bed_occupancy()
RETURNS TABLE (ward text, beds bigint, occupied bigint, reserved bigint, cleaning bigint, out_of_service bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_admin', 'hms_nurse', 'hms_doctor', 'hms_reception'],
                               'this figure is for hms_admin, hms_nurse, hms_doctor, hms_reception only',
                               'dashboard.figure_admin_ward_reception');
    RETURN QUERY
    SELECT d.code, count(*), count(*) FILTER (WHERE b.state = 'occupied'), count(*) FILTER (WHERE b.state = 'reserved'),
           count(*) FILTER (WHERE b.state = 'cleaning'), count(*) FILTER (WHERE b.state = 'out_of_service')
      FROM adt.bed b JOIN core.department d ON d.id = b.ward_id
     WHERE b.active
     GROUP BY d.code ORDER BY d.code;
END
$$;
COMMENT ON FUNCTION dashboard.bed_occupancy() IS 'Beds per ward by state, now (counts only).';

-- Stays discharged in the last p_days, per ward of discharge: how many, average and longest length of stay.
CREATE OR REPLACE FUNCTION dashboard.length_of_stay(p_days integer DEFAULT 30)
RETURNS TABLE (ward text, discharges bigint, avg_days numeric, max_days numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_admin', 'hms_doctor', 'hms_nurse'],
                               'this figure is for hms_admin, hms_doctor, hms_nurse only',
                               'dashboard.figure_admin_doctor_nurse');
    RETURN QUERY
    SELECT d.code, count(*),
           round(avg(extract(epoch FROM a.discharged_at - a.admitted_at) / 86400)::numeric, 1),
           round(max(extract(epoch FROM a.discharged_at - a.admitted_at) / 86400)::numeric, 1)
      FROM adt.admission a JOIN core.department d ON d.id = a.ward_id
     WHERE a.discharged_at >= now() - make_interval(days => dashboard.look_back(p_days))
     GROUP BY d.code ORDER BY d.code;
END
$$;
COMMENT ON FUNCTION dashboard.length_of_stay(integer) IS 'Discharges and length of stay (days) per ward, last days.';

-- Lab turnaround (ordered -> released) of the results released in the last p_days, per test and priority.
CREATE OR REPLACE FUNCTION dashboard.lab_turnaround(p_days integer DEFAULT 30)
RETURNS TABLE (test text, priority text, released bigint, median_minutes numeric, p90_minutes numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_admin', 'hms_lab'], 'this figure is for hms_admin, hms_lab only',
                               'dashboard.figure_admin_lab');
    RETURN QUERY
    SELECT t.short_name, o.priority, count(*),
           round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM o.status_changed_at - o.ordered_at))
                  / 60)::numeric, 0),
           round((percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM o.status_changed_at - o.ordered_at))
                  / 60)::numeric, 0)
      FROM lab.lab_order o JOIN lab.test t ON t.code = o.test_code
     WHERE o.status = 'released' AND o.status_changed_at >= now() - make_interval(days => dashboard.look_back(p_days))
     GROUP BY t.short_name, o.priority ORDER BY t.short_name, o.priority;
END
$$;
COMMENT ON FUNCTION dashboard.lab_turnaround(integer) IS
    'Released lab results per test and priority, last days: count, median and 90th percentile turnaround (min).';

-- The lab's open work by step and priority, now.
CREATE OR REPLACE FUNCTION dashboard.lab_open_work()
RETURNS TABLE (status text, priority text, orders bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_admin', 'hms_lab'], 'this figure is for hms_admin, hms_lab only',
                               'dashboard.figure_admin_lab');
    RETURN QUERY
    SELECT o.status, o.priority, count(*) FROM lab.lab_order o
     WHERE o.status IN ('ordered', 'collected', 'received', 'resulted', 'verified')
     GROUP BY 1, 2;
END
$$;
COMMENT ON FUNCTION dashboard.lab_open_work() IS 'Lab orders not yet released, by step and priority.';

-- Stock per drug over all locations: drugs out of stock, below their reorder level, and units expiring within
-- p_days (or already expired and not yet written off).
CREATE OR REPLACE FUNCTION dashboard.stock_alerts(p_days integer DEFAULT 90)
RETURNS TABLE (drug text, on_hand bigint, reorder_level bigint, expiring bigint, expired bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM core.require_group(ARRAY['hms_admin', 'hms_pharmacist'],
                               'this figure is for hms_admin, hms_pharmacist only',
                               'dashboard.figure_admin_pharmacist');
    p_days := dashboard.look_back(p_days);
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
