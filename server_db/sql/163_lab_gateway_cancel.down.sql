-- Undo 163_lab_gateway_cancel.sql: back to one NW message per order (cancellation messages are removed; their
-- audit rows stay, the trail is append-only).
DROP FUNCTION lab.hl7_outbound_due(integer, integer, integer);
DROP FUNCTION lab.hl7_outbound_done(bigint, text, text, integer, text);
DELETE FROM lab.hl7_outbound WHERE order_control = 'CA';
ALTER TABLE lab.hl7_outbound DROP CONSTRAINT pk_hl7_outbound;
ALTER TABLE lab.hl7_outbound ADD CONSTRAINT pk_hl7_outbound PRIMARY KEY (lab_order_id);
ALTER TABLE lab.hl7_outbound DROP CONSTRAINT ck_hl7_outbound_order_control;
ALTER TABLE lab.hl7_outbound DROP COLUMN order_control;
COMMENT ON TABLE lab.hl7_outbound IS
    'ORM^O01 messages for new lab orders sent by the HL7 gateway to the external LIS: pending until the LIS '
    'acknowledges (AA), rejected on a content error (AE), withdrawn when the order was cancelled before it was sent.';

CREATE FUNCTION lab.hl7_outbound_due(p_limit integer DEFAULT 20, p_lease_seconds integer DEFAULT 60,
                                     p_backlog_hours integer DEFAULT 24)
RETURNS TABLE (lab_order_id bigint, message_control_id text, attempts integer, order_number text,
               test_code text, test_name text, priority text, clinical_info text, ordered_at timestamptz,
               mrn text, given_name text, family_name text, birth_date date, sex text,
               clinician_id bigint, clinician_name text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := lab.require_staff(ARRAY['hms_lab'], 'send orders to the LIS');
BEGIN
    IF p_limit IS NULL OR p_limit NOT BETWEEN 1 AND 500 OR p_lease_seconds IS NULL OR p_lease_seconds < 1
       OR p_backlog_hours IS NULL OR p_backlog_hours < 0 THEN
        RAISE EXCEPTION 'limit 1-500, lease >= 1 s and backlog >= 0 h' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO lab.hl7_outbound (lab_order_id, message_control_id)
    SELECT o.id, 'O' || o.order_number FROM lab.lab_order o
     WHERE o.status = 'ordered' AND o.ordered_at >= now() - make_interval(hours => p_backlog_hours)
    ON CONFLICT DO NOTHING;
    UPDATE lab.hl7_outbound h SET status = 'withdrawn', last_error = 'order cancelled before it was sent'
      FROM lab.lab_order o
     WHERE o.id = h.lab_order_id AND h.status = 'pending' AND o.status = 'cancelled';
    RETURN QUERY
    WITH due AS (
        SELECT h.lab_order_id FROM lab.hl7_outbound h
         WHERE h.status = 'pending' AND h.next_attempt_at <= now()
         ORDER BY h.next_attempt_at, h.lab_order_id LIMIT p_limit FOR UPDATE SKIP LOCKED
    ), leased AS (
        UPDATE lab.hl7_outbound h SET attempts = h.attempts + 1, last_attempt_at = now(),
                                      next_attempt_at = now() + make_interval(secs => p_lease_seconds)
          FROM due WHERE h.lab_order_id = due.lab_order_id
        RETURNING h.lab_order_id, h.message_control_id, h.attempts
    )
    SELECT l.lab_order_id, l.message_control_id, l.attempts, o.order_number, o.test_code, t.name, o.priority,
           o.clinical_info, o.ordered_at, p.mrn, p.given_name, p.family_name, p.birth_date, p.sex,
           s.id, s.full_name
      FROM leased l
      JOIN lab.lab_order o ON o.id = l.lab_order_id
      JOIN lab.test t ON t.code = o.test_code
      JOIN registry.patient p ON p.id = o.patient_id
      JOIN core.staff s ON s.id = o.ordering_clinician_id
     ORDER BY o.ordered_at, o.id;
END
$$;
COMMENT ON FUNCTION lab.hl7_outbound_due(integer, integer, integer) IS
    'HL7 gateway: queue new lab orders for the LIS and lease the due ORM^O01 messages (lab role).';
GRANT EXECUTE ON FUNCTION lab.hl7_outbound_due(integer, integer, integer) TO hms_lab;

CREATE FUNCTION lab.hl7_outbound_done(p_order_id bigint, p_ack_code text, p_error text DEFAULT NULL,
                                      p_retry_seconds integer DEFAULT 60) RETURNS text
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := lab.require_staff(ARRAY['hms_lab'], 'record the LIS''s answers');
    v_row    lab.hl7_outbound;
    v_status text;
BEGIN
    SELECT * INTO v_row FROM lab.hl7_outbound h WHERE h.lab_order_id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'lab order % was never offered to the LIS', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    IF p_ack_code IS NOT NULL AND p_ack_code NOT IN ('AA', 'AE', 'AR', 'CA', 'CE', 'CR') THEN
        RAISE EXCEPTION 'unknown acknowledgment code "%"', p_ack_code USING ERRCODE = 'check_violation';
    END IF;
    IF v_row.status <> 'pending' THEN
        RETURN v_row.status;  -- already settled (e.g. a late second answer): nothing changes
    END IF;
    v_status := CASE WHEN p_ack_code IN ('AA', 'CA') THEN 'acknowledged'
                     WHEN p_ack_code IN ('AE', 'CE') THEN 'rejected'
                     ELSE 'pending' END;
    UPDATE lab.hl7_outbound h
       SET status = v_status, ack_code = coalesce(p_ack_code, h.ack_code),
           acknowledged_at = CASE WHEN v_status = 'acknowledged' THEN now() END,
           last_error = CASE WHEN v_status = 'acknowledged' THEN NULL
                             ELSE left(coalesce(nullif(btrim(p_error), ''), 'no answer'), 500) END,
           next_attempt_at = CASE WHEN v_status = 'pending'
                                  THEN now() + make_interval(secs => greatest(coalesce(p_retry_seconds, 60), 1))
                                  ELSE h.next_attempt_at END
     WHERE h.lab_order_id = p_order_id;
    RETURN v_status;
END
$$;
COMMENT ON FUNCTION lab.hl7_outbound_done(bigint, text, text, integer) IS
    'HL7 gateway: record the LIS''s answer to an ORM^O01 (AA/CA acknowledged, AE/CE rejected, else retried).';
GRANT EXECUTE ON FUNCTION lab.hl7_outbound_done(bigint, text, text, integer) TO hms_lab;

