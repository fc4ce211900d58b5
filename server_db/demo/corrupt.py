"""Corrupt a patient record the way registration really corrupts them, to plant near-duplicates.

Each function takes a random.Random and a demographic dict and returns a changed copy. The kinds follow
what record-linkage studies report at registration desks: keyboard typos, phonetic spellings, OCR-like
letter confusions, given/family names swapped, missing fields, day and month transposed, a new phone or
address after a move, and nicknames."""
from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

Record = dict[str, object]

KEYBOARD_NEIGHBOURS = {
    "a": "qsz", "b": "vgn", "c": "xdv", "d": "sfe", "e": "wrd", "f": "dgr", "g": "fht", "h": "gjy", "i": "uok",
    "j": "hku", "k": "jli", "l": "kop", "m": "nj", "n": "bmh", "o": "ipl", "p": "ol", "q": "wa", "r": "etf",
    "s": "adw", "t": "ryg", "u": "yij", "v": "cbf", "w": "qes", "x": "zsc", "y": "tuh", "z": "xas",
}
PHONETIC = [("ph", "f"), ("f", "ph"), ("ck", "k"), ("k", "ck"), ("y", "i"), ("i", "y"), ("ie", "y"),
            ("ou", "u"), ("ee", "ea"), ("ea", "ee"), ("c", "k"), ("s", "z"), ("z", "s"), ("th", "t"),
            ("mm", "m"), ("nn", "n"), ("ll", "l"), ("tt", "t"), ("ss", "s"), ("w", "v"), ("v", "w"),
            ("ai", "ay"), ("ey", "ay"), ("sch", "sh"), ("x", "ks"), ("qu", "kw"), ("e", "a"), ("a", "e")]
OCR = [("rn", "m"), ("m", "rn"), ("cl", "d"), ("d", "cl"), ("li", "h"), ("h", "li"), ("vv", "w"), ("w", "vv"),
       ("e", "c"), ("c", "e"), ("o", "a"), ("n", "ri"), ("u", "ii"), ("l", "i"), ("i", "l")]
NICKNAMES = {
    "William": ["Bill", "Will", "Liam"], "Robert": ["Bob", "Rob", "Bobby"], "Elizabeth": ["Liz", "Beth", "Eliza"],
    "Margaret": ["Maggie", "Peggy", "Meg"], "Richard": ["Rick", "Dick", "Richie"], "James": ["Jim", "Jimmy"],
    "John": ["Johnny", "Jack"], "Katherine": ["Kate", "Kathy"], "Catherine": ["Cathy", "Kate"],
    "Michael": ["Mike", "Mick"], "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe", "Joey"], "Daniel": ["Dan", "Danny"],
    "Christopher": ["Chris"], "Jennifer": ["Jen", "Jenny"], "Patricia": ["Pat", "Trish"], "Susan": ["Sue", "Suzy"],
    "Anthony": ["Tony"], "Matthew": ["Matt"], "Alexander": ["Alex", "Sasha"], "Samuel": ["Sam"],
    "Rebecca": ["Becky"], "Victoria": ["Vicky"], "Benjamin": ["Ben"], "Nicholas": ["Nick"], "Edward": ["Ed", "Ted"],
    "Charles": ["Charlie", "Chuck"], "Deborah": ["Debbie"], "Jessica": ["Jess"], "Andrew": ["Andy", "Drew"],
    "Johann": ["Hans"], "Francesco": ["Franco"], "Giuseppe": ["Beppe"], "Francisco": ["Paco", "Pancho"],
    "José": ["Pepe"], "Alejandro": ["Alex"], "Guillermo": ["Memo"], "Ekaterina": ["Katya"],
}


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 3:
        return word + rng.choice("aeiou")
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("substitute", "delete", "insert", "transpose"))
    ch = word[i].lower()
    if kind == "substitute":
        repl = rng.choice(KEYBOARD_NEIGHBOURS.get(ch, "e"))
        return word[:i] + (repl.upper() if word[i].isupper() else repl) + word[i + 1:]
    if kind == "delete":
        return word[:i] + word[i + 1:]
    if kind == "insert":
        return word[:i] + rng.choice(KEYBOARD_NEIGHBOURS.get(ch, "e")) + word[i:]
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def _replace_one(rng: random.Random, word: str, table: list[tuple[str, str]]) -> str:
    lower = word.lower()
    options = [(a, b) for a, b in table if a in lower[1:]]
    if not options:
        return _typo(rng, word)
    a, b = rng.choice(options)
    start = lower.index(a, 1)
    new = word[:start] + b + word[start + len(a):]
    return new[0].upper() + new[1:] if word[:1].isupper() else new


def typo(rng: random.Random, rec: Record) -> Record:
    field = rng.choice(("given_name", "family_name"))
    return {**rec, field: _typo(rng, str(rec[field]))}


def phonetic(rng: random.Random, rec: Record) -> Record:
    field = rng.choice(("given_name", "family_name"))
    return {**rec, field: _replace_one(rng, str(rec[field]), PHONETIC)}


def ocr(rng: random.Random, rec: Record) -> Record:
    field = rng.choice(("given_name", "family_name"))
    return {**rec, field: _replace_one(rng, str(rec[field]), OCR)}


def swap_names(rng: random.Random, rec: Record) -> Record:
    return {**rec, "given_name": rec["family_name"], "family_name": rec["given_name"]}


def missing_fields(rng: random.Random, rec: Record) -> Record:
    out = dict(rec)
    for field in rng.sample(["phone", "address", "postal_code"], k=rng.randint(1, 3)):
        out[field] = None
    return out


def swap_day_month(rng: random.Random, rec: Record) -> Record:
    born = rec["birth_date"]
    assert isinstance(born, date)
    if born.day <= 12 and born.day != born.month:
        return {**rec, "birth_date": born.replace(month=born.day, day=born.month)}
    # Not transposable: a one-digit slip in the day instead.
    day = born.day + rng.choice((-1, 1)) if 1 < born.day < 28 else 14
    return {**rec, "birth_date": born.replace(day=day)}


def moved(rng: random.Random, rec: Record, new_address: tuple[str, str] | None = None,
          new_phone: str | None = None) -> Record:
    out = dict(rec)
    if new_address:
        out["address"], out["postal_code"] = new_address
    out["phone"] = new_phone if new_phone is not None else out.get("phone")
    return out


def nickname(rng: random.Random, rec: Record) -> Record:
    given = str(rec["given_name"])
    if given in NICKNAMES:
        return {**rec, "given_name": rng.choice(NICKNAMES[given])}
    return typo(rng, rec)


CORRUPTIONS: dict[str, Callable[[random.Random, Record], Record]] = {
    "typo": typo, "phonetic": phonetic, "ocr": ocr, "swap_names": swap_names, "missing_fields": missing_fields,
    "swap_day_month": swap_day_month, "nickname": nickname,
}


def near_duplicate(rng: random.Random, rec: Record, *, new_address: tuple[str, str] | None = None,
                   new_phone: str | None = None) -> tuple[Record, list[str]]:
    """One to three corruptions of a record; the national ID is never carried over (a duplicate is made
    precisely when the clerk did not capture it). Returns the new record and the corruption names."""
    kinds = rng.sample(sorted(CORRUPTIONS) + ["moved"], k=rng.choice((1, 1, 2, 2, 3)))
    out = dict(rec)
    for kind in kinds:
        out = moved(rng, out, new_address, new_phone) if kind == "moved" else CORRUPTIONS[kind](rng, out)
    out["national_id"] = None
    return out, kinds
