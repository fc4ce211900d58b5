-- =====================================================================================================
-- dashboard: aggregates for the role dashboards, kept fast at scale. Applied as hms_owner by migration 0008.
--
-- Heavy aggregates are materialized views of daily figures per department (a few thousand rows whatever the
-- number of patients), each with a unique index so dashboard.refresh() can REFRESH ... CONCURRENTLY: readers
-- keep reading the previous contents while it runs, nobody is blocked. They hold counts and sums only, no
-- patient identity; which role reads which is decided by grants (below). Every row carries the refresh time,
-- so the client shows how fresh a chart is and refresh() knows what is stale. Clients call
-- dashboard.refresh() (cheap when nothing is stale; skipped on a read-only replica, where the dashboards then
-- read what the primary last refreshed and streamed). Per-person figures (a doctor's own patients today)
-- are not here: they are read from the base tables through row-level security.
-- =====================================================================================================
-- REFRESH ... CONCURRENTLY builds its diff in a temporary table: the owner needs TEMP on the database (granted
-- by the migration's superuser connection).
RESET ROLE;
DO $temp$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO hms_owner', current_database()); END $temp$;
SET LOCAL ROLE hms_owner;

CREATE SCHEMA dashboard;
COMMENT ON SCHEMA dashboard IS 'Materialized daily aggregates for the dashboards (no patient identity).';
GRANT USAGE ON SCHEMA dashboard TO hms_staff;

-- The clinic day of each row is computed with the time zone looked up once (tz), not by calling
-- scheduling.local_day() per row: that function has its own search_path, so it is never inlined, and a call per
-- row made the refresh of 200,000 patients take 30 s instead of a fraction of a second.

-- Registrations per clinic day (the last 400 days).
CREATE MATERIALIZED VIEW dashboard.registrations_daily AS
SELECT (p.created_at AT TIME ZONE tz.name)::date AS day, count(*)::bigint AS registrations, now() AS refreshed_at
  FROM registry.patient p, (SELECT scheduling.clinic_timezone() AS name) tz
 WHERE p.created_at >= now() - interval '400 days' AND p.merged_into_id IS NULL
 GROUP BY 1
WITH DATA;
CREATE UNIQUE INDEX ux_registrations_daily ON dashboard.registrations_daily (day);
COMMENT ON MATERIALIZED VIEW dashboard.registrations_daily IS 'New patient records per clinic day (merged-away duplicates excluded).';

-- Outpatient appointments per clinic day and department: outcome counts and waiting times (check-in to call).
CREATE MATERIALIZED VIEW dashboard.outpatient_daily AS
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
CREATE UNIQUE INDEX ux_outpatient_daily ON dashboard.outpatient_daily (day, department_id);
COMMENT ON MATERIALIZED VIEW dashboard.outpatient_daily IS
    'Appointments per clinic day and department: booked, completed, no-shows, cancelled, waiting minutes.';

-- Revenue (charges that are not void) per service date and department of the encounter.
CREATE MATERIALIZED VIEW dashboard.revenue_daily AS
SELECT c.service_date AS day, coalesce(e.department_id, 0) AS department_id, c.currency,
       count(*)::bigint AS charges, sum(c.amount)::numeric(14,2) AS amount, now() AS refreshed_at
  FROM billing.charge c
  LEFT JOIN clinical.encounter e ON e.id = c.encounter_id
 WHERE c.status <> 'void' AND c.service_date >= current_date - 400
 GROUP BY 1, 2, 3
WITH DATA;
CREATE UNIQUE INDEX ux_revenue_daily ON dashboard.revenue_daily (day, department_id, currency);
COMMENT ON MATERIALIZED VIEW dashboard.revenue_daily IS
    'Charged amounts (void excluded) per service date and department (0 = no encounter).';

GRANT SELECT ON dashboard.registrations_daily TO hms_admin, hms_reception;
GRANT SELECT ON dashboard.outpatient_daily TO hms_admin, hms_reception;
GRANT SELECT ON dashboard.revenue_daily TO hms_admin, hms_billing;

-- Refresh every stale view concurrently (views older than p_max_age); one session at a time per view
-- (advisory lock, others skip); returns how many views were refreshed. On a replica it does nothing.
CREATE FUNCTION dashboard.refresh(p_max_age interval DEFAULT interval '5 minutes') RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_view text;
    v_at   timestamptz;
    n      integer := 0;
BEGIN
    IF core.current_staff_id() IS NULL THEN
        RAISE EXCEPTION 'only staff refresh dashboards' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_is_in_recovery() THEN
        RETURN 0;
    END IF;
    p_max_age := greatest(coalesce(p_max_age, interval '5 minutes'), interval '1 minute');
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
GRANT EXECUTE ON FUNCTION dashboard.refresh(interval) TO hms_staff;
