"""Invoices, credit notes, payments, cash close and the finance access rules (sql/billing/), tried from each
staff login's side with plain SQL."""
from __future__ import annotations

import random
import threading
import time
from decimal import Decimal

import psycopg
import pytest
from finance_helpers import account, consultation_charge, cover, payer_plan, stay_charges, tag
from builders import register

from server_db import migrate
from server_db.demo.generate import load_demo

pytestmark = pytest.mark.db

D = Decimal


def issue(conn: psycopg.Connection, patient: int, charges: list[int], coverage: int | None = None) -> int:
    return conn.execute("SELECT billing.issue_invoice(%s, %s, %s)", (patient, charges, coverage)).fetchone()[0]


def invoice_row(conn: psycopg.Connection, invoice: int) -> dict:
    cur = conn.execute("SELECT * FROM billing.invoice WHERE id = %s", (invoice,))
    return dict(zip([d.name for d in cur.description], cur.fetchone(), strict=True))


# ---------------------------------------------------------------------------------------------------------------
# Issuing: lines, tax, payer and patient shares
# ---------------------------------------------------------------------------------------------------------------
def test_invoice_of_a_stay_with_coverage_tax_and_discount(connect_as, admin):
    patient = register(connect_as).id
    encounter, charges = stay_charges(admin, patient, nights=3, price="250.00", group=f"g{tag().lower()}")
    group = admin.execute("SELECT p.group_code FROM billing.charge c JOIN billing.price_item p "
                          "ON p.id = c.price_item_id WHERE c.id = %s", (charges[0],)).fetchone()[0]
    # 10 % tax on this group (the seeded clinical groups are exempt), 80 % covered after a 10.00 co-pay per line.
    with connect_as("admin1") as conn:
        conn.execute("INSERT INTO billing.tax_rate (group_code, rate, label, valid_from) "
                     "VALUES (%s, 10, 'Test VAT', '2020-01-01')", (group,))
    _, plan = payer_plan(admin, percent="80", copay="10.00", groups=(group,))
    coverage = cover(connect_as, patient, plan)
    with connect_as("billing1") as conn:
        adjustment = conn.execute("SELECT billing.adjust_charge(%s, 'discount', 50, 'Room without window')",
                                  (charges[2],)).fetchone()[0]
        invoice = issue(conn, patient, charges, coverage)
        row = invoice_row(conn, invoice)
        lines = conn.execute("SELECT kind, charge_id, adjustment_id, net_amount, tax_rate, tax_amount, total_amount, "
                             "payer_share, patient_share, live FROM billing.invoice_line WHERE invoice_id = %s "
                             "ORDER BY line_no", (invoice,)).fetchall()
        statuses = {r[0] for r in conn.execute("SELECT status FROM billing.charge WHERE id = ANY (%s)", (charges,))}
    # each night: 250 + 25 tax = 275; payer (275 - 10) * 80 % = 212; patient 63
    night = ("charge", D("250.00"), D("10.00"), D("25.00"), D("275.00"), D("212.00"), D("63.00"), True)
    assert [(k, n, r, t, tot, ps, pt, live) for k, _c, _a, n, r, t, tot, ps, pt, live in lines] == [
        night, night, night,
        # discount -50 net, -5 tax = -55; payer -44, patient -11 (no co-pay on adjustments)
        ("discount", D("-50.00"), D("10.00"), D("-5.00"), D("-55.00"), D("-44.00"), D("-11.00"), True)]
    assert lines[3][1] == charges[2] and lines[3][2] == adjustment
    assert (row["net_amount"], row["tax_amount"], row["total_amount"], row["payer_share"], row["patient_share"]) == (
        D("700.00"), D("70.00"), D("770.00"), D("592.00"), D("178.00"))
    assert row["encounter_id"] == encounter and row["kind"] == "invoice" and row["status"] == "issued"
    assert row["number"] == f"INV-{row['year']}-{row['seq']:06d}"
    assert statuses == {"invoiced"}


