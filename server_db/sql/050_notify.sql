-- =====================================================================================================
-- notify: durable notifications behind LISTEN/NOTIFY. A row is the truth; NOTIFY hms_notify with
-- {"id": …, "kind": …} only wakes the recipient's client, which re-reads the row (so RLS decides) and,
-- on every (re)connect, first reads its unacknowledged rows. Applied as hms_owner.
-- =====================================================================================================
CREATE SCHEMA notify;
COMMENT ON SCHEMA notify IS 'Durable notifications (lab results, ...) for staff clients.';
GRANT USAGE ON SCHEMA notify TO hms_staff;

CREATE TABLE notify.notification (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    recipient_id     bigint      NOT NULL,
    kind             text        NOT NULL,
    ref_id           bigint,
    patient_id       bigint,
    title            text        NOT NULL DEFAULT '',
    created_at       timestamptz NOT NULL DEFAULT now(),
    acknowledged_at  timestamptz,
    CONSTRAINT pk_notification PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient_id_staff FOREIGN KEY (recipient_id) REFERENCES core.staff (id),
    CONSTRAINT fk_notification_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT ck_notification_kind CHECK (kind ~ '^[a-z_]{2,40}$')
);
COMMENT ON TABLE notify.notification IS 'One row per alert to one staff member; acknowledged, never deleted.';
CREATE INDEX ix_notification_unacknowledged ON notify.notification (recipient_id, id) WHERE acknowledged_at IS NULL;
GRANT SELECT ON notify.notification TO hms_staff;
GRANT UPDATE (acknowledged_at) ON notify.notification TO hms_staff;

CREATE FUNCTION notify.send() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_notify('hms_notify', json_build_object('id', NEW.id, 'kind', NEW.kind,
                                                      'recipient_id', NEW.recipient_id)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER notification_send AFTER INSERT ON notify.notification
    FOR EACH ROW EXECUTE FUNCTION notify.send();

CREATE FUNCTION notify.acknowledge_once() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF OLD.acknowledged_at IS NOT NULL THEN
        RAISE EXCEPTION 'notification % is already acknowledged', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    NEW.acknowledged_at := now();  -- the server's clock, not the client's
    RETURN NEW;
END
$$;
-- OF acknowledged_at: staff can set no other column, and a patient merge moving the row (patient_id) is not
-- an acknowledgement.
CREATE TRIGGER notification_acknowledge BEFORE UPDATE OF acknowledged_at ON notify.notification
    FOR EACH ROW EXECUTE FUNCTION notify.acknowledge_once();

ALTER TABLE notify.notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notify.notification FORCE ROW LEVEL SECURITY;
CREATE POLICY "Staff see their own notifications" ON notify.notification FOR SELECT TO hms_staff
    USING (recipient_id = (SELECT core.current_staff_id()));
CREATE POLICY "Staff acknowledge their own notifications" ON notify.notification FOR UPDATE TO hms_staff
    USING (recipient_id = (SELECT core.current_staff_id()))
    WITH CHECK (recipient_id = (SELECT core.current_staff_id()));

SELECT audit.enable('notify.notification');
