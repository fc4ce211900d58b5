"""Hostile input at every SECURITY DEFINER function (issue 19, "Hostile input"): the functions are read from
pg_catalog, so a new one is fuzzed without anybody listing it, and each is called by every demo login whose role
may execute it, with Hypothesis-generated arguments of the declared types (explicit casts, so the call itself is
well-typed and every error comes from inside the function).

A call is a defect when its error would reach the user as something other than a sentence the function meant:
the client's classifier gives a crash report, or the SQLSTATE is not one a function raises on purpose (our own
RAISE, a constraint, a permission, a wrong state, a serialization conflict). A raw 22xxx (a bad cast, an overflow)
means the function did not validate its input.

Every call runs in its own transaction and is rolled back, failed or not: Hypothesis replays examples to shrink a
failure, which only works when each example sees the same database, and a committed success of, say,
core.change_my_password would lock the demo login out of the rest of the run. After each call the audit trail
(every table but the audit trail's own is audited), the access log, the chain head and the login's advisory locks
must be as they were: a write that outlived its failed transaction is a partial write.
"""
from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import psycopg
from hypothesis import HealthCheck, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from hypothesis.errors import Flaky
from psycopg import sql
from psycopg.types.json import Jsonb

from hospital_desktop.core.errors import classify
from server_db import audit_chain
from server_db.sqlfiles import SCHEMAS

# What a function raises on purpose: our RAISE (P0001/P0002), constraints (23xxx), permission (42501), not in the
# right state (55xxx), a concurrent change (40001/40P01). Anything else is a defect, except that a data exception
# (22xxx) is also deliberate when our own RAISE threw it: 51 checks say "a discharge is home, transfer_out, ...,
# not NULL" with invalid_parameter_value or null_value_not_allowed, and clients and tests rely on those codes.
ALLOWED_STATE = re.compile(r"P000[12]|23...|42501|55...|40001|40P01")
RAISED_STATE = re.compile(r"22...")
STATEMENT_TIMEOUT = "10s"  # a call slower than this on some input is a defect too (57014)


@dataclass(frozen=True)
class Function:
    oid: int
    signature: str  # regprocedure text, e.g. lab.verify(bigint)
    schema: str
    name: str
    arg_names: tuple[str, ...]
    arg_types: tuple[str, ...]  # format_type of each input argument: what the call casts to
    defaults: int
    trigger: bool  # a trigger function: fired by its table's writes, not callable
    source: str

    def call(self, argc: int) -> sql.Composed:
        casts = [sql.SQL("%s::") + sql.SQL(t) for t in self.arg_types[:argc]]  # type names come from pg_catalog
        return sql.SQL("SELECT * FROM {}.{}({})").format(sql.Identifier(self.schema), sql.Identifier(self.name),
                                                         sql.SQL(", ").join(casts))


def definer_functions(conn: psycopg.Connection) -> list[Function]:
    """Every SECURITY DEFINER function in the project's schemas, from the catalog."""
    rows = conn.execute("""
        SELECT p.oid, p.oid::regprocedure::text, n.nspname, p.proname, p.proargnames, p.proargmodes,
               array(SELECT format_type(t, NULL) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(t, i)
                      ORDER BY i),
               p.pronargdefaults, p.prorettype = 'trigger'::regtype, p.prosrc
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE p.prosecdef AND n.nspname = ANY(%s)
         ORDER BY 2""", (SCHEMAS,)).fetchall()
    functions = []
    for oid, signature, schema, name, names, modes, types, defaults, trigger, source in rows:
        names = names or [""] * len(types)
        if modes:  # proargnames also names OUT and TABLE columns
            names = [n for n, m in zip(names, modes, strict=True) if m in ("i", "b", "v")]
        functions.append(Function(oid, signature, schema, name, tuple(names[:len(types)]), tuple(types), defaults,
                                  trigger, source))
    return functions