def test_issuing_refuses_bad_selections(connect_as, admin):
    patient, charge = consultation_charge(connect_as)
    other, other_charge = consultation_charge(connect_as)
    with connect_as("billing1") as conn:
        before = conn.execute("SELECT coalesce(max(seq), 0) FROM billing.invoice WHERE series = 'INV'").fetchone()[0]
        for charges, error, match in (([], psycopg.errors.InvalidParameterValue, "at least one charge"),
                                      ([charge, charge], psycopg.errors.InvalidParameterValue, "twice"),
                                      ([charge, other_charge], psycopg.errors.CheckViolation, "another patient"),
                                      ([charge, 10**15], psycopg.errors.NoDataFound, "no charge")):
            with pytest.raises(error, match=match):
                issue(conn, patient, charges)
            conn.rollback()
        issue(conn, patient, [charge])
        conn.commit()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="already on an issued invoice"):
            issue(conn, patient, [charge])
        conn.rollback()
        # the coverage of someone else
        _, plan = payer_plan(admin)
        foreign = cover(connect_as, other, plan)
        _, second = consultation_charge(connect_as, patient)
        with pytest.raises(psycopg.errors.CheckViolation, match="not the patient's"):
            issue(conn, patient, [second], foreign)
        conn.rollback()
        # Billing cannot mark a charge invoiced without an invoice, nor void an invoiced one.
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="issuing an invoice"):
            conn.execute("UPDATE billing.charge SET status = 'invoiced' WHERE id = %s", (second,))
        conn.rollback()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="void the invoice first"):
            conn.execute("UPDATE billing.charge SET status = 'void', void_reason = 'duplicate' WHERE id = %s", (charge,))
        conn.rollback()
        after = conn.execute("SELECT max(seq) FROM billing.invoice WHERE series = 'INV'").fetchone()[0]
    assert after == before + 1  # the refused attempts used no number


def test_a_charge_is_on_at_most_one_live_invoice_even_when_two_clerks_race(connect_as):
    patient, charge = consultation_charge(connect_as)
    first = connect_as("billing1")
    second = connect_as("billing1")
    issue(first, patient, [charge])  # holds the charge's row lock until commit
    result: dict = {}

    def other() -> None:
        try:
            result["id"] = issue(second, patient, [charge])
        except psycopg.Error as exc:
            result["error"] = exc
            second.rollback()

    thread = threading.Thread(target=other)
    thread.start()
    time.sleep(0.3)
    first.commit()
    thread.join(10)
    assert isinstance(result.get("error"), psycopg.errors.ObjectNotInPrerequisiteState), result


# ---------------------------------------------------------------------------------------------------------------
# Gapless numbering under concurrent rollbacks
# ---------------------------------------------------------------------------------------------------------------
def test_invoice_numbers_have_no_gaps_when_concurrent_issues_roll_back(connect_as, admin):
    patients = []
    for _ in range(4):
        patient = register(connect_as).id
        _, charges = stay_charges(admin, patient, nights=6, price="100.00")
        patients.append((patient, charges))
    year = admin.execute("SELECT extract(year FROM billing.local_day(now()))::int").fetchone()[0]
    rng = random.Random(8)
    outcomes: list[tuple[str, int]] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def clerk(patient: int, charges: list[int], seed: int) -> None:
        local = random.Random(seed)
        try:
            conn = connect_as("billing1")
            for charge in charges:
                invoice = issue(conn, patient, [charge])
                seq = conn.execute("SELECT seq FROM billing.invoice WHERE id = %s", (invoice,)).fetchone()[0]
                time.sleep(local.uniform(0, 0.02))  # hold the number a little while others wait for it
                if local.random() < 0.45:
                    conn.rollback()
                    with lock:
                        outcomes.append(("rolled back", seq))
                else:
                    conn.commit()
                    with lock:
                        outcomes.append(("committed", seq))
            conn.close()
        except BaseException as exc:  # noqa: BLE001 (reported below)
            errors.append(exc)

    threads = [threading.Thread(target=clerk, args=(p, c, rng.randint(0, 10**6))) for p, c in patients]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    assert {kind for kind, _ in outcomes} == {"committed", "rolled back"}
    # A rolled-back number is handed out again: every committed number is unique...
    committed = [seq for kind, seq in outcomes if kind == "committed"]
    assert len(committed) == len(set(committed))
    # ...and all issued numbers of the year, from every test, run 1..n without a gap.
    seqs = [r[0] for r in admin.execute("SELECT seq FROM billing.invoice WHERE series = 'INV' AND year = %s "
                                        "ORDER BY seq", (year,))]
    assert seqs == list(range(1, len(seqs) + 1))
    assert admin.execute("SELECT last_number FROM billing.number_series WHERE series = 'INV' AND year = %s",
                         (year,)).fetchone()[0] == len(seqs)


