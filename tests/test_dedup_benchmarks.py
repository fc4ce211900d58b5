"""The duplicate check on data this project did not make (tests/linkage_sets.py): the public FEBRL benchmark
and households of relatives. Each set is registered as reception1 in its own database and every duplicate and
relative searched as reception1. The floors are the figures measured when the matcher was calibrated (docs/
duplicate-detection.md, bench/dedup_quality.py prints them all); a change that loses recall or starts proposing
relatives as the same person fails here."""
from __future__ import annotations

import pytest

from server_db.demo.baseline import BASELINE_SQL
from server_db.demo.generate import ensure_departments_and_staff
from tests.linkage_sets import BASELINE_SEARCH, febrl, measure, register, relatives


@pytest.fixture(scope="module")
def registered(make_database, connect_as, admin_url):  # noqa: ANN001
    """name -> (linkage set, ids, reception connection) for each set, each in a database of its own."""
    import psycopg

    out = {}
    for name, linkage in (("febrl1", febrl("febrl1")), ("febrl3", febrl("febrl3")),
                          ("febrl3_id", febrl("febrl3-id")), ("relatives", relatives(300))):
        url = make_database(f"linkage_{name}")
        with psycopg.connect(url, autocommit=True) as conn:
            ensure_departments_and_staff(conn)
            conn.execute(BASELINE_SQL)
        clerk = connect_as("reception1", database=f"linkage_{name}")
        ids = register(clerk, linkage)
        clerk.autocommit = True
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("ANALYZE registry.patient")
        out[name] = (linkage, ids, clerk, url)
    return out


@pytest.mark.parametrize(("name", "recall5", "f1"), [("febrl1", 0.98, 0.88), ("febrl3", 0.98, 0.88),
                                                      ("febrl3_id", 0.99, 0.97)])
def test_febrl_duplicates_are_found(registered, name, recall5, f1):
    linkage, ids, clerk, _ = registered[name]
    q = measure(clerk, linkage, ids)
    print(f"{name}: recall@1 {q.recall_at_1:.4f} recall@5 {q.recall_at_5:.4f} F1 {q.f1:.4f} "
          f"TP/FN/FP {q.true_strong}/{q.missed_strong}/{q.false_strong}")
    assert q.recall_at_5 >= recall5
    assert q.f1 >= f1
    assert q.false_strong <= 0.002 * q.searches  # strong on someone else: an overlay proposal


def test_relatives_are_never_strong_and_their_hard_cases_are_found(registered):
    linkage, ids, clerk, url = registered["relatives"]
    q = measure(clerk, linkage, ids)
    print(f"relatives: strong {q.relatives_strong}/{q.relatives}; hard cases recall@5 {q.recall_at_5:.4f}, "
          f"{q.by_kind}")
    assert q.false_strong_rate_relatives <= 0.01
    assert q.recall_at_5 >= 0.995
    assert q.false_strong <= 0.02 * q.searches
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:  # the naive baseline proposes every relative
        naive = measure(conn, linkage, ids, BASELINE_SEARCH, strong=0.7)
    assert naive.false_strong_rate_relatives > 0.5


def test_a_twin_is_shown_as_a_possible_twin_not_as_the_patient(registered):
    linkage, ids, clerk, _ = registered["relatives"]
    from psycopg.types.json import Jsonb

    entity, cand, kind = next(r for r in linkage.relatives if r[2] == "twin")
    rows = clerk.execute("SELECT patient_id, score, reasons FROM registry.find_duplicate_candidates(%s)",
                         (Jsonb(cand),)).fetchall()
    twin = next(r for r in rows if r[0] == ids[entity])
    assert 0.5 <= twin[1] < 0.9
    assert twin[2][0] == "same family name and birth date but another given name: a twin?"
