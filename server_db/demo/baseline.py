"""The naive duplicate search the reception issue measured (trigram on the family name with the postcode, or the
same birth date): what tests/test_dedup.py and bench/dedup_search.py compare the product against. It is created
only in their own throwaway databases, never by a migration. CREATE OR REPLACE so both may run it twice."""

BASELINE_SQL = """
CREATE OR REPLACE FUNCTION public.naive_duplicate_candidates(c jsonb, k integer DEFAULT 10)
RETURNS TABLE (patient_id bigint, score real) LANGUAGE sql STABLE AS $$
    SELECT p.id, (0.4 * ext.similarity(lower(p.family_name), lower(c ->> 'family_name'))
                + 0.3 * ext.similarity(lower(p.given_name), lower(c ->> 'given_name'))
                + 0.2 * (p.birth_date = (c ->> 'birth_date')::date)::int
                + 0.1 * coalesce((p.postal_code = c ->> 'postal_code')::int, 0))::real
      FROM registry.patient p
     WHERE p.merged_into_id IS NULL
       AND (p.birth_date = (c ->> 'birth_date')::date
            OR (lower(p.family_name) OPERATOR(ext.%) lower(c ->> 'family_name') AND p.postal_code = c ->> 'postal_code'))
     ORDER BY 2 DESC LIMIT k
$$;
"""
