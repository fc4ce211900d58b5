-- =====================================================================================================
-- pharmacy: formulary, dosing frequencies, interaction table, stock locations, lot-tracked stock and its
-- movements, prescriptions with allergy and interaction screening, dispensing with scans, returns, and the
-- dispense charges. Applied as hms_owner by migration 0005 (120_pharmacy.down.sql undoes it).
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
GRANT USAGE ON SCHEMA pharmacy TO hms_staff;

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
GRANT SELECT ON pharmacy.drug TO hms_doctor, hms_nurse, hms_pharmacist;
GRANT INSERT (code, generic_name, strength, form, route, unit, pack_size, atc_code, ingredient_atc, price_code,
              reorder_level, warnings),
      UPDATE (reorder_level, warnings, active, pack_size) ON pharmacy.drug TO hms_pharmacist;

CREATE FUNCTION pharmacy.drug_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.code := upper(btrim(NEW.code));
    NEW.atc_code := nullif(upper(btrim(NEW.atc_code)), '');
    NEW.ingredient_atc := ARRAY(SELECT DISTINCT upper(btrim(i))
                                  FROM unnest(coalesce(NEW.ingredient_atc, '{}') || NEW.atc_code) AS i
                                 WHERE nullif(btrim(i), '') IS NOT NULL ORDER BY 1);
    IF EXISTS (SELECT 1 FROM unnest(NEW.ingredient_atc) i WHERE i !~ '^[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?$') THEN
        RAISE EXCEPTION 'ingredient ATC codes look like J01CA04 (got %)', array_to_string(NEW.ingredient_atc, ', ')
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_drug_ingredient_atc';
    END IF;
    NEW.price_code := coalesce(nullif(btrim(NEW.price_code), ''), 'DRUG-' || NEW.code);
    NEW.generic_name := btrim(NEW.generic_name);
    NEW.warnings := nullif(btrim(NEW.warnings), '');
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION pharmacy.drug_check() IS
    'BEFORE INSERT OR UPDATE on pharmacy.drug: normalise codes, ingredient_atc includes atc_code, default price code.';
CREATE TRIGGER drug_check BEFORE INSERT OR UPDATE ON pharmacy.drug
    FOR EACH ROW EXECUTE FUNCTION pharmacy.drug_check();

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
GRANT SELECT ON pharmacy.frequency TO hms_doctor, hms_nurse, hms_pharmacist;
INSERT INTO pharmacy.frequency (code, label, doses_per_day, administration_times, directions, sort_order) VALUES
    ('OD', 'Once daily', 1, '{08:00}', 'once a day', 10),
    ('MANE', 'Once daily in the morning', 1, '{08:00}', 'once a day in the morning', 11),
    ('NOCTE', 'At night', 1, '{22:00}', 'once a day at night', 12),
    ('BD', 'Twice daily', 2, '{08:00,20:00}', 'twice a day', 20),
    ('TDS', 'Three times daily', 3, '{08:00,14:00,22:00}', 'three times a day', 30),
    ('QDS', 'Four times daily', 4, '{06:00,12:00,18:00,22:00}', 'four times a day', 40),
    ('Q4H', 'Every 4 hours', 6, '{02:00,06:00,10:00,14:00,18:00,22:00}', 'every 4 hours', 50),
    ('Q6H', 'Every 6 hours', 4, '{00:00,06:00,12:00,18:00}', 'every 6 hours', 51),
    ('Q8H', 'Every 8 hours', 3, '{06:00,14:00,22:00}', 'every 8 hours', 52),
    ('Q12H', 'Every 12 hours', 2, '{08:00,20:00}', 'every 12 hours', 53),
    ('WEEKLY', 'Once a week', 0.142857, '{08:00}', 'ONCE A WEEK on the same day', 60),
    ('PRN', 'When required', NULL, '{}', 'when required', 70),
    ('STAT', 'Immediately, once', NULL, '{}', 'immediately, as a single dose', 80);

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
GRANT SELECT ON pharmacy.interaction TO hms_doctor, hms_nurse, hms_pharmacist;

