"""The plan guard: no hot query of any workstation reads a large table from end to end.

Every action of `tests/hot_queries.py` (reception's search modes and paging, chart open and a patient's
encounters, orders, results, prescriptions and charges, the calendar, free slots and the clinic queue, the lab,
pharmacy, billing and claims worklists, the bed board and ward lists, audit searches, the access report, every
dashboard) runs through the client's own query function, as that role's demo login over TCP (row-level security,
column grants and all), on a database whose patient-scoped tables hold tens of thousands of rows. The server's
auto_explain reports the plan of every statement the client sends *and* of every statement run inside the
functions it calls (SECURITY DEFINER searches, policy helpers), so the SQL checked is the SQL the client sends
today — change a query and the changed query is checked. A plan with a sequential scan of a table of more than
LARGE rows fails, naming the action, the login, the table and the statement.

Why the plans are production's: the planner chooses between a sequential and an index scan from the table's
size (pages, rows) and the statistics of the filtered columns. `hot_queries.inflate` grows the demo hospital by
copying every patient's record 30 times with fresh ids (and re-made unique values), so the per-patient shapes —
rows per patient, the share of open charges, of pending orders, of one clinician's patients — are the demo's,
while the tables reach 10,000–40,000 rows: past the size where a sequential scan of a whole table is ever the
cheaper choice for a selective filter. At that size an index the policy can use wins by an order of magnitude in
the cost model, as it does at millions of rows; what stays sequential here (a filter the index cannot serve, a
non-leakproof function call under RLS, a missing index) stays sequential at any size — and only gets slower.
Small reference tables (departments, staff, price list, wards) are read whole and are left out by LARGE.

`test_the_guard_catches_*` are the test of the test: a dropped index and a search condition PostgreSQL may not
push below the policy each make the guard fail with the message a reader would need."""
from __future__ import annotations

import json
import time
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import event

from hospital_desktop.core.profiles import ServerProfile
from hospital_desktop.core.session import Database
from server_db import migrate
from server_db.demo.generate import DEMO_PASSWORD, load_demo
from tests.hot_queries import Context, all_actions, inflate, pick_context

DATABASE = "query_plans"
LARGE = 10_000          # rows: a sequential scan of a bigger table fails the guard
AUTO_EXPLAIN = {"session_preload_libraries": "auto_explain", "auto_explain.log_min_duration": "0",
                "auto_explain.log_nested_statements": "on", "auto_explain.log_level": "notice",
                "auto_explain.log_format": "json", "auto_explain.log_verbose": "on",
                "auto_explain.log_analyze": "on", "auto_explain.log_timing": "off"}


# Sequential scans this database's size makes the cheaper choice but production's would not, each with its
# reason: (login, action, table) → why. Keep it short; a new entry needs the same argument.
ACCEPTED = {
    ("billing1", "claims", "billing.invoice"):
        "hash join of the invoices with a page of 500 of 10,000 claims: here reading 15,000 invoices is cheaper "
        "than 500 index probes; with a claim per insured invoice for years the planner probes "
        "(ix_claim_created_at gives the page in order)",
    ("billing1", "payer queries", "registry.patient"):
        "insurance.payer_query is empty in the demo (the gateway fills it), and the planner's guess for an "
        "empty table is hundreds of rows, so it hashes the patients",
    ("billing1", "claim detail", "registry.patient"):
        "the claim's payer queries: insurance.payer_query is empty in the demo (see payer queries)",
}


@dataclass
class Guarded:
    url: str
    profile: ServerProfile
    context: Context
    rows: dict[str, int]      # "schema.table" → rows (after ANALYZE)


@pytest.fixture(scope="module")
def guarded(cluster) -> Guarded:
    started = time.monotonic()
    url = cluster.create_database(DATABASE)
    migrate.upgrade(url)
    with psycopg.connect(url) as conn:
        load_demo(conn, 400, seed=15)
        inflate(conn)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
        for name, value in AUTO_EXPLAIN.items():  # for every session of this database: the client's own too
            conn.execute(f"ALTER DATABASE {DATABASE} SET {name} = '{value}'")
        rows = {f"{s}.{t}": int(n) for s, t, n in conn.execute(
            "SELECT n.nspname, c.relname, greatest(c.reltuples, 0) FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'm', 'p')")}
        context = pick_context(conn)
    print(f"plan guard database built in {time.monotonic() - started:.0f} s")
    assert cluster.state is not None
    profile = ServerProfile(name="plans", hosts=["127.0.0.1"], port=cluster.state.port, database=DATABASE,
                            sslmode="disable")
    return Guarded(url, profile, context, rows)


class PlanRecorder:
    """A logged-in client Database whose connections hand auto_explain's plans (NOTICEs) to `plans`."""

    def __init__(self, profile: ServerProfile, login: str):
        self.plans: list[dict] = []
        self.db = Database(profile, login, DEMO_PASSWORD, application_name="plan-guard")
        event.listen(self.db.engine, "connect", lambda dbapi, _: dbapi.add_notice_handler(self._notice))
        self.db.login()

    def _notice(self, diag: psycopg.errors.Diagnostic) -> None:
        text = diag.message_primary or ""
        if "plan:" in text and "{" in text:
            self.plans.append(json.loads(text[text.index("{"):]))

    def run(self, action, context: Context) -> list[dict]:  # noqa: ANN001
        """The action's plans; its transaction is rolled back (opening a chart writes the access log)."""
        self.plans.clear()
        with self.db._sessions() as session:
            with session.begin():
                action(session, context)
                session.rollback()
        return list(self.plans)

    def close(self) -> None:
        self.db.close()


