-- registry: functions, trigger functions, triggers, views.
-- Loaded by the baseline migration in the order listed in server_db/sqlfiles.py (see docs/database.md).

-- These run for every registration (column default and CHECK), so they are plain functions without a SET
-- clause (a SET clause costs a GUC save/restore per call and prevents inlining); every name in them is
-- schema-qualified or a pg_catalog built-in, and no staff login can create objects anywhere.
CREATE OR REPLACE FUNCTION registry.luhn_check_digit(digits text) RETURNS integer
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

-- ---------------------------------------------------------------------------------------------------
-- Protective trigger: normalise and reject what a CHECK cannot express (dates relative to today).
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.patient_normalise() RETURNS trigger
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
            USING ERRCODE = 'check_violation', CONSTRAINT = 'ck_patient_birth_date',
                  DETAIL = core.message_detail('registry.birth_date_future', NEW.birth_date::text);
    END IF;
    IF TG_OP = 'UPDATE' AND (NEW.mrn <> OLD.mrn OR NEW.created_at <> OLD.created_at
                             OR NEW.created_by <> OLD.created_by) THEN
        RAISE EXCEPTION 'mrn and creation data of a patient never change'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('registry.mrn_creation_data_patient');
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER patient_normalise BEFORE INSERT OR UPDATE ON registry.patient
    FOR EACH ROW EXECUTE FUNCTION registry.patient_normalise();

