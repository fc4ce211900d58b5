"""Throughput of hms-insurance-gateway on a durable server (fsync on): claims per second from the outbox to the
payer's decision recorded in the database, and remittance lines posted per second, in both payer profiles.

N covered patients per profile each get one invoiced bed-day and a claim (billing1); the mock payer
(server_db.demo.mock_payer) and the gateway run in-process, the gateway as its own login `insurancegateway`,
one round after another as in production (NOTIFY-woken, batches of --batch). All N claims are submitted at once;
the clock runs until every claim's answer is recorded (approved, FHIR-validated both ways, JWE both ways for the
exchange), then the payer remits every approved claim and the clock runs until every payment is posted.

    python bench/insurance_gateway.py [--n 500] [--batch 20] [--embedded]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server_db import migrate  # noqa: E402
from server_db.demo.generate import DEMO_PASSWORD, ensure_departments_and_staff  # noqa: E402
from server_db.demo.mock_payer import MockPayer, make_payer_setup  # noqa: E402
from server_db.embedded import LocalCluster  # noqa: E402
from server_db.insurance_gateway.gateway import Gateway, Settings  # noqa: E402
from server_db.insurance_gateway.profiles.config import load_profiles  # noqa: E402

PROFILES = {"openimis": "BENCH-OI", "exchange": "BENCH-EX"}


def claims_for(admin: psycopg.Connection, billing: psycopg.Connection, reception: psycopg.Connection,
               code: str, n: int) -> list[int]:
    payer = admin.execute("INSERT INTO billing.payer (code, name, identifier) VALUES (%s, %s, %s) RETURNING id",
                          (code, f"Bench payer {code}", f"urn:bench:{code}")).fetchone()[0]
    plan = admin.execute("INSERT INTO billing.plan (payer_id, code, name) VALUES (%s, 'STD', 'Standard') RETURNING id",
                         (payer,)).fetchone()[0]
    admin.execute("INSERT INTO billing.coverage_rule (plan_id, group_code, coverage_percent, copay_amount) "
                  "VALUES (%s, 'bed_day', 90, 20)", (plan,))
    item = admin.execute("SELECT id FROM billing.price_item WHERE code = 'BED-MEDW'").fetchone()[0]
    claims = []
    for i in range(n):
        patient = reception.execute("INSERT INTO registry.patient (given_name, family_name, birth_date, sex) "
                                    "VALUES ('Bench', %s, '1970-01-01', 'female') RETURNING id",
                                    (f"Claim{code}{i:05d}",)).fetchone()[0]
        reception.commit()
        coverage = billing.execute("INSERT INTO billing.coverage (patient_id, plan_id, member_number, valid_from) "
                                   "VALUES (%s, %s, %s, '2020-01-01') RETURNING id",
                                   (patient, plan, f"M{code}{i:05d}")).fetchone()[0]
        encounter = admin.execute(
            "INSERT INTO clinical.encounter (patient_id, department_id, clinician_id, kind, started_at) VALUES "
            "(%s, (SELECT id FROM core.department WHERE code = 'MEDW'), (SELECT id FROM core.staff WHERE username = "
            "'doctor1'), 'inpatient', now() - interval '2 days') RETURNING id", (patient,)).fetchone()[0]
        charge = admin.execute(
            "INSERT INTO billing.charge (patient_id, encounter_id, source_kind, source_id, price_item_id, quantity, "
            "unit_amount, amount, currency, service_date) VALUES (%s, %s, 'bed_day', %s, %s, 1, 350, 350, 'GBP', "
            "current_date - 1) RETURNING id", (patient, encounter, 10**12 + payer * 10**6 + i, item)).fetchone()[0]
        invoice = billing.execute("SELECT billing.issue_invoice(%s, %s, %s)", (patient, [charge], coverage)).fetchone()[0]
        claims.append(billing.execute("SELECT billing.create_claim(%s)", (invoice,)).fetchone()[0])
        billing.commit()
    return claims


def wait_for(billing: psycopg.Connection, sql: str, claims: list[int], n: int, timeout: float = 600) -> float:
    t0 = time.perf_counter()
    while billing.execute(sql, (claims,)).fetchone()[0] < n:
        billing.commit()
        if time.perf_counter() - t0 > timeout:
            raise SystemExit(f"gave up after {timeout} s")
        time.sleep(0.02)
    billing.commit()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=500, help="claims per profile")
    parser.add_argument("--batch", type=int, default=20)
    parser.add_argument("--embedded", action="store_true", help="use the embedded PostgreSQL 18")
    args = parser.parse_args()
    cluster = LocalCluster.in_temp_dir("hms-bench-", fast=False, prefer="embedded" if args.embedded else None)
    try:
        url = cluster.create_database()
        state = cluster.state
        assert state is not None
        print(f"PostgreSQL {state.major} ({state.source}), durable (fsync on), {args.n} claims per profile, "
              f"batch {args.batch}")
        migrate.upgrade(url)
        with psycopg.connect(url) as conn:
            ensure_departments_and_staff(conn)
        login = {name: state.url("hospital", user=name, password=DEMO_PASSWORD)
                 for name in ("reception1", "billing1", "insurancegateway")}
        with psycopg.connect(url, autocommit=True) as admin, psycopg.connect(login["billing1"]) as billing, \
                psycopg.connect(login["reception1"]) as reception:
            claims = {profile: claims_for(admin, billing, reception, code, args.n) for profile, code in PROFILES.items()}
        folder = Path(tempfile.mkdtemp(prefix="hms-bench-payers-"))
        setup = make_payer_setup(folder, openimis_code=PROFILES["openimis"], exchange_code=PROFILES["exchange"],
                                 timeout_seconds=10, poll_after_seconds=30)
        payer = MockPayer.from_file(setup.payer_config, setup.payer_listen).start()
        gateway = Gateway(Settings(url=login["insurancegateway"], batch=args.batch, answer_within_seconds=60),
                          load_profiles(setup.gateway_config))
        thread = threading.Thread(target=gateway.serve, daemon=True)
        thread.start()
        try:
            with psycopg.connect(login["billing1"]) as billing:
                for profile, ids in claims.items():
                    t0 = time.perf_counter()
                    for claim in ids:
                        billing.execute("SELECT insurance.submit_claim(%s)", (claim,))
                    billing.commit()
                    queued = time.perf_counter() - t0
                    decided = wait_for(billing, "SELECT count(*) FROM billing.claim WHERE id = ANY (%s) "
                                                "AND status = 'approved'", ids, len(ids))
                    seconds = [r[0] for r in billing.execute(
                        "SELECT extract(epoch FROM answered_at - submitted_at) FROM billing.claim WHERE id = ANY (%s)",
                        (ids,))]
                    billing.commit()
                    q = statistics.quantiles(seconds, n=20)
                    payer.remit()
                    posted = wait_for(billing, "SELECT count(*) FROM billing.payment WHERE claim_id = ANY (%s)",
                                      ids, len(ids))
                    print(f"  {profile:9}: {len(ids) / decided:6.1f} claims/s submitted → decided "
                          f"(queueing {len(ids)} took {queued:.1f} s; submit → answer recorded p50 "
                          f"{statistics.median(seconds):.2f} s, p95 {q[18]:.2f} s); remittance: "
                          f"{len(ids) / posted:6.1f} lines posted/s")
            print(f"  gateway tally: {gateway.tally}")
        finally:
            gateway.stop()
            thread.join(timeout=10)
            payer.stop()
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()