-- BEGIN GENERATED FROM resources/formulary.csv AND resources/interactions.csv BY resources/build_pharmacy_sql.py
INSERT INTO pharmacy.drug (code, generic_name, strength, form, route, unit, pack_size, atc_code, ingredient_atc, reorder_level, warnings) VALUES
    ('AMOX500CAP', 'Amoxicillin', '500 mg', 'capsule', 'oral', 'capsule', 21, 'J01CA04', ARRAY[]::text[], 200, 'Take at regular intervals and complete the course.'),
    ('AMOX250SUS', 'Amoxicillin', '250 mg/5 mL', 'oral suspension', 'oral', 'mL', 100, 'J01CA04', ARRAY[]::text[], 500, 'Shake the bottle well. Complete the course.'),
    ('COAMOX625TAB', 'Amoxicillin and clavulanic acid', '500 mg/125 mg', 'tablet', 'oral', 'tablet', 21, 'J01CR02', ARRAY['J01CA04']::text[], 150, 'Take with food. Complete the course.'),
    ('PENV250TAB', 'Phenoxymethylpenicillin', '250 mg', 'tablet', 'oral', 'tablet', 28, 'J01CE02', ARRAY[]::text[], 100, 'Take on an empty stomach. Complete the course.'),
    ('BENPEN1200INJ', 'Benzylpenicillin', '1.2 g', 'powder for injection', 'intravenous', 'vial', 10, 'J01CE01', ARRAY[]::text[], 40, 'For hospital administration only.'),
    ('FLUCLOX500CAP', 'Flucloxacillin', '500 mg', 'capsule', 'oral', 'capsule', 28, 'J01CF05', ARRAY[]::text[], 100, 'Take on an empty stomach. Complete the course.'),
    ('CEFALEX500CAP', 'Cefalexin', '500 mg', 'capsule', 'oral', 'capsule', 21, 'J01DB01', ARRAY[]::text[], 100, 'Complete the course.'),
    ('CEFTRI1INJ', 'Ceftriaxone', '1 g', 'powder for injection', 'intravenous', 'vial', 10, 'J01DD04', ARRAY[]::text[], 40, 'For hospital administration only.'),
    ('AZITH500TAB', 'Azithromycin', '500 mg', 'tablet', 'oral', 'tablet', 3, 'J01FA10', ARRAY[]::text[], 60, 'Complete the course.'),
    ('CLARI500TAB', 'Clarithromycin', '500 mg', 'tablet', 'oral', 'tablet', 14, 'J01FA09', ARRAY[]::text[], 60, 'Complete the course.'),
    ('DOXY100CAP', 'Doxycycline', '100 mg', 'capsule', 'oral', 'capsule', 8, 'J01AA02', ARRAY[]::text[], 60, 'Swallow whole with plenty of water while sitting or standing. Avoid sunlight.'),
    ('CIPRO500TAB', 'Ciprofloxacin', '500 mg', 'tablet', 'oral', 'tablet', 10, 'J01MA02', ARRAY[]::text[], 80, 'Do not take indigestion remedies or iron within 2 hours.'),
    ('COTRIM480TAB', 'Sulfamethoxazole and trimethoprim', '400 mg/80 mg', 'tablet', 'oral', 'tablet', 28, 'J01EE01', ARRAY['J01EA01', 'J01EC01']::text[], 80, 'Drink plenty of fluids.'),
    ('TRIMETH200TAB', 'Trimethoprim', '200 mg', 'tablet', 'oral', 'tablet', 14, 'J01EA01', ARRAY[]::text[], 80, 'Complete the course.'),
    ('METRO400TAB', 'Metronidazole', '400 mg', 'tablet', 'oral', 'tablet', 21, 'J01XD01', ARRAY[]::text[], 80, 'Do not drink alcohol during the course and for 48 hours after.'),
    ('NITRO100CAP', 'Nitrofurantoin', '100 mg', 'modified-release capsule', 'oral', 'capsule', 14, 'J01XE01', ARRAY[]::text[], 60, 'Take with food. May colour urine yellow or brown.'),
    ('GENT80INJ', 'Gentamicin', '80 mg/2 mL', 'solution for injection', 'intravenous', 'ampoule', 10, 'J01GB03', ARRAY[]::text[], 40, 'For hospital administration only. Blood levels are monitored.'),
    ('FLUCON150CAP', 'Fluconazole', '150 mg', 'capsule', 'oral', 'capsule', 1, 'J02AC01', ARRAY[]::text[], 30, NULL),
    ('PARA500TAB', 'Paracetamol', '500 mg', 'tablet', 'oral', 'tablet', 32, 'N02BE01', ARRAY[]::text[], 1000, 'Do not take more than 8 tablets in 24 hours. Do not take other paracetamol-containing products.'),
    ('PARA120SUS', 'Paracetamol', '120 mg/5 mL', 'oral suspension', 'oral', 'mL', 100, 'N02BE01', ARRAY[]::text[], 500, 'Do not take more than 4 doses in 24 hours. Shake the bottle well.'),
    ('IBU400TAB', 'Ibuprofen', '400 mg', 'tablet', 'oral', 'tablet', 24, 'M01AE01', ARRAY[]::text[], 400, 'Take with or after food.'),
    ('NAPROX250TAB', 'Naproxen', '250 mg', 'tablet', 'oral', 'tablet', 28, 'M01AE02', ARRAY[]::text[], 100, 'Take with or after food.'),
    ('DICLO50TAB', 'Diclofenac', '50 mg', 'gastro-resistant tablet', 'oral', 'tablet', 28, 'M01AB05', ARRAY[]::text[], 100, 'Take with or after food. Swallow whole.'),
    ('ASA75TAB', 'Acetylsalicylic acid', '75 mg', 'dispersible tablet', 'oral', 'tablet', 28, 'B01AC06', ARRAY['N02BA01']::text[], 300, 'Take with or after food.'),
    ('MORPH10SOL', 'Morphine', '10 mg/5 mL', 'oral solution', 'oral', 'mL', 100, 'N02AA01', ARRAY[]::text[], 200, 'May cause drowsiness. Do not drive. Controlled drug.'),
    ('MORPH10INJ', 'Morphine', '10 mg/mL', 'solution for injection', 'intravenous', 'ampoule', 10, 'N02AA01', ARRAY[]::text[], 40, 'For hospital administration only. Controlled drug.'),
    ('CODEINE30TAB', 'Codeine phosphate', '30 mg', 'tablet', 'oral', 'tablet', 28, 'R05DA04', ARRAY[]::text[], 100, 'May cause drowsiness. Do not drive. Do not drink alcohol.'),
    ('TRAMADOL50CAP', 'Tramadol', '50 mg', 'capsule', 'oral', 'capsule', 30, 'N02AX02', ARRAY[]::text[], 100, 'May cause drowsiness. Do not drive. Controlled drug.'),
    ('OMEP20CAP', 'Omeprazole', '20 mg', 'gastro-resistant capsule', 'oral', 'capsule', 28, 'A02BC01', ARRAY[]::text[], 300, 'Swallow whole before food.'),
    ('ONDAN4TAB', 'Ondansetron', '4 mg', 'tablet', 'oral', 'tablet', 10, 'A04AA01', ARRAY[]::text[], 60, NULL),
    ('METOC10TAB', 'Metoclopramide', '10 mg', 'tablet', 'oral', 'tablet', 28, 'A03FA01', ARRAY[]::text[], 60, 'May cause drowsiness.'),
    ('METF500TAB', 'Metformin', '500 mg', 'tablet', 'oral', 'tablet', 28, 'A10BA02', ARRAY[]::text[], 400, 'Take with or after food.'),
    ('GLICL80TAB', 'Gliclazide', '80 mg', 'tablet', 'oral', 'tablet', 28, 'A10BB09', ARRAY[]::text[], 150, 'Take with breakfast. Know the signs of low blood sugar.'),
    ('INSULIN100INJ', 'Insulin (soluble human)', '100 units/mL', 'solution for injection', 'subcutaneous', 'mL', 10, 'A10AB01', ARRAY[]::text[], 50, 'Keep in a refrigerator. Do not freeze.'),
    ('AMLO5TAB', 'Amlodipine', '5 mg', 'tablet', 'oral', 'tablet', 28, 'C08CA01', ARRAY[]::text[], 300, NULL),
    ('ENAL10TAB', 'Enalapril', '10 mg', 'tablet', 'oral', 'tablet', 28, 'C09AA02', ARRAY[]::text[], 200, 'May cause dizziness.'),
    ('LISIN10TAB', 'Lisinopril', '10 mg', 'tablet', 'oral', 'tablet', 28, 'C09AA03', ARRAY[]::text[], 200, 'May cause dizziness.'),
    ('BISO5TAB', 'Bisoprolol', '5 mg', 'tablet', 'oral', 'tablet', 28, 'C07AB07', ARRAY[]::text[], 200, 'Do not stop taking suddenly.'),
    ('HCTZ25TAB', 'Hydrochlorothiazide', '25 mg', 'tablet', 'oral', 'tablet', 28, 'C03AA03', ARRAY[]::text[], 150, 'Take in the morning.'),
    ('FUROS40TAB', 'Furosemide', '40 mg', 'tablet', 'oral', 'tablet', 28, 'C03CA01', ARRAY[]::text[], 200, 'Take in the morning.'),
    ('SPIRO25TAB', 'Spironolactone', '25 mg', 'tablet', 'oral', 'tablet', 28, 'C03DA01', ARRAY[]::text[], 100, NULL),
    ('KCL600TAB', 'Potassium chloride', '600 mg', 'modified-release tablet', 'oral', 'tablet', 28, 'A12BA01', ARRAY[]::text[], 100, 'Swallow whole with plenty of water during or after food.'),
    ('DIGOX125TAB', 'Digoxin', '125 microgram', 'tablet', 'oral', 'tablet', 28, 'C01AA05', ARRAY[]::text[], 60, NULL),
    ('AMIOD200TAB', 'Amiodarone', '200 mg', 'tablet', 'oral', 'tablet', 28, 'C01BD01', ARRAY[]::text[], 40, 'Avoid sunlight. Protect skin with sunscreen.'),
    ('ISDN10TAB', 'Isosorbide dinitrate', '10 mg', 'tablet', 'oral', 'tablet', 56, 'C01DA08', ARRAY[]::text[], 60, 'Do not take with sildenafil or similar medicines.'),
    ('GTN400SPR', 'Glyceryl trinitrate', '400 microgram/dose', 'sublingual spray', 'sublingual', 'dose', 200, 'C01DA02', ARRAY[]::text[], 400, 'Spray under the tongue. Sit down before use.'),
    ('SIMVA20TAB', 'Simvastatin', '20 mg', 'tablet', 'oral', 'tablet', 28, 'C10AA01', ARRAY[]::text[], 300, 'Take in the evening.'),
    ('ATORVA20TAB', 'Atorvastatin', '20 mg', 'tablet', 'oral', 'tablet', 28, 'C10AA05', ARRAY[]::text[], 300, NULL),
    ('WARF1TAB', 'Warfarin', '1 mg', 'tablet', 'oral', 'tablet', 28, 'B01AA03', ARRAY[]::text[], 100, 'Take at the same time each day. Carry your anticoagulant card. INR monitoring.'),
    ('HEPARIN5000INJ', 'Heparin', '5000 units/mL', 'solution for injection', 'subcutaneous', 'ampoule', 10, 'B01AB01', ARRAY[]::text[], 40, 'For hospital administration only.'),
    ('ENOX40INJ', 'Enoxaparin', '40 mg/0.4 mL', 'solution for injection', 'subcutaneous', 'syringe', 10, 'B01AB05', ARRAY[]::text[], 60, NULL),
    ('CLOPID75TAB', 'Clopidogrel', '75 mg', 'tablet', 'oral', 'tablet', 28, 'B01AC04', ARRAY[]::text[], 150, NULL),
    ('SALB100INH', 'Salbutamol', '100 microgram/dose', 'pressurised inhalation', 'inhalation', 'dose', 200, 'R03AC02', ARRAY[]::text[], 400, 'Shake the inhaler before use.'),
    ('BECLO100INH', 'Beclometasone', '100 microgram/dose', 'pressurised inhalation', 'inhalation', 'dose', 200, 'R03BA01', ARRAY[]::text[], 200, 'Rinse your mouth after use.'),
    ('PRED5TAB', 'Prednisolone', '5 mg', 'tablet', 'oral', 'tablet', 28, 'H02AB06', ARRAY[]::text[], 200, 'Take with or after food in the morning. Carry your steroid card.'),
    ('LEVO50TAB', 'Levothyroxine', '50 microgram', 'tablet', 'oral', 'tablet', 28, 'H03AA01', ARRAY[]::text[], 150, 'Take in the morning 30 minutes before food.'),
    ('CARBA200TAB', 'Carbamazepine', '200 mg', 'tablet', 'oral', 'tablet', 56, 'N03AF01', ARRAY[]::text[], 60, 'May cause drowsiness. Do not drive until you know how it affects you.'),
    ('PHENY100CAP', 'Phenytoin', '100 mg', 'capsule', 'oral', 'capsule', 28, 'N03AB02', ARRAY[]::text[], 60, 'Take at the same time each day. Blood levels are monitored.'),
    ('VALPR500TAB', 'Sodium valproate', '500 mg', 'gastro-resistant tablet', 'oral', 'tablet', 30, 'N03AG01', ARRAY[]::text[], 60, 'Swallow whole. Not for women who could become pregnant without a prevention programme.'),
    ('LAMOT50TAB', 'Lamotrigine', '50 mg', 'tablet', 'oral', 'tablet', 56, 'N03AX09', ARRAY[]::text[], 60, 'Report any rash at once.'),
    ('FLUOX20CAP', 'Fluoxetine', '20 mg', 'capsule', 'oral', 'capsule', 30, 'N06AB03', ARRAY[]::text[], 100, NULL),
    ('AMITRIP25TAB', 'Amitriptyline', '25 mg', 'tablet', 'oral', 'tablet', 28, 'N06AA09', ARRAY[]::text[], 100, 'May cause drowsiness. Do not drive. Do not drink alcohol.'),
    ('LITHIUM400TAB', 'Lithium carbonate', '400 mg', 'modified-release tablet', 'oral', 'tablet', 100, 'N05AN01', ARRAY[]::text[], 60, 'Blood levels are monitored. Drink plenty of fluids. Carry your lithium card.'),
    ('HALOP5TAB', 'Haloperidol', '5 mg', 'tablet', 'oral', 'tablet', 28, 'N05AD01', ARRAY[]::text[], 40, 'May cause drowsiness.'),
    ('DIAZ5TAB', 'Diazepam', '5 mg', 'tablet', 'oral', 'tablet', 28, 'N05BA01', ARRAY[]::text[], 60, 'May cause drowsiness. Do not drive. Do not drink alcohol. Controlled drug.'),
    ('METHO2P5TAB', 'Methotrexate', '2.5 mg', 'tablet', 'oral', 'tablet', 24, 'L04AX03', ARRAY[]::text[], 30, 'Take ONCE A WEEK on the same day. Blood tests are needed.'),
    ('ALLOP100TAB', 'Allopurinol', '100 mg', 'tablet', 'oral', 'tablet', 28, 'M04AA01', ARRAY[]::text[], 100, 'Take after food with plenty of water.'),
    ('SILD50TAB', 'Sildenafil', '50 mg', 'tablet', 'oral', 'tablet', 4, 'G04BE03', ARRAY[]::text[], 20, 'Never take with nitrate medicines (e.g. GTN).');
INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) VALUES
    ('DRUG-AMOX500CAP', 'Amoxicillin 500 mg capsule (per capsule)', 0.12, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-AMOX250SUS', 'Amoxicillin 250 mg/5 mL oral suspension (per mL)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-COAMOX625TAB', 'Amoxicillin and clavulanic acid 500 mg/125 mg tablet (per tablet)', 0.35, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-PENV250TAB', 'Phenoxymethylpenicillin 250 mg tablet (per tablet)', 0.10, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-BENPEN1200INJ', 'Benzylpenicillin 1.2 g powder for injection (per vial)', 2.80, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-FLUCLOX500CAP', 'Flucloxacillin 500 mg capsule (per capsule)', 0.18, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-CEFALEX500CAP', 'Cefalexin 500 mg capsule (per capsule)', 0.20, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-CEFTRI1INJ', 'Ceftriaxone 1 g powder for injection (per vial)', 3.50, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-AZITH500TAB', 'Azithromycin 500 mg tablet (per tablet)', 0.90, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-CLARI500TAB', 'Clarithromycin 500 mg tablet (per tablet)', 0.60, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-DOXY100CAP', 'Doxycycline 100 mg capsule (per capsule)', 0.25, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-CIPRO500TAB', 'Ciprofloxacin 500 mg tablet (per tablet)', 0.30, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-COTRIM480TAB', 'Sulfamethoxazole and trimethoprim 400 mg/80 mg tablet (per tablet)', 0.15, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-TRIMETH200TAB', 'Trimethoprim 200 mg tablet (per tablet)', 0.10, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-METRO400TAB', 'Metronidazole 400 mg tablet (per tablet)', 0.12, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-NITRO100CAP', 'Nitrofurantoin 100 mg modified-release capsule (per capsule)', 0.40, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-GENT80INJ', 'Gentamicin 80 mg/2 mL solution for injection (per ampoule)', 1.20, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-FLUCON150CAP', 'Fluconazole 150 mg capsule (per capsule)', 1.10, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-PARA500TAB', 'Paracetamol 500 mg tablet (per tablet)', 0.02, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-PARA120SUS', 'Paracetamol 120 mg/5 mL oral suspension (per mL)', 0.02, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-IBU400TAB', 'Ibuprofen 400 mg tablet (per tablet)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-NAPROX250TAB', 'Naproxen 250 mg tablet (per tablet)', 0.06, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-DICLO50TAB', 'Diclofenac 50 mg gastro-resistant tablet (per tablet)', 0.05, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-ASA75TAB', 'Acetylsalicylic acid 75 mg dispersible tablet (per tablet)', 0.02, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-MORPH10SOL', 'Morphine 10 mg/5 mL oral solution (per mL)', 0.05, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-MORPH10INJ', 'Morphine 10 mg/mL solution for injection (per ampoule)', 1.50, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-CODEINE30TAB', 'Codeine phosphate 30 mg tablet (per tablet)', 0.08, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-TRAMADOL50CAP', 'Tramadol 50 mg capsule (per capsule)', 0.10, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-OMEP20CAP', 'Omeprazole 20 mg gastro-resistant capsule (per capsule)', 0.05, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-ONDAN4TAB', 'Ondansetron 4 mg tablet (per tablet)', 0.30, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-METOC10TAB', 'Metoclopramide 10 mg tablet (per tablet)', 0.05, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-METF500TAB', 'Metformin 500 mg tablet (per tablet)', 0.03, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-GLICL80TAB', 'Gliclazide 80 mg tablet (per tablet)', 0.06, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-INSULIN100INJ', 'Insulin (soluble human) 100 units/mL solution for injection (per mL)', 1.80, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-AMLO5TAB', 'Amlodipine 5 mg tablet (per tablet)', 0.03, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-ENAL10TAB', 'Enalapril 10 mg tablet (per tablet)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-LISIN10TAB', 'Lisinopril 10 mg tablet (per tablet)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-BISO5TAB', 'Bisoprolol 5 mg tablet (per tablet)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-HCTZ25TAB', 'Hydrochlorothiazide 25 mg tablet (per tablet)', 0.03, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-FUROS40TAB', 'Furosemide 40 mg tablet (per tablet)', 0.03, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-SPIRO25TAB', 'Spironolactone 25 mg tablet (per tablet)', 0.05, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-KCL600TAB', 'Potassium chloride 600 mg modified-release tablet (per tablet)', 0.06, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-DIGOX125TAB', 'Digoxin 125 microgram tablet (per tablet)', 0.06, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-AMIOD200TAB', 'Amiodarone 200 mg tablet (per tablet)', 0.12, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-ISDN10TAB', 'Isosorbide dinitrate 10 mg tablet (per tablet)', 0.05, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-GTN400SPR', 'Glyceryl trinitrate 400 microgram/dose sublingual spray (per dose)', 0.02, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-SIMVA20TAB', 'Simvastatin 20 mg tablet (per tablet)', 0.03, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-ATORVA20TAB', 'Atorvastatin 20 mg tablet (per tablet)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-WARF1TAB', 'Warfarin 1 mg tablet (per tablet)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-HEPARIN5000INJ', 'Heparin 5000 units/mL solution for injection (per ampoule)', 1.40, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-ENOX40INJ', 'Enoxaparin 40 mg/0.4 mL solution for injection (per syringe)', 2.50, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-CLOPID75TAB', 'Clopidogrel 75 mg tablet (per tablet)', 0.05, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-SALB100INH', 'Salbutamol 100 microgram/dose pressurised inhalation (per dose)', 0.01, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-BECLO100INH', 'Beclometasone 100 microgram/dose pressurised inhalation (per dose)', 0.03, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-PRED5TAB', 'Prednisolone 5 mg tablet (per tablet)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-LEVO50TAB', 'Levothyroxine 50 microgram tablet (per tablet)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-CARBA200TAB', 'Carbamazepine 200 mg tablet (per tablet)', 0.06, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-PHENY100CAP', 'Phenytoin 100 mg capsule (per capsule)', 0.08, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-VALPR500TAB', 'Sodium valproate 500 mg gastro-resistant tablet (per tablet)', 0.10, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-LAMOT50TAB', 'Lamotrigine 50 mg tablet (per tablet)', 0.05, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-FLUOX20CAP', 'Fluoxetine 20 mg capsule (per capsule)', 0.04, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-AMITRIP25TAB', 'Amitriptyline 25 mg tablet (per tablet)', 0.03, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-LITHIUM400TAB', 'Lithium carbonate 400 mg modified-release tablet (per tablet)', 0.08, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-HALOP5TAB', 'Haloperidol 5 mg tablet (per tablet)', 0.08, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-DIAZ5TAB', 'Diazepam 5 mg tablet (per tablet)', 0.03, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-METHO2P5TAB', 'Methotrexate 2.5 mg tablet (per tablet)', 0.12, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-ALLOP100TAB', 'Allopurinol 100 mg tablet (per tablet)', 0.03, 'GBP', DATE '2020-01-01', NULL, 'drug'),
    ('DRUG-SILD50TAB', 'Sildenafil 50 mg tablet (per tablet)', 0.50, 'GBP', DATE '2020-01-01', NULL, 'drug');
INSERT INTO pharmacy.interaction (atc_a, atc_b, severity, effect, advice, source) VALUES
    ('L04AX03', 'J01EA01', 'contraindicated', 'Additive antifolate effect: bone-marrow suppression and pancytopenia', 'Avoid the combination; choose another antibacterial', 'ONC-HP-DDI-2012'),
    ('B01AA03', 'M01A', 'serious', 'Increased bleeding risk (platelet inhibition and gastric erosion on top of anticoagulation)', 'Avoid; if unavoidable add gastroprotection and monitor INR and bleeding', 'ONC-HP-DDI-2012'),
    ('B01AA03', 'N02BA01', 'serious', 'Increased bleeding risk (antiplatelet effect on top of anticoagulation)', 'Avoid unless specifically indicated; monitor for bleeding', 'ONC-HP-DDI-2012'),
    ('C01DA', 'G04BE03', 'contraindicated', 'Profound hypotension (nitrate with a phosphodiesterase-5 inhibitor)', 'Do not combine; nitrates are contraindicated with sildenafil', 'FDA-LABEL'),
    ('C10AA01', 'J01FA09', 'contraindicated', 'Raised simvastatin levels (strong CYP3A4 inhibition): myopathy and rhabdomyolysis', 'Suspend simvastatin during the clarithromycin course or choose azithromycin', 'FDA-LABEL'),
    ('C10AA01', 'J02AC01', 'serious', 'Raised simvastatin levels (CYP3A4 inhibition): myopathy', 'Avoid or suspend simvastatin during the course', 'FDA-LABEL'),
    ('C10AA01', 'C01BD01', 'serious', 'Raised simvastatin levels: myopathy and rhabdomyolysis', 'Do not exceed simvastatin 20 mg daily with amiodarone', 'FDA-LABEL'),
    ('B01AA03', 'J01XD01', 'serious', 'Metronidazole inhibits warfarin metabolism: raised INR and bleeding', 'Avoid or reduce the warfarin dose and check INR within 3-5 days', 'FDA-LABEL'),
    ('B01AA03', 'J01EE01', 'serious', 'Co-trimoxazole inhibits warfarin metabolism: raised INR and bleeding', 'Avoid or check INR closely', 'FDA-LABEL'),
    ('B01AA03', 'J01FA09', 'serious', 'Clarithromycin raises warfarin effect: raised INR and bleeding', 'Check INR closely during and after the course', 'FDA-LABEL'),
    ('B01AA03', 'J02AC01', 'serious', 'Fluconazole inhibits warfarin metabolism: raised INR and bleeding', 'Check INR closely or avoid', 'FDA-LABEL'),
    ('B01AA03', 'C01BD01', 'serious', 'Amiodarone inhibits warfarin metabolism: raised INR for weeks', 'Reduce the warfarin dose and monitor INR', 'FDA-LABEL'),
    ('N05AN01', 'M01A', 'serious', 'NSAIDs reduce lithium clearance: lithium toxicity', 'Avoid; if unavoidable monitor lithium levels', 'FDA-LABEL'),
    ('N05AN01', 'C09AA', 'serious', 'ACE inhibitors reduce lithium clearance: lithium toxicity', 'Avoid or monitor lithium levels closely', 'FDA-LABEL'),
    ('N05AN01', 'C03AA', 'serious', 'Thiazides reduce lithium clearance: lithium toxicity', 'Avoid or reduce the lithium dose and monitor levels', 'FDA-LABEL'),
    ('C09AA', 'C03DA01', 'serious', 'Hyperkalaemia (ACE inhibitor with a potassium-sparing diuretic)', 'Monitor potassium and renal function; avoid in renal impairment', 'FDA-LABEL'),
    ('C09AA', 'A12BA01', 'serious', 'Hyperkalaemia (ACE inhibitor with potassium supplement)', 'Avoid routine potassium supplements; monitor potassium', 'FDA-LABEL'),
    ('C03DA01', 'A12BA01', 'contraindicated', 'Severe hyperkalaemia (potassium-sparing diuretic with potassium supplement)', 'Do not combine', 'FDA-LABEL'),
    ('C01AA05', 'C01BD01', 'serious', 'Amiodarone raises digoxin levels: digoxin toxicity', 'Halve the digoxin dose and monitor levels', 'FDA-LABEL'),
    ('N06AB03', 'N02AX02', 'serious', 'Serotonin syndrome and lowered seizure threshold', 'Avoid or monitor closely for serotonin toxicity', 'FDA-LABEL'),
    ('N06AB03', 'N05AN01', 'moderate', 'Serotonin toxicity and altered lithium levels', 'Monitor for serotonin toxicity and lithium levels', 'FDA-LABEL'),
    ('B01AC04', 'A02BC01', 'moderate', 'Omeprazole reduces activation of clopidogrel (CYP2C19 inhibition)', 'Prefer another acid suppressant (e.g. pantoprazole) or an H2 blocker', 'FDA-LABEL'),
    ('N03AG01', 'N03AX09', 'serious', 'Valproate doubles lamotrigine levels: serious rash (Stevens-Johnson syndrome)', 'Use the reduced lamotrigine titration schedule', 'FDA-LABEL'),
    ('N03AF01', 'N03AX09', 'moderate', 'Carbamazepine lowers lamotrigine levels', 'Adjust the lamotrigine dose', 'FDA-LABEL'),
    ('J01MA02', 'H02AB', 'moderate', 'Tendon rupture risk (fluoroquinolone with a corticosteroid)', 'Warn the patient; stop at the first sign of tendon pain', 'FDA-LABEL'),
    ('N02A', 'N05BA', 'serious', 'Profound sedation and respiratory depression (opioid with a benzodiazepine)', 'Avoid; if unavoidable use the lowest doses and monitor breathing', 'FDA-LABEL'),
    ('R05DA04', 'N05BA01', 'serious', 'Profound sedation and respiratory depression (opioid with a benzodiazepine)', 'Avoid; if unavoidable use the lowest doses and monitor breathing', 'FDA-LABEL'),
    ('B01AA03', 'B01AC04', 'serious', 'Increased bleeding risk (anticoagulant with an antiplatelet)', 'Only when specifically indicated; monitor for bleeding', 'FDA-LABEL'),
    ('N05AD01', 'C01BD01', 'serious', 'Additive QT prolongation: torsades de pointes', 'Avoid; if unavoidable monitor the ECG', 'FDA-LABEL'),
    ('N05AD01', 'J01FA09', 'serious', 'Additive QT prolongation: torsades de pointes', 'Avoid; if unavoidable monitor the ECG', 'FDA-LABEL'),
    ('A10BB09', 'J02AC01', 'moderate', 'Fluconazole raises gliclazide levels: hypoglycaemia', 'Monitor blood glucose', 'FDA-LABEL'),
    ('M01A', 'C09AA', 'moderate', 'NSAID reduces the antihypertensive effect and raises the risk of kidney injury', 'Monitor blood pressure and renal function', 'FDA-LABEL'),
    ('M01A', 'B01AB', 'serious', 'Increased bleeding risk (NSAID with heparin)', 'Avoid; if unavoidable monitor for bleeding', 'FDA-LABEL');
-- END GENERATED

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
GRANT SELECT, INSERT (code, name, kind, department_id), UPDATE (name, active) ON pharmacy.location TO hms_pharmacist;
INSERT INTO pharmacy.location (code, name, kind) VALUES
    ('MAIN', 'Pharmacy main store', 'store'),
    ('DISP', 'Outpatient dispensary', 'dispensary');

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
GRANT SELECT ON pharmacy.stock_lot TO hms_pharmacist;

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
GRANT SELECT ON pharmacy.stock_movement TO hms_pharmacist;

-- The one writer of stock_lot.quantity.
CREATE FUNCTION pharmacy.apply_movement() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_left integer;
BEGIN
    UPDATE pharmacy.stock_lot l SET quantity = l.quantity + NEW.quantity WHERE l.id = NEW.lot_id
    RETURNING l.quantity INTO v_left;
    RETURN NULL;
EXCEPTION WHEN check_violation THEN
    RAISE EXCEPTION 'not enough stock in lot % for a movement of % units', NEW.lot_id, NEW.quantity
        USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_stock_lot_quantity';
END
$$;
COMMENT ON FUNCTION pharmacy.apply_movement() IS
    'AFTER INSERT on pharmacy.stock_movement: add the movement to its lot (the CHECK refuses negative stock).';
CREATE TRIGGER stock_movement_apply AFTER INSERT ON pharmacy.stock_movement
    FOR EACH ROW EXECUTE FUNCTION pharmacy.apply_movement();

CREATE FUNCTION pharmacy.movement_immutable() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'stock movements are never changed or deleted: record a correcting movement instead'
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER stock_movement_immutable BEFORE UPDATE OR DELETE ON pharmacy.stock_movement
    FOR EACH ROW EXECUTE FUNCTION pharmacy.movement_immutable();

CREATE FUNCTION pharmacy.lot_guard() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.quantity <> 0 THEN
            RAISE EXCEPTION 'a new lot starts empty: stock arrives by a receipt movement'
                USING ERRCODE = 'check_violation';
        END IF;
        NEW.lot_number := upper(btrim(NEW.lot_number));
        RETURN NEW;
    END IF;
    IF NEW.quantity IS DISTINCT FROM OLD.quantity AND pg_trigger_depth() < 2 THEN
        RAISE EXCEPTION 'stock quantities change only by stock movements (receipt, transfer, adjustment, '
                        'write-off, dispense, return)' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF (NEW.drug_id, NEW.location_id, NEW.lot_number, NEW.expiry_date)
           IS DISTINCT FROM (OLD.drug_id, OLD.location_id, OLD.lot_number, OLD.expiry_date) THEN
        RAISE EXCEPTION 'a lot''s drug, location, number and expiry do not change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION pharmacy.lot_guard() IS
    'BEFORE INSERT OR UPDATE on pharmacy.stock_lot: lots start empty; quantity only through stock movements.';
CREATE TRIGGER stock_lot_guard BEFORE INSERT OR UPDATE ON pharmacy.stock_lot
    FOR EACH ROW EXECUTE FUNCTION pharmacy.lot_guard();

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
GRANT SELECT ON pharmacy.prescription TO hms_doctor, hms_nurse, hms_pharmacist;
GRANT INSERT (patient_id, encounter_id, drug_id, dose_amount, dose_unit, route, frequency, duration_days, quantity,
              instructions, priority, override_reason),
      UPDATE (status, status_reason) ON pharmacy.prescription TO hms_doctor;

-- The screen: one row per hit, most severe first. Runs as the owner (it reads the patient's allergies and current
-- prescriptions whatever the caller's row-level view), so it checks the caller itself.
CREATE FUNCTION pharmacy.screen(p_patient_id bigint, p_drug_id bigint, p_exclude_prescription_id bigint DEFAULT NULL)
RETURNS TABLE (kind text, severity text, message text, ref_id bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_drug pharmacy.drug;
BEGIN
    IF core.current_staff_id() IS NOT NULL AND NOT (core.has_group('hms_pharmacist')
                                                    OR clinical.can_access_patient(p_patient_id)) THEN
        RAISE EXCEPTION 'no care relationship with patient %', p_patient_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT * INTO v_drug FROM pharmacy.drug d WHERE d.id = p_drug_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no drug with id % in the formulary', p_drug_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN QUERY
    WITH hits AS (
        -- Coded drug allergies: an ingredient of the drug falls under the allergy's ATC code or class.
        SELECT 'allergy'::text AS kind, 'serious'::text AS severity,
               format('ALLERGY: %s is recorded (%s%s); %s %s contains %s', a.substance,
                      replace(coalesce(a.severity, 'severity not known'), '_', '-'),
                      coalesce(', ' || a.reaction, ''), v_drug.generic_name, v_drug.strength,
                      (SELECT string_agg(DISTINCT s.name, ', ') FROM unnest(v_drug.ingredient_atc) i
                         JOIN clinical.allergy_substance s ON s.code = i
                        WHERE i LIKE a.substance_code || '%')) AS message,
               a.id AS ref_id
          FROM clinical.allergy a
          JOIN clinical.allergy_substance sub ON sub.code = a.substance_code AND sub.code_system = 'ATC'
         WHERE a.patient_id = p_patient_id AND a.status = 'active'
           AND EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i WHERE i LIKE a.substance_code || '%')
        UNION ALL
        -- Uncoded drug allergies: by name.
        SELECT 'allergy', 'serious',
               format('ALLERGY: %s is recorded (%s%s, not coded: matched by name) — %s %s', a.substance,
                      replace(coalesce(a.severity, 'severity not known'), '_', '-'), coalesce(', ' || a.reaction, ''),
                      v_drug.generic_name, v_drug.strength),
               a.id
          FROM clinical.allergy a
         WHERE a.patient_id = p_patient_id AND a.status = 'active' AND a.substance_code IS NULL
           AND a.category = 'drug' AND length(btrim(a.substance)) >= 4
           AND (lower(v_drug.generic_name) LIKE '%' || lower(btrim(a.substance)) || '%'
                OR lower(a.substance) LIKE '%' || lower(v_drug.generic_name) || '%')
        UNION ALL
        -- Beta-lactam cross-sensitivity (penicillins <-> cephalosporins/carbapenems): a warning, not a stop.
        SELECT 'cross_sensitivity', 'moderate',
               format('Cross-sensitivity: %s allergy is recorded; %s is a %s — about 1 in 50 react, check the '
                      'history of the reaction', a.substance, v_drug.generic_name,
                      CASE WHEN v_drug.atc_code LIKE 'J01D%' THEN 'cephalosporin/carbapenem' ELSE 'penicillin' END),
               a.id
          FROM clinical.allergy a
         WHERE a.patient_id = p_patient_id AND a.status = 'active'
           AND ((a.substance_code LIKE 'J01C%' AND EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i
                                                             WHERE i LIKE 'J01D%'))
             OR (a.substance_code LIKE 'J01D%' AND EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i
                                                             WHERE i LIKE 'J01C%')))
        UNION ALL
        -- Interactions with the patient's current prescriptions (active, course not over).
        SELECT DISTINCT ON (p.id, x.id) 'interaction', x.severity,
               format('%s: %s %s with %s %s (%s) — %s. %s', upper(x.severity), v_drug.generic_name, v_drug.strength,
                      o.generic_name, o.strength, p.prescription_number, x.effect, x.advice),
               p.id
          FROM pharmacy.prescription p
          JOIN pharmacy.drug o ON o.id = p.drug_id
          JOIN pharmacy.interaction x
            ON (EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i WHERE i LIKE x.atc_a || '%')
                AND EXISTS (SELECT 1 FROM unnest(o.ingredient_atc) j WHERE j LIKE x.atc_b || '%'))
            OR (EXISTS (SELECT 1 FROM unnest(v_drug.ingredient_atc) i WHERE i LIKE x.atc_b || '%')
                AND EXISTS (SELECT 1 FROM unnest(o.ingredient_atc) j WHERE j LIKE x.atc_a || '%'))
         WHERE p.patient_id = p_patient_id AND p.status = 'active'
           AND p.id IS DISTINCT FROM p_exclude_prescription_id
           AND (p.duration_days IS NULL OR p.created_at + make_interval(days => p.duration_days) > now())
        UNION ALL
        -- Duplicate therapy: the same substance already current.
        SELECT 'duplicate', 'moderate',
               format('Duplicate: %s %s is already prescribed (%s, %s %s %s)', o.generic_name, o.strength,
                      p.prescription_number, p.dose_amount, p.dose_unit, p.frequency),
               p.id
          FROM pharmacy.prescription p
          JOIN pharmacy.drug o ON o.id = p.drug_id
         WHERE p.patient_id = p_patient_id AND p.status = 'active'
           AND p.id IS DISTINCT FROM p_exclude_prescription_id
           AND (p.duration_days IS NULL OR p.created_at + make_interval(days => p.duration_days) > now())
           AND (o.id = v_drug.id OR (o.atc_code IS NOT NULL AND o.atc_code = v_drug.atc_code))
    )
    SELECT h.kind, h.severity, h.message, h.ref_id FROM hits h
     ORDER BY array_position(ARRAY['contraindicated', 'serious', 'moderate'], h.severity), h.kind, h.ref_id;
