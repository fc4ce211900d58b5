-- =====================================================================================================
-- registry: duplicate-patient detection. Applied as hms_owner by migration 0002.
--
--   registry.find_duplicate_candidates(candidate jsonb, max_results int DEFAULT 10)
--       -> TABLE (patient_id bigint, score real, reasons text[]), best first
--   registry.duplicate_thresholds() -> (strong real, possible real)
--
-- METHOD (see docs/dedup.md for the same text in prose)
--
-- 1. Normalise the candidate once. Names are folded: lower case, common Latin accents removed
--    (é -> e, ł -> l, ß -> s), spaces, hyphens, apostrophes and dots dropped, cut to 100 characters.
--    The birth date is parsed without ever raising (anything that is not a real ISO date counts as
--    missing). The phone becomes its last 9 digits (so +44 7700 900123 and 07700 900123 agree), the
--    national ID upper case without spaces, the postal code upper case without spaces.
--
-- 2. BLOCKING: only patients that share at least one good key with the candidate are scored. All keys
--    are indexed on registry.patient, and the patient table is read once through a BitmapOr of:
--      a. birth date = the candidate's, the day before, the day after, or day and month swapped
--         (ix_patient_birth_date);
--      b. national ID (uq_patient_national_id); c. phone key (ix_patient_phone_key);
--      d. phonetic key of family name AND of given name, straight or swapped, any birth date
--         (ix_patient_dedup_name_pair): finds birth-date errors when the names are intact;
--      e. phonetic key of either name (straight or swapped) within the candidate's birth month
--         (ix_patient_dedup_family, ix_patient_dedup_given): finds a wrong birth day together with a
--         misspelt other name.
--    The phonetic key is double metaphone of the folded name (ext.dmetaphone), or the folded name's first
--    12 characters when it has no Latin letters (Cyrillic, CJK, Arabic names still block exactly).
--    At 1,000,000 patients this is typically 100-250 rows; never more than 2,000 are scored.
--
-- 3. SCORING (Fellegi-Sunter style: each field adds agreement points or subtracts disagreement
--    points; a missing field on either side adds nothing). Names are compared in both orders (given vs
--    given and family vs family, or crossed for swapped names, which costs 0.5); the better order wins.
--      given name  exact +3, nickname +2.5, one typo / misread letters (rn~m, cl~d, li~h, vv~w, ri~n,
--                  ii~u, e~c, a~o, l~i) +2, sounds alike (same double metaphone) +1.5,
--                  similar (trigram similarity >= 0.5) +0.5, different -3
--      family name exact +4, one typo / misread letters +3, sounds alike +2.5, similar +1, different -3.5
--                  ("one typo" = Levenshtein distance 1, or 2 for names of 8+ letters, or two adjacent
--                  letters transposed; names shorter than 4 letters must agree exactly or by sound)
--      birth date  same +4, day and month swapped +3, one day apart +3, one digit different or two
--                  adjacent digits swapped +2.5, same year and month +1.5, otherwise -4
--      sex         same +0.2, female vs male -2 (other/unknown never disagree)
--      national ID same +10, different -6
--      phone       same +4, different -0.3 (people change phones)
--      address     same (trigram similarity >= 0.7 of the folded text) +1; postal code same +0.7
--    score = 1 / (1 + exp(-(points - 6.5)))   (a logistic curve: 0..1, 0.5 at 6.5 points)
--    Candidates scoring below 0.05 are not returned.
--    Thresholds (registry.duplicate_thresholds): strong 0.9 (about 8.7 points), possible 0.5.
--    Measured on 20,000 demo patients with the planted near-duplicates of server_db/demo as queries and
--    as many new patients as negatives: see tests/test_dedup.py and docs/dedup.md.
--
-- NICKNAMES: registry.dedup_nicknames() is a constant list of (formal, nickname) pairs: every pair of
-- server_db/demo/corrupt.py NICKNAMES plus common English, German, Dutch, French, Spanish, Italian,
-- Portuguese and Polish diminutives, compiled by hand. A larger public list (Apache-2.0) is
-- github.com/carltonnorthern/nicknames (names.csv) should a site need more.
--
-- SECURITY: find_duplicate_candidates is SECURITY INVOKER, so row-level security applies: only active
-- staff see patients, a login that is not active staff gets no rows. EXECUTE: reception, admin, doctor,
-- nurse (the roles that may read contact details). The helpers are IMMUTABLE SQL functions without a
-- SET clause so the planner inlines them (they run per scored row and inside index expressions); every
-- name in them is schema-qualified. Staff need EXECUTE on the key functions because index expressions
-- are evaluated with the writer's rights.
-- =====================================================================================================