def executors(conn: psycopg.Connection, function: Function, logins: Iterable[str]) -> list[str]:
    return [login for login in logins if conn.execute("SELECT has_function_privilege(%s, %s::oid, 'EXECUTE')",
                                                      (login, function.oid)).fetchone()[0]]


# -- what the database already holds, so that some calls reach deep into a function -------------------------

@dataclass
class Pools:
    ids: dict[str, list[int]]  # table name → sample of its ids
    all_ids: list[int]
    texts: dict[str, list[str]]  # column name → sample of its values
    rows: dict[str, list[str]]  # composite (table row) type → sample rows as text

    @classmethod
    def read(cls, conn: psycopg.Connection, per_table: int = 12) -> Pools:
        ids: dict[str, list[int]] = {}
        texts: dict[str, list[str]] = {}
        rows: dict[str, list[str]] = {}
        columns = conn.execute("""
            SELECT c.table_schema, c.table_name, c.column_name, c.data_type
              FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
             WHERE c.table_schema = ANY(%s) AND t.table_type = 'BASE TABLE'
               AND (c.column_name = 'id' AND c.data_type IN ('bigint', 'integer')
                    OR c.data_type IN ('text', 'character varying', 'uuid'))""", (SCHEMAS,)).fetchall()
        for schema, table, column, _type in columns:
            name = sql.Identifier(schema, table)
            if column == "id":
                found = conn.execute(sql.SQL("(SELECT id FROM {} ORDER BY id DESC LIMIT 1) UNION "
                                             "(SELECT id FROM {} ORDER BY random() LIMIT %s)").format(name, name),
                                     (per_table,)).fetchall()
                ids.setdefault(table, []).extend(r[0] for r in found)
                rows[f"{schema}.{table}"] = [r[0] for r in conn.execute(
                    sql.SQL("SELECT t::text FROM {} t ORDER BY random() LIMIT 3").format(name))]
            else:
                found = conn.execute(sql.SQL("SELECT DISTINCT {}::text FROM {} WHERE {} IS NOT NULL "
                                             "AND length({}::text) < 200 LIMIT %s").format(
                    sql.Identifier(column), name, sql.Identifier(column), sql.Identifier(column)),
                    (per_table,)).fetchall()
                texts.setdefault(column, []).extend(r[0] for r in found)
        all_ids = sorted({i for values in ids.values() for i in values})
        return cls(ids, all_ids or [1], texts, {k: v for k, v in rows.items() if v})

    def ids_for(self, arg: str) -> list[int]:
        """Ids of the table the argument names (p_patient_id → patient; p_order_id → lab_order), else any id."""
        base = re.sub(r"^p_|_ids?$", "", arg)
        found = [i for table, values in self.ids.items() if table == base or table.endswith("_" + base)
                 for i in values]
        return found or self.all_ids

    def texts_for(self, arg: str) -> list[str]:
        base = re.sub(r"^p_", "", arg)
        return [v for column, values in self.texts.items() if base and (column == base or base in column)
                for v in values]


# -- strategies, one per declared type ---------------------------------------------------------------------

class MissingStrategy(Exception):
    """An argument type the fuzzer cannot generate: add a strategy for it."""