END
$$;
COMMENT ON FUNCTION pharmacy.screen(bigint, bigint, bigint) IS
    'Allergy (by ATC ingredient/class or name), cross-sensitivity, interaction and duplicate hits of a drug for a '
    'patient, most severe first; for prescribers with a care relationship and pharmacists.';
GRANT EXECUTE ON FUNCTION pharmacy.screen(bigint, bigint, bigint) TO hms_doctor, hms_nurse, hms_pharmacist;

CREATE FUNCTION pharmacy.is_stop(p_severity text) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT p_severity IN ('contraindicated', 'serious')
$$;
COMMENT ON FUNCTION pharmacy.is_stop(text) IS 'Does a screening hit of this severity stop the prescriber?';
GRANT EXECUTE ON FUNCTION pharmacy.is_stop(text) TO hms_staff;

CREATE FUNCTION pharmacy.prescription_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := core.current_staff_id();
    v_drug   pharmacy.drug;
    v_stops  text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.status_reason IS NOT DISTINCT FROM OLD.status_reason THEN
            RETURN NEW;
        END IF;
        IF OLD.status <> 'active' THEN
            RAISE EXCEPTION 'prescription % is % and cannot change', OLD.prescription_number, OLD.status
                USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        IF NEW.status NOT IN ('completed', 'cancelled') THEN
            RAISE EXCEPTION 'an active prescription is completed or cancelled' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.status = 'cancelled' AND length(btrim(coalesce(NEW.status_reason, ''))) < 5 THEN
            RAISE EXCEPTION 'cancelling a prescription needs a reason of at least 5 characters'
                USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_prescription_status_reason';
        END IF;
        NEW.status_reason := nullif(btrim(NEW.status_reason), '');
        NEW.status_changed_by := v_staff;
        NEW.status_changed_at := now();
        RETURN NEW;
    END IF;

    IF v_staff IS NOT NULL AND NOT clinical.can_access_patient(NEW.patient_id) THEN
        RETURN NEW;  -- no care relationship: the row-level policy refuses the row without telling anything more
    END IF;
    IF v_staff IS NOT NULL THEN
        NEW.prescriber_id := v_staff;
    END IF;
    SELECT * INTO v_drug FROM pharmacy.drug d WHERE d.id = NEW.drug_id;
    IF NOT FOUND OR NOT v_drug.active THEN
        RAISE EXCEPTION 'drug % is not in the formulary (or no longer prescribable)', NEW.drug_id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pharmacy.frequency f WHERE f.code = NEW.frequency) THEN
        RAISE EXCEPTION 'unknown frequency "%" (one of: %)', NEW.frequency,
                        (SELECT string_agg(f.code, ', ' ORDER BY f.sort_order) FROM pharmacy.frequency f)
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    NEW.route := coalesce(nullif(btrim(NEW.route), ''), v_drug.route);
    NEW.dose_unit := coalesce(nullif(btrim(NEW.dose_unit), ''), v_drug.unit);
    NEW.instructions := nullif(btrim(NEW.instructions), '');
    NEW.status := 'active';
    NEW.status_reason := NULL;
    NEW.status_changed_by := NULL;
    NEW.status_changed_at := NULL;
    NEW.dispense_status := 'pending';
    NEW.quantity_dispensed := 0;
    NEW.prescription_number := 'RX' || lpad(NEW.id::text, 8, '0');
    PERFORM clinical.assert_encounter_open(NEW.encounter_id, NEW.created_at, 'prescriptions');

    SELECT coalesce(jsonb_agg(jsonb_build_object('kind', s.kind, 'severity', s.severity, 'message', s.message,
                                                 'ref_id', s.ref_id)), '[]')
      INTO NEW.alerts FROM pharmacy.screen(NEW.patient_id, NEW.drug_id) s;
    SELECT string_agg(e ->> 'message', '; ') INTO v_stops
      FROM jsonb_array_elements(NEW.alerts) e WHERE pharmacy.is_stop(e ->> 'severity');
    NEW.override_reason := nullif(btrim(NEW.override_reason), '');
    IF v_stops IS NOT NULL AND length(coalesce(NEW.override_reason, '')) < 10 THEN
        RAISE EXCEPTION 'prescription stopped: %', v_stops
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_prescription_override',
                  HINT = 'to prescribe anyway, give an override reason of at least 10 characters';
    END IF;
    IF v_stops IS NULL THEN
        NEW.override_reason := NULL;  -- nothing was overridden
    END IF;
    RETURN NEW;
