"""Reception's search (registry.search_patients, issue 15): the same patients as the plain query through row-level
security gave, for every search mode, as the client asks (hospital_desktop.registry.queries) — but served by the
indexes. Its own checks from the attacker's side: only active staff, contact details NULL and not searchable for
roles without the column grant. And the plan guard: on a moderately sized hospital, as each role's login, no hot
search reads the patient table sequentially."""
from __future__ import annotations

import random
import re

import psycopg
import pytest

from hospital_desktop.registry import queries
from server_db import migrate
from server_db.demo.generate import load_demo

pytestmark = pytest.mark.db


def _reference_ids(admin, query: queries.SearchQuery) -> list[int]:
    """What the client's previous query (plain SQL, the policy being 'active staff') returned, as the superuser."""
    where, params = ["merged_into_id IS NULL"], []
    for name in query.names:
        pattern = "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(lower(family_name) LIKE %s OR lower(given_name) LIKE %s)")
        params += [pattern, pattern]
    if query.mrn:
        where.append("(mrn = %s OR id = registry.resolve_mrn(%s))")
        params += [query.mrn, query.mrn]
    if query.birth_date:
        where.append("birth_date = %s")
        params.append(query.birth_date)
    if query.phone:
        where.append("regexp_replace(phone, '\\D', '', 'g') LIKE %s")
        params.append("%" + re.sub(r"\D", "", query.phone)[-9:])
    if query.national_id:
        where.append("national_id = %s")
        params.append(query.national_id)
    return [r[0] for r in admin.execute(f"SELECT id FROM registry.patient WHERE {' AND '.join(where)} "
                                        "ORDER BY family_name, given_name, id LIMIT 50", params).fetchall()]


def test_every_search_mode_finds_what_the_plain_query_found(admin, login_db):
    db = login_db("reception1")
    rng = random.Random(3)
    sample = admin.execute("SELECT given_name, family_name, birth_date, phone, mrn, national_id FROM registry.patient "
                           "WHERE merged_into_id IS NULL ORDER BY id").fetchall()
    texts = ["a", "ann", "o_b", "50%", "x\\y"]
    for given, family, born, phone, mrn, nid in rng.sample(sample, 25):
        texts += [family[:3], f"{family} {given[:2]}", f"{born:%d.%m.%Y}", mrn, f"{born:%d.%m.%Y} {family[:4]}"]
        if phone:
            texts += [phone, re.sub(r"\D", "", phone)[-7:]]
        if nid:
            texts.append(nid)
    merged = admin.execute("SELECT mrn FROM registry.patient WHERE merged_into_id IS NOT NULL LIMIT 1").fetchone()
    if merged:
        texts.append(merged[0])  # the MRN of a merged record finds the record it was merged into
    checked = 0
    with db.session() as session:
        for text in texts:
            query = queries.parse_search(text)
            if query.empty:
                continue
            found = [p.id for p in queries.search_patients(session, query)]
            assert found == _reference_ids(admin, query), text
            checked += 1
    assert checked > 100


def test_keyset_pages_continue_where_the_last_one_ended(admin, login_db):
    db = login_db("reception1")
    query = queries.parse_search("a")
    pages, after = [], None
    with db.session() as session:
        for _ in range(4):
            page = queries.search_patients(session, query, after=after, limit=20)
            pages += [p.id for p in page]
            after = queries.row_key(page[-1])
    assert pages == _reference_ids_unlimited(admin, "a")[:80]


def _reference_ids_unlimited(admin, fragment: str) -> list[int]:
    return [r[0] for r in admin.execute(
        "SELECT id FROM registry.patient WHERE merged_into_id IS NULL AND (lower(family_name) LIKE %s "
        "OR lower(given_name) LIKE %s) ORDER BY family_name, given_name, id",
        (f"%{fragment}%", f"%{fragment}%")).fetchall()]


