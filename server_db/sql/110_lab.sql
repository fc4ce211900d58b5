-- =====================================================================================================
-- lab: the laboratory. Applied as hms_owner by migration 0004 (110_lab.down.sql undoes it).
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
GRANT USAGE ON SCHEMA lab TO hms_staff;

INSERT INTO core.setting (key, value, description) VALUES
    ('critical_ack_minutes', '30', 'Minutes a critical lab result may stay unacknowledged before it escalates.')
ON CONFLICT (key) DO NOTHING;

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
    CONSTRAINT ck_test_decimals CHECK (decimals BETWEEN 0 AND 4)
);
COMMENT ON TABLE lab.test IS 'Orderable tests, coded with LOINC; the unit is the one results must be reported in.';
GRANT SELECT ON lab.test TO hms_staff;
GRANT INSERT (code, name, short_name, specimen_type, container, unit, value_type, decimals, price_code, active),
      UPDATE (name, short_name, specimen_type, container, unit, value_type, decimals, price_code, active)
   ON lab.test TO hms_admin;

CREATE TABLE lab.panel (
    code    text NOT NULL,
    name    text NOT NULL,
    active  boolean NOT NULL DEFAULT true,
    CONSTRAINT pk_panel PRIMARY KEY (code),
    CONSTRAINT ck_panel_code CHECK (code ~ '^[0-9]{1,7}-[0-9]$'),
    CONSTRAINT ck_panel_name CHECK (length(btrim(name)) BETWEEN 1 AND 255)
);
COMMENT ON TABLE lab.panel IS 'Orderable groups of tests (LOINC panel codes); ordering a panel orders each member.';
GRANT SELECT ON lab.panel TO hms_staff;
GRANT INSERT (code, name, active), UPDATE (name, active) ON lab.panel TO hms_admin;

CREATE TABLE lab.panel_test (
    panel_code  text     NOT NULL,
    test_code   text     NOT NULL,
    position    smallint NOT NULL,
    CONSTRAINT pk_panel_test PRIMARY KEY (panel_code, test_code),
    CONSTRAINT fk_panel_test_panel_code_panel FOREIGN KEY (panel_code) REFERENCES lab.panel (code),
    CONSTRAINT fk_panel_test_test_code_test FOREIGN KEY (test_code) REFERENCES lab.test (code)
);
COMMENT ON TABLE lab.panel_test IS 'Member tests of a panel, in report order.';
GRANT SELECT ON lab.panel_test TO hms_staff;
GRANT INSERT (panel_code, test_code, position), UPDATE (position) ON lab.panel_test TO hms_admin;

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
GRANT SELECT ON lab.reference_range TO hms_staff;
GRANT INSERT (test_code, sex, age_from_years, age_to_years, low, high, critical_low, critical_high),
      UPDATE (low, high, critical_low, critical_high) ON lab.reference_range TO hms_admin;