# ---------------------------------------------------------------------------------------------------------------
# Void and credit note
# ---------------------------------------------------------------------------------------------------------------
def test_void_issues_a_credit_note_and_reopens_the_charges(connect_as, admin):
    patient = register(connect_as).id
    _, charges = stay_charges(admin, patient, nights=2, price="120.00")
    with connect_as("billing1") as conn:
        conn.execute("SELECT billing.adjust_charge(%s, 'correction', -20, 'Half day only')", (charges[1],))
        invoice = issue(conn, patient, charges)
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation, match="reason"):
            conn.execute("SELECT billing.void_invoice(%s, 'x')", (invoice,))
        conn.rollback()
        payment = conn.execute("SELECT billing.take_payment(%s, 'card', 50, 'AUTH123')", (invoice,)).fetchone()[0]
        conn.commit()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="refund them"):
            conn.execute("SELECT billing.void_invoice(%s, 'Wrong patient billed')", (invoice,))
        conn.rollback()
        conn.execute("SELECT billing.refund_payment(%s, 50, 'Invoice to be voided')", (payment,))
        credit = conn.execute("SELECT billing.void_invoice(%s, 'Wrong patient billed')", (invoice,)).fetchone()[0]
        conn.commit()
        voided, note = invoice_row(conn, invoice), invoice_row(conn, credit)
        assert voided["status"] == "void" and voided["void_reason"] == "Wrong patient billed"
        assert note["kind"] == "credit_note" and note["credit_of_id"] == invoice
        assert note["number"].startswith("CN-") and note["total_amount"] == -voided["total_amount"] == D("-220.00")
        assert conn.execute("SELECT sum(total_amount), bool_or(live) FROM billing.invoice_line "
                            "WHERE invoice_id IN (%s, %s)", (invoice, credit)).fetchone() == (0, False)
        assert {r[0] for r in conn.execute("SELECT status FROM billing.charge WHERE id = ANY (%s)", (charges,))} == {"open"}
        assert account(conn, invoice)["balance"] == 0
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="already void"):
            conn.execute("SELECT billing.void_invoice(%s, 'Second time')", (invoice,))
        conn.rollback()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="credit note"):
            conn.execute("SELECT billing.void_invoice(%s, 'Void the credit')", (credit,))
        conn.rollback()
        # The charges (with the correction) are invoiced again on a new invoice; nothing was deleted.
        again = issue(conn, patient, charges)
        assert invoice_row(conn, again)["total_amount"] == D("220.00")
        assert conn.execute("SELECT count(*) FROM billing.invoice_line WHERE charge_id = ANY (%s) AND kind = 'charge'",
                            (charges,)).fetchone()[0] == 6
        conn.commit()
    # The void is audited: the insert (issue) and the update (void, by billing1) of the invoice row.
    actions = admin.execute("SELECT action, actor FROM audit.event WHERE schema_name = 'billing' "
                            "AND table_name = 'invoice' AND row_id = %s ORDER BY id", (str(invoice),)).fetchall()
    assert [a for a, _ in actions][:1] == ["INSERT"] and ("UPDATE", "billing1") in actions


