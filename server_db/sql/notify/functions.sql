-- notify: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

CREATE OR REPLACE FUNCTION notify.send() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM pg_notify('hms_notify', json_build_object('id', NEW.id, 'kind', NEW.kind,
                                                      'recipient_id', NEW.recipient_id)::text);
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER notification_send AFTER INSERT ON notify.notification
    FOR EACH ROW EXECUTE FUNCTION notify.send();

CREATE OR REPLACE FUNCTION notify.acknowledge_once() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF OLD.acknowledged_at IS NOT NULL THEN
        RAISE EXCEPTION 'notification % is already acknowledged', OLD.id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('notify.notification_already_acknowledged', OLD.id::text);
    END IF;
    NEW.acknowledged_at := now();  -- the server's clock, not the client's
    RETURN NEW;
END
$$;

-- OF acknowledged_at: staff can set no other column, and a patient merge moving the row (patient_id) is not
-- an acknowledgement.
CREATE OR REPLACE TRIGGER notification_acknowledge BEFORE UPDATE OF acknowledged_at ON notify.notification
    FOR EACH ROW EXECUTE FUNCTION notify.acknowledge_once();