-- BEGIN GENERATED FROM resources/lab_catalog.csv -> lab.test BY resources/build_icd10_sql.py (do not edit)
INSERT INTO lab.test (code, name, short_name, specimen_type, container, unit, value_type, decimals, price_code) VALUES
    ('6690-2', 'Leukocytes [#/volume] in Blood by Automated count', 'WBC', 'Whole blood', 'EDTA (lavender)', '10*9/L', 'numeric', 1, 'LAB-6690-2'),
    ('789-8', 'Erythrocytes [#/volume] in Blood by Automated count', 'RBC', 'Whole blood', 'EDTA (lavender)', '10*12/L', 'numeric', 2, 'LAB-789-8'),
    ('718-7', 'Hemoglobin [Mass/volume] in Blood', 'Haemoglobin', 'Whole blood', 'EDTA (lavender)', 'g/L', 'numeric', 0, 'LAB-718-7'),
    ('4544-3', 'Hematocrit [Volume Fraction] of Blood by Automated count', 'Haematocrit', 'Whole blood', 'EDTA (lavender)', 'L/L', 'numeric', 2, 'LAB-4544-3'),
    ('787-2', 'MCV [Entitic volume] by Automated count', 'MCV', 'Whole blood', 'EDTA (lavender)', 'fL', 'numeric', 0, 'LAB-787-2'),
    ('777-3', 'Platelets [#/volume] in Blood by Automated count', 'Platelets', 'Whole blood', 'EDTA (lavender)', '10*9/L', 'numeric', 0, 'LAB-777-3'),
    ('2951-2', 'Sodium [Moles/volume] in Serum or Plasma', 'Sodium', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 0, 'LAB-2951-2'),
    ('2823-3', 'Potassium [Moles/volume] in Serum or Plasma', 'Potassium', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 1, 'LAB-2823-3'),
    ('2075-0', 'Chloride [Moles/volume] in Serum or Plasma', 'Chloride', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 0, 'LAB-2075-0'),
    ('1963-8', 'Bicarbonate [Moles/volume] in Serum or Plasma', 'Bicarbonate', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 0, 'LAB-1963-8'),
    ('22664-7', 'Urea [Moles/volume] in Serum or Plasma', 'Urea', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 1, 'LAB-22664-7'),
    ('14682-9', 'Creatinine [Moles/volume] in Serum or Plasma', 'Creatinine', 'Serum', 'SST (gold)', 'umol/L', 'numeric', 0, 'LAB-14682-9'),
    ('14749-6', 'Glucose [Moles/volume] in Serum or Plasma', 'Glucose', 'Plasma', 'Fluoride oxalate (grey)', 'mmol/L', 'numeric', 1, 'LAB-14749-6'),
    ('2000-8', 'Calcium [Moles/volume] in Serum or Plasma', 'Calcium', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 2, 'LAB-2000-8'),
    ('1742-6', 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', 'ALT', 'Serum', 'SST (gold)', 'U/L', 'numeric', 0, 'LAB-1742-6'),
    ('1920-8', 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', 'AST', 'Serum', 'SST (gold)', 'U/L', 'numeric', 0, 'LAB-1920-8'),
    ('6768-6', 'Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma', 'ALP', 'Serum', 'SST (gold)', 'U/L', 'numeric', 0, 'LAB-6768-6'),
    ('14631-6', 'Bilirubin.total [Moles/volume] in Serum or Plasma', 'Bilirubin', 'Serum', 'SST (gold)', 'umol/L', 'numeric', 0, 'LAB-14631-6'),
    ('1751-7', 'Albumin [Mass/volume] in Serum or Plasma', 'Albumin', 'Serum', 'SST (gold)', 'g/L', 'numeric', 0, 'LAB-1751-7'),
    ('14647-2', 'Cholesterol [Moles/volume] in Serum or Plasma', 'Cholesterol', 'Serum', 'SST (gold)', 'mmol/L', 'numeric', 1, 'LAB-14647-2'),
    ('3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', 'TSH', 'Serum', 'SST (gold)', 'mIU/L', 'numeric', 2, 'LAB-3016-3'),
    ('1988-5', 'C reactive protein [Mass/volume] in Serum or Plasma', 'CRP', 'Serum', 'SST (gold)', 'mg/L', 'numeric', 0, 'LAB-1988-5'),
    ('4548-4', 'Hemoglobin A1c/Hemoglobin.total in Blood', 'HbA1c', 'Whole blood', 'EDTA (lavender)', '%', 'numeric', 1, 'LAB-4548-4'),
    ('10839-9', 'Troponin I.cardiac [Mass/volume] in Serum or Plasma', 'Troponin I', 'Serum', 'SST (gold)', 'ng/L', 'numeric', 0, 'LAB-10839-9'),
    ('6301-6', 'INR in Platelet poor plasma by Coagulation assay', 'INR', 'Citrated plasma', 'Sodium citrate (light blue)', '{INR}', 'numeric', 1, 'LAB-6301-6'),
    ('2524-7', 'Lactate [Moles/volume] in Serum or Plasma', 'Lactate', 'Plasma', 'Fluoride oxalate (grey)', 'mmol/L', 'numeric', 1, 'LAB-2524-7'),
    ('600-7', 'Bacteria identified in Blood by Culture', 'Blood culture', 'Blood', 'Blood culture bottles', '', 'text', 0, 'LAB-600-7'),
    ('94500-6', 'SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection', 'SARS-CoV-2 PCR', 'Nasopharyngeal swab', 'Viral transport medium', '', 'text', 0, 'LAB-94500-6');
-- END GENERATED FROM resources/lab_catalog.csv -> lab.test

-- BEGIN GENERATED FROM resources/lab_panels.csv -> lab.panel BY resources/build_icd10_sql.py (do not edit)
INSERT INTO lab.panel (code, name) VALUES
    ('58410-2', 'CBC panel - Blood by Automated count'),
    ('24362-6', 'Renal function 2000 panel - Serum or Plasma'),
    ('24325-3', 'Hepatic function 2000 panel - Serum or Plasma');
-- END GENERATED FROM resources/lab_panels.csv -> lab.panel

-- BEGIN GENERATED FROM resources/lab_panels.csv -> lab.panel_test BY resources/build_icd10_sql.py (do not edit)
INSERT INTO lab.panel_test (panel_code, test_code, position) VALUES
    ('58410-2', '6690-2', 1),
    ('58410-2', '789-8', 2),
    ('58410-2', '718-7', 3),
    ('58410-2', '4544-3', 4),
    ('58410-2', '787-2', 5),
    ('58410-2', '777-3', 6),
    ('24362-6', '2951-2', 1),
    ('24362-6', '2823-3', 2),
    ('24362-6', '22664-7', 3),
    ('24362-6', '14682-9', 4),
    ('24325-3', '1742-6', 1),
    ('24325-3', '1920-8', 2),
    ('24325-3', '6768-6', 3),
    ('24325-3', '14631-6', 4),
    ('24325-3', '1751-7', 5);
-- END GENERATED FROM resources/lab_panels.csv -> lab.panel_test

-- BEGIN GENERATED FROM resources/lab_reference_ranges.csv -> lab.reference_range BY resources/build_icd10_sql.py (do not edit)
INSERT INTO lab.reference_range (test_code, sex, age_from_years, age_to_years, low, high, critical_low, critical_high) VALUES
    ('6690-2', NULL, 18, NULL, 4.0, 11.0, 1.0, 50.0),
    ('6690-2', NULL, 1, 18, 4.5, 13.5, 1.0, 50.0),
    ('789-8', 'male', 18, NULL, 4.5, 5.9, NULL, NULL),
    ('789-8', 'female', 18, NULL, 3.8, 5.2, NULL, NULL),
    ('718-7', 'male', 18, NULL, 130, 170, 70, 200),
    ('718-7', 'female', 18, NULL, 120, 150, 70, 200),
    ('718-7', NULL, 1, 18, 110, 145, 70, 200),
    ('4544-3', 'male', 18, NULL, 0.4, 0.5, 0.2, 0.6),
    ('4544-3', 'female', 18, NULL, 0.36, 0.46, 0.2, 0.6),
    ('787-2', NULL, 18, NULL, 80, 100, NULL, NULL),
    ('777-3', NULL, 0, NULL, 150, 400, 20, 1000),
    ('2951-2', NULL, 0, NULL, 135, 145, 120, 160),
    ('2823-3', NULL, 0, NULL, 3.5, 5.3, 2.5, 6.5),
    ('2075-0', NULL, 0, NULL, 98, 107, NULL, NULL),
    ('1963-8', NULL, 0, NULL, 22, 29, 10, 40),
    ('22664-7', NULL, 18, NULL, 2.5, 7.8, NULL, 30.0),
    ('14682-9', 'male', 18, NULL, 59, 104, NULL, 354),
    ('14682-9', 'female', 18, NULL, 45, 84, NULL, 354),
    ('14682-9', NULL, 1, 18, 20, 80, NULL, 354),
    ('14749-6', NULL, 0, NULL, 3.9, 7.8, 2.5, 25.0),
    ('2000-8', NULL, 0, NULL, 2.2, 2.6, 1.8, 3.5),
    ('1742-6', NULL, 0, NULL, 0, 40, NULL, NULL),
    ('1920-8', NULL, 0, NULL, 0, 40, NULL, NULL),
    ('6768-6', NULL, 18, NULL, 30, 130, NULL, NULL),
    ('6768-6', NULL, 1, 18, 100, 400, NULL, NULL),
    ('14631-6', NULL, 0, NULL, 0, 21, NULL, NULL),
    ('1751-7', NULL, 0, NULL, 35, 50, NULL, NULL),
    ('14647-2', NULL, 18, NULL, 0, 5.0, NULL, NULL),
    ('3016-3', NULL, 0, NULL, 0.27, 4.2, NULL, NULL),
    ('1988-5', NULL, 0, NULL, 0, 5, NULL, NULL),
    ('4548-4', NULL, 0, NULL, 4.0, 5.9, NULL, NULL),
    ('10839-9', 'male', 18, NULL, 0, 34, NULL, NULL),
    ('10839-9', 'female', 18, NULL, 0, 16, NULL, NULL),
    ('6301-6', NULL, 0, NULL, 0.8, 1.2, NULL, 5.0),
    ('2524-7', NULL, 0, NULL, 0.5, 2.2, NULL, 4.0);
-- END GENERATED FROM resources/lab_reference_ranges.csv -> lab.reference_range

-- Each test is priced LAB-<LOINC> (valid from 2020; the price list takes over from there); LAB-DEFAULT prices a
-- test added later without its own price, so a result is never held back for want of a price.
-- BEGIN GENERATED FROM resources/lab_catalog.csv -> billing.price_item BY resources/build_icd10_sql.py (do not edit)
INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) VALUES
    ('LAB-6690-2', 'Laboratory: WBC', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-789-8', 'Laboratory: RBC', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-718-7', 'Laboratory: Haemoglobin', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-4544-3', 'Laboratory: Haematocrit', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-787-2', 'Laboratory: MCV', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-777-3', 'Laboratory: Platelets', 4.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2951-2', 'Laboratory: Sodium', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2823-3', 'Laboratory: Potassium', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2075-0', 'Laboratory: Chloride', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1963-8', 'Laboratory: Bicarbonate', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-22664-7', 'Laboratory: Urea', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-14682-9', 'Laboratory: Creatinine', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-14749-6', 'Laboratory: Glucose', 3.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2000-8', 'Laboratory: Calcium', 3.20, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1742-6', 'Laboratory: ALT', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1920-8', 'Laboratory: AST', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-6768-6', 'Laboratory: ALP', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-14631-6', 'Laboratory: Bilirubin', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1751-7', 'Laboratory: Albumin', 3.50, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-14647-2', 'Laboratory: Cholesterol', 5.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-3016-3', 'Laboratory: TSH', 9.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-1988-5', 'Laboratory: CRP', 6.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-4548-4', 'Laboratory: HbA1c', 8.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-10839-9', 'Laboratory: Troponin I', 18.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-6301-6', 'Laboratory: INR', 6.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-2524-7', 'Laboratory: Lactate', 7.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-600-7', 'Laboratory: Blood culture', 25.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test'),
    ('LAB-94500-6', 'Laboratory: SARS-CoV-2 PCR', 30.00, 'GBP', DATE '2020-01-01', NULL, 'lab_test');
-- END GENERATED FROM resources/lab_catalog.csv -> billing.price_item
INSERT INTO billing.price_item (code, name, amount, currency, valid_from, group_code)
VALUES ('LAB-DEFAULT', 'Laboratory test', 10.00, 'GBP', DATE '2020-01-01', 'lab_test');

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
GRANT SELECT ON lab.specimen TO hms_lab, hms_doctor, hms_nurse;

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
GRANT SELECT ON lab.lab_order TO hms_lab, hms_doctor, hms_nurse;

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
GRANT SELECT ON lab.order_status_history TO hms_lab, hms_doctor, hms_nurse;

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
GRANT SELECT ON lab.result TO hms_lab, hms_doctor, hms_nurse;

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
GRANT SELECT ON lab.critical_callback TO hms_lab;

-- ---------------------------------------------------------------------------------------------------
-- Lifecycle rules (whoever writes)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION lab.order_transition_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NEW.status = OLD.status THEN
        RETURN NEW;
    END IF;
    IF NOT ((OLD.status, NEW.status) IN (('ordered', 'collected'), ('collected', 'received'),
                                         ('received', 'resulted'), ('resulted', 'verified'),
                                         ('verified', 'released'), ('ordered', 'cancelled'),
                                         ('collected', 'cancelled'), ('received', 'cancelled'))) THEN
        RAISE EXCEPTION 'lab order % cannot go from % to %', OLD.order_number, OLD.status, NEW.status
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_lab_order_transition',
                  HINT = 'ordered -> collected -> received -> resulted -> verified -> released; cancel before resulted';
    END IF;
    NEW.status_changed_at := now();
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.order_transition_check() IS
    'BEFORE UPDATE OF status on lab.lab_order: only the lifecycle''s forward steps (or cancel before a result).';
CREATE TRIGGER lab_order_transition BEFORE UPDATE OF status ON lab.lab_order
    FOR EACH ROW EXECUTE FUNCTION lab.order_transition_check();

CREATE FUNCTION lab.order_history() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'ordered' THEN
            -- Only a data load by the superuser (hms-admin demo-data) inserts later states, with their history.
            IF current_setting('hms.demo_load', true) IS DISTINCT FROM 'on'
               OR NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = session_user) THEN
                RAISE EXCEPTION 'a lab order starts as ordered' USING ERRCODE = 'check_violation';
            END IF;
            RETURN NULL;
        END IF;
        INSERT INTO lab.order_status_history (lab_order_id, from_status, to_status, changed_by, changed_at)
        VALUES (NEW.id, NULL, NEW.status, NEW.ordering_clinician_id, NEW.ordered_at);
    ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO lab.order_status_history (lab_order_id, from_status, to_status, changed_by, note)
        VALUES (NEW.id, OLD.status, NEW.status, core.current_staff_id(),
                CASE WHEN NEW.status = 'cancelled' THEN NEW.cancel_reason
                     ELSE nullif(current_setting('hms.reason', true), '') END);
    END IF;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION lab.order_history() IS 'AFTER INSERT OR UPDATE OF status on lab.lab_order: the status history.';
CREATE TRIGGER lab_order_history AFTER INSERT OR UPDATE OF status ON lab.lab_order
    FOR EACH ROW EXECUTE FUNCTION lab.order_history();

-- The flag and displayed range of a numeric value for a patient (sex, age on a date), from the catalog.
CREATE FUNCTION lab.range_for(p_test_code text, p_patient_id bigint, p_on date)
RETURNS lab.reference_range
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT r.* FROM lab.reference_range r, registry.patient p
     WHERE p.id = p_patient_id AND r.test_code = p_test_code
       AND (r.sex IS NULL OR r.sex = p.sex)
       AND extract(year FROM age(p_on, p.birth_date)) >= r.age_from_years
       AND (r.age_to_years IS NULL OR extract(year FROM age(p_on, p.birth_date)) < r.age_to_years)
     ORDER BY r.sex IS NULL, coalesce(r.age_to_years, 200) - r.age_from_years
     LIMIT 1
$$;
COMMENT ON FUNCTION lab.range_for(text, bigint, date) IS
    'The reference range row of a test for a patient''s sex and age on a date (most specific band first).';
GRANT EXECUTE ON FUNCTION lab.range_for(text, bigint, date) TO hms_staff;

CREATE FUNCTION lab.flag_for(p_value numeric, p_range lab.reference_range) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_value IS NULL OR p_range.test_code IS NULL THEN NULL
        WHEN p_range.critical_low IS NOT NULL AND p_value < p_range.critical_low THEN 'critical_low'
        WHEN p_range.critical_high IS NOT NULL AND p_value > p_range.critical_high THEN 'critical_high'
        WHEN p_range.low IS NOT NULL AND p_value < p_range.low THEN 'low'
        WHEN p_range.high IS NOT NULL AND p_value > p_range.high THEN 'high'
        ELSE 'normal' END
$$;
COMMENT ON FUNCTION lab.flag_for(numeric, lab.reference_range) IS
    'normal / low / high / critical_low / critical_high of a value against a reference range.';
GRANT EXECUTE ON FUNCTION lab.flag_for(numeric, lab.reference_range) TO hms_staff;

-- BEFORE INSERT on lab.result: the database, not the client, decides the numeric value, the range and the flag.
-- An analyzer's own flag (HL7 OBX-8, passed as hms.analyzer_flag by the gateway) is used only for tests without
-- a catalog range (text results: 'A' -> abnormal).
CREATE FUNCTION lab.result_compute() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_order  lab.lab_order;
    v_test   lab.test;
    v_range  lab.reference_range;
    v_on     date;
    v_num    text;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = NEW.lab_order_id;
    SELECT * INTO v_test FROM lab.test WHERE code = v_order.test_code;
    IF NEW.loinc_code IS DISTINCT FROM v_order.test_code THEN
        RAISE EXCEPTION 'result code % does not match the ordered test % of order %', NEW.loinc_code,
                        v_order.test_code, v_order.order_number USING ERRCODE = 'check_violation';
    END IF;
    NEW.value := btrim(NEW.value);
    NEW.unit := coalesce(nullif(btrim(NEW.unit), ''), v_test.unit);
    IF NEW.unit <> v_test.unit THEN
        RAISE EXCEPTION 'unit "%" does not match the catalog unit "%" of %', NEW.unit, v_test.unit, v_test.short_name
            USING ERRCODE = 'check_violation', HINT = 'report the result in the catalog unit';
    END IF;
    v_on := coalesce((SELECT s.collected_at FROM lab.specimen s WHERE s.id = v_order.specimen_id), now())::date;
    IF v_test.value_type = 'numeric' THEN
        v_num := regexp_replace(NEW.value, '^[<>]=?\s*', '');
        IF v_num !~ '^-?[0-9]+(\.[0-9]+)?$' THEN
            RAISE EXCEPTION '"%" is not a number (% is reported as a number in %)', NEW.value, v_test.short_name,
                            v_test.unit USING ERRCODE = 'invalid_text_representation';
        END IF;
        NEW.value_numeric := v_num::numeric;
        v_range := lab.range_for(v_test.code, v_order.patient_id, v_on);
        NEW.flag := lab.flag_for(NEW.value_numeric, v_range);
        NEW.reference_range := CASE
            WHEN v_range.test_code IS NULL THEN ''
            WHEN v_range.low IS NOT NULL AND v_range.high IS NOT NULL THEN v_range.low || '-' || v_range.high
            WHEN v_range.high IS NOT NULL THEN '<=' || v_range.high
            WHEN v_range.low IS NOT NULL THEN '>=' || v_range.low
            ELSE '' END;
    ELSE
        NEW.value_numeric := NULL;
        NEW.reference_range := '';
        NEW.flag := CASE WHEN current_setting('hms.analyzer_flag', true) IN ('A', 'AA', 'H', 'L', 'HH', 'LL')
                         THEN 'abnormal' END;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.result_compute() IS
    'BEFORE INSERT on lab.result: check code and unit against the order''s test, compute value, range and flag.';
CREATE TRIGGER result_compute BEFORE INSERT ON lab.result FOR EACH ROW EXECUTE FUNCTION lab.result_compute();

-- Results are never edited: only the status/verification/release bookkeeping columns change, forward only.
CREATE FUNCTION lab.result_immutable() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (NEW.lab_order_id, NEW.loinc_code, NEW.version, NEW.value, NEW.value_numeric, NEW.unit, NEW.reference_range,
        NEW.flag, NEW.comment, NEW.source, NEW.entered_by, NEW.entered_at, NEW.replaces_id, NEW.correction_reason)
       IS DISTINCT FROM
       (OLD.lab_order_id, OLD.loinc_code, OLD.version, OLD.value, OLD.value_numeric, OLD.unit, OLD.reference_range,
        OLD.flag, OLD.comment, OLD.source, OLD.entered_by, OLD.entered_at, OLD.replaces_id, OLD.correction_reason)
    THEN
        RAISE EXCEPTION 'a lab result is never edited: enter a new version with a reason'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF OLD.status = 'superseded' OR (OLD.status = 'final' AND NEW.status <> 'superseded')
       OR (OLD.status = 'verified' AND NEW.status NOT IN ('verified', 'final', 'superseded')) THEN
        IF NEW.status IS DISTINCT FROM OLD.status THEN
            RAISE EXCEPTION 'a % result cannot become %', OLD.status, NEW.status USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION lab.result_immutable() IS 'BEFORE UPDATE on lab.result: values never change; status forward only.';
CREATE TRIGGER result_immutable BEFORE UPDATE ON lab.result FOR EACH ROW EXECUTE FUNCTION lab.result_immutable();

-- ---------------------------------------------------------------------------------------------------
-- Charges: a resulted test is charged once (LAB-<LOINC>, else LAB-DEFAULT) on the day it was resulted.
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION lab.charge_test(p_order_id bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_order  lab.lab_order;
    v_code   text;
    v_date   date;
    v_price  billing.price_item;
    v_id     bigint;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id;
    IF NOT FOUND OR v_order.status NOT IN ('resulted', 'verified', 'released') THEN
        RETURN NULL;
    END IF;
    v_date := billing.local_day(coalesce((SELECT min(r.entered_at) FROM lab.result r WHERE r.lab_order_id = p_order_id),
                                         now()));
    SELECT t.price_code INTO v_code FROM lab.test t WHERE t.code = v_order.test_code;
    SELECT * INTO v_price FROM billing.price_item p
     WHERE p.id = coalesce(billing.price_item_at(v_code, v_date), billing.price_item_at('LAB-DEFAULT', v_date));
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no price for lab test % (nor LAB-DEFAULT) valid on %', v_order.test_code, v_date
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, quantity,
                                unit_amount, amount, currency, service_date)
    VALUES (v_order.patient_id, v_order.encounter_id, 'lab_test', v_order.id, v_price.id, 1, v_price.amount,
            v_price.amount, v_price.currency, v_date)
    ON CONFLICT (source_kind, source_id) DO NOTHING
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.charge_test(bigint) IS
    'The charge of a resulted lab order, created once, on the day the result was entered.';

CREATE FUNCTION lab.charge_resulted_order() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM lab.charge_test(NEW.id);
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION lab.charge_resulted_order() IS 'AFTER UPDATE OF status on lab.lab_order (resulted): the charge.';
CREATE TRIGGER lab_order_charge AFTER INSERT OR UPDATE OF status ON lab.lab_order
    FOR EACH ROW WHEN (NEW.status = 'resulted') EXECUTE FUNCTION lab.charge_resulted_order();

-- ---------------------------------------------------------------------------------------------------
-- Step functions
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION lab.require_staff(p_groups text[], p_action text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
BEGIN
    IF v_staff IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(p_groups) g WHERE core.has_group(g)) THEN
        RAISE EXCEPTION 'only % may %', array_to_string(p_groups, ' or '), p_action
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN v_staff;
END
$$;
COMMENT ON FUNCTION lab.require_staff(text[], text) IS 'The caller''s staff id, or an error unless in one of the groups.';

-- Order a test or a panel on an open encounter. Returns the new orders' ids.
CREATE FUNCTION lab.place_order(p_encounter_id bigint, p_code text, p_priority text DEFAULT 'routine',
                                p_clinical_info text DEFAULT '') RETURNS bigint[]
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := lab.require_staff(ARRAY['hms_doctor'], 'order laboratory tests');
    v_enc    clinical.encounter;
    v_req    text;
    v_codes  text[];
    v_panel  text;
    v_ids    bigint[] := '{}';
    v_id     bigint;
    v_code   text;
BEGIN
    SELECT * INTO v_enc FROM clinical.encounter WHERE id = p_encounter_id;
    IF NOT FOUND OR NOT clinical.can_access_patient(v_enc.patient_id) THEN
        RAISE EXCEPTION 'encounter % is not one of your patients''', p_encounter_id
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF v_enc.status <> 'open' THEN
        RAISE EXCEPTION 'tests are ordered on an open encounter (this one is %)', v_enc.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF p_priority IS NULL OR p_priority NOT IN ('routine', 'urgent', 'stat') THEN
        RAISE EXCEPTION 'priority must be routine, urgent or stat' USING ERRCODE = 'check_violation';
    END IF;
    IF EXISTS (SELECT 1 FROM lab.panel WHERE code = p_code AND active) THEN
        v_panel := p_code;
        SELECT array_agg(pt.test_code ORDER BY pt.position) INTO v_codes
          FROM lab.panel_test pt JOIN lab.test t ON t.code = pt.test_code AND t.active WHERE pt.panel_code = p_code;
    ELSIF EXISTS (SELECT 1 FROM lab.test WHERE code = p_code AND active) THEN
        v_codes := ARRAY[p_code];
    ELSE
        RAISE EXCEPTION '"%" is not an orderable test or panel', p_code USING ERRCODE = 'foreign_key_violation';
    END IF;
    v_req := 'RQ' || lpad(nextval('lab.requisition_seq')::text, 8, '0');
    FOREACH v_code IN ARRAY v_codes LOOP
        INSERT INTO lab.lab_order (order_number, requisition_number, patient_id, encounter_id, department_id,
                                   ordering_clinician_id, test_code, panel_code, priority, clinical_info)
        VALUES ('LO' || lpad(nextval('lab.order_number_seq')::text, 8, '0'), v_req, v_enc.patient_id, v_enc.id,
                v_enc.department_id, v_staff, v_code, v_panel, p_priority, btrim(coalesce(p_clinical_info, '')))
        RETURNING id INTO v_id;
        v_ids := v_ids || v_id;
    END LOOP;
    RETURN v_ids;
END
$$;
COMMENT ON FUNCTION lab.place_order(bigint, text, text, text) IS
    'A doctor orders a test or panel (LOINC code) on an open encounter of a patient in their care.';
GRANT EXECUTE ON FUNCTION lab.place_order(bigint, text, text, text) TO hms_doctor;

-- Collect specimens for orders of one patient: the scanned wristband MRN must be that patient's. One specimen per
-- container type. Returns (specimen id, accession number, container, order ids).
CREATE FUNCTION lab.collect(p_order_ids bigint[], p_scanned_mrn text)
RETURNS TABLE (specimen_id bigint, accession_number text, container text, order_ids bigint[])
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff    bigint := lab.require_staff(ARRAY['hms_lab', 'hms_nurse'], 'collect specimens');
    v_patient  bigint;
    v_mrn      text;
    v_group    record;
    v_id       bigint;
    v_acc      text;
BEGIN
    IF p_order_ids IS NULL OR cardinality(p_order_ids) = 0 THEN
        RAISE EXCEPTION 'choose the orders to collect' USING ERRCODE = 'check_violation';
    END IF;
    PERFORM 1 FROM lab.lab_order o WHERE o.id = ANY (p_order_ids) ORDER BY o.id FOR UPDATE;
    IF (SELECT count(*) FROM lab.lab_order o WHERE o.id = ANY (p_order_ids)) <> cardinality(p_order_ids) THEN
        RAISE EXCEPTION 'unknown lab order' USING ERRCODE = 'no_data_found';
    END IF;
    IF (SELECT count(DISTINCT o.patient_id) FROM lab.lab_order o WHERE o.id = ANY (p_order_ids)) <> 1 THEN
        RAISE EXCEPTION 'specimens are collected from one patient at a time' USING ERRCODE = 'check_violation';
    END IF;
    SELECT o.patient_id INTO v_patient FROM lab.lab_order o WHERE o.id = p_order_ids[1];
    IF core.has_group('hms_nurse') AND NOT core.has_group('hms_lab') AND NOT clinical.can_access_patient(v_patient) THEN
        RAISE EXCEPTION 'this patient is not in your care' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT p.mrn INTO v_mrn FROM registry.patient p WHERE p.id = v_patient;
    IF btrim(coalesce(p_scanned_mrn, '')) <> v_mrn THEN
        RAISE EXCEPTION 'wrong patient: the scanned wristband (%) is not the patient of these orders',
                        coalesce(nullif(btrim(p_scanned_mrn), ''), 'nothing')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_specimen_positive_identification',
                  HINT = 'scan the wristband of the patient in front of you';
    END IF;
    IF EXISTS (SELECT 1 FROM lab.lab_order o WHERE o.id = ANY (p_order_ids) AND o.status <> 'ordered') THEN
        RAISE EXCEPTION 'only orders not yet collected can be collected'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    FOR v_group IN
        SELECT t.specimen_type, t.container, array_agg(o.id ORDER BY o.id) AS ids
          FROM lab.lab_order o JOIN lab.test t ON t.code = o.test_code
         WHERE o.id = ANY (p_order_ids) GROUP BY t.specimen_type, t.container ORDER BY t.container
    LOOP
        v_acc := 'S' || to_char(now(), 'YY') || lpad(nextval('lab.accession_seq')::text, 7, '0');
        INSERT INTO lab.specimen (accession_number, patient_id, specimen_type, container, collected_by, scanned_mrn)
        VALUES (v_acc, v_patient, v_group.specimen_type, v_group.container, v_staff, btrim(p_scanned_mrn))
        RETURNING id INTO v_id;
        UPDATE lab.lab_order o SET status = 'collected', specimen_id = v_id WHERE o.id = ANY (v_group.ids);
        specimen_id := v_id; accession_number := v_acc; container := v_group.container; order_ids := v_group.ids;
        RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION lab.collect(bigint[], text) IS
    'Collect specimens (lab or nurse) after positive identification: the scanned MRN must be the patient''s.';
GRANT EXECUTE ON FUNCTION lab.collect(bigint[], text) TO hms_lab, hms_nurse;

CREATE FUNCTION lab.receive(p_accession text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := lab.require_staff(ARRAY['hms_lab'], 'receive specimens');
    v_spec   lab.specimen;
    v_n      integer;
BEGIN
    SELECT * INTO v_spec FROM lab.specimen WHERE accession_number = btrim(p_accession) FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no specimen with accession number %', p_accession USING ERRCODE = 'no_data_found';
    END IF;
    IF v_spec.received_at IS NOT NULL THEN
        RAISE EXCEPTION 'specimen % was already received at %', v_spec.accession_number, v_spec.received_at
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    UPDATE lab.specimen SET received_at = now(), received_by = v_staff WHERE id = v_spec.id;
    UPDATE lab.lab_order SET status = 'received' WHERE specimen_id = v_spec.id AND status = 'collected';
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;
COMMENT ON FUNCTION lab.receive(text) IS 'The lab receives a specimen by accession number; its orders become received.';
GRANT EXECUTE ON FUNCTION lab.receive(text) TO hms_lab;

-- Enter (or, before verification, re-enter with a reason) the result of a received order.
CREATE FUNCTION lab.enter_result(p_order_id bigint, p_value text, p_unit text DEFAULT NULL,
                                 p_comment text DEFAULT '', p_reason text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := lab.require_staff(ARRAY['hms_lab'], 'enter laboratory results');
    v_order   lab.lab_order;
    v_prev    lab.result;
    v_id      bigint;
    v_source  text := CASE WHEN current_setting('hms.result_source', true) = 'hl7' THEN 'hl7' ELSE 'manual' END;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lab order %', p_order_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_order.status NOT IN ('received', 'resulted') THEN
        RAISE EXCEPTION 'order % is %: results are entered for received specimens (released results are corrected)',
                        v_order.order_number, v_order.status USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT * INTO v_prev FROM lab.result r WHERE r.lab_order_id = p_order_id AND r.status <> 'superseded';
    IF FOUND AND length(btrim(coalesce(p_reason, ''))) < 5 THEN
        RAISE EXCEPTION 'order % already has a result: replacing it needs a reason', v_order.order_number
            USING ERRCODE = 'check_violation';
    END IF;
    IF FOUND THEN
        UPDATE lab.result SET status = 'superseded' WHERE id = v_prev.id;
    END IF;
    INSERT INTO lab.result (lab_order_id, loinc_code, version, value, unit, comment, source, entered_by,
                            replaces_id, correction_reason)
    VALUES (p_order_id, v_order.test_code, coalesce(v_prev.version, 0) + 1, coalesce(p_value, ''),
            coalesce(p_unit, ''), btrim(coalesce(p_comment, '')), v_source, v_staff, v_prev.id,
            CASE WHEN v_prev.id IS NOT NULL THEN btrim(p_reason) END)
    RETURNING id INTO v_id;
    IF v_order.status = 'received' THEN
        UPDATE lab.lab_order SET status = 'resulted' WHERE id = p_order_id;
    END IF;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.enter_result(bigint, text, text, text, text) IS
    'Lab enters the result of a received order (a re-entry before verification is a new version with a reason).';
GRANT EXECUTE ON FUNCTION lab.enter_result(bigint, text, text, text, text) TO hms_lab;

CREATE FUNCTION lab.verify(p_order_id bigint) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := lab.require_staff(ARRAY['hms_lab'], 'verify laboratory results');
    v_order   lab.lab_order;
    v_result  lab.result;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND OR v_order.status <> 'resulted' THEN
        RAISE EXCEPTION 'only a resulted order can be verified' USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    SELECT * INTO v_result FROM lab.result r WHERE r.lab_order_id = p_order_id AND r.status = 'entered';
    IF v_result.entered_by = v_staff THEN
        RAISE EXCEPTION 'a second person verifies a result: you entered this one'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_result_four_eyes';
    END IF;
    UPDATE lab.result SET status = 'verified', verified_by = v_staff, verified_at = now() WHERE id = v_result.id;
    UPDATE lab.lab_order SET status = 'verified' WHERE id = p_order_id;
END
$$;
COMMENT ON FUNCTION lab.verify(bigint) IS 'A second lab user verifies a resulted order.';
GRANT EXECUTE ON FUNCTION lab.verify(bigint) TO hms_lab;

-- The alert of a released (or corrected) result: one durable notification for the ordering clinician.
CREATE FUNCTION lab.alert(p_order_id bigint, p_kind text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_order   lab.lab_order;
    v_result  lab.result;
    v_test    lab.test;
    v_id      bigint;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id;
    SELECT * INTO v_result FROM lab.result r WHERE r.lab_order_id = p_order_id AND r.status = 'final';
    SELECT * INTO v_test FROM lab.test WHERE code = v_order.test_code;
    INSERT INTO notify.notification (recipient_id, kind, ref_id, patient_id, title)
    VALUES (v_order.ordering_clinician_id, p_kind, v_order.id, v_order.patient_id,
            CASE WHEN p_kind = 'lab_correction' THEN 'Corrected: ' ELSE '' END
            || v_test.short_name || ' ' || v_result.value || coalesce(' ' || nullif(v_result.unit, ''), '')
            || coalesce(' (' || replace(v_result.flag, '_', ' ') || ')', ''))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.alert(bigint, text) IS 'Notify the ordering clinician of a released or corrected result.';

CREATE FUNCTION lab.release(p_order_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := lab.require_staff(ARRAY['hms_lab'], 'release laboratory results');
    v_order   lab.lab_order;
    v_flag    text;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND OR v_order.status <> 'verified' THEN
        RAISE EXCEPTION 'only a verified order can be released' USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    UPDATE lab.result SET status = 'final', released_at = now()
     WHERE lab_order_id = p_order_id AND status = 'verified' RETURNING flag INTO v_flag;
    UPDATE lab.lab_order SET status = 'released', critical = coalesce(v_flag LIKE 'critical%', false)
     WHERE id = p_order_id;
    RETURN lab.alert(p_order_id, CASE WHEN v_flag LIKE 'critical%' THEN 'lab_critical' ELSE 'lab_result' END);
END
$$;
COMMENT ON FUNCTION lab.release(bigint) IS
    'Lab releases a verified result to the ordering clinician: the notification (lab_result / lab_critical).';
GRANT EXECUTE ON FUNCTION lab.release(bigint) TO hms_lab;

CREATE FUNCTION lab.correct_result(p_order_id bigint, p_value text, p_unit text, p_reason text,
                                   p_comment text DEFAULT '') RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := lab.require_staff(ARRAY['hms_lab'], 'correct laboratory results');
    v_order   lab.lab_order;
    v_prev    lab.result;
    v_id      bigint;
    v_flag    text;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND OR v_order.status <> 'released' THEN
        RAISE EXCEPTION 'only a released result is corrected (before release, enter a new result)'
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) < 5 THEN
        RAISE EXCEPTION 'a correction needs a reason of at least 5 characters' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO v_prev FROM lab.result r WHERE r.lab_order_id = p_order_id AND r.status = 'final';
    UPDATE lab.result SET status = 'superseded' WHERE id = v_prev.id;
    INSERT INTO lab.result (lab_order_id, loinc_code, version, value, unit, comment, source, entered_by,
                            replaces_id, correction_reason, status, released_at)
    VALUES (p_order_id, v_order.test_code, v_prev.version + 1, coalesce(p_value, ''), coalesce(p_unit, ''),
            btrim(coalesce(p_comment, '')),
            CASE WHEN current_setting('hms.result_source', true) = 'hl7' THEN 'hl7' ELSE 'manual' END,
            v_staff, v_prev.id, btrim(p_reason), 'final', now())
    RETURNING id, flag INTO v_id, v_flag;
    UPDATE lab.lab_order SET critical = coalesce(v_flag LIKE 'critical%', false), alert_acknowledged_at = NULL,
                             escalated_at = NULL
     WHERE id = p_order_id;
    INSERT INTO lab.order_status_history (lab_order_id, from_status, to_status, changed_by, note)
    VALUES (p_order_id, 'released', 'released', v_staff, 'corrected: ' || btrim(p_reason));
    PERFORM lab.alert(p_order_id, 'lab_correction');
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.correct_result(bigint, text, text, text, text) IS
    'Lab corrects a released result: a new final version with a reason; the clinician is alerted again.';
GRANT EXECUTE ON FUNCTION lab.correct_result(bigint, text, text, text, text) TO hms_lab;

CREATE FUNCTION lab.cancel_order(p_order_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := lab.require_staff(ARRAY['hms_doctor', 'hms_lab'], 'cancel laboratory orders');
    v_order  lab.lab_order;
BEGIN
    SELECT * INTO v_order FROM lab.lab_order WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND OR (NOT core.has_group('hms_lab') AND v_order.ordering_clinician_id <> v_staff
                     AND NOT clinical.can_access_patient(v_order.patient_id)) THEN
        RAISE EXCEPTION 'no lab order % of yours', p_order_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) < 5 THEN
        RAISE EXCEPTION 'cancelling an order needs a reason of at least 5 characters' USING ERRCODE = 'check_violation';
    END IF;
    UPDATE lab.lab_order SET status = 'cancelled', cancel_reason = btrim(p_reason) WHERE id = p_order_id;
END
$$;
COMMENT ON FUNCTION lab.cancel_order(bigint, text) IS 'Cancel an order before it is resulted, with a reason.';
GRANT EXECUTE ON FUNCTION lab.cancel_order(bigint, text) TO hms_doctor, hms_lab;

-- Acknowledging a lab alert is recorded on the order (the callback list and the escalation read it).
CREATE FUNCTION lab.alert_acknowledged() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    UPDATE lab.lab_order SET alert_acknowledged_at = NEW.acknowledged_at
     WHERE id = NEW.ref_id AND alert_acknowledged_at IS NULL;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION lab.alert_acknowledged() IS
    'AFTER UPDATE OF acknowledged_at on notify.notification (lab kinds): the order''s alert is acknowledged.';
CREATE TRIGGER notification_lab_acknowledged AFTER UPDATE OF acknowledged_at ON notify.notification
    FOR EACH ROW WHEN (NEW.kind IN ('lab_result', 'lab_critical', 'lab_correction', 'lab_critical_escalated')
                       AND NEW.acknowledged_at IS NOT NULL)
    EXECUTE FUNCTION lab.alert_acknowledged();

-- Escalate critical results left unacknowledged longer than critical_ack_minutes to the other doctors of the
-- ordering department (once per order). Idempotent; any staff client or the gateway may run it.
CREATE FUNCTION lab.escalate_overdue() RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_minutes  integer := coalesce((SELECT (s.value #>> '{}')::integer FROM core.setting s
                                     WHERE s.key = 'critical_ack_minutes'), 30);
    v_order    lab.lab_order;
    v_n        integer := 0;
BEGIN
    IF core.current_staff_id() IS NULL THEN
        RAISE EXCEPTION 'only staff may run the escalation' USING ERRCODE = 'insufficient_privilege';
    END IF;
    FOR v_order IN
        SELECT * FROM lab.lab_order o
         WHERE o.critical AND o.alert_acknowledged_at IS NULL AND o.escalated_at IS NULL AND o.status = 'released'
           AND o.status_changed_at < now() - make_interval(mins => v_minutes)
         ORDER BY o.id FOR UPDATE SKIP LOCKED
    LOOP
        INSERT INTO notify.notification (recipient_id, kind, ref_id, patient_id, title)
        SELECT s.id, 'lab_critical_escalated', v_order.id, v_order.patient_id,
               'Unacknowledged critical result: ' || n.title
          FROM core.staff s
          JOIN core.staff_department sd ON sd.staff_id = s.id AND sd.department_id = v_order.department_id
          JOIN pg_roles r ON r.rolname = s.username AND r.rolcanlogin
          LEFT JOIN LATERAL (SELECT x.title FROM notify.notification x
                              WHERE x.ref_id = v_order.id AND x.kind IN ('lab_critical', 'lab_correction')
                              ORDER BY x.id DESC LIMIT 1) n ON true
         WHERE s.id <> v_order.ordering_clinician_id AND s.active
           AND pg_has_role(s.username, 'hms_doctor', 'MEMBER');
        UPDATE lab.lab_order SET escalated_at = now() WHERE id = v_order.id;
        v_n := v_n + 1;
    END LOOP;
    RETURN v_n;
END
$$;
COMMENT ON FUNCTION lab.escalate_overdue() IS
    'Escalate critical results unacknowledged after critical_ack_minutes to the department''s other doctors.';
GRANT EXECUTE ON FUNCTION lab.escalate_overdue() TO hms_staff;

CREATE FUNCTION lab.record_callback(p_order_id bigint, p_spoke_to text, p_read_back boolean,
                                    p_note text DEFAULT '') RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := lab.require_staff(ARRAY['hms_lab'], 'record critical-result calls');
    v_id     bigint;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM lab.lab_order WHERE id = p_order_id AND critical) THEN
        RAISE EXCEPTION 'order % has no critical result to phone', p_order_id
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO lab.critical_callback (lab_order_id, called_by, spoke_to, read_back, note)
    VALUES (p_order_id, v_staff, btrim(coalesce(p_spoke_to, '')), coalesce(p_read_back, false),
            btrim(coalesce(p_note, '')))
    RETURNING id INTO v_id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION lab.record_callback(bigint, text, boolean, text) IS
    'The lab records that it phoned a critical result (to whom, read back or not).';
GRANT EXECUTE ON FUNCTION lab.record_callback(bigint, text, boolean, text) TO hms_lab;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE lab.test ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab.test FORCE ROW LEVEL SECURITY;
CREATE POLICY "The catalog is visible to staff" ON lab.test FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add tests" ON lab.test FOR INSERT TO hms_admin WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins maintain tests" ON lab.test FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE lab.panel ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab.panel FORCE ROW LEVEL SECURITY;
CREATE POLICY "Panels are visible to staff" ON lab.panel FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add panels" ON lab.panel FOR INSERT TO hms_admin WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins maintain panels" ON lab.panel FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE lab.panel_test ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab.panel_test FORCE ROW LEVEL SECURITY;
CREATE POLICY "Panel members are visible to staff" ON lab.panel_test FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add panel members" ON lab.panel_test FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins order panel members" ON lab.panel_test FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE lab.reference_range ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab.reference_range FORCE ROW LEVEL SECURITY;
CREATE POLICY "Reference ranges are visible to staff" ON lab.reference_range FOR SELECT TO hms_staff USING (true);
CREATE POLICY "Admins add reference ranges" ON lab.reference_range FOR INSERT TO hms_admin
    WITH CHECK ((SELECT core.has_group('hms_admin')));
CREATE POLICY "Admins maintain reference ranges" ON lab.reference_range FOR UPDATE TO hms_admin
    USING ((SELECT core.has_group('hms_admin'))) WITH CHECK (true);

ALTER TABLE lab.lab_order ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab.lab_order FORCE ROW LEVEL SECURITY;
CREATE POLICY "The lab sees every order" ON lab.lab_order FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));
CREATE POLICY "Clinicians see their patients' orders" ON lab.lab_order FOR SELECT TO hms_doctor, hms_nurse
    USING (ordering_clinician_id = (SELECT core.current_staff_id()) OR clinical.can_access_patient(patient_id));

ALTER TABLE lab.order_status_history ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab.order_status_history FORCE ROW LEVEL SECURITY;
CREATE POLICY "The lab sees every status change" ON lab.order_status_history FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));
CREATE POLICY "Clinicians see the history of visible orders" ON lab.order_status_history FOR SELECT
    TO hms_doctor, hms_nurse USING (EXISTS (SELECT 1 FROM lab.lab_order o WHERE o.id = lab_order_id));