# ---------------------------------------------------------------------------------------------------------------
# Payments, balance, refunds, cash close
# ---------------------------------------------------------------------------------------------------------------
def test_partial_payments_balance_refund_and_receipt_numbers(connect_as, admin):
    patient = register(connect_as).id
    _, charges = stay_charges(admin, patient, nights=2, price="100.00")
    with connect_as("billing1") as conn:
        invoice = issue(conn, patient, charges)
        conn.commit()
        for method, amount, error, match in (("cash", "0", psycopg.errors.InvalidParameterValue, "positive"),
                                             ("cash", "-5", psycopg.errors.InvalidParameterValue, "positive"),
                                             ("cash", "1.005", psycopg.errors.InvalidParameterValue, "two decimals"),
                                             ("insurance", "10", psycopg.errors.InvalidParameterValue, "cash, card"),
                                             ("cash", "200.01", psycopg.errors.CheckViolation, "owes 200.00")):
            with pytest.raises(error, match=match):
                conn.execute("SELECT billing.take_payment(%s, %s, %s)", (invoice, method, amount))
            conn.rollback()
        conn.commit()
        first = conn.execute("SELECT billing.take_payment(%s, 'cash', 60)", (invoice,)).fetchone()[0]
        second = conn.execute("SELECT billing.take_payment(%s, 'bank_transfer', 40.50, 'TRF-88')", (invoice,)).fetchone()[0]
        assert account(conn, invoice)["patient_balance"] == D("99.50")
        refund = conn.execute("SELECT billing.refund_payment(%s, 10, 'Overcharged parking')", (first,)).fetchone()[0]
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation, match="only 50.00"):
            conn.execute("SELECT billing.refund_payment(%s, 60, 'Too much back')", (first,))
        conn.rollback()
        rows = conn.execute("SELECT id, receipt_number, seq, amount, method FROM billing.payment WHERE id IN (%s, %s, %s) "
                            "ORDER BY id", (first, second, refund)).fetchall()
        assert [r[3] for r in rows] == [D("60.00"), D("40.50"), D("-10.00")]
        assert rows[2][4] == "cash" and [r[2] for r in rows] == [rows[0][2], rows[0][2] + 1, rows[0][2] + 2]
        assert all(r[1].startswith("RCT-") for r in rows)
        state = account(conn, invoice)
        assert (state["patient_paid"], state["patient_balance"], state["balance"]) == (D("90.50"), D("109.50"),
                                                                                       D("109.50"))
        conn.execute("SELECT billing.take_payment(%s, 'card', 109.50)", (invoice,))
        assert account(conn, invoice)["balance"] == 0
        with pytest.raises(psycopg.errors.CheckViolation, match="owes 0.00"):
            conn.execute("SELECT billing.take_payment(%s, 'cash', 1)", (invoice,))


def test_cash_close_must_reconcile_and_closes_the_day(connect_as, admin):
    # A cashier of their own, so other tests' payments do not enter this close.
    login = f"cashier_{tag().lower()}"
    admin.execute(f"CREATE ROLE {login} LOGIN PASSWORD 'demo' IN ROLE hms_billing")
    admin.execute("INSERT INTO core.staff (username, full_name) VALUES (%s, 'Test Cashier')", (login,))
    patient = register(connect_as).id
    _, charges = stay_charges(admin, patient, nights=1, price="300.00")
    with connect_as(login) as conn:
        invoice = issue(conn, patient, charges)
        cash = conn.execute("SELECT billing.take_payment(%s, 'cash', 100)", (invoice,)).fetchone()[0]
        conn.execute("SELECT billing.take_payment(%s, 'cash', 50.25)", (invoice,))
        conn.execute("SELECT billing.take_payment(%s, 'card', 80, 'AUTH9')", (invoice,))
        conn.execute("SELECT billing.refund_payment(%s, 20, 'Paid twice by mistake')", (cash,))
        conn.commit()
        assert conn.execute("SELECT payment_count, expected_cash, card_total, transfer_total, closed "
                            "FROM billing.cash_summary()").fetchone() == (4, D("130.25"), D("80.00"), D("0"), False)
        with pytest.raises(psycopg.errors.CheckViolation, match="differs from the expected cash"):
            conn.execute("SELECT billing.close_cash(130.00)")
        conn.rollback()
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="today or an earlier day"):
            conn.execute("SELECT billing.close_cash(130.25, NULL, current_date + 2)")
        conn.rollback()
        close = conn.execute("SELECT billing.close_cash(130.00, 'Short by 25p, coin dropped')").fetchone()[0]
        conn.commit()
        row = conn.execute("SELECT payment_count, expected_cash, counted_cash, difference, card_total "
                           "FROM billing.cash_close WHERE id = %s", (close,)).fetchone()
        assert row == (4, D("130.25"), D("130.00"), D("-0.25"), D("80.00"))
        assert conn.execute("SELECT count(*) FROM billing.payment WHERE cash_close_id = %s", (close,)).fetchone()[0] == 4
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="cash for .* is closed"):
            conn.execute("SELECT billing.take_payment(%s, 'cash', 1)", (invoice,))
        conn.rollback()
        with pytest.raises(psycopg.errors.UniqueViolation):
            conn.execute("SELECT billing.close_cash(0, 'again and again')")
        conn.rollback()
    # Another cashier's day is not closed by it.
    with connect_as("billing1") as conn:
        conn.execute("SELECT billing.take_payment(%s, 'cash', 1)", (invoice,))
        conn.rollback()


