"""No number column holds NaN or an infinity: PostgreSQL's numeric, real and double precision accept them, and they
pass checks like `amount > 0` (NaN sorts above every number). core.protect gives every such column of every
protected table a CHECK (core.require_finite_numbers); an administrator's psql cannot save a NaN reference limit."""
from __future__ import annotations

import psycopg
import pytest

from server_db.sqlfiles import SCHEMAS as PROJECT_SCHEMAS


def test_every_number_column_of_a_protected_table_refuses_nan_and_infinity(admin):
    missing = admin.execute("""
        SELECT n.nspname || '.' || c.relname || '.' || a.attname
          FROM pg_attribute a
          JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r' AND c.relrowsecurity
          JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = ANY (%s)
         WHERE a.attnum > 0 AND NOT a.attisdropped
           AND a.atttypid IN ('numeric'::regtype, 'real'::regtype, 'double precision'::regtype)
           AND NOT EXISTS (SELECT FROM pg_constraint k
                            WHERE k.conrelid = c.oid AND k.contype = 'c' AND k.conkey = ARRAY[a.attnum]
                              AND k.conname LIKE '%%finite')""", (list(PROJECT_SCHEMAS),)).fetchall()
    assert missing == []
    assert admin.execute("SELECT count(*) FROM pg_constraint WHERE conname LIKE 'ck_%%finite'").fetchone()[0] > 20


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_an_administrator_cannot_save_a_reference_limit_that_is_not_a_number(connect_as, value):
    with connect_as("admin1") as conn:
        range_id = conn.execute("SELECT id FROM lab.reference_range WHERE high IS NOT NULL LIMIT 1").fetchone()[0]
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute("UPDATE lab.reference_range SET high = %s::numeric WHERE id = %s", (value, range_id))
        conn.rollback()