ALTER TABLE lab.specimen ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab.specimen FORCE ROW LEVEL SECURITY;
CREATE POLICY "The lab sees every specimen" ON lab.specimen FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));
CREATE POLICY "Clinicians see their patients' specimens" ON lab.specimen FOR SELECT TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));

ALTER TABLE lab.result ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab.result FORCE ROW LEVEL SECURITY;
CREATE POLICY "The lab sees every result" ON lab.result FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));
CREATE POLICY "Clinicians see released results of visible orders" ON lab.result FOR SELECT TO hms_doctor, hms_nurse
    USING (released_at IS NOT NULL AND EXISTS (SELECT 1 FROM lab.lab_order o WHERE o.id = lab_order_id));

ALTER TABLE lab.critical_callback ENABLE ROW LEVEL SECURITY;
ALTER TABLE lab.critical_callback FORCE ROW LEVEL SECURITY;
CREATE POLICY "The lab sees its callbacks" ON lab.critical_callback FOR SELECT TO hms_lab
    USING ((SELECT core.has_group('hms_lab')));

-- ---------------------------------------------------------------------------------------------------
-- Audit
-- ---------------------------------------------------------------------------------------------------
SELECT audit.enable('lab.test');
SELECT audit.enable('lab.panel');
SELECT audit.enable('lab.panel_test');
SELECT audit.enable('lab.reference_range');
SELECT audit.enable('lab.specimen');
SELECT audit.enable('lab.lab_order');
SELECT audit.enable('lab.order_status_history');
SELECT audit.enable('lab.result');
SELECT audit.enable('lab.critical_callback');