HUGE = "x" * 100_000
NASTY_TEXTS = ["", " ", "\t\n", HUGE, "é" * 5000, "名前", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\u202eevil", "\x01\x02\x1b[0m\x7f",
               "' OR '1'='1", "'; DROP TABLE registry.patient; --", "$$ SELECT 1 $$", "%s %(x)s", "\\", "null",
               "NULL", "NaN", "Infinity", "-1", "0", "1e400", "9" * 40, "2024-02-30", "infinity", "-infinity",
               "not-a-uuid", "00000000-0000-0000-0000-000000000000", "{}", "[]", '{"a": 1}', "{1,2}", "true",
               "a" * 256, "  padded  "]
INT_BOUNDS = {"smallint": (-2**15, 2**15 - 1), "integer": (-2**31, 2**31 - 1), "bigint": (-2**63, 2**63 - 1)}
NUMERIC_EDGES = ["NaN", "Infinity", "-Infinity", "0", "-0", "-1", "0.001", "0.005", "1e-30", "1e300",
                 "99999999999999999999.99", "-99999999999999999999.99", "123456789012.345"]
DATE_EDGES = ["infinity", "-infinity", "4713-01-01 BC", "5874897-12-31", "0001-01-01", "1880-01-01",
              "1879-12-31", "9999-12-31"]
TIMESTAMP_EDGES = ["infinity", "-infinity", "4713-01-01 00:00:00+00 BC", "294276-12-30 00:00:00+00",
                   "0001-01-01 00:00:00+00", "9999-12-31 23:59:59+00"]
INTERVAL_EDGES = ["0", "1 microsecond", "-1 day", "1 day", "100 years", "178000000 years", "-178000000 years",
                  "2147483647 days", "-2147483648 months"]


def _literals(source: str) -> list[str]:
    """The string literals in a function's body: its statuses, kinds, JSON keys and role names."""
    return sorted({m for m in re.findall(r"'([^'\n]{1,40})'", source)})


def text_strategy(arg: str, pools: Pools, literals: list[str]) -> st.SearchStrategy:
    plain = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)
    options = [plain, st.sampled_from(NASTY_TEXTS),
               st.sampled_from(pools.ids_for(arg)).map(str),
               st.uuids().map(str)]
    plausible = pools.texts_for(arg) + literals
    if plausible:
        options += [st.sampled_from(plausible)] * 2
    if "reason" in arg:  # long enough for core.check_reason, so the call goes on to what comes after it
        options.append(plain.map(lambda s: "fuzzing a definer function " + s))
    return st.one_of(options)


def integer_strategy(kind: str, arg: str, pools: Pools) -> st.SearchStrategy:
    low, high = INT_BOUNDS[kind]
    real = [i for i in pools.ids_for(arg) if low <= i <= high] or [1]
    return st.one_of(st.integers(low, high), st.sampled_from([low, high, 0, -1, 1, 2]),
                     st.sampled_from(real), st.sampled_from(real))


def json_strategy(literals: list[str]) -> st.SearchStrategy:
    text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=20)
    keys = st.one_of(text, st.sampled_from(literals)) if literals else text
    scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70),
                        st.floats(allow_nan=False, allow_infinity=False), text,
                        st.sampled_from(NASTY_TEXTS + literals))
    values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(keys, inner, max_size=4), max_leaves=12)
    return st.one_of(st.dictionaries(keys, values, max_size=8), values).map(Jsonb)


