-- =====================================================================================================
-- billing reports: the charge reconciliation and the financial views (revenue by department and day,
-- outstanding balances with ageing, claims by status). Applied as hms_owner by migration 0007
-- (141_finance_reports.down.sql undoes it). Functions, not views: every relation in a domain schema has
-- forced row-level security, and these read across clinical and billing tables with their own role checks.
-- =====================================================================================================

-- Every charge traces to exactly one clinical event and every billable event has exactly one charge.
-- One arm per source kind: the consultation arm is here; the lab_test, dispense and bed_day arms are added
-- with the domains that make those events (until then any such charge is reported as having no arm).
CREATE FUNCTION billing.charge_reconciliation()
RETURNS TABLE (problem text, source_kind text, source_id bigint, charge_id bigint, patient_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    -- consultation: a closed outpatient, emergency or telemedicine encounter
    SELECT 'charge without its clinical event', c.source_kind, c.source_id, c.id, c.patient_id
      FROM billing.charge c
     WHERE c.source_kind = 'consultation'
       AND NOT EXISTS (SELECT 1 FROM clinical.encounter e
                        WHERE e.id = c.source_id AND e.patient_id = c.patient_id
                          AND e.id IS NOT DISTINCT FROM c.encounter_id AND e.status = 'closed'
                          AND e.kind IN ('outpatient', 'emergency', 'telemedicine'))
    UNION ALL
    SELECT 'billable event without a charge', 'consultation', e.id, NULL, e.patient_id
      FROM clinical.encounter e
     WHERE e.status = 'closed' AND e.kind IN ('outpatient', 'emergency', 'telemedicine')
       AND NOT EXISTS (SELECT 1 FROM billing.charge c WHERE c.source_kind = 'consultation' AND c.source_id = e.id)
    -- lab_test, dispense, bed_day: arms added with their domains
    UNION ALL
    SELECT 'no reconciliation arm for this source kind', c.source_kind, c.source_id, c.id, c.patient_id
      FROM billing.charge c
     WHERE c.source_kind NOT IN ('consultation')
$$;
COMMENT ON FUNCTION billing.charge_reconciliation() IS
    'Charges whose clinical event does not exist (or is not billable) and billable events without a charge; '
    'no rows = billing and the clinical record agree.';
GRANT EXECUTE ON FUNCTION billing.charge_reconciliation() TO hms_billing, hms_auditor;

-- Revenue by department and day: invoice lines on the day their invoice was issued, credit notes (negative) on
-- the day they were issued. The department is the one of the charge's visit or stay.
CREATE FUNCTION billing.revenue_by_department(p_from date, p_to date)
RETURNS TABLE (day date, department_code text, department_name text, currency char(3), net_amount numeric,
               tax_amount numeric, total_amount numeric, invoice_count integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT (core.has_group('hms_billing') OR core.has_group('hms_admin')) THEN
        RAISE EXCEPTION 'financial reports are for billing and administration' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_from IS NULL OR p_to IS NULL OR p_to < p_from OR p_to - p_from > 3660 THEN
        RAISE EXCEPTION 'a report period is from a day to a later day, at most ten years'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN QUERY
    SELECT billing.local_day(i.issued_at), coalesce(d.code, '-'), coalesce(d.name, 'No department'), i.currency,
           sum(l.net_amount), sum(l.tax_amount), sum(l.total_amount), count(DISTINCT i.id)::integer
      FROM billing.invoice i
      JOIN billing.invoice_line l ON l.invoice_id = i.id
      JOIN billing.charge c ON c.id = l.charge_id
      LEFT JOIN clinical.encounter e ON e.id = c.encounter_id
      LEFT JOIN core.department d ON d.id = e.department_id
     WHERE i.issued_at >= (p_from::timestamp AT TIME ZONE coalesce((SELECT s.value #>> '{}' FROM core.setting s
                                                                     WHERE s.key = 'clinic_timezone'),
                                                                    current_setting('TimeZone'))) - interval '1 day'
       AND i.issued_at < (p_to::timestamp AT TIME ZONE coalesce((SELECT s.value #>> '{}' FROM core.setting s
                                                                   WHERE s.key = 'clinic_timezone'),
                                                                  current_setting('TimeZone'))) + interval '2 days'
       AND billing.local_day(i.issued_at) BETWEEN p_from AND p_to
     GROUP BY 1, 2, 3, 4
     ORDER BY 1, 2;
END
$$;
COMMENT ON FUNCTION billing.revenue_by_department(date, date) IS
    'Billing/admin: invoiced revenue (net, tax, total; credit notes negative) per hospital day and department.';
GRANT EXECUTE ON FUNCTION billing.revenue_by_department(date, date) TO hms_billing, hms_admin;

-- Outstanding balances by age (days since issue on the as-of day), patient and payer parts.
CREATE FUNCTION billing.outstanding_ageing(p_as_of date DEFAULT NULL)
RETURNS TABLE (bucket text, bucket_order integer, invoice_count integer, currency char(3), patient_balance numeric,
               payer_balance numeric, balance numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_day date := coalesce(p_as_of, billing.local_day(now()));
BEGIN
    PERFORM billing.require_billing();
    RETURN QUERY
    WITH aged AS (
        SELECT a.*, v_day - billing.local_day(a.issued_at) AS age
          FROM billing.invoice_account(NULL, NULL) a
         WHERE a.balance <> 0 AND billing.local_day(a.issued_at) <= v_day
    )
    SELECT b.label, b.ord, count(aged.invoice_id)::integer, aged.currency,
           coalesce(sum(aged.patient_balance), 0), coalesce(sum(aged.payer_balance), 0), coalesce(sum(aged.balance), 0)
      FROM (VALUES ('0-30 days', 1, 0, 30), ('31-60 days', 2, 31, 60), ('61-90 days', 3, 61, 90),
                   ('over 90 days', 4, 91, 1000000)) b(label, ord, low, high)
      JOIN aged ON aged.age BETWEEN b.low AND b.high
     GROUP BY b.label, b.ord, aged.currency
     ORDER BY b.ord;
END
$$;
COMMENT ON FUNCTION billing.outstanding_ageing(date) IS
    'Billing: what is still owed on issued invoices, by age bucket (days since issue), patient and payer parts.';
GRANT EXECUTE ON FUNCTION billing.outstanding_ageing(date) TO hms_billing;

CREATE FUNCTION billing.claims_by_status()
RETURNS TABLE (status text, claim_count integer, currency char(3), claimed_amount numeric, approved_amount numeric,
               paid_amount numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM billing.require_billing();
    RETURN QUERY
    SELECT c.status, count(*)::integer, c.currency, sum(c.claimed_amount), coalesce(sum(c.approved_amount), 0),
           coalesce(sum((SELECT sum(p.amount) FROM billing.payment p WHERE p.claim_id = c.id)), 0)
      FROM billing.claim c
     GROUP BY c.status, c.currency
     ORDER BY array_position(ARRAY['draft', 'submitted', 'approved', 'partial', 'rejected', 'cancelled'], c.status);
END
$$;
COMMENT ON FUNCTION billing.claims_by_status() IS 'Billing: claims per status with claimed, approved and paid amounts.';
GRANT EXECUTE ON FUNCTION billing.claims_by_status() TO hms_billing;