-- ---------------------------------------------------------------------------------------------------
-- Normalisation and keys (also used by the expression indexes, so they must stay IMMUTABLE)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.dedup_fold(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT pg_catalog.translate(pg_catalog.lower(pg_catalog.left(name, 100)),
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſßæÆœŒøØđĐłŁıðÐ -''’.,',
        'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzssaaooooddllidd')
$$;
COMMENT ON FUNCTION registry.dedup_fold(text) IS
    'A name folded for comparison: lower case, accents removed, spaces/hyphens/apostrophes/dots dropped.';

CREATE FUNCTION registry.dedup_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT nullif(coalesce(nullif(ext.dmetaphone(registry.dedup_fold(name)), ''),
                                                 pg_catalog.left(registry.dedup_fold(name), 12)), '')
$$;
COMMENT ON FUNCTION registry.dedup_name_key(text) IS
    'Blocking key of a name: double metaphone of the folded name, or the folded name itself when it has no Latin letters.';

CREATE FUNCTION registry.dedup_phone_key(phone text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT nullif(pg_catalog.right(pg_catalog.regexp_replace(phone, '[^0-9]', '', 'g'), 9), '')
$$;
COMMENT ON FUNCTION registry.dedup_phone_key(text) IS 'The last 9 digits of a phone number (ignores +44 vs 0 and spacing).';

-- ---------------------------------------------------------------------------------------------------
-- Comparison helpers (per scored row)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.dedup_transposed(a text, b text) RETURNS boolean
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
    i integer := 1;
    n integer := pg_catalog.length(a);
BEGIN
    -- Only called for equal-length strings at Levenshtein distance 2, so this runs for few rows.
    IF n <> pg_catalog.length(b) OR a = b THEN
        RETURN false;
    END IF;
    WHILE i <= n AND pg_catalog.substr(a, i, 1) = pg_catalog.substr(b, i, 1) LOOP
        i := i + 1;
    END LOOP;
    RETURN i < n AND pg_catalog.substr(a, i, 1) = pg_catalog.substr(b, i + 1, 1)
           AND pg_catalog.substr(a, i + 1, 1) = pg_catalog.substr(b, i, 1)
           AND pg_catalog.substr(a, i + 2) = pg_catalog.substr(b, i + 2);
END
$$;
COMMENT ON FUNCTION registry.dedup_transposed(text, text) IS 'Do a and b differ by exactly two adjacent characters swapped?';

CREATE FUNCTION registry.dedup_ocr(folded text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT pg_catalog.translate(
        pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
            pg_catalog.replace(folded, 'rn', 'm'), 'cl', 'd'), 'li', 'h'), 'vv', 'w'), 'ri', 'n'), 'ii', 'u'),
        'cal', 'eoi')
$$;
COMMENT ON FUNCTION registry.dedup_ocr(text) IS
    'Skeleton of a folded name with letters that scanners and tired eyes confuse made equal (rn=m, cl=d, li=h, ...).';

