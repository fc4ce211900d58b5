"""Verify the audit hash chain (hms-admin audit-verify, and later the auditor's screen).

The chain is recomputed here in Python from the canonical text the database defines for each event
(audit.canonical), so a tampered row, a removed row and a reordered row each show up at the first
event where the recomputed chain and the stored one part."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import psycopg


@dataclass
class VerifyResult:
    ok: bool
    sealed: int
    unsealed: int
    head_hash: str
    bad_event_id: int | None = None
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return (f"audit chain intact: {self.sealed} sealed events, {self.unsealed} awaiting seal, "
                    f"head {self.head_hash[:16] or '(empty)'}")
        where = f"event {self.bad_event_id}" if self.bad_event_id is not None else "the chain head"
        return f"audit chain broken at {where}: {self.problem}"


def seal(conn: psycopg.Connection) -> int:
    """Seal every event of finished transactions (loops over batches)."""
    total = 0
    while True:
        n = conn.execute("SELECT audit.seal(50000)").fetchone()[0]
        conn.commit()
        total += n
        if n < 50000:
            return total


def _digest(prev: str, canonical: str) -> str:
    return hashlib.sha256((prev + "|" + canonical).encode("utf-8")).hexdigest()


def verify(conn: psycopg.Connection, progress: Callable[[int, int], None] | None = None) -> VerifyResult:
    head = conn.execute("SELECT last_event_id, last_txid, last_hash, sealed_count FROM audit.chain_head").fetchone()
    if head is None:
        return VerifyResult(False, 0, 0, "", None, "the chain head row is missing")
    head_event, head_txid, head_hash, head_count = head
    total = conn.execute("SELECT count(*) FROM audit.event WHERE hash IS NOT NULL").fetchone()[0]
    prev = ""
    count = 0
    last_key: tuple[int, int] | None = None
    with conn.cursor(name="audit_verify") as cur:
        cur.itersize = 5000
        cur.execute("SELECT e.id, e.txid, e.prev_hash, e.hash, audit.canonical(e) FROM audit.event e "
                    "WHERE e.hash IS NOT NULL ORDER BY e.txid, e.id")
        for event_id, txid, prev_hash, stored, canonical in cur:
            count += 1
            if prev_hash != prev:
                return VerifyResult(False, count, 0, head_hash, event_id,
                                    "its link to the previous event does not match: an event before it was "
                                    "removed, inserted or moved")
            computed = _digest(prev, canonical)
            if computed != stored:
                return VerifyResult(False, count, 0, head_hash, event_id,
                                    "its contents do not match its hash: the event was edited")
            prev = computed
            last_key = (txid, event_id)
            if progress and count % 5000 == 0:
                progress(count, total)
    if progress:
        progress(count, total)
    if prev != head_hash or count != head_count:
        last = last_key[1] if last_key else None
        return VerifyResult(False, count, 0, head_hash, last,
                            f"the chain ends after {count} events but the head records {head_count} "
                            f"(ending at event {head_event}): sealed events were removed")
    unsealed = 0
    if last_key is not None:
        early = conn.execute("SELECT id FROM audit.event WHERE hash IS NULL AND (txid, id) < (%s, %s) "
                             "ORDER BY txid, id LIMIT 1", last_key).fetchone()
        if early:
            return VerifyResult(False, count, 0, head_hash, early[0],
                                "an unsealed event sorts before sealed ones: it was inserted into the past")
    unsealed = conn.execute("SELECT count(*) FROM audit.event WHERE hash IS NULL").fetchone()[0]
    return VerifyResult(True, count, unsealed, head_hash)
