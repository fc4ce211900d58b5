-- =====================================================================================================
-- registry: the master patient index. Applied as hms_owner.
-- The MRN is made by the database (a sequence plus a Luhn check digit, so a mistyped or misread MRN is
-- caught before it finds the wrong patient); clients cannot choose it.
-- =====================================================================================================
CREATE SCHEMA registry;
COMMENT ON SCHEMA registry IS 'Patients (demographics and identifiers).';
GRANT USAGE ON SCHEMA registry TO hms_staff;

-- ---------------------------------------------------------------------------------------------------
-- MRN
-- ---------------------------------------------------------------------------------------------------
CREATE SEQUENCE registry.mrn_seq START WITH 10000000 MAXVALUE 99999999 NO CYCLE;

-- These run for every registration (column default and CHECK), so they are plain functions without a SET
-- clause (a SET clause costs a GUC save/restore per call and prevents inlining); every name in them is
-- schema-qualified or a pg_catalog built-in, and no staff login can create objects anywhere.
CREATE FUNCTION registry.luhn_check_digit(digits text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    total  integer := 0;
    d      integer;
    double boolean := true;  -- from the right, double every other digit starting with the rightmost
BEGIN
    FOR i IN REVERSE length(digits)..1 LOOP
        d := ascii(substr(digits, i, 1)) - 48;
        IF d < 0 OR d > 9 THEN
            RETURN NULL;
        END IF;
        IF double THEN
            d := d * 2;
            IF d > 9 THEN d := d - 9; END IF;
        END IF;
        total := total + d;
        double := NOT double;
    END LOOP;
    RETURN (10 - total % 10) % 10;
END
$$;
GRANT EXECUTE ON FUNCTION registry.luhn_check_digit(text) TO hms_staff;

-- nextval needs USAGE on the sequence; reception has it (it cannot setval, and a burnt number is harmless).
GRANT USAGE ON SEQUENCE registry.mrn_seq TO hms_reception;

CREATE FUNCTION registry.next_mrn() RETURNS text
LANGUAGE sql VOLATILE AS $$
    SELECT n || registry.luhn_check_digit(n) FROM (SELECT pg_catalog.nextval('registry.mrn_seq')::text AS n) AS s
$$;
COMMENT ON FUNCTION registry.next_mrn() IS '9-digit MRN: 8-digit sequence number and a Luhn check digit.';
GRANT EXECUTE ON FUNCTION registry.next_mrn() TO hms_reception;

CREATE FUNCTION registry.mrn_is_valid(mrn text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(mrn ~ '^[0-9]{9}$'
                    AND registry.luhn_check_digit(left(mrn, 8)) = right(mrn, 1)::int, false)
$$;
GRANT EXECUTE ON FUNCTION registry.mrn_is_valid(text) TO hms_staff;

-- ---------------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE registry.patient (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    mrn          text        NOT NULL DEFAULT registry.next_mrn(),
    given_name   text        NOT NULL,
    family_name  text        NOT NULL,
    birth_date   date        NOT NULL,
    sex          text        NOT NULL,
    national_id  text,
    phone        text,
    address      text,
    postal_code  text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL DEFAULT session_user,
    merged_into_id bigint,
    CONSTRAINT pk_patient PRIMARY KEY (id),
    CONSTRAINT fk_patient_merged_into_id_patient FOREIGN KEY (merged_into_id) REFERENCES registry.patient (id),
    CONSTRAINT ck_patient_not_merged_into_itself CHECK (merged_into_id <> id),
    CONSTRAINT uq_patient_mrn UNIQUE (mrn),
    CONSTRAINT uq_patient_national_id UNIQUE (national_id),
    CONSTRAINT ck_patient_mrn CHECK (registry.mrn_is_valid(mrn)),
    CONSTRAINT ck_patient_given_name CHECK (length(btrim(given_name)) BETWEEN 1 AND 100 AND given_name = btrim(given_name)),
    CONSTRAINT ck_patient_family_name CHECK (length(btrim(family_name)) BETWEEN 1 AND 100 AND family_name = btrim(family_name)),
    CONSTRAINT ck_patient_birth_date CHECK (birth_date >= DATE '1880-01-01'),
    CONSTRAINT ck_patient_sex CHECK (sex IN ('female', 'male', 'other', 'unknown')),
    CONSTRAINT ck_patient_national_id CHECK (national_id ~ '^[A-Z0-9-]{4,32}$'),
    CONSTRAINT ck_patient_phone CHECK (phone ~ '^\+?[0-9 ()./-]{3,32}$'),
    CONSTRAINT ck_patient_address CHECK (length(address) <= 300),
    CONSTRAINT ck_patient_postal_code CHECK (postal_code ~ '^[A-Za-z0-9 -]{2,12}$')
);
COMMENT ON TABLE registry.patient IS 'One row per patient; mrn is made by the database.';
COMMENT ON COLUMN registry.patient.national_id IS 'National identity number, upper-case, unique when present.';
COMMENT ON COLUMN registry.patient.merged_into_id IS 'Set when this record was merged into another (the survivor); never deleted.';
CREATE INDEX ix_patient_birth_date ON registry.patient (birth_date);
CREATE INDEX ix_patient_family_name_trgm ON registry.patient USING gin (lower(family_name) ext.gin_trgm_ops);
CREATE INDEX ix_patient_given_name_trgm ON registry.patient USING gin (lower(given_name) ext.gin_trgm_ops);
CREATE INDEX ix_patient_phone ON registry.patient (phone);

-- Everyone who needs to identify a patient sees the identifying columns; contact details are for the
-- roles that need them (reception, clinicians, billing, admin for merges).
GRANT SELECT (id, mrn, given_name, family_name, birth_date, sex, merged_into_id) ON registry.patient TO hms_staff;
GRANT SELECT ON registry.patient TO hms_reception, hms_doctor, hms_nurse, hms_billing, hms_admin;
GRANT INSERT (given_name, family_name, birth_date, sex, national_id, phone, address, postal_code),
      UPDATE (given_name, family_name, birth_date, sex, national_id, phone, address, postal_code)
   ON registry.patient TO hms_reception;

-- ---------------------------------------------------------------------------------------------------
-- Protective trigger: normalise and reject what a CHECK cannot express (dates relative to today).
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.patient_normalise() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    -- Collapse runs of white space (the regexp only when there is something to collapse: this runs on
    -- every registration).
    IF NEW.given_name ~ '\s\s|^\s|\s$|[\t\n\r]' THEN
        NEW.given_name := btrim(regexp_replace(NEW.given_name, '\s+', ' ', 'g'));
    END IF;
    IF NEW.family_name ~ '\s\s|^\s|\s$|[\t\n\r]' THEN
        NEW.family_name := btrim(regexp_replace(NEW.family_name, '\s+', ' ', 'g'));
    END IF;
    IF NEW.national_id IS NOT NULL THEN
        NEW.national_id := nullif(upper(regexp_replace(NEW.national_id, '\s', '', 'g')), '');
    END IF;
    NEW.phone := nullif(btrim(NEW.phone), '');
    NEW.address := nullif(btrim(NEW.address), '');
    NEW.postal_code := nullif(upper(btrim(NEW.postal_code)), '');
    IF NEW.birth_date > current_date THEN
        RAISE EXCEPTION 'birth date % is in the future', NEW.birth_date
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_patient_birth_date';
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.mrn <> OLD.mrn OR NEW.created_at <> OLD.created_at
                             OR NEW.created_by <> OLD.created_by) THEN
        RAISE EXCEPTION 'mrn and creation data of a patient never change' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER patient_normalise BEFORE INSERT OR UPDATE ON registry.patient
    FOR EACH ROW EXECUTE FUNCTION registry.patient_normalise();

-- ---------------------------------------------------------------------------------------------------
-- Row-level security: demographics are visible to active staff (column grants above narrow them);
-- reception registers and corrects them.
-- ---------------------------------------------------------------------------------------------------
ALTER TABLE registry.patient ENABLE ROW LEVEL SECURITY;
ALTER TABLE registry.patient FORCE ROW LEVEL SECURITY;
CREATE POLICY "Patients are visible to active staff" ON registry.patient FOR SELECT TO hms_staff
    USING ((SELECT core.current_staff_id()) IS NOT NULL);
CREATE POLICY "Reception registers patients" ON registry.patient FOR INSERT TO hms_reception
    WITH CHECK ((SELECT core.has_group('hms_reception')));
CREATE POLICY "Reception corrects demographics" ON registry.patient FOR UPDATE TO hms_reception
    USING ((SELECT core.has_group('hms_reception'))) WITH CHECK (true);

SELECT audit.enable('registry.patient');