-- Level codes: 6 exact, 4 one typo, 3 misread letters, 2 sounds alike, 1 similar, 0 missing, -1 different.
-- (5, nickname, is decided by the caller from the nickname list.) a and b are folded names.
CREATE FUNCTION registry.dedup_name_level(a text, b text) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN a IS NULL OR b IS NULL OR a = '' OR b = '' THEN 0
        WHEN a = b THEN 6
        WHEN least(pg_catalog.length(a), pg_catalog.length(b)) >= 4
             AND pg_catalog.abs(pg_catalog.length(a) - pg_catalog.length(b)) <= 2
             AND (ext.levenshtein(a, b) <= CASE WHEN least(pg_catalog.length(a), pg_catalog.length(b)) >= 8
                                                 THEN 2 ELSE 1 END
                  OR registry.dedup_transposed(a, b)) THEN 4
        WHEN least(pg_catalog.length(a), pg_catalog.length(b)) >= 4
             AND ext.levenshtein(registry.dedup_ocr(a), registry.dedup_ocr(b)) <= 1 THEN 3
        WHEN ext.dmetaphone(a) = ext.dmetaphone(b) AND ext.dmetaphone(a) <> '' THEN 2
        WHEN ext.similarity(a, b) >= 0.5 THEN 1
        ELSE -1
    END
$$;
COMMENT ON FUNCTION registry.dedup_name_level(text, text) IS
    'How two folded names agree: 6 exact, 4 one typo, 3 misread letters, 2 sounds alike, 1 similar, 0 missing, -1 different.';

CREATE FUNCTION registry.dedup_name_points(level integer, family boolean) RETURNS real
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (CASE level
        WHEN 6 THEN CASE WHEN family THEN 4.0 ELSE 3.0 END
        WHEN 5 THEN 2.5
        WHEN 4 THEN CASE WHEN family THEN 3.0 ELSE 2.0 END
        WHEN 3 THEN CASE WHEN family THEN 3.0 ELSE 2.0 END
        WHEN 2 THEN CASE WHEN family THEN 2.5 ELSE 1.5 END
        WHEN 1 THEN CASE WHEN family THEN 1.0 ELSE 0.5 END
        WHEN 0 THEN 0.0
        ELSE CASE WHEN family THEN -3.5 ELSE -3.0 END
    END)::real
$$;

CREATE FUNCTION registry.dedup_name_reason(level integer, which text) RETURNS text
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

CREATE FUNCTION registry.dedup_date_digits(d date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ((EXTRACT(YEAR FROM d) * 10000 + EXTRACT(MONTH FROM d) * 100 + EXTRACT(DAY FROM d))::integer)::text
$$;

-- 6 same, 5 day and month swapped, 4 one day apart, 3 one digit different, 2 two digits swapped,
-- 1 same year and month, 0 missing, -1 different.
CREATE FUNCTION registry.dedup_birth_level(c date, p date) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN c IS NULL OR p IS NULL THEN 0
        WHEN c = p THEN 6
        WHEN EXTRACT(YEAR FROM c) = EXTRACT(YEAR FROM p) AND EXTRACT(MONTH FROM c) = EXTRACT(DAY FROM p)
             AND EXTRACT(DAY FROM c) = EXTRACT(MONTH FROM p) THEN 5
        WHEN c - p IN (-1, 1) THEN 4
        WHEN ext.levenshtein(registry.dedup_date_digits(c), registry.dedup_date_digits(p)) = 1 THEN 3
        WHEN registry.dedup_transposed(registry.dedup_date_digits(c), registry.dedup_date_digits(p)) THEN 2
        WHEN EXTRACT(YEAR FROM c) = EXTRACT(YEAR FROM p) AND EXTRACT(MONTH FROM c) = EXTRACT(MONTH FROM p) THEN 1
        ELSE -1
    END
$$;

-- ---------------------------------------------------------------------------------------------------
-- Nicknames: (formal, nickname), folded. Source: server_db/demo/corrupt.py NICKNAMES and common
-- diminutives compiled by hand (see the header).
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.dedup_nicknames() RETURNS TABLE (formal text, nickname text)
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
        ('margaret', 'maggie'), ('margaret', 'madge'), ('margaret', 'margie'), ('richard', 'rich'),
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
        ('josephine', 'josie'), ('jennifer', 'jenna'), ('anthony', 'ant'), ('andrew', 'drew'),
        ('douglas', 'doug'), ('donald', 'don'), ('geoffrey', 'geoff'), ('jeffrey', 'jeff'), ('gerald', 'gerry'),
        ('terence', 'terry'), ('terrence', 'terry'), ('lucy', 'lu'), ('louise', 'lou'), ('louis', 'lou'),
        -- German, Dutch
        ('johannes', 'hans'), ('johannes', 'jan'), ('wilhelm', 'willi'), ('friedrich', 'fritz'),
        ('heinrich', 'heinz'), ('margarete', 'grete'), ('elisabeth', 'lisa'), ('elisabeth', 'elke'),
        ('cornelis', 'kees'), ('jacobus', 'koos'), ('hendrik', 'henk'),
        -- French, Spanish, Portuguese, Italian
        ('dolores', 'lola'), ('manuel', 'manolo'), ('ignacio', 'nacho'), ('concepcion', 'concha'),
        ('jesus', 'chucho'), ('antonio', 'toni'), ('antonio', 'tonio'), ('giovanni', 'gianni'),
        ('giuseppe', 'peppe'), ('giuseppe', 'pino'), ('salvatore', 'toto'), ('roberto', 'beto'),
        ('guillaume', 'guillou'), ('antonia', 'toni'), ('maria', 'mari'),
        -- Polish, Russian
        ('aleksander', 'olek'), ('aleksandra', 'ola'), ('katarzyna', 'kasia'), ('malgorzata', 'gosia'),
        ('krzysztof', 'krzys'), ('wojciech', 'wojtek'), ('jakub', 'kuba'), ('agnieszka', 'aga'),
        ('aleksandr', 'sasha'), ('dmitri', 'dima'), ('ivan', 'vanya'), ('natalia', 'natasha'),
        ('ekaterina', 'katia')
    ) AS t (f, n)