def type_strategy(kind: str, arg: str, pools: Pools, literals: list[str]) -> st.SearchStrategy:
    """A strategy for one argument of the declared type `kind` (NULL included); MissingStrategy when none."""
    if kind.endswith("[]"):
        element = type_strategy(kind[:-2], arg, pools, literals)
        return st.one_of(st.none(), st.lists(element, max_size=6))
    if kind in ("text", "character varying"):
        inner = text_strategy(arg, pools, literals)
    elif kind in INT_BOUNDS:
        inner = integer_strategy(kind, arg, pools)
    elif kind == "numeric":
        inner = st.one_of(st.sampled_from(NUMERIC_EDGES),
                          st.decimals(allow_nan=False, allow_infinity=False).map(str),
                          st.decimals(min_value=-1000, max_value=100_000, places=2).map(str))
    elif kind in ("real", "double precision"):  # scores and thresholds; NaN and infinities on purpose
        inner = st.one_of(st.sampled_from(["NaN", "Infinity", "-Infinity", "0", "-0", "1e-45", "3.4e38"]),
                          st.floats(allow_nan=False, allow_infinity=False, width=32).map(repr),
                          st.floats(min_value=0, max_value=1, width=32).map(repr))
    elif kind == "boolean":
        inner = st.booleans()
    elif kind == "date":
        inner = st.one_of(st.sampled_from(DATE_EDGES), st.dates().map(date.isoformat),
                          st.dates(date(2020, 1, 1), date(2030, 12, 31)).map(date.isoformat))
    elif kind == "timestamp with time zone":
        inner = st.one_of(st.sampled_from(TIMESTAMP_EDGES),
                          st.datetimes(timezones=st.just(UTC)).map(datetime.isoformat),
                          st.datetimes(datetime(2024, 1, 1), datetime(2028, 1, 1),
                                       timezones=st.just(UTC)).map(datetime.isoformat))
    elif kind == "interval":
        inner = st.one_of(st.sampled_from(INTERVAL_EDGES), st.integers(-10**9, 10**9).map(lambda n: f"{n} seconds"))
    elif kind == "bytea":
        inner = st.binary(max_size=64)
    elif kind == "jsonb":
        inner = json_strategy(literals)
    elif kind == "uuid":
        inner = st.uuids()
    elif kind in pools.rows:  # a table's row type: one of its real rows
        inner = st.sampled_from(pools.rows[kind])
    else:
        raise MissingStrategy(f"no strategy for argument {arg or '?'} of type {kind}")
    return st.one_of(st.none(), inner)


def arguments_strategy(function: Function, pools: Pools) -> st.SearchStrategy:
    """(number of arguments given, values): trailing arguments with defaults are sometimes left out."""
    literals = _literals(function.source)
    each = [type_strategy(t, a, pools, literals) for a, t in zip(function.arg_names, function.arg_types, strict=True)]
    required = len(each) - function.defaults
    return st.integers(required, len(each)).flatmap(lambda n: st.tuples(st.just(n), st.tuples(*each[:n])))


# -- one call and its verdict ------------------------------------------------------------------------------

def verdict(exc: BaseException) -> str | None:
    """Why this failure is a defect, or None when it is a sentence the function meant for the user."""
    state = getattr(exc, "sqlstate", None) or ""
    if classify(exc) is None:
        return f"crash report ({state or type(exc).__name__})"
    if ALLOWED_STATE.fullmatch(state) or RAISED_STATE.fullmatch(state) and raised_by_us(exc):
        return None
    return f"SQLSTATE {state} is not raised on purpose"


def raised_by_us(exc: BaseException) -> bool:
    """The error came from a RAISE statement of a PL/pgSQL function (the innermost frame of its context), not
    from a cast, an operator or a statement inside it."""
    diag = getattr(exc, "diag", None)
    context = (diag.context if diag else None) or ""
    innermost = context.splitlines()[0] if context else ""
    return innermost.startswith("PL/pgSQL function ") and innermost.endswith(" at RAISE")


def write_marks(admin: psycopg.Connection, pid: int) -> tuple:
    """What any write leaves behind: the audit trail's last event (every other table is audited), the access
    log, the chain head, and advisory locks the login's session still holds."""
    return admin.execute("""
        SELECT (SELECT coalesce(max(id), 0) FROM audit.event), (SELECT count(*) FROM audit.access),
               (SELECT md5(coalesce(string_agg(h::text, ','), '')) FROM audit.chain_head h),
               (SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = %s)""", (pid,)).fetchone()


@dataclass
class Finding:
    function: str
    login: str
    arguments: tuple
    problem: str
    message: str

    def __str__(self) -> str:
        shown = ", ".join(_short(a) for a in self.arguments)
        return f"{self.login}: {self.function}({shown}) → {self.problem}: {self.message}"


def _short(value: object) -> str:
    text = repr(value.obj if isinstance(value, Jsonb) else value)
    return text if len(text) <= 60 else text[:57] + "..."


