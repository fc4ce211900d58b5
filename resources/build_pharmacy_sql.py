"""Generate the reference-data block of server_db/sql/seed/pharmacy.sql from resources/formulary.csv and
resources/interactions.csv (the formulary, one DRUG-<code> price item per dispensing unit, the interaction pairs).

    python resources/build_pharmacy_sql.py          # rewrite the block between the marker lines
    python resources/build_pharmacy_sql.py --check  # exit 1 when the block differs from the CSV files

tests/test_pharmacy.py runs the check and compares the loaded tables with the CSV files."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
SQL = RESOURCES.parent / "server_db" / "sql" / "seed" / "pharmacy.sql"
BEGIN = "-- BEGIN GENERATED FROM resources/formulary.csv AND resources/interactions.csv BY resources/build_pharmacy_sql.py"
END = "-- END GENERATED"
PRICE_VALID_FROM = "2020-01-01"


def _t(value: str) -> str:
    return "NULL" if value == "" else "'" + value.replace("'", "''") + "'"


def read(name: str) -> list[dict[str, str]]:
    with open(RESOURCES / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def block() -> str:
    drugs, pairs = read("formulary.csv"), read("interactions.csv")
    lines = [BEGIN,
             "INSERT INTO pharmacy.drug (code, generic_name, strength, form, route, unit, pack_size, atc_code, "
             "ingredient_atc, reorder_level, warnings) VALUES"]
    rows = []
    for d in drugs:
        ingredients = "ARRAY[" + ", ".join(_t(i) for i in d["ingredient_atc"].split(";") if i) + "]::text[]"
        rows.append(f"    ({_t(d['code'])}, {_t(d['generic_name'])}, {_t(d['strength'])}, {_t(d['form'])}, "
                    f"{_t(d['route'])}, {_t(d['unit'])}, {int(d['pack_size'])}, {_t(d['atc_code'])}, {ingredients}, "
                    f"{int(d['reorder_level'])}, {_t(d['warnings'])})")
    lines.append(",\n".join(rows) + ";")
    lines.append("INSERT INTO billing.price_item (code, name, amount, currency, valid_from, valid_to, group_code) VALUES")
    rows = [f"    ({_t('DRUG-' + d['code'])}, {_t(d['generic_name'] + ' ' + d['strength'] + ' ' + d['form'] + ' (per ' + d['unit'] + ')')}, "
            f"{d['price_per_unit']}, 'GBP', DATE '{PRICE_VALID_FROM}', NULL, 'drug')" for d in drugs]
    lines.append(",\n".join(rows) + ";")
    lines.append("INSERT INTO pharmacy.interaction (atc_a, atc_b, severity, effect, advice, source) VALUES")
    rows = [f"    ({_t(p['atc_a'])}, {_t(p['atc_b'])}, {_t(p['severity'])}, {_t(p['effect'])}, {_t(p['advice'])}, "
            f"{_t(p['source'])})" for p in pairs]
    lines.append(",\n".join(rows) + ";")
    lines.append(END)
    return "\n".join(lines)


def current(text: str) -> tuple[int, int]:
    start = text.index(BEGIN)
    end = text.index(END, start) + len(END)
    return start, end


def main(argv: list[str]) -> int:
    text = SQL.read_text(encoding="utf-8")
    start, end = current(text)
    new = block()
    if "--check" in argv:
        if text[start:end] != new:
            print(f"{SQL.name}: the generated block is stale; run resources/build_pharmacy_sql.py", file=sys.stderr)
            return 1
        return 0
    SQL.write_text(text[:start] + new + text[end:], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