END
$$;
COMMENT ON FUNCTION pharmacy.prescription_check() IS
    'BEFORE INSERT OR UPDATE OF status, status_reason on pharmacy.prescription: formulary, frequency, open encounter, '
    'number, screening (a serious hit needs an override reason), and the active -> completed/cancelled rule.';
CREATE TRIGGER prescription_check BEFORE INSERT OR UPDATE OF status, status_reason ON pharmacy.prescription
    FOR EACH ROW EXECUTE FUNCTION pharmacy.prescription_check();

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
GRANT SELECT ON pharmacy.dispense TO hms_doctor, hms_nurse, hms_pharmacist;

ALTER TABLE pharmacy.stock_movement
    ADD CONSTRAINT fk_stock_movement_dispense_id_dispense FOREIGN KEY (dispense_id) REFERENCES pharmacy.dispense (id);

-- The charge of a dispense, in the same transaction.
CREATE FUNCTION pharmacy.charge_dispense() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_code   text;
    v_enc    bigint;
    v_date   date := billing.local_day(NEW.dispensed_at);
    v_price  billing.price_item;
BEGIN
    SELECT d.price_code, p.encounter_id INTO v_code, v_enc
      FROM pharmacy.prescription p JOIN pharmacy.drug d ON d.id = p.drug_id WHERE p.id = NEW.prescription_id;
    SELECT * INTO v_price FROM billing.price_item i WHERE i.id = billing.price_item_at(v_code, v_date);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no price for % valid on %: the dispense cannot be charged', v_code, v_date
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'an administrator adds a price list entry (billing.price_item) valid on that date';
    END IF;
    INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, quantity,
                                unit_amount, amount, currency, service_date)
    VALUES (NEW.patient_id, v_enc, 'dispense', NEW.id, v_price.id, NEW.quantity, v_price.amount,
            round(v_price.amount * NEW.quantity, 2), v_price.currency, v_date)
    ON CONFLICT (source_kind, source_id) DO NOTHING;
    RETURN NULL;
