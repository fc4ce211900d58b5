"""Generate the reference-data INSERT blocks of the SQL migrations from the CSV files in resources/.

Migrations apply SQL only, so the CSV files are turned into INSERT statements placed between marker lines in
the SQL files (everything between the markers is replaced):

    resources/icd10_subset.csv        -> server_db/sql/seed/clinical.sql (clinical.icd10)
    resources/allergy_substances.csv  -> server_db/sql/seed/clinical.sql (clinical.allergy_substance)
    resources/price_list.csv          -> server_db/sql/seed/billing.sql  (billing.price_item)
    resources/lab_catalog.csv         -> server_db/sql/seed/lab.sql      (lab.test and its LAB- prices)
    resources/lab_panels.csv          -> server_db/sql/seed/lab.sql      (lab.panel, lab.panel_test)
    resources/lab_reference_ranges.csv -> server_db/sql/seed/lab.sql     (lab.reference_range)

    python resources/build_icd10_sql.py          # rewrite the blocks
    python resources/build_icd10_sql.py --check  # exit 1 when a block differs from its CSV

tests/test_clinical_record.py and tests/test_billing_seed.py run the check, so a CSV edited without
regenerating (or a hand-edited block) fails the suite.
"""
from __future__ import annotations

import csv
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent
SQL_DIR = RESOURCES.parent / "server_db" / "sql"


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _null_or_text(value: str) -> str:
    return "NULL" if value == "" else _text(value)


def _null_or_num(value: str) -> str:
    return "NULL" if value == "" else str(float(value)) if "." in value else str(int(value))


def _date(value: str) -> str:
    return "NULL" if value == "" else f"DATE {_text(value)}"


@dataclass(frozen=True)
class Block:
    csv_name: str
    sql_name: str
    table: str
    columns: tuple[str, ...]
    render: tuple[Callable[[str], str], ...]  # one per column: CSV text -> SQL literal
    # When the table's rows are derived from a CSV with other columns: the CSV's header and row -> table row.
    csv_columns: tuple[str, ...] | None = None
    derive: Callable[[dict[str, str]], dict[str, str]] | None = None

    @property
    def _source(self) -> str:
        return f"resources/{self.csv_name}" + (f" -> {self.table}" if self.derive else "")

    @property
    def begin(self) -> str:
        return f"-- BEGIN GENERATED FROM {self._source} BY resources/build_icd10_sql.py (do not edit)"

    @property
    def end(self) -> str:
        return f"-- END GENERATED FROM {self._source}"

    def rows(self) -> list[dict[str, str]]:
        with open(RESOURCES / self.csv_name, newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            header = self.csv_columns or self.columns
            assert tuple(reader.fieldnames or ()) == header, f"{self.csv_name}: columns {reader.fieldnames}"
            if not self.derive:
                return list(reader)
            derived = [self.derive(row) for row in reader]
            # Several CSV rows may derive the same table row (a panel and each of its members): keep it once.
            return list({tuple(row.items()): row for row in derived}.values())

    def sql(self, rows: list[dict[str, str]] | None = None) -> str:
        """The block for the CSV rows (or the given rows)."""
        values = ",\n".join("    (" + ", ".join(r(row[c]) for c, r in zip(self.columns, self.render, strict=True))
                            + ")" for row in (self.rows() if rows is None else rows))
        return (f"{self.begin}\nINSERT INTO {self.table} ({', '.join(self.columns)}) VALUES\n{values};\n"
                f"{self.end}")


LAB_CATALOG_COLUMNS = ("code", "name", "short_name", "specimen_type", "container", "unit", "value_type", "decimals",
                       "price")


def _lab_test(row: dict[str, str]) -> dict[str, str]:
    return {**row, "price_code": f"LAB-{row['code']}"}


def _lab_price(row: dict[str, str]) -> dict[str, str]:
    """Each catalog test has its price item LAB-<LOINC>, valid from 2020 (the price list then takes over)."""
    return {"code": f"LAB-{row['code']}", "name": f"Laboratory: {row['short_name']}", "amount": row["price"],
            "currency": "GBP", "valid_from": "2020-01-01", "valid_to": "", "group_code": "lab_test"}


BLOCKS = (
    Block("icd10_subset.csv", "seed/clinical.sql", "clinical.icd10", ("code", "title", "chapter"),
          (_text, _text, str)),
    Block("allergy_substances.csv", "seed/clinical.sql", "clinical.allergy_substance",
          ("code", "name", "category", "code_system"), (_text, _text, _text, _text)),
    Block("price_list.csv", "seed/billing.sql", "billing.price_item",
          ("code", "name", "amount", "currency", "valid_from", "valid_to", "group_code"),
          (_text, _text, str, _text, _date, _date, _text)),
    Block("lab_catalog.csv", "seed/lab.sql", "lab.test",
          ("code", "name", "short_name", "specimen_type", "container", "unit", "value_type", "decimals",
           "price_code"), (_text, _text, _text, _text, _text, _text, _text, str, _text),
          csv_columns=LAB_CATALOG_COLUMNS, derive=_lab_test),
    Block("lab_catalog.csv", "seed/lab.sql", "billing.price_item",
          ("code", "name", "amount", "currency", "valid_from", "valid_to", "group_code"),
          (_text, _text, str, _text, _date, _date, _text), csv_columns=LAB_CATALOG_COLUMNS, derive=_lab_price),
    Block("lab_panels.csv", "seed/lab.sql", "lab.panel", ("code", "name"), (_text, _text),
          csv_columns=("panel_code", "panel_name", "code", "position"),
          derive=lambda row: {"code": row["panel_code"], "name": row["panel_name"]}),
    Block("lab_panels.csv", "seed/lab.sql", "lab.panel_test", ("panel_code", "test_code", "position"),
          (_text, _text, str), csv_columns=("panel_code", "panel_name", "code", "position"),
          derive=lambda row: {"panel_code": row["panel_code"], "test_code": row["code"], "position": row["position"]}),
    Block("lab_reference_ranges.csv", "seed/lab.sql", "lab.reference_range",
          ("test_code", "sex", "age_from_years", "age_to_years", "low", "high", "critical_low", "critical_high"),
          (_text, _null_or_text, str, _null_or_num, _null_or_num, _null_or_num, _null_or_num, _null_or_num),
          csv_columns=("code", "sex", "age_from_years", "age_to_years", "low", "high", "critical_low",
                       "critical_high"),
          derive=lambda row: {"test_code": row["code"], **{k: v for k, v in row.items() if k != "code"}}),
)


def current_block(block: Block) -> str | None:
    """The block as it stands in its SQL file (markers included), or None when the markers are missing."""
    text = (SQL_DIR / block.sql_name).read_text(encoding="utf-8")
    start = text.find(block.begin)
    stop = text.find(block.end)
    if start < 0 or stop < start:
        return None
    return text[start:stop + len(block.end)]


def stale_blocks() -> list[str]:
    """The CSV files whose generated block differs from what the SQL file holds."""
    return [b.csv_name for b in BLOCKS if current_block(b) != b.sql()]


def write() -> None:
    for block in BLOCKS:
        path = SQL_DIR / block.sql_name
        old = current_block(block)
        if old is None:
            raise SystemExit(f"{block.sql_name}: markers for {block.csv_name} not found")
        path.write_text(path.read_text(encoding="utf-8").replace(old, block.sql()), encoding="utf-8")


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        stale = stale_blocks()
        for name in stale:
            print(f"stale: the SQL block generated from {name} differs; run resources/build_icd10_sql.py")
        return 1 if stale else 0
    if argv:
        print(__doc__)
        return 2
    write()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
