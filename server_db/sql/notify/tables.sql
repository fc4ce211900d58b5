-- notify: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- notify: durable notifications behind LISTEN/NOTIFY. A row is the truth; NOTIFY hms_notify with
-- {"id": …, "kind": …} only wakes the recipient's client, which re-reads the row (so RLS decides) and,
-- on every (re)connect, first reads its unacknowledged rows.as hms_owner.
-- =====================================================================================================
CREATE SCHEMA notify;
COMMENT ON SCHEMA notify IS 'Durable notifications (lab results, ...) for staff clients.';

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
