-- =====================================================================================================
-- Hospital settings (validated) and the auditor's reviews. Applied as hms_owner by migration 0008.
--
-- core.setting rows the admin workstation edits (hospital_address and hospital_tax_id come with 140_finance); a trigger refuses values of the wrong shape, so a setting
-- that printouts and policies read (break-glass hours, idle lock, currency) is never garbage.
-- audit.review: the auditor's verdict on a break-glass grant or a flagged staff change, with a comment;
-- one per subject, never changed or deleted, itself audited (and so in the hash chain).
-- =====================================================================================================

INSERT INTO core.setting (key, value, description) VALUES
    ('hospital_logo', 'null', 'Logo for printouts: {"mime": "image/png"|"image/jpeg", "data": base64}, at most 256 kB.'),
    ('currency', '"GBP"', 'ISO 4217 code of the currency prices and invoices are in.'),
    ('tax_label', '"VAT"', 'Name of the sales tax on invoices (the rates per item group are billing.tax_rate).')
ON CONFLICT (key) DO NOTHING;

CREATE FUNCTION core.setting_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v jsonb := NEW.value;
    t text := jsonb_typeof(NEW.value);
BEGIN
    CASE NEW.key
    WHEN 'hospital_name' THEN
        IF t <> 'string' OR length(btrim(v #>> '{}')) NOT BETWEEN 2 AND 120 THEN
            RAISE EXCEPTION 'the hospital name must have 2 to 120 characters' USING ERRCODE = 'check_violation';
        END IF;
        NEW.value := to_jsonb(btrim(v #>> '{}'));
    WHEN 'hospital_address' THEN
        IF t <> 'string' OR length(v #>> '{}') > 300 THEN
            RAISE EXCEPTION 'the address must be text of at most 300 characters' USING ERRCODE = 'check_violation';
        END IF;
    WHEN 'hospital_logo' THEN
        IF t <> 'null' AND NOT (t = 'object' AND v ->> 'mime' IN ('image/png', 'image/jpeg')
                                AND jsonb_typeof(v -> 'data') = 'string'
                                AND length(v ->> 'data') <= 350000
                                AND (v ->> 'data') ~ '^[A-Za-z0-9+/]+=*$') THEN
            RAISE EXCEPTION 'the logo must be a PNG or JPEG image of at most 256 kB' USING ERRCODE = 'check_violation';
        END IF;
    WHEN 'idle_lock_minutes' THEN
        IF t <> 'number' OR (v #>> '{}')::numeric NOT BETWEEN 1 AND 240 OR (v #>> '{}')::numeric % 1 <> 0 THEN
            RAISE EXCEPTION 'the idle lock time must be a whole number of minutes from 1 to 240'
                USING ERRCODE = 'check_violation';
        END IF;
    WHEN 'break_glass_hours' THEN
        IF t <> 'number' OR (v #>> '{}')::numeric NOT BETWEEN 0.25 AND 72 THEN
            RAISE EXCEPTION 'the break-glass duration must be between 0.25 and 72 hours' USING ERRCODE = 'check_violation';
        END IF;
    WHEN 'currency' THEN
        IF t <> 'string' OR (v #>> '{}') !~ '^[A-Z]{3}$' THEN
            RAISE EXCEPTION 'the currency is a three-letter ISO 4217 code such as GBP, EUR or USD'
                USING ERRCODE = 'check_violation';
        END IF;
    WHEN 'tax_label' THEN
        IF t <> 'string' OR length(btrim(v #>> '{}')) NOT BETWEEN 1 AND 20 THEN
            RAISE EXCEPTION 'the tax label must have 1 to 20 characters' USING ERRCODE = 'check_violation';
        END IF;
    WHEN 'hospital_tax_id' THEN
        IF t <> 'string' OR length(v #>> '{}') > 40 THEN
            RAISE EXCEPTION 'the tax registration number has at most 40 characters' USING ERRCODE = 'check_violation';
        END IF;
    ELSE
        NULL;  -- other domains validate their own settings
    END CASE;
    RETURN NEW;
END
$$;
CREATE TRIGGER setting_check BEFORE INSERT OR UPDATE ON core.setting
    FOR EACH ROW EXECUTE FUNCTION core.setting_check();

-- ---------------------------------------------------------------------------------------------------
-- The auditor's reviews
-- ---------------------------------------------------------------------------------------------------
CREATE TABLE audit.review (
    id            bigint GENERATED ALWAYS AS IDENTITY,
    subject_kind  text        NOT NULL,
    subject_id    bigint      NOT NULL,
    outcome       text        NOT NULL,
    comment       text        NOT NULL,
    reviewer      text        NOT NULL DEFAULT session_user,
    reviewer_id   bigint      NOT NULL DEFAULT core.current_staff_id(),
    reviewed_at   timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_review PRIMARY KEY (id),
    CONSTRAINT uq_review_subject UNIQUE (subject_kind, subject_id),
    CONSTRAINT fk_review_reviewer_id_staff FOREIGN KEY (reviewer_id) REFERENCES core.staff (id),
    CONSTRAINT ck_review_subject_kind CHECK (subject_kind IN ('break_glass', 'staff_change')),
    CONSTRAINT ck_review_outcome CHECK (outcome IN ('justified', 'not_justified', 'follow_up')),
    CONSTRAINT ck_review_comment CHECK (length(btrim(comment)) BETWEEN 5 AND 2000)
);
COMMENT ON TABLE audit.review IS
    'The auditor''s verdict on a break-glass grant or a flagged staff change: one per subject, never changed.';
CREATE INDEX ix_review_reviewed_at ON audit.review (reviewed_at);
GRANT SELECT, INSERT (subject_kind, subject_id, outcome, comment) ON audit.review TO hms_auditor;
ALTER TABLE audit.review ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit.review FORCE ROW LEVEL SECURITY;
CREATE POLICY "Auditors read reviews" ON audit.review FOR SELECT TO hms_auditor
    USING ((SELECT core.has_group('hms_auditor')));
CREATE POLICY "Auditors review as themselves" ON audit.review FOR INSERT TO hms_auditor
    WITH CHECK ((SELECT core.has_group('hms_auditor')) AND reviewer = session_user
                AND reviewer_id = (SELECT core.current_staff_id()));

-- The subject must exist, and nobody reviews their own emergency access or their own staff change.
CREATE FUNCTION audit.review_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_actor bigint;
BEGIN
    IF NEW.subject_kind = 'break_glass' THEN
        SELECT staff_id INTO v_actor FROM core.break_glass_grant WHERE id = NEW.subject_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no emergency access grant %', NEW.subject_id USING ERRCODE = 'foreign_key_violation';
        END IF;
    ELSE
        SELECT coalesce(changed_by_id, staff_id) INTO v_actor FROM core.staff_change WHERE id = NEW.subject_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no staff change %', NEW.subject_id USING ERRCODE = 'foreign_key_violation';
        END IF;
    END IF;
    IF v_actor = NEW.reviewer_id THEN
        RAISE EXCEPTION 'you cannot review your own actions; another auditor must' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.comment := btrim(NEW.comment);
    RETURN NEW;
END
$$;
CREATE TRIGGER review_check BEFORE INSERT ON audit.review FOR EACH ROW EXECUTE FUNCTION audit.review_check();
SELECT audit.enable('audit.review');