$$;
COMMENT ON FUNCTION registry.dedup_nicknames() IS
    'Constant (formal, nickname) pairs of given names, folded: corrupt.py NICKNAMES plus common diminutives.';

-- Every name related to a folded given name by the list: its formal names, its nicknames, and the other
-- nicknames of its formal names. Run once per search.
CREATE FUNCTION registry.dedup_nickname_set(folded text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT pg_catalog.array_agg(DISTINCT x) FROM (
        SELECT n.formal FROM registry.dedup_nicknames() n WHERE n.nickname = folded
        UNION ALL SELECT n.nickname FROM registry.dedup_nicknames() n WHERE n.formal = folded
        UNION ALL SELECT n2.nickname FROM registry.dedup_nicknames() n1
                    JOIN registry.dedup_nicknames() n2 ON n2.formal = n1.formal
                   WHERE n1.nickname = folded
    ) AS s (x) WHERE x <> folded
$$;

-- The formal name that links two related given names, for the clerk's reason.
CREATE FUNCTION registry.dedup_nickname_root(a text, b text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT pg_catalog.initcap(r) FROM (
        SELECT b AS r, 1 AS o FROM registry.dedup_nicknames() n WHERE n.formal = b AND n.nickname = a
        UNION ALL SELECT a, 2 FROM registry.dedup_nicknames() n WHERE n.formal = a AND n.nickname = b
        UNION ALL SELECT n1.formal, 3 FROM registry.dedup_nicknames() n1
                    JOIN registry.dedup_nicknames() n2 ON n2.formal = n1.formal
                   WHERE n1.nickname = a AND n2.nickname = b
    ) AS s ORDER BY o LIMIT 1
$$;

-- ---------------------------------------------------------------------------------------------------
-- Thresholds
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.duplicate_thresholds(OUT strong real, OUT possible real)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT 0.9::real, 0.5::real
$$;
COMMENT ON FUNCTION registry.duplicate_thresholds() IS
    'Scores of registry.find_duplicate_candidates: show candidates >= possible; registering despite one >= strong needs a reason.';

-- ---------------------------------------------------------------------------------------------------
-- The search
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.find_duplicate_candidates(candidate jsonb, max_results integer DEFAULT 10)
RETURNS TABLE (patient_id bigint, score real, reasons text[])
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    v_g       text := registry.dedup_fold(nullif(btrim(candidate ->> 'given_name'), ''));
    v_f       text := registry.dedup_fold(nullif(btrim(candidate ->> 'family_name'), ''));
    v_bd_text text := btrim(candidate ->> 'birth_date');
    v_sex     text := lower(btrim(candidate ->> 'sex'));
    v_nid     text := nullif(upper(regexp_replace(left(candidate ->> 'national_id', 64), '\s', '', 'g')), '');
    v_phone   text;
    v_address text := registry.dedup_fold(nullif(btrim(candidate ->> 'address'), ''));
    v_postal  text := nullif(upper(regexp_replace(left(candidate ->> 'postal_code', 32), '\s', '', 'g')), '');
    v_limit   integer := least(greatest(coalesce(max_results, 10), 1), 100);
    v_birth   date;
    v_y       integer;
    v_m       integer;
    v_d       integer;
    v_dates   date[];
    v_from    date;
    v_to      date;
    v_kg      text;
    v_kf      text;
    v_keys    text[];
    v_nick_g  text[];
    v_nick_f  text[];
BEGIN
    IF jsonb_typeof(candidate) IS DISTINCT FROM 'object' THEN
        RETURN;
    END IF;
    v_g := nullif(v_g, '');
    v_f := nullif(v_f, '');
    v_address := nullif(v_address, '');
    -- Only a real ISO date counts; anything else is treated as missing, never an error.
    IF v_bd_text ~ '^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$' THEN
        v_y := split_part(v_bd_text, '-', 1)::integer;
        v_m := split_part(v_bd_text, '-', 2)::integer;
        v_d := split_part(v_bd_text, '-', 3)::integer;
        IF v_y >= 1 AND v_m BETWEEN 1 AND 12 AND v_d >= 1
           AND v_d <= EXTRACT(DAY FROM make_date(v_y, v_m, 1) + interval '1 month' - interval '1 day') THEN
            v_birth := make_date(v_y, v_m, v_d);
        END IF;
    END IF;
    -- A phone key needs at least 7 digits to mean anything.
    IF length(regexp_replace(left(candidate ->> 'phone', 64), '[^0-9]', '', 'g')) >= 7 THEN
        v_phone := registry.dedup_phone_key(left(candidate ->> 'phone', 64));
    END IF;
    IF v_g IS NULL AND v_f IS NULL AND v_birth IS NULL AND v_nid IS NULL AND v_phone IS NULL THEN
        RETURN;  -- nothing to search by
    END IF;
    IF v_birth IS NOT NULL THEN
        v_dates := ARRAY[v_birth, v_birth - 1, v_birth + 1];
        IF v_d <= 12 AND v_d <> v_m THEN
            v_dates := v_dates || make_date(v_y, v_d, v_m);
        END IF;
        v_from := make_date(v_y, v_m, 1);
        v_to := (v_from + interval '1 month')::date;
    END IF;
    v_kg := registry.dedup_name_key(v_g);
    v_kf := registry.dedup_name_key(v_f);
    v_keys := array_remove(ARRAY[v_kg, v_kf], NULL);
    v_nick_g := coalesce(registry.dedup_nickname_set(v_g), '{}');
    v_nick_f := coalesce(registry.dedup_nickname_set(v_f), '{}');

    RETURN QUERY
    WITH hits AS (
        SELECT p.id, p.given_name, p.family_name, p.birth_date, p.sex, p.national_id, p.phone, p.address,
               p.postal_code
          FROM registry.patient p
         WHERE p.merged_into_id IS NULL
           AND (p.birth_date = ANY (v_dates)
                OR p.national_id = v_nid
                OR registry.dedup_phone_key(p.phone) = v_phone
                OR (registry.dedup_name_key(p.family_name) = v_kf AND registry.dedup_name_key(p.given_name) = v_kg)
                OR (registry.dedup_name_key(p.family_name) = v_kg AND registry.dedup_name_key(p.given_name) = v_kf)
                OR (registry.dedup_name_key(p.family_name) = ANY (v_keys)
                    AND p.birth_date >= v_from AND p.birth_date < v_to)
                OR (registry.dedup_name_key(p.given_name) = ANY (v_keys)
                    AND p.birth_date >= v_from AND p.birth_date < v_to))
         LIMIT 2000
    ), folded AS (
        SELECT h.*, registry.dedup_fold(h.given_name) AS pg, registry.dedup_fold(h.family_name) AS pf
          FROM hits h OFFSET 0
    ), straight AS (
        SELECT f.*,
               CASE WHEN f.pg = ANY (v_nick_g) THEN 5 ELSE registry.dedup_name_level(v_g, f.pg) END AS lg,
               registry.dedup_name_level(v_f, f.pf) AS lf
          FROM folded f OFFSET 0
    ), crossed AS (
        -- the same comparisons with the candidate's names swapped, unless both already agree closely
        SELECT s.*, x.lgx, x.lfx
          FROM straight s
          CROSS JOIN LATERAL (
              SELECT CASE WHEN s.lg >= 4 AND s.lf >= 4 THEN NULL
                          WHEN s.pg = ANY (v_nick_f) THEN 5 ELSE registry.dedup_name_level(v_f, s.pg) END AS lgx,
                     CASE WHEN s.lg >= 4 AND s.lf >= 4 THEN NULL
                          ELSE registry.dedup_name_level(v_g, s.pf) END AS lfx
              OFFSET 0) x
    ), compared AS (
        SELECT c.id, c.pg, c.pf,
               -- straight or swapped, whichever agrees better (swapped costs 0.5)
               (coalesce(registry.dedup_name_points(c.lgx, false) + registry.dedup_name_points(c.lfx, true) - 0.5, -99)
                > registry.dedup_name_points(c.lg, false) + registry.dedup_name_points(c.lf, true)) AS swapped,
               c.lg, c.lf, c.lgx, c.lfx,
               registry.dedup_birth_level(v_birth, c.birth_date) AS lb,
               CASE WHEN v_sex IN ('female', 'male') AND c.sex IN ('female', 'male')
                    THEN (v_sex = c.sex)::integer ELSE -1 END AS sex_same,
               CASE WHEN v_nid IS NULL OR c.national_id IS NULL THEN NULL ELSE v_nid = c.national_id END AS nid_same,
               CASE WHEN v_phone IS NULL OR c.phone IS NULL THEN NULL
                    ELSE v_phone = registry.dedup_phone_key(c.phone) END AS phone_same,
               CASE WHEN v_address IS NULL OR c.address IS NULL THEN NULL
                    ELSE ext.similarity(v_address, registry.dedup_fold(c.address)) >= 0.7 END AS address_same,
               CASE WHEN v_postal IS NULL OR c.postal_code IS NULL THEN NULL
                    ELSE v_postal = upper(replace(c.postal_code, ' ', '')) END AS postal_same
          FROM crossed c OFFSET 0
    ), pointed AS (
        SELECT m.*,
               CASE WHEN m.swapped THEN m.lgx ELSE m.lg END AS g_level,
               CASE WHEN m.swapped THEN m.lfx ELSE m.lf END AS f_level,
               (CASE WHEN m.swapped
                     THEN registry.dedup_name_points(m.lgx, false) + registry.dedup_name_points(m.lfx, true) - 0.5
                     ELSE registry.dedup_name_points(m.lg, false) + registry.dedup_name_points(m.lf, true) END
                + CASE m.lb WHEN 6 THEN 4.0 WHEN 5 THEN 3.0 WHEN 4 THEN 3.0 WHEN 3 THEN 2.5 WHEN 2 THEN 2.5
                            WHEN 1 THEN 1.5 WHEN 0 THEN 0.0 ELSE -4.0 END
                + CASE m.sex_same WHEN 1 THEN 0.2 WHEN 0 THEN -2.0 ELSE 0.0 END
                + CASE m.nid_same WHEN true THEN 10.0 WHEN false THEN -6.0 ELSE 0.0 END
                + CASE m.phone_same WHEN true THEN 4.0 WHEN false THEN -0.3 ELSE 0.0 END
                + CASE WHEN m.address_same THEN 1.0 ELSE 0.0 END
                + CASE WHEN m.postal_same THEN 0.7 ELSE 0.0 END) AS points
          FROM compared m
    ), ranked AS (
        SELECT q.*, (1.0 / (1.0 + exp(-(q.points - 6.5))))::real AS s
          FROM pointed q
         ORDER BY q.points DESC, q.id
         LIMIT v_limit
    )
    SELECT r.id, r.s,
           array_remove(ARRAY[
               CASE WHEN r.nid_same THEN 'same national ID' END,
               CASE WHEN r.swapped THEN 'given and family names swapped' END,
               CASE WHEN r.g_level = 5
                    THEN 'given name is a nickname of '
                         || coalesce(registry.dedup_nickname_root(CASE WHEN r.swapped THEN v_f ELSE v_g END, r.pg),
                                     initcap(r.pg))
                    WHEN NOT (r.swapped AND r.g_level = 6) THEN registry.dedup_name_reason(r.g_level, 'given') END,
               CASE WHEN NOT (r.swapped AND r.f_level = 6) THEN registry.dedup_name_reason(r.f_level, 'family') END,
               CASE r.lb WHEN 6 THEN 'same birth date' WHEN 5 THEN 'day and month of birth swapped'
                         WHEN 4 THEN 'birth date one day apart' WHEN 3 THEN 'birth date differs in one digit'
                         WHEN 2 THEN 'two digits of the birth date swapped' WHEN 1 THEN 'same birth year and month'
                         WHEN -1 THEN 'different birth date' END,
               CASE WHEN r.phone_same THEN 'phone matches' END,
               CASE WHEN r.address_same THEN 'same address' END,
               CASE WHEN r.postal_same AND NOT coalesce(r.address_same, false) THEN 'same postal code' END,
               CASE WHEN r.sex_same = 0 THEN 'sex differs' END,
               CASE WHEN r.nid_same = false THEN 'national ID differs' END
           ], NULL)
      FROM ranked r
     WHERE r.s >= 0.05
     ORDER BY r.s DESC, r.id;
END
$$;
COMMENT ON FUNCTION registry.find_duplicate_candidates(jsonb, integer) IS
    'Patients that may be the same person as the candidate (keys given_name, family_name, birth_date, sex, '
    'national_id, phone, address, postal_code; any may be missing), best first, with reasons a clerk reads.';

-- ---------------------------------------------------------------------------------------------------
-- Indexes for the blocking keys
-- ---------------------------------------------------------------------------------------------------
CREATE INDEX ix_patient_phone_key ON registry.patient (registry.dedup_phone_key(phone));
CREATE INDEX ix_patient_dedup_name_pair ON registry.patient
    (registry.dedup_name_key(family_name), registry.dedup_name_key(given_name));
CREATE INDEX ix_patient_dedup_family ON registry.patient (registry.dedup_name_key(family_name), birth_date);
CREATE INDEX ix_patient_dedup_given ON registry.patient (registry.dedup_name_key(given_name), birth_date);

-- ---------------------------------------------------------------------------------------------------
-- Grants: key functions are evaluated by every writer of registry.patient (index expressions) and by
-- the planner when it inlines them, so all staff may run the helpers; only the search is restricted.
-- ---------------------------------------------------------------------------------------------------
GRANT EXECUTE ON FUNCTION registry.dedup_fold(text), registry.dedup_name_key(text), registry.dedup_phone_key(text),
    registry.dedup_transposed(text, text), registry.dedup_ocr(text), registry.dedup_name_level(text, text),
    registry.dedup_name_points(integer, boolean), registry.dedup_name_reason(integer, text),
    registry.dedup_date_digits(date), registry.dedup_birth_level(date, date), registry.dedup_nicknames(),
    registry.dedup_nickname_set(text), registry.dedup_nickname_root(text, text)
    TO hms_staff;
GRANT EXECUTE ON FUNCTION registry.duplicate_thresholds() TO hms_reception, hms_admin, hms_doctor, hms_nurse;
GRANT EXECUTE ON FUNCTION registry.find_duplicate_candidates(jsonb, integer)
    TO hms_reception, hms_admin, hms_doctor, hms_nurse;