-- =====================================================================================================
-- registry: duplicate-patient detection.
--
--   registry.find_duplicate_candidates(candidate jsonb, max_results int DEFAULT 10)
--       -> TABLE (patient_id bigint, score real, reasons text[]), best first
--   registry.duplicate_thresholds() -> (strong real, possible real)
--
-- The method, the weights and the measured quality are written down in docs/duplicate-detection.md; in short:
--
-- 1. NORMALISE the candidate once. Names are folded: lower case, common Latin accents removed (é -> e,
--    ł -> l, ß -> s), spaces, hyphens, apostrophes, dots and commas dropped, at most 100 characters.
--    The birth date counts only when it is a real ISO date (anything else is "missing", never an error);
--    birth_date_accuracy 'year' or 'estimated' makes it a birth year (estimated: +-5 years).
--    Phone: its last 9 digits (+44 7700 900123 = 07700 900123). National ID and postal code: upper case
--    without spaces.
--
-- 2. BLOCKING: only patients sharing a good key with the candidate are scored, found in one bitmap scan
--    (BitmapOr) of these indexes on registry.patient:
--      the same birth date                                                ix_patient_birth_date
--      national ID                                                        uq_patient_national_id
--      phone key                                                          ix_patient_phone_key
--      phonetic key of either name (straight or swapped) born in the candidate's birth month, or on
--      its day-and-month-swapped date       ix_patient_dedup_family, ix_patient_dedup_given
--      the same initials (straight or swapped) born one day before or after, or on the swapped date
--                                                                         ix_patient_dedup_birth_initials
--      phonetic keys of both names (straight or swapped), whatever the birth date
--                                                                         ix_patient_dedup_name_pair
--      phonetic key of either name born on the same day and month of a year one digit away
--      (1985 -> 1958, 1986, 1995 ...)       ix_patient_dedup_family, ix_patient_dedup_given
--      the same postal code and the phonetic key of either name           ix_patient_dedup_postal
--      a birth year only: the phonetic key of either name born that year
--    So a single wrong field never hides the patient: any name, any digit of the birth date, a missing
--    birth date, swapped names, a married name, a missing or changed address.
--    The phonetic key is the double metaphone of the folded name (ext.dmetaphone), or the folded name
--    itself (first 12 characters) when it has no Latin letters, so Cyrillic, Greek, CJK or Arabic names
--    still block exactly. At 1,000,000 demo patients a search scores a median of about 50 rows, rarely
--    more than 150, never more than 1,000.
--
-- 3. SCORING, Fellegi-Sunter style: every field adds agreement points or subtracts disagreement points,
--    a field missing on either side adds nothing. Names are compared given-to-given and family-to-family,
--    and crossed (swapped names, which costs 0.5 point); the better reading wins.
--      given name   same +3, nickname +2.5, one typo or misread letters +2, sounds alike +1.5,
--                   similar +0.5, different -3
--      family name  same +4, one typo or misread letters +3, sounds alike +2.5, similar +1, different -3.5
--        misread letters = equal once li~h, rn~m, cl~d, vv~w, ri~n, ii~u, c~e, a~o, l~i are made equal
--                         (one further edit allowed in names of 4+ letters)
--        one typo       = one letter inserted, dropped or replaced (names of 3+ letters, the longer 4+),
--                         two adjacent letters swapped, or two edits in names of 8+ letters
--        similar        = one name inside the other (double-barrelled names), two edits (the longer name
--                         5+ letters), one edit, or misread letters plus two edits
--        sounds alike   = same double metaphone (tested after "inside the other")
--        different      = anything else, and always when more than 4 edits apart and neither inside the
--                         other (so most unrelated names cost one Levenshtein call)
--      birth date   same +4, day and month swapped +3, one day apart +3, two adjacent digits swapped +2,
--                   one digit different +1.2, same year and month +1, otherwise -4
--      sex          same +0.2, female vs male -2 (other and unknown never disagree)
--      national ID  same +10, one character apart 0 (a typo), different -4
--      phone        same +4, different -0.3 (people change phones)
--      address      same +1 (trigram similarity >= 0.7 of the folded text); postal code same +0.7
--      birth year   (candidate's birth date only a year) same year +2, within the estimate +1
--    RELATIVES: a twin (another given name, same family name and birth date) or a parent or child (the
--    same name, born 12+ years apart) is never strong unless the national ID agrees: 7 points (score
--    0.62, possible, with the reason first) when a phone, address or postal code agrees, else at most 6.
--    Two strong patients of the same name born on different days (the candidate has no birth date to tell
--    them apart) are both possible.
--    score = 1 / (1 + exp(6.5 - points)): 0.5 at 6.5 points, 0.9 at 8.7, 0.99 at 11.1.
--    Candidates under 2 points (score 0.011) are not returned.
--    Thresholds (registry.duplicate_thresholds): strong 0.9, possible 0.5.
--    The birth-date weights are set for a registry of a million: there, two people with the same common
--    given and family name are often born in the same month, so "same names, same month" is only possible.
--
-- NICKNAMES: registry.dedup_nicknames(), a constant list of (formal, nickname) pairs: every pair of
-- server_db/demo/corrupt.py NICKNAMES plus common English, German, Dutch, Spanish, Portuguese, Italian,
-- Polish and Russian diminutives, compiled by hand. A larger public list (Apache-2.0) is
-- github.com/carltonnorthern/nicknames (names.csv), should a hospital need more.
--
-- SECURITY: find_duplicate_candidates is SECURITY DEFINER (fixed search_path) and returns nothing unless
-- core.current_staff_id() is not null, which is exactly what the patient policy checks. It is not
-- SECURITY INVOKER because under row-level security the planner may use an index only for leakproof
-- conditions, and the key expressions (translate, dmetaphone, regexp_replace) are not leakproof: as the
-- reception login the search fell back to a sequential scan, 1.2 s at 20,000 patients (measured); as
-- definer it uses the indexes. EXECUTE: reception, admin, doctor, nurse (the roles that read contact
-- details). The helpers are IMMUTABLE SQL functions without a SET clause so the planner inlines them
-- (they run per scored row and inside index expressions); our own and extension objects are
-- schema-qualified. All staff may execute the four key functions because index expressions are
-- evaluated with the rights of whoever writes registry.patient. The search is planned once per session
-- (plan_cache_mode = force_generic_plan on the function): planning the inlined helpers costs ~5 ms, a
-- search ~1-5 ms.
-- =====================================================================================================

-- ---------------------------------------------------------------------------------------------------
-- Comparison helpers (run per scored row)
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.dedup_transposed(a text, b text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    i integer := 1;
    n integer := length(a);
BEGIN
    -- Called only for equal-length strings at Levenshtein distance 2, so for few rows.
    IF n <> length(b) OR a = b THEN
        RETURN false;
    END IF;
    WHILE i <= n AND substr(a, i, 1) = substr(b, i, 1) LOOP
        i := i + 1;
    END LOOP;
    RETURN i < n AND substr(a, i, 1) = substr(b, i + 1, 1) AND substr(a, i + 1, 1) = substr(b, i, 1)
           AND substr(a, i + 2) = substr(b, i + 2);
END
$$;
COMMENT ON FUNCTION registry.dedup_transposed(text, text) IS 'Do a and b differ only by two adjacent characters swapped?';

CREATE OR REPLACE FUNCTION registry.dedup_ocr(folded text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    -- li before cl: "ch" misread as "cli" (Richard -> Ricliard) is commoner than "cl" as "d" in a "cli" name
    SELECT translate(replace(replace(replace(replace(replace(replace(
               folded, 'li', 'h'), 'rn', 'm'), 'cl', 'd'), 'vv', 'w'), 'ri', 'n'), 'ii', 'u'), 'cal', 'eoi')
$$;
COMMENT ON FUNCTION registry.dedup_ocr(text) IS
    'A folded name with the letters scanners and tired eyes confuse made equal (li=h, rn=m, cl=d, vv=w, ri=n, ii=u, c=e, a=o, l=i).';

-- How two folded names agree, a the candidate's and b the patient's: 6 same, 4 one typo, 3 misread
-- letters, 2 sounds alike, 1 similar, 0 missing, -1 different (5, nickname, is decided by the caller).
-- The caller passes what it computes once: both lengths, their Levenshtein distance, and a's double
-- metaphone and misread-letters skeleton. b's are computed here, only when the cheaper tests fail.
CREATE OR REPLACE FUNCTION registry.dedup_name_level(a text, b text, a_len integer, b_len integer, dist integer,
                                          a_dm text, a_ocr text)
RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN a IS NULL OR b IS NULL OR a_len = 0 OR b_len = 0 THEN 0
        WHEN a = b THEN 6
        -- more than 4 edits apart and neither inside the other: different, whatever they sound like
        WHEN dist > 4 AND NOT (least(a_len, b_len) >= 3 AND (strpos(a, b) > 0 OR strpos(b, a) > 0)) THEN -1
        WHEN a_ocr = registry.dedup_ocr(b) THEN 3
        WHEN greatest(a_len, b_len) >= 4 AND least(a_len, b_len) >= 3
             AND (dist <= CASE WHEN least(a_len, b_len) >= 8 THEN 2 ELSE 1 END
                  OR (a_len = b_len AND dist = 2 AND registry.dedup_transposed(a, b))) THEN 4
        WHEN least(a_len, b_len) >= 4 AND ext.levenshtein(a_ocr, registry.dedup_ocr(b)) <= 1 THEN 3
        -- one inside the other (double-barrelled names, a middle name run in)
        WHEN least(a_len, b_len) >= 3 AND (strpos(a, b) > 0 OR strpos(b, a) > 0) THEN 1
        WHEN a_dm = ext.dmetaphone(b) AND a_dm <> '' THEN 2
        WHEN dist <= CASE WHEN greatest(a_len, b_len) >= 5 THEN 2 ELSE 1 END
             OR (a_len = b_len AND dist = 2 AND registry.dedup_transposed(a, b))
             OR (greatest(a_len, b_len) >= 6 AND ext.levenshtein(a_ocr, registry.dedup_ocr(b)) <= 2) THEN 1
        ELSE -1
    END
$$;
COMMENT ON FUNCTION registry.dedup_name_level(text, text, integer, integer, integer, text, text) IS
    'How two folded names agree: 6 same, 4 one typo, 3 misread letters, 2 sounds alike, 1 similar, 0 missing, -1 different.';

CREATE OR REPLACE FUNCTION registry.dedup_name_points(level integer, family boolean) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE level
        WHEN 6 THEN CASE WHEN family THEN 4.0 ELSE 3.0 END
        WHEN 5 THEN 2.5
        WHEN 4 THEN CASE WHEN family THEN 3.0 ELSE 2.0 END
        WHEN 3 THEN CASE WHEN family THEN 3.0 ELSE 2.0 END
        WHEN 2 THEN CASE WHEN family THEN 2.5 ELSE 1.5 END
        WHEN 1 THEN CASE WHEN family THEN 1.0 ELSE 0.5 END
        WHEN -1 THEN CASE WHEN family THEN -3.5 ELSE -3.0 END
        ELSE 0.0
    END::double precision
$$;

CREATE OR REPLACE FUNCTION registry.dedup_name_reason(level integer, which text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE level
        WHEN 6 THEN 'same ' || which || ' name'
        WHEN 4 THEN which || ' name spelled slightly differently'
        WHEN 3 THEN which || ' name looks alike (misread letters)'
        WHEN 2 THEN which || ' name sounds alike'
        WHEN 1 THEN which || ' name similar'
        WHEN -1 THEN 'different ' || which || ' name'
    END
$$;

CREATE OR REPLACE FUNCTION registry.dedup_date_digits(d date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (date_part('year', d)::integer * 10000 + date_part('month', d)::integer * 100
            + date_part('day', d)::integer)::text
$$;

-- How two birth dates agree, c the candidate's and p the patient's: 6 same, 5 day and month swapped,
-- 4 one day apart, 3 one digit different, 2 two adjacent digits swapped, 1 same year and month,
-- 0 missing, -1 different. The caller passes c's day/month-swapped date (or NULL) and digits.
CREATE OR REPLACE FUNCTION registry.dedup_birth_level(c date, p date, c_swapped date, c_digits text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN c IS NULL OR p IS NULL THEN 0
        WHEN c = p THEN 6
        WHEN p = c_swapped THEN 5
        WHEN c - p IN (-1, 1) THEN 4
        WHEN ext.levenshtein(c_digits, registry.dedup_date_digits(p)) = 1 THEN 3
        WHEN ext.levenshtein(c_digits, registry.dedup_date_digits(p)) = 2
             AND registry.dedup_transposed(c_digits, registry.dedup_date_digits(p)) THEN 2
        WHEN date_part('year', c) = date_part('year', p) AND date_part('month', c) = date_part('month', p) THEN 1
        ELSE -1
    END
$$;

-- ---------------------------------------------------------------------------------------------------
-- Nicknames: (formal, nickname), folded. Source: server_db/demo/corrupt.py NICKNAMES and common
-- diminutives compiled by hand (see the header).
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.dedup_nicknames() RETURNS TABLE (formal text, nickname text)
LANGUAGE sql IMMUTABLE PARALLEL SAFE ROWS 300 AS $$
    SELECT f, n FROM (VALUES
        -- the pairs of server_db/demo/corrupt.py
        ('william', 'bill'), ('william', 'will'), ('william', 'liam'), ('robert', 'bob'), ('robert', 'rob'),
        ('robert', 'bobby'), ('elizabeth', 'liz'), ('elizabeth', 'beth'), ('elizabeth', 'eliza'),
        ('margaret', 'maggie'), ('margaret', 'peggy'), ('margaret', 'meg'), ('richard', 'rick'),
        ('richard', 'dick'), ('richard', 'richie'), ('james', 'jim'), ('james', 'jimmy'), ('john', 'johnny'),
        ('john', 'jack'), ('katherine', 'kate'), ('katherine', 'kathy'), ('catherine', 'cathy'),
        ('catherine', 'kate'), ('michael', 'mike'), ('michael', 'mick'), ('thomas', 'tom'), ('thomas', 'tommy'),
        ('joseph', 'joe'), ('joseph', 'joey'), ('daniel', 'dan'), ('daniel', 'danny'), ('christopher', 'chris'),
        ('jennifer', 'jen'), ('jennifer', 'jenny'), ('patricia', 'pat'), ('patricia', 'trish'),
        ('susan', 'sue'), ('susan', 'suzy'), ('anthony', 'tony'), ('matthew', 'matt'), ('alexander', 'alex'),
        ('alexander', 'sasha'), ('samuel', 'sam'), ('rebecca', 'becky'), ('victoria', 'vicky'),
        ('benjamin', 'ben'), ('nicholas', 'nick'), ('edward', 'ed'), ('edward', 'ted'), ('charles', 'charlie'),
        ('charles', 'chuck'), ('deborah', 'debbie'), ('jessica', 'jess'), ('andrew', 'andy'), ('andrew', 'drew'),
        ('johann', 'hans'), ('francesco', 'franco'), ('giuseppe', 'beppe'), ('francisco', 'paco'),
        ('francisco', 'pancho'), ('jose', 'pepe'), ('alejandro', 'alex'), ('guillermo', 'memo'),
        ('ekaterina', 'katya'),
        -- common English diminutives
        ('william', 'billy'), ('william', 'willie'), ('robert', 'robbie'), ('robert', 'bert'),
        ('elizabeth', 'lizzie'), ('elizabeth', 'betty'), ('elizabeth', 'bess'), ('elizabeth', 'libby'),
        ('margaret', 'madge'), ('margaret', 'margie'), ('richard', 'rich'),
        ('richard', 'ricky'), ('james', 'jamie'), ('john', 'jon'), ('jonathan', 'jon'), ('jonathan', 'jonny'),
        ('katherine', 'katie'), ('kathryn', 'kate'), ('kathryn', 'kathy'), ('catherine', 'cath'),
        ('catherine', 'katie'), ('michael', 'mikey'), ('michael', 'mickey'), ('christopher', 'kit'),
        ('christina', 'chris'), ('christina', 'tina'), ('christine', 'chris'), ('christine', 'tina'),
        ('patricia', 'patty'), ('patricia', 'tricia'), ('patrick', 'pat'), ('susan', 'susie'),
        ('alexander', 'sandy'), ('alexandra', 'alex'), ('alexandra', 'sandra'), ('samuel', 'sammy'),
        ('samantha', 'sam'), ('rebecca', 'becca'), ('victoria', 'tori'), ('benjamin', 'benny'),
        ('nicholas', 'nicky'), ('edward', 'eddie'), ('edward', 'ned'), ('deborah', 'deb'), ('jessica', 'jessie'),
        ('albert', 'al'), ('albert', 'bert'), ('alfred', 'alf'), ('alfred', 'alfie'), ('alfred', 'fred'),
        ('frederick', 'fred'), ('frederick', 'freddie'), ('barbara', 'barb'), ('dorothy', 'dot'),
        ('dorothy', 'dotty'), ('frances', 'fran'), ('francis', 'frank'), ('gregory', 'greg'),
        ('henry', 'harry'), ('henry', 'hal'), ('harold', 'harry'), ('isabella', 'bella'), ('isabel', 'izzy'),
        ('jacqueline', 'jackie'), ('joshua', 'josh'), ('kenneth', 'ken'), ('kenneth', 'kenny'),
        ('lawrence', 'larry'), ('laurence', 'larry'), ('leonard', 'len'), ('leonard', 'leo'), ('nathan', 'nate'),
        ('nathaniel', 'nat'), ('oliver', 'ollie'), ('peter', 'pete'), ('philip', 'phil'), ('phillip', 'phil'),
        ('raymond', 'ray'), ('ronald', 'ron'), ('ronald', 'ronnie'), ('stephen', 'steve'), ('steven', 'steve'),
        ('theodore', 'theo'), ('theodore', 'ted'), ('timothy', 'tim'), ('vincent', 'vince'), ('walter', 'walt'),
        ('zachary', 'zach'), ('abigail', 'abby'), ('amanda', 'mandy'), ('caroline', 'carrie'),
        ('cynthia', 'cindy'), ('eleanor', 'ellie'), ('eleanor', 'nell'), ('emily', 'emmy'), ('helen', 'nell'),
        ('judith', 'judy'), ('kimberly', 'kim'), ('melissa', 'mel'), ('natalie', 'nat'), ('pamela', 'pam'),
        ('penelope', 'penny'), ('sarah', 'sally'), ('stephanie', 'steph'), ('teresa', 'tess'),
        ('theresa', 'tess'), ('valerie', 'val'), ('gabriel', 'gabe'), ('gabrielle', 'gabby'),
        ('matthew', 'matty'), ('daniel', 'dani'), ('thomas', 'thom'), ('joseph', 'jo'), ('josephine', 'jo'),
        ('josephine', 'josie'), ('jennifer', 'jenna'), ('anthony', 'ant'),
        ('douglas', 'doug'), ('donald', 'don'), ('geoffrey', 'geoff'), ('jeffrey', 'jeff'), ('gerald', 'gerry'),
        ('terence', 'terry'), ('terrence', 'terry'), ('louise', 'lou'), ('louis', 'lou'),
        -- German, Dutch
        ('johannes', 'hans'), ('johannes', 'jan'), ('wilhelm', 'willi'), ('friedrich', 'fritz'),
        ('heinrich', 'heinz'), ('margarete', 'grete'), ('elisabeth', 'lisa'), ('elisabeth', 'elke'),
        ('cornelis', 'kees'), ('jacobus', 'koos'), ('hendrik', 'henk'),
        -- Spanish, Portuguese, Italian
        ('dolores', 'lola'), ('manuel', 'manolo'), ('ignacio', 'nacho'), ('concepcion', 'concha'),
        ('jesus', 'chucho'), ('antonio', 'toni'), ('antonio', 'tonio'), ('giovanni', 'gianni'),
        ('giuseppe', 'peppe'), ('giuseppe', 'pino'), ('salvatore', 'toto'), ('roberto', 'beto'),
        ('antonia', 'toni'), ('joao', 'joca'), ('francisca', 'chica'),
        -- Polish, Russian
        ('aleksander', 'olek'), ('aleksandra', 'ola'), ('katarzyna', 'kasia'), ('malgorzata', 'gosia'),
        ('krzysztof', 'krzys'), ('wojciech', 'wojtek'), ('jakub', 'kuba'), ('agnieszka', 'aga'),
        ('aleksandr', 'sasha'), ('dmitri', 'dima'), ('ivan', 'vanya'), ('natalia', 'natasha'),
        ('ekaterina', 'katia')
    ) AS t (f, n)
$$;
COMMENT ON FUNCTION registry.dedup_nicknames() IS
    'Constant (formal, nickname) pairs of given names, folded: corrupt.py NICKNAMES plus common diminutives.';

-- The list as a lookup, built once at migration time and frozen into an IMMUTABLE function (a constant
-- the planner folds into the cached plan, so a search pays nothing for it): folded given name ->
-- {related name -> the formal name that links them}; related = its formal names, its nicknames and the
-- other nicknames of its formal names.
DO $nick$
BEGIN
    EXECUTE format(
        'CREATE OR REPLACE FUNCTION registry.dedup_nickname_map() RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
        format('SELECT %L::jsonb', (
            WITH links AS (
                SELECT n.nickname AS a, n.formal AS b, n.formal AS root FROM registry.dedup_nicknames() n
                UNION SELECT n.formal, n.nickname, n.formal FROM registry.dedup_nicknames() n
                UNION SELECT n1.nickname, n2.nickname, n1.formal
                        FROM registry.dedup_nicknames() n1
                        JOIN registry.dedup_nicknames() n2 ON n2.formal = n1.formal
            ), one AS (
                SELECT a, b, min(root) AS root FROM links WHERE a <> b GROUP BY a, b
            )
            SELECT jsonb_object_agg(a, m)
              FROM (SELECT a, jsonb_object_agg(b, initcap(root)) AS m FROM one GROUP BY a) AS s)));
END
$nick$;
COMMENT ON FUNCTION registry.dedup_nickname_map() IS
    'registry.dedup_nicknames() as a constant lookup: name -> {related name -> linking formal name}.';

-- ---------------------------------------------------------------------------------------------------
-- Thresholds
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.duplicate_thresholds(OUT strong real, OUT possible real)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 0.9::real, 0.5::real
$$;
COMMENT ON FUNCTION registry.duplicate_thresholds() IS
    'Scores of registry.find_duplicate_candidates: show candidates >= possible; registering despite one >= strong needs a reason.';

-- ---------------------------------------------------------------------------------------------------
-- The search
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.find_duplicate_candidates(candidate jsonb, max_results integer DEFAULT 10)
RETURNS TABLE (patient_id bigint, score real, reasons text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
-- Plan the search once per session: it is cheap to run (about a millisecond) but not to plan.
SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    v_g          text;
    v_f          text;
    v_g_dm       text;
    v_f_dm       text;
    v_g_ocr      text;
    v_f_ocr      text;
    v_g_len      integer;
    v_f_len      integer;
    v_kg         text;
    v_kf         text;
    v_keys       text[];
    v_nick_g     jsonb;
    v_nick_f     jsonb;
    v_sex        text;
    v_nid        text;
    v_phone      text;
    v_address    text;
    v_postal     text;
    v_bd_text    text;
    v_birth      date;
    v_accuracy   text;     -- exact | year | estimated: how much of the candidate's birth date is known
    v_self       bigint;   -- the candidate is this registered patient (an edit, an identification, a scan)
    v_tolerance  integer;  -- years either side that an approximate birth year allows
    v_y          integer;
    v_m          integer;
    v_d          integer;
    v_swapped    date;
    v_near_dates date[];
    v_initials   text[];
    v_digits     text;
    v_month_from date;
    v_month_to   date;
    v_year_from  date;
    v_year_to    date;
    v_strong_points double precision;  -- the points at which a score reaches the strong threshold
    v_year_dates date[];
BEGIN
    -- As SECURITY DEFINER this reads past row-level security, so it checks what the patient policy checks.
    IF core.current_staff_id() IS NULL OR jsonb_typeof(candidate) IS DISTINCT FROM 'object'
       OR coalesce(max_results, 10) < 1 THEN
        RETURN;
    END IF;
    v_g := nullif(registry.dedup_fold(btrim(candidate ->> 'given_name')), '');
    v_f := nullif(registry.dedup_fold(btrim(candidate ->> 'family_name')), '');
    v_sex := CASE lower(left(btrim(candidate ->> 'sex'), 10)) WHEN 'female' THEN 'female' WHEN 'f' THEN 'female'
                                                              WHEN 'male' THEN 'male' WHEN 'm' THEN 'male' END;
    v_nid := nullif(upper(regexp_replace(left(candidate ->> 'national_id', 64), '\s', '', 'g')), '');
    v_address := nullif(registry.dedup_fold(btrim(left(candidate ->> 'address', 300))), '');
    v_postal := nullif(upper(regexp_replace(left(candidate ->> 'postal_code', 32), '\s', '', 'g')), '');
    -- A phone key needs at least 7 digits to mean anything.
    IF length(regexp_replace(left(candidate ->> 'phone', 64), '[^0-9]', '', 'g')) >= 7 THEN
        v_phone := registry.dedup_phone_key(left(candidate ->> 'phone', 64));
    END IF;
    -- Only a real ISO date counts; anything else is treated as missing, never an error.
    v_bd_text := left(btrim(candidate ->> 'birth_date'), 10);
    IF v_bd_text ~ '^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$' THEN
        v_y := split_part(v_bd_text, '-', 1)::integer;
        v_m := split_part(v_bd_text, '-', 2)::integer;
        v_d := split_part(v_bd_text, '-', 3)::integer;
        IF v_y >= 1 AND v_m BETWEEN 1 AND 12 AND v_d >= 1
           AND v_d <= EXTRACT(DAY FROM make_date(v_y, v_m, 1) + interval '1 month' - interval '1 day') THEN
            v_birth := make_date(v_y, v_m, v_d);
        END IF;
    END IF;
    IF candidate ->> 'patient_id' ~ '^[0-9]{1,18}$' THEN
        v_self := (candidate ->> 'patient_id')::bigint;
    END IF;
    v_accuracy := CASE lower(btrim(left(candidate ->> 'birth_date_accuracy', 20)))
                      WHEN 'year' THEN 'year' WHEN 'estimated' THEN 'estimated' ELSE 'exact' END;
    IF v_g IS NULL AND v_f IS NULL AND v_birth IS NULL AND v_nid IS NULL AND v_phone IS NULL THEN
        RETURN;  -- nothing to search by
    END IF;

    IF v_birth IS NOT NULL AND v_accuracy <> 'exact' THEN
        -- Only the year is known (or guessed from the age): block the names on the years it allows.
        v_tolerance := CASE v_accuracy WHEN 'year' THEN 0 ELSE 5 END;
        v_year_from := make_date(greatest(v_y - v_tolerance, 1), 1, 1);
        v_year_to := make_date(v_y + v_tolerance + 1, 1, 1);
    ELSIF v_birth IS NOT NULL THEN
        IF v_d <= 12 AND v_d <> v_m THEN
            v_swapped := make_date(v_y, v_d, v_m);
        END IF;
        v_digits := registry.dedup_date_digits(v_birth);
        v_near_dates := array_remove(ARRAY[v_birth - 1, v_birth + 1, v_swapped], NULL);
        v_month_from := make_date(v_y, v_m, 1);
        v_month_to := (v_month_from + interval '1 month')::date;
        -- The same day and month in the years one digit away or with two adjacent digits swapped.
        SELECT array_agg(make_date(y, v_m, v_d)) INTO v_year_dates
          FROM (SELECT DISTINCT alt::integer AS y
                  FROM (SELECT overlay(lpad(v_y::text, 4, '0') PLACING k::text FROM i FOR 1)
                          FROM generate_series(1, 4) AS i, generate_series(0, 9) AS k
                        UNION ALL
                        SELECT overlay(lpad(v_y::text, 4, '0')
                                       PLACING substr(lpad(v_y::text, 4, '0'), i + 1, 1)
                                               || substr(lpad(v_y::text, 4, '0'), i, 1) FROM i FOR 2)
                          FROM generate_series(1, 3) AS i) AS a (alt)) AS b
         WHERE y <> v_y AND y BETWEEN 1880 AND EXTRACT(YEAR FROM current_date)
           AND (v_m <> 2 OR v_d <> 29 OR (y % 4 = 0 AND (y % 100 <> 0 OR y % 400 = 0)));
    END IF;
    v_kg := registry.dedup_name_key(v_g);
    v_kf := registry.dedup_name_key(v_f);
    v_keys := array_remove(ARRAY[v_kg, v_kf], NULL);
    v_initials := ARRAY[left(v_g, 1) || left(v_f, 1), left(v_f, 1) || left(v_g, 1)];
    v_g_dm := ext.dmetaphone(v_g);
    v_f_dm := ext.dmetaphone(v_f);
    v_g_ocr := registry.dedup_ocr(v_g);
    v_f_ocr := registry.dedup_ocr(v_f);
    v_g_len := length(v_g);
    v_f_len := length(v_f);
    v_nick_g := coalesce(registry.dedup_nickname_map() -> v_g, '{}');
    v_nick_f := coalesce(registry.dedup_nickname_map() -> v_f, '{}');
    SELECT 6.5 + ln(t.strong / (1 - t.strong)) INTO v_strong_points FROM registry.duplicate_thresholds() t;

    RETURN QUERY
    WITH hits AS (
        SELECT p.id, p.given_name, p.family_name, p.birth_date, p.sex, p.national_id, p.phone, p.address,
               p.postal_code, p.birth_date_accuracy, p.identity_status
          FROM registry.patient p
         WHERE p.merged_into_id IS NULL
           -- never the patient itself, nor one a reviewer decided is not the same person (the worklist)
           AND (v_self IS NULL
                OR (p.id <> v_self
                    AND NOT EXISTS (SELECT FROM registry.duplicate_pair d
                                     WHERE d.patient_a = least(v_self, p.id) AND d.patient_b = greatest(v_self, p.id)
                                       AND d.decision = 'distinct')))
           AND (p.birth_date = v_birth
                OR (registry.dedup_name_key(p.family_name) = ANY (v_keys) AND p.birth_date = v_swapped)
                OR (registry.dedup_name_key(p.given_name) = ANY (v_keys) AND p.birth_date = v_swapped)
                OR (p.birth_date = ANY (v_near_dates)
                    AND registry.dedup_initials(p.given_name, p.family_name) = ANY (v_initials))
                OR p.national_id = v_nid
                OR registry.dedup_phone_key(p.phone) = v_phone
                OR (registry.dedup_name_key(p.family_name) = ANY (v_keys)
                    AND p.birth_date >= v_month_from AND p.birth_date < v_month_to)
                OR (registry.dedup_name_key(p.given_name) = ANY (v_keys)
                    AND p.birth_date >= v_month_from AND p.birth_date < v_month_to)
                -- only the year is known: either name born that year
                OR (v_accuracy = 'year' AND p.birth_date >= v_year_from AND p.birth_date < v_year_to
                    AND (registry.dedup_name_key(p.family_name) = ANY (v_keys)
                         OR registry.dedup_name_key(p.given_name) = ANY (v_keys)))
                -- both names, whatever the birth date (mistyped in every digit, or another family member's)
                OR (registry.dedup_name_key(p.family_name) = v_kf AND registry.dedup_name_key(p.given_name) = v_kg)
                OR (registry.dedup_name_key(p.family_name) = v_kg AND registry.dedup_name_key(p.given_name) = v_kf)
                -- either name with the same day and month in a year one digit away: survives a year typo
                -- together with a changed name
                OR (registry.dedup_name_key(p.family_name) = ANY (v_keys) AND p.birth_date = ANY (v_year_dates))
                OR (registry.dedup_name_key(p.given_name) = ANY (v_keys) AND p.birth_date = ANY (v_year_dates))
                -- the same postal code and either name, whatever the birth date
                OR (upper(replace(p.postal_code, ' ', '')) = v_postal
                    AND (registry.dedup_name_key(p.family_name) = ANY (v_keys)
                         OR registry.dedup_name_key(p.given_name) = ANY (v_keys))))
         LIMIT 1000
    ), named AS (
        -- each patient name folded once, and its edit distance to both candidate names
        SELECT h.id, h.birth_date, h.sex, h.national_id, h.phone, h.address, h.postal_code, h.identity_status,
               -- years either side that the two birth dates allow: NULL when both are exact dates
               CASE WHEN v_accuracy = 'exact' AND h.birth_date_accuracy = 'exact' THEN NULL
                    ELSE greatest(CASE v_accuracy WHEN 'estimated' THEN 5 ELSE 0 END,
                                  CASE h.birth_date_accuracy WHEN 'estimated' THEN 5 ELSE 0 END) END AS tolerance,
               n.pg, n.pf, length(n.pg) AS pg_len, length(n.pf) AS pf_len,
               ext.levenshtein(v_g, n.pg) AS d_gg, ext.levenshtein(v_f, n.pf) AS d_ff,
               ext.levenshtein(v_f, n.pg) AS d_fg, ext.levenshtein(v_g, n.pf) AS d_gf
          FROM hits h
         -- an unidentified patient's names are the database's alias: never compared (never strong by them)
         CROSS JOIN LATERAL (SELECT CASE WHEN h.identity_status = 'identified' THEN registry.dedup_fold(h.given_name)
                                    END AS pg,
                                    CASE WHEN h.identity_status = 'identified' THEN registry.dedup_fold(h.family_name)
                                    END AS pf
                             OFFSET 0) AS n
    ), leveled AS (
        -- lg, lf: given with given, family with family; lgx, lfx: the candidate's names swapped (lgx is
        -- always about the patient's given name, lfx about the patient's family name)
        SELECT n.*,
               CASE WHEN v_nick_g ? n.pg THEN 5
                    ELSE registry.dedup_name_level(v_g, n.pg, v_g_len, n.pg_len, n.d_gg, v_g_dm, v_g_ocr) END AS lg,
               registry.dedup_name_level(v_f, n.pf, v_f_len, n.pf_len, n.d_ff, v_f_dm, v_f_ocr) AS lf,
               CASE WHEN v_nick_f ? n.pg THEN 5
                    ELSE registry.dedup_name_level(v_f, n.pg, v_f_len, n.pg_len, n.d_fg, v_f_dm, v_f_ocr) END AS lgx,
               registry.dedup_name_level(v_g, n.pf, v_g_len, n.pf_len, n.d_gf, v_g_dm, v_g_ocr) AS lfx
          FROM named n OFFSET 0
    ), compared AS (
        SELECT l.id, l.pg, l.pf, l.birth_date, l.tolerance, l.lg, l.lf, l.lgx, l.lfx, l.address, l.postal_code,
               registry.dedup_name_points(l.lg, false) + registry.dedup_name_points(l.lf, true) AS straight_points,
               registry.dedup_name_points(l.lgx, false) + registry.dedup_name_points(l.lfx, true) - 0.5
                   AS swapped_points,
               CASE WHEN l.tolerance IS NULL THEN registry.dedup_birth_level(v_birth, l.birth_date, v_swapped, v_digits)
                    WHEN v_birth IS NULL THEN 0
                    WHEN abs(date_part('year', l.birth_date) - v_y) <= l.tolerance THEN 7
                    ELSE -1 END AS lb,
               greatest(abs(date_part('year', l.birth_date) - v_y) - coalesce(l.tolerance, 0), 0) AS years_apart,
               CASE WHEN v_sex IS NULL OR l.sex NOT IN ('female', 'male') THEN NULL ELSE v_sex = l.sex END AS sex_same,
               CASE WHEN v_nid IS NULL OR l.national_id IS NULL THEN NULL ELSE v_nid = l.national_id END AS nid_same,
               -- one character apart: a typo in either record, neither evidence for nor against
               CASE WHEN v_nid IS NULL OR l.national_id IS NULL OR v_nid = l.national_id THEN false
                    ELSE ext.levenshtein(v_nid, l.national_id) <= 1
                         OR registry.dedup_transposed(v_nid, l.national_id) END AS nid_near,
               CASE WHEN v_phone IS NULL OR l.phone IS NULL THEN NULL
                    -- the last digit differs: no need to normalise the number
                    WHEN right(l.phone, 1) BETWEEN '0' AND '9' AND right(l.phone, 1) <> right(v_phone, 1) THEN false
                    ELSE v_phone = registry.dedup_phone_key(l.phone) END AS phone_same
          FROM leveled l OFFSET 0
    ), pointed AS (
        SELECT m.*, m.swapped_points > m.straight_points AS swapped,
               greatest(m.straight_points, m.swapped_points)
               + CASE m.lb WHEN 7 THEN CASE m.tolerance WHEN 0 THEN 2.0 ELSE 1.0 END
                           WHEN 6 THEN 4.0 WHEN 5 THEN 3.0 WHEN 4 THEN 3.0 WHEN 3 THEN 1.2 WHEN 2 THEN 2.0
                           WHEN 1 THEN 1.0 WHEN -1 THEN -4.0 ELSE 0.0 END
               + CASE m.sex_same WHEN true THEN 0.2 WHEN false THEN -2.0 ELSE 0.0 END
               + CASE WHEN m.nid_near THEN 0.0 WHEN m.nid_same THEN 10.0 WHEN NOT m.nid_same THEN -4.0 ELSE 0.0 END
               + CASE m.phone_same WHEN true THEN 4.0 WHEN false THEN -0.3 ELSE 0.0 END AS base_points
          FROM compared m
    ), located AS (
        -- address and postal code add at most 1.7 points: compare them only where that can matter
        SELECT q.*,
               CASE WHEN v_address IS NULL OR q.address IS NULL THEN NULL
                    ELSE ext.similarity(v_address, registry.dedup_fold(q.address)) >= 0.7 END AS address_same,
               CASE WHEN v_postal IS NULL OR q.postal_code IS NULL THEN NULL
                    ELSE v_postal = upper(replace(q.postal_code, ' ', '')) END AS postal_same
          FROM pointed q
         WHERE q.base_points + 1.7 >= 2.0 OFFSET 0
    ), levelled AS (
        SELECT t.*, CASE WHEN t.swapped THEN t.lgx ELSE t.lg END AS g_level,
               CASE WHEN t.swapped THEN t.lfx ELSE t.lf END AS f_level,
               t.base_points + CASE WHEN t.address_same THEN 1.0 ELSE 0.0 END
                             + CASE WHEN t.postal_same THEN 0.7 ELSE 0.0 END AS raw_points
          FROM located t
    ), related AS (
        -- Relatives share a family name, a home and a phone, and twins a birth date: what makes a duplicate
        -- strong. Another given name with the same family name and birth date is a twin; the same name born
        -- a dozen or more years apart is a parent or child. Unless the national ID agrees, such a patient is
        -- never strong: shown as possible, with why, when the household agrees, otherwise left weak.
        SELECT v.*, CASE WHEN v.nid_same THEN NULL
                         WHEN v.g_level = -1 AND v.f_level >= 3 AND v.lb BETWEEN 4 AND 7 THEN 'twin'
                         WHEN v.g_level >= 4 AND v.f_level >= 3 AND v.years_apart >= 12 THEN 'parent or child'
                    END AS relation,
               coalesce(v.phone_same, false) OR coalesce(v.address_same, false) OR coalesce(v.postal_same, false)
                   AS household
          FROM levelled v
    ), ranked AS (
        SELECT r.*, CASE WHEN r.relation IS NULL THEN r.raw_points
                         WHEN r.household THEN 7.0   -- score 0.62: possible
                         ELSE least(r.raw_points, 6.0) END AS points
          FROM related r
    ), told_apart AS (
        -- Two or more strong patients of the same name born on different days (a parent and child, when the
        -- candidate has no birth date to tell them apart): none of them is strong, the clerk must choose.
        SELECT r.*, r.points >= v_strong_points
                    AND min(r.birth_date) FILTER (WHERE r.points >= v_strong_points) OVER (PARTITION BY r.pg, r.pf)
                        <> max(r.birth_date) FILTER (WHERE r.points >= v_strong_points) OVER (PARTITION BY r.pg, r.pf)
                    AS namesake
          FROM ranked r
    ), best AS (
        SELECT r.id, r.pg, r.swapped, r.g_level, r.f_level, r.lb, r.tolerance, r.relation, r.years_apart, r.nid_same,
               r.nid_near, r.phone_same, r.address_same, r.postal_same, r.sex_same, r.namesake,
               CASE WHEN r.namesake THEN 7.0 ELSE r.points END AS points
          FROM told_apart r
         WHERE r.points >= 2.0
         ORDER BY CASE WHEN r.namesake THEN 7.0 ELSE r.points END DESC, r.id
         LIMIT least(coalesce(max_results, 10), 100)
    )
    SELECT r.id, (1.0 / (1.0 + exp(6.5 - r.points)))::real,
           array_remove(ARRAY[
               CASE WHEN r.namesake THEN 'another patient of the same name matches as well: check the birth date' END,
               CASE r.relation
                    WHEN 'twin' THEN 'same family name and birth date but another given name: a twin?'
                    WHEN 'parent or child' THEN 'same name but born ' || r.years_apart::integer
                                                || ' years apart: a parent or child?' END,
               CASE WHEN r.nid_same THEN 'same national ID' END,
               CASE WHEN r.swapped THEN 'given and family names swapped' END,
               CASE WHEN r.g_level = 5
                    THEN 'given name is a nickname of '
                         || coalesce((CASE WHEN r.swapped THEN v_nick_f ELSE v_nick_g END) ->> r.pg, initcap(r.pg))
                    WHEN NOT (r.swapped AND r.g_level = 6) THEN registry.dedup_name_reason(r.g_level, 'given') END,
               CASE WHEN NOT (r.swapped AND r.f_level = 6) THEN registry.dedup_name_reason(r.f_level, 'family') END,
               CASE r.lb WHEN 6 THEN 'same birth date' WHEN 5 THEN 'day and month of birth swapped'
                         WHEN 4 THEN 'birth date one day apart' WHEN 3 THEN 'birth date differs in one digit'
                         WHEN 2 THEN 'two digits of the birth date swapped' WHEN 1 THEN 'same birth year and month'
                         WHEN 7 THEN CASE r.tolerance WHEN 0 THEN 'same birth year (day and month not known)'
                                                      ELSE 'birth year within the estimated age' END
                         WHEN -1 THEN 'different birth date' END,
               CASE WHEN r.phone_same THEN 'phone matches' END,
               CASE WHEN r.address_same THEN 'same address' END,
               CASE WHEN r.postal_same AND NOT coalesce(r.address_same, false) THEN 'same postal code' END,
               CASE WHEN NOT r.sex_same THEN 'sex differs' END,
               CASE WHEN r.nid_near THEN 'national ID differs in one character (a typo?)'
                    WHEN NOT r.nid_same THEN 'national ID differs' END
           ], NULL)
      FROM best r
     ORDER BY r.points DESC, r.id;
END
$$;
COMMENT ON FUNCTION registry.find_duplicate_candidates(jsonb, integer) IS
    'Patients who may be the candidate (keys given_name, family_name, birth_date, sex, national_id, phone, '
    'address, postal_code; any may be missing), best first, with reasons a clerk reads. See docs/dedup.md.';

-- ---------------------------------------------------------------------------------------------------
-- Which columns reference a patient (internal: no staff role may execute the helpers of this section)
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.merge_targets()
RETURNS TABLE (relid oid, schema_name text, table_name text, column_name text, pk_columns text[], depth integer,
               problem text)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH RECURSIVE patient AS (
        SELECT 'registry.patient'::regclass::oid AS relid,
               (SELECT a.attnum FROM pg_attribute a
                 WHERE a.attrelid = 'registry.patient'::regclass AND a.attname = 'id') AS id_attnum,
               (SELECT a.attnum FROM pg_attribute a
                 WHERE a.attrelid = 'registry.patient'::regclass AND a.attname = 'merged_into_id') AS link_attnum
    ),
    fk AS (  -- every foreign key to registry.patient, but the merge link, the merge history and the duplicate
             -- worklist (a pair keeps naming the two records it was about)
        SELECT c.oid, c.conname, c.conrelid, c.conkey, c.confkey,
               array_length(c.conkey, 1) = 1 AND c.confkey = ARRAY[p.id_attnum] AS supported
          FROM pg_constraint c, patient p
         WHERE c.contype = 'f' AND c.confrelid = p.relid
           AND c.conparentid = 0  -- a partitioned table's key once, not once per partition
           AND c.conrelid <> 'registry.patient_merge'::regclass
           AND c.conrelid <> 'registry.duplicate_pair'::regclass
           AND NOT (c.conrelid = p.relid AND c.conkey = ARRAY[p.link_attnum])
    ),
    targets AS (
        SELECT DISTINCT fk.conrelid AS relid, fk.conkey[1] AS attnum FROM fk WHERE fk.supported
    ),
    edges AS (  -- a key that carries a child's patient column to another referencing table
        SELECT DISTINCT c.oid, c.conname, c.confrelid AS parent, c.conrelid AS child,
               c.confupdtype = 'c' AS cascades
          FROM pg_constraint c JOIN targets t ON t.relid = c.conrelid AND t.attnum = ANY (c.conkey)
         WHERE c.contype = 'f' AND c.confrelid <> c.conrelid
           AND c.confrelid IN (SELECT t2.relid FROM targets t2)
    ),
    walk (relid, depth) AS (
        SELECT t.relid, 0 FROM targets t
        UNION
        SELECT e.child, w.depth + 1 FROM walk w JOIN edges e ON e.parent = w.relid WHERE w.depth < 32
    ),
    depths AS (SELECT w.relid, max(w.depth) AS depth FROM walk w GROUP BY w.relid),
    pks AS (
        SELECT c.conrelid AS relid, array_agg(a.attname::text ORDER BY k.ord) AS columns
          FROM pg_constraint c
          CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k (attnum, ord)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
         WHERE c.contype = 'p' AND c.conrelid IN (SELECT fk.conrelid FROM fk)
         GROUP BY c.conrelid
    )
    SELECT DISTINCT ON (fk.conrelid, fk.conkey)
           fk.conrelid, n.nspname::text, r.relname::text,
           CASE WHEN fk.supported THEN a.attname::text END,
           pks.columns, coalesce(d.depth, 0)::integer,
           CASE WHEN NOT fk.supported
                     THEN format('foreign key %s does not reference registry.patient (id) with one column', fk.conname)
                WHEN pks.columns IS NULL THEN 'the table has no primary key'
                WHEN EXISTS (SELECT 1 FROM edges e WHERE e.child = fk.conrelid AND NOT e.cascades)
                     THEN format('foreign key %s carries the patient column but is not ON UPDATE CASCADE',
                                 (SELECT string_agg(e.conname, ', ') FROM edges e
                                   WHERE e.child = fk.conrelid AND NOT e.cascades))
           END
      FROM fk
      JOIN pg_class r ON r.oid = fk.conrelid
      JOIN pg_namespace n ON n.oid = r.relnamespace
      JOIN pg_attribute a ON a.attrelid = fk.conrelid AND a.attnum = fk.conkey[1]
      LEFT JOIN pks ON pks.relid = fk.conrelid
      LEFT JOIN depths d ON d.relid = fk.conrelid
     ORDER BY fk.conrelid, fk.conkey, fk.supported DESC
$$;
COMMENT ON FUNCTION registry.merge_targets() IS
    'Every column that references registry.patient(id) (found from pg_constraint), with its table''s primary key, '
    'its depth among composite keys (parents first) and what, if anything, keeps a merge from moving it.';

-- The WHERE clause that finds a recorded row (alias t) from its recorded primary key (alias k): key columns
-- match the recorded values, the patient column itself (when part of the key) matches the patient in $2.
CREATE OR REPLACE FUNCTION registry.merge_pk_match(p_pk_columns text[], p_column text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT string_agg(CASE WHEN c = p_column THEN format('t.%I = $2', c) ELSE format('t.%I = k.%I', c, c) END,
                      ' AND ')
      FROM unnest(p_pk_columns) AS c
$$;

-- Moves the recorded rows of one (table, column) of a merge from one patient to the other; returns how many
-- rows this statement updated (rows already moved by an ON UPDATE CASCADE are not counted again).
CREATE OR REPLACE FUNCTION registry.merge_move_rows(p_merge_id bigint, p_schema text, p_table text, p_column text,
                                         p_pk_columns text[], p_from bigint, p_to bigint) RETURNS integer
LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_match text;
    v_count integer;
BEGIN
    -- Primary key columns are matched with the recorded values; the patient column itself (when it is part
    -- of the key) with the patient the row is moving from.
    v_match := registry.merge_pk_match(p_pk_columns, p_column);
    EXECUTE format('UPDATE %1$I.%2$I AS t SET %3$I = $3 '
                   'FROM registry.merge_moved_row AS m, LATERAL jsonb_populate_record(NULL::%1$I.%2$I, m.pk) AS k '
                   'WHERE m.merge_id = $1 AND m.schema_name = %1$L AND m.table_name = %2$L AND m.column_name = %3$L '
                   'AND t.%3$I = $2 AND %4$s', p_schema, p_table, p_column, v_match)
        USING p_merge_id, p_from, p_to;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- How many of the recorded rows of one (table, column) of a merge now belong to the given patient.
CREATE OR REPLACE FUNCTION registry.merge_rows_at(p_merge_id bigint, p_schema text, p_table text, p_column text,
                                       p_pk_columns text[], p_patient bigint) RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_match text;
    v_count bigint;
BEGIN
    v_match := registry.merge_pk_match(p_pk_columns, p_column);
    EXECUTE format('SELECT count(*) FROM registry.merge_moved_row AS m, '
                   'LATERAL jsonb_populate_record(NULL::%1$I.%2$I, m.pk) AS k '
                   'WHERE m.merge_id = $1 AND m.schema_name = %1$L AND m.table_name = %2$L AND m.column_name = %3$L '
                   'AND EXISTS (SELECT 1 FROM %1$I.%2$I AS t WHERE t.%3$I = $2 AND %4$s)',
                   p_schema, p_table, p_column, v_match)
        INTO v_count USING p_merge_id, p_patient;
    RETURN v_count;
END
$$;

-- ---------------------------------------------------------------------------------------------------
-- Merge
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.merge_patients(survivor bigint, duplicate bigint, reason text) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff        bigint := core.current_staff_id();
    v_survivor     bigint := merge_patients.survivor;
    v_duplicate    bigint := merge_patients.duplicate;
    v_reason       text   := btrim(coalesce(merge_patients.reason, ''));
    v_prev_reason  text   := current_setting('hms.reason', true);
    v_survivor_row registry.patient;
    v_dup_row      registry.patient;
    v_merge        bigint;
    v_problem      text;
    v_target       record;
    v_left         bigint;
BEGIN
    IF v_staff IS NULL OR NOT core.has_group('hms_admin') THEN
        RAISE EXCEPTION 'only administrators may merge patient records'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('registry.administrators_merge_patient_records');
    END IF;
    PERFORM core.check_reason(v_reason, 10, 'a merge needs a reason of at least 10 characters',
                              p_key => 'registry.merge_needs_reason_least');
    IF v_survivor IS NULL OR v_duplicate IS NULL THEN
        RAISE EXCEPTION 'say which patient survives and which is the duplicate'
            USING ERRCODE = 'null_value_not_allowed',
                  DETAIL = core.message_detail('registry.say_patient_survives_duplicate');
    END IF;
    IF v_survivor = v_duplicate THEN
        RAISE EXCEPTION 'patient % cannot be merged into itself', v_survivor
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.patient_merged_into_itself', v_survivor::text);
    END IF;

    -- Lock both records, in id order so two merges cannot deadlock. FOR UPDATE also waits for every
    -- transaction still inserting a row that references them (foreign key checks hold FOR KEY SHARE) and
    -- keeps new ones out until this transaction ends: the rows recorded below are all the rows there are.
    PERFORM 1 FROM registry.patient p WHERE p.id IN (v_survivor, v_duplicate) ORDER BY p.id FOR UPDATE;
    SELECT * INTO v_survivor_row FROM registry.patient p WHERE p.id = v_survivor;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient with id % (the survivor)', v_survivor
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('registry.survivor_not_found', v_survivor::text);
    END IF;
    SELECT * INTO v_dup_row FROM registry.patient p WHERE p.id = v_duplicate;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient with id % (the duplicate)', v_duplicate
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('registry.duplicate_not_found', v_duplicate::text);
    END IF;
    IF v_dup_row.merged_into_id IS NOT NULL THEN
        RAISE EXCEPTION 'patient % (MRN %) is already merged into patient %', v_duplicate, v_dup_row.mrn,
                        v_dup_row.merged_into_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.patient_mrn_already_merged', v_duplicate::text,
                                               v_dup_row.mrn::text, v_dup_row.merged_into_id::text);
    END IF;
    IF v_survivor_row.merged_into_id IS NOT NULL THEN
        RAISE EXCEPTION 'patient % (MRN %) is itself merged into patient %: merge into the surviving record',
                        v_survivor, v_survivor_row.mrn, v_survivor_row.merged_into_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.patient_mrn_itself_merged', v_survivor::text,
                                               v_survivor_row.mrn::text, v_survivor_row.merged_into_id::text);
    END IF;

    SELECT string_agg(format('%s.%s: %s', t.schema_name, t.table_name, t.problem), '; ') INTO v_problem
      FROM registry.merge_targets() t WHERE t.problem IS NOT NULL;
    IF v_problem IS NOT NULL THEN
        RAISE EXCEPTION 'cannot merge patients: %', v_problem
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'see the rules for later migrations in server_db/sql/070_registry_merge.sql',
                  DETAIL = core.message_detail('registry.merge_blocked', v_problem);
    END IF;

    -- Every audit event this merge causes carries its reason.
    PERFORM set_config('hms.reason', v_reason, true);

    INSERT INTO registry.patient_merge (survivor_id, duplicate_id, reason, merged_by)
    VALUES (v_survivor, v_duplicate, v_reason, v_staff)
    RETURNING id INTO v_merge;

    -- 1. Record every referencing row before anything moves (so rows that a cascade moves are recorded too).
    FOR v_target IN SELECT * FROM registry.merge_targets() t
                     ORDER BY t.depth, t.schema_name, t.table_name, t.column_name LOOP
        EXECUTE format('INSERT INTO registry.merge_moved_row (merge_id, schema_name, table_name, column_name, pk) '
                       'SELECT $1, %1$L, %2$L, %3$L, jsonb_build_object(%4$s) FROM %1$I.%2$I AS t WHERE t.%3$I = $2',
                       v_target.schema_name, v_target.table_name, v_target.column_name,
                       (SELECT string_agg(format('%L, t.%I', c, c), ', ') FROM unnest(v_target.pk_columns) AS c))
            USING v_merge, v_duplicate;
    END LOOP;

    -- 2. Move them, parents first.
    FOR v_target IN SELECT * FROM registry.merge_targets() t
                     ORDER BY t.depth, t.schema_name, t.table_name, t.column_name LOOP
        PERFORM registry.merge_move_rows(v_merge, v_target.schema_name, v_target.table_name, v_target.column_name,
                                         v_target.pk_columns, v_duplicate, v_survivor);
    END LOOP;

    -- 3. Verify: nothing references the duplicate any more, every recorded row is the survivor's.
    FOR v_target IN SELECT * FROM registry.merge_targets() t LOOP
        EXECUTE format('SELECT count(*) FROM %I.%I AS t WHERE t.%I = $1',
                       v_target.schema_name, v_target.table_name, v_target.column_name)
            INTO v_left USING v_duplicate;
        IF v_left > 0 THEN
            RAISE EXCEPTION 'merge %: % rows of %.% still reference patient %', v_merge, v_left,
                            v_target.schema_name, v_target.table_name, v_duplicate
                USING ERRCODE = 'internal_error',
                      DETAIL = core.message_detail('registry.merge_rows_still_reference', v_merge::text, v_left::text,
                                                   v_target.schema_name::text, v_target.table_name::text,
                                                   v_duplicate::text);
        END IF;
    END LOOP;
    FOR v_target IN SELECT m.schema_name, m.table_name, m.column_name, count(*) AS n, t.pk_columns
                      FROM registry.merge_moved_row m
                      JOIN registry.merge_targets() t USING (schema_name, table_name, column_name)
                     WHERE m.merge_id = v_merge
                     GROUP BY m.schema_name, m.table_name, m.column_name, t.pk_columns LOOP
        IF registry.merge_rows_at(v_merge, v_target.schema_name, v_target.table_name, v_target.column_name,
                                  v_target.pk_columns, v_survivor) <> v_target.n THEN
            RAISE EXCEPTION 'merge %: not every recorded row of %.% reached patient %', v_merge,
                            v_target.schema_name, v_target.table_name, v_survivor
                USING ERRCODE = 'internal_error',
                      DETAIL = core.message_detail('registry.merge_not_every_recorded', v_merge::text,
                                                   v_target.schema_name::text, v_target.table_name::text,
                                                   v_survivor::text);
        END IF;
    END LOOP;

    UPDATE registry.patient p SET merged_into_id = v_survivor WHERE p.id = v_duplicate;

    PERFORM set_config('hms.reason', coalesce(v_prev_reason, ''), true);
    RETURN v_merge;
END
$$;
COMMENT ON FUNCTION registry.merge_patients(bigint, bigint, text) IS
    'Administrators: move every row referencing the duplicate to the survivor (recorded for an exact unmerge), '
    'link the duplicate to the survivor; audited with the reason. Returns the merge id.';

-- ---------------------------------------------------------------------------------------------------
-- Unmerge
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.unmerge(merge_id bigint, reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff        bigint := core.current_staff_id();
    v_merge_id     bigint := unmerge.merge_id;
    v_reason       text   := btrim(coalesce(unmerge.reason, ''));
    v_prev_reason  text   := current_setting('hms.reason', true);
    v_merge        registry.patient_merge;
    v_survivor_row registry.patient;
    v_dup_row      registry.patient;
    v_later        bigint;
    v_group        record;
    v_at           bigint;
BEGIN
    IF v_staff IS NULL OR NOT core.has_group('hms_admin') THEN
        RAISE EXCEPTION 'only administrators may undo a patient merge'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('registry.administrators_undo_patient_merge');
    END IF;
    PERFORM core.check_reason(v_reason, 10, 'undoing a merge needs a reason of at least 10 characters',
                              p_key => 'registry.undoing_merge_needs_reason');
    SELECT * INTO v_merge FROM registry.patient_merge m WHERE m.id = v_merge_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient merge with id %', v_merge_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('registry.merge_not_found', v_merge_id::text);
    END IF;
    IF v_merge.unmerged_at IS NOT NULL THEN
        RAISE EXCEPTION 'merge % was already undone at %', v_merge_id, v_merge.unmerged_at
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.merge_already_undone', v_merge_id::text,
                                               v_merge.unmerged_at::text);
    END IF;
    PERFORM 1 FROM registry.patient p WHERE p.id IN (v_merge.survivor_id, v_merge.duplicate_id)
      ORDER BY p.id FOR UPDATE;
    SELECT * INTO v_survivor_row FROM registry.patient p WHERE p.id = v_merge.survivor_id;
    SELECT * INTO v_dup_row FROM registry.patient p WHERE p.id = v_merge.duplicate_id;
    IF v_survivor_row.merged_into_id IS NOT NULL THEN
        SELECT m.id INTO v_later FROM registry.patient_merge m
         WHERE m.duplicate_id = v_merge.survivor_id AND m.unmerged_at IS NULL;
        RAISE EXCEPTION 'patient % (the survivor of merge %) was merged into patient % afterwards: undo merge % first',
                        v_merge.survivor_id, v_merge_id, v_survivor_row.merged_into_id, v_later
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.patient_survivor_merge_merged', v_merge.survivor_id::text,
                                               v_merge_id::text, v_survivor_row.merged_into_id::text, v_later::text);
    END IF;
    IF v_dup_row.merged_into_id IS DISTINCT FROM v_merge.survivor_id THEN
        RAISE EXCEPTION 'patient % is not linked to patient % as merge % left it', v_merge.duplicate_id,
                        v_merge.survivor_id, v_merge_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('registry.patient_not_linked_patient', v_merge.duplicate_id::text,
                                               v_merge.survivor_id::text, v_merge_id::text);
    END IF;

    -- Every recorded row must still be the survivor's, or the unmerge would not be exact.
    FOR v_group IN SELECT m.schema_name, m.table_name, m.column_name, count(*) AS n, t.pk_columns, t.relid
                     FROM registry.merge_moved_row m
                     LEFT JOIN registry.merge_targets() t USING (schema_name, table_name, column_name)
                    WHERE m.merge_id = v_merge_id
                    GROUP BY m.schema_name, m.table_name, m.column_name, t.pk_columns, t.relid LOOP
        IF v_group.relid IS NULL OR v_group.pk_columns IS NULL THEN
            RAISE EXCEPTION 'merge % moved rows of %.%, which no longer references registry.patient by %',
                            v_merge_id, v_group.schema_name, v_group.table_name, v_group.column_name
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('registry.merge_moved_rows_no', v_merge_id::text,
                                                   v_group.schema_name::text, v_group.table_name::text,
                                                   v_group.column_name::text);
        END IF;
        v_at := registry.merge_rows_at(v_merge_id, v_group.schema_name, v_group.table_name, v_group.column_name,
                                       v_group.pk_columns, v_merge.survivor_id);
        IF v_at <> v_group.n THEN
            RAISE EXCEPTION 'merge % cannot be undone exactly: % of the % rows of %.% it moved no longer belong to '
                            'patient %', v_merge_id, v_group.n - v_at, v_group.n, v_group.schema_name,
                            v_group.table_name, v_merge.survivor_id
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      DETAIL = core.message_detail('registry.merge_undone_exactly_rows', v_merge_id::text,
                                                   (v_group.n - v_at)::text, v_group.n::text,
                                                   v_group.schema_name::text, v_group.table_name::text,
                                                   v_merge.survivor_id::text);
        END IF;
    END LOOP;

    PERFORM set_config('hms.reason', v_reason, true);

    -- Move exactly the recorded rows back, parents first (their cascades carry the children).
    FOR v_group IN SELECT DISTINCT m.schema_name, m.table_name, m.column_name, t.pk_columns, t.depth
                     FROM registry.merge_moved_row m
                     JOIN registry.merge_targets() t USING (schema_name, table_name, column_name)
                    WHERE m.merge_id = v_merge_id
                    ORDER BY t.depth, m.schema_name, m.table_name, m.column_name LOOP
        PERFORM registry.merge_move_rows(v_merge_id, v_group.schema_name, v_group.table_name, v_group.column_name,
                                         v_group.pk_columns, v_merge.survivor_id, v_merge.duplicate_id);
    END LOOP;
    FOR v_group IN SELECT m.schema_name, m.table_name, m.column_name, count(*) AS n, t.pk_columns
                     FROM registry.merge_moved_row m
                     JOIN registry.merge_targets() t USING (schema_name, table_name, column_name)
                    WHERE m.merge_id = v_merge_id
                    GROUP BY m.schema_name, m.table_name, m.column_name, t.pk_columns LOOP
        IF registry.merge_rows_at(v_merge_id, v_group.schema_name, v_group.table_name, v_group.column_name,
                                  v_group.pk_columns, v_merge.duplicate_id) <> v_group.n THEN
            RAISE EXCEPTION 'unmerge %: not every recorded row of %.% went back to patient %', v_merge_id,
                            v_group.schema_name, v_group.table_name, v_merge.duplicate_id
                USING ERRCODE = 'internal_error',
                      DETAIL = core.message_detail('registry.unmerge_not_every_recorded', v_merge_id::text,
                                                   v_group.schema_name::text, v_group.table_name::text,
                                                   v_merge.duplicate_id::text);
        END IF;
    END LOOP;

    UPDATE registry.patient p SET merged_into_id = NULL WHERE p.id = v_merge.duplicate_id;
    UPDATE registry.patient_merge m
       SET unmerged_at = now(), unmerged_by = v_staff, unmerge_reason = v_reason
     WHERE m.id = v_merge_id;

    PERFORM set_config('hms.reason', coalesce(v_prev_reason, ''), true);
END
$$;
COMMENT ON FUNCTION registry.unmerge(bigint, text) IS
    'Administrators: move exactly the rows a merge moved back to the duplicate and unlink it; audited with the '
    'reason. Refused when already undone or when the survivor was merged afterwards.';

-- ---------------------------------------------------------------------------------------------------
-- MRN aliases: a merged record's MRN finds the surviving record
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.resolve_mrn(mrn text) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    WITH RECURSIVE chain (id, merged_into_id, hops) AS (
        SELECT p.id, p.merged_into_id, 0 FROM registry.patient p
         WHERE p.mrn = regexp_replace(resolve_mrn.mrn, '\s', '', 'g')
        UNION ALL
        SELECT p.id, p.merged_into_id, c.hops + 1
          FROM chain c JOIN registry.patient p ON p.id = c.merged_into_id
         WHERE c.hops < 100
    )
    SELECT c.id FROM chain c WHERE c.merged_into_id IS NULL
$$;
COMMENT ON FUNCTION registry.resolve_mrn(text) IS
    'The id of the patient record an MRN belongs to now: the record itself, or the record it was merged into '
    '(following merges of merges). NULL when no patient has the MRN. Runs with the caller''s rights.';

-- ---------------------------------------------------------------------------------------------------
-- Demographic edits need a reason
-- ---------------------------------------------------------------------------------------------------
-- Superuser maintenance (current_user a superuser) is exempt on purpose: a superuser can disable any
-- trigger anyway, the audit still records the write with its actor, and bulk repairs should not need a
-- client-side GUC. Staff and the owner's SECURITY DEFINER code (merges set the merge reason) are not.
CREATE OR REPLACE FUNCTION registry.patient_require_reason() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF length(regexp_replace(coalesce(current_setting('hms.reason', true), ''), '\s', '', 'g')) >= 3
       OR to_jsonb(NEW) = to_jsonb(OLD) THEN  -- a reason given, or nothing changes
        RETURN NEW;
    END IF;
    IF (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a reason is required to change a patient''s demographics'
        USING ERRCODE = 'check_violation',
              HINT = 'SET LOCAL hms.reason = ''…'' (at least 3 characters) in the same transaction',
              DETAIL = core.message_detail('registry.demographics_reason_required');
END
$$;
COMMENT ON FUNCTION registry.patient_require_reason() IS
    'BEFORE UPDATE on registry.patient: a change needs hms.reason (>= 3 non-blank characters), except for superusers.';

CREATE OR REPLACE TRIGGER patient_require_reason BEFORE UPDATE ON registry.patient
    FOR EACH ROW EXECUTE FUNCTION registry.patient_require_reason();

-- ---------------------------------------------------------------------------------------------------
-- Demographic change history
-- ---------------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION registry.row_changes(old_row jsonb, new_row jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(jsonb_object_agg(k.key, jsonb_build_array(coalesce(old_row -> k.key, 'null'::jsonb),
                                                              coalesce(new_row -> k.key, 'null'::jsonb))), '{}'::jsonb)
      FROM jsonb_object_keys(coalesce(old_row, '{}'::jsonb) || coalesce(new_row, '{}'::jsonb)) AS k (key)
     WHERE coalesce(old_row -> k.key, 'null'::jsonb) <> coalesce(new_row -> k.key, 'null'::jsonb)
$$;
COMMENT ON FUNCTION registry.row_changes(jsonb, jsonb) IS '{column: [old, new]} for the columns that differ.';

CREATE OR REPLACE FUNCTION registry.patient_history(patient_id bigint)
RETURNS TABLE (occurred_at timestamptz, actor text, actor_name text, action text, reason text, changes jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_patient bigint := patient_history.patient_id;
BEGIN
    IF NOT (core.has_group('hms_reception') OR core.has_group('hms_admin') OR core.has_group('hms_doctor')
            OR core.has_group('hms_nurse')) THEN
        RAISE EXCEPTION 'only reception, clinicians and administrators read a patient''s history'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('registry.reception_clinicians_administrators_read');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM registry.patient p WHERE p.id = v_patient) THEN
        RAISE EXCEPTION 'no patient with id %', v_patient
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.patient_not_found', v_patient::text);
    END IF;
    RETURN QUERY
    SELECT h.occurred_at, h.actor, s.full_name, h.action, h.reason, h.changes
      FROM (
            -- the record's own events (registration, corrections, being merged and unmerged)
            SELECT e.occurred_at, e.actor, e.action, e.reason, registry.row_changes(e.old_row, e.new_row) AS changes,
                   e.id AS seq
              FROM audit.event e
             WHERE e.patient_id = v_patient AND e.schema_name = 'registry' AND e.table_name = 'patient'
            UNION ALL
            -- records merged into this one (the survivor's own row does not change)
            SELECT m.merged_at, ms.username, 'MERGE', m.reason,
                   jsonb_build_object('merged_from', jsonb_build_array(NULL, m.duplicate_id)), NULL
              FROM registry.patient_merge m JOIN core.staff ms ON ms.id = m.merged_by
             WHERE m.survivor_id = v_patient
            UNION ALL
            SELECT m.unmerged_at, us.username, 'UNMERGE', m.unmerge_reason,
                   jsonb_build_object('merged_from', jsonb_build_array(m.duplicate_id, NULL)), NULL
              FROM registry.patient_merge m JOIN core.staff us ON us.id = m.unmerged_by
             WHERE m.survivor_id = v_patient AND m.unmerged_at IS NOT NULL
           ) AS h (occurred_at, actor, action, reason, changes, seq)
      LEFT JOIN core.staff s ON s.username = h.actor
     ORDER BY h.occurred_at, h.seq NULLS LAST;
END
$$;
COMMENT ON FUNCTION registry.patient_history(bigint) IS
    'Who changed a patient''s demographics, when, why and what ({column: [old, new]}), from the audit trail; '
    'for reception, clinicians and administrators. A survivor also lists the records merged into it.';

-- =====================================================================================================
-- Unidentified patients (issue 16): an emergency registration under a temporary identity the database makes
-- ('UNKNOWN 2026-0042', sex if known, an estimated age), full care under it, and identification later: the
-- record is merged into the patient's existing record (registry.merge_patients, the unidentified record is the
-- duplicate) or becomes a normal record (registry.identify_patient). Both keep the alias and leave a trail.
-- Clients cannot set identity_status or temporary_alias (no column grant): only these functions do, as owner.
-- =====================================================================================================
-- The sex as both functions take it: trimmed, lower case, `otherwise` when not given; a plain sentence when it is
-- not one of the four (before anything is written or a number drawn).
CREATE OR REPLACE FUNCTION registry.checked_sex(p_sex text, p_otherwise text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_sex text := coalesce(nullif(lower(btrim(p_sex)), ''), p_otherwise);
BEGIN
    IF v_sex IS NULL OR v_sex NOT IN ('female', 'male', 'other', 'unknown') THEN
        RAISE EXCEPTION 'sex must be female, male, other or unknown (unknown when nobody can tell)'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('registry.sex_female_male_other');
    END IF;
    RETURN v_sex;
END
$$;

CREATE OR REPLACE FUNCTION registry.register_unidentified(sex text, estimated_age_years integer, note text)
RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff       bigint := core.require_group(ARRAY['hms_reception'], 'only reception registers patients',
                                               'registry.reception_registers_patients');
    v_sex         text   := registry.checked_sex(register_unidentified.sex, 'unknown');
    v_age         integer := register_unidentified.estimated_age_years;
    v_note        text   := nullif(btrim(regexp_replace(coalesce(register_unidentified.note, ''), '\s+', ' ', 'g')), '');
    v_prev_reason text   := current_setting('hms.reason', true);
    v_number      text;
    v_alias       text;
    v_id          bigint;
BEGIN
    IF v_age IS NULL OR v_age NOT BETWEEN 0 AND 120 THEN
        RAISE EXCEPTION 'give an estimated age in years, from 0 to 120'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('registry.give_estimated_age_years');
    END IF;
    IF length(v_note) > 500 THEN
        RAISE EXCEPTION 'the note is too long (% characters, at most 500)', length(v_note)
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.note_too_long_characters', (length(v_note))::text);
    END IF;
    v_number := nextval('registry.unidentified_seq')::text;
    v_alias := format('UNKNOWN %s-%s', to_char(current_date, 'YYYY'), lpad(v_number, greatest(4, length(v_number)), '0'));
    PERFORM set_config('hms.reason', 'emergency registration of an unidentified patient', true);
    INSERT INTO registry.patient (given_name, family_name, birth_date, birth_date_accuracy, sex, identity_status,
                                  temporary_alias, identification_note)
    VALUES (substr(v_alias, 9), 'UNKNOWN', (current_date - make_interval(years => v_age))::date, 'estimated', v_sex,
            'unidentified', v_alias, v_note)
    RETURNING id INTO v_id;
    PERFORM set_config('hms.reason', coalesce(v_prev_reason, ''), true);
    RETURN v_id;
END
$$;
COMMENT ON FUNCTION registry.register_unidentified(text, integer, text) IS
    'Reception: register a patient nobody can identify yet, under a temporary alias the database makes '
    '(UNKNOWN <year>-<number>), sex if known, birth date estimated from the age. Returns the new patient id.';

CREATE OR REPLACE FUNCTION registry.identify_patient(patient_id bigint, given_name text, family_name text,
                                                     birth_date date, birth_date_accuracy text, sex text,
                                                     reason text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff       bigint := core.require_group(ARRAY['hms_reception'],
                                               'only reception records who an unidentified patient is',
                                               'registry.reception_records_who_unidentified');
    v_id          bigint := identify_patient.patient_id;
    v_given       text   := btrim(regexp_replace(coalesce(identify_patient.given_name, ''), '\s+', ' ', 'g'));
    v_family      text   := btrim(regexp_replace(coalesce(identify_patient.family_name, ''), '\s+', ' ', 'g'));
    v_accuracy    text   := coalesce(nullif(btrim(identify_patient.birth_date_accuracy), ''), 'exact');
    v_sex         text   := registry.checked_sex(identify_patient.sex, NULL);
    v_reason      text;
    v_prev_reason text   := current_setting('hms.reason', true);
    v_row         registry.patient;
BEGIN
    v_reason := core.check_reason(identify_patient.reason, 5,
                                  'say how the patient was identified (at least 5 characters)',
                                  p_key => 'registry.say_how_patient_identified');
    IF v_given = '' OR v_family = '' THEN
        RAISE EXCEPTION 'the given name and the family name are required'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('registry.given_name_family_name');
    END IF;
    IF identify_patient.birth_date IS NULL THEN
        RAISE EXCEPTION 'the birth date is required (the year, or an estimate, if that is all that is known)'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('registry.birth_date_required_year');
    END IF;
    IF v_accuracy NOT IN ('exact', 'year', 'estimated') THEN
        RAISE EXCEPTION 'the birth date is exact, year only or estimated'
            USING ERRCODE = 'check_violation', DETAIL = core.message_detail('registry.birth_date_exact_year');
    END IF;
    SELECT * INTO v_row FROM registry.patient p WHERE p.id = v_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no patient with id %', v_id
            USING ERRCODE = 'no_data_found', DETAIL = core.message_detail('core.patient_not_found', v_id::text);
    END IF;
    IF v_row.merged_into_id IS NOT NULL THEN
        RAISE EXCEPTION 'patient % (%) was merged into patient %: open that record', v_id,
                        coalesce(v_row.temporary_alias, 'MRN ' || v_row.mrn), v_row.merged_into_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('registry.patient_merged_into_patient', v_id::text,
                                               (coalesce(v_row.temporary_alias, 'MRN ' || v_row.mrn))::text,
                                               v_row.merged_into_id::text);
    END IF;
    IF v_row.identity_status <> 'unidentified' THEN
        RAISE EXCEPTION 'patient % (MRN %) is already identified: correct the demographics instead', v_id, v_row.mrn
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  DETAIL = core.message_detail('registry.patient_mrn_already_identified', v_id::text, v_row.mrn::text);
    END IF;
    PERFORM set_config('hms.reason', 'identified: ' || v_reason, true);
    UPDATE registry.patient p
       SET given_name = v_given, family_name = v_family, birth_date = identify_patient.birth_date,
           birth_date_accuracy = v_accuracy, sex = v_sex, identity_status = 'identified'
     WHERE p.id = v_id;
    PERFORM set_config('hms.reason', coalesce(v_prev_reason, ''), true);
END
$$;
COMMENT ON FUNCTION registry.identify_patient(bigint, text, text, date, text, text, text) IS
    'Reception: an unidentified patient turns out to be a new person: record their identity (the alias stays, '
    'for the history); audited with the reason. Someone already registered is merged instead (merge_patients).';

-- =====================================================================================================
-- Reception's search: one box for names, MRN, birth date, phone and national ID, one page in list order.
--
-- Through row-level security PostgreSQL will not use an index for a condition that is not leakproof (LIKE, the
-- trigram match): it must apply the policy first, so a name search read the whole table (0.83 s at 1,000,000
-- patients). This function reads the table as its owner and applies the policy itself — the caller must be
-- active staff, exactly "Patients are visible to active staff" — and the column grants too: a column the caller
-- may not read comes back NULL, and searching by it is refused (no oracle). Each search mode becomes its own
-- statement (EXECUTE), so the planner picks the index for what was typed.
-- =====================================================================================================
CREATE OR REPLACE FUNCTION registry.search_patients(p_names text[], p_mrn text, p_birth_date date, p_phone text,
                                                    p_national_id text, p_after_family text DEFAULT NULL,
                                                    p_after_given text DEFAULT NULL, p_after_id bigint DEFAULT NULL,
                                                    p_limit integer DEFAULT 50)
    RETURNS TABLE (id bigint, mrn text, given_name text, family_name text, birth_date date, sex text,
                   national_id text, phone text, address text, postal_code text, merged_into_id bigint,
                   created_at timestamptz, created_by text, birth_date_accuracy text, identity_status text,
                   temporary_alias text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_contact boolean := has_column_privilege(session_user, 'registry.patient', 'phone', 'SELECT');
    v_where   text[] := ARRAY['p.merged_into_id IS NULL'];
    v_names   text[] := '{}';
    v_phone   text := reverse(registry.dedup_phone_key(p_phone));
    v_name    text;
BEGIN
    IF core.current_staff_id() IS NULL THEN
        RAISE EXCEPTION 'only active staff search patients'
            USING ERRCODE = 'insufficient_privilege',
                  DETAIL = core.message_detail('registry.active_staff_search_patients');
    END IF;
    IF NOT v_contact AND (p_phone IS NOT NULL OR p_national_id IS NOT NULL) THEN
        RAISE EXCEPTION 'your role does not see phone numbers or national IDs, so it cannot search by them'
            USING ERRCODE = 'insufficient_privilege', DETAIL = core.message_detail('registry.search_field_hidden');
    END IF;
    IF p_limit IS NULL OR p_limit NOT BETWEEN 1 AND 500 THEN
        RAISE EXCEPTION 'a page has 1 to 500 patients'
            USING ERRCODE = 'invalid_parameter_value', DETAIL = core.message_detail('registry.page_1_500_patients');
    END IF;
    FOREACH v_name IN ARRAY coalesce(p_names, '{}') LOOP
        v_name := left(lower(btrim(v_name)), 100);
        CONTINUE WHEN v_name = '';
        -- LIKE's own characters are literal here: a clerk's "o_brien" means an underscore
        v_names := v_names || ('%' || replace(replace(replace(v_name, '\', '\\'), '%', '\%'), '_', '\_') || '%');
        v_where := v_where || format('(lower(p.family_name) LIKE $1[%1$s] OR lower(p.given_name) LIKE $1[%1$s])',
                                     cardinality(v_names));
    END LOOP;
    IF p_mrn IS NOT NULL THEN
        v_where := v_where || 'p.id = registry.resolve_mrn($2)'::text;  -- its own record, or the one it was merged into
    END IF;
    IF p_birth_date IS NOT NULL THEN
        v_where := v_where || 'p.birth_date = $3'::text;
    END IF;
    IF p_phone IS NOT NULL THEN
        IF v_phone IS NULL OR length(v_phone) < 7 THEN
            RAISE EXCEPTION 'a phone number to search for has at least 7 digits'
                USING ERRCODE = 'invalid_parameter_value',
                      DETAIL = core.message_detail('registry.phone_number_search_least');
        END IF;
        v_where := v_where || $w$reverse(registry.dedup_phone_key(p.phone)) LIKE $4 || '%'$w$::text;
    END IF;
    IF p_national_id IS NOT NULL THEN
        v_where := v_where || 'p.national_id = upper($5)'::text;
    END IF;
    IF cardinality(v_where) = 1 THEN
        RETURN;  -- nothing to search for
    END IF;
    IF p_after_id IS NOT NULL THEN
        v_where := v_where || '(p.family_name, p.given_name, p.id) > ($6, $7, $8)'::text;
    END IF;
    -- A name fragment of 3 or more letters: the trigram indexes find the matches, then the page is sorted. Left to
    -- itself the planner walks the list order instead, hoping for 50 matches soon, and reads most of the table
    -- when the matches sort late ("smi" → Smith); MATERIALIZED keeps it from that. Shorter fragments match much
    -- of the table, so walking the list order is right for them.
    RETURN QUERY EXECUTE format(
        'WITH p AS %s (SELECT * FROM registry.patient p WHERE %s) '
        'SELECT p.id, p.mrn, p.given_name, p.family_name, p.birth_date, p.sex, '
        '       CASE WHEN $10 THEN p.national_id END, CASE WHEN $10 THEN p.phone END, '
        '       CASE WHEN $10 THEN p.address END, CASE WHEN $10 THEN p.postal_code END, p.merged_into_id, '
        '       CASE WHEN $10 THEN p.created_at END, CASE WHEN $10 THEN p.created_by END, '
        '       p.birth_date_accuracy, p.identity_status, p.temporary_alias '
        '  FROM p ORDER BY p.family_name, p.given_name, p.id LIMIT $9',
        CASE WHEN EXISTS (SELECT 1 FROM unnest(v_names) n WHERE length(n) >= 5) THEN 'MATERIALIZED'
             ELSE 'NOT MATERIALIZED' END,
        array_to_string(v_where, ' AND '))
        USING v_names, p_mrn, p_birth_date, v_phone, p_national_id, p_after_family, p_after_given, p_after_id,
              p_limit, v_contact;
END
$$;
COMMENT ON FUNCTION registry.search_patients(text[], text, date, text, text, text, text, bigint, integer) IS
    'Reception''s search, one page in (family, given, id) order: the patient policy and column grants applied '
    'inside, so the indexes serve it (RLS keeps them from LIKE).';

-- =====================================================================================================
-- The duplicate worklist (issue 16): a registry-wide scan queues likely pairs, an administrator decides each.
--
-- The scan scores every unmerged patient with registry.find_duplicate_candidates (the same matcher and scores as
-- the registration check), built from the patient's own row, and keeps the candidates with a higher id scoring at
-- least the scan's min_score: each pair once, lower id first. A pair already in the table is never queued again
-- (a waiting pair gets the newer score and reasons; a merged or distinct one is left as decided), so "not the
-- same person" is remembered. The scan functions are SECURITY DEFINER for the administrator's rights check and
-- for writing the queue, which no staff role may write; the matcher itself checks core.current_staff_id(), which
-- follows the login (session_user), so the scan must run as an administrator's staff login — hms-admin
-- find-duplicates splits the id range over parallel connections, each calling registry.scan_duplicates per
-- chunk; the screen calls registry.scan_all_duplicates, which refuses a registry too large for one call.
-- =====================================================================================================
CREATE OR REPLACE FUNCTION registry.duplicate_candidate_of(p registry.patient) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    -- an unidentified patient is searched without its alias for names
    SELECT jsonb_build_object('patient_id', p.id,
                              'given_name', CASE WHEN p.identity_status = 'identified' THEN p.given_name END,
                              'family_name', CASE WHEN p.identity_status = 'identified' THEN p.family_name END,
                              'birth_date', to_char(p.birth_date, 'YYYY-MM-DD'),
                              'birth_date_accuracy', p.birth_date_accuracy, 'sex', p.sex,
                              'national_id', p.national_id, 'phone', p.phone, 'address', p.address,
                              'postal_code', p.postal_code)
$$;
COMMENT ON FUNCTION registry.duplicate_candidate_of(registry.patient) IS
    'Internal: a patient row as the candidate registry.find_duplicate_candidates takes.';

CREATE OR REPLACE FUNCTION registry.start_duplicate_scan(min_score real DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.require_group(ARRAY['hms_admin'], 'only administrators scan the registry for duplicates',
                                         'registry.administrators_scan_registry_duplicates');
    v_min   real   := coalesce(start_duplicate_scan.min_score, (SELECT t.possible FROM registry.duplicate_thresholds() t));
    v_scan  bigint;
BEGIN
    IF NOT (v_min > 0 AND v_min <= 1) THEN
        RAISE EXCEPTION 'the lowest score to queue must be above 0 and at most 1, not %', v_min
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.lowest_score_queue_above', v_min::text);
    END IF;
    INSERT INTO registry.duplicate_scan (started_by, min_score) VALUES (v_staff, v_min) RETURNING id INTO v_scan;
    RETURN v_scan;
END
$$;
COMMENT ON FUNCTION registry.start_duplicate_scan(real) IS
    'Administrators: open a duplicate scan queuing pairs scoring at least min_score (default: the possible '
    'threshold); feed it with registry.scan_duplicates, close it with registry.finish_duplicate_scan.';

CREATE OR REPLACE FUNCTION registry.scan_duplicates(scan_id bigint, first_id bigint, last_id bigint,
                                                    OUT patients integer, OUT pairs integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.require_group(ARRAY['hms_admin'], 'only administrators scan the registry for duplicates',
                                         'registry.administrators_scan_registry_duplicates');
    v_scan  registry.duplicate_scan;
BEGIN
    SELECT * INTO v_scan FROM registry.duplicate_scan s WHERE s.id = scan_duplicates.scan_id;
    IF NOT FOUND OR v_scan.finished_at IS NOT NULL THEN
        RAISE EXCEPTION 'duplicate scan % is not open', scan_duplicates.scan_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.duplicate_scan_not_open', scan_duplicates.scan_id::text);
    END IF;
    SELECT count(*) INTO patients FROM registry.patient p
     WHERE p.id BETWEEN first_id AND last_id AND p.merged_into_id IS NULL;
    WITH found AS (
        INSERT INTO registry.duplicate_pair AS d (patient_a, patient_b, score, reasons, scan_id)
        SELECT p.id, c.patient_id, c.score, coalesce(c.reasons, '{}'), v_scan.id
          FROM registry.patient p
         CROSS JOIN LATERAL registry.find_duplicate_candidates(registry.duplicate_candidate_of(p), 10) c
         WHERE p.id BETWEEN first_id AND last_id AND p.merged_into_id IS NULL
           AND c.patient_id > p.id AND c.score >= v_scan.min_score
        ON CONFLICT ON CONSTRAINT uq_duplicate_pair_patients DO UPDATE
           SET score = excluded.score, reasons = excluded.reasons
         WHERE d.decision = 'waiting' AND (d.score, d.reasons) IS DISTINCT FROM (excluded.score, excluded.reasons)
        RETURNING d.scan_id = v_scan.id AS new_pair
    )
    SELECT count(*) FILTER (WHERE new_pair) INTO pairs FROM found;
END
$$;
COMMENT ON FUNCTION registry.scan_duplicates(bigint, bigint, bigint) IS
    'Administrators: score the unmerged patients with ids first_id..last_id against the registry and queue the new '
    'pairs for an open scan; returns the patients scanned and the pairs newly queued.';

CREATE OR REPLACE FUNCTION registry.finish_duplicate_scan(scan_id bigint, patients bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.require_group(ARRAY['hms_admin'], 'only administrators scan the registry for duplicates',
                                         'registry.administrators_scan_registry_duplicates');
    v_pairs bigint;
BEGIN
    SELECT count(*) INTO v_pairs FROM registry.duplicate_pair d WHERE d.scan_id = finish_duplicate_scan.scan_id;
    UPDATE registry.duplicate_scan s
       SET finished_at = clock_timestamp(), patients = greatest(coalesce(finish_duplicate_scan.patients, 0), 0),
           pairs_found = v_pairs
     WHERE s.id = finish_duplicate_scan.scan_id AND s.finished_at IS NULL;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'duplicate scan % is not open', finish_duplicate_scan.scan_id
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.duplicate_scan_not_open', finish_duplicate_scan.scan_id::text);
    END IF;
    RETURN v_pairs;
END
$$;
COMMENT ON FUNCTION registry.finish_duplicate_scan(bigint, bigint) IS
    'Administrators: close a duplicate scan, recording the patients scanned; returns the pairs it queued.';

CREATE OR REPLACE FUNCTION registry.scan_all_duplicates(min_score real DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff    bigint := core.require_group(ARRAY['hms_admin'], 'only administrators scan the registry for duplicates',
                                            'registry.administrators_scan_registry_duplicates');
    v_limit    constant integer := 20000;  -- about a minute on one core; a larger registry: hms-admin find-duplicates
    v_patients bigint;
    v_scan     bigint;
    v_done     record;
BEGIN
    SELECT count(*) INTO v_patients FROM registry.patient p WHERE p.merged_into_id IS NULL;
    IF v_patients > v_limit THEN
        RAISE EXCEPTION 'the registry has % patients: scan it with hms-admin find-duplicates (parallel, with '
                        'progress), not from the screen (up to % patients)', v_patients, v_limit
            USING ERRCODE = 'program_limit_exceeded',
                  DETAIL = core.message_detail('registry.registry_patients_scan_hms', v_patients::text, v_limit::text);
    END IF;
    v_scan := registry.start_duplicate_scan(scan_all_duplicates.min_score);
    SELECT * INTO v_done FROM registry.scan_duplicates(v_scan, 1, 9223372036854775807);
    PERFORM registry.finish_duplicate_scan(v_scan, v_done.patients);
    RETURN v_scan;
END
$$;
COMMENT ON FUNCTION registry.scan_all_duplicates(real) IS
    'Administrators: scan a small registry (up to 20,000 patients) for duplicates in one call; returns the scan id.';

CREATE OR REPLACE FUNCTION registry.decide_duplicate_pair(pair_id bigint, decision text, note text,
                                                          survivor bigint DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff       bigint := core.require_group(ARRAY['hms_admin'], 'only administrators decide duplicate pairs',
                                               'registry.administrators_decide_duplicate_pairs');
    v_note        text   := core.check_reason(decide_duplicate_pair.note, 10,
                                              'a decision on a duplicate pair needs a reason of at least 10 characters',
                                              p_key => 'registry.decision_duplicate_pair_needs');
    v_prev_reason text   := current_setting('hms.reason', true);
    v_pair        registry.duplicate_pair;
    v_merge       bigint;
BEGIN
    IF decide_duplicate_pair.decision IS NULL OR decide_duplicate_pair.decision NOT IN ('merged', 'distinct') THEN
        RAISE EXCEPTION 'decide a pair as merged or distinct, not %', coalesce(decide_duplicate_pair.decision, 'nothing')
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.decide_pair_merged_distinct',
                                               coalesce(decide_duplicate_pair.decision, 'nothing'));
    END IF;
    SELECT * INTO v_pair FROM registry.duplicate_pair d WHERE d.id = decide_duplicate_pair.pair_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no duplicate pair %', decide_duplicate_pair.pair_id
            USING ERRCODE = 'no_data_found',
                  DETAIL = core.message_detail('registry.duplicate_pair_not_found',
                                               decide_duplicate_pair.pair_id::text);
    END IF;
    IF v_pair.decision <> 'waiting' THEN
        RAISE EXCEPTION 'duplicate pair % was already decided (%)', v_pair.id, v_pair.decision
            USING ERRCODE = 'check_violation',
                  DETAIL = core.message_detail('registry.duplicate_pair_already_decided', v_pair.id::text,
                                               v_pair.decision::text);
    END IF;
    IF decide_duplicate_pair.decision = 'merged' THEN
        IF decide_duplicate_pair.survivor IS NULL
           OR decide_duplicate_pair.survivor NOT IN (v_pair.patient_a, v_pair.patient_b) THEN
            RAISE EXCEPTION 'say which of patients % and % survives the merge', v_pair.patient_a, v_pair.patient_b
                USING ERRCODE = 'check_violation',
                      DETAIL = core.message_detail('registry.say_patients_survives_merge', v_pair.patient_a::text,
                                                   v_pair.patient_b::text);
        END IF;
        v_merge := registry.merge_patients(decide_duplicate_pair.survivor,
                                           CASE WHEN decide_duplicate_pair.survivor = v_pair.patient_a
                                                THEN v_pair.patient_b ELSE v_pair.patient_a END, v_note);
    END IF;
    PERFORM set_config('hms.reason', v_note, true);
    UPDATE registry.duplicate_pair d
       SET decision = decide_duplicate_pair.decision, decided_by = v_staff, decided_at = now(),
           decision_note = v_note, merge_id = v_merge
     WHERE d.id = v_pair.id;
    PERFORM set_config('hms.reason', coalesce(v_prev_reason, ''), true);
    RETURN v_merge;
END
$$;
COMMENT ON FUNCTION registry.decide_duplicate_pair(bigint, text, text, bigint) IS
    'Administrators: decide a waiting duplicate pair, with a reason of 10: merged (registry.merge_patients, '
    'survivor = the record kept; returns the merge id) or distinct (remembered: never queued or proposed again).';

CREATE OR REPLACE FUNCTION registry.decided_distinct(a bigint, b bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    -- Like the matcher: nothing for a login that is not active staff.
    SELECT core.current_staff_id() IS NOT NULL
       AND EXISTS (SELECT 1 FROM registry.duplicate_pair d
                    WHERE d.patient_a = least(a, b) AND d.patient_b = greatest(a, b) AND d.decision = 'distinct')
$$;
COMMENT ON FUNCTION registry.decided_distinct(bigint, bigint) IS
    'True when a reviewer decided that patients a and b (either order) are not the same person: the duplicate '
    'check must not propose the pair again. Inside a definer function, the same as an anti-join on '
    'registry.duplicate_pair (patient_a = least, patient_b = greatest, decision = ''distinct'').';

CREATE OR REPLACE FUNCTION registry.duplicate_footprint(pair_id bigint)
RETURNS TABLE (patient_id bigint, encounters bigint, admissions bigint, lab_orders bigint, prescriptions bigint,
               invoices bigint, appointments bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_staff bigint := core.require_group(ARRAY['hms_admin'], 'only administrators review duplicate pairs',
                                         'registry.administrators_review_duplicate_pairs');
BEGIN
    -- Counts only, and only for the two records of a queued pair: the reviewer reads no clinical rows.
    RETURN QUERY
    SELECT x.id,
           (SELECT count(*) FROM clinical.encounter e WHERE e.patient_id = x.id),
           (SELECT count(*) FROM adt.admission a WHERE a.patient_id = x.id),
           (SELECT count(*) FROM lab.lab_order o WHERE o.patient_id = x.id),
           (SELECT count(*) FROM pharmacy.prescription r WHERE r.patient_id = x.id),
           (SELECT count(*) FROM billing.invoice i WHERE i.patient_id = x.id),
           (SELECT count(*) FROM scheduling.appointment s WHERE s.patient_id = x.id)
      FROM registry.duplicate_pair d
     CROSS JOIN LATERAL (VALUES (d.patient_a), (d.patient_b)) AS x (id)
     WHERE d.id = duplicate_footprint.pair_id
     ORDER BY x.id;
END
$$;
COMMENT ON FUNCTION registry.duplicate_footprint(bigint) IS
    'Administrators: how much is recorded for each record of a queued duplicate pair (counts of encounters, '
    'admissions, lab orders, prescriptions, invoices, appointments), no clinical content.';