END
$$;
COMMENT ON FUNCTION pharmacy.charge_dispense() IS
    'AFTER INSERT on pharmacy.dispense: its charge (source_kind dispense), priced per unit from the price list.';
CREATE TRIGGER dispense_charge AFTER INSERT ON pharmacy.dispense
    FOR EACH ROW EXECUTE FUNCTION pharmacy.charge_dispense();

CREATE FUNCTION pharmacy.require_pharmacist(p_what text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.current_staff_id();
BEGIN
    IF v_staff IS NULL OR NOT core.has_group('hms_pharmacist') THEN
        RAISE EXCEPTION 'only pharmacists %', p_what USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN v_staff;
END
$$;
COMMENT ON FUNCTION pharmacy.require_pharmacist(text) IS 'The pharmacist''s staff id, or insufficient_privilege.';

CREATE FUNCTION pharmacy.check_reason(p_reason text, p_what text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF length(btrim(coalesce(p_reason, ''))) < 5 THEN
        RAISE EXCEPTION '% needs a reason of at least 5 characters', p_what USING ERRCODE = 'check_violation';
    END IF;
    RETURN btrim(p_reason);
END
$$;

CREATE FUNCTION pharmacy.location_id(p_code text) RETURNS bigint
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    SELECT l.id INTO v_id FROM pharmacy.location l WHERE l.code = upper(btrim(p_code)) AND l.active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no active stock location "%"', p_code USING ERRCODE = 'no_data_found';
    END IF;
    RETURN v_id;
END
$$;
GRANT EXECUTE ON FUNCTION pharmacy.location_id(text) TO hms_pharmacist;

-- Dispense from the lot whose pack was scanned, after checking the scanned patient; returns the dispense id.
CREATE FUNCTION pharmacy.dispense_prescription(p_prescription_id bigint, p_patient_scan text, p_pack_scan text,
                                               p_quantity integer, p_location_id bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff     bigint := pharmacy.require_pharmacist('dispense');
    v_rx        pharmacy.prescription;
    v_drug      pharmacy.drug;
    v_mrn       text;
    v_scan      text := upper(btrim(coalesce(p_patient_scan, '')));
    v_pack      text := upper(btrim(coalesce(p_pack_scan, '')));
    v_location  bigint := coalesce(p_location_id, pharmacy.location_id('DISP'));
    v_lot       pharmacy.stock_lot;
    v_other     text;
    v_left      integer;
    v_id        bigint;
BEGIN
    SELECT * INTO v_rx FROM pharmacy.prescription p WHERE p.id = p_prescription_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no prescription with id %', p_prescription_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_rx.status <> 'active' THEN
        RAISE EXCEPTION 'prescription % is %: nothing is dispensed', v_rx.prescription_number, v_rx.status
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    v_left := v_rx.quantity - v_rx.quantity_dispensed;
    IF v_left = 0 THEN
        RAISE EXCEPTION 'prescription % is fully dispensed', v_rx.prescription_number
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF p_quantity IS NULL OR p_quantity < 1 OR p_quantity > v_left THEN
        RAISE EXCEPTION 'dispense between 1 and % units for prescription % (asked: %)', v_left,
                        v_rx.prescription_number, coalesce(p_quantity::text, 'nothing')
            USING ERRCODE = 'check_violation';
    END IF;
    -- The patient: the scanned wristband or ID card must carry this prescription's MRN.
    SELECT p.mrn INTO v_mrn FROM registry.patient p WHERE p.id = v_rx.patient_id;
    IF v_scan = '' THEN
        RAISE EXCEPTION 'scan the patient''s wristband or ID card first' USING ERRCODE = 'check_violation';
    END IF;
    IF v_scan <> upper(v_mrn) THEN
        RAISE EXCEPTION 'WRONG PATIENT: the scanned MRN % is not the MRN of prescription % (%)', v_scan,
                        v_rx.prescription_number, v_mrn USING ERRCODE = 'check_violation';
    END IF;
    -- The pack: its lot number must be a lot of the prescribed drug at this location.
    SELECT * INTO v_drug FROM pharmacy.drug d WHERE d.id = v_rx.drug_id;
    IF v_pack = '' THEN
        RAISE EXCEPTION 'scan the pack (its lot number) first' USING ERRCODE = 'check_violation';
    END IF;
    SELECT * INTO v_lot FROM pharmacy.stock_lot l
     WHERE l.location_id = v_location AND l.lot_number = v_pack AND l.drug_id = v_rx.drug_id
       FOR UPDATE;
    IF NOT FOUND THEN
        SELECT d.generic_name || ' ' || d.strength || ' ' || d.form INTO v_other
          FROM pharmacy.stock_lot l JOIN pharmacy.drug d ON d.id = l.drug_id
         WHERE l.lot_number = v_pack ORDER BY l.location_id = v_location DESC, l.id LIMIT 1;
        IF v_other IS NOT NULL THEN
            RAISE EXCEPTION 'WRONG DRUG: lot % is %, the prescription is for % % %', v_pack, v_other,
                            v_drug.generic_name, v_drug.strength, v_drug.form USING ERRCODE = 'check_violation';
        END IF;
        RAISE EXCEPTION 'lot % of % % is not in stock here', v_pack, v_drug.generic_name, v_drug.strength
            USING ERRCODE = 'check_violation';
    END IF;
    IF v_lot.expiry_date < current_date THEN
        RAISE EXCEPTION 'lot % expired on %: do not dispense it (write it off)', v_lot.lot_number, v_lot.expiry_date
            USING ERRCODE = 'check_violation';
    END IF;
    IF v_lot.quantity < p_quantity THEN
        RAISE EXCEPTION 'not enough stock: lot % has % % left, % asked', v_lot.lot_number, v_lot.quantity,
                        v_drug.unit, p_quantity
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_stock_lot_quantity';
    END IF;

    INSERT INTO pharmacy.dispense (prescription_id, patient_id, lot_id, quantity, patient_scan, pack_scan, dispensed_by)
    VALUES (v_rx.id, v_rx.patient_id, v_lot.id, p_quantity, v_scan, v_pack, v_staff)
    RETURNING id INTO v_id;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, dispense_id, staff_id, reason)
    VALUES (v_lot.id, 'dispense', -p_quantity, v_id, v_staff, 'dispensed for ' || v_rx.prescription_number);
    UPDATE pharmacy.prescription p
       SET quantity_dispensed = p.quantity_dispensed + p_quantity,
           dispense_status = CASE WHEN p.quantity_dispensed + p_quantity = p.quantity THEN 'dispensed' ELSE 'partial' END
     WHERE p.id = v_rx.id;
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION pharmacy.dispense_prescription(bigint, text, text, integer, bigint) IS
    'Pharmacists: dispense units of an active prescription from the scanned lot after checking the scanned MRN; '
    'one transaction: dispense, stock movement, charge (trigger), prescription progress. Returns the dispense id.';
GRANT EXECUTE ON FUNCTION pharmacy.dispense_prescription(bigint, text, text, integer, bigint) TO hms_pharmacist;

CREATE FUNCTION pharmacy.return_dispense(p_dispense_id bigint, p_reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := pharmacy.require_pharmacist('take returns');
    v_reason  text := pharmacy.check_reason(p_reason, 'a return');
    v_disp    pharmacy.dispense;
    v_rx      pharmacy.prescription;
BEGIN
    SELECT * INTO v_rx FROM pharmacy.prescription p
     WHERE p.id = (SELECT d.prescription_id FROM pharmacy.dispense d WHERE d.id = p_dispense_id) FOR UPDATE;
    SELECT * INTO v_disp FROM pharmacy.dispense d WHERE d.id = p_dispense_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no dispense with id %', p_dispense_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_disp.status <> 'dispensed' THEN
        RAISE EXCEPTION 'dispense % was already returned', p_dispense_id USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    UPDATE pharmacy.dispense d SET status = 'returned', return_reason = v_reason, returned_by = v_staff,
                                   returned_at = now()
     WHERE d.id = p_dispense_id;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, dispense_id, staff_id, reason)
    VALUES (v_disp.lot_id, 'return', v_disp.quantity, v_disp.id, v_staff, v_reason);
    UPDATE pharmacy.prescription p
       SET quantity_dispensed = p.quantity_dispensed - v_disp.quantity,
           dispense_status = CASE WHEN p.quantity_dispensed - v_disp.quantity = 0 THEN 'pending' ELSE 'partial' END
     WHERE p.id = v_rx.id;
    UPDATE billing.charge c SET status = 'void', void_reason = 'dispense returned: ' || v_reason
     WHERE c.source_kind = 'dispense' AND c.source_id = p_dispense_id AND c.status <> 'void';
END
$$;
COMMENT ON FUNCTION pharmacy.return_dispense(bigint, text) IS
    'Pharmacists: take a dispense back (reason required): stock back into its lot by a return movement, the '
    'prescription''s dispensed quantity reduced, its charge voided with the reason.';
GRANT EXECUTE ON FUNCTION pharmacy.return_dispense(bigint, text) TO hms_pharmacist;

-- ---------------------------------------------------------------------------------------------------
-- Stock work (pharmacists)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION pharmacy.receive_stock(p_drug_id bigint, p_location_id bigint, p_lot_number text,
                                       p_expiry_date date, p_quantity integer, p_reason text DEFAULT 'goods receipt')
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff  bigint := pharmacy.require_pharmacist('receive goods');
    v_lot    pharmacy.stock_lot;
BEGIN
    IF p_quantity IS NULL OR p_quantity < 1 THEN
        RAISE EXCEPTION 'a goods receipt is of at least 1 unit' USING ERRCODE = 'check_violation';
    END IF;
    IF p_expiry_date IS NULL OR p_expiry_date < current_date THEN
        RAISE EXCEPTION 'stock expired on % is not received', p_expiry_date USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pharmacy.drug d WHERE d.id = p_drug_id) THEN
        RAISE EXCEPTION 'no drug with id %', p_drug_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    INSERT INTO pharmacy.stock_lot (drug_id, location_id, lot_number, expiry_date)
    VALUES (p_drug_id, p_location_id, upper(btrim(p_lot_number)), p_expiry_date)
    ON CONFLICT (drug_id, location_id, lot_number) DO NOTHING;
    SELECT * INTO v_lot FROM pharmacy.stock_lot l
     WHERE l.drug_id = p_drug_id AND l.location_id = p_location_id AND l.lot_number = upper(btrim(p_lot_number))
       FOR UPDATE;
    IF v_lot.expiry_date <> p_expiry_date THEN
        RAISE EXCEPTION 'lot % is recorded with expiry %, not %', v_lot.lot_number, v_lot.expiry_date, p_expiry_date
            USING ERRCODE = 'check_violation';
    END IF;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id)
    VALUES (v_lot.id, 'receipt', p_quantity, nullif(btrim(p_reason), ''), v_staff);
    RETURN v_lot.id;