@dataclass
class Tally:
    calls: Counter = field(default_factory=Counter)  # login → calls tried
    outcomes: Counter = field(default_factory=Counter)  # 'ok' or SQLSTATE → calls
    defects: list[Finding] = field(default_factory=list)
    partial: list[Finding] = field(default_factory=list)
    refused: Counter = field(default_factory=Counter)  # logins without EXECUTE: SQLSTATE → calls
    seconds: Counter = field(default_factory=Counter)  # function → seconds spent calling it

    def add(self, other: Tally) -> None:
        self.calls.update(other.calls)
        self.outcomes.update(other.outcomes)
        self.refused.update(other.refused)
        self.seconds.update(other.seconds)
        self.defects += other.defects
        self.partial += other.partial


class _Defect(Exception):
    def __init__(self, finding: Finding):
        super().__init__(str(finding))
        self.finding = finding


SPARE = "fuzzspare"  # the prefix of logins made for the fuzz alone (add_spare_logins)


def add_spare_logins(conn: psycopg.Connection, password: str) -> None:
    """Two staff logins no test connects as, for the staff-administration functions to act on."""
    from server_db.staff import create_staff

    for n, roles in ((1, ["reception"]), (2, ["nurse"])):
        if not conn.execute("SELECT 1 FROM core.staff WHERE username = %s", (f"{SPARE}{n}",)).fetchone():
            create_staff(conn, f"{SPARE}{n}", password, roles, full_name=f"Fuzz Spare {n}",
                         password_rules=False, adopt_existing_login=True)


class Fuzzer:
    """Calls definer functions as staff logins; `connect(login)` gives a connection to the fuzzing database."""

    def __init__(self, admin: psycopg.Connection, connect: Callable[[str], psycopg.Connection]):
        self.admin = admin
        self.connect = connect
        # Seal the demo's audit trail first: every call is rolled back, so otherwise each audit.seal() call would
        # hash the whole unsealed backlog again (seconds, where a live server seals as it goes).
        audit_chain.seal(admin)
        self.pools = Pools.read(admin)
        # Logins are cluster-wide and ending one's sessions (core.role_set_login) cannot be rolled back: a call
        # that deactivates or locks a demo login would cut that login's connections in every database of the
        # cluster, other tests' included. Staff names are drawn only from the logins made for the fuzz.
        self.pools.texts["username"] = [u for u in self.pools.texts.get("username", []) if u.startswith(SPARE)]
        self._sessions: dict[str, tuple[psycopg.Connection, int]] = {}

    def session(self, login: str) -> tuple[psycopg.Connection, int]:
        conn = self._sessions.get(login, (None, 0))[0]
        if conn is None or conn.closed:
            conn = self.connect(login)
            conn.execute(f"SET statement_timeout = '{STATEMENT_TIMEOUT}'")
            conn.commit()
            self._sessions[login] = (conn, conn.info.backend_pid)
        return self._sessions[login]

    def execute(self, login: str, query: sql.Composed, values: Iterable) -> None:
        """Run one call in its own transaction and roll it back. A session that a call as an administrator
        ended (core.admin_deactivate_staff ends the login's sessions, and that cannot be rolled back) is
        opened again and the call repeated."""
        for attempt in (1, 2):
            conn, _ = self.session(login)
            try:
                conn.execute(query, values).fetchall()
                return
            except psycopg.OperationalError:
                if not conn.closed or attempt == 2:
                    raise
            finally:
                if not conn.closed:
                    conn.rollback()

    def call(self, function: Function, login: str, argc: int, values: tuple, tally: Tally) -> Finding | None:
        pid = self.session(login)[1]
        before = write_marks(self.admin, pid)
        problem = message = state = None
        started = time.perf_counter()
        try:
            self.execute(login, function.call(argc), values)
            state = "ok"
        except Exception as exc:  # noqa: BLE001 - anything the client would see; classify() decides
            state = getattr(exc, "sqlstate", None) or type(exc).__name__
            problem, message = verdict(exc), str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        tally.seconds[function.signature] += time.perf_counter() - started
        tally.calls[login] += 1
        tally.outcomes[state] += 1
        finding = None
        if problem:
            finding = Finding(function.signature, login, values, problem, message)
        if write_marks(self.admin, pid) != before:
            tally.partial.append(Finding(function.signature, login, values, "a write outlived its transaction",
                                         message or state))
        return finding

    def refused(self, function: Function, login: str, tally: Tally) -> None:
        """A login without EXECUTE is refused before the function runs."""
        try:
            self.execute(login, function.call(len(function.arg_types)), [None] * len(function.arg_types))
            state = "ok"
        except psycopg.Error as exc:
            state = exc.sqlstate or type(exc).__name__
        tally.refused[state] += 1

    def fuzz(self, function: Function, login: str, examples: int, seed: int | None = None) -> Tally:
        """`examples` Hypothesis examples of `function` as `login`; on a defect, Hypothesis shrinks it and the
        smallest failing call is recorded (one per function and login)."""
        tally = Tally()
        strategy = arguments_strategy(function, self.pools)

        @settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def run(drawn: tuple[int, tuple]) -> None:
            found = self.call(function, login, drawn[0], drawn[1], tally)
            if found:
                raise _Defect(found)

        if seed is not None:
            run = hypothesis_seed(seed)(run)
        try:
            run()
        except _Defect as exc:
            tally.defects.append(exc.finding)
        except Flaky as exc:  # failed once, not on replay: still a defect, shown with the first failure
            first = next((e for e in getattr(exc, "exceptions", ()) if isinstance(e, _Defect)), None)
            tally.defects.append(first.finding if first else Finding(function.signature, login, (), "flaky",
                                                                     str(exc)))
        return tally


