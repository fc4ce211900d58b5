"""The database's refusals by message key (docs/database.md, "Messages").

Every ``RAISE EXCEPTION`` in server_db/sql keeps its English message, for a plain-SQL user, and carries
``DETAIL = core.message_detail('<schema>.<name>', <the message's parameters>)``: the JSON text
``{"key": "<schema>.<name>", "args": ["<parameter as text>", …]}``. The client (hospital_desktop/core/errors.py)
looks the key up in hospital_desktop/i18n/db_messages.py and shows the sentence in the staff member's language.

This module reads the SQL: it finds every RAISE and every call of the helpers that raise a message their caller
passes (core.require_group, core.check_reason), so the English sentence of each key is written once, in SQL, and
the client's catalog is generated from it:

    python -m server_db.messages --write     # hospital_desktop/i18n/db_messages.py from the SQL
    python -m server_db.messages --check     # lists RAISEs without a key, keys with two messages, a stale catalog

tests/test_db_messages.py runs the same checks.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SQL_DIR = HERE / "sql"
ROOT = HERE.parent
MIGRATIONS_DIR = ROOT / "migrations" / "versions"
CATALOG = ROOT / "hospital_desktop" / "i18n" / "db_messages.py"

KEY = re.compile(r"[a-z]+\.[a-z][a-z0-9_]*")
SCHEMAS = ("core", "audit", "registry", "clinical", "notify", "scheduling", "billing", "lab", "pharmacy", "adt",
           "insurance", "dashboard")
# The helpers whose RAISE passes its caller's message through: the caller gives the key (and its arguments).
PASS_THROUGH = {"core.require_group", "core.check_reason"}
# Helpers taking a phrase that names what is checked (p_what: 'the payment', 'the business day'): the phrase is
# English text written in SQL, so the client translates that argument too (db_messages.TERMS).
TERM_HELPERS = {"core.check_day": 1, "core.check_time": 1, "billing.check_amount": 1, "insurance.payer_amount": 1,
                "clinical.assert_encounter_open": 2}


# --------------------------------------------------------------------------------------------------- SQL reading
def _skip_string(text: str, i: int) -> int:
    """i at an opening quote: the index after the closing one ('' is a quote inside)."""
    i += 1
    while True:
        j = text.index("'", i)
        if text.startswith("''", j):
            i = j + 2
            continue
        return j + 1


def statement_end(text: str, i: int) -> int:
    """The index of the ';' that ends the statement running from i (outside strings, parentheses, comments)."""
    depth = 0
    while i < len(text):
        c = text[i]
        if c == "'":
            i = _skip_string(text, i)
            continue
        if text.startswith("--", i):
            i = text.index("\n", i)
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == ";" and depth == 0:
            return i
        i += 1
    raise ValueError("statement without an end")


def split_top(text: str, sep: str = ",") -> list[str]:
    """Split on sep outside strings, parentheses, brackets and comments; parts stripped."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == "'":
            i = _skip_string(text, i)
            continue
        if text.startswith("--", i):
            i = text.index("\n", i) if "\n" in text[i:] else len(text)
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i].strip())
            start = i + len(sep)
            i = start
            continue
        i += 1
    parts.append(text[start:].strip())
    return [p for p in parts if p] if parts != [""] else []


def literal(text: str) -> str | None:
    """The value of a string literal, or of adjacent literals on separate lines ('a' \\n 'b'); None if not one."""
    text = _strip_comments(text).strip()
    if not text.startswith("'"):
        return None
    value, i = [], 0
    while i < len(text):
        if text[i] != "'":
            return None
        end = _skip_string(text, i)
        value.append(text[i + 1:end - 1].replace("''", "'"))
        rest = text[end:]
        gap = len(rest) - len(rest.lstrip())
        if end + gap < len(text) and "\n" not in rest[:gap]:
            return None  # 'a' 'b' on one line is not SQL; 'a' || x is an expression
        i = end + gap
    return "".join(value)