END
$$;
COMMENT ON FUNCTION pharmacy.receive_stock(bigint, bigint, text, date, integer, text) IS
    'Pharmacists: goods receipt of a lot at a location (the lot is created when new); returns the lot id.';
GRANT EXECUTE ON FUNCTION pharmacy.receive_stock(bigint, bigint, text, date, integer, text) TO hms_pharmacist;

CREATE FUNCTION pharmacy.transfer_stock(p_lot_id bigint, p_to_location_id bigint, p_quantity integer,
                                        p_reason text DEFAULT 'ward stock top-up')
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := pharmacy.require_pharmacist('transfer stock');
    v_reason  text := pharmacy.check_reason(p_reason, 'a transfer');
    v_lot     pharmacy.stock_lot;
    v_to      bigint;
    v_out     bigint;
    v_in      bigint;
BEGIN
    SELECT * INTO v_lot FROM pharmacy.stock_lot l WHERE l.id = p_lot_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lot with id %', p_lot_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_lot.location_id = p_to_location_id THEN
        RAISE EXCEPTION 'the lot is already at that location' USING ERRCODE = 'check_violation';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pharmacy.location l WHERE l.id = p_to_location_id AND l.active) THEN
        RAISE EXCEPTION 'no active location with id %', p_to_location_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF v_lot.expiry_date < current_date THEN
        RAISE EXCEPTION 'lot % expired on %: write it off instead', v_lot.lot_number, v_lot.expiry_date
            USING ERRCODE = 'check_violation';
    END IF;
    IF p_quantity IS NULL OR p_quantity < 1 OR p_quantity > v_lot.quantity THEN
        RAISE EXCEPTION 'transfer between 1 and % units of lot %', v_lot.quantity, v_lot.lot_number
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_stock_lot_quantity';
    END IF;
    INSERT INTO pharmacy.stock_lot (drug_id, location_id, lot_number, expiry_date)
    VALUES (v_lot.drug_id, p_to_location_id, v_lot.lot_number, v_lot.expiry_date)
    ON CONFLICT (drug_id, location_id, lot_number) DO NOTHING;
    SELECT l.id INTO v_to FROM pharmacy.stock_lot l
     WHERE l.drug_id = v_lot.drug_id AND l.location_id = p_to_location_id AND l.lot_number = v_lot.lot_number
       FOR UPDATE;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id)
    VALUES (p_lot_id, 'transfer_out', -p_quantity, v_reason, v_staff) RETURNING id INTO v_out;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id, counterpart_id)
    VALUES (v_to, 'transfer_in', p_quantity, v_reason, v_staff, v_out) RETURNING id INTO v_in;
    RETURN v_to;