def fuzz_all(fuzzer: Fuzzer, logins: Iterable[str], examples: int, seed: int | None = None,
             progress: Callable[[Function, str], None] | None = None, only: str | None = None,
             ) -> tuple[Tally, dict[str, list[str]]]:
    """Every definer function: fuzzed as each demo login that may execute it, refused (one call) for the
    others. Returns the tally and the functions by how they were covered."""
    logins = list(logins)
    tally = Tally()
    covered: dict[str, list[str]] = {"fuzzed": [], "no demo login may execute": [], "trigger": []}
    for function in definer_functions(fuzzer.admin):
        if only and only not in function.signature:
            continue
        if function.trigger:
            covered["trigger"].append(function.signature)
            continue
        allowed = executors(fuzzer.admin, function, logins)
        covered["fuzzed" if allowed else "no demo login may execute"].append(function.signature)
        for login in logins:
            if login in allowed:
                if progress:
                    progress(function, login)
                tally.add(fuzzer.fuzz(function, login, examples, seed))
            else:
                fuzzer.refused(function, login, tally)
    return tally, covered


def report(tally: Tally, covered: dict[str, list[str]]) -> str:
    total = sum(len(v) for v in covered.values())
    lines = [f"SECURITY DEFINER functions: {total} ({len(covered['fuzzed'])} fuzzed, "
             f"{len(covered['no demo login may execute'])} executable by no demo login, "
             f"{len(covered['trigger'])} trigger functions)",
             "calls per login: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.calls.items())),
             "outcomes: " + ", ".join(f"{k} {v}" for k, v in tally.outcomes.most_common()),
             "logins without EXECUTE: " + ", ".join(f"{k} {v}" for k, v in tally.refused.most_common()),
             "slowest: " + ", ".join(f"{k} {v:.1f} s" for k, v in tally.seconds.most_common(3)),
             f"defects: {len(tally.defects)}; partial writes: {len(tally.partial)}"]
    lines += [f"  defect {f}" for f in tally.defects] + [f"  partial {f}" for f in tally.partial]
    return "\n".join(lines)