# ---------------------------------------------------------------------------------------------------------------
# Access: from the attacker's side
# ---------------------------------------------------------------------------------------------------------------
CLINICAL = ("doctor1", "nurse1", "reception1", "pharmacist1", "lab1", "admin1", "auditor1")


@pytest.mark.parametrize("login", CLINICAL)
def test_only_billing_issues_voids_and_takes_payments(connect_as, login):
    patient, charge = consultation_charge(connect_as)
    with connect_as("billing1") as conn:
        invoice = issue(conn, patient, [charge])
    attempts = [
        ("SELECT billing.issue_invoice(%s, %s)", (patient, [charge])),
        ("SELECT billing.void_invoice(%s, 'no reason at all')", (invoice,)),
        ("SELECT billing.take_payment(%s, 'cash', 1)", (invoice,)),
        ("SELECT billing.adjust_charge(%s, 'discount', 1, 'friendly discount')", (charge,)),
        ("SELECT billing.close_cash(0)", ()),
        ("SELECT billing.create_claim(%s)", (invoice,)),
        ("SELECT * FROM billing.invoice_account(%s)", (patient,)),
        ("SELECT * FROM billing.patient_charges(%s)", (patient,)),
        ("SELECT billing.next_number('INV', 2026)", ()),
        ("SELECT billing.issue_invoice_as(1, now(), %s, %s, NULL, NULL)", (patient, [charge])),
        ("SELECT * FROM billing.invoice", ()),
        ("SELECT * FROM billing.payment", ()),
        ("INSERT INTO billing.invoice (series, year, seq, number, patient_id, currency, net_amount, tax_amount, "
         "total_amount, payer_share, patient_share, issued_by, due_date) VALUES ('INV', 2026, 999999, "
         "'INV-2026-999999', %s, 'GBP', 0, 0, 0, 0, 0, 1, current_date)", (patient,)),
        ("UPDATE billing.number_series SET last_number = last_number + 1", ()),
    ]
    with connect_as(login) as conn:
        for statement, params in attempts:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, params)
            conn.rollback()