END
$$;
COMMENT ON FUNCTION pharmacy.transfer_stock(bigint, bigint, integer, text) IS
    'Pharmacists: move units of a lot to another location (a transfer_out/transfer_in pair); returns the lot there.';
GRANT EXECUTE ON FUNCTION pharmacy.transfer_stock(bigint, bigint, integer, text) TO hms_pharmacist;

CREATE FUNCTION pharmacy.adjust_stock(p_lot_id bigint, p_delta integer, p_reason text) RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := pharmacy.require_pharmacist('adjust stock');
    v_reason  text := pharmacy.check_reason(p_reason, 'a stock adjustment');
    v_lot     pharmacy.stock_lot;
BEGIN
    SELECT * INTO v_lot FROM pharmacy.stock_lot l WHERE l.id = p_lot_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lot with id %', p_lot_id USING ERRCODE = 'no_data_found';
    END IF;
    IF coalesce(p_delta, 0) = 0 THEN
        RAISE EXCEPTION 'an adjustment changes the quantity (+ found, - missing or damaged)'
            USING ERRCODE = 'check_violation';
    END IF;
    IF v_lot.quantity + p_delta < 0 THEN
        RAISE EXCEPTION 'lot % has only % units: an adjustment of % would make it negative', v_lot.lot_number,
                        v_lot.quantity, p_delta USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_stock_lot_quantity';
    END IF;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id)
    VALUES (p_lot_id, 'adjustment', p_delta, v_reason, v_staff);
    RETURN v_lot.quantity + p_delta;
END
$$;
COMMENT ON FUNCTION pharmacy.adjust_stock(bigint, integer, text) IS
    'Pharmacists: correct a lot''s quantity after a count (reason required); returns the new quantity.';
GRANT EXECUTE ON FUNCTION pharmacy.adjust_stock(bigint, integer, text) TO hms_pharmacist;

CREATE FUNCTION pharmacy.write_off(p_lot_id bigint, p_reason text DEFAULT 'expired') RETURNS integer
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff   bigint := pharmacy.require_pharmacist('write off stock');
    v_reason  text := pharmacy.check_reason(p_reason, 'a write-off');
    v_lot     pharmacy.stock_lot;
BEGIN
    SELECT * INTO v_lot FROM pharmacy.stock_lot l WHERE l.id = p_lot_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no lot with id %', p_lot_id USING ERRCODE = 'no_data_found';
    END IF;
    IF v_lot.quantity = 0 THEN
        RAISE EXCEPTION 'lot % is already empty', v_lot.lot_number USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    INSERT INTO pharmacy.stock_movement (lot_id, kind, quantity, reason, staff_id)
    VALUES (p_lot_id, 'write_off', -v_lot.quantity, v_reason, v_staff);
    RETURN v_lot.quantity;
END
$$;
COMMENT ON FUNCTION pharmacy.write_off(bigint, text) IS
    'Pharmacists: write off everything left in a lot (expired, damaged...); returns the units written off.';
GRANT EXECUTE ON FUNCTION pharmacy.write_off(bigint, text) TO hms_pharmacist;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE pharmacy.drug ENABLE ROW LEVEL SECURITY;
ALTER TABLE pharmacy.drug FORCE ROW LEVEL SECURITY;
CREATE POLICY "The formulary is visible to clinical and pharmacy staff" ON pharmacy.drug FOR SELECT
    TO hms_doctor, hms_nurse, hms_pharmacist USING (true);
CREATE POLICY "Pharmacists add drugs" ON pharmacy.drug FOR INSERT TO hms_pharmacist
    WITH CHECK ((SELECT core.has_group('hms_pharmacist')));
CREATE POLICY "Pharmacists maintain drugs" ON pharmacy.drug FOR UPDATE TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist'))) WITH CHECK (true);

ALTER TABLE pharmacy.frequency ENABLE ROW LEVEL SECURITY;
ALTER TABLE pharmacy.frequency FORCE ROW LEVEL SECURITY;
CREATE POLICY "Frequencies are visible to clinical and pharmacy staff" ON pharmacy.frequency FOR SELECT
    TO hms_doctor, hms_nurse, hms_pharmacist USING (true);

ALTER TABLE pharmacy.interaction ENABLE ROW LEVEL SECURITY;
ALTER TABLE pharmacy.interaction FORCE ROW LEVEL SECURITY;
CREATE POLICY "Interactions are visible to clinical and pharmacy staff" ON pharmacy.interaction FOR SELECT
    TO hms_doctor, hms_nurse, hms_pharmacist USING (true);

ALTER TABLE pharmacy.location ENABLE ROW LEVEL SECURITY;
ALTER TABLE pharmacy.location FORCE ROW LEVEL SECURITY;
CREATE POLICY "Pharmacists see stock locations" ON pharmacy.location FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));
CREATE POLICY "Pharmacists add stock locations" ON pharmacy.location FOR INSERT TO hms_pharmacist
    WITH CHECK ((SELECT core.has_group('hms_pharmacist')));
CREATE POLICY "Pharmacists rename or retire stock locations" ON pharmacy.location FOR UPDATE TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist'))) WITH CHECK (true);

ALTER TABLE pharmacy.stock_lot ENABLE ROW LEVEL SECURITY;
ALTER TABLE pharmacy.stock_lot FORCE ROW LEVEL SECURITY;
CREATE POLICY "Pharmacists see stock" ON pharmacy.stock_lot FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));

ALTER TABLE pharmacy.stock_movement ENABLE ROW LEVEL SECURITY;
ALTER TABLE pharmacy.stock_movement FORCE ROW LEVEL SECURITY;
CREATE POLICY "Pharmacists see stock movements" ON pharmacy.stock_movement FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));

ALTER TABLE pharmacy.prescription ENABLE ROW LEVEL SECURITY;
ALTER TABLE pharmacy.prescription FORCE ROW LEVEL SECURITY;
CREATE POLICY "Prescriptions are visible to the patient's care team" ON pharmacy.prescription FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Pharmacists see every prescription" ON pharmacy.prescription FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));
CREATE POLICY "Doctors prescribe for their patients" ON pharmacy.prescription FOR INSERT TO hms_doctor
    WITH CHECK ((SELECT core.has_group('hms_doctor')) AND prescriber_id = (SELECT core.current_staff_id())
                AND clinical.can_access_patient(patient_id));
CREATE POLICY "Doctors complete or cancel their patients' prescriptions" ON pharmacy.prescription FOR UPDATE
    TO hms_doctor
    USING ((SELECT core.has_group('hms_doctor')) AND clinical.can_access_patient(patient_id))
    WITH CHECK (clinical.can_access_patient(patient_id));

ALTER TABLE pharmacy.dispense ENABLE ROW LEVEL SECURITY;
ALTER TABLE pharmacy.dispense FORCE ROW LEVEL SECURITY;
CREATE POLICY "Dispenses are visible to the patient's care team" ON pharmacy.dispense FOR SELECT
    TO hms_doctor, hms_nurse
    USING (clinical.can_access_patient(patient_id));
CREATE POLICY "Pharmacists see every dispense" ON pharmacy.dispense FOR SELECT TO hms_pharmacist
    USING ((SELECT core.has_group('hms_pharmacist')));

-- ---------------------------------------------------------------------------------------------------
-- Audit
-- ---------------------------------------------------------------------------------------------------
SELECT audit.enable('pharmacy.drug');
SELECT audit.enable('pharmacy.frequency');
SELECT audit.enable('pharmacy.interaction');
SELECT audit.enable('pharmacy.location');
SELECT audit.enable('pharmacy.stock_lot');
SELECT audit.enable('pharmacy.stock_movement');
SELECT audit.enable('pharmacy.prescription');
SELECT audit.enable('pharmacy.dispense');