def _strip_comments(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "'":
            end = _skip_string(text, i)
            out.append(text[i:end])
            i = end
        elif text.startswith("--", i):
            i = text.index("\n", i) if "\n" in text[i:] else len(text)
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def call_args(text: str, start: int) -> tuple[list[str], int]:
    """text[start] is '(': the call's arguments and the index after ')'."""
    depth, i = 0, start
    while True:
        c = text[i]
        if c == "'":
            i = _skip_string(text, i)
            continue
        if text.startswith("--", i):
            i = text.index("\n", i)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return split_top(text[start + 1:i]), i + 1
        i += 1


def normal(expr: str) -> str:
    """An argument expression without a trailing ::text cast and outer parentheses, whitespace collapsed."""
    expr = " ".join(_strip_comments(expr).split())
    while True:
        if expr.endswith("::text"):
            expr = expr[:-6].strip()
        elif expr.startswith("(") and expr.endswith(")") and _balanced(expr[1:-1]):
            expr = expr[1:-1].strip()
        else:
            return expr


def _balanced(text: str) -> bool:
    depth, i = 0, 0
    while i < len(text):
        if text[i] == "'":
            i = _skip_string(text, i)
            continue
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth < 0:
            return False
        i += 1
    return depth == 0


# ---------------------------------------------------------------------------------------------- the statements
@dataclass
class Raise:
    """One RAISE EXCEPTION statement."""

    path: str                 # relative to the repository
    line: int
    start: int                # offsets of the statement in its file ("RAISE" … up to, not including, ";")
    end: int
    format: str | None        # the message's format string ('%' placeholders), None when not a literal
    args: list[str]           # the expressions after the format string
    options: dict[str, str]   # USING name = expression
    detail: list[str] | None = None   # DETAIL = core.message_detail(…)'s arguments, key first; None without one

    @property
    def key(self) -> str | None:
        return literal(self.detail[0]) if self.detail else None

    @property
    def pass_through(self) -> bool:
        """RAISE EXCEPTION '%', p_message: a helper raising its caller's message."""
        return self.format == "%" and bool(self.args) and literal(self.args[0]) is None


def parse_raise(text: str, start: int, path: str) -> Raise:
    end = statement_end(text, start)
    body = text[start + len("RAISE EXCEPTION"):end]
    using = _find_using(body)
    head, tail = (body[:using], body[using + len("USING"):]) if using >= 0 else (body, "")
    parts = split_top(head)
    fmt = literal(parts[0]) if parts else None
    options = {}
    for option in split_top(tail):
        name, _, value = option.partition("=")
        options[name.strip().upper()] = value.strip()
    detail = None
    if "DETAIL" in options:
        m = re.match(r"core\.message_detail\s*\(", options["DETAIL"])
        if m:
            detail, _ = call_args(options["DETAIL"], m.end() - 1)
    return Raise(path, text.count("\n", 0, start) + 1, start, end, fmt, parts[1:], options, detail)


def _find_using(body: str) -> int:
    i = 0
    while i < len(body):
        if body[i] == "'":
            i = _skip_string(body, i)
            continue
        if re.match(r"\bUSING\b", body[i:i + 6]) and (i == 0 or not body[i - 1].isalnum()):
            return i
        i += 1
    return -1


def raises_in(text: str, path: str) -> list[Raise]:
    return [parse_raise(text, m.start(), path) for m in re.finditer(r"\bRAISE\s+EXCEPTION\b", text)
            if not _in_comment(text, m.start())]


def _in_comment(text: str, i: int) -> bool:
    line_start = text.rfind("\n", 0, i) + 1
    return "--" in _strip_quotes(text[line_start:i])


def _strip_quotes(text: str) -> str:
    return re.sub(r"'[^']*'", "''", text)


@dataclass
class Call:
    """A call of a pass-through or term helper."""

    path: str
    line: int
    function: str
    args: list[str]
    named: dict[str, str] = field(default_factory=dict)


def calls_in(text: str, path: str, functions: set[str] | dict) -> list[Call]:
    found = []
    for fn in functions:
        for m in re.finditer(re.escape(fn) + r"\s*\(", text):
            before = text[max(0, m.start() - 40):m.start()]
            if re.search(r"FUNCTION\s+(?:IF\s+EXISTS\s+)?$", before) or _in_comment(text, m.start()):
                continue  # the definition, a COMMENT ON, a GRANT or a DROP
            args, _ = call_args(text, m.end() - 1)
            positional = [a for a in args if "=>" not in a]
            named = {a.split("=>", 1)[0].strip(): a.split("=>", 1)[1].strip() for a in args if "=>" in a}
            found.append(Call(path, text.count("\n", 0, m.start()) + 1, fn, positional, named))
    return found


def sql_sources() -> dict[str, str]:
    """Every file whose SQL a user can run into: server_db/sql/**.sql and the migrations (SQL in Python strings)."""
    files = sorted(SQL_DIR.rglob("*.sql")) + sorted(MIGRATIONS_DIR.glob("*.py"))
    return {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in files}


# ----------------------------------------------------------------------------------------------------- messages
@dataclass
class Message:
    """One key: its English template (RAISE's % or format()'s %s placeholders), where it is raised, and which of
    its arguments are words the client translates (db_messages.TERMS)."""

    key: str
    text: str                      # the English message as SQL writes it
    placeholders: str              # "%" (RAISE) or "%s" (format(), core.check_reason's p_args)
    arity: int
    places: list[str] = field(default_factory=list)
    term_args: set[int] = field(default_factory=set)

    def template(self) -> str:
        """The message as a sentence for the screen, {0}-numbered for str.format: first letter capitalised, a
        full stop at the end."""
        escaped = self.text.replace("{", "{{").replace("}", "}}").replace("%%", "\0")
        pieces = escaped.split(self.placeholders)
        text = pieces[0] + "".join(f"{{{i}}}{piece}" for i, piece in enumerate(pieces[1:]))
        text = text.replace("\0", "%")
        first = text.split(" ", 1)[0]
        if first in SCREEN_WORDS:
            text = SCREEN_WORDS[first] + text[len(first):]
        elif first.isalpha():  # not "audit.{0}", "{0}" or a code
            text = text[:1].upper() + text[1:]
        return text if text.endswith((".", "?", "!")) else text + "."


# First words that a sentence for the screen writes otherwise than SQL's lower case.
SCREEN_WORDS = {"mrn": "MRN"}


def placeholder_count(text: str, placeholders: str) -> int:
    return text.replace("%%", "").count(placeholders)


# An argument that is a state or a kind ('released', 'out of service': a column or variable of that name, maybe
# through replace(…, '_', ' ') or coalesce(…, 'nothing')), or the p_what phrase of the helpers above: the client
# shows it translated when TERMS has it (else as it is).
TERM_ARG = re.compile(r"(?:[A-Za-z_]+\.)?(?:[a-z]+_)*(?:status|state|outcome|decision|disposition|kind|what)")


def is_term_arg(expr: str) -> bool:
    expr = normal(expr)
    while True:
        wrapped = re.fullmatch(r"(?:replace\((.*), '_', ' '\)|coalesce\((.*), '[^']*'\))", expr)
        if not wrapped:
            return bool(TERM_ARG.fullmatch(expr))
        expr = normal(wrapped.group(1) or wrapped.group(2))


def collect(sources: dict[str, str] | None = None) -> tuple[dict[str, Message], list[str]]:
    """Every message key in the SQL, and the problems found: a RAISE without a key, a key given two messages or a
    message two keys, arguments that differ between the message and its DETAIL."""
    sources = sql_sources() if sources is None else sources
    found: dict[str, Message] = {}
    by_text: dict[str, str] = {}
    problems: list[str] = []

    def add(key: str | None, text: str | None, placeholders: str, args: list[str], where: str) -> None:
        if key is None or not KEY.fullmatch(key) or key.split(".")[0] not in SCHEMAS:
            problems.append(f"{where}: no message key (<schema>.<name>) for {text!r}")
            return
        if text is None:
            problems.append(f"{where}: the message of {key} is not a string literal")
            return
        if placeholder_count(text, placeholders) != len(args):
            problems.append(f"{where}: {key} has {placeholder_count(text, placeholders)} placeholders and "
                            f"{len(args)} arguments")
        message = found.setdefault(key, Message(key, text, placeholders, len(args)))
        if message.text != text:
            problems.append(f"{where}: {key} is also the key of {message.text!r}")
        if by_text.setdefault(text, key) != key:
            problems.append(f"{where}: {text!r} has two keys, {by_text[text]} and {key}")
        message.places.append(where)
        message.term_args |= {i for i, a in enumerate(args) if is_term_arg(a)}

    for path, text in sources.items():
        for r in raises_in(text, path):
            where = f"{path}:{r.line}"
            if r.pass_through:
                helper = _enclosing_function(text, r.start)
                detail_key = normal(r.detail[0]) if r.detail else None
                if helper not in PASS_THROUGH or detail_key != "p_key":
                    problems.append(f"{where}: RAISE '%', <message> outside the pass-through helpers "
                                    f"{sorted(PASS_THROUGH)}, or without DETAIL = core.message_detail(p_key, …)")
                continue
            if r.detail is None:
                add(None, r.format, "%", r.args, where)
                continue
            key = literal(r.detail[0])
            detail_args = [normal(a) for a in r.detail[1:]]
            if detail_args != [normal(a) for a in r.args]:
                problems.append(f"{where}: the DETAIL's arguments of {key} are not the message's: "
                                f"{detail_args} vs {[normal(a) for a in r.args]}")
            add(key, r.format, "%", r.args, where)
        for c in calls_in(text, path, PASS_THROUGH) if path.endswith(".sql") else []:
            where = f"{path}:{c.line}"
            if c.function == "core.require_group":
                if len(c.args) != 3:
                    problems.append(f"{where}: core.require_group(groups, message, key) without its key")
                    continue
                add(literal(c.args[2]), literal(c.args[1]), "%", [], where)
            elif len(c.args) > 2:  # core.check_reason with a message of its own (else the default's key)
                key = literal(c.named.get("p_key", "NULL"))
                args = split_top(c.named["p_args"][len("ARRAY["):-1]) if "p_args" in c.named else []
                add(key, literal(c.args[2]), "%s" if args else "%", args, where)
    return found, problems


def _enclosing_function(text: str, at: int) -> str | None:
    heads = list(re.finditer(r"CREATE OR REPLACE FUNCTION ([a-z_]+\.[a-z_0-9]+)\(", text[:at]))
    return heads[-1].group(1) if heads else None


def terms(sources: dict[str, str] | None = None) -> list[str]:
    """The words and phrases of arguments the client translates: what the helpers' callers say is checked
    (p_what: 'the payment'), the states and kinds the tables allow ('released', 'out_of_service' and
    'out of service'), and the fallbacks written into arguments (coalesce(p_kind, 'nothing'))."""
    sources = sql_sources() if sources is None else sources
    found: set[str] = set()
    for path, text in sources.items():
        for c in calls_in(text, path, TERM_HELPERS):
            index = TERM_HELPERS[c.function]
            if len(c.args) > index and literal(c.args[index]):
                found.add(literal(c.args[index]))
        found |= set(re.findall(r"\bp_what text DEFAULT '([^']*)'", text))
        for m in re.finditer(r"CHECK \(\(?(?:[a-z]+_)?(?:status|state|outcome|decision|disposition|kind) IN "
                             r"\(([^)]*)\)", text):
            for value in re.findall(r"'([^']*)'", m.group(1)):
                found |= {value, value.replace("_", " ")}
        for r in raises_in(text, path):
            for arg in r.args:
                fallback = re.fullmatch(r"coalesce\(.*, '([^']*[a-z][^']*)'\)", normal(arg))
                if fallback and is_term_arg(arg):
                    found.add(fallback.group(1))
    return sorted(found)


# ------------------------------------------------------------------------------------------------------ catalog
HEADER = '''"""The database's refusals by message key, for the client to translate: GENERATED from server_db/sql by
`python -m server_db.messages --write` (do not edit; the English lives once, in the SQL). docs/database.md, "Messages".

MESSAGES: key -> English template ({0}, {1}: the DETAIL's args in the order of the SQL message's placeholders).
TERM_ARGS: key -> the positions of arguments that are words of the database (a state, a kind, what is checked),
shown translated when TERMS has them. Context "db" (the .ts files db_*.ts); hospital_desktop/core/errors.py
translates where shown. No Qt import here: core.errors, which the Qt-free queries modules import, reads this.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    return text

'''


def render(sources: dict[str, str] | None = None) -> str:
    found, problems = collect(sources)
    if problems:
        raise ValueError("the SQL's messages have problems:\n" + "\n".join(problems))
    lines = [HEADER, "MESSAGES: dict[str, str] = {"]
    for key in sorted(found):
        lines.append(f"    \"{key}\": QT_TRANSLATE_NOOP(\"db\", {_py(found[key].template())}),")
    lines += ["}", "", "TERM_ARGS: dict[str, tuple[int, ...]] = {"]
    for key in sorted(found):
        if found[key].term_args:
            lines.append(f"    \"{key}\": {tuple(sorted(found[key].term_args))!r},")
    lines += ["}", "", "TERMS: tuple[str, ...] = ("]
    lines += [f"    QT_TRANSLATE_NOOP(\"db\", {_py(term)})," for term in terms(sources)]
    lines += [")", ""]
    return "\n".join(lines).replace("'", '"') if False else "\n".join(lines)


def _py(text: str) -> str:
    """A double-quoted Python literal (lupdate reads QT_TRANSLATE_NOOP's literal as written)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(argv: list[str]) -> int:
    if "--write" in argv:
        CATALOG.write_text(render(), encoding="utf-8")
        print(f"wrote {CATALOG.relative_to(ROOT)}")
        return 0
    if "--check" in argv:
        found, problems = collect()
        if not problems and CATALOG.read_text(encoding="utf-8") != render():
            problems.append(f"{CATALOG.relative_to(ROOT)} is stale: run python -m server_db.messages --write")
        print(*problems, sep="\n")
        print(f"{len(found)} message keys, {len(problems)} problems")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
