-- lab: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- lab: the laboratory.
--
-- Catalog: tests coded with LOINC (resources/lab_catalog.csv), panels (lab_panels.csv) and reference ranges by
-- sex and age band with critical limits (lab_reference_ranges.csv), all generated into this file.
--
-- An order is one test for one patient: ordered -> collected -> received -> resulted -> verified -> released,
-- or cancelled (with a reason) before it is resulted. Every change of status is a row of lab.order_status_history
-- and the database refuses any other jump (trigger), whoever asks. Staff never UPDATE orders directly: each step
-- is a SECURITY DEFINER function with its own role checks:
--   lab.place_order      doctor with a care relationship, on an open encounter of the patient (a panel = one order
--                        per member test, sharing a requisition number)
--   lab.collect          lab or nurse; positive patient identification: the scanned wristband MRN must be the
--                        patient's; one specimen (accession number, Code 128 label) per container
--   lab.receive          lab, by accession number
--   lab.enter_result     lab (or the HL7 gateway's lab login); the database computes the flag from the reference
--                        range of the patient's sex and age; a second entry before verification is a new version
--                        with a reason, the earlier one is kept as superseded
--   lab.verify           a second lab user (never the one who entered the result)
--   lab.release          lab; writes the durable notification for the ordering clinician (NOTIFY carries ids only)
--   lab.correct_result   lab; a released result is never edited: a correction is a new version with a reason,
--                        and the clinician is alerted again
--   lab.cancel_order     the ordering clinician / a clinician with a care relationship, or lab; with a reason
-- Critical results must be acknowledged: lab.escalate_overdue() (idempotent, run by the gateway and the lab
-- worklist) alerts the ordering department's other doctors after core.setting 'critical_ack_minutes'; the lab's
-- callback list shows critical results not yet acknowledged; lab.record_callback logs a phoned critical result.
-- A resulted test creates its charge (billing.charge source 'lab_test', source_id = lab_order.id) once.
-- Visibility: lab staff see every order, specimen and result (and minimal demographics through registry);
-- doctors and nurses see the orders of patients they have a care relationship with and only released results.
-- =====================================================================================================
CREATE SCHEMA lab;
COMMENT ON SCHEMA lab IS 'Laboratory: LOINC catalog, orders and their lifecycle, specimens, results, callbacks.';

CREATE FUNCTION lab.loinc_is_valid(p_code text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(p_code ~ '^[0-9]{1,7}-[0-9]$'
                    AND lab.loinc_check_digit(split_part(p_code, '-', 1)) = split_part(p_code, '-', 2)::integer,
                    false)
$$;
COMMENT ON FUNCTION lab.loinc_is_valid(text) IS
    'True for a well-formed LOINC code (digits, dash, check digit) whose mod-10 check digit is right.';

-- ---------------------------------------------------------------------------------------------------
-- Catalog
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE lab.test (
    code           text     NOT NULL,
    name           text     NOT NULL,
    short_name     text     NOT NULL,
    specimen_type  text     NOT NULL,
    container      text     NOT NULL,
    unit           text     NOT NULL DEFAULT '',
    value_type     text     NOT NULL DEFAULT 'numeric',
    decimals       smallint NOT NULL DEFAULT 1,
    price_code     text,
    active         boolean  NOT NULL DEFAULT true,
    CONSTRAINT pk_test PRIMARY KEY (code),
    CONSTRAINT ck_test_code CHECK (code ~ '^[0-9]{1,7}-[0-9]$'),
    CONSTRAINT ck_test_name CHECK (length(btrim(name)) BETWEEN 1 AND 255),
    CONSTRAINT ck_test_short_name CHECK (length(btrim(short_name)) BETWEEN 1 AND 40),
    CONSTRAINT ck_test_value_type CHECK (value_type IN ('numeric', 'text')),
    CONSTRAINT ck_test_decimals CHECK (decimals BETWEEN 0 AND 4),
    CONSTRAINT ck_test_code_loinc CHECK (lab.loinc_is_valid(code)),
    CONSTRAINT ck_test_specimen_type CHECK (length(btrim(specimen_type)) BETWEEN 1 AND 100),
    CONSTRAINT ck_test_container CHECK (length(btrim(container)) BETWEEN 1 AND 100),
    CONSTRAINT ck_test_unit CHECK (length(unit) <= 40 AND unit = btrim(unit))
);
COMMENT ON TABLE lab.test IS 'Orderable tests, coded with LOINC; the unit is the one results must be reported in.';

CREATE TABLE lab.panel (
    code    text NOT NULL,
    name    text NOT NULL,
    active  boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_panel PRIMARY KEY (code),
    CONSTRAINT ck_panel_code CHECK (code ~ '^[0-9]{1,7}-[0-9]$'),
    CONSTRAINT ck_panel_name CHECK (length(btrim(name)) BETWEEN 1 AND 255),
    CONSTRAINT ck_panel_code_loinc CHECK (lab.loinc_is_valid(code))
);
COMMENT ON TABLE lab.panel IS 'Orderable groups of tests (LOINC panel codes); ordering a panel orders each member.';

CREATE TABLE lab.panel_test (
    panel_code  text     NOT NULL,
    test_code   text     NOT NULL,
    position    smallint NOT NULL,
    CONSTRAINT pk_panel_test PRIMARY KEY (panel_code, test_code),
    CONSTRAINT fk_panel_test_panel_code_panel FOREIGN KEY (panel_code) REFERENCES lab.panel (code),
    CONSTRAINT fk_panel_test_test_code_test FOREIGN KEY (test_code) REFERENCES lab.test (code),
    -- Removing a member from a panel = active false (the row and its audit trail stay; adding it back = true).
    active boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE lab.panel_test IS 'Member tests of a panel, in report order.';
COMMENT ON COLUMN lab.panel_test.active IS 'False once the test was removed from the panel; ordering skips it.';

-- Age bands in years: [age_from_years, age_to_years) (NULL upper = no limit); sex NULL = either sex. The most
-- specific row wins (a sex-specific band before an any-sex band, then the narrowest age band).
CREATE TABLE lab.reference_range (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    test_code       text    NOT NULL,
    sex             text,
    age_from_years  numeric NOT NULL DEFAULT 0,
    age_to_years    numeric,
    low             numeric,
    high            numeric,
    critical_low    numeric,
    critical_high   numeric,
    CONSTRAINT pk_reference_range PRIMARY KEY (id),
    CONSTRAINT fk_reference_range_test_code_test FOREIGN KEY (test_code) REFERENCES lab.test (code),
    CONSTRAINT ck_reference_range_sex CHECK (sex IN ('female', 'male')),
    CONSTRAINT ck_reference_range_ages CHECK (age_from_years >= 0 AND (age_to_years IS NULL OR age_to_years > age_from_years)),
    CONSTRAINT ck_reference_range_limits CHECK (low IS NULL OR high IS NULL OR low <= high),
    CONSTRAINT ck_reference_range_critical CHECK ((critical_low IS NULL OR low IS NULL OR critical_low <= low)
                                                  AND (critical_high IS NULL OR high IS NULL OR critical_high >= high)),
    CONSTRAINT ex_reference_range_band EXCLUDE USING gist (
        test_code WITH =, (coalesce(sex, '*')) WITH =,
        numrange(age_from_years, age_to_years, '[)') WITH &&)
);
COMMENT ON TABLE lab.reference_range IS 'Reference interval and critical limits of a test by sex and age band.';

CREATE INDEX ix_reference_range_test_code ON lab.reference_range (test_code);

-- ---------------------------------------------------------------------------------------------------
-- Specimens and orders
-- ---------------------------------------------------------------------------------------------------
CREATE SEQUENCE lab.order_number_seq;

CREATE SEQUENCE lab.accession_seq;

CREATE SEQUENCE lab.requisition_seq;

CREATE TABLE lab.specimen (
    id                bigint GENERATED ALWAYS AS IDENTITY,
    accession_number  text        NOT NULL,
    patient_id        bigint      NOT NULL,
    specimen_type     text        NOT NULL,
    container         text        NOT NULL,
    collected_at      timestamptz NOT NULL DEFAULT now(),
    collected_by      bigint      NOT NULL,
    scanned_mrn       text        NOT NULL,
    received_at       timestamptz,
    received_by       bigint,
    CONSTRAINT pk_specimen PRIMARY KEY (id),
    CONSTRAINT uq_specimen_accession_number UNIQUE (accession_number),
    CONSTRAINT fk_specimen_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_specimen_collected_by_staff FOREIGN KEY (collected_by) REFERENCES core.staff (id),
    CONSTRAINT fk_specimen_received_by_staff FOREIGN KEY (received_by) REFERENCES core.staff (id),
    CONSTRAINT ck_specimen_received CHECK ((received_at IS NULL) = (received_by IS NULL))
);
COMMENT ON TABLE lab.specimen IS 'A tube collected from a patient (positive identification by wristband scan).';
COMMENT ON COLUMN lab.specimen.scanned_mrn IS 'The MRN read from the wristband at collection (must be the patient''s).';

CREATE INDEX ix_specimen_patient_id ON lab.specimen (patient_id);

CREATE TABLE lab.lab_order (
    id                     bigint GENERATED ALWAYS AS IDENTITY,
    order_number           text        NOT NULL,
    requisition_number     text        NOT NULL,
    patient_id             bigint      NOT NULL,
    encounter_id           bigint      NOT NULL,
    department_id          bigint      NOT NULL,
    ordering_clinician_id  bigint      NOT NULL,
    test_code              text        NOT NULL,
    panel_code             text,
    priority               text        NOT NULL DEFAULT 'routine',
    clinical_info          text        NOT NULL DEFAULT '',
    status                 text        NOT NULL DEFAULT 'ordered',
    specimen_id            bigint,
    ordered_at             timestamptz NOT NULL DEFAULT now(),
    status_changed_at      timestamptz NOT NULL DEFAULT now(),
    cancel_reason          text,
    critical               boolean     NOT NULL DEFAULT false,
    alert_acknowledged_at  timestamptz,
    escalated_at           timestamptz,
    CONSTRAINT pk_lab_order PRIMARY KEY (id),
    CONSTRAINT uq_lab_order_order_number UNIQUE (order_number),
    CONSTRAINT fk_lab_order_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_lab_order_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_lab_order_department_id_department FOREIGN KEY (department_id) REFERENCES core.department (id),
    CONSTRAINT fk_lab_order_ordering_clinician_id_staff FOREIGN KEY (ordering_clinician_id) REFERENCES core.staff (id),
    CONSTRAINT fk_lab_order_test_code_test FOREIGN KEY (test_code) REFERENCES lab.test (code),
    CONSTRAINT fk_lab_order_panel_code_panel FOREIGN KEY (panel_code) REFERENCES lab.panel (code),
    CONSTRAINT fk_lab_order_specimen_id_specimen FOREIGN KEY (specimen_id) REFERENCES lab.specimen (id),
    CONSTRAINT ck_lab_order_priority CHECK (priority IN ('routine', 'urgent', 'stat')),
    CONSTRAINT ck_lab_order_status CHECK (status IN ('ordered', 'collected', 'received', 'resulted', 'verified',
                                                     'released', 'cancelled')),
    CONSTRAINT ck_lab_order_clinical_info CHECK (length(clinical_info) <= 1000),
    CONSTRAINT ck_lab_order_specimen CHECK (status IN ('ordered', 'cancelled') OR specimen_id IS NOT NULL),
    CONSTRAINT ck_lab_order_cancel_reason CHECK ((status = 'cancelled') = (cancel_reason IS NOT NULL))
);
COMMENT ON TABLE lab.lab_order IS
    'One test ordered for one patient, moving ordered -> collected -> received -> resulted -> verified -> released '
    '(or cancelled); changed only through the lab.* step functions, every change in lab.order_status_history.';
COMMENT ON COLUMN lab.lab_order.order_number IS 'Placer order number (HL7 ORC-2/OBR-2), made by the database.';

CREATE INDEX ix_lab_order_patient_id ON lab.lab_order (patient_id, ordered_at);

CREATE INDEX ix_lab_order_encounter_id ON lab.lab_order (encounter_id);

CREATE INDEX ix_lab_order_specimen_id ON lab.lab_order (specimen_id);

CREATE INDEX ix_lab_order_worklist ON lab.lab_order (status, priority, ordered_at)
    WHERE status NOT IN ('released', 'cancelled');

CREATE INDEX ix_lab_order_callback ON lab.lab_order (status_changed_at)
    WHERE critical AND alert_acknowledged_at IS NULL;

CREATE TABLE lab.order_status_history (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    lab_order_id  bigint      NOT NULL,
    from_status   text,
    to_status     text        NOT NULL,
    changed_by    bigint,
    changed_at    timestamptz NOT NULL DEFAULT now(),
    note          text,
    CONSTRAINT pk_order_status_history PRIMARY KEY (id),
    CONSTRAINT fk_order_status_history_lab_order_id_lab_order FOREIGN KEY (lab_order_id) REFERENCES lab.lab_order (id),
    CONSTRAINT fk_order_status_history_changed_by_staff FOREIGN KEY (changed_by) REFERENCES core.staff (id)
);
COMMENT ON TABLE lab.order_status_history IS 'Every status change of every lab order: who, when, from, to, why.';

CREATE INDEX ix_order_status_history_lab_order_id ON lab.order_status_history (lab_order_id, id);

CREATE TABLE lab.result (
    id                 bigint GENERATED ALWAYS AS IDENTITY,
    lab_order_id       bigint      NOT NULL,
    loinc_code         text        NOT NULL,
    version            integer     NOT NULL DEFAULT 1,
    value              text        NOT NULL,
    value_numeric      numeric,
    unit               text        NOT NULL DEFAULT '',
    reference_range    text        NOT NULL DEFAULT '',
    flag               text,
    status             text        NOT NULL DEFAULT 'entered',
    comment            text        NOT NULL DEFAULT '',
    source             text        NOT NULL DEFAULT 'manual',
    entered_by         bigint      NOT NULL,
    entered_at         timestamptz NOT NULL DEFAULT now(),
    verified_by        bigint,
    verified_at        timestamptz,
    released_at        timestamptz,
    replaces_id        bigint,
    correction_reason  text,
    CONSTRAINT pk_result PRIMARY KEY (id),
    CONSTRAINT uq_result_version UNIQUE (lab_order_id, version),
    CONSTRAINT fk_result_lab_order_id_lab_order FOREIGN KEY (lab_order_id) REFERENCES lab.lab_order (id),
    CONSTRAINT fk_result_loinc_code_test FOREIGN KEY (loinc_code) REFERENCES lab.test (code),
    CONSTRAINT fk_result_entered_by_staff FOREIGN KEY (entered_by) REFERENCES core.staff (id),
    CONSTRAINT fk_result_verified_by_staff FOREIGN KEY (verified_by) REFERENCES core.staff (id),
    CONSTRAINT fk_result_replaces_id_result FOREIGN KEY (replaces_id) REFERENCES lab.result (id),
    CONSTRAINT ck_result_value CHECK (length(btrim(value)) BETWEEN 1 AND 2000),
    CONSTRAINT ck_result_flag CHECK (flag IN ('normal', 'low', 'high', 'critical_low', 'critical_high', 'abnormal')),
    CONSTRAINT ck_result_status CHECK (status IN ('entered', 'verified', 'final', 'superseded')),
    CONSTRAINT ck_result_source CHECK (source IN ('manual', 'hl7')),
    CONSTRAINT ck_result_four_eyes CHECK (verified_by IS NULL OR verified_by <> entered_by),
    CONSTRAINT ck_result_correction CHECK ((version = 1) = (replaces_id IS NULL)
                                           AND (replaces_id IS NULL OR length(btrim(correction_reason)) >= 5))
);
COMMENT ON TABLE lab.result IS
    'Versions of the result of a lab order; the flag is computed by the database from the reference range. A '
    'released (final) version is never edited: a correction is a new version with a reason.';

CREATE UNIQUE INDEX uq_result_current ON lab.result (lab_order_id) WHERE status <> 'superseded';

-- A critical value phoned to a clinician, with read-back (the lab's callback list).
CREATE TABLE lab.critical_callback (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    lab_order_id  bigint      NOT NULL,
    called_by     bigint      NOT NULL,
    called_at     timestamptz NOT NULL DEFAULT now(),
    spoke_to      text        NOT NULL,
    read_back     boolean     NOT NULL,
    note          text        NOT NULL DEFAULT '',
    CONSTRAINT pk_critical_callback PRIMARY KEY (id),
    CONSTRAINT fk_critical_callback_lab_order_id_lab_order FOREIGN KEY (lab_order_id) REFERENCES lab.lab_order (id),
    CONSTRAINT fk_critical_callback_called_by_staff FOREIGN KEY (called_by) REFERENCES core.staff (id),
    CONSTRAINT ck_critical_callback_spoke_to CHECK (length(btrim(spoke_to)) BETWEEN 2 AND 200)
);
COMMENT ON TABLE lab.critical_callback IS 'Critical results phoned to a clinician by the lab, with read-back.';

CREATE INDEX ix_critical_callback_lab_order_id ON lab.critical_callback (lab_order_id);

-- =====================================================================================================
-- lab gateway: durable bookkeeping of the ORM^O01 messages the HL7 gateway (server_db/lab_gateway) sends to an
-- external LIS.
--
-- One row per lab order offered to the LIS, created when the gateway first sees the order 'ordered'. The gateway
-- never writes the table itself: it calls two SECURITY DEFINER functions (lab role only):
--   lab.hl7_outbound_due(limit, lease, backlog)  queue new orders, lease the due ones (attempts + 1, the next
--                                                attempt pushed back by the lease so a second gateway does not
--                                                send them too) and return what the message needs
--   lab.hl7_outbound_done(order, ack, error, retry)  record the LIS's answer: AA/CA -> acknowledged (never sent
--                                                again); AE/CE -> rejected (content error: not retried, shown to
--                                                the lab); AR/CR or no answer -> retried after the delay
-- The message control id is fixed per order (O + order number), so a resend after a lost ACK is recognisable
-- as the same message by the LIS.
-- =====================================================================================================
CREATE TABLE lab.hl7_outbound (
    lab_order_id        bigint      NOT NULL,
    message_control_id  text        NOT NULL,
    status              text        NOT NULL DEFAULT 'pending',
    attempts            integer     NOT NULL DEFAULT 0,
    queued_at           timestamptz NOT NULL DEFAULT now(),
    last_attempt_at     timestamptz,
    next_attempt_at     timestamptz NOT NULL DEFAULT now(),
    acknowledged_at     timestamptz,
    ack_code            text,
    last_error          text,
    CONSTRAINT pk_hl7_outbound PRIMARY KEY (lab_order_id, order_control),
    CONSTRAINT uq_hl7_outbound_message_control_id UNIQUE (message_control_id),
    CONSTRAINT fk_hl7_outbound_lab_order_id_lab_order FOREIGN KEY (lab_order_id) REFERENCES lab.lab_order (id),
    CONSTRAINT ck_hl7_outbound_status CHECK (status IN ('pending', 'acknowledged', 'rejected', 'withdrawn')),
    CONSTRAINT ck_hl7_outbound_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_hl7_outbound_ack_code CHECK (ack_code IN ('AA', 'AE', 'AR', 'CA', 'CE', 'CR')),
    CONSTRAINT ck_hl7_outbound_acknowledged CHECK ((status = 'acknowledged') = (acknowledged_at IS NOT NULL)),
    CONSTRAINT ck_hl7_outbound_last_error CHECK (length(last_error) <= 500),
    -- ORC-1: NW a new order, CA the cancellation of an order the LIS may have received (the key is the pair).
    order_control text NOT NULL DEFAULT 'NW',
    CONSTRAINT ck_hl7_outbound_order_control CHECK (order_control IN ('NW', 'CA'))
);
COMMENT ON COLUMN lab.hl7_outbound.order_control IS 'ORC-1 of the message: NW new order, CA cancel request.';
COMMENT ON TABLE lab.hl7_outbound IS
    'ORM^O01 messages for the external LIS sent by the HL7 gateway: NW for a new lab order, CA when an order the LIS '
    'may have received is cancelled. Pending until the LIS acknowledges (AA), rejected on a content error (AE), '
    'withdrawn when the order was cancelled before the NW was sent (or while it was still being retried).';

CREATE INDEX ix_hl7_outbound_due ON lab.hl7_outbound (next_attempt_at) WHERE status = 'pending';

-- Released lab orders by release time: the turnaround figures read the last days only.
CREATE INDEX ix_lab_order_released ON lab.lab_order (status_changed_at) WHERE status = 'released';