"""One-off proof of issue 13's move to server_db/sql/<schema>/: the catalog of the old head and of the new baseline
differ only by the helpers folded on purpose.

    python -m server_db.catalog <old-head url> > old.txt
    python -m server_db.catalog <new-baseline url> > new.txt
    python bench/catalog_move_check.py old.txt new.txt

It rewrites the old fingerprint's function bodies with the same substitutions the move made at each call site
(the six group checks -> core.require_group, the reason checks -> core.check_reason) and prints the diff that
remains: the definitions of the removed and the added helpers, the one new grant, and the audit rows."""
from __future__ import annotations

import difflib
import re
import sys


def _lab(m: re.Match) -> str:
    groups = re.findall(r"'([a-z_]+)'", m.group(1))
    return f"core.require_group(ARRAY[{m.group(1)}], 'only {' or '.join(groups)} may {m.group(2)}')"


def _dashboard(m: re.Match) -> str:
    groups = re.findall(r"'([a-z_]+)'", m.group(1))
    return f"core.require_group(ARRAY[{m.group(1)}], 'this figure is for {', '.join(groups)} only')"


GROUPS = [
    (r"lab\.require_staff\(ARRAY\[([^\]]*)\], '((?:[^']|'')*)'\)", _lab),
    (r"pharmacy\.require_pharmacist\('((?:[^']|'')*)'\)",
     lambda m: f"core.require_group(ARRAY['hms_pharmacist'], 'only pharmacists {m.group(1)}')"),
    (r"billing\.require_billing\(\)", lambda m: "core.require_group(ARRAY['hms_billing'], 'only billing staff do this')"),
    (r"core\.require_admin\(\)",
     lambda m: "core.require_group(ARRAY['hms_admin'], 'only an administrator manages staff')"),
    (r"(?:scheduling|adt)\.require_group\(", lambda m: "core.require_group("),
    (r"dashboard\.require\(ARRAY\[([^\]]*)\]\)", _dashboard),
    (r"pharmacy\.check_reason\(p_reason, '([^']*)'\)",
     lambda m: f"core.check_reason(p_reason, 5, '{m.group(1)} needs a reason of at least 5 characters')"),
    (r"core\.check_reason\(p_reason\)", lambda m: "core.check_reason(p_reason, 5)"),
]
REASON = re.compile(
    r"(?P<ind>[ \t]*)IF (?P<cond>(?:[^\n]*?(?:\n[ \t]*)?[^\n]*? AND )?)length\((?:btrim\(coalesce\()?(?P<x>[A-Za-z_.]+)"
    r"(?:, ''\)\))?\) < (?P<n>\d+) THEN\n"
    r"\s*RAISE EXCEPTION '(?P<msg>(?:[^']|'')*)'(?:, (?P<args>[^\n]*?))?\s*"
    r"USING ERRCODE = 'check_violation'(?:, CONSTRAINT = '(?P<c>[a-z_]+)')?;\n(?P=ind)END IF;")


def _reason(m: re.Match) -> str:
    msg = m.group("msg")
    text = f"format('{msg.replace('%', '%s')}', {m.group('args').strip()})" if m.group("args") else f"'{msg}'"
    call = f"core.check_reason({m.group('x')}, {m.group('n')}, {text}" + (f", '{m.group('c')}')" if m.group("c") else ")")
    cond = re.sub(r"\s+", " ", m.group("cond"))[:-5]
    return f"{m.group('ind')}IF {cond} THEN PERFORM {call}; END IF;" if cond else f"{m.group('ind')}PERFORM {call};"


def normalize(body: str) -> str:
    for pattern, sub in GROUPS:
        body = re.sub(pattern, sub, body)
    body = REASON.sub(_reason, body)
    return re.sub(r"\s+", " ", body)  # the hand-folded sites wrap their lines differently


def load(path: str, fold: bool) -> list[str]:
    out = []
    for line in open(path, encoding="utf-8").read().splitlines():
        if line.startswith("function\t"):
            fields = line.split("\t")
            body = fields[-1].replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")
            fields[-1] = normalize(body) if fold else re.sub(r"\s+", " ", body)
            line = "\t".join(fields)
        out.append(line)
    return out


def main(argv: list[str]) -> int:
    old, new = load(argv[0], fold=True), load(argv[1], fold=False)
    diff = [d for d in difflib.unified_diff(old, new, "old head (call sites folded)", "new baseline", n=0, lineterm="")]
    print("\n".join(line[:240] for line in diff) if diff else "no difference")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
