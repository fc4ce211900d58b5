-- pharmacy: types, sequences, tables (columns and constraints), indexes.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- =====================================================================================================
-- pharmacy: formulary, dosing frequencies, interaction table, stock locations, lot-tracked stock and its
-- movements, prescriptions with allergy and interaction screening, dispensing with scans, returns, and the
-- dispense charges.
--
-- Who may do what:
--   * doctors prescribe for patients they have a care relationship with (clinical.can_access_patient) and
--     cancel or complete those prescriptions; nurses read them (the ward's medication administration record);
--   * pharmacists maintain the formulary, read every prescription (with the prescriber's override reasons), the
--     allergies (090) and minimal demographics (030), run the stock and dispense;
--   * stock changes ONLY through the SECURITY DEFINER functions below (pharmacists): nobody has a grant on
--     stock_lot.quantity or on stock_movement, clinical staff cannot change stock at all.
--
-- Stock invariants, held by the database under any concurrency:
--   * every change of a lot's quantity is a stock_movement row; the movement's AFTER INSERT trigger is the only
--     writer of stock_lot.quantity (a guard refuses any other UPDATE of it), so quantity = sum(movements);
--   * CHECK (quantity >= 0) on the lot; the functions lock the lot row (SELECT ... FOR UPDATE) and refuse with a
--     clear message before the CHECK would: concurrent dispenses from one lot queue on that row lock.
--
-- Screening (pharmacy.screen): the patient's active allergies (ATC-coded: the drug's ingredients are matched by
-- ATC prefix, so an allergy to the class J01C matches amoxicillin J01CA04 and co-amoxiclav; uncoded drug
-- allergies by name), penicillin/cephalosporin cross-sensitivity (a warning), the shipped interaction table
-- against the patient's current prescriptions (resources/interactions.csv) and duplicate therapy. A serious or
-- contraindicated hit refuses the prescription unless it carries an override reason (>= 10 characters): the
-- BEFORE INSERT trigger runs the screen itself and stores the hits with the row, so a modified client cannot skip
-- it; the override is audited (audit trigger) and shown to the pharmacist.
--
-- A dispense makes its charge in the same transaction (AFTER INSERT trigger, billing.charge source_kind
-- 'dispense', priced per unit from DRUG-<drug code> in the price list); a return puts the units back into the lot
-- with a new movement and voids the charge with a reason. Nothing is deleted.
-- Merge rules (070): every table with patient_id has a single-column key to registry.patient (id); composite keys
-- carrying the patient are ON UPDATE CASCADE; the protective triggers fire only on the status columns.
-- =====================================================================================================
CREATE SCHEMA pharmacy;
COMMENT ON SCHEMA pharmacy IS 'Formulary, stock lots and movements, prescriptions, dispenses.';

-- ---------------------------------------------------------------------------------------------------
-- Formulary
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE pharmacy.drug (
    id              bigint GENERATED ALWAYS AS IDENTITY,
    code            text        NOT NULL,
    generic_name    text        NOT NULL,
    strength        text        NOT NULL,
    form            text        NOT NULL,
    route           text        NOT NULL,
    unit            text        NOT NULL,
    pack_size       integer     NOT NULL,
    atc_code        text,
    ingredient_atc  text[]      NOT NULL DEFAULT '{}',
    price_code      text        NOT NULL,
    reorder_level   integer     NOT NULL DEFAULT 0,
    warnings        text,
    active          boolean     NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_drug PRIMARY KEY (id),
    CONSTRAINT uq_drug_code UNIQUE (code),
    CONSTRAINT ck_drug_code CHECK (code ~ '^[A-Z][A-Z0-9-]{1,34}$'),
    CONSTRAINT ck_drug_generic_name CHECK (length(btrim(generic_name)) BETWEEN 2 AND 200),
    CONSTRAINT ck_drug_strength CHECK (length(btrim(strength)) BETWEEN 1 AND 60),
    CONSTRAINT ck_drug_form CHECK (length(btrim(form)) BETWEEN 2 AND 60),
    CONSTRAINT ck_drug_route CHECK (route IN ('oral', 'intravenous', 'intramuscular', 'subcutaneous', 'inhalation',
                                              'sublingual', 'topical', 'rectal', 'ophthalmic', 'otic', 'nasal',
                                              'vaginal', 'transdermal')),
    CONSTRAINT ck_drug_unit CHECK (length(btrim(unit)) BETWEEN 1 AND 30),
    CONSTRAINT ck_drug_pack_size CHECK (pack_size > 0),
    CONSTRAINT ck_drug_atc_code CHECK (atc_code ~ '^[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?$'),
    CONSTRAINT ck_drug_ingredient_atc CHECK (array_position(ingredient_atc, NULL) IS NULL),
    CONSTRAINT ck_drug_price_code CHECK (price_code ~ '^[A-Z][A-Z0-9-]{1,39}$'),
    CONSTRAINT ck_drug_reorder_level CHECK (reorder_level >= 0),
    CONSTRAINT ck_drug_warnings CHECK (length(warnings) <= 500)
);
COMMENT ON TABLE pharmacy.drug IS
    'The formulary (resources/formulary.csv: WHO Model List of Essential Medicines subset with WHO ATC codes); '
    'maintained by pharmacists, never deleted (inactive).';
COMMENT ON COLUMN pharmacy.drug.unit IS 'The dispensing unit counted in stock, dispenses and charges (tablet, mL, vial...).';
COMMENT ON COLUMN pharmacy.drug.ingredient_atc IS
    'ATC codes of every active ingredient, the drug''s own code included: what the allergy and interaction checks '
    'match (by ATC prefix, so class codes such as J01C or M01A match).';
COMMENT ON COLUMN pharmacy.drug.price_code IS 'billing.price_item code of one dispensing unit (DRUG-<code>).';
COMMENT ON COLUMN pharmacy.drug.reorder_level IS 'Units in stock (all locations) below which the drug is reordered.';

CREATE INDEX ix_drug_generic_name ON pharmacy.drug (lower(generic_name));

CREATE TABLE pharmacy.frequency (
    code                  text     NOT NULL,
    label                 text     NOT NULL,
    doses_per_day         numeric,
    administration_times  time[]   NOT NULL DEFAULT '{}',
    directions            text     NOT NULL,
    sort_order            smallint NOT NULL DEFAULT 0,
    CONSTRAINT pk_frequency PRIMARY KEY (code),
    CONSTRAINT ck_frequency_code CHECK (code ~ '^[A-Z][A-Z0-9]{1,9}$'),
    CONSTRAINT ck_frequency_doses_per_day CHECK (doses_per_day > 0 AND doses_per_day <= 24)
);
COMMENT ON TABLE pharmacy.frequency IS
    'Dosing frequencies: label, doses per day (NULL = as needed), the ward''s standard administration times and the '
    'plain words printed on labels.';

CREATE TABLE pharmacy.interaction (
    id        bigint GENERATED ALWAYS AS IDENTITY,
    atc_a     text NOT NULL,
    atc_b     text NOT NULL,
    severity  text NOT NULL,
    effect    text NOT NULL,
    advice    text NOT NULL,
    source    text NOT NULL,
    CONSTRAINT pk_interaction PRIMARY KEY (id),
    CONSTRAINT uq_interaction_atc_a_atc_b UNIQUE (atc_a, atc_b),
    CONSTRAINT ck_interaction_atc CHECK (atc_a ~ '^[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?$'
                                         AND atc_b ~ '^[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?$'),
    CONSTRAINT ck_interaction_severity CHECK (severity IN ('contraindicated', 'serious', 'moderate'))
);
COMMENT ON TABLE pharmacy.interaction IS
    'Interacting pairs by ATC code or class prefix, either order, with severity (resources/interactions.csv; '
    'sources: ONC high-priority DDI list, Phansalkar et al. 2012, and FDA prescribing information).';

-- ---------------------------------------------------------------------------------------------------
-- Stock: locations, lots, movements
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE pharmacy.location (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    code           text    NOT NULL,
    name           text    NOT NULL,
    kind           text    NOT NULL,
    department_id  bigint,
    active         boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_location PRIMARY KEY (id),
    CONSTRAINT uq_location_code UNIQUE (code),
    CONSTRAINT fk_location_department_id_department FOREIGN KEY (department_id) REFERENCES core.department (id),
    CONSTRAINT ck_location_code CHECK (code ~ '^[A-Z][A-Z0-9-]{1,19}$'),
    CONSTRAINT ck_location_name CHECK (length(btrim(name)) BETWEEN 2 AND 100),
    CONSTRAINT ck_location_kind CHECK (kind IN ('store', 'dispensary', 'ward'))
);
COMMENT ON TABLE pharmacy.location IS 'Where stock is kept: the main store, the dispensary, ward stocks.';

CREATE TABLE pharmacy.stock_lot (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    drug_id      bigint      NOT NULL,
    location_id  bigint      NOT NULL,
    lot_number   text        NOT NULL,
    expiry_date  date        NOT NULL,
    quantity     integer     NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_stock_lot PRIMARY KEY (id),
    CONSTRAINT uq_stock_lot_drug_id_location_id_lot_number UNIQUE (drug_id, location_id, lot_number),
    CONSTRAINT fk_stock_lot_drug_id_drug FOREIGN KEY (drug_id) REFERENCES pharmacy.drug (id),
    CONSTRAINT fk_stock_lot_location_id_location FOREIGN KEY (location_id) REFERENCES pharmacy.location (id),
    CONSTRAINT ck_stock_lot_lot_number CHECK (lot_number ~ '^[A-Z0-9][A-Z0-9./-]{0,29}$'),
    CONSTRAINT ck_stock_lot_quantity CHECK (quantity >= 0)
);
COMMENT ON TABLE pharmacy.stock_lot IS
    'A manufacturer''s lot of one drug at one location; quantity is kept by the movements (never negative).';
COMMENT ON COLUMN pharmacy.stock_lot.quantity IS
    'Units on hand = the sum of this lot''s movements; written only by the stock_movement trigger.';

CREATE INDEX ix_stock_lot_location_id ON pharmacy.stock_lot (location_id, drug_id, expiry_date);

CREATE INDEX ix_stock_lot_lot_number ON pharmacy.stock_lot (lot_number);

CREATE TABLE pharmacy.stock_movement (
    id                bigint GENERATED ALWAYS AS IDENTITY,
    lot_id            bigint      NOT NULL,
    kind              text        NOT NULL,
    quantity          integer     NOT NULL,
    reason            text,
    dispense_id       bigint,
    counterpart_id    bigint,
    staff_id          bigint,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_stock_movement PRIMARY KEY (id),
    CONSTRAINT fk_stock_movement_lot_id_stock_lot FOREIGN KEY (lot_id) REFERENCES pharmacy.stock_lot (id),
    CONSTRAINT fk_stock_movement_counterpart_id_stock_movement FOREIGN KEY (counterpart_id)
        REFERENCES pharmacy.stock_movement (id),
    CONSTRAINT fk_stock_movement_staff_id_staff FOREIGN KEY (staff_id) REFERENCES core.staff (id),
    CONSTRAINT ck_stock_movement_kind CHECK (kind IN ('receipt', 'transfer_out', 'transfer_in', 'adjustment',
                                                      'write_off', 'dispense', 'return')),
    CONSTRAINT ck_stock_movement_sign CHECK (quantity <> 0 AND CASE WHEN kind IN ('receipt', 'transfer_in', 'return')
                                                                     THEN quantity > 0
                                                                     WHEN kind IN ('transfer_out', 'write_off', 'dispense')
                                                                     THEN quantity < 0
                                                                     ELSE true END),
    CONSTRAINT ck_stock_movement_reason CHECK (kind NOT IN ('adjustment', 'write_off', 'return', 'transfer_out')
                                               OR length(btrim(reason)) >= 5),
    CONSTRAINT ck_stock_movement_dispense CHECK ((kind IN ('dispense', 'return')) = (dispense_id IS NOT NULL))
);
COMMENT ON TABLE pharmacy.stock_movement IS
    'Every change of stock, signed (+ in, - out); append-only. Transfers are a pair (counterpart_id).';

CREATE INDEX ix_stock_movement_lot_id ON pharmacy.stock_movement (lot_id, id);

CREATE INDEX ix_stock_movement_dispense_id ON pharmacy.stock_movement (dispense_id) WHERE dispense_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------------
-- Prescriptions
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE pharmacy.prescription (
    id                   bigint GENERATED ALWAYS AS IDENTITY,
    prescription_number  text        NOT NULL,
    patient_id           bigint      NOT NULL,
    encounter_id         bigint      NOT NULL,
    prescriber_id        bigint      NOT NULL DEFAULT core.current_staff_id(),
    drug_id              bigint      NOT NULL,
    dose_amount          numeric     NOT NULL,
    dose_unit            text        NOT NULL,
    route                text        NOT NULL,
    frequency            text        NOT NULL,
    duration_days        integer,
    quantity             integer     NOT NULL,
    instructions         text,
    priority             text        NOT NULL DEFAULT 'routine',
    status               text        NOT NULL DEFAULT 'active',
    alerts               jsonb       NOT NULL DEFAULT '[]',
    override_reason      text,
    dispense_status      text        NOT NULL DEFAULT 'pending',
    quantity_dispensed   integer     NOT NULL DEFAULT 0,
    status_reason        text,
    status_changed_by    bigint,
    status_changed_at    timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_prescription PRIMARY KEY (id),
    CONSTRAINT uq_prescription_prescription_number UNIQUE (prescription_number),
    CONSTRAINT uq_prescription_id_patient_id UNIQUE (id, patient_id),
    CONSTRAINT fk_prescription_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_prescription_encounter_patient FOREIGN KEY (encounter_id, patient_id)
        REFERENCES clinical.encounter (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_prescription_prescriber_id_staff FOREIGN KEY (prescriber_id) REFERENCES core.staff (id),
    CONSTRAINT fk_prescription_drug_id_drug FOREIGN KEY (drug_id) REFERENCES pharmacy.drug (id),
    CONSTRAINT fk_prescription_frequency_frequency FOREIGN KEY (frequency) REFERENCES pharmacy.frequency (code),
    CONSTRAINT fk_prescription_status_changed_by_staff FOREIGN KEY (status_changed_by) REFERENCES core.staff (id),
    CONSTRAINT ck_prescription_dose_amount CHECK (dose_amount > 0 AND dose_amount < 100000),
    CONSTRAINT ck_prescription_dose_unit CHECK (length(btrim(dose_unit)) BETWEEN 1 AND 30),
    CONSTRAINT ck_prescription_duration_days CHECK (duration_days BETWEEN 1 AND 365),
    CONSTRAINT ck_prescription_quantity CHECK (quantity BETWEEN 1 AND 100000),
    CONSTRAINT ck_prescription_instructions CHECK (length(instructions) <= 500),
    CONSTRAINT ck_prescription_priority CHECK (priority IN ('routine', 'urgent', 'stat')),
    CONSTRAINT ck_prescription_status CHECK (status IN ('active', 'completed', 'cancelled')),
    CONSTRAINT ck_prescription_override CHECK (override_reason IS NULL OR length(btrim(override_reason)) >= 10),
    CONSTRAINT ck_prescription_dispense_status CHECK (dispense_status IN ('pending', 'partial', 'dispensed')),
    CONSTRAINT ck_prescription_quantity_dispensed CHECK (quantity_dispensed BETWEEN 0 AND quantity),
    CONSTRAINT ck_prescription_status_reason CHECK ((status = 'cancelled') <= (status_reason IS NOT NULL)
                                                   AND (status_reason IS NULL OR length(btrim(status_reason)) >= 5))
);
COMMENT ON TABLE pharmacy.prescription IS
    'A drug prescribed in an encounter; screened for allergies and interactions on insert (hits in alerts, a '
    'serious hit needs override_reason); cancelled or completed, never deleted.';
COMMENT ON COLUMN pharmacy.prescription.quantity IS 'Units to dispense in total (in the drug''s dispensing unit).';
COMMENT ON COLUMN pharmacy.prescription.status IS
    'Clinical state: active (to be given; the ward''s MAR), completed (course over), cancelled (with a reason).';
COMMENT ON COLUMN pharmacy.prescription.dispense_status IS
    'Supply state, kept by the dispensing functions: pending, partial, dispensed.';
COMMENT ON COLUMN pharmacy.prescription.alerts IS
    'The screening hits found by the database when the prescription was written (kind, severity, message).';

CREATE INDEX ix_prescription_patient_id ON pharmacy.prescription (patient_id, status);

CREATE INDEX ix_prescription_encounter_id ON pharmacy.prescription (encounter_id);

CREATE INDEX ix_prescription_queue ON pharmacy.prescription (created_at)
    WHERE status = 'active' AND dispense_status <> 'dispensed';

-- ---------------------------------------------------------------------------------------------------
-- Dispensing
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE pharmacy.dispense (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    prescription_id  bigint      NOT NULL,
    patient_id       bigint      NOT NULL,
    lot_id           bigint      NOT NULL,
    quantity         integer     NOT NULL,
    patient_scan     text        NOT NULL,
    pack_scan        text        NOT NULL,
    dispensed_by     bigint      NOT NULL,
    dispensed_at     timestamptz NOT NULL DEFAULT now(),
    status           text        NOT NULL DEFAULT 'dispensed',
    return_reason    text,
    returned_by      bigint,
    returned_at      timestamptz,
    CONSTRAINT pk_dispense PRIMARY KEY (id),
    CONSTRAINT fk_dispense_prescription_patient FOREIGN KEY (prescription_id, patient_id)
        REFERENCES pharmacy.prescription (id, patient_id) ON UPDATE CASCADE,
    CONSTRAINT fk_dispense_patient_id_patient FOREIGN KEY (patient_id) REFERENCES registry.patient (id),
    CONSTRAINT fk_dispense_lot_id_stock_lot FOREIGN KEY (lot_id) REFERENCES pharmacy.stock_lot (id),
    CONSTRAINT fk_dispense_dispensed_by_staff FOREIGN KEY (dispensed_by) REFERENCES core.staff (id),
    CONSTRAINT fk_dispense_returned_by_staff FOREIGN KEY (returned_by) REFERENCES core.staff (id),
    CONSTRAINT ck_dispense_quantity CHECK (quantity > 0),
    CONSTRAINT ck_dispense_status CHECK (status IN ('dispensed', 'returned')),
    CONSTRAINT ck_dispense_returned CHECK ((status = 'returned') = (returned_at IS NOT NULL)
                                          AND (status = 'returned') = (return_reason IS NOT NULL)
                                          AND (return_reason IS NULL OR length(btrim(return_reason)) >= 5))
);
COMMENT ON TABLE pharmacy.dispense IS
    'Units of a prescription handed out from one lot after scanning the patient''s MRN and the pack; charged once; '
    'a return marks it returned (stock back by a movement, charge voided).';

CREATE INDEX ix_dispense_prescription_id ON pharmacy.dispense (prescription_id);

CREATE INDEX ix_dispense_patient_id ON pharmacy.dispense (patient_id);

CREATE INDEX ix_dispense_lot_id ON pharmacy.dispense (lot_id);

ALTER TABLE pharmacy.stock_movement
    ADD CONSTRAINT fk_stock_movement_dispense_id_dispense FOREIGN KEY (dispense_id) REFERENCES pharmacy.dispense (id);