def test_the_search_keeps_the_policy_and_the_column_grants(connect_as, admin):
    phone = admin.execute("SELECT phone FROM registry.patient WHERE phone IS NOT NULL LIMIT 1").fetchone()[0]
    call = "SELECT * FROM registry.search_patients(ARRAY['a'], NULL, NULL, NULL, NULL)"
    pharmacist = connect_as("pharmacist1", autocommit=True)
    rows = pharmacist.execute(call).fetchall()
    assert rows and all(r[6:10] == (None, None, None, None) for r in rows)  # no contact details
    for attack in [("SELECT * FROM registry.search_patients(NULL, NULL, NULL, %s, NULL)", (phone,)),
                   ("SELECT * FROM registry.search_patients(NULL, NULL, NULL, NULL, 'AB123456')", None)]:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            pharmacist.execute(*attack)
    reception = connect_as("reception1", autocommit=True)
    assert reception.execute("SELECT count(*) FROM registry.search_patients(NULL, NULL, NULL, %s, NULL) "
                             "WHERE phone IS NOT NULL", (phone,)).fetchone()[0] >= 1
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        reception.execute("SELECT * FROM registry.search_patients(NULL, NULL, NULL, '12', NULL)")
    with pytest.raises(psycopg.errors.InvalidParameterValue):
        reception.execute("SELECT * FROM registry.search_patients(ARRAY['a'], NULL, NULL, NULL, NULL, p_limit => 10000)")
    # Not staff (or not yet: a one-time password) is nobody here as everywhere.
    admin.execute("DROP ROLE IF EXISTS searcher")
    admin.execute("CREATE ROLE searcher LOGIN PASSWORD 'Searcher-Pass-1' IN ROLE hms_reception")
    outsider = connect_as("searcher", "Searcher-Pass-1", autocommit=True)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        outsider.execute(call)


# -- the plan guard ----------------------------------------------------------------------------------------
PLAN_PATIENTS = 30_000
HOT_SEARCHES = ["smi", "smith john", "01.02.1980", "+44 7700 900123", "900123", "AB123456", "12.03.1975 smi"]


@pytest.fixture(scope="module")
def hospital_30k(make_database):
    url = make_database("search_plans")
    with psycopg.connect(url) as conn:
        load_demo(conn, PLAN_PATIENTS, seed=4)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE registry.patient")
    migrate.upgrade(url)
    return url


def _plans(url: str, login: str, text: str) -> str:
    """The plans of the statements the search runs inside the function, as `login` (auto_explain, nested)."""
    query = queries.parse_search(text)
    notices: list[str] = []
    with psycopg.connect(url, autocommit=True) as conn:
        conn.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
        conn.execute("LOAD 'auto_explain'")
        for setting in ("auto_explain.log_min_duration = 0", "auto_explain.log_nested_statements = on",
                        "auto_explain.log_level = notice", "auto_explain.log_analyze = on",
                        "auto_explain.log_timing = off"):
            conn.execute(f"SET {setting}")
        conn.execute(f"SET SESSION AUTHORIZATION {login}")
        conn.execute("SELECT * FROM registry.search_patients(%s, %s, %s, %s, %s)",
                     (query.names, query.mrn, query.birth_date, query.phone, query.national_id))
    return "\n".join(notices)


@pytest.mark.parametrize("login", ["reception1", "doctor1", "billing1"])
def test_no_hot_search_reads_the_patient_table_sequentially(hospital_30k, login):
    for text in HOT_SEARCHES:
        plans = _plans(hospital_30k, login, text)
        assert "registry.patient" in plans or "patient p" in plans, plans
        assert not re.search(r"Seq Scan on patient", plans), f"{login} searching {text!r}:\n{plans}"
        # nor walks an index through most of the table (the list order with a filter): a common fragment may
        # walk part of it to fill a page in order, a missing index would walk it all
        removed = [int(n) for n in re.findall(r"Rows Removed by (?:Filter|Index Recheck): (\d+)", plans)]
        assert max(removed, default=0) <= 0.25 * PLAN_PATIENTS, f"{login} searching {text!r}:\n{plans}"