def test_billing_never_reads_clinical_notes_and_cannot_write_invoices_directly(connect_as):
    patient, charge = consultation_charge(connect_as)
    with connect_as("billing1") as conn:
        for statement in ("SELECT body FROM clinical.note LIMIT 1", "SELECT * FROM clinical.diagnosis LIMIT 1",
                          "SELECT * FROM clinical.vital_sign LIMIT 1", "SELECT * FROM clinical.encounter LIMIT 1",
                          "SELECT * FROM clinical.note_current(1)", "SELECT * FROM clinical.problem LIMIT 1"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
            conn.rollback()
        invoice = issue(conn, patient, [charge])
        conn.commit()
        for statement in ("UPDATE billing.invoice SET total_amount = 0 WHERE id = %s",
                          "UPDATE billing.invoice SET status = 'void' WHERE id = %s",
                          "DELETE FROM billing.invoice WHERE id = %s",
                          "UPDATE billing.invoice_line SET live = false WHERE invoice_id = %s",
                          "DELETE FROM billing.payment WHERE invoice_id = %s",
                          "UPDATE billing.claim SET status = 'approved' WHERE invoice_id = %s",
                          "INSERT INTO billing.adjustment (charge_id, kind, amount, reason, created_by) "
                          "VALUES (%s, 'discount', -1, 'direct insert', 1)"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, (invoice,))
            conn.rollback()
        # What billing does learn of the event: kind, department, clinician, dates.
        row = conn.execute("SELECT source_label, department_code, encounter_kind, invoice_id "
                           "FROM billing.patient_charges(%s) WHERE charge_id = %s", (patient, charge)).fetchone()
        assert row == ("Outpatient consultation, General Medicine, Dr Amelia Grant", "GEN", "outpatient", invoice)
        assert "cough" not in str(conn.execute("SELECT * FROM billing.patient_charges(%s)", (patient,)).fetchall())


# ---------------------------------------------------------------------------------------------------------------
# Reconciliation on the demo data
# ---------------------------------------------------------------------------------------------------------------
def test_reconciliation_finds_nothing_on_demo_data_and_finds_planted_faults(cluster, connect_as):
    url = cluster.create_database("finance_reconcile")
    migrate.upgrade(url)
    with psycopg.connect(url) as conn:
        summary = load_demo(conn, patients=150, seed=3)
    with psycopg.connect(url, autocommit=True) as conn:
        assert summary.charges > 0
        assert conn.execute("SELECT * FROM billing.charge_reconciliation()").fetchall() == []
        # ... over charges of every kind of clinical event the demo makes.
        assert {r[0] for r in conn.execute("SELECT DISTINCT source_kind FROM billing.charge")} == {
            "consultation", "lab_test", "dispense", "bed_day"}
        assert conn.execute("SELECT count(*) FROM billing.invoice").fetchone()[0] > 0
        # Plant one of each fault: a closed visit whose charge is missing, a charge whose visit is gone.
        encounter = conn.execute("SELECT c.source_id FROM billing.charge c WHERE c.status = 'open' AND "
                                 "c.source_kind = 'consultation' LIMIT 1").fetchone()[0]
        conn.execute("SET session_replication_role = replica")  # the superuser bypasses the triggers
        conn.execute("UPDATE billing.charge SET source_id = -source_id WHERE source_id = %s "
                     "AND source_kind = 'consultation'", (encounter,))
        found = conn.execute("SELECT problem, source_kind, source_id FROM billing.charge_reconciliation() "
                             "ORDER BY 1").fetchall()
        assert found == [("billable event without a charge", "consultation", encounter),
                         ("charge without its clinical event", "consultation", -encounter)]


# ---------------------------------------------------------------------------------------------------------------
# Coverage
# ---------------------------------------------------------------------------------------------------------------
def test_coverage_one_active_at_a_time_cancel_with_reason(connect_as, admin):
    patient = register(connect_as).id
    _, plan = payer_plan(admin)
    insert = ("INSERT INTO billing.coverage (patient_id, plan_id, member_number, valid_from, valid_to) "
              "VALUES (%s, %s, %s, %s, %s) RETURNING id, member_number")
    with connect_as("billing1") as conn:
        first, member = conn.execute(insert, (patient, plan, " nhi-1234 ", "2024-01-01", "2025-12-31")).fetchone()
        assert member == "NHI-1234"  # normalised
        conn.commit()
        with pytest.raises(psycopg.errors.ExclusionViolation):  # overlaps the first
            conn.execute(insert, (patient, plan, "NHI-5678", "2025-06-01", None))
        conn.rollback()
        second = conn.execute(insert, (patient, plan, "NHI-5678", "2026-01-01", None)).fetchone()[0]
        conn.commit()
        with pytest.raises(psycopg.errors.CheckViolation, match="reason"):
            conn.execute("UPDATE billing.coverage SET status = 'cancelled' WHERE id = %s", (second,))
        conn.rollback()
        conn.execute("UPDATE billing.coverage SET status = 'cancelled', cancel_reason = 'Card belongs to spouse' "
                     "WHERE id = %s", (second,))
        conn.commit()
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="cancelled"):
            conn.execute("UPDATE billing.coverage SET status = 'active', cancel_reason = NULL WHERE id = %s",
                         (second,))
        conn.rollback()
        for statement in ("UPDATE billing.coverage SET patient_id = patient_id WHERE id = %s",
                          "UPDATE billing.coverage SET created_by = 1 WHERE id = %s",
                          "DELETE FROM billing.coverage WHERE id = %s"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement, (first,))
            conn.rollback()
        assert conn.execute("SELECT created_by = core.current_staff_id() FROM billing.coverage WHERE id = %s",
                            (first,)).fetchone()[0]
        # A cancelled coverage bills nothing.
        _, charge = consultation_charge(connect_as, patient)
        with pytest.raises(psycopg.errors.ObjectNotInPrerequisiteState, match="cancelled"):
            issue(conn, patient, [charge], second)
    for login in ("doctor1", "reception1", "admin1"):
        with connect_as(login) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("SELECT * FROM billing.coverage WHERE id = %s", (first,))