def seq_scans(plan: dict) -> Iterator[tuple[str, str | None]]:
    """(schema.table, filter) of every sequential scan in a plan tree that ran (a branch the arguments rule out,
    "never executed", is not the plan of this call)."""
    node = plan.get("Plan", plan)
    if node.get("Actual Loops", 1) == 0:
        return
    if node.get("Node Type") == "Seq Scan":
        yield f"{node.get('Schema')}.{node['Relation Name']}", node.get("Filter")
    for child in node.get("Plans", []):
        yield from seq_scans(child)


def violations(recorder: PlanRecorder, guarded: Guarded, login: str, name: str, action) -> list[str]:  # noqa: ANN001
    """One line per (table, statement) read sequentially, with how often the action ran that statement."""
    found: dict[tuple[str, str], list] = {}
    for plan in recorder.run(action, guarded.context):
        for table, condition in seq_scans(plan):
            rows = guarded.rows.get(table, 0)
            if rows > LARGE and (login, name, table) not in ACCEPTED:
                query = " ".join(plan.get("Query Text", "").split())
                found.setdefault((table, query), [rows, condition, 0])[2] += 1
    return [f"[{name}] as {login}: Seq Scan on {table} ({rows:,} rows)"
            f"{f' filtering {condition}' if condition else ''}{f', {times} times' if times > 1 else ''}"
            f"\n    in: {query[:300]}" for (table, query), (rows, condition, times) in found.items()]


LOGINS = sorted({login for login, _, _ in all_actions()})


@pytest.mark.parametrize("login", LOGINS)
def test_no_hot_query_reads_a_large_table_sequentially(guarded, login):
    recorder = PlanRecorder(guarded.profile, login)
    try:
        problems, checked = [], 0
        for who, name, action in all_actions():
            if who == login:
                problems += violations(recorder, guarded, login, name, action)
                checked += 1
        assert checked
        assert not problems, "a hot query reads a large table from end to end:\n" + "\n".join(problems)
    finally:
        recorder.close()


def test_the_plans_are_of_a_large_hospital(guarded):
    """The guard means something only if the hot tables are large in its database."""
    for table in ("registry.patient", "clinical.encounter", "billing.charge", "lab.lab_order", "audit.event",
                  "scheduling.appointment", "clinical.note", "lab.result", "billing.invoice"):
        assert guarded.rows[table] > LARGE, (table, guarded.rows[table])


# -- the test of the test --------------------------------------------------------------------------------------
def _one(login: str, name: str):
    return next(fn for who, n, fn in all_actions() if who == login and n == name)


def test_the_guard_catches_a_dropped_index(guarded):
    """Without the index on a patient's lab orders, the chart's order list reads every order: the guard says
    which action, as whom, on which table, in which statement."""
    with psycopg.connect(guarded.url, autocommit=True) as conn:
        definition = conn.execute("SELECT pg_get_indexdef('lab.ix_lab_order_patient_id'::regclass)").fetchone()[0]
        conn.execute("DROP INDEX lab.ix_lab_order_patient_id")
        try:
            recorder = PlanRecorder(guarded.profile, "lab1")
            try:
                found = violations(recorder, guarded, "lab1", "patient's orders", _one("lab1", "patient's orders"))
            finally:
                recorder.close()
        finally:
            conn.execute(definition)
    assert found, "the guard missed a dropped index"
    assert found[0].startswith("[patient's orders] as lab1: Seq Scan on lab.lab_order ("), found
    assert "o.patient_id = " in found[0] and "in: SELECT o.id, o.order_number" in found[0], found


def test_the_guard_catches_a_search_condition_under_the_policy(guarded):
    """The name search as the client once sent it: `lower(family_name) LIKE …` straight on the table. lower()
    is not leakproof, so under row-level security PostgreSQL may not test it before the policy and will not
    use the trigram index for it (the cause noted in issue 15): a scan of every patient, which the guard names.
    The same statement as the table's owner (no policy) uses the index."""
    from sqlalchemy import text

    def old_search(session, context):  # noqa: ANN001, ANN202
        return session.execute(text("SELECT id, family_name, given_name FROM registry.patient "
                                    "WHERE lower(family_name) LIKE lower(:q) || '%' "
                                    "ORDER BY family_name, given_name, id LIMIT 50"),
                               {"q": context.family_name[:4]}).all()

    recorder = PlanRecorder(guarded.profile, "reception1")
    try:
        found = violations(recorder, guarded, "reception1", "old name search", old_search)
    finally:
        recorder.close()
    assert found and "Seq Scan on registry.patient" in found[0] and "[old name search] as reception1" in found[0], found
    with psycopg.connect(guarded.url) as conn:
        conn.execute("SET ROLE hms_owner")
        plan = conn.execute("EXPLAIN (FORMAT JSON) SELECT id FROM registry.patient "
                            "WHERE lower(family_name) LIKE lower(%s) || '%%'", (guarded.context.family_name[:4],)
                            ).fetchone()[0][0]
    assert not list(seq_scans(plan)), plan
