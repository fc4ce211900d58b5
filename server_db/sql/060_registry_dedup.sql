-- =====================================================================================================
-- registry: duplicate-patient detection. Applied as hms_owner by migration 0002.
--
--   registry.find_duplicate_candidates(candidate jsonb, max_results int DEFAULT 10)
--       -> TABLE (patient_id bigint, score real, reasons text[]), best first
--   registry.duplicate_thresholds() -> (strong real, possible real)
--
-- The method, the weights and the measured quality are written down in docs/dedup.md ("Duplicate
-- detection"); in short:
--
-- 1. NORMALISE the candidate once. Names are folded: lower case, common Latin accents removed (é -> e,
--    ł -> l, ß -> s), spaces, hyphens, apostrophes, dots and commas dropped, at most 100 characters.
--    The birth date counts only when it is a real ISO date (anything else is "missing", never an error).
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
--      phonetic keys of both names (straight or swapped) born in the same year, or on the same day and
--      month of a year one digit away (1985 -> 1958, 1986, 1995 ...); any year when no birth date is given
--                                                                         ix_patient_dedup_name_pair
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
--      national ID  same +10, different -6
--      phone        same +4, different -0.3 (people change phones)
--      address      same +1 (trigram similarity >= 0.7 of the folded text); postal code same +0.7
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
-- Normalisation and blocking keys (the indexes use these, so they must stay IMMUTABLE and equal)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.dedup_fold(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    -- Plain ASCII (most names) takes the cheap branch: a long multibyte translate costs ~7 us a call.
    SELECT CASE WHEN octet_length(name) = length(name)
                THEN translate(lower(left(name, 100)), ' -''.,', '')
                ELSE translate(lower(left(name, 100)),
        'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſßæÆœŒøØđĐłŁıðÐ -''’.,',
        'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzssaaooooddllidd')
           END
$$;
COMMENT ON FUNCTION registry.dedup_fold(text) IS
    'A name folded for comparison: lower case, accents removed, spaces, hyphens, apostrophes, dots, commas dropped.';

CREATE FUNCTION registry.dedup_name_key(name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT nullif(coalesce(nullif(ext.dmetaphone(registry.dedup_fold(name)), ''),
                           left(registry.dedup_fold(name), 12)), '')
$$;
COMMENT ON FUNCTION registry.dedup_name_key(text) IS
    'Blocking key of a name: double metaphone of the folded name, or the folded name when it has no Latin letters.';

CREATE FUNCTION registry.dedup_phone_key(phone text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT nullif(right(regexp_replace(phone, '[^0-9]', '', 'g'), 9), '')
$$;
COMMENT ON FUNCTION registry.dedup_phone_key(text) IS 'The last 9 digits of a phone number (+44 7700 ... = 07700 ...).';

CREATE FUNCTION registry.dedup_initials(given_name text, family_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT left(registry.dedup_fold(given_name), 1) || left(registry.dedup_fold(family_name), 1)
$$;
COMMENT ON FUNCTION registry.dedup_initials(text, text) IS 'First letters of the folded given and family names.';

-- ---------------------------------------------------------------------------------------------------
-- Comparison helpers (run per scored row)
-- ---------------------------------------------------------------------------------------------------
CREATE FUNCTION registry.dedup_transposed(a text, b text) RETURNS boolean
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

CREATE FUNCTION registry.dedup_ocr(folded text) RETURNS text
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
CREATE FUNCTION registry.dedup_name_level(a text, b text, a_len integer, b_len integer, dist integer,
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

CREATE FUNCTION registry.dedup_name_points(level integer, family boolean) RETURNS double precision
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
    SELECT (date_part('year', d)::integer * 10000 + date_part('month', d)::integer * 100
            + date_part('day', d)::integer)::text
$$;

-- How two birth dates agree, c the candidate's and p the patient's: 6 same, 5 day and month swapped,
-- 4 one day apart, 3 one digit different, 2 two adjacent digits swapped, 1 same year and month,
-- 0 missing, -1 different. The caller passes c's day/month-swapped date (or NULL) and digits.
CREATE FUNCTION registry.dedup_birth_level(c date, p date, c_swapped date, c_digits text) RETURNS integer
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
        'CREATE FUNCTION registry.dedup_nickname_map() RETURNS jsonb LANGUAGE sql IMMUTABLE PARALLEL SAFE AS %L',
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
    v_y          integer;
    v_m          integer;
    v_d          integer;
    v_swapped    date;
    v_near_dates date[];
    v_initials   text[];
    v_digits     text;
    v_month_from date;
    v_month_to   date;
    v_year_from  date := '-infinity';
    v_year_to    date := 'infinity';
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
    IF v_g IS NULL AND v_f IS NULL AND v_birth IS NULL AND v_nid IS NULL AND v_phone IS NULL THEN
        RETURN;  -- nothing to search by
    END IF;

    IF v_birth IS NOT NULL THEN
        IF v_d <= 12 AND v_d <> v_m THEN
            v_swapped := make_date(v_y, v_d, v_m);
        END IF;
        v_digits := registry.dedup_date_digits(v_birth);
        v_near_dates := array_remove(ARRAY[v_birth - 1, v_birth + 1, v_swapped], NULL);
        v_month_from := make_date(v_y, v_m, 1);
        v_month_to := (v_month_from + interval '1 month')::date;
        v_year_from := make_date(v_y, 1, 1);
        v_year_to := (v_year_from + interval '1 year')::date;
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

    RETURN QUERY
    WITH hits AS (
        SELECT p.id, p.given_name, p.family_name, p.birth_date, p.sex, p.national_id, p.phone, p.address,
               p.postal_code
          FROM registry.patient p
         WHERE p.merged_into_id IS NULL
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
                OR (registry.dedup_name_key(p.family_name) = v_kf AND registry.dedup_name_key(p.given_name) = v_kg
                    AND p.birth_date >= v_year_from AND p.birth_date < v_year_to)
                OR (registry.dedup_name_key(p.family_name) = v_kg AND registry.dedup_name_key(p.given_name) = v_kf
                    AND p.birth_date >= v_year_from AND p.birth_date < v_year_to)
                OR (registry.dedup_name_key(p.family_name) = v_kf AND registry.dedup_name_key(p.given_name) = v_kg
                    AND p.birth_date = ANY (v_year_dates))
                OR (registry.dedup_name_key(p.family_name) = v_kg AND registry.dedup_name_key(p.given_name) = v_kf
                    AND p.birth_date = ANY (v_year_dates)))
         LIMIT 1000
    ), named AS (
        -- each patient name folded once, and its edit distance to both candidate names
        SELECT h.id, h.birth_date, h.sex, h.national_id, h.phone, h.address, h.postal_code,
               n.pg, n.pf, length(n.pg) AS pg_len, length(n.pf) AS pf_len,
               ext.levenshtein(v_g, n.pg) AS d_gg, ext.levenshtein(v_f, n.pf) AS d_ff,
               ext.levenshtein(v_f, n.pg) AS d_fg, ext.levenshtein(v_g, n.pf) AS d_gf
          FROM hits h
         CROSS JOIN LATERAL (SELECT registry.dedup_fold(h.given_name) AS pg, registry.dedup_fold(h.family_name) AS pf
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
        SELECT l.id, l.pg, l.lg, l.lf, l.lgx, l.lfx, l.address, l.postal_code,
               registry.dedup_name_points(l.lg, false) + registry.dedup_name_points(l.lf, true) AS straight_points,
               registry.dedup_name_points(l.lgx, false) + registry.dedup_name_points(l.lfx, true) - 0.5
                   AS swapped_points,
               registry.dedup_birth_level(v_birth, l.birth_date, v_swapped, v_digits) AS lb,
               CASE WHEN v_sex IS NULL OR l.sex NOT IN ('female', 'male') THEN NULL ELSE v_sex = l.sex END AS sex_same,
               CASE WHEN v_nid IS NULL OR l.national_id IS NULL THEN NULL ELSE v_nid = l.national_id END AS nid_same,
               CASE WHEN v_phone IS NULL OR l.phone IS NULL THEN NULL
                    -- the last digit differs: no need to normalise the number
                    WHEN right(l.phone, 1) BETWEEN '0' AND '9' AND right(l.phone, 1) <> right(v_phone, 1) THEN false
                    ELSE v_phone = registry.dedup_phone_key(l.phone) END AS phone_same
          FROM leveled l OFFSET 0
    ), pointed AS (
        SELECT m.*, m.swapped_points > m.straight_points AS swapped,
               greatest(m.straight_points, m.swapped_points)
               + CASE m.lb WHEN 6 THEN 4.0 WHEN 5 THEN 3.0 WHEN 4 THEN 3.0 WHEN 3 THEN 1.2 WHEN 2 THEN 2.0
                           WHEN 1 THEN 1.0 WHEN -1 THEN -4.0 ELSE 0.0 END
               + CASE m.sex_same WHEN true THEN 0.2 WHEN false THEN -2.0 ELSE 0.0 END
               + CASE m.nid_same WHEN true THEN 10.0 WHEN false THEN -6.0 ELSE 0.0 END
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
    ), ranked AS (
        SELECT t.*, CASE WHEN t.swapped THEN t.lgx ELSE t.lg END AS g_level,
               CASE WHEN t.swapped THEN t.lfx ELSE t.lf END AS f_level,
               t.base_points + CASE WHEN t.address_same THEN 1.0 ELSE 0.0 END
                             + CASE WHEN t.postal_same THEN 0.7 ELSE 0.0 END AS points
          FROM located t
    ), best AS (
        SELECT r.* FROM ranked r
         WHERE r.points >= 2.0
         ORDER BY r.points DESC, r.id
         LIMIT least(coalesce(max_results, 10), 100)
    )
    SELECT r.id, (1.0 / (1.0 + exp(6.5 - r.points)))::real,
           array_remove(ARRAY[
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
                         WHEN -1 THEN 'different birth date' END,
               CASE WHEN r.phone_same THEN 'phone matches' END,
               CASE WHEN r.address_same THEN 'same address' END,
               CASE WHEN r.postal_same AND NOT coalesce(r.address_same, false) THEN 'same postal code' END,
               CASE WHEN NOT r.sex_same THEN 'sex differs' END,
               CASE WHEN NOT r.nid_same THEN 'national ID differs' END
           ], NULL)
      FROM best r
     ORDER BY r.points DESC, r.id;
END
$$;
COMMENT ON FUNCTION registry.find_duplicate_candidates(jsonb, integer) IS
    'Patients who may be the candidate (keys given_name, family_name, birth_date, sex, national_id, phone, '
    'address, postal_code; any may be missing), best first, with reasons a clerk reads. See docs/dedup.md.';

-- ---------------------------------------------------------------------------------------------------
-- Blocking indexes (mirrored in server_db/models/registry.py)
-- ---------------------------------------------------------------------------------------------------
CREATE INDEX ix_patient_phone_key ON registry.patient (registry.dedup_phone_key(phone));
CREATE INDEX ix_patient_dedup_family ON registry.patient (registry.dedup_name_key(family_name), birth_date);
CREATE INDEX ix_patient_dedup_given ON registry.patient (registry.dedup_name_key(given_name), birth_date);
CREATE INDEX ix_patient_dedup_birth_initials ON registry.patient
    (birth_date, registry.dedup_initials(given_name, family_name));
CREATE INDEX ix_patient_dedup_name_pair ON registry.patient
    (registry.dedup_name_key(family_name), registry.dedup_name_key(given_name), birth_date);
-- Statistics for the new expressions, so the planner sizes the blocks right on an existing registry.
ANALYZE registry.patient;

-- ---------------------------------------------------------------------------------------------------
-- Grants. The key functions run inside index expressions with the rights of whoever writes
-- registry.patient, so all staff may execute them; the other helpers run only inside the search.
-- ---------------------------------------------------------------------------------------------------
GRANT EXECUTE ON FUNCTION registry.dedup_fold(text), registry.dedup_name_key(text), registry.dedup_phone_key(text),
    registry.dedup_initials(text, text) TO hms_staff;
GRANT EXECUTE ON FUNCTION registry.duplicate_thresholds() TO hms_reception, hms_admin, hms_doctor, hms_nurse;
GRANT EXECUTE ON FUNCTION registry.find_duplicate_candidates(jsonb, integer)
    TO hms_reception, hms_admin, hms_doctor, hms_nurse;