# ---------------------------------------------------------------------------------------------------------------
# Financial views
# ---------------------------------------------------------------------------------------------------------------
def test_financial_views_count_invoices_credit_notes_balances_and_claims(connect_as, admin):
    def medw_today(conn: psycopg.Connection) -> Decimal:
        return conn.execute("""
            SELECT coalesce(sum(total_amount), 0) FROM billing.revenue_by_department(
                billing.local_day(now()), billing.local_day(now())) WHERE department_code = 'MEDW'""").fetchone()[0]

    def young(conn: psycopg.Connection) -> tuple:
        return conn.execute("SELECT coalesce(sum(invoice_count), 0), coalesce(sum(patient_balance), 0), "
                            "coalesce(sum(payer_balance), 0) FROM billing.outstanding_ageing() "
                            "WHERE bucket = '0-30 days'").fetchone()

    def drafts(conn: psycopg.Connection) -> tuple:
        row = conn.execute("SELECT claim_count, claimed_amount FROM billing.claims_by_status() "
                           "WHERE status = 'draft'").fetchone()
        return row or (0, D("0"))

    patient = register(connect_as).id
    _, charges = stay_charges(admin, patient, nights=2, price="100.00")
    _, plan = payer_plan(admin, percent="50", copay="0")
    coverage = cover(connect_as, patient, plan)
    other = register(connect_as).id
    _, voided = stay_charges(admin, other, nights=1, price="70.00")
    with connect_as("billing1") as conn:
        before, ageing, claims = medw_today(conn), young(conn), drafts(conn)
        invoice = issue(conn, patient, charges, coverage)
        conn.execute("SELECT billing.take_payment(%s, 'cash', 30)", (invoice,))
        conn.execute("SELECT billing.create_claim(%s)", (invoice,))
        wrong = issue(conn, other, voided)
        conn.execute("SELECT billing.void_invoice(%s, 'Billed by mistake')", (wrong,))
        # 200 invoiced; 70 invoiced and credited the same day: +200 net for the ward
        assert medw_today(conn) - before == D("200.00")
        count, patient_part, payer_part = young(conn)
        assert (count - ageing[0], patient_part - ageing[1], payer_part - ageing[2]) == (1, D("70.00"), D("100.00"))
        assert tuple(a - b for a, b in zip(drafts(conn), claims, strict=True)) == (1, D("100.00"))
        with pytest.raises(psycopg.errors.InvalidParameterValue, match="report period"):
            conn.execute("SELECT * FROM billing.revenue_by_department(current_date, current_date - 1)")
        conn.rollback()
    for login in ("doctor1", "nurse1", "reception1"):
        with connect_as(login) as conn:
            for statement in ("SELECT * FROM billing.revenue_by_department(current_date, current_date)",
                              "SELECT * FROM billing.outstanding_ageing()", "SELECT * FROM billing.claims_by_status()",
                              "SELECT * FROM billing.charge_reconciliation()"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
                conn.rollback()


def test_billing_sees_what_each_charge_was_for_but_no_results(admin, connect_as):
    labels = {}
    for kind in ("lab_test", "dispense", "bed_day"):
        patient = admin.execute("SELECT patient_id FROM billing.charge WHERE source_kind = %s ORDER BY id LIMIT 1",
                                (kind,)).fetchone()[0]
        with connect_as("billing1") as conn:
            labels[kind] = conn.execute("SELECT source_label FROM billing.patient_charges(%s) WHERE source_kind = %s "
                                        "LIMIT 1", (patient, kind)).fetchone()[0]
    assert labels["lab_test"].startswith("Laboratory: ") and "order LO" in labels["lab_test"]
    assert labels["dispense"].startswith("Pharmacy: ") and " x " in labels["dispense"]
    assert labels["bed_day"].startswith("Bed-day ") and ", bed " in labels["bed_day"]
